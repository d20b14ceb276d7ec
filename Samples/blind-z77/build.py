#!/usr/bin/env python3
"""Hand-written blind gold set: primary-age families in a market town, 2025-26.
Every narrative, gold code and trap note is written by hand below."""
import csv, json, os

HERE = os.path.dirname(os.path.abspath(__file__))

# (case, stage, date, level, locality, text, [codes], [(trap_type, note)])
B = []
def box(case, st, date, lvl, loc, text, codes, traps=()):
    B.append((case, st, date, lvl, loc, text, codes, list(traps)))

# ---------------- E201 sleep, punctuality ----------------
box("E201","A","2025-09-22","green","Kingsmead",
 "Lily-Mae (6) is in Year 2 at Bridgefoot Primary. Class teacher says she is yawning and drifting off by mid-morning; mum says she is rarely asleep before 10pm and is up again in the night. School nurse has offered a sleep clinic slot.",
 ["PH"])
box("E201","A","2025-09-22","yellow","Kingsmead",
 "Lily-Mae on 84% since the start of term with 11 late marks, mostly Mondays. Mum Chantelle says the mornings fall apart as she is also getting baby Archie (14 months) up and fed. FSW to do a morning and bedtime routine plan with mum.",
 ["EDU-ATT","REL-PAR"],
 [("outside","baby sibling named but no early-years need described, so no EYD")])
box("E201","C","2026-02-10","blue","Kingsmead",
 "Chantelle sticking with the bedtime chart and Lily-Mae is asleep by half eight most nights, no longer nodding off in lessons. Mum knows she can go back to the school nurse if it slips.",
 ["PH","REL-PAR"],
 [("hypothetical","'if it slips' is conditional; the sleep routine itself is being managed (blue)")])
box("E201","C","2026-02-10","green","Kingsmead",
 "Spring term attendance 95% with one late. Attendance officer keeping her on the usual light-touch check.",
 ["EDU-ATT"])

# ---------------- E202 bullying, anxiety, dyslexia ----------------
box("E202","A","2025-10-06","green","Abbeygate",
 "Noah (9), Y5 at St Aldhelm's CofE Primary. SENCO has him on SEN support for dyslexia with a reading catch-up group three times a week. Attendance is 97% and nobody has any worries about it.",
 ["EDU-SEND"],
 [("negated","attendance explicitly fine")])
box("E202","A","2025-10-06","yellow","Abbeygate",
 "A group of Y6 boys have been picking on Noah at lunch and on the walk home, calling him names and throwing his bag in the brook. He is now clingy at the gate and says he is scared to go in. Learning mentor to see him weekly about worries and friendships.",
 ["SAFE-EXP","MH-CHILD"],
 [("outside","the Y6 boys are outside the household: no CRIME, only the effect on Noah (bullying)")])
box("E202","C","2026-03-02","blue","Abbeygate",
 "Noah says the name-calling stopped once the lunchtime rota changed and he has made a new friend in class. Mum has the school's anti-bullying leaflet and knows who to ring.",
 [],
 [("historical","bullying described as stopped")])
box("E202","C","2026-03-02","green","Abbeygate",
 "Reading catch-up continues under SEN support. Noah is less worried about coming in and still uses the worry box in class.",
 ["EDU-SEND","MH-CHILD"])

# ---------------- E203 separation, new partner, behaviour at home ----------------
box("E203","A","2025-09-15","yellow","Millbrook",
 "Dean and Kerry separated over the summer and Dean has gone back to his mum's in Tanners Cross. Handovers keep turning into shouting matches on the doorstep in front of the children. Referred to Ashbury Family Mediation.",
 ["REL-CONF"])
box("E203","A","2025-09-15","green","Millbrook",
 "Ellie (7) and Mason (10) both at Castle Mead Primary. Since dad left, Mason slams doors, swears at Kerry and won't come in for tea. His class teacher has seen no change in his behaviour in school.",
 ["REL-PAR"],
 [("negated","no change in school behaviour: not EDU-EXC")])
