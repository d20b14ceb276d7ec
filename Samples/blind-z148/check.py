#!/usr/bin/env python3
"""Validate the Z148 blind set files; prints OK or the list of problems."""
import csv
import io
import json
import os
import re
import sys
from collections import defaultdict
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = {"EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD", "MH-ADULT", "PH", "SUB",
         "REL-PAR", "REL-CONF", "DA", "SAFE-NEG", "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"}
LEVELS = ["blue", "green", "yellow", "orange", "red"]
TRAP_TYPES = {"negated", "historical", "hypothetical", "outside", "convention", "partial", "not-coded"}
N_HEADER = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
G_HEADER = ["narrative_id", "code", "level"]
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
    if not text.endswith("\r\n"):
        err(f"{name}: does not end with CRLF")
    if re.search(r"(?<!\r)\n", text) or re.search(r"\r(?!\n)", text):
        err(f"{name}: bare LF or CR found (line endings must be CRLF)")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows or rows[0] != header:
        err(f"{name}: header is {rows[0] if rows else None}, expected {header}")
        return []
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(header):
            err(f"{name}: row {i} has {len(r)} fields")
    return [dict(zip(header, r)) for r in rows[1:] if len(r) == len(header)]


# the code set in the taxonomy, if readable, must match ours
tax = "/work/shared/taxonomy.md"
if os.path.exists(tax):
    found = set(re.findall(r"^\|\s*([A-Z]+(?:-[A-Z]+)?)\s*\|", open(tax, encoding="utf-8").read(), re.M))
    found &= {c for c in found if c not in {"code"}}
    if found and found != CODES:
        err(f"code set differs from taxonomy: {sorted(found ^ CODES)}")

narrs = read_csv("narratives.csv", N_HEADER)
gold = read_csv("gold.csv", G_HEADER)

by_id = {}
case_dates = defaultdict(lambda: {"assessment": [], "closure": []})
localities = set()
notes = 0
triage_stage = {}
for n in narrs:
    nid = n["narrative_id"]
    if nid in by_id:
        err(f"duplicate narrative_id {nid}")
    by_id[nid] = n
    m = re.fullmatch(r"(Z\d{3})-([AC])-(blue|green|yellow|orange|red|note)", nid)
    if not m:
        err(f"bad narrative_id {nid}")
        continue
    case, st, box = m.groups()
    if n["case_id"] != case or n["triage_id"] != f"{case}-{st}":
        err(f"{nid}: triage/case mismatch ({n['triage_id']}, {n['case_id']})")
    stage = {"A": "assessment", "C": "closure"}[st]
    if n["stage"] != stage:
        err(f"{nid}: stage {n['stage']} != {stage}")
    if box == "note":
        notes += 1
        if n["level"] != "":
            err(f"{nid}: unboxed note must have empty level")
    elif n["level"] != box:
        err(f"{nid}: level {n['level']} != box {box}")
    try:
        d = date.fromisoformat(n["date"])
        if not (date(2025, 1, 1) <= d <= date(2026, 12, 31)):
            err(f"{nid}: date {d} out of 2025-26")
        case_dates[case][stage].append(d)
    except ValueError:
        err(f"{nid}: bad date {n['date']!r}")
    if triage_stage.setdefault(n["triage_id"], n["date"]) != n["date"]:
        err(f"{nid}: boxes of one triage have different dates")
    if not n["narrative"].strip():
        err(f"{nid}: empty narrative")
    localities.add(n["locality"])

for case, d in case_dates.items():
    if d["closure"] and d["assessment"] and min(d["closure"]) <= max(d["assessment"]):
        err(f"{case}: closure not after assessment")
    if not d["assessment"]:
        err(f"{case}: no assessment")

if not 85 <= len(narrs) <= 100:
    err(f"{len(narrs)} narratives (want 85-100)")
if notes > 8:
    err(f"{notes} unboxed notes (max 8)")
if len(localities) != 4:
    err(f"localities: {sorted(localities)} (want 4)")
if not 30 <= len(case_dates) <= 40:
    err(f"{len(case_dates)} cases (want about 30-40)")

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
        err(f"{nid}: bad level {lvl}")
    if (nid, code) in seen:
        err(f"duplicate gold pair {nid} {code}")
    seen.add((nid, code))
    box = by_id[nid]["level"]
    if box:
        if lvl != box:
            err(f"{nid}: gold level {lvl} != box {box}")
    else:
        note_levels[nid].add(lvl)
for nid, lv in note_levels.items():
    if len(lv) != 1:
        err(f"{nid}: unboxed note has several levels {lv}")

try:
    traps = json.loads(open(os.path.join(HERE, "traps.json"), "rb").read().decode("utf-8"))
    for nid, lst in traps.items():
        if nid not in by_id:
            err(f"traps.json: unknown narrative {nid}")
        for t in lst:
            if set(t) != {"type", "code", "note"}:
                err(f"traps.json {nid}: bad keys {sorted(t)}")
            elif t["type"] not in TRAP_TYPES:
                err(f"traps.json {nid}: bad type {t['type']}")
            elif t["code"] not in CODES | {"LEVEL"}:
                err(f"traps.json {nid}: bad code {t['code']}")
            elif not t["note"].strip():
                err(f"traps.json {nid}: empty note")
except (ValueError, OSError) as e:
    err(f"traps.json unreadable: {e}")

if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")
