#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv and traps.json in this folder; print OK or the problems."""
import csv
import io
import json
import os
import re
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
TAXONOMY = "/work/shared/taxonomy.md"
LEVELS = ["blue", "green", "yellow", "orange", "red"]
FALLBACK_CODES = {"EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD", "MH-ADULT", "PH",
                  "SUB", "REL-PAR", "REL-CONF", "DA", "SAFE-NEG", "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"}
N_HEADER = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
G_HEADER = ["narrative_id", "code", "level"]
DATE_MIN, DATE_MAX = date(2025, 1, 1), date(2026, 12, 31)

errors = []


def err(msg):
    errors.append(msg)


def taxonomy_codes():
    try:
        text = open(TAXONOMY, encoding="utf-8").read()
    except OSError:
        return FALLBACK_CODES
    sec = text.split("## Codes", 1)[1].split("##", 1)[0]
    codes = set(re.findall(r"^\|\s*([A-Z][A-Z-]+)\s*\|", sec, re.M))
    codes.discard("code")
    return codes or FALLBACK_CODES


def read_raw(name):
    path = os.path.join(HERE, name)
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err(f"{name}: has a UTF-8 BOM")
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{name}: not UTF-8 ({e})")
    if b"\r\n" not in raw:
        err(f"{name}: no CRLF line endings")
    if re.search(rb"(?<!\r)\n", raw):
        err(f"{name}: bare LF line ending(s)")
    if re.search(rb"\r(?!\n)", raw):
        err(f"{name}: bare CR")
    if not raw.endswith(b"\r\n"):
        err(f"{name}: does not end with CRLF")
    return raw.decode("utf-8", errors="replace")


def read_csv(name, header):
    text = read_raw(name)
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


codes = taxonomy_codes()
if codes != FALLBACK_CODES:
    err(f"taxonomy code set differs from expected 18 codes: {sorted(codes ^ FALLBACK_CODES)}")

narr = read_csv("narratives.csv", N_HEADER)
gold = read_csv("gold.csv", G_HEADER)

# --- narratives
by_id = {}
triage_dates = {}
case_stage_dates = {}
for n in narr:
    nid = n["narrative_id"]
    if nid in by_id:
        err(f"duplicate narrative_id {nid}")
    by_id[nid] = n
    if not re.fullmatch(r"Z\d{3}", n["case_id"]):
        err(f"{nid}: bad case_id {n['case_id']}")
    st = {"assessment": "A", "closure": "C"}.get(n["stage"])
    if st is None:
        err(f"{nid}: bad stage {n['stage']}")
        continue
    if n["triage_id"] != f"{n['case_id']}-{st}":
        err(f"{nid}: triage_id {n['triage_id']} inconsistent with case/stage")
    lvl = n["level"]
    if lvl and lvl not in LEVELS:
        err(f"{nid}: bad level {lvl}")
    if nid != f"{n['triage_id']}-{lvl if lvl else 'note'}":
        err(f"{nid}: id inconsistent with triage_id/level")
    try:
        d = date.fromisoformat(n["date"])
    except ValueError:
        err(f"{nid}: bad date {n['date']}")
        continue
    if not (DATE_MIN <= d <= DATE_MAX):
        err(f"{nid}: date {d} outside 2025-26")
    if triage_dates.setdefault(n["triage_id"], d) != d:
        err(f"{nid}: date differs within triage {n['triage_id']}")
    case_stage_dates.setdefault(n["case_id"], {}).setdefault(n["stage"], set()).add(d)
    if not n["narrative"].strip():
        err(f"{nid}: empty narrative")
    if "\n" in n["narrative"] or "\r" in n["narrative"]:
        err(f"{nid}: line break inside narrative")
    if not n["locality"]:
        err(f"{nid}: empty locality")

for c, st in case_stage_dates.items():
    if "assessment" not in st or "closure" not in st:
        err(f"case {c}: missing assessment or closure")
        continue
    if min(st["closure"]) <= max(st["assessment"]):
        err(f"case {c}: closure not after assessment")

n_notes = sum(1 for n in narr if not n["level"])
if not (85 <= len(narr) <= 100):
    err(f"{len(narr)} narratives, expected 85-100")
if n_notes > 8:
    err(f"{n_notes} unboxed notes, max 8")
if len({n['locality'] for n in narr}) != 4:
    err("expected four localities")

# --- gold
seen = set()
note_levels = {}
for g in gold:
    nid, code, lvl = g["narrative_id"], g["code"], g["level"]
    if nid not in by_id:
        err(f"gold: unknown narrative {nid}")
        continue
    if code not in codes:
        err(f"gold: {nid} bad code {code}")
    if lvl not in LEVELS:
        err(f"gold: {nid} bad level {lvl}")
    if (nid, code) in seen:
        err(f"gold: duplicate ({nid}, {code})")
    seen.add((nid, code))
    box = by_id[nid]["level"]
    if box:
        if lvl != box:
            err(f"gold: {nid} level {lvl} != box {box}")
    else:
        if note_levels.setdefault(nid, lvl) != lvl:
            err(f"gold: note {nid} has more than one level")

# --- traps
try:
    traps = json.loads(read_raw("traps.json"))
except ValueError as e:
    err(f"traps.json: not JSON ({e})")
    traps = {}
gold_pairs = seen
for nid, items in traps.items():
    if nid not in by_id:
        err(f"traps: unknown narrative {nid}")
    for t in items:
        if set(t) != {"type", "code", "note"}:
            err(f"traps: {nid} bad keys {sorted(t)}")
        if t.get("code") is not None and t["code"] not in codes:
            err(f"traps: {nid} bad code {t['code']}")
        if not t.get("note"):
            err(f"traps: {nid} empty note")

if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)
print(f"{len(narr)} narratives ({n_notes} unboxed), {len(gold)} gold rows, {len(traps)} narratives with trap notes")
print("OK")
