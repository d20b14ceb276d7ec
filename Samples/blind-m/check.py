#!/usr/bin/env python3
"""Format and consistency checks for gold set M (csv/json only)."""
import csv, json, os, re, sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = ["EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD", "MH-ADULT", "PH", "SUB",
         "REL-PAR", "REL-CONF", "DA", "SAFE-NEG", "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"]
LEVELS = ["blue", "green", "yellow", "orange", "red"]
STAGES = {"assessment": "A", "closure": "C"}
NCOLS = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
errors = []

def err(msg):
    errors.append(msg)

def read(name):
    raw = open(os.path.join(HERE, name), "rb").read()
    if re.search(rb"(?<!\r)\n", raw) or not raw.endswith(b"\r\n"):
        err(f"{name}: line endings are not CRLF")
    raw.decode("utf-8")
    with open(os.path.join(HERE, name), newline="", encoding="utf-8") as f:
        r = csv.reader(f)
        rows = list(r)
    return rows[0], rows[1:]

hdr, nrows = read("narratives.csv")
if hdr != NCOLS:
    err(f"narratives.csv header {hdr}")
narr = {}
triage_levels = defaultdict(list)
for row in nrows:
    if len(row) != len(NCOLS):
        err(f"bad row length {row[:1]}"); continue
    d = dict(zip(NCOLS, row))
    nid = d["narrative_id"]
    if nid in narr:
        err(f"duplicate narrative_id {nid}")
    narr[nid] = d
    if d["stage"] not in STAGES:
        err(f"{nid}: bad stage {d['stage']}")
    if not (d["date"][:4] in ("2025", "2026") and len(d["date"]) == 10 and d["date"][4] == "-" and d["date"][7] == "-"):
        err(f"{nid}: bad date {d['date']}")
    if not d["narrative"].strip():
        err(f"{nid}: empty narrative")
    if not d["locality"]:
        err(f"{nid}: empty locality")
    if d["level"]:  # boxed
        if d["level"] not in LEVELS:
            err(f"{nid}: bad level {d['level']}")
        exp_tid = f"{d['case_id']}-{STAGES.get(d['stage'], '?')}"
        if d["triage_id"] != exp_tid or nid != f"{exp_tid}-{d['level']}":
            err(f"{nid}: id/triage/case mismatch")
        if not (d["case_id"].startswith("M") and d["case_id"][1:].isdigit() and len(d["case_id"]) == 4):
            err(f"{nid}: bad case id")
        triage_levels[d["triage_id"]].append(d["level"])
    else:  # unboxed
        if not (nid.startswith("MV") and nid[2:].isdigit() and len(nid) == 5):
            err(f"{nid}: bad unboxed id")
        if d["triage_id"] != nid or d["case_id"] != nid or d["stage"] != "assessment":
            err(f"{nid}: unboxed note must have triage_id = case_id = id, stage assessment")
for t, lv in triage_levels.items():
    if len(lv) != len(set(lv)):
        err(f"{t}: repeated box level")
    if not 2 <= len(lv) <= 5:
        err(f"{t}: {len(lv)} boxes")
# a triage's date/locality consistent
tmeta = {}
for d in narr.values():
    if d["level"]:
        key = d["triage_id"]
        if tmeta.setdefault(key, (d["date"], d["locality"])) != (d["date"], d["locality"]):
            err(f"{key}: inconsistent date/locality")

ghdr, grows = read("gold.csv")
if ghdr != ["narrative_id", "code", "level"]:
    err(f"gold.csv header {ghdr}")
seen = set()
gold_by = defaultdict(list)
for row in grows:
    if len(row) != 3:
        err(f"gold bad row {row}"); continue
    nid, code, level = row
    if nid not in narr:
        err(f"gold {nid} not in narratives")
        continue
    if code not in CODES:
        err(f"{nid}: bad code {code}")
    if level not in LEVELS:
        err(f"{nid}: bad gold level {level}")
    if (nid, code) in seen:
        err(f"{nid}: code {code} twice")
    seen.add((nid, code))
    if narr[nid]["level"] and narr[nid]["level"] != level:
        err(f"{nid}: gold level {level} != box {narr[nid]['level']}")
    gold_by[nid].append((code, level))
for nid, lst in gold_by.items():
    if not narr[nid]["level"] and len({l for _, l in lst}) != 1:
        err(f"{nid}: unboxed note with more than one level")

traps = json.load(open(os.path.join(HERE, "traps.json"), encoding="utf-8"))
for nid, notes in traps.items():
    if nid not in narr:
        err(f"traps: {nid} not in narratives")
    if not isinstance(notes, list) or not notes or not all(isinstance(n, str) and n for n in notes):
        err(f"traps: {nid} notes must be a non-empty list of strings")

# ---- report ----
boxed = [n for n in narr if narr[n]["level"]]
unboxed = [n for n in narr if not narr[n]["level"]]
triages = {narr[n]["triage_id"] for n in boxed}
print(f"narratives: {len(narr)} (boxed {len(boxed)} in {len(triages)} triages of "
      f"{len({narr[n]['case_id'] for n in boxed})} cases; unboxed {len(unboxed)})")
print(f"triages: assessment {sum(t.endswith('-A') for t in triages)}, closure {sum(t.endswith('-C') for t in triages)}")
print(f"gold rows: {len(grows)}; narratives with no gold row: {len(narr) - len(gold_by)} "
      f"(boxed {sum(1 for n in boxed if n not in gold_by)}, unboxed {sum(1 for n in unboxed if n not in gold_by)})")
print(f"narratives with traps: {len(traps)} ({100 * len(traps) / len(narr):.0f}%)")
cl = Counter((c, l) for c, l in ((r[1], r[2]) for r in grows))
print("\ncode       " + " ".join(f"{l:>6}" for l in LEVELS) + "  total")
for c in CODES:
    tot = sum(cl[(c, l)] for l in LEVELS)
    print(f"{c:<10} " + " ".join(f"{cl[(c, l)]:>6}" for l in LEVELS) + f"  {tot:>5}")
    if tot < 4:
        err(f"code {c} used only {tot} times")
print("total      " + " ".join(f"{sum(cl[(c, l)] for c in CODES):>6}" for l in LEVELS) + f"  {len(grows):>5}")
for l in LEVELS:
    if not any(cl[(c, l)] for c in CODES):
        err(f"level {l} unused")

if errors:
    print("\nERRORS:")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK")
