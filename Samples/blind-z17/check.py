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
NAR_HEADER = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
GOLD_HEADER = ["narrative_id", "code", "level"]
errors = []


def err(msg):
    errors.append(msg)


def read(name):
    raw = open(os.path.join(HERE, name), "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err("%s: has a UTF-8 BOM" % name)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err("%s: not UTF-8 (%s)" % (name, e))
        text = raw.decode("utf-8", "replace")
    if not text.endswith("\r\n"):
        err("%s: does not end with CRLF" % name)
    if re.search(r"(?<!\r)\n", text):
        err("%s: bare LF line ending" % name)
    if re.search(r"\r(?!\n)", text):
        err("%s: bare CR" % name)
    return list(csv.reader(io.StringIO(text, newline="")))


nar = read("narratives.csv")
gold = read("gold.csv")
if nar[0] != NAR_HEADER:
    err("narratives.csv header %r" % nar[0])
if gold[0] != GOLD_HEADER:
    err("gold.csv header %r" % gold[0])

boxed_level, ids, triages, locs = {}, set(), {}, set()
for i, r in enumerate(nar[1:], 2):
    if len(r) != 8:
        err("narratives.csv line %d: %d fields" % (i, len(r)))
        continue
    nid, tid, cid, stage, date, level, loc, text = r
    if nid in ids:
        err("duplicate narrative_id %s" % nid)
    ids.add(nid)
    if stage not in ("assessment", "closure"):
        err("%s: bad stage %r" % (nid, stage))
    if not re.fullmatch(r"202[56]-\d\d-\d\d", date):
        err("%s: date %r not in 2025-2026" % (nid, date))
    if not text.strip():
        err("%s: empty narrative" % nid)
    locs.add(loc)
    if level:
        if level not in LEVELS:
            err("%s: bad box level %r" % (nid, level))
        m = re.fullmatch(r"([A-Z0-9]+)-([AC])-(\w+)", nid)
        if not m or m.group(3) != level or tid != "%s-%s" % (m.group(1), m.group(2)) or cid != m.group(1):
            err("%s: id/triage/case/level mismatch" % nid)
        elif (m.group(2) == "A") != (stage == "assessment"):
            err("%s: stage does not match A/C" % nid)
        boxed_level[nid] = level
        triages.setdefault(tid, set()).add((stage, date))
    else:
        if tid != nid:
            err("%s: unboxed triage_id should equal narrative_id" % nid)
for tid, v in triages.items():
    if len(v) != 1:
        err("triage %s has inconsistent stage/date %r" % (tid, v))
if len(locs) != 4:
    err("expected 4 localities, got %r" % sorted(locs))

seen, unboxed_levels = set(), {}
for i, r in enumerate(gold[1:], 2):
    if len(r) != 3:
        err("gold.csv line %d: %d fields" % (i, len(r)))
        continue
    nid, code, level = r
    if nid not in ids:
        err("gold %s: narrative missing" % nid)
    if code not in CODES:
        err("gold %s: bad code %r" % (nid, code))
    if level not in LEVELS:
        err("gold %s: bad level %r" % (nid, level))
    if (nid, code) in seen:
        err("gold: duplicate (%s, %s)" % (nid, code))
    seen.add((nid, code))
    if nid in boxed_level and boxed_level[nid] != level:
        err("gold %s %s: level %s != box %s" % (nid, code, level, boxed_level[nid]))
    if nid in ids and nid not in boxed_level:
        unboxed_levels.setdefault(nid, set()).add(level)
for nid, lv in unboxed_levels.items():
    if len(lv) != 1:
        err("unboxed %s has several levels %r" % (nid, lv))

traps = json.load(open(os.path.join(HERE, "traps.json"), encoding="utf-8"))
if set(traps) != ids:
    err("traps.json keys differ from narrative ids")

n = len(ids)
if not 85 <= n <= 100:
    err("narrative count %d outside 85-100" % n)

if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)
print("narratives %d, gold rows %d, triages %d" % (n, len(gold) - 1, len(triages)))
print("OK")
