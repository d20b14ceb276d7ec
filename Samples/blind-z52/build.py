#!/usr/bin/env python3
"""Hand-written blind gold set: shire county council early-help triage export, 2025-26.
Every narrative, its gold codes and trap notes are written by hand below."""
import csv, json

# case -> (locality, assessment date, closure date)
CASES = {
    "S201": ("Ashworth Vale", "2025-05-12", "2025-10-20"),
    "S202": ("Kettlebridge", "2025-04-07", "2025-11-03"),
    "S203": ("Marsham", "2025-03-24", "2025-09-15"),
    "S204": ("Thornley Fen", "2025-06-02", "2025-12-08"),
    "S205": ("Ashworth Vale", "2025-04-28", "2025-10-06"),
    "S206": ("Kettlebridge", "2025-05-19", "2026-01-26"),
    "S207": ("Marsham", "2025-06-04", "2026-01-12"),
    "S208": ("Thornley Fen", "2025-04-14", "2025-11-24"),
    "S209": ("Ashworth Vale", "2025-02-10", "2025-12-15"),
    "S210": ("Kettlebridge", "2025-06-23", "2025-12-01"),
    "S211": ("Marsham", "2025-05-06", "2025-11-17"),
    "S212": ("Thornley Fen", "2025-04-22", "2025-10-13"),
    "S213": ("Ashworth Vale", "2025-11-24", "2026-03-09"),
    "S214": ("Marsham", "2025-01-20", "2025-07-07"),
    "S215": ("Thornley Fen", "2025-09-29", "2026-02-23"),
    "S216": ("Ashworth Vale", "2025-10-06", "2026-03-16"),
    "S217": ("Kettlebridge", "2025-05-27", "2025-12-10"),
    "S218": ("Marsham", "2025-06-16", "2026-01-19"),
    "S219": ("Thornley Fen", "2025-03-03", "2025-10-27"),
    "S220": ("Ashworth Vale", "2025-02-17", "2025-07-14"),
    "S221": ("Kettlebridge", "2025-02-03", "2025-07-21"),
    "S222": ("Marsham", "2025-07-08", "2026-02-02"),
    "S223": ("Thornley Fen", "2025-05-13", "2025-10-08"),
    "S224": ("Ashworth Vale", "2025-09-08", "2026-03-02"),
    "S225": ("Kettlebridge", "2025-09-22", "2026-03-23"),
    "S226": ("Marsham", "2025-06-09", "2025-12-22"),
    "S227": ("Thornley Fen", "2025-11-10", "2026-03-30"),
    "S228": ("Ashworth Vale", "2025-11-03", "2026-03-25"),
    "S229": ("Kettlebridge", "2025-09-01", "2026-01-05"),
    "S230": ("Marsham", "2025-10-13", "2026-02-16"),
}

