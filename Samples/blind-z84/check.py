#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv, traps.json; print OK at the end."""
import csv, io, json, os, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = set("EDU-ATT EDU-EXC EDU-NEET EDU-SEND EYD MH-CHILD MH-ADULT PH SUB REL-PAR "
            "REL-CONF DA SAFE-NEG SAFE-EXP CRIME HOUS FIN CARER".split())
LEVELS = ["blue", "green", "yellow", "orange", "red"]
err = []

def load(name, header):
    raw = open(os.path.join(HERE, name), "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"): err.append(f"{name}: BOM")
    try: text = raw.decode("utf-8")
    except UnicodeDecodeError: err.append(f"{name}: not UTF-8"); return []
    if b"\n" in raw.replace(b"\r\n", b""): err.append(f"{name}: bare LF")
    if b"\r" in raw.replace(b"\r\n", b""): err.append(f"{name}: bare CR")
    if not raw.endswith(b"\r\n"): err.append(f"{name}: no final CRLF")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if rows[0] != header: err.append(f"{name}: bad header {rows[0]}")
    for r in rows[1:]:
        if len(r) != len(header): err.append(f"{name}: bad row {r}")
    return rows[1:]

nar = load("narratives.csv", "narrative_id,triage_id,case_id,stage,date,level,locality,narrative".split(","))
gold = load("gold.csv", "narrative_id,code,level".split(","))

ids = Counter(r[0] for r in nar)
for k, v in ids.items():
    if v > 1: err.append(f"duplicate narrative_id {k}")
box = {}
for nid, tid, case, stage, date, lvl, loc, text in nar:
    if stage not in ("assessment", "closure"): err.append(f"{nid}: stage {stage}")
    if not (date.startswith("2025-") or date.startswith("2026-")): err.append(f"{nid}: date {date}")
    if lvl and lvl not in LEVELS: err.append(f"{nid}: level {lvl}")
    if lvl:
        want = f"{tid}-{lvl}"
        if nid != want or tid != f"{case}-{'A' if stage == 'assessment' else 'C'}":
            err.append(f"{nid}: id/triage mismatch")
    elif tid != nid: err.append(f"{nid}: unboxed triage_id should equal narrative_id")
    if not text.strip(): err.append(f"{nid}: empty narrative")
    box[nid] = lvl
if not 85 <= len(nar) <= 100: err.append(f"narrative count {len(nar)}")

seen = set()
for nid, code, lvl in gold:
    if nid not in box: err.append(f"gold: unknown narrative {nid}")
    if code not in CODES: err.append(f"gold: bad code {code}")
    if lvl not in LEVELS: err.append(f"gold: bad level {lvl}")
    if (nid, code) in seen: err.append(f"gold: duplicate {nid} {code}")
    seen.add((nid, code))
    if box.get(nid) and lvl != box[nid]: err.append(f"gold: {nid} level {lvl} != box {box[nid]}")
# one level per unboxed narrative
ul = {}
for nid, code, lvl in gold:
    if nid in box and not box[nid]:
        ul.setdefault(nid, set()).add(lvl)
for nid, s in ul.items():
    if len(s) > 1: err.append(f"{nid}: unboxed narrative with several levels")

traps = json.load(open(os.path.join(HERE, "traps.json"), encoding="utf-8"))
if set(traps) != set(box): err.append("traps.json ids differ from narratives")
for nid, t in traps.items():
    g = sorted(c for n, c, l in gold if n == nid)
    if sorted(t["gold"]) != g: err.append(f"traps.json gold mismatch {nid}")

if err:
    print("\n".join(err)); sys.exit(1)
cc = Counter(c for _, c, _ in gold)
print("codes:", " ".join(f"{c}={cc.get(c,0)}" for c in sorted(CODES)))
print("levels:", dict(Counter(l for _, _, l in gold)))
print(f"{len(nar)} narratives, {len(gold)} gold rows, {len(set(r[2] for r in nar))} cases, "
      f"{sum(1 for v in box.values() if not v)} unboxed, "
      f"{sum(1 for t in traps.values() if t['trap_kinds'])} with traps, "
      f"{sum(1 for n in box if not any(g[0]==n for g in gold))} with no gold rows")
print("trap kinds:", dict(Counter(k for t in traps.values() for k in t["trap_kinds"])))
print("OK")
