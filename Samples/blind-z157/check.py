#!/usr/bin/env python3
"""Validate the z157 blind set; prints OK or a list of problems."""
import csv
import io
import json
import os
import re
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = {"EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD", "MH-ADULT",
         "PH", "SUB", "REL-PAR", "REL-CONF", "DA", "SAFE-NEG", "SAFE-EXP", "CRIME",
         "HOUS", "FIN", "CARER"}
LEVELS = ["blue", "green", "yellow", "orange", "red"]
TRAP_TYPES = {"negated", "historical", "hypothetical", "outside", "convention",
              "partial", "not-coded"}
N_HEADER = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
G_HEADER = ["narrative_id", "code", "level"]
errors = []


def err(msg):
    errors.append(msg)


def read_bytes(name):
    with open(os.path.join(HERE, name), "rb") as f:
        b = f.read()
    if b.startswith(b"\xef\xbb\xbf"):
        err(f"{name}: has a BOM")
    try:
        text = b.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{name}: not UTF-8 ({e})")
        text = b.decode("utf-8", "replace")
    if b.count(b"\n") != b.count(b"\r\n") or b.count(b"\r") != b.count(b"\r\n"):
        err(f"{name}: not pure CRLF line endings")
    if not b.endswith(b"\r\n"):
        err(f"{name}: no final CRLF")
    return text


def read_csv(name, header):
    rows = list(csv.reader(io.StringIO(read_bytes(name), newline="")))
    if not rows or rows[0] != header:
        err(f"{name}: header is {rows[0] if rows else None}")
        return []
    body = rows[1:]
    for i, r in enumerate(body, 2):
        if len(r) != len(header):
            err(f"{name} line {i}: {len(r)} fields")
    return [dict(zip(header, r)) for r in body if len(r) == len(header)]


narr = read_csv("narratives.csv", N_HEADER)
gold = read_csv("gold.csv", G_HEADER)

by_id = {}
lo, hi = date(2025, 1, 1), date(2026, 12, 31)
case_dates = {}
triage_dates = {}
notes = 0
for r in narr:
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
        err(f"{nid}: case/triage id mismatch")
    if r["stage"] != {"A": "assessment", "C": "closure"}[st]:
        err(f"{nid}: stage mismatch")
    if box == "note":
        notes += 1
        if r["level"] != "":
            err(f"{nid}: unboxed note must have empty level")
    elif r["level"] != box:
        err(f"{nid}: level {r['level']} != box {box}")
    if r["level"] not in LEVELS + [""]:
        err(f"{nid}: bad level")
    try:
        d = date.fromisoformat(r["date"])
    except ValueError:
        err(f"{nid}: bad date {r['date']}")
        continue
    if not (lo <= d <= hi):
        err(f"{nid}: date out of 2025-26")
    triage_dates.setdefault(r["triage_id"], set()).add(d)
    case_dates.setdefault(cid, {"A": set(), "C": set()})[st].add(d)
    if not r["narrative"].strip():
        err(f"{nid}: empty narrative")

for tid, ds in triage_dates.items():
    if len(ds) != 1:
        err(f"{tid}: several dates in one triage")
for cid, d in case_dates.items():
    if not d["A"] or not d["C"]:
        err(f"{cid}: needs both assessment and closure")
    elif max(d["A"]) >= min(d["C"]):
        err(f"{cid}: closure not after assessment")
    boxed = {st: [r for r in narr if r["case_id"] == cid and r["narrative_id"][5] == st and r["level"]]
             for st in "AC"}
    if not boxed["A"] or not boxed["C"]:
        err(f"{cid}: needs boxed narratives at both stages")

if not 85 <= len(narr) <= 100:
    err(f"{len(narr)} narratives, expected 85-100")
if not 30 <= len(case_dates) <= 40:
    err(f"{len(case_dates)} cases, expected 30-40")
if notes > 8:
    err(f"{notes} unboxed notes (max 8)")
locs = {r["locality"] for r in narr}
if len(locs) != 4:
    err(f"expected 4 localities, got {sorted(locs)}")

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
        err(f"duplicate gold pair {nid} {code}")
    seen.add((nid, code))
    box = by_id[nid]["level"]
    if box:
        if lvl != box:
            err(f"{nid}: gold level {lvl} != box {box}")
    else:
        note_levels.setdefault(nid, set()).add(lvl)
for nid, ls in note_levels.items():
    if len(ls) != 1:
        err(f"{nid}: unboxed note has several gold levels {ls}")

try:
    traps = json.loads(read_bytes("traps.json"))
except json.JSONDecodeError as e:
    err(f"traps.json invalid: {e}")
    traps = {}
for nid, lst in traps.items():
    if nid not in by_id:
        err(f"traps.json: unknown narrative {nid}")
    for t in lst:
        if set(t) != {"type", "code", "note"}:
            err(f"traps.json {nid}: bad keys {sorted(t)}")
        elif t["type"] not in TRAP_TYPES or t["code"] not in CODES or not t["note"].strip():
            err(f"traps.json {nid}: bad entry {t}")

if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")
