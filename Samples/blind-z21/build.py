#!/usr/bin/env python3
"""Blind hand-coded gold set z21 (education voice).

Every narrative, its gold codes (present issues only) and short trap notes are
written here by hand, following /work/shared/taxonomy.md.  Running this file
writes narratives.csv, gold.csv and traps.json next to it.

Boxed narrative: box(stage, level, text, codes, traps)
  stage  'A' (assessment) or 'C' (closure)
  codes  the present codes; they take the box's level (convention 2)
  traps  (kind, note) pairs; kind is one of negated / historical /
         hypothetical / outside-household / look-alike / need-met
Unboxed note: note(id, date, locality, text, codes, level, traps)
  level  the single level from the highest cue in the text (convention 2)
"""
import csv
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

CASES = []
NOTES = []


def box(stage, level, text, codes=(), traps=()):
    return {"stage": stage, "level": level, "text": text,
            "codes": list(codes), "traps": list(traps)}


def case(cid, locality, a_date, c_date, *boxes):
    CASES.append({"case": cid, "locality": locality, "A": a_date,
                  "C": c_date, "boxes": list(boxes)})


def note(nid, date, locality, text, codes, level, traps=()):
    NOTES.append({"id": nid, "date": date, "locality": locality,
                  "text": text, "codes": list(codes), "level": level,
                  "traps": list(traps)})


# Localities (invented): Brackenholt, Sallowmere, Fennick Cross, Tollgate Rise

# ---------------------------------------------------------------- batch 1
case("E01", "Brackenholt", "2025-02-10", "2025-07-14",
     box("A", "green",
         "Mason (8, Y3 at St Aldric's Primary) is on 86.4% attendance since "
         "September, mostly odd Mondays and Fridays. Attendance officer met mum "
         "in school and an attendance support plan is in place, to be reviewed "
         "after half term. Class teacher reports no SEN concerns - Mason is "
         "working at the expected standard in reading and maths.",
         ["EDU-ATT"],
         [("negated", "'no SEN concerns' - EDU-SEND not coded")]),
     box("A", "yellow",
         "Leanne (mum) told me she can't face getting up some mornings since "
         "her own mum died in October; GP started her on sertraline last month. "
         "On bad days Mason just stays at home with her. EHW to visit weekly "
         "and support a self-referral to Talking Therapies.",
         ["MH-ADULT", "EDU-ATT"]),
     box("C", "blue",
         "Leanne's sister now does the Monday and Friday school run so Mason "
         "gets in on time. Leanne has finished her Talking Therapies sessions "
         "and says she knows how to go back to them if her mood drops again "
         "over the winter.",
         ["EDU-ATT"],
         [("historical", "Talking Therapies finished - MH-ADULT not coded"),
          ("hypothetical", "'if her mood drops again' - MH-ADULT not coded")]),
     )

case("E02", "Sallowmere", "2025-03-03", "2025-12-01",
     box("A", "yellow",
         "Kacey (13, Y9 at Sallowmere Community College) has had three "
         "suspensions since September, five days in all, for walking out of "
         "lessons and swearing at staff. Inclusion lead says she is now at real "
         "risk of permanent exclusion. At home mum says Kacey ignores her "
         "curfew and they row most evenings about her phone.",
         ["EDU-EXC", "REL-PAR"],
         [("look-alike", "rows are parent-child (REL-PAR), not REL-CONF")]),
     box("A", "orange",
         "Police brought Kacey home at 1am on two Saturdays last month after "
         "finding her in the precinct with a group of older lads, one of them "
         "known locally for dealing cannabis. PCSO has raised CCE concerns. "
         "School has called a TAF meeting and is proposing a managed move to "
         "Tollgate Rise Academy.",
         ["SAFE-EXP", "EDU-EXC"],
         [("look-alike", "police returning a child home is safeguarding, not CRIME"),
          ("outside-household", "the lad dealing cannabis - no SUB")]),
     box("C", "green",
         "Kacey moved to Tollgate Rise Academy on a managed move in October and "
         "the six-week review was positive; she has had no suspensions there "
         "and her attendance is 96%. The receiving school's mentor still sees "
         "her weekly while the move is on trial.",
         ["EDU-EXC"],
         [("negated", "'no suspensions there' (managed move itself still coded)"),
          ("need-met", "attendance 96% is good news - EDU-ATT not coded")]),
     )

case("E03", "Fennick Cross", "2025-09-22", "2026-01-19",
     box("A", "green",
         "Ellis (11) came off roll at Fennick Cross Primary in June when mum "
         "chose elective home education. The EHE adviser visited in September: "
         "there was no plan and no work to look at, and Ellis says he mainly "
         "plays on his Xbox. A preliminary notice has been issued and a school "
         "place is being looked into.",
         ["EDU-ATT"],
         [("look-alike", "EHE with no suitable education coded EDU-ATT (child missing education), not EDU-EXC")]),
     box("A", "yellow",
         "Mum (Stacey) says she took Ellis out because lads in his class picked "
         "on him, and the same boys still send him abuse on Snapchat. He gets "
         "panicky and tearful whenever a new school is mentioned. Stacey is on "
         "ESA and owes £1,200 in council tax; she says she can't afford a "
         "secondary uniform. EHW to help with the school application and refer "
         "her to Citizens Advice.",
         ["SAFE-EXP", "MH-CHILD", "FIN"]),
     box("C", "blue",
         "Stacey is paying £50 a month to the council under the arrangement "
         "Citizens Advice set up, and bought Ellis's uniform second-hand at the "
         "PTA sale. Ellis blocked the boys on Snapchat and there have been no "
         "messages since October.",
         ["FIN"],
         [("historical", "online bullying stopped in October - SAFE-EXP not coded")]),
     )

