#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv and traps.json; print OK at the end."""
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
NARR_HEADER = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
GOLD_HEADER = ["narrative_id", "code", "level"]
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
        err(f"{name}: last line does not end with CRLF")
    # every line break must be CRLF (no narrative holds a line break)
    if raw.count(b"\n") != raw.count(b"\r\n") or raw.count(b"\r") != raw.count(b"\r\n"):
        err(f"{name}: bare LF or CR found")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows or rows[0] != header:
        err(f"{name}: header is {rows[0] if rows else None}, expected {header}")
        return []
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(header):
            err(f"{name}: line {i} has {len(r)} fields")
    return [dict(zip(header, r)) for r in rows[1:] if len(r) == len(header)]


narr = load("narratives.csv", NARR_HEADER)
gold = load("gold.csv", GOLD_HEADER)

by_id = {}
for n in narr:
    nid = n["narrative_id"]
    if nid in by_id:
        err(f"duplicate narrative_id {nid}")
    by_id[nid] = n
    if n["stage"] not in ("assessment", "closure"):
        err(f"{nid}: bad stage {n['stage']}")
    if not re.fullmatch(r"20(25|26)-\d\d-\d\d", n["date"]):
        err(f"{nid}: date {n['date']} not in 2025-2026")
    if not n["narrative"].strip():
        err(f"{nid}: empty narrative")
    if n["level"]:
        if n["level"] not in LEVELS:
            err(f"{nid}: bad level {n['level']}")
        m = re.fullmatch(r"([A-Z]\d{3})-([AC])-([a-z]+)", nid)
        if not m:
            err(f"{nid}: boxed id not <CASE>-A|C-<level>")
            continue
        case, st, lv = m.groups()
        if lv != n["level"] or n["case_id"] != case or n["triage_id"] != f"{case}-{st}":
            err(f"{nid}: id does not match case/triage/level columns")
        if (st == "A") != (n["stage"] == "assessment"):
            err(f"{nid}: stage letter does not match stage column")
    else:
        if not (n["triage_id"] == nid == n["case_id"]):
            err(f"{nid}: unboxed note must have triage_id = case_id = narrative_id")

# one date and one locality per triage
tri = {}
for n in narr:
    key = (n["date"], n["locality"], n["stage"])
    if tri.setdefault(n["triage_id"], key) != key:
        err(f"{n['triage_id']}: inconsistent date/locality/stage")
if len({n["locality"] for n in narr}) != 4:
    err("expected four localities")

seen = set()
note_levels = {}
for g in gold:
    nid, code, lv = g["narrative_id"], g["code"], g["level"]
    if nid not in by_id:
        err(f"gold row for unknown narrative {nid}")
        continue
    if code not in CODES:
        err(f"{nid}: unknown code {code}")
    if lv not in LEVELS:
        err(f"{nid}: bad gold level {lv}")
    if (nid, code) in seen:
        err(f"{nid}: duplicate code {code}")
    seen.add((nid, code))
    box = by_id[nid]["level"]
    if box and lv != box:
        err(f"{nid}: gold level {lv} differs from box level {box}")
    if not box:
        note_levels.setdefault(nid, set()).add(lv)
for nid, lvs in note_levels.items():
    if len(lvs) != 1:
        err(f"{nid}: unboxed note has several gold levels {lvs}")

if not 85 <= len(narr) <= 100:
    err(f"{len(narr)} narratives, expected 85-100")

# traps.json
try:
    traps = json.load(open(os.path.join(HERE, "traps.json"), encoding="utf-8"))
    for t in traps:
        if t["narrative_id"] not in by_id:
            err(f"traps.json: unknown narrative {t['narrative_id']}")
        gold_codes = sorted(c for (i, c) in seen if i == t["narrative_id"])
        if sorted(t["gold"]) != gold_codes:
            err(f"traps.json: gold list for {t['narrative_id']} differs from gold.csv")
        for x in t["traps"]:
            if x["code"] and x["code"] not in CODES:
                err(f"traps.json: bad code {x['code']} in {t['narrative_id']}")
except Exception as e:  # noqa: BLE001
    err(f"traps.json: {e}")

if errors:
    print("\n".join(errors))
    sys.exit(1)
print(f"{len(narr)} narratives, {len(gold)} gold rows")
print("OK")
