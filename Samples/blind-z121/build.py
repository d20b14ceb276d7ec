#!/usr/bin/env python3
"""Blind gold set Z121: a parent's gambling, debt, illegal lenders and scams in an
invented West Midlands town (Darlbury), 2025-26.

Written from /work/shared/taxonomy.md only. Each narrative is added one at a time
with its gold codes (present status only) and trap notes. Running this script writes
narratives.csv, gold.csv and traps.json (UTF-8, no BOM, CRLF) and prints counts.

Localities (invented): Lockside, Kilnbrook, Anvil Heath, Copperfield Rise.
Authors: an EHW with a money-advice background and a school family liaison officer (FLO).
"""
import csv
import json
import os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
LEVELS = ["blue", "green", "yellow", "orange", "red"]

ROWS = []    # narratives
GOLD = []    # (narrative_id, code, level)
TRAPS = {}   # narrative_id -> list of {type, code, note}


def n(case, stage, date, level, locality, text, codes, traps=(), note_level=None):
    """Add one narrative. level = box ('' for an unboxed note, then note_level is
    the single highest level cue in the text, convention 2)."""
    st = "A" if stage == "assessment" else "C"
    nid = f"{case}-{st}-{level if level else 'note'}"
    tid = f"{case}-{st}"
    ROWS.append([nid, tid, case, stage, date, level, locality, text])
    gl = level if level else note_level
    if codes:
        assert gl in LEVELS, nid
    for c in codes:
        GOLD.append((nid, c, gl))
    if traps:
        TRAPS[nid] = [{"type": t, "code": c, "note": note} for (t, c, note) in traps]


A, C = "assessment", "closure"

# ---------------------------------------------------------------- Z001 Lockside
n("Z001", A, "2025-04-14", "green", "Lockside",
  "FLO: Mason (8) arriving hungry most Mondays and asking for extra toast at breakfast club. "
  "Stacey says the money 'runs out by the weekend'. FLO helped her fill in the FSM form on 10/4. "
  "Lily (4) in nursery class, settled, no concerns with her speech or toileting.",
  ["SAFE-NEG", "FIN"],
  [("convention", "SAFE-NEG", "Hungry child = SAFE-NEG, money running out = FIN; both described (conv 10)."),
   ("negated", "EYD", "'no concerns with her speech or toileting' for Lily (4): EYD negated.")])

n("Z001", A, "2025-04-14", "yellow", "Lockside",
  "Stacey found out in March that Craig has been gambling on online slots and has approx £6,400 owing "
  "across 3 credit cards and 2 payday loans, all in his name. He had been hiding the statements in his "
  "work van. They argue most nights once the kids are in bed; Stacey says there has been no violence or "
  "threats and she isn't frightened of him. Gas and elec are on prepay and they've been going without "
  "top-ups for days at a time. EHW to do income/expenditure and refer to Darlbury Money Advice. Craig "
  "says he will 'look into' gambling support.",
  ["FIN", "REL-CONF"],
  [("convention", "FIN", "Gambling debts and self-disconnection from prepay are FIN, not SUB (conv 10)."),
   ("not-coded", "SUB", "Gambling itself is not substance use; no code for gambling as such."),
   ("negated", "DA", "'no violence or threats', 'isn't frightened of him': DA negated; the rows are REL-CONF (conv 8).")])

n("Z001", A, "2025-04-14", "orange", "Lockside",
  "Multi-agency TAF agreed (school, EHW, debt advice, GP). Stacey low since finding out, tearful at drop "
  "off, GP started her on sertraline last week. Craig now drinking 6-8 cans most nights. Mason (8) told his "
  "teacher 'dad lost all our money on his phone' and has started wetting the bed again.",
  ["MH-ADULT", "SUB", "PH", "FIN"],
  [("convention", "PH", "Bedwetting at school age is PH (conv 9), not EYD."),
   ("convention", "FIN", "'dad lost all our money on his phone' (child's report) = a current household money loss through gambling: FIN, not SUB (conv 10). Judgement.")])

n("Z001", C, "2025-10-02", "blue", "Lockside",
  "Craig 22 weeks gamble free. Gambling blocks on all his cards and he self-excluded from the betting "
  "sites in May; goes to GA on Thursdays. Stacey and Craig sit down every Sunday and go through the "
  "bank app together. Mason dry at night since August.",
  [],
  [("not-coded", "SUB", "Gambling recovery (GA, blocks) is not SUB; gambling support codes nothing by itself."),
   ("not-coded", "EDU-EXC", "'self-excluded' from betting sites is not a school exclusion."),
   ("historical", "PH", "Bedwetting over: 'dry at night since August' (conv 3)."),
   ("not-coded", "FIN", "No debt or money problem is described in this box (conv 1), only a shared budget routine.")])

# ---------------------------------------------------------------- Z002 Kilnbrook
n("Z002", A, "2025-05-06", "yellow", "Kilnbrook",
  "Donna (44) was drawn into a fake 'investment' by a man she met on a dating app and sent him £8,200 "
  "over 10 weeks, incl. a £3,000 doorstep loan and her whole overdraft. Bank looking at a refund claim but "
  "say it may be declined. She is 2 months behind on council tax and has had a letter from enforcement "
  "agents. Reported to police via the fraud line. The man has never been to the house and she has blocked him.",
  ["FIN"],
  [("outside", "CRIME", "The scammer is outside the household; his fraud is not CRIME for the family (conv 6)."),
   ("outside", "DA", "Online contact never in the home, not a partner in the household; not DA.")])

n("Z002", A, "2025-05-06", "orange", "Kilnbrook",
  "Tyler (14) refusing school since Easter, attendance 68%. He says he doesn't want to leave mum on her own "
  "and can't stop worrying about money, told FLO his head is 'full of it' all the time. School counsellor "
  "referral done; CAMHS referral was not accepted (below threshold). Ava (11) fine in school, no concerns.",
  ["EDU-ATT", "MH-CHILD"],
  [("partial", "MH-CHILD", "CAMHS declined, but worry and school counsellor referral are present: MH-CHILD stands."),
   ("partial", "EDU-ATT", "Ava: 'fine in school, no concerns' does not remove Tyler's EDU-ATT.")])

n("Z002", C, "2025-11-20", "green", "Kilnbrook",
  "Council tax on an arrangement of £30/month, enforcement fees put on hold after the EHW wrote to the "
  "council. Doorstep loan down to £1,900, paying £25 a week. Tyler's attendance 93% this half term; he still "
  "sees the school counsellor weekly and has a morning check-in with the FLO.",
  ["FIN", "EDU-ATT", "MH-CHILD"],
  [("convention", "FIN", "Paying off arrears/loan = now managing, present in a green box (conv 3)."),
   ("convention", "EDU-ATT", "Improved attendance with an ongoing FLO check-in = still managed support, present (conv 3/4). Judgement.")])

# ---------------------------------------------------------------- Z003 Anvil Heath
n("Z003", A, "2025-06-10", "orange", "Anvil Heath",
  "Wayne borrowed £500 from a man on the estate last Christmas, has paid back over £2,000 and is told he "
  "still owes £1,200. The lender holds his bank card and PIN and draws his UC out on payday. On 3/6 two men "
  "came to the door and threatened him in front of Kayden (12). A neighbour called police; Wayne wouldn't give "
  "a statement. Referred to the illegal money lending team with his consent.",
  ["FIN"],
  [("outside", "CRIME", "The illegal lender and his men are outside the household; their offences are not CRIME (conv 6/7)."),
   ("convention", "FIN", "UC named together with a money problem: FIN (conv 5).")])

