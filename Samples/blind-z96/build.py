#!/usr/bin/env python3
"""Blind gold set z96: closure reviews in a market-town district (Brackenford).

Written from /work/shared/taxonomy.md only (plus the devset README and file headers
for format).  Every narrative is invented.  Each entry holds the text, its gold
codes (present status only) and trap notes explaining the decisions.

Writes narratives.csv, gold.csv and traps.json next to this file and prints counts.
Python 3 standard library only.
"""
import csv
import json
import os
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))

CODES = ["EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD",
         "MH-ADULT", "PH", "SUB", "REL-PAR", "REL-CONF", "DA", "SAFE-NEG",
         "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"]
LEVELS = ["blue", "green", "yellow", "orange", "red"]

CASES = OrderedDict()   # case_id -> (locality, assessment date, closure date)
NARR = []               # list of dicts


def case(cid, locality, a_date, c_date):
    CASES[cid] = (locality, a_date, c_date)


def N(nid, text, codes=(), traps=(), note_level=None):
    """One narrative.  nid like Z001-A-yellow or Z004-A-note.
    codes: present codes (gold).  traps: (type, code, note) tuples.
    note_level: for unboxed notes, the single highest level cue in the text."""
    cid, st, box = nid.split("-")
    loc, a_date, c_date = CASES[cid]
    stage = "assessment" if st == "A" else "closure"
    if box == "note":
        level = ""
        gold_level = note_level
        if codes:
            assert note_level in LEVELS, nid
    else:
        level = box
        gold_level = box
        assert note_level is None, nid
    assert len(set(codes)) == len(codes), nid
    for c in codes:
        assert c in CODES, (nid, c)
    for t in traps:
        assert len(t) == 3, (nid, t)
        assert t[1] in CODES, (nid, t)
    NARR.append(dict(narrative_id=nid, triage_id=cid + "-" + st, case_id=cid,
                     stage=stage, date=a_date if st == "A" else c_date,
                     level=level, locality=loc, narrative=text,
                     codes=list(codes), gold_level=gold_level,
                     traps=[dict(type=a, code=b, note=c) for a, b, c in traps]))


# ---------------------------------------------------------------------------
# Z001  Leanne (mum), Tyler (14), Maisie (6)
case("Z001", "Brackenford Central", "2025-02-10", "2025-07-18")
N("Z001-A-yellow",
  "Tyler (14) attendence 79% this half term, mostly Mondays and Fridays. Reports stomach "
  "aches on school mornings but GP saw him in Jan and found no physical cause. Leanne can't "
  "get him up - he swears at her and slams doors when she tries, and she ends up leaving for "
  "work with him still in bed. EHW to do routines/boundaries work with Leanne and link with HoY.",
  ["EDU-ATT", "REL-PAR"],
  [("negated", "PH", "Stomach aches examined by GP, no physical cause found: a ruled-out physical concern, not PH."),
   ("convention", "REL-PAR", "Swearing/slamming doors at mum when asked to get up = child behaviour at home / boundaries (conv 8).")])
N("Z001-A-orange",
  "Police brought Tyler home twice in Jan after reports of a group throwing stones at buses on "
  "Wickham Rd, PCSO has since done a home visit. 1 day suspension last wk for swearing at a "
  "teacher. No concerns re exploitation at this stage - no unexplained money, phones or new "
  "older friends.",
  ["CRIME", "EDU-EXC"],
  [("convention", "CRIME", "Police call-outs about a young person's behaviour are CRIME (conv 7)."),
   ("negated", "SAFE-EXP", "'No concerns re exploitation' - negated.")])
N("Z001-C-blue",
  "Leanne using the reward chart and the phones-in-the-kitchen-at-10 rule. She says the "
  "shouting matches are down to about once a week and she is dealing with them herself. "
  "Tyler's attendance back up to 96% since Easter, no longer refusing, no suspensions since "
  "Feb. No further police contact.",
  ["REL-PAR"],
  [("partial", "REL-PAR", "Shouting matches still weekly and mum managing with chart/rule: present, blue box 'now managing' (conv 3)."),
   ("historical", "EDU-ATT", "Attendance back to 96%, 'no longer refusing' - over."),
   ("historical", "EDU-EXC", "'no suspensions since Feb' - over."),
   ("historical", "CRIME", "'No further police contact' - over.")])

# ---------------------------------------------------------------------------
# Z002  Priya, Marcus, Ava (3), Eli (10m)
case("Z002", "Stanmoor", "2025-03-04", "2025-11-20")
N("Z002-A-green",
  "HV 2-2.5 yr review for Ava (3): approx 30 words, not joining words yet, and not taking up "
  "her funded nursery hours. Eli (10m) weaning well, weight on the 25th centile and following "
  "it. Priya diagnosed with PND after Eli was born, GP started sertraline in Jan. Marcus works "
  "away Mon-Fri on the rail contracts.",
  ["EYD", "MH-ADULT"],
  [("not-coded", "PH", "Eli's weight tracking its centile is good news with no need stated (conv 3)."),
   ("convention", "EYD", "Eli's weaning 'going well' is good news; EYD is coded for Ava's speech and nursery take-up."),
   ("convention", "FIN", "Working away is not FIN (conv 5).")])
N("Z002-C-green",
  "Ava now does her 15 hrs at Little Acorns. Keyworker says she has new words every week but "
  "is still well behind her peers - nursery have referred to SALT (waiting list approx 16 wks).",
  ["EYD"],
  [("partial", "EYD", "Nursery take-up resolved but speech still behind and awaiting SALT: present.")])
N("Z002-C-blue",
  "Priya's PND has resolved - GP reduced and stopped the sertraline in Oct and discharged her. "
  "She asked us to note that if the low mood comes back she would self-refer to Talking Therapies.",
  [],
  [("historical", "MH-ADULT", "PND 'resolved', medication stopped, discharged: over."),
   ("hypothetical", "MH-ADULT", "'if the low mood comes back' - hypothetical.")])

# ---------------------------------------------------------------------------
# Z003  Dean (dad), Lacey (15), Kayden (11)
case("Z003", "Wickham Hill", "2025-01-22", "2025-09-05")
N("Z003-A-orange",
  "Dean served with a s21 notice 3 wks ago, landlord selling up. Rent arrears of £1,450 built "
  "up after his UC was sanctioned in the autumn. Housing Options have opened a prevention case.",
  ["HOUS", "FIN"],
  [("convention", "FIN", "UC sanction is a described benefit problem plus arrears, so FIN (conv 5).")])
N("Z003-A-yellow",
  "Lacey (15) does a lot for her brother Kayden (11) who has cerebral palsy - gets him up, "
  "does his meds and helps him with toileting before school. She's late most days as a result "
  "(28 lates since Sept). Referred to Brackenford Young Carers.",
  ["CARER", "PH", "EDU-ATT"],
  [("convention", "EDU-ATT", "Lateness is EDU-ATT."),
   ("not-coded", "EYD", "Toileting of an 11-year-old with CP is care, not an under-5 EYD need (conv 9).")])
