#!/usr/bin/env python3
"""Blind gold set z56: teenagers 13-18 (early-help triage narratives, invented).
Each entry: (narrative_id, stage, date, box level or '' , locality, text, gold codes, traps)
traps: list of (kind, note); kind in negated/historical/hypothetical/lookalike/outside/met/boundary."""
import csv, json

N = []
def add(nid, stage, date, level, loc, text, codes, traps=()):
    N.append((nid, stage, date, level, loc, text, codes, list(traps)))

AS, CL = "assessment", "closure"

# Z001 Ashbrook - Kayden 15, vaping vs cannabis
add("Z001-A-green", AS, "2025-02-03", "green", "Ashbrook",
    "Kayden (15) has had two after-school detentions at Fairholme Academy for vaping in the toilets; head of year is dealing with it in house. His attendance is 96% and not a worry.",
    ["EDU-EXC"], [("boundary", "vaping is not SUB; detentions = behaviour at school"), ("negated", "attendance fine")])
add("Z001-A-yellow", AS, "2025-02-03", "yellow", "Ashbrook",
    "Leanne says most weekends end in a shouting match with Kayden about what time he comes in. He comes back smelling of weed and has admitted smoking it with mates in the rec. EHW to do boundaries work with Leanne and refer Kayden to the Compass young people's substance service.",
    ["REL-PAR", "SUB"])
add("Z001-C-blue", CL, "2025-06-20", "blue", "Ashbrook",
    "Leanne and Kayden have a written agreement about coming-in times and she says it is mostly kept, with far fewer rows. Kayden says he stopped the weed at Easter and only vapes now.",
    ["REL-PAR"], [("historical", "cannabis stopped at Easter"), ("boundary", "vaping not SUB")])

# Z002 Kelsey Vale - Maisie 14, self-harm, online grooming
add("Z002-A-orange", AS, "2025-01-14", "orange", "Kelsey Vale",
    "Maisie (14) seen at A&E on 8 Jan after taking a paracetamol overdose; medically fit and referred on to CAMHS. She told the nurse the cutting began after a man she met on a gaming app started asking her for pictures. Police informed and a CEOP report made.",
    ["MH-CHILD", "SAFE-EXP"], [("boundary", "police informed about an outside adult's grooming - not CRIME")])
add("Z002-A-yellow", AS, "2025-01-14", "yellow", "Kelsey Vale",
    "Mum (Gemma) works nights as a carer at a nursing home and feels guilty for not spotting things sooner, but says her own mood is OK and her sister is a big help. Family support worker to do a home safety plan with Gemma around Maisie's self-harm - locking away tablets and blades.",
    ["MH-CHILD"], [("lookalike", "mum is a paid carer - not CARER"), ("negated", "mum's mood OK")])
add("Z002-C-blue", CL, "2025-07-02", "blue", "Kelsey Vale",
    "Maisie has blocked and reported the account and did an online safety session with Gemma; they go through her privacy settings together each week.",
    ["SAFE-EXP"])

# Z003 Marlowe - Tyrese 16, county lines, NEET
add("Z003-A-orange", AS, "2025-03-10", "orange", "Marlowe",
    "Tyrese (16) was reported missing three times in February. Transport police picked him up in Southend on the last occasion with £600 in cash and 14 wraps of crack cocaine on him. Assessed as county lines CCE; NRM referral sent.",
    ["SAFE-EXP", "CRIME"], [("boundary", "drugs found on exploited child = SAFE-EXP + CRIME, not SUB")])
add("Z003-A-yellow", AS, "2025-03-10", "yellow", "Marlowe",
    "Tyrese walked out of Castlegate College in January and has done no course or work since. Mum (Dionne) gets Universal Credit and says they are managing fine for money. Open Door youth worker to look at a short employability course with him.",
    ["EDU-NEET"], [("boundary", "16+ NEET only; UC named but no money problem - not FIN")])
add("Z003-C-orange", CL, "2025-09-15", "orange", "Marlowe",
    "No missing episodes since May. Tyrese is waiting for his court date on the possession with intent charge and YOS are working with him. He still gets messages from the line asking him to go back but says he is ignoring them.",
    ["CRIME", "SAFE-EXP"], [("historical", "missing episodes over since May")])

# Z004 Hatherley Moor - Ellie 17, NEET, mum's depression
add("Z004-A-yellow", AS, "2025-04-07", "yellow", "Hatherley Moor",
    "Ellie (17) left sixth form at Christmas and hasn't been studying or working since; she is up late and in her room most of the day. Referred to the Futures careers adviser.",
    ["EDU-NEET"])
