#!/usr/bin/env python3
"""Blind gold set U: early-help triage narratives written in HEALTH language
(health visitors, midwives, school nurses, GP practice staff, a perinatal
mental health worker). Every narrative, its gold codes and its trap notes are
written here by hand. Coding follows /work/shared/taxonomy.md only.

Writes narratives.csv, gold.csv and traps.json (UTF-8, no BOM, CRLF).
Standard library only.
"""
import csv
import json
import os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))

# Trap types used in the notes:
#   negated, historical, hypothetical  - a code's area is mentioned but is not present
#   look-alike                         - a word that resembles a code's vocabulary
#   outside-household                  - someone not in the household (not coded)
#   need-met                           - a need described as now met / over (not coded)
#   convention                         - a coding convention decides the code or level
#   empty-box                          - a box with nothing to code

# Each case: locality, assessment (date, boxes), closure (date, boxes) or None.
# Each box: (level, narrative, [gold codes], [(trap type, note), ...])
CASES = [
    # U001
    dict(loc="Hollins Cross",
         A=("2025-02-11", [
             ("green",
              "NBV follow-up, Mia 7/52. Regained birth weight by day 12 and now tracking the 25th centile. "
              "Bottle fed, drinking 5oz every 3-4 hrs. Some reflux after feeds - GP started Gaviscon Infant "
              "last week and Chloe thinks she is bringing less back. Sleeping in a Moses basket in the parents' "
              "room, safe sleep discussed.",
              ["PH"],
              [("look-alike", "'drinking 5oz' is a baby's feeding, not SUB"),
               ("negated", "safe sleep discussed, no unsafe sleeping: not SAFE-NEG")]),
             ("yellow",
              "EPDS 16 at the 6/52 check. Chloe (24) tearful throughout, says she cannot sleep even when Mia "
              "sleeps and feels she is 'getting it all wrong'. No thoughts of harming herself or Mia. GP has "
              "started sertraline and HV referred to Brightside Talking Therapies. Money very tight since "
              "partner Dan's overtime stopped: they ran out of formula twice last month and are £600 behind on "
              "council tax. Healthy Start form done, referred to Citizens Advice.",
              ["MH-ADULT", "FIN"],
              [("negated", "no thoughts of harm - does not remove the present low mood")]),
         ]),
         C=("2025-07-02", [
             ("blue",
              "Chloe has finished her CBT course and says she feels like herself again; she is staying on "
              "sertraline until a GP review in the autumn. The council tax debt is on a repayment arrangement "
              "of £25 a fortnight, which she has kept to since May.",
              ["MH-ADULT", "FIN"],
              [("convention", "blue box: still on medication and keeping to a repayment plan = now managing (conv. 3)")]),
             ("green",
              "Mia weighed at 6 months, on the 25th-50th centile. Reflux resolved and Gaviscon stopped in April. "
              "Weaning started but Mia gags on anything lumpy and will only take smooth puree; HV went through "
              "moving on textures and finger foods with Chloe.",
              ["EYD"],
              [("historical", "reflux resolved, medication stopped: PH not coded")]),
         ])),
    # U002
    dict(loc="Brackenmoor",
         A=("2025-03-04", [
             ("green",
              "2-2.5 yr review for Leo (2y 4m). ASQ-3 below the cut-off for communication - about ten single "
              "words, no joining words together, points or leads adults to what he wants. Other areas within "
              "range. Imms up to date. HV referred to the Chatterbox speech and language drop-in at the "
              "children's centre.",
              ["EYD"],
              [("negated", "imms up to date: pure good news, PH not coded")]),
             ("yellow",
              "Family of five - parents, Leo and twins aged 6 - in a one-bed flat above a takeaway; the twins "
              "sleep on a mattress in the lounge. Black mould across the bedroom wall and window frames. Leo "
              "has had three chest infections since Christmas needing antibiotics. Landlord not answering "
              "repair requests. HV helped Mum complete the housing register form and referred to the family hub.",
              ["HOUS", "PH"],
              []),
         ]),
         C=("2025-09-15", [
             ("blue",
              "Family moved in August to a three-bed housing association house, dry and in good repair. Mum has "
              "registered everyone with the new GP practice and the twins have places at the local primary.",
              [],
              [("need-met", "housing need over since the move: HOUS not coded")]),
             ("green",
              "Leo has started 15 funded hours at Brackenmoor Community Nursery. Now 40+ words and some two-word "
              "phrases; still going to Chatterbox weekly and nursery are following his speech and language targets.",
              ["EYD"],
              []),
         ])),
    # U003
    dict(loc="Eastwick Dale",
         A=("2025-01-20", [
             ("orange",
              "Antenatal booking at 19/40 (late booking, second pregnancy). Seen alone with a telephone "
              "interpreter, Amira (29) disclosed that her husband checks her phone, keeps her bank card and "
              "gives her an allowance, and pushed her into a door in December while Yusuf (4) was in the room. "
              "She has never called the police. DASH 15 - referred to MARAC and the IDVA service; safeguarding "
              "midwife informed.",
              ["DA"],
              [("convention", "financial control and assault by the husband are DA only, not FIN/CRIME (conv. 7, 8)"),
               ("negated", "'never called the police' - no police involvement")]),
             ("red",
              "Strategy meeting 24/01: the unborn baby and Yusuf live in the same house as the alleged "
              "perpetrator. Section 47 enquiries agreed; midwife and HV to contribute to the joint visit.",
              ["DA"],
              [("convention", "coded on its own text (conv. 1): 'alleged perpetrator' carries DA")]),
         ]),
         C=("2025-06-30", [
             ("blue",
              "Husband moved out in March and a non-molestation order is in place until next year. Amira went "
              "to a women's domestic abuse recovery group at the family hub and still meets two women from it; "
              "she keeps her safety plan on her phone.",
              ["DA"],
              [("convention", "blue box: order in force and safety plan kept = now managing DA")]),
             ("green",
              "Baby Noor born at 39+2, 3.3kg. Cow's milk protein allergy diagnosed, so dairy is excluded from "
              "Amira's diet while she breastfeeds. Yusuf (4) has started wetting the bed most nights over the "
              "last two months and has had two accidents at nursery; HV gave advice and a star chart, nursery aware.",
              ["PH", "EYD"],
              [("look-alike", "'excluded from Amira's diet' is not school exclusion (EDU-EXC)"),
               ("convention", "wetting at age 4 is under-5 toileting = EYD, not PH (conv. 9)")]),
         ])),
    # U004
    dict(loc="Sallowfield",
         A=("2025-03-18", [
             ("green",
              "School nurse drop-in at Sallowfield Primary: Ruby (9) is wetting the bed 4-5 nights a week and is "
              "too embarrassed to go on the Year 4 residential. GP referral to the enuresis clinic done. "
              "Attendance 97%.",
              ["PH"],
              [("convention", "school-age bedwetting = PH (conv. 9)"),
               ("negated", "attendance 97%: good news, EDU-ATT not coded")]),
             ("yellow",
              "Mum has relapsing MS and has used a wheelchair since a relapse in January. Ruby helps her dress "
              "in the mornings and makes tea for her brother (6) most evenings. She told the SN she can't "
              "concentrate in class because she worries Mum will fall while she is out. Referred to "
              "Sallowfield Young Carers.",
              ["CARER", "PH", "MH-CHILD"],
              []),
         ]),
         C=("2025-10-06", [
             ("blue",
              "Ruby goes to the young carers' club every other Tuesday and says it is the best bit of her week. "
              "She still helps Mum get dressed, but Dad has changed his shifts and now does tea. Mum's PIP went "
              "up at her reassessment.",
              ["CARER"],
              [("convention", "PIP with no money problem is not FIN and does not imply PH (conv. 5); shifts not FIN")]),
             ("green",
              "Using the enuresis alarm since June; now wet 1-2 nights a week and still seen by the enuresis "
              "nurse. Went on the Year 5 camp.",
              ["PH"],
              []),
         ])),
    # U005
    dict(loc="Hollins Cross",
         A=("2025-04-07", [
             ("green",
              "Kai (3/52) has dropped from the 50th to below the 9th centile. Breastfed, long feeds with a "
              "clicking sound, Jade's nipples cracked. Posterior tongue-tie divided at the hospital on 2/4. HV "
              "weighing weekly and the infant feeding team are supporting.",
              ["PH"],
              []),
             ("yellow",
              "Jade is 17 and left sixth form in her first term when she found out she was pregnant; she is not "
              "in education, training or work and wants to train in childcare. Lives with her mum and stepdad, "
              "who are supportive. Referred to the Young Parents Worker to plan a college start in September "
              "with Care to Learn paying for Kai's nursery place.",
              ["EDU-NEET"],
              [("convention", "16+ NEET is EDU-NEET only; Care to Learn funding is not a money problem (conv. 11)")]),
         ]),
         C=("2026-01-12", [
             ("green",
              "Jade started the Level 2 childcare course at Hollins College in September and Kai goes to the "
              "college creche. Kai back on the 25th centile, on three meals a day and up to date with his imms.",
              [],
              [("need-met", "back in college: EDU-NEET over"),
               ("need-met", "weight recovered: PH over")]),
         ])),
    # U006
    dict(loc="Brackenmoor",
         A=("2025-05-12", [
             ("green",
              "Harvey (4) had six teeth taken out under GA in April because of decay. Still has a bottle of "
              "squash at bedtime and has not been registered with a dentist since. Oral health advice and a "
              "free-flow cup given, plus the list of local NHS dentists taking patients.",
              ["PH"],
              []),
             ("yellow",
              "Dad drinks 6-8 cans of strong lager most evenings. At the 11am visit he was asleep on the sofa "
              "and Harvey and Bella (2) were in the kitchen on their own, Bella with the fridge door open. Mum "
              "works early mornings at the bakery. Dad agreed to a referral to Brackenmoor Drug and Alcohol Service.",
              ["SUB", "SAFE-NEG"],
              [("convention", "Mum working early mornings is not FIN (conv. 5)")]),
         ]),
         C=("2025-11-03", [
             ("blue",
              "Dad has cut down to a few cans on a Saturday and keeps a drink diary, which he showed the HV. "
              "Grandma now has the children while Mum is at work.",
              ["SUB"],
              [("convention", "blue box: cutting down and monitoring = now managing (conv. 3)")]),
         ])),
    # U007
    dict(loc="Eastwick Dale",
         A=("2025-02-25", [
             ("orange",
              "Perinatal MH team: Sophie (31), 4 weeks postnatal, has severe anxiety with intrusive thoughts of "
              "the baby being hurt, which she finds horrifying and has never acted on; she checks Elsie's "
              "breathing many times an hour. Seen weekly by the perinatal psychiatrist and started on "
              "medication. She was admitted to a mother and baby unit with postpartum psychosis after her first "
              "child in 2020 and recovered fully. Dad on extended paternity leave.",
              ["MH-ADULT"],
              [("historical", "postpartum psychosis in 2020, recovered"),
               ("negated", "intrusive thoughts never acted on: no SAFE-NEG")]),
         ]),
         C=("2025-08-20", [
             ("green",
              "Discharged from the perinatal team in July. GP continues her sertraline and Sophie says the "
              "anxiety is 'there but manageable'; she uses the grounding techniques she learnt.",
              ["MH-ADULT"],
              [("convention", "green box: discharged from the team but still on treatment and managing")]),
             ("blue", "N/A", [], [("empty-box", "box says N/A")]),
         ])),
    # U008
    dict(loc="Sallowfield",
         A=("2025-01-14", [
             ("green",
              "Ethan (11, Y6) is on the waiting list for an autism assessment with the community paediatrician. "
              "SENCO has put him on SEN support with a visual timetable and a quiet room at lunch.",
              ["EDU-SEND"],
              []),
             ("yellow",
              "Attendance 71% this term. Ethan gets very distressed on Sunday nights and Monday mornings, refuses "
              "to leave the house and has told the SN he feels 'stupid and different'. Mum worries she could be "
              "fined if his attendance doesn't pick up. SN referred to the Mental Health Support Team in school.",
              ["EDU-ATT", "MH-CHILD"],
              [("hypothetical", "a possible fine: FIN not coded")]),
         ]),
         C=("2025-07-10", [
             ("green",
              "Autism diagnosis given in May. SEN support continues and an enhanced transition to Castlebrook "
              "Academy is agreed. Attendance 98% since Easter with no refusals.",
              ["EDU-SEND"],
              [("need-met", "attendance problem over since Easter: EDU-ATT not coded")]),
             ("blue",
              "Ethan did the six-week worry group and now uses his breathing app and a worry box at home when "
              "he feels panicky; Mum says Sunday nights are much calmer.",
              ["MH-CHILD"],
              []),
         ])),
    # U009
    dict(loc="Hollins Cross",
         A=("2025-03-27", [
             ("green",
              "Practice nurse: Maisie (18/12) has not had her 12-month imms and Tyler (3) is missing his "
              "pre-school booster. DNA x2 at the clinic; Kerry says she forgot.",
              ["PH"],
              [("look-alike", "'missing his booster' is not a missing episode (SAFE-EXP)")]),
             ("red",
              "Children on CP plans (neglect) since ICPC on 20/03. HV visit: strong smell of urine, dog mess on "
              "the kitchen floor, fridge empty apart from half a pint of milk. Maisie in a soaked nappy with raw "
              "nappy rash; Tyler has untreated head lice and visible decay on his front teeth.",
              ["SAFE-NEG", "PH"],
              []),
             ("yellow",
              "Kerry says she can't afford to top up the prepayment meter and the family often go without heating "
              "or hot water; she owes the gas supplier £700. Family support worker has applied to the Warm Homes "
              "Fund and booked a Citizens Advice debt appointment.",
              ["FIN"],
              []),
         ]),
         C=("2025-12-08", [
             ("yellow",
              "CP plans ended 11/11 and the case stepped down to early help. Family support worker still visiting "
              "weekly: home conditions are better overall but the kitchen was dirty again last week and there "
              "were used nappies left in the lounge.",
              ["SAFE-NEG"],
              [("convention", "red-level words ('CP plans ended') in a yellow box: the box level governs")]),
             ("blue",
              "Kerry is now on a credit meter with a payment plan for the old gas debt and is on the supplier's "
              "hardship fund; the heating has stayed on since September.",
              ["FIN"],
              [("convention", "blue box: debt on a payment plan = now managing")]),
         ])),
    # U010
    dict(loc="Brackenmoor",
         A=("2025-06-03", [
             ("yellow",
              "EPDS 14 at 8/52 postnatal. Lauren (27) and Ryan argue most nights about money and who gets up "
              "with Archie; both say there is no violence and Lauren is not frightened of him - the rows are "
              "about exhaustion. They asked for help as a couple and are referred to the Reducing Parental "
              "Conflict programme. Archie thriving on the 75th centile.",
              ["MH-ADULT", "REL-CONF"],
              [("negated", "no violence, not frightened: DA not coded"),
               ("look-alike", "arguing about money is REL-CONF, no money problem described: not FIN")]),
         ]),
         C=("2025-11-24", [
             ("blue",
              "Lauren and Ryan completed the sessions; they still disagree at times but now take time out and "
              "talk once Archie is asleep.",
              ["REL-CONF"],
              []),
             ("green",
              "EPDS 6. Lauren came off her antidepressant with GP advice in September and has been discharged "
              "from the practice mood reviews. Archie (7 months) was anaemic on a recent blood test and is on "
              "an iron suspension from the GP.",
              ["PH"],
              [("historical", "low mood over, medication stopped: MH-ADULT not coded"),
               ("look-alike", "'iron suspension' is a medicine, not a school suspension (EDU-EXC)")]),
         ])),
    # U011
    dict(loc="Eastwick Dale",
         A=("2025-02-04", [
             ("orange",
              "School nurse: Keira (14) disclosed cutting her forearms for about three months. CAMHS urgent "
              "assessment done, now waiting for therapy. She has been sending pictures of herself to a man she "
              "met on a gaming server who says he is 19; police informed and Mum has taken the phone.",
              ["MH-CHILD", "SAFE-EXP"],
              [("convention", "police informed to safeguard her, not about her behaviour: not CRIME (conv. 7)")]),
             ("green",
              "Keira vapes and has had stop-smoking advice from the SN. She says she doesn't drink or use weed, "
              "and Mum has no concerns about alcohol at home.",
              [],
              [("convention", "vaping is not SUB (conv. 12)"),
               ("negated", "no drinking or cannabis; no alcohol concerns at home")]),
         ]),
         C=("2025-09-01", [
             ("yellow",
              "Keira still sees her CAMHS therapist every two weeks; no self-harm since June. The online safety "
              "sessions with Keira and Mum finished in July and parental controls are on her phone.",
              ["MH-CHILD"],
              [("historical", "self-harm stopped in June (MH-CHILD stays through ongoing CAMHS)"),
               ("need-met", "online safety work finished: SAFE-EXP not coded")]),
             ("blue", "None.", [], [("empty-box", "box says none")]),
         ])),
    # U012
    dict(loc="Sallowfield",
         A=("2025-04-15", [
             ("orange",
              "Family of five (parents, children aged 5, 3 and 7 months) in one room at the Parkside Hotel as "
              "temporary accommodation since a section 21 eviction in March. There was no room for a cot, so the "
              "HV got a Moses basket from the baby bank and the baby now has her own safe sleep space. Housing "
              "options and the family hub TAF lead are involved.",
              ["HOUS"],
              [("need-met", "safe sleep space now provided: SAFE-NEG not coded"),
               ("look-alike", "'section 21' is a housing notice, not a s47/s20 red cue (box governs anyway)")]),
             ("yellow",
              "Dad lost his warehouse job when they moved. UC claim made but the first payment is not due for "
              "five weeks; the family are using Sallowfield food bank and Mum gets nappies and wipes from the "
              "baby bank.",
              ["FIN"],
              []),
         ]),
         C=("2026-02-02", [
             ("blue",
              "Moved into a three-bed council house in January. Dad started work at the distribution centre in "
              "December; UC continues as a top-up and they have not needed the food bank since Christmas. Mum knows to contact the tenancy officer "
              "if any repairs are needed.",
              [],
              [("need-met", "rehoused: HOUS over"),
               ("need-met", "back in work, no food bank since Christmas: FIN over"),
               ("convention", "UC named with no money problem is not FIN (conv. 5)"),
               ("hypothetical", "repairs only 'if needed': HOUS not coded")]),
         ])),
    # U013
    dict(loc="Hollins Cross",
         A=("2025-05-20", [
             ("yellow",
              "Gemma is finding Oscar (3) very hard to manage: daily tantrums, he hits and bites her and his baby "
              "brother, and the bedtime routine takes two hours with him coming downstairs again and again. Gemma "
              "is also upset because her own mum, who lives in Leeds, has just been diagnosed with breast cancer. "
              "Booked onto the Incredible Years course at the family hub.",
              ["REL-PAR"],
              [("outside-household", "grandmother's cancer (lives in Leeds): PH not coded"),
               ("convention", "a 3-year-old hitting his mum is child behaviour (REL-PAR), not DA (conv. 8)"),
               ("look-alike", "'upset' is not a mental health problem: MH-ADULT not coded"),
               ("convention", "long bedtime is a routine/boundaries problem (REL-PAR); no sleep disorder, so no PH")]),
             ("green",
              "Oscar attends Brook Lane Nursery 15 hrs. Keyworker says he is settled, plays alongside others and "
              "his speech is age appropriate; no concerns at nursery. HV would only refer for speech and language if "
              "nursery raised a worry at his next review.",
              [],
              [("negated", "speech age appropriate, no nursery concerns: EYD not coded"),
               ("hypothetical", "referral only if nursery raise a worry: EYD not coded")]),
         ]),
         C=("2025-10-13", [
             ("blue",
              "Gemma finished the course and uses a reward chart and the same bedtime every night; Oscar settles "
              "in about 20 minutes now. She still has hard days and rings her sister when she needs a break.",
              ["REL-PAR"],
              []),
         ])),
    # U014
    dict(loc="Brackenmoor",
         A=("2025-07-08", [
             ("red",
              "Pre-birth s47 assessment for Chantelle (26), 28/40. Prescribed 40ml methadone daily by Brackenmoor "
              "Recovery Service; her last two urine screens were positive for cocaine. Her two older children "
              "live with their paternal grandmother under an SGO.",
              ["SUB"],
              [("outside-household", "older children live with their grandmother: not this household")]),
             ("orange",
              "Partner Liam, who lives with her, was released from prison in May and is on licence; his probation "
              "officer attends the professionals' meeting. Police records show two DV call-outs to Chantelle's "
              "old address in 2022, with nothing reported since, and she describes the relationship as settled.",
              ["CRIME"],
              [("historical", "DV call-outs in 2022, none since: DA not coded"),
               ("convention", "adult household member on licence = CRIME (conv. 7)")]),
             ("green",
              "MW: attending all antenatal appointments since booking at 11/40, growth scans on track. Smokes "
              "about 10 cigarettes a day, referred to the stop-smoking midwife.",
              [],
              [("convention", "tobacco smoking is not SUB (conv. 12)"),
               ("negated", "all appointments attended: PH not coded")]),
         ]),
         C=("2026-01-19", [
             ("red",
              "Baby girl born 3/10 at 38/40 and treated for neonatal abstinence syndrome on the neonatal unit for "
              "12 days; still on the neonatal outreach caseload for weight and feeding checks. On a CP plan and "
              "living with Chantelle at maternal grandmother's under a written agreement. Chantelle remains on "
              "methadone and screens since the birth have been clear. Closed to early help, held by social care.",
              ["PH", "SUB"],
              [("historical", "NAS treatment ended; PH comes from the ongoing outreach checks"),
               ("convention", "ongoing methadone treatment codes SUB (conv. 4)"),
               ("convention", "'on a CP plan' with no category named gives the level only, no code")]),
         ])),
    # U015
    dict(loc="Eastwick Dale",
         A=("2025-10-02", [
             ("green",
              "SN: Aaliyah (7) has asthma and has had two A&E attendances in September. No spacer in school and "
              "her inhaler technique is poor. Asthma plan done with the class teacher and GP asthma review booked. "
              "School attendance 97%.",
              ["PH"],
              [("look-alike", "'A&E attendances' are hospital visits, not school attendance (EDU-ATT)"),
               ("negated", "school attendance 97%: good news")]),
             ("yellow",
              "Two-bed flat with black mould in both bedrooms and the bathroom; Dad has reported it to the "
              "landlord four times with no repair. Family support worker has referred to environmental health. "
              "The upstairs neighbours play loud music into the night and police have been called to them twice.",
              ["HOUS"],
              [("outside-household", "neighbours' noise and police call-outs: not CRIME")]),
         ]),
         C=("2026-03-09", [
             ("green",
              "No A&E visits since October. Aaliyah takes her brown inhaler every morning and night and has a "
              "spacer at school; GP review in January went well.",
              ["PH"],
              [("convention", "green box: asthma now well managed = present (conv. 3)")]),
         ])),
    # U016
    dict(loc="Sallowfield",
         A=("2025-09-22", [
             ("yellow",
              "SN: Lily (12) has been late 14 times this half-term and is often tired in lessons. She told the SN "
              "she gets her brother (5) up, dressed and fed and takes him to school because Mum 'can't get up'. "
              "Mum (Donna) has depression and sees the GP.",
              ["EDU-ATT", "CARER", "MH-ADULT"],
              []),
             ("orange",
              "Donna told the HV she drinks a bottle of wine most days. Last week Lily found her drunk and unable "
              "to get up off the bathroom floor and rang her aunt. Lily's dad lives in Bristol, has a drink-driving "
              "conviction and has no contact with the children.",
              ["SUB"],
              [("outside-household", "dad in Bristol: his conviction is not CRIME, not SUB (conv. 6)")]),
         ]),
         C=("2026-02-16", [
             ("blue",
              "Lily goes to Sallowfield Young Carers fortnightly and has a named member of staff to check in with. "
              "She still helps with her brother in the mornings. Donna sees the alcohol service worker and says "
              "she now only drinks at weekends.",
              ["CARER", "SUB"],
              []),
         ])),
    # U017
    dict(loc="Brackenmoor",
         A=("2025-01-28", [
             ("orange",
              "Jayce (8) has had two fixed-term suspensions this term for hitting staff and throwing chairs, and "
              "the head says permanent exclusion is being considered. School have started a TAF and he has been "
              "referred to the community paediatrician for an ADHD assessment. No police involvement.",
              ["EDU-EXC", "EDU-SEND"],
              [("negated", "no police involvement: not CRIME")]),
             ("green",
              "SN: Jayce sleeps 5-6 hours a night and takes up to two hours to drop off. Paediatrician has started "
              "melatonin, which Mum gives at 7pm.",
              ["PH"],
              [("convention", "school-age sleep problem = PH (conv. 9)"),
               ("look-alike", "prescribed melatonin is not SUB")]),
             ("yellow",
              "At home Jayce kicks and punches Mum when told no and broke the TV last month. Mum, a single parent, "
              "says she has lost control of him. Referred to the Step Up parenting programme.",
              ["REL-PAR"],
              [("convention", "child-to-parent violence is REL-PAR, not DA; no police so no CRIME (conv. 8)")]),
         ]),
         C=("2025-07-21", [
             ("green",
              "ADHD diagnosed in April and started on methylphenidate. SENCO has applied for an EHC needs "
              "assessment. No suspensions since March; school would call an early review if there were another one.",
              ["EDU-SEND"],
              [("historical", "no suspensions since March: EDU-EXC not coded"),
               ("hypothetical", "early review only if suspended again"),
               ("look-alike", "methylphenidate is prescribed medication, not SUB")]),
         ])),
    # U018
    dict(loc="Eastwick Dale",
         A=("2025-11-04", [
             ("orange",
              "NBV: Dad (Marcus, 34) told the HV he has been thinking about ending his life since he was made "
              "redundant in September. Crisis team assessed him the same day and he is under home treatment. He "
              "has not worked since and the mortgage is two months behind. Priya is well and her mum is staying "
              "to help.",
              ["MH-ADULT", "FIN"],
              []),
             ("green",
              "Baby Arjun born by emergency C-section at 38/40, breastfeeding, weight on the 50th centile at day "
              "10. No concerns about Priya's wound or her recovery. Priya knows to ring the HV if her own mood "
              "starts to dip.",
              [],
              [("hypothetical", "Priya's mood only 'if it dips': MH-ADULT not coded"),
               ("look-alike", "'C-section' is not a section 47 / section 20 cue"),
               ("negated", "no concerns about Priya's recovery: PH not coded")]),
         ]),
         C=("2026-03-30", [
             ("yellow",
              "Marcus has been discharged from home treatment to the community mental health team and has "
              "started counselling; he still has low days. The lender agreed a three-month payment holiday on the "
              "mortgage and Marcus sees a Jobcentre work coach every fortnight.",
              ["MH-ADULT", "FIN"],
              []),
         ])),
    # U019
    dict(loc="Hollins Cross",
         A=("2025-03-10", [
             ("yellow",
              "GP practice: Connor (17) dropped out of college in November and has not been working or studying "
              "since. Spends most of the day in his room; seen by the GP for anxiety and low mood and on the "
              "waiting list for talking therapy. Smokes cannabis most evenings 'to help him sleep'.",
              ["EDU-NEET", "MH-CHILD", "SUB"],
              [("convention", "cannabis is a drug (SUB); only tobacco/vaping are excluded (conv. 12)")]),
             ("green",
              "Mum (Tracey) has COPD, is on home oxygen at night and was admitted in February with a chest "
              "infection. Connor does the food shopping, collects her prescriptions and sits with her when she "
              "is breathless.",
              ["PH", "CARER"],
              []),
         ]),
         C=("2025-09-29", [
             ("blue",
              "Connor started a motor vehicle apprenticeship in August and says he stopped the cannabis over the "
              "summer. He still uses the breathing exercises from therapy when he feels anxious.",
              ["MH-CHILD"],
              [("need-met", "in an apprenticeship: EDU-NEET over"),
               ("historical", "stopped cannabis: SUB not coded")]),
         ])),
    # U020
    dict(loc="Brackenmoor",
         A=("2025-06-16", [
             ("orange",
              "Hayley separated from Jordan in April after he assaulted her; he was arrested and is on bail not to "
              "contact her, but she has seen his car outside the house several times. DASH high risk, heard at "
              "MARAC on 10/06. Jordan no longer lives at the address.",
              ["DA"],
              [("convention", "ex-partner's arrest for assaulting her is DA only, not CRIME (conv. 7)"),
               ("convention", "separation after abuse is part of DA, not REL-CONF (conv. 8)")]),
             ("yellow",
              "Hayley is anxious and has panic attacks when she leaves the house; GP has referred her to talking "
              "therapies. Poppy (4) has started wetting herself at nursery again after being dry for a year.",
              ["MH-ADULT", "EYD"],
              [("convention", "under-5 toileting = EYD (conv. 9)")]),
         ]),
         C=("2025-12-01", [
             ("blue",
              "Non-molestation order runs to June; Hayley keeps her safety plan and the IDVA's number, and Jordan "
              "has not been near the house since September.",
              ["DA"],
              []),
         ])),
    # U021
    dict(loc="Brackenmoor",
         A=("2025-09-09", [
             ("green",
              "Ellie-May (15) is 22/40 and booked with the teenage pregnancy midwife. She has had hyperemesis and "
              "was admitted twice for IV fluids; now on anti-sickness tablets.",
              ["PH"],
              []),
             ("yellow",
              "Attendance at Brackenmoor High has dropped to 64% since the pregnancy became known. Girls in her "
              "year have been posting names about her on Snapchat and she says she doesn't want to go in. School "
              "nurse and pastoral lead are meeting her weekly.",
              ["EDU-ATT", "SAFE-EXP"],
              []),
         ]),
         C=("2026-02-23", [
             ("yellow",
              "Baby Leah born 3/1. Ellie-May has not been in school since December; a reduced timetable for going "
              "back to Year 11 after Easter has been agreed with school and the family support worker. The "
              "Snapchat bullying stopped once school dealt with it in October.",
              ["EDU-ATT"],
              [("historical", "bullying stopped in October: SAFE-EXP not coded")]),
         ])),
    # U022
    dict(loc="Eastwick Dale",
         A=("2025-05-06", [
             ("green",
              "Noah (6) has cerebral palsy and is gastrostomy fed; attends Willow Bank Special School with an EHCP. "
              "Community children's nurses visit weekly.",
              ["PH", "EDU-SEND"],
              []),
             ("yellow",
              "Mum is Noah's full-time carer and gets Carer's Allowance. She is exhausted from the night-time "
              "care, was tearful at the visit and scored 13 on the PHQ-9. Short breaks referral made.",
              ["MH-ADULT"],
              [("convention", "a parent carer is not CARER; Carer's Allowance alone is not FIN (conv. 5, 12)")]),
             ("blue",
              "Isla (10) likes to help at Noah's bath time, but Mum is clear that Isla does none of his personal "
              "care and goes to Brownies and swimming after school.",
              [],
              [("negated", "sister does no caring: CARER not coded")]),
         ]),
         C=("2025-11-17", [
             ("green",
              "Noah has his new wheelchair and a seating assessment is booked. He has one overnight short break a "
              "month at Willow Lodge. Mum feels rested and her PHQ-9 is now 4.",
              ["PH"],
              [("need-met", "Mum's mood recovered: MH-ADULT not coded")]),
         ])),
    # U023
    dict(loc="Hollins Cross",
         A=("2025-04-22", [
             ("green",
              "HV 1-year review for Rosie: ASQ-3 above the cut-off in all areas, cruising round the furniture and "
              "babbling. Mum asked about funded nursery hours for when she goes back to work; she thinks childcare "
              "could be a stretch if she only gets part-time hours.",
              [],
              [("negated", "development fine; asking about nursery hours is not a need: EYD not coded"),
               ("hypothetical", "childcare costs a stretch only if part-time: FIN not coded")]),
             ("orange",
              "Mum told the HV her son Reece (15) has been reported missing three times since February and comes "
              "home with new trainers and cash she can't explain. Police found him last week in a flat in another "
              "town with older men. He was permanently excluded from Marsh Lane Academy in March for bringing a "
              "knife into school.",
              ["SAFE-EXP", "EDU-EXC", "CRIME"],
              [("convention", "police finding a missing child is safeguarding, not CRIME; CRIME is from the knife offence (conv. 7)")]),
         ]),
         C=("2025-10-27", [
             ("orange",
              "Reece has a referral order from the youth court for the knife and sees his YOS worker weekly. No "
              "missing episodes since July, but the exploitation team still think he is linked to a county line. "
              "He is now full-time at Northgate College's 14-16 centre and attending well.",
              ["CRIME", "SAFE-EXP"],
              [("historical", "no missing episodes since July (SAFE-EXP stays: still linked to a county line)"),
               ("negated", "full-time and attending well: EDU-ATT not coded")]),
         ])),
    # U024
    dict(loc="Eastwick Dale",
         A=("2025-06-24", [
             ("green",
              "GP practice: Zara (3) has severe eczema, bleeding from scratching, and was not brought to two "
              "dermatology appointments at the children's hospital. Mum told the practice nurse she can't afford "
              "the bus fares to get there.",
              ["PH", "FIN"],
              []),
             ("yellow",
              "Dad (Kyle) lives with the family and is on probation for theft, reporting weekly. He is out of work "
              "and they are £1,100 behind with the rent; the landlord has written to them but no notice has been "
              "served.",
              ["CRIME", "FIN"],
              [("negated", "no notice served: HOUS not coded (rent arrears are FIN)")]),
         ]),
         C=("2025-12-15", [
             ("green",
              "Zara went to dermatology in September and her skin is much better with a daily emollient and wet "
              "wraps, which Mum keeps up.",
              ["PH"],
              []),
             ("blue",
              "Kyle's probation ended in October and he has started work on a building site. The rent arrears "
              "were paid off with a discretionary housing payment in November.",
              [],
              [("historical", "probation ended: CRIME not coded"),
               ("need-met", "arrears cleared and in work: FIN not coded")]),
         ])),
    # U025
    dict(loc="Hollins Cross",
         A=("2025-11-11", [
             ("green",
              "SN: Kian (13) has type 1 diabetes and his HbA1c has gone up. He has been skipping his lunchtime "
              "insulin because he doesn't want his friends to see. Diabetes nurse and SN met him in school to agree "
              "a plan.",
              ["PH"],
              []),
             ("yellow",
              "Parents separated in the summer and cannot agree when Kian stays with Dad; they only communicate by "
              "text and handovers end in shouting on the doorstep. Both say there has never been any abuse. Mum has "
              "applied to court for a child arrangements order; family mediation offered.",
              ["REL-CONF"],
              [("negated", "never any abuse: DA not coded"),
               ("look-alike", "family court application is not CRIME")]),
         ]),
         C=("2026-04-20", [
             ("blue",
              "Parents follow the schedule they agreed at mediation and message through a co-parenting app. "
              "Handovers are still tense but there has been no shouting since January.",
              ["REL-CONF"],
              []),
         ])),
    # U026
    dict(loc="Brackenmoor",
         A=("2025-10-20", [
             ("yellow",
              "Dad told the HV he has about £4,000 of debt from online betting. They have used the food bank twice "
              "this month and Mum says the children (3 and 6) have sometimes gone to bed on a slice of toast. "
              "Referred to the money advice service and a gambling support service.",
              ["FIN", "SAFE-NEG"],
              [("convention", "gambling debt is FIN, not SUB; hungry children SAFE-NEG plus food bank FIN (conv. 10)"),
               ("look-alike", "'online betting' is not online safety (SAFE-EXP)")]),
         ]),
         C=("2026-03-16", [
             ("blue",
              "Dad has blocking software on his phone, goes to a weekly gambling support group and is keeping up "
              "the payments on a debt management plan. No food bank use since December.",
              ["FIN"],
              [("historical", "no food bank since December"),
               ("convention", "gambling support group does not make SUB")]),
         ])),
]

