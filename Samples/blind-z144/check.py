#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv and traps.json of this blind set; print OK or the problems."""
import csv
import io
import json
import os
import re
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
LEVELS = ["blue", "green", "yellow", "orange", "red"]
CODES = {"EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD", "MH-ADULT", "PH", "SUB",
         "REL-PAR", "REL-CONF", "DA", "SAFE-NEG", "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"}
N_HEADER = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
G_HEADER = ["narrative_id", "code", "level"]
TRAP_TYPES = {"negated", "historical", "hypothetical", "outside", "convention", "partial", "not-coded"}
LO, HI = date(2025, 1, 1), date(2026, 12, 31)

errors = []


def err(msg):
    errors.append(msg)


def taxonomy_codes():
    """Cross-check the hard-coded code set against the taxonomy's code table, if readable."""
    path = "/work/shared/taxonomy.md"
    if not os.path.exists(path):
        return None
    found = set()
    for line in open(path, encoding="utf-8"):
        m = re.match(r"\|\s*([A-Z][A-Z-]+)\s*\|\s*(Getting|Good|Mental|Substance|Family|Safe|Crime|Secure|Financial)", line)
        if m:
            found.add(m.group(1))
    return found


def read_csv(name, header):
    path = os.path.join(HERE, name)
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err("%s: has a UTF-8 BOM" % name)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err("%s: not UTF-8 (%s)" % (name, e))
        return []
    if not raw.endswith(b"\r\n"):
        err("%s: does not end with CRLF" % name)
    if re.search(rb"(?<!\r)\n", raw):
        err("%s: has a bare LF line ending" % name)
    if re.search(rb"\r(?!\n)", raw):
        err("%s: has a bare CR" % name)
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows or rows[0] != header:
        err("%s: header is %r, expected %r" % (name, rows[0] if rows else None, header))
        return []
    out = []
    for i, r in enumerate(rows[1:], start=2):
        if len(r) != len(header):
            err("%s line %d: %d fields" % (name, i, len(r)))
            continue
        out.append(dict(zip(header, r)))
    return out


tax = taxonomy_codes()
if tax is not None and tax != CODES:
    err("code set differs from taxonomy.md: %r" % sorted(tax ^ CODES))

narr = read_csv("narratives.csv", N_HEADER)
gold = read_csv("gold.csv", G_HEADER)

ids = {}
case_dates = {}
notes = 0
for n in narr:
    nid = n["narrative_id"]
    if nid in ids:
        err("duplicate narrative_id %s" % nid)
    ids[nid] = n
    m = re.fullmatch(r"(Z\d{3})-([AC])-(blue|green|yellow|orange|red|note)", nid)
    if not m:
        err("bad narrative_id %s" % nid)
        continue
    cid, st, box = m.groups()
    if n["case_id"] != cid:
        err("%s: case_id %s" % (nid, n["case_id"]))
    if n["triage_id"] != "%s-%s" % (cid, st):
        err("%s: triage_id %s" % (nid, n["triage_id"]))
    if n["stage"] != {"A": "assessment", "C": "closure"}[st]:
        err("%s: stage %s" % (nid, n["stage"]))
    if box == "note":
        notes += 1
        if n["level"] != "":
            err("%s: unboxed note has level %r" % (nid, n["level"]))
    elif n["level"] != box:
        err("%s: level %r does not match id" % (nid, n["level"]))
    try:
        d = date.fromisoformat(n["date"])
    except ValueError:
        err("%s: bad date %r" % (nid, n["date"]))
        continue
    if not (LO <= d <= HI):
        err("%s: date %s out of 2025-26" % (nid, d))
    case_dates.setdefault(cid, {"assessment": set(), "closure": set()})[n["stage"]].add(d)
    if not n["locality"].strip():
        err("%s: empty locality" % nid)
    if not n["narrative"].strip():
        err("%s: empty narrative" % nid)
    if "\n" in n["narrative"] or "\r" in n["narrative"]:
        err("%s: line break inside narrative" % nid)

if not (85 <= len(narr) <= 100):
    err("%d narratives, expected 85-100" % len(narr))
if notes > 8:
    err("%d unboxed notes, at most 8 allowed" % notes)
if len({n["locality"] for n in narr}) != 4:
    err("expected four localities, got %r" % sorted({n["locality"] for n in narr}))

for cid, dd in case_dates.items():
    if not dd["assessment"] or not dd["closure"]:
        err("%s: needs both assessment and closure" % cid)
        continue
    if len(dd["assessment"]) != 1 or len(dd["closure"]) != 1:
        err("%s: more than one date per stage" % cid)
    if max(dd["assessment"]) >= min(dd["closure"]):
        err("%s: closure not after assessment" % cid)

pairs = set()
for g in gold:
    nid, code, lvl = g["narrative_id"], g["code"], g["level"]
    if nid not in ids:
        err("gold row for unknown narrative %s" % nid)
        continue
    if code not in CODES:
        err("gold %s: unknown code %s" % (nid, code))
    if lvl not in LEVELS:
        err("gold %s: bad level %s" % (nid, lvl))
    if (nid, code) in pairs:
        err("gold duplicate (%s, %s)" % (nid, code))
    pairs.add((nid, code))
    box = ids[nid]["level"]
    if box and lvl != box:
        err("gold %s %s: level %s differs from box %s" % (nid, code, lvl, box))
note_levels = {}
for g in gold:
    if g["narrative_id"] in ids and not ids[g["narrative_id"]]["level"]:
        note_levels.setdefault(g["narrative_id"], set()).add(g["level"])
for nid, ls in note_levels.items():
    if len(ls) != 1:
        err("unboxed note %s has more than one gold level %r" % (nid, sorted(ls)))

try:
    traps = json.load(open(os.path.join(HERE, "traps.json"), encoding="utf-8"))
except Exception as e:  # noqa
    err("traps.json unreadable: %s" % e)
    traps = {}
for nid, lst in traps.items():
    if nid not in ids:
        err("traps.json: unknown narrative %s" % nid)
    for t in lst:
        if set(t) != {"type", "code", "note"}:
            err("traps.json %s: keys %r" % (nid, sorted(t)))
            continue
        if t["type"] not in TRAP_TYPES:
            err("traps.json %s: type %s" % (nid, t["type"]))
        if t["code"] not in CODES:
            err("traps.json %s: code %s" % (nid, t["code"]))
        if t["type"] in {"negated", "historical", "hypothetical", "outside"} and (nid, t["code"]) in pairs \
                and t["type"] != "hypothetical":
            err("traps.json %s: %s trap on %s, but %s is gold" % (nid, t["type"], t["code"], t["code"]))

if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)
print("OK")
