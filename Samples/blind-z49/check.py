#!/usr/bin/env python3
import csv, io, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
CODES = set("EDU-ATT EDU-EXC EDU-NEET EDU-SEND EYD MH-CHILD MH-ADULT PH SUB REL-PAR REL-CONF DA SAFE-NEG SAFE-EXP CRIME HOUS FIN CARER".split())
LEVELS = {"blue", "green", "yellow", "orange", "red"}
def load(name, header):
    raw = open(os.path.join(HERE, name), "rb").read()
    assert not raw.startswith(b"\xef\xbb\xbf"), name + ": BOM"
    txt = raw.decode("utf-8")
    assert "\n" not in txt.replace("\r\n", ""), name + ": bare LF"
    rows = list(csv.reader(io.StringIO(txt, newline="")))
    assert rows[0] == header, name + ": header " + repr(rows[0])
    return rows[1:]
N = load("narratives.csv", "narrative_id,triage_id,case_id,stage,date,level,locality,narrative".split(","))
G = load("gold.csv", "narrative_id,code,level".split(","))
ids = [r[0] for r in N]
assert len(ids) == len(set(ids)), "duplicate narrative ids"
box = {}
for r in N:
    assert len(r) == 8, r
    nid, tid, cid, stage, date, level, loc, text = r
    assert stage in ("assessment", "closure"), r
    assert date[:4] in ("2025", "2026"), r
    assert text.strip(), r
    if level:
        assert level in LEVELS, r
        assert nid == f"{tid}-{level}" and tid == cid + ("-A" if stage == "assessment" else "-C"), r
    else:
        assert tid == nid, r
    box[nid] = level
seen = set()
for r in G:
    assert len(r) == 3, r
    nid, code, level = r
    assert nid in box, "unknown narrative " + nid
    assert code in CODES, "bad code " + code
    assert level in LEVELS, "bad level " + level
    assert (nid, code) not in seen, "duplicate " + repr(r)
    seen.add((nid, code))
    if box[nid]:
        assert level == box[nid], "level mismatch " + repr(r)
lv = {}
for nid, code, level in G:
    lv.setdefault(nid, set()).add(level)
assert all(len(v) == 1 for v in lv.values()), "unboxed narrative with several levels"
assert 85 <= len(N) <= 100, len(N)
print("OK")
