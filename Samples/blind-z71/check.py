#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv, traps.json; print OK at the end."""
import csv, io, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = set("EDU-ATT EDU-EXC EDU-NEET EDU-SEND EYD MH-CHILD MH-ADULT PH SUB REL-PAR "
            "REL-CONF DA SAFE-NEG SAFE-EXP CRIME HOUS FIN CARER".split())
LEVELS = {"blue", "green", "yellow", "orange", "red"}
errs = []

def load(name, header):
    raw = open(os.path.join(HERE, name), "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        errs.append(f"{name}: has BOM")
    text = raw.decode("utf-8")
    if "\n" in text.replace("\r\n", "") or "\r" in text.replace("\r\n", ""):
        errs.append(f"{name}: line ending other than CRLF")
    if not text.endswith("\r\n"):
        errs.append(f"{name}: last line not CRLF-terminated")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if rows[0] != header:
        errs.append(f"{name}: bad header {rows[0]}")
    for r in rows[1:]:
        if len(r) != len(header):
            errs.append(f"{name}: wrong field count {r}")
    return rows[1:]

nar = load("narratives.csv", ["narrative_id","triage_id","case_id","stage","date","level","locality","narrative"])
gold = load("gold.csv", ["narrative_id","code","level"])

ids = [r[0] for r in nar]
if len(ids) != len(set(ids)):
    errs.append("duplicate narrative ids")
box = {}
for nid, tid, case, stage, date, lvl, loc, text in nar:
    box[nid] = lvl
    if stage not in ("assessment", "closure"):
        errs.append(f"{nid}: bad stage")
    if not (date.startswith("2025-") or date.startswith("2026-")) or len(date) != 10:
        errs.append(f"{nid}: bad date {date}")
    if lvl:
        if lvl not in LEVELS:
            errs.append(f"{nid}: bad box level")
        if nid != f"{tid}-{lvl}" or tid != f"{case}-{'A' if stage == 'assessment' else 'C'}":
            errs.append(f"{nid}: id pattern")
    elif tid != nid:
        errs.append(f"{nid}: unboxed triage_id must equal narrative_id")
    if not text.strip():
        errs.append(f"{nid}: empty narrative")
if len(set(r[6] for r in nar)) != 4:
    errs.append("expected four localities")
if not 85 <= len(nar) <= 100:
    errs.append(f"narrative count {len(nar)} outside 85-100")

pairs = set()
unboxed_lvl = {}
for nid, code, lvl in gold:
    if nid not in box:
        errs.append(f"gold row for unknown narrative {nid}")
        continue
    if code not in CODES:
        errs.append(f"{nid}: unknown code {code}")
    if lvl not in LEVELS:
        errs.append(f"{nid}: bad level {lvl}")
    if (nid, code) in pairs:
        errs.append(f"duplicate {nid} {code}")
    pairs.add((nid, code))
    if box[nid] and lvl != box[nid]:
        errs.append(f"{nid}: gold level {lvl} != box {box[nid]}")
    if not box[nid]:
        if unboxed_lvl.setdefault(nid, lvl) != lvl:
            errs.append(f"{nid}: unboxed note has more than one level")

traps = json.load(open(os.path.join(HERE, "traps.json"), encoding="utf-8"))
for k in traps:
    if k not in box:
        errs.append(f"traps.json: unknown narrative {k}")

if errs:
    print("\n".join(errs))
    sys.exit(1)
print("OK")
