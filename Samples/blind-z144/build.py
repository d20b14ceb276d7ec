#!/usr/bin/env python3
"""Blind gold set z144: separated and separating parents (invented Thames Valley town, 'Kennetford').

Written from /work/shared/taxonomy.md only. Each narrative is coded on its own text
(convention 1). Boxed narratives: codes take the box level. Unboxed notes: one level,
the highest convention-2 cue in the note's text.

Cases are appended in batches below; the writer is at the end of the file.
Standard library only.
"""
import csv
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
LEVELS = ["blue", "green", "yellow", "orange", "red"]
CODES = ["EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD", "MH-ADULT",
         "PH", "SUB", "REL-PAR", "REL-CONF", "DA", "SAFE-NEG", "SAFE-EXP", "CRIME",
         "HOUS", "FIN", "CARER"]

NARRATIVES = []   # dicts: narrative_id, triage_id, case_id, stage, date, level, locality, narrative
GOLD = []         # (narrative_id, code, level)
TRAPS = {}        # narrative_id -> [ {type, code, note} ]

_CASE = {}


def case(cid, locality, a_date, c_date):
    """Start a case; following B()/NOTE() calls attach to it."""
    _CASE.clear()
    _CASE.update(cid=cid, loc=locality, A=a_date, C=c_date)


def _add(stage, box, text, codes, gold_level, traps):
    cid = _CASE["cid"]
    tid = "%s-%s" % (cid, stage)
    nid = "%s-%s" % (tid, box if box else "note")
    assert nid not in {n["narrative_id"] for n in NARRATIVES}, nid
    assert "\n" not in text and "\r" not in text, nid
    assert len(set(codes)) == len(codes), nid
    for c in codes:
        assert c in CODES, (nid, c)
    NARRATIVES.append(dict(
        narrative_id=nid, triage_id=tid, case_id=cid,
        stage="assessment" if stage == "A" else "closure",
        date=_CASE[stage], level=box or "", locality=_CASE["loc"], narrative=text))
    for c in codes:
        GOLD.append((nid, c, gold_level))
    if traps:
        TRAPS[nid] = [dict(type=t, code=c, note=n) for (t, c, n) in traps]


def B(stage, box, text, codes=(), traps=()):
    """A narrative written in a level box: all codes take the box level."""
    assert box in LEVELS
    _add(stage, box, text, list(codes), box, traps)


def NOTE(stage, level, text, codes=(), traps=()):
    """An unboxed note: all codes take `level`, the highest convention-2 cue in the text."""
    assert level in LEVELS
    _add(stage, None, text, list(codes), level, traps)

# ---------------------------------------------------------------------------
# cases are appended below in batches
# ---------------------------------------------------------------------------

# ===== batch 1: Z001-Z008 =====

case("Z001", "Lockside", "2025-02-11", "2025-07-08")
B("A", "yellow",
  "Danielle (32) and Craig split up in Nov, Craig now renting in Wyvern Park. No agreed arrangment for "
  "Mia (8) and Alfie (5) - Craig has them alternate wkends but keeps changing pick-up times and their texts "
  "turn into rows most weeks (D showed me a thread of 60+ msgs from one Sunday night). Both admit they've "
  "argued on the doorstep at handover with the kids stood there. D is clear Craig has never been violent or "
  "controlling and she isn't afraid of him - 'it's just constant sniping'. Plan: EHW to deliver Reducing "
  "Parental Conflict sessions to each parent separately, give MIAM info.",
  ["REL-CONF"],
  [("negated", "DA", "'never been violent or controlling', not afraid: the text/handover rows are parental conflict, not abuse (conv 8).")])
B("A", "green",
  "Class teacher at Millbrook Lane reports Mia has been tearful and withdrawn on Monday mornings after "
  "weekends at dad's; school nurse has done 2 check-ins with her. Attendance 97% and learning fine.",
  ["MH-CHILD"],
  [("not-coded", "EDU-ATT", "97% attendance is pure good news, no need stated (conv 3).")])
B("C", "blue",
  "Danielle and Craig now use a co-parenting app for all arrangements and handovers happen at school on a "
  "Friday so they don't need to see each other. D says the messages are 'short and boring now, which is the point'.",
  ["REL-CONF"],
  [("convention", "REL-CONF", "Blue box: the parents are now managing their conflict with their own tools (app, school handovers) - 'now managing' counts as present (conv 3).")])
B("C", "green",
  "Mia more settled, no tearfulness reported this half term. Alfie (5) has started wetting the bed again "
  "2-3 nights a week, D has seen the GP who gave advice and a bedwetting alarm.",
  ["PH"],
  [("historical", "MH-CHILD", "'no tearfulness reported this half term' - described as over."),
   ("convention", "PH", "Alfie is 5 and at school: bedwetting at school age is PH, not EYD (conv 9).")])

case("Z002", "Eastmead", "2025-03-04", "2025-09-16")
B("A", "orange",
  "Priya (34) referred by HV after disclosing that Arjun, who moved out in Jan, still controls the family "
  "money - he holds the joint account and questions every purchase - and messages her all day asking where "
  "she is and who with. He comes round to the house on days that aren't his contact days and let himself in "
  "with his key last wk. Priya first called it 'arguing over the divorce'. DASH 14 (medium). Referred to "
  "Harbour Light IDVA; locks changed.",
  ["DA"],
  [("convention", "REL-CONF", "Presented as 'arguing over the divorce' but it is coercive control/post-separation abuse: arguments that are part of abuse are DA only (conv 8)."),
   ("not-coded", "FIN", "Control of the joint account is economic abuse (DA); no debt, arrears or poverty is described.")])
B("A", "green",
  "Anaya (2y 3m) - HV developmental review at 27 months: around 10 single words, not combining any yet. Referred to SALT drop-in "
  "at the family hub. Priya says Anaya is otherwise well and eating fine.",
  ["EYD"],
  [("not-coded", "PH", "'otherwise well and eating fine' - no physical health need.")])
B("C", "orange",
  "Non-molestation order granted June 2025, Arjun complying so far. IDVA still in touch fortnightly. "
  "Arjun's time with Anaya is supervised at Willowbrook Contact Centre while Cafcass complete their enquiries.",
  ["DA"],
  [("convention", "REL-CONF", "The supervised contact and Cafcass enquiries arise from the abuse; REL-CONF is conflict that is not DA, so DA only (conv 8).")])
B("C", "green",
  "Anaya now using 30+ words and some 2 word phrases, SALT discharged her to nursery who are running "
  "WellComm with her. Priya saw GP in July for low mood, started on sertraline, feels 'more like myself'.",
  ["EYD", "MH-ADULT"],
  [("convention", "EYD", "Discharged from SALT but nursery WellComm programme is ongoing - an ongoing service codes its area (conv 4), and green box managing (conv 3)."),
   ("convention", "MH-ADULT", "Ongoing antidepressant treatment codes MH-ADULT (conv 4).")])

