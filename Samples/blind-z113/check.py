#!/usr/bin/env python3
"""Validate the Z113 blind set files. Prints OK or a list of problems (exit 1)."""
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
NARR_HEADER = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
GOLD_HEADER = ["narrative_id", "code", "level"]
TRAP_TYPES = {"negated", "historical", "hypothetical", "outside", "convention", "partial", "not-coded"}
LO, HI = date(2025, 1, 1), date(2026, 12, 31)

errors = []


def err(msg):
    errors.append(msg)


def read_bytes(name):
    path = os.path.join(HERE, name)
    if not os.path.exists(path):
        err(f"{name}: missing")
        return None
    return open(path, "rb").read()


def check_encoding(name, raw):
    if raw.startswith(b"\xef\xbb\xbf"):
        err(f"{name}: has a UTF-8 BOM")
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{name}: not UTF-8 ({e})")
    if b"\r\n" not in raw:
        err(f"{name}: no CRLF line endings")
    if re.search(rb"(?<!\r)\n", raw):
        err(f"{name}: bare LF line ending found")
    if re.search(rb"\r(?!\n)", raw):
        err(f"{name}: bare CR found")
    if not raw.endswith(b"\r\n"):
        err(f"{name}: does not end with CRLF")


def read_csv(name, header):
    raw = read_bytes(name)
    if raw is None:
        return []
    check_encoding(name, raw)
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8", "replace"), newline="")))
    if not rows or rows[0] != header:
        err(f"{name}: header is {rows[0] if rows else None}, expected {header}")
        return []
    for i, r in enumerate(rows[1:], start=2):
        if len(r) != len(header):
            err(f"{name} line {i}: {len(r)} fields, expected {len(header)}")
    return [r for r in rows[1:] if len(r) == len(header)]


narr = read_csv("narratives.csv", NARR_HEADER)
gold = read_csv("gold.csv", GOLD_HEADER)

# --- narratives
ids = {}
case_dates = {}
notes = 0
for r in narr:
    nid, tid, cid, stage, d, level, loc, text = r
    if nid in ids:
        err(f"duplicate narrative_id {nid}")
    ids[nid] = r
    if not re.fullmatch(r"Z\d{3}", cid):
        err(f"{nid}: bad case_id {cid}")
    st = {"assessment": "A", "closure": "C"}.get(stage)
    if st is None:
        err(f"{nid}: bad stage {stage}")
        continue
    if tid != f"{cid}-{st}":
        err(f"{nid}: triage_id {tid} inconsistent with case {cid} / stage {stage}")
    if level == "":
        notes += 1
        if nid != f"{tid}-note":
            err(f"{nid}: unboxed note id should be {tid}-note")
    else:
        if level not in LEVELS:
            err(f"{nid}: bad level {level}")
        if nid != f"{tid}-{level}":
            err(f"{nid}: id should be {tid}-{level}")
    try:
        dd = date.fromisoformat(d)
        if not (LO <= dd <= HI):
            err(f"{nid}: date {d} outside 2025-26")
        case_dates.setdefault(cid, {"A": set(), "C": set()})[st].add(dd)
    except ValueError:
        err(f"{nid}: bad date {d}")
    if not loc:
        err(f"{nid}: empty locality")
    if not text.strip():
        err(f"{nid}: empty narrative")

for cid, dd in case_dates.items():
    if len(dd["A"]) > 1 or len(dd["C"]) > 1:
        err(f"{cid}: more than one date at one stage")
    if not dd["A"]:
        err(f"{cid}: no assessment narratives")
    if dd["A"] and dd["C"] and min(dd["C"]) <= max(dd["A"]):
        err(f"{cid}: closure date not after assessment date")

if not 85 <= len(narr) <= 100:
    err(f"{len(narr)} narratives, expected 85-100")
if notes > 8:
    err(f"{notes} unboxed notes, expected at most 8")
localities = {r[6] for r in narr}
if len(localities) != 4:
    err(f"{len(localities)} localities, expected 4: {sorted(localities)}")
ncases = len(case_dates)
if not 30 <= ncases <= 40:
    err(f"{ncases} cases, expected about 30-40")

# --- gold
pairs = set()
note_levels = {}
for r in gold:
    nid, code, level = r
    if nid not in ids:
        err(f"gold row for unknown narrative {nid}")
        continue
    if code not in CODES:
        err(f"{nid}: code {code} not in the taxonomy")
    if level not in LEVELS:
        err(f"{nid}: gold level {level} not one of the five")
    if (nid, code) in pairs:
        err(f"duplicate gold pair {nid} {code}")
    pairs.add((nid, code))
    box = ids[nid][5]
    if box:
        if level != box:
            err(f"{nid}: gold level {level} differs from box level {box}")
    else:
        note_levels.setdefault(nid, set()).add(level)
for nid, lv in note_levels.items():
    if len(lv) != 1:
        err(f"{nid}: unboxed note has more than one level {sorted(lv)} (convention 2: one level)")

# --- traps
raw = read_bytes("traps.json")
if raw is not None:
    check_encoding("traps.json", raw)
    try:
        traps = json.loads(raw.decode("utf-8"))
        for nid, lst in traps.items():
            if nid not in ids:
                err(f"traps.json: unknown narrative {nid}")
            for t in lst:
                if set(t) != {"type", "code", "note"}:
                    err(f"traps.json {nid}: bad keys {sorted(t)}")
                    continue
                if t["type"] not in TRAP_TYPES:
                    err(f"traps.json {nid}: bad type {t['type']}")
                if t["code"] not in CODES:
                    err(f"traps.json {nid}: bad code {t['code']}")
    except json.JSONDecodeError as e:
        err(f"traps.json: invalid JSON ({e})")

if errors:
    print("\n".join(errors))
    print(f"FAILED: {len(errors)} problem(s)")
    sys.exit(1)
print("OK")
