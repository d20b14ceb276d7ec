#!/usr/bin/env python3
"""Blind gold set Z153: families hit by a sudden crisis in a Yorkshire river town.

Written from /work/shared/taxonomy.md only (plus the devset README and the file-format
heads of the devset CSVs). Each narrative is stored once, with its gold codes and trap
notes. Running this script writes narratives.csv, gold.csv and traps.json.
Standard library only.
"""
import csv
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

CASES = []


def T(kind, code, note):
    """One trap note: kind is negated/historical/hypothetical/outside/convention/partial/not-coded."""
    return {"type": kind, "code": code, "note": note}


def box(level, text, codes=(), traps=()):
    return {"level": level, "text": text, "codes": list(codes), "traps": list(traps), "gold_level": level}


def note(gold_level, text, codes=(), traps=()):
    """Unboxed note: empty level; gold_level = highest level cue in its own text (convention 2)."""
    return {"level": "", "text": text, "codes": list(codes), "traps": list(traps), "gold_level": gold_level}


def case(case_id, locality, a_date, c_date, assessment, closure):
    CASES.append({"case_id": case_id, "locality": locality,
                  "stages": [("assessment", "A", a_date, assessment),
                             ("closure", "C", c_date, closure)]})


# ---------------------------------------------------------------------------
# Batch 1: Z001-Z007
# ---------------------------------------------------------------------------

# Z001 - house fire (tumble dryer), B&B, child's sleep and fear
case("Z001", "Ferrybank", "2025-02-17", "2025-07-14", [
    box("green",
        "Riley (4) at Tannery Lane Nursery 5 mornings a wk. Since the fire he has gone back to nappies "
        "at night and is having wee accidents at nursery most days; keyworker has started a toileting "
        "plan with Leanne. HV aware, visiting next week.",
        ["EYD"],
        [T("convention", "EYD", "Toileting regression in an under-5 is EYD, not PH (convention 9).")]),
    box("yellow",
        "House fire 9/2 (tumble dryer) gutted the kitchen and stairs, property uninhabitable. Council "
        "placed Leanne, Kacey and Riley in a B&B on Station Rd \u2013 1 room, no cooking facilities, living "
        "on takeaways. No contents insurance so they've lost everything incl beds, clothes and uniforms. "
        "Had 2 food parcels from Beckside Larder. EHW to help with the housing register, a furniture "
        "grant and uniform.",
        ["HOUS", "FIN"],
        [T("convention", "FIN", "Food parcels from a larder are FIN (convention 10); no hungry child or empty "
           "fridge is described, so no SAFE-NEG."),
         T("not-coded", "SAFE-NEG", "'Living on takeaways' describes no cooking facilities, not neglect.")]),
    box("orange",
        "Kacey (9) wakes up screaming most nights and won't settle unless the landing light is on and mum "
        "has checked every plug socket. Told her teacher she can still smell smoke in class and gets "
        "panicky and shaky. GP referred to CAMHS 12/2, on the waiting list.",
        ["PH", "MH-CHILD"],
        [T("convention", "PH", "Sleep problem of a school-age child is PH (convention 9)."),
         T("convention", "MH-CHILD", "Awaiting CAMHS codes MH-CHILD (convention 4); panic also described.")]),
], [
    box("blue",
        "Moved into a 3 bed HA house on Weir St in May, Leanne delighted. Paying back the UC budgeting "
        "advance at \u00a315 a fortnight and sticking to the budget planner she did with the EHW. Kacey was "
        "discharged by CAMHS in June and there have been no nightmares for over a month.",
        ["FIN"],
        [T("historical", "HOUS", "Rehoused in May: the housing need is over."),
         T("convention", "FIN", "Repaying an advance in a blue box is 'now managing' = present (convention 3)."),
         T("historical", "MH-CHILD", "Discharged by CAMHS in June: ended."),
         T("historical", "PH", "'No nightmares for over a month' = no further ... since (convention 3).")]),
])

# Z002 - river flood, self-employed dad's tools lost, mortgage missed
case("Z002", "Millholme", "2025-11-24", "2026-04-20", [
    box("blue",
        "Downstairs flooded on 14/11 when the river came over Mill Lane. Family living upstairs while "
        "dehumidifiers dry the ground floor out, cooking on a camping stove on the landing. Insurer has "
        "accepted the claim and the loss adjuster has been. Friends from church are bringing meals and a "
        "neighbour has lent them a microwave.",
        ["HOUS"],
        [T("convention", "HOUS", "Family still living in a flood-damaged, drying-out home = damp/disrepair, "
           "managed with own network (blue, convention 3)."),
         T("not-coded", "FIN", "An accepted insurance claim and meals from friends are not a money problem; "
           "not a food bank.")]),
    box("yellow",
        "Tomasz is a self-employed plumber \u2013 his van and all his tools were in the garage and have been "
        "written off. Business insurance doesnt cover flood, so no work for 3 wks and the Nov mortgage "
        "payment was missed. Tomasz and Agnieszka arguing a lot about money; Oliwia (12) has overheard and "
        "is tearful in lessons, told her tutor she's scared they'll lose the house. Referred to Citizens "
        "Advice for debt and mortgage advice.",
        ["FIN", "REL-CONF", "MH-CHILD"],
        [T("not-coded", "HOUS", "A missed mortgage payment is FIN; 'scared they'll lose the house' is the "
           "child's fear, no possession action or homelessness risk is stated."),
         T("convention", "REL-CONF", "Arguments between parents, no abuse described (convention 8).")]),
], [
    box("blue",
        "Back downstairs since early March, new kitchen and floors paid for by the insurer. Tomasz has a "
        "new van on finance and is busy again, mortgage arrears cleared. Both parents say they're getting "
        "on much better now work has picked up.",
        [],
        [T("historical", "HOUS", "Back downstairs, repairs done."),
         T("historical", "FIN", "Arrears 'cleared' (convention 3); van finance is not described as a problem."),
         T("historical", "REL-CONF", "Getting on better: the arguing is described as over.")]),
    box("green",
        "Oliwia still gets anxious on nights with heavy rain and asks to check the flood warnings, pastoral "
        "lead at Holmeside Academy checking in with her weekly. Kuba (7) 96% attendance this half term.",
        ["MH-CHILD"],
        [T("not-coded", "EDU-ATT", "Kuba's attendance is good news with no need stated in this text "
           "(conventions 1 and 3).")]),
])

