#!/usr/bin/env python3
"""Blind gold set Z (school holidays theme). Standard library only.

Step 1 (this header) defines the helpers; steps 2-5 append cases in batches;
the footer writes narratives.csv, gold.csv and traps.json and prints counts.
Every narrative is coded from its own text only (taxonomy convention 1).
"""
import csv
import json
import os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
LEVELS = ["blue", "green", "yellow", "orange", "red"]
CODES = ["EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD",
         "MH-ADULT", "PH", "SUB", "REL-PAR", "REL-CONF", "DA", "SAFE-NEG",
         "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"]
STAGES = {"A": "assessment", "C": "closure"}

N = []      # narratives in order
GOLD = []   # (narrative_id, code, level)
TRAPS = {}  # narrative_id -> list of {type, code, note}


def T(s):
    """Collapse the source's line wrapping into one line of narrative text."""
    return " ".join(s.split())


def add(nid, date, loc, text, codes, traps=(), note_level=None):
    """Add one narrative.

    nid: Z001-A-yellow (boxed) or Z001-A-note (unboxed).
    codes: the PRESENT codes only.
    note_level: for unboxed notes, the single highest level cue in the text
                (convention 2); None when the note has no present code.
    traps: tuples (type, code, note).
    """
    case, st, box = nid.split("-")
    triage = f"{case}-{st}"
    if box == "note":
        level = ""
        glevel = note_level
        assert (glevel in LEVELS) or not codes, nid
    else:
        assert box in LEVELS, nid
        assert note_level is None, nid
        level = box
        glevel = box
    assert len(set(codes)) == len(codes), nid
    for c in codes:
        assert c in CODES, (nid, c)
    N.append(dict(narrative_id=nid, triage_id=triage, case_id=case,
                  stage=STAGES[st], date=date, level=level, locality=loc,
                  narrative=T(text)))
    for c in codes:
        GOLD.append((nid, c, glevel))
    if traps:
        TRAPS[nid] = [dict(type=t, code=c, note=n) for (t, c, n) in traps]


# ---------------------------------------------------------------- batch 1
# Z001 Brackenmoor, summer 2025: food runs short without FSM, teenager out late
add("Z001-A-green", "2025-07-28", "Brackenmoor", """
Mason (5) finished Reception last week and is wetting the bed most nights,
Leanne says it has got worse since school broke up. School nurse aware,
GP has referred to the enuresis clinic.""", ["PH"],
    [("convention", "PH", "Bedwetting at school age is PH, not EYD (conv 9); Mason is 5 and has done Reception.")])

add("Z001-A-yellow", "2025-07-28", "Brackenmoor", """
No FSM over the 6 weeks and by Thursday the cupboards are bare - Leanne says
the kids are filling up on toast and dry cereal and Tyler-Jay (9) has been going
to bed hungry. She works 16 hrs at the corner shop on Tanner St with a UC top up but the
advance loan deduction leaves her short every month. Booked all 3 onto the HAF
club at Brackenmoor Leisure Centre (4 days/wk, hot lunch included) and gave a
food bank voucher.""", ["SAFE-NEG", "FIN"],
    [("convention", "SAFE-NEG", "Bare cupboards and a child going to bed hungry: SAFE-NEG (conv 10)."),
     ("convention", "FIN", "Food bank voucher and a UC deduction leaving her short: FIN (conv 10, conv 5). Both codes because both are described."),
     ("not-coded", "", "Part-time work is not FIN by itself; the HAF club place is a service, not a code.")])

add("Z001-A-orange", "2025-07-28", "Brackenmoor", """
Kacey (13) out past 11pm most nights since the holidays started with an older
crowd at the rec, admits smoking weed with them. Reported missing overnight
18/7, police found her at a house on Cobden St and brought her home 19/7,
return interview done. Leanne can't get her to come in on time and they are
rowing nearly every night.""", ["SAFE-EXP", "SUB", "REL-PAR"],
    [("convention", "SAFE-EXP", "Missing episode is SAFE-EXP."),
     ("convention", "CRIME", "Police finding and returning a missing child is safeguarding, not CRIME (conv 7)."),
     ("partial", "SUB", "Young person's own cannabis use is SUB (no exploitation described, so conv 12 does not apply)."),
     ("convention", "REL-PAR", "Parent-child rows and boundaries (conv 8).")])

add("Z001-C-blue", "2025-11-14", "Brackenmoor", """
Leanne did the Money Hub budgeting session and now does a weekly meal plan so
the food money lasts, using the slow cooker she got from the Warm Homes scheme.
Still paying back the UC advance. Kacey back in by 9.30 on school nights and
mostly sticks to it.""", ["FIN", "REL-PAR"],
    [("convention", "FIN", "Blue box, now managing: meal-planning to stretch food money and still repaying the advance (conv 3)."),
     ("convention", "REL-PAR", "Blue box, now managing a curfew (conv 3).")])

# Z002 Eastwold, summer 2025: dad on nights, 14-year-old minds the little ones
add("Z002-A-yellow", "2025-07-23", "Eastwold", """
Craig (single dad) works 4 nights on / 4 off at the Stanton Lane depot and
sleeps in the day, so Jade (14) is looking after Alfie (6) and Poppy (3) from
8 till 4 for the whole holiday - feeding them, taking Poppy to the park, bath
time. Jade says she misses her mates and feels she can't say no. Craig says
money isn't a problem, it's the childcare. Referred to Eastwold Young Carers
for an assessment.""", ["CARER"],
    [("convention", "CARER", "A 14-year-old with day-long care of two younger siblings is treated as a young carer; the referral to young carers confirms the framing."),
     ("negated", "FIN", "'money isn't a problem'; shift work is not FIN (conv 5).")])

add("Z002-A-green", "2025-07-23", "Eastwold", """
Poppy (3) not taking up her funded 15 hrs, Craig didnt know she was eligible.
HV to help with the application for a Sept start. 2 yr check was fine, no
speech concerns.""", ["EYD"],
    [("partial", "EYD", "Speech is negated, but nursery take-up is a present EYD need, so EYD is still coded once.")])

add("Z002-C-blue", "2025-10-30", "Eastwold", """
Poppy started at Little Acorns in Sept and has settled well. Craig changed to a
3-day rota and his sister has the kids on his sleep days, so Jade no longer does
the daytime childcare. Jade has kept her place at the young carers youth group
on Wednesdays for the social side.""", ["CARER"],
    [("partial", "CARER", "The caring has stopped (historical) but the young carers service is ongoing; conv 4 codes an ongoing service's area, so CARER is present."),
     ("not-coded", "EYD", "Starting nursery and settling is good news with no need stated in this box (conv 3, conv 1).")])

# Z003 Fennick Bridge, Easter 2025: bored 15-year-old, criminal damage, parents disagree
add("Z003-A-orange", "2025-04-14", "Fennick Bridge", """
Kieran (15) arrested 9/4 with 2 others for criminal damage to the bus shelters
on Mill Rd, released under investigation. PCSO says he's one of a group of lads
hanging round the precinct till gone midnight all Easter. YJS prevention worker
offered. Donna and Lee say he's "bored out of his head" with no school and they
can't keep him in.""", ["CRIME", "REL-PAR"],
    [("convention", "CRIME", "Arrest of a household young person for criminal damage (conv 7)."),
     ("convention", "REL-PAR", "Parents unable to hold boundaries.")])

