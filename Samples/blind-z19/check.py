#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv and traps.json; prints OK at the end."""
import csv
import io
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = set("EDU-ATT EDU-EXC EDU-NEET EDU-SEND EYD MH-CHILD MH-ADULT PH SUB REL-PAR "
            "REL-CONF DA SAFE-NEG SAFE-EXP CRIME HOUS FIN CARER".split())
LEVELS = ["blue", "green", "yellow", "orange", "red"]
NHEAD = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
GHEAD = ["narrative_id", "code", "level"]
errors = []


def err(msg):
    errors.append(msg)


def load(name, header):
    raw = open(os.path.join(HERE, name), "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err(name + ": has a BOM")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(name + ": not UTF-8: %s" % e)
        text = raw.decode("utf-8", "replace")
    # every physical line break must be CRLF (no bare LF or CR anywhere)
    if text.replace("\r\n", "").count("\n") or text.replace("\r\n", "").count("\r"):
        err(name + ": bare LF or CR found")
    if not text.endswith("\r\n"):
        err(name + ": does not end with CRLF")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows or rows[0] != header:
        err(name + ": bad header %r" % (rows[0] if rows else None))
    body = rows[1:]
    for i, r in enumerate(body, 2):
        if len(r) != len(header):
            err("%s line %d: %d fields" % (name, i, len(r)))
    return [dict(zip(header, r)) for r in body if len(r) == len(header)]


narr = load("narratives.csv", NHEAD)
gold = load("gold.csv", GHEAD)

ids = [r["narrative_id"] for r in narr]
if len(ids) != len(set(ids)):
    err("duplicate narrative ids")
by_id = {r["narrative_id"]: r for r in narr}
locs = set()
for r in narr:
    nid, lvl = r["narrative_id"], r["level"]
    locs.add(r["locality"])
    if r["stage"] not in ("assessment", "closure"):
        err(nid + ": bad stage")
    if not (r["date"][:4] in ("2025", "2026") and len(r["date"]) == 10):
        err(nid + ": bad date " + r["date"])
    if not r["narrative"].strip():
        err(nid + ": empty narrative")
    if lvl:
        if lvl not in LEVELS:
            err(nid + ": bad box level")
        tid = r["case_id"] + ("-A" if r["stage"] == "assessment" else "-C")
        if r["triage_id"] != tid or nid != tid + "-" + lvl:
            err(nid + ": id / triage_id / stage mismatch")
    else:
        if r["triage_id"] != nid:
            err(nid + ": unboxed triage_id should equal narrative_id")
if len(locs) != 4:
    err("expected 4 localities, got %r" % sorted(locs))

seen = set()
for g in gold:
    nid, code, lvl = g["narrative_id"], g["code"], g["level"]
    if nid not in by_id:
        err("gold row for unknown narrative " + nid)
        continue
    if code not in CODES:
        err(nid + ": unknown code " + code)
    if lvl not in LEVELS:
        err(nid + ": bad gold level " + lvl)
    if (nid, code) in seen:
        err(nid + ": duplicate code " + code)
    seen.add((nid, code))
    box = by_id[nid]["level"]
    if box and lvl != box:
        err(nid + ": gold level %s differs from box %s" % (lvl, box))

# unboxed notes: one level for all codes
unboxed_levels = {}
for g in gold:
    if g["narrative_id"] in by_id and not by_id[g["narrative_id"]]["level"]:
        unboxed_levels.setdefault(g["narrative_id"], set()).add(g["level"])
for nid, s in unboxed_levels.items():
    if len(s) != 1:
        err(nid + ": unboxed note has several levels")

traps = json.load(open(os.path.join(HERE, "traps.json"), encoding="utf-8"))
for nid in traps:
    if nid not in by_id:
        err("traps.json: unknown narrative " + nid)

if not (85 <= len(narr) <= 100):
    err("narrative count %d outside 85-100" % len(narr))

if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)
print("narratives=%d gold=%d cases=%d" % (len(narr), len(gold),
      len({r["case_id"] for r in narr if r["level"]})))
print("OK")
