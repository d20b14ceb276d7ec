#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv, traps.json of blind set z13; prints OK."""
import csv, io, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = set("EDU-ATT EDU-EXC EDU-NEET EDU-SEND EYD MH-CHILD MH-ADULT PH SUB REL-PAR "
            "REL-CONF DA SAFE-NEG SAFE-EXP CRIME HOUS FIN CARER".split())
LEVELS = ["blue", "green", "yellow", "orange", "red"]
NH = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
GH = ["narrative_id", "code", "level"]
errors = []

def fail(msg):
    errors.append(msg)

def load(name, header):
    raw = open(os.path.join(HERE, name), "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        fail(name + ": has BOM")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        fail("%s: not UTF-8 (%s)" % (name, e)); return []
    if re.search(r"(?<!\r)\n", text) or re.search(r"\r(?!\n)", text):
        fail(name + ": line ending not CRLF")
    if not text.endswith("\r\n"):
        fail(name + ": no final CRLF")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows or rows[0] != header:
        fail("%s: header %r" % (name, rows[0] if rows else None))
        return []
    out = []
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(header):
            fail("%s line-row %d: %d fields" % (name, i, len(r)))
            continue
        out.append(dict(zip(header, r)))
    return out

nar = load("narratives.csv", NH)
gold = load("gold.csv", GH)

ids = [n["narrative_id"] for n in nar]
if len(ids) != len(set(ids)):
    fail("duplicate narrative ids")
byid = {n["narrative_id"]: n for n in nar}
cases = set()
for n in nar:
    nid, lvl = n["narrative_id"], n["level"]
    if n["stage"] not in ("assessment", "closure"):
        fail(nid + ": bad stage")
    if not re.fullmatch(r"202[56]-\d\d-\d\d", n["date"]):
        fail(nid + ": date not 2025-2026 ISO")
    if not n["narrative"].strip():
        fail(nid + ": empty narrative")
    if lvl:
        if lvl not in LEVELS:
            fail(nid + ": bad box level")
        m = re.fullmatch(r"([A-Z]\d+)-([AC])-(\w+)", nid)
        if not m or m.group(3) != lvl or n["triage_id"] != "%s-%s" % (m.group(1), m.group(2)) \
           or n["case_id"] != m.group(1) or n["stage"] != {"A": "assessment", "C": "closure"}[m.group(2)]:
            fail(nid + ": id/triage/case/stage inconsistent")
        cases.add(n["case_id"])
    else:
        if n["triage_id"] != nid:
            fail(nid + ": unboxed triage_id must equal narrative_id")
# one date per triage
tdates = {}
for n in nar:
    tdates.setdefault(n["triage_id"], set()).add(n["date"])
for t, d in tdates.items():
    if len(d) != 1:
        fail(t + ": several dates")

seen = set()
unboxed_levels = {}
for g in gold:
    nid, code, lvl = g["narrative_id"], g["code"], g["level"]
    if nid not in byid:
        fail("gold row for unknown narrative " + nid); continue
    if code not in CODES:
        fail("%s: bad code %s" % (nid, code))
    if lvl not in LEVELS:
        fail("%s: bad gold level %s" % (nid, lvl))
    if (nid, code) in seen:
        fail("duplicate gold (%s, %s)" % (nid, code))
    seen.add((nid, code))
    box = byid[nid]["level"]
    if box and lvl != box:
        fail("%s: gold level %s != box %s" % (nid, lvl, box))
    if not box:
        unboxed_levels.setdefault(nid, set()).add(lvl)
for nid, s in unboxed_levels.items():
    if len(s) != 1:
        fail(nid + ": unboxed narrative with several gold levels")

# traps.json agrees with gold.csv
tr = json.load(open(os.path.join(HERE, "traps.json"), encoding="utf-8"))
tmap = {t["narrative_id"]: set(t["gold"]) for t in tr}
if set(tmap) != set(ids):
    fail("traps.json ids differ from narratives.csv")
gmap = {}
for g in gold:
    gmap.setdefault(g["narrative_id"], set()).add(g["code"])
for nid in ids:
    if tmap.get(nid, set()) != gmap.get(nid, set()):
        fail(nid + ": traps.json gold differs from gold.csv")

if not 85 <= len(nar) <= 100:
    fail("narrative count %d outside 85-100" % len(nar))
if len({n["locality"] for n in nar}) != 4:
    fail("expected four localities")

if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)
print("narratives %d (boxed %d, unboxed %d), cases %d, triages %d, gold rows %d"
      % (len(nar), sum(1 for n in nar if n["level"]), sum(1 for n in nar if not n["level"]),
         len(cases), len({n["triage_id"] for n in nar if n["level"]}), len(gold)))
print("OK")
