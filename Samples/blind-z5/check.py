#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv and traps.json of this gold set; prints OK."""
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
N_HEADER = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
G_HEADER = ["narrative_id", "code", "level"]
errors = []


def fail(msg):
    errors.append(msg)


def load(name, header):
    raw = open(os.path.join(HERE, name), "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        fail(name + ": has a BOM")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        fail(name + ": not UTF-8: %s" % e)
        return []
    if not text.endswith("\r\n"):
        fail(name + ": does not end with CRLF")
    if re.search(r"(?<!\r)\n", text):
        fail(name + ": bare LF line ending")
    if re.search(r"\r(?!\n)", text):
        fail(name + ": bare CR")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows or rows[0] != header:
        fail(name + ": header is %r" % (rows[0] if rows else None))
        return []
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(header):
            fail("%s line %d: %d fields" % (name, i, len(r)))
    return [dict(zip(header, r)) for r in rows[1:] if len(r) == len(header)]


narr = load("narratives.csv", N_HEADER)
gold = load("gold.csv", G_HEADER)

ids = [n["narrative_id"] for n in narr]
if len(ids) != len(set(ids)):
    fail("duplicate narrative ids")
by_id = {n["narrative_id"]: n for n in narr}
if not 85 <= len(narr) <= 100:
    fail("narrative count %d outside 85-100" % len(narr))

triage_meta = {}
for n in narr:
    nid = n["narrative_id"]
    if not n["narrative"].strip():
        fail(nid + ": empty narrative")
    if n["stage"] not in ("assessment", "closure"):
        fail(nid + ": bad stage")
    if not re.fullmatch(r"202[56]-\d\d-\d\d", n["date"]):
        fail(nid + ": date not in 2025-2026")
    if n["level"]:
        if n["level"] not in LEVELS:
            fail(nid + ": bad level")
        m = re.fullmatch(r"([A-Z]\d{3})-([AC])-(blue|green|yellow|orange|red)", nid)
        if not m:
            fail(nid + ": boxed id malformed")
            continue
        case, st, lev = m.groups()
        if lev != n["level"] or n["case_id"] != case or n["triage_id"] != case + "-" + st:
            fail(nid + ": id/triage/case/level mismatch")
        if (st == "A") != (n["stage"] == "assessment"):
            fail(nid + ": stage letter mismatch")
        meta = (n["case_id"], n["stage"], n["date"], n["locality"])
        if triage_meta.setdefault(n["triage_id"], meta) != meta:
            fail(nid + ": triage fields differ between boxes")
    else:
        if n["triage_id"] != nid or n["case_id"] != nid:
            fail(nid + ": unboxed note should use its id as triage and case id")

if len({n["locality"] for n in narr}) != 4:
    fail("expected four localities")

seen = set()
unboxed_level = {}
for g in gold:
    nid, code, lev = g["narrative_id"], g["code"], g["level"]
    if nid not in by_id:
        fail("gold row for unknown narrative " + nid)
        continue
    if code not in CODES:
        fail("unknown code %s in %s" % (code, nid))
    if lev not in LEVELS:
        fail("bad gold level %s in %s" % (lev, nid))
    if (nid, code) in seen:
        fail("duplicate gold (%s, %s)" % (nid, code))
    seen.add((nid, code))
    box = by_id[nid]["level"]
    if box and lev != box:
        fail("%s: gold level %s differs from box %s" % (nid, lev, box))
    if not box and unboxed_level.setdefault(nid, lev) != lev:
        fail("%s: unboxed note has more than one level" % nid)

traps = json.load(open(os.path.join(HERE, "traps.json"), encoding="utf-8"))
TYPES = {"negated", "historical", "hypothetical", "lookalike", "outside_household", "need_met", "convention"}
for t in traps:
    if t.get("narrative_id") not in by_id:
        fail("trap for unknown narrative %r" % t.get("narrative_id"))
    if t.get("type") not in TYPES:
        fail("bad trap type %r" % t.get("type"))
    if t.get("code") not in CODES:
        fail("bad trap code %r" % t.get("code"))

if errors:
    print("\n".join(errors))
    sys.exit(1)
print("%d narratives, %d gold rows, %d trap notes" % (len(narr), len(gold), len(traps)))
print("OK")
