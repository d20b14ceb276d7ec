#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv and traps.json; print OK or the problems."""
import csv
import io
import json
import os
import re
import sys
from collections import Counter, defaultdict
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = {"EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD", "MH-ADULT", "PH", "SUB",
         "REL-PAR", "REL-CONF", "DA", "SAFE-NEG", "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"}
LEVELS = ["blue", "green", "yellow", "orange", "red"]
NARR_HEADER = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
GOLD_HEADER = ["narrative_id", "code", "level"]
TRAP_TYPES = {"negated", "historical", "hypothetical", "outside", "convention", "partial", "not-coded"}
DATE_MIN, DATE_MAX = date(2025, 1, 1), date(2026, 12, 31)

errors = []
info = []


def err(msg):
    errors.append(msg)


def codes_from_taxonomy():
    """Cross-check the hard-coded code set against the taxonomy table, if it is readable."""
    path = "/work/shared/taxonomy.md"
    if not os.path.exists(path):
        return None
    text = open(path, encoding="utf-8").read()
    sec = text.split("## Codes", 1)[1].split("##", 1)[0]
    return set(re.findall(r"^\|\s*([A-Z]+(?:-[A-Z]+)?)\s*\|", sec, flags=re.M)) - {"code"}


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
    if not raw.endswith(b"\r\n"):
        err(f"{name}: does not end with CRLF")
    if re.search(rb"(?<!\r)\n", raw):
        err(f"{name}: has a bare LF line ending")
    if re.search(rb"\r(?!\n)", raw):
        err(f"{name}: has a bare CR")
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
            err(f"{name}: row {i} has {len(r)} fields")
            continue
        out.append(dict(zip(header, r)))
    return out


def main():
    tax = codes_from_taxonomy()
    if tax is not None and tax != CODES:
        err(f"code set differs from taxonomy: {sorted(tax ^ CODES)}")

    narr = read_csv("narratives.csv", NARR_HEADER)
    gold = read_csv("gold.csv", GOLD_HEADER)

    by_id = {}
    triage_dates = defaultdict(set)
    case_stage_dates = defaultdict(dict)
    case_boxes = defaultdict(lambda: defaultdict(int))
    notes = 0
    for r in narr:
        nid = r["narrative_id"]
        if nid in by_id:
            err(f"duplicate narrative_id {nid}")
        by_id[nid] = r
        if not re.fullmatch(r"Z\d{3}", r["case_id"]):
            err(f"{nid}: bad case_id {r['case_id']}")
        letter = {"assessment": "A", "closure": "C"}.get(r["stage"])
        if letter is None:
            err(f"{nid}: bad stage {r['stage']}")
            continue
        if r["triage_id"] != f"{r['case_id']}-{letter}":
            err(f"{nid}: triage_id {r['triage_id']} inconsistent with case/stage")
        if r["level"] == "":
            notes += 1
            if nid != f"{r['triage_id']}-note":
                err(f"{nid}: unboxed note id should be {r['triage_id']}-note")
        else:
            if r["level"] not in LEVELS:
                err(f"{nid}: bad level {r['level']}")
            if nid != f"{r['triage_id']}-{r['level']}":
                err(f"{nid}: id inconsistent with triage/level")
            case_boxes[r["case_id"]][r["stage"]] += 1
        try:
            d = date.fromisoformat(r["date"])
        except ValueError:
            err(f"{nid}: bad date {r['date']}")
            continue
        if not (DATE_MIN <= d <= DATE_MAX):
            err(f"{nid}: date {d} outside 2025-26")
        triage_dates[r["triage_id"]].add(d)
        case_stage_dates[r["case_id"]][r["stage"]] = d
        if not r["locality"].strip():
            err(f"{nid}: empty locality")
        if not r["narrative"].strip():
            err(f"{nid}: empty narrative")
        if "\n" in r["narrative"] or "\r" in r["narrative"]:
            err(f"{nid}: narrative contains a line break")

    for tid, ds in triage_dates.items():
        if len(ds) != 1:
            err(f"triage {tid} has several dates {sorted(ds)}")
    for cid, st in case_stage_dates.items():
        if "assessment" not in st or "closure" not in st:
            err(f"case {cid} lacks a stage: {sorted(st)}")
        elif not st["closure"] > st["assessment"]:
            err(f"case {cid}: closure {st['closure']} not after assessment {st['assessment']}")
        for stage in ("assessment", "closure"):
            if case_boxes[cid][stage] == 0:
                err(f"case {cid}: no boxed narrative at {stage}")

    if not 85 <= len(narr) <= 100:
        err(f"{len(narr)} narratives, expected 85-100")
    ncases = len(case_stage_dates)
    if not 30 <= ncases <= 40:
        err(f"{ncases} cases, expected about 30-40")
    if notes > 8:
        err(f"{notes} unboxed notes, at most 8 allowed")
    if len({r['locality'] for r in narr}) != 4:
        err(f"expected 4 localities, got {sorted({r['locality'] for r in narr})}")
    expected = [f"Z{i:03d}" for i in range(1, ncases + 1)]
    if sorted(case_stage_dates) != expected:
        err("case ids do not run Z001.. without gaps")

    seen = set()
    note_levels = defaultdict(set)
    for g in gold:
        nid, code, lvl = g["narrative_id"], g["code"], g["level"]
        if nid not in by_id:
            err(f"gold row for unknown narrative {nid}")
            continue
        if code not in CODES:
            err(f"{nid}: unknown code {code}")
        if lvl not in LEVELS:
            err(f"{nid}: bad gold level {lvl}")
        if (nid, code) in seen:
            err(f"duplicate gold pair {nid} {code}")
        seen.add((nid, code))
        box = by_id[nid]["level"]
        if box:
            if lvl != box:
                err(f"{nid}: gold level {lvl} != box {box}")
        else:
            note_levels[nid].add(lvl)
    for nid, ls in note_levels.items():
        if len(ls) != 1:
            err(f"{nid}: unboxed note has several gold levels {sorted(ls)}")

    try:
        traps = json.loads(open(os.path.join(HERE, "traps.json"), encoding="utf-8").read())
    except Exception as e:  # noqa: BLE001
        err(f"traps.json unreadable: {e}")
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
            if t["code"] not in CODES:
                err(f"traps.json {nid}: bad code {t['code']}")
            if not t["note"].strip():
                err(f"traps.json {nid}: empty note")
            # a trap saying a code is not present must not contradict gold, and vice versa
            present = (nid, t["code"]) in seen
            if t["type"] in {"negated", "hypothetical", "outside", "not-coded", "historical"} and present:
                # allowed only where the same code is present from another mention; listed for review
                info.append(f"{nid}: {t['type']} trap on {t['code']}, code present from another mention")
            if t["type"] == "partial" and not present:
                err(f"traps.json {nid}: partial trap on {t['code']} but the code is not gold")

    if errors:
        for e in errors:
            print("ERROR:", e)
        sys.exit(1)
    for i in info:
        print("info:", i)
    cc = Counter(g["code"] for g in gold)
    missing = CODES - set(cc)
    if missing:
        print("note: codes with no gold rows:", sorted(missing))
    print("OK")


if __name__ == "__main__":
    main()
