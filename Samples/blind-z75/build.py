#!/usr/bin/env python3
"""Blind hand-written gold set: early-help closure reviews and step-down cases.
Every narrative, its gold codes and trap notes are written by hand below."""
import csv, json, os

HERE = os.path.dirname(os.path.abspath(__file__))

# (case, stage, date, box level or '' for unboxed, locality, text, [gold codes], gold level for unboxed, [(trap_type, note)])
N = []
def box(case, stage, date, level, loc, text, codes, traps=()):
    N.append(dict(case=case, stage=stage, date=date, level=level, loc=loc, text=text,
                  codes=codes, glevel=level, traps=list(traps)))
def note(nid, stage, date, loc, text, codes, glevel, traps=()):
    N.append(dict(case=nid, stage=stage, date=date, level='', loc=loc, text=text,
                  codes=codes, glevel=glevel, traps=list(traps)))

A, C = 'assessment', 'closure'

# Z001 Brackenmoor - step-down from CiN, exploitation risk
box('Z001', A, '2025-02-10', 'yellow', 'Brackenmoor',
    "Stepped down from a CiN plan on 3 Feb when the SW closed. Leanne still can't get Tyler (11) off his games console at night and he then refuses to get up for school - attendance 79% since Sept. EHW to pick up the routines work the SW started.",
    ['REL-PAR', 'EDU-ATT'], [('historical', 'CiN plan ended (step-down) - no code')])
box('Z001', A, '2025-02-10', 'orange', 'Brackenmoor',
    "Original CSC referral in 2023 was about DA from Leanne's ex Craig, who is now serving 3 yrs and has had no contact since. The worry now is Tyler: out till 11pm with older lads twice in Jan and reported missing, police found him at the underpass. School have heard he has been asked to 'hold things' for one of them. Referral to YOS prevention made.",
    ['SAFE-EXP', 'CRIME'], [('historical', 'DA from ex in prison, no contact since - not DA'),
                            ('lookalike', 'police finding a missing child is safeguarding; CRIME comes from the YOS referral')])
box('Z001', C, '2025-07-18', 'blue', 'Brackenmoor',
    "At the start Leanne felt she had no one to lean on; now her sister has the kids on Wednesdays and Leanne is sticking to the bedtime plan - console goes in her room at 9 and Tyler is usually asleep by 10 on school nights.",
    ['REL-PAR'], [('met', 'then/now: routines now managed by the family - present in a blue box')])
box('Z001', C, '2025-07-18', 'yellow', 'Brackenmoor',
    "Tyler has not gone missing since February and YOS prevention closed in June after he completed his 8 sessions. Still needing: Leanne has asked for a teen parenting course as Tyler is testing her limits again since the summer holidays; referred to Talking Teens, starts Sept.",
    ['REL-PAR'], [('historical', 'missing episodes and YOS prevention ended - no SAFE-EXP/CRIME')])

# Z002 Saltmarsh - young carer, parent with MS
box('Z002', A, '2025-03-04', 'green', 'Saltmarsh',
    "Agnieszka has MS and uses a wheelchair in the house; GP and district nurse involved. Oliwia's attendance is fine at 97%.",
    ['PH'], [('negated', 'attendance fine - no EDU-ATT')])
box('Z002', A, '2025-03-04', 'yellow', 'Saltmarsh',
    "Oliwia (13) does most of the cooking and helps mum to the toilet in the night; she has told her form tutor she has no time for homework. Referral to Saltmarsh Young Carers. Marek works nights and says he has felt low since losing his brother last year; not spoken to GP yet.",
    ['CARER', 'MH-ADULT'], [('lookalike', 'working nights is not FIN')])
box('Z002', C, '2025-09-12', 'blue', 'Saltmarsh',
    "Oliwia goes to the young carers group every other Friday and has a young carer's card for school; she still cooks tea three nights a week but Marek now does the night-time care. Marek says the low patch is behind him and he has joined a running club.",
    ['CARER'], [('historical', "father's low mood described as over - no MH-ADULT")])
box('Z002', C, '2025-09-12', 'green', 'Saltmarsh',
    "Agnieszka's MS is stable; GP-referred physio ongoing and OT has fitted grab rails.",
    ['PH'])

