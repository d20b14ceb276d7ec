#!/usr/bin/env python3
"""Validate the z109 blind set; prints OK or a list of problems."""
import csv
import io
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TAXONOMY = "/work/shared/taxonomy.md"
CODES = {"EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD", "MH-ADULT", "PH",
         "SUB", "REL-PAR", "REL-CONF", "DA", "SAFE-NEG", "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"}
LEVELS = ["blue", "green", "yellow", "orange", "red"]
N_HEADER = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
G_HEADER = ["narrative_id", "code", "level"]
errors = []


def err(msg):
    errors.append(msg)


# the code set must match the taxonomy's Codes table
if os.path.exists(TAXONOMY):
    tx = open(TAXONOMY, encoding="utf-8").read()
    sec = tx.split("## Codes", 1)[1].split("\n## ", 1)[0]
    tcodes = set(re.findall(r"^\|\s*([A-Z][A-Z-]+)\s*\|", sec, re.M)) - {"code"}
    if tcodes != CODES:
        err(f"code set differs from taxonomy: {sorted(tcodes ^ CODES)}")


def read(name, header):
    path = os.path.join(HERE, name)
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err(f"{name}: has a BOM")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{name}: not UTF-8 ({e})")
        return []
    # every physical line break outside quoted fields must be CRLF
    bare_lf = re.findall(r"(?<!\r)\n", text)
    if bare_lf:
        err(f"{name}: {len(bare_lf)} bare LF line endings")
    if not text.endswith("\r\n"):
        err(f"{name}: does not end with CRLF")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows or rows[0] != header:
        err(f"{name}: header is {rows[0] if rows else None}, expected {header}")
        return []
    out = []
    for i, r in enumerate(rows[1:], start=2):
        if len(r) != len(header):
            err(f"{name} line {i}: {len(r)} fields")
            continue
        out.append(dict(zip(header, r)))
    return out


narr = read("narratives.csv", N_HEADER)
gold = read("gold.csv", G_HEADER)

by_id = {}
case_dates = {}
notes = 0
for n in narr:
    nid = n["narrative_id"]
    if nid in by_id:
        err(f"duplicate narrative_id {nid}")
    by_id[nid] = n
    m = re.fullmatch(r"(Z\d{3})-([AC])-(blue|green|yellow|orange|red|note)", nid)
    if not m:
        err(f"bad narrative_id {nid}")
        continue
    cid, st, lev = m.groups()
    if n["case_id"] != cid:
        err(f"{nid}: case_id {n['case_id']}")
    if n["triage_id"] != f"{cid}-{st}":
        err(f"{nid}: triage_id {n['triage_id']}")
    if n["stage"] != {"A": "assessment", "C": "closure"}[st]:
        err(f"{nid}: stage {n['stage']}")
    if lev == "note":
        notes += 1
        if n["level"] != "":
            err(f"{nid}: note with a level")
    elif n["level"] != lev:
        err(f"{nid}: level {n['level']} does not match id")
    if not re.fullmatch(r"202[56]-\d\d-\d\d", n["date"]):
        err(f"{nid}: date {n['date']} not in 2025-26")
    if not n["narrative"].strip():
        err(f"{nid}: empty narrative")
    if not n["locality"]:
        err(f"{nid}: no locality")
    d = case_dates.setdefault(cid, {"assessment": set(), "closure": set()})
    d[n["stage"]].add(n["date"])

for cid, d in case_dates.items():
    if len(d["assessment"]) != 1 or len(d["closure"]) != 1:
        err(f"{cid}: needs exactly one assessment date and one closure date, got {d}")
        continue
    a, c = min(d["assessment"]), min(d["closure"])
    if not (a < c):
        err(f"{cid}: closure {c} not after assessment {a}")

if notes > 8:
    err(f"{notes} unboxed notes (max 8)")
if not (85 <= len(narr) <= 100):
    err(f"{len(narr)} narratives (want 85-100)")
if not (30 <= len(case_dates) <= 40):
    err(f"{len(case_dates)} cases (want 30-40)")
locs = {n["locality"] for n in narr}
if len(locs) != 4:
    err(f"{len(locs)} localities (want 4)")

pairs = set()
for g in gold:
    nid, code, lev = g["narrative_id"], g["code"], g["level"]
    if nid not in by_id:
        err(f"gold row for unknown narrative {nid}")
        continue
    if code not in CODES:
        err(f"{nid}: unknown code {code}")
    if lev not in LEVELS:
        err(f"{nid}: bad level {lev}")
    if (nid, code) in pairs:
        err(f"duplicate gold pair {nid} {code}")
    pairs.add((nid, code))
    box = by_id[nid]["level"]
    if box and lev != box:
        err(f"{nid}: gold level {lev} != box {box}")

# one level per unboxed note
note_levels = {}
for g in gold:
    if g["narrative_id"] in by_id and not by_id[g["narrative_id"]]["level"]:
        note_levels.setdefault(g["narrative_id"], set()).add(g["level"])
for nid, ls in note_levels.items():
    if len(ls) != 1:
        err(f"{nid}: note has several levels {ls}")

# traps.json parses and points to real narratives and codes
tp = os.path.join(HERE, "traps.json")
try:
    traps = json.load(open(tp, encoding="utf-8"))["traps"]
    for nid, lst in traps.items():
        if nid not in by_id:
            err(f"traps.json: unknown narrative {nid}")
        for t in lst:
            if set(t) != {"type", "code", "note"}:
                err(f"traps.json {nid}: bad keys {sorted(t)}")
            if t["code"] and t["code"] not in CODES:
                err(f"traps.json {nid}: unknown code {t['code']}")
except Exception as e:  # noqa: BLE001
    err(f"traps.json: {e}")

if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")
