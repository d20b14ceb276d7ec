#!/usr/bin/env python3
"""Build a blind, hand-coded gold set (money, work and benefits voice).

Every narrative, its gold codes and its trap notes are written by hand below.
Running this file writes narratives.csv, gold.csv and traps.json next to it.
Python 3 standard library only.
"""
import csv
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

ROWS = []  # one dict per narrative


def box(case, stage, date, level, loc, text, codes, traps=()):
    """A narrative written in a level box: every code takes the box level."""
    s = "A" if stage == "assessment" else "C"
    tid = "%s-%s" % (case, s)
    ROWS.append(dict(narrative_id="%s-%s" % (tid, level), triage_id=tid,
                     case_id=case, stage=stage, date=date, level=level,
                     locality=loc, narrative=text, codes=list(codes),
                     gold_level=level, traps=[list(t) for t in traps]))


def note(nid, stage, date, loc, text, codes, gold_level, traps=()):
    """An unboxed case note: one level for all codes, from the highest cue."""
    ROWS.append(dict(narrative_id=nid, triage_id=nid, case_id=nid,
                     stage=stage, date=date, level="", locality=loc,
                     narrative=text, codes=list(codes), gold_level=gold_level,
                     traps=[list(t) for t in traps]))


AV, BC, CH, DM = "Ashcombe Vale", "Brindle Cross", "Carrow Heath", "Dunmere"
A, C = "assessment", "closure"

# ---------------------------------------------------------------- M001-M007
box("M001", A, "2025-02-11", "green", AV,
    "Kai (3y 10m) has a funded place at Little Oaks Nursery but has only made about half "
    "his sessions since January. Keyworker says he mostly points and uses single words; "
    "HV has put him on the SALT waiting list. Mum says the bus fare there and back is hard "
    "to find by the end of the month.",
    ["EYD", "FIN"])
box("M001", A, "2025-02-11", "yellow", AV,
    "Jade (lone parent, on UC) has £87 a month coming off her UC for an advance and an old "
    "tax credit overpayment, so the money runs out in week three. Meter on emergency credit "
    "most weeks and she has borrowed off her cousin twice. She is £180 behind with the rent; "
    "the landlord has agreed she can pay it back over the summer and has not threatened "
    "notice. EHW to help her ask DWP to lower the deductions and book her into the Hub's "
    "money advice drop-in.",
    ["FIN"],
    [("convention", "rent arrears with no notice or risk of losing the home: FIN only, not HOUS")])
box("M001", C, "2025-07-03", "blue", AV,
    "Deductions brought down to £32 a month after the EHW's call to DWP. Jade keeps a weekly "
    "budget on her phone, tops up the meter on UC day and says she has not had to go onto "
    "emergency credit since May.",
    ["FIN"],
    [("now-managing", "blue box: ongoing deductions managed with a budget = FIN present"),
     ("historical", "emergency credit use is over, but the debt deductions continue")])

box("M002", A, "2025-03-04", "yellow", BC,
    "Referral from Brindle Cross Citizens Advice. Marcus is on a zero-hours contract at a "
    "parcel depot – 40 hrs one week, 6 the next – so the UC award swings every month and "
    "they cannot plan. Council tax arrears of £640 with a liability order, and enforcement "
    "agent letters now arriving. Partner Chloe does three shifts a week at the leisure centre.",
    ["FIN"],
    [("convention", "Chloe's shift work is not FIN by itself (conv 5); FIN comes from the arrears and zero-hours income")])
box("M002", A, "2025-03-04", "green", BC,
    "Tia (8) at St Aldhelm's Primary: 97% attendance, settled, reading above her age. Class "
    "teacher says she is a credit to the family.",
    [],
    [("good-news", "attendance described only as good; no need stated"),
     ("look-alike", "'credit' is praise, not money")])
box("M002", C, "2025-08-19", "blue", BC,
    "Council tax now on an arrangement of £25 a month and the enforcement agents have handed "
    "the account back to the council. Marcus moved onto a fixed 30-hour contract in July so "
    "the UC is steadier.",
    ["FIN"],
    [("now-managing", "blue box: repaying the arrears by arrangement = FIN present")])

box("M003", A, "2025-01-20", "orange", CH,
    "Carrow Homes served a Section 8 notice on 9 Jan for rent arrears of £2,310. The arrears "
    "built up after Leanne's hours were cut and the UC housing costs were paid to her rather "
    "than to us; she used them for gas and food. Tenancy sustainment officer has applied for "
    "a DHP and asked DWP for a managed payment to landlord.",
    ["HOUS", "FIN"])
box("M003", A, "2025-01-20", "yellow", CH,
    "Leanne tearful all through the visit and says she has been 'in a dark place' since "
    "Christmas. GP has upped her antidepressants and she has self-referred to Carrow Heath "
    "Wellbeing. Ella (10) is worrying about having to move and has been crying in class; "
    "the pastoral lead is seeing her weekly.",
    ["MH-ADULT", "MH-CHILD"])
box("M003", C, "2025-06-30", "blue", CH,
    "Arrears cleared in May with a DHP award and backdated housing costs, and the possession "
    "claim has been withdrawn. Rent now goes direct to Carrow Homes each month.",
    [],
    [("historical", "arrears cleared and claim withdrawn: over, so neither FIN nor HOUS"),
     ("need-met", "rent paid direct is the fix, not a remaining need")])