N("Z003-C-yellow",
  "Family moved into a 3 bed Stourvale HA house in May, tenancy secure. Still owes the old "
  "landlord about £300 - Dean paying £20 a wk through an agreement. Lacey still goes to the "
  "young carers group on Weds and has her card for school.",
  ["FIN", "CARER"],
  [("historical", "HOUS", "Moved, tenancy secure: housing need over."),
   ("partial", "FIN", "Arrears reduced but still owed and being repaid: present."),
   ("convention", "CARER", "Still attending young carers: ongoing service codes its area (conv 4).")])

# ---------------------------------------------------------------------------
# Z004  Gemma, Rob (partner, now out), Jack (8), Sophie (4)
case("Z004", "Ellerby", "2025-03-14", "2025-11-07")
N("Z004-A-note",
  "Strategy meeting held today following Jack (8) telling his teacher that Rob hit mum and "
  "pushed him into the wardrobe when he tried to stop it. s47 to be completed by CSC. Rob "
  "arrested, bailed with conditions not to attend the address or contact Gemma.",
  ["DA"],
  [("convention", "DA", "Unboxed note: highest cue is strategy meeting / s47 -> red (conv 2); police arrest (orange) is lower."),
   ("convention", "CRIME", "Partner's arrest for the DV is DA only, not CRIME (conv 7).")],
  note_level="red")
N("Z004-A-orange",
  "Referred to MARAC (21/03), IDVA allocated. Gemma admits she is drinking most evenings to cope, up to a "
  "bottle of wine a night - agreed to a referral to Turning Point. Sophie (4) wetting during "
  "the day at nursery again since the incident.",
  ["DA", "SUB", "EYD"],
  [("convention", "EYD", "Daytime wetting in an under-5 is toileting -> EYD (conv 9).")])
N("Z004-C-yellow",
  "Gemma on week 9 of 12 of the Freedom Programme. Rob pleaded guilty, restraining order for "
  "2 yrs. Turning Point closed her in Sept - she stopped drinking in the summer and says she "
  "hasn't had a drink since. Sophie dry in the day since July.",
  ["DA"],
  [("convention", "DA", "Freedom Programme under way codes DA (conv 4); restraining order current."),
   ("convention", "CRIME", "Rob's conviction for offences against Gemma is DA, not CRIME (conv 7)."),
   ("historical", "SUB", "'stopped drinking in the summer', service closed: over."),
   ("historical", "EYD", "'dry in the day since July': over.")])
N("Z004-C-green",
  "Jack has weekly ELSA sessions at school for his worries about Rob coming back to the house. "
  "Teacher says he's more settled but still checks the window at playtime.",
  ["MH-CHILD"],
  [("hypothetical", "DA", "Rob 'coming back' is a feared future event; no current DA in this text."),
   ("partial", "MH-CHILD", "Jack's worry is present now and he has ongoing ELSA support.")])

# ---------------------------------------------------------------------------
# Z005  Tracey (mum), Connor (17)
case("Z005", "Brackenford Central", "2025-01-09", "2025-06-27")
N("Z005-A-yellow",
  "Connor (17) dropped out of Brackenford College in Nov, not working or looking, in his room "
  "gaming most of the day. Tracey on ESA - says since his child benefit stopped she can't keep "
  "the gas topped up and has been on emergency credit twice this month.",
  ["EDU-NEET", "FIN"],
  [("convention", "FIN", "FIN is for the household's described money/fuel problem, not for Connor's NEET status (conv 5, 11).")])
N("Z005-A-orange",
  "Connor smoking cannabis daily, told EHW he spends £30-40 a week on it. Recieved a youth caution in Jan "
  "for possession. YOS prevention worker allocated.",
  ["SUB", "CRIME"],
  [("convention", "CRIME", "Youth caution / YOS = youth justice -> CRIME (conv 7)."),
   ("convention", "SUB", "Young person's own cannabis use, no exploitation described -> SUB (conv 12 does not apply).")])
N("Z005-C-yellow",
  "Connor started a Level 1 construction course at Stourbridge Skills in April, attending 4 days. "
  "Says he's cut the weed down to weekends, still seeing the Sorted young people's drug worker "
  "fortnightly. Tracey cleared the gas debt in March and no longer on emergency credit. YOS "
  "prevention closed.",
  ["SUB"],
  [("partial", "SUB", "Still using at weekends and open to drug service (conv 4): present."),
   ("historical", "EDU-NEET", "On a course and attending: NEET over."),
   ("historical", "FIN", "Gas debt cleared, 'no longer' on emergency credit."),
   ("historical", "CRIME", "YOS prevention closed, nothing current.")])

# ---------------------------------------------------------------------------
# Z006  Ruth (nan, SGO), Mia (9)
case("Z006", "Stanmoor", "2025-04-02", "2025-12-03")
N("Z006-A-green",
  "Mia (9) has lived with her nan Ruth on an SGO since 2021, Ruth is her kinship carer. School "
  "SENCo has Mia on SEN support for dyslexia, reading age 6y5m. No concerns re attendance.",
  ["EDU-SEND"],
  [("convention", "CARER", "'Kinship carer' is an adult carer, not a young carer (conv 12)."),
   ("negated", "EDU-ATT", "'No concerns re attendance'.")])
N("Z006-A-yellow",
  "Mia having nightmares most nights and wetting the bed 2-3 times a week. Very clingy, won't "
  "let Ruth out of her sight since her mum's overdose last Oct. Mum lives in Derby and is in "
  "rehab. Referral made to Barnardo's therapeutic service.",
  ["PH", "MH-CHILD"],
  [("convention", "PH", "Bedwetting and sleep problems at school age -> PH (conv 9)."),
   ("outside", "SUB", "Mum lives elsewhere; her overdose/rehab is outside the household (conv 6).")])
N("Z006-C-green",
  "Still on SEN support, reading age up to 7y8m with daily Toe by Toe at school. Bedwetting "
  "stopped in Sept. Nightmares much less - about one a fortnight, and Ruth settles her with the "
  "night light and story routine.",
  ["EDU-SEND", "PH"],
  [("partial", "PH", "Bedwetting 'stopped' (historical) but nightmares still occur and are managed: PH present."),
   ("partial", "EDU-SEND", "SEN support continues.")])

# ---------------------------------------------------------------------------
# Z007  Kerry (mum), Jordan (13)
case("Z007", "Wickham Hill", "2025-02-26", "2025-12-12")
N("Z007-A-orange",
  "Jordan (13) two suspensions this term (3 days for fighting, 2 for verbal abuse to staff). "
  "School talking about a managed move to Castlegate Academy. Kerry says he is just as bad at "
  "home - kicks doors and breaks things when told no, and she has stopped asking him to do "
  "anything.",
  ["EDU-EXC", "REL-PAR"],
  [("convention", "REL-PAR", "'she has stopped asking him' describes the current problem, not its end.")])
