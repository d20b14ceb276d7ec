#!/usr/bin/env python3
"""Build a blind, hand-coded gold set (housing and homelessness voice).

Every narrative, its gold codes and its trap notes are written by hand below.
Running this file writes narratives.csv, gold.csv and traps.json (CRLF, UTF-8, no BOM).
Codes are `present` issues only, coded from the taxonomy's rules and conventions.
"""
import csv
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
NARR = []  # list of dicts


def box(nid, date, locality, text, codes, traps=()):
    """A boxed narrative: id like H001-A-yellow. Codes take the box level."""
    m = re.fullmatch(r"(H\d{3})-([AC])-(blue|green|yellow|orange|red)", nid)
    assert m, nid
    case, st, level = m.groups()
    NARR.append(dict(
        narrative_id=nid, triage_id=f"{case}-{st}", case_id=case,
        stage="assessment" if st == "A" else "closure", date=date,
        level=level, locality=locality, narrative=text,
        codes=list(codes), gold_level=level, traps=[list(t) for t in traps]))


def note(nid, stage, date, locality, text, codes, gold_level, traps=()):
    """An unboxed case note: id like U001; one level for all codes, from the
    highest level cue in the text (taxonomy convention 2)."""
    assert re.fullmatch(r"U\d{3}", nid), nid
    NARR.append(dict(
        narrative_id=nid, triage_id=nid, case_id=nid, stage=stage, date=date,
        level="", locality=locality, narrative=text, codes=list(codes),
        gold_level=gold_level, traps=[list(t) for t in traps]))

# Trap types used in traps: negated, historical, hypothetical, met_need
# (a need described as over / resolved: historical), outside_household,
# lookalike (a word that looks like a code term but is not the need).

# ---------------------------------------------------------------- part 1: H001-H007

# H001  Eastmarsh - section 21, UC arrears, rehoused
box("H001-A-yellow", "2025-02-10", "Eastmarsh",
    "Shanice owes £1,140 in rent after the housing element of her UC was stopped in November for a missed journal appointment. "
    "UC is back in payment but nothing has come through for the missing weeks. EHW to help her apply for a DHP and agree a "
    "repayment plan with the letting agent; she is worried the agent will take her to court if the balance isn't down by the spring.",
    ["FIN"],
    [("hypothetical", "'will take her to court if ...' - possession risk is only feared/conditional in this box, so no HOUS here")])
box("H001-A-orange", "2025-02-10", "Eastmarsh",
    "Section 21 served by the landlord on 20 Jan, expiring 20 March - he says he is selling up. Housing Options have opened a "
    "prevention case and agreed a PHP with Shanice. She has nowhere to go: her mum has a one-bed flat that is already overcrowded, "
    "with Shanice's brother sleeping on the sofa.",
    ["HOUS"],
    [("outside_household", "overcrowding at maternal gran's flat is gran's situation, not this household's (HOUS is coded for the s21 anyway)")])
box("H001-C-blue", "2025-08-14", "Eastmarsh",
    "Shanice and the kids moved into a 2-bed housing association flat in Ferncliffe in June and the 6-week tenancy sustainment "
    "check went fine, so that's closed. She pays the rent by direct debit and is clearing the old arrears at £15 a week to the former agent.",
    ["FIN"],
    [("met_need", "rehoused and tenancy sustainment closed - HOUS is over, not coded"),
     ])

# H002  Kilnworth - bailiff eviction, B&B, moves and school
box("H002-A-yellow", "2025-03-03", "Kilnworth",
    "Nowak family (Marek, Iwona and three children) have been in one room at the Station Road B&B since the bailiffs evicted them "
    "on 12 Feb. No kitchen, so it's microwave meals and parcels from St Saviour's food bank, and Iwona says the children sometimes "
    "go to bed hungry. Marek lost his warehouse job because he can't get there from the B&B and has had to claim UC for the first time.",
    ["HOUS", "FIN", "SAFE-NEG"],
    [("historical", "the bailiff eviction itself is past; HOUS is coded for the current B&B")])
box("H002-A-orange", "2025-03-03", "Kilnworth",
    "Oliwia (14) has missed 23 sessions since the eviction - it is 80 minutes each way to St Bede's and the family can't afford bus "
    "fares for everyone every day. She told her form tutor she is ashamed of where they are living and has stopped seeing her friends; "
    "the school counsellor is worried about her mood and has referred to CAMHS.",
    ["EDU-ATT", "MH-CHILD", "FIN"],
    [])
box("H002-A-green", "2025-03-03", "Kilnworth",
    "Baby Zofia (9 months) missed her 9-month review and two sets of immunisations because the letters went to the old address. "
    "HV has rebooked both and the family are registering with the GP near the B&B.",
    ["EYD", "PH"],
    [])
box("H002-C-green", "2025-09-22", "Kilnworth",
    "The family moved from the B&B into a 3-bed TA house in Eastmarsh in May and are waiting there for a permanent offer. Oliwia got "
    "a place at Eastmarsh Academy round the corner and has 94% attendance since starting. Zofia's immunisations are all up to date now.",
    ["HOUS"],
    [("historical", "B&B is past; the current TA house still codes HOUS"),
     ("met_need", "immunisations caught up - PH over"),
     ("lookalike", "94% attendance is good news with no need stated in this box - no EDU-ATT")])

# H003  Saltings Park - damp, mould, asthma, gas arrears, repairs done
box("H003-A-green", "2025-01-20", "Saltings Park",
    "Leon (6) has had three asthma attacks since November. The GP has stepped up his inhaler and thinks the black mould in the boys' "
    "bedroom is making it worse; the school nurse has written him a care plan.",
    ["PH", "HOUS"],
    [])