# (case, stage A/C, box level, narrative, gold codes, [trap notes])
BOXED = [
 ("S201","A","green","Kyla (4) starts reception in Sept. HV 3 yr check - speech hard to understand, nursery say she points and pulls adults by the hand rather than asking. Still in pull-ups in the day.", "EYD", []),
 ("S201","A","yellow","Danielle has been low since the baby was born in January, GP started her on sertraline and she says some days she doesn't get out of her pyjamas. She is £620 behind on council tax and has had a summons. Family support worker to help with a budget and refer on to Citizens Advice.", "MH-ADULT FIN", []),
 ("S201","C","blue","Council tax on a payment plan of £35 a month, Danielle has kept every payment since July. She came off the sertraline in August with the GP's agreement and says her mood has been fine since. Takes Kyla to rhyme time at the library by herself.", "FIN", ["historical: MH-ADULT - medication stopped, mood fine since (over)"]),
 ("S201","C","green","Kyla (5 now) has settled into reception. Her speech is still well behind the rest of the class so the SENCO has put her on SEN support and the speech therapist comes into school.", "EDU-SEND", ["look-alike: speech delay at school age is EDU-SEND, not EYD (conv. 9)"]),

 ("S202","A","yellow","Ethan Y9, attendance 71% for the autumn term. Presents as emotionally based school avoidance - says his stomach hurts every morning but the GP found nothing physical. Mum works nights at the care home so Ethan gets himself up. Requesting an EH worker.", "EDU-ATT MH-CHILD", ["negated: PH - GP found nothing physical", "look-alike: mum works nights is not FIN (conv. 5)"]),
 ("S202","A","orange","GP referral to CAMHS in Jan after Ethan told his form tutor he had been cutting his arms. On the waiting list; seeing the school counsellor weekly in the meantime.", "MH-CHILD", []),
 ("S202","C","green","Attendance 93% this half term but still some late marks, mostly Mondays. Ethan still sees the counsellor every 2 weeks and says the worry is manageable now.", "EDU-ATT MH-CHILD", []),
 ("S202","C","yellow","CAMHS discharged Ethan in September after six sessions of CBT. No self-harm since May.", "", ["historical: MH-CHILD - discharged, no self-harm since May (over)"]),

 ("S203","A","orange","Lacey fled to her sister's with the three children after her ex-partner Ryan assaulted her on 2 March. He was arrested and is on bail with a condition not to contact her. MARAC on 18/3. Family are sofa surfing and have presented to the district council as homeless.", "DA HOUS", ["look-alike: partner's arrest for the assault is DA only, not CRIME (conv. 7)"]),
 ("S203","A","yellow","Mia (8) and Alfie (6) have missed 9 days since the move because the sister lives 8 miles out and there is no bus. Alfie is wetting the bed again every night. Rosie (2) is overdue her 2 year review.", "EDU-ATT PH EYD", []),
 ("S203","C","green","Family moved into a 3 bed housing association house in June, children at the local primary and attending well. Alfie still has wet nights two or three times a week - school nurse has given them an enuresis alarm.", "PH", ["need met: HOUS - rehoused, not coded", "good news: attendance not coded"]),
 ("S203","C","blue","Lacey is on week 9 of 12 of the Freedom Programme online. Non-mol in place until 2026.", "DA", []),

 ("S204","A","yellow","Jake (12) looks after his mum, who has MS and uses a wheelchair. He sorts her tablets, cooks tea most nights and does the shopping. 14 lates this term. Referral made to the county young carers service.", "CARER PH EDU-ATT", []),
 ("S204","A","green","Mum gets PIP and UC and says money is ok. GP and the MS nurse are involved.", "PH", ["negated/look-alike: benefit names with no money problem are not FIN (conv. 5)"]),
 ("S204","C","blue","Jake goes to the young carers group on Wednesdays and had a respite day out in August. Mum has had an OT visit and now has a perching stool, so she can do more of the cooking herself.", "CARER PH", []),

 ("S205","A","orange","Connor 17. Dropped out of college Nov, doing nothing all day. Smokes cannabis daily - says it helps him sleep. Arrested Feb for criminal damage at the bus station, now on a referral order with YOS. Vapes constantly.", "EDU-NEET SUB CRIME", ["look-alike: vaping is not SUB (conv. 12)"]),
 ("S205","A","yellow","Dad out of work since the factory closed in September and the family are now using the food bank at St Luke's. Dad and Connor argue most days and Connor stays out until 2 or 3am.", "FIN REL-PAR", []),
 ("S205","C","yellow","Referral order finished in July. Connor started a level 1 construction course at Kettlebridge College in Sept and is attending. Says he has cut the weed down to weekends only.", "SUB", ["historical: CRIME - referral order finished", "need met: EDU-NEET - now on a course"]),
 ("S205","C","blue","Dad has got a job as a delivery driver and they haven't needed the food bank since August.", "", ["historical: FIN - back in work, food bank over"]),

 ("S206","A","green","HV new birth visit. Ava 12 days, bottle fed, regained birth weight. M (Shannon, 19) EPDS 14, tearful, not sleeping when baby sleeps. Advised to see GP.", "MH-ADULT", []),
 ("S206","A","yellow","S/F not on the tenancy. Living at Shannon's mum's 2 bed flat, 5 people, Ava sleeping in a moses basket in the lounge. Housing register application started.", "HOUS", []),
 ("S206","C","green","Ava 9 months, 9-12m review done, all areas within normal range. Shannon still on antidepressants from the GP, mood much better, knows to go back if it dips.", "MH-ADULT", ["negated: EYD - review within normal range", "hypothetical: 'if it dips'"]),

 ("S207","A","red","Strategy meeting 4/6 after school reported Tyler (7) and Kacey (5) arriving hungry and unwashed three days running; Kacey has head lice and obvious tooth decay that hasn't been seen by a dentist. S47 started. Mum's partner, who lives with them, is known to drink heavily.", "SAFE-NEG PH SUB", []),
 ("S207","A","orange","Home visit - dog mess on the floors, no sheets on the children's beds, only milk and ketchup in the fridge. Mum says her UC stopped 5 weeks ago after a change of circumstances and she has no money at all.", "SAFE-NEG FIN", []),
 ("S207","C","orange","CP plan ended in November and the case has stepped down to early help. Home conditions were acceptable on six unannounced visits. Partner is still attending the county alcohol service and his breath tests have been negative.", "SUB", ["historical: CP plan ended", "need met: SAFE-NEG - acceptable on visits (not a blue/green box)"]),
 ("S207","C","yellow","Kacey had four teeth out under general anaesthetic in September and is still waiting for a filling. Mum's UC is being paid correctly now but the advance is being taken back out of it each month.", "PH FIN", []),

 ("S208","A","green","Oliver Y3, on SEN support. Referred onto the ASD pathway in Jan, waiting for the paediatrician. Finds the dinner hall noise very hard, eats in the nurture room.", "EDU-SEND", []),
 ("S208","A","yellow","Bedtime is a battle - Oliver is often still awake at 11pm and lashes out at his little sister when he is overwhelmed. Mum has asked to go on the parenting course for families of children with additional needs.", "REL-PAR PH", []),
 ("S208","C","green","Oliver got his ASD diagnosis in September and school have applied for an EHCP. The paediatrician prescribed melatonin and he is usually asleep by half eight.", "EDU-SEND PH", []),

 ("S209","A","red","Kai (15) missing x4 since Jan. Last time found by police in Luton with £300, two phones and 14 wraps of crack cocaine. Strategy meeting held re CCE, NRM referral submitted. Permanently excluded from Ashworth Academy in December.", "SAFE-EXP CRIME EDU-EXC", ["look-alike: drugs found on exploited child are SAFE-EXP + CRIME, not SUB (conv. 12)", "look-alike: police finding a missing child is not itself CRIME (conv. 7)"]),
 ("S209","A","orange","Mum is struggling to cope. Kai pushed her into a door last month and has broken the banister. She has rung the police twice when he came home aggressive.", "REL-PAR CRIME", ["look-alike: child-to-parent violence is REL-PAR (+CRIME, police), not DA (conv. 8)"]),
 ("S209","C","red","Kai remains on a CP plan. Part-time timetable at the PRU, 3 mornings a week, and he attends about half of those. No missing episodes since August, but police intel says he is still in contact with older males from Luton on Snapchat. Court date pending for a possession with intent charge.", "EDU-ATT SAFE-EXP CRIME", ["historical: missing episodes over (SAFE-EXP present from the ongoing contact)"]),

 ("S210","A","yellow","Parents separated in April after 11 years and argue at every handover of the children. No DA disclosed by either parent and there have been no police call-outs. Lily (10) is anxious and tearful before each handover and school say she has gone quiet and withdrawn. Referral to family mediation.", "REL-CONF MH-CHILD", ["negated: DA - none disclosed", "negated: no police call-outs"]),
 ("S210","C","blue","Parents now use a co-parenting app to sort arrangements and handovers happen at school so they don't have to meet. Dad says they haven't had a row since the summer.", "REL-CONF", ["ambiguous: separation being managed in a blue box coded REL-CONF (conv. 3); rows themselves are over"]),

 ("S211","A","orange","Dad (Gary) has been sole carer for Jade (13) since mum died in 2023. He is drinking most days, up to a litre of vodka, and police did a welfare check last week after he texted his brother that he wanted to end it. Referred to the crisis team and to the drug and alcohol service.", "SUB MH-ADULT", ["look-alike: police welfare check is not CRIME (conv. 7)", "look-alike: 'sole carer' is not CARER (conv. 12)"]),
 ("S211","A","yellow","Jade does a lot at home - washes and irons for herself and dad and makes sure he eats something. School say she is tired and homework is rarely done. She misses her mum badly and has started seeing the school bereavement counsellor.", "CARER MH-CHILD", []),
 ("S211","C","yellow","Gary is four months sober, goes to SMART meetings and still sees his key worker at the alcohol service. Jade goes to the young carers group.", "SUB CARER", []),

 ("S212","A","yellow","Private rented 2 bed, black mould in both bedrooms and the landlord isn't answering. Harry (3) has had three chest infections since October and now has an inhaler. £1,100 behind on the electric, on a prepayment meter and often running out.", "HOUS PH FIN", []),
 ("S212","A","green","Harry (3) isn't using his funded nursery hours. HV has given mum the information on the 3 year old funding.", "EYD", []),
 ("S212","C","yellow","Environmental health served an improvement notice in July and the damp work was done in September. An energy trust grant cleared £800 of the electric debt and the last £300 is on a repayment plan. Landlord has mentioned he may sell next year, in which case they would go on the housing register.", "FIN", ["historical: HOUS - damp fixed", "hypothetical: HOUS - landlord 'may sell', 'in which case'"]),

 ("S213","A","yellow","Amelia (12) is being picked on in a group chat by girls in her year who shared a photo of her without asking. She doesn't want to go in and missed 6 days in November. Mum now takes her phone at night.", "SAFE-EXP EDU-ATT", ["outside household: the girls themselves are not coded; the bullying of Amelia is"]),
 ("S213","C","blue","Amelia says the group chat stuff stopped in January and there's been nothing since. She and mum have agreed phone rules together.", "", ["historical: SAFE-EXP - bullying stopped"]),

 ("S214","A","orange","Riley Y8 - 4 suspensions this year, 11 days in total, for fighting and swearing at staff. School looking at a managed move to Marsham High. On the ADHD pathway with the community paediatrician. TAF set up.", "EDU-EXC EDU-SEND", []),
 ("S214","A","yellow","Mum (single parent) says Riley is the same at home. He won't come in at night, swears at her and kicked the car door in when she said no. His older sister Chloe (19) helps out when she can.", "REL-PAR", []),
 ("S214","C","orange","Managed move to Marsham High started in February on a 12 week trial. One internal exclusion since.", "EDU-EXC", []),

 ("S215","A","yellow","Kerry is 28 weeks pregnant, on a 40ml methadone script through the drug service, last used heroin in 2019. Previous DV from Liam's dad - he is in prison and there's been no contact since 2018. Midwife says she has missed 2 antenatal appointments.", "SUB PH", ["historical: DA - ex in prison, no contact since 2018", "historical: heroin use 2019 (SUB present via methadone, conv. 4)"]),
 ("S215","A","green","Liam (4) at Fen Lane nursery, keyworker says he is ready for school, no concerns.", "", ["negated: EYD - no concerns, school ready"]),
 ("S215","C","yellow","Grace born in January, no withdrawal symptoms, home with Kerry on day 5. Kerry's methadone has come down to 30ml.", "SUB", ["negated: baby withdrawal - none"]),

 ("S216","A","green","School nurse: Isla (9) measured as very overweight in the NCMP and mum is keen for help. Isla also wets the bed most nights.", "PH", []),
 ("S216","C","green","Isla has lost 3kg but is still above a healthy weight, school nurse will review in January. No wet beds since they started the alarm.", "PH", ["historical: bedwetting stopped"]),

 ("S217","A","yellow","Tracey lost her job at the warehouse in March and her UC was sanctioned for a missed appointment. Rent arrears £450 with Kettlebridge Homes. Jordan (18) lives at home and has not worked or been in college since Y11.", "FIN EDU-NEET", []),
 ("S217","A","orange","Notice seeking possession served by Kettlebridge Homes on 2 June.", "HOUS", []),
 ("S217","C","yellow","Arrears down to £90 after a DHP award and the notice has been withdrawn. Tracey is on the Restart scheme looking for work. Jordan started a roofing apprenticeship in September.", "FIN", ["historical: HOUS - notice withdrawn", "need met: EDU-NEET - apprenticeship"]),
 ("S217","C","blue","Tracey has set up separate pots in her bank app for rent, bills and food so the arrears don't build up again.", "FIN", []),

 ("S218","A","yellow","Nan (Pauline) has been kinship carer for Summer (6) and Leo (3) under an SGO since 2024. She has bad arthritis and struggles with the stairs. Leo isn't toilet trained and has very few words; nursery have referred him to SALT.", "PH EYD", ["look-alike: kinship carer is not CARER (conv. 12)"]),
 ("S218","C","green","Leo's speech coming on with SALT, now putting 2 words together and dry in the day. Pauline had her knee replaced in October and is still on crutches.", "EYD PH", []),

 ("S219","A","red","Child in need plan. Megan (14) has been missing overnight three times, thought to be with a 19 year old male who picks her up in a car. She disclosed cutting to the school DSL and had a CAMHS crisis assessment.", "SAFE-EXP MH-CHILD", []),
 ("S219","A","orange","Mum works full time and stepdad does shifts. Megan and mum argue every evening about her phone and her curfew, and Megan put her fist through her bedroom window. Police weren't called.", "REL-PAR", ["negated: CRIME - no police", "look-alike: shift work is not FIN (conv. 5)"]),
 ("S219","C","orange","CIN closed and stepped down. Megan is still open to CAMHS and sees a therapist every fortnight. No missing episodes since April and she has blocked the male on every app.", "MH-CHILD", ["historical: SAFE-EXP - missing episodes over, contact ended", "historical: CIN closed"]),
 ("S219","C","yellow","Megan attendance 88%, late most days. Goes to the youth club at the Fen hub on Tuesdays.", "EDU-ATT", []),

 ("S220","A","yellow","Mark is having chemo for bowel cancer. Sophie (11) has been very anxious since - she checks on her dad in the night and won't go to sleepovers. Macmillan nurse involved with Mark. Mum has cut her hours to drive him to hospital and they are struggling to pay for the petrol.", "PH MH-CHILD FIN", []),
 ("S220","A","green","Ben (8) has started wetting the bed, GP aware. School report no concerns about him in class.", "PH", ["negated: no concerns in class", "look-alike: bedwetting at school age is PH (conv. 9)"]),
 ("S220","C","blue","Mark finished chemo in May and his scans are clear. Sophie went on her first school residential in June. Mum says if Sophie's worries come back she'll speak to the school ELSA.", "", ["historical: PH - treatment finished", "hypothetical: MH-CHILD - 'if Sophie's worries come back'"]),
 ("S220","C","green","Sophie still sees the school ELSA once a week for her worries about dad.", "MH-CHILD", []),

 ("S221","A","orange","Zara disclosed coercive control by her husband Imran - he keeps all the money and checks her phone, and has stopped her seeing her family. DASH 16, MARAC referral made. Mum says the children (Aisha 7, Yusuf 4) are not aware.", "DA", ["look-alike: economic control is part of the abuse, DA only, not FIN"]),
 ("S221","A","yellow","Yusuf (4) does not speak at all at nursery; he talks at home in Urdu and some English. Nursery SENCO and HV both involved.", "EYD", []),
 ("S221","C","orange","Imran moved out in March. Non-mol granted in April; he breached it once in June and was arrested.", "DA", ["look-alike: perpetrator's breach and arrest is DA only, not CRIME (conv. 7)"]),
 ("S221","C","green","Yusuf now chats to two friends and his keyworker at nursery, starts reception in September. Zara working part time at the pharmacy.", "EYD", ["look-alike: mum working is not FIN"]),

 ("S222","A","green","HV visit. Noah 7 months, not started on solids yet, mum (Chantelle) unsure how to begin. Noah missed his 16 week immunisations.", "EYD PH", []),
 ("S222","A","yellow","Chantelle thinks she has PND. Traumatic birth, has flashbacks and can't face going back to the hospital. Referred to the perinatal mental health team and to Home-Start for a volunteer.", "MH-ADULT", []),
 ("S222","C","green","Noah's immunisations are all caught up. Chantelle is still under the perinatal team and takes sertraline.", "MH-ADULT", ["historical: PH - immunisations caught up"]),

 ("S223","A","yellow","Family live on a smallholding 5 miles outside Thornley and have had no car since March. Ellie (6) and Sam (9) have missed 18 days this term because mum can't get them to the bus stop when dad has left for work early. School has applied for home to school transport.", "EDU-ATT", []),
 ("S223","C","green","Transport running since September, both children picked up at the farm gate. Ellie 96%, Sam 97%. If the transport is withdrawn school will review with the family.", "", ["historical: EDU-ATT - absence over", "hypothetical: 'if the transport is withdrawn'"]),

 ("S224","A","yellow","Tegan is 16 and left Y11 in July with no place anywhere. Her anxiety means she hardly leaves the house. She helps mum with her brother Josh (10), who has cerebral palsy, and does his tube feeds when mum is at work.", "EDU-NEET MH-CHILD CARER PH", []),
 ("S224","A","green","Josh at Oakfield Special School with an EHCP, council transport provided.", "EDU-SEND", []),
 ("S224","C","yellow","Tegan finished 10 sessions with Kooth and the youth worker and started a part time retail course at the college in January. She still does Josh's evening feeds three nights a week.", "CARER", ["historical: MH-CHILD - sessions finished", "need met: EDU-NEET - on a course"]),

 ("S225","A","red","PLO letter before proceedings issued in September. Nicola is drinking every day and has been drunk at the school gate twice. Kian (5) was left on his own overnight on one occasion.", "SUB SAFE-NEG", []),
 ("S225","A","orange","Police have attended three times since July after neighbours reported shouting. Each time it was Nicola and her partner Dean (who lives there) yelling at each other after drinking; no assaults or threats disclosed and police had no DA concerns.", "REL-CONF SUB", ["negated: DA - police had no DA concerns", "look-alike: police attending adults' argument is not CRIME"]),
 ("S225","C","red","Kian is still on a CP plan. Nicola is engaging with the alcohol service, two relapses since November. Dean moved out in December.", "SUB", []),
 ("S225","C","orange","Kian's attendance 83%, late most mornings and often arrives without having had breakfast.", "EDU-ATT SAFE-NEG", []),

 ("S226","A","yellow","Paul has run up around £8k on credit cards gambling online and has now self-excluded through GamStop. Jo found out in May; they are staying together but rowing constantly. Citizens Advice appointment booked.", "FIN REL-CONF", ["look-alike: gambling debts are FIN, not SUB (conv. 10); 'self-excluded' is not EDU-EXC"]),
 ("S226","A","green","Freya (13) and Tom (11) both doing fine at school. Freya has eczema flare-ups, GP managing it. To be monitored should Freya's mood dip around her exams.", "PH", ["hypothetical: MH-CHILD - 'should Freya's mood dip'", "good news: school not coded"]),
 ("S226","C","blue","Debt management plan at £150 a month. Paul and Jo did four sessions of the reducing parental conflict programme and say they talk things through now rather than shouting.", "FIN REL-CONF", []),

 ("S227","A","orange","Lewis (14) got a community resolution in August for ASB in the park with a group and a youth caution in October for shoplifting. YOS assessment done. Lewis says older lads are putting pressure on him to carry stuff for them.", "CRIME SAFE-EXP", []),
 ("S227","A","yellow","Lewis's dad is in prison until 2027. Mum says Lewis has been very angry since - shouts at her and his little brother and punches the walls.", "REL-PAR", ["outside household: dad's offending (in prison) is not CRIME (conv. 6)"]),
 ("S227","C","yellow","Youth caution programme completed in February. Lewis goes to boxing with the youth worker twice a week. Mum says the outbursts at home are less often but still happen when he's tired.", "REL-PAR", ["historical: CRIME - programme completed"]),

 ("S228","A","yellow","Ruby (8) has been on a part-time timetable, mornings only, since October because she becomes dysregulated in the afternoons. EHC needs assessment under way. Mum can't work as she has to be on call to collect Ruby, and money is very tight.", "EDU-ATT EDU-SEND FIN", []),
 ("S228","C","green","EHCP issued in March. Ruby back in full time since April with her 1:1.", "EDU-SEND", ["historical: EDU-ATT - part-time timetable ended"]),

 ("S229","A","orange","Family of five placed in a B&B in Kettlebridge since 12 August after a section 21 eviction from their private let. One room, no kitchen. Mum uses food bank vouchers for whatever can be done in the microwave. District housing officer involved.", "HOUS FIN", []),
 ("S229","A","yellow","The twins (Y1) are now 40 minutes from school on the bus and late most days. Mum's anxiety is worse and the GP has started her on medication.", "EDU-ATT MH-ADULT", []),
 ("S229","C","blue","Mum says she is coping far better - she stopped the tablets in December and walks with a friend every morning.", "", ["historical: MH-ADULT - medication stopped, coping"]),

 ("S230","A","green","Dylan (10) has been playing an online game late at night and chatting to adults he doesn't know; mum found messages asking him for photos. Reported to CEOP and police are aware. Dylan says he didn't send anything.", "SAFE-EXP", ["box level: reads orange (police) but green box - codes take the box level (conv. 2)"]),
 ("S230","C","blue","Parental controls now set on all devices and Dylan and mum went through the Thinkuknow online safety material together.", "SAFE-EXP", []),
]

