#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv and traps.json of blind set Z121. Prints OK or the problems."""
import csv
import io
import json
import os
import re
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = {"EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD", "MH-ADULT", "PH", "SUB",
         "REL-PAR", "REL-CONF", "DA", "SAFE-NEG", "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"}
LEVELS = ["blue", "green", "yellow", "orange", "red"]
N_HEADER = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
G_HEADER = ["narrative_id", "code", "level"]
TRAP_TYPES = {"negated", "historical", "hypothetical", "outside", "convention", "partial", "not-coded"}
errors = []


def err(msg):
    errors.append(msg)


def read_raw(name):
    path = os.path.join(HERE, name)
    b = open(path, "rb").read()
    if b.startswith(b"\xef\xbb\xbf"):
        err(f"{name}: has a BOM")
    try:
        t = b.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{name}: not UTF-8 ({e})")
        t = b.decode("utf-8", "replace")
    # every line break must be CRLF (no bare LF or bare CR)
    if re.search(r"(?<!\r)\n", t) or re.search(r"\r(?!\n)", t):
        err(f"{name}: not all line endings are CRLF")
    if not t.endswith("\r\n"):
        err(f"{name}: does not end with CRLF")
    return t


# taxonomy cross-check (code set), if the taxonomy is readable
tax = "/work/shared/taxonomy.md"
if os.path.exists(tax):
    tcodes = set(re.findall(r"^\|\s*([A-Z][A-Z-]+)\s*\|", open(tax, encoding="utf-8").read(), re.M))
    tcodes = {c for c in tcodes if c in CODES or "-" in c or c in {"EYD", "PH", "SUB", "DA", "CRIME", "HOUS", "FIN", "CARER"}}
    if tcodes != CODES:
        err(f"code set differs from taxonomy: {sorted(tcodes ^ CODES)}")

# narratives
nt = read_raw("narratives.csv")
rows = list(csv.reader(io.StringIO(nt, newline="")))
if rows[0] != N_HEADER:
    err(f"narratives.csv header wrong: {rows[0]}")
nar = {}
case_dates = defaultdict(lambda: {"assessment": [], "closure": []})
case_loc = {}
for i, r in enumerate(rows[1:], start=2):
    if len(r) != 8:
        err(f"narratives.csv line {i}: {len(r)} fields")
        continue
    nid, tid, cid, stage, date, level, loc, text = r
    if nid in nar:
        err(f"duplicate narrative_id {nid}")
    nar[nid] = r
    if not re.fullmatch(r"Z\d{3}", cid):
        err(f"{nid}: bad case_id {cid}")
    if stage not in ("assessment", "closure"):
        err(f"{nid}: bad stage {stage}")
    st = "A" if stage == "assessment" else "C"
    if tid != f"{cid}-{st}":
        err(f"{nid}: triage_id {tid} inconsistent with case/stage")
    if level:
        if level not in LEVELS:
            err(f"{nid}: bad level {level}")
        if nid != f"{tid}-{level}":
            err(f"{nid}: id inconsistent with triage/level")
    else:
        if nid != f"{tid}-note":
            err(f"{nid}: unboxed id should be {tid}-note")
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", date) or not ("2025-01-01" <= date <= "2026-12-31"):
        err(f"{nid}: date {date} out of range")
    if not text.strip():
        err(f"{nid}: empty narrative")
    if not loc:
        err(f"{nid}: empty locality")
    case_loc.setdefault(cid, set()).add(loc)
    case_dates[cid][stage].append(date)

n = len(nar)
if not (85 <= n <= 100):
    err(f"{n} narratives (want 85-100)")
notes = [k for k, r in nar.items() if not r[5]]
if len(notes) > 8:
    err(f"{len(notes)} unboxed notes (max 8)")
if not (30 <= len(case_dates) <= 40):
    err(f"{len(case_dates)} cases (want about 30-40)")
locs = set().union(*case_loc.values())
if len(locs) != 4:
    err(f"{len(locs)} localities (want 4): {sorted(locs)}")
for cid, d in case_dates.items():
    if len(case_loc[cid]) != 1:
        err(f"{cid}: more than one locality")
    if not d["assessment"] or not d["closure"]:
        err(f"{cid}: needs both assessment and closure")
        continue
    if len(set(d["assessment"])) != 1 or len(set(d["closure"])) != 1:
        err(f"{cid}: one date per triage expected")
    if max(d["closure"]) <= max(d["assessment"]):
        err(f"{cid}: closure not after assessment")
# one box per level per triage is implied by unique ids

# gold
gt = read_raw("gold.csv")
grows = list(csv.reader(io.StringIO(gt, newline="")))
if grows[0] != G_HEADER:
    err(f"gold.csv header wrong: {grows[0]}")
seen = set()
note_levels = defaultdict(set)
for i, r in enumerate(grows[1:], start=2):
    if len(r) != 3:
        err(f"gold.csv line {i}: {len(r)} fields")
        continue
    nid, code, level = r
    if nid not in nar:
        err(f"gold line {i}: unknown narrative {nid}")
        continue
    if code not in CODES:
        err(f"gold line {i}: unknown code {code}")
    if level not in LEVELS:
        err(f"gold line {i}: bad level {level}")
    if (nid, code) in seen:
        err(f"gold line {i}: duplicate ({nid}, {code})")
    seen.add((nid, code))
    box = nar[nid][5]
    if box:
        if level != box:
            err(f"gold line {i}: level {level} != box {box} for {nid}")
    else:
        note_levels[nid].add(level)
for nid, ls in note_levels.items():
    if len(ls) != 1:
        err(f"{nid}: unboxed note has more than one gold level {sorted(ls)}")

# traps
tt = read_raw("traps.json")
try:
    traps = json.loads(tt)
except json.JSONDecodeError as e:
    err(f"traps.json invalid: {e}")
    traps = {}
for nid, lst in traps.items():
    if nid not in nar:
        err(f"traps.json: unknown narrative {nid}")
    for t in lst:
        if set(t) != {"type", "code", "note"}:
            err(f"traps.json {nid}: bad keys {sorted(t)}")
        if t.get("type") not in TRAP_TYPES:
            err(f"traps.json {nid}: bad type {t.get('type')}")
        if t.get("code") not in CODES:
            err(f"traps.json {nid}: bad code {t.get('code')}")
        # a trap that says a code is not present must not contradict gold
        if t.get("type") in {"negated", "historical", "hypothetical", "outside", "not-coded"} \
                and (nid, t.get("code")) in seen:
            err(f"traps.json {nid}: {t['type']} trap on {t['code']} but the code is gold")
        if t.get("type") == "partial" and (nid, t.get("code")) not in seen:
            err(f"traps.json {nid}: partial trap on {t['code']} but the code is not gold")

if errors:
    print("\n".join(errors))
    print(f"FAILED: {len(errors)} problem(s)")
    sys.exit(1)
print("OK")
