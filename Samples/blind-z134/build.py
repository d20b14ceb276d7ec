#!/usr/bin/env python3
"""Build the blind gold set Z (progress / review language).

Written blind from /work/shared/taxonomy.md only.  Each narrative is held
here with its gold codes and, where the coding needed a judgement, trap
notes.  Running this writes narratives.csv, gold.csv and traps.json
(UTF-8, no BOM, CRLF) and prints counts.

Narrative tuple: (stage, level, text, codes, traps[, note_level])
  stage  'A' assessment / 'C' closure
  level  box level, or '' for an unboxed note (then note_level gives the
         single level all its codes take: the highest cue in the text,
         convention 2)
  codes  list of PRESENT codes only
  traps  list of (type, code, note)
"""
import csv
import json
import os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))

CODES = ["EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD",
         "MH-ADULT", "PH", "SUB", "REL-PAR", "REL-CONF", "DA", "SAFE-NEG",
         "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"]
LEVELS = ["blue", "green", "yellow", "orange", "red"]

CASES = []


def case(cid, loc, a_date, c_date, *narrs):
    CASES.append(dict(case=cid, loc=loc, a=a_date, c=c_date, narrs=list(narrs)))


LM, BR, OT, PV = "Lowther Moss", "Brindlecombe", "Otterdale", "Pennock Vale"

# ---------------------------------------------------------------- Z001
case("Z001", LM, "2025-02-10", "2025-08-14",
     ("A", "yellow",
      "Leanne (mum) says she is 'at the end of her rope' with Tyler (7) - he hits out at her "
      "when he's told no, kicks doors, and bedtime is a battle every night, often not in bed "
      "till 11. Leanne on the waiting list for Talking Therapies, GP started her on sertraline "
      "in Jan. EHW allocated - first piece of work will be bedtimes and consequences.",
      ["REL-PAR", "MH-ADULT"],
      [("convention", "REL-PAR", "Child hitting the parent is child-to-parent violence: REL-PAR, not DA (conv 8)."),
       ("not-coded", "PH", "Bedtime battles are a routines/boundaries matter (REL-PAR); no sleep problem as such is described, so no PH (conv 9 is about sleep problems).")]),
     ("C", "blue",
      "Review wk 20. Tyler in bed by 8 most nights using his sticker chart. Leanne scales "
      "managing his behaviour at 7/10 (2/10 at the start) - still the odd meltdown when the "
      "tablet goes off but she uses the calm-down plan and says she can handle it. Leanne "
      "finished Talking Therapies (8 sessions) and came off the sertraline in July, feels "
      "'back to myself'.",
      ["REL-PAR"],
      [("convention", "REL-PAR", "Blue box, still the odd meltdown that mum now manages with a plan: 'now managing' counts as present (conv 3)."),
       ("historical", "MH-ADULT", "Therapy finished and medication stopped, 'back to myself': the issue is described as over (conv 3).")]),
     ("C", "green",
      "Maisie (4) now doing all 5 of her nursery sessions. Speech much improved but still "
      "behind for her age - nursery SENCo running small-group language sessions with her and "
      "HV review booked for Oct. Dry in the day since June.",
      ["EYD"],
      [("partial", "EYD", "Speech 'much improved but still behind' with ongoing sessions = present; toileting is over ('dry since June') but EYD is coded once anyway.")]),
     )

# ---------------------------------------------------------------- Z002
case("Z002", BR, "2025-03-03", "2025-09-22",
     ("A", "orange",
      "Jordan (14) stopped by police 12/2 with two older lads, found with a small bag of "
      "cannabis and £200 cash - youth caution 4/3. Police intel links the older lads to a "
      "county lines group working out of the Ferndale estate; CCE screening = moderate. Mum "
      "(Claire) works nights at a care home and is worried he's being groomed, he is out till "
      "midnight most nights. No concerns from school re behaviour.",
      ["CRIME", "SAFE-EXP"],
      [("convention", "SUB", "Drugs found on a child at risk of criminal exploitation are SAFE-EXP and CRIME, not SUB (conv 12); no use by Jordan is described."),
       ("negated", "EDU-EXC", "'No concerns from school re behaviour'."),
       ("convention", "FIN", "Working nights is not FIN (conv 5).")]),
     ("C", "yellow",
      "Attendence 88% this half term, up from 71% at referral - better but still below where "
      "school want it. Attendance officer meeting Jordan fortnightly. EHW support ending as "
      "agreed at last review, stepping down to school.",
      ["EDU-ATT"],
      [("partial", "EDU-ATT", "Improved but 'still below' target with an ongoing attendance officer: present.")]),
     ("C", "orange",
      "No further police contact since the caution in March. Jordan says he's 'done with "
      "them' and has stopped going over to Ferndale. CCE screening repeated in Aug - no "
      "indicators now. YOS prevention worker finished 12 sessions and has closed.",
      [],
      [("historical", "CRIME", "'No further police contact since' and YOS closed: over."),
       ("negated", "SAFE-EXP", "Repeat screening 'no indicators now'; contact with the group has stopped.")]),
     )

# ---------------------------------------------------------------- Z003
case("Z003", OT, "2025-01-20", "2025-07-04",
     ("A", "orange",
      "DA - Shannon disclosed coercive control by her partner Dean: checks her phone, took "
      "her bank card off her, stopped her seeing her sister. DASH 15, heard at MARAC 23/1. "
      "Dean left the property 18/1 and is on police bail not to contact her. Ava (6) and "
      "Logan (3) have heard a lot of the shouting.",
      ["DA"],
      [("convention", "CRIME", "Partner's offences against the adult victim (bail) are DA only (conv 7)."),
       ("not-coded", "FIN", "Taking her bank card is part of the coercive control (DA); no debt or money problem described in this box.")]),
     ("A", "yellow",
      "Rent arrears £1,200 plus council tax debt, built up while Dean had her card. UC being "
      "changed to a single claim and Citizens Advice referral done. Landlord (housing "
      "association) aware and not taking any action.",
      ["FIN"],
      [("not-coded", "HOUS", "Rent arrears are FIN; no notice or risk of losing the home, landlord 'not taking any action' (negated)."),
       ("historical", "DA", "Dean's control of her card is named only as how the debt built up, in the past (he has left); no current abuse in this box, so DA not coded here.")]),
     ("C", "blue",
      "Shannon completed the Freedom Programme in May. She has her safety plan and her "
      "IDVA's number and says she'd ring 999 straight away if Dean turned up - non-mol in "
      "place till Jan 26. Paying £25 a week off the arrears through the plan CAB set up.",
      ["DA", "FIN"],
      [("convention", "DA", "Blue box: living with a current non-molestation order and safety plan is the family managing DA (conv 3); the 'if Dean turned up' clause does not make the whole DA picture hypothetical."),
       ("convention", "FIN", "Paying off arrears = now managing, present in a blue box (conv 3).")]),
     )

