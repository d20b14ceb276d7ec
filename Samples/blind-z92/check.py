#!/usr/bin/env python3
"""Validate the z92 blind gold set; prints OK at the end if everything passes."""
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
NARR_HEADER = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
GOLD_HEADER = ["narrative_id", "code", "level"]
NOT_GOLD_KINDS = {"negated", "historical", "hypothetical", "outside", "lookalike", "met"}
TRAP_KINDS = NOT_GOLD_KINDS | {"convention"}

errors = []


def fail(msg):
    errors.append(msg)


def read_csv(name, header):
    raw = open(os.path.join(HERE, name), "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        fail("%s: has a BOM" % name)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        fail("%s: not UTF-8 (%s)" % (name, e))
        return []
    # Record terminators (newlines outside quoted fields) must be CRLF;
    # newlines inside a quoted field may be bare \n.
    inq = False
    for i, ch in enumerate(text):
        if ch == '"':
            inq = not inq
        elif ch == "\n" and not inq:
            if i == 0 or text[i - 1] != "\r":
                fail("%s: bare LF record ending at char %d" % (name, i))
                break
        elif ch == "\r" and not inq:
            if i + 1 >= len(text) or text[i + 1] != "\n":
                fail("%s: stray CR at char %d" % (name, i))
                break
    if inq:
        fail("%s: unterminated quote" % name)
    if not text.endswith("\r\n"):
        fail("%s: does not end with CRLF" % name)
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows or rows[0] != header:
        fail("%s: header is %r" % (name, rows[0] if rows else None))
        return []
    for r in rows[1:]:
        if len(r) != len(header):
            fail("%s: row with %d fields: %r" % (name, len(r), r[:2]))
    return [dict(zip(header, r)) for r in rows[1:]]


narr = read_csv("narratives.csv", NARR_HEADER)
gold = read_csv("gold.csv", GOLD_HEADER)

# --- narratives -------------------------------------------------------------
by_id = {}
for r in narr:
    nid = r["narrative_id"]
    if nid in by_id:
        fail("duplicate narrative_id %s" % nid)
    by_id[nid] = r
    if r["stage"] not in ("assessment", "closure"):
        fail("%s: bad stage %r" % (nid, r["stage"]))
    if not re.fullmatch(r"202[56]-\d\d-\d\d", r["date"]):
        fail("%s: date %r not in 2025-2026" % (nid, r["date"]))
    if not r["narrative"].strip():
        fail("%s: empty narrative" % nid)
    if r["level"]:
        m = re.fullmatch(r"([A-Z]\d{3})-([AC])-(blue|green|yellow|orange|red)", nid)
        if not m:
            fail("%s: boxed id malformed" % nid)
            continue
        case, st, lev = m.groups()
        if r["level"] != lev or r["case_id"] != case or r["triage_id"] != "%s-%s" % (case, st):
            fail("%s: id/triage/case/level mismatch" % nid)
        if (st == "A") != (r["stage"] == "assessment"):
            fail("%s: stage letter vs stage" % nid)
    else:
        if r["triage_id"] != nid:
            fail("%s: unboxed triage_id should equal narrative_id" % nid)
    if r["level"] and r["level"] not in LEVELS:
        fail("%s: bad level %r" % (nid, r["level"]))

if not 85 <= len(narr) <= 100:
    fail("narrative count %d outside 85-100" % len(narr))
locs = {r["locality"] for r in narr}
if len(locs) != 4:
    fail("expected 4 localities, got %r" % sorted(locs))
# one date / locality per triage
tri = {}
for r in narr:
    key = r["triage_id"]
    val = (r["date"], r["locality"], r["stage"], r["case_id"])
    if tri.setdefault(key, val) != val:
        fail("triage %s inconsistent" % key)

# --- gold -------------------------------------------------------------------
seen = set()
unboxed_levels = {}
gold_by = {}
for g in gold:
    nid, code, lev = g["narrative_id"], g["code"], g["level"]
    if nid not in by_id:
        fail("gold row for unknown narrative %s" % nid)
        continue
    if code not in CODES:
        fail("%s: unknown code %r" % (nid, code))
    if lev not in LEVELS:
        fail("%s: bad gold level %r" % (nid, lev))
    if (nid, code) in seen:
        fail("duplicate gold (%s, %s)" % (nid, code))
    seen.add((nid, code))
    gold_by.setdefault(nid, set()).add(code)
    box = by_id[nid]["level"]
    if box:
        if lev != box:
            fail("%s: gold level %s != box level %s" % (nid, lev, box))
    else:
        unboxed_levels.setdefault(nid, set()).add(lev)
for nid, levs in unboxed_levels.items():
    if len(levs) != 1:
        fail("%s: unboxed narrative has several levels %r" % (nid, levs))

# --- traps.json ---------------------------------------------------------------
traps = json.load(open(os.path.join(HERE, "traps.json"), encoding="utf-8"))
if set(traps) != set(by_id):
    fail("traps.json ids differ from narratives.csv")
with_trap = 0
kinds = Counter()
for nid, t in traps.items():
    if set(t["gold"]) != gold_by.get(nid, set()):
        fail("%s: traps.json gold differs from gold.csv" % nid)
    if not by_id.get(nid, {}).get("level") and nid in unboxed_levels:
        if t.get("gold_level") not in unboxed_levels[nid]:
            fail("%s: traps.json gold_level mismatch" % nid)
    real = False
    for tr in t["traps"]:
        if tr["kind"] not in TRAP_KINDS:
            fail("%s: trap kind %r" % (nid, tr["kind"]))
        if tr["code"] not in CODES and tr["code"] != "level":
            fail("%s: trap code %r" % (nid, tr["code"]))
        if tr["kind"] in NOT_GOLD_KINDS and tr["code"] in gold_by.get(nid, set()):
            fail("%s: %s trap on %s but %s is gold" % (nid, tr["kind"], tr["code"], tr["code"]))
        if tr["kind"] in NOT_GOLD_KINDS or (tr["kind"] == "convention" and tr["code"] in CODES
                                            and tr["code"] not in gold_by.get(nid, set())):
            real = True
            kinds[tr["kind"]] += 1
    with_trap += real
if with_trap < 0.45 * len(narr):
    fail("only %d of %d narratives carry a trap" % (with_trap, len(narr)))

# every code used at least once
used = Counter(g["code"] for g in gold)
missing = CODES - set(used)
if missing:
    fail("codes never used: %s" % sorted(missing))

if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)

print("narratives %d (boxed %d, unboxed %d), triages %d, gold rows %d, narratives with a trap %d"
      % (len(narr), sum(1 for r in narr if r["level"]), sum(1 for r in narr if not r["level"]),
         len(tri), len(gold), with_trap))
print("codes:", " ".join("%s=%d" % (c, used[c]) for c in sorted(CODES)))
print("levels:", " ".join("%s=%d" % (l, sum(1 for g in gold if g["level"] == l)) for l in LEVELS))
print("trap kinds (not coded):", dict(kinds))
print("narratives with no gold code:", sum(1 for n in by_id if n not in gold_by))
print("OK")
