#!/usr/bin/env python3
import csv, io, os, sys
D = os.path.dirname(os.path.abspath(__file__))
CODES = set("EDU-ATT EDU-EXC EDU-NEET EDU-SEND EYD MH-CHILD MH-ADULT PH SUB REL-PAR REL-CONF DA SAFE-NEG SAFE-EXP CRIME HOUS FIN CARER".split())
LEVELS = {"blue", "green", "yellow", "orange", "red"}
def load(name, header):
    raw = open(os.path.join(D, name), "rb").read()
    assert not raw.startswith(b"\xef\xbb\xbf"), name + " has BOM"
    txt = raw.decode("utf-8")
    assert "\n" not in txt.replace("\r\n", ""), name + " has bare LF"
    rows = list(csv.reader(io.StringIO(txt, newline="")))
    assert rows[0] == header, (name, rows[0])
    return rows[1:]
nar = load("narratives.csv", "narrative_id,triage_id,case_id,stage,date,level,locality,narrative".split(","))
gold = load("gold.csv", "narrative_id,code,level".split(","))
ids = [r[0] for r in nar]
assert len(ids) == len(set(ids)), "duplicate narrative ids"
box = {}
for nid, tid, cid, stage, date, level, loc, text in nar:
    assert stage in ("assessment", "closure"), nid
    assert date[:4] in ("2025", "2026"), nid
    assert level == "" or level in LEVELS, nid
    if level:
        assert nid == f"{tid}-{level}" and tid in (cid + "-A", cid + "-C"), nid
        assert stage == ("assessment" if tid.endswith("-A") else "closure"), nid
    else:
        assert tid == nid, nid
    assert text.strip(), nid
    box[nid] = level
seen = set()
for nid, code, level in gold:
    assert nid in box, "gold row for unknown narrative " + nid
    assert code in CODES, code
    assert level in LEVELS, level
    assert (nid, code) not in seen, ("dup", nid, code)
    seen.add((nid, code))
    if box[nid]:
        assert level == box[nid], ("box level mismatch", nid)
ul = {}
for nid, code, level in gold:
    if not box[nid]:
        ul.setdefault(nid, set()).add(level)
assert all(len(v) == 1 for v in ul.values()), "unboxed note with more than one level"
assert 85 <= len(nar) <= 100, len(nar)
print("OK")
