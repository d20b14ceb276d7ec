#!/usr/bin/env python3
"""Blind hand-written gold set: rural early-help triage export, 2025-26.
Every narrative, its gold codes and trap notes are written here by hand."""
import csv, json, os

HERE = os.path.dirname(os.path.abspath(__file__))
H, C, S, A = "Harrowmere", "Coldbeck Vale", "Strand Fen", "Ashby Wold"

# (case, stage, date, box level or '' , locality, narrative, gold codes, gold level for unboxed, trap kinds, trap note)
N = []
def box(case, st, date, lvl, loc, text, codes, kinds=(), note=""):
    N.append(dict(case=case, stage=st, date=date, box=lvl, loc=loc, text=text,
                  codes=list(codes), glevel=lvl, kinds=list(kinds), note=note))
def note(nid, st, date, loc, text, codes, glevel, kinds=(), note_=""):
    N.append(dict(case=nid, stage=st, date=date, box="", loc=loc, text=text,
                  codes=list(codes), glevel=glevel, kinds=list(kinds), note=note_))
A_, C_ = "assessment", "closure"

# Z001 step-parent, bedwetting
box("Z001", A_, "2025-04-07", "green", S,
    "Mason (8) has been wetting the bed most nights, school nurse saw him and gave Leanne an alarm to try. Tia's attendance at Fenbridge Academy is fine this year and school have raised nothing.",
    ["PH"], ["negated"], "Tia's attendance is good news / nothing raised: no EDU-ATT. Bedwetting at school age is PH (conv 9).")
box("Z001", A_, "2025-04-07", "yellow", S,
    "Tia (14) and her stepdad Craig are at each other daily - she tells him he's not her dad and slams doors, he took her phone off her for a week. Leanne feels stuck in the middle. FSW to do some family sessions on house rules. Craig and Leanne say they are solid as a couple and don't row between themselves.",
    ["REL-PAR"], ["negated"], "Step-parent/child conflict is REL-PAR; parents explicitly not arguing: no REL-CONF.")
box("Z001", C_, "2025-09-15", "blue", S,
    "House rules agreed and stuck on the fridge, Craig and Tia mostly keeping to them. Leanne still using the alarm, Mason dry 4 or 5 nights out of 7.",
    ["REL-PAR", "PH"], [], "Blue box, now managing: both present (conv 3).")

# Z002 grandparent kinship carer, young carer
box("Z002", A_, "2025-05-12", "green", C,
    "Nan Pauline (67) is kinship carer for both grandchildren under an SGO. Kai (11) is on SEN support at Coldbeck Primary for dyslexia and the SENCO reviews his plan each term.",
    ["EDU-SEND"], ["lookalike"], "'kinship carer' is not CARER (conv 12).")
box("Z002", A_, "2025-05-12", "yellow", C,
    "Since Pauline's hip replacement Jade (15) has been doing her nan's tablets and the shopping and has missed a few mornings of school to help her wash. Referral made to Wold Young Carers. The girls' mum Shannon is using heroin and lives over in Ashby; no contact with the children at present.",
    ["CARER", "PH", "EDU-ATT"], ["outside"], "Mum lives elsewhere: her heroin use is not SUB (conv 6).")
box("Z002", C_, "2025-12-01", "blue", C,
    "Jade goes to the young carers group every other Wednesday and enjoys the break. Pauline's hip has healed and she walks into the village on her own again.",
    ["CARER"], ["historical"], "Hip healed = over: no PH. Young carer still managing with group: CARER.")
box("Z002", C_, "2025-12-01", "green", C,
    "Kai still gets dyslexia support in class; his reading age has gone up by about a year.",
    ["EDU-SEND"], [], "")

# Z003 seasonal farm work, transport poverty
box("Z003", A_, "2025-10-20", "yellow", A,
    "Tomasz works the potato harvest from August to November and is laid off over winter. Family on UC with an advance being taken back, and £300 owing for heating oil. The bus from the farm cottages to Wold High was cut in the summer and Oliwia (13) has missed 14 days this term on days Tomasz can't afford diesel to drive her in.",
    ["FIN", "EDU-ATT"], [], "Transport poverty with a stated money problem: FIN.")
box("Z003", A_, "2025-10-20", "green", A,
    "Oliwia had EAL support in Year 7, which finished as her English is now fluent. HV review for baby Zofia (9 months) all on track, weight following the 25th centile, no concerns.",
    [], ["historical", "negated"], "EAL support ended; HV review no concerns: no EYD.")
