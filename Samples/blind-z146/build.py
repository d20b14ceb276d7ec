#!/usr/bin/env python3
"""Blind gold set Z146: families where a parent (or the adult cared for) has a
long-term neurological condition or acquired disability, in the invented
Somerset market town of Brackwell (localities Millbourne, Hartsmead,
Old Quarry, Sedgecombe). Dates 2025-26.

Written from /work/shared/taxonomy.md only. Each narrative is coded on its own
text (convention 1). Only `present` issues become gold rows.

Cases are appended in batches below; the writer at the end produces
narratives.csv, gold.csv and traps.json and prints counts.
"""
import csv
import json
import os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))

CASES = {}      # case_id -> {"loc": ..., "A": date, "C": date}
NARR = []       # dicts, in order of writing


def case(cid, loc, a_date, c_date):
    assert cid not in CASES, cid
    CASES[cid] = {"loc": loc, "A": a_date, "C": c_date}


def T(kind, code, note):
    return {"type": kind, "code": code, "note": note}


def _add(cid, stage, level, text, codes, traps, note_level=None):
    meta = CASES[cid]
    triage = f"{cid}-{stage}"
    nid = f"{triage}-{level}" if level else f"{triage}-note"
    NARR.append({
        "narrative_id": nid,
        "triage_id": triage,
        "case_id": cid,
        "stage": "assessment" if stage == "A" else "closure",
        "date": meta[stage],
        "level": level or "",
        "locality": meta["loc"],
        "narrative": text,
        "codes": list(codes),
        "gold_level": level or note_level,
        "traps": list(traps),
    })


def box(cid, stage, level, text, codes=(), traps=()):
    """A narrative written in a level box: its codes take the box level."""
    _add(cid, stage, level, text, codes, traps)


def note(cid, stage, text, note_level, codes=(), traps=()):
    """An unboxed note: all codes take the highest level cue in the text
    (convention 2); note_level records that judgement."""
    _add(cid, stage, None, text, codes, traps, note_level=note_level)


# ---------------------------------------------------------------------------
# Batch 1: Z001-Z007
# ---------------------------------------------------------------------------

# Z001 - Claire, relapsing-remitting MS; Ellie (13) caring
case("Z001", "Millbourne", "2025-02-11", "2025-07-15")
box("Z001", "A", "green",
    "Claire (41) has relapsing-remitting MS (dx 2016). Relapse over Xmas, still using a "
    "wheelchair outside the house and unsteady on her feet indoors - MS nurse at Musgrove "
    "reviewing and GP has put her baclofen up. Josh (9) at Hartsmead Primary, attendence 97% "
    "and no concerns from his class teacher.",
    ["PH"],
    [T("not-coded", "EDU-ATT", "Josh's 97% attendance with no concerns is pure good news (conv 3)."),
     T("not-coded", "SUB", "Baclofen is prescribed medication for MS spasticity, not substance misuse.")])
box("Z001", "A", "yellow",
    "Ellie (13) doing a lot since mums relapse - helps her in and out of the shower, cooks tea "
    "most nights and walks Josh to school before going to her own. Late to Brackwell Community "
    "Academy 11 times this half term. Ellie told EHW she worries all through lessons that mum "
    "will fall when nobody's there. Referral made to Levels Young Carers.",
    ["CARER", "EDU-ATT", "MH-CHILD"])
box("Z001", "C", "blue",
    "Ellie goes to the young carers group on Tues evenings and has a time-out card so she can "
    "ring mum at lunch. Care agency now doing Claire's morning personal care so Ellie has "
    "stopped helping with showering.",
    ["CARER", "PH"],
    [T("convention", "PH", "A care agency doing Claire's personal care is an ongoing service for a "
       "household member's disability; like conv 4 the service implies the need."),
     T("partial", "CARER", "Help with showering has stopped (historical) but she still attends the "
       "young carers group: an ongoing service codes its area (conv 4) and in a blue box the family "
       "now managing counts (conv 3)."),
     T("not-coded", "MH-CHILD", "The time-out card is a practical arrangement; no worry or low mood "
       "is described in this box (conv 1).")])

# Z002 - Gareth, stroke; Tyler (15) offending; money
case("Z002", "Hartsmead", "2025-06-03", "2025-11-20")
box("Z002", "A", "yellow",
    "Gareth (47) still has left sided weakness after his stroke last Oct and has lost his HGV "
    "licence and his job. PIP refused in April (0 points), MR sent in with help from Citizens "
    "Advice. Council tax arrears £640, they've used the Brackwell Methodist food bank twice in May.",
    ["PH", "FIN"],
    [T("convention", "FIN", "PIP refusal is a described benefit problem, so FIN applies (conv 5); "
       "arrears and food bank also FIN (conv 10).")])
box("Z002", "A", "orange",
    "Tyler (15) - police brought him home on 17/5 after he was caught with a group smashing the "
    "bus shelter on Station Rd, dealt with by community resolution. 3 day suspension from "
    "Brackwell CA for swearing at a teacher. At home he slams doors, won't do anything Nikki asks "
    "and punched a hole in his bedroom wall last wk.",
    ["CRIME", "EDU-EXC", "REL-PAR"])
box("Z002", "C", "blue",
    "Council tax on a payment plan, £30 a month, Nikki using a budgeting app to keep on top of "
    "it. PIP awarded after the MR (standard rate daily living).",
    ["FIN"],
    [T("convention", "FIN", "Paying off arrears in a blue box is 'now managing' = present (conv 3). "
       "The PIP award on its own would not code FIN (conv 5)."),
     T("not-coded", "PH", "PIP named alone never implies PH (conv 5).")])

# Z003 - Sian, epilepsy, single parent; Kacey (11) caring
case("Z003", "Old Quarry", "2025-03-19", "2025-10-29")
box("Z003", "A", "yellow",
    "Sian (34) single parent, tonic-clonic seizures 2-3 times a month despite being on 3 "
    "anti-epileptic drugs; neuro at Musgrove reviewing. Kacey (11) knows the recovery position, "
    "times the seizures and has rung 999 twice this yr. Kacey has become very anxious about "
    "leaving mum and won't go on sleepovers or the school residential. Young carers assessment "
    "requested.",
    ["PH", "CARER", "MH-CHILD"],
    [T("not-coded", "SUB", "'anti-epileptic drugs' is prescribed treatment, not substance misuse.")])
box("Z003", "A", "blue",
    "Maternal gran lives in the next street and has a key. Sian wears a seizure alert watch linked "
    "to gran's phone. No drug or alcohol concerns.",
    ["PH"],
    [T("convention", "PH", "The seizure alert watch is the family managing Sian's epilepsy with its "
       "own network; in a blue box 'now managing' is present (conv 3)."),
     T("negated", "SUB", "'No drug or alcohol concerns'.")])
