#!/usr/bin/env python3
import csv, io, json, os, collections
HERE = os.path.dirname(os.path.abspath(__file__))
CODES = set("EDU-ATT EDU-EXC EDU-NEET EDU-SEND EYD MH-CHILD MH-ADULT PH SUB REL-PAR REL-CONF DA SAFE-NEG SAFE-EXP CRIME HOUS FIN CARER".split())
LEVELS = {"blue", "green", "yellow", "orange", "red"}

def load(name, head):
    raw = open(os.path.join(HERE, name), "rb").read()
    assert not raw.startswith(b"\xef\xbb\xbf"), name + " has BOM"
    txt = raw.decode("utf-8")
    assert txt.count("\n") == txt.count("\r\n"), name + " not CRLF"
    rows = list(csv.reader(io.StringIO(txt, newline="")))
    assert rows[0] == head, name + " bad header"
    return rows[1:]

N = load("narratives.csv", ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"])
G = load("gold.csv", ["narrative_id", "code", "level"])
ids = [r[0] for r in N]
assert len(ids) == len(set(ids)), "duplicate narrative ids"
box = {}
for nid, tid, case, stage, date, lvl, loc, text in N:
    assert stage in ("assessment", "closure")
    assert date[:4] in ("2025", "2026")
    assert text.strip()
    if lvl:
        assert lvl in LEVELS
        assert tid == f"{case}-{'A' if stage == 'assessment' else 'C'}" and nid == f"{tid}-{lvl}", nid
    else:
        assert tid == nid
    box[nid] = lvl
seen = set()
for nid, code, lvl in G:
    assert nid in box, "unknown narrative " + nid
    assert code in CODES, code
    assert lvl in LEVELS, lvl
    assert (nid, code) not in seen, (nid, code)
    seen.add((nid, code))
    if box[nid]:
        assert lvl == box[nid], (nid, lvl)
lv = collections.defaultdict(set)
for nid, code, lvl in G:
    lv[nid].add(lvl)
assert all(len(s) == 1 for s in lv.values()), "unboxed note with several levels"
t = json.load(open(os.path.join(HERE, "traps.json"), encoding="utf-8"))
assert set(t) <= set(box)
print(len(N), "narratives;", len(G), "gold rows;", len(t), "with traps")
print(dict(sorted(collections.Counter(r[1] for r in G).items())))
print("OK")
