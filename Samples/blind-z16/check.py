#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv and traps.json of this gold set; prints OK at the end."""
import csv
import io
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = {"EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD", "MH-ADULT", "PH", "SUB",
         "REL-PAR", "REL-CONF", "DA", "SAFE-NEG", "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"}
LEVELS = {"blue", "green", "yellow", "orange", "red"}
NARR_HEADER = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
GOLD_HEADER = ["narrative_id", "code", "level"]
errors = []


def err(msg):
    errors.append(msg)


def read_raw(name):
    with open(os.path.join(HERE, name), "rb") as f:
        raw = f.read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err(f"{name}: has a UTF-8 BOM")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{name}: not UTF-8 ({e})")
        text = raw.decode("utf-8", "replace")
    # every line break must be CRLF (no bare LF or CR anywhere, incl. inside fields)
    if re.search(r"(?<!\r)\n", text) or re.search(r"\r(?!\n)", text):
        err(f"{name}: line endings are not all CRLF")
    if not text.endswith("\r\n"):
        err(f"{name}: does not end with CRLF")
    return text


def rows(name, header):
    text = read_raw(name)
    r = list(csv.reader(io.StringIO(text, newline="")))
    if not r or r[0] != header:
        err(f"{name}: header is {r[0] if r else None}, expected {header}")
        return []
    for i, row in enumerate(r[1:], 2):
        if len(row) != len(header):
            err(f"{name} line {i}: {len(row)} fields")
    return [dict(zip(header, row)) for row in r[1:] if len(row) == len(header)]


narr = rows("narratives.csv", NARR_HEADER)
gold = rows("gold.csv", GOLD_HEADER)

ids = [n["narrative_id"] for n in narr]
if len(ids) != len(set(ids)):
    err("duplicate narrative_id")
by_id = {n["narrative_id"]: n for n in narr}
if not 85 <= len(narr) <= 100:
    err(f"{len(narr)} narratives, expected 85-100")

for n in narr:
    nid, tid, cid, lvl = n["narrative_id"], n["triage_id"], n["case_id"], n["level"]
    if n["stage"] not in ("assessment", "closure"):
        err(f"{nid}: bad stage {n['stage']}")
    if not re.fullmatch(r"202[56]-\d\d-\d\d", n["date"]):
        err(f"{nid}: date {n['date']} not in 2025-2026")
    if not n["narrative"].strip():
        err(f"{nid}: empty narrative")
    if lvl:
        if lvl not in LEVELS:
            err(f"{nid}: bad box level {lvl}")
        m = re.fullmatch(r"([A-Z]+\d+)-([AC])-(blue|green|yellow|orange|red)", nid)
        if not m:
            err(f"{nid}: boxed id not <CASE>-A|C-<level>")
            continue
        if m.group(3) != lvl or tid != f"{m.group(1)}-{m.group(2)}" or cid != m.group(1):
            err(f"{nid}: id / triage_id / case_id / level disagree")
        if (m.group(2) == "A") != (n["stage"] == "assessment"):
            err(f"{nid}: stage disagrees with id")
    else:
        if tid != nid:
            err(f"{nid}: unboxed note's triage_id should equal its narrative_id")

# one date and locality per triage
tri = {}
for n in narr:
    key = n["triage_id"]
    val = (n["date"], n["locality"], n["stage"])
    if tri.setdefault(key, val) != val:
        err(f"{key}: inconsistent date/locality/stage across boxes")
locs = {n["locality"] for n in narr}
if len(locs) != 4:
    err(f"expected 4 localities, got {sorted(locs)}")

seen = set()
unboxed_level = {}
for g in gold:
    nid, code, lvl = g["narrative_id"], g["code"], g["level"]
    if nid not in by_id:
        err(f"gold {nid}: narrative missing")
        continue
    if code not in CODES:
        err(f"gold {nid}: unknown code {code}")
    if lvl not in LEVELS:
        err(f"gold {nid}: bad level {lvl}")
    if (nid, code) in seen:
        err(f"gold {nid}: duplicate code {code}")
    seen.add((nid, code))
    box = by_id[nid]["level"]
    if box and lvl != box:
        err(f"gold {nid} {code}: level {lvl} != box level {box}")
    if not box and unboxed_level.setdefault(nid, lvl) != lvl:
        err(f"gold {nid}: unboxed note has more than one level")

# traps.json
traps_text = read_raw("traps.json")
try:
    traps = json.loads(traps_text)
    for t in traps:
        if t["narrative_id"] not in by_id:
            err(f"traps.json: unknown narrative {t['narrative_id']}")
except (ValueError, KeyError, TypeError) as e:
    err(f"traps.json: {e}")

if errors:
    print("\n".join(errors))
    sys.exit(1)
print(f"{len(narr)} narratives, {len(gold)} gold rows, {len(traps)} trap entries")
print("OK")
