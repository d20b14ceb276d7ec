#!/usr/bin/env python3
"""Hand-written blind gold set: young people 15-19 in transition.

Every narrative, its gold codes (present issues only) and short trap notes are
written by hand below. Running this file writes narratives.csv, gold.csv and
traps.json next to it. Standard library only.
"""
import csv
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# Each record: narrative_id, triage_id, case_id, stage, date, level (box or ''),
# locality, narrative, gold codes, gold level, traps [(type, note)].
RECORDS = []


def box(case, stage, date, level, loc, text, codes, traps=()):
    """A narrative written in a level box: all its codes take the box level."""
    tid = case + ("-A" if stage == "assessment" else "-C")
    RECORDS.append(dict(narrative_id=tid + "-" + level, triage_id=tid,
                        case_id=case, stage=stage, date=date, level=level,
                        locality=loc, narrative=text, codes=list(codes),
                        gold_level=level, traps=list(traps)))


def note(nid, stage, date, gold_level, loc, text, codes, traps=()):
    """An unboxed case note: one level for all codes, from the highest cue."""
    RECORDS.append(dict(narrative_id=nid, triage_id=nid, case_id=nid,
                        stage=stage, date=date, level="", locality=loc,
                        narrative=text, codes=list(codes),
                        gold_level=gold_level, traps=list(traps)))


# Trap types used in the notes:
#   negated, historical, hypothetical, lookalike, outside, met, goodnews -> a mention
#   that must NOT become a gold code; convention -> a taxonomy convention that
#   decides which code(s) apply (e.g. NEET young person is not FIN).

# ---------------------------------------------------------------- Z001
box("Z001", "assessment", "2025-09-08", "yellow", "Kellford",
    "PA visit. Kieran (16) left Hollins Park Academy in June with a grade 4 in maths and nothing else above a 3, and hasn't enrolled anywhere for September. He is at home on his Xbox most of the day and says college 'isn't for him'. Talked through the Step Up programme at Kellford College and he agreed to go to a taster. Mum Donna hasn't worked since 2023, they live on UC and she says it runs out in the third week - she has been to the St Aidan's food bank twice since July.",
    ["EDU-NEET", "FIN"],
    [("convention", "Kieran's NEET status is EDU-NEET only; FIN comes from mum's worklessness and the food bank (conv. 11, 10)")])
box("Z001", "assessment", "2025-09-08", "green", "Kellford",
    "Donna is under her GP for depression and takes sertraline; she describes her mood as low but steady and is on the list for the practice's social prescriber. Kieran is registered at the same surgery and hasn't needed to see anyone this year.",
    ["MH-ADULT"],
    [("goodnews", "Kieran hasn't needed the GP: no PH")])
box("Z001", "closure", "2026-01-20", "blue", "Kellford",
    "Kieran started Step Up in November and is getting himself there four days a week. Donna is sticking to the budget plan we did together and pays £15 a month off her water arrears. No food bank since October.",
    ["FIN"],
    [("met", "Kieran now on a course: NEET over, not coded"),
     ("historical", "food bank use ended in October; FIN is present from the arrears being paid off (blue, now managing)")])

# ---------------------------------------------------------------- Z002
box("Z002", "assessment", "2025-10-09", "orange", "Brindle Cross",
    "Shannon (17) was told to leave home by her mum on 2 Oct after a row about her boyfriend staying over. She has been sofa surfing with friends since then and one night slept at the bus station. Referred to the Youth Homelessness Hub for a joint 16/17 assessment with Housing. Mum has said she won't have her back 'while she carries on like this'.",
    ["HOUS", "REL-PAR"],
    [("convention", "16-17 asked to leave home: HOUS plus REL-PAR (parent-child relationship breakdown)")])
box("Z002", "assessment", "2025-10-09", "yellow", "Brindle Cross",
    "College safeguarding lead: Shannon is still coming in to her Level 2 Health and Social Care course most days but looks exhausted and has two assignments missing. Her tutor and I are worried she will drop out while her housing isn't sorted. She says she is 'fine' and told me she has never self-harmed.",
    ["EDU-NEET"],
    [("lookalike", "'assignments missing' is not a missing episode (SAFE-EXP)"),
     ("lookalike", "'Social Care' is the course name, not children's social care"),
     ("negated", "never self-harmed: no MH-CHILD")])
box("Z002", "closure", "2026-01-14", "yellow", "Brindle Cross",
    "Shannon moved back in with mum before Christmas after three sessions with the Family Mediation Service. They still clash over her curfew but are talking it through rather than shouting. The hostel place has been cancelled as it is no longer needed.",
    ["REL-PAR"],
    [("met", "housing need resolved (back home, hostel not needed): no HOUS")])

# ---------------------------------------------------------------- Z003
box("Z003", "assessment", "2025-11-03", "orange", "Ashby Moor",
    "Tyler (15, Y11) has had three suspensions this term at Marlow Grange School for fighting and swearing at staff and is now on a part-time timetable, mornings only. The head has said another incident is likely to mean a permanent exclusion. A managed move to Cressy Fields was agreed in principle at the TAF meeting on 30/10.",
    ["EDU-EXC", "EDU-ATT"],
    [])
box("Z003", "assessment", "2025-11-03", "yellow", "Ashby Moor",
    "Dad (Wayne) was made redundant from the warehouse in August and is looking for work with a JCP work coach. The rent is paid up for now, but he worries that if nothing comes up by Christmas they will fall behind. Tyler's brother Connor (19) works full time at the car wash and gives Wayne board.",
    ["FIN"],
    [("hypothetical", "falling behind on rent only if no job by Christmas: no HOUS"),
     ("negated", "rent paid up"),
     ("convention", "FIN from the adult's worklessness; Connor (19) is working, no EDU-NEET")])
box("Z003", "closure", "2026-03-02", "orange", "Ashby Moor",
    "Tyler started at Cressy Fields on 3 Feb on a six-week managed move trial, full timetable. One detention so far and no suspensions. He has applied for Motor Vehicle Level 1 at Kellford College for September.",
    ["EDU-EXC"],
    [("met", "back on a full timetable: no EDU-ATT"),
     ("negated", "no suspensions; EDU-EXC is present from the ongoing managed move")])
