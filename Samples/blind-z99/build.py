#!/usr/bin/env python3
"""Build blind gold set z99: young parents (16-21) and care leavers with babies/toddlers.

Written blind from /work/shared/taxonomy.md only (plus the devset README and file-format
headers). Each case holds its narratives one at a time with gold codes and trap notes.
Writes narratives.csv, gold.csv, traps.json (UTF-8, no BOM, CRLF) and prints counts.

Narrative tuple: N(stage, level, text, codes, traps, note_level)
  stage       'A' (assessment) or 'C' (closure)
  level       box level, or None for an unboxed note
  codes       list of PRESENT codes only
  traps       list of (type, code, note)
  note_level  for unboxed notes: the single highest level cue in the text (convention 2)
"""
import csv
import json
import os
from collections import Counter

SET_ID = "z99"
HERE = os.path.dirname(os.path.abspath(__file__))


def N(stage, level, text, codes=(), traps=(), note_level=None):
    return dict(stage=stage, level=level, text=text, codes=list(codes),
                traps=[dict(type=t, code=c, note=n) for (t, c, n) in traps],
                note_level=note_level)


CASES = []


def case(locality, a_date, c_date, *items):
    CASES.append(dict(locality=locality, a=a_date, c=c_date, items=list(items)))


# ---------------------------------------------------------------- Z001
case("Holmcroft", "2025-03-04", "2025-07-22",
     N("A", "yellow",
       "Kayleigh (17) and Ava (4m) living with Kayleigh's mum Tracy and brother Ethan (12) in a 2 bed "
       "flat, Kayleigh and Ava share a room with Ethan. Kayleigh left sixth form at 28 wks pregnant and "
       "isnt in any education or training, talks about doing childcare L2 in Sept. Rows most days "
       "between Kayleigh and Tracy over Ava's routine and who does the night feeds, Tracy has said she'll "
       "'put her out' if it carries on. FNP nurse visiting fortnightly. EHW to do a family meeting.",
       ["HOUS", "EDU-NEET", "REL-PAR"],
       [("convention", "REL-PAR", "Rows between the young parent (17) and her own mum who lives in the same "
         "household are parent-child arguments (conv 8), so REL-PAR, not REL-CONF."),
        ("partial", "HOUS", "'put her out if it carries on' is hypothetical, but overcrowding (sharing a room "
         "with her brother in a 2 bed) is present, so HOUS is coded."),
        ("not-coded", "", "FNP nurse alone implies no code area.")]),
     N("C", "blue",
       "Kayleigh still not in education over the summer but has a place on the L2 childcare course at "
       "Holmcroft College from Sept, Care to Learn approved for Ava's nursery. She and Tracy have a rota "
       "for nights now and both say the rows have mostly stopped, they use the 'time out' idea from the "
       "family meeting.",
       ["EDU-NEET", "REL-PAR"],
       [("convention", "EDU-NEET", "Still NEET until the course starts: managing, present in a blue box (conv 3)."),
        ("convention", "REL-PAR", "'mostly stopped' plus an active strategy is managing, not fully over (conv 3)."),
        ("not-coded", "HOUS", "Housing not mentioned in this box (conv 1).")]),
     N("C", "green",
       "Ava back up to the 25th centile at her 8m review and HV has discharged her from weight "
       "monitoring. Kayleigh has registered Ava with a dentist.",
       [],
       [("historical", "PH", "Weight concern described as over (discharged from monitoring)."),
        ("not-coded", "EYD", "8m review with no need stated is good news only (conv 3).")]),
     )

# ---------------------------------------------------------------- Z002
case("Tenter Hill", "2025-05-20", "2025-12-02",
     N("A", "yellow",
       "Jade (19) care leaver, PA from the Leaving Care team. In supported lodgings with Mrs Ahmed since "
       "she was 17, provider has now given notice for the end of June as a baby in the house 'isn't "
       "working'. Jade has nowhere to go, on the housing register band C. UC claim made after Lily-Rose "
       "(10 wks) was born, Jade took an advance and has £11 left for the fortnight, been to the food bank "
       "twice this month.",
       ["HOUS", "FIN"],
       [("convention", "HOUS", "Supported lodgings alone are not HOUS; coded because notice has been given "
         "and she has nowhere to go."),
        ("convention", "FIN", "UC alone is not FIN (conv 5); the advance, £11 left and food bank make it FIN (conv 10)."),
        ("not-coded", "", "Care leaver status / PA alone carry no code.")]),
     N("A", "orange",
       "Connor (20), Lily-Rose's dad, doesnt live with Jade but checks her phone, tells her what she can "
       "wear and turned up at the lodgings at 2am demanding to be let in. Jade says he 'just worries about "
       "her'. Police attended 3/5 after Mrs Ahmed rang 999. DASH medium, referral to IDVA.",
       ["DA"],
       [("outside", "DA", "Partner lives elsewhere but his controlling behaviour towards Jade is an effect "
         "on the family, so DA is coded (conv 6)."),
        ("convention", "CRIME", "Police call-out about the partner's DV is DA only, not CRIME (conv 7).")]),
     N("C", "orange",
       "Jade ended it with Connor in Aug and got a non-mol in Sept. He was arrested in Oct for breaching "
       "it and is on bail not to contact her. Jade in her own 1 bed council flat since Oct and on wk 6 of "
       "the Freedom Programme.",
       ["DA"],
       [("convention", "CRIME", "Ex-partner's arrest for breaching the non-mol is DA only (conv 7)."),
        ("historical", "HOUS", "Now in her own tenancy: housing need over."),
        ("convention", "DA", "Relationship ended but non-mol, bail and Freedom Programme are current (conv 4).")]),
     )

# ---------------------------------------------------------------- Z003
case("Marsh End", "2025-01-28", "2025-07-08",
     N("A", "green",
       "Freddie (13m) - 1 yr HV review done late, booked 3x and DNA twice. Not walking yet but pulling to "
       "stand and cruising the furniture. 12m immunisations not had yet, Holly says she 'keeps forgetting'.",
       ["EYD", "PH"],
       [("convention", "EYD", "Missed/late HV development review is EYD (development checks)."),
        ("convention", "PH", "Missed immunisations are PH.")]),
     N("A", "orange",
       "Reece (18) on a referral order with the Youth Offending Service for a shop theft, 4 sessions left. "
       "Reece and his dad Gary both smoke weed in the house daily, Holly (17) says it's 'only ever in the "
       "kitchen'. Holly dropped out of her hair and beauty course at Marsh End College in Nov and is NEET.",
       ["CRIME", "SUB", "EDU-NEET"],
       [("convention", "CRIME", "Young dad is a household member on a referral order/YOS (conv 7)."),
        ("convention", "EDU-NEET", "Holly (17) NEET is EDU-NEET only (conv 11); no FIN.")]),
     N("C", "yellow",
       "Reece finished his referral order in April, no further offending. Has cut down on cannabis and only "
       "smokes at weekends away from the house, seeing Step Up (young people's drug and alcohol service) "
       "fortnightly. Holly started an apprenticeship at Cut Above salon in May, 3 days a wk. Freddie has had "
       "his jabs.",
       ["SUB"],
       [("historical", "CRIME", "Order completed, no further offending."),
        ("historical", "EDU-NEET", "Holly now on an apprenticeship."),
        ("historical", "PH", "Jabs now given."),
        ("convention", "SUB", "Reduced but ongoing use plus drug service (conv 4).")]),
     )

