#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv and traps.json; prints OK at the end."""
import csv, io, json, os, re, sys
from collections import Counter

D = os.path.dirname(os.path.abspath(__file__))
CODES = set("EDU-ATT EDU-EXC EDU-NEET EDU-SEND EYD MH-CHILD MH-ADULT PH SUB REL-PAR "
            "REL-CONF DA SAFE-NEG SAFE-EXP CRIME HOUS FIN CARER".split())
LEVELS = ["blue", "green", "yellow", "orange", "red"]
errors = []

def err(m):
    errors.append(m)

def load(name, header):
    raw = open(os.path.join(D, name), "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err(f"{name}: has BOM")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{name}: not UTF-8 ({e})"); return []
    if not raw.endswith(b"\r\n"):
        err(f"{name}: does not end with CRLF")
    if re.search(rb"(?<!\r)\n", raw):
        err(f"{name}: bare LF line ending")
    if re.search(rb"\r(?!\n)", raw):
        err(f"{name}: bare CR")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows or rows[0] != header:
        err(f"{name}: bad header {rows[0] if rows else None}")
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(header):
            err(f"{name}: line {i} has {len(r)} fields")
    return rows[1:]

NH = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
GH = ["narrative_id", "code", "level"]
nar = load("narratives.csv", NH)
gold = load("gold.csv", GH)

ids = [r[0] for r in nar]
for k, v in Counter(ids).items():
    if v > 1:
        err(f"duplicate narrative_id {k}")
box = {}
locs = set()
for nid, tid, cid, stage, date, level, loc, text in nar:
    locs.add(loc)
    box[nid] = level
    if stage not in ("assessment", "closure"):
        err(f"{nid}: bad stage {stage}")
    if not re.fullmatch(r"202[56]-\d\d-\d\d", date):
        err(f"{nid}: date {date} not in 2025-2026")
    if not text.strip():
        err(f"{nid}: empty narrative")
    if level:
        if level not in LEVELS:
            err(f"{nid}: bad level {level}")
        st = "A" if stage == "assessment" else "C"
        if tid != f"{cid}-{st}" or nid != f"{tid}-{level}":
            err(f"{nid}: id pattern mismatch ({tid}, {cid}, {stage}, {level})")
    else:
        if tid != nid:
            err(f"{nid}: unboxed triage_id should equal narrative_id")
if len(locs) != 4:
    err(f"expected 4 localities, got {sorted(locs)}")
if not 85 <= len(nar) <= 100:
    err(f"narrative count {len(nar)} outside 85-100")

# one box per level per triage; closure after assessment within a case
dates = {}
for nid, tid, cid, stage, date, level, loc, text in nar:
    if level:
        dates.setdefault(cid, {}).setdefault(stage, set()).add(date)
for cid, d in dates.items():
    for s, ds in d.items():
        if len(ds) != 1:
            err(f"{cid} {s}: several dates {ds}")
    if "closure" in d and "assessment" in d and min(d["closure"]) <= max(d["assessment"]):
        err(f"{cid}: closure not after assessment")

seen = set()
for nid, code, level in gold:
    if nid not in box:
        err(f"gold row for unknown narrative {nid}")
        continue
    if code not in CODES:
        err(f"{nid}: unknown code {code}")
    if level not in LEVELS:
        err(f"{nid}: bad gold level {level}")
    if (nid, code) in seen:
        err(f"duplicate gold ({nid}, {code})")
    seen.add((nid, code))
    if box[nid] and level != box[nid]:
        err(f"{nid}: gold level {level} != box level {box[nid]}")
# unboxed: one level for all codes
ul = {}
for nid, code, level in gold:
    if nid in box and not box[nid]:
        ul.setdefault(nid, set()).add(level)
for nid, s in ul.items():
    if len(s) != 1:
        err(f"{nid}: unboxed narrative has several gold levels {s}")

# traps.json agrees with gold
traps = json.load(open(os.path.join(D, "traps.json"), encoding="utf-8"))
if set(traps) != set(ids):
    err("traps.json keys differ from narrative ids")
gset = {}
for nid, code, level in gold:
    gset.setdefault(nid, set()).add(code)
for nid, v in traps.items():
    if set(v["codes"]) != gset.get(nid, set()):
        err(f"{nid}: traps.json codes differ from gold")

if errors:
    print("\n".join(errors))
    sys.exit(1)
cc = Counter(code for _, code, _ in gold)
print(f"{len(nar)} narratives ({sum(1 for l in box.values() if l)} boxed, "
      f"{sum(1 for l in box.values() if not l)} unboxed), {len(gold)} gold rows")
print("per code:", ", ".join(f"{c} {cc.get(c, 0)}" for c in sorted(CODES)))
print("OK")
