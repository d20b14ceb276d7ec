#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv and traps.json of blind set Z; prints OK or the problems."""
import csv
import datetime
import io
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = {
    "EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD", "MH-ADULT",
    "PH", "SUB", "REL-PAR", "REL-CONF", "DA", "SAFE-NEG", "SAFE-EXP", "CRIME",
    "HOUS", "FIN", "CARER",
}
LEVELS = ["blue", "green", "yellow", "orange", "red"]
NAR_HEADER = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
GOLD_HEADER = ["narrative_id", "code", "level"]
TRAP_TYPES = {"negated", "historical", "hypothetical", "outside", "convention", "partial", "not-coded"}
LO, HI = datetime.date(2025, 1, 1), datetime.date(2026, 12, 31)

errors = []


def err(msg):
    errors.append(msg)


def read_raw(name):
    with open(os.path.join(HERE, name), "rb") as f:
        raw = f.read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err("%s: starts with a BOM" % name)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err("%s: not UTF-8 (%s)" % (name, e))
        text = raw.decode("utf-8", "replace")
    return raw, text


def check_crlf(name, raw):
    if not raw.endswith(b"\r\n"):
        err("%s: does not end with CRLF" % name)
    if re.search(rb"(?<!\r)\n", raw):
        err("%s: bare LF line ending" % name)
    if re.search(rb"\r(?!\n)", raw):
        err("%s: bare CR" % name)


def read_csv(name, header):
    raw, text = read_raw(name)
    check_crlf(name, raw)
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows or rows[0] != header:
        err("%s: header is %r, expected %r" % (name, rows[0] if rows else None, header))
        return []
    out = []
    for i, r in enumerate(rows[1:], start=2):
        if len(r) != len(header):
            err("%s line %d: %d fields" % (name, i, len(r)))
            continue
        out.append(dict(zip(header, r)))
    return out


# cross-check the code set against the taxonomy when it is readable
tax = "/work/shared/taxonomy.md"
if os.path.exists(tax):
    with open(tax, encoding="utf-8") as f:
        found = set(re.findall(r"^\|\s*([A-Z]{2,5}(?:-[A-Z]{2,6})?)\s*\|", f.read(), re.M))
    found.discard("code")
    if found and found != CODES:
        err("code set differs from taxonomy: %r" % sorted(found ^ CODES))

nar = read_csv("narratives.csv", NAR_HEADER)
gold = read_csv("gold.csv", GOLD_HEADER)

by_id = {}
triage_dates, triage_boxes = {}, {}
case_dates = {}
notes = 0
for r in nar:
    nid = r["narrative_id"]
    if nid in by_id:
        err("duplicate narrative_id %s" % nid)
    by_id[nid] = r
    if not re.fullmatch(r"Z\d{3}", r["case_id"]):
        err("%s: bad case_id %r" % (nid, r["case_id"]))
    st = {"assessment": "A", "closure": "C"}.get(r["stage"])
    if st is None:
        err("%s: bad stage %r" % (nid, r["stage"]))
        continue
    if r["triage_id"] != "%s-%s" % (r["case_id"], st):
        err("%s: triage_id %r inconsistent with case/stage" % (nid, r["triage_id"]))
    lvl = r["level"]
    if lvl == "":
        notes += 1
        want = r["triage_id"] + "-note"
    elif lvl in LEVELS:
        want = "%s-%s" % (r["triage_id"], lvl)
    else:
        err("%s: bad level %r" % (nid, lvl))
        continue
    if nid != want:
        err("%s: id should be %s" % (nid, want))
    try:
        d = datetime.date.fromisoformat(r["date"])
    except ValueError:
        err("%s: bad date %r" % (nid, r["date"]))
        continue
    if not (LO <= d <= HI):
        err("%s: date %s outside 2025-26" % (nid, d))
    triage_dates.setdefault(r["triage_id"], set()).add(d)
    triage_boxes.setdefault(r["triage_id"], []).append(lvl)
    case_dates.setdefault(r["case_id"], {}).setdefault(r["stage"], set()).add(d)
    if not r["narrative"].strip():
        err("%s: empty narrative" % nid)
    if not r["locality"]:
        err("%s: empty locality" % nid)

for t, ds in triage_dates.items():
    if len(ds) != 1:
        err("%s: several dates %r" % (t, sorted(ds)))
for t, boxes in triage_boxes.items():
    if len(boxes) != len(set(boxes)):
        err("%s: repeated box" % t)
    if "" in boxes and len(boxes) > 1:
        err("%s: mixes an unboxed note with boxes" % t)
for c, stages in case_dates.items():
    if set(stages) != {"assessment", "closure"}:
        err("%s: needs both assessment and closure" % c)
        continue
    if max(stages["assessment"]) >= min(stages["closure"]):
        err("%s: closure not after assessment" % c)

if not (85 <= len(nar) <= 100):
    err("narratives: %d, expected 85-100" % len(nar))
if notes > 8:
    err("unboxed notes: %d > 8" % notes)
locs = {r["locality"] for r in nar}
if len(locs) != 4:
    err("localities: %r, expected 4" % sorted(locs))

seen = set()
note_levels = {}
for i, g in enumerate(gold, start=2):
    nid, code, lvl = g["narrative_id"], g["code"], g["level"]
    if nid not in by_id:
        err("gold line %d: unknown narrative %s" % (i, nid))
        continue
    if code not in CODES:
        err("gold line %d: unknown code %r" % (i, code))
    if lvl not in LEVELS:
        err("gold line %d: bad level %r" % (i, lvl))
    if (nid, code) in seen:
        err("gold line %d: duplicate %s %s" % (i, nid, code))
    seen.add((nid, code))
    box = by_id[nid]["level"]
    if box:
        if lvl != box:
            err("gold line %d: %s level %s != box %s" % (i, nid, lvl, box))
    else:
        note_levels.setdefault(nid, set()).add(lvl)
for nid, ls in note_levels.items():
    if len(ls) != 1:
        err("%s: unboxed note has several levels %r" % (nid, sorted(ls)))

raw, text = read_raw("traps.json")
try:
    traps = json.loads(text)
except ValueError as e:
    err("traps.json: %s" % e)
    traps = {}
for nid, items in traps.items():
    if nid not in by_id:
        err("traps.json: unknown narrative %s" % nid)
    for t in items:
        if set(t) != {"type", "code", "note"}:
            err("traps.json %s: keys %r" % (nid, sorted(t)))
            continue
        if t["type"] not in TRAP_TYPES:
            err("traps.json %s: type %r" % (nid, t["type"]))
        if t["code"] and t["code"] not in CODES:
            err("traps.json %s: code %r" % (nid, t["code"]))
        if not t["note"]:
            err("traps.json %s: empty note" % nid)

if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)
print("OK")
