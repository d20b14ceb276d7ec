#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv and traps.json; print OK at the end."""
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
errors = []


def err(msg):
    errors.append(msg)


def load(name, header):
    raw = open(os.path.join(HERE, name), "rb").read()
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


narr = load("narratives.csv", ["narrative_id", "triage_id", "case_id", "stage", "date",
                               "level", "locality", "narrative"])
gold = load("gold.csv", ["narrative_id", "code", "level"])

ids = [r["narrative_id"] for r in narr]
if len(ids) != len(set(ids)):
    err("duplicate narrative ids")
by_id = {r["narrative_id"]: r for r in narr}

for r in narr:
    nid, lev = r["narrative_id"], r["level"]
    if r["stage"] not in ("assessment", "closure"):
        err("%s: bad stage %r" % (nid, r["stage"]))
    if not re.fullmatch(r"202[56]-\d\d-\d\d", r["date"]):
        err("%s: date %r not in 2025-2026" % (nid, r["date"]))
    if not r["narrative"].strip():
        err("%s: empty narrative" % nid)
    if lev:
        if lev not in LEVELS:
            err("%s: bad level %r" % (nid, lev))
        s = "A" if r["stage"] == "assessment" else "C"
        if r["triage_id"] != "%s-%s" % (r["case_id"], s):
            err("%s: triage_id %r does not match case/stage" % (nid, r["triage_id"]))
        if nid != "%s-%s" % (r["triage_id"], lev):
            err("%s: id does not match triage/level" % nid)
    else:
        if r["triage_id"] != nid:
            err("%s: unboxed note's triage_id should equal its id" % nid)

# one box per level per triage is implied by unique ids; check triage has consistent date/stage
tri = {}
for r in narr:
    key = r["triage_id"]
    sig = (r["case_id"], r["stage"], r["date"], r["locality"])
    if tri.setdefault(key, sig) != sig:
        err("%s: inconsistent triage fields" % key)

seen = set()
unboxed_levels = {}
for g in gold:
    nid, code, lev = g["narrative_id"], g["code"], g["level"]
    if nid not in by_id:
        err("gold row for unknown narrative %s" % nid)
        continue
    if code not in CODES:
        err("%s: unknown code %r" % (nid, code))
    if lev not in LEVELS:
        err("%s: bad gold level %r" % (nid, lev))
    if (nid, code) in seen:
        err("%s: duplicate code %s" % (nid, code))
    seen.add((nid, code))
    box = by_id[nid]["level"]
    if box and lev != box:
        err("%s: gold level %s differs from box level %s" % (nid, lev, box))
    if not box:
        if unboxed_levels.setdefault(nid, lev) != lev:
            err("%s: unboxed note has more than one gold level" % nid)

traps = json.load(open(os.path.join(HERE, "traps.json"), encoding="utf-8"))
if set(traps) != set(ids):
    err("traps.json ids differ from narratives.csv")
for nid, t in traps.items():
    want = sorted(c for (n, c) in seen if n == nid)
    if sorted(t["gold"]) != want:
        err("%s: traps.json gold differs from gold.csv" % nid)

if not 85 <= len(narr) <= 100:
    err("narrative count %d outside 85-100" % len(narr))
if len({r["locality"] for r in narr}) != 4:
    err("expected four localities")

if errors:
    for e in errors:
        print("ERROR", e)
    sys.exit(1)
print("%d narratives, %d gold rows" % (len(narr), len(gold)))
print("OK")