case("Z003", "Wyvern Park", "2025-01-21", "2025-06-24")
B("A", "yellow",
  "Blended household since Lee moved in last summer: Kerry (37), her son Tyler (14), Lee (40) and Lee's "
  "daughters Ella (11) and Grace (9) who are here alternate weeks. Tyler and Lee clash daily - Tyler won't "
  "accept Lee setting rules, swears at him and slams out; last week he punched a hole in his bedroom door "
  "when Lee took his phone. Kerry feels pulled between them and she and Lee now argue most nights about "
  "'whose rules apply'. Both say the rows are loud but mutual, nobody has been hurt or threatened and Kerry "
  "says she never feels scared. EHW to run family sessions + couple sessions (RPC).",
  ["REL-PAR", "REL-CONF"],
  [("convention", "REL-PAR", "Step-parent/teenager conflict in the household is the parent-child relationship (REL-PAR)."),
   ("convention", "REL-CONF", "Kerry and Lee's arguments are between the adults in the couple: REL-CONF (conv 8)."),
   ("negated", "DA", "Rows mutual, nobody hurt or threatened, not scared - no abuse described.")])
B("A", "orange",
  "Tyler arrested 2/1 with 2 older lads for criminal damage at the skate park, released under investigation. "
  "Referred to YOS prevention team (Turnaround).",
  ["CRIME"])
B("C", "yellow",
  "Family sessions finished. House rules agreed with Kerry as the one who enforces them; Tyler says rows "
  "with Lee are 'less often' but they still fall out over screen time most weeks. Kerry and Lee have had no "
  "big arguments since the couple sessions ended in April. Turnaround completed, no further police contact.",
  ["REL-PAR"],
  [("historical", "REL-CONF", "'no big arguments since ... April' - described as over (conv 3)."),
   ("historical", "CRIME", "Turnaround completed, no further police contact.")])

case("Z004", "Coldharbour Rise", "2025-05-13", "2025-11-25")
B("A", "yellow",
  "Stacey and Marcus separated 18 months ago. Private law proceedings ongoing, Cafcass s7 report due Sept. "
  "Jayden (10) told his teacher he 'has to pick a side' and that both parents quiz him about what happens "
  "at the other house; Lola (7) has been carrying notes between them in her book bag. Class teacher says "
  "Jayden seems anxious, chewing his sleeves and asking to stay in at break. Each parent says the other "
  "bad-mouths them to the children. EHW: voice of the child work w/ both kids, parallel sessions with each "
  "parent. School ELSA for Jayden.",
  ["REL-CONF", "MH-CHILD"],
  [("convention", "REL-CONF", "Children caught in the middle of an ongoing court dispute: parental conflict, no abuse described.")])
B("A", "red",
  "N/A. No statutory involvement - Cafcass safeguarding letter said no safeguarding issues identified, no "
  "police or LA records for either parent.",
  [],
  [("negated", "DA", "Safeguarding letter negative; nothing present in a red box that says N/A.")])
B("C", "yellow",
  "Final child arrangements order made in Sept (alternate weekends + half the holidays with dad). Parents "
  "still can't talk without it becoming a row so handovers are via school. Jayden says he doesnt get asked "
  "questions 'as much'. ELSA sessions finished and school no longer worried about him.",
  ["REL-CONF"],
  [("historical", "MH-CHILD", "ELSA finished, school no longer worried - over.")])

case("Z005", "Lockside", "2025-04-02", "2025-08-27")
B("A", "yellow",
  "Hannah (29) and Poppy (6). Hannah left Poppy's dad Dean in 2020 after DV - he was convicted, there's "
  "been no contact since, and she did the Freedom Programme in 2021. Her partner since then, Josh, moved "
  "out in Feb when they split. Josh has been a dad to Poppy for 4 yrs and wants to keep seeing her; Hannah "
  "isn't sure. Their phone calls about it get heated but she describes Josh as 'never nasty, just hurt'. "
  "Referred to Kennetside Family Mediation.",
  ["REL-CONF"],
  [("historical", "DA", "DV with Dean ended in 2020, no contact since; Freedom Programme completed in 2021 - not an ongoing service (conv 4 does not apply)."),
   ("convention", "REL-CONF", "Dispute with ex-step-parent over contact, heated but not abusive: REL-CONF.")])
B("A", "green",
  "Poppy doing well at Lockside Primary, attendance 96%. Hannah has asked the school nurse for advice "
  "about Poppy's eczema which flares up at night and keeps her awake scratching.",
  ["PH"],
  [("not-coded", "EDU-ATT", "Good attendance, no need stated (conv 3).")])
B("C", "blue",
  "After 3 mediation sessions Josh sees Poppy every other Saturday 10-4. Hannah says they text civilly "
  "and sort out swaps between them; she'd go back to the mediator if things went wrong again.",
  ["REL-CONF"],
  [("convention", "REL-CONF", "Blue box: the contact arrangement is being managed by the family itself - present as 'now managing' (conv 3); the return to mediation is only hypothetical.")])

case("Z006", "Eastmead", "2025-10-07", "2026-03-17")
B("A", "yellow",
  "Tom (45) has had Amber (15) living with him full time since her mum moved abroad in spring. Tom and "
  "Amber's mum get on fine, speak weekly and agree about Amber - no conflict between the parents. The "
  "problem is Tom and Amber: constant arguments about curfew, her phone and her boyfriend (16). She's "
  "stayed out past midnight 3 times and pushed Tom into the banister when he tried to take her phone. "
  "EHW + Who's In Charge? group for Tom.",
  ["REL-PAR"],
  [("negated", "REL-CONF", "'no conflict between the parents'."),
   ("convention", "DA", "A 15-year-old pushing her father is child-to-parent violence: REL-PAR, not DA (conv 8).")])
B("A", "orange",
  "Amber reported missing by Tom 14/9, found by police at 1.40am at a friend's in Coldharbour Rise - return "
  "home interview done, she said she walked out after a row with dad. Police called again 20/9 when she "
  "threw a mug at Tom during an argument, it smashed on the wall; NFA.",
  ["SAFE-EXP", "REL-PAR", "CRIME"],
  [("convention", "CRIME", "Police finding a missing child is safeguarding, not CRIME (conv 7); but police called to child-to-parent violence adds CRIME to REL-PAR (conv 8)."),
   ("convention", "SAFE-EXP", "Missing episode codes SAFE-EXP.")])
B("A", "green",
  "Amber in Y11 at Aldermoor Academy, attendance 86% this term, mainly missed mornings. School say "
  "behaviour in lessons is not a concern.",
  ["EDU-ATT"],
  [("negated", "EDU-EXC", "Behaviour in lessons 'not a concern'.")])
