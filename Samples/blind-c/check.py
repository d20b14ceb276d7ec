#!/usr/bin/env python3
"""Validate held-out set C: narratives.csv + gold.csv (python3 csv module only)."""
import csv, sys, collections, os, re
HERE = os.path.dirname(os.path.abspath(__file__))
CODES = {'EDU-ATT','EDU-EXC','EDU-NEET','EDU-SEND','EYD','MH-CHILD','MH-ADULT','PH','SUB',
         'REL-PAR','REL-CONF','DA','SAFE-NEG','SAFE-EXP','CRIME','HOUS','FIN','CARER'}
LEVELS = ['blue','green','yellow','orange','red']
NCOLS = ['narrative_id','triage_id','case_id','stage','date','level','locality','narrative']
GCOLS = ['narrative_id','code','level']
errs = []
def err(m): errs.append(m)

def load(name, cols):
    p = os.path.join(HERE, name); raw = open(p, 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf'): err(f'{name}: has BOM')
    try: raw.decode('utf-8')
    except UnicodeDecodeError as e: err(f'{name}: not UTF-8: {e}')
    with open(p, newline='', encoding='utf-8') as f:
        rows = list(csv.reader(f, strict=True))
    if rows[0] != cols: err(f'{name}: header {rows[0]} != {cols}')
    out = []
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(cols): err(f'{name}:{i}: {len(r)} fields'); continue
        out.append(dict(zip(cols, r)))
    return out

N = load('narratives.csv', NCOLS); G = load('gold.csv', GCOLS)
byid = {}
for r in N:
    if r['narrative_id'] in byid: err(f"duplicate narrative_id {r['narrative_id']}")
    byid[r['narrative_id']] = r
    if not r['narrative'].strip(): err(f"{r['narrative_id']}: empty narrative")
    if r['stage'] not in ('assessment','closure'): err(f"{r['narrative_id']}: bad stage {r['stage']}")
    if not re.fullmatch(r'2024-\d\d-\d\d', r['date']): err(f"{r['narrative_id']}: date {r['date']}")
    if r['locality'] not in ('Hillcrest','Bankside','Westmoor'): err(f"{r['narrative_id']}: locality {r['locality']}")
    if r['level']:   # boxed
        if r['level'] not in LEVELS: err(f"{r['narrative_id']}: bad box level")
        m = re.fullmatch(r'(C\d{3})-([AC])-(\w+)', r['narrative_id'])
        if not m: err(f"{r['narrative_id']}: bad boxed id")
        else:
            if r['triage_id'] != f'{m[1]}-{m[2]}' or r['case_id'] != m[1] or m[3] != r['level']:
                err(f"{r['narrative_id']}: id/triage/case/level mismatch")
            if (m[2] == 'A') != (r['stage'] == 'assessment'): err(f"{r['narrative_id']}: stage vs A/C")
    else:            # unboxed
        if not re.fullmatch(r'Z\d{3}', r['narrative_id']): err(f"{r['narrative_id']}: bad unboxed id")
        if not (r['triage_id'] == r['case_id'] == r['narrative_id']): err(f"{r['narrative_id']}: triage/case != id")

# triage consistency
tri = collections.defaultdict(set); tcount = collections.Counter()
for r in N:
    tri[r['triage_id']].add((r['date'], r['stage'], r['locality'])); tcount[r['triage_id']] += 1
for t, v in tri.items():
    if len(v) != 1: err(f'triage {t}: inconsistent date/stage/locality {v}')
    if t.startswith('C') and not 2 <= tcount[t] <= 5: err(f'triage {t}: {tcount[t]} boxes')
    if t.startswith('C') and len({byid[n]['level'] for n in byid if byid[n]['triage_id']==t}) != tcount[t]:
        err(f'triage {t}: repeated box colour')

# gold
seen = set(); lv = collections.defaultdict(set)
for i, g in enumerate(G, 2):
    nid = g['narrative_id']
    if nid not in byid: err(f'gold:{i}: unknown narrative {nid}'); continue
    if g['code'] not in CODES: err(f"gold:{i}: bad code {g['code']}")
    if g['level'] not in LEVELS: err(f"gold:{i}: bad level {g['level']}")
    if (nid, g['code']) in seen: err(f"gold:{i}: duplicate {nid} {g['code']}")
    seen.add((nid, g['code'])); lv[nid].add(g['level'])
    if byid[nid]['level'] and g['level'] != byid[nid]['level']:
        err(f"gold:{i}: {nid} level {g['level']} != box {byid[nid]['level']}")
for nid, s in lv.items():
    if not byid[nid]['level'] and len(s) != 1: err(f'{nid}: unboxed note with levels {s}')

# summary
cc = collections.Counter(g['code'] for g in G)
for c in sorted(CODES):
    if cc[c] < 8: err(f'code {c} only {cc[c]} times')
print(f"narratives {len(N)} (boxed {sum(1 for r in N if r['level'])}, unboxed {sum(1 for r in N if not r['level'])}); "
      f"triages {len(tri)} (boxed {sum(1 for t in tri if t.startswith('C'))}); gold rows {len(G)}")
print('per code:', ', '.join(f'{c} {cc[c]}' for c in sorted(CODES)))
print('per level:', ', '.join(f"{l} {sum(1 for g in G if g['level']==l)}" for l in LEVELS))
print('narratives with no present code:', sum(1 for n in byid if n not in lv))
if errs:
    print(f'{len(errs)} PROBLEM(S):'); [print('  -', e) for e in errs]; sys.exit(1)
print('OK')
