#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv, traps.json; prints OK at the end."""
import csv, io, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = {"EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD", "MH-ADULT", "PH", "SUB",
         "REL-PAR", "REL-CONF", "DA", "SAFE-NEG", "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"}
LEVELS = {"blue", "green", "yellow", "orange", "red"}
errors = []


def load(name, header):
    raw = open(os.path.join(HERE, name), "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        errors.append(f"{name}: BOM")
    text = raw.decode("utf-8")
    if "\n" in text.replace("\r\n", ""):
        errors.append(f"{name}: bare LF")
    if not text.endswith("\r\n"):
        errors.append(f"{name}: no final CRLF")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if rows[0] != header:
        errors.append(f"{name}: bad header {rows[0]}")
    for r in rows[1:]:
        if len(r) != len(header):
            errors.append(f"{name}: bad row {r}")
    return rows[1:]


nar = load("narratives.csv", ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"])
gold = load("gold.csv", ["narrative_id", "code", "level"])

ids = [r[0] for r in nar]
if len(ids) != len(set(ids)):
    errors.append("duplicate narrative ids")
if not 85 <= len(nar) <= 100:
    errors.append(f"narrative count {len(nar)} out of 85-100")
box = {}
for nid, tid, case, stage, date, level, loc, text in nar:
    box[nid] = level
    if stage not in ("assessment", "closure"):
        errors.append(f"{nid}: stage {stage}")
    if not (date.startswith("2025-") or date.startswith("2026-")) or len(date) != 10:
        errors.append(f"{nid}: date {date}")
    if level:
        if level not in LEVELS:
            errors.append(f"{nid}: level {level}")
        exp_tid = f"{case}-{'A' if stage == 'assessment' else 'C'}"
        if tid != exp_tid or nid != f"{tid}-{level}":
            errors.append(f"{nid}: id/triage mismatch")
    else:
        if tid != nid:
            errors.append(f"{nid}: unboxed triage_id should equal narrative_id")
    if not text.strip():
        errors.append(f"{nid}: empty narrative")

seen = set()
for nid, code, level in gold:
    if nid not in box:
        errors.append(f"gold {nid}: no such narrative")
        continue
    if code not in CODES:
        errors.append(f"gold {nid}: bad code {code}")
    if level not in LEVELS:
        errors.append(f"gold {nid}: bad level {level}")
    if (nid, code) in seen:
        errors.append(f"gold {nid}: duplicate {code}")
    seen.add((nid, code))
    if box[nid] and box[nid] != level:
        errors.append(f"gold {nid}: level {level} != box {box[nid]}")

# one level per unboxed narrative
ulev = {}
for nid, code, level in gold:
    if nid in box and not box[nid]:
        ulev.setdefault(nid, set()).add(level)
for nid, s in ulev.items():
    if len(s) != 1:
        errors.append(f"{nid}: several levels {s}")

missing = CODES - {c for _, c, _ in gold}
if missing:
    errors.append(f"codes never used: {sorted(missing)}")

raw = open(os.path.join(HERE, "traps.json"), "rb").read()
if raw.startswith(b"\xef\xbb\xbf"):
    errors.append("traps.json: BOM")
for t in json.loads(raw.decode("utf-8")):
    if t["narrative_id"] not in box:
        errors.append(f"traps.json: unknown {t['narrative_id']}")

if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")