# ---------------------------------------------------------------- Z004
case("Z004", PV, "2025-04-07", "2025-10-30",
     ("A", "yellow",
      "Kayden (11) is young carer for mum Rachel (MS, uses a wheelchair outdoors) - does her "
      "meds, the shopping, gets his sister Esme (5) ready for school. School say he's missed "
      "9 days this year, mostly when Rachel has a flare. Rachel gets PIP.",
      ["CARER", "PH", "EDU-ATT"],
      [("convention", "FIN", "PIP named with no money problem: not FIN (conv 5). PH comes from the MS, not from the benefit.")]),
     ("C", "blue",
      "Kayden and Rachel scaled 'how much caring Kayden does' together: 4/10 now, was 9/10. "
      "PA comes every morning through adult social care so he isn't doing her meds any more. "
      "Kayden goes to Young Carers club on Thursdays and loves it. Rachel's MS fairly stable "
      "since starting the new infusion.",
      ["CARER", "PH"],
      [("partial", "CARER", "Caring reduced (4/10) but still there, and young carers club ongoing: present."),
       ("convention", "PH", "MS stable on treatment = managing, present in blue (conv 3).")]),
     ("C", "green",
      "97% this term - no absences linked to caring since Easter. School know about Kayden's "
      "caring role and he has a young carer card to show staff if he needs time out.",
      ["CARER"],
      [("historical", "EDU-ATT", "'No absences linked to caring since Easter', 97%: attendance issue over."),
       ("partial", "CARER", "Caring role is current (card, school aware).")]),
     )

# ---------------------------------------------------------------- Z005
case("Z005", LM, "2025-05-12", "2025-11-20",
     ("A", "orange",
      "Ellie (15) - 3 missing episodes in April, found by police in the town centre each "
      "time. RHIs suggest she's meeting adult males she met online; Mum has seen sexualised "
      "Snapchat messages. Strategy discussion 30/4: NFA to s47, EH to lead via TAF.",
      ["SAFE-EXP"],
      [("convention", "CRIME", "Police finding a missing child is safeguarding, not CRIME (conv 7)."),
       ("convention", "SAFE-EXP", "Boxed: takes orange though a strategy discussion is mentioned (conv 2).")]),
     ("A", "yellow",
      "Ellie cutting her arms since January, GP referred to CAMHS, on the waiting list. Mum "
      "(Gemma) says Ellie screams at her and has pushed her into the door twice. Ellie says "
      "Mum's boyfriend Stu drinks a lot but he has his own flat and only comes round on "
      "Saturdays.",
      ["MH-CHILD", "REL-PAR"],
      [("convention", "REL-PAR", "Child pushing parent = child-to-parent violence, REL-PAR not DA (conv 8)."),
       ("outside", "SUB", "Stu lives elsewhere; his drinking is not coded (conv 6).")]),
     ("C", "yellow",
      "CAMHS now seeing Ellie for CBT (6 of 12). No self-harm for 3 months, she rates her mood "
      "6/10, was 2/10 in May. Things with Gemma much better - no physical incidents since the "
      "summer and 'we actually talk now'.",
      ["MH-CHILD"],
      [("convention", "MH-CHILD", "Ongoing CAMHS treatment codes MH-CHILD (conv 4) though self-harm has stopped."),
       ("historical", "REL-PAR", "'No physical incidents since the summer', relationship 'much better' with nothing remaining named: over.")]),
     )

# ---------------------------------------------------------------- Z006
case("Z006", BR, "2025-02-24", "2025-06-30",
     ("A", "green",
      "Noah (7 months): HV weighing weekly, dropped from 50th to 9th centile since Nov. Priya "
      "finding weaning really hard, Noah gags on anything lumpy. Priya tearful and low at the "
      "visit, EPDS 16, GP appt made for her. Dad works away Mon-Fri.",
      ["PH", "EYD", "MH-ADULT"],
      [("convention", "EYD", "Weaning in an under-5 is EYD; the weight drop is PH (both described).")]),
     ("C", "green",
      "Noah back up to the 25th centile and HV has stopped the weekly weighs. Eating mashed "
      "food and finger foods now. Priya says her mood is 'loads better' - GP wants her to stay "
      "on citalopram for another 6 months.",
      ["MH-ADULT"],
      [("historical", "PH", "Weight recovered, weighs stopped: over."),
       ("historical", "EYD", "Now eating textures: weaning difficulty over."),
       ("convention", "MH-ADULT", "Continuing antidepressant treatment codes MH-ADULT (conv 4) despite 'loads better'.")]),
     )

# ---------------------------------------------------------------- Z007
case("Z007", OT, "2025-06-02", "2025-12-08",
     ("A", "yellow",
      "6 of them in a 2 bed private rented flat - Agnieszka, Marek, Kacper (13), Zofia (10) "
      "and the twins (2). Black mould on the kids' bedroom walls, landlord ignoring texts. "
      "Both twins wheezy, GP gave inhalers in May. Marek does shifts at the warehouse.",
      ["HOUS", "PH"],
      [("convention", "FIN", "Shift work is not FIN (conv 5).")]),
     ("A", "",
      "5/6 rang environmental health - HHSRS inspection booked. Housing options say the "
      "family should go on the register as overcrowded. EHW to chase the landlord re repairs.",
      ["HOUS"],
      [("convention", "HOUS", "Unboxed: highest cue is the EHW (yellow); environmental health and housing options are not listed cues (conv 2).")],
      "yellow"),
     ("C", "green",
      "Landlord treated the mould and put in an extractor fan after the environmental "
      "health inspection, no damp since. Still overcrowded - band B on the register, waiting for a 3 bed. Twins' "
      "chests better, one still on the brown inhaler.",
      ["HOUS", "PH"],
      [("partial", "HOUS", "Damp is over but overcrowding remains ('still'): present."),
       ("partial", "PH", "One twin still on a preventer inhaler: present (managing, green box, conv 3).")]),
     )

