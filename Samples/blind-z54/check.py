#!/usr/bin/env python3
import csv, io, json, sys
CODES = set("EDU-ATT EDU-EXC EDU-NEET EDU-SEND EYD MH-CHILD MH-ADULT PH SUB REL-PAR REL-CONF DA SAFE-NEG SAFE-EXP CRIME HOUS FIN CARER".split())
LEVELS = {"blue", "green", "yellow", "orange", "red"}
def load(name, header):
    b = open(name, "rb").read()
    assert not b.startswith(b"\xef\xbb\xbf"), name + ": BOM"
    t = b.decode("utf-8")
    assert "\n" not in t.replace("\r\n", ""), name + ": bare LF"
    assert t.endswith("\r\n"), name + ": no final CRLF"
    rows = list(csv.reader(io.StringIO(t, newline="")))
    assert rows[0] == header.split(","), name + ": header"
    return rows[1:]
nar = load("narratives.csv", "narrative_id,triage_id,case_id,stage,date,level,locality,narrative")
gold = load("gold.csv", "narrative_id,code,level")
ids = [r[0] for r in nar]
assert len(ids) == len(set(ids)), "duplicate narrative ids"
box = {}
for nid, tid, case, stage, date, lvl, loc, text in nar:
    assert stage in ("assessment", "closure") and date[:4] in ("2025", "2026") and text.strip()
    if lvl:
        assert lvl in LEVELS and nid == f"{tid}-{lvl}" and tid == f"{case}-{'A' if stage=='assessment' else 'C'}", nid
    else:
        assert nid == tid, nid
    box[nid] = lvl
seen = set()
for nid, code, lvl in gold:
    assert nid in box, "unknown narrative " + nid
    assert code in CODES, "bad code " + code
    assert lvl in LEVELS, "bad level " + lvl
    assert (nid, code) not in seen, "duplicate " + nid + " " + code
    seen.add((nid, code))
    if box[nid]:
        assert lvl == box[nid], "level mismatch " + nid
for nid in {g[0] for g in gold if not box[g[0]]}:
    assert len({g[2] for g in gold if g[0] == nid}) == 1, "unboxed note with >1 level " + nid
for t in json.load(open("traps.json", encoding="utf-8")):
    assert t["narrative_id"] in box
print(len(nar), "narratives,", len(gold), "gold rows")
print("OK")
