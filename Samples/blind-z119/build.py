#!/usr/bin/env python3
"""Blind gold set z119: farming and rural families in the Herefordshire / Welsh border hills, 2025-26.

Every narrative, its gold codes and its trap notes are written here, one narrative at a time.
Writes narratives.csv, gold.csv and traps.json (UTF-8, no BOM, CRLF) and prints counts.
Coded strictly from /work/shared/taxonomy.md (conventions cited as C1..C12).
All people, places, schools and services are invented.
"""
import csv
import json
import os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))

# case_id -> (locality, assessment date, closure date)
CASES = {
    "Z001": ("Pengarth", "2025-03-12", "2025-09-24"),
    "Z002": ("Brynhafod", "2025-03-03", "2025-08-18"),
    "Z003": ("Stowbrook", "2025-01-27", "2025-07-09"),
    "Z004": ("Hendre Cross", "2025-02-10", "2025-11-20"),
    "Z005": ("Pengarth", "2025-04-02", "2025-10-15"),
    "Z006": ("Brynhafod", "2025-05-14", "2025-10-01"),
    "Z007": ("Stowbrook", "2025-01-15", "2025-06-26"),
    "Z008": ("Hendre Cross", "2025-05-28", "2025-10-30"),
    "Z009": ("Pengarth", "2025-04-28", "2025-12-03"),
    "Z010": ("Brynhafod", "2025-10-06", "2026-03-19"),
    "Z011": ("Stowbrook", "2025-09-17", "2026-02-25"),
    "Z012": ("Hendre Cross", "2025-11-12", "2026-03-04"),
    "Z013": ("Pengarth", "2025-05-06", "2025-12-10"),
    "Z014": ("Brynhafod", "2025-09-22", "2026-02-11"),
    "Z015": ("Stowbrook", "2025-09-30", "2026-04-22"),
    "Z016": ("Hendre Cross", "2025-04-09", "2025-10-22"),
    "Z017": ("Brynhafod", "2025-06-11", "2026-01-14"),
    "Z018": ("Stowbrook", "2025-09-15", "2026-05-20"),
    "Z019": ("Hendre Cross", "2025-11-17", "2026-04-29"),
    "Z020": ("Pengarth", "2025-03-18", "2025-07-02"),
    "Z021": ("Brynhafod", "2025-06-23", "2025-12-08"),
    "Z022": ("Stowbrook", "2025-09-24", "2026-03-11"),
    "Z023": ("Hendre Cross", "2025-07-07", "2026-01-21"),
    "Z024": ("Brynhafod", "2025-11-05", "2026-04-15"),
    "Z025": ("Stowbrook", "2025-02-05", "2025-06-18"),
    "Z026": ("Hendre Cross", "2025-06-16", "2025-11-26"),
    "Z027": ("Pengarth", "2025-05-19", "2025-11-05"),
    "Z028": ("Brynhafod", "2025-08-20", "2026-01-28"),
    "Z029": ("Pengarth", "2025-07-21", "2026-02-04"),
    "Z030": ("Hendre Cross", "2025-03-05", "2025-09-10"),
    "Z031": ("Brynhafod", "2026-01-20", "2026-06-24"),
    "Z032": ("Hendre Cross", "2025-06-04", "2025-12-17"),
}

N = []  # list of narrative dicts


def add(case, stage, level, text, codes, traps=(), note_level=None):
    """level: box level, or 'note' for an unboxed note (then note_level gives the gold level)."""
    N.append(dict(case=case, stage=stage, level=level, text=text, codes=list(codes),
                  traps=[dict(type=t, code=c, note=n) for (t, c, n) in traps],
                  note_level=note_level))


# ---------------------------------------------------------------- Z001
add("Z001", "A", "green",
    "Owen (14, Y9) - 11 lates since Jan, attendance 91%. Bus picks up at the lane end at 7.05 and on "
    "mornings he's done the calf feeds first he misses it and Mum has to run him in. Form tutor aware, "
    "punctuality letter sent home.",
    ["EDU-ATT"],
    [("not-coded", "CARER", "Feeding calves is farm work, not caring for a person; no young-carer role described.")])

add("Z001", "A", "yellow",
    "Sat with Gareth and Sian at the kitchen table at Cefn Isaf for the best part of two hours, dogs under "
    "the table and the radio on, and Gareth only really started talking once Sian went out to check the "
    "ewes. The herd went down with TB in January - 23 reactors taken - and they've been under restriction "
    "since, so the store cattle they would normally sell in the spring are still in the shed eating hay "
    "they haven't paid for. The feed merchant is owed about £6,000, the overdraft is at its limit and the "
    "compensation for the reactors still hasn't come through. Gareth told me he feels 'no use to anyone' "
    "and he's stopped going to the mart on a Tuesday because he can't face people asking how he is. Sian "
    "says he's short with the kids and goes quiet for days at a time. He was clear he has had no thoughts "
    "of harming himself, and the guns are in the locked cabinet with Sian holding the key. He agreed to "
    "me referring to the Marches Farm Support Network for a caseworker to help with the bank and the TB "
    "paperwork, and he's booked in with Dr Price on Friday. A lovely couple who are used to coping on "
    "thier own, and it took a lot for him to say any of this.",
    ["MH-ADULT", "FIN"],
    [("not-coded", "PH", "Bovine TB in the cattle is not a family member's physical health."),
     ("negated", "MH-ADULT", "Suicidal thoughts are denied, but low mood ('no use to anyone', withdrawn) is present, so MH-ADULT stands."),
     ("not-coded", "REL-PAR", "Judgement: 'short with the kids' is described as a symptom of his low mood, not a parenting or parent-child relationship need.")])

add("Z001", "C", "blue",
    "Gareth says his mood is 'up and down' but he knows what a bad day looks like now and rings his brother "
    "when he feels one coming. Back at the mart most weeks. Still paying the merchant off at £500 a month, "
    "which he sorted himself. Herd went clear in August and the restriction has been lifted.",
    ["MH-ADULT", "FIN"],
    [("convention", "MH-ADULT", "C3: blue box, low mood still there and being self-managed -> present."),
     ("convention", "FIN", "C3: paying a debt off by instalments is 'now managing' -> present.")])

add("Z001", "C", "green",
    "Owen attendance 95% this term, a handful of lates over lambing. Tutor still checking in weekly.",
    ["EDU-ATT"],
    [("convention", "EDU-ATT", "C3: lateness still occurring and school still monitoring -> present in the green box.")])

# ---------------------------------------------------------------- Z002
add("Z002", "A", "yellow",
    "Rhian rolled the quad on the bank above the house in February and broke her pelvis in two places. "
    "She's home now but on crutches, needs the wheelchair for anything further than the kitchen, and "
    "can't drive for at least three months. Huw is out from six till dark shearing and contracting, so "
    "most of the day-to-day has fallen on Lily (12): she helps her mum in and out of the shower, gets "
    "Alfie (6) and Jac (4) their tea and does bathtime and bedtime. Lily told me she doesn't mind, she "
    "just wishes she could see her friends - they're all in the village eight miles down the valley and "
    "she hasn't been since Christmas. With Lily's and Rhian's agreement I've referred to Borderlands "
    "Young Carers, and the physio team at Wyebury are setting up home visits.",
    ["PH", "CARER"],
    [("not-coded", "FIN", "C5: Huw working long hours is not a money problem; no financial difficulty described.")])

