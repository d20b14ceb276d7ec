#!/usr/bin/env python3
"""Validate the H gold set: format, ids, codes, levels; print counts. python3 csv/json only."""
import csv
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = ["EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD", "MH-ADULT", "PH",
         "SUB", "REL-PAR", "REL-CONF", "DA", "SAFE-NEG", "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"]
LEVELS = ["blue", "green", "yellow", "orange", "red"]
NHEAD = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
GHEAD = ["narrative_id", "code", "level"]
BOXED = re.compile(r"^(H\d{3})-([AC])-(blue|green|yellow|orange|red)$")
UNBOXED = re.compile(r"^HV\d{3}$")
errors = []


def err(msg):
    errors.append(msg)


def raw(name):
    with open(os.path.join(HERE, name), "rb") as f:
        b = f.read()
    if b.startswith(b"\xef\xbb\xbf"):
        err("%s: has a BOM" % name)
    try:
        b.decode("utf-8")
    except UnicodeDecodeError:
        err("%s: not UTF-8" % name)
    body = b.replace(b"\r\n", b"")
    if b"\n" in body or b"\r" in body:
        err("%s: bare LF/CR (lines must end CRLF, no newlines in fields)" % name)
    if not b.endswith(b"\r\n"):
        err("%s: last line not CRLF-terminated" % name)
    return b.decode("utf-8", "replace")


def rows(name, head):
    text = raw(name)
    rdr = list(csv.reader(text.splitlines(), strict=True))
    if not rdr or rdr[0] != head:
        err("%s: bad header %r" % (name, rdr[0] if rdr else None))
        return []
    out = []
    for i, r in enumerate(rdr[1:], 2):
        if len(r) != len(head):
            err("%s line %d: %d fields" % (name, i, len(r)))
            continue
        out.append(dict(zip(head, r)))
    # minimal quoting: re-serialise and compare
    import io
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(head)
    for r in out:
        w.writerow([r[h] for h in head])
    if buf.getvalue() != text:
        err("%s: not in csv.writer minimal-quoting form" % name)
    return out


narr = rows("narratives.csv", NHEAD)
gold = rows("gold.csv", GHEAD)
with open(os.path.join(HERE, "traps.json"), encoding="utf-8") as f:
    traps = json.load(f)

byid = {}
triages = {}
for r in narr:
    nid = r["narrative_id"]
    if nid in byid:
        err("duplicate narrative_id %s" % nid)
    byid[nid] = r
    if not re.fullmatch(r"2025-\d\d-\d\d", r["date"]):
        err("%s: date %r not 2025 ISO" % (nid, r["date"]))
    if r["stage"] not in ("assessment", "closure"):
        err("%s: stage %r" % (nid, r["stage"]))
    if not r["narrative"].strip():
        err("%s: empty narrative" % nid)
    m = BOXED.match(nid)
    if m:
        case, st, colour = m.groups()
        if r["triage_id"] != "%s-%s" % (case, st) or r["case_id"] != case:
            err("%s: triage/case id mismatch" % nid)
        if r["level"] != colour:
            err("%s: level column %r != box colour" % (nid, r["level"]))
        if r["stage"] != {"A": "assessment", "C": "closure"}[st]:
            err("%s: stage does not match A/C" % nid)
        triages.setdefault(r["triage_id"], []).append(r)
    elif UNBOXED.match(nid):
        if r["level"] != "":
            err("%s: unboxed note must have empty level" % nid)
        if r["triage_id"] != nid or r["case_id"] != nid:
            err("%s: unboxed triage/case id must equal the narrative id" % nid)
    else:
        err("bad narrative_id %r" % nid)

for tid, rs in triages.items():
    if not 2 <= len(rs) <= 5:
        err("%s: %d boxes" % (tid, len(rs)))
    if len({r["date"] for r in rs}) != 1 or len({r["locality"] for r in rs}) != 1:
        err("%s: boxes disagree on date/locality" % tid)

locs = {r["locality"] for r in narr}
if len(locs) != 3:
    err("expected 3 localities, got %r" % sorted(locs))

seen = set()
unboxed_levels = {}
for g in gold:
    nid, code, level = g["narrative_id"], g["code"], g["level"]
    if nid not in byid:
        err("gold row for unknown narrative %s" % nid)
        continue
    if code not in CODES:
        err("%s: unknown code %s" % (nid, code))
    if level not in LEVELS:
        err("%s: unknown level %s" % (nid, level))
    if (nid, code) in seen:
        err("%s: code %s twice" % (nid, code))
    seen.add((nid, code))
    box = byid[nid]["level"]
    if box and level != box:
        err("%s: gold level %s != box colour %s" % (nid, level, box))
    if not box:
        if unboxed_levels.setdefault(nid, level) != level:
            err("%s: unboxed note with more than one level" % nid)

for nid, notes in traps.items():
    if nid not in byid:
        err("traps.json: unknown narrative %s" % nid)
    if not isinstance(notes, list) or not notes:
        err("traps.json: %s has no notes" % nid)
        continue
    for n in notes:
        if not isinstance(n, str) or not re.match(r"^[a-z0-9-]+: \S", n):
            err("traps.json: %s note not 'type: explanation': %r" % (nid, n))

# counts
cc = Counter(g["code"] for g in gold)
lc = Counter(g["level"] for g in gold)
grid = Counter((g["code"], g["level"]) for g in gold)
nbox = sum(1 for r in narr if r["level"])
print("narratives: %d (%d boxed in %d triages, %d unboxed)" % (len(narr), nbox, len(triages), len(narr) - nbox))
print("gold rows: %d; narratives with no rows: %d" % (len(gold), len(set(byid) - {g["narrative_id"] for g in gold})))
print("trapped narratives: %d (%.0f%%)" % (len(traps), 100.0 * len(traps) / max(1, len(narr))))
tt = Counter(n.split(":", 1)[0] for v in traps.values() for n in v)
print("trap notes by type: " + ", ".join("%s %d" % kv for kv in sorted(tt.items())))
print("%-9s %5s %5s %6s %6s %4s %5s" % ("code", "blue", "green", "yellow", "orange", "red", "total"))
for c in CODES:
    print("%-9s %5d %5d %6d %6d %4d %5d" % ((c,) + tuple(grid[(c, l)] for l in LEVELS) + (cc[c],)))
print("%-9s %5d %5d %6d %6d %4d %5d" % (("all",) + tuple(lc[l] for l in LEVELS) + (len(gold),)))
for c in CODES:
    if cc[c] < 8:
        err("code %s only %d times" % (c, cc[c]))
for l in LEVELS:
    if not lc[l]:
        err("level %s unused" % l)

if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)
print("OK")
