#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv, traps.json; prints OK at the end."""
import csv, io, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = set("EDU-ATT EDU-EXC EDU-NEET EDU-SEND EYD MH-CHILD MH-ADULT PH SUB REL-PAR "
            "REL-CONF DA SAFE-NEG SAFE-EXP CRIME HOUS FIN CARER".split())
LEVELS = ["blue", "green", "yellow", "orange", "red"]
errs = []


def load(name, header):
    raw = open(os.path.join(HERE, name), "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        errs.append(f"{name}: BOM")
    text = raw.decode("utf-8")
    if re.search(r"(?<!\r)\n", text) or re.search(r"\r(?!\n)", text):
        errs.append(f"{name}: not CRLF")
    if not text.endswith("\r\n"):
        errs.append(f"{name}: no final CRLF")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if rows[0] != header:
        errs.append(f"{name}: bad header {rows[0]}")
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(header):
            errs.append(f"{name}:{i}: {len(r)} fields")
    return [dict(zip(header, r)) for r in rows[1:]]


N = load("narratives.csv", "narrative_id,triage_id,case_id,stage,date,level,locality,narrative".split(","))
G = load("gold.csv", "narrative_id,code,level".split(","))

ids = [n["narrative_id"] for n in N]
if len(ids) != len(set(ids)):
    errs.append("duplicate narrative ids")
byid = {n["narrative_id"]: n for n in N}
locs = set()
for n in N:
    nid, lv = n["narrative_id"], n["level"]
    locs.add(n["locality"])
    if n["stage"] not in ("assessment", "closure"):
        errs.append(f"{nid}: stage")
    if not re.fullmatch(r"202[56]-\d\d-\d\d", n["date"]):
        errs.append(f"{nid}: date {n['date']}")
    if not n["narrative"].strip():
        errs.append(f"{nid}: empty text")
    if lv:
        if lv not in LEVELS:
            errs.append(f"{nid}: box level {lv}")
        st = "A" if n["stage"] == "assessment" else "C"
        if n["triage_id"] != f"{n['case_id']}-{st}" or nid != f"{n['triage_id']}-{lv}":
            errs.append(f"{nid}: boxed id pattern")
    else:
        if n["triage_id"] != nid:
            errs.append(f"{nid}: unboxed triage_id must equal narrative_id")
if len(locs) != 4:
    errs.append(f"localities: {sorted(locs)}")

seen = set()
unb_level = {}
for g in G:
    nid, c, lv = g["narrative_id"], g["code"], g["level"]
    if nid not in byid:
        errs.append(f"gold {nid}: no narrative")
        continue
    if c not in CODES:
        errs.append(f"gold {nid}: code {c}")
    if lv not in LEVELS:
        errs.append(f"gold {nid}: level {lv}")
    if (nid, c) in seen:
        errs.append(f"gold {nid}: duplicate {c}")
    seen.add((nid, c))
    box = byid[nid]["level"]
    if box and lv != box:
        errs.append(f"gold {nid}: level {lv} != box {box}")
    if not box:
        if unb_level.setdefault(nid, lv) != lv:
            errs.append(f"gold {nid}: unboxed note with more than one level")

unboxed = [n for n in N if not n["level"]]
if not 85 <= len(N) <= 100:
    errs.append(f"narrative count {len(N)}")
if len(unboxed) < 50:
    errs.append(f"only {len(unboxed)} unboxed")
missing = CODES - {g["code"] for g in G}
if missing:
    errs.append(f"codes never used: {sorted(missing)}")

traps = json.load(open(os.path.join(HERE, "traps.json"), encoding="utf-8"))
for k in traps:
    if k not in byid:
        errs.append(f"traps: unknown {k}")

if errs:
    print("\n".join(errs))
    sys.exit(1)
print(f"{len(N)} narratives ({len(unboxed)} unboxed), {len(G)} gold rows")
print("OK")
