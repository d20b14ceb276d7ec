#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv and traps.json; prints OK at the end."""
import csv
import io
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = set("EDU-ATT EDU-EXC EDU-NEET EDU-SEND EYD MH-CHILD MH-ADULT PH SUB REL-PAR "
            "REL-CONF DA SAFE-NEG SAFE-EXP CRIME HOUS FIN CARER".split())
LEVELS = ["blue", "green", "yellow", "orange", "red"]
N_HEADER = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
G_HEADER = ["narrative_id", "code", "level"]
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
    return [dict(zip(header, r)) for r in rows[1:]]


narr = load("narratives.csv", N_HEADER)
gold = load("gold.csv", G_HEADER)

by_id = {}
for r in narr:
    nid = r["narrative_id"]
    if nid in by_id:
        err(f"duplicate narrative_id {nid}")
    by_id[nid] = r
    if r["stage"] not in ("assessment", "closure"):
        err(f"{nid}: bad stage {r['stage']}")
    if not re.fullmatch(r"202[56]-\d\d-\d\d", r["date"]):
        err(f"{nid}: date {r['date']} not in 2025-2026")
    if not r["narrative"].strip():
        err(f"{nid}: empty narrative")
    if r["level"]:
        m = re.fullmatch(r"([A-Z]\d{3})-([AC])-(blue|green|yellow|orange|red)", nid)
        if not m:
            err(f"{nid}: boxed id not <CASE>-A|C-<level>")
            continue
        case, st, lev = m.groups()
        if r["level"] != lev:
            err(f"{nid}: level column {r['level']} != id level")
        if r["triage_id"] != f"{case}-{st}" or r["case_id"] != case:
            err(f"{nid}: triage/case id mismatch")
        if r["stage"] != {"A": "assessment", "C": "closure"}[st]:
            err(f"{nid}: stage does not match A/C")
    else:
        if r["triage_id"] != nid:
            err(f"{nid}: unboxed note triage_id should equal narrative_id")

localities = {r["locality"] for r in narr}
if len(localities) != 4:
    err(f"expected 4 localities, got {sorted(localities)}")
if not 85 <= len(narr) <= 100:
    err(f"{len(narr)} narratives, expected 85-100")

# assessment before closure within a case
dates = {}
for r in narr:
    if r["level"]:
        dates.setdefault((r["case_id"], r["stage"]), set()).add(r["date"])
for (case, st), ds in dates.items():
    if len(ds) != 1:
        err(f"{case} {st}: boxes of one triage have different dates {ds}")
    if st == "closure" and (case, "assessment") in dates:
        if min(ds) <= max(dates[(case, "assessment")]):
            err(f"{case}: closure not after assessment")

seen = set()
note_levels = {}
for g in gold:
    nid, code, lev = g["narrative_id"], g["code"], g["level"]
    if nid not in by_id:
        err(f"gold row for unknown narrative {nid}")
        continue
    if code not in CODES:
        err(f"{nid}: unknown code {code}")
    if lev not in LEVELS:
        err(f"{nid}: bad level {lev}")
    if (nid, code) in seen:
        err(f"duplicate gold ({nid}, {code})")
    seen.add((nid, code))
    box = by_id[nid]["level"]
    if box and lev != box:
        err(f"{nid}: gold level {lev} != box level {box}")
    if not box:
        note_levels.setdefault(nid, set()).add(lev)
for nid, ls in note_levels.items():
    if len(ls) != 1:
        err(f"{nid}: unboxed note has more than one gold level {ls}")

# traps.json agrees with gold.csv
traps = json.load(open(os.path.join(HERE, "traps.json"), encoding="utf-8"))
tids = [t["narrative_id"] for t in traps]
if sorted(tids) != sorted(by_id):
    err("traps.json narrative ids differ from narratives.csv")
for t in traps:
    want = {(t["narrative_id"], c) for c in t["gold_codes"]}
    have = {(n, c) for (n, c) in seen if n == t["narrative_id"]}
    if want != have:
        err(f"{t['narrative_id']}: traps.json codes differ from gold.csv")
    for tr in t["traps"]:
        if tr["kind"] not in ("negated", "historical", "hypothetical", "outside-household",
                              "look-alike", "need-met", "box-level"):
            err(f"{t['narrative_id']}: unknown trap kind {tr['kind']}")

if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)
n_cases = len({r["case_id"] for r in narr})
print(f"{len(narr)} narratives, {n_cases} cases, {len(gold)} gold rows, "
      f"{sum(1 for t in traps if t['traps'])} narratives with traps")
print("OK")
