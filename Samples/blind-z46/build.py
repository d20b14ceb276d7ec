#!/usr/bin/env python3
"""Blind hand-coded gold set z46: an everyday triage export from an invented council.
Every narrative, its gold codes and trap note are written here by hand."""
import csv, json, os

OUT = os.path.dirname(os.path.abspath(__file__))
CASES = []   # (case_id, locality, a_date, c_date, [(stage 'A'/'C', level, text, [codes], trap)])
NOTES = []   # (id, date, locality, text, [codes], gold_level, trap)

def case(cid, loc, adate, cdate, boxes):
    CASES.append((cid, loc, adate, cdate, boxes))

case("Z101", "Hetherley", "2025-03-04", "2025-07-15", [
 ("A", "green", "Mum (Donna) says Tyler (7) wetting the bed most nights since the move, GP appt booked for 12/03. School nurse aware. No concerns re his weight, growth on track.",
  ["PH"], "negated weight concern"),
 ("A", "yellow", "Tyler's attendance 84% autumn term, 11 lates. D finds mornings hard, T refuses to put shoes on + screams. EHW to do routines work w/ D. D also behind on water bill approx £380, referred CAB.",
  ["EDU-ATT", "REL-PAR", "FIN"], ""),
 ("A", "orange", "Family in TA since Jan after s21 notice from private landlord, one room for D + 2 children, mould in the bathroom. Housing options officer involved.",
  ["HOUS"], ""),
 ("C", "blue", "D now on a payment plan w/ water co, £15/fortnight. Bedtime routine chart going well, T in bed by 7.30 most nights.",
  ["FIN", "REL-PAR"], "now-managing in blue box counts"),
 ("C", "green", "T's attendance up to 95% this half term, school happy. Bedwetting resolved, no wet nights since May.",
  ["EDU-ATT"], "bedwetting now over (historical); attendance improving = managing in green"),
 ("C", "yellow", "Housing need met - 2 bed HA flat since June, no damp. D applying to local welfare fund for a cooker as she can't afford one.",
  ["FIN"], "housing need met (historical HOUS)"),
])

case("Z102", "Brackenmoor", "2025-04-07", "2025-10-13", [
 ("A", "yellow", "Amira (14) on a reduced timetable since half term, mornings only, due to anxiety about coming into school. Pastoral lead meeting her weekly. Dad reports she is barely sleeping and has stopped seeing friends.",
  ["EDU-ATT", "MH-CHILD", "PH"], "sleep problem at school age is PH"),
 ("A", "orange", "Referred to CAMHS by GP 02/04, on waiting list. A disclosed cutting the tops of her arms, no hospital attendance.",
  ["MH-CHILD"], ""),
 ("A", "green", "Mum (Farah) works nights at the hospital, dad self-employed. No money worries reported. Younger brother Idris (6) doing well in Y1.",
  [], "night shifts are not FIN; money worries negated; good news only"),
 ("C", "green", "A back on full timetable since Sept, attendance 91%. School counsellor seeing her fortnightly.",
  ["EDU-ATT", "MH-CHILD"], ""),
 ("C", "orange", "Still open to CAMHS, has had 6 sessions of CBT. No self-harm disclosed since July.",
  ["MH-CHILD"], "self-harm historical; service still open codes MH-CHILD"),
])

case("Z103", "Kettlewick", "2025-02-19", "2025-08-06", [
 ("A", "green", "I visited for the two-year review. Leo is 26 months and has around ten single words; he points and pulls me by the hand to get what he wants. He is not attending nursery and mum did not know about the funded two-year-old place. Immunisations are up to date.",
  ["EYD"], "immunisations up to date is good news, not PH"),
 ("A", "yellow", "Mum (Chloe) scored highly on the PHQ-9 and describes feeling flat and tearful since Leo's sister was born in January. The GP has prescribed sertraline and referred her to the perinatal mental health team.",
  ["MH-ADULT"], ""),
 ("C", "green", "Leo started at Little Acorns nursery in April for 15 hours. His keyworker says he now puts two words together. He has been to two speech therapy drop-ins.",
  ["EYD"], ""),
 ("C", "blue", "C feels much brighter. She is still taking her medication and goes to a local mums' walking group on Thursdays.",
  ["MH-ADULT"], "now-managing with ongoing treatment in blue box"),
])

