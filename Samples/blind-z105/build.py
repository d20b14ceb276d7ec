#!/usr/bin/env python3
"""Blind gold set z105: school-based family support workers (multi-academy trust).

All narratives, people, schools, services and places are invented.
Coded by hand from /work/shared/taxonomy.md only.
Standard library only. Writes narratives.csv, gold.csv, traps.json and prints counts.
"""
import csv
import json
import os
from collections import Counter

SET_ID = "z105"
HERE = os.path.dirname(os.path.abspath(__file__))


def B(stage, level, text, codes, traps=(), note_level=None):
    """One narrative. stage 'A'/'C'; level = box (None for an unboxed note,
    in which case note_level is the single highest cue level in its text)."""
    return dict(stage=stage, level=level, text=text, codes=list(codes),
                traps=[dict(type=t, code=c, note=n) for (t, c, n) in traps],
                note_level=note_level)


def C(locality, a_date, c_date, narratives):
    return dict(locality=locality, a_date=a_date, c_date=c_date, narratives=narratives)


CASES = []

# ---------------------------------------------------------------- Z001
CASES.append(C("Ashcombe", "2025-09-22", "2026-01-16", [
    B("A", "green",
      "• Tyler (8) Yr4, Ashcombe Primary Academy • attendence 88.4%, 11 lates since Sept, mostly Mondays "
      "• class teacher: yawning, head on the desk by 10am • no set bedtime at home, on his tablet til gone 11 "
      "per Tyler • school nurse drop-in booked re sleep",
      ["EDU-ATT", "PH", "REL-PAR"],
      [("convention", "PH", "Sleep problem in a school-age child is PH (conv 9)."),
       ("convention", "REL-PAR", "No bedtime routine / boundaries at home = parenting routines.")]),
    B("A", "yellow",
      "- Mum Shannon on 6am starts at the care home, says money's fine it's just the timing "
      "- Tyler dropped at the gate by a neighbour, often after 9 "
      "- FSW to do home visit + morning routine plan",
      ["EDU-ATT", "REL-PAR"],
      [("negated", "FIN", "\"money's fine\"; early shifts are not FIN (conv 5)."),
       ("outside", "", "Neighbour doing the drop-off is outside the household; only the lateness is coded.")]),
    B("C", "blue",
      "Shannon using the sleep chart from the school nurse, tablet goes in the kitchen drawer at 7.30. "
      "Tyler in bed by 8.30 most school nights, she says he's 'a different boy'.",
      ["PH", "REL-PAR"],
      [("convention", "PH", "Blue box: sleep being managed with a sleep chart = now managing, present (conv 3)."),
       ("convention", "REL-PAR", "Blue box: bedtime routine now in place = now managing, present (conv 3).")]),
]))

# ---------------------------------------------------------------- Z002
CASES.append(C("Fenmoor", "2025-09-29", "2026-03-20", [
    B("A", "green",
      "Amelia (13) Yr8 • 71% att. • EBSA — tummy aches + panics in the mornings, gets as far as the gate then "
      "can't come in • GP checked her over, nothing physical found • not on SEN register, no learning needs identified",
      ["EDU-ATT", "MH-CHILD"],
      [("convention", "MH-CHILD", "EBSA with panics described: school avoidance is EDU-ATT, the anxiety is MH-CHILD."),
       ("negated", "PH", "GP found nothing physical: tummy aches not coded PH."),
       ("negated", "EDU-SEND", "\"not on SEN register, no learning needs identified\".")]),
    B("A", "orange",
      "• GP referral to CAMHS 8/9 - on the waiting list • Mum (Lorraine) signed off work with stress since July, "
      "'we're both stuck in the house all day' • attendance team aware, possible prosecution if no improvement by Feb",
      ["MH-CHILD", "MH-ADULT", "EDU-ATT"],
      [("convention", "MH-CHILD", "Awaiting CAMHS codes MH-CHILD (conv 4)."),
       ("partial", "EDU-ATT", "Prosecution is hypothetical, but the attendance problem itself is current (attendance team involved), so EDU-ATT is present."),
       ("not-coded", "FIN", "Signed off work, but no money problem described.")]),
    B("C", "green",
      "• phased return — mornings only, 4 days a wk, uses the Hub at break • MHST practitioner sees her weekly in school "
      "• Lorraine back at work part time",
      ["EDU-ATT", "MH-CHILD"],
      [("convention", "EDU-ATT", "Phased / part-time return = part-time timetable, present."),
       ("not-coded", "MH-ADULT", "\"back at work part time\" states no mental-health need in this box (conv 1).")]),
]))

# ---------------------------------------------------------------- Z003
CASES.append(C("Brindley Vale", "2025-10-06", "2026-02-27", [
    B("A", "yellow",
      "• Kian (14) Yr9 • 3 suspensions this term (1, 2 and 3 days) — defiance, swearing at staff • 14 days in IE since Sept "
      "• 23 detentions unserved • Mum Gemma: 'he's the same at home', can't get him off the Xbox, kicked his bedroom door "
      "off the hinges last wk • FSW to offer Triple P Teen",
      ["EDU-EXC", "REL-PAR"],
      [("convention", "EDU-EXC", "Suspensions, internal exclusion and detentions are all behaviour at school / exclusion.")]),
    B("A", "orange",
      "• police called to the house 12/10 — Kian pushed Gemma into the banister, NFA but logged • now at risk of PEX, "
      "behaviour panel 20/10 • older bro Reece (19) lives with his dad in Leeds, was on a YOS order in 2022",
      ["REL-PAR", "CRIME", "EDU-EXC"],
      [("convention", "DA", "Child-to-parent violence is REL-PAR plus CRIME when police attend, not DA (conv 8)."),
       ("outside", "CRIME", "Reece's YOS order: outside the household and historical (2022); CRIME here is for the police call-out about Kian."),
       ("convention", "EDU-EXC", "\"now at risk of PEX\" is a current risk, not a hypothetical.")]),
    B("C", "yellow",
      "• 1 suspension since Xmas (vaping in the toilets) • still on HoY report, 2 IE days • Gemma finished Triple P, "
      "using the calm-down plan, flare-ups less often • no police involvement since Oct • goes to boxing 2 eves a wk with his uncle",
      ["EDU-EXC", "REL-PAR"],
      [("convention", "SUB", "Vaping is not SUB (conv 12)."),
       ("historical", "CRIME", "\"no police involvement since Oct\" is over (conv 3)."),
       ("partial", "REL-PAR", "Course finished, but flare-ups continue (less often): a current need, present."),
       ("not-coded", "", "Boxing with uncle is good news, no need.")]),
]))