add("Z003-A-yellow", "2025-04-14", "Fennick Bridge", """
Donna and Lee arguing a lot about how to handle Kieran - Lee wants him grounded
for the rest of the hols, Donna thinks that's too harsh, and both feel they've
lost control of him. No DA, both clear the rows are verbal and neither is
frightened of the other. Offered the Parenting Teens course (Tues eves, 6 wks).""",
    ["REL-CONF", "REL-PAR"],
    [("convention", "REL-CONF", "Arguments between the parents are REL-CONF (conv 8)."),
     ("negated", "DA", "'No DA', rows verbal, neither frightened."),
     ("convention", "REL-PAR", "'lost control of him' is a present parenting need.")])

add("Z003-A-green", "2025-04-14", "Fennick Bridge", """
School (Fennick Academy) report attendance 96% this year, no suspensions, low
behaviour points. No concerns in school.""", [],
    [("negated", "EDU-ATT", "Good attendance with no need stated; not coded (conv 3)."),
     ("negated", "EDU-EXC", "'no suspensions', 'No concerns in school'.")])

add("Z003-C-yellow", "2025-07-10", "Fennick Bridge", """
Kieran finished his 6 sessions with the YJS prevention worker and there have
been no further arrests since April, NFA on the criminal damage. Still out with
the same group some nights and Donna isn't always sure where he is.""", ["REL-PAR"],
    [("historical", "CRIME", "Sessions finished, 'no further arrests since April', NFA: over (conv 3)."),
     ("convention", "REL-PAR", "Parent not knowing where a 15-year-old is: boundaries/supervision, REL-PAR.")])

add("Z003-C-blue", "2025-07-10", "Fennick Bridge", """
Donna + Lee did the parenting course together and say they're on the same page
now. House rules agreed with Kieran and stuck on the fridge.""", ["REL-PAR"],
    [("convention", "REL-PAR", "Blue box, now managing house rules (conv 3)."),
     ("historical", "REL-CONF", "'on the same page now': the disagreement is described as over.")])

# Z004 Holloway Side, September return 2025: Y7 refusal, mum low
add("Z004-A-yellow", "2025-09-15", "Holloway Side", """
Amira (11) has managed 4 of the first 9 days at Holloway High since starting Y7.
Gets to the gate and freezes, says she feels sick with nerves every morning.
Mum (Samira) says she let the bedtime routine go over the summer and can't get
Amira off her tablet at night. EHW to put together a return-to-school plan with
the pastoral lead.""", ["EDU-ATT", "MH-CHILD", "REL-PAR"],
    [("convention", "MH-CHILD", "'sick with nerves' is anxiety, emotional wellbeing."),
     ("convention", "REL-PAR", "Lost bedtime routine / screen boundaries is REL-PAR; not written as a sleep problem, so not PH.")])

add("Z004-A-green", "2025-09-15", "Holloway Side", """
Samira told her GP she has felt low since the spring and was started on
sertraline 3 wks ago. Husband works away on the rigs, 2 wks on 2 off. No money
worries.""", ["MH-ADULT"],
    [("negated", "FIN", "'No money worries'; working away is not FIN (conv 5).")])

add("Z004-A-blue", "2025-09-15", "Holloway Side", """
Maternal aunt lives 2 streets away and does the school run on the days Samira
goes to her counselling.""", ["MH-ADULT"],
    [("convention", "MH-ADULT", "Coded on its own text (conv 1): ongoing counselling codes its area (conv 4), blue level by the box (conv 2).")])

add("Z004-C-green", "2026-01-20", "Holloway Side", """
Amira's attendance up to 94% since the phased return finished in Nov, school
still checking it weekly. Still gets anxious on Monday mornings but uses her
time-out card and sees her mentor every Monday.""", ["EDU-ATT", "MH-CHILD"],
    [("convention", "EDU-ATT", "Green box, attendance being monitored weekly: now managing (conv 3). The phased return itself is over."),
     ("convention", "MH-CHILD", "'still gets anxious': present.")])

add("Z004-C-blue", "2026-01-20", "Holloway Side", """
Samira has finished counselling and says she feels like herself again. Still on
sertraline, GP review in Feb.""", ["MH-ADULT"],
    [("partial", "MH-ADULT", "Counselling is over but ongoing sertraline codes MH-ADULT (conv 4).")])

# Z005 Eastwold, summer 2025: DA incident with children at home, mum drinking
add("Z005-A-red", "2025-08-07", "Eastwold", """
Strategy meeting 1/8 after Darren (ex-partner, not living at the address) forced
his way in and assaulted Nicole in front of Ella (7) and Noah (4). S47 underway,
both children seen. Darren arrested and charged, bail conditions not to contact.
Nicole says her drinking has crept up over the summer - "a few cans" most
afternoons to cope with the kids at home.""", ["DA", "SUB"],
    [("convention", "CRIME", "The ex-partner's assault on Nicole and his arrest are DA only (conv 7); he is outside the household (conv 6)."),
     ("convention", "SUB", "Parent's own alcohol use described as escalating.")])

add("Z005-A-orange", "2025-08-07", "Eastwold", """
MARAC 6/8. Ella has been wetting herself in the daytime and is very anxious,
won't leave Nicole's side; school said she was a different child in the summer
term. Noah (4) not toilet trained, speech unclear, hasn't taken up a nursery
place.""", ["DA", "PH", "MH-CHILD", "EYD"],
    [("convention", "DA", "MARAC codes DA."),
     ("convention", "PH", "Daytime wetting at school age (7) treated as PH, like bedwetting (conv 9)."),
     ("convention", "EYD", "Under-5 toileting, speech and nursery take-up (conv 9).")])

add("Z005-C-yellow", "2025-11-21", "Eastwold", """
CP plan ended at the review conference 10/11, stepped down to EH. Nicole going to
Anchor Point drug & alcohol service weekly, says she's down to weekends only. On wk 6
of 12 of the Freedom Programme.""", ["SUB", "DA"],
    [("historical", "", "CP plan ended: not a code in itself."),
     ("convention", "DA", "Freedom Programme codes DA (conv 4)."),
     ("convention", "SUB", "Ongoing alcohol service and continuing weekend drinking.")])

add("Z005-C-green", "2025-11-21", "Eastwold", """
Noah started at nursery in Sept (30 hrs), HV has referred him to SALT. Ella's
daytime wetting has resolved and the school nurse has closed her.""", ["EYD"],
    [("convention", "EYD", "SALT referral for a 4-year-old's speech is EYD (conv 9)."),
     ("historical", "PH", "Wetting 'resolved', school nurse closed.")])

# Z006 Fennick Bridge, summer 2025: overcrowded flat, s21, 16-year-old NEET
add("Z006-A-orange", "2025-07-25", "Fennick Bridge", """
Family of 6 in a 2 bed flat over the chippy on Station Parade, Ross (16) sleeps
on the sofa. Black mould in the kids room, reported to the landlord in May, nothing
done. Section 21 served 14/7, they have to be out by mid Sept. With everyone at home
all day tempers are through the roof - Ross and his mum Kerry-Ann having
screaming rows, he put his fist through the bathroom door last week.""",
    ["HOUS", "REL-PAR"],
    [("convention", "HOUS", "Overcrowding, damp and a section 21 notice."),
     ("convention", "REL-PAR", "Parent-child rows (conv 8); damage to a door is not violence to the parent and no police, so no CRIME.")])