add("Z004-A-blue", AS, "2025-04-07", "blue", "Hatherley Moor",
    "Karen was worried after Ellie came home drunk from a party in March. Ellie says it was a one-off and it hasn't happened again; no concerns about drugs.",
    [], [("historical", "one drunk episode in March, not repeated"), ("negated", "no drug concerns")])
add("Z004-C-green", CL, "2025-08-29", "green", "Hatherley Moor",
    "Karen is still on sertraline from her GP for depression and says she feels much brighter; dose to be reviewed in the autumn.",
    ["MH-ADULT"])

# Z005 Ashbrook - Callum 13, suspensions, ADHD, CPV
add("Z005-A-yellow", AS, "2025-05-12", "yellow", "Ashbrook",
    "Callum (13) has had two suspensions from Ridgeway High this term for fighting and swearing at staff. School have said a managed move could be considered if things don't settle.",
    ["EDU-EXC"], [("hypothetical", "managed move only if things don't settle")])
add("Z005-A-orange", AS, "2025-05-12", "orange", "Ashbrook",
    "Dad (Mark) rang the police on 3 May after Callum hit him and punched a hole in his bedroom door when his Xbox was taken off him. No further action, but police have put him forward to the youth diversion scheme.",
    ["REL-PAR", "CRIME"], [("boundary", "child-to-parent violence is REL-PAR (+CRIME with police), not DA")])
add("Z005-C-green", CL, "2025-10-20", "green", "Ashbrook",
    "Callum moved to Brookside Academy in July and the move was made permanent in September; no suspensions there. ADHD diagnosed over the summer, medication started, and the SENCO has written an SEN support plan.",
    ["EDU-SEND"], [("historical", "managed move completed, no suspensions")])

# Z006 Kelsey Vale - Priya 15, young carer
add("Z006-A-yellow", AS, "2025-02-24", "yellow", "Kelsey Vale",
    "Priya (15) helps her mum Anjali, who has MS, to shower and take her tablets before school and is late two or three times a week as a result. Referral made to Kelsey Vale Young Carers.",
    ["CARER", "PH", "EDU-ATT"])
add("Z006-A-blue", AS, "2025-02-24", "blue", "Kelsey Vale",
    "Dad works away Monday to Thursday. Anjali gets PIP and Dad claims Carer's Allowance; they say money is not a problem, though things would be tight if Dad's contract is not renewed in the summer.",
    [], [("boundary", "benefit names alone: not FIN, PH or CARER"), ("negated", "money not a problem"), ("hypothetical", "tight only if contract not renewed")])
add("Z006-C-blue", CL, "2025-07-14", "blue", "Kelsey Vale",
    "Priya still picks up Anjali's prescriptions and does the big shop, and goes to the young carers group on Tuesdays, which she calls her night off. Carers now come in each morning for Anjali's personal care.",
    ["CARER", "PH"])

# Z007 Marlowe - Jordan 17, NEET, cannabis, arrears
add("Z007-A-yellow", AS, "2025-06-02", "yellow", "Marlowe",
    "Jordan (17) hasn't been in education, training or work since he left school last summer. He smokes cannabis every day and says it's the only thing that calms him down. Referred to Step Up youth drug service.",
    ["EDU-NEET", "SUB"])
add("Z007-A-orange", AS, "2025-06-02", "orange", "Marlowe",
    "Mum (Tracey) has been served a possession notice by the housing association for £2,300 rent arrears. She has had no work since her hours at the factory were cut to nothing in January. Jordan's dad, who lives in Leeds, is on probation and has no contact.",
    ["HOUS", "FIN"], [("outside", "dad outside household on probation - not CRIME")])
add("Z007-C-yellow", CL, "2025-11-10", "yellow", "Marlowe",
    "Tracey is paying £30 a week off the arrears and the housing association has withdrawn the possession claim. Jordan is down to smoking at weekends and still sees his Step Up worker; still no job or course, EHW helping him with a CV.",
    ["FIN", "SUB", "EDU-NEET"], [("met", "possession claim withdrawn - HOUS not coded")])

# Z008 Hatherley Moor - Amira 14, image sharing, school refusal
add("Z008-A-orange", AS, "2025-09-22", "orange", "Hatherley Moor",
    "Amira (14) has barely been in Moorside School since a video of her was passed round a group chat in June; attendance 41% this term. Police are investigating the sharing of the video. CAMHS referral made for anxiety.",
    ["EDU-ATT", "SAFE-EXP", "MH-CHILD"], [("boundary", "police investigating others' offence against Amira - not CRIME")])
add("Z008-A-yellow", AS, "2025-09-22", "yellow", "Hatherley Moor",
    "Omar and Amira row most mornings when she refuses to get ready for school, and he has confiscated her phone. Her older sister Hana, 19, is at university in Bristol and has an eating disorder. Family support worker to offer parenting sessions to Omar.",
    ["REL-PAR", "EDU-ATT"], [("outside", "sister's eating disorder - lives away, not coded")])
