#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv and traps.json of this blind set; prints OK."""
import csv
import io
import json
import os
import re
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = {"EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD", "MH-ADULT", "PH",
         "SUB", "REL-PAR", "REL-CONF", "DA", "SAFE-NEG", "SAFE-EXP", "CRIME", "HOUS", "FIN",
         "CARER"}
LEVELS = ["blue", "green", "yellow", "orange", "red"]
TRAP_TYPES = {"negated", "historical", "hypothetical", "outside", "convention", "partial",
              "not-coded"}
errors = []


def err(msg):
    errors.append(msg)


def read(name, header):
    raw = open(os.path.join(HERE, name), "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err(f"{name}: has a BOM")
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{name}: not UTF-8 ({e})")
        return []
    if re.search(r"(?<!\r)\n", text) or re.search(r"\r(?!\n)", text):
        err(f"{name}: line endings are not all CRLF")
    if not text.endswith("\r\n"):
        err(f"{name}: no final CRLF")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows or rows[0] != header:
        err(f"{name}: header is {rows[0] if rows else None}, expected {header}")
        return []
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(header):
            err(f"{name}: line {i} has {len(r)} fields")
    return [dict(zip(header, r)) for r in rows[1:] if len(r) == len(header)]


nar = read("narratives.csv", ["narrative_id", "triage_id", "case_id", "stage", "date", "level",
                              "locality", "narrative"])
gold = read("gold.csv", ["narrative_id", "code", "level"])

byid = {}
triage_dates = {}
case_dates = {}
for r in nar:
    nid = r["narrative_id"]
    if nid in byid:
        err(f"duplicate narrative_id {nid}")
    byid[nid] = r
    m = re.fullmatch(r"(Z\d{3})-([AC])-(blue|green|yellow|orange|red|note)", nid)
    if not m:
        err(f"bad narrative_id {nid}")
        continue
    cid, st, lv = m.groups()
    if r["case_id"] != cid or r["triage_id"] != f"{cid}-{st}":
        err(f"{nid}: case/triage id mismatch")
    if r["stage"] != {"A": "assessment", "C": "closure"}[st]:
        err(f"{nid}: stage mismatch")
    if (lv == "note" and r["level"] != "") or (lv != "note" and r["level"] != lv):
        err(f"{nid}: level column '{r['level']}' does not match id")
    if not r["narrative"].strip():
        err(f"{nid}: empty narrative")
    if not r["locality"].strip():
        err(f"{nid}: empty locality")
    try:
        d = date.fromisoformat(r["date"])
    except ValueError:
        err(f"{nid}: bad date {r['date']}")
        continue
    if not (date(2025, 1, 1) <= d <= date(2026, 12, 31)):
        err(f"{nid}: date {d} outside 2025-26")
    triage_dates.setdefault(r["triage_id"], set()).add(d)
    case_dates.setdefault(cid, {}).setdefault(st, set()).add(d)
    if len({x["locality"] for x in nar if x["case_id"] == cid}) != 1:
        err(f"{cid}: more than one locality")

for tid, ds in triage_dates.items():
    if len(ds) != 1:
        err(f"{tid}: several dates in one triage")
for cid, st in case_dates.items():
    if set(st) != {"A", "C"}:
        err(f"{cid}: needs both assessment and closure")
    elif max(st["A"]) >= min(st["C"]):
        err(f"{cid}: closure not after assessment")

notes = [r for r in nar if r["level"] == ""]
if not 85 <= len(nar) <= 100:
    err(f"{len(nar)} narratives, expected 85-100")
if len(notes) > 8:
    err(f"{len(notes)} unboxed notes, max 8")
if len({r["locality"] for r in nar}) != 4:
    err("expected four localities")

seen = set()
note_levels = {}
for g in gold:
    nid, code, lv = g["narrative_id"], g["code"], g["level"]
    if nid not in byid:
        err(f"gold row for unknown narrative {nid}")
        continue
    if code not in CODES:
        err(f"{nid}: unknown code {code}")
    if lv not in LEVELS:
        err(f"{nid}: bad level {lv}")
    if (nid, code) in seen:
        err(f"{nid}: duplicate code {code}")
    seen.add((nid, code))
    box = byid[nid]["level"]
    if box:
        if lv != box:
            err(f"{nid}: gold level {lv} differs from box {box}")
    else:
        note_levels.setdefault(nid, set()).add(lv)
for nid, lvs in note_levels.items():
    if len(lvs) != 1:
        err(f"{nid}: unboxed note has several gold levels {lvs}")

traps = json.load(open(os.path.join(HERE, "traps.json"), encoding="utf-8"))
for nid, items in traps.items():
    if nid not in byid:
        err(f"traps.json: unknown narrative {nid}")
    for t in items:
        if set(t) != {"type", "code", "note"}:
            err(f"traps.json {nid}: bad keys {sorted(t)}")
        elif t["type"] not in TRAP_TYPES or t["code"] not in CODES or not t["note"].strip():
            err(f"traps.json {nid}: bad entry {t}")

if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")
