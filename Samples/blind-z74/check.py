#!/usr/bin/env python3
"""Validate narratives.csv, gold.csv, traps.json; print OK at the end."""
import csv, io, json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
CODES = set("EDU-ATT EDU-EXC EDU-NEET EDU-SEND EYD MH-CHILD MH-ADULT PH SUB REL-PAR "
            "REL-CONF DA SAFE-NEG SAFE-EXP CRIME HOUS FIN CARER".split())
LEVELS = {"blue", "green", "yellow", "orange", "red"}
def fail(m): print("FAIL:", m); sys.exit(1)
def load(name, header):
    raw = open(os.path.join(HERE, name), "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"): fail(f"{name}: BOM")
    text = raw.decode("utf-8")
    if raw.replace(b"\r\n", b"").find(b"\n") != -1 or raw.replace(b"\r\n", b"").find(b"\r") != -1:
        # newlines inside quoted fields would also be caught; none are expected
        fail(f"{name}: non-CRLF line ending")
    if not raw.endswith(b"\r\n"): fail(f"{name}: missing final CRLF")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if rows[0] != header: fail(f"{name}: header {rows[0]}")
    for r in rows[1:]:
        if len(r) != len(header): fail(f"{name}: bad row {r}")
    return [dict(zip(header, r)) for r in rows[1:]]
N = load("narratives.csv", ["narrative_id","triage_id","case_id","stage","date","level","locality","narrative"])
G = load("gold.csv", ["narrative_id","code","level"])
ids = [n["narrative_id"] for n in N]
if len(ids) != len(set(ids)): fail("duplicate narrative ids")
if not 85 <= len(N) <= 100: fail(f"{len(N)} narratives")
byid = {n["narrative_id"]: n for n in N}
for n in N:
    if n["stage"] not in ("assessment", "closure"): fail(f"stage {n}")
    if not ("2025-01-01" <= n["date"] <= "2026-12-31"): fail(f"date {n}")
    if not n["narrative"].strip(): fail(f"empty narrative {n['narrative_id']}")
    if n["level"]:
        if n["level"] not in LEVELS: fail(f"level {n}")
        st = "A" if n["stage"] == "assessment" else "C"
        if n["triage_id"] != f"{n['case_id']}-{st}": fail(f"triage id {n}")
        if n["narrative_id"] != f"{n['triage_id']}-{n['level']}": fail(f"narrative id {n}")
    else:
        if n["triage_id"] != n["narrative_id"]: fail(f"unboxed triage id {n}")
# one box per level per triage
tl = [(n["triage_id"], n["level"]) for n in N if n["level"]]
if len(tl) != len(set(tl)): fail("duplicate box within a triage")
if len({n["locality"] for n in N}) != 4: fail("expected four localities")
seen, unboxed_level = set(), {}
for g in G:
    nid = g["narrative_id"]
    if nid not in byid: fail(f"gold row for unknown narrative {nid}")
    if g["code"] not in CODES: fail(f"bad code {g}")
    if g["level"] not in LEVELS: fail(f"bad level {g}")
    if (nid, g["code"]) in seen: fail(f"duplicate {nid} {g['code']}")
    seen.add((nid, g["code"]))
    box = byid[nid]["level"]
    if box and g["level"] != box: fail(f"level mismatch {g}")
    if not box:
        if unboxed_level.setdefault(nid, g["level"]) != g["level"]: fail(f"unboxed levels differ {nid}")
T = json.load(open(os.path.join(HERE, "traps.json"), encoding="utf-8"))
for k, v in T.items():
    if k not in byid: fail(f"trap for unknown {k}")
    for t in v:
        if t["type"] not in {"negated","historical","hypothetical","lookalike","outside","met"}: fail(f"trap type {t}")
print(f"{len(N)} narratives, {len(G)} gold rows, {len(T)} narratives with traps")
print("OK")