box("Z003", "closure", "2026-03-02", "green", "Ashby Moor",
    "Wayne got a job with the council parks team in January, 30 hours a week with some weekend shifts. The family say they are getting by without any help now.",
    [],
    [("met", "worklessness over: no FIN"),
     ("convention", "working shifts is not FIN (conv. 5)")])

# ---------------------------------------------------------------- Z004
box("Z004", "assessment", "2025-06-16", "green", "Stanwick Vale",
    "Amira (18) has autism and an EHCP and is finishing year two of Foundation Studies at Stanwick College. An LSA supports her in practical sessions and the additional learning support manager is leading her annual review.",
    ["EDU-SEND"],
    [])
box("Z004", "assessment", "2025-06-16", "yellow", "Stanwick Vale",
    "Amira's PIP claim was turned down in May, so the disability premium stopped and the household is about £95 a week worse off. Mum (Farah) is asking for a mandatory reconsideration with Citizens Advice and has fallen £480 behind on council tax. Farah gets Carer's Allowance for looking after Amira.",
    ["FIN"],
    [("lookalike", "Carer's Allowance / 'looking after' is a parent carer, not CARER (conv. 5, 12)"),
     ("convention", "PIP names a benefit problem here (FIN) but never implies PH by itself")])
box("Z004", "closure", "2025-12-08", "green", "Stanwick Vale",
    "Amira is back at college for her third year with the same LSA, and a supported internship is planned for next year with the college job coach as part of her EHCP. Farah's reconsideration succeeded and the council tax is cleared.",
    ["EDU-SEND"],
    [("met", "PIP awarded and arrears cleared: FIN over")])

# ---------------------------------------------------------------- Z005
box("Z005", "assessment", "2025-08-11", "yellow", "Kellford",
    "Jordan (17) walked out of his plumbing apprenticeship with Hartley Heating in July after falling out with his supervisor and has had nothing since. He says he wants to be earning for the baby. Referred to the Youth Employment Hub for help with his CV and job search.",
    ["EDU-NEET"],
    [("convention", "employment support for a NEET young person is EDU-NEET only, not FIN (conv. 11)")])
box("Z005", "assessment", "2025-08-11", "green", "Kellford",
    "Baby Mia (8 months): the health visitor says weaning is slow, she is still mostly on milk and gags on anything lumpy. Jordan's partner Kayla (19) told the HV she feels flat most days; her EPDS score was raised and she has a GP appointment about low mood next week.",
    ["EYD", "MH-ADULT"],
    [("convention", "Kayla (19) is the baby's parent: her low mood is MH-ADULT")])
box("Z005", "closure", "2025-12-15", "blue", "Kellford",
    "Jordan has been labouring full time for a local builder since November. Kayla is doing baby-led weaning with the HV's recipe cards and Mia is slowly taking more solid food. Kayla started on sertraline and says most days are better now.",
    ["EYD", "MH-ADULT"],
    [("met", "Jordan in work: NEET over"),
     ("convention", "blue box: weaning and mood being managed count as present (conv. 3)")])

# ---------------------------------------------------------------- Z006
box("Z006", "assessment", "2025-10-20", "orange", "Stanwick Vale",
    "Lily (16) enrolled at Brindle Sixth Form in September but has been in for 9 of 40 days. She gets panic attacks on the bus and is on the CAMHS waiting list for CBT. The sixth form has already told her that her place is at risk.",
    ["MH-CHILD", "EDU-ATT", "EDU-NEET"],
    [])
box("Z006", "assessment", "2025-10-20", "green", "Stanwick Vale",
    "GP has prescribed propranolol to help with Lily's anxiety. Mum (Claire) is a nurse at the General, works full time and says money isn't an issue.",
    ["MH-CHILD"],
    [("negated", "money isn't an issue: no FIN"),
     ("lookalike", "mum is a nurse (occupation), not a health need")])
box("Z006", "closure", "2026-03-23", "yellow", "Stanwick Vale",
    "Lily moved onto Kellford College's Re-Engage online programme in January, three sessions a week, and hasn't missed one. Her CBT finished in March; she still gets anxious in crowds but is using the breathing techniques. EHW stepping down.",
    ["MH-CHILD"],
    [("met", "back in learning and attending: no EDU-NEET / EDU-ATT"),
     ("historical", "CBT finished, but current anxiety is still described, so MH-CHILD stays present")])

# ---------------------------------------------------------------- Z007
box("Z007", "assessment", "2025-11-14", "red", "Brindle Cross",
    "Reece (17) was reported missing on 8/11 and found three days later in a flat on Dunmore Road, Ashby Moor, with 14 wraps of crack cocaine and £600 in cash. Strategy meeting held 12/11, s47 enquiry opened and an NRM referral made. Reece hasn't been in education or work since he left the PRU in Year 11.",
    ["SAFE-EXP", "CRIME", "EDU-NEET"],
    [("convention", "drugs found on an exploited child are SAFE-EXP and CRIME, not SUB (conv. 12)"),
     ("historical", "PRU placement in Y11 is past: no EDU-EXC")])
box("Z007", "assessment", "2025-11-14", "orange", "Brindle Cross",
    "Reece already has a YOS referral order for a robbery in June. Police came to the house twice in October after he smashed the kitchen window when mum (Tracey) tried to stop him going out.",
    ["CRIME", "REL-PAR"],
    [("convention", "young person's violence/damage at home towards a parent is REL-PAR (+CRIME with police), not DA (conv. 8)")])
box("Z007", "assessment", "2025-11-14", "yellow", "Brindle Cross",
    "Tracey smokes cannabis most evenings 'to take the edge off' and says it doesn't affect how she looks after the kids; she turned down a referral to the Compass drug and alcohol service. Reece's sister Maddie (13) is doing well at school.",
    ["SUB"],
    [("lookalike", "declining a referral is not a denial: SUB stays present"),
     ("goodnews", "Maddie doing well at school: pure good news, no EDU code")])
box("Z007", "closure", "2026-04-10", "orange", "Brindle Cross",
    "Reece is on a YOS intensive supervision order with a tag and is living at home. No missing episodes since January, but he is still in touch with the older lads linked to the line and the Safe Futures exploitation worker visits him weekly.",
    ["CRIME", "SAFE-EXP"],
    [("negated", "no missing episodes, but ongoing exploitation risk keeps SAFE-EXP present")])

