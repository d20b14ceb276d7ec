#!/usr/bin/env python3
"""Blind hand-coded gold set z13: messy case-management-export voice.

Every narrative, its gold codes (present issues only) and trap notes are
written by hand below. Running this writes narratives.csv, gold.csv and
traps.json next to this file. Standard library only.

Box tuples: (stage 'A'/'C', level, text, [gold codes], [(trap_type, note), ...])
Trap types: negated, historical, hypothetical, lookalike, outside_household,
need_met, good_news, convention (a taxonomy-convention decision point).
In texts, "\n" is a line break inside the box; it is written as CRLF.
"""
import csv, io, json, os

HERE = os.path.dirname(os.path.abspath(__file__))

CASES = []

def case(cid, loc, a_date, c_date, boxes):
    CASES.append(dict(case=cid, loc=loc, a_date=a_date, c_date=c_date, boxes=boxes))

# ---------------------------------------------------------------- Q01-Q10
case("Q01", "Harrowfield", "2025-02-11", "2025-07-15", [
 ("A", "green",
  "EARLY YEARS\n• Tyler (4y) only using single words, nursery keyworker doing small group talk sessions &amp; HV has sent a SALT referral\n• still in nappies day &amp; night, Leanne says she “dont know where to start” with potty training\nMacie (9) attends Oakridge Primary well, no concerns from school.",
  ["EYD"],
  [("good_news", "Macie attends well / no concerns from school: EDU-ATT not coded")]),
 ("A", "yellow",
  "Macie refusing to get ready for school most mornings, screams &amp; kicks her bedroom door when Leanne takes the tablet off her.  Leanne says she has tried everything and 'nothing sticks'. Referred to Triple P group starting 14.03.25.\nDad (Craig) lives in Wrexham, no contact for 2 yrs – Leanne says he has a drink problem.",
  ["REL-PAR"],
  [("outside_household", "Craig's drinking: absent father, not in household, no SUB")]),
 ("C", "blue",
  "Leanne completed Triple P in June &amp; uses the reward chart + calm consequences. Says Macies outbursts are “maybe once a week now” and she deals with them herself without shouting.",
  ["REL-PAR"],
  [("convention", "blue box: parent now managing child behaviour counts as REL-PAR present")]),
])

case("Q02", "Kestrel Bay", "2025-03-04", "2025-09-22", [
 ("A", "orange",
  "From: PC 4471 Hendry Sent: 02 March 2025 23:41 To: MASH Subject: DA incident\nPolice called to the address 01/03 – Sian’s partner Darren Pike (lives there) pushed her into the wall and took her phone off her. Darren arrested, bailed with conditions not to contact. DASH 16 ticks, MARAC referral done.\nJack (12) saw it all and has refused to go in to school since, attendance 71% this half term.",
  ["DA", "EDU-ATT"],
  [("convention", "partner arrested for assault on Sian: DA only, not CRIME (conv. 7)")]),
 ("A", "yellow",
  "MONEY\nSian has £1,200 gas &amp; electric debt. Darren kept control of all the money, the UC went into his account &amp; she had no bank card of her own. Needs help to set up her own claim.\nEllie (7) – no concerns, doing well at Seaview Juniors.",
  ["FIN", "DA"],
  [("negated", "Ellie: no concerns"),
   ("convention", "economic control by the partner is coercive control: DA in this box too")]),
 ("C", "blue",
  "Non mol order in place until Feb 2026. Sian finished the Freedom Programme in Aug and knows how to report any breach. Has her own UC account now &amp; a payment plan on the energy arrears, £25/m.",
  ["DA", "FIN"],
  [("convention", "order in force + finished programme, blue box = managing: DA present; arrears on a plan = FIN present")]),
 ("C", "green",
  "Jacks attendance back up to 93% (was 71%), pastoral lead checks in with him every Monday.  Ellie in good form.",
  ["EDU-ATT"],
  [("good_news", "Ellie in good form: nothing coded"),
   ("convention", "green box: attendance recovering with school support = managing, EDU-ATT present")]),
])

case("Q03", "Millbrook East", "2025-01-20", "2025-08-29", [
 ("A", "red",
  "STRATEGY MEETING 17.01.25\nKai (15) found in Coventry by BTP after 3 days missing with £400 cash, 2 phones &amp; wraps of crack cocaine on him. NRM referral submitted. S47 agreed, ICPC to be booked.\nKai charged with possession with intent to supply – YOS allocated.",
  ["SAFE-EXP", "CRIME"],
  [("convention", "drugs found on an exploited child: SAFE-EXP + CRIME, not SUB (conv. 12)"),
   ("convention", "police finding a missing child is safeguarding, but the charge + YOS is CRIME")]),
 ("A", "orange",
  "EDUCATION\nKai permanently excluded from Brookfield Academy 08/01/2025 after repeated defiance, leaving site &amp; swearing at the head of year. PRU place starts 03/02.\nAmber (17) at college doing level 3 childcare, no issues.",
  ["EDU-EXC"],
  [("negated", "Amber 17 at college, no issues: not EDU-NEET")]),
 ("C", "orange",
  "Kai on a 12 month referral order with YOS, going to his appts. No missing episodes since April. Police intel still links him to older males in Coventry so he stays on the exploitation panel list.\nCompass closed in June – Kai says he's stopped smoking weed and his tests are clear.",
  ["CRIME", "SAFE-EXP"],
  [("historical", "no missing episodes since April: the missing part is over, but exploitation links are current"),
   ("historical", "cannabis stopped, tests clear: SUB not coded")]),
])

