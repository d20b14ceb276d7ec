#!/usr/bin/env python3
"""Hand-written blind gold set (theme: fathers) for early-help triage coding.

Every narrative, its gold codes and its trap notes are written by hand below.
Running this file writes narratives.csv, gold.csv and traps.json (UTF-8, CRLF).
Gold codes are `present` issues only, coded by /work/shared/taxonomy.md.
"""
import csv
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

NARR = []   # dicts: narrative_id, triage_id, case_id, stage, date, level, locality, narrative, codes, gold_level, traps


def box(case, stage, date, loc, level, text, codes, traps=()):
    """A narrative written in a level box of a triage (A = assessment, C = closure)."""
    tid = case + ("-A" if stage == "assessment" else "-C")
    NARR.append(dict(narrative_id=tid + "-" + level, triage_id=tid, case_id=case,
                     stage=stage, date=date, level=level, locality=loc,
                     narrative=text, codes=list(codes), gold_level=level,
                     traps=[dict(kind=k, code=c, note=n) for k, c, n in traps]))


def note(nid, stage, date, loc, gold_level, text, codes, traps=()):
    """An unboxed case note: level column empty, one gold level from the highest cue."""
    NARR.append(dict(narrative_id=nid, triage_id=nid, case_id=nid, stage=stage,
                     date=date, level="", locality=loc, narrative=text,
                     codes=list(codes), gold_level=gold_level,
                     traps=[dict(kind=k, code=c, note=n) for k, c, n in traps]))


A, C = "assessment", "closure"
# trap kinds: negated, historical, hypothetical, lookalike, outside, met (need now met),
#             rule (a coding convention decides, e.g. CPV is REL-PAR not DA),
#             scope (a negated/historical/hypothetical/look-alike phrase that does NOT remove a
#                    code the narrative carries anyway), note (remark on a non-code mention)

# ---------------------------------------------------------------- F001 single dad, nights
L = "Ashbrook"
box("F001", A, "2025-02-03", L, "green",
    "Gareth has had the children on his own since their mum took a job in Scotland in the autumn. "
    "Alfie (3) is down for 15 hours at Linnet Lane Nursery but only makes about half his sessions, and "
    "his keyworker says he is still using single words. Mia (7) is settled at Brackenfield Primary and "
    "her class teacher has raised no concerns.",
    ["EYD"],
    [("negated", "EDU-ATT", "Mia: teacher has raised no concerns"),
     ("outside", "REL-CONF", "mum moved away for work, no conflict described")])
box("F001", A, "2025-02-03", L, "yellow",
    "Gareth says evenings are a battle. Mia refuses to go up before 10pm and lashes out at him when he "
    "takes the tablet off her. He works nights at the distribution centre four times a week and his "
    "sister sleeps over to cover, but she has told him she can't keep doing it. He has asked for a place "
    "on the dads' parenting group and some EHW time on routines.",
    ["REL-PAR"],
    [("rule", "DA", "child hitting out at her dad is REL-PAR, not DA (conv. 8)"),
     ("lookalike", "FIN", "working nights is not FIN (conv. 5)")])
box("F001", C, "2025-07-14", L, "blue",
    "Gareth has a bedtime chart on the fridge and Mia is in bed by half eight most nights; he still gets "
    "to the dads' group on Thursdays when his shifts allow. Mum is back in the area and has both children "
    "every other weekend, which the two of them sorted out without any falling out.",
    ["REL-PAR"],
    [("negated", "REL-CONF", "arrangements sorted without any falling out")])

# ---------------------------------------------------------------- F002 stepdad, teenager
L = "Kelworth Vale"
box("F002", A, "2025-03-17", L, "yellow",
    "Kai (14) has been on a part-time timetable at Moorgate Academy since February half term after "
    "refusing to go in, and his attendance is 61%. Darren, his stepdad, says most of the shouting at home "
    "is over Kai's phone and him coming in after midnight. Kai's birth dad lives in Wales and they have "
    "not been in touch for four years.",
    ["EDU-ATT", "REL-PAR"],
    [("rule", "REL-CONF", "rows between stepdad and child are REL-PAR, not REL-CONF (conv. 8)"),
     ("note", "", "birth dad in Wales, no contact")])
box("F002", A, "2025-03-17", L, "orange",
    "Twice this month Darren has reported Kai missing and police have found him after midnight by the "
    "retail park with a group of older lads, one of whom had a knife on him. Kai was taken home as a "
    "welfare matter and was not arrested. School believe he is being groomed to hold things for the "
    "group and a referral has gone to the exploitation panel.",
    ["SAFE-EXP"],
    [("rule", "CRIME", "police finding a missing child is safeguarding, not CRIME (conv. 7)"),
     ("outside", "CRIME", "the knife belongs to an older lad outside the household"),
     ("negated", "CRIME", "Kai was not arrested")])
box("F002", C, "2025-10-06", L, "green",
    "Kai is back on a full timetable and his attendance this half term is 89%, with the pastoral lead "
    "checking in with him weekly. Nothing further from the police since May, and the exploitation panel "
    "closed his case in August.",
    ["EDU-ATT"],
    [("historical", "SAFE-EXP", "panel closed in August, nothing since May")])

# ---------------------------------------------------------------- F003 dad back from prison
L = "Saltmarsh"
box("F003", A, "2025-03-10", L, "orange",
    "Lee came out of prison in January and is on licence until next spring, with probation every "
    "fortnight; his conditions include an exclusion zone covering the town centre. Jade (11) is finding "
    "his return hard. She has started wetting the bed again and is often in tears at school, and school "
    "have asked the GP to refer her to CAMHS.",
    ["CRIME", "PH", "MH-CHILD"],
    [("lookalike", "EDU-EXC", "'exclusion zone' is a licence condition, not a school exclusion")])