B("C", "yellow",
  "WIC completed. Agreed 10pm weekend curfew which Amber mostly sticks to. Still some shouting matches, "
  "but nothing physical since Oct and no missing episodes since Sept.",
  ["REL-PAR"],
  [("historical", "SAFE-EXP", "No missing episodes since Sept - over."),
   ("partial", "REL-PAR", "Physical incidents are over but shouting matches continue, so REL-PAR stays present.")])

case("Z007", "Wyvern Park", "2025-06-03", "2025-11-14")
NOTE("A", "orange",
  "Phone call from Ryan (dad, resident parent) 03/06. Sunday's handover at the retail park went wrong - "
  "Ryan and Leanne (the kids' mum) ended up shouting at each other across the car park, Leanne's new "
  "partner got involved and a member of the public rang police. Police attended, spoke to all 3 adults, "
  "no offences disclosed, no arrests. Ryan says there has never been any violence either way, he's not "
  "scared of Leanne, it's 'about her new bloke being round my kids'. Ava (9) and Noah (6) were in the car. "
  "Ryan agreed to a referral to EH for support with co-parenting.",
  ["REL-CONF"],
  [("convention", "REL-CONF", "Unboxed: highest cue is a police call-out -> orange (conv 2), above the EH referral (yellow)."),
   ("not-coded", "CRIME", "Police attended a handover argument, no offences: not offending or ASB by a household member (conv 7)."),
   ("negated", "DA", "'never been any violence either way', not scared.")])
NOTE("C", "yellow",
  "Closing summary 14/11. Ryan and Leanne each did 4 sessions of Parenting Together with the EHW. Handovers "
  "moved to school on Fridays, Leanne's partner no longer comes along, and there's been no incidents since "
  "July. Ava told me she likes that 'nobody shouts any more'.",
  [],
  [("historical", "REL-CONF", "'no incidents since July', 'nobody shouts any more' - over; an unboxed note at yellow cue level is not a blue/green box, so the 'now managing' rule (conv 3) is not applied.")])

case("Z008", "Coldharbour Rise", "2025-03-18", "2025-09-02")
B("A", "yellow",
  "Michelle (41), Kayden (12) and Finn (7). Dad (Gary) left in 2022 and hasn't been in touch since, Michelle "
  "says she has 'made peace with that'. Michelle has depression - on the Talking Therapies waiting list, GP "
  "reviewing her meds. She's in bed a lot of the day; Kayden is doing most of the cooking and gets Finn "
  "ready and walks him to school. Referral to Kennet Young Carers.",
  ["MH-ADULT", "CARER"],
  [("historical", "REL-CONF", "Separation in 2022, no contact, no current conflict or contact issue described.")])
B("A", "green",
  "Finn (7) - school report he often arrives in unwashed uniform, no PE kit, and his lunchbox is sometimes "
  "just a packet of crisps. He's asked staff for toast at breakfast club twice.",
  ["SAFE-NEG"],
  [("convention", "SAFE-NEG", "Poor basic care/hygiene and a hungry child: SAFE-NEG; no food bank or poverty described so no FIN (conv 10).")])
B("C", "yellow",
  "Kayden goes to young carers group fortnightly and has a young carers card at school so he can phone "
  "home at lunch. Michelle started Talking Therapies in June and says it's helping. Finn's uniform and "
  "lunches improved, school have no concerns now.",
  ["CARER", "MH-ADULT"],
  [("convention", "MH-ADULT", "Ongoing Talking Therapies codes MH-ADULT (conv 4)."),
   ("historical", "SAFE-NEG", "'improved, school have no concerns now'.")])

# ===== batch 2: Z009-Z016 =====

case("Z009", "Lockside", "2025-10-14", "2026-04-21")
B("A", "yellow",
  "Dad (Steve) has emailed school and EH with concerns about mum's new partner Kyle, who moved into the "
  "family home in Aug. Steve's solicitor has written to Sophie (mum) saying he'll apply for a prohibited "
  "steps order if Kyle is left in sole care of Harry (8). MASH checks: nothing known on Kyle, no role for "
  "CSC. Sophie and Steve are barely speaking - arrangements for Harry go through Steve's mum. Sophie says "
  "there was never any DA in their relationship.",
  ["REL-CONF"],
  [("hypothetical", "REL-CONF", "The PSO application is conditional ('if'), but the current breakdown (solicitor's letters, barely speaking) is present."),
   ("negated", "DA", "'never any DA'; MASH: nothing known, no CSC role.")])
B("A", "green",
  "Harry's attendance 79% since Sept - mostly Mondays and Fridays either side of his weekends at dad's. "
  "Sophie says he's been 'poorly' but there've been no GP appointments.",
  ["EDU-ATT"],
  [("not-coded", "PH", "'poorly' is unevidenced and no GP involvement - no physical health need described.")])
B("C", "yellow",
  "Parenting plan agreed at mediation in Jan. Kyle has moved out (relationship ended Dec). Handovers now "
  "direct between Steve and Sophie and Harry says they're 'being nice to each other'. Harry's attendance "
  "93% this half term; he is still on the school's attendance monitoring with fortnightly check-ins.",
  ["EDU-ATT"],
  [("historical", "REL-CONF", "Plan agreed, handovers direct and friendly: no current conflict described; yellow box so 'now managing' (conv 3) does not apply."),
   ("convention", "EDU-ATT", "Improved but still on attendance monitoring with check-ins - an ongoing intervention codes its area (conv 4).")])

case("Z010", "Eastmead", "2025-02-25", "2025-08-12")
B("A", "orange",
  "Jade (31) stopped Kai's (4) overnights with his dad Liam after Liam brought Kai back on 16/2 clearly "
  "drunk - slurring, and he'd driven. Jade reported the drink driving to police. Since then Liam has sent "
  "her dozens of abusive voice notes calling her names and saying he'll 'take Kai off her'. Jade says she's "
  "frightened of what he does when he's drinking; he smashed her phone and pinned her against a wall in "
  "2022 when they lived together. DASH 15, referred to IDVA.",
  ["DA"],
  [("outside", "SUB", "Liam's drinking: he is outside the household (conv 6)."),
   ("outside", "CRIME", "Liam's drink-driving is offending by a non-household adult (conv 6/7)."),
   ("convention", "REL-CONF", "The dispute over overnights is carried on through abusive, threatening messages she fears: DA only (conv 8).")])
B("C", "orange",
  "Non-mol granted in April. Liam breached it in May (arrested, bailed). Liam has applied for a child "
  "arrangements order, first hearing in Sept; Cafcass aware of the DA history and the breach.",
  ["DA"],
  [("convention", "CRIME", "An ex-partner's breach of a non-molestation order and arrest for it are DA only (conv 7)."),
   ("convention", "REL-CONF", "Judgement: the contact application is between a perpetrator and the victim of current abuse - coded DA only, not REL-CONF (REL-CONF is conflict that is not DA).")])
