#!/usr/bin/env python3
"""Blind gold set z80: fathers and male carers. Hand-written narratives, gold codes and trap notes.
Writes narratives.csv, gold.csv, traps.json (CRLF, UTF-8 without BOM). Standard library only."""
import csv, json, os

HERE = os.path.dirname(os.path.abspath(__file__))

# Boxed narratives: (case, stage A/C, date, level, locality, text, [gold codes], [trap notes])
B = []
def box(case, st, date, level, loc, text, codes, traps=()):
    B.append((case, st, date, level, loc, text, list(codes), list(traps)))

# F001 dad-led after bereavement
box("F001","A","2025-02-10","green","Ashbrook",
    "Leo (4) started at Hollybush Nursery in January but is only managing two of his five sessions. Staff find him hard to understand and the health visitor has referred him for speech therapy. Craig had a hernia repair last spring and says he has fully recovered.",
    ["EYD"], ["historical PH: dad's hernia repair, recovered"])
box("F001","A","2025-02-10","yellow","Ashbrook",
    "Since Mia's mum died in October, Mia (7) has been tearful at bedtime, is wetting the bed again and keeps asking whether Dad is going to die too. Craig is on sick leave from the depot with low mood and has asked for bereavement support for them both. EHW to refer to the Little Lanterns bereavement group.",
    ["MH-CHILD","PH","MH-ADULT"], ["sick leave is not FIN (no money problem described)"])
box("F001","C","2025-07-14","blue","Ashbrook",
    "Craig says his mood is a lot better; he still uses the grief app and goes to the dads' walking group he found for himself. Mia has not wet the bed since May.",
    ["MH-ADULT"], ["historical PH: bedwetting stopped since May"])

# F002 grandfather raising two grandchildren
box("F002","A","2025-03-03","yellow","Kelworth",
    "Tyler (14) has missed 31 sessions this half term and was given a two-day suspension for swearing at a teacher. Grandad Dennis struggles to get him out of bed and admits he has stopped trying to set a bedtime. Keira's mum is in rehab for heroin use and sees the children at a supervised session once a month.",
    ["EDU-ATT","EDU-EXC","REL-PAR"], ["mum outside household: her heroin use is not SUB"])
box("F002","A","2025-03-03","orange","Kelworth",
    "Dennis (68) has type 2 diabetes and bad knees. His pension does not stretch to the bills and he has £1,400 of council tax arrears with a court summons; the kinship carer allowance was stopped after a review. Citizens Advice referral made and a TAF meeting is set for April.",
    ["PH","FIN"], ["'kinship carer' is not CARER"])
box("F002","C","2025-09-22","blue","Kelworth",
    "Dennis has set up a payment plan for the council tax and has kept to it since June. The kinship carers' group at the library gives him an evening off once a month.",
    ["FIN"], ["'kinship carers' group' is not CARER"])

# F003 separated dad, shared care
box("F003","A","2025-04-07","yellow","Millhaven",
    "Jamal and Sadia separated last summer and now only talk by text, which quickly turns into rows about handover times. Zain (6) has started hitting his sister and throwing toys when told it is time to go back to his mum's. Neither parent reports any abuse and Sadia says Jamal has never threatened her. Mediation referral made for both parents.",
    ["REL-CONF","REL-PAR"], ["negated DA"])
box("F003","A","2025-04-07","green","Millhaven",
    "On his weeks Jamal and both children share a sofa bed in his one-bedroom flat. He is on the council's housing register for a two-bedroom property.",
    ["HOUS"], [])
box("F003","C","2025-08-18","blue","Millhaven",
    "The parents agreed a contact timetable at mediation and now keep all handover messages to a co-parenting app; Jamal says they still disagree now and then but sort it out themselves. He moved into a two-bedroom housing association flat in July and the children have their own room.",
    ["REL-CONF"], ["housing need now met (moved in July): HOUS not coded"])

