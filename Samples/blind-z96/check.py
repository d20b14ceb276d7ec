#!/usr/bin/env python3
"""Validate the z96 blind set: prints OK or the list of problems."""
import csv
import io
import json
import os
import re
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = {"EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD",
         "MH-ADULT", "PH", "SUB", "REL-PAR", "REL-CONF", "DA", "SAFE-NEG",
         "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"}
LEVELS = ["blue", "green", "yellow", "orange", "red"]
NARR_HDR = ["narrative_id", "triage_id", "case_id", "stage", "date", "level",
            "locality", "narrative"]
GOLD_HDR = ["narrative_id", "code", "level"]
ID_RE = re.compile(r"^(Z\d{3})-([AC])-(blue|green|yellow|orange|red|note)$")
DATE_RE = re.compile(r"^(2025|2026)-(\d\d)-(\d\d)$")
TRAP_TYPES = {"negated", "historical", "hypothetical", "outside", "convention",
              "partial", "not-coded"}
errors = []


def err(msg):
    errors.append(msg)


def read_raw(name):
    with open(os.path.join(HERE, name), "rb") as f:
        raw = f.read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err(name + ": has a UTF-8 BOM")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(name + ": not UTF-8: %s" % e)
        text = raw.decode("utf-8", "replace")
    # CRLF: every LF must be preceded by CR, and the file must end with CRLF
    if re.search(rb"(?<!\r)\n", raw):
        err(name + ": bare LF line ending found")
    if re.search(rb"\r(?!\n)", raw):
        err(name + ": bare CR found")
    if not raw.endswith(b"\r\n"):
        err(name + ": does not end with CRLF")
    return text


def read_csv(name, header):
    text = read_raw(name)
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


narr = read_csv("narratives.csv", NARR_HDR)
gold = read_csv("gold.csv", GOLD_HDR)

by_id = {}
case_dates = defaultdict(lambda: {"assessment": [], "closure": []})
case_boxes = defaultdict(lambda: {"assessment": 0, "closure": 0})
localities = set()
notes = 0
for n in narr:
    nid = n["narrative_id"]
    if nid in by_id:
        err("duplicate narrative_id " + nid)
    by_id[nid] = n
    m = ID_RE.match(nid)
    if not m:
        err("bad narrative_id " + nid)
        continue
    cid, st, box = m.groups()
    if n["case_id"] != cid:
        err(nid + ": case_id " + n["case_id"])
    if n["triage_id"] != cid + "-" + st:
        err(nid + ": triage_id " + n["triage_id"])
    stage = "assessment" if st == "A" else "closure"
    if n["stage"] != stage:
        err(nid + ": stage " + n["stage"])
    if box == "note":
        notes += 1
        if n["level"] != "":
            err(nid + ": unboxed note has a level")
    else:
        if n["level"] != box:
            err(nid + ": level %r does not match id" % n["level"])
        case_boxes[cid][stage] += 1
    if n["level"] not in LEVELS + [""]:
        err(nid + ": bad level " + n["level"])
    d = DATE_RE.match(n["date"])
    if not d or not (1 <= int(d.group(2)) <= 12 and 1 <= int(d.group(3)) <= 31):
        err(nid + ": bad date " + n["date"])
    case_dates[cid][stage].append(n["date"])
    if not n["locality"]:
        err(nid + ": no locality")
    localities.add(n["locality"])
    if not n["narrative"].strip():
        err(nid + ": empty narrative")
    if not n["narrative"].startswith(n["narrative"].strip()[:1]) or "\n" in n["narrative"]:
        err(nid + ": narrative has a line break or leading space")

for cid, st in case_dates.items():
    if not st["assessment"] or not st["closure"]:
        err(cid + ": missing a stage")
        continue
    if len(set(st["assessment"])) > 1 or len(set(st["closure"])) > 1:
        err(cid + ": inconsistent dates within a stage")
    if max(st["assessment"]) >= min(st["closure"]):
        err(cid + ": closure not after assessment")
    if case_boxes[cid]["assessment"] == 0 or case_boxes[cid]["closure"] == 0:
        err(cid + ": needs level boxes at both stages")

if not 85 <= len(narr) <= 100:
    err("narrative count %d outside 85-100" % len(narr))
if not 30 <= len(case_dates) <= 40:
    err("case count %d outside 30-40" % len(case_dates))
if notes > 8:
    err("too many unboxed notes: %d" % notes)
if len(localities) != 4:
    err("expected 4 localities, got %d: %s" % (len(localities), sorted(localities)))

seen = set()
note_levels = defaultdict(set)
gold_codes = defaultdict(set)
for g in gold:
    nid, code, lvl = g["narrative_id"], g["code"], g["level"]
    if nid not in by_id:
        err("gold row for unknown narrative " + nid)
        continue
    if code not in CODES:
        err("gold: bad code %s for %s" % (code, nid))
    if lvl not in LEVELS:
        err("gold: bad level %s for %s" % (lvl, nid))
    if (nid, code) in seen:
        err("gold: duplicate %s %s" % (nid, code))
    seen.add((nid, code))
    gold_codes[nid].add(code)
    box = by_id[nid]["level"]
    if box:
        if lvl != box:
            err("gold: %s %s level %s != box %s" % (nid, code, lvl, box))
    else:
        note_levels[nid].add(lvl)
for nid, lv in note_levels.items():
    if len(lv) != 1:
        err("note %s has more than one gold level: %s" % (nid, sorted(lv)))

# traps.json
try:
    with open(os.path.join(HERE, "traps.json"), encoding="utf-8") as f:
        traps = json.load(f)
except Exception as e:  # noqa
    err("traps.json: %s" % e)
    traps = {}
NOT_GOLD = {"negated", "historical", "hypothetical", "outside", "not-coded"}
for nid, lst in traps.items():
    if nid not in by_id:
        err("traps: unknown narrative " + nid)
        continue
    for t in lst:
        if set(t) != {"type", "code", "note"}:
            err("traps %s: bad keys %s" % (nid, sorted(t)))
            continue
        if t["type"] not in TRAP_TYPES:
            err("traps %s: bad type %s" % (nid, t["type"]))
        if t["code"] not in CODES:
            err("traps %s: bad code %s" % (nid, t["code"]))
        if t["type"] in NOT_GOLD and t["code"] in gold_codes[nid]:
            err("traps %s: %s trap on %s, which is gold" % (nid, t["type"], t["code"]))
        if t["type"] == "partial" and t["code"] not in gold_codes[nid]:
            err("traps %s: partial trap on %s, which is not gold" % (nid, t["code"]))
        if not t["note"].strip():
            err("traps %s: empty note" % nid)

if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)
print("OK")
