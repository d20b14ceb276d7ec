#!/usr/bin/env python3
"""Blind gold set V: early-help triage narratives written in the voice of housing
officers, money/benefits advisers, food bank and baby bank staff, and voluntary-
sector workers.  Every narrative, its gold codes and trap notes are written by
hand below.  Writes narratives.csv, gold.csv and traps.json (standard library
only).

Gold rows are `present` issues only.  A boxed narrative's codes take the box
level; an unboxed note's codes all take one level from the highest level cue in
its text (taxonomy convention 2).

Trap tuples are (kind, note).  Kinds: negated, historical, hypothetical,
outside_household, lookalike, money_word, need_met, convention.
"""
import csv
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# (case, locality, writer, [ (stage_letter, date, [ (box_level, text, codes, traps) ]) ])
CASES = [
    ("V001", "Ashcombe", "council housing officer", [
        ("A", "2025-02-10", [
            ("green",
             "Two children in the household. Tobi (7) has asthma and has missed his last two asthma "
             "reviews at Elm Road Surgery \u2013 Demi says the text reminders were going to an old number. "
             "Ada (4) started at Little Acorns nursery in January on her funded hours and staff say she "
             "has settled in nicely.",
             ["PH"],
             [("lookalike", "Ada starting nursery and settling is good news with no need stated: no EYD (conv. 3)")]),
            ("yellow",
             "Tenancy visit to 14 Larch Walk. Ms Demi Okafor, secure tenant since 2019, has a rent account "
             "\u00a31,142 in arrears. Her UC housing element was suspended in November after she missed a "
             "to-do on her journal; the claim is back in payment but the arrears built up in the gap. No "
             "NOSP has been served, though one may be if there is no repayment agreement by the March "
             "review. Referred to our in-house money advice team for a DHP application.",
             ["FIN"],
             [("negated", "No NOSP served: HOUS not coded"),
              ("hypothetical", "a NOSP 'may be' served if no agreement: HOUS hypothetical")]),
        ]),
        ("C", "2025-07-14", [
            ("blue",
             "DHP of \u00a3600 awarded in April and Demi is clearing the rest of the balance at \u00a312 a week "
             "through her UC. She has set reminders for her journal on her phone. Tobi had his asthma "
             "review in May, is on a new preventer inhaler and uses it every morning before school.",
             ["FIN", "PH"],
             [("convention", "blue box: still repaying the balance and managing asthma count as present (conv. 3)")]),
        ]),
    ]),
    ("V002", "Millbrook", "Citizens Advice adviser", [
        ("A", "2025-03-03", [
            ("green",
             "Kayden (15) is in Year 10 at Millbrook Academy and Liam says school have no worries about him "
             "\u2013 attendance is fine and he is predicted decent grades. Poppy (2) has her two-year review "
             "with the health visitor next week; Liam thinks she is behind with her talking, she has maybe "
             "ten words.",
             ["EYD"],
             [("negated", "no school worries, attendance fine: no EDU-ATT")]),
            ("yellow",
             "Liam Hartley, lone dad of two, came to the Tuesday drop-in with a carrier bag of unopened "
             "post. Debts of about \u00a38,400: council tax with a liability order, two catalogue accounts, a "
             "payday loan and an overdraft. He gave up his job at the bus depot last year to look after the "
             "children and is on UC only. Full budget done; a Debt Relief Order looks like the best fit.",
             ["FIN"],
             []),
            ("orange",
             "Liam disclosed that the children's mum, who moved out in 2023, has been sending him threatening "
             "texts and turned up drunk at the school gate on Friday demanding to see Kayden. The school rang "
             "the police. Liam is frightened of her and does not want the children left alone with her. "
             "Signposted to the DA outreach service and helped him contact a solicitor about a "
             "non-molestation order.",
             ["DA"],
             [("outside_household", "ex-partner's drinking is hers, outside the household: no SUB (conv. 6)"),
              ("convention", "police called about the ex-partner: not CRIME (conv. 7)")]),
        ]),
        ("C", "2025-08-20", [
            ("blue",
             "DRO approved in June, so the listed debts are frozen for twelve months. Liam keeps a weekly "
             "budget sheet and is paying this year's council tax by direct debit. The non-mol was granted in "
             "May; he carries a copy and has a safety plan from the outreach worker.",
             ["FIN", "DA"],
             [("convention", "blue box: DRO running and safety plan/non-mol in force = now managing, present")]),
        ]),
    ]),
    ("V003", "Thornley", "food bank coordinator", [
        ("A", "2025-01-22", [
            ("green",
             "Lily-Mae (9 months) hasn't had her 8, 12 or 16 week immunisations and the health visitor has "
             "twice found no one in. Mason (4), in Reception at Thornley Infants, is still having wetting and "
             "soiling accidents in class most days and his teacher has asked the school nurse to get involved.",
             ["PH", "EYD"],
             [("convention", "toileting in a 4-year-old is EYD even though he is in Reception (conv. 9)")]),
            ("yellow",
             "Referred to Thornley Food Hub by the school's family liaison officer \u2013 fourth food parcel since "
             "October. Shanice (24) is on UC with two children. Her prepayment meter is on emergency credit "
             "most weeks and she has been going without heating to keep the lights on; a \u00a349 fuel voucher "
             "was issued today. She told us that on a couple of nights last week Mason went to bed having "
             "eaten nothing since his school dinner.",
             ["FIN", "SAFE-NEG"],
             [("convention", "food parcel/fuel voucher = FIN, hungry child = SAFE-NEG, both described (conv. 10)")]),
        ]),
        ("C", "2025-05-30", [
            ("blue",
             "Shanice has started part-time work at the garden centre, and the energy supplier wrote off "
             "\u00a3180 and swapped her to a credit meter, so she hasn't needed a food parcel since March. "
             "Lily-Mae caught up on all her jabs by April and Mason has had no accidents at school since Easter.",
             [],
             [("need_met", "fuel debt written off, no food parcel since March: FIN historical"),
              ("need_met", "jabs caught up, no accidents since Easter: PH/EYD historical"),
              ("money_word", "starting part-time work is not FIN")]),
        ]),
    ]),
    ("V004", "Harbourside", "domestic abuse outreach worker", [
        ("A", "2025-04-07", [
            ("green",
             "Alfie (8) and Rosie (6) attend St Bede's Primary and the DSL knows what happened. Alfie has been "
             "tearful and clingy since that night and won't let Jodie out of his sight; school have set up "
             "weekly ELSA sessions for him. Rosie seems unaffected so far.",
             ["MH-CHILD"],
             [("negated", "Rosie 'seems unaffected': nothing coded for her")]),
            ("yellow",
             "Ryan's wages paid most of the bills and since he left Jodie has had no gas on the meter and "
             "\u00a311 in her account. She works shifts as a care assistant but that only covers the rent. "
             "\u00a330 fuel voucher given today and we helped her start a UC claim with an advance.",
             ["FIN"],
             [("money_word", "working shifts is not FIN on its own (conv. 5); FIN is from no gas, voucher, UC claim")]),
            ("orange",
             "Referral from police after a call-out on 2 April: Ryan strangled Jodie in the kitchen while the "
             "children were upstairs. DASH score 19, heard at MARAC on 9 April, IDVA allocated. Ryan was "
             "arrested and is on bail not to contact Jodie or come to the address. Jodie is undecided about "
             "supporting a prosecution.",
             ["DA"],
             [("convention", "partner's assault, arrest and bail are DA only, not CRIME (conv. 7)")]),
        ]),
        ("C", "2025-09-15", [
            ("blue",
             "Ryan pleaded guilty in July and a restraining order is in place. Locks and a video doorbell "
             "were fitted under the sanctuary scheme; Jodie has gone through her safety plan again with "
             "the outreach worker and started the Recovery Toolkit course on Wednesday mornings. Her UC is now in payment.",
             ["DA"],
             [("money_word", "'UC is now in payment' is a benefit name with no problem described: no FIN (conv. 5)")]),
        ]),
    ]),
    ("V005", "Ashcombe", "young carers project worker", [
        ("A", "2025-02-18", [
            ("blue",
             "Karen is on the enhanced rate of PIP for both parts and Ellie's dad pays maintenance like "
             "clockwork, so money isn't a pressure for them. Karen's sister comes over at weekends and does a "
             "big shop.",
             [],
             [("money_word", "PIP and maintenance with no money problem: no FIN, and PIP does not imply PH (conv. 5)"),
              ("negated", "'money isn't a pressure'")]),
            ("green",
             "Ellie's attendance at Ashcombe High is 89% and her form tutor has noticed she arrives late on "
             "mornings after Karen has had a bad night. The pastoral team know she is a young carer.",
             ["EDU-ATT", "CARER"],
             []),
            ("yellow",
             "Referral to Ashcombe Young Carers from school. Ellie (13) lives with her mum Karen, who has MS "
             "and uses a wheelchair. Ellie does the shopping, helps Karen in and out of the shower and sorts "
             "her evening medication. Young carer assessment done on 14 February: Ellie says she is always "
             "tired and never gets to see her friends after school.",
             ["CARER", "PH"],
             []),
        ]),
        ("C", "2025-07-21", [
            ("blue",
             "Ellie comes to the Thursday young carers club and went on the trip to the coast in June. Adult "
             "social care have started morning and evening care calls for Karen's MS, so Ellie no longer "
             "helps with showering.",
             ["CARER", "PH"],
             [("lookalike", "paid adult care calls are not CARER; CARER is from Ellie attending the young carers club"),
              ("need_met", "Ellie no longer does personal care, but still a young carer in the club")]),
        ]),
    ]),
    ("V006", "Millbrook", "housing options officer", [
        ("A", "2025-03-17", [
            ("green",
             "Ayaan (11) has an EHCP for autism and attends the resource base at Millbrook Primary; his "
             "sensory needs mean he finds noise and crowds very hard. Zara (3) is seen by the health visitor, "
             "and Mrs Begum is worried that she has very few words in either English or Bengali.",
             ["EDU-SEND", "EYD"],
             []),
            ("yellow",
             "Mr Begum works nights as a delivery driver and the rent has always been paid on time \u2013 no "
             "arrears, and they have savings put by for a deposit. The difficulty is finding a private "
             "landlord who will take a family of six: they have been turned down for eleven properties "
             "since January.",
             ["HOUS"],
             [("money_word", "works nights, rent paid, no arrears, savings: no FIN"),
              ("negated", "'no arrears'")]),
            ("orange",
             "Homelessness application taken. The Begum family (two parents, four children) were served a "
             "Section 21 notice by their private landlord, who is selling up; it expires on 31 March. "
             "Prevention duty accepted. Their 2-bed flat is overcrowded by two bedrooms and they have been "
             "placed in Band B on the housing register for bidding.",
             ["HOUS"],
             []),
        ]),
        ("C", "2025-08-04", [
            ("green",
             "The family accepted a direct offer of a 4-bed housing association house and moved in on 12 "
             "July. Ayaan has his own bedroom at last and has kept his place at the resource base; his EHCP "
             "was reviewed in June.",
             ["EDU-SEND"],
             [("need_met", "rehoused permanently: HOUS over, not coded")]),
            ("blue", "N/A", [], [("note", "empty box")]),
        ]),
    ]),
    ("V007", "Thornley", "baby bank volunteer coordinator", [
        ("A", "2025-05-12", [
            ("green",
             "Chloe says she has felt very low all through the pregnancy and some days can't face getting "
             "out of bed. She has told her midwife, who has referred her to the perinatal mental health team.",
             ["MH-ADULT"],
             []),
            ("yellow",
             "Baby bank referral from the community midwife. Chloe (23) is 36 weeks pregnant with her first "
             "baby and lives with her partner Jack (25) in a one-bed flat. Neither is working. Jack's UC was "
             "sanctioned for three months after he missed a work coach appointment, so they are living on "
             "Chloe's claim alone. We supplied a Moses basket, car seat, bottles, a steriliser and newborn "
             "clothes.",
             ["FIN"],
             [("convention", "parents are adults (23, 25): worklessness is FIN, not EDU-NEET (conv. 11)")]),
        ]),
        ("C", "2025-10-06", [
            ("blue",
             "Harley was born on 10 June and is feeding well. Jack's sanction ended in August and he has "
             "picked up zero-hours work at a warehouse. They are still paying back a UC advance at \u00a338 a "
             "month from Chloe's claim, which she says they can manage now.",
             ["FIN"],
             [("historical", "sanction ended in August"),
              ("money_word", "new zero-hours job is not FIN"),
              ("lookalike", "'feeding well' is good news, not EYD"),
              ("convention", "blue box: repaying the advance and managing = FIN present (conv. 3)")]),
            ("green",
             "Chloe remains under the perinatal team and is taking sertraline; the health visitor visits "
             "fortnightly and says mum and baby are bonding well.",
             ["MH-ADULT"],
             []),
        ]),
    ]),
    ("V008", "Harbourside", "welfare rights caseworker", [
        ("A", "2025-01-27", [
            ("green",
             "Their son Harvey (10) has type 1 diabetes. He does his own finger-prick checks at school with "
             "the school nurse keeping an eye, and the clinic is pleased with him. Nicola gets DLA for Harvey "
             "and there have been no problems with the award.",
             ["PH"],
             [("money_word", "DLA with no problem described: no FIN (conv. 5)"),
              ("negated", "'no problems with the award'")]),
            ("yellow",
             "Welfare rights casework. Craig (45) has severe COPD and was refused PIP at assessment in "
             "November; mandatory reconsideration upheld the decision and we are lodging a tribunal appeal. "
             "Nicola has cut her hours at the bakery to take him to hospital appointments, so income is down "
             "about \u00a3400 a month and they are now \u00a3360 behind on the water bill.",
             ["FIN", "PH"],
             []),
        ]),
        ("C", "2025-11-24", [
            ("blue",
             "The tribunal allowed the appeal in October and Craig was awarded the daily living component, "
             "backdated. The water arrears were cleared from the back payment and Nicola is back on her "
             "normal hours. Craig's COPD is stable on his inhalers and he goes to pulmonary rehab at the "
             "leisure centre.",
             ["PH"],
             [("need_met", "appeal won, water arrears cleared: FIN historical"),
              ("money_word", "PIP award and back payment alone are not FIN")]),
            ("green",
             "Harvey's diabetes remains well controlled; his last HbA1c was in range and the school nurse has "
             "updated his care plan for Year 6.",
             ["PH"],
             []),
        ]),
    ]),
    ("V009", "Ashcombe", "dads' group worker", [
        ("A", "2025-03-25", [
            ("green",
             "Mia (4) has a place at the nursery at Ashcombe Family Hub, but nursery say she misses most "
             "Wednesdays and Thursdays, which are Dean's days. Dean says getting her there before his shift "
             "is the hard part. He drank heavily for a few months after the split but stopped in 2024 and "
             "doesn't drink now.",
             ["EYD"],
             [("historical", "heavy drinking stopped in 2024: SUB not coded"),
              ("money_word", "'before his shift' is not FIN")]),
            ("yellow",
             "Dean (34) was referred to Ashcombe Dads by his early help worker. He split from the children's "
             "mum, Kerry, last spring; Tyler (7) and Mia (4) stay with him every other weekend and midweek. "
             "Handovers at Kerry's door regularly end in slanging matches in front of the kids and they "
             "can't agree holidays. A MIAM with the mediation service is booked. Dean works rotating shifts "
             "at the distribution centre.",
             ["REL-CONF"],
             [("money_word", "rotating shifts are not FIN (conv. 5)")]),
        ]),
        ("C", "2025-08-11", [
            ("blue",
             "Dean and Kerry now sort arrangements through a co-parenting app and hand over at the leisure "
             "centre; Dean says there hasn't been a row in front of the children since June. He has come off "
             "the anxiety tablets the GP started him on in the spring.",
             ["REL-CONF"],
             [("historical", "off the anxiety tablets: MH-ADULT over"),
              ("convention", "blue box: separated parents managing contact via an app = REL-CONF now managing")]),
        ]),
    ]),
    ("V010", "Millbrook", "community family support charity worker", [
        ("A", "2025-01-14", [
            ("yellow",
             "Family support worker allocated through the Early Help hub. Stacey is a lone parent to Kai "
             "(14), Jayden (11) and Ruby (2) and says she has lost control of the boys: Kai comes in after "
             "midnight and Jayden refuses to go to bed and swears at her. Jayden has been on a behaviour "
             "report at Millbrook Juniors since November for disrupting lessons. Stacey is booked on the "
             "Talking Teens parenting course.",
             ["REL-PAR", "EDU-EXC"],
             []),
            ("orange",
             "Kai was arrested in December after police stopped him with two older men on the Westfield "
             "estate; he had wraps of cannabis and \u00a3300 in cash he couldn't account for. Released under "
             "investigation. Strong indicators of criminal exploitation \u2013 NRM referral made and the case "
             "is going to the exploitation panel.",
             ["SAFE-EXP", "CRIME"],
             [("convention", "drugs found on an exploited child: SAFE-EXP + CRIME, not SUB (conv. 12)"),
              ("money_word", "\u00a3300 cash is not FIN")]),
        ]),
        ("C", "2025-06-30", [
            ("yellow",
             "Kai appeared at youth court in April and is working with the Youth Justice Service on a "
             "six-month referral order. The exploitation panel closed his case in May \u2013 he is no longer "
             "seen with the Westfield group and his phone checks are clear.",
             ["CRIME"],
             [("need_met", "exploitation case closed, no longer linked: SAFE-EXP historical")]),
            ("blue",
             "Stacey finished Talking Teens and has a bedtime routine and reward chart in place for Jayden; "
             "she says it works most nights and the shouting has calmed down.",
             ["REL-PAR"],
             []),
        ]),
    ]),
    ("V011", "Harbourside", "housing association repairs and tenancy officer", [
        ("A", "2025-11-03", [
            ("yellow",
             "Precious is on statutory maternity pay, which ends in December. She has been running a "
             "dehumidifier day and night and is now \u00a3220 in arrears with the electricity supplier. Her "
             "partner Kwame works away on a building site during the week. Referred to our tenancy money "
             "advice service for a benefits check and a supplier grant application.",
             ["FIN"],
             [("money_word", "maternity pay and working away are not FIN by themselves; FIN is from the arrears")]),
            ("orange",
             "Damp and mould report at 3 Quay Terrace. Black mould across the back bedroom and bathroom "
             "ceiling; three repair reports since August with no follow-up, and the family's bedding and "
             "clothes are ruined. Baby Amara (7 months) has had two chest infections and the GP has written "
             "in support linking her wheeze to the conditions. Escalated to the repairs manager and "
             "Environmental Health under Awaab's Law timescales.",
             ["HOUS", "PH"],
             []),
        ]),
        ("C", "2026-03-16", [
            ("blue",
             "Damp-proofing, a mould wash and two extractor fans were completed in January and there has "
             "been no regrowth. Amara's wheeze cleared up over the winter and the GP has stopped her inhaler. "
             "Precious is paying the electricity arrears at \u00a35 a week on a plan with the supplier.",
             ["FIN"],
             [("need_met", "repairs done, no regrowth: HOUS historical"),
              ("need_met", "wheeze cleared, inhaler stopped: PH historical")]),
        ]),
    ]),
    ("V012", "Thornley", "domestic abuse outreach worker", [
        ("A", "2025-06-02", [
            ("green",
             "Megan (15) and Owen (12) attend Thornley Academy; school report good attendance and no "
             "concerns. Owen's referral to the orthodontist has lapsed because two appointments were missed.",
             ["PH"],
             [("negated", "good attendance, no concerns: no EDU-ATT")]),
            ("yellow",
             "Outreach referral via the GP. Sarah (41) says her husband Paul has control of all the money: "
             "her wages go into his account, she is given \u00a320 a week and has to hand over the receipts. She "
             "has just found out he took out two loans in her name, now around \u00a36,000. She isn't ready to "
             "leave; we have started safety planning and talked through what a refuge space would look like "
             "if she decides to go.",
             ["DA", "FIN"],
             [("money_word", "wages and the \u00a320 'allowance' are economic control (DA), not a FIN issue by themselves"),
              ("hypothetical", "refuge 'if she decides to go': HOUS not coded")]),
        ]),
        ("C", "2025-12-01", [
            ("orange",
             "Sarah and the children fled in September and are in a refuge in another county; she has made a "
             "homeless application to that council and is waiting for a temporary accommodation offer. Paul "
             "turned up at the children's new school in breach of his bail and was arrested. Case relisted "
             "at MARAC.",
             ["DA", "HOUS"],
             [("convention", "perpetrator's breach and arrest are DA only, not CRIME (conv. 7)")]),
            ("yellow",
             "With our money adviser, Sarah has had both loans flagged to the lenders as coerced debt "
             "arising from economic abuse, and collection is on hold while they investigate. She now has her "
             "own bank account and her own UC claim.",
             ["FIN", "DA"],
             [("money_word", "own bank account and UC claim are not problems by themselves")]),
        ]),
    ]),
    ("V013", "Millbrook", "young carers project worker", [
        ("A", "2025-09-08", [
            ("green",
             "Josh has just started Year 7 at Millbrook Academy. His head of year says he seems worried and "
             "withdrawn in tutor time and has put him on the list to see the school counsellor.",
             ["MH-CHILD"],
             []),
            ("yellow",
             "Referral to Millbrook Young Carers from his primary school. Josh (11) lives with his mum "
             "Lorraine and his sister Freya (14), who has cerebral palsy and epilepsy. When Lorraine works "
             "late shifts at the care home, Josh helps with Freya's tube feeds, gives her epilepsy drugs and "
             "listens out for seizures overnight. Lorraine gets Carer's Allowance for Freya. Young carer "
             "assessment booked for 22 September.",
             ["CARER", "PH"],
             [("lookalike", "'epilepsy drugs' are prescribed medicine: no SUB"),
              ("money_word", "Carer's Allowance and late shifts: no FIN, and the benefit alone does not give CARER (conv. 5)")]),
        ]),
        ("C", "2026-01-19", [
            ("blue",
             "Josh goes to the Saturday young carers club and has a young carer card so he can ring home at "
             "lunchtime. His counselling at school finished at Christmas; he says he feels much happier and "
             "has joined the football team.",
             ["CARER"],
             [("need_met", "counselling finished, feels happier: MH-CHILD historical")]),
        ]),
    ]),
    ("V014", "Ashcombe", "food bank coordinator", [
        ("A", "2025-04-28", [
            ("green",
             "Lisa has told her GP she isn't coping and has been started on antidepressants. Their eldest, "
             "Brandon (18), dropped out of sixth form in February and is at home all day; he says he is "
             "looking for an apprenticeship.",
             ["MH-ADULT", "EDU-NEET"],
             [("convention", "NEET young person is EDU-NEET only, no FIN (conv. 11)")]),
            ("yellow",
             "Emergency food bank voucher issued. Gary admitted he lost most of this month's UC on online "
             "slots and the cupboards are bare until payday. He has self-excluded through GAMSTOP and wants "
             "help with two maxed-out credit cards and a loan from his brother. Lisa says they have been "
             "rowing constantly about money and she asked him to stay at his mum's for a few nights; she is "
             "clear there has never been any violence.",
             ["FIN", "SAFE-NEG", "REL-CONF"],
             [("convention", "gambling debts are FIN, not SUB (conv. 10)"),
              ("lookalike", "'self-excluded' from gambling is not school exclusion (EDU-EXC)"),
              ("negated", "'never been any violence': no DA"),
              ("convention", "bare cupboards = SAFE-NEG and food bank = FIN (conv. 10)")]),
        ]),
        ("C", "2025-09-01", [
            ("blue",
             "Gary goes to a GamCare group every week and Lisa now holds the bank card. A debt management "
             "plan is in place at \u00a360 a month and they are keeping up with it. Brandon started a plumbing "
             "apprenticeship in June.",
             ["FIN"],
             [("need_met", "Brandon in an apprenticeship: EDU-NEET historical")]),
            ("green",
             "Lisa is still taking her antidepressants and had a positive medication review with her GP in "
             "August; she says she feels more like herself and is getting out for walks with a friend.",
             ["MH-ADULT"],
             []),
        ]),
    ]),
    ("V015", "Thornley", "housing register officer", [
        ("A", "2025-05-19", [
            ("green",
             "Baby Zofia (1) is up to date with her checks and immunisations. Mr Novak works nights at the "
             "bakery and Mrs Novak does school hours at a caf\u00e9; they say they are managing fine on their "
             "wages.",
             [],
             [("money_word", "night work and wages with no problem: no FIN"),
              ("lookalike", "up-to-date checks are good news: no EYD/PH")]),
            ("yellow",
             "Housing register review for the Novak family: two parents and four children aged 17, 13, 9 and "
             "1 in a 2-bed flat. Overcrowded by two bedrooms and moved up to Band A for bidding. Kacper (17) "
             "sleeps on the sofa in the living room.",
             ["HOUS"],
             []),
            ("orange",
             "Kacper left college in March and hasn't found work. He is out most nights and his mum found "
             "cannabis and a grinder in his room. Police brought him home at 4am last Saturday after his "
             "parents reported him missing. He also smokes and vapes heavily, which his mum worries about.",
             ["EDU-NEET", "SUB", "SAFE-EXP"],
             [("convention", "police returning a missing child is safeguarding, not CRIME (conv. 7)"),
              ("lookalike", "smoking/vaping is not SUB (conv. 12); SUB is from the cannabis")]),
        ]),
        ("C", "2025-10-27", [
            ("yellow",
             "The family accepted a 4-bed house on the Lindens estate and moved in September. Kacper started "
             "a motor-vehicle apprenticeship at a local garage in August. He is still smoking weed most "
             "evenings and has agreed to meet the young people's drug and alcohol worker.",
             ["SUB"],
             [("need_met", "rehoused: HOUS historical"),
              ("need_met", "apprenticeship: EDU-NEET historical")]),
        ]),
    ]),
    ("V016", "Harbourside", "welfare rights caseworker", [
        ("A", "2025-10-13", [
            ("green",
             "Hana (8) has been seeing the school nurse because she is still wetting the bed most nights, and "
             "Tariq is washing sheets every morning before school.",
             ["PH"],
             [("convention", "bedwetting at school age is PH (conv. 9)")]),
            ("yellow",
             "Mr Tariq Ahmed, lone parent of two. His UC is cut by \u00a3110 a month: \u00a365 repaying an advance "
             "and a \u00a345 third-party deduction for old council tax arrears. He is behind on the gas and has "
             "used the food bank twice. We have asked DWP to reduce the deductions on hardship grounds and "
             "applied to the Household Support Fund.",
             ["FIN"],
             []),
            ("orange",
             "Bilal (14) was permanently excluded from Harbourside High in September after bringing a knife "
             "into school and now attends the PRU. Police gave him a youth caution.",
             ["EDU-EXC", "CRIME"],
             []),
        ]),
        ("C", "2026-02-09", [
            ("yellow",
             "Bilal is settled at the PRU and a reintegration plan to Northgate School is being drawn up; he "
             "has started seeing CAMHS about his anger. No further police involvement since the caution. Tariq's "
             "deductions are down to \u00a340 a month and the HSF paid \u00a3150 towards the gas.",
             ["EDU-EXC", "MH-CHILD", "FIN"],
             [("historical", "'no further police involvement since the caution': CRIME not coded"),
              ("convention", "a current CAMHS service codes MH-CHILD (conv. 4)")]),
        ]),
    ]),
    ("V017", "Ashcombe", "baby bank volunteer coordinator", [
        ("A", "2025-07-07", [
            ("green",
             "Nursery say Leo has very few words for his age and is not yet toilet trained; the health "
             "visitor has referred him to speech and language therapy.",
             ["EYD"],
             []),
            ("yellow",
             "Baby bank referral. Maureen (62) has had a Special Guardianship Order for her grandsons Leo (3) "
             "and Reece (9 months) since April, while their mum is in residential rehab. She is on her state "
             "pension, the SGO allowance hasn't started yet, and she has put \u00a3600 on a credit card buying "
             "cots, a buggy and formula. We provided a highchair, stair gates and clothes for both boys.",
             ["FIN"],
             [("lookalike", "a kinship/special guardian is not CARER (conv. 12)"),
              ("outside_household", "mum in rehab lives elsewhere: no SUB (conv. 6)")]),
        ]),
        ("C", "2025-12-08", [
            ("blue",
             "The SGO allowance is now paid monthly with a backdated lump sum and Maureen has cleared the "
             "credit card. She goes to the kinship carers' coffee morning at the family hub. Leo still has "
             "speech and language sessions at nursery and is dry in the daytime now.",
             ["EYD"],
             [("need_met", "credit card cleared: FIN historical"),
              ("lookalike", "kinship carers' group is not CARER"),
              ("convention", "ongoing SALT sessions code EYD (conv. 4)")]),
        ]),
    ]),
    ("V018", "Millbrook", "community family support charity worker", [
        ("A", "2025-09-22", [
            ("green",
             "Aisha works part-time as a teaching assistant and gets a UC top-up. She says money is fine, "
             "there are no debts, and her mum helps with childcare. If her hours are cut next term she may "
             "need help with the UC side.",
             [],
             [("money_word", "part-time work and UC top-up, no problem: no FIN"),
              ("negated", "'no debts'"),
              ("hypothetical", "'if her hours are cut' FIN hypothetical")]),
            ("yellow",
             "Aisha asked for help with Zain (9), who has meltdowns at home most days, hits and kicks her "
             "when told no, and has broken his bedroom door. At school he is on SEN support, is waiting for "
             "an ADHD assessment and had a one-day suspension this month for kicking a TA. Aisha left an "
             "abusive relationship in 2019; there has been no contact since and she says that part of her "
             "life is closed.",
             ["REL-PAR", "EDU-SEND", "EDU-EXC"],
             [("convention", "child-to-parent violence is REL-PAR, not DA (conv. 8)"),
              ("historical", "abusive relationship ended 2019, no contact: DA historical")]),
        ]),
        ("C", "2026-01-12", [
            ("green",
             "Zain was diagnosed with ADHD in November and has started medication. The SENCO has built "
             "movement breaks into his support plan.",
             ["EDU-SEND"],
             []),
            ("blue",
             "Aisha finished the parenting course and uses the calm-down plan at home; she says the meltdowns "
             "are down to about one a week and Zain hasn't hit her since October.",
             ["REL-PAR"],
             [("historical", "no hitting since October (the CPV part is over; meltdowns continue)")]),
        ]),
    ]),
    ("V019", "Harbourside", "tenancy sustainment officer", [
        ("A", "2025-03-10", [
            ("yellow",
             "Skye (16) left Harbourside College in January after one term and hasn't found work or training. "
             "She is at home most of the day, and when her dad is low she does the cooking and "
             "shopping and makes sure he takes his tablets.",
             ["EDU-NEET", "CARER"],
             [("convention", "NEET 16-year-old is EDU-NEET only, no FIN (conv. 11)")]),
            ("orange",
             "Tenancy sustainment referral for Mr Darren Cole (47), who lives with his daughter Skye. "
             "Darren's depression has got worse since his mother died and he has stopped opening his post. "
             "Among the letters was a notice of seeking possession for \u00a31,900 rent arrears; the claim is "
             "listed at court in April. He has no family nearby apart from Skye and told me some days he 'can't see "
             "the point'; I have asked him to see his GP this week and given him the crisis line number. Rent "
             "has been paid in full from his UC since January, so the arrears are not growing.",
             ["MH-ADULT", "HOUS", "FIN"],
             [("money_word", "current rent paid in full from UC is not a problem, but the \u00a31,900 arrears stand: FIN present"),
              ("negated", "'arrears are not growing' does not negate the existing arrears or the possession claim")]),
        ]),
        ("C", "2025-08-26", [
            ("yellow",
             "Arrears now \u00a3450 after a DHP and a repayment agreement of \u00a310 a week on top of the rent, "
             "and the possession claim was adjourned on terms. Darren is having sessions with Talking "
             "Therapies.",
             ["FIN", "HOUS", "MH-ADULT"],
             []),
            ("blue",
             "Skye started a hairdressing traineeship in June and loves it. She still goes to the young carers' "
             "group every other Wednesday and says it helps to talk to others who look after a parent.",
             ["CARER"],
             [("need_met", "in a traineeship: EDU-NEET historical")]),
        ]),
    ]),
    ("V020", "Thornley", "young carers project worker", [
        ("A", "2025-10-20", [
            ("yellow",
             "Gemma's UC has a \u00a390 a month deduction for a budgeting advance and she owes the electricity "
             "company \u00a3640; the meter was on emergency credit when we visited.",
             ["FIN"],
             []),
            ("orange",
             "Referral from the drug and alcohol service. Mum Gemma is prescribed methadone but is using "
             "crack on top and has missed several school pick-ups. Kian (12) gets his sister Ava (6) up and "
             "ready for school and cooks tea most nights. On our visit there was no food in the house and the "
             "children said they'd had crisps for tea. Ava's attendance at Thornley Infants is 84% with "
             "frequent lates.",
             ["SUB", "CARER", "SAFE-NEG", "EDU-ATT"],
             []),
        ]),
        ("C", "2026-03-02", [
            ("red",
             "Case stepped up: both children are on child in need plans and the social worker now leads. "
             "Gemma is still collecting her methadone daily and has had clear tests for crack for six weeks. Kian "
             "still comes to young carers on Tuesdays but is doing less at home since his aunt moved in to "
             "help.",
             ["SUB", "CARER"],
             [("historical", "crack use over (clear six weeks) but methadone treatment continues: SUB present (conv. 4)")]),
        ]),
    ]),
    ("V021", "Ashcombe", "dads' group worker", [
        ("A", "2025-09-29", [
            ("green",
             "Their eldest, Ethan (12), is being picked on in a class group chat and has missed six days "
             "this half term; he is anxious and tearful in the mornings. The school's pastoral lead is "
             "speaking to the parents of the boys involved.",
             ["SAFE-EXP", "EDU-ATT", "MH-CHILD"],
             [("outside_household", "the other boys and their parents are not coded; the bullying of Ethan is")]),
            ("yellow",
             "Marcus (39), ex-forces, joined the dads' group after his partner Jade suggested it. He has PTSD "
             "from his time in Afghanistan and is very short-fused with the boys; he shouts, then feels "
             "guilty and withdraws. He is on the waiting list for Op COURAGE.",
             ["MH-ADULT", "REL-PAR"],
             []),
        ]),
        ("C", "2026-02-16", [
            ("blue",
             "Marcus has started therapy through Op COURAGE and comes to the group fortnightly. When he feels "
             "his temper rising with the boys he takes ten minutes in the garden, and Jade says home is "
             "calmer. The group chat was shut down after school stepped in and Ethan's attendance is back "
             "to normal.",
             ["MH-ADULT", "REL-PAR"],
             [("need_met", "group chat shut down, attendance back to normal: SAFE-EXP and EDU-ATT historical")]),
        ]),
    ]),
    ("V022", "Thornley", "Citizens Advice adviser", [
        ("A", "2025-12-01", [
            ("green",
             "Holly says her own health is good and she is registered with a GP. Her dad, who lives in Spain, "
             "has just had heart bypass surgery and she hopes to fly out at Easter. The twins' school is "
             "supportive and she has no worries about how they are getting on in class.",
             [],
             [("negated", "Holly's health good, no worries about class: nothing coded"),
              ("outside_household", "grandfather's heart surgery in Spain: no PH (conv. 6)")]),
            ("yellow",
             "Ms Holly Price came to Citizens Advice about a \u00a32,300 energy debt and enforcement agent letters "
             "for council tax. Her twins Oscar and Isla (7) are both autistic: Oscar has an EHCP and Isla is "
             "on SEN support while an EHC needs assessment is under way. Holly claims Carer's Allowance and "
             "DLA for both. The twins' dad stopped paying maintenance in the summer and every conversation "
             "about contact ends in an argument.",
             ["FIN", "EDU-SEND", "REL-CONF"],
             [("money_word", "Carer's Allowance/DLA do not give CARER or PH (conv. 5); 'carer' alone is not CARER")]),
        ]),
        ("C", "2026-04-13", [
            ("yellow",
             "The energy supplier agreed Fuel Direct and wrote off half the arrears from its hardship fund; "
             "the council tax is on a reduced instalment plan that we negotiated. Isla's EHCP has now been "
             "issued, naming the same school as Oscar.",
             ["FIN", "EDU-SEND"],
             []),
        ]),
    ]),
    ("V023", "Millbrook", "housing options officer", [
        ("A", "2025-06-16", [
            ("green",
             "Leanne is 20 weeks pregnant and has missed two antenatal appointments since the move "
             "because her hospital is now two buses away.",
             ["PH"],
             []),
            ("yellow",
             "Jack (10) and Leah (8) are still on roll at Thornley Primary, over an hour away by bus, and have "
             "missed several days since the move. Alfie (4) has lost his nursery place because the family "
             "couldn't get him there.",
             ["EDU-ATT", "EYD"],
             []),
            ("orange",
             "Main housing duty accepted. Family placed in one room at the Station Hotel B&B after eviction "
             "by county court bailiffs on 6 June; the \u00a34,000 private rent arrears are still owed to the old "
             "landlord. The household is Leanne, Scott and three children. Scott is on licence after release "
             "from prison in March and his probation officer has been told of the new address.",
             ["HOUS", "FIN", "CRIME"],
             [("convention", "household adult on licence/probation is CRIME (conv. 7)")]),
        ]),
        ("C", "2025-11-10", [
            ("yellow",
             "Moved from the B&B to a self-contained 3-bed temporary flat in Millbrook in August; bidding in "
             "Band B for a permanent home. Jack and Leah now go to Millbrook Primary and their attendance "
             "this term is 97%. Alfie is back at nursery.",
             ["HOUS"],
             [("lookalike", "97% attendance is good news with no need stated in this text: no EDU-ATT (conv. 1, 3)"),
              ("need_met", "Alfie back at nursery: EYD over")]),
        ]),
    ]),
    ("V024", "Harbourside", "community family support charity worker", [
        ("A", "2025-02-03", [
            ("yellow",
             "Tracey finds it very hard to set boundaries with Lacey, who swears at her and stays out past "
             "midnight. Lacey's attendance at Harbourside High has dropped to 71% and she had a two-day "
             "suspension in January for swearing at a teacher. Tracey has been referred to the Who's In "
             "Charge? course.",
             ["REL-PAR", "EDU-ATT", "EDU-EXC"],
             []),
            ("orange",
             "Referral from the school DSL. Lacey (15) is seeing a 19-year-old man who buys her vapes and "
             "phone credit and has pressured her to send images. She has been missing overnight twice and "
             "was found by police both times. She told the school nurse she has been cutting her arms.",
             ["SAFE-EXP", "MH-CHILD"],
             [("lookalike", "vapes are not SUB; phone credit is not FIN"),
              ("convention", "police finding a missing child is not CRIME (conv. 7)"),
              ("outside_household", "the 19-year-old's offending is not coded; its effect (SAFE-EXP) is")]),
        ]),
        ("C", "2025-07-07", [
            ("orange",
             "Lacey is still in contact with the 19-year-old despite a Child Abduction Warning Notice being "
             "served on him. There was a further missing episode in June, when police found her at his flat. "
             "A strategy meeting has been requested.",
             ["SAFE-EXP"],
             [("outside_household", "the warning notice is against him: no CRIME for the family"),
              ("convention", "boxed: a strategy meeting mention does not change the orange box level (conv. 2)")]),
            ("yellow",
             "Tracey completed Who's In Charge? and says the rows at home are less frequent, though Lacey "
             "still ignores her curfew at weekends.",
             ["REL-PAR"],
             []),
        ]),
    ]),
]