# ---------------------------------------------------------------- Z004
CASES.append(C("Kestrel Park", "2025-10-13", "2026-04-24", [
    B("A", "green",
      "• Jasmine (11) Yr6 • Mum Claire has MS, uses a wheelchair when out • Jas does Mum's tablets, cooks tea and gets "
      "Alfie (6) ready for school • late 2-3x a wk • dozed off in class twice this half term",
      ["CARER", "PH", "EDU-ATT"],
      [("convention", "PH", "Mother's MS (household member) is PH; one PH code however many PH terms.")]),
    B("A", "yellow",
      "• referral to Kestrel Young Carers — 1:1 then group • PIP + UC in payment, Claire says no problems with either "
      "• no concerns re Alfie",
      ["CARER"],
      [("convention", "FIN", "Benefit names alone are not FIN and never imply PH or CARER (conv 5); problems explicitly denied."),
       ("convention", "CARER", "Young carers service referral codes CARER (service implies the need).")]),
    B("C", "blue",
      "Jas goes to YC group Thurs and has a YC card so staff know. Gran now comes at 7.45 to help Claire so Jas is "
      "getting in on time.",
      ["CARER"],
      [("historical", "EDU-ATT", "Lateness resolved (\"getting in on time\"), not coded (conv 3)."),
       ("not-coded", "PH", "\"help Claire\" names no health condition in this box (conv 1).")]),
]))

# ---------------------------------------------------------------- Z005
CASES.append(C("Ashcombe", "2025-10-20", "2026-03-06", [
    B("A", "yellow",
      "• Dad Marek made redundant from the warehouse Aug — UC claim made, 5 wk wait, rent arrears £640 • not claiming FSM, "
      "didn't know they could • Zofia (9) no coat, shoes held together with tape • Kuba (6) told TA 'there was no breakfast again'",
      ["FIN", "SAFE-NEG"],
      [("convention", "HOUS", "Rent arrears with no notice or eviction risk are FIN, not HOUS."),
       ("convention", "SAFE-NEG", "Hungry child and no coat / taped shoes = basic care, SAFE-NEG (conv 10).")]),
    B("A", "green",
      "• FSW helped Ola with FSM + HAF forms — they can't stretch to £2.60 a day for dinners • Zofia's reading age 2 yrs "
      "behind, SENCo doing dyslexia screener",
      ["FIN", "EDU-SEND"],
      [("convention", "FIN", "FSM coded FIN here only because the money problem is stated (can't afford dinners).")]),
    B("C", "green",
      "• Marek started nights at the bakery 4 nights/wk • Ola using the community food pantry (£5 a week) to stretch the "
      "budget • Zofia on SEN support - coloured overlay + Toe by Toe with TA 3x wk • both kids in full uniform and eating "
      "at breakfast club",
      ["FIN", "EDU-SEND"],
      [("convention", "FIN", "Night work is not FIN (conv 5) but the food pantry is food poverty, FIN (conv 10)."),
       ("historical", "SAFE-NEG", "Uniform and breakfast now fine: resolved, not coded.")]),
]))

# ---------------------------------------------------------------- Z006
CASES.append(C("Fenmoor", "2025-11-03", "2026-02-13", [
    B("A", "yellow",
      "• Ruby (12) Yr7 • kicked out of the Yr7 Snapchat group, then screenshots of her passed round with nasty comments "
      "• crying in the toilets, says she doesn't want to come in • 89% this half term (98% in Yr6) • Mum Dani wants the "
      "girls excluded • restorative meeting held with 2 of them, 3rd girl's parents refused",
      ["SAFE-EXP", "MH-CHILD", "EDU-ATT"],
      [("outside", "EDU-EXC", "Exclusion is wanted for other pupils, outside the household: not EDU-EXC."),
       ("convention", "SAFE-EXP", "Online group-chat bullying of the child = SAFE-EXP.")]),
    B("C", "blue",
      "Ruby has left/muted the group, Dani goes through her privacy settings with her every Sunday. Ruby says the year "
      "group has 'moved on'.",
      ["SAFE-EXP"],
      [("convention", "SAFE-EXP", "Blue box: online safety being managed by the family = present (conv 3).")]),
    B("C", "green",
      "96% since Xmas. Still anxious on Sunday nights, form tutor checks in fortnightly.",
      ["MH-CHILD"],
      [("not-coded", "EDU-ATT", "96% is good news with no need stated in this box (conv 3).")]),
]))

# ---------------------------------------------------------------- Z007
CASES.append(C("Kestrel Park", "2025-11-10", "2026-05-15", [
    B("A", None,
      "Home visit with SENCo. Leon (7) — on the neurodevelopmental pathway for ASD since June, approx 18 month wait. "
      "Meltdowns most days after school, Mum (Priya) having to hold him to stop him running into the road. Priya asked "
      "about an EHCP, SENCo to apply for EHNA in spring. Dad works away on the rigs, 2 wks on 2 off. Priya says her "
      "anxiety is back, has rung the GP.",
      ["EDU-SEND", "REL-PAR", "MH-ADULT"],
      [("convention", "", "Unboxed: cues are SENCo and GP only (green); one level for all codes (conv 2)."),
       ("not-coded", "REL-CONF", "Dad working away is not relationship breakdown."),
       ("convention", "EDU-SEND", "On the ASD pathway codes EDU-SEND (conv 4).")],
      note_level="green"),
    B("C", "green",
      "• LA agreed to assess, EP visit done 3/3, report recieved • Leon has 1:1 TA mornings • still waiting on ASD pathway",
      ["EDU-SEND"]),
    B("C", "yellow",
      "• Priya doing the Cygnet parenting course at the family hub (wk 4 of 6) • visual timetable at home, meltdowns "
      "down to 1-2 a wk",
      ["REL-PAR"],
      [("not-coded", "EDU-SEND", "Nothing about education or SEN in this box's own text (conv 1).")]),
]))

