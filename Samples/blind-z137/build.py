#!/usr/bin/env python3
"""Blind gold set Z137: early-help boxes written the morning after an
out-of-hours event (police at the home overnight, A&E attendance, EDT /
out-of-hours duty team note, teenager brought home by police, parent's
mental health crisis over the weekend) and the closure boxes weeks later.

Written from /work/shared/taxonomy.md only.  Standard library only.
Run: python3 build.py  -> narratives.csv, gold.csv, traps.json
"""
import csv
import json
import os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))

CODES = ["EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD",
         "MH-ADULT", "PH", "SUB", "REL-PAR", "REL-CONF", "DA", "SAFE-NEG",
         "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"]
LEVELS = ["blue", "green", "yellow", "orange", "red"]
STAGE = {"A": "assessment", "C": "closure"}

CASES = {}   # case_id -> {"locality":..., "A": date, "C": date}
NARR = []    # one dict per narrative, in order written


def case(cid, locality, a_date, c_date):
    assert cid not in CASES, cid
    CASES[cid] = {"locality": locality, "A": a_date, "C": c_date}


def _add(cid, st, box_level, gold_level, text, codes, traps):
    c = CASES[cid]
    triage = f"{cid}-{st}"
    nid = f"{triage}-{box_level if box_level else 'note'}"
    assert all(n["narrative_id"] != nid for n in NARR), nid
    assert len(set(codes)) == len(codes), (nid, codes)
    for k in codes:
        assert k in CODES, (nid, k)
    for t in traps:
        assert t[1] in CODES, (nid, t)
    NARR.append({
        "narrative_id": nid, "triage_id": triage, "case_id": cid,
        "stage": STAGE[st], "date": c[st], "level": box_level or "",
        "locality": c["locality"], "narrative": " ".join(text.split()),
        "codes": list(codes), "gold_level": gold_level,
        "traps": [{"type": t[0], "code": t[1], "note": t[2]} for t in traps],
    })


def box(cid, st, level, text, codes, traps=()):
    """A narrative written in a level box: all codes take the box level."""
    assert level in LEVELS
    _add(cid, st, level, level, text, codes, traps)


def note(cid, st, gold_level, text, codes, traps=()):
    """An unboxed note: one level for all codes, the highest cue in the text
    (taxonomy convention 2)."""
    assert gold_level in LEVELS
    _add(cid, st, "", gold_level, text, codes, traps)


# ---------------------------------------------------------------------------
# Cases.  Each batch below was appended separately.
# ---------------------------------------------------------------------------

# ---- batch 1: Z001-Z008 ----------------------------------------------------

case("Z001", "Ashbrook", "2025-03-10", "2025-05-19")
box("Z001", "A", "orange", """Police attended 23:20 Sun 9/3 after a 999 call from the
neighbour - Dean (mum's partner, lives in) grabbed Chantelle by the throat in the
kitchen. Tia (7) and Mason (4) were upstairs but Tia came down and saw it. Dean
arrested and bailed with conditions not to attend the address. Officers DASH =
high, MARAC referral going in today.""",
    ["DA"],
    [("convention", "DA", "Partner's assault on mum and his arrest are DA only, not CRIME (conv 7)."),
     ("not-coded", "CRIME", "Arrest of the partner for the DV is not CRIME (conv 7).")])
box("Z001", "A", "yellow", """Tia's attendence 86% and late 11 times last half term -
Chantelle says the nights Dean was kicking off nobody got to bed. Tia tearful in
class and has started wetting the bed again since Xmas. EHW to agree a late-gate
plan with Westmoor Primary and do some direct work with Tia.""",
    ["EDU-ATT", "MH-CHILD", "PH"],
    [("convention", "PH", "Bedwetting at school age (7) is PH (conv 9)."),
     ("not-coded", "DA", "'the nights Dean was kicking off' does not describe abuse on this box's own text (conv 1): DA not coded here.")])
box("Z001", "C", "blue", """Bail conditions turned into a restraining order at court in
April. Chantelle keeps her safety plan on her phone and says she'd ring 999 straight
away if Dean came anywhere near the house.""",
    ["DA"],
    [("convention", "DA", "A current restraining order + safety plan is DA the family is now managing (conv 3, blue box)."),
     ("hypothetical", "DA", "'would ring 999 if Dean came near' is hypothetical, but the order itself is present.")])
box("Z001", "C", "green", """Tia 95% this half term, only late twice. Westmoor keeping
her on the late-gate plan till summer. Bedwetting stopped in April.""",
    ["EDU-ATT"],
    [("convention", "EDU-ATT", "Late-gate plan still running: attendance is being managed, present in a green box (conv 3)."),
     ("historical", "PH", "'Bedwetting stopped in April' is over (conv 3): not coded.")])

case("Z002", "Kelmside", "2025-01-20", "2025-04-07")
box("Z002", "A", "orange", """Police welfare check 00:30 Sat after a neighbour heard
crying - Leo (6) and Ivy (3) found on their own in the flat. Sharna had gone to a
friend's 3 doors down 'for an hour', came back at 1am and officers felt she'd been
drinking. She told me today she has 'a bottle or so' of wine most nights once the
kids are down. Police notification via MASH, stepped down to EH.""",
    ["SAFE-NEG", "SUB"],
    [("convention", "CRIME", "Police welfare check is safeguarding, not CRIME (conv 7)."),
     ("partial", "SAFE-NEG", "Children left home alone = supervision, SAFE-NEG.")])
box("Z002", "A", "yellow", """Home visit this am: cupboards and fridge almost empty, Leo said he
had crisps for his tea. Electric on emergency credit. Food bank voucher given +
household support fund application, EHW to help Sharna with a budget.""",
    ["SAFE-NEG", "FIN"],
    [("convention", "SAFE-NEG", "Empty fridge / hungry child = SAFE-NEG; food bank and fuel on emergency credit = FIN; both coded (conv 10)."),
     ("partial", "FIN", "Electricity on emergency credit read as fuel poverty (FIN) alongside the food bank.")])
box("Z002", "C", "yellow", """Sharna has had 4 sessions with Kelmside Recovery Service,
says she only drinks at weekends now. Food bank no longer needed, UC advance paid
off and she's sticking to the budget.""",
    ["SUB"],
    [("historical", "FIN", "Food bank 'no longer needed', advance 'paid off': over, and 'now managing' only counts in blue/green boxes (conv 3)."),
     ("convention", "SUB", "Ongoing drug and alcohol service codes SUB (conv 4).")])

