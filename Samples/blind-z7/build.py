#!/usr/bin/env python3
"""Blind hand-coded gold set (set z7): abbreviation-heavy multi-agency voice.

Every narrative, its gold codes (present issues only) and trap notes are held
here by hand.  Running this writes narratives.csv, gold.csv and traps.json
(UTF-8 without BOM, CRLF line endings).

Trap types: negated, historical, hypothetical, lookalike, outside (person not
in the household), met (need now met / pure good news), convention (a numbered
taxonomy convention decides it), na (box just says N/A / nil); "note" entries are coding rationale, not traps.
"""
import csv
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# Each case: id, locality, assessment date, closure date (or None), boxes.
# Each box: (stage 'A'/'C', level, narrative, [codes], [(trap_type, note), ...])
CASES = []


def case(cid, loc, a_date, c_date, boxes):
    CASES.append(dict(cid=cid, loc=loc, a=a_date, c=c_date, boxes=boxes))


case("Z701", "Brackenford", "2025-01-14", "2025-06-19", [
    ("A", "green",
     "Ava (2y10m) - HV 2-2½yr rev: approx 15 words, not joining 2 words yet. Not toilet trained, in pull-ups day + night. "
     "Funded 15hrs nursery place offered, M not taken it up yet. Growth fine per GP, nil concerns.",
     ["EYD"],
     [("negated", "'Growth fine per GP, nil concerns' - no PH")]),
    ("A", "yellow",
     "M (Shannon) low mood since Ava born, GP started sertraline approx 6 wks ago. Evenings worst - F/D on night shifts at the depot "
     "so M alone w/ 3 CYP. EHW to do Family Star + link M to Mums Together peer grp.",
     ["MH-ADULT"],
     [("convention", "F/D working night shifts is not FIN (conv. 5)")]),
    ("C", "blue",
     "M goes to Mums Together every Tues, mood ↑, still on sertraline + knows to go back to GP if it dips. "
     "Ava at nursery 3 mornings/wk now.",
     ["MH-ADULT"],
     [("met", "Ava now at nursery: good news, no need stated in this box - no EYD"),
      ("hypothetical", "'if it dips' - but ongoing sertraline keeps MH-ADULT present (conv. 3/4)")]),
])

case("Z702", "Hollins Moor", "2025-02-03", "2025-07-11", [
    ("A", "yellow",
     "Kai (14) attendance 61% autumn term = PA. Refusing to leave the house most Mon/Tues. School offered reduced timetable, M declined. "
     "M + Kai rowing every morning, M says 'he won't listen to a word I say'.",
     ["EDU-ATT", "REL-PAR"], []),
    ("A", "orange",
     "Kai disclosed to DSL panic attacks + thoughts of SH, nil actual SH. CAMHS ref sent 28/01, awaiting triage. "
     "M reports own MH good, not open to GP/AMHS.",
     ["MH-CHILD"],
     [("negated", "M's own MH good, not open to AMHS - no MH-ADULT"),
      ("negated", "'nil actual SH' does not cancel MH-CHILD (panic attacks, CAMHS ref)")]),
    ("C", "yellow",
     "Kai on phased return, in 4 days/wk, attendance ↑ to 83% this half-term but still PA. "
     "CAMHS CBT x6 completed + discharged 02/07, nil further CAMHS input.",
     ["EDU-ATT"],
     [("historical", "CAMHS completed and discharged - no MH-CHILD")]),
    ("C", "blue", "N/A", [],
     [("na", "box says N/A")]),
])

case("Z703", "Castlegate", "2025-01-22", "2025-06-30", [
    ("A", "orange",
     "M (Leanne) disclosed DA by partner Ryan (was living at address) - coercive control, checks her phone, keeps her bank card. "
     "DASH 15 = high risk, MARAC ref 20/01, IDVA allocated. Police attended 18/01 after nbr rang, Ryan arrested + bailed w/ condition "
     "not to attend address.",
     ["DA"],
     [("convention", "partner arrested for the DV is DA only, not CRIME (conv. 7)"),
      ("convention", "keeping her bank card is economic abuse within DA, no money problem stated here - no FIN")]),
    ("A", "yellow",
     "Since Ryan left M has nil £ for gas/elec - prepay meter on emergency credit, M skipping meals so CYP (Tyler 6, Mia 4) can eat. "
     "UC was a joint claim in Ryan's name, new claim needed. Ref to Citizens Advice.",
     ["FIN"],
     [("convention", "children are fed (M skips meals) - fuel/food poverty is FIN, no SAFE-NEG (conv. 10)")]),
    ("C", "blue",
     "M finished Freedom Programme. Safety plan + non-mol in place until 03/26, Ryan nil contact since Feb. Sanctuary locks fitted.",
     ["DA"],
     [("note", "blue box: safety plan + non-mol order in place = now managing DA, present (conv. 3)")]),
])

