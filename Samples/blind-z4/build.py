#!/usr/bin/env python3
"""Hand-written blind gold set (form-style triage boxes).

Every narrative, its gold codes and its trap notes are written by hand below.
Running this writes narratives.csv, gold.csv and traps.json next to this file.
Standard library only.
"""
import csv
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

BR, LQ, EW, SG = "Brackenmoor", "Lydford Quay", "Eastwell", "Saltmarsh Green"

# Trap types used in the notes
NEG, HIS, HYP, OUT, LOOK, MET, LVL, RAT = ("negated", "historical", "hypothetical",
                                           "outside-household", "look-alike",
                                           "need-met", "level-cue", "rationale")

ROWS = []   # narrative rows
GOLD = []   # (narrative_id, code, level)
TRAPS = {}  # narrative_id -> list of {type, code, note}


def add(nid, triage, case, stage, date, level, loc, text, codes, traps=(), gold_level=None):
    glevel = level if level else gold_level
    assert glevel, nid
    ROWS.append([nid, triage, case, stage, date, level, loc, text])
    for c in codes:
        GOLD.append((nid, c, glevel))
    if traps:
        TRAPS[nid] = [{"type": t, "code": c, "note": n} for (t, c, n) in traps]


def box(case, stage, date, level, loc, text, codes, traps=()):
    tri = case + ("-A" if stage == "assessment" else "-C")
    add(tri + "-" + level, tri, case, stage, date, level, loc, text, codes, traps)


def note(nid, stage, date, loc, text, codes, gold_level, traps=()):
    add(nid, nid, nid, stage, date, "", loc, text, codes, traps, gold_level)


A, C = "assessment", "closure"

# ---------------------------------------------------------------- Z401
box("Z401", A, "2025-02-10", "green", BR,
    "Presenting need: Speech & language (under 5). Mia (3) – HV 2yr review flagged delay, approx 15 words, "
    "not joining words yet. Nursery: Fernbank Day Nursery, 15 hrs funded, attending. HV: re-review in 3 months.",
    ["EYD"])
box("Z401", A, "2025-02-10", "yellow", BR,
    "Worries: - Mum (Shannon) low mood since the baby was born, GP started sertraline in Jan - UC sanction Dec, "
    "rent arrears £640 - food bank x2 this month. DA: no. Substance use: none known. Young carer: N/A. "
    "What needs to happen: EHW – budgeting support, referral to Money Matters Brackenmoor.",
    ["MH-ADULT", "FIN"],
    [(NEG, "DA", "'DA: no'"), (NEG, "SUB", "'Substance use: none known'"), (NEG, "CARER", "'Young carer: N/A'"),
     (LOOK, "HOUS", "rent arrears are FIN, not HOUS (no tenancy risk stated)")])
box("Z401", C, "2025-07-14", "blue", BR,
    "Strengths: Shannon says her mood is 'loads better', still taking sertraline, walks with her sister most days. "
    "Finances – sanction lifted, paying £30/mth off the arrears. Housing: N/A. Any new concerns? N",
    ["MH-ADULT", "FIN"],
    [(NEG, "HOUS", "'Housing: N/A'"),
     (RAT, "FIN", "blue box: paying off arrears = now managing, present (conv 3)")])

# ---------------------------------------------------------------- Z402
box("Z402", A, "2025-03-03", "yellow", LQ,
    "Presenting need (drop-down): School attendance. Kai (11) – 71% this term, late x14. Refusing to leave the "
    "house on school mornings, cries at the gate, says he is scared about going up to Year 7. GP: no physical "
    "health concerns. Exclusions: none. SEND: N. What needs to happen: EHW, attendance support plan with Gorse "
    "Hill Primary, work on Kai's worries.",
    ["EDU-ATT", "MH-CHILD"],
    [(NEG, "PH", "'GP: no physical health concerns'"), (NEG, "EDU-EXC", "'Exclusions: none'"),
     (NEG, "EDU-SEND", "'SEND: N'")])
box("Z402", A, "2025-03-03", "green", LQ,
    "Riley (8) – attendance 88%, school attendance officer monitoring, letter sent home. Asthma: brown & blue "
    "inhalers, one kept in school, well controlled.",
    ["EDU-ATT", "PH"],
    [(RAT, "PH", "green box: well-controlled asthma is now managing, present")])
box("Z402", C, "2025-09-22", "green", LQ,
    "Riley – Asthma: annual review done with the practice nurse, inhalers in date, still needs the blue one after PE.",
    ["PH"])

# ---------------------------------------------------------------- Z403
box("Z403", A, "2025-01-20", "orange", EW,
    "Presenting need: DA. Mum (Leanne) – ex-partner Craig followed her home from work and threatened her on the "
    "doorstep 04/01, children present (Ellis 6, Poppy 2). Police attended, Craig arrested. DASH: 16 – high risk. "
    "MARAC: 22/01. Non-mol: applied for. IDVA: allocated.",
    ["DA"],
    [(LOOK, "CRIME", "ex-partner's arrest for the DV is DA only (conv 7)")])
box("Z403", A, "2025-01-20", "yellow", EW,
    "Ellis (6) – wetting the bed most nights since Jan, nightmares; teacher says he is withdrawn and jumpy in "
    "class, using the nurture room at lunch. Poppy (2) – 2yr review not done, HV rebooking. Mum's MH: no concerns "
    "raised, says she is sleeping OK.",
    ["PH", "MH-CHILD", "EYD"],
    [(NEG, "MH-ADULT", "'Mum's MH: no concerns raised'"),
     (LOOK, "EYD", "bedwetting at 6 is PH, not EYD (conv 9); EYD here is Poppy's missed 2yr review")])
