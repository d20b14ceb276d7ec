#!/usr/bin/env python3
import csv, io, json, sys
CODES = set("EDU-ATT EDU-EXC EDU-NEET EDU-SEND EYD MH-CHILD MH-ADULT PH SUB REL-PAR REL-CONF DA SAFE-NEG SAFE-EXP CRIME HOUS FIN CARER".split())
LEVELS = {"blue", "green", "yellow", "orange", "red"}
def load(name, header):
    raw = open(name, "rb").read()
    assert not raw.startswith(b"\xef\xbb\xbf"), name + ": BOM"
    txt = raw.decode("utf-8")
    assert "\n" not in txt.replace("\r\n", ""), name + ": bare LF"
    rows = list(csv.reader(io.StringIO(txt, newline="")))
    assert rows[0] == header, name + ": header"
    return rows[1:]
n = load("narratives.csv", "narrative_id,triage_id,case_id,stage,date,level,locality,narrative".split(","))
g = load("gold.csv", "narrative_id,code,level".split(","))
ids = [r[0] for r in n]
assert len(ids) == len(set(ids)), "dup narrative ids"
box = {r[0]: r[5] for r in n}
for r in n:
    assert len(r) == 8 and r[3] in ("assessment", "closure") and r[4][:4] in ("2025", "2026"), r
    assert r[5] in LEVELS or r[5] == "", r
    if r[5]:
        assert r[0] == f"{r[1]}-{r[5]}" and r[1].startswith(r[2]), r
seen = set()
for r in g:
    nid, code, lvl = r
    assert nid in box, r
    assert code in CODES and lvl in LEVELS, r
    assert (nid, code) not in seen, r
    seen.add((nid, code))
    if box[nid]:
        assert lvl == box[nid], r
for nid in {r[0] for r in g if not box[r[0]]}:
    assert len({r[2] for r in g if r[0] == nid}) == 1, nid
json.load(open("traps.json", encoding="utf-8"))
assert 85 <= len(n) <= 100, len(n)
print("OK")