add("Z006-A-yellow", "2025-07-25", "Fennick Bridge", """
Ross left Fennick College in June, nothing lined up for Sept and no job.
Kerry-Ann and her partner Dean both out of work since the packing factory shut
in March, council tax arrears building and they're at each other's throats about
money.""", ["EDU-NEET", "FIN", "REL-CONF"],
    [("convention", "EDU-NEET", "16-year-old with no education/employment/training (conv 11)."),
     ("convention", "FIN", "Added for the adults' worklessness and council tax arrears, not for Ross (conv 11)."),
     ("convention", "REL-CONF", "Arguments between the adult couple (conv 8).")])

add("Z006-C-yellow", "2025-10-08", "Fennick Bridge", """
Family moved into a 4-bed housing association house on Hexley Rd on 2/10. Ross
started a mechanics traineeship at Bridge Motors 3 days a week. Council tax
arrears on a £25/month plan set up by Citizens Advice.""", ["FIN"],
    [("historical", "HOUS", "Rehoused: the housing need is over."),
     ("historical", "EDU-NEET", "Ross now in training."),
     ("convention", "FIN", "Arrears still being repaid through an extra service.")])

add("Z006-C-blue", "2025-10-08", "Fennick Bridge", """
Kerry-Ann says the rows have calmed down massively now Ross has his own room.""",
    ["REL-PAR"],
    [("partial", "REL-PAR", "'calmed down', not 'stopped': still a managed, present issue in a blue box (conv 3).")])

# Z007 Holloway Side, Easter 2026: ADHD, no routine, CPV, ran off
add("Z007-A-yellow", "2026-04-08", "Holloway Side", """
Ethan (12) diagnosed ADHD 2023, on SEN support at Holloway High and the SENCo
asked for an EHC needs assessment in Feb. Without the structure of school this
Easter he's been unsettled and explosive, smashed his games controller and hit
Gemma when she took the tablet off him. EHW to do 1:1 work with Gemma on a
holiday routine.""", ["EDU-SEND", "REL-PAR"],
    [("convention", "REL-PAR", "Child-to-parent violence is REL-PAR, not DA; no police, so no CRIME (conv 8)."),
     ("convention", "EDU-SEND", "SEN support, SENCo, EHC needs assessment.")])

add("Z007-A-green", "2026-04-08", "Holloway Side", """
Gemma says she's at the end of her tether - GP has signed her off work for 2 wks
with stress and anxiety. Paul supportive but works long hours.""", ["MH-ADULT"],
    [("not-coded", "FIN", "Long working hours are not FIN (conv 5).")])

add("Z007-A-note", "2026-04-08", "Holloway Side", """
Home visit 7/4. Gemma rang 101 on Sun 5/4 as Ethan ran off after a row about
bedtime and she couldn't find him; police found him at the skate park about an
hour later and brought him home. Paul and Gemma both say they need help with the
ADHD side of things - booked onto the Understanding ADHD parent course at the
Family Hub starting 21/4.""", ["SAFE-EXP", "REL-PAR", "EDU-SEND"],
    [("convention", "SAFE-EXP", "Reported missing to police: a missing episode."),
     ("convention", "CRIME", "Police finding a missing child is not CRIME (conv 7)."),
     ("convention", "EDU-SEND", "ADHD is coded under EDU-SEND, the taxonomy's only home for ASD/ADHD, even in a home context."),
     ("convention", "", "Unboxed: level orange because a police call-out is the highest cue (conv 2), although the police contact itself is not coded CRIME.")],
    note_level="orange")

add("Z007-C-green", "2026-07-03", "Holloway Side", """
Ethan's EHCP finalised in June, Holloway High named, TA support in core
subjects.""", ["EDU-SEND"])

add("Z007-C-blue", "2026-07-03", "Holloway Side", """
Gemma back at work. She and Ethan have drawn up a summer holiday plan together -
visual timetable, 2 days a week at Gran's, HAF club Tues/Thurs. Says she feels a
lot calmer in herself.""", ["REL-PAR"],
    [("convention", "REL-PAR", "Blue box: a routine plan is the family now managing the routine need (conv 3)."),
     ("not-coded", "MH-ADULT", "'feels a lot calmer' is good news with no need or treatment stated in this box (conv 3).")])

# Z008 Brackenmoor, summer 2025: 13-year-old carer for mum with MS, parents separated
add("Z008-A-yellow", "2025-08-11", "Brackenmoor", """
Liam (13) does most of the cooking and helps his mum Claire (MS, wheelchair user)
with her meds and getting dressed. In term time school gives him a break but in
the summer he is with her pretty much 24/7. Claire gets PIP and ESA, no money
problems raised. Referred to Brackenmoor Young Carers for the summer trips and a
young carers assessment.""", ["CARER", "PH"],
    [("convention", "PH", "PH from the stated MS, not from PIP/ESA (conv 5)."),
     ("not-coded", "FIN", "Benefit names without a money problem are not FIN (conv 5).")])

add("Z008-A-green", "2025-08-11", "Brackenmoor", """
Claire and Liam's dad Gary split in May and Gary has moved to Harrowfield. Liam sees
him every other weekend but handovers are tense, they argue on the doorstep in
front of Liam.""", ["REL-CONF"],
    [("partial", "REL-CONF", "Gary is outside the household, but the separation and contact conflict is the family's own relationship need (conv 6 'their effect on the family').")])

add("Z008-C-blue", "2025-12-05", "Brackenmoor", """
Liam goes to the young carers youth club on Weds and went on the 3-day summer
residential. Claire's care package has gone up to 3 calls a day so Liam is doing
less.""", ["CARER", "PH"],
    [("convention", "CARER", "Caring reduced but not stopped, plus an ongoing young carers service (conv 4)."),
     ("convention", "PH", "A care package for Claire is an ongoing service for her disability (conv 4).")])

# ---------------------------------------------------------------- batch 2
# Z009 Eastwold, September 2025: 16-year-old drifted after results, cannabis
add("Z009-A-yellow", "2025-09-08", "Eastwold", """
Bradley (16) got his results in Aug (grade 3 Eng, 2 maths) and never enrolled
anywhere, says college "isn't for him". In bed most of the day and out on the
estate half the night. Youth Hub careers adviser to make contact. Mum works full
time as a carer at Beechgrove nursing home, says money is OK.""", ["EDU-NEET"],
    [("convention", "CARER", "'a carer at a nursing home' is a job, not a young carer (conv 12)."),
     ("negated", "FIN", "'money is OK'; a young person's NEET status adds no FIN (conv 11)."),
     ("not-coded", "REL-PAR", "His days in bed and nights out describe the NEET drift; no parenting difficulty is stated (contrast Z026-A-note, 'won't listen to her').")])

add("Z009-A-orange", "2025-09-08", "Eastwold", """
Stop and search 30/8 near the garages on Kellet Rd, small amount of cannabis on
Bradley, community resolution given. He admits smoking weed most days since
school finished. Referred to Lantern (young people's drug & alcohol service).""",
    ["CRIME", "SUB"],
    [("convention", "SUB", "His own regular use, with no exploitation described, so conv 12 does not turn it into SAFE-EXP."),
     ("convention", "CRIME", "Police outcome (community resolution) for a household young person.")])

