#!/usr/bin/env python3
"""Validate the Z153 blind set (narratives.csv, gold.csv, traps.json). Prints OK or the problems."""
import csv
import io
import json
import os
import re
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = {"EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD", "MH-ADULT", "PH", "SUB",
         "REL-PAR", "REL-CONF", "DA", "SAFE-NEG", "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"}
LEVELS = ["blue", "green", "yellow", "orange", "red"]
N_HEADER = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
G_HEADER = ["narrative_id", "code", "level"]
TRAP_TYPES = {"negated", "historical", "hypothetical", "outside", "convention", "partial", "not-coded"}
TAXONOMY = "/work/shared/taxonomy.md"
errors = []


def err(msg):
    errors.append(msg)


def read_bytes(name):
    with open(os.path.join(HERE, name), "rb") as fh:
        return fh.read()


def text_of(name, crlf):
    raw = read_bytes(name)
    if raw.startswith(b"\xef\xbb\xbf"):
        err("%s: has a UTF-8 BOM" % name)
    try:
        txt = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err("%s: not UTF-8 (%s)" % (name, e))
        return ""
    if crlf:
        if not raw.endswith(b"\r\n"):
            err("%s: does not end with CRLF" % name)
        if re.search(rb"(?<!\r)\n", raw):
            err("%s: bare LF line ending" % name)
        if re.search(rb"\r(?!\n)", raw):
            err("%s: bare CR" % name)
    return txt


# the code set must match the taxonomy's code table, where the taxonomy is available
if os.path.exists(TAXONOMY):
    with open(TAXONOMY, encoding="utf-8") as fh:
        tax = set(re.findall(r"^\|\s*([A-Z]{2,6}(?:-[A-Z]{2,6})?)\s*\|", fh.read(), re.M))
    tax.discard("code")
    if tax and tax != CODES:
        err("code set differs from taxonomy: %s" % sorted(tax ^ CODES))

# ---- narratives.csv
ntxt = text_of("narratives.csv", crlf=True)
nrows = list(csv.reader(io.StringIO(ntxt, newline="")))
if not nrows or nrows[0] != N_HEADER:
    err("narratives.csv: header is %r" % (nrows[0] if nrows else None))
narr = {}
triage_dates = {}
case_stage_dates = {}
localities = set()
notes = 0
for i, row in enumerate(nrows[1:], start=2):
    if len(row) != len(N_HEADER):
        err("narratives.csv line %d: %d fields" % (i, len(row)))
        continue
    nid, tid, cid, stage, d, level, loc, text = row
    if nid in narr:
        err("duplicate narrative_id %s" % nid)
    narr[nid] = row
    if not re.fullmatch(r"Z\d{3}", cid):
        err("%s: bad case_id %r" % (nid, cid))
    letter = {"assessment": "A", "closure": "C"}.get(stage)
    if letter is None:
        err("%s: bad stage %r" % (nid, stage))
    elif tid != "%s-%s" % (cid, letter):
        err("%s: triage_id %s inconsistent with case %s / stage %s" % (nid, tid, cid, stage))
    if level:
        if level not in LEVELS:
            err("%s: bad level %r" % (nid, level))
        if nid != "%s-%s" % (tid, level):
            err("%s: id does not match triage/level" % nid)
    else:
        notes += 1
        if nid != "%s-note" % tid:
            err("%s: unboxed note id should be %s-note" % (nid, tid))
    try:
        dd = date.fromisoformat(d)
        if not (date(2025, 1, 1) <= dd <= date(2026, 12, 31)):
            err("%s: date %s outside 2025-26" % (nid, d))
    except ValueError:
        err("%s: bad date %r" % (nid, d))
        dd = None
    if tid in triage_dates and triage_dates[tid] != d:
        err("%s: triage %s has two dates" % (nid, tid))
    triage_dates[tid] = d
    if dd:
        case_stage_dates.setdefault(cid, {})[stage] = dd
    localities.add(loc)
    if not text.strip():
        err("%s: empty narrative" % nid)

for cid, st in sorted(case_stage_dates.items()):
    if set(st) != {"assessment", "closure"}:
        err("case %s lacks a stage: %s" % (cid, sorted(st)))
    elif not st["closure"] > st["assessment"]:
        err("case %s: closure %s not after assessment %s" % (cid, st["closure"], st["assessment"]))
if not 85 <= len(narr) <= 100:
    err("narrative count %d not in 85-100" % len(narr))
if notes > 8:
    err("%d unboxed notes (max 8)" % notes)
if len(localities) != 4:
    err("expected 4 localities, got %s" % sorted(localities))

# ---- gold.csv
gtxt = text_of("gold.csv", crlf=True)
grows = list(csv.reader(io.StringIO(gtxt, newline="")))
if not grows or grows[0] != G_HEADER:
    err("gold.csv: header is %r" % (grows[0] if grows else None))
pairs = set()
note_levels = {}
for i, row in enumerate(grows[1:], start=2):
    if len(row) != 3:
        err("gold.csv line %d: %d fields" % (i, len(row)))
        continue
    nid, code, level = row
    if nid not in narr:
        err("gold.csv line %d: unknown narrative %s" % (i, nid))
        continue
    if code not in CODES:
        err("gold.csv line %d: code %r not in taxonomy" % (i, code))
    if level not in LEVELS:
        err("gold.csv line %d: level %r" % (i, level))
    if (nid, code) in pairs:
        err("gold.csv line %d: duplicate pair %s %s" % (i, nid, code))
    pairs.add((nid, code))
    box = narr[nid][5]
    if box:
        if level != box:
            err("gold.csv line %d: level %s differs from box %s" % (i, level, box))
    else:
        note_levels.setdefault(nid, set()).add(level)
for nid, lv in note_levels.items():
    if len(lv) != 1:
        err("note %s has several gold levels %s" % (nid, sorted(lv)))

# ---- traps.json
ttxt = text_of("traps.json", crlf=False)
try:
    traps = json.loads(ttxt)
except ValueError as e:
    err("traps.json: %s" % e)
    traps = {}
for nid, items in traps.items():
    if nid not in narr:
        err("traps.json: unknown narrative %s" % nid)
    if not isinstance(items, list) or not items:
        err("traps.json: %s not a non-empty list" % nid)
        continue
    for t in items:
        if set(t) != {"type", "code", "note"}:
            err("traps.json: %s entry keys %s" % (nid, sorted(t)))
            continue
        if t["type"] not in TRAP_TYPES:
            err("traps.json: %s bad type %r" % (nid, t["type"]))
        if t["code"] is not None and t["code"] not in CODES:
            err("traps.json: %s bad code %r" % (nid, t["code"]))
        if not t["note"]:
            err("traps.json: %s empty note" % nid)

if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)
print("OK")
