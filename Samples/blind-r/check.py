#!/usr/bin/env python3
"""Check the R gold set: format, ids, levels, codes, stages, gold/narrative links.

Uses csv and json only.  Prints counts and ends with OK (or exits non-zero).
"""
import csv
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

LEVELS = ["blue", "green", "yellow", "orange", "red"]
CODES = ["EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD", "MH-ADULT", "PH",
         "SUB", "REL-PAR", "REL-CONF", "DA", "SAFE-NEG", "SAFE-EXP", "CRIME", "HOUS", "FIN",
         "CARER"]
STAGES = {"A": "assessment", "C": "closure"}
N_HEADER = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality",
            "narrative"]
G_HEADER = ["narrative_id", "code", "level"]
BOXED = re.compile(r"^(R\d{3})-([AC])-(blue|green|yellow|orange|red)$")
UNBOXED = re.compile(r"^RV\d{3}$")
DATE = re.compile(r"^(2025|2026)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")

errors = []


def err(msg):
    errors.append(msg)


def read(name, header):
    path = os.path.join(HERE, name)
    raw = open(path, "rb").read()
    if b"\r\n" not in raw:
        err(f"{name}: expected CRLF line endings")
    raw.decode("utf-8")
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    if not rows or rows[0] != header:
        err(f"{name}: header {rows[0] if rows else None} != {header}")
    out = []
    for i, r in enumerate(rows[1:], start=2):
        if len(r) != len(header):
            err(f"{name}:{i}: {len(r)} fields, expected {len(header)}")
            continue
        out.append(dict(zip(header, r)))
    return out


narr = read("narratives.csv", N_HEADER)
gold = read("gold.csv", G_HEADER)
traps = json.load(open(os.path.join(HERE, "traps.json"), encoding="utf-8"))

# --- narratives -----------------------------------------------------------
by_id = {}
triages = {}
for r in narr:
    nid = r["narrative_id"]
    if nid in by_id:
        err(f"duplicate narrative_id {nid}")
    by_id[nid] = r
    if r["stage"] not in STAGES.values():
        err(f"{nid}: bad stage {r['stage']!r}")
    if not DATE.match(r["date"]):
        err(f"{nid}: bad date {r['date']!r}")
    if not r["locality"].strip():
        err(f"{nid}: empty locality")
    if not r["narrative"].strip():
        err(f"{nid}: empty narrative")
    m = BOXED.match(nid)
    if m:
        case, st, lvl = m.groups()
        if r["level"] != lvl:
            err(f"{nid}: level column {r['level']!r} != id level {lvl}")
        if r["triage_id"] != f"{case}-{st}" or r["case_id"] != case:
            err(f"{nid}: triage_id/case_id mismatch")
        if r["stage"] != STAGES[st]:
            err(f"{nid}: stage {r['stage']} does not match {st}")
        t = triages.setdefault(r["triage_id"], {"dates": set(), "loc": set(), "boxes": []})
        t["dates"].add(r["date"])
        t["loc"].add(r["locality"])
        t["boxes"].append(lvl)
    elif UNBOXED.match(nid):
        if r["triage_id"] != nid or r["case_id"] != nid:
            err(f"{nid}: unboxed triage_id/case_id must equal narrative_id")
        if r["level"] != "":
            err(f"{nid}: unboxed narrative must have an empty level")
        if r["stage"] != "assessment":
            err(f"{nid}: unboxed narrative must be at assessment")
    else:
        err(f"bad narrative_id {nid!r}")

for tid, t in triages.items():
    if len(t["dates"]) != 1 or len(t["loc"]) != 1:
        err(f"{tid}: boxes disagree on date or locality")
    if not 2 <= len(t["boxes"]) <= 5:
        err(f"{tid}: {len(t['boxes'])} boxes (expected 2-5)")

# --- gold -----------------------------------------------------------------
seen = set()
unboxed_levels = {}
for i, g in enumerate(gold, start=2):
    nid, code, lvl = g["narrative_id"], g["code"], g["level"]
    if nid not in by_id:
        err(f"gold.csv:{i}: {nid} not in narratives.csv")
        continue
    if code not in CODES:
        err(f"gold.csv:{i}: bad code {code!r}")
    if lvl not in LEVELS:
        err(f"gold.csv:{i}: bad level {lvl!r}")
    if (nid, code) in seen:
        err(f"gold.csv:{i}: {nid} has {code} twice")
    seen.add((nid, code))
    box = by_id[nid]["level"]
    if box and lvl != box:
        err(f"gold.csv:{i}: {nid} gold level {lvl} != box level {box}")
    if not box:
        unboxed_levels.setdefault(nid, set()).add(lvl)
for nid, lv in unboxed_levels.items():
    if len(lv) != 1:
        err(f"{nid}: unboxed narrative has several gold levels {sorted(lv)}")

# --- traps ----------------------------------------------------------------
if not isinstance(traps, dict):
    err("traps.json must be an object")
else:
    for nid, notes in traps.items():
        if nid not in by_id:
            err(f"traps.json: {nid} not in narratives.csv")
        if not isinstance(notes, list) or not notes or not all(isinstance(n, str) and n for n in notes):
            err(f"traps.json: {nid} must map to a non-empty list of strings")

# --- counts ---------------------------------------------------------------
boxed = [n for n in by_id if BOXED.match(n)]
unboxed = [n for n in by_id if UNBOXED.match(n)]
with_gold = {g["narrative_id"] for g in gold}
print(f"narratives: {len(by_id)} (boxed {len(boxed)}, unboxed {len(unboxed)})")
stages = {}
for tid in triages:
    stages[tid[-1]] = stages.get(tid[-1], 0) + 1
print(f"triages: {len(triages)} (assessment {stages.get('A', 0)}, closure {stages.get('C', 0)}) "
      f"from {len({t.split('-')[0] for t in triages})} cases")
print(f"gold rows: {len(gold)}")
print(f"narratives with no gold row: {len(by_id) - len(with_gold)}")
print(f"narratives with traps: {len(traps)} ({100 * len(traps) / max(1, len(by_id)):.0f}%)")

print("\ncode x level")
print(f"{'code':10}" + "".join(f"{l:>8}" for l in LEVELS) + f"{'total':>8}")
col = {l: 0 for l in LEVELS}
for c in CODES:
    cnt = {l: 0 for l in LEVELS}
    for g in gold:
        if g["code"] == c and g["level"] in cnt:
            cnt[g["level"]] += 1
    for l in LEVELS:
        col[l] += cnt[l]
    tot = sum(cnt.values())
    print(f"{c:10}" + "".join(f"{cnt[l]:>8}" for l in LEVELS) + f"{tot:>8}")
    if tot < 4:
        err(f"code {c} used only {tot} times (want >= 4)")
print(f"{'total':10}" + "".join(f"{col[l]:>8}" for l in LEVELS) + f"{sum(col.values()):>8}")
for l in LEVELS:
    if col[l] == 0:
        err(f"level {l} never used in gold")

if errors:
    print("\nERRORS:")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("OK")
