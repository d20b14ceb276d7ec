#!/usr/bin/env python3
"""Blind gold set z114: bereavement and a parent's serious or terminal illness
in an (invented) Hampshire market town, 2025-26.

Written blind from /work/shared/taxonomy.md only. Voices: a hospice family-support
worker (FSW, Saxonbury Hospice) and a school early help lead (EHL).

Each narrative is added one at a time with add(): its gold codes (present only)
and its trap notes. Running this file writes narratives.csv, gold.csv and
traps.json (UTF-8, no BOM, CRLF) and prints counts.
"""
import csv
import json
import os
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))

# case -> (locality, assessment date, closure date)
CASES = OrderedDict([
    ("Z001", ("Marlstone", "2025-01-20", "2025-07-14")),
    ("Z002", ("Fennick Green", "2025-10-06", "2026-03-02")),
    ("Z003", ("Abbots Hatch", "2025-03-10", "2025-09-22")),
    ("Z004", ("Seddon Vale", "2025-05-12", "2025-11-17")),
    ("Z005", ("Marlstone", "2025-06-09", "2025-12-08")),
    ("Z006", ("Fennick Green", "2025-02-03", "2025-08-18")),
    ("Z007", ("Abbots Hatch", "2025-08-26", "2026-01-14")),
    ("Z008", ("Seddon Vale", "2025-09-15", "2026-02-09")),
    ("Z009", ("Marlstone", "2025-04-07", "2025-12-01")),
    ("Z010", ("Fennick Green", "2025-06-23", "2026-01-12")),
    ("Z011", ("Abbots Hatch", "2025-11-03", "2026-02-23")),
    ("Z012", ("Seddon Vale", "2025-09-29", "2026-03-23")),
    ("Z013", ("Marlstone", "2025-05-19", "2025-11-10")),
    ("Z014", ("Fennick Green", "2025-09-29", "2026-04-13")),
    ("Z015", ("Abbots Hatch", "2025-07-07", "2026-01-19")),
    ("Z016", ("Seddon Vale", "2025-02-17", "2025-08-04")),
    ("Z017", ("Marlstone", "2025-08-11", "2026-01-26")),
    ("Z018", ("Fennick Green", "2025-10-20", "2026-03-16")),
    ("Z019", ("Abbots Hatch", "2025-12-01", "2026-05-11")),
    ("Z020", ("Seddon Vale", "2025-03-24", "2025-10-06")),
    ("Z021", ("Marlstone", "2025-01-13", "2025-06-30")),
    ("Z022", ("Fennick Green", "2026-03-09", "2026-07-20")),
    ("Z023", ("Abbots Hatch", "2025-04-28", "2025-12-15")),
    ("Z024", ("Seddon Vale", "2025-09-08", "2026-02-02")),
    ("Z025", ("Marlstone", "2025-11-24", "2026-04-20")),
    ("Z026", ("Abbots Hatch", "2025-08-18", "2026-01-26")),
    ("Z027", ("Seddon Vale", "2025-10-13", "2026-03-30")),
    ("Z028", ("Marlstone", "2026-01-12", "2026-06-29")),
    ("Z029", ("Fennick Green", "2025-07-21", "2026-01-05")),
    ("Z030", ("Seddon Vale", "2025-05-05", "2025-11-24")),
    ("Z031", ("Abbots Hatch", "2025-12-08", "2026-05-18")),
    ("Z032", ("Fennick Green", "2025-07-28", "2026-01-19")),
])

NARR = []   # dicts
GOLD = []   # (narrative_id, code, level)
TRAPS = OrderedDict()


def add(case, stage, level, text, codes, traps=(), note_level=None):
    """level: box level, or None for an unboxed note (then note_level is the
    single level its codes take, from the highest cue in its text)."""
    loc, da, dc = CASES[case]
    st = {"A": "assessment", "C": "closure"}[stage]
    date = da if stage == "A" else dc
    tid = "%s-%s" % (case, stage)
    nid = "%s-%s" % (tid, level if level else "note")
    NARR.append(OrderedDict(narrative_id=nid, triage_id=tid, case_id=case, stage=st,
                            date=date, level=level or "", locality=loc, narrative=text))
    glevel = level if level else note_level
    if codes and not glevel:
        raise SystemExit("note %s has codes but no level" % nid)
    for c in codes:
        GOLD.append((nid, c, glevel))
    if traps:
        TRAPS[nid] = [{"type": t, "code": c, "note": n} for (t, c, n) in traps]


# ---------------------------------------------------------------- Z001
add("Z001", "A", "green",
    "Maisie (9) waking 3-4 times most nights since Mum's scan results in Nov and ends up in her parents bed. "
    "School nurse has given Rob a sleep diary and some bedtime routine info. Attendance 97% and class teacher "
    "has no concerns about her in school.",
    ["PH"],
    [("convention", "PH", "Sleep problem in a school-age child is PH (conv 9)."),
     ("negated", "MH-CHILD", "Class teacher has no concerns in school; no emotional need stated."),
     ("not-coded", "EDU-ATT", "97% attendance is good news only (conv 3).")])

add("Z001", "A", "yellow",
    "Claire (41) - secondary breast ca (liver + bones), under the Saxonbury Hospice community team, oral chemo "
    "for symptom control. Finn (13) is doing a lot: gets Maisie up and dressed for school and helps Mum to the "
    "bathroom in the night when Rob is on earlies. Finn referred to Marlstone Young Carers for an assessment. "
    "Rob says he feels 'on autopilot' but is eating and sleeping ok and doesn't feel he needs anything for "
    "himself right now.",
    ["PH", "CARER"],
    [("negated", "MH-ADULT", "Rob: 'on autopilot' but eating/sleeping ok and no need; no MH issue described."),
     ("partial", "PH", "Rob's sleep is described as ok (negated); PH is coded for Claire's cancer only.")])

add("Z001", "C", "blue",
    "Finn goes to the YC group every other Thurs and has a young carer card for school. Rob has dropped his "
    "early shifts so Finn hardly does any night-time help for Mum now, just the odd evening. Claire still at "
    "home, hospice CNS visiting weekly. Maisie sleeping through since Easter.",
    ["CARER", "PH"],
    [("convention", "CARER", "Reduced but continuing caring (odd evening, YC group) is 'now managing' in a blue box (conv 3)."),
     ("partial", "PH", "Maisie's sleep problem is over ('sleeping through since Easter'); PH is coded for Claire's ongoing illness only.")])

# ---------------------------------------------------------------- Z002
add("Z002", "A", "yellow",
    "Darren (44) died suddenly at home on 9/8 (cardiac arrest). Leanne borrowed £3,200 off her sister to pay for "
    "the funeral and the DWP Funeral Expenses Payment still hasn't come through. Household gone from 2 wages to "
    "1 and she is 2 months behind on council tax. EHW going with her to Citizens Advice on the 14th.",
    ["FIN"],
    [("historical", "PH", "The death itself is past and Darren is no longer in the household; no PH.")])

