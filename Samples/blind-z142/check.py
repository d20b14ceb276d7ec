#!/usr/bin/env python3
"""Validate the Z142 blind set files. Prints OK or the list of problems."""
import csv
import datetime
import io
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LEVELS = ["blue", "green", "yellow", "orange", "red"]
FALLBACK_CODES = {"EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD",
                  "MH-ADULT", "PH", "SUB", "REL-PAR", "REL-CONF", "DA", "SAFE-NEG",
                  "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"}
TRAP_TYPES = {"negated", "historical", "hypothetical", "outside", "convention",
              "partial", "not-coded"}
errors = []


def err(msg):
    errors.append(msg)


def taxonomy_codes():
    path = "/work/shared/taxonomy.md"
    if not os.path.exists(path):
        return FALLBACK_CODES
    codes = set()
    in_codes = False
    for line in open(path, encoding="utf-8"):
        if line.startswith("## "):
            in_codes = line.strip() == "## Codes"
        m = re.match(r"\|\s*([A-Z][A-Z-]+)\s*\|", line)
        if in_codes and m and m.group(1) != "code":
            codes.add(m.group(1))
    if codes != FALLBACK_CODES:
        err("code set parsed from taxonomy differs from the built-in list: %s" % sorted(codes ^ FALLBACK_CODES))
    return codes or FALLBACK_CODES


