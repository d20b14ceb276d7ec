#!/usr/bin/env python3
"""Validate the Z1 gold set files; prints OK at the end if all checks pass."""
import csv, io, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = set("EDU-ATT EDU-EXC EDU-NEET EDU-SEND EYD MH-CHILD MH-ADULT PH SUB REL-PAR "
            "REL-CONF DA SAFE-NEG SAFE-EXP CRIME HOUS FIN CARER".split())
LEVELS = ["blue", "green", "yellow", "orange", "red"]
errors = []


def err(msg):
    errors.append(msg)


def load(name, header):
    raw = open(os.path.join(HERE, name), "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err(f"{name}: has a BOM")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{name}: not UTF-8 ({e})")
        return []
    if not text.endswith("\r\n"):
        err(f"{name}: does not end with CRLF")
    if re.search(r"(?<!\r)\n", text):
        err(f"{name}: bare LF line ending found")
    if re.search(r"\r(?!\n)", text):
        err(f"{name}: bare CR found")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows or rows[0] != header:
        err(f"{name}: header is {rows[0] if rows else None}, expected {header}")
        return []
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(header):
            err(f"{name}: line {i} has {len(r)} fields")
    return [dict(zip(header, r)) for r in rows[1:]]


narr = load("narratives.csv",
            ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"])
gold = load("gold.csv", ["narrative_id", "code", "level"])

ids = [n["narrative_id"] for n in narr]
if len(ids) != len(set(ids)):
    err("duplicate narrative ids")
byid = {n["narrative_id"]: n for n in narr}
if not 85 <= len(narr) <= 100:
    err(f"{len(narr)} narratives, expected 85-100")

for n in narr:
    nid, lvl = n["narrative_id"], n["level"]
    if n["stage"] not in ("assessment", "closure"):
        err(f"{nid}: bad stage {n['stage']}")
    if not re.fullmatch(r"202[56]-\d\d-\d\d", n["date"]):
        err(f"{nid}: bad date {n['date']}")
    if not n["narrative"].strip():
        err(f"{nid}: empty narrative")
    if lvl:
        if lvl not in LEVELS:
            err(f"{nid}: bad level {lvl}")
        m = re.fullmatch(r"(Z1-\d{3})-([AC])-(\w+)", nid)
        if not m or m.group(3) != lvl or n["case_id"] != m.group(1) \
                or n["triage_id"] != f"{m.group(1)}-{m.group(2)}" \
                or n["stage"] != {"A": "assessment", "C": "closure"}[m.group(2)]:
            err(f"{nid}: id/triage/case/stage/level inconsistent")
    else:
        if n["triage_id"] != nid:
            err(f"{nid}: unboxed triage_id must equal narrative_id")

# closure after assessment within a case
dates = {}
for n in narr:
    if n["level"]:
        dates.setdefault((n["case_id"], n["stage"]), set()).add(n["date"])
for (case, stage), ds in dates.items():
    if len(ds) != 1:
        err(f"{case} {stage}: several dates {ds}")
    if stage == "closure" and (case, "assessment") in dates:
        if min(ds) <= max(dates[(case, "assessment")]):
            err(f"{case}: closure not after assessment")

seen = set()
unboxed_levels = {}
for g in gold:
    nid, code, lvl = g["narrative_id"], g["code"], g["level"]
    if nid not in byid:
        err(f"gold row for unknown narrative {nid}")
        continue
    if code not in CODES:
        err(f"{nid}: unknown code {code}")
    if lvl not in LEVELS:
        err(f"{nid}: bad gold level {lvl}")
    if (nid, code) in seen:
        err(f"{nid}: duplicate code {code}")
    seen.add((nid, code))
    box = byid[nid]["level"]
    if box and lvl != box:
        err(f"{nid}: gold level {lvl} differs from box {box}")
    if not box:
        unboxed_levels.setdefault(nid, set()).add(lvl)
for nid, ls in unboxed_levels.items():
    if len(ls) != 1:
        err(f"{nid}: unboxed narrative has several gold levels {ls}")

traps = json.load(open(os.path.join(HERE, "traps.json"), encoding="utf-8"))
for k in traps:
    if k not in byid:
        err(f"traps.json: unknown narrative {k}")

if errors:
    print("\n".join(errors))
    sys.exit(1)
print(f"{len(narr)} narratives, {len(gold)} gold rows")
print("OK")
