#!/usr/bin/env python3
"""Hand-written blind gold set: London borough early help triage export, 2025-26.
Every narrative, its gold codes and trap notes are typed by hand below.
Trap notes: 'neg:', 'hist:', 'hyp:' (negated / historical / hypothetical mention),
'out:' (person outside household), 'met:' (need now met), 'look:' (look-alike word),
'conv:' (a coding-convention point)."""
import csv, json, os

HERE = os.path.dirname(os.path.abspath(__file__))

# (case, locality, assessment date, closure date, boxes)
# box = (stage 'A'/'C', level, text, [codes], [trap notes])
CASES = [
("K301", "Haverbank", "2025-04-14", "2025-11-03", [
 ("A", "green", "Home visit with a Somali interpreter on the phone. Yusuf (3) isn't at nursery - Amina didn't know he was entitled to a funded place. HV involved since birth. Yusuf has bad eczema on his arms and legs and is under the GP for it.", ["EYD", "PH"], []),
 ("A", "yellow", "Amina owes about £400 on the electric prepayment meter and has been sitting without heating in the evenings. UC sanctioned her in Jan after she missed a work coach appt, the letters were all in English. EHW to help with a Citizens Advice referral.", ["FIN"], []),
 ("C", "blue", "Amina tops the meter up every Monday and is paying the old debt back at £5 a week through the supplier's hardship scheme. She knows she can ask for Language Line when she rings the UC helpline.", ["FIN"], ["conv: paying debt off in blue box = FIN present"]),
 ("C", "green", "Yusuf started at Little Acorns nursery after the HV helped with the application. Still only a handful of words in Somali or English, keyworker keeping an eye on his speech. Eczema under control with the creams from the GP. No concerns raised by school about Hodan's attendance.", ["EYD", "PH"], ["neg: EDU-ATT no concerns about Hodan's attendance", "conv: eczema controlled with ongoing creams in green box = PH managing"]),
]),
("K302", "Millwick", "2025-05-06", "2025-12-08", [
 ("A", "yellow", "Kacper (14) attendance 71%, mainly Mondays and Fridays. Tells his tutor he feels sick with worry in the mornings before school. Dad Tomasz works night shifts at a distribution centre so is not back in time to get him out of the door.", ["EDU-ATT", "MH-CHILD"], ["conv: night shifts are not FIN"]),
 ("A", "orange", "Kacper reported missing by dad at midnight, found by police at 2am in a stairwell on the Fernleigh estate with a group of older lads. New phone and about £200 cash he won't explain. Concerns re CCE, discussed at the exploitation panel.", ["SAFE-EXP"], ["conv: police finding a missing child is not CRIME"]),
 ("C", "yellow", "Kacper on a reduced timetable, three days a week, while he builds back up - has attended every one. Meets a youth worker from Millwick Youth Hub weekly. No missing episodes since March.", ["EDU-ATT"], ["hist: SAFE-EXP no missing episodes since March"]),
]),
("K303", "Eastgate Wharf", "2025-04-22", "2025-10-20", [
 ("A", "green", "Mia 8/12, HV notes she has missed her 12 and 16 week immunisations. Shanice unsure how to start weaning and asked HV for advice. Tyler in Reception at St Cuthbert's, school say he is settled and happy.", ["PH", "EYD"], []),
 ("A", "orange", "Shanice disclosed that Dwayne pushed her into a door in front of the children last month and checks her phone every night. He has gone back to his mum's. DASH 16, referred to MARAC, police aware. Shanice low in mood, GP started her on sertraline.", ["DA", "MH-ADULT"], ["conv: partner's assault is DA only, not CRIME"]),
 ("C", "blue", "Shanice completed the Freedom Programme in Sept and has her own safety plan; non-mol order in place until Dec 2026. She now goes to the Tuesday mums' group at the children's centre.", ["DA"], ["conv: Freedom Programme / safety plan in blue = DA present"]),
]),
("K304", "Tanners Reach", "2025-06-02", "2026-01-19", [
 ("A", "green", "Daniel (12) lives with his maternal grandmother Mrs Okafor under an SGO. He is on the ADHD pathway and the SENCO at Brookmead Academy has written a support plan. Mrs Okafor is his kinship carer and receives an SGO allowance.", ["EDU-SEND"], ["look: kinship carer is not CARER", "conv: allowance alone is not FIN"]),
 ("A", "yellow", "Two fixed-term suspensions this term (swearing at staff, threw a chair in science). School have mentioned a managed move if things don't improve. At home Daniel won't come off the Xbox and has pushed Nan twice when she took the controller off him.", ["EDU-EXC", "REL-PAR"], ["hyp: managed move only if things don't improve", "conv: child-to-parent violence is REL-PAR, not DA"]),
 ("C", "green", "Daniel started on medication in May and the SENCO says he is much calmer in lessons. No suspensions since Easter. School have agreed to request an EHC needs assessment.", ["EDU-SEND"], ["hist: EDU-EXC no suspensions since Easter"]),
 ("C", "blue", "Nan uses a kitchen timer for screen time and the ideas she picked up on the parenting course. She says the pushing has stopped and they get on better.", ["REL-PAR"], ["hist: pushing has stopped", "conv: screen-time boundaries now managed in blue = REL-PAR"]),
]),
("K305", "Millwick", "2025-05-12", "2026-02-02", [
 ("A", "yellow", "Family of seven in a two-bed flat, on the housing register in band C. The three girls share one room with the baby's cot. Damp and black mould in the back bedroom, landlord not answering calls. Mum Rukhsana has limited English; seen with a Bengali interpreter.", ["HOUS"], []),
 ("A", "green", "Dad Jamal has type 2 diabetes and lost his job as a minicab driver because of his eyesight. Sadia (15) helps him with his insulin and goes to his hospital appts with him to translate, so misses school on those days.", ["PH", "FIN", "CARER", "EDU-ATT"], []),
 ("C", "yellow", "Sadia assessed by Millwick Young Carers and goes to their Thursday group. Housing accepted the overcrowding and moved the family up to band B. Landlord treated the mould in June.", ["CARER", "HOUS"], ["hist: mould treated in June (overcrowding still current)"]),
 ("C", "blue", "Jamal managing his own insulin since the sessions with the diabetes nurse. He has signed up with a work coach at the job centre to look at other work.", ["PH", "FIN"], ["conv: managing own insulin in blue = PH present"]),
]),
("K306", "Eastgate Wharf", "2025-09-08", "2026-03-16", [
 ("A", "yellow", "Chloe (16) finished Year 11 in July and didn't enrol anywhere in Sept. No job, no course. Referred to the 16-19 participation team.", ["EDU-NEET"], []),
 ("A", "orange", "Lee drinking daily, 6-8 cans. Arrested in August for drink driving, court date pending. Referred to the drug and alcohol service - missed first appt. Off sick from work since the arrest and now £1,100 behind on rent.", ["SUB", "CRIME", "FIN"], []),
 ("C", "yellow", "Lee attending the alcohol service every fortnight, says he only drinks at weekends now. Rent arrears down to £300 on a repayment plan. Chloe started a hairdressing apprenticeship at a salon on the high street in January.", ["SUB", "FIN"], ["met: EDU-NEET Chloe now on apprenticeship"]),
]),
("K307", "Haverbank", "2025-06-16", "2026-01-26", [
 ("A", "yellow", "Seen with Romanian interpreter. Andrei (9) 54% and Maria (6) 61% attendance; family spent five weeks in Romania in term time. School nurse flagged Maria's tooth decay, two dental appts missed.", ["EDU-ATT", "PH"], []),
 ("A", "orange", "Home visit: mattresses on the floor with no bedding, very little food in the cupboards and both children hungry at breakfast club. Dad Florin does cash-in-hand building work, income irregular, nothing claimed. Landlord has served a section 21.", ["SAFE-NEG", "FIN", "HOUS"], []),
 ("C", "yellow", "Maria now at 95%. Andrei still under 90% (86%), mostly late marks. Family using the Haverbank food bank while the UC claim is processed. Both children have their own beds through the furniture scheme.", ["EDU-ATT", "FIN"], ["met: SAFE-NEG beds now provided"]),
]),
("K308", "Tanners Reach", "2025-07-07", "2026-01-12", [
 ("A", "yellow", "Jess scored high on the EPDS at the 6-8 week check, tearful and struggling to leave the flat. Referred to perinatal mental health team, 10 week wait. Family support worker to visit weekly in the meantime. Partner Sam works shifts at the hospital.", ["MH-ADULT"], ["conv: shift work not FIN"]),
 ("C", "blue", "Jess still has low days but uses the breathing exercises and rings her sister when it gets too much. Noah's reflux has settled and he came off the Gaviscon in November.", ["MH-ADULT"], ["hist: PH reflux settled, off Gaviscon", "conv: low days managed in blue = MH-ADULT present"]),
]),
("K309", "Millwick", "2025-09-15", "2026-03-09", [
 ("A", "yellow", "Parents separated in Sept after years of rows but are both still in the house until dad's flat comes through. Arguing about money and contact in front of Ella. No DA disclosed by either of them and no police involvement.", ["REL-CONF"], ["neg: DA none disclosed", "look: arguing about money is not FIN"]),
 ("A", "green", "Ella (8) crying at the school gate most mornings and asking her teacher whether mum and dad still love her. School ELSA seeing her weekly.", ["MH-CHILD"], []),
 ("C", "yellow", "Dad moved out in November. They've done two mediation sessions and agreed a contact rota, but handovers are still tense and they won't speak to each other directly.", ["REL-CONF"], []),
]),
("K310", "Eastgate Wharf", "2025-10-27", "2026-04-20", [
 ("A", "orange", "Kayla (15) told her form tutor she has been cutting her arms. Seen in A&E in Oct after taking 12 paracetamol. Open to CAMHS, waiting for crisis team follow-up.", ["MH-CHILD"], ["look: paracetamol overdose is not SUB"]),
 ("A", "red", "Police found images Kayla had sent to a 23 year old man she met on Snapchat; he has been arrested. Strategy meeting held 4 Nov and s47 under way.", ["SAFE-EXP"], ["out: the man's offence is not CRIME for the family"]),
 ("C", "orange", "Kayla still with CAMHS, sees her therapist every fortnight and says she hasn't self-harmed since January. In Feb an unknown account started messaging her; she blocked it and Donna reported it to police.", ["MH-CHILD", "SAFE-EXP"], ["hist: self-harm stopped since January"]),
]),
("K311", "Haverbank", "2025-09-01", "2026-03-23", [
 ("A", "green", "Riley (3) at nursery 15hrs, uses single words only and isn't toilet trained. HV has referred to SALT.", ["EYD"], []),
 ("A", "yellow", "Marcus released from prison in June, on licence until 2027 and living back at home. Wants to find work but no CV. Family on UC and struggling since £60 a month is being taken off for the budgeting advance.", ["CRIME", "FIN"], []),
 ("C", "green", "Riley (now at Busy Bees 30hrs) putting 2-3 words together. SALT block finished, nursery carrying on the programme with him. Toilet trained since Christmas.", ["EYD"], ["hist: toileting achieved since Christmas"]),
 ("C", "yellow", "Marcus still on licence and reports to probation fortnightly. Working 30 hrs a week for a scaffolding firm. Budgeting advance has been paid back and he says there are no other debts.", ["CRIME"], ["hist: FIN advance repaid", "neg: FIN no other debts", "conv: adult on licence = CRIME"]),
]),
("K312", "Tanners Reach", "2025-05-19", "2025-12-15", [
 ("A", "orange", "Family of five placed in one room in a B&B by housing options since March, shared kitchen on another floor. Mr Rahimi has nightmares and flashbacks from Kabul; GP has referred him to the trauma service. All seen with a Dari interpreter.", ["HOUS", "MH-ADULT"], []),
 ("A", "yellow", "Zahra (11) has had no school place since the family arrived in the borough; in-year admission form went in in April. Mina (2) hasn't had her 2 year development review.", ["EDU-ATT", "EYD"], []),
 ("C", "yellow", "Moved to a three-bed temporary flat in November, still on the housing register. Zahra started at Greenhill Primary in June and attends well; she gets EAL support in class.", ["HOUS"], ["met: EDU-ATT school place found", "look: EAL support is not EDU-SEND"]),
]),
("K313", "Millwick", "2025-06-23", "2026-01-05", [
 ("A", "yellow", "Grace has sickle cell and has been admitted three times this year with crises. When she's unwell David (13) does the shopping, cooks and looks after Esther (6). He has been late to school on those mornings.", ["PH", "CARER", "EDU-ATT"], []),
 ("A", "green", "Grace gets ESA and PIP. She budgets carefully and says there are no arrears or debts.", [], ["neg: FIN no arrears", "conv: benefit names alone not FIN/PH"]),
 ("C", "blue", "David goes to the young carers club on Wednesdays and has a young carer card to show at school. Grace has a care plan with the haematology team, and a family friend, Blessing, steps in when she has a crisis.", ["CARER", "PH"], []),
]),
("K314", "Eastgate Wharf", "2025-07-14", "2026-02-09", [
 ("A", "orange", "Olena and her two sons are with a host family under Homes for Ukraine. Host has given notice to leave by the end of the month. Homelessness team notified, nothing found yet. Ukrainian interpreter used.", ["HOUS"], []),
 ("A", "yellow", "Artem (8) very withdrawn, jumps at loud noises and talks about the bombing. School has referred him to the Mosaic Trauma Project. Olena works 16 hrs a week as a cleaner.", ["MH-CHILD"], ["conv: part-time work not FIN"]),
 ("C", "yellow", "Family now renting a flat privately through the council's rent deposit scheme. Artem still sees the trauma worker weekly and is starting to join in at playtime. Olena worries they'd have to move again if the landlord ever sells.", ["MH-CHILD"], ["met: HOUS now in private rented flat", "hyp: HOUS only if landlord sells"]),
]),
("K315", "Haverbank", "2025-02-10", "2025-10-13", [
 ("A", "red", "Lily, Jack and Poppy subject to CP plans (neglect) since ICPC 12 Jan. Dog mess on floors, no working fridge, Poppy found in a soaked nappy. Kerry smokes cannabis daily and says it helps her anxiety.", ["SAFE-NEG", "SUB", "MH-ADULT"], []),
 ("A", "orange", "Lily (7) attendance 76%, often arrives without breakfast in yesterday's uniform. Jack (4) missed the start of Reception and is not on a school roll.", ["EDU-ATT", "SAFE-NEG"], []),
 ("C", "orange", "Stepped down from CP to CIN in May and now to early help. Kerry engaging with the drug and alcohol service, tests show cannabis reducing. House clean at the last three visits, food in the new fridge.", ["SUB"], ["met: SAFE-NEG home conditions now fine", "hist: CP plan ended"]),
]),
("K316", "Tanners Reach", "2025-11-24", "2026-05-11", [
 ("A", "orange", "Jordan (15) permanently excluded from Kingsmere Academy in Nov for bringing a knife in; now at the PRU. Youth caution for the knife and a YOS worker allocated.", ["EDU-EXC", "CRIME"], []),
 ("A", "yellow", "Michelle says Jordan comes and goes as he likes, in after midnight most nights and swears at her when she asks where he's been. She is worried about the neighbours' sons dealing on the landing but says Jordan keeps away from them.", ["REL-PAR"], ["out: neighbours' dealing not coded", "neg: Jordan keeps away from them"]),
 ("C", "yellow", "YOS work completed in Feb, no further police contact. 10pm curfew agreed at home and Michelle says he mostly sticks to it, though he still gets verbal when told no.", ["REL-PAR"], ["hist: CRIME YOS completed, no further police contact"]),
]),
("K317", "Millwick", "2025-08-18", "2026-02-23", [
 ("A", "green", "Arjun (9) is autistic with an EHCP and attends the ARP at Oakfield Primary. Mum Priya is his full-time carer and gets Carer's Allowance. Meera (12) loves netball and is doing well at school.", ["EDU-SEND"], ["look: parent carer is not CARER", "conv: Carer's Allowance alone not FIN"]),
 ("A", "yellow", "Arjun wakes at 3-4am most nights, GP has referred to the sleep clinic. Priya exhausted and tearful, says she feels she's failing both kids.", ["PH", "MH-ADULT"], ["conv: school-age sleep problem = PH"]),
 ("C", "green", "Paediatrician started Arjun on melatonin and he sleeps through most nights. Priya has joined the parent carer forum and gets a short break one Saturday a month. She says she would ask her GP for help again if she started to feel low.", ["PH"], ["look: parent carer forum is not CARER", "hyp: MH-ADULT only if she feels low again"]),
]),
("K318", "Haverbank", "2025-08-25", "2026-03-02", [
 ("A", "red", "Fernanda seen with a Portuguese interpreter after police attended on 19 Aug - Carlos strangled her in the kitchen while the children were home. Carlos arrested and bailed not to contact her. Strategy meeting held, Lucas and Bia now on CP plans.", ["DA"], ["conv: arrest for DV is DA only, not CRIME"]),
 ("A", "yellow", "Fernanda has no recourse to public funds and no income since Carlos left; the church is giving her food. Bia (3) not at nursery.", ["FIN", "EYD"], []),
 ("C", "orange", "Carlos breached his bail in January by turning up at the school gate and was re-arrested. IDVA still supporting Fernanda, repeat MARAC referral made.", ["DA"], []),
 ("C", "yellow", "Fernanda has been granted leave to remain and has claimed UC, still using the food bank until the first payment. Bia started nursery 15 hrs in Jan.", ["FIN"], ["met: EYD Bia now at nursery (yellow box, need met)"]),
]),
("K319", "Eastgate Wharf", "2025-12-01", "2026-06-08", [
 ("A", "yellow", "Ben (17) dropped out of his college course in Nov, hasn't found work. Smokes weed most evenings with mates, dad found bags of it in his room. Ben and Graham barely speak and have had some shouting matches.", ["EDU-NEET", "SUB", "REL-PAR"], ["conv: 16+ NEET is EDU-NEET only, no FIN"]),
 ("A", "green", "Graham on antidepressants from his GP for depression since his wife died two years ago. Works part time as a postman.", ["MH-ADULT"], []),
 ("C", "blue", "Ben on a traineeship at a bike repair workshop three days a week. Says he has cut the weed down to weekends. He and dad watch the football together on Sundays now.", ["SUB"], ["met: EDU-NEET now on traineeship", "conv: cut down but still using in blue = SUB present"]),
]),
("K320", "Tanners Reach", "2025-10-06", "2026-04-13", [
 ("A", "green", "Twins Kai and Kobe (2) both below expected for communication at their 2 year review. HV gave Chantelle the times for stay and play and the library rhyme time. Chantelle's mum lives on the same road and has the boys two mornings a week. No worries about housing or money.", ["EYD"], ["neg: HOUS/FIN no worries"]),
 ("C", "blue", "Chantelle takes the twins to rhyme time every Tuesday and uses the talking tips from the HV at home; both have 30+ words now.", ["EYD"], ["conv: speech work managed at home in blue = EYD present"]),
]),
("K321", "Millwick", "2025-07-21", "2026-01-26", [
 ("A", "yellow", "Liam (11) in the obese range at the Year 6 weigh-in, school nurse concerned. He is teased about his weight by other boys in his class and has stopped doing PE.", ["PH", "SAFE-EXP"], ["conv: bullying by peers = SAFE-EXP for the child"]),
 ("A", "orange", "Home so cluttered the bathroom can't be used, bags piled the length of the hallway; fire service did a safe and well visit and are worried. Janet has OCD and is under the community mental health team.", ["SAFE-NEG", "MH-ADULT"], []),
 ("C", "yellow", "Bathroom and hallway cleared with the Millwick Declutter Project, smoke alarms fitted. Janet still under the CMHT. Liam doing a healthy lifestyle programme with the family support worker.", ["MH-ADULT", "PH"], ["met: SAFE-NEG home now cleared"]),
]),
("K322", "Haverbank", "2025-06-09", "2025-12-22", [
 ("A", "orange", "Sunil disclosed online gambling and about £14k on credit cards. Rent arrears £2,300, landlord served a section 8 notice last week.", ["FIN", "HOUS"], ["conv: gambling debts are FIN, not SUB"]),
 ("A", "yellow", "Anjali furious with Sunil, they row most nights and she is thinking of leaving him. Rohan (10) and Isha (7) can hear the arguments from upstairs. Sunil is not a drinker.", ["REL-CONF"], ["neg: SUB not a drinker"]),
 ("C", "blue", "Sunil has self-excluded from gambling sites through GamStop and goes to GA meetings. Debt management plan set up with StepChange, paying £150 a month.", ["FIN"], ["look: self-excluded is not EDU-EXC", "conv: GA is not SUB"]),
 ("C", "yellow", "Landlord withdrew the notice after the arrears were cleared with a DHP. Anjali and Sunil seeing a Relate counsellor, arguments less often. Sunil knows the landlord could serve a new notice if the rent slips again.", ["REL-CONF"], ["hist: HOUS notice withdrawn, arrears cleared", "hyp: HOUS new notice only if rent slips"]),
]),
("K323", "Eastgate Wharf", "2025-10-06", "2026-03-30", [
 ("A", "red", "Tia (14) missing 6 times since Sept, found in Croydon and Luton with older males. Strategy meeting 3 Oct, CSE concerns, s47 ongoing. Tia says she has a 19yo boyfriend.", ["SAFE-EXP"], []),
 ("A", "orange", "Tia refusing school, attendance 38%. Mum Nicola can't stop her going out; Tia hit her when she locked the front door. Police called and Tia given a youth caution for assault.", ["EDU-ATT", "REL-PAR", "CRIME"], ["conv: child-to-parent violence with police = REL-PAR + CRIME, not DA"]),
 ("C", "orange", "Tia missing twice in January, came back by herself within 12 hrs both times. CAMHS appt booked after she told her keyworker she feels worthless.", ["SAFE-EXP", "MH-CHILD"], []),
]),
("K324", "Tanners Reach", "2025-09-22", "2026-03-16", [
 ("A", "green", "Max (6) wets the bed most nights and gets upset about sleepovers. GP has referred to the enuresis clinic.", ["PH"], ["conv: bedwetting at school age = PH"]),
 ("A", "yellow", "Laura split up with Dean 18 months ago, he has Max alternate weekends. She says Dean drinks heavily but never when Max is there. Max screams and kicks the doors at bedtime when told to turn the tablet off; parenting course offered.", ["REL-PAR"], ["out: ex-partner's drinking not SUB"]),
 ("C", "blue", "Max dry most nights with the alarm from the enuresis clinic. Laura did the Triple P course and uses a bedtime chart with him.", ["PH", "REL-PAR"], []),
]),
("K325", "Millwick", "2025-11-10", "2026-05-18", [
 ("A", "yellow", "Met Saba with a Tigrinya interpreter. She is 32 weeks pregnant and has missed two antenatal appts because she couldn't read the letters. Flat very cold - she keeps the heating off to save money and has been going to the Warm Spaces hub at the library.", ["PH", "FIN"], []),
 ("A", "green", "Filmon (4) at nursery, keyworker says he understands Tigrinya well and is picking up English quickly. No concerns about his development.", [], ["neg: EYD no concerns", "look: EAL is not speech delay"]),
 ("C", "green", "Baby born in February, HV visiting. Saba going to her postnatal checks with the interpreter the surgery books. Energy supplier has put her on the Warm Home Discount and a cheaper tariff.", ["FIN"], ["conv: fuel costs being managed with discount in green = FIN"]),
]),
("K326", "Haverbank", "2025-11-03", "2026-05-05", [
 ("A", "yellow", "Stacey on her own with four children under 10. Kyle (8) and Brooke (6) fight constantly, bedtime around 11pm, no set mealtimes. Stacey admits she shouts at them a lot.", ["REL-PAR"], []),
 ("A", "green", "Kyle has had two lunchtime exclusions this half term for fighting in the playground. SENCO has sent home an ADHD screening questionnaire.", ["EDU-EXC", "EDU-SEND"], []),
 ("C", "yellow", "Stacey completed Incredible Years and has a bedtime routine going, though Kyle still kicks off at weekends.", ["REL-PAR"], []),
 ("C", "green", "Kyle seen by the community paediatrician and diagnosed with ADHD; school has put him on SEN support. No more exclusions since February.", ["EDU-SEND"], ["hist: EDU-EXC no exclusions since February"]),
]),
("K327", "Eastgate Wharf", "2025-05-27", "2025-11-17", [
 ("A", "orange", "Ama born at 27 weeks, now 6 months old, on home oxygen and fed by NG tube. Several hospital appointments every week. Family live on the 9th floor and the lift is often broken - Abena carries the oxygen up the stairs.", ["PH", "HOUS"], []),
 ("A", "yellow", "Kwame gave up his job to help look after Ama and the family is now £640 behind on council tax. DLA claim for Ama submitted.", ["FIN"], []),
 ("C", "green", "Ama off oxygen since March and gaining weight, still seen by the dietitian and physio. Kwame back at work and the council tax arrears paid off.", ["PH"], ["hist: FIN arrears paid off"]),
]),
("K328", "Tanners Reach", "2025-12-15", "2026-06-01", [
 ("A", "orange", "Rachel out of work since March and admits drinking most of a bottle of vodka a day. Ollie (10) found her unconscious on the sofa in Dec and rang 999; police and ambulance attended.", ["SUB", "FIN"], ["conv: police attending a welfare call is not CRIME"]),
 ("A", "yellow", "Ollie makes his own tea most nights and gets himself to school. Told his teacher he worries about mum all day. Dad lives in Kent and sees him monthly.", ["SAFE-NEG", "MH-CHILD"], []),
 ("C", "yellow", "Rachel alcohol free for 10 weeks, attending Tanners Reach Recovery Service and AA. Ollie's worries eased after the school counsellor's sessions, which finished in March.", ["SUB"], ["hist: MH-CHILD counselling finished, worries eased"]),
]),
("K329", "Millwick", "2025-11-17", "2026-05-26", [
 ("A", "yellow", "Hamza (12) not been in school since October half term - panic attacks on school mornings, fine at weekends. School offering a part-time timetable; GP has referred to CAMHS.", ["EDU-ATT", "MH-CHILD"], []),
 ("A", "green", "Mum Nadia has MS and uses a wheelchair outside the house. Nani (speaks Urdu only) lives with them and does most of the cooking. Hamza's sister Aisha (16) is in sixth form.", ["PH"], ["neg: Aisha 16 in sixth form, not NEET"]),
 ("C", "orange", "Hamza open to CAMHS, CBT fortnightly. Back in school three mornings a week on a reduced timetable.", ["MH-CHILD", "EDU-ATT"], []),
]),
("K330", "Haverbank", "2025-08-04", "2026-01-19", [
 ("A", "blue", "Zoe picked up the Haverbank money guide and has set up a budget on her phone. She's £180 behind on the water bill but has rung them about a payment plan.", ["FIN"], []),
 ("A", "green", "On the GP's waiting list for Talking Therapies for anxiety. Evie (9) goes to school happily; Zoe would tell her teacher if Evie started worrying about her.", ["MH-ADULT"], ["hyp: MH-CHILD only if Evie starts worrying"]),
 ("C", "blue", "Water arrears paid off in December. Zoe finished her 8 sessions of Talking Therapies and uses the Headspace app when she feels anxious.", ["MH-ADULT"], ["hist: FIN arrears paid off", "conv: anxiety self-managed in blue = MH-ADULT present"]),
]),
]

