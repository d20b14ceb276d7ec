#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv and traps.json; print OK at the end."""
import csv
import io
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = set("EDU-ATT EDU-EXC EDU-NEET EDU-SEND EYD MH-CHILD MH-ADULT PH SUB "
            "REL-PAR REL-CONF DA SAFE-NEG SAFE-EXP CRIME HOUS FIN CARER".split())
LEVELS = {"blue", "green", "yellow", "orange", "red"}
NHEAD = ["narrative_id", "triage_id", "case_id", "stage", "date", "level",
         "locality", "narrative"]
GHEAD = ["narrative_id", "code", "level"]
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
    # every line break outside quoted fields must be CRLF
    if re.search(r"(?<!\r)\n", text) or re.search(r"\r(?!\n)", text):
        err("%s: line endings are not all CRLF" % name)
    if not text.endswith("\r\n"):
        err("%s: does not end with CRLF" % name)
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows or rows[0] != header:
        err("%s: header is %r" % (name, rows[0] if rows else None))
        return []
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(header):
            err("%s line %d: %d fields" % (name, i, len(r)))
    return [dict(zip(header, r)) for r in rows[1:]]


nar = load("narratives.csv", NHEAD)
gold = load("gold.csv", GHEAD)

ids = [r["narrative_id"] for r in nar]
if len(ids) != len(set(ids)):
    err("duplicate narrative ids")
byid = {r["narrative_id"]: r for r in nar}
tri_levels = set()
for r in nar:
    nid, tid, cid, lvl = r["narrative_id"], r["triage_id"], r["case_id"], r["level"]
    if r["stage"] not in ("assessment", "closure"):
        err("%s: bad stage" % nid)
    if not re.fullmatch(r"202[56]-\d\d-\d\d", r["date"]):
        err("%s: date %s not 2025-2026" % (nid, r["date"]))
    if not r["narrative"].strip():
        err("%s: empty narrative" % nid)
    if lvl:
        if lvl not in LEVELS:
            err("%s: bad level" % nid)
        stage_letter = {"assessment": "A", "closure": "C"}[r["stage"]]
        if tid != "%s-%s" % (cid, stage_letter) or nid != "%s-%s" % (tid, lvl):
            err("%s: id pattern does not match triage/case/level" % nid)
        if (tid, lvl) in tri_levels:
            err("%s: two boxes of one level in a triage" % nid)
        tri_levels.add((tid, lvl))
    else:
        if tid != nid:
            err("%s: unboxed triage_id should equal narrative_id" % nid)
localities = {r["locality"] for r in nar}
if len(localities) != 4:
    err("expected 4 localities, got %s" % sorted(localities))
if not 85 <= len(nar) <= 100:
    err("narrative count %d outside 85-100" % len(nar))

seen = set()
for g in gold:
    nid, code, lvl = g["narrative_id"], g["code"], g["level"]
    if nid not in byid:
        err("gold %s: narrative missing" % nid)
        continue
    if code not in CODES:
        err("gold %s: unknown code %s" % (nid, code))
    if lvl not in LEVELS:
        err("gold %s: bad level %s" % (nid, lvl))
    if (nid, code) in seen:
        err("gold %s: duplicate code %s" % (nid, code))
    seen.add((nid, code))
    box = byid[nid]["level"]
    if box and lvl != box:
        err("gold %s %s: level %s != box %s" % (nid, code, lvl, box))
# unboxed: one level for all codes
unboxed_levels = {}
for g in gold:
    if g["narrative_id"] in byid and not byid[g["narrative_id"]]["level"]:
        unboxed_levels.setdefault(g["narrative_id"], set()).add(g["level"])
for nid, lv in unboxed_levels.items():
    if len(lv) != 1:
        err("unboxed %s has several levels %s" % (nid, lv))

traps = json.load(open(os.path.join(HERE, "traps.json"), encoding="utf-8"))
for t in traps:
    if t.get("narrative_id") not in byid:
        err("trap for unknown narrative %r" % t.get("narrative_id"))
    if t.get("kind") not in ("negated", "historical", "hypothetical",
                             "outside-household", "look-alike", "need-met"):
        err("trap with bad kind %r" % t.get("kind"))

if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)
print("narratives %d, gold rows %d, traps %d" % (len(nar), len(gold), len(traps)))
print("OK")
