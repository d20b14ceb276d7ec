#!/usr/bin/env python3
"""Validates narratives.csv, gold.csv and traps.json of this blind set; prints OK or the problems."""
import csv
import io
import json
import os
import re
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = {"EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD", "MH-ADULT", "PH", "SUB",
         "REL-PAR", "REL-CONF", "DA", "SAFE-NEG", "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"}
LEVELS = ["blue", "green", "yellow", "orange", "red"]
N_HEADER = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
G_HEADER = ["narrative_id", "code", "level"]
errors = []


def err(msg):
    errors.append(msg)


def read_text(name):
    raw = open(os.path.join(HERE, name), "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err(f"{name}: has a BOM")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{name}: not UTF-8 ({e})")
        text = raw.decode("utf-8", "replace")
    if not text.endswith("\r\n"):
        err(f"{name}: does not end with CRLF")
    bare_lf = len(re.findall(r"(?<!\r)\n", text))
    bare_cr = len(re.findall(r"\r(?!\n)", text))
    if bare_lf or bare_cr:
        err(f"{name}: {bare_lf} bare LF and {bare_cr} bare CR line endings")
    return text


def rows(name, header):
    text = read_text(name)
    data = list(csv.reader(io.StringIO(text, newline="")))
    if not data or data[0] != header:
        err(f"{name}: header is {data[0] if data else None}, expected {header}")
        return []
    out = []
    for i, r in enumerate(data[1:], start=2):
        if len(r) != len(header):
            err(f"{name} line {i}: {len(r)} fields")
            continue
        out.append(dict(zip(header, r)))
    return out


narr = rows("narratives.csv", N_HEADER)
gold = rows("gold.csv", G_HEADER)

by_id = {}
case_dates = defaultdict(lambda: {"assessment": [], "closure": []})
for r in narr:
    nid = r["narrative_id"]
    if nid in by_id:
        err(f"duplicate narrative_id {nid}")
    by_id[nid] = r
    m = re.fullmatch(r"(Z\d{3})-([AC])", r["triage_id"])
    if not m:
        err(f"{nid}: bad triage_id {r['triage_id']}")
        continue
    if m.group(1) != r["case_id"]:
        err(f"{nid}: triage_id {r['triage_id']} not in case {r['case_id']}")
    stage = {"A": "assessment", "C": "closure"}[m.group(2)]
    if r["stage"] != stage:
        err(f"{nid}: stage {r['stage']} does not match triage {r['triage_id']}")
    if r["level"]:
        if r["level"] not in LEVELS:
            err(f"{nid}: bad level {r['level']}")
        if nid != f"{r['triage_id']}-{r['level']}":
            err(f"{nid}: id does not match triage_id-level")
    elif nid != f"{r['triage_id']}-note":
        err(f"{nid}: unboxed narrative id should be triage_id-note")
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["date"]) or not ("2025-01-01" <= r["date"] <= "2026-12-31"):
        err(f"{nid}: date {r['date']} out of range or malformed")
    if not r["locality"]:
        err(f"{nid}: empty locality")
    if not r["narrative"].strip():
        err(f"{nid}: empty narrative")
    case_dates[r["case_id"]][r["stage"]].append(r["date"])

for cid, d in case_dates.items():
    if not d["assessment"] or not d["closure"]:
        err(f"{cid}: needs both assessment and closure narratives")
    elif max(d["assessment"]) >= min(d["closure"]):
        err(f"{cid}: closure not after assessment")

# per case: at least one boxed narrative at each stage
boxed_stage = defaultdict(set)
for r in narr:
    if r["level"]:
        boxed_stage[r["case_id"]].add(r["stage"])
for cid in case_dates:
    if boxed_stage[cid] != {"assessment", "closure"}:
        err(f"{cid}: lacks a boxed narrative at some stage")

notes = [r for r in narr if not r["level"]]
if not 85 <= len(narr) <= 100:
    err(f"{len(narr)} narratives, expected 85-100")
if len(notes) > 8:
    err(f"{len(notes)} unboxed notes, at most 8")
if len({r['locality'] for r in narr}) != 4:
    err("expected four localities")
if not 30 <= len(case_dates) <= 40:
    err(f"{len(case_dates)} cases, expected about 30-40")

seen = set()
note_levels = defaultdict(set)
for g in gold:
    nid, code, level = g["narrative_id"], g["code"], g["level"]
    if nid not in by_id:
        err(f"gold row for unknown narrative {nid}")
        continue
    if code not in CODES:
        err(f"{nid}: unknown code {code}")
    if level not in LEVELS:
        err(f"{nid}: bad gold level {level}")
    if (nid, code) in seen:
        err(f"{nid}: duplicate code {code}")
    seen.add((nid, code))
    box = by_id[nid]["level"]
    if box and level != box:
        err(f"{nid}: gold level {level} differs from box {box}")
    if not box:
        note_levels[nid].add(level)
for nid, lv in note_levels.items():
    if len(lv) != 1:
        err(f"{nid}: unboxed note has several levels {sorted(lv)}")

traps_text = read_text("traps.json")
try:
    traps = json.loads(traps_text)
    for nid, lst in traps.items():
        if nid not in by_id:
            err(f"traps.json: unknown narrative {nid}")
        for t in lst:
            if set(t) != {"type", "code", "note"}:
                err(f"traps.json {nid}: bad keys {sorted(t)}")
            elif t["code"] not in CODES:
                err(f"traps.json {nid}: unknown code {t['code']}")
except json.JSONDecodeError as e:
    err(f"traps.json: invalid JSON ({e})")

if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")