# Z003 - dad hit by a car, spinal injury; teenage son caring, cannabis, missing
case("Z003", "Castle Rise", "2025-03-10", "2025-09-08", [
    box("yellow",
        "Craig (dad) was hit by a car on the bypass 22/2, spinal injury, on the spinal unit at St Aidan's "
        "and likely to be a wheelchair user. Gemma is at the hospital most days, so Ellis (14) has been "
        "doing the cooking, getting Frankie (2) up and dressed and doing nursery drop off. Referred to "
        "Dales Young Carers.",
        ["PH", "CARER"],
        [T("not-coded", "EYD", "Frankie's nursery is mentioned only as a drop-off; no early-years need.")]),
    box("orange",
        "Ellis suspended 3 days on 5/3 after cannabis was found in his bag, and Gemma says he's smoking it "
        "most evenings. Ignoring her 10pm curfew; reported missing 7/3 and police found him at 1am by the "
        "lock gates and brought him home.",
        ["EDU-EXC", "SUB", "REL-PAR", "SAFE-EXP"],
        [T("convention", "CRIME", "Police finding and returning a missing child is safeguarding, not CRIME "
           "(convention 7)."),
         T("convention", "SUB", "His own regular cannabis use; no exploitation described, so convention 12 "
           "does not apply."),
         T("convention", "SAFE-EXP", "Missing episode = SAFE-EXP.")]),
], [
    box("blue",
        "Craig home since July, uses a wheelchair full time, bungalow adapted by the HA. Ellis still helps "
        "his dad with transfers in the evening and goes to the young carers group on Thursdays, which he "
        "loves.",
        ["PH", "CARER"],
        [T("convention", "CARER", "Caring still going on, managed with group support: present in blue "
           "(convention 3)."),
         T("not-coded", "HOUS", "Adapted home is not a housing problem.")]),
    box("yellow",
        "No further suspensions since March. Gemma thinks Ellis is still smoking weed at weekends; he has "
        "agreed to meet the Kickback young people's drug worker.",
        ["SUB"],
        [T("historical", "EDU-EXC", "'No further suspensions since March' (convention 3).")]),
])

# Z004 - single mum's stroke, job loss, S21; daughter caring, son hungry
case("Z004", "Lockside", "2025-05-06", "2025-11-17", [
    box("yellow",
        "Sharon (46) had a stroke on 12/4, home now with left sided weakness and slurred speech, OT and "
        "physio visiting. Jade (15) helps her wash and dress every morning before school and has been late "
        "11 times since Easter. PIP form sent off.",
        ["PH", "CARER", "EDU-ATT"],
        [T("convention", "FIN", "A PIP claim alone is not FIN (convention 5).")]),
    box("orange",
        "Sharon has lost her job at Elmgrove care home as she can't work. SSP has run out, UC is a 5 wk "
        "wait and she has about \u00a360 to last till then. Rent arrears \u00a3640 and the landlord has served a "
        "section 21 (expires 30/6). Tyler (11) has been asking freinds' parents for food and school say he "
        "is coming in hungry.",
        ["FIN", "HOUS", "SAFE-NEG"],
        [T("convention", "SAFE-NEG", "A hungry child is SAFE-NEG (convention 10); FIN for arrears, "
           "worklessness and the UC wait.")]),
], [
    box("green",
        "Jade's attendance back up to 97% and she's been on time since Sept. Still does Sharon's meds and "
        "the shopping, school have given her a young carer pass.",
        ["CARER"],
        [T("historical", "EDU-ATT", "Attendance and punctuality described as recovered.")]),
    box("yellow",
        "DHP paid off the rent arrears and the S21 was withdrawn in July. UC in payment. Sharon on a "
        "repayment plan with Dales Water for \u00a3210 arrears; CAB still helping her with the PIP mandatory "
        "reconsideration. EHW closing.",
        ["FIN"],
        [T("historical", "HOUS", "Section 21 withdrawn, rent arrears paid."),
         T("convention", "FIN", "Water arrears on a plan and a disputed PIP decision are a money and benefit "
           "problem (convention 5).")]),
])

# Z005 - dad's redundancy when the food factory closed; son's bedwetting
case("Z005", "Ferrybank", "2025-06-02", "2025-10-27", [
    box("blue",
        "Marcus was made redundant when Holmebrook Foods closed on 16/5, after 19 yrs there. Had his "
        "redundancy pay and is applying for jobs himself, updated his CV and registered with 2 agencies. "
        "Priya works part time at the chemist. They say money is ok for now.",
        ["FIN"],
        [T("convention", "FIN", "Worklessness is FIN; 'money is ok for now' does not negate it, and the "
           "family managing it themselves is present in blue (convention 3).")]),
    box("green",
        "Arjun (8) wetting the bed most nights since the news about dad's job, GP has referred him to the "
        "enuresis clinic. Anaya (5) has settled well in reception, no concerns.",
        ["PH"],
        [T("convention", "PH", "Bedwetting at school age is PH (convention 9)."),
         T("negated", "EYD", "Anaya: no concerns.")]),
], [
    box("blue",
        "Marcus started as a shift supervisor at a warehouse on the Weir Park industrial estate in Sept. "
        "Arjun still uses the alarm from the enuresis clinic and is dry most nights.",
        ["PH"],
        [T("historical", "FIN", "Back in work; shift work is not FIN (convention 5)."),
         T("convention", "PH", "Ongoing clinic alarm = managing, present in blue (conventions 3 and 4).")]),
])

# Z006 - dad's sudden death; mum's grief, son's school refusal, daughter's self-harm
case("Z006", "Millholme", "2025-04-14", "2025-12-01", [
    box("yellow",
        "Lee (dad, 41) died suddenly of a cardiac arrest on 28/3. Kirsty is barely eating, cries most of "
        "the day and told me she 'can't see the point' without him \u2013 GP has started her on sertraline and "
        "she has the crisis line number. Oscar (9) keeps asking if mummy is going to die too and won't go "
        "into school without her, attendance 71% since Easter. Little Oaks bereavement service referral "
        "done for Oscar.",
        ["MH-ADULT", "MH-CHILD", "EDU-ATT"],
        [T("not-coded", "PH", "'Barely eating' is part of the grief picture; no physical illness described.")]),
    box("orange",
        "Lily (13) found with cuts on her forearms by her PE teacher 8/4, says she's been cutting since the "
        "funeral. School made urgent CAMHS referral. Lily has also been messaging a man in his 20s she met "
        "on Snapchat who asked her for photos.",
        ["MH-CHILD", "SAFE-EXP"],
        [T("convention", "SAFE-EXP", "Online grooming risk = SAFE-EXP; the man is outside the household but "
           "the effect on Lily is coded (convention 6).")]),
], [
    box("orange",
        "Lily remains open to CAMHS, last cut 3 weeks ago. The Snapchat contact was blocked and reported to "
        "police in April, no further contact since.",
        ["MH-CHILD"],
        [T("historical", "SAFE-EXP", "'No further contact since' April (convention 3)."),
         T("outside", "CRIME", "The police report concerns an adult outside the household.")]),
])