box("H003-A-yellow", "2025-01-20", "Saltings Park",
    "Council flat has had a leaking roof for 14 months and the mould is now spreading into the living room; Kerry-Ann has reported it "
    "six times and nobody has come out. EHW helped her lodge a formal disrepair complaint. She is putting the heating on less to save "
    "money and is £380 behind on her gas.",
    ["HOUS", "FIN"],
    [])
box("H003-C-blue", "2025-07-07", "Saltings Park",
    "Roof fixed in May and the boys' room treated and redecorated - no sign of the mould coming back. Kerry-Ann is paying £5 a week "
    "off the gas arrears and has had the Warm Home Discount put on her account.",
    ["FIN"],
    [("met_need", "repairs done, mould gone - HOUS is over, not coded")])

# H004  Ferncliffe - overcrowding, rehoused
box("H004-A-blue", "2025-04-14", "Ferncliffe",
    "Fatima is on the housing register in Band B for overcrowding (seven of them in a 2-bed flat) and bids every week with her eldest "
    "son's help. She has the council's housing options leaflet and knows how to ask for a review of her banding.",
    ["HOUS"],
    [])
box("H004-A-green", "2025-04-14", "Ferncliffe",
    "Yusuf (15) does his homework in the bathroom because it's the only quiet place in the flat; his Head of Year has got him into "
    "homework club after school. Khadija (11) shares a bed with two of her sisters and has started wetting the bed again - GP has seen her.",
    ["HOUS", "PH"],
    [("lookalike", "school-age bedwetting is PH, not EYD (convention 9)")])
box("H004-C-green", "2025-10-30", "Ferncliffe",
    "The family moved into a 4-bed council house in Kilnworth in August on a direct offer. Khadija has been dry since the move, and "
    "Yusuf transferred to Kilnworth High, where he has settled well.",
    [],
    [("met_need", "rehoused - overcrowding over, no HOUS"),
     ("historical", "bedwetting stopped - no PH"),
     ("lookalike", "a school transfer after a house move is not a managed move - no EDU-EXC")])

# H005  Eastmarsh - sofa-surfing young mum fleeing DA
box("H005-A-yellow", "2025-05-06", "Eastmarsh",
    "Chantelle (19) and Rio (2) have been sofa-surfing since she left her ex's flat in April; at the moment they are on a friend's sofa "
    "in a one-bed and the friend wants them out by the end of the month. Homeless application made and Housing Options have accepted "
    "the relief duty.",
    ["HOUS"],
    [])
box("H005-A-orange", "2025-05-06", "Eastmarsh",
    "Chantelle disclosed that her ex took her bank card and phone off her and pushed her into a wall in March. DASH 15, referred to "
    "MARAC. He has sent her over 40 messages this week demanding to know where Rio is.",
    ["DA"],
    [])
box("H005-A-green", "2025-05-06", "Eastmarsh",
    "Rio has not had his 2-year check and isn't in nursery; he is also behind with his 12-month jabs. HV allocated and will see him "
    "at the friend's flat.",
    ["EYD", "PH"],
    [])
box("H005-C-blue", "2025-12-01", "Eastmarsh",
    "Chantelle keeps her safety plan on her phone and the non-molestation order is in force until June; she reports the odd message "
    "he still sends from new numbers to 101. She finished the Freedom Programme in October.",
    ["DA"],
    [("historical", "Freedom Programme finished - but DA is still present via the safety plan, the order and his messages")])

# H006  Kilnworth - section 8, gambling debts, mum's depression
box("H006-A-orange", "2025-06-09", "Kilnworth",
    "Housing association has served a Notice of Seeking Possession (section 8) for £3,200 rent arrears and the hearing is listed for "
    "14 July. Gary admits online betting losses have been eating the rent money. He has blocked the betting apps on his phone but owes "
    "over £2,000 to two payday lenders.",
    ["HOUS", "FIN"],
    [("lookalike", "gambling losses and debts are FIN, not SUB (convention 10)")])
box("H006-A-yellow", "2025-06-09", "Kilnworth",
    "Lorraine is signed off work with depression and the GP has started her on sertraline; the EHW is helping her self-refer to "
    "talking therapies. Her own mum lives round the corner and drinks heavily, which Lorraine says she can't cope with on top of everything.",
    ["MH-ADULT"],
    [("outside_household", "maternal gran's heavy drinking - gran lives round the corner, not coded SUB"),
     ("lookalike", "sertraline is a prescribed medicine, not SUB")])
box("H006-A-green", "2025-06-09", "Kilnworth",
    "Connor (12) is nodding off in lessons and his form tutor says he looks exhausted; he told her he lies awake listening to his "
    "parents row about money. No worries about his attendance or his behaviour in school.",
    ["PH", "REL-CONF"],
    [("negated", "attendance and behaviour explicitly fine - no EDU-ATT / EDU-EXC")])
box("H006-C-yellow", "2025-11-17", "Kilnworth",
    "The possession claim was adjourned on terms: they pay the rent plus £25 a week towards the arrears, which are now £2,450. "
    "Moneywise Debt Line have put the payday loans into a debt management plan.",
    ["HOUS", "FIN"],
    [])

# H007  Saltings Park - repeated TA moves across the borough, young carer
box("H007-A-yellow", "2025-02-24", "Saltings Park",
    "Family were moved from their Ferncliffe TA to a 3-bed TA in Saltings Park at a week's notice in January, their third move in "
    "18 months. Jade (8) is still at Holmwood Primary on the far side of the borough, so Donna does a 90-minute round trip twice a day "
    "and Jade has been late 17 times this half-term.",
    ["HOUS", "EDU-ATT"],
    [])
