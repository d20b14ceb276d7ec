# Builds narratives.csv and gold.csv for held-out set C (hand-written, blind).
# Each entry: id, stage, date, level(box or ''), locality, text, gold codes, traps
import csv, collections

T = {}   # triage meta: triage_id -> (stage, date, locality)
def tri(tid, stage, date, loc): T[tid] = (stage, date, loc)

tri('C001-A','assessment','2024-01-22','Hillcrest'); tri('C001-C','closure','2024-07-15','Hillcrest')
tri('C002-A','assessment','2024-02-06','Bankside')
tri('C003-A','assessment','2024-01-30','Westmoor'); tri('C003-C','closure','2024-07-08','Westmoor')
tri('C004-A','assessment','2024-03-18','Hillcrest')
tri('C005-A','assessment','2024-02-19','Bankside'); tri('C005-C','closure','2024-08-05','Bankside')
tri('C006-A','assessment','2024-04-09','Westmoor')
tri('C007-A','assessment','2024-04-22','Hillcrest'); tri('C007-C','closure','2024-11-04','Hillcrest')
tri('C008-A','assessment','2024-05-13','Bankside')
tri('C009-A','assessment','2024-03-04','Westmoor'); tri('C009-C','closure','2024-09-23','Westmoor')
tri('C010-A','assessment','2024-05-28','Hillcrest')
tri('C011-A','assessment','2024-03-11','Bankside'); tri('C011-C','closure','2024-10-14','Bankside')
tri('C012-A','assessment','2024-06-10','Westmoor')
tri('C013-A','assessment','2024-02-26','Hillcrest')
tri('C014-A','assessment','2024-04-29','Bankside')
tri('C015-A','assessment','2024-01-15','Westmoor'); tri('C015-C','closure','2024-07-29','Westmoor')
tri('C016-A','assessment','2024-06-17','Hillcrest')

B = []  # boxed: (triage_id, level, text, codes, traps)
def box(tid, lvl, text, codes, traps=()): B.append((tid, lvl, text, codes.split(), list(traps)))

# ---------------- C001 Okafor (Grace, Daniel 14, Esther 4) ----------------
box('C001-A','green',"Nursery shared that Esther (4) is using mostly single words and people outside the family find her hard to understand. She is still in nappies during the day and Grace said she \"hasn't had the time to crack potty training\". Esther's key person has started a small talking group with her twice a week.",
    'EYD')
box('C001-A','yellow',"Grace said she can't get Daniel (14) to go in most mornings and his attendance has dropped to 71% since September. Daniel said he gets panicky and feels sick on Sunday nights and worries that other pupils are laughing at him. There is no indication that he is being bullied; he could not name anyone who had said anything to him. School have asked for early help to support a return-to-school plan.",
    'EDU-ATT MH-CHILD', ['negation: no indication (SAFE-EXP)'])
box('C001-A','orange',"Grace has been served a notice seeking possession by the housing association because of £1,450 of rent arrears. Her Universal Credit is being cut each month to pay back an old overpayment and she said \"we're always skint by the middle of the month\". She has been leaving her post unopened since Christmas.",
    'HOUS FIN')
box('C001-A','red',"N/A – no statutory involvement and none indicated at this time.", '', ['N/A box'])
box('C001-C','blue',"Grace agreed a repayment plan with the housing association and is paying £12 a week towards the arrears, and the possession notice has been withdrawn. She now opens her post straight away and checks her UC statement every month.",
    'FIN', ['closure: now managing (FIN) counts','historical: notice withdrawn (HOUS)'])
box('C001-C','green',"Daniel's attendance has risen to 92% this term and he is going in on the bus by himself, though he stays on the school's attendance support plan until Christmas. He continues to see the school counsellor every Tuesday and said he feels \"a lot calmer about Mondays now\". Esther is now putting two or three words together and nursery are continuing her talking group; she is dry during the day.",
    'EDU-ATT MH-CHILD EYD')
box('C001-C','yellow',"None – no needs remaining at extra help level at closure.", '', ['N/A box'])

# ---------------- C002 Kowalski (Tomasz, Anna, Kacper 16, Zofia 9) ----------------
box('C002-A','yellow',"Kacper (16) dropped out of his college course in November and has not found any work or training since. He told me he \"didn't see the point\" of the course and would like to earn his own money but doesn't know where to start. Both parents work shifts at a distribution centre and said money is not an issue for them. The early help worker will link Kacper with the youth employment team.",
    'EDU-NEET', ['conv11: 16+ NEET only, no FIN','conv5: shift work not FIN','negation: not an issue (FIN)'])
box('C002-A','green',"Zofia's (9) SENCO advised that she has a speech sound difficulty and sees the speech and language therapist in school each half-term; she is on SEN support. Anna shared that Zofia still wets the bed three or four nights a week and the school nurse has given them a leaflet about it.",
    'EDU-SEND PH', ['conv9: school-age speech -> EDU-SEND','conv9: school-age bedwetting -> PH'])