# Unboxed case notes: (id, locality, writer, stage, date, text, level_from_cue, codes, traps)
UNBOXED = [
    ("V025", "Harbourside", "council housing officer", "assessment", "2025-05-06",
     "Home visit to 22 Mill Lane about rent arrears of \u00a32,750. A notice of seeking possession was served "
     "three weeks ago after letters went unanswered. Ms Reid says her UC housing costs were being paid to her "
     "and she used the money for the children's school uniforms and the gas. Agreed to request an alternative "
     "payment arrangement so the rent goes direct, and referred her to Citizens Advice for a debt check.",
     "orange", ["HOUS", "FIN"],
     [("convention", "highest cue is the possession notice (orange) over Citizens Advice (yellow)")]),
    ("V026", "Millbrook", "food bank coordinator", "assessment", "2025-11-17",
     "Food parcel collected by Mr Osei on a referral from the family support worker. Household of five "
     "living on his wages alone since his wife's zero-hours work at the warehouse dried up in September. "
     "Their eldest, Kwabena (17), dropped out of college at half term and isn't working. Packed halal-only "
     "as requested.",
     "yellow", ["FIN", "EDU-NEET"],
     [("note", "family support worker = yellow cue"),
      ("convention", "Kwabena (17) NEET is EDU-NEET; FIN is from the parents' lost income and food parcel (conv. 11)")]),
    ("V027", "Harbourside", "domestic abuse outreach worker", "assessment", "2025-08-12",
     "Phone check-in with Danielle. Her ex-partner was remanded after breaching the non-molestation order "
     "last week, and the case goes back to MARAC on Thursday. The sanctuary scheme locksmith has been. The "
     "children (4 and 7) are at nursery and school as normal. If he gets bail at the next hearing she would "
     "think about a refuge space further away.",
     "orange", ["DA"],
     [("convention", "ex-partner's breach and remand are DA only, not CRIME (conv. 7)"),
      ("hypothetical", "refuge only 'if he gets bail': HOUS not coded"),
      ("lookalike", "children at nursery/school as normal: good news, no EYD/EDU"),
      ("note", "MARAC = orange cue")]),
    ("V028", "Thornley", "welfare rights caseworker", "assessment", "2025-06-23",
     "Helped Mr and Mrs Ward fill in the PIP review form for Mrs Ward's rheumatoid arthritis, using a letter "
     "from her GP about the flare-ups in her hands. The award isn't in dispute and the couple say they have "
     "no money worries; this is a routine renewal.",
     "green", ["PH"],
     [("money_word", "PIP review with no benefit problem: no FIN (conv. 5)"),
      ("negated", "'no money worries'"),
      ("note", "only named service is the GP = green cue")]),
    ("V029", "Ashcombe", "young carers project worker", "assessment", "2025-10-06",
     "One-to-one at the young carers project with Jess (10). She lives with her dad and her little brother "
     "Louie (5) and says her dad's drinking has got worse since he was made redundant in the summer. She puts "
     "Louie to bed most nights and walks him to school. Agreed to complete a young carer assessment with her.",
     "yellow", ["CARER", "SUB", "FIN"],
     [("note", "young carers service = yellow cue; FIN from household worklessness (redundancy)")]),
    ("V030", "Harbourside", "community family support charity worker", "closure", "2025-12-15",
     "Closure call with Ms Adeyemi. After we passed on the details she applied for the water company's "
     "social tariff herself and set up a plan paying \u00a38 a week off the \u00a3310 water arrears. She says the "
     "bill is affordable now.",
     "blue", ["FIN"],
     [("note", "information acted on by the family itself = blue cue; arrears still being repaid = FIN present")]),
    ("V031", "Thornley", "baby bank volunteer coordinator", "assessment", "2026-01-26",
     "Request from the family support worker for a stair gate, a highchair and winter clothes for Theo "
     "(8 months). Mum is on maternity allowance, which she says doesn't stretch to extras after rent and "
     "bills, and she has had two crisis payments from the council this winter.",
     "yellow", ["FIN"],
     [("money_word", "maternity allowance alone would not be FIN; here a shortfall and crisis payments are described")]),
    ("V032", "Millbrook", "council housing officer", "assessment", "2025-09-09",
     "Joint visit with the children's social worker; the three children are on child protection plans "
     "under the category of neglect. Rubbish bags piled in the kitchen, dog mess on the floors and no "
     "bedding on the children's beds. The rent account is clear and there is no disrepair to report, so the "
     "tenancy isn't at risk.",
     "red", ["SAFE-NEG"],
     [("negated", "rent account clear, no disrepair, tenancy not at risk: no FIN/HOUS"),
      ("note", "child protection plan = red cue")]),
]