box("Z003", C_, "2026-02-23", "blue", A,
    "County agreed home-to-school transport because the cottage is over 3 miles away, Oliwia picked up by taxi every day and attendance back up to 96%. Tomasz got winter work at the dairy and the oil bill was cleared in January. Should the dairy job finish in spring he will get back in touch.",
    [], ["met", "historical", "hypothetical"], "Needs now met: attendance restored, arrears cleared; hypothetical job end.")

# Z004 DA, substance misuse outreach
box("Z004", A_, "2025-06-02", "orange", H,
    "Gemma says her partner Lee (the children's stepdad) grabbed her by the throat during a row after he had been drinking. Police attended 01/06, Lee arrested and bailed not to come back to the address; he is staying at his brother's in Strand Fen. DASH 16, referred to MARAC.",
    ["DA"], ["outside"], "Arrest for DV is DA only (conv 7); Lee now outside the household, his drinking not SUB.")
box("Z004", A_, "2025-06-02", "yellow", H,
    "Gemma is drinking most nights to 'take the edge off', around a bottle of wine by her own account, and her GP has started her on sertraline for low mood. Agreed referral to the Harrowmere Recovery outreach worker. She denies using any drugs.",
    ["SUB", "MH-ADULT"], ["negated"], "Drugs denied, but alcohol present: SUB.")
box("Z004", C_, "2025-11-17", "blue", H,
    "Gemma goes to the Freedom Programme on Tuesday mornings and has her safety plan on her phone. She now only drinks at weekends and keeps a drink diary that she goes through with the outreach worker.",
    ["DA", "SUB"], [], "Blue, managing: Freedom Programme -> DA, reduced drinking with worker -> SUB.")
box("Z004", C_, "2025-11-17", "yellow", H,
    "Non-molestation order granted in July and Lee has kept to it. The housing transfer request to move nearer Gemma's mum has been withdrawn as she wants to stay put.",
    ["DA"], ["negated"], "Non-mol order in force codes DA; housing request withdrawn, no HOUS need.")

# Z005 lodger, overcrowding, self-harm
box("Z005", A_, "2025-03-10", "green", C,
    "Family of five in a 2-bed ex-council house. Mum Sharon lets the box room to a lodger, Dave, so Mia (13) has to share a room with her brothers Aiden (10) and Lucas (6).",
    ["HOUS"], [], "Overcrowding: HOUS.")
box("Z005", A_, "2025-03-10", "yellow", C,
    "Mia has been cutting her arms; the DSL at Coldbeck Academy knows. She says she hates having no space of her own. GP's CAMHS referral was not accepted so she has been referred to the school counsellor. Sharon says Dave is off sick with his back and at home in the day but she has no worries about him around the children.",
    ["MH-CHILD"], ["outside", "negated"], "Lodger's back problem is not the family's PH; no worries re lodger.")
box("Z005", C_, "2025-07-14", "green", C,
    "Mia sees the school counsellor every week and says she hasn't cut since April.",
    ["MH-CHILD"], ["historical"], "Self-harm stopped but ongoing counselling codes MH-CHILD (conv 4).")
box("Z005", C_, "2025-07-14", "blue", C,
    "Dave moved out in May and Mia has the box room to herself now.",
    [], ["met"], "Overcrowding resolved: no HOUS.")

# Z006 young carer, parent with MS
box("Z006", A_, "2025-09-08", "yellow", A,
    "Callum (12) is the main carer for his dad Steve, who has MS and uses a wheelchair. Callum cooks the tea and helps Steve transfer from chair to bed. Callum's mum left two years ago and lives in Scotland. Referred to Wold Young Carers for an assessment.",
    ["CARER", "PH"], [], "")
box("Z006", A_, "2025-09-08", "green", A,
    "Steve gets PIP and ESA and is up to date with all his bills. Callum's attendance is 91% and he is often late after Steve has had a bad night; the attendance officer has agreed a later start on Mondays.",
    ["EDU-ATT"], ["lookalike"], "Benefit names with no money problem: no FIN (conv 5).")