n("Z003", A, "2025-06-10", "yellow", "Anvil Heath",
  "Cupboards almost bare on home visit, Wayne said the kids had cereal for tea two nights this week. Food bank "
  "voucher given and HSF application done. Holly (6) has had toothache for 2 weeks and isn't registered with a dentist.",
  ["SAFE-NEG", "FIN", "PH"],
  [("convention", "SAFE-NEG", "Little food in the home = SAFE-NEG; food bank = FIN; both (conv 10).")])

n("Z003", C, "2026-01-15", "blue", "Anvil Heath",
  "Wayne has stopped paying the lender - IMLT confirmed the debt is unenforceable and the man was arrested in "
  "November. No visits to the house since October. Wayne still has a UC advance being taken back at £38 a month "
  "and budgets with cash envelopes.",
  ["FIN"],
  [("outside", "CRIME", "The lender's arrest is about someone outside the household."),
   ("convention", "FIN", "UC advance being repaid = now managing a debt, present in blue (conv 3).")])

# ---------------------------------------------------------------- Z004 Copperfield Rise
n("Z004", A, "2025-05-20", "yellow", "Copperfield Rise",
  "Chloe (15) late to school 23 times this term. She gets Alfie (3) up, dressed and to nursery most days "
  "because mum 'isn't well in the mornings', and does most of the cooking and shopping. Young Carers referral "
  "made by FLO.",
  ["EDU-ATT", "CARER"],
  [("not-coded", "MH-ADULT", "'isn't well in the mornings' names no condition, drinking or mental health problem; nothing coded for mum from this box (conv 1).")])

n("Z004", A, "2025-05-20", "orange", "Copperfield Rise",
  "Jade disclosed drinking a bottle of wine most nights, sometimes in the day, and using bingo and slots apps "
  "'to cope' while Lee is away. Lee (offshore, 2 wks on/2 off) found a catalogue account with £3,100 on it plus "
  "BNPL debts he knew nothing about. They have split up, Lee staying at his mum's, and they are arguing about "
  "where the kids should live. Jade accepted a referral to Harbour Recovery.",
  ["SUB", "FIN", "REL-CONF"],
  [("convention", "FIN", "Lee's offshore rota is not FIN (conv 5); FIN comes from the catalogue/BNPL debt."),
   ("partial", "SUB", "SUB is for the wine; the bingo/slots apps alone would not be SUB (conv 10).")])

n("Z004", C, "2025-12-04", "blue", "Copperfield Rise",
  "Jade 14 weeks alcohol free and still at the Harbour Recovery women's group on Weds. Lee and Jade have a "
  "written parenting plan from mediation, kids with Lee on his weeks home, handovers calm. Catalogue balance "
  "down to £1,400, Lee pays £120/month off it. Chloe still goes to Young Carers on Fridays but no longer does "
  "the nursery run.",
  ["SUB", "REL-CONF", "FIN", "CARER"],
  [("convention", "SUB", "Alcohol free but still attending a recovery group: ongoing service codes SUB (conv 4, conv 3)."),
   ("convention", "REL-CONF", "Separated parents managing child arrangements after mediation: separation still current, now managing (conv 3). Judgement."),
   ("convention", "CARER", "Ongoing Young Carers attendance codes CARER even though one task stopped (conv 4).")])

# ---------------------------------------------------------------- Z005 Lockside (note + closure)
n("Z005", A, "2025-07-08", "", "Lockside",
  "FLO phone call with Mrs Begum. Mr Begum's taxi work has dropped off since the summer and they are 3 months "
  "behind on the rent (£1,650). Landlord has served a section 21 notice, expires end of Sept. Zara (9) and "
  "Imran (7) attending well. Mrs B worried but says they're coping, her brother is helping with the food "
  "shopping. Signposted to Citizens Advice and the council housing options team, she will ring them herself.",
  ["FIN", "HOUS"],
  [("convention", "HOUS", "Unboxed: highest cue is the s21 eviction notice -> orange, above Citizens Advice (yellow) and school (green) (conv 2)."),
   ("not-coded", "EDU-ATT", "'attending well' is pure good news, no need stated (conv 3).")],
  note_level="orange")

n("Z005", C, "2025-12-15", "yellow", "Lockside",
  "S21 withdrawn by the landlord in Nov after a DHP and a loan from family brought the arrears down. £300 left, "
  "paying £50/month. Mr Begum now doing school contract runs as well as the taxi work.",
  ["FIN"],
  [("historical", "HOUS", "Notice withdrawn: housing risk over (conv 3)."),
   ("convention", "FIN", "Extra shifts are not FIN (conv 5); FIN is the remaining arrears being paid.")])

# ---------------------------------------------------------------- Z006 Kilnbrook
n("Z006", A, "2025-07-22", "orange", "Kilnbrook",
  "Paul (41) arrested in June for taking around £11k from the tills at the warehouse where he was a supervisor, "
  "over about 18 months. Admits it all went on football and horse racing bets. Sacked, on police bail pending "
  "charge. Only income now is Kerry's part-time wage; UC claim in, waiting for first payment. July mortgage "
  "payment missed.",
  ["CRIME", "FIN"],
  [("convention", "CRIME", "Offending by a household adult (theft from employer) = CRIME (conv 7)."),
   ("convention", "FIN", "Gambling losses, job loss and missed mortgage payment = FIN, not SUB (conv 10)."),
   ("not-coded", "HOUS", "One missed mortgage payment with no lender action or risk stated: not HOUS. Judgement.")])

n("Z006", A, "2025-07-22", "yellow", "Kilnbrook",
  "Noah (16) left Kilnbrook Academy in July with 3 GCSEs, didn't take up his college place and isn't working. "
  "Stays in his room most of the day. Ellie (10) crying at bedtime, keeps asking if daddy is going to prison; "
  "FLO says she has been withdrawn in class.",
  ["EDU-NEET", "MH-CHILD"],
  [("convention", "EDU-NEET", "16+ NEET is EDU-NEET only, no FIN (conv 11).")])

n("Z006", A, "2025-07-22", "green", "Kilnbrook",
  "Kerry says she isn't depressed - 'just angry' - and is sleeping ok. Good friends round her and her sister "
  "does the school pick-ups 2 days a week.",
  [],
  [("negated", "MH-ADULT", "'isn't depressed' negates MH-ADULT."),
   ("negated", "PH", "'sleeping ok' negates a sleep problem.")])

n("Z006", C, "2026-03-12", "yellow", "Kilnbrook",
  "Paul sentenced in Jan: 14 months suspended plus 120 hrs unpaid work; reports to probation fortnightly and "
  "goes to a Stake Free group. Mortgage lender agreed 6 months interest-only. Noah started a Level 1 "
  "construction course in January.",
  ["CRIME", "FIN"],
  [("convention", "CRIME", "Adult under probation = CRIME (conv 7)."),
   ("historical", "EDU-NEET", "Noah now on a course: NEET over."),
   ("not-coded", "SUB", "Stake Free is a gambling support group: not SUB.")])

