#!/usr/bin/env python3
"""Blind gold set z111: single fathers / dads as main carer, Lancashire mill town, 2025-26.

Written from /work/shared/taxonomy.md only. Every narrative is invented.
Writes narratives.csv, gold.csv and traps.json; prints counts.

Voices: T = terse worker (fragments, abbreviations, the odd typo),
        W = wordy worker (long reflective sentences),
        M = list-style worker (bullets / dashes).
"""
import csv
import json
import os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))

CASES = {}       # case_id -> (locality, assessment date, closure date)
NARR = []        # dicts


def case(cid, loc, adate, cdate):
    CASES[cid] = (loc, adate, cdate)


def n(nid, text, codes=(), traps=(), note_level=None):
    """nid like Z001-A-yellow or Z007-A-note. codes: present codes.
    traps: list of (type, code, note). note_level: gold level for unboxed notes."""
    cid, st, box = nid.split("-")
    text = text.replace("\n", " ")  # list-style boxes are flattened to one line, as exported
    assert "\r" not in text and "\n" not in text
    loc, adate, cdate = CASES[cid]
    stage = "assessment" if st == "A" else "closure"
    date = adate if st == "A" else cdate
    if box == "note":
        assert note_level or not codes, nid
        level = ""
        gold_level = note_level
    else:
        level = box
        gold_level = box
    NARR.append(dict(narrative_id=nid, triage_id=f"{cid}-{st}", case_id=cid, stage=stage,
                     date=date, level=level, locality=loc, narrative=text,
                     codes=list(codes), gold_level=gold_level,
                     traps=[dict(type=t, code=c, note=x) for t, c, x in traps]))


# ---------------------------------------------------------------- Z001 (T)
case("Z001", "Tenterfield", "2025-10-08", "2026-03-19")
n("Z001-A-green",
  "Lily (6) Yr1 Tenterfield Prim. School nurse says still wet most nights, Lee using pull ups. "
  "GP appt 21/10 re enuresis. Mason (9) att 97%, no issues at school.",
  ["PH"],
  [("convention", "PH", "Night wetting at school age is PH, not EYD (conv 9)."),
   ("not-coded", "EDU-ATT", "Mason's 97% attendance is pure good news, no need stated (conv 3).")])
n("Z001-A-yellow",
  "Lee (34) works nights at the Roundhouse distribution centre, 4 on 4 off. Nana Pat sleeps over on his "
  "nights but leaves at 6am for her cleaning job so Mason (9) + Lily (6) are on their own till Lee gets "
  "back about 7.30. Mason gets Lily up, does her breakfast and gets her dressed. Lee says if Pat cant keep "
  "doing it he'd have to pack in work. Mum Danielle left Jan 2024, lives in Seaholme, no contact w kids "
  "since last summer. EHW to look at childcare options.",
  ["CARER", "SAFE-NEG"],
  [("convention", "FIN", "Working night shifts is not FIN (conv 5)."),
   ("hypothetical", "FIN", "'if Pat cant keep doing it he'd have to pack in work' - hypothetical."),
   ("partial", "SAFE-NEG", "Children aged 9 and 6 unsupervised 6-7.30am: supervision, coded SAFE-NEG."),
   ("not-coded", "REL-CONF", "Mum left in 2024 with no contact: no current conflict or dispute described, not REL-CONF.")])
n("Z001-C-blue",
  "Lee moved onto days in Feb (7-3), Nana does the school run. Mason not doing mornings for Lily anymore. "
  "Lee has the childminder list if his shifts change again.",
  [],
  [("historical", "CARER", "Mason 'not doing mornings anymore' - caring has stopped."),
   ("historical", "SAFE-NEG", "Supervision gap closed by move to day shifts."),
   ("hypothetical", "SAFE-NEG", "'if his shifts change again' - hypothetical.")])

# ---------------------------------------------------------------- Z002 (W)
case("Z002", "Loomside", "2025-11-12", "2026-04-22")
n("Z002-A-yellow",
  "Since Samina passed away in March 2023 the household has been held together by Imran (41) and, more than "
  "is fair on her, by Zara (14), who tells me she does most of the weekday cooking and walks Musa (4) to "
  "nursery whenever her dad's back is bad. Imran has a long-standing back injury from his years at the dye "
  "works and is waiting for a physio appointment. Zara was very quiet during my visit; her form tutor has "
  "noticed that she is withdrawn and has been tearful in lessons more than once. I have talked through a "
  "referral to the young carers service with Imran and Zara and both were happy for it to go ahead.",
  ["CARER", "PH", "MH-CHILD"],
  [("partial", "MH-CHILD", "Bereavement is a past event but Zara's current withdrawal/tearfulness is present."),
   ("partial", "PH", "Father's back injury, awaiting physio: PH covers anyone in the family.")])
n("Z002-A-orange",
  "Ayaan (11) has been brought home by police three times since October after being found after dark with "
  "a group of much older lads on the Moss Lane estate; on the last occasion he had a bag of cannabis on him "
  "which he said one of the older boys had given him to hold. He was reported missing overnight on 2nd "
  "November and the return home interview raised real concern that he is being used to run errands. He has "
  "been referred to the exploitation hub and is being discussed at the multi-agency exploitation meeting.",
  ["SAFE-EXP", "CRIME"],
  [("convention", "SUB", "Drugs found on an exploited child are SAFE-EXP and CRIME, not SUB (conv 12)."),
   ("convention", "CRIME", "Police bringing a child home is safeguarding (conv 7); CRIME comes from conv 12 only.")])
n("Z002-C-yellow",
  "Zara goes to the young carers group every Thursday and her tutor says she's much more herself in class. "
  "Ayaan has had no further missing episodes since December and the exploitation hub closed their "
  "involvement in February; school and Imran are keeping an eye but there are no current concerns about him.",
  ["CARER"],
  [("convention", "CARER", "Ongoing young carers service codes CARER (conv 4)."),
   ("historical", "SAFE-EXP", "'no further missing episodes since December', hub closed."),
   ("negated", "SAFE-EXP", "'no current concerns'."),
   ("not-coded", "MH-CHILD", "'much more herself' - improvement only, no current need stated.")])

# ---------------------------------------------------------------- Z003 (T)
case("Z003", "Hollins Brow", "2025-10-20", "2026-03-05")
n("Z003-A-yellow",
  "Craig (38) drinking most nights, 6-8 cans + spirits at wknd by his own account. Agreed ref to Brightwater "
  "Recovery. Kids at mum Jade's (Ribbleford) alt wknds - rows at handover in front of the kids, Jade txts Craig "
  "calling him a pisshead. Kayden (13) late 14 x this half term.",
  ["SUB", "REL-CONF", "EDU-ATT"],
  [("convention", "REL-CONF", "Arguments between separated parents at handover are REL-CONF, not DA (conv 8).")])
n("Z003-A-orange",
  "Police attended 12/10 after neighbour rang re shouting. Craig drunk, Kayden (13) had shoved him into the "
  "door frame, cut to Craig's head. No charges. Kayden on report at school for swearing at staff, "
  "2 x suspensions since Sept.",
  ["REL-PAR", "CRIME", "SUB", "EDU-EXC"],
  [("convention", "DA", "Child-to-parent violence is REL-PAR, plus CRIME as police attended; not DA (conv 8)."),
   ("partial", "CRIME", "'No charges' does not negate the police call-out about the young person.")])
