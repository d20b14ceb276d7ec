#!/usr/bin/env python3
"""Build the z100 blind gold set (families of disabled children, shire county).

Written blind from /work/shared/taxonomy.md only. Standard library only.
Writes narratives.csv, gold.csv and traps.json next to this file and prints counts.
"""
import csv, json, os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
LEVELS = ["blue", "green", "yellow", "orange", "red"]

CASES = []


def case(cid, loc, a_date, c_date):
    c = {"id": cid, "loc": loc, "A": a_date, "C": c_date, "items": []}
    CASES.append(c)
    return c


def box(c, stage, level, text, codes, traps=(), note_level=None):
    """stage 'A' or 'C'; level = box level, or None for an unboxed note
    (then note_level is the single highest cue level for its codes)."""
    c["items"].append({"stage": stage, "level": level, "text": text,
                       "codes": list(codes), "traps": [dict(type=t, code=k, note=n) for t, k, n in traps],
                       "note_level": note_level})


# ---------------------------------------------------------------- Z001
c = case("Z001", "Ashcombe", "2025-05-12", "2025-12-03")
box(c, "A", "green",
    "Alfie (9) dx ASD in 2023, on SEN support at Ashcombe Primary. SENCo has started the EHCP request with mum and is "
    "gathering evidence from the EP. GP prescibed melatonin last month as Alfie is rarely asleep before 1am.",
    ["EDU-SEND", "PH"],
    [("convention", "EDU-SEND", "ASD diagnosis + SEN support/EHCP request: EDU-SEND; a child's autism is not coded PH (judgement 1)."),
     ("convention", "PH", "Sleep problem of a school-age child is PH (conv 9); melatonin is an ongoing treatment (conv 4).")])
box(c, "A", "yellow",
    "Alfie melts down most evenings after school - hits out at mum (Gemma), threw the TV remote through the window on Tues. "
    "Gemma says she is 'running on empty', cries most days and has started sertraline from the GP. Maisie (12) takes Alfie "
    "to his room to calm him down and does his bath on the evenings Gemma works at the care home. EHW to do PBS-style work "
    "at home + young carers referral.",
    ["REL-PAR", "MH-ADULT", "CARER"],
    [("convention", "REL-PAR", "Child hitting parent is child-to-parent violence: REL-PAR, not DA (conv 8)."),
     ("not-coded", "FIN", "Mum working at a care home is not a money problem (conv 5).")])
box(c, "C", "blue",
    "Gemma using the visual timetable and the calm box; meltdowns down to 1 or 2 a week and she feels she can handle those. "
    "Maisie goes to the Thursday young carers group at Ashcombe Youth Hub and loves it.",
    ["REL-PAR", "CARER"],
    [("convention", "REL-PAR", "Blue box, behaviour at home still happening and being managed: present (conv 3)."),
     ("convention", "CARER", "Young carers group is an ongoing service for a child who cares (conv 4).")])
box(c, "C", "green",
    "EHCP finalised in Oct naming Ashcombe Primary with 1:1 support mornings. Alfie now asleep by about 10 on the melatonin.",
    ["EDU-SEND", "PH"],
    [("convention", "PH", "Improved sleep but still on melatonin: ongoing treatment codes PH (conv 4, conv 3 green managing).")])

# ---------------------------------------------------------------- Z002
c = case("Z002", "Brindley Vale", "2025-04-22", "2025-10-30")
box(c, "A", "green",
    "Sophie (6) has quadriplegic cerebral palsy, uses a powered wheelchair and is gastrostomy fed. Seen by community paeds "
    "and physio. At Oakridge Special School with an EHCP, annual review in March went well and no changes needed.",
    ["PH", "EDU-SEND"],
    [("convention", "EDU-SEND", "EHCP in place at a special school is current SEND even when the review 'went well'.")])
box(c, "A", "orange",
    "Family rent a 2nd floor flat from Vale Homes, no lift. Dad (Kyle) carries Sophie up and down 3 flights several times a "
    "day and has now done his back in, signed off sick by GP. OT says flat can't be adapted and Sophie's wheelchair has to "
    "stay in the car. On the housing register band A for a ground floor adapted property, nothing offered in 7 months. TAF "
    "with housing, OT and school set up.",
    ["HOUS", "PH"],
    [("convention", "HOUS", "Home unsuitable for a disabled child and on the register for an adapted property: HOUS (judgement 3)."),
     ("not-coded", "FIN", "Dad signed off sick, but no money or benefit problem is described (conv 5).")])
box(c, "C", "yellow",
    "Offered a 3 bed adapted bungalow in Harrowfold through Vale Homes, move date 17th Nov. Ceiling track hoist going in "
    "before they move. Kyle back at work on light duties.",
    ["HOUS", "PH"],
    [("partial", "HOUS", "Offer accepted but they still live in the unsuitable flat until 17 Nov: housing need still current."),
     ("convention", "PH", "Hoist = disability equipment for Sophie: PH (judgement 4).")])

# ---------------------------------------------------------------- Z003
c = case("Z003", "Harrowfold", "2025-06-03", "2026-01-14")
box(c, "A", "yellow",
    "Josh (14) has poorly controlled epilepsy, 3-4 tonic-clonic seizures a week, 2 admissions to Harrowfold General since "
    "April. Has buccal midazolam. Brother Callum (11) has given the midazolam himself twice when mum was out of the room and "
    "gets up in the night to check on Josh. Referred to Shire Young Carers.",
    ["PH", "CARER"])
box(c, "A", "orange",
    "Mum (Donna) told EHW she has had thoughts of 'not being here any more' since Josh's last admission, no plan or intent. "
    "GP saw her same day and referred to the crisis team, who have visited twice. Josh's dad lives in Cardiff and has no "
    "contact, not involved.",
    ["MH-ADULT"],
    [("outside", "REL-CONF", "Absent father outside the household, no conflict described: not coded (conv 6).")])