case("E04", "Tollgate Rise", "2025-11-24", "2026-03-02",
     box("A", "yellow",
         "Jordan (17) was withdrawn from his Level 2 motor vehicle course at "
         "Kestrel Vale College in November after weeks of not turning up, and "
         "is now at home with nothing to do. The Compass post-16 adviser has met "
         "him and he says he would like an apprenticeship. Mum works nights at "
         "a care home and dad drives for a delivery firm.",
         ["EDU-NEET"],
         [("look-alike", "16+ NEET is EDU-NEET only, not EDU-ATT/FIN (conv 11)"),
          ("look-alike", "parents working nights/shifts is not FIN (conv 5); 'care home' is not CARER")]),
     box("A", "orange",
         "Jordan was arrested in October with cannabis bagged up for sale and "
         "is now on a YOS referral order. His YOS worker believes he is holding "
         "drugs for an older group from out of town and has made an NRM "
         "referral.",
         ["CRIME", "SAFE-EXP"],
         [("look-alike", "drugs held by an exploited child: SAFE-EXP + CRIME, not SUB (conv 12)")]),
     box("C", "green",
         "Jordan started a vehicle maintenance apprenticeship with Harlow Motors "
         "in January but has had two written warnings for lateness, and his "
         "manager has said a third will end the placement. The Compass adviser "
         "meets him monthly to keep him on track. His referral order finished "
         "in February and there has been no further police contact.",
         ["EDU-NEET"],
         [("historical", "referral order finished, no police contact - CRIME not coded"),
          ("look-alike", "lateness at an apprenticeship at 17 is risk of NEET, not EDU-ATT")]),
     )

case("E05", "Brackenholt", "2025-04-07", "2025-10-06",
     box("A", "green",
         "Poppy (3) takes up only 6 of her 15 funded hours at Little Acorns "
         "nursery, and the health visitor noted at her review that she has very "
         "few words and mostly points. Her brother Alfie (6, Y1) sees the speech "
         "and language therapist in school for a stammer and the SENCO has put "
         "him on SEN support.",
         ["EYD", "EDU-SEND"],
         [("look-alike", "under-5 nursery take-up/speech is EYD, school-age speech is EDU-SEND (conv 9)")]),
     box("A", "yellow",
         "Dad (Craig) has been the main carer since mum moved out in February. "
         "He says bedtimes are chaos and Alfie is wetting the bed most nights. "
         "Mum has the children alternate weekends and handovers usually end in "
         "a shouting match between the parents. Referred to the Positive Steps "
         "parenting group.",
         ["REL-PAR", "PH", "REL-CONF"],
         [("look-alike", "'main carer' is a parent - not CARER (conv 12)"),
          ("look-alike", "bedwetting at school age is PH, not EYD (conv 9)")]),
     box("C", "green",
         "Poppy now does all 15 hours and nursery are running a WellComm "
         "language group with her; she is starting to put two words together. "
         "Alfie stays on SEN support with weekly SALT sessions in school.",
         ["EYD", "EDU-SEND"]),
     )

# ---------------------------------------------------------------- batch 2
case("E06", "Sallowmere", "2025-05-12", "2026-02-09",
     box("A", "yellow",
         "Lily (12) is on 78% attendance and was late 22 times last term. She "
         "told her form tutor she helps mum, who has MS, to wash and dress each "
         "morning and then walks her little brother to his school. Referral made "
         "to Brightpaths Young Carers.",
         ["EDU-ATT", "CARER", "PH"]),
     box("A", "green",
         "Joanne (mum) sees the MS nurse and her GP regularly; she has had two "
         "falls at home this month and an OT assessment is booked. The household "
         "gets UC and PIP, and Joanne says they budget carefully and have no "
         "debts.",
         ["PH"],
         [("negated", "benefit names with 'no debts' - FIN not coded (conv 5)")]),
     box("C", "green",
         "Autumn term attendance 93% with two lates; Lily stays on the school's "
         "attendance watch list and meets the young carers lead every Tuesday.",
         ["EDU-ATT", "CARER"]),
     )

case("E07", "Fennick Cross", "2025-10-13", "2026-01-12",
     box("A", "green",
         "Noah (7, Y2 at Fennick Cross Primary) is on the ASD assessment pathway "
         "and the SENCO has applied for an EHC needs assessment. He has been on "
         "a part-time timetable, mornings only, since October because he becomes "
         "overwhelmed in the afternoons.",
         ["EDU-SEND", "EDU-ATT"],
         [("look-alike", "part-time timetable is EDU-ATT, not EDU-EXC")]),
     box("A", "yellow",
         "Mum (Priya) gave up her job to collect Noah at lunchtime and the "
         "family is now two months behind on the rent (£1,650). Priya cried "
         "through most of the visit and says she is at breaking point, but she "
         "hasn't been to her GP. EHW to do a benefits check and help with a DLA "
         "claim.",
         ["FIN", "MH-ADULT"],
         [("look-alike", "rent arrears alone are FIN; no notice or eviction risk so no HOUS")]),
     box("C", "green",
         "EHCP issued in December naming Fennick Cross Primary with 1:1 support "
         "in the afternoons, and Noah has been on a full timetable since the "
         "start of January. The community paediatrician has confirmed an autism "
         "diagnosis. Priya now receives DLA for Noah and Carer's Allowance.",
         ["EDU-SEND"],
         [("historical", "part-time timetable ended - EDU-ATT not coded"),
          ("look-alike", "Carer's Allowance/DLA: not CARER, not FIN, not PH (conv 5)")]),
     )