# ---------------------------------------------------------------- Z004
case("Saltergate", "2025-11-10", "2026-03-24",
     N("A", "green",
       "Twins Oscar and Isla (2y 3m). At the HV 2yr ASQ Oscar had approx 10 words, Isla within range. "
       "Oscar referred to SALT drop in. Neither twin taking up their funded 2yo place, Megan (20) says "
       "she's nervous about leaving them.",
       ["EYD"]),
     N("A", "yellow",
       "Megan dx with PND after the twins were born, on sertraline from GP, says her mood has 'gone "
       "downhill again' since the clocks went back and she's struggling to get out of the house. Partner "
       "Dan (22) works nights at the distribution centre so she's on her own most evenings. Referred to "
       "Talking Therapies perinatal pathway, EHW to visit weekly.",
       ["MH-ADULT"],
       [("not-coded", "FIN", "Working night shifts is not FIN (conv 5).")]),
     N("C", "blue",
       "Megan goes to the perinatal peer group on Thursdays and has a plan with her mum for the bad days. "
       "Still taking sertraline, GP review in April.",
       ["MH-ADULT"],
       [("convention", "MH-ADULT", "Ongoing treatment and self-management: present in blue (conv 3, 4).")]),
     )

# ---------------------------------------------------------------- Z005
case("Tenter Hill", "2025-02-17", "2025-07-15",
     N("A", "yellow",
       "Chantelle (16) in Y11 at Tenter Hill Academy, attendance 61% since she went back after Kai (3m) was "
       "born, now on a part time timetable (mornings only). Wants to sit her GCSEs. Her mum Donna has Kai "
       "while she is in school. Says girls in her year keep posting about her and Kai on TikTok.",
       ["EDU-ATT", "SAFE-EXP"],
       [("convention", "EDU-ATT", "A 16-year-old parent still on a school roll: attendance/part-time timetable "
         "is EDU-ATT, not EDU-NEET."),
        ("not-coded", "CARER", "Grandmother minding the baby is an adult; not CARER."),
        ("convention", "SAFE-EXP", "Online bullying by peers of the young parent (still a pupil) is SAFE-EXP; "
         "the peers themselves are not coded.")]),
     N("A", "orange",
       "Chantelle says Donna (41) drinks most nights, up to 2 bottles of wine, and has been 'out of it' "
       "when left looking after Kai. Donna and stepdad Lee row loudly most weekends - no physical "
       "violence disclosed and no police involvement. Chantelle has been stopping at her nan's some nights "
       "to get away from it.",
       ["SUB", "SAFE-NEG", "REL-CONF"],
       [("convention", "SUB", "Grandmother lives in the household, so her drinking is coded."),
        ("convention", "SAFE-NEG", "Baby supervised by an intoxicated carer: supervision/basic care."),
        ("convention", "REL-CONF", "Arguments between the adults with no abuse described: REL-CONF not DA (conv 8)."),
        ("not-coded", "HOUS", "Staying at nan's some nights is not described as a housing need.")]),
     N("C", "yellow",
       "Chantelle sat 6 GCSEs in June and has a place on L2 health and social care at Saltergate College "
       "for Sept. Donna engaging with Horizon alcohol service and says she only drinks at weekends now. No "
       "concerns re Kai's care from the HV.",
       ["SUB"],
       [("negated", "SAFE-NEG", "'No concerns re Kai's care'."),
        ("not-coded", "EDU-ATT", "School year finished; future college place is good news.")]),
     )

# ---------------------------------------------------------------- Z006
case("Holmcroft", "2025-04-09", "2025-10-21",
     N("A", "green",
       "Poppy (18m) has bad eczema, on emollients and steroid cream from GP, waking 3-4 times a night "
       "scratching. Missed her dermatology appt in March, now rebooked.",
       ["PH"]),
     N("A", "yellow",
       "Tyler (19) care leaver, sole carer for Poppy. Poppy's mum Shauna moved to Leeds in 2024 and has "
       "contact 1 weekend a month, which both of them say works fine. Tyler owes £620 council tax plus a "
       "catalogue debt, UC has a £75 deduction for an old overpayment and the electric is on emergency "
       "credit most weeks. Not working or in college. PA going with him to Citizens Advice.",
       ["FIN", "EDU-NEET"],
       [("historical", "REL-CONF", "Separation in 2024 with contact that 'works fine': no current conflict."),
        ("not-coded", "CARER", "'Sole carer' of his own child is a parent, not a young carer (conv 12)."),
        ("convention", "EDU-NEET", "Young parent (19) NEET is EDU-NEET; FIN here comes from the debts, not the NEET.")]),
     N("C", "blue",
       "Tyler paying £25 a month off the council tax and has moved the electric onto a fixed direct "
       "debit. Started L1 construction at Holmcroft College in Sept. Poppy's skin much better, still on "
       "daily emollients.",
       ["FIN", "PH"],
       [("convention", "FIN", "Paying off arrears = now managing, present in blue (conv 3)."),
        ("convention", "PH", "Ongoing daily treatment = managing (conv 3)."),
        ("historical", "EDU-NEET", "Now at college.")]),
     )

# ---------------------------------------------------------------- Z007
case("Marsh End", "2025-06-02", "2026-01-13",
     N("A", "red",
       "Harley (6 wks) subject to PLO. Sophie (18) and Harley in a 12 week parent and child foster "
       "placement with the Okafors for a parenting assessment. Sophie's first baby was removed in 2023. "
       "Sophie reports low mood and feeling 'watched all the time', she has not yet registered with a GP "
       "in Marsh End. SW Ms Brennan.",
       ["REL-PAR", "MH-ADULT"],
       [("convention", "REL-PAR", "PLO is a level cue, not a code; the need described is a parenting "
         "assessment, i.e. parenting capacity."),
        ("historical", "", "Removal of first baby in 2023 is past."),
        ("not-coded", "CARER", "Foster carers are not CARER (conv 12).")]),
     N("A", "yellow",
       "Sophie left school with no quals and has never worked, not in any education or training. Harley's "
       "dad Jordan (19) is on remand in HMP Garside; Sophie doesn't want any contact with him.",
       ["EDU-NEET"],
       [("outside", "CRIME", "Jordan is outside the household; his offending is not coded (conv 6).")]),
     N("C", "red",
       "PLO step-down 9/1: parenting assessment positive and Harley (7m) staying with Sophie under a 3 month "
       "CIN plan focused on his routines and Sophie's confidence with bath time and night feeds. Sophie "
       "and Harley moved into a Marsh End YMCA supported flat in Dec. Sophie's mood better, discharged by "
       "the perinatal MH team.",
       ["REL-PAR"],
       [("not-coded", "HOUS", "Moving into a supported flat is not a housing problem."),
        ("historical", "MH-ADULT", "Discharged by perinatal MH team.")]),
     )

