#!/usr/bin/env python3
"""Blind gold set z118: a month (Nov 2025) on a North East city's early help duty desk.

All narratives, gold codes and trap notes are held here, one narrative at a time.
Writes narratives.csv, gold.csv and traps.json (UTF-8, no BOM, CRLF) and prints counts.
Standard library only.
"""
import csv
import json
import os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))

CASES = []  # filled in below, case ids assigned in order Z001, Z002, ...


def case(locality, a_date, c_date, *items):
    CASES.append(dict(locality=locality, a=a_date, c=c_date, items=items))


def box(stage, level, text, codes=(), traps=()):
    """A narrative written in a level box. stage 'A' or 'C'."""
    return dict(stage=stage, level=level, note_level=None, text=text,
                codes=list(codes), traps=list(traps))


def note(stage, note_level, text, codes=(), traps=()):
    """An unboxed note; note_level = the single highest level cue in the text
    (convention 2), used for all its gold rows (None if it has no present codes)."""
    return dict(stage=stage, level='', note_level=note_level, text=text,
                codes=list(codes), traps=list(traps))


def t(kind, code, text):
    return dict(type=kind, code=code, note=text)


# ---------------------------------------------------------------------------
# Z001  Eastfell - toddler speech/nursery, PND-type low mood, bedtimes
case('Eastfell', '2025-11-03', '2026-02-10',
     box('A', 'green',
         "Mam (29) + Leo (3) + Ava (7mo). Leo 2yr chk only done at 2y10m - ASQ below cut off for comms, "
         "approx 10 words, no 2 word phrases. 15hr funded nursery place offered Sept, not taken up. "
         "Ava imms up to date, HV no concerns re her.",
         ['EYD'],
         [t('not-coded', 'PH', "'Ava imms up to date, HV no concerns' is pure good news where no need is stated (conv 3)."),
          t('convention', 'EYD', "Under-5 speech + nursery not taken up -> EYD (conv 9).")]),
     box('A', 'yellow',
         "Mam low since Ava born, GP started sertraline 3/52 ago, says she cries most days. No bedtime routine - "
         "Leo up til 11pm most nights on the tablet, Mam too exhausted to fight it. EHW to do fortnightly home "
         "visits + link in w/ Bumps&Beyond group.",
         ['MH-ADULT', 'REL-PAR'],
         [t('not-coded', 'PH', "Late bedtime described as a missing routine (REL-PAR), not a sleep problem; 'exhausted' is not a health condition.")]),
     box('C', 'blue',
         "Mam goes to Bumps&Beyond on her own now, made a couple of friends there. Bedtime routine in - "
         "bath/book/bed, Leo asleep by 8 most nights. Still on sertraline, mood 'loads better'.",
         ['REL-PAR', 'MH-ADULT'],
         [t('convention', 'REL-PAR', "Blue box, routine now in place = family now managing -> present (conv 3)."),
          t('convention', 'MH-ADULT', "Still on sertraline = ongoing treatment (conv 4).")]),
     box('C', 'green',
         "Leo started Little Acorns nursery Jan, 15hrs, going every session. HV ref'd to SALT, on waiting list.",
         ['EYD'],
         [t('convention', 'EYD', "Awaiting SALT for an under-5 is an ongoing service -> EYD (conv 4, 9).")]),
     )

# Z002  Pitside - teen CCE, missing, CTPV, PTT
case('Pitside', '2025-11-04', '2026-01-30',
     box('A', 'yellow',
         "kian (15) att 64% aut term = PA. 2x susp since sept (fighting, swearing at staff), sch now have him on "
         "PTT 3 days/wk. mam says he wont get up for sch + stays out past midnight, ignores curfew.",
         ['EDU-ATT', 'EDU-EXC', 'REL-PAR'],
         [t('convention', 'EDU-ATT', "Part-time timetable is listed under EDU-ATT, suspensions under EDU-EXC.")]),
     box('A', 'orange',
         "MFH x3 since sept, last time found by police in Hallgarth w/ older lads. £300 cash + 2nd phone found in "
         "his room. CCE concerns - ref to exploitation panel, RHIs done x3. 14/10 police called to home - kian "
         "punched door + pushed mam into wall when she took phone off him. no charges, mam wouldnt make statement.",
         ['SAFE-EXP', 'REL-PAR', 'CRIME'],
         [t('convention', 'CRIME', "Police finding him when missing is safeguarding, not CRIME (conv 7); the police call-out about his violence at home is CRIME (conv 7, 8) even with no charge."),
          t('convention', 'DA', "Son pushing mam is child-to-parent violence: REL-PAR (+CRIME as police attended), not DA (conv 8).")]),
     box('C', 'orange',
         "kian arrested 12/1 in Hallgarth - poss w/ intent, 14 wraps cannabis on him. now open to YOS, NRM "
         "submitted, exploitation panel still tracking. EH closing - YOS lead. PTT still 3 days.",
         ['SAFE-EXP', 'CRIME', 'EDU-ATT'],
         [t('convention', 'SUB', "Drugs found on an exploited child are SAFE-EXP + CRIME, not SUB (conv 12)."),
          t('convention', 'EDU-ATT', "PTT continuing = current part-time timetable.")]),
     )

