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
NARR_HDR = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
GOLD_HDR = ["narrative_id", "code", "level"]

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
        err("%s: does not end with CRLF" % name)
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


narr = load("narratives.csv", NARR_HDR)
gold = load("gold.csv", GOLD_HDR)

by_id = {}
for r in narr:
    nid = r["narrative_id"]
    if nid in by_id:
        err("duplicate narrative_id %s" % nid)
    by_id[nid] = r
    if r["stage"] not in ("assessment", "closure"):
        err("%s: bad stage %r" % (nid, r["stage"]))
    if not re.fullmatch(r"202[56]-\d\d-\d\d", r["date"]):
        err("%s: bad date %r" % (nid, r["date"]))
    if not r["narrative"].strip():
        err("%s: empty narrative" % nid)
    if r["level"]:
        if r["level"] not in LEVELS:
            err("%s: bad box level %r" % (nid, r["level"]))
        suffix = "A" if r["stage"] == "assessment" else "C"
        exp_tid = "%s-%s" % (r["case_id"], suffix)
        if r["triage_id"] != exp_tid:
            err("%s: triage_id %s, expected %s" % (nid, r["triage_id"], exp_tid))
        if nid != "%s-%s" % (r["triage_id"], r["level"]):
            err("%s: id does not match triage and level" % nid)
    else:
        if not (nid == r["triage_id"] == r["case_id"]):
            err("%s: unboxed note ids should be equal" % nid)

# one stage and date per triage
tri = {}
for r in narr:
    key = (r["stage"], r["date"], r["locality"], r["case_id"])
    if tri.setdefault(r["triage_id"], key) != key:
        err("%s: inconsistent triage fields" % r["triage_id"])

seen = set()
unboxed_levels = {}
for r in gold:
    nid, code, lvl = r["narrative_id"], r["code"], r["level"]
    if nid not in by_id:
        err("gold row for unknown narrative %s" % nid)
        continue
    if code not in CODES:
        err("%s: unknown code %r" % (nid, code))
    if lvl not in LEVELS:
        err("%s: bad gold level %r" % (nid, lvl))
    if (nid, code) in seen:
        err("duplicate gold row %s %s" % (nid, code))
    seen.add((nid, code))
    box = by_id[nid]["level"]
    if box and lvl != box:
        err("%s: gold level %s != box level %s" % (nid, lvl, box))
    if not box:
        if unboxed_levels.setdefault(nid, lvl) != lvl:
            err("%s: unboxed note with more than one level" % nid)

traps = json.load(open(os.path.join(HERE, "traps.json"), encoding="utf-8"))
tids = [t["narrative_id"] for t in traps]
if len(tids) != len(set(tids)):
    err("traps.json: duplicate ids")
if set(tids) != set(by_id):
    err("traps.json: ids differ from narratives.csv")
for t in traps:
    g = sorted(r["code"] for r in gold if r["narrative_id"] == t["narrative_id"])
    if sorted(t["gold"]) != g:
        err("traps.json: gold of %s differs from gold.csv" % t["narrative_id"])

n = len(narr)
if not 85 <= n <= 100:
    err("narrative count %d outside 85-100" % n)

if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)
print("%d narratives, %d gold rows, %d cases" % (n, len(gold), len({r['case_id'] for r in narr})))
print("OK")