box("F003", A, "2025-03-10", L, "yellow",
    "While Lee was inside, Kirsty ran the house on her own and £1,400 of council tax arrears built up; "
    "enforcement letters are now coming through the door. Lee is looking for work through a prison "
    "leavers' employment scheme. He says he doesn't drink or use anything.",
    ["FIN"],
    [("negated", "SUB", "doesn't drink or use anything"),
     ("historical", "CRIME", "'while Lee was inside' is past; no licence mentioned in this box")])
box("F003", A, "2025-03-10", L, "green",
    "Poppy (4) starts in Reception in September. Her school-readiness check with the health visitor "
    "found her on track: she is dry day and night, chats in full sentences and her jabs are up to date.",
    [],
    [("lookalike", "EYD", "development check words with no need stated: good news, not coded (conv. 3)"),
     ("lookalike", "PH", "immunisations up to date is good news")])
box("F003", C, "2025-09-22", L, "yellow",
    "Lee is still on licence and keeping all his probation appointments, with no breaches. He has started "
    "labouring through the employment scheme, and the council tax arrears are on a £60 a month plan which "
    "he says is tight but doable.",
    ["CRIME", "FIN"],
    [("scope", "CRIME", "'no breaches' does not cancel the licence itself")])
box("F003", C, "2025-09-22", L, "green",
    "Jade has been dry at night since July. She had six sessions with the mental health support team in "
    "school and her teacher says she is much more settled; the team are keeping her on their list for a "
    "check-in before Christmas.",
    ["MH-CHILD"],
    [("historical", "PH", "bedwetting over since July")])

# ---------------------------------------------------------------- F004 dad's drinking, shared care
L = "Hollin Cross"
box("F004", A, "2025-01-20", L, "orange",
    "On Sunday Josh's mum rang the police when Paul turned up for the handover smelling of drink. "
    "Officers attended and Josh stayed at his mum's. Paul admits he has been drinking most evenings since "
    "his own dad died in November. Referred to Step Forward (drug and alcohol service); a strategy "
    "discussion was not felt to be needed.",
    ["SUB"],
    [("rule", "CRIME", "police attended but no offence by a household member"),
     ("note", "", "negated red cue (strategy discussion not needed); irrelevant in a box")])
box("F004", A, "2025-01-20", L, "yellow",
    "Paul and Nicole, Josh's mum, have fallen out over the handover times and no longer speak; messages "
    "go through Paul's mother. Josh lives with his dad Monday to Thursday. Paul would like mediation. "
    "Josh (9) is doing well at school.",
    ["REL-CONF"],
    [])
box("F004", C, "2025-07-07", L, "yellow",
    "Paul has gone to Step Forward every week since February and says he hasn't had a drink for 14 weeks; "
    "his key worker is keeping him open until the autumn. Mediation happened in April and the written "
    "handover plan they agreed is being kept to.",
    ["SUB"],
    [("met", "REL-CONF", "dispute resolved by mediation; 'now managing' counts only in blue/green boxes")])
box("F004", C, "2025-07-07", L, "blue",
    "Paul is clearing a £300 catalogue debt at £25 a month. He uses the dads' group chat when evenings get "
    "long and has the Step Forward helpline saved in case he feels like having a drink.",
    ["FIN"],
    [("hypothetical", "SUB", "helpline saved 'in case he feels like having a drink'")])

# ---------------------------------------------------------------- F005 dad as parent carer
L = "Ashbrook"
box("F005", A, "2025-04-02", L, "green",
    "Filip (6) has cerebral palsy and uses a wheelchair. He has an EHCP at Oakfield Primary and the SENCO "
    "reviews it every term. Tomasz gave up his job to look after Filip full time and gets Carer's "
    "Allowance. All physio and OT appointments have been kept.",
    ["PH", "EDU-SEND"],
    [("lookalike", "CARER", "a parent who cares is not CARER (conv. 12)"),
     ("lookalike", "FIN", "Carer's Allowance with no money problem is not FIN (conv. 5)")])
box("F005", A, "2025-04-02", L, "yellow",
    "Zofia (12) does a lot at home for her younger brother, getting him washed and dressed most mornings "
    "before she leaves, and she has been late to Ferncliffe High 11 times this term. Referred to Ashbrook "
    "Young Carers.",
    ["CARER", "EDU-ATT"],
    [])
box("F005", C, "2025-09-29", L, "blue",
    "Tomasz has taken the mornings back, so Zofia now only helps with Filip's bath at weekends, and she "
    "goes to the young carers' club every other week. Tomasz has joined the parent carers' forum and goes "
    "to their coffee mornings.",
    ["CARER"],
    [("scope", "CARER", "'parent carers' forum' is about dad, not a child carer (CARER present from Zofia)"),
     ("rule", "CARER", "reduced but continuing caring in a blue box is present (conv. 3)")])
box("F005", C, "2025-09-29", L, "green",
    "Filip's annual EHCP review in June added more one-to-one time. Zofia has not been late at all this "
    "term and school have no concerns.",
    ["EDU-SEND"],
    [("negated", "EDU-ATT", "not late at all this term")])

# ---------------------------------------------------------------- F006 working dad, money
L = "Kelworth Vale"
box("F006", A, "2025-02-24", L, "yellow",
    "Marcus drives for a drinks wholesaler full time and Jodie works part time, but since the rent went up "
    "they have fallen two months behind (£1,650) and have been to the Kelworth food bank three times since "
    "Christmas. The landlord hasn't served notice but says he will if it reaches three months. Marcus says "
    "the worry is getting him down and the GP has started him on antidepressants.",
    ["FIN", "MH-ADULT"],
    [("lookalike", "SUB", "'drinks wholesaler' is his job"),
     ("hypothetical", "HOUS", "notice only if arrears reach three months")])