box("Z006", C_, "2026-01-19", "blue", A,
    "Callum goes to young carers club on Thursdays and has a respite trip booked for the summer. Adult social care carers now come in twice a day for Steve, so Callum doesn't do personal care any more.",
    ["CARER", "PH"], [], "Blue, managing: still a young carer; Steve's MS managed with carers.")

# Z007 early years, young mum living with her mum and stepdad
box("Z007", A_, "2025-02-03", "green", S,
    "HV 2-year check for Harper (2y 6m): about 10 words, not putting two together. Referred to SALT, 18 week wait. Not at nursery yet although she is eligible for the 2-year-old funding.",
    ["EYD"], [], "")
box("Z007", A_, "2025-02-03", "yellow", S,
    "Chloe (19) lives with Harper and baby Rory at her mum and stepdad's. Postnatal depression since Rory was born in January, GP has put her on sertraline. FSW to help with the nursery application and getting to baby groups - there are only two buses a day from the village and none on Sundays.",
    ["MH-ADULT", "EYD"], [], "Transport mentioned without a money problem: no FIN.")
box("Z007", C_, "2025-10-06", "green", S,
    "Harper now at Little Acorns for 15 hours; SALT say her speech is coming on but she is still behind. Chloe says her mood is much better and she came off sertraline in September.",
    ["EYD"], ["historical"], "Chloe stopped medication, mood better: MH-ADULT historical.")

# Z008 school attendance officer, emotionally based school avoidance
box("Z008", A_, "2025-01-27", "yellow", H,
    "Ellie (14), Harrowmere High: 58% attendance, persistent absence. Most mornings she won't leave the house, says she feels sick with nerves about going in. GP found no physical cause for the tummy aches. She denies any bullying. Parenting contract discussed with mum rather than a fine.",
    ["EDU-ATT", "MH-CHILD"], ["negated"], "No physical cause: no PH; bullying denied: no SAFE-EXP.")
box("Z008", A_, "2025-01-27", "orange", H,
    "Ellie told her tutor she has thought about ending her life. GP referred to CAMHS in January, seen urgently and now waiting for CBT. TAF meeting held with school, CAMHS and the EHW.",
    ["MH-CHILD"], [], "")
box("Z008", C_, "2025-07-07", "green", H,
    "Ellie on a part-time timetable, mornings only, adding half a day every fortnight. Having CBT with CAMHS.",
    ["EDU-ATT", "MH-CHILD"], [], "Part-time timetable -> EDU-ATT; ongoing CAMHS -> MH-CHILD.")

# Z009 dad's cocaine use, grandparents' farm
box("Z009", A_, "2025-06-16", "orange", C,
    "Dad Ryan has been sole carer since the children's mum died. He uses cocaine at weekends while the children are at his parents' farm. Stopped by police for drug driving in May and has a court date. Open to Coldbeck drug and alcohol service.",
    ["SUB", "CRIME"], [], "Household adult's offending: CRIME.")
box("Z009", A_, "2025-06-16", "green", C,
    "Maisie (7) and Finn (4) are well presented and fed, and love their weekends at the farm. Grandad Bill had a heart bypass in the spring but is well enough to have them. Finn's pre-school jabs are overdue, the practice nurse has rebooked.",
    ["PH"], ["outside"], "Grandad lives elsewhere: his heart not coded. Overdue immunisations: PH.")
box("Z009", C_, "2025-12-08", "yellow", C,
    "Ryan has had three negative hair strand tests and still sees his recovery worker monthly. He sold the car and a neighbour gives the children a lift to school.",
    ["SUB"], [], "Ongoing recovery worker codes SUB (conv 4).")
box("Z009", C_, "2025-12-08", "blue", C,
    "Finn's immunisations are all up to date now. Ryan's parents still have the children every weekend.",
    [], ["met"], "Immunisations caught up: need met.")

# Z010 county lines, step-parent
box("Z010", A_, "2025-07-21", "red", A,
    "Strategy meeting 14/07 after Jordan (15) was found in a flat in Ashby Town with cash and wraps of crack; believed to be running for a county line. S47 started. Police seized the drugs and Jordan was interviewed under caution.",
    ["SAFE-EXP", "CRIME"], ["lookalike"], "Drugs on an exploited child: SAFE-EXP + CRIME, not SUB (conv 12).")
