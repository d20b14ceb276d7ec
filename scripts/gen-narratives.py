#!/usr/bin/env python3
"""Deterministic generator of synthetic early-help triage narratives, for load tests.

Writes a CSV with the columns `triage code` reads, plus two dimensions:
  narrative_id,triage_id,case_id,stage,date,level,narrative,locality,worker
Each triage has one narrative per level box it uses; texts are about 300 bytes of
practitioner-style sentences built from the early-help vocabulary, with negated,
historical and hypothetical mentions mixed in. The same --seed and --n always give
the same bytes, and a smaller --n gives a prefix of the same rows.

Usage: python3 scripts/gen-narratives.py --n 1000000 --out /tmp/big.csv [--seed 20240611]
Keep generated data out of the repository (write it under /tmp).
"""
import argparse
import csv
import random
import sys

PRESENT = {
    "EDU-ATT": ["poor attendance at school", "persistent absence this term", "school refusal most mornings",
                "on a part time timetable"],
    "EDU-EXC": ["a fixed term exclusion", "at risk of permanent exclusion", "a managed move to another school"],
    "EDU-SEND": ["an EHCP in place", "SENCO involvement", "waiting for an ASD assessment"],
    "EYD": ["speech and language delay", "not yet toilet trained", "missed the two year development check"],
    "MH-CHILD": ["low mood and self harm", "anxiety about school", "open to CAMHS"],
    "MH-ADULT": ["mum reports low mood", "postnatal depression", "dad has anxiety and panic attacks"],
    "PH": ["missed dental appointments", "asthma that is poorly managed", "sleep problems"],
    "SUB": ["dad drinks heavily", "cannabis use in the home", "alcohol misuse"],
    "REL-PAR": ["no routines or boundaries at home", "child to parent violence", "struggling with his behaviour at home"],
    "REL-CONF": ["parents separated and argue over contact", "ongoing parental conflict"],
    "DA": ["domestic abuse from her ex partner", "coercive control", "a MARAC referral"],
    "SAFE-NEG": ["poor home conditions", "no food in the house", "poor hygiene"],
    "SAFE-EXP": ["going missing overnight", "concerns about county lines", "bullied online"],
    "CRIME": ["arrested for shoplifting", "antisocial behaviour in the area", "working with the YOS"],
    "HOUS": ["an eviction notice", "overcrowding in a two bed flat", "damp and mould in the property"],
    "FIN": ["rent arrears of 900 pounds", "using the food bank", "debt with the council tax"],
    "CARER": ["a young carer for her mum", "caring responsibilities at home"],
}
NEGATED = ["no concerns about school attendance", "denies alcohol use", "DA: none known", "no issues with housing",
           "no concerns re debt", "no self harm reported"]
HISTORICAL = ["previous domestic abuse in 2016, no contact since", "was homeless in 2019",
              "had a history of alcohol misuse but stopped years ago"]
HYPOTHETICAL = ["if the arrears grow she will ask for help", "to be monitored should attendance drop",
                "at risk of eviction only if payments stop"]
FILLER = ["Family visited at home today.", "Mum engaged well with the worker.", "Children presented as happy.",
          "School report received.", "Worker to review in four weeks.", "Health visitor has been informed.",
          "Family support worker allocated.", "Plan agreed with the family.", "Dad attended the meeting.",
          "Grandparents provide some support."]
LOCALITIES = ["North", "South", "East", "West", "Central"]
LEVELS = ["blue", "green", "yellow", "orange", "red"]


def narrative(rng):
    parts = [rng.choice(FILLER)]
    for _ in range(rng.randint(1, 3)):
        code = rng.choice(list(PRESENT))
        parts.append("There is " + rng.choice(PRESENT[code]) + ".")
    roll = rng.random()
    if roll < 0.4:
        parts.append(rng.choice(NEGATED).capitalize() + ".")
    elif roll < 0.55:
        parts.append(rng.choice(HISTORICAL).capitalize() + ".")
    elif roll < 0.7:
        parts.append(rng.choice(HYPOTHETICAL).capitalize() + ".")
    while sum(len(p) + 1 for p in parts) < 260:
        parts.append(rng.choice(FILLER))
    return " ".join(parts)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=20240611)
    ap.add_argument("--out", default="-")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    out = sys.stdout if args.out == "-" else open(args.out, "w", newline="", encoding="utf-8")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["narrative_id", "triage_id", "case_id", "stage", "date", "level", "narrative", "locality", "worker"])
    written, triage = 0, 0
    while written < args.n:
        triage += 1
        case = "C%06d" % (triage // 2 + 1)
        stage = "assessment" if triage % 2 else "closure"
        date = "2024-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28))
        locality, worker = rng.choice(LOCALITIES), "W%03d" % rng.randint(1, 250)
        boxes = sorted(rng.sample(LEVELS, rng.randint(1, 3)), key=LEVELS.index)
        if rng.random() < 0.1:
            boxes = [""]
        for box in boxes:
            if written >= args.n:
                break
            written += 1
            writer.writerow(["N%07d" % written, "T%07d" % triage, case, stage, date, box, narrative(rng), locality, worker])
    if out is not sys.stdout:
        out.close()


if __name__ == "__main__":
    main()
