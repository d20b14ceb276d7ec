#!/usr/bin/env python3
"""Check the Q gold set: format, ids, levels, codes, stages, gold/narrative links. csv/json only."""
import csv
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = ["EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD", "MH-ADULT", "PH", "SUB",
         "REL-PAR", "REL-CONF", "DA", "SAFE-NEG", "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"]
LEVELS = ["blue", "green", "yellow", "orange", "red"]
STAGES = {"assessment", "closure"}
NCOLS = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
GCOLS = ["narrative_id", "code", "level"]
errors = []


def err(msg):
    errors.append(msg)


def read(name):
    raw = open(os.path.join(HERE, name), "rb").read()
    raw.decode("utf-8")
    lines = raw.split(b"\n")
    if not all(l.endswith(b"\r") for l in lines[:-1]) or lines[-1] != b"":
        # quoted fields contain no newlines in this set, so every physical line must end CRLF
        err(f"{name}: not CRLF-terminated throughout")
    with open(os.path.join(HERE, name), encoding="utf-8", newline="") as f:
        return list(csv.reader(f))


n = read("narratives.csv")
g = read("gold.csv")
if n[0] != NCOLS:
    err(f"narratives header {n[0]}")
if g[0] != GCOLS:
    err(f"gold header {g[0]}")

ids, narr = set(), {}
for row in n[1:]:
    if len(row) != len(NCOLS):
        err(f"bad row length {row[:1]}")
        continue
    nid, tid, cid, stage, date, level, loc, text = row
    if nid in ids:
        err(f"duplicate id {nid}")
    ids.add(nid)
    narr[nid] = row
    if stage not in STAGES:
        err(f"{nid}: stage {stage}")
    if not (len(date) == 10 and date[:4] in ("2025", "2026") and date[4] == "-" and date[7] == "-"):
        err(f"{nid}: date {date}")
    if not loc or not text.strip():
        err(f"{nid}: empty locality/narrative")
    if level:  # boxed
        if level not in LEVELS:
            err(f"{nid}: level {level}")
        if nid != f"{tid}-{level}":
            err(f"{nid}: id != triage_id-level")
        if tid[-2:] not in ("-A", "-C") or tid[:-2] != cid:
            err(f"{nid}: triage/case id mismatch")
        if (tid[-1] == "A") != (stage == "assessment"):
            err(f"{nid}: stage letter mismatch")
        if not (cid.startswith("Q") and cid[1:].isdigit() and len(cid) == 4):
            err(f"{nid}: case id style")
    else:  # unboxed
        if not (nid == tid == cid and nid.startswith("QV") and nid[2:].isdigit() and len(nid) == 5):
            err(f"{nid}: unboxed id style")
        if stage != "assessment":
            err(f"{nid}: unboxed stage")

gold_by = {}
pairs = set()
for row in g[1:]:
    if len(row) != 3:
        err(f"gold row length {row}")
        continue
    nid, code, level = row
    if nid not in narr:
        err(f"gold {nid} not in narratives")
        continue
    if code not in CODES:
        err(f"{nid}: code {code}")
    if level not in LEVELS:
        err(f"{nid}: gold level {level}")
    if (nid, code) in pairs:
        err(f"{nid}: code {code} twice")
    pairs.add((nid, code))
    box = narr[nid][5]
    if box and level != box:
        err(f"{nid}: gold level {level} != box {box}")
    gold_by.setdefault(nid, set()).add(level)
for nid, lv in gold_by.items():
    if len(lv) != 1:
        err(f"{nid}: several gold levels {lv}")

traps = json.load(open(os.path.join(HERE, "traps.json"), encoding="utf-8"))
for nid, notes in traps.items():
    if nid not in narr:
        err(f"traps: {nid} not in narratives")
    if not isinstance(notes, list) or not notes or not all(isinstance(x, str) and x for x in notes):
        err(f"traps: {nid} notes malformed")

# summary
boxed = [r for r in n[1:] if r[5]]
unboxed = [r for r in n[1:] if not r[5]]
triages = {r[1] for r in boxed}
cases = {r[2] for r in boxed}
print(f"narratives {len(n)-1}: boxed {len(boxed)} ({len(triages)} triages, {len(cases)} cases), unboxed {len(unboxed)}")
print(f"triages: assessment {sum(t.endswith('-A') for t in triages)}, closure {sum(t.endswith('-C') for t in triages)}")
print(f"gold rows {len(g)-1}; narratives with no gold row {len(narr)-len(gold_by)}; with traps {len(traps)}")
counts = {}
for nid, code, level in g[1:]:
    counts[(code, level)] = counts.get((code, level), 0) + 1
print("code      " + " ".join(f"{l:>6}" for l in LEVELS) + "  total")
for c in CODES:
    row = [counts.get((c, l), 0) for l in LEVELS]
    print(f"{c:<9} " + " ".join(f"{x:>6}" for x in row) + f"  {sum(row):>5}")
    if sum(row) < 4:
        err(f"code {c} used fewer than 4 times")
tot = [sum(counts.get((c, l), 0) for c in CODES) for l in LEVELS]
print("total     " + " ".join(f"{x:>6}" for x in tot) + f"  {sum(tot):>5}")
for l, x in zip(LEVELS, tot):
    if x == 0:
        err(f"level {l} unused")

if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)
print("OK")