case("Z704", "Wyebridge", "2025-03-10", "2025-08-28", [
    ("A", "yellow",
     "Jade (12) YC for M (MS) - helps w/ personal care, meds, cooks tea most nights. Late x9 this term + falling asleep in lessons per "
     "form tutor. Ref to Wyebridge Young Carers.",
     ["CARER", "PH", "EDU-ATT"], []),
    ("A", "green",
     "M on PIP + UC, budgets well, nil debts/arrears. OT home visit done, stairlift + bath seat ordered. GP reviewing M's meds 04/25.",
     ["PH"],
     [("convention", "PIP/UC named with no money problem - no FIN (conv. 5)"),
      ("negated", "'nil debts/arrears'"),
      ("lookalike", "OT = occupational therapist here")]),
    ("C", "blue",
     "M's MS stable at present, stairlift fitted so M more independent. Jade at YC grp fortnightly + has YC card for school, "
     "doing less personal care.",
     ["PH", "CARER"], []),
])

case("Z705", "Brackenford", "2025-03-06", "2025-09-30", [
    ("A", "orange",
     "Reece (15) missing x3 in Feb, found in Stockport by police 1st time w/ £400 cash + 2 phones. CCE/county lines concerns, NRM "
     "submitted. Open to YOS - referral order for ABH (offence Nov 24).",
     ["SAFE-EXP", "CRIME"],
     [("convention", "police finding a missing child is safeguarding, not CRIME; CRIME comes from the YOS referral order (conv. 7)")]),
    ("A", "red",
     "Strat mtg 04/03, s47 agreed. Reece found w/ 30 wraps of crack at a trap house in Leeds, arrested, RUI. M (Dawn) can't keep him "
     "in - he has pushed her x2 when she blocked the door. F/D in HMP, not part of household.",
     ["SAFE-EXP", "CRIME", "REL-PAR"],
     [("convention", "drugs found on an exploited child: SAFE-EXP + CRIME, not SUB (conv. 12)"),
      ("convention", "child-to-parent violence is REL-PAR, not DA (conv. 8)"),
      ("outside", "F/D in prison, outside household - his offending not coded")]),
    ("C", "orange",
     "Reece still attending YOS, ref order ends 12/25. Nil missing episodes since June. Still linked to older peers from Stockport, "
     "exploitation screening = medium risk.",
     ["CRIME", "SAFE-EXP"],
     [("negated", "'nil missing episodes since June' - SAFE-EXP still present via current exploitation risk")]),
])

case("Z706", "Hollins Moor", "2025-04-07", "2025-10-02", [
    ("A", "green",
     "Bella (18m) DNA 12m jabs x2, HV chasing. Seen by GP x3 since Jan w/ wheeze. Black mould on the wall in Bella's room.",
     ["PH", "HOUS"], []),
    ("A", "yellow",
     "5 in a 2-bed HA flat (M, F/D, 3 CYP), Bella's cot in parents' room. Disrepair reported to HA x2, nil action. On housing "
     "register band C. EHW to help w/ housing options + HA complaint.",
     ["HOUS"], []),
    ("C", "blue",
     "Still overcrowded - on register for 3-bed, M bidding every wk. HA treated the mould 06/25, nil return since. Bella's jabs UTD.",
     ["HOUS"],
     [("historical", "mould treated, nil return - over; HOUS stays via overcrowding"),
      ("met", "jabs now up to date - no PH")]),
])

case("Z707", "Castlegate", "2025-01-27", "2025-07-15", [
    ("A", "yellow",
     "Leo (8) FTS x3 this yr (hitting staff, throwing chairs), HT says at risk of PEx. On reduced timetable 9-12 since Jan. "
     "SEN support, on Paeds waiting list for ADHD ax.",
     ["EDU-EXC", "EDU-ATT", "EDU-SEND"], []),
    ("A", "orange",
     "Leo hitting + kicking M when told no, M has bruises on arms. Handovers w/ F/D (separated, lives Leeds) end in shouting in front "
     "of Leo, contact dispute ongoing - M says not DA, nil DASH indicators. TAF plan agreed 17/02.",
     ["REL-PAR", "REL-CONF"],
     [("convention", "child hitting parent is REL-PAR, not DA (conv. 8)"),
      ("negated", "'not DA, nil DASH indicators'"),
      ("convention", "contact dispute with separated F/D is REL-CONF for the family even though he lives elsewhere")]),
    ("C", "yellow",
     "MM to Castlegate Juniors agreed 04/25, Leo settling, nil FTS since move. ADHD dx 06/25, EHCP needs ax agreed. "
     "Contact now via court order, nil rows at handovers since May.",
     ["EDU-EXC", "EDU-SEND"],
     [("negated", "'nil FTS since move' - managed move still codes EDU-EXC"),
      ("historical", "rows at handover ended since May - no REL-CONF")]),
])