case("Z003", "Thornley Vale", "2025-02-03", "2025-04-28")
box("Z003", "A", "orange", """Hospital liaison rang this morning: Kai (14) brought to
A&E by mum late Sat after taking around 12 paracetamol. Medically fit, discharged
Sunday. CAMHS crisis team saw him on the ward, he told them he 'wanted everything
to stop'. CAMHS follow-up Thurs.""",
    ["MH-CHILD"],
    [("convention", "PH", "Overdose as self-harm, medically fit: coded MH-CHILD only; no ongoing physical health need described (README judgement 4)."),
     ("partial", "MH-CHILD", "Self-harm + CAMHS = MH-CHILD.")])
box("Z003", "A", "yellow", """Kai not been in school for 3 wks - says a group from his
year keep posting stuff about him in a group chat. Ridgeway Academy aware. EHW to
set up a return plan with school and talk to Lisa about online safety.""",
    ["EDU-ATT", "SAFE-EXP"],
    [("outside", "SAFE-EXP", "The group are outside the household, but bullying of Kai online is his need: SAFE-EXP.")])
box("Z003", "C", "green", """Kai back in full time since Feb half term, 97% this half.
Sees the school counsellor every Weds. He says the group chat stuff stopped in
March.""",
    ["MH-CHILD"],
    [("historical", "SAFE-EXP", "Bullying 'stopped in March': historical."),
     ("historical", "EDU-ATT", "Back full time at 97%: the absence is over, no current attendance need (conv 3)."),
     ("convention", "MH-CHILD", "Ongoing school counselling codes MH-CHILD (conv 4).")])

case("Z004", "Eastwater", "2025-06-16", "2025-09-08")
box("Z004", "A", "orange", """EDT passed on an overnight call (Sun 22:10): Gary said he
can't cope with Jake (15). Jake punched a hole in his bedroom door and shoved Gary
into the banister when told to hand his phone over. Police attended - third
call-out about Jake since March, no arrest. Gary says he is 'frightened of his own
son'.""",
    ["REL-PAR", "CRIME"],
    [("convention", "DA", "Child-to-parent violence is REL-PAR (+ CRIME as police attended about the young person's behaviour), not DA (conv 8)."),
     ("convention", "CRIME", "Police call-outs about a young person's behaviour are CRIME (conv 7).")])
box("Z004", "A", "yellow", """Jake suspended 3 days last week for fighting at Eastwater
High. Smokes weed most days according to Gary. Gary has been off sick with his back
since May, on SSP and behind with the council tax.""",
    ["EDU-EXC", "SUB", "PH", "FIN"],
    [("convention", "PH", "Dad's back problem keeping him off work is PH (anyone in the family)."),
     ("convention", "FIN", "Council tax arrears = FIN; SSP alone would not be (conv 5).")])
box("Z004", "C", "yellow", """Youth court gave Jake a 6 month referral order in July
(criminal damage), YOS worker allocated. Gary still going to the Tuesday parenting
group (wk 8 of 10). No physical incidents at home since mid July.""",
    ["CRIME", "REL-PAR"],
    [("convention", "REL-PAR", "Parenting group still running codes REL-PAR (conv 4) even though incidents have stopped."),
     ("historical", "REL-PAR", "'No physical incidents since mid July' is historical; the code rests on the ongoing group.")])

case("Z005", "Ashbrook", "2025-09-22", "2025-12-01")
box("Z005", "A", "orange", """Amira (13) reported missing by mum 10pm Sat, found by
police 01:15 in the multi-storey in town with 2 older males (19-20ish) and brought
home by officers. Farah found a second phone in her bag with messages from a number
she doesn't know. CSE screening = medium. Return home interview booked.""",
    ["SAFE-EXP"],
    [("convention", "CRIME", "Police finding and returning a missing child is safeguarding, not CRIME (conv 7)."),
     ("outside", "SAFE-EXP", "The older males are outside the household; their effect on Amira (CSE risk) is SAFE-EXP (conv 6).")])
box("Z005", "A", "yellow", """Rows at home every day about the phone and what time she
comes in - Farah says Amira screams at her and storms out. EHW to draw up a family
agreement with both of them incl curfew times.""",
    ["REL-PAR"],
    [("convention", "REL-CONF", "Arguments between a parent and a child are REL-PAR, not REL-CONF (conv 8).")])
box("Z005", "C", "blue", """No missing episodes since 4 Oct. Amira and Farah stick to
the family agreement on curfew most nights and say they row 'maybe once a week
now'.""",
    ["REL-PAR"],
    [("historical", "SAFE-EXP", "'No missing episodes since 4 Oct' is over: not coded."),
     ("convention", "REL-PAR", "Weekly rows still happening and curfew agreement in use: present/managing in blue (conv 3).")])

case("Z006", "Kelmside", "2025-04-14", "2025-07-07")
box("Z006", "A", "orange", """Joanne taken to Kelmside General by ambulance Sat
afternoon after telling a friend she had a plan to end her life. Seen by liaison
psychiatry, not admitted, Home Treatment Team now visiting daily. Ellie (11) and
Finn (8) stayed with a neighbour Sat night.""",
    ["MH-ADULT"],
    [("outside", "CARER", "Children staying with a neighbour is not CARER; no caring by a child described here.")])
box("Z006", "C", "yellow", """Ellie goes to Kelmside Young Carers every other Friday and
went on their summer trip. She still does most of the cooking and gets Finn to
school.""",
    ["CARER"])

case("Z007", "Thornley Vale", "2025-05-06", "2025-07-21")
box("Z007", "A", "orange", """Police called by a neighbour 23:45 bank hol Monday re
shouting. Officers spoke to Ryan and Hannah separately - verbal row about Ryan
staying out late, no assault, nobody hurt. DASH standard, no DA indicators and both
deny any violence or control. They told police they're splitting up.""",
    ["REL-CONF"],
    [("negated", "DA", "DA explicitly negated ('no DA indicators', both deny violence or control): arguments between parents are REL-CONF (conv 8)."),
     ("convention", "CRIME", "Police call-out about parents' argument is not offending by a household member: no CRIME (conv 7).")])
box("Z007", "A", "green", """Sophie (4) wetting herself at nursery again after being
dry since Christmas. Nursery and HV aware, HV visiting next wk.""",
    ["EYD"],
    [("convention", "EYD", "Toileting for an under-5 is EYD, not PH (conv 9).")])