box("Z003", "C", "green",
    "Sian's meds changed in Aug, only 1 seizure since (4/10). Alfie (4) started Reception in Sept, "
    "still having wetting accidents in the day - school nurse has done a toileting plan with Sian.",
    ["PH", "EYD"],
    [T("convention", "EYD", "Toileting for an under-5 is EYD even though he is in Reception (conv 9).")])

# Z004 - Marek, traumatic brain injury; rows at home; Joanne depressed; Oliver CAMHS
case("Z004", "Sedgecombe", "2025-05-07", "2025-12-03")
box("Z004", "A", "yellow",
    "Marek (44) had a TBI in a motorbike RTC in Aug 2023 - memory and fatigue problems, not able "
    "to work. Joanne reports rows most evenings: he forgets things, gets frustrated and shouts, she "
    "shouts back, kids hear all of it. J is clear she is not frightened of him and there has never "
    "been any violence, she calls it 'the injury talking'. Headway family worker has offered them "
    "joint sessions.",
    ["PH", "REL-CONF", "FIN"],
    [T("convention", "FIN", "'not able to work' = adult worklessness, which is FIN (taxonomy FIN, "
       "conv 11), even though no debt is described."),
     T("negated", "DA", "Not frightened, never any violence: the arguments are parental conflict, "
       "REL-CONF not DA (conv 8)."),
     T("convention", "PH", "The RTC was in 2023 but the memory and fatigue problems are current.")])
box("Z004", "A", "orange",
    "Joanne (40) signed off work with depression/anxiety, GP has upped her sertraline. Oliver (12) "
    "told school he wished he was dead after a row at home in April - GP referral to CAMHS, on the "
    "waiting list, school DSL aware.",
    ["MH-ADULT", "MH-CHILD"])
box("Z004", "C", "orange",
    "Oliver still open to CAMHS (seen x4 by the Getting Help team), no further comments about "
    "wanting to die. Joanne back at work 3 days a wk, still on sertraline and says she is "
    "'getting there'.",
    ["MH-CHILD", "MH-ADULT"],
    [T("convention", "MH-CHILD", "Open to CAMHS codes MH-CHILD (conv 4) although the suicidal "
       "comments are not repeated."),
     T("convention", "MH-ADULT", "Ongoing sertraline = ongoing treatment (conv 4).")])

# Z005 - Debbie, MND; Lewis (17) caring and NEET; Hannah (14) self-harm, attendance
case("Z005", "Millbourne", "2025-04-22", "2025-11-12")
box("Z005", "A", "orange",
    "Debbie (52) dx MND in Jan and deteriorating fast - PEG fitted, needs help with all personal "
    "care. Hospice at home and palliative team involved. Hannah (14) attendance 61%, says she wants "
    "to be at home 'while mum's still here'. Hannah has been cutting her arms, DSL referred to "
    "CAMHS last week.",
    ["PH", "EDU-ATT", "MH-CHILD"])
box("Z005", "A", "yellow",
    "Lewis (17) left college in Feb to help care for mum, does the night turns so Paul can sleep "
    "before work. Lewis not in education or work and now claims Carer's Allowance in his own right.",
    ["CARER", "EDU-NEET"],
    [T("convention", "FIN", "Carer's Allowance named without a money problem is not FIN (conv 5); a "
       "16+ NEET young person is EDU-NEET only (conv 11)."),
     T("convention", "CARER", "CARER comes from Lewis caring for mum at night, not from the name "
       "Carer's Allowance (conv 5).")])
box("Z005", "C", "yellow",
    "Debbie died at home on 9 Sept. Hannah seeing the hospice children's bereavement worker weekly; "
    "she still has days she can't face school - 84% this half term. No self-harm disclosed since "
    "the summer.",
    ["MH-CHILD", "EDU-ATT"],
    [T("partial", "MH-CHILD", "Self-harm is described as over, but MH-CHILD is present from the "
       "ongoing bereavement work."),
     T("not-coded", "PH", "Debbie has died; her illness is no longer a current part of the "
       "household's situation.")])
box("Z005", "C", "blue",
    "Lewis has an electrical apprenticeship with a local firm starting in Jan, till then he's at "
    "home with his dad. He has no caring role now.",
    ["EDU-NEET"],
    [T("convention", "EDU-NEET", "Lewis is still not in education, employment or training until Jan; "
       "the family has a plan in hand, and in a blue box 'now managing' counts (conv 3)."),
     T("historical", "CARER", "'no caring role now'.")])

# Z006 - Steve, young-onset Parkinson's; Charlie (10) EHCP; arrears and mould
case("Z006", "Hartsmead", "2025-09-16", "2026-02-24")
box("Z006", "A", "green",
    "Charlie (10) has an EHCP (autism), in the ASC base at Tor Vale Primary. SENCo says he's finding "
    "dad's tremor upsetting and keeps asking if dad is going to die; ELSA sessions weekly.",
    ["EDU-SEND", "MH-CHILD", "PH"],
    [T("convention", "PH", "Dad's tremor is a current physical health need of a household member.")])
box("Z006", "A", "yellow",
    "Steve (39) - young onset Parkinson's dx 2022, gave up work as a chef last yr. On UC (LCWRA) "
    "and Lisa does 16 hrs at the Co-op. Rent £1,120 in arrears after UC underpaid them over the "
    "summer; Brackwell Homes have written to them. Black mould in the back bedroom, reported "
    "twice, no repair yet.",
    ["PH", "FIN", "HOUS"],
    [T("convention", "FIN", "UC named with an underpayment and rent arrears = a described benefit "
       "and money problem (conv 5).")])
box("Z006", "C", "yellow",
    "Arrears down to £380 with a £20/wk arrangement. Mould treated by Brackwell Homes in Dec but "
    "Lisa says it is coming back on the window wall.",
    ["FIN", "HOUS"])

# Z007 - Tasha, spinal cord injury; staying at gran's; Mason (9) caring
case("Z007", "Old Quarry", "2025-01-28", "2025-09-30")
box("Z007", "A", "orange",
    "Tasha (33) full time wheelchair user since a spinal cord injury (riding accident, June 2024). "
    "Her HA flat is 1st floor with no lift so she and the 3 kids have been at her mum's 2 bed since "
    "discharge - Tasha sleeping on the sofa, children sharing a room with gran. Housing options "
    "awarded Band A, bidding on adapted ground floor props.",
    ["PH", "HOUS"],
    [T("convention", "HOUS", "Overcrowding at gran's and a home that cannot be used: a current "
       "housing need with a housing-options award.")])
box("Z007", "A", "yellow",
    "Mason (9) does a lot for mum - pushes her chair to the shop, helps Isla (5) get dressed and "
    "makes Poppy's (2) bottles. Late most days, attendance 89% at Kingsmoor Primary.",
    ["CARER", "EDU-ATT"])