case("Q04", "Stonegate", "2025-04-07", "2025-10-13", [
 ("A", "green",
  "Paul has MS, uses a wheelchair when out, under the neuro team at St Anne&#39;s. Gets PIP (enhanced rate) &amp; ESA  –  no money worries reported.",
  ["PH"],
  [("negated", "benefit names with 'no money worries': FIN not coded (conv. 5)")]),
 ("A", "yellow",
  "Grace (13) doing most of the cooking and helps Paul get dressed on his bad days. Shes been late to school 14 times this term &amp; says she cant keep up with homework. Referral made to Stonegate Young Carers.",
  ["CARER", "EDU-ATT"],
  []),
 ("C", "blue",
  "Grace goes to young carers club every other Thurs and has a young carers card to show at school. Paul's sister now comes 3 mornings a wk so Grace isnt doing the mornings anymore, still helps in the evenings.",
  ["CARER"],
  [("convention", "young carer still helping in the evenings, managing with support: CARER present")]),
])

case("Q05", "Harrowfield", "2025-05-19", "2025-11-03", [
 ("A", "orange",
  "HOUSING\nSection 21 served 12th May 2025, has to be out by 12 July, landlord is selling up. Kayleigh £2,300 behind on the rent and has used the food bank twice this month. Housing options appt 21/05.",
  ["HOUS", "FIN"],
  []),
 ("A", "green",
  "Twins (2) – HV 2 year check done 06/05, both on track.\nRiley (6) wets the bed most nights, GP has referred to the enuresis clinic. School said if his attendance drops under 90% theyll involve the attendance officer – currently 94%.",
  ["PH"],
  [("good_news", "twins on track: EYD not coded"),
   ("hypothetical", "attendance: only if it drops, currently 94%: EDU-ATT not coded"),
   ("convention", "bedwetting at school age is PH (conv. 9)")]),
 ("C", "yellow",
  "Family in temp accommodation at Beacon House since July – one room for the 4 of them. Waiting on a council offer, EHW helping Kayleigh bid every week.",
  ["HOUS"],
  []),
 ("C", "blue",
  "Rent arrears now in a DRO. Kayleigh doing her own budget on the Money Coach app, hasnt needed the food bank since August.",
  ["FIN"],
  [("historical", "food bank not needed since August"),
   ("convention", "debt relief order still running and self-budgeting, blue box: FIN present")]),
])

case("Q06", "Kestrel Bay", "2025-06-02", "2026-01-12", [
 ("A", "red",
  "ICPC held 30/05/2025 – Ruby &amp; Mia both made subject to CP plans, category neglect.\n- dog mess on the floors, no clean bedding\n- Ruby (3) left in a full nappy for hours\n- mums drinking: Jade says up to 2 bottles of wine a day, referred to Turning Point",
  ["SAFE-NEG", "SUB"],
  [("convention", "full nappy left for hours is basic care (SAFE-NEG), not toileting (EYD)")]),
 ("A", "orange",
  "Jade dx postnatal depression after Mia was born, perinatal MH team involved, on sertraline.\nLee works away Mon–Fri on the rigs, says he doesn't drink. Police attended 28/05 after neighbours heard shouting – Lee and Jade rowing about money, both say nothing physical happened, no injuries seen.",
  ["MH-ADULT", "REL-CONF"],
  [("negated", "Lee says he doesn't drink: no SUB for Lee"),
   ("negated", "nothing physical: arguments coded REL-CONF, not DA"),
   ("convention", "police attending a parents' row is not CRIME; working away is not FIN")]),
 ("C", "red",
  "Review CP conference 08/01/26 – plan continues, neglect. House cleaner at planned visits but unannounced visit on 19 Dec found nothing in the fridge and Mia in a soiled sleepsuit.",
  ["SAFE-NEG"],
  []),
 ("C", "yellow",
  "Jade still seeing Turning Point, says shes cut down to weekends only. Still on sertraline, mood &quot;up and down&quot;.",
  ["SUB", "MH-ADULT"],
  []),
])

case("Q07", "Millbrook East", "2025-02-24", "2025-09-30", [
 ("A", "green",
  "EDUCATION\n* Arjun (10) on SEN support at Hollins Lane Primary, SENCO has applied for an EHC needs assessment\n* on the ASD pathway, seen by community paeds Jan 25\n* Anika (3) at nursery 30hrs – no concerns",
  ["EDU-SEND"],
  [("negated", "Anika no concerns: no EYD")]),
 ("A", "yellow",
  "Arjun lashing out at home when routines change, bit Priya on the arm last wk. Priya &amp; Raj not on the same page about how to handle him, arguing most nights over it. Referred to Cygnet.",
  ["REL-PAR", "REL-CONF"],
  [("convention", "child biting a parent is child-to-parent violence: REL-PAR, not DA (conv. 8)")]),
 ("C", "blue",
  "Arjun still has meltdowns when plans change but Priya and Raj handle them with the visual timetable &amp; countdowns they learnt on Cygnet. Priya says the arguing between them has stopped.",
  ["REL-PAR"],
  [("historical", "parents' arguing has stopped: REL-CONF not coded"),
   ("convention", "meltdowns handled by the parents, blue box: REL-PAR present")]),
])

