#!/usr/bin/env python3
"""Blind gold set M (teenagers 11-19). Writes narratives.csv, gold.csv, traps.json.
All names, schools, towns and localities are invented. Python 3 stdlib only."""
import csv, json, os

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------------------
# Boxed triages: (case_id, stage, date, locality, [ (level, text, [codes], [traps]) ])
# Every code in a box takes the box's level.
# ---------------------------------------------------------------------------
TRIAGES = [
 ("M001", "assessment", "2025-02-10", "Marlpit", [
  ("red", "Kyan (15) picked up by BTP at Tallowby station at 1am, 60 miles from home – his 3rd missing episode in 5 wks. Had £600 cash and two phones he wouldn't explain. Strategy meeting held 6/2, s47 agreed. NRM referral submitted by the exploitation lead.",
   ["SAFE-EXP"], []),
  ("orange", "Stop and search in Marlpit precinct 29/1 – Kyan had 14 wraps of crack plugged. Arrested for PWITS, now RUI. Told the exploitation lead he got 'robbed on a line' and owes the olders, so he has to keep 'running' till it's paid off. Calls his second phone his 'graft phone'. Going to the MACE panel in March.",
   ["SAFE-EXP", "CRIME"], ["drugs on exploited child (conv 12): crack wraps = SAFE-EXP + CRIME, not SUB"]),
  ("yellow", "Permanently excluded from Greystone Academy in Nov for persistent disruption and fighting, and now on a 10 hr/week timetable at the Beacon (AP), of which he attends about half. Says school is 'long' and he's 'not bothered'.",
   ["EDU-EXC", "EDU-ATT"], []),
  ("green", "Amara (4) goes to nursery mornings, settled, and her keyworker says her speech and play are where they should be. Registered with GP and imms up to date.",
   [], ["good news only (conv 3): nursery/speech/immunisation words with no need stated – no EYD or PH"]),
  ("blue", "Shanice's sister lives two streets away and has Amara whenever Shanice is at meetings. Shanice is logging the cars and unknown numbers that contact Kyan, using the PACE parent guide, and passing them to police to help disrupt his exploitation.",
   ["SAFE-EXP"], []),
 ]),
 ("M001", "closure", "2025-07-21", "Marlpit", [
  ("orange", "Still RUI for the January PWITS – CPS decision awaited. NRM conclusive grounds came back in June: Kyan recognised as a victim of criminal exploitation. MACE still tracking him and the TAF plan continues.",
   ["SAFE-EXP", "CRIME"], []),
  ("yellow", "Attendance at the Beacon is up to 91% this half term but he's missing most Monday mornings – says he 'can't get up after the weekend'. AP key worker going to try a Monday pick-up.",
   ["EDU-ATT"], []),
  ("blue", "No missing episodes since mid-April. Kyan has a trusted adult at the boxing gym and trains there three evenings a week instead of hanging about the precinct.",
   [], ["historical: 'no missing episodes since mid-April' = over, no SAFE-EXP", "good news only: trusted adult/boxing"]),
 ]),

 ("M002", "assessment", "2025-03-03", "Fenbridge", [
  ("orange", "Lacey (14) sent pictures to someone she thought was a 15 yr old lad on Snapchat; 'he' then demanded £200 or he'd send them to all her followers. Lacey told her form tutor. Police informed, CEOP report made and Report Remove used.",
   ["SAFE-EXP"], ["experiencer: Lacey is the sextortion victim; the blackmailer's offence is outside the household – no CRIME"]),
  ("yellow", "Since the sextortion Lacey has been cutting her forearms – mum found blood on her sheets twice last week. Says she feels 'disgusting' and doesn't want to go out. School counsellor seeing her weekly; CAMHS referral sent, awaiting triage.",
   ["MH-CHILD"], []),
  ("green", "Mum (Donna) has been on sertraline for depression for several years; says it's 'stable' and the GP reviews her every 6 months. She feels she's coping.",
   ["MH-ADULT"], ["now managing (conv 3): stable on medication in a green box is still MH-ADULT present"]),
 ]),
 ("M002", "closure", "2025-08-11", "Fenbridge", [
  ("green", "Lacey still uses the calm box she made with the school counsellor when she gets urges to self-harm; last cut was in April. Counsellor now fortnightly.",
   ["MH-CHILD"], ["historical vs current: last cut in April is past, but urges and ongoing counselling are current"]),
  ("blue", "Lacey still gets the odd friend request from accounts she thinks are linked to the man who blackmailed her; she blocks and reports them and tells mum every time.",
   ["SAFE-EXP"], []),
  ("yellow", "N/A", [], ["N/A box: no gold"]),
 ]),

 ("M003", "assessment", "2025-01-20", "Eastwold", [
  ("red", "Child in need plan since Dec because of mum's drinking. Tyrese and Precious (9) often have no food in the house, and Tyrese has found mum passed out on the kitchen floor twice.",
   ["SUB", "SAFE-NEG"], []),
  ("orange", "Tyrese (16) on a 9 month referral order for possession of a bladed article (knife found in his bag in Eastwold park in Oct); tells his YOS officer he carries 'for protection' since falling out with some lads from the Northway estate. Mum says he punched a hole in the door and shoved her when she took his phone – police attended 14/1.",
   ["CRIME", "REL-PAR"], ["child-to-parent violence (conv 8): REL-PAR (+CRIME), not DA"]),
  ("yellow", "Left Eastwold College in Nov after 6 wks of a bricklaying course and has been NEET since. No income of his own. YOS ETE worker linking him with the Prince's Trust.",
   ["EDU-NEET", "CRIME"], ["16+ NEET (conv 11): EDU-NEET only – 'no income of his own' is not FIN", "service name (conv 4): a YOS ETE worker alone codes CRIME though no offence is described in this box"]),
  ("green", "Precious (9) has been wetting the bed most nights since Christmas; school nurse gave advice and the GP has referred her to the enuresis clinic.",
   ["PH"], ["conv 9: bedwetting at school age is PH, not EYD"]),
 ]),
 ("M003", "closure", "2025-06-30", "Eastwold", [
  ("orange", "Referral order finished early in May for good progress. However, Tyrese was arrested 2/6 over a robbery in Tallowby with two older males – released under investigation. YOS keeping voluntary contact.",
   ["CRIME"], []),
  ("yellow", "Mum going to the Eastwold drug and alcohol service, 8 wks alcohol-free and at a weekly group.",
   ["SUB"], []),
  ("green", "Tyrese finished the Prince's Trust course in June and has a conditional place on a Level 1 at Eastwold College for Sept; over the summer he isn't in any education, training or work.",
   ["EDU-NEET"], []),
 ]),

 ("M004", "assessment", "2025-04-07", "Marlpit", [
  ("red", "Jasmine (13) reported missing 4 times since Feb, coming back in the early hours in taxis someone else has paid for. RHIs describe a 'boyfriend' of 19 who buys her food, vapes and phone credit. Strategy meeting 3/4, s47 under way re CSE.",
   ["SAFE-EXP"], []),
  ("orange", "Mum's partner Lee arrested 28/3 after he strangled mum during an argument – Jasmine rang 999. DASH high risk, MARAC 10/4. Lee on bail not to attend the address.",
   ["DA"], ["DA vs CRIME (conv 7): partner's arrest for the assault is DA only", "'argument' that is part of abuse is DA, not REL-CONF (conv 8)"]),
  ("yellow", "2-bed flat: Jasmine shares a room with Alfie (10) and Noah (6). Mum has been bidding for a 3-bed for 18 months and the housing officer confirms they're overcrowded by one bedroom.",
   ["HOUS"], []),
  ("blue", "Jasmine's dad has no contact and mum doesn't want any. No money worries – mum works part-time at a care home and budgets well. Jasmine ignores her curfew most nights; mum has started using a written curfew agreement from the PACE website.",
   ["REL-PAR"], ["negation: 'no money worries' – no FIN", "look-alike: 'care home' job is not CARER", "negation does not reach the later curfew clause"]),
 ]),
 ("M004", "closure", "2025-09-15", "Marlpit", [
  ("red", "Jasmine remains on a CP plan (category sexual abuse – CSE). Two more missing episodes in August; both times police found her at the same address in Tallowby.",
   ["SAFE-EXP"], []),
  ("orange", "Lee has been charged and a non-molestation order was granted in July. Mum doing the Freedom Programme and has an IDVA.",
   ["DA"], []),
  ("green", "Family moved to a 3-bed housing association house in June – everyone has their own room now and mum says home is calmer.",
   [], ["historical: overcrowding resolved by the move – no HOUS"]),
 ]),

 ("M005", "assessment", "2025-05-12", "Fenbridge", [
  ("orange", "Ellis (12) has been chatting on Roblox and then Discord with an adult who sent him Robux and gift cards and asked him to go on a private server with his camera on. Dad found the chats. Reported to police and CEOP; Ellis won't accept the man is an adult.",
   ["SAFE-EXP"], []),
  ("yellow", "Two suspensions this year for throwing chairs and walking out of lessons; the head says he's at risk of permanent exclusion. On the ADHD pathway and the SENCO is applying for an EHC needs assessment.",
   ["EDU-EXC", "EDU-SEND"], ["risk wording: 'at risk of permanent exclusion' is a current risk, coded present"]),
  ("green", "Dad (Mark) has MS and uses a wheelchair; Ellis helps him dress in the mornings, makes his lunch and sorts out his tablets. Dad gets PIP and says money is fine.",
   ["PH", "CARER"], ["benefit name (conv 5): PIP with no money problem is not FIN"]),
 ]),
 ("M005", "closure", "2025-10-20", "Fenbridge", [
  ("yellow", "EHC needs assessment agreed in Aug; still waiting for his ADHD assessment. No suspensions since June – he now has a movement-break card and a key adult.",
   ["EDU-SEND"], ["historical: 'no suspensions since June' – no EDU-EXC"]),
  ("green", "Ellis goes to Fenbridge Young Carers club every other week and went on their residential in the summer.",
   ["CARER"], []),
  ("blue", "No contact from the man on Discord since May and police have closed their enquiry. Ellis still gets random friend requests from strangers on Roblox – he shows Dad and they block them together.",
   ["SAFE-EXP"], ["historical first sentence does not reach the current Roblox contact (online safety, now managing)"]),
 ]),

 ("M006", "assessment", "2025-06-02", "Eastwold", [
  ("orange", "Demi (17) disclosed that her boyfriend Kane (19) checks who she's with, has taken her bank card and slapped her at a party last month. Young person's IDVA did a DASH – high risk, MARAC referral made.",
   ["DA"], ["teen relationship abuse at 17 is DA (outside-household partner's effect on the family)", "economic abuse (bank card) is DA, not FIN"]),
  ("yellow", "Demi dropped out of sixth form in March and isn't working or on a course. Mum (Tina) lost her cleaning job in April, is waiting for her first UC payment and has had a food bank voucher.",
   ["EDU-NEET", "FIN"], ["16+ NEET vs FIN (conv 11): FIN comes from mum's worklessness and food bank, not from Demi being NEET"]),
  ("green", "GP saw Demi about skipping meals and making herself sick; she has lost 7kg and her periods have stopped. Referred to the community eating disorder service.",
   ["MH-CHILD", "PH"], []),
  ("blue", "Demi smokes and vapes – mum has asked her to do it outside. Neither reports any drug or alcohol use, and mum says she'd go to the GP should that ever change. They argue about Demi coming in late but have agreed she texts if she's staying out.",
   ["REL-PAR"], ["conv 12: smoking/vaping not SUB", "negation + hypothetical ('should that ever change') – no SUB", "parent-child arguments are REL-PAR, not REL-CONF"]),
 ]),
 ("M006", "closure", "2025-11-03", "Eastwold", [
  ("orange", "Kane breached his bail by messaging Demi 40 times and has been remanded. Demi still sees the young person's IDVA weekly.",
   ["DA"], []),
  ("green", "Demi started a Level 2 hair and beauty course at Eastwold College in Sept and is attending well. Mum has started at the school canteen 20 hrs a week and is paying back her UC advance at £60 a month.",
   ["FIN"], ["historical: NEET resolved – no EDU-NEET", "now managing (conv 3): repaying a debt is FIN present in green"]),
  ("blue", "Discharged by the eating disorder service in Oct. Demi says she eats three meals a day and uses the techniques she learned when she gets the urge to skip meals.",
   ["MH-CHILD"], []),
 ]),

 ("M007", "assessment", "2025-02-24", "Fenbridge", [
  ("orange", "Aaron (14) has gone for dad 3 times since Christmas when asked to come off the Xbox – last time he headbutted him. Police called 19/2 and Aaron given a community resolution. Dad says he is scared of him.",
   ["REL-PAR", "CRIME"], []),
  ("yellow", "Smoking weed most days – says it 'calms him down' – and spends his dinner money on it. Referred to Compass (young people's substance misuse service).",
   ["SUB"], []),
  ("green", "Attendance 71% and he often refuses to get out of bed on school days. Attendance officer did a home visit and he's on an attendance support plan.",
   ["EDU-ATT"], []),
  ("blue", "Dad had a breakdown in 2018 and was under the crisis team, but says he's been well for years and hasn't needed medication since 2020.",
   [], ["historical: dad's breakdown 2018 and medication ended 2020 – no MH-ADULT"]),
 ]),
 ("M007", "closure", "2025-07-14", "Fenbridge", [
  ("yellow", "Dad and Aaron finished the NVR parenting programme. No violence since April, but they still have shouting matches about bedtime most nights.",
   ["REL-PAR"], []),
  ("green", "Aaron says he's down to smoking weed at weekends only and sees his Compass worker once a month.",
   ["SUB"], []),
  ("blue", "Dad says he's felt low since the winter and has joined a men's walking group, which he says helps him manage his mood.",
   ["MH-ADULT"], []),
 ]),

 ("M008", "assessment", "2025-03-17", "Marlpit", [
  ("orange", "Landlord has served a section 8 possession notice for £2,300 rent arrears; court hearing 12/5. Mum (Karen) hasn't opened her post for months.",
   ["HOUS", "FIN"], []),
  ("yellow", "Nadia (16) does most of the cooking and cleaning and takes her brother Leo (8) to school most days because mum is often too drunk to get up in the morning. Referred to Marlpit Young Carers.",
   ["CARER", "SUB"], []),
  ("green", "Nadia is in Year 12 at Marlpit Sixth Form; attendance 84%, with most absences on Mondays. Tutor aware.",
   ["EDU-ATT"], []),
  ("blue", "Mum says she's 'not depressed, just tired'; she has no diagnosed mental health condition and declined a GP referral.",
   [], ["negation/denial: no MH-ADULT"]),
 ]),
 ("M008", "closure", "2025-08-04", "Marlpit", [
  ("orange", "Possession hearing adjourned on terms – mum paying full rent plus £5 a week off the arrears by direct deduction. Possession order suspended.",
   ["HOUS", "FIN"], []),
  ("yellow", "Mum attending Marlpit drug and alcohol service and on medication to reduce cravings; two lapses in July.",
   ["SUB"], []),
 ]),

 ("M009", "assessment", "2025-09-08", "Eastwold", [
  ("red", "ICPC 2/9 – all four children on CP plans, category neglect. Dog mess on the floors, no working cooker, and Kai (13) and Skye (11) going to school in dirty uniform and asking staff for food.",
   ["SAFE-NEG"], []),
  ("yellow", "Jade and Connor split in July but Connor still comes round most days and they row loudly in front of the kids about money and the dog. Both parents and the children say there has never been any violence or threats.",
   ["REL-CONF"], ["arguments without abuse are REL-CONF, not DA", "rows 'about money' are not FIN"]),
  ("green", "Mia (2) has about 10 words. HV has referred to SALT and is encouraging mum to take up the funded 2-year-old nursery place.",
   ["EYD"], []),
  ("blue", "Kai says he's got a good group of mates at the skate park and is 'sound', no bullying. Skye says some girls pick on her at the bus stop; she's told her nan and they walk there together now.",
   ["SAFE-EXP"], ["negation ('no bullying') is Kai's and does not reach Skye's bullying"]),
 ]),
 ("M009", "closure", "2026-01-19", "Eastwold", [
  ("red", "CP plans continue after the 3-month review. House is cleaner but the fridge was empty again at the unannounced visit on 12/1 and the kids said they'd had crisps for tea.",
   ["SAFE-NEG"], []),
  ("green", "Mia started at Little Acorns nursery in Oct for 15 hrs; her keyworker says she's up to about 40 words but still behind, and SALT are working with nursery.",
   ["EYD"], []),
  ("blue", "Jade and Connor now only talk through a co-parenting app to keep the rows down; handovers happen at Connor's mum's.",
   ["REL-CONF"], []),
 ]),

 ("M010", "assessment", "2025-10-06", "Fenbridge", [
  ("orange", "Rhianna (15) taken to A&E 28/9 after a paracetamol overdose; seen by CAMHS liaison and now open to the CAMHS crisis team. She says it followed a photo of her in her underwear being shared round Year 11 group chats.",
   ["MH-CHILD", "SAFE-EXP"], ["look-alike: 'overdose' of paracetamol is self-harm (MH-CHILD), not SUB"]),
  ("yellow", "Off school since the photo went round – attendance 40% this half term. School offering a reduced timetable with a phased return through the inclusion unit.",
   ["EDU-ATT"], ["look-alike: 'inclusion unit' is not an exclusion"]),
  ("green", "Mum (Claire) works full time as a nurse and says home is calm; no worries about money, housing or her own health.",
   [], ["negation: no FIN/HOUS/PH", "look-alike: 'nurse' is a job, not PH"]),
 ]),
 ("M010", "closure", "2026-02-16", "Fenbridge", [
  ("orange", "Still open to CAMHS with a care coordinator and a weekly DBT skills group. No more overdoses, but still self-harming by scratching about once a week.",
   ["MH-CHILD"], ["negation 'no more overdoses' does not reach the current self-harm"]),
  ("green", "Back in school full time since January. School has given her a time-out pass for when she feels anxious and she uses it most days.",
   ["MH-CHILD"], ["historical: absence is over (back full time) – no EDU-ATT"]),
  ("blue", "The boys who shared the photo were dealt with by school and police in the autumn; Rhianna says nobody mentions it any more.",
   [], ["outside household + historical: other boys' offence not coded, image sharing over"]),
 ]),

 ("M011", "assessment", "2025-11-10", "Eastwold", [
  ("orange", "Dad (Wayne) released on licence in Oct after a sentence for supplying class A; back living at home and probation visit weekly. Marcus (14) has been seen in cars with known Eastwold gang nominals and came home in new Trapstar gear he can't explain; exploitation lead has screened him as at significant risk of CCE.",
   ["CRIME", "SAFE-EXP"], []),
  ("yellow", "Jordan (17) lost his apprenticeship in Sept when the firm went bust and hasn't found another course or job; Connexions adviser allocated. Wayne hasn't worked since his release and they're £640 behind on gas and electric.",
   ["EDU-NEET", "FIN"], []),
  ("green", "Marcus is on the SEN register for dyslexia and has reading intervention twice a week; no behaviour concerns at school.",
   ["EDU-SEND"], []),
  ("blue", "Lorraine and Wayne say they're 'solid' – no arguments or DV, and Lorraine visited him all through his sentence. Lorraine has type 2 diabetes, controlled with tablets and diet.",
   ["PH"], ["negation: no REL-CONF/DA", "now managing: controlled diabetes is PH present in blue"]),
 ]),
 ("M011", "closure", "2026-03-23", "Eastwold", [
  ("orange", "Marcus arrested 1/3 with an older lad, Deshawn (19), after a robbery at a corner shop – Marcus RUI, Deshawn charged and remanded. MACE agreed Marcus is being criminally exploited; NRM submitted.",
   ["SAFE-EXP", "CRIME"], ["outside household: Deshawn's charge is not the family's; Marcus's own arrest/RUI is CRIME"]),
  ("yellow", "Wayne started work at a scaffolding firm in Jan; the £640 gas and electric arrears are on a repayment plan set up with Citizens Advice.",
   ["FIN"], []),
  ("green", "Jordan started a Level 1 at Eastwold College in Jan; attendance 62% and his tutor has put him on a support plan.",
   ["EDU-ATT"], ["16+ in college with poor attendance: EDU-ATT, not EDU-NEET"]),
 ]),

 ("M012", "assessment", "2026-01-12", "Marlpit", [
  ("yellow", "Harvey (11) started Year 7 at St Aldhelm's in Sept and has missed 30 days, mostly Mondays when he says his tummy hurts. Paediatrician found no physical cause and thinks it's anxiety.",
   ["EDU-ATT", "MH-CHILD"], ["negation: 'no physical cause' – no PH"]),
  ("green", "On the waiting list for an ASD assessment with the community paediatrician; SENCO has put him on SEN support with a quiet space at lunch.",
   ["EDU-SEND"], []),
  ("blue", "Black mould in both bedrooms of their housing association flat – mum has reported it and uses the dehumidifier the landlord gave them. Harvey's asthma is well controlled with his inhalers.",
   ["HOUS", "PH"], []),
 ]),
]

