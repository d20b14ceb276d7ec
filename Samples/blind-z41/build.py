#!/usr/bin/env python3
"""Hand-written blind gold set for early-help triage coding (invented data).
Writes narratives.csv, gold.csv and traps.json. Standard library only."""
import csv, json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROWS = []  # dicts: id, triage, case, stage, date, level(box or ''), loc, text, codes, glevel, traps


def B(case, stage, date, level, loc, text, codes, traps=()):
    """Boxed narrative: codes take the box level."""
    s = 'A' if stage == 'assessment' else 'C'
    tid = f'{case}-{s}'
    ROWS.append(dict(id=f'{tid}-{level}', triage=tid, case=case, stage=stage,
                     date=date, level=level, loc=loc, text=text,
                     codes=list(codes), glevel=level, traps=list(traps)))


def U(nid, stage, date, loc, text, codes, glevel, traps=()):
    """Unboxed note: one level for all codes, the highest present cue."""
    ROWS.append(dict(id=nid, triage=nid, case=nid, stage=stage, date=date,
                     level='', loc=loc, text=text, codes=list(codes),
                     glevel=glevel, traps=list(traps)))

# trap tuples: (kind, note); kinds: negated, historical, hypothetical,
# lookalike, outside, met, level (a level-cue trap in an unboxed note)

# ---------------- boxed cases, part 1 ----------------
L1, L2, L3, L4 = 'Ashcombe', 'Brindle Vale', 'Kestrel Moor', 'Saltmarsh'

B('H001', 'assessment', '2025-02-10', 'green', L1,
  "Maisie (2y7m) was seen by the HV for her two-year review. She has about a dozen words and is not yet joining any together. Leanne has not taken up the funded nursery place because she did not realise Maisie qualified.",
  ['EYD'])
B('H001', 'assessment', '2025-02-10', 'yellow', L1,
  "Leanne says she has felt flat and tearful most days since the baby arrived in the autumn and the GP has started her on sertraline. EHW to visit weekly. No concerns about alcohol or drugs, she says she hardly drinks.",
  ['MH-ADULT'], [('negated', 'SUB denied')])
B('H001', 'closure', '2025-07-14', 'blue', L1,
  "Maisie started at Little Wrens nursery in April and her keyworker says she now puts two or three words together. Leanne goes to the Friday stay-and-play, still takes her tablets and says her mood is much better; she knows how to self-refer to talking therapies if she dips again.",
  ['EYD', 'MH-ADULT'], [('hypothetical', "'if she dips' - MH-ADULT is present anyway as now managing (blue)")])

B('H002', 'assessment', '2025-03-03', 'yellow', L2,
  "Tyler (15) has 71% attendance this half term and refuses to go in on Mondays. Hollins Academy have put him on a part-time timetable of mornings only and the attendance officer has sent a warning letter.",
  ['EDU-ATT'])
B('H002', 'assessment', '2025-03-03', 'orange', L2,
  "Tyler has been reported missing three times since January and each time was found in another town with older males. Police found £200 in cash, two phones and wraps of cocaine on him. He received a youth caution in February for possession with intent and YOS are part of the TAF plan; he has been referred to the exploitation panel.",
  ['SAFE-EXP', 'CRIME'], [('lookalike', 'drugs found on an exploited child: SAFE-EXP + CRIME, not SUB (conv. 12)')])
B('H002', 'closure', '2025-09-22', 'yellow', L2,
  "No missing episodes since May and Tyler has blocked the contacts police were worried about. He is still completing his referral order with YOS and meets the exploitation worker once a month.",
  ['CRIME', 'SAFE-EXP'], [('historical', 'missing episodes ended; SAFE-EXP still coded because the exploitation worker is ongoing (conv. 4)')])
B('H002', 'closure', '2025-09-22', 'green', L2,
  "Attendance is up to 93% but school are keeping Tyler on their attendance monitoring list and a mentor meets him at the gate on Mondays, the day he used to refuse. Mum reports no problems at home.",
  ['EDU-ATT'], [('negated', 'no problems at home (REL-PAR not coded)')])

B('H003', 'assessment', '2025-01-20', 'orange', L3,
  "Shannon and her three children went to a refuge after her partner strangled her in front of them. He was arrested and is on bail with conditions not to contact her, and the case was heard at MARAC on 14 January. The family have since been moved to temporary accommodation.",
  ['DA', 'HOUS'], [('lookalike', "partner's arrest for the assault is DA only, not CRIME (conv. 7)")])
B('H003', 'assessment', '2025-01-20', 'red', L3,
  "Strategy meeting held, s47 enquiries completed and all three children are now on child protection plans under emotional harm. Kacey (8) has wet the bed every night since the incident and will not let her mum out of her sight.",
  ['PH', 'MH-CHILD'])
