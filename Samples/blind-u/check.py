#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv and traps.json of blind set U; prints OK."""
import csv
import io
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = {"EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD", "MH-ADULT", "PH", "SUB",
         "REL-PAR", "REL-CONF", "DA", "SAFE-NEG", "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"}
LEVELS = {"blue", "green", "yellow", "orange", "red"}
NAR_HEADER = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
GOLD_HEADER = ["narrative_id", "code", "level"]
errors = []


def err(msg):
    errors.append(msg)


def read(name):
    raw = open(os.path.join(HERE, name), "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err("%s: has a BOM" % name)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err("%s: not UTF-8 (%s)" % (name, e))
        text = raw.decode("utf-8", "replace")
    if not raw.endswith(b"\r\n"):
        err("%s: does not end with CRLF" % name)
    if re.search(rb"(?<!\r)\n", raw):
        err("%s: bare LF line ending" % name)
    if re.search(rb"\r(?!\n)", raw):
        err("%s: bare CR" % name)
    return text


def rows(name, header):
    text = read(name)
    r = list(csv.reader(io.StringIO(text, newline="")))
    if not r or r[0] != header:
        err("%s: header is %r" % (name, r[0] if r else None))
        return []
    for i, row in enumerate(r[1:], 2):
        if len(row) != len(header):
            err("%s line %d: %d fields" % (name, i, len(row)))
    return [dict(zip(header, row)) for row in r[1:] if len(row) == len(header)]


nar = rows("narratives.csv", NAR_HEADER)
gold = rows("gold.csv", GOLD_HEADER)

ids = [r["narrative_id"] for r in nar]
if len(ids) != len(set(ids)):
    err("duplicate narrative ids")
by_id = {r["narrative_id"]: r for r in nar}
if not 85 <= len(nar) <= 100:
    err("narrative count %d outside 85-100" % len(nar))

for r in nar:
    nid, tid, cid, stage, lvl = r["narrative_id"], r["triage_id"], r["case_id"], r["stage"], r["level"]
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["date"]) or not r["date"][:4] in ("2025", "2026"):
        err("%s: bad date %s" % (nid, r["date"]))
    if stage not in ("assessment", "closure"):
        err("%s: bad stage %s" % (nid, stage))
    if not r["narrative"].strip():
        err("%s: empty narrative" % nid)
    if lvl:
        if lvl not in LEVELS:
            err("%s: bad level %s" % (nid, lvl))
        m = re.fullmatch(r"(U\d{3})-([AC])-(\w+)", nid)
        if not m or m.group(1) != cid or "%s-%s" % (cid, m.group(2)) != tid or m.group(3) != lvl:
            err("%s: id does not match case/triage/level" % nid)
        if m and stage != {"A": "assessment", "C": "closure"}[m.group(2)]:
            err("%s: stage mismatch" % nid)
    else:
        if not re.fullmatch(r"U\d{3}", nid) or tid != nid or cid != nid:
            err("%s: unboxed ids must be equal" % nid)

# one box per level within a triage
seen = set()
for r in nar:
    if r["level"]:
        k = (r["triage_id"], r["level"])
        if k in seen:
            err("%s: two %s boxes" % k)
        seen.add(k)

pairs = set()
for g in gold:
    nid, code, lvl = g["narrative_id"], g["code"], g["level"]
    if nid not in by_id:
        err("gold: unknown narrative %s" % nid)
        continue
    if code not in CODES:
        err("gold: bad code %s in %s" % (code, nid))
    if lvl not in LEVELS:
        err("gold: bad level %s in %s" % (lvl, nid))
    if (nid, code) in pairs:
        err("gold: duplicate (%s, %s)" % (nid, code))
    pairs.add((nid, code))
    box = by_id[nid]["level"]
    if box and box != lvl:
        err("gold: %s level %s differs from box level %s" % (nid, lvl, box))

# unboxed narratives: one level for all codes
ub = {}
for g in gold:
    if g["narrative_id"] in by_id and not by_id[g["narrative_id"]]["level"]:
        ub.setdefault(g["narrative_id"], set()).add(g["level"])
for nid, lv in ub.items():
    if len(lv) != 1:
        err("gold: unboxed %s has several levels %s" % (nid, lv))

# traps.json agrees with gold
read("traps.json")
traps = json.load(open(os.path.join(HERE, "traps.json"), encoding="utf-8"))
tid = [t["narrative_id"] for t in traps]
if sorted(tid) != sorted(ids):
    err("traps.json ids differ from narratives")
for t in traps:
    want = {(t["narrative_id"], c) for c in t["gold_codes"]}
    have = {p for p in pairs if p[0] == t["narrative_id"]}
    if want != have:
        err("traps.json gold codes differ for %s" % t["narrative_id"])

if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)
print("OK")