# ---------------------------------------------------------------- Z008
case("Saltergate", "2025-03-18", "2025-08-27",
     N("A", "green",
       "Archie (9m) still only on purees, gags on anything lumpy. HV gave weaning advice and suggested the "
       "Family Hub 'Taste and Try' session. Otherwise meeting his milestones at the 9m check.",
       ["EYD"]),
     N("A", "yellow",
       "Liam (21) and Courtney (19) rent privately, black mould in the bedroom where Archie sleeps, "
       "landlord not responding to texts. £340 rent arrears after Liam's hours were cut at the warehouse. "
       "Courtney on maternity leave from Primark, due back in June.",
       ["HOUS", "FIN"],
       [("not-coded", "EDU-NEET", "Courtney is employed (on maternity leave)."),
        ("convention", "FIN", "FIN comes from the arrears, not from the cut hours (conv 5).")]),
     N("C", "blue",
       "Archie eats finger foods and family meals now. Liam and Courtney paying £20 a wk extra towards the "
       "arrears, down to £120. Mould treated by the landlord in June, no damp since.",
       ["FIN"],
       [("historical", "EYD", "Weaning issue over."),
        ("historical", "HOUS", "'no damp since' June."),
        ("convention", "FIN", "Paying off arrears = managing (conv 3).")]),
     )

# ---------------------------------------------------------------- Z009
case("Holmcroft", "2025-07-07", "2025-12-09",
     N("A", "yellow",
       "Nathan (20) having panic attacks since Ruby (5 wks) was born, not sleeping, GP has signed him off "
       "from the car wash for 4 wks. Amber (20) says her own mum 'drinks too much' so she won't let her "
       "babysit; her mum lives the other side of Holmcroft. Ruby has reflux, on Gaviscon. EHW to link "
       "Nathan in with the dads group at the Family Hub.",
       ["MH-ADULT", "PH"],
       [("convention", "MH-ADULT", "The young dad is the parent/carer: MH-ADULT."),
        ("outside", "SUB", "Maternal grandmother lives elsewhere: her drinking is not coded (conv 6)."),
        ("not-coded", "FIN", "Signed off sick from a job is not worklessness or a money problem.")]),
     N("C", "blue",
       "Nathan back at work, uses breathing techniques when he feels a panic coming on and goes to the "
       "dads group monthly. Ruby's reflux settled, Gaviscon stopped in Oct.",
       ["MH-ADULT"],
       [("convention", "MH-ADULT", "Managing panic with techniques = present in blue (conv 3)."),
        ("historical", "PH", "Reflux settled, medication stopped.")]),
     )

# ---------------------------------------------------------------- Z010
case("Marsh End", "2025-09-01", "2026-02-10",
     N("A", "orange",
       "Shannon (18) and Nevaeh (7m) have been sofa surfing for 3 wks, currently at a friend's on Ostler St, "
       "Shannon on the settee and Nevaeh in a travel cot. Shannon's mum asked her to leave after a row about "
       "her new boyfriend. Presented as homeless to Marsh End Housing Options, s184 enquiries ongoing.",
       ["HOUS"],
       [("outside", "REL-PAR", "Her mum no longer lives with her; the row is not coded, only its effect "
         "(homelessness, HOUS) (conv 6).")]),
     N("A", "yellow",
       "Nevaeh behind with her immunisations (only 8 and 12 wk done) and missed her 6-8 wk baby check at "
       "the GP. Shannon had DV from Nevaeh's dad Kieran but that ended when she was pregnant, he moved to "
       "Scotland and theres been no contact since.",
       ["PH"],
       [("historical", "DA", "Ended, no contact since."),
        ("convention", "PH", "Missed jabs and missed GP baby check are missed medical appointments (PH), "
         "not EYD.")]),
     N("C", "yellow",
       "Shannon and Nevaeh at Brook House young parents' hostel since Oct, waiting on a 1 bed. Nevaeh's "
       "jabs are up to date now.",
       ["HOUS"],
       [("convention", "HOUS", "Hostel = temporary accommodation."),
        ("historical", "PH", "Jabs now up to date.")]),
     )

# ---------------------------------------------------------------- Z011
case("Saltergate", "2025-04-22", "2025-12-16",
     N("A", "orange",
       "Ayesha (19) told the HV that Imran (21) keeps her bank card and her UC goes into his account, she "
       "has to ask him for money for nappies. Not allowed out unless his mum goes with her. Says he pushed "
       "her once during Ramadan. MARAC referral made, IDVA Sana allocated.",
       ["DA"],
       [("convention", "FIN", "Economic abuse (control of her card and UC) is part of the abuse: DA only, "
         "not FIN (by analogy with conv 8; conv 5 on UC).")]),
     N("A", "green",
       "Zain (11m) not babbling much, HV to repeat the ASQ at 15m. Family speak Urdu and English at home.",
       ["EYD"]),
     N("C", "orange",
       "Ayesha and Zain went into Saltergate refuge in Nov. Imran's family know the area so risk still "
       "high, MARAC review in Jan. Ayesha has her own bank account now and a split UC payment.",
       ["DA", "HOUS"],
       [("convention", "HOUS", "Refuge is temporary accommodation."),
        ("not-coded", "FIN", "Own account and split UC payment describe a fix, not a money problem.")]),
     )

# ---------------------------------------------------------------- Z012
case("Tenter Hill", "2025-08-05", "2026-01-20",
     N("A", "yellow",
       "Mason (2y6m) hitting and biting at home, long tantrums, Bethany (20) says she 'cant control him' "
       "and ends up shouting. No bedtime routine, Mason often up till 11pm. Hasn't taken up his 2 yr old "
       "funded place.",
       ["REL-PAR", "EYD"],
       [("convention", "PH", "Late bedtimes of an under-5 described as no routine are REL-PAR, not PH "
         "(conv 9 puts sleep problems in PH at school age).")]),
     N("A", "orange",
       "Bethany admits smoking cannabis most evenings 'to calm down' once Mason is asleep. She borrowed £400 "
       "from a man on the estate who is charging her £50 a week, he has been to the door shouting. Police "
       "attended 21/7 after neighbours rang about the shouting.",
       ["SUB", "FIN"],
       [("outside", "CRIME", "The illegal lender is outside the household; police attending about him is "
         "not CRIME (conv 6, 7). Effect on family = FIN.")]),
     N("C", "orange",
       "Illegal Money Lending Team involved, the debt has been written off and the lender charged. Bethany "
       "still using cannabis 3-4 nights a week and has declined Step Up. Mason started at Rainbow Tots in "
       "Sept.",
       ["SUB"],
       [("historical", "FIN", "Debt written off."),
        ("historical", "EYD", "Nursery now taken up.")]),
     )