# Z003 Elmstead - fled DA, temporary accommodation
box('Z003', A, '2025-01-20', 'yellow', 'Elmstead',
    "Shanice came to Elmstead from a refuge in December after fleeing DA from Amara's dad; he does not know the address. She attends the Freedom Programme on Tuesday mornings. HV concerned Amara (2) has very few words, 2-year review booked for Feb.",
    ['DA', 'EYD'])
box('Z003', A, '2025-01-20', 'orange', 'Elmstead',
    "Family in temporary accommodation - one room at the Crossways hostel, all three sharing a double bed. Homeless duty accepted by housing. Shanice has £600 catalogue debt and is waiting on a UC advance, using the hostel food parcels.",
    ['HOUS', 'FIN'])
box('Z003', C, '2025-08-29', 'blue', 'Elmstead',
    "Shanice finished the Freedom Programme in April; Amara's dad has not contacted them since she left in 2024 and she says that part of her life is over. She uses a budgeting app and is paying the catalogue £25 a month.",
    ['FIN'], [('historical', 'completed Freedom Programme, no contact, abuse over - no DA')])
box('Z003', C, '2025-08-29', 'green', 'Elmstead',
    "Amara's speech has caught up and the HV has discharged her. Jaden (7) still wets the bed most nights; school nurse has lent an enuresis alarm.",
    ['PH'], [('met', 'speech delay resolved, HV discharged - no EYD')])
box('Z003', C, '2025-08-29', 'yellow', 'Elmstead',
    "Moved into a 2-bed housing association flat in June; tenancy sustainment worker visiting fortnightly until December while Shanice gets used to bills and repairs.",
    ['HOUS'])

# Z004 Quarry Hill - suspensions, ADHD pathway, CPV
box('Z004', A, '2025-02-26', 'orange', 'Quarry Hill',
    "Kai (12) has had 3 suspensions this term at Ridgeway Academy for fighting and swearing at staff; a managed move to Kingsmead is being discussed. He is on the ADHD pathway, seen by community paeds in Jan. At home he has pushed Donna into the wall twice when told to come off the Xbox - police not called.",
    ['EDU-EXC', 'EDU-SEND', 'REL-PAR'], [('negated', 'police not called - no CRIME'),
                                        ('lookalike', 'child-to-parent violence is REL-PAR, not DA')])
box('Z004', A, '2025-02-26', 'yellow', 'Quarry Hill',
    "Donna and Lee row most evenings about how to handle Kai, Lee wants to be stricter. Seen separately, neither disclosed any DA.",
    ['REL-CONF'], [('negated', 'no DA disclosed')])
box('Z004', C, '2025-10-03', 'green', 'Quarry Hill',
    "ADHD diagnosed in June, Kai on medication and the SENCO at Kingsmead has an SEN support plan in place. The managed move was made permanent in May and there have been no suspensions since.",
    ['EDU-SEND'], [('historical', 'managed move completed, no suspensions since - no EDU-EXC')])
box('Z004', C, '2025-10-03', 'blue', 'Quarry Hill',
    "Donna uses the calm-down plan from the Incredible Years course - Kai still has the odd blow-up at home but there has been no more pushing. She and Lee agreed one set of house rules and say the rows about Kai have stopped.",
    ['REL-PAR'], [('historical', 'parental rows stopped - no REL-CONF')])

# Z005 Brackenmoor - neglect CP plan ended
box('Z005', A, '2025-04-07', 'red', 'Brackenmoor',
    "CP plan under neglect ended at the review conference on 28/03/25 after 14 months; case stepped down to early help and the SW closes on 11/04.",
    [], [('historical', 'ended CP plan for neglect - red box with no present code')])
box('Z005', A, '2025-04-07', 'orange', 'Brackenmoor',
    "Home conditions better than during the CP plan but still cluttered; the children's bedding was dirty on the last visit and there was nothing in the fridge but milk on 2 of 4 visits. TAF plan agreed with school, HV and EHW.",
    ['SAFE-NEG'])
box('Z005', A, '2025-04-07', 'green', 'Brackenmoor',
    "Ruby (13 months) has not had her 12-month jabs, HV chasing. Liam's attendance 88% this year, school monitoring.",
    ['PH', 'EDU-ATT'])
