#!/usr/bin/env python3
"""Validate the Z155 blind set: narratives.csv, gold.csv, traps.json. Prints OK or the problems."""
import csv
import io
import json
import os
import re
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = {"EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD",
         "MH-ADULT", "PH", "SUB", "REL-PAR", "REL-CONF", "DA", "SAFE-NEG",
         "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"}
LEVELS = ["blue", "green", "yellow", "orange", "red"]
N_HEADER = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
G_HEADER = ["narrative_id", "code", "level"]
TRAP_TYPES = {"negated", "historical", "hypothetical", "outside", "convention", "partial", "not-coded"}
LO, HI = date(2025, 1, 1), date(2026, 12, 31)
ID_RE = re.compile(r"^(Z\d{3})-([AC])-(blue|green|yellow|orange|red|note)$")

errors = []


def err(msg):
    errors.append(msg)


def taxonomy_codes():
    """Cross-check the hard-coded code set against the taxonomy table, when it is readable."""
    path = "/work/shared/taxonomy.md"
    if not os.path.exists(path):
        return
    found = set(re.findall(r"^\|\s*([A-Z]+(?:-[A-Z]+)?)\s*\|", open(path, encoding="utf-8").read(), re.M))
    found &= {c for c in found if c not in {"code"}}
    if found and found != CODES:
        err(f"code set differs from taxonomy: {sorted(found ^ CODES)}")


def read_csv(name, header):
    path = os.path.join(HERE, name)
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err(f"{name}: has a UTF-8 BOM")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{name}: not UTF-8 ({e})")
        return []
    if not raw.endswith(b"\r\n"):
        err(f"{name}: does not end with CRLF")
    if re.search(rb"(?<!\r)\n", raw):
        err(f"{name}: bare LF line ending")
    if re.search(rb"\r(?!\n)", raw):
        err(f"{name}: bare CR")
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
    taxonomy_codes()
    narr = read_csv("narratives.csv", N_HEADER)
    gold = read_csv("gold.csv", G_HEADER)

    by_id = {}
    case_dates = {}
    notes = 0
    for n in narr:
        nid = n["narrative_id"]
        if nid in by_id:
            err(f"duplicate narrative_id {nid}")
        by_id[nid] = n
        m = ID_RE.match(nid)
        if not m:
            err(f"bad narrative_id {nid}")
            continue
        case, stg, lvl = m.groups()
        if n["case_id"] != case:
            err(f"{nid}: case_id {n['case_id']}")
        if n["triage_id"] != f"{case}-{stg}":
            err(f"{nid}: triage_id {n['triage_id']}")
        if n["stage"] != {"A": "assessment", "C": "closure"}[stg]:
            err(f"{nid}: stage {n['stage']}")
        if lvl == "note":
            notes += 1
            if n["level"] != "":
                err(f"{nid}: unboxed note has level {n['level']}")
        elif n["level"] != lvl:
            err(f"{nid}: level {n['level']} does not match id")
        try:
            d = date.fromisoformat(n["date"])
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", n["date"]):
                raise ValueError
        except ValueError:
            err(f"{nid}: bad date {n['date']}")
            continue
        if not (LO <= d <= HI):
            err(f"{nid}: date {d} outside 2025-26")
        case_dates.setdefault(case, {"A": [], "C": []})[stg].append(d)
        if not n["locality"].strip():
            err(f"{nid}: empty locality")
        if not n["narrative"].strip():
            err(f"{nid}: empty narrative")

    for case, dd in sorted(case_dates.items()):
        if not dd["A"] or not dd["C"]:
            err(f"{case}: needs both assessment and closure narratives")
            continue
        if min(dd["C"]) <= max(dd["A"]):
            err(f"{case}: closure {min(dd['C'])} not after assessment {max(dd['A'])}")

    if not 85 <= len(narr) <= 100:
        err(f"{len(narr)} narratives (expected 85-100)")
    if notes > 8:
        err(f"{notes} unboxed notes (max 8)")
    locs = {n["locality"] for n in narr}
    if len(locs) != 4:
        err(f"{len(locs)} localities (expected 4)")
    if not 30 <= len(case_dates) <= 40:
        err(f"{len(case_dates)} cases (expected about 30-40)")

    seen = set()
    note_levels = {}
    for g in gold:
        nid, code, lvl = g["narrative_id"], g["code"], g["level"]
        if nid not in by_id:
            err(f"gold row for unknown narrative {nid}")
            continue
        if code not in CODES:
            err(f"{nid}: unknown code {code}")
        if lvl not in LEVELS:
            err(f"{nid}: bad level {lvl}")
        if (nid, code) in seen:
            err(f"duplicate gold pair {nid} {code}")
        seen.add((nid, code))
        box = by_id[nid]["level"]
        if box:
            if lvl != box:
                err(f"{nid} {code}: gold level {lvl} != box level {box}")
        else:
            note_levels.setdefault(nid, set()).add(lvl)
    for nid, lv in note_levels.items():
        if len(lv) != 1:
            err(f"{nid}: unboxed note has several levels {sorted(lv)}")

    try:
        raw = open(os.path.join(HERE, "traps.json"), "rb").read()
        if raw.startswith(b"\xef\xbb\xbf"):
            err("traps.json: BOM")
        traps = json.loads(raw.decode("utf-8"))
    except Exception as e:  # noqa: BLE001
        err(f"traps.json unreadable: {e}")
        traps = {}
    for nid, lst in traps.items():
        if nid not in by_id:
            err(f"traps.json: unknown narrative {nid}")
        if not isinstance(lst, list) or not lst:
            err(f"traps.json: {nid} not a non-empty list")
            continue
        for t in lst:
            if set(t) != {"type", "code", "note"}:
                err(f"traps.json: {nid} keys {sorted(t)}")
                continue
            if t["type"] not in TRAP_TYPES:
                err(f"traps.json: {nid} type {t['type']}")
            if t["code"] is not None and t["code"] not in CODES:
                err(f"traps.json: {nid} code {t['code']}")
            if not str(t["note"]).strip():
                err(f"traps.json: {nid} empty note")

    if errors:
        for e in errors:
            print("ERROR:", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