case("Q08", "Stonegate", "2025-03-17", "2025-12-08", [
 ("A", "orange",
  "Connor (17) dropped out of Stonegate College in Nov, not working or on any course. Arrested 09/03/25 for criminal damage at the bus station with mates – youth caution, YOS doing the programme with him.",
  ["EDU-NEET", "CRIME"],
  [("convention", "NEET 17-year-old is EDU-NEET only, no FIN (conv. 11)")]),
 ("A", "yellow",
  "Tracey lost her job at the warehouse in Jan. UC claimed but waiting 5 wks – council tax arrears of £640 and a bailiff letter last week.\nLily (11) has asthma, missed her last 2 asthma reviews at the GP.",
  ["FIN", "PH"],
  []),
 ("C", "yellow",
  "Connor started a Prince&#39;s Trust course in October but only going 2 days out of 5, tutor worried he’ll drop out again.",
  ["EDU-NEET"],
  [("convention", "on a course but attending 2/5 days: at risk of NEET, EDU-NEET present")]),
 ("C", "blue",
  "Tracey back in work at the Co-op 20hrs/wk, bailiff debt paid off in Oct. No further police contact for Connor since March.",
  [],
  [("historical", "job found and debt paid off: FIN over"),
   ("historical", "no police contact since March: CRIME over")]),
])

case("Q09", "Harrowfield", "2025-04-28", "2025-10-20", [
 ("A", "green",
  "Chloe (19) first time mum. Freddie 7 months – HV says not sitting unaided yet and weaning not started, still only on formula. Freddie missed his 16 week jabs, rebooked for 6th May.",
  ["EYD", "PH"],
  [("convention", "weaning/development = EYD; missed immunisations = PH")]),
 ("A", "yellow",
  "Chloe told HV she feels lonely &amp; flat most days, EPDS 14. GP started her on sertraline 22.4.25, Home-Start volunteer allocated.\nFreddie’s dad (Jordan) not involved, he is in HMP Altcourse.",
  ["MH-ADULT"],
  [("outside_household", "Freddie's father in prison, not in the household: no CRIME")]),
 ("C", "green",
  "Freddie pulling to stand &amp; babbling, jabs all up to date. Chloe still on sertraline, GP review monthly, says she feels 'loads better'.",
  ["MH-ADULT"],
  [("good_news", "development and immunisations fine: no EYD/PH"),
   ("convention", "still on treatment, green box: MH-ADULT present")]),
])

case("Q10", "Kestrel Bay", "2025-01-13", "2025-06-16", [
 ("A", "orange",
  "Zofia (14) has been cutting since November, told the school nurse. Referred to CAMHS, on waiting list. Being bullied on Snapchat by a group of Y9 girls, a pic of her was shared without consent – school and police aware.",
  ["MH-CHILD", "SAFE-EXP"],
  [("outside_household", "police involvement is about other pupils sharing the image: no CRIME for this family")]),
 ("C", "orange",
  "CAMHS appt 02/06, Zofia started CBT. Still some cutting but less often, last time 3 wks ago.",
  ["MH-CHILD"],
  []),
 ("C", "blue",
  "Steven says the bullying stopped once the girls were moved to other forms. He and Zofia have tea together every night and talk about her day.",
  [],
  [("historical", "bullying stopped: SAFE-EXP not coded"),
   ("good_news", "family time: nothing coded")]),
])

# ---------------------------------------------------------------- Q11-Q20
case("Q11", "Millbrook East", "2025-09-15", "2026-02-09", [
 ("A", "yellow",
  "ATTENDANCE\nEthan 84%, Sophie 88% last yr, both late most mornings. Angela has fibromyalgia and says on bad days she cant get out of bed to do the school run. Attendance panel letter recieved 10th Sept.\nAngela's partner Gaz is her carer and gets Carer’s Allowance. EHW to help put a school run plan together.",
  ["EDU-ATT", "PH"],
  [("lookalike", "adult partner as 'carer' + Carer's Allowance: not CARER, not FIN (conv. 5, 12)")]),
 ("C", "green",
  "Ethan 95% since Sept (up from 84%), Sophie 93%. Breakfast club 3 days a week is helping them get in on time. Ethan had grommets fitted Nov 2025, hearing normal now.",
  ["EDU-ATT"],
  [("historical", "grommets fitted, hearing normal: PH over"),
   ("convention", "green box: attendance held up with breakfast club = managing, EDU-ATT present")]),
])