# ---------------------------------------------------------------- Z008
case("Z008", PV, "2025-03-17", "2025-10-06",
     ("A", "orange",
      "Craig (dad) drinking every day - by his own account 2 bottles of wine a night. Police "
      "called 4/3 by a neighbour, Craig arrested for drunk and disorderly in the street. "
      "Craig and Tasha argue a lot; both deny any violence or control and Lily-Rose (8) says "
      "it's 'just shouting'. Referred to Compass (drug & alcohol).",
      ["SUB", "CRIME", "REL-CONF"],
      [("convention", "CRIME", "Drunk and disorderly by a household adult is other offending = CRIME (conv 7)."),
       ("negated", "DA", "Both deny violence or control: arguments are REL-CONF (conv 8).")]),
     ("C", "yellow",
      "Craig still with Compass - community detox in July, now going to SMART Recovery "
      "weekly. Two lapses since (both weekends), he was honest about them. Tasha says they "
      "haven't had a row in weeks.",
      ["SUB"],
      [("partial", "SUB", "Lapses and ongoing service: present."),
       ("historical", "REL-CONF", "'Haven't had a row in weeks': arguments described as stopped.")]),
     ("C", "green",
      "Lily-Rose finished her ELSA sesions in Sept, teacher says she is 'a different girl'. "
      "School will re-refer to ELSA if any worries come back.",
      [],
      [("historical", "MH-CHILD", "ELSA finished, child described as well: over."),
       ("hypothetical", "MH-CHILD", "Re-referral only 'if any worries come back'.")]),
     )

# ---------------------------------------------------------------- Z009
case("Z009", LM, "2025-01-13", "2025-06-16",
     ("A", "yellow",
      "Callum (17) dropped out of Eastfield College in Nov after 6 weeks. Not working or "
      "looking, mostly in his room gaming. Mum (Donna) out of work since the shop closed, on "
      "UC with a £300 overpayment being taken back at £40 a month.",
      ["EDU-NEET", "FIN"],
      [("convention", "FIN", "FIN is for the adult's worklessness and the benefit overpayment, not for Callum's NEET status (conv 11).")]),
     ("A", "green",
      "Callum has asthma - well controlled, uses his preventer every day. Annual review with "
      "the practice nurse due March.",
      ["PH"],
      [("convention", "PH", "Well-controlled condition in a green box = now managing, present (conv 3).")]),
     ("C", "yellow",
      "Callum started Level 1 Construction at Marlow Training in April, 4 days a week, tutor "
      "says attendance is good. Donna working 16 hrs at the Co-op since Feb and the overpayment "
      "is paid off.",
      [],
      [("historical", "EDU-NEET", "Now in training: NEET over."),
       ("historical", "FIN", "In work and the overpayment 'paid off': over (conv 3).")]),
     )

# ---------------------------------------------------------------- Z010
case("Z010", BR, "2025-09-15", "2026-03-09",
     ("A", "orange",
      "Rhys (12, Y8): 3 suspensions since Sept (8 days total) for fighting and swearing at "
      "staff, now on report. School have said a managed move to Kingsmead is possible if things "
      "don't improve. Assessed for ADHD in 2023 - not diagnosed. Dad is in HMP Ranby, no "
      "contact for 2 years; Rhys gets very low when he's mentioned, referred to school "
      "counsellor.",
      ["EDU-EXC", "MH-CHILD"],
      [("partial", "EDU-EXC", "Managed move is only hypothetical ('if things don't improve'), but EDU-EXC is present anyway from the suspensions."),
       ("historical", "EDU-SEND", "ADHD assessment in 2023, not diagnosed: no current SEND."),
       ("outside", "CRIME", "Father in prison, not in the household (conv 6).")]),
     ("C", "orange",
      "No suspensions since January, off report since Feb and the managed move is no longer on "
      "the table. Still on a beahviour plan with the pastoral lead - 2 detentions last half "
      "term for back-chat in class.",
      ["EDU-EXC"],
      [("partial", "EDU-EXC", "Suspensions over but behaviour at school still managed by a plan, detentions: present.")]),
     ("C", "yellow",
      "Rhys finished 6 counselling sessions in Dec. Scales himself 7/10 (was 3/10) and says he "
      "'feels better about stuff'. Family Star: moved up in 6 of 8 areas, biggest shifts in "
      "'your well-being' and 'home and money'. Natalie happy for EH to close.",
      [],
      [("historical", "MH-CHILD", "Counselling finished and no remaining difficulty named: over. A scaling score alone is distance travelled, not a need."),
       ("not-coded", "FIN", "Family Star area labels ('home and money') are not described issues.")]),
     )

# ---------------------------------------------------------------- Z011
case("Z011", OT, "2025-07-07", "2026-01-19",
     ("A", "red",
      "CP plan (neglect) since ICPC 12/6. Home conditions very poor at last visit - dog mess "
      "on the floors, no working fridge, beds with no sheets. Mia (5), Jack (3) and Oscar "
      "(18m) often in dirty clothes. Jack has tooth decay, 2 dental appts missed. Kirsty has "
      "depression and isn't taking her meds. Mia's attendance 79%.",
      ["SAFE-NEG", "PH", "MH-ADULT", "EDU-ATT"],
      []),
     ("C", "yellow",
      "Stepped down CP to CIN in Sept, then to EH in Nov. Home conditions much improved - beds "
      "made up, new fridge, floors clean at the last 4 unannounced visits. Kirsty still needs "
      "prompting with laundry and the kids' clothes; EHW visiting weekly.",
      ["SAFE-NEG"],
      [("partial", "SAFE-NEG", "Much improved but 'still needs prompting' with basic care: present."),
       ("convention", "SAFE-NEG", "Boxed yellow though CP/CIN are mentioned (conv 2).")]),
     ("C", "green",
      "Jack now at nursery 15 hrs (3 days). Mia's attendance up to 93% but still late a lot - "
      "school attendance officer involved. Jack had 3 fillings, dentist happy, next check in 6 "
      "months. Kirsty back on sertraline and seeing GP monthly.",
      ["EDU-ATT", "MH-ADULT"],
      [("not-coded", "EYD", "'Jack now at nursery' is good news with no need stated in this box (conv 1, 3)."),
       ("historical", "PH", "Dental treatment completed, dentist happy, routine check only: over.")]),
     )

# ---------------------------------------------------------------- Z012
case("Z012", PV, "2025-04-22", "2025-11-03",
     ("A", "orange",
      "Section 21 served 1/4, family have to be out by 1/6. Tomasz lost his job in Feb and "
      "rent arrears are now £2,100. Family of 5, no relatives locally with room to put them "
      "up. Amelia (9) very anxious about moving - crying at bedtime and has started wetting "
      "the bed again.",
      ["HOUS", "FIN", "MH-CHILD", "PH"],
      [("convention", "PH", "Bedwetting at school age is PH (conv 9).")]),
     ("C", "orange",
      "Family spent 11 weeks in TA (Rowan House) then moved into a 3 bed housing association "
      "property 15/9. Tenancy sustainment officer visiting fortnightly for the first 3 months "
      "to help them settle.",
      ["HOUS"],
      [("convention", "HOUS", "Homelessness resolved, but an ongoing tenancy sustainment service codes its area (conv 4).")]),
     ("C", "yellow",
      "Tomasz back in work since Aug. Old tenancy arrears (£1,400) on a payment plan at £50 a "
      "month. Amelia's bedwetting has stopped; she's still a bit clingy at bedtime and Mum is "
      "using the worry box idea from the school nurse.",
      ["FIN", "MH-CHILD"],
      [("partial", "FIN", "Debt still owed (on a plan): a current need, so present even in a yellow box."),
       ("historical", "PH", "Bedwetting 'has stopped'."),
       ("partial", "MH-CHILD", "'Still a bit clingy', worry strategies in use: present.")]),
     )

