#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv and traps.json in this folder; prints OK at the end."""
import csv, io, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = {"EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD", "MH-ADULT", "PH", "SUB",
         "REL-PAR", "REL-CONF", "DA", "SAFE-NEG", "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"}
LEVELS = {"blue", "green", "yellow", "orange", "red"}
NAR_HEADER = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
GOLD_HEADER = ["narrative_id", "code", "level"]
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
        return []
    # every line break must be CRLF (no bare LF / CR anywhere, including inside fields)
    if text.count("\n") != text.count("\r\n") or text.count("\r") != text.count("\r\n"):
        err(f"{name}: line endings are not all CRLF")
    if not text.endswith("\r\n"):
        err(f"{name}: does not end with CRLF")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows or rows[0] != header:
        err(f"{name}: header is {rows[0] if rows else None}, expected {header}")
        return []
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(header):
            err(f"{name} line {i}: {len(r)} fields")
    return [dict(zip(header, r)) for r in rows[1:] if len(r) == len(header)]


nars = load("narratives.csv", NAR_HEADER)
gold = load("gold.csv", GOLD_HEADER)

ids = [n["narrative_id"] for n in nars]
if len(ids) != len(set(ids)):
    err("duplicate narrative_id")
by_id = {n["narrative_id"]: n for n in nars}
localities = set()
for n in nars:
    nid, lvl = n["narrative_id"], n["level"]
    localities.add(n["locality"])
    if n["stage"] not in ("assessment", "closure"):
        err(f"{nid}: bad stage {n['stage']}")
    if not (n["date"][:4] in ("2025", "2026") and len(n["date"]) == 10):
        err(f"{nid}: date {n['date']} not 2025-2026 ISO")
    if not n["narrative"].strip():
        err(f"{nid}: empty narrative")
    if lvl:
        if lvl not in LEVELS:
            err(f"{nid}: bad level {lvl}")
        stage_letter = "A" if n["stage"] == "assessment" else "C"
        if n["triage_id"] != f"{n['case_id']}-{stage_letter}":
            err(f"{nid}: triage_id {n['triage_id']} does not match case/stage")
        if nid != f"{n['triage_id']}-{lvl}":
            err(f"{nid}: id does not match triage_id-level")
    else:
        if not (n["triage_id"] == nid):
            err(f"{nid}: unboxed note's triage_id should equal its narrative_id")
if len(localities) != 4:
    err(f"expected 4 localities, found {sorted(localities)}")
if not 85 <= len(nars) <= 100:
    err(f"{len(nars)} narratives, expected 85-100")

seen = set()
for g in gold:
    nid, code, lvl = g["narrative_id"], g["code"], g["level"]
    if nid not in by_id:
        err(f"gold row for unknown narrative {nid}")
        continue
    if code not in CODES:
        err(f"{nid}: unknown code {code}")
    if lvl not in LEVELS:
        err(f"{nid}: bad gold level {lvl}")
    if (nid, code) in seen:
        err(f"{nid}: duplicate code {code}")
    seen.add((nid, code))
    box = by_id[nid]["level"]
    if box and lvl != box:
        err(f"{nid}: gold level {lvl} differs from box level {box}")

# unboxed notes: one level for all their codes
unboxed_levels = {}
for g in gold:
    if g["narrative_id"] in by_id and not by_id[g["narrative_id"]]["level"]:
        unboxed_levels.setdefault(g["narrative_id"], set()).add(g["level"])
for nid, lv in unboxed_levels.items():
    if len(lv) != 1:
        err(f"{nid}: unboxed note has several gold levels {lv}")

# traps.json agrees with gold.csv
traps = json.load(open(os.path.join(HERE, "traps.json"), encoding="utf-8"))
tids = {t["narrative_id"] for t in traps}
if tids != set(ids):
    err("traps.json narrative ids differ from narratives.csv")
gold_sets = {}
for g in gold:
    gold_sets.setdefault(g["narrative_id"], set()).add(g["code"])
for t in traps:
    if set(t["gold_codes"]) != gold_sets.get(t["narrative_id"], set()):
        err(f"{t['narrative_id']}: traps.json gold_codes differ from gold.csv")

if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)
print(f"{len(nars)} narratives, {len(gold)} gold rows, {len(set(n['triage_id'] for n in nars))} triages")
print("OK")