# Z007 - flooded flat, hotel TA, 16-year-old out of college (unboxed notes)
case("Z007", "Lockside", "2025-12-08", "2026-03-16", [
    note("yellow",
         "Home visit to Danielle and Kai (16) at the Riverview Lodge hotel \u2013 housing options placed them "
         "here after their ground floor flat on Wharf Lane flooded on 27/11. Kai left college in Oct and "
         "isn't working or on any course, says he'll 'sort something after Xmas'. Danielle on UC, payments "
         "fine, no debts. EHW allocated, joint visit with the college transition worker booked for 15/12.",
         ["HOUS", "EDU-NEET"],
         [T("negated", "FIN", "UC named, 'payments fine, no debts' (convention 5)."),
          T("convention", "EDU-NEET", "16+ NEET is EDU-NEET only (convention 11)."),
          T("convention", None, "Level yellow: the EHW is the highest cue; housing options is not one of "
            "convention 2's orange cues (no eviction/possession notice).")]),
], [
    note(None,
         "Closing visit. Back in the flat since 2/3, landlord has replaced the floors and plaster. Kai "
         "started a construction traineeship at Calderwick College in Jan and is going 4 days a week. "
         "Danielle knows how to contact the hub. Signposted to the flood resilience grant.",
         [],
         [T("historical", "HOUS", "Back home, repairs done."),
          T("historical", "EDU-NEET", "Now on a traineeship.")]),
])

# ---------------------------------------------------------------------------
# Batch 2: Z008-Z014
# ---------------------------------------------------------------------------

# Z008 - riverside cafe failed after the flood; dad's drinking, son's offending
case("Z008", "Castle Rise", "2025-09-15", "2026-02-09", [
    box("yellow",
        "The caf\u00e9 on the riverside never reopened after the spring flood and closed for good in August. "
        "Gareth and Nicola both out of work, owe approx \u00a318k on the business loan plus \u00a32k council tax "
        "arrears. Gareth drinking most nights (4-5 cans then spirits). They argue every day and Nicola is "
        "talking about separating. EHW to signpost Gareth to Horizon drug & alcohol service and offer the "
        "reducing parental conflict sessions.",
        ["FIN", "SUB", "REL-CONF"],
        [T("convention", "REL-CONF", "Daily arguments and talk of separating, no abuse described "
           "(convention 8).")]),
    box("orange",
        "Harvey (15) arrested 30/8 with 2 older lads for criminal damage at the bus station, now on a "
        "referral order with YOS. Attendence 54% this term, missing most Mondays and Fridays.",
        ["CRIME", "EDU-ATT"],
        []),
], [
    box("blue",
        "Gareth hasn't had a drink since November and goes to the Horizon peer group at the hub every Weds. "
        "Nicola and Gareth have a debt management plan through Dalesway Debt Advice, paying \u00a385 a month.",
        ["SUB", "FIN"],
        [T("convention", "SUB", "Hard call: abstinent since November, but the ongoing alcohol peer group is "
           "a current service, which codes its area (convention 4) and is 'now managing' in blue "
           "(convention 3)."),
         T("convention", "FIN", "Paying a debt plan = managing, present in blue (convention 3).")]),
    box("orange",
        "Harvey has 2 sessions left on his referral order, no further offending. Still on a reduced "
        "timetable, attendance up to 78%.",
        ["CRIME", "EDU-ATT"],
        [T("convention", "CRIME", "A referral order still running is youth justice (convention 7); 'no "
           "further offending' does not end the order."),
         T("convention", "EDU-ATT", "Reduced (part-time) timetable and 78% attendance are current.")]),
])

# Z009 - grandad (lived in) died; granddaughter's sleep, grief, online bullying
case("Z009", "Lockside", "2025-01-20", "2025-06-30", [
    box("blue",
        "Grandad Bill lived with the family and died on 2/1 after a long illness (COPD). Shannon (12) used "
        "to help with his oxygen and tablets. Tracey has her partner and her sister round most days.",
        [],
        [T("historical", "CARER", "'Used to help': the caring ended when grandad died."),
         T("historical", "PH", "Grandad's illness ended with his death; he is no longer in the household.")]),
    box("yellow",
        "Shannon on her phone till 3am most nights, falling asleep in lessons, 4 detentions this half term "
        "for rudeness to staff. Told her form tutor she 'feels nothing' since grandad died. Some girls in "
        "her year have been posting nasty comments about her on a group chat. Tracey and Shannon row every "
        "night over the phone.",
        ["PH", "EDU-EXC", "MH-CHILD", "SAFE-EXP", "REL-PAR"],
        [T("convention", "PH", "Sleep problem at school age (convention 9)."),
         T("convention", "EDU-EXC", "Detentions for behaviour at school = behaviour at school."),
         T("convention", "SAFE-EXP", "Online bullying by peers is the child's need (taxonomy: 'bullied by "
           "peers')."),
         T("convention", "REL-PAR", "Parent-child rows are REL-PAR (convention 8).")]),
], [
    box("blue",
        "Shannon's phone goes downstairs at 10pm, Tracey is sticking to it and says they row a lot less. "
        "The group chat comments stopped after school spoke to the girls involved.",
        ["REL-PAR"],
        [T("convention", "REL-PAR", "Boundary kept by mum, rows less frequent but not gone = now managing "
           "(convention 3)."),
         T("historical", "SAFE-EXP", "Bullying 'stopped' (convention 3).")]),
])

# Z010 - fire in flat above a takeaway, TA 11 miles away
case("Z010", "Ferrybank", "2025-09-22", "2026-03-02", [
    box("orange",
        "Flat above the takeaway on Bridge St destroyed by fire 24/8. Family placed in TA in Hollinsby "
        "(11 miles away), one room with a shared kitchen. Yusuf (10) and Maryam (7) late every day because "
        "of 2 buses, 9 lates each since Sept. TAF plan agreed 19/9 with school and housing.",
        ["HOUS", "EDU-ATT"],
        []),
    box("yellow",
        "Aisha having panic attacks since the fire, GP has referred her to Talking Therapies. Yusuf gets "
        "very angry when told to come off his tablet, has hit Maryam and kicked doors.",
        ["MH-ADULT", "REL-PAR"],
        [T("convention", "REL-PAR", "A child hitting a sibling is child behaviour at home, REL-PAR; not DA "
           "(convention 8)."),
         T("not-coded", "SUB", "'Tablet' is a device, not medication.")]),
], [
    box("yellow",
        "Moved into a 3 bed council house on Kiln Lane in Dec, kids now walk to Brackenbeck Primary. Aisha "
        "did 8 sessions of Talking Therapies, still gets anxious using the cooker but says she's coping. "
        "Yusuf's outbursts are less often, mum using the reward chart from the EHW.",
        ["MH-ADULT", "REL-PAR"],
        [T("historical", "HOUS", "Rehoused in December."),
         T("not-coded", "EDU-ATT", "Walking to school: no attendance need stated here.")]),
])

