#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv and traps.json; print OK at the end."""
import csv
import io
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = {"EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD",
         "MH-ADULT", "PH", "SUB", "REL-PAR", "REL-CONF", "DA", "SAFE-NEG",
         "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"}
LEVELS = ["blue", "green", "yellow", "orange", "red"]
NARR_HEADER = ["narrative_id", "triage_id", "case_id", "stage", "date",
               "level", "locality", "narrative"]
GOLD_HEADER = ["narrative_id", "code", "level"]
errors = []


def err(msg):
    errors.append(msg)


def load(name, header):
    path = os.path.join(HERE, name)
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err("%s: has a BOM" % name)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err("%s: not UTF-8 (%s)" % (name, e))
        return []
    if not raw.endswith(b"\r\n"):
        err("%s: does not end with CRLF" % name)
    if re.search(rb"(?<!\r)\n", raw):
        err("%s: bare LF line ending" % name)
    if re.search(rb"\r(?!\n)", raw):
        err("%s: bare CR" % name)
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


narrs = load("narratives.csv", NARR_HEADER)
gold = load("gold.csv", GOLD_HEADER)

by_id = {}
localities = set()
for r in narrs:
    nid = r["narrative_id"]
    if nid in by_id:
        err("duplicate narrative_id %s" % nid)
    by_id[nid] = r
    localities.add(r["locality"])
    if r["stage"] not in ("assessment", "closure"):
        err("%s: stage %r" % (nid, r["stage"]))
    if not re.fullmatch(r"202[56]-\d\d-\d\d", r["date"]):
        err("%s: date %r not in 2025-2026" % (nid, r["date"]))
    if not r["narrative"].strip():
        err("%s: empty narrative" % nid)
    if r["level"]:
        if r["level"] not in LEVELS:
            err("%s: box level %r" % (nid, r["level"]))
        st = "A" if r["stage"] == "assessment" else "C"
        if r["triage_id"] != "%s-%s" % (r["case_id"], st):
            err("%s: triage_id %s does not match case/stage" % (nid, r["triage_id"]))
        if nid != "%s-%s" % (r["triage_id"], r["level"]):
            err("%s: id does not match triage_id-level" % nid)
    else:
        if r["triage_id"] != nid:
            err("%s: unboxed note's triage_id should equal its id" % nid)

# one stage and date per triage
tri = {}
for r in narrs:
    k = r["triage_id"]
    v = (r["case_id"], r["stage"], r["date"], r["locality"])
    if k in tri and tri[k] != v:
        err("triage %s: inconsistent case/stage/date/locality" % k)
    tri[k] = v

if len(localities) != 4:
    err("expected four localities, got %s" % sorted(localities))
if not 85 <= len(narrs) <= 100:
    err("narrative count %d outside 85-100" % len(narrs))

seen = set()
unboxed_levels = {}
for r in gold:
    nid, code, lev = r["narrative_id"], r["code"], r["level"]
    if nid not in by_id:
        err("gold row for unknown narrative %s" % nid)
        continue
    if code not in CODES:
        err("%s: unknown code %r" % (nid, code))
    if lev not in LEVELS:
        err("%s: unknown level %r" % (nid, lev))
    if (nid, code) in seen:
        err("duplicate gold row (%s, %s)" % (nid, code))
    seen.add((nid, code))
    box = by_id[nid]["level"]
    if box and lev != box:
        err("%s: gold level %s differs from box level %s" % (nid, lev, box))
    if not box:
        unboxed_levels.setdefault(nid, set()).add(lev)
for nid, levs in unboxed_levels.items():
    if len(levs) != 1:
        err("%s: unboxed note has several gold levels %s" % (nid, sorted(levs)))

# traps.json
tpath = os.path.join(HERE, "traps.json")
traw = open(tpath, "rb").read()
if traw.startswith(b"\xef\xbb\xbf"):
    err("traps.json: has a BOM")
traps = json.loads(traw.decode("utf-8"))
gold_codes = {}
for r in gold:
    gold_codes.setdefault(r["narrative_id"], set()).add(r["code"])
for nid, items in traps.items():
    if nid not in by_id:
        err("traps.json: unknown narrative %s" % nid)
    for t in items:
        if t["type"] not in ("negated", "historical", "hypothetical", "outside",
                             "lookalike", "convention", "met"):
            err("traps.json %s: type %r" % (nid, t["type"]))
        if t["code"] is not None:
            if t["code"] not in CODES:
                err("traps.json %s: code %r" % (nid, t["code"]))
            elif t["code"] in gold_codes.get(nid, set()):
                err("traps.json %s: trap code %s is also gold" % (nid, t["code"]))

if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)
print("%d narratives, %d gold rows, %d narratives with trap notes"
      % (len(narrs), len(gold), len(traps)))
print("OK")
