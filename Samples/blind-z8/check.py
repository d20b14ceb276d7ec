#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv and traps.json of this gold set; prints OK at the end."""
import csv, io, json, os, re, sys
from collections import Counter

D = os.path.dirname(os.path.abspath(__file__))
CODES = {"EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD", "MH-ADULT", "PH", "SUB",
         "REL-PAR", "REL-CONF", "DA", "SAFE-NEG", "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"}
LEVELS = ["blue", "green", "yellow", "orange", "red"]
errors = []


def err(m):
    errors.append(m)


def load(name, header):
    raw = open(os.path.join(D, name), "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err(f"{name}: has a BOM")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{name}: not UTF-8 ({e})")
        return []
    if re.search(r"(?<!\r)\n", text):
        err(f"{name}: bare LF found")
    if re.search(r"\r(?!\n)", text):
        err(f"{name}: bare CR found")
    if not text.endswith("\r\n"):
        err(f"{name}: does not end with CRLF")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if rows[0] != header:
        err(f"{name}: header {rows[0]} != {header}")
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(header):
            err(f"{name}: row {i} has {len(r)} fields")
    return [dict(zip(header, r)) for r in rows[1:]]


nar = load("narratives.csv", ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"])
gold = load("gold.csv", ["narrative_id", "code", "level"])

ids = Counter(n["narrative_id"] for n in nar)
for k, v in ids.items():
    if v > 1:
        err(f"duplicate narrative_id {k}")
by_id = {n["narrative_id"]: n for n in nar}
locs = set()
for n in nar:
    nid, lvl = n["narrative_id"], n["level"]
    locs.add(n["locality"])
    if n["stage"] not in ("assessment", "closure"):
        err(f"{nid}: bad stage")
    if not re.fullmatch(r"202[56]-\d\d-\d\d", n["date"]):
        err(f"{nid}: date {n['date']} not 2025-2026")
    if not n["narrative"].strip():
        err(f"{nid}: empty narrative")
    if lvl:
        if lvl not in LEVELS:
            err(f"{nid}: bad level {lvl}")
        m = re.fullmatch(r"([A-Z]+\d+)-([AC])-([a-z]+)", nid)
        if not m or m.group(3) != lvl or n["triage_id"] != f"{m.group(1)}-{m.group(2)}" \
                or n["case_id"] != m.group(1) \
                or n["stage"] != ("assessment" if m.group(2) == "A" else "closure"):
            err(f"{nid}: id / triage / case / stage / level mismatch")
    else:
        if n["triage_id"] != nid:
            err(f"{nid}: unboxed note's triage_id should equal its narrative_id")
if len(locs) != 4:
    err(f"expected 4 localities, got {sorted(locs)}")
# one date per triage
tdates = {}
for n in nar:
    tdates.setdefault(n["triage_id"], set()).add(n["date"])
for t, ds in tdates.items():
    if len(ds) != 1:
        err(f"triage {t} has several dates {ds}")
# closure after assessment
cases = {}
for n in nar:
    cases.setdefault(n["case_id"], {})[n["stage"]] = n["date"]
for c, st in cases.items():
    if "assessment" in st and "closure" in st and st["closure"] <= st["assessment"]:
        err(f"case {c}: closure not after assessment")

pairs = Counter((g["narrative_id"], g["code"]) for g in gold)
for (nid, code), v in pairs.items():
    if v > 1:
        err(f"duplicate gold ({nid},{code})")
unboxed_levels = {}
for g in gold:
    nid = g["narrative_id"]
    if g["code"] not in CODES:
        err(f"{nid}: unknown code {g['code']}")
    if g["level"] not in LEVELS:
        err(f"{nid}: bad gold level {g['level']}")
    if nid not in by_id:
        err(f"gold row for unknown narrative {nid}")
        continue
    box = by_id[nid]["level"]
    if box and g["level"] != box:
        err(f"{nid}: gold level {g['level']} != box level {box}")
    if not box:
        unboxed_levels.setdefault(nid, set()).add(g["level"])
for nid, ls in unboxed_levels.items():
    if len(ls) != 1:
        err(f"{nid}: unboxed note has several levels {ls}")

# traps.json agrees with gold.csv
traps = json.load(open(os.path.join(D, "traps.json"), encoding="utf-8"))
tj = {t["narrative_id"]: t for t in traps}
if set(tj) != set(by_id):
    err("traps.json narrative ids differ from narratives.csv")
gcodes = {}
for g in gold:
    gcodes.setdefault(g["narrative_id"], set()).add(g["code"])
for nid, t in tj.items():
    if set(t["gold"]) != gcodes.get(nid, set()):
        err(f"{nid}: traps.json gold differs from gold.csv")

if not 85 <= len(nar) <= 100:
    err(f"{len(nar)} narratives, expected 85-100")

per_code = Counter(g["code"] for g in gold)
print(f"narratives {len(nar)} (boxed {sum(1 for n in nar if n['level'])}, unboxed "
      f"{sum(1 for n in nar if not n['level'])}), triages {len(tdates)}, gold rows {len(gold)}")
print("per code:", ", ".join(f"{c} {per_code.get(c, 0)}" for c in sorted(CODES)))
print("per level:", dict(Counter(g["level"] for g in gold)))
tt = Counter(x["type"] for t in traps for x in t["traps"])
print("trap mentions by type:", dict(tt), "| narratives with a trap:", sum(1 for t in traps if t["traps"]),
      "| narratives with no gold code:", sum(1 for n in nar if n["narrative_id"] not in gcodes))
if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)
print("OK")