# ---------------------------------------------------------------------------
# Unboxed notes: (date, locality, text, level, [codes], [traps])
# One level for all codes: the highest cue in the text (conv 2).
# ---------------------------------------------------------------------------
UNBOXED = [
 ("2025-02-03", "Marlpit", "YOS officer note: Deon (16) had his first referral order panel today – 8 month order for affray outside the McDonald's in Marlpit. He says the fight was over a girl. Mum says he's out till 2am most nights and she's given up trying to set a curfew.",
  "orange", ["CRIME", "REL-PAR"], []),
 ("2025-03-11", "Fenbridge", "MASH: strategy meeting today re Ruby (14), who told her teacher that a man she met on Instagram – she now knows he is 26 – had sex with her in his car. Police investigating him; s47 enquiries to be completed.",
  "red", ["SAFE-EXP"], ["experiencer/outside household: the adult offender's crime is not CRIME for the family"]),
 ("2025-04-22", "Fenbridge", "Young carers assessment: Ollie (13) looks after mum, who has fibromyalgia and bipolar disorder. He does the shopping, reminds her to take her meds and stays off school when she's having a bad day (attendance 88%). Referred to Fenbridge Young Carers.",
  "yellow", ["CARER", "PH", "MH-ADULT", "EDU-ATT"], []),
 ("2025-05-06", "Eastwold", "School nurse drop-in: Amelia (15) has vaped since Year 9 and wants to stop; she denies any alcohol or drug use. Given NHS quit advice.",
  "", [], ["conv 12: vaping is not SUB", "negation: denies alcohol/drug use"]),
 ("2025-05-06", "Marlpit", "Police call-out 3/5: Ethan (15) smashed the TV and threatened mum with a kitchen knife when she switched the wifi off. Arrested and given a youth caution. Mum and stepdad say they can't cope with him.",
  "orange", ["REL-PAR", "CRIME"], []),
 ("2025-06-16", "Fenbridge", "Call from dad (Paul): Maisie (12) has been getting TikTok messages from an older boy she's never met, asking for pictures. She says she hasn't sent any. Dad has reported and blocked the account and set up Family Pairing; signposted to Internet Matters and the NSPCC online safety pages, which he'll use himself.",
  "blue", ["SAFE-EXP"], ["negation 'hasn't sent any' does not remove the current grooming/online risk"]),
 ("2025-07-01", "Eastwold", "Detached session at the Eastwold underpass, 5-6 lads aged 13-15. Josh (14) told us older boys keep asking him to 'run' for them and have offered him £50 – he says he's said no so far. One of them showed him a 'nank' (knife). Passed to the exploitation lead and Josh's mum told. Josh now has a multi-agency TAF plan with school, youth service and police.",
  "orange", ["SAFE-EXP"], ["outside household: the older boy's knife and the other lads are not coded; no offending by Josh, so no CRIME"]),
 ("2025-07-14", "Eastwold", "Family worker visit: mum (Stacey) is £1,800 behind on council tax, has had a bailiff letter and uses Eastwold food bank twice a month. Tyler (17) left school in the summer and isn't in college, work or training – 'just gaming all day'.",
  "yellow", ["FIN", "EDU-NEET"], []),
 ("2025-10-15", "Marlpit", "ICPC 14/10: Leah (16) and her two brothers made subject to CP plans, category emotional abuse. Mum's partner Dean controls the money and who mum can see, and was arrested last month for assaulting mum in front of the children. Leah has been reported missing twice after staying at her boyfriend's to avoid home.",
  "red", ["DA", "SAFE-EXP"], ["DA vs CRIME (conv 7): partner's arrest is DA only", "'controls the money' is coercive control (DA), not FIN"]),
 ("2025-06-24", "Fenbridge", "SENCO update: Riley (13) has an EHCP for autism. Annual review held; his place at Greystone continues with 1:1 in core subjects. No concerns raised by parents at the review.",
  "green", ["EDU-SEND"], ["negation 'no concerns raised' does not reach the EHCP"]),
 ("2025-08-19", "Eastwold", "CAMHS referral accepted for Tia (14), who is restricting what she eats and exercising for hours at night; GP noted her BMI has dropped to 16.5.",
  "orange", ["MH-CHILD", "PH"], ["look-alike: restricting food is an eating difficulty, not SAFE-NEG"]),
 ("2025-09-02", "Marlpit", "Mum (Kerry) rang back after last week's signposting: she's joined an online forum for parents of teenagers who drink and says Connor's (17) drinking is easing off – weekends only now.",
  "blue", ["SUB"], []),
 ("2025-03-25", "Eastwold", "Background from records: dad served 18 months for burglary in 2015, no offending since and not on licence. Older son Ashton (17) was arrested in 2023 on suspicion of possession – NFA, no police contact since. A CIN plan closed in 2019. Family only want information on holiday activity clubs.",
  "", [], ["historical: 2015 sentence, 2023 NFA, CIN closed 2019 – no CRIME, no level"]),
 ("2025-11-18", "Fenbridge", "Managed move from Greystone to Fenbridge Academy agreed for Kieran (14) after repeated suspensions for fighting and vaping in the toilets. Kieran says older lads on the school bus have a go at him every day.",
  "orange", ["EDU-EXC", "SAFE-EXP"], []),
 ("2025-09-29", "Marlpit", "EH worker: Gemma and Kayden (11) argue every night about bedtime and his phone; he swears at her and slams doors but has never hit her. Gemma booked onto a Triple P Teen course.",
  "yellow", ["REL-PAR"], []),
 ("2026-02-04", "Eastwold", "Section 20: Bradley (15) accommodated 2/2 after he and dad came to blows and dad refused to have him back; he's in a children's home in Tallowby. Dad says Bradley is 'out of control'.",
  "red", ["REL-PAR"], []),
 ("2025-04-29", "Fenbridge", "Section 21 notice served by the private landlord, expires 30/6 – he's selling. Mum (Priya) and her three children, including Zain (16) who's in the middle of his GCSEs, have nowhere else to go. Priya says she isn't in any arrears.",
  "orange", ["HOUS"], []),
 ("2025-10-08", "Marlpit", "Citizens Advice appointment booked for dad (Lee): his PIP was stopped after reassessment and he's appealing, and he's behind on the water bill. Son Alfie (14) lives with him.",
  "yellow", ["FIN"], ["benefit name (conv 5): benefit problem is FIN, but PIP does not imply PH"]),
 ("2025-12-02", "Marlpit", "Exploitation lead: Chantelle (15) found by police in a trap house in Tallowby at 3am with two older males; she had £200 and 10 wraps of cannabis on her. Being treated as a victim of CSE/CCE – TAF plan agreed and she's going to the MACE panel.",
  "orange", ["SAFE-EXP", "CRIME"], ["drugs on exploited child (conv 12): SAFE-EXP + CRIME, not SUB"]),
 ("2025-11-05", "Eastwold", "EH worker: Layla (17) has been NEET since leaving college in October. Mum works night shifts at the distribution centre and pays the bills fine; benefits to be checked should her hours be cut.",
  "yellow", ["EDU-NEET"], ["16+ NEET (conv 11): EDU-NEET only", "conv 5: shift work is not FIN", "hypothetical: 'should her hours be cut' – no FIN"]),
 ("2025-03-24", "Fenbridge", "MARAC 20/3 heard Jo's case: her ex-partner Ryan assaulted her at the school gates in front of her son Lewis (13). Since then Lewis has refused to go to school and is jumpy and tearful.",
  "orange", ["DA", "EDU-ATT", "MH-CHILD"], []),
 ("2025-10-21", "Eastwold", "Pastoral lead: Poppy (14) told her head of year that her dad, who she lives with, has been drinking heavily since he lost his job in the summer and is often asleep on the sofa when she gets in from school.",
  "green", ["SUB", "FIN"], []),
 ("2025-08-05", "Marlpit", "Strategy meeting: Finley (13) found by police after 3 days missing, sleeping at the flat of an adult man who had been giving him alcohol and cannabis. Finley says he smokes weed every day and 'needs it'.",
  "red", ["SAFE-EXP", "SUB"], ["conv 12 contrast: his own daily use is SUB (no drugs found on him)", "conv 7: police finding him is not CRIME"]),
 ("2025-06-10", "Fenbridge", "YOS: Mason (15) given a youth conditional caution for shoplifting from Boots with two friends. Mum thinks he's stealing to pay off a 'debt' to the older boys who sell him weed; YOS have referred him to the exploitation team.",
  "orange", ["CRIME", "SUB", "SAFE-EXP"], []),
 ("2025-05-19", "Eastwold", "Health visitor: baby Isla (9 months) weaning well and on track at her check. Mum Kirsty (19) has felt low since the birth and the GP has started her on antidepressants. Kirsty's brother Reece (16), who lives with them, is doing A levels.",
  "green", ["MH-ADULT"], ["good news only: weaning/check on track – no EYD", "16+ in education – no EDU-NEET"]),
 ("2025-09-15", "Marlpit", "Dad says things are better at home: he's set up a chore chart with Harley (12) and uses the calm-down plan from the parenting website when Harley kicks off. He'd ask his brother for respite if he needed it.",
  "blue", ["REL-PAR"], []),
 ("2025-04-14", "Fenbridge", "Early help assessment: mum (Tasha) is on a methadone script and says she's stable. Kane (14) goes to the young carers group because he looks after his sister (6) most evenings.",
  "yellow", ["SUB", "CARER"], ["conv 4: stable on a methadone script is still SUB present"]),
 ("2025-12-09", "Eastwold", "PLO pre-proceedings letter sent to the parents of Nathan (11) and Ava (3): home conditions still very poor, Ava hasn't been taken to nursery since September and has very little speech, and Nathan is regularly seen going through bins for food.",
  "red", ["SAFE-NEG", "EYD"], []),
 ("2026-01-27", "Marlpit", "CAMHS letter: Ruby-Mae (16) diagnosed with PTSD following a sexual assault at a party last year; she is having weekly trauma-focused CBT.",
  "orange", ["MH-CHILD"], ["experiencer: PTSD is the young person's – MH-CHILD, not MH-ADULT", "historical: the assault itself was last year"]),
 ("2025-02-18", "Fenbridge", "Mediation referral: Chris and Lauren separated in January and can't agree where Evie (14) should live; Evie says she's sick of being used as a messenger between them.",
  "yellow", ["REL-CONF"], []),
 ("2025-06-09", "Eastwold", "TAF meeting 6/6, Okafor family: Daniel (16) left Year 11 in July with no plan and isn't in education, employment or training. Mum (Grace) can't work while she waits for a hip replacement and the family is two months behind on rent.",
  "orange", ["EDU-NEET", "FIN", "PH"], []),
 ("2025-08-27", "Marlpit", "Mum asked what she should do if her son (15) ever got drawn into drugs or gangs. No current worries – he's doing well and plays football four nights a week. Gave her the PACE leaflet.",
  "", [], ["hypothetical: 'if he ever got drawn into' – no SAFE-EXP/SUB", "negation: no current worries"]),
 ("2025-11-25", "Fenbridge", "School nurse: Jess (14) came for advice after she sent a nude to her boyfriend (14), who showed it to his friends. DSL informed and the image deleted from the phones it was shared to.",
  "green", ["SAFE-EXP"], []),
 ("2026-02-23", "Eastwold", "Child in need plan review: Tegan (17) is the main carer for her mum, whose MS has got worse and who now uses a wheelchair. Tegan has withdrawn from college and isn't working.",
  "red", ["CARER", "PH", "EDU-NEET"], []),
 ("2025-07-22", "Marlpit", "YOS: Reece (17) on a Youth Rehabilitation Order for a street robbery and working with the young people's drug service on his ketamine use. Says he stopped carrying a knife after his mate got stabbed in April.",
  "orange", ["CRIME", "SUB"], []),
 ("2025-10-13", "Fenbridge", "Mum texted: since she was signposted to the money advice pages she's been using a budgeting app, is paying £25 a week off her catalogue debt and got the kids' uniforms second-hand from a local Facebook group.",
  "blue", ["FIN"], []),
 ("2025-05-27", "Eastwold", "Referral to the young people's substance service: Caleb (15) is using cannabis and nitrous oxide most weekends with mates in the park; mum has found balloons and silver canisters in his room.",
  "yellow", ["SUB"], []),
 ("2025-09-10", "Marlpit", "Police welfare check 9/9 after Sophie (14) posted on Instagram that she wanted to die. Officers found her safe at home; mum took her to A&E and she's been referred to CAMHS.",
  "orange", ["MH-CHILD"], ["conv 7: police welfare check is not CRIME", "Instagram post is not an online-safety harm"]),
 ("2025-03-04", "Eastwold", "Dentist's letter to the GP: Toby (11) has missed 3 appointments and needs 4 fillings; mum says the appointment letters went to their old address.",
  "green", ["PH"], []),
 ("2026-03-02", "Fenbridge", "EH worker: mum, dad and two boys (14 and 11) in a damp, mouldy one-bed flat, all sharing the bedroom. Dad works full time and there are no money problems. Housing register application made.",
  "yellow", ["HOUS"], []),
 ("2025-07-23", "Marlpit", "Arrest 22/7: mum's ex-boyfriend Craig arrested for criminal damage after kicking in the front door when she ended the relationship; cocaine found on him. Mum's son Jayden (16) saw it all.",
  "orange", ["DA"], ["DA vs CRIME (conv 7): ex-partner's offences are DA only", "outside household (conv 6): his cocaine is not SUB"]),
 ("2025-11-12", "Eastwold", "S47 strategy discussion: Kacey (14) is in a sexual relationship with a 22-year-old 'boyfriend' and stays at his flat. Mum (Jodie) is using crack daily. Kacey hasn't been in school since October half term.",
  "red", ["SAFE-EXP", "SUB", "EDU-ATT"], []),
 ("2025-04-08", "Marlpit", "Neighbour rang in to say the lads on the corner of Tenby Road are dealing. Spoke to Mrs Begum at no.14: her sons aren't involved and are in by 9. No concerns for the family identified.",
  "", [], ["outside household: neighbourhood dealing not coded", "negation: sons not involved"]),
 ("2025-12-16", "Fenbridge", "Family support worker: dad (Ian) says Max's mum keeps changing the contact arrangements and they row over text constantly; Max (15) is stuck in the middle. Neither parent reports any abuse.",
  "yellow", ["REL-CONF"], []),
 ("2026-03-16", "Marlpit", "Mum (Helen) was diagnosed with bipolar disorder last month. Police were called to the house twice this week when she became very unwell and she is now under the crisis team. Zara (16) is staying at her aunt's for a few nights.",
  "orange", ["MH-ADULT"], ["conv 7: police call-out about a parent's mental health is not CRIME"]),
 ("2026-01-07", "Eastwold", "EH worker: Jack (15) suspended for 5 days for vaping and swearing at a teacher – his 4th suspension this year. His sister Lola (2) has hardly any words and the health visitor has referred her to SALT.",
  "yellow", ["EDU-EXC", "EYD"], []),
 ("2025-09-23", "Fenbridge", "Nursery: Kobe (3) isn't toilet trained and has very few words; nursery has made a SALT referral. Mum drops him off on her way to work.",
  "green", ["EYD"], []),
 ("2026-02-10", "Marlpit", "Managed move to St Aldhelm's agreed for Aisha (13) after she joined in a group assault on another girl near school; police gave her a community resolution.",
  "orange", ["EDU-EXC", "CRIME"], []),
 ("2025-10-28", "Eastwold", "Child protection plan (neglect) continues for the Hughes children. School say Liam (12) and Ellie (8) arrive hungry and in the same clothes all week; Liam was suspended for 2 days last week for fighting.",
  "red", ["SAFE-NEG", "EDU-EXC"], []),
 ("2026-01-20", "Fenbridge", "Form tutor: Harriet (13) says her mum and dad have argued most nights since dad moved out last month, mostly about money and the house; she says neither has ever hurt the other. She's otherwise settled in school.",
  "green", ["REL-CONF"], []),
]

