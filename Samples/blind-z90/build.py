#!/usr/bin/env python3
"""Blind gold set z90: hand-written narratives, hand-assigned gold codes and trap notes.
Writes narratives.csv, gold.csv (CRLF, UTF-8, no BOM) and traps.json."""
import csv, json, os

HERE = os.path.dirname(os.path.abspath(__file__))

# Localities (invented): Shinglegate, Marshcliff, Saltings Reach, Eastbrook Sands
# Each case: (case_id, locality, assessment_date, closure_date, [boxes])
# Each box: (stage 'A'/'C', level, text, [gold codes], [(trap_type, note), ...])
CASES = [
 ("K901", "Shinglegate", "2025-11-18", "2026-04-02", [
  ("A", "green", "Lily (7) in Yr 2 at Shinglegate Primary. Class teacher says she is often nodding off after lunch, and she has started wetting the bed since the family moved onto the park. School nurse to see her.",
   ["PH"], []),
  ("A", "yellow", "Tasha is on a zero-hours contract at the pier amusements. Was getting 30+ hrs a week over the summer, down to about 6 hrs since Oct half term. New UC claim in the 5 week wait and she is £340 behind on the site fees. Referred to Citizens Advice.",
   ["FIN"], []),
  ("A", "orange", "Family living in a static caravan at Sandpiper Holiday Park on a holiday licence only. Park shuts 6 Jan to 14 Feb and they have to be off site, nowhere to go. Kai (13) brought home by police twice in Nov after a group was throwing stones at the seafront shelters, community resolution given. Housing options appt booked.",
   ["HOUS", "CRIME"], [("lookalike", "holiday park / caravan here IS the home, so HOUS is present")]),
  ("C", "blue", "Tasha has a budget planner on her phone and is putting £15 a week by for next off-season. Family are in a council-arranged shared house on Marine Parade while they wait for a flat, Tasha rings the housing officer every Monday. No further police contact for Kai since Christmas.",
   ["FIN", "HOUS"], [("historical", "Kai's police contact described as over ('no further ... since Christmas') - CRIME not coded")]),
 ]),
 ("K902", "Marshcliff", "2025-10-06", "2026-03-20", [
  ("A", "green", "Dad Lewis does seasonal picking at Oakhurst fruit farm May to Oct, out 6am-8pm most days, so Claire does the school runs. GP reviewing Claire's antidepressants, she feels they are helping.",
   ["MH-ADULT"], [("lookalike", "seasonal / long shifts are not FIN (convention 5)")]),
  ("A", "yellow", "Mia (14) attendance 61% at Marshcliff Academy, misses most Mondays. Says she feels sick every morning and freezes at the school gate. Part-time timetable since Sept. Awaiting CAMHS triage.",
   ["EDU-ATT", "MH-CHILD"], []),
  ("C", "green", "Mia back on a full timetable, attendance 88% last half term and still building. School counsellor sees her weekly for her anxiety. Claire came off her tablets in Feb with GP support and says her mood has stayed fine.",
   ["EDU-ATT", "MH-CHILD"], [("historical", "mum's medication stopped in Feb, mood fine - MH-ADULT not coded")]),
 ]),
 ("K903", "Saltings Reach", "2025-09-15", "2026-02-27", [
  ("A", "yellow", "Marek and his sons Tomasz (15) and Filip (11) share one room in an HMO on Harbour Rd, shared bathroom with five other tenants. Black mould on the wall behind the boys' beds, landlord not responded. One of the other tenants drinks heavily and plays music through the night.",
   ["HOUS"], [("outside", "other HMO tenant's drinking is not SUB for this family")]),
  ("A", "orange", "Tomasz on a referral order with YOS after criminal damage at the bus station in Aug. Also named in ASB reports at the skate park. Suspended for 3 days in Sept for fighting in the canteen.",
   ["CRIME", "EDU-EXC"], []),
  ("C", "yellow", "Tomasz has three months left of his referral order. Going to his YOS sessions and doing his reparation hours at the lifeboat station.",
   ["CRIME"], []),
 ]),
 ("K904", "Eastbrook Sands", "2025-08-11", "2026-01-30", [
  ("A", "green", "HV 2 yr review for Ruby-Mae (2y3m): around 10 words, not putting any together. Referred to SALT drop-in. Has not taken up her funded 2 yr old nursery place yet.",
   ["EYD"], []),
  ("A", "yellow", "Jade diagnosed with postnatal depression after Archie was born in June, on sertraline. Connor (10) doing a lot of the nappies and getting Ruby-Mae's breakfast before school. Referred to Eastbrook Young Carers.",
   ["MH-ADULT", "CARER"], []),
  ("C", "blue", "Jade goes to a weekly mums' walk along the prom and says her mood is much brighter. Still taking her tablets.",
   ["MH-ADULT"], []),
  ("C", "green", "Ruby-Mae started at Little Shells nursery in Jan, 15 hrs, now using short phrases. Connor still helps out at home with the baby but loves his young carers club on Thursdays.",
   ["EYD", "CARER"], []),
 ]),
 ("K905", "Shinglegate", "2025-07-21", "2026-05-08", [
  ("A", "green", "Kerry works three evenings at the chip shop and her mum has the children then. Rent and bills all up to date, no debts. School report no issues with attendance for either child.",
   [], [("negated", "FIN negated (bills up to date, no debts)"), ("negated", "attendance negated"), ("lookalike", "shift work is not FIN")]),
  ("A", "yellow", "Jordan (8) has gone quiet and withdrawn at school and is wetting the bed again. Teacher says he jumps at any loud noise.",
   ["MH-CHILD", "PH"], []),
  ("A", "orange", "Kerry disclosed partner Dean checks her phone, takes her wages and has pushed her against the wall in front of the children. Police attended 14/07 and Dean was arrested. DASH high, referred to MARAC.",
   ["DA"], [("lookalike", "partner's arrest for the abuse is DA only, not CRIME (convention 7)")]),
  ("C", "yellow", "Dean on bail with conditions not to contact. Kerry has a non-molestation order and goes to a women's recovery group at the Seaview Centre on Wednesdays.",
   ["DA"], [("lookalike", "bail/non-mol relate to the DA, not CRIME")]),
  ("C", "green", "Jordan has not wet the bed since March. Still a bit clingy at drop-off, ELSA sessions at school carrying on weekly.",
   ["MH-CHILD"], [("historical", "bedwetting over since March - PH not coded")]),
 ]),
 ("K906", "Marshcliff", "2025-11-03", "2026-04-24", [
  ("A", "yellow", "Reece (17) left Marshcliff College in Oct after a month and has not worked since his summer job at the crazy golf finished. Up gaming all night and asleep until mid-afternoon.",
   ["EDU-NEET", "PH"], [("lookalike", "16+ NEET is EDU-NEET only, no FIN (convention 11)")]),
  ("A", "orange", "Reece smokes cannabis every day, says it helps him switch off. Police stopped him with mates in the beach car park last month and found a small bag on him, he was given a warning. Mum says if it carries on she will ask him to leave.",
   ["SUB", "CRIME"], [("hypothetical", "asking him to leave is conditional - HOUS not coded")]),
  ("C", "yellow", "Reece on a traineeship at the marina 3 days a week. Sees the young people's drug and alcohol worker fortnightly, says he only smokes at weekends now.",
   ["SUB"], [("met", "now in training - EDU-NEET need met, not coded")]),
  ("C", "blue", "Reece and mum have agreed house rules about being in by 11 and paying board, written up on the fridge. Both say there are fewer rows.",
   ["REL-PAR"], []),
 ]),
 ("K907", "Saltings Reach", "2025-09-29", "2026-03-09", [
  ("A", "green", "Ollie (9) on SEN support at Saltings CofE Primary, SENCO has applied for an EHC needs assessment. On the community paediatrician's list for an autism assessment.",
   ["EDU-SEND"], []),
  ("A", "orange", "Harvey (13) has had three suspensions this term for swearing at staff and walking out of lessons; a managed move to Cliffview Academy is on the agenda for the next TAF meeting. At home Harvey lashes out at mum when asked to come off his Xbox, she has bruising on her forearm.",
   ["EDU-EXC", "REL-PAR"], [("lookalike", "child-to-parent violence is REL-PAR, not DA (convention 8)")]),
  ("C", "green", "Ollie's EHCP finalised in Feb, 1:1 support every morning. Harvey has settled well at Cliffview since the managed move in Jan and has not been suspended since.",
   ["EDU-SEND"], [("historical", "Harvey's exclusions/managed move described as over - EDU-EXC not coded")]),
 ]),
 ("K908", "Eastbrook Sands", "2025-10-13", "2026-03-16", [
  ("A", "green", "Tyler (4) at Sandcastle Pre-school but only comes to about half his sessions. Still in nappies and his speech is hard to make out.",
   ["EYD"], [("lookalike", "pre-school attendance for an under-5 is EYD, not EDU-ATT")]),
  ("A", "yellow", "Gary on UC, sanctioned in Aug for a missed appointment. Family have used the Eastbrook food bank most weeks since. Gas meter on emergency credit.",
   ["FIN"], []),
  ("A", "orange", "Unannounced visit: dog mess on the lounge floor, nothing in the cupboards but a box of cereal, Bella (6) and Tyler in the same clothes as the day before. School says Bella arrives starving and asks for extra toast at breakfast club.",
   ["SAFE-NEG"], []),
  ("C", "yellow", "Visit 12/03 house much tidier and food in the fridge. Gary still needs reminding about washing the children's uniforms.",
   ["SAFE-NEG"], []),
 ]),
 ("K909", "Shinglegate", "2025-06-16", "2025-12-05", [
  ("A", "blue", "Denise receives PIP and Dad works full-time at the ferry port. Grandad does the big shop on Saturdays.",
   [], [("lookalike", "PIP named alone: no FIN, no PH, no CARER (convention 5)")]),
  ("A", "yellow", "Denise has MS and uses a wheelchair outdoors. Kayla (12) helps her in the shower and cooks most tea-times. Kayla late into school most days.",
   ["PH", "CARER", "EDU-ATT"], []),
  ("C", "green", "Kayla goes to Shinglegate Young Carers every other week and the pastoral lead checks in with her. Lateness down to once or twice a fortnight.",
   ["CARER", "EDU-ATT"], []),
 ]),
 ("K910", "Marshcliff", "2025-07-07", "2025-12-15", [
  ("A", "green", "Evie (6) has been tearful in class since dad moved out; teacher has put her in the nurture group twice a week.",
   ["MH-CHILD"], []),
  ("A", "yellow", "Sam and Becky separated over the summer and shout at each other at handovers in the supermarket car park, in front of the children. Contact keeps falling through. Referred to family mediation. Becky says Sam has never been violent or controlling.",
   ["REL-CONF"], [("negated", "abuse explicitly ruled out - DA not coded")]),
  ("C", "blue", "Parents now arrange contact through a co-parenting app and handovers are calm. Police have never been involved.",
   ["REL-CONF"], [("negated", "police never involved - no CRIME")]),
 ]),
 ("K911", "Saltings Reach", "2025-10-03", "2026-04-17", [
  ("A", "red", "Strategy meeting 03/10 after Kieran (15) was found in Brighton with £400 and wraps of crack cocaine. Three missing episodes in Sept. S47 enquiries under way.",
   ["SAFE-EXP", "CRIME"], [("lookalike", "drugs found on an exploited child: SAFE-EXP + CRIME, not SUB (convention 12)")]),
  ("A", "orange", "Kieran permanently excluded from Saltings Academy in June for persistent disruption. Now at the Harbour PRU on 2 hrs a day.",
   ["EDU-EXC", "EDU-ATT"], []),
  ("C", "orange", "Kieran still worked with by the contextual safeguarding team. No missing episodes since Jan but he is still seen with older males from the Westwood estate.",
   ["SAFE-EXP"], [("historical", "missing episodes over, but exploitation concern itself ongoing")]),
  ("C", "yellow", "Mum says she is coping better and has stopped the evening drinking she started when Kieran was going missing.",
   [], [("historical", "mum's drinking stopped - SUB not coded")]),
 ]),
 ("K912", "Eastbrook Sands", "2025-05-19", "2025-11-28", [
  ("A", "orange", "Aisha and her 3 children placed by the council in one room of an HMO as temporary accommodation, after a s21 ended their private let. Council say it could be months. Aisha left the children's father in March after years of abuse and he has now found the address and is messaging her on Facebook.",
   ["HOUS", "DA"], []),
  ("A", "yellow", "Aisha has £2,300 council tax arrears plus a catalogue debt, and a bailiff's letter came last week. Low mood most days, GP has started her on medication.",
   ["FIN", "MH-ADULT"], []),
  ("C", "green", "Family moved into a 3-bed housing association house in Oct. Aisha has a payment plan with the council for the arrears and still sees her GP monthly about her mood. Yusuf (16) is rarely going to his college course and is at risk of losing his place.",
   ["FIN", "MH-ADULT", "EDU-NEET"], [("historical", "housing need resolved by the move - HOUS not coded")]),
 ]),
 ("K913", "Shinglegate", "2025-08-26", "2026-02-06", [
  ("A", "green", "Noah (3) has decay in 8 teeth and the dentist appointment has been missed twice. Still has a bottle of milk to go to sleep. HV following up.",
   ["PH"], []),
  ("A", "yellow", "Noah not toilet trained and has tantrums that can last an hour; Leanne finds it hard to hold a line with him. Booked onto the Incredible Years course at the family hub.",
   ["EYD", "REL-PAR"], []),
  ("C", "blue", "Leanne using a sticker chart for the tantrums and keeping to a set bedtime. Noah fully potty trained since Christmas.",
   ["REL-PAR"], [("historical", "toileting need over since Christmas - EYD not coded")]),
 ]),
 ("K914", "Marshcliff", "2025-09-08", "2026-03-02", [
  ("A", "yellow", "Craig released on licence in Aug (burglary), back living at home and reporting to probation weekly. Stacey's first marriage ended in 2015 because he was violent to her; he moved abroad and there has been no contact since. Their eldest, Liam (17), has not worked since the go-kart track closed for the season.",
   ["CRIME", "EDU-NEET"], [("historical", "DV from first husband ended 2015 - DA not coded"), ("lookalike", "16+ NEET, no FIN")]),
  ("A", "orange", "Craig drinking most days, up to 8 cans. Referred to Turning Tide drug and alcohol service. Craig and Stacey have loud rows about his drinking which the children hear; Stacey says he has never hit her or threatened her.",
   ["SUB", "REL-CONF"], [("negated", "violence denied - DA not coded")]),
  ("C", "yellow", "Craig engaging with Turning Tide, 6 weeks alcohol free. On probation until Sept.",
   ["SUB", "CRIME"], []),
 ]),
 ("K915", "Saltings Reach", "2025-11-10", "2026-04-20", [
  ("A", "blue", "Family use the school breakfast club on the mornings both parents start at 7. Grandparents live two streets away and help out. Dad says that if the park does not reopen in spring they would have to claim benefits.",
   [], [("lookalike", "pure good news, no need stated"), ("hypothetical", "benefits only if park does not reopen - FIN not coded")]),
  ("A", "green", "Lucas (8) attendance 84%, Poppy (5) 86%. Both parents work seasonal shifts at Dune Edge Holiday Village and took the children to Poland for three weeks in Oct once the park closed.",
   ["EDU-ATT"], [("lookalike", "seasonal shifts not FIN; holiday park is the workplace, not housing")]),
  ("C", "green", "Attendance 96% for both children since Jan and the attendance officer has closed the case.",
   [], [("met", "attendance need resolved and case closed - EDU-ATT not coded")]),
 ]),
 ("K916", "Eastbrook Sands", "2025-08-18", "2026-02-13", [
  ("A", "yellow", "Mason (14) says boys from another school are bullying him on Snapchat and have sent threats. Gemma suffers badly with anxiety and rarely leaves the flat.",
   ["SAFE-EXP", "MH-ADULT"], []),
  ("A", "orange", "Mason part of a group egging beach huts and setting bins alight on the promenade. Police brought him home twice in Aug, PCSO has issued an ASB warning letter. Gemma can't get him in before midnight.",
   ["CRIME", "REL-PAR"], []),
  ("C", "yellow", "Mason's Acceptable Behaviour Contract runs until May; one breach in Jan when he was out past his curfew. Going to the Friday youth club at the Beacon.",
   ["CRIME"], []),
  ("C", "green", "Gemma having talking therapy through the GP and is managing the school gate now. Mason blocked the accounts and there has been no bullying since Dec.",
   ["MH-ADULT"], [("historical", "bullying over since Dec - SAFE-EXP not coded")]),
 ]),
 ("K917", "Shinglegate", "2025-05-12", "2025-12-10", [
  ("A", "red", "Children on a CP plan (neglect) since ICPC 12/05. Sharon prescribed methadone, collects daily from the chemist. Needles found in the bathroom on the home visit.",
   ["SAFE-NEG", "SUB"], []),
  ("A", "orange", "Family living in a single static caravan on a private plot with no proper toilet or running water; owner has given 28 days' notice to quit. Skye (11) has missed 40 sessions this term.",
   ["HOUS", "EDU-ATT"], []),
  ("C", "orange", "Family in a 2-bed council flat since Oct. Skye's attendance 97% this term, school have no concerns. Skye goes to a Tuesday young carers group because she helps look after her mum.",
   ["CARER"], [("historical", "housing resolved by the move"), ("negated", "attendance: school no concerns")]),
 ]),
 ("K918", "Marshcliff", "2025-09-22", "2026-01-26", [
  ("A", "blue", "Chloe uses the Start for Life pages and a baby group at the church hall. Partner works on the fishing boats and is away for days at a time; Chloe says they get on well and there are no problems between them. She knows to ring the HV if Isla's feeding starts to worry her.",
   [], [("negated", "relationship problems negated - REL-CONF not coded"), ("hypothetical", "feeding worry is conditional - EYD not coded in this box")]),
  ("A", "green", "Isla (7 months) weaning slowly, still mostly on milk; HV giving advice. Behind with her 16 week jabs.",
   ["EYD", "PH"], []),
 ]),
 ("K919", "Saltings Reach", "2025-10-20", "2026-03-30", [
  ("A", "orange", "Landlord has started possession proceedings, hearing 21/11 over £1,800 rent arrears. Jamie on zero hours at the ferry terminal and some weeks gets no shifts at all. Jamie admits most of the arrears came from online betting.",
   ["HOUS", "FIN"], [("lookalike", "gambling debt is FIN, not SUB (convention 10)")]),
  ("A", "yellow", "Freya (10) anxious since overhearing talk about losing the house, clingy and crying before school. ELSA work started.",
   ["MH-CHILD"], []),
  ("C", "yellow", "Possession hearing adjourned on terms, tenancy still at risk. Jamie paying an extra £50 a week towards what he owes under an agreement set up with Citizens Advice.",
   ["HOUS", "FIN"], []),
 ]),
 ("K920", "Eastbrook Sands", "2025-06-09", "2025-11-21", [
  ("A", "yellow", "Alfie (10) referred for an ADHD assessment and on the neurodevelopmental waiting list. Teacher says he can't stay in his seat and has been sent out of class several times; at risk of a suspension.",
   ["EDU-SEND", "EDU-EXC"], []),
  ("C", "green", "Alfie diagnosed with ADHD in Sept and started medication. SENCO has put movement breaks in his plan. No behaviour incidents since the diagnosis.",
   ["EDU-SEND"], [("historical", "behaviour incidents over - EDU-EXC not coded")]),
 ]),
 ("K921", "Shinglegate", "2025-11-17", "2026-02-20", [
  ("A", "yellow", "Ellie (16) dropped out of her hair and beauty course at Shinglegate College in Oct and is not working. Youth worker helping her look at apprenticeships.",
   ["EDU-NEET"], []),
  ("A", "orange", "Ellie has been talking online to an older man who sends her money and asks for pictures. Went missing overnight on 9/9, police found her at Dunehaven holiday park. CSE risk assessment completed.",
   ["SAFE-EXP"], [("lookalike", "police finding a missing child is safeguarding, not CRIME (convention 7)"), ("lookalike", "holiday park is a location, not HOUS"), ("outside", "the man's offending is not a household member's CRIME")]),
  ("C", "yellow", "Ellie has blocked the man and the police investigation is ongoing; youth worker still doing online safety work with her. Re-enrolled on a Level 1 course in Jan and has a Saturday job at the rock shop.",
   ["SAFE-EXP"], [("met", "back in education - EDU-NEET not coded")]),
 ]),
 ("K922", "Marshcliff", "2025-12-01", "2026-05-11", [
  ("A", "blue", "Mum cleans holiday lets on a zero-hours contract; says the work is steady all year and money is not a worry.",
   [], [("negated", "no money problem - zero hours alone is not FIN")]),
  ("A", "green", "Amber (11) has asthma, two trips to A&E this winter. GP asthma review booked and the practice nurse is checking her inhaler technique.",
   ["PH"], []),
  ("C", "blue", "Amber carries her reliever and takes her brown inhaler every morning without reminding. No A&E visits since Dec.",
   ["PH"], []),
 ]),
 ("K923", "Saltings Reach", "2025-08-27", "2026-01-19", [
  ("A", "red", "Child in need (s17) plan for Jake (7) and Mollie (4) because of mum's drinking and lack of supervision; Jake was found alone on the beach by a lifeguard at 8pm in August.",
   ["SUB", "SAFE-NEG"], []),
  ("A", "yellow", "Mollie (4) not taking up her funded nursery hours and her speech is hard to follow. Mum says she will look into nursery if Mollie still isn't talking clearly by Christmas.",
   ["EYD"], [("hypothetical", "only the nursery application is conditional; speech delay is present")]),
  ("C", "orange", "Mum going to Turning Tide group work and says she has been sober since Nov, her sister agrees. CIN plan stepped down, TAF carrying on.",
   ["SUB"], []),
 ]),
 ("K924", "Eastbrook Sands", "2025-07-14", "2025-12-19", [
  ("A", "green", "Leo (5 months) checks up to date, HV happy with his weight. Chantelle scored high on the HV mood questionnaire and says she has felt low since the birth; GP appt booked.",
   ["MH-ADULT"], [("negated", "baby's health fine - no PH/EYD")]),
  ("A", "yellow", "Chantelle (19) and Leo live in one room of an HMO above a takeaway. Mice in the shared kitchen and the bedroom window won't shut. On the housing register.",
   ["HOUS"], []),
  ("C", "blue", "Still in the HMO room but bidding every week on the housing register; landlord has now fixed the window.",
   ["HOUS"], []),
 ]),
 ("K925", "Shinglegate", "2025-10-27", "2026-04-10", [
  ("A", "green", "Ethan (7) has an EHCP at Seabright Special School and travels on school transport.",
   ["EDU-SEND"], []),
  ("A", "yellow", "Paul gave up his job on the ferries to care for Ethan, who has cerebral palsy. Household now living on UC and Carer's Allowance only and Paul is behind on the electric.",
   ["PH", "FIN"], [("lookalike", "Carer's Allowance / dad as carer is not CARER (conventions 5, 12)")]),
  ("C", "yellow", "Benefits check done with Citizens Advice, DLA now awarded for Ethan and the electric arrears on a repayment plan. Ethan's sister Maya (13) does a lot of his care after school and has been referred to young carers.",
   ["FIN", "CARER"], []),
 ]),
 ("K926", "Marshcliff", "2025-11-05", "2026-04-15", [
  ("A", "orange", "Hannah (15) told the school nurse she has been cutting her arms. CAMHS referral accepted, first appt 14/11.",
   ["MH-CHILD"], []),
  ("A", "yellow", "Nicola has had depression for years and told me she had suicidal thoughts last week; crisis line number given and GP informed. Works two jobs in the summer season but has no work Nov to March and struggles to keep the gas on over winter.",
   ["MH-ADULT", "FIN"], []),
  ("C", "orange", "Hannah still seeing CAMHS every fortnight. No self-harm since Jan.",
   ["MH-CHILD"], []),
  ("C", "green", "Nicola back at the pier café since March, zero hours but getting 25-30 hrs a week. Still on antidepressants from the GP. Says if the hours dry up again in the autumn she will go back to the food bank.",
   ["MH-ADULT"], [("lookalike", "zero-hours job with steady hours and no money problem - not FIN"), ("hypothetical", "food bank only if hours dry up - FIN not coded")]),
 ]),
 ("K927", "Saltings Reach", "2025-10-27", "2026-03-13", [
  ("A", "yellow", "Nan Pauline is kinship carer for Tia (9) and Josh (12) under an SGO. Pauline has COPD and struggles with the stairs.",
   ["PH"], [("lookalike", "kinship carer is not CARER (convention 12)")]),
  ("A", "orange", "Josh out at all hours with older lads, came home with new trainers and a second phone he won't explain. Police found him in a car with two adult men at 2am in Oct and brought him home.",
   ["SAFE-EXP"], [("lookalike", "police safeguarding a child is not CRIME (convention 7)")]),
  ("C", "yellow", "Josh spending more evenings in, the second phone has been handed in and he has started with the Stand Up mentoring scheme. Tia's attendance has never been a concern.",
   ["SAFE-EXP"], [("negated", "Tia's attendance negated")]),
 ]),
 ("K928", "Eastbrook Sands", "2025-07-28", "2026-01-09", [
  ("A", "blue", "N/A",
   [], [("negated", "empty box")]),
  ("A", "green", "Zac (6) in Year 1. Speech therapist comes into school to work with him on his stammer.",
   ["EDU-SEND"], [("lookalike", "speech for a school-age child is EDU-SEND, not EYD (convention 9)")]),
  ("A", "yellow", "Dan and Lauren row most days about Dan's late finishes at the holiday park bar. Lauren says it is shouting only and she doesn't feel unsafe. Referred to the Reducing Parental Conflict programme.",
   ["REL-CONF"], [("lookalike", "'bar' is a workplace, not SUB; shift work not FIN"), ("negated", "feels safe - no DA")]),
  ("C", "green", "Zac's stammer a lot better, SALT carrying on in school. Parents say the arguing stopped once Dan went onto day shifts.",
   ["EDU-SEND"], [("historical", "parental arguments stopped - REL-CONF not coded")]),
 ]),
]

