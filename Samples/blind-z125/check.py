#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv and traps.json of this blind set. Prints OK."""
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
N_HEADER = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
G_HEADER = ["narrative_id", "code", "level"]
NOT_PRESENT_TYPES = {"negated", "historical", "hypothetical", "outside", "not-coded"}
errors = []


def err(msg):
    errors.append(msg)


def load(name):
    raw = open(os.path.join(HERE, name), "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err(f"{name}: has a BOM")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{name}: not UTF-8 ({e})")
        return raw.decode("utf-8", "replace")
    if b"\n" in raw.replace(b"\r\n", b""):
        err(f"{name}: bare LF line ending")
    if b"\r" in raw.replace(b"\r\n", b""):
        err(f"{name}: bare CR")
    if not raw.endswith(b"\r\n"):
        err(f"{name}: does not end with CRLF")
    return text


def rows_of(name, header):
    text = load(name)
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows or rows[0] != header:
        err(f"{name}: header is {rows[0] if rows else None}, expected {header}")
        return []
    out = []
    for i, r in enumerate(rows[1:], start=2):
        if len(r) != len(header):
            err(f"{name} line {i}: {len(r)} fields")
            continue
        out.append(dict(zip(header, r)))
    return out


narrs = rows_of("narratives.csv", N_HEADER)
gold = rows_of("gold.csv", G_HEADER)

by_id = {}
case_dates = {}
for n in narrs:
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
        if n["level"] != "":
            err(f"{nid}: unboxed note has level {n['level']}")
    elif n["level"] != box:
        err(f"{nid}: level {n['level']} != box {box}")
    if n["level"] not in LEVELS + [""]:
        err(f"{nid}: bad level {n['level']}")
    try:
        d = date.fromisoformat(n["date"])
    except ValueError:
        err(f"{nid}: bad date {n['date']}")
        continue
    if not (date(2025, 1, 1) <= d <= date(2026, 12, 31)):
        err(f"{nid}: date {d} out of 2025-26")
    case_dates.setdefault((case, st), set()).add(d)
    if not n["narrative"].strip():
        err(f"{nid}: empty narrative")
    if not n["locality"]:
        err(f"{nid}: empty locality")

# one date per triage, closure after assessment, each case has both stages
cases = {c for c, _ in case_dates}
for c in sorted(cases):
    a, cl = case_dates.get((c, "A")), case_dates.get((c, "C"))
    if not a or not cl:
        err(f"{c}: missing assessment or closure")
        continue
    if len(a) != 1 or len(cl) != 1:
        err(f"{c}: more than one date per triage")
    if max(a) >= min(cl):
        err(f"{c}: closure not after assessment")
# one locality per case
locs = {}
for n in narrs:
    locs.setdefault(n["case_id"], set()).add(n["locality"])
for c, l in locs.items():
    if len(l) != 1:
        err(f"{c}: several localities {l}")
if len({n['locality'] for n in narrs}) != 4:
    err("expected four localities")

n_unboxed = sum(1 for n in narrs if n["level"] == "")
if not (85 <= len(narrs) <= 100):
    err(f"{len(narrs)} narratives, expected 85-100")
if n_unboxed > 8:
    err(f"{n_unboxed} unboxed notes, max 8")

pairs = set()
gold_by = {}
note_levels = {}
for g in gold:
    nid, code, lvl = g["narrative_id"], g["code"], g["level"]
    if nid not in by_id:
        err(f"gold row for unknown narrative {nid}")
        continue
    if code not in CODES:
        err(f"{nid}: unknown code {code}")
    if lvl not in LEVELS:
        err(f"{nid}: bad gold level {lvl}")
    if (nid, code) in pairs:
        err(f"duplicate gold pair {nid} {code}")
    pairs.add((nid, code))
    gold_by.setdefault(nid, set()).add(code)
    box = by_id[nid]["level"]
    if box:
        if lvl != box:
            err(f"{nid}: gold level {lvl} != box level {box}")
    else:
        note_levels.setdefault(nid, set()).add(lvl)
for nid, lv in note_levels.items():
    if len(lv) != 1:
        err(f"{nid}: unboxed note with several gold levels {lv}")

# traps
try:
    traps = json.loads(load("traps.json"))
except json.JSONDecodeError as e:
    err(f"traps.json: {e}")
    traps = {}
for nid, items in traps.items():
    if nid not in by_id:
        err(f"traps.json: unknown narrative {nid}")
        continue
    for t in items:
        if set(t) != {"type", "code", "note"}:
            err(f"traps.json {nid}: keys {sorted(t)}")
            continue
        if t["code"] and t["code"] not in CODES:
            err(f"traps.json {nid}: unknown code {t['code']}")
        if t["type"] in NOT_PRESENT_TYPES and t["code"] in gold_by.get(nid, set()):
            err(f"traps.json {nid}: {t['type']} trap on {t['code']} but it is gold")

if errors:
    print("\n".join(errors))
    print(f"FAILED: {len(errors)} problem(s)")
    sys.exit(1)
print("OK")