box("Z007", "A", "green",
    "Poppy (2) - HV has referred to SALT, only a handful of words. Not taking up her 2 yr funded "
    "nursery place yet, HV helping Tasha with the application. Isla (5) settled in Reception.",
    ["EYD"],
    [T("not-coded", "EDU-ATT", "Isla settled in Reception: good news.")])
box("Z007", "C", "blue",
    "Family moved to an adapted 3 bed bungalow in Sedgecombe in Aug. Mason has stopped doing the "
    "shopping and the bottles since the care package started - Tasha says he's 'just being a kid "
    "again'.",
    ["PH"],
    [T("historical", "HOUS", "The move is complete; no housing need is described."),
     T("historical", "CARER", "Mason 'has stopped' the caring tasks."),
     T("convention", "PH", "The care package (and adapted home) is an ongoing service for Tasha's "
       "disability; like conv 4 the service implies the need, and in a blue box managing counts.")])

# ---------------------------------------------------------------------------
# Batch 2: Z008-Z014
# ---------------------------------------------------------------------------

# Z008 - Rob, secondary progressive MS, drinking; Daisy (15) dyslexia
case("Z008", "Hartsmead", "2025-01-14", "2025-06-24")
box("Z008", "A", "yellow",
    "Rob (50) secondary progressive MS, in bed most of the day, DNs in daily for pressure areas. "
    "Angela is his main carer and gets Carer's Allowance. Rob drinking heavily in the evenings since "
    "he lost his mobility, Angela thinks a bottle of whisky every 2-3 days. He has agreed to a "
    "referral to Levels Recovery.",
    ["PH", "SUB"],
    [T("convention", "CARER", "Angela is an adult carer on Carer's Allowance: not CARER, which is a "
       "child who cares, and not FIN without a money problem (conv 5, 12).")])
box("Z008", "A", "green",
    "Daisy (15) on SEN support for dyslexia, access arrangements in place for her GCSEs. Form tutor "
    "says she's been tearful and can't concentrate on revision 'because of stuff at home'; referred "
    "to the school counsellor.",
    ["EDU-SEND", "MH-CHILD"])
box("Z008", "C", "green",
    "Daisy sat her GCSEs with a reader and 25% extra time. Counselling finished at Easter - she says "
    "she feels loads better and talks to her friends now.",
    ["EDU-SEND"],
    [T("historical", "MH-CHILD", "Counselling finished and she feels better: described as over."),
     T("convention", "EDU-SEND", "Exam access arrangements in use = SEN support being managed (conv 3).")])

# Z009 - Rachel, stroke with aphasia; twins (13); Sam out of school
case("Z009", "Millbourne", "2025-04-01", "2025-12-16")
box("Z009", "A", "orange",
    "Sam (13) not been in school since Feb half term - says he has to stay home in case mum falls, "
    "and he panics on the school bus. Attendance 34%. Attendance panel held 25/3; CAMHS MHST to see "
    "him at home for now. Rachel (45) had a stroke in Feb and Dan works away Mon-Fri.",
    ["EDU-ATT", "MH-CHILD", "CARER", "PH"],
    [T("convention", "CARER", "'in case mum falls' sounds hypothetical, but Sam is actually staying "
       "home to look after his mother now: a present caring role."),
     T("convention", "PH", "A stroke two months ago with a current falls risk is a present physical "
       "health issue, not a historical one.")])
box("Z009", "A", "green",
    "Ben (13, Sam's twin) attending well, no worries from school. Rachel having SALT from the "
    "community stroke team weekly for her aphasia.",
    ["PH"],
    [T("not-coded", "EDU-SEND", "Speech and language therapy here is for an adult after a stroke: "
       "PH, not EDU-SEND or EYD (conv 9 is about children)."),
     T("not-coded", "EDU-ATT", "Ben attending well: pure good news.")])
box("Z009", "C", "blue",
    "Rachel still has some word-finding difficulty but is driving again. Twins do a few jobs round "
    "the house, nothing more than other kids their age according to Rachel and the young carers "
    "worker, so YC have closed.",
    ["PH"],
    [T("negated", "CARER", "Young carers closed; chores no more than peers'. The mention of the young "
       "carers worker is of a closed service."),
     T("convention", "PH", "Remaining word-finding difficulty is current; managing in a blue box (conv 3).")])

# Z010 - Kyle, epilepsy; lost licence and job; s21 and arrears
case("Z010", "Sedgecombe", "2025-10-07", "2026-03-10")
box("Z010", "A", "orange",
    "s21 served by the private landlord in Sept, expires 28/11. Rent arrears £1,650 - Kyle's UC was "
    "sanctioned after he missed a work coach appt the day after a seizure. Housing options have "
    "opened a prevention duty.",
    ["HOUS", "FIN", "PH"],
    [T("convention", "PH", "Kyle's seizure is a current health issue of a household member, "
       "mentioned in passing but present."),
     T("convention", "FIN", "UC sanction = described benefit problem (conv 5).")])
box("Z010", "A", "yellow",
    "Kyle (36) epilepsy - seizures more frequent this yr, DVLA took his licence in June and he lost "
    "his job as a delivery driver. Says he's 'not coping', sits in the bedroom most of the day; GP "
    "has referred him to Talking Therapies.",
    ["PH", "FIN", "MH-ADULT"],
    [T("convention", "FIN", "Adult worklessness after losing his job is FIN.")])
box("Z010", "C", "yellow",
    "Family moved into a Brackwell Homes house in Millbourne in Dec, rent paid direct from UC, no "
    "arrears on the new tenancy. Old landlord debt (£900) being paid at £15/wk, set up with "
    "Citizens Advice.",
    ["FIN"],
    [T("historical", "HOUS", "Rehoused; the s21 is over and no housing need remains."),
     T("partial", "FIN", "'no arrears on the new tenancy' does not reach the old landlord debt still "
       "being repaid.")])

# Z011 - Helen, MS and pain; Callum (16) cannabis, at risk of NEET
case("Z011", "Old Quarry", "2025-10-14", "2026-02-03")
box("Z011", "A", "yellow",
    "Callum (16) started level 2 motor vehicle at Brackwell College in Sept but has missed loads, "
    "college say he's at risk of being withdrawn. Smoking cannabis every day, admits spending his "
    "bursary on it.",
    ["EDU-NEET", "SUB"],
    [T("not-coded", "FIN", "Callum spending his own bursary on cannabis is not a household money "
       "problem (conv 11).")])
box("Z011", "A", "green",
    "Helen (46) MS with bad fatigue and nerve pain, on pregabalin and tramadol from the GP and takes "
    "them as prescribed. She vapes, doesn't drink. Callum helps carry the shopping in from the car "
    "but H is clear he does no personal care and isn't a young carer.",
    ["PH"],
    [T("negated", "SUB", "Prescribed medication taken as prescribed; vaping is not SUB (conv 12); "
       "'doesn't drink'."),
     T("negated", "CARER", "'isn't a young carer'.")])