box('Z005', C, '2025-09-22', 'blue', 'Brackenmoor',
    "Kerry-Ann does a big shop every Friday with her mum and keeps a laundry and tidying rota on the fridge so the house doesn't slip back to how it was; clean and tidy on all 4 unannounced visits in August.",
    ['SAFE-NEG'], [('met', 'home conditions now managed by the family - present in blue')])
box('Z005', C, '2025-09-22', 'green', 'Brackenmoor',
    "Ruby's jabs are up to date and Liam's attendance is 95% this term. Poppy (6) has glue ear and the GP has referred her for grommets, op due November.",
    ['PH'], [('met', 'jabs up to date / attendance good, no need stated - not coded')])

# Z006 Saltmarsh - father's drinking, money
box('Z006', A, '2025-01-14', 'yellow', 'Saltmarsh',
    "Gary says he drinks 6-8 cans most evenings and has self-referred to Harbour Recovery. He and Ellis (15) have shouting matches when Gary has been drinking, and Ellis has started staying over at his mate's.",
    ['SUB', 'REL-PAR'])
box('Z006', A, '2025-01-14', 'orange', 'Saltmarsh',
    "Police attended in Dec after a neighbour heard Gary and Jo shouting in the street - recorded as a verbal argument about money, no offences, no DA disclosed by Jo. Gas arrears of £420, prepayment meter on emergency credit.",
    ['REL-CONF', 'FIN'], [('negated', 'no offences, no DA - police call-out about adults arguing is not CRIME/DA')])
box('Z006', C, '2025-06-30', 'green', 'Saltmarsh',
    "Gary 5 months alcohol-free and still at the Harbour Recovery group weekly; GP monitoring raised liver enzymes.",
    ['SUB', 'PH'], [('lookalike', 'alcohol-free but still in a recovery service - ongoing service codes SUB')])
box('Z006', C, '2025-06-30', 'blue', 'Saltmarsh',
    "Jo set up a payment plan with the energy supplier and pays £10 a week off the gas arrears. Ellis and his dad go to the football together now, no more rows.",
    ['FIN'], [('historical', 'no more rows - no REL-PAR')])

# Z007 Elmstead - NEET 17-year-old with anxiety
box('Z007', A, '2025-05-12', 'yellow', 'Elmstead',
    "Sophie (17) dropped out of college in March after panic attacks on the bus and has not been in work, education or training since. GP prescribed sertraline and she is on the waiting list for Talking Therapies. Mum Claire works full time.",
    ['EDU-NEET', 'MH-CHILD'])
box('Z007', C, '2025-11-20', 'green', 'Elmstead',
    "Sophie started a Level 2 animal care course at Brackenmoor College in September with help from the college wellbeing team. Still on sertraline from the GP; panic attacks now rare.",
    ['MH-CHILD'], [('met', 'back in education - no EDU-NEET')])
box('Z007', C, '2025-11-20', 'blue', 'Elmstead',
    "If the course doesn't work out Sophie knows to go back to the Youth Hub careers adviser herself.",
    [], [('hypothetical', 'NEET only if the course fails')])

# Z008 Quarry Hill - CCE, referral order
box('Z008', A, '2025-03-17', 'orange', 'Quarry Hill',
    "Stepped down from CSC after the s47 closed NFA in Feb. Jamal (15) is on a referral order until June after being caught with cannabis wraps to sell; YOS worker allocated. Missing twice in January and found in Luton, NRM referral made.",
    ['CRIME', 'SAFE-EXP'], [('historical', 's47 closed NFA'), ('lookalike', 'drugs on an exploited child: SAFE-EXP + CRIME, not SUB')])
box('Z008', A, '2025-03-17', 'yellow', 'Quarry Hill',
    "Jamal on a part-time timetable, mornings only, at Oakfield School since coming back. He says he is bored and wants more lessons.",
    ['EDU-ATT'])
box('Z008', C, '2025-09-26', 'yellow', 'Quarry Hill',
    "The referral order finished in June with no further offending. No missing episodes since January; the NRM decision came back positive and Jamal still meets his Safe Steps exploitation worker monthly.",
    ['SAFE-EXP'], [('historical', 'referral order finished - no CRIME')])
box('Z008', C, '2025-09-26', 'green', 'Quarry Hill',
    "Back on a full timetable since May, attendance 91%.",
    [], [('met', 'part-time timetable ended, no need stated')])

