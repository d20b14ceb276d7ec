#!/usr/bin/env python3
"""Check the format of gold set K (csv/json only). Ends by printing OK."""
import csv
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = ["EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD", "MH-ADULT", "PH",
         "SUB", "REL-PAR", "REL-CONF", "DA", "SAFE-NEG", "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"]
LEVELS = ["blue", "green", "yellow", "orange", "red"]
STAGES = {"assessment": "A", "closure": "C"}
NCOLS = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
GCOLS = ["narrative_id", "code", "level"]

errors = []


def err(msg):
    errors.append(msg)


def read(name, cols):
    path = os.path.join(HERE, name)
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err(f"{name}: has a BOM")
    if raw.count(b"\n") != raw.count(b"\r\n"):
        err(f"{name}: expected CRLF line endings")
    rows = list(csv.reader(open(path, newline="", encoding="utf-8")))
    if rows[0] != cols:
        err(f"{name}: header {rows[0]} != {cols}")
    out = []
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(cols):
            err(f"{name}:{i}: {len(r)} fields")
            continue
        out.append(dict(zip(cols, r)))
    return out


narr = read("narratives.csv", NCOLS)
gold = read("gold.csv", GCOLS)
traps = json.load(open(os.path.join(HERE, "traps.json"), encoding="utf-8"))

ids = [r["narrative_id"] for r in narr]
for nid, n in Counter(ids).items():
    if n > 1:
        err(f"duplicate narrative_id {nid}")
byid = {r["narrative_id"]: r for r in narr}

boxed = unboxed = 0
for r in narr:
    nid = r["narrative_id"]
    if r["stage"] not in STAGES:
        err(f"{nid}: bad stage {r['stage']}")
    if not re.fullmatch(r"20(25|26)-\d\d-\d\d", r["date"]):
        err(f"{nid}: bad date {r['date']}")
    if not r["narrative"].strip():
        err(f"{nid}: empty narrative")
    if not r["locality"]:
        err(f"{nid}: empty locality")
    m = re.fullmatch(r"(K\d{3})-([AC])-(blue|green|yellow|orange|red)", nid)
    if m:
        boxed += 1
        if r["case_id"] != m.group(1) or r["triage_id"] != f"{m.group(1)}-{m.group(2)}":
            err(f"{nid}: triage/case id mismatch")
        if r["level"] != m.group(3):
            err(f"{nid}: level column {r['level']} != id")
        if STAGES.get(r["stage"]) != m.group(2):
            err(f"{nid}: stage mismatch")
    elif re.fullmatch(r"KV\d{3}", nid):
        unboxed += 1
        if r["triage_id"] != nid or r["case_id"] != nid:
            err(f"{nid}: unboxed ids must equal narrative_id")
        if r["level"] != "" or r["stage"] != "assessment":
            err(f"{nid}: unboxed must have empty level and stage assessment")
    else:
        err(f"{nid}: bad id")

# one date and locality per triage
tri = defaultdict(set)
for r in narr:
    tri[r["triage_id"]].add((r["date"], r["locality"], r["stage"]))
for t, s in tri.items():
    if len(s) != 1:
        err(f"triage {t}: inconsistent date/locality/stage {s}")

seen = set()
gold_by = defaultdict(set)
for g in gold:
    nid = g["narrative_id"]
    if nid not in byid:
        err(f"gold {nid}: no such narrative")
        continue
    if g["code"] not in CODES:
        err(f"gold {nid}: bad code {g['code']}")
    if g["level"] not in LEVELS:
        err(f"gold {nid}: bad level {g['level']}")
    if (nid, g["code"]) in seen:
        err(f"gold {nid}: duplicate code {g['code']}")
    seen.add((nid, g["code"]))
    gold_by[nid].add(g["level"])
    if byid[nid]["level"] and g["level"] != byid[nid]["level"]:
        err(f"gold {nid}: level {g['level']} != box {byid[nid]['level']}")
for nid, lv in gold_by.items():
    if len(lv) != 1:
        err(f"{nid}: more than one gold level {lv}")
for nid, notes in traps.items():
    if nid not in byid:
        err(f"traps {nid}: no such narrative")
    if not isinstance(notes, list) or not notes or not all(isinstance(x, str) and x for x in notes):
        err(f"traps {nid}: must be a non-empty list of strings")

cc = Counter(g["code"] for g in gold)
lc = Counter(g["level"] for g in gold)
print(f"narratives: {len(narr)} (boxed {boxed}, unboxed {unboxed}); triages: "
      f"{len({r['triage_id'] for r in narr if r['level']})}; cases: {len({r['case_id'] for r in narr if r['level']})}")
print(f"gold rows: {len(gold)}; narratives without gold: {len(set(ids) - set(gold_by))}; with traps: {len(traps)}")
print("per code:")
for c in CODES:
    row = Counter(g["level"] for g in gold if g["code"] == c)
    print(f"  {c:9s} {cc[c]:3d}  " + " ".join(f"{l}={row[l]}" for l in LEVELS))
    if cc[c] < 4:
        err(f"code {c} used fewer than 4 times")
print("per level: " + " ".join(f"{l}={lc[l]}" for l in LEVELS))
for l in LEVELS:
    if lc[l] == 0:
        err(f"level {l} unused")

if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)
print("OK")