case("Z104", "Millgate", "2025-05-21", "2025-11-04", [
 ("A", "orange", "Kai (15) arrested 14/05 for criminal damage at the bus stn w/ older group. YOS assessment pending. Mum worried he's going missing overnight + coming back with new trainers and cash.",
  ["CRIME", "SAFE-EXP"], ""),
 ("A", "yellow", "Kai 2 x FTE this yr (3 days, 5 days) for swearing at staff + fighting. Mum says no issues at home, he's polite to her.",
  ["EDU-EXC"], "behaviour at home negated (no REL-PAR)"),
 ("A", "red", "Strategy meeting held 20/05 re CCE concerns, s47 agreed. Kai found by police in another town with 2 adults not known to family.",
  ["SAFE-EXP"], "police finding a missing child is not CRIME"),
 ("C", "orange", "Kai on a 6 month referral order, engaging well w/ YOS worker. No missing episodes since August.",
  ["CRIME"], "missing episodes now over (historical)"),
 ("C", "yellow", "Managed move to Wyndham Academy agreed Sept, settling in, one detention so far.",
  ["EDU-EXC"], "managed move takes yellow box level"),
])

case("Z105", "Millgate", "2025-07-09", "2025-12-10", [
 ("A", "orange", "Tenancy at risk. Arrears now £2,140, NOSP served 3 July. Ms Okafor says her UC stopped in May after a missed journal appointment. Property overcrowded, 5 people in a 2 bed.",
  ["HOUS", "FIN"], ""),
 ("A", "yellow", "Ms O's eldest, Precious (12), helps get her mum up and dressed on bad days as Ms O has MS. School say P is often tired in class.",
  ["CARER", "PH"], ""),
 ("C", "yellow", "P referred to young carers service, attends their Tuesday club. Ms O's PIP award came through in Oct.",
  ["CARER"], "PIP award alone is not FIN or PH"),
 ("C", "orange", "Arrears down to £600 with DHP + repayment agreement, possession proceedings paused. Still on transfer list for a 3 bed.",
  ["HOUS", "FIN"], ""),
])

case("Z106", "Hetherley", "2025-02-03", "2025-06-30", [
 ("A", "green", "Ellie (9); SENCO has put her on SEN support for reading; parents asked about dyslexia screening; attendance good.",
  ["EDU-SEND"], "attendance good is not a need"),
 ("A", "yellow", "Parents separated Feb; lots of arguing at handovers; Ellie tearful and withdrawn in class on Mondays; dad wants more contact, mum refusing.",
  ["REL-CONF", "MH-CHILD"], ""),
 ("C", "blue", "Parents now using a co-parenting app to arrange handovers; no arguments in front of E since mediation finished.",
  ["REL-CONF"], "managing contact counts in blue; arguments negated, mediation over"),
 ("C", "green", "E's reading age up 10 months; still on SEN support; class teacher says she seems happier.",
  ["EDU-SEND"], "'happier' with no stated need in this box is not MH-CHILD"),
])

case("Z107", "Brackenmoor", "2025-06-12", "2025-11-20", [
 ("A", "orange", "Gemma disclosed that her partner Lee checks her phone, controls the money and has pushed her against the wall. Police attended on 08/06 and Lee was arrested. DASH medium, IDVA referral made.",
  ["DA"], "partner's arrest for DV is DA only, not CRIME; controlling money is part of DA, not FIN"),
 ("A", "yellow", "Gemma is drinking most evenings, about a bottle of wine, and says it calms her down. She has agreed to a referral to Horizon drug and alcohol service.",
  ["SUB"], ""),
 ("A", "green", "Mia (3) at nursery 30 hrs, no concerns with her development. Has asthma; inhalers in date and seen by the asthma nurse in May.",
  ["PH"], "development negated (no EYD)"),
 ("C", "blue", "Lee has moved out and there is a non-mol order until March. Gemma completed the Freedom Programme in Oct.",
  ["DA"], "protective order still in place = managing DA"),
 ("C", "yellow", "G still seeing Horizon fortnightly, says she is drinking at weekends only now.",
  ["SUB"], ""),
])

