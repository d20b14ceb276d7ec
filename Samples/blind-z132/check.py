#!/usr/bin/env python3
"""Validate the Z132 blind set files; prints OK or the list of problems."""
import csv
import datetime as dt
import io
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TAXONOMY = "/work/shared/taxonomy.md"

CODES = {"EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD",
         "MH-ADULT", "PH", "SUB", "REL-PAR", "REL-CONF", "DA", "SAFE-NEG",
         "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"}
LEVELS = ["blue", "green", "yellow", "orange", "red"]
N_HEADER = ["narrative_id", "triage_id", "case_id", "stage", "date", "level",
            "locality", "narrative"]
G_HEADER = ["narrative_id", "code", "level"]
TRAP_TYPES = {"negated", "historical", "hypothetical", "outside", "convention",
              "partial", "not-coded"}

errors = []


def err(msg):
    errors.append(msg)


def load_codes_from_taxonomy():
    """Cross-check the hard-coded code set against the taxonomy's table."""
    if not os.path.exists(TAXONOMY):
        return
    found = set()
    with open(TAXONOMY, encoding="utf-8") as f:
        for line in f:
            m = re.match(r"\|\s*([A-Z]+(?:-[A-Z]+)?)\s*\|", line)
            if m and m.group(1) not in ("CODE",):
                found.add(m.group(1))
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
    if raw.count(b"\n") != raw.count(b"\r\n") or not raw.endswith(b"\r\n"):
        err(f"{name}: line endings are not all CRLF")
    if raw.count(b"\r") != raw.count(b"\r\n"):
        err(f"{name}: stray CR")
    rows = list(csv.reader(io.StringIO(text, newline="")))
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


def parse_date(s, where):
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        err(f"{where}: date {s!r} not ISO")
        return None
    try:
        d = dt.date.fromisoformat(s)
    except ValueError:
        err(f"{where}: invalid date {s!r}")
        return None
    if not (dt.date(2025, 1, 1) <= d <= dt.date(2026, 12, 31)):
        err(f"{where}: date {s} outside 2025-26")
    return d


def main():
    load_codes_from_taxonomy()
    narrs = read_csv("narratives.csv", N_HEADER)
    gold = read_csv("gold.csv", G_HEADER)

    by_id = {}
    triage_dates = {}
    case_stage_dates = {}
    notes = 0
    for r in narrs:
        nid = r["narrative_id"]
        where = f"narratives {nid}"
        if nid in by_id:
            err(f"{where}: duplicate narrative_id")
        by_id[nid] = r
        m = re.fullmatch(r"(Z\d{3})-([AC])", r["triage_id"])
        if not m:
            err(f"{where}: bad triage_id {r['triage_id']!r}")
            continue
        if m.group(1) != r["case_id"]:
            err(f"{where}: triage_id/case_id mismatch")
        stage = {"A": "assessment", "C": "closure"}[m.group(2)]
        if r["stage"] != stage:
            err(f"{where}: stage {r['stage']!r} does not match triage_id")
        if r["level"]:
            if r["level"] not in LEVELS:
                err(f"{where}: bad level {r['level']!r}")
            if nid != f"{r['triage_id']}-{r['level']}":
                err(f"{where}: id does not match triage_id + level")
        else:
            notes += 1
            if nid != f"{r['triage_id']}-note":
                err(f"{where}: unboxed note id should be triage_id-note")
        if not r["locality"]:
            err(f"{where}: empty locality")
        if not r["narrative"].strip():
            err(f"{where}: empty narrative")
        if "\n" in r["narrative"] or "\r" in r["narrative"]:
            err(f"{where}: line break inside narrative")
        d = parse_date(r["date"], where)
        if d:
            triage_dates.setdefault(r["triage_id"], set()).add(d)
            case_stage_dates.setdefault(r["case_id"], {}).setdefault(r["stage"], set()).add(d)

    for t, ds in triage_dates.items():
        if len(ds) != 1:
            err(f"triage {t}: more than one date")
    localities = {r["locality"] for r in narrs}
    for c, st in case_stage_dates.items():
        if set(st) != {"assessment", "closure"}:
            err(f"case {c}: lacks an assessment or a closure")
            continue
        if max(st["assessment"]) >= min(st["closure"]):
            err(f"case {c}: closure not after assessment")
        locs = {r["locality"] for r in narrs if r["case_id"] == c}
        if len(locs) != 1:
            err(f"case {c}: several localities")

    if not 85 <= len(narrs) <= 100:
        err(f"{len(narrs)} narratives, expected 85-100")
    if notes > 8:
        err(f"{notes} unboxed notes, at most 8")
    if len(localities) != 4:
        err(f"{len(localities)} localities, expected 4")

    seen = set()
    note_levels = {}
    for i, g in enumerate(gold, start=2):
        where = f"gold line {i} ({g['narrative_id']},{g['code']})"
        if g["code"] not in CODES:
            err(f"{where}: code not in taxonomy")
        if g["level"] not in LEVELS:
            err(f"{where}: bad level")
        key = (g["narrative_id"], g["code"])
        if key in seen:
            err(f"{where}: duplicate (narrative, code)")
        seen.add(key)
        n = by_id.get(g["narrative_id"])
        if n is None:
            err(f"{where}: narrative not in narratives.csv")
            continue
        if n["level"]:
            if g["level"] != n["level"]:
                err(f"{where}: level {g['level']} != box {n['level']}")
        else:
            note_levels.setdefault(g["narrative_id"], set()).add(g["level"])
    for nid, lv in note_levels.items():
        if len(lv) != 1:
            err(f"note {nid}: codes carry different levels {lv}")

    tpath = os.path.join(HERE, "traps.json")
    raw = open(tpath, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err("traps.json: has a BOM")
    try:
        traps = json.loads(raw.decode("utf-8"))
    except Exception as e:
        err(f"traps.json: {e}")
        traps = {}
    for nid, lst in traps.items():
        if nid not in by_id:
            err(f"traps.json: {nid} not a narrative")
        for t in lst:
            if set(t) != {"type", "code", "note"}:
                err(f"traps.json {nid}: keys {sorted(t)}")
                continue
            if t["type"] not in TRAP_TYPES:
                err(f"traps.json {nid}: type {t['type']!r}")
            if t["code"] and t["code"] not in CODES:
                err(f"traps.json {nid}: code {t['code']!r}")
            if not t["note"].strip():
                err(f"traps.json {nid}: empty note")

    if errors:
        for e in errors:
            print("ERROR:", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