case("Q12", "Stonegate", "2025-02-03", "2025-07-07", [
 ("A", "orange",
  "Tyrese (13) – 3 suspensions this term (8 days total) for fighting and walking out of lessons. School talking about a managed move to Ferncliffe Academy. On the ADHD pathway, been waiting for the assessment since 2024.",
  ["EDU-EXC", "EDU-SEND"],
  []),
 ("A", "yellow",
  "Rachel says Tyrese is “a different kid at home”, calm, helps with his little brother at bathtime. No concerns at home.  Rachel works 2 jobs, no money worries.",
  [],
  [("negated", "no concerns at home: no REL-PAR"),
   ("negated", "no money worries: no FIN"),
   ("lookalike", "helping with his brother at bathtime is not a caring responsibility: no CARER")]),
 ("C", "yellow",
  "Managed move to Ferncliffe started 28/04 – going ok, 1 internal exclusion since. ADHD assessment 19 June, diagnosed, meds to start after the summer.",
  ["EDU-EXC", "EDU-SEND"],
  []),
])

case("Q13", "Harrowfield", "2025-10-06", "2026-03-02", [
 ("A", "orange",
  "OVERCROWDING / DISREPAIR\n2 bed flat, 7 people. Black mould in both bedrooms, housing association not fixing it. Zara (1) admitted twice with chest infections, consultant's letter says the damp is contributing. Environmental health &amp; housing now involved.",
  ["HOUS", "PH"],
  []),
 ("A", "yellow",
  "Yusuf on zero hours at a takeaway, shifts vary week to week. Family behind on the water bill (£480).\nIbrahim (8) struggling with reading, school put him on SEN support in Sept.",
  ["FIN", "EDU-SEND"],
  [("convention", "varying shifts alone are not FIN, the water arrears are")]),
 ("C", "orange",
  "Still in the 2 bed. Band A on the housing register since Dec 2025. Mould treated in November but its back again in the kids room.",
  ["HOUS"],
  []),
])

case("Q14", "Kestrel Bay", "2025-11-10", "2026-04-20", [
 ("A", "yellow",
  "Holly (12) hasnt been in school since October half term – panics in the car outside the gates, tummy aches every morning. GP says nothing physical going on. School have offered a reduced timetable.\nNicola has anxiety herself, on the waiting list for Talking Therapies.",
  ["EDU-ATT", "MH-CHILD", "MH-ADULT"],
  [("negated", "GP: nothing physical, so the tummy aches are not PH")]),
 ("C", "yellow",
  "Holly on a part time timetable, mornings only, 3 weeks in. Sees a Kooth counsellor online once a week.",
  ["EDU-ATT", "MH-CHILD"],
  []),
 ("C", "green",
  "Nicola finished her 8 sessions of CBT with Talking Therapies in March, discharged, says she doesnt need anything else for herself.",
  [],
  [("historical", "therapy finished and discharged: MH-ADULT over")]),
])

case("Q15", "Millbrook East", "2025-05-12", "2025-11-24", [
 ("A", "orange",
  "INCIDENT 03/05/25\nLewis (16) punched a hole in the door &amp; pushed Karen down the stairs. Police called, Lewis arrested and RUI. Smoking cannabis and taking ket at weekends. Left school in May before his GCSEs, no plans for Sept.",
  ["REL-PAR", "CRIME", "SUB", "EDU-NEET"],
  [("convention", "son's violence to his mother: REL-PAR + CRIME (police), not DA (conv. 8)")]),
 ("A", "yellow",
  "Karen works full time, no money problems. She says Lewis’s dad was violent to her years ago – he left in 2012 and there&#39;s been no contact since.",
  [],
  [("historical", "DA by ex-partner ended 2012, no contact: DA not coded"),
   ("negated", "no money problems: no FIN")]),
 ("C", "orange",
  "Lewis on a 9 month referral order with YOS. Got a place on the bricklaying course at Millbrook College &amp; attending 4 days. Still smoking cannabis most days, has said no to Compass.",
  ["CRIME", "SUB"],
  [("need_met", "on a college course and attending: EDU-NEET not coded")]),
])

case("Q16", "Stonegate", "2025-06-23", "2025-12-15", [
 ("A", "yellow",
  "School concerns:\n• Logan &amp; Poppy coming in with dirty uniforms, smelling of urine, nits not treated\n• Poppy needs 6 teeth out, dental appt missed twice\n• Alfie (4) not taking up his nursery place",
  ["SAFE-NEG", "PH", "EYD"],
  []),
 ("A", "green",
  "Gemma says shes been struggling since her dad died in March, low mood, GP has upped her citalopram.",
  ["MH-ADULT"],
  []),
 ("C", "yellow",
  "Poppy had the extractions under GA in Sept. Hygiene better, uniforms clean, but school say Logan still comes in hungry the odd day.",
  ["SAFE-NEG"],
  [("historical", "dental extractions done: PH over"),
   ("convention", "a hungry child is SAFE-NEG (conv. 10)")]),
])

