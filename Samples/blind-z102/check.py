#!/usr/bin/env python3
"""Validate the z102 blind set files; prints OK or a list of problems."""
import csv
import io
import json
import os
import re
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
LEVELS = ["blue", "green", "yellow", "orange", "red"]
CODES = {"EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD", "MH-ADULT", "PH", "SUB",
         "REL-PAR", "REL-CONF", "DA", "SAFE-NEG", "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"}
NARR_HEADER = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
GOLD_HEADER = ["narrative_id", "code", "level"]
errors = []


def err(msg):
    errors.append(msg)


# cross-check the code set against the taxonomy when it is readable
tax = "/work/shared/taxonomy.md"
if os.path.exists(tax):
    with open(tax, encoding="utf-8") as f:
        tcodes = set(re.findall(r"^\|\s*([A-Z][A-Z-]+)\s*\|", f.read(), re.M)) - {"code"}
    if tcodes and tcodes != CODES:
        err(f"code set differs from taxonomy: {sorted(tcodes ^ CODES)}")


def load(name, header):
    path = os.path.join(HERE, name)
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err(f"{name}: has a BOM")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{name}: not UTF-8 ({e})")
        return []
    if not text.endswith("\r\n"):
        err(f"{name}: does not end with CRLF")
    if re.search(r"(?<!\r)\n", text) or re.search(r"\r(?!\n)", text):
        err(f"{name}: bare LF or CR found (need CRLF)")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows or rows[0] != header:
        err(f"{name}: header is {rows[0] if rows else None}, want {header}")
        return []
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(header):
            err(f"{name} line {i}: {len(r)} fields")
    return [dict(zip(header, r)) for r in rows[1:] if len(r) == len(header)]


narr = load("narratives.csv", NARR_HEADER)
gold = load("gold.csv", GOLD_HEADER)

byid = {}
notes = 0
case_dates = {}
for r in narr:
    nid = r["narrative_id"]
    if nid in byid:
        err(f"duplicate narrative_id {nid}")
    byid[nid] = r
    m = re.fullmatch(r"(Z\d{3})-([AC])-(blue|green|yellow|orange|red|note)", nid)
    if not m:
        err(f"{nid}: bad id")
        continue
    cid, st, lv = m.groups()
    if r["case_id"] != cid or r["triage_id"] != f"{cid}-{st}":
        err(f"{nid}: triage/case mismatch")
    if r["stage"] != {"A": "assessment", "C": "closure"}[st]:
        err(f"{nid}: stage mismatch")
    if lv == "note":
        notes += 1
        if r["level"] != "":
            err(f"{nid}: note must have empty level")
    elif r["level"] != lv or r["level"] not in LEVELS:
        err(f"{nid}: level {r['level']!r} does not match id")
    try:
        d = date.fromisoformat(r["date"])
    except ValueError:
        err(f"{nid}: bad date {r['date']}")
        continue
    if not (date(2025, 1, 1) <= d <= date(2026, 12, 31)):
        err(f"{nid}: date out of 2025-26")
    case_dates.setdefault(cid, {"assessment": [], "closure": []})[r["stage"]].append(d)
    if not r["locality"] or not r["narrative"].strip():
        err(f"{nid}: empty locality or narrative")

for cid, ds in case_dates.items():
    if not ds["assessment"] or not ds["closure"]:
        err(f"{cid}: needs both assessment and closure narratives")
    elif max(ds["assessment"]) >= min(ds["closure"]):
        err(f"{cid}: closure not after assessment")

if not 85 <= len(narr) <= 100:
    err(f"{len(narr)} narratives (want 85-100)")
if notes > 8:
    err(f"{notes} unboxed notes (max 8)")
if len({r['locality'] for r in narr}) != 4:
    err("want exactly four localities")

seen = set()
note_levels = {}
for g in gold:
    key = (g["narrative_id"], g["code"])
    if key in seen:
        err(f"duplicate gold pair {key}")
    seen.add(key)
    if g["code"] not in CODES:
        err(f"unknown code {g['code']}")
    if g["level"] not in LEVELS:
        err(f"bad gold level {g['level']}")
    n = byid.get(g["narrative_id"])
    if n is None:
        err(f"gold row for unknown narrative {g['narrative_id']}")
        continue
    if n["level"]:
        if g["level"] != n["level"]:
            err(f"{key}: gold level {g['level']} != box level {n['level']}")
    else:
        note_levels.setdefault(g["narrative_id"], set()).add(g["level"])
for nid, lv in note_levels.items():
    if len(lv) != 1:
        err(f"{nid}: unboxed note has more than one level {lv}")

# traps.json
tp = os.path.join(HERE, "traps.json")
raw = open(tp, "rb").read()
if raw.startswith(b"\xef\xbb\xbf"):
    err("traps.json: has a BOM")
traps = json.loads(raw.decode("utf-8"))
for nid, lst in traps.items():
    if nid not in byid:
        err(f"traps.json: unknown narrative {nid}")
    for t in lst:
        if set(t) != {"type", "code", "note"}:
            err(f"traps.json {nid}: bad keys {sorted(t)}")
        elif t["code"] and t["code"] not in CODES:
            err(f"traps.json {nid}: unknown code {t['code']}")
        elif t["type"] not in {"negated", "historical", "hypothetical", "outside", "convention", "partial", "not-coded"}:
            err(f"traps.json {nid}: unknown type {t['type']}")

if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")