box("M003", C, "2025-06-30", "green", CH,
    "Leanne still on her medication from the GP and says her mood is 'a lot lighter'. Ella "
    "sees the pastoral lead fortnightly and has stopped crying in class.",
    ["MH-ADULT", "MH-CHILD"],
    [("now-managing", "green box: ongoing treatment and pastoral support = present, though improved")])

box("M004", A, "2025-04-07", "yellow", DM,
    "Third voucher in six weeks at Dunmere Pantry. Rob's ESA was stopped after he missed a "
    "medical assessment (the letter went to his old address) and he has asked for a "
    "mandatory reconsideration. After the rent the family had £14. Josh (11) and Amber (7) "
    "told school there was no breakfast in the house on Friday or Saturday.",
    ["FIN", "SAFE-NEG"],
    [("convention", "conv 10: food bank voucher = FIN, children with no food at home = SAFE-NEG, both described")])
box("M004", A, "2025-04-07", "green", DM,
    "Dunmere Academy have put Josh on breakfast club as he has been arriving hungry, and the "
    "school nurse is weighing him as he has lost weight since the autumn.",
    ["SAFE-NEG", "PH"])
box("M004", C, "2025-09-12", "blue", DM,
    "ESA reinstated after the MR and back-paid in full. No food bank use since June and Rob "
    "says there are no money worries at the moment.",
    [],
    [("historical", "benefit problem resolved, food bank use ended in June"),
     ("negated", "'no money worries'")])

box("M005", A, "2025-05-14", "orange", AV,
    "Dean (stepdad) has disclosed gambling on online slots. Debts of around £11,000 on credit "
    "cards and two payday loans; the loans were taken out in Sarah's name without her "
    "knowledge and she only found out when a lender phoned her. Police attended on 2 May after "
    "Dean smashed the TV during a row. Sarah says he has never hit her. DASH standard risk, "
    "IDVA contact offered.",
    ["FIN", "DA"],
    [("convention", "conv 10: gambling debts are FIN, not SUB"),
     ("convention", "conv 7: police call-out to a partner incident is DA, not CRIME"),
     ("negated", "'never hit her' does not cancel the DA (loans in her name, damage, DASH)")])
box("M005", A, "2025-05-14", "yellow", AV,
    "Callum (14) refusing school since Easter, attendance 71% and falling. Ashcombe High have "
    "offered a reduced timetable for a fortnight to get him back in.",
    ["EDU-ATT"])
box("M005", C, "2025-11-20", "blue", AV,
    "Dean moved out in August and is getting help for his gambling himself. Sarah has her own "
    "bank account now; the lender's fraud team took the two loans off her credit file and she "
    "pays the one joint card at £15 a month through a debt management plan.",
    ["FIN"],
    [("outside-household", "Dean's gambling treatment: he no longer lives in the household"),
     ("now-managing", "blue box: DMP repayments = FIN present")])

box("M006", A, "2025-02-25", "yellow", BC,
    "Sandra has fibromyalgia and COPD and rarely gets out of the house. Her PIP was stopped "
    "at review in December and the appeal is not listed until June, so the household is "
    "£420 a month down. Kieran (13) does most of the cooking and helps his mum in and out of "
    "the bath before school.",
    ["PH", "FIN", "CARER"],
    [("convention", "PH comes from the named conditions, not from PIP (conv 5)")])
box("M006", A, "2025-02-25", "green", BC,
    "Brindle Cross High report Kieran has been late 11 times this term and has fallen behind "
    "with homework; his form tutor has passed it to the pastoral team.",
    ["EDU-ATT"])
box("M006", C, "2025-07-22", "blue", BC,
    "Tribunal found for Sandra in June and her PIP is back with arrears paid. A care agency "
    "now helps her wash and dress each morning, and Kieran goes to the young carers group at "
    "the Hub on Tuesdays.",
    ["PH", "CARER"],
    [("historical", "PIP dispute won and back-paid: FIN over"),
     ("look-alike", "'arrears paid' here is benefit back pay owed to her, not a debt"),
     ("now-managing", "blue box: care agency and young carers group ongoing")])

# ---------------------------------------------------------------- M007
box("M007", A, "2025-06-09", "orange", CH,
    "Priya borrowed £300 from a man on the estate before Christmas and is now being told she "
    "owes £1,900. He holds her bank card, takes cash on payday and has threatened to tell her "
    "family. The Illegal Money Lending Team are now involved and police have been informed. "
    "Priya is frightened of him.",
    ["FIN"],
    [("outside-household", "the loan shark's offending is not CRIME (conv 6); its effect is FIN"),
     ("convention", "not DA: the lender is not a partner or family member")])
box("M007", A, "2025-06-09", "yellow", CH,
    "Priya asked for a food parcel and help with budgeting. £11 left on the gas meter and "
    "Aarav (9) and Diya (6) are wearing their coats indoors in the evenings.",
    ["FIN"],
    [("convention", "conv 10: food parcel and cold home (fuel poverty) are FIN; no hungry child described")])
