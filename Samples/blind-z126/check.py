#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv and traps.json of blind set z126. Prints OK or the errors."""
import csv
import io
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = {"EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD", "MH-ADULT", "PH", "SUB",
         "REL-PAR", "REL-CONF", "DA", "SAFE-NEG", "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"}
LEVELS = ["blue", "green", "yellow", "orange", "red"]
N_HEAD = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
G_HEAD = ["narrative_id", "code", "level"]
TRAP_TYPES = {"negated", "historical", "hypothetical", "outside", "convention", "partial", "not-coded"}
errors = []


def err(msg):
    errors.append(msg)


def load(name, header):
    raw = open(os.path.join(HERE, name), "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err(f"{name}: has a BOM")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{name}: not UTF-8 ({e})")
        return []
    # every line break outside quoted fields must be CRLF: check record terminators
    if re.search(r"(?<!\r)\n", text):
        # embedded newlines inside quoted fields would also be flagged; none are expected
        err(f"{name}: bare LF line ending found")
    if not text.endswith("\r\n"):
        err(f"{name}: last line not CRLF-terminated")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows or rows[0] != header:
        err(f"{name}: header {rows[0] if rows else None} != {header}")
        return []
    out = []
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(header):
            err(f"{name}:{i}: {len(r)} fields")
            continue
        out.append(dict(zip(header, r)))
    return out


narrs = load("narratives.csv", N_HEAD)
gold = load("gold.csv", G_HEAD)

by_id = {}
stages = {}  # case -> {stage: set(dates)}
for r in narrs:
    nid = r["narrative_id"]
    if nid in by_id:
        err(f"duplicate narrative_id {nid}")
    by_id[nid] = r
    m = re.fullmatch(r"(Z\d{3})-([AC])-(blue|green|yellow|orange|red|note)", nid)
    if not m:
        err(f"{nid}: bad id")
        continue
    case, st, box = m.groups()
    if r["case_id"] != case:
        err(f"{nid}: case_id {r['case_id']}")
    if r["triage_id"] != f"{case}-{st}":
        err(f"{nid}: triage_id {r['triage_id']}")
    if r["stage"] != {"A": "assessment", "C": "closure"}[st]:
        err(f"{nid}: stage {r['stage']}")
    if box == "note":
        if r["level"] != "":
            err(f"{nid}: note with a level")
    elif r["level"] != box:
        err(f"{nid}: level {r['level']} != id box {box}")
    if not re.fullmatch(r"202[56]-\d\d-\d\d", r["date"]) or not ("2025-01-01" <= r["date"] <= "2026-12-31"):
        err(f"{nid}: date {r['date']} out of 2025-26")
    if not r["locality"]:
        err(f"{nid}: no locality")
    if not r["narrative"].strip():
        err(f"{nid}: empty narrative")
    stages.setdefault(case, {}).setdefault(r["stage"], set()).add(r["date"])

notes = [n for n in by_id if n.endswith("-note")]
if len(notes) > 8:
    err(f"{len(notes)} unboxed notes (> 8)")
if not 85 <= len(by_id) <= 100:
    err(f"{len(by_id)} narratives, not 85-100")
locs = {r["locality"] for r in narrs}
if len(locs) != 4:
    err(f"{len(locs)} localities, expected 4")

for case, d in stages.items():
    for st, ds in d.items():
        if len(ds) != 1:
            err(f"{case} {st}: several dates {sorted(ds)}")
    if "assessment" in d and "closure" in d and not max(d["assessment"]) < min(d["closure"]):
        err(f"{case}: closure not after assessment")
    triage_loc = {r["locality"] for r in narrs if r["case_id"] == case}
    if len(triage_loc) != 1:
        err(f"{case}: several localities")

seen = set()
for i, g in enumerate(gold, 2):
    nid, code, lev = g["narrative_id"], g["code"], g["level"]
    if nid not in by_id:
        err(f"gold:{i}: unknown narrative {nid}")
        continue
    if code not in CODES:
        err(f"gold:{i}: bad code {code}")
    if lev not in LEVELS:
        err(f"gold:{i}: bad level {lev}")
    if (nid, code) in seen:
        err(f"gold:{i}: duplicate {nid} {code}")
    seen.add((nid, code))
    box = by_id[nid]["level"]
    if box and lev != box:
        err(f"gold:{i}: {nid} level {lev} != box {box}")
# one level per unboxed note
for n in notes:
    lv = {g["level"] for g in gold if g["narrative_id"] == n}
    if len(lv) > 1:
        err(f"{n}: several gold levels {lv}")

try:
    raw = open(os.path.join(HERE, "traps.json"), "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err("traps.json: BOM")
    traps = json.loads(raw.decode("utf-8"))
    for nid, lst in traps.items():
        if nid not in by_id:
            err(f"traps: unknown narrative {nid}")
        for t in lst:
            if set(t) != {"type", "code", "note"}:
                err(f"traps {nid}: keys {sorted(t)}")
            if t.get("type") not in TRAP_TYPES:
                err(f"traps {nid}: type {t.get('type')}")
            if t.get("code") and t["code"] not in CODES:
                err(f"traps {nid}: code {t['code']}")
            # a trap saying a code is not present must not contradict gold
            if t.get("type") in {"negated", "historical", "hypothetical", "not-coded"} and t.get("code") \
                    and (nid, t["code"]) in seen:
                err(f"traps {nid}: {t['type']} {t['code']} but code is gold")
except Exception as e:  # noqa
    err(f"traps.json: {e}")

if errors:
    print("\n".join(errors))
    print(f"{len(errors)} error(s)")
    sys.exit(1)
print(f"{len(by_id)} narratives, {len(notes)} notes, {len(gold)} gold rows")
print("OK")