box("Z403", C, "2025-06-30", "blue", EW,
    "Leanne finished the Freedom Programme in May and has a safety plan – knows to ring 999 if Craig breaches "
    "the non-mol (granted Feb, 12 months). Ellis – dry most nights now, reward chart at home working.",
    ["DA", "PH"],
    [(RAT, "DA", "programme finished but non-mol and safety plan current: blue-box managing, present")])

# ---------------------------------------------------------------- Z404
box("Z404", A, "2025-04-07", "red", SG,
    "Presenting need: CCE / county lines. Jayden (15) missing x4 since Feb, found by BTP in Cardiff 29/03 with "
    "£400 cash and 12 wraps of crack cocaine. Strategy meeting 31/03, s47 started. NRM: submitted. Substance use "
    "(Jayden): denies using, no evidence. Household: Mum (Farah), Jayden, Amira (12).",
    ["SAFE-EXP", "CRIME"],
    [(LOOK, "SUB", "drugs found on an exploited child are SAFE-EXP + CRIME, not SUB (conv 12)"),
     (NEG, "SUB", "'denies using, no evidence'")])
box("Z404", A, "2025-04-07", "orange", SG,
    "Education: Jayden at Harrow Lane Academy, part-time timetable (mornings) since Jan. Suspensions x2 this year "
    "(3 days, 5 days) – threatening staff. Managed move: under discussion. YOS: referral order (possession with "
    "intent), YOS worker allocated.",
    ["EDU-ATT", "EDU-EXC", "CRIME"])
box("Z404", C, "2025-11-03", "orange", SG,
    "Missing episodes: none since July. YOS: referral order runs to Dec, attending. Managed move to Kingsway "
    "Academy – on 12-week trial, attendance 89%, still under 90%. Exploitation: older males still messaging "
    "Jayden on Snapchat, screenshots passed to police.",
    ["CRIME", "EDU-EXC", "EDU-ATT", "SAFE-EXP"],
    [(HIS, "SAFE-EXP", "missing episodes are historical, but current contact keeps SAFE-EXP present")])

# ---------------------------------------------------------------- Z405
box("Z405", A, "2025-05-12", "yellow", BR,
    "Presenting need: Young carer. Ruby (13) helps Mum (Dionne – MS, wheelchair user) with meds, meals and "
    "shopping most days, incl. before school. Young carers service referral: Y – sent 06/05. Attendance: 84%, late "
    "most Mondays. Finances: PIP in payment, no money worries reported.",
    ["CARER", "PH", "EDU-ATT"],
    [(NEG, "FIN", "PIP named but no money problem (conv 5)")])
box("Z405", A, "2025-05-12", "green", BR,
    "Theo (7) – SENCO involved, SEN support for reading and speech sounds, SALT visits school half-termly. "
    "Theo's behaviour at home: no concerns. Health: well.",
    ["EDU-SEND"],
    [(LOOK, "EYD", "speech at school age is EDU-SEND (conv 9)"), (NEG, "REL-PAR", "'behaviour at home: no concerns'"),
     (NEG, "PH", "'Health: well'")])
box("Z405", C, "2025-12-01", "blue", BR,
    "Ruby goes to the young carers group on Thursdays and has a young carer card for school. Still helps Mum in "
    "the evenings but weekends are hers now. Mum's MS: stable, OT adaptations in place.",
    ["CARER", "PH"])

# ---------------------------------------------------------------- Z406
box("Z406", A, "2025-06-02", "orange", LQ,
    "Presenting need: Housing – s21 notice served 15/05, expires 15/07. Family of 5 in a 2-bed private let, damp "
    "& black mould in the children's room. Housing options appt: 10/06. Arrears: rent £1,450, gas £300. "
    "Employment: Dad (Luis) works nights at the distribution centre; Mum at home with baby Amelia.",
    ["HOUS", "FIN"],
    [(LOOK, "FIN", "working nights is not FIN (conv 5); FIN is from the arrears")])
box("Z406", C, "2025-10-20", "yellow", LQ,
    "Moved to a 3-bed housing association house in Sept. Housing: settled, no disrepair. Arrears: Citizens "
    "Advice setting up a DRO, gas debt on a payment plan £5/wk.",
    ["FIN"],
    [(MET, "HOUS", "rehoused, settled, no disrepair – need met")])
box("Z406", C, "2025-10-20", "green", LQ,
    "Amelia – catch-up imms done Aug, cough cleared since the move. HV 1yr review: on track, cruising round the "
    "furniture.",
    [],
    [(HIS, "PH", "imms caught up and cough cleared – over"), (NEG, "EYD", "1yr review on track – good news only")])

# ---------------------------------------------------------------- Z407
box("Z407", A, "2025-02-24", "orange", EW,
    "Presenting need: Parental alcohol use. Dad (Gary) drinking 2-3 bottles of wine a day per Mum (Donna). "
    "Police called by a neighbour 12/02 – parents arguing loudly, no assault, no offences. DA: Donna states no "
    "DA, not afraid of Gary; DASH not completed as nil disclosed. Gary's MH: anxiety, on the Talking Therapies "
    "waiting list.",
    ["SUB", "REL-CONF", "MH-ADULT"],
    [(NEG, "DA", "'no DA', 'nil disclosed'"),
     (LOOK, "CRIME", "police called to a parental argument, no offence – not CRIME")])
box("Z407", A, "2025-02-24", "yellow", EW,
    "Lily (10) – tells school she worries about Dad and checks on him at night; school ELSA weekly. Young carer? "
    "N – no caring tasks identified. Max (6) – bedtimes slipping, up till 11pm, Mum struggling with routines.",
    ["MH-CHILD", "REL-PAR"],
    [(NEG, "CARER", "'Young carer? N'")])