case("Z708", "Wyebridge", "2025-05-12", "2025-11-20", [
    ("A", "orange",
     "F/D (Darren) drinking daily, approx 2 bottles wine/night. Police called x2 by nbrs re shouting - M says verbal rows only, "
     "nil violence, not scared of him, DASH not indicated. F/D declined ref to Wyebridge Recovery Svc.",
     ["SUB", "REL-CONF"],
     [("negated", "'nil violence, not scared of him, DASH not indicated' - no DA"),
      ("convention", "police called about parents' rows is not CRIME (no offence, not a YP) (conv. 7/8)")]),
    ("A", "yellow",
     "Ethan (10) worried about F/D's drinking, tearful at school, hides in his room when the rows start. ELSA 1:1 weekly at school.",
     ["MH-CHILD"], []),
    ("C", "yellow",
     "F/D 8 wks into community alcohol programme w/ Wyebridge Recovery, drinking ↓ to wknds only, breath test -ve at appts.",
     ["SUB"],
     [("lookalike", "'-ve' breath test does not negate current SUB (still drinking, in treatment)")]),
])

case("Z709", "Brackenford", "2025-02-17", "2025-10-14", [
    ("A", "yellow",
     "Chloe (17) NEET since dropping out of Brackenford College in Nov. Allocated a PA at Next Steps careers svc, 1st appt 24/02.",
     ["EDU-NEET"],
     [("lookalike", "PA = personal adviser, not persistent absence - no EDU-ATT")]),
    ("A", "green",
     "M (Gemma) out of work since 2023, UC sanctioned in Jan after missed appt, rent arrears £620 w/ HA. "
     "M says she's 'robbing Peter to pay Paul'.",
     ["FIN"],
     [("lookalike", "'robbing Peter to pay Paul' is an idiom - no CRIME"),
      ("convention", "rent arrears without a notice is FIN, not HOUS")]),
    ("C", "blue",
     "Chloe started hairdressing apprenticeship 09/25, loves it. M paying £15/wk off the rent arrears, sanction ended.",
     ["FIN"],
     [("met", "Chloe now in an apprenticeship - NEET over, no EDU-NEET"),
      ("note", "paying off arrears in a blue box = now managing, FIN present (conv. 3)")]),
])

case("Z710", "Hollins Moor", "2025-03-12", "2025-11-03", [
    ("A", "red",
     "ICPC 12/03 - CP plan, cat. neglect. Home conditions v poor: dog mess on floors, nil food in fridge at HV visit, "
     "Mason (2y8m) + Lily (5) in soiled clothes. SW allocated.",
     ["SAFE-NEG"],
     [("lookalike", "'nil food in fridge' is a present need (SAFE-NEG), not a negation")]),
    ("A", "orange",
     "M (Kerry) smokes cannabis daily 'for her nerves', hair strand test +ve. Open to CMHT for depression, DNA last 2 appts.",
     ["SUB", "MH-ADULT"],
     [("convention", "missed CMHT appts are MH, not missed medical appts - no PH")]),
    ("A", "green",
     "Mason not taking up his funded nursery place, speech unclear, 2yr HV check DNA x2. Lily (Reception) attendance 79%, "
     "recurring head lice.",
     ["EYD", "EDU-ATT", "SAFE-NEG"], []),
])

case("Z711", "Castlegate", "2025-04-22", "2025-09-09", [
    ("A", "orange",
     "M + 2 CYP served s21 by private LL 14/04, notice ends 14/06 - LL selling up. Council accepted prevention duty, "
     "housing officer allocated.",
     ["HOUS"], []),
    ("A", "yellow",
     "M works PT as a TA at St Bede's + UC top-up. Rent arrears £1,100 since LL ↑ rent by £150/m. Citizens Advice appt 02/05.",
     ["FIN"],
     [("lookalike", "TA = teaching assistant (her job), not temporary accommodation")]),
    ("A", "green",
     "Noah (7) asthma, well controlled, inhaler kept at school, asthma rev w/ practice nurse 03/25. Isla (4) immunisations UTD.",
     ["PH"],
     [("met", "Isla's immunisations up to date - good news only")]),
    ("C", "orange",
     "Family in TA (B&B, 1 room) since 13/06, 45 mins from school. Noah late most days - 2 buses.",
     ["HOUS", "EDU-ATT"], []),
])

