#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv, traps.json. Prints OK on success."""
import csv, io, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = set("EDU-ATT EDU-EXC EDU-NEET EDU-SEND EYD MH-CHILD MH-ADULT PH SUB REL-PAR "
            "REL-CONF DA SAFE-NEG SAFE-EXP CRIME HOUS FIN CARER".split())
LEVELS = {"blue", "green", "yellow", "orange", "red"}

def fail(msg):
    print("FAIL:", msg); sys.exit(1)

def load(name, header):
    raw = open(os.path.join(HERE, name), "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"): fail(name + " has BOM")
    text = raw.decode("utf-8")
    if "\n" in text.replace("\r\n", ""): fail(name + " has bare LF")
    if not text.endswith("\r\n"): fail(name + " does not end with CRLF")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if rows[0] != header: fail(name + " header " + str(rows[0]))
    return rows[1:]

nar = load("narratives.csv", ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"])
gold = load("gold.csv", ["narrative_id", "code", "level"])

box = {}
for r in nar:
    if len(r) != 8: fail("bad row " + str(r))
    nid, tid, cid, stage, date, lvl = r[:6]
    if nid in box: fail("duplicate id " + nid)
    if lvl and lvl not in LEVELS: fail("bad box level " + nid)
    if stage not in ("assessment", "closure"): fail("bad stage " + nid)
    if not (date.startswith("2025-") or date.startswith("2026-")): fail("bad date " + nid)
    if lvl and nid != f"{tid}-{lvl}": fail("id/triage mismatch " + nid)
    if not r[7].strip(): fail("empty narrative " + nid)
    box[nid] = lvl

seen = set()
for r in gold:
    if len(r) != 3: fail("bad gold row " + str(r))
    nid, code, lvl = r
    if nid not in box: fail("gold narrative missing " + nid)
    if code not in CODES: fail("bad code " + code)
    if lvl not in LEVELS: fail("bad level " + lvl)
    if (nid, code) in seen: fail("duplicate " + nid + " " + code)
    seen.add((nid, code))
    if box[nid] and box[nid] != lvl: fail("level differs from box " + nid)

unboxed = {}
for nid, code, lvl in gold:
    if not box[nid]:
        unboxed.setdefault(nid, set()).add(lvl)
for nid, lv in unboxed.items():
    if len(lv) != 1: fail("unboxed note with several levels " + nid)

traps = json.load(open(os.path.join(HERE, "traps.json"), encoding="utf-8"))
for t in traps:
    if t["narrative_id"] not in box: fail("trap for unknown narrative " + t["narrative_id"])

print(f"{len(nar)} narratives, {len(gold)} gold rows, {len(traps)} trap notes")
print("OK")
