#!/usr/bin/env python3
"""Blind hand-coded gold set Z1: front door / MASH screening and early-help
allocation notes, 2026. Every narrative, its gold codes and trap notes are
written here by hand. Writes narratives.csv, gold.csv, traps.json (CRLF, UTF-8).

Trap kinds: negated, historical, hypothetical, outside (person outside the
household), lookalike (a word that looks like a code term), resolved (need met /
over by closure - a kind of historical), cue (a level cue that is negated/absent).
"""
import csv, json, os

HERE = os.path.dirname(os.path.abspath(__file__))

# Each case: id, locality, assessment date, closure date (or None),
# A / C: list of (level, narrative, [codes], [(trap_kind, note), ...])
CASES = [
 dict(id="Z1-001", loc="Pellbrook", ad="2025-10-14", cd="2026-03-20",
  A=[
   ("green", "Ella (2y 4m): HV 2-year review found she has only a handful of single words and does not point to ask for things. HV has booked her into the SALT drop-in at Pellbrook family hub and suggested the Chatterbox group. Ella has not taken up her funded 2-year-old nursery place yet; Shannon plans to apply for the spring term.",
    ["EYD"], []),
   ("yellow", "Referral from Pellbrook Park Primary DSL re Tyler (8): attendance 84.6% for the autumn term, mostly Mondays and Fridays, and late on most of the days he is in. Staff say he often arrives hungry and without a coat. Checks: police nil; GP says Tyler has missed his last two asthma reviews. Spoke to mum Shannon by phone, consent obtained. She works early shifts at a care home and says the mornings fall apart without her there to get the boys up. No indication of significant harm, does not meet threshold for s17. Allocated to EH yellow: FSW to work on morning routines with Shannon and link with school's attendance lead.",
    ["EDU-ATT", "SAFE-NEG", "PH", "REL-PAR"],
    [("negated", "police nil"), ("lookalike", "'care home' / works early shifts - not FIN, not CARER"), ("cue", "does not meet threshold for s17 (red cue negated; boxed anyway)")]),
  ],
  C=[
   ("green", "Tyler's attendance is up to 95% this half term and the school's attendance officer is still doing fortnightly check-ins with him. Shannon now books the asthma reviews herself, the last one was in March. Ella started at Little Acorns nursery in February and her key worker is doing speech activities with her; she now has over 30 words.",
    ["EDU-ATT", "PH", "EYD"], []),
   ("blue", "Shannon has a laminated picture timetable on the fridge for the mornings and Tyler mostly follows it without a fight. Her sister now does the Tuesday school run. Shannon knows she can come back through the family hub if things slip.",
    ["REL-PAR"], [("hypothetical", "come back ... if things slip"), ("lookalike", "'school run' is not attendance")]),
  ]),

 dict(id="Z1-002", loc="Hartsfield Moor", ad="2026-01-06", cd="2026-05-29",
  A=[
   ("orange", "Police PPN: officers called to the address on 03/01/26 after neighbours heard screaming. Kayleigh's partner Dean arrested for assaulting her and bailed with a condition not to attend the address. Mason (6) and Lily (4) were asleep upstairs. DASH 12, medium risk. Checks: CSC – a 2023 referral about home conditions was closed NFA after a visit found the home adequate. School: Mason quiet in class, attendance fine. Kayleigh told me on the phone she has ended the relationship and wants help; consent given. Protective parent and Dean out of the home, so below threshold for s17/s47. EH orange: IDVA referral, TAF with school and nursery.",
    ["DA"],
    [("historical", "2023 referral re home conditions closed NFA - not SAFE-NEG"), ("lookalike", "arrest for assault on partner is DA only, not CRIME (conv 7)"), ("negated", "attendance fine"), ("cue", "below threshold for s17/s47")]),
   ("yellow", "Nursery report that Lily (4) has started wetting herself again and has been anxious and clingy since the incident, hiding under the table when adults raise their voices. Mason (6) wakes most nights and climbs into mum's bed. Kayleigh admits she is shouting at them more and cannot get them settled at bedtime. FSW to offer home-based parenting sessions.",
    ["EYD", "MH-CHILD", "PH", "REL-PAR"],
    [("lookalike", "under-5 wetting = EYD; school-age night waking = PH (conv 9)")]),
  ],
  C=[
   ("blue", "Kayleigh's restraining order against Dean runs until 2027. She has given copies to the school office and the nursery and carries one in her bag.",
    ["DA"], []),
   ("green", "Mason is sleeping through on most nights now; the school nurse did a sleep routine session with Kayleigh and is checking in. Lily has been dry in the daytime since March and nursery have no further concerns.",
    ["PH"], [("resolved", "Lily dry since March, no further concerns - EYD not coded")]),
  ]),

 dict(id="Z1-003", loc="Wyndham Cross", ad="2025-11-12", cd="2026-04-02",
  A=[
   ("yellow", "Anonymous call to the front door alleging the children are left on their own and the flat is filthy. Checks: police nil; Wyndham Cross Academy report no concerns about presentation and attendance of 97%. Duty SW and EH coordinator made a joint unannounced visit on 12/11/25: flat tidy, food in the fridge and cupboards, beds made up. Allegations not substantiated. Mum (Joanne) has MS and has had a relapse since September, using a wheelchair indoors. Kieran (13) helps her wash and makes the tea most evenings. NFA for CSC. EH yellow: referral to Wyndham Young Carers and an EHA with the family.",
    ["PH", "CARER"],
    [("negated", "neglect allegation checked and not substantiated - not SAFE-NEG"), ("negated", "police nil; no concerns re presentation/attendance")]),
   ("green", "Joanne's GP and MS nurse are reviewing her medication. OT assessment for a stairlift requested through adult social care.",
    ["PH"], [("lookalike", "'medication' is not SUB")]),
  ],
  C=[
   ("blue", "Kieran goes to the young carers group on Thursdays and has a young carer card that school recognise. Joanne says he now only helps with tea on her bad days. Kieran knows who to phone at the group if he is worried.",
    ["CARER"], []),
  ]),

 dict(id="Z1-004", loc="Larchgate", ad="2026-01-08", cd="2026-06-12",
  A=[
   ("orange", "Step down from CSC. Jordan (15) was on a CIN plan June–December 2025 after two missing episodes, one ending with him found in Birmingham with an older youth. CIN closed 15/12/25 and step down to EH agreed at the closing review. Current picture: Jordan still coming home after midnight, and in January mum (Marie) found £300 in cash and a second phone in his room. Police intelligence links his friendship group to a local drug line. He is on a part-time timetable at Brookfield Academy following a managed move from Larchgate High. TAF with school, YOS prevention worker and the exploitation team.",
    ["SAFE-EXP", "EDU-ATT", "EDU-EXC", "CRIME"],
    [("historical", "CIN plan June-Dec 2025 and the two missing episodes are past (code rests on current cash/phone/drug line)"), ("lookalike", "YOS named -> CRIME per conv 7")]),
   ("yellow", "Marie says she is at the end of her tether. Jordan swears at her and punched a hole in his bedroom door last week; she has stopped setting rules because every one ends in a row. GP has her on sertraline for low mood.",
    ["REL-PAR", "MH-ADULT"],
    [("lookalike", "sertraline is prescribed medication, not SUB"), ("lookalike", "punching a door / rows with a child are REL-PAR, not DA")]),
  ],
  C=[
   ("orange", "Jordan was arrested in April with cannabis wrapped for supply, found with another boy at a known line address. NRM referral made; he is now on a referral order with YOS. Exploitation risk remains high and the TAF is still meeting. Closing to EH with re-referral to MASH for a CSC assessment given the escalation.",
    ["SAFE-EXP", "CRIME"],
    [("lookalike", "drugs found on an exploited child are SAFE-EXP + CRIME, not SUB (conv 12)")]),
   ("yellow", "Marie finished the Who's in Charge? course for parents of aggressive children. She says the shouting has calmed down, but Jordan still ignores his curfew most nights.",
    ["REL-PAR"], []),
  ]),

 dict(id="Z1-005", loc="Pellbrook", ad="2025-12-03", cd="2026-05-15",
  A=[
   ("orange", "Referral from Pellbrook Homes housing officer: Section 21 notice served on the family's private tenancy, expiring 28/02/26. Family of five (Aisha, Omar and children aged 11, 7 and 1) in a two-bed flat with black mould in the children's room. Rent arrears of £2,100 built up after their UC stopped during a change of circumstances. Housing Options aware. Consent obtained by phone. No safeguarding concerns from school or HV, police nil. EH orange: housing and money plan with Housing Options, Citizens Advice and school.",
    ["HOUS", "FIN"],
    [("negated", "no safeguarding concerns; police nil")]),
   ("green", "Zara (13 months) has a cough that keeps coming back. HV thinks it is linked to the damp in the flat and has asked the GP to review her chest. Development on track at her 1-year check.",
    ["PH", "HOUS"],
    [("negated", "development on track - EYD not coded (good news, no need)")]),
  ],
  C=[
   ("yellow", "Family moved into a three-bed housing association house on 2 May. Old arrears now down to £650 on a payment plan with the previous landlord; Citizens Advice got the UC backdated. Omar has started a job-search course at the Work Hub as he has been out of work since last year.",
    ["FIN"],
    [("resolved", "moved into suitable property - HOUS not coded at closure")]),
   ("green", "Zara's cough cleared up after the move and the GP has discharged her. Nothing else needed from universal services.",
    [], [("resolved", "cough cleared, GP discharged - PH not coded"), ("lookalike", "'cleared'")]),
  ]),

 dict(id="Z1-006", loc="Hartsfield Moor", ad="2025-11-20", cd="2026-06-26",
  A=[
   ("green", "Self-referral through the online form. Mum (Priya) worried about Arjun (7): the SENCO has him on SEN support for sensory needs and he is on the community paediatrician's waiting list for an autism assessment. He sleeps only 4–5 hours a night and the GP has asked paediatrics about melatonin.",
    ["EDU-SEND", "PH"], []),
   ("yellow", "Priya and her husband Vikram cannot agree on how to handle Arjun's meltdowns at home and it has led to a lot of arguing between them. Both spoken to separately: the rows are verbal, neither is frightened of the other, no controlling behaviour described and no police involvement ever. Priya asked for the Cygnet course. EH yellow: Cygnet place booked and FSW for 6 weeks.",
    ["REL-CONF", "REL-PAR"],
    [("negated", "no fear, no controlling behaviour, no police - not DA")]),
  ],
  C=[
   ("green", "Arjun was diagnosed with autism in June. SENCO is updating his support plan and has applied for an EHC needs assessment. The melatonin is working and he now gets about 8 hours.",
    ["EDU-SEND", "PH"], []),
   ("blue", "Priya and Vikram say they are on the same page since Cygnet and use one calm-down plan when Arjun has a meltdown. The rows between them have stopped.",
    ["REL-PAR"],
    [("resolved", "parental rows stopped - REL-CONF historical")]),
  ]),

 dict(id="Z1-007", loc="Wyndham Cross", ad="2025-10-29", cd="2026-04-24",
  A=[
   ("orange", "Referral from St Anselm's RC High DSL: Grace (14) has attended 41% since September and not at all for the last three weeks. She told a teacher she has been cutting her arms; the school nurse saw the marks, superficial. GP has referred to CAMHS, triaged as routine. Checks: police nil; CSC no previous involvement. Mum (Lisa) engaged and protective, consent obtained. Not s17 – parent protective and the need is emotional health and attendance. EH orange: TAF with school, CAMHS and the Attendance Support Team.",
    ["EDU-ATT", "MH-CHILD"],
    [("negated", "police nil; no previous CSC involvement"), ("cue", "Not s17")]),
   ("yellow", "Lisa is signed off work by her GP with anxiety and stress. She is also looking after her own mum, who has dementia and lives across town. Grace's brother Ryan (19) lives with his girlfriend in Leeds and is not involved.",
    ["MH-ADULT"],
    [("outside", "grandmother's dementia - lives elsewhere, not PH"), ("lookalike", "an adult caring for her mother is not CARER"), ("outside", "Ryan lives in Leeds"), ("lookalike", "off work sick is not FIN")]),
  ],
  C=[
   ("orange", "Grace is being seen fortnightly by a CAMHS CBT practitioner; CAMHS say there has been no self-harm since April. Attendance this half term 68% on a reduced timetable agreed by the TAF, building up by a lesson a week. TAF to stay open with school as lead.",
    ["MH-CHILD", "EDU-ATT"], [("historical", "self-harm none since April (MH-CHILD still coded via CAMHS)")]),
   ("yellow", "Lisa is back at work part-time and still has weekly counselling through Talking Therapies; says she is coping better.",
    ["MH-ADULT"], []),
  ]),

 dict(id="Z1-008", loc="Larchgate", ad="2025-12-10", cd="2026-05-08",
  A=[
   ("yellow", "Referral from HV: Chloe (24) scored high on the EPDS at the 8-week contact; tearful and says she feels flat all the time. GP has started an antidepressant; perinatal mental health team declined as below their threshold. Partner Luke works away Monday to Friday. No concerns about Freddie's care – feeding well and gaining weight. Checks: police nil, CSC nil. Consent obtained. EH yellow: FSW plus a Home-Start volunteer.",
    ["MH-ADULT"],
    [("negated", "no concerns re baby's care/feeding - no EYD/PH/SAFE-NEG"), ("lookalike", "partner works away - not FIN, not REL-CONF")]),
  ],
  C=[
   ("green", "Chloe is still on the antidepressant from her GP and her EPDS score was 7 at the HV review. Freddie (7 months) is weaning well and the HV is happy with him.",
    ["MH-ADULT"], [("negated", "weaning well - good news, EYD not coded")]),
   ("blue", "Chloe goes to the Tuesday baby group at the family hub and walks with two mums she met there. She says this is what keeps her mood up.",
    ["MH-ADULT"], []),
  ]),

 dict(id="Z1-009", loc="Pellbrook", ad="2026-01-21", cd="2026-06-19",
  A=[
   ("orange", "Police referral: Kai (13) stopped three times in January with a group throwing stones at buses; ASB warning given and he has been referred to the YOS Turnaround programme. Police also brought him home at 1am on 14/01 after mum (Stacey) reported him missing. Pellbrook Park Academy: two suspensions this year for fighting. Checks: CSC nil. Stacey on the phone gave consent and says Kai has gone off the rails since Christmas. NFA for CSC; EH orange – TAF with YOS and school.",
    ["CRIME", "SAFE-EXP", "EDU-EXC"],
    [("lookalike", "police bringing a missing child home is not CRIME - the missing episode is SAFE-EXP")]),
   ("yellow", "Stacey works nights at the distribution centre, so Kai's sister Amber (17) puts the two younger ones to bed and gets them up for school. Amber is at college; she says she doesn't mind but has missed coursework deadlines.",
    ["CARER"],
    [("lookalike", "night shifts - not FIN"), ("negated", "Amber at college - not EDU-NEET")]),
  ],
  C=[
   ("yellow", "Kai finished Turnaround in May and there has been no police contact since March. No suspensions this term. He still pushes back at home about what time he comes in, and Stacey is doing the online parenting course.",
    ["REL-PAR"],
    [("historical", "Turnaround completed, no police contact since March - CRIME not coded"), ("negated", "no suspensions this term")]),
   ("blue", "Stacey moved to day shifts in April so Amber no longer looks after the younger two; Amber says she is just a big sister again.",
    [], [("resolved", "caring role ended - CARER historical")]),
  ]),

 dict(id="Z1-010", loc="Hartsfield Moor", ad="2026-02-04", cd="2026-06-05",
  A=[
   ("orange", "Referral from A&E liaison: dad (Gary) taken in by ambulance after collapsing drunk at home on 02/02/26 while he had sole care of Ben (5). A neighbour rang 999; police attended and Ben spent the night at his paternal aunt's. Strategy discussion 03/02 – threshold for s47 not met, NFA for CSC and step down to EH. Gary accepts he drinks every day and has been referred to Pellbrook Recovery. Mum (Sarah) works long days in Manchester.",
    ["SUB", "SAFE-NEG"],
    [("lookalike", "police attending to safeguard is not CRIME (conv 7)"), ("cue", "threshold for s47 not met"), ("lookalike", "mum working long days - not FIN")]),
   ("green", "Ben is in Reception at Moorside Infants. School describe a happy boy, attendance 98%, no concerns. Gary mentioned that his own father, who lives in Wales, has always been a heavy drinker.",
    [], [("outside", "grandfather's drinking - lives in Wales, not SUB"), ("negated", "no concerns at school - good news not coded")]),
  ],
  C=[
   ("yellow", "Gary is going to the weekly group at Pellbrook Recovery and his keyworker confirms 9 weeks alcohol-free. Agreed with Sarah that he does not have sole care of Ben until the recovery worker says otherwise.",
    ["SUB"], []),
  ]),

 dict(id="Z1-011", loc="Wyndham Cross", ad="2025-12-16", cd="2026-05-22",
  A=[
   ("yellow", "Self-referral from mum (Tracy) at the family hub: Callum (17) dropped out of his college plumbing course in November and has been at home gaming since. Tracy lost her call-centre job in December and is £480 behind on gas and electric. No other concerns: no police involvement, school history unremarkable. EH yellow: Youth Employment Hub for Callum; Citizens Advice and an energy grant application for Tracy.",
    ["EDU-NEET", "FIN"],
    [("lookalike", "'gaming' is not gambling"), ("negated", "no police involvement")]),
   ("blue", "Tracy has already claimed UC, has used the Trussell food bank twice and her brother has lent her £200 to tide her over.",
    ["FIN"], []),
  ],
  C=[
   ("yellow", "Callum started a Prince's Trust programme in March and is now on a traineeship with a local builder three days a week. If the traineeship ends without a job offer the Youth Employment Hub will pick him back up.",
    [], [("resolved", "now in training - EDU-NEET not coded"), ("hypothetical", "if the traineeship ends ...")]),
   ("green", "Tracy started part-time work in the school kitchen in April and is still paying £25 a month off the energy arrears.",
    ["FIN"], []),
  ]),

 dict(id="Z1-012", loc="Larchgate", ad="2025-11-05", cd="2026-04-17",
  A=[
   ("green", "Referral from Larchgate Children's Centre: Amina (3y 6m) has no nursery place despite being eligible. HV 2½-year review found delayed speech in both English and Somali and she is still in nappies. Mum (Hodan) keen for help; interpreter used on the call, consent given.",
    ["EYD"], []),
   ("yellow", "Dad (Abdi) had a stroke in October and is home with limited mobility. Hodan is his main carer and finds it hard to get out with the children. Yusuf (10) helps his dad to the toilet when mum is out. EH yellow: FSW to link with adult social care and the young carers service.",
    ["PH", "CARER"],
    [("lookalike", "Hodan (adult) as carer is not CARER; Yusuf is")]),
  ],
  C=[
   ("green", "Amina started at Rainbow Nursery in January for 15 hours and joins the nursery's speech group twice a week. She is toilet trained now.",
    ["EYD"], [("resolved", "toilet trained (EYD still coded for speech)")]),
   ("yellow", "Abdi has a care package twice a day. Yusuf still helps in the evenings and is on the young carers waiting list.",
    ["PH", "CARER"], [("lookalike", "'care package' is adult social care for dad")]),
  ]),

 dict(id="Z1-013", loc="Pellbrook", ad="2026-02-11", cd="2026-06-24",
  A=[
   ("yellow", "Referral from Oakfield Primary: Noah (9) told a TA that 'the dad hit him'. DSL spoke with him: he meant a classmate's dad hitting the classmate. Noah said nobody at home hurts him and no marks seen; police checks nil. NFA for CSC, information passed on for the other child. Separately, Noah has been left out of games and called names by a group in Year 5 since half term and is now refusing to go in on Mondays. Mum (Gemma) says he is anxious and cries at bedtime. EH yellow: school-based FSW and an anti-bullying plan.",
    ["SAFE-EXP", "EDU-ATT", "MH-CHILD"],
    [("negated", "allegation checked, not about Noah - no abuse at home"), ("outside", "classmate and classmate's dad not coded"), ("lookalike", "'left out of games' is bullying, not EDU-EXC")]),
  ],
  C=[
   ("green", "School's anti-bullying plan still in place and the ringleader has moved class. Noah still sees the ELSA weekly for his worries. School will re-refer if his attendance drops again.",
    ["SAFE-EXP", "MH-CHILD"],
    [("hypothetical", "re-refer if attendance drops - EDU-ATT not coded")]),
  ]),

 dict(id="Z1-014", loc="Hartsfield Moor", ad="2025-10-22", cd="2026-04-09",
  A=[
   ("orange", "Third referral in six months from Moorside Infants: Daisy (5) and Alfie (7) coming in wearing soiled clothes, and Alfie has been taking food from other children's lunchboxes. Mum (Kerry) told the office the fridge is empty until payday. The previous EH episode closed in June 2025 when mum disengaged. Checks: police – two calls in 2024 about a dispute with a neighbour, nothing about the children. GP – Daisy has missed her pre-school boosters. Consent obtained. Screening decision: EH orange with clear expectations; if there is no progress within six weeks, escalate to CSC for an s17 assessment.",
    ["SAFE-NEG", "PH"],
    [("historical", "police calls in 2024 re neighbour dispute"), ("hypothetical", "escalate to CSC if no progress"), ("lookalike", "empty fridge is SAFE-NEG, not FIN (conv 10)")]),
   ("red", "N/A at screening – does not meet CSC threshold at this point.",
    [], [("cue", "red box says N/A")]),
  ],
  C=[
   ("red", "Escalated to CSC in April after a home visit found an empty fridge, dog mess on the floors and the children sharing one mattress. s17 assessment completed, children now on CIN plans. EH closing on transfer to the allocated social worker.",
    ["SAFE-NEG"], []),
   ("green", "Daisy had her pre-school boosters at the GP in March; nothing outstanding on immunisations.",
    [], [("resolved", "boosters done - PH not coded")]),
  ]),

 dict(id="Z1-015", loc="Wyndham Cross", ad="2026-01-14", cd="2026-05-06",
  A=[
   ("yellow", "Referral from Ashcombe Primary: Maisie (8) told her teacher that mum and dad 'shout at each other at handovers'. Parents separated last summer. Checks: police hold a 2019 DV incident between mum (Rachel) and a previous partner, who has had nothing to do with the family since; nothing involving Maisie's dad (Tom). Both parents spoken to: they argue about the contact arrangements and about money; neither describes fear or controlling behaviour. Not DA. EH yellow: Reducing Parental Conflict programme and family mediation.",
    ["REL-CONF"],
    [("historical", "2019 DV with a previous partner, no contact since - not DA"), ("negated", "Not DA"), ("lookalike", "arguing about money is not a money problem - not FIN")]),
   ("blue", "Rachel found the separated parents pages on the council website and now uses a co-parenting app to message Tom instead of texting.",
    ["REL-CONF"], []),
  ],
  C=[
   ("yellow", "Five mediation sessions done. Parents agreed a written contact schedule and now hand over at school. Still disagreeing about the summer holidays; the mediator can offer a top-up session. If either parent raises worries about controlling behaviour an IDVA referral will be made.",
    ["REL-CONF"],
    [("hypothetical", "IDVA referral if controlling behaviour raised - DA not coded")]),
  ]),

 dict(id="Z1-016", loc="Larchgate", ad="2025-09-30", cd="2026-03-27",
  A=[
   ("orange", "Referral from Housing Options: Ellie (16) presented as homeless after mum (Donna) told her to leave following a row. Joint housing/CSC assessment under the 16–17 homelessness protocol: Ellie declined s20 accommodation and went home after same-day mediation. Checks: police nil. School: Ellie left Year 11 in July and has not started college or work. CAMHS: allocated worker since the spring for low mood. Donna says she cannot cope with Ellie's behaviour and will only promise Ellie a roof until Christmas. NFA CSC; EH orange with a TAF.",
    ["HOUS", "EDU-NEET", "MH-CHILD", "REL-PAR"],
    [("cue", "declined s20 - not looked after")]),
  ],
  C=[
   ("orange", "Ellie is still at home but things with Donna are fragile – two more rows in February, though Ellie stayed home both times. She has applied to Larchgate College for September and is not doing anything meanwhile. CAMHS discharged her in January as her mood had lifted.",
    ["REL-PAR", "EDU-NEET"],
    [("historical", "CAMHS discharged, mood lifted - MH-CHILD not coded"), ("negated", "stayed home - HOUS not coded")]),
  ]),

 dict(id="Z1-017", loc="Pellbrook", ad="2026-01-27", cd="2026-05-13",
  A=[
   ("yellow", "Referral from Brambles Nursery manager: Leo (3) arriving hungry and asking for seconds and thirds. Mum (Jade) told staff there was no food in the house over the weekend and the electric meter had run out. Jade's UC was sanctioned in January after a missed appointment and she owes a doorstep lender £600. Checks: HV says Leo's development is on track; police nil. Consent obtained. EH yellow: FSW, food bank voucher, Household Support Fund application and debt advice.",
    ["SAFE-NEG", "FIN"],
    [("negated", "development on track - EYD not coded"), ("negated", "police nil")]),
  ],
  C=[
   ("blue", "Jade is using the weekly budget sheet she set up with the FSW and pays the lender £10 a week. She has been to Pellbrook Pantry twice for top-ups.",
    ["FIN"], []),
   ("green", "Nursery say Leo is eating normally and there have been no hunger worries since February.",
    [], [("resolved", "no hunger since February - SAFE-NEG not coded")]),
  ]),

 dict(id="Z1-018", loc="Hartsfield Moor", ad="2026-02-18", cd="2026-06-17",
  A=[
   ("orange", "Police referral: Ruby (12) sent images to an adult man she met on Snapchat who said he was 15. Police are investigating him (he lives in another force area) and have seized Ruby's phone. Strategy discussion: contact is blocked and parents are protective, so s47 not progressed and case stepped to EH. Ruby is very anxious and frightened to use a phone. Parents (Natalie and Chris) want advice on parental controls.",
    ["SAFE-EXP", "MH-CHILD"],
    [("outside", "the offender is outside the household - not CRIME"), ("cue", "s47 not progressed")]),
   ("blue", "Natalie and Chris have set up parental controls, read the online safety guides they were sent, and the phone now stays downstairs overnight.",
    ["SAFE-EXP"], []),
  ],
  C=[
   ("yellow", "Ruby has had six sessions with the school counsellor and says she feels safer, though she still jumps when her phone buzzes.",
    ["MH-CHILD"], []),
   ("blue", "Phone rules are still in place at home and Ruby knows how to block and report accounts.",
    ["SAFE-EXP"], []),
  ]),

 dict(id="Z1-019", loc="Wyndham Cross", ad="2026-01-09", cd="2026-05-20",
  A=[
   ("yellow", "Referral from Probation: Lee (34) released on licence in December after a burglary sentence and now back living with partner Kirsty and their children Harvey (10) and Poppy (2). Probation ask for family support as Kirsty is worried about how the children will adjust. Checks: police have never recorded a DV incident between Lee and Kirsty; CSC nil. Harvey's school say he has become withdrawn and tearful since dad came home. Lee is job-hunting and the family are struggling to pay the bills on Kirsty's UC. EH yellow.",
    ["CRIME", "MH-CHILD", "FIN"],
    [("negated", "no DV ever recorded - not DA")]),
   ("green", "Poppy's 2-year HV review is overdue and Kirsty hasn't booked it. Harvey has missed his last two dental check-ups.",
    ["EYD", "PH"], []),
  ],
  C=[
   ("green", "Harvey still sees the school's ELSA weekly about his feelings around dad. Poppy's 2-year review was done in March with no concerns, and Harvey has been to the dentist.",
    ["MH-CHILD"], [("resolved", "review and dentist done - EYD/PH not coded")]),
  ]),

 dict(id="Z1-020", loc="Larchgate", ad="2026-02-26", cd=None,
  A=[
   ("red", "Police PPN: third DA incident in eight weeks – dad (Marcus) put his hands round mum's (Leanne's) throat in front of Kian (9) and Ava (6). DASH high risk, listed for MARAC on 12/03. Leanne told officers she drinks a bottle of wine most nights to get through. Strategy meeting held, s47 started and ICPC booked. Not for EH – CSC lead.",
    ["DA", "SUB"], [("lookalike", "the assault on the mother is DA only, not CRIME")]),
  ], C=[]),

 dict(id="Z1-021", loc="Pellbrook", ad="2025-11-25", cd="2026-04-29",
  A=[
   ("green", "HV referral: twins Isla and Jack (18 months), born at 31 weeks. Jack has a heart condition followed by the regional children's cardiac centre and is on oxygen at night. Mum (Sophie) has missed three of his cardiology appointments because she cannot afford the travel. Isla was behind at her 1-year check and is not yet walking.",
    ["PH", "FIN", "EYD"], []),
   ("yellow", "Sophie says she is exhausted and low; partner is working offshore. She declined a GP referral for her mood but accepted a Home-Start volunteer. Sophie's own mother has bipolar disorder and lives in Spain.",
    ["MH-ADULT"],
    [("outside", "grandmother's bipolar - lives in Spain"), ("lookalike", "partner working offshore - not FIN/REL-CONF")]),
  ],
  C=[
   ("green", "Jack has not missed a cardiology appointment since February and is off night-time oxygen; the GP is still seeing him monthly. Isla is walking and physio have discharged her.",
    ["PH"], [("resolved", "Isla walking, physio discharged - EYD not coded")]),
  ]),

 dict(id="Z1-022", loc="Hartsfield Moor", ad="2026-03-11", cd="2026-07-03",
  A=[
   ("orange", "Self-referral from dad (Steve): son Josh (15) has pushed him into a wall and smashed the TV during arguments about his phone. Steve called police twice in March and Josh got a youth caution for criminal damage. Josh's mum lives in Spain and has no contact. School: Josh at risk of permanent exclusion after pushing a teacher and is on a six-week placement at the pupil referral unit. Child-to-parent violence, not DA. EH orange: TAF with YOS and school.",
    ["REL-PAR", "CRIME", "EDU-EXC"],
    [("lookalike", "child-to-parent violence is REL-PAR (+CRIME), not DA (conv 8)"), ("outside", "mum in Spain")]),
   ("green", "Josh has epilepsy, well controlled on tablets he takes without reminders; neurology review once a year.",
    ["PH"], [("lookalike", "tablets/medication - not SUB")]),
  ],
  C=[
   ("orange", "Two more police call-outs in June after Josh threatened Steve with a kitchen knife; a YOS worker is now allocated. Steve says he is frightened in his own home. Discussed with MASH – CSC to assess under s17.",
    ["REL-PAR", "CRIME"], []),
  ]),

 dict(id="Z1-023", loc="Wyndham Cross", ad="2026-02-02", cd="2026-06-10",
  A=[
   ("yellow", "Referral from Wyndham Homes: mum (Leah) and her children (6 and 9) are being targeted by neighbours – eggs thrown at the windows and their bins set alight. Police have a crime number and the neighbours are under an injunction; the family are not the perpetrators. Leah says they cannot stay in the property and has asked for a management transfer. Her daughter (9) has started wetting the bed again. EH yellow.",
    ["HOUS", "PH"],
    [("outside", "ASB/offending by neighbours - not CRIME; its effect is HOUS (conv 6)"), ("lookalike", "school-age bedwetting is PH (conv 9)")]),
  ],
  C=[
   ("green", "Family moved to a flat in Pellbrook in May. Their daughter still has the odd wet night and the GP has started her on medication for it.",
    ["PH"], [("resolved", "moved - HOUS not coded")]),
  ]),

 dict(id="Z1-024", loc="Larchgate", ad="2025-10-16", cd="2026-04-15",
  A=[
   ("yellow", "Referral from the SENCO at Hollins Primary: Ollie (10) has an EHCP for ADHD and dyslexia and has been on a mornings-only timetable since October because of dysregulated behaviour after lunch; two suspensions this year. Mum (Claire) has fibromyalgia and is struggling to collect him at midday. Checks: police nil, CSC nil. Consent obtained. EH yellow: FSW to support the annual review and push for a reintegration plan.",
    ["EDU-SEND", "EDU-ATT", "EDU-EXC", "PH"], [("negated", "police nil, CSC nil")]),
   ("blue", "Claire rings the SENDIASS helpline for advice and is in an online group for parents of children with ADHD.",
    ["EDU-SEND"], []),
  ],
  C=[
   ("yellow", "Ollie has been back full-time since April with a 1:1 in the afternoons, agreed at his annual review. No suspensions since February.",
    ["EDU-SEND"], [("resolved", "back full-time - EDU-ATT not coded"), ("historical", "no suspensions since February - EDU-EXC not coded")]),
  ]),

 dict(id="Z1-025", loc="Pellbrook", ad="2026-01-19", cd="2026-06-03",
  A=[
   ("orange", "Referral from Pellbrook Health Centre: dad (Wayne), ex-forces with PTSD, disclosed suicidal thoughts at his appointment. Crisis team assessed and he is now with the community mental health team. Partner Michelle has found £8,000 of online gambling debts and a bailiff's letter. Children Evie (11) and Sam (8) unaware. Police nil. No DA disclosed. EH orange: multi-agency plan with CMHT, StepChange and school.",
    ["MH-ADULT", "FIN"],
    [("lookalike", "gambling debt is FIN, not SUB (conv 10)"), ("negated", "no DA; police nil")]),
   ("yellow", "Michelle says she and Wayne argue constantly about the debt and she has asked him to move out for a while.",
    ["REL-CONF"], []),
  ],
  C=[
   ("blue", "Wayne has put a gambling block on his bank cards and the family pay a monthly amount into their StepChange debt plan.",
    ["FIN"], []),
   ("yellow", "Wayne is still under the CMHT and goes weekly to a veterans' mental health charity. The couple are back together; arguments are less frequent since they did the council's relationship course.",
    ["MH-ADULT", "REL-CONF"], []),
  ]),

 dict(id="Z1-026", loc="Hartsfield Moor", ad="2025-12-08", cd="2026-05-01",
  A=[
   ("yellow", "HV referral: the flat smelt strongly of cannabis at the home visit. Mum (Tasha) said she and partner Ryan smoke a joint most evenings once baby Mia (9 months) is asleep. Home clean, Mia well cared for, immunisations up to date. Tasha also smokes cigarettes on the balcony. Police nil. EH yellow: drug and alcohol service for advice, and safe sleep advice.",
    ["SUB"],
    [("negated", "home clean, immunisations up to date - no SAFE-NEG/PH"), ("lookalike", "cigarettes - not SUB")]),
  ],
  C=[
   ("blue", "Tasha says they both stopped the cannabis in April and she now vapes instead of smoking.",
    [], [("historical", "stopped cannabis in April - SUB not coded"), ("lookalike", "vaping is not SUB (conv 12)")]),
  ]),

 dict(id="Z1-027", loc="Wyndham Cross", ad="2025-11-18", cd="2026-05-27",
  A=[
   ("yellow", "Referral from Ashcombe Primary: Finley (7) lives with his grandparents Pat and Derek under a special guardianship order made in 2024. His mum lives in Bristol, uses heroin and has not been in touch since last year. Finley has daily tantrums at home and school say he is anxious and gets very distressed when his mum is mentioned. Pat is a kinship carer and, at 68, finds his behaviour exhausting. EH yellow: kinship support group and FSW for play-based work.",
    ["REL-PAR", "MH-CHILD"],
    [("outside", "birth mum's heroin use - not in household, not SUB"), ("lookalike", "kinship carer is not CARER (conv 12)")]),
  ],
  C=[
   ("green", "Finley sees the school's play therapist weekly. Pat says the tantrums are down to about once a week.",
    ["MH-CHILD", "REL-PAR"], []),
  ]),

 dict(id="Z1-028", loc="Larchgate", ad="2026-01-13", cd="2026-04-21",
  A=[
   ("yellow", "Referral from Larchgate Academy attendance officer: Bethany (12) at 79% with frequent lateness. Mum (Kelly) has chronic back pain and is on long-term sick; family on UC, no money problems reported. Bethany does the shopping and cooks tea for her younger brother most nights. Consent obtained. EH yellow.",
    ["EDU-ATT", "PH", "CARER"],
    [("negated", "UC with no money problems - not FIN (conv 5)")]),
  ],
  C=[
   ("yellow", "Closed: family disengaged after three visits and Kelly declined further support. Bethany's attendance is still around 80% and she still does most of the cooking and shopping. Information shared with school to monitor; re-refer if attendance drops below 70%.",
    ["EDU-ATT", "CARER"], [("hypothetical", "re-refer if attendance drops below 70%")]),
  ]),

 dict(id="Z1-029", loc="Pellbrook", ad="2026-03-04", cd="2026-07-08",
  A=[
   ("green", "Anonymous call claiming mum (Kerry-Ann) is dealing drugs from the house with visitors at all hours. Police checks: no intelligence held; the neighbourhood team called round and found nothing of concern – the visitors are the care agency staff for grandad (Len), who moved in with the family after a stroke. Allegation not substantiated, NFA for CSC. Six people in a three-bed house, with the two girls sharing a room with Len's equipment; GP supporting a housing register application.",
    ["PH", "HOUS"],
    [("negated", "drug dealing allegation not substantiated - no SUB/CRIME"), ("lookalike", "paid care agency staff - not CARER")]),
  ],
  C=[
   ("blue", "Family accepted onto the housing register in band B and Kerry-Ann bids every week herself.",
    ["HOUS"], []),
  ]),

 dict(id="Z1-030", loc="Hartsfield Moor", ad="2026-02-09", cd="2026-07-01",
  A=[
   ("yellow", "Step down from CSC: the CIN plan for Theo (14 months) closed on 30/01/26 once mum (Amy) moved to a new flat and her ex-partner was jailed until 2028; he has made no contact since. Amy now wants help with Theo's development – he is not crawling and hardly babbles. EH yellow: FSW and Portage referral.",
    ["EYD"],
    [("historical", "CIN plan closed; DA with ex-partner past, no contact - not DA"), ("outside", "ex-partner in prison - not CRIME")]),
  ],
  C=[
   ("green", "Theo started at Brightstart nursery and Portage finished in June. He is crawling and has a few words; HV will review him at 2 years.",
    ["EYD"], []),
   ("blue", "Amy has done the Freedom Programme and goes to a survivors' group every Thursday; she says she feels strong.",
    ["DA"], []),
  ]),
]