case("Q17", "Harrowfield", "2025-07-14", "2026-01-19", [
 ("A", "yellow",
  "Mark and Jo separated June 2025 after Jo found out about Marks gambling debts (£11k on cards and loans). Mark moved out to his brothers. Contact not agreed, lots of arguing on the doorstep at handovers. Jo now paying the mortgage on her own, 2 months behind.",
  ["REL-CONF", "FIN"],
  [("convention", "gambling debts are FIN, not SUB (conv. 10); Jo's mortgage arrears are the household's FIN")]),
 ("A", "green",
  "Finn (10) upset about dad leaving, crying in class, school ELSA seeing him weekly. Isla (6) seems ok, teacher to flag it if anything changes.",
  ["MH-CHILD"],
  [("hypothetical", "Isla: only if anything changes")]),
 ("C", "blue",
  "Contact every other weekend now, arranged on a shared calendar app – no doorstep rows since Oct. Jo has a StepChange plan for the mortgage arrears.",
  ["REL-CONF", "FIN"],
  [("convention", "separated parents now managing contact themselves, blue box: REL-CONF present"),
   ("historical", "doorstep rows stopped in Oct")]),
])

case("Q18", "Kestrel Bay", "2025-08-11", "2026-02-16", [
 ("A", "red",
  "Oscar born 02/08/25. Strategy meeting 04/08 following DV incident on 30/07 – Dean strangled Tasha when she was 8 months pregnant. Dean remanded. CP plans for both children under physical &amp; emotional harm, ICPC 15/08.",
  ["DA"],
  [("convention", "partner remanded for DV against Tasha: DA only, no CRIME (conv. 7)")]),
 ("A", "orange",
  "Tasha says she used cocaine “a few times” before the pregnancy, none since, hair strand came back negative.\nKian (4) speech delayed, only mum can understand him, Portage visiting.",
  ["EYD"],
  [("historical", "cocaine use before pregnancy, none since, negative test: SUB not coded")]),
 ("C", "red",
  "Oscar &amp; Kian still on CP plans. Dean out on licence since Jan, licence condition not to contact Tasha but a neighbour saw him at the property 10/02. Police aware.",
  ["DA"],
  [("outside_household", "Dean no longer lives there: his licence is not CRIME for this household, his approach is DA")]),
])

case("Q19", "Millbrook East", "2025-03-24", "2025-09-08", [
 ("A", "orange",
  "Gareth ex army, PTSD. Had suicidal thoughts in Feb &amp; was sectioned for 2 weeks, now open to the crisis team and Combat Stress. Harvey (14) found him that night – now withdrawn, keeps asking if his dad is going to die, school counsellor seeing him.",
  ["MH-ADULT", "MH-CHILD"],
  []),
 ("A", "yellow",
  "Steph cut her hours to look after Gareth – rent and council tax now in arrears. PIP for Gareth refused, MR sent in. Steph worried they could lose the house if it fails.\nHarvey helps with Mollie’s bedtime and keeps an eye on his dad when Steph is at work.",
  ["FIN", "CARER"],
  [("hypothetical", "losing the house only if the MR fails: HOUS not coded"),
   ("convention", "refused PIP is a benefit problem: FIN")]),
 ("C", "yellow",
  "Gareth moved from the crisis team to the veterans mental health service, therapy weekly. PIP awarded at MR, arrears plan agreed with the housing association. Harvey linked with young carers, goes on Tuesdays.",
  ["MH-ADULT", "FIN", "CARER"],
  [("convention", "arrears still being repaid under a plan: FIN present")]),
])

case("Q20", "Stonegate", "2025-10-27", None, [
 ("A", "blue",
  "Laura &amp; Tom didnt know Evie could get a free 2 yr old place – gave them the Family Hub link, they have applied themselves. Laura's mum has Evie 2 days a week.",
  ["EYD"],
  [("convention", "nursery take-up acted on by the family after information: EYD present in blue")]),
 ("A", "green",
  "Evie (2½) – HV 2 yr review: not walking steadily yet and only a few words, referred to community paeds &amp; physio.\nTom has epilepsy, takes his prescribed drugs, seizure free 3 yrs.",
  ["EYD", "PH"],
  [("lookalike", "'prescribed drugs' for epilepsy: not SUB"),
   ("convention", "Tom's epilepsy under control, green box: PH present")]),
])

# ---------------------------------------------------------------- Q21-Q30
case("Q21", "Harrowfield", "2025-04-14", "2025-08-04", [
 ("A", "orange",
  "MISSING / EXPLOITATION\nKeira (15) missing x4 since Feb, found by police each time – last time in a flat with 2 adult males (19 &amp; 23). Has a new phone and clothes she cant explain. CSE screening tool came out high. Return home interviews done, exploitation panel 22/04.",
  ["SAFE-EXP"],
  [("convention", "police finding a missing child is safeguarding, not CRIME (conv. 7)"),
   ("lookalike", "screening tool 'high' is a risk rating, nothing about drugs")]),
 ("A", "yellow",
  "Michelle &amp; Keira rowing constantly, Keira swore at her and smashed the hall mirror when told she couldnt go out. Michelle says she has no boundaries she can actually enforce.  Keira’s attendance 62%.",
  ["REL-PAR", "EDU-ATT"],
  []),
 ("C", "red",
  "Escalated – s47 completed in July, Keira now on a CP plan (sexual exploitation). Found in Leeds 26/07, placed with her aunt under s20 from 28/07/2025.",
  ["SAFE-EXP"],
  []),
])

