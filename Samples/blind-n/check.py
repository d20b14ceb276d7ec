#!/usr/bin/env python3
"""Checks the files written by build.py (csv/json only). Ends printing OK."""
import csv
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
LEVELS = ["blue", "green", "yellow", "orange", "red"]
CODES = ["EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD",
         "MH-ADULT", "PH", "SUB", "REL-PAR", "REL-CONF", "DA", "SAFE-NEG",
         "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"]
STAGES = {"assessment", "closure"}
N_HEAD = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
G_HEAD = ["narrative_id", "code", "level"]

errors = []


def err(msg):
    errors.append(msg)


def read(path, head):
    raw = open(path, "rb").read()
    if b"\n" in raw.replace(b"\r\n", b""):
        err(f"{path}: bare LF line ending (expected CRLF)")
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        err(f"{path}: not UTF-8")
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    if rows[0] != head:
        err(f"{path}: header {rows[0]} != {head}")
    for i, r in enumerate(rows[1:], start=2):
        if len(r) != len(head):
            err(f"{path}: line {i} has {len(r)} fields")
    return [dict(zip(head, r)) for r in rows[1:]]


narr = read(os.path.join(HERE, "narratives.csv"), N_HEAD)
gold = read(os.path.join(HERE, "gold.csv"), G_HEAD)
traps = json.load(open(os.path.join(HERE, "traps.json"), encoding="utf-8"))

ids = [r["narrative_id"] for r in narr]
dup = [k for k, v in Counter(ids).items() if v > 1]
if dup:
    err(f"duplicate narrative ids: {dup}")
by_id = {r["narrative_id"]: r for r in narr}

boxed_re = re.compile(r"^(N\d{3})-([AC])-(blue|green|yellow|orange|red)$")
unboxed_re = re.compile(r"^NV\d{3}$")
for r in narr:
    nid = r["narrative_id"]
    if r["stage"] not in STAGES:
        err(f"{nid}: bad stage {r['stage']}")
    if not re.match(r"^202[56]-\d\d-\d\d$", r["date"]):
        err(f"{nid}: date {r['date']} not in 2025-2026")
    if not r["narrative"].strip():
        err(f"{nid}: empty narrative")
    if not r["locality"]:
        err(f"{nid}: empty locality")
    m = boxed_re.match(nid)
    if m:
        case, st, lev = m.groups()
        if r["level"] != lev or r["case_id"] != case or r["triage_id"] != f"{case}-{st}":
            err(f"{nid}: id/level/triage/case mismatch")
        if r["stage"] != ("assessment" if st == "A" else "closure"):
            err(f"{nid}: stage mismatch")
    elif unboxed_re.match(nid):
        if r["level"] != "" or r["triage_id"] != nid or r["case_id"] != nid or r["stage"] != "assessment":
            err(f"{nid}: unboxed note fields wrong")
    else:
        err(f"{nid}: id does not match N###-A|C-level or NV###")

# triages: one date and locality per triage, 2-5 boxes each
tri = defaultdict(list)
for r in narr:
    if r["level"]:
        tri[r["triage_id"]].append(r)
for t, rs in tri.items():
    if len({x["date"] for x in rs}) != 1 or len({x["locality"] for x in rs}) != 1:
        err(f"{t}: inconsistent date/locality")
    if not 2 <= len(rs) <= 5:
        err(f"{t}: {len(rs)} boxes")

# gold
seen = set()
unboxed_levels = defaultdict(set)
for g in gold:
    nid, code, lev = g["narrative_id"], g["code"], g["level"]
    if nid not in by_id:
        err(f"gold row for unknown narrative {nid}")
        continue
    if code not in CODES:
        err(f"{nid}: bad code {code}")
    if lev not in LEVELS:
        err(f"{nid}: bad level {lev}")
    if (nid, code) in seen:
        err(f"{nid}: code {code} twice")
    seen.add((nid, code))
    box = by_id[nid]["level"]
    if box and lev != box:
        err(f"{nid}: gold level {lev} differs from box {box}")
    if not box:
        unboxed_levels[nid].add(lev)
for nid, levs in unboxed_levels.items():
    if len(levs) != 1:
        err(f"{nid}: unboxed note has several gold levels {levs}")

for nid, notes in traps.items():
    if nid not in by_id:
        err(f"traps.json: unknown narrative {nid}")
    if not isinstance(notes, list) or not notes or not all(isinstance(x, str) and x for x in notes):
        err(f"traps.json: {nid} notes must be a non-empty list of strings")

# counts
code_n = Counter(g["code"] for g in gold)
lev_n = Counter(g["level"] for g in gold)
boxed = [r for r in narr if r["level"]]
with_gold = {g["narrative_id"] for g in gold}
print(f"narratives: {len(narr)} (boxed {len(boxed)}, unboxed {len(narr) - len(boxed)})")
print(f"triages: {len(tri)} (assessment {sum(1 for t in tri if t.endswith('-A'))}, closure {sum(1 for t in tri if t.endswith('-C'))}) in {len({r['case_id'] for r in boxed})} cases")
print(f"gold rows: {len(gold)}; narratives with no gold row: {len(narr) - len(with_gold & set(ids))}; with traps: {len(traps)}")
print("per code:")
for c in CODES:
    print(f"  {c:9s} {code_n[c]}")
    if code_n[c] < 4:
        err(f"code {c} used fewer than 4 times")
print("per level:")
for l in LEVELS:
    print(f"  {l:7s} {lev_n[l]}")
    if lev_n[l] == 0:
        err(f"level {l} never used")

if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)
print("OK")