box("H007-A-orange", "2025-02-24", "Saltings Park",
    "Donna has MS and has fallen twice on the stairs at the new TA, which has no rail and no downstairs toilet. Casey (12) helps her "
    "in and out of the shower and cooks tea most nights. Referred to Saltings Park Young Carers.",
    ["PH", "CARER", "HOUS"],
    [])
box("H007-C-blue", "2025-09-15", "Saltings Park",
    "Still in the Saltings Park TA. Jade goes to breakfast club three mornings a week so Donna can get her in on time, and she has only "
    "been late three times this half-term. Donna bids every week for an adapted property.",
    ["HOUS", "EDU-ATT"],
    [])
box("H007-C-yellow", "2025-09-15", "Saltings Park",
    "Casey still does a lot for his mum but goes to the young carers group on Tuesdays and school have given him a young carer's card. "
    "Donna's neuro team reviewed her MS in August and OT have fitted a shower seat and a stair rail.",
    ["CARER", "PH"],
    [])

# ---------------------------------------------------------------- part 2: H008-H016

# H008  Eastmarsh - unlawful eviction by landlord, NEET, attendance
box("H008-A-orange", "2025-07-01", "Eastmarsh",
    "Landlord changed the locks on 24 June while Ahmed was at work and left the family's things in the front garden. Police attended "
    "and told him it was an unlawful eviction, and the council's tenancy relations officer is now involved. For now Ahmed and the boys "
    "are staying at his brother's 3-bed house - five adults and six children.",
    ["HOUS"],
    [("outside_household", "the unlawful eviction is the landlord's offence - not CRIME for this family; its effect is HOUS"),
     ("lookalike", "police attended about the landlord, not a call-out about a family member")])
box("H008-A-yellow", "2025-07-01", "Eastmarsh",
    "Samir (16) dropped out of college in May and isn't doing anything; he says there's no point until they know where they will be "
    "living. Karim (13) has been missing from school for 8 days since the lock-out.",
    ["EDU-NEET", "EDU-ATT"],
    [("lookalike", "'missing from school' is absence (EDU-ATT), not a missing episode (SAFE-EXP)")])
box("H008-C-blue", "2025-12-08", "Eastmarsh",
    "Ahmed found a new private tenancy in Ferncliffe in September using the council's rent deposit scheme. The case against the old "
    "landlord for the illegal eviction has gone to the council's legal team. Samir started a plumbing course at Ferncliffe College in September.",
    [],
    [("met_need", "rehoused - HOUS over"),
     ("outside_household", "legal case against the old landlord is about the landlord's offence, not coded"),
     ("met_need", "Samir now on a course - EDU-NEET over")])

# H009  Ferncliffe - home conditions, tenancy warning, dad's drinking
box("H009-A-orange", "2025-03-17", "Ferncliffe",
    "Housing officer's visit found rubbish bags piled up in the hallway, a strong smell of urine and no bedding on the girls' beds; "
    "there was almost nothing in the fridge. Housing have given Steve a formal warning that the tenancy is at risk for breaching the "
    "cleanliness clause.",
    ["SAFE-NEG", "HOUS"],
    [])
box("H009-A-yellow", "2025-03-17", "Ferncliffe",
    "Steve says he is drinking most days, about eight cans, and that it 'takes the edge off'. He has agreed to a referral to Pathways "
    "Recovery. He says he doesn't touch drugs.",
    ["SUB"],
    [("negated", "drug use denied - SUB stands only for the alcohol")])
box("H009-A-green", "2025-03-17", "Ferncliffe",
    "Poppy (7) and Lily (5) attend Ferncliffe Primary. School say both girls wear the same uniform all week and Lily often comes in "
    "wearing dirty clothes; the school nurse is going to do a home visit.",
    ["SAFE-NEG"],
    [])
box("H009-C-yellow", "2025-08-25", "Ferncliffe",
    "Steve sees his Pathways Recovery worker weekly and is down to a few cans at the weekend. The tenancy sustainment team helped him "
    "clear the flat and housing have lifted the warning.",
    ["SUB"],
    [("met_need", "flat cleared and warning lifted - HOUS and SAFE-NEG over")])

# H010  Kilnworth - refugee move-on, hotel, UC advance
box("H010-A-orange", "2025-09-08", "Kilnworth",
    "Family were granted refugee status on 20 August and have to leave their Home Office accommodation by 17 September. Homeless "
    "application made and Housing Options say it will probably be a hotel at first. No money coming in yet as the UC claim isn't in "
    "payment, so they are using the Kilnworth Community Pantry.",
    ["HOUS", "FIN"],
    [])
box("H010-A-yellow", "2025-09-08", "Kilnworth",
    "Parisa is having flashbacks and panic attacks about the journey here; GP has referred her to the Harbour refugee trauma service. "
    "Hamid (10) has settled well at Westgate Primary and Sara (7) gets SEN support there for her speech sounds.",
    ["MH-ADULT", "EDU-SEND"],
    [("lookalike", "speech for a school-age child is EDU-SEND, not EYD (convention 9)"),
     ("negated", "Hamid settled well - good news, nothing coded for him")])
box("H010-C-yellow", "2026-02-16", "Kilnworth",
    "The hotel stay lasted six weeks and the family are now in a 2-bed TA flat in Kilnworth. UC is in payment, but the £600 advance is "
    "being taken back at £50 a month and Parisa says they run out of money before the end of most months.",
    ["HOUS", "FIN"],
    [("historical", "hotel is past; TA flat is current HOUS")])

# H011  Saltings Park - NOSP for ASB, youth offending, exploitation
box("H011-A-orange", "2025-04-28", "Saltings Park",
    "Council have served a Notice of Seeking Possession on ASB grounds after repeated complaints about Tyrese (15) and his friends "
    "hanging round the stairwell; police were called to the block twice in March about him. He is on a referral order with YOS.",
    ["HOUS", "CRIME"],
    [("outside_household", "the complaints come from neighbours; the neighbours themselves are not coded")])
