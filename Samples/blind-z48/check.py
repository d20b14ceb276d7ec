#!/usr/bin/env python3
import csv, io, os, sys
here = os.path.dirname(os.path.abspath(__file__))
CODES = set('EDU-ATT EDU-EXC EDU-NEET EDU-SEND EYD MH-CHILD MH-ADULT PH SUB REL-PAR REL-CONF DA SAFE-NEG SAFE-EXP CRIME HOUS FIN CARER'.split())
LEVELS = {'blue','green','yellow','orange','red'}
def load(name, header):
    raw = open(os.path.join(here, name), 'rb').read()
    assert not raw.startswith(b'\xef\xbb\xbf'), name + ' has BOM'
    txt = raw.decode('utf-8')
    assert '\n' not in txt.replace('\r\n', ''), name + ' bare LF'
    rows = list(csv.reader(io.StringIO(txt, newline='')))
    assert rows[0] == header, (name, rows[0])
    return rows[1:]
N = load('narratives.csv', ['narrative_id','triage_id','case_id','stage','date','level','locality','narrative'])
G = load('gold.csv', ['narrative_id','code','level'])
ids = [r[0] for r in N]
assert len(ids) == len(set(ids)), 'duplicate narrative ids'
box = {}
for r in N:
    assert len(r) == 8, r
    nid, tid, case, stage, date, lvl = r[:6]
    assert stage in ('assessment','closure'), r
    assert date[:4] in ('2025','2026'), r
    if lvl:
        assert lvl in LEVELS, r
        assert nid == f'{tid}-{lvl}' and tid[:-2] == case and tid[-2:] in ('-A','-C'), r
        assert (tid[-1] == 'A') == (stage == 'assessment'), r
    else:
        assert nid == tid, r
    box[nid] = lvl
seen = set()
for nid, code, lvl in G:
    assert nid in box, nid
    assert code in CODES, code
    assert lvl in LEVELS, lvl
    assert (nid, code) not in seen, (nid, code)
    seen.add((nid, code))
    if box[nid]:
        assert lvl == box[nid], (nid, lvl)
ul = {}
for nid, code, lvl in G:
    if not box[nid]:
        assert ul.setdefault(nid, lvl) == lvl, nid
print('OK')
