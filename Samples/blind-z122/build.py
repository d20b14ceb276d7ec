#!/usr/bin/env python3
"""Blind gold set z122: child-to-parent violence (CPV) in an outer London borough, 2025-26.

Written from /work/shared/taxonomy.md only. Each narrative is entered once, with its gold
codes and trap notes beside it. Running this writes narratives.csv, gold.csv and traps.json
(UTF-8, no BOM, CRLF) and prints counts.

Invented borough localities: Elmstead Heath, Corbridge Park, Hatchmoor, Wyvern Green.
Writers: an Adolescent Support Team (AST) worker and a youth justice (YJ) prevention worker.
"""
import csv
import json
import os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))

NARR = []   # dicts for narratives.csv
GOLD = []   # (narrative_id, code, level)
TRAPS = {}  # narrative_id -> list of {type, code, note}

CASE_INFO = {}  # case_id -> locality


def T(type_, code, note):
    return {"type": type_, "code": code, "note": note}


def add(case, stage, level, date, text, codes, traps=None, note_level=None):
    """level: box level, or None for an unboxed note (then note_level gives the gold level)."""
    loc = CASE_INFO[case]
    st = {"A": "assessment", "C": "closure"}[stage]
    triage = f"{case}-{stage}"
    nid = f"{triage}-{level if level else 'note'}"
    assert all(n["narrative_id"] != nid for n in NARR), nid
    assert len(set(codes)) == len(codes), nid
    NARR.append({
        "narrative_id": nid, "triage_id": triage, "case_id": case, "stage": st,
        "date": date, "level": level or "", "locality": loc, "narrative": text,
    })
    gl = level if level else note_level
    if codes:
        assert gl, nid
    for c in codes:
        GOLD.append((nid, c, gl))
    if traps:
        TRAPS[nid] = traps


def case(cid, loc):
    CASE_INFO[cid] = loc


# ---------------------------------------------------------------------------
# Z001  Kyle (15), mum Donna, Maisie (9)
case("Z001", "Elmstead Heath")
add("Z001", "A", "yellow", "2025-04-14",
    "Donna says Kyle (15) has punched holes in his bedroom door and the bathroom door since Xmas, "
    "and last month pushed her into the kitchen worktop when she took his phone off him at 11pm. "
    "She describes 'walking on eggshells' and is exhausted. Maisie (9) takes herself off to her room "
    "when he kicks off. AST to start weekly NVR sessions with Donna.",
    ["REL-PAR"],
    [T("convention", "REL-PAR", "Pushing mum and damaging doors is child-to-parent violence: REL-PAR, not DA (conv 8). No police in this box, so no CRIME."),
     T("not-coded", "MH-ADULT", "'Exhausted' / 'walking on eggshells' describe the effect of the CPV; no mental-health condition or service named, so MH-ADULT not coded."),
     T("not-coded", "HOUS", "Holes in doors are damage by the young person, not disrepair or a tenancy risk."),
     T("not-coded", "MH-CHILD", "Maisie going to her room is not described as an emotional-wellbeing need.")])
add("Z001", "A", "orange", "2025-04-14",
    "Police called x3 Feb-Mar, once after Kyle smashed the TV and once when he threatened Donna with a "
    "screwdriver, NFA each time. Referred to YJS prevention (Turnaround). At school he is on report and "
    "has had 2 suspensions this yr for swearing at staff.",
    ["CRIME", "REL-PAR", "EDU-EXC"],
    [T("convention", "CRIME", "Police call-outs about the young person's behaviour and a YJ prevention referral are CRIME alongside REL-PAR (conv 7, 8), even with NFA.")])
add("Z001", "C", "blue", "2025-09-22",
    "Donna is using 'strike while the iron is cold' and texts her sister (her NVR supporter) when Kyle "
    "starts to escalate. Last incident was a slammed door in August, nothing physical since June. "
    "Kyle finished Turnaround in Aug.",
    ["REL-PAR"],
    [T("convention", "REL-PAR", "Blue box: Donna is now managing escalations with NVR strategies and a supporter = present (conv 3), even though nothing physical since June."),
     T("historical", "CRIME", "Turnaround finished in August; no current police/YJ involvement.")])

# ---------------------------------------------------------------------------
# Z002  Amara (14), mum Grace, Tobi (7), mum's partner Leon
case("Z002", "Corbridge Park")
add("Z002", "A", "red", "2025-05-02",
    "S47 completed after Amara (14) told her form tutor that mum's partner Leon hit mum (Grace) during a row "
    "on 26/4 in front of her and Tobi (7). Strategy mtg held, outcome CIN plan; Leon has agreed not to return "
    "to the address. Amara has also bitten and scratched Grace twice when Grace stood in the doorway to stop "
    "her going out at night.",
    ["DA", "REL-PAR"],
    [T("convention", "REL-PAR", "Amara biting/scratching mum is CPV = REL-PAR, kept separate from the adult DA (conv 8)."),
     T("convention", "DA", "Leon's assault on Grace is DA; the 'row' is part of the abuse so no REL-CONF (conv 8).")])
add("Z002", "A", "orange", "2025-05-02",
    "Amara reported missing x2 in April, found by police both times at a friend's flat on Ashford Rd. "
    "RHIs done, no exploitation indicators identified at this stage. CAMHS referral sent re low mood and cutting.",
    ["SAFE-EXP", "MH-CHILD"],
    [T("convention", "CRIME", "Police finding a missing child is safeguarding, not CRIME (conv 7)."),
     T("partial", "SAFE-EXP", "'No exploitation indicators' negates exploitation only; the missing episodes are themselves SAFE-EXP.")])
add("Z002", "A", "yellow", "2025-05-02",
    "Tobi (7) has started wetting the bed again since the incident. Grace has started the Freedom Programme at "
    "Corbridge Park Family Hub.",
    ["PH", "DA"],
    [T("convention", "PH", "Bedwetting at school age is PH (conv 9)."),
     T("convention", "DA", "Freedom Programme codes DA (conv 4).")])
add("Z002", "C", "blue", "2025-11-10",
    "Grace completed the Freedom Programme in Oct and has Leon blocked on everything, no contact since May. "
    "She and Amara do a Sunday cook-together; they still argue about curfew but there have been no physical "
    "incidents since the summer.",
    ["REL-PAR"],
    [T("historical", "DA", "Programme completed, no contact since May: DA described as over."),
     T("convention", "REL-PAR", "Ongoing parent-child arguments about curfew are REL-PAR (conv 8), present.")])

# ---------------------------------------------------------------------------
# Z003  Reece (16), mum Sharon
case("Z003", "Hatchmoor")
add("Z003", "A", "orange", "2025-04-22",
    "Reece (16) smoking cannabis daily. Mum (Sharon) says he gets aggressive when he runs out and demands money "
    "off her, and he has taken her bank card x2. Police attended 19/3 after he threw a garden chair through the "
    "patio door. YOS prevention referral made.",
    ["SUB", "REL-PAR", "CRIME"],
    [T("not-coded", "FIN", "Demanding money and taking mum's card is part of the CPV; no debt, arrears or poverty described.")])
