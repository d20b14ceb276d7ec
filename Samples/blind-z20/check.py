#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv and traps.json of this gold set; prints OK at the end."""
import csv
import io
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = {"EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD", "MH-ADULT", "PH",
         "SUB", "REL-PAR", "REL-CONF", "DA", "SAFE-NEG", "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"}
LEVELS = {"blue", "green", "yellow", "orange", "red"}
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
    if not text.endswith("\r\n"):
        err(f"{name}: does not end with CRLF")
    if re.search(r"(?<!\r)\n", text) or re.search(r"\r(?!\n)", text):
        err(f"{name}: line endings are not all CRLF")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows or rows[0] != header:
        err(f"{name}: header is {rows[0] if rows else None}, expected {header}")
        return []
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(header):
            err(f"{name} line {i}: {len(r)} fields")
    return [dict(zip(header, r)) for r in rows[1:]]


narr = load("narratives.csv", NHEAD)
gold = load("gold.csv", GHEAD)

by_id = {}
for r in narr:
    nid = r["narrative_id"]
    if nid in by_id:
        err(f"duplicate narrative_id {nid}")
    by_id[nid] = r
    if r["stage"] not in ("assessment", "closure"):
        err(f"{nid}: stage {r['stage']}")
    if not re.fullmatch(r"202[56]-\d\d-\d\d", r["date"]):
        err(f"{nid}: date {r['date']}")
    if not r["narrative"].strip():
        err(f"{nid}: empty narrative")
    if r["level"]:
        if r["level"] not in LEVELS:
            err(f"{nid}: box level {r['level']}")
        m = re.fullmatch(r"([A-Z]\d{3})-([AC])-(blue|green|yellow|orange|red)", nid)
        if not m:
            err(f"{nid}: boxed id format")
        else:
            if r["case_id"] != m.group(1) or r["triage_id"] != f"{m.group(1)}-{m.group(2)}" \
                    or r["level"] != m.group(3):
                err(f"{nid}: case/triage/level do not match the id")
            if r["stage"] != {"A": "assessment", "C": "closure"}[m.group(2)]:
                err(f"{nid}: stage does not match the id")
    else:
        if r["triage_id"] != nid:
            err(f"{nid}: unboxed note's triage_id should equal its narrative_id")

# one date, one locality and one stage per triage
tri = {}
for r in narr:
    key = (r["date"], r["locality"], r["stage"], r["case_id"])
    if tri.setdefault(r["triage_id"], key) != key:
        err(f"{r['triage_id']}: inconsistent date/locality/stage across its boxes")

seen = set()
for g in gold:
    nid, code, lev = g["narrative_id"], g["code"], g["level"]
    if nid not in by_id:
        err(f"gold row for unknown narrative {nid}")
        continue
    if code not in CODES:
        err(f"{nid}: unknown code {code}")
    if lev not in LEVELS:
        err(f"{nid}: unknown level {lev}")
    if (nid, code) in seen:
        err(f"duplicate gold row ({nid}, {code})")
    seen.add((nid, code))
    box = by_id[nid]["level"]
    if box and lev != box:
        err(f"{nid}: gold level {lev} differs from its box level {box}")

# an unboxed narrative has one level for all its codes
lv = {}
for g in gold:
    if g["narrative_id"] in by_id and not by_id[g["narrative_id"]]["level"]:
        lv.setdefault(g["narrative_id"], set()).add(g["level"])
for nid, s in lv.items():
    if len(s) != 1:
        err(f"{nid}: unboxed note has several gold levels {s}")

# traps.json agrees with gold.csv
tpath = os.path.join(HERE, "traps.json")
traps = json.loads(open(tpath, encoding="utf-8").read())
if set(traps) != set(by_id):
    err("traps.json narrative ids differ from narratives.csv")
for nid, t in traps.items():
    gcodes = {c for (n, c) in seen if n == nid}
    if set(t["codes"]) != gcodes:
        err(f"{nid}: traps.json codes {t['codes']} differ from gold {sorted(gcodes)}")

n = len(narr)
if not 85 <= n <= 100:
    err(f"{n} narratives, expected 85-100")

if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)
print(f"{n} narratives, {len(gold)} gold rows, {len({r['triage_id'] for r in narr})} triages")
print("OK")