# ---------------------------------------------------------------- Z007 Anvil Heath (note + closure)
n("Z007", A, "2025-10-16", "", "Anvil Heath",
  "EHW home visit. Natalie is £420 in debt on the electric meter, being recovered at £10/wk so there's hardly "
  "anything left to top up with. Gas not on since Tues. House freezing, Ruby (5) and Finn (2) asleep in their "
  "coats under a duvet on the sofa. Natalie says she feels 'really low' and has stopped answering her phone. "
  "EHW to apply for HSF and fuel vouchers and go with her to the GP on Fri.",
  ["FIN", "SAFE-NEG", "MH-ADULT"],
  [("convention", "SAFE-NEG", "Children sleeping in coats in an unheated home = basic care (SAFE-NEG) as well as fuel poverty (FIN), by analogy with conv 10. Judgement."),
   ("convention", "MH-ADULT", "Unboxed: EHW (yellow) is the highest cue; GP is only green (conv 2).")],
  note_level="yellow")

n("Z007", C, "2026-03-05", "blue", "Anvil Heath",
  "Meter debt written off by the supplier's hardship fund in January. Natalie puts £20 a week on the meter on "
  "payday and the house was warm at the last 3 visits.",
  [],
  [("historical", "FIN", "Debt written off: over (conv 3); ordinary topping-up is not a money problem.")])

n("Z007", C, "2026-03-05", "green", "Anvil Heath",
  "Natalie on sertraline from the GP and has started 6 sessions of talking therapy. Ruby doing well in Reception.",
  ["MH-ADULT"],
  [("convention", "MH-ADULT", "Ongoing treatment codes MH-ADULT (conv 4).")])

# ---------------------------------------------------------------- Z008 Copperfield Rise
n("Z008", A, "2025-06-03", "blue", "Copperfield Rise",
  "Sharon's mum (lives in her own flat across town) lost £2,000 to a phone scam from someone pretending to be "
  "her bank. Sharon is helping her try to get it back. No money problems in Sharon's own house, both working "
  "and bills up to date.",
  [],
  [("outside", "FIN", "The scam victim is the grandmother living separately: outside the household (conv 6)."),
   ("negated", "FIN", "'No money problems... bills up to date' for the household.")])

n("Z008", A, "2025-06-03", "yellow", "Copperfield Rise",
  "Sharon and Dean arguing most days, mainly about Dean spending '£20-30 a week' on scratchcards which Sharon "
  "calls money 'down the drain'. No debts. Both have agreed to go on the council's Stronger Together couples course.",
  ["REL-CONF"],
  [("negated", "FIN", "'No debts'; spending on scratchcards is not itself a money problem."),
   ("not-coded", "SUB", "Scratchcards are gambling, not SUB (conv 10).")])

n("Z008", C, "2025-12-10", "blue", "Copperfield Rise",
  "Sharon and Dean finished Stronger Together in Oct and say the arguing has stopped - they talk things through "
  "at the weekend now. Dean buys the odd scratchcard on a Saturday.",
  [],
  [("historical", "REL-CONF", "Couple still together, 'arguing has stopped', course finished: over (conv 3)."),
   ("not-coded", "SUB", "Occasional scratchcard: not coded.")])

# ---------------------------------------------------------------- Z009 Lockside
n("Z009", A, "2025-07-02", "red", "Lockside",
  "Strategy meeting 2/7 after Jessica (13) told her form tutor that dad pushed mum into the wall during a row "
  "about the rent money he'd gambled. Leanne confirmed, says it's the first time he's been physical. S47 started. "
  "Gary has moved to his brother's under the safety plan.",
  ["DA", "FIN"],
  [("convention", "DA", "The row is part of the abuse: DA only, no REL-CONF (conv 8)."),
   ("convention", "FIN", "Rent money gambled = household money problem, FIN not SUB (conv 10).")])

n("Z009", A, "2025-07-02", "orange", "Lockside",
  "Landlord has served a s8 notice for £2,340 arrears (4 months). Possession hearing listed 18 Sept. Housing "
  "options and CAB both involved. Leanne works 16 hrs at the bakery; UC housing costs now paid straight to the landlord.",
  ["HOUS", "FIN"])

n("Z009", C, "2026-01-20", "orange", "Lockside",
  "Possession order made but suspended on terms - rent plus £60/month off the arrears. Leanne has kept to it "
  "since October. Gary still not living in the home.",
  ["HOUS", "FIN"],
  [("not-coded", "DA", "'Gary still not living in the home' names no abuse; DA not coded from this box alone (conv 1).")])

n("Z009", C, "2026-01-20", "yellow", "Lockside",
  "Leanne on the Freedom Programme, wk 7 of 12. No panic attacks since Nov and she doesn't feel she needs the GP "
  "for it now. Oscar's jabs now up to date.",
  ["DA"],
  [("convention", "DA", "Freedom Programme (ongoing) codes DA (conv 4)."),
   ("historical", "MH-ADULT", "Panic attacks ended in Nov."),
   ("historical", "PH", "Immunisations now up to date: over.")])

# ---------------------------------------------------------------- Z010 Kilnbrook
n("Z010", A, "2025-09-15", "orange", "Kilnbrook",
  "Zain (15) was targeted on a gaming platform - someone posing as a girl his age got him to send an image then "
  "demanded £300. He paid £180 out of his birthday money before telling mum. Police informed and account reported, "
  "school DSL aware. Zain hasn't been in school since (attendance 54% this half term) and is very anxious he will be "
  "'exposed'. School counsellor and EHW involved.",
  ["SAFE-EXP", "EDU-ATT", "MH-CHILD"],
  [("not-coded", "CRIME", "Police involved because Zain is a victim; no offending by a household member (conv 7)."),
   ("not-coded", "FIN", "£180 of a child's birthday money is not a household debt or poverty.")])

n("Z010", A, "2025-09-15", "blue", "Kilnbrook",
  "Ayesha has set up parental controls on the console and his phone and now checks who Zain is gaming with. No "
  "money worries - Ayesha works full time at the hospital and they have no debts.",
  ["SAFE-EXP"],
  [("convention", "SAFE-EXP", "Family managing online safety itself = present in a blue box (conv 3)."),
   ("negated", "FIN", "'No money worries', 'no debts'.")])

n("Z010", C, "2025-12-18", "green", "Kilnbrook",
  "Zain back full time since Oct, 96% attendance. Still sees the school counsellor every 2 weeks and says he is 'mostly OK'.",
  ["MH-CHILD"],
  [("historical", "EDU-ATT", "Back full time with no ongoing attendance support: over (conv 3). Judgement."),
   ("convention", "MH-CHILD", "Ongoing counselling codes MH-CHILD (conv 4).")])

# ---------------------------------------------------------------- Z011 Anvil Heath
n("Z011", A, "2025-05-28", "yellow", "Anvil Heath",
  "Marcus made redundant from the foundry in April, redundancy money went on rent arrears and the car loan. Now on "
  "UC, sanctioned in May for a missed appointment - £340 taken off. Behind on water and the TV licence. Some weeks "
  "he puts what's left in the fixed-odds machines 'to win it back'.",
  ["FIN"],
  [("convention", "FIN", "Worklessness, sanction, arrears = FIN; gambling adds nothing further (conv 10).")])