add("Z002", "A", "orange",
    "Tenancy with Vale Homes was in Darren's sole name. Vale say Leanne can't succeed because there was already a "
    "succession when Darren took it over from his mum in 2014, and they have served a notice to quit. Leanne "
    "told to apply to the council as homeless, housing options appt 10/10. Tyler (15) says he would rather "
    "'live in a tent' than leave Fennick.",
    ["HOUS"],
    [("partial", "HOUS", "The 2014 succession is history, but the notice to quit served now is a current HOUS risk.")])

add("Z002", "A", "green",
    "Ruby (6) wetting the bed again since Darren died and won't sleep in her own room, sleeping in with Leanne. "
    "GP appt booked for the 20th. Class teacher says she is settled in class and joining in, no worries about "
    "her in school.",
    ["PH"],
    [("convention", "PH", "Bedwetting at school age is PH (conv 9), not EYD."),
     ("negated", "MH-CHILD", "Teacher has no worries; no emotional-wellbeing need stated.")])

add("Z002", "C", "yellow",
    "Leanne offered a sole tenancy of a 2 bed flat with Vale in Jan after housing options got involved, moved in "
    "26/1 and it all went ok. Funeral payment came in Dec (£1,100). She's paying her sister back at £50 a month "
    "and the council tax arrears are on a plan at £35/month.",
    ["FIN"],
    [("historical", "HOUS", "Rehoused with a new tenancy; the housing problem is over."),
     ("convention", "FIN", "Debts still being repaid are a current FIN need.")])

# ---------------------------------------------------------------- Z003
add("Z003", "A", "yellow",
    "Ellis (11) and Poppy (8) lost their mum to MND in Nov 2023. Staff have smelt alcohol on Gareth at pick up "
    "three times this half term and Poppy told her teacher 'Daddy has his special drink every night and falls "
    "asleep on the sofa'. Gareth admits to a bottle of wine most nights, more at weekends, since the 1st "
    "anniversary. He has agreed to a referral to Crossways Recovery.",
    ["SUB"],
    [("historical", "PH", "Mum's MND ended with her death in 2023: historical, and she is no longer in the household.")])

add("Z003", "A", "orange",
    "Ellis has hit a peer twice and swore at a TA - 2 x 1 day suspensions since Jan and now on report. He told "
    "the ELSA he is 'angry all the time and nobody gets it'. GP referred to CAMHS, awaiting triage.",
    ["EDU-EXC", "MH-CHILD"],
    [("convention", "MH-CHILD", "Awaiting CAMHS triage codes MH-CHILD (conv 4).")])

add("Z003", "C", "yellow",
    "Gareth going to the Crossways group weekly, says he's down to 2-3 drinks at the weekend only. School have "
    "had no further concerns at pick up since May.",
    ["SUB"],
    [("convention", "SUB", "Ongoing drug and alcohol service codes SUB (conv 4) even though pick-up concerns have stopped.")])

add("Z003", "C", "orange",
    "Ellis had 6 sessions of trauma-focused CBT with CAMHS, finished in Aug and discharged. No suspensions since "
    "April and his report card has been taken off.",
    [],
    [("historical", "MH-CHILD", "CAMHS work completed and discharged: over."),
     ("historical", "EDU-EXC", "'No suspensions since April', report removed: over.")])

# ---------------------------------------------------------------- Z004
add("Z004", "A", "yellow",
    "Kofi (17) stopped going to his Level 3 at Seddon Vale College in Feb to be at home with Dad and the college "
    "withdrew him in April; not working either. He does most of Kwame's overnight turns and meds so Abena can "
    "sleep before her shift. Careers adviser offered, Kofi said not now - 'I'll sort it after'.",
    ["EDU-NEET", "CARER", "PH"],
    [("convention", "PH", "Overnight turns and meds for Dad describe his ongoing treatment (conv 4)."),
     ("convention", "FIN", "A 16+ NEET young person is EDU-NEET only (conv 11); no household worklessness in this box.")])

add("Z004", "A", "orange",
    "Kwame (52) grade 4 brain tumour, told in March it is not treatable; hospice at home team and DNs in daily. "
    "Kwame was self employed (plumber) and nothing has come in from him since Jan, Abena does 16 hrs at the "
    "pharmacy. UC claim made but first payment not due till June - family using Fennick foodbank. £2,400 "
    "mortgage arrears and a letter from the lender about starting possession proceedings.",
    ["PH", "FIN", "HOUS"],
    [("convention", "FIN", "Foodbank use is FIN (conv 10); no hungry child described so no SAFE-NEG."),
     ("convention", "HOUS", "Lender's letter about possession proceedings is a current risk of losing the home.")])

add("Z004", "C", "yellow",
    "Kwame died at home on 2 Aug with the family with him. Ama (10) back in school full time and seeing the school "
    "counsellor fortnightly, she says it helps. Kofi starts a 16-19 study programme at Seddon Vale in Jan, in the "
    "meantime volunteering 2 days a week in the hospice shop. Mortgage arrears (now £3,100) frozen under a 6 month "
    "forbearance while the life insurance pays out - lender confirmed in writing there will be no possession "
    "action in that time.",
    ["MH-CHILD", "EDU-NEET", "FIN"],
    [("historical", "PH", "Kwame has died; his illness is historical."),
     ("historical", "EDU-ATT", "Ama 'back in school full time': any absence is over."),
     ("convention", "MH-CHILD", "Ongoing school counselling codes MH-CHILD (conv 4)."),
     ("partial", "EDU-NEET", "Not yet in education (starts Jan); volunteering is not EET, so still NEET now."),
     ("negated", "HOUS", "Lender confirmed no possession action; arrears remain so FIN is present.")])

# ---------------------------------------------------------------- Z005
add("Z005", "A", None,
    "Note - EHL. Jess (14) late 38 times this term, often after 10. Jess says she gives Nan (Pat, lives with them) "
    "her inhalers and nebuliser and gets her washed before school because Mum works nights at the distribution "
    "centre. Pat has end stage COPD and is on home oxygen. Mum (Kerry) rang back - says she is 'running on empty' "
    "and the GP signed her off last week with anxiety. Jess referred to the young carers service today.",
    ["EDU-ATT", "CARER", "PH", "MH-ADULT"],
    [("convention", "", "Unboxed note: highest cue is the young carers service (yellow, conv 2) over GP (green)."),
     ("convention", "PH", "Nan lives in the household, so her COPD is coded PH.")],
    note_level="yellow")

add("Z005", "C", "green",
    "Jess's lates down to 6 this half term, attendance officer still keeping an eye. Nan passed away at home in "
    "Oct; YC service closed Jess as she is no longer caring and she's been linked in with Little Lanterns "
    "for bereavement support.",
    ["EDU-ATT", "MH-CHILD"],
    [("historical", "CARER", "YC service closed: caring role ended with Nan's death."),
     ("convention", "MH-CHILD", "Children's bereavement support (Little Lanterns) is an ongoing emotional-wellbeing service (conv 4)."),
     ("historical", "PH", "Nan has died.")])

