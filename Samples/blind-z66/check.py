#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv, traps.json; prints OK."""
import csv, io, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = set("EDU-ATT EDU-EXC EDU-NEET EDU-SEND EYD MH-CHILD MH-ADULT PH SUB REL-PAR "
            "REL-CONF DA SAFE-NEG SAFE-EXP CRIME HOUS FIN CARER".split())
LEVELS = {"blue", "green", "yellow", "orange", "red"}
NHEAD = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
GHEAD = ["narrative_id", "code", "level"]

def fail(msg):
    print("FAIL:", msg); sys.exit(1)

def load(name, head):
    raw = open(os.path.join(HERE, name), "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"): fail(name + " has a BOM")
    text = raw.decode("utf-8")
    if "\n" in text.replace("\r\n", ""): fail(name + " has bare LF")
    if "\r" in text.replace("\r\n", ""): fail(name + " has bare CR")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if rows[0] != head: fail(name + " header " + repr(rows[0]))
    for r in rows[1:]:
        if len(r) != len(head): fail(name + " bad row " + repr(r))
    return rows[1:]

nar = load("narratives.csv", NHEAD)
gold = load("gold.csv", GHEAD)
ids = [r[0] for r in nar]
if len(ids) != len(set(ids)): fail("duplicate narrative ids")
box = {}
for nid, tid, case, stage, date, level, loc, text in nar:
    if stage not in ("assessment", "closure"): fail("stage " + nid)
    if not (date.startswith("2025-") or date.startswith("2026-")): fail("date " + nid)
    if level:
        if level not in LEVELS: fail("level " + nid)
        if nid != f"{tid}-{level}" or tid != case + ("-A" if stage == "assessment" else "-C"):
            fail("id pattern " + nid)
    elif tid != nid: fail("unboxed triage id " + nid)
    if not text.strip(): fail("empty narrative " + nid)
    box[nid] = level
seen = set()
for nid, code, level in gold:
    if nid not in box: fail("gold for unknown narrative " + nid)
    if code not in CODES: fail("bad code " + code)
    if level not in LEVELS: fail("bad gold level " + level)
    if (nid, code) in seen: fail("duplicate " + nid + " " + code)
    seen.add((nid, code))
    if box[nid] and box[nid] != level: fail("level mismatch " + nid)
lv = {}
for nid, code, level in gold:
    lv.setdefault(nid, set()).add(level)
if any(len(s) > 1 for s in lv.values()): fail("narrative with several gold levels")
traps = json.load(open(os.path.join(HERE, "traps.json"), encoding="utf-8"))
if any(k not in box for k in traps): fail("trap for unknown narrative")
if not 85 <= len(nar) <= 100: fail("narrative count %d" % len(nar))
print("OK")
