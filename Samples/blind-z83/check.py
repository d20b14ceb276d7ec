#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv and traps.json; print OK at the end."""
import csv, io, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = set("EDU-ATT EDU-EXC EDU-NEET EDU-SEND EYD MH-CHILD MH-ADULT PH SUB REL-PAR "
            "REL-CONF DA SAFE-NEG SAFE-EXP CRIME HOUS FIN CARER".split())
LEVELS = {"blue", "green", "yellow", "orange", "red"}
errors = []

def load(name, header):
    raw = open(os.path.join(HERE, name), "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        errors.append(f"{name}: has BOM")
    text = raw.decode("utf-8")
    if b"\n" in raw.replace(b"\r\n", b""):
        errors.append(f"{name}: bare LF line ending")
    if not raw.endswith(b"\r\n"):
        errors.append(f"{name}: does not end with CRLF")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if rows[0] != header:
        errors.append(f"{name}: bad header {rows[0]}")
    return rows[1:]

nar = load("narratives.csv", ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"])
gold = load("gold.csv", ["narrative_id", "code", "level"])

ids, box = set(), {}
for r in nar:
    if len(r) != 8:
        errors.append(f"bad row {r}"); continue
    nid, tid, case, stage, date, level, loc, text = r
    if nid in ids:
        errors.append(f"duplicate id {nid}")
    ids.add(nid)
    if stage not in ("assessment", "closure"):
        errors.append(f"{nid}: stage {stage}")
    if not (date.startswith("2025-") or date.startswith("2026-")):
        errors.append(f"{nid}: date {date}")
    if level and level not in LEVELS:
        errors.append(f"{nid}: level {level}")
    if level:
        exp_tid = f"{case}-{'A' if stage == 'assessment' else 'C'}"
        if tid != exp_tid or nid != f"{tid}-{level}":
            errors.append(f"{nid}: id pattern")
    elif tid != nid:
        errors.append(f"{nid}: unboxed triage_id")
    if not text.strip():
        errors.append(f"{nid}: empty narrative")
    box[nid] = level
if len(set(r[6] for r in nar)) != 4:
    errors.append("expected four localities")
if not 85 <= len(nar) <= 100:
    errors.append(f"narrative count {len(nar)}")

seen = set()
for r in gold:
    if len(r) != 3:
        errors.append(f"bad gold row {r}"); continue
    nid, code, level = r
    if nid not in ids:
        errors.append(f"gold {nid} not in narratives")
    if code not in CODES:
        errors.append(f"{nid}: bad code {code}")
    if level not in LEVELS:
        errors.append(f"{nid}: bad level {level}")
    if (nid, code) in seen:
        errors.append(f"duplicate gold {nid} {code}")
    seen.add((nid, code))
    if box.get(nid) and box[nid] != level:
        errors.append(f"{nid}: gold level {level} != box {box[nid]}")
# one level per unboxed narrative
ul = {}
for nid, code, level in gold:
    if nid in box and not box[nid]:
        ul.setdefault(nid, set()).add(level)
for nid, s in ul.items():
    if len(s) != 1:
        errors.append(f"{nid}: unboxed note with several levels")
missing = CODES - {r[1] for r in gold}
if missing:
    errors.append(f"codes never used: {sorted(missing)}")

traps = json.load(open(os.path.join(HERE, "traps.json"), encoding="utf-8"))
for k in traps:
    if k not in ids:
        errors.append(f"trap note for unknown id {k}")

if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
