#!/usr/bin/env python3
"""Blind gold set z143 - school exclusion, part-time timetables, managed moves,
PRU/AP and youth justice in an invented Black Country town (2025-26).

Written from /work/shared/taxonomy.md only. Each narrative is entered once,
with its present codes and trap notes, and the script writes
narratives.csv, gold.csv and traps.json (UTF-8, no BOM, CRLF).
Standard library only.
"""
import csv
import json
import os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
LEVELS = ["blue", "green", "yellow", "orange", "red"]
STAGES = {"A": "assessment", "C": "closure"}

CASES = {}   # case_id -> {"locality", "assessment", "closure"}
NARRS = []   # one dict per narrative, in build order


def case(cid, locality, a_date, c_date):
    assert cid not in CASES, cid
    assert a_date < c_date, cid
    CASES[cid] = {"locality": locality, "assessment": a_date, "closure": c_date}


def box(cid, stage, level, text, codes=(), traps=(), note_level=None):
    """Add one narrative. level is a box colour or 'note' (unboxed);
    an unboxed note's codes take note_level (highest cue, convention 2)."""
    c = CASES[cid]
    if level == "note":
        nid = f"{cid}-{stage}-note"
        box_level = ""
        gold_level = note_level
        assert gold_level in LEVELS or not codes, nid
    else:
        assert level in LEVELS, nid
        assert note_level is None
        nid = f"{cid}-{stage}-{level}"
        box_level = level
        gold_level = level
    assert len(set(codes)) == len(codes), nid
    NARRS.append({
        "narrative_id": nid,
        "triage_id": f"{cid}-{stage}",
        "case_id": cid,
        "stage": STAGES[stage],
        "date": c[STAGES[stage]],
        "level": box_level,
        "locality": c["locality"],
        "narrative": " ".join(text.split()),
        "codes": list(codes),
        "gold_level": gold_level,
        "traps": [{"type": t, "code": k, "note": n} for (t, k, n) in traps],
    })


