#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv and traps.json; print OK at the end."""
import csv, io, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = set("EDU-ATT EDU-EXC EDU-NEET EDU-SEND EYD MH-CHILD MH-ADULT PH SUB REL-PAR "
            "REL-CONF DA SAFE-NEG SAFE-EXP CRIME HOUS FIN CARER".split())
LEVELS = {"blue", "green", "yellow", "orange", "red"}


def fail(msg):
    print("FAIL:", msg)
    sys.exit(1)


def load(name, header):
    raw = open(os.path.join(HERE, name), "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        fail(f"{name} has a BOM")
    text = raw.decode("utf-8")
    if text.replace("\r\n", "").count("\n") or text.replace("\r\n", "").count("\r"):
        fail(f"{name}: bare LF/CR line ending")
    if not text.endswith("\r\n"):
        fail(f"{name}: no final CRLF")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if rows[0] != header:
        fail(f"{name} header {rows[0]}")
    return rows[1:]


narr = load("narratives.csv", "narrative_id,triage_id,case_id,stage,date,level,locality,narrative".split(","))
gold = load("gold.csv", "narrative_id,code,level".split(","))
box = {}
for r in narr:
    if len(r) != 8:
        fail(f"bad row {r}")
    nid, tid, cid, stage, date, level, loc, text = r
    if nid in box:
        fail(f"duplicate id {nid}")
    if stage not in ("assessment", "closure") or not date.startswith(("2025-", "2026-")):
        fail(f"bad stage/date {nid}")
    if level:
        if level not in LEVELS or nid != f"{tid}-{level}" or tid != f"{cid}-{'A' if stage == 'assessment' else 'C'}":
            fail(f"bad boxed id/level {nid}")
    elif not (tid == nid == cid):
        fail(f"bad unboxed ids {nid}")
    if not text.strip():
        fail(f"empty narrative {nid}")
    box[nid] = level
seen = set()
for nid, code, level in gold:
    if nid not in box:
        fail(f"gold row for unknown {nid}")
    if code not in CODES:
        fail(f"bad code {code}")
    if level not in LEVELS:
        fail(f"bad level {level}")
    if (nid, code) in seen:
        fail(f"duplicate {nid} {code}")
    seen.add((nid, code))
    if box[nid] and box[nid] != level:
        fail(f"{nid} gold level {level} != box {box[nid]}")
ulev = {}
for nid, code, level in gold:
    if not box[nid]:
        ulev.setdefault(nid, set()).add(level)
if any(len(v) > 1 for v in ulev.values()):
    fail("unboxed narrative with more than one level")
traps = json.load(open(os.path.join(HERE, "traps.json"), encoding="utf-8"))
if set(traps) - set(box):
    fail("trap note for unknown narrative")
print("OK")