case("Z108", "Kettlewick", "2025-02-24", "2025-10-22", [
 ("A", "red", "Children subject to CP plan (neglect) since ICPC 11/02. Home conditions very poor, dog mess on floors, no bedding on the children's beds. Both children often arrive at school hungry.",
  ["SAFE-NEG"], ""),
 ("A", "orange", "Dad (Craig) on methadone script, recent test positive for cocaine. Mum (Stacey) low in mood, not engaging with GP.",
  ["SUB", "MH-ADULT"], ""),
 ("A", "yellow", "Jack (8) attendance 79%, Lily (6) 81%. L's teeth decayed, 3 dentist appts missed.",
  ["EDU-ATT", "PH"], ""),
 ("C", "orange", "Stepped down from CP to TAF in Oct. Beds and bedding provided, kitchen still cluttered and dirty on last 2 visits. C still on his script, no cocaine on recent tests.",
  ["SAFE-NEG", "SUB"], "cocaine use negated but script ongoing"),
 ("C", "yellow", "Jack 90%, Lily 88% this term, still below target; attendance officer monitoring. L had 4 teeth out under GA in Sept, now seeing dentist regularly.",
  ["EDU-ATT", "PH"], ""),
])

case("Z109", "Millgate", "2025-01-15", "2025-06-18", [
 ("A", "yellow", "Reece (17) left college Nov, not working or in training, spends most days gaming in his room. Mum (Tracy) out of work since the factory closed, on UC, struggling to pay the gas.",
  ["EDU-NEET", "FIN"], "FIN for the mother's worklessness/gas, not for Reece"),
 ("C", "blue", "R started an apprenticeship at a local garage in March. Tracy has a part-time job in a school kitchen and uses a budgeting app to keep on top of bills.",
  ["FIN"], "NEET now over (historical)"),
 ("C", "yellow", "Reece's sleep still upside down, up all night on his console; referred to the youth wellbeing hub re low mood.",
  ["PH", "MH-CHILD"], ""),
])

case("Z110", "Hetherley", "2025-09-03", "2026-02-25", [
 ("A", "green", "HV visit 03/09/25. Baby Nova (4 mths), weight dropped from 50th to 9th centile. Mum (Jade) wants to start weaning early, advised to wait until 6 mths. Feeding plan in place with HV.",
  ["PH", "EYD"], ""),
 ("A", "yellow", "Partner Marcus off work with stress + anxiety, GP referred to Talking Therapies. Jade says money tight since his sick pay was cut, they have used the food bank twice.",
  ["MH-ADULT", "FIN"], ""),
 ("C", "green", "Nova back on 25th centile, weaning started at 6 mths, taking purees well. Weighed monthly at baby clinic.",
  ["PH", "EYD"], "now-managing in green box"),
 ("C", "blue", "Marcus back at work full time and finished Talking Therapies in Jan, says he feels well. No food bank use since Christmas.",
  [], "all historical: therapy finished, food bank use over"),
])

case("Z111", "Brackenmoor", "2025-10-06", "2026-03-11", [
 ("A", "yellow", "Harvey (11) refusing to go into school most mornings, 3 full days missed last wk. Mum (Kerry) also anxious, has panic attacks on the school run, on waiting list for counselling.",
  ["EDU-ATT", "MH-ADULT"], ""),
 ("C", "green", "Harvey in full time with a soft start at 8.30 via the nurture room. Kerry now having counselling at the GP surgery.",
  ["EDU-ATT", "MH-ADULT"], ""),
])

case("Z112", "Millgate", "2025-10-16", "2026-01-28", [
 ("A", "red", "Dad (Paul) detained under s2 on 14/10 after an overdose. Children placed with paternal aunt under s20 for now.",
  ["MH-ADULT"], ""),
 ("A", "yellow", "Sophie (13) has been doing the cooking and getting her brother (5) to school while dad is unwell. She says she doesn't mind but she is exhausted.",
  ["CARER"], ""),
 ("C", "orange", "Paul discharged 02/12, CMHT care coordinator visiting weekly, children home. Sophie goes to Millgate young carers group.",
  ["MH-ADULT", "CARER"], ""),
])