n("Z003-C-blue",
  "Craig says he's down to a few cans on a Sat, still seeing Brightwater fortnightly. Handovers now at the "
  "McDonald's car park so they don't go to each other's houses, still the odd snipey txt from Jade but Craig "
  "ignores them.",
  ["SUB", "REL-CONF"],
  [("convention", "SUB", "Blue box: cutting down while still in treatment is 'now managing' = present (conv 3, 4)."),
   ("convention", "REL-CONF", "Blue box: conflict still there ('odd snipey txt') and being managed = present (conv 3).")])
n("Z003-C-yellow",
  "Kayden att 97% since Feb half term, no lates. Still on report for behaviour - 1 suspension in Jan.",
  ["EDU-EXC"],
  [("historical", "EDU-ATT", "Attendance and lateness described as resolved; not coded.")])

# ---------------------------------------------------------------- Z004 (W)
case("Z004", "Cobb Lane", "2025-11-03", "2026-05-14")
n("Z004-A-green",
  "Kacper (2) isn't in any childcare yet. At his two-year review the health visitor found he has only a "
  "handful of words in Polish and English and isn't yet putting two together. Tomasz is eligible for a "
  "funded two-year-old place and the HV has given him the list of local nurseries with spaces.",
  ["EYD"])
n("Z004-A-yellow",
  "Tomasz (36) is doing his best on a rotating 6-2 / 2-10 pattern at Fenwick Foods and had been relying on a "
  "neighbour to cover his late-shift weeks, but that fell through in October and Natalia (7) has since been "
  "collected late from after-school club twice. Money is the bigger worry: a Universal Credit overpayment is "
  "being clawed back at about £180 a month and he is £420 behind on the gas. We talked about Citizens Advice "
  "and he was keen to go. The children's mum, Agnieszka, went back to Poland last year; Natalia video-calls "
  "her every Sunday and Tomasz says there is no disagreement between them about arrangements.",
  ["FIN"],
  [("convention", "FIN", "FIN is from the overpayment and gas arrears; the rotating shifts alone are not FIN (conv 5)."),
   ("negated", "REL-CONF", "'no disagreement between them about arrangements'."),
   ("not-coded", "SAFE-NEG", "Late collection from a supervised club is not described as a supervision/neglect need.")])
n("Z004-C-yellow",
  "Citizens Advice got the overpayment deductions cut to £60 a month and the gas arrears are on a plan at £25 "
  "a month. Kacper started at Little Looms nursery in January and is chatting away much more.",
  ["FIN"],
  [("partial", "FIN", "Arrears still being repaid and deductions continue: a current money problem."),
   ("not-coded", "EYD", "Nursery started and speech improving: good news in a yellow box, no need stated (conv 3).")])

# ---------------------------------------------------------------- Z005 (M)
case("Z005", "Tenterfield", "2025-11-26", "2026-05-28")
n("Z005-A-yellow",
  "- Tyler (16) left Tenterfield Academy in July, not started college or anything else, in bed till 2pm most "
  "days. Shaun says he can't get him up or get him to do anything round the house.\n"
  "- Shaun (45) not worked since his release last year; Jobcentre have put him on a work programme.\n"
  "- Chloe (12) goes to her mum Nicola's Fri-Sun, no problems with that.",
  ["EDU-NEET", "REL-PAR", "FIN"],
  [("convention", "FIN", "FIN is for the father's worklessness/employment support, not for Tyler's NEET status (conv 11)."),
   ("negated", "REL-CONF", "Contact with mum 'no problems with that'."),
   ("historical", "CRIME", "'since his release' implies past custody; the licence is not mentioned in this box (conv 1).")])
n("Z005-A-orange",
  "- Shaun on licence till April 2026 after 18 months for burglary, probation aware of EH involvement.\n"
  "- Tyler stopped by police twice in Nov riding an off-road bike round the rec, ASB warning given.",
  ["CRIME"],
  [("convention", "CRIME", "Adult on licence and a young person's ASB are both CRIME (conv 7); one code.")])
n("Z005-C-blue",
  "Shaun's licence ended in April, no issues. He's been doing agency shifts at the warehouse since Feb.",
  [],
  [("historical", "CRIME", "Licence ended - over."),
   ("convention", "FIN", "Shift work is not FIN (conv 5); worklessness has ended.")])
n("Z005-C-yellow",
  "Tyler on a 12-week pre-employment course at Loomside Skills Hub, going 4 days out of 5. Tutor says he's "
  "still at risk of dropping out.",
  ["EDU-NEET"],
  [("partial", "EDU-NEET", "16+ in training but stated to be at risk of dropping out: EDU-NEET covers 'at risk'.")])

# ---------------------------------------------------------------- Z006 (T)
case("Z006", "Loomside", "2025-09-17", "2026-02-25")
n("Z006-A-green",
  "Leo (3) at Brookmill Nursery 30 hrs. Not toilet trained, nursery + HV doing a plan. Speech fine. "
  "Ava (6) Y1, settled.",
  ["EYD"],
  [("negated", "EYD", "'Speech fine' - but toileting keeps EYD present.")])
n("Z006-A-yellow",
  "Mum Courtney using heroin, lives w new partner in Clough End. Supervised contact at the family centre "
  "fortnightly - she's missed 3 of the last 5. Ava (6) clingy + tearful at bedtime after missed contacts, "
  "school say she's gone quiet. Jamie (29) wants help w what to say to the kids.",
  ["MH-CHILD"],
  [("outside", "SUB", "Mother's heroin use: she is outside the household (conv 6)."),
   ("not-coded", "REL-CONF", "Missed supervised contact, but no dispute or argument between the parents described.")])
n("Z006-C-yellow",
  "Ava seeing the school ELSA weekly, calmer at bedtimes. Courtney's contact now monthly, turned up for the "
  "last 3. Leo dry in the day since Dec.",
  ["MH-CHILD"],
  [("convention", "MH-CHILD", "Ongoing ELSA emotional support codes MH-CHILD (conv 4)."),
   ("historical", "EYD", "'dry in the day since Dec' - toileting need over.")])

# ---------------------------------------------------------------- Z007 (W) unboxed note
case("Z007", "Hollins Brow", "2025-10-15", "2026-03-11")
n("Z007-A-note",
  "Home visit to Paul (52) and Reece (15). Paul has been Reece's sole carer since Reece's mum Gemma moved out "
  "in 2021; she has since had a baby with her new partner and sees Reece now and then. Paul has been signed "
  "off from his job as a bus driver with depression since August and is on ESA; he says money is okay and "
  "there are no arrears. Reece was referred to CAMHS by the GP in September after telling his form tutor he "
  "had been cutting his arms, and he is on the waiting list. School say his attendance has dropped to 84% "
  "this term. I have given Paul details of the Dads Matter group and will visit again in two weeks.",
  ["MH-ADULT", "MH-CHILD", "EDU-ATT"],
  [("convention", "MH-CHILD", "Unboxed: highest cue is CAMHS -> orange for all codes (conv 2)."),
   ("negated", "FIN", "'money is okay and there are no arrears'; ESA alone is not FIN (conv 5)."),
   ("convention", "CARER", "'sole carer' is the father, not a young carer (conv 12).")],
  note_level="orange")
