#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv and traps.json of blind set z124. Prints OK or the errors."""
import csv
import io
import json
import os
import re
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))

# The code set of /work/shared/taxonomy.md ("Codes" table).
CODES = {"EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD", "MH-ADULT", "PH",
         "SUB", "REL-PAR", "REL-CONF", "DA", "SAFE-NEG", "SAFE-EXP", "CRIME", "HOUS", "FIN",
         "CARER"}
LEVELS = ["blue", "green", "yellow", "orange", "red"]
NAR_HEADER = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality",
              "narrative"]
GOLD_HEADER = ["narrative_id", "code", "level"]
DATE_MIN, DATE_MAX = date(2025, 4, 1), date(2026, 3, 31)   # 2025-26
MAX_NOTES = 8
ID_RE = re.compile(r"^(Z\d{3})-([AC])-(blue|green|yellow|orange|red|note)$")

errors = []


def err(msg):
    errors.append(msg)


def read_raw(name):
    with open(os.path.join(HERE, name), "rb") as f:
        raw = f.read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err(f"{name}: has a UTF-8 BOM")
    try:
        text = raw.decode("utf-8").lstrip("\ufeff")
    except UnicodeDecodeError as e:
        err(f"{name}: not UTF-8 ({e})")
        text = raw.decode("utf-8", "replace")
    if not raw.endswith(b"\r\n"):
        err(f"{name}: does not end with CRLF")
    if re.search(rb"(?<!\r)\n", raw):
        err(f"{name}: bare LF line ending found")
    if re.search(rb"\r(?!\n)", raw):
        err(f"{name}: bare CR found")
    return text


def read_csv(name, header):
    text = read_raw(name)
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows or rows[0] != header:
        err(f"{name}: header is {rows[0] if rows else None}, expected {header}")
        return []
    for i, r in enumerate(rows[1:], start=2):
        if len(r) != len(header):
            err(f"{name} row {i}: {len(r)} fields, expected {len(header)}")
    return [dict(zip(header, r)) for r in rows[1:] if len(r) == len(header)]


nar = read_csv("narratives.csv", NAR_HEADER)
gold = read_csv("gold.csv", GOLD_HEADER)

# ---- narratives ----
ids = {}
stage_dates = {}      # triage_id -> set of dates
notes = 0
for r in nar:
    nid = r["narrative_id"]
    if nid in ids:
        err(f"duplicate narrative_id {nid}")
    ids[nid] = r
    m = ID_RE.match(nid)
    if not m:
        err(f"{nid}: id does not match Z###-A|C-level|note")
        continue
    cid, st, suffix = m.groups()
    if r["case_id"] != cid:
        err(f"{nid}: case_id {r['case_id']} != {cid}")
    if r["triage_id"] != f"{cid}-{st}":
        err(f"{nid}: triage_id {r['triage_id']} != {cid}-{st}")
    if r["stage"] != {"A": "assessment", "C": "closure"}[st]:
        err(f"{nid}: stage {r['stage']} does not match {st}")
    if suffix == "note":
        notes += 1
        if r["level"] != "":
            err(f"{nid}: unboxed note must have empty level")
    else:
        if r["level"] != suffix:
            err(f"{nid}: level {r['level']} != id suffix {suffix}")
    if r["level"] not in LEVELS + [""]:
        err(f"{nid}: bad level {r['level']}")
    try:
        d = date.fromisoformat(r["date"])
        if not (DATE_MIN <= d <= DATE_MAX):
            err(f"{nid}: date {d} outside {DATE_MIN}..{DATE_MAX}")
        stage_dates.setdefault(r["triage_id"], set()).add(d)
    except ValueError:
        err(f"{nid}: bad ISO date {r['date']!r}")
    if not r["narrative"].strip():
        err(f"{nid}: empty narrative")
    if not r["locality"].strip():
        err(f"{nid}: empty locality")

if not 85 <= len(nar) <= 100:
    err(f"{len(nar)} narratives, expected 85-100")
if notes > MAX_NOTES:
    err(f"{notes} unboxed notes, at most {MAX_NOTES}")
localities = {r["locality"] for r in nar}
if len(localities) != 4:
    err(f"expected four localities, got {sorted(localities)}")

for tid, ds in stage_dates.items():
    if len(ds) != 1:
        err(f"{tid}: boxes of one triage carry different dates {sorted(ds)}")
cases = {r["case_id"] for r in nar}
for cid in cases:
    a, c = stage_dates.get(f"{cid}-A"), stage_dates.get(f"{cid}-C")
    if a and c and not min(c) > max(a):
        err(f"{cid}: closure date {min(c)} not after assessment {max(a)}")
    loc = {r["locality"] for r in nar if r["case_id"] == cid}
    if len(loc) != 1:
        err(f"{cid}: more than one locality {loc}")
    boxed = [r for r in nar if r["case_id"] == cid and r["level"]]
    if boxed and {r["stage"] for r in boxed} != {"assessment", "closure"}:
        err(f"{cid}: boxed case lacks assessment or closure boxes")

# ---- gold ----
seen = set()
note_levels = {}
for g in gold:
    nid, code, lv = g["narrative_id"], g["code"], g["level"]
    if nid not in ids:
        err(f"gold: {nid} not in narratives.csv")
        continue
    if code not in CODES:
        err(f"gold: {nid} unknown code {code}")
    if lv not in LEVELS:
        err(f"gold: {nid} bad level {lv}")
    if (nid, code) in seen:
        err(f"gold: duplicate ({nid}, {code})")
    seen.add((nid, code))
    box = ids[nid]["level"]
    if box:
        if lv != box:
            err(f"gold: {nid} {code} level {lv} != box level {box}")
    else:
        note_levels.setdefault(nid, set()).add(lv)
for nid, lvs in note_levels.items():
    if len(lvs) != 1:
        err(f"gold: unboxed note {nid} has more than one level {sorted(lvs)}")

# ---- traps ----
raw = read_raw("traps.json")
try:
    traps = json.loads(raw)
except json.JSONDecodeError as e:
    err(f"traps.json: invalid JSON ({e})")
    traps = {}
for nid, lst in traps.items():
    if nid not in ids:
        err(f"traps: {nid} not in narratives.csv")
    if not isinstance(lst, list) or not lst:
        err(f"traps: {nid} must be a non-empty list")
        continue
    for t in lst:
        if set(t) != {"type", "code", "note"}:
            err(f"traps: {nid} entry keys {sorted(t)}")
            continue
        if t["code"] and t["code"] not in CODES:
            err(f"traps: {nid} unknown code {t['code']}")
        if not t["type"] or not t["note"]:
            err(f"traps: {nid} empty type or note")
        # a code explained as not present must not be in gold, unless the entry is 'convention'/'partial'
        if t["type"] in {"negated", "historical", "hypothetical", "not-coded"} and (nid, t["code"]) in seen:
            err(f"traps: {nid} {t['code']} marked {t['type']} but is in gold")

if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)
print("OK")