box('C002-A','orange',"Police were called to the house twice in January after Kacper punched holes in his bedroom door and shoved his mum into the banister when she refused to give him money. Anna said she is frightened of him when he loses his temper but does not want him to leave home. Tomasz said he and Anna are united and do not argue between themselves.",
    'REL-PAR CRIME', ['conv8: child-to-parent violence -> REL-PAR+CRIME, not DA','negation: do not argue (REL-CONF)'])

# ---------------- C003 Begum (Shirin, Rafiq, Ayaan 11, Maryam 7, Idris 8m) ----------------
box('C003-A','yellow',"Shirin shared that she has felt very low since Idris was born eight months ago, cries most days and finds it hard to leave the flat. Her GP has started her on antidepressants and she is on the waiting list for talking therapies. Ayaan (11) said he makes breakfast for his sister Maryam (7) and walks her to school on the days Mum can't get up, and he often does the cooking. A referral has been made to the young carers service.",
    'MH-ADULT CARER')
box('C003-A','orange',"The family of five live in a one-bedroom flat above a takeaway and the three children use the living room as their bedroom. There is black mould around the bedroom window and the landlord has ignored their repair requests since October. Rafiq was handed a section 21 notice in January.",
    'HOUS')
box('C003-C','blue',"Shirin continues to take her antidepressants and has finished eight sessions of talking therapies. She said she feels \"like myself again\".",
    'MH-ADULT')
box('C003-C','green',"Ayaan goes to the young carers club at school every Wednesday and still helps with Maryam in the mornings, though Rafiq now does the school run. Ayaan said he now has time for football after school.",
    'CARER')
box('C003-C','orange',"The family moved into a three-bedroom housing association house in May and the private tenancy has ended. There are no outstanding housing needs.",
    '', ['historical: housing issue over (HOUS)'])

# ---------------- C004 Mensah/Clarke (Abena, Lee, Kojo 15, Nia 12) ----------------
box('C004-A','orange',"Kojo (15) has been missing overnight three times since January and was last found by police in a flat in Ashbury. He has been seen getting into cars with older males and came home with a second phone he won't explain. When he was found he had wraps of crack cocaine on him and he has been released under investigation for possession with intent to supply.",
    'SAFE-EXP CRIME', ['conv12: drugs on exploited child -> SAFE-EXP+CRIME, not SUB','conv7: police finding missing child not CRIME by itself'])
box('C004-A','red',"A strategy meeting was held on 14 March and a section 47 enquiry has begun because of concerns that Kojo is being criminally exploited. Abena and Lee are working with the social worker and a safety plan is in place.",
    'SAFE-EXP')
box('C004-A','yellow',"Nia (12) has been tearful and withdrawn at school since things became difficult at home, and she told her form tutor \"I just want everything to go back to normal\". She is seeing the school's emotional wellbeing practitioner weekly. Nia is also on the waiting list for an assessment with the neurodevelopmental team because school think she may be autistic.",
    'MH-CHILD EDU-SEND')

# ---------------- C005 Hughes (Gareth, Rhys 8, Lily 3; mum Kerry left) ----------------
box('C005-A','yellow',"Gareth told me he drinks a bottle of wine and several cans most nights once the children are asleep. He said \"it's the only way I can switch off\" and accepts it has got out of hand. He has agreed to a referral to the local drug and alcohol service.",
    'SUB')
box('C005-A','green',"Lily (3) has not taken up her funded nursery hours and at her health visitor review she was behind with her talking and her fine motor skills. Rhys's (8) class teacher says he is a happy, settled boy with excellent attendance.",
    'EYD', ['pure good news not coded (EDU-ATT)'])
box('C005-A','orange',"The children's mum, Kerry, moved out in November and she and Gareth now only communicate through solicitors; a family court hearing about contact is listed for April. Gareth said there was never any violence between them, \"just a lot of shouting at the end\". Rhys asks every week when he will next see his mum.",
    'REL-CONF', ['negation: never (DA)'])
box('C005-C','blue',"Gareth has not had a drink for ten weeks and continues to go to a weekly SMART Recovery meeting that he found himself. He and Kerry now arrange contact through a co-parenting app and he said the messages are \"civil, mostly\".",
    'SUB REL-CONF', ['closure: now managing counts (blue)'])
box('C005-C','green',"Lily now goes to nursery three mornings a week and her key person is doing extra language work with her because she is still behind with her words.",
    'EYD')

# ---------------- C006 Whitfield (Sarah, Jo, Alfie 13, Ellie 10) ----------------
box('C006-A','green',"Alfie (13) has an EHCP for autism and attends the specialist resource base at his secondary school. The SENCO says he is settled in the base this year, but he may need a reduced timetable if he struggles with the move up to Year 9.",
    'EDU-SEND', ['hypothetical: may need X if (EDU-ATT)'])
box('C006-A','yellow',"Sarah has fibromyalgia and on bad days she is in too much pain to get out of bed. Ellie (10) said she keeps Alfie company after school, makes the drinks and walks him to his Saturday club so that Mum can rest. Jo works full time, and a young carers assessment has been requested for Ellie.",
    'CARER PH')
box('C006-A','blue',"Jo receives Carer's Allowance for Alfie and said the family budget is in good shape. Sarah's parents visit every weekend and give the mums a break.",
    '', ['conv5: benefit name alone not FIN/CARER','conv12: parent carer not CARER'])
