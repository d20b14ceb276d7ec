#!/usr/bin/env python3
import csv, io, json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
CODES = set("EDU-ATT EDU-EXC EDU-NEET EDU-SEND EYD MH-CHILD MH-ADULT PH SUB REL-PAR REL-CONF DA SAFE-NEG SAFE-EXP CRIME HOUS FIN CARER".split())
LEVELS = {"blue", "green", "yellow", "orange", "red"}

def load(name, header):
    raw = open(os.path.join(HERE, name), "rb").read()
    assert not raw.startswith(b"\xef\xbb\xbf"), name + ": BOM"
    text = raw.decode("utf-8")
    assert "\r\n" in text and "\n" not in text.replace("\r\n", ""), name + ": not CRLF"
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows[0] == header.split(","), name + ": header"
    return rows[1:]

nar = load("narratives.csv", "narrative_id,triage_id,case_id,stage,date,level,locality,narrative")
gold = load("gold.csv", "narrative_id,code,level")
ids = [r[0] for r in nar]
assert len(ids) == len(set(ids)), "duplicate narrative ids"
box = {}
for nid, tid, case, stage, date, level, loc, text in nar:
    assert stage in ("assessment", "closure"), nid
    assert date[:4] in ("2025", "2026"), nid
    assert level in LEVELS or level == "", nid
    assert text.strip(), nid
    if level:
        assert nid == f"{tid}-{level}" and tid[:-2] == case and tid[-2:] in ("-A", "-C"), nid
        assert (tid[-1] == "A") == (stage == "assessment"), nid
    else:
        assert tid == nid, nid
    box[nid] = level
seen = set()
for nid, code, level in gold:
    assert nid in box, "gold for unknown narrative " + nid
    assert code in CODES, code
    assert level in LEVELS, level
    assert (nid, code) not in seen, ("dup", nid, code)
    seen.add((nid, code))
    if box[nid]:
        assert level == box[nid], ("box level", nid)
for nid in {g[0] for g in gold if not box[g[0]]}:
    assert len({g[2] for g in gold if g[0] == nid}) == 1, ("one level per unboxed", nid)
traps = json.load(open(os.path.join(HERE, "traps.json"), encoding="utf-8"))
assert all(k in box for k in traps)
assert 85 <= len(nar) <= 100, len(nar)
print("OK")
