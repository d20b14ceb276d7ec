#!/usr/bin/env python3
"""Validate held-out set E (narratives.csv, gold.csv, traps.json). Uses only the
standard library csv/json/re modules. Prints counts and OK, or the problems."""
import csv
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = ["EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD", "MH-ADULT",
         "PH", "SUB", "REL-PAR", "REL-CONF", "DA", "SAFE-NEG", "SAFE-EXP", "CRIME",
         "HOUS", "FIN", "CARER"]
LEVELS = ["blue", "green", "yellow", "orange", "red"]
LOCALITIES = {"Northgate", "Copperfield", "Longmead"}
N_HEADER = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality",
            "narrative"]
G_HEADER = ["narrative_id", "code", "level"]
MIN_PER_CODE = 8

# Rough level-cue lexicon (convention 2) used as a cross-check on unboxed notes.
CUES = {
    "red": r"child protection plan|\bICPC\b|\bs47\b|section 47|strategy meeting|child in need|\bs17\b|looked after|section 20|\bs20\b|\bICO\b|\bPLO\b",
    "orange": r"\bpolice\b|arrested|\barrest\b|\bMARAC\b|\bCAMHS\b|\bYOS\b|youth justice|referral order|eviction|possession|section 21|notice to quit|\bTAF\b|managed move",
    "yellow": r"early help|family support|key worker|young carers|alcohol service|drug service|Citizens Advice|Portage|parenting course|parenting programme|mediation|Talking Therapies|counselling service|play therap|youth employment|\bIDVA\b",
    "green": r"\bHV\b|health visitor|\bGP\b|school nurse|\bschool\b|\bSENCO\b|nursery",
}

errors = []


def err(msg):
    errors.append(msg)


def read(name):
    path = os.path.join(HERE, name)
    with open(path, "rb") as f:
        raw = f.read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err("%s: has a BOM" % name)
    text = raw.decode("utf-8")
    if re.search(r"(?<!\r)\n", text):
        err("%s: bare LF line ending found" % name)
    if not text.endswith("\r\n"):
        err("%s: does not end with CRLF" % name)
    rows = list(csv.reader(text.splitlines(keepends=True)))
    # re-serialise to confirm minimal quoting
    import io
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL).writerows(rows)
    if buf.getvalue() != text:
        err("%s: not in minimal-quoting RFC 4180 form" % name)
    return rows


nrows = read("narratives.csv")
grows = read("gold.csv")
if nrows[0] != N_HEADER:
    err("narratives.csv header %r" % nrows[0])
if grows[0] != G_HEADER:
    err("gold.csv header %r" % grows[0])

narr = {}
triage_meta = defaultdict(set)
triage_boxes = defaultdict(list)
BOX_RE = re.compile(r"^(M\d{3})-([AC])-(blue|green|yellow|orange|red)$")
X_RE = re.compile(r"^X\d{3}$")
DATE_RE = re.compile(r"^(2025|2026)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")
texts_seen = {}

for r in nrows[1:]:
    if len(r) != 8:
        err("bad field count: %r" % r)
        continue
    nid, tid, cid, stage, date, level, loc, text = r
    if nid in narr:
        err("duplicate narrative_id %s" % nid)
    narr[nid] = r
    if stage not in ("assessment", "closure"):
        err("%s: stage %r" % (nid, stage))
    if not DATE_RE.match(date):
        err("%s: date %r" % (nid, date))
    if loc not in LOCALITIES:
        err("%s: locality %r" % (nid, loc))
    if not text.strip():
        err("%s: empty narrative" % nid)
    if text in texts_seen:
        err("%s: same text as %s" % (nid, texts_seen[text]))
    texts_seen[text] = nid
    m = BOX_RE.match(nid)
    if m:
        c, ac, colour = m.groups()
        if tid != "%s-%s" % (c, ac) or cid != c:
            err("%s: triage/case id mismatch" % nid)
        if level != colour:
            err("%s: level column %r != box colour" % (nid, level))
        if (ac == "A") != (stage == "assessment"):
            err("%s: A/C does not match stage" % nid)
        triage_meta[tid].add((stage, date, loc))
        triage_boxes[tid].append(colour)
    elif X_RE.match(nid):
        if tid != nid or cid != nid:
            err("%s: unboxed triage/case id must equal id" % nid)
        if level != "":
            err("%s: unboxed level must be empty" % nid)
    else:
        err("bad narrative_id %r" % nid)

