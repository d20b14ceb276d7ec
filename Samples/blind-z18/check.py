#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv and traps.json of this gold set; prints OK at the end."""
import csv
import io
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = set("EDU-ATT EDU-EXC EDU-NEET EDU-SEND EYD MH-CHILD MH-ADULT PH SUB REL-PAR "
            "REL-CONF DA SAFE-NEG SAFE-EXP CRIME HOUS FIN CARER".split())
LEVELS = ["blue", "green", "yellow", "orange", "red"]
NHEAD = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
GHEAD = ["narrative_id", "code", "level"]
errors = []


def fail(msg):
    errors.append(msg)


def load(name, header):
    raw = open(os.path.join(HERE, name), "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        fail(f"{name}: has a BOM")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        fail(f"{name}: not UTF-8 ({e})")
        return []
    if b"\n" in raw.replace(b"\r\n", b""):
        fail(f"{name}: bare LF line ending")
    if b"\r" in raw.replace(b"\r\n", b""):
        fail(f"{name}: bare CR")
    if not raw.endswith(b"\r\n"):
        fail(f"{name}: does not end with CRLF")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows or rows[0] != header:
        fail(f"{name}: header is {rows[0] if rows else None}")
        return []
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(header):
            fail(f"{name} line {i}: {len(r)} fields")
    return [dict(zip(header, r)) for r in rows[1:] if len(r) == len(header)]


narr = load("narratives.csv", NHEAD)
gold = load("gold.csv", GHEAD)

ids = [n["narrative_id"] for n in narr]
if len(ids) != len(set(ids)):
    fail("duplicate narrative_id")
byid = {n["narrative_id"]: n for n in narr}
locs = set()
for n in narr:
    nid, lvl = n["narrative_id"], n["level"]
    locs.add(n["locality"])
    if n["stage"] not in ("assessment", "closure"):
        fail(f"{nid}: stage {n['stage']}")
    if not (n["date"][:4] in ("2025", "2026") and len(n["date"]) == 10):
        fail(f"{nid}: date {n['date']}")
    if not n["narrative"].strip():
        fail(f"{nid}: empty narrative")
    if lvl:
        if lvl not in LEVELS:
            fail(f"{nid}: level {lvl}")
        st = "A" if n["stage"] == "assessment" else "C"
        if n["triage_id"] != f"{n['case_id']}-{st}" or nid != f"{n['triage_id']}-{lvl}":
            fail(f"{nid}: id/triage/case/stage mismatch")
    else:
        if n["triage_id"] != nid or n["case_id"] != nid:
            fail(f"{nid}: unboxed note ids should equal narrative_id")
if len(locs) != 4:
    fail(f"expected 4 localities, got {sorted(locs)}")
if not 85 <= len(narr) <= 100:
    fail(f"{len(narr)} narratives, expected 85-100")

pairs = set()
glevel = {}
for g in gold:
    nid, code, lvl = g["narrative_id"], g["code"], g["level"]
    if nid not in byid:
        fail(f"gold row for unknown narrative {nid}")
        continue
    if code not in CODES:
        fail(f"{nid}: unknown code {code}")
    if lvl not in LEVELS:
        fail(f"{nid}: gold level {lvl}")
    if (nid, code) in pairs:
        fail(f"{nid}: duplicate code {code}")
    pairs.add((nid, code))
    if byid[nid]["level"] and lvl != byid[nid]["level"]:
        fail(f"{nid}: gold level {lvl} differs from box level {byid[nid]['level']}")
    glevel.setdefault(nid, set()).add(lvl)
for nid, s in glevel.items():
    if len(s) != 1:
        fail(f"{nid}: more than one gold level {s}")

traps = json.load(open(os.path.join(HERE, "traps.json"), encoding="utf-8"))
for nid, lst in traps.items():
    if nid not in byid:
        fail(f"traps.json: unknown narrative {nid}")
    for t in lst:
        if t.get("code") not in CODES:
            fail(f"traps.json {nid}: code {t.get('code')}")

if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)
print(f"{len(narr)} narratives ({sum(1 for n in narr if n['level'])} boxed), "
      f"{len({n['case_id'] for n in narr})} cases, {len(gold)} gold rows")
print("OK")
