#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv and traps.json; prints OK at the end."""
import csv
import io
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = set("EDU-ATT EDU-EXC EDU-NEET EDU-SEND EYD MH-CHILD MH-ADULT PH SUB REL-PAR "
            "REL-CONF DA SAFE-NEG SAFE-EXP CRIME HOUS FIN CARER".split())
LEVELS = ["blue", "green", "yellow", "orange", "red"]
errors = []


def err(msg):
    errors.append(msg)


def load(name, header):
    raw = open(os.path.join(HERE, name), "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err(name + ": has a BOM")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(name + ": not UTF-8: %s" % e)
        return []
    if not text.endswith("\r\n"):
        err(name + ": does not end with CRLF")
    if re.search(r"(?<!\r)\n", text):
        err(name + ": has a bare LF line ending")
    if re.search(r"\r(?!\n)", text):
        err(name + ": has a bare CR")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows or rows[0] != header:
        err("%s: header is %r" % (name, rows[0] if rows else None))
        return []
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(header):
            err("%s line %d: %d fields" % (name, i, len(r)))
    return [dict(zip(header, r)) for r in rows[1:]]


narr = load("narratives.csv",
            ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"])
gold = load("gold.csv", ["narrative_id", "code", "level"])

by_id = {}
for r in narr:
    nid = r["narrative_id"]
    if nid in by_id:
        err("duplicate narrative_id " + nid)
    by_id[nid] = r
    if r["stage"] not in ("assessment", "closure"):
        err(nid + ": bad stage")
    if not re.fullmatch(r"202[56]-\d\d-\d\d", r["date"]):
        err(nid + ": date not in 2025-2026")
    if not r["narrative"].strip():
        err(nid + ": empty narrative")
    if r["level"]:
        if r["level"] not in LEVELS:
            err(nid + ": bad box level")
        m = re.fullmatch(r"(Y\d{3})-([AC])-(blue|green|yellow|orange|red)", nid)
        if not m:
            err(nid + ": boxed id format")
        else:
            if r["triage_id"] != m.group(1) + "-" + m.group(2) or r["case_id"] != m.group(1):
                err(nid + ": triage/case id mismatch")
            if m.group(3) != r["level"]:
                err(nid + ": id level differs from level column")
            if (m.group(2) == "A") != (r["stage"] == "assessment"):
                err(nid + ": stage differs from A/C")
    else:
        if not re.fullmatch(r"Y\d{3}", nid) or r["triage_id"] != nid:
            err(nid + ": unboxed id format")

# one date, stage and locality per triage; one locality per case
tri, case_loc = {}, {}
for r in narr:
    key = (r["stage"], r["date"], r["locality"])
    if tri.setdefault(r["triage_id"], key) != key:
        err(r["triage_id"] + ": inconsistent stage/date/locality")
    if case_loc.setdefault(r["case_id"], r["locality"]) != r["locality"]:
        err(r["case_id"] + ": inconsistent locality")
if len(set(r["locality"] for r in narr)) != 4:
    err("expected four localities")

seen = set()
unboxed_levels = {}
for g in gold:
    nid = g["narrative_id"]
    if nid not in by_id:
        err("gold row for unknown narrative " + nid)
        continue
    if g["code"] not in CODES:
        err(nid + ": unknown code " + g["code"])
    if g["level"] not in LEVELS:
        err(nid + ": bad gold level " + g["level"])
    if (nid, g["code"]) in seen:
        err(nid + ": duplicate code " + g["code"])
    seen.add((nid, g["code"]))
    box = by_id[nid]["level"]
    if box and g["level"] != box:
        err(nid + ": gold level %s differs from box %s" % (g["level"], box))
    if not box:
        unboxed_levels.setdefault(nid, set()).add(g["level"])
for nid, lv in unboxed_levels.items():
    if len(lv) != 1:
        err(nid + ": unboxed note has more than one level")

traps = json.load(open(os.path.join(HERE, "traps.json"), encoding="utf-8"))
for nid, tl in traps.items():
    if nid not in by_id:
        err("traps.json: unknown narrative " + nid)
    for t in tl:
        if t.get("code") and t["code"] not in CODES:
            err("traps.json %s: bad code %s" % (nid, t["code"]))

n = len(narr)
if not 85 <= n <= 100:
    err("narrative count %d outside 85-100" % n)

if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)

cnt = Counter(g["code"] for g in gold)
print("narratives %d (boxed %d, unboxed %d), triages %d, cases %d, gold rows %d" % (
    n, sum(1 for r in narr if r["level"]), sum(1 for r in narr if not r["level"]),
    len(tri), len(case_loc), len(gold)))
print("codes:", " ".join("%s %d" % (c, cnt[c]) for c in sorted(CODES)))
print("OK")
