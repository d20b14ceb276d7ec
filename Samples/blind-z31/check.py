#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv and traps.json of this gold set; print OK at the end."""
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
N_HEADER = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality",
            "narrative"]
G_HEADER = ["narrative_id", "code", "level"]
errors = []


def err(msg):
    errors.append(msg)


def load(name):
    raw = open(os.path.join(HERE, name), "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err(name + ": has a UTF-8 BOM")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(name + ": not UTF-8: %s" % e)
        text = raw.decode("utf-8", "replace")
    # every line break must be CRLF: no bare LF, no bare CR
    if re.search(r"(?<!\r)\n", text):
        err(name + ": bare LF line ending")
    if re.search(r"\r(?!\n)", text):
        err(name + ": bare CR")
    if not text.endswith("\r\n"):
        err(name + ": last line not CRLF-terminated")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    return rows


nrows = load("narratives.csv")
grows = load("gold.csv")

if nrows[0] != N_HEADER:
    err("narratives.csv header: %r" % nrows[0])
if grows[0] != G_HEADER:
    err("gold.csv header: %r" % grows[0])

narr = {}
for i, r in enumerate(nrows[1:], 2):
    if len(r) != len(N_HEADER):
        err("narratives.csv line %d: %d fields" % (i, len(r)))
        continue
    d = dict(zip(N_HEADER, r))
    nid = d["narrative_id"]
    if nid in narr:
        err("duplicate narrative_id " + nid)
    narr[nid] = d
    if d["stage"] not in ("assessment", "closure"):
        err(nid + ": bad stage")
    if not re.fullmatch(r"202[56]-\d\d-\d\d", d["date"]):
        err(nid + ": date not 2025-2026 ISO")
    if not d["narrative"].strip():
        err(nid + ": empty narrative")
    if d["level"]:
        if d["level"] not in LEVELS:
            err(nid + ": bad level " + d["level"])
        m = re.fullmatch(r"([A-Z]\d+)-([AC])-([a-z]+)", nid)
        if not m:
            err(nid + ": boxed id not <CASE>-A|C-<level>")
        else:
            case, st, lev = m.groups()
            if lev != d["level"] or case != d["case_id"] or d["triage_id"] != case + "-" + st:
                err(nid + ": id/triage/case/level mismatch")
            if (st == "A") != (d["stage"] == "assessment"):
                err(nid + ": stage letter mismatch")
    else:
        if d["triage_id"] != nid:
            err(nid + ": unboxed triage_id should equal narrative_id")

# a triage has one stage and one date
tri = {}
for d in narr.values():
    key = (d["stage"], d["date"], d["case_id"], d["locality"])
    if tri.setdefault(d["triage_id"], key) != key:
        err(d["triage_id"] + ": inconsistent stage/date/case/locality")

if not 85 <= len(narr) <= 100:
    err("narrative count %d outside 85-100" % len(narr))

seen = set()
coded = set()
for i, r in enumerate(grows[1:], 2):
    if len(r) != 3:
        err("gold.csv line %d: %d fields" % (i, len(r)))
        continue
    nid, code, lev = r
    if nid not in narr:
        err("gold %s: narrative missing" % nid)
        continue
    if code not in CODES:
        err("gold %s: unknown code %s" % (nid, code))
    if lev not in LEVELS:
        err("gold %s: bad level %s" % (nid, lev))
    if (nid, code) in seen:
        err("gold duplicate (%s, %s)" % (nid, code))
    seen.add((nid, code))
    coded.add(nid)
    box = narr[nid]["level"]
    if box and lev != box:
        err("gold %s %s: level %s != box %s" % (nid, code, lev, box))

# an unboxed note has one level for all its codes
ulev = {}
for r in grows[1:]:
    if len(r) == 3 and r[0] in narr and not narr[r[0]]["level"]:
        if ulev.setdefault(r[0], r[2]) != r[2]:
            err(r[0] + ": unboxed note with more than one gold level")

missing_codes = CODES - {c for _, c in seen}
if missing_codes:
    err("codes never used: %s" % sorted(missing_codes))

# traps.json
try:
    raw = open(os.path.join(HERE, "traps.json"), "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err("traps.json has a BOM")
    t = json.loads(raw.decode("utf-8"))
    for x in t["traps"]:
        if x["narrative_id"] not in narr:
            err("traps.json: unknown narrative " + x["narrative_id"])
    for nid in t["unboxed_level_cues"]:
        if nid not in narr or narr[nid]["level"]:
            err("traps.json: %s is not an unboxed narrative" % nid)
except (OSError, ValueError, KeyError) as e:
    err("traps.json: %s" % e)

if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)
print("%d narratives (%d boxed, %d unboxed), %d gold rows, %d narratives with no gold code"
      % (len(narr), sum(1 for d in narr.values() if d["level"]),
         sum(1 for d in narr.values() if not d["level"]), len(seen), len(narr) - len(coded)))
print("OK")
