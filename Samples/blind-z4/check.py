#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv and traps.json; print OK at the end."""
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
        err(f"{name}: not UTF-8: {e}")
        return []
    if not raw.endswith(b"\r\n"):
        err(f"{name}: does not end with CRLF")
    if raw.count(b"\n") != raw.count(b"\r\n"):
        err(f"{name}: bare LF found")
    if raw.replace(b"\r\n", b"").count(b"\r"):
        err(f"{name}: bare CR found")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows or rows[0] != header:
        err(f"{name}: header is {rows[0] if rows else None}")
        return []
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(header):
            err(f"{name}: line {i} has {len(r)} fields")
    return [dict(zip(header, r)) for r in rows[1:]]


narr = load("narratives.csv", N_HEAD)
gold = load("gold.csv", G_HEAD)

ids = [r["narrative_id"] for r in narr]
if len(ids) != len(set(ids)):
    err("duplicate narrative ids")
byid = {r["narrative_id"]: r for r in narr}
if not 85 <= len(narr) <= 100:
    err(f"{len(narr)} narratives, expected 85-100")

localities = set()
for r in narr:
    nid, lvl = r["narrative_id"], r["level"]
    localities.add(r["locality"])
    if r["stage"] not in ("assessment", "closure"):
        err(f"{nid}: bad stage")
    if not re.fullmatch(r"202[56]-\d\d-\d\d", r["date"]):
        err(f"{nid}: date {r['date']} not 2025-2026")
    if not r["narrative"].strip():
        err(f"{nid}: empty narrative")
    if lvl:
        if lvl not in LEVELS:
            err(f"{nid}: bad level {lvl}")
        suffix = "-A" if r["stage"] == "assessment" else "-C"
        if r["triage_id"] != r["case_id"] + suffix or nid != r["triage_id"] + "-" + lvl:
            err(f"{nid}: id/triage/case/stage mismatch")
    else:
        if not (r["triage_id"] == nid == r["case_id"]):
            err(f"{nid}: unboxed ids should all be equal")
if len(localities) != 4:
    err(f"expected 4 localities, found {sorted(localities)}")

# one date per triage
tri_dates = {}
for r in narr:
    tri_dates.setdefault(r["triage_id"], set()).add((r["date"], r["stage"], r["locality"]))
for t, d in tri_dates.items():
    if len(d) != 1:
        err(f"triage {t}: inconsistent date/stage/locality")

seen = set()
for g in gold:
    nid, code, lvl = g["narrative_id"], g["code"], g["level"]
    if nid not in byid:
        err(f"gold row for unknown narrative {nid}")
        continue
    if code not in CODES:
        err(f"{nid}: unknown code {code}")
    if lvl not in LEVELS:
        err(f"{nid}: bad gold level {lvl}")
    if (nid, code) in seen:
        err(f"{nid}: duplicate code {code}")
    seen.add((nid, code))
    box = byid[nid]["level"]
    if box and lvl != box:
        err(f"{nid}: gold level {lvl} != box level {box}")

# an unboxed narrative has one level for all its codes
ulev = {}
for g in gold:
    if g["narrative_id"] in byid and not byid[g["narrative_id"]]["level"]:
        ulev.setdefault(g["narrative_id"], set()).add(g["level"])
for nid, s in ulev.items():
    if len(s) != 1:
        err(f"{nid}: unboxed narrative has several gold levels {s}")

traps = json.load(open(os.path.join(HERE, "traps.json"), encoding="utf-8"))
for nid, notes in traps.items():
    if nid not in byid:
        err(f"traps.json: unknown narrative {nid}")
    for n in notes:
        if n.get("code") is not None and n["code"] not in CODES:
            err(f"traps.json: {nid}: unknown code {n['code']}")

if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)
print("OK")
