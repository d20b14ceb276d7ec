#!/usr/bin/env python3
import csv, io, os, sys
here = os.path.dirname(os.path.abspath(__file__))
CODES = set("EDU-ATT EDU-EXC EDU-NEET EDU-SEND EYD MH-CHILD MH-ADULT PH SUB REL-PAR REL-CONF DA SAFE-NEG SAFE-EXP CRIME HOUS FIN CARER".split())
LEVELS = {"blue", "green", "yellow", "orange", "red"}
def load(name, header):
    raw = open(os.path.join(here, name), "rb").read()
    assert not raw.startswith(b"\xef\xbb\xbf"), f"{name}: BOM"
    text = raw.decode("utf-8")
    assert "\n" not in text.replace("\r\n", ""), f"{name}: bare LF"
    assert "\r" not in text.replace("\r\n", ""), f"{name}: bare CR"
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows[0] == header, f"{name}: header {rows[0]}"
    return rows[1:]
N = load("narratives.csv", "narrative_id,triage_id,case_id,stage,date,level,locality,narrative".split(","))
G = load("gold.csv", "narrative_id,code,level".split(","))
ids = [r[0] for r in N]
assert len(ids) == len(set(ids)), "duplicate narrative ids"
box = {}
for r in N:
    assert len(r) == 8, r
    nid, tid, case, stage, date, level, loc, text = r
    assert stage in ("assessment", "closure"), r
    assert date[:4] in ("2025", "2026"), r
    assert level == "" or level in LEVELS, r
    assert text.strip(), r
    if level:
        assert nid == f"{tid}-{level}" and tid.startswith(case + "-") and tid[-1] == stage[0].upper(), r
    else:
        assert tid == nid, r
    box[nid] = level
seen = set()
for r in G:
    assert len(r) == 3, r
    nid, code, level = r
    assert nid in box, f"gold for unknown narrative {nid}"
    assert code in CODES, r
    assert level in LEVELS, r
    assert (nid, code) not in seen, f"duplicate {r}"
    seen.add((nid, code))
    if box[nid]:
        assert level == box[nid], f"level mismatch {r}"
ul = {}
for nid, code, level in G:
    if not box[nid]:
        ul.setdefault(nid, set()).add(level)
assert all(len(v) == 1 for v in ul.values()), "unboxed note with several levels"
assert 85 <= len(N) <= 100, len(N)
print(f"{len(N)} narratives, {len(G)} gold rows")
print("OK")