add("Z005", "C", "blue",
    "Kerry back at work on days now and says she is 'sad but ok'. No concerns re her mood from Kerry or the GP.",
    [],
    [("negated", "MH-ADULT", "'No concerns re her mood'.")])

# ---------------------------------------------------------------- Z006
add("Z006", "A", "yellow",
    "Sarah (38) stage 4 ovarian ca, chemo stopped in Jan - symptom control only now. Lily (12) cooks tea most "
    "nights and helps Mum in and out of the shower. Noah (7) told his teacher 'Mummy is going to heaven soon'; "
    "school following their bereavement policy, no concerns about Noah's wellbeing in class so far.",
    ["PH", "CARER"],
    [("negated", "MH-CHILD", "Noah: 'no concerns about Noah's wellbeing'.")])

add("Z006", "A", "orange",
    "Sarah and the children's dad Mark (lives 40 miles away with his new partner) disagree about where Lily and "
    "Noah will live after Sarah dies. Mark has applied for a child arrangements order and there are heated phone "
    "calls most weeks which Lily overhears. Mark declined mediation. TAF 12/2 with school, hospice SW and EHW.",
    ["REL-CONF"],
    [("convention", "REL-CONF", "Contact/residence dispute between separated parents is REL-CONF; the dispute is the family's need even though Mark lives elsewhere (conv 6 codes effects)."),
     ("not-coded", "DA", "Heated calls, no abuse described.")])

add("Z006", "C", "orange",
    "Sarah died at Saxonbury on 29 April. Lily and Noah live with Mark and his partner under a CAO and started new "
    "schools after Easter. Mark says Lily (12) has been scratching her arms and won't talk about Mum; new GP has "
    "referred her to CAMHS. Transfer summary sent to Mark's local EH team.",
    ["MH-CHILD"],
    [("historical", "REL-CONF", "Dispute settled by the CAO; no current conflict described."),
     ("historical", "PH", "Sarah has died.")])

# ---------------------------------------------------------------- Z007
add("Z007", "A", None,
    "Home visit (hospice FSW). Phil (61) end stage heart failure, hospital bed downstairs, breathless at rest. "
    "Donna (44) had been drinking when I arrived at 11am - says about half a bottle of vodka a day 'to get "
    "through it'; agreed I refer her to Crossways. Kayden (16) left school in July, not at college or working, "
    "spends most of the day gaming in his room. Last Fri police were called after Kayden punched a hole in the "
    "door and shoved Donna into the banister when she took his phone.",
    ["PH", "SUB", "EDU-NEET", "REL-PAR", "CRIME"],
    [("convention", "DA", "Child-to-parent violence is REL-PAR, plus CRIME because police were called (conv 8), not DA."),
     ("convention", "", "Unboxed note: police call-out is the highest cue -> orange (conv 2).")],
    note_level="orange")

add("Z007", "C", "yellow",
    "Kayden started the Springboard 12 week employability course in Nov, 3 days a week, attending well. No "
    "further incidents at home since Oct and he has apologised to Mum.",
    [],
    [("not-coded", "EDU-NEET", "On a training course, so not NEET now."),
     ("historical", "REL-PAR", "'No further incidents at home since Oct'.")])

add("Z007", "C", "orange",
    "Phil died 14 Nov. Donna attending Crossways weekly, says she's been dry 6 weeks, breath tests clear.",
    ["SUB"],
    [("convention", "SUB", "Ongoing drug and alcohol service codes SUB (conv 4)."),
     ("historical", "PH", "Phil has died.")])

# ---------------------------------------------------------------- Z008
add("Z008", "A", "yellow",
    "Hannah (44) had a bad MS relapse in July and is now in a wheelchair full time. Amelia (14) helps her dress, "
    "does the shopping and keeps Mum's medication chart. Amelia's attendence 88% this term, mostly Mondays and "
    "the days after Mum's infusions. YC referral made. Hannah mentioned her ex (left 2022) was controlling but "
    "there's been no contact since he moved abroad.",
    ["PH", "CARER", "EDU-ATT"],
    [("historical", "DA", "Controlling ex, ended in 2022, no contact since.")])

add("Z008", "A", "blue",
    "Hannah's sister is helping her fill in the PIP form. Jack (9) gets lifts to football with a friend's dad.",
    [],
    [("convention", "FIN", "Benefit name alone with no money problem is not FIN, and PIP does not imply PH (conv 5).")])

add("Z008", "C", "green",
    "Amelia's attendance was 88% in the autumn and is 97% since Christmas. Hannah's MS stable since the relapse; "
    "carers now come in at 7.30am so Amelia only helps Mum with breakfast before she leaves.",
    ["CARER", "PH"],
    [("historical", "EDU-ATT", "Attendance problem is over (97% since Christmas)."),
     ("convention", "CARER", "Paid 'carers' alone are not CARER (conv 12); Amelia still helping with breakfast is."),
     ("convention", "PH", "Ongoing MS, now stable, is a condition still being managed (conv 3).")])

# ---------------------------------------------------------------- Z009
add("Z009", "A", "orange",
    "Oscar (15) - his dad took his own life in Sept 2024. Oscar told his tutor he has been cutting his thighs and "
    "has thought about 'going the same way as Dad'. Same day CAMHS crisis assessment, now open to CAMHS. "
    "Attendence 61% since Christmas, most days he won't leave his room.",
    ["MH-CHILD", "EDU-ATT"],
    [("historical", "MH-ADULT", "Dad's suicide is past (historical) and he is no longer in the household; not coded.")])

add("Z009", "A", "yellow",
    "Jo (47) on sertraline from the GP since Jan, tearful every day, GP put the dose up last month. Off sick from "
    "her TA job since Oct and SSP stops in May; already £380 behind on the electric and has been on emergency "
    "credit twice. Referred to Talking Minds.",
    ["MH-ADULT", "FIN"])

add("Z009", "C", "orange",
    "Oscar still seen by CAMHS fortnightly, no self-harm disclosed since the summer. On a reduced timetable "
    "(mornings only) since Oct, plan to build up after Xmas.",
    ["MH-CHILD", "EDU-ATT"],
    [("partial", "MH-CHILD", "Self-harm has stopped but he is still open to CAMHS (conv 4)."),
     ("convention", "EDU-ATT", "Reduced (part-time) timetable is EDU-ATT.")])

add("Z009", "C", "yellow",
    "Jo back at work 3 days a week from Oct and finishing her Talking Minds sessions next week. Electric arrears "
    "cleared in Sept with a fuel voucher and a hardship grant.",
    ["MH-ADULT"],
    [("historical", "FIN", "Arrears 'cleared' (conv 3); the fuel voucher is named only as how they were cleared."),
     ("convention", "MH-ADULT", "Talking therapy still ongoing this week.")])