# F004 stepdad, teenage stepdaughter
box("F004","A","2025-01-20","yellow","Stonecross",
    "Ellie (15) and her stepdad Ryan argue most evenings about her phone and her curfew; she has come home well after 10pm most weekends and tells him he is not her real dad. Leanne says she feels caught in the middle.",
    ["REL-PAR"], [])
box("F004","A","2025-01-20","orange","Stonecross",
    "Ellie was reported missing by Leanne and found by police at 2am in a car with two older men she had met on Snapchat. CSE screening completed at medium risk and she has been referred to the exploitation hub.",
    ["SAFE-EXP"], ["police safeguarding a missing child is not CRIME"])
box("F004","C","2025-06-30","yellow","Stonecross",
    "Ellie has had no missing episodes since March and the exploitation hub has stepped her down to low risk. She still meets the youth worker weekly to work on staying safe online.",
    ["SAFE-EXP"], ["missing episodes historical, but ongoing online-safety work keeps SAFE-EXP present"])

# F005 grandfather, 17-year-old grandson
box("F005","A","2025-05-12","yellow","Ashbrook",
    "Jordan (17) left college in February and has not found work or training. Each morning he helps his grandad Malcolm, who has Parkinson's, to wash and take his tablets. Referred to Spring Path young carers and the careers adviser.",
    ["EDU-NEET","CARER","PH"], ["NEET young person: no FIN (convention 11)"])
box("F005","A","2025-05-12","green","Ashbrook",
    "Malcolm's GP has increased his Parkinson's medication and the district nurse calls weekly. Malcolm mentions he gave up drinking more than ten years ago and has not touched alcohol since.",
    ["PH"], ["historical SUB: gave up drinking over ten years ago"])
box("F005","C","2025-11-03","yellow","Ashbrook",
    "Jordan began a Level 2 plumbing course at Ashbrook College in September and is attending well. Spring Path young carers still give him a break every other weekend.",
    ["CARER"], ["NEET need now met: EDU-NEET not coded"])

# F006 dad-led, night shifts
box("F006","A","2025-02-24","green","Kelworth",
    "Kacper (9) is on the ADHD pathway and the SENCO has put SEN support in place. His class teacher says movement breaks are helping.",
    ["EDU-SEND"], [])
box("F006","A","2025-02-24","yellow","Kelworth",
    "Tomasz works nights at the distribution centre, so Oliwia (12) gets her brother up, dressed and to school most mornings. She says she is worn out and her homework is slipping. Referral made to the young carers service.",
    ["CARER"], ["night shifts are not FIN (convention 5)"])
box("F006","C","2025-07-07","green","Kelworth",
    "Kacper was diagnosed with ADHD in June and the SENCO reviews his SEN support plan each term. Since Tomasz moved to day shifts in May Oliwia no longer does the mornings, and the young carers service has closed her case.",
    ["EDU-SEND"], ["historical CARER: caring ended, young carers case closed"])

# F007 dad, victim of coercive control by ex-partner
box("F007","A","2025-03-17","orange","Millhaven",
    "Lee says his ex-partner Gemma controlled his money and his phone for years. Since he left with Harvey (11) in January she has sent dozens of threatening messages and turned up at the school gate. He has reported her to the police twice; DASH is high risk and a MARAC referral has been made.",
    ["DA"], ["ex-partner's offences against the adult victim are DA only, not CRIME"])
box("F007","A","2025-03-17","yellow","Millhaven",
    "Harvey has become withdrawn and told his teacher he is frightened his mum will take him away. The school counsellor has a long waiting list, so the EHW will do worry work with him.",
    ["MH-CHILD"], [])
box("F007","C","2025-08-11","blue","Millhaven",
    "A non-molestation order was granted in May and Gemma has kept to it. Lee keeps his safety plan on his phone and the school office has her photo at reception.",
    ["DA"], ["'now managing' DA in a blue box counts as present"])

# F008 three generations, dad caring for grandad
box("F008","A","2025-04-28","green","Stonecross",
    "Kofi (3) is still in nappies and has only a few words. The health visitor has done his two-year check and Kwame has taken up the funded hours at Little Acorns nursery from next month.",
    ["EYD"], [])