box("M007", C, "2025-10-28", "blue", CH,
    "IMLT have told Priya she owes the lender nothing; she has a new card and PIN and is "
    "rebuilding a weekly budget with the Hub. She knows which food bank to go to should she "
    "run short again.",
    ["FIN"],
    [("hypothetical", "food bank only 'should she run short again'"),
     ("now-managing", "blue box: rebuilding a budget after illegal lending = FIN present")])

# ---------------------------------------------------------------- M008-M010
box("M008", A, "2025-03-18", "yellow", DM,
    "Gary gets Carer's Allowance for Ruby (9), who has cerebral palsy and uses a wheelchair. "
    "DWP say his weekend bar work took him over the earnings limit for 14 months and he has "
    "an overpayment of £4,800; £70 a month is being recovered from his UC. Gary says nobody "
    "ever told him there was a limit.",
    ["FIN", "PH"],
    [("convention", "Gary is a parent carer: not CARER (conv 12); Carer's Allowance gives FIN only via the overpayment (conv 5)")])
box("M008", A, "2025-03-18", "green", DM,
    "Ruby has an EHCP and attends the resource base at Dunmere Park Primary; physio sees her "
    "in school every week. Annual review due in May.",
    ["EDU-SEND", "PH"])
box("M008", A, "2025-03-18", "blue", DM,
    "Gary's mum has Ruby most Saturdays. Tyler (15) plays for Dunmere Colts and is not "
    "involved in Ruby's personal care.",
    [],
    [("negated", "Tyler explicitly not caring: no CARER"),
     ("convention", "grandmother's help is network support, no need stated")])
box("M008", C, "2025-08-05", "blue", DM,
    "Overpayment now being recovered at £30 a month after a CA adviser helped Gary ask for a "
    "lower rate.",
    ["FIN"],
    [("look-alike", "'CA' here is Citizens Advice, not Carer's Allowance"),
     ("now-managing", "blue box: repaying the overpayment = FIN present")])

box("M009", A, "2025-10-06", "yellow", AV,
    "Both parents work – Hollie as a home carer on a zero-hours contract, Ryan on nights at a "
    "bakery – but after rent and childcare they are about £200 short most months and have "
    "started putting the food shop on a credit card. Referred to Ashcombe Money Matters.",
    ["FIN"],
    [("look-alike", "Hollie is a paid care worker: 'carer' is not CARER"),
     ("convention", "night shifts alone are not FIN; the shortfall and card debt are")])
box("M009", A, "2025-10-06", "orange", AV,
    "Black mould right across the children's bedroom in their private let; the landlord has "
    "ignored repair requests since July. Lily (2) has had three chest infections since August "
    "and is on inhalers from the GP. Environmental health inspecting on 14 Oct.",
    ["HOUS", "PH"])
box("M009", C, "2026-02-10", "blue", AV,
    "Landlord treated the mould and fitted an extractor fan in December after environmental "
    "health served an improvement notice. Lily has been clear of chest infections all winter "
    "and no longer needs her inhalers.",
    [],
    [("historical", "disrepair fixed and Lily's chest problems over: no HOUS, no PH")])
box("M009", C, "2026-02-10", "yellow", AV,
    "Money Matters found the family were not claiming the childcare element of UC and a claim "
    "has now gone in. The £1,700 credit card balance is still outstanding and they are still "
    "short most months.",
    ["FIN"])

box("M010", A, "2025-07-15", "orange", BC,
    "Family of six placed at Brindle Lodge B&B as temporary accommodation since being evicted "
    "from their private let in June. All six in one room with only a microwave and kettle. "
    "Benefit cap has cut their UC by £310 a month.",
    ["HOUS", "FIN"],
    [("convention", "the eviction is past but the family is in TA now: HOUS present")])
box("M010", A, "2025-07-15", "yellow", BC,
    "Sami not working; referred to his DWP work coach for employment support. He wants to "
    "get back to forklift driving but his licence has lapsed.",
    ["FIN"],
    [("look-alike", "'licence' is a driving licence, not a licence from prison (no CRIME)")])
box("M010", C, "2025-12-18", "green", BC,
    "Family moved into a four-bed housing association house in Brindle Cross in October. "
    "Omar and Lina now at Brindle Cross Primary, a five-minute walk, and in on time.",
    [],
    [("need-met", "rehoused: HOUS over"),
     ("historical", "lateness to the old school has ended")])
box("M010", C, "2025-12-18", "blue", BC,
    "Sami started a forklift course in November through the work coach and has a job offer "
    "from January, which should take them out of the benefit cap.",
    ["FIN"],
    [("now-managing", "still out of work and capped, on employment support: FIN present"),
     ("hypothetical", "leaving the cap is only expected")])

# ---------------------------------------------------------------- M011-M014
box("M011", A, "2025-09-02", "orange", CH,
    "Natalie disclosed that her partner Lee has had the whole UC award paid into his account "
    "since they claimed as a couple and hands her £30 a week, which she has to account for "
    "with receipts. He goes through her phone and has told her she would never see the "
    "children again if she left. Rent and bills are paid and there are no debts – Natalie "
    "says it is the control, not the money. Referred to MARAC; IDVA allocated.",
    ["DA"],
    [("convention", "control over money is coercive control: DA"),
     ("negated", "no debts or arrears, bills paid: no FIN")])
