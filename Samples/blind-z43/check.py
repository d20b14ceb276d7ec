#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv and traps.json; print OK at the end."""
import csv, io, json, os, re, sys

D = os.path.dirname(os.path.abspath(__file__))
CODES = set("EDU-ATT EDU-EXC EDU-NEET EDU-SEND EYD MH-CHILD MH-ADULT PH SUB REL-PAR REL-CONF DA "
            "SAFE-NEG SAFE-EXP CRIME HOUS FIN CARER".split())
LEVELS = ["blue", "green", "yellow", "orange", "red"]
errs = []


def load(name, header):
    raw = open(os.path.join(D, name), "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        errs.append(f"{name}: BOM")
    raw.decode("utf-8")
    if re.search(rb"(?<!\r)\n", raw):
        errs.append(f"{name}: bare LF line ending")
    if re.search(rb"\r(?!\n)", raw):
        errs.append(f"{name}: bare CR")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8"), newline="")))
    if rows[0] != header:
        errs.append(f"{name}: header {rows[0]}")
    return [dict(zip(header, r)) for r in rows[1:]]


nar = load("narratives.csv", ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"])
gold = load("gold.csv", ["narrative_id", "code", "level"])

ids = [r["narrative_id"] for r in nar]
if len(ids) != len(set(ids)):
    errs.append("duplicate narrative ids")
byid = {r["narrative_id"]: r for r in nar}
for r in nar:
    nid, lv = r["narrative_id"], r["level"]
    if r["stage"] not in ("assessment", "closure"):
        errs.append(f"{nid}: stage")
    if not re.fullmatch(r"202[56]-\d\d-\d\d", r["date"]):
        errs.append(f"{nid}: date")
    if lv:
        if lv not in LEVELS:
            errs.append(f"{nid}: level {lv}")
        t = r["triage_id"]
        if nid != f"{t}-{lv}" or t != r["case_id"] + ("-A" if r["stage"] == "assessment" else "-C"):
            errs.append(f"{nid}: id pattern")
    elif not (r["triage_id"] == nid == r["case_id"]):
        errs.append(f"{nid}: unboxed id pattern")
    if not r["narrative"].strip():
        errs.append(f"{nid}: empty narrative")
if len(set(r["locality"] for r in nar)) != 4:
    errs.append("expected four localities")
if not 85 <= len(nar) <= 100:
    errs.append(f"narrative count {len(nar)}")

seen = set()
unboxed_lv = {}
for g in gold:
    nid, c, lv = g["narrative_id"], g["code"], g["level"]
    if nid not in byid:
        errs.append(f"gold {nid}: no narrative")
        continue
    if c not in CODES:
        errs.append(f"gold {nid}: bad code {c}")
    if lv not in LEVELS:
        errs.append(f"gold {nid}: bad level {lv}")
    if (nid, c) in seen:
        errs.append(f"gold {nid}: duplicate {c}")
    seen.add((nid, c))
    box = byid[nid]["level"]
    if box and lv != box:
        errs.append(f"gold {nid}: level {lv} != box {box}")
    if not box:
        unboxed_lv.setdefault(nid, set()).add(lv)
for nid, s in unboxed_lv.items():
    if len(s) != 1:
        errs.append(f"{nid}: unboxed note has several levels")

traps = json.load(open(os.path.join(D, "traps.json"), encoding="utf-8"))
gold_by = {}
for g in gold:
    gold_by.setdefault(g["narrative_id"], set()).add(g["code"])
for t in traps:
    if t["narrative_id"] not in byid:
        errs.append(f"trap {t['narrative_id']}: no narrative")
    elif set(t["gold_codes"]) != gold_by.get(t["narrative_id"], set()):
        errs.append(f"trap {t['narrative_id']}: codes disagree with gold.csv")

if errs:
    print("\n".join(errs))
    sys.exit(1)
print(f"{len(nar)} narratives, {len(gold)} gold rows")
print("OK")