box("F006", A, "2025-02-24", L, "green",
    "Ruby (2) had her two-year review with the health visitor; everything was on track except her weight, "
    "which has dropped to the 2nd centile, so the HV will weigh her monthly. Leon and Ava are at St Bede's "
    "Primary with attendance of 97% and 98%.",
    ["PH"],
    [("lookalike", "EYD", "two-year review on track apart from weight (PH)"),
     ("lookalike", "EDU-ATT", "good attendance, no need")])
box("F006", C, "2025-11-10", L, "green",
    "Marcus is still taking the tablets from his GP and says his mood is a lot better. Ruby is now on the "
    "9th centile and the HV has stopped the monthly weighing.",
    ["MH-ADULT"],
    [("met", "PH", "weight recovered, monthly weighing stopped")])
box("F006", C, "2025-11-10", L, "blue",
    "With a budget sheet from Citizens Advice the family are paying an extra £50 a month towards the rent "
    "arrears. They have not needed the food bank since March.",
    ["FIN"],
    [("scope", "FIN", "food bank not needed since March (FIN present from the arrears)")])

# ---------------------------------------------------------------- F007 veteran dad, son cares
L = "Saltmarsh"
box("F007", A, "2025-03-03", L, "orange",
    "Craig has PTSD from his army service in Afghanistan and is under the veterans' mental health team. "
    "Last month he told his GP he had been thinking about ending his life, and a crisis plan is now in "
    "place. Ethan (15) does most of the shopping and cooking and makes sure his dad takes his tablets.",
    ["MH-ADULT", "CARER"],
    [("note", "", "'army service' is not a service involvement")])
box("F007", A, "2025-03-03", L, "yellow",
    "Ethan is in Year 11 at Saltmarsh Academy. He was suspended for two days in February for swearing at "
    "a teacher, and his head of year has warned that another incident will mean a further suspension.",
    ["EDU-EXC"],
    [])
box("F007", C, "2025-10-13", L, "yellow",
    "Ethan left Saltmarsh Academy in the summer with five GCSEs, but his place at Kelworth College fell "
    "through and he has not started any course, job or training since September. He still does most of "
    "the cooking while his dad is unwell. Harbour Young Carers have offered him a mentor.",
    ["EDU-NEET", "CARER"],
    [("lookalike", "EDU-EXC", "leaving school at 16 is not an exclusion"),
     ("rule", "FIN", "a 16+ NEET young person is EDU-NEET only (conv. 11)")])
box("F007", C, "2025-10-13", L, "green",
    "Craig is still seeing the veterans' team and his GP every month. He says he has had no thoughts of "
    "suicide since the spring, and he comes to the dads' group most weeks.",
    ["MH-ADULT"],
    [("scope", "MH-ADULT", "suicidal thoughts over since spring; MH-ADULT present from ongoing treatment")])

# ---------------------------------------------------------------- F008 shared care, court
L = "Hollin Cross"
box("F008", A, "2025-05-12", L, "yellow",
    "Ryan and Stacey split up last year and had Lily (6) week about. That fell apart over the Easter "
    "holidays and both have now applied to court for a child arrangements order. Lily has told Ryan she "
    "hates the shouting at handovers.",
    ["REL-CONF"],
    [])
box("F008", A, "2025-05-12", L, "orange",
    "Lily told her teacher that her mum's new boyfriend hits her mum and once shoved Lily into a door. "
    "School referred to the front door and police are investigating him. Lily is staying with Ryan full "
    "time while enquiries go on.",
    ["DA"],
    [("outside", "CRIME", "the boyfriend is outside Ryan's household: his offence is not CRIME (conv. 6)"),
     ("rule", "DA", "the effect on the family's child (exposure to DA, assault on Lily) is coded DA")])
box("F008", C, "2026-01-19", L, "green",
    "Lily now lives with Ryan and sees her mum on Saturdays at the contact centre. Her attendance at "
    "Hollin Cross Primary is 96%. The final court hearing is listed for February.",
    ["REL-CONF"],
    [("lookalike", "EDU-ATT", "96% attendance is good news")])
box("F008", C, "2026-01-19", L, "blue",
    "Ryan finished the free online co-parenting course and he and Stacey now use a shared diary app so "
    "their messages stay about Lily. Stacey's ex has moved out of the area and she says they have no "
    "contact.",
    ["REL-CONF"],
    [("historical", "DA", "the ex has moved away, no contact; also outside Ryan's household")])

# ---------------------------------------------------------------- F009 young dad, housing
L = "Ashbrook"
box("F009", A, "2025-04-22", L, "orange",
    "Kieran (23), Megan and baby Noah are sharing a box room in Kieran's mum's three-bed house with five "
    "other people. His mum has told them they must be out by the end of the month. Housing Options have "
    "opened a homelessness application.",
    ["HOUS"],
    [])
box("F009", A, "2025-04-22", L, "yellow",
    "Kieran hasn't worked since the warehouse let him go last year; he is on Universal Credit and has been "
    "referred to the young dads' employability programme. Megan is breastfeeding Noah (8 months) and wants "
    "to start him on solids but has lots of questions, so the HV has put her in touch with the infant "
    "feeding team.",
    ["FIN", "EYD"],
    [("rule", "EDU-NEET", "Kieran is an adult parent of 23: household worklessness is FIN")])
box("F009", C, "2025-09-15", L, "yellow",
    "In July the family moved into a one-bed temporary flat at Carrick House and they are on the housing "
    "register for a two-bed. Kieran started a 12-week warehouse contract in August; if it isn't extended "
    "he says he'll go straight back to the job centre.",
    ["HOUS"],
    [("met", "FIN", "now in work"),
     ("hypothetical", "FIN", "'if it isn't extended'")])