box("H011-A-yellow", "2025-04-28", "Saltings Park",
    "Angela says that when she took his phone off him Tyrese punched a hole in his bedroom door and shoved her against the wall. "
    "She has no say over what time he comes in.",
    ["REL-PAR"],
    [("lookalike", "child-to-parent violence is REL-PAR, not DA (convention 8); the damaged door is not disrepair")])
box("H011-A-green", "2025-04-28", "Saltings Park",
    "Tyrese is on mornings only at Saltings Park Academy after two suspensions this term for fighting.",
    ["EDU-ATT", "EDU-EXC"],
    [])
box("H011-C-orange", "2025-10-13", "Saltings Park",
    "Tyrese was arrested in September holding cannabis and crack wraps and £400 in cash he couldn't explain. YOS think older boys are "
    "using him to deal and an NRM referral has gone in.",
    ["SAFE-EXP", "CRIME"],
    [("lookalike", "drugs found on an exploited child are SAFE-EXP and CRIME, not SUB (convention 12)")])

# H012  Eastmarsh - hotel past six weeks, pregnancy, perinatal MH
box("H012-A-orange", "2025-10-06", "Eastmarsh",
    "Precious (24 weeks pregnant) and Nia (11 months) have been in one room at the Crown Lodge hotel in Saltings Park for 9 weeks under "
    "the relief duty, well past the six-week limit for families in B&B. There is no fridge in the room and she shares a bathroom with "
    "three other families.",
    ["HOUS"],
    [("lookalike", "'no fridge in the room' describes the accommodation, not an empty fridge / hungry child - no SAFE-NEG")])
box("H012-A-yellow", "2025-10-06", "Eastmarsh",
    "Precious had postnatal depression after Nia was born and the midwife thinks her mood is going downhill again; referred to the "
    "perinatal mental health team. She and Nia's dad split up in August and they are arguing over contact.",
    ["MH-ADULT", "REL-CONF"],
    [("historical", "the earlier postnatal depression is past, but the current low mood is present MH-ADULT")])
box("H012-C-green", "2026-03-09", "Eastmarsh",
    "Kai was born in January. The family moved to a 2-bed TA flat in Eastmarsh in December and are waiting for a permanent offer. "
    "HV visiting regularly; Kai is feeding well and Nia has started walking. HV will refer Precious back to the perinatal team should "
    "her mood dip again.",
    ["HOUS"],
    [("hypothetical", "re-referral only 'should her mood dip again' - no MH-ADULT in this box"),
     ("negated", "babies' feeding and walking are good news with no need stated - no EYD")])

# H013  Ferncliffe - mortgage repossession, parental conflict
box("H013-A-orange", "2025-05-19", "Ferncliffe",
    "The lender has started repossession proceedings on the family home over £9,800 of mortgage arrears and the hearing is on 3 July. "
    "Joanne is bringing up Ella (10) and Ben (7) on her own and only works part-time.",
    ["HOUS", "FIN"],
    [])
box("H013-A-yellow", "2025-05-19", "Ferncliffe",
    "Joanne and Paul end up rowing every time he collects the children, so handovers now happen in a supermarket car park. Both say it "
    "has never been physical and neither is frightened of the other - they just can't talk without it turning into a row. Both have "
    "agreed to a mediation referral.",
    ["REL-CONF"],
    [("negated", "never physical, no fear - arguments are REL-CONF, not DA")])
box("H013-C-blue", "2025-11-03", "Ferncliffe",
    "Joanne and Paul have a written parenting plan from mediation and handovers are calmer; the children stay with Paul at his mum's "
    "every other weekend.",
    ["REL-CONF"],
    [])

# H014  Kilnworth - 16-year-old asked to leave, sofa-surfing, s20
box("H014-A-red", "2025-08-04", "Kilnworth",
    "Jordan (16) was told to leave by his stepdad after a row in July and has been sofa-surfing with mates; he slept in a stairwell "
    "twice last week. A joint housing and children's social care assessment is under way and the plan is for him to be accommodated "
    "under section 20 while it is completed.",
    ["HOUS", "REL-PAR"],
    [])
box("H014-A-orange", "2025-08-04", "Kilnworth",
    "Jordan has had no education, work or training since finishing Year 11 in June and has no college place. He had a YOS worker after "
    "a youth caution in 2024, but that closed in January and there has been no offending since. He says he smokes cannabis most "
    "days with his mates to help him sleep.",
    ["EDU-NEET", "SUB"],
    [("historical", "YOS closed in January, no offending since - CRIME is over"),
     ("lookalike", "'to help him sleep' is his reason for cannabis use - SUB, not a PH sleep problem")])
box("H014-C-blue", "2026-01-26", "Kilnworth",
    "Jordan moved back home in December after family mediation. He and his stepdad agreed house rules at the last session and Sam says "
    "they are sticking to them - he's in by 11 on weeknights and does his own washing.",
    ["REL-PAR"],
    [("met_need", "back home - homelessness over, no HOUS")])

# H015  Saltings Park - unsuitable 2nd-floor flat, disabled child, medical move
box("H015-A-orange", "2025-02-03", "Saltings Park",
    "Amelia (6) has cerebral palsy and uses a wheelchair. The family's housing association flat is on the second floor with no lift, so "
    "Lewis carries her and the chair up and down every day. OT has assessed the flat as unsuitable and they have been put in Band A for "
    "a medical move.",
    ["PH", "HOUS"],
    [])
box("H015-A-green", "2025-02-03", "Saltings Park",
    "Amelia has an EHCP and attends Oakfield Special School with transport provided. Finn (9) is at Saltings Park Primary and school "
    "have no worries about him.",
    ["EDU-SEND"],
    [("negated", "no worries about Finn - nothing coded for him")])