case("Z712", "Wyebridge", "2025-02-24", "2025-08-04", [
    ("A", "yellow",
     "Zara (3y4m) not toilet trained, refuses potty, tantrums 1hr+ most days. M booked on Wyebridge 'Toddler Steps' parenting course.",
     ["EYD", "REL-PAR"], []),
    ("A", "green",
     "M 32/40 w/ 2nd. Hx PND after Zara (2022), MW says mood currently good, perinatal MH to review should symptoms return. "
     "DA in M's previous relationship (2019), nil contact w/ ex.",
     [],
     [("historical", "PND after first baby, mood currently good - no MH-ADULT"),
      ("hypothetical", "'should symptoms return'"),
      ("historical", "DA in 2019 relationship, no contact - no DA"),
      ("convention", "pregnancy itself is not PH")]),
    ("C", "green",
     "Baby Anvi born 05/25, feeding well. M's EPDS 15 at 6-8 wk check, GP started sertraline + ref to talking therapies.",
     ["MH-ADULT"],
     [("met", "'feeding well' - good news, no EYD")]),
])

case("Z713", "Brackenford", "2025-09-15", "2026-02-10", [
    ("A", "yellow",
     "Sophie (13) bullied on Snapchat by Y8 girls, screenshots given to DSL. Also sent images to a 'boy' (age unknown) she met on a "
     "gaming app - CEOP report made. Sophie tearful + withdrawn at home.",
     ["SAFE-EXP", "MH-CHILD"], []),
    ("C", "blue",
     "Sophie knows how to block/report, parental controls on, M checks her phone w/ her weekly. Girls moved form groups, "
     "Sophie says bullying has stopped.",
     ["SAFE-EXP"],
     [("historical", "bullying stopped - over"),
      ("note", "online-safety measures still in use = now managing SAFE-EXP in a blue box (conv. 3)")]),
    ("C", "green",
     "Sophie seeing school counsellor weekly, mood ↑, still has wobbles re friendships.",
     ["MH-CHILD"], []),
])

case("Z714", "Hollins Moor", "2025-02-11", "2025-08-21", [
    ("A", "yellow",
     "F/D (Craig) online gambling - approx £8k on credit cards + payday loans, M found out 02/25. Parents arguing most nights, "
     "M thinking of separating. Nil violence, M says she feels safe at home.",
     ["FIN", "REL-CONF"],
     [("convention", "gambling debts are FIN, not SUB (conv. 10)"),
      ("negated", "'nil violence, feels safe' - no DA")]),
    ("A", "green",
     "Ruby (9) quieter in class, asked SN if her parents are splitting up. SN doing 1:1 check-ins fortnightly. Alfie (6) nil concerns.",
     ["MH-CHILD"],
     [("negated", "Alfie nil concerns")]),
    ("C", "blue",
     "Parents separated amicably 07/25, F/D moved to a flat in town, contact agreed informally (Sat + Weds tea). "
     "Debts all in F/D's name, he's on a DMP w/ StepChange.",
     ["REL-CONF"],
     [("outside", "F/D has left the household and the debts are his alone - no FIN"),
      ("note", "separation with informal contact arrangements = now managing REL-CONF in a blue box")]),
])

case("Z715", "Castlegate", "2025-06-02", "2025-12-08", [
    ("A", "orange",
     "M (Natalie) bipolar, open to CMHT, inpatient s2 Apr-May 25. Crisis plan in place. Kian (13) + Lacey (10) stayed w/ MGM "
     "during the admission, both back home now.",
     ["MH-ADULT"],
     [("outside", "MGM lives elsewhere; the stay is over")]),
    ("A", "yellow",
     "Kian does the weekly shop, prompts M's meds + stays off school on M's bad days (attendance 84%). Ref to Castlegate Young Carers.",
     ["CARER", "EDU-ATT"], []),
    ("C", "blue",
     "M stable, care co-ord visits monthly, lithium levels checked. Kian goes to YC grp, still prompts M w/ meds but says "
     "'it's not a big deal now'.",
     ["MH-ADULT", "CARER"], []),
])