n("Z007-C-green",
  "Reece now seen by CAMHS fortnightly. Att 91%, school still want it higher and he's on their attendance "
  "monitoring. Paul back at work on a phased return and still on his antidepressants from the GP.",
  ["MH-CHILD", "EDU-ATT", "MH-ADULT"],
  [("convention", "MH-ADULT", "Still on antidepressants: ongoing treatment = present (conv 3, 4).")])

# ---------------------------------------------------------------- Z008 (M)
case("Z008", "Cobb Lane", "2025-09-24", "2026-02-18")
n("Z008-A-orange",
  "- Faisal (33) has a non-molestation order against the children's mum Aisha, granted in Aug after she "
  "assaulted him at the house and kept turning up at his work.\n"
  "- She breached it 3/9 - police attended and she was arrested.\n"
  "- Aisha has no contact with Hamza or Inaya pending family court in Jan.\n"
  "- Faisal got upset talking about it, hasn't told anyone at work.",
  ["DA"],
  [("convention", "CRIME", "Ex-partner's assault, breach and arrest against the adult victim are DA only (conv 7)."),
   ("not-coded", "REL-CONF", "Family court over contact arises from the abuse: DA only (conv 8)."),
   ("not-coded", "MH-ADULT", "'got upset talking about it' is not a stated mental health need.")])
n("Z008-A-yellow",
  "- Hamza (8) hitting his sister Inaya (5), shouting and throwing toys at bedtime, refusing to go up till "
  "10-11pm.\n"
  "- Faisal asked for a parenting course - booked on Triple P starting 6/10.",
  ["REL-PAR"],
  [("not-coded", "PH", "Bedtime refusal is described as behaviour, not a sleep problem (conv 9 not triggered).")])
n("Z008-C-orange",
  "- Court ordered letterbox contact only for Aisha.\n"
  "- Non-mol extended for 12 months. No breaches since Sept.\n"
  "- Faisal completed Triple P, bedtimes sorted, Hamza no longer hitting Inaya.",
  ["DA"],
  [("convention", "DA", "A non-molestation order still in force is a current protective measure: DA present "
                        "even though there have been no breaches since Sept."),
   ("historical", "REL-PAR", "'completed', 'sorted', 'no longer hitting' - over.")])

# ---------------------------------------------------------------- Z009 (T)
case("Z009", "Tenterfield", "2025-11-19", "2026-04-29")
n("Z009-A-yellow",
  "Jack (10) school refusing since Oct, attendence 61%, screams + hides when its time to leave. Dean (40) on "
  "12hr days at Tenter Mill, leaves 6.15 so Poppy (14) has to get Jack up + to school - she's been late x9 "
  "herself. Jack on CAMHS waiting list. Mum Stacey has kids Fri-Sun, co-parenting fine.",
  ["EDU-ATT", "MH-CHILD", "CARER"],
  [("partial", "CARER", "Poppy (14) regularly getting her brother up and to school because of dad's shifts: young carer."),
   ("convention", "MH-CHILD", "Awaiting CAMHS codes MH-CHILD (conv 4)."),
   ("negated", "REL-CONF", "'co-parenting fine'.")])
n("Z009-C-green",
  "Jack on a phased return, att 88% this half term. First CAMHS appt was 10/3, next one May.",
  ["EDU-ATT", "MH-CHILD"])
n("Z009-C-blue",
  "Dean on 7-3 now so does the school run himself, Poppy doesn't have to take Jack any more. Dean's brother "
  "covers if he's on overtime.",
  [],
  [("historical", "CARER", "Poppy no longer responsible - over.")])

# ---------------------------------------------------------------- Z010 (W)
case("Z010", "Loomside", "2025-10-01", "2026-05-06")
n("Z010-A-green",
  "Aleena (9) has cerebral palsy and uses a wheelchair; she has an EHCP with a 1:1 at Loomside Primary and "
  "the SENCo describes her as thriving. Sajid (47) calls himself a full-time parent carer and gets DLA for "
  "Aleena and Carer's Allowance for himself, and he says the money side is fine.",
  ["PH", "EDU-SEND"],
  [("convention", "CARER", "'parent carer' and Carer's Allowance are not CARER (conv 5, 12)."),
   ("negated", "FIN", "Benefits named but 'money side is fine' (conv 5).")])
n("Z010-A-yellow",
  "The main worry Sajid brought to me is Rayyan (13), who has taken on a lot of Aleena's personal care before "
  "school - lifting her out of bed, helping with toileting and dressing - because Sajid's shoulder has got "
  "worse and he is on the waiting list for surgery. Rayyan has been late several times this term and told "
  "his head of year he is 'always tired'. The children's mum, Nadia, lives with her parents in Airedale Cross "
  "and is under a community mental health team there; she phones the children most weeks.",
  ["CARER", "PH", "EDU-ATT"],
  [("outside", "MH-ADULT", "Mother's mental health team: she lives outside the household (conv 6)."),
   ("not-coded", "EYD", "Toileting here is Rayyan's care for his disabled sister aged 9, not an under-5 need.")])
n("Z010-A-orange",
  "The family rent a terraced house privately with no downstairs toilet, and the stairs are no longer safe "
  "for Aleena. The OT has assessed and recommended adaptations but the landlord has refused. Housing Options "
  "are involved, the family have medical priority on the register and are bidding on adapted properties.",
  ["HOUS"])
n("Z010-C-orange",
  "An offer of a three-bedroom adapted bungalow from Calderstone Homes has been accepted; keys are due "
  "mid-May and until then Aleena is still being carried up and down the stairs. Rayyan has been going to the "
  "young carers service after school on Wednesdays.",
  ["HOUS", "CARER"],
  [("partial", "HOUS", "Move not yet happened; unsuitable housing still current."),
   ("not-coded", "PH", "Aleena's disability is implied, not described in this box (conv 1).")])

# ---------------------------------------------------------------- Z011 (T)
case("Z011", "Hollins Brow", "2025-12-10", "2026-06-10")
n("Z011-A-yellow",
  "Kieran (17) NEET since dropping out of Pendlebrook College in Nov. Smoking weed daily, Wayne (50) finding "
  "bags in his room. Wayne was a heavy drinker till 2020, 5 yrs sober, still goes to AA Thursdays.",
  ["EDU-NEET", "SUB"],
  [("historical", "SUB", "Wayne's drinking ended 2020; SUB is present from Kieran's daily cannabis "
                         "(AA attendance would also count under conv 4)."),
   ("convention", "FIN", "16+ NEET is EDU-NEET only (conv 11).")])
n("Z011-A-orange",
  "Kieran arrested 2/12 - found w 20 wraps of cocaine, possession with intent. Believed holding for older "
  "males from out of area, CCE referral made. YOS allocated.",
  ["CRIME", "SAFE-EXP"],
  [("convention", "SUB", "Drugs found on an exploited young person: SAFE-EXP and CRIME, not SUB (conv 12).")])
n("Z011-C-blue",
  "Kieran on a full-time traineeship at the bike workshop since Feb. Says he's cut the weed to weekends only. "
  "Referral order finished in May.",
  ["SUB"],
  [("convention", "SUB", "Blue box: cut down, still using = now managing, present (conv 3)."),
   ("historical", "CRIME", "Referral order finished - over."),
   ("historical", "EDU-NEET", "Now in full-time training.")])