# ---------------------------------------------------------------- Z010
add("Z010", "A", "red",
    "Strategy meeting 18/6 after Mason (8) told school there was no food in and Dad 'wouldn't wake up'. Police "
    "did a welfare check that evening. Lee (39) has end stage alcoholic liver disease, is jaundiced and still "
    "drinking daily. At the home visit: dog mess on the floors, fridge not working, no sheets on the beds. "
    "S47 in progress, ICPC 9/7.",
    ["SAFE-NEG", "SUB", "PH"],
    [("convention", "CRIME", "Police welfare check is safeguarding, not CRIME (conv 7)."),
     ("convention", "SAFE-NEG", "No food in the home is SAFE-NEG; no foodbank/voucher so no FIN (conv 10).")])

add("Z010", "A", "yellow",
    "Mason gets Kacey up, gives her cereal and walks her to school, and helps Dad to the toilet when he's too "
    "poorly with his liver. Referred to the young carers service.",
    ["CARER", "PH"],
    [("convention", "PH", "The cared-for household member's illness is described (liver), so PH as well as CARER.")])

add("Z010", "A", "green",
    "Kacey (5) in Reception - wetting herself most days in class and still in nappies at night. Her speech is "
    "clear and she's making friends. School nurse seeing her.",
    ["PH"],
    [("convention", "EYD", "Kacey is 5 and at school: not under-5, so continence is PH (conv 9), not EYD."),
     ("negated", "EYD", "Speech is clear.")])

add("Z010", "C", "red",
    "CP plan (neglect) was in place until Lee died in hospital on 3 Oct. Mason and Kacey now looked after (s20) "
    "and living with their maternal aunt Dawn, who is applying for an SGO. Mason has hit Dawn several times when "
    "told no and broke her TV; she is struggling to manage him.",
    ["REL-PAR"],
    [("historical", "SAFE-NEG", "Neglect plan ended when the children left Lee's care."),
     ("convention", "CARER", "A kinship carer (aunt) is not CARER (conv 12)."),
     ("convention", "REL-PAR", "Child hitting his carer at home is REL-PAR, not DA (conv 8); no police, so no CRIME.")])

# ---------------------------------------------------------------- Z011
add("Z011", "A", "green",
    "Anika (10) complaining of tummy aches most mornings, has missed 6 days since Sept. GP found nothing physical "
    "and thinks it's worry - her Nana (Priya's mum) is dying in a care home up north and Priya goes up every "
    "weekend. Anika has said she is scared Mummy will get ill too.",
    ["EDU-ATT", "MH-CHILD"],
    [("outside", "PH", "Nana lives in a care home, outside the household (conv 6)."),
     ("negated", "PH", "GP found nothing physical in Anika.")])

add("Z011", "C", "blue",
    "Nana died just before Christmas. Anika went to the funeral and made a memory jar with Priya, they talk about "
    "Nana a lot at home. She hasn't missed a day this half term.",
    [],
    [("historical", "EDU-ATT", "Absence problem is over."),
     ("not-coded", "MH-CHILD", "Healthy grieving described, no need stated.")])

add("Z011", "C", "green",
    "Anika still gets worked up on Sunday nights about school on Monday; class teacher does a Monday morning "
    "check in with her.",
    ["MH-CHILD"])

# ---------------------------------------------------------------- Z012
add("Z012", "A", None,
    "EHL note. Kieran (13) - mum's partner Steve (lives with them, not Kieran's dad) started chemo for lung cancer "
    "in Aug. Since then Kieran has had 9 removals to the reflection room and 1 internal exclusion for throwing a "
    "chair. SENCo wonders about underlying ADHD and has referred him to community paeds for assessment. Agreed "
    "with Mum to refer to the EHW for some 1:1 work.",
    ["PH", "EDU-EXC", "EDU-SEND"],
    [("convention", "EDU-SEND", "Referral for ADHD assessment is an ongoing pathway (conv 4), not merely hypothetical."),
     ("convention", "PH", "Steve lives in the household, so his cancer is coded."),
     ("convention", "", "Unboxed note: EHW referral (yellow) is the highest cue over SENCo (green).")],
    note_level="yellow")

add("Z012", "C", "green",
    "Kieran on SEN support, ADHD assessment with paeds in March. Still picking up behaviour points most days but "
    "no removals this half term.",
    ["EDU-SEND", "EDU-EXC"],
    [("partial", "EDU-EXC", "Removals have stopped but daily behaviour points continue.")])

add("Z012", "C", "yellow",
    "Steve's chemo finished in Nov and his scans are clear; back at work part time.",
    [],
    [("historical", "PH", "Treatment finished, scans clear: over.")])

# ---------------------------------------------------------------- Z013
add("Z013", "A", "green",
    "Riley (4) - HV review, about 50 words and no sentences yet, referred to SALT. He hasn't taken up his funded "
    "hours at Little Acorns since his mum died in Feb; Connor wants to keep him home. Isla (18m) met all her "
    "milestones at her 1 yr check.",
    ["EYD"],
    [("partial", "EYD", "Isla's milestones are good news only (not coded, conv 3); EYD is coded for Riley."),
     ("historical", "PH", "Mum's death is past.")])

add("Z013", "A", "yellow",
    "Connor (31) gave up his job as a delivery driver after Tasha died so he could look after the kids. "
    "Household on UC only now, he has used the foodbank twice this month and applied for council tax reduction.",
    ["FIN"])

add("Z013", "C", "green",
    "Riley at Little Acorns 15 hrs and SALT group started, keyworker says lots more words. Connor working school "
    "hours at the garden centre with UC topping up; still £300 behind on the water bill which is on a payment "
    "plan.",
    ["EYD", "FIN"],
    [("convention", "EYD", "Ongoing SALT for an under-5 codes EYD (conv 4, 9)."),
     ("partial", "FIN", "Back in work, but water arrears remain.")])

# ---------------------------------------------------------------- Z014
add("Z014", "A", "yellow",
    "Ian (54) - MND dx 2023, now PEG fed and communicates with eye-gaze. Rachel gave up work to be his full time "
    "carer and gets Carer's Allowance. Rachel told me she feels hopeless most days; GP started her on citalopram "
    "3 wks ago. Sophie (13) doesn't want to talk to anyone yet - Rachel has the Little Lanterns leaflet and will "
    "ring them if Sophie changes her mind.",
    ["PH", "MH-ADULT"],
    [("convention", "CARER", "Rachel is an adult carer; 'carer' alone is not CARER (conv 12)."),
     ("convention", "FIN", "Carer's Allowance named with no money problem is not FIN (conv 5)."),
     ("hypothetical", "MH-CHILD", "Sophie: referral only 'if she changes her mind'; no need described.")])