box("H015-C-green", "2025-09-29", "Saltings Park",
    "In July the family moved to an adapted ground-floor bungalow in Eastmarsh with a wet room and a ceiling hoist, and the OT has "
    "signed the case off. Lewis hasn't had any more trouble with his back since going back to work in April.",
    [],
    [("met_need", "adapted bungalow - HOUS over"),
     ("historical", "Lewis's back problem is over - no PH")])
box("H015-C-yellow", "2025-09-29", "Saltings Park",
    "Finn has found the move hard. Some mornings he refuses to go to his new school, and he says two boys in his class keep picking on "
    "him. The learning mentor at Eastmarsh Primary and the EHW are working with him and Lewis on a plan to get him in.",
    ["EDU-ATT", "SAFE-EXP"],
    [])

# H016  Eastmarsh - fled to refuge, CP plans, self-harm, sanctuary scheme
box("H016-A-red", "2025-06-23", "Eastmarsh",
    "Leanne and her three children fled to a refuge in another county on 10 June after her partner strangled her. He was arrested, "
    "charged and remanded. The children are on child protection plans under emotional abuse.",
    ["DA", "HOUS"],
    [("lookalike", "partner's assault, arrest and charge are DA only, not CRIME (convention 7)")])
box("H016-A-orange", "2025-06-23", "Eastmarsh",
    "Kaylee (13) has been cutting her arms and was taken to A&E last week; the CAMHS crisis team assessed her and she is waiting for "
    "ongoing CAMHS support.",
    ["MH-CHILD"],
    [])
box("H016-A-yellow", "2025-06-23", "Eastmarsh",
    "None of the children have been in school since 10 June as the refuge is 40 miles away. The Children Missing Education officer is "
    "finding them school places near the refuge.",
    ["EDU-ATT"],
    [("lookalike", "'Children Missing Education' is a school-absence service, not missing episodes (no SAFE-EXP)")])
box("H016-C-orange", "2025-12-15", "Eastmarsh",
    "Leanne and the children moved back to Eastmarsh in October into a council tenancy with sanctuary-scheme locks and a panic alarm. "
    "Her ex was convicted and is serving four years; he could be out on licence in 2027. Leanne still sees her IDVA every fortnight.",
    ["DA"],
    [("outside_household", "ex-partner in prison / future licence - not CRIME for the household"),
     ("hypothetical", "'could be out on licence in 2027'"),
     ("met_need", "refuge over, now in a secure tenancy - no HOUS")])
box("H016-C-yellow", "2025-12-15", "Eastmarsh",
    "Kaylee sees her CAMHS therapist every week and hasn't cut herself since October. She is back at Eastmarsh Academy full time.",
    ["MH-CHILD"],
    [("historical", "self-harm stopped in October - MH-CHILD is coded for the ongoing CAMHS therapy"),
     ("met_need", "back in school full time - no EDU-ATT")])

# ---------------------------------------------------------------- part 3: H017-H026

# H017  Kilnworth - after s21 eviction, living at gran's, DA from ex
box("H017-A-yellow", "2025-01-13", "Kilnworth",
    "Since the section 21 eviction in December, Tasha and her two children have been living at her mum's 2-bed council flat, with the "
    "three of them sharing one bedroom. Her mum's housing officer has warned that having them there long term could put the tenancy at risk.",
    ["HOUS"],
    [("historical", "the s21 eviction is past; the current overcrowding at gran's is the HOUS need")])
box("H017-A-orange", "2025-01-13", "Kilnworth",
    "Harvey's dad, Tasha's ex, keeps sending her threatening texts and turned up drunk at her mum's door on Boxing Day. Police attended "
    "and he was served with a DVPN.",
    ["DA"],
    [("outside_household", "the ex-partner's drinking is not SUB for this household"),
     ("lookalike", "police attending for the DV is not CRIME (convention 7)")])
box("H017-A-green", "2025-01-13", "Kilnworth",
    "Harvey (4) started reception at St Anne's in September and is still in pull-ups; his teacher has asked the school nurse for advice.",
    ["EYD"],
    [])
box("H017-C-blue", "2025-06-30", "Kilnworth",
    "Tasha and the children moved into a 2-bed housing association flat in May through the homeless route. She has set up her council "
    "tax and energy accounts herself and says she is loving having her own front door.",
    [],
    [("met_need", "rehoused - no HOUS; setting up accounts is not a money problem - no FIN")])

# H018  Ferncliffe - retaliatory section 21, broken boiler, NEET 17-year-old
box("H018-A-orange", "2025-09-15", "Ferncliffe",
    "Private landlord served a section 21 on 1 September, two weeks after Becky asked him to fix the boiler. The family have had no "
    "heating or hot water for five weeks. Housing Options have opened a prevention case and environmental health are inspecting.",
    ["HOUS"],
    [])
box("H018-A-yellow", "2025-09-15", "Ferncliffe",
    "Kian (17) has done nothing since leaving sixth form at Easter and spends most of the day in his room on his console; he vapes but "
    "Becky says there's no drink or drugs. Becky works part-time as a carer at a nursing home.",
    ["EDU-NEET"],
    [("lookalike", "vaping is not SUB (convention 12)"),
     ("negated", "no drink or drugs"),
     ("lookalike", "mum's paid job as a carer is not CARER (a child who cares)"),
     ("lookalike", "16+ NEET alone does not add FIN (convention 11); mum is working")])