# Z009 Brackenmoor - young mum, PND, separation
box('Z009', A, '2025-06-02', 'green', 'Brackenmoor',
    "Archie (4 months) feeding well and on the 50th centile. HV visiting fortnightly as Chloe scored high on the postnatal depression screen; GP has started her on antidepressants.",
    ['MH-ADULT'], [('lookalike', 'feeding well - no EYD/PH')])
box('Z009', A, '2025-06-02', 'yellow', 'Brackenmoor',
    "Chloe and Ryan split in May; he has Archie on Saturdays but they can't agree handover times and it ends in text rows. Chloe is clear there has been no abuse. She is £300 behind on council tax after her UC stopped when Ryan moved out and she had to reclaim.",
    ['REL-CONF', 'FIN'], [('negated', 'no abuse - no DA')])
box('Z009', C, '2025-10-15', 'blue', 'Brackenmoor',
    "Chloe says the postnatal depression lifted over the summer and she came off the tablets with her GP's agreement in September. She and Ryan now use a co-parenting app for handovers, which mostly go smoothly.",
    ['REL-CONF'], [('historical', 'PND lifted, off medication - no MH-ADULT')])
box('Z009', C, '2025-10-15', 'green', 'Brackenmoor',
    "Archie (8 months) has eczema on his legs, GP prescribed emollients. Weaning going well. HV will repeat Chloe's mood screen at the next contact should she start to feel low again.",
    ['PH'], [('lookalike', 'weaning going well - good news, no EYD'), ('hypothetical', 'mood rescreen only should she feel low - no MH-ADULT')])

# Z010 Elmstead - under-5 SEND
box('Z010', A, '2025-03-10', 'green', 'Elmstead',
    "Noah (4) at Sunflowers Nursery: not toilet trained and uses around 10 words. Nursery SENCO has put SEN support in place and is applying for an EHCP before he starts reception.",
    ['EYD', 'EDU-SEND'])
box('Z010', A, '2025-03-10', 'yellow', 'Elmstead',
    "Priya is raising Noah on her own, his dad is back in India. She says she cries most days and hasn't been out except for the nursery run in weeks. EHW to visit weekly.",
    ['MH-ADULT'])
box('Z010', C, '2025-09-30', 'green', 'Elmstead',
    "Noah (4) started reception at Elmstead Primary in Sept with an EHCP and 1:1 support after an autism diagnosis in July. Still in pull-ups during the day.",
    ['EDU-SEND', 'EYD'])
box('Z010', C, '2025-09-30', 'blue', 'Elmstead',
    "Priya meets two mums from a local autism parents' group for coffee each week and says she feels far less alone; she is still taking the sertraline her GP started in April.",
    ['MH-ADULT'])

# Z011 Quarry Hill - CIN plan, CAMHS, young carer
box('Z011', A, '2025-01-22', 'red', 'Quarry Hill',
    "Strategy meeting on 8 Jan after Lily (14) was found with a stockpile of tablets in her room. Seen by the CAMHS crisis team and now open to CAMHS; CIN plan in place until March.",
    ['MH-CHILD'])
box('Z011', A, '2025-01-22', 'yellow', 'Quarry Hill',
    "Nicola has fibromyalgia. On bad days Lily does the shopping and gets Ben (6) up and ready for school.",
    ['CARER', 'PH'])
box('Z011', C, '2025-08-20', 'orange', 'Quarry Hill',
    "Lily is still open to CAMHS and attends a weekly DBT group; no self-harm disclosed since April. The CIN plan closed in March.",
    ['MH-CHILD'], [('historical', 'CIN plan closed')])
box('Z011', C, '2025-08-20', 'green', 'Quarry Hill',
    "Nicola's fibromyalgia is being managed through the GP pain clinic.",
    ['PH'])
box('Z011', C, '2025-08-20', 'blue', 'Quarry Hill',
    "Lily goes to Quarry Hill Young Carers club on Thursdays and still helps on mum's bad days, but says she has more time for herself since Ben started after-school club.",
    ['CARER'])

# Z012 Brackenmoor - DA, MARAC, non-mol
box('Z012', A, '2025-05-19', 'orange', 'Brackenmoor',
    "Sarah was heard at MARAC in April and has an IDVA. Non-molestation order granted against her ex Dean, who has breached it twice and been arrested both times.",
    ['DA'], [('lookalike', "ex-partner's arrests for breaching the non-mol are DA only, not CRIME")])