add("Z003", "A", "yellow", "2025-04-22",
    "Reece left Hatchmoor College in Feb and is currently not in any education or training. EHW to take him "
    "to the Youth Hub for a careers appt. Sharon on UC, works 16hrs at the Co-op.",
    ["EDU-NEET"],
    [T("convention", "FIN", "16+ NEET is EDU-NEET only (conv 11); UC named without a money problem is not FIN (conv 5); Sharon is working.")])
add("Z003", "C", "yellow", "2025-10-15",
    "Reece engaging with Compass (YP drug & alcohol service), says he's down to weekends only. Started a 12 wk "
    "construction skills course at the Youth Hub in Sept and attending well.",
    ["SUB"],
    [T("convention", "SUB", "Ongoing drug service plus continued weekend use: present (conv 4)."),
     T("not-coded", "EDU-NEET", "Reece is now on a course; no NEET or risk of NEET stated.")])

# ---------------------------------------------------------------------------
# Z004  Ellie (13), ASD, dad Mark
case("Z004", "Wyvern Green")
add("Z004", "A", "yellow", "2025-05-12",
    "Ellie (13) has an EHCP for autism and attends the resource base at Wyvern High. Dad (Mark) describes "
    "meltdowns most days after school - she hits him, pulls his hair and has broken 2 phones and the router. "
    "AST to do sessions with Mark on a low arousal approach.",
    ["EDU-SEND", "REL-PAR"])
add("Z004", "A", "green", "2025-05-12",
    "Ellie not getting off to sleep till 2-3am, GP has refered to the paeds sleep clinic. Mark has a bad back "
    "and is off sick on SSP. Attendance not an issue, 96%.",
    ["PH"],
    [T("convention", "PH", "Sleep problem at school age (conv 9) and Mark's back both PH; one code."),
     T("not-coded", "FIN", "Being off sick on SSP is not a described money problem (conv 5)."),
     T("not-coded", "EDU-ATT", "'Attendance not an issue, 96%': good news with no need stated (conv 3).")])
add("Z004", "C", "blue", "2025-10-20",
    "Mark uses the low arousal approach and a visual countdown before screen time ends; hitting is now rare "
    "(once in Sept). He has joined the Parent Carer Forum coffee morning.",
    ["REL-PAR"],
    [T("convention", "REL-PAR", "Blue box, now managing (conv 3); an incident in Sept is still current."),
     T("convention", "CARER", "'Parent carer' is not a young carer (conv 12).")])

# ---------------------------------------------------------------------------
# Z005  Jordan (17), mum Tanya, Lily (11)
case("Z005", "Elmstead Heath")
add("Z005", "A", "orange", "2025-06-03",
    "Jordan (17) arrested 28/5 after threatening mum (Tanya) with a kitchen knife in a row about his curfew - "
    "released under investigation. He is already on a referral order with YOS for a robbery in Jan.",
    ["REL-PAR", "CRIME"],
    [T("convention", "DA", "Threat by a son against his mother is CPV: REL-PAR + CRIME (arrest, YOS), not DA (conv 8).")])
add("Z005", "A", "red", "2025-06-03",
    "Strategy meeting 30/5 re risk to Lily (11) from Jordan's aggression at home; s47 not progressed, outcome "
    "CIN assessment. Lily has told school she hides in the wardrobe when Jordan shouts and has been having panic "
    "attacks. Tanya experienced DV from Jordan's father, who is now in prison - no contact since 2021.",
    ["REL-PAR", "MH-CHILD"],
    [T("historical", "DA", "DV from Jordan's father ended, no contact since 2021."),
     T("outside", "CRIME", "Father in prison is outside the household; not CRIME (conv 6).")])
add("Z005", "C", "orange", "2026-01-12",
    "Jordan remains on the referral order until March and is attending all appts. Tanya has reset curfew to "
    "10pm; one missed curfew and a shouting match over Christmas, police not called.",
    ["CRIME", "REL-PAR"],
    [T("partial", "CRIME", "'Police not called' negates a call-out only; the live YOS referral order is CRIME."),
     T("convention", "REL-PAR", "Curfew and a parent-child shouting match = REL-PAR (conv 8).")])
add("Z005", "C", "yellow", "2026-01-12",
    "Lily finished 6 sessions with the Talkzone school counsellor in Nov, no panic attacks reported since "
    "October. Tanya says she is sleeping better herself.",
    [],
    [T("historical", "MH-CHILD", "Counselling finished and no panic attacks since October: described as over."),
     T("not-coded", "PH", "'Sleeping better' is good news with no sleep problem stated in this box (conv 3).")])

# ---------------------------------------------------------------------------
# Z006  Mohamed (12), mum Hodan, 3 younger siblings
case("Z006", "Corbridge Park")
add("Z006", "A", "orange", "2025-06-16",
    "Mohamed (12) permanently excluded from Corbridge Park Academy 10/6 for assaulting a TA, now at Parkside PRU. "
    "Mum (Hodan) says he kicks and punches her when told to come off the Xbox; twice she has locked herself in "
    "the bathroom with the younger 3. Somali interpreter needed for all meetings.",
    ["EDU-EXC", "REL-PAR"],
    [T("not-coded", "CRIME", "Assault on a TA dealt with by exclusion; no police or youth justice mentioned, so no CRIME.")])
add("Z006", "A", "yellow", "2025-06-16",
    "Mohamed referred onto the ADHD assessment pathway, community paeds appt awaited. 6 of them in a 2 bed flat, on the housing "
    "register (band B). Hodan has type 2 diabetes and has missed her last 2 diabetic reviews.",
    ["EDU-SEND", "HOUS", "PH"],
    [T("convention", "EDU-SEND", "Being on the ADHD assessment pathway = EDU-SEND (conv 4).")])
add("Z006", "C", "orange", "2025-12-08",
    "Mohamed diagnosed ADHD in Oct, started meds, PRU report better focus. Reintegration panel in Jan to consider "
    "a managed move to Hatchmoor Academy. Family still in the 2 bed, bidding weekly, OT letter re overcrowding "
    "sent to Housing.",
    ["EDU-SEND", "EDU-EXC", "HOUS"],
    [T("convention", "EDU-SEND", "ADHD diagnosis and treatment = EDU-SEND (ADHD sits under EDU-SEND in the taxonomy; conv 4)."),
     T("hypothetical", "EDU-EXC", "Judged present, not hypothetical: the reintegration panel for a pupil in a PRU is a live exclusion/managed-move process, not an 'if'.")])

# ---------------------------------------------------------------------------
# Z007  Sam (15), dad Gary  (unboxed note at assessment)
case("Z007", "Hatchmoor")
add("Z007", "A", None, "2025-07-07",
    "Home visit w/ Sam (15) and dad Gary. Gary rang 999 on Sat night after Sam headbutted him during a row about "
    "Sam's vape; police gave Sam a community resolution. Sam says Gary drinks 6-8 cans most nights, Gary says 'a "
    "few'. Sam has refused school since half term. Next step YJ prevention assessment.",
    ["REL-PAR", "CRIME", "SUB", "EDU-ATT"],
    [T("convention", "CRIME", "Police call-out and community resolution for the CPV: REL-PAR + CRIME (conv 8); note level orange from the police call-out cue (conv 2)."),
     T("not-coded", "SUB", "Sam's vaping is not SUB (conv 12); SUB is coded for Gary's drinking."),
     T("partial", "SUB", "Gary minimising ('a few') is not a denial; the account of 6-8 cans most nights stands as present.")],
    note_level="orange")
