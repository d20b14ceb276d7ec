#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv and traps.json; prints OK."""
import csv, io, json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
CODES = set("EDU-ATT EDU-EXC EDU-NEET EDU-SEND EYD MH-CHILD MH-ADULT PH SUB REL-PAR REL-CONF DA SAFE-NEG SAFE-EXP CRIME HOUS FIN CARER".split())
LEVELS = ["blue", "green", "yellow", "orange", "red"]
errs = []
def load(name, header):
    raw = open(os.path.join(HERE, name), "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"): errs.append(f"{name}: BOM")
    txt = raw.decode("utf-8")
    if "\n" in txt.replace("\r\n", ""): errs.append(f"{name}: bare LF")
    if "\r" in txt.replace("\r\n", ""): errs.append(f"{name}: bare CR")
    if not txt.endswith("\r\n"): errs.append(f"{name}: no final CRLF")
    rows = list(csv.reader(io.StringIO(txt, newline="")))
    if rows[0] != header: errs.append(f"{name}: header {rows[0]}")
    for r in rows[1:]:
        if len(r) != len(header): errs.append(f"{name}: bad row {r}")
    return [dict(zip(header, r)) for r in rows[1:]]
N = load("narratives.csv", ["narrative_id","triage_id","case_id","stage","date","level","locality","narrative"])
G = load("gold.csv", ["narrative_id","code","level"])
ids = [n["narrative_id"] for n in N]
if len(ids) != len(set(ids)): errs.append("duplicate narrative ids")
byid = {n["narrative_id"]: n for n in N}
for n in N:
    if n["level"] and n["level"] not in LEVELS: errs.append(f"bad box level {n}")
    if n["stage"] not in ("assessment", "closure"): errs.append(f"bad stage {n['narrative_id']}")
    if not (n["date"].startswith("2025-") or n["date"].startswith("2026-")): errs.append(f"bad date {n['narrative_id']}")
    if n["level"]:
        exp = f"{n['triage_id']}-{n['level']}"
        if n["narrative_id"] != exp: errs.append(f"id mismatch {n['narrative_id']}")
        if n["triage_id"] != n["case_id"] + ("-A" if n["stage"] == "assessment" else "-C"): errs.append(f"triage mismatch {n['narrative_id']}")
    else:
        if n["triage_id"] != n["narrative_id"]: errs.append(f"unboxed triage id {n['narrative_id']}")
    if not n["narrative"].strip(): errs.append(f"empty narrative {n['narrative_id']}")
seen = set()
unboxed_levels = {}
for g in G:
    nid = g["narrative_id"]
    if nid not in byid: errs.append(f"gold for unknown narrative {nid}"); continue
    if g["code"] not in CODES: errs.append(f"bad code {g}")
    if g["level"] not in LEVELS: errs.append(f"bad level {g}")
    if (nid, g["code"]) in seen: errs.append(f"duplicate {nid} {g['code']}")
    seen.add((nid, g["code"]))
    box = byid[nid]["level"]
    if box and g["level"] != box: errs.append(f"level != box for {nid}")
    if not box: unboxed_levels.setdefault(nid, set()).add(g["level"])
for nid, s in unboxed_levels.items():
    if len(s) != 1: errs.append(f"unboxed {nid} has several levels {s}")
T = json.load(open(os.path.join(HERE, "traps.json"), encoding="utf-8"))
for t in T:
    if t["narrative_id"] not in byid: errs.append(f"trap for unknown {t['narrative_id']}")
if not (85 <= len(N) <= 100): errs.append(f"narrative count {len(N)}")
if errs:
    print("\n".join(errs)); sys.exit(1)
print("OK")