case("Q22", "Kestrel Bay", "2025-01-27", "2025-07-21", [
 ("A", "yellow",
  "Colin has memory problems since his stroke in 2022. House cluttered, kitchen not clean. Jamie says they mostly eat takeaways &amp; crisps and the fridge is often empty by Thursday. Colin says money runs out before payday – UC deductions for an advance.",
  ["PH", "SAFE-NEG", "FIN"],
  [("convention", "empty fridge = SAFE-NEG, money running out with UC deductions = FIN (conv. 10)"),
   ("convention", "stroke was 2022 but its effects are current: PH present")]),
 ("A", "green",
  "Jamie (12) at Kestrel Bay High, attendance 97%, loves football. He reminds his dad about his medication since the stroke and writes the shopping list. School to keep an eye should his attendance dip.",
  ["CARER", "PH"],
  [("good_news", "attendance 97%: no EDU-ATT"),
   ("hypothetical", "attendance only 'should it dip'")]),
 ("C", "yellow",
  "3 foodbank referrals made, Colin on the Better Off budgeting course, advance nearly paid back. Kitchen clean at the last 3 visits and fridge stocked.",
  ["FIN"],
  [("need_met", "kitchen clean, fridge stocked: SAFE-NEG not coded")]),
])

case("Q23", "Millbrook East", "2025-05-06", "2025-11-17", [
 ("A", "green",
  "Oliver (11) type 1 diabetic, does his own insulin on the pump, school nurse has a care plan. Daisy (8) over the 98th centile for weight per the NCMP letter from the school nurse.",
  ["PH"],
  [("convention", "child managing own insulin, green box: PH present (conv. 3)")]),
 ("A", "yellow",
  "Sarah diagnosed with breast cancer April 2025, chemo due to start June. Oliver has started doing the cooking and getting Daisy ready for school. Referred to Macmillan family support + young carers assessment.",
  ["PH", "CARER"],
  []),
 ("C", "blue",
  "Sarah finished chemo in Oct, waiting on her scan. Oliver back to “just being a kid” now Sarah's partner does the school run. They do a weekly walk and swim as a family for Daisy's healthy weight plan – Daisy fighting fit.",
  ["PH"],
  [("historical", "Oliver's caring role ended: CARER not coded"),
   ("lookalike", "'fighting fit' is not fighting/behaviour"),
   ("convention", "healthy weight plan run by the family, blue box: PH present")]),
])

case("Q24", "Stonegate", "2025-02-17", "2025-08-18", [
 ("A", "orange",
  "Anon referral – Shaun drunk at the school gate twice in Jan. Shaun admits drinking &#39;most days&#39; since he lost his job, says he is cutting down, referred to the drug &amp; alcohol team. Landlord has served a notice seeking possession for £1,850 rent arrears. Shaun says the flat upstairs have parties all night and police have been out to them twice.",
  ["SUB", "FIN", "HOUS"],
  [("outside_household", "neighbours' parties and police visits to them: not CRIME"),
   ("convention", "lost his job and not working = worklessness, FIN (also arrears)")]),
 ("A", "green",
  "Maisie (7) – school say she is often in the same clothes all week and hasnt had breakfast. Doing ok with her work. School would get the school nurse to weigh her if they notice any weight loss.",
  ["SAFE-NEG"],
  [("hypothetical", "weight check only if weight loss is noticed: PH not coded")]),
 ("C", "orange",
  "Possession hearing 12 Aug adjourned on terms: rent + £10 a week off the arrears. Shaun 6 weeks sober, going to AA and seeing his key worker at Horizon.",
  ["HOUS", "FIN", "SUB"],
  [("convention", "sober but still in treatment: SUB present (conv. 4)")]),
])

case("Q25", "Harrowfield", "2025-06-09", "2026-01-26", [
 ("A", "red",
  "CHILD IN NEED (S17) PLAN\nBen (9) – cerebral palsy, non verbal, needs hoisting. Joanne has hurt her back lifting him, on the waiting list for physio. OT request in for adaptations.\nRosie (12) helps with Ben's tube feeds every evening.",
  ["PH", "CARER"],
  []),
 ("A", "orange",
  "Family in a 1st floor flat with no lift, Ben cant be got up and down the stairs safely. Housing priority made for an adapted ground floor property. Ben has an EHCP at Willowbank Special School.",
  ["HOUS", "EDU-SEND"],
  []),
 ("C", "yellow",
  "Moved into the adapted bungalow Dec 2025. Rosie goes to young carers every fortnight, less involved with the feeds now the overnight carer comes in.",
  ["CARER"],
  [("need_met", "rehoused in an adapted bungalow: HOUS not coded"),
   ("lookalike", "'overnight carer' is an adult worker, not CARER")]),
])

case("Q26", "Kestrel Bay", "2025-09-29", None, [
 ("A", "orange",
  "Max (10) talking to an adult male on Roblox who sent him gifts &amp; asked for photos, Max sent 2 images. Police online CSE team investigating the male. Since it came out Max has started wetting the bed again.",
  ["SAFE-EXP", "PH"],
  [("outside_household", "police investigating an outside adult: not CRIME"),
   ("convention", "bedwetting at school age: PH (conv. 9)")]),
 ("A", "blue",
  "Hannah has read the online safety guides we sent &amp; put parental controls on the Xbox and the tablet herself.",
  ["SAFE-EXP"],
  [("convention", "online safety now managed by the parent, blue box: SAFE-EXP present")]),
])