# ---------------------------------------------------------------- Z013
case("Holmcroft", "2025-05-06", "2025-11-18",
     N("A", "yellow",
       "Jess (21) has an SGO for her sister Tia (15) since their mum died in 2022, and is mum to Evie (4m). "
       "Jess has Crohn's and on flare days Tia does Evie's bottles, nappies and the shopping. Tia's "
       "attendance at Holmcroft High 79%, late most mornings, 1 day suspension last half term for walking "
       "out of lessons. Tia on CAMHS waiting list for low mood.",
       ["CARER", "PH", "EDU-ATT", "EDU-EXC", "MH-CHILD"],
       [("not-coded", "CARER", "Jess as kinship carer (SGO) is not CARER (conv 12); CARER is for Tia (15) "
         "who cares on flare days."),
        ("convention", "MH-CHILD", "Tia is a child in the household: CAMHS waiting list = MH-CHILD (conv 4)."),
        ("historical", "", "Mother's death in 2022 is background.")]),
     N("A", "green",
       "Evie (4m) gaining well. Jess has been putting baby rice in Evie's bottle since about 3m to help her "
       "sleep, HV advised stopping and waiting until around 6m for solids.",
       ["EYD"],
       [("convention", "EYD", "Early weaning is a feeding/weaning need (EYD), not PH.")]),
     N("C", "green",
       "Tia's attendance now 94%. She's been seen twice by CAMHS. Jess's Crohn's stable on the new "
       "infusions and Evie's on 3 meals a day.",
       ["MH-CHILD", "PH"],
       [("historical", "EDU-ATT", "Attendance now 94%: issue resolved, not 'managing'."),
        ("convention", "PH", "Chronic condition stable on treatment = managing (conv 3)."),
        ("not-coded", "EYD", "Eating 3 meals is good news.")]),
     )

# ---------------------------------------------------------------- Z014
case("Marsh End", "2025-09-15", "2026-03-03",
     N("A", "red",
       "Paige (16) is looked after under s20, she and Theo (2m) are in a parent and baby placement with "
       "foster carer Mrs Lindqvist. Theo is on a CP plan (neglect) after he was found in a soaked nappy "
       "with bad nappy rash, left for hours at Paige's mum's house in August.",
       ["SAFE-NEG"],
       [("convention", "SAFE-NEG", "The August incident is past but the neglect CP plan is current."),
        ("not-coded", "CARER", "Foster carer is not CARER (conv 12).")]),
     N("A", "yellow",
       "Paige is in Y11 at Marsh End Academy but hasn't attended since Theo was born in July, school sending "
       "work home. Callum (17), Theo's dad, lives at his mum's and visits twice a week; Paige says they argue "
       "over text about money and him going out with his mates.",
       ["EDU-ATT", "REL-CONF"],
       [("convention", "EDU-ATT", "On a school roll at 16: non-attendance is EDU-ATT not EDU-NEET."),
        ("convention", "REL-CONF", "Conflict between the baby's parents who live apart is still parental "
         "conflict (as contact disputes are); no abuse described, so not DA.")]),
     N("C", "yellow",
       "Paige attending the school's off-site young mums' unit 3 mornings a week, 95% attendance at those "
       "sessions. Theo's CP plan ended in Feb. Paige wants to do L2 childcare next year.",
       ["EDU-ATT"],
       [("partial", "EDU-ATT", "High % but only 3 mornings a week = part-time timetable, still EDU-ATT."),
        ("historical", "SAFE-NEG", "CP plan ended.")]),
     )

# ---------------------------------------------------------------- Z015
case("Saltergate", "2025-02-03", "2025-09-29",
     N("A", "green",
       "Alfie (15m) referred on from the newborn hearing screen, audiology confirmed mild hearing loss in his "
       "left ear, next review Aug. Demi (19) works 16 hrs at a bakery, her mum Karen (lives on the same "
       "estate) has Alfie those days.",
       ["PH"],
       [("not-coded", "EDU-NEET", "Demi works; grandmother's help is network, not a need.")]),
     N("C", "green",
       "Audiology review in Aug - hearing loss stable, no aids needed for now, yearly review. Alfie saying "
       "lots of single words, HV happy with his speech.",
       ["PH"],
       [("convention", "PH", "Ongoing condition under review = present (conv 3)."),
        ("not-coded", "EYD", "Speech described positively, no need stated.")]),
     )

# ---------------------------------------------------------------- Z016
case("Tenter Hill", "2025-09-17", "2026-04-14",
     N("A", "orange",
       "Neighbours called police 12/9 about screaming from the flat, Josh (19) arrested for assaulting Mollie "
       "(18) with Harper (6m) in the room. Mollie says he tracks her location on Snapchat and calls her "
       "names. DASH high, MARAC 25/9. Mollie stopped going to her L3 childcare course in July and has been "
       "withdrawn.",
       ["DA", "EDU-NEET"],
       [("convention", "CRIME", "Partner's arrest for assaulting Mollie is DA only (conv 7)."),
        ("not-coded", "SAFE-EXP", "Location tracking by a partner is coercive control (DA), not online safety.")]),
     N("A", "red",
       "Strategy meeting 15/9, s47 done, Harper on a CP plan (emotional abuse) because of the DA. Josh has "
       "bail conditions not to come to the address. Mollie feeling 'low and on edge', GP started her on "
       "sertraline.",
       ["DA", "MH-ADULT"]),
     N("C", "red",
       "2nd RCPC in March: CP plan ended, stepped down to CIN. Josh has moved to Bradford, non-mol granted "
       "in Nov but he keeps sending messages through his sister, Mollie not replying and logging them with "
       "police. Mollie back at college since Jan.",
       ["DA"],
       [("convention", "DA", "Continuing messages via his sister in breach of the non-mol: DA current."),
        ("historical", "EDU-NEET", "Back at college.")]),
     )

