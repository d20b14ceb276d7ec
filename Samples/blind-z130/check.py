#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv and traps.json of this blind set; prints OK."""
import csv
import io
import json
import os
import re
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
# The code set of /work/shared/taxonomy.md ("Codes" table).
CODES = {"EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD", "MH-ADULT", "PH",
         "SUB", "REL-PAR", "REL-CONF", "DA", "SAFE-NEG", "SAFE-EXP", "CRIME", "HOUS", "FIN",
         "CARER"}
LEVELS = {"blue", "green", "yellow", "orange", "red"}
N_HEADER = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
G_HEADER = ["narrative_id", "code", "level"]
TRAP_TYPES = {"negated", "historical", "hypothetical", "outside", "convention", "partial", "not-coded"}
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
        err(f"{name}: bare LF found")
    if re.search(r"\r(?!\n)", text):
        err(f"{name}: bare CR found")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows or rows[0] != header:
        err(f"{name}: header is {rows[0] if rows else None}, expected {header}")
        return []
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(header):
            err(f"{name} line {i}: {len(r)} fields")
    return [dict(zip(header, r)) for r in rows[1:] if len(r) == len(header)]


narrs = load("narratives.csv", N_HEADER)
gold = load("gold.csv", G_HEADER)

by_id = {}
case_dates = {}
notes = 0
for r in narrs:
    nid = r["narrative_id"]
    if nid in by_id:
        err(f"duplicate narrative_id {nid}")
    by_id[nid] = r
    m = re.fullmatch(r"(Z\d{3})-([AC])-(blue|green|yellow|orange|red|note)", nid)
    if not m:
        err(f"bad narrative_id {nid}")
        continue
    cid, st, box = m.groups()
    if r["case_id"] != cid or r["triage_id"] != f"{cid}-{st}":
        err(f"{nid}: triage/case ids inconsistent")
    if r["stage"] != {"A": "assessment", "C": "closure"}[st]:
        err(f"{nid}: stage {r['stage']} inconsistent")
    if box == "note":
        notes += 1
        if r["level"] != "":
            err(f"{nid}: unboxed note has level {r['level']}")
    elif r["level"] != box:
        err(f"{nid}: level {r['level']} != box {box}")
    try:
        d = date.fromisoformat(r["date"])
    except ValueError:
        err(f"{nid}: bad date {r['date']}")
        continue
    if not (date(2025, 1, 1) <= d <= date(2026, 12, 31)):
        err(f"{nid}: date {d} outside 2025-26")
    case_dates.setdefault(cid, {"A": set(), "C": set()})[st].add(d)
    if not r["narrative"].strip():
        err(f"{nid}: empty narrative")
    if not r["locality"]:
        err(f"{nid}: no locality")

for cid, dd in case_dates.items():
    if not dd["A"] or not dd["C"]:
        err(f"{cid}: needs both assessment and closure")
        continue
    if len(dd["A"]) != 1 or len(dd["C"]) != 1:
        err(f"{cid}: more than one date per stage")
    if min(dd["C"]) <= max(dd["A"]):
        err(f"{cid}: closure not after assessment")

seen = set()
note_levels = {}
for r in gold:
    nid, code, lvl = r["narrative_id"], r["code"], r["level"]
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
        note_levels.setdefault(nid, set()).add(lvl)
for nid, lv in note_levels.items():
    if len(lv) != 1:
        err(f"{nid}: unboxed note has several gold levels {lv}")

traps = json.load(open(os.path.join(HERE, "traps.json"), encoding="utf-8"))
for nid, items in traps.items():
    if nid not in by_id:
        err(f"traps.json: unknown narrative {nid}")
    for t in items:
        if set(t) != {"type", "code", "note"}:
            err(f"traps.json {nid}: keys {sorted(t)}")
        if t.get("type") not in TRAP_TYPES:
            err(f"traps.json {nid}: type {t.get('type')}")
        if t.get("code") and t["code"] not in CODES:
            err(f"traps.json {nid}: code {t['code']}")

if not 85 <= len(narrs) <= 100:
    err(f"{len(narrs)} narratives, expected 85-100")
if not 30 <= len(case_dates) <= 40:
    err(f"{len(case_dates)} cases, expected 30-40")
if notes > 8:
    err(f"{notes} unboxed notes, at most 8")
if len({r['locality'] for r in narrs}) != 4:
    err("expected exactly four localities")

if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")