B('H003', 'closure', '2025-08-11', 'yellow', L3,
  "The family moved into a two-bed housing association flat in June. Shannon has finished the Freedom Programme and her ex-partner was convicted, with no contact since. Kacey has been dry at night for six weeks. Shannon built up £600 of council tax arrears while in the refuge and the worker is helping her set up a payment plan.",
  ['FIN'], [('met', 'housing now secure'), ('historical', 'DA over, programme finished'), ('historical', 'bedwetting stopped')])
B('H003', 'closure', '2025-08-11', 'blue', L3,
  "Shannon has joined a women's walking group in the park and keeps the children's bedtime routine going on her own.",
  [], [('met', 'pure good news, no need stated (conv. 3)')])

B('H004', 'assessment', '2025-04-07', 'green', L4,
  "Dad (Gareth) has multiple sclerosis and uses a wheelchair outdoors; the GP and MS nurse review him every three months. He gets PIP and the family say money is not a problem.",
  ['PH'], [('negated', 'PIP named but money not a problem: no FIN (conv. 5)')])
B('H004', 'assessment', '2025-04-07', 'yellow', L4,
  "Ellie (12) sorts out Dad's tablets, cooks tea most nights and has dropped her after-school clubs so she can be at home with him. Referral made to Saltmarsh Young Carers.",
  ['CARER'])
B('H004', 'closure', '2025-10-06', 'blue', L4,
  "Ellie goes to the young carers' group every other Tuesday and has a young carer card so her teachers know to be flexible. Gareth's sister now comes round three evenings a week to cook.",
  ['CARER'])

B('H005', 'assessment', '2025-05-12', 'green', L1,
  "HV visit: Noah (18 months) has missed his 12-month immunisations and his one-year development check; mum says the letters got lost. His weight is tracking the 9th centile with no concerns about faltering growth.",
  ['PH', 'EYD'], [('negated', 'weight: no concerns')])
B('H005', 'assessment', '2025-05-12', 'yellow', L1,
  "On a home visit the EHW found almost no food in the cupboards and Noah in a heavily soiled nappy, with dog mess on the kitchen floor. Mum is out of work and her Universal Credit stopped after she missed an appointment; she has been given food bank vouchers.",
  ['SAFE-NEG', 'FIN'])
B('H005', 'assessment', '2025-05-12', 'orange', L1,
  "Mum's partner moved in during April; he is on licence after a prison sentence for supplying heroin. Police came to the flat last month after neighbours heard shouting. Officers recorded a verbal argument between the couple, no DA was disclosed and no one was hurt.",
  ['CRIME', 'REL-CONF'], [('negated', 'no DA disclosed'), ('lookalike', 'supplying heroin is not use: no SUB')])
B('H005', 'closure', '2025-11-03', 'green', L1,
  "Noah had his catch-up immunisations in September and the HV has no further health concerns. He now goes to Bumblebees nursery two days a week on a funded place. The partner moved out in August.",
  ['EYD'], [('historical', 'immunisations done'), ('met', 'nursery take-up = EYD now managing (green)')])

B('H006', 'assessment', '2025-02-24', 'green', L2,
  "Finley (7) is on SEN support at Mill Lane Primary. The SENCO has applied for an EHC needs assessment and he is on the waiting list for the ADHD pathway.",
  ['EDU-SEND'])
B('H006', 'assessment', '2025-02-24', 'yellow', L2,
  "Finley has had two fixed-term suspensions this term for hitting staff. At home he ignores instructions and bites his little brother, and mum says she has run out of ideas; she has booked onto the Incredible Years course.",
  ['EDU-EXC', 'REL-PAR'])
B('H006', 'closure', '2025-09-29', 'green', L2,
  "The EHCP was finalised in July naming a specialist resource base, which Finley started in September. He has not been suspended since Easter.",
  ['EDU-SEND'], [('historical', 'suspensions over')])
B('H006', 'closure', '2025-09-29', 'blue', L2,
  "Mum uses the reward chart from the course and says evenings with Finley are mostly calm now. She talks things through with a friend whose son also has ADHD.",
  ['REL-PAR'], [('outside', "friend's son's ADHD is not the family's")])

B('H007', 'assessment', '2025-03-17', 'yellow', L3,
  "Kian (17) left college in November and has not been in work or training since; he stays in bed most of the day. Mum (Dawn) works nights as a hospital porter. Kian smokes cannabis every day and has agreed to meet the young people's drug and alcohol service.",
  ['EDU-NEET', 'SUB'], [('lookalike', 'night shifts are not FIN (conv. 5)')])
B('H007', 'assessment', '2025-03-17', 'orange', L3,
  "Kian was arrested in February for criminal damage to a bus shelter and is now working with YOS. Police have also been called to the house twice when he punched holes in the doors during rows with Dawn.",
  ['CRIME', 'REL-PAR'], [('lookalike', 'child-to-parent aggression is REL-PAR (+CRIME), not DA (conv. 8)')])
