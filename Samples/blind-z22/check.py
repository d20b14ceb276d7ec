#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv and traps.json; print OK at the end."""
import csv
import io
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = set("EDU-ATT EDU-EXC EDU-NEET EDU-SEND EYD MH-CHILD MH-ADULT PH SUB REL-PAR "
            "REL-CONF DA SAFE-NEG SAFE-EXP CRIME HOUS FIN CARER".split())
LEVELS = {"blue", "green", "yellow", "orange", "red"}
N_HEAD = "narrative_id,triage_id,case_id,stage,date,level,locality,narrative"
G_HEAD = "narrative_id,code,level"
errors = []


def err(msg):
    errors.append(msg)


def load(name, header):
    raw = open(os.path.join(HERE, name), "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err(f"{name}: has a BOM")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{name}: not UTF-8 ({e})")
        text = raw.decode("utf-8", "replace")
    # every line break must be CRLF (no bare LF or CR anywhere, narratives are one-line)
    if text.replace("\r\n", "").count("\n") or text.replace("\r\n", "").count("\r"):
        err(f"{name}: bare LF or CR found")
    if not text.endswith("\r\n"):
        err(f"{name}: does not end with CRLF")
    first = text.split("\r\n", 1)[0]
    if first != header:
        err(f"{name}: header is {first!r}")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    return rows


nar = load("narratives.csv", N_HEAD)
gold = load("gold.csv", G_HEAD)

ids = [r["narrative_id"] for r in nar]
if len(ids) != len(set(ids)):
    err("duplicate narrative ids")
by_id = {r["narrative_id"]: r for r in nar}
localities = set()
for r in nar:
    nid, lvl = r["narrative_id"], r["level"]
    localities.add(r["locality"])
    if r["stage"] not in ("assessment", "closure"):
        err(f"{nid}: stage {r['stage']!r}")
    if not (r["date"][:4] in ("2025", "2026") and len(r["date"]) == 10):
        err(f"{nid}: date {r['date']!r}")
    if not r["narrative"].strip():
        err(f"{nid}: empty narrative")
    if lvl:
        if lvl not in LEVELS:
            err(f"{nid}: bad box level {lvl!r}")
        st = "A" if r["stage"] == "assessment" else "C"
        if nid != f"{r['case_id']}-{st}-{lvl}" or r["triage_id"] != f"{r['case_id']}-{st}":
            err(f"{nid}: id does not match case/stage/level")
    else:
        if not (r["triage_id"] == nid == r["case_id"]):
            err(f"{nid}: unboxed note ids must match")
if len(localities) != 4:
    err(f"expected 4 localities, got {sorted(localities)}")
if not 85 <= len(nar) <= 100:
    err(f"{len(nar)} narratives (want 85-100)")

seen = set()
unboxed_level = {}
for g in gold:
    nid, code, lvl = g["narrative_id"], g["code"], g["level"]
    if nid not in by_id:
        err(f"gold row for unknown narrative {nid}")
        continue
    if code not in CODES:
        err(f"{nid}: unknown code {code!r}")
    if lvl not in LEVELS:
        err(f"{nid}: bad gold level {lvl!r}")
    if (nid, code) in seen:
        err(f"{nid}: duplicate code {code}")
    seen.add((nid, code))
    box = by_id[nid]["level"]
    if box and lvl != box:
        err(f"{nid}: gold level {lvl} != box level {box}")
    if not box:
        if unboxed_level.setdefault(nid, lvl) != lvl:
            err(f"{nid}: unboxed note has more than one gold level")

traps = json.load(open(os.path.join(HERE, "traps.json"), encoding="utf-8"))
gold_codes = {}
for g in gold:
    gold_codes.setdefault(g["narrative_id"], []).append(g["code"])
for t in traps:
    if t["narrative_id"] not in by_id:
        err(f"traps.json: unknown narrative {t['narrative_id']}")
    elif sorted(t["gold_codes"]) != sorted(gold_codes.get(t["narrative_id"], [])):
        err(f"traps.json: gold codes differ for {t['narrative_id']}")

if errors:
    print("\n".join(errors))
    sys.exit(1)
print(f"{len(nar)} narratives, {len(gold)} gold rows, {len(traps)} trap notes")
print("OK")
