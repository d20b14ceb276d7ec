#!/usr/bin/env python3
"""Validate set O (narratives.csv, gold.csv, traps.json); print counts; end with OK."""
import csv, json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = ["EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD", "MH-ADULT", "PH", "SUB",
         "REL-PAR", "REL-CONF", "DA", "SAFE-NEG", "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"]
LEVELS = ["blue", "green", "yellow", "orange", "red"]
STAGES = {"assessment", "closure"}
NARR_COLS = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
GOLD_COLS = ["narrative_id", "code", "level"]
errors = []

def err(msg):
    errors.append(msg)

def read(name, cols):
    path = os.path.join(HERE, name)
    raw = open(path, "rb").read()
    raw.decode("utf-8")
    if not raw.startswith((",".join(cols) + "\r\n").encode()):
        err(f"{name}: header must be {cols} with CRLF")
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    for i, r in enumerate(rows):
        if list(r.keys()) != cols or None in r.values():
            err(f"{name} row {i + 2}: wrong number of columns")
    return rows

narr = read("narratives.csv", NARR_COLS)
gold = read("gold.csv", GOLD_COLS)
traps = json.load(open(os.path.join(HERE, "traps.json"), encoding="utf-8"))

ids = Counter(r["narrative_id"] for r in narr)
for k, v in ids.items():
    if v > 1:
        err(f"duplicate narrative_id {k}")
by_id = {r["narrative_id"]: r for r in narr}
boxed_re = re.compile(r"^(O\d{3})-([AC])-(blue|green|yellow|orange|red)$")
unboxed_re = re.compile(r"^OV\d{3}$")
for r in narr:
    nid = r["narrative_id"]
    if r["stage"] not in STAGES:
        err(f"{nid}: bad stage {r['stage']}")
    if not re.fullmatch(r"202[56]-\d\d-\d\d", r["date"]):
        err(f"{nid}: date not 2025-2026 ISO")
    if not r["locality"] or not r["narrative"].strip():
        err(f"{nid}: empty locality or narrative")
    m = boxed_re.match(nid)
    if m:
        case, st, lv = m.groups()
        if r["case_id"] != case or r["triage_id"] != f"{case}-{st}" or r["level"] != lv:
            err(f"{nid}: case/triage/level columns inconsistent with id")
        if r["stage"] != ("assessment" if st == "A" else "closure"):
            err(f"{nid}: stage inconsistent with id")
    elif unboxed_re.match(nid):
        if r["triage_id"] != nid or r["case_id"] != nid or r["level"] != "" or r["stage"] != "assessment":
            err(f"{nid}: unboxed note must have triage_id=case_id=id, empty level, stage assessment")
    else:
        err(f"{nid}: id does not match the set O patterns")

# triage consistency: one date/locality/stage per triage, one box per level
tri = {}
for r in narr:
    if r["level"]:
        t = tri.setdefault(r["triage_id"], {"date": r["date"], "loc": r["locality"], "levels": []})
        if (t["date"], t["loc"]) != (r["date"], r["locality"]):
            err(f"{r['narrative_id']}: date/locality differs within triage")
        t["levels"].append(r["level"])
for t, v in tri.items():
    if len(v["levels"]) != len(set(v["levels"])) or not 2 <= len(v["levels"]) <= 5:
        err(f"triage {t}: needs 2-5 distinct boxes, has {v['levels']}")

pairs = Counter((g["narrative_id"], g["code"]) for g in gold)
for (n, c), v in pairs.items():
    if v > 1:
        err(f"gold: {n} {c} repeated")
unboxed_levels = {}
for g in gold:
    n = g["narrative_id"]
    if n not in by_id:
        err(f"gold: {n} not in narratives.csv")
        continue
    if g["code"] not in CODES:
        err(f"gold: {n} bad code {g['code']}")
    if g["level"] not in LEVELS:
        err(f"gold: {n} bad level {g['level']}")
    box = by_id[n]["level"]
    if box and g["level"] != box:
        err(f"gold: {n} level {g['level']} differs from its box {box}")
    if not box:
        unboxed_levels.setdefault(n, set()).add(g["level"])
for n, lv in unboxed_levels.items():
    if len(lv) != 1:
        err(f"gold: unboxed {n} has several levels {lv}")
for n, v in traps.items():
    if n not in by_id:
        err(f"traps: {n} not in narratives.csv")
    if not isinstance(v, list) or not v or not all(isinstance(x, str) and x for x in v):
        err(f"traps: {n} must be a non-empty list of notes")

# report
with_gold = {g["narrative_id"] for g in gold}
boxed = [r for r in narr if r["level"]]
print(f"narratives {len(narr)}  (boxed {len(boxed)} in {len(tri)} triages, unboxed {len(narr) - len(boxed)})")
print(f"gold rows {len(gold)}; narratives without gold {len(narr) - len(with_gold)}; with traps {len(traps)}")
cc = Counter(g["code"] for g in gold)
lc = Counter(g["level"] for g in gold)
print("per code:  " + ", ".join(f"{c} {cc[c]}" for c in CODES))
print("per level: " + ", ".join(f"{l} {lc[l]}" for l in LEVELS))
for c in CODES:
    if cc[c] < 4:
        err(f"code {c} used fewer than 4 times")
for l in LEVELS:
    if lc[l] == 0:
        err(f"level {l} never used")
if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)
print("OK")