box("Z011", "C", "yellow",
    "Callum was withdrawn from his course in Nov, now on the college's 12 wk Step Up re-engagement "
    "programme (3 days/wk). Says cannabis is weekends only now.",
    ["EDU-NEET", "SUB"],
    [T("convention", "EDU-NEET", "Withdrawn from his course and on a re-engagement programme: still "
       "at risk of NEET.")])

# Z012 - Gemma, brain injury after car crash; CIN; debts; Jade (14) caring
case("Z012", "Sedgecombe", "2025-08-19", "2026-02-18")
box("Z012", "A", "red",
    "Stepped up to CSC after Tia (8) was found on her own by a neighbour at 9pm near the bypass - "
    "Gemma was meant to be watching her and had forgotten she was out. Strategy discussion held, "
    "s47 completed, now on a CIN plan.",
    ["SAFE-NEG"])
box("Z012", "A", "orange",
    "Gemma (36) severe brain injury in a car crash March 2024 - memory, planning and impulse control "
    "all affected and she spends on impulse. Approx £4k catalogue/BNPL debt, electric on emergency "
    "credit most weeks. Jade (14) has taken over the budgeting and food shopping.",
    ["PH", "FIN", "CARER"])
box("Z012", "C", "red",
    "CIN plan reviewed 12/2 and continues - Lee is still on nights twice a week and there's no other "
    "adult to supervise the kids when Gemma's memory is bad. No further incidents since the plan "
    "started.",
    ["SAFE-NEG", "PH"],
    [T("partial", "SAFE-NEG", "'No further incidents' is about the incident; the supervision gap "
       "is still described as current under an open CIN plan."),
     T("convention", "PH", "Gemma's memory problems are current.")])
box("Z012", "C", "yellow",
    "DRO approved in Jan with the catalogue debts in it. Still £6 a week going on the meter for the "
    "emergency credit debt. Jade no longer does the shopping (Lee does an online order) but still "
    "keeps an eye on mum after school - referred to young carers for respite trips.",
    ["FIN", "CARER"],
    [T("partial", "CARER", "The shopping has stopped, but she still watches over her mother and has "
       "been referred to young carers."),
     T("partial", "FIN", "The DRO sorts the catalogue debt but meter debt repayment continues.")])

# Z013 - Leanne, newly diagnosed MS, anxiety
case("Z013", "Hartsmead", "2025-03-25", "2025-08-12")
box("Z013", "A", "green",
    "Leanne (40) diagnosed with MS in Feb after optic neuritis, starting a DMT under the neuro team. "
    "Says she's been really anxious since, up googling at night; GP suggested she self-refers to "
    "Talking Therapies. Her mum has Parkinson's and lives in a care home across town, kids visit "
    "on Sundays.",
    ["PH", "MH-ADULT"],
    [T("partial", "PH", "Maternal gran's Parkinson's is outside the household (conv 6); PH is coded "
       "for Leanne's MS.")])
box("Z013", "C", "blue",
    "Leanne did 6 sessions of Talking Therapies and is using the breathing and worry-time "
    "techniques, sleeping better. MS stable on the DMT, no relapses.",
    ["MH-ADULT", "PH"],
    [T("convention", "MH-ADULT", "Sessions ended but she is still managing her anxiety with the "
       "techniques: 'now managing' in a blue box (conv 3)."),
     T("partial", "PH", "'no relapses' negates relapses, not the MS, which is managed on a DMT (conv 3, 4).")])

# Z014 - Andy, MND; Ethan (16) child-to-parent violence; Grace (12) panic attacks
case("Z014", "Millbourne", "2025-10-01", "2026-03-17")
box("Z014", "A", "yellow",
    "Andy (55) dx MND Nov 2024, now in a wheelchair and needs the hoist for transfers; bed moved "
    "into the dining room. PIP awarded under special rules within 3 wks and Sue gets Carer's "
    "Allowance - Sue says money is ok, mortgage covered by his insurance.",
    ["PH"],
    [T("negated", "FIN", "Benefits named with 'money is ok': no FIN (conv 5)."),
     T("not-coded", "CARER", "Carer's Allowance is Sue's; it never implies CARER (conv 5).")])
box("Z014", "A", "orange",
    "Ethan (16) and Sue arguing daily - he's sworn at her and pushed her into the door frame in "
    "Sept, Sue didn't ring police. Sixth form say he's been sent out of lessons for being rude to "
    "staff (2 detentions + 1 day in isolation). Grace (12) having panic attacks at bedtime, GP has "
    "referred to CAMHS, awaiting triage.",
    ["REL-PAR", "EDU-EXC", "MH-CHILD"],
    [T("convention", "DA", "Child-to-parent violence is REL-PAR, not DA; no police, so no CRIME (conv 8)."),
     T("convention", "MH-CHILD", "Awaiting CAMHS codes MH-CHILD (conv 4).")])
box("Z014", "C", "green",
    "Andy has carers 4x daily now so neither child does any personal care. Ethan calmer at home, Sue "
    "says they haven't had a proper row since Christmas. Grace had her CAMHS triage call and is on "
    "the list for the anxiety group.",
    ["PH", "MH-CHILD"],
    [T("negated", "CARER", "'neither child does any personal care'."),
     T("historical", "REL-PAR", "No row since Christmas: the conflict is described as over."),
     T("convention", "PH", "Four daily care calls = ongoing service for Andy's disability (as conv 4).")])

# ---------------------------------------------------------------------------
# Batch 3: Z015-Z021
# ---------------------------------------------------------------------------

# Z015 - Mark, brain injury; controlling behaviour towards Laura; Ava (9)
case("Z015", "Old Quarry", "2025-11-05", "2026-04-21")
box("Z015", "A", "orange",
    "Laura (38) disclosed that since Mark's brain injury he checks her phone, has taken her bank card "
    "and won't let her see her friends. He grabbed her wrist in Oct and left bruises. DASH medium. "
    "Neuropsych have told her the injury affects his impulse control but Laura says she feels "
    "controlled and scared. Referred to IDVA.",
    ["DA", "PH"],
    [T("convention", "REL-CONF", "Controlling behaviour and assault are DA only, not REL-CONF, "
       "whatever the medical explanation (conv 8)."),
     T("convention", "PH", "Mark's brain injury affecting impulse control is a current health need.")])
box("Z015", "A", "yellow",
    "Ava (9) told her teacher she saw dad grab mum's arm and she hides under her duvet when he "
    "shouts. Scared to go home some days and has started wetting the bed again. School nurse "
    "seeing her.",
    ["DA", "MH-CHILD", "PH"],
    [T("convention", "PH", "Bedwetting at school age is PH (conv 9)."),
     T("convention", "DA", "A child witnessing dad grab mum is DA in the household.")])
