#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv and traps.json; prints OK at the end."""
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
NHEAD = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
GHEAD = ["narrative_id", "code", "level"]
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
            err(f"{name}: line {i} has {len(r)} fields")
    return [dict(zip(header, r)) for r in rows[1:]]


narr = load("narratives.csv", NHEAD)
gold = load("gold.csv", GHEAD)

byid = {}
for r in narr:
    nid = r["narrative_id"]
    if nid in byid:
        err(f"duplicate narrative_id {nid}")
    byid[nid] = r
    if r["stage"] not in ("assessment", "closure"):
        err(f"{nid}: bad stage {r['stage']}")
    if not re.fullmatch(r"202[56]-\d\d-\d\d", r["date"]):
        err(f"{nid}: date {r['date']} not in 2025-2026")
    if not r["narrative"].strip():
        err(f"{nid}: empty narrative")
    m = re.fullmatch(r"([A-Z]\d{4})-([AC])-(blue|green|yellow|orange|red)", nid)
    if r["level"]:
        if r["level"] not in LEVELS:
            err(f"{nid}: bad box level {r['level']}")
        if not m:
            err(f"{nid}: boxed id not <CASE>-A|C-<level>")
        else:
            if m.group(3) != r["level"]:
                err(f"{nid}: id level differs from box level")
            if r["triage_id"] != f"{m.group(1)}-{m.group(2)}" or r["case_id"] != m.group(1):
                err(f"{nid}: triage_id/case_id inconsistent")
            if {"A": "assessment", "C": "closure"}[m.group(2)] != r["stage"]:
                err(f"{nid}: stage inconsistent with id")
    else:
        if m:
            err(f"{nid}: unboxed note has a boxed-style id")
        if r["triage_id"] != nid or r["case_id"] != nid:
            err(f"{nid}: unboxed triage_id/case_id should equal narrative_id")

# one date and one stage per triage
tri = {}
for r in narr:
    key = r["triage_id"]
    val = (r["date"], r["stage"], r["locality"])
    if tri.setdefault(key, val) != val:
        err(f"{key}: inconsistent date/stage/locality across boxes")

locs = {r["locality"] for r in narr}
if len(locs) != 4:
    err(f"expected 4 localities, got {sorted(locs)}")

seen = set()
unboxed_levels = {}
for g in gold:
    nid, code, lev = g["narrative_id"], g["code"], g["level"]
    if nid not in byid:
        err(f"gold row for unknown narrative {nid}")
        continue
    if code not in CODES:
        err(f"{nid}: unknown code {code}")
    if lev not in LEVELS:
        err(f"{nid}: bad gold level {lev}")
    if (nid, code) in seen:
        err(f"{nid}: duplicate code {code}")
    seen.add((nid, code))
    box = byid[nid]["level"]
    if box and lev != box:
        err(f"{nid}: gold level {lev} differs from box level {box}")
    if not box:
        if unboxed_levels.setdefault(nid, lev) != lev:
            err(f"{nid}: unboxed note has more than one gold level")

traps = json.load(open(os.path.join(HERE, "traps.json"), encoding="utf-8"))
if set(traps) != set(byid):
    err("traps.json keys differ from narratives")
for nid, t in traps.items():
    gcodes = sorted(c for (n, c) in seen if n == nid)
    if sorted(t["gold"]) != gcodes:
        err(f"{nid}: traps.json gold differs from gold.csv")

n = len(narr)
if not 85 <= n <= 100:
    err(f"{n} narratives, expected 85-100")

if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)
print(f"{n} narratives, {len(gold)} gold rows, {len({r['case_id'] for r in narr if r['level']})} cases, "
      f"{sum(1 for r in narr if not r['level'])} unboxed notes")
print("OK")
