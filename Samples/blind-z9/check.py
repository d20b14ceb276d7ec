#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv and traps.json; print OK at the end."""
import csv
import io
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = set("EDU-ATT EDU-EXC EDU-NEET EDU-SEND EYD MH-CHILD MH-ADULT PH SUB "
            "REL-PAR REL-CONF DA SAFE-NEG SAFE-EXP CRIME HOUS FIN CARER".split())
LEVELS = ["blue", "green", "yellow", "orange", "red"]
NHEAD = ["narrative_id", "triage_id", "case_id", "stage", "date", "level",
         "locality", "narrative"]
GHEAD = ["narrative_id", "code", "level"]
errors = []


def fail(msg):
    errors.append(msg)


def load(name, header):
    raw = open(os.path.join(HERE, name), "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        fail(f"{name}: has a BOM")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        fail(f"{name}: not UTF-8 ({e})")
        return []
    if not raw.endswith(b"\r\n"):
        fail(f"{name}: does not end with CRLF")
    if re.search(rb"(?<!\r)\n", raw):
        fail(f"{name}: bare LF line ending")
    if re.search(rb"\r(?!\n)", raw):
        fail(f"{name}: bare CR")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows or rows[0] != header:
        fail(f"{name}: header is {rows[0] if rows else None}, expected {header}")
        return []
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(header):
            fail(f"{name}: line {i} has {len(r)} fields")
    return [dict(zip(header, r)) for r in rows[1:]]


narrs = load("narratives.csv", NHEAD)
gold = load("gold.csv", GHEAD)

# narratives
ids = Counter(r["narrative_id"] for r in narrs)
for k, v in ids.items():
    if v > 1:
        fail(f"duplicate narrative_id {k}")
byid = {r["narrative_id"]: r for r in narrs}
locs = set()
for r in narrs:
    nid, tid, cid, lvl = r["narrative_id"], r["triage_id"], r["case_id"], r["level"]
    locs.add(r["locality"])
    if r["stage"] not in ("assessment", "closure"):
        fail(f"{nid}: bad stage {r['stage']}")
    if not re.fullmatch(r"202[56]-\d\d-\d\d", r["date"]):
        fail(f"{nid}: date {r['date']} not 2025-2026 ISO")
    if not r["narrative"].strip():
        fail(f"{nid}: empty narrative")
    if lvl:
        if lvl not in LEVELS:
            fail(f"{nid}: bad level {lvl}")
        m = re.fullmatch(r"([A-Z0-9]+)-([AC])-(\w+)", nid)
        if not m or m.group(3) != lvl:
            fail(f"{nid}: boxed id does not match <CASE>-A|C-<level>")
            continue
        if tid != f"{m.group(1)}-{m.group(2)}" or cid != m.group(1):
            fail(f"{nid}: triage_id/case_id mismatch ({tid}, {cid})")
        want = "assessment" if m.group(2) == "A" else "closure"
        if r["stage"] != want:
            fail(f"{nid}: stage {r['stage']} but id says {want}")
    else:
        if tid != nid:
            fail(f"{nid}: unboxed note's triage_id should equal narrative_id")
# one date per triage, closure after assessment
tdates = defaultdict(set)
for r in narrs:
    tdates[r["triage_id"]].add(r["date"])
for t, d in tdates.items():
    if len(d) != 1:
        fail(f"triage {t} has several dates {d}")
for t, d in tdates.items():
    if t.endswith("-C") and t[:-2] + "-A" in tdates:
        if min(d) <= min(tdates[t[:-2] + "-A"]):
            fail(f"closure {t} not after its assessment")
if len(locs) != 4:
    fail(f"expected 4 localities, got {sorted(locs)}")

# gold
pairs = Counter((g["narrative_id"], g["code"]) for g in gold)
for k, v in pairs.items():
    if v > 1:
        fail(f"duplicate gold row {k}")
glevels = defaultdict(set)
for g in gold:
    nid = g["narrative_id"]
    if nid not in byid:
        fail(f"gold row for unknown narrative {nid}")
        continue
    if g["code"] not in CODES:
        fail(f"{nid}: unknown code {g['code']}")
    if g["level"] not in LEVELS:
        fail(f"{nid}: bad gold level {g['level']}")
    box = byid[nid]["level"]
    if box and g["level"] != box:
        fail(f"{nid}: gold level {g['level']} != box level {box}")
    glevels[nid].add(g["level"])
for nid, s in glevels.items():
    if len(s) != 1:
        fail(f"{nid}: several gold levels {s}")

# traps.json agrees with gold
traps = json.load(open(os.path.join(HERE, "traps.json"), encoding="utf-8"))
if set(traps) != set(byid):
    fail("traps.json ids differ from narratives.csv")
gcodes = defaultdict(set)
for g in gold:
    gcodes[g["narrative_id"]].add(g["code"])
for nid, t in traps.items():
    if set(t["gold"]) != gcodes.get(nid, set()):
        fail(f"{nid}: traps.json gold differs from gold.csv")
    for tr in t["traps"]:
        if tr["type"] not in ("negated", "historical", "hypothetical",
                              "outside-household", "look-alike", "convention",
                              "need-met"):
            fail(f"{nid}: bad trap type {tr['type']}")

# size
n = len(narrs)
if not 85 <= n <= 100:
    fail(f"{n} narratives, expected 85-100")

# summary
cases = {r["case_id"] for r in narrs if r["level"]}
print(f"narratives {n} (boxed {sum(1 for r in narrs if r['level'])}, "
      f"unboxed {sum(1 for r in narrs if not r['level'])}), cases {len(cases)}, "
      f"triages {len({r['triage_id'] for r in narrs if r['level']})}, gold rows {len(gold)}")
print("codes:", " ".join(f"{c}={v}" for c, v in
                         sorted(Counter(g['code'] for g in gold).items())))
print("levels:", " ".join(f"{l}={v}" for l, v in
                          Counter(g['level'] for g in gold).most_common()))
tt = Counter(tr["type"] for t in traps.values() for tr in t["traps"])
print("trap notes:", dict(tt))
real = {"negated", "historical", "hypothetical", "outside-household",
        "look-alike", "need-met"}
print("narratives with a non-convention trap:",
      sum(1 for t in traps.values() if any(tr["type"] in real for tr in t["traps"])),
      "| with any trap note:", sum(1 for t in traps.values() if t["traps"]),
      "| with no gold codes:", sum(1 for nid in byid if not gcodes.get(nid)))

if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)
print("OK")