box("Z015", "A", "green",
    "Harry (4) at Little Acorns, keyworker says he has lots of words and is toilet trained, no "
    "concerns. Ava at Tor Vale, 96%.",
    [],
    [T("negated", "EYD", "Speech and toileting are fine: 'no concerns'."),
     T("not-coded", "EDU-ATT", "96% attendance is pure good news (conv 3).")])
box("Z015", "C", "orange",
    "Mark moved to his brother's in Dec; the kids see him there on Sundays. Laura doing the Freedom "
    "Programme (week 8 of 12) and has applied for a non-mol.",
    ["DA"],
    [T("convention", "DA", "Freedom Programme and non-mol application code DA (conv 4)."),
     T("convention", "REL-CONF", "The separation is part of the DA picture; REL-CONF is for breakdown "
       "that is not domestic abuse, so not coded.")])

# Z016 - Dean, skull fracture from a fall at work; low mood; Lily, Archie
case("Z016", "Millbourne", "2025-12-02", "2026-06-09")
box("Z016", "A", "yellow",
    "Archie (8) on SEN support with a movement break plan and on the paeds waiting list for an ADHD "
    "assessment. Sleeping badly since dad came home, awake till 11 most nights.",
    ["EDU-SEND", "PH"],
    [T("convention", "PH", "Sleep problems at school age are PH (conv 9)."),
     T("convention", "EDU-SEND", "Waiting for an ADHD assessment codes EDU-SEND (conv 4).")])
box("Z016", "A", "orange",
    "Dean (37) fractured his skull falling off scaffolding in 2024 - headaches, balance and fatigue "
    "are ongoing. Mood much worse; in Nov Stacey found a note saying they'd be better off without "
    "him. Crisis team visited, now under the CMHT with a safety plan. Lily (11) frightened by his "
    "moods and has refused school on 5 Mondays this term.",
    ["PH", "MH-ADULT", "MH-CHILD", "EDU-ATT"],
    [T("convention", "PH", "The 2024 fall is past but its effects are described as ongoing.")])
box("Z016", "A", "green",
    "Stacey has gone down to part time to support Dean. His employer is paying sick pay till Jan and "
    "a solicitor is handling the injury claim.",
    [],
    [T("not-coded", "FIN", "Reduced hours and sick pay ending in Jan: no debt or money problem is "
       "described, only a future change (hypothetical at most)."),
     T("not-coded", "PH", "The box names Dean's support but no illness or injury; coded on its own text (conv 1).")])
box("Z016", "C", "green",
    "Dean still under CMHT, mood steadier, GP reviewing his meds monthly. Lily in school every day "
    "and goes to the lunchtime worry club.",
    ["MH-ADULT", "MH-CHILD"],
    [T("historical", "EDU-ATT", "'in school every day': the refusal is over."),
     T("convention", "MH-CHILD", "The worry club is ongoing support for Lily's worries (conv 3, 4).")])

# Z017 - Fiona, MS; private landlord s21; Zac (14) autism, out of school
case("Z017", "Sedgecombe", "2025-11-18", "2026-05-05")
box("Z017", "A", "orange",
    "Private landlord refused permission for a ramp or grab rails and has served a s21 after Fiona "
    "reported the roof leaking into the back bedroom. Fiona (44) has MS and can't get down the front "
    "step without Zac holding her.",
    ["HOUS", "PH", "CARER"],
    [T("convention", "CARER", "Zac physically supporting his mother is a caring responsibility.")])
box("Z017", "A", "yellow",
    "Zac (14) autistic (dx 2021), school requested an EHC needs assessment in Oct. Out of school "
    "since Sept - says the corridor noise is unbearable. Attendance officer has written warning of a "
    "fixed penalty.",
    ["EDU-SEND", "EDU-ATT"],
    [T("not-coded", "FIN", "A warning of a possible fixed penalty is not a money problem yet.")])
box("Z017", "C", "yellow",
    "Rehoused by Brackwell Homes to a ground floor flat in Jan. EHCP finalised Feb naming Rowan "
    "House; Zac on a reduced timetable 10-2 while he settles.",
    ["EDU-SEND", "EDU-ATT"],
    [T("historical", "HOUS", "Rehoused: the s21 and disrepair are over."),
     T("convention", "EDU-ATT", "A reduced (part-time) timetable is EDU-ATT.")])

# Z018 - Sarah, stroke after birth; perinatal low mood
case("Z018", "Hartsmead", "2025-09-09", "2026-01-27")
box("Z018", "A", "green",
    "Sarah (31) had a stroke 3 wks after Rosie was born in Jan - left arm weak, can't lift Rosie "
    "safely on her own. HV fortnightly. Rosie (8 months) feeding well, weaning going fine and on "
    "track at her 6-8 month review.",
    ["PH"],
    [T("not-coded", "EYD", "Weaning and development on track: good news, no need stated (conv 3).")])
box("Z018", "A", "yellow",
    "EPDS high - Sarah says she's a 'rubbish mum' and cries most days. Referred to the perinatal "
    "mental health team. Liam has used all his leave and worries he could lose his job if he needs "
    "more time off.",
    ["MH-ADULT"],
    [T("hypothetical", "FIN", "Losing his job only 'if he needs more time off'.")])
box("Z018", "C", "blue",
    "Sarah's grip getting stronger with her hand exercises, Liam's mum helps with bath time. Still "
    "seeing the perinatal team monthly and says she feels 'more like me'.",
    ["PH", "MH-ADULT"],
    [T("convention", "PH", "Hand exercises for a weak grip: managing a current impairment (conv 3)."),
     T("convention", "MH-ADULT", "Ongoing perinatal team contact (conv 4).")])

# Z019 - Nathan, primary progressive MS; separation and contact dispute; Keira (13)
case("Z019", "Old Quarry", "2025-10-21", "2026-03-31")
box("Z019", "A", "yellow",
    "Carly left in Aug and lives in Taunton with her new partner. She and Nathan can't agree contact "
    "- rows at handovers in front of the kids, Carly has applied to court. Nathan (46) has primary "
    "progressive MS and uses a stick indoors, scooter outside.",
    ["REL-CONF", "PH"],
    [T("convention", "REL-CONF", "Carly now lives elsewhere, but the contact dispute is the family's own "
       "need (separation, contact dispute), so REL-CONF is coded.")])
box("Z019", "A", "orange",
    "Keira (13) doing most of the cooking and washing and helps dad with his catheter supplies. "
    "Suspended for 2 days after fighting a girl who called her dad a 'cripple', and says she gets "
    "picked on in her year about him. Also caught vaping in the toilets.",
    ["CARER", "EDU-EXC", "SAFE-EXP"],
    [T("not-coded", "SUB", "Vaping is not SUB (conv 12)."),
     T("convention", "SAFE-EXP", "Being picked on by peers = bullying of the child (SAFE-EXP).")])