NARR_HEADER = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
GOLD_HEADER = ["narrative_id", "code", "level"]


def build():
    narr_rows, gold_rows, traps = [], [], {}
    for case, loc, writer, triages in CASES:
        for letter, date, boxes in triages:
            stage = "assessment" if letter == "A" else "closure"
            tid = f"{case}-{letter}"
            for level, text, codes, trap_list in boxes:
                nid = f"{tid}-{level}"
                narr_rows.append([nid, tid, case, stage, date, level, loc, text])
                for c in codes:
                    gold_rows.append([nid, c, level])
                traps[nid] = {"writer": writer, "gold": codes, "level": level,
                              "traps": [{"kind": k, "note": n} for k, n in trap_list]}
    for nid, loc, writer, stage, date, text, level, codes, trap_list in UNBOXED:
        narr_rows.append([nid, nid, nid, stage, date, "", loc, text])
        for c in codes:
            gold_rows.append([nid, c, level])
        traps[nid] = {"writer": writer, "gold": codes, "level": level, "unboxed": True,
                      "traps": [{"kind": k, "note": n} for k, n in trap_list]}

    with open(os.path.join(HERE, "narratives.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(NARR_HEADER)
        w.writerows(narr_rows)
    with open(os.path.join(HERE, "gold.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(GOLD_HEADER)
        w.writerows(gold_rows)
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8") as f:
        json.dump(traps, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return narr_rows, gold_rows, traps


def stats(narr_rows, gold_rows, traps):
    from collections import Counter
    per_code = Counter(r[1] for r in gold_rows)
    per_level = Counter(r[2] for r in gold_rows)
    kinds = Counter(t["kind"] for v in traps.values() for t in v["traps"] if t["kind"] != "note")
    with_trap = sum(1 for v in traps.values() if any(t["kind"] != "note" for t in v["traps"]))
    empty = sum(1 for v in traps.values() if not v["gold"])
    words = [len(r[7].split()) for r in narr_rows]
    print(f"narratives {len(narr_rows)}  gold rows {len(gold_rows)}  "
          f"triages {len({r[1] for r in narr_rows})}  cases {len({r[2] for r in narr_rows})}")
    print("boxed", sum(1 for r in narr_rows if r[5]), "unboxed", sum(1 for r in narr_rows if not r[5]),
          "assessment", sum(1 for r in narr_rows if r[3] == 'assessment'),
          "closure", sum(1 for r in narr_rows if r[3] == 'closure'))
    print("per code", dict(sorted(per_code.items())))
    print("per level", dict(per_level))
    print("trap kinds", dict(kinds))
    print("narratives with >=1 trap", with_trap, " narratives with no gold", empty)
    print("words min/max (excluding N/A)", min(w for w in words if w > 1), max(words))
    short = [r[0] for r in narr_rows if 1 < len(r[7].split()) < 20]
    print("under 20 words:", short)


if __name__ == "__main__":
    n, g, t = build()
    stats(n, g, t)
