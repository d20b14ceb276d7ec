#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv and traps.json of this gold set; prints OK."""
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
NH = "narrative_id,triage_id,case_id,stage,date,level,locality,narrative"
GH = "narrative_id,code,level"
errors = []


def err(m):
    errors.append(m)


def load(name, header):
    raw = open(os.path.join(HERE, name), "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err(f"{name}: BOM")
    text = raw.decode("utf-8")  # raises if not UTF-8
    if re.search(r"(?<!\r)\n", text) or re.search(r"\r(?!\n)", text):
        err(f"{name}: not all line endings are CRLF")
    if not text.endswith("\r\n"):
        err(f"{name}: no final CRLF")
    if text.split("\r\n", 1)[0] != header:
        err(f"{name}: bad header")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    ncol = len(header.split(","))
    for r in rows:
        if len(r) != ncol:
            err(f"{name}: row with {len(r)} fields: {r[:1]}")
    return [dict(zip(header.split(","), r)) for r in rows[1:]]


narr = load("narratives.csv", NH)
gold = load("gold.csv", GH)

ids = [n["narrative_id"] for n in narr]
if len(ids) != len(set(ids)):
    err("duplicate narrative ids")
byid = {n["narrative_id"]: n for n in narr}
cases = set()
for n in narr:
    nid, lvl = n["narrative_id"], n["level"]
    if n["stage"] not in ("assessment", "closure"):
        err(f"{nid}: stage {n['stage']}")
    if not re.fullmatch(r"202[56]-\d\d-\d\d", n["date"]):
        err(f"{nid}: date {n['date']}")
    if not n["narrative"].strip():
        err(f"{nid}: empty narrative")
    if lvl:
        if lvl not in LEVELS:
            err(f"{nid}: level {lvl}")
        m = re.fullmatch(r"([A-Z]+\d+)-([AC])-(\w+)", nid)
        if not m or m.group(3) != lvl or n["triage_id"] != f"{m.group(1)}-{m.group(2)}" \
                or n["case_id"] != m.group(1) \
                or n["stage"] != {"A": "assessment", "C": "closure"}[m.group(2)]:
            err(f"{nid}: id/triage/case/stage/level mismatch")
        cases.add(n["case_id"])
    else:
        if n["triage_id"] != nid or n["case_id"] != nid:
            err(f"{nid}: unboxed note ids")
locs = {n["locality"] for n in narr}
if len(locs) != 4:
    err(f"expected 4 localities, got {sorted(locs)}")

seen = set()
for g in gold:
    nid, code, lvl = g["narrative_id"], g["code"], g["level"]
    if nid not in byid:
        err(f"gold {nid}: no such narrative")
        continue
    if code not in CODES:
        err(f"gold {nid}: bad code {code}")
    if lvl not in LEVELS:
        err(f"gold {nid}: bad level {lvl}")
    if (nid, code) in seen:
        err(f"gold {nid}: duplicate {code}")
    seen.add((nid, code))
    if byid[nid]["level"] and byid[nid]["level"] != lvl:
        err(f"gold {nid}: level {lvl} != box {byid[nid]['level']}")
# an unboxed note takes one level for all its codes
for nid, n in byid.items():
    if not n["level"]:
        lv = {g["level"] for g in gold if g["narrative_id"] == nid}
        if len(lv) > 1:
            err(f"{nid}: several levels {lv}")

traps = json.load(open(os.path.join(HERE, "traps.json"), encoding="utf-8"))
for t in traps:
    if t["narrative_id"] not in byid:
        err(f"trap for unknown {t['narrative_id']}")

if not 85 <= len(narr) <= 100:
    err(f"{len(narr)} narratives, expected 85-100")

if errors:
    print("\n".join(errors))
    sys.exit(1)
print(f"{len(narr)} narratives ({len(cases)} cases + "
      f"{sum(1 for n in narr if not n['level'])} unboxed), {len(gold)} gold rows")
print("OK")
