#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv and traps.json; prints OK at the end."""
import csv, io, json, os, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = set("EDU-ATT EDU-EXC EDU-NEET EDU-SEND EYD MH-CHILD MH-ADULT PH SUB REL-PAR REL-CONF DA SAFE-NEG SAFE-EXP CRIME HOUS FIN CARER".split())
LEVELS = {'blue', 'green', 'yellow', 'orange', 'red'}
err = []

def load(name, header):
    raw = open(os.path.join(HERE, name), 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf'): err.append(f'{name}: BOM')
    text = raw.decode('utf-8')
    if '\n' in text.replace('\r\n', ''): err.append(f'{name}: bare LF')
    if not text.endswith('\r\n'): err.append(f'{name}: no final CRLF')
    rows = list(csv.reader(io.StringIO(text, newline='')))
    if rows[0] != header: err.append(f'{name}: header {rows[0]}')
    return rows[1:]

nar = load('narratives.csv', ['narrative_id', 'triage_id', 'case_id', 'stage', 'date', 'level', 'locality', 'narrative'])
gold = load('gold.csv', ['narrative_id', 'code', 'level'])

ids = Counter(r[0] for r in nar)
for i, c in ids.items():
    if c > 1: err.append(f'duplicate narrative id {i}')
box = {}
for nid, tid, case, stage, date, level, loc, text in nar:
    box[nid] = level
    if stage not in ('assessment', 'closure'): err.append(f'{nid}: stage {stage}')
    if not (date.startswith('2025-') or date.startswith('2026-')): err.append(f'{nid}: date {date}')
    if level:
        if level not in LEVELS: err.append(f'{nid}: level {level}')
        exp_t = f"{case}-{'A' if stage == 'assessment' else 'C'}"
        if tid != exp_t or nid != f'{tid}-{level}': err.append(f'{nid}: id pattern')
    elif not (tid == nid == case): err.append(f'{nid}: unboxed ids')
    if not text.strip(): err.append(f'{nid}: empty narrative')
if len({r[6] for r in nar}) != 4: err.append('expected four localities')
if not 85 <= len(nar) <= 100: err.append(f'{len(nar)} narratives')

seen = set()
unboxed_level = {}
for nid, code, level in gold:
    if nid not in box: err.append(f'gold {nid} not in narratives')
    if code not in CODES: err.append(f'{nid}: bad code {code}')
    if level not in LEVELS: err.append(f'{nid}: bad level {level}')
    if (nid, code) in seen: err.append(f'duplicate {nid} {code}')
    seen.add((nid, code))
    if box.get(nid):
        if level != box[nid]: err.append(f'{nid}: gold level {level} != box {box[nid]}')
    else:
        unboxed_level.setdefault(nid, set()).add(level)
for nid, lv in unboxed_level.items():
    if len(lv) != 1: err.append(f'{nid}: unboxed note with several levels {lv}')

traps = json.load(open(os.path.join(HERE, 'traps.json'), encoding='utf-8'))
for t in traps:
    if t['narrative_id'] not in box: err.append(f"trap for unknown {t['narrative_id']}")

if err:
    print('\n'.join(err)); sys.exit(1)
print(f'{len(nar)} narratives, {len(gold)} gold rows, {len(traps)} trap notes')
print('OK')