box("E203","C","2026-01-26","blue","Millbrook",
 "Handovers now happen at the leisure centre car park and the rows have calmed; Dean and Kerry use a co-parenting app for contact. Kerry has a new partner, Jordan, who has not moved in, and she is introducing him slowly.",
 ["REL-CONF"],
 [("lookalike","a new partner is not itself an issue")])
box("E203","C","2026-01-26","yellow","Millbrook",
 "Mason still fights bedtime and threw the TV remote at Kerry last week. Kerry has a place on the Steps to Calm parenting course from February.",
 ["REL-PAR"],
 [("lookalike","child-to-parent aggression is REL-PAR, not DA")])

# ---------------- E204 FSM, holiday hunger ----------------
box("E204","A","2025-11-03","green","Tanners Cross",
 "Kayden (8) and Ruby (5) are at Wolvesey Primary and both get free school meals. Mum Stacey says day-to-day money is fine and uniform is sorted.",
 [],
 [("lookalike","free school meals named with no money problem: no FIN"),("negated","money fine")])
box("E204","A","2025-11-03","yellow","Tanners Cross",
 "Over October half term Stacey ran out of food by the Wednesday and the children had cereal for tea two nights running. Her UC was sanctioned in September and she owes £600 council tax. FSW referred to Citizens Advice and the Pantry at Kingsmead Family Hub.",
 ["SAFE-NEG","FIN"])
box("E204","C","2026-04-20","blue","Tanners Cross",
 "Stacey uses the Pantry every Friday and is paying the council tax back at £25 a month. She booked both children into the Easter holiday club, which gives them a hot lunch.",
 ["FIN"])
box("E204","C","2026-04-20","green","Tanners Cross",
 "Both children attending well and having a school dinner every day; staff have had no worries about hunger since Christmas.",
 [],
 [("historical","hunger concerns over since Christmas"),("lookalike","'attending well' is pure good news")])

# ---------------- E205 young carer, mum with MS ----------------
box("E205","A","2025-10-13","yellow","Kingsmead",
 "Aisha (10) helps her mum Farida, who has MS, to get dressed in the mornings and does the big shop with her older brother. Teachers say she is often late and worn out. Referral made to Kingsmead Young Carers.",
 ["CARER","PH","EDU-ATT"])
box("E205","A","2025-10-13","green","Kingsmead",
 "Farida sees her GP and the MS nurse regularly and gets PIP; she says the household is managing fine for money.",
 ["PH"],
 [("lookalike","PIP alone is not FIN"),("negated","money fine")])
box("E205","C","2026-03-16","blue","Kingsmead",
 "Aisha goes to young carers club on Thursdays and gets a break. Farida's sister now pops in each morning to help with her personal care.",
 ["CARER","PH"],
 [("outside","the aunt is outside the household; her help is the family's network")])

# ---------------- E206 mum's anxiety, toddler speech, past DA ----------------
box("E206","A","2025-09-29","green","Abbeygate",
 "Oscar (3) does 15 hours at Little Acorns nursery. HV review found he has about 15 words and he is waiting for speech and language therapy. His sister Poppy (6) is flying at school.",
 ["EYD"],
 [("lookalike","Poppy's good news is not coded")])
box("E206","A","2025-09-29","yellow","Abbeygate",
 "Mum Jade reports low mood and panic attacks since moving here and her GP has started her on sertraline. Her relationship with the children's father ended in 2022 because of domestic abuse; there has been no contact since. EHW to link her with Talking Therapies.",
 ["MH-ADULT"],
 [("historical","DA ended in 2022, no contact since")])
box("E206","C","2026-02-23","blue","Abbeygate",
 "Jade is doing Talking Therapies online and uses breathing exercises when the panic comes. Her mum lives round the corner and picks Poppy up twice a week.",
 ["MH-ADULT"],
 [("outside","grandmother helping out is not an issue")])
box("E206","C","2026-02-23","green","Abbeygate",
 "Oscar now has a block of SaLT sessions at nursery and is starting to put two words together.",
 ["EYD"])