# ---------------------------------------------------------------- Z008
CASES.append(C("Brindley Vale", "2025-11-17", "2026-04-17", [
    B("A", "red",
      "• Ellis (15) and Poppy (10) on CP plans (emotional harm) since ICPC 4/11 • Mum's partner Dean arrested 28/10 for "
      "assault on Kerry, bailed not to attend the address • Kerry says she wants him back",
      ["DA"],
      [("convention", "CRIME", "Partner's arrest for assaulting the adult victim is DA only (conv 7).")]),
    B("A", "orange",
      "• MARAC 6/11, IDVA allocated • Ellis 64% — staying off 'in case Dean comes round' • Poppy (10) wetting the bed again",
      ["DA", "EDU-ATT", "PH"],
      [("convention", "PH", "Bedwetting at school age is PH (conv 9).")]),
    B("A", "yellow",
      "• FSW to start Stepping Stones (DA recovery) work with Poppy in school • Ellis turned down the school counsellor, "
      "says he's 'fine'",
      ["DA"],
      [("convention", "DA", "A DA recovery programme codes DA, like the Freedom Programme (conv 4)."),
       ("not-coded", "MH-CHILD", "Counsellor refused and no emotional difficulty described.")]),
    B("C", "yellow",
      "• non-mol in place, Dean no contact since Feb • Kerry on the Freedom Programme Thurs mornings • Ellis 83% — up from "
      "64%, still PA",
      ["DA", "EDU-ATT"],
      [("convention", "DA", "Freedom Programme ongoing codes DA (conv 4) even though contact has stopped.")]),
    B("C", "green",
      "Poppy dry most nights, school nurse gave her an alarm. Sees Mrs Okafor (ELSA) every Weds.",
      ["PH", "MH-CHILD"],
      [("convention", "PH", "Green box: bedwetting managed with an alarm, 'most nights' = now managing, present (conv 3)."),
       ("convention", "MH-CHILD", "ELSA sessions are an ongoing emotional-wellbeing service (conv 4).")]),
]))

# ---------------------------------------------------------------- Z009
CASES.append(C("Ashcombe", "2025-11-24", "2026-04-10", [
    B("A", "yellow",
      "• Mason (10) 79%, Lily-Mae (7) 81% - both PA • 8 days in Turkey in Oct, term time, unauthorised, FPN issued "
      "• Dad Steve: 'they needed a break after their mum left' • Mum moved out July, kids with her alt weekends, rows at "
      "every handover • Steve has COPD, GP reviewing inhalers • he used to drink heavily, stopped in 2019, 1-2 cans at "
      "the weekend now, no concerns re alcohol",
      ["EDU-ATT", "REL-CONF", "PH"],
      [("historical", "SUB", "Heavy drinking stopped in 2019; current drinking explicitly not a concern."),
       ("not-coded", "FIN", "A fixed penalty notice is not described as a money problem.")]),
    B("C", "green",
      "Mason 93%, Lily-Mae 94% this term. Attendance officer keeping both on monthly monitoring till July, Steve says he definately wants them in every day. Steve + their "
      "mum now use a co-parenting app for handovers, fewer rows.",
      ["EDU-ATT", "REL-CONF"],
      [("convention", "EDU-ATT", "Green box: improved but still monitored = now managing, present (conv 3/4)."),
       ("convention", "REL-CONF", "Green box: fewer rows, still some, managed by app = present.")]),
]))

# ---------------------------------------------------------------- Z010
CASES.append(C("Fenmoor", "2025-12-01", "2026-05-08", [
    B("A", "orange",
      "• Skye (15) Yr11 on PTT (mornings only) since Oct following 2 suspensions for fighting • CAMHS assessed, now on "
      "ADHD pathway • picked up by police 1am 22/11 in town centre with older males after Mum (Tracey) reported her missing",
      ["EDU-ATT", "EDU-EXC", "MH-CHILD", "EDU-SEND", "SAFE-EXP"],
      [("convention", "CRIME", "Police finding a missing child is safeguarding, not CRIME (conv 7)."),
       ("convention", "MH-CHILD", "CAMHS named: codes MH-CHILD (service implies the need)."),
       ("convention", "EDU-SEND", "ADHD pathway codes EDU-SEND (conv 4)."),
       ("convention", "EDU-EXC", "Recent suspensions this term, not described as over: present.")]),
    B("A", "yellow",
      "• Connor (17) dropped out of L2 plumbing at college in Nov, in bed till 2 most days, 'not interested' in Youth Hub "
      "• Tracey works 2 jobs (cleaning + Tesco nights) — no money issues per Tracey",
      ["EDU-NEET"],
      [("convention", "FIN", "NEET alone gets no FIN (conv 11); money issues denied; shift work not FIN (conv 5).")]),
    B("C", "orange",
      "• no missing episodes since Jan but police intel still links Skye to the same group • ADHD dx confirmed March, SEN "
      "support plan + meds",
      ["SAFE-EXP", "EDU-SEND"],
      [("partial", "SAFE-EXP", "Missing episodes are historical but the current link to the group is a live exploitation risk."),
       ("not-coded", "PH", "ADHD medication read as part of the ADHD/SEN picture, not PH."),
       ("not-coded", "CRIME", "Police intelligence about a group is not offending by Skye.")]),
    B("C", "yellow",
      "• Connor on the Next Steps 12 wk employability programme since 2/3 • Skye back on full timetable after Easter, "
      "2 IE days this half term",
      ["EDU-NEET", "EDU-EXC"],
      [("convention", "EDU-NEET", "Ongoing NEET re-engagement programme codes its area (conv 4)."),
       ("historical", "EDU-ATT", "Back on full timetable: part-time timetable over.")]),
]))

# ---------------------------------------------------------------- Z011
CASES.append(C("Kestrel Park", "2025-12-03", "2026-05-22", [
    B("A", "orange",
      "• headlice ongoing • Harley (9) + Ava (6) in unwashed uniform, other kids commenting on the smell • Ava: 'we can't "
      "have a bath, it's broke' • home visit: black mould in both bedrooms, landlord served S21 last wk • Blake (3) not "
      "taking up his 15 hrs",
      ["SAFE-NEG", "HOUS", "EYD"],
      [("convention", "EYD", "Under-5 not taking up funded nursery hours = EYD (conv 9)."),
       ("convention", "HOUS", "Section 21 notice and mould = HOUS.")]),
    B("A", "yellow",
      "• Mum Jade says she's 'drowning' - council tax arrears + catalogue debt, referred to Citizens Advice • FSM already "
      "in place for Harley + Ava",
      ["FIN"],
      [("not-coded", "MH-ADULT", "'drowning' is a figure of speech about debt, not a mental-health statement.")]),
    B("C", "yellow",
      "• moved to a housing association flat in April, no damp • Citizens Advice set up a DRO, Jade paying £20/m to "
      "council tax",
      ["FIN"],
      [("historical", "HOUS", "Moved, no damp: housing problem over (conv 3)."),
       ("convention", "FIN", "Debt still being repaid under a DRO: a current debt, present.")]),
    B("C", "green",
      "Blake started at Kestrel Park nursery after Easter and is settling. Kids clean, in uniform, lice treated.",
      [],
      [("historical", "EYD", "Nursery now taken up: resolved, no need stated in this box."),
       ("historical", "SAFE-NEG", "Hygiene resolved; nothing current.")]),
]))