# ---------------------------------------------------------------- Z017
case("Holmcroft", "2025-03-10", "2025-10-07",
     N("A", "yellow",
       "Rhiannon (17) lives with her dad Martin (48) who has COPD and is on oxygen at night. She does his "
       "meds, shopping and cleaning as well as looking after Leo (8m). Referred to Holmcroft Young Carers "
       "16-18 service. Hasnt been to college since Leo was born.",
       ["CARER", "PH", "EDU-NEET"],
       [("convention", "CARER", "CARER for caring for her ill dad, not for parenting her own baby (conv 12).")]),
     N("C", None,
       "Home visit 30/9. Martin admitted again last wk with a chest infection, Rhiannon visiting daily with "
       "Leo on 2 buses. Young carers worker Dee still seeing her fortnightly. Rhiannon still not at college, "
       "says she'll go back 'if Dad ever gets better'.",
       ["PH", "CARER", "EDU-NEET"],
       [("convention", "", "Unboxed: highest cue is the young carers worker (one extra service) = yellow (conv 2)."),
        ("partial", "EDU-NEET", "The 'if' is about going back; the NEET status itself is stated as current.")],
       note_level="yellow"),
     N("C", "blue",
       "Rhiannon's aunt Carol now comes every weekend to help with Martin so Rhiannon gets time off with Leo.",
       ["CARER"],
       [("convention", "CARER", "Respite arranged through own network = managing (conv 3)."),
        ("not-coded", "PH", "No illness is named in this box (conv 1).")]),
     )

# ---------------------------------------------------------------- Z018
case("Marsh End", "2025-01-20", "2025-07-01",
     N("A", "green",
       "Kobe (3y2m) at pre-school 15 hrs, staff say he isn't toilet trained and his speech is limited, "
       "mostly pointing. Pre-school SENCo has started a Wellcomm plan with him.",
       ["EYD", "EDU-SEND"],
       [("convention", "EYD", "Under-5 toileting and speech = EYD (conv 9)."),
        ("convention", "EDU-SEND", "SENCo involvement is listed under EDU-SEND, so coded as well.")]),
     N("A", "yellow",
       "Lauren (20) says she gets panicky in shops and on buses and hardly leaves the flat, hasn't seen her "
       "GP about it. Kobe's dad Marcus is in prison till 2027, Lauren takes Kobe to visit monthly.",
       ["MH-ADULT"],
       [("outside", "CRIME", "Kobe's dad is not in the household (conv 6).")]),
     N("C", "green",
       "Kobe dry in the day since Easter. Starts Reception at St Aidan's in Sept, the school SENCo has a "
       "transition plan for him and has asked for an EHCP needs assessment. Lauren saw her GP and is on the waiting list for CBT.",
       ["EDU-SEND", "MH-ADULT"],
       [("historical", "EYD", "Toileting achieved."),
        ("convention", "MH-ADULT", "Waiting list for treatment = present (conv 4).")]),
     )

# ---------------------------------------------------------------- Z019
case("Tenter Hill", "2025-05-27", "2025-12-16",
     N("A", "yellow",
       "Neither Harvey (21) nor Skye (19) in work. Harvey lost his job at the scrapyard in April, on UC and "
       "his work coach has put him on the Restart scheme. Skye at home with the kids, no plans for work or "
       "college yet.",
       ["FIN", "EDU-NEET"],
       [("convention", "FIN", "Both adults out of work = household worklessness, so FIN as well as "
         "EDU-NEET (conv 11); employment support is FIN."),
        ("convention", "EDU-NEET", "Young parents aged 19 and 21 not in EET.")]),
     N("A", "green",
       "Maisie (2y) eligible for 2 yr funding but Skye didn't want to use it, HV talked it through and she's "
       "now applied to Busy Bees. Arlo (4m) had his tongue tie cut at 3 wks, feeding well since.",
       ["EYD"],
       [("historical", "PH", "Tongue tie treated, fine since.")]),
     N("C", "blue",
       "Harvey started at Tenter Hill Tyres 30 hrs a week in Oct. Skye still at home and not working, "
       "looking at an English and maths course at the Family Hub for the new year while Maisie is at nursery.",
       ["EDU-NEET"],
       [("historical", "FIN", "Harvey now working: household no longer workless."),
        ("convention", "EDU-NEET", "Skye still NEET, taking steps = managing (conv 3).")]),
     )

# ---------------------------------------------------------------- Z020
case("Holmcroft", "2025-09-22", "2026-01-27",
     N("A", "orange",
       "Aimee (16) open to CAMHS since Y10 for self harm. Told her FNP nurse she cut her arms again last week "
       "after Luna (5m) wouldn't settle. Safety plan reviewed with her CAMHS worker. Luna's dad not involved, "
       "lives out of area.",
       ["MH-ADULT"],
       [("convention", "MH-ADULT", "Aimee is the parent here (the baby is the child), so her self-harm is "
         "MH-ADULT even though the service is CAMHS. Hard call.")]),
     N("A", "yellow",
       "Aimee in Y12 at Holmcroft Sixth Form doing BTEC Health, on a part time timetable (3 days) agreed "
       "while Luna settles at nursery. Aimee and her mum's partner Steve 'clash' constantly and she stays in "
       "her room with Luna most evenings.",
       ["EDU-ATT", "REL-PAR"],
       [("convention", "EDU-ATT", "Part-time timetable at sixth form = EDU-ATT; she is in education, so not NEET."),
        ("convention", "REL-PAR", "Clashes between the young parent and a step-parent in the same household "
         "are parent-child relationship (conv 8).")]),
     N("C", "orange",
       "Aimee still open to CAMHS, no self harm since Nov, plan is to transfer her to adult MH services when "
       "she turns 18.",
       ["MH-ADULT"],
       [("convention", "MH-ADULT", "Young parent's mental health = MH-ADULT even via CAMHS; ongoing service "
         "codes its area although self-harm has stopped (conv 4).")]),
     N("C", None,
       "Aimee rang - Luna (9m) has had D&V for 2 days, advised to ring 111 or get a GP appt today. Aimee "
       "says she's back full time at sixth form since Jan.",
       ["PH"],
       [("convention", "", "Unboxed: only universal cue (GP) = green (conv 2)."),
        ("historical", "EDU-ATT", "Back full time.")],
       note_level="green"),
     )

# ---------------------------------------------------------------- Z021
case("Marsh End", "2025-06-24", "2025-12-02",
     N("A", "yellow",
       "Kayden (19) and Tegan (18), both care leavers, moved into a 2 bed Marsh End Homes flat in June with "
       "Rocco (7m). No carpets or cooker and no cot, Rocco is sleeping in his pram. Kayden has run up £1,100 "
       "on online betting plus a Klarna debt.",
       ["FIN", "SAFE-NEG"],
       [("convention", "FIN", "Gambling debts are FIN, not SUB (conv 10); furniture poverty is FIN."),
        ("convention", "SAFE-NEG", "No safe place for the baby to sleep is basic care (like the empty "
         "fridge in conv 10), coded alongside FIN.")]),
     N("A", "green",
       "Rocco not seen by HV since his 6-8 wk check, 3 missed appts since the move, so nobody has checked his development since. "
       "Tegan's gran Pat pops in most days and is a big help.",
       ["EYD"],
       [("convention", "EYD", "Missed HV development reviews = EYD (development checks)."),
        ("not-coded", "", "Great-grandmother's help is network, not an issue.")]),
     N("C", "yellow",
       "Kayden self-excluded from betting sites through GamStop, StepChange have set up a DMP for the £1,100. "
       "Local Welfare Provision paid for a cot, cooker and carpets.",
       ["FIN"],
       [("not-coded", "EDU-EXC", "'self-excluded' from gambling is not school exclusion."),
        ("historical", "SAFE-NEG", "Cot now provided.")]),
     )

