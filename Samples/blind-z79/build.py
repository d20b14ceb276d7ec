#!/usr/bin/env python3
"""Blind gold set z79: hand-written narratives, hand-assigned gold codes and trap notes.
Writes narratives.csv, gold.csv and traps.json (UTF-8, no BOM, CRLF)."""
import csv, json, os

HERE = os.path.dirname(os.path.abspath(__file__))

# (case_id, locality, assessment_date, closure_date,
#  [(stage A/C, level, narrative, [gold codes], trap types, trap note or "")])
CASES = [
 ("Z001", "Kestlemoor", "2025-09-08", "2026-01-19", [
  ("A", "green", "Mia (2y 9m) seen by HV for her 2-2½ year review – only a handful of single words and gets cross when she isn't understood. HV referred to the SALT drop-in at Kestlemoor Family Hub; 2-year-old funded nursery place starts in January. No worries about baby Harry, feeding well and on his centile.", ["EYD"], ["negated"], "Baby's health/feeding negated; EYD stands for Mia."),
  ("A", "yellow", "Leanne (mum) says she's felt flat and tearful most days since Harry was born in May. GP started her on sertraline 3 weeks ago. FSW to visit weekly and link her in with the perinatal peer group at the Hub.", ["MH-ADULT"], [], ""),
  ("C", "blue", "Leanne going to the perinatal group every fortnight on her own now and says her mood is a lot better, though she's staying on the sertraline for now. Her mum has Harry on Wednesdays so she gets a break.", ["MH-ADULT"], ["managing"], "Blue box: improving mood while still on medication = now managing, present (conv. 3)."),
 ]),
 ("Z002", "Porthwenna", "2025-07-14", "2026-01-26", [
  ("A", "orange", "Kai (14) reported missing three times since the start of June. On the last occasion BTP found him at Bristol Temple Meads with £200 cash and two phones he couldn't account for. CE screening done, NRM submitted, TAF set up with police and the school.", ["SAFE-EXP"], ["lookalike"], "Police finding a missing child is safeguarding, not CRIME (conv. 7)."),
  ("A", "yellow", "Kai on a mornings-only timetable at Tregarrow Academy since May half term, attendance 61% this year. He had two fixed-term suspensions in Year 8 for fighting but nothing since.", ["EDU-ATT"], ["historical"], "Suspensions were in Year 8 and have stopped: EDU-EXC historical."),
  ("C", "yellow", "No missing episodes since September. Kai meeting the detached youth worker every week; worker still worried about the older lads he hangs around with at the skate park and is continuing exploitation sessions with him.", ["SAFE-EXP"], ["negated", "outside_household"], "Missing episodes negated, but the exploitation risk from older lads (outside household, effect on Kai) is current."),
  ("C", "green", "Kai back on a full timetable since November. Attendance this half term 88%, pastoral lead checking in with him each morning.", ["EDU-ATT"], ["managing"], "Green box: attendance still below expected and monitored by school = present."),
 ]),
 ("Z003", "Ashcombe", "2025-08-04", "2026-01-12", [
  ("A", "red", "Chloe's partner Ryan arrested on 30/7 after strangling her in front of both children. s47 completed and ICPC held 1/8 – Mason (6) and Evie (3) on CP plans under emotional abuse. Ryan on bail not to contact Chloe or the children; referred to MARAC.", ["DA"], ["lookalike"], "Partner's arrest for the assault on Chloe is DA only, not CRIME (conv. 7)."),
  ("A", "orange", "Chloe and the children have left the family home and are in temporary accommodation in Lydbury; Housing Options accepted a main duty. Her UC had to be split from the joint claim and the first payment isn't due for 5 weeks, so she's using the food bank at St Mary's in the meantime. No history of drug or alcohol use for Chloe.", ["HOUS", "FIN"], ["negated"], "SUB negated."),
  ("C", "yellow", "CSC closed in December and stepped down to EH. Chloe goes to the Freedom Programme on Tuesday mornings and the non-mol order runs until next August.", ["DA"], [], ""),
  ("C", "blue", "Chloe and the children moved into a permanent 2-bed housing association flat in Ashcombe in October and are settled. She's paying back her budgeting advance at £15 a week and keeps her safety plan on the fridge.", ["FIN", "DA"], ["historical", "managing"], "Housing need is over (permanent tenancy) so no HOUS; repaying an advance and keeping a safety plan are now-managing FIN and DA in a blue box."),
 ]),
 ("Z004", "Lydbury", "2025-09-22", "2026-02-16", [
  ("A", "green", "Dad (Steve) has MS and uses a wheelchair when out; district nurses visit twice a week and his GP reviews him monthly.", ["PH"], [], ""),
  ("A", "yellow", "Ellie (12) does most of the cooking and helps Dad to the toilet at night. School say she's late two or three times a week because she sorts his breakfast and meds first. Referred to Lydbury Young Carers for an assessment.", ["CARER", "EDU-ATT"], [], ""),
  ("A", "blue", "Family get PIP and Carer's Allowance and Mum works nights at the Co-op distribution centre – no money worries, no debts.", [], ["negated", "lookalike"], "Benefit names alone are not FIN, PH or CARER (conv. 5); night shifts not FIN; money worries negated."),
  ("C", "blue", "Ellie goes to the young carers club every other Thursday and has a young carer card for school. Dad's MS care package was increased so carers now do his personal care; Ellie still does some of the cooking.", ["CARER", "PH"], [], ""),
 ]),
 ("Z005", "Kestlemoor", "2025-10-06", "2026-03-09", [
  ("A", "green", "Noah (7) on SEN support at St Piran's Primary. SENCO has asked for EP involvement and he's on the waiting list for an ASD assessment.", ["EDU-SEND"], [], ""),
  ("A", "yellow", "Noah has had two one-day suspensions this term for hitting staff when overwhelmed. School say a reduced timetable would only be looked at if it keeps happening. At home Mum (Gemma) struggles with his bedtime meltdowns and has been offered a place on the Steady Steps parenting course.", ["EDU-EXC", "REL-PAR"], ["hypothetical"], "Reduced timetable only if suspensions continue: EDU-ATT hypothetical."),
  ("C", "green", "EHC needs assessment agreed in January and Noah now has a TA with him at lunch and break. No suspensions since October.", ["EDU-SEND"], ["historical"], "No suspensions since October: EDU-EXC over."),
  ("C", "blue", "Gemma still uses the visual bedtime routine from the course and says the meltdowns are down to about once a week.", ["REL-PAR"], ["managing"], "Blue box: managing child's behaviour at home = present."),
 ]),
 ("Z006", "Porthwenna", "2025-07-28", "2026-01-26", [
  ("A", "yellow", "Tyler (17) left Porthwenna College in May and hasn't been in work, training or education since. He has a careers adviser but hasn't turned up to the last two appointments.", ["EDU-NEET"], ["lookalike"], "16+ NEET is EDU-NEET only; no FIN (conv. 11)."),
  ("A", "orange", "Tyler smoking cannabis every day, says it helps him switch off. Police called out twice in July by neighbours about Tyler and his mates being abusive outside the flats; community resolution. Mum (Sharon) says she hardly drinks and there's no evidence otherwise.", ["SUB", "CRIME"], ["negated"], "Mum's drinking negated; SUB stands for Tyler's cannabis use."),
  ("C", "yellow", "Tyler on a 12-week Get Going programme at Porthwenna Works and attending well. He's cut the cannabis to weekends and sees a worker at Compass young people's drug service.", ["SUB"], ["need_met"], "Now on a training programme: NEET need met, no EDU-NEET."),
  ("C", "blue", "No further ASB or police contact since the summer. Nothing else to add.", [], ["historical"], "ASB over: CRIME historical."),
 ]),
 ("Z007", "Ashcombe", "2025-08-18", "2026-02-23", [
  ("A", "orange", "Visit 14/8: dog mess on the living room floor, no clean bedding on the children's beds and nothing in the fridge except half a pint of milk. Jaxon (4) and Lily (18 months) both had headlice and dirty clothes. Sam's ex, who used cannabis heavily, moved out in 2023 and has no contact.", ["SAFE-NEG"], ["historical", "outside_household"], "Ex-partner's cannabis use: outside household and over, no SUB."),
  ("A", "yellow", "Jaxon (4) still in nappies and due to start Reception in September. Lily's 12-month immunisations are overdue after two missed appointments at the surgery. FSW allocated to help Sam (mum) get the children to appointments.", ["EYD", "PH"], [], ""),
  ("C", "yellow", "Home conditions much better and kept up over the last three visits – beds made, food in the cupboards. Sam still struggles to keep on top of the washing and the FSW is carrying on monthly visits.", ["SAFE-NEG"], [], "Improved but an ongoing hygiene/basic-care need remains: present."),
 ]),
 ("Z008", "Lydbury", "2025-10-13", "2026-03-02", [
  ("A", "yellow", "Parents separated in July and are arguing over contact for Isla (9) and Freddie (6); handovers at the services car park often end in a shouting match. Both deny any violence, threats or controlling behaviour and neither has any police history.", ["REL-CONF"], ["negated"], "DA negated; parental arguments are REL-CONF (conv. 8)."),
  ("A", "green", "Isla told her class teacher she gets upset and cries at bedtime when Mum and Dad argue on the phone; she's started weekly ELSA sessions at school.", ["MH-CHILD"], [], ""),
  ("C", "blue", "Parents agreed a written contact plan at mediation in December and have stuck to it; handovers now happen at Nan's house.", ["REL-CONF"], ["managing"], "Blue box: contact dispute now being managed = present."),
 ]),
 ("Z009", "Kestlemoor", "2025-07-07", "2026-01-05", [
  ("A", "orange", "Private landlord has served a s21 notice ending 30 September. Five of them in a 2-bed terrace with black mould in the children's room; Aiden (5) has had four chest infections since Christmas and is on an inhaler.", ["HOUS", "PH"], [], ""),
  ("A", "yellow", "Rent arrears of £1,340 after Dad (Craig) lost hours at the quarry. Referred to Citizens Advice for a benefits check and a DHP claim. The landlord alleges Craig is drinking – Craig denies it and nothing seen on any visit supports it.", ["FIN"], ["negated", "outside_household"], "Landlord's allegation denied, no evidence: SUB negated."),
  ("C", "blue", "Family have been in a 3-bed council house since November, no damp. The DHP cleared the old arrears and Craig is paying back his UC advance at £30 a month.", ["FIN"], ["historical", "managing"], "Housing problem over (no HOUS); old arrears cleared but advance repayment = now managing FIN."),
  ("C", "green", "Aiden's chest is much better since the move; GP has reduced his inhaler to as-needed.", ["PH"], ["managing"], "Still on an inhaler under GP: PH present in green box."),
 ]),
 ("Z010", "Porthwenna", "2025-09-01", "2026-02-09", [
  ("A", "orange", "Amber (15) told her form tutor she has been cutting; seen at A&E on 24/8 after taking 12 paracetamol. Now open to the CAMHS crisis team with a safety plan.", ["MH-CHILD"], ["lookalike"], "Paracetamol overdose is self-harm, not SUB."),
  ("A", "yellow", "Girls in Amber's year are sending her nasty messages on Snapchat, and an older man she met online has been asking for pictures. Police informed and her phone has been looked at.", ["SAFE-EXP"], ["outside_household", "lookalike"], "Bullying by peers and online grooming are Amber's need (SAFE-EXP); police informed is not CRIME."),
  ("A", "green", "Mum (Karen) signed off work by the GP with stress since Amber's overdose; she's been offered Talking Therapies. Says she isn't drinking or using anything to cope.", ["MH-ADULT"], ["negated"], "SUB negated."),
  ("C", "yellow", "Amber still with CAMHS for the DBT skills group; no self-harm since November.", ["MH-CHILD"], ["negated"], "Self-harm negated but CAMHS involvement ongoing codes MH-CHILD (conv. 4)."),
 ]),
 ("Z011", "Ashcombe", "2025-08-11", "2026-01-19", [
  ("A", "orange", "Dad (Lee) released from HMP Moorbridge in June, on licence with weekly probation appointments. He's on a methadone script via Ashcombe Drug and Alcohol Service.", ["CRIME", "SUB"], [], ""),
  ("A", "green", "Riley (10) attendance 97%, school have no worries. He plays for the under-11s on Saturdays.", [], ["negated"], "Pure good news, no need stated: nothing coded (conv. 3)."),
  ("C", "yellow", "Lee still on licence until April and keeping probation appointments. Methadone dose reducing and all drug tests clear since September.", ["CRIME", "SUB"], [], "Clear tests but still on methadone: SUB present (conv. 4)."),
 ]),
 ("Z012", "Lydbury", "2025-10-20", "2026-03-16", [
  ("A", "yellow", "Baby Ava (6 weeks) dropping across centiles, HV weighing weekly and has referred to the infant feeding team. Mum Jess (19) had no steriliser or bottles and has been to the food bank twice.", ["PH", "FIN"], [], ""),
  ("A", "green", "Jess has a warm bond with Ava; EPDS at 6 weeks showed no signs of postnatal depression.", [], ["negated"], "Postnatal depression negated."),
  ("C", "green", "Ava back on her centile. Now 5 months and Jess has started weaning her, going to the HV introducing-solids session.", ["EYD"], ["historical"], "Weight problem resolved (no PH); weaning with HV = EYD."),
  ("C", "blue", "No food bank since December. Jess paying off a £200 catalogue debt at £10 a week and says she's on top of it.", ["FIN"], ["historical", "managing"], "Food bank use over, but repaying a debt = now managing FIN."),
 ]),
 ("Z013", "Kestlemoor", "2025-07-21", "2026-01-28", [
  ("A", "orange", "Jordan (15) punched Mum (Nicola) and smashed the kitchen door on 17/7; police attended, Jordan arrested and has since had a youth caution. Now open to YOS.", ["REL-PAR", "CRIME"], ["lookalike"], "Child-to-parent violence is REL-PAR (+CRIME with police/YOS), not DA (conv. 8)."),
  ("A", "yellow", "Nicola says Jordan comes in at 2am and she's given up trying to set limits. Macy (11) has started wetting the bed again since the incident.", ["REL-PAR", "PH"], ["lookalike"], "Bedwetting at school age is PH, not EYD (conv. 9)."),
  ("C", "orange", "Jordan given a referral order in November for assaulting a boy at the bus station, YOS worker seeing him weekly. No further violence towards Nicola.", ["CRIME"], ["negated"], "No further violence to mum: REL-PAR not coded here."),
 ]),
 ("Z014", "Porthwenna", "2025-09-15", "2026-02-26", [
  ("A", "red", "Children subject to a child in need plan since August. Mum (Tina) drinking daily; the children (8 and 6) found her asleep on the sofa with empty vodka bottles, and on 3/9 they were left on their own overnight.", ["SUB", "SAFE-NEG"], [], ""),
  ("A", "orange", "Tina referred to Turning Tide alcohol service, first appointment 22/9. Police did a welfare check on 3/9 after a neighbour rang.", ["SUB"], ["lookalike", "outside_household"], "Police welfare check is not CRIME (conv. 7)."),
  ("C", "yellow", "CIN plan closed in January. Tina 4 months sober, goes to AA and sees her Turning Tide key worker fortnightly.", ["SUB"], [], "Sober but in ongoing alcohol-service treatment: SUB present (conv. 4)."),
 ]),
 ("Z015", "Ashcombe", "2025-10-27", "2026-03-23", [
  ("A", "yellow", "Sophie (13) hasn't been in school since October half term – has panic attacks in the car at the gate. Attendance 42% this year. Dad (Mark) works shifts at the hospital so drop-off is hard some days.", ["EDU-ATT", "MH-CHILD"], ["lookalike"], "Working shifts is not FIN (conv. 5)."),
  ("A", "green", "GP has referred Sophie to CAMHS and she's on the waiting list; school nurse seeing her weekly meantime.", ["MH-CHILD"], [], ""),
  ("C", "yellow", "Sophie on a phased return – three days a week at the Ashcombe Learning Centre, attendance up to 70%.", ["EDU-ATT"], [], ""),
  ("C", "green", "Sophie uses her breathing techniques and the school's time-out card when she feels panicky; school nurse checks in monthly.", ["MH-CHILD"], ["managing"], "Green box: managing anxiety = present."),
 ]),
 ("Z016", "Lydbury", "2025-08-26", "2026-02-12", [
  ("A", "yellow", "Dad (Gary) out of work since the boatyard closed in March. UC sanctioned in August for a missed appointment and they're £600 behind on council tax. Mortgage is still being paid from Paula's wage and they'd only be at risk of losing the house if she lost her job.", ["FIN"], ["hypothetical"], "Loss of home is hypothetical: no HOUS."),
  ("A", "orange", "Gary told his GP he's been having thoughts of ending his life; crisis team assessed him and he's now under the Home Treatment Team.", ["MH-ADULT"], [], ""),
  ("C", "green", "Gary on antidepressants with monthly GP reviews, says he's on an even keel.", ["MH-ADULT"], ["managing"], ""),
  ("C", "yellow", "Gary going to the Restart employment scheme, and the council tax is on a payment plan.", ["FIN"], [], ""),
 ]),
 ("Z017", "Kestlemoor", "2025-09-29", "2026-01-08", [
  ("A", "green", "Oscar (6, Year 2) still hard to understand when he talks; SENCO has referred him to SALT and he's on SEN support.", ["EDU-SEND"], ["lookalike"], "Speech for a school-age child is EDU-SEND, not EYD (conv. 9)."),
  ("A", "yellow", "Poppy (3) isn't using her funded nursery place – Mum (Georgia) says she can't manage the walk with the twins. Portage worker now visiting for Poppy's development.", ["EYD"], [], ""),
  ("C", "green", "Poppy doing three mornings at Little Acorns nursery and settling in; nursery keeping an eye on her language.", ["EYD"], ["managing"], ""),
 ]),
 ("Z018", "Porthwenna", "2025-08-07", "2026-03-05", [
  ("A", "green", "Mum (Anna) has type 1 diabetes, well controlled, seen at the diabetes clinic every 6 months.", ["PH"], ["managing"], "Managed condition in a green box = present (conv. 3)."),
  ("A", "yellow", "Family of six in a 2-bed flat above a takeaway; three boys share a room and Josh (15) sleeps on the sofa. On the housing register in band B. The boys squabble over space but there are no problems with their behaviour at home or at school.", ["HOUS"], ["negated"], "Behaviour at home/school negated: no REL-PAR or EDU-EXC."),
  ("C", "yellow", "Still on the register and bidding every week, overcrowding unchanged.", ["HOUS"], [], ""),
 ]),
 ("Z019", "Ashcombe", "2025-09-10", "2026-02-04", [
  ("A", "orange", "Leon (16) stopped by police in Exeter with 14 wraps of crack and a lock knife; intel suggests he's running a county line. Released under investigation, NRM made.", ["SAFE-EXP", "CRIME"], ["lookalike"], "Drugs found on an exploited child: SAFE-EXP + CRIME, not SUB (conv. 12)."),
  ("A", "yellow", "Leon dropped out of his Level 1 motor vehicle course at Ashcombe College in September and isn't doing anything with his days.", ["EDU-NEET"], [], ""),
  ("A", "green", "Leon says he's never used drugs himself and Mum backs him up; nothing in his presentation suggests otherwise.", [], ["negated"], "Drug use denied: SUB negated."),
  ("C", "orange", "Leon charged and now on a referral order with YOS. Police intel that he is still being used by older males to hold drugs.", ["CRIME", "SAFE-EXP"], [], ""),
  ("C", "yellow", "Leon started a traineeship with a roofing firm in January and has kept it up.", [], ["need_met"], "In training now: no EDU-NEET."),
 ]),
 ("Z020", "Lydbury", "2025-08-20", "2026-02-19", [
  ("A", "yellow", "Dad (Wayne) has run up about £8k on credit cards from online betting and bailiff letters are coming. He has self-excluded through GamStop and has an appointment with a debt charity.", ["FIN"], ["lookalike"], "Gambling debts are FIN not SUB (conv. 10); 'self-excluded' is not EDU-EXC."),
  ("A", "orange", "Wayne and Kerry row about money most nights in front of the kids. No violence or threats, and Kerry says she has never been frightened of him.", ["REL-CONF"], ["negated"], "DA negated; parental rows = REL-CONF."),
  ("C", "blue", "Debt relief order granted in December; Wayne and Kerry sit down together every Sunday to do the budget.", ["FIN"], ["managing"], ""),
  ("C", "green", "N/A", [], [], "Empty box."),
 ]),
 ("Z021", "Kestlemoor", "2025-10-02", "2026-03-12", [
  ("A", "yellow", "Mum (Hayley) has PTSD from the domestic abuse she suffered from her ex in 2019 – he's in prison and there's been no contact since. She gets flashbacks and finds it hard to leave the house.", ["MH-ADULT"], ["historical", "outside_household"], "DA is historical (2019, no contact); ex's imprisonment is not household CRIME."),
  ("C", "blue", "Hayley doing the school run most days now and goes to a walking group with a friend; still has the odd flashback but knows her grounding techniques.", ["MH-ADULT"], ["managing"], ""),
 ]),
 ("Z022", "Porthwenna", "2025-10-14", "2026-01-30", [
  ("A", "red", "PLO letter issued 9/10 for Jamie (1) – repeated missed cardiology appointments for his heart condition and the house cluttered and unsafe, no stair gate and rubbish bags in the hall. Kirsty says a previous partner was violent to her in 2021; no contact since he moved to Wales.", ["PH", "SAFE-NEG"], ["historical"], "DA with previous partner ended in 2021: historical."),
  ("A", "orange", "Parents (Kirsty and Dan) both smoke cannabis daily. Dan's brother Kyle, who lives with them, is on probation for burglary.", ["SUB", "CRIME"], [], "Uncle lives in the household, so his probation is CRIME (conv. 7)."),
  ("C", "red", "Still in PLO. Home conditions went downhill again over Christmas – rotting food in the kitchen and no clean clothes for Jamie.", ["SAFE-NEG"], [], ""),
 ]),
 ("Z023", "Ashcombe", "2025-09-17", "2026-02-27", [
  ("A", "green", "Ethan (10) is on the ADHD pathway with the community paediatrician; school have given him movement breaks.", ["EDU-SEND"], [], ""),
  ("A", "yellow", "Ethan is being called names and shoved by older boys on the school bus and now won't get on it, so Mum drives him in and he's late most days.", ["SAFE-EXP", "EDU-ATT"], ["outside_household"], "Bullying by other pupils is Ethan's need (SAFE-EXP)."),
  ("C", "green", "Ethan diagnosed with ADHD in January and started on medication; school reviewing his SEN support plan.", ["EDU-SEND"], [], "ADHD medication read as part of the SEND picture, not PH."),
  ("C", "blue", "The bus bullying stopped after school spoke to the bus company before Christmas, and Ethan now travels with a friend.", [], ["historical"], "Bullying over: SAFE-EXP historical."),
 ]),
 ("Z024", "Lydbury", "2025-07-30", "2026-03-18", [
  ("A", "yellow", "Chelsea (14) looks after her brother Alfie (8), who has cerebral palsy, every evening while Mum works, and is missing homework club to do it. Her attendance is good at 96%.", ["CARER", "PH"], ["negated"], "Good attendance, no need stated: no EDU-ATT."),
  ("A", "green", "Alfie attends Penrose Special School; EHCP in place and reviewed in July.", ["EDU-SEND"], [], ""),
  ("C", "yellow", "Chelsea linked in with Lydbury Young Carers and goes to their Tuesday group. Mum has arranged a PA for Alfie two evenings a week.", ["CARER"], [], ""),
 ]),
 ("Z025", "Kestlemoor", "2025-09-24", "2026-02-05", [
  ("A", "orange", "Kacey (14) permanently excluded from Moorside Academy in September for bringing a blade into school; she got a youth caution for it. Now at the PRU.", ["EDU-EXC", "CRIME"], [], ""),
  ("A", "yellow", "Mum (Dawn) says Kacey swears at her and ignores every rule at home; Dawn has signed up for the Teen Triple P course.", ["REL-PAR"], [], ""),
  ("C", "yellow", "Kacey on a managed move to Hillside School since January; the six-week review went well.", ["EDU-EXC"], [], ""),
 ]),
 ("Z026", "Ashcombe", "2025-10-08", "2026-03-04", [
  ("A", "yellow", "Ruby (12) had been sending pictures to someone on Roblox she thought was a 14-year-old boy; police child abuse team involved and her devices taken.", ["SAFE-EXP"], ["lookalike"], "Police acting to safeguard: not CRIME."),
  ("A", "green", "Mum (Louise) has set up parental controls on Ruby's new phone after a session with the school's online safety lead.", ["SAFE-EXP"], ["managing"], ""),
  ("C", "blue", "Ruby and Louise have agreed phone rules together; Louise checks the phone weekly and Ruby knows how to block and report.", ["SAFE-EXP"], ["managing"], "Judgement call: online safety being managed in a blue box = present."),
 ]),
 ("Z027", "Lydbury", "2025-08-13", "2026-02-10", [
  ("A", "yellow", "Kayleigh says her ex (Connor) keeps sending threats through the kids' phones despite the non-mol order; he's been arrested twice for breaches.", ["DA"], ["outside_household", "lookalike"], "Ex-partner's breaches/arrests are DA only (conv. 7)."),
  ("C", "green", "Connor now serving 6 months for the breaches. School have his photo at reception and Kayleigh has her safety plan.", ["DA"], ["outside_household", "managing"], "Ex in prison is not household CRIME; safety measures in place = DA present."),
 ]),
]