box("Z007", "C", "blue", """Now separated. Ryan and Hannah sort contact through a
co-parenting app - Sophie at dad's Weds tea and every other weekend. Both describe
things as 'civil'.""",
    ["REL-CONF"],
    [("convention", "REL-CONF", "Separation and contact arrangements the parents are now managing count in blue (conv 3).")])

case("Z008", "Eastwater", "2025-10-13", "2026-01-12")
box("Z008", "A", "yellow", """Hospital notification: Noah (7 mths) seen at Eastwater
General A&E Sat eve after rolling off the sofa onto a wooden floor. Bump to forehead,
no scan needed, explanation consistent, discharged. Keeley admits she often leaves
him on the sofa when she nips out the back for a cigarette. EHW to do home safety
and supervision work.""",
    ["PH", "SAFE-NEG"],
    [("convention", "PH", "A&E attendance for an injury is PH (README judgement 4)."),
     ("not-coded", "SUB", "Smoking tobacco is not SUB (conv 12)."),
     ("partial", "SAFE-NEG", "Regularly leaving a baby unsupervised on a sofa = supervision, SAFE-NEG.")])
box("Z008", "A", "green", """Keeley low since the birth, GP diagnosed PND in Aug, on
sertraline. Noah's 9-12 month review not done yet, HV chasing.""",
    ["MH-ADULT", "EYD"],
    [("convention", "EYD", "Missed development review for an under-5 is EYD.")])
box("Z008", "C", "blue", """Keeley's mum has Noah every Thursday so she can get to the
baby group. Keeley says she'd ring her mum or the HV if her mood dipped again.""",
    [],
    [("hypothetical", "MH-ADULT", "'if her mood dipped again' is hypothetical: not coded."),
     ("convention", "EYD", "Baby group / grandparent help: no need stated (conv 3).")])

# ---- batch 2: Z009-Z016 ----------------------------------------------------

case("Z009", "Ashbrook", "2025-11-03", "2026-02-16")
box("Z009", "A", "orange", """Mia (15) went to A&E 2am Sun with cuts to both forearms,
steri-stripped. Told the nurse a man she met on Snapchat (says he's 23) had been
asking for pictures and threatening to send the ones she'd already sent to her
friends. Police online CSE team investigating, her phone seized. Urgent CAMHS
assessment Tues.""",
    ["SAFE-EXP", "MH-CHILD"],
    [("convention", "PH", "Self-harm cuts treated at A&E: MH-CHILD only, no ongoing physical health need described (README judgement 4)."),
     ("outside", "CRIME", "The offender is outside the household: his offence is not CRIME for this family; its effect on Mia is SAFE-EXP (conv 6).")])
box("Z009", "A", "yellow", """Not in school since 6 Oct, 'can't face it'. Attendance
61% this term. Mum says she's lost a lot of weight, GP appt 7/11.""",
    ["EDU-ATT", "PH"],
    [("convention", "PH", "Weight loss is listed under PH."),
     ("not-coded", "MH-CHILD", "'can't face it' is given as the reason for non-attendance; no emotional wellbeing need is named in this box (conv 1).")])
box("Z009", "C", "green", """Parental controls on Mia's phone, mum and Mia go through it
together on Sundays - both agreed to this. School has her on a reduced timetable
(mornings only), building up after Easter.""",
    ["SAFE-EXP", "EDU-ATT"],
    [("convention", "SAFE-EXP", "Online safety measures the family is now managing count in green (conv 3)."),
     ("convention", "EDU-ATT", "Reduced / part-time timetable is EDU-ATT.")])

case("Z010", "Kelmside", "2025-07-14", "2025-10-06")
box("Z010", "A", "orange", """Police attended 22:30 Sun after Callum (17) and 2 mates
were seen kicking wing mirrors off cars on Halden Rd. Callum arrested for criminal
damage, RUI. Debbie says she doesn't know what to do with him since he left college
at Easter - no work, no course since.""",
    ["CRIME", "EDU-NEET"],
    [("convention", "FIN", "A 17-year-old not in education, employment or training is EDU-NEET only (conv 11)."),
     ("not-coded", "REL-PAR", "'doesn't know what to do with him' is not described as behaviour at home or parenting: REL-PAR not coded.")])
box("Z010", "A", "yellow", """Debbie's UC sanctioned in June for a missed work coach
appt. Rent arrears £640 with Kelmside Homes, no notice served. EHW helping with a
hardship payment and a referral to money advice.""",
    ["FIN"],
    [("negated", "HOUS", "Rent arrears are FIN; HOUS needs a housing problem and 'no notice served' negates eviction risk."),
     ("convention", "FIN", "Benefit sanction is a benefit problem: FIN (conv 5).")])
box("Z010", "A", "green", """Grace (12) anxious since the police came to the door, not
sleeping well. School pastoral lead checking in with her every morning.""",
    ["MH-CHILD", "PH"],
    [("convention", "PH", "Sleep problems at school age are PH (conv 9), coded alongside the anxiety (MH-CHILD).")])
box("Z010", "C", "yellow", """Callum had a youth conditional caution in Aug and is doing
12 weeks with Kelmside YOS. Started Level 1 bricklaying at Halwell College in Sept,
attending so far.""",
    ["CRIME"],
    [("historical", "EDU-NEET", "Now on a college course: NEET is over, not coded."),
     ("convention", "CRIME", "Youth caution / YOS = CRIME (conv 7).")])

case("Z011", "Thornley Vale", "2025-08-04", "2025-10-27")
box("Z011", "A", "red", """EDT info: maternal gran rang EDT 21:00 Sat worried Kirsty
was drunk with Lily (10 wks). Police welfare check - Kirsty intoxicated, empty vodka
bottle on the side, Lily in a heavily soiled nappy, bottles not sterilised, dog mess
on the kitchen floor. Gran took Lily overnight. Strategy discussion Mon am, joint s47
with CSC.""",
    ["SUB", "SAFE-NEG"],
    [("convention", "CRIME", "Police welfare check is safeguarding, not CRIME (conv 7).")])
box("Z011", "A", "yellow", """Kirsty says she's felt anxious and low ever since the
birth and drinks 'to take the edge off'. Not referred to perinatal MH team yet, GP
appt booked for Thurs.""",
    ["MH-ADULT", "SUB"],
    [("negated", "MH-ADULT", "'Not referred to perinatal MH team' negates the service only; anxiety and low mood are present."),
     ("partial", "SUB", "Drinking to cope is alcohol misuse described in this box's own text (conv 1).")])