# ---------------------------------------------------------------- Z008
box("Z008", "assessment", "2025-09-29", "yellow", "Ashby Moor",
    "Ellie (17) helps her mum Jo, who has MS, with washing, tablets and the shopping most days, and works 12 hours a week at Bakewell's bakery. She's tired but enjoying her A levels. Referred to Ashby Moor Young Carers for a young adult carer's assessment.",
    ["CARER", "PH"],
    [("lookalike", "part-time job alongside A levels: not NEET")])
box("Z008", "assessment", "2025-09-29", "green", "Ashby Moor",
    "Jo's GP and the MS nurse are reviewing her medication after two falls at home this month. The family get PIP and UC and say they are managing fine for money.",
    ["PH"],
    [("negated", "managing fine for money: benefit names alone are not FIN (conv. 5)")])
box("Z008", "closure", "2026-02-09", "blue", "Ashby Moor",
    "Ellie goes to the young adult carers group every other Thursday and has a carer's card for college. She and her brother have a rota for helping mum in the evenings so Ellie can keep her Saturday shifts.",
    ["CARER"],
    [("convention", "Saturday shifts are not FIN (conv. 5)")])

# ---------------------------------------------------------------- Z009
box("Z009", "assessment", "2025-05-12", "yellow", "Kellford",
    "Mason (18) left Kellford College in March without finishing his Level 2 and isn't doing anything now. Because he's no longer in approved education, mum's Child Benefit and the child element of her UC have stopped and she is £340 behind with the rent. Mason has been told to claim UC in his own right but hasn't started the claim.",
    ["EDU-NEET", "FIN"],
    [("convention", "FIN here is the household benefit loss and rent arrears, not Mason being NEET (conv. 11)")])
box("Z009", "assessment", "2025-05-12", "orange", "Kellford",
    "The housing association served a Section 8 notice for the arrears on 2 May. Mason and mum (Nicola) row every day about him not paying his way. Nicola has seen her GP for anxiety and is waiting for Talking Therapies.",
    ["HOUS", "FIN", "REL-PAR", "MH-ADULT"],
    [])
box("Z009", "closure", "2025-10-06", "yellow", "Kellford",
    "Mason claimed UC in June and sees his work coach fortnightly; he is still not in work or training. Nicola is paying £20 a week off £210 of rent arrears and the housing association has withdrawn the Section 8. They've agreed he pays £25 a week board and the rows are less frequent.",
    ["EDU-NEET", "FIN", "REL-PAR"],
    [("met", "Section 8 withdrawn: no HOUS"),
     ("convention", "Mason's UC/work coach is EDU-NEET, not FIN; FIN present from the remaining arrears")])

# ---------------------------------------------------------------- Z010
box("Z010", "assessment", "2025-11-24", "orange", "Stanwick Vale",
    "Jess (16) is 24 weeks pregnant. She stopped going to her Level 1 course at Stanwick College in October and has missed two antenatal appointments. Mum (Karen) drinks most days, often a bottle of vodka. Karen was offered a referral to Compass Recovery but turned it down.",
    ["EDU-NEET", "PH", "SUB"],
    [("lookalike", "turning down the referral is not a denial: SUB present")])
box("Z010", "assessment", "2025-11-24", "yellow", "Stanwick Vale",
    "The Family Nurse Partnership nurse is now allocated to Jess. The flat has two bedrooms: Jess shares with her sister (11) and there is nowhere to put a cot. Jess's boyfriend (18) lives with his own parents and comes round at weekends; Jess says he treats her well.",
    ["HOUS"],
    [("outside", "boyfriend lives elsewhere"), ("negated", "treats her well: no DA")])
box("Z010", "closure", "2026-04-13", "orange", "Stanwick Vale",
    "Baby Ruby born 18 Feb, well. Karen was admitted to the General in March with seizures from alcohol withdrawal and is now on a community detox with Compass Recovery. Jess and Ruby stayed with nan while Karen was in hospital and are back home now.",
    ["SUB", "PH"],
    [("met", "short stay with nan has ended: no HOUS")])
box("Z010", "closure", "2026-04-13", "yellow", "Stanwick Vale",
    "Jess wants to go back to college in September with Care to Learn paying for Ruby's nursery place; until then she is at home with Ruby and not in education or training. FNP still visiting weekly.",
    ["EDU-NEET"],
    [("lookalike", "'Care to Learn' is childcare funding, not CARER"),
     ("lookalike", "planned nursery place for a baby is not an EYD need")])

# ---------------------------------------------------------------- Z011
box("Z011", "assessment", "2025-07-07", "green", "Brindle Cross",
    "Owen (19) is in year 3 of the Steps to Independence course at Brindle College under his EHCP and the college is planning his move to a supported internship. He has epilepsy and takes his anti-seizure drugs twice a day; the GP reviews him every six months and he has had no seizures since the spring.",
    ["EDU-SEND", "PH"],
    [("lookalike", "'drugs' are epilepsy medication: no SUB"),
     ("convention", "green box: epilepsy being managed counts as PH present (conv. 3)")])
box("Z011", "assessment", "2025-07-07", "yellow", "Brindle Cross",
    "Dad (Paul) has had chronic back pain since an injury at work in 2023 and hasn't worked since; he's on ESA. He is £260 behind on the electric and the prepayment meter keeps running out, so some evenings they have no power. Citizens Advice appointment booked. Owen's mum left in 2022 after DV; there has been no contact since and the non-molestation order lapsed last year.",
    ["PH", "FIN"],
    [("historical", "DV ended in 2022, no contact, order lapsed: no DA")])
box("Z011", "closure", "2025-12-01", "green", "Brindle Cross",
    "Owen has started his supported internship in the hospital stores with a job coach, as set out in his EHCP. Paul is waiting for his pain clinic appointment in January and gets painkillers from the GP.",
    ["EDU-SEND", "PH"],
    [("lookalike", "'hospital stores' is Owen's workplace, not a health need")])

# ---------------------------------------------------------------- Z012
box("Z012", "assessment", "2025-09-22", "yellow", "Ashby Moor",
    "Chloe (15, Y11 at St Bede's) is being targeted on Snapchat by a group of girls in her year who shared an edited photo of her. She has missed 6 days since the start of term and says she feels sick at the thought of going in. The pastoral lead has referred her to the school's Mental Health Support Team.",
    ["SAFE-EXP", "EDU-ATT", "MH-CHILD"],
    [("outside", "the girls are outside the household, but the bullying is Chloe's need: SAFE-EXP")])