case("E08", "Tollgate Rise", "2025-03-17", "2025-09-22",
     box("A", "orange",
         "Tyrese (14) was permanently excluded from Tollgate Rise Academy on 3 "
         "March for bringing a knife onto the site; police attended and he "
         "received a youth caution. He has a place at the Linden Centre PRU but "
         "has attended only 40% of sessions.",
         ["EDU-EXC", "CRIME", "EDU-ATT"]),
     box("A", "yellow",
         "Gran (Marcia) has cared for Tyrese under an SGO since he was 6. She "
         "says she can't manage his temper: he has punched holes in the doors "
         "and shoved her into the banister last week. His cousin Dami, who lives "
         "with his own mum in Leeds, was also excluded last year. Referral made "
         "to the NVR parenting group.",
         ["REL-PAR"],
         [("look-alike", "child-to-grandparent violence is REL-PAR, not DA (conv 8)"),
          ("outside-household", "cousin's exclusion - no EDU-EXC"),
          ("look-alike", "kinship carer under SGO is not CARER")]),
     box("C", "yellow",
         "Tyrese is still at the Linden Centre following his exclusion, now "
         "attending 96%, and is due to reintegrate to Brookhay School in "
         "January. His caution is spent and Marcia says there has been no "
         "violence at home since May. The school nurse is seeing him about his "
         "sleep as he is gaming until 3am most nights.",
         ["EDU-EXC", "PH"],
         [("need-met", "attendance 96% - EDU-ATT not coded"),
          ("historical", "caution spent - CRIME not coded"),
          ("historical", "no violence at home since May - REL-PAR not coded")]),
     )

case("E09", "Brackenholt", "2025-06-02", "2025-11-17",
     box("A", "yellow",
         "Harper (9) and Finley (7) at Oakmoor Primary are late most mornings "
         "(Harper 31 times this term) and both are on 88% attendance. Staff have "
         "smelt alcohol on dad (Gary) at pick-up, and he admits to 'a few cans "
         "most nights' since he lost his job in March. His UC has been "
         "sanctioned twice. Harper came in hungry twice last week, saying there "
         "was nothing in for breakfast.",
         ["EDU-ATT", "SUB", "FIN", "SAFE-NEG"]),
     box("C", "green",
         "Both children now go to the school's breakfast club every day, which "
         "gets them in on time; Harper has been late three times this half term "
         "and the attendance officer is still monitoring.",
         ["EDU-ATT"]),
     box("C", "yellow",
         "Gary is seeing a worker at Horizon Drug and Alcohol Service and says "
         "he only drinks at weekends now. His work coach has got him onto a "
         "forklift licence course. School has had no concerns about food or "
         "hunger since September.",
         ["SUB", "FIN"],
         [("historical", "no food/hunger concerns since September - SAFE-NEG not coded")]),
     )

case("E10", "Sallowmere", "2025-11-10", "2026-02-23",
     box("A", "orange",
         "Isla (14) hasn't been in school since the start of October; she has "
         "panic attacks in the car park and has cut her arms. CAMHS have "
         "assessed her and she is waiting for CBT. School is providing two hours "
         "a day of online lessons in the meantime.",
         ["EDU-ATT", "MH-CHILD"]),
     box("A", "blue",
         "Mum (Claire) has read the school-avoidance guide the school sent home "
         "and uses a worry diary with Isla each evening. Claire says she has no "
         "mental health difficulties of her own and her partner is supportive.",
         ["EDU-ATT", "MH-CHILD"],
         [("negated", "mum has no MH difficulties - MH-ADULT not coded")]),
     box("C", "orange",
         "Isla started CBT with CAMHS in January; there has been one further "
         "self-harm episode. She is back in school three mornings a week on a "
         "phased return and the Head of Year meets her at the gate. The "
         "headaches she had in the autumn have gone.",
         ["MH-CHILD", "EDU-ATT"],
         [("historical", "headaches gone - PH not coded")]),
     )

case("E11", "Fennick Cross", "2025-07-07", "2025-12-15",
     box("A", "orange",
         "Danielle (mum) disclosed that her partner Lee checks her phone, "
         "controls all the money and strangled her in June. DASH high risk; "
         "MARAC referral made and IDVA allocated. Danielle has been keeping Ruby "
         "(10) off school 'to keep her close' and Ruby's attendance is 71%.",
         ["DA", "EDU-ATT"],
         [("look-alike", "partner's assault on mum is DA only, not CRIME (conv 7)")]),
     box("A", "yellow",
         "Ruby has wet herself in class three times this month and her teacher "
         "says she is withdrawn and barely speaks. School has referred her to "
         "the Jigsaw programme for children affected by domestic abuse. Lee took "
         "out loans of about £3,000 in Danielle's name and the repayments are "
         "leaving her short.",
         ["PH", "MH-CHILD", "DA", "FIN"],
         [("look-alike", "wetting at age 10 is PH, not EYD (conv 9)")]),
     box("C", "yellow",
         "Lee moved out in September and a non-molestation order is in place "
         "until March 2026. Danielle finished the Freedom Programme in November. "
         "Ruby's attendance has been 95% since October half term. Danielle is "
         "repaying the loans at a reduced rate agreed through the debt advice "
         "line while the lender looks into fraud.",
         ["DA", "FIN"],
         [("need-met", "attendance 95% since half term - EDU-ATT not coded"),
          ("historical", "Freedom Programme finished (DA still coded from the current non-mol order)")]),
     )