box("Z010", A_, "2025-07-21", "orange", A,
    "Jordan has been reported missing four times since May and police found him in Harrowmere twice. Suspended for 5 days in June for fighting. Mum Kerry and stepdad Paul say he ignores every curfew and he punched a hole in the door when they took his phone.",
    ["SAFE-EXP", "EDU-EXC", "REL-PAR"], [], "Police finding a missing child is not CRIME (conv 7).")
box("Z010", A_, "2025-07-21", "yellow", A,
    "Alfie (9) has had two detentions for swearing at dinner staff at Wold Primary. Jordan smokes and vapes heavily but says he has never used cannabis.",
    ["EDU-EXC"], ["lookalike", "negated"], "Vaping not SUB; cannabis denied.")
box("Z010", C_, "2026-01-12", "orange", A,
    "Jordan on a referral order with YOS for the July offence. NRM referral made, waiting for the conclusive grounds decision. No missing episodes since September.",
    ["CRIME", "SAFE-EXP"], ["historical"], "Missing episodes over, but NRM open keeps SAFE-EXP.")
box("Z010", C_, "2026-01-12", "yellow", A,
    "Kerry and Paul completed Triple P Teen together and say home is calmer, though there is still shouting about phones at bedtime.",
    ["REL-PAR"], [], "")

# Z011 tied cottage, dismissal
box("Z011", A_, "2025-09-01", "orange", S,
    "The family live in a tied cottage on Marsh End Farm. Gary lost his job there in August and the farmer has served a possession notice to leave by 30 November. Gary has claimed UC but no payment yet, family using the Fen food bank.",
    ["HOUS", "FIN"], [], "")
box("Z011", A_, "2025-09-01", "green", S,
    "Ruby (6) and Oscar (10) attend Strand Fen Primary, good attendance and no concerns from school. Oscar has asthma; inhalers in date and no attacks this year.",
    ["PH"], ["negated"], "Asthma managed in green box: PH present; school no concerns.")
box("Z011", C_, "2026-02-09", "yellow", S,
    "Housing need met - family moved into a housing association house in Strand Fen in January. Gary started at the grain store in February and the UC claim is closed. No longer using the food bank.",
    [], ["met", "historical"], "All needs now met: no codes.")

# Z012 separation, contact
box("Z012", A_, "2025-05-19", "yellow", H,
    "Sam and Jess split in April after years of rows and Sam has a flat in town. They can't agree contact for Noah (5) and argue at handovers in front of him. Referred to family mediation. Neither parent reports any DA and police hold nothing.",
    ["REL-CONF"], ["negated"], "DA explicitly negated.")
box("Z012", A_, "2025-05-19", "green", H,
    "Noah started Reception in September and cries at drop-off on Mondays after weekends at his dad's; the school ELSA is doing sessions with him.",
    ["MH-CHILD"], [], "")
box("Z012", C_, "2025-12-15", "blue", H,
    "Parents arrange contact through a co-parenting app and do handovers at nan's. Noah happy at school. Mediation can be offered again should things break down.",
    ["REL-CONF"], ["hypothetical"], "Managing contact in blue: REL-CONF; mediation only hypothetical.")

# Z013 neglect, CP plan, stepdad on probation
box("Z013", A_, "2025-05-26", "red", C,
    "Lily (3) and Ben (6) made subject to CP plans (neglect) at ICPC 22/05. Dog mess on the floors, no working fridge, and Ben arrives at school hungry on Mondays. Mum Tanya lives with stepdad Wayne.",
    ["SAFE-NEG"], [], "")
box("Z013", A_, "2025-05-26", "orange", C,
    "Wayne is on probation for a burglary in 2024 and sees his probation officer weekly. Lily not taking up her nursery place, not toilet trained and the HV is worried about her speech.",
    ["CRIME", "EYD"], [], "Adult on probation: CRIME (conv 7).")
box("Z013", C_, "2025-12-10", "yellow", C,
    "CP plan ended 10/12 and stepped down to early help. EHW still doing weekly home conditions checks - tidy on each visit and food in the cupboards. Lily now goes to Coldbeck Nursery 15 hrs and is out of nappies in the day.",
    ["SAFE-NEG"], ["met"], "Ongoing home-conditions checks code SAFE-NEG; Lily's nursery/toileting need met: no EYD.")

# Z014 seasonal pickers' caravan
box("Z014", A_, "2025-08-11", "orange", A,
    "Family of six living in a static caravan on the Brackley Fruit site for the picking season; one bedroom, black mould across the ceiling. Environmental health visited and served a disrepair notice on the site owner.",
    ["HOUS"], [], "")