B('H007', 'closure', '2025-10-20', 'yellow', L3,
  "Kian started a construction traineeship with Forge Training in August and goes three days a week. He says he only smokes cannabis at weekends now and still sees his drug worker. His YOS order ends next month.",
  ['SUB', 'CRIME'], [('met', 'now in training: no EDU-NEET')])

B('H008', 'assessment', '2025-06-02', 'orange', L4,
  "The landlord served a section 21 notice in May. The family of six live in a two-bed flat with black mould in both bedrooms, and the GP says Amir's (5) asthma is made worse by the damp.",
  ['HOUS', 'PH'])
B('H008', 'assessment', '2025-06-02', 'yellow', L4,
  "Dad lost his warehouse job in March and the family are £1,400 behind with the rent and owe money on the gas. A Citizens Advice appointment is booked.",
  ['FIN'])
B('H008', 'closure', '2025-12-08', 'green', L4,
  "The family moved into a three-bed council house in October. Amir needs his inhaler far less and is reviewed by the asthma nurse at the surgery.",
  ['PH'], [('met', 'housing need met')])
B('H008', 'closure', '2025-12-08', 'blue', L4,
  "Dad is working again and they pay £50 a month off the old rent arrears under an agreed plan.",
  ['FIN'], [('met', 'now managing arrears counts as present in blue (conv. 3)')])

B('H009', 'assessment', '2025-01-13', 'yellow', L1,
  "Parents separated last summer and only speak through the children; handovers often end in a shouting match on the doorstep. Both deny any violence or controlling behaviour and police have never been involved. Referred to family mediation.",
  ['REL-CONF'], [('negated', 'DA denied, no police')])
B('H009', 'assessment', '2025-01-13', 'orange', L1,
  "Lily (13) has been cutting her arms and told the school nurse she wishes she could disappear. She is open to CAMHS with a first appointment on 3 February.",
  ['MH-CHILD'], [('lookalike', "'disappear' is not a missing episode")])
B('H009', 'closure', '2025-06-16', 'yellow', L1,
  "Mediation produced a written parenting plan and there have been no arguments at handovers since April. Lily still sees CAMHS every fortnight and has not self-harmed since March.",
  ['MH-CHILD'], [('historical', 'conflict over since April'), ('historical', 'self-harm stopped; CAMHS ongoing still codes MH-CHILD')])

B('H011', 'assessment', '2025-07-07', 'red', L3,
  "Baby Ruby was born at 35 weeks and treated for withdrawal on the neonatal unit. Mum (Jade) uses heroin and is on a methadone script. ICPC held, Ruby is on a child protection plan and a PLO letter before proceedings has been issued.",
  ['SUB', 'PH'])
B('H011', 'assessment', '2025-07-07', 'orange', L3,
  "Jade's partner Connor was arrested in June for assaulting her. Police obtained a DVPO and the case is on this month's MARAC list.",
  ['DA'], [('lookalike', 'arrest for DV is DA only')])
B('H011', 'assessment', '2025-07-07', 'yellow', L3,
  "Jade owes money to a doorstep lender and the electric key meter often runs out. Her key worker at the drug and alcohol service is helping her apply for a hardship grant.",
  ['FIN', 'SUB'], [('lookalike', 'the drug and alcohol service named alone codes SUB (conv. 4)')])
B('H011', 'closure', '2026-01-19', 'red', L3,
  "Ruby remains on a child protection plan after review. Jade has given four clear drug tests and is reducing her methadone. Connor is in prison and has had no contact with the family.",
  ['SUB'], [('historical', 'DA over, perpetrator outside household')])
B('H011', 'closure', '2026-01-19', 'green', L3,
  "Ruby is still under the paediatrician for reflux and is gaining weight well; her six-month development check with the HV was on track.",
  ['PH'], [('negated', 'development check on track: no EYD')])

# ---------------- unboxed front-door contacts, part 1: health visitors ----------------
A = 'assessment'
U('U001', A, '2025-01-08', L1,
  "Contact from HV Priya Shah: Ava (2y3m) has no words yet and has not been offered a nursery place, which mum is keen on. HV will repeat the review in three months. No concerns about the home.",
  ['EYD'], 'green', [('negated', 'home conditions: no concerns')])
U('U002', A, '2025-01-15', L2,
  "HV reports that mum (Chloe) scored high on the postnatal mood screen and the GP has prescribed antidepressants. Baby is feeding and growing well. Chloe's own mum lives round the corner and helps every day.",
  ['MH-ADULT'], 'green', [('level', 'own network (blue) and HV/GP (green): highest is green')])
U('U003', A, '2025-01-22', L3,
  "HV visited a family of five in a one-bedroom flat: the baby sleeps in a drawer and the two older children share the sofa. The landlord has served a possession notice over £2,100 of rent arrears. Mum works part-time at a bakery.",
  ['HOUS', 'FIN'], 'orange', [('lookalike', 'part-time work alone is not FIN; the arrears are')])
