#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv and traps.json; prints OK."""
import csv, io, json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
CODES = set("EDU-ATT EDU-EXC EDU-NEET EDU-SEND EYD MH-CHILD MH-ADULT PH SUB REL-PAR "
            "REL-CONF DA SAFE-NEG SAFE-EXP CRIME HOUS FIN CARER".split())
LEVELS = {"blue", "green", "yellow", "orange", "red"}

def fail(msg):
    sys.exit("FAIL: " + msg)

def load(name, header):
    raw = open(os.path.join(HERE, name), "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"): fail(name + " has a BOM")
    text = raw.decode("utf-8")
    if "\n" in text.replace("\r\n", ""): fail(name + " has bare LF")
    if not text.endswith("\r\n"): fail(name + " does not end with CRLF")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if rows[0] != header: fail(name + " header " + repr(rows[0]))
    for r in rows[1:]:
        if len(r) != len(header): fail(name + " bad row " + repr(r))
    return rows[1:]

narr = load("narratives.csv", "narrative_id,triage_id,case_id,stage,date,level,locality,narrative".split(","))
gold = load("gold.csv", "narrative_id,code,level".split(","))
ids = [r[0] for r in narr]
if len(ids) != len(set(ids)): fail("duplicate narrative ids")
box = {r[0]: r[5] for r in narr}
for r in narr:
    nid, tid, case, stage, date, lvl, loc, text = r
    if stage not in ("assessment", "closure"): fail("stage " + nid)
    if not (date.startswith("2025-") or date.startswith("2026-")): fail("date " + nid)
    if lvl:
        if lvl not in LEVELS: fail("level " + nid)
        if nid != f"{tid}-{lvl}" or tid != f"{case}-{'A' if stage == 'assessment' else 'C'}":
            fail("id pattern " + nid)
    elif not (tid == nid == case): fail("unboxed ids " + nid)
    if not text.strip(): fail("empty narrative " + nid)
seen = set()
for nid, code, lvl in gold:
    if nid not in box: fail("gold narrative missing " + nid)
    if code not in CODES: fail("bad code " + code)
    if lvl not in LEVELS: fail("bad level " + lvl)
    if (nid, code) in seen: fail("duplicate " + nid + " " + code)
    seen.add((nid, code))
    if box[nid] and box[nid] != lvl: fail("box level mismatch " + nid)
unboxed_lv = {}
for nid, code, lvl in gold:
    if not box[nid]:
        if unboxed_lv.setdefault(nid, lvl) != lvl: fail("unboxed note with two levels " + nid)
traps = json.load(open(os.path.join(HERE, "traps.json"), encoding="utf-8"))
for k in traps:
    if k not in box: fail("trap for unknown narrative " + k)
print("OK")