box("Z012", "assessment", "2025-09-22", "green", "Ashby Moor",
    "Mum (Sarah) and stepdad (Dean) have been arguing a lot about his hours and him staying out after work; Chloe says it does her head in. Sarah says Dean has never been violent and that she would leave if he ever was.",
    ["REL-CONF"],
    [("negated", "never been violent: no DA"),
     ("hypothetical", "would leave if he ever was: no DA")])
box("Z012", "closure", "2026-01-26", "green", "Ashby Moor",
    "Chloe's attendance is back to 96% and school have dealt with the girls involved. She still sees the MHST practitioner every fortnight and says she's less anxious about her mocks.",
    ["MH-CHILD"],
    [("met", "attendance recovered and bullying dealt with: no EDU-ATT, no SAFE-EXP")])

# ---------------------------------------------------------------- Z013
box("Z013", "assessment", "2025-12-01", "orange", "Kellford",
    "Callum (17) stopped going to his Level 2 Bricklaying course in October and was withdrawn in November. He smokes cannabis every day with mates and spends most of his money on it. He told me he feels 'pointless' most days; the GP has referred him to CAMHS and he is waiting to be triaged.",
    ["EDU-NEET", "SUB", "MH-CHILD"],
    [])
box("Z013", "assessment", "2025-12-01", "yellow", "Kellford",
    "Callum's dad is in HMP Oakhurst serving four years for burglary and Callum visits him monthly. Mum (Angela) works nights as a care worker and says Callum ignores his curfew and rolls in at 3am.",
    ["REL-PAR"],
    [("outside", "dad is in prison, outside the household: no CRIME (conv. 6)"),
     ("lookalike", "'care worker' is mum's job, not CARER"),
     ("convention", "working nights is not FIN (conv. 5)")])
box("Z013", "closure", "2026-04-20", "yellow", "Kellford",
    "Callum has been on the Build Your Future pre-apprenticeship with Hollins Construction since February and has cut the cannabis down to weekends; he sees the young people's drug worker every week. CAMHS assessed him and closed the case, and he says his mood has been much better since he started the course.",
    ["SUB"],
    [("met", "on a pre-apprenticeship: NEET over"),
     ("historical", "CAMHS closed, mood better: no MH-CHILD")])

# ---------------------------------------------------------------- Z014
box("Z014", "assessment", "2025-03-10", "orange", "Stanwick Vale",
    "Tom (17) is on a Level 2 motor vehicle apprenticeship, but his employer has given him a final written warning after he lost his temper with customers twice, and he could lose his place. He was arrested in January with two friends for criminal damage to a bus shelter and has a youth conditional caution with YOS.",
    ["EDU-NEET", "CRIME"],
    [("convention", "apprenticeship at risk = at risk of NEET")])
box("Z014", "assessment", "2025-03-10", "green", "Stanwick Vale",
    "Tom's brother Alfie (8) is on the waiting list for an ADHD assessment and the SENCO at Kellford Primary has put SEN support in place. Mum (Gemma) has asthma, well controlled with her inhalers and an annual GP review.",
    ["EDU-SEND", "PH"],
    [("convention", "green box: asthma being managed counts as PH present (conv. 3)")])
box("Z014", "closure", "2025-09-15", "yellow", "Stanwick Vale",
    "Tom has kept his apprenticeship and moved over to the parts department. The YOS caution ended in June. Gemma is halfway through the Teen Triple P course and is using a points system to agree Tom's curfew with him.",
    ["REL-PAR"],
    [("historical", "caution ended in June: no CRIME"),
     ("met", "apprenticeship kept: no EDU-NEET")])

# ---------------------------------------------------------------- Z015
box("Z015", "assessment", "2025-02-24", "red", "Brindle Cross",
    "Brooke (16) told me at college that mum's partner Lee pushed mum down the stairs at the weekend and that she got between them. Police attended; Lee was arrested and bailed not to return to the address. DASH high risk, MARAC on 4 March. Strategy meeting held and s47 under way.",
    ["DA"],
    [("convention", "partner's arrest for assaulting mum is DA only, not CRIME (conv. 7)")])
box("Z015", "assessment", "2025-02-24", "orange", "Brindle Cross",
    "Brooke has cuts on her forearms that she says she did herself over the last month. Referred to CAMHS, and the college wellbeing team are seeing her weekly. She is still coming in for her Art A level but has stopped going to her Saturday job at the hairdresser's.",
    ["MH-CHILD"],
    [("lookalike", "stopped a Saturday job but still in education: not NEET")])
box("Z015", "closure", "2025-07-14", "orange", "Brindle Cross",
    "Lee has been charged and his bail conditions continue. Mum (Leanne) has a non-molestation order and goes to the women's group at the Haven on Wednesdays. Brooke is seeing a CAMHS practitioner and has not self-harmed for six weeks.",
    ["DA", "MH-CHILD"],
    [("negated", "no self-harm for six weeks, but ongoing CAMHS keeps MH-CHILD present (conv. 4)"),
     ("convention", "Lee charged: DA only, not CRIME")])
box("Z015", "closure", "2025-07-14", "yellow", "Brindle Cross",
    "Leanne is struggling with the bills on her own since Lee left, as he used to pay the rent, and has had two food parcels from Brindle Pantry. The EHW has helped her start a UC claim.",
    ["FIN"],
    [])

# ---------------------------------------------------------------- Z016
box("Z016", "assessment", "2025-10-13", "yellow", "Ashby Moor",
    "Nathan (15, Y11) attendance is 71%; he won't go in on Mondays or Fridays and school have him on a part-time timetable while the attendance officer works with the family. Both parents (Mark and Lisa) are out of work and on UC. Lisa says they owe £1,100 on gas and electric and the two of them skip meals so the kids can eat.",
    ["EDU-ATT", "FIN"],
    [("convention", "parents skipping meals so the children eat is food poverty (FIN); no hungry child, so no SAFE-NEG (conv. 10)")])