box('Z012', A, '2025-05-19', 'yellow', 'Brackenmoor',
    "Josh (6) has started wetting the bed again since the last incident and is very anxious about leaving mum at the school gate.",
    ['PH', 'MH-CHILD'])
box('Z012', A, '2025-05-19', 'green', 'Brackenmoor',
    "Mia (3) attending nursery 15 hrs, no concerns from HV about her development.",
    [], [('negated', 'no developmental concerns - no EYD')])
box('Z012', C, '2025-11-03', 'blue', 'Brackenmoor',
    "The non-mol runs until Feb 2026; Sarah keeps to her safety plan and has a video doorbell. Dean has made no contact since June.",
    ['DA'], [('met', 'order in force and safety plan = risk now managed, present in blue')])
box('Z012', C, '2025-11-03', 'yellow', 'Brackenmoor',
    "Josh finished 8 sessions of play therapy with Kites, the children's DA recovery service, in September. He still wets the bed a few nights a week and the GP has referred him to the enuresis clinic.",
    ['PH'], [('historical', 'play therapy / DA recovery service finished - no MH-CHILD or DA')])

# Z013 Elmstead - youth caution, CPV, mum drinking
box('Z013', A, '2025-02-17', 'orange', 'Elmstead',
    "Connor (16) arrested in January for criminal damage at the bus station and given a youth caution. Police called to the house twice since for Connor smashing up his room and threatening Tracey. He has not been to college since November.",
    ['CRIME', 'REL-PAR', 'EDU-NEET'])
box('Z013', A, '2025-02-17', 'yellow', 'Elmstead',
    "Tracey admits she is drinking a bottle of wine most nights to cope and has agreed to a referral to Elmstead Drug and Alcohol Service. Evie (9) is doing well at school, no concerns.",
    ['SUB'], [('negated', 'Evie no concerns')])
box('Z013', C, '2025-07-25', 'yellow', 'Elmstead',
    "Connor has been on a 12-week traineeship with Kingfisher Training since May. No police contact since February and the YOS programme attached to his caution ended in April. Tracey still sees her recovery worker fortnightly and now only drinks at weekends.",
    ['SUB'], [('historical', 'YOS ended, no police contact - no CRIME'), ('met', 'in training - no EDU-NEET')])
box('Z013', C, '2025-07-25', 'blue', 'Elmstead',
    "Connor and Tracey have a house agreement on the fridge about curfew and chores; he still slams doors when he is told no but nothing has been broken since spring.",
    ['REL-PAR'])

# Z014 Quarry Hill - hungry children, food bank, sanction
box('Z014', A, '2025-01-08', 'yellow', 'Quarry Hill',
    "School report Kacey (7) and Tommy (5) are arriving hungry and taking food from other children's lunchboxes. Jade is using the Quarry Hill food bank weekly after her UC was sanctioned in November.",
    ['SAFE-NEG', 'FIN'])
box('Z014', A, '2025-01-08', 'green', 'Quarry Hill',
    "Jade has asthma, managed by GP. Ava (10 months) has dropped from the 25th to the 9th centile and the HV is weighing her weekly.",
    ['PH'])
box('Z014', C, '2025-06-16', 'blue', 'Quarry Hill',
    "The sanction was lifted in Feb; Jade no longer needs the food bank but still uses the £5 community pantry each week to make the money stretch. School say the children now come in having had breakfast.",
    ['FIN'], [('historical', 'children no longer hungry - no SAFE-NEG')])
box('Z014', C, '2025-06-16', 'green', 'Quarry Hill',
    "Ava is back on her centile and the HV has stepped down to universal contacts. Jade's asthma was reviewed by the GP in May and her inhaler changed.",
    ['PH'], [('met', "baby's weight back on centile")])

# Z015 Saltmarsh - father on licence, PTSD
box('Z015', A, '2025-04-14', 'orange', 'Saltmarsh',
    "Steve moved back into the family home after his release from prison in March; he is on licence and supervised by Probation. He has PTSD from his army service, with flashbacks, and is under the veterans' mental health team.",
    ['CRIME', 'MH-ADULT'])