case("E12", "Tollgate Rise", "2025-10-20", "2026-04-20",
     box("A", "yellow",
         "Aimee (16) started A levels at Harrowgate Sixth Form in September but "
         "stopped going after three weeks and is not in any education, work or "
         "training. Her brother Ryan (19), who lives with their dad in "
         "Sallowmere, has been out of work for a year; the two of them message a "
         "lot.",
         ["EDU-NEET"],
         [("outside-household", "brother Ryan lives with dad - no EDU-NEET/FIN for him")]),
     box("A", "orange",
         "Aimee told the post-16 adviser she has been cutting herself and hasn't "
         "left the house in a fortnight. Her GP has made an urgent CAMHS "
         "referral and mum is keeping sharps locked away.",
         ["MH-CHILD"]),
     box("C", "green",
         "Aimee sees her GP monthly and is on sertraline. She has applied to "
         "Kestrel Vale College for a Level 3 art course starting in September "
         "and volunteers one day a week at a charity shop in the meantime.",
         ["MH-CHILD", "EDU-NEET"],
         [("look-alike", "a college application and volunteering do not end NEET status - still coded")]),
     )

case("E13", "Brackenholt", "2025-01-27", "2025-06-30",
     box("A", "green",
         "Oscar (12, Y7 at Brackenholt Academy) was given a two-day suspension in "
         "January for fighting, but the governors overturned it after CCTV "
         "showed he was defending himself and it has been taken off his record. "
         "School reports no other behaviour concerns.",
         [],
         [("negated", "suspension overturned and no behaviour concerns - EDU-EXC not coded")]),
     box("A", "yellow",
         "Oscar says a group of older boys push him around at the bus stop and "
         "film it for TikTok. He is tearful at bedtime and begs to stay at home, "
         "and his attendance has dropped to 89% this half term. EHW to do "
         "sessions on friendships and staying safe online.",
         ["SAFE-EXP", "MH-CHILD", "EDU-ATT"]),
     box("C", "blue",
         "Oscar now walks to school with a neighbour's son and says the bullying "
         "stopped after school dealt with the older boys in March.",
         [],
         [("historical", "bullying stopped in March - SAFE-EXP not coded")]),
     box("C", "green",
         "Attendance is back up to 97% and the school has closed his attendance "
         "support plan. He sees the school counsellor every other week and says "
         "he feels much happier.",
         ["MH-CHILD"],
         [("need-met", "97% and plan closed - EDU-ATT not coded")]),
     )

case("E14", "Sallowmere", "2025-03-24", "2025-10-27",
     box("A", "orange",
         "After a Section 21 eviction the family was placed in a hotel room in "
         "Fennick Cross in February. Zara (9) and Musa (6) now take two buses, "
         "50 minutes each way, to Sallowmere Primary and are late most days; "
         "attendance is 84% for Zara and 82% for Musa.",
         ["HOUS", "EDU-ATT"]),
     box("A", "yellow",
         "Mum (Amina) says the room has one double bed for the three of them and "
         "no kitchen, so she relies on the food bank at St Luke's. Musa has "
         "asthma and has been to A&E twice since the move, and there is black "
         "mould around the window.",
         ["HOUS", "FIN", "PH"]),
     box("C", "yellow",
         "The family moved into a two-bedroom housing association flat in "
         "Sallowmere in July and both children have been at 95% or above since "
         "September. Amina is still using the food bank every fortnight while "
         "her UC is reassessed after the move. Musa's asthma is now reviewed by "
         "the practice nurse and he has had no A&E visits since July.",
         ["FIN", "PH"],
         [("historical", "rehoused in July - HOUS not coded"),
          ("need-met", "attendance 95%+ - EDU-ATT not coded"),
          ("negated", "'no A&E visits' does not remove the asthma being managed (PH coded)")]),
     )

# ---------------------------------------------------------------- batch 3
case("E15", "Fennick Cross", "2025-02-17", "2025-09-08",
     box("A", "green",
         "Theo (2 years 4 months) has missed his two-year development review "
         "twice, so the health visitor has rebooked it as a home visit. Mum says "
         "he isn't saying any words yet.",
         ["EYD"],
         [("look-alike", "missed development review of an under-5 is EYD, not PH")]),
     box("A", "yellow",
         "Kirsty (mum) scored high on the mood screening and says she has felt "
         "'numb' since Theo's sister was born in January. Referral made to the "
         "perinatal mental health team and EHW to visit weekly. Kirsty's partner "
         "works away on building sites Monday to Friday.",
         ["MH-ADULT"],
         [("look-alike", "partner working away is not REL-CONF or FIN")]),
     box("C", "green",
         "Theo has a funded two-year-old place at Buttercups Nursery and is now "
         "using about 30 words; nursery will keep an eye on his speech. "
         "Kirsty's mum takes him to Rhyme Time at the library on Wednesdays.",
         ["EYD"]),
     )