box("Z014", A_, "2025-08-11", "yellow", A,
    "Andrei (16) left Wold College to pick strawberries; the season has ended and he is at home all day, not in work or training. Ioana (8) not registered with a GP or dentist. Parents both work 12-hour shifts in the packhouse.",
    ["EDU-NEET", "PH"], ["lookalike"], "Shift work is not FIN (conv 5); NEET 16+ only EDU-NEET (conv 11).")
box("Z014", C_, "2025-12-01", "green", A,
    "Family moved to a rented 3-bed house in Ashby in November, no more mould. Ioana registered at Ashby Surgery and had her first catch-up vaccinations, second set due in March.",
    ["PH"], ["met"], "Housing need met; vaccinations still ongoing: PH.")
box("Z014", C_, "2025-12-01", "yellow", A,
    "Andrei now on a Level 2 agriculture apprenticeship, so the NEET need is met.",
    [], ["met"], "")

# Z015 grandmother's drinking, young carer
box("Z015", A_, "2025-08-25", "yellow", H,
    "Kyle (13) lives with his gran Sandra under a kinship arrangement. Sandra drinks heavily most days and Kyle puts her to bed and gets himself off to school. Young carers' worker has done a carer's assessment.",
    ["SUB", "CARER"], ["lookalike"], "Kinship arrangement is not CARER; Kyle's caring is.")
box("Z015", A_, "2025-08-25", "orange", H,
    "Neighbours called police three times in August about shouting between Sandra and Kyle. One night Kyle went missing and police found him asleep at a friend's house.",
    ["REL-PAR", "SAFE-EXP"], [], "Police welfare/missing find not CRIME (conv 7).")
box("Z015", C_, "2026-01-26", "blue", H,
    "Sandra has not had a drink since October and still goes to AA twice a week with her sister. Kyle still goes to the young carers' group.",
    ["SUB", "CARER"], [], "Ongoing AA in a blue box: managing, SUB present.")

# Z016 off-grid fuel poverty
box("Z016", A_, "2025-01-13", "yellow", S,
    "Off-grid bungalow heated by oil; tank has been empty since December and they are getting by on one electric heater. Donna is £1,200 behind with council tax and has had a summons. Referred to Citizens Advice.",
    ["FIN"], [], "")
box("Z016", A_, "2025-01-13", "green", S,
    "Baby Ava (4 months) seen by the HV and gaining well. Donna says she was depressed after her first baby in 2018 but feels fine this time and her EPDS score is low.",
    [], ["historical", "negated"], "Past PND; no current concern.")
box("Z016", C_, "2025-06-30", "blue", S,
    "Donna is on a £50 a month council tax payment plan and uses the warm hub at the village hall. If the oil runs out again she knows to ring the Household Support Fund line.",
    ["FIN"], ["hypothetical"], "Paying off arrears = managing, FIN present.")

# Z017 ADHD, suspensions, CTPV
box("Z017", A_, "2025-03-03", "green", C,
    "Theo (9) is on the ADHD pathway with the community paediatrician, and the SENCO has put in movement breaks.",
    ["EDU-SEND"], [], "ADHD pathway -> EDU-SEND (conv 4).")
box("Z017", A_, "2025-03-03", "orange", C,
    "Three suspensions this term for hitting staff and Theo is at risk of permanent exclusion; a managed move to Riverbank School was discussed at the TAF. At home he kicks and bites his mum when told no.",
    ["EDU-EXC", "REL-PAR"], ["lookalike"], "Child-to-parent violence is REL-PAR, not DA (conv 8).")
box("Z017", C_, "2025-11-03", "green", C,
    "EHCP issued in February naming Brook Lane Special School; LA taxi takes him, 40 minutes each way. No suspensions since he started.",
    ["EDU-SEND"], ["historical"], "No suspensions since: EDU-EXC over.")

# Z018 stepdad PTSD, relief milker
box("Z018", A_, "2025-10-13", "yellow", A,
    "Stepdad Mark (ex-Army) has PTSD, bad nightmares and a short fuse; GP referred him to Op Courage. He works as a relief milker round the local farms on irregular hours.",
    ["MH-ADULT"], ["lookalike"], "Irregular work hours are not FIN.")