case("Z716", "Wyebridge", "2025-05-19", "2025-12-01", [
    ("A", "yellow",
     "Freddie (2y3m) global dev delay, not walking yet. Portage weekly since Mar. Paeds at Wyebridge Gen, genetic testing pending.",
     ["EYD", "PH"], []),
    ("A", "blue",
     "M works FT (nurse), F/D cut to PT to be Freddie's main carer + gets Carer's Allowance. Family say they're managing £ fine.",
     [],
     [("convention", "'main carer' / Carer's Allowance is a parent carer - not CARER (conv. 5/12)"),
      ("negated", "managing money fine - no FIN")]),
    ("C", "green",
     "Freddie walking w/ frame since 08/25, physio 6-wkly. Portage ended when he started nursery 15hrs, keyworker carrying on "
     "w/ his targets.",
     ["PH", "EYD"],
     [("historical", "Portage ended - EYD still present via nursery targets")]),
])

case("Z717", "Brackenford", "2025-05-06", "2025-12-16", [
    ("A", "orange",
     "Jordan (15) arrested 02/05 for crim damage (bus shelter) + ASB in town centre w/ a group, ASB warning letter. "
     "Youth caution 20/05, YOS prevention worker allocated.",
     ["CRIME"], []),
    ("A", "yellow",
     "Jordan vapes, M suspects cannabis but Jordan denies + nil evidence. Out til midnight most nights, ignores M's curfew, "
     "M says 'I've got no control over him'.",
     ["REL-PAR"],
     [("convention", "vaping is not SUB (conv. 12)"),
      ("negated", "cannabis suspected but denied, nil evidence - no SUB")]),
    ("C", "yellow",
     "YOS work ends 01/26. Jordan still breaching curfew 2-3x/wk, rows w/ M when she takes his phone.",
     ["CRIME", "REL-PAR"], []),
])

case("Z718", "Hollins Moor", "2025-04-28", "2025-11-11", [
    ("A", "green",
     "Amira (11) T1 diabetes dx 03/25, managing own insulin via pump. SN + diabetes nurse wrote school IHCP.",
     ["PH"], []),
    ("A", "yellow",
     "Amira missed 14 days since dx (hospital appts + hypos), attendance 86%. Anxious re starting secondary + injecting in front "
     "of peers. Ref to Hollins Wellbeing Svc (YP counselling).",
     ["EDU-ATT", "MH-CHILD"], []),
    ("C", "blue",
     "Amira settled at Hollins High, diabetes well controlled, carries own kit. Anxiety resolved per Amira + M, wellbeing svc "
     "closed 10/25.",
     ["PH"],
     [("historical", "anxiety resolved, service closed - no MH-CHILD"),
      ("note", "diabetes self-managed in a blue box = PH present (conv. 3)")]),
])

case("Z719", "Castlegate", "2026-01-20", "2026-06-15", [
    ("A", "yellow",
     "Oliver (6) ASC dx 2024, SLT in school for expressive language. SENCO submitted EHCP needs ax 01/26.",
     ["EDU-SEND"],
     [("convention", "speech and language for a school-age child is EDU-SEND, not EYD (conv. 9)")]),
    ("A", "green",
     "Oliver eats beige foods only, GP ref to dietitian. Sleeps approx 5 hrs, up at 3am most nights.",
     ["PH"], []),
    ("C", "green",
     "EHCP issued 05/26, 1:1 TA 25hrs. Sleep ↑ w/ melatonin via Paeds.",
     ["EDU-SEND", "PH"],
     [("lookalike", "TA = teaching assistant - no HOUS")]),
])

case("Z720", "Wyebridge", "2025-04-14", "2025-10-10", [
    ("A", "yellow",
     "Courtney (17) mum to Harley (5m), both live w/ MGM + MGF. Courtney not in EET, wants to go back to college in Sept. "
     "Care to Learn info given.",
     ["EDU-NEET"],
     [("hypothetical", "wants to return to college in Sept - still NEET now")]),
    ("A", "blue",
     "MGM (they live w/ her) has COPD, Courtney collects her prescriptions + does the shopping. Harley's F (18) not involved, nil contact.",
     ["PH", "CARER"],
     [("outside", "Harley's father not in household")]),
    ("C", "blue",
     "Courtney started childcare L2 at Wyebridge College 09/25, attending well, Harley in the college crèche.",
     [],
     [("met", "Courtney now in college - NEET over")]),
])