box("Z019", "C", "yellow",
    "Child arrangements order made in Feb, handovers now at the contact centre - less conflict but "
    "Nathan and Carly still don't speak. Keira goes to young carers and has a school mentor. No more "
    "suspensions, and she says the name-calling stopped once school spoke to the other girl.",
    ["REL-CONF", "CARER"],
    [T("historical", "EDU-EXC", "'No more suspensions'."),
     T("historical", "SAFE-EXP", "Name-calling 'stopped'."),
     T("partial", "REL-CONF", "'less conflict' is reduced, not ended; handovers still need the contact centre.")])

# Z020 - Ruth, Parkinson's; gambling from dopamine agonist; Max (12)
case("Z020", "Sedgecombe", "2025-05-20", "2025-11-04")
box("Z020", "A", "orange",
    "Ruth (49) Parkinson's - since starting a dopamine agonist she has lost about £7k on online "
    "bingo/slots; neurologist says it's a known side effect and has cut the dose. Mortgage 2 months "
    "behind, lender has written. Ian has taken over the accounts, StepChange appt booked.",
    ["PH", "FIN"],
    [T("convention", "SUB", "Gambling losses are FIN, not SUB (conv 10); the dopamine agonist is "
       "prescribed medication.")])
box("Z020", "A", "green",
    "Phoebe (17) doing A levels at Brackwell sixth form, on track. Ruth says she feels guilty about "
    "'all of this' but isn't depressed, GP agrees.",
    [],
    [T("negated", "MH-ADULT", "'isn't depressed, GP agrees'."),
     T("not-coded", "EDU-NEET", "Phoebe in sixth form and on track: good news.")])
box("Z020", "C", "yellow",
    "Mortgage arrears cleared in Sept from Ian's pension lump sum. Ruth has self-excluded through "
    "GamStop and they have a joint account with spending alerts.",
    [],
    [T("historical", "FIN", "Arrears 'cleared' = historical (conv 3); self-exclusion and alerts are "
       "safeguards, with no current debt described, and this is not a blue/green box."),
     T("not-coded", "EDU-EXC", "'self-excluded' is a look-alike for exclusion.")])
box("Z020", "C", "green",
    "Max (12) goes to the young carers group after school on Thursdays where he's met other kids "
    "with a poorly parent. No detentions since Sept.",
    ["CARER"],
    [T("convention", "CARER", "Attending a young carers group codes CARER (service implies need, conv 4)."),
     T("historical", "EDU-EXC", "'No detentions since Sept'.")])

# Z021 - Craig, brain injury after an assault; drinking, ASB; Chloe (9)
case("Z021", "Millbourne", "2025-11-25", "2026-05-19")
box("Z021", "A", "orange",
    "Craig (40) has an ABI from being assaulted in 2022 (offender never found) and drinks 4-6 cans "
    "most days. Police called twice this autumn by neighbours - Craig shouting and kicking bins over "
    "in the street - and he's been given a community protection warning. Referred to Levels "
    "Recovery, DNA'd first appt.",
    ["PH", "SUB", "CRIME"],
    [T("partial", "CRIME", "The 2022 assault on Craig was by an unknown outsider and is past; "
       "CRIME is coded for Craig's own current ASB and CPW (conv 7)."),
     T("convention", "DA", "No partner abuse is described; the assault is not DA.")])
box("Z021", "A", "yellow",
    "Kerry says Craig has never been violent to her or the children but the drinking causes rows and "
    "she's thinking about separating. Chloe (9) worries about dad and says she feels sick with worry "
    "before school; missed 9 days this term.",
    ["SUB", "REL-CONF", "MH-CHILD", "EDU-ATT"],
    [T("negated", "DA", "'never been violent': arguments = REL-CONF (conv 8)."),
     T("convention", "SUB", "Craig's drinking is described as current and causing rows."),
     T("partial", "REL-CONF", "The separation is only being considered, but the rows are present.")])
box("Z021", "C", "orange",
    "Craig engaging with Levels Recovery (3rd appt) and goes to the Headway drop-in. No police "
    "call-outs since Dec but the CPW is still in force.",
    ["SUB", "PH", "CRIME"],
    [T("partial", "CRIME", "'No police call-outs since Dec' does not reach the CPW still in force."),
     T("convention", "SUB", "Engaging with the alcohol service codes SUB (conv 4)."),
     T("convention", "PH", "Headway drop-in = ongoing brain injury support (conv 4).")])
box("Z021", "C", "yellow",
    "Kerry and Craig separated in March, amicably - Craig living with his mum in Sedgecombe and the "
    "kids see him Saturdays. Chloe's attendance back up to 96%.",
    ["REL-CONF"],
    [T("convention", "REL-CONF", "A recent parental separation is REL-CONF even when amicable."),
     T("historical", "EDU-ATT", "Attendance 'back up to 96%' in a yellow box: the problem is over."),
     T("outside", "SUB", "Craig now lives outside the household; nothing about his drinking is said here anyway.")])

# ---------------------------------------------------------------------------
# Batch 4: Z022-Z027
# ---------------------------------------------------------------------------

# Z022 - Lorraine, functional neurological disorder; PIP closed; Jasmine (10)
case("Z022", "Hartsmead", "2025-02-25", "2025-09-16")
box("Z022", "A", "yellow",
    "Lorraine (42) has FND with non-epileptic attacks 3-4 a week, uses a wheelchair on bad days. PIP "
    "claim closed when she missed the assessment (she was in A&E that day), Citizens Advice helping "
    "her reclaim. UC only income, £230 behind on water.",
    ["PH", "FIN"],
    [T("convention", "FIN", "PIP claim closed = benefit problem; water arrears (conv 5).")])
box("Z022", "A", "green",
    "Jasmine (10) makes mum's breakfast and helps her to the loo on bad days. School aware, offered "
    "her a place at lunch club. J says she doesn't mind but she gets really worried when mum has an "
    "attack in the street.",
    ["CARER", "MH-CHILD"],
    [T("convention", "CARER", "Helping a parent to the toilet is personal care by a child; "
       "'doesn't mind' does not negate it."),
     T("partial", "MH-CHILD", "'doesn't mind' is about the tasks; the worry about mum's attacks is "
       "present.")])
box("Z022", "C", "green",
    "Jasmine goes to the young carers Saturday club and the ELSA checks in with her monthly.",
    ["CARER", "MH-CHILD"],
    [T("convention", "CARER", "Young carers club codes CARER (conv 4)."),
     T("convention", "MH-CHILD", "ELSA check-ins = ongoing emotional support (conv 3, 4).")])

