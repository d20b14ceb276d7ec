#!/usr/bin/env python3
"""Validate narratives.csv and gold.csv; prints OK."""
import csv, io, json, sys
CODES = set("EDU-ATT EDU-EXC EDU-NEET EDU-SEND EYD MH-CHILD MH-ADULT PH SUB REL-PAR REL-CONF DA SAFE-NEG SAFE-EXP CRIME HOUS FIN CARER".split())
LEVELS = {"blue", "green", "yellow", "orange", "red"}

def load(name, header):
    raw = open(name, "rb").read()
    assert not raw.startswith(b"\xef\xbb\xbf"), name + ": BOM"
    text = raw.decode("utf-8")
    assert "\n" not in text.replace("\r\n", ""), name + ": bare LF"
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows[0] == header, name + ": header"
    return rows[1:]

nar = load("narratives.csv", ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"])
gold = load("gold.csv", ["narrative_id", "code", "level"])
ids = [r[0] for r in nar]
assert len(ids) == len(set(ids)), "duplicate narrative ids"
box = {}
for r in nar:
    assert len(r) == 8, r
    nid, tid, cid, stage, date, lvl = r[:6]
    assert stage in ("assessment", "closure"), r
    assert date[:4] in ("2025", "2026"), r
    assert lvl == "" or lvl in LEVELS, r
    if lvl:
        assert nid == f"{tid}-{lvl}" and tid.startswith(cid + "-"), r
    else:
        assert nid == tid, r
    assert r[7].strip(), r
    box[nid] = lvl
seen = set()
for nid, code, lvl in gold:
    assert nid in box, nid
    assert code in CODES, code
    assert lvl in LEVELS, lvl
    assert (nid, code) not in seen, (nid, code)
    seen.add((nid, code))
    if box[nid]:
        assert lvl == box[nid], (nid, lvl)
unb = {}
for nid, code, lvl in gold:
    if not box[nid]:
        assert unb.setdefault(nid, lvl) == lvl, nid
traps = json.load(open("traps.json", encoding="utf-8"))
assert set(traps) <= set(box)
print("OK")