# Z011 - drink-driving crash with child in the car; strategy meeting (unboxed notes)
case("Z011", "Millholme", "2025-07-07", "2025-11-24", [
    note("red",
         "Strategy meeting 3/7 following RTC on 29/6. Shane (dad) drove Mason (6) home from a family party "
         "over the limit and hit the river wall on Lock Rd; Mason has a fractured wrist and cuts to his "
         "face. Shane arrested at the scene, charged with drink driving and bailed home. Chelsea says he has "
         "been drinking most nights since he was laid off in the spring and he is still out of work. S47 "
         "enquiry to be completed by SW (Amy Fenwick).",
         ["PH", "SUB", "CRIME", "FIN"],
         [T("convention", "CRIME", "Drink driving is offending by a household member, not an offence against "
            "a partner, so CRIME not DA (convention 7)."),
          T("convention", "FIN", "Adult still out of work = worklessness."),
          T("convention", None, "Level red: strategy meeting and s47 are red cues (convention 2).")]),
], [
    note("yellow",
         "S47 concluded in Aug with no further action at CP level; case stepped down to early help. Shane "
         "pleaded guilty \u2013 20 month driving ban and a community order, reporting to probation. He goes to "
         "Horizon alcohol service weekly and Chelsea says he's not drinking at home. Mason's wrist has "
         "healed. EHW visiting fortnightly until Dec.",
         ["CRIME", "SUB"],
         [T("convention", "CRIME", "Adult under probation supervision (convention 7)."),
          T("convention", "SUB", "Ongoing alcohol service codes SUB (convention 4); 'not drinking at home' "
            "does not end the service."),
          T("historical", "PH", "Wrist healed."),
          T("convention", None, "Hard call on level: the s47 is described as concluded with NFA, so it is "
            "not a current red cue; highest current cue is the alcohol service / EHW = yellow.")]),
])

# Z012 - flooded private rent with mould; DA incident
case("Z012", "Castle Rise", "2026-01-12", "2026-05-18", [
    box("yellow",
        "Private rented terrace on Beck Row flooded in the Dec storm. Landlord hasnt dried it out \u2013 black "
        "mould in both bedrooms so all 4 are sleeping in the front room. Noah (1) has had 3 chest infections "
        "since, GP thinks the damp isn't helping. EHW made referral to environmental health.",
        ["HOUS", "PH"],
        [T("not-coded", "PH", "'Sleeping in the front room' is about the rooms, not a sleep problem; PH is "
           "coded for Noah's chest infections.")]),
    box("orange",
        "Police called by a neighbour on 3/1 because of shouting; Dean had pushed Stacey into the door frame "
        "and she had a cut head. Dean arrested and is staying at his mum's with bail conditions not to "
        "contact Stacey. DASH high, referred to MARAC, IDVA allocated.",
        ["DA"],
        [T("convention", "CRIME", "Partner's assault and arrest for it are DA only (convention 7)."),
         T("outside", None, "The neighbour who called police is outside the household.")]),
], [
    box("yellow",
        "Rehoused by Millstone Homes in March into a dry 2 bed flat. Stacey doing the Freedom Programme on "
        "Tuesday mornings and has a non-mol order until Sept.",
        ["DA"],
        [T("historical", "HOUS", "Rehoused in March."),
         T("convention", "DA", "Freedom Programme and a live non-mol order (convention 4).")]),
])

# Z013 - dad's haulage firm liquidated; suicidal thoughts; son lost apprenticeship
case("Z013", "Lockside", "2025-10-06", "2026-03-23", [
    box("yellow",
        "Paul's haulage firm went into liquidation in Sept. The house is in Julie's name and the mortgage is "
        "paid from her wage, so not at risk. Paul is unemployed and has about \u00a34k on credit cards he used "
        "to pay the drivers' wages. Julie works full time at the hospital.",
        ["FIN"],
        [T("negated", "HOUS", "Home explicitly 'not at risk'.")]),
    box("orange",
        "Paul told his GP on 29/9 he'd been thinking of ending his life; crisis team visited 1/10 and he is "
        "now under the home treatment team. Callum (17) lost his apprenticeship when the firm closed and is "
        "not working or studying.",
        ["MH-ADULT", "EDU-NEET"],
        [T("convention", "EDU-NEET", "17-year-old NEET: EDU-NEET only (convention 11).")]),
    box("green",
        "N/A \u2013 Megan (13) fine in school, no concerns raised.",
        [],
        [T("negated", None, "'N/A' and 'no concerns': nothing to code.")]),
], [
    box("blue",
        "Callum started a HGV mechanics course at Calderwick College in Jan. Paul is driving for another "
        "haulier 3 days a week and paying the cards off at \u00a3120 a month, definately on track. Still on "
        "antidepressants from the GP and says the dark days are fewer.",
        ["FIN", "MH-ADULT"],
        [T("historical", "EDU-NEET", "Now at college."),
         T("convention", "FIN", "Paying off card debt = managing (convention 3)."),
         T("convention", "MH-ADULT", "Ongoing antidepressants (conventions 3 and 4).")]),
])

# Z014 - mum died of sepsis; dad overwhelmed, neglect, son's exclusion and grief
case("Z014", "Millholme", "2025-02-24", "2025-07-14", [
    box("yellow",
        "Since Laura died of sepsis on 30/1 Steve is struggling with the basics. On 2 visits: 1) very little "
        "food in the house, 2) washing piled up and kitchen bins overflowing, 3) kids in unwashed uniform. "
        "Steve says he doesn't know where to start with bedtimes and mornings. EHW to do routines work.",
        ["SAFE-NEG", "REL-PAR"],
        [T("not-coded", "MH-ADULT", "Steve struggling is described as practical overwhelm; no mental health "
           "need is named.")]),
    box("green",
        "Archie (4) starts reception in Sept; nursery concerned he's still in nappies and has very few "
        "words. Amelia (7) sleeping in Steve's bed since mum died and waking 3-4 times a night.",
        ["EYD", "PH"],
        [T("convention", "EYD", "Under-5 toileting and speech (convention 9)."),
         T("convention", "PH", "School-age sleep problem (convention 9).")]),
    box("orange",
        "Kayden (12) walked out of lessons 3 times and swore at a teacher, 2 day fixed term exclusion on "
        "18/2. School have referred to CAMHS for anger and grief after Kayden said he wishes he was dead "
        "too.",
        ["EDU-EXC", "MH-CHILD"],
        []),
], [
    box("blue",
        "Steve says evenings are still hectic but he has a meal plan and bedtime chart and sticks to them. "
        "House clean and tidy on the last 3 visits, fridge stocked.",
        ["REL-PAR"],
        [T("convention", "REL-PAR", "Routines still hard but managed with a chart = present in blue "
           "(convention 3)."),
         T("historical", "SAFE-NEG", "Home conditions and food described as resolved; not coded.")]),
    box("orange",
        "Kayden still open to CAMHS, on the waiting list for grief therapy. No further exclusions but he is "
        "on a behaviour report card.",
        ["MH-CHILD", "EDU-EXC"],
        [T("partial", "EDU-EXC", "Exclusions have stopped, but behaviour at school (report card) is current.")]),
])

# ---------------------------------------------------------------------------
# Batch 3: Z015-Z021
# ---------------------------------------------------------------------------

