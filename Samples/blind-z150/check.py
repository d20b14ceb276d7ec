#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv and traps.json of this blind set; prints OK or the problems."""
import csv
import io
import json
import os
import re
import sys
from collections import Counter, defaultdict
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = {"EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD", "MH-ADULT", "PH", "SUB",
         "REL-PAR", "REL-CONF", "DA", "SAFE-NEG", "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"}
LEVELS = ["blue", "green", "yellow", "orange", "red"]
NAR_HEADER = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
GOLD_HEADER = ["narrative_id", "code", "level"]
TRAP_TYPES = {"negated", "historical", "hypothetical", "outside", "convention", "partial", "not-coded"}
errors = []


def err(msg):
    errors.append(msg)


def taxonomy_codes():
    path = "/work/shared/taxonomy.md"
    if not os.path.exists(path):
        return None
    found = set()
    for line in open(path, encoding="utf-8"):
        m = re.match(r"\|\s*([A-Z]+(?:-[A-Z]+)?)\s*\|", line)
        if m and m.group(1) not in ("code",):
            found.add(m.group(1))
    return found


def read_raw(name):
    raw = open(os.path.join(HERE, name), "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err(f"{name}: has a BOM")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{name}: not UTF-8 ({e})")
        text = raw.decode("utf-8", "replace")
    if re.search(rb"(?<!\r)\n", raw):
        err(f"{name}: bare LF line ending")
    if re.search(rb"\r(?!\n)", raw):
        err(f"{name}: bare CR")
    if not raw.endswith(b"\r\n"):
        err(f"{name}: does not end with CRLF")
    return text


def read_csv(name, header):
    text = read_raw(name)
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows or rows[0] != header:
        err(f"{name}: header {rows[0] if rows else None} != {header}")
        return []
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(header):
            err(f"{name}: line {i} has {len(r)} fields")
    return [dict(zip(header, r)) for r in rows[1:] if len(r) == len(header)]


tax = taxonomy_codes()
if tax is not None and tax != CODES:
    err(f"code set differs from taxonomy: {sorted(tax ^ CODES)}")

nar = read_csv("narratives.csv", NAR_HEADER)
gold = read_csv("gold.csv", GOLD_HEADER)

by_id = {}
triage_dates = defaultdict(set)
case_stage_dates = defaultdict(dict)
localities = set()
notes = 0
for r in nar:
    nid, tid, cid, stage, d, lvl = r["narrative_id"], r["triage_id"], r["case_id"], r["stage"], r["date"], r["level"]
    if nid in by_id:
        err(f"duplicate narrative_id {nid}")
    by_id[nid] = r
    if not re.fullmatch(r"Z\d{3}", cid):
        err(f"{nid}: bad case_id {cid}")
    st = {"assessment": "A", "closure": "C"}.get(stage)
    if st is None:
        err(f"{nid}: bad stage {stage}")
    elif tid != f"{cid}-{st}":
        err(f"{nid}: triage_id {tid} inconsistent with case/stage")
    if lvl:
        if lvl not in LEVELS:
            err(f"{nid}: bad level {lvl}")
        if nid != f"{tid}-{lvl}":
            err(f"{nid}: id inconsistent with triage/level")
    else:
        notes += 1
        if nid != f"{tid}-note":
            err(f"{nid}: unboxed note id should be {tid}-note")
    try:
        dd = date.fromisoformat(d)
        if not (date(2025, 1, 1) <= dd <= date(2026, 12, 31)):
            err(f"{nid}: date {d} outside 2025-26")
    except ValueError:
        err(f"{nid}: bad date {d}")
        continue
    triage_dates[tid].add(d)
    if st:
        case_stage_dates[cid][st] = d
    localities.add(r["locality"])
    if not r["narrative"].strip():
        err(f"{nid}: empty narrative")

for tid, ds in triage_dates.items():
    if len(ds) != 1:
        err(f"{tid}: several dates {ds}")
for cid, sd in case_stage_dates.items():
    if "A" not in sd or "C" not in sd:
        err(f"{cid}: missing assessment or closure")
    elif not sd["C"] > sd["A"]:
        err(f"{cid}: closure {sd['C']} not after assessment {sd['A']}")

if not 85 <= len(nar) <= 100:
    err(f"{len(nar)} narratives, expected 85-100")
if not 30 <= len(case_stage_dates) <= 40:
    err(f"{len(case_stage_dates)} cases, expected 30-40")
if notes > 8:
    err(f"{notes} unboxed notes, at most 8 allowed")
if len(localities) != 4:
    err(f"{len(localities)} localities, expected 4")
if len({r['narrative'] for r in nar}) != len(nar):
    err("duplicate narrative text")

seen = set()
note_levels = defaultdict(set)
for g in gold:
    nid, code, lvl = g["narrative_id"], g["code"], g["level"]
    if nid not in by_id:
        err(f"gold row for unknown narrative {nid}")
        continue
    if code not in CODES:
        err(f"{nid}: unknown code {code}")
    if lvl not in LEVELS:
        err(f"{nid}: bad gold level {lvl}")
    if (nid, code) in seen:
        err(f"{nid}: duplicate code {code}")
    seen.add((nid, code))
    box = by_id[nid]["level"]
    if box and lvl != box:
        err(f"{nid}: gold level {lvl} != box level {box}")
    if not box:
        note_levels[nid].add(lvl)
for nid, ls in note_levels.items():
    if len(ls) != 1:
        err(f"{nid}: unboxed note has several gold levels {ls}")

traps_text = read_raw("traps.json")
try:
    traps = json.loads(traps_text)
except ValueError as e:
    err(f"traps.json: {e}")
    traps = {}
for nid, lst in traps.items():
    if nid not in by_id:
        err(f"traps.json: unknown narrative {nid}")
    if not isinstance(lst, list) or not lst:
        err(f"traps.json: {nid} is not a non-empty list")
        continue
    for t in lst:
        if set(t) != {"type", "code", "note"}:
            err(f"traps.json: {nid} entry keys {sorted(t)}")
            continue
        if t["type"] not in TRAP_TYPES:
            err(f"traps.json: {nid} bad type {t['type']}")
        if t["code"] not in CODES:
            err(f"traps.json: {nid} bad code {t['code']}")
        if not t["note"].strip():
            err(f"traps.json: {nid} empty note")
        # a trap saying a code is negated/historical/outside must not contradict a gold code
        if t["type"] in ("negated", "historical", "outside", "not-coded") and (nid, t["code"]) in seen:
            err(f"traps.json: {nid} says {t['code']} is {t['type']} but it is in gold")

if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)
print("OK")