add("Z009-C-yellow", "2025-12-12", "Eastwold", """
Bradley started the Level 1 construction course at Eastwold College in Nov and
is going in most days. Still seeing his Lantern worker fortnightly.""", ["SUB"],
    [("historical", "EDU-NEET", "Now in education."),
     ("convention", "SUB", "Ongoing drug service codes SUB (conv 4)."),
     ("not-coded", "EDU-ATT", "'going in most days' states no attendance problem.")])

# Z010 Holloway Side, summer 2025: UC sanction, mum skipping meals
add("Z010-A-yellow", "2025-08-18", "Holloway Side", """
Shannon (single mum, 4 kids aged 2-11) came into the Family Hub asking for help.
UC sanctioned in June for a missed work coach appt so payments are down till
Sept; the electric is on emergency credit and she's been skipping meals herself
so the kids can eat. Holloway Food Pantry referral + Household Support Fund
voucher given. She has a non-mol against the children's dad, he hasn't breached
it.""", ["FIN", "DA"],
    [("convention", "FIN", "Sanction, emergency credit, pantry and voucher (conv 10)."),
     ("not-coded", "SAFE-NEG", "The children are fed; only the adult goes without, so the need described is affordability (FIN), not neglect."),
     ("convention", "DA", "A non-molestation order in place is a current DA protective measure; 'hasn't breached it' does not negate the order.")])

add("Z010-A-green", "2025-08-18", "Holloway Side", """
Kaydn (2) had his 2 yr review, HV happy with his development. Lily-Mae (11) is
anxious about moving up to Holloway High in Sept, primary did extra transition
visits. Next door's eldest was arrested for dealing last wk, Shannon says it's
nothing to do with her lot.""", ["MH-CHILD"],
    [("negated", "EYD", "HV happy with development: no need."),
     ("convention", "MH-CHILD", "Child described as anxious about transition."),
     ("outside", "CRIME", "A neighbour's son's arrest is outside the household (conv 6).")])

add("Z010-C-blue", "2025-10-24", "Holloway Side", """
Sanction ended in Sept. Shannon has set up fuel direct through UC so the meter
doesn't run dry and picks up from the community fridge at St Aidan's on
Fridays.""", ["FIN"],
    [("partial", "FIN", "Sanction is over, but fuel direct and the community fridge are the family now managing money/food (conv 3).")])

# Z011 Fennick Bridge, Easter 2026: both parents working, young children home alone
add("Z011-A-yellow", "2026-04-09", "Fennick Bridge", """
Neighbour rang the Hub - Ruby (9) and Oscar (6) left on their own in the house
from about 7.30 till 3 on at least 3 days in the first week of the Easter hols
while both parents were at work. Marek works at the meat plant, Ania does cleaning
shifts; every holiday club they tried was full. Parents upset, hadn't realised
it isn't OK at that age. They say it's not about money, just no childcare.""",
    ["SAFE-NEG"],
    [("convention", "SAFE-NEG", "Inadequate supervision of young children."),
     ("negated", "FIN", "'not about money'; shifts are not FIN (conv 5)."),
     ("not-coded", "CARER", "No caring by Ruby is described, only the children being alone.")])

add("Z011-C-blue", "2026-06-26", "Fennick Bridge", """
Ania's cousin now has the children on the days both parents work and they've
booked HAF places for the summer early.""", [],
    [("not-coded", "SAFE-NEG", "Read on its own (conv 1), the box describes childcare arrangements only; no need is stated, so nothing is coded.")])

# Z012 Brackenmoor, summer 2025: county lines, mum working, 12-year-old minding toddlers
add("Z012-A-red", "2025-07-30", "Brackenmoor", """
Jordan (14) missing 3x in July, last time found by BTP in Kelsea Bay with £300
and 12 wraps of crack on him. NRM referral done. Strategy meeting 28/7, s47 with
ICPC to follow. Tasha says he started going off with older lads from the Fernleigh
estate the week school finished. Attendance was 54% in the summer term.""",
    ["SAFE-EXP", "CRIME", "EDU-ATT"],
    [("convention", "SUB", "Drugs found on an exploited child: SAFE-EXP and CRIME, not SUB (conv 12)."),
     ("convention", "EDU-ATT", "Summer-term attendance of 54% is the current school year's attendance.")])

add("Z012-A-orange", "2025-07-30", "Brackenmoor", """
Open to YOS on a referral order for a shoplifting offence in May. Tasha works 2
cleaning jobs, out from 5am till 9pm, so Kenzie (12) is minding the 2 little ones
(4 and 18 months) all day with no adult in the house.""",
    ["CRIME", "CARER", "SAFE-NEG"],
    [("convention", "CRIME", "YOS referral order (conv 7)."),
     ("convention", "CARER", "A 12-year-old with all-day care of two under-5s."),
     ("convention", "SAFE-NEG", "No adult supervising an 18-month-old all day is a supervision (neglect) need as well as CARER."),
     ("not-coded", "FIN", "Two jobs/long hours are not FIN (conv 5).")])

add("Z012-C-orange", "2025-11-05", "Brackenmoor", """
Jordan still open to YOS and the Exploitation team. No missing episodes since
Sept. Moved to live with his nan in Fennick Bridge.""", ["CRIME", "SAFE-EXP"],
    [("partial", "SAFE-EXP", "'No missing episodes since Sept' is historical for the missing, but the open Exploitation team involvement is an ongoing service (conv 4)."),
     ("convention", "CRIME", "Still open to YOS.")])

# Z013 Eastwold, September 2025: autistic girl and loss of routine, sleep, damp
add("Z013-A-green", "2025-09-22", "Eastwold", """
Freya (8) on the ASD pathway since March. SENCo at St Bede's Primary has done a
sensory plan for the return. Summer was really hard - she doesn't cope with change
and without the school day she melted down most days at home.""",
    ["EDU-SEND", "REL-PAR"],
    [("convention", "EDU-SEND", "ASD pathway and SENCo (conv 4)."),
     ("convention", "REL-PAR", "Daily meltdowns at home are child behaviour at home, which REL-PAR covers, whatever the cause.")])

add("Z013-A-yellow", "2025-09-22", "Eastwold", """
Freya sleeping 4-5 hrs a night since the end of July and both parents are
exhausted. Referred to Sleepwise family sleep service. Bedrooms also damp with
mould on the walls, landlord not responding, tenancy relations officer
contacted.""", ["PH", "HOUS"],
    [("convention", "PH", "Sleep problem at school age is PH (conv 9)."),
     ("not-coded", "MH-ADULT", "Parents 'exhausted' is tiredness, not a mental health need."),
     ("convention", "HOUS", "Damp and disrepair.")])

add("Z013-C-green", "2025-12-17", "Eastwold", """
Sleep better on melatonin from the paediatrician, 7-8 hrs most nights. EHCP
application sent in by school in Nov.""", ["PH", "EDU-SEND"],
    [("convention", "PH", "Ongoing melatonin for a sleep problem (conv 4)."),
     ("convention", "EDU-SEND", "EHCP application.")])

# Z014 Holloway Side, summer 2025: dad laid off and drinking, parents row, teen stays out
add("Z014-A-orange", "2025-08-06", "Holloway Side", """
Jo says Mick's drinking has got much worse since he was laid off in June - he's
home all day and on the lager by lunchtime. They are rowing most nights about
money and the drink. Jo is clear he has never been violent or threatening and she
isn't scared of him. Neighbours called police 2/8 over the shouting, no offences,
advice given.""", ["SUB", "FIN", "REL-CONF"],
    [("convention", "FIN", "Household worklessness and money rows."),
     ("convention", "REL-CONF", "Arguments between the parents, explicitly not abusive (conv 8)."),
     ("negated", "DA", "'never been violent or threatening', 'isn't scared'."),
     ("not-coded", "CRIME", "A police call about the parents' row with no offence is neither an offence by a household member nor a call-out about a young person (conv 7).")])

