#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv, traps.json; prints OK at the end."""
import csv, io, json, os, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = set("EDU-ATT EDU-EXC EDU-NEET EDU-SEND EYD MH-CHILD MH-ADULT PH SUB REL-PAR "
            "REL-CONF DA SAFE-NEG SAFE-EXP CRIME HOUS FIN CARER".split())
LEVELS = ["blue", "green", "yellow", "orange", "red"]
NH = ["narrative_id","triage_id","case_id","stage","date","level","locality","narrative"]
GH = ["narrative_id","code","level"]

def fail(msg):
    print("FAIL:", msg); sys.exit(1)

def load(name, header):
    raw = open(os.path.join(HERE, name), "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"): fail(f"{name}: BOM")
    try: text = raw.decode("utf-8")
    except UnicodeDecodeError: fail(f"{name}: not UTF-8")
    if not raw.endswith(b"\r\n"): fail(f"{name}: does not end with CRLF")
    if b"\n" in raw.replace(b"\r\n", b""): fail(f"{name}: bare LF")
    if b"\r" in raw.replace(b"\r\n", b""): fail(f"{name}: bare CR")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if rows[0] != header: fail(f"{name}: header {rows[0]}")
    for r in rows[1:]:
        if len(r) != len(header): fail(f"{name}: bad row {r}")
    return rows[1:]

nar = load("narratives.csv", NH)
gold = load("gold.csv", GH)

ids = [r[0] for r in nar]
dups = [k for k, v in Counter(ids).items() if v > 1]
if dups: fail(f"duplicate narrative ids {dups}")
info = {r[0]: r for r in nar}
cases, triages = set(), set()
for nid, tid, case, stage, date, lvl, loc, text in nar:
    if stage not in ("assessment", "closure"): fail(f"{nid}: stage {stage}")
    if not (date.startswith("2025-") or date.startswith("2026-")) or len(date) != 10: fail(f"{nid}: date {date}")
    if not text.strip(): fail(f"{nid}: empty narrative")
    if lvl:
        if lvl not in LEVELS: fail(f"{nid}: level {lvl}")
        st = "A" if stage == "assessment" else "C"
        if tid != f"{case}-{st}" or nid != f"{tid}-{lvl}": fail(f"{nid}: id pattern")
    else:
        if tid != nid: fail(f"{nid}: unboxed triage_id must equal narrative_id")
    cases.add(case); triages.add(tid)

seen = set()
for nid, code, lvl in gold:
    if nid not in info: fail(f"gold {nid} not in narratives")
    if code not in CODES: fail(f"{nid}: unknown code {code}")
    if lvl not in LEVELS: fail(f"{nid}: gold level {lvl}")
    if (nid, code) in seen: fail(f"duplicate gold ({nid},{code})")
    seen.add((nid, code))
    box = info[nid][5]
    if box and box != lvl: fail(f"{nid}: gold level {lvl} != box {box}")
# unboxed narrative: one level for all its codes
ul = {}
for nid, code, lvl in gold:
    if not info[nid][5]:
        ul.setdefault(nid, set()).add(lvl)
for nid, s in ul.items():
    if len(s) != 1: fail(f"{nid}: unboxed note has several levels {s}")

traps = json.load(open(os.path.join(HERE, "traps.json"), encoding="utf-8"))
for k in traps:
    if k not in info: fail(f"traps.json: {k} not a narrative")

if not 85 <= len(nar) <= 100: fail(f"{len(nar)} narratives, expected 85-100")
missing = CODES - {c for _, c, _ in gold}
if missing: fail(f"codes never used: {sorted(missing)}")

boxed = sum(1 for r in nar if r[5]); unboxed = len(nar) - boxed
print(f"{len(nar)} narratives ({boxed} boxed in {len(triages) - unboxed} triages, {unboxed} unboxed), "
      f"{len(gold)} gold rows, {len(traps)} trap notes")
for c, n in sorted(Counter(c for _, c, _ in gold).items()): print(f"  {c:9s} {n}")
print("OK")