U('U004', A, '2025-02-03', L4,
  "HV worried that Tommy (20 months) has missed two hospital appointments for his heart murmur as well as his 12-month jabs. Mum says she could not afford the bus fare to the hospital. Dad drives lorries and is away during the week.",
  ['PH', 'FIN'], 'green', [('lookalike', "dad's lorry job is not FIN")])
U('U005', A, '2025-02-11', L1,
  "HV notes the house was cluttered but clean and the children dressed for the weather. Mum had a child in need plan for the older two in 2021, which closed after she moved away from her ex. The worry now is Mason (3), who has no speech and is not drinking from a cup; HV has referred him to Portage.",
  ['EYD'], 'yellow', [('historical', 'CIN plan closed 2021: past red cue'), ('negated', 'home clean: no SAFE-NEG')])
U('U006', A, '2025-02-19', L2,
  "Health visitor contact: dad (Luke) has been the children's main carer since mum died in January. He breaks down at every visit and the GP has signed him off work with depression. His bereavement benefit has not come through yet and he has borrowed from his brother to buy food.",
  ['MH-ADULT', 'FIN'], 'green', [('lookalike', "'main carer' is a parent, not CARER (conv. 12)")])
U('U007', A, '2025-03-04', L3,
  "HV flagged that Jasmine (10 months) has had no solids yet, only bottles, because mum is anxious she will choke. Mum also told the HV her partner checks her phone, keeps all the money and stops her seeing friends. HV did a DASH (standard risk) and gave her the number of the local DA outreach service, which she has not rung yet.",
  ['EYD', 'DA'], 'green', [('lookalike', 'anxious about choking is not MH-ADULT'), ('lookalike', 'money control is part of DA, not FIN'), ('level', 'DA service only suggested, not used: not a yellow cue')])
U('U008', A, '2025-03-12', L4,
  "HV visit after a police notification: officers were called to the flat at the weekend when mum's partner pushed her against a wall while she held the baby. He has gone back to his mother's. Mum is smoking heavily again.",
  ['DA'], 'orange', [('lookalike', 'smoking is not SUB (conv. 12)')])
U('U009', A, '2025-03-20', L1,
  "HV update: the twins (4) go to Acorn pre-school and their development is on track. Mum manages her type 1 diabetes with the practice diabetes nurse. She was told about a local coffee morning and now goes every week.",
  ['PH'], 'green', [('negated', 'development on track: no EYD')])

# ---------------- part 2: GPs and midwives ----------------
U('U010', A, '2025-04-01', L2,
  "GP letter: Harvey (14) came in with his mum. He drinks vodka most weekends and last month was brought home by friends unable to stand. The GP referred him to Turnaround, the young people's substance service, and he has been to one appointment.",
  ['SUB'], 'yellow')
U('U011', A, '2025-04-09', L3,
  "GP contact about mum (Nadia), who has chronic back pain and takes co-codamol. She is struggling to get the children to school and Zara (9) has missed 28 sessions this term. Nadia asked about help with the school run. The GP thought about a pain clinic referral but has not made one.",
  ['PH', 'EDU-ATT'], 'green', [('lookalike', 'co-codamol is not SUB'), ('hypothetical', 'pain clinic only considered')])
U('U012', A, '2025-04-16', L4,
  "GP writes that Mr Okafor has PTSD from his army service and is on medication. His son Daniel (12) makes the meals and sits with him during flashbacks, and is often late for school. Dad declined a young carers referral.",
  ['MH-ADULT', 'CARER', 'EDU-ATT'], 'green', [('negated', 'young carers service declined: not a yellow cue')])
U('U013', A, '2025-04-24', L1,
  "GP contact: Kayla (16) dropped out of sixth form in October and has not found work or a course; she spends her days at home. She lives with her nan, who is her kinship carer. Seen today for a routine contraception review.",
  ['EDU-NEET'], 'green', [('lookalike', 'kinship carer is not CARER'), ('lookalike', 'NEET only, no FIN (conv. 11)')])
U('U014', A, '2025-05-06', L2,
  "GP surgery contact: mum (Rachel) came in asking for help. She drinks a bottle of wine every night since her divorce and worries how it affects her two boys. The GP gave her the community alcohol team's details and she says she will think about it.",
  ['SUB'], 'green', [('level', 'alcohol team only suggested: not a yellow cue')])
U('U015', A, '2025-05-14', L3,
  "GP referral: Elijah (6) has been diagnosed with epilepsy and takes his prescribed drugs twice a day; seizures are mostly controlled. Mum would like advice about a care plan for school. The school nurse knows.",
  ['PH'], 'green', [('lookalike', "'prescribed drugs' is not SUB")])
U('U016', A, '2025-05-21', L4,
  "GP concerned about Ruby-Mae's (8) weight, which is above the 99th centile; she has missed three appointments with the school nurse's healthy weight programme. Mum mentioned an ongoing noise dispute with the neighbours, and police went to the neighbours' flat last week.",
  ['PH'], 'green', [('outside', "police call-out was to the neighbours' flat, not the family: not an orange cue")])
