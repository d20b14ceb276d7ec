#!/usr/bin/env python3
"""Set D - hand-written held-out gold standard (partner-agency referral text, 2025).

Every narrative sits next to its gold codes and its trap notes.  Running this
script writes narratives.csv, gold.csv, traps.json and README.md.

Boxed triages: TRIAGES -> one narrative per box colour; every code takes the box level.
Unboxed notes: NOTES -> level is the single highest cue in the text (convention 2).

Trap tags used in the notes:
  NEG        negation (cue word given)          NEG-SCOPE  negation that must not reach a later clause
  HIST       historical only                    MIXED      past and current in one narrative
  HYPO       hypothetical only                  MANAGING   "now managing" positive in a blue/green box
  GOODNEWS   pure good news, not coded          NA         N/A / None box
  C5..C12    the numbered coding conventions
"""
import csv, json, os
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
LEVELS = ["blue", "green", "yellow", "orange", "red"]

# ---------------------------------------------------------------------------
# Boxed triages: (box level, text, [codes], [trap notes])
# ---------------------------------------------------------------------------
TRIAGES = [
 # K001 - single mum, two children; DA from ex-partner outside the home
 dict(case="K001", stage="assessment", date="2025-01-14", loc="Eastbrook", boxes=[
  ("green", "HV 2-yr review 09/01 – Adaeze (2y3m) has around ten words, mostly labels like ‘cup’ and ‘car’, and gets very frustrated when she isn’t understood. Play-and-talk ideas left with Shanice, HV recheck in 12 wks. Funded nursery place offered in Nov, not yet taken up.",
   ["EYD"], []),
  ("yellow", "School DSL (Eastbrook Primary): Tobi (8) 86.4% for the autumn term with 11 late marks, mostly Mondays. Shanice says evenings are a battle – Tobi won’t come off his console when asked, slams doors and tells her she can’t make him.",
   ["EDU-ATT", "REL-PAR"], []),
  ("orange", "Shanice told the DSL that Tobi’s father, who lives elsewhere in Eastbrook, keeps turning up at the door demanding to see the children and has pushed her against the door frame twice since November. Police attended 02/01, he was arrested and bailed. IDVA now helping Shanice apply for a non-molestation order.",
   ["DA"], ["C7: ex-partner's assault on mum and his arrest are DA only, not CRIME",
            "C6: perpetrator lives outside the household; only the effect on the family (DA) is coded"]),
 ]),
 dict(case="K001", stage="closure", date="2025-06-20", loc="Eastbrook", boxes=[
  ("blue", "Shanice has kept going with the sticker chart and the ‘screens off at 7’ rule; she says Tobi grumbles but mostly goes along with it now.",
   ["REL-PAR"], ["MANAGING: boundaries now being kept by mum - REL-PAR present in a blue box"]),
  ("green", "Tobi’s attendance has climbed to 94.8% this term with only two lates and the attendance officer still checks in with Shanice each fortnight. Adaeze started nursery after Easter (15 funded hrs); keyworker says she is now putting two words together and HV will see her at 3.",
   ["EDU-ATT", "EYD"], ["MANAGING: improving attendance still monitored and speech progress are present in a green box"]),
  ("orange", "N/A", [], ["NA: empty box, no codes"]),
 ]),

 # K002 - dad with COPD, young carer, 17-year-old NEET
 dict(case="K002", stage="assessment", date="2025-02-24", loc="Millfield", boxes=[
  ("green", "GP letter (Dr S. Iqbal): Mr Piotr Kowalczyk, 45, severe COPD on home oxygen; two hospital admissions since December. Has missed his last two respiratory clinic appointments, reportedly because he could not manage the journey.",
   ["PH"], []),
  ("yellow", "Zofia (13) cooks most of the evening meals and sets up dad’s nebuliser before bed; she has been late to school 8 times since Christmas and says she doesn’t like leaving him on his own. Young carers referral sent 21/02.",
   ["CARER", "EDU-ATT"], []),
  ("orange", "Kacper (17) – left college in October, no job or training since; spends his days gaming in his room. Dad receives PIP and UC – payments in order; he says he would go to Citizens Advice if they were ever stopped.",
   ["EDU-NEET"], ["C11: 16+ NEET is EDU-NEET only, no FIN",
                  "C5: PIP/UC named with no money problem - no FIN, no PH",
                  "HYPO: 'would go to Citizens Advice if they were ever stopped' - no FIN"]),
 ]),

 # K003 - 15-year-old criminally exploited; younger sister bedwetting
 dict(case="K003", stage="assessment", date="2025-02-13", loc="Ravensworth", boxes=[
  ("blue", "Donna – vapes, trying to cut down. Says she doesn’t drink and has never used drugs.",
   [], ["C12: vaping is not SUB", "NEG: 'doesn't drink', 'never used drugs'"]),
  ("green", "Keeley (10) – still wet most nights. GP has given an enuresis alarm; school nurse aware.",
   ["PH"], []),
  ("yellow", "Mum (Donna) says Reece ignores the 9pm curfew, comes and goes as he likes and last week shoved her into the banister when she took his phone off him. She didn’t ring the police – ‘he’s my son’.",
   ["REL-PAR"], ["C8: child-to-parent violence with no police involvement is REL-PAR only (not DA, not CRIME)"]),
  ("orange", "PPN summary: Reece (15) reported missing overnight 10–11/02, located by officers at 06:10 at a flat in Millfield. Searched – 14 wraps of crack cocaine and two phones on him. Arrested for PWITS and released under investigation. Officers concerned he is being used to run drugs (county lines).",
   ["SAFE-EXP", "CRIME"], ["C12: drugs found on an exploited child are SAFE-EXP + CRIME, not SUB"]),
  ("red", "Strategy meeting 13/02: threshold met for s47 enquiries due to criminal exploitation; NRM referral to be completed by the allocated SW. Keeley (10) to be seen on her own at school.",
   ["SAFE-EXP"], []),
 ]),
 dict(case="K003", stage="closure", date="2025-07-30", loc="Ravensworth", boxes=[
  ("blue", "Donna is sticking to the curfew plan agreed with the worker – Reece is in by 9 most nights and when he isn’t she rings him and he picks up.",
   ["REL-PAR"], ["MANAGING: curfew plan kept - REL-PAR present in a blue box"]),
  ("yellow", "Reece given a 9-month referral order in May for the February offence; sees his YOS officer weekly and has attended every session so far.",
   ["CRIME"], []),
  ("orange", "No missing episodes since April and the NRM came back with a positive conclusive grounds decision. He is still messaging one of the older males linked to the Millfield flat – contextual safeguarding team monitoring.",
   ["SAFE-EXP"], ["MIXED: missing episodes are over, but contact with an exploiter is current - SAFE-EXP present"]),
 ]),

 # K004 - notice on tenancy, arrears, mum's depression, missed immunisations
 dict(case="K004", stage="assessment", date="2025-03-18", loc="Eastbrook", boxes=[
  ("green", "Nursery say Maryam (4) is doing well and they have no concerns about her development. Baby Ibrahim (5m) has not had his 8 or 12-week immunisations – HV has rebooked twice.",
   ["PH"], ["NEG-SCOPE: 'no concerns about her development' negates EYD only; missed immunisations in the next sentence are PH"]),
  ("yellow", "Aisha tearful throughout the visit; describes feeling ‘flat and useless’ most days. GP started her on antidepressants last month and she has self-referred to talking therapies.",
   ["MH-ADULT"], []),
  ("orange", "Housing officer – Eastbrook Homes: s21 served 03/03, expires 05/05. Rent account £1,640 in arrears; the housing element of UC stopped after a change of circumstances in the autumn and the claim was never updated.",
   ["HOUS", "FIN"], []),
  ("red", "None at present – no CSC involvement.", [], ["NA: 'None' box with a negation, no codes"]),
 ]),

 # K005 - DA by mum's partner, mum's drinking, school-age speech
 dict(case="K005", stage="assessment", date="2025-03-04", loc="Millfield", boxes=[
  ("green", "Lily-Mae (7) – speech sounds unclear and staff struggle to understand her; on the school SALT list and receiving SEN support from the SENCO.",
   ["EDU-SEND"], ["C9: speech and language at school age is EDU-SEND, not EYD"]),
  ("yellow", "Gemma is drinking most nights, ‘a bottle or two of wine to switch off’. She has the number for the community drug and alcohol team but hasn’t rung them yet.",
   ["SUB"], []),
  ("orange", "Gemma disclosed that Craig (40) has hit her several times since Christmas, most recently on 16/02 in front of Mason. DASH high; MARAC 24/02.",
   ["DA"], []),
  ("red", "ICPC 28/02 – Mason (11) and Lily-Mae (7) made subject to CP plans under emotional abuse, following repeated police call-outs for domestic abuse by mum’s partner Craig.",
   ["DA"], []),
 ]),
 dict(case="K005", stage="closure", date="2025-09-12", loc="Millfield", boxes=[
  ("blue", "Gemma has finished the Freedom Programme, keeps a safety plan on her phone and has had the locks changed; a restraining order against Craig is in place until 2027.",
   ["DA"], ["MANAGING: safety plan and a restraining order in force - DA present in a blue box"]),
  ("green", "Lily-Mae still on SEN support – speech much clearer and she sees the SALT assistant in school every fortnight.",
   ["EDU-SEND"], []),
  ("yellow", "Gemma still goes to the alcohol service group on Thursdays and has cut down to drinking at weekends only.",
   ["SUB"], []),
  ("orange", "Craig keeps contacting Gemma through mutual friends and turned up outside the school gates in August; IDVA reviewing her safety plan. Children’s CP plans stepped down to CIN in May.",
   ["DA"], []),
 ]),

 # K006 - single dad, 12-year-old suspensions/ADHD, 16-year-old panic attacks
 dict(case="K006", stage="assessment", date="2025-03-25", loc="Ravensworth", boxes=[
  ("green", "SENCO has put Jaylen on SEN support – movement breaks and a time-out card. Dwayne and school discussing whether to ask for an EHC needs assessment.",
   ["EDU-SEND"], []),
  ("yellow", "Nia (16): on a part-time timetable at sixth form (mornings only) since half term after a run of panic attacks; seeing the school counsellor weekly.",
   ["EDU-ATT", "MH-CHILD"], []),
  ("orange", "Jaylen (12) – third suspension this year (5 days from 18/03) after throwing a chair in science. School talking about a managed move. Referred to community paediatrics for an ADHD assessment, waiting list about 9 months.",
   ["EDU-EXC", "EDU-SEND"], []),
 ]),

 # K007 - neglect, mould, fuel debt, toddler not talking
 dict(case="K007", stage="assessment", date="2025-04-08", loc="Eastbrook", boxes=[
  ("green", "Harley (5), reception – often comes in hungry and asks for seconds at breakfast club; uniform usually unwashed.",
   ["SAFE-NEG"], []),
  ("yellow", "Kai (2y6m) – no words yet, still on a bottle through the day; funded nursery place offered but not taken up.",
   ["EYD"], []),
  ("orange", "Black mould across both bedrooms – landlord not replying to Chantelle’s messages. £420 owed on the electric; prepayment meter runs out most weeks and she has been to the food bank three times this month.",
   ["HOUS", "FIN"], ["C10: food bank and fuel debt are FIN; no hungry child described here, so no SAFE-NEG"]),
  ("red", "Section 47 started 04/04 after Kai (2) was brought back by a bus driver who found him at the stop outside the flats in just a nappy. SW visit found dog mess on the floors, bare cupboards and no clean bedding. Strategy meeting outcome – to ICPC.",
   ["SAFE-NEG"], []),
 ]),
 dict(case="K007", stage="closure", date="2025-10-03", loc="Eastbrook", boxes=[
  ("blue", "Chantelle sits down with her sister every Sunday to do a budget and tops the meter up each Friday; she has not needed the food bank since August.",
   ["FIN"], ["MANAGING: budgeting and meter top-ups are FIN present in a blue box",
             "MIXED: food bank use itself is historical (one FIN row only)"]),
  ("green", "Kai doing 15 hrs at nursery and now has around 30 words; HV to see him at his 3-year check.",
   ["EYD"], ["MANAGING: speech progress still followed by nursery/HV in a green box"]),
  ("yellow", "Downstairs is kept tidy now, but the boys’ bedroom still has soiled bedding and clothes piled on the floor at every visit; family support worker continuing fortnightly checks.",
   ["SAFE-NEG"], []),
  ("orange", "Mould treated and windows replaced by the landlord in June – no further problems.",
   [], ["HIST: disrepair fixed - no HOUS"]),
 ]),

 # K008 - parents divorcing under one roof; children's emotional wellbeing
 dict(case="K008", stage="assessment", date="2025-04-29", loc="Millfield", boxes=[
  ("blue", "Both parents have read the separation guidance sent to them and have booked and paid for a private mediation session themselves.",
   ["REL-CONF"], []),
  ("green", "Dev (9) quieter than usual in class since Easter and has stopped joining in at playtimes; class teacher doing daily check-ins and a worry box.",
   ["MH-CHILD"], []),
  ("yellow", "No domestic abuse disclosed by either parent and nothing known to police. Ravi and Priya have agreed to divorce but are still under one roof, with loud rows most evenings about the divorce and the children’s arrangements.",
   ["REL-CONF"], ["NEG-SCOPE: DA negated in the first sentence; the rows in the next sentence are REL-CONF present"]),
  ("orange", "Anika (14) told a friend she has been cutting her arms and the friend told a teacher. DSL made a CAMHS referral – first appointment 02/05.",
   ["MH-CHILD"], []),
 ]),

 # K009 - 17-year-old cannabis, ASB, NEET
 dict(case="K009", stage="assessment", date="2025-01-27", loc="Ravensworth", boxes=[
  ("green", "Ellie (14) has asthma, well controlled with inhalers; Tracey takes her to her GP asthma reviews.",
   ["PH"], ["MANAGING: a controlled condition is PH present in a green box"]),
  ("yellow", "Connor dropped out of his plumbing course in November; not working and not looking. Tracey works part time at the supermarket.",
   ["EDU-NEET"], ["C11: NEET 17-year-old is EDU-NEET only; mum works, so no FIN"]),
  ("orange", "Youth worker: Connor (17) smoking cannabis every day ‘to chill out’. Stopped by police twice in December for ASB on the Ravensworth estate; youth caution for criminal damage to a bus stop on 12/12.",
   ["SUB", "CRIME"], []),
 ]),
 dict(case="K009", stage="closure", date="2025-06-18", loc="Ravensworth", boxes=[
  ("blue", "Connor is down to smoking cannabis at weekends and says he wants to stop; he knows when the young people’s drug service drop-in runs.",
   ["SUB"], ["MANAGING: reduced but continuing use - SUB present in a blue box"]),
  ("yellow", "Connor started a 12-week employability course in May but has missed 5 of the last 10 sessions – tutor worried he will drop out.",
   ["EDU-NEET"], []),
  ("orange", "No police contact since February and the caution conditions are done. YOS say they would only get involved if he reoffends.",
   [], ["HIST: offending over", "HYPO: YOS involvement only if he reoffends - no CRIME"]),
 ]),

 # K010 - refugee family: PTSD, UC sanction, temporary accommodation
 dict(case="K010", stage="assessment", date="2025-05-06", loc="Eastbrook", boxes=[
  ("green", "GP letter: Selam (33) has PTSD relating to events before the family came to the UK – flashbacks and nightmares; on sertraline and waiting for the refugee trauma service.",
   ["MH-ADULT"], []),
  ("yellow", "UC sanctioned in February after Yonas missed a Jobcentre appointment (letter went to an old address). Family living on about £60 a week and using the Eastbrook food bank; Citizens Advice appt booked for 12/05.",
   ["FIN"], []),
  ("orange", "Family of four in a one-bed flat in temporary accommodation since September; the children sleep in the living room. Council yet to make an offer.",
   ["HOUS"], []),
 ]),

 # K011 - autistic child, young carer, mum with fibromyalgia
 dict(case="K011", stage="assessment", date="2025-02-19", loc="Millfield", boxes=[
  ("blue", "Kirsty receives PIP for herself and Carer’s Allowance for Alfie; she says money is fine.",
   [], ["C5: benefit names alone imply no FIN, PH or CARER", "C12: Carer's Allowance / adult 'carer' is not CARER", "NEG: 'money is fine'"]),
  ("green", "Alfie (10) – autism diagnosis 2023; EHCP in place with a full-time 1:1 TA in mainstream Y5. Annual review booked for June.",
   ["EDU-SEND"], []),
  ("yellow", "When plans change Alfie lashes out at Kirsty – she has been bitten and kicked several times this month and says she is ‘walking on eggshells’. She has been offered a place on a parenting course starting in March.",
   ["REL-PAR"], ["C8: child-to-parent violence is REL-PAR, not DA"]),
  ("orange", "Jack (13) gets Alfie dressed and onto the bus most mornings and helps Kirsty up the stairs when her fibromyalgia flares. He has started refusing to go in on Mondays – attendance 79%.",
   ["CARER", "EDU-ATT", "PH"], []),
 ]),

 # K012 - 13-year-old online grooming, missing, bullying
 dict(case="K012", stage="assessment", date="2025-05-09", loc="Ravensworth", boxes=[
  ("blue", "Lauren and Gareth have switched on parental controls and now keep Skye’s phone downstairs overnight.",
   ["SAFE-EXP"], ["MANAGING: online-safety measures in place - SAFE-EXP present in a blue box"]),
  ("yellow", "Skye has been dropped by her friendship group, who now call her names in a Year 8 group chat; pastoral lead working with the girls involved.",
   ["SAFE-EXP"], []),
  ("orange", "Two missing episodes in April – both times found by police at Ravensworth bus station after 11pm.",
   ["SAFE-EXP"], ["C7: police finding a missing child is safeguarding, not CRIME"]),
  ("red", "Strategy meeting 09/05: Skye (13) has been sending indecent images to a man she met on Snapchat who says he is 19. Police investigating; joint s47 agreed.",
   ["SAFE-EXP"], []),
 ]),

 # K013 - postnatal depression, 6-year-old suspensions; past DA
 dict(case="K013", stage="assessment", date="2025-05-12", loc="Eastbrook", boxes=[
  ("blue", "Partner Jamie works shifts at the distribution centre and does bath and bed on his days off.",
   [], ["C5: shift work is not FIN"]),
  ("green", "HV: Sophie scored 16 on the EPDS at the 3-month contact; GP started sertraline last week. Isla (4m) feeding well and gaining weight along the 50th centile.",
   ["MH-ADULT"], []),
  ("yellow", "Logan (6), Y1: two fixed-term suspensions this term for hitting staff; on a reduced timetable (mornings only) since 28/04.",
   ["EDU-EXC", "EDU-ATT"], []),
  ("orange", "Sophie’s ex (Logan’s father) was violent towards her in 2019; he has not been in touch since and now lives in Scotland.",
   [], ["HIST: DA ended in 2019 - no DA", "C6: ex-partner outside the household"]),
 ]),
 dict(case="K013", stage="closure", date="2025-11-04", loc="Eastbrook", boxes=[
  ("blue", "Sophie still takes her medication and walks with a local mums’ group twice a week – says she feels ‘like myself again’.",
   ["MH-ADULT"], ["MANAGING: continuing treatment - MH-ADULT present in a blue box"]),
  ("green", "Logan has had no further suspensions since June and has been on a full timetable since September.",
   [], ["HIST: 'no further ... since June' is over, not 'now managing' - no EDU-EXC/EDU-ATT"]),
  ("yellow", "At home Logan still hits out at Sophie when he is told no; the family worker is continuing the parenting sessions.",
   ["REL-PAR"], ["C8: child-to-parent violence is REL-PAR, not DA"]),
 ]),

 # K014 - diabetes and missed clinics, teen anxiety, job loss
 dict(case="K014", stage="assessment", date="2025-06-03", loc="Millfield", boxes=[
  ("green", "School nurse: Emir (11) has type 1 diabetes; HbA1c rising and three diabetes clinic appointments missed since the autumn.",
   ["PH"], []),
  ("yellow", "Defne (15) describes feeling sick with nerves before tests and has had panic attacks in school; the school counsellor is seeing her weekly.",
   ["MH-CHILD"], []),
  ("orange", "Mehmet lost his job in January; household now on UC and behind with the council tax (£780) and the gas bill.",
   ["FIN"], []),
 ]),

 # K015 - kinship care, closure only
 dict(case="K015", stage="closure", date="2025-08-22", loc="Ravensworth", boxes=[
  ("blue", "Margaret, Finley’s nan, has been his kinship carer since 2022 and says she is coping, with lots of help from her church.",
   [], ["C12: 'kinship carer' is an adult carer, not CARER", "GOODNEWS: support network only"]),
  ("green", "Finley (9) wet the bed only once in the last fortnight – he sets his own alarm and helps strip the bed; GP review in the autumn.",
   ["PH"], ["C9: school-age bedwetting is PH", "MANAGING: improving but still present in a green box"]),
  ("yellow", "Finley’s mum, who is using heroin again, phones him at random; after the calls he has angry outbursts at home and throws things at Margaret. Family worker continuing the kinship parenting programme.",
   ["REL-PAR"], ["C6: birth mum's heroin use is outside the household - no SUB", "C8: child's violence towards his carer is REL-PAR"]),
 ]),

 # K016 - dad on licence, betting debts, parental rows, toddler speech
 dict(case="K016", stage="assessment", date="2025-07-15", loc="Eastbrook", boxes=[
  ("green", "Freddie (2) – no words yet at his 2-year review, HV has referred to SALT and will see him again in three months.",
   ["EYD"], []),
  ("yellow", "Jodie and Lee argue most days since his release – about his friends and how late he stays out – sometimes in front of the children. Jodie says he has never been violent or controlling and she doesn’t feel unsafe.",
   ["REL-CONF"], ["NEG: DA negated ('never been violent or controlling'); the rows are REL-CONF"]),
  ("orange", "Lee (35) released from prison in March on licence, living back at the family home and reporting to probation weekly. Jodie says he has run up about £3,000 of debt on online betting sites.",
   ["CRIME", "FIN"], ["C7: household adult on licence is CRIME", "C10: gambling debt is FIN, not SUB"]),
  ("red", "N/A.", [], ["NA: empty box"]),
 ]),
]