# Z003  Haughfield - DA (arrest, MARAC), bedwetting, Freedom Programme
case('Haughfield', '2025-11-05', '2026-03-04',
     box('A', 'orange',
         "MASH ref - police DA incident 1/11. Dad (Craig, 38) arrested for assault on Mam (Shannon, 31), "
         "Tyler (8) + Evie (5) in house at time. DASH 15 = high, MARAC 20/11. Craig bailed, conds not to contact "
         "Mam or attend address. IDVA allocated.",
         ['DA'],
         [t('convention', 'CRIME', "Partner's arrest/assault on the adult victim is DA only, not CRIME (conv 7).")]),
     box('A', 'yellow',
         "Mam v anxious, jumps at every knock, says she is 'on edge constantly'. Tyler wetting the bed again since "
         "1/11 + clingy at sch drop off, teacher says withdrawn in class. EHW to ref Mam to Freedom Programme + do "
         "feelings work w/ Tyler.",
         ['MH-ADULT', 'PH', 'MH-CHILD', 'DA'],
         [t('convention', 'PH', "Bedwetting at school age -> PH (conv 9)."),
          t('convention', 'DA', "Referral to the Freedom Programme after the incident codes DA (conv 4).")]),
     box('A', 'blue',
         "Mam's sister 2 streets away, has kids after sch when needed. Locks changed + video doorbell fitted via "
         "Safer Homes, Mam has a safety plan.",
         ['DA'],
         [t('convention', 'DA', "Blue box: target-hardening + safety plan = family managing the DA risk -> present (conv 3).")]),
     box('C', 'blue',
         "Mam finished Freedom Prog in Feb. Craig convicted Jan, restraining order 2 yrs, no contact since Nov. "
         "Mam knows to ring 999 if he breaches + keeps the doorbell footage.",
         ['DA'],
         [t('convention', 'DA', "Judgement: a live restraining order plus Mam's breach plan is the family now managing (conv 3), not an issue described as over, despite 'no contact since Nov'.")]),
     box('C', 'green',
         "Tyler - bedwetting stopped per Mam, sch nurse closed him. Teacher says settled + happier, playing out "
         "w/ friends again.",
         [],
         [t('historical', 'PH', "Bedwetting 'stopped' -> historical (conv 3)."),
          t('not-coded', 'MH-CHILD', "Settled and happier is good news with no need stated.")]),
     )

# Z004  Brindlebank - young carer, dad MS, PIP appeal, arrears
case('Brindlebank', '2025-11-05', '2026-02-24',
     box('A', 'blue',
         "Mam has rung Citizens Advice herself re Dad's PIP - refused at MR, appeal lodged. Set up £20/wk off "
         "rent arrears (£640) w/ HA.",
         ['FIN'],
         [t('convention', 'FIN', "PIP refusal is a benefit problem, and arrears being paid off in a blue box = managing (conv 3, 5)."),
          t('not-coded', 'PH', "PIP never implies PH by itself (conv 5).")]),
     box('A', 'green',
         "Dad (Gary, 46) MS dx 2019, mobility much worse this yr, wheelchair outdoors. Neuro r/v due Jan. "
         "GP aware of family sit.",
         ['PH'],
         [t('convention', 'PH', "Diagnosis year 2019 does not make it historical; the condition is current.")]),
     box('A', 'yellow',
         "Ellie (12) doing loads at home - reminds Dad re meds, helps him transfer bed/chair when Mam on nights at "
         "the care home, cooks tea 4x wk. Late to sch 11x this half term. Ref to Young Carers Service for YC assessment.",
         ['CARER', 'EDU-ATT'],
         [t('convention', 'CARER', "Mam working at a care home is not CARER; the code is for Ellie, the child who cares (conv 12).")]),
     box('C', 'blue',
         "Ellie at YC club every Tues, loves it. PIP appeal won + backdated, arrears cleared Dec.",
         ['CARER'],
         [t('convention', 'CARER', "Ongoing young carers club codes CARER (conv 4)."),
          t('historical', 'FIN', "Appeal won, arrears 'cleared' -> historical (conv 3).")]),
     )

# Z005  Eastfell - s47, substance-using parents, baby unsupervised
case('Eastfell', '2025-11-06', '2025-12-01',
     box('A', 'red',
         "Strat mtg 6/11, s47 agreed. Police welfare check 4/11 (anon call) found Mam (22) + partner Jordan (25) "
         "both under the influence, Mia (9wks) alone in pram in back room, nappy soaked, no clean bottles. Jordan "
         "admits daily cannabis, both using coke at wkends. Transferred to CSC.",
         ['SUB', 'SAFE-NEG'],
         [t('convention', 'CRIME', "A police welfare check is safeguarding, not CRIME (conv 7).")]),
     box('A', 'orange',
         "Jordan lives at address, on licence til Mar 26 (robbery 2023). Kaiden (2) DNA dentist x2, 2yr dev chk "
         "not done - HV tried x3.",
         ['CRIME', 'PH', 'EYD'],
         [t('convention', 'CRIME', "Household adult on licence -> CRIME (conv 7) although the offence dates from 2023."),
          t('convention', 'EYD', "Missed 2-year development check -> EYD; missed dental appointments -> PH.")]),
     box('C', 'red',
         "ICPC 27/11 - both kids on CP plans, cat. neglect. EH closed, SW lead (Dan Reeve).",
         ['SAFE-NEG']),
     )

# Z006  Haughfield - s21, overcrowding, mould, food, CT arrears
case('Haughfield', '2025-11-07', '2026-02-19',
     box('A', 'orange',
         "s21 served by private LL 28/10, expires 28/12. Mam (36) + 4 kids in 2 bed flat - Jake (14) + Reece (11) "
         "share w/ Lacey (9), baby in Mam's room. Black mould in back bedroom, LL won't fix. Housing Options appt 13/11.",
         ['HOUS']),
     box('A', 'yellow',
         "UC deductions for advance + CT arrears £410. Used food bank x2 last month. Lacey told teacher there was "
         "'no tea' twice last wk, sch giving her toast at breakfast club.",
         ['FIN', 'SAFE-NEG'],
         [t('convention', 'SAFE-NEG', "Food bank -> FIN and a hungry child -> SAFE-NEG; both described so both coded (conv 10).")]),
     box('C', 'yellow',
         "Moved to TA (Riverside Hse) 3/2 when s21 ran out, band A, bidding. Mam still behind on CT - DAP set up "
         "w/ CA. No further reports of kids going w/o tea.",
         ['HOUS', 'FIN'],
         [t('historical', 'SAFE-NEG', "'No further reports of kids going w/o tea' -> over (conv 3).")]),
     box('C', 'blue',
         "Mam batch cooks on Sundays, has a food bank voucher from CA + knows the Pitside pantry times (Weds).",
         ['FIN'],
         [t('convention', 'FIN', "Blue box: food bank/pantry use is food poverty the family is managing -> FIN (conv 3, 10); no hungry child described so no SAFE-NEG.")]),
     )