add("Z008-C-green", CL, "2026-01-19", "green", "Hatherley Moor",
    "Amira has been back full time since November and is at 95% this half-term. She still sees the school wellbeing mentor each week to help with her anxiety.",
    ["MH-CHILD"], [("met", "attendance back to normal")])

# Z009 Ashbrook - Lewis 16, missing found by police, stepdad drinking
add("Z009-A-orange", AS, "2025-03-03", "orange", "Ashbrook",
    "Lewis (16) went missing overnight twice in February after falling out with his stepdad Gary. Both times police traced him to a friend's flat and brought him home; return home interviews done. Nothing to suggest exploitation.",
    ["SAFE-EXP", "REL-PAR"], [("boundary", "police finding a missing child is not CRIME"), ("negated", "no exploitation")])
add("Z009-A-yellow", AS, "2025-03-03", "yellow", "Ashbrook",
    "Gary gets through six to eight cans most nights and mum (Steph) says that is when the rows with Lewis start. Gary has agreed to a referral to Ashbrook Drug and Alcohol Service.",
    ["SUB", "REL-PAR"])
add("Z009-C-blue", CL, "2025-08-11", "blue", "Ashbrook",
    "Gary has cut down to weekends and goes to a SMART Recovery group every Thursday. No missing episodes since the end of February; Lewis is predicted good A level grades.",
    ["SUB"], [("historical", "no missing since February")])

# Z010 Kelsey Vale - Sophie 13, parental separation
add("Z010-A-yellow", AS, "2025-10-06", "yellow", "Kelsey Vale",
    "Rachel and Tom split up in the summer and argue about contact at nearly every handover, usually with Sophie (13) standing there. Referred to family mediation.",
    ["REL-CONF"])
add("Z010-A-blue", AS, "2025-10-06", "blue", "Kelsey Vale",
    "Rachel asked about self-harm because a girl in Sophie's class has been cutting. Sophie says she has never hurt herself; Rachel has been given the Young Minds parents' helpline number.",
    [], [("outside", "classmate's self-harm"), ("negated", "Sophie has never self-harmed")])
add("Z010-C-blue", CL, "2026-02-16", "blue", "Kelsey Vale",
    "Rachel and Tom now sort arrangements through a co-parenting app and handovers happen at school, so they don't have to meet. Sophie finished her mentor sessions in January and school say she is settled.",
    ["REL-CONF"], [("historical", "mentor sessions ended")])

# Z011 Marlowe - Kacper 15, referral order, grooming risk
add("Z011-A-orange", AS, "2025-04-28", "orange", "Marlowe",
    "Kacper (15) is on a six-month referral order for smashing bus shelters; YOS see him weekly. Neighbours have complained about him and his friends drinking cider in the park most evenings.",
    ["CRIME", "SUB"])
add("Z011-A-yellow", AS, "2025-04-28", "yellow", "Marlowe",
    "Mum (Agnieszka) works two cleaning jobs and says Kacper ignores any curfew she sets. She wants help with boundaries; EHW allocated. Attendance at St Anselm's 97%, no behaviour points.",
    ["REL-PAR"], [("boundary", "working two jobs is not FIN"), ("negated", "school fine")])
add("Z011-C-yellow", CL, "2025-10-27", "yellow", "Marlowe",
    "Referral order finished in October. Kacper is still hanging round the park with older lads, one of whom has just been arrested for dealing, and EHW is concerned they are getting him to run errands for them.",
    ["SAFE-EXP"], [("historical", "referral order completed"), ("outside", "older lad's arrest")])

# Z012 Hatherley Moor - Nathan 14, vaping, mum agoraphobia, young carer
add("Z012-A-green", AS, "2025-11-03", "green", "Hatherley Moor",
    "Nathan (14) was caught vaping at the bus stop twice; school have written to mum and booked him onto the school nurse's quit-vaping session. No concerns about alcohol or drugs.",
    [], [("boundary", "vaping not SUB"), ("negated", "no alcohol/drugs")])
add("Z012-A-yellow", AS, "2025-11-03", "yellow", "Hatherley Moor",
    "Mum (Claire) has agoraphobia with panic attacks and hasn't been out of the house since September. Nathan does the food shopping and walks his sister (8) to school. Referral to young carers.",
    ["MH-ADULT", "CARER"])
add("Z012-C-yellow", CL, "2026-03-09", "yellow", "Hatherley Moor",
    "Claire has a talking therapies worker visiting at home and managed a walk to the corner shop last week. Nathan still takes his sister to school most days and the young carers worker sees him fortnightly. He says he gave up vaping in January.",
    ["MH-ADULT", "CARER"], [("historical", "vaping stopped (and not SUB anyway)")])

