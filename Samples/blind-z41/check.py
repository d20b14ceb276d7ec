#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv, traps.json; print OK at the end."""
import csv, io, json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
CODES = set('EDU-ATT EDU-EXC EDU-NEET EDU-SEND EYD MH-CHILD MH-ADULT PH SUB REL-PAR '
            'REL-CONF DA SAFE-NEG SAFE-EXP CRIME HOUS FIN CARER'.split())
LEVELS = ['blue', 'green', 'yellow', 'orange', 'red']
errs = []

def load(name, header):
    raw = open(os.path.join(HERE, name), 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf'): errs.append(f'{name}: BOM')
    text = raw.decode('utf-8')
    if text.replace('\r\n', '').count('\n') or text.replace('\r\n', '').count('\r'):
        errs.append(f'{name}: bare LF/CR line ending')
    if not text.endswith('\r\n'): errs.append(f'{name}: no final CRLF')
    rows = list(csv.reader(io.StringIO(text, newline='')))
    if rows[0] != header: errs.append(f'{name}: header {rows[0]}')
    return [dict(zip(header, r)) for r in rows[1:]]

N = load('narratives.csv', 'narrative_id,triage_id,case_id,stage,date,level,locality,narrative'.split(','))
G = load('gold.csv', 'narrative_id,code,level'.split(','))
ids = [n['narrative_id'] for n in N]
if len(ids) != len(set(ids)): errs.append('duplicate narrative ids')
byid = {n['narrative_id']: n for n in N}
for n in N:
    if n['level'] and n['level'] not in LEVELS: errs.append(f"{n['narrative_id']}: bad box level")
    if n['stage'] not in ('assessment', 'closure'): errs.append(f"{n['narrative_id']}: bad stage")
    if not n['date'][:4] in ('2025', '2026'): errs.append(f"{n['narrative_id']}: date")
    if n['level']:
        exp = f"{n['triage_id']}-{n['level']}"
        if n['narrative_id'] != exp or n['triage_id'] != n['case_id'] + '-' + n['stage'][0].upper():
            errs.append(f"{n['narrative_id']}: id pattern")
    elif n['triage_id'] != n['narrative_id']:
        errs.append(f"{n['narrative_id']}: unboxed triage_id")
    if not n['narrative'].strip(): errs.append(f"{n['narrative_id']}: empty text")
seen, unlev = set(), {}
for g in G:
    nid = g['narrative_id']
    if nid not in byid: errs.append(f'gold {nid}: no narrative'); continue
    if g['code'] not in CODES: errs.append(f"gold {nid}: bad code {g['code']}")
    if g['level'] not in LEVELS: errs.append(f"gold {nid}: bad level")
    if (nid, g['code']) in seen: errs.append(f"gold dup {nid} {g['code']}")
    seen.add((nid, g['code']))
    box = byid[nid]['level']
    if box and g['level'] != box: errs.append(f'gold {nid}: level != box')
    if not box:
        unlev.setdefault(nid, set()).add(g['level'])
for nid, s in unlev.items():
    if len(s) != 1: errs.append(f'{nid}: unboxed note with several levels')
T = json.load(open(os.path.join(HERE, 'traps.json'), encoding='utf-8'))
if sorted(t['narrative_id'] for t in T) != sorted(ids): errs.append('traps.json ids differ')
if errs:
    print('\n'.join(errs)); sys.exit(1)
print(f'{len(N)} narratives ({sum(1 for n in N if not n["level"])} unboxed), {len(G)} gold rows')
print('OK')