add("Z002", "A", "green",
    "Jac (4) not been to his sessions at Lugg Valley nursery since Mum's accident - it's 9 miles and "
    "there's no one to drive him. HV aware. No concerns with his speech at the 2 yr review. Nain "
    "(Margaret, 83) lives with the family too - early dementia, GP and the memory clinic involved.",
    ["EYD", "PH"],
    [("negated", "EYD", "Speech concerns negated, but nursery non-attendance (take-up) for an under-5 is present EYD (C9)."),
     ("convention", "PH", "Grandmother lives in the household; dementia is coded as her physical health (illness), not MH-ADULT, which is for parents/carers.")])

add("Z002", "C", "blue",
    "Rhian walking with one stick and back driving since June, still doing her exercises. Lily still goes "
    "to the young carers Saturday group once a month and says she likes it; she doesn't help Mum wash any "
    "more.",
    ["PH", "CARER"],
    [("convention", "PH", "C3: recovery still being managed (stick, exercises) -> present in blue."),
     ("partial", "CARER", "Personal care has stopped, but she is still attending the young carers service (C4) -> present.")])

# ---------------------------------------------------------------- Z003
add("Z003", "A", "green",
    "Megan (Y10) attendence 74% this term. Says her stomach is in knots on Sunday nights thinking about "
    "school and she's anxious in the crowded corridors. Seen by school nurse x2. Signal at home is poor "
    "so she's cut off from friends at wknds.",
    ["EDU-ATT", "MH-CHILD"],
    [("not-coded", "PH", "'Stomach in knots' is described as anxiety, not a physical illness."),
     ("not-coded", "", "Poor phone signal / isolation is context, not a taxonomy code.")])

add("Z003", "A", "orange",
    "CAMHS have accepted the referral, wait is about 16 weeks. At home things are strained. The milk "
    "contract went in the autumn when the dairy dropped its small suppliers and Helen says they're behind "
    "on the electric and on the farm account. Rob has been drinking heavily since - she counts 8-10 cans "
    "most nights - and after rows he goes and sleeps out in the workshop. Helen was clear there has been "
    "no violence and she isn't afraid of him, but Megan hears every word from her bedroom.",
    ["MH-CHILD", "FIN", "SUB", "REL-CONF"],
    [("negated", "DA", "No violence, not afraid: arguments between parents are REL-CONF (C8), not DA."),
     ("convention", "MH-CHILD", "C4: CAMHS referral accepted / on waiting list codes MH-CHILD.")])

add("Z003", "C", "yellow",
    "Rob sees a worker at Hillside Drug & Alcohol Service fortnightly and says he only drinks at weekends "
    "now. CAMHS saw Megan once and discharged her to the school counsellor, who she sees weekly. Later "
    "start on Mondays agreed with HOY.",
    ["SUB", "MH-CHILD", "EDU-ATT"],
    [("convention", "SUB", "C4: ongoing drug and alcohol service and still drinking -> present."),
     ("convention", "MH-CHILD", "CAMHS discharged, but weekly school counselling is ongoing support -> present."),
     ("convention", "EDU-ATT", "A later start on Mondays is a modified (part-time) timetable -> EDU-ATT.")])

# ---------------------------------------------------------------- Z004
add("Z004", "A", "red",
    "Strategy discussion held 4/2 following school's referral; s47 completed and all four children are now "
    "on a Child in Need plan. Family living in a static caravan on Dean's uncle's smallholding. The water "
    "pipe froze in January and still hasn't been fixed, so the children wash at the standpipe in the yard "
    "and there is one working heater. Tia (9) and Kai (7) arriving at school hungry and in the same clothes "
    "all week; school giving them breakfast and washing their PE kit.",
    ["SAFE-NEG", "HOUS"],
    [("convention", "SAFE-NEG", "C10: hungry children -> SAFE-NEG (no food bank or money problem in this box, so no FIN).")])

add("Z004", "A", "orange",
    "Dean (34) off work since he came off a trailer in November - slipped disc, on co-codamol, on the physio "
    "waiting list. UC sanctioned in Dec for a missed work coach appt; there's one bus a day from the lane "
    "end and he couldn't walk to it. Family using the Wyebury food bank fortnightly. Kayleigh (30) has "
    "depression, GP prescribed sertraline, says she 'can't get going' most mornings.",
    ["PH", "FIN", "MH-ADULT"],
    [("not-coded", "SUB", "Co-codamol is prescribed pain relief, not substance misuse."),
     ("convention", "FIN", "C5/C10: UC sanction (benefit problem) and food bank -> FIN.")])

add("Z004", "A", "yellow",
    "Rosie (3) not in any nursery, speech hard to understand. Mason (8 mths) has missed his 8, 12 and 16 "
    "week immunisations - HV has tried three times but can't find the caravan and there's no signal to ring "
    "ahead.",
    ["EYD", "PH"],
    [("convention", "PH", "Missed immunisations are PH even for a baby; speech and nursery take-up for the 3-year-old are EYD (C9).")])

add("Z004", "C", "orange",
    "CIN plan closed in September and case stepped down to EH. Family moved in July to a 3-bed housing "
    "association house in Stowbrook - mains water, central heating, walking distance to school. Dean still "
    "waiting for his back operation. Council tax arrears of £430 being deducted from UC.",
    ["PH", "FIN"],
    [("historical", "HOUS", "The caravan problem is over: the family has moved to a suitable home."),
     ("convention", "FIN", "Arrears still being repaid -> present.")])

add("Z004", "C", "green",
    "Rosie (4) started at Little Acorns nursery 15 hrs in Sept; nursery have made a SALT referral. Mason's "
    "jabs all caught up.",
    ["EYD"],
    [("historical", "PH", "Immunisations caught up: the need is over (C3)."),
     ("convention", "EYD", "Under-5 speech with a SALT referral -> EYD (C9).")])

# ---------------------------------------------------------------- Z005
add("Z005", "A", "yellow",
    "Jake (Y8) - 2 day suspension 26/3 for throwing a stool in science. 9 behaviour points since Feb half "
    "term. Referred to EH.",
    ["EDU-EXC"])

add("Z005", "A", "orange",
    "Jake's dad Tom was killed in an accident with the telehandler in 2023, and Claire has run the farm "
    "since with a hired man three days a week. She says Jake has 'never really cried' about his dad. Over "
    "the last few months he's got angrier and angrier at home - holes kicked in his bedroom door, and last "
    "week he shoved Claire against the Rayburn when she took his phone off him at midnight. She didn't call "
    "the police and doesn't want to. The GP has referred Jake to CAMHS for bereavement and possible trauma. "
    "I've offered Claire the Steady Steps parenting programme, which runs online in the evenings so she "
    "doesn't have to find someone to do the yard and drive to Wyebury.",
    ["MH-CHILD", "REL-PAR"],
    [("convention", "REL-PAR", "C8: child-to-parent violence is REL-PAR, not DA; no police so no CRIME."),
     ("negated", "CRIME", "Police not called."),
     ("historical", "", "Dad's death (2023) is past, but the current grief/trauma with a CAMHS referral is present MH-CHILD (C4).")])

