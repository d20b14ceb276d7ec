#!/usr/bin/env python3
"""Validate the z82 blind gold set files; prints OK at the end."""
import csv, io, json, os, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = set("EDU-ATT EDU-EXC EDU-NEET EDU-SEND EYD MH-CHILD MH-ADULT PH SUB REL-PAR "
            "REL-CONF DA SAFE-NEG SAFE-EXP CRIME HOUS FIN CARER".split())
LEVELS = {"blue", "green", "yellow", "orange", "red"}
NH = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
GH = ["narrative_id", "code", "level"]


def fail(msg):
    print("FAIL:", msg)
    sys.exit(1)


def load(name, header):
    raw = open(os.path.join(HERE, name), "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        fail(f"{name} has a BOM")
    text = raw.decode("utf-8")
    if not raw.endswith(b"\r\n"):
        fail(f"{name} does not end with CRLF")
    if b"\n" in raw.replace(b"\r\n", b""):
        fail(f"{name} has bare LF")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if rows[0] != header:
        fail(f"{name} header {rows[0]}")
    for r in rows[1:]:
        if len(r) != len(header):
            fail(f"{name} bad row {r}")
    return rows[1:]


nar = load("narratives.csv", NH)
gold = load("gold.csv", GH)
ids = [r[0] for r in nar]
if len(ids) != len(set(ids)):
    fail("duplicate narrative ids")
box = {}
for nid, tid, case, stage, date, lvl, loc, text in nar:
    if stage not in ("assessment", "closure"):
        fail(f"stage {nid}")
    if not (date.startswith("2025-") or date.startswith("2026-")):
        fail(f"date {nid}")
    if lvl:
        if lvl not in LEVELS:
            fail(f"level {nid}")
        if nid != f"{tid}-{lvl}" or tid != f"{case}-{'A' if stage == 'assessment' else 'C'}":
            fail(f"id scheme {nid}")
    elif not (nid == tid == case):
        fail(f"unboxed id scheme {nid}")
    if not text.strip():
        fail(f"empty text {nid}")
    box[nid] = lvl
seen = set()
for nid, code, lvl in gold:
    if nid not in box:
        fail(f"gold row for unknown {nid}")
    if code not in CODES:
        fail(f"bad code {code}")
    if lvl not in LEVELS:
        fail(f"bad gold level {nid}")
    if box[nid] and box[nid] != lvl:
        fail(f"gold level differs from box {nid}")
    if (nid, code) in seen:
        fail(f"duplicate {nid} {code}")
    seen.add((nid, code))
lv = collections.defaultdict(set)
for nid, code, lvl in gold:
    lv[nid].add(lvl)
for nid, s in lv.items():
    if len(s) != 1:
        fail(f"unboxed narrative with several levels {nid}")
traps = json.load(open(os.path.join(HERE, "traps.json"), encoding="utf-8"))
for k in traps:
    if k not in box:
        fail(f"trap note for unknown {k}")
cnt = collections.Counter(c for _, c, _ in gold)
print(len(nar), "narratives,", len(gold), "gold rows,", len(set(r[1] for r in nar)), "triages")
print(" ".join(f"{c}={cnt[c]}" for c in sorted(CODES)))
print("OK")