box('C006-A','orange',"Alfie has been sent home on a fixed-term suspension twice this term after hitting a teaching assistant, and the head has warned the mums that he is at risk of permanent exclusion. He is on the CAMHS waiting list for anxiety.",
    'EDU-EXC MH-CHILD')

# ---------------- C007 Brown (Chantelle, ex Jason, Kaleb 6, Lacey 4, Kai 2) ----------------
box('C007-A','red',"At the initial child protection conference on 16 April all three children were made subject to child protection plans under the category of neglect. On the social worker's visit there was no working fridge, rotting food on the worktops and dog mess on the floor, and Kai (2) was found in a heavily soiled nappy.",
    'SAFE-NEG')
box('C007-A','orange',"Police were called in March when neighbours heard Jason shouting and Chantelle screaming; Jason was arrested for assaulting her and the case has been heard at MARAC. Chantelle said she has ended the relationship but he still knows where she lives.",
    'DA', ['conv7: partner arrested for DV -> DA only, not CRIME'])
box('C007-A','yellow',"Kaleb (6) is late most days and has missed 22 sessions this term. School advised that he often arrives hungry and asks staff for toast before lessons.",
    'EDU-ATT SAFE-NEG')
box('C007-A','green',"Lacey (4) is in the nursery class at Kaleb's school and her teacher reports that she says only a few words and isn't toilet trained yet. Kai had his two-year review with the health visitor and there were no concerns.",
    'EYD', ['conv9: under-5 at school -> EYD','negation: no concerns (Kai)'])
box('C007-C','blue',"Chantelle has completed the Freedom Programme and the non-molestation order against Jason remains in place. She said she knows to call 999 straight away if he comes near the house.",
    'DA', ['closure: protective order in place counts (blue)'])
box('C007-C','green',"Kaleb's attendance has improved to 94% and he is rarely late now; school are still checking his attendance with Chantelle every week. Lacey (4) is now using short sentences and the nursery class continues to give her small-group speaking sessions.",
    'EDU-ATT EYD')
box('C007-C','red',"The children's child protection plans ended at the review conference in October and the case has stepped down to early help. Home conditions were clean and well kept on the last three unannounced visits.",
    '', ['historical: CP plans ended, neglect over'])
box('C007-C','yellow',"Chantelle still needs prompting to keep on top of the washing, and the children are sometimes sent to school in stained uniforms. The family support worker continues to visit weekly to help with a cleaning and laundry rota.",
    'SAFE-NEG')

# ---------------- C008 Fowler (grandparents Pat & Derek; Shannon 15, Rio 10) ----------------
box('C008-A','blue',"Pat and Derek have been kinship carers for Shannon and Rio under a special guardianship order since 2021. They go to a kinship carers' support group and said friends from church help out a lot. Pat said that in the event that either of them became ill, Shannon would probably need to help more at home, but at the moment she has no caring role.",
    '', ['conv12: kinship carer not CARER','hypothetical: in the event that (CARER/PH)','negation: no caring role'])
box('C008-A','green',"Derek had heart bypass surgery in February and is still building his strength up, and Pat has arthritis in both knees. Rio (10) has asthma which has been worse this winter and the GP has changed his inhaler.",
    'PH')
box('C008-A','yellow',"The children's mum, Leanne, is in prison for supplying drugs and is due for release in the summer; she does not live with the family. Shannon (15) said she is furious with her mum and has been scratching her arms when she feels overwhelmed, and she has agreed to see the school counsellor. She has been sent to the isolation room twice this month for walking out of lessons. Shannon had previously been bullied at primary school but said that ended when she moved schools.",
    'MH-CHILD EDU-EXC', ['conv6: parent outside household not CRIME/SUB','historical: had previously (SAFE-EXP)'])
box('C008-A','orange',"Shannon has been messaged by a man she met on a gaming app who sent her explicit pictures and asked her to send photos of herself. She has blocked him and the school's safeguarding lead has reported the account. Shannon said \"I honestly thought he was seventeen\".",
    'SAFE-EXP')

# ---------------- C009 Yusuf (Fatima; Abdi 17, Hodan 13, Yusra 5) ----------------
box('C009-A','blue',"Fatima said the money runs out before the end of the month and she has been turning the heating off to save on gas. She was given the number for her energy supplier's hardship fund and rang them the same day.",
    'FIN')
box('C009-A','yellow',"Abdi (17) finished his GCSEs last summer and has not started college, work or training. He told the worker he would like to be an electrician but doesn't know how to get there, and he said he does not currently drink or smoke anything. The early help worker will refer him to the youth employment hub.",
    'EDU-NEET', ['negation: not currently (SUB)','conv11: NEET only'])
box('C009-A','green',"School advised that Hodan (13) is late most mornings because she misses the school bus, and her attendance is 86%. Yusra (5) is in Year 1 and is on SEN support because she is working well below the level of her class.",
    'EDU-ATT EDU-SEND')