# ---------------------------------------------------------------- Z012
CASES.append(C("Brindley Vale", "2025-12-08", "2026-06-05", [
    B("A", "red",
      "• CIN plan (s17) since Nov, SW Hannah • Mum Nicola relapsed on alcohol — came to Tia's (4) nursery pick up smelling "
      "of drink 18/11 • Jordan (13) doing most of the cooking and getting Tia to nursery • Nicola now seeing Pathway "
      "Recovery, keyworker Sam • Jordan 8 lates + 2 detentions for no homework",
      ["SUB", "CARER", "EDU-ATT", "EDU-EXC"],
      [("convention", "EDU-EXC", "Detentions = behaviour at school."),
       ("not-coded", "EYD", "Tia's nursery named only as a place; no early-years need.")]),
    B("C", "yellow",
      "• Nicola 10 wks alcohol free, still at Pathway Recovery fortnightly • Jordan at the YC group Tuesdays",
      ["SUB", "CARER"],
      [("convention", "SUB", "Ongoing drug and alcohol service codes SUB (conv 4) despite 10 weeks abstinent.")]),
    B("C", "blue",
      "Nicola's mum does Tia's nursery run Mon + Fri. Nicola says she rings her sponsor when she has a bad day.",
      ["SUB"],
      [("convention", "SUB", "Blue box: recovery being managed through her own network (sponsor) = present (conv 3).")]),
]))

# ---------------------------------------------------------------- Z013
CASES.append(C("Fenmoor", "2026-01-12", "2026-05-29", [
    B("A", "green",
      "• Oscar (12) Yr7, EHCP (ASD + SLCN) • AR due Feb, parents want specialist place, school feels it can meet need",
      ["EDU-SEND"],
      [("not-coded", "REL-CONF", "Parents disagreeing with school is not parental conflict.")]),
    B("A", "yellow",
      "• won't get in the LA taxi since Xmas, missed 9 days • Dad Paul gave up agency driving to take him in — now on UC "
      "and behind on the gas • Mum Fiona has fibromyalgia, can't drive",
      ["EDU-ATT", "FIN", "PH"],
      [("convention", "FIN", "UC plus gas arrears and loss of work: a money problem is described (conv 5).")]),
    B("C", "green",
      "• AR held, EHCP amended — Harbour View (specialist) named from Sept • Oscar in 4 days a wk, travel buddy on the "
      "taxi • Paul back on agency shifts",
      ["EDU-SEND", "EDU-ATT"],
      [("partial", "EDU-ATT", "Attending 4 days a week: still missing a day, present."),
       ("historical", "FIN", "Back in work; shifts are not FIN (conv 5).")]),
]))

# ---------------------------------------------------------------- Z014
CASES.append(C("Ashcombe", "2025-09-15", "2026-02-20", [
    B("A", "yellow",
      "• Grace (5) Reception • late every day so far, avg 25 mins • Mum Chloe on her own with Grace + Noah (2), says she "
      "can't get them both out the door • FSW to do routines work",
      ["EDU-ATT", "REL-PAR"]),
    B("A", "green",
      "HV 2yr check for Noah — only a handful of words, referred to SALT. Grace settling well in class.",
      ["EYD"],
      [("convention", "EYD", "Under-5 speech delay is EYD (conv 9).")]),
    B("C", None,
      "Closure call w/ Chloe. Grace late x3 in last 6 wks, bags and uniform now done the night before. Noah still on "
      "SALT waiting list, HV to chase. EHW to do last visit 27/2 then close.",
      ["EDU-ATT", "EYD"],
      [("convention", "", "Unboxed: highest cue is the EHW (yellow) above the HV (green); all codes yellow (conv 2)."),
       ("convention", "REL-PAR", "Bags done the night before is only something now managed; 'now managing' counts only at blue/green (rule + conv 3) and this note is yellow: not coded."),
       ("partial", "EDU-ATT", "Still late three times in six weeks: present.")],
      note_level="yellow"),
]))

# ---------------------------------------------------------------- Z015
CASES.append(C("Kestrel Park", "2026-01-19", "2026-05-01", [
    B("A", "yellow",
      "• Tobi (10) Yr5 — 5 trips to the reset room this month, threw a chair in PE • teacher says out of character • baby "
      "Kemi born Sept, Mum Adaeze dx PND, on sertraline, perinatal MH team visiting",
      ["EDU-EXC", "MH-ADULT"],
      [("convention", "EDU-EXC", "Reset room (in-school removal) and throwing a chair = behaviour at school.")]),
    B("A", "blue",
      "• grandparents flying over from Lagos for 3 months to help with the baby • not eligible for FSM, both parents "
      "working, no money worries",
      [],
      [("negated", "FIN", "No money worries; not eligible for FSM."),
       ("not-coded", "", "Extended-family help with no need stated.")]),
    B("C", "green",
      "• no reset room visits since Feb half term • Adaeze still on sertraline, says she 'feels like herself again' "
      "• HV happy with Kemi's weight",
      ["MH-ADULT"],
      [("historical", "EDU-EXC", "\"no reset room visits since Feb half term\" = over (conv 3)."),
       ("convention", "MH-ADULT", "Ongoing antidepressant treatment codes MH-ADULT (conv 4)."),
       ("not-coded", "PH", "Baby's weight is good news, no need.")]),
]))

