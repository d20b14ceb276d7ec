#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv, traps.json in this folder; prints OK on success."""
import csv, io, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = set("EDU-ATT EDU-EXC EDU-NEET EDU-SEND EYD MH-CHILD MH-ADULT PH SUB REL-PAR REL-CONF DA "
            "SAFE-NEG SAFE-EXP CRIME HOUS FIN CARER".split())
LEVELS = {"blue", "green", "yellow", "orange", "red"}
errors = []


def err(m):
    errors.append(m)


def load(name, header):
    raw = open(os.path.join(HERE, name), "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err(f"{name}: has BOM")
    text = raw.decode("utf-8")
    # every line break must be CRLF (embedded newlines in fields are not used)
    if re.search(r"(?<!\r)\n", text) or re.search(r"\r(?!\n)", text):
        err(f"{name}: non-CRLF line ending")
    if not text.endswith("\r\n"):
        err(f"{name}: missing final CRLF")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if rows[0] != header:
        err(f"{name}: bad header {rows[0]}")
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(header):
            err(f"{name}: line {i} has {len(r)} fields")
    return [dict(zip(header, r)) for r in rows[1:]]


N = load("narratives.csv", ["narrative_id", "triage_id", "case_id", "stage", "date", "level",
                            "locality", "narrative"])
G = load("gold.csv", ["narrative_id", "code", "level"])
if len(CODES) != 18:
    err("code list is not 18 codes")

ids = [r["narrative_id"] for r in N]
if len(ids) != len(set(ids)):
    err("duplicate narrative_id")
byid = {r["narrative_id"]: r for r in N}
locs = set()
for r in N:
    nid = r["narrative_id"]
    locs.add(r["locality"])
    if r["stage"] not in ("assessment", "closure"):
        err(f"{nid}: bad stage")
    if not re.fullmatch(r"202[56]-\d\d-\d\d", r["date"]):
        err(f"{nid}: date not 2025-2026 ISO")
    if not r["narrative"].strip():
        err(f"{nid}: empty narrative")
    if r["level"]:
        m = re.fullmatch(r"([A-Z]\d{3})-([AC])-(blue|green|yellow|orange|red)", nid)
        if not m:
            err(f"{nid}: bad boxed id")
            continue
        case, st, lvl = m.groups()
        if r["level"] != lvl or r["triage_id"] != f"{case}-{st}" or r["case_id"] != case:
            err(f"{nid}: id/triage/case/level mismatch")
        if r["stage"] != {"A": "assessment", "C": "closure"}[st]:
            err(f"{nid}: stage mismatch")
    else:
        if not re.fullmatch(r"U\d{3}", nid) or r["triage_id"] != nid:
            err(f"{nid}: bad unboxed id")
if len(locs) != 4:
    err(f"expected 4 localities, got {sorted(locs)}")
# one date / locality per triage
tri = {}
for r in N:
    k = (r["date"], r["locality"], r["stage"])
    if tri.setdefault(r["triage_id"], k) != k:
        err(f"{r['triage_id']}: inconsistent date/locality/stage")

seen = set()
for g in G:
    nid, code, lvl = g["narrative_id"], g["code"], g["level"]
    if nid not in byid:
        err(f"gold {nid}: no such narrative")
        continue
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
# one level per unboxed narrative
ul = {}
for g in G:
    if g["narrative_id"] in byid and not byid[g["narrative_id"]]["level"]:
        if ul.setdefault(g["narrative_id"], g["level"]) != g["level"]:
            err(f"gold {g['narrative_id']}: unboxed note with several levels")
used = {g["code"] for g in G}
if used != CODES:
    err(f"codes never used: {sorted(CODES - used)}")
if not (85 <= len(N) <= 100):
    err(f"{len(N)} narratives, expected 85-100")

traps = json.load(open(os.path.join(HERE, "traps.json"), encoding="utf-8"))
for nid, lst in traps.items():
    if nid not in byid:
        err(f"traps: unknown narrative {nid}")
    for t in lst:
        if set(t) != {"kind", "code", "note", "gold"}:
            err(f"traps {nid}: bad keys")
        if t["kind"] in ("negated", "historical", "hypothetical", "outside", "lookalike") and \
                t["code"] not in CODES:
            err(f"traps {nid}: bad code {t['code']}")
        if t["code"] in CODES and t["gold"] != ((nid, t["code"]) in seen):
            err(f"traps {nid}: gold flag wrong for {t['code']}")

if errors:
    print("\n".join(errors))
    sys.exit(1)
print(f"{len(N)} narratives, {len(G)} gold rows, {len(traps)} narratives with trap notes")
print("OK")