box('C009-A','orange',"Fatima's Universal Credit was stopped for six weeks after a missed appointment and she is £600 behind with the rent; the landlord has served a notice seeking possession. She said \"the cupboards are empty, we've been eating at my sister's most nights\".",
    'FIN HOUS SAFE-NEG', ['conv10: empty cupboards -> SAFE-NEG as well as FIN'])
box('C009-C','blue',"Fatima's Universal Credit was reinstated in April and the rent arrears were cleared in full with a Discretionary Housing Payment. She said \"for the first time in ages I'm not panicking about money\".",
    '', ['historical: arrears cleared (FIN)','conv5: benefit names alone'])
box('C009-C','green',"Abdi is no longer NEET: he started a plumbing course at college in September and says he loves it. Hodan's attendance is now 95% since she started catching the earlier bus, and she still has a weekly check-in with the attendance officer.",
    'EDU-ATT', ['historical: no longer NEET','closure: now managing attendance counts (green)'])
box('C009-C','yellow',"Yusra continues on SEN support and now has a weekly session with a learning support assistant.",
    'EDU-SEND')

# ---------------- C010 Reid (Marcus, Donna, Jerome 14, Naomi 9) ----------------
box('C010-A','orange',"Jerome (14) had a five-day suspension for fighting and has now started a managed move to another secondary school. He is on a referral order from the youth court for a robbery in the park and sees his YOS worker every week.",
    'EDU-EXC CRIME')
box('C010-A','yellow',"Marcus and Donna feel they have lost control of Jerome at home: he comes in well after his curfew, ignores the rules they set and swears at them when challenged. They have both agreed to attend a parenting course for parents of teenagers. Marcus said he had a drinking problem in the past but has been sober for six years.",
    'REL-PAR', ['historical: in the past (SUB)'])
box('C010-A','green',"Naomi (9) was diagnosed with epilepsy in the spring and the school nurse has written a healthcare plan with Donna. Donna said Naomi has had two seizures at home this term and is tired for a day afterwards.",
    'PH')

# ---------------- C011 Price (Michelle; Skye 15, Harvey 14m; ex Dean) ----------------
box('C011-A','red',"Skye (15) has been on a child in need plan since February, after she took an overdose and told hospital staff that her mum drinks every day. Michelle accepts she gets through most of a bottle of vodka every two days and has begun a community detox.",
    'MH-CHILD SUB')
box('C011-A','orange',"Dean, Michelle's ex-partner and Harvey's father, no longer lives with the family but turned up drunk in February and threatened Michelle in front of the children. He was arrested and a domestic violence protection order was granted.",
    'DA', ['conv6: ex-partner drinking not SUB','conv7: arrest for DV -> DA only'])
box('C011-A','green',"Harvey (14 months) is not yet pulling himself up or babbling and the health visitor has referred him to the child development centre. Michelle said she has no worries about her own mood, but she has had back pain since the birth and is waiting for physio.",
    'EYD PH', ['negation does not reach later clause (MH-ADULT negated, PH present)'])
box('C011-C','blue',"Michelle has been free from alcohol since June and no longer goes to the alcohol service. She has joined a local mums' group and said she has \"a proper support network now\".",
    '', ['historical: free from / no longer (SUB)'])
box('C011-C','orange',"Skye continues to be seen by CAMHS every fortnight and there have been no further overdoses. She said she still has bad days but now talks to her mum when she feels low.",
    'MH-CHILD')

# ---------------- C012 Walsh (Amy, Connor; Sean 16, Erin 11, Niamh 7) ----------------
box('C012-A','yellow',"Sean (16) started a bricklaying apprenticeship in September but his employer has told him he could lose his place because he keeps not turning up. Connor said Sean smokes cannabis every day with his mates.",
    'EDU-NEET SUB')
box('C012-A','green',"Erin (11) admitted to Amy that she has tried vaping with friends. Erin also said she is being picked on by girls in her class, who leave her out and laugh at her on the walk home. Niamh (7) is above a healthy weight for her age and the school nurse has referred her to the family healthy-lifestyle programme.",
    'SAFE-EXP PH', ['conv12: vaping not SUB'])
box('C012-A','orange',"Connor was made redundant in January and the family have fallen behind on their gas and electricity. They have used the food bank three times and bailiffs have called about an old council tax debt.",
    'FIN', ['conv10: food bank -> FIN only'])
box('C012-A','blue',"Amy and Connor said they have been bickering much more since the start of the year. They have read the online relationship advice we sent and set aside an evening each week to talk. Both said there has never been any violence or controlling behaviour between them.",
    'REL-CONF', ['negation: never (DA)'])

# ---------------- C013 Sharma (Priya, Vikram; Arjun 12, Anika 3) ----------------
box('C013-A','green',"Anika (3) has been offered a funded nursery place, but Priya has not taken it up as she would rather keep her at home. The health visitor is concerned that Anika has not yet had her two-year development review. A previous concern about Anika's weight was resolved last summer.",
    'EYD', ['historical: was resolved (PH)'])
box('C013-A','yellow',"Arjun (12) told his teacher that boys in his year have been calling him names and posting about him in a group chat. He said he feels \"rubbish about myself\" and doesn't want to go in on Mondays, and his attendance has slipped to 88%. The early help worker will do some self-esteem work with him.",
    'SAFE-EXP MH-CHILD EDU-ATT')