case("Q27", "Millbrook East", "2025-03-10", "2025-09-15", [
 ("A", "yellow",
  "Zoe and Ryan split Dec 24, Ryan lives in Kestrel Bay now. Constant arguing by text about contact, Ryan has applied to court for a CAO. Zoe clear its not DA – “he’s never been controlling or violent, we just cant talk”. If Ryan stops paying maintenance Zoe says she&#39;d struggle with the rent. Referred to family mediation.",
  ["REL-CONF"],
  [("negated", "Zoe says not DA, never controlling or violent"),
   ("hypothetical", "rent struggle only if maintenance stops: no FIN/HOUS")]),
 ("A", "green",
  "Leo (6) very anxious since the split, clingy at drop off and cries for his dad, settles after 10 mins. Speech unclear, school SENCO has referred him to SALT.",
  ["MH-CHILD", "EDU-SEND"],
  [("convention", "speech at school age: EDU-SEND, not EYD (conv. 9)")]),
 ("C", "blue",
  "Court order made in July – Leo with Ryan alternate weekends + Weds tea. Handovers at McDonalds, Zoe says they are civil now and use a co-parenting app.",
  ["REL-CONF"],
  [("convention", "separated parents managing contact, blue box: REL-CONF present")]),
])

case("Q28", "Stonegate", "2025-11-17", "2026-05-11", [
 ("A", "orange",
  "Chantelle (14) lives with maternal gran Pat under an SGO since 2019. CAMHS eating disorder team involved since Oct, weight 85% of expected, weighed weekly at the GP.\nMum (Lisa) in &amp; out of rehab, not in the household, sporadic contact.",
  ["MH-CHILD", "PH"],
  [("outside_household", "mother's rehab: not in household, no SUB"),
   ("lookalike", "gran is a kinship carer: not CARER"),
   ("convention", "eating disorder = MH-CHILD; low weight monitored = PH")]),
 ("A", "yellow",
  "Pat is 71 and has COPD, finding it hard going. State pension only – struggling with the extra food Chantelle’s meal plan needs, behind on the gas.",
  ["PH", "FIN"],
  []),
 ("C", "orange",
  "Chantelle still with the CAMHS ED team, weight up to 92%. Pat was in hospital 4 nights in April with her chest. Guardian&#39;s Allowance now being paid and the gas arrears were cleared with a grant.",
  ["MH-CHILD", "PH"],
  [("historical", "gas arrears cleared: FIN not coded"),
   ("convention", "benefit name alone is not FIN (conv. 5)")]),
])

case("Q29", "Harrowfield", "2025-07-07", "2026-01-19", [
 ("A", "red",
  "PLO letter issued 01/07/25. Kirsty &amp; Jason both on methadone scripts, Jason positive for heroin on his last 2 tests. Aria (9m) on a CP plan under neglect since March – missed 3 HV contacts and 2 hospital appts for her hip.",
  ["SUB", "SAFE-NEG", "PH"],
  []),
 ("A", "orange",
  "Jason on probation until 2026 for shoplifting. Police called 22/06 to a row between Kirsty and Jason – he threw a mug at her. MARAC referral made.",
  ["CRIME", "DA"],
  [("convention", "household adult on probation = CRIME; his assault on Kirsty = DA only (conv. 7)")]),
 ("C", "red",
  "Care proceedings issued Nov, Aria placed with paternal aunt under an ICO. Kirsty still on her methadone script, last 3 tests clear. Jason left the household in Oct, no contact since.",
  ["SUB"],
  [("outside_household", "Jason has left: nothing coded for him"),
   ("convention", "still on a methadone script: SUB present (conv. 4)")]),
])

case("Q30", "Kestrel Bay", "2025-12-01", "2026-04-13", [
 ("A", "green",
  "Harriet (4) in reception, wetting herself most days, school nurse involved. Archie (8) hasnt seen a dentist since before covid, has tooth ache.",
  ["EYD", "PH"],
  [("convention", "under-5 toileting = EYD (conv. 9); dental = PH")]),
 ("A", "blue",
  "Rebecca’s hours at Boots were cut in Oct. Signposted to the Household Support Fund and the FSM form – she says she’ll apply this week.",
  ["FIN"],
  []),
 ("A", "yellow",
  "none",
  [],
  [("negated", "empty box")]),
 ("C", "blue",
  "FSM in place for both kids. Used the HSF voucher towards the gas bill in Jan. Rebecca says shes &quot;just about keeping her head above water&quot;.",
  ["FIN"],
  [("convention", "family still stretched and using a voucher, blue box: FIN present")]),
])

