#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv and traps.json of this gold set; prints OK."""
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
NARR_HEADER = ["narrative_id", "triage_id", "case_id", "stage", "date", "level",
               "locality", "narrative"]
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
    # every line ending must be CRLF (no bare LF or CR outside fields either)
    if re.search(r"(?<!\r)\n", text) or re.search(r"\r(?!\n)", text):
        err(f"{name}: line endings are not all CRLF")
    if not text.endswith("\r\n"):
        err(f"{name}: does not end with CRLF")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows or rows[0] != header:
        err(f"{name}: header is {rows[0] if rows else None}, expected {header}")
        return []
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(header):
            err(f"{name} line {i}: {len(r)} fields")
    return [dict(zip(header, r)) for r in rows[1:]]


narr = load("narratives.csv", NARR_HEADER)
gold = load("gold.csv", GOLD_HEADER)

ids = [n["narrative_id"] for n in narr]
if len(ids) != len(set(ids)):
    err("duplicate narrative_id in narratives.csv")
by_id = {n["narrative_id"]: n for n in narr}
localities = set()
for n in narr:
    nid = n["narrative_id"]
    localities.add(n["locality"])
    if not re.fullmatch(r"20(25|26)-\d\d-\d\d", n["date"]):
        err(f"{nid}: date {n['date']} not in 2025-2026")
    if n["stage"] not in ("assessment", "closure"):
        err(f"{nid}: bad stage {n['stage']}")
    if not n["narrative"].strip():
        err(f"{nid}: empty narrative")
    if n["level"]:
        m = re.fullmatch(r"([A-Z]\d{3})-([AC])-(blue|green|yellow|orange|red)", nid)
        if not m:
            err(f"{nid}: boxed id not <CASE>-A|C-<level>")
            continue
        case, st, lv = m.groups()
        if lv != n["level"]:
            err(f"{nid}: id level != level column")
        if n["triage_id"] != f"{case}-{st}" or n["case_id"] != case:
            err(f"{nid}: triage_id/case_id mismatch")
        if n["stage"] != {"A": "assessment", "C": "closure"}[st]:
            err(f"{nid}: stage mismatch")
    else:
        if n["triage_id"] != nid:
            err(f"{nid}: unboxed triage_id should equal narrative_id")
if len(localities) != 4:
    err(f"expected 4 localities, found {sorted(localities)}")
if not 85 <= len(narr) <= 100:
    err(f"{len(narr)} narratives, expected 85-100")

# one triage date per triage
tdates = {}
for n in narr:
    tdates.setdefault(n["triage_id"], set()).add(n["date"])
for t, d in tdates.items():
    if len(d) != 1:
        err(f"triage {t} has several dates {d}")

seen = set()
unboxed_levels = {}
for g in gold:
    nid, code, lv = g["narrative_id"], g["code"], g["level"]
    if nid not in by_id:
        err(f"gold row for unknown narrative {nid}")
        continue
    if code not in CODES:
        err(f"{nid}: unknown code {code}")
    if lv not in LEVELS:
        err(f"{nid}: bad level {lv}")
    if (nid, code) in seen:
        err(f"{nid}: duplicate code {code}")
    seen.add((nid, code))
    box = by_id[nid]["level"]
    if box and lv != box:
        err(f"{nid}: gold level {lv} != box level {box}")
    if not box:
        unboxed_levels.setdefault(nid, set()).add(lv)
for nid, lvs in unboxed_levels.items():
    if len(lvs) != 1:
        err(f"{nid}: unboxed note has several gold levels {lvs}")
missing = CODES - {g["code"] for g in gold}
if missing:
    err(f"codes never used: {sorted(missing)}")

traps = json.load(open(os.path.join(HERE, "traps.json"), encoding="utf-8"))
for t in traps:
    if t["narrative_id"] not in by_id:
        err(f"traps.json: unknown narrative {t['narrative_id']}")
    gcodes = {c for (i, c) in seen if i == t["narrative_id"]}
    if set(t["gold_codes"]) != gcodes:
        err(f"traps.json: gold_codes mismatch for {t['narrative_id']}")

if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)
print("OK")