box("M011", A, "2025-09-02", "yellow", CH,
    "HV noticed Natalie was flat and withdrawn at Freya's 8-month review; EPDS 16. Referred "
    "to the perinatal mental health team.",
    ["MH-ADULT"])
box("M011", C, "2026-01-27", "blue", CH,
    "Natalie and the children have been in their own tenancy in Dunmere since November. Lee "
    "has no contact and a non-molestation order runs until July. She has her own UC claim "
    "and bank account and is managing her money fine.",
    ["DA"],
    [("now-managing", "blue box: non-molestation order still in force = DA present"),
     ("convention", "UC named with no money problem: no FIN (conv 5)"),
     ("need-met", "own tenancy: no housing need stated")])
box("M011", C, "2026-01-27", "yellow", CH,
    "Still open to perinatal mental health; latest EPDS 9.",
    ["MH-ADULT"])

box("M012", A, "2025-04-22", "blue", DM,
    "Maternal nan lives in her own bungalow in Ashcombe Vale and has been getting letters "
    "about her credit card debts; Becky helped her ring StepChange. Becky says her own budget "
    "is fine and there are no money worries at home.",
    [],
    [("outside-household", "grandmother's debts, living elsewhere (conv 6)"),
     ("negated", "'no money worries at home'")])
box("M012", A, "2025-04-22", "yellow", DM,
    "Harvey (6) having meltdowns at bedtime – hitting out at Becky and refusing to stay in "
    "bed. Becky booked onto the Hub's Calm Homes parenting course.",
    ["REL-PAR"],
    [("convention", "conv 8: a child hitting a parent is REL-PAR, not DA")])
box("M012", C, "2025-09-09", "blue", DM,
    "Becky using the visual bedtime routine and sticker chart from the course; meltdowns "
    "down to one or two a week.",
    ["REL-PAR"],
    [("now-managing", "blue box: routine in use, behaviour reduced but continuing")])

box("M013", A, "2025-11-03", "yellow", AV,
    "Wayne missed a work coach appointment when he had to collect Mia from school. He has "
    "been told a sanction decision is pending and has sent in a good-reason statement with "
    "the EHW's help. If the sanction goes ahead he reckons they will be about £400 down and "
    "fall behind on the rent.",
    ["FIN"],
    [("hypothetical", "loss of income and rent arrears only 'if the sanction goes ahead': no HOUS"),
     ("convention", "the pending sanction decision is itself a current benefit problem: FIN")])
box("M013", A, "2025-11-03", "green", AV,
    "Mia (4) in Reception at St Bede's. Not yet toilet trained and having accidents most "
    "days; school nurse involved.",
    ["EYD"],
    [("convention", "conv 9: toileting in an under-5 is EYD")])
box("M013", C, "2026-03-16", "blue", AV,
    "The sanction was overturned in December and UC has been paid in full since. Wayne is "
    "keeping to his claimant commitment.",
    [],
    [("historical", "sanction overturned: over"),
     ("convention", "UC named with no current problem: no FIN")])
box("M013", C, "2026-03-16", "yellow", AV,
    "Wayne now has 16 hours a week at the garden centre and uses the Hub job club to look "
    "for more. Money still tight and there is a £180 gas debt on the meter.",
    ["FIN"])

box("M014", A, "2025-05-06", "orange", BC,
    "Donna was dismissed from her call-centre job in March and nobody in the house is earning; "
    "first UC payment not due until 12 May. The water company has issued court papers for "
    "£1,150 arrears. Donna reports panic attacks and feeling hopeless; GP has started her on "
    "medication and she is on the talking therapies list.",
    ["FIN", "MH-ADULT"])
box("M014", A, "2025-05-06", "yellow", BC,
    "Jordan (17) dropped out of Brindle College in February and has not been in work or "
    "training since. Donna says he is sociable and in good spirits, he has just 'lost his "
    "way'. Referred to the youth employment worker.",
    ["EDU-NEET"],
    [("convention", "conv 11: a 16+ NEET young person is EDU-NEET only, no FIN"),
     ("look-alike", "'good spirits' is mood, not alcohol; no MH-CHILD either")])
box("M014", C, "2025-10-14", "yellow", BC,
    "Jordan started a Level 1 construction course in September and is attending well. Donna "
    "still waiting for talking therapies; the water debt is on a social tariff with £10 a "
    "month towards the arrears.",
    ["MH-ADULT", "FIN"],
    [("historical", "Jordan is back in education: EDU-NEET over")])

# ---------------------------------------------------------------- M015-M017
box("M015", A, "2025-12-01", "orange", CH,
    "Supplier fitted a prepayment meter under warrant in October for a £1,400 debt; £9 a week "
    "goes to the debt before any gas is credited and the family self-disconnected for four "
    "days last week. Ollie (3) has sickle cell disease and the cold brings on painful crises; "
    "his consultant has written to the supplier. Referred to Carrow Heath Warm Homes.",
    ["FIN", "PH"])
box("M015", A, "2025-12-01", "yellow", CH,
    "Ollie not yet using his funded nursery place – Grace worries about infections but wants "
    "to try, and the EHW will visit Little Acorns with her. Tiana (12) minds Ollie after "
    "school most days while Grace is at her cleaning shift.",
    ["EYD", "CARER"],
    [("convention", "Grace's shift work is not FIN (conv 5)")])