U('U017', A, '2025-06-03', L1,
  "Midwife contact: Chantelle (19) is 30 weeks pregnant with her first baby and has been sofa-surfing with friends since her mother asked her to leave. She has no income because her UC claim was closed. Midwife gave her the housing options phone number.",
  ['HOUS', 'FIN'], 'green', [('level', 'midwife = universal (green); a phone number given is only signposting')])
U('U018', A, '2025-06-10', L2,
  "Midwife reports Gemma (26 weeks) is on a methadone script and has been referred to the specialist substance misuse midwife; her partner also uses. Children's social care have started a pre-birth assessment under section 47.",
  ['SUB'], 'red')
U('U019', A, '2025-06-18', L3,
  "Midwife contact: mum of a ten-day-old says she is tired but coping; she denies low mood and scored low on the screening questions. Baby's tongue-tie was snipped on day five and he now feeds well. Her son (4) starts nursery in January.",
  [], 'green', [('negated', 'low mood denied'), ('historical', 'tongue-tie treated'), ('met', 'nursery start is not a need')])
U('U020', A, '2025-06-25', L4,
  "Midwife says Asha (34 weeks) disclosed that her husband hit her last year and she was too frightened to tell anyone. It has happened twice more this month. Midwife has made a MARAC referral and told her about the IDVA service.",
  ['DA'], 'orange', [('historical', 'last year plus present: present wins')])
U('U021', A, '2025-07-02', L1,
  "Midwife contact: Kirsty (28 weeks) has two older children who are looked after by the local authority under interim care orders and live with foster carers. The unborn baby is in PLO pre-birth. Kirsty says she stopped using cocaine in the summer. She is living in a homeless hostel.",
  ['HOUS'], 'red', [('historical', 'cocaine use stopped'), ('outside', 'older children live elsewhere'), ('lookalike', 'foster carers are not CARER')])

# ---------------- part 3: police ----------------
U('U022', A, '2025-07-09', L2,
  "Police notification: officers called at 23:40 to a verbal argument between Mr and Mrs Hussain. No assault was alleged, both were calm when officers arrived and the three children were asleep upstairs. DASH standard risk; no previous incidents recorded.",
  ['REL-CONF'], 'orange', [('negated', 'no assault alleged: argument coded REL-CONF, not DA')])
U('U023', A, '2025-07-16', L3,
  "Police contact: Jordan (14) was arrested for shoplifting at Eastgate Retail Park with two older boys and released under investigation. His mother says he stays out until the early hours and ignores her when she tells him to come in.",
  ['CRIME', 'REL-PAR'], 'orange')
U('U024', A, '2025-07-23', L4,
  "Police report: Millie (15) was reported missing by her dad on Friday night and found by officers next morning in a flat on Harbour Road with adult men, who had given her vodka and a new phone. A strategy meeting was held on Monday.",
  ['SAFE-EXP'], 'red', [('lookalike', 'police finding a missing child is not CRIME (conv. 7)'), ('lookalike', 'alcohol given by exploiters is not SUB')])
U('U025', A, '2025-08-05', L1,
  "Police welfare check at the school's request after Leo (9) said his dad had not come home. Officers found dad asleep, the house very cold with no food in, and a pile of unopened bills. Dad says he was made redundant in the spring and is behind with everything.",
  ['SAFE-NEG', 'FIN'], 'orange', [('lookalike', 'welfare check is not CRIME; treated as a police call-out for the level')])
U('U026', A, '2025-08-13', L2,
  "Police notification about anti-social behaviour: Callum (13) and friends were throwing stones at buses. The bus company rang police and officers took Callum home to his mum. Mum says his older cousin got into trouble for the same thing last year.",
  ['CRIME'], 'orange', [('outside', "cousin's ASB is outside the household")])
U('U027', A, '2025-08-20', L3,
  "PPN: police attended a 999 call from Emma after her ex-partner breached his non-molestation order by coming to her door and shouting threats. He was arrested at the scene. The children (6 and 3) were at home and saw it.",
  ['DA'], 'orange', [('lookalike', "ex-partner's breach and arrest are DA only, not CRIME")])
U('U028', A, '2025-08-27', L4,
  "Police notification: Ryan (15) was stopped in a stairwell known for county lines dealing with cannabis deals and £300 cash and has been referred to the exploitation team. He has not been in school since Christmas.",
  ['SAFE-EXP', 'CRIME', 'EDU-ATT'], 'orange', [('lookalike', 'drugs on exploited child: not SUB (conv. 12)')])
U('U029', A, '2025-09-03', L1,
  "Police note for information: officers brought Aisha (12) home after she was reported missing following a row with mum about her phone; she had gone to her aunt's. No previous missing episodes. Mum and Aisha were calm when officers arrived.",
  ['SAFE-EXP', 'REL-PAR'], 'orange', [('negated', 'no previous missing episodes, but this one is present'), ('lookalike', 'police safeguarding is not CRIME')])