box("Z011", "C", "yellow", """Kirsty going to Thornley Recovery Hub weekly, says she's
been alcohol free 5 wks. s47 concluded NFA in Sept and CSC stepped it down to us.""",
    ["SUB"],
    [("convention", "SUB", "Ongoing alcohol service codes SUB (conv 4) although she reports abstinence."),
     ("historical", "SAFE-NEG", "The concluded s47 is historical and names no current area.")])

case("Z012", "Eastwater", "2025-03-17", "2025-06-09")
box("Z012", "A", "orange", """Reece (15) brought home by police 23:40 Fri - found very
drunk in Coldharbour Park with a group of older lads, one of them known for
supplying. He had £180 cash and 2 phones on him; police flagged CCE concerns. No
offences identified.""",
    ["SUB", "SAFE-EXP"],
    [("convention", "CRIME", "Police bringing a young person home with no offence is safeguarding, not CRIME (conv 7)."),
     ("outside", "SUB", "The older lad's supplying is outside the household (conv 6); SUB is for Reece's own drinking.")])
box("Z012", "A", "yellow", """Second suspension this term from Eastwater High - 5 days
for threatening a teacher; school talking about a managed move if it happens again.
Tracey says Reece comes and goes as he pleases and laughs when she sets a time to be
in.""",
    ["EDU-EXC", "REL-PAR"],
    [("hypothetical", "EDU-EXC", "The managed move is hypothetical ('if it happens again') but the suspension is present: EDU-EXC coded once."),
     ("convention", "REL-PAR", "Ignoring boundaries at home = REL-PAR.")])
box("Z012", "C", "orange", """Reece still open to the Exploitation Hub, NRM submitted in
May. Still hanging round with the same group most weekends.""",
    ["SAFE-EXP"])

case("Z013", "Ashbrook", "2025-05-27", "2025-08-18")
box("Z013", "A", "orange", """Over the weekend Marcus (dad) was detained under s2 MHA
after a manic episode - neighbours called police when he was shouting in the street.
Now on Ashbrook Lodge. Priya at home with Arjun (9), Nisha (6) and Dev (2).""",
    ["MH-ADULT"],
    [("convention", "CRIME", "Police called to a parent in mental health crisis, no offence: not CRIME (conv 7).")])
box("Z013", "A", "yellow", """Marcus is self-employed (window cleaning round) so nothing
coming in while he's in hospital. Priya has never done the bills, mortgage due on
the 1st and she doesn't know if they can pay it. Citizens Advice referral for a UC
claim.""",
    ["FIN"],
    [("not-coded", "HOUS", "Worry about the mortgage payment is a money problem; no arrears action or loss of home described: FIN only."),
     ("not-coded", "MH-ADULT", "The hospital stay is mentioned only as the reason for the lost income; MH-ADULT not coded in this box (conv 1)." )])
box("Z013", "C", "blue", """Priya has the UC claim in payment and keeps a budget on a
spreadsheet. Paying back the missed mortgage month over 3 months with the lender.""",
    ["FIN"],
    [("convention", "FIN", "Repaying a missed mortgage payment is FIN the family is now managing (conv 3).")])

case("Z014", "Kelmside", "2025-12-08", "2026-03-02")
box("Z014", "A", "yellow", """A&E Sat 01:30 - Jade (16) brought in by ambulance with
alcohol poisoning after a house party, kept in overnight. Jade left sixth form in
Oct and isn't working or on a course. Referred to Switch (YP substance service) and
the 16-18 Futures team.""",
    ["SUB", "EDU-NEET"],
    [("convention", "PH", "Alcohol poisoning is coded SUB (young person's alcohol misuse); the overnight stay describes no separate physical illness (README judgement 4).")])
box("Z014", "A", "blue", """Mum (Carol) works nights at a care home, 4 nights a week, and
her sister pops round on those nights. No money worries.""",
    [],
    [("negated", "FIN", "'No money worries' negates FIN; shift work is not FIN (conv 5)."),
     ("not-coded", "CARER", "Mum working at a care home is not a young carer (conv 12).")])
box("Z014", "C", "green", """Jade managing her own insulin again, sees the diabetes
nurse every 3 months. Started an apprenticeship at Snips salon in Feb.""",
    ["PH"],
    [("convention", "PH", "'managing his own insulin' is the taxonomy's own example of PH present in a green box (conv 3)."),
     ("historical", "EDU-NEET", "Now on an apprenticeship: NEET over.")])

case("Z015", "Thornley Vale", "2025-10-20", "2026-01-26")
box("Z015", "A", "orange", """Police attended 20:50 Sun - Shane (boys' dad, lives in
Fenwick) turned up drunk banging on the windows, breach of the non-mol. Arrested for
the breach. Leanne and the boys shaken. Already a MARAC case from July, IDVA
informed.""",
    ["DA"],
    [("convention", "CRIME", "Ex-partner's breach of a non-molestation order is DA only (conv 7)."),
     ("outside", "SUB", "Shane lives elsewhere: his drinking is not coded (conv 6).")])
box("Z015", "A", "yellow", """Kian (10) on the ADHD pathway at Bramley CDC, GP referred in
June. On SEN support at school with a movement-break plan.""",
    ["EDU-SEND"],
    [("convention", "EDU-SEND", "ADHD pathway codes EDU-SEND (conv 4).")])
box("Z015", "C", "blue", """Non-mol runs to Oct 2026, Leanne has a safety plan and the
boys know what to do. No breaches since the October arrest.""",
    ["DA"],
    [("convention", "DA", "Order in force + safety plan = DA now being managed (conv 3); the breaches themselves are historical.")])

case("Z016", "Eastwater", "2025-02-24", "2025-05-12")
box("Z016", "A", "orange", """Out-of-hours / EDT note: Claire and the 3 kids (Bella 9,
Josh 7, Rosie 2) locked out by their private landlord Fri evening - locks changed,
belongings still inside. EDT got them emergency B&B at the Station Hotel. Claire had
a s21 notice in Dec and owes about £2,100 rent.""",
    ["HOUS", "FIN"],
    [("outside", "CRIME", "The landlord's illegal eviction is not a family member's offence: not CRIME (conv 6); its effect is HOUS.")])
