#!/usr/bin/env python3
"""Validate the z98 blind set files; prints OK or the list of problems. Standard library only."""
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
LEVELS = ["blue", "green", "yellow", "orange", "red"]
N_HDR = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
G_HDR = ["narrative_id", "code", "level"]
TRAP_TYPES = {"negated", "historical", "hypothetical", "outside", "convention", "partial", "not-coded"}
ABSENT_TYPES = {"negated", "historical", "hypothetical", "outside", "not-coded"}
errors = []


def err(msg):
    errors.append(msg)


def read_csv(name, header):
    raw = open(os.path.join(HERE, name), "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err(f"{name}: has a BOM")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{name}: not UTF-8 ({e})")
        return []
    if not raw.endswith(b"\r\n"):
        err(f"{name}: does not end with CRLF")
    if re.search(rb"(?<!\r)\n", raw):
        err(f"{name}: bare LF line ending found")
    if re.search(rb"\r(?!\n)", raw):
        err(f"{name}: bare CR found")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows or rows[0] != header:
        err(f"{name}: header is {rows[0] if rows else None}, expected {header}")
        return []
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(header):
            err(f"{name}: line {i} has {len(r)} fields")
    return [r for r in rows[1:] if len(r) == len(header)]


# the code set must match the taxonomy's code table
tax = "/work/shared/taxonomy.md"
if os.path.exists(tax):
    found = set(re.findall(r"^\|\s*([A-Z]+(?:-[A-Z]+)?)\s*\|", open(tax, encoding="utf-8").read(), re.M))
    found.discard("")
    if found != CODES:
        err(f"code set differs from taxonomy: {sorted(found ^ CODES)}")

narr = read_csv("narratives.csv", N_HDR)
gold = read_csv("gold.csv", G_HDR)

by_id = {}
case_dates = {}
triage_dates = {}
n_notes = 0
for nid, tid, cid, stage, d, level, loc, text in narr:
    if nid in by_id:
        err(f"duplicate narrative_id {nid}")
    by_id[nid] = level
    if not re.fullmatch(r"Z\d{3}", cid):
        err(f"{nid}: bad case_id {cid}")
    st = {"assessment": "A", "closure": "C"}.get(stage)
    if st is None:
        err(f"{nid}: bad stage {stage}")
        continue
    if tid != f"{cid}-{st}":
        err(f"{nid}: triage_id {tid} inconsistent with case {cid} / stage {stage}")
    if level:
        if level not in LEVELS:
            err(f"{nid}: bad level {level}")
        if nid != f"{tid}-{level}":
            err(f"{nid}: id inconsistent with triage/level")
    else:
        n_notes += 1
        if nid != f"{tid}-note":
            err(f"{nid}: unboxed note id should be {tid}-note")
    try:
        dd = date.fromisoformat(d)
    except ValueError:
        err(f"{nid}: bad date {d}")
        continue
    if not (date(2025, 1, 1) <= dd <= date(2026, 12, 31)):
        err(f"{nid}: date {d} outside 2025-26")
    if triage_dates.setdefault(tid, dd) != dd:
        err(f"{nid}: dates differ within triage {tid}")
    case_dates.setdefault(cid, {})[st] = dd
    if not text.strip():
        err(f"{nid}: empty narrative")
    if not loc:
        err(f"{nid}: empty locality")

for cid, dd in case_dates.items():
    if set(dd) != {"A", "C"}:
        err(f"case {cid} lacks an assessment or a closure")
    elif not dd["C"] > dd["A"]:
        err(f"case {cid}: closure not after assessment")

if not 85 <= len(narr) <= 100:
    err(f"{len(narr)} narratives (want 85-100)")
if not 30 <= len(case_dates) <= 40:
    err(f"{len(case_dates)} cases (want 30-40)")
if n_notes > 8:
    err(f"{n_notes} unboxed notes (max 8)")
if len({r[6] for r in narr}) != 4:
    err("expected four localities")

seen = set()
note_levels = {}
gold_codes = {}
for nid, code, level in gold:
    if nid not in by_id:
        err(f"gold: {nid} not in narratives")
        continue
    if code not in CODES:
        err(f"gold: {nid} bad code {code}")
    if level not in LEVELS:
        err(f"gold: {nid} bad level {level}")
    if (nid, code) in seen:
        err(f"gold: duplicate {nid} {code}")
    seen.add((nid, code))
    gold_codes.setdefault(nid, set()).add(code)
    if by_id[nid]:
        if level != by_id[nid]:
            err(f"gold: {nid} {code} level {level} != box level {by_id[nid]}")
    else:
        if note_levels.setdefault(nid, level) != level:
            err(f"gold: unboxed {nid} has more than one level")

traps = json.load(open(os.path.join(HERE, "traps.json"), encoding="utf-8"))
for nid, lst in traps.items():
    if nid not in by_id:
        err(f"traps: {nid} not in narratives")
        continue
    for t in lst:
        if set(t) != {"type", "code", "note"}:
            err(f"traps: {nid} entry keys {sorted(t)}")
            continue
        if t["type"] not in TRAP_TYPES:
            err(f"traps: {nid} bad type {t['type']}")
        if t["code"] and t["code"] not in CODES:
            err(f"traps: {nid} bad code {t['code']}")
        if t["type"] in ABSENT_TYPES and t["code"] in gold_codes.get(nid, set()):
            err(f"traps: {nid} says {t['code']} is {t['type']} but it is in gold")
        if not t["note"].strip():
            err(f"traps: {nid} empty note")

if errors:
    print("\n".join(errors))
    print(f"FAILED ({len(errors)} problems)")
    sys.exit(1)
print("OK")