# ---------------------------------------------------------------- Z013
case("Z013", LM, "2025-10-06", "2026-04-20",
     ("A", "yellow",
      "Harvey (6) on SEN support at school for speech and attention; SENCo referred to "
      "community paeds for an ASD assessment in Sept. Meltdowns at home most evenings, "
      "hitting his little sister, and Mum (Jade) can't get him to bed before 10.",
      ["EDU-SEND", "REL-PAR"],
      [("convention", "EDU-SEND", "School-age speech needs go to EDU-SEND, not EYD (conv 9).")]),
     ("C", "yellow",
      "Harvey now on the ASD pathway - paeds appt Feb, awaiting ADOS. LA agreed an EHCP needs "
      "assessment in March. Jade goes to the monthly Spectrum parent carer group.",
      ["EDU-SEND"],
      [("convention", "CARER", "'Parent carer' is not a young carer (conv 12).")]),
     ("C", "blue",
      "Jade using a visual timetable and now/next board at home. Bedtimes 'nearly sorted' - "
      "Harvey asleep by 8.30 most nights. Jade scores her confidence 8/10.",
      ["REL-PAR"],
      [("convention", "REL-PAR", "Blue box: the parent now managing routines ('nearly sorted') counts as present (conv 3).")]),
     )

# ---------------------------------------------------------------- Z014
case("Z014", BR, "2025-05-19", "2025-09-29",
     ("A", "green",
      "Freya (2y 3m) - HV 2 yr review: about 10 words, not joining any yet. Everything else "
      "on track. Mum Chloe keen for her to start nursery and applying for the 2 yr funding.",
      ["EYD"],
      []),
     ("C", "",
      "Closure summary: Freya at Busy Bees 2 days a week since June on her funded hours, "
      "nursery doing WellComm with her. Speech coming on - 50+ words, starting to put 2 "
      "together. HV will review again at 2½. Closing with Chloe's agreement, no other needs.",
      ["EYD"],
      [("convention", "EYD", "Unboxed: cues are nursery and HV only, so green (conv 2). Speech still developing with HV review = present.")],
      "green"),
     )

# ---------------------------------------------------------------- Z015
case("Z015", OT, "2025-08-04", "2026-02-23",
     ("A", "red",
      "s47 completed 28/7 after a DV incident - Lee strangled Sam in front of Kai (4). Lee "
      "arrested and remanded. ICPC 11/8, Kai on a CP plan under emotional harm. Sam and Kai "
      "in refuge and registered homeless with Harlow Bridge. Kai clingy and wetting again "
      "since, CAMHS under-5s referral made.",
      ["DA", "HOUS", "MH-CHILD", "EYD"],
      [("convention", "CRIME", "Lee's arrest for the assault on Sam is DA only (conv 7)."),
       ("convention", "EYD", "Wetting in an under-5 is EYD (conv 9).")]),
     ("C", "orange",
      "CP plan ended Dec (stepped down to CIN, then EH). Lee got 3 years in Nov. Sam has a "
      "non-mol for when he's released and is on the Freedom Programme - week 7 of 11.",
      ["DA"],
      [("convention", "DA", "Freedom Programme in progress codes DA (conv 4); Lee's sentence is DA not CRIME (conv 7).")]),
     ("C", "yellow",
      "Sam and Kai out of refuge into a 2 bed flat in Oct, settled. Kai dry again and much "
      "calmer; CAMHS under-5s still seeing Kai and Sam for 3 more dyadic sessions.",
      ["MH-CHILD"],
      [("historical", "HOUS", "Rehoused and settled: over."),
       ("historical", "EYD", "'Dry again': over."),
       ("convention", "MH-CHILD", "CAMHS still involved (conv 4).")]),
     )

# ---------------------------------------------------------------- Z016
case("Z016", PV, "2025-11-10", "2026-03-30",
     ("A", "yellow",
      "Aisha (13) being bullied on a group chat and at the bus stop - called names about her "
      "weight. Refused school 6 days this half term and told her form tutor she feels "
      "'worthless'. Older brother Imran (19) lives at home, works at their uncle's garage.",
      ["SAFE-EXP", "EDU-ATT", "MH-CHILD"],
      [("not-coded", "PH", "Name-calling about weight is bullying; no health problem with weight is stated.")]),
     ("C", "yellow",
      "School dealt with the group chat, 2 girls suspended. Aisha says the bullying has "
      "'mostly stopped' but one girl still makes comments at the bus stop. Attendance back up "
      "to 96%, no refusals since Jan. Still low some days - school counsellor work ongoing, "
      "fortnightly.",
      ["SAFE-EXP", "MH-CHILD"],
      [("outside", "EDU-EXC", "The suspended girls are outside the household (conv 6)."),
       ("partial", "SAFE-EXP", "'Mostly stopped' but still comments: present."),
       ("historical", "EDU-ATT", "'No refusals since Jan', 96%: over.")]),
     ("C", "blue",
      "Aisha has joined netball and has a new friendship group. She blocks anyone who sends "
      "unkind messages and tells Mum straight away - says it's happened once since Christmas.",
      ["SAFE-EXP"],
      [("convention", "SAFE-EXP", "Unkind messages still occurring and managed by Aisha: now managing in a blue box (conv 3).")]),
     )

# ---------------------------------------------------------------- Z017
case("Z017", LM, "2025-02-03", "2025-08-25",
     ("A", "orange",
      "Gareth (dad) has PTSD from his army service. Two suicide attempts last year (Aug and "
      "Nov); crisis team until Dec, now under CMHT. Helen works full time and is his main "
      "carer. Sons Ethan (15) and Luke (12).",
      ["MH-ADULT"],
      [("convention", "CARER", "Helen is an adult carer: not CARER (conv 12)."),
       ("partial", "MH-ADULT", "Suicide attempts are last year's, but PTSD and CMHT are current: present.")]),
     ("A", "yellow",
      "Ethan does a lot at home - cooks tea 4 nights a week and sits with Dad when Helen's at "
      "work 'in case he does something'. Ethan says he's fine but school say he looks shattered "
      "and his homework is slipping. Luke OK.",
      ["CARER"],
      [("not-coded", "MH-CHILD", "'Says he's fine', looks tired: no emotional difficulty stated.")]),
     ("C", "orange",
      "Gareth discharged from CMHT to his GP in July, no crisis since Nov 2024. Still has "
      "nightmares but manages them with the veterans' peer group he goes to weekly. Ethan now "
      "linked with Kinway Young Carers and goes to their monthly group.",
      ["MH-ADULT", "CARER"],
      [("partial", "MH-ADULT", "Crises over and CMHT discharged, but nightmares 'still' with ongoing peer support: present."),
       ("convention", "CARER", "Ongoing young carers service codes CARER (conv 4).")]),
     )