# ---------------- E207 hygiene, uniform, neglect, housing, dad drinking ----------------
box("E207","A","2025-11-17","yellow","Millbrook",
 "Tyler (7) comes in most days in the same grubby uniform, smelling strongly and with unwashed hair. He told the TA there is no hot water at home this week.",
 ["SAFE-NEG"])
box("E207","A","2025-11-17","orange","Millbrook",
 "At the home visit the washing machine was broken, rubbish bags were piled in the kitchen and there was black mould in the children's room. Ashbury Homes report £1,100 rent arrears and have served a notice seeking possession. Dad Lee is drinking most evenings. TAF set up with housing, school and Turning Point.",
 ["SAFE-NEG","HOUS","FIN","SUB"])
box("E207","A","2025-11-17","green","Millbrook",
 "Tyler's sister Maisie (2) has not taken up her funded two-year-old nursery place; HV has given mum the list of settings.",
 ["EYD"])
box("E207","C","2026-05-11","yellow","Millbrook",
 "Lee goes to a weekly Turning Point group and says he has cut down to weekends. Tyler still turns up in dirty clothes about once a week and school wash his uniform.",
 ["SUB","SAFE-NEG"])
box("E207","C","2026-05-11","blue","Millbrook",
 "The rent arrears were cleared with a DHP, the possession notice has been withdrawn and the landlord has treated the mould.",
 [],
 [("historical","arrears cleared, notice withdrawn, mould treated: all over")])

# ---------------- E208 suspension, ADHD pathway, boundaries ----------------
box("E208","A","2025-10-20","orange","Tanners Cross",
 "Riley (10) had a two-day suspension in October for kicking a TA and has been on mornings only since. School say he is at risk of permanent exclusion. He is on the ADHD pathway with the community paediatrician; no CAMHS involvement and no mental health concerns raised.",
 ["EDU-EXC","EDU-ATT","EDU-SEND"],
 [("negated","no CAMHS, no MH concerns: not MH-CHILD")])
box("E208","A","2025-10-20","yellow","Tanners Cross",
 "Mum Gemma does nights at the care home and dad Craig works shifts, so grandad Pete has Riley after school. Gemma admits she has given up on bedtimes and lets him game till midnight.",
 ["REL-PAR"],
 [("lookalike","night and shift work is not FIN"),("outside","grandad helping out is not coded"),("lookalike","'care home' is not CARER")])
box("E208","C","2026-04-27","green","Tanners Cross",
 "Riley back on a full timetable since February with an SEN support plan and a daily check-in with the learning mentor. ADHD diagnosis confirmed in March.",
 ["EDU-SEND"],
 [("historical","part-time timetable ended in February")])
box("E208","C","2026-04-27","yellow","Tanners Cross",
 "Gemma finished the Incredible Years course and has brought in an 8pm console cut-off, which Riley mostly keeps to, but he still swears and lashes out when it goes off.",
 ["REL-PAR"])

# ---------------- E209 kinship care, mum recalled to prison ----------------
box("E209","A","2025-12-01","green","Kingsmead",
 "Sophie (5) and Leo (8) have lived with their nan Margaret under a special guardianship order since 2023; she is their kinship carer. Margaret's arthritis makes the school run hard and school has agreed Leo can walk in with a neighbour's lad.",
 ["PH"],
 [("lookalike","'kinship carer' is not CARER")])
box("E209","A","2025-12-01","yellow","Kingsmead",
 "Leo tips chairs and storms out of class most weeks since his mum was recalled to prison in November. He talks about missing her and is tearful. Learning mentor running Lego therapy and a referral has gone to Blossom Loss and Change service.",
 ["EDU-EXC","MH-CHILD"],
 [("outside","mum is not in the household: her recall is not CRIME")])
box("E209","C","2026-05-18","green","Kingsmead",
 "Leo's behaviour in class has settled with a calm corner and a reward chart. He still gets upset talking about mum and uses the class worry box; the bad dreams have stopped.",
 ["EDU-EXC","MH-CHILD"],
 [("historical","bad dreams stopped")])