# ---------------------------------------------------------------- Z012 (W)
case("Z012", "Cobb Lane", "2025-09-10", "2026-03-25")
n("Z012-A-yellow",
  "Gary (44) was made redundant in June when the Cobb Lane spinning works finally closed, and most of his "
  "redundancy money has gone. He admitted, with some embarrassment, that a fair chunk of it went on online "
  "betting, and he now owes around £2,300 across two credit cards and a payday lender. He has self-excluded "
  "from the betting sites and definately wants to talk to someone about the debt. Council tax arrears of £610 "
  "have reached summons stage. He worries that if things slide the landlord could take action, but his rent "
  "is paid up to date.",
  ["FIN"],
  [("convention", "SUB", "Gambling and gambling debts are FIN, not SUB (conv 10)."),
   ("not-coded", "EDU-EXC", "'self-excluded' from betting sites is a look-alike."),
   ("hypothetical", "HOUS", "'if things slide the landlord could take action'."),
   ("negated", "HOUS", "'rent is paid up to date'.")])
n("Z012-A-blue",
  "Gary has been taking the twins, Harvey and Jessica (11), to the food pantry at St Anne's on Friday "
  "afternoons, which he says is a big help and means the cupboards are never bare.",
  ["FIN"],
  [("convention", "FIN", "Food pantry use is FIN (conv 10); blue box, now managing (conv 3)."),
   ("negated", "SAFE-NEG", "'cupboards are never bare' - no empty fridge/hungry child.")])
n("Z012-C-yellow",
  "A debt management plan is in place through a debt charity at £85 a month. Gary started as a delivery "
  "driver four days a week in January and the council tax is on an arrangement.",
  ["FIN"],
  [("partial", "FIN", "Debts still being repaid under a plan: current money problem.")])

# ---------------------------------------------------------------- Z013 (M)
case("Z013", "Tenterfield", "2025-08-27", "2026-03-04")
n("Z013-A-yellow",
  "- Nathan (26) sole carer for Alfie (9 months) since Kerry-Ann left in July, she hasn't seen Alfie since, "
  "whereabouts unknown.\n"
  "- Nathan + Alfie sleeping in the living room of his mum's 2-bed flat, shared with his sister and her 2 kids. "
  "On housing register, band C.\n"
  "- Nathan describes low mood, feels 'trapped'. GP started him on mirtazapine.",
  ["HOUS", "MH-ADULT"],
  [("convention", "CARER", "'sole carer' is the father (conv 12)."),
   ("not-coded", "REL-CONF", "Mother left; no dispute or contact conflict described.")])
n("Z013-A-green",
  "HV: Alfie's weight following the 25th centile, weaning going well, imms up to date.",
  [],
  [("not-coded", "EYD", "Pure good news, no need stated (conv 3)."),
   ("not-coded", "PH", "Weight and immunisations fine.")])
n("Z013-A-orange", "N/A", [],
  [("not-coded", "", "Box says N/A.")])
n("Z013-C-green",
  "- Alfie's 1 yr review done by HV - cruising round the furniture, lots of babble, on track.\n"
  "- HV would only think about a speech referral if he has no words by 18 months.\n"
  "- Starting at Tenter Tots 2 days a week from April so Nathan can go back to work.",
  [],
  [("hypothetical", "EYD", "Speech referral only 'if he has no words by 18 months'."),
   ("not-coded", "EYD", "Nursery start is good news, no take-up problem stated.")])

# ---------------------------------------------------------------- Z014 (T)
case("Z014", "Loomside", "2025-11-05", "2026-04-15")
n("Z014-A-orange",
  "Charlie (7) 3 x suspensions this term for hitting staff, now on reduced timetable 9-12. School talking "
  "managed move / AP. On ADHD pathway, paed appt Jan.",
  ["EDU-EXC", "EDU-ATT", "EDU-SEND"],
  [("convention", "EDU-ATT", "Reduced timetable = part-time timetable -> EDU-ATT."),
   ("convention", "EDU-SEND", "ADHD pathway codes EDU-SEND (conv 4).")])
n("Z014-A-yellow",
  "Ryan (35) + Leanne (mum) in dispute over contact - she wants 50/50, Ryan says Charlie comes back from hers "
  "'wired'. Mediation booked 14/11. Ryan cant work while Charlie's only in school 3 hrs a day, new UC claim, "
  "rent short £150 last month.",
  ["REL-CONF", "FIN", "EDU-ATT"],
  [("partial", "EDU-ATT", "'only in school 3 hrs a day' is the part-time timetable, stated in this box too (conv 1)."),
   ("convention", "HOUS", "Rent shortfall is arrears -> FIN; no eviction/possession risk so not HOUS.")])
n("Z014-C-orange",
  "Charlie on managed move to Brookfold Primary since Feb, full days since March. ADHD diagnosed, started meds.",
  ["EDU-EXC", "EDU-SEND"],
  [("convention", "EDU-EXC", "Ongoing managed move codes EDU-EXC."),
   ("historical", "EDU-ATT", "'full days since March' - part-time timetable over.")])
n("Z014-C-yellow",
  "Mediation agreed alt wknds + Weds tea at Leanne's, both sticking to it. Ryan back at work part-time at the "
  "bakery, no arrears now.",
  [],
  [("historical", "REL-CONF", "Dispute settled through mediation; yellow box, so 'managing' does not count (conv 3)."),
   ("negated", "FIN", "'no arrears now'.")])

# ---------------------------------------------------------------- Z015 (W)
case("Z015", "Hollins Brow", "2025-10-29", "2026-04-01")
n("Z015-A-red",
  "A strategy meeting was held on 21/10 after Megan (15) was found to have been sending indecent images to an "
  "adult man she met on Snapchat, who had arranged to meet her in the city; police intercepted him at the "
  "station. Section 47 enquiries have been completed and Megan is now on a child in need plan with CSC "
  "leading, and early help continuing alongside.",
  ["SAFE-EXP"],
  [("outside", "CRIME", "The man's offence is outside the household (conv 6); police acted to safeguard (conv 7).")])
n("Z015-A-orange",
  "Megan has been open to CAMHS since the summer for self-harm; she cuts her thighs and has told her worker it "
  "happens when she thinks about her mum. Rachel (mum) is part-way through a three-year prison sentence and "
  "the children visit her monthly with Stuart's sister. Megan also went missing overnight once in September "
  "and was found by police in the town centre the following morning.",
  ["MH-CHILD", "SAFE-EXP"],
  [("outside", "CRIME", "Mother's prison sentence: she is outside the household (conv 6)."),
   ("convention", "CRIME", "Police finding a missing child is not CRIME (conv 7)."),
   ("partial", "SAFE-EXP", "Single missing episode in Sept within the current assessment period: present.")])