case("E16", "Brackenholt", "2025-05-19", "2026-03-16",
     box("A", "orange",
         "Callum (15) has had 14 days of suspension this year and the head has "
         "warned that the next serious incident could mean permanent exclusion. "
         "He has an EHCP for SEMH and is on the ADHD pathway with the community "
         "paediatrician. Police were called to school in April after he threw a "
         "chair at a teacher.",
         ["EDU-EXC", "EDU-SEND", "CRIME"],
         [("hypothetical", "permanent exclusion only threatened (suspensions are present, so EDU-EXC still coded)")]),
     box("A", "yellow",
         "Callum and mum (Nicola) argue constantly and she says she has given up "
         "trying to get him home before midnight. He smokes and vapes heavily but "
         "says he has never used drugs, and Nicola has seen nothing to suggest "
         "otherwise.",
         ["REL-PAR"],
         [("look-alike", "smoking/vaping is not SUB (conv 12)"),
          ("negated", "never used drugs - SUB not coded")]),
     box("C", "orange",
         "After an emergency annual review Callum moved to Greywell School, an "
         "SEMH specialist school, in February. He is still waiting for his ADHD "
         "assessment. YOS are involved after he assaulted another boy in "
         "December and he is on a six-month referral order.",
         ["EDU-SEND", "CRIME"]),
     )

case("E17", "Sallowmere", "2025-09-15", "2026-02-02",
     box("A", "yellow",
         "Kian (16) left Year 11 in July with no college place after missing the "
         "enrolment deadline, and spends his days gaming in his room. Mum "
         "(Sharon) has been out of work since 2023 and owes £620 on the "
         "electricity. The post-16 adviser is helping him apply for a January "
         "start.",
         ["EDU-NEET", "FIN"],
         [("look-alike", "FIN is for mum's worklessness and arrears, not Kian's NEET status (conv 11)")]),
     box("C", "green",
         "Kian started a Foundation Learning course at Kestrel Vale College in "
         "January and his attendance so far is 92%. College has given him a "
         "learning support mentor for his dyslexia and extra time in "
         "assessments.",
         ["EDU-SEND"],
         [("historical", "now enrolled at college - EDU-NEET not coded")]),
     box("C", "yellow",
         "Sharon started a part-time job at the Co-op in December and the "
         "electricity arrears are on a repayment plan of £15 a week.",
         ["FIN"]),
     )

case("E18", "Fennick Cross", "2025-05-06", "2026-01-05",
     box("A", "red",
         "Section 47 enquiry after Jessie (5) was found on her own on the high "
         "street at 8am; mum (Tanya) was asleep and a neighbour rang the police. "
         "Tanya tested positive for heroin. Her partner Dean, who lives with "
         "them, is on licence after a prison sentence for burglary. A child in "
         "need plan was agreed at the strategy meeting.",
         ["SAFE-NEG", "SUB", "CRIME"],
         [("look-alike", "police finding a lone child is safeguarding; CRIME comes from Dean's licence (conv 7)")]),
     box("A", "green",
         "Jessie's attendance in Reception was 81% and she is often collected "
         "late. She hasn't had a dental check since she was two and her teeth "
         "show visible decay.",
         ["EDU-ATT", "PH"]),
     box("C", "orange",
         "Case stepped down from child in need to early help in November. Tanya "
         "is on a methadone script with Horizon and her tests have been clear "
         "for three months. Dean's licence ended in October and he has moved "
         "out.",
         ["SUB"],
         [("historical", "licence ended and Dean moved out - CRIME not coded"),
          ("look-alike", "clear tests, but methadone script still codes SUB (conv 4)")]),
     box("C", "green",
         "Jessie's Year 1 attendance is 94.8%; she goes to breakfast club every "
         "day and school is keeping her on the attendance watch list. The "
         "dentist finished her fillings in December.",
         ["EDU-ATT"],
         [("historical", "dental treatment completed - PH not coded")]),
     )

case("E19", "Tollgate Rise", "2025-09-29", "2025-12-08",
     box("A", "orange",
         "Riley (13) is halfway through a managed move from Holm Lane Academy to "
         "Tollgate Rise Academy after a run of fights; the new school says he "
         "has already had a one-day suspension there.",
         ["EDU-EXC"]),
     box("A", "yellow",
         "Riley's parents separated in the summer and still argue about which "
         "house he sleeps at on school nights. When he stays at dad's he often "
         "misses the bus, and he has 12 lates this term.",
         ["REL-CONF", "EDU-ATT"]),
     box("C", "yellow",
         "The managed move was made permanent in November and Riley is now on "
         "roll at Tollgate Rise Academy with no further suspensions. His parents "
         "still go to mediation once a month to review the school-night plan "
         "they agreed. Head of Year has said that if the suspensions start again "
         "he would be put on a pastoral support plan.",
         ["REL-CONF"],
         [("historical", "managed move completed, no further suspensions - EDU-EXC not coded"),
          ("hypothetical", "pastoral support plan only if suspensions restart - EDU-EXC not coded")]),
     )

case("E20", "Brackenholt", "2025-04-14", "2025-09-29",
     box("A", "orange",
         "The family moved here from Sallowmere in March and none of the three "
         "children (7, 9 and 12) has been registered with a school; the CME "
         "officer traced them through their GP registration. The landlord has "
         "served a section 8 possession notice over £2,400 rent arrears. Dad "
         "(Marek) works agency shifts at a warehouse and mum (Ola) says she "
         "didn't know how to apply for school places.",
         ["EDU-ATT", "HOUS", "FIN"],
         [("look-alike", "agency shift work is not FIN (FIN from the arrears)")]),
     box("A", "blue", "N/A", []),
     box("C", "orange",
         "The landlord withdrew the possession claim in August after the arrears "
         "were cleared with a discretionary housing payment, and the tenancy is "
         "continuing. All three children have been in school since June.",
         [],
         [("historical", "possession claim withdrawn, arrears cleared - HOUS/FIN not coded"),
          ("need-met", "children in school since June - EDU-ATT not coded")]),
     )

