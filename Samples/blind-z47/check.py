#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv and traps.json; print OK at the end."""
import csv, io, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = set("EDU-ATT EDU-EXC EDU-NEET EDU-SEND EYD MH-CHILD MH-ADULT PH SUB REL-PAR "
            "REL-CONF DA SAFE-NEG SAFE-EXP CRIME HOUS FIN CARER".split())
LEVELS = {"blue", "green", "yellow", "orange", "red"}


def fail(msg):
    print("FAIL:", msg)
    sys.exit(1)


def load(name, header):
    raw = open(os.path.join(HERE, name), "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        fail(f"{name} has a BOM")
    text = raw.decode("utf-8")
    if "\n" in text.replace("\r\n", "") or "\r" in text.replace("\r\n", ""):
        fail(f"{name} has non-CRLF line endings")
    if not text.endswith("\r\n"):
        fail(f"{name} does not end with CRLF")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if rows[0] != header:
        fail(f"{name} header {rows[0]}")
    return rows[1:]


nar = load("narratives.csv", ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"])
gold = load("gold.csv", ["narrative_id", "code", "level"])
ids = [r[0] for r in nar]
if len(ids) != len(set(ids)):
    fail("duplicate narrative ids")
if not 85 <= len(ids) <= 100:
    fail(f"{len(ids)} narratives, want 85-100")
box = {}
for r in nar:
    if len(r) != 8:
        fail(f"bad row {r[:1]}")
    nid, tid, case, stage, date, level, loc, text = r
    if stage not in ("assessment", "closure"):
        fail(f"{nid} stage")
    if not (date.startswith("2025-") or date.startswith("2026-")):
        fail(f"{nid} date")
    if not text.strip():
        fail(f"{nid} empty narrative")
    if level:
        if level not in LEVELS:
            fail(f"{nid} level {level}")
        st = "A" if stage == "assessment" else "C"
        if tid != f"{case}-{st}" or nid != f"{tid}-{level}":
            fail(f"{nid} id pattern")
    else:
        if tid != nid or case != nid:
            fail(f"{nid} unboxed ids")
    box[nid] = level
seen = set()
note_levels = {}
for nid, code, level in gold:
    if nid not in box:
        fail(f"gold row for unknown {nid}")
    if code not in CODES:
        fail(f"{nid} bad code {code}")
    if level not in LEVELS:
        fail(f"{nid} bad level {level}")
    if (nid, code) in seen:
        fail(f"duplicate {nid} {code}")
    seen.add((nid, code))
    if box[nid] and box[nid] != level:
        fail(f"{nid} gold level {level} != box {box[nid]}")
    if not box[nid]:
        note_levels.setdefault(nid, set()).add(level)
for nid, lv in note_levels.items():
    if len(lv) != 1:
        fail(f"unboxed {nid} has several levels")
traps = json.load(open(os.path.join(HERE, "traps.json"), encoding="utf-8"))
for t in traps:
    if t["narrative_id"] not in box:
        fail(f"trap for unknown {t['narrative_id']}")
print(f"{len(nar)} narratives, {len(gold)} gold rows, {len(traps)} trap notes")
print("OK")
