#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv and traps.json of this blind set; print OK or the problems."""
import csv
import io
import json
import os
import re
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = {"EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD", "MH-ADULT", "PH", "SUB",
         "REL-PAR", "REL-CONF", "DA", "SAFE-NEG", "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"}
LEVELS = ["blue", "green", "yellow", "orange", "red"]
N_HEADER = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
G_HEADER = ["narrative_id", "code", "level"]
D_MIN, D_MAX = date(2025, 1, 1), date(2026, 12, 31)
ID_RE = re.compile(r"^(Z\d{3})-([AC])-(blue|green|yellow|orange|red|note)$")
TRAP_TYPES = {"negated", "historical", "hypothetical", "outside", "convention", "partial", "not-coded"}

errors = []


def err(msg):
    errors.append(msg)


def read(name):
    raw = open(os.path.join(HERE, name), "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err(f"{name}: has a BOM")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{name}: not UTF-8 ({e})")
        text = raw.decode("utf-8", "replace")
    # every line ending must be CRLF: no bare LF or CR anywhere (narratives are single-line)
    if text.replace("\r\n", "").count("\n") or text.replace("\r\n", "").count("\r"):
        err(f"{name}: bare LF or CR found (line endings must be CRLF)")
    if not text.endswith("\r\n"):
        err(f"{name}: does not end with CRLF")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    return rows


nrows = read("narratives.csv")
grows = read("gold.csv")

if nrows[0] != N_HEADER:
    err(f"narratives.csv header {nrows[0]}")
if grows[0] != G_HEADER:
    err(f"gold.csv header {grows[0]}")

narr = {}
case_dates = {}
notes = 0
for i, r in enumerate(nrows[1:], 2):
    if len(r) != len(N_HEADER):
        err(f"narratives.csv line {i}: {len(r)} fields")
        continue
    d = dict(zip(N_HEADER, r))
    nid = d["narrative_id"]
    if nid in narr:
        err(f"duplicate narrative_id {nid}")
    narr[nid] = d
    m = ID_RE.match(nid)
    if not m:
        err(f"bad id {nid}")
        continue
    cid, st, box = m.groups()
    if d["triage_id"] != f"{cid}-{st}":
        err(f"{nid}: triage_id {d['triage_id']}")
    if d["case_id"] != cid:
        err(f"{nid}: case_id {d['case_id']}")
    if d["stage"] != {"A": "assessment", "C": "closure"}[st]:
        err(f"{nid}: stage {d['stage']}")
    if box == "note":
        notes += 1
        if d["level"] != "":
            err(f"{nid}: unboxed note with level {d['level']}")
    elif d["level"] != box:
        err(f"{nid}: level {d['level']} != box {box}")
    try:
        dt = date.fromisoformat(d["date"])
        if not (D_MIN <= dt <= D_MAX):
            err(f"{nid}: date {dt} out of range")
        case_dates.setdefault(cid, {}).setdefault(d["stage"], set()).add(dt)
    except ValueError:
        err(f"{nid}: bad date {d['date']}")
    if not d["locality"]:
        err(f"{nid}: no locality")
    if not d["narrative"].strip():
        err(f"{nid}: empty narrative")

for cid, st in case_dates.items():
    if "assessment" not in st or "closure" not in st:
        err(f"{cid}: lacks an assessment or closure triage")
        continue
    if len(st["assessment"]) != 1 or len(st["closure"]) != 1:
        err(f"{cid}: more than one date per triage")
    if min(st["closure"]) <= max(st["assessment"]):
        err(f"{cid}: closure not after assessment")

if not 85 <= len(narr) <= 100:
    err(f"{len(narr)} narratives, expected 85-100")
if notes > 8:
    err(f"{notes} unboxed notes, expected <= 8")

seen = set()
note_levels = {}
for i, r in enumerate(grows[1:], 2):
    if len(r) != 3:
        err(f"gold.csv line {i}: {len(r)} fields")
        continue
    nid, code, level = r
    if nid not in narr:
        err(f"gold.csv line {i}: unknown narrative {nid}")
        continue
    if code not in CODES:
        err(f"gold.csv line {i}: unknown code {code}")
    if level not in LEVELS:
        err(f"gold.csv line {i}: bad level {level}")
    if (nid, code) in seen:
        err(f"gold.csv line {i}: duplicate {nid} {code}")
    seen.add((nid, code))
    box = narr[nid]["level"]
    if box:
        if level != box:
            err(f"gold.csv line {i}: level {level} != box {box}")
    else:
        note_levels.setdefault(nid, set()).add(level)
for nid, lv in note_levels.items():
    if len(lv) != 1:
        err(f"{nid}: unboxed note with several gold levels {lv}")

traps = json.load(open(os.path.join(HERE, "traps.json"), encoding="utf-8"))
for nid, lst in traps.items():
    if nid not in narr:
        err(f"traps.json: unknown narrative {nid}")
    for t in lst:
        if set(t) != {"type", "code", "note"}:
            err(f"traps.json {nid}: keys {sorted(t)}")
        if t.get("type") not in TRAP_TYPES:
            err(f"traps.json {nid}: type {t.get('type')}")
        if t.get("code") and t["code"] not in CODES:
            err(f"traps.json {nid}: code {t['code']}")

if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")
