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


narr = load("narratives.csv",
            ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"])
gold = load("gold.csv", ["narrative_id", "code", "level"])

# narratives
by_id = {}
triage_dates = {}
for r in narr:
    nid = r["narrative_id"]
    if nid in by_id:
        err("duplicate narrative_id %s" % nid)
    by_id[nid] = r
    if not r["narrative"].strip():
        err("%s: empty narrative" % nid)
    if r["stage"] not in ("assessment", "closure"):
        err("%s: bad stage %r" % (nid, r["stage"]))
    if not re.fullmatch(r"202[56]-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])", r["date"]):
        err("%s: date %r not ISO 2025-2026" % (nid, r["date"]))
    if r["level"]:
        if r["level"] not in LEVELS:
            err("%s: bad box level %r" % (nid, r["level"]))
        m = re.fullmatch(r"([A-Z]\d{3})-([AC])-(blue|green|yellow|orange|red)", nid)
        if not m:
            err("%s: boxed id not <CASE>-A|C-<level>" % nid)
            continue
        if (r["case_id"], r["triage_id"], r["level"]) != (m.group(1), "%s-%s" % m.group(1, 2), m.group(3)):
            err("%s: case/triage/level columns disagree with id" % nid)
        if r["stage"] != {"A": "assessment", "C": "closure"}[m.group(2)]:
            err("%s: stage disagrees with id" % nid)
        triage_dates.setdefault(r["triage_id"], set()).add((r["date"], r["locality"]))
    else:
        if r["triage_id"] != nid:
            err("%s: unboxed note's triage_id should equal its id" % nid)
for tid, s in triage_dates.items():
    if len(s) != 1:
        err("%s: boxes disagree on date/locality" % tid)
for tid in triage_dates:
    if tid.endswith("-C"):
        a = tid[:-1] + "A"
        if a in triage_dates and min(triage_dates[a])[0] >= min(triage_dates[tid])[0]:
            err("%s: closure not after assessment" % tid)
if len({r["locality"] for r in narr}) != 4:
    err("expected four localities, got %s" % sorted({r["locality"] for r in narr}))

# gold
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
        err("duplicate gold (%s, %s)" % (nid, code))
    seen.add((nid, code))
    box = by_id[nid]["level"]
    if box and lvl != box:
        err("%s: gold level %s != box level %s" % (nid, lvl, box))
    if not box:
        unboxed_levels.setdefault(nid, set()).add(lvl)
for nid, s in unboxed_levels.items():
    if len(s) != 1:
        err("%s: unboxed note has several gold levels %s" % (nid, sorted(s)))

# traps.json agrees with gold
traps = json.loads(open(os.path.join(HERE, "traps.json"), encoding="utf-8").read())
if set(traps) != set(by_id):
    err("traps.json ids differ from narratives.csv")
for nid, v in traps.items():
    if sorted(v.get("codes", [])) != sorted(c for (n, c) in seen if n == nid):
        err("%s: traps.json codes disagree with gold.csv" % nid)

n = len(narr)
if not 85 <= n <= 100:
    err("narrative count %d outside 85-100" % n)

if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)
print("%d narratives (%d boxed, %d unboxed), %d triages, %d gold rows"
      % (n, sum(1 for r in narr if r["level"]), sum(1 for r in narr if not r["level"]),
         len({r["triage_id"] for r in narr}), len(gold)))
print("OK")