n("Z011", A, "2025-05-28", "orange", "Anvil Heath",
  "Marcus told EHW he has 'thought about ending it' but has no plan; drinking most of a bottle of vodka a day. GP "
  "aware, crisis team home visit 3/6. Leo (11) often has no tea unless he makes himself toast. He told FLO he checks "
  "on dad in the night and pours the bottles away.",
  ["MH-ADULT", "SUB", "SAFE-NEG", "CARER"],
  [("convention", "CARER", "An 11-year-old checking on a parent at night and managing his drinking = caring responsibilities.")])

n("Z011", C, "2026-02-11", "yellow", "Anvil Heath",
  "Marcus with Harbour Recovery, down to 4 cans a day, detox planned for March. Still on antidepressants from the GP. "
  "UC sanction overturned at MR and refunded; water on the social tariff and TV licence arrears on a £6 weekly plan. "
  "Leo goes on the young carers monthly trips.",
  ["SUB", "MH-ADULT", "FIN", "CARER"])

# ---------------------------------------------------------------- Z012 Copperfield Rise
n("Z012", A, "2025-09-09", "green", "Copperfield Rise",
  "FLO: Harvey (6) came in with no packed lunch twice last week and said there's 'nothing in the fridge', kitchen "
  "gave him a hot dinner. Staff have also seen Kirsty asking other mums to lend her money at pick up.",
  ["SAFE-NEG", "FIN"],
  [("convention", "SAFE-NEG", "Empty fridge/no lunch = SAFE-NEG; borrowing money = FIN (conv 10).")])

n("Z012", A, "2025-09-09", "yellow", "Copperfield Rise",
  "Kirsty admits £4,700 across catalogues and buy-now-pay-later, mostly clothes and toys 'so the kids don't go "
  "without'. Ryan doesn't know. She's scared of telling him - not because he's violent, she says, but because "
  "he'll 'go mad' about money. No DA disclosed, DASH not indicated. EHW to help her with a financial statement.",
  ["FIN"],
  [("hypothetical", "REL-CONF", "'he'll go mad' is a feared future reaction; no current arguing described."),
   ("negated", "DA", "'not because he's violent', 'No DA disclosed'.")])

n("Z012", C, "2026-01-10", "blue", "Copperfield Rise",
  "Kirsty told Ryan in Oct with the EHW there. A few heated weeks but they say the arguing has stopped and they do "
  "the budget together on Sundays. Debts in a DMP, £95/month.",
  ["FIN"],
  [("historical", "REL-CONF", "'arguing has stopped': over (conv 3)."),
   ("convention", "FIN", "DMP being paid = now managing (conv 3).")])

# ---------------------------------------------------------------- Z013 Lockside
n("Z013", A, "2025-06-17", "yellow", "Lockside",
  "Tracey (MS, wheelchair outdoors) has had enforcement agents round twice for council tax arrears of £1,280 "
  "covering the last 2 years. She stopped opening the post because she 'couldn't face it'. PIP renewal form overdue.",
  ["FIN", "PH"],
  [("not-coded", "MH-ADULT", "'couldn't face it' is not described as a mental health problem. Judgement.")])

n("Z013", A, "2025-06-17", "orange", "Lockside",
  "Keeley (12) doing her mum's personal care most mornings and sorting out her meds. Late 3-4 times a week, "
  "attendence 84%. Keeley has had two panic attacks in class and told FLO she's scared the 'bailiff men' will take "
  "mum's wheelchair. School making a CAMHS referral.",
  ["CARER", "EDU-ATT", "MH-CHILD"])

n("Z013", C, "2026-02-20", "green", "Lockside",
  "Council tax arrears now being taken from UC at £15/month and CTR backdated. Adult social care package started "
  "for Tracey's MS - a carer comes at 7.30 each morning so Keeley doesn't do the morning routine any more. Keeley's "
  "attendance 92%, still late on some Mondays.",
  ["FIN", "PH", "EDU-ATT"],
  [("not-coded", "CARER", "'a carer comes' is a paid adult carer; Keeley's caring is described as stopped (conv 12)."),
   ("convention", "EDU-ATT", "'still late on some Mondays': lateness continues, present (conv 3).")])

# ---------------------------------------------------------------- Z014 Kilnbrook
n("Z014", A, "2025-09-23", "orange", "Kilnbrook",
  "Family of 6 in a 2-bed council flat on the 9th floor, black mould in the boys' room. Sophie has £890 rent "
  "arrears and the council served a notice of seeking possession on 14/9. Band 2 on the housing register. To cover "
  "the rent she borrowed from 3 payday lenders and is now borrowing from one to pay the next. Partner Jordan works "
  "nights at the depot. Sophie says she is 'just about' coping and denies feeling low.",
  ["HOUS", "FIN"],
  [("negated", "MH-ADULT", "'denies feeling low'."),
   ("convention", "FIN", "Night work is not FIN (conv 5); FIN is arrears and payday loans.")])

n("Z014", A, "2025-09-23", "green", "Kilnbrook",
  "Reggie (4) - HV has referred to SALT, only using single words. Layla (7) has asthma, 2 A&E visits this year; "
  "GP thinks the mould in the flat isn't helping.",
  ["EYD", "PH", "HOUS"],
  [("convention", "EYD", "Speech delay in an under-5 = EYD (conv 9)."),
   ("convention", "HOUS", "Mould in the flat is a current disrepair/damp issue = HOUS.")])

n("Z014", C, "2026-03-02", "yellow", "Kilnbrook",
  "The 3 payday loans are in a DRO (runs to Feb 2027). Rent arrears down to £220 after a DHP and the NOSP hasn't "
  "been acted on. Still on the register waiting for a 3-bed, no offer yet. Reggie in the SALT group at nursery weekly.",
  ["FIN", "HOUS", "EYD"],
  [("convention", "HOUS", "Still waiting for a bigger home: overcrowding continues, present."),
   ("convention", "FIN", "Debts in a live DRO and arrears still owed: present.")])

# ---------------------------------------------------------------- Z015 Anvil Heath (note + closure)
n("Z015", A, "2025-11-04", "", "Anvil Heath",
  "FLO note: Chantelle came into school upset, electric off since Sunday and no food in the house until UC lands "
  "on Friday. Gave her 2 parcels from the school pantry and a £49 HSF supermarket voucher. Discussed with "
  "Mr Adeyemi (DSL). Rio (8) and Amara (5) in school today, both fine.",
  ["FIN", "SAFE-NEG"],
  [("convention", "SAFE-NEG", "No food in the house = SAFE-NEG, pantry parcels/voucher/no electric = FIN (conv 10)."),
   ("convention", "FIN", "Unboxed: only school cues (FLO, DSL, school pantry) -> green (conv 2). Judgement: an in-school pantry is treated as school provision, not an extra service.")],
  note_level="green")

n("Z015", C, "2026-02-26", "green", "Anvil Heath",
  "Chantelle has a repayment plan with the energy supplier (£8/wk off the meter). Hasn't needed the school pantry since November.",
  ["FIN"],
  [("historical", "SAFE-NEG", "Food help no longer needed since November: over.")])