# Z023 - Gary, stroke; grandparents on an SGO for Connor (12)
case("Z023", "Old Quarry", "2025-09-02", "2026-03-03")
box("Z023", "A", "orange",
    "Connor (12) lives with maternal grandparents Pat and Gary on an SGO since 2020 because of mum's "
    "heroin use; mum still using, no contact. Connor open to CAMHS for trauma work, seen monthly.",
    ["MH-CHILD"],
    [T("outside", "SUB", "Mum's heroin use is outside the household (conv 6)."),
     T("not-coded", "CARER", "The grandparents are kinship carers: not CARER (conv 12).")])
box("Z023", "A", "yellow",
    "Gary (58) had a stroke in June, walks with a frame. Pat (56) is his main carer as well as "
    "Connor's kinship carer and has hurt her back helping him up. Connor helps grandad with his shoes "
    "and reminds him about his tablets. Two 1 day suspensions this year for fighting.",
    ["PH", "CARER", "EDU-EXC"],
    [T("convention", "CARER", "CARER for Connor's help with grandad, not for Pat being 'main carer' "
       "or 'kinship carer' (conv 12).")])
box("Z023", "C", "orange",
    "Still open to CAMHS. OT has fitted rails and a perching stool for Gary; Pat's back still bad, "
    "physio booked.",
    ["MH-CHILD", "PH"])

# Z024 - Shaun, epilepsy; overcrowded flat with steep stairs; Kai (8)
case("Z024", "Millbourne", "2025-07-08", "2026-01-13")
box("Z024", "A", "orange",
    "Family of 4 in a 1 bed flat above the chip shop on Fore St; Kai (8) sleeps on the sofa, mould in "
    "the bathroom. Shaun (33) had 2 seizures on the stairs this year - they're steep and narrow and "
    "OT says the flat isn't safe for him. On the housing register, band B.",
    ["HOUS", "PH"])
box("Z024", "A", "yellow",
    "Becky had DV from Kai's dad in 2019, non-mol long expired and no contact since. She says things "
    "are good with Shaun. Kai's behaviour at home hard since they moved in - tantrums, hitting "
    "Mia (2), won't go to bed.",
    ["REL-PAR"],
    [T("historical", "DA", "DV in 2019, no contact since."),
     T("convention", "REL-PAR", "Behaviour at home including hitting a sibling is REL-PAR.")])
box("Z024", "C", "yellow",
    "Still bidding for a 2 bed, no offers yet. Becky did the 6 wk Family Links group; Kai's "
    "behaviour better with the star chart but he still hits out at Mia when he's tired.",
    ["HOUS", "REL-PAR"],
    [T("partial", "REL-PAR", "'better' but still hitting out: present."),
     T("convention", "HOUS", "Still bidding for rehousing = continuing housing need.")])

# Z025 - Emma, MS, powerchair user; Jake (15) exploited
case("Z025", "Hartsmead", "2025-11-11", "2026-04-28")
box("Z025", "A", "red",
    "Jake (15) missing x3 since Sept; last time found by BTP at Bristol Temple Meads at 2am with "
    "£300 cash and 2 phones. Strategy meeting 4/11, s47 underway, NRM referral submitted.",
    ["SAFE-EXP"],
    [T("convention", "CRIME", "Police finding a missing child is safeguarding, not CRIME (conv 7); "
       "no offence is described.")])
box("Z025", "A", "orange",
    "Emma (37) has MS and uses a powerchair, she can't go out looking for Jake. Jake arrested in Oct "
    "for possession with intent to supply (cannabis), RUI, YOS aware - police believe he is being "
    "used to run drugs into the town.",
    ["PH", "CRIME", "SAFE-EXP"],
    [T("convention", "SUB", "Drugs found on an exploited child are SAFE-EXP and CRIME, not SUB (conv 12).")])
box("Z025", "C", "red",
    "Jake remains on a CIN plan with the exploitation team. No missing episodes since Dec. Referral "
    "order (9 months) made by the youth court in Feb for the PWITS.",
    ["SAFE-EXP", "CRIME"],
    [T("partial", "SAFE-EXP", "Missing episodes are over, but the exploitation CIN plan continues."),
     T("convention", "CRIME", "Referral order = youth justice (conv 7).")])

# Z026 - Hayley, epilepsy; fled DA into temporary accommodation; Finley (6)
case("Z026", "Old Quarry", "2025-10-28", "2026-03-24")
box("Z026", "A", "orange",
    "Hayley (32) moved into TA (a B&B room in Brackwell) in Oct after ex-partner Dale assaulted her; "
    "Dale arrested and on bail not to contact her. MARAC 13/11.",
    ["HOUS", "DA"],
    [T("convention", "CRIME", "An ex-partner's assault and arrest are DA only (conv 7); Dale is also "
       "outside the household (conv 6).")])
box("Z026", "A", "yellow",
    "Hayley has epilepsy and her seizures have gone up with the stress. She and Finley (6) share one "
    "room with no kitchen. Her UC was suspended when she changed address - nothing paid for 3 wks, "
    "EHW gave food bank vouchers.",
    ["PH", "HOUS", "FIN"],
    [T("not-coded", "SAFE-NEG", "Food bank vouchers are FIN; no hungry child or empty cupboards are "
       "described (conv 10)."),
     T("not-coded", "MH-ADULT", "'stress' is given as a seizure trigger; no mental health need is stated.")])
box("Z026", "C", "yellow",
    "Hayley and Finley moved into a 2 bed HA flat in Jan. Dale convicted and a restraining order "
    "made; Hayley doing the Freedom Programme. UC back in payment, advance being taken back at £45 a "
    "month.",
    ["DA", "FIN"],
    [T("historical", "HOUS", "Moved out of TA into a tenancy."),
     T("convention", "DA", "Freedom Programme codes DA (conv 4)."),
     T("convention", "FIN", "Advance repayment deductions = an ongoing benefit debt.")])
box("Z026", "C", "green",
    "Finley's attendance up to 94% since the school taxi started, school checking it weekly. Seizure "
    "diary shows 1 seizure in Feb, neuro appt due April.",
    ["EDU-ATT", "PH"],
    [T("convention", "EDU-ATT", "Attendance being supported and monitored in a green box: 'now "
       "managing' (conv 3).")])

# Z027 - Wayne, below-knee amputation after a work accident; PTSD; 2nd floor flat
case("Z027", "Sedgecombe", "2025-06-17", "2026-02-10")
box("Z027", "A", "orange",
    "Wayne (43) lost his right leg below the knee in an accident at the quarry Nov 2024. PTSD - "
    "flashbacks and nightmares - seeing the trauma psychologist. Flat is 2nd floor, no lift, and "
    "Wayne can't manage the stairs with his prosthetic so he's barely been out since March. Housing "
    "need assessed, band A for ground floor.",
    ["PH", "MH-ADULT", "HOUS"],
    [T("convention", "HOUS", "A home the disabled parent cannot get in and out of, with an assessed "
       "housing need and band A, is coded HOUS (unsuitable housing needing a move); adaptations "
       "alone would not be.")])
