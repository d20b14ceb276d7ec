#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv and traps.json; print OK at the end."""
import csv
import io
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = set("EDU-ATT EDU-EXC EDU-NEET EDU-SEND EYD MH-CHILD MH-ADULT PH SUB REL-PAR "
            "REL-CONF DA SAFE-NEG SAFE-EXP CRIME HOUS FIN CARER".split())
LEVELS = ["blue", "green", "yellow", "orange", "red"]
NARR_HEADER = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
GOLD_HEADER = ["narrative_id", "code", "level"]
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
    if re.search(rb"(?<!\r)\n", raw):
        err(f"{name}: bare LF line ending")
    if re.search(rb"\r(?!\n)", raw):
        err(f"{name}: bare CR")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows or rows[0] != header:
        err(f"{name}: header is {rows[0] if rows else None}, expected {header}")
        return []
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(header):
            err(f"{name}: row {i} has {len(r)} fields")
    return [dict(zip(header, r)) for r in rows[1:] if len(r) == len(header)]


narr = load("narratives.csv", NARR_HEADER)
gold = load("gold.csv", GOLD_HEADER)

by_id = {}
for n in narr:
    nid = n["narrative_id"]
    if nid in by_id:
        err(f"duplicate narrative_id {nid}")
    by_id[nid] = n
    if not n["narrative"].strip():
        err(f"{nid}: empty narrative")
    if not re.fullmatch(r"20(25|26)-\d\d-\d\d", n["date"]):
        err(f"{nid}: date {n['date']} not in 2025-2026")
    if n["stage"] not in ("assessment", "closure"):
        err(f"{nid}: bad stage {n['stage']}")
    m = re.fullmatch(r"([A-Z]\d{3})-([AC])-(blue|green|yellow|orange|red)", nid)
    if m:
        case, st, lev = m.groups()
        if n["level"] != lev:
            err(f"{nid}: level column {n['level']} != id level {lev}")
        if n["triage_id"] != f"{case}-{st}" or n["case_id"] != case:
            err(f"{nid}: triage/case ids inconsistent")
        if n["stage"] != ("assessment" if st == "A" else "closure"):
            err(f"{nid}: stage inconsistent with id")
    elif re.fullmatch(r"U\d{3}", nid):
        if n["level"] != "":
            err(f"{nid}: unboxed note has a level")
        if n["triage_id"] != nid:
            err(f"{nid}: unboxed triage_id should equal narrative_id")
    else:
        err(f"{nid}: bad narrative id format")

# a triage has one date and locality, and no level box twice (implied by unique ids)
tri = {}
for n in narr:
    key = n["triage_id"]
    val = (n["date"], n["locality"])
    if tri.setdefault(key, val) != val:
        err(f"triage {key}: inconsistent date/locality")
# closure after assessment
for key, (d, _) in tri.items():
    if key.endswith("-C"):
        a = tri.get(key[:-2] + "-A")
        if a and not a[0] < d:
            err(f"{key}: closure date not after assessment")

localities = {n["locality"] for n in narr}
if len(localities) != 4:
    err(f"expected 4 localities, found {sorted(localities)}")
if not 85 <= len(narr) <= 100:
    err(f"{len(narr)} narratives, expected 85-100")

seen = set()
unboxed_levels = {}
for g in gold:
    nid, code, lev = g["narrative_id"], g["code"], g["level"]
    if nid not in by_id:
        err(f"gold row for unknown narrative {nid}")
        continue
    if code not in CODES:
        err(f"{nid}: unknown code {code}")
    if lev not in LEVELS:
        err(f"{nid}: bad level {lev}")
    if (nid, code) in seen:
        err(f"duplicate gold row ({nid}, {code})")
    seen.add((nid, code))
    box = by_id[nid]["level"]
    if box:
        if lev != box:
            err(f"{nid}: gold level {lev} != box level {box}")
    else:
        if unboxed_levels.setdefault(nid, lev) != lev:
            err(f"{nid}: unboxed note has more than one gold level")

traps = json.load(open(os.path.join(HERE, "traps.json"), encoding="utf-8"))
TRAP_TYPES = {"negated", "historical", "hypothetical", "met_need", "outside_household", "lookalike"}
for nid, items in traps.items():
    if nid not in by_id:
        err(f"traps.json: unknown narrative {nid}")
    for t in items:
        if t.get("type") not in TRAP_TYPES or not t.get("note"):
            err(f"traps.json: bad trap entry for {nid}: {t}")

if errors:
    print("\n".join(errors))
    sys.exit(1)
print(f"{len(narr)} narratives ({sum(1 for n in narr if n['level'])} boxed, "
      f"{sum(1 for n in narr if not n['level'])} unboxed), {len(gold)} gold rows, "
      f"{len(traps)} narratives with trap notes")
print("OK")