add("Z007", "C", "yellow", "2025-12-01",
    "Gary going to Hatchmoor Alcohol Service fortnightly, says he's cut down to weekends. Sam back in school on a "
    "reduced timetable, 3 days. They still clash over the vape but nothing physical since July.",
    ["SUB", "EDU-ATT", "REL-PAR"],
    [T("convention", "EDU-ATT", "Reduced (part-time) timetable = EDU-ATT."),
     T("convention", "REL-PAR", "Ongoing parent-child clashes = REL-PAR (conv 8) even though nothing physical since July.")])

# ---------------------------------------------------------------------------
# Z008  Chloe (16), Harvey (8), mum Nicola, ex-partner Dean
case("Z008", "Wyvern Green")
add("Z008", "A", "orange", "2025-06-20",
    "Chloe (16) under the CAMHS crisis team since an overdose in May. When she's distressed she smashes plates "
    "and has slapped mum (Nicola) across the face. Nicola does not want police involved and has not reported it.",
    ["MH-CHILD", "REL-PAR"],
    [T("negated", "CRIME", "No police involvement: CPV is REL-PAR only (conv 8).")])
add("Z008", "A", "red", "2025-06-20",
    "Nicola's ex-partner Dean breached the non-mol twice in June, MARAC 19/6. ICPC 24/6 - Chloe and Harvey (8) "
    "made subject to CP plans under emotional harm.",
    ["DA"],
    [T("convention", "CRIME", "An ex-partner's breach of a non-molestation order is DA only (conv 7); Dean is outside the household but his effect on the family is DA (conv 6)."),
     T("not-coded", "MH-CHILD", "'Emotional harm' is the CP category, not a described emotional-wellbeing need of the children.")])
add("Z008", "A", "yellow", "2025-06-20",
    "Nicola on the waiting list for Talking Therapies (depression). Harvey makes breakfast for himself and mum on "
    "her bad days and reminds her to take her tablets - referred to Wyvern Young Carers.",
    ["MH-ADULT", "CARER"])
add("Z008", "C", "blue", "2026-01-19",
    "Chloe and Nicola use a code word when Chloe needs space. No damage or physical incidents since August and "
    "Nicola says she no longer feels frightened at home.",
    ["REL-PAR"],
    [T("convention", "REL-PAR", "Blue box: they are now managing Chloe's escalation with a code word = present (conv 3); the 'since August' clause ends the violence, not the need.")])

# ---------------------------------------------------------------------------
# Z009  Tyler (14), mum Kerry
case("Z009", "Elmstead Heath")
add("Z009", "A", "orange", "2025-07-14",
    "Tyler (14) found by BTP at Southend Central with 14 wraps of crack and £400 cash, NRM submitted, CCE "
    "concerns. When mum (Kerry) tries to stop him leaving the house he has pushed her down the stairs (Feb) and "
    "punched her arm.",
    ["SAFE-EXP", "CRIME", "REL-PAR"],
    [T("convention", "SUB", "Drugs found on an exploited child are SAFE-EXP and CRIME, not SUB (conv 12).")])
add("Z009", "A", "yellow", "2025-07-14",
    "Tyler on a part time timetable (mornings only) at Elmstead Heath School. Kerry gave up her job to keep an "
    "eye on him and is behind on council tax (£620), summons recieved. She worries she could lose the flat if it "
    "goes to bailiffs.",
    ["EDU-ATT", "FIN"],
    [T("hypothetical", "HOUS", "Losing the flat is only a feared possibility ('could ... if'); no notice or housing problem described.")])
add("Z009", "C", "orange", "2025-12-15",
    "Tyler still open to the Exploitation team and to YOS for the possession with intent charge; 1 missing "
    "episode in Nov, found by police in Romford. Council tax now on a payment plan via Citizens Advice.",
    ["SAFE-EXP", "CRIME", "FIN"],
    [T("convention", "CRIME", "CRIME from the YOS involvement and charge; police finding him when missing is safeguarding (conv 7)."),
     T("convention", "FIN", "Arrears on a payment plan are still a current debt.")])

# ---------------------------------------------------------------------------
# Z011  Arjun (13), mum Priya  (unboxed note at assessment)
case("Z011", "Hatchmoor")
add("Z011", "A", None, "2025-07-21",
    "Call from mum (Priya) re Arjun (13) - he put his foot through the bathroom door and kicked the car after she "
    "took his phone. First time she has asked for help. Gave her the Family Lives helpline no. and a leaflet on "
    "teenage anger; her brother has offered to have Arjun some weekends and she is going to take him up on it.",
    ["REL-PAR"],
    [T("convention", "REL-PAR", "Unboxed note: only signposting and the family's own network, so blue (conv 2)."),
     T("not-coded", "CRIME", "Damage to the family car, no police: REL-PAR only.")],
    note_level="blue")
add("Z011", "C", "green", "2025-11-03",
    "Arjun's Head of Year says no behaviour concerns in school. Arjun told the GP he feels 'angry all the time' and "
    "worries about his exams, GP has asked the school nurse to see him.",
    ["MH-CHILD"],
    [T("negated", "EDU-EXC", "'No behaviour concerns in school'."),
     T("partial", "MH-CHILD", "The negation covers school behaviour only; the later anger/worry is a present emotional-wellbeing need.")])

# ---------------------------------------------------------------------------
# Z012  Daniel (16), nan Pat (SGO)
case("Z012", "Wyvern Green")
add("Z012", "A", "orange", "2025-08-04",
    "Daniel (16) lives with his maternal nan Pat (71) under an SGO. Police called 4 times since Easter - he put "
    "his fist through the kitchen window and snapped Pat's glasses when she wouldn't give him money. Pat is "
    "frightened and says she can't go on like this; placement at risk of breaking down.",
    ["REL-PAR", "CRIME"],
    [T("convention", "CARER", "Pat is a kinship carer; 'carer' alone is not CARER (conv 12)."),
     T("convention", "REL-PAR", "Violence towards the SGO carer is treated as child-to-parent violence (she is his parent figure): REL-PAR + CRIME (conv 8).")])
add("Z012", "A", "yellow", "2025-08-04",
    "Daniel has an EHCP (SEMH) and attends Oakwood College 3 days/wk. Pat has COPD, on oxygen at night, and told "
    "her GP she feels low and tearful most days.",
    ["EDU-SEND", "PH", "MH-ADULT"])
add("Z012", "C", "orange", "2026-02-02",
    "Two more police call outs in Jan after Daniel kicked the bedroom door in. Kinship SW now allocated, support "
    "plan meeting booked. Pat has started the kinship carers' NVR group.",
    ["CRIME", "REL-PAR"])

