#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv and traps.json in this folder; print OK or the problems."""
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
TRAP_TYPES = {"negated", "historical", "hypothetical", "outside", "convention", "partial", "not-coded"}
NOT_GOLD_TYPES = {"negated", "historical", "hypothetical", "not-coded"}
N_HEAD = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
G_HEAD = ["narrative_id", "code", "level"]
D_MIN, D_MAX = datetime.date(2025, 1, 1), datetime.date(2026, 12, 31)

errors = []


def err(msg):
    errors.append(msg)


def load_text(name):
    raw = open(os.path.join(HERE, name), "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err("%s: has a UTF-8 BOM" % name)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err("%s: not UTF-8 (%s)" % (name, e))
        text = raw.decode("utf-8", "replace")
    if not text.endswith("\r\n"):
        err("%s: does not end with CRLF" % name)
    if re.search(r"(?<!\r)\n", text):
        err("%s: bare LF line ending(s)" % name)
    if re.search(r"\r(?!\n)", text):
        err("%s: bare CR" % name)
    return text


def load_csv(name, header):
    text = load_text(name)
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows or rows[0] != header:
        err("%s: header is %r, expected %r" % (name, rows[0] if rows else None, header))
        return []
    out = []
    for i, r in enumerate(rows[1:], start=2):
        if len(r) != len(header):
            err("%s line %d: %d fields, expected %d" % (name, i, len(r), len(header)))
            continue
        out.append(dict(zip(header, r)))
    return out


# the code set must agree with the taxonomy if it is readable
tax = "/work/shared/taxonomy.md"
if os.path.exists(tax):
    found = set(re.findall(r"^\| ([A-Z]+(?:-[A-Z]+)?)\s+\|", open(tax, encoding="utf-8").read(), re.M))
    if found != CODES:
        err("code set differs from taxonomy: %s" % sorted(found ^ CODES))

narr = load_csv("narratives.csv", N_HEAD)
gold = load_csv("gold.csv", G_HEAD)

by_id = {}
case_dates = {}
case_loc = {}
notes = 0
for r in narr:
    nid = r["narrative_id"]
    if nid in by_id:
        err("duplicate narrative_id %s" % nid)
    by_id[nid] = r
    m = re.fullmatch(r"(Z\d{3})-([AC])-(blue|green|yellow|orange|red|note)", nid)
    if not m:
        err("%s: bad narrative_id" % nid)
        continue
    cid, st, suffix = m.groups()
    if r["case_id"] != cid:
        err("%s: case_id %s" % (nid, r["case_id"]))
    if r["triage_id"] != "%s-%s" % (cid, st):
        err("%s: triage_id %s" % (nid, r["triage_id"]))
    if r["stage"] != {"A": "assessment", "C": "closure"}[st]:
        err("%s: stage %s" % (nid, r["stage"]))
    if suffix == "note":
        notes += 1
        if r["level"] != "":
            err("%s: unboxed note has level %r" % (nid, r["level"]))
    elif r["level"] != suffix:
        err("%s: level %r does not match id" % (nid, r["level"]))
    if r["level"] not in LEVELS + [""]:
        err("%s: bad level %r" % (nid, r["level"]))
    try:
        d = datetime.date.fromisoformat(r["date"])
        if not (D_MIN <= d <= D_MAX) or r["date"] != d.isoformat():
            err("%s: date %s out of range/format" % (nid, r["date"]))
        case_dates.setdefault(cid, {}).setdefault(st, set()).add(d)
    except ValueError:
        err("%s: bad date %r" % (nid, r["date"]))
    if not r["narrative"].strip():
        err("%s: empty narrative" % nid)
    if not r["locality"]:
        err("%s: empty locality" % nid)
    case_loc.setdefault(cid, set()).add(r["locality"])

for cid, st in case_dates.items():
    if set(st) != {"A", "C"}:
        err("%s: needs both assessment and closure" % cid)
        continue
    if max(st["A"]) >= min(st["C"]):
        err("%s: closure not after assessment" % cid)
for cid, locs in case_loc.items():
    if len(locs) != 1:
        err("%s: several localities %s" % (cid, locs))

if not 85 <= len(narr) <= 100:
    err("narratives: %d, expected 85-100" % len(narr))
if notes > 8:
    err("too many unboxed notes: %d" % notes)
if not 30 <= len(case_dates) <= 40:
    err("cases: %d, expected about 30-40" % len(case_dates))
if len({r["locality"] for r in narr}) != 4:
    err("expected four localities")

pairs = set()
note_levels = {}
gold_codes = {}
for r in gold:
    nid, code, lv = r["narrative_id"], r["code"], r["level"]
    if nid not in by_id:
        err("gold: unknown narrative %s" % nid)
        continue
    if code not in CODES:
        err("gold: %s bad code %r" % (nid, code))
    if lv not in LEVELS:
        err("gold: %s bad level %r" % (nid, lv))
    if (nid, code) in pairs:
        err("gold: duplicate %s %s" % (nid, code))
    pairs.add((nid, code))
    gold_codes.setdefault(nid, set()).add(code)
    box = by_id[nid]["level"]
    if box:
        if lv != box:
            err("gold: %s %s level %s != box %s" % (nid, code, lv, box))
    else:
        note_levels.setdefault(nid, set()).add(lv)
for nid, lvs in note_levels.items():
    if len(lvs) != 1:
        err("gold: unboxed %s has several levels %s" % (nid, lvs))

traps = json.loads(load_text("traps.json"))
if not isinstance(traps, dict):
    err("traps.json: not an object")
    traps = {}
for nid, items in traps.items():
    if nid not in by_id:
        err("traps: unknown narrative %s" % nid)
    if not isinstance(items, list) or not items:
        err("traps: %s not a non-empty list" % nid)
        continue
    for t in items:
        if set(t) != {"type", "code", "note"}:
            err("traps: %s bad keys %s" % (nid, sorted(t)))
            continue
        if t["type"] not in TRAP_TYPES:
            err("traps: %s bad type %r" % (nid, t["type"]))
        if t["code"] not in CODES:
            err("traps: %s bad code %r" % (nid, t["code"]))
        if not t["note"].strip():
            err("traps: %s empty note" % nid)
        if t["type"] in NOT_GOLD_TYPES and t["code"] in gold_codes.get(nid, set()):
            err("traps: %s says %s is %s but it is in gold" % (nid, t["code"], t["type"]))

if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)
print("OK")