# ---------------------------------------------------------------- F010 dad on methadone, son YOS
L = "Hollin Cross"
box("F010", A, "2025-06-09", L, "orange",
    "Connor (15) got a referral order in May for criminal damage at the bus station and is working with "
    "the YOS. Dean says Connor has been 'a different lad' since his mum died two years ago; he is on the "
    "CAMHS waiting list for low mood linked to his grief.",
    ["CRIME", "MH-CHILD"],
    [])
box("F010", A, "2025-06-09", L, "yellow",
    "Dean used heroin in the past and has been on a stable methadone script for six years, picked up daily "
    "from the chemist; his drug worker is pleased with him. Dean's brother, who lives across town, is still "
    "using, and Dean has stopped him coming to the house because of Connor.",
    ["SUB"],
    [("scope", "SUB", "heroin use is past; SUB present from the methadone script (conv. 4)"),
     ("scope", "SUB", "brother's drug use is outside the household (SUB present from Dean's script)")])
box("F010", C, "2026-01-12", L, "yellow",
    "Connor finished his referral order in November. He sees a CAMHS practitioner every fortnight and Dean "
    "says he is talking more at home. Dean's methadone has been cut down and he hopes to be off it by the "
    "summer.",
    ["MH-CHILD", "SUB"],
    [("historical", "CRIME", "referral order finished in November")])

# ---------------------------------------------------------------- F011 stepdad's stroke
L = "Kelworth Vale"
box("F011", A, "2025-02-10", L, "yellow",
    "Winston, Malik's stepdad, had a stroke in January and is weak down his left side; he is off work on "
    "sick pay. Malik (11) helps him on the stairs and with his shoes every morning and has started "
    "arriving late at school. Denise works as a care assistant at a nursing home; she says they are "
    "keeping up with all the bills.",
    ["PH", "CARER", "EDU-ATT"],
    [("scope", "CARER", "'care assistant' is mum's job (CARER present from Malik)"),
     ("negated", "FIN", "keeping up with all the bills; sick pay alone is not FIN")])
box("F011", A, "2025-02-10", L, "green",
    "Tia (16) is doing A levels at Kelworth College. She has asthma, well controlled with her inhalers, and "
    "the college nurse holds her care plan.",
    ["PH"],
    [("lookalike", "EDU-NEET", "16 but in education"),
     ("rule", "PH", "a condition being managed counts in a green box (conv. 3)")])
box("F011", C, "2025-08-18", L, "blue",
    "Winston walks with a stick now and does his physio exercises at home, and he hopes to go back to work "
    "part time in the new year. Malik no longer needs to help him on the stairs but still does his laces "
    "most mornings, and he goes to the young carers' group on Tuesdays.",
    ["PH", "CARER"],
    [("scope", "CARER", "no longer helps on the stairs, but still caring in the next clause")])

# ---------------------------------------------------------------- F012 gambling dad
L = "Saltmarsh"
box("F012", A, "2025-05-06", L, "orange",
    "Priya has found out that Sunil ran up about £8,000 on credit cards and payday loans through online "
    "betting. The gas has been switched to a prepayment meter with £300 of debt loaded on it, and a "
    "possession notice for the rent arrears came last week. Sunil has put gambling blocks on his bank "
    "cards and started counselling with a gambling support charity.",
    ["FIN", "HOUS"],
    [("rule", "SUB", "gambling is FIN, not SUB (conv. 10)")])
box("F012", A, "2025-05-06", L, "yellow",
    "Sunil and Priya row about money most nights and she has asked him to stay at his brother's for a "
    "while. Priya says he has never been violent or threatening. Arjun (10) has been fighting in the "
    "playground and spent a day in internal exclusion last week.",
    ["REL-CONF", "EDU-EXC"],
    [("negated", "DA", "never violent or threatening")])
box("F012", C, "2025-10-27", L, "orange",
    "The possession claim goes to court in November; the housing officer is pressing for a suspended order "
    "as long as the family stick to a repayment plan. A debt relief order application is under way for the "
    "loans.",
    ["HOUS", "FIN"],
    [])
box("F012", C, "2025-10-27", L, "blue",
    "Sunil is living back at home and they say they talk things through now instead of rowing, using the "
    "couples' workbook from the parental conflict programme. Arjun has had no more exclusions.",
    ["REL-CONF"],
    [("negated", "EDU-EXC", "no more exclusions")])

# ---------------------------------------------------------------- F013 single dad, neglect
L = "Hollin Cross"
box("F013", A, "2025-03-24", L, "red",
    "Chelsea (9) and Jack (5) were made subject to child protection plans for neglect at the ICPC this "
    "month. At the visit there was dog mess on the floors, the cooker didn't work and there was hardly any "
    "food in. Both children have head lice and Jack has tooth decay that has never been treated.",
    ["SAFE-NEG", "PH"],
    [])
box("F013", A, "2025-03-24", L, "orange",
    "Alan has a mild learning disability and epilepsy; he takes his medication from the GP every day but "
    "had two seizures in February. Most mornings it is Chelsea who gets Jack up, dressed and fed.",
    ["PH", "CARER"],
    [("lookalike", "SUB", "prescribed epilepsy medication is not SUB")])
box("F013", A, "2025-03-24", L, "yellow",
    "Chelsea's attendance at Millbrook Primary is 84%. Jack is in Reception and hardly misses a day. Alan "
    "wants help getting a proper morning routine going.",
    ["EDU-ATT", "REL-PAR"],
    [])
box("F013", C, "2025-12-08", L, "yellow",
    "The CP plans ended in October and the children were stepped down to early help. The house is much "
    "better, though by the end of the week the kitchen gets on top of Alan again, so the family support "
    "worker still calls twice a week to help him keep on top of it. Jack's teeth were sorted under general "
    "anaesthetic in July.",
    ["SAFE-NEG"],
    [("note", "", "CP plans ended in October: a past red cue, not a code"),
     ("historical", "PH", "teeth treated in July")])
