#!/usr/bin/env python3
import csv, io, json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
CODES = set("EDU-ATT EDU-EXC EDU-NEET EDU-SEND EYD MH-CHILD MH-ADULT PH SUB REL-PAR REL-CONF DA SAFE-NEG SAFE-EXP CRIME HOUS FIN CARER".split())
LEVELS = {"blue","green","yellow","orange","red"}
def fail(m): print("FAIL:", m); sys.exit(1)
def load(name, header):
    raw = open(os.path.join(HERE, name), "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"): fail(f"{name}: BOM")
    text = raw.decode("utf-8")
    if "\n" in text.replace("\r\n", ""): fail(f"{name}: bare LF")
    if "\r" in text.replace("\r\n", ""): fail(f"{name}: bare CR")
    if not text.endswith("\r\n"): fail(f"{name}: no final CRLF")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if rows[0] != header: fail(f"{name}: header {rows[0]}")
    for r in rows[1:]:
        if len(r) != len(header): fail(f"{name}: bad row {r}")
    return rows[1:]
nar = load("narratives.csv", ["narrative_id","triage_id","case_id","stage","date","level","locality","narrative"])
gold = load("gold.csv", ["narrative_id","code","level"])
ids = [r[0] for r in nar]
if len(ids) != len(set(ids)): fail("duplicate narrative ids")
if not 85 <= len(nar) <= 100: fail(f"{len(nar)} narratives")
box = {}
locs = set()
for nid, tid, case, stage, date, lvl, loc, text in nar:
    locs.add(loc)
    if stage not in ("assessment","closure"): fail(f"{nid}: stage")
    if not (date.startswith("2025-") or date.startswith("2026-")) or len(date) != 10: fail(f"{nid}: date")
    if not text.strip(): fail(f"{nid}: empty text")
    if lvl:
        if lvl not in LEVELS: fail(f"{nid}: level {lvl}")
        s = "A" if stage == "assessment" else "C"
        if tid != f"{case}-{s}" or nid != f"{tid}-{lvl}": fail(f"{nid}: id pattern")
    else:
        if not (tid == nid == case): fail(f"{nid}: unboxed id pattern")
    box[nid] = lvl
if len(locs) != 4: fail(f"localities {locs}")
seen = set()
unboxed_lv = {}
for nid, code, lvl in gold:
    if nid not in box: fail(f"gold {nid} not in narratives")
    if code not in CODES: fail(f"bad code {code}")
    if lvl not in LEVELS: fail(f"bad level {lvl}")
    if (nid, code) in seen: fail(f"duplicate {nid} {code}")
    seen.add((nid, code))
    if box[nid] and box[nid] != lvl: fail(f"{nid}: gold level {lvl} != box {box[nid]}")
    if not box[nid]:
        if unboxed_lv.setdefault(nid, lvl) != lvl: fail(f"{nid}: unboxed note with several levels")
traps = json.load(open(os.path.join(HERE, "traps.json"), encoding="utf-8"))
for k in traps:
    if k not in box: fail(f"trap for unknown {k}")
print(f"{len(nar)} narratives, {len(gold)} gold rows, {len(traps)} with traps")
print("OK")