box("F008","A","2025-04-28","yellow","Stonecross",
    "Grandad Samuel moved in after his stroke and Kwame is now his main support as well as looking after the children. Kwame gave up his job to do this, is struggling on Universal Credit and owes £600 on the electricity. EHW to help with a Carer's Allowance claim and a fuel voucher.",
    ["PH","FIN"], ["adult carer and Carer's Allowance are not CARER"])
box("F008","C","2025-10-20","blue","Stonecross",
    "Kwame's Carer's Allowance is in payment and he cleared the electricity debt in August. Samuel goes to the stroke club at the community centre every Tuesday.",
    ["PH"], ["FIN historical (debt cleared); benefit name alone is not FIN"])

# F009 dad-led, alcohol
box("F009","A","2025-06-02","orange","Ashbrook",
    "Darren was arrested in May after police were called to a fight outside the Crown; he has been drinking heavily since he lost his job in March. The children were at their aunt's at the time. Referred to Ashbrook Recovery and a TAF plan agreed.",
    ["SUB","CRIME","FIN"], [])
box("F009","A","2025-06-02","yellow","Ashbrook",
    "Poppy (13) does most of the cooking and puts Alfie (8) to bed on the nights Darren has been drinking. She says she doesn't mind, but her form tutor has noticed homework is often missing.",
    ["CARER","SUB"], [])
box("F009","C","2025-12-08","yellow","Ashbrook",
    "Darren is on a community order for the May offence and has kept every probation appointment. He still sees his recovery worker fortnightly and says he has been sober for fourteen weeks. He is back at work at a builders' merchant.",
    ["CRIME","SUB"], ["worklessness over (back at work): FIN not coded"])

# F010 stepdad, neglect, statutory
box("F010","A","2025-01-13","red","Kelworth",
    "Strategy meeting held after Skye (6) told her teacher she and Logan (2) were left alone overnight while Nicola and Gary went out. Section 47 enquiry under way. On the joint visit there was dog mess on the floors and nothing in the fridge.",
    ["SAFE-NEG"], [])
box("F010","A","2025-01-13","orange","Kelworth",
    "Gary is on licence until August after a sentence for supplying cannabis, and admits smoking cannabis every day. Nicola says she has never taken drugs. Logan's two-year review has been missed twice.",
    ["CRIME","SUB","EYD"], ["Nicola's drug use negated (SUB present via Gary)"])
box("F010","C","2025-09-15","orange","Kelworth",
    "Gary was arrested in July for possession with intent to supply and is on bail; his licence ended in August. Home conditions have been acceptable at every unannounced visit since the CIN plan closed in June.",
    ["CRIME"], ["'possession with intent to supply' is not SUB", "home conditions/CIN plan now over: SAFE-NEG not coded"])

# F011 grandfather, granddaughter self-harm
box("F011","A","2025-09-08","orange","Millhaven",
    "Lacey (16) has been cutting her arms and told her grandad Pete she wanted to die. She is now open to CAMHS and has a safety plan.",
    ["MH-CHILD"], [])
box("F011","A","2025-09-08","yellow","Millhaven",
    "Lacey dropped out of sixth form in July and spends most days in her room. Pete (64) would like her to try the Millhaven Futures traineeship. He says he copes well himself and has never had problems with his own mental health.",
    ["EDU-NEET"], ["negated MH-ADULT for grandad"])
box("F011","C","2026-02-16","orange","Millhaven",
    "Lacey remains open to CAMHS with fortnightly sessions and has not self-harmed since November. She started the traineeship in January and has not missed a day.",
    ["MH-CHILD"], ["NEET need now met", "self-harm historical but CAMHS ongoing"])

# F012 dad-led, eviction
box("F012","A","2025-05-19","orange","Stonecross",
    "Adebayo was served a section 21 notice in April because the landlord is selling. Three letting agents have turned him down for not having a guarantor. Housing Options are involved and a TAF meeting is booked.",
    ["HOUS"], [])