# Unboxed screening / case notes: id, stage, date, locality, text, gold level, codes, traps
UNBOXED = [
 ("Z1-V01", "assessment", "2026-02-23", "Hartsfield Moor",
  "Front door screening note. Referral from Hartsfield Moor Health Centre: dad (Paul) has early-onset Parkinson's and his daughter Lucy (11) helps him with buttons and tablets in the mornings; she is late for school two or three times a week. GP suggests a young carer assessment. Outcome: consent given, referred to Wyndham Young Carers; no further action at the front door.",
  "yellow", ["PH", "CARER", "EDU-ATT"],
  [("cue", "young carers service = yellow cue; GP = green")]),
 ("Z1-V02", "assessment", "2026-03-10", "Pellbrook",
  "Contact from Pellbrook Police: officers did a welfare check on 09/03/26 after Mrs Hussain rang 999 because Adam (14) had not come home. Adam was found at a friend's at 11pm, safe and well; first missing episode. Return home interview offered. Family known to universal services only. No CSC threshold; information shared with school.",
  "orange", ["SAFE-EXP"],
  [("lookalike", "police welfare check/finding a missing child is not CRIME (conv 7)"), ("cue", "police call-out = orange; 'no CSC threshold'")]),
 ("Z1-V03", "assessment", "2025-11-03", "Wyndham Cross",
  "Contact from Ashcombe Primary: Sienna (7) has had several wetting accidents in class and the teacher asked whether this was neglect. DSL checked with mum (Lauren), who explained Sienna has a bladder condition and is under the GP for it; spare clothes are now kept at school. A 2024 referral about DV from Lauren's ex-partner was closed and he has since moved abroad. Does not meet threshold for s17 or EH; school nurse to write a health care plan for school. NFA at front door.",
  "green", ["PH"],
  [("negated", "neglect question answered - not SAFE-NEG"), ("historical", "2024 DV referral closed, ex abroad - not DA"), ("cue", "'does not meet threshold for s17' is a negated red cue; level from GP/school nurse = green"), ("lookalike", "'health care plan'")]),
 ("Z1-V04", "closure", "2026-04-14", "Wyndham Cross",
  "Case note 14/04/26, closing TAF review at Wyndham Cross Academy. Marcus (13) suspended twice this term for fighting; YOS referral order continuing after a shop theft in January. Mum (Dionne) says he is sleeping better since his melatonin dose went up. Attendance 96%. EH closing; school to take over as lead professional and keep the TAF going.",
  "orange", ["EDU-EXC", "CRIME", "PH"],
  [("negated", "attendance 96% - good news, not coded")]),
 ("Z1-V05", "closure", "2026-06-30", "Larchgate",
  "Closing phone call with mum (Gemma Price). She is still £310 behind on council tax and has been using the Money Helper budgeting tool she was signposted to. Her son Reece (17) left sixth form at Easter and is looking for an apprenticeship; she has shown him the National Careers Service site. Younger two attending well. She has the family hub number if she needs it again. No further EH involvement.",
  "blue", ["FIN", "EDU-NEET"],
  [("negated", "younger two attending well - not coded"), ("hypothetical", "family hub number if she needs it")]),
 ("Z1-V06", "assessment", "2026-01-22", "Larchgate",
  "MASH decision note 22/01/26. Referral from Brookfield Academy re Tia (15): staff have seen her picked up after school by men in their twenties in different cars, and she has a new phone and expensive vapes she will not explain. Strategy meeting held the same day, s47 enquiries started and police are investigating the men. Tia has been on the CAMHS waiting list since November for low mood. Lives with mum and stepdad; no concerns about home. Not for EH – CSC lead.",
  "red", ["SAFE-EXP", "MH-CHILD"],
  [("outside", "the men are outside the household - not CRIME"), ("lookalike", "vapes - not SUB"), ("negated", "no concerns about home")]),
]