U('U030', A, '2025-09-10', L2,
  "Police contact: Dean was released from prison in August and is on licence; he lives with his partner and their children. Police were called last week after a neighbour reported him screaming at his teenage son in the street.",
  ['CRIME', 'REL-PAR'], 'orange', [('lookalike', 'adult on licence is CRIME (conv. 7)')])

# ---------------- part 4: schools and nursery ----------------
U('U031', A, '2025-09-17', L3,
  "School referral: Oliver (10) has 79% attendance, mostly missing Mondays. Mum says he gets tummy aches before school, but the GP found nothing physically wrong. Oliver told his teacher he worries mum will be sad if he leaves her. School may ask for a CAMHS referral if things do not improve.",
  ['EDU-ATT', 'MH-CHILD'], 'green', [('negated', 'GP found nothing wrong: no PH'), ('hypothetical', 'CAMHS only a possible future step: not an orange cue')])
U('U032', A, '2025-09-24', L4,
  "Head of year contact: Ethan (14) has been suspended for five days for fighting, his third suspension this year. He will start a managed move to Castlebrook Academy next month.",
  ['EDU-EXC'], 'orange')
U('U033', A, '2025-10-01', L1,
  "SENCO contact: Grace (8) has an EHCP for autism and is doing well with her 1:1. Her brother Isaac (5), in reception, is being assessed for speech and language needs. Mum has asked what short breaks are available.",
  ['EDU-SEND'], 'green', [('lookalike', 'speech at school age is EDU-SEND, not EYD (conv. 9)'), ('level', 'SENCO is universal (green)')])
U('U034', A, '2025-10-08', L2,
  "School DSL contact: Lacey (12) has worn the same unwashed uniform all week, has untreated head lice and told staff there was no tea at home last night. Mum was known to drink heavily in the past but told school she has been sober for two years.",
  ['SAFE-NEG'], 'green', [('historical', 'mum sober two years: no SUB')])
U('U035', A, '2025-10-15', L3,
  "School contact: Noor (15) told her form tutor she has felt low for months and has been cutting. The school counsellor has started weekly sessions and the school nurse's referral to CAMHS was accepted; she is waiting for a first appointment.",
  ['MH-CHILD'], 'orange', [('level', 'awaiting CAMHS counts as a present orange cue (conv. 4)')])
U('U036', A, '2025-10-22', L4,
  "Primary school contact: Riley (7) told his teacher that mummy's boyfriend shouted at mummy and smashed the TV. Mum says the relationship is over and he has moved out, but he keeps sending her messages threatening to come round; she has not wanted to call the police. Riley has been withdrawn and tearful in class.",
  ['DA', 'MH-CHILD'], 'green', [('negated', 'police not called: not an orange cue'), ('historical', 'relationship over but threats continue: present')])
U('U037', A, '2025-11-05', L1,
  "School attendance team: Ellis (11) and Maya (8) are late most mornings, often after 9:30, and Maya's attendance is 84%. Mum works shifts and says the bus is unreliable. School have offered breakfast club places.",
  ['EDU-ATT'], 'green', [('lookalike', 'shift work is not FIN')])
U('U038', A, '2025-11-12', L2,
  "Sixth form college contact: Bradley (17) has been withdrawn from his BTEC for poor attendance and is now not in education or training. His mum has not worked since her stroke two years ago, still has weakness down her left side, and the household lives on ESA.",
  ['EDU-NEET', 'PH', 'FIN'], 'green', [('lookalike', 'college attendance problem for a 16+ leaver is EDU-NEET, not EDU-ATT'), ('lookalike', 'FIN from adult worklessness, not from ESA alone')])
U('U039', A, '2025-11-19', L3,
  "School contact: Poppy (6) is wetting herself in class several times a week and the school nurse is involved. Mum says Poppy's dad moved out recently and they argue on the phone about when he sees the children.",
  ['PH', 'REL-CONF'], 'green', [('lookalike', 'toileting at school age: PH not EYD (conv. 9 by analogy)')])
U('U040', A, '2025-11-26', L4,
  "Nursery manager contact: Alfie (3) has come to only 4 of his 15 funded hours a week this term and often arrives hungry, eating several breakfasts. Staff noticed bruises on his shins, which mum says came from the trampoline; nursery accept the explanation.",
  ['EYD', 'SAFE-NEG'], 'green', [('negated', 'bruises explained: not coded')])

# ---------------- part 5: housing and voluntary groups ----------------
U('U041', A, '2025-12-03', L1,
  "Housing association referral: the Patel family's tenancy is at risk after a notice of seeking possession was served in June for £3,200 of arrears. Mr Patel says his hours were cut and the housing element of his UC has not covered the rent since. The property itself is in good repair.",
  ['HOUS', 'FIN'], 'orange', [('negated', 'no disrepair')])