# Z013 Ashbrook - Jess 16, CSE, drug use, NEET risk
add("Z013-A-red", AS, "2025-07-07", "red", "Ashbrook",
    "Jess (16) is seeing a 24-year-old man who collects her from college, and she has been missing from home four nights this month. Strategy meeting on 3 July; s47 enquiry under way for CSE.",
    ["SAFE-EXP"])
add("Z013-A-orange", AS, "2025-07-07", "orange", "Ashbrook",
    "Jess says she takes ketamine and MDMA at the parties he takes her to. Referred to Compass and to CAMHS after she told her tutor she had thought about ending her life. College say she may be withdrawn from her course if she doesn't re-engage.",
    ["SUB", "MH-CHILD", "EDU-NEET"], [("boundary", "her own drug use is SUB (no drugs found on her for others)")])
add("Z013-C-orange", CL, "2025-12-01", "orange", "Ashbrook",
    "The man was arrested in September. Jess has had no contact with him since August and the CSE concern was closed at the October review. She has stopped using drugs and is no longer open to Compass, but still sees CAMHS every fortnight.",
    ["MH-CHILD"], [("outside", "adult's arrest"), ("historical", "CSE closed, drug use stopped")])

# Z014 Kelsey Vale - Ryan 17 NEET + household worklessness, shoplifting
add("Z014-A-yellow", AS, "2025-01-27", "yellow", "Kelsey Vale",
    "Ryan (17) has not been at college or in work since October. Dad (Paul) was laid off from the depot in November and the family have been using the food bank; Citizens Advice helping with a UC claim.",
    ["EDU-NEET", "FIN"], [("boundary", "FIN added for adult worklessness, not for Ryan's NEET")])
add("Z014-A-orange", AS, "2025-01-27", "orange", "Kelsey Vale",
    "Ryan was arrested in December for shoplifting food and a bottle of vodka from the Co-op with a friend; youth caution, YOS doing a short piece of work. Ben (13) arrives at school hungry and school are giving him breakfast.",
    ["CRIME", "SAFE-NEG"], [("lookalike", "stealing alcohol is not SUB")])
add("Z014-C-blue", CL, "2025-06-23", "blue", "Kelsey Vale",
    "Paul started at a warehouse in April and they no longer need the food bank. Ryan is applying for apprenticeships but isn't in work or training yet.",
    ["EDU-NEET"], [("historical", "FIN resolved")])

# Z015 Marlowe - Chloe 15, eating disorder, parental conflict
add("Z015-A-orange", AS, "2025-05-19", "orange", "Marlowe",
    "Chloe (15) has lost 6kg since Christmas and is cutting out meals; GP made an urgent referral to the CAMHS eating disorder team, first appointment 2 June.",
    ["MH-CHILD", "PH"], [("lookalike", "'cutting out meals' is not self-harm cutting")])
add("Z015-A-yellow", AS, "2025-05-19", "yellow", "Marlowe",
    "Sarah and Dev disagree about how to handle Chloe's eating and argue loudly most evenings. Sarah is clear there is no violence or controlling behaviour between them. Referred to the reducing parental conflict programme.",
    ["REL-CONF"], [("negated", "no DA")])
add("Z015-C-blue", CL, "2025-11-24", "blue", "Marlowe",
    "Sarah and Dev finished the parental conflict course and now talk things through once Chloe is in bed rather than in front of her.",
    ["REL-CONF"])

# Z016 Hatherley Moor - Dylan 15, knife, CCE debt, exclusion
add("Z016-A-red", AS, "2025-08-04", "red", "Hatherley Moor",
    "Dylan (15) was arrested on 28 July carrying a knife. He says he was minding it for an older boy he owes money to. Strategy meeting held and a child in need plan agreed.",
    ["CRIME", "SAFE-EXP"], [("boundary", "debt to an exploiter is not household FIN")])
add("Z016-A-orange", AS, "2025-08-04", "orange", "Hatherley Moor",
    "Hatherley Academy have permanently excluded Dylan following the arrest; place at Oakwood PRU from September. Mum (Lorraine) says she smoked cannabis as a teenager but hasn't touched drugs in twenty years.",
    ["EDU-EXC"], [("historical", "mum's cannabis use 20 years ago")])
add("Z016-C-orange", CL, "2026-01-12", "orange", "Hatherley Moor",
    "Dylan has a nine-month referral order for the knife offence. He says the debt has been 'sorted' but the exploitation team still see him weekly.",
    ["CRIME", "SAFE-EXP"])