box('Z015', A, '2025-04-14', 'yellow', 'Saltmarsh',
    "Lisa and Steve get on well and police checks show no DA history. Kayden (14) refuses to speak to his dad and walks out of the room when he comes in.",
    ['REL-PAR'], [('negated', 'no DA history')])
box('Z015', C, '2025-11-12', 'green', 'Saltmarsh',
    "Steve's licence ended in October with no further probation contact. He still sees the veterans' mental health team monthly.",
    ['MH-ADULT'], [('historical', 'licence ended - no CRIME')])
box('Z015', C, '2025-11-12', 'blue', 'Saltmarsh',
    "Kayden and his dad still clash at times but they have started going to the gym together on Saturdays.",
    ['REL-PAR'])

# Z016 Elmstead - rent arrears, stammer
box('Z016', A, '2025-06-09', 'yellow', 'Elmstead',
    "Aisha has had two letters from the housing association about £780 rent arrears after her hours were cut; referred to Citizens Advice for a debt plan. The housing officer has said no possession action will be taken as long as she keeps to a plan.",
    ['FIN'], [('hypothetical', 'possession only if she breaks the plan - no HOUS')])
box('Z016', A, '2025-06-09', 'green', 'Elmstead',
    "Zain (8) has a stammer and the school SENCO has put him on the speech and language waiting list. Hana (5) has settled well in reception.",
    ['EDU-SEND'], [('lookalike', 'speech at school age is EDU-SEND not EYD')])
box('Z016', C, '2025-12-01', 'blue', 'Elmstead',
    "Aisha pays £20 a month off the rent arrears through her Citizens Advice debt plan and goes back to full hours in January.",
    ['FIN'])
box('Z016', C, '2025-12-01', 'green', 'Elmstead',
    "Zain was seen by SALT in October and is having a block of 6 sessions in school; SENCO keeping an eye on progress.",
    ['EDU-SEND'])

# Z017 Quarry Hill - school refusal, CAMHS
box('Z017', A, '2025-01-27', 'orange', 'Quarry Hill',
    "Harvey (10) attendance 42% this term; most mornings he refuses to get in the car and hides under his bed. On a part-time timetable. Referred to CAMHS in December and awaiting triage. TAF meeting held 20/01.",
    ['EDU-ATT', 'MH-CHILD'])
box('Z017', A, '2025-01-27', 'yellow', 'Quarry Hill',
    "Michelle has generalised anxiety and is on the Talking Therapies waiting list; she says mornings leave her shaking.",
    ['MH-ADULT'])
box('Z017', C, '2025-07-09', 'green', 'Quarry Hill',
    "Harvey back full time since Easter, attendance 89% this half term, and the pastoral lead meets him at the gate each morning. CAMHS discharged him in May after 6 sessions.",
    ['EDU-ATT'], [('historical', 'CAMHS discharged - no MH-CHILD')])
box('Z017', C, '2025-07-09', 'blue', 'Quarry Hill',
    "Michelle finished her Talking Therapies course and uses the breathing exercises when her anxiety builds in the mornings.",
    ['MH-ADULT'], [('met', 'course finished but anxiety still self-managed - present in blue')])

# Z018 Brackenmoor - teen cannabis, dad epilepsy
box('Z018', A, '2025-05-05', 'yellow', 'Brackenmoor',
    "Kieran (16) is smoking cannabis every day with friends; Paul found a bag in his room. Referred to Compass, the young people's substance service. Kieran also vapes.",
    ['SUB'], [('lookalike', 'vaping is not SUB')])
box('Z018', A, '2025-05-05', 'green', 'Brackenmoor',
    "Paul has epilepsy and takes prescribed drugs for it; seizures well controlled, GP annual review in June.",
    ['PH'], [('lookalike', 'prescribed drugs for epilepsy - not SUB')])
box('Z018', C, '2025-10-27', 'yellow', 'Brackenmoor',
    "Kieran has cut down to weekends only and still sees his Compass worker every 2 weeks. He started an apprenticeship at a garage in September.",
    ['SUB'])
box('Z018', C, '2025-10-27', 'blue', 'Brackenmoor',
    "Paul had a seizure in August after his medication was changed and cannot drive for 6 months; he is back on his old dose and has sorted lifts to work with his brother.",
    ['PH'])