box("M015", C, "2026-04-21", "blue", CH,
    "Supplier wrote off £900 after a complaint and swapped the meter back to credit. Grace "
    "pays off the remaining £500 at £5 a week.",
    ["FIN"],
    [("now-managing", "blue box: repaying the remaining energy debt")])
box("M015", C, "2026-04-21", "green", CH,
    "Ollie doing three mornings at Little Acorns with a care plan from the sickle cell nurse.",
    ["EYD", "PH"],
    [("now-managing", "green box: nursery take-up and health care plan ongoing")])

box("M016", A, "2025-06-17", "yellow", DM,
    "Parents separated in March and are at loggerheads over contact for Poppy (7) and "
    "Alfie (4); handovers have ended in shouting in the street. Both have agreed to "
    "mediation. Mum says there are no money worries – Dad pays maintenance through CMS "
    "every month.",
    ["REL-CONF"],
    [("negated", "'no money worries': maintenance paid, no FIN"),
     ("convention", "shouting at handovers between separated parents is REL-CONF, not DA")])
box("M016", A, "2025-06-17", "green", DM,
    "Alfie's nursery say he has been clingy and tearful at drop-off since his dad moved out; "
    "keyworker giving him extra settling time.",
    ["MH-CHILD"])
box("M016", C, "2025-11-04", "blue", DM,
    "Contact every other weekend under the plan agreed at mediation; handovers now happen at "
    "paternal grandma's and are calm.",
    ["REL-CONF"],
    [("now-managing", "blue box: separated parents working to a contact plan")])

box("M017", A, "2025-08-11", "yellow", AV,
    "Reece (20, lives at home) has run up about £3,000 on betting apps and took money out of "
    "his sister's savings account. He has self-referred to the Ashcombe gambling support "
    "service. Mum (Kerry) has stopped lending to him.",
    ["FIN"],
    [("convention", "gambling debt is FIN, not SUB (conv 10); Reece is a household member")])
box("M017", A, "2025-08-11", "green", AV,
    "Kerry has been prescribed sertraline by her GP for anxiety, which she puts down to the "
    "worry over Reece.",
    ["MH-ADULT"])
box("M017", C, "2026-01-13", "blue", AV,
    "Reece paying his creditors £60 a month through a debt management plan and has blocking "
    "software on his phone; no bets since October. Kerry came off sertraline in December with "
    "her GP's agreement.",
    ["FIN"],
    [("historical", "Kerry's anxiety treatment ended: no MH-ADULT"),
     ("now-managing", "blue box: DMP repayments ongoing = FIN")])

# ---------------------------------------------------------------- M018-M021
box("M018", A, "2025-09-22", "yellow", BC,
    "Aisha left the children's father because of domestic abuse in 2022 and has had no "
    "contact since; he is now in prison. Since Zainab was born there is no child element for "
    "her under the two-child limit and UC no longer covers the basics. Aisha has used Brindle "
    "Cross food bank twice this month and school have applied to the uniform grant for "
    "Yusuf (10) and Hana (8).",
    ["FIN"],
    [("historical", "DA ended in 2022, no contact since"),
     ("outside-household", "father's imprisonment: he is not in the household, no CRIME")])
box("M018", A, "2025-09-22", "green", BC,
    "Zainab (5 months) – HV weight check fine and she is starting to take an interest in "
    "food. Aisha's mum comes over most afternoons.",
    [],
    [("good-news", "baby's weight and development fine: no PH, no EYD")])
box("M018", C, "2026-02-03", "blue", BC,
    "Aisha has a budget plan from the Hub money adviser and gets the Household Support Fund "
    "energy payment. Not used the food bank since December.",
    ["FIN"],
    [("historical", "food bank use ended, but budget support and HSF payment continue"),
     ("now-managing", "blue box: FIN present")])

box("M019", A, "2025-03-10", "orange", CH,
    "Kayden (15) arrested in February for stealing food and toiletries from the Co-op with "
    "two older lads; released under investigation and YOS have been in touch. Police think "
    "the older lads are using him. Tracey says he did it because there was nothing in the "
    "cupboards.",
    ["CRIME", "SAFE-EXP", "SAFE-NEG"],
    [("convention", "empty cupboards at home are SAFE-NEG (conv 10)")])
box("M019", A, "2025-03-10", "yellow", CH,
    "Tracey's UC has £96 a month taken off for arrears owed to a previous landlord and a "
    "budgeting advance. No gas for a week because she could not top up the meter. Kayden's dad "
    "lives in Dunmere, is in debt himself and gives nothing towards the children.",
    ["FIN"],
    [("convention", "old rent arrears to a former landlord: FIN, not HOUS"),
     ("outside-household", "father's own debts (lives elsewhere) are not the family's issue")])
box("M019", C, "2025-08-26", "yellow", CH,
    "Kayden given a youth caution and doing a YOS programme. Family now getting a weekly shop "
    "through the Hub pantry membership and the gas is back on.",
    ["CRIME", "FIN"],
    [("historical", "no longer an empty house: SAFE-NEG not coded; pantry use still FIN")])

box("M020", A, "2025-10-20", "orange", DM,
    "Family of five in a one-bed flat above a takeaway; parents sleep on the sofa. On the "
    "housing register in Band B for overcrowding, and the landlord has now served a section 21 "
    "notice expiring in December.",
    ["HOUS"])
