#!/usr/bin/env python3
"""Validate the G held-out gold set (python3 csv/json only)."""
import csv
import json
import os
import re
import sys
from collections import Counter, defaultdict
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = ["EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD", "MH-ADULT", "PH",
         "SUB", "REL-PAR", "REL-CONF", "DA", "SAFE-NEG", "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"]
LEVELS = ["blue", "green", "yellow", "orange", "red"]
NHEAD = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
GHEAD = ["narrative_id", "code", "level"]
BOXED = re.compile(r"^(G\d{3})-([AC])-(blue|green|yellow|orange|red)$")
UNBOXED = re.compile(r"^GV\d{3}$")
errors = []


def err(msg):
    errors.append(msg)


def read_raw(name):
    with open(os.path.join(HERE, name), "rb") as f:
        raw = f.read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err(f"{name}: has a BOM")
    text = raw.decode("utf-8")
    body = text.replace("\r\n", "")
    if "\n" in body or "\r" in body:
        err(f"{name}: bare LF/CR found (must be CRLF line ends, no newlines in fields)")
    if not text.endswith("\r\n"):
        err(f"{name}: last line not CRLF-terminated")
    return text


def read_csv(name, header):
    text = read_raw(name)
    rows = list(csv.reader(text.splitlines(), strict=True))
    if rows[0] != header:
        err(f"{name}: bad header {rows[0]}")
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(header):
            err(f"{name} line {i}: {len(r)} fields")
    return [dict(zip(header, r)) for r in rows[1:]]


narr = read_csv("narratives.csv", NHEAD)
gold = read_csv("gold.csv", GHEAD)

# minimal quoting: re-serialise and compare
import io
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\r\n")
w.writerow(NHEAD)
for r in narr:
    w.writerow([r[k] for k in NHEAD])
if buf.getvalue() != read_raw("narratives.csv"):
    err("narratives.csv is not in csv.writer minimal-quoting form")

ids = {}
localities = set()
triage_stage = {}
for r in narr:
    nid = r["narrative_id"]
    if nid in ids:
        err(f"duplicate narrative_id {nid}")
    ids[nid] = r
    localities.add(r["locality"])
    try:
        d = date.fromisoformat(r["date"])
        if d.year != 2025 or r["date"] != d.isoformat():
            err(f"{nid}: date {r['date']} not a 2025 YYYY-MM-DD")
    except ValueError:
        err(f"{nid}: bad date {r['date']}")
    if r["stage"] not in ("assessment", "closure"):
        err(f"{nid}: bad stage")
    if not r["narrative"].strip():
        err(f"{nid}: empty narrative")
    m = BOXED.match(nid)
    if m:
        case, st, lvl = m.groups()
        if r["triage_id"] != f"{case}-{st}" or r["case_id"] != case or r["level"] != lvl:
            err(f"{nid}: triage/case/level inconsistent")
        if r["stage"] != {"A": "assessment", "C": "closure"}[st]:
            err(f"{nid}: stage does not match {st}")
        key = r["triage_id"]
        if key in triage_stage and triage_stage[key] != (r["date"], r["locality"]):
            err(f"{nid}: date/locality differ within triage {key}")
        triage_stage.setdefault(key, (r["date"], r["locality"]))
    elif UNBOXED.match(nid):
        if r["level"] != "" or r["triage_id"] != nid or r["case_id"] != nid:
            err(f"{nid}: unboxed note must have empty level and own triage/case id")
    else:
        err(f"{nid}: id pattern not recognised")
if len(localities) != 3:
    err(f"expected 3 localities, got {sorted(localities)}")

seen = set()
unboxed_level = {}
for g in gold:
    nid, code, lvl = g["narrative_id"], g["code"], g["level"]
    if nid not in ids:
        err(f"gold row for unknown narrative {nid}")
        continue
    if code not in CODES:
        err(f"{nid}: unknown code {code}")
    if lvl not in LEVELS:
        err(f"{nid}: unknown level {lvl}")
    if (nid, code) in seen:
        err(f"{nid}: duplicate code {code}")
    seen.add((nid, code))
    box = ids[nid]["level"]
    if box:
        if lvl != box:
            err(f"{nid}: gold level {lvl} != box colour {box}")
    else:
        if unboxed_level.setdefault(nid, lvl) != lvl:
            err(f"{nid}: unboxed note has more than one level")

with open(os.path.join(HERE, "traps.json"), encoding="utf-8") as f:
    traps = json.load(f)
for nid, notes in traps.items():
    if nid not in ids:
        err(f"traps.json: unknown narrative {nid}")
    if not isinstance(notes, list) or not notes:
        err(f"traps.json: {nid} needs a non-empty list")
    for n in notes:
        if not isinstance(n, str) or not re.match(r"^[a-z0-9/-]+: \S", n):
            err(f"traps.json: {nid}: note not in 'type: explanation' form: {n!r}")

# ---- report ----
boxed = [n for n in ids if ids[n]["level"]]
unboxed = [n for n in ids if not ids[n]["level"]]
triages = {ids[n]["triage_id"] for n in boxed}
print(f"narratives {len(ids)} (boxed {len(boxed)} in {len(triages)} triages, unboxed {len(unboxed)}); "
      f"gold rows {len(gold)}; narratives with no rows {len(set(ids) - {g['narrative_id'] for g in gold})}; "
      f"trap narratives {len(traps)} ({100 * len(traps) / len(ids):.0f}%)")
by = defaultdict(Counter)
for g in gold:
    by[g["code"]][g["level"]] += 1
print(f"{'code':10s}" + "".join(f"{l:>7s}" for l in LEVELS) + "  total")
for c in CODES:
    print(f"{c:10s}" + "".join(f"{by[c][l]:7d}" for l in LEVELS) + f"  {sum(by[c].values()):5d}")
    if sum(by[c].values()) < 8:
        err(f"code {c} used fewer than 8 times")
tot = Counter(g["level"] for g in gold)
print(f"{'total':10s}" + "".join(f"{tot[l]:7d}" for l in LEVELS) + f"  {len(gold):5d}")
for l in LEVELS:
    if not tot[l]:
        err(f"level {l} unused")
ttypes = Counter(n.split(":", 1)[0] for v in traps.values() for n in v)
print("trap notes by type: " + ", ".join(f"{k} {v}" for k, v in sorted(ttypes.items())))

if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)
print("OK")
