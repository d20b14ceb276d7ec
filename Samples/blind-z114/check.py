#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv and traps.json of blind set z114. Prints OK or the problems."""
import csv
import io
import json
import os
import re
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = {"EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD", "MH-ADULT", "PH", "SUB",
         "REL-PAR", "REL-CONF", "DA", "SAFE-NEG", "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"}
LEVELS = ["blue", "green", "yellow", "orange", "red"]
NHDR = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
GHDR = ["narrative_id", "code", "level"]
TRAP_TYPES = {"negated", "historical", "hypothetical", "outside", "convention", "partial", "not-coded"}
errs = []


def err(msg):
    errs.append(msg)


def taxonomy_codes():
    p = "/work/shared/taxonomy.md"
    if not os.path.exists(p):
        return None
    txt = open(p, encoding="utf-8").read()
    sec = txt.split("## Codes", 1)[1].split("##", 1)[0]
    return set(re.findall(r"^\|\s*([A-Z]+(?:-[A-Z]+)?)\s*\|", sec, re.M)) - {"code"}


def read_raw(name):
    b = open(os.path.join(HERE, name), "rb").read()
    if b.startswith(b"\xef\xbb\xbf"):
        err("%s: has a BOM" % name)
    try:
        t = b.decode("utf-8")
    except UnicodeDecodeError as e:
        err("%s: not UTF-8 (%s)" % (name, e))
        t = b.decode("utf-8", "replace")
    if b.count(b"\n") != b.count(b"\r\n"):
        err("%s: bare LF line endings" % name)
    if b.count(b"\r") != b.count(b"\r\n"):
        err("%s: bare CR" % name)
    if not b.endswith(b"\r\n"):
        err("%s: does not end with CRLF" % name)
    return t


def main():
    tc = taxonomy_codes()
    if tc is not None and tc != CODES:
        err("code set differs from taxonomy: %s" % sorted(tc ^ CODES))

    nt = read_raw("narratives.csv")
    rows = list(csv.reader(io.StringIO(nt, newline="")))
    if rows[0] != NHDR:
        err("narratives.csv header wrong: %r" % rows[0])
    narr = {}
    case_dates = defaultdict(dict)
    case_loc = defaultdict(set)
    triage_levels = defaultdict(list)
    notes = 0
    for r in rows[1:]:
        if len(r) != len(NHDR):
            err("bad row length: %r" % r[:1])
            continue
        d = dict(zip(NHDR, r))
        nid = d["narrative_id"]
        if nid in narr:
            err("duplicate narrative_id %s" % nid)
        narr[nid] = d
        m = re.fullmatch(r"(Z\d{3})-([AC])-(blue|green|yellow|orange|red|note)", nid)
        if not m:
            err("bad id %s" % nid)
            continue
        case, st, lev = m.groups()
        if d["case_id"] != case:
            err("%s: case_id %s" % (nid, d["case_id"]))
        if d["triage_id"] != "%s-%s" % (case, st):
            err("%s: triage_id %s" % (nid, d["triage_id"]))
        if d["stage"] != {"A": "assessment", "C": "closure"}[st]:
            err("%s: stage %s" % (nid, d["stage"]))
        if lev == "note":
            notes += 1
            if d["level"] != "":
                err("%s: note with a level" % nid)
        elif d["level"] != lev:
            err("%s: level %s" % (nid, d["level"]))
        if not re.fullmatch(r"202[56]-\d\d-\d\d", d["date"]):
            err("%s: date %s" % (nid, d["date"]))
        prev = case_dates[case].setdefault(st, d["date"])
        if prev != d["date"]:
            err("%s: date differs within triage" % nid)
        case_loc[case].add(d["locality"])
        triage_levels[d["triage_id"]].append(lev)
        if not d["narrative"].strip():
            err("%s: empty narrative" % nid)
    import datetime
    for case, ds in case_dates.items():
        for v in ds.values():
            try:
                dt = datetime.date.fromisoformat(v)
                if not (datetime.date(2025, 1, 1) <= dt <= datetime.date(2026, 12, 31)):
                    err("%s: date out of range %s" % (case, v))
            except ValueError:
                err("%s: invalid date %s" % (case, v))
        if set(ds) != {"A", "C"}:
            err("%s: lacks assessment or closure" % case)
        elif not ds["C"] > ds["A"]:
            err("%s: closure not after assessment" % case)
    for case, locs in case_loc.items():
        if len(locs) != 1:
            err("%s: several localities" % case)
    for t, levs in triage_levels.items():
        if len(levs) != len(set(levs)):
            err("%s: repeated box" % t)
    if len({l for s in case_loc.values() for l in s}) != 4:
        err("expected four localities")
    if not 85 <= len(narr) <= 100:
        err("narrative count %d" % len(narr))
    if notes > 8:
        err("too many notes: %d" % notes)

    gt = read_raw("gold.csv")
    g = list(csv.reader(io.StringIO(gt, newline="")))
    if g[0] != GHDR:
        err("gold.csv header wrong: %r" % g[0])
    seen = set()
    note_levels = defaultdict(set)
    for r in g[1:]:
        if len(r) != 3:
            err("bad gold row %r" % r)
            continue
        nid, code, lev = r
        if nid not in narr:
            err("gold row for unknown narrative %s" % nid)
            continue
        if code not in CODES:
            err("%s: unknown code %s" % (nid, code))
        if lev not in LEVELS:
            err("%s: unknown level %s" % (nid, lev))
        if (nid, code) in seen:
            err("duplicate gold pair %s %s" % (nid, code))
        seen.add((nid, code))
        box = narr[nid]["level"]
        if box:
            if lev != box:
                err("%s: gold level %s != box %s" % (nid, lev, box))
        else:
            note_levels[nid].add(lev)
    for nid, ls in note_levels.items():
        if len(ls) != 1:
            err("%s: note codes have several levels" % nid)

    tj = read_raw("traps.json")
    traps = json.loads(tj)
    for nid, lst in traps.items():
        if nid not in narr:
            err("traps for unknown narrative %s" % nid)
        for t in lst:
            if set(t) != {"type", "code", "note"}:
                err("%s: trap keys %s" % (nid, sorted(t)))
            if t["type"] not in TRAP_TYPES:
                err("%s: trap type %s" % (nid, t["type"]))
            if t["code"] and t["code"] not in CODES:
                err("%s: trap code %s" % (nid, t["code"]))

    if errs:
        for e in errs:
            print("ERROR:", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