# Unboxed notes: (nid, case_id, stage, date, locality, text, gold level, [codes], traps)
UNBOXED = [
 ("U901", "K903", "closure", "2026-01-14", "Saltings Reach",
  "Phone call with Marek. Tomasz missed his YOS appointment on Tuesday, Marek will drive him there next week. Filip doing fine at school.",
  "orange", ["CRIME"], [("level", "unboxed: YOS cue gives orange")]),
 ("U902", "K904", "assessment", "2025-08-29", "Eastbrook Sands",
  "HV visit. Archie's 8 week check fine. Jade tearful through the visit and says her mood is at rock bottom; HV to speak to the GP about her medication.",
  "green", ["MH-ADULT"], [("negated", "baby's check fine - no PH/EYD")]),
 ("U903", "K909", "assessment", "2025-10-22", "Shinglegate",
  "Kayla rang to say mum had a fall at home last night, ambulance came and she is bruised but ok. Kayla stayed off school today to look after her. Reminded Kayla about the young carers drop-in.",
  "yellow", ["PH", "CARER", "EDU-ATT"], []),
 ("U904", "K912", "assessment", "2025-06-24", "Eastbrook Sands",
  "Aisha called upset: TA officer says the family must move to another HMO in Westcombe, 30 miles away, by Friday. Explained she can ask for a review of suitability; she will write the request herself tonight.",
  "blue", ["HOUS"], [("level", "unboxed: only signposting the family acts on itself - blue")]),
 ("U905", "K919", "closure", "2026-02-18", "Saltings Reach",
  "Catch-up with Jamie. Freya happy at school, attendance has never been an issue. The betting block is still on his bank app and he has kept up the extra £50 a week off the arrears, his brother helping him keep track.",
  "blue", ["FIN"], [("negated", "attendance negated")]),
 ("U906", "K921", "assessment", "2025-11-24", "Shinglegate",
  "Police call: Ellie reported missing again last night, found at 3am at Dunehaven holiday park with the same man. Strategy meeting requested for Monday.",
  "red", ["SAFE-EXP"], [("lookalike", "police finding her is safeguarding, not CRIME"), ("lookalike", "holiday park is not HOUS")]),
 ("U907", "K916", "assessment", "2025-09-12", "Eastbrook Sands",
  "ASB problem-solving meeting with police: Mason named in two more reports of throwing stones at the arcade windows. Acceptable Behaviour Contract to be offered. Neighbour's son also named but is not part of this family.",
  "orange", ["CRIME"], [("outside", "neighbour's son's ASB not coded")]),
]