# Z015 - flooded council flat, staying with grandparents; dad's gambling
case("Z015", "Castle Rise", "2025-12-01", "2026-05-11", [
    box("blue",
        "Family staying at Hayley's parents' in Thornbeck while their council flat is stripped out after "
        "the flood. 6 of them in a 2 bed so it's a squeeze, but grandparents happy to have them till Jan.",
        ["HOUS"],
        [T("convention", "HOUS", "Displaced and overcrowded at relatives', managed through own network "
           "(blue, convention 3).")]),
    box("yellow",
        "Hayley found out Ryan has lost about \u00a33,500 on online betting since the flood, including the "
        "council's flood grant. They're now behind on the electric. Rowing most nights and Ryan has been "
        "sleeping at his brother's. Ryan referred to BetFree North, EHW to offer parental conflict work.",
        ["FIN", "REL-CONF"],
        [T("convention", "SUB", "Gambling losses are FIN, not SUB (convention 10)."),
         T("not-coded", "PH", "'Sleeping at his brother's' is where he sleeps, not a sleep problem.")]),
    box("green",
        "Charlie (9) tearful in class and told his teacher he's worried they'll never go home; school ELSA "
        "starting 1:1 sessions. Evie (3) hasn't been to her nursery sessions since they moved to Thornbeck, "
        "HV aware.",
        ["MH-CHILD", "EYD"],
        [T("convention", "EYD", "Nursery take-up for an under-5 (convention 9).")]),
], [
    box("blue",
        "Back in the flat since Feb. Ryan has self-excluded from all the betting sites, still goes to the "
        "BetFree group and is paying \u00a350 a month off the electric arrears.",
        ["FIN"],
        [T("historical", "HOUS", "Back home since February."),
         T("not-coded", "EDU-EXC", "'Self-excluded' from betting sites is not a school exclusion."),
         T("convention", "FIN", "Paying arrears and gambling support = managing (conventions 3 and 10).")]),
])

# Z016 - fire from a vape on charge; teen exclusion, ASB, child-to-parent violence
case("Z016", "Lockside", "2025-04-07", "2025-09-29", [
    box("orange",
        "Fire in Jordan's (14) bedroom on 20/3 started by a vape left on charge. Smoke damage to the whole "
        "upstairs, family sleeping downstairs while the insurance is sorted. Jordan then excluded for 5 days "
        "for fighting, and police picked him up on 1/4 after he and friends threw stones at buses on the "
        "ring road.",
        ["HOUS", "EDU-EXC", "CRIME"],
        [T("convention", "SUB", "Vaping is not SUB (convention 12)."),
         T("convention", "HOUS", "Smoke-damaged home the family is still living in = disrepair."),
         T("convention", "CRIME", "Police action about a young person's ASB (convention 7)."),
         T("outside", None, "The friends are outside the household; only Jordan's behaviour is coded.")]),
    box("yellow",
        "Donna says Jordan won't accept any boundaries, comes in after midnight and last wk pushed her into "
        "the wall when she took his phone off him. She's booked on the Calm Parents course at the hub. "
        "Keira (10) no concerns.",
        ["REL-PAR"],
        [T("convention", "DA", "Child-to-parent violence is REL-PAR, not DA; no police, so no CRIME "
           "(convention 8).")]),
], [
    box("orange",
        "Jordan had a youth caution for the bus incident and is doing voluntary sessions with YOS. Managed "
        "move to Castle Rise High agreed from 1/9, settling so far.",
        ["CRIME", "EDU-EXC"],
        [T("convention", "EDU-EXC", "Managed move = EDU-EXC."),
         T("convention", "CRIME", "Youth caution and YOS (convention 7).")]),
])

# Z017 - dad's lorry crash; 6-year-old wetting in class (unboxed note + closure box)
case("Z017", "Ferrybank", "2025-03-03", "2025-06-23", [
    note("green",
         "Call from Sue, school nurse at Weirfield Primary. Amber (6) has been wetting herself in class since "
         "her dad's lorry crash in Jan. Dad (Gary) is at home with a broken pelvis and off work \u2013 Mum "
         "(Sophie) told school money isn't a problem as he's on full company sick pay. School keeping spare "
         "uniform in, GP apt booked for Amber next wk.",
         ["PH"],
         [T("convention", "PH", "Daytime wetting at 6 (school age) is PH, not EYD (convention 9); dad's "
            "broken pelvis is also PH (one code)."),
          T("negated", "FIN", "'Money isn't a problem'; sick pay is not FIN."),
          T("convention", None, "Level green: school nurse, school and GP only (convention 2).")]),
], [
    box("blue",
        "Gary back at work on light duties. Amber still has the odd accident, Sophie keeping the bladder "
        "diary the GP suggested.",
        ["PH"],
        [T("convention", "PH", "Occasional wetting still happening, managed by mum = present in blue "
           "(convention 3).")]),
])

# Z018 - single mum's redundancy (branch closure), rent arrears; autistic son
case("Z018", "Millholme", "2025-07-21", "2026-01-19", [
    box("yellow",
        "Claire made redundant 30/6 when the High St building society branch shut. Rent is \u00a3850 pcm and "
        "she's \u00a31,700 behind; landlord has said he will serve notice if it isn't cleared by Sept. UC claim "
        "in. EHW has referred to Citizens Advice.",
        ["FIN"],
        [T("hypothetical", "HOUS", "Hard call: the notice is conditional ('will serve notice if it isn't "
           "cleared'), so the eviction is hypothetical; no notice has been served. Arrears are FIN.")]),
], [
    box("yellow",
        "Claire in the hospital admin team 30 hrs since Oct. Still owes \u00a3600 rent arrears, on a repayment "
        "plan with the landlord; CAB have closed. Ethan's (9) EHCP annual review added more 1:1 hours.",
        ["FIN", "EDU-SEND"],
        [T("historical", "FIN", "Worklessness is over, but the remaining arrears keep FIN present.")]),
    box("blue",
        "Grace (15) doesn't have Ethan after school any more, he goes to an after school club paid for from "
        "his EHCP personal budget.",
        ["EDU-SEND"],
        [T("historical", "CARER", "Grace's minding of her brother has ended ('any more')."),
         T("convention", "EDU-SEND", "An EHCP named as current codes EDU-SEND (service implies need).")]),
])

# Z019 - mum's RTC, long hospital stay; children at dad's 1-bed flat
case("Z019", "Castle Rise", "2025-10-20", "2026-04-13", [
    box("yellow",
        "Kerry in hospital since an RTC on 4/10, fractured pelvis and leg, at least 8 wks. Lacey (8) and "
        "Tommy (5) staying with their dad Lewis in his 1 bed flat, both kids on a sofa bed. Kerry and Lewis "
        "(separated 2022) are rowing on the phone about who has the kids once she's out.",
        ["PH", "HOUS", "REL-CONF"],
        [T("convention", "HOUS", "Children overcrowded on a sofa bed in a 1-bed flat."),
         T("partial", "REL-CONF", "The 2022 separation is old, but current rows about care of the children "
           "are a contact dispute.")]),
    box("green",
        "Tommy in reception at Kingsbeck, late 8 times since he's been at dad's as it's 4 miles away. Lacey "
        "has started wetting the bed at dad's.",
        ["EDU-ATT", "PH"],
        [T("convention", "EDU-ATT", "Lateness of a 5-year-old in reception is school attendance (he is at "
           "school, so not EYD)."),
         T("convention", "PH", "Bedwetting at 8 (convention 9).")]),
], [
    box("blue",
        "Kerry home and walking on crutches, physio weekly. Kids back with her since Dec. Kerry and Lewis "
        "say the rows stopped after 2 mediation sessions, Lewis has them alternate weekends.",
        ["PH"],
        [T("historical", "REL-CONF", "Rows 'stopped' after mediation (convention 3)."),
         T("historical", "HOUS", "Children back home."),
         T("convention", "PH", "Recovery ongoing with physio = managing in blue.")]),
])