add("Z014-A-yellow", "2025-08-06", "Holloway Side", """
Callum (15) staying out till 1-2am to get away from the atmosphere at home, mum
doesn't know where he goes. He says he's "sick of it".""", ["REL-PAR"],
    [("not-coded", "SAFE-EXP", "Out late but not reported missing; no exploitation described."),
     ("not-coded", "MH-CHILD", "'sick of it' is not described as a mental health or emotional wellbeing need.")])

add("Z014-C-yellow", "2025-10-15", "Holloway Side", """
Mick going to Brightwater alcohol service weekly, 3 wks alcohol free. Back in work
at the builders merchants since Sept.""", ["SUB"],
    [("convention", "SUB", "In treatment at an alcohol service (conv 4)."),
     ("historical", "FIN", "Back in work: worklessness over.")])

add("Z014-C-note", "2025-10-15", "Holloway Side", """
Closing summary 15/10/25. Mick still at Brightwater every Tues. Jo says there are
still rows about money most weekends, though nothing physical ever. Callum has
stopped staying out and has been in by his 10pm curfew since Sept, joined the
boxing club at the community centre. Family know how to re-refer.""",
    ["SUB", "REL-CONF"],
    [("convention", "", "Unboxed: a drug/alcohol service is a yellow cue and there is no higher one (conv 2)."),
     ("negated", "DA", "'nothing physical ever'."),
     ("historical", "REL-PAR", "Callum 'has stopped staying out': over (conv 3)."),
     ("convention", "REL-CONF", "Rows between the parents continue.")],
    note_level="yellow")

# Z015 Fennick Bridge, summer 2025: dad asks for holiday ideas, catalogue debt, hearing
add("Z015-A-blue", "2025-07-21", "Fennick Bridge", """
Steve (dad) asked for ideas for cheap things to do with the twins over the 6 wks -
gave him the HAF timetable and the library reading challenge leaflet, he's booked
them onto 8 days. Paying off a £600 catalogue debt at £30 a month, says he's
keeping on top of it.""", ["FIN"],
    [("convention", "FIN", "Blue box, now managing a debt (conv 3)."),
     ("not-coded", "", "Asking for holiday activity ideas is not an issue code.")])

add("Z015-A-green", "2025-07-21", "Fennick Bridge", """
Evie and Archie (7) both missed the audiology appt in June, GP has re-referred
for hearing tests.""", ["PH"],
    [("convention", "PH", "Missed medical appointment.")])

add("Z015-C-blue", "2025-09-30", "Fennick Bridge", """
Catalogue debt down to £240. Twins seen by audiology in Aug - Archie has grommets
booked for Jan, Evie's hearing fine.""", ["FIN", "PH"],
    [("convention", "FIN", "Debt still being paid off (conv 3)."),
     ("partial", "PH", "Archie's grommets are a present health need; Evie's hearing is fine.")])

# Z016 Brackenmoor, Easter 2025: online grooming, self-harm, mum off sick
add("Z016-A-orange", "2025-04-22", "Brackenmoor", """
Over the Easter hols Skye (14) was messaging a man she met on Snapchat who told
her he was 17; he asked for pictures and she sent some. Mum found the messages
18/4 and reported to police, phone seized, CEOP report made. Skye has been cutting
her arms, open to CAMHS crisis team.""", ["SAFE-EXP", "MH-CHILD"],
    [("convention", "SAFE-EXP", "Online grooming."),
     ("outside", "CRIME", "The offender is outside the household; Skye is the victim (conv 6, 7)."),
     ("convention", "MH-CHILD", "Self-harm and CAMHS.")])

add("Z016-A-yellow", "2025-04-22", "Brackenmoor", """
Mum (Kerry) signed off sick with anxiety since she found the messages. Dad is in
the Army, posted overseas until July.""", ["MH-ADULT"],
    [("not-coded", "", "A parent posted abroad is not an issue code.")])

add("Z016-C-yellow", "2025-07-18", "Brackenmoor", """
Skye stepped down from CAMHS crisis to Mindspace counselling in school, no self
harm since May. Police investigation still ongoing, Skye did the online safety
sessions with the school PCSO.""", ["MH-CHILD", "SAFE-EXP"],
    [("partial", "MH-CHILD", "Self-harm is historical ('since May') but the ongoing counselling codes MH-CHILD (conv 4)."),
     ("convention", "SAFE-EXP", "The grooming investigation is still open, so the exploitation is a current part of the situation."),
     ("not-coded", "CRIME", "The police investigation is into an outside adult, not a household member (conv 7).")])

add("Z016-C-blue", "2025-07-18", "Brackenmoor", """
Kerry back at work part time, uses a mindfulness app and leans on her sister when
she's having a wobble.""", ["MH-ADULT"],
    [("convention", "MH-ADULT", "Blue box, now managing her mental health with her own strategies and network (conv 3).")])

# ---------------------------------------------------------------- batch 3
# Z017 Eastwold, summer 2026: 13-year-old in a group setting fires, older friends
add("Z017-A-orange", "2026-07-30", "Eastwold", """
Dylan (13) one of a group of 6 reported by residents for setting fire to bins on
the Hollins Park play area, police attended 22/7 and took him home. Out most nights
till late since the hols started and Amy has no idea who his mates are. Already on
a final warning at school so at risk of exclusion in Sept. Added to the ASB panel
list, TAF to be set up.""", ["CRIME", "REL-PAR", "EDU-EXC"],
    [("convention", "CRIME", "ASB by a household young person with a police call-out (conv 7); contrast Z001, where the police were safeguarding."),
     ("convention", "EDU-EXC", "Risk of exclusion is within EDU-EXC's definition, a present risk, not a conditional one.")])

add("Z017-A-note", "2026-07-30", "Eastwold", """
Phone call with Amy 29/7. She's worried Dylan's new mates are older - one is 17
and has a moped. No sign of him carrying anything, no unexplained money or new
phone, nothing to suggest exploitation at present; to keep under review if he
starts going missing. Amy asked for details of the Parenting Teens course, sent
by email.""", [],
    [("negated", "SAFE-EXP", "'nothing to suggest exploitation at present'."),
     ("hypothetical", "SAFE-EXP", "'if he starts going missing'."),
     ("not-coded", "REL-PAR", "Sending course details is signposting; no parenting need or ongoing course is described in the note itself."),
     ("outside", "", "The 17-year-old friend is outside the household.")])

add("Z017-C-blue", "2026-10-16", "Eastwold", """
Dylan in by 9pm most nights, he agreed to location sharing on his phone with
Amy. Joined Eastwold Rovers U14s. Attendance since Sept 97%.""", ["REL-PAR"],
    [("convention", "REL-PAR", "Blue box, now managing boundaries (conv 3)."),
     ("not-coded", "EDU-ATT", "Good attendance with no need stated (conv 3).")])