# ---------------------------------------------------------------- Z016 Copperfield Rise
n("Z016", A, "2025-06-24", "yellow", "Copperfield Rise",
  "Hannah and Jamal split in May after she found he'd gambled away the money they were saving for a house deposit. "
  "Hannah says she's fine for money on her own wage. Ongoing row over contact - Jamal turning up at the school gate on "
  "days that aren't his. Hannah not ready for court; referral to family mediation.",
  ["REL-CONF"],
  [("negated", "FIN", "'fine for money'; lost savings with no current debt or hardship is not FIN. Judgement."),
   ("convention", "REL-CONF", "Separation and contact dispute without abuse = REL-CONF (conv 8).")])

n("Z016", A, "2025-06-24", "green", "Copperfield Rise",
  "Ethan (9) on the ADHD pathway, first community paeds appt in Nov. SENCo has put him on SEN support with a "
  "movement-break plan.",
  ["EDU-SEND"],
  [("convention", "EDU-SEND", "ADHD pathway = EDU-SEND (conv 4).")])

n("Z016", A, "2025-06-24", "orange", "Copperfield Rise",
  "Ethan hitting and kicking Hannah when he's told no, 3 times in one week, threw a chair at her on Sunday. Hannah "
  "says she can't manage him. One day fixed-term exclusion last week for hitting a TA.",
  ["REL-PAR", "EDU-EXC"],
  [("convention", "REL-PAR", "Child-to-parent violence = REL-PAR, not DA; no police so no CRIME (conv 8).")])

n("Z016", C, "2026-02-03", "blue", "Copperfield Rise",
  "Contact every other weekend with handovers at Jamal's mum's, no problems since mediation. Hannah uses the reward "
  "chart and the calm corner and says the hitting has 'mostly stopped', one incident in January.",
  ["REL-CONF", "REL-PAR"],
  [("convention", "REL-CONF", "Separated parents managing contact arrangements = now managing (conv 3). Judgement."),
   ("convention", "REL-PAR", "'mostly stopped', one incident in January: not over, managed (conv 3).")])

# ---------------------------------------------------------------- Z017 Lockside
n("Z017", A, "2025-08-12", "orange", "Lockside",
  "Gemma's wages go straight into Shane's account, he gives her £20 a week and checks her receipts. In July she "
  "found he had taken out a £5,000 loan in her name; now 2 months in arrears and the lender is chasing her. DASH "
  "medium, IDVA referral made.",
  ["DA", "FIN"],
  [("convention", "DA", "Economic abuse/coercive control by a partner = DA; the loan fraud against her is DA not CRIME (conv 7)."),
   ("convention", "FIN", "The loan arrears are a current debt = FIN.")])

n("Z017", A, "2025-08-12", "yellow", "Lockside",
  "Daisy (10) told her teacher that mummy cries in the bathroom. Gemma has since told her GP she is depressed and has started sertraline.",
  ["MH-ADULT"])

n("Z017", C, "2026-01-27", "yellow", "Lockside",
  "Shane left in October, non-mol order in place till Oct 2026. Gemma completed the Freedom Programme in Dec. The "
  "loan is being disputed with the lender as fraud, with help from CAB, and collection is on hold. GP reducing her sertraline.",
  ["DA", "FIN", "MH-ADULT"],
  [("convention", "DA", "Non-mol order in force = DA present even though the Freedom Programme is finished."),
   ("not-coded", "CRIME", "Ex-partner's fraud against the victim is DA only (conv 7)."),
   ("convention", "MH-ADULT", "Still on medication being reduced: ongoing treatment (conv 4).")])

# ---------------------------------------------------------------- Z018 Kilnbrook (note + closure)
n("Z018", A, "2025-10-05", "", "Kilnbrook",
  "Police notification: call-out 02:10 on 4/10 after neighbours reported shouting. Mr and Mrs Kowalski arguing "
  "because he had lost his week's wages on the roulette machines at the bookies and they couldn't pay the rent due "
  "Monday. No assault, no DA history, both say it was words only. Children (Kacper 8, Lena 5) asleep upstairs. "
  "Passed to early help.",
  ["REL-CONF", "FIN"],
  [("negated", "DA", "'No assault, no DA history... words only': REL-CONF not DA (conv 8)."),
   ("not-coded", "CRIME", "A police call-out about a parental argument is not offending or ASB by a young person (conv 7)."),
   ("convention", "FIN", "Unboxed: the police call-out is an orange cue, so all codes orange (conv 2); gambling losses leaving rent unpaid = FIN (conv 10).")],
  note_level="orange")

n("Z018", C, "2026-02-17", "yellow", "Kilnbrook",
  "Mr and Mrs K completed the 'Arguing Better' parenting programme. Mr K has a blocker on his phone and gives his "
  "wage card to Mrs K on payday. Rent and bills up to date.",
  [],
  [("historical", "REL-CONF", "Programme completed, no current arguing described."),
   ("negated", "FIN", "'Rent and bills up to date'."),
   ("not-coded", "SUB", "Gambling blocker: not SUB.")])

# ---------------------------------------------------------------- Z019 Anvil Heath
n("Z019", A, "2025-09-30", "orange", "Anvil Heath",
  "Dawn owes a local unlicensed lender about £800. Callum (15) has been told by the lender's nephew he can 'work off' "
  "his mum's debt by dropping parcels round the estate. Callum missing overnight twice in Sept, found by police in "
  "another town the second time. Exploitation screening done, strategy discussion requested.",
  ["SAFE-EXP", "FIN"],
  [("convention", "SAFE-EXP", "Child used to work off a debt, missing episodes = exploitation (SAFE-EXP); the lender and nephew are outside (conv 6)."),
   ("not-coded", "CRIME", "Police finding a missing child is safeguarding, not CRIME (conv 7).")])

n("Z019", A, "2025-09-30", "yellow", "Anvil Heath",
  "Callum suspended for 3 days after bringing a knife into school (says it was for protection). Police gave him a "
  "youth caution. Attendance 61%.",
  ["EDU-EXC", "CRIME", "EDU-ATT"])

n("Z019", C, "2026-03-24", "orange", "Anvil Heath",
  "Callum on a YOS intervention after the caution and still open to the exploitation team; no missing episodes since "
  "November. Dawn reported the lender to IMLT and has stopped paying him. Her catalogue debts are consolidated into a "
  "credit union loan, £12 a week.",
  ["CRIME", "SAFE-EXP", "FIN"],
  [("convention", "SAFE-EXP", "Missing episodes over, but still open to the exploitation team: ongoing service (conv 4)."),
   ("convention", "CRIME", "YOS = youth justice (conv 7).")])

# ---------------------------------------------------------------- Z020 Copperfield Rise
n("Z020", A, "2025-08-05", "blue", "Copperfield Rise",
  "Priya and Rob managing on Rob's salary and her maternity pay. Rob has a £10 bet on the football most weekends, "
  "Priya isn't bothered by it. If money gets tight when her SMP ends they'll check what UC they could get.",
  [],
  [("hypothetical", "FIN", "'If money gets tight' is conditional; UC named only as a possibility (conv 5)."),
   ("not-coded", "SUB", "Small weekend bet: gambling is not coded.")])

