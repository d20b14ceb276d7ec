#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv and traps.json; print OK or the errors."""
import csv
import io
import json
import os
import re
import sys
from collections import defaultdict
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
LEVELS = ["blue", "green", "yellow", "orange", "red"]
CODES = {"EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD",
         "MH-ADULT", "PH", "SUB", "REL-PAR", "REL-CONF", "DA", "SAFE-NEG",
         "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"}
NARR_HEADER = ["narrative_id", "triage_id", "case_id", "stage", "date", "level",
               "locality", "narrative"]
GOLD_HEADER = ["narrative_id", "code", "level"]
TRAP_TYPES = {"negated", "historical", "hypothetical", "outside", "convention",
              "partial", "not-coded"}
LO, HI = date(2025, 1, 1), date(2026, 12, 31)
errors = []


def err(msg):
    errors.append(msg)


def read_bytes(name):
    with open(os.path.join(HERE, name), "rb") as f:
        return f.read()


def check_encoding(name, data, crlf=True):
    if data.startswith(b"\xef\xbb\xbf"):
        err(f"{name}: has a UTF-8 BOM")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{name}: not UTF-8 ({e})")
        return ""
    if crlf:
        if not data.endswith(b"\r\n"):
            err(f"{name}: does not end with CRLF")
        if re.search(rb"(?<!\r)\n", data) or re.search(rb"\r(?!\n)", data):
            err(f"{name}: has a line ending that is not CRLF")
    return text


def rows(name, text, header):
    r = list(csv.reader(io.StringIO(text, newline="")))
    if not r or r[0] != header:
        err(f"{name}: header is {r[0] if r else None}, expected {header}")
        return []
    out = []
    for i, row in enumerate(r[1:], 2):
        if len(row) != len(header):
            err(f"{name} line {i}: {len(row)} fields")
            continue
        out.append(dict(zip(header, row)))
    return out


# taxonomy cross-check: the code set above must equal the taxonomy's table
tax = "/work/shared/taxonomy.md"
if os.path.exists(tax):
    with open(tax, encoding="utf-8") as f:
        tcodes = set(re.findall(r"^\| ([A-Z][A-Z-]*[A-Z]) +\|", f.read(), re.M))
    tcodes.discard("CODE")
    if tcodes and tcodes != CODES:
        err(f"code set differs from taxonomy: {sorted(tcodes ^ CODES)}")

narr = rows("narratives.csv", check_encoding("narratives.csv", read_bytes("narratives.csv")), NARR_HEADER)
gold = rows("gold.csv", check_encoding("gold.csv", read_bytes("gold.csv")), GOLD_HEADER)
traps = json.loads(check_encoding("traps.json", read_bytes("traps.json"), crlf=False) or "{}")

# ---- narratives
by_id = {}
triage_dates = {}
case_stage_dates = defaultdict(dict)
case_boxed_stages = defaultdict(set)
notes = 0
for n in narr:
    nid = n["narrative_id"]
    if nid in by_id:
        err(f"duplicate narrative_id {nid}")
    by_id[nid] = n
    m = re.fullmatch(r"(Z\d{3})-([AC])-(blue|green|yellow|orange|red|note)", nid)
    if not m:
        err(f"{nid}: bad id")
        continue
    case, st, box = m.groups()
    if n["case_id"] != case:
        err(f"{nid}: case_id {n['case_id']}")
    if n["triage_id"] != f"{case}-{st}":
        err(f"{nid}: triage_id {n['triage_id']}")
    if n["stage"] != {"A": "assessment", "C": "closure"}[st]:
        err(f"{nid}: stage {n['stage']}")
    if box == "note":
        notes += 1
        if n["level"] != "":
            err(f"{nid}: unboxed note with level {n['level']}")
    else:
        if n["level"] != box:
            err(f"{nid}: level {n['level']} does not match id")
        case_boxed_stages[case].add(n["stage"])
    if not n["narrative"].strip():
        err(f"{nid}: empty narrative")
    if not n["locality"].strip():
        err(f"{nid}: empty locality")
    try:
        d = date.fromisoformat(n["date"])
    except ValueError:
        err(f"{nid}: bad date {n['date']}")
        continue
    if not (LO <= d <= HI):
        err(f"{nid}: date {d} outside 2025-26")
    t = n["triage_id"]
    if triage_dates.setdefault(t, d) != d:
        err(f"{nid}: date differs within triage {t}")
    case_stage_dates[case][n["stage"]] = d

for case, sd in case_stage_dates.items():
    if set(sd) != {"assessment", "closure"}:
        err(f"{case}: missing a stage")
    elif not sd["closure"] > sd["assessment"]:
        err(f"{case}: closure not after assessment")
    if case_boxed_stages[case] != {"assessment", "closure"}:
        err(f"{case}: needs boxed narratives at both stages")

if not (85 <= len(narr) <= 100):
    err(f"{len(narr)} narratives, expected 85-100")
if notes > 8:
    err(f"{notes} unboxed notes, at most 8")
if len({n['locality'] for n in narr}) != 4:
    err("expected four localities")

# ---- gold
seen = set()
note_levels = defaultdict(set)
for g in gold:
    nid, code, level = g["narrative_id"], g["code"], g["level"]
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
    box = by_id[nid]["level"]
    if box:
        if level != box:
            err(f"gold: {nid} {code} level {level} != box {box}")
    else:
        note_levels[nid].add(level)
for nid, ls in note_levels.items():
    if len(ls) != 1:
        err(f"gold: unboxed {nid} has several levels {sorted(ls)}")

# ---- traps
if not isinstance(traps, dict):
    err("traps.json is not an object")
else:
    for nid, lst in traps.items():
        if nid not in by_id:
            err(f"traps: {nid} not in narratives")
        for t in lst:
            if set(t) != {"type", "code", "note"}:
                err(f"traps: {nid} bad keys {sorted(t)}")
                continue
            if t["type"] not in TRAP_TYPES:
                err(f"traps: {nid} bad type {t['type']}")
            if t["code"] and t["code"] not in CODES:
                err(f"traps: {nid} bad code {t['code']}")
            if not t["note"].strip():
                err(f"traps: {nid} empty note")

# a trap that says a code is NOT present must not contradict the gold rows
    for nid, lst in traps.items():
        for t in lst:
            if t.get("type") in {"negated", "historical", "hypothetical", "outside", "not-coded"} \
                    and (nid, t.get("code")) in seen:
                err(f"traps: {nid} says {t['code']} is {t['type']} but it is in gold")

if errors:
    print("\n".join(errors))
    print(f"FAILED: {len(errors)} problem(s)")
    sys.exit(1)
print("OK")
