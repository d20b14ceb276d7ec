#!/usr/bin/env python3
"""Validate the z152 blind set files; prints OK or the list of problems."""
import csv
import io
import json
import os
import re
import sys
from collections import Counter, defaultdict
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
TAXONOMY = "/work/shared/taxonomy.md"
CODES = {"EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD", "MH-ADULT", "PH", "SUB",
         "REL-PAR", "REL-CONF", "DA", "SAFE-NEG", "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"}
LEVELS = ["blue", "green", "yellow", "orange", "red"]
N_HEADER = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
G_HEADER = ["narrative_id", "code", "level"]
LO, HI = date(2025, 1, 1), date(2026, 12, 31)
errors = []


def err(msg):
    errors.append(msg)


def read_raw(name):
    path = os.path.join(HERE, name)
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err(f"{name}: has a UTF-8 BOM")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{name}: not UTF-8 ({e})")
        text = raw.decode("utf-8", "replace")
    return raw, text


def check_crlf(name, raw):
    if not raw.endswith(b"\r\n"):
        err(f"{name}: does not end with CRLF")
    if re.search(rb"(?<!\r)\n", raw):
        err(f"{name}: bare LF line ending found")
    if re.search(rb"\r(?!\n)", raw):
        err(f"{name}: bare CR found")


def load_csv(name, header):
    raw, text = read_raw(name)
    check_crlf(name, raw)
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


# taxonomy cross-check of the code set, if the taxonomy is readable
if os.path.exists(TAXONOMY):
    tax = open(TAXONOMY, encoding="utf-8").read()
    tax_codes = set(re.findall(r"^\|\s*([A-Z]{2,5}(?:-[A-Z]{3,5})?)\s*\|", tax, re.M)) - {"code"}
    if tax_codes and tax_codes != CODES:
        err(f"code set differs from taxonomy: {sorted(tax_codes ^ CODES)}")

narr = load_csv("narratives.csv", N_HEADER)
gold = load_csv("gold.csv", G_HEADER)

by_id = {}
case_dates = defaultdict(lambda: {"assessment": set(), "closure": set()})
triage_dates = defaultdict(set)
localities = set()
notes = 0
for n in narr:
    nid = n["narrative_id"]
    if nid in by_id:
        err(f"duplicate narrative_id {nid}")
    by_id[nid] = n
    m = re.fullmatch(r"(Z\d{3})-([AC])-(blue|green|yellow|orange|red|note)", nid)
    if not m:
        err(f"{nid}: bad id")
        continue
    cid, st, suffix = m.groups()
    if n["case_id"] != cid:
        err(f"{nid}: case_id {n['case_id']}")
    if n["triage_id"] != f"{cid}-{st}":
        err(f"{nid}: triage_id {n['triage_id']}")
    if n["stage"] != {"A": "assessment", "C": "closure"}[st]:
        err(f"{nid}: stage {n['stage']}")
    if suffix == "note":
        notes += 1
        if n["level"] != "":
            err(f"{nid}: unboxed note must have empty level")
    elif n["level"] != suffix:
        err(f"{nid}: level {n['level']} does not match id")
    try:
        d = date.fromisoformat(n["date"])
        if not (LO <= d <= HI):
            err(f"{nid}: date {d} outside 2025-26")
        case_dates[cid][n["stage"]].add(d)
        triage_dates[n["triage_id"]].add(d)
    except ValueError:
        err(f"{nid}: bad date {n['date']}")
    if not n["narrative"].strip():
        err(f"{nid}: empty narrative")
    localities.add(n["locality"])

for t, ds in triage_dates.items():
    if len(ds) != 1:
        err(f"{t}: more than one date in the triage")
for cid, st in case_dates.items():
    if not st["assessment"] or not st["closure"]:
        err(f"{cid}: needs both assessment and closure")
    elif max(st["assessment"]) >= min(st["closure"]):
        err(f"{cid}: closure not after assessment")

seen = set()
note_levels = defaultdict(set)
for g in gold:
    nid, code, lvl = g["narrative_id"], g["code"], g["level"]
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
            err(f"{nid}: gold level {lvl} != box level {box}")
    else:
        note_levels[nid].add(lvl)
for nid, lv in note_levels.items():
    if len(lv) != 1:
        err(f"{nid}: unboxed note has more than one gold level {sorted(lv)}")

# traps.json
raw, text = read_raw("traps.json")
try:
    traps = json.loads(text)
    for nid, items in traps.items():
        if nid not in by_id:
            err(f"traps.json: unknown narrative {nid}")
        for t in items:
            if set(t) != {"type", "code", "note"}:
                err(f"traps.json {nid}: keys {sorted(t)}")
            if t.get("code") is not None and t["code"] not in CODES:
                err(f"traps.json {nid}: unknown code {t['code']}")
            if not t.get("type") or not t.get("note"):
                err(f"traps.json {nid}: empty type/note")
except json.JSONDecodeError as e:
    err(f"traps.json: invalid JSON ({e})")

# set-size rules from the brief
cases = {n["case_id"] for n in narr}
if not 85 <= len(narr) <= 100:
    err(f"{len(narr)} narratives, expected 85-100")
if not 30 <= len(cases) <= 40:
    err(f"{len(cases)} cases, expected 30-40")
if notes > 8:
    err(f"{notes} unboxed notes, at most 8")
if len(localities) != 4:
    err(f"{len(localities)} localities, expected 4")

if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")