N("Z007-A-note",
  "EHW home visit with Kerry. Jordan was diagnosed with ADHD by Dr Hale (community paeds) in "
  "Jan and started on meds last week. SENCo applying for an EHCP needs assessment. Kerry said "
  "her own anxiety is 'through the roof' and she has booked to see her GP.",
  ["EDU-SEND", "MH-ADULT"],
  [("convention", "EDU-SEND", "Unboxed: highest cue is the EHW (yellow), above SENCo/GP (green) (conv 2)."),
   ("not-coded", "PH", "ADHD medication belongs to EDU-SEND, not PH.")],
  note_level="yellow")
N("Z007-C-yellow",
  "Managed move to Castlegate went ahead in May and has held, no suspensions since. EHCP issued "
  "in Oct. Home is calmer on the meds but Kerry says the evenings when they wear off are still "
  "hard - he punched a hole in his bedroom door last wk.",
  ["EDU-SEND", "REL-PAR"],
  [("historical", "EDU-EXC", "Managed move completed and 'has held', no suspensions since: over."),
   ("partial", "REL-PAR", "Still violent behaviour at home in the evenings: present."),
   ("convention", "EDU-SEND", "EHCP in place codes EDU-SEND.")])
N("Z007-C-blue",
  "Kerry finished her Talking Therapies course in Aug. Says her anxiety is manageable now - she "
  "uses the breathing app most days and walks with her sister in the evenings.",
  ["MH-ADULT"],
  [("convention", "MH-ADULT", "Course finished, but anxiety still there and being managed by her: blue 'now managing' (conv 3).")])

# ---------------------------------------------------------------------------
# Z008  Steve (dad), Harvey (5), Ellie (2)
case("Z008", "Ellerby", "2025-05-12", "2025-10-24")
N("Z008-A-orange",
  "2nd referral from nursery - Ellie (2) arriving in the same nappy as the day before and asking "
  "staff for food. Home visit: hardly any food in, dog mess on the kitchen floor, kids sleeping on "
  "a mattress with no bedding. Steve lost his job at the quarry in Feb and is waiting on his first "
  "UC payment, EHW gave a food bank voucher. Harvey (5) in Reception, attendance 84% and often "
  "brought in after 9.30.",
  ["SAFE-NEG", "FIN", "EDU-ATT"],
  [("convention", "SAFE-NEG", "Hungry child / no food in = SAFE-NEG; food bank voucher and job loss = FIN; both (conv 10)."),
   ("not-coded", "EYD", "Nappy is about hygiene/basic care (SAFE-NEG), not a toileting-development need.")])
N("Z008-C-green",
  "Nursery say Ellie is arriving clean, changed and fed every day now. Kids have proper beds "
  "from Ellerby Baby Bank. Harvey's attendance 95% this term. Steve started nights at the "
  "distribution centre in Aug.",
  [],
  [("historical", "SAFE-NEG", "Basic care now fine - concerns over, no ongoing management described."),
   ("historical", "EDU-ATT", "95% this term: over."),
   ("convention", "FIN", "Working nights is not FIN (conv 5).")])
N("Z008-C-blue",
  "Steve says money will be tight until his first full month's pay on the 28th. He's applied to "
  "the Household Support Fund and knows where the Ellerby pantry is if he needs it.",
  ["FIN"],
  [("partial", "FIN", "Money tight now and HSF applied for: present (blue, managing)."),
   ("convention", "FIN", "The pantry 'if he needs it' is hypothetical, but FIN is present anyway from the first sentence.")])

# ---------------------------------------------------------------------------
# Z009  Aisha (mum), Zain (16), Yusuf (12)
case("Z009", "Wickham Hill", "2025-01-30", "2025-10-02")
N("Z009-A-red",
  "Zain (16) missing x4 in 6 wks, found by police in Leicester on the last occasion with £400 "
  "cash and 2 phones. Strategy meeting 28/01, NRM referral submitted, CCE concerns high. Mum "
  "Aisha very anxious, GP has signed her off work with stress.",
  ["SAFE-EXP", "MH-ADULT"],
  [("convention", "CRIME", "Police finding a missing child is safeguarding, not CRIME (conv 7)."),
   ("convention", "FIN", "Signed off work, no money problem described: not FIN (conv 5).")])
N("Z009-A-orange",
  "Zain's college place withdrawn in Nov for non-attendance, not in any education or work since. "
  "Stopped by police in Brackenford town centre 12/01 with cocaine wraps in his sock, believed "
  "to be running for a Leicester line - arrested PWITS, YOS involved. Yusuf (12) says he's "
  "scared older boys will come to the house.",
  ["EDU-NEET", "SAFE-EXP", "CRIME", "MH-CHILD"],
  [("convention", "SUB", "Drugs found on an exploited child are SAFE-EXP and CRIME, not SUB (conv 12)."),
   ("convention", "MH-CHILD", "Yusuf's fear is present now even though what he fears is hypothetical.")])
N("Z009-C-orange",
  "Zain on a 9 month referral order with YOS until June 2026, attends his appts. No missing "
  "episodes since July and police intel says he is no longer linked to the Leicester line. "
  "Started a CSCS card course through the Prince's Trust in Sept. Aisha back at work.",
  ["CRIME"],
  [("historical", "SAFE-EXP", "No missing episodes since July, 'no longer linked': over."),
   ("historical", "EDU-NEET", "Now on a course: over.")])

# ---------------------------------------------------------------------------
# Z010  Natalie & Craig (separated), Alfie (10), Freya (7)
case("Z010", "Stanmoor", "2025-02-18", "2025-09-26")
N("Z010-A-yellow",
  "Natalie and Craig seperated in Jan. Rows at every handover in front of the kids - Craig "
  "turns up late and they end up shouting on the doorstep. Natalie clear there has never been "
  "any violence or controlling behaviour. Referred to Stanmoor family mediation.",
  ["REL-CONF"],
  [("negated", "DA", "Violence and control explicitly denied; arguments between parents = REL-CONF (conv 8).")])
N("Z010-A-green",
  "Alfie (10) withdrawn and tearful in class, told the school nurse he thinks the split is his "
  "fault. School nurse seeing him fortnightly. Also on report for disrupting lessons since "
  "Christmas. Freya (7) fine.",
  ["MH-CHILD", "EDU-EXC"],
  [("convention", "EDU-EXC", "On report for behaviour in lessons = behaviour at school.")])
N("Z010-C-blue",
  "Handovers now at Craig's mum's house and all arrangements go through the Stanmoor contact "
  "app - no rows since mediation finished in June. Alfie off report, stopped seeing the school "
  "nurse in July, much happier.",
  ["REL-CONF"],
  [("convention", "REL-CONF", "Hard call: 'no rows since June' is historical, but the separated parents are managing contact through an ongoing arrangement (neutral handover + app): blue 'now managing' -> present (conv 3)."),
   ("historical", "MH-CHILD", "Stopped seeing school nurse, much happier: over."),
   ("historical", "EDU-EXC", "'off report': over.")])

