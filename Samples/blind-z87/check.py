#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv, traps.json. Prints OK at the end."""
import csv, io, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = set("EDU-ATT EDU-EXC EDU-NEET EDU-SEND EYD MH-CHILD MH-ADULT PH SUB REL-PAR "
            "REL-CONF DA SAFE-NEG SAFE-EXP CRIME HOUS FIN CARER".split())
LEVELS = ["blue", "green", "yellow", "orange", "red"]
NHEAD = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
GHEAD = ["narrative_id", "code", "level"]
errs = []

def load(name, header):
    raw = open(os.path.join(HERE, name), "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        errs.append(f"{name}: has BOM")
    text = raw.decode("utf-8")
    if re.search(r"(?<!\r)\n", text):
        errs.append(f"{name}: bare LF line ending")
    if not text.endswith("\r\n"):
        errs.append(f"{name}: does not end with CRLF")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if rows[0] != header:
        errs.append(f"{name}: bad header {rows[0]}")
    for r in rows[1:]:
        if len(r) != len(header):
            errs.append(f"{name}: wrong column count {r}")
    return rows[1:]

nar = load("narratives.csv", NHEAD)
gold = load("gold.csv", GHEAD)

ids, box, locs = set(), {}, set()
for nid, tid, case, stage, date, level, loc, text in nar:
    if nid in ids:
        errs.append(f"duplicate narrative_id {nid}")
    ids.add(nid)
    box[nid] = level
    locs.add(loc)
    if stage not in ("assessment", "closure"):
        errs.append(f"{nid}: bad stage {stage}")
    if not re.fullmatch(r"202[56]-\d\d-\d\d", date):
        errs.append(f"{nid}: date not 2025-26 ISO: {date}")
    if not text.strip():
        errs.append(f"{nid}: empty narrative")
    if level:
        if level not in LEVELS:
            errs.append(f"{nid}: bad box level {level}")
        m = re.fullmatch(r"([A-Z]\d{3})-([AC])-(\w+)", nid)
        if not m or m.group(3) != level or tid != f"{m.group(1)}-{m.group(2)}" or case != m.group(1):
            errs.append(f"{nid}: id/triage/case/level mismatch")
        elif (m.group(2) == "A") != (stage == "assessment"):
            errs.append(f"{nid}: stage does not match A/C")
    else:
        if tid != nid or case != nid:
            errs.append(f"{nid}: unboxed note must have triage_id == case_id == narrative_id")
if len(locs) != 4:
    errs.append(f"expected 4 localities, got {sorted(locs)}")

pairs = set()
unboxed_levels = {}
for nid, code, level in gold:
    if nid not in ids:
        errs.append(f"gold row for unknown narrative {nid}")
        continue
    if code not in CODES:
        errs.append(f"{nid}: unknown code {code}")
    if level not in LEVELS:
        errs.append(f"{nid}: bad gold level {level}")
    if (nid, code) in pairs:
        errs.append(f"{nid}: duplicate code {code}")
    pairs.add((nid, code))
    if box[nid] and level != box[nid]:
        errs.append(f"{nid}: gold level {level} != box level {box[nid]}")
    if not box[nid]:
        unboxed_levels.setdefault(nid, set()).add(level)
for nid, lv in unboxed_levels.items():
    if len(lv) != 1:
        errs.append(f"{nid}: unboxed note has more than one level {lv}")

traps = json.load(open(os.path.join(HERE, "traps.json"), encoding="utf-8"))
for nid in traps:
    if nid not in ids:
        errs.append(f"traps.json: unknown narrative {nid}")

n = len(ids)
if not 85 <= n <= 100:
    errs.append(f"narrative count {n} outside 85-100")

if errs:
    print("\n".join(errs))
    sys.exit(1)
print(f"{n} narratives, {len(gold)} gold rows, {len(traps)} narratives with traps")
print("OK")
