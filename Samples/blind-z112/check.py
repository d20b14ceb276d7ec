#!/usr/bin/env python3
"""Validate the z112 blind set files; prints OK or the list of problems."""
import csv
import io
import json
import os
import re
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = {"EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD", "MH-ADULT", "PH", "SUB",
         "REL-PAR", "REL-CONF", "DA", "SAFE-NEG", "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"}
LEVELS = ["blue", "green", "yellow", "orange", "red"]
N_HEADER = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
G_HEADER = ["narrative_id", "code", "level"]
D_MIN, D_MAX = date(2025, 1, 1), date(2026, 12, 31)
errors = []


def err(msg):
    errors.append(msg)


def load(name):
    raw = open(os.path.join(HERE, name), "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err(f"{name}: has a BOM")
    try:
        text = raw.decode("utf-8")
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
    text = load(name)
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows or rows[0] != header:
        err(f"{name}: header is {rows[0] if rows else None}, expected {header}")
        return []
    out = []
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(header):
            err(f"{name} line {i}: {len(r)} fields")
            continue
        out.append(dict(zip(header, r)))
    return out


narr = read_csv("narratives.csv", N_HEADER)
gold = read_csv("gold.csv", G_HEADER)
tr_text = load("traps.json")
try:
    traps = json.loads(tr_text)
except json.JSONDecodeError as e:
    err(f"traps.json: invalid JSON ({e})")
    traps = {}

by_id = {}
triage_dates = {}
case_stage_dates = {}
for r in narr:
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
        err(f"{nid}: level {r['level']} does not match id")
    if r["level"] not in LEVELS + [""]:
        err(f"{nid}: bad level {r['level']}")
    try:
        d = date.fromisoformat(r["date"])
    except ValueError:
        err(f"{nid}: bad date {r['date']}")
        continue
    if not (D_MIN <= d <= D_MAX):
        err(f"{nid}: date {d} out of 2025-26")
    triage_dates.setdefault(r["triage_id"], set()).add(d)
    case_stage_dates.setdefault(case, {}).setdefault(r["stage"], set()).add(d)
    if not r["narrative"].strip():
        err(f"{nid}: empty narrative")
    if not r["locality"]:
        err(f"{nid}: empty locality")

for t, ds in triage_dates.items():
    if len(ds) != 1:
        err(f"{t}: several dates {sorted(ds)}")
for case, st in case_stage_dates.items():
    if "assessment" not in st or "closure" not in st:
        err(f"{case}: missing a stage")
        continue
    if max(st["assessment"]) >= min(st["closure"]):
        err(f"{case}: closure not after assessment")
    boxed = {s: any(by_id[n]["level"] for n in by_id if by_id[n]["case_id"] == case and by_id[n]["stage"] == s)
             for s in ("assessment", "closure")}
    for s, ok in boxed.items():
        if not ok:
            err(f"{case}: no boxed narrative at {s}")

n_notes = sum(1 for r in narr if r["level"] == "")
if n_notes > 8:
    err(f"{n_notes} unboxed notes (max 8)")
if not (85 <= len(narr) <= 100):
    err(f"{len(narr)} narratives, expected 85-100")
if len({r['locality'] for r in narr}) != 4:
    err("expected four localities")

pairs = set()
note_levels = {}
for g in gold:
    nid, code, lvl = g["narrative_id"], g["code"], g["level"]
    if nid not in by_id:
        err(f"gold: unknown narrative {nid}")
        continue
    if code not in CODES:
        err(f"gold: bad code {code} ({nid})")
    if lvl not in LEVELS:
        err(f"gold: bad level {lvl} ({nid})")
    if (nid, code) in pairs:
        err(f"gold: duplicate {nid} {code}")
    pairs.add((nid, code))
    box = by_id[nid]["level"]
    if box:
        if lvl != box:
            err(f"gold: {nid} {code} level {lvl} != box {box}")
    else:
        note_levels.setdefault(nid, set()).add(lvl)
for nid, lv in note_levels.items():
    if len(lv) != 1:
        err(f"gold: note {nid} has several levels {lv}")

if not isinstance(traps, dict):
    err("traps.json: not an object")
else:
    for nid, lst in traps.items():
        if nid not in by_id:
            err(f"traps: unknown narrative {nid}")
        for t in lst:
            if set(t) != {"type", "code", "note"}:
                err(f"traps: {nid} bad keys {sorted(t)}")
            elif t["code"] and t["code"] not in CODES:
                err(f"traps: {nid} bad code {t['code']}")

if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")