case("Z113", "Millgate", "2025-05-12", "2025-09-29", [
 ("A", "yellow", "Mum reports Ruby (12) being sent nasty messages on a class group chat + excluded from the group by the other girls. R also found talking to an adult man on Snapchat; school aware, PCSO gave the class an online safety talk.",
  ["SAFE-EXP"], "'excluded from the group' is not school exclusion; PCSO talk is not CRIME"),
 ("C", "blue", "Parental controls set up on R's phone, mum checks it weekly. R says the group chat has calmed down.",
  ["SAFE-EXP"], "online safety being managed in blue box"),
])

case("Z114", "Kettlewick", "2025-11-18", "2026-04-08", [
 ("A", "orange", "Housing officer: severe black mould in both bedrooms, landlord (Kestrel Homes) not responded to 3 repair requests, environmental health inspection booked 25/11. Youngest, Zainab (2), admitted twice with chest infections this winter.",
  ["HOUS", "PH"], "landlord's failings are not coded on the landlord; effect on family is HOUS"),
 ("C", "green", "Damp works done in Feb, new extractor fans fitted. Z under GP for recurrent wheeze, has a brown inhaler. Housing will reopen the case should the mould come back.",
  ["PH"], "damp now fixed (historical HOUS) and return of mould hypothetical"),
])

case("Z115", "Hetherley", "2025-11-26", "2026-04-15", [
 ("A", "orange", "Ethan (14) punched mum (Nicola) during a row about his phone; police called 23/11, E given a community resolution. N says she is frightened of him at times. E's dad not in the household, lives in Spain.",
  ["REL-PAR", "CRIME"], "child-to-parent violence is REL-PAR (+CRIME with police), not DA"),
 ("A", "yellow", "Ethan on the ADHD pathway, seen by paediatrician in Oct, awaiting outcome. SENCO has given him a time-out card.",
  ["EDU-SEND"], ""),
 ("C", "yellow", "Nicola finished the NVR parenting programme. Still some shouting and slammed doors but no physical incidents since Jan.",
  ["REL-PAR"], "physical violence historical, shouting still present"),
])

case("Z116", "Brackenmoor", "2025-08-20", "2026-01-14", [
 ("A", "yellow", "Dad (Gary) disclosed online gambling, about £6k on credit cards; he has self-excluded from betting sites through GamStop. Mum (Lorraine) v angry, rows most nights, talking about separating.",
  ["FIN", "REL-CONF"], "gambling debt is FIN not SUB; 'self-excluded' is not EDU-EXC"),
 ("C", "yellow", "G attending GamCare sessions; debt management plan set up with StepChange. L + G having couples counselling, still some tension at home.",
  ["FIN", "REL-CONF"], ""),
])

case("Z117", "Millgate", "2026-01-20", "2026-06-10", [
 ("A", "orange", "Callum (16) permanently excluded from Greenlow High 12/01 after bringing a knife into school. Smoking cannabis daily. Mum thinks he is dealing to pay off a debt to older lads. Police + YOS involved.",
  ["EDU-EXC", "CRIME", "SUB", "SAFE-EXP"], ""),
 ("A", "yellow", "Mum (Dawn) vapes, no other substance use by adults in the home. Dawn says she has no control over C, he comes and goes as he likes and ignores any curfew; asking for parenting support.",
  ["REL-PAR"], "vaping is not SUB; adult substance use negated"),
 ("C", "orange", "C at Ridgeway PRU, attendance 64%. Still using cannabis but engaging with Switch young people's substance service. Referral order ends in June.",
  ["EDU-ATT", "SUB", "CRIME"], ""),
])

