#!/usr/bin/env python3
"""Validate the z101 blind set (narratives.csv, gold.csv, traps.json). Prints OK or the errors."""
import csv
import io
import json
import os
import re
import sys
from collections import Counter, defaultdict
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = {"EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD", "MH-ADULT", "PH", "SUB",
         "REL-PAR", "REL-CONF", "DA", "SAFE-NEG", "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"}
LEVELS = ["blue", "green", "yellow", "orange", "red"]
NAR_HEADER = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
GOLD_HEADER = ["narrative_id", "code", "level"]
MIN_DATE, MAX_DATE = date(2025, 4, 1), date(2026, 3, 31)
MAX_NOTES = 60          # this set is mostly unboxed notes (brief: up to 60 allowed)
MIN_NOTES = 50
N_RANGE = (85, 100)
CASE_RANGE = (30, 40)
TRAP_TYPES = {"negated", "historical", "hypothetical", "outside", "convention", "partial", "not-coded", "level"}

errors = []


def err(msg):
    errors.append(msg)


def read_text(name, csv_file=True):
    raw = open(os.path.join(HERE, name), "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err(f"{name}: has a UTF-8 BOM")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{name}: not UTF-8 ({e})")
        return ""
    if not raw.endswith(b"\r\n"):
        err(f"{name}: does not end with CRLF")
    if raw.count(b"\n") != raw.count(b"\r\n"):
        err(f"{name}: bare LF line ending(s)")
    if raw.count(b"\r") != raw.count(b"\r\n"):
        err(f"{name}: bare CR")
    return text


# Cross-check the code set against the taxonomy when it is available.
tax = "/work/shared/taxonomy.md"
if os.path.exists(tax):
    tcodes = set(re.findall(r"^\|\s*([A-Z]+(?:-[A-Z]+)?)\s*\|", open(tax, encoding="utf-8").read(), re.M))
    tcodes -= {"code"}
    if tcodes and tcodes != CODES:
        err(f"code set differs from taxonomy: {sorted(tcodes ^ CODES)}")

# ---- narratives.csv
ntext = read_text("narratives.csv")
rows = list(csv.reader(io.StringIO(ntext, newline="")))
if not rows or rows[0] != NAR_HEADER:
    err(f"narratives.csv: bad header {rows[0] if rows else None}")
nars = {}
ID_RE = re.compile(r"^(Z\d{3})-(A|C)-(blue|green|yellow|orange|red|note)$")
for i, r in enumerate(rows[1:], start=2):
    if len(r) != len(NAR_HEADER):
        err(f"narratives.csv line {i}: {len(r)} fields")
        continue
    nid, tid, cid, stage, d, level, loc, text = r
    if nid in nars:
        err(f"duplicate narrative_id {nid}")
    m = ID_RE.match(nid)
    if not m:
        err(f"bad narrative_id {nid}")
        continue
    c, s, box = m.groups()
    if tid != f"{c}-{s}":
        err(f"{nid}: triage_id {tid}")
    if cid != c:
        err(f"{nid}: case_id {cid}")
    if stage != {"A": "assessment", "C": "closure"}[s]:
        err(f"{nid}: stage {stage}")
    if box == "note":
        if level != "":
            err(f"{nid}: unboxed note must have empty level")
    elif level != box:
        err(f"{nid}: level {level!r} does not match id")
    if level not in LEVELS + [""]:
        err(f"{nid}: bad level {level}")
    try:
        dd = date.fromisoformat(d)
        if not (MIN_DATE <= dd <= MAX_DATE):
            err(f"{nid}: date {d} outside 2025-26")
    except ValueError:
        err(f"{nid}: bad date {d}")
        dd = None
    if not text.strip():
        err(f"{nid}: empty narrative")
    if text != text.strip() or "\n" in text or "\r" in text:
        err(f"{nid}: narrative has stray whitespace/newlines")
    nars[nid] = dict(tid=tid, cid=cid, stage=stage, date=dd, level=level, loc=loc, text=text, box=box)

# triage / case consistency
by_triage = defaultdict(list)
by_case = defaultdict(dict)
for nid, n in nars.items():
    by_triage[n["tid"]].append(nid)
for tid, ids in by_triage.items():
    ds = {nars[i]["date"] for i in ids}
    locs = {nars[i]["loc"] for i in ids}
    if len(ds) != 1:
        err(f"{tid}: several dates {ds}")
    if len(locs) != 1:
        err(f"{tid}: several localities {locs}")
    boxes = [nars[i]["box"] for i in ids]
    if "note" in boxes and len(boxes) > 1:
        err(f"{tid}: mixes an unboxed note with boxes")
    by_case[nars[ids[0]]["cid"]][nars[ids[0]]["stage"]] = nars[ids[0]]["date"]
    case_locs = None
