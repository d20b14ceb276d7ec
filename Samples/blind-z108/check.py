#!/usr/bin/env python3
"""Validate the z108 blind set (narratives.csv, gold.csv, traps.json). Prints OK or the problems."""
import csv
import io
import json
import os
import re
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = {"EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD", "MH-ADULT", "PH", "SUB",
         "REL-PAR", "REL-CONF", "DA", "SAFE-NEG", "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"}
LEVELS = ["blue", "green", "yellow", "orange", "red"]
NARR_HEADER = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
GOLD_HEADER = ["narrative_id", "code", "level"]
NOT_GOLD_TRAPS = {"negated", "historical", "hypothetical", "outside", "not-coded"}
TRAP_TYPES = NOT_GOLD_TRAPS | {"convention", "partial"}
errors = []


def err(msg):
    errors.append(msg)


def read_bytes(name):
    with open(os.path.join(HERE, name), "rb") as f:
        return f.read()


def check_encoding(name, data):
    if data.startswith(b"\xef\xbb\xbf"):
        err(f"{name}: has a UTF-8 BOM")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{name}: not UTF-8 ({e})")
        return ""
    if not text.endswith("\r\n"):
        err(f"{name}: does not end with CRLF")
    if re.search(r"(?<!\r)\n", text):
        err(f"{name}: bare LF line ending found")
    if re.search(r"\r(?!\n)", text):
        err(f"{name}: bare CR found")
    return text


def read_csv(name, header):
    text = check_encoding(name, read_bytes(name))
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows or rows[0] != header:
        err(f"{name}: header is {rows[0] if rows else None}, expected {header}")
        return []
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(header):
            err(f"{name} line {i}: {len(r)} fields")
    return [dict(zip(header, r)) for r in rows[1:] if len(r) == len(header)]


narr = read_csv("narratives.csv", NARR_HEADER)
gold = read_csv("gold.csv", GOLD_HEADER)

# ---- narratives
ids = {}
case_dates = defaultdict(lambda: {"assessment": set(), "closure": set()})
case_boxed = defaultdict(set)
triage_dates = defaultdict(set)
localities = set()
notes = 0
for r in narr:
    nid = r["narrative_id"]
    if nid in ids:
        err(f"duplicate narrative_id {nid}")
    ids[nid] = r
    m = re.fullmatch(r"(Z\d{3})-([AC])-(blue|green|yellow|orange|red|note)", nid)
    if not m:
        err(f"{nid}: bad id")
        continue
    cid, st, box = m.groups()
    if r["case_id"] != cid:
        err(f"{nid}: case_id {r['case_id']}")
    if r["triage_id"] != f"{cid}-{st}":
        err(f"{nid}: triage_id {r['triage_id']}")
    if r["stage"] != {"A": "assessment", "C": "closure"}[st]:
        err(f"{nid}: stage {r['stage']}")
    if box == "note":
        notes += 1
        if r["level"] != "":
            err(f"{nid}: unboxed note must have empty level")
    else:
        if r["level"] != box:
            err(f"{nid}: level {r['level']} != box {box}")
        case_boxed[cid].add(r["stage"])
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["date"]) or not ("2025-01-01" <= r["date"] <= "2026-12-31"):
        err(f"{nid}: date {r['date']} out of range")
    case_dates[cid][r["stage"]].add(r["date"])
    triage_dates[r["triage_id"]].add(r["date"])
    localities.add(r["locality"])
    if not r["narrative"].strip():
        err(f"{nid}: empty narrative")
    if "\n" in r["narrative"] or "\r" in r["narrative"]:
        err(f"{nid}: line break inside narrative")

for t, ds in triage_dates.items():
    if len(ds) != 1:
        err(f"triage {t}: several dates {sorted(ds)}")
for cid, d in case_dates.items():
    if not d["assessment"] or not d["closure"]:
        err(f"case {cid}: missing a stage")
    elif max(d["assessment"]) >= min(d["closure"]):
        err(f"case {cid}: closure not after assessment")
    if case_boxed[cid] != {"assessment", "closure"}:
        err(f"case {cid}: needs boxed narratives at both stages")
if not 85 <= len(narr) <= 100:
    err(f"{len(narr)} narratives, expected 85-100")
if not 30 <= len(case_dates) <= 40:
    err(f"{len(case_dates)} cases, expected 30-40")
if notes > 8:
    err(f"{notes} unboxed notes, max 8")
if len(localities) != 4:
    err(f"{len(localities)} localities, expected 4")

# ---- gold
seen = set()
note_levels = defaultdict(set)
gold_codes = defaultdict(set)
for g in gold:
    nid, code, lev = g["narrative_id"], g["code"], g["level"]
    if nid not in ids:
        err(f"gold: unknown narrative {nid}")
        continue
    if code not in CODES:
        err(f"gold: {nid} bad code {code}")
    if lev not in LEVELS:
        err(f"gold: {nid} bad level {lev}")
    if (nid, code) in seen:
        err(f"gold: duplicate {nid} {code}")
    seen.add((nid, code))
    gold_codes[nid].add(code)
    box = ids[nid]["level"]
    if box:
        if lev != box:
            err(f"gold: {nid} {code} level {lev} != box {box}")
    else:
        note_levels[nid].add(lev)
for nid, levs in note_levels.items():
    if len(levs) != 1:
        err(f"gold: note {nid} has several levels {levs}")

# ---- traps
traps = json.loads(check_encoding("traps.json", read_bytes("traps.json")) or "{}")
for nid, lst in traps.items():
    if nid not in ids:
        err(f"traps: unknown narrative {nid}")
        continue
    for t in lst:
        if set(t) != {"type", "code", "note"}:
            err(f"traps: {nid} bad keys {sorted(t)}")
            continue
        if t["type"] not in TRAP_TYPES:
            err(f"traps: {nid} bad type {t['type']}")
        if t["code"] not in CODES:
            err(f"traps: {nid} bad code {t['code']}")
        if t["type"] in NOT_GOLD_TRAPS and t["code"] in gold_codes[nid]:
            err(f"traps: {nid} says {t['code']} is {t['type']} but it is in gold")

if errors:
    print("\n".join(errors))
    print(f"FAILED: {len(errors)} problem(s)")
    sys.exit(1)
print("OK")
