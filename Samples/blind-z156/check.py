#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv and traps.json; print OK or the problems."""
import csv
import io
import json
import os
import re
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = {"EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD",
         "MH-ADULT", "PH", "SUB", "REL-PAR", "REL-CONF", "DA", "SAFE-NEG",
         "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"}
LEVELS = ["blue", "green", "yellow", "orange", "red"]
N_HEADER = ["narrative_id", "triage_id", "case_id", "stage", "date", "level",
            "locality", "narrative"]
G_HEADER = ["narrative_id", "code", "level"]
ID_RE = re.compile(r"^(Z\d{3})-([AC])-(blue|green|yellow|orange|red|note)$")
LO, HI = date(2025, 1, 1), date(2026, 12, 31)
errors = []


def err(msg):
    errors.append(msg)


def read_raw(name):
    path = os.path.join(HERE, name)
    with open(path, "rb") as f:
        raw = f.read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err(f"{name}: has a BOM")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{name}: not UTF-8 ({e})")
        text = raw.decode("utf-8", "replace")
    if b"\n" in raw.replace(b"\r\n", b""):
        err(f"{name}: bare LF line ending")
    if b"\r" in raw.replace(b"\r\n", b""):
        err(f"{name}: bare CR")
    if not raw.endswith(b"\r\n"):
        err(f"{name}: does not end with CRLF")
    return text


def read_csv(name, header):
    text = read_raw(name)
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows or rows[0] != header:
        err(f"{name}: header {rows[0] if rows else None} != {header}")
        return []
    out = []
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(header):
            err(f"{name}:{i}: {len(r)} fields")
            continue
        out.append(dict(zip(header, r)))
    return out


narr = read_csv("narratives.csv", N_HEADER)
gold = read_csv("gold.csv", G_HEADER)

by_id = {}
case_dates = {}
notes = 0
for r in narr:
    nid = r["narrative_id"]
    if nid in by_id:
        err(f"duplicate narrative_id {nid}")
    by_id[nid] = r
    m = ID_RE.match(nid)
    if not m:
        err(f"bad id {nid}")
        continue
    case_id, st, box = m.groups()
    if r["case_id"] != case_id:
        err(f"{nid}: case_id {r['case_id']}")
    if r["triage_id"] != f"{case_id}-{st}":
        err(f"{nid}: triage_id {r['triage_id']}")
    stage = "assessment" if st == "A" else "closure"
    if r["stage"] != stage:
        err(f"{nid}: stage {r['stage']}")
    if box == "note":
        notes += 1
        if r["level"] != "":
            err(f"{nid}: note with level {r['level']}")
    elif r["level"] != box:
        err(f"{nid}: level {r['level']} != id box {box}")
    if r["level"] and r["level"] not in LEVELS:
        err(f"{nid}: level {r['level']}")
    try:
        d = date.fromisoformat(r["date"])
        if not (LO <= d <= HI):
            err(f"{nid}: date {d} out of 2025-26")
        case_dates.setdefault(case_id, {}).setdefault(stage, set()).add(d)
    except ValueError:
        err(f"{nid}: bad date {r['date']}")
    if not r["narrative"].strip():
        err(f"{nid}: empty narrative")
    if not r["locality"]:
        err(f"{nid}: empty locality")

if not 85 <= len(narr) <= 100:
    err(f"{len(narr)} narratives, expected 85-100")
if notes > 8:
    err(f"{notes} unboxed notes (> 8)")
locs = {r["locality"] for r in narr}
if len(locs) != 4:
    err(f"{len(locs)} localities, expected 4")

for case_id, st in case_dates.items():
    if set(st) != {"assessment", "closure"}:
        err(f"{case_id}: stages {sorted(st)}")
        continue
    for s, ds in st.items():
        if len(ds) != 1:
            err(f"{case_id} {s}: several dates {sorted(ds)}")
    if max(st["assessment"]) >= min(st["closure"]):
        err(f"{case_id}: closure not after assessment")

seen = set()
note_levels = {}
for g in gold:
    nid, code, level = g["narrative_id"], g["code"], g["level"]
    if nid not in by_id:
        err(f"gold row for unknown narrative {nid}")
        continue
    if code not in CODES:
        err(f"{nid}: unknown code {code}")
    if level not in LEVELS:
        err(f"{nid}: bad gold level {level}")
    if (nid, code) in seen:
        err(f"duplicate gold pair {nid} {code}")
    seen.add((nid, code))
    box = by_id[nid]["level"]
    if box:
        if level != box:
            err(f"{nid}: gold level {level} != box {box}")
    else:
        note_levels.setdefault(nid, set()).add(level)
for nid, ls in note_levels.items():
    if len(ls) != 1:
        err(f"{nid}: unboxed note has several levels {sorted(ls)}")

try:
    traps = json.loads(read_raw("traps.json"))
    for nid, items in traps.items():
        if nid not in by_id:
            err(f"traps.json: unknown narrative {nid}")
        for t in items:
            if set(t) != {"type", "code", "note"}:
                err(f"traps.json {nid}: keys {sorted(t)}")
            if t.get("code") and t["code"] not in CODES:
                err(f"traps.json {nid}: unknown code {t['code']}")
            if not t.get("note"):
                err(f"traps.json {nid}: empty note")
except (ValueError, OSError) as e:
    err(f"traps.json: {e}")

if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)
print("OK")