# Z018 Holloway Side, Easter 2025: hotel TA, no cooking, siblings fighting
add("Z018-A-orange", "2025-04-16", "Holloway Side", """
Precious and her 3 children (Joy 10, Samuel 7, Blessing 3) in one room at the
Station Hotel as TA since 3/4 after the private landlord sold up. No cooking
facilities so it's takeaways and microwave meals and the money is running out
fast now the FSM vouchers have stopped for Easter. Nowhere for the kids to play,
Joy and Samuel fighting constantly.""", ["HOUS", "FIN", "REL-PAR"],
    [("convention", "HOUS", "Temporary accommodation."),
     ("convention", "FIN", "Money running out on food: a stated money problem; FSM alone would not code (conv 5 by analogy)."),
     ("convention", "REL-PAR", "Sibling fighting is child behaviour at home."),
     ("not-coded", "SAFE-NEG", "The children are eating (takeaways, microwave meals); no hungry child or empty fridge.")])

add("Z018-A-green", "2025-04-16", "Holloway Side", """
Blessing (3) eligible for her funded nursery place from the summer term but
Precious doesnt know how to apply from the hotel. HV visit booked.""", ["EYD"])

add("Z018-C-green", "2025-06-27", "Holloway Side", """
Moved to a 3 bed council house on Marsh Lane 2/6. Blessing goes to Sunflowers
nursery in the mornings. Joy and Samuel still bicker but Precious says it's normal
brother and sister stuff now they've got space.""", [],
    [("historical", "HOUS", "Rehoused."),
     ("not-coded", "EYD", "Attending nursery: good news, no need stated (conv 3)."),
     ("not-coded", "REL-PAR", "Bickering that the parent frames as normal is not a need.")])

# Z019 Fennick Bridge, September 2025: online bullying over summer, no return
add("Z019-A-yellow", "2025-09-10", "Fennick Bridge", """
Mia (14) hasn't been back to Fennick Academy since term started 3/9. A group of
girls were posting about her on TikTok over the summer and she says she can't face
them. Low and tearful, staying in her room. School offering a part time timetable
in the inclusion room to start; they may consider an EHC needs assessment if
things haven't improved by Christmas.""", ["EDU-ATT", "SAFE-EXP", "MH-CHILD"],
    [("convention", "SAFE-EXP", "Online bullying of the child by peers is SAFE-EXP for the child."),
     ("convention", "EDU-ATT", "Not attending; part-time timetable."),
     ("hypothetical", "EDU-SEND", "EHC needs assessment only 'if things haven't improved'.")])

add("Z019-C-green", "2025-12-03", "Fennick Bridge", """
Mia back full time since Oct half term. School spoke to the girls and the posts
were taken down, nothing since. Mood much better, out with friends again. Still
sees the school counsellor every other week.""", ["MH-CHILD"],
    [("historical", "EDU-ATT", "Back full time."),
     ("historical", "SAFE-EXP", "'nothing since'."),
     ("convention", "MH-CHILD", "Ongoing school counselling (conv 4).")])

# Z020 Brackenmoor, summer 2025: postnatal depression, 8-year-old doing baby care
add("Z020-A-yellow", "2025-08-20", "Brackenmoor", """
Chantelle had baby Archie 10 wks ago, scored high on the EPDS with the HV and has
been started on antidepressants. With the older 2 (8 and 6) off all summer she
says she can't cope, and Maddison (8) has been making up bottles and changing
nappies most days. Partner drives HGVs and is away Mon-Fri. Homelink befriending volunteer
1 morning a week.""", ["MH-ADULT", "CARER"],
    [("convention", "MH-ADULT", "Postnatal depression on medication."),
     ("convention", "CARER", "A child doing regular baby care."),
     ("not-coded", "FIN", "Partner's job away from home is not FIN (conv 5).")])

add("Z020-A-green", "2025-08-20", "Brackenmoor", """
Archie feeding well, on the 50th centile. Missed his 8 wk imms, rebooked with the
practice nurse.""", ["PH"],
    [("convention", "PH", "Missed immunisations."),
     ("not-coded", "EYD", "Feeding well is not an EYD need.")])

add("Z020-C-blue", "2025-11-26", "Brackenmoor", """
Chantelle still on sertraline, says she's in a much better place and goes to
Bumps and Babies at St Mark's. Archie's imms are up to date.""", ["MH-ADULT"],
    [("convention", "MH-ADULT", "Ongoing medication (conv 4)."),
     ("historical", "PH", "Imms caught up.")])

# Z021 Eastwold, Easter 2026: nan with SGO, arthritis, allowance cut, energy arrears
add("Z021-A-yellow", "2026-04-07", "Eastwold", """
Riley (10) has lived with his nan Pauline under an SGO since 2022. Pauline (68)
has bad arthritis in both knees and struggles to get him out anywhere in the
holidays. She's a kinship carer and gets an SGO allowance but it was cut in Feb
and she's now £410 behind on gas and electric.""", ["PH", "FIN"],
    [("convention", "CARER", "'kinship carer' is not a young carer (conv 12)."),
     ("convention", "FIN", "Allowance cut and energy arrears."),
     ("convention", "PH", "Grandmother's arthritis; she is the household's carer, so inside the household.")])

add("Z021-A-green", "2026-04-07", "Eastwold", """
Riley on the ADHD pathway, SENCo at Eastwold Juniors says he manages in class
with movement breaks.""", ["EDU-SEND"],
    [("convention", "EDU-SEND", "On the ADHD pathway (conv 4).")])

add("Z021-C-yellow", "2026-07-08", "Eastwold", """
Citizens Advice got Pauline's SGO allowance reinstated and applied for the Warm
Home Discount. Energy arrears now on a £15/month plan.""", ["FIN"])

# Z022 Holloway Side, summer 2025: 15-year-old missing with adult boyfriend, CPV
add("Z022-A-red", "2025-07-24", "Holloway Side", """
Kayla (15) missing overnight 4 times since 12/7, each time found at the flat of
her boyfriend Connor (19). Strategy meeting 21/7 re CSE, s47 started. Lisa says
Kayla screams at her and pushed her down the stairs on 18/7 when she tried to stop
her going out. Kayla's attendance was 71% in the summer term.""",
    ["SAFE-EXP", "REL-PAR", "EDU-ATT"],
    [("convention", "SAFE-EXP", "Missing episodes and CSE risk; Connor is outside the household but his effect on Kayla is coded (conv 6)."),
     ("convention", "REL-PAR", "Child-to-parent violence is REL-PAR, not DA; no police involvement, so no CRIME (conv 8).")])

add("Z022-A-yellow", "2025-07-24", "Holloway Side", """
Previous DV from Lisa's ex-husband, ended in 2019 when he moved abroad, no
contact since. Lisa has been to the GP with her nerves and is on propranolol.""",
    ["MH-ADULT"],
    [("historical", "DA", "Ended 2019, no contact since."),
     ("convention", "MH-ADULT", "'nerves' treated with propranolol: anxiety under treatment.")])

add("Z022-C-orange", "2025-10-02", "Holloway Side", """
Kayla open to the Exploitation Hub, Safe Choices worker sees her weekly. Connor
has been served a Child Abduction Warning Notice. One missing episode in Sept,
police found her the same night.""", ["SAFE-EXP"],
    [("outside", "CRIME", "The CAWN is against Connor, outside the household; police finding Kayla is safeguarding (conv 6, 7).")])