# ---------------------------------------------------------------- Z016
CASES.append(C("Brindley Vale", "2026-01-26", "2026-06-12", [
    B("A", "red",
      "• strategy meeting 20/1 — Deshawn (15) found in Bristol with 14 wraps of crack + £600 cash, NRM referral made "
      "• s47 ongoing",
      ["SAFE-EXP", "CRIME"],
      [("convention", "SUB", "Drugs found on an exploited child are SAFE-EXP and CRIME, not SUB (conv 12).")]),
    B("A", "orange",
      "• PEX from Brindley Vale Academy 15/1 (knife in bag) • at Northgate PRU 3 days a wk • YOS allocated re the "
      "possession charge",
      ["EDU-EXC", "EDU-ATT", "CRIME"],
      [("convention", "EDU-ATT", "Three days a week at the PRU = part-time timetable."),
       ("convention", "CRIME", "YOS = youth justice (conv 7).")]),
    B("C", "orange",
      "• Deshawn on a referral order, YOS worker weekly • no further missing or police contact since March • PRU 5 days "
      "now, 88% attendance",
      ["CRIME", "EDU-ATT", "EDU-EXC"],
      [("historical", "SAFE-EXP", "No missing or police contact since March: the exploitation mentions are over in this box."),
       ("convention", "EDU-EXC", "Still placed at a PRU after permanent exclusion: an ongoing exclusion placement (conv 4 by analogy)."),
       ("convention", "EDU-ATT", "88% is below the 90% persistent-absence line: present.")]),
    B("C", "yellow",
      "• Kayla (12) seeing MHST weekly — was getting comments in the Yr8 group chat about her brother, stopped after HoY "
      "spoke to parents • Mum Sharon works nights at the hospital, Kayla at her aunt's those nights",
      ["MH-CHILD"],
      [("historical", "SAFE-EXP", "Group-chat comments \"stopped\" (conv 3)."),
       ("convention", "FIN", "Night work is not FIN (conv 5)."),
       ("outside", "", "Other pupils' parents are outside the household.")]),
]))

# ---------------------------------------------------------------- Z017
CASES.append(C("Ashcombe", "2026-02-02", "2026-06-19", [
    B("A", "yellow",
      "• Mum Rachel halfway through chemo (breast ca), wiped out most days • Ella (14) doing the washing, the shop and "
      "Sam's (8) bedtime — YC assessment done, waiting for a group place • Ella 86%",
      ["PH", "CARER", "EDU-ATT"]),
    B("A", "green",
      "• Sam (8) wetting the bed since Mum's diagnosis • Macmillan nurse visits Rachel at home • Ella's friend's mum takes "
      "Sam to football Saturdays • school would look at a part-time timetable for Ella if Rachel needs surgery after chemo",
      ["PH"],
      [("hypothetical", "EDU-ATT", "Part-time timetable only 'if Rachel needs surgery'."),
       ("outside", "", "Friend's mum is outside the household.")]),
    B("C", "green",
      "• Rachel finished chemo in April, on hormone tablets, GP reviewing • Ella 92%, still goes to YC group monthly",
      ["PH", "CARER"],
      [("convention", "PH", "Chemo over but ongoing hormone treatment codes PH (conv 4)."),
       ("not-coded", "EDU-ATT", "92% with no need stated.")]),
]))

# ---------------------------------------------------------------- Z018
CASES.append(C("Fenmoor", "2026-02-09", "2026-06-26", [
    B("A", "orange",
      "• 6 in a 2 bed flat, Mia (13) sleeps on the sofa • Leanne + Craig seperated in Dec but neither has anywhere else to "
      "go — shouting most nights, neighbour called police 1/2 re noise • no DV disclosed by either, no offences • housing "
      "register band B • Mia: 4 detentions + 1 IE this half term (phone, backchat)",
      ["HOUS", "REL-CONF", "EDU-EXC"],
      [("negated", "DA", "\"no DV disclosed\": arguments between separated parents are REL-CONF (conv 8)."),
       ("not-coded", "CRIME", "Noise call-out with no offences and not about a young person (conv 7)."),
       ("convention", "HOUS", "Overcrowding = HOUS.")]),
    B("C", "yellow",
      "• Craig moved to his brother's in April, contact Weds + every other weekend agreed at mediation, still the odd row "
      "between them about Mia's phone • still on the list for a 3 bed",
      ["REL-CONF", "HOUS"],
      [("convention", "REL-CONF", "Rows between the separated parents continue: present."),
       ("not-coded", "REL-PAR", "The row is between the parents (about Mia's phone), not between parent and child (conv 8).")]),
]))

# ---------------------------------------------------------------- Z019
CASES.append(C("Kestrel Park", "2026-02-23", "2026-04-17", [
    B("A", None,
      "Drop-in with pastoral lead. Sophie's hours at the nursery cut to 16 a wk, struggling with the gas and electric. "
      "Asked about free school meals for Maisie (7) — given the online form link and the uniform swap shop dates. Maisie "
      "happy in class, attends well.",
      ["FIN"],
      [("convention", "", "Unboxed: the pastoral lead is school (green), above signposting (blue); 'nursery' is Sophie's workplace, not a service for the family (conv 2)."),
       ("not-coded", "EDU-ATT", "\"attends well\" is good news (conv 3)."),
       ("not-coded", "EYD", "Nursery is the mother's workplace.")],
      note_level="green"),
    B("C", "blue",
      "FSM in place since March. Sophie's hours back up to 30.",
      [],
      [("convention", "FIN", "FSM in place is treated like a benefit name: not FIN without a money problem (conv 5 by analogy); hours restored = over.")]),
]))

# ---------------------------------------------------------------- Z020
CASES.append(C("Brindley Vale", "2026-03-02", "2026-07-03", [
    B("A", "orange",
      "• Freya (15) Yr10 — not in since 12 Jan, 0% this half term • EBSA, panic attacks in the car park • CAMHS choice "
      "appt 18/3 • Mum Helen mentioned EHE 'if they try to prosecute'",
      ["EDU-ATT", "MH-CHILD"],
      [("hypothetical", "", "Elective home education only 'if they try to prosecute'.")]),
    B("A", "yellow",
      "• Helen - own anxiety, on the Talking Therapies waiting list • works from home, no financial worries • SENCo: no SEN, "
      "bright, predicted 7s",
      ["MH-ADULT"],
      [("negated", "FIN", "\"no financial worries\"."),
       ("negated", "EDU-SEND", "SENCo named but \"no SEN\": a SENCo mention is not a need.")]),
    B("C", "orange",
      "• PTT — 2 hrs a day in the Inclusion Base, building up after Easter • CAMHS CBT ongoing • Helen now having Talking "
      "Therapies sessions by phone",
      ["EDU-ATT", "MH-CHILD", "MH-ADULT"]),
]))

# ---------------------------------------------------------------- Z021
CASES.append(C("Ashcombe", "2026-03-09", "2026-07-10", [
    B("A", "orange",
      "• Dad Lee out of HMP on licence since Feb, living at home, probation weekly • Riley (9) kicking off since — 2 internal "
      "exclusions, hit a TA • Mum Kirsty: Riley 'won't listen to his dad', slams doors, swears at him",
      ["CRIME", "EDU-EXC", "REL-PAR"],
      [("convention", "CRIME", "An adult household member on licence / probation is CRIME (conv 7).")]),
    B("A", "green",
      "Summer (4) Reception — wet/soiled most days, school nurse has given a toileting plan",
      ["EYD"],
      [("convention", "EYD", "Toileting in an under-5 is EYD, not PH (conv 9).")]),
    B("C", "yellow",
      "• Riley 1 IE since Easter, has a safe space pass • Lee's licence ended June",
      ["EDU-EXC"],
      [("historical", "CRIME", "Licence ended: over (conv 3).")]),
]))