# Unboxed notes: (locality, date, inferred level, narrative, codes, traps)
UNBOXED = [
    ("Hollins Cross", "2025-05-14", "green",
     "HV telephone contact: Mum worried about a flat patch on the back of baby Ava's head (5 months). Ava is "
     "clearly well looked after. Advice given on tummy time and changing her position in the cot; GP to look at "
     "it at the 6-month check.",
     ["PH"],
     [("look-alike", "'well looked after' is not the looked-after (s20) red cue: level green from HV/GP")]),
    ("Eastwick Dale", "2025-08-04", "orange",
     "MW home visit, 34/40. Jess (20) says her boyfriend Callum, who lives with her, shoved her and threw a mug "
     "at her on Saturday. She rang the police and he was arrested and bailed. She does not want to end the "
     "relationship. IDVA details given and a MARAC referral made.",
     ["DA"],
     [("convention", "partner's arrest for assaulting her is DA only (conv. 7); police/MARAC = orange")]),
    ("Sallowfield", "2025-11-18", "yellow",
     "SN: Mia (10) has missed 18 days this term. She says she feels sick with worry every Sunday night about "
     "being away from Mum. GP has found no physical cause. The school's family support worker is drawing up an "
     "attendance plan with Mum.",
     ["EDU-ATT", "MH-CHILD"],
     [("negated", "no physical cause found: PH not coded")]),
    ("Eastwick Dale", "2025-09-29", "orange",
     "Perinatal MH worker: Kirsty (35), 30/40, has bipolar disorder and stopped her lithium when she found out "
     "she was pregnant. Her mood has been rising over the last fortnight - she is talking very fast and "
     "has run up £3,000 on credit cards. Urgent perinatal psychiatry review today; multi-agency TAF meeting "
     "booked for Friday.",
     ["MH-ADULT", "FIN"],
     [("look-alike", "stopping lithium is not an issue ending: the bipolar disorder is current")]),
    ("Sallowfield", "2026-01-13", "red",
     "HV report for the CP review conference: Jake (2) and Summer (5 months) remain on CP plans under neglect. "
     "At today's unannounced visit Summer was asleep on the sofa propped up with a bottle and there was an open "
     "bottle of bleach on the kitchen floor within Jake's reach. Mum's last two alcohol screens were negative "
     "and no alcohol was seen in the home.",
     ["SAFE-NEG"],
     [("negated", "alcohol screens negative: SUB not coded")]),
    ("Brackenmoor", "2025-07-22", "blue",
     "Call to the Start Well information line: Mum says money has been tight since she dropped to part-time "
     "hours to look after her toddler. Given the Household Support Fund link and an online benefits calculator; "
     "she will apply herself.",
     ["FIN"],
     [("convention", "information the family acts on itself = blue; part-time hours alone would not be FIN")]),
    ("Hollins Cross", "2025-12-02", "orange",
     "SN: Daisy (15) referred to the CAMHS eating disorders team after losing 6kg in two months; skipping lunch "
     "and exercising in her room at night. Parents supportive and coming to appointments with her.",
     ["MH-CHILD", "PH"],
     []),
]

