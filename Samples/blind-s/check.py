#!/usr/bin/env python3
"""Check the S gold set (narratives.csv, gold.csv, traps.json); csv/json only. Ends with OK."""
import csv
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LEVELS = ["blue", "green", "yellow", "orange", "red"]
CODES = ["EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD", "MH-ADULT",
         "PH", "SUB", "REL-PAR", "REL-CONF", "DA", "SAFE-NEG", "SAFE-EXP", "CRIME",
         "HOUS", "FIN", "CARER"]
STAGES = {"assessment": "A", "closure": "C"}
NCOLS = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
GCOLS = ["narrative_id", "code", "level"]

errors = []


def err(msg):
    errors.append(msg)


def read(name, cols):
    path = os.path.join(HERE, name)
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err("%s: has a BOM" % name)
    if b"\r\n" not in raw or re.search(rb"(?<!\r)\n", raw):
        err("%s: line endings are not all CRLF" % name)
    raw.decode("utf-8")
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    if not rows or rows[0] != cols:
        err("%s: header %r, expected %r" % (name, rows[0] if rows else None, cols))
    out = []
    for i, r in enumerate(rows[1:], start=2):
        if len(r) != len(cols):
            err("%s:%d: %d fields, expected %d" % (name, i, len(r), len(cols)))
            continue
        out.append(dict(zip(cols, r)))
    return out


narr = read("narratives.csv", NCOLS)
gold = read("gold.csv", GCOLS)
traps = json.load(open(os.path.join(HERE, "traps.json"), encoding="utf-8"))

ids = {}
for n in narr:
    nid = n["narrative_id"]
    if nid in ids:
        err("duplicate narrative_id %s" % nid)
    ids[nid] = n
    if n["stage"] not in STAGES:
        err("%s: bad stage %r" % (nid, n["stage"]))
    if not re.fullmatch(r"202[56]-\d\d-\d\d", n["date"]):
        err("%s: date %r not ISO 2025-2026" % (nid, n["date"]))
    if not n["locality"].strip():
        err("%s: empty locality" % nid)
    if not n["narrative"].strip():
        err("%s: empty narrative" % nid)
    m = re.fullmatch(r"(S\d{3})-([AC])-(blue|green|yellow|orange|red)", nid)
    if m:
        case, st, lvl = m.groups()
        if n["case_id"] != case or n["triage_id"] != "%s-%s" % (case, st):
            err("%s: case/triage id mismatch" % nid)
        if STAGES.get(n["stage"]) != st:
            err("%s: stage %r does not match id" % (nid, n["stage"]))
        if n["level"] != lvl:
            err("%s: level column %r does not match id" % (nid, n["level"]))
    elif re.fullmatch(r"SV\d{3}", nid):
        if n["triage_id"] != nid or n["case_id"] != nid:
            err("%s: unboxed triage/case id must equal narrative_id" % nid)
        if n["level"] != "":
            err("%s: unboxed note must have empty level" % nid)
        if n["stage"] != "assessment":
            err("%s: unboxed note must be stage assessment" % nid)
    else:
        err("bad narrative_id %r" % nid)

# one date per triage
tdates = {}
for n in narr:
    tdates.setdefault(n["triage_id"], set()).add(n["date"])
for t, ds in tdates.items():
    if len(ds) != 1:
        err("triage %s has several dates %s" % (t, sorted(ds)))

seen = set()
unboxed_level = {}
for g in gold:
    nid, code, lvl = g["narrative_id"], g["code"], g["level"]
    if nid not in ids:
        err("gold row for unknown narrative %s" % nid)
        continue
    if code not in CODES:
        err("%s: unknown code %r" % (nid, code))
    if lvl not in LEVELS:
        err("%s: bad level %r" % (nid, lvl))
    if (nid, code) in seen:
        err("%s: code %s twice" % (nid, code))
    seen.add((nid, code))
    box = ids[nid]["level"]
    if box:
        if lvl != box:
            err("%s: gold level %s differs from box %s" % (nid, lvl, box))
    else:
        if unboxed_level.setdefault(nid, lvl) != lvl:
            err("%s: unboxed note has more than one gold level" % nid)

for nid, notes in traps.items():
    if nid not in ids:
        err("traps.json: unknown narrative %s" % nid)
    if not isinstance(notes, list) or not notes or not all(isinstance(x, str) and x for x in notes):
        err("traps.json: %s must map to a non-empty list of strings" % nid)

# ---- report
boxed = [n for n in narr if n["level"]]
unb = [n for n in narr if not n["level"]]
gold_ids = {g["narrative_id"] for g in gold}
triages = {n["triage_id"] for n in boxed}
wc = [len(n["narrative"].split()) for n in narr]
print("narratives: %d (boxed %d in %d triages of %d cases; unboxed %d)" % (
    len(narr), len(boxed), len(triages), len({n["case_id"] for n in boxed}), len(unb)))
print("triages: assessment %d, closure %d" % (
    len({t for t in triages if t.endswith("-A")}), len({t for t in triages if t.endswith("-C")})))
print("gold rows: %d; narratives with no gold row: %d (%s)" % (
    len(gold), len(narr) - len(gold_ids),
    ", ".join(n["narrative_id"] for n in narr if n["narrative_id"] not in gold_ids)))
print("narratives with traps: %d (%.0f%%)" % (len(traps), 100.0 * len(traps) / len(narr)))
print("words per narrative: min %d, median %d, max %d" % (min(wc), sorted(wc)[len(wc) // 2], max(wc)))

table = {c: {l: 0 for l in LEVELS} for c in CODES}
for g in gold:
    if g["code"] in table and g["level"] in LEVELS:
        table[g["code"]][g["level"]] += 1
print()
print("%-9s %5s %6s %7s %7s %4s %6s" % ("code", *LEVELS, "total"))
for c in CODES:
    row = table[c]
    print("%-9s %5d %6d %7d %7d %4d %6d" % (c, *[row[l] for l in LEVELS], sum(row.values())))
    if sum(row.values()) < 4:
        err("code %s used fewer than 4 times" % c)
tot = {l: sum(table[c][l] for c in CODES) for l in LEVELS}
print("%-9s %5d %6d %7d %7d %4d %6d" % ("total", *[tot[l] for l in LEVELS], sum(tot.values())))
for l in LEVELS:
    if tot[l] == 0:
        err("level %s never used" % l)

if errors:
    print()
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)
print("OK")