# Z007  Pitside - unboxed note from SENCo; ?ASD, meltdowns
case('Pitside', '2025-11-06', '2026-03-10',
     note('A', 'green',
          "Tel from SENCo, St Aidan's Primary - Harvey (7) on SEN support, speech + lang targets in class, sch "
          "think ?ASD + SENCo to speak to GP re referral. Mam asking re meltdowns at home (hitting siblings, "
          "screaming when routine changes). Sent info re Haughfield Parent Carer Forum + tips sheet, Mam will self-refer.",
          ['EDU-SEND', 'REL-PAR'],
          [t('convention', 'EDU-SEND', "Speech and language for a school-age child -> EDU-SEND, not EYD (conv 9)."),
           t('convention', 'CARER', "'Parent Carer Forum' - 'carer' alone is not CARER (conv 12)."),
           t('convention', None, "Unboxed: highest cue is SENCo/school/GP (green); signposting is only blue -> green (conv 2).")]),
     box('C', 'green',
         "Harvey on CDC pathway, appt Apr. Sch applied for EHCNA Feb. Visual timetable at home, meltdowns down "
         "to 1-2 a wk.",
         ['EDU-SEND', 'REL-PAR'],
         [t('partial', 'REL-PAR', "Meltdowns reduced, not stopped, and being managed with a visual timetable (green box, conv 3).")]),
     )

# Z008  Brindlebank - NEET 17yo, cannabis, low mood, dad workless
case('Brindlebank', '2025-11-10', '2026-02-05',
     box('A', 'yellow',
         "connor (17) dropped out of college oct (L1 motor vehicle), not working or looking. smoking cannabis most "
         "days w/ mates per mam, connor says 'its only weed'. ref to Routes YP substance misuse service.",
         ['EDU-NEET', 'SUB'],
         [t('convention', 'FIN', "A 16+ NEET young person is EDU-NEET only; no FIN for his worklessness (conv 11).")]),
     box('A', 'green',
         "connor saw GP re low mood, sertraline started, GP r/v 4/52. dad out of work since the factory shut in "
         "june, family on UC + mams wage from the bakery, tight but ok.",
         ['MH-CHILD', 'FIN'],
         [t('convention', 'FIN', "Adult worklessness (dad out of work) -> FIN (conv 11); UC alone would not be enough (conv 5).")]),
     box('C', 'yellow',
         "started 12 wk Skills for Work course at Westgate Training 19/1, attending most days. still seeing Routes "
         "worker fortnightly, using at wkends only now. GP still prescribing sertraline.",
         ['SUB', 'MH-CHILD'],
         [t('historical', 'EDU-NEET', "Now on a training course -> no longer NEET; no risk of NEET stated."),
          t('partial', 'SUB', "Reduced to weekends but still using and still with the service (conv 4).")]),
     )

# Z009  Haughfield - separation, contact dispute, child anxiety
case('Haughfield', '2025-11-11', '2026-01-28',
     box('A', 'yellow',
         "Parents seperated Aug after 12 yrs. Lots of arguing at handovers in front of Sophie (10). Dad (Paul) has "
         "applied for a CAO, Mam says he's 'using the kids'. No DA disclosed, both deny any violence or control. "
         "Ref to RPC workshop + family mediation.",
         ['REL-CONF'],
         [t('negated', 'DA', "'No DA disclosed, both deny any violence or control' -> negated.")]),
     box('A', 'green',
         "Sophie tearful + tummy aches on Dad's days, GP saw her - no physical cause found. Sch counsellor seeing "
         "her wkly.",
         ['MH-CHILD'],
         [t('negated', 'PH', "GP found no physical cause; the symptoms are described as emotional.")]),
     box('C', 'blue',
         "3 mediation sessions done, parenting plan agreed. Handovers now at Gran's so parents don't have to meet. "
         "CAO application withdrawn.",
         ['REL-CONF'],
         [t('convention', 'REL-CONF', "Blue box: parenting plan and separate handovers = family now managing the conflict (conv 3).")]),
     )

# Z010  Eastfell - toileting, closed by unboxed note
case('Eastfell', '2025-11-12', '2025-12-15',
     box('A', 'blue',
         "Mam rang duty re Jack (4) not toilet trained, wants him dry before reception Sept. Sent ERIC potty "
         "training info + HV drop in times (Tues, Eastfell FH), Mam will go.",
         ['EYD']),
     box('A', 'green',
         "HV to see at drop in. Otherwise no concerns - council tenancy, Mam works PT, Dad supportive.",
         [],
         [t('convention', 'EYD', "Nothing carried over from the blue box (conv 1): this text names no issue."),
          t('negated', 'HOUS', "'no concerns - council tenancy' -> negated.")]),
     note('C', None,
          "Closing call w/ Mam 15/12 - Jack dry in the day now. Still in a pull-up at night, HV says normal at his "
          "age + nothing to do. No further support needed, closed.",
          [],
          [t('historical', 'EYD', "Daytime toileting achieved (over); night-time pull-up judged normal by HV -> not a need.")]),
     )

# Z011  Pitside - neglect TAF, hygiene, attendance, nursery, imms
case('Pitside', '2025-11-12', '2026-03-20',
     box('A', 'orange',
         "TAF set up 12/11 (sch, HV, nursery, EHW). Lily (6), Alfie (4), Ruby (18mo) coming in unwashed, nits "
         "untreated for months, same uniform all wk. Home cluttered, mattress on floor for 2 youngest, no bedding. "
         "Mam (27) says washer broke Aug + she can't afford another.",
         ['SAFE-NEG', 'FIN'],
         [t('convention', 'PH', "Untreated head lice read as hygiene/basic care (SAFE-NEG), not PH."),
          t('convention', 'FIN', "'can't afford another' washer = money problem -> FIN.")]),
     box('A', 'yellow',
         "Lily att 79% - mostly Mondays + odd days. Alfie has 15hrs funded at Pitside CC, goes to about half.",
         ['EDU-ATT', 'EYD']),
     box('A', 'green',
         "Ruby missed 12m imms, HV rebooked x2. Weight dropped to 9th centile, HV weighing monthly.",
         ['PH']),
     box('C', 'yellow',
         "Washer via LA welfare scheme, beds from Furniture Project. Home better but still v cluttered, sch say "
         "Lily still unwashed some days. Lily att 88%, still Mondays. TAF continues w/ sch as lead prof, EH stepping out.",
         ['SAFE-NEG', 'EDU-ATT'],
         [t('historical', 'FIN', "Washer and beds provided: the money problem is not described as current."),
          t('partial', 'SAFE-NEG', "Improved but still cluttered/unwashed -> still a need.")]),
     )