# ---------------------------------------------------------------- Z018
case("Z018", BR, "2025-11-24", "2026-04-13",
     ("A", "yellow",
      "Kerry-Ann behind on gas & electric (prepayment meter, self-disconnecting most weeks), "
      "used Eastgate food bank x3 since Oct. Bella (7) told her teacher there was 'no food in "
      "the house' at the weekend. Reece (9) - eczema flared badly, GP gave a new cream.",
      ["FIN", "SAFE-NEG", "PH"],
      [("convention", "SAFE-NEG", "No food in the house is SAFE-NEG; food bank and fuel debt are FIN; both described (conv 10).")]),
     ("C", "green",
      "Reece's eczema under control with the new regime - dermatology referral cancelled as "
      "no longer needed.",
      ["PH"],
      [("convention", "PH", "A chronic condition 'under control' with treatment = now managing, present in green (conv 3); only the referral is 'no longer needed'.")]),
     ("C", "yellow",
      "Energy debt (£640) written off through the supplier's trust fund, meter switched to "
      "credit. Kerry-Ann doing weekly budgeting sessions with the money coach at the Family "
      "Hub. Not used the food bank since Jan and school have had no more comments about food.",
      ["FIN"],
      [("convention", "FIN", "Debt written off, but an ongoing money coach service codes FIN (conv 4)."),
       ("historical", "SAFE-NEG", "No more comments about food since: over.")]),
     )

# ---------------------------------------------------------------- Z019
case("Z019", OT, "2025-08-18", "2026-01-12",
     ("A", "orange",
      "Tyler-James (16): police called to the house 3 times in July - smashed up his room and "
      "threatened Mum (Marie) with a knife. Already on a referral order with YOS (criminal "
      "damage, Dec 24). Left Y11 in the summer with no college place for Sept.",
      ["REL-PAR", "CRIME", "EDU-NEET"],
      [("convention", "REL-PAR", "Child-to-parent violence with police and YOS: REL-PAR plus CRIME, not DA (conv 8).")]),
     ("A", "yellow",
      "Marie has fibromyalgia and is on ESA; says she can't cope with T-J. Lexi (10) anxious "
      "and scared of her brother, won't stay in a room on her own with him.",
      ["PH", "REL-PAR", "MH-CHILD"],
      [("convention", "FIN", "ESA named with no money problem: not FIN (conv 5).")]),
     ("C", "yellow",
      "T-J at Riverside Training (L1 motor vehicle) since Sept, 3 days a week. Lexi much less "
      "anxious, though she still checks where T-J is before she'll come downstairs.",
      ["MH-CHILD"],
      [("historical", "EDU-NEET", "Now in training: over."),
       ("partial", "MH-CHILD", "'Much less anxious' names a reduced but remaining anxiety, and 'still' checks where he is: present.")]),
     )

# ---------------------------------------------------------------- Z020
case("Z020", PV, "2025-09-08", "2026-02-02",
     ("A", "orange",
      "Reggie (14) arrested 20/8 for shoplifting with a group of older lads, RUI. Stacey "
      "(mum) found £400 cash and 2 phones in his room. Missing overnight twice in Aug. NRM "
      "referral being considered.",
      ["CRIME", "SAFE-EXP"],
      []),
     ("A", "",
      "Phone call with Stacey 10/9 - she's signed off work with anxiety, GP has started her "
      "on propranolol. Says sick pay is covering the bills for now.",
      ["MH-ADULT"],
      [("hypothetical", "FIN", "Bills covered; any money problem is only implied for the future."),
       ("convention", "MH-ADULT", "Unboxed: only cue is the GP, so green (conv 2).")],
      "green"),
     ("C", "orange",
      "Reggie's case NFA'd by police in Nov. No missing episodes since Oct. Moved schools and "
      "cut ties with the group. TAF review 15/1 - risk reduced but still some concern he's in "
      "contact with an older male via Snapchat, police aware.",
      ["SAFE-EXP"],
      [("historical", "CRIME", "NFA: over."),
       ("partial", "SAFE-EXP", "'Risk reduced but still some concern': present.")]),
     ("C", "",
      "Stacey back at work part-time since Dec. Says her anxiety is 'way better' and she's "
      "coming off the propranolol slowly with the GP. Reggie doing boxing 3 nights a week.",
      ["MH-ADULT"],
      [("convention", "MH-ADULT", "Still on a tapering prescription under the GP: ongoing treatment (conv 4). Unboxed, GP cue = green (conv 2).")],
      "green"),
     )

# ---------------------------------------------------------------- Z021
case("Z021", LM, "2025-07-21", "2025-12-15",
     ("A", "yellow",
      "Dan and Mel separated in May but both still living in the house until it sells. "
      "Constant arguing about money and the kids - Poppy (10) and Alfie (7) hear all of it. "
      "Both clear there's been no violence or controlling behaviour. Referred to the Reducing "
      "Parental Conflict programme.",
      ["REL-CONF"],
      [("negated", "DA", "No violence or control: REL-CONF only (conv 8)."),
       ("not-coded", "FIN", "Arguing about money is not a money problem.")]),
     ("C", "yellow",
      "Dan moved into a flat nearby in Sept. Parents did 4 of 6 joint RPC sessions - "
      "communication 'a lot calmer', they use a co-parenting app now. Still disagree about "
      "holidays; mediation booked for Jan to agree a child arrangements plan.",
      ["REL-CONF"],
      [("partial", "REL-CONF", "Calmer but 'still disagree', mediation booked: present.")]),
     ("C", "green",
      "Alfie (7) dry most nights now, using the alarm from the school nurse. Poppy much "
      "happier per her teacher, no concerns in school.",
      ["PH"],
      [("convention", "PH", "School-age bedwetting, reduced but still managed with an alarm: PH present (conv 3, 9)."),
       ("negated", "MH-CHILD", "'Much happier', 'no concerns': no need stated in this box.")]),
     )