add("Z005", "C", "yellow",
    "Jake sees a worker from Hill Hearts children's bereavement service fortnightly at school. No further "
    "suspensions since April. Claire finished Steady Steps and says the blow-ups are down to one every few "
    "weeks - she walks away now instead of arguing back. No physical incidents since May.",
    ["MH-CHILD", "REL-PAR"],
    [("historical", "EDU-EXC", "C3: 'no further suspensions since April' -> historical."),
     ("partial", "REL-PAR", "Physical incidents have stopped but blow-ups still happen and are being managed -> present.")])

# ---------------------------------------------------------------- Z006 (unboxed notes)
add("Z006", "A", "note",
    "Tel call with Mrs Pryce (Leanne's mum, lives with her) - call dropped twice, signal at Cwm Cottage is "
    "hopeless. Leanne (24) has been very low since Isla was born 10 wks ago; HV did the EPDS, scored 17, and "
    "the GP has started her on sertraline. Gran doing most of the night feeds, says Leanne 'just sits'. Isla "
    "feeding and gaining well per HV.",
    ["MH-ADULT"],
    [("convention", "MH-ADULT", "C2: unboxed; highest cue is HV/GP (universal) -> green."),
     ("not-coded", "EYD", "Baby feeding and gaining well is good news, no need stated (C3).")],
    note_level="green")

add("Z006", "C", "note",
    "Home visit. Leanne takes Isla to the chapel baby group with her mum on Weds, says her mood is 'loads "
    "better'. Still on the sertraline from the GP, review due in Nov.",
    ["MH-ADULT"],
    [("convention", "MH-ADULT", "C4: ongoing antidepressant treatment codes MH-ADULT; C2 level green (GP; chapel group is own network).")],
    note_level="green")

# ---------------------------------------------------------------- Z007
add("Z007", "A", "yellow",
    "Taid (Ifor, 88) moved in with Bethan and the boys after his stroke in October. His right side is weak "
    "and he needs help to stand and to get to the commode. Bethan works nights at Plas Gwyn care home three "
    "times a week, and on those nights Ethan (15) sleeps on the sofa downstairs so he can help his grandad "
    "when he calls out. Ethan has missed the 7.40 bus six times this half term after broken nights, and "
    "Bethan then drives him the 14 miles in when she's just finished her shift. Ethan says he doesn't want "
    "anyone 'making a fuss' but he's agreed to me having a chat with Borderlands Young Carers on his behalf.",
    ["PH", "CARER", "EDU-ATT"],
    [("not-coded", "FIN", "C5: mum working night shifts is not FIN.")])

add("Z007", "A", "blue",
    "Bethan says money's fine - her wages and Taid's pension cover everything, no debts, and she claims "
    "Carer's Allowance for looking after him. Her sister drops a meal round twice a week.",
    [],
    [("negated", "FIN", "'money's fine, no debts'."),
     ("convention", "CARER", "C5/C12: Carer's Allowance and an adult carer do not imply CARER or FIN.")])

add("Z007", "C", "yellow",
    "Ethan goes to Borderlands Young Carers monthly and now has a young carers card so staff understand if "
    "he's ever late. Adult social care send a night sitter on Bethan's work nights, so Ethan isn't getting up "
    "for his grandad on those nights. Taid's mobility no better.",
    ["CARER", "PH"],
    [("hypothetical", "EDU-ATT", "'if he's ever late' is hypothetical; no current lateness stated."),
     ("convention", "CARER", "C4: ongoing young carers service -> present.")])

# ---------------------------------------------------------------- Z008
add("Z008", "A", "orange",
    "Nia disclosed at the school gate - the only place she's ever on her own. Mark controls all the farm "
    "money: she has no bank card, he checks the mileage on the car and now keeps the keys on him. She can "
    "only get a signal in the top field and says he goes through her phone every night. She isn't allowed "
    "to visit her mum without him. DASH completed (16), referred to MARAC and an IDVA allocated; agreed "
    "safe contact via school.",
    ["DA"],
    [("not-coded", "FIN", "Economic abuse (control of money) is DA; no debt, arrears or poverty described, so no FIN.")])

add("Z008", "A", "red",
    "Strategy meeting 2/6 after Ffion (7) told her teacher Dad 'squeezed Mum's neck' against the fridge "
    "while she was in the kitchen. S47 initiated, joint visit with police planned.",
    ["DA"],
    [("not-coded", "CRIME", "C7: partner's assault on the adult victim is DA only.")])

add("Z008", "C", "orange",
    "Nia and the children left in July and are staying at her parents' 2-bed bungalow in Abermynach - the "
    "three of them share the back bedroom, on the council housing register. Mark was arrested for the "
    "non-fatal strangulation and is on bail not to contact. Nia doing the Freedom Programme online on "
    "Thursday evenings. Ffion's daytime wetting in class has stopped since the move.",
    ["HOUS", "DA"],
    [("convention", "DA", "C7: arrest of the partner for the DV is DA only, not CRIME; Freedom Programme also codes DA (C4)."),
     ("historical", "PH", "Wetting 'has stopped' -> historical (C3)."),
     ("convention", "HOUS", "Three sharing one bedroom, on the housing register -> overcrowding, present.")])

# ---------------------------------------------------------------- Z009
add("Z009", "A", "green",
    "Dylan (Y9) off 11 days Mar-Apr, parents rang in 'needed at home' - lambing. Attendance now 86%. "
    "Attendance letter 1 sent.",
    ["EDU-ATT"],
    [("not-coded", "CARER", "Helping with lambing is farm work, not caring for a family member.")])

add("Z009", "A", "yellow",
    "Aled's view is that Dylan will 'learn more in the lambing shed than in that school', and he's already "
    "talking about Dylan leaving at 16 to go full time on the farm. Bethan wants him to finish school and "
    "they've had some proper shouting matches about it in front of the younger two. Dylan is dyslexic and on "
    "SEN support - he told me he hates English and gets embarrassed when he's asked to read out. We agreed "
    "an attendance contract: Dylan helps at weekends and in the holidays only, not on school days.",
    ["REL-CONF", "EDU-SEND", "EDU-ATT"],
    [("hypothetical", "EDU-NEET", "Leaving at 16 is talk about the future; Dylan is 14 -> not NEET."),
     ("convention", "REL-CONF", "C8: arguments between the parents -> REL-CONF.")])

add("Z009", "C", "green",
    "Dylan's attendance 97% this term. SENCo reviewed his SEN support plan in Nov - reader pen and extra "
    "time. He's doing the Friday afternoon land-based taster at Wyebury College.",
    ["EDU-SEND"],
    [("not-coded", "EDU-ATT", "C3/C1: 97% with no concern stated in this box is pure good news.")])