# Unboxed case notes: (id, stage, date, locality, text, codes, gold level, traps)
NOTES = [
("U001", "assessment", "2025-09-29", "Millwick", "Tel call from Mrs Begum re Imran (16). Left college after 3 wks, home all day gaming. Asked about apprenticeships - sent link to the borough jobs & skills page and the careers adviser's number. Mum to follow up herself.", ["EDU-NEET"], "blue", ["conv: signposting only -> blue"]),
("U002", "assessment", "2026-02-09", "Eastgate Wharf", "ICPC 9 Feb: Skye (2) and Harley (4) made subject to CP plans, category neglect. Dirty nappies left in the lounge, mouldy food in the kitchen. Harley not toilet trained and has no nursery place. Dad on a methadone script.", ["SAFE-NEG", "EYD", "SUB"], "red", ["conv: methadone script = SUB"]),
("U003", "closure", "2025-12-04", "Tanners Reach", "EHW visit. Kasia says rent arrears now £650 since the housing element of her UC stopped; mandatory reconsideration submitted. Referred to Citizens Advice. No concerns from school about either child.", ["FIN"], "yellow", ["neg: school no concerns"]),
("U004", "assessment", "2026-01-14", "Haverbank", "School nurse drop-in. Yasmin (13) says she has felt low and can't get to sleep since her grandad died in November. School nurse to see her fortnightly, dad aware.", ["MH-CHILD", "PH"], "green", ["conv: school-age sleep problem = PH"]),
("U005", "assessment", "2025-10-18", "Millwick", "Police notification: called 23:40 to family home, Reece (14) smashed two windows and pushed mum into the wall after a row about his phone. Reece arrested for criminal damage.", ["REL-PAR", "CRIME"], "orange", ["conv: child-to-parent violence = REL-PAR + CRIME, not DA"]),
]

NHEAD = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
nrows, grows, traps = [], [], {}
for case, loc, adate, cdate, boxes in CASES:
    for st, lvl, text, codes, tr in boxes:
        tid = f"{case}-{st}"
        nid = f"{tid}-{lvl}"
        stage, date = ("assessment", adate) if st == "A" else ("closure", cdate)
        nrows.append([nid, tid, case, stage, date, lvl, loc, text])
        grows += [[nid, c, lvl] for c in codes]
        if tr:
            traps[nid] = tr
for nid, stage, date, loc, text, codes, glvl, tr in NOTES:
    nrows.append([nid, nid, nid, stage, date, "", loc, text])
    grows += [[nid, c, glvl] for c in codes]
    if tr:
        traps[nid] = tr

def write(name, head, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(head)
        w.writerows(rows)

write("narratives.csv", NHEAD, nrows)
write("gold.csv", ["narrative_id", "code", "level"], grows)
with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8") as f:
    json.dump(traps, f, indent=1, ensure_ascii=False)
print(len(nrows), "narratives,", len(grows), "gold rows,", len(traps), "with trap notes")