# ---------------------------------------------------------------- Z022
case("Saltergate", "2025-08-11", "2026-02-17",
     N("A", "orange",
       "Danny (21) on licence since his release on 1/8 for a robbery he did at 18, probation officer visits "
       "monthly, tagged until Dec. Georgia (20) says Danny's mum Sharon uses heroin so they don't let her see "
       "Sienna (22m).",
       ["CRIME"],
       [("convention", "CRIME", "Household adult on licence/probation (conv 7)."),
        ("outside", "SUB", "Paternal grandmother lives elsewhere (conv 6).")]),
     N("C", "yellow",
       "Danny's licence runs to June, tag off in Dec. He has a job on a building site through the probation "
       "employment scheme. Sienna having a block of 6 SALT sessions at the Family Hub.",
       ["CRIME", "EYD"],
       [("not-coded", "FIN", "Now employed; no money problem described.")]),
     )

# ---------------------------------------------------------------- Z023
case("Tenter Hill", "2025-10-13", "2026-03-10",
     N("A", None,
       "Kacey (17), looked after (s20), in supported lodgings with Ezra (14m). Provider says Kacey goes out at "
       "night leaving Ezra with other residents, came back at 4am Sat. Ezra has bad nappy rash and his "
       "clothes are too small for him.",
       ["SAFE-NEG"],
       [("convention", "", "Unboxed: 'looked after (s20)' is a red cue even though it is the young parent "
         "who is looked after (conv 2)."),
        ("not-coded", "SAFE-EXP", "Staying out late is not described as missing or exploitation.")],
       note_level="red"),
     N("A", "yellow",
       "Kacey left Tenter Hill College after 3 weeks in Sept and isn't in education or training. PA looking "
       "into a traineeship with her.",
       ["EDU-NEET"]),
     N("C", "red",
       "Kacey reported missing overnight x3 since Jan, police found her twice in cars with older males. "
       "Strategy meeting 4/3 re CSE concerns, referral to the Exploitation Hub. s47 for Ezra not progressed - "
       "Ezra stays with his paternal nan Jackie when Kacey is out.",
       ["SAFE-EXP"],
       [("convention", "CRIME", "Police finding a missing young person is safeguarding, not CRIME (conv 7)."),
        ("negated", "SAFE-NEG", "s47 for Ezra not progressed; he is looked after by his nan.")]),
     )

# ---------------------------------------------------------------- Z024
case("Holmcroft", "2025-04-01", "2025-10-14",
     N("A", "yellow",
       "Olivia (21) scored 15 on the EPDS at the HV visit last wk, tearful, says some days she 'doesn't feel "
       "anything' for Noah (10m). GP started her on fluoxetine. Olivia and her own mum fell out when she got "
       "pregnant and haven't spoken since - her mum lives in Saltergate.",
       ["MH-ADULT", "REL-PAR"],
       [("convention", "REL-PAR", "Not feeling anything for the baby = parent-child relationship/bonding."),
        ("outside", "", "Fall-out with her own mum, who lives elsewhere, is not coded (conv 6).")]),
     N("A", "orange",
       "Ryan (23), Noah's dad, lives at his parents' but stays 3-4 nights a wk. Olivia says he decides who she "
       "can see, took her phone off her when she went to baby group and she's 'scared of setting him off'. "
       "Police attended 28/3 after a neighbour heard shouting, no arrest.",
       ["DA"],
       [("convention", "REL-CONF", "Shouting that is part of coercive control is DA only (conv 8)."),
        ("convention", "CRIME", "Police call-out about DV is DA, not CRIME (conv 7).")]),
     N("C", "blue",
       "Olivia ended things with Ryan in July and has a non-mol. Back at baby group twice a week and enjoys "
       "bath time with Noah. Still on fluoxetine.",
       ["DA", "MH-ADULT"],
       [("convention", "DA", "Relationship ended but a current non-mol order is a protective measure she is "
         "managing, so present in blue (conv 3)."),
        ("not-coded", "REL-PAR", "Bath time enjoyed: no need stated in this box (conv 1, 3).")]),
     )

# ---------------------------------------------------------------- Z025
case("Marsh End", "2025-10-20", "2026-04-28",
     N("A", "yellow",
       "Kiera (17) and Rosie (3m) live with Kiera's parents Julie and Steve and her brother Alfie (13). Alfie "
       "is on the ADHD pathway, had a 3 day suspension in Oct for fighting and is on report. Julie says the "
       "house is 'chaos', Alfie shouts and slams doors and wakes Rosie most nights. Kiera at college 3 days "
       "doing L2 beauty, Julie has Rosie.",
       ["EDU-SEND", "EDU-EXC", "REL-PAR"],
       [("convention", "EDU-SEND", "ADHD pathway = EDU-SEND (conv 4); the school codes are about Alfie."),
        ("not-coded", "EDU-NEET", "Kiera is at college.")]),
     N("C", "yellow",
       "Alfie diagnosed ADHD in Jan and started on meds, no more suspensions since Oct. Julie and Steve on "
       "the ADHD parenting course at the Family Hub. Alfie seeing the school counsellor weekly for low self "
       "esteem.",
       ["EDU-SEND", "REL-PAR", "MH-CHILD"],
       [("historical", "EDU-EXC", "No suspensions since Oct."),
        ("convention", "REL-PAR", "A parenting course codes its area (conv 4).")]),
     )

# ---------------------------------------------------------------- Z026
case("Saltergate", "2025-07-14", "2026-01-19",
     N("A", "yellow",
       "Jaxon (6m) has Down's syndrome and a heart defect, surgery planned at Leeds in Nov. Portage started, "
       "home visits fortnightly. Ebony (20) gets DLA for Jaxon and UC with partner Louis (21), no money "
       "worries.",
       ["PH", "EYD"],
       [("negated", "FIN", "Benefits named but 'no money worries' (conv 5)."),
        ("convention", "EYD", "Portage is an early years development service for an under-5.")]),
     N("C", "yellow",
       "Jaxon's heart op went well, cardiology f/u every 6 months. Portage continuing, he's now rolling and "
       "sitting with support.",
       ["PH", "EYD"]),
     )

