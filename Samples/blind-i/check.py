#!/usr/bin/env python3
"""Validate the held-out gold set I (python3 csv/json only)."""
import csv
import io
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = ["EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD", "MH-ADULT", "PH", "SUB",
         "REL-PAR", "REL-CONF", "DA", "SAFE-NEG", "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"]
LEVELS = ["blue", "green", "yellow", "orange", "red"]
PFX = "I"
BOXED_RE = re.compile(r"^(%s(\d{3}))-([AC])-(blue|green|yellow|orange|red)$" % PFX)
UNBOXED_RE = re.compile(r"^%sV\d{3}$" % PFX)
DATE_RE = re.compile(r"^2025-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")

errors = []


def err(msg):
    errors.append(msg)


def load(name, header):
    path = os.path.join(HERE, name)
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err("%s: has a BOM" % name)
    text = raw.decode("utf-8")
    if not text.endswith("\r\n"):
        err("%s: does not end with CRLF" % name)
    if re.search(r"(?<!\r)\n", text):
        err("%s: bare LF line end" % name)
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if rows[0] != header:
        err("%s: bad header %r" % (name, rows[0]))
    # minimal quoting: re-serialising with csv.writer must give the same bytes
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    if buf.getvalue() != text:
        err("%s: not in csv.writer minimal-quoting form" % name)
    for i, r in enumerate(rows):
        if len(r) != len(header):
            err("%s row %d: %d fields" % (name, i + 1, len(r)))
        for f in r:
            if "\n" in f or "\r" in f:
                err("%s row %d: newline inside a field" % (name, i + 1))
    return rows[1:]


narr = load("narratives.csv",
            ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"])
gold = load("gold.csv", ["narrative_id", "code", "level"])

by_id = {}
localities = set()
triage_dates = defaultdict(set)
for nid, tid, cid, stage, date, level, loc, text in narr:
    if nid in by_id:
        err("duplicate narrative_id %s" % nid)
    by_id[nid] = level
    localities.add(loc)
    if not DATE_RE.match(date):
        err("%s: bad date %s" % (nid, date))
    if not text.strip():
        err("%s: empty narrative" % nid)
    m = BOXED_RE.match(nid)
    if m:
        if tid != "%s-%s" % (m.group(1), m.group(3)) or cid != m.group(1):
            err("%s: triage/case id mismatch" % nid)
        if level != m.group(4):
            err("%s: level column %s != box colour" % (nid, level))
        if stage != {"A": "assessment", "C": "closure"}[m.group(3)]:
            err("%s: stage %s does not match id" % (nid, stage))
        triage_dates[tid].add(date)
    elif UNBOXED_RE.match(nid):
        if tid != nid or cid != nid:
            err("%s: unboxed triage/case id should equal narrative id" % nid)
        if level != "":
            err("%s: unboxed note has a level" % nid)
        if stage not in ("assessment", "closure"):
            err("%s: bad stage" % nid)
    else:
        err("bad narrative_id %s" % nid)
for tid, ds in triage_dates.items():
    if len(ds) != 1:
        err("%s: boxes carry different dates" % tid)
if len(localities) != 3:
    err("expected 3 localities, found %s" % sorted(localities))

seen = set()
unboxed_level = {}
code_level = Counter()
per_code = Counter()
per_level = Counter()
for nid, code, level in gold:
    if nid not in by_id:
        err("gold row for unknown narrative %s" % nid)
        continue
    if code not in CODES:
        err("%s: unknown code %s" % (nid, code))
    if level not in LEVELS:
        err("%s: unknown level %s" % (nid, level))
    if (nid, code) in seen:
        err("%s: code %s twice" % (nid, code))
    seen.add((nid, code))
    if by_id[nid]:
        if level != by_id[nid]:
            err("%s: gold level %s != box colour %s" % (nid, level, by_id[nid]))
    else:
        if unboxed_level.setdefault(nid, level) != level:
            err("%s: unboxed note has more than one level" % nid)
    code_level[(code, level)] += 1
    per_code[code] += 1
    per_level[level] += 1

traps = json.load(open(os.path.join(HERE, "traps.json"), encoding="utf-8"))
for nid, notes in traps.items():
    if nid not in by_id:
        err("traps.json: unknown narrative %s" % nid)
    if not isinstance(notes, list) or not notes:
        err("traps.json: %s needs a non-empty list" % nid)
        continue
    for n in notes:
        if not isinstance(n, str) or not re.match(r"^[a-z0-9/-]+: \S", n):
            err("traps.json: %s: note not in 'type: explanation' form: %r" % (nid, n))

boxed = sum(1 for n in by_id if BOXED_RE.match(n))
unboxed = len(by_id) - boxed
triages = {BOXED_RE.match(n).group(1) + "-" + BOXED_RE.match(n).group(3) for n in by_id if BOXED_RE.match(n)}
print("narratives %d (boxed %d in %d triages, unboxed %d); gold rows %d; trapped %d (%.0f%%)"
      % (len(by_id), boxed, len(triages), unboxed, len(gold), len(traps), 100.0 * len(traps) / len(by_id)))
print("narratives with no gold rows: %d" % sum(1 for n in by_id if n not in {g[0] for g in gold}))
print()
print("%-10s" % "code" + "".join("%8s" % l for l in LEVELS) + "%8s" % "total")
for c in CODES:
    print("%-10s" % c + "".join("%8d" % code_level[(c, l)] for l in LEVELS) + "%8d" % per_code[c])
print("%-10s" % "total" + "".join("%8d" % per_level[l] for l in LEVELS) + "%8d" % len(gold))
for c in CODES:
    if per_code[c] < 8:
        err("code %s used only %d times (< 8)" % (c, per_code[c]))
for l in LEVELS:
    if per_level[l] == 0:
        err("level %s never used" % l)

if errors:
    print()
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)
print("OK")