add("Z014", "A", "green",
    "Harvey (16) in Y11, predicted grades holding up. He helps Rachel hoist Dad at weekends and sits up with him "
    "some nights when his breathing is bad. School have put him on the YC register.",
    ["CARER", "PH"],
    [("convention", "PH", "Dad's breathing problems are a household member's physical health need, described here.")])

add("Z014", "C", "green",
    "Ian died at home 1 Feb. Harvey has a mentor for the run up to GCSEs. Sophie goes to the Little Lanterns group "
    "once a month and seems to like it.",
    ["MH-CHILD"],
    [("historical", "PH", "Ian has died."),
     ("convention", "MH-CHILD", "Ongoing children's bereavement group codes MH-CHILD (conv 4).")])

add("Z014", "C", "yellow",
    "Rachel still on citalopram, GP reviewing monthly. Carer's Allowance stopped 8 wks after Ian died and she "
    "hasn't found work yet; UC claim in and waiting on first payment, EHW helped her get an advance.",
    ["MH-ADULT", "FIN"],
    [("convention", "FIN", "Here the benefit is named with a real income problem (worklessness, waiting for payment) so FIN (conv 5).")])

# ---------------------------------------------------------------- Z015
add("Z015", "A", "red",
    "ICPC 2/7 - Tia (9) now on a CP plan, category neglect. Since Dean died in March Kelly (36) has been drinking "
    "from first thing; Tia was found by a neighbour out on the street at 10pm looking for her mum. Little food in "
    "the house and Tia coming to school in dirty uniform. Kelly says she can't face anything and isn't eating - "
    "GP has referred her to the community mental health team. She has missed her first 2 Crossways appts.",
    ["SAFE-NEG", "SUB", "MH-ADULT"],
    [("not-coded", "SAFE-EXP", "Tia out looking for her mum is a supervision (neglect) issue, not a missing episode.")])

add("Z015", "A", "orange",
    "Callum (17) arrested in May with 30 wraps of cannabis and cash, now on a referral order with YOS. Police "
    "think he is running for an older male from out of town. Callum says it's 'just for the money'.",
    ["CRIME", "SAFE-EXP"],
    [("convention", "SUB", "Drugs found on an exploited young person are SAFE-EXP + CRIME, not SUB (conv 12)."),
     ("not-coded", "FIN", "'Just for the money' is Callum's motive, not a household money problem.")])

add("Z015", "C", "red",
    "CP plan stepped down to CIN (s17) in Nov. Kelly alcohol free since Sept on Antabuse through Crossways, all "
    "tests clear. Tia's attendance 98% and the house clean with food in on all 6 unannounced visits.",
    ["SUB"],
    [("convention", "SUB", "Ongoing Antabuse/Crossways treatment codes SUB (conv 4)."),
     ("negated", "SAFE-NEG", "House clean with food in on every visit."),
     ("not-coded", "EDU-ATT", "98% attendance is good news only.")])

# ---------------------------------------------------------------- Z016
add("Z016", "A", "yellow",
    "Tom (45) had a stroke in Oct, left-sided weakness, community physio twice a week. He's a self-employed "
    "roofer so nothing coming in since; Ellen's wage just about covers the rent and they've put £1,800 of bills "
    "on credit cards. Grace (7) isn't doing any caring - Ellen wants her 'to just be a kid'. If Tom's walking "
    "doesn't improve they may need a downstairs bathroom, OT visit booked. EHW to refer to Citizens Advice for "
    "a benefits check.",
    ["PH", "FIN"],
    [("negated", "CARER", "Grace isn't doing any caring."),
     ("hypothetical", "HOUS", "Adaptations only 'if Tom's walking doesn't improve'.")])

add("Z016", "C", "blue",
    "Tom walking with a stick and doing quotes and admin for his brothers firm 2 days a week. They are paying the "
    "cards down at £100 a month.",
    ["PH", "FIN"],
    [("convention", "FIN", "Paying off debt is 'now managing' in a blue box (conv 3)."),
     ("convention", "PH", "Continuing stroke disability, managed, in a blue box (conv 3).")])

# ---------------------------------------------------------------- Z017
add("Z017", "A", "yellow",
    "Gemma (34), single parent, terminal bowel ca, prognosis months. Her mum Sue has moved in and will be the "
    "children's guardian. Ava (4) screams and hits Sue at bedtime and takes up to 2 hours to settle. EHW to do "
    "some sleep/behaviour work with Sue.",
    ["PH", "REL-PAR"],
    [("convention", "REL-PAR", "Young child hitting her carer at bedtime is behaviour at home (REL-PAR), not DA (conv 8).")])

add("Z017", "A", "green",
    "Leo (10) has gone quiet at school and stopped playing football at lunch. He told his teacher he is scared "
    "Mum will die in the night. ELSA sessions started.",
    ["MH-CHILD"])

add("Z017", "C", None,
    "Closure note. Gemma died at Saxonbury on 30 Oct. Sue is now the children's guardian and kinship carer. "
    "Ava's bedtimes settled since Nov, asleep by 7.30 most nights. Leo still sees the ELSA every week and has a "
    "place in the Little Lanterns children's group from Feb. Sue asked about Guardian's Allowance - I gave her "
    "the info and she will apply herself.",
    ["MH-CHILD"],
    [("historical", "REL-PAR", "Bedtime problems 'settled since Nov'."),
     ("convention", "CARER", "Kinship carer is not CARER (conv 12)."),
     ("convention", "FIN", "Benefit named with no money problem is not FIN (conv 5)."),
     ("convention", "", "Unboxed note: Little Lanterns (one extra service) is the highest cue -> yellow; ELSA is school (green); the hospice is named only as the place of death.")],
    note_level="yellow")

# ---------------------------------------------------------------- Z018
add("Z018", "A", "orange",
    "Zain (12) disclosed that boys in his year have been sharing edited photos of his dad (on dialysis, lost a lot "
    "of weight) on Snapchat with horrible captions. School spoke to the PCSO and the boys' parents. Zain has "
    "refused to come in for 5 days since.",
    ["SAFE-EXP", "EDU-ATT", "PH"],
    [("outside", "CRIME", "The offending is by peers outside the household; PCSO involvement is not CRIME for this family (conv 6, 7)."),
     ("convention", "PH", "Dad on dialysis: ongoing treatment codes PH (conv 4).")])

add("Z018", "A", "yellow",
    "Zain helps Dad to and from the car on dialysis days and stays up with him when he is being sick in the "
    "night. Nadia works lates. YC referral sent.",
    ["CARER", "PH"])

add("Z018", "C", "yellow",
    "Zain back in full time since half term and going to YC group weekly. The boys were suspended and there's "
    "been nothing since. Jamal on the transplant list since Jan, still dialysis 3x a week.",
    ["CARER", "PH"],
    [("historical", "EDU-ATT", "Back full time since half term."),
     ("historical", "SAFE-EXP", "Bullying stopped, nothing since."),
     ("outside", "EDU-EXC", "The suspensions are of other pupils, not Zain.")])