# ---------------------------------------------------------------------------
# Z011  Joanne (MS), Ben (13)
case("Z011", "Ellerby", "2025-03-10", "2025-11-14")
N("Z011-A-yellow",
  "Joanne has MS, bad relapse in Dec and now uses a wheelchair outside the house. Ben (13) does "
  "most of the cooking and helps her with her stockings and meds. He has missed 11 days this "
  "term staying home on her bad days. Joanne gets PIP and ESA and says she budgets fine, no debts.",
  ["PH", "CARER", "EDU-ATT"],
  [("convention", "FIN", "PIP/ESA named with no money problem, debts denied: not FIN (conv 5)."),
   ("negated", "FIN", "'no debts'.")])
N("Z011-C-blue",
  "ASC care package for Joanne's MS started in Oct (carers in twice a day), so Ben no longer "
  "does her personal care but still cooks at weekends. Goes to young carers fortnightly and has "
  "his card. No days off school since Oct.",
  ["CARER", "PH"],
  [("partial", "CARER", "Personal care ended but still cooks and attends young carers: present."),
   ("convention", "CARER", "The paid 'carers' are adults, not CARER (conv 12); CARER comes from Ben."),
   ("convention", "PH", "Ongoing care package for mum's MS codes PH (conv 4)."),
   ("historical", "EDU-ATT", "'No days off school since Oct'.")])

# ---------------------------------------------------------------------------
# Z012  Chloe (19), Rosie (8m)
case("Z012", "Brackenford Central", "2025-04-23", "2025-11-28")
N("Z012-A-orange",
  "Chloe (19) and Rosie (8m) sofa surfing since Chloe's mum asked her to leave in April. Housing "
  "Options placed them in a B&B in Brackenford - one room, shared kitchen, nowhere for Rosie to "
  "crawl.",
  ["HOUS"],
  [("convention", "HOUS", "Chloe's mum is outside the household; the effect on the family (homelessness, temp accommodation) is HOUS (conv 6)."),
   ("not-coded", "EYD", "'nowhere to crawl' describes the accommodation, not a developmental delay.")])
N("Z012-A-yellow",
  "Chloe repaying a UC advance at £60/month and has used the food bank twice. Rosie behind on "
  "her immunisations - missed her 16 wk jabs. 9-12 month development review overdue, HV has "
  "rebooked twice.",
  ["FIN", "PH", "EYD"],
  [("convention", "PH", "Missed immunisations -> PH; overdue development review -> EYD.")])
N("Z012-C-green",
  "Chloe and Rosie moved into a 1 bed flat with Stourvale HA in Sept. HV completed the 9-12m "
  "review in Oct, Rosie on track in all areas and fully caught up with her jabs.",
  [],
  [("historical", "HOUS", "Rehoused: over."),
   ("historical", "EYD", "Review done, on track."),
   ("historical", "PH", "'caught up with her jabs'.")])

# ---------------------------------------------------------------------------
# Z013  Sarah & Lee, Oliver (7)
case("Z013", "Wickham Hill", "2025-02-05", "2025-10-15")
N("Z013-A-yellow",
  "Oliver (7) on the ASD pathway, ADOS booked for June. Big meltdowns at home when routines "
  "change - he hits and bites Sarah. Only sleeping 4-5 hrs a night. Sarah and Lee booked on the "
  "Cygnet course starting May.",
  ["EDU-SEND", "REL-PAR", "PH"],
  [("convention", "EDU-SEND", "Being on an assessment pathway codes EDU-SEND (conv 4)."),
   ("convention", "DA", "Child hitting parent is REL-PAR, not DA (conv 8)."),
   ("convention", "PH", "Sleep problem at school age -> PH (conv 9).")])
N("Z013-C-green",
  "ADOS done in June - ASD ruled out. Paeds think sensory processing difficulties and have "
  "referred to OT. SENCo keeping him on SEN support with the visual timetable and lunchtime 1:1.",
  ["EDU-SEND"],
  [("partial", "EDU-SEND", "ASD ruled out, but SEN support continues, so EDU-SEND is still present.")])
N("Z013-C-blue",
  "Cygnet finished. Sarah and Lee use a now/next board and a timer at home, meltdowns down to a "
  "couple a week and shorter. Sleep no longer a problem since he started melatonin.",
  ["REL-PAR", "PH"],
  [("partial", "REL-PAR", "Meltdowns still a couple a week, parents managing: present."),
   ("convention", "PH", "Hard call: 'no longer a problem' but only because of ongoing melatonin - ongoing treatment codes its area (conv 4) and is managed like 'managing his own insulin' (conv 3).")])

# ---------------------------------------------------------------------------
# Z014  Kirsty & Paul, Lily (15)
case("Z014", "Stanmoor", "2025-05-06", "2026-01-16")
N("Z014-A-orange",
  "Kirsty says Paul is drinking 8-10 cans a day. Police called Sat when he was drunk and "
  "shouting in the street, smashed a bus shelter - arrested for criminal damage. Paul has never "
  "hit or threatened her, she says, but they argue most nights about the drinking. Lily (15) "
  "stays in her room.",
  ["SUB", "CRIME", "REL-CONF"],
  [("convention", "CRIME", "Household adult's offence not against the partner -> CRIME (conv 7)."),
   ("negated", "DA", "'never hit or threatened her'; the negation does not reach the arguments, which are REL-CONF (conv 8).")])
N("Z014-C-yellow",
  "Paul engaged with Aspire drug and alcohol service since July, on a reduction plan and down to "
  "3-4 cans most days. Criminal damage dealt with by a fine in Aug, no further police contact.",
  ["SUB"],
  [("partial", "SUB", "Reduced but still drinking daily, open to service: present."),
   ("historical", "CRIME", "Case dealt with, no further police contact.")])
N("Z014-C-blue",
  "Kirsty says they still have the odd row but are 'talking properly' after 3 Relate sessions "
  "and want to keep going.",
  ["REL-CONF"],
  [("partial", "REL-CONF", "'still have the odd row' - present.")])

# ---------------------------------------------------------------------------
# Z015  Hannah, Grace (6), Noah (3)
case("Z015", "Ellerby", "2025-06-03", "2025-12-10")
N("Z015-A-green",
  "Grace (6) needs 4 teeth out under GA, dentist has referred. Noah (3) not registered with a "
  "dentist at all. Hannah admits the kids have sweets to keep them quiet in the evenings. Her "
  "sister helps out a lot, no money worries, Hannah works part time at the Co-op.",
  ["PH"],
  [("negated", "FIN", "'no money worries'.")])
N("Z015-C-green",
  "Grace's extractions done in July. Both kids now registered at Ellerby Dental and had check "
  "ups in Nov - no further treatment needed.",
  [],
  [("historical", "PH", "Treatment done, registered, 'no further treatment needed': over, nothing being managed.")])