# ---------------------------------------------------------------------------
# Z013  Nia (11), mum Jade
case("Z013", "Elmstead Heath")
add("Z013", "A", "yellow", "2025-09-15",
    "Nia (11) in Y7 at Elmstead Heath School, refusing since Sept, attendence 61%. Every morning ends in a "
    "meltdown and she scratches and kicks mum (Jade) when Jade tries to get her into the car.",
    ["EDU-ATT", "REL-PAR"])
add("Z013", "A", "green", "2025-09-15",
    "Nia told the GP she feels sick with worry on Sunday nights; GP suggested the school nurse. SENCo looking at "
    "SEN support as her reading is well behind - ?dyslexia.",
    ["MH-CHILD", "EDU-SEND"],
    [T("not-coded", "PH", "'Feels sick with worry' is anxiety (MH-CHILD), not a physical illness.")])
add("Z013", "C", "yellow", "2026-01-26",
    "Phased return - in school 4 mornings a wk, attendance this half term 78%. EHW still doing 2 morning visits "
    "a week. Mornings much calmer, no kicking since half term.",
    ["EDU-ATT"],
    [T("historical", "REL-PAR", "'No kicking since half term', mornings calmer: described as over.")])

# ---------------------------------------------------------------------------
# Z014  Kai (17), Gemma (13), mum Lorraine, dad Steve
case("Z014", "Corbridge Park")
add("Z014", "A", "red", "2025-07-02",
    "Lorraine disclosed that Steve controls all the money and checks her phone, and shoved her into a door at "
    "Christmas. Kai (17) punched Steve during a row in March. Strategy discussion 2/7, s47, outcome CIN plan.",
    ["DA", "REL-PAR"],
    [T("convention", "FIN", "Controlling the money is economic abuse = DA; no debt or poverty described, so no FIN."),
     T("convention", "REL-PAR", "Kai punching his father is child-to-parent violence = REL-PAR, not DA (conv 8).")])
add("Z014", "A", "orange", "2025-07-02",
    "Kai smoking skunk heavily; sectioned briefly in May with paranoid thoughts, now with the Early Intervention "
    "in Psychosis team. Police attended 12/3 for the fight between Kai and his dad. Sister Gemma (13) anxious, says "
    "she can't sleep when there's shouting.",
    ["SUB", "MH-CHILD", "CRIME", "REL-PAR", "PH"],
    [T("convention", "PH", "Gemma (13) can't sleep: a sleep problem at school age is PH (conv 9), coded alongside MH-CHILD for her anxiety (and Kai's psychosis)."),
     T("convention", "CRIME", "Police call-out about the young person's fight with his father = CRIME + REL-PAR (conv 7, 8).")])
add("Z014", "A", "yellow", "2025-07-02",
    "Kai NEET since leaving Corbridge Sixth Form in Jan, EHW to support with CV and applications.",
    ["EDU-NEET"])
add("Z014", "C", "orange", "2025-12-17",
    "Steve moved out in Aug; Lorraine has an IDVA and a non-mol. Kai still under EIP, using less. Lorraine worried "
    "about money since Steve left, UC claim in, had a food bank voucher in Nov.",
    ["DA", "MH-CHILD", "SUB", "FIN"],
    [T("convention", "DA", "IDVA and non-mol still in place: ongoing DA service (conv 4)."),
     T("convention", "FIN", "Food bank voucher and money worries = FIN (conv 10); UC here sits with a described money problem (conv 5).")])

# ---------------------------------------------------------------------------
# Z015  Ollie (10), Poppy (6), mum Claire
case("Z015", "Hatchmoor")
add("Z015", "A", "yellow", "2025-09-22",
    "Ollie (10) - ADHD dx last year, on meds. Hitting and biting his sister Poppy (6) and mum (Claire) most days "
    "after school, Claire has bruises up her arms. Referred to Calmer Homes, 10 wk parenting course.",
    ["EDU-SEND", "REL-PAR"],
    [T("convention", "EDU-SEND", "Diagnosed ADHD on medication coded EDU-SEND (ADHD sits under EDU-SEND; conv 4). Not PH."),
     T("convention", "REL-PAR", "Aggression towards mum and sibling at home = REL-PAR.")])
add("Z015", "A", "green", "2025-09-22",
    "Meadowside Primary - Ollie has a movement break plan and a 1:1 TA in the afternoons. No exclusions.",
    ["EDU-SEND"],
    [T("negated", "EDU-EXC", "'No exclusions'.")])
add("Z015", "C", "blue", "2026-02-16",
    "Claire completed Calmer Homes and uses the traffic light plan; Poppy has a lock on her door and a safe space. "
    "Incidents down to about 1 a wk. Claire knows she can ring 101 if Ollie hurts Poppy again.",
    ["REL-PAR"],
    [T("hypothetical", "CRIME", "Ringing police is only an 'if'; no police involvement."),
     T("convention", "REL-PAR", "Blue box: weekly incidents still managed with the plan = present (conv 3).")])

# ---------------------------------------------------------------------------
# Z016  Marcus (15), mum Denise  (unboxed note at assessment)
case("Z016", "Wyvern Green")
add("Z016", "A", None, "2025-09-08",
    "Turnaround intake - Marcus (15) arrested 3/9 for criminal damage to mum's car and pushing her into the fence. "
    "NFA on condition he engages with Turnaround. Denise (mum) told me she is drinking most of a bottle of wine a "
    "night to get through it. Marcus says he wants help with his temper.",
    ["REL-PAR", "CRIME", "SUB"],
    [T("convention", "CRIME", "Arrest plus Turnaround (youth justice prevention) = CRIME with REL-PAR (conv 8). Note level orange: arrest is the highest cue (conv 2).")],
    note_level="orange")
add("Z016", "C", "yellow", "2026-01-14",
    "Marcus completed 12 Turnaround sessions in Dec, no further arrests, and uses his 'walk it off' plan when he's "
    "wound up. Denise referred to Wyvern Alcohol Service, 1st appt 14/1.",
    ["SUB"],
    [T("historical", "CRIME", "Turnaround completed, no further arrests."),
     T("convention", "REL-PAR", "Using a coping plan is 'now managing', which counts only in blue and green boxes (conv 3); in this yellow box no current need or risk at home is stated, so REL-PAR not coded.")])

# ---------------------------------------------------------------------------
# Z017  Zara (15), mum Ayesha, dad Imran
case("Z017", "Elmstead Heath")
add("Z017", "A", "orange", "2025-10-06",
    "Zara (15) sent images to an older male she met on Snapchat - reported to police via CEOP. She smashed mum's "
    "(Ayesha) laptop and threatened to stab her when the phone was confiscated; Ayesha rang 101 and officers "
    "attended the next day.",
    ["SAFE-EXP", "REL-PAR", "CRIME"],
    [T("convention", "CRIME", "CRIME from the police attending over Zara's threats to mum (conv 8); the CEOP report is safeguarding, not CRIME.")])
add("Z017", "A", "yellow", "2025-10-06",
    "Parents separated 2023 and are in family court over Zara's contact with dad (Imran). Both say there was never "
    "any DA in the relationship.",
    ["REL-CONF"],
    [T("negated", "DA", "'Never any DA'."),
     T("partial", "REL-CONF", "The DA negation does not reach the contact dispute, which is REL-CONF.")])