# ---------------------------------------------------------------- Z010
add("Z010", "A", "yellow",
    "Connor (17) left his Level 2 agriculture course at Wyebury College in June after falling out with his "
    "tutor and hasn't worked or studied since - in bed till lunchtime, out in the car at night. Jo and Lee "
    "have lived for six years in the tied cottage that came with Lee's job as herdsman at Penlan. The owners "
    "sold the dairy herd and Lee's job finished at the end of September when the cows went; the cottage "
    "goes with the job and they've been told they'll have to leave. Lee has applied for a few things but "
    "there's very little farm work round here that comes with a house.",
    ["EDU-NEET", "FIN", "HOUS"],
    [("convention", "EDU-NEET", "C11: 16+ and not in education, employment or training -> EDU-NEET; FIN here is for Lee's worklessness, not Connor's."),
     ("convention", "HOUS", "Loss of tied accommodation -> risk of homelessness, present.")])

add("Z010", "A", "orange",
    "Notice to quit the cottage served by the farm's agent, expires 30 Nov. Housing options have opened a "
    "homelessness prevention case. Jo says her panic attacks have come back with the stress; GP has put her "
    "sertraline up.",
    ["HOUS", "MH-ADULT"],
    [("convention", "MH-ADULT", "'have come back' -> current, not historical.")])

add("Z010", "C", "yellow",
    "Family moved into a 3-bed HA house in Stowbrook in January. Lee started full time at the feed mill in "
    "Feb. Connor doing two days a week on the Marches Pathways re-engagement programme with a keyworker, "
    "hoping to start an agri apprenticeship in Sept.",
    ["EDU-NEET"],
    [("historical", "HOUS", "Rehoused: need over."),
     ("historical", "FIN", "Lee back in work: worklessness over."),
     ("convention", "EDU-NEET", "C4/C11: still on a re-engagement programme, apprenticeship only hoped for -> NEET present.")])

# ---------------------------------------------------------------- Z011
add("Z011", "A", "green",
    "Poppy (7) - EHCP (cerebral palsy), 1:1 TA mornings. Taxi 55 mins each way, arrives tired. Missed 2 "
    "physio appts at Wyebury Hospital this term, Mum has no car.",
    ["EDU-SEND", "PH"])

add("Z011", "A", "yellow",
    "Sarah doesn't drive and the nearest bus stop is two miles down the valley, with a bus at 8.10 and 4.40. "
    "For Poppy's hospital appointments she's been paying a neighbour £15 a time for lifts, which she says "
    "she can't keep up. The oil tank ran dry in October and they've been heating the house with the Rayburn "
    "and a fan heater; she still owes the oil company £380 from last winter. I've applied to the Household "
    "Support Fund and referred her to the hospital travel costs scheme and the Valley Wheels community car "
    "service.",
    ["FIN", "PH"],
    [("convention", "FIN", "C10: fuel poverty and an oil debt -> FIN."),
     ("convention", "PH", "C4: ongoing hospital appointments for Poppy imply a physical health need -> PH.")])

add("Z011", "C", "green",
    "Poppy's physio now done in school by the NHS paediatric physio fortnightly. EHCP annual review held "
    "12/2, provision unchanged.",
    ["PH", "EDU-SEND"])

# ---------------------------------------------------------------- Z012 (unboxed notes)
add("Z012", "A", "note",
    "Rang Mum re Sophie (Y7). Put off the school bus by the driver last Thurs after spitting at a Y9 - walked "
    "3 miles home along the B road in the dark. 4 incidents logged on transport since Sept. Transport team "
    "have sent a final warning - any more and she loses her seat. Mum upset with the driver for leaving her.",
    ["EDU-EXC"],
    [("convention", "EDU-EXC", "Behaviour on school transport with a final warning is behaviour at school / risk of exclusion; C2 level green (school only)."),
     ("hypothetical", "EDU-EXC", "Losing her seat is conditional, but the behaviour itself is present."),
     ("not-coded", "SAFE-NEG", "Walking home alone was the driver's decision, not a parental supervision failure.")],
    note_level="green")

add("Z012", "C", "note",
    "Sophie sits behind the driver now. No incidents on transport since before Christmas. Closed to pastoral.",
    [],
    [("historical", "EDU-EXC", "'No incidents since before Christmas' -> over (C3).")])

# ---------------------------------------------------------------- Z013
add("Z013", "A", "orange",
    "Police attended the farm on 1/5 after Dai's brother rang 999: Dai had texted that he 'couldn't see a way "
    "through this' and had gone up the hill with the shotgun. Found safe in the top barn. Police took his "
    "firearms and the certificate is under review. Crisis team saw him next morning and he's now open to the "
    "community mental health team. The business owes around £140k to the bank and the land agent is talking "
    "about selling the top ground.",
    ["MH-ADULT", "FIN"],
    [("not-coded", "CRIME", "C7: police acting to safeguard (welfare response, firearms removed) is not CRIME.")])

add("Z013", "A", "yellow",
    "Elin (13) told her tutor she's frightened to leave Dad on his own. She's been getting up in the night to "
    "check he's in bed, makes sure he's eaten and texts him at every break - 'someone has to look after him'. "
    "Crying in lessons most days this week. School counsellor starting Monday.",
    ["MH-CHILD", "CARER"],
    [("convention", "CARER", "Judgement: a 13-year-old regularly checking on, feeding and watching over a parent in mental health crisis is a caring responsibility -> CARER."),
     ("not-coded", "PH", "Getting up at night to check on Dad is caring, not a sleep problem (C9).")])

add("Z013", "C", "yellow",
    "Dai still sees his CMHT worker weekly and is on antidepressants - says he's 'out of the hole but not far'. "
    "Bank agreed to restructure the loan and the top ground is let on a grazing licence to help cash flow. "
    "Elin no longer checks on her dad at night and sees the school counsellor every other week.",
    ["MH-ADULT", "FIN", "MH-CHILD"],
    [("historical", "CARER", "'no longer checks on her dad' -> over."),
     ("convention", "FIN", "Restructured bank debt still being managed -> present.")])

# ---------------------------------------------------------------- Z014
add("Z014", "A", "orange",
    "Kian (15) reported missing three times since August. Last time he was found by transport police at a "
    "station 60 miles away with £300 cash and 12 wraps of crack cocaine on him. NRM referral made as a "
    "suspected victim of CCE; he's had a youth caution and is now open to YOS. Kian says the older lads 'just "
    "give him lifts'.",
    ["SAFE-EXP", "CRIME"],
    [("convention", "SUB", "C12: drugs found on an exploited child are SAFE-EXP and CRIME, not SUB.")])

add("Z014", "A", "yellow",
    "Kian - caught vaping in the toilets x3, 1 day in internal exclusion. Attendance 79%, missing afternoons.",
    ["EDU-EXC", "EDU-ATT"],
    [("not-coded", "SUB", "C12: vaping is not SUB.")])

