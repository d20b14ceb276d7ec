#!/usr/bin/env python3
"""Validate the z104 blind set; prints OK or the list of problems."""
import csv
import io
import json
import os
import re
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = {"EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD", "MH-ADULT", "PH", "SUB",
         "REL-PAR", "REL-CONF", "DA", "SAFE-NEG", "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"}
LEVELS = ["blue", "green", "yellow", "orange", "red"]
N_HEADER = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
G_HEADER = ["narrative_id", "code", "level"]
ABSENT_TYPES = {"negated", "historical", "hypothetical", "outside", "not-coded"}
errors = []


def err(msg):
    errors.append(msg)


def read_raw(name):
    with open(os.path.join(HERE, name), "rb") as f:
        raw = f.read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err("%s: has a BOM" % name)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err("%s: not UTF-8 (%s)" % (name, e))
        text = raw.decode("utf-8", "replace")
    if not raw.endswith(b"\r\n"):
        err("%s: does not end with CRLF" % name)
    if re.search(rb"(?<!\r)\n", raw):
        err("%s: bare LF found" % name)
    if re.search(rb"\r(?!\n)", raw):
        err("%s: bare CR found" % name)
    return text


def read_csv(name, header):
    text = read_raw(name)
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows or rows[0] != header:
        err("%s: header is %r" % (name, rows[0] if rows else None))
        return []
    out = []
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(header):
            err("%s line %d: %d fields" % (name, i, len(r)))
            continue
        out.append(dict(zip(header, r)))
    return out


# optional cross-check of the code set against the taxonomy
tax = "/work/shared/taxonomy.md"
if os.path.exists(tax):
    tcodes = set(re.findall(r"^\| ([A-Z]{2,5}(?:-[A-Z]{3,5})?)\s+\|", open(tax, encoding="utf-8").read(), re.M))
    if tcodes != CODES:
        err("code set differs from taxonomy: %s" % sorted(tcodes ^ CODES))

narr = read_csv("narratives.csv", N_HEADER)
gold = read_csv("gold.csv", G_HEADER)

by_id = {}
case_dates = {}
for r in narr:
    nid = r["narrative_id"]
    if nid in by_id:
        err("duplicate narrative_id %s" % nid)
    by_id[nid] = r
    m = re.fullmatch(r"(Z\d{3})-([AC])-(blue|green|yellow|orange|red|note)", nid)
    if not m:
        err("bad narrative_id %s" % nid)
        continue
    case, st, box = m.groups()
    if r["case_id"] != case:
        err("%s: case_id %s" % (nid, r["case_id"]))
    if r["triage_id"] != "%s-%s" % (case, st):
        err("%s: triage_id %s" % (nid, r["triage_id"]))
    if r["stage"] != {"A": "assessment", "C": "closure"}[st]:
        err("%s: stage %s" % (nid, r["stage"]))
    if box == "note":
        if r["level"] != "":
            err("%s: note with level %s" % (nid, r["level"]))
    elif r["level"] != box:
        err("%s: level %s != box" % (nid, r["level"]))
    try:
        d = date.fromisoformat(r["date"])
        if not (date(2025, 1, 1) <= d <= date(2026, 12, 31)):
            err("%s: date %s out of 2025-26" % (nid, d))
        case_dates.setdefault(case, {}).setdefault(st, set()).add(d)
    except ValueError:
        err("%s: bad date %r" % (nid, r["date"]))
    if not r["narrative"].strip():
        err("%s: empty narrative" % nid)
    if not r["locality"]:
        err("%s: empty locality" % nid)

for case, st in case_dates.items():
    if set(st) != {"A", "C"}:
        err("%s: needs both assessment and closure" % case)
        continue
    if len(st["A"]) != 1 or len(st["C"]) != 1:
        err("%s: more than one date per stage" % case)
    if max(st["A"]) >= min(st["C"]):
        err("%s: closure not after assessment" % case)

n_notes = sum(1 for r in narr if r["level"] == "")
if not 85 <= len(narr) <= 100:
    err("narrative count %d outside 85-100" % len(narr))
if n_notes > 8:
    err("%d unboxed notes (max 8)" % n_notes)
if not 30 <= len(case_dates) <= 40:
    err("case count %d outside 30-40" % len(case_dates))
if len({r["locality"] for r in narr}) != 4:
    err("expected four localities")

pairs = set()
note_levels = {}
for g in gold:
    nid, code, lvl = g["narrative_id"], g["code"], g["level"]
    if nid not in by_id:
        err("gold row for unknown narrative %s" % nid)
        continue
    if code not in CODES:
        err("%s: unknown code %s" % (nid, code))
    if lvl not in LEVELS:
        err("%s: bad level %s" % (nid, lvl))
    if (nid, code) in pairs:
        err("duplicate gold pair %s %s" % (nid, code))
    pairs.add((nid, code))
    box = by_id[nid]["level"]
    if box:
        if lvl != box:
            err("%s %s: gold level %s != box %s" % (nid, code, lvl, box))
    else:
        note_levels.setdefault(nid, set()).add(lvl)
for nid, lv in note_levels.items():
    if len(lv) != 1:
        err("%s: unboxed note with several levels %s" % (nid, lv))

# traps.json
try:
    traps = json.loads(read_raw("traps.json"))
except ValueError as e:
    err("traps.json: %s" % e)
    traps = {}
for nid, items in traps.items():
    if nid not in by_id:
        err("traps.json: unknown narrative %s" % nid)
    for t in items:
        if set(t) != {"type", "code", "note"}:
            err("traps.json %s: keys %s" % (nid, sorted(t)))
            continue
        if t["code"] is not None and t["code"] not in CODES:
            err("traps.json %s: unknown code %s" % (nid, t["code"]))
        if not t["note"]:
            err("traps.json %s: empty note" % nid)
        if t["type"] in ABSENT_TYPES and t["code"] and (nid, t["code"]) in pairs:
            err("traps.json %s: %s trap on %s but code is in gold" % (nid, t["type"], t["code"]))

if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")