box("Z018", A_, "2025-10-13", "green", A,
    "Grace (11) worries about Mark and the pastoral lead at Wold High checks in with her weekly. Mum Kirsty says Mark has never been violent and she has never felt unsafe.",
    ["MH-CHILD"], ["negated"], "DA negated.")
box("Z018", C_, "2026-03-02", "blue", A,
    "Mark goes to a veterans' walking group and is still seeing Op Courage. Grace says home feels calmer; Kirsty will ring the GP if Grace's worrying comes back.",
    ["MH-ADULT"], ["hypothetical"], "Grace's worry only hypothetical now.")

# Z019 online safety, bullying
box("Z019", A_, "2025-11-10", "yellow", H,
    "Poppy (12) is being picked on in a class group chat and was sent a nude picture by an older boy she met on Snapchat. The DSL at Harrowmere High told police; FSW to do online safety work with her.",
    ["SAFE-EXP"], ["outside"], "The boy's offence is not the family's CRIME.")
box("Z019", C_, "2026-03-16", "green", H,
    "Poppy's parents check her phone weekly and have set up parental controls, and she knows how to report. She says the group chat bullying stopped once school moved her tutor group.",
    ["SAFE-EXP"], ["historical"], "Bullying over, but online safety being managed: SAFE-EXP present (green).")

# Z020 NEET, cannabis, youth caution
box("Z020", A_, "2025-02-17", "yellow", S,
    "Kieran (17) dropped out of his agriculture course at Fenland College in November and is now NEET. Smokes cannabis every day with mates. Referred to Compass young people's substance service.",
    ["EDU-NEET", "SUB"], [], "")
box("Z020", A_, "2025-02-17", "orange", S,
    "Police called to Strand Fen in January when Kieran smashed a bus shelter; arrested and given a youth caution.",
    ["CRIME"], [], "")
box("Z020", C_, "2025-08-04", "yellow", S,
    "Kieran started a traineeship at the farm machinery dealer. Still smokes cannabis at weekends and the Compass worker sees him monthly.",
    ["SUB"], ["met"], "NEET need met: no EDU-NEET.")

# Z021 historic DA trap, young carer for mum with Crohn's
box("Z021", A_, "2025-04-28", "green", C,
    "Natalie's abusive relationship with the children's father ended in 2019; he is in prison and there has been no contact since. Her partner Ollie moved in last year and the children get on well with him.",
    [], ["historical", "outside"], "DA only historical.")
box("Z021", A_, "2025-04-28", "yellow", C,
    "Natalie has Crohn's and is often admitted to hospital; on those days Ruby (10) gets her little brother up and to school. Ruby's attendance is 89%.",
    ["PH", "CARER", "EDU-ATT"], [], "")
box("Z021", C_, "2025-10-27", "green", C,
    "Ruby is linked in with Coldbeck young carers and has a young carer card for school. Natalie's flare-ups are less often on the new medication.",
    ["CARER", "PH"], [], "")

# Z022 grandmother, withdrawn bus, attendance officer
box("Z022", A_, "2025-10-06", "yellow", A,
    "Leo (12) and Harvey (14) live with their gran Margaret in Little Wold, six miles from school, and there has been no bus since the 47 was withdrawn in September. Margaret doesn't drive and can't pay for taxis out of her pension. Both boys under 85%. Attendance officer has applied for school transport.",
    ["EDU-ATT", "FIN"], [], "Transport poverty with money problem: FIN.")
box("Z022", C_, "2026-02-02", "green", A,
    "Minibus in place since November. Leo's attendance back over 95%; Harvey is at 88% as he refuses to go in on PE days, and the school attendance mentor is working with him.",
    ["EDU-ATT"], ["met"], "Leo's need met but Harvey's present.")

# Z023 gambling debt, lodger
box("Z023", A_, "2025-06-09", "yellow", H,
    "Dad Chris has about £4,000 of gambling debt on credit cards and has self-excluded from betting sites through GAMSTOP. They have taken in a lodger to help with the mortgage.",
    ["FIN"], ["lookalike"], "Gambling debt is FIN not SUB; 'self-excluded' is not EDU-EXC (conv 10).")
box("Z023", A_, "2025-06-09", "green", H,
    "Mia (6) is wetting herself at school most days, the school nurse is doing a continence referral. The lodger, Jake, has his own room and the children still have a bedroom each.",
    ["PH"], ["negated", "outside"], "School-age wetting is PH (conv 9); no overcrowding.")
