#!/usr/bin/env python3
"""Validate held-out set B: narratives.csv + gold.csv (python3 csv module only)."""
import csv, collections, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = {"EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD",
         "MH-ADULT", "PH", "SUB", "REL-PAR", "REL-CONF", "DA", "SAFE-NEG",
         "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"}
LEVELS = ["blue", "green", "yellow", "orange", "red"]
NAR_COLS = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
GOLD_COLS = ["narrative_id", "code", "level"]
LOCALITIES = {"Eastbrook", "Millford", "Southgate"}
errors = []


def err(msg):
    errors.append(msg)


def load(name, cols):
    path = os.path.join(HERE, name)
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err(f"{name}: has a UTF-8 BOM")
    raw.decode("utf-8")  # raises if not UTF-8
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f, strict=True))
    if rows[0] != cols:
        err(f"{name}: header {rows[0]} != {cols}")
    out = []
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(cols):
            err(f"{name}:{i}: {len(r)} fields, expected {len(cols)}")
            continue
        out.append(dict(zip(cols, r)))
    return out


nar = load("narratives.csv", NAR_COLS)
gold = load("gold.csv", GOLD_COLS)

# narratives
by_id = {}
triage_meta = collections.defaultdict(set)
for r in nar:
    nid = r["narrative_id"]
    if nid in by_id:
        err(f"duplicate narrative_id {nid}")
    by_id[nid] = r
    if r["stage"] not in ("assessment", "closure"):
        err(f"{nid}: bad stage {r['stage']!r}")
    if not (r["date"].startswith("2023-") and len(r["date"]) == 10):
        err(f"{nid}: date {r['date']!r} not an ISO 2023 date")
    if r["locality"] not in LOCALITIES:
        err(f"{nid}: locality {r['locality']!r}")
    if not r["narrative"].strip():
        err(f"{nid}: empty narrative")
    if r["level"]:  # boxed
        if r["level"] not in LEVELS:
            err(f"{nid}: bad box level {r['level']!r}")
        if nid != f"{r['triage_id']}-{r['level']}":
            err(f"{nid}: id is not triage_id-level")
        if not r["triage_id"].startswith(r["case_id"] + "-"):
            err(f"{nid}: triage_id does not start with case_id")
        suffix = r["triage_id"][len(r["case_id"]):]
        if (suffix, r["stage"]) not in (("-A", "assessment"), ("-C", "closure")):
            err(f"{nid}: triage suffix {suffix} vs stage {r['stage']}")
    else:  # unboxed
        if not (r["triage_id"] == r["case_id"] == nid):
            err(f"{nid}: unboxed note must have triage_id == case_id == narrative_id")
    triage_meta[r["triage_id"]].add((r["date"], r["stage"], r["locality"]))

for t, meta in triage_meta.items():
    if len(meta) != 1:
        err(f"triage {t}: inconsistent date/stage/locality {sorted(meta)}")

boxes_per_triage = collections.Counter(r["triage_id"] for r in nar if r["level"])
for t, n in boxes_per_triage.items():
    if not 2 <= n <= 5:
        err(f"triage {t}: {n} boxes (expected 2-5)")

# gold
seen = set()
levels_per_nid = collections.defaultdict(set)
for g in gold:
    nid, code, lvl = g["narrative_id"], g["code"], g["level"]
    if nid not in by_id:
        err(f"gold: unknown narrative_id {nid}")
        continue
    if (nid, code) in seen:
        err(f"gold: duplicate ({nid}, {code})")
    seen.add((nid, code))
    if code not in CODES:
        err(f"gold: {nid}: unknown code {code!r}")
    if lvl not in LEVELS:
        err(f"gold: {nid}: bad level {lvl!r}")
    box = by_id[nid]["level"]
    if box and lvl != box:
        err(f"gold: {nid}: level {lvl} != box {box}")
    levels_per_nid[nid].add(lvl)
for nid, ls in levels_per_nid.items():
    if not by_id[nid]["level"] and len(ls) != 1:
        err(f"gold: unboxed {nid} has several levels {sorted(ls)}")

# summary
boxed = [r for r in nar if r["level"]]
print(f"narratives: {len(nar)} (boxed {len(boxed)} in {len(boxes_per_triage)} triages, unboxed {len(nar) - len(boxed)})")
print(f"gold rows: {len(gold)}; narratives with no gold rows: {len(nar) - len(levels_per_nid)}")
cc = collections.Counter(g["code"] for g in gold)
print("per code:", ", ".join(f"{c} {cc[c]}" for c in sorted(CODES)))
low = [c for c in CODES if cc[c] < 8]
if low:
    err(f"codes with fewer than 8 present rows: {sorted(low)}")
lc = collections.Counter(g["level"] for g in gold)
print("per level:", ", ".join(f"{l} {lc[l]}" for l in LEVELS))

if errors:
    print(f"\n{len(errors)} problem(s):")
    for e in errors:
        print("  -", e)
    sys.exit(1)
print("\nOK: all checks passed")
