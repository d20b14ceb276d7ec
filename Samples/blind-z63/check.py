#!/usr/bin/env python3
import csv, io, json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
CODES = set("EDU-ATT EDU-EXC EDU-NEET EDU-SEND EYD MH-CHILD MH-ADULT PH SUB REL-PAR REL-CONF DA SAFE-NEG SAFE-EXP CRIME HOUS FIN CARER".split())
LEVELS = {"blue", "green", "yellow", "orange", "red"}
def fail(m): print("FAIL:", m); sys.exit(1)
def load(name, header):
    raw = open(os.path.join(HERE, name), "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"): fail(f"{name} has BOM")
    txt = raw.decode("utf-8")
    if txt.replace("\r\n", "").count("\n") or txt.replace("\r\n", "").count("\r"): fail(f"{name} not CRLF")
    rows = list(csv.reader(io.StringIO(txt, newline="")))
    if rows[0] != header: fail(f"{name} header {rows[0]}")
    return rows[1:]
nar = load("narratives.csv", "narrative_id,triage_id,case_id,stage,date,level,locality,narrative".split(","))
gold = load("gold.csv", "narrative_id,code,level".split(","))
ids = [r[0] for r in nar]
if len(ids) != len(set(ids)): fail("duplicate narrative ids")
box = {}
for r in nar:
    if len(r) != 8: fail(f"bad row {r[0]}")
    nid, tid, cid, stage, date, lvl, loc, text = r
    if stage not in ("assessment", "closure"): fail(f"stage {nid}")
    if not (date.startswith("2025-") or date.startswith("2026-")): fail(f"date {nid}")
    if lvl and lvl not in LEVELS: fail(f"level {nid}")
    if lvl and nid != f"{tid}-{lvl}": fail(f"id form {nid}")
    if not lvl and tid != nid: fail(f"unboxed triage id {nid}")
    if not text.strip(): fail(f"empty {nid}")
    box[nid] = lvl
seen = set()
for nid, code, lvl in gold:
    if nid not in box: fail(f"gold {nid} missing narrative")
    if code not in CODES: fail(f"code {code}")
    if lvl not in LEVELS: fail(f"gold level {lvl}")
    if (nid, code) in seen: fail(f"dup {nid} {code}")
    seen.add((nid, code))
    if box[nid] and box[nid] != lvl: fail(f"box level mismatch {nid}")
unb = {}
for nid, code, lvl in gold:
    if not box[nid]: unb.setdefault(nid, set()).add(lvl)
if any(len(v) > 1 for v in unb.values()): fail("unboxed note with >1 level")
missing = CODES - {c for _, c, _ in gold}
if missing: fail(f"codes unused: {missing}")
for t in json.load(open(os.path.join(HERE, "traps.json"), encoding="utf-8")):
    if t["narrative_id"] not in box: fail("trap id")
print(f"{len(nar)} narratives, {len(gold)} gold rows")
print("OK")