case("E21", "Sallowmere", "2025-10-20", "2026-03-30",
     box("A", "red",
         "Strategy meeting held on 14 October after Maya (14) went missing "
         "overnight for the third time; police found her in Tollgate Rise with a "
         "man in his twenties she had met online. Police are investigating "
         "grooming and Maya is now on a child protection plan.",
         ["SAFE-EXP"],
         [("look-alike", "police finding a missing child is not CRIME (conv 7)")]),
     box("A", "orange",
         "Maya's attendance has fallen to 58% and when she is in she skips "
         "lessons. She disclosed self-harm to a teacher and CAMHS saw her the "
         "same week. She was suspended for a day last month for vaping in the "
         "toilets.",
         ["EDU-ATT", "MH-CHILD", "EDU-EXC"],
         [("look-alike", "vaping is not SUB (conv 12)")]),
     box("C", "orange",
         "The child protection plan ended in February and Maya was stepped down "
         "to early help; there have been no missing episodes since December. She "
         "still sees CAMHS fortnightly and is on a reduced timetable of four "
         "days a week at school.",
         ["MH-CHILD", "EDU-ATT"],
         [("historical", "no missing episodes since December, CP plan ended - SAFE-EXP not coded")]),
     )

case("E22", "Fennick Cross", "2025-09-01", "2026-02-16",
     box("A", "green",
         "Sophie (9) was diagnosed with type 1 diabetes in August; the school "
         "nurse has written an individual healthcare plan and trained her class "
         "staff. Her attendance is 92%, all authorised medical absence, and "
         "school has no attendance concerns.",
         ["PH"],
         [("negated", "school has no attendance concerns - EDU-ATT not coded")]),
     box("A", "yellow",
         "Dad (Paul) has been off work with long Covid since March and they have "
         "missed two mortgage payments. Sophie's brother Ethan (13) cooks tea "
         "most nights and helps Sophie with her insulin injections when dad is "
         "too tired.",
         ["PH", "FIN", "CARER"]),
     box("C", "yellow",
         "Ethan goes to the Brightpaths young carers group fortnightly and still "
         "does most of the cooking. Paul is back at work three days a week and "
         "the lender has agreed a six-month reduced payment plan on the mortgage "
         "arrears.",
         ["CARER", "FIN"]),
     )

# ---------------------------------------------------------------- batch 4
case("E23", "Tollgate Rise", "2025-06-16", "2025-11-10",
     box("A", "green",
         "Ava (4) starts Reception in September. Nursery say she isn't toilet "
         "trained, finds it very hard to separate from mum and has limited "
         "language; her keyworker has asked for a Portage referral.",
         ["EYD"]),
     box("A", "yellow",
         "Mum (Gemma) is a single parent with fibromyalgia and on bad days can't "
         "manage the walk, so Ava misses nursery sessions. Ava's half-brother "
         "Kyle (15), who lives with his dad in Brackenholt, was suspended from "
         "his school last month.",
         ["PH", "EYD"],
         [("look-alike", "an under-5 missing nursery is EYD, not EDU-ATT (conv 9)"),
          ("outside-household", "half-brother lives with his dad - no EDU-EXC")]),
     box("C", "green",
         "Ava started Reception at Tollgate Infants in September. Her teacher "
         "says she settled quickly, is dry during the day and chats happily "
         "with her friends. There are no SEN concerns; the teacher would only "
         "involve the SENCO if her language stopped moving on.",
         [],
         [("historical", "toileting and language now fine - EYD not coded"),
          ("negated", "no SEN concerns - EDU-SEND not coded"),
          ("hypothetical", "SENCO only if her language stalls - EDU-SEND not coded")]),
     )

case("E24", "Brackenholt", "2025-01-20", "2025-07-07",
     box("A", "yellow",
         "Jake (8) has been on a part-time timetable (9 to 12) since January "
         "after repeated outbursts in class, including kicking a teaching "
         "assistant. The inclusion lead plans to build him back up to full days "
         "by Easter. He is waiting for an ADHD assessment.",
         ["EDU-ATT", "EDU-EXC", "EDU-SEND"]),
     box("A", "orange",
         "Jake's parents have loud rows in front of him most evenings and mum "
         "says she is thinking about separating. She says there has never been "
         "any violence, she doesn't feel frightened of dad, and nobody in the "
         "house drinks.",
         ["REL-CONF"],
         [("negated", "no violence or fear - DA not coded"),
          ("negated", "nobody drinks - SUB not coded")]),
     box("C", "green",
         "Jake has been on full days since April with a behaviour plan and a "
         "daily check-in with the learning mentor; there have been no incidents "
         "since May half term.",
         ["EDU-EXC"],
         [("historical", "part-time timetable ended in April - EDU-ATT not coded"),
          ("negated", "'no incidents' - behaviour plan still being managed, EDU-EXC coded (conv 3)")]),
     )