add("Z017", "C", "yellow", "2026-03-09",
    "EHW doing online safety work with Zara, no further contact with the male. Court order now in place, contact "
    "alternate weekends, but parents still argue at handovers. Ayesha has a phones-downstairs rule at 10pm which "
    "Zara mostly sticks to.",
    ["SAFE-EXP", "REL-CONF"],
    [T("convention", "SAFE-EXP", "Ongoing online safety work codes SAFE-EXP (conv 4)."),
     T("not-coded", "REL-PAR", "A household phone rule that is being kept is not a need or risk; 'now managing' counts only in blue/green boxes (conv 3).")])

# ---------------------------------------------------------------------------
# Z018  Ben (14), dad Craig
case("Z018", "Corbridge Park")
add("Z018", "A", "yellow", "2025-10-13",
    "Ben (14) swears at dad (Craig), has punched the wall and shoved Craig twice. Craig is ex-forces with PTSD and "
    "under Op Courage; says he 'freezes' when Ben shouts.",
    ["REL-PAR", "MH-ADULT"])
add("Z018", "A", "orange", "2025-10-13",
    "3rd suspension this yr at Corbridge Park Academy (fighting), school talking about a managed move. Electric on "
    "emergency credit, £1,100 rent arrears and a notice seeking possession from Larkspur Homes.",
    ["EDU-EXC", "FIN", "HOUS"])
add("Z018", "C", "yellow", "2026-03-23",
    "Managed move to Hatchmoor Academy started Jan, 6 wk trial, settling. Arrears down to £400 with a DHP and "
    "payment plan; Larkspur confirmed no further action on possession while payments continue. Craig still "
    "seeing Op Courage.",
    ["EDU-EXC", "FIN", "MH-ADULT"],
    [T("convention", "EDU-EXC", "Managed move on trial is a current EDU-EXC item."),
     T("negated", "HOUS", "No further action on possession; the 'while payments continue' condition is hypothetical.")])

# ---------------------------------------------------------------------------
# Z019  Rhys (15), mum Gemma, Cody (9)
case("Z019", "Hatchmoor")
add("Z019", "A", "red", "2025-07-28",
    "Rhys (15) accommodated under s20 on 8/7 after mum (Gemma) said she would not have him home following an "
    "assault in which he punched her repeatedly. He has been charged with ABH, YOS allocated.",
    ["REL-PAR", "CRIME"],
    [T("convention", "DA", "Son's assault on mother is CPV: REL-PAR + CRIME (charge, YOS), not DA (conv 8).")])
add("Z019", "A", "orange", "2025-07-28",
    "Rhys was known to CAMHS until 2024, discharged after DNAs. He's been in several fights at school and is on a "
    "part time timetable of 2 hrs a day.",
    ["EDU-EXC", "EDU-ATT"],
    [T("historical", "MH-CHILD", "CAMHS involvement ended in 2024."),
     T("not-coded", "CRIME", "Fights at school with no police mentioned = EDU-EXC (behaviour at school), not CRIME.")])
add("Z019", "A", "yellow", "2025-07-28",
    "Cody (9), still at home with Gemma, is withdrawn and tearful at school. Gemma says she's been drinking heavily "
    "since the assault 'just to blank it out'.",
    ["MH-CHILD", "SUB"],
    [T("convention", "MH-CHILD", "Cody withdrawn and tearful = emotional wellbeing, MH-CHILD; Gemma's heavy drinking = SUB.")])
add("Z019", "C", "yellow", "2026-01-05",
    "Rhys home since 2/12, still on his YOS referral order. Gemma attending Hatchmoor Recovery Service, 4 wks "
    "alcohol free. Cody sees the school ELSA weekly.",
    ["CRIME", "SUB", "MH-CHILD"],
    [T("convention", "SUB", "Still attending a recovery service: ongoing treatment codes SUB (conv 4) despite 4 weeks alcohol free."),
     T("convention", "MH-CHILD", "Weekly ELSA (emotional literacy support) is an ongoing emotional-wellbeing service (conv 4).")])
add("Z019", "C", "blue", "2026-01-05",
    "Gemma and Rhys are sticking to the family safety plan from the final s20 review. One verbal row over Christmas, "
    "police weren't called.",
    ["REL-PAR"],
    [T("negated", "CRIME", "'Police weren't called'.")])

# ---------------------------------------------------------------------------
# Z020  Amelia (13), mum Helen (MS)
case("Z020", "Wyvern Green")
add("Z020", "A", "yellow", "2025-08-18",
    "Amelia (13) helps mum (Helen, MS) with showering and meds most days. Helen says Amelia has started throwing "
    "things at her and screaming 'I hate you', and last week shoved her wheelchair into the hall table.",
    ["CARER", "PH", "REL-PAR"])
add("Z020", "A", "green", "2025-08-18",
    "District nurse visits Helen weekly. Form tutor says Amelia often looks tired and has been late 8 times this "
    "half term. Helen's brother drinks heavily and she has stopped him visiting.",
    ["PH", "EDU-ATT"],
    [T("convention", "PH", "Weekly district nurse visits are an ongoing health service for Helen (conv 4)."),
     T("outside", "SUB", "The uncle's drinking is outside the household (conv 6)."),
     T("not-coded", "CARER", "This box does not describe Amelia caring; 'looks tired' alone is not coded.")])
add("Z020", "C", "blue", "2026-01-21",
    "Amelia goes to Wyvern Young Carers on Thursdays and has a residential booked for half term. She and Helen use a "
    "'time out' card when things get heated.",
    ["CARER", "REL-PAR"])

# ---------------------------------------------------------------------------
# Z021  Callum (12), Ella (9), Archie (4), mum, mum's partner Wayne  (unboxed note at assessment)
case("Z021", "Elmstead Heath")
add("Z021", "A", None, "2025-10-14",
    "Strategy meeting today re Callum (12), Ella (9) and Archie (4) after mum's partner Wayne assaulted mum on Sat "
    "in front of the children - police attended and Wayne was arrested. Later that night Callum smashed the bathroom "
    "mirror and threatened Wayne with a piece of the glass. Children already on a CIN plan re DA.",
    ["DA", "REL-PAR"],
    [T("convention", "CRIME", "Police attendance and Wayne's arrest are for the DA: DA only (conv 7). Police were not called about Callum, so no CRIME."),
     T("convention", "REL-PAR", "Callum threatening mum's partner (a parent figure in the home) treated as child-to-parent violence = REL-PAR (conv 8)."),
     T("convention", "DA", "Note level red: strategy meeting and CIN plan are red cues (conv 2).")],
    note_level="red")
add("Z021", "C", "orange", "2026-03-16",
    "Wayne bailed with conditions not to attend the address. Mum went to MARAC in Nov and has an IDVA. Callum now has a "
    "CAMHS worker for trauma work; mum doing the NVR group at Elmstead Family Hub.",
    ["DA", "MH-CHILD", "REL-PAR"],
    [T("convention", "REL-PAR", "An NVR parenting group is an ongoing service for the CPV (conv 4).")])