box('C013-A','orange',"Vikram has been diagnosed with PTSD since a serious car crash and is under the community mental health team. In January the crisis team visited after he told his GP he had thoughts of ending his life.",
    'MH-ADULT')
box('C013-A','blue',"Vikram's employer is paying him in full while he is off, until the summer. Priya said that unless he is back at work by then they would have to claim Universal Credit, and she has already looked up how to apply. They are up to date with all their bills at the moment.",
    '', ['hypothetical: unless ... would (FIN)','conv5: benefit name alone'])

# ---------------- C014 Kovalenko (Olena; Dmytro 15, Sofia 8) ----------------
box('C014-A','yellow',"Olena shared that she has had panic attacks and flashbacks since the family fled Ukraine, and she has been referred to a refugee mental health service. Dmytro (15) said he interprets at all of Mum's appointments and does the shopping because she gets too anxious to leave the house. He has been referred to the young carers service.",
    'MH-ADULT CARER')
box('C014-A','orange',"The family were hosted under the Homes for Ukraine scheme, but the placement broke down in April and all three are now in temporary accommodation in one hotel room. Olena said \"we have nowhere to cook and nowhere for the children to do homework\".",
    'HOUS')
box('C014-A','green',"Sofia (8) has had toothache for weeks and is not yet registered with a dentist. School said she is a bright pupil who is picking up English quickly, and that she would be put forward for a SEN assessment should her reading not improve once her English is stronger.",
    'PH', ['hypothetical: should (EDU-SEND)','EAL is not SEND'])
box('C014-A','blue',"Olena is looking for work and has enrolled herself on a free English class at the library. She said she would like help to write a CV in English.",
    'FIN')

# ---------------- C015 Turner (Shona, partner Kieran; Callum 9, Piper 2) ----------------
box('C015-A','red',"The family are in pre-proceedings under the PLO because of Shona and Kieran's heroin use. Both are on a methadone script from the drug service and are being tested fortnightly.",
    'SUB')
box('C015-A','orange',"Kieran is on licence after a prison sentence for burglary and reports to probation each week. Shona said she has never been in trouble with the police herself.",
    'CRIME', ['conv7: adult on licence -> CRIME','negation: never'])
box('C015-A','yellow',"Callum (9) often goes to school in a dirty uniform and has been sent home with head lice several times this term. He told his teacher he makes his own tea most nights because \"nobody else does it\".",
    'SAFE-NEG')
box('C015-A','green',"Piper (2) is behind with her immunisations and has missed her last two health visitor appointments. Shona said Piper isn't saying any words yet.",
    'PH EYD')
box('C015-C','blue',"Shona continues to collect her methadone every day and has reduced her dose; her last four drug tests have been clear of heroin. She said \"I'm getting there, one day at a time\".",
    'SUB')
box('C015-C','green',"Piper's immunisations are now up to date and she has started at nursery two days a week. Her key worker is helping with her words as she says only about ten so far.",
    'EYD', ['historical: immunisations now up to date (PH)'])

# ---------------- C016 Hassan (Ahmed, stepmum Rebecca; Zara 16, Omar 14, Yasmin 11) ----------------
box('C016-A','orange',"Omar (14) was reported missing for two nights in May and was found in Ashbury; he is believed to be linked to a county lines group. A multi-agency TAF plan is in place and an NRM referral has been made.",
    'SAFE-EXP')
box('C016-A','yellow',"Zara (16) left sixth form after a month and is not in education, work or training. She told the worker she has been feeling \"empty\" and stays in her room most of the day. There is no indication that Zara has been targeted for exploitation. Ahmed has been out of work since the factory closed and the family are relying on Universal Credit.",
    'EDU-NEET MH-CHILD FIN', ['conv11: FIN only for adult worklessness','negation: no indication (SAFE-EXP)'])
box('C016-A','green',"Yasmin (11) has an ADHD diagnosis and the SENCO has put an individual support plan in place. She has been placed in internal isolation three times this half-term for disrupting lessons.",
    'EDU-SEND EDU-EXC')
box('C016-A','blue',"Rebecca and Zara still clash over house rules, but they have agreed to a weekly family meeting to talk things through. Ahmed and his ex-wife disagree about Omar's contact weekends and keep their messages to text only.",
    'REL-PAR REL-CONF', ['conv6: ex-wife outside household, but the contact dispute is the family\'s need (REL-CONF)'])

# ================= Unboxed notes =================
U = []  # (stage, date, locality, text, codes, level, traps)
def note(stage, date, loc, text, codes, level, traps=()): U.append((stage, date, loc, text, codes.split(), level, list(traps)))

note('assessment','2024-01-09','Westmoor',"Mum (Tracey Dobbs) called the Hub after the police brought Mason (14) home at 2am; he had been with a group throwing stones at buses and has been given a community resolution. School said Mason has had two fixed-term suspensions this year for defiance and a managed move is being discussed.",
     'CRIME EDU-EXC','orange')