box("Z016", "assessment", "2025-10-13", "orange", "Ashby Moor",
    "Six of them live in a two-bed privately rented house; Nathan shares a room with two brothers and black mould is spreading in the back bedroom. Environmental health have inspected and served an improvement notice on the landlord. Mark is seeing his GP for depression and hardly leaves the house.",
    ["HOUS", "MH-ADULT"],
    [("outside", "enforcement against the landlord is not CRIME; its effect on the family is HOUS (conv. 6)")])
box("Z016", "closure", "2026-03-09", "yellow", "Ashby Moor",
    "Nathan has been back on a full timetable since February; attendance this half term is 88% and he still misses the odd Monday. The landlord has treated the mould and put in an extractor fan. The family are on the housing register because of overcrowding, and the EHW will keep an eye out should the damp come back.",
    ["EDU-ATT", "HOUS"],
    [("met", "mould treated"),
     ("hypothetical", "damp 'should it come back'; HOUS is present from the overcrowding")])

# ---------------------------------------------------------------- Z017
box("Z017", "assessment", "2025-06-02", "green", "Kellford",
    "Aaliyah (17) is in the first year of her Early Years Educator apprenticeship at Little Acorns Nursery and does her college day at Stanwick College, where she has learning support for her dyslexia in English and maths.",
    ["EDU-SEND"],
    [("lookalike", "'Early Years' and 'Nursery' are Aaliyah's job: no EYD")])
box("Z017", "assessment", "2025-06-02", "yellow", "Kellford",
    "Mum (Bev) has long COVID and has been signed off sick since March. Her sick pay ended in May and she has had nothing coming in for five weeks while she waits for UC and PIP decisions; Aaliyah's wages are paying for the food. Referred to Citizens Advice.",
    ["PH", "FIN"],
    [])
box("Z017", "closure", "2025-11-17", "green", "Kellford",
    "Bev's PIP was awarded and she is on a phased return to work; she still sees the GP about fatigue. Bev says if her hours get cut again she'll go straight back to Citizens Advice. Aaliyah carries on with her dyslexia support at college.",
    ["PH", "EDU-SEND"],
    [("met", "PIP awarded, back at work: FIN over"),
     ("hypothetical", "hours cut 'if': no FIN")])

# ---------------------------------------------------------------- Z018
box("Z018", "assessment", "2025-04-07", "orange", "Stanwick Vale",
    "Harvey (16) was told to leave by dad and stepmum after he punched a hole in the bedroom door during a row. He's been sleeping on the sofa at his nan's one-bed flat and her tenancy doesn't allow another occupant. A joint assessment with Housing Options under the 16/17-year-old protocol has started.",
    ["HOUS", "REL-PAR"],
    [("convention", "damage during a row with parents is REL-PAR, not DA (conv. 8)")])
box("Z018", "assessment", "2025-04-07", "yellow", "Stanwick Vale",
    "Harvey is on the Level 1 Sport course at Kellford College. Since leaving home he has stopped handing in work and his tutor has warned him that he may be withdrawn.",
    ["EDU-NEET"],
    [("convention", "at risk of losing a college place = at risk of NEET")])
box("Z018", "closure", "2025-09-22", "yellow", "Stanwick Vale",
    "Nan has been moved to a two-bed flat and Harvey lives with her under a kinship arrangement; she is now his kinship carer. Harvey and his dad have had two mediation sessions and are texting again, though he doesn't want to move back there.",
    ["REL-PAR"],
    [("lookalike", "'kinship carer' is nan, not a young carer: no CARER (conv. 12)"),
     ("met", "housing sorted: no HOUS")])

# ---------------------------------------------------------------- Z019
box("Z019", "assessment", "2025-05-19", "orange", "Brindle Cross",
    "Demi (19) and her children Tia (3) and Kobe (14 months) are at Westgate House temporary accommodation after fleeing her ex-partner, who doesn't know where they are. IDVA allocated and the case was heard at MARAC on 14 May.",
    ["HOUS", "DA"],
    [])
box("Z019", "assessment", "2025-05-19", "yellow", "Brindle Cross",
    "Tia isn't using her funded nursery place and says only a handful of single words; the HV has referred her to speech and language therapy. Kobe has missed his 12-month jabs.",
    ["EYD", "PH"],
    [])
box("Z019", "closure", "2025-11-10", "orange", "Brindle Cross",
    "Demi and the children moved into a two-bed housing association flat in September. Her ex has breached the non-molestation order twice by turning up at Tia's nursery; police attended and he was arrested the second time. Tia now goes to nursery 15 hours a week and Kobe has had his jabs.",
    ["DA"],
    [("met", "settled tenancy: no HOUS"),
     ("convention", "ex-partner's breach and arrest are DA only, not CRIME (conv. 7)"),
     ("met", "nursery taken up and jabs done: no EYD, no PH")])

# ---------------------------------------------------------------- Z020
box("Z020", "assessment", "2025-01-20", "yellow", "Ashby Moor",
    "Jamie (17) has autism and an EHCP. His placement at Brindle College broke down in November and he has been at home since, with no education named in his plan; the SEN team is consulting other colleges. Both parents work full time and they are comfortable financially.",
    ["EDU-SEND", "EDU-NEET"],
    [("negated", "comfortable financially: no FIN"),
     ("lookalike", "college 'placement' is not a care placement")])
box("Z020", "closure", "2025-06-09", "yellow", "Ashby Moor",
    "Jamie started at Oakfield Specialist College in April, three days a week under his EHCP, with a transport escort. Mum (Rachel) says he's much more settled. The GP has referred him to the sleep clinic as he is awake most nights.",
    ["EDU-SEND", "PH"],
    [("met", "back in education: NEET over")])

# ---------------------------------------------------------------- Z021
box("Z021", "assessment", "2025-10-06", "red", "Kellford",
    "Ruby-Mae (15) has been missing four times since August and twice was found in a car with adult men in Brindle Cross. She has a 23-year-old 'boyfriend' who buys her vapes and phone credit. Strategy meeting 3/10, s47 under way, ICPC booked.",
    ["SAFE-EXP"],
    [("convention", "vaping is not SUB (conv. 12)"),
     ("outside", "the 23-year-old is outside the household: not DA, not CRIME; his effect is SAFE-EXP")])