CODES = ["EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD", "MH-ADULT",
         "PH", "SUB", "REL-PAR", "REL-CONF", "DA", "SAFE-NEG", "SAFE-EXP", "CRIME",
         "HOUS", "FIN", "CARER"]


def build():
    narr, gold, traps = [], [], {}
    for c in CASES:
        for stage, key, date in (("assessment", "A", c["ad"]), ("closure", "C", c["cd"])):
            for level, text, codes, tr in c[key]:
                tid = f'{c["id"]}-{key}'
                nid = f"{tid}-{level}"
                narr.append([nid, tid, c["id"], stage, date, level, c["loc"], text])
                for code in codes:
                    assert code in CODES, code
                    gold.append([nid, code, level])
                traps[nid] = [{"kind": k, "note": n} for k, n in tr]
    for nid, stage, date, loc, text, lvl, codes, tr in UNBOXED:
        narr.append([nid, nid, nid, stage, date, "", loc, text])
        for code in codes:
            assert code in CODES, code
            gold.append([nid, code, lvl])
        traps[nid] = [{"kind": k, "note": n} for k, n in tr]

    def write(name, header, rows):
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\r\n")
            w.writerow(header)
            w.writerows(rows)

    write("narratives.csv",
          ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"], narr)
    write("gold.csv", ["narrative_id", "code", "level"], gold)
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(traps, f, indent=1, ensure_ascii=False)
        f.write("\n")

    # summary
    from collections import Counter
    cc = Counter(g[1] for g in gold)
    kinds = Counter(t["kind"] for v in traps.values() for t in v)
    with_trap = sum(1 for v in traps.values() if v)
    coded = {g[0] for g in gold}
    print(f"narratives {len(narr)} (boxed {sum(1 for n in narr if n[5])}, unboxed {sum(1 for n in narr if not n[5])}); "
          f"triages A {len({n[1] for n in narr if n[3]=='assessment' and n[5]})} C {len({n[1] for n in narr if n[3]=='closure' and n[5]})}; "
          f"gold rows {len(gold)}; narratives with no gold {len(narr)-len(coded)}")
    print("per code:", " ".join(f"{k} {cc.get(k,0)}" for k in CODES))
    print(f"narratives with >=1 trap {with_trap}; trap kinds:", dict(kinds))


if __name__ == "__main__":
    build()