# ---------------------------------------------------------------- Z022
case("Z022", OT, "2025-10-13", "2026-04-27",
     ("A", "orange",
      "Mason (15): smoking cannabis daily, Mum (Leanne) found ketamine in his jacket. 5 day "
      "suspension from Brookfield for being under the influence in school. Open to CAMHS for "
      "low mood since 2024. Vapes constantly. Stepdad Rob and Mason have shouting matches most "
      "evenings.",
      ["SUB", "EDU-EXC", "MH-CHILD", "REL-PAR"],
      [("convention", "SUB", "Vaping is not SUB (conv 12); the cannabis and ketamine use is."),
       ("convention", "REL-PAR", "Arguments between a (step)parent and child are REL-PAR (conv 8).")]),
     ("C", "orange",
      "Mason engaging with Compass Young People's service - down to weekend use only, no "
      "ketamine since Dec. No further suspensions. On a reduced timetable (mornings only) for "
      "2 more weeks as part of a phased return, then full days. CAMHS discharged him in Feb.",
      ["SUB", "EDU-ATT"],
      [("partial", "SUB", "Reduced, not stopped, and service ongoing: present."),
       ("historical", "EDU-EXC", "'No further suspensions'."),
       ("convention", "EDU-ATT", "A reduced (part-time) timetable is EDU-ATT."),
       ("historical", "MH-CHILD", "CAMHS discharged: over.")]),
     ("C", "yellow",
      "Rob, Leanne and Mason did 'Who's in Charge?' together. Fewer rows - Mason says Rob is "
      "'alright now'.",
      ["REL-PAR"],
      [("partial", "REL-PAR", "'Fewer rows' means rows continue at a lower rate: present (judgement; see README).")]),
     )

# ---------------------------------------------------------------- Z023
case("Z023", PV, "2025-05-06", "2025-10-20",
     ("A", "yellow",
      "Paul disclosed online gambling - about £8k on credit cards he'd hidden from Sian. Sian "
      "found out in April; they say they're 'working through it'. Referred to GamCare and "
      "StepChange.",
      ["FIN"],
      [("convention", "SUB", "Gambling debts are FIN, not SUB (conv 10).")]),
     ("A", "green",
      "Sian 30 wks pregnant, midwife happy and BP fine - if it goes up she'd be seen at the "
      "day unit. Evie (3) at nursery 3 days, no concerns.",
      [],
      [("hypothetical", "PH", "Raised BP only as an 'if'; pregnancy itself is not an issue."),
       ("negated", "EYD", "Evie at nursery, 'no concerns'.")]),
     ("A", "blue",
      "Sian's parents have lent them £1,000 towards the card debt and Sian has set up a "
      "budgeting app on her phone.",
      ["FIN"],
      [("convention", "FIN", "Debt being handled through the family's own network: present in blue (conv 3).")]),
     ("C", "yellow",
      "Paul still doing GamCare sessions online and has self-excluded from all the betting "
      "sites; Sian now manages the bank account. StepChange set up a DMP at £150 a month. They "
      "still argue about money now and then but far less than in the spring, definately "
      "getting there.",
      ["FIN", "REL-CONF"],
      [("not-coded", "EDU-EXC", "'Self-excluded' from betting sites is not a school exclusion."),
       ("partial", "REL-CONF", "'Still argue ... far less': present.")]),
     )

# ---------------------------------------------------------------- Z024
case("Z024", LM, "2025-01-06", "2025-09-01",
     ("A", "red",
      "CIN (s17) plan since Dec 24. Jodie (23) struggling with basic care of Lacey (14m): "
      "bottles not sterilised, Lacey in the same clothes for days and left strapped in the "
      "pushchair most of the day. 12 month check missed twice, no 1 yr jabs, HV worried she "
      "isn't sitting unaided yet. Jodie's partner Connor lives with them and is on licence "
      "for burglary.",
      ["SAFE-NEG", "PH", "EYD", "CRIME"],
      [("convention", "CRIME", "A household adult on licence is CRIME (conv 7)."),
       ("convention", "PH", "Missed immunisations/appointments are PH; the development concern (not sitting) is EYD.")]),
     ("A", "yellow",
      "Jodie on UC, £600 rent arrears and the landlord (Moss Homes) has served a notice of "
      "seeking possession.",
      ["FIN", "HOUS"],
      [("convention", "HOUS", "Possession notice = risk of losing the home: HOUS, plus arrears FIN.")]),
     ("C", "yellow",
      "CIN closed June, EH continuing. Jodie going to the Little Steps parenting group at the "
      "children's centre with Lacey (wk 5 of 10). Home clean and baby-safe at every visit now "
      "but she still needs reminding about feed times.",
      ["REL-PAR", "SAFE-NEG"],
      [("convention", "REL-PAR", "Ongoing parenting course codes REL-PAR (conv 4)."),
       ("partial", "SAFE-NEG", "Home conditions resolved but basic care (feeds) still needs prompting: present.")]),
     ("C", "orange",
      "Connor's licence ended in Aug and he's moved back to his mum's. Arrears cleared with a "
      "DHP and the NOSP has been withdrawn.",
      [],
      [("historical", "CRIME", "Licence ended and Connor has left the household (conv 6)."),
       ("historical", "FIN", "Arrears 'cleared' (conv 3)."),
       ("historical", "HOUS", "NOSP withdrawn.")]),
     )

# ---------------------------------------------------------------- Z025
case("Z025", BR, "2025-09-22", "2026-05-11",
     ("A", "orange",
      "Sophie (12) has not been in school since the start of Y8 - EBSA. EHCP for autism. "
      "CAMHS assessment in Aug, on the waiting list for the anxiety pathway.",
      ["EDU-ATT", "EDU-SEND", "MH-CHILD"],
      []),
     ("A", "yellow",
      "Kate (mum) on antidepressants and says all this is 'breaking' her. She and Simon row "
      "most nights on the phone about how to handle Sophie - Simon works away. Kate also pops "
      "in every day to Simon's mum, who has dementia and lives two streets away.",
      ["MH-ADULT", "REL-CONF"],
      [("outside", "PH", "Grandmother lives elsewhere: her dementia is not coded (conv 6)."),
       ("convention", "CARER", "An adult helping her mother-in-law is not CARER (conv 12).")]),
     ("C", "orange",
      "Sophie at the Willow Centre (AP) 3 mornings a week - about 45% overall but she's "
      "going. EHCP annual review brought forward and a specialist placement agreed from Sept. "
      "Started the CAMHS anxiety group in March.",
      ["EDU-ATT", "EDU-SEND", "MH-CHILD"],
      [("partial", "EDU-ATT", "Big improvement on 0% but 45% and part-time: present.")]),
     )

