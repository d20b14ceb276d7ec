#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv and traps.json; prints OK on success."""
import csv
import io
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = set("EDU-ATT EDU-EXC EDU-NEET EDU-SEND EYD MH-CHILD MH-ADULT PH SUB REL-PAR "
            "REL-CONF DA SAFE-NEG SAFE-EXP CRIME HOUS FIN CARER".split())
LEVELS = ["blue", "green", "yellow", "orange", "red"]
NHEAD = "narrative_id,triage_id,case_id,stage,date,level,locality,narrative"
GHEAD = "narrative_id,code,level"
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
    first = text.split("\r\n", 1)[0]
    if first != header:
        err("%s: header is %r" % (name, first[:100]))
    rows = list(csv.reader(io.StringIO(text, newline="")))
    width = len(header.split(","))
    for i, r in enumerate(rows):
        if len(r) != width:
            err("%s: row %d has %d fields" % (name, i + 1, len(r)))
    return [dict(zip(header.split(","), r)) for r in rows[1:]]


narr = load("narratives.csv", NHEAD)
gold = load("gold.csv", GHEAD)

# narratives
ids = Counter(r["narrative_id"] for r in narr)
for k, n in ids.items():
    if n > 1:
        err("duplicate narrative_id %s" % k)
by_id = {r["narrative_id"]: r for r in narr}
if not 85 <= len(narr) <= 100:
    err("narrative count %d outside 85-100" % len(narr))
locs = set()
case_dates = defaultdict(dict)
for r in narr:
    nid, tid, cid, st, lvl = (r["narrative_id"], r["triage_id"], r["case_id"],
                               r["stage"], r["level"])
    locs.add(r["locality"])
    if st not in ("assessment", "closure"):
        err("%s: bad stage %r" % (nid, st))
    if not re.fullmatch(r"202[56]-\d\d-\d\d", r["date"]):
        err("%s: date %r not ISO 2025-2026" % (nid, r["date"]))
    if not r["narrative"].strip():
        err("%s: empty narrative" % nid)
    if lvl:
        if lvl not in LEVELS:
            err("%s: bad box level %r" % (nid, lvl))
        letter = "A" if st == "assessment" else "C"
        if tid != "%s-%s" % (cid, letter) or nid != "%s-%s" % (tid, lvl):
            err("%s: id/triage/case/stage/level inconsistent" % nid)
        prev = case_dates[cid].setdefault(st, r["date"])
        if prev != r["date"]:
            err("%s: boxes of one triage have different dates" % nid)
    else:
        if not (tid == nid == cid):
            err("%s: unboxed note must have triage_id == case_id == narrative_id" % nid)
for cid, d in case_dates.items():
    if "assessment" in d and "closure" in d and d["closure"] <= d["assessment"]:
        err("%s: closure not after assessment" % cid)
if len(locs) != 4:
    err("expected 4 localities, got %s" % sorted(locs))

# gold
seen = set()
glevel = defaultdict(set)
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
        err("%s: duplicate code %s" % (nid, code))
    seen.add((nid, code))
    glevel[nid].add(lvl)
    box = by_id[nid]["level"]
    if box and lvl != box:
        err("%s: gold level %s differs from box %s" % (nid, lvl, box))
for nid, ls in glevel.items():
    if len(ls) > 1:
        err("%s: more than one gold level %s" % (nid, sorted(ls)))

# traps.json agrees with the csv files
traps = json.load(open(os.path.join(HERE, "traps.json"), encoding="utf-8"))
if set(traps) != set(by_id):
    err("traps.json keys differ from narratives")
gold_codes = defaultdict(set)
for r in gold:
    gold_codes[r["narrative_id"]].add(r["code"])
for nid, v in traps.items():
    if set(v["gold"]) != gold_codes.get(nid, set()):
        err("%s: traps.json gold differs from gold.csv" % nid)

if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)
boxed = sum(1 for r in narr if r["level"])
print("narratives %d (boxed %d, unboxed %d), gold rows %d, codes used %d"
      % (len(narr), boxed, len(narr) - boxed, len(gold), len({r['code'] for r in gold})))
print("OK")