box("Z021", "assessment", "2025-10-06", "orange", "Kellford",
    "Police have brought her home after each missing episode and done welfare checks. At school she has been suspended twice this term for swearing at staff and walking out of lessons.",
    ["SAFE-EXP", "EDU-EXC"],
    [("convention", "police returning a missing child / welfare checks are not CRIME (conv. 7)")])
box("Z021", "assessment", "2025-10-06", "yellow", "Kellford",
    "Mum (Kerry) told the EHW she can't cope with Ruby-Mae's shouting and door slamming and has given up setting rules. Kerry says she has never had a problem with drink or drugs.",
    ["REL-PAR"],
    [("negated", "never had a problem with drink or drugs: no SUB")])
box("Z021", "closure", "2026-03-16", "red", "Kellford",
    "Ruby-Mae remains on a child protection plan. No missing episodes since December; the exploitation worker sees her weekly and police have served a Child Abduction Warning Notice on the 23-year-old. She started a managed move to Ashby Moor Academy in January and is attending.",
    ["SAFE-EXP", "EDU-EXC"],
    [("negated", "no missing episodes, but exploitation work ongoing: SAFE-EXP present"),
     ("outside", "warning notice served on an outsider: no CRIME")])

# ---------------------------------------------------------------- Z022
box("Z022", "assessment", "2025-08-18", "yellow", "Stanwick Vale",
    "Zak (18) owes about £2,000 on payday loans and two credit cards from betting on football apps. He works full time at a warehouse but most of his wages go on repayments. He has put a GamStop exclusion on his phone and has been referred to Beacon Gambling Support.",
    ["FIN"],
    [("convention", "gambling debts are FIN, not SUB (conv. 10)"),
     ("lookalike", "GamStop 'exclusion' is not a school exclusion: no EDU-EXC"),
     ("lookalike", "works full time: not NEET")])
box("Z022", "assessment", "2025-08-18", "green", "Stanwick Vale",
    "Mum (Sue) is having chemotherapy for breast cancer at the Royal. Zak drives her to appointments and does the cooking on her bad days. Her GP and a Macmillan nurse are involved.",
    ["PH", "CARER"],
    [])
box("Z022", "closure", "2026-01-12", "blue", "Stanwick Vale",
    "Zak is keeping to a debt management plan of £60 a month and his GamStop exclusion is still on. He still cooks for Sue in her chemo weeks and has signed up to the young adult carers' newsletter.",
    ["FIN", "CARER", "PH"],
    [("convention", "blue box: debt plan and caring being managed count as present (conv. 3)"),
     ("lookalike", "GamStop exclusion: no EDU-EXC")])

# ---------------------------------------------------------------- Z023
box("Z023", "assessment", "2025-09-15", "orange", "Brindle Cross",
    "Dad (Craig) came out of prison in June and is living back at home on licence for two years, with a probation officer visiting. Sophie (16) is angry he's back, won't speak to him and stays out at friends' until late.",
    ["CRIME", "REL-PAR"],
    [("convention", "adult on licence in the household is CRIME (conv. 7)")])
box("Z023", "assessment", "2025-09-15", "yellow", "Brindle Cross",
    "Sophie started a Level 3 Business course at Kellford College in September and works Saturdays at the cinema. Her attendance is fine and college would only flag it if it dropped under 90%, but her tutor has noticed she's withdrawn and she has told the college counsellor she feels low most days.",
    ["MH-CHILD"],
    [("negated", "attendance fine: no EDU-ATT"),
     ("hypothetical", "would only flag if under 90%"),
     ("lookalike", "'withdrawn' describes her mood, not withdrawal from the course: no EDU-NEET")])
box("Z023", "closure", "2026-02-02", "yellow", "Brindle Cross",
    "Craig is keeping to his licence conditions and has work as a delivery driver. Sophie and Craig have had four sessions with the EHW and now eat together most evenings, though she still goes quiet when he's in the room. Sophie still sees the college counsellor every fortnight.",
    ["CRIME", "REL-PAR", "MH-CHILD"],
    [("convention", "ongoing counselling codes MH-CHILD (conv. 4)")])

# ---------------------------------------------------------------- Z024
box("Z024", "assessment", "2025-03-03", "yellow", "Ashby Moor",
    "Ben (17) left sixth form in January and hasn't been in education, work or training since. He's mostly at home and says he'll 'sort something'. Mum works at the bank and dad is an electrician; there are no money worries. Pathways PA visiting every fortnight.",
    ["EDU-NEET"],
    [("negated", "no money worries: no FIN"),
     ("convention", "a NEET young person alone is EDU-NEET only (conv. 11)"),
     ("lookalike", "'the bank' is mum's workplace, not a food bank")])
box("Z024", "assessment", "2025-03-03", "blue", "Ashby Moor",
    "While Ben is out of education and work, mum and dad have gone through the apprenticeship vacancies website with him and he has sent off two applications himself.",
    ["EDU-NEET"],
    [("convention", "blue box: family managing the NEET need itself counts as present (conv. 3)")])
box("Z024", "closure", "2025-07-21", "blue", "Ashby Moor",
    "Ben has a Level 2 electrical apprenticeship starting in September with his dad's firm, and until then he is working 20 hours a week at a café.",
    [],
    [("met", "in work now with an apprenticeship to start: NEET over, no code")])

# ---------------------------------------------------------------- Z025
box("Z025", "assessment", "2025-09-08", "orange", "Kellford",
    "Mum (Natalie) was detained under the Mental Health Act in August after a psychotic episode and is still on the ward at Fernlea. Dad (Rob) works 12-hour shifts at the distribution centre.",
    ["MH-ADULT"],
    [("convention", "shift work is not FIN (conv. 5)")])
box("Z025", "assessment", "2025-09-08", "yellow", "Kellford",
    "Kayden (15) gets his sisters (6 and 8) up, dressed and to school on the days Rob starts at 6am, and has been late for his own school 11 times this term. Referred to the young carers service.",
    ["CARER", "EDU-ATT"],
    [])
box("Z025", "closure", "2026-01-19", "blue", "Kellford",
    "Natalie is home and her CPN visits weekly. Kayden goes to the young carers club on Tuesdays; Rob has swapped to days so he can do the school run, and Kayden hasn't been late since October half term.",
    ["MH-ADULT", "CARER"],
    [("historical", "lateness stopped since October: no EDU-ATT"),
     ("convention", "ongoing CPN and young carers club code their areas (conv. 4)")])