case("Z721", "Brackenford", "2025-10-06", "2026-03-02", [
    ("A", "orange",
     "EHW visit: nil food in house, Ruby-Mae (8) + Tommy (6) said they'd had no tea. Gas + elec off 3 days, prepay meter nil credit. "
     "M (Stacey) UC stopped after change of circs. Food bank + fuel vouchers given same day.",
     ["SAFE-NEG", "FIN"],
     [("note", "hungry children/no food = SAFE-NEG and food bank/fuel = FIN, both (conv. 10)")]),
    ("A", "yellow",
     "M tearful + overwhelmed, says she 'can't cope', GP appt bk'd re depression. Nil thoughts of SH.",
     ["MH-ADULT"],
     [("negated", "'nil thoughts of SH' does not cancel MH-ADULT")]),
    ("C", "green",
     "UC reinstated + backdated. M on Warm Home Discount + budgeting plan w/ Brackenford Money Advice, food in cupboards at last visit.",
     ["FIN"],
     [("met", "food in cupboards - no SAFE-NEG"),
      ("note", "budgeting plan / fuel discount ongoing = now managing FIN in a green box")]),
])

case("Z722", "Hollins Moor", "2025-02-19", "2025-12-05", [
    ("A", "yellow",
     "F/D (Lee) sole carer for Kayla (7) + Jack (4) since M got a custodial sentence 01/25. Kayla wetting the bed nightly + angry "
     "outbursts at home, kicks doors.",
     ["PH", "REL-PAR"],
     [("outside", "M in prison - her offending not coded"),
      ("convention", "'sole carer' is a parent, not CARER; bedwetting at school age is PH (conv. 9/12)")]),
    ("A", "orange",
     "F/D on licence til 11/25 (theft 2023), probation fortnightly, nil reoffending. F/D smokes weed 'to unwind' once CYP in bed.",
     ["CRIME", "SUB"],
     [("convention", "adult on licence/probation is CRIME even with nil reoffending (conv. 7)"),
      ("lookalike", "'weed' = cannabis")]),
    ("C", "yellow",
     "F/D licence ended 11/25, nil further probation. Still smoking cannabis 1-2x/wk, engaging w/ Hollins Drug + Alcohol Svc.",
     ["SUB"],
     [("historical", "licence ended - no CRIME")]),
])

case("Z723", "Castlegate", "2025-01-13", "2025-06-24", [
    ("A", "orange",
     "Tyrese (14) FTS x4 this yr (vaping in toilets, fighting), HT says PEx next. MM to Castlegate Academy agreed 10/02. "
     "Exploitation screening: nil CCE indicators, to be reviewed if missing episodes or new older peers.",
     ["EDU-EXC"],
     [("convention", "vaping is not SUB (conv. 12)"),
      ("negated", "nil CCE indicators"),
      ("hypothetical", "'to be reviewed if missing episodes' - no SAFE-EXP")]),
    ("A", "yellow",
     "M (Precious) works nights at a care home. Tyrese swears at M + refuses to hand over his phone at bedtime. "
     "M booked on Castlegate 'Parenting Teens' course.",
     ["REL-PAR"],
     [("convention", "working nights is not FIN (conv. 5)"),
      ("lookalike", "care home job - not CARER")]),
    ("C", "green",
     "Tyrese settled at Castlegate Academy after MM, nil FTS since 03/25, weekly report card w/ HoY.",
     ["EDU-EXC"],
     [("negated", "nil FTS since March - EDU-EXC stays via managed move + behaviour report card")]),
])

case("Z724", "Wyebridge", "2025-06-09", "2025-11-24", [
    ("A", "yellow",
     "Megan (16) drinking at wknds w/ mates. Police brought her home x1 (welfare - drunk in park, nil offence). "
     "Ref to Wyebridge YP Substance Svc.",
     ["SUB"],
     [("convention", "police welfare return is not CRIME (conv. 7)")]),
    ("A", "green",
     "Megan Y11 attendance 96%. GP appt bk'd re heavy periods + tiredness. Megan's friend self-harms, Megan upset about it but says "
     "she's OK herself.",
     ["PH"],
     [("outside", "friend's self-harm is outside the household"),
      ("negated", "Megan says she's OK - no MH-CHILD"),
      ("met", "attendance 96% - good news only")]),
    ("C", "blue",
     "Megan completed substance svc sessions, says nil alcohol since July, M agrees. Started A-levels at Wyebridge College.",
     [],
     [("historical", "nil alcohol since July - SUB over")]),
])