n("Z015-A-yellow",
  "Stuart (39) works nights as a security guard four nights a week, and on those nights Megan and Ollie (12) "
  "are in the house on their own from 7pm until he gets in at 7am; he admits he has no idea what either of "
  "them is doing online. Ollie has put on a lot of weight over the last year, which the school nurse raised "
  "at his Year 7 health check.",
  ["SAFE-NEG", "SAFE-EXP", "PH"],
  [("partial", "SAFE-NEG", "Children 15 and 12 alone overnight: supervision."),
   ("partial", "SAFE-EXP", "Unmonitored online activity is an online safety risk."),
   ("convention", "FIN", "Night shifts are not FIN (conv 5).")])
n("Z015-C-yellow",
  "Stuart moved to day shifts at the retail park in February so he is home every night now. We set up "
  "parental controls on all the devices together, and Ollie has started doing the Saturday junior parkrun "
  "with his dad.",
  [],
  [("historical", "SAFE-NEG", "Now home every night - supervision gap over."),
   ("not-coded", "SAFE-EXP", "Parental controls set: action completed, yellow box so 'managing' not coded (conv 3)."),
   ("not-coded", "PH", "Weight not mentioned; parkrun alone is not a need (conv 1).")])

# ---------------------------------------------------------------- Z016 (T)
case("Z016", "Cobb Lane", "2025-09-30", "2026-02-11")
n("Z016-A-green",
  "Ruby (4) speech delay flagged by nursery + HV, SALT ref made Sept.",
  ["EYD"])
n("Z016-A-yellow",
  "Adam (31) panic attacks, hardly leaves the house. Jacob (6) late most days as Adam can't face the school "
  "gate. Kids' mum Shannon left in 2024 but still txts Adam most days checking where he is + threatening to "
  "take the kids if he 'messes up', Adam says he's scared of her. Self-referred to Talking Therapies.",
  ["MH-ADULT", "EDU-ATT", "DA"],
  [("outside", "DA", "Shannon lives elsewhere, but her ongoing controlling/threatening messages to Adam are "
                     "their effect on the family -> DA (conv 6)."),
   ("not-coded", "REL-CONF", "Arguments that are part of abuse are DA only (conv 8).")])
n("Z016-C-blue",
  "Adam doing the school run himself, Jacob on time. Finished Talking Therapies, still uses the breathing app "
  "most days. Changed his number in Dec, Shannon's txts have stopped.",
  ["MH-ADULT"],
  [("convention", "MH-ADULT", "Blue box: self-managing anxiety with the app = now managing (conv 3)."),
   ("historical", "DA", "'txts have stopped' - over (conv 3)."),
   ("historical", "EDU-ATT", "'Jacob on time' - lateness resolved.")])

# ---------------------------------------------------------------- Z017 (W)
case("Z017", "Tenterfield", "2025-11-20", "2026-05-20")
n("Z017-A-red",
  "An initial child protection conference on 4/11 made Tia (10), Kyle (8) and Bailey (3) subject to child "
  "protection plans under the category of neglect. The concerns centre on the state of the house (dog mess in "
  "the kitchen, no working cooker, the children's bedding soiled), the children arriving at school hungry and "
  "in unwashed uniform, and Darren's drinking, which he now accepts has crept up since his partner left last "
  "year.",
  ["SAFE-NEG", "SUB"],
  [("convention", "FIN", "Hungry children are SAFE-NEG; no food bank or poverty described, so no FIN (conv 10).")])
n("Z017-A-orange",
  "The house is privately rented and has severe black mould in both bedrooms; the landlord has served a "
  "section 21 notice which expires in January and Darren (42) has not yet gone to the council. The electric "
  "is on an emergency-credit meter that runs out most weekends, and Darren has missed the last two "
  "appointments with the debt adviser.",
  ["HOUS", "FIN"],
  [("convention", "FIN", "Electric running out most weekends is fuel poverty -> FIN (conv 10).")])
n("Z017-A-green",
  "Bailey (3) not taking up his funded nursery hours. Kyle has dental decay and has missed two dentist appts.",
  ["EYD", "PH"])
n("Z017-C-red",
  "The CP plans ended in March and the children are now on child in need plans. Home conditions are much "
  "improved when seen on unannounced visits, though the children still need proper beds. Darren is engaging "
  "with Brightwater and says he has been alcohol-free for eight weeks.",
  ["SAFE-NEG", "SUB"],
  [("partial", "SAFE-NEG", "Improved but 'still need proper beds' - basic care need remains."),
   ("convention", "SUB", "Alcohol-free but still engaging with the alcohol service: ongoing treatment (conv 4).")])

# ---------------------------------------------------------------- Z018 (M)
case("Z018", "Loomside", "2025-10-22", "2026-04-08")
n("Z018-A-yellow",
  "- Bilal (37) drives a taxi 6pm-3am Thurs-Sun.\n"
  "- Hana (16), Y12 at Loomside Sixth Form, looks after Yusuf (10) and Eesa (7) on those nights - tea, baths, "
  "bedtime.\n"
  "- Hana's attendance down to 79%, sixth form say she's at risk of being withdrawn from her course.\n"
  "- Bilal says he might go onto days if it comes to it but it'd mean less money.",
  ["CARER", "EDU-ATT", "EDU-NEET"],
  [("partial", "EDU-NEET", "16+ at risk of withdrawal from education: 'at risk of' NEET."),
   ("hypothetical", "FIN", "'it'd mean less money' if he changed shifts - hypothetical; shift work not FIN (conv 5).")])
n("Z018-A-blue",
  "- Farzana (mum) has the boys every other Sat, Bilal and Farzana get on fine.\n"
  "- Bilal's sister lives round the corner.",
  [],
  [("negated", "REL-CONF", "Parents 'get on fine'.")])
n("Z018-C-yellow",
  "- Hana goes to Spinning Wheel young carers.\n"
  "- Bilal's sister now does Thurs + Fri bedtimes, Hana still does thier weekends.\n"
  "- Attendance back up to 96%, sixth form no longer talking about withdrawal.",
  ["CARER"],
  [("historical", "EDU-ATT", "Attendance restored."),
   ("negated", "EDU-NEET", "'no longer talking about withdrawal'.")])

# ---------------------------------------------------------------- Z019 (T) unboxed note
case("Z019", "Hollins Brow", "2025-12-03", "2026-05-13")
n("Z019-A-note",
  "Call from Hollins Brow High DSL re Jordan (14), dad Mick (46). 2 x suspensions this term - vaping in the "
  "toilets + a fight on the field. Mick works away Mon-Thu on scaffolding contracts, Jordan stays at his nan's "
  "those nights. School offering an in-house mentor. Mum not in the picture since Jordan was 2. Agreed school "
  "to lead, review at Feb pastoral mtg.",
  ["EDU-EXC"],
  [("convention", "SUB", "Vaping is not SUB (conv 12)."),
   ("convention", "EDU-EXC", "Unboxed: only cue is school -> green (conv 2)."),
   ("not-coded", "SAFE-NEG", "Staying with nan while dad works away is arranged care, not a supervision gap.")],
  note_level="green")
n("Z019-C-green",
  "Jordan no suspensions since Jan. Still seeing the school mentor weekly, on a report card for low level "
  "disruption in lessons.",
  ["EDU-EXC"],
  [("partial", "EDU-EXC", "Suspensions over, but report card for disruption = current behaviour at school.")])

