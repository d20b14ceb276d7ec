#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv, traps.json; print OK at the end."""
import csv, io, json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
CODES = set("EDU-ATT EDU-EXC EDU-NEET EDU-SEND EYD MH-CHILD MH-ADULT PH SUB REL-PAR REL-CONF DA SAFE-NEG SAFE-EXP CRIME HOUS FIN CARER".split())
LEVELS = ["blue", "green", "yellow", "orange", "red"]
errs = []
def load(name, header):
    raw = open(os.path.join(HERE, name), "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"): errs.append(f"{name}: BOM")
    text = raw.decode("utf-8")
    if b"\n" in raw.replace(b"\r\n", b""): errs.append(f"{name}: bare LF")
    if b"\r" in raw.replace(b"\r\n", b""): errs.append(f"{name}: bare CR")
    if not raw.endswith(b"\r\n"): errs.append(f"{name}: no final CRLF")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if rows[0] != header: errs.append(f"{name}: header {rows[0]}")
    for r in rows[1:]:
        if len(r) != len(header): errs.append(f"{name}: bad row {r}")
    return rows[1:]
nar = load("narratives.csv", "narrative_id,triage_id,case_id,stage,date,level,locality,narrative".split(","))
gold = load("gold.csv", "narrative_id,code,level".split(","))
ids = [r[0] for r in nar]
if len(ids) != len(set(ids)): errs.append("duplicate narrative ids")
box = {}
for nid, tid, case, stage, date, lvl, loc, text in nar:
    box[nid] = lvl
    if stage not in ("assessment", "closure"): errs.append(f"{nid}: stage {stage}")
    if not (date.startswith("2025-") or date.startswith("2026-")): errs.append(f"{nid}: date {date}")
    if lvl:
        if lvl not in LEVELS: errs.append(f"{nid}: level {lvl}")
        exp_tid = f"{case}-{'A' if stage == 'assessment' else 'C'}"
        if tid != exp_tid or nid != f"{tid}-{lvl}": errs.append(f"{nid}: id/triage mismatch")
    elif tid != nid: errs.append(f"{nid}: unboxed triage_id should equal narrative_id")
    if not text.strip(): errs.append(f"{nid}: empty narrative")
seen = set()
for nid, code, lvl in gold:
    if nid not in box: errs.append(f"gold {nid}: unknown narrative")
    if code not in CODES: errs.append(f"gold {nid}: bad code {code}")
    if lvl not in LEVELS: errs.append(f"gold {nid}: bad level {lvl}")
    if (nid, code) in seen: errs.append(f"gold {nid}: duplicate {code}")
    seen.add((nid, code))
    if box.get(nid) and box[nid] != lvl: errs.append(f"gold {nid}: level {lvl} != box {box[nid]}")
ulev = {}
for nid, code, lvl in gold:
    if nid in box and not box[nid]:
        ulev.setdefault(nid, set()).add(lvl)
for nid, s in ulev.items():
    if len(s) != 1: errs.append(f"{nid}: unboxed narrative with several levels")
tr = json.load(open(os.path.join(HERE, "traps.json"), encoding="utf-8"))
if {t["narrative_id"] for t in tr} != set(ids): errs.append("traps.json ids differ from narratives")
gmap = {}
for nid, code, lvl in gold: gmap.setdefault(nid, []).append(code)
for t in tr:
    if sorted(t["gold_codes"]) != sorted(gmap.get(t["narrative_id"], [])): errs.append(f"traps.json gold mismatch {t['narrative_id']}")
if errs:
    print("\n".join(errs)); sys.exit(1)
print(f"{len(nar)} narratives, {len(gold)} gold rows, {len(set(r[2] for r in nar))} cases")
print("OK")