# ---------------------------------------------------------------------------
# Unboxed notes: (stage, date, locality, level, text, [codes], [traps])
# level = highest cue in the text (convention 2)
# ---------------------------------------------------------------------------
NOTES = [
 ("assessment", "2025-02-04", "Eastbrook", "orange",
  "PPN – 03/02/25, 23:40. Officers attended Larch Close, Eastbrook after neighbours reported shouting. Darren Pike (52) said his son Kyle (16) had punched a hole in the kitchen door and pushed him into the worktop during a row about his curfew. Kyle arrested for common assault and bailed. Dad says Kyle dropped out of college at Christmas and isn’t working. No injuries; risk graded medium.",
  ["REL-PAR", "CRIME", "EDU-NEET"],
  ["C8: son's violence to dad is REL-PAR + CRIME (police), not DA", "C11: 16-year-old NEET - no FIN"]),
 ("assessment", "2025-01-21", "Ravensworth", "green",
  "Call from DSL, Ravensworth Primary – Amelia Nowak, Y4 (8). Attendance 88% and dropping. Mum (Agnieszka) says mornings end in tears; Amelia tells staff she is scared something bad will happen to mum while she is at school. Soft start in place and a daily check-in with the learning mentor.",
  ["EDU-ATT", "MH-CHILD"], []),
 ("assessment", "2025-03-19", "Millfield", "orange",
  "Presenting need: notice of seeking possession served 14/03 for rent arrears of £2,260.\nHousehold: Beverley Quinn (45), husband Roy (50), sons Harvey (12) and Louis (9).\nBackground: Roy had a stroke last year and has little use of his right side; Beverley gave up her job to be his carer.\nAction: referral to tenancy sustainment, repayment plan to be agreed.",
  ["HOUS", "FIN", "PH"], ["C12: Beverley as an adult 'carer' is not CARER"]),
 ("assessment", "2025-02-11", "Ravensworth", "green",
  "Dear colleague,\nI saw Mr Tomasz Zielinski (39) today with his daughter Julia (6). Mr Zielinski, a single parent, has poorly controlled epilepsy and has had two seizures at home this month. Julia helps him when he comes round and brings him his tablets; she told me she ‘looks after daddy’. I will review him in two weeks.\nDr F. Adebayo, Ravensworth Medical Centre",
  ["PH", "CARER"], []),
 ("assessment", "2025-03-05", "Millfield", "yellow",
  "Youth worker (Millfield Youth Hub): YP Jordan Asante (15) told me at drop-in that lads in his year pick on him on the bus and online – a video of him was shared round the year group and he is called names every day. Has missed 6 days this month because of it. I am now his early help key worker and will meet him weekly; linking in with school pastoral.",
  ["SAFE-EXP", "EDU-ATT"], []),
 ("closure", "2025-07-09", "Eastbrook", "yellow",
  "Closure summary – family hub worker. Natalie Brookes completed the parenting course in May and says the bedtime battles with Ava (5) have stopped. Leo (3) still in nappies during the day, so a toileting plan is being handed over to nursery and the HV. Natalie used the food bank in the spring but hasn’t needed it since starting work in April.",
  ["EYD"], ["HIST: bedtime battles stopped (no REL-PAR), food bank ended (no FIN)"]),
 ("assessment", "2025-04-23", "Ravensworth", "orange",
  "PPN – DA. 22/04/25, Ravensworth. IP: Kerry Walsh (31). Suspect: partner Dean Rowe (34), same address. Dean came home drunk, smashed Kerry’s phone and grabbed her by the throat in front of Taylor (7) and Bonnie (4). Kerry says he drinks heavily every day. Dean arrested for assault and criminal damage. DASH 17 – going to MARAC.",
  ["DA", "SUB"], ["C7: assault and criminal damage against the partner are DA only, not CRIME"]),
 ("assessment", "2025-03-10", "Millfield", "orange",
  "DSL, Millfield Academy – Kian Doherty (14). 4 suspensions since September (13 days in total) for defiance and fighting; at risk of PEX. Managed move to Eastbrook High started 03/03 on a 6-week trial. On the waiting list for an ADHD assessment; SEN support in place.",
  ["EDU-EXC", "EDU-SEND"], []),
 ("assessment", "2025-04-14", "Eastbrook", "yellow",
  "Family hub worker – Jasmine Khan (7): stammer has got worse over the last term and the SENCO has asked for a school SALT assessment. Mum (Rukhsana) also asked about Jasmine wetting the bed most nights – ERIC leaflet given. I will visit fortnightly.",
  ["EDU-SEND", "PH"], ["C9: school-age speech is EDU-SEND; school-age bedwetting is PH"]),
 ("assessment", "2025-05-06", "Ravensworth", "orange",
  "PPN – missing. Lacey Morgan (14) reported missing by mum at 22:00 on 05/05; found by officers at 02:30 in a car with two adult men on the ring road. Men’s details taken. Third missing episode in a month. CSE risk assessment: significant. Multi-agency exploitation meeting agreed a TAF plan.",
  ["SAFE-EXP"], ["C7: police finding a missing child is safeguarding, not CRIME"]),
 ("assessment", "2025-05-20", "Millfield", "green",
  "GP letter re Ms Danielle Hart (28), mum of Kayden (5) and Summer (2). Longstanding anxiety with panic attacks, now rarely leaving the house; on sertraline and propranolol. Denies any drug use; has one or two glasses of wine at weekends. Works part time and says money would be tight if her hours were cut. Kayden’s immunisations are up to date.",
  ["MH-ADULT"], ["NEG: 'denies any drug use', light drinking - no SUB", "HYPO: money tight only if hours cut - no FIN", "GOODNEWS: immunisations up to date - no PH"]),
 ("assessment", "2025-06-10", "Eastbrook", "red",
  "DSL, St Anne’s C of E Primary: Grace (9) and Daniel (6) Obi – both on CP plans (neglect) since March. They come in wearing the same unwashed uniform most days, Daniel’s head lice are never treated and Grace says there is often ‘nothing for tea’. School giving both breakfast and washing their uniforms.",
  ["SAFE-NEG"], ["C10: 'nothing for tea' is SAFE-NEG; no money problem or food bank, so no FIN"]),
 ("assessment", "2025-05-27", "Ravensworth", "orange",
  "Housing officer, Ravensworth Council: repeated neighbour complaints about the Lambert household – loud music late at night, and Jake Lambert (15) and friends kicking in the communal door. Police attended twice in April after stones were thrown at cars; Jake was one of the group. Acceptable Behaviour Contract signed with Jake 20/05. Mum has been told the family could lose the tenancy if the behaviour carries on.",
  ["CRIME"], ["HYPO: tenancy loss only if ASB continues - no HOUS"]),
 ("assessment", "2025-02-28", "Millfield", "blue",
  "Self-referral (web form) from Leanne Carter. She and Bobby’s dad split up last year and cannot agree arrangements for Bobby (10); handovers turn into shouting matches on the doorstep. Leanne says there has been no violence or threats from either side. Sent her a parenting plan template and information on child arrangements; her sister is going to do the handovers for now.",
  ["REL-CONF"], ["NEG: 'no violence or threats' - no DA"]),
 ("assessment", "2025-06-20", "Eastbrook", "orange",
  "PPN 19/06: Rhys Pritchard (16) arrested in Eastbrook town centre with £600 in cash and nine bags of cannabis wrapped for sale; says he doesn’t smoke it himself. Told officers an older man ‘looks after him’ and has bought him trainers and a jacket. CCE concerns – NRM referral made; Rhys released under investigation.",
  ["SAFE-EXP", "CRIME"], ["C12: drugs on an exploited child are SAFE-EXP + CRIME, not SUB"]),
 ("assessment", "2025-03-26", "Millfield", "yellow",
  "Youth worker notes – Maisie Rowe (14): vapes heavily and often asks staff for money for refills; no other substance use disclosed. Her mum has rheumatoid arthritis and Maisie helps her shower, does the evening meal and most of the washing. Referred to the young carers service with Maisie’s agreement.",
  ["CARER", "PH"], ["C12: vaping is not SUB", "NEG: 'no other substance use disclosed'"]),
 ("assessment", "2025-09-24", "Eastbrook", "orange",
  "Safeguarding referral – Eastbrook High DSL. CYP: Freya Lindqvist (15). Disclosed cutting since the summer holidays and has had thoughts of ending her life. Parents informed same day; urgent CAMHS referral and GP appt made. Freya says the constant arguing between her parents at home is getting her down.",
  ["MH-CHILD", "REL-CONF"], []),
 ("assessment", "2025-04-02", "Ravensworth", "yellow",
  "Family hub worker. Zara Hussain (30), Aliyah (9), Yusuf (6). Zara left her husband in 2022 after years of controlling behaviour; he lives abroad and has had nothing to do with the family since. Presenting need: Aliyah refuses anything she is asked to do, screams at Zara and has pulled her hair; Yusuf copies her. Booked Zara onto the Triple P group starting 23/04.",
  ["REL-PAR"], ["HIST: DA ended in 2022 - no DA", "C8: child pulling mum's hair is REL-PAR"]),
 ("assessment", "2025-03-12", "Millfield", "green",
  "HV 1-yr review – Theo Marshall (12m): still only on formula, no solids introduced; weight has dropped from the 50th to the 9th centile. Mum (Lucy) says money is very tight and she has been watering the formula down to make the tin last. HV to weigh weekly; GP informed.",
  ["EYD", "PH", "SAFE-NEG", "FIN"], ["C10: diluted feeds (child underfed) are SAFE-NEG and money shortage is FIN - both described"]),
 ("assessment", "2025-03-03", "Millfield", "orange",
  "PPN 02/03: Mrs Pauline Grant (48) called police when her ex-husband Martin, who lives in Eastbrook, came to the house shouting threats in breach of a non-molestation order. Martin arrested. Her son Ashley (19), who lives with her, is on licence after a custodial sentence for robbery. Daughter Jade (13) was frightened and hid upstairs.",
  ["DA", "CRIME"], ["C7: ex-husband's breach and arrest are DA only; son on licence is CRIME", "C6: ex-husband outside household - only his effect (DA) coded"]),
 ("assessment", "2025-11-18", "Eastbrook", "green",
  "Call from Y5 teacher, Eastbrook Primary – Harrison Webb (10). Behaviour has gone downhill since October: refusing work, walking out of lessons and swearing at the TA. Class teacher has a behaviour plan in place; parents come to every meeting and are supportive. His attendance is excellent.",
  ["EDU-EXC"], ["GOODNEWS: excellent attendance - no EDU-ATT"]),
 ("assessment", "2025-01-30", "Millfield", "orange",
  "Housing officer: private rented 2-bed, the Mensah family (parents + 3 children). Heavy damp and mould in the children’s room. Kojo (4) has been admitted twice this winter with asthma attacks. Since the family complained, the landlord has served a section 21 notice.",
  ["HOUS", "PH"], []),
 ("assessment", "2025-08-06", "Ravensworth", "green",
  "GP letter – Owen Bradley (17): low mood for several months, withdrawn, not in college or work since leaving school in 2024. Started fluoxetine, review in four weeks. Lives with mum, who works full time.",
  ["MH-CHILD", "EDU-NEET"], []),
 ("assessment", "2025-07-16", "Eastbrook", "orange",
  "PPN 12/07: member of the public rang for an ambulance for a teenage boy collapsed in Eastbrook park. Officers attended with paramedics – Callum Reid (15) very drunk and vomiting, taken to A&E then home to mum (Tina). Tina says it is the third time this month he has come home drunk and that he also smokes cannabis. No offences disclosed – NFA. TAF meeting 15/07 with school and the young people’s substance service – plan agreed.",
  ["SUB"], ["C7: police attending for welfare is not CRIME", "NEG: 'no offences disclosed'"]),
 ("assessment", "2025-10-08", "Millfield", "yellow",
  "Family hub worker – Sean and Michelle O’Brien separated in August after 14 years; Sean is staying at his brother’s. They can’t agree contact for Erin (8) and Conor (5) and have stopped speaking. Michelle gets UC and Child Benefit and says she is managing fine financially. Both referred to family mediation.",
  ["REL-CONF"], ["C5: UC and Child Benefit with no money problem - no FIN", "NEG: 'managing fine financially'"]),
 ("assessment", "2025-04-17", "Ravensworth", "green",
  "HV new birth visit – Rosa (12 days), mum Ana Ferreira (22), dad Bruno (25); paternal grandmother lives with them. Routine enquiry: no DA disclosed and both describe the relationship as good. Ana has been low and tearful most days since the birth and worries constantly that something will happen to Rosa. HV to repeat EPDS next week; GP aware.",
  ["MH-ADULT"], ["NEG-SCOPE: DA negation does not reach Ana's low mood (MH-ADULT present)"]),
 ("assessment", "2025-10-15", "Eastbrook", "red",
  "DSL, Eastbrook Juniors – Tia Robinson (10), open to CSC on a child in need plan. Tia told her teacher she is scared when mum’s boyfriend Shane, who lives with them, gets drunk most nights and shouts at mum; last week he punched the wall next to mum’s head. Tia has missed 9 days this half term.",
  ["DA", "SUB", "EDU-ATT"], []),
 ("assessment", "2025-09-10", "Millfield", "yellow",
  "Youth worker – Demi Harper (16). Left school in July with no place; NEET. Lives with dad, who can’t work because of a long-term back condition; money very short and they have been getting food parcels from the church. Dad has a Citizens Advice appointment on 16/09. I’ll meet Demi weekly to look at apprenticeships.",
  ["EDU-NEET", "FIN", "PH"], ["C11: FIN is for dad's worklessness and food parcels, not Demi's NEET status", "C10: food parcels are FIN"]),
 ("assessment", "2025-06-25", "Millfield", "green",
  "HV: Kayleigh Dunn (26) and Archie (3). Kayleigh’s ex-partner assaulted her in 2021 and went to prison; since his release last month he has been sending her threatening messages saying he will ‘take Archie’. She is frightened and has blocked his number; DA helpline details given. Archie at nursery 15 hrs – speech coming on well.",
  ["DA"], ["MIXED: 2021 assault is past but current threats make DA present", "GOODNEWS: Archie's speech - no EYD", "C6: ex-partner outside household"]),
 ("assessment", "2025-07-14", "Ravensworth", "red",
  "PPN – 14/07. Officers attended after a passer-by saw a toddler at an open upstairs window. Kayla Hughes (3) found alone in the flat; mum Jess (20) came back 40 minutes later from a friend’s. Very little food in the kitchen, Kayla’s nappy heavily soiled, rubbish bags piled in the hall. Strategy discussion with CSC the same day – s47 agreed.",
  ["SAFE-NEG"], ["C7: police acting to safeguard is not CRIME", "C10: little food in the home is SAFE-NEG, no FIN"]),
 ("assessment", "2025-08-12", "Millfield", "orange",
  "Housing Options\nPresenting need: Mrs Fatima Ali (35) presented as homeless with Yasmin (11), Omar (8) and Hana (5), fleeing DV from her husband, who remains in the family home.\nAction: refuge placement in Millfield; MARAC referral made.\nEducation: none of the children have been to school since the move 10 days ago.",
  ["HOUS", "DA", "EDU-ATT"], []),
 ("closure", "2025-11-05", "Ravensworth", "yellow",
  "Closing update from DSL, Ravensworth Academy – Ethan Clarke (12) still stays up to look after mum on nights when she has been drinking and puts his little sister to bed. Homework rarely done. Mum (Sarah) continues with the community alcohol service.",
  ["CARER", "SUB"], []),
 ("assessment", "2025-02-17", "Eastbrook", "blue",
  "Phone call from Adam Lewis, dad of two. Made redundant last week and worried about keeping up with the gas and electric. Sent links to the benefits calculator and the council’s hardship fund page; he is making a UC claim online today and his parents have lent him £300.",
  ["FIN"], []),
 ("assessment", "2025-04-24", "Millfield", "blue",
  "Mrs Nadia Malik asked for advice for her son Ayaan (4), still in nappies and refusing the potty. Sent the toilet-training guide and a few short videos; Nadia’s sister, who has potty-trained three of her own, is helping.",
  ["EYD"], []),
 ("assessment", "2025-08-30", "Millfield", "orange",
  "PPN 30/08: Angela Foster rang police after her son Liam (14) threatened her with a kitchen knife in a row about his Xbox. Liam calmed down when officers arrived. Voluntary interview for threats with a bladed article; referred to the YOS out-of-court disposal panel.",
  ["REL-PAR", "CRIME"], ["C8: child-to-parent violence is REL-PAR + CRIME (police/YOS), not DA"]),
 ("assessment", "2025-05-28", "Eastbrook", "green",
  "GP letter – Mrs Joanne Wright (47), parent carer for Toby (14), who has cerebral palsy and uses a wheelchair. Increasingly depressed; says her marriage is ‘falling apart’ and she and her husband row constantly about Toby’s care. Started citalopram today.",
  ["MH-ADULT", "REL-CONF", "PH"], ["C12: 'parent carer' is not CARER"]),
 ("assessment", "2025-01-22", "Millfield", "orange",
  "DSL, Millfield High – Zac Holloway (13): EHCP for autism; attendance 61% – he becomes overwhelmed and won’t leave the house. Accepted by CAMHS for anxiety work. Mum (Nicola), who is on medication for depression herself, gave up work to be at home with him and is now behind with the council tax.",
  ["EDU-SEND", "EDU-ATT", "MH-CHILD", "MH-ADULT", "FIN"], []),
 ("assessment", "2025-09-19", "Ravensworth", "red",
  "Step-up note (family hub worker)\nBaby Noah Kelly (5 wks), mum Courtney (18).\nCourtney using cocaine at weekends; leaving Noah overnight with friends she met online.\nPLO pre-proceedings meeting held 18/09.",
  ["SUB", "SAFE-NEG"], []),
 ("assessment", "2025-11-13", "Ravensworth", "orange",
  "DSL, Ravensworth Academy – Tommy Lynch (14) permanently excluded 12/11 after bringing a knife into school. Police called and Tommy arrested; YOS now involved. Mum (Dawn) says she ‘can’t control him’ – he won’t come in at night or do anything she asks.",
  ["EDU-EXC", "CRIME", "REL-PAR"], []),
 ("assessment", "2025-10-21", "Eastbrook", "green",
  "HV home visit – Kerry-Ann Stubbs (23), twins Ivy and Jude (18m). Flat very cluttered, nappies and food waste on the floor, both twins in the same dirty clothes as at the last visit. Neither twin walking yet and very little babble. Both weighed – weights fine, faltering growth ruled out.",
  ["SAFE-NEG", "EYD"], ["NEG: 'faltering growth ruled out' - no PH"]),
 ("assessment", "2025-06-04", "Eastbrook", "yellow",
  "DSL, Eastbrook Primary – Riley Shaw (9): internal exclusion twice this half term for aggression towards other children; at risk of suspension. Mum (Kim) reports no worries at home, but says Riley misses his dad, who works away on the rigs. Riley referred to the behaviour support service for outreach.",
  ["EDU-EXC"], ["NEG-SCOPE: 'no worries at home' negates REL-PAR only; the school behaviour before it is EDU-EXC"]),
 ("assessment", "2025-02-05", "Millfield", "yellow",
  "Family hub worker – Nathan Cole (11), Y7. Three fixed-term suspensions since September for fighting. Mum (Leah) and stepdad (Ryan) argue about how to handle him, and Ryan has started shouting at Nathan a lot. Weekly sessions with Leah on boundaries and consequences.",
  ["EDU-EXC", "REL-CONF", "REL-PAR"], []),
 ("assessment", "2025-03-31", "Millfield", "green",
  "SENCO, Millfield Primary – Charlie Bishop (8), ADHD diagnosis, SEN support plan. Lunchtimes are the flashpoint: he has hit other children several times and now eats lunch in a supervised room with two friends.",
  ["EDU-SEND", "EDU-EXC"], []),
 ("assessment", "2025-10-10", "Millfield", "orange",
  "Housing officer – Jade Osei (27) and Eli (22m): 11 weeks in B&B temporary accommodation, one room, shared kitchen two floors down. Eli is not yet walking and has almost no floor space to practise. Discussed at TAF 09/10 – plan agreed with HV, housing and the family hub.",
  ["HOUS", "EYD"], []),
 ("assessment", "2025-12-02", "Ravensworth", "green",
  "HV: family of five in a two-bed flat with rising damp – landlord ignoring repair requests. Sienna (9m) has had three chest infections since September; GP treating. Eldest, Kane (17), has been out of college and work since the spring and spends most days at his girlfriend’s.",
  ["HOUS", "PH", "EDU-NEET"], []),
 ("assessment", "2025-09-17", "Eastbrook", "yellow",
  "Request for support – DSL, Eastbrook High.\nPresenting need: Sami Haddad (14) late for first lesson most days; he takes his dad, who is blind, to the bus for dialysis 3x a week.\nAction: young carers service referral sent; EHA started with the family’s consent.",
  ["CARER", "EDU-ATT", "PH"], []),
 ("assessment", "2025-07-01", "Millfield", "green",
  "GP letter: Mrs Lorraine Hayes (52) – severe agoraphobia, has not left the house in over a year. Daughter Megan (15) buys the food, picks up her prescriptions and handles all the letters. Alcohol/drugs: nil.",
  ["MH-ADULT", "CARER"], ["NEG: 'Alcohol/drugs: nil' - no SUB"]),
 ("assessment", "2025-05-14", "Ravensworth", "yellow",
  "Family hub worker: Ellie-May Ward (11) helps care for her brother Finn (6), who has Down’s syndrome – she helps feed him and changes him after school. Young carers assessment requested.",
  ["CARER", "PH"], []),
 ("assessment", "2025-01-16", "Ravensworth", "blue",
  "Phone call from Mr Derek Sutton: his grandson Lewis (15), who lives with him, has been having panic attacks before his mock exams. Sent the exam-stress self-help guide and app links; Derek will go through them with Lewis and his aunt is coming at the weekend to help.",
  ["MH-CHILD"], []),
 ("closure", "2025-11-26", "Eastbrook", "yellow",
  "Closure summary, housing officer – Adeyemi family remain six people in a 2-bed flat (statutorily overcrowded), band B on the housing register. Rent account clear, no arrears; Mr Adeyemi works full time. Tolu (16) shares a room with three siblings and his college tutor says he is falling behind and at risk of dropping out. Family support worker from the family hub continues to visit.",
  ["HOUS", "EDU-NEET"], ["NEG: 'rent account clear, no arrears' - no FIN", "C11: 16+ at risk of NEET is EDU-NEET only"]),
]