# ---------------------------------------------------------------------------
# Z022  Femi (16), dad Tunde
case("Z022", "Corbridge Park")
add("Z022", "A", "orange", "2025-09-01",
    "Femi (16) stop & searched 2/9, lock knife found, youth caution given. Dad (Tunde) says Femi has punched holes "
    "in walls and last month grabbed him by the throat. Femi's older cousin (not in household) is on a YOS order.",
    ["CRIME", "REL-PAR"],
    [T("outside", "CRIME", "The cousin's YOS order is outside the household (conv 6); CRIME is coded for Femi's own caution.")])
add("Z022", "A", "yellow", "2025-09-01",
    "Femi in Y11 at St Aldhelm's, predicted grades dropping, says he'll 'do nothing' after GCSEs. Careers adviser "
    "has flagged him as at risk of NEET.",
    ["EDU-NEET"],
    [T("hypothetical", "EDU-NEET", "Judged present: 'at risk of' NEET is named in the EDU-NEET definition for a 16+ young person, and the risk is stated as current, not conditional.")])
add("Z022", "C", "yellow", "2026-02-09",
    "Femi on Turnaround, has done the knife crime awareness session. Offered a place on L2 Motor Vehicle at Wyvern "
    "College for Sept. Tunde using the NVR 'announcement' from our sessions; one argument about curfew in Jan, no "
    "violence.",
    ["CRIME", "REL-PAR"],
    [T("not-coded", "EDU-NEET", "College place offered; no NEET risk stated in this box."),
     T("convention", "REL-PAR", "Parent-child argument about curfew = REL-PAR (conv 8).")])

# ---------------------------------------------------------------------------
# Z023  Jess (14), mum Michelle
case("Z023", "Hatchmoor")
add("Z023", "A", "yellow", "2025-08-11",
    "Jess (14) calls mum (Michelle) the same names her dad used to. Michelle left him in 2020 after years of DV; he "
    "lives in Kent, no contact since the non-mol in 2021. Jess has shoved Michelle and pulled her bedroom door off "
    "its hinges. Michelle on antidepressants from the GP.",
    ["REL-PAR", "MH-ADULT"],
    [T("historical", "DA", "DV ended in 2020, no contact since 2021."),
     T("convention", "DA", "Jess's abuse towards mum mirrors the father's but is CPV = REL-PAR, not DA (conv 8).")])
add("Z023", "A", "orange", "2025-08-11",
    "Referral accepted by CAMHS - Jess has flashbacks and intrusive memories of what she saw as a little girl.",
    ["MH-CHILD"])
add("Z023", "C", "yellow", "2026-01-28",
    "Michelle finished Step Up (CPV programme for parents). Jess still swears at her but hasn't damaged anything "
    "since Oct. On CAMHS waiting list for trauma-focused CBT.",
    ["REL-PAR", "MH-CHILD"],
    [T("convention", "REL-PAR", "Programme finished but verbal abuse continues: REL-PAR present."),
     T("convention", "MH-CHILD", "Awaiting CAMHS treatment codes MH-CHILD (conv 4).")])

# ---------------------------------------------------------------------------
# Z024  Aiden (13), Finn (16, CP), mum Stacey
case("Z024", "Wyvern Green")
add("Z024", "A", "yellow", "2025-11-03",
    "Aiden (13) hits mum (Stacey) and his brother Finn (16) when his gaming gets interupted; Finn has cerebral "
    "palsy and Aiden has tipped his wheelchair over twice. Finn has an EHCP at Greenway School. The boys' dad is in "
    "prison for burglary, no contact.",
    ["REL-PAR", "PH", "EDU-SEND"],
    [T("outside", "CRIME", "Father in prison, not in the household (conv 6)."),
     T("convention", "PH", "Finn's cerebral palsy = disability, PH.")])
add("Z024", "A", "orange", "2025-11-03",
    "Black mould in both bedrooms; Finn had 3 chest infections over the winter. Environmental health have visited. "
    "Private landlord served a s21 in Oct.",
    ["HOUS", "PH"])
add("Z024", "C", "orange", "2026-04-20",
    "Family in TA in Hatchmoor since Feb after the s21 expired; Finn now has a 45 min journey each way to Greenway. "
    "Aiden keeping to a 2hr gaming limit on a timer most days.",
    ["HOUS"],
    [T("not-coded", "REL-PAR", "Keeping to a gaming limit is not a stated need or risk; 'now managing' counts only in blue/green boxes (conv 3).")])

# ---------------------------------------------------------------------------
# Z025  Ruby (12), mum  (unboxed note at assessment)
case("Z025", "Corbridge Park")
add("Z025", "A", None, "2025-11-17",
    "Spoke to Head of Year at Ashgrove Academy re Ruby (12). Ruby screaming at mum in the playground at pick up; mum "
    "says it's the same at home - slammed doors and Ruby pushing her out of her room. Ruby has T1 diabetes and has been "
    "skipping her lunchtime insulin, school nurse to see her.",
    ["REL-PAR", "PH"],
    [T("convention", "REL-PAR", "Unboxed note: school and school nurse only, so green (conv 2)."),
     T("not-coded", "EDU-EXC", "Shouting at mum in the playground is behaviour towards the parent, not behaviour at school as a school concern.")],
    note_level="green")
add("Z025", "C", "green", "2026-03-30",
    "Ruby doing her own insulin with the pump at school now, diabetes nurse pleased. Mum says things are settled at home "
    "and she has no worries about Ruby's behaviour now; she'd go back to the GP if the rows started again.",
    ["PH"],
    [T("convention", "PH", "Green box, now managing her own diabetes = present (conv 3)."),
     T("negated", "REL-PAR", "'No worries about Ruby's behaviour'; going back to the GP 'if the rows started again' is hypothetical.")])

# ---------------------------------------------------------------------------
# Z026  Harry (15), parents Neil and Joanne
case("Z026", "Hatchmoor")
add("Z026", "A", "yellow", "2025-05-19",
    "Harry (15), autistic, has not been in school since May (EBSA). Punches and headbutts dad (Neil) when asked to do "
    "anything. Neil and Joanne disagree about how to handle it and argue most evenings - both 'at breaking point'. "
    "Neil signed off work with depression.",
    ["EDU-ATT", "EDU-SEND", "REL-PAR", "REL-CONF", "MH-ADULT"],
    [T("convention", "EDU-SEND", "Autism in a pupil out of school is a disability in education: EDU-SEND."),
     T("convention", "REL-CONF", "Arguments between the parents (not abuse) = REL-CONF; Harry's violence = REL-PAR (conv 8)."),
     T("not-coded", "FIN", "Signed off sick is not a described money problem (conv 5).")])
add("Z026", "A", "orange", "2025-05-19",
    "LA agreed EHC needs assessment in June. CAMHS ASD team involved.",
    ["EDU-SEND", "MH-CHILD"],
    [T("convention", "MH-CHILD", "A CAMHS team named alone codes MH-CHILD (service implies the need; conv 4), even though it is the ASD team.")])
add("Z026", "A", "red", "2025-05-19",
    "N/A - not open to CSC, no safeguarding concerns identified at this level.",
    [],
    [T("negated", None, "Box says N/A: no issue at red level; nothing coded.")])