box("Z023", C_, "2025-12-08", "blue", H,
    "Chris sticks to his StepChange plan at £120 a month and says he hasn't gambled since March.",
    ["FIN"], [], "Paying debt off = managing.")

# Z024 DA s47, under-5
box("Z024", A_, "2025-03-10", "red", S,
    "Section 47 after Skye (4) was in the room when stepdad Dean assaulted mum Hayley; Dean arrested and remanded. Strategy meeting held 03/03.",
    ["DA"], [], "Partner's assault on mum is DA only (conv 7).")
box("Z024", A_, "2025-03-10", "orange", S,
    "Hayley referred to MARAC and an IDVA allocated. Skye wetting and soiling again since the incident and her nursery keyworker is worried.",
    ["DA", "EYD"], [], "Under-5 toileting: EYD (conv 9).")
box("Z024", C_, "2025-09-22", "yellow", S,
    "Dean was convicted and has a restraining order. Hayley is doing the Freedom Programme. Skye is dry again in the day.",
    ["DA"], ["historical"], "Skye's toileting over: no EYD.")

# Z025 low level, blue/green
box("Z025", A_, "2025-04-14", "blue", C,
    "Jamie's hernia operation is booked for May and the grandparents will do the school run while he recovers. He has never had a problem with drink, whatever was said at the school gate. If he's off longer than six weeks they may need help with money.",
    ["PH"], ["negated", "hypothetical"], "SUB negated; FIN hypothetical.")
box("Z025", A_, "2025-04-14", "green", C,
    "Evie (4) starts Reception at Coldbeck Primary in September; preschool say she is ready, toileting and talking well.",
    [], ["lookalike"], "Pure good news: no EYD (conv 3).")
box("Z025", C_, "2025-08-18", "blue", C,
    "Jamie recovered well from the op and is back at work at the feed mill.",
    [], ["met"], "")

# Z026 CIN, mum sectioned
box("Z026", A_, "2025-10-27", "red", A,
    "Child in need (s17) plan for Archie (8) and Millie (13). Mum Becky was detained under the Mental Health Act in October after a psychotic episode; the children are staying with maternal gran Jean.",
    ["MH-ADULT"], [], "")
box("Z026", A_, "2025-10-27", "yellow", A,
    "Millie looks after Archie in the evenings while Jean works lates at the care home. Millie is tearful and not sleeping.",
    ["CARER", "MH-CHILD", "PH"], ["lookalike"], "Gran's late shifts not FIN; school-age sleep problem PH (conv 9).")
box("Z026", C_, "2026-03-09", "yellow", A,
    "Becky discharged home in January and is under the community mental health team. Millie still goes to young carers. CIN plan closed.",
    ["MH-ADULT", "CARER"], [], "")

# Z027 hygiene, mum's brother lodging
box("Z027", A_, "2025-09-29", "yellow", H,
    "Jack (7) comes into school in the same clothes all week and smells of urine; untreated head lice. Mum Stacey starts at the packing plant at 6am and her brother, who lodges with them, gets Jack ready.",
    ["SAFE-NEG"], ["lookalike"], "Shift work not FIN.")
box("Z027", C_, "2026-01-12", "green", H,
    "School gives Jack clean uniform from the swap shop and a wash kit, and staff keep an eye on his hygiene, which is better.",
    ["SAFE-NEG"], [], "Green box, managing via school: SAFE-NEG.")

# Z028 teen drinking, CSE concern, substance misuse outreach
box("Z028", A_, "2025-03-24", "orange", S,
    "Megan (15) found drunk by police at the Strand Fen rec in February and taken home. Older men in a car were seen handing her vodka; CSE screening done and referred to the exploitation panel.",
    ["SUB", "SAFE-EXP"], [], "Police welfare return not CRIME.")
box("Z028", A_, "2025-03-24", "yellow", S,
    "Mum Lisa and stepdad Rob argue with Megan about curfew and Lisa says she has lost control of her. The substance misuse outreach worker will see Megan at school.",
    ["REL-PAR", "SUB"], [], "Outreach worker service codes SUB.")
box("Z028", C_, "2025-09-08", "blue", S,
    "Megan is home by 10 most nights and shares her location with mum. She says she doesn't drink now and the outreach worker closed her in June.",
    ["REL-PAR"], ["historical"], "Drinking stopped and service closed: SUB historical.")