box(c, "C", "green",
    "Josh on levetiracetam as well now, seizures down to about one a fortnight. His attendence is 96% this half term.",
    ["PH"],
    [("convention", "EDU-ATT", "Good attendance with no attendance need stated in this text: pure good news, not coded (conv 3, conv 1).")])
box(c, "C", "blue",
    "Donna sees the GP every month and is on the Talking Space waiting list. Callum isn't doing night checks any more since "
    "Donna moved into Josh's room, but he still goes on the young carers trips in the holidays.",
    ["MH-ADULT", "CARER"],
    [("convention", "MH-ADULT", "Waiting list for talking therapy = ongoing service (conv 4)."),
     ("partial", "CARER", "Night checks stopped (historical) but he is still with the young carers service: present.")])

# ---------------------------------------------------------------- Z004
c = case("Z004", "Kettlemere", "2025-04-09", "2025-09-25")
box(c, "A", "yellow",
    "Riley (10) on the ADHD pathway, been waiting 14 months for the neurodevelopmental assessment. School put him on a part "
    "time timetable (mornings only) after half term when he threw a chair at a TA. Has had 2 fixed term suspensions since Sept.",
    ["EDU-SEND", "EDU-ATT", "EDU-EXC"],
    [("convention", "EDU-SEND", "'On the ADHD pathway' is EDU-SEND (conv 4).")])
box(c, "A", "orange",
    "Dad (Mark) rang police on Sat 29/3 when Riley ran off after an argument, found by officers at the rec 3 hrs later. Mark "
    "admits he shouted and grabbed Riley's arm. At home Riley is kicking doors, swearing at Mark and refusing to do anything "
    "he's asked. Mark has been a single dad since Riley's mum left in 2021 - she's in Spain, phones at Christmas, no issues between them.",
    ["SAFE-EXP", "REL-PAR"],
    [("convention", "CRIME", "Police finding a missing child is safeguarding, not CRIME (conv 7); the missing episode is SAFE-EXP."),
     ("historical", "REL-CONF", "Separation in 2021 with no current conflict: historical."),
     ("outside", "REL-CONF", "Mother lives abroad, outside the household.")])
box(c, "C", "yellow",
    "Riley diagnosed ADHD in July, started on methylphenidate. Back on a full timetable since June. Mark finished the Shire "
    "'Parenting Neurodiverse Kids' course in August.",
    ["EDU-SEND"],
    [("historical", "EDU-ATT", "Part-time timetable ended in June."),
     ("historical", "REL-PAR", "Parenting course finished; no current behaviour/parenting need in this text.")])

# ---------------------------------------------------------------- Z005
c = case("Z005", "Ashcombe", "2025-07-01", "2026-02-10")
box(c, "A", "yellow",
    "Amara (2) born at 27 weeks, chronic lung disease, on home oxygen overnight and NG fed. Not yet sitting unaided; Portage "
    "visiting fortnightly. Mum (Blessing) says she hasn't slept more than 3 hours in one go since Amara came home from NICU.",
    ["PH", "EYD"],
    [("convention", "EYD", "Under-5 developmental delay with Portage: EYD.")])
box(c, "A", "orange",
    "Blessing tearful through the visit, describes feeling 'like a machine', low mood and panic attacks at night. Husband "
    "Samuel had to return to Nigeria in May when his visa was refused; Blessing has NRPF and they are relying on food parcels "
    "from church. Referral to adult MH team and to the council's NRPF team.",
    ["MH-ADULT", "FIN"],
    [("convention", "FIN", "Food parcels / no recourse to public funds = food poverty: FIN (conv 10); no hungry child described so no SAFE-NEG."),
     ("outside", "REL-CONF", "Husband now abroad by visa refusal; no relationship conflict described.")])
box(c, "C", "yellow",
    "Blessing open to Shire Adult Mental Health, weekly CBT. NRPF team paying subsistence so the church parcels have stopped. "
    "Amara off the NG tube, still on O2 at night.",
    ["MH-ADULT", "FIN", "PH"],
    [("partial", "FIN", "Food parcels stopped, but the family still depends on NRPF subsistence support: ongoing financial support codes FIN (conv 4, judgement 7)."),
     ("partial", "PH", "NG tube over but overnight oxygen continues.")])

# ---------------------------------------------------------------- Z006
c = case("Z006", "Brindley Vale", "2025-09-08", "2026-03-05")
box(c, "A", "green",
    "Ellis (17) moderate learning disability, left Brookmead Special in July. His supported internship at Brindley College "
    "fell through in Sept and he's been at home all day since. EHCP still live, SEN team looking for another placement.",
    ["EDU-NEET", "EDU-SEND"],
    [("convention", "EDU-NEET", "16+ not in education/training: EDU-NEET only, no FIN (conv 11).")])
box(c, "A", "yellow",
    "Mum (Tracy), lone parent, gave up her job at the Co-op to be around for Ellis. On UC + Carer's Allowance but UC "
    "deductions for an advance leave her about £80 short every month; used Brindley food bank twice in Aug. Tracy's sister "
    "2 doors down has Ellis for tea Fridays and Tracy goes to the parent carer forum coffee morning.",
    ["FIN"],
    [("convention", "CARER", "'Parent carer' and Carer's Allowance do not imply CARER (conv 5, conv 12)."),
     ("convention", "FIN", "Benefit deductions, shortfall and food bank = FIN (conv 5, conv 10).")])
box(c, "C", "green",
    "Ellis started at Brindley College on Pathways to Work 3 days a week with LSA support, now travel trained on the 42 bus.",
    ["EDU-SEND"],
    [("historical", "EDU-NEET", "Now in college: NEET over."),
     ("not-coded", "EDU-ATT", "A 3-day college timetable is the course pattern, not an attendance problem.")])

# ---------------------------------------------------------------- Z007
c = case("Z007", "Harrowfold", "2025-05-19", "2026-01-28")
box(c, "A", "orange",
    "Lily (13) autistic (dx 2022), not been in school since Easter, attendance 34%. Severe anxiety about school and "
    "self-harming by cutting her arms; open to CAMHS since February.",
    ["EDU-SEND", "EDU-ATT", "MH-CHILD"])