# ---------------- E210 school refusal, CAMHS, dad stress ----------------
box("E210","A","2025-10-08","orange","Abbeygate",
 "Isla (11), Y6 at Bridgefoot, has not been in for three weeks; she screams and locks herself in the bathroom on school mornings. Open to CAMHS for anxiety, first appointment in November. Dad David is signed off work with stress.",
 ["EDU-ATT","MH-CHILD","MH-ADULT"])
box("E210","C","2026-03-23","yellow","Abbeygate",
 "Isla on a part-time timetable, three mornings a week, and has made every one. CAMHS sessions carry on.",
 ["EDU-ATT","MH-CHILD"])
box("E210","C","2026-03-23","blue","Abbeygate",
 "David is back at work and says the stress has lifted. Little brother Alfie (4) is now dry in the day.",
 [],
 [("historical","dad's stress and Alfie's toileting both described as over")])

# ---------------- E211 DA by mum's partner, red ----------------
box("E211","A","2026-01-12","red","Millbrook",
 "Strategy meeting after Harvey (6) told his teacher that mum's partner Gary punched mum and Harvey hid under his bed. s47 under way; Gary arrested and bailed not to contact Natasha or the children.",
 ["DA"],
 [("lookalike","arrest for the DV is DA only, not CRIME")])
box("E211","A","2026-01-12","yellow","Millbrook",
 "Natasha is signed off with anxiety and is under her GP. Harvey's sister Freya (2) goes to nursery for her funded hours and nursery have no worries about her.",
 ["MH-ADULT"],
 [("negated","no concerns about Freya: not EYD")])
box("E211","C","2026-06-15","orange","Millbrook",
 "Natasha attending the Freedom Programme. Non-molestation order granted in April; Gary breached it once and police attended. Stepped down from CP to a TAF plan.",
 ["DA"],
 [("lookalike","breach of the non-mol is DA only")])
box("E211","C","2026-06-15","green","Millbrook",
 "Harvey is much happier in class and his teacher has no worries about his learning.",
 [],
 [("lookalike","pure good news, no need stated")])

# ---------------- E212 friendship group, online ----------------
box("E212","A","2025-11-24","yellow","Tanners Cross",
 "Grace (10) has fallen out with her friendship group and they set up a group chat to leave her out, where messages calling her ugly were posted. She has stopped eating her lunch and cries at bedtime. Learning mentor working with her on friendships and self-esteem.",
 ["SAFE-EXP","MH-CHILD"])
box("E212","A","2025-11-24","green","Tanners Cross",
 "Mum Laura says Grace's phone has no parental controls and she has joined apps meant for over-13s. School have invited Laura to their online safety evening.",
 ["SAFE-EXP"])
box("E212","C","2026-04-13","blue","Tanners Cross",
 "Laura has put parental controls on and the phone stays downstairs overnight. The group chat was closed down in December.",
 ["SAFE-EXP"],
 [("historical","the bullying chat closed in December; online safety now managed")])

# ---------------- E213 overcrowding, damp, twins ----------------
box("E213","A","2025-09-08","orange","Kingsmead",
 "Family of six in a two-bed flat above the bookies on the High Street; Kacper (9) and Zofia (7) share with the twins (18 months). Damp in the bedroom and the twins keep getting chest infections. Housing banding raised after a GP letter.",
 ["HOUS","PH"],
 [("lookalike","'bookies' is not gambling or FIN")])
box("E213","A","2025-09-08","green","Kingsmead",
 "Neither twin is walking yet and the HV has referred them to the child development centre. Mum Agnieszka takes them to a Polish-speaking stay and play.",
 ["EYD"])
box("E213","A","2025-09-08","yellow","Kingsmead",
 "Kacper has 23 late marks this term as mum gets the twins ready on her own while dad is on early shifts at the warehouse. FSW looking at the walking bus.",
 ["EDU-ATT"],
 [("lookalike","early shifts are not FIN")])
box("E213","C","2026-03-09","yellow","Kingsmead",
 "Still on the housing register at band B and has bid on three places. The damp has been treated twice but keeps coming back.",
 ["HOUS"])
