#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv and traps.json of blind set z118. Prints OK or the problems."""
import csv
import io
import json
import os
import re
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = {'EDU-ATT', 'EDU-EXC', 'EDU-NEET', 'EDU-SEND', 'EYD', 'MH-CHILD', 'MH-ADULT', 'PH', 'SUB',
         'REL-PAR', 'REL-CONF', 'DA', 'SAFE-NEG', 'SAFE-EXP', 'CRIME', 'HOUS', 'FIN', 'CARER'}
LEVELS = ['blue', 'green', 'yellow', 'orange', 'red']
N_HEADER = ['narrative_id', 'triage_id', 'case_id', 'stage', 'date', 'level', 'locality', 'narrative']
G_HEADER = ['narrative_id', 'code', 'level']
FIRST, LAST = date(2025, 4, 1), date(2026, 3, 31)
errors = []


def err(msg):
    errors.append(msg)


def read_bytes(name):
    with open(os.path.join(HERE, name), 'rb') as f:
        b = f.read()
    if b.startswith(b'\xef\xbb\xbf'):
        err('%s: has a BOM' % name)
    try:
        s = b.decode('utf-8')
    except UnicodeDecodeError as e:
        err('%s: not UTF-8 (%s)' % (name, e))
        s = b.decode('utf-8', 'replace')
    if not s.endswith('\r\n'):
        err('%s: does not end with CRLF' % name)
    if re.search(r'(?<!\r)\n', s):
        err('%s: bare LF line ending' % name)
    if re.search(r'\r(?!\n)', s):
        err('%s: bare CR' % name)
    return s


def read_csv(name, header):
    s = read_bytes(name)
    rows = list(csv.reader(io.StringIO(s, newline='')))
    if not rows or rows[0] != header:
        err('%s: header is %r' % (name, rows[0] if rows else None))
        return []
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(header):
            err('%s line %d: %d fields' % (name, i, len(r)))
    return [dict(zip(header, r)) for r in rows[1:] if len(r) == len(header)]


narr = read_csv('narratives.csv', N_HEADER)
gold = read_csv('gold.csv', G_HEADER)

by_id = {}
case_dates = {}
notes = 0
for r in narr:
    nid = r['narrative_id']
    if nid in by_id:
        err('duplicate narrative_id %s' % nid)
    by_id[nid] = r
    m = re.fullmatch(r'(Z\d{3})-([AC])-(blue|green|yellow|orange|red|note)', nid)
    if not m:
        err('bad narrative_id %s' % nid)
        continue
    cid, st, lv = m.groups()
    if r['case_id'] != cid:
        err('%s: case_id %s' % (nid, r['case_id']))
    if r['triage_id'] != '%s-%s' % (cid, st):
        err('%s: triage_id %s' % (nid, r['triage_id']))
    want_stage = 'assessment' if st == 'A' else 'closure'
    if r['stage'] != want_stage:
        err('%s: stage %s' % (nid, r['stage']))
    if lv == 'note':
        notes += 1
        if r['level'] != '':
            err('%s: note with level %s' % (nid, r['level']))
    elif r['level'] != lv:
        err('%s: level column %s' % (nid, r['level']))
    if r['level'] not in LEVELS + ['']:
        err('%s: bad level %s' % (nid, r['level']))
    try:
        d = date.fromisoformat(r['date'])
    except ValueError:
        err('%s: bad date %s' % (nid, r['date']))
        continue
    if not (FIRST <= d <= LAST):
        err('%s: date %s out of 2025-26 range' % (nid, d))
    case_dates.setdefault(cid, {'assessment': set(), 'closure': set()})[r['stage']].add(d)
    if not r['narrative'].strip():
        err('%s: empty narrative' % nid)
    if not r['locality']:
        err('%s: no locality' % nid)

for cid, dd in case_dates.items():
    if len(dd['assessment']) > 1 or len(dd['closure']) > 1:
        err('%s: more than one date per stage' % cid)
    if not dd['assessment'] or not dd['closure']:
        err('%s: missing assessment or closure' % cid)
    elif max(dd['assessment']) >= min(dd['closure']):
        err('%s: closure not after assessment' % cid)

if notes > 8:
    err('%d unboxed notes (max 8)' % notes)
if not (85 <= len(narr) <= 100):
    err('%d narratives (want 85-100)' % len(narr))
localities = {r['locality'] for r in narr}
if len(localities) != 4:
    err('localities: %s' % sorted(localities))

seen = set()
note_levels = {}
for g in gold:
    nid, code, lv = g['narrative_id'], g['code'], g['level']
    if nid not in by_id:
        err('gold row for unknown narrative %s' % nid)
        continue
    if code not in CODES:
        err('%s: unknown code %s' % (nid, code))
    if lv not in LEVELS:
        err('%s: bad gold level %s' % (nid, lv))
    if (nid, code) in seen:
        err('duplicate gold pair %s %s' % (nid, code))
    seen.add((nid, code))
    box = by_id[nid]['level']
    if box:
        if lv != box:
            err('%s %s: gold level %s != box %s' % (nid, code, lv, box))
    else:
        note_levels.setdefault(nid, set()).add(lv)
for nid, lvs in note_levels.items():
    if len(lvs) != 1:
        err('%s: unboxed note has several gold levels %s' % (nid, lvs))

traps = json.loads(read_bytes('traps.json'))
for nid, items in traps.items():
    if nid not in by_id:
        err('traps.json: unknown narrative %s' % nid)
    for t in items:
        if set(t) != {'type', 'code', 'note'}:
            err('traps.json %s: keys %s' % (nid, sorted(t)))
        if t.get('code') is not None and t['code'] not in CODES:
            err('traps.json %s: unknown code %s' % (nid, t['code']))
        if (nid, t.get('code')) in seen and t['type'] in ('negated', 'historical', 'hypothetical', 'outside', 'not-coded'):
            err('traps.json %s: %s marked %s but is gold' % (nid, t['code'], t['type']))

if errors:
    print('\n'.join(errors))
    sys.exit(1)
print('OK')
