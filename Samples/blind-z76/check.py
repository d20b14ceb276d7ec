#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv, traps.json; print counts; end with OK."""
import csv, io, json, os, sys
from collections import Counter

D = os.path.dirname(os.path.abspath(__file__))
CODES = set("EDU-ATT EDU-EXC EDU-NEET EDU-SEND EYD MH-CHILD MH-ADULT PH SUB REL-PAR REL-CONF DA SAFE-NEG SAFE-EXP CRIME HOUS FIN CARER".split())
LEVELS = ["blue", "green", "yellow", "orange", "red"]
NH = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
GH = ["narrative_id", "code", "level"]

def fail(m):
    print("FAIL:", m); sys.exit(1)

def load(name, header):
    raw = open(os.path.join(D, name), "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"): fail(f"{name} has BOM")
    txt = raw.decode("utf-8")
    if not raw.endswith(b"\r\n"): fail(f"{name} does not end with CRLF")
    if b"\n" in raw.replace(b"\r\n", b""): fail(f"{name} has bare LF")
    if b"\r" in raw.replace(b"\r\n", b""): fail(f"{name} has bare CR")
    rows = list(csv.reader(io.StringIO(txt, newline="")))
    if rows[0] != header: fail(f"{name} header {rows[0]}")
    for r in rows[1:]:
        if len(r) != len(header): fail(f"{name} row width {r}")
    return rows[1:]

nar = load("narratives.csv", NH)
gold = load("gold.csv", GH)
ids = [r[0] for r in nar]
if len(ids) != len(set(ids)): fail("duplicate narrative ids")
box = {}
for nid, tid, cid, stage, date, lvl, loc, text in nar:
    if stage not in ("assessment", "closure"): fail(f"stage {nid}")
    if not (date.startswith("2025-") or date.startswith("2026-")): fail(f"date {nid}")
    if lvl:
        if lvl not in LEVELS: fail(f"level {nid}")
        if nid != f"{tid}-{lvl}" or tid != f"{cid}-{'A' if stage == 'assessment' else 'C'}": fail(f"id pattern {nid}")
    else:
        if tid != nid: fail(f"unboxed triage id {nid}")
    if not text.strip(): fail(f"empty narrative {nid}")
    box[nid] = lvl
if len(set(r[6] for r in nar)) != 4: fail("expected four localities")
seen = set()
for nid, code, lvl in gold:
    if nid not in box: fail(f"gold id not in narratives: {nid}")
    if code not in CODES: fail(f"bad code {code}")
    if lvl not in LEVELS: fail(f"bad level {lvl}")
    if (nid, code) in seen: fail(f"duplicate {nid} {code}")
    seen.add((nid, code))
    if box[nid] and box[nid] != lvl: fail(f"box level mismatch {nid}")
ulev = {}
for nid, code, lvl in gold:
    if not box[nid]:
        ulev.setdefault(nid, set()).add(lvl)
for nid, s in ulev.items():
    if len(s) != 1: fail(f"unboxed note with several levels {nid}")
traps = json.load(open(os.path.join(D, "traps.json"), encoding="utf-8"))
if set(traps) != set(box): fail("traps.json keys differ from narratives")

# counts
print(f"narratives {len(nar)} (boxed {sum(1 for v in box.values() if v)}, unboxed {sum(1 for v in box.values() if not v)}); "
      f"cases {len(set(r[2] for r in nar if r[5]))}; triages {len(set(r[1] for r in nar if r[5]))}; gold rows {len(gold)}")
print("per code:", dict(sorted(Counter(r[1] for r in gold).items())))
print("per level:", dict(Counter(r[2] for r in gold)))
coded = {r[0] for r in gold}
print(f"narratives with >=1 present code {len(coded)}, with none {len(nar) - len(coded)}")
tt = Counter(t["type"] for v in traps.values() for t in v)
print("trap notes by type:", dict(tt))
real = [k for k, v in traps.items() if any(t["type"] != "conv" for t in v)]
print(f"narratives with a trap (neg/hist/hyp/outside/look/met): {len(real)} of {len(nar)}")
print("OK")
