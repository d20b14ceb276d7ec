#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv and traps.json of the Z2 blind gold set; prints OK."""
import csv, io, json, os, re, sys, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = set("EDU-ATT EDU-EXC EDU-NEET EDU-SEND EYD MH-CHILD MH-ADULT PH SUB REL-PAR REL-CONF DA "
            "SAFE-NEG SAFE-EXP CRIME HOUS FIN CARER".split())
LEVELS = ["blue", "green", "yellow", "orange", "red"]
NHEAD = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
GHEAD = ["narrative_id", "code", "level"]
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
        err(f"{name}: not UTF-8 ({e})"); return []
    if not text.endswith("\r\n"):
        err(f"{name}: does not end with CRLF")
    if re.search(r"(?<!\r)\n", text):
        err(f"{name}: bare LF line ending")
    if re.search(r"\r(?!\n)", text):
        err(f"{name}: bare CR")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows or rows[0] != header:
        err(f"{name}: header {rows[0] if rows else None} != {header}")
        return []
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(header):
            err(f"{name}:{i}: {len(r)} fields")
    return [dict(zip(header, r)) for r in rows[1:]]


nar = load("narratives.csv", NHEAD)
gold = load("gold.csv", GHEAD)

ids = [r["narrative_id"] for r in nar]
if len(ids) != len(set(ids)):
    err("duplicate narrative ids")
byid = {r["narrative_id"]: r for r in nar}
localities = set()
triage_stage = {}
for r in nar:
    nid, tid, cid, lvl = r["narrative_id"], r["triage_id"], r["case_id"], r["level"]
    localities.add(r["locality"])
    if r["stage"] not in ("assessment", "closure"):
        err(f"{nid}: bad stage {r['stage']}")
    try:
        d = datetime.date.fromisoformat(r["date"])
        if d.year not in (2025, 2026):
            err(f"{nid}: date {d} outside 2025-2026")
    except ValueError:
        err(f"{nid}: bad date {r['date']}")
    if not r["narrative"].strip():
        err(f"{nid}: empty narrative")
    if lvl:
        if lvl not in LEVELS:
            err(f"{nid}: bad level {lvl}")
        m = re.fullmatch(r"(Z2-\d{3})-([AC])-(blue|green|yellow|orange|red)", nid)
        if not m:
            err(f"{nid}: bad boxed id")
            continue
        if tid != f"{m.group(1)}-{m.group(2)}" or cid != m.group(1) or m.group(3) != lvl:
            err(f"{nid}: triage/case/level do not match id")
        if (m.group(2) == "A") != (r["stage"] == "assessment"):
            err(f"{nid}: stage does not match A/C")
    else:
        if not re.fullmatch(r"Z2-N\d{2}", nid) or tid != nid or cid != nid:
            err(f"{nid}: bad unboxed ids")
    if triage_stage.setdefault(tid, (r["stage"], r["date"])) != (r["stage"], r["date"]):
        err(f"{tid}: boxes disagree on stage/date")

# closure after assessment within a case
cases = {}
for tid, (st, dt) in triage_stage.items():
    if tid.endswith(("-A", "-C")):
        cases.setdefault(tid[:-2], {})[st] = dt
for cid, st in cases.items():
    if "assessment" in st and "closure" in st and st["closure"] <= st["assessment"]:
        err(f"{cid}: closure not after assessment")

seen = set()
unboxed_levels = {}
for g in gold:
    nid, code, lvl = g["narrative_id"], g["code"], g["level"]
    if nid not in byid:
        err(f"gold {nid}: narrative missing"); continue
    if code not in CODES:
        err(f"gold {nid}: bad code {code}")
    if lvl not in LEVELS:
        err(f"gold {nid}: bad level {lvl}")
    if (nid, code) in seen:
        err(f"gold {nid}: duplicate {code}")
    seen.add((nid, code))
    box = byid[nid]["level"]
    if box and lvl != box:
        err(f"gold {nid}: level {lvl} != box {box}")
    if not box:
        unboxed_levels.setdefault(nid, set()).add(lvl)
for nid, ls in unboxed_levels.items():
    if len(ls) != 1:
        err(f"gold {nid}: unboxed narrative with several levels {ls}")

# traps.json agrees with gold
tr = json.load(open(os.path.join(HERE, "traps.json"), encoding="utf-8"))
tmap = {t["narrative_id"]: t for t in tr}
if set(tmap) != set(ids):
    err("traps.json ids differ from narratives")
for nid in ids:
    want = sorted(c for (n, c) in seen if n == nid)
    if nid in tmap and sorted(tmap[nid]["gold"]) != want:
        err(f"traps.json {nid}: gold {tmap[nid]['gold']} != {want}")

if not 85 <= len(nar) <= 100:
    err(f"{len(nar)} narratives, want 85-100")
if len(localities) != 4:
    err(f"localities {localities}")

if errors:
    print("\n".join(errors))
    sys.exit(1)
print(f"{len(nar)} narratives, {len(gold)} gold rows, {len(triage_stage)} triages")
print("OK")