# ---------------------------------------------------------------- Z026
box("Z026", "assessment", "2025-10-27", "orange", "Stanwick Vale",
    "Isla (17) has lost a lot of weight since the summer and the CAMHS eating disorder team have diagnosed anorexia. She is on a meal plan at home and her GP checks her bloods and heart rate every week. Her brother Josh (15) says he's fine and his school have no concerns.",
    ["MH-CHILD", "PH"],
    [("negated", "no concerns about Josh")])
box("Z026", "closure", "2026-03-30", "orange", "Stanwick Vale",
    "Isla is still seen by the CAMHS eating disorder team; her weight is slowly going up towards her target and she is back at college full time.",
    ["MH-CHILD", "PH"],
    [])

# ---------------------------------------------------------------- Z027
box("Z027", "assessment", "2025-07-28", "yellow", "Ashby Moor",
    "Leon (18) moved into the Foyer, supported housing for homeless young people, in July after his mum's new partner didn't want him at home. His UC was sanctioned for missing a work coach appointment and he has £40 a fortnight to live on; he's been using the Foyer's food cupboard. He isn't in work or training and goes to the Foyer job club.",
    ["HOUS", "FIN", "EDU-NEET"],
    [("convention", "FIN is from his benefit sanction and food cupboard, not from being NEET (conv. 11)"),
     ("historical", "reason for leaving home is past; Leon's household is now himself: no REL-PAR")])
box("Z027", "assessment", "2025-07-28", "green", "Ashby Moor",
    "Leon has registered with the GP near the Foyer so he can get his asthma inhalers.",
    ["PH"],
    [])
box("Z027", "closure", "2025-12-15", "yellow", "Ashby Moor",
    "Leon's sanction has ended and his UC is paid in full again. He started a traineeship at Brindle Leisure Centre in November, 25 hours a week. He is still living at the Foyer with a move-on plan for a council flat next year, and knows that if he's sanctioned again he can ask his key worker for a hardship referral.",
    ["HOUS"],
    [("met", "sanction ended: no FIN"),
     ("hypothetical", "'if he's sanctioned again': no FIN"),
     ("met", "on a traineeship: NEET over")])

# ---------------------------------------------------------------- Z028
box("Z028", "assessment", "2025-04-14", "yellow", "Brindle Cross",
    "Helen and Gareth separated in March and are arguing over contact for Freya's brother Finn (9); they only talk by text and handovers end in shouting. Freya (16) says she's keeping out of it.",
    ["REL-CONF"],
    [])
box("Z028", "assessment", "2025-04-14", "green", "Brindle Cross",
    "Freya self-harmed in Year 9 and had CAMHS support in 2022, but she has been well since. She's doing A levels at St Bede's sixth form and has a weekend job at the garden centre.",
    [],
    [("historical", "self-harm and CAMHS in 2022 only: no MH-CHILD"),
     ("lookalike", "weekend job alongside A levels: not NEET")])
box("Z028", "closure", "2025-10-20", "blue", "Brindle Cross",
    "Helen and Gareth agreed a parenting plan at mediation; handovers are now at the leisure centre and are calm. Helen knows she can go back to the mediator if it breaks down.",
    ["REL-CONF"],
    [("hypothetical", "'if it breaks down'"),
     ("convention", "blue box: separated parents managing contact with a plan counts as REL-CONF present (conv. 3)")])

# ---------------------------------------------------------------- Z029
box("Z029", "assessment", "2025-06-23", "orange", "Stanwick Vale",
    "Daniel (19) finished his engineering apprenticeship in May but wasn't kept on and has been out of work since. Dad (Steve) drinks heavily every day, lost his taxi licence and his job in April and is due in court next month for drink-driving. Neighbours have called the police twice about shouting between Steve and Daniel.",
    ["EDU-NEET", "SUB", "FIN", "CRIME", "REL-PAR"],
    [("convention", "Daniel out of work is EDU-NEET; FIN is added for dad's worklessness (conv. 11)"),
     ("convention", "dad's drink-driving charge is offending by a household member: CRIME")])
box("Z029", "closure", "2025-12-08", "yellow", "Stanwick Vale",
    "Steve has a 12-month driving ban and a community order, and is going to the drug and alcohol service; he says he has cut down to weekends. Daniel has started as a maintenance fitter at Brindle Foods and pays board.",
    ["CRIME", "SUB"],
    [("met", "Daniel in work: NEET over"),
     ("lookalike", "'Brindle Foods' is an employer, not food poverty")])

# ---------------------------------------------------------------- Z030
box("Z030", "assessment", "2025-11-03", "yellow", "Kellford",
    "Tyrone (18) is dad to Amelia (5 months), who lives with her mum Chantelle (17) at Chantelle's mother's. They split up in the summer and argue about when he can see Amelia, and Chantelle's mum has stopped his visits. Tyrone works 30 hours a week at a tyre fitter's and pays £25 a week towards Amelia.",
    ["REL-CONF"],
    [("lookalike", "paying towards his daughter is not a money problem: no FIN"),
     ("lookalike", "works 30 hours: not NEET")])
box("Z030", "closure", "2026-02-23", "blue", "Kellford",
    "Tyrone and Chantelle agreed Saturday contact through family mediation and use a co-parenting app to sort out any changes.",
    ["REL-CONF"],
    [("convention", "blue box: contact arrangement being managed counts as present (conv. 3)")])

# ---------------------------------------------------------------- unboxed notes
note("U001", "assessment", "2025-10-14", "orange", "Kellford",
     "PA home visit 14/10. Jayden (16) was arrested on Saturday for carrying a knife in the town centre and has been released under investigation; YOS informed. He hasn't been in any education since he was permanently excluded in Year 11 and has no plans for training or work. Mum says he's 'a good lad really'.",
     ["CRIME", "EDU-NEET"],
     [("historical", "permanent exclusion in Y11 is past: no EDU-EXC"),
      ("convention", "level: arrest / YOS cue -> orange")])