# ---------------------------------------------------------------- Z020 (W)
case("Z020", "Cobb Lane", "2025-09-03", "2026-02-04")
n("Z020-A-yellow",
  "Aaron (28) took over Mia's care full-time in the summer when Sophie was detained under the Mental Health "
  "Act; she is now in supported accommodation in Ribbleford and sees Mia at the family centre every other "
  "week. Aaron was honest that he smokes cannabis most evenings once Mia is asleep 'to switch off', spending "
  "around £60 a week that he can't really afford on his Universal Credit, and he has agreed to a referral to "
  "Brightwater.",
  ["SUB", "FIN"],
  [("outside", "MH-ADULT", "Mother detained/supported accommodation: outside the household (conv 6)."),
   ("convention", "FIN", "UC named with a described money problem ('can't really afford') -> FIN (conv 5).")])
n("Z020-A-green",
  "Mia (2) had her two-year review with the health visitor and is meeting her milestones, but she still has "
  "milk from a bottle through the night and there are early signs of decay on her front teeth. The HV has "
  "given advice on weaning her off the night bottle and referred her to the community dental service.",
  ["EYD", "PH"],
  [("convention", "EYD", "Night bottle for an under-5, HV weaning advice -> EYD (weaning, conv 9)."),
   ("partial", "PH", "Dental decay and dental referral -> PH.")])
n("Z020-C-yellow",
  "Aaron did six sessions with Brightwater and says he hasn't used cannabis since January; he knows he can go "
  "back to them if he starts again. He's put the money towards a nursery deposit for Mia and says money's not "
  "a worry now.",
  [],
  [("historical", "SUB", "Stopped since January, sessions finished."),
   ("hypothetical", "SUB", "'if he starts again'."),
   ("negated", "FIN", "'money's not a worry now'.")])

# ---------------------------------------------------------------- Z021 (T)
case("Z021", "Tenterfield", "2025-11-11", "2026-04-23")
n("Z021-A-orange",
  "Ethan (13) autism dx 2023. EHC needs assessment agreed Oct. Att 44%, not been in since half term. CAMHS LD "
  "team involved re meltdowns - hits Carl, broke his glasses last wk.",
  ["EDU-SEND", "EDU-ATT", "MH-CHILD", "REL-PAR"],
  [("convention", "DA", "Child hitting parent is REL-PAR, not DA; no police so no CRIME (conv 8).")])
n("Z021-A-green",
  "Carl (47) type 1 diabetic, manages his own insulin, GP review every 6 months.",
  ["PH"],
  [("convention", "PH", "Green box: managing own insulin = present (conv 3).")])
n("Z021-A-yellow",
  "Carl gave up his job at the tile warehouse to be home for Ethan. On UC + Carer's Allowance. UC housing "
  "element wrong - £230/m shortfall, rent arrears building.",
  ["FIN"],
  [("convention", "CARER", "Carer's Allowance never implies CARER (conv 5)."),
   ("convention", "HOUS", "Rent arrears without an eviction notice are FIN only.")])
n("Z021-C-orange",
  "EHCP issued March, Ethan has a place at Millbrook specialist school from after Easter. Still open to CAMHS "
  "LD. UC housing element corrected + backdated, arrears cleared.",
  ["EDU-SEND", "MH-CHILD"],
  [("historical", "FIN", "'arrears cleared' (conv 3)."),
   ("convention", "MH-CHILD", "'Still open to CAMHS' (conv 4).")])

# ---------------------------------------------------------------- Z022 (W)
case("Z022", "Loomside", "2025-10-14", "2026-03-18")
n("Z022-A-yellow",
  "Tariq (39) and Mariam separated in the spring after sixteen years together and things between them are "
  "still raw: there are heated arguments by text and on the doorstep at handovers, mostly about money and "
  "about her new partner meeting the boys. Neither describes the other as frightening or controlling and both "
  "say there has never been any violence. Tariq told me he is 'not in a good place' and he has agreed to see "
  "his GP about his mood.",
  ["REL-CONF", "MH-ADULT"],
  [("negated", "DA", "'never been any violence', not frightening or controlling."),
   ("convention", "REL-CONF", "Parental arguments not part of abuse -> REL-CONF (conv 8)."),
   ("not-coded", "FIN", "Arguments 'about money' are not a described money problem.")])
n("Z022-A-orange",
  "Zain (15) was arrested in October for criminal damage after he and some friends smashed a bus shelter, and "
  "he has been referred to the YOS for a youth caution assessment. School say he has been in isolation four "
  "times this half term for defiance.",
  ["CRIME", "EDU-EXC"])
n("Z022-C-yellow",
  "Tariq and Mariam have agreed a written parenting plan and handovers now go through Tariq's brother. Tariq "
  "is on citalopram from the GP and back at the gym. Zain finished his youth caution programme in February "
  "with no further police contact.",
  ["MH-ADULT"],
  [("historical", "REL-CONF", "Plan agreed, yellow box: no current conflict described (conv 3)."),
   ("historical", "CRIME", "Programme finished, 'no further police contact'."),
   ("convention", "MH-ADULT", "On citalopram: ongoing treatment (conv 4).")])

# ---------------------------------------------------------------- Z023 (M) unboxed note
case("Z023", "Hollins Brow", "2025-09-18", "2025-11-27")
n("Z023-A-note",
  "Dad Neil (48) rang for advice. Archie (8) fighting bedtime every night - on his tablet till 10, "
  "backchatting and slamming doors when told to come off. Lily-Rose (11) no bother. Sent Neil the link to the "
  "council's parenting tips pages and a bedtime routine chart to print; he's going to give it a go with his "
  "sister's help. NFA.",
  ["REL-PAR"],
  [("convention", "REL-PAR", "Unboxed: only signposting the family acts on itself -> blue (conv 2)."),
   ("not-coded", "PH", "Bedtime refusal as behaviour, not a sleep problem (conv 9 not triggered).")],
  note_level="blue")
n("Z023-C-blue",
  "Neil rang back, chart working - Archie in bed by 8.30 most school nights, still the odd battle at weekends.",
  ["REL-PAR"],
  [("convention", "REL-PAR", "Blue box: routine now being managed, odd battle remains = present (conv 3).")])

# ---------------------------------------------------------------- Z024 (T)
case("Z024", "Cobb Lane", "2025-09-12", "2026-01-21")
n("Z024-A-green",
  "Harper (14m) HV 1yr review done late 12/9. Not crawling or pulling up yet, HV reviewing in 6 wks. "
  "12 month imms not done.",
  ["EYD", "PH"],
  [("partial", "PH", "Missed immunisations -> PH; motor delay -> EYD.")])
n("Z024-A-yellow",
  "Kyle (24) moved back to his mum's after him + Chelsea split in spring. Chelsea has Harper Tue/Thu "
  "overnights, arrangement working. Kyle did Caring Dads in 2022 re DA towards a previous partner, no "
  "incidents since, SW closed then. Wants help w budgeting - £400 payday loan + £300 phone contract arrears.",
  ["FIN"],
  [("historical", "DA", "Perpetrator programme in 2022, no incidents since."),
   ("negated", "REL-CONF", "'arrangement working'.")])
n("Z024-C-note",
  "Budgeting sessions done with EHW. Payday loan paid off, still paying phone arrears at £20/m. Harper walking "
  "now + imms caught up, HV happy.",
  ["FIN"],
  [("convention", "FIN", "Unboxed: EHW (yellow) outranks HV (green) -> yellow (conv 2)."),
   ("historical", "PH", "'imms caught up'."),
   ("not-coded", "EYD", "Walking - good news.")],
  note_level="yellow")

