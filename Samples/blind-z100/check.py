#!/usr/bin/env python3
"""Validate the z100 blind set; prints OK or the list of problems."""
import csv, io, json, os, re, sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = {"EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD", "MH-ADULT", "PH", "SUB",
         "REL-PAR", "REL-CONF", "DA", "SAFE-NEG", "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"}
LEVELS = ["blue", "green", "yellow", "orange", "red"]
NHEAD = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
GHEAD = ["narrative_id", "code", "level"]
TRAP_TYPES = {"negated", "historical", "hypothetical", "outside", "convention", "partial", "not-coded"}
errs = []


def load(name, header):
    raw = open(os.path.join(HERE, name), "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        errs.append(f"{name}: has BOM")
    try:
        txt = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        errs.append(f"{name}: not UTF-8 ({e})")
        return []
    if not raw.endswith(b"\r\n"):
        errs.append(f"{name}: does not end with CRLF")
    if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
        errs.append(f"{name}: bare LF or CR found")
    rows = list(csv.reader(io.StringIO(txt, newline="")))
    if not rows or rows[0] != header:
        errs.append(f"{name}: bad header {rows[:1]}")
        return []
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(header):
            errs.append(f"{name} line {i}: {len(r)} fields")
    return [dict(zip(header, r)) for r in rows[1:] if len(r) == len(header)]


nar = load("narratives.csv", NHEAD)
gold = load("gold.csv", GHEAD)

byid = {}
case_dates = defaultdict(dict)
for r in nar:
    nid = r["narrative_id"]
    if nid in byid:
        errs.append(f"duplicate narrative_id {nid}")
    byid[nid] = r
    m = re.fullmatch(r"(Z\d{3})-([AC])-(blue|green|yellow|orange|red|note)", nid)
    if not m:
        errs.append(f"bad id {nid}")
        continue
    cid, st, suf = m.groups()
    if r["case_id"] != cid or r["triage_id"] != f"{cid}-{st}":
        errs.append(f"{nid}: triage/case id mismatch")
    if r["stage"] != {"A": "assessment", "C": "closure"}[st]:
        errs.append(f"{nid}: stage mismatch")
    if suf == "note":
        if r["level"] != "":
            errs.append(f"{nid}: note with level")
    elif r["level"] != suf:
        errs.append(f"{nid}: level column != id level")
    if not re.fullmatch(r"202[56]-\d\d-\d\d", r["date"]) or not ("2025-01-01" <= r["date"] <= "2026-12-31"):
        errs.append(f"{nid}: date out of range {r['date']}")
    d = case_dates[cid].setdefault(r["stage"], r["date"])
    if d != r["date"]:
        errs.append(f"{nid}: differing dates within one triage")
    if not r["narrative"].strip():
        errs.append(f"{nid}: empty narrative")
    if not r["locality"]:
        errs.append(f"{nid}: empty locality")

for cid, d in case_dates.items():
    if set(d) != {"assessment", "closure"}:
        errs.append(f"{cid}: missing a stage")
    elif not d["closure"] > d["assessment"]:
        errs.append(f"{cid}: closure not after assessment")

notes = [n for n, r in byid.items() if r["level"] == ""]
if len(notes) > 8:
    errs.append(f"too many unboxed notes: {len(notes)}")
if not 85 <= len(nar) <= 100:
    errs.append(f"narrative count {len(nar)} outside 85-100")
if len({r['locality'] for r in nar}) != 4:
    errs.append("expected four localities")

pairs = set()
note_levels = defaultdict(set)
for g in gold:
    nid = g["narrative_id"]
    if nid not in byid:
        errs.append(f"gold points to missing {nid}")
        continue
    if g["code"] not in CODES:
        errs.append(f"{nid}: unknown code {g['code']}")
    if g["level"] not in LEVELS:
        errs.append(f"{nid}: unknown level {g['level']}")
    if (nid, g["code"]) in pairs:
        errs.append(f"duplicate gold pair {nid} {g['code']}")
    pairs.add((nid, g["code"]))
    box = byid[nid]["level"]
    if box:
        if g["level"] != box:
            errs.append(f"{nid}: gold level {g['level']} != box {box}")
    else:
        note_levels[nid].add(g["level"])
for nid, levs in note_levels.items():
    if len(levs) != 1:
        errs.append(f"{nid}: unboxed note has several levels {levs}")

try:
    raw = open(os.path.join(HERE, "traps.json"), "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        errs.append("traps.json: BOM")
    traps = json.loads(raw.decode("utf-8"))
    for nid, lst in traps.items():
        if nid not in byid:
            errs.append(f"traps.json: unknown narrative {nid}")
        for t in lst:
            if set(t) != {"type", "code", "note"} or t["type"] not in TRAP_TYPES:
                errs.append(f"traps.json: bad entry in {nid}: {t}")
            elif t["code"] and t["code"] not in CODES:
                errs.append(f"traps.json: bad code in {nid}: {t['code']}")
            # a trap that says a code is NOT present must not contradict gold
            if t.get("type") in {"negated", "historical", "hypothetical", "outside", "not-coded"} and (nid, t.get("code")) in pairs:
                errs.append(f"traps.json: {nid} {t['code']} marked {t['type']} but is in gold")
except Exception as e:
    errs.append(f"traps.json: {e}")

if errs:
    print("\n".join(errs))
    sys.exit(1)
print("OK")
