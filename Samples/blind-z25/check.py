#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv and traps.json; prints OK at the end."""
import csv
import io
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = {"EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD", "MH-ADULT", "PH",
         "SUB", "REL-PAR", "REL-CONF", "DA", "SAFE-NEG", "SAFE-EXP", "CRIME", "HOUS", "FIN",
         "CARER"}
LEVELS = {"blue", "green", "yellow", "orange", "red"}
N_HEAD = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality",
          "narrative"]
G_HEAD = ["narrative_id", "code", "level"]
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
        err("%s: last line does not end in CRLF" % name)
    if re.search(r"(?<!\r)\n", text):
        err("%s: bare LF line ending" % name)
    if re.search(r"\r(?!\n)", text):
        err("%s: bare CR" % name)
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


narrs = load("narratives.csv", N_HEAD)
gold = load("gold.csv", G_HEAD)

by_id = {}
locs = set()
for r in narrs:
    nid = r["narrative_id"]
    if nid in by_id:
        err("duplicate narrative_id %s" % nid)
    by_id[nid] = r
    locs.add(r["locality"])
    if r["stage"] not in ("assessment", "closure"):
        err("%s: bad stage %r" % (nid, r["stage"]))
    if not re.fullmatch(r"202[56]-\d\d-\d\d", r["date"]):
        err("%s: date %r not in 2025-2026" % (nid, r["date"]))
    if not r["narrative"].strip():
        err("%s: empty narrative" % nid)
    if r["level"]:
        if r["level"] not in LEVELS:
            err("%s: bad box level %r" % (nid, r["level"]))
        m = re.fullmatch(r"([A-Z]\d{3})-([AC])-([a-z]+)", nid)
        if not m:
            err("%s: boxed id not <CASE>-A|C-<level>" % nid)
        else:
            case, st, lv = m.groups()
            if lv != r["level"]:
                err("%s: id level differs from box level" % nid)
            if r["triage_id"] != "%s-%s" % (case, st) or r["case_id"] != case:
                err("%s: triage/case id mismatch" % nid)
            if (st == "A") != (r["stage"] == "assessment"):
                err("%s: stage letter mismatch" % nid)
    else:
        if r["triage_id"] != nid:
            err("%s: unboxed note's triage_id should equal its id" % nid)

if len(locs) != 4:
    err("expected 4 localities, found %s" % sorted(locs))
if not 85 <= len(narrs) <= 100:
    err("narrative count %d outside 85-100" % len(narrs))

# one date/locality per triage
tri = {}
for r in narrs:
    key = (r["date"], r["locality"], r["stage"], r["case_id"])
    if tri.setdefault(r["triage_id"], key) != key:
        err("%s: triage fields differ between its boxes" % r["triage_id"])

seen = set()
note_levels = {}
for g in gold:
    nid, code, lv = g["narrative_id"], g["code"], g["level"]
    if nid not in by_id:
        err("gold row for unknown narrative %s" % nid)
        continue
    if code not in CODES:
        err("%s: unknown code %r" % (nid, code))
    if lv not in LEVELS:
        err("%s: bad gold level %r" % (nid, lv))
    if (nid, code) in seen:
        err("duplicate gold row %s %s" % (nid, code))
    seen.add((nid, code))
    box = by_id[nid]["level"]
    if box and lv != box:
        err("%s: gold level %s differs from box %s" % (nid, lv, box))
    if not box:
        if note_levels.setdefault(nid, lv) != lv:
            err("%s: unboxed note has more than one level" % nid)

traps = json.load(open(os.path.join(HERE, "traps.json"), encoding="utf-8"))
for nid, items in traps.items():
    if nid not in by_id:
        err("traps.json: unknown narrative %s" % nid)
    for it in items:
        if set(it) != {"kind", "note"} or not it["note"]:
            err("traps.json: bad item for %s" % nid)

if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)
print("%d narratives, %d gold rows, %d narratives with trap notes" %
      (len(narrs), len(gold), len(traps)))
print("OK")