# ---------------------------------------------------------------- unboxed notes
UNBOXED = [
 dict(id="N001", stage="assessment", date="2025-10-14", loc="Millbrook East", level="green",
  text="Phone call from HV 14/10/2025 – mum (Stacey) tearful, EPDS 16. Baby (8 wks) feeding well &amp; gaining weight. HV visiting weekly, GP appt booked for Stacey.",
  codes=["MH-ADULT"],
  traps=[("good_news", "baby feeding and gaining weight: no EYD/PH"),
         ("convention", "cues HV + GP only: green")]),
 dict(id="N002", stage="assessment", date="2026-02-04", loc="Harrowfield", level="green",
  text="From: attendance@oakridge-sch.example Sent: Tuesday, February 3, 2026 09:12 To: Early Help Hub\nRE: Kacey Marsden Y10\nKacey (15)  attendance 58% this term, mostly Mondays &amp; Fridays. Mum says Kacey gets very heavy periods, GP appt made for 10/02.",
  codes=["EDU-ATT", "PH"],
  traps=[("convention", "cues school + GP only: green")]),
 dict(id="N003", stage="assessment", date="2025-06-30", loc="Stonegate", level="yellow",
  text="Referral to Citizens Advice for dad (Ian) – energy debt £2,100 and a PIP review letter he doesnt understand. Kids (7 &amp; 10) fine at school. No DA, no drugs/alcohol.",
  codes=["FIN"],
  traps=[("negated", "No DA, no drugs/alcohol"),
         ("good_news", "kids fine at school"),
         ("convention", "Citizens Advice = one extra service: yellow")]),
 dict(id="N004", stage="closure", date="2026-04-30", loc="Kestrel Bay", level="orange",
  text="CLOSURE NOTE – TAF plan ended 30.04.2026.\nLucas (13) managed move to Eastgate completed, now on roll there, no suspensions since Jan. Mum (Dawn) still goes to AA every week, 8 months sober.",
  codes=["SUB"],
  traps=[("historical", "managed move completed, no suspensions since: EDU-EXC not coded"),
         ("convention", "level = highest cue in text (TAF plan, managed move: orange) even though those issues are over")]),
 dict(id="N005", stage="assessment", date="2025-08-21", loc="Harrowfield", level="red",
  text="S47 strategy discussion 21/08/2025 – Tia (2) left alone in the flat for 3 hrs while mum (Roxanne) was at the pub, neighbour rang police. Roxanne admits she drinks most nights. Tia not registered with a GP and has had none of her development checks.",
  codes=["SAFE-NEG", "SUB", "EYD"],
  traps=[("convention", "police called about a child left alone = safeguarding, not CRIME; s47 cue: red")]),
 dict(id="N006", stage="assessment", date="2026-01-22", loc="Stonegate", level="blue",
  text="Dad (Kwame) rang for advice – Nathan (9) struggling to get to sleep, up till gone 11. Sent him the sleep tips leaflet &amp; the Family Hub drop-in times, he'll try the bedtime ideas himself and see the GP if no better in 6 wks.",
  codes=["PH"],
  traps=[("hypothetical", "GP only if no better: not a current green cue"),
         ("convention", "school-age sleep problem = PH (conv. 9); advice acted on by the family: blue")]),
 dict(id="N007", stage="assessment", date="2025-09-09", loc="Millbrook East", level="yellow",
  text="TC with mum (Lorraine) 09.09.25\n- Shannon (16) not in education, work or training since finishing Y11 in July, Youth Hub adviser now meeting her fortnightly\n- Reece (14) 2 suspensions since Sept for vaping in the toilets and being rude to staff, Lorraine says “hes not a bad lad”",
  codes=["EDU-NEET", "EDU-EXC"],
  traps=[("lookalike", "vaping is not SUB (conv. 12)"),
         ("convention", "16-year-old NEET: EDU-NEET only, no FIN; Youth Hub adviser = one extra service: yellow")]),
]

# ---------------------------------------------------------------- writer
def crlf(s):
    return s.replace("\r\n", "\n").replace("\n", "\r\n")

def main():
    nar_rows, gold_rows, traps = [], [], []
    for c in CASES:
        for stage, level, text, codes, tr in c["boxes"]:
            tid = "%s-%s" % (c["case"], stage)
            nid = "%s-%s" % (tid, level)
            date = c["a_date"] if stage == "A" else c["c_date"]
            nar_rows.append([nid, tid, c["case"], "assessment" if stage == "A" else "closure",
                             date, level, c["loc"], crlf(text)])
            for code in codes:
                gold_rows.append([nid, code, level])
            traps.append(dict(narrative_id=nid, box_level=level, gold=codes,
                              traps=[dict(type=t, note=n) for t, n in tr]))
    for u in UNBOXED:
        nar_rows.append([u["id"], u["id"], u["id"], u["stage"], u["date"], "", u["loc"], crlf(u["text"])])
        for code in u["codes"]:
            gold_rows.append([u["id"], code, u["level"]])
        traps.append(dict(narrative_id=u["id"], box_level="", gold_level=u["level"], gold=u["codes"],
                          traps=[dict(type=t, note=n) for t, n in u["traps"]]))

    def write(name, header, rows):
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\r\n")
            w.writerow(header)
            w.writerows(rows)

    write("narratives.csv",
          ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"],
          nar_rows)
    write("gold.csv", ["narrative_id", "code", "level"], gold_rows)
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(traps, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("narratives %d, gold rows %d" % (len(nar_rows), len(gold_rows)))

if __name__ == "__main__":
    main()