# ---------------------------------------------------------------- Z019
add("Z019", "A", "green",
    "Ethan (14) has an EHCP for autism at Marlstone Academy. Since Grandad (lives with them) came home for end of "
    "life care there's a hospital bed in the lounge and Ethan is up till 3am most nights. SENCo has set up a "
    "quiet room for him at lunch.",
    ["EDU-SEND", "PH"],
    [("convention", "PH", "School-age sleep problem (conv 9); Grandad's end-of-life care in the household also PH.")])

add("Z019", "A", "yellow",
    "Laura (43) doing all of Grandad's personal care (prostate ca, bed bound) and has dropped to 2 days at work. "
    "Chris works away Mon-Fri and they row most weekends about it - no violence, both clear on that. Laura told "
    "me she's having 'a few glasses every night to get through'; AUDIT 18. She will self-refer to Crossways.",
    ["PH", "SUB", "REL-CONF"],
    [("negated", "DA", "Arguments with 'no violence'; parental arguments are REL-CONF (conv 8)."),
     ("convention", "CARER", "Laura is an adult carer; not CARER (conv 12)."),
     ("not-coded", "FIN", "Reduced hours with no money problem stated.")])

add("Z019", "C", "yellow",
    "Grandad died 22 Feb. Laura finished her 6 sessions with Crossways in April and says it's a couple of glasses "
    "at the weekend only now; neither school nor Chris have any worries. Laura and Chris say things are better "
    "between them now he's home more.",
    [],
    [("historical", "SUB", "Treatment finished, drinking within normal limits, no worries: over."),
     ("historical", "REL-CONF", "Relationship 'better now'."),
     ("historical", "PH", "Grandad has died.")])

# ---------------------------------------------------------------- Z020
add("Z020", "A", "yellow",
    "Chloe (17) left sixth form in Dec to look after her dad Andy (58, terminal pancreatic ca) - does his meds, "
    "meals and showers him. Not in education or work. YC service has allocated a worker.",
    ["CARER", "EDU-NEET", "PH"])

add("Z020", "A", "orange",
    "Council tenancy is in Andy's sole name. Housing say no decision on Chloe succeeding can be made until after "
    "Andy's death, and if she's refused she'd have to go down the homeless route. Rent arrears of £640 since "
    "Andy stopped work, housing officer agreed £10/wk off.",
    ["FIN"],
    [("hypothetical", "HOUS", "Homelessness only 'if she's refused' succession after a future death; no notice served."),
     ("convention", "FIN", "Rent arrears are FIN.")])

add("Z020", "C", "orange",
    "Andy died 3 July. Housing confirmed in Sept that Chloe can succeed to the tenancy. Arrears now £1,150 and the "
    "council served a NOSP on 22/9. Chloe started an apprenticeship at a vets in Sept, 30 hrs a week.",
    ["FIN", "HOUS"],
    [("convention", "HOUS", "A notice of seeking possession is a current possession notice."),
     ("historical", "EDU-NEET", "Now in an apprenticeship."),
     ("historical", "CARER", "Caring ended with Andy's death.")])

# ---------------------------------------------------------------- Z021
add("Z021", "A", "green",
    "Molly (8) checking on her mum in the night and getting into her bed most nights since Fiona's mastectomy "
    "last year. School nurse has done a sleep plan with them.",
    ["PH"],
    [("partial", "PH", "Fiona's surgery is past (historical); PH is coded for Molly's current sleep problem (conv 9).")])

add("Z021", "A", "yellow",
    "Fiona (40) finished chemo in Nov 2024 and was told no evidence of disease. Since then she's been having panic "
    "attacks, can't drive on the dual carriageway and has been off work since Dec. Referred to the hospice Living "
    "Well psychological support service.",
    ["MH-ADULT"],
    [("historical", "PH", "Cancer treatment finished, no evidence of disease."),
     ("not-coded", "FIN", "Off work with no money problem described (conv 5 spirit).")])

add("Z021", "C", "blue",
    "Fiona back at work full time and uses the breathing techniques from Living Well when she feels a panic "
    "coming on. Molly still comes through once or twice a week and Fiona walks her back to bed using the sleep "
    "plan.",
    ["MH-ADULT", "PH"],
    [("convention", "MH-ADULT", "Managing panic with learned techniques is 'now managing' in a blue box (conv 3)."),
     ("partial", "PH", "Molly's night waking reduced but continuing, managed with the plan.")])

# ---------------------------------------------------------------- Z022
add("Z022", "A", None,
    "EHL note. Kai (11, Y6) and Skye (6) moved to live with their dad Wayne after Mum (Louise) died of an overdose "
    "in January. Kai has thrown a chair in class and been suspended twice (1 day, 2 days). Skye wetting herself "
    "at school most days. Wayne says Kai kicks doors, swears at him and won't go to bed before midnight. Wayne and "
    "Louise split in 2019 and he says they got on fine after. Referred to EHW today, school nurse to see Skye.",
    ["EDU-EXC", "PH", "REL-PAR"],
    [("historical", "SUB", "Mum's drug use ended with her death; she is no longer in the household."),
     ("historical", "REL-CONF", "Separation in 2019, got on fine after."),
     ("convention", "PH", "Wetting at age 6 and an 11-year-old's late nights are school-age PH (conv 9)."),
     ("convention", "", "Unboxed note: EHW (yellow) is the highest cue over school nurse (green).")],
    note_level="yellow")

add("Z022", "C", "yellow",
    "Kai still shouting and slamming doors most evenings. Wayne doing the Family Links parenting course on Tues "
    "evenings.",
    ["REL-PAR"])

add("Z022", "C", "green",
    "Skye dry in the day since Easter. Kai has done the Marlstone Academy transition days, no suspensions since "
    "March.",
    [],
    [("historical", "PH", "Skye 'dry since Easter'."),
     ("historical", "EDU-EXC", "'No suspensions since March'.")])

# ---------------------------------------------------------------- Z023
add("Z023", "A", "yellow",
    "Ola (15) missing school to interpret for her parents at Marek's oncology appointments - 14 sessions missed "
    "this half term. She also does the family's online banking and bills. YC assessment done.",
    ["EDU-ATT", "CARER", "PH"],
    [("convention", "PH", "Dad's oncology appointments are ongoing treatment (conv 4).")])

add("Z023", "A", "orange",
    "Marek (49) - stage 4 lung ca, on palliative chemo. Household income down from about £2,900 to £1,100 a month; "
    "£870 rent arrears and the private landlord served a section 21 last week (says he's selling). Kasia using "
    "Fennick foodbank weekly. TAF with hospice, school and housing.",
    ["PH", "FIN", "HOUS"])