# Unboxed case notes: (id, date, stage, locality, narrative, codes, gold level, trap types, note)
UNBOXED = [
 ("U001", "2025-11-03", "assessment", "Porthwenna", "Call from Mum – Westcountry Homes served a possession notice on Friday for £2,100 rent arrears. Housing officer meeting them Tuesday.", ["HOUS", "FIN"], "orange", [], "Possession notice = orange cue."),
 ("U002", "2025-12-01", "assessment", "Kestlemoor", "HV home visit: Freya (9 months) not yet sitting without support; HV will recheck in 6 weeks. Mum says Freya sleeps through.", ["EYD"], "green", ["negated"], "Sleep is fine: no PH. HV only = green."),
 ("U003", "2026-02-11", "closure", "Lydbury", "Dad signposted to the StepChange website and says he'll ring them himself about the catalogue debt; nothing else needed from us.", ["FIN"], "blue", [], "Signposting acted on by the family = blue."),
 ("U004", "2025-10-16", "assessment", "Ashcombe", "ICPC today: Archie (3) and Ella (5) made subject to CP plans under neglect – arriving at nursery and school hungry, in the same clothes for days.", ["SAFE-NEG"], "red", [], "ICPC/CP plan = red."),
 ("U005", "2025-12-08", "assessment", "Porthwenna", "Met Liam (16) with his EH worker. Not in college since October and spending most days in his room gaming. Says he might apply for an apprenticeship if something comes up.", ["EDU-NEET"], "yellow", ["hypothetical"], "Apprenticeship is only a possibility; EH worker = yellow."),
 ("U006", "2026-01-14", "assessment", "Kestlemoor", "TAF review: Mia's attendance still 84%. Dad still drinking heavily at weekends, referral to the alcohol service made. Mum says she would ring the police if he ever drove after a drink.", ["EDU-ATT", "SUB"], "orange", ["hypothetical"], "TAF = orange cue. Police call is hypothetical: no CRIME."),
]

