#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv and traps.json; print OK."""
import csv, io, json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
CODES = {"EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD", "MH-ADULT", "PH", "SUB",
         "REL-PAR", "REL-CONF", "DA", "SAFE-NEG", "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"}
LEVELS = {"blue", "green", "yellow", "orange", "red"}
NH = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
GH = ["narrative_id", "code", "level"]

def fail(msg):
    print("FAIL:", msg); sys.exit(1)

def load(name, header):
    raw = open(os.path.join(HERE, name), "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"): fail(f"{name} has a BOM")
    text = raw.decode("utf-8")
    if not text.endswith("\r\n"): fail(f"{name} does not end in CRLF")
    if "\n" in text.replace("\r\n", "") or "\r" in text.replace("\r\n", ""):
        fail(f"{name} has a bare LF or CR")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if rows[0] != header: fail(f"{name} header {rows[0]}")
    for r in rows[1:]:
        if len(r) != len(header): fail(f"{name} row width {r}")
    return rows[1:]

nar = load("narratives.csv", NH)
gold = load("gold.csv", GH)
ids = [r[0] for r in nar]
if len(ids) != len(set(ids)): fail("duplicate narrative ids")
box = {}
localities = set()
for nid, tid, case, stage, date, level, loc, text in nar:
    localities.add(loc)
    if stage not in ("assessment", "closure"): fail(f"stage {nid}")
    if not (date.startswith("2025-") or date.startswith("2026-")): fail(f"date {nid}")
    if not text.strip(): fail(f"empty narrative {nid}")
    if level:
        if level not in LEVELS: fail(f"level {nid}")
        st = {"assessment": "A", "closure": "C"}[stage]
        if tid != f"{case}-{st}" or nid != f"{tid}-{level}": fail(f"id pattern {nid}")
        box[nid] = level
    elif not (tid == nid == case): fail(f"unboxed ids {nid}")
if len(localities) != 4: fail(f"localities {localities}")
if not 85 <= len(nar) <= 100: fail(f"narrative count {len(nar)}")
seen = set()
for nid, code, level in gold:
    if nid not in ids: fail(f"gold narrative missing {nid}")
    if code not in CODES: fail(f"code {code}")
    if level not in LEVELS: fail(f"gold level {level}")
    if (nid, code) in seen: fail(f"duplicate {nid} {code}")
    seen.add((nid, code))
    if nid in box and box[nid] != level: fail(f"box level mismatch {nid}")
unboxed_levels = {}
for nid, code, level in gold:
    if nid not in box:
        unboxed_levels.setdefault(nid, set()).add(level)
for nid, ls in unboxed_levels.items():
    if len(ls) != 1: fail(f"unboxed {nid} has several levels")
traps = json.load(open(os.path.join(HERE, "traps.json"), encoding="utf-8"))
for t in traps:
    if t["narrative_id"] not in ids: fail(f"trap for unknown {t['narrative_id']}")
print("OK")
