#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv and traps.json of this blind set; prints OK."""
import csv
import io
import json
import os
import re
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = {"EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD", "MH-ADULT", "PH",
         "SUB", "REL-PAR", "REL-CONF", "DA", "SAFE-NEG", "SAFE-EXP", "CRIME", "HOUS", "FIN",
         "CARER"}
LEVELS = ["blue", "green", "yellow", "orange", "red"]
N_HEADER = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
G_HEADER = ["narrative_id", "code", "level"]
errors = []


def err(msg):
    errors.append(msg)


def read(name):
    raw = open(os.path.join(HERE, name), "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err(f"{name}: has a BOM")
    text = raw.decode("utf-8")
    if "\n" in text.replace("\r\n", ""):
        err(f"{name}: bare LF line ending")
    if "\r" in text.replace("\r\n", ""):
        err(f"{name}: bare CR")
    if not text.endswith("\r\n"):
        err(f"{name}: does not end with CRLF")
    return text


ntext = read("narratives.csv")
gtext = read("gold.csv")
ttext = read("traps.json")
nrows = list(csv.reader(io.StringIO(ntext, newline="")))
grows = list(csv.reader(io.StringIO(gtext, newline="")))
if nrows[0] != N_HEADER:
    err(f"narratives.csv header {nrows[0]}")
if grows[0] != G_HEADER:
    err(f"gold.csv header {grows[0]}")

narr = {}
stage_dates = {}
lo, hi = date(2025, 1, 1), date(2026, 12, 31)
for r in nrows[1:]:
    if len(r) != 8:
        err(f"bad row length {r[:1]}")
        continue
    nid, tid, cid, stage, d, level, loc, text = r
    if nid in narr:
        err(f"duplicate narrative_id {nid}")
    narr[nid] = r
    m = re.fullmatch(r"(Z\d{3})-([AC])-(blue|green|yellow|orange|red|note)", nid)
    if not m:
        err(f"bad id {nid}")
        continue
    if cid != m.group(1) or tid != f"{m.group(1)}-{m.group(2)}":
        err(f"{nid}: triage/case mismatch {tid} {cid}")
    if stage != {"A": "assessment", "C": "closure"}[m.group(2)]:
        err(f"{nid}: stage {stage}")
    if m.group(3) == "note":
        if level != "":
            err(f"{nid}: note with level {level}")
    elif level != m.group(3):
        err(f"{nid}: level {level} != box in id")
    try:
        dd = date.fromisoformat(d)
    except ValueError:
        err(f"{nid}: bad date {d}")
        continue
    if not (lo <= dd <= hi):
        err(f"{nid}: date out of range {d}")
    stage_dates.setdefault((cid, stage), set()).add(dd)
    if not text.strip() or not loc.strip():
        err(f"{nid}: empty text or locality")

for (cid, stage), ds in stage_dates.items():
    if len(ds) != 1:
        err(f"{cid} {stage}: several dates")
cases = {k[0] for k in stage_dates}
for cid in cases:
    a, c = stage_dates.get((cid, "assessment")), stage_dates.get((cid, "closure"))
    if not a or not c:
        err(f"{cid}: missing assessment or closure")
    elif max(a) >= min(c):
        err(f"{cid}: closure not after assessment")

notes = [n for n in narr if n.endswith("-note")]
if len(notes) > 8:
    err(f"too many unboxed notes: {len(notes)}")
if not (85 <= len(narr) <= 100):
    err(f"narrative count {len(narr)} outside 85-100")

seen = set()
note_levels = {}
for r in grows[1:]:
    if len(r) != 3:
        err(f"bad gold row {r}")
        continue
    nid, code, level = r
    if nid not in narr:
        err(f"gold row for unknown narrative {nid}")
        continue
    if code not in CODES:
        err(f"{nid}: unknown code {code}")
    if level not in LEVELS:
        err(f"{nid}: bad level {level}")
    if (nid, code) in seen:
        err(f"duplicate gold pair {nid} {code}")
    seen.add((nid, code))
    box = narr[nid][5]
    if box:
        if level != box:
            err(f"{nid}: gold level {level} != box {box}")
    else:
        note_levels.setdefault(nid, set()).add(level)
for nid, lv in note_levels.items():
    if len(lv) != 1:
        err(f"{nid}: unboxed note has several gold levels {lv}")

traps = json.loads(ttext)
for nid, items in traps.items():
    if nid not in narr:
        err(f"traps.json: unknown narrative {nid}")
    for it in items:
        if set(it) != {"type", "code", "note"}:
            err(f"traps.json {nid}: bad keys {sorted(it)}")
        if it["code"] not in CODES and it["code"] != "level":
            err(f"traps.json {nid}: bad code {it['code']}")

if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")
