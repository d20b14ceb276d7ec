#!/usr/bin/env python3
"""Validate the z97 blind set; prints OK or the list of problems."""
import csv, io, json, os, re, sys, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = {"EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD", "MH-ADULT", "PH", "SUB",
         "REL-PAR", "REL-CONF", "DA", "SAFE-NEG", "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"}
LEVELS = {"blue", "green", "yellow", "orange", "red"}
NHEAD = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
GHEAD = ["narrative_id", "code", "level"]
LO, HI = datetime.date(2025, 1, 1), datetime.date(2026, 12, 31)
errs = []


def load(name):
    raw = open(os.path.join(HERE, name), "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        errs.append(name + ": has BOM")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        errs.append(name + ": not UTF-8")
        text = raw.decode("utf-8", "replace")
    if b"\n" in raw.replace(b"\r\n", b""):
        errs.append(name + ": bare LF line ending")
    if b"\r" in raw.replace(b"\r\n", b""):
        errs.append(name + ": bare CR")
    if not raw.endswith(b"\r\n"):
        errs.append(name + ": no final CRLF")
    return text


ntext = load("narratives.csv")
rows = list(csv.reader(io.StringIO(ntext, newline="")))
if rows[0] != NHEAD:
    errs.append("narratives.csv header %r" % rows[0])
narr = {}
for r in rows[1:]:
    if len(r) != 8:
        errs.append("bad row width %r" % r[:1]); continue
    nid, tid, cid, stage, date, level, loc, text = r
    if nid in narr:
        errs.append("duplicate narrative_id " + nid)
    narr[nid] = r
    if not re.fullmatch(r"Z\d{3}", cid):
        errs.append(nid + ": bad case_id")
    if stage not in ("assessment", "closure"):
        errs.append(nid + ": bad stage")
    if tid != cid + ("-A" if stage == "assessment" else "-C"):
        errs.append(nid + ": triage_id inconsistent with case/stage")
    if level:
        if level not in LEVELS:
            errs.append(nid + ": bad level")
        if nid != tid + "-" + level:
            errs.append(nid + ": id inconsistent with triage/level")
    elif nid != tid + "-note":
        errs.append(nid + ": unboxed id should be <triage>-note")
    try:
        d = datetime.date.fromisoformat(date)
        if not LO <= d <= HI:
            errs.append(nid + ": date out of 2025-26")
    except ValueError:
        errs.append(nid + ": bad date")
    if not text.strip():
        errs.append(nid + ": empty narrative")
if not 85 <= len(narr) <= 100:
    errs.append("narrative count %d not in 85-100" % len(narr))
notes = [n for n, r in narr.items() if not r[5]]
if len(notes) > 8:
    errs.append("more than 8 unboxed notes")
if len({r[6] for r in narr.values()}) != 4:
    errs.append("expected four localities")

# closure after assessment, per case; each case has both stages with boxes
cases = {}
for r in narr.values():
    cases.setdefault(r[2], []).append(r)
for cid, rs in cases.items():
    a = [r[4] for r in rs if r[3] == "assessment"]
    c = [r[4] for r in rs if r[3] == "closure"]
    if not a or not c:
        errs.append(cid + ": missing a stage"); continue
    if not min(c) > max(a):
        errs.append(cid + ": closure not after assessment")
    for st in ("assessment", "closure"):
        if not any(r[5] for r in rs if r[3] == st):
            errs.append(cid + ": no boxed narrative at " + st)
    if len({r[6] for r in rs}) != 1:
        errs.append(cid + ": locality differs within case")

gtext = load("gold.csv")
grows = list(csv.reader(io.StringIO(gtext, newline="")))
if grows[0] != GHEAD:
    errs.append("gold.csv header %r" % grows[0])
seen, note_levels = set(), {}
for r in grows[1:]:
    if len(r) != 3:
        errs.append("bad gold row %r" % r); continue
    nid, code, level = r
    if nid not in narr:
        errs.append("gold points to unknown narrative " + nid); continue
    if code not in CODES:
        errs.append("%s: unknown code %s" % (nid, code))
    if level not in LEVELS:
        errs.append("%s: bad gold level %s" % (nid, level))
    if (nid, code) in seen:
        errs.append("duplicate gold pair %s %s" % (nid, code))
    seen.add((nid, code))
    box = narr[nid][5]
    if box and level != box:
        errs.append("%s: gold level %s != box %s" % (nid, level, box))
    if not box:
        note_levels.setdefault(nid, set()).add(level)
for nid, ls in note_levels.items():
    if len(ls) != 1:
        errs.append(nid + ": unboxed note has more than one gold level")

traps = json.loads(load("traps.json"))
for nid, lst in traps.items():
    if nid not in narr:
        errs.append("traps.json: unknown narrative " + nid)
    for t in lst:
        if set(t) != {"type", "code", "note"}:
            errs.append("traps.json %s: bad keys" % nid)
        elif t["code"] and t["code"] not in CODES:
            errs.append("traps.json %s: unknown code %s" % (nid, t["code"]))
        elif t["code"] and t["type"] in ("historical", "hypothetical", "outside", "not-coded") \
                and (nid, t["code"]) in seen:
            errs.append("traps.json %s: %s trap on gold code %s" % (nid, t["type"], t["code"]))
for n in notes:
    if n not in traps:
        errs.append(n + ": unboxed note without a trap/level note")

if errs:
    print("\n".join(errs)); sys.exit(1)
print("OK")
