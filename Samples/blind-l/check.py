#!/usr/bin/env python3
"""Check the L gold set: format, ids, codes, levels, consistency; print counts; end with OK."""
import csv, json, os, re, sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = ["EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD", "MH-ADULT", "PH", "SUB",
         "REL-PAR", "REL-CONF", "DA", "SAFE-NEG", "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"]
LEVELS = ["blue", "green", "yellow", "orange", "red"]
STAGES = {"A": "assessment", "C": "closure"}
NCOLS = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
errors = []

def err(m):
    errors.append(m)

def read(name):
    raw = open(os.path.join(HERE, name), "rb").read()
    if b"\r\n" not in raw or raw.replace(b"\r\n", b"").count(b"\n"):
        err(f"{name}: line endings are not CRLF throughout")
    raw.decode("utf-8")
    with open(os.path.join(HERE, name), newline="", encoding="utf-8") as f:
        return list(csv.reader(f))

nar = read("narratives.csv")
if nar[0] != NCOLS:
    err(f"narratives.csv header {nar[0]}")
ids = {}
boxed = unboxed = 0
for r in nar[1:]:
    if len(r) != len(NCOLS):
        err(f"bad column count: {r[:1]}"); continue
    d = dict(zip(NCOLS, r))
    nid = d["narrative_id"]
    if nid in ids:
        err(f"duplicate id {nid}")
    ids[nid] = d
    if d["stage"] not in STAGES.values():
        err(f"{nid}: stage {d['stage']}")
    if not re.fullmatch(r"202[56]-\d\d-\d\d", d["date"]):
        err(f"{nid}: date {d['date']}")
    if not d["narrative"].strip() or not d["locality"]:
        err(f"{nid}: empty narrative or locality")
    m = re.fullmatch(r"(L\d{3})-([AC])-(blue|green|yellow|orange|red)", nid)
    if m:
        boxed += 1
        case, st, lvl = m.groups()
        if d["triage_id"] != f"{case}-{st}" or d["case_id"] != case:
            err(f"{nid}: triage/case id mismatch")
        if d["stage"] != STAGES[st]:
            err(f"{nid}: stage does not match id")
        if d["level"] != lvl:
            err(f"{nid}: level column {d['level']} != box {lvl}")
    elif re.fullmatch(r"LV\d{3}", nid):
        unboxed += 1
        if not (d["triage_id"] == d["case_id"] == nid):
            err(f"{nid}: unboxed triage/case id must equal narrative id")
        if d["level"] != "" or d["stage"] != "assessment":
            err(f"{nid}: unboxed must have empty level and stage assessment")
    else:
        err(f"bad id {nid}")

# one date per triage
tdates = defaultdict(set)
for d in ids.values():
    tdates[d["triage_id"]].add(d["date"])
for t, ds in tdates.items():
    if len(ds) != 1:
        err(f"triage {t} has several dates {ds}")

gold = read("gold.csv")
if gold[0] != ["narrative_id", "code", "level"]:
    err(f"gold.csv header {gold[0]}")
seen = set()
gl = defaultdict(set)
code_c, level_c, cxl = Counter(), Counter(), Counter()
for r in gold[1:]:
    if len(r) != 3:
        err(f"gold row {r}"); continue
    nid, code, lvl = r
    if nid not in ids:
        err(f"gold id {nid} not in narratives")
        continue
    if code not in CODES:
        err(f"{nid}: bad code {code}")
    if lvl not in LEVELS:
        err(f"{nid}: bad level {lvl}")
    if (nid, code) in seen:
        err(f"{nid}: duplicate code {code}")
    seen.add((nid, code))
    if ids[nid]["level"] and ids[nid]["level"] != lvl:
        err(f"{nid}: gold level {lvl} != box level {ids[nid]['level']}")
    gl[nid].add(lvl)
    code_c[code] += 1; level_c[lvl] += 1; cxl[(code, lvl)] += 1
for nid, ls in gl.items():
    if len(ls) != 1:
        err(f"{nid}: several gold levels {ls}")

traps = json.load(open(os.path.join(HERE, "traps.json"), encoding="utf-8"))
for nid, notes in traps.items():
    if nid not in ids:
        err(f"traps id {nid} not in narratives")
    if not isinstance(notes, list) or not notes or not all(isinstance(x, str) and x for x in notes):
        err(f"traps {nid}: must be a non-empty list of strings")

for c in CODES:
    if code_c[c] < 4:
        err(f"code {c} used only {code_c[c]} times")
for l in LEVELS:
    if level_c[l] == 0:
        err(f"level {l} unused")

nogold = [n for n in ids if n not in gl]
triages = {d["triage_id"] for d in ids.values() if d["level"]}
print(f"narratives {len(ids)} (boxed {boxed} in {len(triages)} triages, unboxed {unboxed})")
print(f"gold rows {len(gold) - 1}; narratives with no gold row {len(nogold)}: {' '.join(nogold)}")
print(f"narratives with traps {len(traps)} ({100 * len(traps) / len(ids):.0f}%)")
print("\ncode       " + " ".join(f"{l:>6}" for l in LEVELS) + "  total")
for c in CODES:
    print(f"{c:<10} " + " ".join(f"{cxl[(c, l)]:>6}" for l in LEVELS) + f"  {code_c[c]:>5}")
print(f"{'total':<10} " + " ".join(f"{level_c[l]:>6}" for l in LEVELS) + f"  {sum(level_c.values()):>5}")

if errors:
    print("\nERRORS:")
    for e in errors:
        print(" ", e)
    sys.exit(1)
print("OK")