box("F013", C, "2025-12-08", L, "green",
    "Chelsea's attendance has come up to 95% and she has made friends in her class. Alan sees the epilepsy "
    "nurse at the surgery every six months and has had no seizures since April.",
    ["EDU-ATT", "PH"],
    [("rule", "EDU-ATT", "improving attendance in a green box is 'now managing' (conv. 3)"),
     ("scope", "PH", "no seizures since April, but epilepsy still under review")])

# ---------------------------------------------------------------- F014 damp, overcrowded, working dad
L = "Ashbrook"
box("F014", A, "2025-01-27", L, "orange",
    "Six of them live in a two-bed housing association flat with black mould in both bedrooms. Yusuf (2) "
    "has been admitted to hospital twice this winter with his breathing. Environmental health have served "
    "an improvement notice on the landlord.",
    ["HOUS", "PH"],
    [("scope", "HOUS", "notice is on the landlord, not an eviction notice (HOUS present from damp/overcrowding)")])
box("F014", A, "2025-01-27", L, "yellow",
    "Jamal has two jobs, days at a car wash and evenings at a takeaway, while Fatima is at home with the "
    "four children. He says they get by, but they can't afford to heat more than the front room; the EHW "
    "has helped them apply to the Household Support Fund.",
    ["FIN"],
    [("scope", "FIN", "two jobs/shift work alone is not FIN; fuel poverty is")])
box("F014", A, "2025-01-27", L, "green",
    "Because of the hospital stays Yusuf missed his two-year review, and the HV has rebooked it. Fatima "
    "thinks he is saying far fewer words than his sister did at the same age.",
    ["EYD"],
    [])
box("F014", C, "2026-01-26", L, "yellow",
    "The family moved into a four-bed Ashbrook Homes house in October. Money is tight again since Jamal "
    "dropped the evening job to do a college course, they are behind on the water bill, and the EHW has "
    "referred them to debt advice.",
    ["FIN"],
    [("met", "HOUS", "moved to a four-bed house")])
box("F014", C, "2026-01-26", L, "green",
    "Yusuf's chest has been clear since the move and the GP has stopped his inhaler. The HV did his review "
    "in November and has referred him to the speech and language drop-in at the children's centre.",
    ["EYD"],
    [("historical", "PH", "chest clear since the move, inhaler stopped")])

# ---------------------------------------------------------------- F015 dad as DA victim
L = "Kelworth Vale"
box("F015", A, "2025-04-14", L, "orange",
    "Scott told the dads' worker that Hayley goes through his phone, keeps hold of all the money and has "
    "thrown a mug at his head. DASH came out high risk and he has been referred to MARAC. He won't leave "
    "because of Liam (8) and Grace (4).",
    ["DA"],
    [("rule", "FIN", "controlling the money is part of the abuse: DA, not FIN")])
box("F015", A, "2025-04-14", L, "yellow",
    "Hayley drinks a bottle of wine most nights and Scott says she turns into a different person after a "
    "few glasses. Liam (8) has started wetting the bed again.",
    ["SUB", "PH"],
    [("rule", "PH", "bedwetting at school age is PH (conv. 9)")])
box("F015", C, "2025-11-24", L, "orange",
    "Hayley moved out in August after Scott was granted a non-molestation order; she sees the children at "
    "the family centre under supervision. Scott goes to a support group for male victims.",
    ["DA"],
    [])
box("F015", C, "2025-11-24", L, "green",
    "Liam's bedwetting is much less often and the school nurse has lent Scott an alarm to try. Grace "
    "started at Rowan Tree Nursery three mornings a week in September and has settled well.",
    ["PH"],
    [("lookalike", "EYD", "nursery started and settled: good news, not a need")])

# ---------------------------------------------------------------- F016 stepfamily, ADHD pathway
L = "Saltmarsh"
box("F016", A, "2025-05-19", L, "green",
    "Finley (10) is on the ADHD pathway, and the SENCO at Harbourside Primary has put him on SEN support "
    "with movement breaks. Owen, who works as a county court bailiff, does all the school runs in his "
    "weeks. He says he struggled at school himself and was never assessed.",
    ["EDU-SEND"],
    [("lookalike", "FIN", "dad's job as a bailiff"),
     ("note", "", "dad's own school years are past")])
box("F016", A, "2025-05-19", L, "yellow",
    "When Finley is at Owen's, he and Isla (7), Owen's partner Jess's daughter, fight constantly. Jess "
    "wants firmer rules for Finley and Owen thinks she's too hard on him, and it usually ends with the two "
    "adults rowing. Referred to the Positive Steps parenting course.",
    ["REL-PAR", "REL-CONF"],
    [])
box("F016", C, "2025-12-01", L, "blue",
    "Owen and Jess have written a set of house rules that both children signed, and they sit down on Sunday "
    "evenings to talk about how the week went instead of arguing in front of the kids.",
    ["REL-PAR", "REL-CONF"],
    [])

# ---------------------------------------------------------------- F017 grandad kinship carer
L = "Hollin Cross"
box("F017", A, "2025-05-27", L, "orange",
    "Roy (64) has been kinship carer for Harvey (13) and Mason (9) under a special guardianship order "
    "since their dad Danny went to prison in 2024. Danny is due out in the summer and says he wants the "
    "boys back. Since Easter Harvey has been missing overnight twice and was found in a flat in Kelworth "
    "with older youths; police say the address is linked to county lines.",
    ["SAFE-EXP"],
    [("lookalike", "CARER", "'kinship carer' is not CARER (conv. 12)"),
     ("outside", "CRIME", "Danny in prison is outside the household"),
     ("hypothetical", "REL-CONF", "Danny wanting the boys back is a future possibility")])
