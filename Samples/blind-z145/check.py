#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv and traps.json; print OK or the problems."""
import csv
import datetime
import io
import json
import os
import re
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = {"EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD", "MH-ADULT", "PH",
         "SUB", "REL-PAR", "REL-CONF", "DA", "SAFE-NEG", "SAFE-EXP", "CRIME", "HOUS", "FIN",
         "CARER"}
LEVELS = ["blue", "green", "yellow", "orange", "red"]
NAR_HEADER = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality",
              "narrative"]
GOLD_HEADER = ["narrative_id", "code", "level"]
TRAP_TYPES = {"negated", "historical", "hypothetical", "outside", "convention", "partial",
              "not-coded", "level"}
LO, HI = datetime.date(2025, 1, 1), datetime.date(2026, 12, 31)
ID_RE = re.compile(r"^(Z\d{3})-([AC])-(blue|green|yellow|orange|red|note)$")

errors = []


def err(msg):
    errors.append(msg)


def load_text(name):
    raw = open(os.path.join(HERE, name), "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err("%s: has a UTF-8 BOM" % name)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err("%s: not UTF-8 (%s)" % (name, e))
        text = raw.decode("utf-8", "replace")
    if raw.count(b"\n") != raw.count(b"\r\n") or raw.count(b"\r") != raw.count(b"\r\n"):
        err("%s: line endings are not all CRLF" % name)
    if not raw.endswith(b"\r\n"):
        err("%s: does not end with CRLF" % name)
    return text


def load_csv(name, header):
    rows = list(csv.reader(io.StringIO(load_text(name), newline="")))
    if not rows or rows[0] != header:
        err("%s: header is %r, expected %r" % (name, rows[0] if rows else None, header))
        return []
    body = rows[1:]
    for i, r in enumerate(body, 2):
        if len(r) != len(header):
            err("%s line %d: %d fields" % (name, i, len(r)))
    return [r for r in body if len(r) == len(header)]


nar = load_csv("narratives.csv", NAR_HEADER)
gold = load_csv("gold.csv", GOLD_HEADER)

# ---- narratives
by_id = {}
case_dates = defaultdict(lambda: defaultdict(set))
localities = set()
notes = 0
for nid, tid, cid, stage, date, level, loc, text in nar:
    if nid in by_id:
        err("duplicate narrative_id %s" % nid)
    by_id[nid] = level
    m = ID_RE.match(nid)
    if not m:
        err("bad narrative_id %s" % nid)
        continue
    c, s, box = m.groups()
    if tid != "%s-%s" % (c, s):
        err("%s: triage_id %s inconsistent" % (nid, tid))
    if cid != c:
        err("%s: case_id %s inconsistent" % (nid, cid))
    if stage != {"A": "assessment", "C": "closure"}[s]:
        err("%s: stage %s inconsistent" % (nid, stage))
    if box == "note":
        notes += 1
        if level != "":
            err("%s: unboxed note must have an empty level" % nid)
    elif level != box:
        err("%s: level %s does not match id" % (nid, level))
    if level and level not in LEVELS:
        err("%s: bad level %s" % (nid, level))
    try:
        d = datetime.date.fromisoformat(date)
        if not (LO <= d <= HI):
            err("%s: date %s outside 2025-26" % (nid, date))
        case_dates[cid][stage].add(d)
    except ValueError:
        err("%s: bad date %r" % (nid, date))
    if not loc:
        err("%s: empty locality" % nid)
    localities.add(loc)
    if not text.strip():
        err("%s: empty narrative" % nid)

if not (85 <= len(nar) <= 100):
    err("narrative count %d outside 85-100" % len(nar))
if notes > 8:
    err("%d unboxed notes (> 8)" % notes)
if len(localities) != 4:
    err("expected 4 localities, found %s" % sorted(localities))
for cid, st in case_dates.items():
    if set(st) != {"assessment", "closure"}:
        err("%s: does not have both stages" % cid)
        continue
    for s in st:
        if len(st[s]) != 1:
            err("%s: %s boxes carry different dates" % (cid, s))
    if max(st["assessment"]) >= min(st["closure"]):
        err("%s: closure not after assessment" % cid)
if not (30 <= len(case_dates) <= 40):
    err("case count %d outside 30-40" % len(case_dates))

# ---- gold
pairs = set()
note_levels = defaultdict(set)
for nid, code, level in gold:
    if nid not in by_id:
        err("gold row for unknown narrative %s" % nid)
        continue
    if code not in CODES:
        err("%s: unknown code %s" % (nid, code))
    if level not in LEVELS:
        err("%s: bad gold level %s" % (nid, level))
    if (nid, code) in pairs:
        err("duplicate gold pair %s %s" % (nid, code))
    pairs.add((nid, code))
    if by_id[nid]:
        if level != by_id[nid]:
            err("%s %s: gold level %s != box level %s" % (nid, code, level, by_id[nid]))
    else:
        note_levels[nid].add(level)
for nid, lv in note_levels.items():
    if len(lv) != 1:
        err("%s: unboxed note has several gold levels %s" % (nid, sorted(lv)))

# ---- traps
try:
    traps = json.loads(load_text("traps.json"))
    if not isinstance(traps, dict):
        err("traps.json: not an object")
        traps = {}
except ValueError as e:
    err("traps.json: invalid JSON (%s)" % e)
    traps = {}
for nid, lst in traps.items():
    if nid not in by_id:
        err("traps.json: unknown narrative %s" % nid)
    if not isinstance(lst, list) or not lst:
        err("traps.json: %s is not a non-empty list" % nid)
        continue
    for t in lst:
        if not isinstance(t, dict) or set(t) != {"type", "code", "note"}:
            err("traps.json: %s has a malformed entry %r" % (nid, t))
            continue
        if t["type"] not in TRAP_TYPES:
            err("traps.json: %s bad type %s" % (nid, t["type"]))
        if t["code"] not in CODES and t["code"] != "LEVEL":
            err("traps.json: %s bad code %s" % (nid, t["code"]))
        if not t["note"].strip():
            err("traps.json: %s empty note" % nid)

if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)
print("OK")