box("Z407", C, "2025-08-18", "yellow", EW,
    "Gary open to Clearwater Recovery since March, now drinking at weekends only (self-report). Parents completed "
    "the 'Stronger Together' relationship course in July; still argue about money but calmer.",
    ["SUB", "REL-CONF"])
box("Z407", C, "2025-08-18", "blue", EW,
    "Bedtime routine back on track – visual timetable, both children in bed by 8. Gary finished Talking Therapies "
    "in June, says his anxiety is 'sorted', no further treatment.",
    ["REL-PAR"],
    [(HIS, "MH-ADULT", "therapy finished, no further treatment – over")])

# ---------------------------------------------------------------- Z408
box("Z408", A, "2025-09-08", "orange", SG,
    "Presenting need: CPV. Connor (16) pushed Mum (Tracy) into the door frame during a row about his Xbox 28/08; "
    "police attended, community resolution. EET: left sixth form at Easter – NEET. Substance use: cannabis daily, "
    "Connor says it 'chills him out'.",
    ["REL-PAR", "CRIME", "EDU-NEET", "SUB"],
    [(LOOK, "DA", "child-to-parent violence is REL-PAR (+CRIME with police), not DA (conv 8)"),
     (LOOK, "FIN", "NEET young person does not add FIN (conv 11)")])
box("Z408", A, "2025-09-08", "yellow", SG,
    "Tracy – finances: UC only, struggling with bills since Connor's child benefit stopped, electric on emergency "
    "credit. DA history: ex-husband, ended 2014, no contact since. Tracy's MH: no concerns.",
    ["FIN"],
    [(HIS, "DA", "DA with ex-husband ended 2014"), (NEG, "MH-ADULT", "'Tracy's MH: no concerns'")])
box("Z408", C, "2026-02-16", "yellow", SG,
    "EET: Connor on the 12-week Launchpad course at Kestrel College since Jan, attending 4 days/wk – no longer "
    "NEET. Cannabis: says weekends only now, open to Switch young people's drug service. Home: no further "
    "incidents since Oct.",
    ["SUB"],
    [(MET, "EDU-NEET", "'no longer NEET'"), (HIS, "REL-PAR", "'no further incidents since Oct' (yellow box)")])

# ---------------------------------------------------------------- Z409
box("Z409", A, "2025-10-13", "red", BR,
    "Presenting need: Neglect. Home conditions poor – dog mess on the floors, no working cooker, children (Tia 5, "
    "Jack 3, Alfie 1) sharing one mattress. Fridge empty at HV visit, children asking for food. ICPC 09/10: CP "
    "plan, category neglect.",
    ["SAFE-NEG"],
    [(RAT, "SAFE-NEG", "empty fridge / hungry children is SAFE-NEG, not FIN (conv 10)")])
box("Z409", A, "2025-10-13", "orange", BR,
    "Jack (3) – not taking up his 2yr funded place at Little Oaks, few words. Alfie – missed 12-month imms and "
    "1yr review x2. Tia – Reception attendance 79%. Dental: Tia has visible decay, not registered with a dentist.",
    ["EYD", "PH", "EDU-ATT"])
box("Z409", A, "2025-10-13", "yellow", BR,
    "Mum (Chelsea) – says she feels 'low all the time', GP appt booked. Finances – UC with deductions for an "
    "advance, using St Luke's food bank.",
    ["MH-ADULT", "FIN"])
box("Z409", C, "2026-03-30", "red", BR,
    "CP plan continues (RCPC Mar). Home conditions improved, then slipped again over Christmas; SW visiting "
    "weekly.",
    ["SAFE-NEG"])

# ---------------------------------------------------------------- Z410
box("Z410", A, "2025-03-17", "green", LQ,
    "Presenting need: Toileting. Freddie (4) not dry in the day, starts Reception in Sept. Nursery: St Bede's "
    "nursery class, attending well. HV: toileting plan given.",
    ["EYD"])
box("Z410", A, "2025-03-17", "blue", LQ,
    "Strengths: Mum (Jo) using the HV's potty-training leaflet; her own mum has Freddie on Wednesdays. Jo works "
    "part-time as a carer at Elmfield care home. Finances: OK. Housing: own tenancy, no issues.",
    ["EYD"],
    [(LOOK, "CARER", "Mum's job as a care worker is not CARER (conv 12)"), (NEG, "FIN", "'Finances: OK'"),
     (NEG, "HOUS", "'no issues'")])
box("Z410", C, "2025-06-09", "blue", LQ,
    "Freddie dry in the day since April. Nights: still in pull-ups, Jo lifting him at 10pm and using a bed mat.",
    ["EYD"],
    [(HIS, "EYD", "daytime toileting over, but night-time still managed – present (blue box)")])

# ---------------------------------------------------------------- Z411
box("Z411", A, "2025-01-13", "orange", EW,
    "Presenting need: Behaviour in school / risk of exclusion. Oscar (9) – 3 suspensions this term (hitting "
    "staff, throwing chairs), head says he is at risk of permanent exclusion. SEND: on the ADHD pathway, waiting "
    "since 2023; EHCP request submitted by SENCO Dec. CAMHS: not open – referral declined 2024.",
    ["EDU-EXC", "EDU-SEND"],
    [(NEG, "MH-CHILD", "'CAMHS: not open – referral declined' – service named but not open")])
box("Z411", A, "2025-01-13", "yellow", EW,
    "Home: Mum (Aisha) struggling with Oscar's meltdowns at bedtime – he kicks and bites her. Single parent, no "
    "family nearby. Sleep: Oscar gets about 5 hrs a night. Police involvement: none.",
    ["REL-PAR", "PH"],
    [(LOOK, "DA", "child-to-parent violence is REL-PAR (conv 8)"), (NEG, "CRIME", "'Police involvement: none'")])