box("F017", A, "2025-05-27", L, "yellow",
    "Roy has arthritis in both knees and is on the waiting list for a hip replacement, so the school run is "
    "hard for him. Mason (9) walks himself in and is often late, and he is pushing his luck at home, "
    "refusing to come in at night.",
    ["PH", "EDU-ATT", "REL-PAR"],
    [])
box("F017", C, "2025-12-15", L, "orange",
    "Police stopped Harvey in September and found cannabis and £200 in cash on him; he has been charged with "
    "possession with intent to supply and is now working with the YOS and the exploitation team. He has not "
    "gone missing since October.",
    ["SAFE-EXP", "CRIME"],
    [("rule", "SUB", "drugs found on an exploited child are SAFE-EXP + CRIME, not SUB (conv. 12)")])
box("F017", C, "2025-12-15", L, "yellow",
    "Danny was released on licence in August and is living in a probation hostel; he sees the boys at Roy's "
    "on Sundays. Roy had his hip done in November and is on crutches for another six weeks, so a neighbour "
    "is doing the school run.",
    ["PH"],
    [("outside", "CRIME", "Danny on licence but lives at a hostel, outside the household")])

# ---------------------------------------------------------------- F018 redundancy, low mood
L = "Kelworth Vale"
box("F018", A, "2025-03-31", L, "yellow",
    "Nathan was made redundant from the steelworks in January and hasn't found anything since. They are "
    "living on Universal Credit and Amy's part-time wage and have fallen behind on the car finance. At the "
    "dads' group Nathan said his mood has been low for weeks and he has stopped seeing his mates; he hasn't "
    "been to the GP about it.",
    ["FIN", "MH-ADULT"],
    [("scope", "MH-ADULT", "'hasn't been to the GP' does not negate the low mood")])
box("F018", A, "2025-03-31", L, "green",
    "Oscar (3) does 15 hours at Sunnyside Pre-school. Staff say his talking is good, but he is still in "
    "nappies and screams when they take him to the toilet.",
    ["EYD"],
    [])
box("F018", C, "2025-09-08", L, "blue",
    "Nathan started an electrician apprenticeship in July through the adult skills scheme. He still has low "
    "days and rings one of the other dads from the group when he does. Oscar is dry in the day and just has "
    "a nappy at night now.",
    ["MH-ADULT", "EYD"],
    [("met", "FIN", "back in work via apprenticeship")])

# ---------------------------------------------------------------- F019 widowed dad, teenage daughter
L = "Ashbrook"
box("F019", A, "2025-05-05", L, "orange",
    "Erin (14) went to A&E in April after cutting her arms and has been open to CAMHS since. Stuart found "
    "messages on her phone from a man in his twenties asking her to send pictures; police have the phone "
    "and are investigating him.",
    ["MH-CHILD", "SAFE-EXP"],
    [("outside", "CRIME", "the man is outside the household; police investigating him is not CRIME")])
box("F019", A, "2025-05-05", L, "yellow",
    "Stuart has brought Erin up on his own since her mum died in 2022. He drives buses on split shifts and "
    "says he is out of his depth: he doesn't know how to talk to her about periods, friends or her phone, "
    "and they hardly speak at home. EHW to work with them both.",
    ["REL-PAR"],
    [("lookalike", "FIN", "split shifts are not FIN (conv. 5)"),
     ("note", "", "mum's death in 2022 is past")])
box("F019", C, "2025-12-22", L, "green",
    "CAMHS discharged Erin in November and she has not self-harmed since the summer. She now sees the "
    "school counsellor every week.",
    ["MH-CHILD"],
    [("scope", "MH-CHILD", "CAMHS discharge and no self-harm since summer; present via weekly counselling")])
box("F019", C, "2025-12-22", L, "blue",
    "Stuart and Erin have drawn up a phone agreement and set up parental controls together. Erin says she "
    "would go to her dad or her auntie if anyone online made her feel uncomfortable.",
    ["SAFE-EXP"],
    [("scope", "SAFE-EXP", "'would go to her dad if…' (present anyway from the online-safety controls being managed)")])

# ---------------------------------------------------------------- F020 dad's heart failure
L = "Saltmarsh"
box("F020", A, "2025-02-17", L, "yellow",
    "Graham has heart failure and is on the transplant list; he can't manage the stairs and sleeps "
    "downstairs. Courtney (17) dropped out of her hairdressing course in January to look after him and has "
    "not been in work or training since. Graham gets PIP and ESA and says money is fine.",
    ["PH", "CARER", "EDU-NEET"],
    [("negated", "FIN", "money is fine; benefit names alone are not FIN (conv. 5)")])
box("F020", A, "2025-02-17", L, "green",
    "Reece (12) is in Year 7 at Saltmarsh Academy. The school nurse has seen him about "
    "his eczema, which is flaring up and keeping him awake.",
    ["PH"],
    [])
box("F020", C, "2025-08-11", L, "yellow",
    "Courtney has started a part-time apprenticeship at a salon two days a week, and Harbour Young Carers "
    "helped arrange a carer's assessment, so an agency now covers Graham's care on those days. Graham's "
    "condition is unchanged and he is still waiting for a transplant.",
    ["CARER", "PH"],
    [("met", "EDU-NEET", "now on an apprenticeship")])

# ---------------------------------------------------------------- F021 dad and son, cannabis
L = "Kelworth Vale"
box("F021", A, "2025-07-01", L, "orange",
    "Bradley (16) was arrested in June for shoplifting with friends and given a youth caution. He left "
    "school in May without sitting his exams and is not in college or work. Jason says Bradley smokes "
    "cannabis in his room every day.",
    ["CRIME", "EDU-NEET", "SUB"],
    [])