add("Z023", "C", "orange",
    "Marek died 30 Aug. Family moved to a council flat in Seddon Vale in Nov off the housing register so the s21 "
    "is no longer an issue. Kasia working 25 hrs plus UC, still paying £20/month off the old rent arrears. "
    "Professional interpreters now booked for all appointments. Ola at 93% this half term (81% before), "
    "attendance officer still monitoring.",
    ["FIN", "EDU-ATT"],
    [("historical", "HOUS", "Rehoused; s21 'no longer an issue'."),
     ("historical", "CARER", "Interpreting now done by professionals; no current caring described."),
     ("partial", "EDU-ATT", "Improved to 93% but still below expected and monitored.")])

# ---------------------------------------------------------------- Z024
add("Z024", "A", "red",
    "Strategy meeting 3/9. Nicole (37, terminal cervical ca) told the hospice nurse that Ryan controls her phone "
    "and money, hides her oramorph when she 'answers back' and pushed her over in Aug. Harley (13) saw the push. "
    "MARAC referral made. Police arrested Ryan 5/9, bailed with conditions not to come to the address. S47 joint "
    "investigation.",
    ["DA", "PH"],
    [("convention", "CRIME", "Partner's arrest for the DA is DA only (conv 7)."),
     ("not-coded", "SUB", "Oramorph is prescribed pain relief being withheld as control; not substance misuse.")])

add("Z024", "A", "orange",
    "Harley (13) has been cutting her wrists since the summer holidays, open to CAMHS since 1 Sept. Missed 11 "
    "days this term.",
    ["MH-CHILD", "EDU-ATT"])

add("Z024", "C", "red",
    "Nicole died 12 Dec. Harley lives with her maternal gran under a CAO and is on a CIN plan. Ryan charged and "
    "remanded; non-mol order in place protecting Harley. Harley still open to CAMHS, no cutting for 8 weeks.",
    ["DA", "MH-CHILD"],
    [("partial", "DA", "Ryan is outside the household, but the non-molestation order protecting Harley is a current DA measure affecting the family (conv 6 codes effects); his offences are DA not CRIME (conv 7)."),
     ("partial", "MH-CHILD", "No cutting for 8 weeks but still open to CAMHS (conv 4).")])

# ---------------------------------------------------------------- Z025
add("Z025", "A", "green",
    "Finlay (7) very tearful in class since Nanny Jan died in Oct - she lived round the corner and did his after "
    "school care. School has put him in the Moving On grief group.",
    ["MH-CHILD"],
    [("outside", "PH", "Nanny lived in her own home: outside the household, and her death is past.")])

add("Z025", "A", "yellow",
    "Kirsty (35) lost her mum suddenly and has no childcare now, so she's cut her hours at the care home and is "
    "£420 behind on the gas. She says she is sad but coping and doesn't want GP involvement. Her brother has been "
    "drinking heavily since the funeral and turning up at the house asking for money - Kirsty has stopped "
    "answering the door to him.",
    ["FIN"],
    [("negated", "MH-ADULT", "'Sad but coping', declines GP: no MH need described."),
     ("outside", "SUB", "Uncle's drinking: he lives elsewhere (conv 6).")])

add("Z025", "C", "green",
    "Finlay in the Moving On group until Easter, teacher says the tearful days are much less often. Gas arrears "
    "cleared with an energy trust grant in Feb.",
    ["MH-CHILD"],
    [("historical", "FIN", "Gas arrears 'cleared' (conv 3).")])

# ---------------------------------------------------------------- Z026
add("Z026", "A", "orange",
    "Jordan (16) has been missing overnight 3 times since the anniversary of his mum's death in June - police "
    "found him each time at the skatepark, drunk. Dad says he is smoking cannabis every day, and he got a youth "
    "caution in July for shoplifting vodka. Referred to Aspire (young people's substance misuse).",
    ["SAFE-EXP", "SUB", "CRIME"],
    [("convention", "CRIME", "Police finding a missing child is not CRIME (conv 7), but the youth caution for shoplifting is."),
     ("convention", "SUB", "Young person's own alcohol and cannabis use is SUB; conv 12 excludes only tobacco/vaping.")])

add("Z026", "A", "yellow",
    "Jordan finished Y11 in June with nothing above a grade 3, didn't enrol at college and isn't working. Dad "
    "(Martin) back at work after 6 months off last year, says he is 'getting there'; no concerns re his MH.",
    ["EDU-NEET"],
    [("negated", "MH-ADULT", "'No concerns re his MH'; time off is historical."),
     ("convention", "FIN", "NEET young person is EDU-NEET only; Dad working (conv 11).")])

add("Z026", "C", "yellow",
    "Jordan still seeing Aspire, smoking weed at weekends only now. No missing episodes since Sept. Started a "
    "traineeship at a garage in Nov.",
    ["SUB"],
    [("historical", "SAFE-EXP", "'No missing episodes since Sept'."),
     ("not-coded", "EDU-NEET", "Now on a traineeship.")])

# ---------------------------------------------------------------- Z027
add("Z027", "A", "green",
    "Twins Ruby and Rose (3) - HV says both are behind with their speech and Rose isn't toilet trained. Dan hasn't "
    "been able to get them to nursery since Michelle went into the hospice IPU; nursery holding the places.",
    ["EYD"])

add("Z027", "A", "yellow",
    "Michelle (42) in the Saxonbury IPU for symptom control, expected to die within weeks. Dan on compassionate "
    "then unpaid leave and missed the Sept mortgage payment. Evie (15) has been doing the twins' bath and bedtime "
    "most nights.",
    ["PH", "FIN", "CARER"],
    [("convention", "PH", "A parent temporarily in a hospice in-patient unit is still a household member."),
     ("convention", "CARER", "Caring for younger siblings is a young carer role.")])

add("Z027", "C", None,
    "Closing summary. Michelle died 28 Oct. Dan's mum has moved in to help and Dan is back at work. Twins at "
    "nursery 30 hrs and in the SALT group there; Rose dry in the day now. Nan does bedtimes so Evie doesn't any "
    "more. Evie told Dan in Feb she doesn't see the point in anything, GP referred to CAMHS, awaiting assessment.",
    ["EYD", "MH-CHILD"],
    [("historical", "CARER", "Evie no longer does bedtimes."),
     ("partial", "EYD", "Toileting resolved but speech (SALT group) ongoing for under-5s."),
     ("convention", "", "Unboxed note: CAMHS is the highest cue -> orange (conv 2).")],
    note_level="orange")

# ---------------------------------------------------------------- Z028
add("Z028", "A", "green",
    "Jacob (9) has an EHCP for moderate learning difficulties at Hatchmoor Primary. SENCo reviewing his provision "
    "as he has bitten staff 4 times since Mum got worse.",
    ["EDU-SEND", "EDU-EXC"],
    [("convention", "EDU-EXC", "Behaviour at school (biting staff) is EDU-EXC.")])

add("Z028", "A", "orange",
    "Sam (39) - glioblastoma, bed bound at home, seizures most weeks, 999 called twice this month. Luke is a parent "
    "carer for Jacob and now caring for Sam as well. He told me he can't cope and has thought about 'ending it "
    "all'; urgent GP appt same day, crisis team assessed and he is now under the home treatment team.",
    ["PH", "MH-ADULT"],
    [("convention", "CARER", "'Parent carer' is not CARER (conv 12)."),
     ("not-coded", "CRIME", "999 calls were ambulances for seizures, not police.")])