# Z017 Ashbrook - Holly 14, mum's alcohol, neglect, young carer
add("Z017-A-red", AS, "2025-09-08", "red", "Ashbrook",
    "Holly (14) found her mum Donna unconscious after a heavy drinking session on 30 August. Very little food in the house and the two younger ones (6 and 9) unwashed. Section 47 started. Holly says she does most of the cooking and bedtimes.",
    ["SUB", "SAFE-NEG", "CARER"])
add("Z017-A-orange", AS, "2025-09-08", "orange", "Ashbrook",
    "Holly has missed 20 days this term looking after her brother and sister and has been scratching her arms; CAMHS assessment booked.",
    ["EDU-ATT", "CARER", "MH-CHILD"])
add("Z017-C-yellow", CL, "2026-02-02", "yellow", "Ashbrook",
    "Donna is working with the drug and alcohol service on a community detox and is ten weeks sober. Holly goes to the young carers club and gran now does bedtimes twice a week.",
    ["SUB", "CARER"])

# Z018 Kelsey Vale - Oscar 18, autism, NEET risk, dad PTSD
add("Z018-A-yellow", AS, "2025-06-16", "yellow", "Kelsey Vale",
    "Oscar (18) is autistic and his placement at Lakeview College ends this month with nothing lined up after, so he is at risk of being NEET. His EHCP is being amended to name a supported internship.",
    ["EDU-NEET", "EDU-SEND"])
add("Z018-A-orange", AS, "2025-06-16", "orange", "Kelsey Vale",
    "Dad (Ian) has PTSD from his time in the army and was detained under the Mental Health Act for two weeks in April; the community mental health team are now involved. Oscar jokes that he is 'addicted' to Minecraft but only plays in the evenings.",
    ["MH-ADULT"], [("lookalike", "'addicted' to a game is not SUB")])
add("Z018-C-green", CL, "2025-12-08", "green", "Kelsey Vale",
    "Oscar started his supported internship at the hospital in September; it is named in his EHCP and the college SENCO checks in monthly.",
    ["EDU-SEND"], [("met", "no longer at risk of NEET")])

# Z019 Marlowe - Aaliyah 15, missing, DA, CPV
add("Z019-A-orange", AS, "2025-02-10", "orange", "Marlowe",
    "Aaliyah (15) was reported missing by mum (Tanya) after a row on 2 Feb; police found her at the bus station at 2am. She says she left because Tanya's partner Lee shouts at and pushes her mum. DASH done with Tanya and referred to MARAC.",
    ["SAFE-EXP", "REL-PAR", "DA"], [("boundary", "police finding missing child not CRIME")])
add("Z019-A-yellow", AS, "2025-02-10", "yellow", "Marlowe",
    "Tanya and Aaliyah argue every day about chores and her phone, and Aaliyah has pushed Tanya over twice.",
    ["REL-PAR"], [("boundary", "child-to-parent violence is REL-PAR, not DA")])
add("Z019-C-orange", CL, "2025-07-21", "orange", "Marlowe",
    "Lee has moved out and there is a non-molestation order in place; Tanya is going to the Freedom Programme. No missing episodes since February.",
    ["DA"], [("historical", "no missing since February")])

# Z020 Hatherley Moor - Finn 13, dyslexia, bullying
add("Z020-A-green", AS, "2025-10-13", "green", "Hatherley Moor",
    "Finn (13) is dyslexic and has an EHCP. SENCO says a group of Year 9 boys have been calling him names about his reading.",
    ["EDU-SEND", "SAFE-EXP"])
add("Z020-A-yellow", AS, "2025-10-13", "yellow", "Hatherley Moor",
    "Finn has gone quiet and withdrawn at home. Mum (Beth) fears he might start hurting himself if the name-calling goes on, though there has been no self-harm. Referred to Kooth; EHW to support the family.",
    ["MH-CHILD"], [("hypothetical", "self-harm feared"), ("negated", "no self-harm")])
add("Z020-C-green", CL, "2026-03-02", "green", "Hatherley Moor",
    "School dealt with the bullying in November and there has been nothing since. EHCP annual review done and his reading support carries on.",
    ["EDU-SEND"], [("historical", "bullying over")])

# Z021 Ashbrook - Mia 16, disengaging, dad in prison
add("Z021-A-yellow", AS, "2025-03-24", "yellow", "Ashbrook",
    "Mia (16) is drifting at Ashbrook College and tutors think she may leave at Easter. She is anxious about her dad, who is in prison and due out soon; he doesn't live with the family.",
    ["EDU-NEET", "MH-CHILD"], [("outside", "dad in prison - not CRIME")])