box("F021", A, "2025-07-01", L, "yellow",
    "Jason admits he smokes cannabis most evenings 'to take the edge off'. He vapes during the day and has "
    "cut down on cigarettes. He isn't open to the drug and alcohol service and doesn't want a referral yet.",
    ["SUB"],
    [("rule", "SUB", "vaping and cigarettes are not SUB (conv. 12)"),
     ("scope", "SUB", "'isn't open to the service' does not negate the use")])
box("F021", C, "2026-02-02", L, "yellow",
    "Bradley started a construction course at Kelworth College in September and is going every day. He "
    "completed his youth caution programme. Jason has cut down on cannabis and sees a Step Forward worker "
    "once a fortnight.",
    ["SUB"],
    [("met", "EDU-NEET", "now at college"),
     ("historical", "CRIME", "caution programme completed")])

# ---------------------------------------------------------------- F022 adoptive dads, CPV
L = "Hollin Cross"
box("F022", A, "2025-06-16", L, "yellow",
    "Michael and Tom adopted Rhys (8) three years ago. He has early trauma and is getting more violent "
    "towards Tom at home, kicking and biting when he is told no, and Tom has bruises on his arms. "
    "Post-adoption support have offered therapeutic parenting sessions.",
    ["REL-PAR", "MH-CHILD"],
    [("rule", "DA", "child-to-parent violence is REL-PAR, not DA (conv. 8)")])
box("F022", A, "2025-06-16", L, "green",
    "Rhys is at St Anne's Primary on SEN support for attention and sensory needs, and the SENCO is applying "
    "for an EHC needs assessment.",
    ["EDU-SEND"],
    [])
box("F022", C, "2026-02-09", L, "green",
    "The EHC needs assessment was agreed and the draft plan is due in March. Rhys has had no exclusions this "
    "year. Michael and Tom are still using the therapeutic parenting approach and the kicking is down to "
    "about once a fortnight.",
    ["EDU-SEND", "REL-PAR"],
    [("negated", "EDU-EXC", "no exclusions this year")])

# ---------------------------------------------------------------- F023 shared care, mum drinks
L = "Saltmarsh"
box("F023", A, "2025-06-23", L, "yellow",
    "Chris has Ellie (11) and Sam (8) four nights a week and their mum Kerry has the other three. Chris and "
    "Kerry can't text about the children without it turning into a row, and Kerry has started refusing to "
    "send the children's uniforms back. Chris wants to go to court to change the arrangement.",
    ["REL-CONF"],
    [])
box("F023", A, "2025-06-23", L, "orange",
    "Ellie told her teacher she dreads her mum's nights because Kerry drinks until she falls asleep and the "
    "two children have to sort their own tea, sometimes just crisps. School passed this to the police, who "
    "did a welfare check at Kerry's flat. Ellie has been having panic attacks and the GP has referred her "
    "to CAMHS. TAF meeting booked.",
    ["SAFE-NEG", "MH-CHILD"],
    [("outside", "SUB", "Kerry is an ex-partner outside Chris's household: her drinking is not coded (conv. 6)"),
     ("rule", "SAFE-NEG", "its effect on the children (no proper food, no supervision) is coded"),
     ("rule", "CRIME", "a police welfare check is not CRIME (conv. 7)")])
box("F023", C, "2026-01-12", L, "green",
    "Ellie and Sam now live with Chris full time under a court order and see their mum at their nan's on "
    "Saturdays while she goes through detox. Ellie is still waiting for CAMHS and sees the school wellbeing "
    "mentor every week.",
    ["MH-CHILD"],
    [("outside", "SUB", "mum's detox: outside the household"),
     ("met", "REL-CONF", "arrangements settled by court order")])
box("F023", C, "2026-01-12", L, "blue",
    "Chris has got a new routine going now the children are with him all week, and his mum does their tea "
    "two nights. He is paying off a £400 overdraft he ran up over the summer at £30 a month.",
    ["FIN"],
    [("lookalike", "REL-PAR", "new routine with no need stated: good news")])

# ---------------------------------------------------------------- F024 premature twins
L = "Hollin Cross"
box("F024", A, "2025-04-07", L, "yellow",
    "Twins Kofi and Ama were born at 31 weeks in January and came home in March on oxygen. Kwame took "
    "unpaid leave to help and they have fallen behind on the electricity; the EHW has applied for a fuel "
    "voucher and a baby equipment grant.",
    ["PH", "FIN"],
    [])
box("F024", A, "2025-04-07", L, "green",
    "Abena's postnatal depression screen at the six-week check was low and the HV has no worries about her "
    "mood. Kwame says he's tired but coping and doesn't want anything for himself.",
    [],
    [("negated", "MH-ADULT", "low screening score, HV no worries"),
     ("lookalike", "MH-ADULT", "dad tired but coping")])
box("F024", A, "2025-04-07", L, "orange",
    "N/A",
    [],
    [])
box("F024", C, "2025-10-20", L, "green",
    "Both twins have been off oxygen since July and are putting on weight well. They are under the neonatal "
    "follow-up clinic for development checks at their corrected age, and the physio is keeping an eye on "
    "Kofi's stiff legs.",
    ["PH", "EYD"],
    [("scope", "PH", "off oxygen since July (PH present from Kofi's physio)")])
box("F024", C, "2025-10-20", L, "blue",
    "Kwame is back at work and the electricity arrears have been cleared.",
    [],
    [("historical", "FIN", "arrears cleared")])

# ---------------------------------------------------------------- unboxed case notes
# gold level = highest level cue in the note (taxonomy convention 2)
note("W001", A, "2025-03-12", "Ashbrook", "blue",
     "Phone call with Mark (dad). He owes £600 on his gas account and is now paying it at £15 a week after "
     "I pointed him to the online debt advice tool; he has set himself a monthly budget. Nothing else "
     "raised.",
     ["FIN"],
     [])