box("Z411", C, "2025-07-07", "orange", EW,
    "EHCP issued June, named place at Fairhaven School from Sept. Until then: part-time timetable, mornings only. "
    "ADHD: diagnosed April, starting medication.",
    ["EDU-SEND", "EDU-ATT"],
    [(RAT, "EDU-SEND", "ADHD diagnosis/EHCP -> EDU-SEND; medication is not SUB")])

# ---------------------------------------------------------------- Z412
box("Z412", A, "2025-11-10", "orange", SG,
    "Presenting need: Self-harm. Grace (14) cutting her arms, disclosed to school nurse 03/11. A&E 05/11 after a "
    "paracetamol overdose, discharged with CAMHS follow-up; crisis team seen, awaiting core CAMHS. Online: Grace "
    "had been messaging an adult man on Discord – police informed, devices taken.",
    ["MH-CHILD", "SAFE-EXP"],
    [(LOOK, "SUB", "paracetamol overdose is self-harm, not SUB"),
     (OUT, "CRIME", "police are investigating the adult man, not a household member")])
box("Z412", A, "2025-11-10", "green", SG,
    "Parents: together, supportive, no conflict. School: attendance 96%, no behaviour concerns. Substance use "
    "(Grace): denies; vapes now and then.",
    [],
    [(NEG, "REL-CONF", "'no conflict'"), (NEG, "EDU-ATT", "good attendance, no concerns"),
     (NEG, "SUB", "'denies'"), (LOOK, "SUB", "vaping is not SUB (conv 12)")])
box("Z412", C, "2026-04-20", "yellow", SG,
    "Grace open to CAMHS, weekly CBT; no self-harm since Feb. Online: no contact from the man since Nov, police "
    "investigation closed. Housing: landlord may sell next year – nothing served; family would go on the register "
    "if so.",
    ["MH-CHILD"],
    [(HIS, "SAFE-EXP", "online grooming contact ended Nov, case closed"),
     (HYP, "HOUS", "possible sale, nothing served – hypothetical")])

# ---------------------------------------------------------------- Z413
box("Z413", A, "2025-04-28", "yellow", BR,
    "Presenting need: Kinship care. Nan (Pauline) caring for Kayden (8) and Skye (5) since their mum was sent to "
    "prison in Feb; private arrangement, no SGO. Housing: 2-bed flat, Pauline sleeping on the sofa – overcrowded. "
    "Finances – child benefit not yet transferred to Pauline, living off savings.",
    ["HOUS", "FIN"],
    [(LOOK, "CARER", "kinship carer is not CARER (conv 12)"),
     (OUT, "CRIME", "mother in prison is outside the household")])
box("Z413", A, "2025-04-28", "green", BR,
    "Kayden – SEN support at Moorside Primary for dyslexia, reading age approx 6; SENCO reviewing termly.",
    ["EDU-SEND"])
box("Z413", C, "2025-10-06", "green", BR,
    "Kayden – still on SEN support, now uses a reading pen, progress good. Kayden asking about Mum a lot and upset "
    "after prison visits; ELSA sessions weekly for 6 wks.",
    ["EDU-SEND", "MH-CHILD"])

# ---------------------------------------------------------------- Z414
box("Z414", A, "2025-07-21", "yellow", LQ,
    "Presenting need: PND. Mum (Priya) EPDS 18 at HV 6-8wk contact; referral to perinatal mental health team. "
    "Suicidal thoughts: denies. Baby Arjun (8 wks) – feeding well, weight following the 50th centile. Dad: works "
    "away Mon–Fri offshore; finances: no concerns.",
    ["MH-ADULT"],
    [(NEG, "PH", "baby's feeding and weight fine"), (NEG, "FIN", "'finances: no concerns'; working away is not FIN")])
box("Z414", C, "2025-12-15", "green", LQ,
    "Perinatal team discharged Nov; Priya continues sertraline via GP, 'feels like myself again'. Arjun – reflux, "
    "GP prescribed a feed thickener. HV 1yr review due July.",
    ["MH-ADULT", "PH"],
    [(RAT, "MH-ADULT", "discharged by specialist team but ongoing GP treatment – present (conv 4)")])

# ---------------------------------------------------------------- Z415
box("Z415", A, "2025-05-19", "yellow", EW,
    "Presenting need: Dad (Lee) released on licence in April, back living at home; probation weekly. Employment – "
    "Lee not working, Mum on UC, household workless; council tax arrears £200. DA: none known – probation confirm "
    "the offence was burglary, not DA-related.",
    ["CRIME", "FIN"],
    [(NEG, "DA", "'DA: none known'")])
box("Z415", A, "2025-05-19", "green", EW,
    "Sophie (7) – unsettled since Dad came home, clingy at drop-off, teacher keeping an eye.",
    ["MH-CHILD"])
box("Z415", C, "2025-11-24", "yellow", EW,
    "Lee – referred by his work coach to Forge Works employment support, doing a CSCS course; licence ends Feb. "
    "Council tax arrears on a payment plan. Sophie: settled, no concerns from school since Sept; school will ask the "
    "SENCO to look at her reading if there is no progress by Easter.",
    ["FIN", "CRIME"],
    [(HIS, "MH-CHILD", "Sophie settled, no concerns since Sept"),
     (HYP, "EDU-SEND", "SENCO only 'if there is no progress by Easter'")])

# ---------------------------------------------------------------- Z416
box("Z416", A, "2025-08-11", "yellow", SG,
    "Presenting need: Parental separation. Hannah and Tom separated June; disputes over weekend contact, arguing at "
    "handovers in front of Isla (9) and Noah (6). DA: no – both deny, no police involvement, neither fearful. "
    "Court: C100 considered; MIAM booked with Northway Mediation.",
    ["REL-CONF"],
    [(NEG, "DA", "'DA: no – both deny'")])
