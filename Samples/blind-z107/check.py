#!/usr/bin/env python3
"""Validate the z107 blind set; prints OK or the list of problems."""
import csv
import io
import json
import os
import re
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = {"EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD", "MH-ADULT",
         "PH", "SUB", "REL-PAR", "REL-CONF", "DA", "SAFE-NEG", "SAFE-EXP", "CRIME",
         "HOUS", "FIN", "CARER"}
LEVELS = ["blue", "green", "yellow", "orange", "red"]
NHEAD = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality",
         "narrative"]
GHEAD = ["narrative_id", "code", "level"]
errors = []


def err(msg):
    errors.append(msg)


def load(name, header):
    path = os.path.join(HERE, name)
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err(f"{name}: has a BOM")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{name}: not UTF-8 ({e})")
        return []
    if not text.endswith("\r\n"):
        err(f"{name}: does not end with CRLF")
    if re.search(r"(?<!\r)\n", text):
        err(f"{name}: bare LF line ending")
    if re.search(r"\r(?!\n)", text):
        err(f"{name}: bare CR")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows or rows[0] != header:
        err(f"{name}: header is {rows[0] if rows else None}, expected {header}")
        return []
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(header):
            err(f"{name}: line {i} has {len(r)} fields")
    return [dict(zip(header, r)) for r in rows[1:] if len(r) == len(header)]


narr = load("narratives.csv", NHEAD)
gold = load("gold.csv", GHEAD)

by_id = {}
triage_dates = defaultdict(set)
case_dates = defaultdict(lambda: {"assessment": set(), "closure": set()})
notes = 0
for r in narr:
    nid = r["narrative_id"]
    if nid in by_id:
        err(f"duplicate narrative_id {nid}")
    by_id[nid] = r
    m = re.fullmatch(r"(Z\d{3})-([AC])-(blue|green|yellow|orange|red|note)", nid)
    if not m:
        err(f"bad narrative_id {nid}")
        continue
    cid, st, lv = m.groups()
    if r["case_id"] != cid:
        err(f"{nid}: case_id {r['case_id']}")
    if r["triage_id"] != f"{cid}-{st}":
        err(f"{nid}: triage_id {r['triage_id']}")
    if r["stage"] != {"A": "assessment", "C": "closure"}[st]:
        err(f"{nid}: stage {r['stage']}")
    if lv == "note":
        notes += 1
        if r["level"] != "":
            err(f"{nid}: unboxed note with level {r['level']}")
    elif r["level"] != lv:
        err(f"{nid}: level column {r['level']} != id level {lv}")
    if not re.fullmatch(r"202[56]-\d\d-\d\d", r["date"]):
        err(f"{nid}: date {r['date']} outside 2025-26 or not ISO")
    else:
        import datetime
        try:
            datetime.date.fromisoformat(r["date"])
        except ValueError:
            err(f"{nid}: invalid date {r['date']}")
    triage_dates[r["triage_id"]].add(r["date"])
    case_dates[cid][r["stage"]].add(r["date"])
    if not r["narrative"].strip():
        err(f"{nid}: empty narrative")
    if not r["locality"]:
        err(f"{nid}: no locality")

for t, ds in triage_dates.items():
    if len(ds) != 1:
        err(f"triage {t} has several dates {ds}")
for c, d in case_dates.items():
    if not d["assessment"] or not d["closure"]:
        err(f"case {c} lacks an assessment or closure triage")
    elif max(d["assessment"]) >= min(d["closure"]):
        err(f"case {c}: closure not after assessment")
if notes > 8:
    err(f"{notes} unboxed notes (> 8)")
if not 85 <= len(narr) <= 100:
    err(f"{len(narr)} narratives, expected 85-100")
if len({r['locality'] for r in narr}) != 4:
    err("expected four localities")

seen = set()
note_levels = defaultdict(set)
for g in gold:
    nid, code, lv = g["narrative_id"], g["code"], g["level"]
    if nid not in by_id:
        err(f"gold row for unknown narrative {nid}")
        continue
    if code not in CODES:
        err(f"{nid}: unknown code {code}")
    if lv not in LEVELS:
        err(f"{nid}: unknown level {lv}")
    if (nid, code) in seen:
        err(f"duplicate gold pair {nid} {code}")
    seen.add((nid, code))
    box = by_id[nid]["level"]
    if box:
        if lv != box:
            err(f"{nid}: gold level {lv} != box level {box}")
    else:
        note_levels[nid].add(lv)
for nid, lvs in note_levels.items():
    if len(lvs) != 1:
        err(f"{nid}: unboxed note has several gold levels {lvs}")

# traps.json
tp = os.path.join(HERE, "traps.json")
raw = open(tp, "rb").read()
if raw.startswith(b"\xef\xbb\xbf"):
    err("traps.json: has a BOM")
try:
    traps = json.loads(raw.decode("utf-8"))
    for nid, lst in traps.items():
        if nid not in by_id:
            err(f"traps.json: unknown narrative {nid}")
        for t in lst:
            if set(t) != {"type", "code", "note"}:
                err(f"traps.json: {nid} bad entry {t}")
            elif t["code"] not in CODES and t["code"] != "(level)":
                err(f"traps.json: {nid} unknown code {t['code']}")
except ValueError as e:
    err(f"traps.json: invalid JSON ({e})")

if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")