# ---------------------------------------------------------------- Z022
CASES.append(C("Fenmoor", "2026-03-16", "2026-06-24", [
    B("A", None,
      "DSL call to Mum (Bex). Lola (14) told a friend she's been cutting, friend told her tutor. Lola says girls in a group "
      "chat have been telling her to 'kys'. Screenshots passed to the PCSO. Referred to CAMHS SPA today. Bex shocked, no "
      "previous concerns at home.",
      ["MH-CHILD", "SAFE-EXP"],
      [("convention", "", "Unboxed: highest cue is CAMHS (orange); all codes orange (conv 2)."),
       ("not-coded", "CRIME", "Screenshots given to the PCSO concern other pupils' conduct, not a household member (conv 6/7)."),
       ("negated", "REL-PAR", "\"no previous concerns at home\"."),
       ("outside", "", "The friend is outside the household.")],
      note_level="orange"),
    B("C", "orange",
      "• CAMHS seen her twice, safety plan in place, cutting less • 2 girls from the chat suspended, Lola moved tutor group "
      "• still getting the odd comment on TikTok, Bex checking her phone",
      ["MH-CHILD", "SAFE-EXP"],
      [("outside", "EDU-EXC", "The suspended girls are outside the household.")]),
]))

# ---------------------------------------------------------------- Z023
CASES.append(C("Kestrel Park", "2026-03-23", "2026-07-08", [
    B("A", "yellow",
      "• Kai (7) taking food out of other kids' lunchboxes, says his tummy hurts • Mum Amy: electric on emergency credit, "
      "food bank twice in Feb • free breakfast club place offered",
      ["SAFE-NEG", "FIN"],
      [("convention", "SAFE-NEG", "Hungry child is SAFE-NEG and the food bank / fuel is FIN: both coded (conv 10).")]),
    B("A", "green",
      "• Leo (9) on SEN support for dyspraxia — writing slope + laptop in lessons • attendance fine for both boys but Kai "
      "late 3-4 mornings a wk • both up to date with jabs",
      ["EDU-SEND", "EDU-ATT"],
      [("partial", "EDU-ATT", "The negation covers attendance only; Kai's lateness is present."),
       ("convention", "PH", "Dyspraxia on SEN support read as disability in education (EDU-SEND), not PH.")]),
    B("C", "green",
      "• Kai no longer taking food, eating all his school dinner • Amy on a smart meter now + got the Warm Home Discount, "
      "still tight some weeks",
      ["FIN"],
      [("historical", "SAFE-NEG", "\"no longer taking food\" = over."),
       ("convention", "FIN", "Still tight some weeks, managing with a fuel discount: present (conv 3).")]),
]))

# ---------------------------------------------------------------- Z024
CASES.append(C("Brindley Vale", "2026-04-13", "2026-07-17", [
    B("A", "orange",
      "• Callum (16) Yr11 — smoking cannabis daily per Dad (Gary), found with a grinder in school, 2 day suspension "
      "• community resolution via YOS for ASB at the skatepark in March • hasn't applied anywhere post-16, at risk of NEET "
      "in Sept",
      ["SUB", "EDU-EXC", "CRIME", "EDU-NEET"],
      [("convention", "SUB", "A young person's cannabis use is SUB (it is not tobacco/vaping, conv 12)."),
       ("convention", "EDU-NEET", "16+ and at risk of NEET is covered by EDU-NEET.")]),
    B("A", "yellow",
      "• referred to Compass (YP drug + alcohol service) • Jack (13) no issues in school or home • Gary on ESA, says he's "
      "'skint by Tuesday', fridge bare by the weekend",
      ["SUB", "FIN", "SAFE-NEG"],
      [("convention", "FIN", "ESA with a money problem described is FIN (conv 5)."),
       ("convention", "SAFE-NEG", "Empty fridge is SAFE-NEG as well as FIN (conv 10).")]),
    B("C", "yellow",
      "• Callum enrolled on Level 1 construction at Brindley College for Sept, if the place falls through he'd be NEET "
      "• still smoking weed at weekends, Compass closed him for not engaging • Gary's work coach doing a budget plan with "
      "him, food bank vouchers x2 since May",
      ["SUB", "FIN"],
      [("hypothetical", "EDU-NEET", "Enrolled; NEET only 'if the place falls through'."),
       ("convention", "SUB", "Service closed but use continues: present.")]),
]))

# ---------------------------------------------------------------- Z025
CASES.append(C("Fenmoor", "2026-01-05", "2026-05-27", [
    B("A", "red",
      "• Brandon (11) + Tegan (8) on CP plans, cat. neglect • home visit: dog mess on floors, no food in cupboards or "
      "fridge • Brandon 68%, Tegan 72%",
      ["SAFE-NEG", "EDU-ATT"]),
    B("A", "orange",
      "• Mum Stacey on methadone script via Pathway Recovery, admits using on top • half-brother Jay (19, lives in "
      "Manchester) on probation",
      ["SUB"],
      [("outside", "CRIME", "Half-brother on probation lives elsewhere: outside the household (conv 6).")]),
    B("A", "yellow",
      "• FSW doing morning routine work with Stacey — wake-up visits 2x wk • Brandon 31 lates since Sept",
      ["REL-PAR", "EDU-ATT"]),
    B("C", None,
      "Review CP conf 20/5: plans ended, stepped down to CIN. Home much improved, fridge stocked on both unannounced "
      "visits. Stacey still on methadone, clean tests since March. Brandon 84%, Tegan 90%. FSW still doing 1 wake-up a wk.",
      ["SUB", "EDU-ATT"],
      [("convention", "", "Unboxed: CIN is a red cue, above the FSW (yellow); all codes red (conv 2)."),
       ("convention", "SUB", "Methadone script ongoing codes SUB (conv 4)."),
       ("not-coded", "SAFE-NEG", "Only improvement described (home improved, fridge stocked): no current neglect in the text.")],
      note_level="red"),
]))