CODES = {"EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD", "MH-ADULT", "PH", "SUB",
         "REL-PAR", "REL-CONF", "DA", "SAFE-NEG", "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"}


def main():
    nrows, grows, traps = [], [], []
    for case, loc, adate, cdate, boxes in CASES:
        for stage, level, text, codes, ttypes, note in boxes:
            tid = f"{case}-{stage}"
            nid = f"{tid}-{level}"
            nrows.append([nid, tid, case, "assessment" if stage == "A" else "closure",
                          adate if stage == "A" else cdate, level, loc, text])
            for c in codes:
                assert c in CODES, c
                grows.append([nid, c, level])
            if ttypes or note:
                traps.append({"narrative_id": nid, "types": ttypes, "note": note})
    for nid, date, stage, loc, text, codes, level, ttypes, note in UNBOXED:
        nrows.append([nid, nid, nid, stage, date, "", loc, text])
        for c in codes:
            assert c in CODES, c
            grows.append([nid, c, level])
        if ttypes or note:
            traps.append({"narrative_id": nid, "types": ttypes, "note": note})
    with open(os.path.join(HERE, "narratives.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"])
        w.writerows(nrows)
    with open(os.path.join(HERE, "gold.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "code", "level"])
        w.writerows(grows)
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8", newline="") as f:
        f.write(json.dumps(traps, ensure_ascii=False, indent=1).replace("\n", "\r\n") + "\r\n")
    print(f"{len(nrows)} narratives, {len(grows)} gold rows, {len(traps)} trap notes")


if __name__ == "__main__":
    main()
