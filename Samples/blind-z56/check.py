#!/usr/bin/env python3
import csv, io, json, sys
CODES = set("EDU-ATT EDU-EXC EDU-NEET EDU-SEND EYD MH-CHILD MH-ADULT PH SUB REL-PAR REL-CONF DA SAFE-NEG SAFE-EXP CRIME HOUS FIN CARER".split())
LEVELS = {"blue", "green", "yellow", "orange", "red"}
def load(name, header):
    b = open(name, "rb").read()
    assert not b.startswith(b"\xef\xbb\xbf"), name + ": BOM"
    t = b.decode("utf-8")
    assert "\n" not in t.replace("\r\n", ""), name + ": bare LF"
    rows = list(csv.reader(io.StringIO(t, newline="")))
    assert rows[0] == header, name + ": header"
    return rows[1:]
nar = load("narratives.csv", ["narrative_id","triage_id","case_id","stage","date","level","locality","narrative"])
gold = load("gold.csv", ["narrative_id","code","level"])
ids = [r[0] for r in nar]
assert len(ids) == len(set(ids)), "duplicate narrative ids"
box = {}
for r in nar:
    assert len(r) == 8, r
    nid, tid, case, stage, date, lvl = r[:6]
    assert stage in ("assessment", "closure"), r
    assert date[:4] in ("2025", "2026"), r
    assert lvl == "" or lvl in LEVELS, r
    if lvl:
        assert nid == tid + "-" + lvl and tid.startswith(case + "-"), r
        assert tid[-1] == ("A" if stage == "assessment" else "C"), r
    else:
        assert tid == nid == case, r
    assert r[7].strip(), r
    box[nid] = lvl
seen = set()
for r in gold:
    assert len(r) == 3, r
    nid, code, lvl = r
    assert nid in box, "unknown narrative " + nid
    assert code in CODES, "bad code " + code
    assert lvl in LEVELS, "bad level " + lvl
    assert (nid, code) not in seen, "duplicate " + nid + " " + code
    seen.add((nid, code))
    if box[nid]:
        assert lvl == box[nid], "level mismatch " + nid
ul = {}
for nid, code, lvl in gold:
    if not box[nid]:
        ul.setdefault(nid, set()).add(lvl)
assert all(len(v) == 1 for v in ul.values()), "unboxed narrative with several levels"
traps = json.load(open("traps.json", encoding="utf-8"))
assert set(traps) <= set(box), "trap for unknown narrative"
print("OK")
