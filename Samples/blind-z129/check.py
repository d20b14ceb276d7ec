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
CODES = {"EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD", "MH-ADULT", "PH",
         "SUB", "REL-PAR", "REL-CONF", "DA", "SAFE-NEG", "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"}
LEVELS = ["blue", "green", "yellow", "orange", "red"]
N_HEAD = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
G_HEAD = ["narrative_id", "code", "level"]
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
        err(f"{name}: header is {rows[0] if rows else None}, expected {header}")
        return []
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(header):
            err(f"{name}: line {i} has {len(r)} fields")
    return [dict(zip(header, r)) for r in rows[1:] if len(r) == len(header)]


narr = load("narratives.csv", N_HEAD)
gold = load("gold.csv", G_HEAD)

by_id = {}
case_dates = {}
notes = 0
for r in narr:
    nid, tid, cid, st, lvl = r["narrative_id"], r["triage_id"], r["case_id"], r["stage"], r["level"]
    if nid in by_id:
        err(f"duplicate narrative_id {nid}")
    by_id[nid] = r
    if not re.fullmatch(r"Z\d{3}", cid):
        err(f"{nid}: bad case_id {cid}")
    if st not in ("assessment", "closure"):
        err(f"{nid}: bad stage {st}")
    if tid != f"{cid}-{'A' if st == 'assessment' else 'C'}":
        err(f"{nid}: triage_id {tid} inconsistent with case/stage")
    if lvl:
        if lvl not in LEVELS:
            err(f"{nid}: bad level {lvl}")
        if nid != f"{tid}-{lvl}":
            err(f"{nid}: id inconsistent with triage/level")
    else:
        notes += 1
        if nid != f"{tid}-note":
            err(f"{nid}: unboxed note id should be {tid}-note")
    if not r["locality"]:
        err(f"{nid}: empty locality")
    if not r["narrative"].strip():
        err(f"{nid}: empty narrative")
    try:
        d = date.fromisoformat(r["date"])
    except ValueError:
        err(f"{nid}: bad date {r['date']}")
        continue
    if not LO <= d <= HI:
        err(f"{nid}: date {d} outside 2025-26")
    case_dates.setdefault(cid, {}).setdefault(st, set()).add(d)

for cid, st in case_dates.items():
    if set(st) != {"assessment", "closure"}:
        err(f"{cid}: needs both assessment and closure narratives")
        continue
    if len(st["assessment"]) != 1 or len(st["closure"]) != 1:
        err(f"{cid}: dates differ within a triage")
    if max(st["closure"]) <= min(st["assessment"]):
        err(f"{cid}: closure not after assessment")

if not 85 <= len(narr) <= 100:
    err(f"{len(narr)} narratives (need 85-100)")
if notes > 8:
    err(f"{notes} unboxed notes (max 8)")
if len({r['locality'] for r in narr}) != 4:
    err("need exactly four localities")

seen = set()
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
    if (nid, code) in seen:
        err(f"{nid}: duplicate code {code}")
    seen.add((nid, code))
    box = by_id[nid]["level"]
    if box and lvl != box:
        err(f"{nid}: gold level {lvl} != box {box}")
    if not box:
        note_levels.setdefault(nid, set()).add(lvl)
for nid, lv in note_levels.items():
    if len(lv) != 1:
        err(f"{nid}: unboxed note has several levels {lv}")

# traps.json
raw = open(os.path.join(HERE, "traps.json"), "rb").read()
if raw.startswith(b"\xef\xbb\xbf"):
    err("traps.json: has a BOM")
traps = json.loads(raw.decode("utf-8"))
for nid, lst in traps.items():
    if nid not in by_id:
        err(f"traps.json: unknown narrative {nid}")
    for t in lst:
        if set(t) != {"type", "code", "note"}:
            err(f"traps.json {nid}: bad keys {sorted(t)}")
        if t.get("code") and t["code"] not in CODES:
            err(f"traps.json {nid}: unknown code {t['code']}")
        if t.get("type") in ("negated", "historical", "hypothetical", "outside") and (nid, t.get("code")) in seen:
            err(f"traps.json {nid}: {t['code']} marked {t['type']} but is gold present")

if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")