# ---------------------------------------------------------------- Z026
case("Z026", OT, "2025-04-14", "2025-07-21",
     ("A", "yellow",
      "Pat and Ray (maternal grandparents) have Leo (9) under an SGO - kinship carers. Leo has "
      "ADHD (on meds) and they're finding him hard at home: runs off when they're out, won't "
      "go to bed. Ray had a stroke in January and tires easily.",
      ["EDU-SEND", "REL-PAR", "PH"],
      [("convention", "CARER", "Kinship carers are not CARER (conv 12)."),
       ("convention", "EDU-SEND", "Diagnosed ADHD codes EDU-SEND (taxonomy lists ADHD under EDU-SEND; conv 4 'ADHD pathway').")]),
     ("C", "blue",
      "Pat and Ray did an online parenting course for kinship carers. Leo in bed by 9 with his "
      "weighted blanket and a story CD, and they play 'stay close' when they're out. Ray "
      "walking with a stick, physio has finished.",
      ["REL-PAR", "PH"],
      [("convention", "REL-PAR", "Grandparents now managing Leo's behaviour and bedtimes: present in blue (conv 3)."),
       ("partial", "PH", "Physio finished but Ray still walking with a stick: current disability being managed, present.")]),
     ("C", "green",
      "Leo's ADHD meds reviewed by paeds in June, dose increased. School (Moorside Primary) "
      "say the 1:1 in the mornings is working well.",
      ["EDU-SEND"],
      []),
     )

# ---------------------------------------------------------------- Z027
case("Z027", PV, "2025-06-23", "2025-12-01",
     ("A", "yellow",
      "Dominic (10) - both parents profoundly deaf (BSL users). Dom interprets for them at the "
      "GP, the bank and on phone calls and has missed school to do it (attendance 86%). Sister "
      "Maya (4) at nursery, HV says she's meeting all her milestones.",
      ["CARER", "EDU-ATT", "PH"],
      [("convention", "PH", "Parents' deafness is a disability of family members: PH (judgement; see README)."),
       ("negated", "EYD", "Maya meeting milestones.")]),
     ("C", "yellow",
      "Dom open to Pennock Young Carers since Aug. Parents now book interpreters through the "
      "surgery and Access to Work, so Dom doesn't interpret at appointments any more. "
      "Attendance 98% this term.",
      ["CARER"],
      [("convention", "CARER", "Caring task reduced, but the young carers service is ongoing (conv 4)."),
       ("historical", "EDU-ATT", "98%: over."),
       ("not-coded", "PH", "No condition is named in this box; booking interpreters alone is not coded (conv 1).")]),
     ("C", "green",
      "N/A",
      [],
      []),
     )

# ---------------------------------------------------------------- Z028
case("Z028", LM, "2025-08-11", "2026-01-26",
     ("A", "yellow",
      "Chantelle (17), 26 wks pregnant, lives with her mum Deborah and 2 younger brothers. Not "
      "been to college since Easter. Midwife picked up raised BP, being checked weekly. The "
      "baby's dad (19, lives in Otterdale) keeps sending her threatening messages - she has "
      "reported it to police.",
      ["EDU-NEET", "PH", "DA"],
      [("convention", "DA", "Threats from an ex-partner to a 17-year-old are DA; police report does not add CRIME (conv 7)."),
       ("outside", "DA", "The baby's father lives elsewhere, but his abuse's effect on Chantelle is coded (conv 6).")]),
     ("C", "yellow",
      "Baby Kobe born 14/11, well. Chantelle on the Family Nurse Partnership. Still not in "
      "EET - plans to go back to college part-time in Sept, Care to Learn funding sorted. "
      "Messages from Kobe's dad stopped after the police warning in Dec.",
      ["EDU-NEET"],
      [("partial", "EDU-NEET", "'Still not in EET': present; the college place is only planned."),
       ("historical", "DA", "Messages 'stopped' after Dec."),
       ("not-coded", "EYD", "Family Nurse Partnership is a universal-plus young-parent service; no early-years need described.")]),
     ("C", "green",
      "Chantelle's BP back to normal after the birth. Kobe's 6-8 week check all fine.",
      [],
      [("historical", "PH", "BP 'back to normal': over.")]),
     )

# ---------------------------------------------------------------- Z029
case("Z029", BR, "2025-10-20", "2026-03-16",
     ("A", "yellow",
      "Leah and the children (Finn 8, Isla 5) moved here from Kent in Sept. DV from an "
      "ex-partner ended in 2022 - no contact since and he doesn't know where they live. Leah "
      "has PTSD and panic attacks, on the waiting list for trauma therapy. Finn has no school "
      "place yet, out of school 5 weeks.",
      ["MH-ADULT", "EDU-ATT"],
      [("historical", "DA", "DV 'ended in 2022', no contact since."),
       ("convention", "EDU-ATT", "A child out of school with no place is coded as attendance (EDU-ATT) - judgement.")]),
     ("C", "yellow",
      "Leah started EMDR in Jan, session 4 of 12. Panic attacks less often - about once a "
      "fortnight now.",
      ["MH-ADULT"],
      []),
     ("C", "blue",
      "Leah has joined the PTA at Holly Lane. She keeps a safety plan in case her ex ever "
      "tracks them down.",
      [],
      [("hypothetical", "DA", "The safety plan covers only an 'in case' future event; no current abuse or order is described (contrast Z003-C-blue).")]),
     )

# ---------------------------------------------------------------- Z030
case("Z030", OT, "2025-12-01", "2026-05-18",
     ("A", "orange",
      "Family in TA since 20/11 (B&B, one room) after being evicted for rent arrears. Zara (6) "
      "and Musa (3) travelling an hour each way to school/nursery. Hodan's UC housing element "
      "stuck for 5 weeks.",
      ["HOUS", "FIN"],
      [("not-coded", "EDU-ATT", "Long journey to school; no attendance problem stated.")]),
     ("A", "",
      "HV visit 3/12 at the B&B. Musa (3) has a chesty cough that won't shift - advised GP "
      "appt. No cooking facilities so family living on takeaways and cereal.",
      ["PH", "HOUS"],
      [("not-coded", "SAFE-NEG", "Children are being fed; no cooking facilities in TA is a housing matter (HOUS), not neglect."),
       ("convention", "PH", "Unboxed: HV and GP are the only cues, so green (conv 2).")],
      "green"),
     ("C", "orange",
      "Moved into a 2 bed council flat in Feb. UC housing element sorted and backdated. Still "
      "£300 owing on the old rent account, paying £10 a week. Housing officer says they'd only "
      "be at risk again if payments stopped.",
      ["FIN"],
      [("historical", "HOUS", "Rehoused in a secure tenancy: over."),
       ("hypothetical", "HOUS", "Risk only 'if payments stopped'."),
       ("partial", "FIN", "Debt still owing: present.")]),
     )