# Z012  Brindlebank - bereaved dad, suicidal thoughts, drink, young carer
case('Brindlebank', '2025-11-13', '2026-02-12',
     box('A', 'orange',
         "Dad (Lee, 41) sole carer for Aiden (13) + Josh (9) since Mam died Mar 24. Told GP last wk he's had "
         "thoughts of ending his life - crisis team involved, daily calls. Drinking 'a few cans every night' to "
         "get through the evenings. Aiden doing a lot - gets Josh up + to sch most days, cooks tea, Lee says "
         "'he's keeping us going'.",
         ['MH-ADULT', 'SUB', 'CARER'],
         [t('convention', 'CARER', "Lee as 'sole carer' is not CARER (conv 12); Aiden's caring for the family is."),
          t('convention', 'SUB', "Nightly drinking to cope described as a current concern -> SUB.")]),
     box('A', 'yellow',
         "Both boys grieving. Aiden angry - smashed his phone, won't talk to Dad, 1 day susp last wk for fighting. "
         "Josh keeps asking when Mam's coming back. Ref to Kite bereavement service.",
         ['MH-CHILD', 'REL-PAR', 'EDU-EXC']),
     box('C', 'yellow',
         "Lee discharged from crisis team Dec, now w/ Talking Therapies (CBT wk 4 of 12). Says he stopped "
         "drinking altogether at New Year. Both boys at Kite group monthly. Aiden still doing sch run for Josh, "
         "YC assessment booked.",
         ['MH-ADULT', 'MH-CHILD', 'CARER'],
         [t('historical', 'SUB', "'stopped drinking altogether at New Year' -> historical."),
          t('convention', 'MH-ADULT', "Ongoing CBT codes MH-ADULT (conv 4).")]),
     )

# Z013  Haughfield - self-harm, image shared, bullying
case('Haughfield', '2025-11-14', '2026-03-02',
     box('A', 'orange',
         "amira (14) cutting since summer, A&E 2/11 (wounds glued). CAMHS crisis assessment done, now allocated. "
         "nude image of her shared round Y10 on snapchat by a boy in her yr - police + sch DSL involved re him.",
         ['MH-CHILD', 'SAFE-EXP'],
         [t('outside', 'CRIME', "The offending is by a boy outside the household; its effect on Amira is SAFE-EXP (conv 6)."),
          t('not-coded', 'PH', "A&E visit is for self-harm -> MH-CHILD, not PH.")]),
     box('A', 'yellow',
         "being called names in corridors, excluded from her friendship group chat. mam works 2 jobs, upset she "
         "'didn't see it'.",
         ['SAFE-EXP'],
         [t('not-coded', 'EDU-EXC', "'excluded from her friendship group chat' is bullying (SAFE-EXP), not a school exclusion."),
          t('not-coded', 'MH-ADULT', "Mam being upset is a reaction, not a parental mental health need.")]),
     box('A', 'blue', "N/A", []),
     box('C', 'orange',
         "still open to CAMHS, seen fortnightly. no self-harm she's told anyone about since Jan. sch moved her "
         "form group, name calling has stopped.",
         ['MH-CHILD'],
         [t('historical', 'SAFE-EXP', "Name calling 'has stopped' -> historical."),
          t('convention', 'MH-CHILD', "Open to CAMHS codes MH-CHILD (conv 4).")]),
     )

# Z014  Eastfell - suspensions, managed move, ADHD pathway, behaviour at home
case('Eastfell', '2025-11-17', '2026-03-18',
     box('A', 'orange',
         "Riley (12) Y8 Castleview Academy - 3 suspensions this term (9 days total), on 'final warning', HT says "
         "risk of PEx. Managed move to Northgate being explored. On ADHD pathway via community paeds, SENCo doing "
         "SEN support plan.",
         ['EDU-EXC', 'EDU-SEND'],
         [t('convention', 'EDU-SEND', "On the ADHD pathway -> EDU-SEND (conv 4).")]),
     box('A', 'yellow',
         "At home refuses any boundaries, swears at Mam, kicked a hole in his bedroom door last wk. Mam keen for a "
         "parenting course - booked on Who's In Charge? for Jan.",
         ['REL-PAR']),
     box('C', 'yellow',
         "Managed move to Northgate started 12/1, 6 wk trial - 1 internal isolation so far. ADHD dx Feb, meds started.",
         ['EDU-EXC', 'EDU-SEND'],
         [t('convention', 'PH', "ADHD medication is read as part of the SEND need, not PH.")]),
     box('C', 'blue',
         "Mam finished Who's In Charge, uses the calm-down plan + consequences chart. No door incidents since Dec.",
         ['REL-PAR'],
         [t('partial', 'REL-PAR', "Door incidents are over but Mam is now managing behaviour with a plan (blue box, conv 3).")]),
     )

# Z015  Pitside - kinship carer gran, fuel poverty, COPD
case('Pitside', '2025-11-17', '2025-12-18',
     box('A', 'blue',
         "Dawn (52) kinship carer for grandson Tyler-James (8), SGO 2022. Prepay gas + elec, self-disconnecting "
         "most wks. Signposted to Warm Homes Fund + Energy Trust grant, Dawn applying herself.",
         ['FIN'],
         [t('convention', 'CARER', "Kinship carer is not CARER (conv 12)."),
          t('convention', 'FIN', "Self-disconnecting from prepay = fuel poverty -> FIN (conv 10).")]),
     box('A', 'green',
         "T-J doing well at Hilltop Primary. Dawn has COPD, on inhalers, GP r/v'd Oct.",
         ['PH'],
         [t('not-coded', 'EDU-ATT', "'doing well at Hilltop Primary' is good news, no need stated.")]),
     box('C', 'blue',
         "Energy Trust grant £300 recieved. Dawn now on DD plan w/ supplier incl £15/wk off old gas debt, not "
         "self-disconnecting.",
         ['FIN'],
         [t('convention', 'FIN', "Blue box: paying weekly off gas debt = managing (conv 3); self-disconnection has stopped but the debt continues.")]),
     )