# Z019 Elmstead - nursery take-up, dental, agoraphobia
box('Z019', A, '2025-07-07', 'green', 'Elmstead',
    "Leo (3) isn't taking up his funded hours as Kayleigh says he cries too much at drop-off. HV thinks his speech is behind, he only uses single words.",
    ['EYD'])
box('Z019', A, '2025-07-07', 'yellow', 'Elmstead',
    "Freddie (6) has four decayed teeth and has missed two dental appointments; Kayleigh has agoraphobia and struggles to leave the house.",
    ['PH', 'MH-ADULT'])
box('Z019', C, '2025-12-15', 'green', 'Elmstead',
    "Leo now goes to Rainbow Nursery three mornings a week and is starting to put two words together; the nursery is running a speech group with him.",
    ['EYD'])
box('Z019', C, '2025-12-15', 'yellow', 'Elmstead',
    "Freddie had his extractions under general anaesthetic in October. Kayleigh is seeing a community mental health practitioner and managed the school run twice last week.",
    ['MH-ADULT'], [('historical', 'dental treatment done - no PH')])

# Z020 Quarry Hill - gambling debt
box('Z020', A, '2025-03-03', 'orange', 'Quarry Hill',
    "Mark has run up £11,000 on credit cards gambling online; Hayley only found out when bailiffs came about council tax. Electricity on emergency credit and Hayley has used the food bank twice.",
    ['FIN'], [('lookalike', 'gambling debt is FIN not SUB')])
box('Z020', A, '2025-03-03', 'yellow', 'Quarry Hill',
    "Hayley says they argue every night about money and she has asked Mark to leave; he is on his brother's sofa. She says he has never been violent or controlling.",
    ['REL-CONF'], [('negated', 'never violent or controlling - no DA')])
box('Z020', C, '2025-08-18', 'blue', 'Quarry Hill',
    "Mark has self-excluded from gambling sites and moved back home in June. A debt relief order is in place and Hayley now holds the bank card and does the weekly budget.",
    ['FIN'], [('lookalike', 'self-excluded from gambling - not EDU-EXC'), ('historical', 'separation over - no REL-CONF')])

# Z021 Saltmarsh - home from s20, missing
box('Z021', A, '2025-03-31', 'orange', 'Saltmarsh',
    "Skye (13) came home from s20 foster care on 14 Feb and CSC closed on 28 March. She has been out until 2am three times this month and won't say where; Demi reported her missing once and police found her at a house party.",
    ['SAFE-EXP'], [('historical', 's20 ended'), ('lookalike', 'foster care is not CARER; police finding her is not CRIME')])
box('Z021', A, '2025-03-31', 'yellow', 'Saltmarsh',
    "Lots of shouting between Demi and Skye, Skye calls her names and slams out; Demi has agreed to do a Non-Violent Resistance course.",
    ['REL-PAR'])
box('Z021', C, '2025-09-05', 'yellow', 'Saltmarsh',
    "No missing episodes since May. Demi completed the NVR course; Skye still pushes back over curfew but comes in when called. Skye returned last week from a 3-day suspension for vaping in the toilets and is on a part-time timetable while school review her behaviour plan.",
    ['REL-PAR', 'EDU-ATT', 'EDU-EXC'], [('historical', 'missing episodes ended - no SAFE-EXP'), ('lookalike', 'vaping is not SUB')])

# Unboxed free-text notes (level from the level-cue convention)
note('U001', C, '2025-11-14', 'Brackenmoor',
     "Closure visit to Brenda (66), who has cared for her grandson Reece (10) under an SGO since 2022. Reece's dad is in prison and has no contact. Brenda finished the kinship carers' parenting course in September and says Reece's temper outbursts have stopped. Still outstanding: her COPD has flared up twice this autumn and the GP has increased her inhalers and is seeing her monthly.",
     ['PH'], 'green', [('lookalike', 'kinship carer is not CARER'), ('outside', 'father in prison outside household - no CRIME'),
                       ('historical', 'course finished, outbursts stopped - no REL-PAR; ended course not used as a level cue -> green (GP)')])
note('U002', A, '2025-05-20', 'Saltmarsh',
     "Call from Housing Options re the Adeyemi family (Grace, Tunde and 4 children): their private landlord has served a possession notice for 30 June. Six of them in a 2-bed flat. Tunde's hours were cut in the spring and rent arrears are now £1,100. The flat upstairs was raided by police last month; family say it's nothing to do with them.",
     ['HOUS', 'FIN'], 'orange', [('outside', "neighbour's police raid - no CRIME")])
