#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv and traps.json; prints OK at the end."""
import collections
import csv
import io
import json
import os
import re
import sys

D = os.path.dirname(os.path.abspath(__file__))
CODES = set("EDU-ATT EDU-EXC EDU-NEET EDU-SEND EYD MH-CHILD MH-ADULT PH SUB REL-PAR "
            "REL-CONF DA SAFE-NEG SAFE-EXP CRIME HOUS FIN CARER".split())
LEVELS = ["blue", "green", "yellow", "orange", "red"]
TRAP_TYPES = {"negated", "historical", "hypothetical", "lookalike",
              "outside_household", "need_met", "box_level", "decision"}


def fail(msg):
    print("FAIL:", msg)
    sys.exit(1)


def load(name, header):
    raw = open(os.path.join(D, name), "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        fail(name + " has a BOM")
    text = raw.decode("utf-8")
    if re.search(r"(?<!\r)\n", text) or re.search(r"\r(?!\n)", text):
        fail(name + " has non-CRLF line endings")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if rows[0] != header:
        fail(name + " header is %r" % rows[0])
    for r in rows[1:]:
        if len(r) != len(header):
            fail(name + " bad row %r" % r)
    return rows[1:]


nar = load("narratives.csv", ["narrative_id", "triage_id", "case_id", "stage", "date",
                              "level", "locality", "narrative"])
gold = load("gold.csv", ["narrative_id", "code", "level"])
traps = json.load(open(os.path.join(D, "traps.json"), encoding="utf-8"))

ids = [r[0] for r in nar]
if len(ids) != len(set(ids)):
    fail("duplicate narrative ids")
if not 85 <= len(ids) <= 100:
    fail("narrative count %d outside 85-100" % len(ids))
box = {}
locs = set()
for nid, tid, cid, stage, date, level, loc, text in nar:
    locs.add(loc)
    if stage not in ("assessment", "closure"):
        fail("stage " + stage)
    if not re.fullmatch(r"202[56]-\d\d-\d\d", date):
        fail("date %s for %s" % (date, nid))
    if not text.strip():
        fail("empty narrative " + nid)
    if level:
        if level not in LEVELS:
            fail("level " + level)
        st = {"assessment": "A", "closure": "C"}[stage]
        if tid != "%s-%s" % (cid, st) or nid != "%s-%s" % (tid, level):
            fail("boxed id pattern " + nid)
    else:
        if tid != nid:
            fail("unboxed triage id " + nid)
    box[nid] = level
if len(locs) != 4:
    fail("expected 4 localities, got %r" % locs)

seen = set()
unboxed_levels = collections.defaultdict(set)
for nid, code, level in gold:
    if nid not in box:
        fail("gold narrative missing " + nid)
    if code not in CODES:
        fail("bad code " + code)
    if level not in LEVELS:
        fail("bad gold level " + level)
    if (nid, code) in seen:
        fail("duplicate %s %s" % (nid, code))
    seen.add((nid, code))
    if box[nid] and box[nid] != level:
        fail("gold level %s != box %s for %s" % (level, box[nid], nid))
    if not box[nid]:
        unboxed_levels[nid].add(level)
for nid, lv in unboxed_levels.items():
    if len(lv) != 1:
        fail("unboxed note %s has several levels" % nid)
if set(traps) != set(ids):
    fail("traps.json keys differ from narrative ids")
for nid, lst in traps.items():
    for t in lst:
        if t.get("type") not in TRAP_TYPES or not t.get("note"):
            fail("bad trap entry in " + nid)

# summary
per_code = collections.Counter(c for _, c, _ in gold)
with_trap = sum(1 for lst in traps.values() if any(t["type"] != "decision" for t in lst))
tt = collections.Counter(t["type"] for lst in traps.values() for t in lst)
no_codes = len(set(ids) - {n for n, _, _ in gold})
print("narratives", len(ids), "boxed", sum(1 for v in box.values() if v),
      "unboxed", sum(1 for v in box.values() if not v),
      "triages", len({r[1] for r in nar}), "cases", len({r[2] for r in nar if r[5]}))
print("gold rows", len(gold), "narratives with no gold code", no_codes)
print("per code", dict(sorted(per_code.items())))
print("narratives with >=1 trap", with_trap, "trap notes by type", dict(tt))
print("gold levels", dict(collections.Counter(l for _, _, l in gold)))
print("OK")
