#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv and traps.json of this blind set; print OK or the problems."""
import csv
import io
import json
import os
import re
import sys
from collections import defaultdict
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
TAXONOMY = "/work/shared/taxonomy.md"
CODES = {"EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD", "MH-ADULT", "PH", "SUB",
         "REL-PAR", "REL-CONF", "DA", "SAFE-NEG", "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"}
LEVELS = ["blue", "green", "yellow", "orange", "red"]
N_HEADER = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
G_HEADER = ["narrative_id", "code", "level"]
TRAP_TYPES = {"negated", "historical", "hypothetical", "outside", "convention", "partial", "not-coded"}
errors = []


def err(msg):
    errors.append(msg)


def read_bytes_checked(name):
    path = os.path.join(HERE, name)
    if not os.path.exists(path):
        err(f"{name}: missing")
        return ""
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err(f"{name}: has a UTF-8 BOM")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{name}: not UTF-8 ({e})")
        return ""
    if not text.endswith("\r\n"):
        err(f"{name}: does not end with CRLF")
    if re.search(r"(?<!\r)\n", text):
        err(f"{name}: bare LF line ending")
    if re.search(r"\r(?!\n)", text):
        err(f"{name}: bare CR")
    return text


def read_csv(name, header):
    text = read_bytes_checked(name)
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows or rows[0] != header:
        err(f"{name}: header is {rows[0] if rows else None}, expected {header}")
        return []
    out = []
    for i, r in enumerate(rows[1:], start=2):
        if len(r) != len(header):
            err(f"{name} line {i}: {len(r)} fields")
            continue
        if any("\n" in f or "\r" in f for f in r):
            err(f"{name} line {i}: embedded line break")
        out.append(dict(zip(header, r)))
    return out


# taxonomy code set must match the one used here
tax_codes = set(re.findall(r"^\|\s*([A-Z][A-Z-]*[A-Z])\s*\|", open(TAXONOMY, encoding="utf-8").read(), re.M))
if tax_codes != CODES:
    err(f"code set differs from taxonomy: {sorted(tax_codes ^ CODES)}")

nar = read_csv("narratives.csv", N_HEADER)
gold = read_csv("gold.csv", G_HEADER)

by_id = {}
case_dates = defaultdict(lambda: {"assessment": [], "closure": []})
localities = set()
notes = 0
for r in nar:
    nid, tri, cid, stage, d, lvl = (r[k] for k in N_HEADER[:6])
    if nid in by_id:
        err(f"duplicate narrative_id {nid}")
    by_id[nid] = r
    if not re.fullmatch(r"Z\d{3}", cid):
        err(f"{nid}: bad case_id {cid}")
    letter = {"assessment": "A", "closure": "C"}.get(stage)
    if letter is None:
        err(f"{nid}: bad stage {stage}")
        continue
    if tri != f"{cid}-{letter}":
        err(f"{nid}: triage_id {tri} inconsistent with case {cid} / stage {stage}")
    if lvl:
        if lvl not in LEVELS:
            err(f"{nid}: bad level {lvl}")
        if nid != f"{tri}-{lvl}":
            err(f"{nid}: id inconsistent with triage/level")
    else:
        notes += 1
        if nid != f"{tri}-note":
            err(f"{nid}: unboxed note id should be {tri}-note")
    try:
        dd = date.fromisoformat(d)
        if not (date(2025, 1, 1) <= dd <= date(2026, 12, 31)):
            err(f"{nid}: date {d} outside 2025-26")
        case_dates[cid][stage].append(dd)
    except ValueError:
        err(f"{nid}: bad date {d}")
    if not r["narrative"].strip():
        err(f"{nid}: empty narrative")
    if not r["locality"]:
        err(f"{nid}: empty locality")
    localities.add(r["locality"])

for cid, st in case_dates.items():
    if not st["assessment"] or not st["closure"]:
        err(f"{cid}: needs both assessment and closure narratives")
        continue
    if len(set(st["assessment"])) > 1 or len(set(st["closure"])) > 1:
        err(f"{cid}: more than one date within a stage")
    if min(st["closure"]) <= max(st["assessment"]):
        err(f"{cid}: closure not after assessment")

if not 85 <= len(nar) <= 100:
    err(f"{len(nar)} narratives, expected 85-100")
if not 30 <= len(case_dates) <= 40:
    err(f"{len(case_dates)} cases, expected 30-40")
if notes > 8:
    err(f"{notes} unboxed notes, at most 8")
if len(localities) != 4:
    err(f"{len(localities)} localities, expected 4: {sorted(localities)}")

pairs = set()
note_levels = defaultdict(set)
for i, g in enumerate(gold, start=2):
    nid, code, lvl = g["narrative_id"], g["code"], g["level"]
    if nid not in by_id:
        err(f"gold line {i}: unknown narrative {nid}")
        continue
    if code not in CODES:
        err(f"gold line {i}: unknown code {code}")
    if lvl not in LEVELS:
        err(f"gold line {i}: bad level {lvl}")
    if (nid, code) in pairs:
        err(f"gold line {i}: duplicate pair {nid} {code}")
    pairs.add((nid, code))
    box = by_id[nid]["level"]
    if box:
        if lvl != box:
            err(f"gold line {i}: level {lvl} differs from box {box}")
    else:
        note_levels[nid].add(lvl)
for nid, lv in note_levels.items():
    if len(lv) != 1:
        err(f"{nid}: unboxed note has more than one gold level {sorted(lv)}")

ttext = read_bytes_checked("traps.json")
try:
    traps = json.loads(ttext) if ttext else {}
except json.JSONDecodeError as e:
    err(f"traps.json: {e}")
    traps = {}
for nid, lst in traps.items():
    if nid not in by_id:
        err(f"traps.json: unknown narrative {nid}")
    for t in lst:
        if set(t) != {"type", "code", "note"}:
            err(f"traps.json {nid}: bad keys {sorted(t)}")
            continue
        if t["type"] not in TRAP_TYPES:
            err(f"traps.json {nid}: bad type {t['type']}")
        if t["code"] and t["code"] not in CODES:
            err(f"traps.json {nid}: bad code {t['code']}")
        if t["type"] in {"negated", "historical", "hypothetical", "outside"} and (nid, t["code"]) in pairs:
            err(f"traps.json {nid}: {t['code']} marked {t['type']} but is in gold")

if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")