B("C", "blue",
  "Jade has the IDVA's direct line saved and keeps a log of every contact from Liam; her sister stays with her the "
  "night before each hearing.",
  ["DA"],
  [("convention", "DA", "Blue box: the family managing its DA safety plan with its own network - present (conv 3).")])

case("Z011", "Wyvern Park", "2025-05-20", "2025-12-09")
B("A", "yellow",
  "Nadia (38) and partner Chris moved in together in March, bringing her 3 kids and his 2 (his are here "
  "Wed-Sun). That's 7 in a 3-bed HA house - the 3 boys (13, 11, 10) share one small room. Fights between "
  "the step-siblings most evenings; last week Zain (13) hit Ollie (11) with a controller. Nadia and Chris "
  "say they're 'a team' and agree on the approach, no concerns about the adults' relationship. Nadia has "
  "joined the housing register for a 4-bed.",
  ["HOUS", "REL-PAR"],
  [("negated", "REL-CONF", "'no concerns about the adults' relationship'."),
   ("convention", "REL-PAR", "Step-sibling fighting is child behaviour at home - REL-PAR, not DA.")])
B("A", "green",
  "Zain - SENCo at Kestrel Vale says he's on SEN support for dyslexia, reading age approx 9.",
  ["EDU-SEND"])
B("C", "yellow",
  "Weekly family meeting on Sundays + a rota for the boys' room; fights down to once or twice a week. "
  "Still waiting for a 4 bed (band C), bidding weekly.",
  ["REL-PAR", "HOUS"])

case("Z012", "Coldharbour Rise", "2025-07-01", "2026-01-13")
B("A", "yellow",
  "Leo (12) hasn't been to his dad's since Easter. He says dad (Mark) 'only cares about his new family' "
  "and that every visit ended in an argument with Mark about his gaming. Mark thinks mum (Claire) is "
  "turning Leo against him and sends her long texts saying so; Claire replies in kind and Leo has read "
  "some of them on her phone. Both parents say there is no abuse between them, 'just bitterness'. EHW to "
  "see Claire and Mark separately + 1:1 with Leo.",
  ["REL-CONF", "REL-PAR"],
  [("convention", "REL-PAR", "Judgement: Leo's own arguments with his non-resident father are the parent-child relationship; the need is the child's, so it is coded although Mark lives elsewhere (conv 6: effect on the family)."),
   ("convention", "REL-CONF", "The parents' text war is parental conflict (conv 8)."),
   ("negated", "DA", "'no abuse between them'.")])
B("A", "green",
  "Leo's form tutor has referred him to the school counsellor for low mood - he's dropped out of football "
  "club and eats lunch alone.",
  ["MH-CHILD"])
B("C", "yellow",
  "Leo has had 3 day visits with Mark since Nov (bowling, cinema) and says they haven't argued. Claire and "
  "Mark still can't discuss anything by text without it turning into a row; they've both agreed to try "
  "mediation. Leo still sees the school counsellor every other week.",
  ["REL-CONF", "MH-CHILD"],
  [("historical", "REL-PAR", "Leo and Mark 'haven't argued' on visits - no current parent-child difficulty described."),
   ("convention", "MH-CHILD", "Ongoing school counselling (conv 4).")])

case("Z013", "Lockside", "2025-01-22", "2025-06-20")
NOTE("A", "yellow",
  "Initial home visit 22/01. Kirsty (27) left the flat she shared with Aaron in Dec when they split up and "
  "is now in temporary accommodation (1 room, shared kitchen) in Lockside with Ruby (3) and Alfie-Jay (18m). "
  "UC claim made but 1st payment not due for 3 weeks - she's used the food bank twice. Kirsty says the split "
  "was mutual, Aaron has the kids at his mum's on Saturdays and 'we just don't talk much, which suits us'. "
  "EHW allocated.",
  ["HOUS", "FIN"],
  [("not-coded", "REL-CONF", "A mutual split with a working Saturday arrangement and no argument, dispute or contact problem: no parental conflict described (judgement)."),
   ("convention", "FIN", "UC alone is not FIN (conv 5) but the wait for payment and food bank use are (conv 10)."),
   ("convention", "HOUS", "Unboxed: EHW allocated is the highest cue -> yellow (conv 2); temporary accommodation is not a level cue.")])
NOTE("C", "yellow",
  "Closure 20/06. Family moved into a 2-bed council flat in Eastmead in May. Kirsty is paying £15 a week back on "
  "a UC budgeting advance and EHW has referred her to Citizens Advice for a benefits check. Ruby (3) still "
  "hasn't taken up her funded nursery hours - Kirsty means to apply for Sept. Aaron's Saturdays carry on as before.",
  ["FIN", "EYD"],
  [("historical", "HOUS", "Rehoused in a council flat - over."),
   ("convention", "EYD", "Nursery take-up not yet happening for an under-5 (conv 9)."),
   ("convention", "FIN", "Repaying a budgeting advance is a current debt; Citizens Advice is a yellow cue (conv 2).")])

case("Z014", "Eastmead", "2025-06-10", "2025-12-02")
B("A", "yellow",
  "Olu and Funmi still living together but say the marriage is 'over in all but name' and they plan to "
  "separate once the house is sold. Frequent shouting matches, often in front of the children - Deji (9) "
  "told his teacher he puts his headphones on when they start. Routine enquiry done with each parent on "
  "their own: both deny any violence, threats or either one controlling the other, nothing disclosed. "
  "Referred to Parenting Together (RPC programme).",
  ["REL-CONF"],
  [("negated", "DA", "Routine enquiry: violence, threats and control denied by both - arguments coded REL-CONF (conv 8).")])
B("A", "green",
  "School nurse seeing Deji weekly for anxiety - he says he worries about what he'll come home to. Twins "
  "(3) doing well at nursery.",
  ["MH-CHILD"],
  [("not-coded", "EYD", "Twins 'doing well at nursery' - pure good news (conv 3).")])
B("C", "yellow",
  "Olu moved to his brother's in Sept. Parents have a shared care plan, Deji with dad Sat-Sun. They still "
  "disagree about money but keep it to email now and both say it's calmer. School nurse has discharged Deji.",
  ["REL-CONF"],
  [("partial", "REL-CONF", "Calmer, but the parents 'still disagree about money' - present."),
   ("not-coded", "FIN", "Disagreement about money between parents is REL-CONF; no debt or hardship described."),
   ("historical", "MH-CHILD", "Discharged by the school nurse.")])

