#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv and traps.json of blind set z143. Prints OK."""
import csv
import io
import json
import os
import re
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = {"EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD", "MH-ADULT", "PH",
         "SUB", "REL-PAR", "REL-CONF", "DA", "SAFE-NEG", "SAFE-EXP", "CRIME", "HOUS", "FIN",
         "CARER"}
LEVELS = ["blue", "green", "yellow", "orange", "red"]
TRAP_TYPES = {"negated", "historical", "hypothetical", "outside", "convention", "partial",
              "not-coded"}
N_HEADER = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality",
            "narrative"]
G_HEADER = ["narrative_id", "code", "level"]
DATE_MIN, DATE_MAX = "2025-01-01", "2026-12-31"
ERRORS = []


def err(msg):
    ERRORS.append(msg)


def read_text(name):
    raw = open(os.path.join(HERE, name), "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err(f"{name}: has a BOM")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{name}: not UTF-8 ({e})")
        text = raw.decode("utf-8", "replace")
    if not text.endswith("\r\n"):
        err(f"{name}: does not end with CRLF")
    if re.search(r"(?<!\r)\n", text):
        err(f"{name}: LF without CR")
    if re.search(r"\r(?!\n)", text):
        err(f"{name}: CR without LF")
    return text


def read_csv(name, header):
    rows = list(csv.reader(io.StringIO(read_text(name), newline="")))
    if not rows or rows[0] != header:
        err(f"{name}: header is {rows[0] if rows else None}, expected {header}")
        return []
    out = []
    for i, r in enumerate(rows[1:], start=2):
        if len(r) != len(header):
            err(f"{name} line {i}: {len(r)} fields")
            continue
        out.append(dict(zip(header, r)))
    return out


def valid_date(d):
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", d):
        return False
    y, m, day = map(int, d.split("-"))
    mdays = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return 1 <= m <= 12 and 1 <= day <= mdays[m - 1] and DATE_MIN <= d <= DATE_MAX


def main():
    narrs = read_csv("narratives.csv", N_HEADER)
    gold = read_csv("gold.csv", G_HEADER)

    by_id = {}
    triage_dates = defaultdict(set)
    case_stage_dates = defaultdict(dict)
    localities = set()
    notes = 0
    for r in narrs:
        nid = r["narrative_id"]
        if nid in by_id:
            err(f"duplicate narrative_id {nid}")
        by_id[nid] = r
        m = re.fullmatch(r"(Z\d{3})-([AC])-(blue|green|yellow|orange|red|note)", nid)
        if not m:
            err(f"{nid}: bad id")
            continue
        cid, st, lv = m.groups()
        if r["case_id"] != cid:
            err(f"{nid}: case_id {r['case_id']}")
        if r["triage_id"] != f"{cid}-{st}":
            err(f"{nid}: triage_id {r['triage_id']}")
        if r["stage"] != {"A": "assessment", "C": "closure"}[st]:
            err(f"{nid}: stage {r['stage']}")
        if lv == "note":
            notes += 1
            if r["level"] != "":
                err(f"{nid}: note with level {r['level']}")
        elif r["level"] != lv:
            err(f"{nid}: level {r['level']} does not match id")
        if not valid_date(r["date"]):
            err(f"{nid}: bad or out-of-range date {r['date']}")
        if not r["locality"]:
            err(f"{nid}: no locality")
        localities.add(r["locality"])
        if not r["narrative"].strip():
            err(f"{nid}: empty narrative")
        triage_dates[r["triage_id"]].add(r["date"])
        case_stage_dates[cid][r["stage"]] = r["date"]

    for t, ds in triage_dates.items():
        if len(ds) != 1:
            err(f"{t}: several dates {sorted(ds)}")
    for cid, sd in case_stage_dates.items():
        if set(sd) != {"assessment", "closure"}:
            err(f"{cid}: stages {sorted(sd)}")
        elif not sd["closure"] > sd["assessment"]:
            err(f"{cid}: closure {sd['closure']} not after assessment {sd['assessment']}")
    if not 85 <= len(narrs) <= 100:
        err(f"{len(narrs)} narratives, expected 85-100")
    if notes > 8:
        err(f"{notes} unboxed notes, expected <= 8")
    if len(localities) != 4:
        err(f"{len(localities)} localities, expected 4")
    if not 30 <= len(case_stage_dates) <= 40:
        err(f"{len(case_stage_dates)} cases, expected about 30-40")

    seen = set()
    note_levels = defaultdict(set)
    for r in gold:
        nid, code, lvl = r["narrative_id"], r["code"], r["level"]
        if nid not in by_id:
            err(f"gold row for unknown narrative {nid}")
            continue
        if code not in CODES:
            err(f"{nid}: unknown code {code}")
        if lvl not in LEVELS:
            err(f"{nid}: bad level {lvl}")
        if (nid, code) in seen:
            err(f"{nid}: duplicate code {code}")
        seen.add((nid, code))
        box = by_id[nid]["level"]
        if box:
            if lvl != box:
                err(f"{nid}: gold level {lvl} differs from box {box}")
        else:
            note_levels[nid].add(lvl)
    for nid, ls in note_levels.items():
        if len(ls) != 1:
            err(f"{nid}: unboxed note with several levels {sorted(ls)}")

    try:
        traps = json.loads(read_text("traps.json"))
    except ValueError as e:
        err(f"traps.json: {e}")
        traps = {}
    for nid, items in traps.items():
        if nid not in by_id:
            err(f"traps.json: unknown narrative {nid}")
        for t in items:
            if set(t) != {"type", "code", "note"}:
                err(f"traps.json {nid}: keys {sorted(t)}")
                continue
            if t["type"] not in TRAP_TYPES:
                err(f"traps.json {nid}: type {t['type']}")
            if t["code"] not in CODES:
                err(f"traps.json {nid}: code {t['code']}")
            if not t["note"].strip():
                err(f"traps.json {nid}: empty note")

    if ERRORS:
        for e in ERRORS:
            print("ERROR:", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
