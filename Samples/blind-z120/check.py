#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv and traps.json of this blind set. Prints OK."""
import csv
import io
import json
import os
import re
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = {'EDU-ATT', 'EDU-EXC', 'EDU-NEET', 'EDU-SEND', 'EYD', 'MH-CHILD', 'MH-ADULT', 'PH',
         'SUB', 'REL-PAR', 'REL-CONF', 'DA', 'SAFE-NEG', 'SAFE-EXP', 'CRIME', 'HOUS', 'FIN',
         'CARER'}
LEVELS = ['blue', 'green', 'yellow', 'orange', 'red']
LOCALITIES = {'Brackenmoor', 'Ouselthorpe', 'Stathe End', 'Wickerdyke'}
D_MIN, D_MAX = date(2025, 4, 1), date(2026, 3, 31)
errors = []


def err(msg):
    errors.append(msg)


def read_raw(name):
    path = os.path.join(HERE, name)
    raw = open(path, 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf'):
        err(f'{name}: has a BOM')
    try:
        text = raw.decode('utf-8')
    except UnicodeDecodeError as e:
        err(f'{name}: not UTF-8 ({e})')
        text = raw.decode('utf-8', 'replace')
    if b'\n' in raw.replace(b'\r\n', b''):
        err(f'{name}: bare LF line ending')
    if b'\r' in raw.replace(b'\r\n', b''):
        err(f'{name}: bare CR')
    if not raw.endswith(b'\r\n'):
        err(f'{name}: does not end with CRLF')
    return text


def rows(name, header):
    text = read_raw(name)
    r = list(csv.reader(io.StringIO(text, newline='')))
    if not r or r[0] != header:
        err(f'{name}: header {r[0] if r else None} != {header}')
        return []
    out = []
    for i, row in enumerate(r[1:], 2):
        if len(row) != len(header):
            err(f'{name} line {i}: {len(row)} fields')
            continue
        out.append(dict(zip(header, row)))
    return out


nar = rows('narratives.csv', ['narrative_id', 'triage_id', 'case_id', 'stage', 'date', 'level',
                              'locality', 'narrative'])
gold = rows('gold.csv', ['narrative_id', 'code', 'level'])

by_id = {}
case_dates = {}
n_notes = 0
for n in nar:
    nid = n['narrative_id']
    if nid in by_id:
        err(f'duplicate narrative_id {nid}')
    by_id[nid] = n
    if not re.fullmatch(r'Z\d{3}', n['case_id']):
        err(f'{nid}: bad case_id {n["case_id"]}')
    st = {'assessment': 'A', 'closure': 'C'}.get(n['stage'])
    if st is None:
        err(f'{nid}: bad stage {n["stage"]}')
        continue
    if n['triage_id'] != f"{n['case_id']}-{st}":
        err(f'{nid}: triage_id {n["triage_id"]} inconsistent with case/stage')
    if n['level']:
        if n['level'] not in LEVELS:
            err(f'{nid}: bad level {n["level"]}')
        if nid != f"{n['triage_id']}-{n['level']}":
            err(f'{nid}: id inconsistent with triage/level')
    else:
        n_notes += 1
        if nid != f"{n['triage_id']}-note":
            err(f'{nid}: unboxed id should end -note')
    if n['locality'] not in LOCALITIES:
        err(f'{nid}: locality {n["locality"]}')
    if not n['narrative'].strip():
        err(f'{nid}: empty narrative')
    try:
        d = date.fromisoformat(n['date'])
    except ValueError:
        err(f'{nid}: bad date {n["date"]}')
        continue
    if not (D_MIN <= d <= D_MAX):
        err(f'{nid}: date {d} outside 2025-26 range')
    key = (n['case_id'], n['stage'])
    if key in case_dates and case_dates[key] != d:
        err(f'{nid}: two dates for one triage')
    case_dates[key] = d

cases = {c for c, _ in case_dates}
for c in sorted(cases):
    a, cl = case_dates.get((c, 'assessment')), case_dates.get((c, 'closure'))
    if a is None or cl is None:
        err(f'{c}: needs both assessment and closure')
    elif not cl > a:
        err(f'{c}: closure {cl} not after assessment {a}')
    locs = {n['locality'] for n in nar if n['case_id'] == c}
    if len(locs) != 1:
        err(f'{c}: more than one locality')

if not 85 <= len(nar) <= 100:
    err(f'{len(nar)} narratives, want 85-100')
if n_notes > 8:
    err(f'{n_notes} unboxed notes, want <= 8')
if not 30 <= len(cases) <= 40:
    err(f'{len(cases)} cases, want about 30-40')

seen = set()
note_levels = {}
for g in gold:
    nid = g['narrative_id']
    if nid not in by_id:
        err(f'gold row for unknown narrative {nid}')
        continue
    if g['code'] not in CODES:
        err(f'{nid}: code {g["code"]} not in taxonomy')
    if g['level'] not in LEVELS:
        err(f'{nid}: gold level {g["level"]}')
    if (nid, g['code']) in seen:
        err(f'{nid}: duplicate code {g["code"]}')
    seen.add((nid, g['code']))
    box = by_id[nid]['level']
    if box and g['level'] != box:
        err(f'{nid}: gold level {g["level"]} != box {box}')
    if not box:
        note_levels.setdefault(nid, set()).add(g['level'])
for nid, lv in note_levels.items():
    if len(lv) != 1:
        err(f'{nid}: unboxed note has more than one level {lv}')

traps_text = read_raw('traps.json')
try:
    traps = json.loads(traps_text)
except ValueError as e:
    err(f'traps.json: {e}')
    traps = {}
for nid, lst in traps.items():
    if nid not in by_id:
        err(f'traps.json: unknown narrative {nid}')
    for t in lst:
        if set(t) != {'type', 'code', 'note'}:
            err(f'traps.json {nid}: keys {sorted(t)}')
        if t.get('code') and t['code'] not in CODES:
            err(f'traps.json {nid}: code {t["code"]}')
        gold_here = t.get('code') and (nid, t['code']) in seen
        if gold_here and t.get('type') in ('negated', 'historical', 'hypothetical', 'outside',
                                           'not-coded'):
            err(f'traps.json {nid}: {t["type"]} trap on a gold code {t["code"]}')

if errors:
    print('\n'.join(errors))
    print(f'FAILED: {len(errors)} problem(s)')
    sys.exit(1)
print(f'{len(nar)} narratives, {len(gold)} gold rows, {len(cases)} cases, {n_notes} notes')
print('OK')