add("Z014", "C", "orange",
    "Kian on a referral order, sees his YOS worker weekly. No missing episodes since November. Mum says he's "
    "still meeting an older lad from Wyebury who police link to the line; a disruption notice has been served "
    "on the older lad.",
    ["CRIME", "SAFE-EXP"],
    [("convention", "SAFE-EXP", "C6: the older lad is outside the household, but his continuing contact is an exploitation risk to Kian -> SAFE-EXP present; missing episodes are historical."),
     ("convention", "CRIME", "C7: referral order / YOS -> CRIME.")])

# ---------------------------------------------------------------- Z015
add("Z015", "A", "green",
    "Wil (4y 8m) started Reception in Sept - still having daytime wee accidents most days and doesn't tell "
    "staff when he needs to go. School nurse doing a toileting plan with Mum.",
    ["EYD"],
    [("convention", "EYD", "C9: toileting for an under-5 is EYD even though he is in Reception, not PH.")])

add("Z015", "A", "blue",
    "Nain (Gwen, 79) lives with the family in the old dairy that's been joined on to the farmhouse. Type 2 "
    "diabetic, manages her own tablets and diet and drives herself to the diabetes clinic. Still does the "
    "weaning of the pet lambs every spring.",
    ["PH"],
    [("convention", "PH", "C3: a health condition the person is managing -> PH present in blue; grandmother counted as part of the household."),
     ("not-coded", "EYD", "Weaning pet lambs is farm work, not infant weaning.")])

add("Z015", "C", "green",
    "Wil (5) dry in the daytime since Feb. Still wet most nights - school nurse says that's common at his age "
    "and will review in the summer.",
    ["PH"],
    [("convention", "PH", "C9: now 5 (school age), bedwetting -> PH, not EYD."),
     ("historical", "EYD", "Daytime accidents stopped since Feb.")])

# ---------------------------------------------------------------- Z016
add("Z016", "A", "yellow",
    "Kerry and Jason moved out from the city in January for the cheaper rent - a stone cottage at the top of "
    "the Nant valley, two miles up an unmade track. The landlord hasn't dealt with the damp: there's black "
    "mould right across the back wall of the children's room and Maisie (2) has had three chest infections "
    "since they arrived. Jason lost his job at the poultry unit in March when it changed hands, they've gone "
    "onto UC and are £620 behind with the rent. Kerry says she feels completely cut off - no signal indoors, "
    "the nearest shop six miles away, nobody she knows - and she's been having panic attacks when Jason's out "
    "with the only car. The HV did Maisie's 2 yr check at home last week: no words yet, referred to SALT. "
    "Kerry was so pleased someone had come all that way up the track; she'd made a cake.",
    ["HOUS", "PH", "FIN", "MH-ADULT", "EYD"],
    [("not-coded", "", "Isolation alone is not a code; MH-ADULT rests on the panic attacks.")])

add("Z016", "C", "yellow",
    "Environmental health served an improvement notice and the mould was treated and an extractor fitted in "
    "June. Rent arrears down to £150 after a DHP award. Jason on a forklift licence course through the "
    "jobcentre, still looking for work.",
    ["FIN"],
    [("historical", "HOUS", "Damp and mould treated -> over."),
     ("convention", "FIN", "Remaining arrears and continuing worklessness -> present.")])

add("Z016", "C", "blue",
    "Kerry has joined the WI in the village and takes Maisie to the Tuesday toddler group at the hall. She "
    "says she feels far less isolated and hasn't had a panic attack since July.",
    [],
    [("historical", "MH-ADULT", "C3: 'hasn't had a panic attack since July' -> historical."),
     ("not-coded", "", "Feeling less isolated is good news; isolation is not a code.")])

# ---------------------------------------------------------------- Z017
add("Z017", "A", "yellow",
    "Maureen (68) and Bryn (71) have had Kayden (9) under a special guardianship order since 2022, when his "
    "mum's drug use meant she couldn't look after him. Bryn still runs 200 ewes on the hill; Maureen is "
    "waiting for a hip replacement and can't manage the mile down the track to the school bus, so Bryn stops "
    "whatever he's doing twice a day to take him. Kayden is on the ADHD pathway and the SENCo has him on SEN "
    "support. At home he bolts out of the door and up onto the hill whenever he's told no, and Maureen can't "
    "go after him.",
    ["PH", "EDU-SEND", "REL-PAR"],
    [("outside", "SUB", "C6: birth mother's drug use - outside the household and in the past."),
     ("not-coded", "CARER", "C12: kinship carers / special guardians are adults, not a young carer."),
     ("convention", "EDU-SEND", "C4: on the ADHD pathway -> EDU-SEND.")])

add("Z017", "A", "green",
    "Kayden's mum (Stacey) is in recovery now and living in Wyebury; she sees him monthly at the family centre "
    "and contact is going well.",
    [],
    [("outside", "SUB", "C6: Stacey is outside the household; recovery is hers.")])

add("Z017", "C", "green",
    "Kayden diagnosed with ADHD in November and the SENCo has updated his SEN support plan. Maureen had her "
    "new hip in October and is walking the track again.",
    ["EDU-SEND"],
    [("historical", "PH", "Hip replaced, walking again -> over.")])

# ---------------------------------------------------------------- Z018
add("Z018", "A", "red",
    "ICPC 10/9: Ruby (11) and Leo (6) made subject to CP plans, category neglect. Tracey is drinking every "
    "day; in August Ruby found her unconscious on the kitchen floor and rang 999. Ruby does most of the "
    "cooking and gets Leo ready for school. Leo has twice been left at the lane end by the school taxi because "
    "no adult was there to meet him.",
    ["SUB", "SAFE-NEG", "CARER"],
    [("not-coded", "PH", "Judgement: the collapse is described as a consequence of the drinking (SUB), not a separate physical illness."),
     ("not-coded", "CRIME", "Ringing 999 for a collapse is not offending.")])

add("Z018", "A", "orange",
    "Tracey open to Hillside Drug & Alcohol since July but has missed 3 of 5 appts - the bus to Wyebury takes "
    "45 mins and runs twice a day. Leo's attendance 81%, often late.",
    ["SUB", "EDU-ATT"],
    [("not-coded", "PH", "Missed appointments are at the drug and alcohol service, not medical appointments.")])

add("Z018", "C", "red",
    "CP plans ended at RCPC in April; both children now on a Child in Need plan. Tracey says she's four "
    "months without a drink and goes to the recovery cafe in Stowbrook every Tuesday.",
    ["SUB"],
    [("convention", "SUB", "Judgement (C4): abstinent but still in active recovery support -> present, not 'stopped'.")])

add("Z018", "C", "yellow",
    "Ruby still goes to Borderlands Young Carers on Thursdays after school. Says these days she mostly keeps "
    "an eye on Leo when Mum's at her group.",
    ["CARER"])

# ---------------------------------------------------------------- Z019
add("Z019", "A", "orange",
    "Maddie (Y9) disclosed cutting her arms to form tutor 12/11. DSL informed, parents told same day. CAMHS "
    "referral sent, triaged routine. Parents both on long shifts (Mum poultry plant 6-6, Dad HGV) - no money "
    "concerns raised.",
    ["MH-CHILD"],
    [("negated", "FIN", "'no money concerns'; C5 shift work is not FIN.")])