# ---------------------------------------------------------------- Z026
CASES.append(C("Kestrel Park", "2026-04-27", "2026-07-20", [
    B("A", "yellow",
      "• Mum Laura left Evie's dad in 2021 after DV, no contact since, he's in Spain now and drinks heavily per Laura "
      "• Laura's new partner Tom moved in Jan — Evie (9) 'hates him', won't come out of her room, screaming at bedtime "
      "• ELSA with Evie weekly",
      ["REL-PAR", "MH-CHILD"],
      [("historical", "DA", "DV ended in 2021, no contact since."),
       ("outside", "SUB", "Father's drinking: outside the household (conv 6).")]),
    B("A", "green",
      "Evie 97%, no concerns in school. Laura asked about a parenting course as bedtimes are a battle — given Family Hub details.",
      ["REL-PAR"],
      [("negated", "EDU-ATT", "97%, no concerns in school.")]),
    B("C", "blue",
      "Laura + Tom did 'Being a Parent' at the Family Hub. Bedtimes calmer, Evie and Tom go swimming Saturdays.",
      ["REL-PAR"],
      [("convention", "REL-PAR", "Blue box: bedtimes calmer after the course = now managing (conv 3).")]),
]))

# ---------------------------------------------------------------- Z027
CASES.append(C("Brindley Vale", "2026-05-04", "2026-07-14", [
    B("A", "orange",
      "• Zain (13) Yr8, EHCP (ASD) • 2 suspensions this half term + 47 hrs in IE • emergency AR requested • managed move "
      "to Fenmoor floated, parents against • CAMHS discharged him in 2024 after 3 DNAs • no bother at home per Mum (Salma), "
      "helps mind his little cousins when they visit",
      ["EDU-SEND", "EDU-EXC"],
      [("historical", "MH-CHILD", "CAMHS discharge in 2024: past only."),
       ("convention", "CARER", "Minding visiting cousins is not a caring responsibility (CARER is a child who cares)."),
       ("negated", "REL-PAR", "\"no bother at home\".")]),
    B("C", "orange",
      "• AR done, EHCP amended for 1:1 in core subjects • 1 suspension since May • managed move not going ahead",
      ["EDU-SEND", "EDU-EXC"],
      [("partial", "EDU-EXC", "The managed move is off, but a suspension since May keeps EDU-EXC present.")]),
]))

# ---------------------------------------------------------------- Z028
CASES.append(C("Ashcombe", "2026-05-11", "2026-07-21", [
    B("A", "yellow",
      "• Holly (12) helps with Finn's (7) physio every night, lifts him in and out of the bath • Finn has CP (cerebral "
      "palsy), uses a wheelchair • Holly late most Mondays — Mum Donna takes Finn to hospital appts first thing",
      ["CARER", "PH", "EDU-ATT"],
      [("convention", "PH", "'CP' here is cerebral palsy (PH), not child protection; no red content.")]),
    B("A", "blue",
      "• Holly also goes to Nan's after school to help with her shopping, Nan has COPD and lives on Elm Rd",
      ["CARER"],
      [("outside", "PH", "Nan lives elsewhere: her COPD is not coded (conv 6)."),
       ("convention", "CARER", "Holly (household) caring for her nan is still a child with caring responsibilities.")]),
    B("C", "green",
      "• Holly on the school YC register, has a YC ID card • on time Mondays now — LA transport for Finn's appts",
      ["CARER"],
      [("historical", "EDU-ATT", "On time now: resolved."),
       ("not-coded", "PH", "\"Finn's appts\" appear only as a transport arrangement; no health need stated in this box (conv 1).")]),
]))

# ---------------------------------------------------------------- Z029
CASES.append(C("Fenmoor", "2026-02-16", "2026-05-20", [
    B("A", "red",
      "• Theo (14) accommodated s20 with his aunt since Mum (Nadia) was sectioned 6/2 • Theo not in school since, 3 days missed",
      ["MH-ADULT", "EDU-ATT"]),
    B("A", "yellow",
      "• Theo quiet, says he's fine, doesn't want counselling — no self-harm or low mood noted by staff, may need CAMHS if "
      "he starts to struggle • aunt can drop him at the gate on her way to work",
      [],
      [("negated", "MH-CHILD", "No self-harm or low mood noted."),
       ("hypothetical", "MH-CHILD", "CAMHS only 'if he starts to struggle'.")]),
    B("C", "green",
      "• Nadia discharged April, under the CMHT • Theo back home, att 95%",
      ["MH-ADULT"],
      [("convention", "MH-ADULT", "Under the community mental health team = ongoing service (conv 4)."),
       ("not-coded", "EDU-ATT", "95%: good news.")]),
]))

# ---------------------------------------------------------------- Z030
CASES.append(C("Kestrel Park", "2026-05-18", "2026-07-06", [
    B("A", None,
      "Rob rang. Ivy (6) late x6 this half term — his early shifts at the depot clash with drop off. Gave him info on "
      "wraparound childcare options; he's going to ask his sister to do Tues/Thurs. No concerns re food or money.",
      ["EDU-ATT"],
      [("convention", "", "Unboxed: only information given and own network (sister): blue (conv 2)."),
       ("negated", "FIN", "No concerns re money; early shifts are not FIN (conv 5)."),
       ("negated", "SAFE-NEG", "No concerns re food.")],
      note_level="blue"),
    B("C", "blue",
      "Rob's sister doing Tues + Thurs drop offs. Ivy on time most days, 2 lates since May half term.",
      ["EDU-ATT"],
      [("partial", "EDU-ATT", "Still two lates; being managed via own network (conv 3).")]),
]))