for cid, st in by_case.items():
    if set(st) != {"assessment", "closure"}:
        err(f"{cid}: needs both assessment and closure (has {sorted(st)})")
    elif not st["closure"] > st["assessment"]:
        err(f"{cid}: closure {st['closure']} not after assessment {st['assessment']}")
for cid in by_case:
    locs = {n["loc"] for n in nars.values() if n["cid"] == cid}
    if len(locs) != 1:
        err(f"{cid}: several localities {locs}")

n_notes = sum(1 for n in nars.values() if n["box"] == "note")
if not (N_RANGE[0] <= len(nars) <= N_RANGE[1]):
    err(f"{len(nars)} narratives, expected {N_RANGE}")
if not (CASE_RANGE[0] <= len(by_case) <= CASE_RANGE[1]):
    err(f"{len(by_case)} cases, expected {CASE_RANGE}")
if n_notes > MAX_NOTES:
    err(f"{n_notes} unboxed notes, at most {MAX_NOTES} allowed")
if n_notes < MIN_NOTES:
    err(f"{n_notes} unboxed notes, at least {MIN_NOTES} required")
if len({n["loc"] for n in nars.values()}) != 4:
    err("expected four localities")

# ---- gold.csv
gtext = read_text("gold.csv")
grows = list(csv.reader(io.StringIO(gtext, newline="")))
if not grows or grows[0] != GOLD_HEADER:
    err(f"gold.csv: bad header {grows[0] if grows else None}")
pairs = set()
note_levels = defaultdict(set)
for i, r in enumerate(grows[1:], start=2):
    if len(r) != 3:
        err(f"gold.csv line {i}: {len(r)} fields")
        continue
    nid, code, level = r
    if nid not in nars:
        err(f"gold.csv line {i}: unknown narrative {nid}")
        continue
    if code not in CODES:
        err(f"gold.csv line {i}: unknown code {code}")
    if level not in LEVELS:
        err(f"gold.csv line {i}: bad level {level}")
    if (nid, code) in pairs:
        err(f"gold.csv: duplicate ({nid}, {code})")
    pairs.add((nid, code))
    n = nars[nid]
    if n["box"] == "note":
        note_levels[nid].add(level)
    elif level != n["level"]:
        err(f"gold.csv line {i}: {nid} gold level {level} != box level {n['level']}")
for nid, lv in note_levels.items():
    if len(lv) != 1:
        err(f"{nid}: unboxed note has several gold levels {sorted(lv)}")

# ---- traps.json
tr_raw = read_text("traps.json")
try:
    traps = json.loads(tr_raw)
except ValueError as e:
    err(f"traps.json: invalid JSON ({e})")
    traps = {}
for nid, entries in traps.items():
    if nid not in nars:
        err(f"traps.json: unknown narrative {nid}")
        continue
    if not isinstance(entries, list) or not entries:
        err(f"traps.json: {nid} must map to a non-empty list")
        continue
    for e in entries:
        if set(e) != {"type", "code", "note"}:
            err(f"traps.json {nid}: entry keys {sorted(e)}")
            continue
        if e["type"] not in TRAP_TYPES:
            err(f"traps.json {nid}: unknown type {e['type']}")
        if e["code"] and e["code"] not in CODES:
            err(f"traps.json {nid}: unknown code {e['code']}")
        if not e["note"].strip():
            err(f"traps.json {nid}: empty note")
# every unboxed note with gold rows documents its level cue; cue is quoted from the text
for nid, lv in note_levels.items():
    lvl = next(iter(lv))
    ents = [e for e in traps.get(nid, []) if e["type"] == "level"]
    if len(ents) != 1:
        err(f"{nid}: needs exactly one 'level' trap entry")
        continue
    m = re.match(r"Highest current level cue: '(.+?)' = (\w+)", ents[0]["note"])
    if not m:
        err(f"{nid}: level entry not in the expected form")
        continue
    phrase, clevel = m.groups()
    if clevel != lvl:
        err(f"{nid}: documented cue level {clevel} != gold level {lvl}")
    if phrase.lower() not in nars[nid]["text"].lower():
        err(f"{nid}: cue phrase '{phrase}' not found in the narrative")

if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)
print(f"narratives {len(nars)} (unboxed notes {n_notes}), cases {len(by_case)}, "
      f"gold rows {len(pairs)}")
print("OK")