box("Z016", "C", "yellow", """Family moved to a 2 bed temp flat in Castlegate in April,
on the housing register (band B) and bidding every week.""",
    ["HOUS"],
    [("convention", "HOUS", "Temporary accommodation is HOUS present.")])

# ---- batch 3: Z017-Z024 ----------------------------------------------------

case("Z017", "Ashbrook", "2025-06-02", "2025-08-26")
box("Z017", "A", "orange", """Tyler (12) reported missing 6pm Sun, police found him 2.10am
in a flat on the Marlow estate that belongs to his mate's older brother (known to
police for drugs). Brought home by officers. 2nd missing episode in a month. EHW to
do the return interview.""",
    ["SAFE-EXP"],
    [("outside", "CRIME", "The older brother is outside the household (conv 6); police returning a missing child is not CRIME (conv 7).")])
box("Z017", "A", "yellow", """Chloe (14) does loads for mum since her MS relapse in April -
helps her in and out of the shower, sorts her tablets into the dosette box and does the shopping after school.
Referral to Ashbrook Young Carers.""",
    ["CARER", "PH"],
    [("convention", "PH", "Mum's MS relapse is a parent's physical health need (PH); 'carer' wording is not needed for CARER - Chloe's own caring tasks code it (conv 12).")])
box("Z017", "C", "blue", """Donna (mum, MS) has a care package 4 hrs a week since July.
Chloe still does her evening tablets and goes to the young carers group on
Mondays.""",
    ["PH", "CARER"],
    [("convention", "PH", "Mum's MS with a care package = PH being managed (conv 3)."),
     ("convention", "CARER", "Chloe still caring + young carers group = CARER (conv 4).")])

case("Z018", "Kelmside", "2025-09-01", "2025-11-24")
box("Z018", "A", "red", """Ollie (2) admitted to Kelmside General Sat night after
drinking methadone from a cup left on the kitchen side. Given naloxone, kept in 48 hrs
for obs. Mum (Gemma) is on a methadone script from Turning Point. Strategy meeting
this morning, s47 started.""",
    ["SUB", "SAFE-NEG", "PH"],
    [("convention", "SUB", "Mum's methadone script codes SUB (conv 4)."),
     ("convention", "PH", "Child admitted after accidental poisoning = PH (README judgement 4)."),
     ("partial", "SAFE-NEG", "Methadone left within a toddler's reach = supervision / basic care, SAFE-NEG.")])
box("Z018", "A", "orange", """Gemma's partner Craig lives at the address. On licence since
Aug after a burglary sentence, weekly probation appts.""",
    ["CRIME"],
    [("convention", "CRIME", "An adult household member on licence / probation is CRIME (conv 7).")])
box("Z018", "C", "red", """Stepped up to CSC. ICPC 23/9 - Ollie on a CP plan under
neglect. Gemma continuing her methadone script and now keeps it in a lockable box.""",
    ["SAFE-NEG", "SUB"],
    [("convention", "SAFE-NEG", "CP plan under the neglect category = SAFE-NEG present."),
     ("convention", "SUB", "Ongoing methadone script = SUB (conv 4).")])

case("Z019", "Thornley Vale", "2025-01-13", "2025-03-31")
box("Z019", "A", "yellow", """Bethany rang 111 Sat night in a state, said she didn't
feel she could keep the children safe - panic attacks every day since Millie was born
(6 wks). 111 told her to see GP; GP saw her this morning and referred to the perinatal
mental health team.""",
    ["MH-ADULT"],
    [("not-coded", "SAFE-NEG", "'didn't feel she could keep the children safe' is her anxious thought, not a description of neglect: SAFE-NEG not coded.")])
box("Z019", "A", "blue", """Bethany's mum is staying for a fortnight to help with the
baby and the nursery run.""",
    [],
    [("not-coded", "EYD", "Family help with the nursery run: no need stated (conv 3, pure good news).")])
box("Z019", "C", "green", """Perinatal team discharged her back to the GP in March.
Bethany says panic attacks are down to about one a fortnight, uses the breathing
exercises. Harvey (3) at Tiny Steps 3 days, still not really putting words together,
nursery doing the monthly SALT drop in.""",
    ["MH-ADULT", "EYD"],
    [("historical", "MH-ADULT", "The perinatal team discharge is historical, but the fortnightly panic attacks are present."),
     ("convention", "EYD", "Speech delay in an under-5 is EYD (conv 9).")])

case("Z020", "Eastwater", "2025-04-22", "2025-07-14")
box("Z020", "A", "yellow", """Lisa and Wayne rowing most nights about his drinking since
his arrest for the fight outside the Crown on Sunday. Lisa thinking about asking him
to leave. No DV - Lisa very clear he has never been violent or controlling with her.
If Wayne gets sent down they would struggle to pay the rent.""",
    ["REL-CONF", "SUB", "CRIME"],
    [("negated", "DA", "'No DV... never violent or controlling': DA negated; the parents' rows are REL-CONF (conv 8)."),
     ("hypothetical", "FIN", "'If Wayne gets sent down they would struggle' is hypothetical: FIN and HOUS not coded."),
     ("convention", "CRIME", "Dad's arrest for a fight with a third party is household offending: CRIME (conv 7)."),
     ("partial", "SUB", "'his drinking' is a current problem described in this box: SUB.")])
box("Z020", "C", "yellow", """Wayne got a community order in June with an alcohol treatment
requirement - attending Eastwater Recovery weekly. Lisa and Wayne doing the online
Reducing Parental Conflict course and she says they argue less.""",
    ["CRIME", "SUB", "REL-CONF"],
    [("convention", "CRIME", "A community order for an adult household member = CRIME (conv 7, probation)."),
     ("convention", "REL-CONF", "Ongoing parental-conflict course + arguments still happening = REL-CONF (conv 4).")])

case("Z021", "Ashbrook", "2025-11-17", "2026-02-09")
box("Z021", "A", "orange", """EDT note from Sat: Maisie (15) rang EDT from a friend's
house saying her stepdad Lee had thrown her out after a row about her boyfriend. EDT
spoke to mum, who said Maisie could come home but Lee 'won't have her back'. Maisie
still sleeping on the friend's floor (they are 6 in a 3 bed).""",
    ["REL-PAR", "HOUS"],
    [("convention", "REL-PAR", "Row between step-parent and child leading to her being thrown out = REL-PAR (conv 8)."),
     ("outside", "HOUS", "The friend's overcrowding is outside the household; HOUS is coded for Maisie having no home to return to.")])