U('U042', A, '2025-12-10', L2,
  "Housing officer contact: the flat has severe damp and part of the ceiling in the children's bedroom has come down; repairs were reported last winter and nothing has been done. Mum says the younger two keep getting chest infections and the GP has prescribed antibiotics twice. No rent arrears.",
  ['HOUS', 'PH'], 'green', [('negated', 'no arrears: no FIN'), ('level', "the landlord's housing officer is not a cue; GP = green")])
U('U043', A, '2025-12-17', L3,
  "Council housing contact: the family were placed in temporary accommodation, a single hotel room, in May after their landlord sold the house; the three children share one bed. Their school is an hour away by bus and Tia (9) has missed 11 days since the move. A family support worker from the hub visits weekly.",
  ['HOUS', 'EDU-ATT'], 'yellow')
U('U044', A, '2026-01-07', L4,
  "Housing options contact: Mr and Mrs Kowalczyk and their four children are overcrowded in a two-bed flat and are in band B on the housing register. They were shown how to bid for properties online and are now bidding every week themselves.",
  ['HOUS'], 'blue', [('level', 'information the family acts on itself: blue')])
U('U045', A, '2026-01-14', L1,
  "ASB team contact: neighbours have complained about loud music from the flat. Kieran (15) was arrested last week after police found cannabis bagged up for sale in his bedroom, and the family have been given a written tenancy warning that further incidents could lead to possession proceedings.",
  ['CRIME', 'HOUS'], 'orange', [('lookalike', 'cannabis for sale is CRIME; no use described, no SUB'), ('hypothetical', 'possession proceedings only threatened; HOUS coded as a current tenancy risk')])
U('U046', A, '2026-01-21', L2,
  "Citizens Advice adviser contact: single dad Marcus has about £6,000 of debt, including council tax and catalogue debts, and says he is choosing between heating and eating. We are helping with a debt relief order. His daughter Skye (13) does the shopping and cooking because his arthritis is severe.",
  ['FIN', 'PH', 'CARER'], 'yellow')
U('U047', A, '2026-01-28', L3,
  "Contact from Saltmarsh Young Carers: Jayden (10) helps his mum, who has bipolar disorder, with her medication and baths his baby sister. He is on our waiting list for the Thursday group. Mum is under the community mental health team.",
  ['CARER', 'MH-ADULT'], 'yellow')
U('U048', A, '2026-02-04', L4,
  "Referral from Safe Haven DA charity: Tanya has been on our Freedom Programme since March after leaving a controlling partner, who has no contact now. She wants help with her son Jake (7), who has started hitting her and calling her the names his dad used.",
  ['DA', 'REL-PAR'], 'yellow', [('lookalike', "child hitting parent is REL-PAR, not DA (conv. 8)"), ('historical', 'relationship over but Freedom Programme ongoing codes DA (conv. 4)')])
U('U049', A, '2026-02-11', L1,
  "Home-Start coordinator: a volunteer has visited Beth weekly since her twins were born. Beth says she feels isolated and gets panicky about going out with the babies. The twins were born at 32 weeks and one is still on home oxygen.",
  ['MH-ADULT', 'PH'], 'yellow')
U('U050', A, '2026-02-18', L2,
  "Contact from Fairfield community pantry: a family of four has used the pantry every week since their Universal Credit was sanctioned. Mum says the children go to bed hungry some nights.",
  ['FIN', 'SAFE-NEG'], 'yellow', [('level', 'a voluntary service supporting the family each week counted as one extra service')])
U('U051', A, '2026-02-25', L3,
  "Contact from the coach at Brindle Boxing Club: Tyrese (14) told him he is being threatened online by boys from another school and has stopped going to school on days he thinks he will see them. Tyrese asked him not to tell the police. Mum says school already know about it.",
  ['SAFE-EXP', 'EDU-ATT'], 'green', [('negated', 'police not told: no orange cue'), ('outside', 'the other boys are outside the household; the effect on Tyrese is coded')])
U('U052', A, '2026-03-04', L4,
  "Referral from Harbour Lights family project: dad (Simon) finished our Triple P group in May and is now asking for help because Evie (11) refuses to come home after school and disappears for hours. Police have been called twice this month and found her in the park.",
  ['SAFE-EXP', 'REL-PAR'], 'orange', [('historical', 'parenting course finished: past yellow cue'), ('lookalike', 'police finding her is not CRIME')])

# ---------------- part 6: the hub's own contact notes ----------------
U('U053', A, '2026-03-11', L1,
  "Front door note: call from mum (Stacey) asking for advice about Lewis (4), who has big tantrums and throws things when he is told no. Sent her the council's parenting tips pages and the Family Hub timetable; Stacey says she will go to the Tuesday drop-in. No further action.",
  ['REL-PAR'], 'blue', [('level', 'signposting the family acts on itself: blue')])