box("H018-C-orange", "2026-02-23", "Ferncliffe",
    "Environmental health served an improvement notice on the landlord, which means the section 21 can't be used, and a new boiler went "
    "in in November. The family are staying on in the property on a periodic tenancy.",
    [],
    [("lookalike", "the improvement notice is served on the landlord - not an eviction notice"),
     ("met_need", "s21 unusable and boiler replaced - HOUS over")])
box("H018-C-yellow", "2026-02-23", "Ferncliffe",
    "Kian started a pre-apprenticeship with Ferncliffe Works in January but has missed 5 of the last 10 days and his tutor says his "
    "place is at risk.",
    ["EDU-NEET"],
    [])

# H019  Kilnworth - cuckooing, exploited son, emergency TA
box("H019-A-red", "2025-11-03", "Kilnworth",
    "Police executed a warrant at the flat on 28 October and found local dealers had been using it to store drugs; Debbie says they "
    "had taken over her home. Ryan (14) was found with crack wraps and a knife. Strategy meeting held and a section 47 enquiry started. "
    "The council has moved Debbie and Ryan to an emergency TA flat for their safety.",
    ["SAFE-EXP", "CRIME", "HOUS"],
    [("lookalike", "drugs found on an exploited child and dealers' drugs in the flat are not SUB (convention 12)"),
     ("outside_household", "the dealers' offending is not coded; its effect on the family is SAFE-EXP / HOUS")])
box("H019-A-orange", "2025-11-03", "Kilnworth",
    "Ryan has been reported missing four times since August and was once found in a town 60 miles away. He was permanently excluded "
    "from Kilnworth High in September and is at the PRU. YOS and the exploitation team are involved and an NRM referral has been made.",
    ["SAFE-EXP", "EDU-EXC", "CRIME"],
    [])
box("H019-C-orange", "2026-04-20", "Kilnworth",
    "Debbie and Ryan are still in TA while a management move is sorted. Ryan has had no missing episodes since January and sees his "
    "YOS worker weekly on a referral order.",
    ["HOUS", "CRIME"],
    [("historical", "no missing episodes since January - SAFE-EXP not coded in this box")])
box("H019-C-yellow", "2026-04-20", "Kilnworth",
    "Debbie still panics when cars park up outside and the GP has prescribed diazepam short term and referred her to talking therapies.",
    ["MH-ADULT"],
    [("lookalike", "diazepam prescribed by the GP is not SUB")])

# H020  Eastmarsh - new tenancy, no furniture, UC advance, toddler development
box("H020-A-yellow", "2025-05-12", "Eastmarsh",
    "Kelsey (20) moved from the young parents' hostel into her first council flat in April with no cooker, no furniture and bare floors; "
    "she and Ava are sleeping on a mattress. Her UC is being cut by £60 a month to pay back an advance. The tenancy sustainment officer "
    "has applied to the local welfare fund for a cooker and beds.",
    ["FIN"],
    [("met_need", "hostel stay is over and she has a secure tenancy - no HOUS (an unfurnished flat is a money need, not homelessness/disrepair)")])
box("H020-A-green", "2025-05-12", "Eastmarsh",
    "Ava (18 months) isn't saying any words yet and has only just started walking; the HV will do an ASQ with her next week.",
    ["EYD"],
    [])
box("H020-C-blue", "2025-10-20", "Eastmarsh",
    "The flat is furnished now through the welfare fund and a furniture charity. Kelsey is still paying back the UC advance and "
    "budgets with cash envelopes each week; she says it's tight but she hasn't missed a bill.",
    ["FIN"],
    [])

# H021  Saltings Park - rats and collapsed ceiling, prohibited room, retaliatory s21
box("H021-A-orange", "2025-08-18", "Saltings Park",
    "The privately rented terrace has rats in the kitchen, a collapsed ceiling in the back bedroom and no working smoke alarm. "
    "Environmental health have banned use of the back bedroom, so all five of the family now sleep in two rooms. The landlord has told "
    "Mum he'll evict them if they 'keep causing trouble'.",
    ["HOUS"],
    [("outside_household", "the landlord's threat is his conduct; its effect on the family is HOUS")])
box("H021-C-yellow", "2026-01-19", "Saltings Park",
    "The landlord did the repairs after the council threatened to prosecute, then served a section 21 in December. Housing Options say "
    "it is invalid because it came within six months of the council's enforcement, but the family are worried and are looking at other rentals.",
    ["HOUS"],
    [("met_need", "repairs done - the disrepair is over, but the new s21 keeps HOUS present")])
box("H021-C-green", "2026-01-19", "Saltings Park",
    "Rayan's (3) eczema has cleared up since the damp was dealt with and he hasn't had a stomach bug since October. He is doing 30 hours "
    "at the children's centre nursery.",
    [],
    [("met_need", "eczema cleared and damp dealt with - no PH, no HOUS"),
     ("lookalike", "nursery hours are good news with no need stated - no EYD")])

# H022  Ferncliffe - kinship carer nan, overcrowding, ASD assessment
box("H022-A-yellow", "2025-10-27", "Ferncliffe",
    "Brenda became kinship carer for Leo (7) and Grace (5) under a special guardianship order in the summer; the three of them live in "
    "her one-bed flat and she sleeps on the sofa. She has applied for a bigger property with her housing association's support.",
    ["HOUS"],
    [("lookalike", "'kinship carer' is an adult carer - not CARER (convention 12)")])
box("H022-A-green", "2025-10-27", "Ferncliffe",
    "Grace (5) is in Year 1 at Ferncliffe Infants. The SENCO is assessing her for autism because of her communication and her meltdowns in class.",
    ["EDU-SEND"],
    [])