# ---------------------------------------------------------------- Z031
case("Z031", PV, "2025-02-17", "2025-09-08",
     ("A", "orange",
      "Kyle (13) permanently excluded from Ashgrove Academy 5/2 for bringing a knife into "
      "school. Now at the PRU, mornings only. Police involved - community resolution.",
      ["EDU-EXC", "EDU-ATT", "CRIME"],
      [("convention", "EDU-ATT", "Mornings-only placement is a part-time timetable: EDU-ATT.")]),
     ("A", "yellow",
      "Sharon (mum) drinks most nights, 'a couple of cans to unwind', more at weekends - says "
      "it's not a problem. Kyle says Mum is 'different' when she's had a drink.",
      ["SUB"],
      [("partial", "SUB", "Minimising ('not a problem') is not a denial of use; nightly drinking noticed by the child is present.")]),
     ("C", "orange",
      "Kyle still at the PRU following the PEx but on full days now. Place agreed at Elmridge "
      "for Sept as a fresh start. No further police involvement.",
      ["EDU-EXC"],
      [("partial", "EDU-EXC", "Still placed at the PRU because of the permanent exclusion: current (judgement; see README)."),
       ("historical", "EDU-ATT", "Now full days: part-time timetable over."),
       ("historical", "CRIME", "'No further police involvement'.")]),
     ("C", "yellow",
      "Sharon has cut down - 'only weekends now' - and has been to 2 sessions at Compass. Kyle "
      "says it's better at home.",
      ["SUB"],
      [("partial", "SUB", "Reduced drinking and drug & alcohol service: present.")]),
     )

# ---------------------------------------------------------------- Z032
case("Z032", LM, "2025-11-03", "2026-02-16",
     ("A", "green",
      "Lucas (5, Reception) - school nurse: not dry in the day yet, accidents at school most "
      "days. Mum Emma says he's constipated a lot, GP has prescribed Movicol.",
      ["PH"],
      [("convention", "EYD", "Lucas is 5 and at school: toileting goes to PH, not EYD (conv 9 - EYD is for under-5s).")]),
     ("C", "green",
      "Lucas much better - accidents down to about one a week, still on Movicol. Emma following "
      "the ERIC advice.",
      ["PH"],
      [("partial", "PH", "'Much better' but accidents continue and treatment ongoing: present.")]),
     )

# ---------------------------------------------------------------- Z033
case("Z033", BR, "2025-12-08", "2026-06-15",
     ("A", "",
      "Ahmed (dad) made redundant from the bus depot in Oct, now on UC and 2 months behind "
      "with the rent. He's very low, GP started him on mirtazapine. Bilal (2) only has a "
      "handful of words, HV has referred him to SALT. Older 3 all in school, no concerns from "
      "school. Referred Ahmed to Citizens Advice for a benefits check and gave him the council "
      "tax reduction link - he applied the same day.",
      ["FIN", "MH-ADULT", "EYD"],
      [("convention", "FIN", "Unboxed: highest cue is Citizens Advice (yellow) above GP/HV (green) and signposting (blue) (conv 2)."),
       ("not-coded", "HOUS", "Rent arrears with no notice or eviction risk: FIN only.")],
      "yellow"),
     ("C", "green",
      "Ahmed back in work with the council since March, arrears cleared from his first 2 pay "
      "packets. Still on mirtazapine, GP reviewing monthly - feels 'a lot more like myself'. "
      "Bilal's SALT appointment has come through, first session in July.",
      ["MH-ADULT", "EYD"],
      [("historical", "FIN", "Back in work, arrears 'cleared' (conv 3)."),
       ("convention", "MH-ADULT", "Still on medication: ongoing treatment (conv 4)."),
       ("convention", "EYD", "Awaiting a SALT session for an under-5 codes EYD (conv 4, 9).")]),
     )


# ================================================================ output
def build():
    narr_rows, gold_rows, traps = [], [], {}
    for c in CASES:
        cid = c["case"]
        for n in c["narrs"]:
            stage, level, text, codes, trap_list = n[:5]
            note_level = n[5] if len(n) > 5 else None
            tid = f"{cid}-{stage}"
            nid = f"{tid}-{level}" if level else f"{tid}-note"
            date = c["a"] if stage == "A" else c["c"]
            stage_name = "assessment" if stage == "A" else "closure"
            narr_rows.append([nid, tid, cid, stage_name, date, level, c["loc"], text])
            glevel = level if level else note_level
            assert glevel in LEVELS, nid
            assert len(set(codes)) == len(codes), nid
            for code in codes:
                assert code in CODES, (nid, code)
                gold_rows.append([nid, code, glevel])
            if trap_list:
                traps[nid] = [dict(type=t, code=k, note=s) for t, k, s in trap_list]
    ids = [r[0] for r in narr_rows]
    assert len(ids) == len(set(ids)), "duplicate narrative ids"

    def write(name, header, rows):
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\r\n")
            w.writerow(header)
            w.writerows(rows)

    write("narratives.csv",
          ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"],
          narr_rows)
    write("gold.csv", ["narrative_id", "code", "level"], gold_rows)
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8", newline="") as f:
        f.write(json.dumps(traps, indent=2, ensure_ascii=False).replace("\n", "\r\n") + "\r\n")

    # counts
    stages = Counter(r[3] for r in narr_rows)
    notes = sum(1 for r in narr_rows if not r[5])
    no_gold = len(set(ids) - {g[0] for g in gold_rows})
    print(f"cases: {len(CASES)}  triages: {len({r[1] for r in narr_rows})}  "
          f"narratives: {len(narr_rows)} (assessment {stages['assessment']}, closure {stages['closure']}, "
          f"unboxed notes {notes})")
    print(f"gold rows: {len(gold_rows)}  narratives with no gold rows: {no_gold}  "
          f"narratives with trap notes: {len(traps)} ({sum(len(v) for v in traps.values())} notes)")
    cc = Counter(g[1] for g in gold_rows)
    print("codes: " + ", ".join(f"{k} {cc[k]}" for k in CODES))
    lc = Counter(g[2] for g in gold_rows)
    print("gold levels: " + ", ".join(f"{k} {lc[k]}" for k in LEVELS))
    tc = Counter(t["type"] for v in traps.values() for t in v)
    print("trap types: " + ", ".join(f"{k} {v}" for k, v in sorted(tc.items())))
    for st in ("assessment", "closure"):
        tri = {r[1] for r in narr_rows if r[3] == st}
        row = []
        for lv in LEVELS:
            t = {next(r[1] for r in narr_rows if r[0] == g[0]) for g in gold_rows
                 if g[2] == lv and next(r[3] for r in narr_rows if r[0] == g[0]) == st}
            row.append(f"{lv} {len(t)}")
        print(f"{st}: {len(tri)} triages; triages with present issues at " + ", ".join(row))


if __name__ == "__main__":
    build()