add("Z019", "C", "orange",
    "Maddie seen by CAMHS x4, safety plan in place. Last self-harm in Jan per Maddie.",
    ["MH-CHILD"])

add("Z019", "C", "green",
    "Weekly check-in with pastoral continuing; Maddie says she's coping better and uses her time-out card "
    "when she needs it.",
    ["MH-CHILD"],
    [("convention", "MH-CHILD", "C3: wellbeing support ongoing and being managed -> present in green.")])

# ---------------------------------------------------------------- Z020
add("Z020", "A", "yellow",
    "Ioan was crushed against the gate by a cow at calving in February - broken leg and three broken ribs, "
    "leg in a cast for eight weeks. Sioned is running the 90-cow dairy with the children's help: Gethin (13) "
    "and Mali (11) are up at five for morning milking before the school bus. A relief milker is £180 a day "
    "and they can't stretch to it; they've borrowed £4,000 from Sioned's parents and the overdraft is maxed "
    "out. To top it off the quad was stolen from the yard in January. The Young Farmers have put a rota "
    "together for evening milking three nights a week, which Sioned says has kept them going.",
    ["PH", "FIN"],
    [("not-coded", "CARER", "Judgement: the children do farm work (milking), not care for their father -> not CARER."),
     ("not-coded", "CRIME", "Quad theft: the family are victims, no household member offending.")])

add("Z020", "A", "green",
    "Gethin (Y8) late 8 times since half term, tired in lessons. Mali - no concerns.",
    ["EDU-ATT"],
    [("not-coded", "PH", "'Tired in lessons' after early milking is not stated as a sleep problem."),
     ("negated", "", "Mali - no concerns.")])

add("Z020", "C", "blue",
    "Ioan back milking since May in a knee brace and doing his physio exercises at home. Kids only on weekend "
    "jobs now. Paying Sioned's parents back at £200 a month. If the milk price drops again they may have to "
    "sell up, which would mean leaving the farmhouse.",
    ["PH", "FIN"],
    [("convention", "PH", "C3: injury still being managed (brace, exercises) -> present."),
     ("hypothetical", "HOUS", "'If the milk price drops... may have to' -> hypothetical.")])

# ---------------------------------------------------------------- Z021 (unboxed notes)
add("Z021", "A", "note",
    "Visit to the Morgans at Ty Draw. Taid (Emrys, 91) lives with them - registered blind and unsteady on his "
    "feet; Caryl and Jade do everything for him between them. Jade (12) reads his post to him, makes his "
    "lunch on Saturdays and sits with him when Caryl's at work. Caryl says they don't need anything from us, "
    "she just wanted info, so I left the Borderlands Young Carers leaflet and she'll ring them herself if Jade "
    "wants to go.",
    ["PH", "CARER"],
    [("convention", "CARER", "C2 judgement: the young carers service is only signposted for the family to act on itself -> blue cue, not the yellow 'one extra service' cue.")],
    note_level="blue")

add("Z021", "C", "note",
    "Caryl rang: Jade's been to Borderlands Young Carers three times now and is going monthly. Still does "
    "Taid's Saturday lunch. Emrys had a fall in October and uses a frame now.",
    ["CARER", "PH"],
    [("convention", "CARER", "C2: attending a young carers service -> yellow.")],
    note_level="yellow")

# ---------------------------------------------------------------- Z022
add("Z022", "A", "green",
    "Noah (4, Reception) - few 2 word phrases, hard to understand; school nurse has referred to SALT. Alfie "
    "(8, Y3) has a stammer, on the SEN register for speech & language.",
    ["EYD", "EDU-SEND"],
    [("convention", "EYD", "C9: speech for the under-5 -> EYD; for the school-age child -> EDU-SEND.")])

add("Z022", "A", "yellow",
    "Laura asked for help with Alfie at home: most evenings he hits Noah, and he screams for up to an hour at "
    "bedtime when the tablet goes off. Booked her onto the Calmer Homes parenting group in Wyebury (Tuesdays, "
    "six weeks). The worry is getting there - the last bus back leaves at 5.50 - so her dad has offered to "
    "drive her. Laura had a spell of depression after Noah was born but says that's well behind her.",
    ["REL-PAR"],
    [("historical", "MH-ADULT", "Postnatal depression described as over ('well behind her')."),
     ("not-coded", "PH", "Bedtime screaming is a behaviour/routine issue (REL-PAR), not a sleep problem.")])

add("Z022", "C", "blue",
    "Laura finished Calmer Homes and uses the bedtime plan and the timer - Alfie's meltdowns down to one or two "
    "a week. Noah (now 5) still has speech targets in class from SALT.",
    ["REL-PAR", "EDU-SEND"],
    [("convention", "EDU-SEND", "C9: Noah is now 5, school age -> speech is EDU-SEND, not EYD."),
     ("convention", "REL-PAR", "C3: meltdowns reduced and being managed -> present.")])

# ---------------------------------------------------------------- Z023
add("Z023", "A", "orange",
    "Gemma (29), Ava (6) and Riley (3) moved into the cottage on her mum's farm last year to get away from "
    "Craig after years of abuse. Craig found the address in June and has driven up the lane twice this month, "
    "sitting at the gate revving the engine and filming the house. Both times reported to police. "
    "Non-molestation application in with the court. Gemma says Craig drinks heavily.",
    ["DA"],
    [("outside", "SUB", "C6: the ex-partner's drinking is not coded; he is outside the household."),
     ("convention", "DA", "C7: ex-partner's current harassment -> DA, not CRIME.")])

add("Z023", "A", "yellow",
    "Gemma has PTSD (diagnosed 2023), on the waiting list for trauma therapy with Talking Space. Riley (3) "
    "isn't in nursery - Gemma doesn't want him out of her sight since Craig turned up.",
    ["MH-ADULT", "EYD"],
    [("convention", "MH-ADULT", "Diagnosed 2023 but still on a therapy waiting list -> present (C4)."),
     ("not-coded", "DA", "C1: this box only says 'since Craig turned up'; no abuse is described in its own text.")])

add("Z023", "C", "orange",
    "Non-mol granted in August. One breach in October when Craig came to the farm gate - arrested and charged. "
    "Gemma has an IDVA and police have fitted a video doorbell.",
    ["DA"],
    [("not-coded", "CRIME", "C7: breach of a non-molestation order by the ex-partner is DA only.")])

# ---------------------------------------------------------------- Z024
add("Z024", "A", "yellow",
    "Finn (14) hasn't been in school since October half term. The bus is an hour and ten each way, packed "
    "and noisy, and he says by the time he gets there he 'can't breathe'; school describe it as anxiety-based "
    "avoidance. He's on the waiting list for an autism assessment after school referred him in June. Anna has "
    "MS and uses a wheelchair outside the house; Finn helps her transfer in and out of the car, does the online "
    "shop and sorts her tablets into the dosette box each week. Anna gets PIP and Finn's dad pays maintenance "
    "regularly - no money worries.",
    ["EDU-ATT", "MH-CHILD", "EDU-SEND", "PH", "CARER"],
    [("negated", "FIN", "'no money worries'; C5: PIP alone implies neither FIN nor PH (PH rests on the MS)."),
     ("not-coded", "PH", "'can't breathe' is describing anxiety, not a physical illness of Finn's.")])