add("Z021-A-blue", AS, "2025-03-24", "blue", "Ashbrook",
    "Mia vapes and Kerry has asked the GP about help to stop. Kerry says Mia sometimes has a small glass of wine with the family Sunday dinner and has no concerns about that; she would want to know if Mia was ever offered anything stronger at parties.",
    [], [("boundary", "vaping not SUB"), ("negated", "wine with family, no concerns"), ("hypothetical", "drugs only if offered")])
add("Z021-C-green", CL, "2025-09-01", "green", "Ashbrook",
    "Mia passed her first year and has re-enrolled. She still gets anxious before assessments and uses the college wellbeing drop-in. Dad was released in June, lives in Norwich and isn't in touch.",
    ["MH-CHILD"], [("outside", "dad on licence elsewhere"), ("met", "no longer at risk of NEET")])

# Z022 Kelsey Vale - Harvey 14, own cannabis at school (not exploited)
add("Z022-A-orange", AS, "2025-11-17", "orange", "Kelsey Vale",
    "Harvey (14) suspended for five days after a small bag of cannabis was found in his blazer. He says it was his own and he smokes at weekends. Police came into school and gave a community resolution. No signs of exploitation.",
    ["SUB", "EDU-EXC", "CRIME"], [("boundary", "not exploited: own use is SUB"), ("negated", "no exploitation")])
add("Z022-A-green", AS, "2025-11-17", "green", "Kelsey Vale",
    "Harvey's mum died in 2022. He had bereavement counselling at the time, which ended in 2023. He lives with dad (Craig) and his nan.",
    [], [("historical", "bereavement counselling ended 2023")])
add("Z022-C-green", CL, "2026-04-13", "green", "Kelsey Vale",
    "No further suspensions; Harvey is on a behaviour report card with his head of year. He says he hasn't smoked cannabis since Christmas.",
    ["EDU-EXC"], [("historical", "cannabis stopped since Christmas")])

# Z023 Marlowe - Zara 17, sofa surfing, NEET, drinking
add("Z023-A-orange", AS, "2025-04-14", "orange", "Marlowe",
    "Zara (17) was told to leave by her mum after months of rows and has been sofa surfing with friends for three weeks. Joint housing and children's services assessment started under the 16/17 protocol.",
    ["HOUS", "REL-PAR"])
add("Z023-A-yellow", AS, "2025-04-14", "yellow", "Marlowe",
    "Zara isn't working or training since she dropped out of her apprenticeship in February. She says she drinks most nights 'to forget' and has told her youth worker she feels hopeless.",
    ["EDU-NEET", "SUB", "MH-CHILD"])
add("Z023-C-yellow", CL, "2025-09-29", "yellow", "Marlowe",
    "Zara has been in supported lodgings since June with a tenancy support worker visiting. She started a traineeship in August and has cut right down on drinking; she still sees the young people's drug and alcohol worker monthly.",
    ["HOUS", "SUB"], [("met", "in training - not NEET")])

# Z024 Hatherley Moor - Theo 13, part-time timetable, ADHD
add("Z024-A-yellow", AS, "2025-01-20", "yellow", "Hatherley Moor",
    "Theo (13) has been on mornings only at Castle Hill School since November after being taken out of lessons again and again for his behaviour.",
    ["EDU-ATT", "EDU-EXC"])
add("Z024-A-green", AS, "2025-01-20", "green", "Hatherley Moor",
    "Theo is on the ADHD pathway with the community paediatrician and the SENCO is drawing up an SEN support plan. Mum says the teenagers next door have been egging cars; Theo isn't part of it.",
    ["EDU-SEND"], [("outside", "neighbours' ASB")])
add("Z024-C-blue", CL, "2025-06-30", "blue", "Hatherley Moor",
    "Mum uses the ADHD parent resources she was signposted to and has a calm-down plan for Theo's meltdowns at home. He has been back on a full timetable since March.",
    ["REL-PAR"], [("historical", "part-time timetable ended")])

# Z025 Ashbrook - Kieran 17, gambling, CPV
add("Z025-A-yellow", AS, "2025-07-28", "yellow", "Ashbrook",
    "Kieran (17) ran up £450 on betting apps using mum's bank card and Nicola has taken out a loan to cover it. Referred to a youth gambling support service.",
    ["FIN"], [("boundary", "gambling debt is FIN, not SUB")])
add("Z025-A-orange", AS, "2025-07-28", "orange", "Ashbrook",
    "Nicola says Kieran smashed the TV when she cancelled the card. Police attended but took no action. He is doing A levels and has a Saturday job.",
    ["REL-PAR", "CRIME"])