case("E25", "Sallowmere", "2025-04-28", "2025-11-03",
     box("A", "yellow",
         "Ben (17) dropped out of his plumbing course at Kestrel Vale College in "
         "February and now does the odd cash-in-hand labouring job for his "
         "uncle, with no training. Mum (Lorraine) has had depression for years "
         "and rarely leaves the house; Ben does the shopping and picks up her "
         "prescriptions.",
         ["EDU-NEET", "MH-ADULT", "CARER"]),
     box("C", "green",
         "Ben started a Level 2 plumbing apprenticeship with Sallow Homes in "
         "September. His supervisor warned all the new starters that anyone late "
         "more than three times in the first term would lose their place; Ben "
         "hasn't been late once.",
         [],
         [("historical", "now in an apprenticeship - EDU-NEET not coded"),
          ("hypothetical", "losing the place only if late three times; he has not been late - no EDU-NEET/EDU-ATT")]),
     box("C", "yellow",
         "Lorraine is under the community mental health team and has started "
         "going to a weekly walking group. Ben still collects her medication and "
         "does the big shop; he's been told about the Brightpaths 16-18 group "
         "but doesn't want to go.",
         ["MH-ADULT", "CARER"]),
     )

case("E26", "Tollgate Rise", "2025-09-08", "2026-03-09",
     box("A", "red",
         "Kayden (11) has been looked after under section 20 since August, "
         "living with his aunt as a connected-person foster carer after mum was "
         "remanded in custody. His attendance is 86% this term and the "
         "designated teacher has put attendance targets into his PEP.",
         ["EDU-ATT"],
         [("look-alike", "foster carer is not CARER (conv 12)"),
          ("outside-household", "mum remanded in custody, not in Kayden's household - CRIME not coded")]),
     box("A", "orange",
         "Since mum's arrest Kayden has been having nightmares and has started "
         "wetting the bed; the CAMHS looked-after children team has accepted a "
         "referral.",
         ["MH-CHILD", "PH"]),
     box("C", "orange",
         "Kayden remains looked after with his aunt and the CAMHS LAC team see "
         "him monthly. The bedwetting stopped around Christmas.",
         ["MH-CHILD"],
         [("historical", "bedwetting stopped - PH not coded")]),
     )

case("E27", "Brackenholt", "2025-08-18", "2025-12-01",
     box("A", "yellow",
         "Dad (Steve) is a lone parent to twins Ella and Grace (15). He told the "
         "attendance officer he has been gambling online and owes about £4,000 "
         "on credit cards. The girls are on 91% and 89% attendance, mostly "
         "Mondays missed.",
         ["FIN", "EDU-ATT"],
         [("look-alike", "gambling debt is FIN, not SUB (conv 10)")]),
     box("A", "orange",
         "Steve says he has had suicidal thoughts since the debt built up and his "
         "GP has referred him to the crisis team. Grace has told her head of "
         "year she feels anxious all day, worrying about leaving him on his own.",
         ["MH-ADULT", "MH-CHILD"]),
     box("C", "blue",
         "Steve has self-excluded from every gambling site and is sticking to a "
         "debt management plan through ClearPath. His brother comes round on "
         "Sunday evenings to keep him company.",
         ["FIN"],
         [("look-alike", "'self-excluded' from gambling sites is not EDU-EXC")]),
     )

case("E28", "Sallowmere", "2025-11-24", "2026-03-23",
     box("A", "orange",
         "Aaron (15) was permanently excluded from Sallowmere Community College "
         "on 12 November after a fight in which another pupil was badly hurt; "
         "police are investigating the assault. He has been at home since and "
         "hasn't taken up the place offered at the Linden Centre from day six. "
         "Mum has asked the governors to review the exclusion.",
         ["EDU-EXC", "CRIME", "EDU-ATT"]),
     box("C", "green",
         "The governors reinstated Aaron in February after the independent "
         "review panel told them to reconsider, and the exclusion has been "
         "removed from his record. Police took no further action over the "
         "fight. Mum says she would look for another school if there were any "
         "more trouble.",
         [],
         [("historical", "exclusion overturned - EDU-EXC not coded"),
          ("negated", "police NFA - CRIME not coded"),
          ("hypothetical", "moving school only if more trouble - no EDU-EXC")]),
     box("C", "yellow",
         "Aaron is on a reintegration timetable, in school mornings only until "
         "Easter, and meets the pastoral lead every day.",
         ["EDU-ATT"]),
     )

# ---------------------------------------------------------------- unboxed notes
note("N001", "2025-03-11", "Fennick Cross",
     "Attendance officer note: Summer (6, Y1) is on 83.5%. Mum says she has had "
     "repeated ear infections; the GP has prescribed another course of "
     "antibiotics and the school nurse is keeping an eye on her. School has set "
     "up an attendance support plan with mum.",
     ["EDU-ATT", "PH"], "green")
note("N002", "2025-05-22", "Tollgate Rise",
     "Call with Ms Okafor, SENCO at Brookhay Primary: Reggie (9) has an EHCP for "
     "speech, language and communication needs and his annual review is due in "
     "March. No concerns about his attendance or behaviour.",
     ["EDU-SEND"], "green",
     [("negated", "no attendance/behaviour concerns - EDU-ATT/EDU-EXC not coded")])
note("N003", "2025-11-05", "Brackenholt",
     "Post-16 adviser: Demi (17) left her hairdressing course at Kestrel Vale "
     "College in October and says she doesn't want to go back to college. Her "
     "mum has been unemployed since the spring and says they are struggling to "
     "pay for food and gas. Referred to the family support worker.",
     ["EDU-NEET", "FIN"], "yellow",
     [("look-alike", "FIN is the household's worklessness/food and fuel poverty, not Demi's NEET (conv 11)")])
