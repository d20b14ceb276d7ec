#!/usr/bin/env python3
"""Validate the blind set files in this folder; print OK or the problems."""
import csv
import io
import json
import os
import re
import sys
from collections import Counter, defaultdict
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
TAXONOMY = "/work/shared/taxonomy.md"
FALLBACK_CODES = {"EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD",
                  "MH-ADULT", "PH", "SUB", "REL-PAR", "REL-CONF", "DA", "SAFE-NEG",
                  "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"}
LEVELS = ["blue", "green", "yellow", "orange", "red"]
NARR_HEADER = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
GOLD_HEADER = ["narrative_id", "code", "level"]
TRAP_TYPES = {"negated", "historical", "hypothetical", "outside", "convention", "partial", "not-coded"}
ABSENT_TYPES = {"negated", "historical", "hypothetical", "not-coded"}
DATE_MIN, DATE_MAX = date(2025, 1, 1), date(2026, 12, 31)

errors = []


def err(msg):
    errors.append(msg)


def taxonomy_codes():
    try:
        text = open(TAXONOMY, encoding="utf-8").read()
    except OSError:
        return FALLBACK_CODES
    sec = text.split("## Codes", 1)[1].split("##", 1)[0]
    codes = set(re.findall(r"^\|\s*([A-Z]+(?:-[A-Z]+)?)\s*\|", sec, re.M))
    codes.discard("code")
    if codes != FALLBACK_CODES:
        err(f"taxonomy code table differs from built-in list: {sorted(codes ^ FALLBACK_CODES)}")
    return codes


def read_raw(name):
    path = os.path.join(HERE, name)
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err(f"{name}: has a UTF-8 BOM")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{name}: not UTF-8 ({e})")
        text = raw.decode("utf-8", "replace")
    if b"\n" in raw.replace(b"\r\n", b""):
        err(f"{name}: bare LF line ending")
    if b"\r" in raw.replace(b"\r\n", b""):
        err(f"{name}: bare CR")
    if not raw.endswith(b"\r\n"):
        err(f"{name}: does not end with CRLF")
    return text


def read_csv(name, header):
    text = read_raw(name)
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows or rows[0] != header:
        err(f"{name}: header is {rows[0] if rows else None}, expected {header}")
        return []
    out = []
    for i, r in enumerate(rows[1:], start=2):
        if len(r) != len(header):
            err(f"{name}: line {i} has {len(r)} fields")
            continue
        out.append(dict(zip(header, r)))
    return out


def main():
    codes = taxonomy_codes()
    narrs = read_csv("narratives.csv", NARR_HEADER)
    gold = read_csv("gold.csv", GOLD_HEADER)

    # ---- narratives
    by_id = {}
    case_dates = defaultdict(dict)
    triage_dates = defaultdict(set)
    notes = 0
    idre = re.compile(r"^(Z\d{3})-([AC])-(blue|green|yellow|orange|red|note)$")
    for n in narrs:
        nid = n["narrative_id"]
        if nid in by_id:
            err(f"duplicate narrative_id {nid}")
        by_id[nid] = n
        m = idre.match(nid)
        if not m:
            err(f"{nid}: bad id form")
            continue
        cid, st, suffix = m.groups()
        if n["case_id"] != cid:
            err(f"{nid}: case_id {n['case_id']}")
        if n["triage_id"] != f"{cid}-{st}":
            err(f"{nid}: triage_id {n['triage_id']}")
        if n["stage"] != {"A": "assessment", "C": "closure"}[st]:
            err(f"{nid}: stage {n['stage']}")
        if suffix == "note":
            notes += 1
            if n["level"] != "":
                err(f"{nid}: note with a level")
        elif n["level"] != suffix:
            err(f"{nid}: level {n['level']} does not match id")
        if n["level"] not in LEVELS + [""]:
            err(f"{nid}: bad level {n['level']}")
        if not n["narrative"].strip():
            err(f"{nid}: empty narrative")
        if "\n" in n["narrative"] or "\r" in n["narrative"]:
            err(f"{nid}: line break inside narrative")
        try:
            d = date.fromisoformat(n["date"])
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", n["date"]):
                raise ValueError
        except ValueError:
            err(f"{nid}: bad date {n['date']}")
            continue
        if not (DATE_MIN <= d <= DATE_MAX):
            err(f"{nid}: date {d} outside 2025-26")
        triage_dates[n["triage_id"]].add(d)
        case_dates[cid].setdefault(n["stage"], set()).add(d)

    for tid, ds in triage_dates.items():
        if len(ds) != 1:
            err(f"{tid}: more than one date in a triage")
    for cid, st in case_dates.items():
        if set(st) != {"assessment", "closure"}:
            err(f"{cid}: lacks an assessment or a closure triage")
            continue
        if min(st["closure"]) <= max(st["assessment"]):
            err(f"{cid}: closure not after assessment")

    # ---- set shape
    if not 85 <= len(narrs) <= 100:
        err(f"{len(narrs)} narratives (want 85-100)")
    if not 30 <= len(case_dates) <= 40:
        err(f"{len(case_dates)} cases (want 30-40)")
    if notes > 8:
        err(f"{notes} unboxed notes (max 8)")
    locs = {n["locality"] for n in narrs}
    if len(locs) != 4:
        err(f"{len(locs)} localities (want 4)")
    nums = sorted(int(c[1:]) for c in case_dates)
    if nums != list(range(1, len(nums) + 1)):
        err("case ids do not run Z001.. without gaps")

    # ---- gold
    pairs = set()
    note_levels = defaultdict(set)
    for g in gold:
        nid, code, lv = g["narrative_id"], g["code"], g["level"]
        if nid not in by_id:
            err(f"gold row for unknown narrative {nid}")
            continue
        if code not in codes:
            err(f"{nid}: unknown code {code}")
        if lv not in LEVELS:
            err(f"{nid}: bad gold level {lv}")
        if (nid, code) in pairs:
            err(f"{nid}: duplicate code {code}")
        pairs.add((nid, code))
        box = by_id[nid]["level"]
        if box:
            if lv != box:
                err(f"{nid}: gold level {lv} != box level {box}")
        else:
            note_levels[nid].add(lv)
    for nid, lvs in note_levels.items():
        if len(lvs) != 1:
            err(f"{nid}: unboxed note has codes at several levels {lvs}")

    # ---- traps
    try:
        traps = json.loads(read_raw("traps.json"))
    except ValueError as e:
        err(f"traps.json: not JSON ({e})")
        traps = {}
    for nid, lst in traps.items():
        if nid not in by_id:
            err(f"traps.json: unknown narrative {nid}")
        for t in lst:
            if set(t) != {"type", "code", "note"}:
                err(f"traps.json {nid}: bad keys {sorted(t)}")
                continue
            if t["type"] not in TRAP_TYPES:
                err(f"traps.json {nid}: bad type {t['type']}")
            if t["code"] not in codes:
                err(f"traps.json {nid}: bad code {t['code']}")
            if t["type"] in ABSENT_TYPES and (nid, t["code"]) in pairs:
                err(f"traps.json {nid}: {t['code']} marked {t['type']} but is in gold")

    if errors:
        for e in errors:
            print("ERROR:", e)
        sys.exit(1)
    cc = Counter(g["code"] for g in gold)
    print(f"{len(narrs)} narratives, {len(case_dates)} cases, {notes} notes, {len(gold)} gold rows, "
          f"{len(codes)} codes ({len([c for c in codes if cc[c]])} used)")
    print("OK")


if __name__ == "__main__":
    main()