note("W002", A, "2025-06-02", "Kelworth Vale", "green",
     "HV home visit. Rosie (10 months) is not yet sitting on her own and isn't babbling. Dad, Ben, is at "
     "home on shared parental leave and says he is loving it. No concerns about the home. HV to review in "
     "six weeks and discuss with the GP.",
     ["EYD"],
     [("negated", "SAFE-NEG", "no concerns about the home"),
      ("lookalike", "PH", "'not sitting/babbling' is development (EYD), not physical health")])
note("W003", A, "2025-09-03", "Saltmarsh", "orange",
     "Police called to the address at 2am after a disturbance: Jordan (15) had smashed his bedroom window "
     "and threatened his dad, Wayne, with a bat. Wayne didn't want to press charges. Jordan has ADHD and an "
     "EHCP and has been at Pinewood PRU since his permanent exclusion in January.",
     ["REL-PAR", "CRIME", "EDU-EXC", "EDU-SEND"],
     [("rule", "DA", "child-to-parent violence is REL-PAR + CRIME with police, not DA (conv. 8)"),
      ("scope", "EDU-EXC", "excluded in January but still out of mainstream at a PRU: current"),
      ("scope", "CRIME", "no charges pressed, but the police call-out about the young person is CRIME (conv. 7)")])
note("W004", A, "2025-10-15", "Hollin Cross", "yellow",
     "Darius (dad) came to his first Positive Steps parenting course session. He says bath and bedtime with "
     "Leo (4) and Mae (2) have been chaos since his partner went onto night shifts, with both children up "
     "until 10 and him shouting to get them down.",
     ["REL-PAR"],
     [("lookalike", "FIN", "partner on night shifts is not FIN (conv. 5)")])
note("W005", A, "2025-11-04", "Hollin Cross", "red",
     "ICPC today: Kayden (2) and Layla (6) made subject to CP plans under neglect. Their father, Rob, is the "
     "main carer. The house is full of rubbish bags and there is nowhere safe for Kayden to sleep. Rob "
     "drinks heavily every day and has not gone to the alcohol service he was referred to.",
     ["SAFE-NEG", "SUB"],
     [("lookalike", "CARER", "'main carer' is the dad, not a child carer (conv. 12)")])
note("W006", A, "2025-07-21", "Ashbrook", "yellow",
     "Joint visit with the young carers service. Kacper (12) helps his dad Piotr, who is deaf and has COPD, "
     "with phone calls, letters and his inhalers. Kacper says he likes helping but misses football. Piotr "
     "works part time at a warehouse.",
     ["CARER", "PH"],
     [("lookalike", "FIN", "part-time work, no money problem")])
note("W007", C, "2025-12-03", "Kelworth Vale", "orange",
     "YOS update: Tyrese (17) is keeping to his referral order and has started a bricklaying course at "
     "Kelworth College three days a week. His dad, Andre, says he is in by his curfew most nights. No "
     "concerns about drugs or alcohol.",
     ["CRIME"],
     [("negated", "SUB", "no concerns about drugs or alcohol"),
      ("lookalike", "EDU-NEET", "17 but on a college course")])
note("W008", A, "2026-01-28", "Saltmarsh", "blue",
     "Andy (dad) came to the drop-in asking about his rights as an unmarried father. He hasn't seen his son "
     "Ollie (5) since Christmas because Ollie's mum won't agree to it. I showed him the online parenting "
     "plan tool and the gov.uk pages on child arrangements; he wants to try to agree a plan with her "
     "himself first.",
     ["REL-CONF"],
     [])

# ---------------------------------------------------------------- write the files
NARR_HEADER = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
GOLD_HEADER = ["narrative_id", "code", "level"]


def main():
    ids = [n["narrative_id"] for n in NARR]
    assert len(ids) == len(set(ids)), "duplicate narrative ids"
    with open(os.path.join(HERE, "narratives.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(NARR_HEADER)
        for n in NARR:
            w.writerow([n[k] for k in NARR_HEADER])
    rows = 0
    with open(os.path.join(HERE, "gold.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(GOLD_HEADER)
        for n in NARR:
            assert len(n["codes"]) == len(set(n["codes"])), n["narrative_id"]
            for c in n["codes"]:
                w.writerow([n["narrative_id"], c, n["gold_level"]])
                rows += 1
    traps = [dict(narrative_id=n["narrative_id"], gold=n["codes"], traps=n["traps"])
             for n in NARR if n["traps"]]
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(traps, f, ensure_ascii=False, indent=1)
        f.write("\n")

    # summary for the README
    from collections import Counter
    per_code = Counter(c for n in NARR for c in n["codes"])
    kinds = Counter(t["kind"] for n in NARR for t in n["traps"])
    boxed = [n for n in NARR if n["level"]]
    print("narratives:", len(NARR), "boxed:", len(boxed), "unboxed:", len(NARR) - len(boxed))
    print("cases:", len({n["case_id"] for n in NARR}),
          "triages:", len({n["triage_id"] for n in NARR}))
    print("gold rows:", rows, "narratives without gold:", sum(1 for n in NARR if not n["codes"]))
    print("narratives with >=1 trap note:", len(traps))
    removing = [n for n in NARR if any(t["code"] and t["code"] not in n["codes"] for t in n["traps"])]
    print("narratives with a trap that keeps a code out of gold:", len(removing))
    print("code-removing trap mentions by kind:",
          dict(sorted(Counter(t["kind"] for n in NARR for t in n["traps"]
                              if t["code"] and t["code"] not in n["codes"]).items())))
    print("trap kinds:", dict(sorted(kinds.items())))
    print("per code:", " ".join(f"{k} {per_code[k]}" for k in sorted(per_code)))
    print("per level:", dict(Counter(n["gold_level"] for n in NARR for _ in n["codes"])))


if __name__ == "__main__":
    main()