CODES = ["EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD", "MH-ADULT", "PH", "SUB",
         "REL-PAR", "REL-CONF", "DA", "SAFE-NEG", "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"]
LEVELS = ["blue", "green", "yellow", "orange", "red"]


def build():
    nar_rows, gold_rows, traps = [], [], []
    n = 0
    for case in CASES:
        n += 1
        cid = "U%03d" % n
        for stage, key in (("assessment", "A"), ("closure", "C")):
            part = case.get(key)
            if not part:
                continue
            date, boxes = part
            tid = "%s-%s" % (cid, key)
            seen = set()
            for level, text, codes, tnotes in boxes:
                assert level in LEVELS and level not in seen, (tid, level)
                seen.add(level)
                nid = "%s-%s" % (tid, level)
                nar_rows.append([nid, tid, cid, stage, date, level, case["loc"], text])
                for c in codes:
                    assert c in CODES, c
                    gold_rows.append([nid, c, level])
                traps.append({"narrative_id": nid, "gold_codes": codes,
                              "traps": [{"type": t, "note": s} for t, s in tnotes]})
    for loc, date, level, text, codes, tnotes in UNBOXED:
        n += 1
        nid = "U%03d" % n
        nar_rows.append([nid, nid, nid, "assessment", date, "", loc, text])
        for c in codes:
            assert c in CODES, c
            gold_rows.append([nid, c, level])
        traps.append({"narrative_id": nid, "gold_codes": codes, "gold_level": level,
                      "traps": [{"type": t, "note": s} for t, s in tnotes]})
    return nar_rows, gold_rows, traps