# Z016  Haughfield - step-down from CIN; school refusal; text arguments
case('Haughfield', '2025-11-18', '2026-03-12',
     box('A', 'red',
         "Step down from CSC. CIN plan (s17) closed 31/10 - concerns had been Dad's drinking + DV between parents "
         "in 2024. Dad moved out Apr, own flat in Brindlebank. Mam reports no issues w/ contact. SW handover 5/11.",
         [],
         [t('historical', 'DA', "DV in 2024, Dad moved out -> historical."),
          t('outside', 'SUB', "Dad's drinking was the concern; he no longer lives in the household and it is past (conv 6)."),
          t('negated', 'REL-CONF', "'no issues w/ contact' -> negated."),
          t('convention', None, "Red box with no present issue: no gold rows despite the red level.")]),
     box('A', 'yellow',
         "Mam (Gemma) asking for help - Kacey (11) refusing sch, 3 days off in last 2 wks + late most other days. "
         "Kacey v anxious about moving up to Hawthorn High in Sept. Mam + Dad arguing by text over maintenance, "
         "Kacey sees the messages.",
         ['EDU-ATT', 'MH-CHILD', 'REL-CONF'],
         [t('convention', 'REL-CONF', "Dad is outside the household but the separated parents' conflict is the family's need (REL-CONF covers separation arguments; conv 6, 8).")]),
     box('C', 'green',
         "Attendence back to 97% since Jan, no lates. Sch nurse seeing Kacey re worries, enhanced transition w/ Hawthorn "
         "booked for summer term.",
         ['MH-CHILD'],
         [t('historical', 'EDU-ATT', "Attendance 'back to 97% since Jan, no lates' -> issue over.")]),
     )

# Z017  Brindlebank - cerebral palsy, speech, Portage, DLA
case('Brindlebank', '2025-11-19', '2026-03-25',
     box('A', 'yellow',
         "Oscar (3) cerebral palsy (diplegia), physio wkly at CDC, not walking independently. 5-6 words only, "
         "SALT involved. Portage accepted, 1st visit 20/11.",
         ['PH', 'EYD']),
     box('A', 'green',
         "Mam + Dad both working FT, grandparents do 2 days childcare. DLA in payment for Oscar. No money worries.",
         [],
         [t('convention', 'FIN', "DLA alone is not FIN and 'No money worries' negates it (conv 5)."),
          t('convention', 'PH', "DLA never implies PH by itself (conv 5).")]),
     box('C', 'green',
         "Oscar started Sunflowers nursery Jan w/ 1:1, settled well. Now 20+ words, SALT continuing thru nursery. "
         "Physio ongoing, new walking frame.",
         ['EYD', 'PH']),
     )

# Z018  Eastfell - unboxed police note re ASB by 13yo
case('Eastfell', '2025-11-10', '2026-01-15',
     note('A', 'orange',
          "Police called by bus driver 8/11 - Ethan (13) + 2 mates throwing stones at buses on Moor Rd, brought "
          "home by PCSO. ASB warning letter 1 issued. Dad shocked, says he's 'never any bother'. Sch - no behaviour "
          "concerns. EHW to visit.",
          ['CRIME'],
          [t('convention', 'CRIME', "Police call-out about a young person's ASB -> CRIME (conv 7)."),
           t('negated', 'EDU-EXC', "'Sch - no behaviour concerns' -> negated."),
           t('convention', None, "Unboxed: police call-out (orange) outranks EHW (yellow) -> orange (conv 2).")]),
     box('C', 'blue',
         "No further police contact since Nov, ASB file closed. Ethan joined boxing at Eastfell Community Centre, "
         "Dad takes him Tues + Thurs.",
         [],
         [t('historical', 'CRIME', "'No further police contact since Nov, ASB file closed' -> over (conv 3).")]),
     )

# Z019  Pitside - methadone, young carer, partner on licence + coercive control
case('Pitside', '2025-11-19', '2026-02-27',
     box('A', 'yellow',
         "Mam (Kerry, 39) on methadone 60ml, supervised consumption, stable per Recovery team. Jade (14) collects "
         "Mam's script some days, looks after her on bad days + does most of the cooking. Jade att 93%, no sch concerns.",
         ['SUB', 'CARER'],
         [t('convention', 'SUB', "Methadone script codes SUB even when 'stable' (conv 4)."),
          t('negated', 'EDU-ATT', "93%, 'no sch concerns' -> not a need.")]),
     box('A', 'orange',
         "Mam's partner Dean moved in Oct, released from HMP Aug + on licence. Jade says he shouts at Mam + checks "
         "her phone, Mam minimises. DASH medium. Police hold info re DV in his prev relationship.",
         ['DA', 'CRIME'],
         [t('convention', 'CRIME', "A household adult on licence for other offending -> CRIME (conv 7), alongside DA for the coercive control."),
          t('convention', 'DA', "DV in his previous relationship is historical/outside; DA is coded for the current control of Mam.")]),
     box('C', 'orange',
         "Dean recalled to prison 2/2 (licence breach, not DA related). Mam says relationship over, IDVA still in "
         "contact. Mam still on script, down to 45ml.",
         ['DA', 'SUB'],
         [t('outside', 'CRIME', "Dean is now in prison, outside the household; relationship over (conv 6)."),
          t('convention', 'DA', "IDVA still in contact = ongoing DA service (conv 4).")]),
     box('C', 'blue',
         "Jade goes to YC group at Pitside Hub monthly, has mates there + knows who to ring.",
         ['CARER']),
     )

# Z020  Haughfield - 16yo asked to leave, sofa surfing, NEET, low mood
case('Haughfield', '2025-11-20', '2026-01-22',
     box('A', 'orange',
         "brooke (16) told to leave by mam after big row 4/11, sofa surfing at friends. joint HPA w/ housing "
         "options + CSC duty - brooke declined s20. not in college or work since leaving yr 11.",
         ['HOUS', 'EDU-NEET', 'REL-PAR'],
         [t('convention', None, "s20 was declined: no looked-after status, and the box is orange anyway (conv 2)."),
          t('convention', 'FIN', "NEET at 16 -> EDU-NEET only (conv 11).")]),
     box('A', 'yellow',
         "smokes + vapes, says no drugs or drink. says she's felt low for months + wants to talk to someone - "
         "ref to Kooth + counselling at The Base.",
         ['MH-CHILD'],
         [t('convention', 'SUB', "Smoking/vaping is not SUB (conv 12); drugs/drink denied -> negated.")]),
     box('C', 'yellow',
         "back home at mam's since Dec, mediation at the Base helped. enrolled on Jan hair + beauty course at "
         "Haughfield Coll, attending. still seeing Base counsellor wkly.",
         ['MH-CHILD'],
         [t('historical', 'HOUS', "Back home since Dec -> housing need over."),
          t('historical', 'EDU-NEET', "Enrolled and attending -> no longer NEET."),
          t('historical', 'REL-PAR', "Mediation 'helped', no current parent-child problem stated.")]),
     )