# ---------------------------------------------------------------- Z027
case("Tenter Hill", "2025-08-04", "2026-01-06",
     N("A", "orange",
       "Mia (19) served a s21 by her private landlord, has to be out by 6/10. Rent £650, LHA £495, she can't "
       "cover the gap and is £780 in arrears. Housing Options appt booked. Reggie (11m) crawling and "
       "babbling, Mia smokes but only out on the step.",
       ["HOUS", "FIN"],
       [("not-coded", "SUB", "Tobacco is not SUB (conv 12).")]),
     N("A", None,
       "Tel call from Mia's mum Gail. Gail can't have Mia and Reggie to stay when the s21 runs out, she's in a "
       "1 bed in Holmcroft. Has lent Mia £200 towards the arrears.",
       ["HOUS", "FIN"],
       [("convention", "", "Unboxed: s21 is a possession notice = orange cue (conv 2)."),
        ("outside", "", "Gail lives elsewhere; her small flat is not the family's housing need, but Mia's "
         "pending eviction is.")],
       note_level="orange"),
     N("C", "yellow",
       "Mia and Reggie rehoused by Tenter Hill HA into a 1 bed in Nov. The £780 owed to the old landlord is on "
       "a £10 a wk payment plan via Citizens Advice.",
       ["FIN"],
       [("historical", "HOUS", "Rehoused.")]),
     )

# ---------------------------------------------------------------- Z028
case("Holmcroft", "2025-02-24", "2025-08-19",
     N("A", "green",
       "Aria (2m) breastfed and gaining well. Maddison (18) had the baby blues in the first week which passed, "
       "EPDS 4 at 6 wks, no concerns with her mood.",
       [],
       [("historical", "MH-ADULT", "Baby blues passed."),
        ("negated", "MH-ADULT", "'no concerns with her mood'.")]),
     N("A", "yellow",
       "Kian (18) does most of the personal care for his mum Sue (44), who has MS and uses a wheelchair, plus "
       "her meds and shopping. Kian, Maddison and Aria live with Sue and Kian's brothers (15, 12). Kian not in "
       "college or work, says he 'can't leave mum'.",
       ["CARER", "PH", "EDU-NEET"]),
     N("C", "yellow",
       "Sue's MS has got worse and she now has carers in 3x a day through adult social care, Kian still does "
       "evenings and weekends. Kian goes to the 16-25 young carers group and has applied to Holmcroft College "
       "for Sept.",
       ["PH", "CARER", "EDU-NEET"],
       [("convention", "CARER", "Paid carers are not CARER (conv 12); CARER comes from Kian still caring."),
        ("convention", "EDU-NEET", "Applied for Sept but still NEET now.")]),
     )

# ---------------------------------------------------------------- Z029
case("Marsh End", "2025-11-03", "2026-05-12",
     N("A", "yellow",
       "Home visit: kitchen cupboards empty apart from a box of cereal, Lennon (2y8m) kept asking for food. "
       "Tasha (20) went to the Marsh End food bank last wk, her UC was sanctioned for missing a work coach "
       "appt.",
       ["SAFE-NEG", "FIN"],
       [("convention", "SAFE-NEG", "Empty cupboards and hungry child = SAFE-NEG; food bank and sanction = FIN; "
         "both (conv 10).")]),
     N("A", "green",
       "Lennon at nursery 30 hrs, nursery SENCo has referred him to the community paediatrician for an autism "
       "assessment - little eye contact, lines up his toys, only a handful of words.",
       ["EDU-SEND", "EYD"],
       [("convention", "EDU-SEND", "ASD assessment = EDU-SEND even under 5."),
        ("convention", "EYD", "Under-5 speech delay = EYD (conv 9), coded as well.")]),
     N("C", "blue",
       "Tasha's sanction ended in Jan. She does a weekly meal plan and uses the Family Hub pantry (£5 shop) to "
       "make the money stretch.",
       ["FIN"],
       [("historical", "", "The UC sanction itself is over."),
        ("convention", "FIN", "Using a community pantry to stretch money is food poverty being "
         "managed, present in blue (conv 3, 10).")]),
     )

# ---------------------------------------------------------------- Z030
case("Saltergate", "2025-10-08", "2026-03-17",
     N("A", "yellow",
       "Tom (17) is dad to Nova (5m) and lives with his mum Andrea and sister. Nova lives with her mum Leah and "
       "Leah's parents in Holmcroft. Leah's parents have stopped Tom seeing Nova since September, saying he's "
       "'a bad influence', Tom is upset and wants mediation to sort contact.",
       ["REL-CONF"],
       [("convention", "REL-CONF", "A contact dispute over his baby is REL-CONF even though the other side "
         "lives elsewhere (it is the family's own need).")]),
     N("A", "orange",
       "Tom arrested in Sept for possession with intent (cannabis), released under investigation, YOS doing an "
       "out of court disposal assessment. Tom says older lads off the estate made him hold the bag and now say "
       "he owes them £300.",
       ["CRIME", "SAFE-EXP"],
       [("convention", "SUB", "Drugs held for exploiters = SAFE-EXP and CRIME, not SUB (conv 12)."),
        ("convention", "FIN", "A drug debt to exploiters is part of exploitation, not FIN.")]),
     N("C", "yellow",
       "Tom given a youth conditional caution in Nov and working with YOS on it. Mediation ongoing through "
       "Saltergate Family Mediation (session 3 of 4), Tom seeing Nova every Sat at the contact centre "
       "meanwhile.",
       ["CRIME", "REL-CONF"],
       [("convention", "REL-CONF", "Ongoing mediation codes its area (conv 4).")]),
     )

# ---------------------------------------------------------------- Z031
case("Holmcroft", "2025-12-01", "2026-03-17",
     N("A", "yellow",
       "Grace (19) care leaver, in a Holmcroft Foyer flat with Finley (7 wks). FNP nurse Jo visits weekly. "
       "EPDS 17, Grace cries most days and has had thoughts that Finley would be 'better off without me', no "
       "plans or intent. Urgent GP appt made and referral to the perinatal MH team.",
       ["MH-ADULT"],
       [("not-coded", "HOUS", "Foyer flat is not a housing problem."),
        ("negated", "", "'no plans or intent' qualifies the thoughts but the low mood is present.")]),
     N("A", "green",
       "Finley had his 6-8 wk check at the GP, all fine. Formula fed, 5oz every 4 hrs. Grace smokes but only "
       "outside, HV gave her the stop smoking service number.",
       [],
       [("not-coded", "SUB", "Tobacco is not SUB (conv 12)."),
        ("not-coded", "PH", "6-8 wk check all fine: good news only.")]),
     N("C", "green",
       "Grace on sertraline from GP, reviewed monthly. Finley had his 12 wk jabs late as he had a cold but is "
       "up to date now.",
       ["MH-ADULT"],
       [("historical", "PH", "Jabs caught up.")]),
     N("C", None,
       "FNP visit. Grace seen by the perinatal team and now on sertraline, says her mood is 'loads better'. "
       "Finley (5m) started on purees a bit early, FNP nurse went through weaning advice. Grace wants to go to "
       "college next year if she can sort childcare.",
       ["MH-ADULT", "EYD"],
       [("convention", "", "Unboxed: perinatal team and FNP are extra services = yellow; only CAMHS is named "
         "as an orange mental health cue (conv 2)."),
        ("hypothetical", "EDU-NEET", "College 'if she can sort childcare' is a plan; NEET status not stated."),
        ("hypothetical", "FIN", "Childcare cost worry is conditional, no money problem described.")],
       note_level="yellow"),
     )

