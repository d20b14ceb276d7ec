#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv and traps.json of this gold set; prints OK."""
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
N_HEAD = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
G_HEAD = ["narrative_id", "code", "level"]
errors = []


def fail(msg):
    errors.append(msg)


def load(name, header):
    raw = open(os.path.join(HERE, name), "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        fail("%s: has a BOM" % name)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        fail("%s: not UTF-8 (%s)" % (name, e))
        return []
    if not text.endswith("\r\n"):
        fail("%s: does not end with CRLF" % name)
    if re.search(r"(?<!\r)\n", text):
        fail("%s: bare LF line ending" % name)
    if re.search(r"\r(?!\n)", text):
        fail("%s: bare CR" % name)
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows or rows[0] != header:
        fail("%s: header is %r" % (name, rows[0] if rows else None))
        return []
    out = []
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(header):
            fail("%s row %d: %d fields" % (name, i, len(r)))
            continue
        out.append(dict(zip(header, r)))
    return out


narr = load("narratives.csv", N_HEAD)
gold = load("gold.csv", G_HEAD)

by_id = {}
locs = set()
for r in narr:
    nid = r["narrative_id"]
    if nid in by_id:
        fail("duplicate narrative_id %s" % nid)
    by_id[nid] = r
    locs.add(r["locality"])
    if r["stage"] not in ("assessment", "closure"):
        fail("%s: stage %r" % (nid, r["stage"]))
    if not re.fullmatch(r"202[56]-\d\d-\d\d", r["date"]):
        fail("%s: date %r not in 2025-2026" % (nid, r["date"]))
    if not r["narrative"].strip():
        fail("%s: empty narrative" % nid)
    if r["level"]:
        if r["level"] not in LEVELS:
            fail("%s: box level %r" % (nid, r["level"]))
        m = re.fullmatch(r"([A-Z]\d{3})-([AC])", r["triage_id"])
        if not m or m.group(1) != r["case_id"]:
            fail("%s: triage_id %r / case_id %r" % (nid, r["triage_id"], r["case_id"]))
        elif nid != "%s-%s" % (r["triage_id"], r["level"]):
            fail("%s: id does not match triage and box" % nid)
        elif {"A": "assessment", "C": "closure"}[m.group(2)] != r["stage"]:
            fail("%s: stage does not match triage id" % nid)
    else:
        if not (r["triage_id"] == nid == r["case_id"]):
            fail("%s: unboxed note ids should all be the narrative id" % nid)
if len(locs) != 4:
    fail("expected 4 localities, got %s" % sorted(locs))
if not 85 <= len(narr) <= 100:
    fail("narrative count %d outside 85-100" % len(narr))

# one date per triage; closure after assessment
tdate = {}
for r in narr:
    tdate.setdefault(r["triage_id"], set()).add(r["date"])
for t, ds in tdate.items():
    if len(ds) != 1:
        fail("triage %s has several dates %s" % (t, ds))
cases = {}
for r in narr:
    if r["level"]:
        cases.setdefault(r["case_id"], {})[r["stage"]] = r["date"]
for c, st in cases.items():
    if "assessment" in st and "closure" in st and st["closure"] <= st["assessment"]:
        fail("case %s: closure not after assessment" % c)

seen = set()
note_level = {}
for g in gold:
    nid, code, lev = g["narrative_id"], g["code"], g["level"]
    if nid not in by_id:
        fail("gold row for unknown narrative %s" % nid)
        continue
    if code not in CODES:
        fail("%s: unknown code %r" % (nid, code))
    if lev not in LEVELS:
        fail("%s: gold level %r" % (nid, lev))
    if (nid, code) in seen:
        fail("duplicate gold row %s %s" % (nid, code))
    seen.add((nid, code))
    box = by_id[nid]["level"]
    if box and lev != box:
        fail("%s: gold level %s differs from box %s" % (nid, lev, box))
    if not box:
        note_level.setdefault(nid, set()).add(lev)
for nid, levs in note_level.items():
    if len(levs) != 1:
        fail("unboxed %s has several gold levels %s" % (nid, levs))

traps = json.load(open(os.path.join(HERE, "traps.json"), encoding="utf-8"))
tids = [t["narrative_id"] for t in traps]
if sorted(tids) != sorted(by_id):
    fail("traps.json narratives differ from narratives.csv")
gold_by = {}
for g in gold:
    gold_by.setdefault(g["narrative_id"], []).append(g["code"])
for t in traps:
    if sorted(t["gold_codes"]) != sorted(gold_by.get(t["narrative_id"], [])):
        fail("traps.json gold_codes differ for %s" % t["narrative_id"])

if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)
print("narratives %d, gold rows %d, cases %d" % (len(narr), len(gold),
                                                  len({r['case_id'] for r in narr})))
print("OK")