box("F012","A","2025-05-19","green","Stonecross",
    "Temi (4) starts Reception in September and nursery say she is ready. Her brother Dami (15) has a dental abscess and has missed two dentist appointments.",
    ["PH"], ["school readiness is good news only: EYD not coded"])
box("F012","C","2025-10-27","orange","Stonecross",
    "The family were placed in temporary accommodation, two rooms in a B&B in Kelworth, in August. Dami travels ninety minutes each way and has been late most days. His tooth was treated in September.",
    ["HOUS","EDU-ATT"], ["PH historical: tooth treated"])

# F013 separated dad in contact dispute, also stepdad
box("F013","A","2025-06-23","yellow","Ashbrook",
    "Chris and Ruby's mum Jess are in dispute over contact: Jess stopped the weekend visits in May and Chris has applied to the family court. Jess has told his solicitor she drinks 'a bit much' at weekends. Chris is on the list for the Parenting Apart programme.",
    ["REL-CONF"], ["Jess is outside the household: her drinking is not SUB"])
box("F013","A","2025-06-23","green","Ashbrook",
    "Chris's partner Hannah has a son, Ethan (10), who has dyslexia and gets SEN support from the SENCO. Chris reads with him most evenings.",
    ["EDU-SEND"], [])
box("F013","C","2025-12-01","blue","Ashbrook",
    "A child arrangements order was made in October; Ruby now stays with Chris every other weekend and one night in the week. Chris and Jess keep their messages to the contact app and he says it is working.",
    ["REL-CONF"], [])

# F014 dad-led, disabled child
box("F014","A","2025-10-06","green","Kelworth",
    "Yusuf (7) is autistic and non-verbal, has an EHCP and goes to Brookfield specialist school by council transport.",
    ["EDU-SEND"], [])
box("F014","A","2025-10-06","yellow","Kelworth",
    "Yusuf rarely sleeps more than four hours a night and Imran is exhausted and says he feels low all the time; the GP has started him on sertraline. Aisha (12) sits with Yusuf every evening so her dad can cook.",
    ["PH","MH-ADULT","CARER"], [])
box("F014","C","2026-03-09","yellow","Kelworth",
    "Yusuf started melatonin through the paediatrician in December and now sleeps about seven hours. Aisha goes to the Kelworth Young Carers club on Tuesdays. Imran came off sertraline in February and says his mood is good.",
    ["PH","CARER"], ["MH-ADULT historical: treatment stopped, mood good"])

# F015 grandfather, grandson offending
box("F015","A","2025-02-03","orange","Millhaven",
    "Kai (15) received a referral order in January for criminal damage and has a YOS worker. Police have brought him home twice after complaints about him drinking with friends on the estate.",
    ["CRIME","SUB"], [])
box("F015","A","2025-02-03","yellow","Millhaven",
    "Grandad Ray says Kai does as he likes and comes in at 1am; once he pushed Ray against the wall when asked for his phone.",
    ["REL-PAR"], ["child-to-carer violence is REL-PAR, not DA; no police so no CRIME"])
box("F015","A","2025-02-03","green","Millhaven",
    "Kai is on mornings only at Millhaven Academy after repeatedly walking out of lessons; his head of year meets Ray monthly.",
    ["EDU-ATT","EDU-EXC"], [])
box("F015","C","2025-08-04","yellow","Millhaven",
    "Kai completed his referral order in July and there has been no further offending. He still comes in late some nights and Ray uses the home agreement they drew up with the EHW. He has been back on a full timetable since Easter.",
    ["REL-PAR"], ["CRIME historical (order completed)", "part-time timetable over: EDU-ATT not coded"])

# F016 stepdad perpetrator, child protection
box("F016","A","2025-11-10","red","Stonecross",
    "Child protection plan agreed at the ICPC on 4 November. Wayne was arrested in October for assaulting Kirsty in front of the children and is on bail not to contact her, but has been seen at the house.",
    ["DA"], ["arrest for assaulting partner is DA only, not CRIME"])