# Z021  Brindlebank - gambling debt, rows; closure as unboxed note
case('Brindlebank', '2025-06-16', '2025-11-20',
     box('A', 'yellow',
         "Dad (Mark) gambling online, approx £4k on credit cards + 2 payday loans, Mam found out in May. Rows most "
         "nights since, Mam says she's close to leaving. Mark self-excluded via GamStop + ref'd to GamCare.",
         ['FIN', 'REL-CONF'],
         [t('convention', 'SUB', "Gambling and its debts are FIN, not SUB (conv 10)."),
          t('not-coded', 'EDU-EXC', "'self-excluded' from gambling sites is not a school exclusion.")]),
     note('C', 'yellow',
          "Closure - StepChange DMP in place £180/m. Mark still goes to GamCare group wkly, no gambling since June. "
          "Parents say things 'still rocky', now seeing Relate. EHW closing.",
          ['FIN', 'REL-CONF'],
          [t('convention', 'FIN', "Debt still being repaid under a DMP -> current FIN."),
           t('convention', None, "Unboxed: cues are extra services (StepChange, GamCare, Relate) and an EHW -> yellow (conv 2).")]),
     )

# Z022  Eastfell - weaning, weight, PND, isolation
case('Eastfell', '2025-11-21', '2026-02-16',
     box('A', 'green',
         "Isla (7mo) - HV concerned re weaning, still only on milk, Mam scared of choking. Weight dropped from 50th "
         "to 25th centile. Mam (24) EPDS 15, GP started sertraline for PND.",
         ['EYD', 'PH', 'MH-ADULT']),
     box('A', 'yellow',
         "Mam moved up from County Durham in summer, knows no one. Partner works away Mon-Fri on the rigs. "
         "Ref to Home-Start for a volunteer.",
         [],
         [t('not-coded', 'SAFE-EXP', "'County Durham' is a place, not county lines."),
          t('not-coded', 'REL-CONF', "Partner working away is not relationship conflict; isolation alone is not a coded area.")]),
     box('C', 'green',
         "Isla on 3 meals + finger foods, weight back on 50th. Mam still on sertraline, EPDS 7.",
         ['MH-ADULT'],
         [t('historical', 'EYD', "Weaning established -> over."),
          t('historical', 'PH', "Weight 'back on 50th' -> over."),
          t('convention', 'MH-ADULT', "Still on sertraline = ongoing treatment (conv 4).")]),
     )

# Z023  Pitside - mam's drinking, ASB, hungry kids; escalated to CSC
case('Pitside', '2025-11-21', '2026-01-09',
     box('A', 'orange',
         "TAF. Mam (Stacey) drinking heavy - police called x2 in Oct, drunk + shouting abuse at neighbours in the "
         "street. Mason (10) + Grace (7) late most days + hungry, breakfast club feeding them. New partner not known to us.",
         ['SUB', 'CRIME', 'EDU-ATT', 'SAFE-NEG'],
         [t('convention', 'CRIME', "ASB by a household adult with police call-outs -> CRIME (conv 7)."),
          t('convention', 'SAFE-NEG', "Hungry children -> SAFE-NEG (conv 10).")]),
     box('A', 'yellow',
         "Ref'd to Recovery Partnership (alcohol), Mam DNA'd assessment 14/11, rebooked. Mason 1 day susp Oct for "
         "hitting a TA. EHW visiting wkly.",
         ['SUB', 'EDU-EXC'],
         [t('not-coded', 'PH', "DNA'd the alcohol service assessment, not a medical appointment.")]),
     box('A', 'green',
         "nil - both kids registered w/ GP + dentist, imms UTD.",
         [],
         [t('negated', 'PH', "'nil' + registered/up to date -> negated.")]),
     box('C', 'red',
         "Escalated to CSC 5/1 - Mam found unconscious (alcohol) by Mason, kids home alone overnight. Strat mtg 6/1, "
         "s47. Kids at maternal aunt's under s20.",
         ['SUB', 'SAFE-NEG']),
     )

# Z024  Haughfield - unboxed HV note: DA disclosure + newborn weight
case('Haughfield', '2025-11-24', '2026-02-09',
     note('A', 'orange',
          "Duty call from HV - Chloe (19) disclosed partner (lives there) pushed her last wk while she was holding "
          "Nova (4wks). Chloe agreed to MARAC ref + IDVA. HV also concerned Nova hasn't regained birth weight, GP "
          "weighing wkly.",
          ['DA', 'PH'],
          [t('convention', None, "Unboxed: MARAC (orange) is the highest cue, above HV/GP (green) -> orange (conv 2)."),
           t('convention', 'PH', "A newborn not regaining birth weight is a physical health need (PH); feeding is not described as a weaning issue so no EYD.")]),
     box('C', 'orange',
         "MARAC 27/11 actions done. Partner charged, NMO granted Jan. Chloe + Nova moved to refuge out of area "
         "15/1 - transfer to receiving LA EH team.",
         ['DA', 'HOUS'],
         [t('convention', 'CRIME', "Partner charged for the assault on Chloe -> DA only (conv 7)."),
          t('convention', 'HOUS', "Judgement: moving to a refuge is temporary accommodation after fleeing -> HOUS (conv 6: DA's effect on housing).")]),
     )