# ---------------------------------------------------------------- Z031
CASES.append(C("Brindley Vale", "2025-10-27", "2026-03-12", [
    B("A", "red",
      "• Mum Aisha fled with Maryam (10) + Omar (7) from partner Karim 10/10, refuge then B&B (TA) in Brindley • strategy "
      "discussion 14/10, s47 — Omar said Karim hit him with a belt",
      ["DA", "HOUS"],
      [("convention", "HOUS", "Refuge and B&B temporary accommodation = HOUS.")]),
    B("A", "orange",
      "• MARAC 21/10 • kids not on roll anywhere yet, in-year admission to Brindley Vale Primary in progress • one room in "
      "the B&B, no cooking facilities • Aisha anxious and low, GP started sertraline • legacy benefits stopped on the move, "
      "no income for 3 wks, FSW helping with the UC claim",
      ["DA", "EDU-ATT", "HOUS", "MH-ADULT", "FIN"],
      [("convention", "EDU-ATT", "Children not on roll / missing education read as an attendance need."),
       ("not-coded", "SAFE-NEG", "No cooking facilities is a housing condition, not parental neglect.")]),
    B("C", "orange",
      "• moved into a 2 bed council flat Feb, secure tenancy • non-mol in place, Karim breached it 2/3 and was arrested "
      "• both kids on roll at Brindley Vale Primary, Omar 88%",
      ["DA", "EDU-ATT"],
      [("historical", "HOUS", "Secure tenancy now: housing need over."),
       ("convention", "CRIME", "Ex-partner's breach and arrest is DA only (conv 7).")]),
    B("C", "yellow",
      "• Aisha still on sertraline, starts the Freedom Programme in April • UC sorted, paying the advance back £45/m",
      ["MH-ADULT", "DA", "FIN"],
      [("convention", "DA", "Booked onto the Freedom Programme: like 'awaiting a CAMHS appointment', codes DA (conv 4)."),
       ("convention", "FIN", "UC advance being repaid = current debt.")]),
]))

# ---------------------------------------------------------------- Z032
CASES.append(C("Ashcombe", "2025-12-15", "2026-03-27", [
    B("A", "green",
      "• Alfie (10) — SENCo screening for dyslexia, going on the SEN support register in Jan, may need EP if no progress by "
      "summer • no attendance or behaviour concerns • cousin Brody (same class, lives with his nan) suspended last wk for "
      "fighting, Alfie misses him at lunch • neighbours' teenagers throwing stones at Becky's car, she's reported it to the "
      "council ASB team herself",
      ["EDU-SEND"],
      [("negated", "EDU-ATT", "\"no attendance ... concerns\"."),
       ("partial", "EDU-SEND", "The EP assessment is hypothetical ('may need ... if no progress') but the dyslexia screening and SEN support are current."),
       ("outside", "EDU-EXC", "Cousin's suspension: outside the household."),
       ("outside", "CRIME", "Neighbours' ASB: outside the household; no HOUS effect described (conv 6).")]),
    B("C", "green",
      "• SEN support plan in place — Nessy 3x a wk, reader in tests • Becky happy for case to close",
      ["EDU-SEND"]),
]))

# ---------------------------------------------------------------- Z033
CASES.append(C("Kestrel Park", "2026-01-21", "2026-06-03", [
    B("A", None,
      "FSW home visit. Landlord has served a possession notice, court date 9/2 — rent arrears £2,100 since Jamie's hours at "
      "the plant dropped. Kayleigh says Jamie's on 8 cans a night now and they're rowing most nights. Logan (8) told his "
      "teacher the shouting keeps him awake, nodding off in maths. Harper (3) in nursery 30 hrs, no concerns there.",
      ["HOUS", "FIN", "SUB", "REL-CONF", "PH"],
      [("convention", "", "Unboxed: possession notice is an orange cue, above FSW (yellow) and nursery/teacher (green) (conv 2)."),
       ("convention", "PH", "School-age child's sleep disturbed = PH (conv 9)."),
       ("not-coded", "DA", "Rowing with no abuse described: REL-CONF (conv 8)."),
       ("negated", "EYD", "Harper: no concerns.")],
      note_level="orange"),
    B("C", "yellow",
      "• possession hearing adjourned on terms — £60/m on top of rent • Jamie self-referred to Pathway Recovery, down to "
      "weekends only",
      ["HOUS", "FIN", "SUB"],
      [("convention", "HOUS", "Possession adjourned on terms: the tenancy is still at risk, present."),
       ("convention", "SUB", "Still drinking at weekends and in a service: present.")]),
    B("C", "green",
      "Logan sleeping better, school nurse's sleep pack in use, teacher says he's more alert.",
      ["PH"],
      [("convention", "PH", "Green box: sleep being managed with the school nurse pack = now managing (conv 3).")]),
]))


# ---------------------------------------------------------------- build
LEVELS = ["blue", "green", "yellow", "orange", "red"]


def build():
    nar_rows, gold_rows, traps = [], [], {}
    for i, case in enumerate(CASES, start=1):
        cid = "Z%03d" % i
        for n in case["narratives"]:
            stage = "assessment" if n["stage"] == "A" else "closure"
            date = case["a_date"] if n["stage"] == "A" else case["c_date"]
            tid = "%s-%s" % (cid, n["stage"])
            if n["level"]:
                nid = "%s-%s" % (tid, n["level"])
                glevel = n["level"]
            else:
                nid = "%s-note" % tid
                glevel = n["note_level"]
            assert glevel in LEVELS, nid
            nar_rows.append([nid, tid, cid, stage, date, n["level"] or "", case["locality"], n["text"]])
            assert len(set(n["codes"])) == len(n["codes"]), nid
            for code in n["codes"]:
                gold_rows.append([nid, code, glevel])
            if n["traps"]:
                traps[nid] = n["traps"]
    return nar_rows, gold_rows, traps


def write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(header)
        w.writerows(rows)


def main():
    nar_rows, gold_rows, traps = build()
    write_csv(os.path.join(HERE, "narratives.csv"),
              ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"], nar_rows)
    write_csv(os.path.join(HERE, "gold.csv"), ["narrative_id", "code", "level"], gold_rows)
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(traps, f, ensure_ascii=False, indent=1)
        f.write("\n")

    cases = {r[2] for r in nar_rows}
    triages = {r[1] for r in nar_rows}
    notes = [r for r in nar_rows if not r[5]]
    with_gold = {g[0] for g in gold_rows}
    print("set %s" % SET_ID)
    print("cases %d, triages %d, narratives %d (boxed %d, unboxed notes %d)"
          % (len(cases), len(triages), len(nar_rows), len(nar_rows) - len(notes), len(notes)))
    print("narratives with no gold rows: %d" % (len(nar_rows) - len(with_gold)))
    print("gold rows %d" % len(gold_rows))
    print("by code: " + ", ".join("%s %d" % kv for kv in sorted(Counter(g[1] for g in gold_rows).items())))
    print("by level: " + ", ".join("%s %d" % (l, Counter(g[2] for g in gold_rows)[l]) for l in LEVELS))
    print("by stage: " + ", ".join("%s %d" % kv for kv in sorted(Counter(r[3] for r in nar_rows).items())))
    print("localities: " + ", ".join("%s %d" % kv for kv in sorted(Counter(r[6] for r in nar_rows).items())))
    print("narratives with trap notes: %d (%d notes)" % (len(traps), sum(len(v) for v in traps.values())))


if __name__ == "__main__":
    main()