# Z023 Fennick Bridge, summer 2025: HAF club sees hungry children, UC stopped
add("Z023-A-yellow", "2025-08-15", "Fennick Bridge", """
Referral from the HAF club at Fennick Leisure Centre: Jacob (9) and Isla (7)
arrive with no breakfast most days and ask staff for food to take home. Isla had
the same clothes on all week and has head lice. Mum (Demi) told staff money is
fine, the kids are just fussy.""", ["SAFE-NEG"],
    [("convention", "SAFE-NEG", "Hungry children, hygiene, clothing (conv 10)."),
     ("negated", "FIN", "Mum says money is fine; no money problem is stated in this box.")])

add("Z023-A-note", "2025-08-15", "Fennick Bridge", """
HV 14/8 with EHW. House cluttered, fridge had milk and a bottle of sauce in it and
not much in the cupboards. Demi eventually said her UC has been stopped since July
after she missed a review, and she's been borrowing off a man on the estate at
silly interest. Food bank parcel delivered same day. Demi very flat, says she's
"not been right" since her mum died in March; agreed to see the GP.""",
    ["SAFE-NEG", "FIN", "MH-ADULT"],
    [("convention", "SAFE-NEG", "Near-empty fridge (conv 10)."),
     ("convention", "FIN", "UC stopped, illegal lending and food bank (conv 10). Both codes because both are described."),
     ("convention", "MH-ADULT", "Low mood after bereavement, seeing the GP."),
     ("convention", "", "'HV' here means home visit, not health visitor; the level is yellow from the EHW either way (conv 2).")],
    note_level="yellow")

add("Z023-C-green", "2025-10-29", "Fennick Bridge", """
Demi's UC back in payment and the missed months back-paid. Kids at school full
time and go to breakfast club every day. GP has referred Demi to Talking
Therapies, on the waiting list.""", ["MH-ADULT"],
    [("historical", "FIN", "UC restored and back-paid."),
     ("not-coded", "SAFE-NEG", "Breakfast club is universal provision; no hunger is described in this box."),
     ("convention", "MH-ADULT", "Waiting for a talking therapy (conv 4).")])

# Z024 Brackenmoor, Easter 2026: 17-year-old dropped out, provides personal care to brother
add("Z024-A-yellow", "2026-04-02", "Brackenmoor", """
Keeley (17) dropped out of her A levels at Brackenmoor Sixth Form in March and
hasn't found work. Over the Easter hols she's been doing Tom's (12, cerebral palsy)
personal care and feeding while mum's at work. Mum gets Carer's Allowance for
Tom.""", ["EDU-NEET", "CARER", "PH"],
    [("convention", "EDU-NEET", "16+ not in EET; no FIN for it (conv 11)."),
     ("convention", "CARER", "CARER comes from Keeley's described care, not from Carer's Allowance (conv 5)."),
     ("convention", "PH", "Tom's cerebral palsy.")])

add("Z024-C-blue", "2026-06-19", "Brackenmoor", """
Keeley working 25 hrs a week at the garden centre and starts an apprenticeship in
Sept. Tom's short breaks package has gone up so Keeley is doing less.""",
    ["CARER", "PH"],
    [("historical", "EDU-NEET", "In work."),
     ("partial", "CARER", "'doing less' is reduced, not stopped."),
     ("convention", "PH", "Short breaks package: ongoing disability service (conv 4).")])

# ---------------------------------------------------------------- batch 4
# Z025 Eastwold, summer 2025: 4-year-old starting Reception, toileting and speech
add("Z025-A-green", "2025-08-27", "Eastwold", """
Leo (4) starts Reception at St Bede's in Sept and is still in nappies most of the
day and at night. Nursery say his speech is about 12 months behind, SALT drop in
booked. HV doing a school readiness review next wk.""", ["EYD"],
    [("convention", "EYD", "Under-5 toileting, speech and school readiness (conv 9).")])

add("Z025-C-blue", "2025-11-12", "Eastwold", """
Leo (4) now in Reception and dry in the day since Oct half term; still in a
pull-up at night which mum isn't worried about. Mum does his speech therapy
exercises with him every evening.""", ["EYD"],
    [("convention", "EYD", "Leo is 4: an under-5's speech is EYD even though he is in Reception (conv 9, by age)."),
     ("partial", "EYD", "Daytime toileting resolved; night-time pull-up at 4 not presented as a need.")])

# Z026 Holloway Side, Easter 2025: 16-year-old knife arrest, suspected running for brother's associates
add("Z026-A-orange", "2025-04-11", "Holloway Side", """
Tariq (16) arrested 5/4 for possession of a bladed article in the town centre, now
on a referral order with YOS. Older brother Imran is serving 4 yrs in HMP Thornmere
and isn't part of the household, but Tariq still knocks about with Imran's old
associates and mum (Nasreen) suspects they're using him to run for them. He had 2
suspensions in Y11 before he left Holloway High.""", ["CRIME", "SAFE-EXP"],
    [("convention", "CRIME", "Arrest and YOS referral order (conv 7)."),
     ("partial", "CRIME", "The brother in prison is outside the household (conv 6); his offending adds nothing, CRIME comes from Tariq's own arrest."),
     ("convention", "SAFE-EXP", "Suspected criminal exploitation is a present risk."),
     ("historical", "EDU-EXC", "Suspensions in Y11, before he left school.")])

add("Z026-A-note", "2025-04-11", "Holloway Side", """
EHW phone call 11/4. Nasreen says Tariq is lying in bed all day in the holidays
and then out all night, won't listen to her. He's on a Level 2 motor vehicle course
at Holloway College, back 22/4. She's on ESA because of her back and it's just been
cut after a reassessment, so she can't afford his bus pass (£45 a month) for when
college goes back.""", ["REL-PAR", "PH", "FIN"],
    [("convention", "REL-PAR", "Lost routine and boundaries; not written as a sleep problem."),
     ("convention", "PH", "PH from the stated back condition, not from ESA (conv 5)."),
     ("convention", "FIN", "ESA cut and unable to afford the bus pass: a benefit problem is described (conv 5)."),
     ("not-coded", "EDU-NEET", "Tariq is on a college course."),
     ("convention", "", "Unboxed: the EHW is the highest cue, so yellow (conv 2).")],
    note_level="yellow")

add("Z026-C-orange", "2025-07-02", "Holloway Side", """
Tariq 3 months into his referral order, compliant. Still at college. NRM submitted
in May with a positive reasonable grounds decision.""", ["CRIME", "SAFE-EXP"],
    [("convention", "SAFE-EXP", "Positive NRM reasonable grounds: exploitation confirmed as current."),
     ("convention", "CRIME", "Referral order ongoing.")])

# Z027 Fennick Bridge, summer 2026: dad's online betting, rent arrears, parents rowing
add("Z027-A-yellow", "2026-08-03", "Fennick Bridge", """
Gavin (dad) admitted he has run up about £3k on online betting sites since he lost
his job in the spring, and the rent is 2 months behind. Landlord says he'll serve
notice if it isn't cleared by Sept. Sarah is doing extra shifts at the care home to
cover it, leaving Gavin with the 4 kids all day, and the two of them are rowing
constantly about the money.""", ["FIN", "REL-CONF"],
    [("convention", "FIN", "Gambling debts are FIN, not SUB (conv 10); also rent arrears and worklessness."),
     ("hypothetical", "HOUS", "Notice only 'if it isn't cleared'."),
     ("convention", "REL-CONF", "Arguments between the parents (conv 8)."),
     ("not-coded", "CARER", "'the care home' is Sarah's workplace, not a caring child (conv 12).")])