box("E213","C","2026-03-09","green","Kingsmead",
 "Twins walking now and still seen at the child development centre. Kacper's lates down to four since he joined the walking bus.",
 ["EYD","EDU-ATT"])

# ---------------- E214 methadone, lateness ----------------
box("E214","A","2026-02-02","yellow","Abbeygate",
 "Mum Rachel is on a methadone script with Pathways and picks it up daily from the chemist. Ava (8) is late on the days Rachel has to go to the pharmacy first.",
 ["SUB","EDU-ATT"])
box("E214","A","2026-02-02","blue","Abbeygate",
 "Rachel has not used heroin since 2019. Grandma Sue has the girls every weekend and helps with the washing.",
 [],
 [("historical","heroin use ended 2019"),("outside","grandma's help not coded")])
box("E214","C","2026-06-22","green","Abbeygate",
 "Ava's attendance 96% this half term; the pharmacy run is now done after drop-off so she gets in on time.",
 ["EDU-ATT"])
box("E214","C","2026-06-22","yellow","Abbeygate",
 "Rachel's methadone dose is being slowly reduced with her Pathways worker.",
 ["SUB"])

# ---------------- E215 neglect CP, dental, dad drinking ----------------
box("E215","A","2025-12-08","red","Tanners Cross",
 "Child protection plan under neglect for Kai (5) and Bella (3). Several dental appointments missed and Kai needs six teeth out. At an unannounced visit there was dog mess on the floor and nothing in the cupboards.",
 ["SAFE-NEG","PH"])
box("E215","A","2025-12-08","orange","Tanners Cross",
 "Neighbours called police twice in November about shouting in the flat; Shannon and Ryan say they were rowing about Ryan's drinking. No domestic abuse disclosed and the DASH came out standard.",
 ["REL-CONF","SUB"],
 [("negated","no DA disclosed"),("lookalike","police call-out about parents' rows is not CRIME")])
box("E215","A","2025-12-08","yellow","Tanners Cross",
 "Bella is not at any nursery and has very few words for three. Portage referral made.",
 ["EYD"])
box("E215","C","2026-06-01","orange","Tanners Cross",
 "Stepped down to a TAF plan in May. Home conditions still up and down, with the kitchen filthy at two of the last four visits. Kai's extractions were done in March.",
 ["SAFE-NEG"],
 [("historical","dental extractions done")])
box("E215","C","2026-06-01","yellow","Tanners Cross",
 "Ryan is attending the alcohol service. Bella goes to Little Acorns three mornings a week and the Portage worker still visits for her speech.",
 ["SUB","EYD"])

# ---------------- E216 bedwetting, worries ----------------
box("E216","A","2025-11-10","green","Kingsmead",
 "Jacob (8) still wets the bed most nights; GP has referred him to the enuresis clinic.",
 ["PH"])
box("E216","A","2025-11-10","yellow","Kingsmead",
 "Jacob dreads sleepovers and pulled out of Cubs camp. He picks the skin round his nails until it bleeds when he is anxious. Mum Holly does not think it is self-harm but wants help; learning mentor to run a small worry group.",
 ["MH-CHILD"],
 [("negated","'not self-harm' negates only that term; anxiety is present")])
box("E216","C","2026-04-13","blue","Kingsmead",
 "Jacob uses a bed alarm and is dry most nights; Holly is following the clinic's plan.",
 ["PH"])

# ---------------- E217 older brother YOS, class behaviour ----------------
box("E217","A","2025-10-15","orange","Abbeygate",
 "Older brother Callum (15) was arrested in October for criminal damage at the skate park and has a youth caution with YOS. Lacey (9) copies his language and has been sent out of class twice.",
 ["CRIME","EDU-EXC"])
box("E217","A","2025-10-15","yellow","Abbeygate",
 "Mum Donna works two cleaning jobs. She says she cannot keep track of Callum in the evenings and has given up on a curfew.",
 ["REL-PAR"],
 [("lookalike","working two jobs is not FIN")])
