#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv, traps.json; prints OK at the end."""
import csv, io, json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
CODES = set("EDU-ATT EDU-EXC EDU-NEET EDU-SEND EYD MH-CHILD MH-ADULT PH SUB REL-PAR REL-CONF DA "
            "SAFE-NEG SAFE-EXP CRIME HOUS FIN CARER".split())
LEVELS = {"blue", "green", "yellow", "orange", "red"}
def fail(msg):
    print("FAIL:", msg); sys.exit(1)
def load(name, header):
    raw = open(os.path.join(HERE, name), "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"): fail(f"{name} has BOM")
    text = raw.decode("utf-8")
    if "\n" in text.replace("\r\n", ""): fail(f"{name} has bare LF")
    if "\r" in text.replace("\r\n", ""): fail(f"{name} has bare CR")
    if not text.endswith("\r\n"): fail(f"{name} does not end with CRLF")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if rows[0] != header: fail(f"{name} header {rows[0]}")
    return rows[1:]
N = load("narratives.csv", ["narrative_id","triage_id","case_id","stage","date","level","locality","narrative"])
G = load("gold.csv", ["narrative_id","code","level"])
ids = [r[0] for r in N]
if len(ids) != len(set(ids)): fail("duplicate narrative ids")
if not 85 <= len(N) <= 100: fail(f"{len(N)} narratives")
box = {}
for nid, tid, case, stage, date, level, loc, text in N:
    if stage not in ("assessment", "closure"): fail(f"{nid} stage")
    if not (date[:4] in ("2025", "2026") and len(date) == 10): fail(f"{nid} date")
    if level:
        if level not in LEVELS: fail(f"{nid} level")
        st = {"assessment": "A", "closure": "C"}[stage]
        if tid != f"{case}-{st}" or nid != f"{tid}-{level}": fail(f"{nid} id pattern")
    else:
        if tid != nid: fail(f"{nid} unboxed triage id")
    if not text.strip(): fail(f"{nid} empty text")
    box[nid] = level
seen = set(); unboxed_levels = {}
for nid, code, level in G:
    if nid not in box: fail(f"gold {nid} not in narratives")
    if code not in CODES: fail(f"bad code {code}")
    if level not in LEVELS: fail(f"bad level {level}")
    if (nid, code) in seen: fail(f"duplicate {nid} {code}")
    seen.add((nid, code))
    if box[nid] and box[nid] != level: fail(f"{nid} gold level {level} != box {box[nid]}")
    if not box[nid]:
        unboxed_levels.setdefault(nid, set()).add(level)
for nid, lv in unboxed_levels.items():
    if len(lv) != 1: fail(f"unboxed {nid} has several levels")
traps = json.load(open(os.path.join(HERE, "traps.json"), encoding="utf-8"))
for k in traps:
    if k not in box: fail(f"trap key {k} unknown")
print(f"{len(N)} narratives, {len(G)} gold rows, {len(traps)} narratives with traps")
print("OK")