case("Z725", "Brackenford", "2025-09-03", "2026-04-13", [
    ("A", "red",
     "Strat mtg 03/09 after F/D (Gary) assaulted M in front of Lola (4). Gary charged + remanded. s47 -> ICPC 24/09, "
     "CP plan (emotional harm). MARAC 18/09.",
     ["DA"],
     [("convention", "partner charged/remanded for the assault is DA only, not CRIME (conv. 7)")]),
    ("A", "orange",
     "M (Aimee) drinking ↑ since the assault, approx ½ bottle vodka/day. Ref to Brackenford Alcohol Svc. On AMHS waiting list for "
     "PTSD trauma therapy.",
     ["SUB", "MH-ADULT"], []),
    ("C", "orange",
     "CP plan ended 02/26. Non-mol in place til 2027. Gary released on licence w/ exclusion zone, M has IDVA + safety plan.",
     ["DA"],
     [("outside", "Gary not in household - his licence is not CRIME (conv. 6/7)")]),
    ("C", "red",
     "Nil - CP plan ended 02/26, see orange.",
     [],
     [("na", "red box says nil"),
      ("historical", "CP plan ended")]),
])

case("Z726", "Hollins Moor", "2026-01-12", "2026-06-29", [
    ("A", "yellow",
     "Riley (9) lives w/ MGM (Pat) under SGO since 2023. M not in household (heroin use, lives in Leeds). Riley 3 internal "
     "exclusions + 1 FTS in Jan for swearing at staff.",
     ["EDU-EXC"],
     [("outside", "M's heroin use - she is not in the household, no SUB"),
      ("convention", "MGM is a kinship carer - not CARER (conv. 12)")]),
    ("A", "green",
     "MGM (68, Riley's SGO carer) knee replacement due 04/26, worried who'll do the school run. Gets pension credit, nil money worries.",
     ["PH"],
     [("negated", "pension credit, nil money worries - no FIN")]),
    ("C", "green",
     "Riley on behaviour plan w/ HoY, 1 FTS (Mar), internal exclusions ↓. MGM recovered from her op, back driving.",
     ["EDU-EXC"],
     [("historical", "MGM recovered - no PH")]),
])

case("Z727", "Castlegate", "2025-03-31", "2025-09-22", [
    ("A", "yellow",
     "Family (M, F/D, 3 CYP) granted refugee status 03/25, 28-day move-on from asylum accom, now in council TA (hostel). UC claim "
     "pending, nil income 4 wks, using Castlegate food bank. Zain (10m) not GP reg'd, nil immunisations yet.",
     ["HOUS", "FIN", "PH"],
     [("lookalike", "'nil immunisations yet' is a present need, not a negation")]),
    ("A", "orange",
     "F/D PTSD (war trauma), nightmares, open to CMHT via GP, Arabic interpreter needed. Yusuf (9) + Hana (7) started Castlegate "
     "Primary 14/04, attending well.",
     ["MH-ADULT"],
     [("met", "children attending well - good news only")]),
    ("C", "green",
     "Moved to 3-bed council house 08/25, UC in payment. F/D still seeing CMHT, nightmares ↓. Zain now GP reg'd + on catch-up "
     "jabs schedule.",
     ["MH-ADULT", "PH"],
     [("met", "settled housing and UC paid - no HOUS/FIN")]),
])

case("Z728", "Wyebridge", "2025-03-17", "2025-07-28", [
    ("A", "green",
     "Poppy (3) still in nappies, refuses potty, HV gave toileting advice. Fussy eater but HV weighed her - 50th centile, nil concern.",
     ["EYD"],
     [("negated", "weight nil concern - no PH")]),
    ("A", "blue",
     "M doing the free Solihull online course for Poppy's tantrums, says ↓ already. MGM + PGM both local + help out.",
     ["REL-PAR"], []),
    ("C", "blue",
     "Poppy toilet trained since 06/25, nil accidents. Tantrums stopped.",
     [],
     [("historical", "toileting and tantrums both over")]),
])

