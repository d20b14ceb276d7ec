#!/usr/bin/env python3
import csv, io, json, os, sys
D = os.path.dirname(os.path.abspath(__file__))
CODES = set("EDU-ATT EDU-EXC EDU-NEET EDU-SEND EYD MH-CHILD MH-ADULT PH SUB REL-PAR REL-CONF DA SAFE-NEG SAFE-EXP CRIME HOUS FIN CARER".split())
LEVELS = {"blue", "green", "yellow", "orange", "red"}
def fail(m): print("FAIL:", m); sys.exit(1)
def load(name, header):
    b = open(os.path.join(D, name), "rb").read()
    if b.startswith(b"\xef\xbb\xbf"): fail(name + " has BOM")
    t = b.decode("utf-8")
    if t.replace("\r\n", "").count("\n") or t.replace("\r\n", "").count("\r"): fail(name + " has non-CRLF line endings")
    if not t.endswith("\r\n"): fail(name + " does not end with CRLF")
    rows = list(csv.reader(io.StringIO(t, newline="")))
    if rows[0] != header: fail(name + " header " + repr(rows[0]))
    for r in rows[1:]:
        if len(r) != len(header): fail(name + " bad row " + repr(r))
    return rows[1:]
N = load("narratives.csv", "narrative_id,triage_id,case_id,stage,date,level,locality,narrative".split(","))
G = load("gold.csv", "narrative_id,code,level".split(","))
ids = [r[0] for r in N]
if len(set(ids)) != len(ids): fail("duplicate narrative ids")
nar = {r[0]: r for r in N}
if not 85 <= len(N) <= 100: fail("narrative count %d" % len(N))
locs = set()
for nid, tid, case, stage, date, level, loc, text in N:
    locs.add(loc)
    if stage not in ("assessment", "closure"): fail("stage " + nid)
    if not (date.startswith("2025-") or date.startswith("2026-")): fail("date " + nid)
    if level:
        if level not in LEVELS: fail("level " + nid)
        if nid != "%s-%s" % (tid, level) or tid != "%s-%s" % (case, "A" if stage == "assessment" else "C"): fail("id form " + nid)
    else:
        if tid != nid: fail("unboxed triage id " + nid)
    if not text.strip(): fail("empty " + nid)
if len(locs) != 4: fail("localities %r" % locs)
seen = set()
for nid, code, level in G:
    if nid not in nar: fail("gold narrative missing " + nid)
    if code not in CODES: fail("bad code " + code)
    if level not in LEVELS: fail("bad level " + level)
    if (nid, code) in seen: fail("duplicate " + nid + " " + code)
    seen.add((nid, code))
    if nar[nid][5] and nar[nid][5] != level: fail("box level mismatch " + nid)
unb = {}
for nid, code, level in G:
    if not nar[nid][5]: unb.setdefault(nid, set()).add(level)
for k, v in unb.items():
    if len(v) != 1: fail("unboxed with several levels " + k)
tr = json.load(open(os.path.join(D, "traps.json"), encoding="utf-8"))
if set(tr) != set(ids): fail("traps.json ids differ")
for nid, t in tr.items():
    if sorted(t["codes"]) != sorted(c for n, c, l in G if n == nid): fail("traps codes differ " + nid)
print("OK")
