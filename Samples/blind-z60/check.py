#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv, traps.json; print OK at the end."""
import csv, io, json, sys

CODES = set("EDU-ATT EDU-EXC EDU-NEET EDU-SEND EYD MH-CHILD MH-ADULT PH SUB REL-PAR "
            "REL-CONF DA SAFE-NEG SAFE-EXP CRIME HOUS FIN CARER".split())
LEVELS = {"blue", "green", "yellow", "orange", "red"}

def load(name, header):
    raw = open(name, "rb").read()
    assert not raw.startswith(b"\xef\xbb\xbf"), name + ": BOM"
    text = raw.decode("utf-8")
    assert "\n" not in text.replace("\r\n", ""), name + ": bare LF"
    assert text.endswith("\r\n"), name + ": no final CRLF"
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows[0] == header, name + ": header " + repr(rows[0])
    return rows[1:]

nar = load("narratives.csv", ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"])
gold = load("gold.csv", ["narrative_id", "code", "level"])
ids, box = set(), {}
for nid, tid, case, stage, date, level, loc, text in nar:
    assert nid not in ids, "duplicate id " + nid
    ids.add(nid)
    assert stage in ("assessment", "closure"), nid
    assert date[:4] in ("2025", "2026"), nid
    assert text.strip(), nid
    if level:
        assert level in LEVELS, nid
        assert nid == f"{tid}-{level}" and tid == case + ("-A" if stage == "assessment" else "-C"), nid
    else:
        assert tid == nid, nid
    box[nid] = level
assert len({r[6] for r in nar}) == 4, "expected four localities"
seen = set()
for nid, code, level in gold:
    assert nid in ids, "gold id not in narratives: " + nid
    assert code in CODES, "bad code " + code
    assert level in LEVELS, "bad level " + level
    assert (nid, code) not in seen, "duplicate " + nid + " " + code
    seen.add((nid, code))
    if box[nid]:
        assert level == box[nid], "box level mismatch " + nid
lv = {}
for nid, code, level in gold:
    lv.setdefault(nid, set()).add(level)
assert all(len(v) == 1 for v in lv.values()), "one level per narrative"
traps = json.load(open("traps.json", encoding="utf-8"))
assert set(traps) <= ids, "traps.json id unknown"
assert {r[1] for r in gold} == CODES, "not every code represented"
print(len(nar), "narratives;", len(gold), "gold rows")
print("OK")
