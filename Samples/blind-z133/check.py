#!/usr/bin/env python3
"""Validate the blind set files; prints OK or the list of problems."""
import csv
import io
import json
import os
import re
import sys
from collections import defaultdict

D = os.path.dirname(os.path.abspath(__file__))
CODES = {"EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD", "MH-ADULT", "PH", "SUB",
         "REL-PAR", "REL-CONF", "DA", "SAFE-NEG", "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"}
LEVELS = ["blue", "green", "yellow", "orange", "red"]
TRAP_TYPES = {"negated", "historical", "hypothetical", "outside", "convention", "partial", "not-coded"}
errors = []


def err(msg):
    errors.append(msg)


def load(name, header):
    raw = open(os.path.join(D, name), "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err(f"{name}: has BOM")
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
        err(f"{name}: header {rows[0] if rows else None} != {header}")
        return []
    out = []
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(header):
            err(f"{name}:{i}: {len(r)} fields")
            continue
        out.append(dict(zip(header, r)))
    return out


NH = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
narr = load("narratives.csv", NH)
gold = load("gold.csv", ["narrative_id", "code", "level"])

by_id = {}
triage_dates = defaultdict(set)
triage_levels = defaultdict(list)
case_dates = defaultdict(dict)
for n in narr:
    nid = n["narrative_id"]
    if nid in by_id:
        err(f"duplicate narrative_id {nid}")
    by_id[nid] = n
    if not re.fullmatch(r"Z\d{3}", n["case_id"]):
        err(f"{nid}: bad case_id")
    stage_letter = {"assessment": "A", "closure": "C"}.get(n["stage"])
    if stage_letter is None:
        err(f"{nid}: bad stage {n['stage']}")
        continue
    if n["triage_id"] != f"{n['case_id']}-{stage_letter}":
        err(f"{nid}: triage_id {n['triage_id']} inconsistent with case/stage")
    lvl = n["level"]
    if lvl and lvl not in LEVELS:
        err(f"{nid}: bad level {lvl}")
    if nid != f"{n['triage_id']}-{lvl or 'note'}":
        err(f"{nid}: id inconsistent with triage/level")
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", n["date"]) or not ("2025-01-01" <= n["date"] <= "2026-12-31"):
        err(f"{nid}: date {n['date']} out of range")
    if not n["locality"]:
        err(f"{nid}: no locality")
    if not n["narrative"].strip():
        err(f"{nid}: empty narrative")
    triage_dates[n["triage_id"]].add(n["date"])
    triage_levels[n["triage_id"]].append(lvl or "note")
    case_dates[n["case_id"]][n["stage"]] = n["date"]

for t, ds in triage_dates.items():
    if len(ds) != 1:
        err(f"{t}: several dates {ds}")
for t, ls in triage_levels.items():
    if len(ls) != len(set(ls)):
        err(f"{t}: repeated box level")
for c, st in case_dates.items():
    if set(st) != {"assessment", "closure"}:
        err(f"{c}: missing a stage ({sorted(st)})")
    elif not st["closure"] > st["assessment"]:
        err(f"{c}: closure {st['closure']} not after assessment {st['assessment']}")

notes = [n for n in narr if not n["level"]]
if not 85 <= len(narr) <= 100:
    err(f"{len(narr)} narratives, expected 85-100")
if len(notes) > 8:
    err(f"{len(notes)} unboxed notes, expected <= 8")
if not 30 <= len(case_dates) <= 40:
    err(f"{len(case_dates)} cases, expected 30-40")
if len({n['locality'] for n in narr}) != 4:
    err("expected four localities")

seen = set()
note_levels = defaultdict(set)
for g in gold:
    nid, code, lvl = g["narrative_id"], g["code"], g["level"]
    if code not in CODES:
        err(f"gold: {nid} bad code {code}")
    if lvl not in LEVELS:
        err(f"gold: {nid} bad level {lvl}")
    if nid not in by_id:
        err(f"gold: unknown narrative {nid}")
        continue
    if (nid, code) in seen:
        err(f"gold: duplicate {nid} {code}")
    seen.add((nid, code))
    box = by_id[nid]["level"]
    if box and lvl != box:
        err(f"gold: {nid} level {lvl} != box {box}")
    if not box:
        note_levels[nid].add(lvl)
for nid, ls in note_levels.items():
    if len(ls) != 1:
        err(f"gold: note {nid} has several levels {ls}")

raw = open(os.path.join(D, "traps.json"), "rb").read()
if raw.startswith(b"\xef\xbb\xbf"):
    err("traps.json: has BOM")
try:
    traps = json.loads(raw.decode("utf-8"))
except Exception as e:
    err(f"traps.json: {e}")
    traps = {}
gold_pairs = seen
for nid, items in traps.items():
    if nid not in by_id:
        err(f"traps: unknown narrative {nid}")
    for t in items:
        if set(t) != {"type", "code", "note"}:
            err(f"traps: {nid} bad keys {sorted(t)}")
            continue
        if t["type"] not in TRAP_TYPES:
            err(f"traps: {nid} bad type {t['type']}")
        if t["code"] and t["code"] not in CODES:
            err(f"traps: {nid} bad code {t['code']}")
        if not t["note"].strip():
            err(f"traps: {nid} empty note")
        # a code trapped as not present must not also be gold, unless the trap explains a partial/convention case
        if t["type"] in {"historical", "hypothetical", "outside", "not-coded"} and (nid, t["code"]) in gold_pairs:
            if t["type"] != "outside" and t["type"] != "hypothetical":
                err(f"traps: {nid} {t['code']} marked {t['type']} but is gold")

if errors:
    print("\n".join(errors))
    print(f"FAILED ({len(errors)} problems)")
    sys.exit(1)
print("OK")
