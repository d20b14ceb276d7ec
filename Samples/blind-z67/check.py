#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv, traps.json; prints OK."""
import csv, io, json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
CODES = set("EDU-ATT EDU-EXC EDU-NEET EDU-SEND EYD MH-CHILD MH-ADULT PH SUB REL-PAR REL-CONF DA SAFE-NEG SAFE-EXP CRIME HOUS FIN CARER".split())
LEVELS = ["blue", "green", "yellow", "orange", "red"]

def fail(msg):
    print("FAIL:", msg); sys.exit(1)

def load(name, header):
    raw = open(os.path.join(HERE, name), "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"): fail(name + " has BOM")
    text = raw.decode("utf-8")
    if re.search(r"(?<!\r)\n", text) or re.search(r"\r(?!\n)", text): fail(name + " not CRLF")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if rows[0] != header: fail(name + " header " + repr(rows[0]))
    for r in rows[1:]:
        if len(r) != len(header): fail(name + " bad row " + repr(r))
    return rows[1:]

nar = load("narratives.csv", ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"])
gold = load("gold.csv", ["narrative_id", "code", "level"])
ids = [r[0] for r in nar]
if len(ids) != len(set(ids)): fail("duplicate narrative ids")
box = {}
for nid, tid, case, stage, date, level, loc, text in nar:
    if stage not in ("assessment", "closure"): fail("stage " + nid)
    if not re.fullmatch(r"202[56]-\d\d-\d\d", date): fail("date " + nid)
    if not text.strip(): fail("empty " + nid)
    if level:
        if level not in LEVELS: fail("level " + nid)
        exp_t = case + ("-A" if stage == "assessment" else "-C")
        if tid != exp_t or nid != tid + "-" + level: fail("id pattern " + nid)
    elif not (tid == nid == case): fail("unboxed id " + nid)
    box[nid] = level
seen = set(); unboxed_lv = {}
for nid, code, level in gold:
    if nid not in box: fail("gold narrative missing " + nid)
    if code not in CODES: fail("code " + code)
    if level not in LEVELS: fail("gold level " + level)
    if (nid, code) in seen: fail("duplicate " + nid + " " + code)
    seen.add((nid, code))
    if box[nid] and box[nid] != level: fail("level mismatch " + nid)
    if not box[nid]: unboxed_lv.setdefault(nid, set()).add(level)
for nid, lv in unboxed_lv.items():
    if len(lv) != 1: fail("unboxed note with several levels " + nid)
traps = json.load(open(os.path.join(HERE, "traps.json"), encoding="utf-8"))
for nid in traps:
    if nid not in box: fail("trap for unknown narrative " + nid)
print("narratives", len(nar), "gold rows", len(gold), "trap narratives", len(traps))
print("OK")