add("Z024", "A", "orange",
    "Open to CAMHS since Nov. First appt had to be done by video from the library in Stowbrook - signal and "
    "broadband at home not good enough.",
    ["MH-CHILD"],
    [("convention", "MH-CHILD", "C4: open to CAMHS -> MH-CHILD.")])

add("Z024", "C", "yellow",
    "Finn on a part-time timetable, three mornings a week; the council now funds a taxi he shares with one "
    "other pupil. Diagnosed autistic in Feb and an EHC needs assessment has been requested.",
    ["EDU-ATT", "EDU-SEND"])

# ---------------------------------------------------------------- Z025
add("Z025", "A", "green",
    "Chloe (Y8) - staff noticed a strong smell, same uniform all week, hair matted. Told a friend she hasn't "
    "had a bath 'in ages' because the boiler's broken.",
    ["SAFE-NEG", "HOUS"],
    [("convention", "HOUS", "Broken boiler (disrepair) -> HOUS; hygiene -> SAFE-NEG.")])

add("Z025", "A", "yellow",
    "Home visit to the farm cottage Lisa rents. Boiler broken since January and the landlord keeps saying he'll "
    "get round to it. Lisa heats the kitchen with the wood burner and boils kettles for washing. Fridge had "
    "milk and half a loaf in it. Her hours at the abattoir were cut in December and she's still waiting on "
    "her first UC payment.",
    ["HOUS", "SAFE-NEG", "FIN"],
    [("convention", "SAFE-NEG", "C10: near-empty fridge -> SAFE-NEG; reduced hours and waiting for UC -> FIN; both coded.")])

add("Z025", "C", "yellow",
    "Boiler replaced in March after environmental health wrote to the landlord. Lisa now getting her UC in "
    "full and has a payment plan for the electric at £15 a fortnight. Chloe presenting clean and tidy.",
    ["FIN"],
    [("historical", "HOUS", "Boiler replaced -> over."),
     ("not-coded", "SAFE-NEG", "Clean and tidy is good news; no neglect need stated in this box.")])

# ---------------------------------------------------------------- Z026 (unboxed notes)
add("Z026", "A", "note",
    "Tyler (Y10) arrested Sat night with 2 others for criminal damage to the bus shelter in Hendre, per PCSO. "
    "Mum told us Mon. Tyler says there's 'nothing to do round here'.",
    ["CRIME"],
    [("convention", "CRIME", "C2: arrest -> orange cue.")],
    note_level="orange")

add("Z026", "C", "note",
    "Tyler got a youth conditional caution in Aug - 5 of 8 sessions done with his YOS worker. Goes to the "
    "Friday youth club in Stowbrook on the community minibus.",
    ["CRIME"],
    [("convention", "CRIME", "C7: youth caution / YOS -> CRIME; C2: YOS -> orange.")],
    note_level="orange")

# ---------------------------------------------------------------- Z027
add("Z027", "A", "yellow",
    "Since Hannah left in March to live in Wyebury with her new partner, Rhys has had Osian (9) and Efa (7) "
    "full time at the farm. Contact has turned into a battleground - Hannah wants alternate weekends in town, "
    "Rhys says she can see them at the farm, and their texts turn nasty within a couple of messages. School "
    "say the children's lunchboxes are sometimes empty apart from a bag of crisps and Efa has been asking "
    "other children for food. Rhys admits he'd never done the shopping before and he forgets. He is trying "
    "so hard, and he clearly adores them.",
    ["REL-CONF", "SAFE-NEG"],
    [("convention", "SAFE-NEG", "C10: a hungry child / no food in lunchboxes -> SAFE-NEG; no money problem described so no FIN.")])

add("Z027", "A", "green",
    "Rhys saw the GP about his anxiety - says his head is 'going round in circles'. GP referred him to the "
    "surgery's social prescriber.",
    ["MH-ADULT"])

add("Z027", "C", "yellow",
    "Three sessions with Marches Family Mediation; they agreed a written contact plan and the children go to "
    "Hannah alternate weekends. Still the odd row at handovers.",
    ["REL-CONF"])

add("Z027", "C", "blue",
    "Rhys batch-cooks on a Sunday and the children help pack their own lunches.",
    [],
    [("not-coded", "SAFE-NEG", "C3: pure good news, no need stated in this box.")])

# ---------------------------------------------------------------- Z028
add("Z028", "A", "red",
    "Strategy meeting 19/8: Lowri (15) found by police at 2am in a car with two adult men in a lay-by on the "
    "main road. Her phone has messages from a man she met on Snapchat. S47 under way, CSE risk assessment "
    "scored high.",
    ["SAFE-EXP"],
    [("not-coded", "CRIME", "C7: police finding/safeguarding a child is not CRIME; the men are outside the household.")])

add("Z028", "A", "orange",
    "Missing four times since June, return home interviews done each time. Lowri has agreed to see the "
    "specialist CSE worker from Safer Marches fortnightly. Mum (Donna) says Lowri won't listen to a word, "
    "stays out all night and screams at her when she's challenged.",
    ["SAFE-EXP", "REL-PAR"])

add("Z028", "C", "red",
    "On a CP plan since the ICPC in Sept. No missing episodes for 8 weeks, but Lowri is still in touch with "
    "one of the men through new accounts; police have served him with a child abduction warning notice.",
    ["SAFE-EXP"],
    [("partial", "SAFE-EXP", "Missing episodes historical, but ongoing contact with the adult is current exploitation risk -> present."),
     ("outside", "CRIME", "C6: the warning notice is against an adult outside the household.")])

# ---------------------------------------------------------------- Z029
add("Z029", "A", "yellow",
    "Chris admitted he's run up about £18,000 across three credit cards betting on the horses on his phone, "
    "mostly late at night in the lambing shed. Kate found out when the card was declined at the feed merchant. "
    "They've barely spoken for a fortnight and she says she's 'one step from walking out'. Chris has "
    "self-excluded from the betting apps and I've referred them both to Citizens Advice for debt advice over "
    "the phone, as getting into Wyebury in lambing isn't realistic.",
    ["FIN", "REL-CONF"],
    [("convention", "SUB", "C10: gambling debts are FIN, not SUB."),
     ("not-coded", "EDU-EXC", "'self-excluded' from betting apps is not a school exclusion.")])

add("Z029", "A", "green",
    "Twins Evie and Freya (10) at St Dubricius - no concerns from school, attendance 98%. DA: none known.",
    [],
    [("negated", "DA", "'DA: none known'."),
     ("not-coded", "EDU-ATT", "Good attendance with no need stated.")])

add("Z029", "C", "blue",
    "Debt management plan agreed at £220 a month. Chris still blocked on the apps and joins an online peer "
    "support group on Wednesdays. Kate says they're talking again, and if he ever goes back to betting she'll "
    "leave.",
    ["FIN"],
    [("hypothetical", "REL-CONF", "Leaving only 'if he ever goes back to betting'; they are talking again."),
     ("convention", "FIN", "C3: debt being repaid under a plan -> present.")])