add("Z025-C-blue", CL, "2025-12-15", "blue", "Ashbrook",
    "Kieran has self-excluded from betting sites through GamStop and has paid Nicola back £200 of the loan from his wages so far.",
    ["FIN"], [("lookalike", "'self-excluded' is not EDU-EXC")])

# Z026 Kelsey Vale - Leah 15, overcrowding, damp, sleep
add("Z026-A-orange", AS, "2025-12-01", "orange", "Kelsey Vale",
    "Family of six in a two-bedroom flat; Leah (15) shares a room with three younger siblings. Black mould in the bedroom and Leah's asthma is worse this winter. Environmental health have served the landlord a notice to carry out repairs.",
    ["HOUS", "PH"], [("lookalike", "repairs notice is not an eviction notice (HOUS anyway)")])
add("Z026-A-yellow", AS, "2025-12-01", "yellow", "Kelsey Vale",
    "Leah can't sleep properly or do homework in the shared room and is late most days; the attendance officer is involved. She self-harmed in Year 8 and was with CAMHS then, but was discharged in 2023 with no concerns since.",
    ["PH", "EDU-ATT"], [("historical", "self-harm/CAMHS in the past")])
add("Z026-C-yellow", CL, "2026-05-11", "yellow", "Kelsey Vale",
    "Mould treated. Family are on the housing register in band B waiting for a three-bedroom property. Leah's lateness has improved.",
    ["HOUS"], [("met", "lateness improved")])

# Z027 Marlowe - Brandon 14, sextortion, brother on probation
add("Z027-A-yellow", AS, "2025-06-09", "yellow", "Marlowe",
    "Brandon (14) sent a nude picture to someone he thought was a girl his age; it was a sextortion scam demanding £100. Police and the school DSL informed. He was shaken but says he is OK now.",
    ["SAFE-EXP"], [("boundary", "police involved as victim - not CRIME"), ("lookalike", "demand for money is not FIN")])
add("Z027-A-orange", AS, "2025-06-09", "orange", "Marlowe",
    "Older brother Connor (19) lives at home and is on probation for burglary. His friends come round to the house and one asked Brandon to 'hold' a bag for him.",
    ["CRIME", "SAFE-EXP"])
add("Z027-C-blue", CL, "2025-11-03", "blue", "Marlowe",
    "Connor moved to his girlfriend's in September and Brandon says nobody has asked him to hold anything since. Brandon and mum did an online safety session with the EHW and he has switched off messages from strangers.",
    ["SAFE-EXP"], [("outside", "Connor moved out - not CRIME"), ("historical", "holding bags stopped")])

# Z028 Hatherley Moor - Grace 16, low mood, energy debt
add("Z028-A-orange", AS, "2025-03-31", "orange", "Hatherley Moor",
    "Grace (16) has been on the CAMHS waiting list for low mood since January. She told a teacher she has had thoughts of ending her life but has no plan; school have a safety plan with her.",
    ["MH-CHILD"])
add("Z028-A-yellow", AS, "2025-03-31", "yellow", "Hatherley Moor",
    "Mum (Helen) owes about £700 on gas and electric and has been using the food shop money to top up the meter. Referred to Citizens Advice. Grace's dad drinks heavily but lives in Spain.",
    ["FIN"], [("outside", "dad's drinking, lives abroad")])
add("Z028-C-blue", CL, "2025-10-06", "blue", "Hatherley Moor",
    "The energy arrears were cleared by a trust fund grant. Helen is on a debt relief order for her other debts and budgets with an app.",
    ["FIN"], [("historical", "energy arrears cleared")])

# Z029 Ashbrook - Ethan 15, anxiety-based school avoidance
add("Z029-A-yellow", AS, "2025-09-29", "yellow", "Ashbrook",
    "Ethan (15) hasn't been in school since Year 11 started; he says he gets too anxious to leave the house. Attendance support worker visiting weekly.",
    ["EDU-ATT", "MH-CHILD"])
add("Z029-A-green", AS, "2025-09-29", "green", "Ashbrook",
    "Mum (Jo) has fibromyalgia and gets ESA and PIP; her GP manages her pain relief. Ethan's sister Lily (17) is doing well at sixth form and has no plans to leave.",
    ["PH"], [("boundary", "ESA/PIP alone not FIN"), ("negated", "sister not at risk of NEET")])
add("Z029-C-orange", CL, "2026-02-23", "orange", "Ashbrook",
    "Ethan is now open to CAMHS and on a part-time timetable of three mornings a week, with online tuition for the rest.",
    ["MH-CHILD", "EDU-ATT"])

# Z030 Kelsey Vale - Jamal 17, YRO, NEET, hypothetical tenancy risk
add("Z030-A-orange", AS, "2025-05-05", "orange", "Kelsey Vale",
    "Jamal (17) is on a youth rehabilitation order with an electronic curfew after a robbery in March. He hasn't been in education or training since leaving school.",
    ["CRIME", "EDU-NEET"])