box("F016","A","2025-11-10","orange","Stonecross",
    "Mason (9) has been lashing out at classmates, was suspended for two days and the school has warned of permanent exclusion. Lily (4) has stopped talking at nursery.",
    ["EDU-EXC","EYD"], [])
box("F016","C","2026-04-20","orange","Stonecross",
    "The CP plan ended in March and the case stepped down to early help. Wayne has moved out of the area and Kirsty is going to the Freedom Programme at the women's centre.",
    ["DA"], ["CP plan historical; Freedom Programme keeps DA present"])

# F017 dad-led, bullying
box("F017","A","2025-03-24","yellow","Ashbrook",
    "Owen (13) is being called names and shoved by a group of Year 9 boys and has had nasty messages in a group chat. He has missed nine days this term, saying he can't face going in.",
    ["SAFE-EXP","EDU-ATT"], [])
box("F017","A","2025-03-24","green","Ashbrook",
    "Gareth works from home and says money is not a worry. He has not had a drink since he went to AA in 2019.",
    [], ["negated FIN", "historical SUB (AA 2019)"])
box("F017","C","2025-07-21","blue","Ashbrook",
    "After a stranger messaged Owen on a gaming site in June, Gareth set up parental controls and they agreed the phone stays downstairs at night. Owen says the name-calling at school stopped after he changed tutor group.",
    ["SAFE-EXP"], ["bullying historical; online safety being managed = present"])

# F018 young separated dad, baby
box("F018","A","2025-08-25","yellow","Kelworth",
    "Liam (23) has Isla (10 months) three nights a week at his mum's house. He has been out of work since his apprenticeship ended and relies on his mum for nappies and milk. Referred to the Kelworth Works employment coach.",
    ["FIN"], [])
box("F018","A","2025-08-25","green","Kelworth",
    "Isla is not yet rolling or sitting on her own. The health visitor showed Liam tummy-time play and will review her at twelve months.",
    ["EYD"], [])
box("F018","C","2026-01-26","blue","Kelworth",
    "Liam started work at a car wash in November and buys Isla's things himself. He is paying back £20 a week on a payday loan he took out in the summer. Isla is now crawling.",
    ["FIN"], ["EYD need resolved (crawling)"])

# F019 grandfather, bereaved, alcohol
box("F019","A","2025-04-14","green","Stonecross",
    "Evie (5) has eczema that keeps her awake, and the school nurse has asked Grandad Frank to take her to the GP.",
    ["PH"], [])
box("F019","A","2025-04-14","yellow","Stonecross",
    "Frank has been low and tearful since his daughter, the twins' mum, died of an overdose last year. He says he drinks four or five cans every night to get to sleep. Referral agreed to the Stonecross drug and alcohol service.",
    ["MH-ADULT","SUB"], ["daughter's overdose: past and outside household"])
box("F019","C","2025-10-13","yellow","Stonecross",
    "Frank is down to a couple of cans at the weekend and still sees his alcohol worker. He is on the waiting list for bereavement counselling. Evie's eczema is under control with the GP's cream.",
    ["SUB","MH-ADULT","PH"], [])

# F020 dad-led, county lines
box("F020","A","2025-07-07","red","Millhaven",
    "Callum (16) was found in a flat in Kelworth with crack cocaine and cash after four days missing. NRM referral made, strategy meeting held and he is now on a child in need plan.",
    ["SAFE-EXP","CRIME"], ["drugs found on exploited child: SAFE-EXP + CRIME, not SUB"])
box("F020","A","2025-07-07","orange","Millhaven",
    "Callum left college in May and is not in education or work. Steve has been signed off with stress and the household is living on his sick pay.",
    ["EDU-NEET","MH-ADULT"], ["sick pay without a stated money problem is not FIN"])
box("F020","C","2026-01-12","orange","Millhaven",
    "No missing episodes since September. Callum still sees the exploitation worker and YOS for the possession charge. He has a traineeship place from February but has not started yet.",
    ["SAFE-EXP","CRIME","EDU-NEET"], [])