add("Z028", "C", "orange",
    "Sam died 2 April. Luke discharged from HTT in May, now on mirtazapine and seeing the GP monthly.",
    ["MH-ADULT"],
    [("partial", "MH-ADULT", "Discharged from crisis team but still on medication with GP reviews (conv 4)."),
     ("historical", "PH", "Sam has died.")])

# ---------------------------------------------------------------- Z029
add("Z029", "A", "yellow",
    "Craig (Zoe's husband) was killed in an RTC in April, inquest not till next year. Zoe (33) has stopped opening "
    "post - 3 final demands (water, council tax) and a £2k overdraft. HV noticed a high PHQ-9 score at Lucas's "
    "review and advised her to see the GP. CA appointment booked with EHW.",
    ["FIN", "MH-ADULT"],
    [("not-coded", "EYD", "Lucas's HV review is named only as the occasion; no developmental need stated.")])

add("Z029", "A", "orange",
    "Megan (14) being called names about her dad's death by a group of girls in Y9, and on a group chat. "
    "Self-harmed once in June. GP referral to CAMHS.",
    ["SAFE-EXP", "MH-CHILD"])

add("Z029", "C", "orange",
    "Megan still on the CAMHS waiting list (wk 28). No further bullying since the girls were moved to another "
    "tutor group.",
    ["MH-CHILD"],
    [("convention", "MH-CHILD", "Awaiting CAMHS codes MH-CHILD (conv 4)."),
     ("historical", "SAFE-EXP", "'No further bullying since'.")])

# ---------------------------------------------------------------- Z030
add("Z030", "A", "yellow",
    "Rob (55) early onset Alzheimer's, dx 2024. Tilly (15) sits with him after school till Mum finishes at 7 and "
    "has had to stop him going out; last month he got out and police brought him back from the bypass. YC "
    "referral done.",
    ["PH", "CARER"],
    [("convention", "CRIME", "Police returning a vulnerable adult is a welfare action, not CRIME (conv 7).")])

add("Z030", "A", "green",
    "Tilly told her tutor she gets panicky in lessons thinking about Dad on his own at home. School counsellor "
    "weekly from May.",
    ["MH-CHILD"])

add("Z030", "C", "yellow",
    "Rob at a day centre 3 days and a sitting service 2 afternoons; Tilly still covers Thursdays and Fridays after "
    "school. YC group monthly. Tilly finished school counselling in Oct and says she's fine.",
    ["PH", "CARER"],
    [("historical", "MH-CHILD", "Counselling finished, 'says she's fine'.")])

# ---------------------------------------------------------------- Z031
add("Z031", "A", "yellow",
    "Yusuf (12) in 3 fights at school since his dad died in Sept, 1 fixed term suspension. He says he's 'the man of "
    "the house' now and won't listen to Samira - slams doors, has sworn at her. He has missed 2 asthma reviews and "
    "had an A&E visit in Nov. Home owned outright and Samira says there are no money worries; the mosque and her "
    "brothers are a big support.",
    ["EDU-EXC", "REL-PAR", "PH"],
    [("negated", "FIN", "'No money worries'."),
     ("negated", "HOUS", "Home owned outright."),
     ("convention", "PH", "Missed medical appointments are PH.")])

add("Z031", "C", "green",
    "Yusuf seen at asthma clinic in March, inhaler technique checked, no A&E since. Mentor in school and no further "
    "suspensions.",
    ["PH"],
    [("convention", "PH", "Ongoing asthma now being managed is present in a green box (conv 3)."),
     ("historical", "EDU-EXC", "'No further suspensions'.")])

# ---------------------------------------------------------------- Z032
add("Z032", "A", None,
    "Hospice FSW note, joint visit with SW. Debbie (48) end stage COPD on home oxygen and still smoking about 20 a "
    "day - fire service safety visit arranged. Brandon (14) and Lacey (10) do all the cooking and cleaning. "
    "Kitchen dirty with old food out and Lacey has had untreated nits for weeks. Family on a CIN (s17) plan since "
    "Feb.",
    ["PH", "CARER", "SAFE-NEG"],
    [("convention", "SUB", "Smoking tobacco is not SUB (conv 12)."),
     ("convention", "", "Unboxed note: CIN (s17) plan is a red cue (conv 2).")],
    note_level="red")

add("Z032", "C", "red",
    "CIN plan closed in Nov when Debbie moved to Oakridge nursing home for end of life care. Brandon and Lacey now "
    "live with their dad Neil.",
    [],
    [("outside", "PH", "Debbie now lives in a nursing home, outside the children's household (conv 6)."),
     ("historical", "SAFE-NEG", "CIN plan closed; no current neglect described.")])

add("Z032", "C", "yellow",
    "Lacey's nits treated, school nurse checked her. Brandon goes to see Mum 3 evenings a week after school and "
    "helps her with her tea; young carers have kept him open for now.",
    ["CARER"],
    [("partial", "CARER", "The person cared for is outside the household, but the caring role is Brandon's own current need and the YC service is ongoing (conv 4)."),
     ("outside", "PH", "Debbie's illness is not coded: she is outside the household."),
     ("historical", "SAFE-NEG", "Nits treated.")])


# ---------------------------------------------------------------- write
def main():
    hdr = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
    with open(os.path.join(HERE, "narratives.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(hdr)
        for n in NARR:
            w.writerow([n[h] for h in hdr])
    with open(os.path.join(HERE, "gold.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "code", "level"])
        for row in GOLD:
            w.writerow(row)
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8", newline="") as f:
        f.write(json.dumps(TRAPS, indent=2, ensure_ascii=False).replace("\n", "\r\n") + "\r\n")

    print("narratives:", len(NARR), "(boxed %d, notes %d)" % (
        sum(1 for n in NARR if n["level"]), sum(1 for n in NARR if not n["level"])))
    print("cases:", len(CASES), " triages:", len({n["triage_id"] for n in NARR}))
    print("gold rows:", len(GOLD))
    print("narratives with no gold:", len({n["narrative_id"] for n in NARR} - {g[0] for g in GOLD}))
    print("narratives with traps:", len(TRAPS), " trap entries:", sum(len(v) for v in TRAPS.values()))
    cc = Counter(g[1] for g in GOLD)
    print("codes:", ", ".join("%s %d" % (k, cc[k]) for k in sorted(cc)))
    lc = Counter(g[2] for g in GOLD)
    print("gold levels:", ", ".join("%s %d" % (k, lc[k]) for k in ["blue", "green", "yellow", "orange", "red"]))
    bc = Counter(n["level"] or "note" for n in NARR)
    print("boxes:", dict(bc))


if __name__ == "__main__":
    main()