n("Z020", A, "2025-08-05", "green", "Copperfield Rise",
  "Isla (5 wks) feeding well, new birth visit done. Priya scored 14 on the EPDS, HV offering listening visits.",
  ["MH-ADULT"],
  [("not-coded", "EYD", "'feeding well' is good news, no need.")])

n("Z020", C, "2025-11-25", "green", "Copperfield Rise",
  "Priya's EPDS down to 5, listening visits finished in Oct. Isla's 6-8 week check was fine.",
  [],
  [("historical", "MH-ADULT", "Score normal and listening visits finished: over (conv 3)."),
   ("not-coded", "EYD", "A check with no concern is pure good news.")])

# ---------------------------------------------------------------- Z021 Lockside
n("Z021", A, "2025-08-19", "orange", "Lockside",
  "Pat (64) is kinship carer for Harley (8) and Tia (4) under an SGO. Their mum Kerry-Ann (lives in a hostel) has "
  "gambling debts and keeps turning up for money; Pat has lent her over £1,500 and is now behind on her own gas and "
  "electric. On 12/8 Kerry-Ann came round drunk, wouldn't leave and smashed the porch window; police called. Pat is "
  "asking about a non-mol.",
  ["FIN", "DA"],
  [("outside", "SUB", "Kerry-Ann's drinking and gambling debts are outside the household (conv 6)."),
   ("outside", "CRIME", "Kerry-Ann's criminal damage is by someone outside the household; its effect on the family is coded as DA (conv 6). Judgement: abuse by an adult relative is domestic abuse."),
   ("not-coded", "CARER", "Kinship carer is an adult, not a young carer (conv 12)."),
   ("convention", "FIN", "Pat's own energy arrears = household FIN.")])

n("Z021", A, "2025-08-19", "green", "Lockside",
  "Tia (4) in nursery class at Lockside Primary, still in pull-ups in the day, nursery doing a toileting plan with Pat. Harley fine.",
  ["EYD"],
  [("convention", "EYD", "Toileting in an under-5 = EYD (conv 9).")])

n("Z021", C, "2026-02-09", "blue", "Lockside",
  "Pat pays £5 a week towards the energy arrears and has told Kerry-Ann she won't lend her any more. Non-mol granted "
  "in Nov, no breaches. Tia dry in the day since Christmas.",
  ["FIN", "DA"],
  [("convention", "DA", "A non-mol order in force is DA now managed (conv 3); 'no breaches' does not end it."),
   ("historical", "EYD", "Toileting resolved since Christmas.")])

# ---------------------------------------------------------------- Z022 Kilnbrook
n("Z022", A, "2025-09-02", "orange", "Kilnbrook",
  "Family evicted from their private let in August after a s21. Now in temporary accommodation - one room in a "
  "hotel in the next borough, 11 miles from school. Leah owes the old landlord £2,600 and a debt collection agency "
  "is ringing her daily.",
  ["HOUS", "FIN"])

n("Z022", A, "2025-09-02", "yellow", "Kilnbrook",
  "Kai (13) and Bella (10) missing days because Leah can't afford the two buses each way - attendance 71% and 78%. "
  "School paying bus passes out of PP while EHW applies for travel assistance. Kai says lads in his form call him "
  "'hotel boy', every day.",
  ["EDU-ATT", "FIN", "SAFE-EXP"],
  [("convention", "SAFE-EXP", "Daily name-calling by peers = bullying = SAFE-EXP for the child."),
   ("not-coded", "HOUS", "'hotel boy' is the bullies' word; this box does not itself describe the housing situation. Judgement.")])

n("Z022", C, "2026-04-14", "yellow", "Kilnbrook",
  "Moved into a 2-bed housing association flat in March, 2 miles from school. Old landlord's debt on a £15/month "
  "plan. Kai's attendance 88%, still on an attendance support plan with the FLO.",
  ["FIN", "EDU-ATT"],
  [("historical", "HOUS", "Settled tenancy since March: homelessness over."),
   ("convention", "EDU-ATT", "88% with an ongoing attendance plan: present.")])

# ---------------------------------------------------------------- Z023 Anvil Heath
n("Z023", A, "2025-09-15", "red", "Anvil Heath",
  "ICPC 15/9: Kian (7) and Lacey (3) made subject to CP plans, category neglect. Repeated reports of no food in the "
  "house; home cluttered with dog mess on the floors; Lacey arriving at nursery unwashed in a soiled nappy. Lacey only "
  "using 6 of her 15 hrs. Kian's attendance 79%, late most days.",
  ["SAFE-NEG", "EYD", "EDU-ATT"],
  [("convention", "SAFE-NEG", "A soiled nappy here is hygiene/basic care (SAFE-NEG); EYD comes from the low nursery take-up (conv 9).")])

n("Z023", A, "2025-09-15", "orange", "Anvil Heath",
  "Sam drinking vodka daily and spending most of her UC on online bingo. Owes a doorstep lender £1,900 and has £740 "
  "rent arrears, no notice served. Police called twice in August by neighbours for her shouting and swearing in the "
  "street when drunk.",
  ["SUB", "FIN", "CRIME"],
  [("convention", "CRIME", "Police call-outs for a household adult's drunken ASB = CRIME (conv 7: ASB by a household member). Judgement."),
   ("negated", "HOUS", "'no notice served': rent arrears are FIN; no housing risk stated."),
   ("convention", "FIN", "Online bingo debt/arrears = FIN, not SUB; SUB is for the vodka (conv 10).")])

n("Z023", C, "2026-03-10", "orange", "Anvil Heath",
  "CP plans ended in Feb and the case stepped down to early help. Sam 10 weeks sober, goes to Harbour Recovery and a "
  "women's gambling support group. Doorstep loan down to £600 at £15/wk; rent arrears cleared with a DHP.",
  ["SUB", "FIN"],
  [("convention", "SUB", "Sober but attending a recovery service = ongoing treatment (conv 4)."),
   ("historical", "SAFE-NEG", "CP plans ended; no current neglect described."),
   ("partial", "FIN", "Rent arrears cleared (historical) but doorstep loan still being paid: FIN present.")])

# ---------------------------------------------------------------- Z024 Copperfield Rise
n("Z024", A, "2025-10-07", "orange", "Copperfield Rise",
  "Evie (14) told FLO she has been cutting her arms. CAMHS referral accepted, first appt 3/11. She says it started "
  "when mum and dad's rows about dad's betting got worse over the summer.",
  ["MH-CHILD", "REL-CONF"],
  [("convention", "REL-CONF", "Current parental rows (reported by the child), no abuse described = REL-CONF (conv 8).")])

n("Z024", A, "2025-10-07", "yellow", "Copperfield Rise",
  "Andy (ex-Army) has PTSD and is under the veterans' mental health service. About £14k on credit cards from online "
  "casinos, only paying the minimums. Claire didn't know until one of the card companies rang the house.",
  ["MH-ADULT", "FIN"])

n("Z024", C, "2026-04-01", "orange", "Copperfield Rise",
  "Evie still seen by CAMHS fortnightly, no self-harm since January. Parents in couples counselling, rows 'much less "
  "often'. Andy has set up a DMP online himself - £210/month.",
  ["MH-CHILD", "REL-CONF", "FIN"],
  [("partial", "MH-CHILD", "Self-harm stopped but CAMHS ongoing: present (conv 4)."),
   ("partial", "REL-CONF", "Rows less often, still happening, counselling ongoing: present.")])

