#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv and traps.json of this blind set; print OK."""
import csv
import io
import json
import os
import re
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = {"EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD", "MH-ADULT",
         "PH", "SUB", "REL-PAR", "REL-CONF", "DA", "SAFE-NEG", "SAFE-EXP", "CRIME",
         "HOUS", "FIN", "CARER"}
LEVELS = ["blue", "green", "yellow", "orange", "red"]
TRAP_TYPES = {"negated", "historical", "hypothetical", "outside", "convention",
              "partial", "not-coded"}
N_HEADER = ["narrative_id", "triage_id", "case_id", "stage", "date", "level",
            "locality", "narrative"]
G_HEADER = ["narrative_id", "code", "level"]
errors = []


def err(msg):
    errors.append(msg)


def taxonomy_codes():
    """Cross-check the hard-coded code set against the taxonomy table if readable."""
    path = "/work/shared/taxonomy.md"
    if not os.path.exists(path):
        return
    found = set(re.findall(r"^\|\s*([A-Z]{2,6}(?:-[A-Z]+)?)\s*\|", open(path, encoding="utf-8").read(), re.M))
    found.discard("code")
    if found and found != CODES:
        err(f"code set differs from taxonomy: {sorted(found ^ CODES)}")


def read_csv(name, header):
    raw = open(os.path.join(HERE, name), "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err(f"{name}: has a BOM")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{name}: not UTF-8 ({e})")
        return []
    if not raw.endswith(b"\r\n"):
        err(f"{name}: does not end with CRLF")
    if raw.count(b"\n") != raw.count(b"\r\n"):
        err(f"{name}: bare LF line ending")
    if raw.replace(b"\r\n", b"").count(b"\r"):
        err(f"{name}: bare CR")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows or rows[0] != header:
        err(f"{name}: header is {rows[0] if rows else None}")
        return []
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(header):
            err(f"{name} line {i}: {len(r)} fields")
    return [dict(zip(header, r)) for r in rows[1:] if len(r) == len(header)]


taxonomy_codes()
narr = read_csv("narratives.csv", N_HEADER)
gold = read_csv("gold.csv", G_HEADER)

ids = {}
case_dates = defaultdict(lambda: {"assessment": set(), "closure": set()})
triage_meta = {}
unboxed = 0
for r in narr:
    nid = r["narrative_id"]
    if nid in ids:
        err(f"duplicate narrative_id {nid}")
    ids[nid] = r
    if not re.fullmatch(r"Z\d{3}", r["case_id"]):
        err(f"{nid}: bad case_id {r['case_id']}")
    st = {"assessment": "A", "closure": "C"}.get(r["stage"])
    if st is None:
        err(f"{nid}: bad stage {r['stage']}")
        continue
    if r["triage_id"] != f"{r['case_id']}-{st}":
        err(f"{nid}: triage_id {r['triage_id']} inconsistent with case/stage")
    if r["level"]:
        if r["level"] not in LEVELS:
            err(f"{nid}: bad level {r['level']}")
        if nid != f"{r['triage_id']}-{r['level']}":
            err(f"{nid}: id inconsistent with triage/level")
    else:
        unboxed += 1
        if nid != f"{r['triage_id']}-note":
            err(f"{nid}: unboxed id should end -note")
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["date"]) or not ("2025-01-01" <= r["date"] <= "2026-12-31"):
        err(f"{nid}: date {r['date']} not ISO within 2025-26")
    meta = (r["date"], r["locality"])
    if triage_meta.setdefault(r["triage_id"], meta) != meta:
        err(f"{nid}: date/locality differ within triage {r['triage_id']}")
    case_dates[r["case_id"]][r["stage"]].add(r["date"])
    if not r["narrative"].strip():
        err(f"{nid}: empty narrative")

if not 85 <= len(narr) <= 100:
    err(f"{len(narr)} narratives, expected 85-100")
if unboxed > 8:
    err(f"{unboxed} unboxed notes, max 8")
if len({r['locality'] for r in narr}) != 4:
    err("expected four localities")
for cid, d in case_dates.items():
    if not d["assessment"] or not d["closure"]:
        err(f"{cid}: needs both assessment and closure")
    elif max(d["assessment"]) >= min(d["closure"]):
        err(f"{cid}: closure not after assessment")

seen = set()
note_levels = defaultdict(set)
for g in gold:
    nid, code, lev = g["narrative_id"], g["code"], g["level"]
    if nid not in ids:
        err(f"gold: unknown narrative {nid}")
        continue
    if code not in CODES:
        err(f"gold: bad code {code} for {nid}")
    if lev not in LEVELS:
        err(f"gold: bad level {lev} for {nid}")
    if (nid, code) in seen:
        err(f"gold: duplicate {nid} {code}")
    seen.add((nid, code))
    box = ids[nid]["level"]
    if box and lev != box:
        err(f"gold: {nid} {code} level {lev} != box {box}")
    if not box:
        note_levels[nid].add(lev)
for nid, levs in note_levels.items():
    if len(levs) != 1:
        err(f"gold: unboxed {nid} has several levels {levs}")

raw = open(os.path.join(HERE, "traps.json"), "rb").read()
if raw.startswith(b"\xef\xbb\xbf"):
    err("traps.json: BOM")
try:
    traps = json.loads(raw.decode("utf-8"))
except Exception as e:  # noqa: BLE001
    err(f"traps.json: {e}")
    traps = {}
for nid, items in traps.items():
    if nid not in ids:
        err(f"traps: unknown narrative {nid}")
    for t in items:
        if set(t) != {"type", "code", "note"}:
            err(f"traps {nid}: keys {sorted(t)}")
            continue
        if t["type"] not in TRAP_TYPES:
            err(f"traps {nid}: type {t['type']}")
        if t["code"] and t["code"] not in CODES:
            err(f"traps {nid}: code {t['code']}")

if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)
print("OK")
