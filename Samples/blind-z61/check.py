#!/usr/bin/env python3
import csv, io, json, sys
CODES = set("EDU-ATT EDU-EXC EDU-NEET EDU-SEND EYD MH-CHILD MH-ADULT PH SUB REL-PAR REL-CONF DA SAFE-NEG SAFE-EXP CRIME HOUS FIN CARER".split())
LEVELS = {"blue", "green", "yellow", "orange", "red"}
def load(name, header):
    b = open(name, "rb").read()
    assert not b.startswith(b"\xef\xbb\xbf"), name + ": BOM"
    t = b.decode("utf-8")
    assert t.endswith("\r\n") and "\n" not in t.replace("\r\n", ""), name + ": not CRLF"
    rows = list(csv.reader(io.StringIO(t, newline="")))
    assert rows[0] == header, name + ": header"
    return rows[1:]
nar = load("narratives.csv", "narrative_id,triage_id,case_id,stage,date,level,locality,narrative".split(","))
gold = load("gold.csv", "narrative_id,code,level".split(","))
ids = [r[0] for r in nar]
assert len(ids) == len(set(ids)), "duplicate narrative ids"
box = {r[0]: r[5] for r in nar}
for r in nar:
    assert len(r) == 8 and r[7].strip(), r
    assert r[3] in ("assessment", "closure") and r[4][:4] in ("2025", "2026"), r
    if r[5]:
        assert r[5] in LEVELS and r[0] == f"{r[1]}-{r[5]}" and r[1] == f"{r[2]}-{r[3][0].upper()}", r
    else:
        assert r[0] == r[1], r
seen = set()
for n, c, l in gold:
    assert n in box, "gold row for missing narrative " + n
    assert c in CODES, c
    assert l in LEVELS, l
    assert (n, c) not in seen, (n, c)
    seen.add((n, c))
    if box[n]:
        assert l == box[n], (n, c, l)
unboxed_levels = {}
for n, c, l in gold:
    if not box[n]:
        unboxed_levels.setdefault(n, set()).add(l)
assert all(len(v) == 1 for v in unboxed_levels.values()), "unboxed note with several levels"
traps = json.load(open("traps.json", encoding="utf-8"))
assert set(traps) == set(ids)
print(len(nar), "narratives,", len(gold), "gold rows")
print("OK")