# unboxed case notes: (id, stage, date, locality, narrative, codes, gold level, traps)
UNBOXED = [
 ("U01","assessment","2025-10-14","Marsham","Call from school nurse - Maisie (6) has had a chesty cough for weeks and mum hasn't taken her to the GP because she can't afford the bus fare to the surgery.", "PH FIN", "green", []),
 ("U02","assessment","2025-06-18","Thornley Fen","Home visit by family support worker. Steve was discharged from probation in 2024 and has no current offending. Lives with his son Kyle (15), whose attendance is 64% - Kyle refuses to get out of bed on school days. Steve says he isn't drinking any more.", "EDU-ATT", "yellow", ["historical: CRIME - probation ended", "negated: SUB - not drinking"]),
 ("U03","assessment","2026-01-14","Kettlebridge","ICPC held 14/1, Jayden (2) and Lola (4) made subject to CP plans under neglect. Dirty nappies left for hours, Lola has never seen a dentist, no food in the cupboards on three visits. Mum smoking cannabis daily.", "SAFE-NEG PH SUB", "red", []),
 ("U04","assessment","2025-08-05","Ashworth Vale","Drop-in at the family hub. Mum worried her 2 year old isn't saying any words yet. Given the Tiny Happy People link and the details of the 2 year funded hours; she'll apply herself tonight.", "EYD", "blue", []),
 ("U05","assessment","2025-09-30","Marsham","PCSO call: Brandon (13) and friends throwing stones at buses on the Marsham ring road, Brandon brought home by police at 11pm. Mum says she'll ground him.", "CRIME", "orange", ["outside household: friends not coded"]),
 ("U06","closure","2026-02-10","Kettlebridge","Citizens Advice are helping Dawn appeal after her PIP claim was turned down. She has fibromyalgia and can't work.", "FIN PH", "yellow", ["look-alike: PIP counts as FIN here only because a benefit problem is described (conv. 5)"]),
 ("U07","closure","2026-03-04","Ashworth Vale","Youth worker note: Alfie (17) is doing well on his apprenticeship. Mentioned his mate's brother deals weed but Alfie says he stays well away from it.", "", "", ["outside household: friend's brother's dealing not coded (conv. 6)", "negated: SUB"]),
]

STAGE = {"A": "assessment", "C": "closure"}
nar, gold, traps = [], [], []
for case, st, lvl, text, codes, tr in BOXED:
    loc, da, dc = CASES[case]
    tid = f"{case}-{st}"
    nid = f"{tid}-{lvl}"
    nar.append([nid, tid, case, STAGE[st], da if st == "A" else dc, lvl, loc, text])
    for c in codes.split():
        gold.append([nid, c, lvl])
    if tr:
        traps.append({"narrative_id": nid, "traps": tr})
for nid, stage, date, loc, text, codes, glvl, tr in UNBOXED:
    nar.append([nid, nid, nid, stage, date, "", loc, text])
    for c in codes.split():
        gold.append([nid, c, glvl])
    if tr:
        traps.append({"narrative_id": nid, "traps": tr})

with open("narratives.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\r\n")
    w.writerow(["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"])
    w.writerows(nar)
with open("gold.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\r\n")
    w.writerow(["narrative_id", "code", "level"])
    w.writerows(gold)
with open("traps.json", "w", encoding="utf-8") as f:
    json.dump(traps, f, indent=1, ensure_ascii=False)
print(len(nar), "narratives,", len(gold), "gold rows,", len(traps), "with traps")