add("Z026", "C", "blue", "2025-11-24",
    "Neil back at work. He and Joanne have agreed one low-demand approach and keep a shared notes app so they don't "
    "row about it - rows between them much rarer now.",
    ["REL-CONF", "REL-PAR"],
    [T("convention", "REL-CONF", "Blue box: rows 'much rarer', not stopped, and being managed = present (conv 3)."),
     T("convention", "REL-PAR", "The agreed low-demand approach to Harry is parenting they are now managing (conv 3)."),
     T("not-coded", "MH-ADULT", "'Back at work' is good news; depression not mentioned in this box.")])

# ---------------------------------------------------------------------------
# Z027  Tia (16), mum Leanne, mum's partner Dom
case("Z027", "Hatchmoor")
add("Z027", "A", "orange", "2025-09-29",
    "Tia (16) brought home drunk by police 3x in Aug; the last time she kicked out at the officers and at mum "
    "(Leanne) and was arrested for assaulting an emergency worker.",
    ["SUB", "CRIME", "REL-PAR"],
    [T("convention", "CRIME", "Being brought home by police is safeguarding, but the arrest is CRIME (conv 7).")])
add("Z027", "A", "yellow", "2025-09-29",
    "Tia NEET since leaving Hatchmoor High in July, EHW helping with college applications. Leanne's partner Dom moved "
    "in in June; Tia says she hates him and they row constantly.",
    ["EDU-NEET", "REL-PAR"],
    [T("convention", "REL-PAR", "Rows between Tia and mum's live-in partner treated as parent-child relationship (REL-PAR), not parental conflict (conv 8).")])
add("Z027", "C", "yellow", "2026-03-02",
    "Tia open to HYPSS (young people's substance service), says she only drinks at weekends now. Started hair & beauty "
    "at Wyvern College in Jan, 90%+ attendance. Leanne says 'no more police at the door' but worries Tia could end up "
    "in trouble again if she loses the college place.",
    ["SUB"],
    [T("historical", "CRIME", "'No more police at the door'."),
     T("hypothetical", "CRIME", "Trouble 'again if she loses the college place' is conditional.")])

# ---------------------------------------------------------------------------
# Z028  Josh (10), mum Kayleigh
case("Z028", "Wyvern Green")
add("Z028", "A", "yellow", "2025-10-20",
    "Josh (10) kicks and spits at mum (Kayleigh) several times a week; she had a black eye from a thrown remote in "
    "Oct. Kayleigh lost her job in Sept, UC delayed, using the food bank at St Mark's.",
    ["REL-PAR", "FIN"],
    [T("convention", "FIN", "Job loss, delayed UC and food bank = FIN (conv 5, 10).")])
add("Z028", "A", "orange", "2025-10-20",
    "On 2 visits there was no food in the fridge and Josh told school he'd had no tea. Excluded 2 days for hitting a "
    "dinner lady. MASH consulted - not at threshold for CSC, TAF plan agreed.",
    ["SAFE-NEG", "EDU-EXC"],
    [T("convention", "SAFE-NEG", "Empty fridge / hungry child = SAFE-NEG (conv 10); no food bank in this box so no FIN.")])
add("Z028", "C", "blue", "2026-03-16",
    "Kayleigh uses a calm corner and a reward chart, hitting down to once a fortnight. Working part time at Lidl "
    "since Jan, no food bank since Christmas; knows to go to Citizens Advice if her UC gets stopped again.",
    ["REL-PAR"],
    [T("historical", "FIN", "No food bank since Christmas, now working."),
     T("hypothetical", "FIN", "Citizens Advice only 'if' UC is stopped again.")])

# ---------------------------------------------------------------------------
# Z029  Sophie (17), dad Paul
case("Z029", "Elmstead Heath")
add("Z029", "A", "orange", "2025-06-09",
    "Sophie (17) under CAMHS Eating Disorders, BMI low. Throws food and has slapped dad (Paul) at mealtimes when he "
    "sticks to the meal plan.",
    ["MH-CHILD", "PH", "REL-PAR"],
    [T("convention", "PH", "Low BMI = weight, PH, alongside the eating disorder (MH-CHILD).")])
add("Z029", "A", "green", "2025-06-09",
    "Paul used to drink heavily but has been sober since 2022 and still goes to AA every Sunday.",
    ["SUB"],
    [T("historical", "SUB", "Judged present, not historical: in a green box Paul is 'now managing' his sobriety through ongoing AA attendance (conv 3, 4). Hard call.")])
add("Z029", "C", "blue", "2025-12-03",
    "Mealtimes calmer. Paul and Sophie eat together again, no food throwing or slapping since Sept.",
    [],
    [T("historical", "REL-PAR", "Violence at mealtimes described as over; nothing now being managed is named."),
     T("not-coded", "MH-CHILD", "No eating disorder or service mentioned in this box.")])

# ---------------------------------------------------------------------------
# Z030  Ryan (13), Ivy (8), mum Laura, dad Lee
case("Z030", "Corbridge Park")
add("Z030", "A", "yellow", "2025-11-24",
    "Ryan (13) broke the bannister and threatened to 'smash mum's face in' when she turned off the wifi. Ivy (8) "
    "copying his swearing. On report at Corbridge Park Academy, at risk of suspension for defiance. Mum (Laura) says "
    "her anxiety is 'through the roof', GP has upped her propranolol. Dad (Lee) works nights at the depot.",
    ["REL-PAR", "EDU-EXC", "MH-ADULT"],
    [T("convention", "EDU-EXC", "'At risk of suspension' is a current risk of exclusion named in EDU-EXC, not a hypothetical."),
     T("convention", "FIN", "Working nights is not FIN (conv 5).")])
add("Z030", "A", "orange", "2025-11-24",
    "Lee has disclosed gambling debts of ~£8k on credit cards. 2 missed mortgage payments and a letter from the lender "
    "warning of possession proceedings.",
    ["FIN", "HOUS"],
    [T("convention", "SUB", "Gambling debts are FIN, not SUB (conv 10)."),
     T("convention", "HOUS", "Lender's possession warning = risk of losing the home, HOUS.")])
add("Z030", "C", "yellow", "2026-05-11",
    "Lee has self-excluded from betting sites and is with StepChange, DMP in place, mortgage back up to date. Ryan and "
    "Laura agreed wifi off at 9.30 with a 10 min warning - he moans but sticks to it.",
    ["FIN"],
    [T("not-coded", "EDU-EXC", "'Self-excluded' from betting sites is not a school exclusion."),
     T("historical", "HOUS", "Mortgage back up to date."),
     T("not-coded", "REL-PAR", "An agreed wifi rule being kept is not a need or risk in a yellow box (conv 3 applies to blue/green only).")])

# ---------------------------------------------------------------------------
# Z031  Bilal (16), mum Shabana  (unboxed note at assessment)
case("Z031", "Hatchmoor")
add("Z031", "A", None, "2025-12-02",
    "Shabana rang the AST duty line in tears - Bilal (16) pinned her against the wall last night and took her car keys. "
    "Police attended, Bilal had gone before they got there. He has been missing since Sun, reported to police, thought "
    "to be with older males in Luton.",
    ["REL-PAR", "CRIME", "SAFE-EXP"],
    [T("convention", "CRIME", "Police called out over Bilal's violence = CRIME + REL-PAR (conv 8); the missing report is SAFE-EXP. Note level orange (police call-out, conv 2)."),
     T("not-coded", "MH-ADULT", "'In tears' is distress at the incident, not a mental-health need.")],
    note_level="orange")
