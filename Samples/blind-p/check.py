#!/usr/bin/env python3
"""Format and consistency checks for the P gold set (csv/json only)."""
import csv
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
LEVELS = ["blue", "green", "yellow", "orange", "red"]
CODES = ["EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD", "MH-ADULT", "PH", "SUB",
         "REL-PAR", "REL-CONF", "DA", "SAFE-NEG", "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"]
NCOLS = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
GCOLS = ["narrative_id", "code", "level"]
errors = []


def err(msg):
    errors.append(msg)


def read(name, cols):
    path = os.path.join(HERE, name)
    raw = open(path, "rb").read()
    if b"\r\n" not in raw or raw.replace(b"\r\n", b"").count(b"\n"):
        err(f"{name}: line ends are not all CRLF")
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
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

ids = Counter(n["narrative_id"] for n in narr)
for k, v in ids.items():
    if v > 1:
        err(f"duplicate narrative_id {k}")
by_id = {n["narrative_id"]: n for n in narr}

boxed_re = re.compile(r"^(P\d{3})-([AC])-(blue|green|yellow|orange|red)$")
unboxed_re = re.compile(r"^PV\d{3}$")
for n in narr:
    nid = n["narrative_id"]
    m = boxed_re.match(nid)
    if m:
        case, st, lv = m.groups()
        if n["triage_id"] != f"{case}-{st}" or n["case_id"] != case:
            err(f"{nid}: triage_id/case_id mismatch")
        if n["stage"] != {"A": "assessment", "C": "closure"}[st]:
            err(f"{nid}: stage mismatch")
        if n["level"] != lv:
            err(f"{nid}: level column {n['level']} != id level {lv}")
    elif unboxed_re.match(nid):
        if not (n["triage_id"] == n["case_id"] == nid):
            err(f"{nid}: unboxed note must have triage_id = case_id = narrative_id")
        if n["level"] != "":
            err(f"{nid}: unboxed note must have empty level")
        if n["stage"] != "assessment":
            err(f"{nid}: unboxed note stage must be assessment")
    else:
        err(f"bad narrative_id {nid}")
    if n["stage"] not in ("assessment", "closure"):
        err(f"{nid}: bad stage")
    if not re.match(r"^202[56]-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$", n["date"]):
        err(f"{nid}: bad date {n['date']}")
    if not n["locality"] or not n["narrative"].strip():
        err(f"{nid}: empty locality or narrative")

# one date per triage; closure after assessment
tri_dates = {}
for n in narr:
    tri_dates.setdefault(n["triage_id"], set()).add(n["date"])
for t, d in tri_dates.items():
    if len(d) != 1:
        err(f"triage {t} has several dates {d}")
for t, d in tri_dates.items():
    if t.endswith("-C"):
        a = tri_dates.get(t[:-2] + "-A")
        if a and min(a) >= min(d):
            err(f"closure {t} not after assessment")

seen = Counter()
gold_levels_per_note = {}
for g in gold:
    nid = g["narrative_id"]
    if nid not in by_id:
        err(f"gold row for unknown narrative {nid}")
        continue
    if g["code"] not in CODES:
        err(f"{nid}: bad code {g['code']}")
    if g["level"] not in LEVELS:
        err(f"{nid}: bad level {g['level']}")
    seen[(nid, g["code"])] += 1
    box = by_id[nid]["level"]
    if box and g["level"] != box:
        err(f"{nid}: gold level {g['level']} differs from box {box}")
    gold_levels_per_note.setdefault(nid, set()).add(g["level"])
for k, v in seen.items():
    if v > 1:
        err(f"{k[0]}: code {k[1]} repeated")
for nid, lv in gold_levels_per_note.items():
    if len(lv) > 1:
        err(f"{nid}: more than one gold level {lv}")

for nid, notes in traps.items():
    if nid not in by_id:
        err(f"traps.json: unknown narrative {nid}")
    if not isinstance(notes, list) or not notes or not all(isinstance(x, str) and x for x in notes):
        err(f"traps.json: {nid} must map to a non-empty list of strings")

# ---- report ----
boxed = [n for n in narr if n["level"]]
unboxed = [n for n in narr if not n["level"]]
with_gold = set(g["narrative_id"] for g in gold)
print(f"narratives: {len(narr)} (boxed {len(boxed)} in {len(set(n['triage_id'] for n in boxed))} triages "
      f"of {len(set(n['case_id'] for n in boxed))} cases; unboxed {len(unboxed)})")
print(f"stages: {dict(Counter(n['stage'] for n in narr))}")
print(f"gold rows: {len(gold)}; narratives with no gold row: {len(narr) - len(with_gold & set(by_id))}; "
      f"narratives with traps: {len(traps)} ({100 * len(traps) / len(narr):.0f}%)")
cc = Counter(g["code"] for g in gold)
lc = Counter(g["level"] for g in gold)
cl = Counter((g["code"], g["level"]) for g in gold)
print("\ncode       " + " ".join(f"{l:>6}" for l in LEVELS) + "  total")
for c in CODES:
    print(f"{c:<10} " + " ".join(f"{cl[(c, l)]:>6}" for l in LEVELS) + f"  {cc[c]:>5}")
print(f"{'total':<10} " + " ".join(f"{lc[l]:>6}" for l in LEVELS) + f"  {len(gold):>5}")
for c in CODES:
    if cc[c] < 4:
        err(f"code {c} used only {cc[c]} times (< 4)")
for l in LEVELS:
    if lc[l] == 0:
        err(f"level {l} never used in gold")

if errors:
    print("\nERRORS:")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK")