box("Z021", "A", "yellow", """Maisie very low in mood, told me she is 'sick of
everything'. No self-harm disclosed. Has missed 6 days of school since the row.""",
    ["MH-CHILD", "EDU-ATT"],
    [("negated", "MH-CHILD", "Self-harm negated, but low mood is present: MH-CHILD coded.")])
box("Z021", "C", "yellow", """Maisie back home since Dec. Mediation with Lee through
Ashbrook Family Mediation, 3 of 6 sessions done - rows less often.""",
    ["REL-PAR"],
    [("historical", "HOUS", "Back home since December: housing need over."),
     ("convention", "REL-PAR", "Ongoing mediation for a parent-child relationship = REL-PAR (conv 4).")])

case("Z022", "Kelmside", "2025-03-03", "2025-06-23")
box("Z022", "A", "orange", """Ethan (14, autistic, has an EHCP) left the house without
telling anyone Sat evening. BTP found him at Kelmside station 00:05 trying to get a
train to Leeds and brought him home. 3rd time missing since Jan.""",
    ["SAFE-EXP", "EDU-SEND"],
    [("convention", "SAFE-EXP", "Missing episodes are SAFE-EXP even without exploitation."),
     ("convention", "CRIME", "Police (BTP) returning him is safeguarding, not CRIME (conv 7).")])
box("Z022", "A", "yellow", """Placement at Fernlea School breaking down, Ethan refusing to
get in the taxi most mornings. EHCP annual review overdue since Nov, SENDIASS
involved.""",
    ["EDU-SEND", "EDU-ATT"])
box("Z022", "C", "blue", """Door alarms fitted and Ethan wears a GPS watch the family can
track. No missing episodes since March.""",
    ["SAFE-EXP"],
    [("convention", "SAFE-EXP", "Alarms and tracker manage a continuing risk of going missing: present in blue (conv 3); the missing episodes themselves are historical.")])

case("Z023", "Thornley Vale", "2025-10-06", "2026-01-05")
box("Z023", "A", "yellow", """Harley (4) taken to A&E 2am Sun with an asthma attack,
nebulised and sent home. Preventer inhaler not collected for 2 months, 2 asthma
reviews missed. Mum smokes in the flat. Black mould in both bedrooms, landlord not
answered repair requests since Aug.""",
    ["PH", "HOUS"],
    [("not-coded", "SUB", "Tobacco smoking is not SUB (conv 12)."),
     ("convention", "HOUS", "Damp/mould and disrepair = HOUS.")])
box("Z023", "C", "yellow", """Landlord served a s21 in Dec, 2 weeks after environmental
health inspected. Mum on the council's homeless prevention list. Harley's asthma
reviewed by the practice nurse in Nov, he now has a spacer and uses his preventer
daily, mum smokes outside.""",
    ["HOUS", "PH"],
    [("convention", "HOUS", "s21 notice = HOUS (eviction risk)."),
     ("convention", "PH", "Asthma under current treatment (daily preventer) is a current condition, coded PH (conv 4); the box is yellow so conv 3 is not needed.")])

case("Z024", "Eastwater", "2025-08-11", "2025-11-03")
box("Z024", "A", "orange", """Janice rang police 01:00 Sun - Keisha (16) came in at 1am,
row escalated, she hit Janice in the face and smashed the hall mirror. Keisha arrested
for common assault, bailed. Janice says she has lashed out before but this was the
worst.""",
    ["REL-PAR", "CRIME"],
    [("convention", "DA", "Child-to-parent violence = REL-PAR + CRIME (police), not DA (conv 8).")])
box("Z024", "A", "yellow", """Keisha dropped out of Eastwater College in June, not
working. On the CAMHS waiting list for an assessment (emotional dysregulation), GP
referred in May.""",
    ["EDU-NEET", "MH-CHILD"],
    [("convention", "MH-CHILD", "Awaiting CAMHS = MH-CHILD (conv 4)."),
     ("convention", "FIN", "Young person NEET is EDU-NEET only (conv 11).")])
box("Z024", "C", "yellow", """Youth caution in Sept, Keisha doing YOS sessions on
respect at home. No more physical assaults on Janice since Aug but still verbal rows
most weeks.""",
    ["CRIME", "REL-PAR"],
    [("historical", "REL-PAR", "Assaults are historical but verbal rows are present: REL-PAR coded.")])

# ---- batch 4: Z025-Z030 ----------------------------------------------------

case("Z025", "Ashbrook", "2025-07-28", "2025-10-20")
box("Z025", "A", "orange", """EDT passed on: Adrian rang EDT 23:00 Sat saying Natalie had
'run off' with Poppy after an argument. Police found them safe at Natalie's sister's.
Seen by EHW today, Natalie disclosed Adrian has control of all the money, checks her
phone every night and stops her seeing her friends. DASH medium, IDVA referral.""",
    ["DA"],
    [("convention", "REL-CONF", "The argument is part of coercive control: DA only, not REL-CONF (conv 8)."),
     ("convention", "CRIME", "Police locating mother and baby is a welfare check, not CRIME (conv 7)."),
     ("not-coded", "FIN", "Control of the money is economic abuse described as DA; no debt or benefit problem is described in this box.")])
box("Z025", "A", "green", """Poppy (9 mths) - HV says she is still mostly on purees and
gags on lumps, 9-12 month check due next month.""",
    ["EYD"],
    [("convention", "EYD", "Weaning difficulty in an under-5 is EYD.")])
box("Z025", "C", "blue", """Natalie goes to the Freedom Programme at Ashbrook family hub
every Tuesday. She and Poppy are staying at her sister's until the council offers
her a flat.""",
    ["DA", "HOUS"],
    [("convention", "DA", "Freedom Programme = DA (conv 4)."),
     ("convention", "HOUS", "Staying with a relative while waiting for a council flat = a current housing need, managed in blue (conv 3).")])

case("Z026", "Kelmside", "2025-12-15", "2026-03-16")
box("Z026", "A", "orange", """Police attended 02:00 Sat after neighbours complained about
loud music and a strong smell of cannabis. Stacey admitted she smokes it every day,
says it 'helps her cope'. Logan (8) and Ava (5) asleep upstairs. Small amount seized,
community resolution given.""",
    ["SUB", "CRIME"],
    [("convention", "CRIME", "Mum's possession offence + noise ASB dealt with by police = household member offending/ASB, CRIME (conv 7)."),
     ("not-coded", "MH-ADULT", "'helps her cope' names no mental health problem: not coded.")])
