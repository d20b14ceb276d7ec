#!/usr/bin/env python3
"""Check the format and consistency of gold set J (csv/json only)."""
import csv
import json
import os
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = ["EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD", "MH-ADULT", "PH", "SUB",
         "REL-PAR", "REL-CONF", "DA", "SAFE-NEG", "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"]
LEVELS = ["blue", "green", "yellow", "orange", "red"]
STAGES = {"assessment", "closure"}
NCOLS = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
GCOLS = ["narrative_id", "code", "level"]

errors = []


def err(msg):
    errors.append(msg)


def read(name, cols):
    path = os.path.join(HERE, name)
    raw = open(path, "rb").read()
    if b"\r\n" not in raw:
        err("%s: expected CRLF line endings" % name)
    raw.decode("utf-8")
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    if rows[0] != cols:
        err("%s: header %r" % (name, rows[0]))
    out = []
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(cols):
            err("%s line %d: %d fields" % (name, i, len(r)))
            continue
        out.append(dict(zip(cols, r)))
    return out


narr = read("narratives.csv", NCOLS)
gold = read("gold.csv", GCOLS)
traps = json.load(open(os.path.join(HERE, "traps.json"), encoding="utf-8"))

ids = [n["narrative_id"] for n in narr]
dup = [k for k, v in Counter(ids).items() if v > 1]
if dup:
    err("duplicate narrative ids: %s" % dup)
byid = {n["narrative_id"]: n for n in narr}

triage_stage = {}
for n in narr:
    nid = n["narrative_id"]
    if n["stage"] not in STAGES:
        err("%s: bad stage %r" % (nid, n["stage"]))
    if not n["narrative"].strip():
        err("%s: empty narrative" % nid)
    if not (n["date"].startswith("2025-") or n["date"].startswith("2026-")) or len(n["date"]) != 10:
        err("%s: bad date %r" % (nid, n["date"]))
    if n["level"]:  # boxed
        if n["level"] not in LEVELS:
            err("%s: bad level %r" % (nid, n["level"]))
        if nid != "%s-%s" % (n["triage_id"], n["level"]):
            err("%s: id does not match triage_id-level" % nid)
        suffix = n["triage_id"][len(n["case_id"]):]
        want = {"-A": "assessment", "-C": "closure"}.get(suffix)
        if want != n["stage"]:
            err("%s: triage suffix %r vs stage %r" % (nid, suffix, n["stage"]))
        triage_stage.setdefault(n["triage_id"], n["stage"])
    else:  # unboxed
        if not (nid == n["triage_id"] == n["case_id"]):
            err("%s: unboxed ids differ" % nid)
        if n["stage"] != "assessment":
            err("%s: unboxed note not at assessment" % nid)

seen = set()
for g in gold:
    nid = g["narrative_id"]
    if nid not in byid:
        err("gold %s: narrative missing" % nid)
        continue
    if g["code"] not in CODES:
        err("gold %s: bad code %r" % (nid, g["code"]))
    if g["level"] not in LEVELS:
        err("gold %s: bad level %r" % (nid, g["level"]))
    if (nid, g["code"]) in seen:
        err("gold %s: code %s repeated" % (nid, g["code"]))
    seen.add((nid, g["code"]))
    box = byid[nid]["level"]
    if box and g["level"] != box:
        err("gold %s: level %s differs from box %s" % (nid, g["level"], box))

levels_per_nid = defaultdict(set)
for g in gold:
    levels_per_nid[g["narrative_id"]].add(g["level"])
for nid, lv in levels_per_nid.items():
    if len(lv) != 1:
        err("%s: more than one gold level %s" % (nid, lv))

for nid, notes in traps.items():
    if nid not in byid:
        err("traps %s: narrative missing" % nid)
    if not isinstance(notes, list) or not notes or not all(isinstance(x, str) and x for x in notes):
        err("traps %s: notes must be a non-empty list of strings" % nid)

# --- counts ---
boxed = [n for n in narr if n["level"]]
unboxed = [n for n in narr if not n["level"]]
with_gold = {g["narrative_id"] for g in gold}
triages = defaultdict(set)
for n in boxed:
    triages[n["stage"]].add(n["triage_id"])
print("narratives: %d (boxed %d in %d triages [%d assessment, %d closure] of %d cases; unboxed %d)"
      % (len(narr), len(boxed), len(triages["assessment"]) + len(triages["closure"]),
         len(triages["assessment"]), len(triages["closure"]),
         len({n["case_id"] for n in boxed}), len(unboxed)))
print("gold rows: %d; narratives with no gold row: %d; narratives with traps: %d (%.0f%%)"
      % (len(gold), len(narr) - len(with_gold), len(traps), 100.0 * len(traps) / len(narr)))

cnt = Counter((g["code"], g["level"]) for g in gold)
print()
print("%-9s" % "code" + "".join("%8s" % l for l in LEVELS) + "%8s" % "total")
for c in CODES:
    tot = sum(cnt[(c, l)] for l in LEVELS)
    print("%-9s" % c + "".join("%8d" % cnt[(c, l)] for l in LEVELS) + "%8d" % tot)
    if tot < 4:
        err("code %s used only %d times" % (c, tot))
print("%-9s" % "total" + "".join("%8d" % sum(cnt[(c, l)] for c in CODES) for l in LEVELS) + "%8d" % len(gold))
for l in LEVELS:
    if not any(cnt[(c, l)] for c in CODES):
        err("level %s never used" % l)

if errors:
    print()
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)
print()
print("OK")