box("Z416", C, "2026-01-12", "blue", SG,
    "Parents using a co-parenting app for arrangements; handovers now at paternal nan's house, no arguments since "
    "Oct.",
    ["REL-CONF"],
    [(RAT, "REL-CONF", "blue box: arrangements being managed by the parents – present")])
box("Z416", C, "2026-01-12", "green", SG,
    "Noah – bedwetting since the separation, seen at school nurse enuresis clinic, follow-up Feb.",
    ["PH"])

# ---------------------------------------------------------------- Z417
box("Z417", A, "2025-03-14", "orange", BR,
    "Presenting need: Debt. Dad (Marek) gambling debts approx £8k, bailiff letters. Landlord served possession "
    "notice for rent arrears 10/03, hearing 30/04. Alcohol: social only, no concerns. Mental health: Marek says "
    "he is low, thoughts of 'ending it' last month; GP appt booked, crisis line number given.",
    ["FIN", "HOUS", "MH-ADULT"],
    [(LOOK, "SUB", "gambling debts are FIN, not SUB (conv 10)"), (NEG, "SUB", "'Alcohol: social only, no concerns'")])
box("Z417", C, "2025-09-08", "yellow", BR,
    "DRO approved via Money Matters Brackenmoor, bailiffs stopped. Marek at a gambling support group weekly, no "
    "bets since May. Housing: landlord withdrew the possession claim after DHP cleared the arrears – tenancy safe.",
    ["FIN"],
    [(MET, "HOUS", "possession claim withdrawn, tenancy safe")])
box("Z417", C, "2025-09-08", "blue", BR,
    "Marek says his mood is better, GP reviewing monthly. Family sticking to the budget planner from Money "
    "Matters to keep on top of bills.",
    ["MH-ADULT", "FIN"])

# ---------------------------------------------------------------- Z418
box("Z418", A, "2025-10-06", "yellow", LQ,
    "Presenting need: EET / young carer. Jade (17) not in education, employment or training since leaving college "
    "in July; says she needs to be at home to help with her brother Leo (10, cerebral palsy, tube fed). Young "
    "carer assessment: requested. Mum (Claire): anxiety & depression, on medication. Finances: ESA + DLA, no "
    "arrears, managing OK.",
    ["EDU-NEET", "CARER", "PH", "MH-ADULT"],
    [(NEG, "FIN", "benefit names with 'no arrears, managing OK' (conv 5)")])
box("Z418", A, "2025-10-06", "green", LQ,
    "Leo – Fairhaven School, EHCP in place, school nurse does his feeds in school. Attendance 92%, absences are "
    "hospital appts.",
    ["EDU-SEND", "PH"])
box("Z418", C, "2026-03-09", "yellow", LQ,
    "Jade on a part-time Health & Social Care course at Kestrel College since Jan, 2 days/wk; misses days when "
    "Leo is unwell, tutor says she is at risk of dropping out. Young carers service: attending, went on their "
    "residential.",
    ["EDU-NEET", "CARER"])

# ---------------------------------------------------------------- Z419
box("Z419", A, "2025-06-23", "red", EW,
    "Presenting need: DA. Dad (Ryan) assaulted Mum (Kerry) 18/06 while she was holding Mason (4 months). Ryan "
    "arrested and charged, bail conditions not to return home. Strategy meeting 20/06, s47; ICPC 08/07. MARAC: "
    "heard 25/06.",
    ["DA"],
    [(LOOK, "CRIME", "partner's assault/arrest/charge is DA only (conv 7)")])
box("Z419", A, "2025-06-23", "orange", EW,
    "Kerry – admits using cocaine most weekends, last used Sat; referral to Bridgeway drug & alcohol service. "
    "Mason – weight dropped from 50th to 9th centile, HV weighing weekly, paeds referral.",
    ["SUB", "PH"])
box("Z419", C, "2025-10-13", "red", EW,
    "CP plan continues (category: emotional abuse). Ryan breached bail 12/09 and came to the house – Kerry rang "
    "police, Ryan remanded. Kerry: 3 clear tests at Bridgeway, still seeing her keyworker fortnightly.",
    ["DA", "SUB"],
    [(LOOK, "CRIME", "perpetrator's bail breach is DA only (conv 7)"),
     (RAT, "SUB", "clear tests but still open to the drug service – present (conv 4)")])

# ---------------------------------------------------------------- Z420
box("Z420", A, "2025-09-15", "green", SG,
    "Presenting need: Bullying. Ethan (8) picked on by Year 6 boys on the walk home – name-calling, pushed off his "
    "bike 05/09; school has spoken to the boys' parents. Ethan's speech: SALT in school for a stammer, SEN "
    "support. Dad: Crohn's disease, injections every 2 weeks, working full-time.",
    ["SAFE-EXP", "EDU-SEND", "PH"],
    [(LOOK, "SUB", "'injections' for Crohn's are not SUB"), (OUT, "CRIME", "the bullies are outside the household")])
box("Z420", A, "2025-09-15", "blue", SG,
    "Mum has read anti-bullying advice online and is walking Ethan home herself for now. Crime: N – the Year 6 "
    "boys reported to the PCSO, not a family member. Money: fine. Housing: own home.",
    ["SAFE-EXP"],
    [(NEG, "CRIME", "'Crime: N' – ASB by outsiders (conv 6)"), (NEG, "FIN", "'Money: fine'"),
     (NEG, "HOUS", "'Housing: own home'")])