box(c, "A", "yellow",
    "Parents (Sarah and Tom) can't agree on how to handle things with Lily, rowing most nights and Tom has moved into "
    "the spare room. Both say it's never been physical, no DA. Lily's brother Harry (8) doing well at Harrowfold C of E.",
    ["REL-CONF"],
    [("negated", "DA", "'never been physical, no DA'."),
     ("convention", "EDU-ATT", "Harry 'doing well at school' is pure good news with no need stated: not coded (conv 3).")])
box(c, "C", "yellow",
    "Lily started at Fernbrook autism base in Jan on a phased timetable, mornings only for now. Still with CAMHS; self-harm "
    "less frequent, last time was 2 weeks ago. Sarah and Tom have had 2 Relate sessions and are arguing less.",
    ["EDU-SEND", "EDU-ATT", "MH-CHILD", "REL-CONF"],
    [("partial", "EDU-ATT", "Phased (mornings-only) timetable is a current part-time timetable."),
     ("partial", "REL-CONF", "'arguing less' = still arguing: present.")])

# ---------------------------------------------------------------- Z008
c = case("Z008", "Kettlemere", "2025-09-15", "2026-03-19")
box(c, "A", "orange",
    "Kieran (15) autism and severe LD, non-verbal, at Brookmead Special. Now as tall as an adult. He has attacked mum "
    "(Angela) 4 times this month - bit her forearm, pulled hair out. Police attended 12/9 after a neighbour heard screaming, NFA.",
    ["EDU-SEND", "REL-PAR", "CRIME"],
    [("convention", "CRIME", "Child-to-parent violence with police attending: REL-PAR plus CRIME, not DA (conv 7, conv 8)."),
     ("convention", "CRIME", "The neighbour only called police; nothing is coded for the neighbour, CRIME comes from the police call-out about Kieran.")])
box(c, "A", "red",
    "Open to CWD team SW on a s17 CIN plan. Kieran is doubly incontinent and needs full personal care; short breaks 2 "
    "nights/month at Willowbank plus direct payments for a PA 6 hrs a week.",
    ["PH"],
    [("not-coded", "", "CIN plan, short breaks and direct payments are services, not issue codes; the incontinence is the coded need (PH).")])
box(c, "A", "yellow",
    "Sister Chloe (16) does most of Kieran's personal care after school while Angela is at work. Her Y11 grades have "
    "dropped, she says she has no time for coursework. Not known to young carers service.",
    ["CARER"],
    [("not-coded", "EDU-ATT", "Falling grades are not attendance, exclusion, NEET or SEND: no education code."),
     ("convention", "CARER", "'Not known to young carers' negates the service, not the caring.")])
box(c, "C", "red",
    "Still on CIN plan. Short breaks up to 3 nights/month. No police involvement since October; PBS plan from the CAMHS LD "
    "team and aggression down to about once a fortnight.",
    ["MH-CHILD", "REL-PAR"],
    [("historical", "CRIME", "No police involvement since October."),
     ("convention", "MH-CHILD", "CAMHS (LD team) named as an ongoing service codes MH-CHILD (taxonomy, conv 4)."),
     ("partial", "REL-PAR", "Aggression reduced but still fortnightly: present.")])

# ---------------------------------------------------------------- Z009
c = case("Z009", "Ashcombe", "2025-06-16", "2025-12-11")
box(c, "A", "green",
    "Poppy (4) has Down's syndrome, heart repair at 6 months, yearly cardiology review. At Little Acorns nursery 30 hrs; "
    "signs with Makaton, very few words, not toilet trained yet.",
    ["PH", "EYD"])
box(c, "A", "yellow",
    "Mum (Kerry) fled DA from Poppy's father in 2020; he is in prison and there's no contact. Kerry has started the Freedom "
    "Programme with Ashcombe Women's Aid because she still gets flashbacks, and the GP has diagnosed PTSD.",
    ["DA", "MH-ADULT"],
    [("convention", "DA", "Abuse itself ended in 2020, but the current Freedom Programme codes DA (conv 4)."),
     ("outside", "CRIME", "Father in prison is outside the household: not CRIME (conv 6).")])
box(c, "C", "blue",
    "Kerry finished the Freedom Programme in Oct and says she doesn't feel she needs any more support around DA. Poppy's "
    "EHCP names Brookmead Special from next Sept; Kerry and her mum have been to look round.",
    ["EDU-SEND"],
    [("historical", "DA", "Programme finished, no current DA need."),
     ("convention", "EDU-SEND", "Under-5 with an EHCP naming a special school: EDU-SEND (not EYD, no development point stated).")])

# ---------------------------------------------------------------- Z010
c = case("Z010", "Brindley Vale", "2025-10-08", "2026-02-18")
box(c, "A", "yellow",
    "Twins Ava and Isla (7) both autistic, Ava also ADHD; Ava has had 2 lunchtime exclusions this term for biting. Mum "
    "(Rachel) has MS and uses a scooter outside the house. Eldest Ben (13) gets the twins up, dressed and onto the school bus "
    "most mornings as Rachel's fatigue is worst first thing.",
    ["EDU-SEND", "EDU-EXC", "PH", "CARER"],
    [("convention", "PH", "Parent's MS = physical health of a family member.")])
box(c, "A", "orange",
    "Rachel's partner Dean moved out in Aug after a row. Since then he turns up drunk, shouts abuse through the letterbox and "
    "has kept her bank card. Police called twice, non-mol application submitted.",
    ["DA"],
    [("outside", "SUB", "Ex-partner's drinking: outside the household (conv 6)."),
     ("convention", "CRIME", "Ex-partner's conduct towards the adult victim is DA only (conv 7)."),
     ("not-coded", "FIN", "Bank card withheld is economic abuse (DA); no money problem described for the family.")])
