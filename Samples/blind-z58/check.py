#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv, traps.json; print OK at the end."""
import csv, io, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = set("EDU-ATT EDU-EXC EDU-NEET EDU-SEND EYD MH-CHILD MH-ADULT PH SUB REL-PAR "
            "REL-CONF DA SAFE-NEG SAFE-EXP CRIME HOUS FIN CARER".split())
LEVELS = {"blue", "green", "yellow", "orange", "red"}
errors = []

def load(name, header):
    raw = open(os.path.join(HERE, name), "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        errors.append(f"{name}: BOM")
    text = raw.decode("utf-8")
    if text.replace("\r\n", "").count("\n") or text.replace("\r\n", "").count("\r"):
        errors.append(f"{name}: not CRLF throughout")
    if not text.endswith("\r\n"):
        errors.append(f"{name}: no final CRLF")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if rows[0] != header:
        errors.append(f"{name}: bad header {rows[0]}")
    return rows[1:]

narr = load("narratives.csv", ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"])
gold = load("gold.csv", ["narrative_id", "code", "level"])
box = {}
for r in narr:
    if len(r) != 8:
        errors.append(f"bad row {r}"); continue
    nid, tid, case, stage, date, lvl, loc, text = r
    if nid in box:
        errors.append(f"duplicate id {nid}")
    box[nid] = lvl
    if lvl and lvl not in LEVELS:
        errors.append(f"{nid}: bad level {lvl}")
    if lvl and nid != f"{tid}-{lvl}":
        errors.append(f"{nid}: id does not match triage/level")
    if stage not in ("assessment", "closure"):
        errors.append(f"{nid}: bad stage")
    if not (date.startswith("2025-") or date.startswith("2026-")):
        errors.append(f"{nid}: date {date}")
    if not text.strip():
        errors.append(f"{nid}: empty narrative")
seen = set()
for r in gold:
    nid, code, lvl = r
    if nid not in box:
        errors.append(f"gold {nid} not in narratives")
    if code not in CODES:
        errors.append(f"gold {nid}: bad code {code}")
    if lvl not in LEVELS:
        errors.append(f"gold {nid}: bad level {lvl}")
    if box.get(nid) and box[nid] != lvl:
        errors.append(f"gold {nid}: level {lvl} != box {box[nid]}")
    if (nid, code) in seen:
        errors.append(f"duplicate gold {nid} {code}")
    seen.add((nid, code))
for nid in {r[0] for r in gold}:
    if not box.get(nid) and len({r[2] for r in gold if r[0] == nid}) != 1:
        errors.append(f"unboxed {nid} has more than one level")
for t in json.load(open(os.path.join(HERE, "traps.json"), encoding="utf-8")):
    if t["narrative_id"] not in box:
        errors.append(f"trap {t['narrative_id']} unknown")
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