def write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(header)
        w.writerows(rows)


def main():
    nar, gold, traps = build()
    write_csv(os.path.join(HERE, "narratives.csv"),
              ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"], nar)
    write_csv(os.path.join(HERE, "gold.csv"), ["narrative_id", "code", "level"], gold)
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8", newline="") as f:
        f.write(json.dumps(traps, indent=1, ensure_ascii=False).replace("\n", "\r\n") + "\r\n")

    # summary
    per_code = Counter(r[1] for r in gold)
    per_level = Counter(r[2] for r in gold)
    ttypes = Counter(t["type"] for x in traps for t in x["traps"])
    with_trap = sum(1 for x in traps if any(t["type"] != "empty-box" for t in x["traps"]))
    no_code = sum(1 for x in traps if not x["gold_codes"])
    boxed = sum(1 for r in nar if r[5])
    triages = len({r[1] for r in nar if r[5]})
    words = [len(r[7].split()) for r in nar]
    print("narratives %d (boxed %d in %d triages of %d cases, unboxed %d)" % (
        len(nar), boxed, triages, len(CASES), len(nar) - boxed))
    print("assessment triages %d, closure triages %d" % (
        len({r[1] for r in nar if r[5] and r[3] == "assessment"}),
        len({r[1] for r in nar if r[5] and r[3] == "closure"})))
    print("gold rows %d; narratives with no gold code %d" % (len(gold), no_code))
    print("narratives with at least one trap (excluding empty boxes) %d" % with_trap)
    print("words per narrative min %d max %d" % (min(words), max(words)))
    print("per code:", ", ".join("%s %d" % (c, per_code[c]) for c in CODES))
    print("per level:", ", ".join("%s %d" % (l, per_level[l]) for l in LEVELS))
    print("trap notes by type:", dict(sorted(ttypes.items())))


if __name__ == "__main__":
    main()