# ---------------------------------------------------------------------------
# Z016  Donna, Kyle (14)
case("Z016", "Brackenford Central", "2025-03-19", "2025-09-30")
N("Z016-A-orange",
  "Kyle (14) bullied by a group of Yr10s on Snapchat and at the bus stop. Also sent explicit "
  "images by an adult male he met through an online game, who asked him for photos back. Police "
  "aware, CEOP report made.",
  ["SAFE-EXP"],
  [("outside", "CRIME", "The offender is outside the household; police acting to safeguard is not CRIME (conv 6, 7).")])
N("Z016-A-yellow",
  "Kyle not been in school since Feb half term except 3 days, attendance now 61%. Says he panics "
  "on the bus and can't face the form room. Donna doesn't drive.",
  ["EDU-ATT", "MH-CHILD"],
  [])
N("Z016-C-blue",
  "Kyle back full time since June, 94% this term. School changed his form and Donna's brother "
  "drops him off. The man from the game was charged in Sept; Kyle hasn't used that game since "
  "April. Donna and Kyle did the PCSO online safety session, she has parental controls on his "
  "phone and checks his apps every Sunday.",
  ["SAFE-EXP"],
  [("convention", "SAFE-EXP", "Online safety still being actively managed (controls, weekly checks): blue 'now managing' (conv 3)."),
   ("historical", "EDU-ATT", "Back full time, 94%."),
   ("outside", "CRIME", "The man charged is outside the household (conv 6).")])

# ---------------------------------------------------------------------------
# Z017  Mark (dad), Ryan (17)
case("Z017", "Stanmoor", "2025-04-08", "2025-10-20")
N("Z017-A-yellow",
  "Ryan (17) left sixth form in March, not working. Dad Mark out of work with a back injury, on "
  "the waiting list for physio. Household on UC and behind with council tax £620.",
  ["EDU-NEET", "PH", "FIN"],
  [("convention", "FIN", "FIN from the adult's worklessness and council tax arrears, not from Ryan's NEET (conv 11).")])
N("Z017-C-blue",
  "Ryan has applied for 3 apprenticeships with help from Brackenford Youth Hub, interview at "
  "Halcott Motors next wk. Still not working but up every morning and out job hunting.",
  ["EDU-NEET"],
  [("partial", "EDU-NEET", "'Still not working' - present, being managed.")])
N("Z017-C-note",
  "TC with Mark. Back doing 3 days at the builders merchant since Sept, council tax arrears "
  "cleared in Oct. Still sees the physio at the GP surgery fortnightly for his back.",
  ["PH"],
  [("convention", "PH", "Unboxed: only cue is GP -> green (conv 2)."),
   ("historical", "FIN", "Back in work, arrears cleared.")],
  note_level="green")

# ---------------------------------------------------------------------------
# Z018  Becky, Tia (8), Mason (5); ex Jamie
case("Z018", "Wickham Hill", "2025-01-15", "2025-11-05")
N("Z018-A-orange",
  "Becky fled to Brackenford from Nottingham in Dec after DA from ex Jamie - strangulation, "
  "coercive control, took her bank cards. Heard at MARAC in Notts. Jamie doesn't know the new "
  "address, non-mol in place until Jan 2026. Becky low and tearful, GP started citalopram. Kids "
  "Tia (8) and Mason (5) started at Wickham Hill Primary.",
  ["DA", "MH-ADULT"],
  [("convention", "FIN", "Taking her bank cards is economic abuse within DA; no current money problem described, so not FIN."),
   ("convention", "DA", "Non-mol order current and recent flight: DA present though the abuse itself has stopped.")])
N("Z018-C-blue",
  "Becky completed the Freedom Programme in Oct. No contact from Jamie since she moved. Non-mol "
  "still in place until Jan and she has a safety plan; she's worried about what happens when it "
  "runs out - if he turns up she knows to ring 999 and has done a Clare's Law check.",
  ["DA"],
  [("convention", "DA", "Hard call: Freedom finished and no contact (historical), worry about expiry is hypothetical, but a current non-mol order and safety plan are DA being managed now: blue 'now managing' (conv 3). Contrast Z030-C-blue.")])
N("Z018-C-green",
  "Becky still on citalopram, GP reviews every 3 months, says her mood is 'loads better'. Tia "
  "and Mason both settled at school, no concerns.",
  ["MH-ADULT"],
  [("convention", "MH-ADULT", "Ongoing treatment codes its area (conv 4) even though mood better.")])

# ---------------------------------------------------------------------------
# Z019  Julie, Callum (11)
case("Z019", "Ellerby", "2025-02-12", "2025-09-19")
N("Z019-A-orange",
  "Home conditions v poor - bin bags in every room, no working cooker, Callum (11) sleeping on "
  "the sofa because his room is full of stuff. School say he comes in smelling and in dirty "
  "uniform. Landlord served s8 for arrears of £2,100. Julie says she has had depression for years "
  "and stopped her meds in the summer.",
  ["SAFE-NEG", "HOUS", "FIN", "MH-ADULT"],
  [("convention", "MH-ADULT", "'stopped her meds' ends the treatment, not the depression: MH-ADULT present."),
   ("convention", "HOUS", "s8 possession notice -> HOUS, arrears -> FIN.")])
N("Z019-C-yellow",
  "House cleared in June with a skip, EHW and Julie's brother. Callum has his own room back. "
  "Julie back on sertraline. s8 withdrawn once the landlord agreed a repayment plan, still about "
  "£900 owed.",
  ["MH-ADULT", "FIN"],
  [("historical", "HOUS", "s8 withdrawn: over."),
   ("historical", "SAFE-NEG", "House cleared, own room back: over."),
   ("convention", "MH-ADULT", "Back on sertraline: ongoing treatment (conv 4).")])
N("Z019-C-green",
  "Callum's hygiene fine now per school. Julie has a cleaning rota on the fridge and a phone "
  "reminder for bin day and says she's keeping on top of the house.",
  ["SAFE-NEG"],
  [("convention", "SAFE-NEG", "Callum's hygiene 'fine now' is over, but home conditions are being actively kept up with rota/reminders: green 'now managing' (conv 3).")])

# ---------------------------------------------------------------------------
# Z020  Michelle, Kacey (15)
case("Z020", "Brackenford Central", "2025-03-27", "2025-10-10")
N("Z020-A-orange",
  "Kacey (15) reported missing overnight x3 in March, each time found by police at a friend's. "
  "Mum Michelle worried about an older boyfriend, thought to be 19. Referred to CAMHS for low mood.",
  ["SAFE-EXP", "MH-CHILD"],
  [("convention", "CRIME", "Police finding a missing child is not CRIME (conv 7)."),
   ("convention", "MH-CHILD", "CAMHS referral codes MH-CHILD (conv 4).")])
N("Z020-A-yellow",
  "Michelle and Kacey rowing all the time - last wk Kacey called her a f***ing s**g and shoved "
  "her into the door frame. Michelle says she has no control over her anymore.",
  ["REL-PAR"],
  [("convention", "DA", "Child-to-parent violence is REL-PAR, not DA; no police, so no CRIME (conv 8).")])