# ---------------------------------------------------------------- Z030
add("Z030", "A", "orange",
    "Liam (Y10) - managed move from Arrowdale High to Kingsford Academy agreed 3/3 after a lock knife was found "
    "in his bag (says he uses it for baler twine on the farm and forgot it was in there). Police not involved, "
    "dealt with as a school matter. His older cousin was permanently excluded from Arrowdale last year.",
    ["EDU-EXC"],
    [("negated", "CRIME", "Police not involved; treated as a school matter."),
     ("outside", "EDU-EXC", "Cousin's exclusion is outside the household (C6); Liam's own managed move codes EDU-EXC.")])

add("Z030", "A", "yellow",
    "Kingsford is 24 miles away and the council won't fund transport for a managed move, so Vicky is doing two "
    "return trips a day - about 100 miles - and spending £70 a week on diesel she hasn't got. It's all gone on "
    "the credit card and she's started missing payments.",
    ["FIN"])

add("Z030", "C", "green",
    "Managed move made permanent in June. Liam's in the rugby squad and has had no behaviour points this term.",
    [],
    [("historical", "EDU-EXC", "Managed move completed and made permanent, no behaviour issues -> over (C3).")])

# ---------------------------------------------------------------- Z031
add("Z031", "A", "yellow",
    "Couldn't get up to the house - lane blocked with snow - so I spoke to Zoe from the top of her drive, the "
    "only spot with a signal. School buses haven't run for three days. The oil is nearly out and she can't "
    "afford a delivery until her UC lands on the 28th (minimum drop is 500 litres). I've applied to the "
    "Household Support Fund for an emergency top-up. Eli (3) has had a high temperature since the weekend; "
    "she rang 111 and was told to keep him warm and at home, which is a tall order right now.",
    ["FIN", "PH"],
    [("not-coded", "EDU-ATT", "Buses cancelled for snow is not a family attendance problem."),
     ("convention", "FIN", "C10: fuel poverty -> FIN; C5 UC mentioned with a money problem.")])

add("Z031", "A", "green",
    "Eli (3y 2m) - HV 2-2.5 yr review missed in the autumn when the car was off the road, rebooked for Feb.",
    ["EYD"],
    [("convention", "EYD", "Missed development check for an under-5 -> EYD (not PH).")])

add("Z031", "C", "blue",
    "Zoe joined the village oil-buying club and spreads the cost monthly; tank is full. Eli's review done, "
    "all fine.",
    [],
    [("not-coded", "FIN", "Budgeting with no debt or hardship described -> pure good news."),
     ("historical", "EYD", "Review done, all fine.")])

# ---------------------------------------------------------------- Z032
add("Z032", "A", "yellow",
    "Dennis (84) moved in with Jo and Mike in April after his wife died. His dementia is getting worse - he "
    "goes off down the lane at night in his slippers, and gets agitated and shouts at the children. Sam (10) "
    "gave up his room for Grandad and now shares with Ruby (14); Jo says the house is overcrowded and the two "
    "of them fight constantly over it. Sam has started wetting the bed again. Jo is exhausted and tearful and "
    "the GP has signed her off work with stress and anxiety.",
    ["PH", "HOUS", "MH-ADULT"],
    [("convention", "PH", "Dennis's dementia and Sam's bedwetting (C9, school age) both PH - coded once."),
     ("not-coded", "SAFE-EXP", "An adult with dementia wandering is not a missing child episode."),
     ("not-coded", "DA", "Judgement: dementia-related agitation and shouting is not described as abuse."),
     ("not-coded", "REL-PAR", "Fights are between siblings, not parent and child.")])

add("Z032", "A", "green",
    "Sam (Y6) - teacher reports he's anxious and distracted in class. ELSA sessions started weekly.",
    ["MH-CHILD"])

add("Z032", "C", "yellow",
    "Dennis goes to the day centre in Stowbrook three days a week and has a week's respite each month; he's "
    "on the list for a care home. Jo is back at work part time and says she's sleeping again.",
    ["PH"],
    [("historical", "MH-ADULT", "Back at work and 'sleeping again' -> recovered; no current mental health need stated."),
     ("convention", "PH", "Ongoing dementia care (day centre, respite) -> PH present (C4).")])


# ================================================================= output
CODES = {"EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD", "MH-ADULT", "PH", "SUB",
         "REL-PAR", "REL-CONF", "DA", "SAFE-NEG", "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"}
LEVELS = ["blue", "green", "yellow", "orange", "red"]


def main():
    narr_rows, gold_rows, traps = [], [], {}
    seen = set()
    for n in N:
        loc, adate, cdate = CASES[n["case"]]
        stage = "assessment" if n["stage"] == "A" else "closure"
        date = adate if n["stage"] == "A" else cdate
        tid = f"{n['case']}-{n['stage']}"
        if n["level"] == "note":
            nid, box, glevel = f"{tid}-note", "", n["note_level"]
        else:
            nid, box, glevel = f"{tid}-{n['level']}", n["level"], n["level"]
        assert nid not in seen, nid
        seen.add(nid)
        assert len(set(n["codes"])) == len(n["codes"]), nid
        for c in n["codes"]:
            assert c in CODES, (nid, c)
            assert glevel in LEVELS, nid
        narr_rows.append([nid, tid, n["case"], stage, date, box, loc, n["text"]])
        for c in n["codes"]:
            gold_rows.append([nid, c, glevel])
        if n["traps"]:
            traps[nid] = n["traps"]

    def write(name, header, rows):
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
            w.writerow(header)
            w.writerows(rows)

    write("narratives.csv", ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality",
                             "narrative"], narr_rows)
    write("gold.csv", ["narrative_id", "code", "level"], gold_rows)
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8", newline="") as f:
        f.write(json.dumps(traps, indent=2, ensure_ascii=False).replace("\n", "\r\n") + "\r\n")

    triages = {r[1] for r in narr_rows}
    print(f"cases: {len(CASES)}  triages: {len(triages)}  narratives: {len(narr_rows)} "
          f"(boxed {sum(1 for r in narr_rows if r[5])}, notes {sum(1 for r in narr_rows if not r[5])})")
    print(f"gold rows: {len(gold_rows)}  narratives with no gold: "
          f"{sum(1 for r in narr_rows if r[0] not in {g[0] for g in gold_rows})}")
    print(f"narratives with trap notes: {len(traps)}  trap entries: {sum(len(v) for v in traps.values())}")
    cc = Counter(g[1] for g in gold_rows)
    print("codes:", ", ".join(f"{c} {cc.get(c, 0)}" for c in sorted(CODES)))
    lc = Counter(g[2] for g in gold_rows)
    print("gold levels:", ", ".join(f"{l} {lc.get(l, 0)}" for l in LEVELS))
    print("localities:", dict(Counter(r[6] for r in narr_rows)))


if __name__ == "__main__":
    main()