add("Z030-A-yellow", AS, "2025-05-05", "yellow", "Kelsey Vale",
    "Fatima says the housing officer warned that more police visits could put the tenancy at risk, but no notice has been served and the rent is up to date. She has joined a group for parents of teenagers in the youth justice system.",
    ["REL-PAR"], [("hypothetical", "tenancy risk only if more police visits"), ("negated", "rent up to date")])
add("Z030-C-orange", CL, "2025-10-13", "orange", "Kelsey Vale",
    "YRO continues and YOS report good compliance. Jamal began a level 1 motor vehicle course in September.",
    ["CRIME"], [("met", "in education - not NEET")])

# Unboxed notes: level = highest cue (convention 2)
add("U001", AS, "2025-05-31", "", "Ashbrook",
    "Phone call from Mrs Okafor. Daniel (14) came home smelling of drink on Saturday and owned up to drinking vodka with friends in the park. Gave her the Talk to Frank and local youth drinking information; she is going to talk it through with him herself.",
    ["SUB"], [("level", "blue: signposting only")])
add("U002", AS, "2025-10-14", "", "Marlowe",
    "Home visit. Skye (16) was missing overnight on 12 Oct and police found her at a flat with older men. Exploitation screening done; multi-agency TAF plan agreed today with college and the exploitation hub.",
    ["SAFE-EXP"], [("boundary", "police locating missing child not CRIME"), ("level", "orange: TAF plan")])
add("U003", CL, "2025-11-20", "", "Hatherley Moor",
    "Review call with Lauren (15) and her dad. Lauren has not self-harmed since June and the school nurse has taken her off her list. Dad says she vapes but nothing more. No further action.",
    [], [("historical", "self-harm over"), ("boundary", "vaping not SUB")])
add("U004", AS, "2026-01-22", "", "Kelsey Vale",
    "Meeting at school. Ollie (13) has been suspended twice this half-term for fighting; head of year and SENCO to put a behaviour plan in place. Mum says he is no trouble at home.",
    ["EDU-EXC"], [("negated", "no issue at home"), ("level", "green: school/SENCO")])
add("U005", AS, "2026-02-09", "", "Ashbrook",
    "Strategy meeting today for Ruby (14) after she disclosed that mum's boyfriend, who doesn't live with them, has been sending her sexual messages; s47 enquiry agreed. Ruby is already open to CAMHS.",
    ["SAFE-EXP", "MH-CHILD"], [("outside", "boyfriend not in household - effect coded SAFE-EXP, not CRIME"), ("level", "red: s47")])
add("U006", CL, "2025-09-08", "", "Hatherley Moor",
    "Marcus (17) has been out of work since his apprenticeship ended in July. EH worker has signed him up for the Next Steps employability programme. Both parents are working.",
    ["EDU-NEET"], [("boundary", "16+ NEET only, no FIN"), ("level", "yellow: EH worker")])
add("U007", AS, "2026-03-16", "", "Marlowe",
    "Dad rang: Sam (15) was arrested yesterday for assaulting another pupil outside school and released under investigation. Dad says Sam and his mum have argued constantly since he moved back in with her in May.",
    ["CRIME", "REL-PAR"], [("level", "orange: arrest")])
add("U008", AS, "2025-06-25", "", "Kelsey Vale",
    "Visit. Hollie (13) and mum went to the first session of a ten-week parenting course together after months of arguments about bedtimes and phone use.",
    ["REL-PAR"], [("level", "yellow: parenting course")])

LEVEL = {"U001": "blue", "U002": "orange", "U003": "green", "U004": "green",
         "U005": "red", "U006": "yellow", "U007": "orange", "U008": "yellow"}

def main():
    with open("narratives.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"])
        for nid, stage, date, lvl, loc, text, codes, traps in N:
            if lvl:
                case, st = nid.split("-")[0], nid.split("-")[1]
                tid = case + "-" + st
            else:
                case = tid = nid
            w.writerow([nid, tid, case, stage, date, lvl, loc, text])
    with open("gold.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "code", "level"])
        for nid, stage, date, lvl, loc, text, codes, traps in N:
            for c in codes:
                w.writerow([nid, c, lvl or LEVEL[nid]])
    tr = {nid: [{"kind": k, "note": n} for k, n in traps] for nid, *_, traps in N if traps}
    with open("traps.json", "w", encoding="utf-8") as f:
        json.dump(tr, f, indent=1, ensure_ascii=False)
    print(len(N), "narratives,", sum(len(x[6]) for x in N), "gold rows")

if __name__ == "__main__":
    main()
