#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv and traps.json; print OK or the errors."""
import csv
import io
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LEVELS = ["blue", "green", "yellow", "orange", "red"]
CODES = {"EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD",
         "MH-ADULT", "PH", "SUB", "REL-PAR", "REL-CONF", "DA", "SAFE-NEG",
         "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"}
N_HEAD = ["narrative_id", "triage_id", "case_id", "stage", "date", "level",
          "locality", "narrative"]
G_HEAD = ["narrative_id", "code", "level"]
errors = []


def err(msg):
    errors.append(msg)


def load_text(name):
    raw = open(os.path.join(HERE, name), "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err("%s: has a BOM" % name)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err("%s: not UTF-8 (%s)" % (name, e))
        return ""
    if not text.endswith("\r\n"):
        err("%s: does not end with CRLF" % name)
    if re.search(r"(?<!\r)\n", text) or re.search(r"\r(?!\n)", text):
        err("%s: line endings are not all CRLF" % name)
    return text


def load_csv(name, header):
    text = load_text(name)
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


narr = load_csv("narratives.csv", N_HEAD)
gold = load_csv("gold.csv", G_HEAD)

by_id = {}
case_dates = {}
for r in narr:
    nid, tid, cid, st = r["narrative_id"], r["triage_id"], r["case_id"], r["stage"]
    if nid in by_id:
        err("duplicate narrative_id %s" % nid)
    by_id[nid] = r
    if not re.fullmatch(r"Z\d{3}", cid):
        err("%s: bad case_id %s" % (nid, cid))
    if st not in ("assessment", "closure"):
        err("%s: bad stage %s" % (nid, st))
    if tid != "%s-%s" % (cid, "A" if st == "assessment" else "C"):
        err("%s: triage_id %s inconsistent with case/stage" % (nid, tid))
    lvl = r["level"]
    if lvl:
        if lvl not in LEVELS:
            err("%s: bad level %s" % (nid, lvl))
        if nid != "%s-%s" % (tid, lvl):
            err("%s: id does not match triage/level" % nid)
    elif nid != "%s-note" % tid:
        err("%s: unboxed note id should be %s-note" % (nid, tid))
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["date"]) or not (
            "2025-01-01" <= r["date"] <= "2026-12-31"):
        err("%s: date %s out of range" % (nid, r["date"]))
    if not r["narrative"].strip():
        err("%s: empty narrative" % nid)
    if not r["locality"]:
        err("%s: empty locality" % nid)
    case_dates.setdefault(cid, {}).setdefault(st, set()).add(r["date"])

for cid, d in case_dates.items():
    if set(d) != {"assessment", "closure"}:
        err("%s: missing a stage (%s)" % (cid, sorted(d)))
        continue
    if len(d["assessment"]) != 1 or len(d["closure"]) != 1:
        err("%s: more than one date within a triage" % cid)
    if not max(d["assessment"]) < min(d["closure"]):
        err("%s: closure not after assessment" % cid)

n_notes = sum(1 for r in narr if not r["level"])
if not 85 <= len(narr) <= 100:
    err("narrative count %d not in 85-100" % len(narr))
if n_notes > 8:
    err("%d unboxed notes (max 8)" % n_notes)
if len({r["locality"] for r in narr}) != 4:
    err("expected four localities")

pairs = set()
for g in gold:
    nid, code, lvl = g["narrative_id"], g["code"], g["level"]
    if nid not in by_id:
        err("gold row for unknown narrative %s" % nid)
        continue
    if code not in CODES:
        err("%s: code %s not in taxonomy" % (nid, code))
    if lvl not in LEVELS:
        err("%s: gold level %s invalid" % (nid, lvl))
    if (nid, code) in pairs:
        err("duplicate gold pair %s %s" % (nid, code))
    pairs.add((nid, code))
    box = by_id[nid]["level"]
    if box and lvl != box:
        err("%s: gold level %s differs from box %s" % (nid, lvl, box))

for nid in {g["narrative_id"] for g in gold if g["narrative_id"] in by_id
            and not by_id[g["narrative_id"]]["level"]}:
    if len({g["level"] for g in gold if g["narrative_id"] == nid}) != 1:
        err("%s: unboxed note has more than one gold level" % nid)

traps_text = load_text("traps.json")
try:
    traps = json.loads(traps_text) if traps_text else {}
except ValueError as e:
    err("traps.json: %s" % e)
    traps = {}
for nid, lst in traps.items():
    if nid not in by_id:
        err("traps.json: unknown narrative %s" % nid)
    for t in lst:
        if set(t) != {"type", "code", "note"}:
            err("traps.json %s: bad keys %s" % (nid, sorted(t)))
        elif t["code"] and t["code"] not in CODES:
            err("traps.json %s: bad code %s" % (nid, t["code"]))

if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)
print("OK")
