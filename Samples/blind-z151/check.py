#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv and traps.json in this folder; print OK or the errors."""
import csv
import io
import json
import os
import re
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = {"EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD", "MH-ADULT", "PH",
         "SUB", "REL-PAR", "REL-CONF", "DA", "SAFE-NEG", "SAFE-EXP", "CRIME", "HOUS", "FIN",
         "CARER"}
LEVELS = ["blue", "green", "yellow", "orange", "red"]
N_HEADER = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality",
            "narrative"]
G_HEADER = ["narrative_id", "code", "level"]
TRAP_TYPES = {"negated", "historical", "hypothetical", "outside", "convention", "partial",
              "not-coded"}
ABSENT_TYPES = {"negated", "historical", "hypothetical", "outside", "not-coded"}
ID_RE = re.compile(r"^(Z\d{3})-([AC])-(blue|green|yellow|orange|red|note)$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
errors = []


def err(msg):
    errors.append(msg)


def read_bytes(name):
    with open(os.path.join(HERE, name), "rb") as f:
        data = f.read()
    if data.startswith(b"\xef\xbb\xbf"):
        err(name + ": has a UTF-8 BOM")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        err(name + ": not UTF-8: %s" % e)
        text = data.decode("utf-8", "replace")
    return data, text


def check_crlf(name, data):
    if not data.endswith(b"\r\n"):
        err(name + ": does not end with CRLF")
    if re.search(rb"(?<!\r)\n", data):
        err(name + ": bare LF line ending found")
    if re.search(rb"\r(?!\n)", data):
        err(name + ": bare CR found")


# ---- narratives.csv
data, text = read_bytes("narratives.csv")
check_crlf("narratives.csv", data)
rows = list(csv.reader(io.StringIO(text, newline="")))
if rows[0] != N_HEADER:
    err("narratives.csv: bad header %r" % rows[0])
narr = {}
triage_dates = defaultdict(set)
case_dates = defaultdict(lambda: {"assessment": [], "closure": []})
localities = set()
notes = 0
for i, r in enumerate(rows[1:], start=2):
    if len(r) != len(N_HEADER):
        err("narratives.csv line %d: %d fields" % (i, len(r)))
        continue
    nid, tid, cid, stage, date, level, loc, text_ = r
    m = ID_RE.match(nid)
    if not m:
        err("bad narrative_id %s" % nid)
        continue
    if nid in narr:
        err("duplicate narrative_id %s" % nid)
    narr[nid] = r
    c, st, box = m.groups()
    if cid != c or tid != c + "-" + st:
        err("%s: triage/case ids inconsistent (%s, %s)" % (nid, tid, cid))
    if stage != {"A": "assessment", "C": "closure"}[st]:
        err("%s: stage %s inconsistent" % (nid, stage))
    if box == "note":
        notes += 1
        if level != "":
            err("%s: unboxed note must have empty level" % nid)
    elif level != box:
        err("%s: level %s does not match id" % (nid, level))
    if not DATE_RE.match(date) or not ("2025-01-01" <= date <= "2026-12-31"):
        err("%s: date %s out of range" % (nid, date))
    triage_dates[tid].add(date)
    case_dates[cid][stage].append(date)
    localities.add(loc)
    if not text_.strip():
        err("%s: empty narrative" % nid)
for tid, ds in triage_dates.items():
    if len(ds) != 1:
        err("%s: triage has several dates %s" % (tid, sorted(ds)))
for cid, d in case_dates.items():
    if not d["assessment"]:
        err("%s: no assessment narratives" % cid)
    if not d["closure"]:
        err("%s: no closure narratives" % cid)
    if d["assessment"] and d["closure"] and min(d["closure"]) <= max(d["assessment"]):
        err("%s: closure not after assessment" % cid)
if not (85 <= len(narr) <= 100):
    err("narrative count %d outside 85-100" % len(narr))
if notes > 8:
    err("too many unboxed notes: %d" % notes)
if len(localities) != 4:
    err("expected four localities, got %s" % sorted(localities))

# ---- gold.csv
data, text = read_bytes("gold.csv")
check_crlf("gold.csv", data)
grows = list(csv.reader(io.StringIO(text, newline="")))
if grows[0] != G_HEADER:
    err("gold.csv: bad header %r" % grows[0])
seen = set()
gold = defaultdict(set)
note_levels = defaultdict(set)
for i, r in enumerate(grows[1:], start=2):
    if len(r) != 3:
        err("gold.csv line %d: %d fields" % (i, len(r)))
        continue
    nid, code, level = r
    if nid not in narr:
        err("gold.csv line %d: unknown narrative %s" % (i, nid))
        continue
    if code not in CODES:
        err("gold.csv line %d: unknown code %s" % (i, code))
    if level not in LEVELS:
        err("gold.csv line %d: bad level %s" % (i, level))
    if (nid, code) in seen:
        err("gold.csv line %d: duplicate (%s, %s)" % (i, nid, code))
    seen.add((nid, code))
    gold[nid].add(code)
    box = narr[nid][5]
    if box:
        if level != box:
            err("gold.csv line %d: level %s != box %s" % (i, level, box))
    else:
        note_levels[nid].add(level)
for nid, lv in note_levels.items():
    if len(lv) != 1:
        err("%s: unboxed note has several levels %s" % (nid, sorted(lv)))

# ---- traps.json
with open(os.path.join(HERE, "traps.json"), "rb") as f:
    raw = f.read()
if raw.startswith(b"\xef\xbb\xbf"):
    err("traps.json: has a BOM")
traps = json.loads(raw.decode("utf-8"))
for nid, items in traps.items():
    if nid not in narr:
        err("traps.json: unknown narrative %s" % nid)
        continue
    for t in items:
        if set(t) != {"type", "code", "note"}:
            err("traps.json %s: bad keys %s" % (nid, sorted(t)))
            continue
        if t["type"] not in TRAP_TYPES:
            err("traps.json %s: bad type %s" % (nid, t["type"]))
        if t["code"] not in CODES and t["code"] != "-":
            err("traps.json %s: bad code %s" % (nid, t["code"]))
        if t["type"] in ABSENT_TYPES and t["code"] in gold.get(nid, set()):
            err("traps.json %s: %s trap for %s but the code is gold" % (nid, t["type"], t["code"]))
        if t["type"] in ("convention", "partial") and t["code"] != "-" \
                and t["code"] not in gold.get(nid, set()):
            err("traps.json %s: %s trap for %s but the code is not gold" % (nid, t["type"], t["code"]))
        if not t["note"].strip():
            err("traps.json %s: empty note" % nid)

if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)
print("OK")
