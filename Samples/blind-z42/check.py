#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv and traps.json; print OK at the end."""
import csv
import io
import json
import os
import re
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = {"EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD",
         "MH-ADULT", "PH", "SUB", "REL-PAR", "REL-CONF", "DA", "SAFE-NEG",
         "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"}
LEVELS = ["blue", "green", "yellow", "orange", "red"]
N_HEADER = ["narrative_id", "triage_id", "case_id", "stage", "date", "level",
            "locality", "narrative"]
G_HEADER = ["narrative_id", "code", "level"]
errors = []


def err(msg):
    errors.append(msg)


def read_csv(name, header):
    path = os.path.join(HERE, name)
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err(name + ": has a UTF-8 BOM")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(name + ": not UTF-8: %s" % e)
        return []
    # CRLF: every newline must be part of \r\n, and no stray \r
    if raw.count(b"\n") != raw.count(b"\r\n") or raw.count(b"\r") != raw.count(b"\r\n"):
        err(name + ": line endings are not all CRLF")
    if not raw.endswith(b"\r\n"):
        err(name + ": last line does not end with CRLF")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows or rows[0] != header:
        err(name + ": header is %r" % (rows[0] if rows else None))
        return []
    out = []
    for i, row in enumerate(rows[1:], start=2):
        if len(row) != len(header):
            err("%s line %d: %d fields" % (name, i, len(row)))
            continue
        out.append(dict(zip(header, row)))
    return out


narr = read_csv("narratives.csv", N_HEADER)
gold = read_csv("gold.csv", G_HEADER)

# ---- narratives
ids = [r["narrative_id"] for r in narr]
if len(ids) != len(set(ids)):
    err("duplicate narrative ids")
if not 85 <= len(narr) <= 100:
    err("narrative count %d outside 85-100" % len(narr))
by_id = {r["narrative_id"]: r for r in narr}
localities = set()
for r in narr:
    nid = r["narrative_id"]
    localities.add(r["locality"])
    if r["stage"] not in ("assessment", "closure"):
        err(nid + ": bad stage")
    try:
        d = date.fromisoformat(r["date"])
        if d.year not in (2025, 2026):
            err(nid + ": date outside 2025-2026")
    except ValueError:
        err(nid + ": bad date")
    if not r["narrative"].strip():
        err(nid + ": empty narrative")
    if r["level"]:
        if r["level"] not in LEVELS:
            err(nid + ": bad box level")
        letter = "A" if r["stage"] == "assessment" else "C"
        if r["triage_id"] != r["case_id"] + "-" + letter:
            err(nid + ": triage_id does not match case and stage")
        if nid != r["triage_id"] + "-" + r["level"]:
            err(nid + ": id does not match triage_id-level")
        if not re.fullmatch(r"[A-Z]\d{3}-[AC]-(blue|green|yellow|orange|red)", nid):
            err(nid + ": id format")
    else:
        if r["triage_id"] != nid:
            err(nid + ": unboxed note's triage_id must equal its id")
if len(localities) != 4:
    err("expected 4 localities, found %d" % len(localities))
boxed_ids = {r["triage_id"] for r in narr if r["level"]}
# one box per level per triage is implied by unique ids

# ---- gold
seen = set()
levels_of = {}
for g in gold:
    nid, code, lvl = g["narrative_id"], g["code"], g["level"]
    if nid not in by_id:
        err("gold row for unknown narrative " + nid)
        continue
    if code not in CODES:
        err("%s: unknown code %s" % (nid, code))
    if lvl not in LEVELS:
        err("%s: bad gold level %s" % (nid, lvl))
    if (nid, code) in seen:
        err("%s: duplicate code %s" % (nid, code))
    seen.add((nid, code))
    box = by_id[nid]["level"]
    if box and lvl != box:
        err("%s: gold level %s differs from box %s" % (nid, lvl, box))
    levels_of.setdefault(nid, set()).add(lvl)
for nid, lv in levels_of.items():
    if len(lv) != 1:
        err(nid + ": more than one gold level")

# ---- traps.json
try:
    traps = json.load(open(os.path.join(HERE, "traps.json"), encoding="utf-8"))
    gold_codes = {}
    for g in gold:
        gold_codes.setdefault(g["narrative_id"], set()).add(g["code"])
    for t in traps:
        nid = t["narrative_id"]
        if nid not in by_id:
            err("traps.json: unknown narrative " + nid)
        if set(t["gold_codes"]) != gold_codes.get(nid, set()):
            err("traps.json: gold_codes disagree with gold.csv for " + nid)
        if not t["traps"]:
            err("traps.json: empty trap list for " + nid)
except (OSError, ValueError, KeyError) as e:
    err("traps.json: %s" % e)

if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)
print("%d narratives (%d boxed in %d triages, %d unboxed), %d gold rows"
      % (len(narr), sum(1 for r in narr if r["level"]), len(boxed_ids),
         sum(1 for r in narr if not r["level"]), len(gold)))
print("OK")