STAGE = {"A": "assessment", "C": "closure"}

def main():
    nar, gold, traps = [], [], []
    for case, loc, adate, cdate, boxes in CASES:
        for st, lvl, text, codes, tr in boxes:
            nid = f"{case}-{st}-{lvl}"
            nar.append([nid, f"{case}-{st}", case, STAGE[st], adate if st == "A" else cdate, lvl, loc, text])
            gold += [[nid, c, lvl] for c in codes]
            traps.append({"narrative_id": nid, "gold_codes": codes,
                          "traps": [{"type": t, "note": n} for t, n in tr]})
    for nid, case, stage, date, loc, text, lvl, codes, tr in UNBOXED:
        nar.append([nid, nid, case, stage, date, "", loc, text])
        gold += [[nid, c, lvl] for c in codes]
        traps.append({"narrative_id": nid, "gold_codes": codes, "gold_level": lvl,
                      "traps": [{"type": t, "note": n} for t, n in tr]})
    def w(name, header, rows):
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
            cw = csv.writer(f, lineterminator="\r\n")
            cw.writerow(header)
            cw.writerows(rows)
    w("narratives.csv", ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"], nar)
    w("gold.csv", ["narrative_id", "code", "level"], gold)
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8") as f:
        json.dump(traps, f, indent=1, ensure_ascii=False)
    print(f"{len(nar)} narratives, {len(gold)} gold rows")

if __name__ == "__main__":
    main()