# F021 stepdad, overcrowding
box("F021","A","2025-09-15","orange","Ashbrook",
    "Seven people live in a two-bedroom flat with black mould in both bedrooms, and environmental health have served an improvement notice on the landlord. Maisie (1) has had three chest infections since July.",
    ["HOUS","PH"], ["landlord's offence not coded; its effect is HOUS"])
box("F021","A","2025-09-15","yellow","Ashbrook",
    "Dean and Chloe argue about chores and who does the night feeds. Both say it has never become physical and neither is afraid of the other. Referred to the Reducing Parental Conflict programme.",
    ["REL-CONF"], ["negated DA"])
box("F021","C","2026-02-23","yellow","Ashbrook",
    "The landlord treated the mould in November but the family is still overcrowded and in band B on the housing register.",
    ["HOUS"], [])

# F022 disabled dad, young carer
box("F022","A","2025-12-01","yellow","Kelworth",
    "Neil has MS and uses a wheelchair; Freya (14) helps him into bed and does the shopping. His PIP was cut at reassessment and he owes £300 on the gas. Citizens Advice referral for a mandatory reconsideration.",
    ["PH","CARER","FIN"], [])
box("F022","A","2025-12-01","green","Kelworth",
    "Freya's attendance has dropped to 89% and her head of year has given her a young carers' pass so she can phone home at break.",
    ["EDU-ATT","CARER"], [])
box("F022","C","2026-05-18","yellow","Kelworth",
    "PIP was reinstated at tribunal and the gas debt was paid off in April. Adult social care carers now come twice a day for Neil's transfers, though Freya still does the shopping. Her attendance is back up to 95%.",
    ["PH","CARER"], ["FIN historical (paid off)", "attendance recovered: EDU-ATT not coded", "paid 'carers' are not CARER"])

# F023 elderly grandfather
box("F023","A","2026-01-19","orange","Millhaven",
    "Rhys (11) has been arriving at school hungry and in dirty uniform. Grandad George (78) has early dementia and twice forgot to collect him last month. Adult social care and the school have agreed a TAF plan.",
    ["SAFE-NEG","PH"], [])
box("F023","A","2026-01-19","yellow","Millhaven",
    "Rhys reminds George to take his tablets and makes the tea most nights.",
    ["CARER"], [])
box("F023","C","2026-06-15","orange","Millhaven",
    "George has moved to extra-care housing and Rhys lives with his uncle Paul under a kinship arrangement, seeing George every Sunday. Paul has a two-bedroom flat with his own two children, so Rhys sleeps on a sofa bed in the living room.",
    ["HOUS"], ["George now outside the household: PH not coded", "kinship arrangement is not CARER"])

# F024 dad, teenage daughter with baby
box("F024","A","2026-02-02","yellow","Stonecross",
    "Tia (17) had Zara in November and has not gone back to college, though she wants to start again in September. Marcus works full time, so Tia is on her own with the baby all day.",
    ["EDU-NEET"], [])
box("F024","A","2026-02-02","green","Stonecross",
    "Zara (3 months) has reflux and the GP has prescribed Gaviscon. The health visitor screened Tia for postnatal depression and the score was low.",
    ["PH"], ["negated MH-ADULT (PND screen low)"])
box("F024","C","2026-06-22","green","Stonecross",
    "Tia has a place at Stonecross College from September with Care to Learn paying for childcare. Zara's reflux has settled and she no longer needs the medicine.",
    ["EDU-NEET"], ["PH historical (reflux settled)"])

# F025 veteran dad with PTSD
box("F025","A","2026-03-02","orange","Ashbrook",
    "Rob has PTSD from his army service and is under the veterans' mental health team. Last month police did a welfare check after he sent a worrying message to his sister. He has had thoughts of ending his life but has a plan to keep himself safe.",
    ["MH-ADULT"], ["police welfare check is not CRIME"])
box("F025","A","2026-03-02","yellow","Ashbrook",
    "Ben (10) is very protective of his dad, checks on him during the night and makes sure he has eaten. EHW to link Ben with Ashbrook Young Carers.",
    ["CARER"], [])