add("Z027-C-blue", "2026-10-21", "Fennick Bridge", """
Gavin has self-excluded from all the betting sites and is paying his credit card
off at £100 a month. Rent arrears cleared with a loan from his brother, which he's
paying back.""", ["FIN"],
    [("not-coded", "EDU-EXC", "'self-excluded' from betting sites is not school exclusion."),
     ("convention", "FIN", "Blue box, now repaying debts (conv 3); the rent arrears themselves are cleared.")])

# Z028 Brackenmoor, summer 2025: dad back home on licence, teen with low mood
add("Z028-A-orange", "2025-07-31", "Brackenmoor", """
Wayne (dad) released on licence in June and back living at home. Kai (15) doesn't
want him there, they've had a couple of stand-up rows and Kai is stopping at his
mate's house most nights (mum knows where he is). Kai on the CAMHS waiting list for
low mood since Feb.""", ["CRIME", "REL-PAR", "MH-CHILD"],
    [("convention", "CRIME", "Adult household member on licence (conv 7)."),
     ("convention", "REL-PAR", "Parent-child rows (conv 8)."),
     ("not-coded", "SAFE-EXP", "Staying at a friend's with mum's knowledge is not a missing episode."),
     ("convention", "MH-CHILD", "Awaiting CAMHS (conv 4).")])

add("Z028-A-note", "2025-07-31", "Brackenmoor", """
SW from the Brackenmoor CIN team confirmed Wayne's conviction was for a burglary
in 2022, no offences against children or partners. Becky has no concerns re DA.
CIN plan not needed, stepped down to EH for support. Becky asked if Lola (6) and
Finn (4) can go to the holiday club at the leisure centre as she's "going up the
wall" with everyone at home. Finn not toilet trained yet, HV aware.""", ["EYD"],
    [("historical", "CRIME", "The note gives only the 2022 burglary; the licence is not mentioned in this note (conv 1)."),
     ("negated", "DA", "'no concerns re DA', no offences against partners."),
     ("not-coded", "MH-ADULT", "'going up the wall' is everyday exasperation, not a mental health need."),
     ("convention", "EYD", "Under-5 toileting (conv 9)."),
     ("convention", "", "Unboxed: 'CIN plan not needed' is a negated red cue and does not count; the highest live cue is the step-down to early help, so yellow (conv 2).")],
    note_level="yellow")

add("Z028-C-green", "2025-10-10", "Brackenmoor", """
Kai seen by CAMHS in Sept and now doing CBT in school through the Mental Health
Support Team. Wayne's licence runs till Dec.""", ["MH-CHILD", "CRIME"],
    [("convention", "CRIME", "Licence still running (conv 7); green by the box (conv 2).")])

# Z029 Eastwold, Easter 2025: type 1 diabetes slips in the holidays, sister does checks
add("Z029-A-yellow", "2025-04-23", "Eastwold", """
Noah (10) has type 1 diabetes and over Easter his sugars have been all over the
place without the school routine, 2 hypos last week. Both parents work full time so
his sister Grace (14) has been doing his lunchtime blood checks and insulin. Paeds
diabetes nurse doing a holiday plan and has referred Grace to young carers.""",
    ["PH", "CARER"],
    [("convention", "CARER", "Sibling giving insulin is a caring responsibility."),
     ("not-coded", "FIN", "Full-time work is not FIN (conv 5).")])

add("Z029-C-blue", "2025-07-16", "Eastwold", """
Noah doing his own bolus doses on the pump now and mum checks his readings on her
phone from work. Grace no longer involved in his care.""", ["PH"],
    [("convention", "PH", "Blue box, now managing a long-term condition (conv 3)."),
     ("historical", "CARER", "'no longer involved'.")])

# Z030 Holloway Side, summer 2025: permanent exclusion in July, ASB over the summer
add("Z030-A-orange", "2025-08-08", "Holloway Side", """
Reece (13) permanently excluded from Holloway High 16/7 after assaulting a teacher,
governors upheld it. Place at Holloway Short Stay School from Sept. All summer he's
been hanging round the shops vaping and mouthing off at people, police have had 3
calls from the Mini-Mart on Vale Rd about him and his mates.""", ["EDU-EXC", "CRIME"],
    [("convention", "EDU-EXC", "Permanent exclusion this July is a current situation (a placement follows from it)."),
     ("convention", "CRIME", "Police call-outs about a young person's ASB (conv 7)."),
     ("not-coded", "SUB", "Vaping is not SUB (conv 12).")])

add("Z030-C-yellow", "2025-11-19", "Holloway Side", """
Reece attending the Short Stay School full time. Managed move to St Joseph's
planned for after Easter. No police calls since Sept.""", ["EDU-EXC"],
    [("convention", "EDU-EXC", "A planned managed move is a present EDU-EXC plan, not a conditional one."),
     ("historical", "CRIME", "'No police calls since Sept' (conv 3)."),
     ("not-coded", "EDU-ATT", "Full-time attendance, no need.")])

# ---------------------------------------------------------------- footer: write files
def main():
    ids = [n["narrative_id"] for n in N]
    assert len(ids) == len(set(ids)), "duplicate narrative ids"
    pairs = [(g[0], g[1]) for g in GOLD]
    assert len(pairs) == len(set(pairs)), "duplicate (narrative, code)"
    cols = ["narrative_id", "triage_id", "case_id", "stage", "date", "level",
            "locality", "narrative"]
    with open(os.path.join(HERE, "narratives.csv"), "w", encoding="utf-8",
              newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(cols)
        for n in N:
            w.writerow([n[c] for c in cols])
    with open(os.path.join(HERE, "gold.csv"), "w", encoding="utf-8",
              newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "code", "level"])
        for g in GOLD:
            w.writerow(g)
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8") as f:
        json.dump(TRAPS, f, indent=1, ensure_ascii=False)
        f.write("\n")

    cases = sorted({n["case_id"] for n in N})
    triages = {n["triage_id"] for n in N}
    notes = [n for n in N if not n["level"]]
    coded = {g[0] for g in GOLD}
    print(f"narratives: {len(N)} ({len(N) - len(notes)} boxed, {len(notes)} unboxed notes)")
    print(f"cases: {len(cases)}  triages: {len(triages)}  "
          f"localities: {sorted({n['locality'] for n in N})}")
    print(f"gold rows: {len(GOLD)}  narratives with no gold rows: {len(N) - len(coded)}")
    print(f"narratives with trap notes: {len(TRAPS)} "
          f"({sum(len(v) for v in TRAPS.values())} entries)")
    cc = Counter(g[1] for g in GOLD)
    print("codes: " + ", ".join(f"{c} {cc.get(c, 0)}" for c in CODES))
    lc = Counter(g[2] for g in GOLD)
    print("gold levels: " + ", ".join(f"{l} {lc.get(l, 0)}" for l in LEVELS))
    for stage in ("assessment", "closure"):
        tr = {n["triage_id"] for n in N if n["stage"] == stage}
        row = []
        for l in LEVELS:
            k = len({g[0].rsplit("-", 1)[0] for g in GOLD
                     if g[2] == l and g[0].rsplit("-", 1)[0] in tr})
            row.append(f"{l} {k}")
        print(f"{stage}: {len(tr)} triages; triages with issues at " + ", ".join(row))


if __name__ == "__main__":
    main()
