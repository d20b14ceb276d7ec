#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv, traps.json. Prints OK on success."""
import csv, io, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = set("EDU-ATT EDU-EXC EDU-NEET EDU-SEND EYD MH-CHILD MH-ADULT PH SUB REL-PAR REL-CONF DA "
            "SAFE-NEG SAFE-EXP CRIME HOUS FIN CARER".split())
LEVELS = {"blue", "green", "yellow", "orange", "red"}
errs = []

def load(name, header):
    raw = open(os.path.join(HERE, name), "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        errs.append(f"{name}: BOM")
    text = raw.decode("utf-8")
    if "\n" in text.replace("\r\n", ""):
        errs.append(f"{name}: bare LF")
    if "\r" in text.replace("\r\n", ""):
        errs.append(f"{name}: bare CR")
    if not text.endswith("\r\n"):
        errs.append(f"{name}: no final CRLF")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if rows[0] != header:
        errs.append(f"{name}: header {rows[0]}")
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(header):
            errs.append(f"{name}:{i}: {len(r)} fields")
    return [dict(zip(header, r)) for r in rows[1:]]

N = load("narratives.csv", ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"])
G = load("gold.csv", ["narrative_id", "code", "level"])

ids = [r["narrative_id"] for r in N]
if len(ids) != len(set(ids)):
    errs.append("duplicate narrative ids")
byid = {r["narrative_id"]: r for r in N}
for r in N:
    nid, lvl = r["narrative_id"], r["level"]
    if lvl:
        if lvl not in LEVELS:
            errs.append(f"{nid}: bad box level {lvl}")
        if nid != f"{r['triage_id']}-{lvl}":
            errs.append(f"{nid}: id does not match triage_id-level")
        st = {"A": "assessment", "C": "closure"}.get(r["triage_id"].rsplit("-", 1)[-1])
        if r["triage_id"] != r["case_id"] + "-" + r["triage_id"].rsplit("-", 1)[-1] or st != r["stage"]:
            errs.append(f"{nid}: triage/case/stage mismatch")
    elif r["triage_id"] != nid:
        errs.append(f"{nid}: unboxed triage_id should equal narrative_id")
    if not (r["date"][:4] in ("2025", "2026") and len(r["date"]) == 10):
        errs.append(f"{nid}: date {r['date']}")
    if not r["narrative"].strip():
        errs.append(f"{nid}: empty narrative")
if len(set(r["locality"] for r in N)) != 4:
    errs.append("expected four localities")
if not 85 <= len(N) <= 100:
    errs.append(f"{len(N)} narratives, expected 85-100")

seen = set()
for g in G:
    nid, code, lvl = g["narrative_id"], g["code"], g["level"]
    if nid not in byid:
        errs.append(f"gold {nid}: no such narrative")
        continue
    if code not in CODES:
        errs.append(f"gold {nid}: bad code {code}")
    if lvl not in LEVELS:
        errs.append(f"gold {nid}: bad level {lvl}")
    if (nid, code) in seen:
        errs.append(f"gold {nid}: duplicate {code}")
    seen.add((nid, code))
    box = byid[nid]["level"]
    if box and box != lvl:
        errs.append(f"gold {nid}: level {lvl} != box {box}")
# one level per unboxed narrative
ul = {}
for g in G:
    if g["narrative_id"] in byid and not byid[g["narrative_id"]]["level"]:
        ul.setdefault(g["narrative_id"], set()).add(g["level"])
for nid, s in ul.items():
    if len(s) != 1:
        errs.append(f"{nid}: unboxed with several levels")

traps = json.load(open(os.path.join(HERE, "traps.json"), encoding="utf-8"))
for nid in traps:
    if nid not in byid:
        errs.append(f"traps: unknown {nid}")

if errs:
    print("\n".join(errs))
    sys.exit(1)
print("OK")