case("Z015", "Wyvern Park", "2025-07-29", "2026-02-10")
B("A", "red",
  "Strategy meeting 08/07 after Lacey (7) told her teacher 'Jason hit mummy and pulled her hair'. Jason is "
  "mum Shannon's partner of 10 months and lives in the home. S47 completed; ICPC 29/07 - Lacey and Mason "
  "(4) made subject to CP plans, category emotional abuse. The children's dad, Ricky, has since contacted "
  "CSC wanting them to live with him, and he and Shannon have been rowing by text about it ever since.",
  ["DA", "REL-CONF"],
  [("convention", "REL-CONF", "Shannon and Ricky (the children's father) rowing over residence is a separate, non-abusive parental conflict: REL-CONF alongside the DA by Jason (conv 8)."),
   ("not-coded", "MH-CHILD", "CP category 'emotional abuse' refers to the DA; no child emotional-wellbeing need is described.")])
B("A", "orange",
  "Jason arrested 07/07 for ABH against Shannon, bailed with conditions not to come to the address. MARAC "
  "18/07, IDVA allocated.",
  ["DA"],
  [("convention", "CRIME", "A partner's assault on the adult victim and arrest for it are DA only (conv 7).")])
B("C", "red",
  "CP plans ended at review conf in Jan, stepped down to CIN for 3 months. Jason convicted and has a "
  "restraining order. CIN plan focus is Shannon's safety plan with the IDVA and DA recovery work for the "
  "children (Lacey starting the Speak Up group at the family hub).",
  ["DA"],
  [("convention", "CRIME", "Jason's conviction is for his assault on Shannon: DA only (conv 7)."),
   ("convention", "DA", "Ongoing IDVA safety planning and DA recovery work code DA (conv 4).")])
B("C", "blue",
  "Shannon and Ricky agreed through her solicitor that the children stay with her and see Ricky alternate "
  "weekends. Shannon says they 'keep it polite' now and stick to the arrangement.",
  ["REL-CONF"],
  [("convention", "REL-CONF", "Blue box: the parents now managing the arrangement themselves - present (conv 3).")])

case("Z016", "Coldharbour Rise", "2025-04-08", "2025-10-21")
B("A", "green",
  "Ethan (9) is on the community paediatrician's waiting list for an ADHD assessment and the SENCo has set up a "
  "movement-break plan. Dad (Paul) has been sole carer since mum moved back to her parents' last year; mum "
  "has bipolar disorder and is under her local community mental health team.",
  ["EDU-SEND"],
  [("outside", "MH-ADULT", "Mum's bipolar disorder: she lives outside the household (conv 6)."),
   ("convention", "CARER", "'sole carer' is a parent, not a young carer (conv 12)."),
   ("convention", "EDU-SEND", "Waiting for an ADHD assessment and a SENCo plan in place: EDU-SEND (conv 4).")])
B("A", "yellow",
  "Mum's contact is erratic - she cancels at short notice or appears without warning at the school gate. Paul "
  "has stopped answering her calls because they 'always end in a slanging match'. After a cancelled visit "
  "Ethan melts down at home, kicking doors and screaming at Paul for up to an hour.",
  ["REL-CONF", "REL-PAR"],
  [("convention", "REL-CONF", "Contact dispute and calls ending in slanging matches between the parents (conv 8)."),
   ("convention", "REL-PAR", "Ethan's meltdowns at home towards Paul are child behaviour at home.")])
B("C", "yellow",
  "Through the EHW Paul and mum agreed a written contact schedule (Saturdays 10-2 at the park); mum has kept "
  "5 of the 6 visits since. Ethan's meltdowns at home are less frequent but still happen when plans change; "
  "Paul is using strategies from the parenting course.",
  ["REL-PAR"],
  [("not-coded", "REL-CONF", "A working schedule with no current argument or dispute described; yellow box, so 'now managing' (conv 3) does not make it present."),
   ("partial", "REL-PAR", "Meltdowns reduced but still happen - present.")])

# ===== batch 3: Z017-Z024 =====

case("Z017", "Lockside", "2025-02-04", "2025-07-22")
B("A", "yellow",
  "Kieran (17) dropped out of college in Nov and isn't working. Been sofa-surfing between mum's and dad's "
  "since a row with mum's partner Dale at Christmas when Dale told him to get out. Mum (Louise) and Dale "
  "argue about Kieran constantly, and Louise and Kieran's dad aren't on speaking terms - each says Kieran "
  "should be living with the other.",
  ["EDU-NEET", "HOUS", "REL-PAR", "REL-CONF"],
  [("convention", "FIN", "A 16+ young person NEET is EDU-NEET only; no adult worklessness described (conv 11)."),
   ("convention", "REL-PAR", "Step-parent telling the young person to leave: parent-child relationship."),
   ("convention", "REL-CONF", "Louise/Dale arguments and Louise/dad breakdown are conflict between the adults (conv 8).")])
B("A", "orange",
  "Kieran given a youth caution in Jan for possession of cannabis. He says he smokes most days 'to cope'. "
  "Referred to Kennet Young People's Substance Service.",
  ["CRIME", "SUB"],
  [("convention", "SUB", "His own cannabis use, no exploitation described, so SUB applies (contrast conv 12); youth caution is CRIME (conv 7).")])
B("C", "yellow",
  "Kieran living with dad full time since March and started a plumbing apprenticeship at Thameside "
  "Training in April.",
  [],
  [("historical", "EDU-NEET", "Now on an apprenticeship - over."),
   ("historical", "HOUS", "Settled at dad's - sofa-surfing over.")])
B("C", "orange",
  "Still seeing the substance worker weekly, cut down to weekends only.",
  ["SUB"])

case("Z018", "Eastmead", "2025-03-10", "2025-09-02")
NOTE("A", "yellow",
  "Referral from Millbrook Lane Primary SENCo 10/03. Parents Aisha and Imran separated last year and "
  "disagree about whether Yusuf (7) should move schools - Imran tried to enrol him at another school without "
  "telling Aisha. Yusuf has an EHCP (autism, speech and language). Staff have seen the parents arguing at "
  "pick-up twice. Aisha says there's no abuse, 'just two stubborn people'. Mediation suggested and both have "
  "agreed to a MIAM.",
  ["REL-CONF", "EDU-SEND"],
  [("convention", "REL-CONF", "Unboxed: mediation (yellow) outranks SENCO (green) -> yellow (conv 2)."),
   ("negated", "DA", "'no abuse'."),
   ("convention", "EDU-SEND", "School-age speech and language need within an EHCP is EDU-SEND, not EYD (conv 9).")])
NOTE("C", "yellow",
  "Closed 02/09. Through mediation parents agreed Yusuf stays at Millbrook Lane with his EHCP support; "
  "annual review held in July. They now share information by email and school have seen no more arguments "
  "at the gate. EHW closing as agreed with both parents.",
  ["EDU-SEND"],
  [("historical", "REL-CONF", "Agreement reached, 'no more arguments' - over; the note's level (yellow) is not a blue/green box."),
   ("convention", "EDU-SEND", "Unboxed: EHW (yellow cue) -> yellow (conv 2).")])

