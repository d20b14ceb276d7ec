#!/usr/bin/env python3
"""Validate set D (narratives.csv, gold.csv). Standard library csv module only."""
import csv, json, os, re, sys
from collections import Counter, defaultdict
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
LEVELS = ["blue", "green", "yellow", "orange", "red"]
CODES = ["EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD", "MH-ADULT", "PH", "SUB",
         "REL-PAR", "REL-CONF", "DA", "SAFE-NEG", "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"]
LOCALITIES = {"Eastbrook", "Millfield", "Ravensworth"}
N_HEADER = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
G_HEADER = ["narrative_id", "code", "level"]
MIN_PER_CODE = 8

errors = []
def err(msg):
    errors.append(msg)


def check_bytes(path):
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err(f"{path}: has a BOM")
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{path}: not UTF-8 ({e})")
    # every record terminator (newline outside quotes) must be CRLF
    inq, prev = False, None
    for i, b in enumerate(raw):
        if b == 0x22:
            inq = not inq
        elif b == 0x0A and not inq and prev != 0x0D:
            err(f"{path}: bare LF record end at byte {i}")
            break
        prev = b
    if not raw.endswith(b"\r\n"):
        err(f"{path}: last line does not end with CRLF")


def read(path, header):
    check_bytes(path)
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    if rows[0] != header:
        err(f"{path}: header {rows[0]} != {header}")
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(header):
            err(f"{path}: line {i} has {len(r)} fields")
    return [dict(zip(header, r)) for r in rows[1:]]


narr = read(os.path.join(HERE, "narratives.csv"), N_HEADER)
gold = read(os.path.join(HERE, "gold.csv"), G_HEADER)

# minimal quoting: a field is quoted only if it needs it
for path in ("narratives.csv", "gold.csv"):
    with open(os.path.join(HERE, path), newline="", encoding="utf-8") as f:
        text = f.read()
    for m in re.finditer(r'(?:^|,)"((?:[^"]|"")*)"', text, re.M):
        inner = m.group(1).replace('""', '"')
        if not any(ch in inner for ch in ',"\r\n'):
            err(f"{path}: needless quotes around {inner[:40]!r}")

# ---- narratives
by_id = {}
triages = defaultdict(list)
case_loc = {}
boxed_re = re.compile(r"^(K\d{3})-([AC])-(blue|green|yellow|orange|red)$")
for r in narr:
    nid = r["narrative_id"]
    if nid in by_id:
        err(f"duplicate narrative_id {nid}")
    by_id[nid] = r
    if not r["narrative"].strip():
        err(f"{nid}: empty narrative")
    try:
        d = date.fromisoformat(r["date"])
        if d.year != 2025 or not re.fullmatch(r"2025-\d\d-\d\d", r["date"]):
            err(f"{nid}: date {r['date']} not 2025-MM-DD")
    except ValueError:
        err(f"{nid}: bad date {r['date']}")
    if r["locality"] not in LOCALITIES:
        err(f"{nid}: locality {r['locality']}")
    if r["stage"] not in ("assessment", "closure"):
        err(f"{nid}: stage {r['stage']}")
    m = boxed_re.match(nid)
    if m:
        case, sc, lev = m.groups()
        if r["triage_id"] != f"{case}-{sc}" or r["case_id"] != case:
            err(f"{nid}: triage/case id mismatch")
        if r["level"] != lev:
            err(f"{nid}: level column {r['level']} != box colour {lev}")
        if r["stage"] != {"A": "assessment", "C": "closure"}[sc]:
            err(f"{nid}: stage {r['stage']} does not match {sc}")
        triages[r["triage_id"]].append(r)
        if case_loc.setdefault(case, r["locality"]) != r["locality"]:
            err(f"{nid}: locality differs within case {case}")
    elif re.fullmatch(r"Y\d{3}", nid):
        if r["triage_id"] != nid or r["case_id"] != nid:
            err(f"{nid}: unboxed triage_id/case_id must equal id")
        if r["level"] != "":
            err(f"{nid}: unboxed note has a level")
    else:
        err(f"bad narrative_id {nid}")

for tid, rows in triages.items():
    if not 2 <= len(rows) <= 5:
        err(f"{tid}: {len(rows)} boxes (want 2-5)")
    if len({x['date'] for x in rows}) != 1:
        err(f"{tid}: dates differ between boxes")
    if len({x['level'] for x in rows}) != len(rows):
        err(f"{tid}: repeated box colour")

# ---- gold
seen = set()
note_levels = defaultdict(set)
code_n, level_n, code_level = Counter(), Counter(), Counter()
for g in gold:
    nid, code, lev = g["narrative_id"], g["code"], g["level"]
    if nid not in by_id:
        err(f"gold: unknown narrative {nid}")
        continue
    if code not in CODES:
        err(f"gold {nid}: unknown code {code}")
    if lev not in LEVELS:
        err(f"gold {nid}: bad level {lev}")
    if (nid, code) in seen:
        err(f"gold: duplicate ({nid}, {code})")
    seen.add((nid, code))
    box = by_id[nid]["level"]
    if box and lev != box:
        err(f"gold {nid} {code}: level {lev} != box {box}")
    if not box:
        note_levels[nid].add(lev)
    code_n[code] += 1
    level_n[lev] += 1
    code_level[(code, lev)] += 1
for nid, levs in note_levels.items():
    if len(levs) != 1:
        err(f"gold {nid}: unboxed note has several levels {sorted(levs)}")
for c in CODES:
    if code_n[c] < MIN_PER_CODE:
        err(f"code {c}: only {code_n[c]} present rows (min {MIN_PER_CODE})")
for l in LEVELS:
    if level_n[l] == 0:
        err(f"level {l} never used in gold")
missing_cue = [n for n, r in by_id.items() if not r["level"] and n not in note_levels]
for n in missing_cue:
    err(f"{n}: unboxed note with no gold codes (has no level)")

# ---- traps.json
tp = os.path.join(HERE, "traps.json")
if os.path.exists(tp):
    traps = json.load(open(tp, encoding="utf-8"))
    for k, v in traps.items():
        if k not in by_id:
            err(f"traps.json: unknown id {k}")
        if not isinstance(v, list) or not v:
            err(f"traps.json: {k} has no notes")
else:
    traps = {}
    err("traps.json missing")

# ---- report
boxed = [r for r in narr if r["level"]]
print(f"narratives: {len(narr)}  boxed: {len(boxed)}  unboxed: {len(narr) - len(boxed)}  "
      f"triages: {len(triages)} (A {sum(t.endswith('-A') for t in triages)}, C {sum(t.endswith('-C') for t in triages)})  "
      f"cases: {len({r['case_id'] for r in boxed})}")
print(f"gold rows: {len(gold)}   narratives with traps: {len(traps)} ({100 * len(traps) / len(narr):.0f}%)")
print()
print(f"{'code':10}" + "".join(f"{l:>8}" for l in LEVELS) + f"{'total':>8}")
for c in CODES:
    print(f"{c:10}" + "".join(f"{code_level[(c, l)]:>8}" for l in LEVELS) + f"{code_n[c]:>8}")
print(f"{'total':10}" + "".join(f"{level_n[l]:>8}" for l in LEVELS) + f"{len(gold):>8}")
print()
print("unboxed note levels:", dict(Counter(next(iter(v)) for v in note_levels.values())))
if errors:
    print()
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)
print("OK")
