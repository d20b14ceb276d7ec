#!/usr/bin/env python3
"""Validate the Z117 blind set files; prints OK or the list of problems."""
import csv
import io
import json
import os
import re
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = {"EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD", "MH-ADULT", "PH",
         "SUB", "REL-PAR", "REL-CONF", "DA", "SAFE-NEG", "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"}
LEVELS = ["blue", "green", "yellow", "orange", "red"]
NHEAD = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
GHEAD = ["narrative_id", "code", "level"]
LO, HI = date(2025, 1, 1), date(2026, 12, 31)
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
    if re.search(r"(?<!\r)\n", text):
        err(f"{name}: bare LF line ending")
    if re.search(r"\r(?!\n)", text):
        err(f"{name}: bare CR")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows or rows[0] != header:
        err(f"{name}: header is {rows[0] if rows else None}")
        return []
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(header):
            err(f"{name}: line {i} has {len(r)} fields")
    return [dict(zip(header, r)) for r in rows[1:]]


narr = load("narratives.csv", NHEAD)
gold = load("gold.csv", GHEAD)

byid = {}
case_dates = {}
triage_dates = {}
notes = 0
for r in narr:
    nid = r["narrative_id"]
    if nid in byid:
        err(f"duplicate narrative_id {nid}")
    byid[nid] = r
    m = re.fullmatch(r"(Z\d{3})-([AC])-(blue|green|yellow|orange|red|note)", nid)
    if not m:
        err(f"{nid}: bad id")
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
            err(f"{nid}: note with a level")
    elif r["level"] != lv:
        err(f"{nid}: level {r['level']} does not match id")
    if r["level"] not in LEVELS + [""]:
        err(f"{nid}: bad level {r['level']}")
    try:
        d = date.fromisoformat(r["date"])
    except ValueError:
        err(f"{nid}: bad date {r['date']}")
        continue
    if not (LO <= d <= HI):
        err(f"{nid}: date out of range {d}")
    tid = r["triage_id"]
    if triage_dates.setdefault(tid, d) != d:
        err(f"{nid}: date differs within triage {tid}")
    case_dates.setdefault(cid, {})[st] = d
    if not r["narrative"].strip():
        err(f"{nid}: empty narrative")

for cid, ds in case_dates.items():
    if "A" not in ds or "C" not in ds:
        err(f"{cid}: missing assessment or closure")
    elif not ds["C"] > ds["A"]:
        err(f"{cid}: closure not after assessment")

if not (85 <= len(narr) <= 100):
    err(f"narrative count {len(narr)} outside 85-100")
if notes > 8:
    err(f"{notes} unboxed notes (> 8)")
if len({r['locality'] for r in narr}) != 4:
    err("expected four localities")

seen = set()
note_levels = {}
for g in gold:
    nid, code, lv = g["narrative_id"], g["code"], g["level"]
    if nid not in byid:
        err(f"gold row for unknown narrative {nid}")
        continue
    if code not in CODES:
        err(f"{nid}: unknown code {code}")
    if lv not in LEVELS:
        err(f"{nid}: bad gold level {lv}")
    if (nid, code) in seen:
        err(f"{nid}: duplicate code {code}")
    seen.add((nid, code))
    box = byid[nid]["level"]
    if box:
        if lv != box:
            err(f"{nid}: gold level {lv} != box level {box}")
    else:
        if note_levels.setdefault(nid, lv) != lv:
            err(f"{nid}: note has more than one gold level")

traps = json.load(open(os.path.join(HERE, "traps.json"), encoding="utf-8"))
for nid, lst in traps.items():
    if nid not in byid:
        err(f"traps.json: unknown narrative {nid}")
    for t in lst:
        if set(t) != {"type", "code", "note"}:
            err(f"traps.json: {nid} bad entry {t}")
        if t["code"] and t["code"] not in CODES:
            err(f"traps.json: {nid} unknown code {t['code']}")

if errors:
    print("\n".join(errors))
    sys.exit(1)
print(f"narratives {len(narr)} (notes {notes}), cases {len(case_dates)}, gold rows {len(gold)}")
print("OK")
