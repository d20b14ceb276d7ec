#!/usr/bin/env python3
"""Validate the z149 blind set: prints OK or a list of problems (exit 1)."""
import csv
import io
import json
import os
import re
import sys
from collections import defaultdict
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = {"EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD", "MH-ADULT", "PH",
         "SUB", "REL-PAR", "REL-CONF", "DA", "SAFE-NEG", "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"}
LEVELS = ["blue", "green", "yellow", "orange", "red"]
N_HEADER = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
G_HEADER = ["narrative_id", "code", "level"]
TRAP_TYPES = {"negated", "historical", "hypothetical", "outside", "convention", "partial",
              "not-coded", "disagreement"}
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
    if re.search(r"(?<!\r)\n", text):
        err(f"{name}: bare LF line ending")
    if re.search(r"\r(?!\n)", text):
        err(f"{name}: bare CR")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows or rows[0] != header:
        err(f"{name}: header is {rows[0] if rows else None}, expected {header}")
        return []
    out = []
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(header):
            err(f"{name} line {i}: {len(r)} fields")
            continue
        out.append(dict(zip(header, r)))
    return out


narr = read_csv("narratives.csv", N_HEADER)
gold = read_csv("gold.csv", G_HEADER)

# --- narratives ---------------------------------------------------------------
by_id = {}
triage_info = {}
case_dates = defaultdict(dict)
localities = set()
notes = 0
for r in narr:
    nid = r["narrative_id"]
    if nid in by_id:
        err(f"duplicate narrative_id {nid}")
    by_id[nid] = r
    m = re.fullmatch(r"(Z\d{3})-([AC])-(blue|green|yellow|orange|red|note)", nid)
    if not m:
        err(f"{nid}: bad id")
        continue
    case, st, box = m.groups()
    if r["case_id"] != case:
        err(f"{nid}: case_id {r['case_id']}")
    if r["triage_id"] != f"{case}-{st}":
        err(f"{nid}: triage_id {r['triage_id']}")
    if r["stage"] != {"A": "assessment", "C": "closure"}[st]:
        err(f"{nid}: stage {r['stage']}")
    if box == "note":
        notes += 1
        if r["level"] != "":
            err(f"{nid}: unboxed note has level {r['level']}")
    elif r["level"] != box:
        err(f"{nid}: level {r['level']} != box {box}")
    try:
        d = date.fromisoformat(r["date"])
    except ValueError:
        err(f"{nid}: bad date {r['date']}")
        continue
    if not (LO <= d <= HI):
        err(f"{nid}: date {d} outside 2025-26")
    info = (r["date"], r["locality"])
    if triage_info.setdefault(r["triage_id"], info) != info:
        err(f"{nid}: date/locality differ within triage {r['triage_id']}")
    case_dates[case][st] = d
    localities.add(r["locality"])
    if not r["narrative"].strip():
        err(f"{nid}: empty narrative")
    if "\n" in r["narrative"] or "\r" in r["narrative"]:
        err(f"{nid}: line break inside narrative")

for case, ds in case_dates.items():
    if "A" not in ds:
        err(f"{case}: no assessment")
    if "A" in ds and "C" in ds and not ds["C"] > ds["A"]:
        err(f"{case}: closure {ds['C']} not after assessment {ds['A']}")
if not 85 <= len(narr) <= 100:
    err(f"{len(narr)} narratives, expected 85-100")
if notes > 8:
    err(f"{notes} unboxed notes, max 8")
if len(localities) != 4:
    err(f"{len(localities)} localities, expected 4")

# --- gold ---------------------------------------------------------------------
seen = set()
note_levels = defaultdict(set)
for r in gold:
    nid, code, lev = r["narrative_id"], r["code"], r["level"]
    if nid not in by_id:
        err(f"gold row for unknown narrative {nid}")
        continue
    if code not in CODES:
        err(f"{nid}: unknown code {code}")
    if lev not in LEVELS:
        err(f"{nid}: bad level {lev}")
    if (nid, code) in seen:
        err(f"{nid}: duplicate code {code}")
    seen.add((nid, code))
    box = by_id[nid]["level"]
    if box:
        if lev != box:
            err(f"{nid}: gold level {lev} != box level {box}")
    else:
        note_levels[nid].add(lev)
for nid, levs in note_levels.items():
    if len(levs) != 1:
        err(f"{nid}: unboxed note with several levels {levs}")

# --- traps --------------------------------------------------------------------
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
            continue
        if t["type"] not in TRAP_TYPES:
            err(f"traps.json {nid}: type {t['type']}")
        if t["code"] and t["code"] not in CODES:
            err(f"traps.json {nid}: code {t['code']}")
        if not t["note"].strip():
            err(f"traps.json {nid}: empty note")
        # a code left out only as hypothetical must not also be gold
        if t["type"] == "hypothetical" and (nid, t["code"]) in seen:
            err(f"traps.json {nid}: hypothetical {t['code']} but code is gold")

if errors:
    print("\n".join(errors))
    print(f"FAILED ({len(errors)} problems)")
    sys.exit(1)
print("OK")