N("Z020-C-yellow",
  "Strategy discussion in April concluded no CSE concerns - boyfriend turned out to be 16 and it "
  "ended in May. No missing episodes since March. CAMHS discharged her in Sept after 8 sessions.",
  [],
  [("negated", "SAFE-EXP", "CSE ruled out; missing episodes historical."),
   ("historical", "MH-CHILD", "Discharged from CAMHS: service no longer ongoing.")])
N("Z020-C-blue",
  "Michelle and Kacey do a walk and talk on Sundays. Kacey says they get on better; they still "
  "clash over her curfew but nothing physical since the spring.",
  ["REL-PAR"],
  [("partial", "REL-PAR", "Violence historical ('since the spring') but still clashing: present.")])

# ---------------------------------------------------------------------------
# Z021  Laura, twins Archie & Poppy (4)
case("Z021", "Stanmoor", "2025-05-20", "2025-12-05")
N("Z021-A-green",
  "Twins Archie and Poppy (4) start Reception in Sept. HV school readiness review: Archie still in "
  "nappies in the day and his speech is very unclear, family and nursery struggle to understand "
  "him. Poppy no concerns.",
  ["EYD"],
  [])
N("Z021-A-blue",
  "Laura has started potty training Archie with a sticker chart the HV gave her, and uses the Tiny "
  "Happy People videos for talking games at home.",
  ["EYD"],
  [("convention", "EYD", "Family managing toileting/speech itself: blue 'now managing' (conv 3).")])
N("Z021-C-green",
  "Archie (5) dry in the day since August. Now in Reception - SENCo has him on SEN support for "
  "his speech and NHS SALT sees him in school once a term.",
  ["EDU-SEND"],
  [("convention", "EDU-SEND", "Speech and language for a school-age child -> EDU-SEND, not EYD (conv 9)."),
   ("historical", "EYD", "Dry since August.")])

# ---------------------------------------------------------------------------
# Z022  Sam, Ethan (9), Summer (7)
case("Z022", "Ellerby", "2025-06-11", "2025-10-30")
N("Z022-A-yellow",
  "Sam (32) lost her job at the care home in May. Behind on rent (£480) and council tax, UC claim "
  "in but first payment not till July. Asked for help with the forms and a food bank referral.",
  ["FIN"],
  [("not-coded", "HOUS", "Rent arrears with no notice or threat to the tenancy are FIN, not HOUS.")])
N("Z022-A-green",
  "Ethan (9) and Summer (7) doing well at Ellerby CofE, both 98%. No health concerns, though "
  "Summer has started wetting the bed again since Sam lost her job.",
  ["PH"],
  [("convention", "PH", "'No health concerns' does not reach the bedwetting clause; bedwetting at school age -> PH (conv 9)."),
   ("not-coded", "EDU-ATT", "98% is good news, no need stated.")])
N("Z022-C-blue",
  "Sam started at Tesco in Aug, rent and council tax arrears paid off in Sept. Summer dry at "
  "night again. Given the Brackenford Money Hub leaflet in case she needs it in future.",
  [],
  [("historical", "FIN", "Arrears paid off, in work."),
   ("historical", "PH", "Dry again."),
   ("hypothetical", "FIN", "Leaflet 'in case she needs it'.")])

# ---------------------------------------------------------------------------
# Z023  Tomasz & Agnieszka, Kinga (12), Anna (1) + 2
case("Z023", "Wickham Hill", "2025-02-20", "2025-08-29")
N("Z023-A-yellow",
  "Family of 6 in a 2 bed flat above the chip shop - Kinga (12) shares a room with her 3 "
  "siblings. Black mould in the kids' room, landlord not responding to Tomasz's messages. Anna "
  "(1) has had 3 chest infections since Oct, GP linked it to the damp.",
  ["HOUS", "PH"],
  [])
N("Z023-C-yellow",
  "Environmental Health served an improvement notice in July - mould treated, new extractor fan "
  "fitted. Family on the housing register (band B) for a 4 bed but still overcrowded. Anna no "
  "chest infections since the mould was treated.",
  ["HOUS"],
  [("partial", "HOUS", "Damp resolved but 'still overcrowded': present."),
   ("historical", "PH", "No chest infections since.")])

# ---------------------------------------------------------------------------
# Z024  Gary & Zoe, Jake (10)
case("Z024", "Brackenford Central", "2025-04-15", "2025-12-19")
N("Z024-A-yellow",
  "Dad Gary has approx £8k gambling debts on credit cards, says he's self-excluded from the "
  "online sites. Zoe very angry, they argue about it most days. No violence, Zoe says Gary has "
  "never been controlling.",
  ["FIN", "REL-CONF"],
  [("convention", "SUB", "Gambling debts are FIN, not SUB (conv 10); 'self-excluded' is not exclusion from school."),
   ("negated", "DA", "Violence and control denied.")])
N("Z024-A-green",
  "Jake (10) anxious, keeps asking if they'll lose the house. ELSA sessions weekly at school. "
  "Family own the house and the mortgage is up to date.",
  ["MH-CHILD"],
  [("hypothetical", "HOUS", "Losing the house is Jake's worry; mortgage up to date: no HOUS need.")])
N("Z024-C-blue",
  "Zoe and Gary go through their budget spreadsheet every Friday and are sticking to the "
  "StepChange plan for the card debts.",
  ["FIN"],
  [("convention", "FIN", "Debts still being repaid under a plan: blue 'now managing' (conv 3).")])
N("Z024-C-note",
  "Closing summary - Gary on a debt management plan through StepChange paying £150/month, still "
  "about £6k owed. Not gambled since March, goes to GA on Tuesdays. Zoe and Gary did 4 sessions "
  "with Relate and say they haven't had a proper row since the summer. Jake finished ELSA in Oct. "
  "EHW closing.",
  ["FIN"],
  [("convention", "FIN", "Unboxed: highest cue is the EHW / one extra service (StepChange, Relate) -> yellow (conv 2)."),
   ("historical", "REL-CONF", "No proper row since the summer."),
   ("historical", "MH-CHILD", "Finished ELSA."),
   ("convention", "SUB", "GA attendance is about gambling, which is not SUB (conv 10).")],
  note_level="yellow")

# ---------------------------------------------------------------------------
# Z025  Nicola, Amelia (12)
case("Z025", "Stanmoor", "2025-03-03", "2025-11-11")
N("Z025-A-green",
  "Amelia (12) T1 diabetes diagnosed last yr. HbA1c high, school nurse worried she's skipping "
  "her lunchtime insulin. Missed 2 diabetes clinic appts since Christmas. Amelia low about the "
  "diagnosis, diabetes team have referred her to their psychologist.",
  ["PH", "MH-CHILD"],
  [])
