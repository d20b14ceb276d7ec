#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv, traps.json; prints OK."""
import csv, io, json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
CODES = set('EDU-ATT EDU-EXC EDU-NEET EDU-SEND EYD MH-CHILD MH-ADULT PH SUB REL-PAR REL-CONF DA '
            'SAFE-NEG SAFE-EXP CRIME HOUS FIN CARER'.split())
LEVELS = ['blue', 'green', 'yellow', 'orange', 'red']

def fail(msg):
    print('FAIL:', msg); sys.exit(1)

def load(name, header):
    raw = open(os.path.join(HERE, name), 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf'): fail(name + ' has BOM')
    text = raw.decode('utf-8')
    if text.replace('\r\n', '').count('\n') or text.replace('\r\n', '').count('\r'):
        fail(name + ' has bare LF/CR line endings')
    if not text.endswith('\r\n'): fail(name + ' must end with CRLF')
    rows = list(csv.reader(io.StringIO(text, newline='')))
    if rows[0] != header: fail(name + ' header ' + repr(rows[0]))
    for r in rows[1:]:
        if len(r) != len(header): fail(name + ' bad row ' + repr(r))
    return rows[1:]

N = load('narratives.csv', ['narrative_id', 'triage_id', 'case_id', 'stage', 'date', 'level', 'locality', 'narrative'])
G = load('gold.csv', ['narrative_id', 'code', 'level'])
ids = [r[0] for r in N]
if len(ids) != len(set(ids)): fail('duplicate narrative ids')
box = {}
for nid, tid, cid, stage, date, level, loc, text in N:
    if stage not in ('assessment', 'closure'): fail('stage ' + nid)
    if not (date.startswith('2025-') or date.startswith('2026-')): fail('date ' + nid)
    if level:
        if level not in LEVELS: fail('level ' + nid)
        if nid != tid + '-' + level or tid != cid + ('-A' if stage == 'assessment' else '-C'):
            fail('boxed id scheme ' + nid)
    elif not (tid == nid == cid): fail('unboxed id scheme ' + nid)
    if not text.strip(): fail('empty narrative ' + nid)
    box[nid] = level
seen = set()
for nid, code, level in G:
    if nid not in box: fail('gold narrative missing ' + nid)
    if code not in CODES: fail('bad code ' + code)
    if level not in LEVELS: fail('bad level ' + level)
    if (nid, code) in seen: fail('duplicate ' + nid + ' ' + code)
    seen.add((nid, code))
    if box[nid] and box[nid] != level: fail('box level mismatch ' + nid)
lv = {}
for nid, code, level in G:
    lv.setdefault(nid, set()).add(level)
for nid, s in lv.items():
    if len(s) != 1: fail('unboxed narrative with several levels ' + nid)
T = json.load(open(os.path.join(HERE, 'traps.json'), encoding='utf-8'))
if sorted(t['narrative_id'] for t in T) != sorted(ids): fail('traps.json ids differ')
for t in T:
    if sorted(t['gold_codes']) != sorted(c for n, c, l in G if n == t['narrative_id']):
        fail('traps.json codes differ ' + t['narrative_id'])
print('OK')