box("Z420", C, "2026-01-26", "blue", SG,
    "Bullying: stopped after school intervention in Oct, no incidents since; Ethan cycling to school with a friend. "
    "Stammer: SALT discharged him, class teacher carrying on with the strategies.",
    ["EDU-SEND"],
    [(HIS, "SAFE-EXP", "'Bullying: stopped ... no incidents since'"),
     (RAT, "EDU-SEND", "SALT discharged but school strategies continue – managing, present")])

# ---------------------------------------------------------------- Z421
box("Z421", A, "2025-10-20", "orange", BR,
    "Presenting need: ASB. Tyler (14) part of a group throwing stones at buses. Known to police? Y – call-outs x3 "
    "since Sept, ASB warning letter. School: Oakmere High, 2 suspensions, on report; staff say he comes in "
    "unwashed, same shirt all week. Dad (lives in Leeds): heavy drinker per Mum, no contact for a year.",
    ["CRIME", "EDU-EXC", "SAFE-NEG"],
    [(OUT, "SUB", "father outside the household (conv 6)")])
box("Z421", A, "2025-10-20", "yellow", BR,
    "Mum (Nicola) says she has 'no control' – Tyler out till midnight, ignores curfew, swears at her. Missing "
    "episodes: N – always comes home, Nicola knows where he is. Finances: Nicola works full-time, no money worries.",
    ["REL-PAR"],
    [(NEG, "SAFE-EXP", "'Missing episodes: N'"), (NEG, "FIN", "'no money worries'")])
box("Z421", C, "2026-03-16", "green", BR,
    "School: no suspensions since Dec, off report. Attendance 93%, no concerns – EWO would only step in if it fell "
    "below 90%.",
    [],
    [(HIS, "EDU-EXC", "no suspensions since Dec, off report"), (NEG, "EDU-ATT", "'93%, no concerns'"),
     (HYP, "EDU-ATT", "EWO 'only ... if it fell below 90%'")])

# ---------------------------------------------------------------- Z422
box("Z422", A, "2025-09-08", "orange", LQ,
    "Presenting need: Housing. Amina and children Yusuf (7), Hana (4), Sami (10 wks) in B&B temporary "
    "accommodation since 02/09 – one room, shared kitchen. Finances – UC claim made, first payment not till Oct, "
    "using the food bank. School place: Yusuf starts at Harbour Lane Primary on Monday (in-year admission done).",
    ["HOUS", "FIN"],
    [(MET, "EDU-ATT", "school place sorted – need met")])
box("Z422", A, "2025-09-08", "green", LQ,
    "Hana (4) – no nursery place yet, Mum given funded-place info. Speech: age-appropriate in Arabic, English "
    "emerging. Sami – new birth visit done, 8wk imms booked. Mum's health: no concerns, mood good.",
    ["EYD"],
    [(NEG, "EYD", "speech age-appropriate (EYD is from the missing nursery place)"), (NEG, "PH", "imms booked, not missed"),
     (NEG, "MH-ADULT", "'mood good'")])
box("Z422", C, "2026-01-19", "yellow", LQ,
    "Moved to a self-contained 2-bed temporary flat in Dec – still TA, on the housing register. Citizens Advice "
    "helped with a budgeting advance for a cot and cooker; UC now in payment.",
    ["HOUS", "FIN"])

# ---------------------------------------------------------------- Z423
box("Z423", A, "2025-05-06", "blue", EW, "N/A", [], [(NEG, None, "box says only N/A")])
box("Z423", A, "2025-05-06", "green", EW,
    "Presenting need: Dad (Steve) asking for help with Ruby's (3) tantrums at home – hitting, screaming at "
    "bedtime. HV gave info on the 'Calm Kids' course at the family hub.",
    ["REL-PAR"])
box("Z423", C, "2025-11-17", "blue", EW,
    "Steve completed Calm Kids in Oct; uses 'time-in' and a set bedtime, tantrums much less often. Nursery says "
    "Ruby is settled.",
    ["REL-PAR"],
    [(RAT, "REL-PAR", "course finished but tantrums still happen and are being managed – present (blue)")])

# ---------------------------------------------------------------- Z424
box("Z424", A, "2025-08-26", "orange", SG,
    "Presenting need: Parental mental health. Mum (Dawn) – bipolar, sectioned in Aug, now home under CMHT with a "
    "care coordinator. Dad (Paul) main carer, took unpaid leave – finances stretched, council tax reminder, "
    "overdrawn. Household: Dawn, Paul, Ellie (12).",
    ["MH-ADULT", "FIN"],
    [(LOOK, "CARER", "an adult 'main carer' is not CARER (conv 12)")])
box("Z424", A, "2025-08-26", "yellow", SG,
    "Ellie (12) – Young carer: not at present, Dad does the caring; if Mum is readmitted Ellie may need young "
    "carer support – to be reviewed. Ellie low mood, won't have friends round, school counsellor referral made. "
    "Attendance: 95%.",
    ["MH-CHILD"],
    [(HYP, "CARER", "'if Mum is readmitted Ellie may need young carer support'"),
     (NEG, "EDU-ATT", "'Attendance: 95%' – no concern")])
box("Z424", C, "2026-02-02", "green", SG,
    "Dawn stable, CMHT review 3-monthly, lithium bloods via GP. Paul back at work full-time, overdraft cleared, "
    "finances back on track.",
    ["MH-ADULT"],
    [(HIS, "FIN", "'overdraft cleared, finances back on track'"), (LOOK, "SUB", "lithium is not SUB")])