# ---------------------------------------------------------------- Z025 (W)
case("Z025", "Tenterfield", "2025-11-24", "2026-05-06")
n("Z025-A-yellow",
  "Kai (12) has been coming home from Tenterfield Academy with his blazer ripped, and last week he told Jason "
  "that a group of Year 9s have been taking his dinner money and filming him on their phones, with the videos "
  "shared in a group chat. School are investigating. Kai has become very anxious about going in and has "
  "missed six days this half term.",
  ["SAFE-EXP", "MH-CHILD", "EDU-ATT"],
  [("outside", "SAFE-EXP", "Perpetrators are outside the household, but bullying of Kai is his need -> SAFE-EXP."),
   ("outside", "CRIME", "The Year 9s' behaviour is not a household member's offending (conv 6).")])
n("Z025-A-blue",
  "The children's mum, Lauren, drinks heavily and both Kai and Freya (9) chose to stop seeing her in the "
  "summer; Jason (37) says there's no court involvement and no falling-out over it, and that he'd get legal "
  "advice if she ever applied for contact. His partner Gemma doesn't live with them but is round most "
  "weekends and the kids get on well with her.",
  [],
  [("outside", "SUB", "Mother's drinking: outside the household (conv 6)."),
   ("negated", "REL-CONF", "'no falling-out over it'."),
   ("hypothetical", "REL-CONF", "'if she ever applied for contact'.")])
n("Z025-C-blue",
  "Kai uses the school's worry box and a breathing app when he's anxious, and tells his dad when he's had a "
  "wobble. School moved his form group and the Year 9s involved were suspended; nothing has happened since "
  "February. Attendance back to 96%.",
  ["MH-CHILD"],
  [("convention", "MH-CHILD", "Blue box: managing anxiety with own strategies = present (conv 3)."),
   ("historical", "SAFE-EXP", "'nothing has happened since February'."),
   ("outside", "EDU-EXC", "Suspension of the other pupils is outside the household."),
   ("historical", "EDU-ATT", "Attendance back to 96%.")])

# ---------------------------------------------------------------- Z026 (T) unboxed note
case("Z026", "Loomside", "2026-01-16", "2026-06-17")
n("Z026-A-note",
  "Strategy mtg 14/1. Logan (4) found by a neighbour 7am walking along Loomside Rd in his pyjamas; police took "
  "him home + found Sean (33) asleep, couldn't be woken, empty vodka bottles. Riley (6) was in the house. S47 "
  "agreed, SW allocated. Sean drinking daily since being laid off from the foundry in Nov, no income apart "
  "from UC which has been sanctioned for a missed appt. Riley att 86%, persistent absence.",
  ["SAFE-NEG", "SUB", "FIN", "EDU-ATT"],
  [("convention", "CRIME", "Police returning a wandering child is safeguarding, not CRIME (conv 7)."),
   ("convention", "SAFE-NEG", "Unboxed: strategy meeting / S47 -> red for all codes (conv 2)."),
   ("convention", "FIN", "UC sanction is a described benefit problem plus worklessness (conv 5).")],
  note_level="red")
n("Z026-C-red",
  "CIN plan continues, review July. Sean alcohol-free 10 wks, testing via Brightwater. Started at the "
  "recycling plant in March, days. Riley att 95% this term.",
  ["SUB"],
  [("convention", "SUB", "Alcohol-free but ongoing testing with the alcohol service (conv 4)."),
   ("historical", "FIN", "Back in work."),
   ("not-coded", "EDU-ATT", "95% - resolved.")])

# ---------------------------------------------------------------- Z027 (W)
case("Z027", "Hollins Brow", "2025-10-06", "2026-03-26")
n("Z027-A-yellow",
  "Shabir (58) has severe COPD and is on home oxygen overnight. His English is limited and Amina (13) "
  "interprets for him at all his hospital and GP appointments, which means she misses school - 11 half-days "
  "this term, authorised as medical. Amina also keeps track of his inhalers and does the weekly shop.",
  ["PH", "CARER", "EDU-ATT"],
  [("partial", "EDU-ATT", "Absences are authorised but still absence caused by caring.")])
n("Z027-A-green",
  "Amina's teachers say she is bright and doing well academically. She has told the school nurse she "
  "struggles to get to sleep because she lies awake listening to her dad's breathing.",
  ["PH"],
  [("convention", "PH", "Sleep problem at school age -> PH (conv 9)."),
   ("not-coded", "MH-CHILD", "Worry is implied but no emotional wellbeing need is stated as such.")])
n("Z027-C-yellow",
  "The hospital now books an interpreter for all Shabir's appointments and he is still on overnight oxygen. "
  "Amina goes to the young carers group once a month.",
  ["PH", "CARER"])

# ---------------------------------------------------------------- Z028 (M)
case("Z028", "Cobb Lane", "2025-10-27", "2026-04-30")
n("Z028-A-orange",
  "- Liam (30) convicted of drink driving in Sept - 18-month community order with an alcohol treatment "
  "requirement, seeing probation + Brightwater.\n"
  "- Lost his van driving job as a result.\n"
  "- Rent arrears £1,100, landlord has served a possession notice.",
  ["CRIME", "SUB", "FIN", "HOUS"],
  [("convention", "CRIME", "Adult on a community order / probation -> CRIME (conv 7)."),
   ("partial", "HOUS", "Possession notice -> HOUS; arrears and job loss -> FIN.")])
n("Z028-A-green",
  "- Oscar (5), Reception at Cobb Lane CP - speech hard to understand, SENCo has referred to SALT.\n"
  "- Isla (3) at nursery 15 hrs, no concerns.",
  ["EDU-SEND"],
  [("convention", "EYD", "Speech for a school-age child (Reception) -> EDU-SEND, not EYD (conv 9)."),
   ("negated", "EYD", "Isla 'no concerns'.")])
n("Z028-C-orange",
  "- Community order runs till March 2027, Liam engaging with probation.\n"
  "- Possession notice withdrawn after arrears cleared with a DHP + help from his parents.\n"
  "- Oscar seeing SALT in school fortnightly.",
  ["CRIME", "EDU-SEND"],
  [("historical", "HOUS", "Possession notice withdrawn."),
   ("historical", "FIN", "Arrears cleared."),
   ("not-coded", "SUB", "Alcohol treatment not mentioned in this box (conv 1).")])

# ---------------------------------------------------------------- Z029 (T)
case("Z029", "Tenterfield", "2025-12-01", "2026-05-20")
n("Z029-A-orange",
  "Summer (15) missing x4 since Sept, each time found by police at a 20 yr old male's flat. Drinking while "
  "missing - came home smelling of vodka + been sick. CSE screening medium risk. Missing from home team "
  "involved.",
  ["SAFE-EXP", "SUB"],
  [("partial", "SUB", "Young person's alcohol misuse -> SUB (no drugs found on her, conv 12 not triggered)."),
   ("convention", "CRIME", "Police finding a missing child is not CRIME (conv 7); the male is outside (conv 6).")])
