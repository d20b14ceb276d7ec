#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv and traps.json of blind gold set W. Prints OK at the end."""
import csv
import io
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = {"EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD", "MH-ADULT", "PH", "SUB",
         "REL-PAR", "REL-CONF", "DA", "SAFE-NEG", "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"}
LEVELS = {"blue", "green", "yellow", "orange", "red"}
NARR_HEADER = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
GOLD_HEADER = ["narrative_id", "code", "level"]
errors = []


def err(msg):
    errors.append(msg)


def read(path):
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err(f"{path}: has a BOM")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{path}: not UTF-8 ({e})")
        text = raw.decode("utf-8", "replace")
    # every line break must be CRLF (none inside fields either)
    if re.search(r"(?<!\r)\n", text):
        err(f"{path}: bare LF line ending")
    if re.search(r"\r(?!\n)", text):
        err(f"{path}: bare CR")
    if not text.endswith("\r\n"):
        err(f"{path}: does not end with CRLF")
    return list(csv.reader(io.StringIO(text, newline="")))


narr = read(os.path.join(HERE, "narratives.csv"))
gold = read(os.path.join(HERE, "gold.csv"))
if narr[0] != NARR_HEADER:
    err(f"narratives.csv header {narr[0]}")
if gold[0] != GOLD_HEADER:
    err(f"gold.csv header {gold[0]}")

ids, box_level, locs, cases = set(), {}, set(), set()
for i, r in enumerate(narr[1:], 2):
    if len(r) != 8:
        err(f"narratives.csv line {i}: {len(r)} fields")
        continue
    nid, tid, cid, stage, date, level, loc, text = r
    if nid in ids:
        err(f"duplicate narrative_id {nid}")
    ids.add(nid)
    box_level[nid] = level
    locs.add(loc)
    if stage not in ("assessment", "closure"):
        err(f"{nid}: stage {stage}")
    if not re.fullmatch(r"202[56]-\d\d-\d\d", date):
        err(f"{nid}: date {date}")
    if not text.strip():
        err(f"{nid}: empty narrative")
    if level:
        if level not in LEVELS:
            err(f"{nid}: level {level}")
        m = re.fullmatch(r"(W\d{3})-([AC])-(\w+)", nid)
        if not m or m.group(1) != cid or m.group(3) != level or tid != f"{cid}-{m.group(2)}":
            err(f"{nid}: id pattern / triage / case mismatch")
        elif (m.group(2) == "A") != (stage == "assessment"):
            err(f"{nid}: stage letter mismatch")
        cases.add(cid)
    else:
        if not (nid == tid == cid and re.fullmatch(r"W\d{3}", nid)):
            err(f"{nid}: unboxed id pattern")

# one date per triage
tdates = {}
for r in narr[1:]:
    tdates.setdefault(r[1], set()).add(r[4])
for t, d in tdates.items():
    if len(d) != 1:
        err(f"triage {t} has several dates {d}")

pairs, unboxed_levels = set(), {}
for i, r in enumerate(gold[1:], 2):
    if len(r) != 3:
        err(f"gold.csv line {i}: {len(r)} fields")
        continue
    nid, code, level = r
    if nid not in ids:
        err(f"gold {nid}: narrative missing")
        continue
    if code not in CODES:
        err(f"gold {nid}: bad code {code}")
    if level not in LEVELS:
        err(f"gold {nid}: bad level {level}")
    if (nid, code) in pairs:
        err(f"gold duplicate ({nid}, {code})")
    pairs.add((nid, code))
    if box_level[nid]:
        if level != box_level[nid]:
            err(f"gold {nid} {code}: level {level} != box {box_level[nid]}")
    else:
        unboxed_levels.setdefault(nid, set()).add(level)
for nid, lv in unboxed_levels.items():
    if len(lv) != 1:
        err(f"unboxed {nid} has several gold levels {lv}")

traps = json.load(open(os.path.join(HERE, "traps.json"), encoding="utf-8"))
for nid, ts in traps.items():
    if nid not in ids:
        err(f"traps.json: unknown narrative {nid}")
    for t in ts:
        if t.get("code") and t["code"] not in CODES:
            err(f"traps.json {nid}: bad code {t['code']}")
        if t.get("type") not in {"negated", "historical", "met", "hypothetical", "outside", "lookalike", "rule"}:
            err(f"traps.json {nid}: bad type {t.get('type')}")

if not 85 <= len(ids) <= 100:
    err(f"{len(ids)} narratives, expected 85-100")
if len(locs) != 4:
    err(f"{len(locs)} localities")

if errors:
    print("\n".join(errors))
    sys.exit(1)
print(f"{len(ids)} narratives, {len(cases)} cases, {len(pairs)} gold rows")
print("OK")
