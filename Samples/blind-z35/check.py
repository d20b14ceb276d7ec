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
LEVELS = {"blue", "green", "yellow", "orange", "red"}
NHEAD = ["narrative_id", "triage_id", "case_id", "stage", "date", "level",
         "locality", "narrative"]
GHEAD = ["narrative_id", "code", "level"]
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
    if not text.endswith("\r\n"):
        err("%s: last line not CRLF-terminated" % name)
    if re.search(r"(?<!\r)\n", text):
        err("%s: bare LF line ending" % name)
    if re.search(r"\r(?!\n)", text):
        err("%s: bare CR" % name)
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows or rows[0] != header:
        err("%s: header is %r" % (name, rows[0] if rows else None))
        return []
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(header):
            err("%s line %d: %d fields" % (name, i, len(r)))
    return [dict(zip(header, r)) for r in rows[1:] if len(r) == len(header)]


narr = load("narratives.csv", NHEAD)
gold = load("gold.csv", GHEAD)

byid = {}
boxes_per_triage = {}
for r in narr:
    nid = r["narrative_id"]
    if nid in byid:
        err("duplicate narrative_id %s" % nid)
    byid[nid] = r
    if r["stage"] not in ("assessment", "closure"):
        err("%s: bad stage %r" % (nid, r["stage"]))
    if not re.fullmatch(r"202[56]-\d\d-\d\d", r["date"]):
        err("%s: bad date %r" % (nid, r["date"]))
    if not r["narrative"].strip():
        err("%s: empty narrative" % nid)
    if r["level"]:
        if r["level"] not in LEVELS:
            err("%s: bad box level %r" % (nid, r["level"]))
        m = re.fullmatch(r"([A-Z]\d{3})-([AC])-(blue|green|yellow|orange|red)", nid)
        if not m:
            err("%s: boxed id format" % nid)
            continue
        case, st, lev = m.groups()
        if r["triage_id"] != "%s-%s" % (case, st) or r["case_id"] != case:
            err("%s: triage_id/case_id mismatch" % nid)
        if lev != r["level"]:
            err("%s: id level != level column" % nid)
        if {"A": "assessment", "C": "closure"}[st] != r["stage"]:
            err("%s: stage mismatch" % nid)
        boxes_per_triage.setdefault(r["triage_id"], set()).add(r["date"])
    else:
        if not re.fullmatch(r"[A-Z]\d{3}", nid):
            err("%s: unboxed id format" % nid)
        if r["triage_id"] != nid:
            err("%s: unboxed triage_id should equal narrative_id" % nid)
for tid, dates in boxes_per_triage.items():
    if len(dates) != 1:
        err("%s: boxes of one triage have different dates" % tid)

seen = set()
levels_of = {}
for g in gold:
    nid, code, lev = g["narrative_id"], g["code"], g["level"]
    if nid not in byid:
        err("gold row for unknown narrative %s" % nid)
        continue
    if code not in CODES:
        err("%s: unknown code %r" % (nid, code))
    if lev not in LEVELS:
        err("%s: bad gold level %r" % (nid, lev))
    if (nid, code) in seen:
        err("duplicate gold (%s, %s)" % (nid, code))
    seen.add((nid, code))
    box = byid[nid]["level"]
    if box and lev != box:
        err("%s: gold level %s != box level %s" % (nid, lev, box))
    levels_of.setdefault(nid, set()).add(lev)
for nid, levs in levels_of.items():
    if len(levs) != 1:
        err("%s: codes carry more than one level" % nid)

traps = json.load(open(os.path.join(HERE, "traps.json"), encoding="utf-8"))
for nid, lst in traps.items():
    if nid not in byid:
        err("traps.json: unknown narrative %s" % nid)
    for t in lst:
        if t.get("code") not in CODES:
            err("traps.json %s: bad code %r" % (nid, t.get("code")))

n = len(narr)
if not 85 <= n <= 100:
    err("narrative count %d outside 85-100" % n)

if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)
print("narratives=%d gold_rows=%d triages=%d unboxed=%d" % (
    n, len(gold), len(boxes_per_triage), sum(1 for r in narr if not r["level"])))
print("OK")
