#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv and traps.json of this blind set; print OK or the problems."""
import csv
import datetime
import io
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = {"EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD", "MH-ADULT", "PH",
         "SUB", "REL-PAR", "REL-CONF", "DA", "SAFE-NEG", "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"}
LEVELS = ["blue", "green", "yellow", "orange", "red"]
STAGES = {"A": "assessment", "C": "closure"}
TRAP_TYPES = {"negated", "historical", "hypothetical", "outside", "convention", "partial", "not-coded"}
LOCALITIES = {"Kestlebank", "Ollerby Sands", "Fennick Cross", "Marrowgate"}
NAR_HEADER = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
GOLD_HEADER = ["narrative_id", "code", "level"]
ID_RE = re.compile(r"^(Z\d{3})-([AC])-(blue|green|yellow|orange|red|note)$")
D_MIN, D_MAX = datetime.date(2025, 1, 1), datetime.date(2026, 12, 31)
errors = []


def err(msg):
    errors.append(msg)


def read_text(name):
    raw = open(os.path.join(HERE, name), "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err(name + ": has a UTF-8 BOM")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(name + ": not UTF-8: %s" % e)
        return ""
    if re.search(r"(?<!\r)\n", text) or re.search(r"\r(?!\n)", text):
        err(name + ": line endings are not all CRLF")
    if not text.endswith("\r\n"):
        err(name + ": does not end with CRLF")
    return text


def read_csv(name, header):
    text = read_text(name)
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows or rows[0] != header:
        err("%s: header is %r, expected %r" % (name, rows[0] if rows else None, header))
        return []
    out = []
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(header):
            err("%s line %d: %d fields" % (name, i, len(r)))
            continue
        out.append(dict(zip(header, r)))
    return out


nars = read_csv("narratives.csv", NAR_HEADER)
gold = read_csv("gold.csv", GOLD_HEADER)

# ---- narratives
by_id = {}
case_dates = {}
triage_dates = {}
notes = 0
for r in nars:
    nid = r["narrative_id"]
    if nid in by_id:
        err("duplicate narrative_id " + nid)
    by_id[nid] = r
    m = ID_RE.match(nid)
    if not m:
        err("bad narrative_id " + nid)
        continue
    case, st, box = m.groups()
    if r["triage_id"] != case + "-" + st:
        err(nid + ": triage_id " + r["triage_id"])
    if r["case_id"] != case:
        err(nid + ": case_id " + r["case_id"])
    if r["stage"] != STAGES[st]:
        err(nid + ": stage " + r["stage"])
    if box == "note":
        notes += 1
        if r["level"] != "":
            err(nid + ": unboxed note has a level")
    elif r["level"] != box:
        err(nid + ": level %r does not match id" % r["level"])
    if r["locality"] not in LOCALITIES:
        err(nid + ": locality " + r["locality"])
    if not r["narrative"].strip():
        err(nid + ": empty narrative")
    try:
        d = datetime.date.fromisoformat(r["date"])
        if not re.match(r"^\d{4}-\d{2}-\d{2}$", r["date"]):
            raise ValueError
    except ValueError:
        err(nid + ": bad date " + r["date"])
        continue
    if not (D_MIN <= d <= D_MAX):
        err(nid + ": date out of 2025-26 " + r["date"])
    case_dates.setdefault(case, {}).setdefault(st, set()).add(d)
    triage_dates.setdefault(r["triage_id"], set()).add(d)
    # one locality per case
    loc = case_dates[case].setdefault("loc", set())
    loc.add(r["locality"])

for t, ds in triage_dates.items():
    if len(ds) != 1:
        err(t + ": more than one date in a triage")
for case, d in case_dates.items():
    if "A" not in d or "C" not in d:
        err(case + ": needs both assessment and closure")
        continue
    if min(d["C"]) <= max(d["A"]):
        err(case + ": closure not after assessment")
    if len(d["loc"]) != 1:
        err(case + ": more than one locality")

if not (85 <= len(nars) <= 100):
    err("narrative count %d not in 85-100" % len(nars))
if notes > 8:
    err("more than 8 unboxed notes")
if not (30 <= len(case_dates) <= 40):
    err("case count %d not in 30-40" % len(case_dates))

# ---- gold
seen = set()
note_levels = {}
for g in gold:
    nid, code, lvl = g["narrative_id"], g["code"], g["level"]
    if nid not in by_id:
        err("gold row for unknown narrative " + nid)
        continue
    if code not in CODES:
        err(nid + ": unknown code " + code)
    if lvl not in LEVELS:
        err(nid + ": bad level " + lvl)
    if (nid, code) in seen:
        err(nid + ": duplicate code " + code)
    seen.add((nid, code))
    box = by_id[nid]["level"]
    if box:
        if lvl != box:
            err(nid + ": gold level %s differs from box %s" % (lvl, box))
    else:
        note_levels.setdefault(nid, set()).add(lvl)
for nid, ls in note_levels.items():
    if len(ls) != 1:
        err(nid + ": unboxed note has more than one gold level")

# ---- traps
try:
    traps = json.loads(read_text("traps.json"))
except ValueError as e:
    err("traps.json: %s" % e)
    traps = {}
for nid, lst in traps.items():
    if nid not in by_id:
        err("traps.json: unknown narrative " + nid)
    if not isinstance(lst, list) or not lst:
        err("traps.json: %s not a non-empty list" % nid)
        continue
    for t in lst:
        if set(t) != {"type", "code", "note"}:
            err("traps.json: %s entry keys %s" % (nid, sorted(t)))
            continue
        if t["type"] not in TRAP_TYPES:
            err("traps.json: %s type %s" % (nid, t["type"]))
        if t["code"] not in CODES:
            err("traps.json: %s code %s" % (nid, t["code"]))
        if not t["note"].strip():
            err("traps.json: %s empty note" % nid)

if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)
print("OK")