LEVELS = ["blue", "green", "yellow", "orange", "red"]


def main():
    narr, gold, traps = [], [], {}
    for case_id, stage, date, loc, boxes in TRIAGES:
        tid = case_id + ("-A" if stage == "assessment" else "-C")
        for level, text, codes, tr in boxes:
            nid = f"{tid}-{level}"
            narr.append([nid, tid, case_id, stage, date, level, loc, text])
            for c in codes:
                gold.append([nid, c, level])
            if tr:
                traps[nid] = tr
    for i, (date, loc, text, level, codes, tr) in enumerate(UNBOXED, 1):
        nid = f"MV{i:03d}"
        narr.append([nid, nid, nid, "assessment", date, "", loc, text])
        if codes:
            assert level in LEVELS, nid
        for c in codes:
            gold.append([nid, c, level])
        if tr:
            traps[nid] = tr
    with open(os.path.join(HERE, "narratives.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"])
        w.writerows(narr)
    with open(os.path.join(HERE, "gold.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "code", "level"])
        w.writerows(gold)
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8") as f:
        json.dump(traps, f, ensure_ascii=False, indent=1)
    print(f"wrote {len(narr)} narratives, {len(gold)} gold rows, {len(traps)} trapped narratives")


if __name__ == "__main__":
    main()
