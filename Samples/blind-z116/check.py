#!/usr/bin/env python3
"""Validate the z116 blind set files; prints OK or the list of problems."""
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
NAR_HEADER = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
GOLD_HEADER = ["narrative_id", "code", "level"]
TRAP_TYPES = {"negated", "historical", "hypothetical", "outside", "convention", "partial", "not-coded"}
D_MIN, D_MAX = date(2025, 1, 1), date(2026, 12, 31)
errors = []


def err(msg):
    errors.append(msg)


# cross-check the code set against the taxonomy, if it is readable
tax = "/work/shared/taxonomy.md"
if os.path.exists(tax):
    with open(tax, encoding="utf-8") as f:
        tcodes = set(re.findall(r"^\| ([A-Z][A-Z-]*[A-Z])\s+\|", f.read(), re.M))
    if tcodes != CODES:
        err(f"code set differs from taxonomy: {sorted(tcodes ^ CODES)}")


def read_bytes(name):
    with open(os.path.join(HERE, name), "rb") as f:
        b = f.read()
    if b.startswith(b"\xef\xbb\xbf"):
        err(f"{name}: has a BOM")
    try:
        b.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{name}: not UTF-8 ({e})")
    if re.search(rb"(?<!\r)\n", b):
        err(f"{name}: bare LF line ending")
    if re.search(rb"\r(?!\n)", b):
        err(f"{name}: bare CR")
    if not b.endswith(b"\r\n"):
        err(f"{name}: does not end with CRLF")
    return b.decode("utf-8", "replace")


def read_csv(name, header):
    text = read_bytes(name)
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows or rows[0] != header:
        err(f"{name}: header {rows[0] if rows else None} != {header}")
        return []
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(header):
            err(f"{name} line {i}: {len(r)} fields")
    return [dict(zip(header, r)) for r in rows[1:] if len(r) == len(header)]


nar = read_csv("narratives.csv", NAR_HEADER)
gold = read_csv("gold.csv", GOLD_HEADER)

ids = {}
triage_dates = {}
case_dates = {}
for r in nar:
    nid, tid, cid, stage, d, level, loc, text = (r[k] for k in NAR_HEADER)
    if nid in ids:
        err(f"duplicate narrative_id {nid}")
    ids[nid] = r
    if not re.fullmatch(r"Z\d{3}", cid):
        err(f"{nid}: bad case_id {cid}")
    if stage not in ("assessment", "closure"):
        err(f"{nid}: bad stage {stage}")
    if tid != f"{cid}-{'A' if stage == 'assessment' else 'C'}":
        err(f"{nid}: triage_id {tid} inconsistent with case/stage")
    if level == "":
        if nid != f"{tid}-note":
            err(f"{nid}: unboxed id should be {tid}-note")
    elif level in LEVELS:
        if nid != f"{tid}-{level}":
            err(f"{nid}: id should be {tid}-{level}")
    else:
        err(f"{nid}: bad level {level!r}")
    try:
        dd = date.fromisoformat(d)
        if not (D_MIN <= dd <= D_MAX):
            err(f"{nid}: date {d} out of 2025-26")
    except ValueError:
        err(f"{nid}: bad date {d}")
        continue
    if triage_dates.setdefault(tid, d) != d:
        err(f"{nid}: triage {tid} has more than one date")
    case_dates.setdefault(cid, {})[stage] = d
    if not loc.strip():
        err(f"{nid}: empty locality")
    if not text.strip():
        err(f"{nid}: empty narrative")

for cid, st in case_dates.items():
    if "assessment" not in st or "closure" not in st:
        err(f"case {cid}: needs both stages")
    elif not st["closure"] > st["assessment"]:
        err(f"case {cid}: closure {st['closure']} not after assessment {st['assessment']}")

boxed_per_triage = {}
for r in nar:
    if r["level"]:
        boxed_per_triage[r["triage_id"]] = boxed_per_triage.get(r["triage_id"], 0) + 1
for cid in case_dates:
    for s in "AC":
        if boxed_per_triage.get(f"{cid}-{s}", 0) == 0:
            err(f"triage {cid}-{s} has no boxed narrative")

pairs = set()
note_levels = {}
for g in gold:
    nid, code, level = g["narrative_id"], g["code"], g["level"]
    if nid not in ids:
        err(f"gold: unknown narrative {nid}")
        continue
    if code not in CODES:
        err(f"gold: {nid} bad code {code}")
    if level not in LEVELS:
        err(f"gold: {nid} bad level {level}")
    if (nid, code) in pairs:
        err(f"gold: duplicate {nid} {code}")
    pairs.add((nid, code))
    box = ids[nid]["level"]
    if box and level != box:
        err(f"gold: {nid} level {level} != box {box}")
    if not box and note_levels.setdefault(nid, level) != level:
        err(f"gold: unboxed {nid} has more than one level")

n_notes = sum(1 for r in nar if not r["level"])
if not (85 <= len(nar) <= 100):
    err(f"{len(nar)} narratives, want 85-100")
if n_notes > 8:
    err(f"{n_notes} unboxed notes, want <= 8")
if len({r['locality'] for r in nar}) != 4:
    err("want four localities")

text = read_bytes("traps.json")
try:
    traps = json.loads(text)
    for nid, lst in traps.items():
        if nid not in ids:
            err(f"traps: unknown narrative {nid}")
        for t in lst:
            if set(t) != {"type", "code", "note"}:
                err(f"traps: {nid} bad keys {sorted(t)}")
            elif t["type"] not in TRAP_TYPES:
                err(f"traps: {nid} bad type {t['type']}")
            elif t["code"] not in CODES and t["code"] not in ("", "LEVEL"):
                err(f"traps: {nid} bad code {t['code']}")
except json.JSONDecodeError as e:
    err(f"traps.json: {e}")

if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")