case("Z118", "Millgate", "2025-03-10", "2025-08-27", [
 ("A", "green", "Olivia (10) has cerebral palsy, uses a wheelchair in school. EHCP in place, annual review due March. Physio through the children's therapy team.",
  ["PH", "EDU-SEND"], ""),
 ("A", "yellow", "Mum (Hannah) is O's full-time parent carer, gets Carer's Allowance + DLA. Brother Theo (13) helps lift O into bed and does her night turns when mum is worn out.",
  ["CARER"], "'parent carer' and benefit names are not CARER/FIN/PH; Theo is the young carer"),
 ("C", "yellow", "Theo referred to Brightside Young Carers in Jan, goes to their Friday group. OT assessing for a hoist to cut down the lifting.",
  ["CARER", "PH"], ""),
])

case("Z119", "Kettlewick", "2025-04-23", "2025-09-17", [
 ("A", "green", "Archie (4) starts reception in Sept, still in nappies in the day; nursery worried about his school readiness. Mum (Kayleigh) tried potty training at Easter but gave up.",
  ["EYD"], ""),
 ("C", "green", "Archie (still 4) dry in the day since July, started at Kettlewick Primary; still some accidents at night, in pull-ups for bed.",
  ["EYD"], "daytime toileting over; night-time still present for an under-5"),
])

case("Z120", "Hetherley", "2025-08-11", "2025-12-03", [
 ("A", "yellow", "Family (Mr + Mrs Haddad, 3 children) granted refugee status in Aug, 28 days to leave Home Office accommodation. UC claim made but no payment until Oct, family has no money for food.",
  ["HOUS", "FIN"], ""),
 ("A", "green", "Children registered at Millgate Primary; Yousef (8) speaks little English, EAL support in class; GP registration done.",
  [], "EAL support is not SEND"),
 ("C", "blue", "Family in a 3 bed council house since Oct. Mr H looking for work, using the job centre and a friend helps him with his UC journal.",
  ["FIN"], "housing need met (historical); worklessness being managed with own network"),
])

case("Z121", "Brackenmoor", "2025-06-02", "2025-11-12", [
 ("A", "yellow", "Mum and dad separated last year but still living under the same roof while the house is on the market. Constant arguing, the children (9 and 11) hear it all. Dad signed off work with depression.",
  ["REL-CONF", "MH-ADULT"], "no abuse described, so conflict is REL-CONF not DA"),
 ("C", "green", "Dad moved into a flat nearby in Aug. Children see him every weekend, arrangement agreed between parents without court. GP reviewing dad's antidepressants.",
  ["REL-CONF", "MH-ADULT"], "contact arrangement being managed counts in green"),
])

case("Z122", "Millgate", "2025-10-01", "2026-02-18", [
 ("A", "orange", "Tia (15) reported missing x4 since Sept, found by police in Carlisle on the last occasion with a 23 yr old male. RHIs completed. CSE screening tool scored high.",
  ["SAFE-EXP"], "police finding a missing child is not CRIME"),
 ("A", "yellow", "Tia's attendance 62%, mostly afternoons missed. Mum (Leanne) says T is out of control at home, slams doors, won't follow any rules.",
  ["EDU-ATT", "REL-PAR"], ""),
 ("C", "orange", "No missing episodes since December. T still in contact with the male online; police aware, Child Abduction Warning Notice issued to him.",
  ["SAFE-EXP"], "missing historical but grooming contact present; CAWN against the male is not CRIME for the family"),
])

case("Z123", "Millgate", "2025-04-02", "2025-10-08", [
 ("A", "yellow", "Dad (Dean) released from HMP in March, on licence until 2026, living at home. Portage visiting weekly for Freddie (3) who has global developmental delay.",
  ["CRIME", "EYD"], "adult on licence is CRIME"),
 ("C", "yellow", "Dean's licence ended in Sept, probation closed. Freddie's Portage continues; he has a place at Rainbow nursery with 1:1 support.",
  ["EYD"], "licence over (historical CRIME)"),
])

case("Z124", "Kettlewick", "2025-05-28", "2025-10-29", [
 ("A", "green", "Mum (Julie) having chemo for breast cancer, Macmillan nurse involved. Children know and are coping; no concerns from school. J says if the next round of chemo floors her, her eldest (15) may have to do more around the house.",
  ["PH"], "school concerns negated; hypothetical young-carer role (no CARER)"),
 ("A", "yellow", "Julie had to stop work, SSP ended in June, rent arrears of £450 building. Macmillan benefits adviser helping with a PIP claim.",
  ["FIN"], "rent arrears without eviction risk is FIN only, not HOUS"),
])