for tid, meta in triage_meta.items():
    if len(meta) != 1:
        err("%s: boxes differ in stage/date/locality %r" % (tid, meta))
    boxes = triage_boxes[tid]
    if len(boxes) != len(set(boxes)):
        err("%s: repeated box colour" % tid)
    if not 2 <= len(boxes) <= 5:
        err("%s: %d boxes" % (tid, len(boxes)))
case_loc = defaultdict(set)
for tid, meta in triage_meta.items():
    for s, d, l in meta:
        case_loc[tid.split("-")[0]].add(l)
for c, ls in case_loc.items():
    if len(ls) != 1:
        err("%s: locality differs between triages" % c)
# closure after assessment
for c in case_loc:
    a, cl = triage_meta.get(c + "-A"), triage_meta.get(c + "-C")
    if a and cl and list(a)[0][1] >= list(cl)[0][1]:
        err("%s: closure date not after assessment" % c)

seen = set()
code_count = Counter()
level_count = Counter()
code_level = Counter()
unboxed_levels = defaultdict(set)
coded = set()
for r in grows[1:]:
    if len(r) != 3:
        err("gold bad row %r" % r)
        continue
    nid, code, level = r
    if nid not in narr:
        err("gold: unknown narrative %s" % nid)
        continue
    if code not in CODES:
        err("gold: %s unknown code %s" % (nid, code))
    if level not in LEVELS:
        err("gold: %s bad level %s" % (nid, level))
    if (nid, code) in seen:
        err("gold: duplicate (%s, %s)" % (nid, code))
    seen.add((nid, code))
    coded.add(nid)
    box_level = narr[nid][5]
    if box_level:
        if level != box_level:
            err("gold: %s %s level %s != box %s" % (nid, code, level, box_level))
    else:
        unboxed_levels[nid].add(level)
    code_count[code] += 1
    level_count[level] += 1
    code_level[(code, level)] += 1

for nid, lv in unboxed_levels.items():
    if len(lv) != 1:
        err("gold: unboxed %s has several levels %r" % (nid, lv))

for c in CODES:
    if code_count[c] < MIN_PER_CODE:
        err("code %s only %d times (< %d)" % (c, code_count[c], MIN_PER_CODE))
for l in LEVELS:
    if level_count[l] == 0:
        err("level %s never used in gold" % l)

# traps.json
with open(os.path.join(HERE, "traps.json"), encoding="utf-8") as f:
    traps = json.load(f)
for nid, notes in traps.items():
    if nid not in narr:
        err("traps.json: unknown id %s" % nid)
    if not isinstance(notes, list) or not all(isinstance(n, str) for n in notes):
        err("traps.json: %s must be a list of strings" % nid)

# cross-check unboxed gold level against a rough cue scan (warnings only)
warnings = []
for nid, r in narr.items():
    if r[5]:
        continue
    text = r[7]
    found = "blue"
    for lv in ("red", "orange", "yellow", "green"):
        if re.search(CUES[lv], text, re.I):
            found = lv
            break
    gold_lv = next(iter(unboxed_levels[nid])) if nid in unboxed_levels else None
    if gold_lv and gold_lv != found:
        warnings.append("%s: gold level %s, cue scan says %s" % (nid, gold_lv, found))

# report
boxed = [n for n in narr if narr[n][5]]
unboxed = [n for n in narr if not narr[n][5]]
cases_both = [c for c in case_loc if c + "-A" in triage_meta and c + "-C" in triage_meta]
print("narratives: %d (boxed %d in %d triages from %d cases, %d with both A and C; unboxed %d)"
      % (len(narr), len(boxed), len(triage_meta), len(case_loc), len(cases_both), len(unboxed)))
print("gold rows: %d; narratives with no code: %d; narratives with traps: %d (%.0f%%)"
      % (len(grows) - 1, len(narr) - len(coded), len(traps), 100.0 * len(traps) / len(narr)))
print("\n%-9s %5s " % ("code", "total") + " ".join("%6s" % l for l in LEVELS))
for c in CODES:
    print("%-9s %5d " % (c, code_count[c]) + " ".join("%6d" % code_level[(c, l)] for l in LEVELS))
print("%-9s %5d " % ("all", sum(code_count.values())) + " ".join("%6d" % level_count[l] for l in LEVELS))
if warnings:
    print("\ncue-scan warnings (check by hand):")
    for w in warnings:
        print("  " + w)
if errors:
    print("\nERRORS:")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("\nOK")