box("H022-C-yellow", "2026-05-11", "Ferncliffe",
    "Since the move to the 3-bed council house in March, Leo has been angry at bedtime and has kicked and hit Brenda; school have warned "
    "he is at risk of exclusion after he hit a teaching assistant. Brenda has started the family hub's parenting course for kinship carers.",
    ["REL-PAR", "EDU-EXC"],
    [("met_need", "moved to a 3-bed - overcrowding over, no HOUS"),
     ("lookalike", "a child hitting his carer is REL-PAR, not DA (convention 8)")])

# H023  Kilnworth - dad on licence, family sleeping in car, B&B
box("H023-A-orange", "2025-12-01", "Kilnworth",
    "Kyle was released from prison on licence in October and the family lost their tenancy while he was inside; since then Kyle, Jess and "
    "the boys have been sleeping between Kyle's car and a friend's sofa. Kyle is prescribed methadone by the community drug team. Homeless application "
    "accepted and emergency B&B arranged last night.",
    ["CRIME", "HOUS", "SUB"],
    [])
box("H023-A-yellow", "2025-12-01", "Kilnworth",
    "Jess has had no money since Kyle came out because his UC hasn't started; they have had food parcels from the Kilnworth Community "
    "Larder and the boys have been going to school without breakfast.",
    ["FIN", "SAFE-NEG"],
    [])
box("H023-C-yellow", "2026-05-18", "Kilnworth",
    "Kyle is keeping to his licence conditions and probation are happy with him. He started with a scaffolding firm in March and Jess "
    "says money is a lot better now.",
    ["CRIME"],
    [("met_need", "working and money better - FIN over")])

# H024  Eastmarsh - ADHD, routines, neighbour abuse
box("H024-A-yellow", "2025-04-07", "Eastmarsh",
    "Ethan (8) is on the ADHD pathway. Nicola can't get him to bed before 10pm and he throws things when she says no; EHW is doing "
    "routines and boundaries work with her.",
    ["EDU-SEND", "REL-PAR"],
    [])
box("H024-A-green", "2025-04-07", "Eastmarsh",
    "The downstairs neighbour has shouted abuse at Nicola on the landing about the noise. The housing officer found no tenancy breach by "
    "Nicola and has given the neighbour an ASB warning. Nicola's GP has upped her citalopram for anxiety.",
    ["MH-ADULT"],
    [("outside_household", "the neighbour's ASB is not CRIME for this family"),
     ("negated", "no tenancy breach by the family - no HOUS"),
     ("lookalike", "citalopram is prescribed, not SUB")])
box("H024-C-blue", "2025-09-08", "Eastmarsh",
    "Nicola uses a picture bedtime routine and Ethan is asleep by 8.30 most nights; she picks up ideas from a parents' group on Facebook.",
    ["REL-PAR"],
    [])

# H025  Saltings Park - out-of-borough TA, diabetes, long school journeys
box("H025-A-orange", "2025-06-02", "Saltings Park",
    "With nothing available locally, the family were placed in TA in Marlow Heath, 25 miles out of borough, in May and have been told "
    "they could be moved again at short notice. Abena has type 1 diabetes and has missed two clinic appointments because she can't "
    "afford the train fare back.",
    ["HOUS", "PH", "FIN"],
    [])
box("H025-A-yellow", "2025-06-02", "Saltings Park",
    "Kwame (11) and Esi (9) are still on roll at St Jude's and travel two hours each way, so they miss the start of the day most mornings. "
    "The 7.10 train is so overcrowded they often have to wait for the next one.",
    ["EDU-ATT"],
    [("lookalike", "an overcrowded train is not housing overcrowding - no HOUS in this box")])
box("H025-C-blue", "2025-11-24", "Saltings Park",
    "Family moved back into the borough in September to a TA flat near St Jude's. Abena's diabetes is well controlled now - she wears a "
    "glucose sensor and checks it on her phone, and hasn't missed a clinic since the move.",
    ["HOUS", "PH"],
    [("historical", "out-of-borough placement is past; the TA flat is still HOUS")])

# H026  Kilnworth - young carer for nan (outside household), overcrowding
box("H026-A-yellow", "2025-03-31", "Kilnworth",
    "Kayden (13) and his dad Rob live in a one-bed flat and Kayden sleeps on a sofa bed in the living room; they are on the housing "
    "register for overcrowding. Every evening Kayden goes round to his nan's two streets away to sort her tablets and make her tea, as "
    "she has COPD and can't manage the stairs. Referred to the young carers service.",
    ["HOUS", "CARER"],
    [("outside_household", "nan's COPD is not PH for this household; Kayden's caring for her is his need (CARER)")])
box("H026-A-green", "2025-03-31", "Kilnworth",
    "Kayden is often late to Kilnworth High because he calls in on his nan before school; attendance is 91%. Rob works nights as a security guard.",
    ["EDU-ATT"],
    [("lookalike", "dad working nights is not FIN (convention 5)")])
box("H026-C-blue", "2025-10-06", "Kilnworth",
    "Kayden's nan now has carers going in twice a day, so he just pops round after school for a chat. Rob and Kayden are still on the "
    "housing register and bid every week. Rob says if the care package ever falls through, Kayden would go back to doing it all.",
    ["HOUS"],
    [("hypothetical", "'if the care package ever falls through' - CARER only conditional"),
     ("met_need", "nan's care now provided by paid carers - Kayden no longer caring, no CARER"),
     ("lookalike", "nan's paid carers are not CARER")])

# An empty box, as practitioners sometimes leave one
box("H013-C-orange", "2025-11-03", "Ferncliffe",
    "N/A - nothing at this level now.",
    [],
    [("negated", "N/A box - no codes")])

# ---------------------------------------------------------------- part 4: unboxed case notes U001-U008
# Gold level = highest level cue in the text (convention 2).