case("Z019", "Wyvern Park", "2025-08-19", "2026-02-24")
B("A", "yellow",
  "Courtney (13) lives with dad (Wes), step-mum (Jo) and their baby Archie. Courtney and Jo clash daily - "
  "'you're not my mum', refuses anything Jo asks, and Jo feels like 'the maid'. Wes works away Mon-Thu. "
  "Courtney's mum lives 40 miles away and rings her every night; Wes believes she encourages Courtney to "
  "defy Jo, and he and his ex have swapped angry messages over it.",
  ["REL-PAR", "REL-CONF"],
  [("convention", "REL-PAR", "Step-mother/step-daughter conflict in the household: parent-child relationship."),
   ("convention", "REL-CONF", "Angry messages between Wes and Courtney's mother: parental conflict (conv 8)."),
   ("convention", "FIN", "Working away is not FIN (conv 5).")])
B("A", "green",
  "Archie (10 wks) - HV new birth and 6-8wk checks fine. Jo scored 15 on the EPDS, GP has started her on "
  "antidepressants and HV doing listening visits.",
  ["MH-ADULT"],
  [("not-coded", "EYD", "Development checks 'fine' - no need stated.")])
B("C", "yellow",
  "Courtney and Jo have a standing Friday film night and far fewer clashes, although chores still cause "
  "rows. Wes and Courtney's mum have had a couple of calmer phone calls.",
  ["REL-PAR"],
  [("not-coded", "REL-CONF", "Only 'calmer phone calls' are described - no current conflict stated in this text."),
   ("partial", "REL-PAR", "'chores still cause rows' - present.")])

case("Z020", "Coldharbour Rise", "2025-06-17", "2026-01-27")
B("A", "red",
  "Child in need (s17) plan since May. The CIN is for emotional harm from the parents' high-conflict "
  "separation - both parents assessed, no DA history either way. Kelly and Darren have been in and out of "
  "court for 2 yrs over Logan (11) and Skye (8), 4 applications. Logan has started scratching his arms and "
  "is on the CAMHS waiting list; Skye told her SW she hates her birthday 'because of the arguing'.",
  ["REL-CONF", "MH-CHILD"],
  [("negated", "DA", "'no DA history either way' - the statutory concern is parental conflict, not abuse."),
   ("convention", "MH-CHILD", "Self-harm and awaiting CAMHS (conv 4).")])
B("A", "orange",
  "Police called to handovers 3 times this year, by each parent about the other. No arrests, no offences.",
  ["REL-CONF"],
  [("not-coded", "CRIME", "Police called to parental rows at handover, no offences: not CRIME (conv 7)."),
   ("not-coded", "DA", "Nothing describes abuse; handover rows are parental conflict.")])
B("C", "red",
  "N/A - CIN plan closed 16/12, stepped down to EH.",
  [],
  [("not-coded", "REL-CONF", "Box says N/A; closure of the CIN plan states no present issue.")])
B("C", "yellow",
  "Final order made in Nov with a s91(14) direction. The children now take a contact book between houses; "
  "arguments at handover are much less but parents still make barbed comments in front of the kids. Logan "
  "still under CAMHS, last scratched in Oct.",
  ["REL-CONF", "MH-CHILD"],
  [("partial", "REL-CONF", "Reduced but barbed comments in front of the children continue - present."),
   ("convention", "MH-CHILD", "Still under CAMHS (conv 4), although the self-harm itself last happened in Oct.")])

case("Z021", "Lockside", "2025-03-25", "2025-10-07")
B("A", "orange",
  "Chloe (24) says she and her partner Jordan (Maisie's dad) 'argue a lot'. When we talked it through: "
  "Jordan decides who she can see, has her bank card, checks her phone every night, and when she pushes back "
  "he punches walls and stands in the doorway so she can't leave. Chloe doesn't see it as abuse. DASH 12; "
  "referred to Harbour Light, MARAC threshold discussed with DA lead - not met at present.",
  ["DA"],
  [("convention", "REL-CONF", "Described by mum as 'arguing' but it is coercive control: DA only (conv 8)."),
   ("not-coded", "FIN", "Keeping her bank card is economic control (DA); no debt or hardship described."),
   ("convention", "DA", "MARAC threshold 'not met' does not negate the DA itself, which is present.")])
B("A", "yellow",
  "Chloe drinking a bottle of wine most nights 'to cope'. Happy to talk about it, referred to Kennet Recovery.",
  ["SUB"])
B("C", "orange",
  "Chloe ended the relationship in May and Jordan left. She's on week 6 of the 12-week Freedom Programme.",
  ["DA"],
  [("convention", "DA", "Relationship over, but the Freedom Programme is ongoing and codes DA (conv 4).")])

case("Z022", "Eastmead", "2025-09-23", "2026-03-31")
B("A", "yellow",
  "Since Jamie stopped paying child maintenance in June, Rachel (35) has fallen £720 behind on rent and "
  "£300 on council tax. CMS case opened. Texts between Rachel and Jamie about money have turned nasty on "
  "both sides and the boys (Tyler-James 10, Reece 8) have heard her shouting and crying down the phone to "
  "him. Referred to Citizens Advice.",
  ["FIN", "REL-CONF"],
  [("convention", "REL-CONF", "Mutual nasty texts about maintenance, no fear or control: parental conflict (conv 8)."),
   ("not-coded", "MH-ADULT", "Crying during a row is not a stated mental health need.")])
B("A", "orange",
  "Landlord served a section 8 notice on 10/9 for the rent arrears; no court date yet.",
  ["HOUS", "FIN"],
  [("convention", "HOUS", "A possession notice is HOUS; the rent arrears are FIN - both coded.")])
B("A", "green",
  "Reece (8) - school nurse referral for wetting the bed most nights; GP has prescribed desmopressin.",
  ["PH"],
  [("convention", "PH", "School-age bedwetting is PH (conv 9).")])
B("C", "yellow",
  "Section 8 withdrawn after Rachel agreed a repayment plan with the landlord, £20/wk on top of the rent. "
  "CMS now collecting maintenance from Jamie's wages. Rachel and Jamie only talk about the boys via a shared "
  "calendar - still the odd sharp text but much calmer.",
  ["FIN", "REL-CONF"],
  [("historical", "HOUS", "Possession notice withdrawn."),
   ("partial", "FIN", "Arrears still being repaid under a plan - a current debt."),
   ("partial", "REL-CONF", "'still the odd sharp text' - present though calmer.")])

