#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv and traps.json; prints OK at the end."""
import csv, io, json, os, sys

D = os.path.dirname(os.path.abspath(__file__))
CODES = set("EDU-ATT EDU-EXC EDU-NEET EDU-SEND EYD MH-CHILD MH-ADULT PH SUB REL-PAR REL-CONF DA "
            "SAFE-NEG SAFE-EXP CRIME HOUS FIN CARER".split())
LEVELS = ["blue", "green", "yellow", "orange", "red"]
errs = []

def load(name, header):
    raw = open(os.path.join(D, name), "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        errs.append(f"{name}: has BOM")
    text = raw.decode("utf-8")
    if text.replace("\r\n", "").count("\n") or text.replace("\r\n", "").count("\r"):
        errs.append(f"{name}: bare LF/CR outside CRLF line endings")
    if not text.endswith("\r\n"):
        errs.append(f"{name}: last line not CRLF-terminated")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if rows[0] != header:
        errs.append(f"{name}: bad header {rows[0]}")
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(header):
            errs.append(f"{name}:{i}: {len(r)} fields")
    return rows[1:]

N = load("narratives.csv", "narrative_id,triage_id,case_id,stage,date,level,locality,narrative".split(","))
G = load("gold.csv", "narrative_id,code,level".split(","))

ids = [r[0] for r in N]
if len(ids) != len(set(ids)):
    errs.append("duplicate narrative ids")
box = {}
for nid, tid, cid, stage, date, level, loc, text in N:
    box[nid] = level
    if stage not in ("assessment", "closure"): errs.append(f"{nid}: stage {stage}")
    if not (date.startswith("2025-") or date.startswith("2026-")) or len(date) != 10: errs.append(f"{nid}: date {date}")
    if level and level not in LEVELS: errs.append(f"{nid}: level {level}")
    if not text.strip(): errs.append(f"{nid}: empty narrative")
    if level:
        st = "A" if stage == "assessment" else "C"
        if nid != f"{cid}-{st}-{level}" or tid != f"{cid}-{st}":
            errs.append(f"{nid}: id pattern mismatch")
    elif tid != nid:
        errs.append(f"{nid}: unboxed triage_id should equal narrative_id")
if not 85 <= len(N) <= 100:
    errs.append(f"narrative count {len(N)} outside 85-100")
if len({r[6] for r in N}) != 4:
    errs.append("expected four localities")

seen = set()
for nid, code, level in G:
    if nid not in box: errs.append(f"gold {nid}: no such narrative")
    if code not in CODES: errs.append(f"gold {nid}: bad code {code}")
    if level not in LEVELS: errs.append(f"gold {nid}: bad level {level}")
    if (nid, code) in seen: errs.append(f"gold {nid}: duplicate {code}")
    seen.add((nid, code))
    if box.get(nid) and box[nid] != level: errs.append(f"gold {nid}: level {level} != box {box[nid]}")
lv = {}
for nid, code, level in G:
    lv.setdefault(nid, set()).add(level)
for nid, s in lv.items():
    if len(s) != 1: errs.append(f"gold {nid}: several levels {s}")

T = json.load(open(os.path.join(D, "traps.json"), encoding="utf-8"))
for t in T:
    if t["narrative_id"] not in box: errs.append(f"traps: unknown {t['narrative_id']}")

if errs:
    print("\n".join(errs)); sys.exit(1)
print(f"{len(N)} narratives, {len(G)} gold rows, {len(T)} trap entries")
print("OK")