note('assessment','2024-01-17','Hillcrest',"Mr and Mrs Chen have separated and cannot agree where Lucy (8) should live during the week. Lucy has heard them shouting at each other at handovers. They have agreed to try family mediation.",
     'REL-CONF','yellow')
note('assessment','2024-06-05','Bankside',"Strategy meeting held today after Kyra (13) was found by her dad and uncle in a car with two adult men at 3am, having gone missing earlier that evening. She had a new phone and cash that she would not explain. Section 47 enquiries have started.",
     'SAFE-EXP','red')
note('closure','2024-03-27','Westmoor',"Closure note. Hannah has stuck to the budget plan she made and is paying £20 a week off her council tax arrears. She used an online benefits calculator herself and found she could claim Council Tax Reduction.",
     'FIN','blue')
note('assessment','2024-02-13','Hillcrest',"Dad (Paul Adeyemi) has been raising Joshua (10) and Abigail (6) on his own since their mum died last year. He said he is on antidepressants and has been struggling to get the children to bed before 11pm, with Joshua refusing to hand over his tablet. An early help worker will help him set up a bedtime routine.",
     'MH-ADULT REL-PAR','yellow')
note('assessment','2024-03-12','Bankside',"MARAC referral made for Nicola after her husband put his hands round her neck during an argument on Saturday; he was arrested and bailed not to contact her. Nicola said he also keeps her bank card and decides what she can spend.",
     'DA','orange',['conv7: arrest for DV -> DA only','conv8: argument as part of abuse -> DA only','economic abuse not FIN'])
note('assessment','2024-09-10','Westmoor',"Ellis (16) has not been in education or work since leaving school in July; his mum said he spends his days gaming and won't look at college courses. A youth worker will meet Ellis weekly.",
     'EDU-NEET','yellow')
note('assessment','2024-05-02','Hillcrest',"Ava (5) and Theo (3) were accommodated with foster carers under section 20 after Mum (Jolene) was detained under the Mental Health Act following a psychotic episode. The foster carer says Theo is not toilet trained and has very little speech. Ava is settling well in her Year 1 class.",
     'MH-ADULT EYD','red',['conv12: foster carer not CARER','pure good news (Ava)'])
note('closure','2024-06-24','Bankside',"Closure note for Rachel. She said the arguments with her ex about contact stopped when he moved away last year. Bedtimes with Ethan (7) are still a battle some nights, but she is using the tips from the parenting website she was given and says they are calmer.",
     'REL-PAR','blue',['historical: stopped last year (REL-CONF)','mixed past + current'])
note('assessment','2024-04-16','Westmoor',"The housing officer confirmed the family have been served a possession notice for antisocial behaviour after repeated complaints about Reece (15) and his friends setting fire to the communal bins and shouting abuse at neighbours. Mum (Sharon) said \"he won't listen to a word I say\" and she has stopped setting any rules.",
     'HOUS CRIME REL-PAR','orange')
note('assessment','2024-02-28','Hillcrest',"Joanne has been referred to Citizens Advice for help with around £4,000 of catalogue and payday loan debt. She said she has been skipping meals herself to make the money stretch. The children are well fed and there are no concerns about the home.",
     'FIN','yellow',['conv10: adult skipping meals is FIN, not SAFE-NEG','negation: no concerns (SAFE-NEG)'])
note('assessment','2024-10-01','Bankside',"Bella (15) is open to CAMHS after cutting her arms and has a safety plan at home and at school. Her dad (Steve) admits he still drinks eight cans most nights and has not taken up the drug and alcohol service referral.",
     'MH-CHILD SUB','orange')
note('assessment','2024-07-02','Westmoor',"At the ICPC the children were made subject to child protection plans under emotional abuse; they have seen Dad assault Mum several times, including him smashing the TV during one incident. Dad has left and a non-molestation order is in place. Mum said she is \"always on edge\" and has started counselling for anxiety.",
     'DA MH-ADULT','red')
note('assessment','2024-03-05','Hillcrest',"Liam (12) has been caring for his mum, who has multiple sclerosis, since he was nine: he helps her in and out of the bath and does the washing. He said he is tired in lessons and sometimes misses school when Mum has a bad day. He has been referred to the young carers service.",
     'CARER PH EDU-ATT','yellow')
note('closure','2024-07-18','Bankside',"Closure: Amira (14) is on a phased return after several months of school refusal; her attendance is 80% this half-term and she is adding one extra afternoon each week. School said she continues to use the quiet room at lunchtimes when her anxiety is high.",
     'EDU-ATT MH-CHILD','green')
note('assessment','2024-04-24','Westmoor',"Police attended in April after Kane (16) smashed his bedroom window and threatened his mum (Lorraine) with a kitchen knife. Lorraine said she is frightened of him and does not know how to set limits any more. Kane denies using cannabis. He has an EHCP for a moderate learning difficulty.",
     'REL-PAR CRIME EDU-SEND','orange',['conv8: child-to-parent violence -> REL-PAR+CRIME, not DA','negation: denies (SUB)'])