N("Z025-C-green",
  "Amelia managing her own insulin with a Libre sensor and app, HbA1c coming down. Attended both "
  "clinic appts since July. Finished with the psychologist in Oct and says she's 'fine with it "
  "now'. Mum Nicola moved from nights to days at the hospital.",
  ["PH"],
  [("convention", "PH", "Managing her own insulin is PH present (conv 3 example)."),
   ("historical", "MH-CHILD", "Finished psychology, 'fine with it now'."),
   ("convention", "FIN", "Shift pattern is not FIN (conv 5).")])

# ---------------------------------------------------------------------------
# Z026  Kim, Reece (15)
case("Z026", "Ellerby", "2025-01-27", "2025-09-12")
N("Z026-A-orange",
  "Reece (15) permanently excluded from Ellerby Academy in Jan for bringing a knife into school. "
  "Now at Brackenford PRU, attending about 50%. 9 month referral order with YOS.",
  ["EDU-EXC", "EDU-ATT", "CRIME"],
  [])
N("Z026-A-yellow",
  "Mum Kim says Reece out till 2am most nights and won't say where, she doesn't know his friends. "
  "She's given up trying to set a curfew, 'he just laughs'.",
  ["REL-PAR"],
  [("not-coded", "SAFE-EXP", "Late nights with unknown friends, but no missing episode or exploitation described: boundaries -> REL-PAR only.")])
N("Z026-C-note",
  "Review with YOS worker and PRU. Reece still at Brackenford PRU, attendance up to 78%, "
  "reintegration to mainstream being looked at for Jan. Referral order ends in Nov, no further "
  "offences.",
  ["EDU-EXC", "EDU-ATT", "CRIME"],
  [("convention", "CRIME", "Unboxed: highest cue is YOS -> orange (conv 2); referral order still running -> CRIME (conv 7)."),
   ("partial", "EDU-ATT", "Up to 78% but still low: present."),
   ("convention", "EDU-EXC", "Still placed at the PRU after the exclusion, reintegration not yet done: present.")],
  note_level="orange")
N("Z026-C-yellow",
  "Kim has set a 10pm curfew and Reece sticks to it most nights - she texts him at 9.30 if he "
  "isn't in. She's done the Triple P Teen online course.",
  ["REL-PAR"],
  [("partial", "REL-PAR", "Curfew kept only 'most nights': boundary need still present.")])

# ---------------------------------------------------------------------------
# Z027  Imran & Sana, Hamza (9), Mariam (6)
case("Z027", "Wickham Hill", "2025-04-28", "2025-11-21")
N("Z027-A-yellow",
  "Dad Imran signed off from the warehouse with depression since Feb, hardly leaving the house, "
  "Sana says he's stopped eating properly. Open to Brackenford Talking Therapies. Hamza (9) "
  "worried and tearful, asked his teacher if dad is going to die. Mariam (6) wetting the bed most "
  "nights, GP suggested an alarm.",
  ["MH-ADULT", "MH-CHILD", "PH"],
  [("convention", "PH", "'stopped eating properly' is a current symptom of the depression (MH-ADULT), not its end; PH is coded for Mariam's bedwetting (conv 9).")])
N("Z027-C-yellow", "N/A", [],
  [])
N("Z027-C-blue",
  "Imran back at work full time since Sept and says his mood is good. Sana says if he goes "
  "downhill again she'll ring the GP straight away. Mariam dry at night for 2 months now.",
  [],
  [("historical", "MH-ADULT", "Back at work, mood good."),
   ("hypothetical", "MH-ADULT", "'if he goes downhill again'."),
   ("historical", "PH", "Dry at night for 2 months.")])

# ---------------------------------------------------------------------------
# Z028  Kayleigh & Dan, Harley (14m)
case("Z028", "Brackenford Central", "2025-05-14", "2026-01-09")
N("Z028-A-yellow",
  "Mum Kayleigh has a mild learning disability and struggles with letters. Harley (14m) not "
  "crawling yet, HV concerned about his development and has referred to Portage. Harley has "
  "missed his hearing test and a dietitian appt as Kayleigh doesn't open the post. No DA, both "
  "deny drug use.",
  ["PH", "EYD"],
  [("convention", "PH", "Missed medical appointments -> PH."),
   ("negated", "DA", "'No DA'."),
   ("negated", "SUB", "'deny drug use'.")])
N("Z028-C-yellow",
  "Portage still visiting fortnightly - Harley walking holding on now but still behind with his "
  "fine motor. Dan reads the post with Kayleigh and they use a wall calendar, no appts missed "
  "since June.",
  ["EYD"],
  [("partial", "EYD", "Still behind, Portage ongoing."),
   ("historical", "PH", "No appointments missed since June.")])
N("Z028-C-green",
  "Harley has a funded place at Rainbow Nursery from April.",
  [],
  [("not-coded", "EYD", "Starting nursery is pure good news, no need stated in this text (conv 3).")])

# ---------------------------------------------------------------------------
# Z029  Shannon & Kieran, Lexi (7), Bailey (4)
case("Z029", "Stanmoor", "2025-05-29", "2025-08-20")
N("Z029-A-orange",
  "Police called to the address 3 times in May for DA between Shannon and partner Kieran, Kieran "
  "arrested on the 2nd call-out. DASH medium. School say Shannon smells of alcohol at pick up "
  "most days.",
  ["DA", "SUB"],
  [("convention", "CRIME", "Partner's arrest for the DV is DA only (conv 7).")])
N("Z029-A-yellow",
  "Lexi (7) attendance 86%. Bailey (4) not taking up his funded nursery place, very limited "
  "speech for his age, and HV says he is in the same grubby clothes every time she sees him.",
  ["EDU-ATT", "EYD", "SAFE-NEG"],
  [("convention", "SAFE-NEG", "Repeatedly unwashed clothes = hygiene/basic care -> SAFE-NEG.")])
N("Z029-C-red",
  "Case stepped up to CSC - ICPC 12/08, Lexi and Bailey on CP plans under neglect. Shannon still "
  "drinking daily. Kieran back living at the address despite the bail conditions from the DA "
  "arrest. Lexi's attendance dropped to 71%.",
  ["SAFE-NEG", "SUB", "DA", "EDU-ATT"],
  [])

# ---------------------------------------------------------------------------
# Z030  Fiona, Finn (11), Ruby (9); ex Neil
case("Z030", "Ellerby", "2025-07-02", "2026-02-06")
N("Z030-A-yellow",
  "Fiona seperated from Neil in 2023 after DA - he served 12 months and there's been no contact "
  "since his release. She's asking for help with the kids: Finn (11) and Ruby (9) fight "
  "constantly and Finn swears at her and refuses to come off his Xbox. Finn has dyspraxia, SENCo "
  "at Ellerby Juniors has a support plan for his move up in Sept.",
  ["REL-PAR", "EDU-SEND"],
  [("historical", "DA", "DA in 2023, no contact since release."),
   ("outside", "CRIME", "Neil's sentence: not a household member (conv 6)."),
   ("not-coded", "PH", "Dyspraxia described as a need in education -> EDU-SEND.")])
