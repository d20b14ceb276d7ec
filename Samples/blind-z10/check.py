#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv and traps.json; prints OK at the end."""
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
NHDR = "narrative_id,triage_id,case_id,stage,date,level,locality,narrative"
GHDR = "narrative_id,code,level"
errors = []


def fail(msg):
    errors.append(msg)


def load(name, header):
    raw = open(os.path.join(HERE, name), "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        fail(name + ": has a BOM")
    text = raw.decode("utf-8")  # raises if not UTF-8
    if "\n" in text.replace("\r\n", ""):
        fail(name + ": bare LF line ending")
    if "\r" in text.replace("\r\n", ""):
        fail(name + ": bare CR")
    if not text.endswith("\r\n"):
        fail(name + ": no final CRLF")
    first = text.split("\r\n", 1)[0]
    if first != header:
        fail("%s: header %r" % (name, first))
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    return rows


nar = load("narratives.csv", NHDR)
gold = load("gold.csv", GHDR)

by_id = {}
for r in nar:
    nid = r["narrative_id"]
    if nid in by_id:
        fail("duplicate narrative_id " + nid)
    by_id[nid] = r
    if not r["narrative"].strip():
        fail(nid + ": empty narrative")
    if r["stage"] not in ("assessment", "closure"):
        fail(nid + ": stage " + r["stage"])
    if not re.fullmatch(r"202[56]-\d\d-\d\d", r["date"]):
        fail(nid + ": date " + r["date"])
    if r["level"]:
        m = re.fullmatch(r"(Z\d{3})-([AC])-(blue|green|yellow|orange|red)", nid)
        if not m:
            fail(nid + ": bad boxed id")
            continue
        case, st, lvl = m.groups()
        if r["case_id"] != case or r["triage_id"] != case + "-" + st or r["level"] != lvl:
            fail(nid + ": id/triage/case/level mismatch")
        if (st == "A") != (r["stage"] == "assessment"):
            fail(nid + ": stage mismatch")
    else:
        if not re.fullmatch(r"ZV\d\d", nid) or r["triage_id"] != nid or r["case_id"] != nid:
            fail(nid + ": bad unboxed ids")

# one date and locality per triage; closure after assessment
tri = {}
for r in nar:
    key = r["triage_id"]
    val = (r["date"], r["locality"], r["stage"])
    if tri.setdefault(key, val) != val:
        fail(key + ": inconsistent date/locality/stage")
for key, (d, loc, st) in tri.items():
    if key.endswith("-C"):
        a = tri.get(key[:-2] + "-A")
        if a and not a[0] < d:
            fail(key + ": closure not after assessment")
locs = {r["locality"] for r in nar}
if len(locs) != 4:
    fail("expected 4 localities, got %s" % sorted(locs))
if not 85 <= len(nar) <= 100:
    fail("narrative count %d" % len(nar))

seen = set()
unboxed_level = {}
for g in gold:
    nid, code, lvl = g["narrative_id"], g["code"], g["level"]
    if nid not in by_id:
        fail("gold row for unknown narrative " + nid)
        continue
    if code not in CODES:
        fail("%s: unknown code %s" % (nid, code))
    if lvl not in LEVELS:
        fail("%s: bad level %s" % (nid, lvl))
    if (nid, code) in seen:
        fail("duplicate gold %s %s" % (nid, code))
    seen.add((nid, code))
    box = by_id[nid]["level"]
    if box and lvl != box:
        fail("%s: gold level %s != box %s" % (nid, lvl, box))
    if not box and unboxed_level.setdefault(nid, lvl) != lvl:
        fail(nid + ": unboxed note has more than one level")

traps = json.load(open(os.path.join(HERE, "traps.json"), encoding="utf-8"))
for nid, items in traps.items():
    if nid not in by_id:
        fail("trap for unknown narrative " + nid)
        continue
    for t in items:
        if t["phrase"] not in by_id[nid]["narrative"]:
            fail("%s: trap phrase not in text: %r" % (nid, t["phrase"]))

if errors:
    print("\n".join(errors))
    sys.exit(1)
print("narratives %d (%d boxed, %d unboxed), triages %d, gold rows %d"
      % (len(nar), sum(1 for r in nar if r["level"]), sum(1 for r in nar if not r["level"]),
         len(tri), len(gold)))
print("OK")