note('assessment','2024-11-12','Hillcrest',"Gemma and Ryan have split up after eight years but are still living together until Ryan finds somewhere to rent. Gemma said they row most nights but she does not feel unsafe and there is no abuse. She is on a zero-hours contract and they are £300 behind on the electricity. If Ryan can't find a place by March they may have to ask the council for help with housing. The family support worker has helped them draw up a plan for the children's care.",
     'REL-CONF FIN','yellow',['negation does not reach later clause (DA negated, FIN present)','hypothetical: if ... may have to (HOUS)'])
note('assessment','2024-05-21','Westmoor',"GP letter: Dad (Hamid) has kidney failure and goes for dialysis three times a week. His daughter Noor (13) stays off school on dialysis days to look after her little brother and get Dad's meals ready, and school have flagged her attendance at 81%.",
     'PH CARER EDU-ATT','green')
note('assessment','2024-08-20','Bankside',"Baby Oliver (6 weeks) is on a child protection plan. Mum (Courtney, 19) has postnatal depression and is under the perinatal mental health team, and at the last visit there were dirty bottles everywhere and no clean clothes for the baby. Courtney's partner, who lives with them, is on probation after a conviction for handling stolen goods.",
     'MH-ADULT SAFE-NEG CRIME','red',['conv7: household adult on probation -> CRIME'])
note('assessment','2024-06-19','Hillcrest',"Early help worker visit: Kayden (4) is still in nappies and Danielle has not taken up his free nursery place because she is worried he won't cope without her. The house smelled strongly of dog urine and Kayden was in a nappy that had not been changed for some time.",
     'EYD SAFE-NEG','yellow')
note('assessment','2024-09-03','Bankside',"Joint visit with the YOS officer: Tyrese (15) is on a referral order for carrying a knife and his mum said he is \"running with older lads\" and has gone missing twice this month. He has had two suspensions this term and school have put him on a part-time timetable.",
     'CRIME SAFE-EXP EDU-EXC EDU-ATT','orange')
note('assessment','2024-01-25','Westmoor',"Nursery manager reports that Poppy (3) often arrives in the same clothes several days running, smelling of urine and with untreated head lice, and is usually very hungry at breakfast.",
     'SAFE-NEG','green')
note('assessment','2024-12-03','Hillcrest',"Family support worker visit: the flat is freezing because the boiler has been broken for three weeks and the landlord won't send anyone out, and there is mould on the children's bedroom wall. Mum (Siobhan) said money isn't the problem: \"I'd happily pay for the heating if it worked\".",
     'HOUS','yellow',['cold home from disrepair -> HOUS, not FIN','negation (FIN)'])
note('assessment','2024-03-19','Bankside',"Multi-agency TAF plan agreed for the Ali family. Dad (Imran) was dismissed in February, has been drinking heavily since, and the family are £2,300 behind with the rent. Mum (Samina) has bipolar disorder and stopped taking her medication last month.",
     'FIN SUB MH-ADULT','orange')
note('assessment','2024-10-15','Westmoor',"Kerry-Ann has been referred to the drug and alcohol service after telling the early help worker that she takes cocaine most weekends while the children are at their dad's. She said she used to drink heavily but stopped in 2022, and that she has never used drugs in front of the children.",
     'SUB','yellow',['historical: used to (alcohol)','mixed past + current'])
note('closure','2024-04-11','Hillcrest',"Closure: Harley (9) is still on a behaviour plan at school and had one internal exclusion this term, but his teacher feels he is managing much better with a daily check-in.",
     'EDU-EXC','green')
note('assessment','2024-02-07','Bankside',"A child in need plan is in place for Logan (11), who has cerebral palsy and uses a wheelchair. His sister Ella (14) helps with his personal care every evening and gets him ready for bed while Mum is at work.",
     'PH CARER','red')
note('assessment','2024-08-06','Westmoor',"A Clare's Law disclosure showed that Marie's new partner has convictions for violence against two previous partners, and Marie said he checks her phone and won't let her see her friends. She has been referred to MARAC. Marie said Jack (8) has started hitting his little sister and she doesn't know how to handle him.",
     'DA REL-PAR','orange')
note('assessment','2024-11-26','Hillcrest',"Annual review with the SENCO: Felix (14) has dyslexia and dyspraxia and gets extra time and a laptop in lessons. Mum said she used to worry that he would be excluded, but there have been no behaviour incidents at all this year.",
     'EDU-SEND','green',['historical/hypothetical worry + negation (EDU-EXC)'])
note('assessment','2024-05-08','Bankside',"Mum (Tasha) rang for advice because Jordan (13) has been getting nasty messages on Snapchat from a girl he knows. She has blocked the account with him and read the online safety guide we sent over.",
     'SAFE-EXP','blue')
note('assessment','2024-07-09','Westmoor',"The family of six were evicted under a possession order in May and are in temporary accommodation twenty miles from the children's school. Mum (Precious) said the children have missed a lot of school because the bus fares come to £15 a day and she can't afford them.",
     'HOUS EDU-ATT FIN','orange')
note('assessment','2024-10-22','Hillcrest',"A managed move has been agreed for Kelsey (13) after a second fixed-term exclusion for swearing at staff. Her parents, Nadia and Gavin, separated in the summer and argue about who should go to school meetings; Kelsey said she feels \"stuck in the middle\".",
     'EDU-EXC REL-CONF','orange')