box("E217","C","2026-03-30","yellow","Abbeygate",
 "Callum is finishing his YOS programme and is home by 9pm most nights. Donna doing the Talking Teens course.",
 ["CRIME","REL-PAR"])
box("E217","C","2026-03-30","green","Abbeygate",
 "Lacey's class teacher has her on a behaviour plan and she has not been sent out since Christmas.",
 ["EDU-EXC"])

# ---------------- E218 single dad, debt, new partner ----------------
box("E218","A","2026-01-19","blue","Tanners Cross",
 "Sam has brought the children up alone since his wife died in 2021. His parents live two streets away and do the pick-up; Sam says he copes well.",
 [],
 [("historical","bereavement in 2021, no current need described"),("outside","grandparents' help")])
box("E218","A","2026-01-19","yellow","Tanners Cross",
 "Sam has £4,000 of credit card and catalogue debt from Christmas and is getting threatening letters. He has been skipping meals himself so the children eat. Referred to StepChange through Citizens Advice.",
 ["FIN"],
 [("lookalike","the children are fed: an adult skipping meals for money is FIN, not SAFE-NEG")])
box("E218","A","2026-01-19","green","Tanners Cross",
 "Ollie (7) has gone quiet and withdrawn in class since Sam's new partner Kate started staying over; teacher and school nurse are checking in with him.",
 ["MH-CHILD"],
 [("lookalike","new partner not itself coded")])
box("E218","C","2026-05-26","blue","Tanners Cross",
 "Sam is on a debt management plan at £90 a month and the letters have stopped.",
 ["FIN"])

# ---------------- E219 autism assessment, uniform, sleep ----------------
box("E219","A","2025-10-01","yellow","Kingsmead",
 "Freddie (6) is waiting for an autism assessment. He melts down at home after school and won't wear his school shoes or jumper because of how they feel. Mum Becky worried about uniform sanctions; EHW to help with a sensory passport.",
 ["EDU-SEND","REL-PAR"])
box("E219","A","2025-10-01","green","Kingsmead",
 "Freddie sleeps around five hours a night and is up from 3am. GP has referred to the paediatric sleep service.",
 ["PH"])
box("E219","C","2026-05-04","green","Kingsmead",
 "Autism diagnosed in April. SENCO has written an SEN support plan and Freddie is allowed plain black trainers.",
 ["EDU-SEND"])
box("E219","C","2026-05-04","blue","Kingsmead",
 "Becky uses a visual timetable at home and the after-school meltdowns are shorter. Melatonin has helped his sleep.",
 ["REL-PAR","PH"],
 [("lookalike","melatonin is prescribed medication, not SUB")])

# ---------------- E220 section 21, TA, toileting ----------------
box("E220","A","2025-12-15","orange","Abbeygate",
 "The private landlord is selling and has served a section 21; the family must be out by February. Mum Nicola has made a homeless application to the district council.",
 ["HOUS"])
box("E220","A","2025-12-15","yellow","Abbeygate",
 "Tommy (4) is not toilet trained and is in pull-ups in Reception; Nicola says the move has taken all her energy. School nurse and FSW to draw up a toileting plan.",
 ["EYD"])
box("E220","C","2026-04-07","orange","Abbeygate",
 "In temporary accommodation at the Travelodge on the bypass since February, three in one room. Jessica's (9) journey to school is now two buses and 45 minutes and she has missed 12 days.",
 ["HOUS","EDU-ATT"])

# ---------------- E221 friendships, lateness, past separation ----------------
box("E221","A","2025-11-05","green","Tanners Cross",
 "Evie (7) comes home upset most days saying nobody will play with her. Class teacher has set up a buddy bench and a lunchtime Lego club.",
 ["MH-CHILD"])
box("E221","A","2025-11-05","yellow","Tanners Cross",
 "Zara and Evie's dad split up in 2024 and contact every other weekend is going smoothly. Since Zara started a new job at 8am Evie arrives about 20 minutes late most days. FSW to look into funding breakfast club.",
 ["EDU-ATT"],
 [("historical","separation in 2024, no current conflict")])
