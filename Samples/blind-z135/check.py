#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv and traps.json of this blind set; prints OK or the problems."""
import csv
import datetime as dt
import io
import json
import os
import re
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = {"EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD", "MH-ADULT", "PH", "SUB",
         "REL-PAR", "REL-CONF", "DA", "SAFE-NEG", "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"}
LEVELS = ["blue", "green", "yellow", "orange", "red"]
TRAP_TYPES = {"negated", "historical", "hypothetical", "outside", "convention", "partial", "not-coded"}
N_HEADER = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
G_HEADER = ["narrative_id", "code", "level"]
ID_RE = re.compile(r"^(Z\d{3})-([AC])-(blue|green|yellow|orange|red|note)$")
LO, HI = dt.date(2025, 1, 1), dt.date(2026, 12, 31)
errors = []


def err(msg):
    errors.append(msg)


def read_bytes(name):
    path = os.path.join(HERE, name)
    if not os.path.exists(path):
        err("missing file " + name)
        return None
    data = open(path, "rb").read()
    if data.startswith(b"\xef\xbb\xbf"):
        err(name + ": has a BOM")
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as e:
        err("%s: not UTF-8 (%s)" % (name, e))
        return None
    if not data.endswith(b"\r\n"):
        err(name + ": does not end with CRLF")
    if data.count(b"\n") != data.count(b"\r\n"):
        err(name + ": bare LF line ending(s)")
    if data.replace(b"\r\n", b"").count(b"\r"):
        err(name + ": bare CR")
    return data.decode("utf-8")


def rows_of(text, name, header):
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows or rows[0] != header:
        err("%s: header is %r, expected %r" % (name, rows[0] if rows else None, header))
        return []
    out = []
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(header):
            err("%s line %d: %d fields" % (name, i, len(r)))
            continue
        out.append(dict(zip(header, r)))
    return out


ntext, gtext, ttext = read_bytes("narratives.csv"), read_bytes("gold.csv"), read_bytes("traps.json")
narrs = rows_of(ntext, "narratives.csv", N_HEADER) if ntext is not None else []
gold = rows_of(gtext, "gold.csv", G_HEADER) if gtext is not None else []

# ---- narratives
by_id = {}
case_dates = defaultdict(lambda: {"assessment": [], "closure": []})
triage_dates = defaultdict(set)
localities = set()
for r in narrs:
    nid = r["narrative_id"]
    if nid in by_id:
        err("duplicate narrative_id " + nid)
    by_id[nid] = r
    m = ID_RE.match(nid)
    if not m:
        err("bad narrative_id " + nid)
        continue
    case, st, box = m.groups()
    if r["triage_id"] != case + "-" + st:
        err(nid + ": triage_id " + r["triage_id"])
    if r["case_id"] != case:
        err(nid + ": case_id " + r["case_id"])
    if r["stage"] != {"A": "assessment", "C": "closure"}[st]:
        err(nid + ": stage " + r["stage"])
    if box == "note":
        if r["level"] != "":
            err(nid + ": unboxed note must have empty level")
    elif r["level"] != box:
        err(nid + ": level %r does not match id" % r["level"])
    if r["level"] not in LEVELS + [""]:
        err(nid + ": bad level " + r["level"])
    try:
        d = dt.date.fromisoformat(r["date"])
        if not (LO <= d <= HI):
            err(nid + ": date out of 2025-26 " + r["date"])
        case_dates[case][r["stage"]].append(d)
        triage_dates[r["triage_id"]].add(d)
    except ValueError:
        err(nid + ": bad date " + r["date"])
    if not r["narrative"].strip():
        err(nid + ": empty narrative")
    if not r["locality"]:
        err(nid + ": empty locality")
    localities.add(r["locality"])

if not 85 <= len(narrs) <= 100:
    err("narrative count %d outside 85-100" % len(narrs))
notes = [r for r in narrs if r["level"] == ""]
if len(notes) > 8:
    err("%d unboxed notes (max 8)" % len(notes))
if len(localities) != 4:
    err("expected 4 localities, found %s" % sorted(localities))
for case, st in case_dates.items():
    if not st["assessment"] or not st["closure"]:
        err(case + ": needs both assessment and closure narratives")
    elif max(st["assessment"]) >= min(st["closure"]):
        err(case + ": closure not after assessment")
for t, ds in triage_dates.items():
    if len(ds) != 1:
        err(t + ": narratives of one triage have different dates")

# ---- gold
pairs = set()
note_levels = defaultdict(set)
for g in gold:
    nid, code, level = g["narrative_id"], g["code"], g["level"]
    if code not in CODES:
        err("gold: unknown code %r for %s" % (code, nid))
    if level not in LEVELS:
        err("gold: bad level %r for %s" % (level, nid))
    if nid not in by_id:
        err("gold: narrative not found " + nid)
        continue
    if (nid, code) in pairs:
        err("gold: duplicate pair %s %s" % (nid, code))
    pairs.add((nid, code))
    box = by_id[nid]["level"]
    if box:
        if level != box:
            err("gold: %s %s level %s != box %s" % (nid, code, level, box))
    else:
        note_levels[nid].add(level)
for nid, lv in note_levels.items():
    if len(lv) != 1:
        err("gold: unboxed note %s has several levels %s" % (nid, sorted(lv)))

# ---- traps
if ttext is not None:
    try:
        traps = json.loads(ttext)
    except ValueError as e:
        err("traps.json: invalid JSON (%s)" % e)
        traps = {}
    if not isinstance(traps, dict):
        err("traps.json: top level must be an object keyed by narrative_id")
        traps = {}
    for nid, lst in traps.items():
        if nid not in by_id:
            err("traps: narrative not found " + nid)
        if not isinstance(lst, list) or not lst:
            err("traps: %s must be a non-empty list" % nid)
            continue
        for t in lst:
            if not isinstance(t, dict) or set(t) != {"type", "code", "note"}:
                err("traps: %s entry must have exactly type, code, note" % nid)
                continue
            if t["type"] not in TRAP_TYPES:
                err("traps: %s bad type %r" % (nid, t["type"]))
            if t["code"] not in CODES:
                err("traps: %s bad code %r" % (nid, t["code"]))
            if not t["note"].strip():
                err("traps: %s empty note" % nid)

if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)
print("OK")