note('closure','2024-09-17','Westmoor',"Closure: Jamie (17) has not found an apprenticeship since dropping out of his course at Easter, but he is applying online every week and uses the National Careers Service website on his own.",
     'EDU-NEET','blue')
note('assessment','2024-06-26','Bankside',"Family support worker visit: Ewa said she and Piotr have barely spoken for a month except to argue about his working hours, and he is sleeping at his brother's. She said he has never hit her or tried to control her. Zuzanna (9) has started wetting the bed again.",
     'REL-CONF PH','yellow',['negation does not reach later clause (DA negated, PH present)','conv9: school-age bedwetting -> PH'])
note('assessment','2024-04-03','Hillcrest',"Child in need plan agreed for Jodie (16), who has not been in school, college or training since Year 11 ended. She has been sofa surfing between friends' houses since a row with her mum in March and they are no longer speaking.",
     'EDU-NEET HOUS REL-PAR','red',['"no longer" describing a current problem'])
note('closure','2024-12-10','Westmoor',"Closure summary: Deshawn (16) is still not in education or training, but he now goes to a weekly pre-employment course at the youth centre with his early help worker. His mum (Alicia) has started a new job as a carer in a care home.",
     'EDU-NEET','yellow',['"carer" as a job is not CARER','conv11: no FIN'])
note('closure','2024-08-28','Bankside',"Closure: Hayley continues to see her GP about her anxiety and says she feels much safer now that the non-molestation order against her ex-partner has been extended until 2026; he has kept away since it was made.",
     'MH-ADULT DA','green')
note('assessment','2024-02-21','Westmoor',"Sana has started the Freedom Programme with support from her early help worker after leaving a controlling relationship with the children's father in January. She said \"he still texts me fifty times a day asking where I am\".",
     'DA','yellow')
note('closure','2024-11-05','Hillcrest',"Closure: Bilal (12) still helps his grandad, who lives with the family, to get washed and dressed each morning. His aunt now comes round on Friday evenings so that Bilal can go to football.",
     'CARER','blue')

note('assessment','2024-12-11','Bankside',"Early help worker visit to Lorna and her three children in a two-bedroom flat: the two boys share a single bed and the baby sleeps in Lorna's room, and the council has confirmed the family are statutorily overcrowded. Cody (10) has been going to school without a coat or any breakfast most days this winter.",
     'HOUS SAFE-NEG','yellow')
note('assessment','2024-10-08','Westmoor',"Referral made to the young carers service for Mollie (13), who sits up with her dad at night when his epilepsy is bad and makes sure he takes his tablets. Her SENCO says Mollie has an EHCP for a hearing impairment and is often exhausted in the mornings.",
     'CARER PH EDU-SEND','yellow')
note('assessment','2024-05-15','Hillcrest',"Strategy meeting held after Mum (Dionne) disclosed that her husband hit her with a belt in front of the children last week; he has been bailed to live elsewhere. Her son Reuben (12) has had three fixed-term suspensions since September for fighting in the playground.",
     'DA EDU-EXC','red',['conv7: arrest/bail for DV -> DA only, not CRIME'])

# ---------------- write ----------------
narr, gold, traps = [], [], {}
for tid, lvl, text, codes, tr in B:
    stage, date, loc = T[tid]
    nid = f"{tid}-{lvl}"; case = tid[:4]
    narr.append([nid, tid, case, stage, date, lvl, loc, text])
    for c in codes: gold.append([nid, c, lvl])
    traps[nid] = tr
for i, (stage, date, loc, text, codes, lvl, tr) in enumerate(U, 1):
    nid = f"Z{i:03d}"
    narr.append([nid, nid, nid, stage, date, '', loc, text])
    for c in codes: gold.append([nid, c, lvl])
    traps[nid] = tr

with open('narratives.csv','w',newline='',encoding='utf-8') as f:
    w = csv.writer(f, lineterminator='\r\n'); w.writerow(['narrative_id','triage_id','case_id','stage','date','level','locality','narrative']); w.writerows(narr)
with open('gold.csv','w',newline='',encoding='utf-8') as f:
    w = csv.writer(f, lineterminator='\r\n'); w.writerow(['narrative_id','code','level']); w.writerows(gold)

# summary for README
cc = collections.Counter(g[1] for g in gold); lc = collections.Counter(g[2] for g in gold)
print('narratives', len(narr), 'boxed', len(B), 'unboxed', len(U), 'triages', len(T), 'gold rows', len(gold))
print('per code', sorted(cc.items())); print('per level', lc)
nt = [k for k,v in traps.items() if v]; print('narratives with traps', len(nt), f'{len(nt)/len(narr):.0%}')
tc = collections.Counter()
for v in traps.values():
    for t in v: tc[t.split(':')[0].split(' (')[0]] += 1
print(tc.most_common())
nocode = [n[0] for n in narr if n[0] not in {g[0] for g in gold}]; print('no-code', nocode)
import json; json.dump(traps, open('traps.json','w'), indent=1)