box("E221","C","2026-03-18","blue","Tanners Cross",
 "Evie goes to breakfast club four mornings a week and is in on time; she has a best friend in her class now.",
 ["EDU-ATT"])

# ---------------- E222 young carer for disabled brother ----------------
box("E222","A","2026-01-05","yellow","Millbrook",
 "Amelia (11) helps look after her brother Jack (4), who has cerebral palsy (CP): she lifts him and feeds him at teatime while mum Claire cooks. She is missing homework and says she is tired. Young carers assessment requested.",
 ["CARER","PH"],
 [("lookalike","CP here means cerebral palsy, not a child protection plan")])
box("E222","A","2026-01-05","green","Millbrook",
 "Jack goes to a specialist nursery with physio input. Claire gets DLA for him and Carer's Allowance and says they manage on it.",
 ["PH"],
 [("lookalike","DLA and Carer's Allowance: not FIN, not CARER")])
box("E222","C","2026-06-08","blue","Millbrook",
 "Amelia goes to the young carers' group and Claire now does Jack's feeds herself; Amelia says she has more time for friends.",
 ["CARER"])
box("E222","C","2026-06-08","green","Millbrook",
 "Jack's physio continues at nursery and his wheelchair has been upgraded.",
 ["PH"])

# ---------------- E223 bipolar mum, hypothetical ----------------
box("E223","A","2025-11-19","yellow","Abbeygate",
 "Mum Kerry-Ann has bipolar disorder and is under the community mental health team; she was admitted to hospital in 2023. She is stable on medication but says that if she became unwell again nobody could get Millie (6) to school.",
 ["MH-ADULT"],
 [("hypothetical","attendance only at risk if mum became unwell")])
box("E223","A","2025-11-19","green","Abbeygate",
 "Millie worries about mum being ill and keeps asking if she will go back into hospital. ELSA sessions started at school.",
 ["MH-CHILD"])
box("E223","C","2026-04-29","blue","Abbeygate",
 "Kerry-Ann has a written crisis plan naming her brother to look after Millie should she become unwell. Millie finished ELSA in March and is settled.",
 ["MH-ADULT"],
 [("hypothetical","'should she become unwell' is a contingency"),("historical","Millie's ELSA ended")])

# ---------------- E224 missing episode, online grooming risk, CPV ----------------
box("E224","A","2026-02-09","orange","Millbrook",
 "Kayla (11) went missing for five hours after school in January and police found her at the retail park with older teenagers. She has been messaging adults she met on a gaming app. Mum Tanya's boyfriend, who does not live with them, was arrested for shoplifting last month.",
 ["SAFE-EXP"],
 [("lookalike","police finding a missing child is not CRIME"),("outside","boyfriend outside the household: no CRIME")])
box("E224","A","2026-02-09","yellow","Millbrook",
 "Tanya and Kayla row every night; Kayla calls her names and has pushed her into the door frame. Tanya feels she has lost control. FSW starting NVR work.",
 ["REL-PAR"],
 [("lookalike","child-to-parent violence is REL-PAR, not DA")])
box("E224","C","2026-06-29","orange","Millbrook",
 "No more missing episodes since February and the gaming app has been deleted, but Kayla is still in touch with one of the older teenagers. Police and school sharing information through the TAF.",
 ["SAFE-EXP"],
 [("historical","missing episodes over; continuing contact keeps SAFE-EXP present")])

# ---------------- E225 uniform money, dad's new family, contact ----------------
box("E225","A","2025-09-10","green","Kingsmead",
 "Zach (5) started Reception in September. Mum Louise could not afford new uniform so school gave her bits from the preloved rail. Grandma Pat has Zach on Louise's work days.",
 ["FIN"],
 [("outside","grandma's childcare not coded")])
box("E225","A","2025-09-10","yellow","Kingsmead",
 "Zach's dad has a new partner and baby and has cancelled contact four times; Zach cries at bedtime asking why. Louise and dad are arguing by text about maintenance and contact.",
 ["REL-CONF","MH-CHILD"],
 [("outside","dad's new baby lives elsewhere: no EYD")])
