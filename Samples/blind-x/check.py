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
        err(f"{name}: bare LF line ending found")
    if re.search(r"\r(?!\n)", text):
        err(f"{name}: bare CR found")
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
        err(f"{nid}: date {r['date']} not ISO 2025-2026")
    if not r["narrative"].strip():
        err(f"{nid}: empty narrative")
    if r["level"]:
        if r["level"] not in LEVELS:
            err(f"{nid}: bad box level {r['level']}")
        sc = "A" if r["stage"] == "assessment" else "C"
        if r["triage_id"] != f"{r['case_id']}-{sc}":
            err(f"{nid}: triage_id {r['triage_id']} does not match case/stage")
        if nid != f"{r['triage_id']}-{r['level']}":
            err(f"{nid}: boxed narrative id should be triage_id-level")
        if not re.fullmatch(r"X\d{3}", r["case_id"]):
            err(f"{nid}: bad case id")
    else:
        if not (nid == r["triage_id"] == r["case_id"]) or not re.fullmatch(r"X\d{3}", nid):
            err(f"{nid}: unboxed note ids should all equal the case id")

seen = set()
unboxed_levels = {}
for g in gold:
    nid, code, level = g["narrative_id"], g["code"], g["level"]
    if nid not in by_id:
        err(f"gold row for unknown narrative {nid}")
        continue
    if code not in CODES:
        err(f"{nid}: unknown code {code}")
    if level not in LEVELS:
        err(f"{nid}: bad gold level {level}")
    if (nid, code) in seen:
        err(f"{nid}: duplicate code {code}")
    seen.add((nid, code))
    box = by_id[nid]["level"]
    if box and level != box:
        err(f"{nid}: gold level {level} != box level {box}")
    if not box:
        unboxed_levels.setdefault(nid, set()).add(level)
for nid, lv in unboxed_levels.items():
    if len(lv) != 1:
        err(f"{nid}: unboxed note has more than one gold level {lv}")

traps = json.load(open(os.path.join(HERE, "traps.json"), encoding="utf-8"))
for nid in traps:
    if nid not in by_id:
        err(f"traps.json: unknown narrative {nid}")

if not 85 <= len(narr) <= 100:
    err(f"{len(narr)} narratives, expected 85-100")

if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)
print(f"{len(narr)} narratives, {len(gold)} gold rows, {len(traps)} trap-annotated narratives")
print("OK")
