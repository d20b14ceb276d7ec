#!/usr/bin/env python3
"""Validate the z91 gold set files; prints OK at the end when everything passes."""
import csv
import io
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = set("EDU-ATT EDU-EXC EDU-NEET EDU-SEND EYD MH-CHILD MH-ADULT PH SUB REL-PAR "
            "REL-CONF DA SAFE-NEG SAFE-EXP CRIME HOUS FIN CARER".split())
LEVELS = ["blue", "green", "yellow", "orange", "red"]
NARR_HEADER = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
GOLD_HEADER = ["narrative_id", "code", "level"]
errors = []


def fail(msg):
    errors.append(msg)


def load(name, header):
    path = os.path.join(HERE, name)
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        fail(f"{name}: has a BOM")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        fail(f"{name}: not UTF-8 ({e})")
        return []
    # every line break must be CRLF (narratives contain no embedded newlines)
    if re.search(r"(?<!\r)\n", text) or re.search(r"\r(?!\n)", text):
        fail(f"{name}: line endings are not all CRLF")
    if not text.endswith("\r\n"):
        fail(f"{name}: does not end with CRLF")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows or rows[0] != header:
        fail(f"{name}: header is {rows[0] if rows else None}, expected {header}")
        return []
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(header):
            fail(f"{name}:{i}: {len(r)} fields")
    return [dict(zip(header, r)) for r in rows[1:] if len(r) == len(header)]


narr = load("narratives.csv", NARR_HEADER)
gold = load("gold.csv", GOLD_HEADER)

ids = Counter(r["narrative_id"] for r in narr)
for k, n in ids.items():
    if n > 1:
        fail(f"duplicate narrative_id {k}")
by_id = {r["narrative_id"]: r for r in narr}

for r in narr:
    nid, tid, cid, lvl = r["narrative_id"], r["triage_id"], r["case_id"], r["level"]
    if r["stage"] not in ("assessment", "closure"):
        fail(f"{nid}: bad stage {r['stage']}")
    if not re.fullmatch(r"202[56]-\d\d-\d\d", r["date"]):
        fail(f"{nid}: date {r['date']} not in 2025-2026")
    if not r["narrative"].strip():
        fail(f"{nid}: empty narrative")
    if lvl:
        if lvl not in LEVELS:
            fail(f"{nid}: bad box level {lvl}")
        tag = "A" if r["stage"] == "assessment" else "C"
        if tid != f"{cid}-{tag}" or nid != f"{tid}-{lvl}":
            fail(f"{nid}: id/triage/case/stage/level inconsistent")
    else:
        if tid != nid:
            fail(f"{nid}: unboxed note must have triage_id == narrative_id")

localities = {r["locality"] for r in narr}
if len(localities) != 4:
    fail(f"expected 4 localities, got {sorted(localities)}")
if not 85 <= len(narr) <= 100:
    fail(f"{len(narr)} narratives, expected 85-100")

pairs = Counter((g["narrative_id"], g["code"]) for g in gold)
for p, n in pairs.items():
    if n > 1:
        fail(f"duplicate gold row {p}")
unboxed_levels = {}
for g in gold:
    nid = g["narrative_id"]
    if nid not in by_id:
        fail(f"gold row for unknown narrative {nid}")
        continue
    if g["code"] not in CODES:
        fail(f"{nid}: unknown code {g['code']}")
    if g["level"] not in LEVELS:
        fail(f"{nid}: bad gold level {g['level']}")
    box = by_id[nid]["level"]
    if box and g["level"] != box:
        fail(f"{nid}: gold level {g['level']} != box level {box}")
    if not box:
        unboxed_levels.setdefault(nid, set()).add(g["level"])
for nid, lv in unboxed_levels.items():
    if len(lv) != 1:
        fail(f"{nid}: unboxed note has several levels {lv}")

codes_used = Counter(g["code"] for g in gold)
missing = CODES - set(codes_used)
if missing:
    fail(f"codes never used: {sorted(missing)}")

traps = json.load(open(os.path.join(HERE, "traps.json"), encoding="utf-8"))
if set(traps) != set(by_id):
    fail("traps.json keys differ from narrative ids")

print(f"{len(narr)} narratives ({sum(1 for r in narr if r['level'])} boxed, "
      f"{sum(1 for r in narr if not r['level'])} unboxed), "
      f"{len({r['triage_id'] for r in narr if r['level']})} boxed triages, "
      f"{len({r['case_id'] for r in narr if r['level']})} cases, {len(gold)} gold rows")
print("codes:", " ".join(f"{c}={codes_used[c]}" for c in sorted(CODES)))
if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)
print("OK")