# ---------------------------------------------------------------- Z425
box("Z425", A, "2025-03-10", "yellow", BR,
    "Presenting need: Dad (Dean) smoking cannabis daily in the flat – smell noted by HV; Dean says only on the "
    "balcony. Supervision: Kacey (2) found alone in the communal stairwell by a neighbour 02/03. Mum (Stacey) "
    "smokes 10 cigs a day, stop-smoking service offered. DA: no concerns, no police history.",
    ["SUB", "SAFE-NEG"],
    [(LOOK, "SUB", "Mum's cigarettes are not SUB (conv 12)"), (NEG, "DA", "'DA: no concerns'")])
box("Z425", A, "2025-03-10", "green", BR,
    "Kacey – 2yr review: unsteady walking, few words; HV referral to SALT drop-in. 2yr funded nursery place: not "
    "taken up, info given.",
    ["EYD"])
box("Z425", C, "2025-08-04", "yellow", BR,
    "Dean engaging with Bridgeway (cannabis), 4 sessions so far, smoking outside only now. Safety gate and door "
    "chain fitted after Kacey got out in March, no further incidents.",
    ["SUB"],
    [(HIS, "SAFE-NEG", "supervision incident in March, remedied, none since")])

# ---------------------------------------------------------------- Z426
box("Z426", A, "2025-06-16", "blue", LQ,
    "Presenting need: Mum (Gemma) asking about free school meals & holiday activities for Jack (7) and Evie (5). "
    "Finances – on maternity pay, money tight over the summer; signposted to the FSM online form and HAF.",
    ["FIN"])
box("Z426", A, "2025-06-16", "green", LQ,
    "School: both at St Anselm's, attendance 97% / 96%, no concerns. Evie – school nurse height & weight check: fine.",
    [],
    [(NEG, "EDU-ATT", "good attendance, no concerns"), (NEG, "PH", "weight check fine")])
box("Z426", C, "2025-09-29", "blue", LQ,
    "FSM approved for both, HAF places used in August. Gemma says 'we're OK now', back at work part-time from Oct; "
    "knows to re-apply for help should her hours be cut.",
    [],
    [(MET, "FIN", "FSM in place, 'we're OK now' – need met"),
     (HYP, "FIN", "'should her hours be cut'")])

# ---------------------------------------------------------------- Z427
box("Z427", A, "2025-10-27", "red", EW,
    "Presenting need: CSE risk. Chloe (15) missing overnight x3 in Oct, found by police in the flat of a 19-yr-old "
    "man. Strategy meeting 24/10, s47, CIN plan agreed. Alcohol: Chloe drinking vodka with older friends most "
    "weekends; A&E 12/10, intoxicated. Police: returned her home – no offences by Chloe.",
    ["SAFE-EXP", "SUB"],
    [(NEG, "CRIME", "police safeguarding, 'no offences by Chloe' (conv 7)")])
box("Z427", A, "2025-10-27", "orange", EW,
    "Chloe and Mum (Sarah) rowing daily – name-calling, door-slamming; after Mum took her phone Chloe smashed a "
    "window. CAMHS: GP referral for low mood, awaiting triage. School: Oakmere High, attendance 68%, leaving after "
    "lunch.",
    ["REL-PAR", "MH-CHILD", "EDU-ATT"],
    [(RAT, "REL-PAR", "parent-child rows are REL-PAR, not REL-CONF (conv 8)")])
box("Z427", C, "2026-04-13", "orange", EW,
    "CIN stepped down to TAF. Chloe sees a specialist CSE worker from the Horizon project weekly; no missing "
    "episodes since Dec. Alcohol: still drinking at weekends but less, Horizon worker doing alcohol sessions.",
    ["SAFE-EXP", "SUB"])
box("Z427", C, "2026-04-13", "yellow", EW,
    "Sarah on the 'Steady Ground' course for parents of teens – rows less often but still most weeks. CAMHS: "
    "assessed, below threshold, passed to school counsellor – Chloe seeing her fortnightly.",
    ["REL-PAR", "MH-CHILD"],
    [(RAT, "MH-CHILD", "below CAMHS threshold but still in counselling – present")])

# ---------------------------------------------------------------- Z428
box("Z428", A, "2025-05-26", "yellow", SG,
    "Presenting need: NEET. Kieran (17) NEET since being let go from his apprenticeship in March; missed 2 careers "
    "adviser appts. Kieran's girlfriend (lives with her parents) is pregnant, due Oct. Finances – Mum works "
    "full-time, Kieran has no income, Mum says 'we manage'.",
    ["EDU-NEET"],
    [(LOOK, "FIN", "NEET alone does not add FIN (conv 11); 'we manage'"),
     (OUT, "PH", "girlfriend's pregnancy – outside the household")])
box("Z428", A, "2025-05-26", "green", SG,
    "Kieran – asthma, uses inhaler, GP asthma review overdue. Ollie (12): doing well, no concerns. Criminal "
    "record: Kieran – none; police: no involvement.",
    ["PH"],
    [(NEG, "CRIME", "'Criminal record: none; police: no involvement'")])
box("Z428", C, "2026-01-05", "yellow", SG,
    "Kieran on a Level 2 construction course at Kestrel College since Sept, attendance 70%, tutor says at risk of "
    "being withdrawn. Launchpad keyworker checking in weekly.",
    ["EDU-NEET"])

# ---------------------------------------------------------------- Z429
box("Z429", A, "2025-02-03", "green", BR,
    "Presenting need: Health. Maisie (10) – Type 1 diabetes diagnosed Jan; diabetes nurse trained school staff, "
    "Maisie learning to count carbs. Hospital appts: 2 missed (clashed with Mum's shifts), rebooked. Weight: healthy.",
    ["PH"],
    [(LOOK, "FIN", "working shifts is not FIN (conv 5)")])
box("Z429", A, "2025-02-03", "yellow", BR,
    "Mum (Karen) – single parent, works 3 days as a pharmacy dispenser. Struggling with Maisie's night-time glucose "
    "checks, exhausted, asking for help. Finances: DLA claim for Maisie refused, mandatory reconsideration with "
    "Citizens Advice.",
    ["PH", "FIN"])