case("Z125", "Hetherley", "2025-09-15", "2026-01-21", [
 ("A", "green", "Mason (Y3) late most days; often arrives with no breakfast; clothes unwashed, other children commenting on the smell; school has given him a breakfast club place.",
  ["EDU-ATT", "SAFE-NEG"], ""),
 ("A", "yellow", "Mum (Sian) works 2 jobs; dad (Rob) has a back injury, off sick; they say the washing machine broke in Sept and they can't afford to replace it.",
  ["PH", "FIN"], "working two jobs is not FIN; the affordability problem is"),
 ("C", "green", "Mason still late once or twice a week but much improved. Family Fund grant paid for a washing machine, uniform clean now.",
  ["EDU-ATT"], "washing machine/hygiene resolved (historical SAFE-NEG, FIN)"),
])

case("Z126", "Brackenmoor", "2025-07-01", "2025-12-16", [
 ("A", "yellow", "Nan (Pat) is kinship carer for Kayden (7) under an SGO since 2023. K's mum uses heroin, not in household, sees K at the contact centre monthly. K clingy and anxious after contact, nightmares + wetting the bed.",
  ["MH-CHILD", "PH"], "mum's heroin use is outside the household (no SUB); kinship carer is not CARER"),
 ("C", "green", "Pat goes to the kinship carers' support group. K seeing school ELSA weekly, nightmares less often.",
  ["MH-CHILD", "PH"], ""),
])

case("Z127", "Millgate", "2025-10-22", "2026-04-01", [
 ("A", "yellow", "Chantelle (17) 24 wks pregnant, left sixth form in Sept. Lives with mum + 3 siblings in a 2 bed flat, sharing a room with 2 sisters. Midwife concerned she has missed 2 antenatal appts.",
  ["EDU-NEET", "HOUS", "PH"], ""),
 ("C", "green", "Baby born early March, feeding well, HV visiting. Chantelle hoping to start college in Sept but not in any education or training at the moment. Housing register application only if C and baby can't stay on at mum's.",
  ["EDU-NEET"], "baby's health good news only; HV alone codes nothing; HOUS hypothetical"),
])

case("Z128", "Millgate", "2025-03-17", "2025-09-24", [
 ("A", "green", "Noah (6) referred by SENCO to the neurodevelopmental pathway for ASD assessment; struggles with noise in the hall; only sleeping 4-5 hrs a night, GP has prescribed melatonin.",
  ["EDU-SEND", "PH"], ""),
 ("C", "green", "Noah still waiting for ASD assessment (approx 18 month wait). Sleeping better on melatonin.",
  ["EDU-SEND", "PH"], "ongoing treatment codes PH"),
])

case("Z129", "Kettlewick", "2025-06-25", "2025-12-09", [
 ("A", "yellow", "Mum (Becky) in recovery from alcohol, 8 months sober, goes to AA and has a sponsor. Previous DV from ex-partner in 2019, no contact since, he lives in Wales. B's anxiety worse since the anniversary of her dad's death.",
  ["SUB", "MH-ADULT"], "historical DV with no contact; ongoing recovery support codes SUB"),
 ("C", "blue", "B still at AA weekly, 14 months sober. Using a mindfulness app for her anxiety, says it helps.",
  ["SUB", "MH-ADULT"], ""),
])

case("Z130", "Hetherley", "2026-01-12", "2026-05-20", [
 ("A", "yellow", "Fridge empty at home visit 10/01, kids (Amy 5, Josh 8) said they had crisps for tea. Prepayment meter on emergency credit, house cold. Mum (Kirsty) referred to food bank + fuel voucher scheme.",
  ["SAFE-NEG", "FIN"], "empty fridge SAFE-NEG plus food bank/fuel FIN"),
 ("A", "green", "Amy in reception, speech unclear, school has made a SALT referral. Josh attending well.",
  ["EDU-SEND"], "speech for a school-age child is EDU-SEND not EYD; Josh's attendance is good news"),
 ("C", "yellow", "Kirsty now on a social tariff with her energy supplier; Citizens Advice still helping her challenge the UC deductions. Food in the cupboards at last visit.",
  ["FIN"], "food now in home (no SAFE-NEG)"),
])