box("Z026", "A", "yellow", """Home conditions poor at the visit: dog mess in the hall, no
sheets on either child's bed, sink piled high. Ava's hair matted and full of nits.
Logan late 14 times this term at Kelmside Juniors.""",
    ["SAFE-NEG", "EDU-ATT"],
    [("convention", "SAFE-NEG", "Home conditions and a child's hygiene = SAFE-NEG; head lice read as hygiene, not PH.")])
box("Z026", "C", "blue", """House much tidier at the last 3 visits - Stacey's mum comes
round on Saturdays and they do a proper clean and wash all the bedding together.""",
    ["SAFE-NEG"],
    [("convention", "SAFE-NEG", "Home conditions kept up with family help each week: now managing, present in blue (conv 3).")])

case("Z027", "Thornley Vale", "2025-09-15", "2025-12-08")
box("Z027", "A", "red", """Hospital IDVA rang: Rachel attended A&E 1am Sun with a
fractured cheekbone, first said she fell then disclosed Darren (partner) punched her.
Ruby (10) and Ben (6) in the house at the time. Darren arrested. MARAC referral made
and strategy meeting held this am re the children.""",
    ["DA", "PH"],
    [("convention", "CRIME", "Partner's assault and arrest = DA only (conv 7)."),
     ("convention", "PH", "An injury needing hospital treatment is PH as well as DA (README judgement 4).")])
box("Z027", "A", "yellow", """Ruby anxious and clingy, won't go into school unless Rachel
walks her right to the classroom door, missed 4 days last wk.""",
    ["MH-CHILD", "EDU-ATT"])
box("Z027", "C", "orange", """Darren bailed with conditions not to contact, trial listed
for Feb. Rachel has a non-mol and the IDVA still in touch. Surgery on her cheek in
Oct, follow up at maxfax clinic in Jan.""",
    ["DA", "PH"],
    [("convention", "PH", "Ongoing hospital follow-up for the injury = PH (conv 4).")])

case("Z028", "Eastwater", "2026-01-19", "2026-04-13")
box("Z028", "A", "orange", """Jordan (15) brought home by police 23:30 Fri after they
stopped him on an e-scooter reported stolen that afternoon. Arrested for handling
stolen goods, interviewed and released. Mum says it's the first time he's been in
trouble with the police.""",
    ["CRIME"],
    [("convention", "CRIME", "Unlike a missing-child return, this police contact is about the young person's offending: CRIME (conv 7).")])
box("Z028", "A", "green", """N/A - dad lives in Spain, no contact for years.""",
    [],
    [("outside", "REL-CONF", "Absent father outside the household, no current conflict described: nothing coded.")])
box("Z028", "C", "yellow", """Referral order (4 months) from youth court in Feb, YOS
worker sees him weekly. Back on full days since Feb half term after the part time
timetable; attendance 88% and head of year still meeting him weekly about it. ADHD
diagnosed in March, SENCo has put him on SEN support.""",
    ["CRIME", "EDU-ATT", "EDU-SEND"],
    [("historical", "EDU-ATT", "The part-time timetable is over, but 88% with weekly attendance meetings is a current attendance need."),
     ("convention", "CRIME", "Referral order / YOS = CRIME (conv 7).")])

case("Z029", "Ashbrook", "2025-02-10", "2025-05-06")
box("Z029", "A", "yellow", """EDT passed on: Ron (grandad, kinship carer for Daisy 9 and
Alfie 6 on an SGO) admitted to Ashbrook General Sat night with a stroke. Kids went to
their aunt overnight, back home with nan (Pat) on Sunday. Ron still on the stroke
ward. Daisy very worried about him, school ELSA seeing her.""",
    ["PH", "MH-CHILD"],
    [("convention", "CARER", "'kinship carer' is an adult carer, not a young carer (conv 12)."),
     ("partial", "MH-CHILD", "Daisy's worry with ELSA support = emotional wellbeing, MH-CHILD.")])
box("Z029", "C", "yellow", """Ron home since March, walking with a stick, physio twice a
week. Daisy helps him on the stairs and reminds him about his tablets every day -
referred to Ashbrook Young Carers.""",
    ["PH", "CARER"],
    [("convention", "CARER", "A 9-year-old giving daily help to her grandfather = CARER.")])

case("Z030", "Kelmside", "2025-06-30", "2025-09-29")
box("Z030", "A", "orange", """Kevin (single dad) took an overdose Sun afternoon, Dylan (13)
found him and rang 999. Kevin still on the ward at Kelmside General, MH assessment
once medically fit. Dylan and Holly (7) at their aunt's. Dylan keeps replaying it and
won't talk about it - CAMHS referral made today.""",
    ["MH-ADULT", "MH-CHILD"],
    [("convention", "PH", "Parent's overdose is coded MH-ADULT; no separate physical illness described (README judgement 4).")])
box("Z030", "A", "yellow", """For months Dylan has been doing the shopping and cooking and
getting Holly to school because Kevin 'stays in bed'. Dylan's attendance 83%.""",
    ["CARER", "EDU-ATT"],
    [("not-coded", "MH-ADULT", "'stays in bed' is quoted as the reason for Dylan's caring; no mental health need is named in this box (conv 1).")])
box("Z030", "C", "yellow", """Dylan assessed by CAMHS in Aug, therapy due to start Nov.
Goes to Kelmside Young Carers on Thursdays. Kevin under the CMHT and on the list for
talking therapies.""",
    ["MH-CHILD", "CARER", "MH-ADULT"],
    [("convention", "MH-CHILD", "Awaiting CAMHS therapy = MH-CHILD (conv 4).")])

# ---- batch 5: unboxed case notes Z031-Z034 (level = highest cue, conv 2) ---

case("Z031", "Eastwater", "2025-04-07", "2025-06-30")
note("Z031", "A", "orange", """Case note 07/04 09:10. Police log shared by MASH: officers
called to the flat 23:40 Sun by Jess after her partner Kyle smashed her phone and
shoved her into the wardrobe door. Kyle gone before police arrived, now circulated
as wanted. Jess not injured. Theo (3) slept through it. HV due to visit next week.
DASH high - MARAC referral sent this morning.""",
    ["DA"],
    [("convention", "DA", "Unboxed: highest cue is police call-out / MARAC = orange (conv 2); the HV (green) is lower."),
     ("negated", "PH", "'Jess not injured': no PH."),
     ("convention", "CRIME", "Partner's offence against the adult victim = DA only (conv 7).")])