box("Z429", C, "2025-07-21", "blue", BR,
    "Maisie managing her own pump now with school support; no missed appts since March. DLA awarded at appeal, "
    "backdated – Karen says the money side is 'sorted'.",
    ["PH"],
    [(MET, "FIN", "DLA awarded, 'sorted' – benefit problem over")])

# ---------------------------------------------------------------- Z430
box("Z430", A, "2025-11-24", "orange", LQ,
    "Presenting need: Managed move. Harvey (13) moved from Corrowdale Academy to Kingsway Academy in Nov on a "
    "managed move after repeated defiance and a fight. Online: Harvey talking to unknown adults on his headset "
    "while gaming, no parental controls. Dad (Mike): depression, off sick, SSP ended – now on UC, struggling with "
    "rent, £420 arrears.",
    ["EDU-EXC", "SAFE-EXP", "MH-ADULT", "FIN"])
box("Z430", A, "2025-11-24", "yellow", LQ,
    "Home: Dad and Harvey 'get on well', no arguments. Harvey cooks tea at weekends like any teenager – not a young "
    "carer. Harvey's mum: lives in Spain, no contact, history of alcohol misuse.",
    [],
    [(NEG, "REL-PAR", "'get on well, no arguments'"), (NEG, "CARER", "'not a young carer'"),
     (OUT, "SUB", "mother abroad, outside household, and historical")])
box("Z430", C, "2026-05-11", "green", LQ,
    "Harvey settled at Kingsway – managed move made permanent in April, no behaviour points this half term. "
    "Parental controls now on, Xbox kept in the lounge.",
    ["SAFE-EXP"],
    [(HIS, "EDU-EXC", "managed move completed, no behaviour points"),
     (RAT, "SAFE-EXP", "green box: online-safety measures now in place = managing, present")])

# ---------------------------------------------------------------- unboxed notes
note("Z4V01", A, "2025-04-02", EW,
     "Case note – phone call with Mum (Rachel). Evie (6) attendance 86%, school worried. Evie has had tonsillitis "
     "x5 since Sept, GP referral to ENT. Rachel says mornings are chaos, Evie won't get dressed. Family support "
     "worker to visit next week.",
     ["EDU-ATT", "PH", "REL-PAR"], "yellow",
     [(LVL, None, "highest cue: family support worker -> yellow")])
note("Z4V02", C, "2026-01-14", SG,
     "Closure summary – TAF plan closed 14/01/26. Jordan (15): no police call-outs since Sept, YOS order completed "
     "Nov. School attendance 88%, school still monitoring; college taster days booked. Mum still anxious about "
     "his friends, but no evidence of exploitation.",
     ["EDU-ATT"], "orange",
     [(HIS, "CRIME", "call-outs stopped, YOS order completed"), (NEG, "SAFE-EXP", "'no evidence of exploitation'"),
      (LOOK, "MH-ADULT", "Mum 'anxious about his friends' is worry, not a mental-health need"),
      (LVL, None, "highest cue in the text: TAF/police/YOS -> orange, even though those are now closed")])
note("Z4V03", A, "2025-06-11", EW,
     "Drop-in at Eastwell family hub. Dad (Sam) asked about Rosie's (2y 6m) talking – a handful of words only. "
     "Given 'chat, play, read' tips and the library Rhyme Time times; Sam will try these and pop back to the "
     "drop-in in 6 weeks. Grandparents very involved.",
     ["EYD"], "blue",
     [(LVL, None, "signposting the family acts on itself -> blue")])
note("Z4V04", A, "2025-11-05", BR,
     "Referral from school nurse: Aaron (11) BMI above 99th centile; school nurse running healthy-lifestyle sessions "
     "with him, GP aware. Mum receptive. Safeguarding: none. FSM: yes.",
     ["PH"], "green",
     [(LOOK, "FIN", "FSM alone is not a money problem"), (NEG, None, "'Safeguarding: none'"),
      (LVL, None, "school nurse/GP only -> green")])
note("Z4V05", A, "2026-02-02", LQ,
     "Strategy meeting 02/02/26: Mum (Toni) disclosed her partner (lives with the family) strangled her last night, "
     "Leah (13) and Callum (9) in the house. s47 agreed. Partner arrested, bailed to an address away from the "
     "family. Leah self-harming (scratching arms), school counsellor aware.",
     ["DA", "MH-CHILD"], "red",
     [(LOOK, "CRIME", "partner's arrest for the assault is DA only (conv 7)"),
      (LVL, None, "strategy meeting / s47 -> red")])
note("Z4V06", C, "2025-12-08", BR,
     "Closure note – Mum (Bev) completed the budgeting course with Citizens Advice; gas & electric arrears cleared, "
     "fixed direct debit set up. Debt: none outstanding. Dylan (8) attendance 97% all year. Bev's drinking – not a "
     "concern, 'a glass at Christmas'. If bills build up again Bev will go back to CA.",
     [], "yellow",
     [(HIS, "FIN", "arrears cleared, no debt outstanding"), (NEG, "SUB", "'not a concern'"),
      (NEG, "EDU-ATT", "97% – good news only"), (HYP, "FIN", "'If bills build up again'")])


def main():
    with open(os.path.join(HERE, "narratives.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"])
        w.writerows(ROWS)
    with open(os.path.join(HERE, "gold.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "code", "level"])
        w.writerows(GOLD)
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8") as f:
        json.dump(TRAPS, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("narratives:", len(ROWS), "gold rows:", len(GOLD), "narratives with trap notes:", len(TRAPS))


if __name__ == "__main__":
    main()