def main():
    ids = [n["narrative_id"] for n in NARRS]
    assert len(ids) == len(set(ids)), "duplicate narrative ids"
    with open(os.path.join(HERE, "narratives.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "triage_id", "case_id", "stage", "date",
                    "level", "locality", "narrative"])
        for n in NARRS:
            w.writerow([n["narrative_id"], n["triage_id"], n["case_id"], n["stage"],
                        n["date"], n["level"], n["locality"], n["narrative"]])
    gold = []
    with open(os.path.join(HERE, "gold.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "code", "level"])
        for n in NARRS:
            for code in n["codes"]:
                w.writerow([n["narrative_id"], code, n["gold_level"]])
                gold.append((n["narrative_id"], code, n["gold_level"]))
    traps = {n["narrative_id"]: n["traps"] for n in NARRS if n["traps"]}
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8", newline="") as f:
        f.write(json.dumps(traps, indent=2, ensure_ascii=False).replace("\n", "\r\n") + "\r\n")

    notes = sum(1 for n in NARRS if n["level"] == "")
    triages = len({n["triage_id"] for n in NARRS})
    print(f"cases {len(CASES)}, triages {triages}, narratives {len(NARRS)} "
          f"(boxed {len(NARRS) - notes}, unboxed notes {notes}), gold rows {len(gold)}")
    print("narratives with no gold rows:", sum(1 for n in NARRS if not n["codes"]))
    print("trap entries:", sum(len(v) for v in traps.values()), "in", len(traps), "narratives")
    cc = Counter(c for _, c, _ in gold)
    print("codes:", ", ".join(f"{k} {cc[k]}" for k in sorted(cc)))
    lc = Counter(l for _, _, l in gold)
    print("gold levels:", ", ".join(f"{k} {lc[k]}" for k in LEVELS))
    sc = Counter(n["stage"] for n in NARRS)
    print("narratives by stage:", dict(sc))


# ---------------------------------------------------------------------------
# Batch 1: Z001-Z008
# ---------------------------------------------------------------------------

# Z001 Tyler (13) - suspensions, reduced timetable, drugs found when searched
case("Z001", "Kilnbrook", "2025-10-06", "2026-03-06")
box("Z001", "A", "yellow",
    """Tyler (13) Y8 Halesmere High - 3 suspensions since the start of term (7 days in total)
    for defiance, walking out of lessons and swearing at a TA. On a reduced timetable 9-12 from
    15/9 while school 'reset' things. At home Gemma says he ignores any curfew she sets, rolls in
    at 10-11pm on school nights and kicked a hole in his bedroom door when she took his PS5 lead.""",
    ["EDU-EXC", "EDU-ATT", "REL-PAR"],
    [("convention", "EDU-ATT", "Reduced/part-time timetable is EDU-ATT; the suspensions are EDU-EXC.")])
box("Z001", "A", "orange",
    """Tyler and two older lads stop+searched by police in Kilnbrook Park 12/9. Tyler had 9 wraps
    of cannabis, £340 cash and 2 phones on him - released under investigation. Gemma and school
    both believe he is being used to run drugs. Discussed at MACE panel 18/9, NRM referral to go
    in via duty SW.""",
    ["SAFE-EXP", "CRIME"],
    [("convention", "SUB", "Drugs found on an exploited child: SAFE-EXP + CRIME, not SUB (convention 12)."),
     ("convention", "CRIME", "Stop and search with drugs, RUI: police action about the young person's own offending, not a welfare check.")])
box("Z001", "C", "blue",
    """Gemma sticking to the curfew agreement we wrote together, she texts Tyler at 8.45 as a
    reminder and he's home by 9 most nights now. Amelia (4) talking a lot more, nursery still
    working on her SALT targets with her.""",
    ["REL-PAR", "EYD"],
    [("convention", "REL-PAR", "Blue box: curfew routine the family is now managing counts as present (convention 3)."),
     ("convention", "EYD", "Under-5 speech with ongoing nursery SALT targets: EYD present, now managing (conventions 3, 4, 9).")])
box("Z001", "C", "yellow",
    """Full timetable reinstated after Xmas. One further 1 day suspension in Feb for fighting
    on the bus. Still RUI for the Sept matter, YJS assessing him for an out of court
    disposal.""",
    ["EDU-EXC", "CRIME"],
    [("historical", "EDU-ATT", "Reduced timetable ended after Christmas - over, so not coded."),
     ("convention", "CRIME", "Youth justice (YJS) assessment and RUI: CRIME (convention 7).")])

# Z002 Leah (15) - permanently excluded, PRU, CAMHS, missing
case("Z002", "Ashcote", "2025-10-06", "2026-04-20")
box("Z002", "A", "orange",
    """Leah (15) permanently excluded from Ashcote Academy 23/06/25 after a fight with another Y10
    girl; on roll at Anvil House PRU since Sept but attendance only 58%. Took an overdose in
    August (paracetamol) - now open to CAMHS, and school nurse says she is still cutting her arms.
    2x overnight missing episodes since Sept, both times police found her at a 20 y/o male's flat
    in Wharfside.""",
    ["EDU-EXC", "EDU-ATT", "MH-CHILD", "SAFE-EXP"],
    [("convention", "CRIME", "Police finding a missing child is safeguarding, not CRIME (convention 7)."),
     ("convention", "EDU-EXC", "The permanent exclusion is the reason she is out of mainstream now (June 2025, still at the PRU): treated as current.")])
box("Z002", "A", "yellow",
    """Mum Sharon drinking most nights ('a bottle of wine to get me thru the evening'), has
    agreed to a referral to Horizon D&A. Leah's brother Kyle (17) dropped out of his college
    course after 2 wks in Sept, not working, in bed most of the day.""",
    ["SUB", "EDU-NEET"],
    [("convention", "EDU-NEET", "Kyle is 17, not in education, employment or training: EDU-NEET only, no FIN (convention 11).")])
box("Z002", "C", "orange",
    """Leah still at Anvil House, attendance up to 74% - mostly missing Friday afternoons.
    CAMHS ongoing fortnightly, no self harm disclosed since January. One missing episode in
    March, came home by herself the next morning, RHI done.""",
    ["EDU-ATT", "MH-CHILD", "SAFE-EXP"],
    [("not-coded", "EDU-EXC", "Being on a PRU roll is mentioned without any exclusion, suspension or school behaviour: EDU-EXC not coded (judgement)."),
     ("partial", "MH-CHILD", "Self-harm not disclosed since January, but open to CAMHS keeps MH-CHILD present (convention 4).")])

# Z003 Mo (11) - managed move, ADHD assessment, overcrowding, arrears
case("Z003", "Wharfside", "2025-11-03", "2026-05-11")
box("Z003", "A", "yellow",
    """Mo (11) Y7 at Kilnbrook Park Academy. 2 internal exclusions and a 3 day suspension since
    Sept (threw a chair in science). School proposing a managed move to St Aldric's High 'before
    it gets to a PEX'. His primary SENCo referred him for ADHD assessment in Y6, still waiting on
    community paeds.""",
    ["EDU-EXC", "EDU-SEND"],
    [("convention", "EDU-SEND", "Waiting for ADHD assessment is EDU-SEND (convention 4)."),
     ("hypothetical", "EDU-EXC", "'Before it gets to a PEX' is hypothetical, but suspensions and the proposed managed move make EDU-EXC present anyway.")])
box("Z003", "A", "orange",
    """7 of them in a 2 bed housing association flat, Mo shares a room with 3 brothers. Aisha and
    Imran argue constantly about money and Imran sometimes stays at his brother's. Aisha very
    clear he has never been violent or controlling. Rent arrears £1,150 and Meridian Homes served
    a notice seeking possession on 20/10.""",
    ["HOUS", "FIN", "REL-CONF"],
    [("negated", "DA", "Violence and control explicitly denied; parental arguments are REL-CONF (convention 8)."),
     ("outside", "REL-CONF", "Imran's brother is outside the household and not coded; the parents' arguing is.")])
box("Z003", "A", "blue",
    """Aisha's sister lives two streets away and has the younger ones after school when needed.
    Family well connected through the mosque.""",
    [],
    [("not-coded", "REL-PAR", "Support network only; no need described, so nothing is coded.")])
box("Z003", "C", "yellow",
    """Managed move to St Aldric's started in Jan and was made permanent at the 12 week review,
    no suspensions since he moved. ADHD diagnosed Feb, meds started, on SEN support at
    St Aldric's.""",
    ["EDU-SEND"],
    [("historical", "EDU-EXC", "Managed move completed and made permanent, no suspensions since: described as over, not coded (judgement under convention 3).")])

# Z004 Kai (14) - referral order, child-to-parent violence, young carers
case("Z004", "Chainley", "2025-09-15", "2026-03-30")
box("Z004", "A", "orange",
    """Kai (14) on a 9 month referral order since Aug (criminal damage + theft from a vehicle), YOS
    worker is Dean. Police called to the house 3 times over the summer holidays after Kai punched
    holes in the doors and shoved his mum Donna into the banister.""",
    ["CRIME", "REL-PAR"],
    [("convention", "DA", "Child-to-parent violence is REL-PAR (+ CRIME as police/YOS involved), not DA (convention 8).")])
box("Z004", "A", "yellow",
    """Donna has MS and uses a wheelchair when out. Maisie (9) helps her get dressed in the
    mornings and does the packed lunches, Kai does the heavy shopping. Referral sent to Chainley
    Young Carers for both kids.""",
    ["PH", "CARER"])
box("Z004", "C", "yellow",
    """Kai has 2 months of the referral order left and YOS say he has engaged well with the
    reparation. No police call-outs since November, tho Donna says he still slams doors and
    swears at her when told no.""",
    ["CRIME", "REL-PAR"],
    [("partial", "REL-PAR", "No police since November (historical for the call-outs) but ongoing door slamming and swearing at mum is present REL-PAR."),
     ("convention", "CRIME", "Referral order still running: CRIME present.")])

# Z005 Ellie (12) - anxiety-based non-attendance, part-time in the Hub, contact dispute
case("Z005", "Kilnbrook", "2025-10-13", "2026-04-27")
box("Z005", "A", "yellow",
    """Ellie (12) Y8 Halesmere, attendance 46% since Sept. Panics in the mornings, says she can't
    breathe, won't get into the car. School have put her on a part time timetable - mornings only
    in the Hub. Kirsty does 12 hr shifts at the hospital so Gran does some of the mornings.""",
    ["EDU-ATT", "MH-CHILD"],
    [("convention", "FIN", "Shift work is not FIN (convention 5)."),
     ("not-coded", "PH", "'Can't breathe' describes panic (MH-CHILD), not a physical illness.")])
box("Z005", "A", "green",
    """Kirsty and Ellie's dad split up over the summer and can't agree contact - he wants every
    weekend, Ellie doesn't want to go. No DV reported by either of them. Given info on family
    mediation.""",
    ["REL-CONF"],
    [("negated", "DA", "'No DV reported' - DA not coded.")])
box("Z005", "C", "blue",
    """Parents sticking to the contact plan they agreed at mediation (alternate Saturdays) and
    using a co-parenting app to keep things civil. Ellie ok with it.""",
    ["REL-CONF"],
    [("convention", "REL-CONF", "Blue box: separated parents now managing contact through an agreed plan counts as present (convention 3).")])

# Z006 Reece (15) - county lines, s47, PEX, threats to the home
case("Z006", "Ashcote", "2025-09-08", "2026-02-16")
box("Z006", "A", "red",
    """Strategy mtg 2/9, s47 initiated. Reece (15) was missing for 9 days and found by police in
    a flat in another force area with heroin and crack wraps on him; arrested for PWITS and bailed.
    Clear CCE/county lines indicators.""",
    ["SAFE-EXP", "CRIME"],
    [("convention", "SUB", "Class A drugs found on an exploited child: SAFE-EXP + CRIME, not SUB (convention 12).")])
box("Z006", "A", "orange",
    """Reece was permanently excluded from Wharfside Academy in March, on roll at Cinderbank
    Learning Centre but hasn't attended since July. Family home had its windows put through in
    August, thought to be over a drug debt Reece owes; Michelle has asked the council for an
    urgent management transfer as she doesn't feel safe in the house.""",
    ["EDU-EXC", "EDU-ATT", "SAFE-EXP", "HOUS"],
    [("outside", "SAFE-EXP", "The people who attacked the house are outside the household; their effect on the family (threats tied to the child's drug debt) is SAFE-EXP (convention 6)."),
     ("convention", "HOUS", "Urgent transfer requested because the home is unsafe: treated as risk to the tenancy/housing need (judgement)."),
     ("convention", "FIN", "The drug debt is the child's exploitation debt, not a household money problem: no FIN.")])
box("Z006", "C", "red",
    """CP plan continues. Reece accommodated under s20 in a residential placement out of area
    since November, no missing episodes since the move. PWITS trial listed for April.""",
    ["CRIME"],
    [("historical", "SAFE-EXP", "'No missing episodes since the move' - over; no current exploitation described in this box."),
     ("convention", "CRIME", "Pending trial for his own offence keeps CRIME present (convention 7).")])
box("Z006", "C", "yellow",
    """Moved to a new tenancy in Chainley before Christmas and Michelle says she feels safe again.
    Lewis (8) dry at night now. Michelle back at work 3 days a week, still on sertraline from
    the GP.""",
    ["MH-ADULT"],
    [("historical", "HOUS", "Rehoused - housing need over."),
     ("historical", "PH", "Lewis 'dry at night now' - the bedwetting has stopped."),
     ("convention", "MH-ADULT", "Ongoing sertraline is ongoing treatment: MH-ADULT present (convention 4).")])

# Z007 Amira (10) - suspensions, EHCNA, Freedom Programme, home conditions
case("Z007", "Wharfside", "2025-11-17", "2026-06-08")
box("Z007", "A", "yellow",
    """Amira (10) Y6 Foundry Lane Primary. Suspended twice this half term for kicking staff. SENCo
    describes sensory seeking and big meltdowns when routine changes; school applying for an EHC
    needs assessment.""",
    ["EDU-EXC", "EDU-SEND"])
box("Z007", "A", "green",
    """Natalie going to the Freedom Programme at the family hub on Wednesdays. Amira's dad is in
    prison until 2027, no contact.""",
    ["DA"],
    [("convention", "DA", "Freedom Programme codes DA (convention 4)."),
     ("outside", "CRIME", "Father in prison is outside the household and has no contact: no CRIME (convention 6).")])
box("Z007", "A", "note",
    """Home visit 17/11 with HV. House very cluttered, black bags of rubbish in the kitchen, dog
    mess on the landing, Amira's bed had no sheet or pillow. Natalie says she hasnt been able to
    keep on top of it since Ruby (8 mths) was born. HV still weighing Ruby every 2 wks - has
    dropped to the 2nd centile. EHW to sort a deep clean through the family hub.""",
    ["SAFE-NEG", "PH"],
    [("convention", "SAFE-NEG", "Unboxed note: highest cue is the EHW (yellow) above the HV (green), so all codes yellow (convention 2)."),
     ("convention", "EYD", "Baby's weight/faltering growth is PH ('weight'), not one of the EYD items (speech, toileting, nursery, weaning, development checks).")],
    note_level="yellow")
box("Z007", "C", "yellow",
    """EHCNA agreed in March, draft plan due before she starts Y7. No suspensions since
    Christmas, has a 1:1 at lunch and break.""",
    ["EDU-SEND"],
    [("historical", "EDU-EXC", "'No suspensions since Christmas' - over, not coded.")])

# Z008 Callum (16) - final warning before PEX, cannabis, dad's debts
case("Z008", "Chainley", "2025-09-29", "2026-07-06")
box("Z008", "A", "orange",
    """Callum (16) Y11 Chainley Community, on a final warning before PEX after bringing cannabis
    into school and selling it to Y9s. Police gave him a community resolution. Smoking weed every
    day, says it 'chills him out'. Also vapes constantly which Steve hates.""",
    ["EDU-EXC", "CRIME", "SUB"],
    [("convention", "SUB", "Vaping is not SUB (convention 12); daily cannabis use by the young person is."),
     ("not-coded", "SAFE-EXP", "No sign he is being exploited - he is dealing on his own account per the text, so convention 12 does not apply and SAFE-EXP is not coded.")])
box("Z008", "A", "yellow",
    """Steve (dad) out of work since he hurt his back in 2024, still in a lot of pain and on the
    physio waiting list. On UC. Has about £2k on credit cards plus 2 payday loans, gas on
    emergency credit most weeks. Referred to Citizens Advice.""",
    ["PH", "FIN"])
box("Z008", "C", "yellow",
    """Callum got 5 GCSE passes and has a place at Wharfside College in Sept (L1 motor vehicle).
    Still smoking weed at weekends, sees Youth Horizon fortnightly.""",
    ["SUB"],
    [("not-coded", "EDU-NEET", "Has a confirmed college place: not NEET and no risk described.")])

# ---------------------------------------------------------------------------
# Batch 2: Z009-Z016
# ---------------------------------------------------------------------------

# Z009 Jordan (9) - CP plan for DA, part-time timetable, bedwetting
case("Z009", "Kilnbrook", "2025-10-20", "2026-05-18")
box("Z009", "A", "red",
    """ICPC 14/10 - Jordan (9) and Harley (2) made subject to CP plans, category emotional abuse.
    Lee (mum's partner) arrested 3/10 for assaulting Stacey, bail conditions not to attend the
    address. Case heard at MARAC 9/10.""",
    ["DA"],
    [("convention", "CRIME", "Partner's arrest for assaulting the adult victim is DA only, not CRIME (convention 7).")])
box("Z009", "A", "orange",
    """Jordan on a part time timetable (9-1) at Hollybank Primary since Sept after hitting staff,
    and a 2 day suspension in Oct. Wetting the bed most nights, Stacey says he won't settle to
    sleep till gone midnight.""",
    ["EDU-ATT", "EDU-EXC", "PH"],
    [("convention", "PH", "Bedwetting and sleep problems at school age are PH (convention 9), not MH-CHILD.")])
box("Z009", "C", "yellow",
    """Jordan full days since Feb half term, no suspensions since October. Still wetting 2-3 nights
    a wk - enuresis clinic appt in June. Harley started at Little Acorns nursery (15 hrs) in Jan
    and loves it.""",
    ["PH"],
    [("historical", "EDU-ATT", "Back on full days since February - part-time timetable over."),
     ("historical", "EDU-EXC", "'No suspensions since October' - over."),
     ("not-coded", "EYD", "Harley has taken up nursery and no need is stated in this box: good news only (convention 3).")])

# Z010 Sophie (13) - bullying, suspension, online grooming, self-harm
case("Z010", "Ashcote", "2025-12-01", "2026-04-13")
box("Z010", "A", "orange",
    """Sophie (13) suspended 3 days for fighting a Y9 girl who has been bullying her on Snapchat
    for weeks. Separately police involved after an adult male groomed her on Roblox then Discord
    and got her to send images - phone seized, CEOP report made.""",
    ["EDU-EXC", "SAFE-EXP"],
    [("convention", "CRIME", "Police involvement here is to safeguard Sophie and pursue an adult outside the household: not CRIME (conventions 6, 7)."),
     ("outside", "SAFE-EXP", "The bully and the groomer are outside the household; the bullying and grooming of Sophie are her need, SAFE-EXP.")])
box("Z010", "A", "yellow",
    """Sophie told the school counsellor she has been scratching her arms and feels 'numb all the
    time'. Claire and stepdad Gary row about her phone - he wants it taken off her, Claire won't -
    usually in front of Sophie and her little brother.""",
    ["MH-CHILD", "REL-CONF"],
    [("convention", "REL-CONF", "Arguments between the adults in the couple are REL-CONF, not REL-PAR (convention 8).")])
box("Z010", "C", "blue",
    """Claire has set up parental controls and location sharing on Sophie's phone since the
    online safety session, and checks in with her every week about who she is talking to.""",
    ["SAFE-EXP"],
    [("convention", "SAFE-EXP", "Blue box: online safety the family is now managing counts as present (convention 3).")])

# Z011 Harvey (8) - suspensions, ASD pathway, hostel
case("Z011", "Wharfside", "2025-10-27", "2026-06-22")
box("Z011", "A", "yellow",
    """Harvey (8) Y4 Wharfside Primary. 4 suspensions since January and the Head has told Jade that
    another serious incident could mean a permanent exclusion. On the ASD pathway (SENCo referral
    May 25).""",
    ["EDU-EXC", "EDU-SEND"],
    [("convention", "EDU-SEND", "'On the ASD pathway' codes EDU-SEND (convention 4)."),
     ("hypothetical", "EDU-EXC", "The PEX warning is conditional, but four suspensions make EDU-EXC present.")])
box("Z011", "A", "orange",
    """Evicted from their private let in Aug (s21), now in temp accom at the Canal St family
    hostel - one room for Jade, Harvey and Noah (7 mths), shared kitchen on the landing. Jade
    living off takeaways and food bank parcels.""",
    ["HOUS", "FIN"],
    [("convention", "FIN", "Food bank use is FIN; no hungry child or empty cupboards described, so no SAFE-NEG (convention 10).")])
box("Z011", "C", "yellow",
    """Moved into a 2 bed council flat in March. Harvey got his autism diagnosis in April and school
    have put in an EHCNA request.""",
    ["EDU-SEND"],
    [("historical", "HOUS", "Moved out of temporary accommodation into a settled tenancy - over.")])

# Z012 Tia (14) - managed move, older 'boyfriend', missing
case("Z012", "Chainley", "2026-01-12", "2026-06-29")
box("Z012", "A", "orange",
    """Tia (14) on a 6 wk managed move trial at Halesmere from Chainley Community after repeated
    fights. Has a 19 yr old 'boyfriend' who picks her up from school in his car and has bought her
    a new phone and vapes. CSE screening tool - medium risk. Missing overnight twice in Dec.""",
    ["EDU-EXC", "SAFE-EXP"],
    [("convention", "SUB", "Vapes bought as gifts are a grooming indicator, not SUB (convention 12).")])
box("Z012", "A", "yellow",
    """Leanne (mum) signed off work since Nov with depression, on citalopram, says she feels she is
    failing Tia. Tia's dad Marcus drives HGVs and is away Mon-Fri.""",
    ["MH-ADULT"],
    [("not-coded", "FIN", "Being signed off or working away is not a money problem (convention 5).")])
box("Z012", "C", "orange",
    """Managed move confirmed and Tia has been on roll at Halesmere since Feb. Police served a CAWN
    on the 19 y/o in Feb and she says she hasn't seen him since; no missing episodes since March.
    Remains open to the exploitation team for monitoring.""",
    ["SAFE-EXP"],
    [("historical", "EDU-EXC", "Managed move completed and confirmed - over (same judgement as Z003-C)."),
     ("convention", "SAFE-EXP", "Still open to the exploitation team: ongoing service codes its area (convention 4) although the missing episodes have stopped.")])

# Z013 Ethan (15) - PEX, out of education, ASB
case("Z013", "Kilnbrook", "2025-10-08", "2026-03-23")
box("Z013", "A", "orange",
    """Ethan (15) PEX'd from Kilnbrook Park Academy 19/9 for threatening a teacher. Waiting for a
    place at Anvil House, so no education at all at the moment. Police and housing gave him an
    ASB warning after he and his mates threw stones at buses on the estate. Had 2 youth cautions
    in 2024.""",
    ["EDU-EXC", "EDU-ATT", "CRIME"],
    [("partial", "CRIME", "The 2024 cautions are historical, but the current ASB warning is present CRIME."),
     ("convention", "EDU-ATT", "No education at all while awaiting a PRU place: missed education coded EDU-ATT.")])
box("Z013", "A", "yellow",
    """Tracey says Ethan sleeps till 3pm and is gaming till 4am; she has 'given up' trying to set
    rules. Ethan's dad is in HMP for supply, due out 2027.""",
    ["REL-PAR", "PH"],
    [("convention", "PH", "A reversed sleep pattern at school age is a sleep problem: PH (convention 9), alongside REL-PAR for routines/boundaries."),
     ("outside", "CRIME", "Father in prison is outside the household (convention 6).")])
box("Z013", "C", "orange",
    """Ethan at Anvil House 4 days plus 1 day at a construction skills AP, attendance 81%. No
    further ASB reports since Nov and housing have closed their case.""",
    ["EDU-ATT"],
    [("historical", "CRIME", "'No further ASB since Nov', case closed - over."),
     ("not-coded", "EDU-EXC", "PRU/AP placement mentioned without any exclusion or behaviour content.")])

# Z014 Oliver (10) - lunchtime exclusions, hungry, mum's depression and drinking, young carer
case("Z014", "Ashcote", "2025-11-24", "2026-05-04")
box("Z014", "A", "yellow",
    """Oliver (10) Y5 Ashcote Primary - constant low level disruption, sent out most days, 3
    lunchtime exclusions this half term. Teacher says he is often hungry and takes food from other
    kids' lunchboxes; breakfast club place offered.""",
    ["EDU-EXC", "SAFE-NEG"],
    [("convention", "SAFE-NEG", "A hungry child is SAFE-NEG (convention 10)."),
     ("convention", "EDU-EXC", "Lunchtime exclusions are exclusions.")])
box("Z014", "A", "orange",
    """Hayley (mum) depressed, has barely left the house since the summer. Oliver says she drinks
    vodka in the day. He does the shopping and looks after Poppy (4) after school. Fridge and
    cupboards empty when I visited - food bank referral done.""",
    ["MH-ADULT", "SUB", "CARER", "SAFE-NEG", "FIN"],
    [("convention", "FIN", "Empty fridge is SAFE-NEG and food bank referral is FIN; both coded (convention 10).")])
box("Z014", "A", "green",
    """Poppy (4) in the nursery class at Ashcote Primary but only attending 70%, still in nappies.""",
    ["EYD"],
    [("convention", "EDU-ATT", "Nursery take-up and toileting for an under-5 are EYD, not EDU-ATT (convention 9).")])
box("Z014", "C", "orange",
    """Hayley has been with Horizon since Feb, 6 wks alcohol free. Low mood continuing, she's now
    under the community mental health team.""",
    ["SUB", "MH-ADULT"],
    [("convention", "SUB", "Alcohol free for 6 weeks but still in treatment with Horizon: ongoing service codes SUB (convention 4).")])

# Z015 Kacper (13) - part-time timetable, EAL, dad's drinking
case("Z015", "Wharfside", "2025-10-01", "2026-03-09")
box("Z015", "A", "yellow",
    """Kacper (13) arrived from Poland Jan 2025, EAL. On a part time timetable (3 hrs a day) at
    Wharfside Academy since Sept after walking out of lessons and swearing at staff; school have
    mentioned AP. Dad Piotr works nights at the distribution centre.""",
    ["EDU-ATT", "EDU-EXC"],
    [("convention", "FIN", "Night work is not FIN (convention 5)."),
     ("not-coded", "EDU-SEND", "EAL is not a special educational need.")])
box("Z015", "A", "orange",
    """Agnieszka (mum) disclosed DV from Piotr back in Poland years ago, says nothing like that
    since they moved here and she feels safe. Piotr drinks 6-8 cans every night. Neighbours rang
    the police 2 wks ago about a loud argument between the two of them, no offences.""",
    ["SUB", "REL-CONF"],
    [("historical", "DA", "DV only in the past, ended, victim says none since and feels safe."),
     ("convention", "CRIME", "Police attending an adults' argument with no offences and no young person involved is not CRIME."),
     ("convention", "REL-CONF", "Current argument between parents, no abuse described now: REL-CONF (convention 8).")])
box("Z015", "C", "yellow",
    """Kacper full timetable since January, has EAL support twice a week. 1 day suspension in Feb
    for vaping in the toilets.""",
    ["EDU-EXC"],
    [("historical", "EDU-ATT", "Full timetable since January - over."),
     ("convention", "SUB", "Vaping is not SUB (convention 12)."),
     ("not-coded", "EDU-SEND", "EAL support is not SEND.")])

# Z016 Grace (16) - reduced timetable after self-harm, mum's cancer, NEET risk
case("Z016", "Chainley", "2026-02-02", "2026-07-20")
box("Z016", "A", "yellow",
    """Grace (16) Y11 Chainley Community, on a reduced timetable since Nov after self harming in
    school. Seen by CAMHS crisis team in Dec and now on the CAMHS waiting list.""",
    ["EDU-ATT", "MH-CHILD"])
box("Z016", "A", "green",
    """Dawn (mum) having chemo for breast cancer. Grace does most of the cooking and helps her
    brother Alfie (7) with his reading and bath time.""",
    ["PH", "CARER"])
box("Z016", "C", "yellow",
    """Grace finished Y11, hasn't applied for college and says she wants 'a year off'. Pathways
    careers adviser to follow up over the summer.""",
    ["EDU-NEET"],
    [("convention", "EDU-NEET", "16, no education or training place: EDU-NEET (at risk), no FIN (convention 11).")])

# ---------------------------------------------------------------------------
# Batch 3: Z017-Z023
# ---------------------------------------------------------------------------

# Z017 Zara (15) - knife in school, PEX, AP 2 hrs a day, online threats; NEET brother
case("Z017", "Ashcote", "2025-11-10", "2026-04-06")
box("Z017", "A", "orange",
    """Zara (15) PEX'd from Ashcote Academy in Oct after a kitchen knife was found in her bag - she
    says she carried it because girls from another school had threatened on TikTok to 'do her in'.
    Arrested, now with YJS for an out of court disposal. Currently doing 2 hrs a day at
    Cinderbank AP.""",
    ["EDU-EXC", "CRIME", "SAFE-EXP", "EDU-ATT"],
    [("convention", "SAFE-EXP", "Online threats from other young people (outside the household) are bullying/online safety for Zara: SAFE-EXP (convention 6)."),
     ("convention", "EDU-ATT", "2 hours a day at AP is a part-time timetable: EDU-ATT.")])
box("Z017", "A", "yellow",
    """Brother Dylan (17) not been in college or work since he left Y11 in the summer, hangs about
    with the older lads on the estate. Mum Kerry works 2 jobs and says money isn't a problem.""",
    ["EDU-NEET"],
    [("negated", "FIN", "'Money isn't a problem' - FIN negated; Dylan's NEET status alone does not add FIN (convention 11).")])
box("Z017", "C", "orange",
    """Zara got a youth conditional caution in Dec, YJS work finishes in June. Full days at
    Cinderbank since Feb. The online threats stopped after police went round to see the other
    girl's family.""",
    ["CRIME"],
    [("historical", "EDU-ATT", "Full days since February - part-time over."),
     ("historical", "SAFE-EXP", "The threats 'stopped' - over."),
     ("outside", "CRIME", "Police visiting another family is about people outside the household.")])

# Z018 Riley (11) - EHCP, suspensions, child-to-parent violence with police, contact dispute
case("Z018", "Wharfside", "2026-01-19", "2026-06-15")
box("Z018", "A", "orange",
    """Riley (11) has an EHCP for ASD, Y7 at Wharfside Academy. 3 suspensions since Christmas and
    school have asked the LA for an emergency annual review, talking about a specialist place. At
    home he hits Kim and has broken the TV; she rang 999 on 4/1 when he grabbed her by the throat
    and police attended.""",
    ["EDU-SEND", "EDU-EXC", "REL-PAR", "CRIME"],
    [("convention", "DA", "Child-to-parent violence: REL-PAR, plus CRIME because police attended; never DA (convention 8).")])
box("Z018", "A", "yellow",
    """Kim has fibromyalgia, gets PIP. Riley's dad Shaun has him alternate weekends; Kim and Shaun
    argue over text about Riley's behaviour and Shaun is threatening to go to court for more
    contact.""",
    ["PH", "REL-CONF"],
    [("convention", "FIN", "PIP named with no money problem is not FIN (convention 5)."),
     ("convention", "REL-CONF", "Separated parents arguing and a contact dispute: REL-CONF; Shaun is a parent in contact, and the dispute is the family's need.")])
box("Z018", "C", "orange",
    """Riley started at Brookvale Specialist School after Easter (named in the amended EHCP) and is
    settling. Kim reports no physical aggression for 6 weeks but he still throws things and swears
    at her when the iPad goes off.""",
    ["EDU-SEND", "REL-PAR"],
    [("partial", "REL-PAR", "Hitting has stopped but throwing things and swearing at mum continue: REL-PAR present; no police so no CRIME.")])

# Z019 Kayden (14) - CCE, CIN then CP, mum on methadone, brother on licence
case("Z019", "Chainley", "2025-10-15", "2026-04-20")
box("Z019", "A", "red",
    """Kayden (14) on a CIN plan since Aug due to CCE. Found in a cuckooed flat in Wharfside 29/9
    with a burner phone, NRM submitted. 4 missing episodes since July.""",
    ["SAFE-EXP"])
box("Z019", "A", "orange",
    """Sam (mum) on a methadone script through Horizon, says she hasn't used heroin since 2021.
    Older brother Jake (19) lives at home and is on licence after a robbery sentence. Kayden
    hasn't set foot in Chainley Community since the start of term.""",
    ["SUB", "CRIME", "EDU-ATT"],
    [("convention", "SUB", "Methadone script is ongoing treatment: SUB present though heroin use is historical (convention 4)."),
     ("convention", "CRIME", "Household adult on licence: CRIME (convention 7).")])
box("Z019", "C", "red",
    """Stepped up to a CP plan in Jan after Kayden was stabbed in the thigh - still having physio on
    it. NRM: positive reasonable grounds decision. Still going missing, latest was 2 wks ago.""",
    ["SAFE-EXP", "PH"],
    [("convention", "PH", "The stab injury is still being treated (physio): current PH.")])

# Z020 Nia (9) - kinship care, part-time timetable, EP assessment
case("Z020", "Kilnbrook", "2025-11-05", "2026-05-26")
box("Z020", "A", "yellow",
    """Nia (9) lives with her maternal gran Pat under an SGO (2023), Pat is her kinship carer. On
    a part time timetable (mornings only) at Hollybank since she threw a chair at a TA in Oct, plus
    a 1 day suspension. Ed psych assessment done, report awaited.""",
    ["EDU-ATT", "EDU-EXC", "EDU-SEND"],
    [("convention", "CARER", "'Kinship carer' is an adult carer, not a young carer (convention 12)."),
     ("convention", "EDU-SEND", "Educational psychology assessment is a SEND assessment: EDU-SEND.")])
box("Z020", "A", "green",
    """Pat has type 2 diabetes and arthritis, GP reviews her every 6 months. Nia's mum is in prison,
    letterbox contact only.""",
    ["PH"],
    [("outside", "CRIME", "Mother in prison is outside the household (convention 6).")])
box("Z020", "C", "yellow",
    """Nia back to full days after Easter. EP report recommends SEN support with a trauma informed
    plan, school are following it. Started 10 sessions of play therapy for trauma.""",
    ["EDU-SEND", "MH-CHILD"],
    [("historical", "EDU-ATT", "Full days since Easter - over.")])

# Z021 Demi (13) - child-to-parent violence, police, missing, s21
case("Z021", "Ashcote", "2025-12-19", "2026-06-08")
box("Z021", "A", "orange",
    """Police called to the house 5 times since Oct because Demi (13) has been smashing up her room
    and going for Laura, once with a hairbrush. Reported missing twice after rows, both times police
    found her at a friend's in Kilnbrook.""",
    ["REL-PAR", "CRIME", "SAFE-EXP"],
    [("convention", "CRIME", "Police call-outs about a young person's behaviour are CRIME; finding her when missing is not, but missing episodes are SAFE-EXP (convention 7)."),
     ("convention", "DA", "Child-to-parent violence is not DA (convention 8).")])
box("Z021", "A", "yellow",
    """Demi on report at Ashcote Academy, suspended twice for defiance this term. Laura is £1,800
    behind on the rent plus council tax arrears; landlord has served a s21 that runs out in Feb.""",
    ["EDU-EXC", "FIN", "HOUS"])
box("Z021", "A", "note",
    """Phone call w/ Laura 18/12 - she has been to Citizens Advice about the section 21 notice and
    they are checking whether it is valid. Picked up a food parcel from the Wharf Church food bank
    this week. Says Demi has been calmer since the weekend.""",
    ["HOUS", "FIN"],
    [("convention", "HOUS", "Unboxed note: a possession/eviction notice (s21) is an orange cue, above Citizens Advice (yellow): all codes orange (convention 2)."),
     ("not-coded", "REL-PAR", "'Calmer since the weekend' states no current need in this note (convention 1).")],
    note_level="orange")
box("Z021", "C", "orange",
    """Demi open to CAMHS since March for help with emotional regulation. One police call-out in May
    when she threw a mug at Laura. Family rehoused by the council in April.""",
    ["MH-CHILD", "REL-PAR", "CRIME"],
    [("historical", "HOUS", "Rehoused in April - over.")])

# Z022 Lily-Mae (8) - CP plan for DA, suspension, trauma
case("Z022", "Chainley", "2025-11-10", "2026-05-04")
box("Z022", "A", "red",
    """ICPC 4/11 - Lily-Mae (8) and Frankie (1) on CP plans under emotional abuse following repeated
    DA by Dean (mum's partner). Last incident 18/10, police attended and Dean was arrested for
    non-fatal strangulation of Chantelle.""",
    ["DA"],
    [("convention", "CRIME", "Arrest for the DA offence against the adult victim is DA only (convention 7).")])
box("Z022", "A", "yellow",
    """Lily-Mae suspended 1 day for biting another child. Class teacher says she's jumpy, startles
    at loud noises and hides under the tables; Thrive practitioner now working with her 1:1.""",
    ["EDU-EXC", "MH-CHILD"])
box("Z022", "C", "red",
    """CP plans continue. Dean convicted in March, 18 months custody. Chantelle seeing the IDVA
    fortnightly and has finished the Freedom Programme.""",
    ["DA"],
    [("convention", "DA", "Ongoing IDVA support codes DA (convention 4); Dean in custody is outside the household, so no CRIME (convention 6).")])

# Z023 Aaron (11) - SALT/SEN support, removals, managed move, neglect, fuel poverty
case("Z023", "Wharfside", "2025-10-06", "2026-04-27")
box("Z023", "A", "yellow",
    """Aaron (11) Y7 Ashcote Academy, speech and language difficulties (had SALT at primary), on
    SEN support. Removed from lessons 14 times since Sept for fighting and school are talking
    about a managed move.""",
    ["EDU-SEND", "EDU-EXC"],
    [("convention", "EYD", "Speech and language for a school-age child is EDU-SEND, not EYD (convention 9).")])
box("Z023", "A", "orange",
    """Rachel (mum) has a learning disability, adult social care support 2 hrs a week. Aaron comes
    in in dirty uniform and smells, head lice left untreated for weeks. No gas for 3 days last week
    as she couldn't top up the meter.""",
    ["PH", "SAFE-NEG", "FIN"],
    [("convention", "PH", "A parent's disability (learning disability) falls under PH 'disability of anyone in the family' (judgement)."),
     ("convention", "FIN", "No money for the prepayment meter is fuel poverty: FIN (convention 10).")])
box("Z023", "C", "orange",
    """Managed move to Kilnbrook Park started after Easter, early days. FSW going in twice a week to
    help Rachel with washing and meal planning, house and Aaron's uniform a lot better.""",
    ["EDU-EXC", "SAFE-NEG"],
    [("convention", "EDU-EXC", "Managed move in progress (not yet confirmed): present."),
     ("convention", "SAFE-NEG", "Improved but still needing twice-weekly FSW help with basic care: ongoing service codes the area (convention 4).")])

# ---------------------------------------------------------------------------
# Batch 4: Z024-Z030
# ---------------------------------------------------------------------------

# Z024 Ollie (8) - reduced timetable, EHCNA, ADHD waiting list; mum's perinatal MH
case("Z024", "Kilnbrook", "2026-02-25", "2026-07-08")
box("Z024", "A", "yellow",
    """Ollie (8) Y3 Ashcote Primary, on a reduced timetable (goes home at lunch) since Jan because
    of dysregulation. SENCo has applied for an EHCNA and he's on the ADHD waiting list. Toni
    struggling to get him in at all some days - he hides under his bed.""",
    ["EDU-ATT", "EDU-SEND"],
    [("convention", "EDU-SEND", "EHCNA application and ADHD waiting list: EDU-SEND (convention 4)."),
     ("not-coded", "REL-PAR", "Difficulty getting him into school is coded as attendance (EDU-ATT); no routines/boundaries/behaviour-at-home issue is described.")])
box("Z024", "A", "note",
    """Toni rang this am, tearful, said she has been having 'dark thoughts' since Lola (5 mths) was
    born and isn't sure she can keep going. Agreed GP appt for tomorrow, HV informed, EHW to visit
    Thurs.""",
    ["MH-ADULT"],
    [("convention", "MH-ADULT", "Unboxed note: the EHW visit (yellow) is the highest cue, above GP/HV (green), so MH-ADULT is yellow (convention 2)."),
     ("not-coded", "EYD", "Lola is mentioned only as context; no developmental need.")],
    note_level="yellow")
box("Z024", "C", "yellow",
    """EHCNA agreed. Ollie back full time with 1:1 TA support. Toni under the perinatal mental health
    team and says she feels more like herself.""",
    ["EDU-SEND", "MH-ADULT"],
    [("historical", "EDU-ATT", "Back full time - reduced timetable over."),
     ("convention", "MH-ADULT", "Improving but still under the perinatal MH team: ongoing service (convention 4).")])

# Z025 Jamie (13) - suspension for cannabis, parents separating
case("Z025", "Wharfside", "2025-11-19", "2026-04-29")
box("Z025", "A", "yellow",
    """Jamie (13) suspended 5 days from Wharfside Academy after turning up to school stoned; admits
    smoking cannabis most weekends with lads off the estate. Referred to Youth Horizon.""",
    ["EDU-EXC", "SUB"],
    [("outside", "SUB", "Friends' use is outside the household; Jamie's own cannabis use is SUB.")])
box("Z025", "A", "green",
    """Becca and Lee are separating after 15 yrs, Lee moving to his mum's at Christmas. Lots of
    arguments in the house at the moment though they say they'll sort contact out between
    themselves. Becca worried she might not manage the rent on her own once he's gone.""",
    ["REL-CONF"],
    [("hypothetical", "FIN", "Worry about affording the rent after he leaves is a future possibility, no current money problem."),
     ("hypothetical", "HOUS", "No housing problem now; only a possible future one.")])
box("Z025", "C", "green",
    """Jamie's attendance 96% this half term and his head of year says he has settled in
    lessons.""",
    [],
    [("not-coded", "EDU-ATT", "Pure good news with no need stated in this box (conventions 1, 3).")])
box("Z025", "C", "note",
    """Closure summary - Jamie did 6 sessions with Youth Horizon and says he hasn't smoked weed since
    January, Becca agrees. Lee moved out in Dec and has Jamie every weekend, no disagreements
    between them. Becca has sorted the housing element of her UC and is paying the rent fine. No
    further suspensions.""",
    [],
    [("historical", "SUB", "No cannabis since January and the Youth Horizon sessions are finished: over."),
     ("historical", "REL-CONF", "Separation completed, contact working, 'no disagreements': no current conflict (judgement)."),
     ("convention", "FIN", "UC named with no money problem, rent being paid: not FIN (convention 5)."),
     ("historical", "EDU-EXC", "'No further suspensions' - over.")])

# Z026 Precious (14) - suspended after racist bullying; overcrowding, mould
case("Z026", "Kilnbrook", "2025-10-22", "2026-03-16")
box("Z026", "A", "yellow",
    """Precious (14) suspended 2 days from Kilnbrook Park for hitting a boy who'd been making racist
    comments to her for weeks; school have now opened a bullying investigation.""",
    ["EDU-EXC", "SAFE-EXP"],
    [("outside", "SAFE-EXP", "The boy is outside the household; Precious being bullied is her need (SAFE-EXP).")])
box("Z026", "A", "orange",
    """Tendai (mum) is a care worker on a skilled worker visa, NRPF. 5 of them in a 1 bed flat -
    Precious and her 2 sisters share a sofa bed in the lounge. Damp and black mould in the bedroom
    and Tanaka (3) has a chesty cough the GP thinks is linked. Runs out of money before payday
    every month, borrowing off friends from church.""",
    ["HOUS", "PH", "FIN"],
    [("convention", "CARER", "Mum's job as a care worker is not CARER (convention 12)."),
     ("convention", "FIN", "NRPF status alone would not be FIN; running out of money and borrowing is.")])
box("Z026", "C", "orange",
    """Housing assoc treated the mould in Feb. Still overcrowded, on the waiting list for a 3 bed.
    Tanaka's cough has cleared up. Precious settled, nothing further since the boy moved forms.""",
    ["HOUS"],
    [("historical", "PH", "Cough 'cleared up' - over."),
     ("historical", "SAFE-EXP", "Bullying over since the boy moved forms."),
     ("partial", "HOUS", "Mould treated (over) but overcrowding continues: HOUS present.")])

# Z027 Connor (13) - charged with burglary, ADHD, PA and behaviour points
case("Z027", "Ashcote", "2025-09-17", "2026-02-23")
box("Z027", "A", "orange",
    """Connor (13) charged with burglary (sheds on the allotments) along with 2 older boys, court
    2/10, YOS pre-court worker allocated. Has ADHD and is on SEN support at Halesmere.""",
    ["CRIME", "EDU-SEND"],
    [("outside", "CRIME", "The older boys are outside the household; Connor's own charge is CRIME.")])
box("Z027", "A", "green",
    """Connor at Halesmere High, attendance 89% (PA), picking up lots of behaviour points for
    rudeness and using his phone in class but no suspensions so far.""",
    ["EDU-ATT", "EDU-EXC"],
    [("negated", "EDU-EXC", "'No suspensions' negates only suspensions; behaviour points are behaviour at school, so EDU-EXC is present.")])
box("Z027", "C", "green",
    """Attendance 94% since Christmas. Behaviour points halved but still gets a few most weeks for
    answering back. SENCo gave him a movement break card which he's using sensibly.""",
    ["EDU-EXC", "EDU-SEND"],
    [("not-coded", "EDU-ATT", "Attendance figure given as good news with no need stated in this box (conventions 1, 3)."),
     ("convention", "EDU-SEND", "SENCO support being used: green-box 'now managing' (convention 3).")])

# Z028 Jasmine (15) - PEX after assaulting staff, YJS, young carer
case("Z028", "Chainley", "2025-09-24", "2026-03-02")
box("Z028", "A", "orange",
    """Jasmine (15) PEX from Halesmere High in July for assaulting a member of staff, charged with
    assault by beating - YJS doing the court work. At Cinderbank Learning Centre full time since
    Sept and attending well. Carla (mum) works nights at a care home so Jasmine gets her brothers
    (6 and 8) up, fed and to school 3 mornings a week.""",
    ["EDU-EXC", "CRIME", "CARER"],
    [("not-coded", "EDU-ATT", "Full time at AP and 'attending well': no attendance need."),
     ("convention", "FIN", "Night work is not FIN (convention 5).")])
box("Z028", "C", "blue",
    """Carla's sister has the boys 2 mornings now so Jasmine only does the Friday school run.
    Jasmine says she likes Cinderbank.""",
    ["CARER"],
    [("convention", "CARER", "Blue box: reduced but continuing caring role, now managed with family help: present (convention 3).")])

# Z029 Evie (12) - off-rolled to EHE, mum's agoraphobia, young carer
case("Z029", "Wharfside", "2025-12-03", "2026-05-18")
box("Z029", "A", "yellow",
    """Evie (12) taken off roll at Halesmere by mum Kelly in Nov to 'home educate' after school
    started the attendance legal process (attendance was 61%). EHE officer has visited - no
    evidence of any education happening.""",
    ["EDU-ATT"],
    [("convention", "EDU-ATT", "Missing education after deregistration to EHE, following an attendance prosecution process: EDU-ATT (judgement).")])
box("Z029", "A", "green",
    """Kelly has anxiety and agoraphobia, GP reviewing her meds. Evie does the shopping and picks
    up Kelly's prescriptions. Rocco (3) hasn't taken up his funded nursery hours, HV following
    up.""",
    ["MH-ADULT", "CARER", "EYD"])
box("Z029", "C", "yellow",
    """Evie back on roll at Wharfside Academy since Feb, attendance 84% this term and late most
    days.""",
    ["EDU-ATT"])

# Z030 Mia (14) - managed move; dad's gambling debts
case("Z030", "Chainley", "2025-10-15", "2026-03-25")
box("Z030", "A", "orange",
    """Mia (14) lives with her dad Craig. Managed move from Kilnbrook Park to Ashcote Academy agreed
    last week after 2 suspensions for fighting. Craig has gambling debts of about £6k and bailiffs
    have been round about council tax; Mia says he's 'always on his phone betting'. Mia's mum lives
    in Wharfside with her new partner and has Mia at weekends, no issues between the parents.""",
    ["EDU-EXC", "FIN"],
    [("convention", "SUB", "Gambling debts are FIN, not SUB (convention 10)."),
     ("negated", "REL-CONF", "'No issues between the parents'."),
     ("outside", "REL-CONF", "Mum and her partner live outside the household.")])
box("Z030", "C", "yellow",
    """Mia settled at Ashcote, no incidents this term. Craig has self-excluded from the betting apps
    and is on a debt repayment plan through Citizens Advice.""",
    ["FIN"],
    [("not-coded", "EDU-EXC", "'Self-excluded' from gambling is a look-alike, not a school exclusion; Mia 'settled, no incidents' is good news."),
     ("convention", "FIN", "Debt repayment plan in progress: current FIN.")])


if __name__ == "__main__":
    main()