box("E225","C","2026-02-02","blue","Kingsmead",
 "Louise and Zach's dad agreed a contact rota through mediation and it has held since Christmas; Zach looks forward to his weekends.",
 ["REL-CONF"])

# ---------------- unboxed notes ----------------
# (id, stage, date, locality, text, codes, gold level, traps)
U = [
 ("N01","assessment","2025-10-02","Kingsmead",
  "Phone call with dad Craig. Ethan (9) has not been getting to sleep until around midnight and is shattered at school. Sent him the sleep hygiene leaflet; Craig will try it and ring back if it does not help.",
  ["PH"],"blue",
  [("hypothetical","'ring back if it does not help' is conditional")]),
 ("N02","assessment","2025-11-12","Abbeygate",
  "TAF review at Bridgefoot Primary. Jamal (8) on 79%, persistent absence. Mum Hayley has depression and some days cannot get out of bed. Dad in prison, no contact.",
  ["EDU-ATT","MH-ADULT"],"orange",
  [("outside","dad in prison is outside the household: no CRIME")]),
 ("N03","assessment","2026-01-20","Tanners Cross",
  "Home visit. Nan says Ruby's (6) hair has not been washed for weeks and her uniform smells. Mum smokes but denies any drug use. Referred to the school nurse.",
  ["SAFE-NEG"],"green",
  [("lookalike","smoking is not SUB"),("negated","denies drug use")]),
 ("N04","assessment","2026-02-25","Millbrook",
  "ICPC held for Lexi (7) and Noah-James (4): child protection plan under neglect. The children are left alone at night while mum goes out; a neighbour found Lexi in the street at 10pm in her pyjamas.",
  ["SAFE-NEG"],"red",
  [("outside","the neighbour is not coded")]),
 ("N05","assessment","2026-03-12","Kingsmead",
  "Learning mentor note. Oliver (10) says a Y6 boy keeps taking his football cards and shoving him in the line. Spoke to both boys and the class teacher; Oliver's mum informed.",
  ["SAFE-EXP"],"green",
  [("outside","the Y6 boy is outside the household; the bullying of Oliver is coded")]),
 ("N06","closure","2026-05-05","Abbeygate",
  "Parents finished the Parenting Puzzle course at the Family Hub after months of bedtime battles with Ava (5) and Ben (3). They say bedtimes are calmer, though Ben still will not use the potty.",
  ["REL-PAR","EYD"],"yellow"),
 ("N07","assessment","2026-06-10","Tanners Cross",
  "Chat at the school gate: Mrs Khan asked about free school meals and the summer HAF scheme. Gave her the link to the online form and she applied herself. No other concerns raised.",
  [],"blue",
  [("lookalike","asking about FSM/HAF without a stated money problem is not FIN"),("negated","no other concerns")]),
]

def main():
    nar, gold, traps = [], [], {}
    for case, st, date, lvl, loc, text, codes, tr in B:
        tid = f"{case}-{st}"
        nid = f"{tid}-{lvl}"
        stage = "assessment" if st == "A" else "closure"
        nar.append([nid, tid, case, stage, date, lvl, loc, text])
        for c in codes:
            gold.append([nid, c, lvl])
        if tr:
            traps[nid] = [{"type": t, "note": n} for t, n in tr]
    for nid, stage, date, loc, text, codes, glvl, *rest in U:
        nar.append([nid, nid, nid, stage, date, "", loc, text])
        for c in codes:
            gold.append([nid, c, glvl])
        if rest and rest[0]:
            traps[nid] = [{"type": t, "note": n} for t, n in rest[0]]
    with open(os.path.join(HERE, "narratives.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id","triage_id","case_id","stage","date","level","locality","narrative"])
        w.writerows(nar)
    with open(os.path.join(HERE, "gold.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id","code","level"])
        w.writerows(gold)
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8") as f:
        json.dump(traps, f, indent=1, ensure_ascii=False)
    print(f"{len(nar)} narratives, {len(gold)} gold rows, {len(traps)} narratives with traps")

if __name__ == "__main__":
    main()