box(c, "C", "yellow",
    "Non-mol granted in Nov and no breaches. Rachel now has a PA from adult social care 3 mornings a week so Ben does less; "
    "he's going to Vale Young Carers every other Weds.",
    ["DA", "CARER"],
    [("convention", "DA", "A non-molestation order in force is a current DA protective measure: present (judgement 8)."),
     ("partial", "CARER", "Ben 'does less' and attends young carers: still a young carer.")])

# ---------------------------------------------------------------- Z011
c = case("Z011", "Kettlemere", "2025-06-24", "2026-01-07")
box(c, "A", "yellow",
    "Mia (8) ADHD, on the waiting list for an ASD assessment. Sleeps 4-5 hrs a night and is up wandering; mum (Jade) is awake "
    "with her most nights. Paeds has referred to the sleep clinic.",
    ["EDU-SEND", "PH"])
box(c, "A", "orange",
    "6 of them in a 2 bed private rented terrace; Mia shares a room with her sisters (5 and 11). Landlord served a s21 last "
    "month. Housing Options have opened a prevention case.",
    ["HOUS"])
box(c, "A", "green",
    "Jade says she's knackered but 'it is what it is'. Denies low mood, had a GP health check last week, all fine.",
    [],
    [("negated", "MH-ADULT", "'Denies low mood'."),
     ("not-coded", "MH-ADULT", "Tiredness alone is not coded as parental mental health (judgement 5)."),
     ("negated", "PH", "GP health check 'all fine'.")])
box(c, "C", "orange",
    "Family moved into TA at Kettlemere Court (2 rooms) in Dec, on the housing register. Very cramped.",
    ["HOUS"])

# ---------------------------------------------------------------- Z012
c = case("Z012", "Ashcombe", "2025-07-14", "2026-03-02")
box(c, "A", "blue",
    "Dylan (11) has Duchenne MD and can walk short distances. Parents very on top of things: daily physio stretches at home, "
    "manage his steroids, and get a lot from the Duchenne parents' network.",
    ["PH"],
    [("convention", "PH", "Blue box: condition the family is managing itself is present (conv 3).")])
box(c, "A", "yellow",
    "Parents worried that if Dylan loses walking he'll need a downstairs bedroom and wet room, their bathroom is upstairs. OT "
    "will assess if things change; a DFG might be needed in the future. No housing issue at the moment.",
    [],
    [("hypothetical", "HOUS", "Adaptation need only 'if' he loses walking; 'no housing issue at the moment'."),
     ("hypothetical", "PH", "Only a possible future decline is described; no current health need in this box's text.")])
box(c, "C", "green",
    "Dylan's walking has got worse and he uses his wheelchair indoors now. OT assessed in Jan, downstairs extension "
    "recommended and DFG application in with Ashcombe DC. EHCP reviewed at Ashcombe High to add lift access.",
    ["PH", "HOUS", "EDU-SEND"],
    [("convention", "HOUS", "Home now unsuitable, extension/DFG needed: HOUS (judgement 3).")])

# ---------------------------------------------------------------- Z013
c = case("Z013", "Brindley Vale", "2025-10-13", "2026-02-26")
box(c, "A", "yellow",
    "Noah (12) attends Fernbrook Special (ASD) 14 miles away. SEN transport changed provider in Sept and the new taxi is late "
    "or doesn't turn up; Noah has missed 11 days this term. Mum (Chelsea) doesn't drive, has complained to SEN Transport twice.",
    ["EDU-SEND", "EDU-ATT"],
    [("convention", "EDU-ATT", "School transport failure coded by its effect: missed school days (judgement 6).")])
box(c, "A", "green",
    "EHCP annual review 3/10, school say he's making good progress. GP treating his constipation with movicol.",
    ["EDU-SEND", "PH"],
    [("convention", "EDU-SEND", "EHCP in place with good progress is still current SEND (not pure good news: the need is stated).")])
box(c, "C", "green",
    "New driver and passenger assistant since Jan, taxi reliable, Noah hasn't missed a day since.",
    [],
    [("historical", "EDU-ATT", "Missed days ended in Jan."),
     ("not-coded", "EDU-SEND", "Transport arrangement alone, no SEN named in this text.")])
box(c, "C", "blue", "N/A", [])

# ---------------------------------------------------------------- Z014
c = case("Z014", "Harrowfold", "2025-05-06", "2025-11-25")
box(c, "A", "red",
    "S47 completed after Harvey (3), who has global developmental delay and epilepsy, was found alone in the flat by a "
    "neighbour while mum (Stacey) went to the shop. ICPC 2/5, CP plan under neglect. Stacey admits smoking cannabis daily.",
    ["SAFE-NEG", "SUB", "PH", "EYD"],
    [("convention", "SUB", "Cannabis is drug use; only tobacco/vaping is excluded (conv 12)."),
     ("convention", "SAFE-NEG", "The neighbour (outside) only found him; SAFE-NEG is for mum's supervision failure.")])
box(c, "A", "orange",
    "Stacey's partner Liam (not Harvey's dad) lives at the flat and is on licence for supplying; probation aware. Black mould "
    "in both bedrooms, Harvey has had 3 chest infections since Jan. Harvey missed 2 neurology appts and his epilepsy meds ran "
    "out for 4 days in April.",
    ["CRIME", "HOUS", "PH"],
    [("convention", "CRIME", "Household adult on licence: CRIME (conv 7); the supply offence is not SUB."),
     ("convention", "SAFE-NEG", "Missed appointments/meds are PH per the taxonomy's PH definition; not separately coded as neglect here.")])
box(c, "C", "red",
    "Remains on CP plan. Stacey engaging with Harrowfold Drug and Alcohol Service, tests show use reducing. Harvey now at "
    "Sunbeams nursery 15 hrs with 1:1 funding.",
    ["SUB", "EYD"],
    [("not-coded", "SAFE-NEG", "'Remains on CP plan' is a level cue only; no neglect category or condition is stated in this text."),
     ("partial", "SUB", "Use reducing, still engaged with the service: present."),
     ("convention", "EYD", "Under-5 nursery place with 1:1 funding for delay: EYD.")])