# Z020 - flood TA; teen missing, county lines concern (unboxed TAF note + closure boxes)
case("Z020", "Lockside", "2026-02-02", "2026-06-22", [
    note("orange",
         "TAF meeting at Lockside Family Hub. Jodie and the kids in TA on Quarry Rd since the Jan floods. "
         "Connor (15) reported missing twice since the move, found both times in Ravensmoor with older males, "
         "police concerned about county lines. Lexi (11) attendance 82% this term. Jodie on UC, no arrears. "
         "TAF plan agreed, review 2/3.",
         ["HOUS", "SAFE-EXP", "EDU-ATT"],
         [T("convention", "CRIME", "Police finding a missing child is safeguarding, not CRIME (convention 7)."),
          T("negated", "FIN", "UC named, 'no arrears' (convention 5)."),
          T("outside", None, "The older males are outside the household; their effect on Connor is SAFE-EXP "
            "(convention 6)."),
          T("convention", None, "Level orange: TAF plan and police (convention 2).")]),
], [
    box("orange",
        "Connor no missing episodes since March but still discussed at the exploitation panel and sees the "
        "Hub's exploitation worker weekly.",
        ["SAFE-EXP"],
        [T("partial", "SAFE-EXP", "Missing episodes over, but exploitation work ongoing (convention 4).")]),
    box("green",
        "Lexi 95% since Easter. Family moved into a permanent HA house in May.",
        [],
        [T("historical", "HOUS", "Permanent tenancy since May."),
         T("historical", "EDU-ATT", "Attendance recovered; good news only.")]),
])

# Z021 - dad's stroke at 38; daughter caring, toddler not at nursery
case("Z021", "Ferrybank", "2025-09-01", "2026-02-16", [
    box("yellow",
        "Imran (38) had a stroke in July, right side paralysis and aphasia. Zara (13) helps him to the "
        "toilet and interprets for him at hospital apointments, she says she's tired all the time and "
        "worries about him. Adam (3) not at nursery yet \u2013 Sana wants him to take up his 15 hrs but can't "
        "get him there while she's caring for Imran. Referred to the young carers service.",
        ["PH", "CARER", "MH-CHILD", "EYD"],
        [T("convention", "CARER", "Zara is the young carer; Sana 'caring for Imran' is an adult carer and "
           "would not code CARER (convention 12)."),
         T("convention", "EYD", "Nursery take-up for a 3-year-old (convention 9).")]),
], [
    box("yellow",
        "Zara goes to Dales Young Carers fortnightly and still helps her dad in the mornings. Adam started "
        "at Little Acorns nursery in Jan and has settled well.",
        ["CARER"],
        [T("historical", "EYD", "Nursery place now taken up; good news.")]),
    box("blue",
        "Imran walking short distances with a frame and saying simple sentences, SALT continuing.",
        ["PH"],
        [T("convention", "PH", "Adult speech therapy after stroke is PH (EDU-SEND is for education, EYD for "
           "under-5s).")]),
])

# ---------------------------------------------------------------------------
# Batch 4: Z022-Z028
# ---------------------------------------------------------------------------

# Z022 - dad killed in a motorbike crash; funeral debt, NEET, daughter's suicidal thoughts
case("Z022", "Millholme", "2025-06-16", "2025-12-15", [
    box("yellow",
        "Wayne (dad) killed in a motorbike crash on 25/5. Natalie hasnt recieved any life insurance and the "
        "funeral cost \u00a34,800, which she's put on a loan. Wayne was the main earner, Natalie works 16 hrs; "
        "rent is \u00a3400 behind. Harley (16) has dropped out of sixth form and isn't working.",
        ["FIN", "EDU-NEET"],
        [T("convention", "EDU-NEET", "16-year-old out of sixth form and not working: EDU-NEET only "
           "(convention 11); FIN comes from the loan and arrears.")]),
    box("orange",
        "Summer (11) told her teacher she wants to be with her dad and has been looking up ways to die "
        "online. Urgent CAMHS referral, safety plan in place with school. Mia (2) doing well, HV has no "
        "concerns.",
        ["MH-CHILD"],
        [T("not-coded", "SAFE-EXP", "Searching online for ways to die is suicidal ideation (MH-CHILD), not "
           "exploitation or an online-safety contact risk."),
         T("negated", "EYD", "Mia: HV has no concerns.")]),
], [
    box("orange",
        "Summer still open to CAMHS, no further talk of wanting to die since Aug. Natalie worried as Summer "
        "has lost weight and is skipping lunch at school.",
        ["MH-CHILD", "PH"],
        [T("partial", "MH-CHILD", "Suicidal talk has stopped but she is still open to CAMHS (convention 4)."),
         T("convention", "PH", "Weight loss is PH.")]),
])

# Z023 - mum's dog-grooming business folded (unboxed note + closure box)
case("Z023", "Lockside", "2025-04-28", "2025-08-18", [
    note("yellow",
         "Initial visit with Gail. Her dog grooming business folded in March, she owes about \u00a36k on the "
         "van and \u00a3900 council tax. She said she drank heavily in her 20s but has been sober for 12 years. "
         "Ruby (10) and Alfie (7) doing well, no worries from school. Referred to Citizens Advice; revisit in "
         "4 wks.",
         ["FIN"],
         [T("historical", "SUB", "Heavy drinking in her 20s, sober 12 years."),
          T("negated", None, "Children: 'no worries from school'."),
          T("convention", None, "Level yellow: Citizens Advice is one extra service; school is only green "
            "(convention 2).")]),
], [
    box("yellow",
        "Debt relief order approved in July through CAB. Gail now employed 25 hrs a week at a grooming salon "
        "in town.",
        ["FIN"],
        [T("convention", "FIN", "Hard call: the debts are still in a live DRO, so the debt is a current, "
           "managed money problem; worklessness is over.")]),
])