note("U002", "assessment", "2026-02-03", "yellow", "Ashby Moor",
     "EHW visit 3/2. Megan (17) left her hairdressing course at Christmas and hasn't found anything else. Mum (Stacey) hasn't worked since a stroke in 2024 left her with weakness down her right side, and Megan helps her in and out of the bath and with dressing. Agreed a referral to the young carers service.",
     ["EDU-NEET", "PH", "CARER", "FIN"],
     [("convention", "FIN from mum's (adult) worklessness, not from Megan being NEET (conv. 11)"),
      ("convention", "level: EHW and young carers service -> yellow")])
note("U003", "assessment", "2025-05-22", "green", "Stanwick Vale",
     "School nurse drop-in 22/5. Olivia (15, Y10) came about very heavy, painful periods that make her dread PE; advised to see her GP, who has started her on treatment. She wants to join the police cadets. She said a friend's brother sells weed but she has never tried it.",
     ["PH"],
     [("lookalike", "'police cadets' is a career wish, not a police call-out: level stays green"),
      ("outside", "friend's brother selling cannabis: outside the household"),
      ("negated", "never tried it: no SUB"),
      ("convention", "level: school nurse and GP only -> green")])
note("U004", "assessment", "2026-01-09", "red", "Brindle Cross",
     "ICPC 9/1/26. Aiden (15) and his two younger brothers made subject to child protection plans under neglect. There is no working cooker, the boys are often hungry, and Aiden buys food for his brothers with his paper round money and gets them to school. Dad (Gary) drinks heavily through the day.",
     ["SAFE-NEG", "CARER", "SUB"],
     [("convention", "hungry children are SAFE-NEG; no food bank or fuel poverty described, so no FIN (conv. 10)"),
      ("lookalike", "paper round: not a money problem"),
      ("convention", "level: ICPC / CP plan -> red")])
note("U005", "closure", "2026-04-30", "blue", "Kellford",
     "Closure call with Jenna 30/4. She and Lucas (17) have a routine for his type 1 diabetes now: he carries his own kit, checks his levels at lunch and texts her the readings. She found the Diabetes UK teen pages herself and has joined a parents' Facebook group. No hypos since Christmas.",
     ["PH"],
     [("negated", "no hypos since Christmas, but the diabetes being managed is PH present"),
      ("convention", "level: information the family acts on itself, own network -> blue")])
note("U006", "assessment", "2026-03-12", "orange", "Ashby Moor",
     "Multi-agency TAF review 12/3. Kian (15) is on a part-time timetable at Hollins Park after a five-day suspension for throwing a chair in a lesson. Mum (Amber) did a parenting course last year and says home is calmer. Amber's new partner doesn't live with them and has a conviction for assault; school asked whether he sees Kian and Amber says he doesn't.",
     ["EDU-ATT", "EDU-EXC"],
     [("historical", "parenting course last year: no REL-PAR"),
      ("outside", "partner's conviction: he lives elsewhere, no CRIME (conv. 6)"),
      ("negated", "he doesn't see Kian"),
      ("convention", "level: multi-agency TAF plan -> orange")])

# ================================================================ writer
CODES = ["EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD",
         "MH-ADULT", "PH", "SUB", "REL-PAR", "REL-CONF", "DA", "SAFE-NEG",
         "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"]
LEVELS = ["blue", "green", "yellow", "orange", "red"]
TRAP_TYPES = {"negated", "historical", "hypothetical", "lookalike",
              "outside", "met", "goodnews", "convention"}
MENTION_TRAPS = TRAP_TYPES - {"convention"}


def main():
    ids = [r["narrative_id"] for r in RECORDS]
    assert len(ids) == len(set(ids)), "duplicate narrative ids"
    for r in RECORDS:
        assert r["gold_level"] in LEVELS, r["narrative_id"]
        assert len(r["codes"]) == len(set(r["codes"])), r["narrative_id"]
        for c in r["codes"]:
            assert c in CODES, (r["narrative_id"], c)
        for t, _ in r["traps"]:
            assert t in TRAP_TYPES, (r["narrative_id"], t)

    with open(os.path.join(HERE, "narratives.csv"), "w", encoding="utf-8",
              newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "triage_id", "case_id", "stage", "date",
                    "level", "locality", "narrative"])
        for r in RECORDS:
            w.writerow([r["narrative_id"], r["triage_id"], r["case_id"],
                        r["stage"], r["date"], r["level"], r["locality"],
                        r["narrative"]])

    with open(os.path.join(HERE, "gold.csv"), "w", encoding="utf-8",
              newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "code", "level"])
        for r in RECORDS:
            for c in r["codes"]:
                w.writerow([r["narrative_id"], c, r["gold_level"]])

    traps = []
    for r in RECORDS:
        if r["traps"]:
            traps.append({"narrative_id": r["narrative_id"],
                          "gold_codes": r["codes"],
                          "traps": [{"type": t, "note": n}
                                    for t, n in r["traps"]]})
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8",
              newline="\n") as f:
        json.dump(traps, f, ensure_ascii=False, indent=1)
        f.write("\n")

    # summary for the README
    n = len(RECORDS)
    boxed = sum(1 for r in RECORDS if r["level"])
    cases = sorted({r["case_id"] for r in RECORDS if r["level"]})
    triages = sorted({r["triage_id"] for r in RECORDS if r["level"]})
    per_code = {c: 0 for c in CODES}
    for r in RECORDS:
        for c in r["codes"]:
            per_code[c] += 1
    with_mention_trap = sum(1 for r in RECORDS
                            if any(t in MENTION_TRAPS for t, _ in r["traps"]))
    trap_counts = {}
    for r in RECORDS:
        for t, _ in r["traps"]:
            trap_counts[t] = trap_counts.get(t, 0) + 1
    no_code = sum(1 for r in RECORDS if not r["codes"])
    print("narratives", n, "boxed", boxed, "unboxed", n - boxed)
    print("cases", len(cases), "triages", len(triages),
          "(A %d, C %d)" % (sum(t.endswith("-A") for t in triages),
                            sum(t.endswith("-C") for t in triages)))
    print("gold rows", sum(per_code.values()), "narratives with no code", no_code)
    print("per code", per_code)
    print("narratives with a mention trap", with_mention_trap,
          "with any trap note", len(traps))
    print("trap notes by type", dict(sorted(trap_counts.items())))
    lv = {}
    for r in RECORDS:
        lv[r["gold_level"]] = lv.get(r["gold_level"], 0) + 1
    print("narratives by level", lv)


if __name__ == "__main__":
    main()
