#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv and traps.json of gold set z12. Prints OK at the end."""
import csv
import io
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = {"EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD", "MH-ADULT", "PH", "SUB",
         "REL-PAR", "REL-CONF", "DA", "SAFE-NEG", "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"}
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
    if not raw.endswith(b"\r\n"):
        err(f"{name}: does not end with CRLF")
    # every line break outside quoted fields must be CRLF; narratives contain no embedded newlines
    if re.search(rb"(?<!\r)\n", raw):
        err(f"{name}: bare LF found")
    if re.search(rb"\r(?!\n)", raw):
        err(f"{name}: bare CR found")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows or rows[0] != header:
        err(f"{name}: header is {rows[0] if rows else None}, expected {header}")
        return []
    body = rows[1:]
    for i, r in enumerate(body, 2):
        if len(r) != len(header):
            err(f"{name} line {i}: {len(r)} fields")
    return [dict(zip(header, r)) for r in body if len(r) == len(header)]


narr = load("narratives.csv", N_HEADER)
gold = load("gold.csv", G_HEADER)

ids = [n["narrative_id"] for n in narr]
if len(ids) != len(set(ids)):
    err("duplicate narrative_id")
by_id = {n["narrative_id"]: n for n in narr}
localities = set()
for n in narr:
    nid = n["narrative_id"]
    localities.add(n["locality"])
    if n["stage"] not in ("assessment", "closure"):
        err(f"{nid}: bad stage {n['stage']}")
    if not re.fullmatch(r"202[56]-\d\d-\d\d", n["date"]):
        err(f"{nid}: date {n['date']} not 2025-2026 ISO")
    if not n["narrative"].strip():
        err(f"{nid}: empty narrative")
    if n["level"]:
        if n["level"] not in LEVELS:
            err(f"{nid}: bad box level {n['level']}")
        m = re.fullmatch(r"([A-Z]\d\d)-([AC])-(\w+)", nid)
        if not m:
            err(f"{nid}: boxed id pattern")
            continue
        cid, st, lv = m.groups()
        if lv != n["level"] or n["case_id"] != cid or n["triage_id"] != f"{cid}-{st}":
            err(f"{nid}: id/triage/case/level mismatch")
        if (st == "A") != (n["stage"] == "assessment"):
            err(f"{nid}: stage letter mismatch")
    else:
        if n["triage_id"] != nid or n["case_id"] != nid:
            err(f"{nid}: unboxed note should have triage_id = case_id = narrative_id")

# dates consistent within a triage
tri_dates = {}
for n in narr:
    tri_dates.setdefault(n["triage_id"], set()).add(n["date"])
for t, ds in tri_dates.items():
    if len(ds) != 1:
        err(f"{t}: several dates")

pairs = set()
gold_levels = {}
for g in gold:
    nid, code, lv = g["narrative_id"], g["code"], g["level"]
    if nid not in by_id:
        err(f"gold row for unknown narrative {nid}")
        continue
    if code not in CODES:
        err(f"{nid}: unknown code {code}")
    if lv not in LEVELS:
        err(f"{nid}: bad gold level {lv}")
    if (nid, code) in pairs:
        err(f"{nid}: duplicate code {code}")
    pairs.add((nid, code))
    box = by_id[nid]["level"]
    if box and lv != box:
        err(f"{nid}: gold level {lv} differs from box {box}")
    gold_levels.setdefault(nid, set()).add(lv)
for nid, lvs in gold_levels.items():
    if len(lvs) != 1:
        err(f"{nid}: more than one gold level")

# traps.json agrees with gold.csv
tj = json.load(open(os.path.join(HERE, "traps.json"), encoding="utf-8"))
tj_ids = [t["narrative_id"] for t in tj["narratives"]]
if sorted(tj_ids) != sorted(ids):
    err("traps.json narratives differ from narratives.csv")
for t in tj["narratives"]:
    want = {(t["narrative_id"], c) for c in t["gold_codes"]}
    have = {p for p in pairs if p[0] == t["narrative_id"]}
    if want != have:
        err(f"{t['narrative_id']}: traps.json gold_codes differ from gold.csv")
    for tr in t["traps"]:
        if tr["kind"] not in tj["kinds"]:
            err(f"{t['narrative_id']}: unknown trap kind {tr['kind']}")

if not 85 <= len(narr) <= 100:
    err(f"{len(narr)} narratives, expected 85-100")
if len(localities) != 4:
    err(f"{len(localities)} localities, expected 4")

if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)
print(f"{len(narr)} narratives, {len(gold)} gold rows, "
      f"{len({n['case_id'] for n in narr if n['level']})} boxed cases, "
      f"{sum(1 for n in narr if not n['level'])} unboxed notes")
print("OK")