note("U001", "assessment", "2025-11-12", "Ferncliffe",
     "HV follow-up visit. Baby Noah (5 weeks) and Mum are living in a one-bed private flat with black mould across the bedroom ceiling "
     "right above the cot; Mum has reported it to the letting agent twice. Noah has a snuffly cough and has been seen by the GP. "
     "Gave Mum the number for the council's private housing team so she can report the disrepair.",
     ["HOUS", "PH"], "green",
     [])
note("U002", "assessment", "2025-06-18", "Saltings Park",
     "Tenancy sustainment visit to Mr and Mrs Okafor. They have had a section 8 notice for £2,700 of arrears that built up after "
     "Mr Okafor's PIP was stopped at reassessment; a mandatory reconsideration has gone in. Chioma (14) does the shopping and helps her "
     "dad change his stoma bag on weekdays because Mrs Okafor works long shifts at the hospital. The property is in good condition with "
     "no repairs outstanding.",
     ["HOUS", "FIN", "CARER", "PH"], "orange",
     [("negated", "property in good condition, no repairs outstanding - disrepair not an issue (HOUS is for the s8 notice)"),
      ("lookalike", "mum's long shifts are not FIN (FIN is for the arrears and the stopped PIP)")])
note("U003", "assessment", "2025-09-24", "Kilnworth",
     "Family support worker home visit to the TA flat in Kilnworth. Shona says since the move she has lost touch with her friends and "
     "cries most days; she has a GP appointment on Friday to talk about her mood. Jayden (7) has missed 9 days this half-term because "
     "the walk to his school takes over an hour. Shona said there was never any violence from the children's dad, and they split up "
     "amicably in 2023.",
     ["HOUS", "MH-ADULT", "EDU-ATT"], "yellow",
     [("negated", "never any violence from the children's dad - no DA"),
      ("historical", "amicable separation in 2023 - no REL-CONF")])
note("U004", "assessment", "2025-07-09", "Eastmarsh",
     "Strategy meeting today after Skye (15) was found by police in a flat in another town, three days after she was reported missing. "
     "She had been staying with a 24-year-old man she met online. Skye, Mum and her two brothers have been in an emergency B&B since a "
     "fire damaged their flat in May. Mum says nobody in the home drinks or uses drugs.",
     ["SAFE-EXP", "HOUS"], "red",
     [("lookalike", "police finding a missing child is safeguarding, not CRIME (convention 7)"),
      ("outside_household", "the adult man is outside the household; his effect on Skye is SAFE-EXP"),
      ("negated", "no drink or drugs in the home - no SUB")])
note("U005", "closure", "2026-01-14", "Ferncliffe",
     "Phone call with Mum. She picked up a money advice leaflet at the library and set up a payment plan with the water company "
     "herself - £8 a fortnight off the £190 she owes. She says the children are fine and she doesn't need anything else at the moment.",
     ["FIN"], "blue",
     [])
note("U006", "assessment", "2025-10-22", "Saltings Park",
     "Joint visit with the housing officer after police were called to the flat on Saturday, when Dylan (16) smashed two windows during "
     "an argument with his mum. The council have boarded the windows up and a glazier is booked. Dylan has been on a managed move to "
     "Saltings Park Academy since half-term and is on the CAMHS waiting list for low mood. There had been no police involvement with "
     "the family before this.",
     ["CRIME", "REL-PAR", "EDU-EXC", "MH-CHILD"], "orange",
     [("lookalike", "windows he smashed, already being repaired - not disrepair, no HOUS"),
      ("negated", "no earlier police involvement (CRIME is coded for Saturday's call-out)")])
note("U007", "assessment", "2025-08-27", "Eastmarsh",
     "Drop-in at the family hub. Kirsty and her two girls have been staying at her sister's since the start of the month, with all five "
     "children sharing one room, after she gave up her flat because she couldn't keep up the rent. She has about £4,000 of debt on "
     "catalogues and a loan; Citizens Advice appointment booked for Thursday. If nothing comes up she may have to go to the council as homeless.",
     ["HOUS", "FIN"], "yellow",
     [("hypothetical", "'may have to go to the council as homeless' is conditional, but staying at her sister's with five children in one room is a present HOUS need"),
      ("outside_household", "the sister's own children are not coded; the family's overcrowding is")])
note("U008", "closure", "2026-03-04", "Kilnworth",
     "School rang after Ruby (9) was off on Monday. Mum explained she had a dentist appointment and Ruby was back in on Tuesday; her "
     "attendance is 98% this year. Family are in a secure council tenancy and school have no concerns.",
     [], "green",
     [("lookalike", "a dentist appointment that was kept is not a missed appointment - no PH"),
      ("negated", "98% attendance, secure tenancy, no concerns - nothing coded")])

# ---------------------------------------------------------------- part 5: write the files

def write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(header)
        w.writerows(rows)


def main():
    ids = [n["narrative_id"] for n in NARR]
    assert len(ids) == len(set(ids)), "duplicate narrative ids"
    write_csv(os.path.join(HERE, "narratives.csv"),
              ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"],
              [[n["narrative_id"], n["triage_id"], n["case_id"], n["stage"], n["date"], n["level"],
                n["locality"], n["narrative"]] for n in NARR])
    gold = []
    for n in NARR:
        assert len(n["codes"]) == len(set(n["codes"])), n["narrative_id"]
        for c in n["codes"]:
            gold.append([n["narrative_id"], c, n["gold_level"]])
    write_csv(os.path.join(HERE, "gold.csv"), ["narrative_id", "code", "level"], gold)
    traps = {n["narrative_id"]: [{"type": t, "note": x} for t, x in n["traps"]]
             for n in NARR if n["traps"]}
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8", newline="\r\n") as fh:
        json.dump(traps, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(f"{len(NARR)} narratives, {len(gold)} gold rows, {len(traps)} narratives with traps")


if __name__ == "__main__":
    main()
