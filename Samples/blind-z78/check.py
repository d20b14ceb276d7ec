#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv and traps.json; prints OK at the end."""
import csv, io, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = set("EDU-ATT EDU-EXC EDU-NEET EDU-SEND EYD MH-CHILD MH-ADULT PH SUB REL-PAR "
            "REL-CONF DA SAFE-NEG SAFE-EXP CRIME HOUS FIN CARER".split())
LEVELS = {"blue", "green", "yellow", "orange", "red"}
NH = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
GH = ["narrative_id", "code", "level"]
errors = []

def err(m):
    errors.append(m)

def load(name, header):
    raw = open(os.path.join(HERE, name), "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err(f"{name}: BOM")
    text = raw.decode("utf-8")
    if "\n" in text.replace("\r\n", ""):
        err(f"{name}: bare LF line ending")
    if "\r" in text.replace("\r\n", ""):
        err(f"{name}: bare CR")
    if not text.endswith("\r\n"):
        err(f"{name}: no final CRLF")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if rows[0] != header:
        err(f"{name}: header {rows[0]}")
    for r in rows[1:]:
        if len(r) != len(header):
            err(f"{name}: bad row width {r}")
    return rows[1:]

narr = load("narratives.csv", NH)
gold = load("gold.csv", GH)

ids, levels = set(), {}
for r in narr:
    nid, tid, case, stage, date, lvl, loc, text = r
    if nid in ids:
        err(f"duplicate narrative_id {nid}")
    ids.add(nid)
    levels[nid] = lvl
    if lvl and lvl not in LEVELS:
        err(f"{nid}: bad level {lvl}")
    if stage not in ("assessment", "closure"):
        err(f"{nid}: bad stage")
    if not (date.startswith("2025-") or date.startswith("2026-")):
        err(f"{nid}: date {date}")
    if not text.strip():
        err(f"{nid}: empty narrative")
    if lvl:
        if nid != f"{tid}-{lvl}":
            err(f"{nid}: id does not match triage/level")
        suffix = "-A" if stage == "assessment" else "-C"
        if tid != case + suffix:
            err(f"{nid}: triage_id {tid} vs case/stage")
    else:
        if tid != nid:
            err(f"{nid}: unboxed triage_id should equal narrative_id")
if len(set(r[6] for r in narr)) != 4:
    err("expected four localities")
if not 85 <= len(narr) <= 100:
    err(f"narrative count {len(narr)}")

seen = set()
for nid, code, lvl in gold:
    if nid not in ids:
        err(f"gold row for unknown narrative {nid}")
    if code not in CODES:
        err(f"{nid}: bad code {code}")
    if lvl not in LEVELS:
        err(f"{nid}: bad gold level {lvl}")
    if (nid, code) in seen:
        err(f"duplicate ({nid},{code})")
    seen.add((nid, code))
    if levels.get(nid) and levels[nid] != lvl:
        err(f"{nid}: gold level {lvl} != box level {levels[nid]}")

unboxed_levels = {}
for nid, code, lvl in gold:
    if nid in levels and not levels[nid]:
        unboxed_levels.setdefault(nid, set()).add(lvl)
for nid, s in unboxed_levels.items():
    if len(s) != 1:
        err(f"{nid}: unboxed note with several levels {s}")

traps = json.load(open(os.path.join(HERE, "traps.json"), encoding="utf-8"))
for nid in traps:
    if nid not in ids:
        err(f"traps.json: unknown narrative {nid}")

if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")