def read_text(name):
    raw = open(os.path.join(HERE, name), "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err("%s: has a UTF-8 BOM" % name)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err("%s: not UTF-8 (%s)" % (name, e))
        text = raw.decode("utf-8", "replace")
    if not raw.endswith(b"\r\n"):
        err("%s: does not end with CRLF" % name)
    if re.search(rb"(?<!\r)\n", raw):
        err("%s: bare LF line ending" % name)
    if re.search(rb"\r(?!\n)", raw):
        err("%s: bare CR" % name)
    return text


def read_csv(name, header):
    text = read_text(name)
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows or rows[0] != header:
        err("%s: header is %r, expected %r" % (name, rows[0] if rows else None, header))
        return []
    out = []
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(header):
            err("%s line %d: %d fields" % (name, i, len(r)))
            continue
        out.append(dict(zip(header, r)))
    return out


def main():
    codes = taxonomy_codes()
    narrs = read_csv("narratives.csv", ["narrative_id", "triage_id", "case_id", "stage",
                                        "date", "level", "locality", "narrative"])
    gold = read_csv("gold.csv", ["narrative_id", "code", "level"])

    lo, hi = datetime.date(2025, 1, 1), datetime.date(2026, 12, 31)
    byid = {}
    cases = {}
    pat = re.compile(r"^(Z\d{3})-([AC])-(blue|green|yellow|orange|red|note)$")
    for n in narrs:
        nid = n["narrative_id"]
        if nid in byid:
            err("duplicate narrative_id %s" % nid)
        byid[nid] = n
        m = pat.match(nid)
        if not m:
            err("bad narrative_id %s" % nid)
            continue
        cid, st, suffix = m.groups()
        if n["triage_id"] != "%s-%s" % (cid, st):
            err("%s: triage_id %s" % (nid, n["triage_id"]))
        if n["case_id"] != cid:
            err("%s: case_id %s" % (nid, n["case_id"]))
        if n["stage"] != {"A": "assessment", "C": "closure"}[st]:
            err("%s: stage %s" % (nid, n["stage"]))
        if suffix == "note":
            if n["level"] != "":
                err("%s: unboxed note with level %s" % (nid, n["level"]))
        elif n["level"] != suffix:
            err("%s: level %s does not match id" % (nid, n["level"]))
        if n["level"] and n["level"] not in LEVELS:
            err("%s: bad level %s" % (nid, n["level"]))
        try:
            d = datetime.date.fromisoformat(n["date"])
            if not re.match(r"^\d{4}-\d{2}-\d{2}$", n["date"]) or not (lo <= d <= hi):
                err("%s: date %s out of range" % (nid, n["date"]))
        except ValueError:
            err("%s: bad date %s" % (nid, n["date"]))
            d = None
        if not n["locality"]:
            err("%s: empty locality" % nid)
        if not n["narrative"].strip():
            err("%s: empty narrative" % nid)
        if "\n" in n["narrative"] or "\r" in n["narrative"]:
            err("%s: line break inside narrative" % nid)
        c = cases.setdefault(cid, {"A": [], "C": [], "Abox": 0, "Cbox": 0, "loc": set()})
        if d:
            c[st].append(d)
        if suffix != "note":
            c[st + "box"] += 1
        c["loc"].add(n["locality"])

    if not 85 <= len(narrs) <= 100:
        err("%d narratives, expected 85-100" % len(narrs))
    notes = [n for n in narrs if n["level"] == ""]
    if len(notes) > 8:
        err("%d unboxed notes, max 8" % len(notes))
    if len({n["locality"] for n in narrs}) != 4:
        err("expected 4 localities, got %s" % sorted({n["locality"] for n in narrs}))
    if not 30 <= len(cases) <= 40:
        err("%d cases, expected about 30-40" % len(cases))
    for cid, c in sorted(cases.items()):
        if not c["A"] or not c["C"]:
            err("%s: needs both assessment and closure narratives" % cid)
        elif max(c["A"]) >= min(c["C"]):
            err("%s: closure not after assessment" % cid)
        if not c["Abox"] or not c["Cbox"]:
            err("%s: needs assessment boxes and closure boxes" % cid)
        if len(c["loc"]) != 1:
            err("%s: more than one locality" % cid)
        # all narratives of one triage share a date except unboxed notes
    triage_dates = {}
    for n in narrs:
        if n["level"]:
            triage_dates.setdefault(n["triage_id"], set()).add(n["date"])
    for t, ds in triage_dates.items():
        if len(ds) != 1:
            err("%s: boxes of one triage have different dates %s" % (t, sorted(ds)))

    seen = set()
    note_levels = {}
    for g in gold:
        nid, code, lev = g["narrative_id"], g["code"], g["level"]
        if nid not in byid:
            err("gold row for unknown narrative %s" % nid)
            continue
        if code not in codes:
            err("%s: code %s not in taxonomy" % (nid, code))
        if lev not in LEVELS:
            err("%s: gold level %s invalid" % (nid, lev))
        if (nid, code) in seen:
            err("duplicate gold pair %s %s" % (nid, code))
        seen.add((nid, code))
        box = byid[nid]["level"]
        if box:
            if lev != box:
                err("%s %s: gold level %s != box level %s" % (nid, code, lev, box))
        else:
            note_levels.setdefault(nid, set()).add(lev)
    for nid, ls in note_levels.items():
        if len(ls) != 1:
            err("%s: unboxed note codes carry more than one level %s" % (nid, sorted(ls)))

    traps = json.loads(read_text("traps.json"))
    if not isinstance(traps, dict):
        err("traps.json: top level must be an object")
        traps = {}
    for nid, items in traps.items():
        if nid not in byid:
            err("traps.json: unknown narrative %s" % nid)
        if not isinstance(items, list) or not items:
            err("traps.json: %s must be a non-empty list" % nid)
            continue
        for it in items:
            if set(it) != {"type", "code", "note"}:
                err("traps.json: %s entry keys %s" % (nid, sorted(it)))
                continue
            if it["type"] not in TRAP_TYPES:
                err("traps.json: %s bad type %s" % (nid, it["type"]))
            if it["code"] is not None and it["code"] not in codes:
                err("traps.json: %s bad code %s" % (nid, it["code"]))
            if not str(it["note"]).strip():
                err("traps.json: %s empty note" % nid)
            # a trap saying a code is negated/hypothetical must not leave that code in gold
            # unless the entry explains why it is still present from something else
            if it["type"] in ("negated", "hypothetical") and it["code"] and (nid, it["code"]) in seen:
                err("traps.json: %s marks %s %s but it is gold" % (nid, it["code"], it["type"]))

    if errors:
        for e in errors:
            print("ERROR:", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
