#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv and traps.json of this gold set; prints OK."""
import csv
import io
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = {"EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD",
         "MH-ADULT", "PH", "SUB", "REL-PAR", "REL-CONF", "DA", "SAFE-NEG",
         "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"}
LEVELS = {"blue", "green", "yellow", "orange", "red"}
N_HEAD = ["narrative_id", "triage_id", "case_id", "stage", "date", "level",
          "locality", "narrative"]
G_HEAD = ["narrative_id", "code", "level"]

errors = []


def err(msg):
    errors.append(msg)


def load(name, header):
    raw = open(os.path.join(HERE, name), "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err("%s: has a UTF-8 BOM" % name)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err("%s: not UTF-8 (%s)" % (name, e))
        return []
    # every line break must be CRLF (no bare LF or CR anywhere)
    if re.search(r"(?<!\r)\n", text) or re.search(r"\r(?!\n)", text):
        err("%s: line endings are not all CRLF" % name)
    if not text.endswith("\r\n"):
        err("%s: does not end with CRLF" % name)
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows or rows[0] != header:
        err("%s: header is %r" % (name, rows[0] if rows else None))
        return []
    body = rows[1:]
    for i, r in enumerate(body, 2):
        if len(r) != len(header):
            err("%s line %d: %d fields" % (name, i, len(r)))
    return [dict(zip(header, r)) for r in body if len(r) == len(header)]


narr = load("narratives.csv", N_HEAD)
gold = load("gold.csv", G_HEAD)

ids = Counter(r["narrative_id"] for r in narr)
for k, v in ids.items():
    if v > 1:
        err("duplicate narrative_id %s" % k)
by_id = {r["narrative_id"]: r for r in narr}

boxed_re = re.compile(r"^([A-Z]\d{3})-([AC])-(blue|green|yellow|orange|red)$")
unboxed_re = re.compile(r"^[A-Z]\d{3}$")
for r in narr:
    nid = r["narrative_id"]
    if r["stage"] not in ("assessment", "closure"):
        err("%s: bad stage %r" % (nid, r["stage"]))
    if not re.match(r"^202[56]-\d\d-\d\d$", r["date"]):
        err("%s: date %r not in 2025-2026" % (nid, r["date"]))
    if not r["narrative"].strip():
        err("%s: empty narrative" % nid)
    if not r["locality"]:
        err("%s: no locality" % nid)
    if r["level"]:
        m = boxed_re.match(nid)
        if r["level"] not in LEVELS:
            err("%s: bad level %r" % (nid, r["level"]))
        if not m:
            err("%s: boxed id not <CASE>-A|C-<level>" % nid)
            continue
        if m.group(3) != r["level"]:
            err("%s: id level differs from level column" % nid)
        tid = "%s-%s" % (m.group(1), m.group(2))
        if r["triage_id"] != tid or r["case_id"] != m.group(1):
            err("%s: triage/case id mismatch" % nid)
        want = "assessment" if m.group(2) == "A" else "closure"
        if r["stage"] != want:
            err("%s: stage should be %s" % (nid, want))
    else:
        if not unboxed_re.match(nid):
            err("%s: unboxed id not a letter + number" % nid)
        if r["triage_id"] != nid:
            err("%s: unboxed triage_id should equal narrative_id" % nid)

localities = {r["locality"] for r in narr}
if len(localities) != 4:
    err("expected four localities, got %s" % sorted(localities))

pairs = Counter((g["narrative_id"], g["code"]) for g in gold)
for (nid, code), v in pairs.items():
    if v > 1:
        err("duplicate gold row %s %s" % (nid, code))
levels_per_note = {}
for g in gold:
    nid = g["narrative_id"]
    if g["code"] not in CODES:
        err("%s: unknown code %r" % (nid, g["code"]))
    if g["level"] not in LEVELS:
        err("%s: bad gold level %r" % (nid, g["level"]))
    if nid not in by_id:
        err("gold row for unknown narrative %s" % nid)
        continue
    box = by_id[nid]["level"]
    if box and g["level"] != box:
        err("%s: gold level %s differs from box %s" % (nid, g["level"], box))
    levels_per_note.setdefault(nid, set()).add(g["level"])
for nid, lv in levels_per_note.items():
    if len(lv) > 1:
        err("%s: more than one gold level %s" % (nid, sorted(lv)))

# traps.json agrees with gold.csv
try:
    traps = json.load(open(os.path.join(HERE, "traps.json"), encoding="utf-8"))
    tid = {t["narrative_id"] for t in traps}
    if tid != set(by_id):
        err("traps.json ids differ from narratives.csv")
    gold_sets = {}
    for g in gold:
        gold_sets.setdefault(g["narrative_id"], set()).add(g["code"])
    for t in traps:
        if set(t["gold_codes"]) != gold_sets.get(t["narrative_id"], set()):
            err("%s: traps.json gold codes differ from gold.csv" % t["narrative_id"])
except (OSError, ValueError, KeyError) as e:
    err("traps.json unreadable: %s" % e)

n = len(narr)
unboxed = sum(1 for r in narr if not r["level"])
if not 85 <= n <= 100:
    err("narrative count %d outside 85-100" % n)
if unboxed < 60:
    err("only %d unboxed notes (need >= 60)" % unboxed)
missing = CODES - {g["code"] for g in gold}
if missing:
    err("codes never used: %s" % sorted(missing))

if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)
print("narratives %d (boxed %d, unboxed %d); gold rows %d; cases %d"
      % (n, n - unboxed, unboxed, len(gold), len({r['case_id'] for r in narr})))
print("OK")