# ---------------------------------------------------------------- Z015
c = case("Z015", "Kettlemere", "2025-09-29", "2026-03-12")
box(c, "A", "yellow",
    "Dad (Gareth) has approx £6k on credit cards from gambling, now self-excluded from the betting apps with GamStop. Mum "
    "(Priya) found out in Aug and they row about money most nights. Arjun (6) autistic, non-verbal, EHCP with full-time 1:1 "
    "at Kettlemere Infants.",
    ["FIN", "REL-CONF", "EDU-SEND"],
    [("convention", "SUB", "Gambling debts are FIN, not SUB (conv 10); 'self-excluded' is not a school exclusion.")])
box(c, "A", "blue",
    "Dev (17) doing A levels at sixth form; parents say he doesn't do any caring for Arjun, they want him to focus on uni applications.",
    [],
    [("negated", "CARER", "'doesn't do any caring'."),
     ("not-coded", "EDU-NEET", "17-year-old in sixth form: not NEET.")])
box(c, "C", "yellow",
    "Gareth seeing GamCare weekly. Debt management plan through StepChange, paying £150/month. Priya says the arguments have stopped.",
    ["FIN"],
    [("historical", "REL-CONF", "'arguments have stopped'."),
     ("convention", "SUB", "GamCare is gambling support, not substance misuse (conv 10).")])

# ---------------------------------------------------------------- Z016
c = case("Z016", "Ashcombe", "2025-09-10", "2026-01-22")
box(c, "A", "green",
    "Zainab (5) profoundly deaf, bilateral cochlear implants. In Reception at St Mark's, Teacher of the Deaf visiting weekly, "
    "EHC needs assessment under way.",
    ["PH", "EDU-SEND"],
    [("convention", "EYD", "School-age child (in Reception): language/SEN is EDU-SEND, not EYD (conv 9).")])
box(c, "A", "yellow",
    "Parents (Fatima and Imran) have limited English and missed 3 audiology appointments as they couldn't read the letters. "
    "Family support worker arranging an interpreter and going with them to the next one.",
    ["PH"])
box(c, "C", "green",
    "EHCP finalised in Dec. Hospital now books an interpreter for every audiology appt and none missed since Oct.",
    ["EDU-SEND", "PH"],
    [("partial", "PH", "Missed appointments are historical, but ongoing audiology care codes PH (conv 4).")])
box(c, "C", "blue", "nil", [])

# ---------------------------------------------------------------- Z017
c = case("Z017", "Brindley Vale", "2025-07-22", "2026-02-04")
box(c, "A", "orange",
    "Tyler (15) ADHD, stopped taking his meds in spring. Permanently excluded from Brindley Academy in June, at Vale PRU "
    "2 hrs a day. Arrested in July in Kettlemere with 12 wraps of crack, police believe he's running a county line; NRM "
    "referral made, YOS worker allocated.",
    ["EDU-SEND", "EDU-EXC", "EDU-ATT", "SAFE-EXP", "CRIME"],
    [("convention", "SUB", "Drugs found on an exploited child: SAFE-EXP + CRIME, not SUB (conv 12)."),
     ("convention", "EDU-ATT", "2 hours a day at the PRU = part-time timetable.")])
box(c, "A", "yellow",
    "Mum (Nicola) says she has no control over him: in at 2am, smashed his bedroom door. His brother Kai (9) has cerebral "
    "palsy and Nicola worries she can't keep Kai safe when Tyler kicks off.",
    ["REL-PAR", "PH"])
box(c, "C", "orange",
    "Tyler still on a referral order with YOS, reparation nearly done. No missing episodes since Dec and no new arrests.",
    ["CRIME"],
    [("historical", "SAFE-EXP", "No missing episodes since Dec."),
     ("convention", "CRIME", "Current referral order/YOS = youth justice (conv 7).")])
box(c, "C", "yellow",
    "Tyler back on his ADHD meds since Jan through GP shared care.",
    ["EDU-SEND"],
    [("convention", "EDU-SEND", "ADHD treatment codes EDU-SEND like the ADHD pathway (conv 4); not PH (judgement 1).")])

# ---------------------------------------------------------------- Z018
c = case("Z018", "Kettlemere", "2025-10-20", "2026-03-26")
box(c, "A", "yellow",
    "Grace (16) has epilepsy and a mild LD, on the supported learning course at Kettlemere College. Has started seeing a "
    "22 yr old man she met online who picks her up from college; she won't say where they go.",
    ["PH", "EDU-SEND", "SAFE-EXP"],
    [("convention", "SAFE-EXP", "Online contact with an older adult and secrecy = grooming risk, present.")])
box(c, "A", "green",
    "Mum (Julie) says if Grace stopped her meds the seizures would come back but she's not aware of any missed doses. GP "
    "annual epilepsy review due next month.",
    ["PH"],
    [("partial", "PH", "The 'if she stopped her meds' clause is hypothetical, but the epilepsy under GP review is a current condition: PH present.")])
box(c, "C", "orange",
    "Grace went missing overnight on 3/1, found by police at the man's flat in Harrowfold. Police have issued him a Child "
    "Abduction Warning Notice. Exploitation Hub involved.",
    ["SAFE-EXP"],
    [("outside", "CRIME", "The man's conduct is outside the household; police finding Grace is safeguarding (conv 6, conv 7).")])

# ---------------------------------------------------------------- Z019
c = case("Z019", "Ashcombe", "2025-05-28", "2025-12-16")
box(c, "A", "yellow",
    "Ethan (10) autistic with a PDA profile, electively home educated since Y4 when his school couldn't meet his needs. EHE "
    "officer visits once a year. Mum (Zoe) has GAD, on the Talking Therapies waiting list.",
    ["EDU-SEND", "MH-ADULT"],
    [("not-coded", "EDU-ATT", "Elective home education is lawful, not absence from a school roll (judgement 9).")])
