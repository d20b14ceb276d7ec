#!/usr/bin/env python3
"""Validate gold set F (narratives.csv, gold.csv, traps.json). stdlib csv/json only."""
import csv
import io
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = ["EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD", "MH-ADULT", "PH",
         "SUB", "REL-PAR", "REL-CONF", "DA", "SAFE-NEG", "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"]
LEVELS = ["blue", "green", "yellow", "orange", "red"]
LOCS = {"Fenwick", "Stonebridge", "Ashdown"}
N_HEADER = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
G_HEADER = ["narrative_id", "code", "level"]
MIN_PER_CODE = 8

errors = []


def err(msg):
    errors.append(msg)


def read(name):
    path = os.path.join(HERE, name)
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err(f"{name}: has a BOM")
    text = raw.decode("utf-8")
    body = text.replace("\r\n", "")
    if "\n" in body or "\r" in body:
        err(f"{name}: line ends are not all CRLF (or a field holds a newline)")
    if not text.endswith("\r\n"):
        err(f"{name}: last line does not end with CRLF")
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"), newline="")))
    # minimal quoting: re-serialise and compare
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL).writerows(rows)
    if buf.getvalue() != text.lstrip("\ufeff"):
        err(f"{name}: not in RFC 4180 minimal-quoting form")
    return rows


nrows = read("narratives.csv")
grows = read("gold.csv")

if nrows[0] != N_HEADER:
    err(f"narratives.csv header {nrows[0]}")
if grows[0] != G_HEADER:
    err(f"gold.csv header {grows[0]}")

narr = {}
triages = defaultdict(list)
boxed_re = re.compile(r"^(F\d{3})-([AC])-(blue|green|yellow|orange|red)$")
unboxed_re = re.compile(r"^V\d{3}$")
date_re = re.compile(r"^2025-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")

for r in nrows[1:]:
    if len(r) != 8:
        err(f"narratives row has {len(r)} fields: {r[:1]}")
        continue
    nid, tid, cid, stage, date, level, loc, text = r
    if nid in narr:
        err(f"duplicate narrative_id {nid}")
    narr[nid] = r
    if stage not in ("assessment", "closure"):
        err(f"{nid}: stage {stage!r}")
    if not date_re.match(date):
        err(f"{nid}: date {date!r}")
    if loc not in LOCS:
        err(f"{nid}: locality {loc!r}")
    if not text.strip():
        err(f"{nid}: empty narrative")
    m = boxed_re.match(nid)
    if m:
        case, st, colour = m.groups()
        if tid != f"{case}-{st}" or cid != case:
            err(f"{nid}: triage/case id mismatch ({tid}, {cid})")
        if level != colour:
            err(f"{nid}: level column {level!r} differs from box colour {colour}")
        if (st == "A") != (stage == "assessment"):
            err(f"{nid}: stage {stage} does not match id letter {st}")
        triages[tid].append(r)
    elif unboxed_re.match(nid):
        if tid != nid or cid != nid:
            err(f"{nid}: unboxed note must have triage_id = case_id = id")
        if level != "":
            err(f"{nid}: unboxed note has a level {level!r}")
    else:
        err(f"bad narrative_id {nid!r}")

for tid, rs in triages.items():
    colours = [r[5] for r in rs]
    if len(colours) != len(set(colours)):
        err(f"{tid}: repeated box colour")
    if not 2 <= len(rs) <= 5:
        err(f"{tid}: {len(rs)} boxes (want 2-5)")
    for k, name in ((4, "date"), (6, "locality"), (3, "stage")):
        if len({r[k] for r in rs}) != 1:
            err(f"{tid}: {name} differs between boxes")

# closure after assessment for the same case
case_dates = defaultdict(dict)
for tid, rs in triages.items():
    case_dates[rs[0][2]][rs[0][3]] = (rs[0][4], rs[0][6])
for case, d in case_dates.items():
    if "closure" in d and "assessment" in d:
        if d["closure"][0] <= d["assessment"][0]:
            err(f"{case}: closure date not after assessment")
        if d["closure"][1] != d["assessment"][1]:
            err(f"{case}: locality differs between assessment and closure")
    if "closure" in d and "assessment" not in d:
        err(f"{case}: closure without assessment")

seen = set()
unboxed_levels = defaultdict(set)
code_count = Counter()
level_count = Counter()
code_level = Counter()
for r in grows[1:]:
    if len(r) != 3:
        err(f"gold row has {len(r)} fields: {r}")
        continue
    nid, code, level = r
    if nid not in narr:
        err(f"gold: unknown narrative {nid}")
        continue
    if code not in CODES:
        err(f"gold: {nid}: unknown code {code}")
    if level not in LEVELS:
        err(f"gold: {nid}: unknown level {level}")
    if (nid, code) in seen:
        err(f"gold: duplicate ({nid}, {code})")
    seen.add((nid, code))
    box = narr[nid][5]
    if box:
        if level != box:
            err(f"gold: {nid} {code} level {level} != box {box}")
    else:
        unboxed_levels[nid].add(level)
    code_count[code] += 1
    level_count[level] += 1
    code_level[(code, level)] += 1

for nid, lv in unboxed_levels.items():
    if len(lv) != 1:
        err(f"gold: unboxed {nid} has several levels {sorted(lv)}")

for c in CODES:
    if code_count[c] < MIN_PER_CODE:
        err(f"code {c} present only {code_count[c]} times (< {MIN_PER_CODE})")
for lv in LEVELS:
    if level_count[lv] == 0:
        err(f"level {lv} never used")

traps = json.load(open(os.path.join(HERE, "traps.json"), encoding="utf-8"))
for k, v in traps.items():
    if k not in narr:
        err(f"traps.json: unknown narrative {k}")
    if not isinstance(v, list) or not all(isinstance(x, str) and x for x in v):
        err(f"traps.json: {k} is not a list of notes")

# ---- report ----
n_boxed = sum(1 for k in narr if k.startswith("F"))
n_unboxed = len(narr) - n_boxed
stages = Counter(rs[0][3] for rs in triages.values())
cases = {k[:4] for k in narr if k.startswith("F")}
coded = {k for k, _ in seen}
trap_real = sum(1 for v in traps.values() if any(not x.startswith("note") for x in v))
print(f"narratives {len(narr)} (boxed {n_boxed} in {len(triages)} triages "
      f"[{stages['assessment']} assessment, {stages['closure']} closure] from {len(cases)} cases; "
      f"unboxed {n_unboxed})")
print(f"gold rows {len(grows) - 1}; narratives with no code {len(narr) - len(coded)}; "
      f"narratives with a deliberate trap {trap_real} ({100 * trap_real / len(narr):.0f}%)")
print()
print(f"{'code':<10}" + "".join(f"{lv:>8}" for lv in LEVELS) + f"{'total':>8}")
for c in CODES:
    print(f"{c:<10}" + "".join(f"{code_level[(c, lv)]:>8}" for lv in LEVELS) + f"{code_count[c]:>8}")
print(f"{'total':<10}" + "".join(f"{level_count[lv]:>8}" for lv in LEVELS) + f"{sum(level_count.values()):>8}")
print()
if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)
print("OK")
