#!/usr/bin/env python3
"""Validate the z110 blind set; prints OK or the list of problems (exit 1)."""
import csv
import datetime
import io
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = {"EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD", "MH-ADULT", "PH",
         "SUB", "REL-PAR", "REL-CONF", "DA", "SAFE-NEG", "SAFE-EXP", "CRIME", "HOUS", "FIN",
         "CARER"}
LEVELS = ["blue", "green", "yellow", "orange", "red"]
N_HEADER = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality",
            "narrative"]
G_HEADER = ["narrative_id", "code", "level"]
LO, HI = datetime.date(2025, 1, 1), datetime.date(2026, 12, 31)
errors = []


def err(msg):
    errors.append(msg)


def read_text(name):
    raw = open(os.path.join(HERE, name), "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err(f"{name}: has a UTF-8 BOM")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{name}: not UTF-8 ({e})")
        text = raw.decode("utf-8", "replace")
    if not raw.endswith(b"\r\n"):
        err(f"{name}: does not end with CRLF")
    if re.search(rb"(?<!\r)\n", raw):
        err(f"{name}: bare LF line ending")
    if re.search(rb"\r(?!\n)", raw):
        err(f"{name}: bare CR")
    return text


def read_csv(name, header):
    rows = list(csv.reader(io.StringIO(read_text(name), newline="")))
    if not rows or rows[0] != header:
        err(f"{name}: header is {rows[0] if rows else None}, expected {header}")
        return []
    out = []
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(header):
            err(f"{name} line {i}: {len(r)} fields")
            continue
        out.append(dict(zip(header, r)))
    return out


# The code set must match the taxonomy's table, if the taxonomy is readable.
try:
    tax = open("/work/shared/taxonomy.md", encoding="utf-8").read()
    tax_codes = set(re.findall(r"^\|\s*([A-Z]+(?:-[A-Z]+)?)\s*\|", tax, re.M)) - {"code"}
    if tax_codes and tax_codes != CODES:
        err(f"code set differs from taxonomy: {sorted(tax_codes ^ CODES)}")
except OSError:
    pass

narrs = read_csv("narratives.csv", N_HEADER)
gold = read_csv("gold.csv", G_HEADER)

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
    cid, st, lv = m.groups()
    if r["case_id"] != cid:
        err(f"{nid}: case_id {r['case_id']}")
    if r["triage_id"] != f"{cid}-{st}":
        err(f"{nid}: triage_id {r['triage_id']}")
    if r["stage"] != {"A": "assessment", "C": "closure"}[st]:
        err(f"{nid}: stage {r['stage']}")
    if lv == "note":
        notes += 1
        if r["level"] != "":
            err(f"{nid}: unboxed note must have empty level")
    elif r["level"] != lv:
        err(f"{nid}: level {r['level']} does not match id")
    if not r["narrative"].strip():
        err(f"{nid}: empty narrative")
    if not r["locality"].strip():
        err(f"{nid}: empty locality")
    try:
        d = datetime.date.fromisoformat(r["date"])
        if not LO <= d <= HI:
            err(f"{nid}: date {d} outside 2025-26")
        case_dates.setdefault(cid, {"A": set(), "C": set()})[st].add(d)
    except ValueError:
        err(f"{nid}: bad date {r['date']}")

for cid, dd in case_dates.items():
    if not dd["A"] or not dd["C"]:
        err(f"{cid}: needs both assessment and closure narratives")
        continue
    if len(dd["A"]) > 1 or len(dd["C"]) > 1:
        err(f"{cid}: several dates within one triage")
    if min(dd["C"]) <= max(dd["A"]):
        err(f"{cid}: closure not after assessment")

if not 85 <= len(narrs) <= 100:
    err(f"{len(narrs)} narratives (expected 85-100)")
if not 30 <= len(case_dates) <= 40:
    err(f"{len(case_dates)} cases (expected 30-40)")
if notes > 8:
    err(f"{notes} unboxed notes (max 8)")
if len({r['locality'] for r in narrs}) != 4:
    err("expected four localities")

seen = set()
for g in gold:
    nid, code, lv = g["narrative_id"], g["code"], g["level"]
    if nid not in by_id:
        err(f"gold row for unknown narrative {nid}")
        continue
    if code not in CODES:
        err(f"{nid}: unknown code {code}")
    if lv not in LEVELS:
        err(f"{nid}: bad level {lv}")
    if (nid, code) in seen:
        err(f"{nid}: duplicate code {code}")
    seen.add((nid, code))
    box = by_id[nid]["level"]
    if box and lv != box:
        err(f"{nid}: gold level {lv} != box level {box}")

# every note's codes share one level
note_levels = {}
for g in gold:
    if g["narrative_id"] in by_id and by_id[g["narrative_id"]]["level"] == "":
        note_levels.setdefault(g["narrative_id"], set()).add(g["level"])
for nid, lvls in note_levels.items():
    if len(lvls) != 1:
        err(f"{nid}: unboxed note has several levels {lvls}")

traps = json.loads(read_text("traps.json"))
for nid, lst in traps.items():
    if nid not in by_id:
        err(f"traps.json: unknown narrative {nid}")
    for t in lst:
        if set(t) != {"type", "code", "note"}:
            err(f"traps.json {nid}: bad entry {t}")

if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")