box("M020", A, "2025-10-20", "yellow", DM,
    "Tomasz had a stroke in July and cannot work; his sick pay has run out and the EHW is "
    "helping him claim UC. Zofia (14) interprets at all his appointments and helps him wash.",
    ["PH", "FIN", "CARER"])
box("M020", C, "2026-03-03", "yellow", DM,
    "Rehoused by Dunmere Council into a three-bed house in February. Tomasz's UC is in payment "
    "including the LCWRA element; he still needs help with personal care and Zofia now goes "
    "to the Dunmere young carers project.",
    ["PH", "CARER"],
    [("need-met", "rehoused: HOUS over"),
     ("convention", "UC/LCWRA in payment, no problem described: no FIN (conv 5)")])

box("M021", A, "2025-07-01", "yellow", AV,
    "Enforcement agents called twice in June about a parking fine that has grown to £780, and "
    "there is council tax owing too. Stacey kept the children in with the curtains shut. "
    "Riley (9) now asks if 'the men' are back whenever anyone knocks, and school say he is "
    "jumpy and tearful.",
    ["FIN", "MH-CHILD"],
    [("look-alike", "'enforcement agents' are bailiffs, not police: no CRIME")])
box("M021", A, "2025-07-01", "green", AV,
    "Riley has had two one-day suspensions this term for lashing out at lunchtime. Deputy "
    "head meeting Stacey next week.",
    ["EDU-EXC"])
box("M021", C, "2025-11-11", "blue", AV,
    "Both debts cleared in October with a council hardship award and help from Stacey's dad. "
    "Riley back to his usual self and no further suspensions.",
    [],
    [("historical", "debts cleared, Riley's distress and suspensions over")])

# ---------------------------------------------------------------- M022-M024
box("M022", A, "2025-01-13", "yellow", BC,
    "Ellie (12) has autism and an EHCP. Not in school since November and now on a "
    "one-hour-a-day timetable. Jo gave up her job to be at home with her, so the family lives "
    "on Dad's wage alone and the overdraft is at its limit.",
    ["EDU-SEND", "EDU-ATT", "FIN"])
box("M022", A, "2025-01-13", "orange", BC,
    "Ellie scratching her arms until they bleed. CAMHS assessed her in December and she is on "
    "the waiting list for therapy.",
    ["MH-CHILD"])
box("M022", C, "2025-06-24", "yellow", BC,
    "Ellie attends Brindlewood specialist school three days a week, building up to full time "
    "in September; CAMHS therapy started in April. DLA awarded at the middle rate, Jo now gets "
    "Carer's Allowance and the overdraft has been cleared.",
    ["EDU-SEND", "EDU-ATT", "MH-CHILD"],
    [("need-met", "overdraft cleared, benefits awarded: no FIN"),
     ("convention", "Carer's Allowance for a parent is not CARER (conv 5, 12)")])

box("M023", A, "2025-08-04", "red", CH,
    "Child in need plan agreed on 28 July. Craig drinking daily; little food in the flat and "
    "Leo (10 months) often left in a soaked nappy. Electricity off for three days when the "
    "prepayment meter ran out.",
    ["SUB", "SAFE-NEG", "FIN"])
box("M023", A, "2025-08-04", "orange", CH,
    "Shannon (19) has a £600 payday loan she cannot repay. Craig keeps hold of her bank card "
    "and she is scared to refuse him.",
    ["FIN", "DA"],
    [("convention", "a partner taking control of her card, with fear: DA; the loan: FIN")])

box("M024", A, "2025-05-27", "blue", DM,
    "Lewis asked the Hub for advice after his hours at the warehouse were cut. Given the "
    "benefits calculator link and he has since claimed a UC top-up himself; rent and bills "
    "are up to date.",
    ["FIN"],
    [("now-managing", "blue box: drop in earnings the family is managing with a UC top-up")])
box("M024", A, "2025-05-27", "green", DM,
    "Freddie (3) starts at Dunmere Park nursery in September; HV 3-year review fine and he "
    "has just learned to ride his balance bike. Partner Megan gets Carer's Allowance for her "
    "dad, who lives with them and has Parkinson's.",
    ["PH"],
    [("convention", "Carer's Allowance: no FIN, no CARER (an adult carer); PH from the grandfather's Parkinson's, a household member"),
     ("look-alike", "'balance' bike"),
     ("good-news", "Freddie's review fine: no EYD")])

# ---------------------------------------------------------------- M025-M029
box("M025", A, "2026-01-12", "yellow", AV,
    "Claire got her migration notice to move from tax credits to UC but missed the deadline; "
    "her tax credits stopped in December with no UC in place. She has been living on a credit "
    "card since and has asked the EHW to make the DWP calls with her.",
    ["FIN"])
box("M025", A, "2026-01-12", "green", AV,
    "Noah (11) has missed nine days this term – Claire could not find the bus fare on the days "
    "before payday. Noah says lads in his year tease him about the holes in his trainers. "
    "School have given him a bus pass from their hardship fund.",
    ["EDU-ATT", "FIN", "SAFE-EXP"],
    [("convention", "being teased/bullied by peers is SAFE-EXP for the child")])