# ---------------------------------------------------------------------------
CODES = ["EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD", "MH-ADULT", "PH", "SUB",
         "REL-PAR", "REL-CONF", "DA", "SAFE-NEG", "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"]


def build():
    narr_rows, gold_rows, traps = [], [], {}
    for t in TRIAGES:
        sc = "A" if t["stage"] == "assessment" else "C"
        tid = f'{t["case"]}-{sc}'
        for level, text, codes, tr in sorted(t["boxes"], key=lambda b: LEVELS.index(b[0])):
            nid = f"{tid}-{level}"
            narr_rows.append([nid, tid, t["case"], t["stage"], t["date"], level, t["loc"], text])
            for c in codes:
                gold_rows.append([nid, c, level])
            if tr:
                traps[nid] = tr
    for i, (stage, date, loc, level, text, codes, tr) in enumerate(NOTES, 1):
        nid = f"Y{i:03d}"
        narr_rows.append([nid, nid, nid, stage, date, "", loc, text])
        for c in codes:
            gold_rows.append([nid, c, level])
        if tr:
            traps[nid] = tr
    return narr_rows, gold_rows, traps


def write_csv(path, header, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(header)
        w.writerows(rows)


TAG_NAMES = {
    "NEG": "negation (varied cues: denies / doesn't / never / no ... disclosed / nil / ruled out / clear / fine)",
    "NEG-SCOPE": "negation that must not reach a later clause or sentence",
    "HIST": "historical only (over, ended, 'no further ... since')",
    "MIXED": "past and current in one narrative",
    "HYPO": "hypothetical only ('would ... if', 'could ... if')",
    "MANAGING": "'now managing' positive in a blue/green box (convention 3)",
    "GOODNEWS": "pure good news, not coded",
    "NA": "N/A or None box",
    "C5": "convention 5 - benefit names alone, shift work",
    "C6": "convention 6 - people outside the household",
    "C7": "convention 7 - DA versus CRIME, police safeguarding",
    "C8": "convention 8 - child-to-parent violence; parent rows vs parent-child rows",
    "C9": "convention 9 - under-5 vs school-age speech / bedwetting",
    "C10": "convention 10 - food (hungry child vs food bank) and gambling",
    "C11": "convention 11 - 16+ NEET only, FIN only for adult worklessness",
    "C12": "convention 12 - drugs on an exploited child, vaping, 'carer' alone",
}

JUDGEMENT_CALLS = """\
1. **Level cues in unboxed notes come from services actually involved or actions
   actually taken**, including the writer's own role: a school DSL/teacher/SENCO,
   HV, GP or school nurse is a green cue; a family hub / family support worker, a
   youth worker acting as early help key worker, a young carers service, Citizens
   Advice, mediation, a parenting course, a community alcohol service, a
   behaviour-support outreach service or an EHA is yellow; a PPN with police
   attendance or arrest, CAMHS, YOS, MARAC, a possession / s21 notice, a managed
   move or a TAF plan is orange; CP plan, CIN plan, s47 / strategy discussion, PLO is
   red. A request for support that has not yet led to a service is not itself a
   cue. A housing officer's involvement alone was not treated as a cue, so every
   housing-officer note also carries an explicit cue (notice, TAF, police, family
   support worker). Signposting to a helpline / leaflet / website is blue.
2. **Police attending to safeguard** (missing child found, collapsed drunk teen, child
   home alone) is never CRIME (convention 7). Whether such attendance is itself an
   orange "police call-out" level cue is left open by the taxonomy, so each of those
   notes (Y010, Y024, Y030) also has an unambiguous cue (TAF plan, TAF plan, s47)
   and its level does not depend on the question.
3. **"Now managing" was only used inside blue and green boxes.** Unboxed notes were
   written so that every issue is either a current need or clearly over; none relies
   on the now-managing rule. In yellow/orange/red closure boxes an issue is coded only
   where a current need or risk is described (e.g. K007-C-yellow: bedroom still
   soiled), never for improvement alone.
4. **"No further ... since" in a green closure box is historical**, not "managing"
   (K013-C-green: no suspensions since June, back on a full timetable -> no code),
   whereas an improvement that is still being monitored or treated is managing
   (K001-C-green attendance with fortnightly officer check-ins; K015-C-green
   occasional bedwetting with an alarm; K009-A-green asthma "well controlled").
5. **Protective measures still in force count as managing DA** in a blue box
   (K005-C-blue: safety plan, locks changed, restraining order in place).
   Online-safety controls count as managing SAFE-EXP (K012-A-blue).
6. **Mixed FIN in one box is one row** (K007-C-blue: budgeting now, food bank use over).
7. **A 16-year-old still at sixth form on a part-time timetable is EDU-ATT, not
   EDU-NEET** (K006-A-yellow); 16-17-year-olds who have left or are at risk of
   leaving college/training are EDU-NEET (K002, K009, Y001, Y023, Y028, Y045, Y050).
8. **Under-5 motor delay is EYD** (not walking at 18-22 months: Y040, Y044);
   weaning at 12 months is EYD while the weight drop is PH (Y019). A school-age
   disabled child's personal care needs (Y048, Finn 6, changed after school) are PH,
   not EYD.
9. **Y019 carries four codes**: no solids (EYD), weight faltering (PH), formula watered
   down so the baby is underfed (SAFE-NEG), money very tight (FIN) - convention 10
   "both when both are described".
10. **Untreated head lice and unwashed uniform are neglect of hygiene (SAFE-NEG), not PH**
   (Y012). Tooth decay and similar were kept out to avoid a PH/SAFE-NEG split.
11. **Symptoms of a parent's mental illness are not coded separately**: "flashbacks and
   nightmares" in PTSD (K010-A-green) is MH-ADULT only, not a PH sleep problem. The
   sleep rule (convention 9) was kept for school-age children only, and sleep wording
   was otherwise avoided.
12. **Young carers** include a child caring for a parent who drinks (Y032), for a
   disabled sibling (Y048) and a 6-year-old helping a parent after seizures (Y004).
   Adults described as "carer", "parent carer", "kinship carer" or receiving Carer's
   Allowance are never CARER (Y003, Y036, K015-C-blue, K011-A-blue).
13. **Violence by a child towards a kinship carer (grandmother) is treated like
   child-to-parent violence** - REL-PAR (K015-C-yellow).
14. **An adult household member on licence is CRIME even in a DA incident note**, while
   the ex-husband's breach and arrest in the same note is DA only (Y020).
15. **People outside the household**: a bailed-away or separated perpetrator's effect on
   the mother is DA (K001-A-orange, Y020, Y029, Y031); a non-resident birth mother's
   heroin use is not SUB (K015-C-yellow); peers who bully are not coded, the bullying is
   SAFE-EXP for the child (Y005, K012-A-yellow).
16. **Friends, shift work, a parent working away** are mentioned without codes (K013-A-blue,
   Y041). A parent who *gave up* work (Y003, Y037) or is unable to work (Y028) is FIN only
   alongside a described money problem, which each of those notes has.
17. **A parent's substance use is SUB when described as habitual** ("drinks heavily every
   day", "drunk most nights", "cocaine at weekends"); a single drunk episode alone would
   not have been enough, so every SUB narrative states a pattern. Light weekend drinking
   with a denial of drugs is negated (Y011).
18. **Rows between a step-parent and the mother about how to handle a child are REL-CONF;
   the step-parent shouting at the child is REL-PAR** (Y042); both are present.
19. **A young person's school behaviour short of exclusion** (walking out, swearing,
   hitting peers, internal exclusion, supervised lunch) is EDU-EXC (Y021, Y041, Y043).
20. The trap share is about half of the narratives, above the ~40% asked for: the
   closure blue/green boxes are by their nature "now managing" traps, and each of
   conventions 5-12 needed at least two instances. Weak annotations (e.g. "the friend is
   not coded") were removed from traps.json rather than inflate the count.
"""


def write_readme(narr, gold, traps):
    code_level = Counter((g[1], g[2]) for g in gold)
    code_n = Counter(g[1] for g in gold)
    level_n = Counter(g[2] for g in gold)
    boxed = [r for r in narr if r[5]]
    tids = {r[1] for r in boxed}
    cases = {r[2] for r in boxed}
    pairs = sum(1 for c in cases if f"{c}-A" in tids and f"{c}-C" in tids)
    note_level = {}
    for g in gold:
        if g[0].startswith("Y"):
            note_level[g[0]] = g[2]
    by_tag = defaultdict(list)
    for nid, lst in traps.items():
        for t in sorted(set(x.split(":")[0] for x in lst)):
            by_tag[t].append(nid)
    L = []
    L.append("# Set D - blind hand-made gold standard (partner-agency referral text, 2025)\n")
    L.append("Held-out gold standard of Early Help triage narratives for measuring a text-coding "
             "tool. Written by hand, blind, for this set only.\n")
    L.append("## How it was written\n")
    L.append("- Read in full: `/work/shared/taxonomy.md` (codes, statuses, levels, conventions 1-12); "
             "every narrative was coded strictly by it.")
    L.append("- Looked at `/work/shared/devset/narratives.csv` and `gold.csv` only for column layout, id "
             "scheme and general register. No sentence or particular phrasing was reused from them or "
             "from the taxonomy's examples; all names, places and wording are invented.")
    L.append("- Nothing else in the project was opened and no coding tool was run. The gold codes are "
             "my own reading of each narrative.")
    L.append("- Style of set D: text pasted in by partner agencies - school DSL/teacher/SENCO, health "
             "visitor, housing officer, police PPN summary, GP letter, youth worker, family hub worker. "
             "Forms vary: headings (`Presenting need:`, `Action:`), fragments joined by ` – ` or `; `, "
             "letters with line breaks inside the quoted field, curly quotes / en dashes in many rows, "
             "common abbreviations (YP, CYP, DSL, HV, SW, TAF, EHA, CIN, CP, ASB, UC, EHCP, SALT, DV, "
             "CAMHS, GP, A&E, NFA, PPN, PWITS, NRM, IDVA, MARAC, SENCO).")
    L.append("- Localities: Eastbrook, Millfield, Ravensworth. Dates: 2025.")
    L.append("- `build.py` holds every narrative beside its gold codes and trap notes and writes "
             "`narratives.csv`, `gold.csv`, `traps.json` and this README. `check.py` (csv module only) "
             "validates the files and prints counts and OK.\n")
    L.append("## Files\n")
    L.append("| file | content |\n|---|---|")
    L.append("| narratives.csv | narrative_id,triage_id,case_id,stage,date,level,locality,narrative (RFC 4180, CRLF, minimal quoting, UTF-8 no BOM) |")
    L.append("| gold.csv | narrative_id,code,level - one row per `present` code |")
    L.append("| traps.json | narrative id -> list of trap notes (tag: explanation) |")
    L.append("| build.py / check.py | generator and validator |\n")
    L.append("## Counts\n")
    L.append(f"- Narratives: **{len(narr)}** - boxed {len(boxed)} (in {len(tids)} triages from {len(cases)} cases; "
             f"{pairs} cases have both an assessment and a closure triage, one case is closure-only), "
             f"unboxed notes {len(narr) - len(boxed)} (Y001-Y{len(narr) - len(boxed):03d}).")
    L.append(f"- Gold rows: **{len(gold)}**. Narratives with no code (N/A boxes, negated/historical/"
             f"hypothetical-only or good news): {sum(1 for r in narr if r[0] not in {g[0] for g in gold})}.")
    L.append("- Box colours: " + ", ".join(f"{l} {sum(1 for r in boxed if r[5] == l)}" for l in LEVELS) + ".")
    L.append("- Unboxed note levels (highest cue): " +
             ", ".join(f"{l} {sum(1 for v in note_level.values() if v == l)}" for l in LEVELS) + ".")
    L.append(f"- Narratives carrying at least one deliberate trap: {len(traps)} ({100 * len(traps) / len(narr):.0f}%).\n")
    L.append("| code | " + " | ".join(LEVELS) + " | total |")
    L.append("|---|" + "---:|" * (len(LEVELS) + 1))
    for c in CODES:
        L.append(f"| {c} | " + " | ".join(str(code_level[(c, l)]) for l in LEVELS) + f" | {code_n[c]} |")
    L.append("| total | " + " | ".join(str(level_n[l]) for l in LEVELS) + f" | {len(gold)} |\n")
    L.append("## Traps by type\n")
    L.append("Counts are narratives carrying the type (a narrative can carry several). Full notes in `traps.json`.\n")
    L.append("| tag | meaning | n | narratives |\n|---|---|---:|---|")
    for t in ["NEG", "NEG-SCOPE", "HIST", "MIXED", "HYPO", "MANAGING", "GOODNEWS", "NA",
              "C5", "C6", "C7", "C8", "C9", "C10", "C11", "C12"]:
        L.append(f"| {t} | {TAG_NAMES[t]} | {len(by_tag[t])} | {', '.join(sorted(by_tag[t]))} |")
    L.append("")
    L.append("## Judgement calls where the taxonomy left room\n")
    L.append(JUDGEMENT_CALLS)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L))


def main():
    narr, gold, traps = build()
    write_csv(os.path.join(HERE, "narratives.csv"),
              ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"], narr)
    write_csv(os.path.join(HERE, "gold.csv"), ["narrative_id", "code", "level"], gold)
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8") as f:
        json.dump(traps, f, ensure_ascii=False, indent=1)
        f.write("\n")
    write_readme(narr, gold, traps)
    # summary for the README
    tag = Counter()
    for lst in traps.values():
        for s in set(x.split(":")[0] for x in lst):
            tag[s] += 1
    boxed = sum(1 for r in narr if r[5])
    print(f"narratives {len(narr)} (boxed {boxed}, unboxed {len(narr) - boxed}), gold rows {len(gold)}, "
          f"triages {len(TRIAGES)}, with traps {len(traps)} ({100 * len(traps) / len(narr):.0f}%)")
    print("trap tags (narratives carrying each):", dict(sorted(tag.items())))
    uncoded = sum(1 for r in narr if r[0] not in {g[0] for g in gold})
    print("narratives with no gold row:", uncoded)


if __name__ == "__main__":
    main()
