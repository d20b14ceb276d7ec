#!/usr/bin/env python3
"""Validate the z105 blind set: prints OK or a list of problems (exit 1)."""
import csv
import io
import json
import os
import re
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = {"EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD", "MH-ADULT", "PH", "SUB",
         "REL-PAR", "REL-CONF", "DA", "SAFE-NEG", "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"}
LEVELS = ["blue", "green", "yellow", "orange", "red"]
NAR_HEADER = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
GOLD_HEADER = ["narrative_id", "code", "level"]
TRAP_TYPES = {"negated", "historical", "hypothetical", "outside", "convention", "partial", "not-coded"}
DATE_MIN, DATE_MAX = "2025-01-01", "2026-12-31"

errors = []


def err(msg):
    errors.append(msg)


def read_csv(name, header):
    path = os.path.join(HERE, name)
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err("%s: has a UTF-8 BOM" % name)
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
        err("%s: header is %r, expected %r" % (name, rows[0] if rows else None, header))
        return []
    for i, r in enumerate(rows[1:], start=2):
        if len(r) != len(header):
            err("%s line %d: %d fields" % (name, i, len(r)))
    return [dict(zip(header, r)) for r in rows[1:] if len(r) == len(header)]


nar = read_csv("narratives.csv", NAR_HEADER)
gold = read_csv("gold.csv", GOLD_HEADER)

# ---- narratives
by_id = {}
case_dates = defaultdict(lambda: defaultdict(set))
case_loc = defaultdict(set)
triage_levels = defaultdict(list)
id_re = re.compile(r"^(Z\d{3})-([AC])-(blue|green|yellow|orange|red|note)$")
date_re = re.compile(r"^\d{4}-\d{2}-\d{2}$")
for r in nar:
    nid = r["narrative_id"]
    if nid in by_id:
        err("duplicate narrative_id %s" % nid)
    by_id[nid] = r
    m = id_re.match(nid)
    if not m:
        err("bad narrative_id %s" % nid)
        continue
    cid, st, lv = m.groups()
    if r["case_id"] != cid:
        err("%s: case_id %s" % (nid, r["case_id"]))
    if r["triage_id"] != "%s-%s" % (cid, st):
        err("%s: triage_id %s" % (nid, r["triage_id"]))
    if r["stage"] != {"A": "assessment", "C": "closure"}[st]:
        err("%s: stage %s" % (nid, r["stage"]))
    if lv == "note":
        if r["level"] != "":
            err("%s: unboxed note has level %s" % (nid, r["level"]))
    elif r["level"] != lv:
        err("%s: level %s does not match id" % (nid, r["level"]))
    if r["level"] not in LEVELS + [""]:
        err("%s: bad level %s" % (nid, r["level"]))
    triage_levels[r["triage_id"]].append(lv)
    if not date_re.match(r["date"]) or not (DATE_MIN <= r["date"] <= DATE_MAX):
        err("%s: date %s out of range" % (nid, r["date"]))
    case_dates[cid][r["stage"]].add(r["date"])
    case_loc[cid].add(r["locality"])
    if not r["narrative"].strip():
        err("%s: empty narrative" % nid)
    if not r["locality"]:
        err("%s: empty locality" % nid)

for tid, lvs in triage_levels.items():
    if len(lvs) != len(set(lvs)):
        err("%s: repeated box level" % tid)

for cid, st in case_dates.items():
    if set(st) != {"assessment", "closure"}:
        err("%s: needs both assessment and closure (has %s)" % (cid, sorted(st)))
        continue
    if len(st["assessment"]) != 1 or len(st["closure"]) != 1:
        err("%s: more than one date per stage" % cid)
    if not max(st["assessment"]) < min(st["closure"]):
        err("%s: closure not after assessment" % cid)
    if len(case_loc[cid]) != 1:
        err("%s: more than one locality" % cid)

notes = [n for n in by_id if n.endswith("-note")]
if len(notes) > 8:
    err("too many unboxed notes: %d" % len(notes))
if not 85 <= len(by_id) <= 100:
    err("narrative count %d outside 85-100" % len(by_id))
if not 30 <= len(case_dates) <= 40:
    err("case count %d outside 30-40" % len(case_dates))
locs = {r["locality"] for r in nar}
if len(locs) != 4:
    err("expected 4 localities, found %d" % len(locs))

# ---- gold
seen = set()
note_levels = defaultdict(set)
for g in gold:
    nid, code, lv = g["narrative_id"], g["code"], g["level"]
    if nid not in by_id:
        err("gold row for unknown narrative %s" % nid)
        continue
    if code not in CODES:
        err("%s: unknown code %s" % (nid, code))
    if lv not in LEVELS:
        err("%s: bad gold level %s" % (nid, lv))
    if (nid, code) in seen:
        err("duplicate gold pair %s %s" % (nid, code))
    seen.add((nid, code))
    box = by_id[nid]["level"]
    if box:
        if lv != box:
            err("%s %s: gold level %s != box level %s" % (nid, code, lv, box))
    else:
        note_levels[nid].add(lv)
for nid, lvs in note_levels.items():
    if len(lvs) != 1:
        err("%s: unboxed note has several gold levels %s" % (nid, sorted(lvs)))

# ---- traps
try:
    raw = open(os.path.join(HERE, "traps.json"), "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err("traps.json: BOM")
    traps = json.loads(raw.decode("utf-8"))
except Exception as e:  # noqa: BLE001
    err("traps.json unreadable: %s" % e)
    traps = {}
gold_pairs = seen
for nid, items in traps.items():
    if nid not in by_id:
        err("traps.json: unknown narrative %s" % nid)
    if not isinstance(items, list) or not items:
        err("traps.json: %s is not a non-empty list" % nid)
        continue
    for t in items:
        if set(t) != {"type", "code", "note"}:
            err("traps.json %s: keys %s" % (nid, sorted(t)))
            continue
        if t["type"] not in TRAP_TYPES:
            err("traps.json %s: type %s" % (nid, t["type"]))
        if t["code"] and t["code"] not in CODES:
            err("traps.json %s: code %s" % (nid, t["code"]))
        if not t["note"].strip():
            err("traps.json %s: empty note" % nid)
        # a trap that says a code is NOT present must not contradict gold
        if t["type"] in {"negated", "historical", "hypothetical", "outside", "not-coded"} and t["code"] \
                and (nid, t["code"]) in gold_pairs and t["type"] != "outside":
            err("traps.json %s: %s trap for %s but %s is gold" % (nid, t["type"], t["code"], t["code"]))

if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)
print("OK")