box("M025", C, "2026-05-19", "blue", AV,
    "UC now in payment and backdated to January; Claire is paying the credit card off at £50 "
    "a month. Noah's attendance back up to 97% this half term.",
    ["FIN"],
    [("historical", "attendance recovered: no EDU-ATT"),
     ("now-managing", "blue box: card repayments = FIN")])

box("M026", A, "2025-11-17", "yellow", BC,
    "Kirsty has two cleaning jobs, one of them zero hours, and since becoming a lone parent "
    "two years ago has never managed to get ahead. She is skipping meals so the children can "
    "eat and came to the Hub's community fridge for the first time this week.",
    ["FIN"],
    [("convention", "the children are fed (the adult skips meals): no SAFE-NEG; community fridge and in-work shortfall are FIN"),
     ("historical", "becoming a lone parent two years ago is background, not REL-CONF")])
box("M026", A, "2025-11-17", "green", BC,
    "Bethany (17) is on a hairdressing apprenticeship and gives Kirsty £50 a week keep. The "
    "younger two are at Brindle Cross Primary and rarely miss a day.",
    [],
    [("negated", "Bethany is in training: not EDU-NEET"),
     ("good-news", "good attendance, no need stated")])
box("M026", C, "2026-04-07", "blue", BC,
    "Kirsty's hours at the school cleaning job have been made permanent. She still drops into "
    "the community fridge now and then and keeps a budget planner on the kitchen wall.",
    ["FIN"],
    [("now-managing", "blue box: still using food support and budgeting")])

box("M027", A, "2025-02-03", "orange", CH,
    "Jamie released from prison in January on licence and back living at home; probation "
    "involved. Court fines of £2,000 are being taken from his UC and he says he is starting "
    "from nothing.",
    ["CRIME", "FIN"],
    [("convention", "conv 7: an adult in the household on licence is CRIME")])
box("M027", A, "2025-02-03", "yellow", CH,
    "Jamie and Chantelle argue most evenings, often about his old friends coming round. "
    "Chantelle says there has been no violence and she feels safe with him. Both have asked "
    "for couples work with the Hub's Reducing Parental Conflict worker.",
    ["REL-CONF"],
    [("negated", "no violence, feels safe: not DA")])
box("M027", A, "2025-02-03", "green", CH,
    "Kacey (7) had 88% attendance in the autumn term; the school attendance officer has "
    "written home.",
    ["EDU-ATT"])
box("M027", C, "2025-07-29", "yellow", CH,
    "Jamie on licence until October; the fines are still coming off his UC at £25 a month. "
    "Couple finished six sessions with the RPC worker and say the arguments are fewer.",
    ["CRIME", "FIN", "REL-CONF"])

box("M028", A, "2025-09-29", "orange", DM,
    "Mortgage lender has issued a possession claim after eight months of missed payments "
    "(£7,400 arrears) following Imran's redundancy in January. Hearing listed for 30 October. "
    "Farah works part time at the pharmacy. Referred to the court duty desk and housing "
    "options.",
    ["HOUS", "FIN"],
    [("look-alike", "'pharmacy' is Farah's workplace, not medication or drugs")])
box("M028", A, "2025-09-29", "yellow", DM,
    "Imran out of work since January, applying for jobs and going to the Hub job club. He "
    "says he feels low and ashamed and has started counselling with Dunmere Talking Therapies.",
    ["FIN", "MH-ADULT"])
box("M028", C, "2026-02-24", "yellow", DM,
    "Court adjourned the claim on terms: normal payments plus £150 a month off the arrears. "
    "Imran started as a delivery driver in December and finished counselling in January; he "
    "says his mood is good.",
    ["HOUS", "FIN"],
    [("historical", "counselling finished, mood good: no MH-ADULT; back in work"),
     ("convention", "possession claim adjourned on terms is still live: HOUS present")])

box("M029", A, "2025-06-02", "orange", AV,
    "Blessing has no recourse to public funds. Her visa lets her work but she lost her "
    "care-home job in April. Her private landlord is owed £1,100 and has told her to be out by "
    "the end of the month. Children's social care assessing for section 17 support.",
    ["FIN", "HOUS"],
    [("convention", "a section 17 mention in an orange box still takes the box level (conv 2)")])
box("M029", A, "2025-06-02", "yellow", AV,
    "David (8) and Precious (5) are in school every day. Blessing says they sometimes go to "
    "bed hungry at weekends; school gave supermarket vouchers for half term.",
    ["SAFE-NEG", "FIN"],
    [("convention", "conv 10: hungry children SAFE-NEG plus vouchers FIN"),
     ("good-news", "attendance full: no EDU-ATT")])
box("M029", C, "2025-10-21", "orange", AV,
    "Family in council-funded temporary accommodation under section 17 while the Home Office "
    "decides her change of conditions application.",
    ["HOUS", "FIN"])

# ---------------------------------------------------------------- unboxed case notes
note("N001", A, "2025-04-30", AV,
     "Call from Gemma. UC down this month because of an advance repayment and she is short for "
     "the gas. Gave her the link to the council's Household Support Fund form, which she "
     "filled in herself while on the phone. No other needs raised.",
     ["FIN"], "blue",
     [("level", "only signposting the parent acted on herself: blue")])
