#!/usr/bin/env python3
"""Validate the z94 blind gold set files; prints OK at the end if all pass."""
import csv
import io
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = set("EDU-ATT EDU-EXC EDU-NEET EDU-SEND EYD MH-CHILD MH-ADULT PH SUB REL-PAR REL-CONF DA "
            "SAFE-NEG SAFE-EXP CRIME HOUS FIN CARER".split())
LEVELS = ["blue", "green", "yellow", "orange", "red"]
N_HEADER = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
G_HEADER = ["narrative_id", "code", "level"]

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
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(header):
            err("%s line %d: %d fields" % (name, i, len(r)))
    return [dict(zip(header, r)) for r in rows[1:]]


narr = load("narratives.csv", N_HEADER)
gold = load("gold.csv", G_HEADER)

# narratives
ids = [r["narrative_id"] for r in narr]
if len(ids) != len(set(ids)):
    err("duplicate narrative ids")
by_id = {r["narrative_id"]: r for r in narr}
localities = set()
cases = set()
for r in narr:
    nid, tid, cid, stage, date, level = (r["narrative_id"], r["triage_id"], r["case_id"], r["stage"],
                                         r["date"], r["level"])
    localities.add(r["locality"])
    if stage not in ("assessment", "closure"):
        err("%s: bad stage %r" % (nid, stage))
    if not re.fullmatch(r"202[56]-\d\d-\d\d", date):
        err("%s: date %r not in 2025-2026" % (nid, date))
    if not r["narrative"].strip():
        err("%s: empty narrative" % nid)
    if "\n" in r["narrative"] or "\r" in r["narrative"]:
        err("%s: newline inside narrative" % nid)
    if level:
        if level not in LEVELS:
            err("%s: bad level %r" % (nid, level))
        m = re.fullmatch(r"([A-Z]\d{3})-([AC])-(blue|green|yellow|orange|red)", nid)
        if not m:
            err("%s: boxed id format" % nid)
            continue
        if m.group(1) != cid or "%s-%s" % (cid, m.group(2)) != tid or m.group(3) != level:
            err("%s: id/triage/case/level mismatch" % nid)
        if {"A": "assessment", "C": "closure"}[m.group(2)] != stage:
            err("%s: stage mismatch" % nid)
        cases.add(cid)
    else:
        if not re.fullmatch(r"[A-Z]\d{3}", nid) or tid != nid or cid != nid:
            err("%s: unboxed id/triage/case format" % nid)

# one date/stage/locality per triage
tri = {}
for r in narr:
    key = (r["date"], r["stage"], r["locality"], r["case_id"])
    if tri.setdefault(r["triage_id"], key) != key:
        err("%s: triage fields differ within triage %s" % (r["narrative_id"], r["triage_id"]))
# closure after assessment
for cid in cases:
    a = tri.get(cid + "-A")
    c = tri.get(cid + "-C")
    if a and c and not a[0] < c[0]:
        err("%s: closure not after assessment" % cid)
    if a and c and a[2] != c[2]:
        err("%s: locality changes" % cid)

if len(localities) != 4:
    err("expected 4 localities, got %s" % sorted(localities))
if not 85 <= len(narr) <= 100:
    err("narrative count %d outside 85-100" % len(narr))

# gold
seen = set()
unboxed_levels = {}
for g in gold:
    nid, code, level = g["narrative_id"], g["code"], g["level"]
    if nid not in by_id:
        err("gold %s: narrative missing" % nid)
        continue
    if code not in CODES:
        err("gold %s: bad code %r" % (nid, code))
    if level not in LEVELS:
        err("gold %s: bad level %r" % (nid, level))
    if (nid, code) in seen:
        err("gold %s: duplicate code %s" % (nid, code))
    seen.add((nid, code))
    box = by_id[nid]["level"]
    if box and level != box:
        err("gold %s %s: level %s != box %s" % (nid, code, level, box))
    if not box:
        if unboxed_levels.setdefault(nid, level) != level:
            err("gold %s: unboxed note has more than one level" % nid)

# traps
traps = json.load(open(os.path.join(HERE, "traps.json"), encoding="utf-8"))
for nid, lst in traps.items():
    if nid not in by_id:
        err("traps: %s not a narrative" % nid)
    for t in lst:
        if t.get("code") is not None and t["code"] not in CODES:
            err("traps %s: bad code %r" % (nid, t["code"]))
        if t.get("type") in ("negated", "historical", "hypothetical", "convention") \
                and t.get("code") and (nid, t["code"]) in seen:
            err("traps %s: %s trap code %s is also gold" % (nid, t["type"], t["code"]))

if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)
print("%d narratives, %d gold rows, %d narratives with traps" % (len(narr), len(gold), len(traps)))
print("OK")