# Z029 early years, Portage
box("Z029", A_, "2025-07-07", "yellow", C,
    "Oscar (18 months) has global developmental delay and isn't walking yet; Portage worker visits fortnightly. Still only on pureed food, the HV is helping with weaning.",
    ["EYD"], [], "")
box("Z029", C_, "2026-01-05", "green", C,
    "Oscar walking with a frame and now on mashed food; Portage carrying on.",
    ["EYD"], [], "")

# Z030 eviction, stepmum, seasonal turkey work
box("Z030", A_, "2025-01-20", "orange", A,
    "Dad Lee and stepmum Kayleigh have a section 21 from their private landlord who is selling, possession hearing in April. £1,800 rent arrears since Kayleigh's hours at the turkey farm were cut after Christmas.",
    ["HOUS", "FIN"], [], "")
box("Z030", A_, "2025-01-20", "yellow", A,
    "Bailey (10), Lee's son from his first marriage, lives with them and sees his mum alternate weekends; the two households get on fine. Bailey has a dental abscess and has missed three dentist appointments.",
    ["PH"], ["negated", "outside"], "Separated parents get on: no REL-CONF.")
box("Z030", C_, "2025-07-14", "orange", A,
    "Still in temporary accommodation at a Travelodge in Ashby, 14 miles from Bailey's school. Arrears down to £1,100.",
    ["HOUS", "FIN"], [], "")

# Unboxed notes (level empty; gold level from conv 2 cue)
note("U701", A_, "2025-05-06", C,
    "Call from Wold Young Carers: Jasmine (11) assessed as a young carer for her mum, who has fibromyalgia. She starts the Tuesday group next week.",
    ["CARER", "PH"], "yellow", [], "Young carers service = yellow cue.")
note("U702", A_, "2025-06-23", S,
    "HV home visit. Freya (10 months) not sitting unaided yet, GP asked to refer to physio. Mum asked about free nursery hours for her 2-year-old.",
    ["EYD"], "green", ["lookalike"], "Nursery enquiry is information only; HV/GP = green.")
note("U703", A_, "2025-08-30", H,
    "Police called 22:40 to Marsh Lane, Tyler (14) throwing stones at cars with friends, taken home. Mum says she can't control him.",
    ["CRIME", "REL-PAR"], "orange", [], "Police call-out = orange cue.")
note("U704", C_, "2025-11-24", A,
    "Signposted Mr and Mrs Holt to the council's warm homes grant for the damp in the back bedroom, they will apply themselves.",
    ["HOUS"], "blue", [], "Signposting only = blue.")
note("U705", A_, "2025-10-02", C,
    "Gran rang to say Daisy's dad is drinking again at his flat in Coldbeck. Daisy lives with gran full time and hasn't seen him for a year. No other worries, Daisy doing well at school.",
    [], "blue", ["outside", "negated"], "Dad outside household: nothing coded.")
note("U706", A_, "2026-02-12", S,
    "ICPC held 12/02, both children made subject to CP plans under emotional abuse because of mum's daily amphetamine use.",
    ["SUB"], "red", [], "CP plan = red cue.")

def nid(r):
    if not r["box"]:
        return r["case"], r["case"]
    t = r["case"] + ("-A" if r["stage"] == A_ else "-C")
    return t + "-" + r["box"], t

def main():
    nar = [["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]]
    gold = [["narrative_id", "code", "level"]]
    traps = []
    for r in N:
        n, t = nid(r)
        nar.append([n, t, r["case"], r["stage"], r["date"], r["box"], r["loc"], r["text"]])
        for c in r["codes"]:
            gold.append([n, c, r["glevel"]])
        if r["kinds"] or r["note"]:
            traps.append({"narrative_id": n, "kinds": r["kinds"], "note": r["note"], "gold": r["codes"]})
    for name, rows in (("narratives.csv", nar), ("gold.csv", gold)):
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
            csv.writer(f, lineterminator="\r\n").writerows(rows)
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8") as f:
        json.dump(traps, f, indent=1, ensure_ascii=False)
    print(len(nar) - 1, "narratives;", len(gold) - 1, "gold rows;",
          sum(1 for t in traps if t["kinds"]), "with traps")

if __name__ == "__main__":
    main()