# ---- unboxed case notes: one level for all codes from the highest level cue ----
def note(nid, date, loc, text, codes, level, trap):
    NOTES.append((nid, date, loc, text, codes, level, trap))

note("ZV01", "2025-06-04", "Millgate",
 "Call from school nurse re Ava (10), weight above the 98th centile. Mum keen to make changes, going to try the NHS Healthier Families app at home. GP aware.",
 ["PH"], "green", "highest cue is school nurse/GP (green)")
note("ZV02", "2025-11-27", "Brackenmoor",
 "Dad rang EH duty: he and Jo split up 2 wks ago, arguing over who has the kids at Christmas. No violence or threats, he says. Given details of the local family mediation service, will self-refer.",
 ["REL-CONF"], "yellow", "DA negated; mediation is a yellow cue")
note("ZV03", "2026-02-04", "Millgate",
 "Strategy meeting 04/02/26 after Keira (14) told her teacher that mum's boyfriend, who lives with them, hits mum when he has been drinking and that Keira was hit when she tried to stop him. s47 agreed.",
 ["DA", "SUB"], "red", "boyfriend is a household member and carer, so his drinking is SUB")
note("ZV04", "2025-06-18", "Kettlewick",
 "TAF review 18/06/25. Jordan (13) now attending 3 days a week on a part-time timetable. CAMHS appt still awaited for low mood. Dad's debt to the loan company now on a repayment plan.",
 ["EDU-ATT", "MH-CHILD", "FIN"], "orange", "awaiting CAMHS codes MH-CHILD; TAF/CAMHS are orange cues")
note("ZV05", "2025-08-13", "Hetherley",
 "Home visit. Mum following HV advice to cut down Kian's (2) dummy use as his speech is behind; she has started taking him to rhyme time at the library. No concerns re home conditions.",
 ["EYD"], "green", "home conditions negated")
note("ZV06", "2026-03-16", "Millgate",
 "Neighbour reported to housing that Mr Bell's son Jake (19), who lives with him, is dealing from the flat. Police executed a warrant 12/03/26, cannabis found, Jake charged. Mr Bell scared he will lose the tenancy.",
 ["CRIME", "HOUS"], "orange", "neighbour is the reporter only; cannabis found with dealing is not SUB; police arrest is orange")
note("ZV07", "2026-02-09", "Kettlewick",
 "Email from Y6 teacher: Grace upset and crying in class since her grandad died in Jan. Parents aware, school counsellor to offer bereavement sessions.",
 ["MH-CHILD"], "green", "'school counsellor' is universal (green)")

# ---- writers ----
def main():
    nar, gold, traps = [], [], []
    for cid, loc, adate, cdate, boxes in CASES:
        for st, level, text, codes, trap in boxes:
            tid = f"{cid}-{st}"
            nid = f"{tid}-{level}"
            stage = "assessment" if st == "A" else "closure"
            date = adate if st == "A" else cdate
            nar.append([nid, tid, cid, stage, date, level, loc, text])
            gold += [[nid, c, level] for c in codes]
            if trap:
                traps.append({"narrative_id": nid, "codes": codes, "trap": trap})
    for nid, date, loc, text, codes, level, trap in NOTES:
        nar.append([nid, nid, nid, "assessment", date, "", loc, text])
        gold += [[nid, c, level] for c in codes]
        traps.append({"narrative_id": nid, "codes": codes, "gold_level": level, "trap": trap})
    def write(name, header, rows):
        with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\r\n")
            w.writerow(header)
            w.writerows(rows)
    write("narratives.csv", ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"], nar)
    write("gold.csv", ["narrative_id", "code", "level"], gold)
    with open(os.path.join(OUT, "traps.json"), "w", encoding="utf-8") as f:
        json.dump(traps, f, indent=1, ensure_ascii=False)
    print(f"{len(nar)} narratives, {len(gold)} gold rows, {len(traps)} trap notes")

if __name__ == "__main__":
    main()
