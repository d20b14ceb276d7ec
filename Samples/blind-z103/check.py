#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv and traps.json of blind set z103. Prints OK or the problems."""
import csv
import io
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = {"EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD", "MH-ADULT", "PH", "SUB",
         "REL-PAR", "REL-CONF", "DA", "SAFE-NEG", "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"}
LEVELS = ["blue", "green", "yellow", "orange", "red"]
NARR_HEADER = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
GOLD_HEADER = ["narrative_id", "code", "level"]
NEG_TYPES = {"negated", "historical", "hypothetical", "outside", "not-coded"}
errors = []


def err(msg):
    errors.append(msg)


def load(name):
    raw = open(os.path.join(HERE, name), "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err("%s: has a BOM" % name)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err("%s: not UTF-8 (%s)" % (name, e))
        text = raw.decode("utf-8", "replace")
    if b"\n" in raw.replace(b"\r\n", b""):
        err("%s: bare LF line ending" % name)
    if b"\r" in raw.replace(b"\r\n", b""):
        err("%s: bare CR" % name)
    if not raw.endswith(b"\r\n"):
        err("%s: does not end with CRLF" % name)
    return text


# cross-check the code set against the taxonomy if it is readable
try:
    tax = open("/work/shared/taxonomy.md", encoding="utf-8").read()
    tax_codes = set(re.findall(r"^\| ([A-Z]+(?:-[A-Z]+)?)\s+\|", tax, re.M)) - {"code"}
    tax_codes = {c for c in tax_codes if c not in {"level"}}
    if tax_codes and tax_codes != CODES:
        err("code set differs from taxonomy: %s" % sorted(tax_codes ^ CODES))
except OSError:
    pass

ntext = load("narratives.csv")
gtext = load("gold.csv")
ttext = load("traps.json")

nrows = list(csv.reader(io.StringIO(ntext, newline="")))
grows = list(csv.reader(io.StringIO(gtext, newline="")))
if nrows[0] != NARR_HEADER:
    err("narratives.csv header wrong: %r" % nrows[0])
if grows[0] != GOLD_HEADER:
    err("gold.csv header wrong: %r" % grows[0])

narr = {}
dates = defaultdict(dict)  # case -> stage -> set(dates)
localities = set()
case_loc = {}
for i, r in enumerate(nrows[1:], 2):
    if len(r) != 8:
        err("narratives.csv line %d: %d fields" % (i, len(r)))
        continue
    nid, tid, cid, stage, date, level, loc, text = r
    if nid in narr:
        err("duplicate narrative_id %s" % nid)
    narr[nid] = r
    if not re.fullmatch(r"Z\d{3}", cid):
        err("%s: bad case_id %s" % (nid, cid))
    if stage not in ("assessment", "closure"):
        err("%s: bad stage %s" % (nid, stage))
    if tid != cid + ("-A" if stage == "assessment" else "-C"):
        err("%s: triage_id %s inconsistent with case/stage" % (nid, tid))
    if level:
        if level not in LEVELS:
            err("%s: bad level %s" % (nid, level))
        if nid != tid + "-" + level:
            err("%s: id inconsistent with triage/level" % nid)
    elif nid != tid + "-note":
        err("%s: unboxed note id should be %s-note" % (nid, tid))
    if not re.fullmatch(r"202[56]-\d\d-\d\d", date):
        err("%s: bad date %s" % (nid, date))
    dates[cid].setdefault(stage, set()).add(date)
    localities.add(loc)
    if case_loc.setdefault(cid, loc) != loc:
        err("%s: locality differs within case" % nid)
    if not text.strip():
        err("%s: empty narrative" % nid)

import datetime
for cid, st in dates.items():
    for s, ds in st.items():
        if len(ds) != 1:
            err("%s %s: several dates %s" % (cid, s, ds))
        for d in ds:
            try:
                dd = datetime.date.fromisoformat(d)
                if not (datetime.date(2025, 1, 1) <= dd <= datetime.date(2026, 12, 31)):
                    err("%s: date %s out of 2025-26" % (cid, d))
            except ValueError:
                err("%s: invalid date %s" % (cid, d))
    if set(st) != {"assessment", "closure"}:
        err("%s: needs both assessment and closure" % cid)
    elif max(st["assessment"]) >= min(st["closure"]):
        err("%s: closure not after assessment" % cid)

n_notes = sum(1 for r in narr.values() if not r[5])
if not 85 <= len(narr) <= 100:
    err("narrative count %d not in 85-100" % len(narr))
if n_notes > 8:
    err("%d unboxed notes (> 8)" % n_notes)
if not 30 <= len(dates) <= 40:
    err("case count %d not in 30-40" % len(dates))
if len(localities) != 4:
    err("localities: %s (want 4)" % sorted(localities))

seen = set()
note_levels = defaultdict(set)
gold_by = defaultdict(set)
for i, r in enumerate(grows[1:], 2):
    if len(r) != 3:
        err("gold.csv line %d: %d fields" % (i, len(r)))
        continue
    nid, code, level = r
    if nid not in narr:
        err("gold line %d: unknown narrative %s" % (i, nid))
        continue
    if code not in CODES:
        err("gold line %d: unknown code %s" % (i, code))
    if level not in LEVELS:
        err("gold line %d: bad level %s" % (i, level))
    if (nid, code) in seen:
        err("gold: duplicate %s %s" % (nid, code))
    seen.add((nid, code))
    gold_by[nid].add(code)
    box = narr[nid][5]
    if box and level != box:
        err("gold line %d: level %s != box %s" % (i, level, box))
    if not box:
        note_levels[nid].add(level)
for nid, ls in note_levels.items():
    if len(ls) != 1:
        err("%s: unboxed note has several levels %s" % (nid, ls))

try:
    traps = json.loads(ttext)
    for nid, items in traps.items():
        if nid not in narr:
            err("traps: unknown narrative %s" % nid)
        for t in items:
            if set(t) != {"type", "code", "note"}:
                err("traps %s: bad keys %s" % (nid, sorted(t)))
            if t["code"] is not None and t["code"] not in CODES:
                err("traps %s: unknown code %s" % (nid, t["code"]))
            if t["type"] in NEG_TYPES and t["code"] in gold_by.get(nid, set()):
                err("traps %s: %s marked %s but is in gold" % (nid, t["code"], t["type"]))
except ValueError as e:
    err("traps.json: invalid JSON (%s)" % e)

if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")
