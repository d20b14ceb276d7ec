#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv and traps.json of the z106 blind set.
Prints OK or a list of problems (exit code 1)."""
import csv
import io
import json
import os
import re
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = {"EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD", "MH-ADULT",
         "PH", "SUB", "REL-PAR", "REL-CONF", "DA", "SAFE-NEG", "SAFE-EXP", "CRIME",
         "HOUS", "FIN", "CARER"}
LEVELS = ["blue", "green", "yellow", "orange", "red"]
NHEAD = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
GHEAD = ["narrative_id", "code", "level"]
TRAP_TYPES = {"negated", "historical", "hypothetical", "outside", "convention", "partial", "not-coded"}
ID_RE = re.compile(r"^(Z\d{3})-([AC])-(blue|green|yellow|orange|red|note)$")
LO, HI = date(2025, 1, 1), date(2026, 12, 31)

errors = []


def err(msg):
    errors.append(msg)


def read_bytes(name):
    with open(os.path.join(HERE, name), "rb") as f:
        return f.read()


def check_encoding(name, data):
    if data.startswith(b"\xef\xbb\xbf"):
        err("%s: has a UTF-8 BOM" % name)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        err("%s: not UTF-8 (%s)" % (name, e))
        return None
    return text


def check_crlf(name, data):
    if not data.endswith(b"\r\n"):
        err("%s: last line does not end with CRLF" % name)
    if data.count(b"\n") != data.count(b"\r\n"):
        err("%s: bare LF found" % name)
    if data.replace(b"\r\n", b"").count(b"\r"):
        err("%s: bare CR found" % name)


def parse_csv(name, text, header):
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows or rows[0] != header:
        err("%s: header is %r, expected %r" % (name, rows[0] if rows else None, header))
        return []
    body = rows[1:]
    for i, r in enumerate(body, 2):
        if len(r) != len(header):
            err("%s line %d: %d fields" % (name, i, len(r)))
    return [r for r in body if len(r) == len(header)]


# ---------------------------------------------------------------- narratives
nb = read_bytes("narratives.csv")
check_crlf("narratives.csv", nb)
nt = check_encoding("narratives.csv", nb)
nrows = parse_csv("narratives.csv", nt, NHEAD) if nt is not None else []
narr = {}
case_dates = {}
notes = 0
for r in nrows:
    nid, tid, cid, stage, d, level, loc, text = r
    if nid in narr:
        err("duplicate narrative_id %s" % nid)
    narr[nid] = r
    m = ID_RE.match(nid)
    if not m:
        err("bad narrative_id %s" % nid)
        continue
    case, st, box = m.groups()
    if cid != case:
        err("%s: case_id %s" % (nid, cid))
    if tid != "%s-%s" % (case, st):
        err("%s: triage_id %s" % (nid, tid))
    if stage != {"A": "assessment", "C": "closure"}[st]:
        err("%s: stage %s" % (nid, stage))
    if box == "note":
        notes += 1
        if level != "":
            err("%s: unboxed note must have empty level" % nid)
    elif level != box:
        err("%s: level %s does not match box" % (nid, level))
    try:
        dd = date.fromisoformat(d)
    except ValueError:
        err("%s: bad date %s" % (nid, d))
        continue
    if not (LO <= dd <= HI):
        err("%s: date %s out of 2025-26" % (nid, d))
    case_dates.setdefault(case, {}).setdefault(stage, set()).add(dd)
    if not loc:
        err("%s: empty locality" % nid)
    if not text.strip():
        err("%s: empty narrative" % nid)
    if "\n" in text or "\r" in text:
        err("%s: line break inside narrative" % nid)

for case, st in sorted(case_dates.items()):
    for s, ds in st.items():
        if len(ds) != 1:
            err("%s: several %s dates %s" % (case, s, sorted(ds)))
    if "assessment" not in st or "closure" not in st:
        err("%s: needs both assessment and closure narratives" % case)
        continue
    if min(st["closure"]) <= max(st["assessment"]):
        err("%s: closure not after assessment" % case)

if not (85 <= len(narr) <= 100):
    err("narrative count %d outside 85-100" % len(narr))
if not (30 <= len(case_dates) <= 40):
    err("case count %d outside 30-40" % len(case_dates))
if notes > 8:
    err("%d unboxed notes (max 8)" % notes)
locs = {r[6] for r in nrows}
if len(locs) != 4:
    err("expected 4 localities, found %d" % len(locs))

# ---------------------------------------------------------------- gold
gb = read_bytes("gold.csv")
check_crlf("gold.csv", gb)
gt = check_encoding("gold.csv", gb)
grows = parse_csv("gold.csv", gt, GHEAD) if gt is not None else []
pairs = set()
note_levels = {}
for nid, code, level in grows:
    if nid not in narr:
        err("gold row for unknown narrative %s" % nid)
        continue
    if code not in CODES:
        err("%s: unknown code %s" % (nid, code))
    if level not in LEVELS:
        err("%s: bad level %s" % (nid, level))
    if (nid, code) in pairs:
        err("duplicate gold pair %s %s" % (nid, code))
    pairs.add((nid, code))
    box = narr[nid][5]
    if box:
        if level != box:
            err("%s %s: gold level %s != box %s" % (nid, code, level, box))
    else:
        note_levels.setdefault(nid, set()).add(level)
for nid, ls in note_levels.items():
    if len(ls) != 1:
        err("%s: unboxed note has several levels %s" % (nid, sorted(ls)))

# ---------------------------------------------------------------- traps
tb = read_bytes("traps.json")
tt = check_encoding("traps.json", tb)
if tt is not None:
    try:
        traps = json.loads(tt)
    except ValueError as e:
        err("traps.json: invalid JSON (%s)" % e)
        traps = {}
    for nid, lst in traps.items():
        if nid not in narr:
            err("traps.json: unknown narrative %s" % nid)
        for t in lst:
            if set(t) != {"type", "code", "note"}:
                err("traps.json %s: keys %s" % (nid, sorted(t)))
                continue
            if t["type"] not in TRAP_TYPES:
                err("traps.json %s: type %s" % (nid, t["type"]))
            if t["code"] and t["code"] not in CODES:
                err("traps.json %s: code %s" % (nid, t["code"]))
            if not t["note"]:
                err("traps.json %s: empty note" % nid)

if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)
print("OK")