box("Z027", "A", "yellow",
    "Summer (14) helps dad put his prosthetic on in the mornings and does most of the cooking. 91% "
    "attendance but late 14 times this term.",
    ["CARER", "EDU-ATT"])
box("Z027", "C", "yellow",
    "Rehoused in Jan to a ground floor 3 bed. Wayne still seeing the trauma psychologist, nightmares "
    "less often. Summer doesn't need to help dad dress now.",
    ["MH-ADULT"],
    [T("historical", "HOUS", "Rehoused."),
     T("historical", "CARER", "'doesn't need to help dad dress now'.")])
box("Z027", "C", "blue",
    "N/A",
    [],
    [T("not-coded", "", "Empty box.")])

# ---------------------------------------------------------------------------
# Batch 5: unboxed case notes Z028-Z030 (level = highest cue, conv 2)
# ---------------------------------------------------------------------------

# Z028 - Tony, MS relapse; Kayla (12) caring
case("Z028", "Sedgecombe", "2025-05-14", "2025-10-08")
note("Z028", "A",
     "Home visit 14/5 - Tony (44) having an MS relapse, on a course of steroids from neuro. Kayla "
     "(12) doing his tablets and making the tea most nights while mum is at work. Referred Kayla to "
     "Levels Young Carers today. UC LCWRA assessment still outstanding but Tony says money is ok at "
     "the mo.",
     "yellow",
     ["PH", "CARER"],
     [T("convention", "", "Level yellow: a young carers service is the highest cue (conv 2)."),
      T("negated", "FIN", "UC named, 'money is ok': no FIN (conv 5)."),
      T("not-coded", "SUB", "Steroids are prescribed treatment.")])
note("Z028", "C",
     "Closing summary: Kayla goes to young carers fortnightly and enjoys it. Tony's relapse has "
     "settled, GP reviewing his MS meds in Nov. Signposted Tony to the MS Society helpline, which he "
     "has rung.",
     "yellow",
     ["CARER", "PH"],
     [T("convention", "", "Cues: young carers (yellow) > GP (green) > signposting (blue); yellow."),
      T("partial", "PH", "The relapse has settled but his MS and its medication review continue.")])

# Z029 - Bev, epilepsy; Kieran (14) arrested, CAMHS
case("Z029", "Hartsmead", "2025-09-22", "2026-04-14")
note("Z029", "A",
     "TC from Bev (39). Kieran (14) arrested Sat night for criminal damage at the skate park, youth "
     "caution likely. Bev has epilepsy and says her seizures are worse when he stays out late, she's "
     "hardly sleeping. Kieran already open to CAMHS for anxiety.",
     "orange",
     ["CRIME", "PH", "MH-CHILD"],
     [T("convention", "", "Arrest and CAMHS are orange cues (conv 2)."),
      T("partial", "CRIME", "'youth caution likely' is future, but the arrest is present.")])
note("Z029", "C",
     "Kieran completed his youth caution intervention with YOS in Feb, no further arrests. CAMHS "
     "discharged him in March as his anxiety is much better. Bev says he's in by 9 most nights and "
     "she's had no seizures since Christmas.",
     "orange",
     [],
     [T("historical", "CRIME", "Intervention completed, no further arrests."),
      T("historical", "MH-CHILD", "Discharged from CAMHS: the service is over, so it does not code."),
      T("historical", "PH", "'no seizures since Christmas' describes the health issue as over (conv 3)."),
      T("not-coded", "", "No present issue, so no gold rows even though YOS/CAMHS words appear.")])

# Z030 - Natalie, stroke in pregnancy; baby Lola's weight
case("Z030", "Old Quarry", "2025-08-05", "2026-01-20")
note("Z030", "A",
     "Joint visit with HV. Natalie (30) had a stroke late in pregnancy and her left hand is still weak, "
     "finds making up bottles hard one-handed. Baby Lola (7 months) has dropped from the 50th to the "
     "9th centile; HV and GP weighing her fortnightly. Partner at work all day.",
     "green",
     ["PH"],
     [T("convention", "", "Cues: HV and GP only, so green (conv 2)."),
      T("convention", "PH", "Mum's weak hand and baby's faltering weight are both PH; coded once."),
      T("not-coded", "EYD", "Weight is PH; no development, speech or nursery issue is described.")])
note("Z030", "C",
     "Lola's weight back on the 25th centile, HV discharged her to universal. Nat still has weakness "
     "in her left hand but manages feeds with a one-handed prep machine her sister bought. GP review "
     "6-monthly.",
     "green",
     ["PH"],
     [T("partial", "PH", "Lola's weight problem is over; Nat's hand weakness is current."),
      T("convention", "", "Cues: HV/GP (green) > sister (blue); green.")])


# ---------------------------------------------------------------------------
# Writer
# ---------------------------------------------------------------------------

def main():
    cols = ["narrative_id", "triage_id", "case_id", "stage", "date", "level",
            "locality", "narrative"]
    with open(os.path.join(HERE, "narratives.csv"), "w", encoding="utf-8",
              newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(cols)
        for n in NARR:
            w.writerow([n[c] for c in cols])

    gold = []
    for n in NARR:
        assert len(set(n["codes"])) == len(n["codes"]), n["narrative_id"]
        for code in n["codes"]:
            gold.append((n["narrative_id"], code, n["gold_level"]))
    with open(os.path.join(HERE, "gold.csv"), "w", encoding="utf-8",
              newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "code", "level"])
        w.writerows(gold)

    traps = {n["narrative_id"]: n["traps"] for n in NARR if n["traps"]}
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8",
              newline="") as f:
        f.write(json.dumps(traps, indent=1, ensure_ascii=False).replace("\n", "\r\n"))
        f.write("\r\n")

    triages = {n["triage_id"] for n in NARR}
    by_stage = Counter(n["stage"] for n in NARR)
    print(f"cases {len(CASES)}, triages {len(triages)}, narratives {len(NARR)} "
          f"(assessment {by_stage['assessment']}, closure {by_stage['closure']}, "
          f"unboxed {sum(1 for n in NARR if not n['level'])})")
    print(f"gold rows {len(gold)}; narratives with no gold rows "
          f"{sum(1 for n in NARR if not n['codes'])}")
    print("codes:", ", ".join(f"{c} {k}" for c, k in sorted(Counter(g[1] for g in gold).items())))
    print("levels:", ", ".join(f"{c} {k}" for c, k in Counter(g[2] for g in gold).most_common()))
    print(f"narratives with trap notes {len(traps)}, trap entries "
          f"{sum(len(v) for v in traps.values())}")


if __name__ == "__main__":
    main()
