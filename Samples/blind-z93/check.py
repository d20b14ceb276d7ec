#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv and traps.json of blind gold set z93.
Prints OK at the end if every check passes; exits non-zero otherwise."""
import csv
import io
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = set("EDU-ATT EDU-EXC EDU-NEET EDU-SEND EYD MH-CHILD MH-ADULT PH SUB REL-PAR "
            "REL-CONF DA SAFE-NEG SAFE-EXP CRIME HOUS FIN CARER".split())
LEVELS = ["blue", "green", "yellow", "orange", "red"]
N_HEADER = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
G_HEADER = ["narrative_id", "code", "level"]

errors = []


def err(msg):
    errors.append(msg)


def read_csv(name):
    path = os.path.join(HERE, name)
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err(f"{name}: has a UTF-8 BOM")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{name}: not UTF-8 ({e})")
        text = raw.decode("utf-8", "replace")
    # every line break must be CRLF (no bare LF / CR outside quoted fields either)
    if raw.count(b"\n") != raw.count(b"\r\n") or raw.count(b"\r") != raw.count(b"\r\n"):
        err(f"{name}: line endings are not all CRLF")
    if not raw.endswith(b"\r\n"):
        err(f"{name}: does not end with CRLF")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    return rows


n_rows = read_csv("narratives.csv")
g_rows = read_csv("gold.csv")

if n_rows[0] != N_HEADER:
    err(f"narratives.csv header is {n_rows[0]}")
if g_rows[0] != G_HEADER:
    err(f"gold.csv header is {g_rows[0]}")

narr = {}
for r in n_rows[1:]:
    if len(r) != len(N_HEADER):
        err(f"narratives.csv: wrong field count in {r[:1]}")
        continue
    d = dict(zip(N_HEADER, r))
    nid = d["narrative_id"]
    if nid in narr:
        err(f"duplicate narrative_id {nid}")
    narr[nid] = d
    if d["stage"] not in ("assessment", "closure"):
        err(f"{nid}: bad stage {d['stage']}")
    if not re.fullmatch(r"202[56]-\d\d-\d\d", d["date"]):
        err(f"{nid}: date {d['date']} not in 2025-2026")
    if not d["narrative"].strip():
        err(f"{nid}: empty narrative")
    if d["level"]:
        if d["level"] not in LEVELS:
            err(f"{nid}: bad box level {d['level']}")
        m = re.fullmatch(r"([A-Z0-9]+)-([AC])-(blue|green|yellow|orange|red)", nid)
        if not m:
            err(f"{nid}: boxed id does not look like CASE-A/C-level")
        else:
            case, st, lev = m.groups()
            if d["triage_id"] != f"{case}-{st}" or d["case_id"] != case or lev != d["level"]:
                err(f"{nid}: id/triage_id/case_id/level inconsistent")
            if (st == "A") != (d["stage"] == "assessment"):
                err(f"{nid}: stage does not match A/C")
    else:
        if d["triage_id"] != nid:
            err(f"{nid}: unboxed note's triage_id should equal its narrative_id")

# triage-level consistency: one date/locality/stage per triage
tri = {}
for d in narr.values():
    key = (d["date"], d["locality"], d["stage"], d["case_id"])
    if d["triage_id"] in tri and tri[d["triage_id"]] != key:
        err(f"triage {d['triage_id']}: inconsistent date/locality/stage")
    tri[d["triage_id"]] = key

seen = set()
unboxed_levels = {}
for r in g_rows[1:]:
    if len(r) != 3:
        err(f"gold.csv: wrong field count {r}")
        continue
    nid, code, level = r
    if nid not in narr:
        err(f"gold row for unknown narrative {nid}")
        continue
    if code not in CODES:
        err(f"{nid}: unknown code {code}")
    if level not in LEVELS:
        err(f"{nid}: bad gold level {level}")
    if (nid, code) in seen:
        err(f"duplicate gold row ({nid}, {code})")
    seen.add((nid, code))
    box = narr[nid]["level"]
    if box and level != box:
        err(f"{nid}: gold level {level} differs from box level {box}")
    if not box:
        unboxed_levels.setdefault(nid, set()).add(level)
for nid, levs in unboxed_levels.items():
    if len(levs) != 1:
        err(f"{nid}: unboxed note has more than one gold level {levs}")

# traps.json
traps = json.load(open(os.path.join(HERE, "traps.json"), encoding="utf-8"))
for t in traps:
    if t.get("narrative_id") not in narr:
        err(f"traps.json: unknown narrative {t.get('narrative_id')}")
    if t.get("code") not in CODES:
        err(f"traps.json: unknown code {t.get('code')}")
    if t.get("kind") not in ("negated", "historical", "hypothetical", "lookalike",
                             "outside-household", "convention"):
        err(f"traps.json: unknown kind {t.get('kind')}")
    if t.get("kind") in ("negated", "historical", "hypothetical", "lookalike", "outside-household") \
            and (t["narrative_id"], t["code"]) in seen:
        # a trap code that is still gold is only allowed where the note explains it
        if "present" not in t.get("note", ""):
            err(f"traps.json: trap code {t['code']} is gold in {t['narrative_id']} without explanation")

# size of the set
n = len(narr)
if not 85 <= n <= 100:
    err(f"{n} narratives, expected 85-100")

if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)
print(f"{n} narratives, {len(seen)} gold rows, {len(traps)} trap notes")
print("OK")