# ---------------------------------------------------------------- Z032
case("Marsh End", "2025-10-14", "2026-03-31",
     N("A", "red",
       "ICPC 10/10: Mylo (3y4m) and Ivy (6m) made subject to CP plans under neglect. Police found Jodie (21) "
       "drunk in the park with both children at 9pm in Sept, Ivy's nappy soaked through and Mylo with no shoes "
       "on. Jodie now attending Marsh End Recovery Service.",
       ["SAFE-NEG", "SUB"],
       [("convention", "CRIME", "Police finding the children is safeguarding, not CRIME (conv 7).")]),
     N("A", "green",
       "Mylo goes to pre-school 15 hrs but attendance is patchy, staff worried his speech is hard to understand "
       "and he's still in nappies.",
       ["EYD"],
       [("convention", "EDU-ATT", "Pre-school attendance of an under-5 is nursery take-up (EYD), not "
         "school attendance.")]),
     N("C", "red",
       "RCPC 3/3: CP plans ended, both children stepped down to CIN. Jodie 4 months alcohol free, still going "
       "to the Recovery Service weekly. Jodie's mum Carol has the children most weekends.",
       ["SUB"],
       [("historical", "SAFE-NEG", "CP plans ended."),
        ("convention", "SUB", "Abstinent but still in treatment: service codes its area (conv 4).")]),
     )

# ---------------------------------------------------------------- Z033
case("Saltergate", "2025-06-09", "2025-12-08",
     N("A", None,
       "HV visit. Jasmine (18) and Taylor (4m) now at Jasmine's nan Maureen's after leaving her mum's. Taylor's "
       "weight has been static for 3 wks, GP to weigh him weekly. Jasmine says she feels low and anxious most "
       "days, advised to book in with her GP.",
       ["PH", "MH-ADULT"],
       [("convention", "", "Unboxed: HV and GP only = green (conv 2)."),
        ("not-coded", "HOUS", "No housing problem stated in this note (conv 1).")],
       note_level="green"),
     N("A", "yellow",
       "Maureen's flat is a 1 bed, Jasmine and Taylor sleeping on a mattress on the living room floor, on the "
       "housing register. Jasmine left her mum Nicola's because Nicola and her partner argue all the time - she "
       "doesn't want to go back. Jasmine was working 20 hrs at a care home before mat leave and plans to go "
       "back in Jan.",
       ["HOUS"],
       [("outside", "REL-CONF", "Nicola and her partner are no longer in Jasmine's household (conv 6)."),
        ("not-coded", "EDU-NEET", "Employed, on maternity leave.")]),
     N("C", "yellow",
       "Jasmine and Taylor offered a 1 bed in Saltergate through the young persons housing pathway, moving in "
       "on 12/1. Jasmine on the GP waiting list for Talking Therapies. Taylor back on his centile.",
       ["HOUS", "MH-ADULT"],
       [("convention", "HOUS", "Offer made but not yet moved: still in overcrowded housing, present."),
        ("historical", "PH", "Weight back on centile.")]),
     )

# ---------------------------------------------------------------- Z034
case("Tenter Hill", "2025-09-09", "2026-04-21",
     N("A", "yellow",
       "Ashton (20) has had Willow (2y) full time since Aug when her mum Tiana went into residential rehab for "
       "heroin use. Tiana is not living with them, supervised contact monthly. Ashton gave up his apprenticeship "
       "to look after Willow and is struggling with bedtimes and big tantrums. Willow's 2-2.5 yr review is "
       "overdue, Ashton didnt know about it.",
       ["REL-PAR", "EDU-NEET", "EYD"],
       [("outside", "SUB", "Tiana is outside the household (conv 6)."),
        ("not-coded", "CARER", "A dad caring for his own child is not CARER (conv 12).")]),
     N("C", "blue",
       "Ashton's mum and dad have Willow 2 days a wk. He uses a sticker chart at bedtime and says most nights "
       "are fine now.",
       ["REL-PAR"],
       [("convention", "REL-PAR", "Bedtime strategy in use = managing (conv 3).")]),
     N("C", None,
       "Ashton back at his apprenticeship at Tenter Hill Motors since March, Willow at Little Stars nursery 30 "
       "hrs. Tiana discharged from rehab and in a hostel; Ashton worried she might turn up at the house under "
       "the influence, if she does he'll ring the police.",
       [],
       [("hypothetical", "CRIME", "Police only 'if she does'."),
        ("outside", "SUB", "Tiana outside household."),
        ("historical", "EDU-NEET", "Back at apprenticeship.")],
       note_level=None),
     )


LEVELS = ["blue", "green", "yellow", "orange", "red"]


def build():
    narr_rows, gold_rows, traps = [], [], {}
    for i, c in enumerate(CASES, 1):
        cid = "Z%03d" % i
        for it in c["items"]:
            stage = "assessment" if it["stage"] == "A" else "closure"
            tid = "%s-%s" % (cid, it["stage"])
            date = c["a"] if it["stage"] == "A" else c["c"]
            if it["level"]:
                nid = "%s-%s" % (tid, it["level"])
                glevel = it["level"]
            else:
                nid = "%s-note" % tid
                glevel = it["note_level"]
                if it["codes"] and glevel not in LEVELS:
                    raise SystemExit("note %s has codes but no level" % nid)
            narr_rows.append([nid, tid, cid, stage, date, it["level"] or "", c["locality"], it["text"]])
            for code in it["codes"]:
                gold_rows.append([nid, code, glevel])
            if it["traps"]:
                traps[nid] = it["traps"]
    return narr_rows, gold_rows, traps


def write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(header)
        w.writerows(rows)


def main():
    narr, gold, traps = build()
    write_csv(os.path.join(HERE, "narratives.csv"),
              ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"], narr)
    write_csv(os.path.join(HERE, "gold.csv"), ["narrative_id", "code", "level"], gold)
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8", newline="") as f:
        f.write(json.dumps(traps, indent=1, ensure_ascii=False).replace("\n", "\r\n") + "\r\n")
    print("set", SET_ID)
    print("cases", len(CASES), "narratives", len(narr), "gold rows", len(gold),
          "narratives with traps", len(traps))
    print("unboxed notes", sum(1 for r in narr if not r[5]))
    print("narratives without gold", len({r[0] for r in narr} - {g[0] for g in gold}))
    print("by stage", dict(Counter(r[3] for r in narr)))
    print("triages", len({r[1] for r in narr}))
    print("box levels", dict(Counter(r[5] or "note" for r in narr)))
    print("codes", dict(sorted(Counter(g[1] for g in gold).items())))
    print("gold levels", dict(Counter(g[2] for g in gold)))


if __name__ == "__main__":
    main()