# Z024 - dad killed at the quarry; mum drinking; son caring for sister
case("Z024", "Castle Rise", "2025-05-27", "2025-11-03", [
    box("orange",
        "Since Rob was killed in the accident at the quarry on 21/4, Sarah has been drinking every day \u2013 a "
        "bottle of wine or more. She turned up at school pick up smelling of alcohol on 14/5. Owen (12) has "
        "been making tea for Ella (9) and putting her to bed. Police did a welfare check on 18/5 when "
        "Sarah's sister couldn't get hold of her.",
        ["SUB", "CARER"],
        [T("convention", "CRIME", "A police welfare check is safeguarding, not CRIME (convention 7)."),
         T("not-coded", "SAFE-NEG", "Owen takes on care of his sister (CARER); no hunger, hygiene or home "
           "conditions are described, so no SAFE-NEG."),
         T("outside", None, "Sarah's sister is outside the household.")]),
    box("yellow",
        "Ella having nightmares and wetting the bed most nights. Owen 2 internal exclusions for fighting "
        "this half term.",
        ["PH", "EDU-EXC"],
        [T("convention", "PH", "Nightmares and bedwetting at 9 (convention 9).")]),
], [
    box("yellow",
        "Sarah engaging with Horizon alcohol service, 6 wks alcohol free after a relapse in Sept. Owen goes "
        "to young carers after school on Mondays. Ella dry for 3 months now.",
        ["SUB", "CARER"],
        [T("convention", "SUB", "Ongoing alcohol service (convention 4)."),
         T("historical", "PH", "Ella dry for 3 months.")]),
])

# Z025 - dad's firm shut, working in Scotland; separation; 16-year-old NEET, drinking, caution
case("Z025", "Millholme", "2025-02-10", "2025-07-07", [
    box("yellow",
        "Emma and Phil have told the kids they're separating. Lots of rowing when Phil is home at weekends "
        "(he's been working in Scotland since his firm shut in Nov). Lola (12) heard him call Emma "
        "'useless'. Emma says it isn't abusive, they're both just stressed, and she's not scared of him. "
        "Mediation booked for March.",
        ["REL-CONF"],
        [T("not-coded", "DA", "Arguments and name-calling with no abuse, fear or control described: "
           "REL-CONF (convention 8)."),
         T("convention", "FIN", "Working away is not FIN (convention 5); the firm closing is past.")]),
    box("orange",
        "Zach (16) left his college course in Jan and isn't in work or training. Drinking most weekends, "
        "came home drunk 3 times last month. Caught shoplifting vodka from a corner shop on 1/2 with mates, "
        "police called, youth caution and referred to YOS.",
        ["EDU-NEET", "SUB", "CRIME"],
        [T("convention", "EDU-NEET", "NEET only; no FIN for a young person (convention 11).")]),
], [
    box("yellow",
        "Zach on a 12 wk Skills Builder course at Calderwick College, attending well. YOS work finished in "
        "May. Still drinks at weekends but less, seeing the Kickback worker.",
        ["SUB"],
        [T("historical", "CRIME", "YOS work finished in May."),
         T("historical", "EDU-NEET", "On a college course.")]),
    box("blue",
        "Emma and Phil separated in May; Phil has the kids alternate weekends and they use a co-parenting "
        "app so they don't have to speak, which is working.",
        ["REL-CONF"],
        [T("convention", "REL-CONF", "Hard call: a current separation being managed through an app is 'now "
           "managing' in blue (convention 3); contrast Z019-C-blue where the rows are said to have stopped.")]),
])

# Z026 - candle fire, baby rescued; strategy meeting, s20, PLO
case("Z026", "Ferrybank", "2025-12-15", "2026-06-08", [
    box("red",
        "Fire at the flat on Canal St 13/12 from a candle left burning while Kayleigh (20) and Jake (23) were "
        "asleep after drinking heavily. Rhys (7m) rescued by the fire crew and kept in overnight for smoke "
        "inhalation. Strategy meeting 15/12, s47 started, Rhys placed with paternal nan under s20. Parents in "
        "a hostel.",
        ["SUB", "SAFE-NEG", "PH", "HOUS"],
        [T("convention", "SAFE-NEG", "Baby unsupervised while parents were asleep drunk = supervision."),
         T("not-coded", "CARER", "Paternal nan is a kinship carer, not a young carer (convention 12).")]),
    box("orange",
        "Jake on probation for a burglary in 2024. Kayleigh was under CAMHS for self harm when she was 15, no "
        "current MH concerns.",
        ["CRIME"],
        [T("convention", "CRIME", "The burglary is past but probation is current (convention 7)."),
         T("historical", "MH-ADULT", "CAMHS as a teenager, 'no current MH concerns'."),
         T("historical", "MH-CHILD", "Kayleigh's past CAMHS is not a child's current need.")]),
    box("yellow",
        "Kayleigh and Jake have started the Steps to Parenting course at the hub as part of the plan. "
        "Kayleigh asked for help with budgeting \u2013 they still owe \u00a31,100 rent arrears on the burnt out "
        "flat.",
        ["REL-PAR", "FIN"],
        [T("convention", "REL-PAR", "A parenting course under way codes REL-PAR (convention 4).")]),
], [
    box("red",
        "Rhys remains with paternal nan under s20, parents in PLO. Supervised contact 3x a week going well. "
        "Both engaging with Horizon alcohol service and testing negative.",
        ["SUB"],
        [T("convention", "SUB", "Ongoing alcohol service (convention 4); negative tests do not end it."),
         T("not-coded", "SAFE-NEG", "No current neglect is described in this text (convention 1).")]),
])

# Z027 - mum's brain tumour; daughter off school to watch over her (unboxed note + closure boxes)
case("Z027", "Lockside", "2025-10-06", "2026-02-02", [
    note("yellow",
         "Referral from the attendance officer at Holmeside Academy. Olivia (14) has missed most of the last "
         "3 wks since Mum (Lisa) was diagnosed with a brain tumour in Aug and started radiotherapy. Olivia "
         "says she has to be at home in case Mum has a seizure. Dad is in the army, posted away. EHW "
         "allocated. If attendance doesn't pick up school may look at a part-time timetable.",
         ["EDU-ATT", "PH", "CARER"],
         [T("convention", "CARER", "Staying home to watch over an ill parent is a caring responsibility."),
          T("hypothetical", None, "The part-time timetable is only 'if attendance doesn't pick up'."),
          T("not-coded", "FIN", "Dad being posted away is not FIN (convention 5 by analogy)."),
          T("convention", None, "Level yellow: EHW (convention 2).")]),
], [
    box("green",
        "Olivia back full time, 93% this term. Lisa finished radiotherapy, now on steroids and anti-seizure "
        "medication, next scan in March.",
        ["PH"],
        [T("historical", "EDU-ATT", "Back full time: recovered."),
         T("not-coded", "SUB", "Prescribed medication is not substance misuse.")]),
    box("yellow",
        "Olivia goes to the young carers group fortnightly and has a young carer card at school; still helps "
        "mum with her tablets.",
        ["CARER"],
        []),
])