box(c, "A", "green",
    "Ethan's sister Ruby (14) at Ashcombe High, Y9, predicted good grades. Zoe is clear Ruby has no caring role for Ethan.",
    [],
    [("negated", "CARER", "'no caring role'.")])
box(c, "C", "blue",
    "Zoe finished 8 sessions of CBT in Nov. Uses the breathing app when she feels panicky and says the anxiety is much more manageable.",
    ["MH-ADULT"],
    [("partial", "MH-ADULT", "Therapy finished but she is still managing anxiety: present in a blue box (conv 3).")])

# ---------------------------------------------------------------- Z020
c = case("Z020", "Brindley Vale", "2025-10-01", "2026-03-16")
box(c, "A", "yellow",
    "Jacob (9) has Rett syndrome, non-mobile, gastrostomy fed, frequent admissions. Sister Olivia (12) helps with his feeds "
    "and meds before school when Dad (Paul) is on earlies and has been late to school 9 times since Sept.",
    ["PH", "CARER", "EDU-ATT"],
    [("convention", "FIN", "Dad on early shifts is not FIN (conv 5).")])
box(c, "A", "green",
    "Baby Theo (7 months) thriving, HV happy with his development. Mum (Hannah) had PND after Olivia was born in 2013, nothing since.",
    [],
    [("historical", "MH-ADULT", "PND in 2013, nothing since."),
     ("convention", "EYD", "Pure good news about development, no need stated (conv 3).")])
box(c, "C", "yellow",
    "Olivia had a young carers assessment and now has a mentor at school through Vale Young Carers. Jacob had one admission "
    "this term; community nurses visit weekly for his gastrostomy site.",
    ["CARER", "PH"])

# ---------------------------------------------------------------- Z021
c = case("Z021", "Kettlemere", "2025-08-11", "2026-01-29")
box(c, "A", "orange",
    "Kettlemere Homes got a possession order for rent arrears of £2,300, eviction booked for 14/10. Mum (Michelle) struggles "
    "to read and didn't understand the letters. TAF with housing officer, school and EHW.",
    ["HOUS", "FIN"],
    [("not-coded", "", "Mum's literacy difficulty has no code; no disability or SEND is stated for her.")])
box(c, "A", "yellow",
    "Connor (7) has ADHD, takes his meds at school. No routine at home: no set bedtime, on the Xbox til midnight, crisps for "
    "tea most nights. Kitchen piled with dirty pots and dog mess in the back garden.",
    ["EDU-SEND", "REL-PAR", "SAFE-NEG"],
    [("convention", "PH", "Late bedtime from absent routine is parenting (REL-PAR), not a sleep disorder (judgement 10)."),
     ("convention", "SAFE-NEG", "Home conditions and poor basic food = neglect (conv 10).")])
box(c, "C", "yellow",
    "Eviction cancelled after a £900 DHP and a repayment plan of £15/week on top of rent. Michelle has a Citizens Advice "
    "appointment for a benefit check.",
    ["FIN"],
    [("historical", "HOUS", "Eviction cancelled: housing threat over."),
     ("partial", "FIN", "Arrears still being repaid: FIN present.")])

# ---------------------------------------------------------------- Z022
c = case("Z022", "Harrowfold", "2025-09-02", "2026-02-12")
box(c, "A", "orange",
    "Mum (Kirsty) was detained under s2 in July, diagnosed bipolar, now home under the CMHT. Dad (Lee) has taken carer's leave from work.",
    ["MH-ADULT"],
    [("convention", "CARER", "An adult taking carer's leave is not CARER (conv 12)."),
     ("not-coded", "FIN", "Leave from work, no money problem described (conv 5).")])
box(c, "A", "yellow",
    "Oscar (11) autistic, on SEN support, waiting on the outcome of his EHC needs assessment. More withdrawn since mum's "
    "admission, not eating much, denies self-harm or suicidal thoughts. School counsellor seeing him weekly.",
    ["EDU-SEND", "MH-CHILD"],
    [("partial", "MH-CHILD", "Self-harm denied, but withdrawal and counselling are present."),
     ("not-coded", "PH", "'Not eating much' is part of the emotional withdrawal described, not a physical health need.")])
box(c, "A", "green",
    "Amelia (15) cooks tea 3 nights a week and checks mum has taken her tablets; school know and are keeping an eye.",
    ["CARER"])
box(c, "C", "blue",
    "Kirsty stable on lithium, sees her CPN monthly. Lee back at work full time and Amelia isn't doing any caring now.",
    ["MH-ADULT"],
    [("historical", "CARER", "'isn't doing any caring now'."),
     ("convention", "MH-ADULT", "Stable but on ongoing treatment: present (conv 3, conv 4).")])

# ---------------------------------------------------------------- Z023
c = case("Z023", "Ashcombe", "2025-04-28", "2025-10-23")
box(c, "A", "green",
    "Leo (3) not talking yet, lines up his toys, no pointing. HV has referred to community paeds for ASD assessment. Nursery "
    "SENCo applying for Early Years inclusion funding.",
    ["EYD", "EDU-SEND"],
    [("convention", "EDU-SEND", "'Assessment for ASD' is listed under EDU-SEND; speech delay under 5 is EYD (conv 9): both.")])
box(c, "A", "yellow",
    "Parents seperated in Feb and are in dispute over contact; dad (Aaron) says mum is stopping him seeing Leo and has gone "
    "to court. Neither parent alleges any DA.",
    ["REL-CONF"],
    [("negated", "DA", "'Neither parent alleges any DA'.")])
box(c, "C", "blue",
    "Child arrangements order made in Sept - alternate weekends with Aaron and both sticking to it. Leo now has about 10 "
    "words and uses PECS at home too.",
    ["REL-CONF", "EYD"],
    [("convention", "REL-CONF", "Separated parents now managing contact under a court order: present in a blue box (conv 3; judgement 8)."),
     ("partial", "EYD", "Speech improving but still delayed and supported with PECS.")])

