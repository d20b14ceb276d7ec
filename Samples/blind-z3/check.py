#!/usr/bin/env python3
"""Validate the Z3 blind gold set files; prints OK when everything passes."""
import csv, io, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = set("EDU-ATT EDU-EXC EDU-NEET EDU-SEND EYD MH-CHILD MH-ADULT PH SUB REL-PAR REL-CONF "
            "DA SAFE-NEG SAFE-EXP CRIME HOUS FIN CARER".split())
LEVELS = ["blue", "green", "yellow", "orange", "red"]
NHEAD = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
GHEAD = ["narrative_id", "code", "level"]
errors = []

def err(msg):
    errors.append(msg)

def load(name, head):
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
    if not rows or rows[0] != head:
        err(f"{name}: header {rows[0] if rows else None} != {head}")
        return []
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(head):
            err(f"{name}: line {i} has {len(r)} fields")
    return [dict(zip(head, r)) for r in rows[1:]]

nar = load("narratives.csv", NHEAD)
gold = load("gold.csv", GHEAD)

ids = [r["narrative_id"] for r in nar]
if len(ids) != len(set(ids)):
    err("duplicate narrative ids")
by_id = {r["narrative_id"]: r for r in nar}
if not 85 <= len(nar) <= 100:
    err(f"{len(nar)} narratives, expected 85-100")

for r in nar:
    nid, tid, cid, lvl = r["narrative_id"], r["triage_id"], r["case_id"], r["level"]
    if r["stage"] not in ("assessment", "closure"):
        err(f"{nid}: bad stage {r['stage']}")
    if not re.fullmatch(r"202[56]-\d\d-\d\d", r["date"]):
        err(f"{nid}: bad date {r['date']}")
    if not r["narrative"].strip():
        err(f"{nid}: empty narrative")
    if "\n" in r["narrative"] or "\r" in r["narrative"]:
        err(f"{nid}: newline inside narrative")
    if lvl:
        if lvl not in LEVELS:
            err(f"{nid}: bad level {lvl}")
        st = "A" if r["stage"] == "assessment" else "C"
        if tid != f"{cid}-{st}" or nid != f"{tid}-{lvl}":
            err(f"{nid}: id pattern does not match triage {tid} / case {cid} / stage / level")
        if not re.fullmatch(r"Z3-\d{3}", cid):
            err(f"{nid}: bad case id {cid}")
    else:
        if not (nid == tid == cid and re.fullmatch(r"Z3-\d{3}", nid)):
            err(f"{nid}: unboxed note ids should be equal Z3-NNN")

# one box per level per triage, and triage stage/date/locality consistent
seen = {}
for r in nar:
    if r["level"]:
        key = (r["triage_id"],)
        meta = (r["stage"], r["date"], r["locality"], r["case_id"])
        if key in seen and seen[key] != meta:
            err(f"{r['narrative_id']}: triage metadata inconsistent")
        seen[key] = meta
locs = {r["locality"] for r in nar}
if len(locs) != 4:
    err(f"expected four localities, got {sorted(locs)}")

pairs = set()
for g in gold:
    nid, code, lvl = g["narrative_id"], g["code"], g["level"]
    if nid not in by_id:
        err(f"gold row for unknown narrative {nid}"); continue
    if code not in CODES:
        err(f"{nid}: unknown code {code}")
    if lvl not in LEVELS:
        err(f"{nid}: bad gold level {lvl}")
    if (nid, code) in pairs:
        err(f"{nid}: duplicate code {code}")
    pairs.add((nid, code))
    box = by_id[nid]["level"]
    if box and lvl != box:
        err(f"{nid}: gold level {lvl} != box level {box}")

# unboxed narratives: one level for all codes
ulev = {}
for g in gold:
    if g["narrative_id"] in by_id and not by_id[g["narrative_id"]]["level"]:
        ulev.setdefault(g["narrative_id"], set()).add(g["level"])
for nid, ls in ulev.items():
    if len(ls) != 1:
        err(f"{nid}: unboxed note has several gold levels {ls}")

# traps.json consistent with gold.csv
traps = json.load(open(os.path.join(HERE, "traps.json"), encoding="utf-8"))
tids = [t["narrative_id"] for t in traps]
if sorted(tids) != sorted(ids):
    err("traps.json narrative ids differ from narratives.csv")
for t in traps:
    if set(t["gold"]) != {c for (n, c) in pairs if n == t["narrative_id"]}:
        err(f"{t['narrative_id']}: traps.json gold differs from gold.csv")
    if t["narrative_id"] in ulev and t.get("gold_level") not in ulev[t["narrative_id"]]:
        err(f"{t['narrative_id']}: traps.json gold_level differs")

if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")