case("Z023", "Wyvern Park", "2025-05-06", "2025-11-18")
B("A", "orange",
  "Sean (39) has had residence of Lily (10) and Jack (6) since the court order in March. Their mum, Jess, "
  "sends him up to 100 messages a day, has turned up at his work twice and slashed his tyres in April (Jess "
  "arrested, released under investigation). Sean calls it 'Jess being difficult' but admits he now avoids "
  "going out. Referred to Harbour Light male victims' worker.",
  ["DA"],
  [("convention", "CRIME", "The ex-partner's criminal damage and arrest, aimed at the adult victim, are DA only (conv 7); Jess is also outside the household."),
   ("convention", "REL-CONF", "Harassment framed as 'being difficult' is abuse, not parental conflict (conv 8).")])
B("A", "yellow",
  "Lily (10) says she doesn't want to see mum at the moment but feels guilty about it. School say she's "
  "withdrawn in class and not eating her lunch. Referred to Kooth and the school counsellor.",
  ["MH-CHILD"],
  [("not-coded", "SAFE-NEG", "Not eating the lunch she has is part of her low mood, not a hungry child or lack of food (conv 10)."),
   ("not-coded", "REL-PAR", "Her reluctance to see mum arises from the abuse of her father; no parent-child relationship difficulty is described beyond that.")])
B("C", "orange",
  "Non-mol order granted in June; Jess has complied. Her contact with the children is supervised at "
  "Willowbrook Contact Centre.",
  ["DA"],
  [("convention", "DA", "Order in force and supervised contact because of the abuse - present.")])

case("Z024", "Coldharbour Rise", "2025-01-14", "2025-06-10")
B("A", "yellow",
  "Ruth (50) and Dylan (15). Dylan's dad is in prison and hasn't had contact for 5 years. Ruth and Dylan "
  "'can't be in the same room' - he stays in his room, won't speak to her, and swears and walks out when she "
  "tries. Not violent. Ruth says there's no friction with anyone else in the family, 'it's just me and him'. "
  "Referred to NVR parenting group.",
  ["REL-PAR"],
  [("outside", "CRIME", "Father in prison is outside the household, no contact (conv 6)."),
   ("not-coded", "REL-CONF", "No conflict between parents or partners - the difficulty is parent-child only.")])
B("A", "green",
  "Dylan (Y10, Aldermoor) - attendance 88%, tutor says he falls asleep in lessons; Dylan admits gaming till "
  "3am most nights.",
  ["EDU-ATT", "PH"],
  [("convention", "PH", "Sleep problem at school age is PH (conv 9).")])
B("C", "yellow",
  "Ruth completed the NVR group. They now eat together twice a week and Dylan talks to her more, although "
  "he still shuts himself away for days when he's upset.",
  ["REL-PAR"],
  [("partial", "REL-PAR", "Improved but he still withdraws from her for days - present.")])

# ===== batch 4: Z025-Z030 =====

case("Z025", "Lockside", "2025-09-30", "2026-03-10")
B("A", "yellow",
  "Freya (11) and Oscar (9) are in a 50/50 shared care arrangement between mum (Laura) and dad (Nick), who "
  "live 3 streets apart; both parents engaging with EH. Since Laura's new partner Dan moved in over the "
  "summer, Nick has objected to Dan being at handovers and the parents' messages have become hostile. Freya "
  "keeps asking to stay at dad's on mum's weeks and says she feels 'stuck in the middle'. Nick has been "
  "signed off work with depression since August and sees his GP monthly.",
  ["REL-CONF", "MH-ADULT"],
  [("convention", "MH-ADULT", "Judgement: in 50/50 shared care both parents' homes are the children's household and EH works with Nick, so his depression is a parent's mental health, not someone outside the household."),
   ("not-coded", "REL-PAR", "Freya's wish to avoid mum's weeks is described as being caught in the parents' dispute, not a difficulty in her relationship with Laura."),
   ("not-coded", "FIN", "Being signed off work is not described as a money problem (conv 5).")])
B("A", "green",
  "Oscar fine at school. Freya's tutor reports she's been tearful in class, pastoral lead seeing her weekly.",
  ["MH-CHILD"])
B("C", "yellow",
  "Parents did 4 joint co-parenting sessions with the EHW. Dan now stays away at handovers and Laura says "
  "the messages are 'businesslike'. Freya back to the usual 50/50 pattern.",
  [],
  [("historical", "REL-CONF", "Conflict resolved with no current argument described; in a yellow box the 'now managing' rule (conv 3) does not apply.")])
B("C", "blue",
  "Nick back at work part time, using the Headspace app and walking with a friend most mornings to keep his "
  "mood up.",
  ["MH-ADULT"],
  [("convention", "MH-ADULT", "Blue box: Nick is managing his mood with self-help - 'now managing' is present (conv 3).")])

case("Z026", "Eastmead", "2025-07-15", "2025-12-16")
B("A", "green",
  "Theo (14m) - HV review: walking, babbling, on track. Zoe is still breastfeeding at night and Theo's dad "
  "Ben wants overnights; Zoe says not yet. They've argued about it by text and in front of Ben's mum.",
  ["REL-CONF"],
  [("not-coded", "EYD", "Development 'on track' and breastfeeding is not a need - no EYD issue stated.")])
B("A", "yellow",
  "Zoe and Ben referred to Kennetside Mediation for a MIAM. Ben says he'll apply to court if they can't agree.",
  ["REL-CONF"],
  [("hypothetical", "REL-CONF", "The court application is conditional, but the mediation referral is for a current dispute, so REL-CONF is present.")])
B("C", "yellow",
  "Mediation gave them a stepped plan - Ben has Theo Saturdays 9-5 now, first overnight pencilled in for "
  "Feb. Zoe says they still disagree about Theo's bedtime at Ben's but can talk it through.",
  ["REL-CONF"],
  [("partial", "REL-CONF", "'still disagree' - a present, if milder, disagreement between the parents.")])

case("Z027", "Wyvern Park", "2025-11-04", "2026-05-19")
B("A", "orange",
  "Riley (13) suspended 3 times this term (8 days total) for aggression towards staff; managed move to "
  "Aldermoor being discussed. SENCo has put him on SEN support and wants to refer for an ADHD assessment, "
  "but dad (Chris - Riley is with him at weekends) won't consent, saying it's 'soft parenting at mum's'. "
  "Mum (Sam) and Chris argue about it every time they speak. TAF meeting booked.",
  ["EDU-EXC", "EDU-SEND", "REL-CONF"],
  [("convention", "EDU-SEND", "SEN support is in place now; the blocked ADHD assessment does not decide it."),
   ("convention", "REL-CONF", "Parents arguing about the child's needs and each other's parenting (conv 8).")])
B("A", "yellow",
  "At home Riley 'explodes' when told no - he has broken the TV and shoved Sam twice. His sister Mia (9) "
  "hides upstairs when it kicks off. No police involvement.",
  ["REL-PAR"],
  [("convention", "DA", "Child-to-parent violence is REL-PAR, not DA (conv 8)."),
   ("negated", "CRIME", "'No police involvement' - so no CRIME with the REL-PAR (conv 8).")])