U('U054', A, '2025-03-26', L2,
  "Hub triage note: the family had a child protection plan which closed in 2022. New contact from school about Amelia (9): attendance 89% with a number of late marks. No safeguarding concerns raised. Passed to school-led support with the attendance officer.",
  ['EDU-ATT'], 'green', [('historical', 'CP plan closed 2022: past red cue'), ('negated', 'no safeguarding concerns')])
U('U055', A, '2025-05-28', L3,
  "Hub note: EH worker allocated to the Green family after a GP contact. Dad (Paul) was made redundant in March, the family are behind on the mortgage, and the GP has diagnosed him with depression. Paul denies any alcohol or drug use and mum agrees.",
  ['FIN', 'MH-ADULT'], 'yellow', [('negated', 'substance use denied')])
U('U056', A, '2025-08-06', L4,
  "Hub note, multi-agency triage: Kyle (15) has gone missing three times and has been seen with known county lines nominals. TAF meeting arranged with school, police and YOS. Mum (Kerry) says he smashed her phone and shoved her during an argument last week.",
  ['SAFE-EXP', 'REL-PAR', 'CRIME'], 'orange', [('lookalike', 'child-to-parent violence is REL-PAR not DA'), ('lookalike', 'YOS in the TAF codes CRIME (conv. 4, 7)')])
U('U057', A, '2025-09-30', L1,
  "Hub contact note: anonymous caller worried that children at 14 Larch Close are left alone in the evenings. Records checked: no children live at that address, the only household there is an elderly couple. NFA.",
  [], 'green', [('outside', 'no children at the address: nothing coded')])
U('U058', A, '2025-10-29', L2,
  "Hub note, step down from children's social care: the child in need plan closed last week as the family no longer need statutory support. Mum (Donna) still attends the community drug and alcohol service for her drinking and has been dry for four months. A family support worker will keep visiting monthly.",
  ['SUB'], 'yellow', [('historical', 'CIN plan closed: past red cue'), ('lookalike', "'dry for four months' but service ongoing: SUB present (conv. 4)")])
U('U059', A, '2025-12-01', L3,
  "Hub note: referral from the Portage worker about Zainab (2), who has global developmental delay and epilepsy managed by the paediatrician. Social care screened the contact, found no safeguarding concerns and confirmed no strategy meeting is needed.",
  ['EYD', 'PH'], 'yellow', [('negated', 'strategy meeting ruled out: not a red cue')])
U('U060', A, '2026-01-12', L4,
  "Hub note: call from dad (Ibrahim), who has separated from mum and wants to know his rights about seeing the children; mum stopped all contact after a row about new partners. Gave him the family mediation service's details and the gov.uk child arrangements pages; he will contact mediation himself.",
  ['REL-CONF'], 'blue', [('level', 'mediation only signposted, not in use: not a yellow cue')])
U('U061', 'closure', '2026-02-09', L1,
  "Hub closure note: early help plan closed after six months. Leah (14) was discharged by CAMHS because her anxiety has much improved and her attendance is back above 95%. Mum chose to enrol on the adult learning maths and English course.",
  [], 'green', [('historical', 'CAMHS discharged, anxiety resolved'), ('met', 'attendance fine')])
U('U062', A, '2026-03-02', L2,
  "Hub note: school nurse contact about Daisy (13), who has type 1 diabetes and has been skipping her insulin at school; she has missed two clinic appointments. Daisy was seen by CAMHS last year and discharged, but now says she feels low and cries most evenings. The school nurse will meet her weekly.",
  ['PH', 'MH-CHILD'], 'green', [('historical', 'CAMHS discharged last year: past orange cue')])

# ---------------- writer ----------------
def main():
    hdr = ['narrative_id', 'triage_id', 'case_id', 'stage', 'date', 'level', 'locality', 'narrative']
    with open(os.path.join(HERE, 'narratives.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f, lineterminator='\r\n')
        w.writerow(hdr)
        for r in ROWS:
            w.writerow([r['id'], r['triage'], r['case'], r['stage'], r['date'], r['level'], r['loc'], r['text']])
    with open(os.path.join(HERE, 'gold.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f, lineterminator='\r\n')
        w.writerow(['narrative_id', 'code', 'level'])
        for r in ROWS:
            for c in r['codes']:
                w.writerow([r['id'], c, r['glevel']])
    traps = [{'narrative_id': r['id'], 'boxed': bool(r['level']),
              'gold_level': r['glevel'] if r['codes'] else None,
              'traps': [{'kind': k, 'note': n} for k, n in r['traps']]}
             for r in ROWS]
    with open(os.path.join(HERE, 'traps.json'), 'w', encoding='utf-8', newline='\n') as f:
        json.dump(traps, f, indent=1, ensure_ascii=False)
        f.write('\n')
    print(len(ROWS), 'narratives;', sum(1 for r in ROWS if not r['level']), 'unboxed;',
          sum(len(r['codes']) for r in ROWS), 'gold rows;',
          sum(1 for r in ROWS if r['traps']), 'with traps')


if __name__ == '__main__':
    main()