# ---------------------------------------------------------------- Z024
c = case("Z024", "Brindley Vale", "2025-06-09", "2026-01-19")
box(c, "A", "yellow",
    "Megan (14) has spina bifida, wheelchair user, self-catheterises at school. A group of Y10 girls call her names and film "
    "her, videos have been posted on TikTok.",
    ["PH", "SAFE-EXP"],
    [("convention", "SAFE-EXP", "Bullying by peers is the child's need, not an outside-household mention.")])
box(c, "A", "orange",
    "Megan told the school nurse she has thought about ending her life because of the bullying. Urgent CAMHS referral, seen "
    "within 48 hrs, safety plan in place.",
    ["MH-CHILD", "SAFE-EXP"])
box(c, "C", "green",
    "The girls were suspended and the videos have been removed; Megan says school feels OK now. On the CAMHS waiting list for "
    "follow-up therapy.",
    ["MH-CHILD"],
    [("outside", "EDU-EXC", "Suspension of other pupils: outside the household."),
     ("historical", "SAFE-EXP", "Bullying stopped, videos removed.")])

# ---------------------------------------------------------------- Z025
c = case("Z025", "Kettlemere", "2025-07-07", "2025-12-08")
box(c, "A", "yellow",
    "Pat (68), Jayden's nan, has been his kinship carer under an SGO since 2022. Jayden (8) has FASD and ADHD. Pat's "
    "arthritis means she can't bath him and she relies on her husband Ray.",
    ["EDU-SEND", "PH"],
    [("convention", "CARER", "Kinship carer is an adult: not CARER (conv 12).")])
box(c, "A", "green",
    "SGO allowance reviewed in June and Pat says money is OK. School say Jayden can't sit still in class, SENCo has put a support plan in place.",
    ["EDU-SEND"],
    [("negated", "FIN", "'money is OK'; allowance name alone is not FIN (conv 5).")])
box(c, "C", "blue",
    "OT bath lift fitted for Pat's arthritis, Ray does Jayden's bath and Pat supervises. Pat has joined the kinship carers peer group.",
    ["PH"],
    [("convention", "PH", "Managing her arthritis with equipment: present in a blue box (conv 3)."),
     ("convention", "CARER", "Kinship carers' group is not CARER (conv 12).")])

# ---------------------------------------------------------------- Z026
c = case("Z026", "Harrowfold", "2025-06-30", "2026-01-08")
box(c, "A", "orange",
    "Dad (Steve) lost his job in May and is drinking heavily, 8-10 cans a day; referred to Harrowfold Recovery but hasn't "
    "gone. Mum (Louise) says he has never been aggressive. Finley (10) has hemiplegic CP and wears AFOs.",
    ["SUB", "FIN", "PH"],
    [("negated", "DA", "'never been aggressive'."),
     ("convention", "FIN", "Adult job loss = worklessness (conv 11).")])
box(c, "A", "yellow",
    "Finley's home physio not being done, he's outgrown his splints and missed his orthotics appointment. Louise picking up "
    "extra shifts. Eldest Courtney (17) dropped out of college in March and is at home most days.",
    ["PH", "EDU-NEET"],
    [("convention", "FIN", "Extra shifts are not FIN (conv 5)."),
     ("convention", "EDU-NEET", "17-year-old out of college: EDU-NEET only (conv 11).")])
box(c, "C", "yellow",
    "Steve engaging with Recovery, 6 weeks alcohol free, and going to the Shire Works job club. Courtney has started an "
    "apprenticeship at a garage.",
    ["SUB", "FIN"],
    [("partial", "SUB", "Alcohol free 6 weeks but still in treatment: present (conv 4)."),
     ("convention", "FIN", "Employment support = worklessness still current."),
     ("historical", "EDU-NEET", "Now in an apprenticeship.")])

# ---------------------------------------------------------------- Z027
c = case("Z027", "Ashcombe", "2025-08-04", "2026-02-23")
box(c, "A", "yellow",
    "Two of the 4 children are disabled: Aisha (9) cerebral palsy, Yusuf (6) autism. Yusuf's DLA was stopped at renewal, mum "
    "(Amina) has asked for a mandatory reconsideration; they are about £400 a month short and have used Ashcombe food bank.",
    ["PH", "EDU-SEND", "FIN"],
    [("convention", "FIN", "Benefit stopped + shortfall + food bank: FIN (conv 5, conv 10)."),
     ("convention", "EDU-SEND", "Child's autism coded EDU-SEND (judgement 1).")])
box(c, "A", "orange",
    "Family of 6 in a 3 bed 2nd floor flat, damp in the children's bedroom. Aisha's wheelchair has to be left in the communal "
    "hallway. Housing Options and Environmental Health involved.",
    ["HOUS", "PH"],
    [("convention", "PH", "Wheelchair use = disability (judgement 4).")])
box(c, "C", "yellow",
    "DLA reinstated on appeal and backdated. Still on the housing register for a bigger adapted house, bid on 3 so far.",
    ["HOUS"],
    [("historical", "FIN", "Benefit problem resolved on appeal."),
     ("not-coded", "PH", "'Adapted house' alone names no condition in this text.")])

# ---------------------------------------------------------------- Z028 (unboxed notes)
c = case("Z028", "Brindley Vale", "2025-05-14", "2025-10-09")
box(c, "A", None,
    "Phone call with mum (Kayleigh). Tommy (6) still not sleeping, wakes 2-3 times a night screaming; GP has referred him to "
    "paeds. Kayleigh has booked onto the Incredible Years parenting course at the children's centre for help with his "
    "tantrums, which are daily and can last an hour.",
    ["PH", "REL-PAR"],
    [("convention", "", "Unboxed: highest cue is a parenting course (yellow) over GP (green) (conv 2).")],
    note_level="yellow")