note("N002", A, "2025-08-14", DM,
     "Home visit by family support worker. Dunmere Housing Association has served a notice of "
     "seeking possession for arrears of £3,050; Dad says the arrears built up in the gap when "
     "his ESA moved over to UC. Referred to Citizens Advice for debt advice.",
     ["HOUS", "FIN"], "orange",
     [("level", "possession notice is the highest cue: orange")])
note("N003", A, "2025-10-09", BC,
     "HV new birth follow-up for Ivy (7 weeks): feeding well and gaining. Mum (Kelsey) says "
     "there are no money worries and the rent is paid, but she has felt low and tearful most "
     "days since the birth. HV to repeat the EPDS in two weeks and has asked the GP to review "
     "her.",
     ["MH-ADULT"], "green",
     [("negated", "'no money worries', rent paid: no FIN"),
      ("good-news", "baby feeding and gaining: no PH/EYD"),
      ("level", "HV and GP only: green")])
note("N004", A, "2025-12-04", CH,
     "Paul is on a methadone script through Carrow Heath Recovery Service and says he has not "
     "used heroin since 2023. He owes £450 to a neighbour and the electric is on emergency "
     "credit. Early help worker to help him apply for a Debt Relief Order.",
     ["SUB", "FIN"], "yellow",
     [("historical", "heroin use is past, but the methadone script is current treatment (conv 4): SUB present"),
      ("level", "drug service / EH worker: yellow")])
note("N005", A, "2026-02-03", BC,
     "Strategy meeting held after police attended a domestic incident in which Mum's partner "
     "strangled her in front of the children. The household is also in serious debt – council "
     "tax, a catalogue and a doorstep lender – and Mum has been gambling online trying to win "
     "it back.",
     ["DA", "FIN"], "red",
     [("convention", "police attending the partner's assault is DA, not CRIME (conv 7)"),
      ("convention", "gambling to clear debts is FIN, not SUB (conv 10)"),
      ("level", "strategy meeting: red")])
note("N006", A, "2025-11-25", CH,
     "TAF meeting agreed a managed move for Tyler (13) from Carrow Heath Academy to Ashcombe "
     "High after repeated suspensions. Mum cannot afford the new uniform, so the school's "
     "hardship fund is covering it.",
     ["EDU-EXC", "FIN"], "orange",
     [("level", "managed move and TAF: orange")])
note("N007", A, "2026-01-19", DM,
     "Call from Jake (16): his stepdad has told him to leave after rows at home and he is "
     "sofa-surfing with friends. He left sixth form in October and has no income. Referred to "
     "the youth homelessness team; early help worker allocated.",
     ["HOUS", "EDU-NEET", "REL-PAR"], "yellow",
     [("convention", "conv 11: a 16-year-old with no income is EDU-NEET, not FIN"),
      ("level", "early help worker is the highest listed cue: yellow")])


# ---------------------------------------------------------------- writer
def main():
    ncols = ["narrative_id", "triage_id", "case_id", "stage", "date", "level",
             "locality", "narrative"]
    with open(os.path.join(HERE, "narratives.csv"), "w", encoding="utf-8",
              newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(ncols)
        for r in ROWS:
            w.writerow([r[c] for c in ncols])
    with open(os.path.join(HERE, "gold.csv"), "w", encoding="utf-8",
              newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "code", "level"])
        for r in ROWS:
            for code in r["codes"]:
                w.writerow([r["narrative_id"], code, r["gold_level"]])
    traps = {r["narrative_id"]: {"gold": r["codes"], "gold_level": r["gold_level"],
                                 "traps": [{"type": t, "note": n} for t, n in r["traps"]]}
             for r in ROWS}
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8") as f:
        json.dump(traps, f, ensure_ascii=False, indent=1)
        f.write("\n")

    # summary for the README
    from collections import Counter
    per_code = Counter(c for r in ROWS for c in r["codes"])
    kinds = Counter(t for r in ROWS for t, _ in r["traps"])
    trap_types = {"negated", "historical", "hypothetical", "outside-household",
                  "look-alike", "need-met", "good-news", "convention"}
    with_trap = [r for r in ROWS if any(t in trap_types for t, _ in r["traps"])]
    nonlevel = [r for r in ROWS if any(t in ("negated", "historical", "hypothetical",
                                             "outside-household", "look-alike",
                                             "need-met", "good-news") for t, _ in r["traps"])]
    print("narratives", len(ROWS), "boxed", sum(1 for r in ROWS if r["level"]),
          "unboxed", sum(1 for r in ROWS if not r["level"]))
    print("cases", len({r["case_id"] for r in ROWS if r["level"]}),
          "triages", len({r["triage_id"] for r in ROWS if r["level"]}))
    print("gold rows", sum(len(r["codes"]) for r in ROWS),
          "narratives without gold", sum(1 for r in ROWS if not r["codes"]))
    print("per code", dict(sorted(per_code.items())))
    print("per level", dict(Counter(r["gold_level"] for r in ROWS for _ in r["codes"])))
    print("trap notes by type", dict(sorted(kinds.items())))
    print("narratives with any trap/convention note", len(with_trap),
          "with a status/look-alike trap", len(nonlevel))
    print("localities", dict(Counter(r["locality"] for r in ROWS)))


if __name__ == "__main__":
    main()
