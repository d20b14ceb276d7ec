#!/usr/bin/env python3
"""Validate the z147 blind set files; prints OK or the list of problems."""
import csv
import io
import json
import os
import re
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
LEVELS = ["blue", "green", "yellow", "orange", "red"]
CODES = {"EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD",
         "MH-ADULT", "PH", "SUB", "REL-PAR", "REL-CONF", "DA", "SAFE-NEG",
         "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"}
TRAP_TYPES = {"negated", "historical", "hypothetical", "outside", "convention",
              "partial", "not-coded"}
N_HEADER = ["narrative_id", "triage_id", "case_id", "stage", "date", "level",
            "locality", "narrative"]
G_HEADER = ["narrative_id", "code", "level"]
ID_RE = re.compile(r"^(Z\d{3})-([AC])-(blue|green|yellow|orange|red|note)$")
LO, HI = date(2025, 1, 1), date(2026, 12, 31)

errors = []


def err(msg):
    errors.append(msg)


def read_csv(name, header):
    path = os.path.join(HERE, name)
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err("%s: has a UTF-8 BOM" % name)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err("%s: not UTF-8 (%s)" % (name, e))
        return []
    if raw.count(b"\n") != raw.count(b"\r\n") or raw.count(b"\r") != raw.count(b"\r\n"):
        err("%s: line endings are not all CRLF" % name)
    if not raw.endswith(b"\r\n"):
        err("%s: last line not terminated by CRLF" % name)
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows or rows[0] != header:
        err("%s: header is %r" % (name, rows[0] if rows else None))
        return []
    out = []
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(header):
            err("%s line %d: %d fields" % (name, i, len(r)))
            continue
        out.append(dict(zip(header, r)))
    return out


narrs = read_csv("narratives.csv", N_HEADER)
gold = read_csv("gold.csv", G_HEADER)

by_id = {}
cases = {}
notes = 0
localities = set()
for n in narrs:
    nid = n["narrative_id"]
    if nid in by_id:
        err("duplicate narrative_id %s" % nid)
    by_id[nid] = n
    m = ID_RE.match(nid)
    if not m:
        err("bad narrative_id %s" % nid)
        continue
    cid, st, lev = m.groups()
    if n["case_id"] != cid:
        err("%s: case_id %s" % (nid, n["case_id"]))
    if n["triage_id"] != "%s-%s" % (cid, st):
        err("%s: triage_id %s" % (nid, n["triage_id"]))
    if n["stage"] != {"A": "assessment", "C": "closure"}[st]:
        err("%s: stage %s" % (nid, n["stage"]))
    if lev == "note":
        notes += 1
        if n["level"] != "":
            err("%s: unboxed note has level %r" % (nid, n["level"]))
    elif n["level"] != lev:
        err("%s: level %r does not match id" % (nid, n["level"]))
    try:
        d = date.fromisoformat(n["date"])
    except ValueError:
        err("%s: bad date %r" % (nid, n["date"]))
        continue
    if not (LO <= d <= HI):
        err("%s: date %s out of 2025-26" % (nid, d))
    if not n["narrative"].strip():
        err("%s: empty narrative" % nid)
    if not n["locality"]:
        err("%s: empty locality" % nid)
    localities.add(n["locality"])
    cases.setdefault(cid, {"A": [], "C": []})[st].append(d)

if not (85 <= len(narrs) <= 100):
    err("narrative count %d not in 85-100" % len(narrs))
if notes > 8:
    err("%d unboxed notes (max 8)" % notes)
if len(localities) != 4:
    err("expected 4 localities, found %s" % sorted(localities))
if not (30 <= len(cases) <= 40):
    err("case count %d not in 30-40" % len(cases))
for cid, st in sorted(cases.items()):
    if not st["A"] or not st["C"]:
        err("%s: needs both assessment and closure narratives" % cid)
        continue
    if min(st["C"]) <= max(st["A"]):
        err("%s: closure %s not after assessment %s" % (cid, min(st["C"]), max(st["A"])))

seen = set()
note_levels = {}
for g in gold:
    nid, code, lev = g["narrative_id"], g["code"], g["level"]
    if nid not in by_id:
        err("gold row for unknown narrative %s" % nid)
        continue
    if code not in CODES:
        err("%s: unknown code %s" % (nid, code))
    if lev not in LEVELS:
        err("%s: bad level %r" % (nid, lev))
    if (nid, code) in seen:
        err("duplicate gold pair %s %s" % (nid, code))
    seen.add((nid, code))
    box = by_id[nid]["level"]
    if box:
        if lev != box:
            err("%s %s: gold level %s != box %s" % (nid, code, lev, box))
    else:
        note_levels.setdefault(nid, set()).add(lev)
for nid, levs in note_levels.items():
    if len(levs) != 1:
        err("%s: unboxed note has several gold levels %s" % (nid, sorted(levs)))

# traps.json
tpath = os.path.join(HERE, "traps.json")
raw = open(tpath, "rb").read()
if raw.startswith(b"\xef\xbb\xbf"):
    err("traps.json: BOM")
try:
    traps = json.loads(raw.decode("utf-8"))
except Exception as e:  # noqa
    err("traps.json: %s" % e)
    traps = {}
for nid, lst in traps.items():
    if nid not in by_id:
        err("traps.json: unknown narrative %s" % nid)
    for t in lst:
        if set(t) != {"type", "code", "note"}:
            err("traps.json %s: keys %s" % (nid, sorted(t)))
            continue
        if t["type"] not in TRAP_TYPES:
            err("traps.json %s: type %s" % (nid, t["type"]))
        if t["code"] and t["code"] not in CODES:
            err("traps.json %s: code %s" % (nid, t["code"]))
        if not t["note"]:
            err("traps.json %s: empty note" % nid)

if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)
print("OK")
