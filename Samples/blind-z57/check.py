#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv, traps.json; prints OK."""
import csv, io, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = set("EDU-ATT EDU-EXC EDU-NEET EDU-SEND EYD MH-CHILD MH-ADULT PH SUB REL-PAR "
            "REL-CONF DA SAFE-NEG SAFE-EXP CRIME HOUS FIN CARER".split())
LEVELS = ["blue", "green", "yellow", "orange", "red"]

def fail(msg):
    print("FAIL:", msg); sys.exit(1)

def load(name, header):
    raw = open(os.path.join(HERE, name), "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"): fail(name + " has a BOM")
    text = raw.decode("utf-8")
    if text.replace("\r\n", "").count("\n") or text.replace("\r\n", "").count("\r"):
        fail(name + " has non-CRLF line endings")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if rows[0] != header: fail(f"{name} header {rows[0]}")
    return rows[1:]

nar = load("narratives.csv", ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"])
gold = load("gold.csv", ["narrative_id", "code", "level"])
box = {}
for r in nar:
    if len(r) != 8: fail(f"bad row {r}")
    nid, tid, case, stage, date, lvl, loc, text = r
    if nid in box: fail("duplicate id " + nid)
    if stage not in ("assessment", "closure"): fail("stage " + nid)
    if not date.startswith(("2025-", "2026-")): fail("date " + nid)
    if lvl and lvl not in LEVELS: fail("level " + nid)
    if lvl:
        if nid != f"{tid}-{lvl}" or tid != f"{case}-{'A' if stage == 'assessment' else 'C'}":
            fail("boxed id pattern " + nid)
    elif not (tid == nid == case): fail("unboxed id pattern " + nid)
    if not text.strip(): fail("empty narrative " + nid)
    box[nid] = lvl
seen = set()
for nid, code, lvl in gold:
    if nid not in box: fail("gold for unknown narrative " + nid)
    if code not in CODES: fail("bad code " + code)
    if lvl not in LEVELS: fail("bad gold level " + nid)
    if (nid, code) in seen: fail(f"duplicate {nid} {code}")
    seen.add((nid, code))
    if box[nid] and box[nid] != lvl: fail("gold level != box level " + nid)
ulv = {}
for nid, code, lvl in gold:
    if not box[nid]:
        if ulv.setdefault(nid, lvl) != lvl: fail("unboxed note with two levels " + nid)
traps = json.load(open(os.path.join(HERE, "traps.json"), encoding="utf-8"))
for k in traps:
    if k not in box: fail("trap for unknown narrative " + k)
print("OK")