N("Z030-C-blue",
  "Fighting between the kids has settled a lot - Fiona does a family meeting on Sundays and a "
  "points chart for screen time. She asked what happens when Neil's licence ends in March in case "
  "he tries to find them; she knows to ring 101 or 999 and has the Ellerby DA helpline number.",
  ["REL-PAR"],
  [("partial", "REL-PAR", "Settled 'a lot', still managed with meetings/chart: present."),
   ("hypothetical", "DA", "Hard call: only 'in case he tries to find them' - no current abuse, order or plan described; contrast Z018-C-blue."),
   ("outside", "CRIME", "Neil's licence: not a household member (conv 6, 7).")])
N("Z030-C-green",
  "Finn settled well at Ellerby Academy, SENCo has him using a laptop for written work.",
  ["EDU-SEND"],
  [("partial", "EDU-SEND", "SEN provision ongoing even though settled.")])

# ---------------------------------------------------------------------------
# Z031  Rachel, Jess (13); Josh (19) moved out
case("Z031", "Wickham Hill", "2025-06-16", "2025-12-15")
N("Z031-A-yellow",
  "Rachel worried about her eldest Josh (19) who moved out last yr and is using cocaine - he comes "
  "round asking for money. Jess (13) has started having panic attacks at school, school nurse "
  "involved, and gets upset when Josh turns up.",
  ["MH-CHILD"],
  [("outside", "SUB", "Josh does not live in the household (conv 6)."),
   ("not-coded", "FIN", "Josh asking for money is not a described household money problem.")])
N("Z031-A-green",
  "Lads from next door causing ASB in the close, Rachel has reported them to the council. Jess "
  "not involved. No concerns re Jess's attendance or behaviour.",
  [],
  [("outside", "CRIME", "ASB by neighbours (conv 6)."),
   ("negated", "EDU-ATT", "No concerns re attendance."),
   ("negated", "EDU-EXC", "No concerns re behaviour.")])
N("Z031-C-green",
  "Jess still sees the school nurse monthly, only one panic attack since the summer hols. Josh in "
  "rehab in Derby since Sept.",
  ["MH-CHILD"],
  [("partial", "MH-CHILD", "Fewer attacks, still supported."),
   ("outside", "SUB", "Josh is outside the household.")])

# ---------------------------------------------------------------------------
# Z032  Lisa, Megan (16)
case("Z032", "Stanmoor", "2025-08-26", "2026-02-20")
N("Z032-A-orange",
  "Megan (16) finished Yr11 in July, no college place and not working. Mum Lisa has fibromyalgia "
  "and is in pain most days - Megan does the shopping and cleaning and picks up her prescriptions. "
  "Possession notice served for £3k rent arrears, court date 12/09.",
  ["EDU-NEET", "PH", "CARER", "HOUS", "FIN"],
  [])
N("Z032-C-orange",
  "Possession hearing adjourned on terms - Lisa paying £30/wk on top of the rent, arrears down to "
  "£2,400. Megan still not in education or work, missed her Connexions appts twice.",
  ["HOUS", "FIN", "EDU-NEET"],
  [("partial", "HOUS", "Possession claim adjourned on terms, not withdrawn: still a risk."),
   ("partial", "FIN", "Arrears reduced but owed.")])
N("Z032-C-yellow",
  "Megan linked with the Stanmoor young carers 16-25 group, goes every other Thurs. Says she wants "
  "to do a childcare course in Sept.",
  ["CARER"],
  [("hypothetical", "EDU-NEET", "A future plan; NEET status not stated in this text.")])

# ---------------------------------------------------------------------------
# Z033  Ellie, Liam, Theo (4m)
case("Z033", "Brackenford Central", "2025-02-03", "2025-10-08")
N("Z033-A-red",
  "CIN plan (s17) since Jan. Theo (4m) had a bruise on his forehead - CP medical found it "
  "consistent with mum's account (rolled off the sofa onto the laminate), s47 NFA. CIN continues "
  "to support Ellie's mental health - bipolar disorder, under CMHT.",
  ["MH-ADULT"],
  [("negated", "PH", "Injury found accidental, s47 NFA: ruled-out concern, nothing current.")])
N("Z033-C-green",
  "CIN closed in Sept, stepped down to EH and now closing. Ellie still under CMHT, lithium levels "
  "checked by GP. Theo had his 1 yr review, all on track.",
  ["MH-ADULT"],
  [("convention", "MH-ADULT", "Still under CMHT on lithium: ongoing treatment (conv 4)."),
   ("not-coded", "EYD", "1 yr review on track is good news (conv 3).")])


# ---------------------------------------------------------------------------
def main():
    ids = [n["narrative_id"] for n in NARR]
    assert len(ids) == len(set(ids)), "duplicate narrative ids"
    cols = ["narrative_id", "triage_id", "case_id", "stage", "date", "level",
            "locality", "narrative"]
    with open(os.path.join(HERE, "narratives.csv"), "w", encoding="utf-8",
              newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(cols)
        for n in NARR:
            w.writerow([n[c] for c in cols])
    rows = []
    with open(os.path.join(HERE, "gold.csv"), "w", encoding="utf-8",
              newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "code", "level"])
        for n in NARR:
            for c in n["codes"]:
                w.writerow([n["narrative_id"], c, n["gold_level"]])
                rows.append((n["narrative_id"], c, n["gold_level"], n["stage"]))
    traps = OrderedDict((n["narrative_id"], n["traps"]) for n in NARR if n["traps"])
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8",
              newline="\r\n") as f:
        json.dump(traps, f, indent=1, ensure_ascii=False)
        f.write("\n")

    print("cases:", len(CASES), " narratives:", len(NARR),
          " (notes:", sum(1 for n in NARR if not n["level"]), ")",
          " gold rows:", len(rows))
    print("triages:", len({n['triage_id'] for n in NARR}),
          " narratives with no gold rows:", sum(1 for n in NARR if not n["codes"]))
    print("narratives with traps:", len(traps),
          " trap entries:", sum(len(v) for v in traps.values()))
    cc = Counter(r[1] for r in rows)
    print("codes:", ", ".join("%s %d" % (c, cc[c]) for c in CODES))
    for st in ("assessment", "closure"):
        lc = Counter(r[2] for r in rows if r[3] == st)
        print(st, "rows by level:", ", ".join("%s %d" % (l, lc[l]) for l in LEVELS))
    for st in ("assessment", "closure"):
        tri = {n["triage_id"] for n in NARR if n["stage"] == st}
        per = {l: set() for l in LEVELS}
        for n in NARR:
            if n["stage"] == st and n["codes"]:
                per[n["gold_level"]].add(n["triage_id"])
        print(st, "triages", len(tri), "with issues at level:",
              ", ".join("%s %d" % (l, len(per[l])) for l in LEVELS))


if __name__ == "__main__":
    main()
