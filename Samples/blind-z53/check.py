#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv, traps.json; print OK."""
import csv, io, json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
CODES = set("EDU-ATT EDU-EXC EDU-NEET EDU-SEND EYD MH-CHILD MH-ADULT PH SUB REL-PAR REL-CONF DA SAFE-NEG SAFE-EXP CRIME HOUS FIN CARER".split())
LEVELS = {"blue", "green", "yellow", "orange", "red"}

def load(name, header):
    raw = open(os.path.join(HERE, name), "rb").read()
    assert not raw.startswith(b"\xef\xbb\xbf"), name + ": BOM"
    text = raw.decode("utf-8")
    assert b"\n" not in raw.replace(b"\r\n", b""), name + ": bare LF"
    assert raw.endswith(b"\r\n"), name + ": no final CRLF"
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows[0] == header, name + ": header " + repr(rows[0])
    for r in rows[1:]:
        assert len(r) == len(header), name + ": bad row " + repr(r)
    return rows[1:]

nar = load("narratives.csv", ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"])
gold = load("gold.csv", ["narrative_id", "code", "level"])
ids = [r[0] for r in nar]
assert len(ids) == len(set(ids)), "duplicate narrative ids"
box = {}
for nid, tid, case, stage, date, level, loc, text in nar:
    assert stage in ("assessment", "closure"), nid
    assert date[:4] in ("2025", "2026"), nid
    assert text.strip(), nid
    if level:
        assert level in LEVELS, nid
        assert nid == f"{tid}-{level}" and tid.startswith(case + "-"), nid
        assert tid[-1] == ("A" if stage == "assessment" else "C"), nid
    else:
        assert tid == nid, nid
    box[nid] = level
seen = set()
for nid, code, level in gold:
    assert nid in box, "gold for unknown narrative " + nid
    assert code in CODES, "bad code " + code
    assert level in LEVELS, "bad level " + level
    assert (nid, code) not in seen, "duplicate " + nid + " " + code
    seen.add((nid, code))
    if box[nid]:
        assert level == box[nid], "level mismatch " + nid
ul = {}
for nid, code, level in gold:
    if not box[nid]:
        ul.setdefault(nid, set()).add(level)
assert all(len(v) == 1 for v in ul.values()), "unboxed narrative with several levels"
raw = open(os.path.join(HERE, "traps.json"), "rb").read()
assert not raw.startswith(b"\xef\xbb\xbf")
traps = json.loads(raw.decode("utf-8"))
assert set(traps) <= set(ids), "trap note for unknown narrative"
print(f"{len(nar)} narratives, {len(gold)} gold rows, {len(set(n[2] for n in nar))} cases")
print("OK")