# Z025  Brindlebank - autistic 13yo, EBSA, EHCP, mam's anxiety
case('Brindlebank', '2025-11-24', '2026-03-27',
     box('A', 'yellow',
         "Maisie (13) autistic, EHCP, at Brindlebank High. Hardly in sch since Sept (att 38%), v anxious re sch "
         "(EBSA), on mornings only timetable. Mam (Lou) has own anxiety, on WL for Talking Therapies.",
         ['EDU-SEND', 'EDU-ATT', 'MH-CHILD', 'MH-ADULT'],
         [t('convention', 'MH-ADULT', "On a waiting list for Talking Therapies codes MH-ADULT (conv 4).")]),
     box('A', 'orange',
         "CAMHS ref declined Oct (below threshold), GP has re-referred. EHCP annual r/v brought forward, TAF w/ "
         "SEN team 2/12.",
         ['MH-CHILD', 'EDU-SEND'],
         [t('convention', 'MH-CHILD', "First referral declined, but a current re-referral to CAMHS -> MH-CHILD (conv 4).")]),
     box('C', 'yellow',
         "Maisie moved to Greenways (specialist) after EHCP r/v 2/3, att 85% so far, still not managing full days. "
         "Mam started Talking Therapies.",
         ['EDU-SEND', 'EDU-ATT', 'MH-ADULT']),
     )

# Z026  Pitside - youth caution, dad in prison, dyslexia
case('Pitside', '2025-11-25', '2026-03-06',
     box('A', 'orange',
         "dylan (15) youth caution sept (shoplifting), now on Turnaround w/ YOS. dad serving 4 yrs, dylan won't "
         "visit. v angry + says he 'doesn't care about anything' - sch counsellor worried, CAMHS ref made.",
         ['CRIME', 'MH-CHILD'],
         [t('convention', 'CRIME', "Dad in prison is outside the household; CRIME is coded for Dylan's own youth caution/YOS (conv 6, 7).")]),
     box('A', 'green',
         "dylan on SEN support for dyslexia, reading age approx 9. SENCo reviewing provision.",
         ['EDU-SEND']),
     box('C', 'yellow',
         "Turnaround finished feb, no further offending. CAMHS 1st appt Apr (WL). mam says he's calmer, going to cadets.",
         ['MH-CHILD'],
         [t('historical', 'CRIME', "Programme finished, 'no further offending' -> historical."),
          t('convention', 'MH-CHILD', "Awaiting a CAMHS appointment -> MH-CHILD (conv 4).")]),
     )

# Z027  Haughfield - unboxed note: possession notice, UC sanction, NEET 16yo
case('Haughfield', '2025-11-26', '2026-01-20',
     note('A', 'orange',
          "Mam (Tracey) rang - HA possession notice rec'd, rent arrears £1,850 after UC sanction in Aug. Booked CA "
          "appt 1/12 + told re DHP. Kyle (16) finished Y11 in summer, not in college or work - Mam given Pathways "
          "careers no. for him. Keira (12) no sch issues.",
          ['HOUS', 'FIN', 'EDU-NEET'],
          [t('convention', None, "Unboxed: possession notice (orange) outranks Citizens Advice (yellow) -> orange (conv 2)."),
           t('convention', 'FIN', "FIN is for the rent arrears/UC sanction, not for Kyle's NEET status (conv 11)."),
           t('negated', 'EDU-ATT', "'Keira (12) no sch issues' -> negated.")]),
     box('C', 'blue',
         "DHP awarded, arrears down to £300, Mam paying £25/wk. HA withdrew possession action Dec.",
         ['FIN'],
         [t('historical', 'HOUS', "Possession action withdrawn -> over."),
          t('convention', 'FIN', "Blue box, paying off remaining arrears = managing (conv 3).")]),
     )

# Z028  Eastfell - online approach to 16yo
case('Eastfell', '2025-11-26', '2026-01-14',
     box('A', 'yellow',
         "mam worried re kai (16) talking to older men on discord, 2 asked him for pics. kai blocked them + showed "
         "mam. reported to CEOP, sch DSL aware. online safety plan agreed w/ kai. att at 6th form fine.",
         ['SAFE-EXP'],
         [t('not-coded', 'EDU-NEET', "16 and in sixth form with fine attendance -> not NEET.")]),
     box('C', 'blue',
         "kai has privacy settings on, mam checks in wkly re who he's talking to. no further contact from the men.",
         ['SAFE-EXP'],
         [t('convention', 'SAFE-EXP', "Blue box: privacy settings + weekly check-ins = family now managing online safety (conv 3), though the approaches have stopped.")]),
     )

# Z029  Pitside - CP plan (neglect), routines, attendance, damp
case('Pitside', '2025-11-27', '2026-03-13',
     box('A', 'red',
         "Open to CSC - CP plan (neglect) since Sept, SW Kelly-Ann Moss. EH asked to pick up routines + sch att. "
         "Mam (Nicole) + Tommy (11), Kayla (8), Lexi (3).",
         ['SAFE-NEG', 'REL-PAR', 'EDU-ATT'],
         [t('convention', 'SAFE-NEG', "CP plan under neglect category -> SAFE-NEG; EH asked to work on routines and attendance -> both current needs.")]),
     box('A', 'yellow',
         "Tommy att 81%, Kayla 84%. Bedtimes v late, no set tea time. Mam says she 'can't get them to listen'. "
         "3 bed HA house, damp + mould in kids room, reported x3 no action. EHW routines work + Triple P.",
         ['EDU-ATT', 'REL-PAR', 'HOUS'],
         [t('not-coded', 'PH', "Late bedtimes are a routine/boundaries issue (REL-PAR), not a sleep problem.")]),
     box('A', 'green',
         "Lexi (3) 30hrs at Pitside CC, nursery say often hungry on arrival + nappy not changed.",
         ['SAFE-NEG'],
         [t('not-coded', 'EYD', "Nappy not changed = basic care (SAFE-NEG); no toileting delay described.")]),
     box('C', 'red',
         "CP plan continues after RCPC 24/2, progress but not enough to step down. EH closing as routines work "
         "complete - SW continuing.",
         [],
         [t('convention', None, "Conv 1: this box names no category or issue area; 'CP plan continues' alone maps to no code."),
          t('historical', 'REL-PAR', "'routines work complete' -> over.")]),
     box('C', 'yellow',
         "Tommy still PA (89%), Kayla 93%. Mam now uses reward chart + set bedtimes.",
         ['EDU-ATT'],
         [t('convention', 'REL-PAR', "'now managing' counts as present only in blue and green boxes (taxonomy 'When a code is assigned', conv 3); in this yellow box the routines are described as now in place -> not coded.")]),
     )