# Unboxed notes: (id, locality, stage, date, narrative, codes, gold level, traps)
UNBOXED = [
    ("U701", "Brackenford", "assessment", "2025-10-21",
     "Police call-out x3 in Oct re Connor (13) smashing windows + threatening M w/ kitchen knife. F/D at home but says he can't "
     "manage him either. Connor ADHD dx, on reduced timetable 3 hrs/day.",
     ["REL-PAR", "CRIME", "EDU-SEND", "EDU-ATT"], "orange",
     [("convention", "child-to-parent violence with police = REL-PAR + CRIME, not DA (conv. 8)")]),
    ("U702", "Hollins Moor", "assessment", "2025-11-04",
     "M (Joanne) + Darcy (10) harassed by nbrs - dog mess left on path, verbal abuse, reported to council ASB team x4. M wants a move, "
     "HA looking at mgmt transfer, EHW to help w/ the application. Darcy anxious, not sleeping, school counsellor seeing her weekly.",
     ["HOUS", "MH-CHILD", "PH"], "yellow",
     [("outside", "neighbours' ASB is not CRIME; its effect on the family is HOUS (conv. 6)"),
      ("note", "sleep problem at school age is PH (conv. 9)")]),
    ("U703", "Castlegate", "closure", "2025-12-10",
     "Closure summary: M managing on her own now - uses a budgeting app, paying £25/m off council tax arrears. "
     "CYP attendance fine, nil concerns.",
     ["FIN"], "blue",
     [("negated", "attendance fine, nil concerns - no EDU-ATT")]),
    ("U704", "Wyebridge", "assessment", "2026-01-15",
     "HV contact: Theo (7m) not yet weaned onto solids, M unsure how to start, HV gave a weaning plan. M's EPDS 6, nil concerns re mood.",
     ["EYD"], "green",
     [("negated", "EPDS low, nil concerns re mood - no MH-ADULT")]),
    ("U705", "Brackenford", "assessment", "2025-07-08",
     "ICPC 07/07: CP plan for Kacey (14), cat. sexual abuse/CSE - male (22) picking her up from school, missing x2 overnight. "
     "Kacey cutting, seen by CAMHS crisis team.",
     ["SAFE-EXP", "MH-CHILD"], "red",
     [("outside", "the adult male is outside the household; coded only as the exploitation of Kacey (conv. 6)")]),
    ("U706", "Hollins Moor", "closure", "2026-03-18",
     "Phone call w/ M: F/D says his drinking is 'under control', keeps a drink diary + his brother checks in on him most days. "
     "Rent arrears cleared in Jan, nil risk to tenancy now. M says if things slip again she knows where to get help.",
     ["SUB"], "blue",
     [("historical", "arrears cleared - no FIN/HOUS"),
      ("hypothetical", "'if things slip again'"),
      ("note", "drink diary + brother checking in = now managing SUB with own network; no service named so level blue")]),
    ("U707", "Castlegate", "assessment", "2025-09-29",
     "EWO ref: Maisie (11) PA - 72%. M says Maisie has a 'bad tummy' most mornings, GP found nil physical cause. FSM. "
     "EHW allocated re attendance.",
     ["EDU-ATT"], "yellow",
     [("negated", "GP found nil physical cause - no PH"),
      ("convention", "FSM entitlement alone is not FIN (treated like a benefit name, conv. 5)")]),
    ("U708", "Wyebridge", "closure", "2025-08-12",
     "Final TAF mtg: Liam (16) got 5 GCSEs, starting Wyebridge College Sept so nil NEET risk. Still under YOS on referral order "
     "til 10/25, complying. M's DA from ex (2021) - no contact, not a current issue.",
     ["CRIME"], "orange",
     [("negated", "nil NEET risk"),
      ("historical", "DA from ex in 2021, no contact - no DA")]),
]

LEVELS = ["blue", "green", "yellow", "orange", "red"]


def main():
    narr_rows, gold_rows, traps = [], [], {}
    for c in CASES:
        for stage_key, stage, date in (("A", "assessment", c["a"]), ("C", "closure", c["c"])):
            boxes = [b for b in c["boxes"] if b[0] == stage_key]
            boxes.sort(key=lambda b: LEVELS.index(b[1]))
            for _, level, text, codes, tr in boxes:
                tid = "%s-%s" % (c["cid"], stage_key)
                nid = "%s-%s" % (tid, level)
                narr_rows.append([nid, tid, c["cid"], stage, date, level, c["loc"], text])
                for code in codes:
                    gold_rows.append([nid, code, level])
                traps[nid] = {"codes": codes, "level": level,
                              "traps": [{"type": t, "note": n} for t, n in tr]}
    for nid, loc, stage, date, text, codes, level, tr in UNBOXED:
        narr_rows.append([nid, nid, nid, stage, date, "", loc, text])
        for code in codes:
            gold_rows.append([nid, code, level])
        traps[nid] = {"codes": codes, "level": level,
                      "traps": [{"type": t, "note": n} for t, n in tr]}

    def write(name, header, rows):
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\r\n")
            w.writerow(header)
            w.writerows(rows)

    write("narratives.csv",
          ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"],
          narr_rows)
    write("gold.csv", ["narrative_id", "code", "level"], gold_rows)
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8", newline="") as f:
        f.write(json.dumps(traps, ensure_ascii=False, indent=1).replace("\n", "\r\n") + "\r\n")

    n_trap = sum(1 for v in traps.values() if any(t["type"] != "note" for t in v["traps"]))
    print("narratives %d (boxed %d, unboxed %d), gold rows %d, narratives with traps %d"
          % (len(narr_rows), len(narr_rows) - len(UNBOXED), len(UNBOXED), len(gold_rows), n_trap))


if __name__ == "__main__":
    main()
