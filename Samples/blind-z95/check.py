#!/usr/bin/env python3
"""Validate the z95 blind set files; prints OK or the list of problems."""
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
N_HEADER = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
G_HEADER = ["narrative_id", "code", "level"]
TRAP_TYPES = {"negated", "historical", "hypothetical", "outside", "convention", "partial", "not-coded"}
LO, HI = date(2025, 1, 1), date(2026, 12, 31)
errors = []


def err(msg):
    errors.append(msg)


def read_raw(name):
    with open(os.path.join(HERE, name), "rb") as f:
        raw = f.read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err(f"{name}: has a BOM")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{name}: not UTF-8 ({e})")
        text = raw.decode("utf-8", "replace")
    if b"\r\n" not in raw:
        err(f"{name}: no CRLF line endings")
    if re.search(rb"(?<!\r)\n", raw):
        err(f"{name}: bare LF line ending(s)")
    if re.search(rb"\r(?!\n)", raw):
        err(f"{name}: bare CR")
    if not raw.endswith(b"\r\n"):
        err(f"{name}: does not end with CRLF")
    return text


def read_csv(name, header):
    rows = list(csv.reader(io.StringIO(read_raw(name), newline="")))
    if not rows or rows[0] != header:
        err(f"{name}: header is {rows[0] if rows else None}, expected {header}")
        return []
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(header):
            err(f"{name}: line {i} has {len(r)} fields")
    return [dict(zip(header, r)) for r in rows[1:] if len(r) == len(header)]


narrs = read_csv("narratives.csv", N_HEADER)
gold = read_csv("gold.csv", G_HEADER)

# ---- narratives
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
        err(f"{nid}: bad id")
        continue
    cid, st, box = m.groups()
    if r["case_id"] != cid:
        err(f"{nid}: case_id {r['case_id']}")
    if r["triage_id"] != f"{cid}-{st}":
        err(f"{nid}: triage_id {r['triage_id']}")
    if r["stage"] != {"A": "assessment", "C": "closure"}[st]:
        err(f"{nid}: stage {r['stage']}")
    if box == "note":
        notes += 1
        if r["level"] != "":
            err(f"{nid}: unboxed note must have empty level")
    elif r["level"] != box:
        err(f"{nid}: level {r['level']} != id box {box}")
    try:
        d = date.fromisoformat(r["date"])
        if not (LO <= d <= HI):
            err(f"{nid}: date {d} out of 2025-26")
        case_dates.setdefault(cid, {"A": [], "C": []})[st].append(d)
    except ValueError:
        err(f"{nid}: bad date {r['date']}")
    if not r["locality"]:
        err(f"{nid}: no locality")
    if not r["narrative"].strip():
        err(f"{nid}: empty narrative")
    if "\n" in r["narrative"] or "\r" in r["narrative"]:
        err(f"{nid}: line break inside narrative")

for cid, ds in case_dates.items():
    if not ds["A"] or not ds["C"]:
        err(f"{cid}: needs both assessment and closure narratives")
        continue
    if min(ds["C"]) <= max(ds["A"]):
        err(f"{cid}: closure date not after assessment")
    for st in "AC":
        boxed = [n for n in by_id if n.startswith(f"{cid}-{st}-") and not n.endswith("-note")]
        if not boxed:
            err(f"{cid}-{st}: no boxed narrative")
    locs = {by_id[n]["locality"] for n in by_id if n.startswith(cid + "-")}
    if len(locs) != 1:
        err(f"{cid}: several localities {locs}")

if not 85 <= len(narrs) <= 100:
    err(f"{len(narrs)} narratives, expected 85-100")
if not 30 <= len(case_dates) <= 40:
    err(f"{len(case_dates)} cases, expected 30-40")
if notes > 8:
    err(f"{notes} unboxed notes, max 8")
if len({r['locality'] for r in narrs}) != 4:
    err("expected exactly four localities")

# ---- gold
pairs = set()
note_levels = {}
for r in gold:
    nid, code, lev = r["narrative_id"], r["code"], r["level"]
    if nid not in by_id:
        err(f"gold row for unknown narrative {nid}")
        continue
    if code not in CODES:
        err(f"{nid}: unknown code {code}")
    if lev not in LEVELS:
        err(f"{nid}: bad gold level {lev}")
    if (nid, code) in pairs:
        err(f"{nid}: duplicate code {code}")
    pairs.add((nid, code))
    box = by_id[nid]["level"]
    if box:
        if lev != box:
            err(f"{nid}: gold level {lev} != box level {box}")
    else:
        note_levels.setdefault(nid, set()).add(lev)
for nid, levs in note_levels.items():
    if len(levs) != 1:
        err(f"{nid}: unboxed note has several levels {levs}")

# ---- traps
try:
    traps = json.loads(read_raw("traps.json"))
    if not isinstance(traps, dict):
        err("traps.json: top level must be an object keyed by narrative_id")
        traps = {}
    for nid, lst in traps.items():
        if nid not in by_id:
            err(f"traps.json: unknown narrative {nid}")
        for t in lst:
            if set(t) != {"type", "code", "note"}:
                err(f"traps.json {nid}: keys {sorted(t)}")
                continue
            if t["type"] not in TRAP_TYPES:
                err(f"traps.json {nid}: type {t['type']}")
            if t["code"] not in CODES:
                err(f"traps.json {nid}: code {t['code']}")
            present = (nid, t["code"]) in pairs
            if t["type"] in {"negated", "hypothetical"} and present:
                err(f"traps.json {nid}: {t['type']} trap for {t['code']} but code is gold")
except ValueError as e:
    err(f"traps.json: invalid JSON ({e})")

if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)
print("OK")