add("Z031", "C", "orange", "2026-04-27",
    "Bilal subject to NRM and open to the contextual safeguarding panel; 2 missing episodes in Feb. Shabana hasn't "
    "needed to call police about him since Dec and is on the NVR group at the Parent Hub, though she still feels unsafe "
    "when he comes home late.",
    ["SAFE-EXP", "REL-PAR"],
    [T("historical", "CRIME", "No police call-outs since December."),
     T("convention", "REL-PAR", "NVR group ongoing and mum still feels unsafe with her son = REL-PAR.")])

# ---------------------------------------------------------------------------
# Z032  Dylan (14), dad Jason
case("Z032", "Wyvern Green")
add("Z032", "A", "orange", "2025-05-27",
    "Dylan (14) lives with dad (Jason), who has been on licence since release in April - probation aware of the family. "
    "Dylan has thrown a mug at Jason and locked him out of the house twice.",
    ["CRIME", "REL-PAR"],
    [T("convention", "CRIME", "An adult household member on licence = CRIME (conv 7). Dylan's violence is REL-PAR; no police about Dylan.")])
add("Z032", "A", "yellow", "2025-05-27",
    "SEN support for MLD, reading age approx 8. Jason on methadone (daily pick-up) through Pathways Recovery.",
    ["EDU-SEND", "SUB"],
    [T("convention", "SUB", "Methadone treatment = SUB (conv 4).")])
add("Z032", "C", "yellow", "2025-11-17",
    "Jason's licence ended in Sept. SENCo at Wyvern High has applied for an EHCNA for Dylan. Jason still on methadone, "
    "stable. Dylan and Jason doing the Dads & Lads group at the Hub, which works on conflict at home.",
    ["EDU-SEND", "SUB", "REL-PAR"],
    [T("historical", "CRIME", "Licence ended in September."),
     T("convention", "REL-PAR", "An ongoing group on parent-child conflict codes REL-PAR (conv 4).")])

# ---------------------------------------------------------------------------
# Z033  Maya (12), Theo (12), mum Rachel, dad Gareth
case("Z033", "Elmstead Heath")
add("Z033", "A", "red", "2025-11-11",
    "ICPC 11/11 - Maya (12) and Theo (12) on CP plans under emotional harm. Dad (Gareth) still in the home; mum "
    "(Rachel) disclosed he strangled her in Sept, DVPO has now expired. Maya has been hitting Rachel and Theo since "
    "the summer.",
    ["DA", "REL-PAR"],
    [T("partial", "DA", "The DVPO has expired but the perpetrator is still in the home after a September strangulation: DA present."),
     T("convention", "REL-PAR", "Maya hitting mum and brother is REL-PAR, not DA (conv 8).")])
add("Z033", "A", "orange", "2025-11-11",
    "MARAC 4/11. Theo cutting his arms, CAMHS referral made.",
    ["DA", "MH-CHILD"])
add("Z033", "C", "red", "2026-04-14",
    "CP plans continue following review conference. Gareth left in Jan and is on bail for the strangulation; Rachel has "
    "an IDVA. Maya in an anger group at the youth centre and Rachel on an NVR course. Theo discharged from CAMHS in March "
    "and now sees the school counsellor.",
    ["DA", "REL-PAR", "MH-CHILD"],
    [T("convention", "CRIME", "Gareth's bail for strangling Rachel is DA only (conv 7)."),
     T("partial", "MH-CHILD", "Discharged from CAMHS but still seeing the school counsellor: ongoing support (conv 4), present.")])

# ---------------------------------------------------------------------------
# Z034  Kian (16), mum Emma, mum's partner Gav
case("Z034", "Wyvern Green")
add("Z034", "A", "orange", "2025-10-27",
    "Kian (16) referred to YJS prevention after police were called 3x in Oct - threatened mum (Emma) with a hammer and "
    "smashed the front window. Mum's partner Gav is on a DA perpetrator programme after incidents in 2024; Emma reports "
    "nothing since March.",
    ["REL-PAR", "CRIME", "DA"],
    [T("historical", "DA", "Judged present, not historical: no incidents since March, but Gav is currently on a perpetrator programme, an ongoing DA service (conv 4). Hard call."),
     T("convention", "REL-PAR", "Kian's threats to mum are CPV: REL-PAR + CRIME (conv 8), not DA.")])
add("Z034", "A", "yellow", "2025-10-27",
    "Kian on a reduced timetable at Wyvern High, 2hrs a day. Vapes constantly and says he 'sometimes' smokes weed with "
    "his mates.",
    ["EDU-ATT", "SUB"],
    [T("convention", "SUB", "Vaping is not SUB (conv 12); occasional cannabis use is SUB."),
     T("outside", "SUB", "The mates' use is outside the household; SUB is coded for Kian's own use.")])
add("Z034", "C", "blue", "2026-04-06",
    "Emma has a safety plan and goes to her sister's if Kian escalates. Kian finished Turnaround in Feb, no further "
    "police contact. Gav completed his programme in Jan.",
    ["REL-PAR"],
    [T("convention", "REL-PAR", "Blue box: a safety plan for Kian's escalation is current management of CPV risk (conv 3); the 'if' is part of the plan, not a hypothetical need."),
     T("historical", "CRIME", "Turnaround finished, no further police contact."),
     T("historical", "DA", "Perpetrator programme completed; no current DA described.")])


# ---------------------------------------------------------------------------
def write():
    with open(os.path.join(HERE, "narratives.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        cols = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
        w.writerow(cols)
        for n in NARR:
            w.writerow([n[c] for c in cols])
    with open(os.path.join(HERE, "gold.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "code", "level"])
        for row in GOLD:
            w.writerow(row)
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8", newline="") as f:
        txt = json.dumps(TRAPS, indent=2, ensure_ascii=False)
        f.write(txt.replace("\n", "\r\n") + "\r\n")

    cases = {n["case_id"] for n in NARR}
    triages = {n["triage_id"] for n in NARR}
    notes = [n for n in NARR if not n["level"]]
    coded = {g[0] for g in GOLD}
    print(f"cases {len(cases)}, triages {len(triages)}, narratives {len(NARR)} "
          f"(boxed {len(NARR) - len(notes)}, unboxed notes {len(notes)})")
    print(f"gold rows {len(GOLD)}; narratives with no gold rows {len(NARR) - len(coded)}")
    print("by stage:", dict(Counter(n["stage"] for n in NARR)))
    print("by box level:", dict(Counter(n["level"] or "note" for n in NARR)))
    print("gold by code:", dict(sorted(Counter(g[1] for g in GOLD).items())))
    print("gold by level:", dict(Counter(g[2] for g in GOLD)))
    print(f"trap entries {sum(len(v) for v in TRAPS.values())} on {len(TRAPS)} narratives")


if __name__ == "__main__":
    write()
