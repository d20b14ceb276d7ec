#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv, traps.json; print OK on success."""
import csv, io, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = set("EDU-ATT EDU-EXC EDU-NEET EDU-SEND EYD MH-CHILD MH-ADULT PH SUB REL-PAR REL-CONF DA "
            "SAFE-NEG SAFE-EXP CRIME HOUS FIN CARER".split())
LEVELS = {"blue", "green", "yellow", "orange", "red"}
errors = []

def load(name, header):
    raw = open(os.path.join(HERE, name), "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        errors.append(f"{name}: BOM")
    text = raw.decode("utf-8")
    if "\n" in text.replace("\r\n", "") or "\r" in text.replace("\r\n", ""):
        errors.append(f"{name}: line endings not all CRLF")
    if not text.endswith("\r\n"):
        errors.append(f"{name}: missing final CRLF")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if rows[0] != header:
        errors.append(f"{name}: bad header {rows[0]}")
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(header):
            errors.append(f"{name}:{i}: {len(r)} fields")
    return rows[1:]

nar = load("narratives.csv", ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"])
gold = load("gold.csv", ["narrative_id", "code", "level"])

ids = [r[0] for r in nar]
if len(ids) != len(set(ids)):
    errors.append("duplicate narrative ids")
box = {}
for nid, tid, case, stage, date, level, loc, text in nar:
    box[nid] = level
    if stage not in ("assessment", "closure"):
        errors.append(f"{nid}: stage {stage}")
    if not (date.startswith("2025-") or date.startswith("2026-")):
        errors.append(f"{nid}: date {date}")
    if level:
        if level not in LEVELS:
            errors.append(f"{nid}: level {level}")
        exp_tid = f"{case}-{'A' if stage == 'assessment' else 'C'}"
        if tid != exp_tid or nid != f"{tid}-{level}":
            errors.append(f"{nid}: id pattern")
    elif not (tid == nid == case):
        errors.append(f"{nid}: unboxed id pattern")
    if not text.strip():
        errors.append(f"{nid}: empty narrative")
if not 85 <= len(nar) <= 100:
    errors.append(f"{len(nar)} narratives, want 85-100")
if len({r[6] for r in nar}) != 4:
    errors.append("want four localities")

seen = set()
for nid, code, level in gold:
    if nid not in box:
        errors.append(f"gold {nid}: no narrative")
        continue
    if code not in CODES:
        errors.append(f"gold {nid}: code {code}")
    if level not in LEVELS:
        errors.append(f"gold {nid}: level {level}")
    if (nid, code) in seen:
        errors.append(f"gold {nid}: duplicate {code}")
    seen.add((nid, code))
    if box[nid] and level != box[nid]:
        errors.append(f"gold {nid}: level {level} != box {box[nid]}")
# unboxed notes: one level per narrative
ulev = {}
for nid, code, level in gold:
    if nid in box and not box[nid]:
        ulev.setdefault(nid, set()).add(level)
for nid, s in ulev.items():
    if len(s) != 1:
        errors.append(f"gold {nid}: several levels {s}")
missing = CODES - {c for _, c, _ in gold}
if missing:
    errors.append(f"codes never used: {sorted(missing)}")

traps = json.load(open(os.path.join(HERE, "traps.json"), encoding="utf-8"))
if set(traps) != set(ids):
    errors.append("traps.json ids differ from narratives")
for nid, t in traps.items():
    g = sorted(c for n, c, _ in gold if n == nid)
    if sorted(t["present"]) != g:
        errors.append(f"traps.json {nid}: present list differs from gold")

if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")