note("N004", "2025-06-09", "Fennick Cross",
     "Pastoral lead: Hassan (13) told his tutor that his older brother (20), "
     "who rents a flat in Fennick Cross, is 'in trouble with the police'. "
     "Hassan himself is doing well, with 98% attendance and no behaviour points "
     "this term. Information passed to the DSL; no further action.",
     [], "green",
     [("outside-household", "brother lives elsewhere - CRIME not coded"),
      ("negated", "98% attendance, no behaviour points - nothing coded")])
note("N005", "2025-10-01", "Sallowmere",
     "EHW home visit: mum (Kerry) has started drinking heavily again after two "
     "years sober, and Lacey (14) has been staying off school to look after her "
     "two younger brothers; her attendance is 76%. Kerry referred to Horizon "
     "Drug and Alcohol Service and Lacey to Brightpaths Young Carers.",
     ["SUB", "EDU-ATT", "CARER"], "yellow",
     [("look-alike", "'two years sober' is past but the drinking has restarted - SUB present")])
note("N006", "2026-01-14", "Tollgate Rise",
     "Inclusion manager: Callan (12) has had two suspensions this term for "
     "fighting and a managed move to Holm Lane Academy is being arranged for "
     "after half term.",
     ["EDU-EXC"], "orange")
note("N007", "2026-01-12", "Brackenholt",
     "Strategy meeting 12 January 2026: Liam (15) was stopped in Brackenholt "
     "with £600 and 20 wraps of crack cocaine and is believed to be running "
     "drugs for a county lines group. He has not been in school since December. "
     "Section 47 enquiry to be completed.",
     ["SAFE-EXP", "CRIME", "EDU-ATT"], "red",
     [("look-alike", "drugs found on an exploited child - not SUB (conv 12)")])
note("N008", "2025-08-04", "Sallowmere",
     "HV contact: Freya (18 months) is still only having bottles of milk and mum "
     "(Rosie) hasn't started her on solids. Rosie was given the weaning leaflet "
     "and details of the Tuesday baby group, and her sister is going to help. "
     "Older brother Jack (7) is doing well at school.",
     ["EYD"], "green",
     [("negated", "Jack doing well at school - nothing coded for him")])
note("N009", "2026-02-18", "Brackenholt",
     "Duty call from dad: Evie (8) gets very anxious before tests and has been "
     "crying at bedtime. Gave him the number of the Sallowmere Parents' Line and "
     "a leaflet on helping children with worries; he will try the breathing "
     "exercises with her at home and his partner's mum is helping out.",
     ["MH-CHILD"], "blue",
     [("look-alike", "crying at bedtime is worry, not a sleep problem (no PH)")])
note("N010", "2025-12-03", "Fennick Cross",
     "Virtual School adviser: Tia (14) is in foster care under an interim care "
     "order. Her EHCP names Brookhay School and she had a one-day suspension "
     "this term for damaging property.",
     ["EDU-SEND", "EDU-EXC"], "red",
     [("look-alike", "foster care is not CARER (conv 12)")])


# ---------------------------------------------------------------- writer
def main():
    nrows, grows, traps = [], [], []
    stage_name = {"A": "assessment", "C": "closure"}
    for c in CASES:
        for b in c["boxes"]:
            tid = "%s-%s" % (c["case"], b["stage"])
            nid = "%s-%s" % (tid, b["level"])
            nrows.append([nid, tid, c["case"], stage_name[b["stage"]],
                          c[b["stage"]], b["level"], c["locality"], b["text"]])
            for code in b["codes"]:
                grows.append([nid, code, b["level"]])
            for kind, txt in b["traps"]:
                traps.append({"narrative_id": nid, "kind": kind, "note": txt})
    for n in NOTES:
        nrows.append([n["id"], n["id"], n["id"], "assessment", n["date"], "",
                      n["locality"], n["text"]])
        for code in n["codes"]:
            grows.append([n["id"], code, n["level"]])
        for kind, txt in n["traps"]:
            traps.append({"narrative_id": n["id"], "kind": kind, "note": txt})

    def write(name, header, rows):
        with open(os.path.join(HERE, name), "w", encoding="utf-8",
                  newline="") as f:
            w = csv.writer(f, lineterminator="\r\n")
            w.writerow(header)
            w.writerows(rows)

    write("narratives.csv", ["narrative_id", "triage_id", "case_id", "stage",
                             "date", "level", "locality", "narrative"], nrows)
    write("gold.csv", ["narrative_id", "code", "level"], grows)
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8") as f:
        json.dump(traps, f, indent=1, ensure_ascii=False)
        f.write("\n")

    # summary
    from collections import Counter
    percode = Counter(g[1] for g in grows)
    perlevel = Counter(g[2] for g in grows)
    with_trap = {t["narrative_id"] for t in traps}
    coded = {g[0] for g in grows}
    kinds = Counter(t["kind"] for t in traps)
    print("cases", len(CASES), "triages",
          sum(len({b["stage"] for b in c["boxes"]}) for c in CASES))
    print("narratives", len(nrows), "boxed",
          sum(len(c["boxes"]) for c in CASES), "unboxed", len(NOTES))
    print("gold rows", len(grows))
    print("narratives with no gold code", len(nrows) - len(coded))
    print("narratives with >=1 trap", len(with_trap))
    print("trap notes by kind", dict(sorted(kinds.items())))
    print("per code", dict(sorted(percode.items())))
    print("per level", dict(sorted(perlevel.items())))


if __name__ == "__main__":
    main()
