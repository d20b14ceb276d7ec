#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv and traps.json of blind set z119. Prints OK or the problems."""
import csv
import io
import json
import os
import re
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = {"EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD", "MH-ADULT", "PH", "SUB",
         "REL-PAR", "REL-CONF", "DA", "SAFE-NEG", "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"}
LEVELS = {"blue", "green", "yellow", "orange", "red"}
NHEAD = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
GHEAD = ["narrative_id", "code", "level"]
LO, HI = date(2025, 1, 1), date(2026, 12, 31)
errors = []


def err(msg):
    errors.append(msg)


def load(name):
    raw = open(os.path.join(HERE, name), "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err(f"{name}: has a BOM")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{name}: not UTF-8 ({e})")
        return raw, ""
    if not raw.endswith(b"\r\n"):
        err(f"{name}: does not end with CRLF")
    if re.search(rb"(?<!\r)\n", raw):
        err(f"{name}: bare LF line ending")
    if re.search(rb"\r(?!\n)", raw):
        err(f"{name}: bare CR")
    return raw, text


_, ntext = load("narratives.csv")
_, gtext = load("gold.csv")
_, ttext = load("traps.json")

nrows = list(csv.reader(io.StringIO(ntext, newline="")))
grows = list(csv.reader(io.StringIO(gtext, newline="")))
if nrows[0] != NHEAD:
    err(f"narratives.csv header {nrows[0]}")
if grows[0] != GHEAD:
    err(f"gold.csv header {grows[0]}")

narr = {}
case_dates = {}
notes = 0
for i, r in enumerate(nrows[1:], 2):
    if len(r) != 8:
        err(f"narratives line {i}: {len(r)} fields")
        continue
    nid, tid, cid, stage, d, lev, loc, text = r
    if nid in narr:
        err(f"duplicate narrative_id {nid}")
    narr[nid] = r
    m = re.fullmatch(r"(Z\d{3})-([AC])-(blue|green|yellow|orange|red|note)", nid)
    if not m:
        err(f"bad narrative_id {nid}")
        continue
    if tid != f"{m.group(1)}-{m.group(2)}" or cid != m.group(1):
        err(f"{nid}: triage/case id mismatch ({tid}, {cid})")
    if stage != {"A": "assessment", "C": "closure"}[m.group(2)]:
        err(f"{nid}: stage {stage}")
    if m.group(3) == "note":
        notes += 1
        if lev != "":
            err(f"{nid}: note with a level")
    elif lev != m.group(3):
        err(f"{nid}: level {lev} does not match id")
    if lev and lev not in LEVELS:
        err(f"{nid}: bad level {lev}")
    try:
        dd = date.fromisoformat(d)
    except ValueError:
        err(f"{nid}: bad date {d}")
        continue
    if not (LO <= dd <= HI):
        err(f"{nid}: date {d} out of 2025-26")
    case_dates.setdefault(cid, {}).setdefault(stage, set()).add(dd)
    if not loc:
        err(f"{nid}: no locality")
    if not text.strip():
        err(f"{nid}: empty narrative")

for cid, st in case_dates.items():
    if "assessment" not in st or "closure" not in st:
        err(f"{cid}: missing assessment or closure")
        continue
    if len(st["assessment"]) != 1 or len(st["closure"]) != 1:
        err(f"{cid}: more than one date per stage")
    if max(st["assessment"]) >= min(st["closure"]):
        err(f"{cid}: closure not after assessment")

if not (85 <= len(narr) <= 100):
    err(f"{len(narr)} narratives, want 85-100")
if notes > 8:
    err(f"{notes} unboxed notes, want <= 8")
locs = {r[6] for r in narr.values()}
if len(locs) != 4:
    err(f"{len(locs)} localities, want 4")

pairs = set()
for i, r in enumerate(grows[1:], 2):
    if len(r) != 3:
        err(f"gold line {i}: {len(r)} fields")
        continue
    nid, code, lev = r
    if nid not in narr:
        err(f"gold {nid}: no such narrative")
        continue
    if code not in CODES:
        err(f"gold {nid}: bad code {code}")
    if lev not in LEVELS:
        err(f"gold {nid}: bad level {lev}")
    if (nid, code) in pairs:
        err(f"gold duplicate {nid} {code}")
    pairs.add((nid, code))
    box = narr[nid][5]
    if box and lev != box:
        err(f"gold {nid} {code}: level {lev} != box {box}")
note_levels = {}
for (nid, code) in pairs:
    pass
for r in grows[1:]:
    if len(r) == 3 and r[0] in narr and not narr[r[0]][5]:
        note_levels.setdefault(r[0], set()).add(r[2])
for nid, ls in note_levels.items():
    if len(ls) != 1:
        err(f"note {nid}: codes carry several levels {ls}")

try:
    traps = json.loads(ttext)
    for nid, lst in traps.items():
        if nid not in narr:
            err(f"traps: unknown narrative {nid}")
        for t in lst:
            if set(t) != {"type", "code", "note"}:
                err(f"traps {nid}: bad keys {set(t)}")
            if t["code"] and t["code"] not in CODES:
                err(f"traps {nid}: bad code {t['code']}")
except json.JSONDecodeError as e:
    err(f"traps.json: {e}")

if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")