box("F025","C","2026-08-17","yellow","Ashbrook",
    "Rob is still seen by the veterans' team and now goes to a weekly peer group; no crisis calls since April. Holly (6) had grommets fitted in June and her hearing is back to normal.",
    ["MH-ADULT"], ["PH historical (grommets fitted)"])

# F026 dad with sole care, mum's supervised contact
box("F026","A","2026-04-13","green","Kelworth",
    "Archie (12) has been referred by the SENCO for an autism assessment and has a quiet-room pass at school.",
    ["EDU-SEND"], [])
box("F026","A","2026-04-13","yellow","Kelworth",
    "The children's mum sees them at a contact centre on Saturdays because of her drinking. Sophie (9) is anxious for days afterwards and has started wetting the bed again. Paul is waiting for a place on the Kelworth Dads parenting course.",
    ["MH-CHILD","PH","REL-PAR"], ["mum outside household: her drinking is not SUB"])
box("F026","C","2026-09-21","blue","Kelworth",
    "Sophie is dry at night again. Paul uses the reward chart from the parenting course and says Saturdays are calmer now.",
    ["REL-PAR"], ["PH historical (dry at night)"])

# F027 stepdad, teenage offending
box("F027","A","2026-05-04","orange","Millhaven",
    "Reece (14) was arrested for shoplifting with older boys, and police have twice come to the house about him riding an e-scooter through the precinct. He was permanently excluded from Millhaven Academy in April.",
    ["CRIME","EDU-EXC"], [])
box("F027","A","2026-05-04","yellow","Millhaven",
    "Reece won't speak to his stepdad Tony and has smashed his bedroom door. Rachel says Tony has never laid a finger on anyone. Family support worker allocated.",
    ["REL-PAR"], ["negated DA"])
box("F027","C","2026-10-05","yellow","Millhaven",
    "Reece was given a youth caution for the shoplifting. His attendance at his new school is 70% and he is late most mornings.",
    ["CRIME","EDU-ATT"], [])

# F028 dad-led, poverty
box("F028","A","2026-06-08","orange","Stonecross",
    "Shaun's Universal Credit was stopped for six weeks after a missed appointment. He has been to the food bank three times, the electric meter has run out twice and he owes £500 on a payday loan with charges mounting. Jobcentre, Citizens Advice and the EHW agreed a TAF plan.",
    ["FIN"], [])
box("F028","A","2026-06-08","yellow","Stonecross",
    "At the home visit the cupboards were bare and Finn (5) said he had not had breakfast. The children's bedding was dirty.",
    ["SAFE-NEG"], [])
box("F028","A","2026-06-08","green","Stonecross",
    "Ivy (2) has not had her MMR and is not using her funded nursery hours; the health visitor will visit.",
    ["PH","EYD"], [])
box("F028","C","2026-11-16","yellow","Stonecross",
    "The UC sanction has been lifted and Shaun has a debt relief order going through with Citizens Advice. Ivy now goes to Tiny Steps nursery three mornings a week and had her MMR in August.",
    ["FIN"], ["nursery take-up and MMR now met: EYD/PH not coded"])

# F029 grandfather, escalation to s20
box("F029","A","2026-01-05","green","Kelworth",
    "Mo (8) has a speech sound disorder and sees the school's speech and language therapist every fortnight.",
    ["EDU-SEND"], ["school-age speech is EDU-SEND, not EYD"])
box("F029","A","2026-01-05","yellow","Kelworth",
    "Grandad Alan (59) has looked after Mo since his mum went to prison in 2024. Alan says he is not coping and his GP prescribed antidepressants last week. He says there are no problems with money or the house.",
    ["MH-ADULT"], ["mum outside household", "negated FIN and HOUS"])
box("F029","C","2026-07-13","red","Kelworth",
    "Alan had a heart attack in May and Mo was accommodated under section 20 with foster carers, who take him to his speech therapy at school. The plan is for Mo to go home when Alan is well enough.",
    ["PH","EDU-SEND"], ["foster carers are not CARER"])