# Z028 - flooded private rent, S21 instead of repairs; veteran dad's PTSD; ADHD pathway
case("Z028", "Ferrybank", "2026-02-16", "2026-07-13", [
    box("orange",
        "Landlord served a section 21 on 2/2, six weeks after the flood, rather than do the repairs. Walls "
        "still wet and the boiler hasn't worked since Dec. Nathan has been to housing options and the "
        "homelessness prevention duty has been accepted.",
        ["HOUS"],
        [T("outside", None, "The landlord's conduct is coded only through its effect on the family (HOUS, "
           "convention 6).")]),
    box("yellow",
        "Nathan (single dad) has PTSD from his time in the army and says the flood has 'set him right back'. "
        "Sees a worker from Veterans Mind North fortnightly.",
        ["MH-ADULT"],
        []),
    box("green",
        "Kaiden (11) on the ADHD pathway, SENCo at Brackenbeck keeping dad updated. Millie (8) no concerns.",
        ["EDU-SEND"],
        [T("convention", "EDU-SEND", "On the ADHD pathway (convention 4).")]),
], [
    box("green",
        "Kaiden got his ADHD diagnosis in June and the SENCo has a transition plan in place for Castle Rise "
        "High in Sept. Family moved into a HA house in May, first time the kids have had their own rooms.",
        ["EDU-SEND"],
        [T("historical", "HOUS", "Moved in May: housing need over.")]),
])

# ---------------------------------------------------------------------------
# Batch 5: Z029-Z030
# ---------------------------------------------------------------------------

# Z029 - nana (lives 2 doors down) had a stroke; grandson does her lunchtime visits
case("Z029", "Castle Rise", "2025-09-29", "2026-03-09", [
    box("yellow",
        "Nana Jean (lives 2 doors down, on her own) had a stroke in Aug. Mum (Dawn) goes round every evening "
        "and Kian (15) does Jean's lunchtime and after school visits \u2013 makes her food and sorts her "
        "tablets. He's been late back for afternoon registration 6 times. Referred to Dales Young Carers.",
        ["CARER", "EDU-ATT"],
        [T("outside", "PH", "Nana lives in her own home: her stroke is not coded for this family "
           "(convention 6)."),
         T("convention", "CARER", "Hard call: the person cared for is outside the household, but Kian's "
           "caring role is his own current need, i.e. the effect on the family (convention 6)."),
         T("not-coded", "CARER", "Dawn caring for her mother is an adult carer (convention 12).")]),
], [
    box("blue",
        "Nana Jean now has carers from the council 4x a day so Kian just pops in after school for a chat. "
        "Back on time for afternoon reg.",
        [],
        [T("convention", "CARER", "'Carers from the council' are paid adult carers, not a young carer "
           "(convention 12); Kian's visits are now social, so his caring has ended."),
         T("outside", "PH", "Nana is outside the household."),
         T("historical", "EDU-ATT", "Back on time.")]),
])

# Z030 - bus-driver dad's heart attack; toddler with no words yet
case("Z030", "Lockside", "2025-06-09", "2025-11-10", [
    box("green",
        "Darren (dad, bus driver) had a heart attack on 12/5, stents fitted, off on company sick pay and "
        "can't drive for at least 4 wks. Cardiac rehab starts in June. Poppy-Mae (2) has no words yet, HV "
        "has referred her to SALT.",
        ["PH", "EYD"],
        [T("convention", "FIN", "Sick pay from an employer is not a money problem (convention 5 by analogy)."),
         T("convention", "EYD", "Speech delay in an under-5 (convention 9).")]),
], [
    box("green",
        "Darren back driving since Aug and still going to the cardiac rehab gym twice a week. Poppy-Mae "
        "using about 30 words now, her SALT group at the childrens centre runs till Dec.",
        ["PH", "EYD"],
        [T("convention", "PH", "Ongoing cardiac rehab = managing, present in green (conventions 3 and 4)."),
         T("convention", "EYD", "SALT group still running for an under-5 (convention 4).")]),
])

# ---------------------------------------------------------------------------
# Writer
# ---------------------------------------------------------------------------

CODES = ["EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD", "MH-ADULT", "PH", "SUB",
         "REL-PAR", "REL-CONF", "DA", "SAFE-NEG", "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"]
LEVELS = ["blue", "green", "yellow", "orange", "red"]


def build():
    narratives, gold, traps = [], [], {}
    for c in CASES:
        cid = c["case_id"]
        for stage, letter, date, items in c["stages"]:
            tid = "%s-%s" % (cid, letter)
            for it in items:
                suffix = it["level"] if it["level"] else "note"
                nid = "%s-%s" % (tid, suffix)
                if len(set(it["codes"])) != len(it["codes"]):
                    raise SystemExit("duplicate code in " + nid)
                for code in it["codes"]:
                    if code not in CODES:
                        raise SystemExit("bad code %s in %s" % (code, nid))
                if it["codes"] and it["gold_level"] not in LEVELS:
                    raise SystemExit("no gold level for " + nid)
                narratives.append([nid, tid, cid, stage, date, it["level"], c["locality"], it["text"]])
                for code in it["codes"]:
                    gold.append([nid, code, it["gold_level"]])
                if it["traps"]:
                    traps[nid] = it["traps"]
    return narratives, gold, traps


def write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        w.writerow(header)
        w.writerows(rows)


def main():
    narratives, gold, traps = build()
    ids = [n[0] for n in narratives]
    if len(ids) != len(set(ids)):
        raise SystemExit("duplicate narrative ids")
    write_csv(os.path.join(HERE, "narratives.csv"),
              ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"],
              narratives)
    write_csv(os.path.join(HERE, "gold.csv"), ["narrative_id", "code", "level"], gold)
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8", newline="") as fh:
        json.dump(traps, fh, ensure_ascii=False, indent=1)
        fh.write("\n")

    triages = sorted({n[1] for n in narratives})
    notes = [n for n in narratives if not n[5]]
    no_gold = [i for i in ids if i not in {g[0] for g in gold}]
    print("cases: %d  triages: %d  narratives: %d (boxed %d, unboxed notes %d)"
          % (len(CASES), len(triages), len(narratives), len(narratives) - len(notes), len(notes)))
    print("gold rows: %d  narratives without gold: %d  narratives with trap notes: %d"
          % (len(gold), len(no_gold), len(traps)))
    by_code = {c: 0 for c in CODES}
    by_level = {l: 0 for l in LEVELS}
    for _, code, level in gold:
        by_code[code] += 1
        by_level[level] += 1
    print("per code: " + ", ".join("%s %d" % (c, by_code[c]) for c in CODES))
    print("per level: " + ", ".join("%s %d" % (l, by_level[l]) for l in LEVELS))
    for stage in ("assessment", "closure"):
        ts = sorted({n[1] for n in narratives if n[3] == stage})
        counts = []
        for l in LEVELS:
            k = len({g[0].rsplit("-", 1)[0] for g in gold
                     if g[2] == l and g[0].split("-")[1] == stage[0].upper()})
            counts.append("%s %d" % (l, k))
        print("%s triages %d; triages with issues at: %s" % (stage, len(ts), ", ".join(counts)))


if __name__ == "__main__":
    main()