n("Z029-A-yellow",
  "Rob (41) + Summer rowing constantly, she swears at him, slams doors, ignores curfew. Rob admits he shouts "
  "back. Max (11) keeps out of it in his room. Summer's mum Kerry lives in Wales, rings now + then.",
  ["REL-PAR"],
  [("convention", "REL-CONF", "Arguments between a parent and a child are REL-PAR (conv 8).")])
n("Z029-C-orange",
  "No missing episodes since Dec. Police gave the male a CAWN in Jan. Summer still seeing the exploitation "
  "worker weekly. Rob did Teen Triple P - still rows at wknds but curfew kept most nights.",
  ["SAFE-EXP", "REL-PAR"],
  [("convention", "SAFE-EXP", "Missing episodes over, but ongoing exploitation worker codes SAFE-EXP (conv 4)."),
   ("outside", "CRIME", "CAWN issued to an outside adult (conv 6)."),
   ("partial", "REL-PAR", "'still rows at wknds' - current.")])

# ---------------------------------------------------------------- Z030 (W)
case("Z030", "Loomside", "2025-12-08", "2026-06-03")
n("Z030-A-green",
  "Grace (8) has epilepsy and is prescribed drugs to control her seizures; her neurologist reviews her every "
  "six months and school have a care plan in place. Matty is very on top of her medication and she has had no "
  "seizures at school since the dose was changed.",
  ["PH"],
  [("not-coded", "SUB", "'prescribed drugs' for epilepsy is a look-alike, not SUB."),
   ("convention", "PH", "Green box: condition being managed = present (conv 3).")])
n("Z030-A-yellow",
  "The family's council flat on the fourth floor of Weaver House has black mould around the windows in "
  "Grace's bedroom, and the repairs team have been out twice without fixing it. Grace's consultant has "
  "written in support because of her repeated chest infections this winter. Matty (44) has been off sick from "
  "his forklift job since October with stress and says he feels 'on edge all the time'.",
  ["HOUS", "PH", "MH-ADULT"],
  [("not-coded", "FIN", "Off sick from work is not described as a money problem.")])
n("Z030-C-yellow",
  "Mould treated and the windows replaced in January, no damp since. Matty back on his shifts from February "
  "but still seeing the GP monthly about his anxiety.",
  ["MH-ADULT"],
  [("historical", "HOUS", "'no damp since' (conv 3)."),
   ("convention", "FIN", "Shift work is not FIN (conv 5).")])

# ---------------------------------------------------------------- Z031 (T) unboxed note
case("Z031", "Hollins Brow", "2025-12-04", "2026-05-07")
n("Z031-A-note",
  "TAF mtg 3/12 at Hollins Brow High. Reuben (14) started at HBH on a managed move from St Cuthbert's RC High "
  "in Oct after a fight with another pupil. Att 78% since. Dad Gav (36) works 7-7 at the chicken factory "
  "4 days a wk, Reuben gets himself to school. Mum not involved since 2019. EHW to link in w school "
  "attendance officer.",
  ["EDU-EXC", "EDU-ATT"],
  [("convention", "EDU-EXC", "Unboxed: TAF and managed move -> orange, above EHW (yellow) (conv 2)."),
   ("convention", "FIN", "Long shifts are not FIN (conv 5)."),
   ("not-coded", "CRIME", "A fight at school with no police/youth justice is behaviour at school (EDU-EXC).")],
  note_level="orange")
n("Z031-C-green",
  "Reuben settled at HBH, no behaviour incidents since Jan. Att 90%, still on the school's attendance support "
  "plan.",
  ["EDU-ATT"],
  [("historical", "EDU-EXC", "'no behaviour incidents since Jan'."),
   ("convention", "EDU-ATT", "Green box: still on an attendance plan = current (conv 3).")])

# ---------------------------------------------------------------- Z032 (W)
case("Z032", "Cobb Lane", "2025-10-09", "2026-04-16")
n("Z032-A-orange",
  "Khalid (42) came to the town under the resettlement scheme in 2023 with Omar (10) and Lana (6); the "
  "children's mother was killed in 2016. Khalid has PTSD, diagnosed through the refugee health service, and "
  "is on the waiting list for specialist trauma therapy. Omar wakes screaming most nights and has been "
  "referred to CAMHS by the school nurse; he becomes very distressed at sudden loud noises.",
  ["MH-ADULT", "MH-CHILD", "PH"],
  [("convention", "PH", "School-age child waking screaming most nights is a sleep problem -> PH (conv 9), "
                        "alongside MH-CHILD for the CAMHS referral."),
   ("historical", "", "Mother's death in 2016 is past; the current trauma needs are coded.")])
n("Z032-A-yellow",
  "Khalid wants to work but his English is at Entry 2; he goes to ESOL at the college three mornings a week "
  "and his Universal Credit is in payment with no problems. He has been referred to the council's employment "
  "support programme to find work that fits around school hours.",
  ["FIN"],
  [("convention", "FIN", "Worklessness with employment support -> FIN; UC 'no problems' is not itself FIN (conv 5).")])
n("Z032-C-orange",
  "Omar started with CAMHS in February and the night waking is less frequent. Khalid began trauma therapy in "
  "March. Khalid started a permanent part-time job at a warehouse in January, 9.30-2.30, and the employment "
  "programme has closed his case.",
  ["MH-CHILD", "MH-ADULT", "PH"],
  [("partial", "PH", "Night waking 'less frequent' - still present (conv 9)."),
   ("historical", "FIN", "In work, programme closed.")])


# ---------------------------------------------------------------- write
def main():
    ids = [x["narrative_id"] for x in NARR]
    assert len(ids) == len(set(ids)), "duplicate ids"
    with open(os.path.join(HERE, "narratives.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"])
        for x in NARR:
            w.writerow([x["narrative_id"], x["triage_id"], x["case_id"], x["stage"], x["date"],
                        x["level"], x["locality"], x["narrative"]])
    rows = []
    with open(os.path.join(HERE, "gold.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "code", "level"])
        for x in NARR:
            assert len(x["codes"]) == len(set(x["codes"])), x["narrative_id"]
            for c in x["codes"]:
                w.writerow([x["narrative_id"], c, x["gold_level"]])
                rows.append((x["narrative_id"], c, x["gold_level"]))
    traps = {x["narrative_id"]: x["traps"] for x in NARR if x["traps"]}
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(traps, f, indent=1, ensure_ascii=False)
        f.write("\n")

    print(f"cases: {len(CASES)}  triages: {len({x['triage_id'] for x in NARR})}  "
          f"narratives: {len(NARR)} (boxed {sum(1 for x in NARR if x['level'])}, "
          f"unboxed {sum(1 for x in NARR if not x['level'])})  gold rows: {len(rows)}")
    print("narratives with no gold rows:", sum(1 for x in NARR if not x["codes"]))
    print("stages:", dict(Counter(x["stage"] for x in NARR)))
    print("localities:", dict(Counter(x["locality"] for x in NARR)))
    print("codes:", dict(sorted(Counter(c for _, c, _ in rows).items())))
    print("gold levels:", dict(Counter(l for _, _, l in rows)))
    print("trap notes:", sum(len(v) for v in traps.values()), "in", len(traps), "narratives;",
          dict(Counter(t["type"] for v in traps.values() for t in v)))


if __name__ == "__main__":
    main()
