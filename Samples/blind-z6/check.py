#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv and traps.json; print OK at the end."""
import csv, io, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = {"EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD", "MH-ADULT",
         "PH", "SUB", "REL-PAR", "REL-CONF", "DA", "SAFE-NEG", "SAFE-EXP", "CRIME",
         "HOUS", "FIN", "CARER"}
LEVELS = {"blue", "green", "yellow", "orange", "red"}
NAR_HEADER = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
GOLD_HEADER = ["narrative_id", "code", "level"]
errors = []

def err(msg):
    errors.append(msg)

def load(name, header):
    raw = open(os.path.join(HERE, name), 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf'):
        err(f"{name}: has a BOM")
    try:
        text = raw.decode('utf-8')
    except UnicodeDecodeError as e:
        err(f"{name}: not UTF-8 ({e})"); return []
    # every line break must be CRLF (no bare LF or CR anywhere)
    if re.search(r'(?<!\r)\n', text) or re.search(r'\r(?!\n)', text):
        err(f"{name}: line endings are not all CRLF")
    if not text.endswith('\r\n'):
        err(f"{name}: does not end with CRLF")
    rows = list(csv.reader(io.StringIO(text, newline='')))
    if not rows or rows[0] != header:
        err(f"{name}: header is {rows[0] if rows else None}")
        return []
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(header):
            err(f"{name} line {i}: {len(r)} fields")
    return [dict(zip(header, r)) for r in rows[1:] if len(r) == len(header)]

nar = load('narratives.csv', NAR_HEADER)
gold = load('gold.csv', GOLD_HEADER)

ids = [r['narrative_id'] for r in nar]
if len(ids) != len(set(ids)):
    err("duplicate narrative_id")
by_id = {r['narrative_id']: r for r in nar}
cases = set()
for r in nar:
    nid, tid, cid, lvl = r['narrative_id'], r['triage_id'], r['case_id'], r['level']
    if r['stage'] not in ('assessment', 'closure'):
        err(f"{nid}: bad stage {r['stage']}")
    if not re.fullmatch(r'202[56]-\d\d-\d\d', r['date']):
        err(f"{nid}: date {r['date']} not in 2025-2026")
    if not r['narrative'].strip():
        err(f"{nid}: empty narrative")
    if lvl:
        if lvl not in LEVELS:
            err(f"{nid}: bad level {lvl}")
        m = re.fullmatch(r'([A-Z]\d{3})-([AC])-(\w+)', nid)
        if not m or m.group(3) != lvl or tid != f"{m.group(1)}-{m.group(2)}" or cid != m.group(1):
            err(f"{nid}: boxed id/triage/case/level mismatch")
        elif (m.group(2) == 'A') != (r['stage'] == 'assessment'):
            err(f"{nid}: stage does not match A/C")
        cases.add(cid)
    else:
        if tid != nid:
            err(f"{nid}: unboxed note triage_id should equal narrative_id")
# one date and stage per triage
tri = {}
for r in nar:
    key = (r['date'], r['stage'], r['locality'], r['case_id'])
    if tri.setdefault(r['triage_id'], key) != key:
        err(f"{r['triage_id']}: inconsistent date/stage/locality within a triage")
if len({r['locality'] for r in nar}) != 4:
    err("expected four localities")

seen = set()
for g in gold:
    nid, code, lvl = g['narrative_id'], g['code'], g['level']
    if nid not in by_id:
        err(f"gold row for unknown narrative {nid}"); continue
    if code not in CODES:
        err(f"{nid}: unknown code {code}")
    if lvl not in LEVELS:
        err(f"{nid}: bad gold level {lvl}")
    if (nid, code) in seen:
        err(f"{nid}: duplicate code {code}")
    seen.add((nid, code))
    box = by_id[nid]['level']
    if box and lvl != box:
        err(f"{nid}: gold level {lvl} != box level {box}")
# unboxed notes: one level for all their codes
ulev = {}
for g in gold:
    if g['narrative_id'] in by_id and not by_id[g['narrative_id']]['level']:
        if ulev.setdefault(g['narrative_id'], g['level']) != g['level']:
            err(f"{g['narrative_id']}: unboxed note has more than one gold level")

# traps.json agrees with gold.csv
traps = json.load(open(os.path.join(HERE, 'traps.json'), encoding='utf-8'))
tids = [t['narrative_id'] for t in traps]
if sorted(tids) != sorted(ids):
    err("traps.json narratives differ from narratives.csv")
gold_by = {}
for g in gold:
    gold_by.setdefault(g['narrative_id'], set()).add(g['code'])
for t in traps:
    if set(t['gold']) != gold_by.get(t['narrative_id'], set()):
        err(f"{t['narrative_id']}: traps.json gold differs from gold.csv")

if not 85 <= len(nar) <= 100:
    err(f"{len(nar)} narratives, expected 85-100")

if errors:
    print("\n".join(errors))
    sys.exit(1)
print(f"{len(nar)} narratives ({sum(1 for r in nar if r['level'])} boxed, "
      f"{sum(1 for r in nar if not r['level'])} unboxed) in {len(cases)} boxed cases; {len(gold)} gold rows")
print("OK")
