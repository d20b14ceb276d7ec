#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv and traps.json; print OK at the end."""
import csv
import io
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = set("EDU-ATT EDU-EXC EDU-NEET EDU-SEND EYD MH-CHILD MH-ADULT PH SUB "
            "REL-PAR REL-CONF DA SAFE-NEG SAFE-EXP CRIME HOUS FIN CARER".split())
LEVELS = ["blue", "green", "yellow", "orange", "red"]
N_HEADER = ["narrative_id", "triage_id", "case_id", "stage", "date", "level",
            "locality", "narrative"]
G_HEADER = ["narrative_id", "code", "level"]
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
    # every line break outside quoted fields must be CRLF
    if not raw.endswith(b"\r\n"):
        err(name + ": does not end with CRLF")
    if re.search(rb"(?<!\r)\n", raw):
        err(name + ": bare LF line ending")
    if re.search(rb"\r(?!\n)", raw):
        err(name + ": bare CR")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows or rows[0] != header:
        err("%s: header is %r" % (name, rows[0] if rows else None))
        return []
    out = []
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(header):
            err("%s line %d: %d fields" % (name, i, len(r)))
            continue
        out.append(dict(zip(header, r)))
    return out


narrs = load("narratives.csv", N_HEADER)
gold = load("gold.csv", G_HEADER)

by_id = {}
for n in narrs:
    nid = n["narrative_id"]
    if nid in by_id:
        err("duplicate narrative_id " + nid)
    by_id[nid] = n
    if n["stage"] not in ("assessment", "closure"):
        err(nid + ": bad stage")
    if not re.fullmatch(r"202[56]-\d\d-\d\d", n["date"]):
        err(nid + ": date not 2025-2026 ISO")
    if not n["narrative"].strip():
        err(nid + ": empty narrative")
    if n["level"]:
        if n["level"] not in LEVELS:
            err(nid + ": bad level")
        m = re.fullmatch(r"([A-Z0-9]+)-([AC])-([a-z]+)", nid)
        if not m:
            err(nid + ": boxed id not CASE-A|C-level")
            continue
        case, st, lvl = m.groups()
        if lvl != n["level"] or n["triage_id"] != case + "-" + st \
                or n["case_id"] != case:
            err(nid + ": id / triage / case / level disagree")
        if (st == "A") != (n["stage"] == "assessment"):
            err(nid + ": stage letter disagrees with stage")
    else:
        if n["triage_id"] != nid:
            err(nid + ": unboxed triage_id should equal narrative_id")

localities = {n["locality"] for n in narrs}
if len(localities) != 4:
    err("expected four localities, got %s" % sorted(localities))
if not 85 <= len(narrs) <= 100:
    err("narrative count %d outside 85-100" % len(narrs))

seen = set()
unboxed_levels = {}
for g in gold:
    nid, code, lvl = g["narrative_id"], g["code"], g["level"]
    if nid not in by_id:
        err("gold row for unknown narrative " + nid)
        continue
    if code not in CODES:
        err("%s: unknown code %s" % (nid, code))
    if lvl not in LEVELS:
        err("%s: bad gold level %s" % (nid, lvl))
    if (nid, code) in seen:
        err("duplicate gold row %s %s" % (nid, code))
    seen.add((nid, code))
    box = by_id[nid]["level"]
    if box and lvl != box:
        err("%s: gold level %s differs from box %s" % (nid, lvl, box))
    if not box:
        unboxed_levels.setdefault(nid, set()).add(lvl)
for nid, lv in unboxed_levels.items():
    if len(lv) != 1:
        err(nid + ": unboxed narrative has more than one gold level")

traps = json.load(open(os.path.join(HERE, "traps.json"), encoding="utf-8"))
tids = [t["narrative_id"] for t in traps]
if sorted(tids) != sorted(by_id):
    err("traps.json ids differ from narratives.csv")
for t in traps:
    want = sorted(c for (i, c) in seen if i == t["narrative_id"])
    if sorted(t["gold_codes"]) != want:
        err(t["narrative_id"] + ": traps.json gold_codes differ from gold.csv")

if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)
print("narratives %d, gold rows %d, localities %s" % (len(narrs), len(gold),
      ", ".join(sorted(localities))))
print("OK")