# ---------------------------------------------------------------- Z025 Kilnbrook (note + closure)
n("Z025", A, "2025-06-12", "", "Kilnbrook",
  "FLO: Jack (Y4) told his TA that his dad 'owes money to a man' and the man came to the house and shouted. Spoke to "
  "mum at pick up - it was a mate of dad's who lent him £50 for a darts night, it's been paid back and they've not "
  "seen him since. Jack happy in class, no other worries.",
  [],
  [("historical", "FIN", "The £50 has been paid back: over."),
   ("outside", "CRIME", "The shouting man is outside the household.")],
  note_level=None)

n("Z025", C, "2025-07-15", "green", "Kilnbrook",
  "No further concerns from home or school. Jack finishing Y4 well.",
  [])

# ---------------------------------------------------------------- Z026 Lockside
n("Z026", A, "2025-10-21", "yellow", "Lockside",
  "Steve's building business folded in the spring; owes HMRC about £7k plus the van finance, no income since May, "
  "self-employed UC claim in. Jo works 20 hrs at a care home. Freya (12) has an EHCP for autism and is in the ARC at "
  "Kilnbrook Academy - no concerns from school.",
  ["FIN", "EDU-SEND"],
  [("partial", "EDU-SEND", "'no concerns from school' does not negate a current EHCP."),
   ("not-coded", "CARER", "Mum's job at a care home is not a young carer (conv 12).")])

n("Z026", A, "2025-10-21", "orange", "Lockside",
  "Liam (17) dropped out of college in Oct and isn't working. Staying out late, police have brought him home twice "
  "after reports of youths damaging cars on the estate. He and Steve row constantly, Liam punched the bedroom door last week.",
  ["EDU-NEET", "CRIME", "REL-PAR"],
  [("convention", "EDU-NEET", "17-year-old NEET: EDU-NEET only, no FIN (conv 11)."),
   ("convention", "CRIME", "Police call-outs about a young person's ASB = CRIME (conv 7)."),
   ("convention", "REL-PAR", "Parent-child rows = REL-PAR (conv 8).")])

n("Z026", C, "2026-05-19", "yellow", "Lockside",
  "Steve working for another builder since Feb, HMRC time to pay at £150/month. Liam started a council traineeship "
  "in March. No police contact since Dec.",
  ["FIN"],
  [("historical", "EDU-NEET", "On a traineeship: NEET over."),
   ("historical", "CRIME", "'No police contact since Dec'.")])

# ---------------------------------------------------------------- Z027 Kilnbrook
n("Z027", A, "2025-07-29", "yellow", "Kilnbrook",
  "Lorraine (38) paid £4,500 to a crypto 'trader' she found through a social media advert, including 2 bank loans. "
  "Bank refunded £1,200. She still owes £3,300 on the loans at £180/month, which they can't meet on top of the rent. "
  "GP has signed her off work for 2 wks with anxiety, she says she feels ashamed. If they fall behind on the rent the "
  "landlord has said he'll want the house back.",
  ["FIN", "MH-ADULT"],
  [("hypothetical", "HOUS", "'If they fall behind... he'll want the house back': conditional risk only."),
   ("outside", "CRIME", "The fraudster is outside the household.")])

n("Z027", A, "2025-07-29", "blue", "Kilnbrook",
  "Pete says there have definately been no arguments, they're 'in it together'. No alcohol concerns for either of them. Maisie "
  "(9) doesn't know, doing well at school.",
  [],
  [("negated", "REL-CONF", "'no arguments'."),
   ("negated", "SUB", "'No alcohol concerns'.")])

n("Z027", C, "2026-01-22", "blue", "Kilnbrook",
  "Lender agreed £60/month for 12 months after an income and expenditure with the EHW. Lorraine back at work and "
  "forwards any scam texts to her bank.",
  ["FIN"],
  [("convention", "FIN", "Reduced repayments being made = now managing (conv 3).")])

# ---------------------------------------------------------------- Z028 Anvil Heath
n("Z028", A, "2025-06-30", "yellow", "Anvil Heath",
  "Amy had DV from the children's dad in 2019-20; he is in prison and there's been no contact since. Partner Dan "
  "moved in last year. They're £1,100 behind on council tax and water since Dan's agency work stopped in the spring; "
  "he's on UC with work coach support. Amy used to gamble on bingo sites but self-excluded 3 yrs ago and hasn't since.",
  ["FIN"],
  [("historical", "DA", "DV in 2019-20, no contact since: historical (and the ex is outside)."),
   ("partial", "FIN", "Amy's past gambling is over; FIN is from current council tax/water arrears and worklessness."),
   ("not-coded", "EDU-EXC", "'self-excluded' from gambling sites is not school exclusion.")])

n("Z028", A, "2025-06-30", "orange", "Anvil Heath",
  "Charlie (13) suspended 5 days for fighting, his 2nd suspension this year; school talking about a managed move. "
  "He has been taking money from Amy's purse and was caught shoplifting at the retail park last month - youth caution.",
  ["EDU-EXC", "CRIME", "REL-PAR"],
  [("convention", "REL-PAR", "Stealing from a parent at home = child behaviour at home (REL-PAR).")])

n("Z028", C, "2026-03-17", "yellow", "Anvil Heath",
  "Charlie on a managed move trial at Copperfield High since Jan, 12-week review due. YOS work ended in Dec. Council "
  "tax on a £25/month arrangement; Dan started at a warehouse in Feb.",
  ["EDU-EXC", "FIN"],
  [("convention", "EDU-EXC", "A managed move in progress = EDU-EXC."),
   ("historical", "CRIME", "'YOS work ended in Dec'."),
   ("partial", "FIN", "Dan now working, but council tax arrears still being repaid: FIN present.")])

# ---------------------------------------------------------------- Z029 Copperfield Rise (boxes + closure note)
n("Z029", A, "2025-08-26", "yellow", "Copperfield Rise",
  "Ellie found Tom had been using their joint account for betting - overdraft maxed and 2 direct debits bounced "
  "including the rent. Tom admitted it and has agreed to see his GP about the gambling. Constant rows; Ellie has "
  "asked him to move out. EHW to do a benefits check and refer for debt advice.",
  ["FIN", "REL-CONF"])

n("Z029", A, "2025-08-26", "green", "Copperfield Rise",
  "Olivia (2) on the HV's list for weight - dropped 2 centiles, being weighed monthly. Max (6) fine.",
  ["PH"],
  [("convention", "PH", "Weight in an under-5 is PH; EYD covers development, not weight.")])

n("Z029", C, "2026-01-30", "", "Copperfield Rise",
  "Closure summary (EHW). Tom moved out in Nov; they've seperated and sorted the children's time between them "
  "informally, no disputes. Joint account closed, the £1,250 overdraft is on a £40/month plan with the bank. Olivia "
  "back on her centile and discharged by the HV in Dec. Ellie knows she can go to Citizens Advice herself if money "
  "gets tight again.",
  ["FIN", "REL-CONF"],
  [("convention", "FIN", "Unboxed: EHW is the highest cue -> yellow (conv 2); HV is green, Citizens Advice is only hypothetical."),
   ("convention", "REL-CONF", "Separation is named in REL-CONF; a current separation with informal arrangements is present though 'no disputes'. Judgement."),
   ("historical", "PH", "Weight back on centile and HV discharged: over.")],
  note_level="yellow")

