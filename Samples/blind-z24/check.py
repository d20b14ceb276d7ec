#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv and traps.json of the blind-z24 gold set.
Ends by printing OK (exits non-zero with a message on the first failure)."""
import csv
import io
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = ("EDU-ATT EDU-EXC EDU-NEET EDU-SEND EYD MH-CHILD MH-ADULT PH SUB REL-PAR "
         "REL-CONF DA SAFE-NEG SAFE-EXP CRIME HOUS FIN CARER").split()
LEVELS = ["blue", "green", "yellow", "orange", "red"]
N_HEAD = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality",
          "narrative"]
G_HEAD = ["narrative_id", "code", "level"]


def fail(msg):
    print("FAIL:", msg)
    sys.exit(1)


def read_csv(name, header):
    raw = open(os.path.join(HERE, name), "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        fail(f"{name}: has a BOM")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        fail(f"{name}: not UTF-8 ({e})")
    if not text.endswith("\r\n"):
        fail(f"{name}: does not end with CRLF")
    if "\n" in text.replace("\r\n", "") or "\r" in text.replace("\r\n", ""):
        fail(f"{name}: bare LF or CR found (line endings must be CRLF)")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if rows[0] != header:
        fail(f"{name}: header {rows[0]} != {header}")
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(header):
            fail(f"{name} line {i}: {len(r)} fields")
    return [dict(zip(header, r)) for r in rows[1:]]


narr = read_csv("narratives.csv", N_HEAD)
gold = read_csv("gold.csv", G_HEAD)

by_id = {}
for r in narr:
    nid = r["narrative_id"]
    if nid in by_id:
        fail(f"duplicate narrative_id {nid}")
    by_id[nid] = r
    if r["stage"] not in ("assessment", "closure"):
        fail(f"{nid}: bad stage {r['stage']}")
    if not re.fullmatch(r"202[56]-\d\d-\d\d", r["date"]):
        fail(f"{nid}: date {r['date']} not in 2025-2026")
    if not r["narrative"].strip():
        fail(f"{nid}: empty narrative")
    if r["level"]:
        if r["level"] not in LEVELS:
            fail(f"{nid}: bad box level {r['level']}")
        st = "A" if r["stage"] == "assessment" else "C"
        if r["triage_id"] != f"{r['case_id']}-{st}":
            fail(f"{nid}: triage_id {r['triage_id']} does not match case/stage")
        if nid != f"{r['triage_id']}-{r['level']}":
            fail(f"{nid}: boxed id should be triage_id-level")
    else:
        if r["triage_id"] != nid:
            fail(f"{nid}: unboxed note's triage_id should equal its narrative_id")

locs = {r["locality"] for r in narr}
if len(locs) != 4:
    fail(f"expected 4 localities, got {sorted(locs)}")

pairs = set()
for g in gold:
    nid, code, lv = g["narrative_id"], g["code"], g["level"]
    if nid not in by_id:
        fail(f"gold row for unknown narrative {nid}")
    if code not in CODES:
        fail(f"{nid}: unknown code {code}")
    if lv not in LEVELS:
        fail(f"{nid}: bad gold level {lv}")
    if (nid, code) in pairs:
        fail(f"duplicate gold row ({nid}, {code})")
    pairs.add((nid, code))
    box = by_id[nid]["level"]
    if box and box != lv:
        fail(f"{nid}: gold level {lv} != box level {box}")

# an unboxed note takes one level for all its codes
note_lv = {}
for g in gold:
    if not by_id[g["narrative_id"]]["level"]:
        note_lv.setdefault(g["narrative_id"], set()).add(g["level"])
for nid, s in note_lv.items():
    if len(s) != 1:
        fail(f"{nid}: unboxed note has several levels {s}")

# traps.json agrees with gold.csv
traps = json.load(open(os.path.join(HERE, "traps.json"), encoding="utf-8"))
tid = {t["narrative_id"]: t for t in traps}
if set(tid) != set(by_id):
    fail("traps.json narrative ids differ from narratives.csv")
for nid, t in tid.items():
    gcodes = sorted(c for (n, c) in pairs if n == nid)
    if sorted(t["gold"]) != gcodes:
        fail(f"{nid}: traps.json gold {t['gold']} != gold.csv {gcodes}")

# report: counts and code x level x stage coverage of boxed narratives
n_box = sum(1 for r in narr if r["level"])
print(f"narratives {len(narr)} (boxed {n_box}, unboxed {len(narr) - n_box}), "
      f"triages {len({r['triage_id'] for r in narr if r['level']})}, "
      f"cases {len({r['case_id'] for r in narr if r['level']})}, gold rows {len(gold)}")
cov = {}
for g in gold:
    r = by_id[g["narrative_id"]]
    if r["level"]:
        cov.setdefault((r["stage"], r["level"]), set()).add(g["code"])
gaps = 0
for st in ("assessment", "closure"):
    for lv in LEVELS:
        miss = [c for c in CODES if c not in cov.get((st, lv), set())]
        gaps += len(miss)
        if miss:
            print(f"  coverage gap {st}/{lv}: {' '.join(miss)}")
if gaps:
    fail(f"{gaps} code x box-level x stage combinations not covered")
print("coverage: all 18 codes in every box level at assessment and at closure")
print("OK")