note('U003', A, '2025-09-01', 'Elmstead',
     "Twins Ava and Isla (7) lost their mum to cancer in May. Ava has become withdrawn and pulls at her hair in class; Isla seems to be coping. Dad Oliver has moved to day shifts so he can do the school run. Ava referred to Little Lanterns bereavement service, first session next week.",
     ['MH-CHILD'], 'yellow', [('outside', "late mother's cancer - no PH"), ('lookalike', 'shift change is not FIN')])
note('U004', C, '2025-12-09', 'Quarry Hill',
     "Step-down review for Amelia (12). The Snapchat bullying stopped after school dealt with the girls involved, one of whom was suspended. Amelia still gets anxious in the canteen and the school nurse sees her fortnightly.",
     ['MH-CHILD'], 'green', [('historical', 'bullying stopped - no SAFE-EXP'), ('outside', "another pupil's suspension - no EDU-EXC")])
note('U005', A, '2025-02-11', 'Brackenmoor',
     "Strategy meeting held today after Kayla (9) told her teacher that mum's partner Jason, who lives with them, hits mum and locks her in the bedroom. s47 enquiry started. School say Kayla has come in with unwashed uniform and no lunch for several weeks.",
     ['DA', 'SAFE-NEG'], 'red')
note('U006', C, '2025-10-30', 'Saltmarsh',
     "Closure summary for Jordan (14). At the start of early help in March he was being brought home by police for ASB in the park and had been arrested for shoplifting; his YOS out-of-court disposal finished in July and there has been no police contact since. What remains: his dad had a stroke in August and Jordan now helps him wash and dress before school. Referred to Saltmarsh Young Carers.",
     ['CARER', 'PH'], 'yellow', [('historical', 'police/YOS ended - no CRIME; ended orange cues not used for the level -> yellow (young carers service)')])
note('U007', A, '2025-06-23', 'Elmstead',
     "HV phoned: Nadia was tearful at the visit and scored 16 on the EPDS; GP has started her on medication. Baby Yusuf (7 weeks) feeding well and gaining weight. Nadia's sister is staying to help out. No concerns re DA or housing.",
     ['MH-ADULT'], 'green', [('negated', 'no concerns re DA or housing'), ('lookalike', 'feeding well - no EYD/PH')])
note('U008', C, '2026-02-05', 'Quarry Hill',
     "Phone review with Dawn. The energy company's hardship fund cleared her £260 gas debt in December and she now tops up the smart meter weekly. Ethan (8) still struggles to get to sleep; Dawn is following the sleep guide we emailed her and says bedtimes are getting easier.",
     ['PH'], 'blue', [('historical', 'gas debt cleared - no FIN')])


def main():
    nar_rows, gold_rows, traps = [], [], []
    for n in N:
        if n['level']:
            tid = f"{n['case']}-{'A' if n['stage'] == A else 'C'}"
            nid = f"{tid}-{n['level']}"
        else:
            tid = nid = n['case']
        nar_rows.append([nid, tid, n['case'], n['stage'], n['date'], n['level'], n['loc'], n['text']])
        for c in n['codes']:
            gold_rows.append([nid, c, n['glevel']])
        for t, msg in n['traps']:
            traps.append({'narrative_id': nid, 'type': t, 'note': msg})
    def write(name, header, rows):
        with open(os.path.join(HERE, name), 'w', encoding='utf-8', newline='') as f:
            w = csv.writer(f, lineterminator='\r\n')
            w.writerow(header); w.writerows(rows)
    write('narratives.csv', ['narrative_id', 'triage_id', 'case_id', 'stage', 'date', 'level', 'locality', 'narrative'], nar_rows)
    write('gold.csv', ['narrative_id', 'code', 'level'], gold_rows)
    with open(os.path.join(HERE, 'traps.json'), 'w', encoding='utf-8') as f:
        json.dump(traps, f, indent=1, ensure_ascii=False)
    print(len(nar_rows), 'narratives,', len(gold_rows), 'gold rows,', len(traps), 'trap notes')

if __name__ == '__main__':
    main()