note("Z031", "C", "yellow", """Closing summary. Kyle moved to his mum's in Fenwick, no
contact with Jess since April. Jess goes to the Freedom Programme on Mondays, which
her family support worker helped her sign up to, and sees her GP about her anxiety -
on propranolol.""",
    ["DA", "MH-ADULT"],
    [("convention", "DA", "Freedom Programme ongoing = DA (conv 4), though contact with Kyle has ended."),
     ("convention", "MH-ADULT", "Unboxed: family support worker = yellow cue, above GP (green); both codes take yellow (conv 2).")])

case("Z032", "Thornley Vale", "2025-11-10", "2026-02-02")
note("Z032", "A", "orange", """Sat 8/11: Lacey (14) brought home by police 00:50 after mum
reported her missing at 9pm - found at the bus station with a girl from school. Lacey
says she 'lost track of time'. School say her attendance is 79% this half term and
she's on report for her behaviour in lessons.""",
    ["SAFE-EXP", "EDU-ATT", "EDU-EXC"],
    [("convention", "CRIME", "Police returning a missing child is not CRIME (conv 7) ..."),
     ("convention", "SAFE-EXP", "... but the police call-out is still the orange level cue for this unboxed note (conv 2); school (green) is lower."),
     ("outside", "SAFE-EXP", "The school friend is outside the household and not coded.")])
note("Z032", "C", "green", """No further missing episodes since November. School nurse
seeing Lacey fortnightly for low mood. Attendance 97% this half term.""",
    ["MH-CHILD"],
    [("historical", "SAFE-EXP", "'No further missing episodes since November' is over."),
     ("not-coded", "EDU-ATT", "97% with no need stated in this note: pure good news (conv 3)."),
     ("convention", "MH-CHILD", "Unboxed: school nurse = green cue (conv 2).")])

case("Z033", "Kelmside", "2025-08-18", "2025-11-10")
note("Z033", "A", "red", """EDT handover: Kayla (8 mths) seen at A&E Sat with a bruise on
her cheek, mum's account vague. Hospital also noted she is underweight and has had
none of her immunisations. Maternal gran told EDT mum has been drinking heavily since
the summer. Strategy meeting held this am - s47 agreed, SW allocated.""",
    ["PH", "SUB"],
    [("convention", "PH", "Bruise seen at A&E, underweight and missed immunisations = PH (one code)."),
     ("convention", "SUB", "Unboxed: strategy meeting / s47 = red cue (conv 2); EDT and A&E are not cues in the list.")])
note("Z033", "C", "yellow", """Stepped down from CSC after the s47 - CP plan not needed.
Mum now going to Kelmside Recovery Hub every week, 8 weeks alcohol free. HV says
Kayla's weight is back on her centile and her immunisations are all caught up.""",
    ["SUB"],
    [("negated", "SUB", "'CP plan not needed' and the finished s47 are negated/historical red cues: they do not set the level; the drug and alcohol service (yellow) is the highest live cue (README judgement 2)."),
     ("historical", "PH", "Weight 'back on her centile', immunisations 'caught up': over, not coded."),
     ("convention", "SUB", "Ongoing alcohol service = SUB (conv 4).")])

case("Z034", "Ashbrook", "2025-03-24", "2025-06-16")
note("Z034", "A", "orange", """Nadia rang the crisis line Sat night hearing voices and
frightened. Crisis team saw her Sunday and the home treatment team are now visiting
daily. Her son Leon (15) is already open to CAMHS for anxiety - CAMHS informed.""",
    ["MH-ADULT", "MH-CHILD"],
    [("convention", "MH-CHILD", "Open to CAMHS = MH-CHILD (conv 4); CAMHS is the orange cue, so both codes are orange (conv 2).")])
note("Z034", "C", "blue", """Signposted Nadia to the Mind peer support group in Ashbrook and
she now goes on her own every Wednesday, says her mood is steadier. Leon goes fishing
with his grandad most weekends.""",
    ["MH-ADULT"],
    [("convention", "MH-ADULT", "Unboxed: signposting the family acts on itself = blue cue (conv 2); mood 'steadier' is still a mental health matter being managed."),
     ("not-coded", "MH-CHILD", "Leon's fishing: no need stated.")])


# ---------------------------------------------------------------------------
# Writer
# ---------------------------------------------------------------------------
def main():
    ncols = ["narrative_id", "triage_id", "case_id", "stage", "date", "level",
             "locality", "narrative"]
    with open(os.path.join(HERE, "narratives.csv"), "w", encoding="utf-8",
              newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(ncols)
        for n in NARR:
            w.writerow([n[c] for c in ncols])
    gold = [(n["narrative_id"], k, n["gold_level"]) for n in NARR
            for k in n["codes"]]
    with open(os.path.join(HERE, "gold.csv"), "w", encoding="utf-8",
              newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "code", "level"])
        w.writerows(gold)
    traps = {n["narrative_id"]: n["traps"] for n in NARR if n["traps"]}
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8",
              newline="") as f:
        json.dump(traps, f, indent=1, ensure_ascii=False)
        f.write("\n")

    boxed = [n for n in NARR if n["level"]]
    print(f"cases: {len(CASES)}  triages: {len({n['triage_id'] for n in NARR})}")
    print(f"narratives: {len(NARR)} (boxed {len(boxed)}, unboxed notes "
          f"{len(NARR) - len(boxed)}), with no gold rows: "
          f"{sum(1 for n in NARR if not n['codes'])}")
    print(f"gold rows: {len(gold)}  narratives with traps: {len(traps)}  "
          f"trap entries: {sum(len(v) for v in traps.values())}")
    cc = Counter(k for _, k, _ in gold)
    print("codes: " + ", ".join(f"{k} {cc[k]}" for k in CODES))
    lc = Counter(l for _, _, l in gold)
    print("gold levels: " + ", ".join(f"{l} {lc[l]}" for l in LEVELS))
    st = Counter(n["stage"] for n in NARR)
    print(f"stages: assessment {st['assessment']}, closure {st['closure']}")
    loc = Counter(c["locality"] for c in CASES.values())
    print("localities (cases): " + ", ".join(f"{k} {v}" for k, v in sorted(loc.items())))


if __name__ == "__main__":
    main()
