#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv and traps.json of this blind set; print OK."""
import csv
import io
import json
import os
import re
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
LEVELS = ["blue", "green", "yellow", "orange", "red"]
CODES = {"EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD", "MH-ADULT",
         "PH", "SUB", "REL-PAR", "REL-CONF", "DA", "SAFE-NEG", "SAFE-EXP", "CRIME",
         "HOUS", "FIN", "CARER"}
TRAP_TYPES = {"negated", "historical", "hypothetical", "outside", "convention", "partial", "not-coded"}
N_HEADER = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
G_HEADER = ["narrative_id", "code", "level"]
ID_RE = re.compile(r"^(Z\d{3})-([AC])-(blue|green|yellow|orange|red|note)$")
STAGE = {"A": "assessment", "C": "closure"}
LO, HI = date(2025, 1, 1), date(2026, 12, 31)

# Level cues for unboxed notes (taxonomy convention 2), highest first.
CUES = [
    ("red", r"child protection plan|\bCP plans?\b|\bICPC\b|\bs ?47\b|section 47|strategy (meeting|discussion)|child in need|\bCIN\b|\bs ?17\b|\bs ?20\b|\bICO\b|looked after|\bPLO\b"),
    ("orange", r"police|arrest|\bMARAC\b|\bCAMHS\b|\bYOS\b|eviction|possession notice|notice to quit|section 21|\bTAF\b|managed move"),
    ("yellow", r"family support worker|early help worker|\bEHW\b|young carers|drug and alcohol|Pathways|Citizens Advice|Portage|parenting course|mediation"),
    ("green", r"health visitor|\bHV\b|\bGP\b|school nurse|school|\bSENCo\b|nursery|\bDSL\b"),
    ("blue", r"leaflet|signpost|\bapp\b|own network|link"),
]

errors = []


def err(msg):
    errors.append(msg)


def read_text(name):
    path = os.path.join(HERE, name)
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err(f"{name}: has a UTF-8 BOM")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{name}: not UTF-8 ({e})")
        text = raw.decode("utf-8", "replace")
    return text


def check_crlf(name, text):
    if not text.endswith("\r\n"):
        err(f"{name}: does not end with CRLF")
    if text.count("\n") != text.count("\r\n") or text.count("\r") != text.count("\r\n"):
        err(f"{name}: line endings are not all CRLF")


def note_level(text):
    for level, pat in CUES:
        if re.search(pat, text, re.I if level != "red" else 0):
            return level
    return None


# narratives.csv
ntext = read_text("narratives.csv")
check_crlf("narratives.csv", ntext)
rows = list(csv.reader(io.StringIO(ntext, newline="")))
if rows[0] != N_HEADER:
    err(f"narratives.csv header {rows[0]}")
narr = {}
case_dates = {}
triage_dates = {}
localities = set()
for r in rows[1:]:
    if len(r) != len(N_HEADER):
        err(f"narratives.csv: bad row width {r[:1]}")
        continue
    d = dict(zip(N_HEADER, r))
    nid = d["narrative_id"]
    if nid in narr:
        err(f"duplicate narrative_id {nid}")
    narr[nid] = d
    m = ID_RE.match(nid)
    if not m:
        err(f"bad narrative_id {nid}")
        continue
    cid, st, suffix = m.groups()
    if d["triage_id"] != f"{cid}-{st}":
        err(f"{nid}: triage_id {d['triage_id']}")
    if d["case_id"] != cid:
        err(f"{nid}: case_id {d['case_id']}")
    if d["stage"] != STAGE[st]:
        err(f"{nid}: stage {d['stage']}")
    if suffix == "note":
        if d["level"] != "":
            err(f"{nid}: note with a level")
    elif d["level"] != suffix:
        err(f"{nid}: level {d['level']} does not match id")
    if not d["locality"]:
        err(f"{nid}: empty locality")
    localities.add(d["locality"])
    if not d["narrative"].strip():
        err(f"{nid}: empty narrative")
    try:
        dt = date.fromisoformat(d["date"])
        if not (LO <= dt <= HI):
            err(f"{nid}: date {dt} out of 2025-26")
    except ValueError:
        err(f"{nid}: bad date {d['date']}")
        continue
    if triage_dates.setdefault(d["triage_id"], dt) != dt:
        err(f"{nid}: triage has two dates")
    case_dates.setdefault(cid, {}).setdefault(st, set()).add(dt)

for cid, sd in case_dates.items():
    if set(sd) != {"A", "C"}:
        err(f"{cid}: needs both assessment and closure")
        continue
    if max(sd["A"]) >= min(sd["C"]):
        err(f"{cid}: closure not after assessment")

n_notes = sum(1 for d in narr.values() if d["level"] == "")
if not 85 <= len(narr) <= 100:
    err(f"{len(narr)} narratives (want 85-100)")
if not 30 <= len(case_dates) <= 40:
    err(f"{len(case_dates)} cases (want 30-40)")
if n_notes > 8:
    err(f"{n_notes} unboxed notes (max 8)")
if len(localities) != 4:
    err(f"{len(localities)} localities (want 4)")

# gold.csv
gtext = read_text("gold.csv")
check_crlf("gold.csv", gtext)
grows = list(csv.reader(io.StringIO(gtext, newline="")))
if grows[0] != G_HEADER:
    err(f"gold.csv header {grows[0]}")
seen = set()
note_levels = {}
for r in grows[1:]:
    if len(r) != 3:
        err(f"gold.csv: bad row {r}")
        continue
    nid, code, level = r
    if nid not in narr:
        err(f"gold row for unknown narrative {nid}")
        continue
    if code not in CODES:
        err(f"{nid}: unknown code {code}")
    if level not in LEVELS:
        err(f"{nid}: bad level {level}")
    if (nid, code) in seen:
        err(f"duplicate gold pair {nid} {code}")
    seen.add((nid, code))
    box = narr[nid]["level"]
    if box:
        if level != box:
            err(f"{nid}: gold level {level} != box {box}")
    else:
        note_levels.setdefault(nid, set()).add(level)

for nid, lv in note_levels.items():
    if len(lv) != 1:
        err(f"{nid}: note has several gold levels {lv}")
        continue
    cue = note_level(narr[nid]["narrative"])
    if cue != next(iter(lv)):
        err(f"{nid}: note gold level {lv} but highest cue in text is {cue}")

# traps.json
traps = json.loads(read_text("traps.json"))
for nid, items in traps.items():
    if nid not in narr:
        err(f"traps.json: unknown narrative {nid}")
    for t in items:
        if set(t) != {"type", "code", "note"}:
            err(f"traps.json {nid}: keys {sorted(t)}")
            continue
        if t["type"] not in TRAP_TYPES:
            err(f"traps.json {nid}: type {t['type']}")
        if t["code"] and t["code"] not in CODES:
            err(f"traps.json {nid}: code {t['code']}")
        if not t["note"].strip():
            err(f"traps.json {nid}: empty note")

if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)
print("OK")
