#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv and traps.json; prints OK at the end."""
import csv, io, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = set("EDU-ATT EDU-EXC EDU-NEET EDU-SEND EYD MH-CHILD MH-ADULT PH SUB REL-PAR "
            "REL-CONF DA SAFE-NEG SAFE-EXP CRIME HOUS FIN CARER".split())
LEVELS = ["blue", "green", "yellow", "orange", "red"]
NH = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
GH = ["narrative_id", "code", "level"]
errs = []

def load(name, header):
    raw = open(os.path.join(HERE, name), "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        errs.append(name + ": has BOM")
    text = raw.decode("utf-8")
    if text.replace("\r\n", "").count("\n") or text.replace("\r\n", "").count("\r"):
        errs.append(name + ": line ending not CRLF")
    if not text.endswith("\r\n"):
        errs.append(name + ": no final CRLF")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if rows[0] != header:
        errs.append(name + ": bad header %r" % rows[0])
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(header):
            errs.append("%s line %d: %d fields" % (name, i, len(r)))
    return [dict(zip(header, r)) for r in rows[1:]]

nar = load("narratives.csv", NH)
gold = load("gold.csv", GH)
ids = [r["narrative_id"] for r in nar]
if len(ids) != len(set(ids)):
    errs.append("duplicate narrative ids")
byid = {r["narrative_id"]: r for r in nar}
localities = set()
for r in nar:
    n, t, c, st, lv = r["narrative_id"], r["triage_id"], r["case_id"], r["stage"], r["level"]
    localities.add(r["locality"])
    if st not in ("assessment", "closure"):
        errs.append(n + ": stage")
    if not (r["date"][:4] in ("2025", "2026") and len(r["date"]) == 10):
        errs.append(n + ": date")
    if not r["narrative"].strip():
        errs.append(n + ": empty narrative")
    if lv:
        if lv not in LEVELS:
            errs.append(n + ": level")
        exp_t = c + ("-A" if st == "assessment" else "-C")
        if t != exp_t or n != exp_t + "-" + lv:
            errs.append(n + ": id pattern")
    else:
        if not (n == t == c):
            errs.append(n + ": unboxed ids")
if len(localities) != 4:
    errs.append("localities: %r" % localities)
# one box per level per triage is implied by unique ids
seen = set()
for g in gold:
    n, code, lv = g["narrative_id"], g["code"], g["level"]
    if n not in byid:
        errs.append("gold: unknown narrative " + n); continue
    if code not in CODES:
        errs.append("gold: bad code %s in %s" % (code, n))
    if lv not in LEVELS:
        errs.append("gold: bad level %s in %s" % (lv, n))
    if (n, code) in seen:
        errs.append("gold: duplicate %s %s" % (n, code))
    seen.add((n, code))
    if byid[n]["level"] and byid[n]["level"] != lv:
        errs.append("gold: %s level %s != box %s" % (n, lv, byid[n]["level"]))
# unboxed narrative: one level for all codes
for n in byid:
    if not byid[n]["level"]:
        lvls = {g["level"] for g in gold if g["narrative_id"] == n}
        if len(lvls) > 1:
            errs.append(n + ": several levels")
traps = json.load(open(os.path.join(HERE, "traps.json"), encoding="utf-8"))
for t in traps:
    if t["narrative_id"] not in byid:
        errs.append("traps: unknown " + t["narrative_id"])
if not 85 <= len(nar) <= 100:
    errs.append("narrative count %d" % len(nar))
if errs:
    print("\n".join(errs)); sys.exit(1)
print(len(nar), "narratives,", len(gold), "gold rows,", len({r['case_id'] for r in nar}), "cases/notes")
print("OK")