# Z030  Brindlebank - closed this month: DA + drinking dad on probation
case('Brindlebank', '2025-06-09', '2025-11-05',
     box('A', 'orange',
         "Police called x3 since April re domestic incidents - Dad (Steve) drunk, verbal abuse + name calling at "
         "Mam, DASH standard. Mam wants him out. Steve on probation (drink driving).",
         ['DA', 'SUB', 'CRIME'],
         [t('convention', 'CRIME', "The DA call-outs are DA only; CRIME is for Steve being on probation for drink driving (conv 7)."),
          t('convention', 'REL-CONF', "Verbal abuse within domestic incidents is DA, not REL-CONF (conv 8).")]),
     box('A', 'yellow',
         "Jess (12) + Ollie (9) upset by it all, Jess refusing to come home some nights - stays at Nana's (Mam "
         "knows where she is). Mam ref'd to Harbour DA service.",
         ['DA', 'MH-CHILD'],
         [t('not-coded', 'SAFE-EXP', "Staying at Nana's with whereabouts known is not a missing episode."),
          t('convention', 'MH-CHILD', "Judgement: children 'upset by it all' = current emotional wellbeing need -> MH-CHILD."),
          t('convention', 'REL-CONF', "'it all' is the domestic abuse; no separate parental conflict is described -> DA, not REL-CONF (conv 8)."),
          t('convention', 'DA', "Referral to a DA service codes DA (conv 4).")]),
     box('C', 'blue',
         "Steve moved out Aug, lives w/ his brother. Mam + kids settled, Jess home every night. Mam has Harbour's "
         "number if she needs it.",
         [],
         [t('outside', 'SUB', "Steve now lives outside the household (conv 6)."),
          t('hypothetical', 'DA', "'if she needs it' -> hypothetical; no current abuse or protective order described.")]),
     )

# Z031  Eastfell - closed this month: mam with LD, UC closed in error, school readiness
case('Eastfell', '2025-07-14', '2025-11-12',
     box('A', 'yellow',
         "Mam (Kirsty, 26) mild LD, struggles w/ letters + forms. UC claim closed in error June - no income 5 wks, "
         "rent arrears building, borrowing off her mam. Advocacy North helping w/ reclaim.",
         ['FIN', 'PH'],
         [t('convention', 'PH', "Judgement: a parent's learning disability is a disability of a family member -> PH."),
          t('not-coded', 'HOUS', "Rent arrears alone are FIN; no eviction risk or notice described.")]),
     box('A', 'green',
         "Lacey-Mae (4) starts reception Sept. Nursery say not toilet trained + limited speech, school readiness "
         "worries. HV aware.",
         ['EYD']),
     box('C', 'yellow',
         "UC reinstated + backdated Aug. Advocate still helping Kirsty w/ PIP claim. Lacey-Mae (5) in reception on "
         "SEN support, SALT thru sch.",
         ['EDU-SEND'],
         [t('historical', 'FIN', "UC reinstated -> over; a PIP claim in progress is not a benefit problem (conv 5)."),
          t('convention', 'PH', "PIP never implies PH (conv 5); LD is not mentioned in this text (conv 1)."),
          t('convention', 'EDU-SEND', "School-age speech and SEN support -> EDU-SEND, not EYD (conv 9).")]),
     )


# ---------------------------------------------------------------------------
def build():
    narr_rows, gold_rows, traps = [], [], {}
    for i, c in enumerate(CASES, 1):
        cid = 'Z%03d' % i
        for it in c['items']:
            tid = '%s-%s' % (cid, it['stage'])
            stage = 'assessment' if it['stage'] == 'A' else 'closure'
            date = c['a'] if it['stage'] == 'A' else c['c']
            if it['level']:
                nid = '%s-%s' % (tid, it['level'])
                glevel = it['level']
            else:
                nid = '%s-note' % tid
                glevel = it['note_level']
                if it['codes'] and not glevel:
                    raise SystemExit('note %s has codes but no level' % nid)
            if len(set(it['codes'])) != len(it['codes']):
                raise SystemExit('duplicate code in %s' % nid)
            narr_rows.append([nid, tid, cid, stage, date, it['level'], c['locality'], it['text']])
            for code in it['codes']:
                gold_rows.append([nid, code, glevel])
            if it['traps']:
                traps[nid] = it['traps']
    ids = [r[0] for r in narr_rows]
    if len(ids) != len(set(ids)):
        raise SystemExit('duplicate narrative ids')

    def write(name, header, rows):
        with open(os.path.join(HERE, name), 'w', encoding='utf-8', newline='') as f:
            w = csv.writer(f, lineterminator='\r\n')
            w.writerow(header)
            w.writerows(rows)

    write('narratives.csv',
          ['narrative_id', 'triage_id', 'case_id', 'stage', 'date', 'level', 'locality', 'narrative'],
          narr_rows)
    write('gold.csv', ['narrative_id', 'code', 'level'], gold_rows)
    with open(os.path.join(HERE, 'traps.json'), 'w', encoding='utf-8', newline='') as f:
        f.write(json.dumps(traps, indent=1, ensure_ascii=False).replace('\n', '\r\n') + '\r\n')

    print('cases:', len(CASES))
    print('triages:', len({r[1] for r in narr_rows}))
    print('narratives:', len(narr_rows),
          '(boxed %d, unboxed notes %d)' % (sum(1 for r in narr_rows if r[5]),
                                            sum(1 for r in narr_rows if not r[5])))
    print('narratives with no gold rows:', sum(1 for i in ids if i not in {g[0] for g in gold_rows}))
    print('gold rows:', len(gold_rows))
    print('by stage:', dict(Counter(r[3] for r in narr_rows)))
    print('by box level:', dict(Counter(r[5] or 'note' for r in narr_rows)))
    print('gold by code:')
    for code, n in sorted(Counter(g[1] for g in gold_rows).items()):
        print('  %-9s %d' % (code, n))
    print('gold by level:', dict(Counter(g[2] for g in gold_rows)))
    print('narratives with traps:', len(traps), 'trap notes:', sum(len(v) for v in traps.values()))


if __name__ == '__main__':
    build()
