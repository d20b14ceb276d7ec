#!/usr/bin/env python3
"""Validate blind set z99: prints OK or a list of problems (exit 1)."""
import csv
import io
import json
import os
import re
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = {"EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD", "MH-ADULT", "PH", "SUB",
         "REL-PAR", "REL-CONF", "DA", "SAFE-NEG", "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"}
LEVELS = ["blue", "green", "yellow", "orange", "red"]
N_HEADER = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
G_HEADER = ["narrative_id", "code", "level"]
problems = []


def err(msg):
    problems.append(msg)


# cross-check the code set against the taxonomy's code table when it is readable
TAX = "/work/shared/taxonomy.md"
if os.path.exists(TAX):
    with open(TAX, encoding="utf-8") as f:
        tax_codes = set(re.findall(r"^\|\s*([A-Z]+(?:-[A-Z]+)?)\s*\|", f.read(), re.M)) - {"code"}
    if tax_codes and tax_codes != CODES:
        err("code set differs from taxonomy: %s" % sorted(tax_codes ^ CODES))


def read(name, header):
    path = os.path.join(HERE, name)
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err("%s: has a BOM" % name)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err("%s: not UTF-8 (%s)" % (name, e))
        return []
    if b"\r\n" not in raw or re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
        err("%s: line endings are not all CRLF" % name)
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows or rows[0] != header:
        err("%s: header is %r" % (name, rows[0] if rows else None))
        return []
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(header):
            err("%s line %d: %d fields" % (name, i, len(r)))
    return [dict(zip(header, r)) for r in rows[1:] if len(r) == len(header)]


narr = read("narratives.csv", N_HEADER)
gold = read("gold.csv", G_HEADER)

ids = {}
triage_info = {}
case_dates = {}
case_loc = {}
for r in narr:
    nid = r["narrative_id"]
    if nid in ids:
        err("duplicate narrative_id %s" % nid)
    ids[nid] = r
    m = re.fullmatch(r"(Z\d{3})-([AC])-(blue|green|yellow|orange|red|note)", nid)
    if not m:
        err("bad narrative_id %s" % nid)
        continue
    cid, st, lv = m.groups()
    if r["case_id"] != cid or r["triage_id"] != "%s-%s" % (cid, st):
        err("%s: case/triage id mismatch" % nid)
    if r["stage"] != {"A": "assessment", "C": "closure"}[st]:
        err("%s: stage mismatch" % nid)
    if lv == "note":
        if r["level"] != "":
            err("%s: note with a level" % nid)
    elif r["level"] != lv:
        err("%s: level column %r differs from id" % (nid, r["level"]))
    try:
        d = date.fromisoformat(r["date"])
    except ValueError:
        err("%s: bad date %r" % (nid, r["date"]))
        continue
    if not (date(2025, 1, 1) <= d <= date(2026, 12, 31)):
        err("%s: date out of 2025-26" % nid)
    t = triage_info.setdefault(r["triage_id"], d)
    if t != d:
        err("%s: triage has two dates" % nid)
    case_dates.setdefault(cid, {}).setdefault(r["stage"], set()).add(d)
    case_loc.setdefault(cid, set()).add(r["locality"])
    if not r["narrative"].strip():
        err("%s: empty narrative" % nid)

for cid, st in case_dates.items():
    if "assessment" not in st or "closure" not in st:
        err("%s: missing a stage" % cid)
    elif max(st["assessment"]) >= min(st["closure"]):
        err("%s: closure not after assessment" % cid)
for cid, locs in case_loc.items():
    if len(locs) != 1:
        err("%s: several localities" % cid)

# each case has boxes at both stages
for cid in case_dates:
    for st in "AC":
        if not any(n.startswith("%s-%s-" % (cid, st)) and not n.endswith("-note") for n in ids):
            err("%s: no boxed narrative at stage %s" % (cid, st))

notes = [n for n in ids if n.endswith("-note")]
if len(notes) > 8:
    err("too many unboxed notes: %d" % len(notes))
if not (85 <= len(narr) <= 100):
    err("narrative count %d not in 85-100" % len(narr))
if len({r["locality"] for r in narr}) != 4:
    err("need four localities")

pairs = set()
note_levels = {}
for g in gold:
    nid, code, lv = g["narrative_id"], g["code"], g["level"]
    if nid not in ids:
        err("gold row for unknown narrative %s" % nid)
        continue
    if code not in CODES:
        err("%s: unknown code %s" % (nid, code))
    if lv not in LEVELS:
        err("%s: bad level %s" % (nid, lv))
    if (nid, code) in pairs:
        err("duplicate gold pair %s %s" % (nid, code))
    pairs.add((nid, code))
    box = ids[nid]["level"]
    if box:
        if lv != box:
            err("%s: gold level %s != box %s" % (nid, lv, box))
    else:
        if note_levels.setdefault(nid, lv) != lv:
            err("%s: note has several gold levels" % nid)

with open(os.path.join(HERE, "traps.json"), "rb") as f:
    raw = f.read()
if raw.startswith(b"\xef\xbb\xbf"):
    err("traps.json: BOM")
traps = json.loads(raw.decode("utf-8"))
for nid, lst in traps.items():
    if nid not in ids:
        err("traps.json: unknown narrative %s" % nid)
    for t in lst:
        if set(t) != {"type", "code", "note"}:
            err("traps.json %s: bad keys %s" % (nid, sorted(t)))
        elif t["code"] and t["code"] not in CODES:
            err("traps.json %s: unknown code %s" % (nid, t["code"]))

if problems:
    print("\n".join(problems))
    sys.exit(1)
print("OK")