box(c, "C", None,
    "Closure call. Tommy now sleeps through most nights, still wakes once or twice a week and Kayleigh follows the settling "
    "plan. Tantrums shorter and she says she can manage them with the strategies she learnt. Signposted to the Sleep Tight "
    "Shire website.",
    ["PH", "REL-PAR"],
    [("convention", "", "Unboxed: only cue is signposting the family acts on (blue) (conv 2); managing counts as present (conv 3, judgement 11).")],
    note_level="blue")

# ---------------------------------------------------------------- Z029 (unboxed notes)
c = case("Z029", "Kettlemere", "2025-11-03", "2026-04-01")
box(c, "A", None,
    "Met SENCo at Kettlemere Juniors re Ruby-Mae (9). She has dyspraxia and is on the waiting list for an ASD assessment; "
    "struggles with handwriting and PE. Added to SEN support register. Mum says no problems at home.",
    ["EDU-SEND"],
    [("negated", "REL-PAR", "'no problems at home'."),
     ("convention", "", "Unboxed: SENCO/school only = green (conv 2).")],
    note_level="green")
box(c, "C", None,
    "SEN support plan reviewed at school, she now has a laptop for written work. ASD assessment booked for May. Mum happy for the case to close.",
    ["EDU-SEND"],
    [("convention", "", "Unboxed: school only = green (conv 2).")],
    note_level="green")

# ---------------------------------------------------------------- Z030 (unboxed notes)
c = case("Z030", "Harrowfold", "2025-09-17", "2026-03-04")
box(c, "A", None,
    "TAF meeting at Oakridge Special. Present: mum, EHW, class teacher, school nurse, CAMHS LD nurse. Kacper (12) severe LD "
    "and epilepsy; headbanging and hitting himself much more since puberty started, CAMHS LD have started risperidone. Mum "
    "(Agnieszka) hasn't had a full night's sleep in weeks, feels hopeless; GP started her on antidepressants.",
    ["EDU-SEND", "PH", "MH-CHILD", "MH-ADULT"],
    [("convention", "", "Unboxed: TAF and CAMHS = orange, the highest cue (conv 2)."),
     ("convention", "MH-CHILD", "Self-injury treated by CAMHS LD: MH-CHILD (service implies need).")],
    note_level="orange")
box(c, "C", None,
    "Closure summary. Kacper's self-injury reduced on risperidone. Short breaks from the CWD early support offer one weekend "
    "a month, Agnieszka says she's sleeping better. EHCP annual review done in Feb, placement continues.",
    ["MH-CHILD", "EDU-SEND"],
    [("convention", "", "Unboxed: short breaks = one extra service (yellow), highest cue (conv 2; judgement 12)."),
     ("convention", "PH", "Mum 'sleeping better' is good news with no need stated in this text: not coded (conv 3)."),
     ("partial", "MH-CHILD", "Self-injury reduced but continuing on medication: present.")],
    note_level="yellow")

# ---------------------------------------------------------------- Z031 (unboxed notes)
c = case("Z031", "Ashcombe", "2025-04-15", "2025-09-30")
box(c, "A", None,
    "Duty call from mum (Sian). Kai (7), ADHD, was suspended for 2 days last week for hitting a dinner lady and school have "
    "said he's at risk of permanent exclusion. At home he hits his sister and throws things when told no. Allocated to EHW "
    "for parenting support.",
    ["EDU-SEND", "EDU-EXC", "REL-PAR"],
    [("convention", "EDU-EXC", "'At risk of permanent exclusion' is a current risk, listed under EDU-EXC, not a hypothetical."),
     ("convention", "", "Unboxed: EHW = yellow, highest cue (conv 2).")],
    note_level="yellow")
box(c, "C", None,
    "Closure. No further suspensions since April, behaviour plan written with SENCo is working. Sian uses a reward chart at "
    "home and says she can manage now, signposted to ADHD Foundation resources.",
    ["EDU-SEND", "EDU-EXC", "REL-PAR"],
    [("partial", "EDU-EXC", "Suspensions historical, but behaviour at school is still managed through a current behaviour plan (conv 3, judgement 11)."),
     ("convention", "EDU-SEND", "SENCO involvement codes EDU-SEND."),
     ("convention", "", "Unboxed: SENCO (green) beats signposting (blue) (conv 2).")],
    note_level="green")


# ---------------------------------------------------------------- write
def main():
    nrows, grows, traps = [], [], {}
    ids = set()
    for c in CASES:
        for it in c["items"]:
            stage = "assessment" if it["stage"] == "A" else "closure"
            tid = f'{c["id"]}-{it["stage"]}'
            lev = it["level"]
            nid = f"{tid}-{lev}" if lev else f"{tid}-note"
            assert nid not in ids, nid
            ids.add(nid)
            date = c[it["stage"]]
            nrows.append([nid, tid, c["id"], stage, date, lev or "", c["loc"], it["text"]])
            glev = lev or it["note_level"]
            assert glev in LEVELS, nid
            seen = set()
            for code in it["codes"]:
                assert code not in seen, (nid, code)
                seen.add(code)
                grows.append([nid, code, glev])
            if it["traps"]:
                traps[nid] = it["traps"]
    with open(os.path.join(HERE, "narratives.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"])
        w.writerows(nrows)
    with open(os.path.join(HERE, "gold.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "code", "level"])
        w.writerows(grows)
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8", newline="\r\n") as f:
        json.dump(traps, f, indent=1, ensure_ascii=False)
        f.write("\n")
    cases = {r[2] for r in nrows}
    triages = {r[1] for r in nrows}
    notes = sum(1 for r in nrows if not r[5])
    empty = sum(1 for r in nrows if r[0] not in {g[0] for g in grows})
    print(f"cases {len(cases)}, triages {len(triages)}, narratives {len(nrows)} (unboxed notes {notes}), "
          f"gold rows {len(grows)}, narratives with no gold {empty}, trap entries {sum(len(v) for v in traps.values())}")
    print("by code:", dict(sorted(Counter(g[1] for g in grows).items())))
    print("by level:", dict(Counter(g[2] for g in grows)))
    print("by stage:", dict(Counter(r[3] for r in nrows)))


if __name__ == "__main__":
    main()