# ---------------------------------------------------------------- Z030 Lockside
n("Z030", A, "2025-07-15", "green", "Lockside",
  "Bev has type 2 diabetes, managing on metformin with 6-monthly GP reviews.",
  ["PH"],
  [("convention", "PH", "Managing a condition = present in a green box (conv 3).")])

n("Z030", A, "2025-07-15", "yellow", "Lockside",
  "Bev has a rent-to-own sofa and washer at £38/wk (£2,900 in total) and a guarantor loan. She says she's up to date "
  "but has nothing left by Wednesday most weeks. If she misses payments the guarantor (her sister) gets chased. Josh "
  "(16) finished Y11 in July, not in education or training yet - waiting to hear on an apprenticeship, Futures Hub "
  "adviser involved.",
  ["FIN", "EDU-NEET"],
  [("partial", "FIN", "'up to date' on the loans, but nothing left by midweek = current money problem; guarantor risk is hypothetical."),
   ("convention", "EDU-NEET", "16-year-old not in education or training: EDU-NEET only (conv 11).")])

n("Z030", C, "2025-12-02", "blue", "Lockside",
  "Rent-to-own settled early with a credit union loan at £14 a week. Josh started his apprenticeship at a garage in "
  "October - if it falls through Futures Hub will pick him back up. Bev's diabetes still well controlled.",
  ["FIN", "PH"],
  [("historical", "EDU-NEET", "Apprenticeship started; falling through is hypothetical."),
   ("convention", "FIN", "Repaying a consolidation loan = now managing (conv 3).")])

# ---------------------------------------------------------------- Z031 Kilnbrook
n("Z031", A, "2025-10-28", "orange", "Kilnbrook",
  "Mortgage lender has issued a possession claim, arrears £6,800, hearing 2/12. Imran says his betting 'got out of "
  "hand' after his wife died in 2023. Legal advice booked with Housing Justice Midlands.",
  ["HOUS", "FIN"])

n("Z031", A, "2025-10-28", "yellow", "Kilnbrook",
  "Imran very low, says some days he doesn't see the point; GP referred him to talking therapies. Sana (10) does most "
  "of the cooking and gets Adam ready for school every morning.",
  ["MH-ADULT", "CARER"])

n("Z031", A, "2025-10-28", "green", "Kilnbrook",
  "Adam (7) waiting for an ASD assessment; SENCo has a support plan for him in class.",
  ["EDU-SEND"])

n("Z031", C, "2026-04-10", "yellow", "Kilnbrook",
  "Possession claim adjourned on terms - Imran paying the mortgage plus £200/month off the arrears. Still in talking "
  "therapy. Adam still on the ASD waiting list. Sana goes to the young carers group at school on Weds.",
  ["HOUS", "FIN", "MH-ADULT", "EDU-SEND", "CARER"],
  [("convention", "HOUS", "Adjourned possession claim still live: HOUS present.")])

# ---------------------------------------------------------------- Z032 Copperfield Rise (note + closure)
n("Z032", A, "2025-11-12", "", "Copperfield Rise",
  "Duty call from Mr Hughes's probation officer. Mr Hughes is on licence after a fraud conviction linked to his "
  "gambling and has moved back in with his partner Kayleigh and their 2 children. Kayleigh has told the PO they've "
  "used the food bank twice since he came home. EHW visit to be offered.",
  ["CRIME", "FIN"],
  [("convention", "CRIME", "Household adult on licence = CRIME (conv 7)."),
   ("convention", "FIN", "Unboxed: probation is not a listed orange cue; EHW -> yellow (conv 2). Food bank = FIN (conv 10).")],
  note_level="yellow")

n("Z032", C, "2026-04-28", "yellow", "Copperfield Rise",
  "Mr Hughes still on licence, reporting as required. He's working at a carpet warehouse now and the family haven't "
  "needed the food bank since January.",
  ["CRIME"],
  [("historical", "FIN", "Food bank not needed since January: over; being in work is not FIN.")])

# ---------------------------------------------------------------- Z033 Anvil Heath
n("Z033", A, "2025-06-09", "blue", "Anvil Heath",
  "Lisa has been using a budgeting app since the EHW's first visit and has cancelled 3 subscriptions. Still £300 "
  "overdrawn but bringing it down each month.",
  ["FIN"],
  [("convention", "FIN", "Overdraft still being paid down = now managing (conv 3).")])

n("Z033", A, "2025-06-09", "green", "Anvil Heath",
  "No concerns re attendance for either child, but Lisa told the FLO she can't afford the £120 uniform for Ollie (11) "
  "starting Y7 - school's uniform swap found him a blazer and trousers. Skye (8) has been coming in hungry on Mondays.",
  ["FIN", "SAFE-NEG"],
  [("negated", "EDU-ATT", "'No concerns re attendance' negates attendance only; the negation does not reach the later clauses."),
   ("convention", "SAFE-NEG", "Hungry child = SAFE-NEG; can't afford uniform = FIN (conv 10).")])

n("Z033", C, "2025-11-06", "blue", "Anvil Heath",
  "Overdraft cleared in October. Lisa still uses the app. Skye having breakfast at home before school now.",
  [],
  [("historical", "FIN", "'Overdraft cleared': over (conv 3)."),
   ("historical", "SAFE-NEG", "Hunger resolved.")])


def main():
    with open(os.path.join(HERE, "narratives.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"])
        w.writerows(ROWS)
    with open(os.path.join(HERE, "gold.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "code", "level"])
        w.writerows(GOLD)
    traps = {k: [t for t in v if t["code"]] for k, v in TRAPS.items()}
    traps = {k: v for k, v in traps.items() if v}
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8", newline="") as f:
        f.write(json.dumps(traps, indent=2, ensure_ascii=False).replace("\n", "\r\n") + "\r\n")

    cases = {r[2] for r in ROWS}
    triages = {r[1] for r in ROWS}
    coded = {g[0] for g in GOLD}
    print(f"narratives: {len(ROWS)}  (cases {len(cases)}, triages {len(triages)}, "
          f"unboxed notes {sum(1 for r in ROWS if not r[5])})")
    print(f"  assessment {sum(1 for r in ROWS if r[3] == 'assessment')}, closure {sum(1 for r in ROWS if r[3] == 'closure')}")
    print(f"  with no gold rows: {len(ROWS) - len(coded)}")
    print(f"gold rows: {len(GOLD)}")
    cc = Counter(g[1] for g in GOLD)
    print("per code: " + ", ".join(f"{k} {cc[k]}" for k in sorted(cc)))
    lc = Counter(g[2] for g in GOLD)
    print("per level: " + ", ".join(f"{k} {lc[k]}" for k in LEVELS))
    print(f"narratives with traps: {len(traps)}; trap entries: {sum(len(v) for v in traps.values())}")
    print("per locality: " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(r[6] for r in ROWS).items())))


if __name__ == "__main__":
    main()
