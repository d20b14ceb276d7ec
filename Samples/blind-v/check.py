#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv and traps.json; prints OK at the end."""
import csv
import io
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = set("EDU-ATT EDU-EXC EDU-NEET EDU-SEND EYD MH-CHILD MH-ADULT PH SUB REL-PAR "
            "REL-CONF DA SAFE-NEG SAFE-EXP CRIME HOUS FIN CARER".split())
LEVELS = ["blue", "green", "yellow", "orange", "red"]
NARR_HEADER = "narrative_id,triage_id,case_id,stage,date,level,locality,narrative"
GOLD_HEADER = "narrative_id,code,level"
errors = []


def err(msg):
    errors.append(msg)


def load(name, header):
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
    if raw.count(b"\n") != raw.count(b"\r\n"):
        err(f"{name}: bare LF line ending present")
    if raw.replace(b"\r\n", b"").count(b"\r"):
        err(f"{name}: bare CR present")
    first = text.split("\r\n", 1)[0]
    if first != header:
        err(f"{name}: header is {first!r}")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    ncol = len(header.split(","))
    for i, r in enumerate(rows[1:], 2):
        if len(r) != ncol:
            err(f"{name}: line {i} has {len(r)} fields")
    return rows[1:]


narr = load("narratives.csv", NARR_HEADER)
gold = load("gold.csv", GOLD_HEADER)

ids = [r[0] for r in narr]
if len(ids) != len(set(ids)):
    err("duplicate narrative_id")
box = {}
for nid, tid, case, stage, date, level, loc, text in narr:
    box[nid] = level
    if stage not in ("assessment", "closure"):
        err(f"{nid}: bad stage {stage}")
    if not (date.startswith("2025-") or date.startswith("2026-")) or len(date) != 10:
        err(f"{nid}: bad date {date}")
    if level and level not in LEVELS:
        err(f"{nid}: bad level {level}")
    if not text.strip():
        err(f"{nid}: empty narrative")
    if level:
        letter = "A" if stage == "assessment" else "C"
        if tid != f"{case}-{letter}" or nid != f"{tid}-{level}":
            err(f"{nid}: id pattern mismatch ({tid}, {case}, {stage}, {level})")
    else:
        if nid != tid:
            err(f"{nid}: unboxed note's triage_id should equal narrative_id")
# one box of each level per triage at most is implied by unique ids; stage/date consistent per triage
tri = {}
for nid, tid, case, stage, date, level, loc, text in narr:
    key = (case, stage, date, loc)
    if tid in tri and tri[tid] != key:
        err(f"{tid}: inconsistent case/stage/date/locality across boxes")
    tri[tid] = key
if len({r[6] for r in narr}) != 4:
    err(f"expected four localities, got {sorted({r[6] for r in narr})}")

seen = set()
for nid, code, level in gold:
    if nid not in box:
        err(f"gold row for unknown narrative {nid}")
        continue
    if code not in CODES:
        err(f"{nid}: unknown code {code}")
    if level not in LEVELS:
        err(f"{nid}: bad gold level {level}")
    if (nid, code) in seen:
        err(f"{nid}: duplicate code {code}")
    seen.add((nid, code))
    if box[nid] and level != box[nid]:
        err(f"{nid}: gold level {level} != box level {box[nid]}")
# an unboxed note carries one level for all its codes
ulev = {}
for nid, code, level in gold:
    if nid in box and not box[nid]:
        ulev.setdefault(nid, set()).add(level)
for nid, levs in ulev.items():
    if len(levs) != 1:
        err(f"{nid}: unboxed note has several levels {levs}")

traps = json.load(open(os.path.join(HERE, "traps.json"), encoding="utf-8"))
if set(traps) != set(ids):
    err("traps.json keys do not match narratives")
for nid, v in traps.items():
    gcodes = sorted(c for (n, c) in seen if n == nid)
    if sorted(v.get("gold", [])) != gcodes:
        err(f"{nid}: traps.json gold differs from gold.csv")

if not 85 <= len(narr) <= 100:
    err(f"narrative count {len(narr)} outside 85-100")

if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)
print(f"{len(narr)} narratives, {len(gold)} gold rows, {len(set(r[1] for r in narr))} triages")
print("OK")