B("C", "yellow",
  "Chris consented after a joint meeting with the SENCo and Riley is now on the waiting list for an ADHD assessment (~10 month "
  "wait). Managed move to Aldermoor started in Feb, one suspension since. Parents still disagree about "
  "discipline but have agreed not to do it in front of Riley.",
  ["EDU-SEND", "EDU-EXC", "REL-CONF"],
  [("convention", "EDU-EXC", "Managed move in progress and a further suspension."),
   ("partial", "REL-CONF", "'still disagree about discipline' - present.")])
B("C", "green",
  "Sam using the NVR strategies; Riley hasn't broken anything since Christmas but still shouts at her most days.",
  ["REL-PAR"],
  [("partial", "REL-PAR", "Damage over since Christmas but daily shouting continues - present.")])

case("Z028", "Coldharbour Rise", "2025-05-14", "2025-10-30")
NOTE("A", "orange",
  "Call with dad (Gareth) 14/05. Ollie (14) has been self-harming since Feb - cuts to his forearms, seen at "
  "A&E once in March. CAMHS accepted the referral, first appt done. Gareth and Ollie's mum Dawn separated 6 yrs ago, "
  "get on well and are supporting Ollie together - no issues between the parents. Ollie says it's about "
  "friendship fall-outs and being called names in a Snapchat group.",
  ["MH-CHILD", "SAFE-EXP"],
  [("convention", "MH-CHILD", "Unboxed: CAMHS is the highest cue -> orange (conv 2)."),
   ("negated", "REL-CONF", "Separated parents who 'get on well', 'no issues between the parents'."),
   ("not-coded", "PH", "The A&E visit was for self-harm, which is MH-CHILD; no separate physical health need."),
   ("convention", "SAFE-EXP", "Online name-calling by peers is bullying of the child - SAFE-EXP, though the peers are outside the household.")])
NOTE("C", "green",
  "Closing 30/10. Ollie's therapy ended in Aug and he now sees the school counsellor weekly; last self-harm "
  "was in June. The Snapchat group was reported and taken down, he's moved tutor group and says the "
  "name-calling has stopped.",
  ["MH-CHILD"],
  [("convention", "MH-CHILD", "Self-harm over, but weekly school counselling is ongoing (conv 4); only cue is school -> green (conv 2)."),
   ("historical", "SAFE-EXP", "'the name-calling has stopped'.")])

case("Z029", "Lockside", "2025-04-29", "2025-10-14")
B("A", "orange",
  "Mum's new partner Craig moved in in Jan; he's on licence for a burglary conviction (released Nov) and "
  "supervised by probation. The kids' dad Phil found out through Facebook and hasn't returned Maddie (9) and "
  "Lewis (6) after his weekend, saying they stay with him till Tasha 'gets rid of him'. Police attended on "
  "Sunday and advised it's a civil matter. Tasha and Phil screamed at each other on his doorstep in front of "
  "the children.",
  ["CRIME", "REL-CONF"],
  [("convention", "CRIME", "A household adult on licence/probation is CRIME (conv 7); the police attendance over the children not being returned is not."),
   ("not-coded", "DA", "A mutual screaming row over the children's return, with no fear, threat or control described: REL-CONF (conv 8).")])
B("A", "yellow",
  "Maddie (9) tearful and clingy since the children were kept at dad's, says she's scared someone will go to prison. Lewis (6) seems ok.",
  ["MH-CHILD"])
B("C", "orange",
  "Children back with Tasha after 4 days once Phil's solicitor advised him. Craig's licence ended in May. "
  "Parents have a child arrangements hearing in Nov and are only communicating through solicitors.",
  ["REL-CONF"],
  [("historical", "CRIME", "Licence ended in May - over."),
   ("convention", "REL-CONF", "Pending court hearing and communication only through solicitors - current dispute.")])

case("Z030", "Eastmead", "2025-10-21", "2026-04-14")
B("A", "yellow",
  "Kate (44) on UC and PIP since separating from Andy in the spring; she says there are no money worries - "
  "Andy pays maintenance on time and they're 'still good friends'. Kate has MS and her mobility is getting "
  "worse, OT assessment booked. Lucy (14) helps her shower and does the weekly shop.",
  ["PH", "CARER"],
  [("negated", "FIN", "UC/PIP named but 'no money worries' (conv 5)."),
   ("negated", "REL-CONF", "Amicable separation - 'still good friends'."),
   ("convention", "PH", "PH comes from the MS described, not from PIP (conv 5).")])
B("C", "yellow",
  "Lucy goes to Kennet Young Carers monthly. OT has fitted grab rails and a shower seat and Kate has "
  "carers coming in twice a day now.",
  ["CARER", "PH"],
  [("convention", "CARER", "Coded for Lucy's young carers service; Kate's paid carers alone would not be CARER (conv 12).")])

# ---------------------------------------------------------------------------
# writer
# ---------------------------------------------------------------------------
FIELDS = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]


def main():
    with open(os.path.join(HERE, "narratives.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(FIELDS)
        for n in NARRATIVES:
            w.writerow([n[k] for k in FIELDS])
    with open(os.path.join(HERE, "gold.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "code", "level"])
        for row in GOLD:
            w.writerow(row)
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8", newline="") as f:
        json.dump(TRAPS, f, ensure_ascii=False, indent=1)
        f.write("\n")

    cases = sorted({n["case_id"] for n in NARRATIVES})
    triages = sorted({n["triage_id"] for n in NARRATIVES})
    notes = [n for n in NARRATIVES if not n["level"]]
    empty = [n["narrative_id"] for n in NARRATIVES if n["narrative_id"] not in {g[0] for g in GOLD}]
    print("cases %d, triages %d, narratives %d (boxed %d, unboxed notes %d), gold rows %d, "
          "narratives with no gold %d, trap narratives %d, trap entries %d" % (
              len(cases), len(triages), len(NARRATIVES), len(NARRATIVES) - len(notes), len(notes),
              len(GOLD), len(empty), len(TRAPS), sum(len(v) for v in TRAPS.values())))
    by_code = {c: 0 for c in CODES}
    by_level = {l: 0 for l in LEVELS}
    for _, c, l in GOLD:
        by_code[c] += 1
        by_level[l] += 1
    print("codes: " + ", ".join("%s %d" % (c, by_code[c]) for c in CODES))
    print("levels: " + ", ".join("%s %d" % (l, by_level[l]) for l in LEVELS))
    for stage in ("assessment", "closure"):
        ts = [t for t in triages if any(n["triage_id"] == t and n["stage"] == stage for n in NARRATIVES)]
        print("%s triages %d" % (stage, len(ts)))


if __name__ == "__main__":
    main()
