#!/usr/bin/env python3
"""Validate the z81 blind gold set; prints OK at the end."""
import csv, io, json, os, sys
from collections import Counter

D = os.path.dirname(os.path.abspath(__file__))
CODES = set("EDU-ATT EDU-EXC EDU-NEET EDU-SEND EYD MH-CHILD MH-ADULT PH SUB REL-PAR "
            "REL-CONF DA SAFE-NEG SAFE-EXP CRIME HOUS FIN CARER".split())
LEVELS = {"blue", "green", "yellow", "orange", "red"}

def load(name, header):
    raw = open(os.path.join(D, name), "rb").read()
    assert not raw.startswith(b"\xef\xbb\xbf"), f"{name}: BOM"
    text = raw.decode("utf-8")
    assert "\n" not in text.replace("\r\n", ""), f"{name}: bare LF"
    assert "\r" not in text.replace("\r\n", ""), f"{name}: bare CR"
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows[0] == header, f"{name}: header {rows[0]}"
    for r in rows[1:]:
        assert len(r) == len(header), f"{name}: bad row {r}"
    return rows[1:]

narr = load("narratives.csv", ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"])
gold = load("gold.csv", ["narrative_id", "code", "level"])
ids = [r[0] for r in narr]
assert len(ids) == len(set(ids)), "duplicate narrative ids"
box = {}
for nid, tid, cid, stage, date, level, loc, text in narr:
    assert stage in ("assessment", "closure"), nid
    assert date[:4] in ("2025", "2026") and len(date) == 10, nid
    assert text.strip(), nid
    if level:
        assert level in LEVELS, nid
        s = "A" if stage == "assessment" else "C"
        assert tid == f"{cid}-{s}" and nid == f"{tid}-{level}", nid
    else:
        assert tid == nid == cid, nid
    box[nid] = level
assert 85 <= len(narr) <= 100, len(narr)
assert len({r[6] for r in narr}) == 4, "expected four localities"
seen = set()
for nid, code, level in gold:
    assert nid in box, f"gold for unknown narrative {nid}"
    assert code in CODES, code
    assert level in LEVELS, level
    assert (nid, code) not in seen, f"duplicate {nid} {code}"
    seen.add((nid, code))
    if box[nid]:
        assert level == box[nid], f"{nid}: level {level} != box {box[nid]}"
# one level per unboxed narrative
ul = {}
for nid, code, level in gold:
    if not box[nid]:
        assert ul.setdefault(nid, level) == level, f"{nid}: several levels"
traps = json.load(open(os.path.join(D, "traps.json"), encoding="utf-8"))
assert all(k in box for k in traps), "trap note for unknown narrative"
if "-v" in sys.argv:
    print(len(narr), "narratives;", len(gold), "gold rows;",
          len({r[2] for r in narr if r[5]}), "cases;", sum(1 for v in box.values() if not v), "unboxed")
    print(sorted(Counter(c for _, c, _ in gold).items()))
    print("narratives without gold:", sum(1 for n in box if n not in {g[0] for g in gold}))
    kinds = Counter()
    for n, tl in traps.items():
        for k in {t.split(":")[0] for t in tl}:
            kinds[k] += 1
    print(sorted(kinds.items()))
print("OK")
