#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv and traps.json; print OK or the errors."""
import csv
import io
import json
import os
import re
import sys
from collections import defaultdict
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = {"EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD",
         "MH-ADULT", "PH", "SUB", "REL-PAR", "REL-CONF", "DA", "SAFE-NEG",
         "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"}
LEVELS = ["blue", "green", "yellow", "orange", "red"]
NHEAD = ["narrative_id", "triage_id", "case_id", "stage", "date", "level",
         "locality", "narrative"]
GHEAD = ["narrative_id", "code", "level"]
TRAP_TYPES = {"negated", "historical", "hypothetical", "outside",
              "convention", "partial", "not-coded"}
LO, HI = date(2025, 1, 1), date(2026, 12, 31)
errors = []


def err(msg):
    errors.append(msg)


def read_csv(name, header):
    raw = open(os.path.join(HERE, name), "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err(f"{name}: has a BOM")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{name}: not UTF-8 ({e})")
        return []
    if not text.endswith("\r\n"):
        err(f"{name}: does not end with CRLF")
    if re.search(r"(?<!\r)\n", text) or re.search(r"\r(?!\n)", text):
        err(f"{name}: bare LF or CR found (all line endings must be CRLF)")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows or rows[0] != header:
        err(f"{name}: header is {rows[0] if rows else None}, expected {header}")
        return []
    out = []
    for i, r in enumerate(rows[1:], start=2):
        if len(r) != len(header):
            err(f"{name} line {i}: {len(r)} fields")
            continue
        out.append(dict(zip(header, r)))
    return out


narr = read_csv("narratives.csv", NHEAD)
gold = read_csv("gold.csv", GHEAD)

by_id = {}
triage_dates = defaultdict(set)
case_dates = defaultdict(dict)
case_loc = defaultdict(set)
notes = 0
for n in narr:
    nid = n["narrative_id"]
    if nid in by_id:
        err(f"duplicate narrative_id {nid}")
    by_id[nid] = n
    m = re.fullmatch(r"(Z\d{3})-([AC])-(blue|green|yellow|orange|red|note)", nid)
    if not m:
        err(f"{nid}: bad id")
        continue
    cid, st, lv = m.groups()
    if n["case_id"] != cid:
        err(f"{nid}: case_id {n['case_id']}")
    if n["triage_id"] != f"{cid}-{st}":
        err(f"{nid}: triage_id {n['triage_id']}")
    if n["stage"] != {"A": "assessment", "C": "closure"}[st]:
        err(f"{nid}: stage {n['stage']}")
    if lv == "note":
        notes += 1
        if n["level"] != "":
            err(f"{nid}: unboxed note has level {n['level']}")
    elif n["level"] != lv:
        err(f"{nid}: level column {n['level']!r} differs from id")
    if not n["narrative"].strip():
        err(f"{nid}: empty narrative")
    if not n["locality"]:
        err(f"{nid}: no locality")
    case_loc[cid].add(n["locality"])
    try:
        d = date.fromisoformat(n["date"])
    except ValueError:
        err(f"{nid}: bad date {n['date']}")
        continue
    if not (LO <= d <= HI):
        err(f"{nid}: date {d} outside 2025-26")
    triage_dates[n["triage_id"]].add(d)
    case_dates[cid].setdefault(st, set()).add(d)

for t, ds in triage_dates.items():
    if len(ds) != 1:
        err(f"triage {t}: several dates {sorted(ds)}")
for cid, st in case_dates.items():
    if set(st) != {"A", "C"}:
        err(f"case {cid}: stages {sorted(st)} (need assessment and closure)")
        continue
    if max(st["A"]) >= min(st["C"]):
        err(f"case {cid}: closure not after assessment")
for cid, locs in case_loc.items():
    if len(locs) != 1:
        err(f"case {cid}: several localities {locs}")

if not (85 <= len(narr) <= 100):
    err(f"{len(narr)} narratives (expected 85-100)")
if notes > 8:
    err(f"{notes} unboxed notes (max 8)")
if len({n['locality'] for n in narr}) != 4:
    err("expected four localities")

seen = set()
note_levels = defaultdict(set)
for g in gold:
    nid, code, lv = g["narrative_id"], g["code"], g["level"]
    if nid not in by_id:
        err(f"gold row for unknown narrative {nid}")
        continue
    if code not in CODES:
        err(f"{nid}: unknown code {code}")
    if lv not in LEVELS:
        err(f"{nid}: bad level {lv}")
    if (nid, code) in seen:
        err(f"{nid}: duplicate code {code}")
    seen.add((nid, code))
    box = by_id[nid]["level"]
    if box:
        if lv != box:
            err(f"{nid}: gold level {lv} differs from box {box}")
    else:
        note_levels[nid].add(lv)
for nid, lvs in note_levels.items():
    if len(lvs) != 1:
        err(f"{nid}: unboxed note has several gold levels {lvs}")

try:
    raw = open(os.path.join(HERE, "traps.json"), "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err("traps.json: has a BOM")
    traps = json.loads(raw.decode("utf-8"))
    for nid, items in traps.items():
        if nid not in by_id:
            err(f"traps.json: unknown narrative {nid}")
        for t in items:
            if set(t) != {"type", "code", "note"}:
                err(f"traps.json {nid}: keys {sorted(t)}")
            elif t["type"] not in TRAP_TYPES:
                err(f"traps.json {nid}: type {t['type']}")
            elif t["code"] not in CODES:
                err(f"traps.json {nid}: code {t['code']}")
            elif not t["note"].strip():
                err(f"traps.json {nid}: empty note")
except (OSError, ValueError) as e:
    err(f"traps.json: {e}")

if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)
print("OK")
