#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv and traps.json; prints OK at the end."""
import csv
import io
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = set("EDU-ATT EDU-EXC EDU-NEET EDU-SEND EYD MH-CHILD MH-ADULT PH SUB REL-PAR REL-CONF DA "
            "SAFE-NEG SAFE-EXP CRIME HOUS FIN CARER".split())
LEVELS = ["blue", "green", "yellow", "orange", "red"]
N_HEAD = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
G_HEAD = ["narrative_id", "code", "level"]
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
    if raw.replace(b"\r\n", b"").count(b"\n") or raw.replace(b"\r\n", b"").count(b"\r"):
        err(f"{name}: bare LF or CR found (line endings must be CRLF)")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows or rows[0] != header:
        err(f"{name}: header is {rows[0] if rows else None}, expected {header}")
        return []
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(header):
            err(f"{name} line {i}: {len(r)} fields")
    return [dict(zip(header, r)) for r in rows[1:] if len(r) == len(header)]


nar = load("narratives.csv", N_HEAD)
gold = load("gold.csv", G_HEAD)

by_id = {}
for r in nar:
    nid = r["narrative_id"]
    if nid in by_id:
        err(f"duplicate narrative_id {nid}")
    by_id[nid] = r
    if r["stage"] not in ("assessment", "closure"):
        err(f"{nid}: bad stage {r['stage']}")
    if not re.fullmatch(r"202[56]-\d\d-\d\d", r["date"]):
        err(f"{nid}: date {r['date']} not ISO 2025-2026")
    if not r["narrative"].strip():
        err(f"{nid}: empty narrative")
    if r["level"]:
        m = re.fullmatch(r"([A-Z]\d{3})-([AC])-(blue|green|yellow|orange|red)", nid)
        if not m:
            err(f"{nid}: boxed id not <CASE>-A|C-<level>")
            continue
        case, st, lvl = m.groups()
        if lvl != r["level"]:
            err(f"{nid}: id level differs from level column")
        if r["triage_id"] != f"{case}-{st}" or r["case_id"] != case:
            err(f"{nid}: triage_id/case_id mismatch")
        if (st == "A") != (r["stage"] == "assessment"):
            err(f"{nid}: stage mismatch")
    else:
        if r["triage_id"] != nid:
            err(f"{nid}: unboxed note triage_id must equal narrative_id")

# triage consistency: same date/locality within a triage, <=3 boxes
tri = {}
for r in nar:
    tri.setdefault(r["triage_id"], []).append(r)
for t, rs in tri.items():
    if len({(x["date"], x["locality"], x["stage"]) for x in rs}) != 1:
        err(f"{t}: inconsistent date/locality/stage")
    if rs[0]["level"] and not 1 <= len(rs) <= 3:
        err(f"{t}: {len(rs)} boxes")

seen = set()
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
        err(f"{nid}: duplicate code {code}")
    seen.add((nid, code))
    box = by_id[nid]["level"]
    if box and lvl != box:
        err(f"{nid}: gold level {lvl} != box level {box}")

# an unboxed note carries one level for all its codes
ul = {}
for g in gold:
    if g["narrative_id"] in by_id and not by_id[g["narrative_id"]]["level"]:
        ul.setdefault(g["narrative_id"], set()).add(g["level"])
for nid, s in ul.items():
    if len(s) != 1:
        err(f"{nid}: unboxed note has several levels {s}")

for r in nar:
    if r["level"] and r["level"] not in LEVELS:
        err(f"{r['narrative_id']}: bad box level")

if not 85 <= len(nar) <= 100:
    err(f"{len(nar)} narratives, expected 85-100")
if len({r["locality"] for r in nar}) != 4:
    err("expected four localities")

traps = json.load(open(os.path.join(HERE, "traps.json"), encoding="utf-8"))
for t in traps:
    if t["narrative_id"] not in by_id:
        err(f"traps.json: unknown narrative {t['narrative_id']}")
    gc = sorted(g["code"] for g in gold if g["narrative_id"] == t["narrative_id"])
    if sorted(t["gold_codes"]) != gc:
        err(f"traps.json: gold_codes differ for {t['narrative_id']}")

if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)
cases = {r["case_id"] for r in nar if r["level"]}
print(f"{len(nar)} narratives ({len(nar) - len(ul) - sum(1 for r in nar if not r['level'] and r['narrative_id'] not in ul)} boxed), "
      f"{len(cases)} boxed cases, {len(gold)} gold rows")
print("OK")