# F030 separated dad with weekend contact
box("F030","A","2026-09-07","yellow","Ashbrook",
    "Ollie has his son Dylan (13) every weekend and half the holidays. After fights in the playground Dylan's school has set up a managed move to Kelworth High. Ollie wants help with boundaries because Dylan refuses to come in on time on Saturday nights.",
    ["EDU-EXC","REL-PAR"], [])
box("F030","A","2026-09-07","blue","Ashbrook",
    "Ollie says that if his agency work dries up over the winter he will go to Citizens Advice; for now the rent is paid and he has no debts.",
    [], ["hypothetical FIN", "negated FIN"])
box("F030","C","2026-12-14","yellow","Ashbrook",
    "Dylan is at Kelworth High on a managed move that is reviewed every six weeks and has had one detention this term. Ollie says the Saturday curfew is now kept.",
    ["EDU-EXC"], ["REL-PAR issue described as resolved"])

# Unboxed notes: (id, date, locality, text, codes, gold level, traps)
U = [
 ("N001","2025-05-06","Millhaven",
  "Phone call from dad Errol: police picked up his son Tyrese (15) last night for anti-social behaviour at the retail park and Errol wants the YOS number. No concerns about school.",
  ["CRIME"], "orange", ["negated school concerns"]),
 ("N002","2025-10-02","Kelworth",
  "Grandad Hamid asked about kinship carer allowance and was given the leaflet and the website to apply himself. He mentioned that Zayan (4) still is not toilet trained and he will raise it with the health visitor.",
  ["EYD"], "green", ["kinship carer is not CARER", "no money problem described: no FIN"]),
 ("N003","2026-02-11","Stonecross",
  "Stepdad Aaron called: his partner Jade has been low since the baby came and is seeing the GP, so Aaron is doing all the night feeds. No domestic abuse, no drug use.",
  ["MH-ADULT"], "green", ["negated DA and SUB"]),
 ("N004","2025-11-19","Ashbrook",
  "Home visit to single dad Nathan. The bedroom ceiling has leaked for two months and the landlord is not replying. Nathan was given the Shelter helpline and will contact environmental health himself.",
  ["HOUS"], "blue", []),
 ("N005","2026-03-23","Millhaven",
  "EHW visit: dad Viktor says Nadia (16) is no longer going to college and stays in bed until the afternoon. Viktor has a few beers at the weekend; neither Nadia nor the school has any concerns about it. EHW to make a careers referral.",
  ["EDU-NEET"], "yellow", ["social drinking with no concern: SUB not coded", "NEET young person: no FIN"]),
 ("N006","2026-08-04","Kelworth",
  "ICPC today for Demi (3) and Rocco (6). Dad Gavin leaves them alone at night while he works at the warehouse. The boiler has been broken since spring and the landlord will not repair it, so there is no heating or hot water.",
  ["SAFE-NEG","HOUS"], "red", ["night work is not FIN"]),
]

STAGE = {"A": "assessment", "C": "closure"}

def write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(header)
        w.writerows(rows)

nrows, grows, traps = [], [], {}
for case, st, date, level, loc, text, codes, tn in B:
    tid = f"{case}-{st}"
    nid = f"{tid}-{level}"
    nrows.append([nid, tid, case, STAGE[st], date, level, loc, text])
    for c in codes:
        grows.append([nid, c, level])
    traps[nid] = tn
for nid, date, loc, text, codes, lvl, tn in U:
    nrows.append([nid, nid, nid, "assessment", date, "", loc, text])
    for c in codes:
        grows.append([nid, c, lvl])
    traps[nid] = tn

write_csv(os.path.join(HERE, "narratives.csv"),
          ["narrative_id","triage_id","case_id","stage","date","level","locality","narrative"], nrows)
write_csv(os.path.join(HERE, "gold.csv"), ["narrative_id","code","level"], grows)
with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8", newline="\n") as f:
    json.dump({k: v for k, v in traps.items() if v}, f, indent=1, ensure_ascii=False)
print(f"{len(nrows)} narratives, {len(grows)} gold rows, {sum(1 for v in traps.values() if v)} with traps")
