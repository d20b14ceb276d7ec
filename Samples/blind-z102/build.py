#!/usr/bin/env python3
"""Blind gold set z102: older teenagers (15-19) in a coastal city.

Hand-written and hand-coded from /work/shared/taxonomy.md only.
Writes narratives.csv, gold.csv and traps.json (UTF-8, no BOM, CRLF) and prints counts.
Python 3 standard library only.
"""
import csv
import json
import os
from collections import Counter

SET_ID = "z102"
HERE = os.path.dirname(os.path.abspath(__file__))

CASES = []


def case(cid, locality, a_date, c_date):
    c = {"case": cid, "locality": locality, "A": a_date, "C": c_date, "items": []}
    CASES.append(c)
    return c


def box(c, stage, level, text, codes, traps=()):
    """A narrative written in a level box: every code takes the box level."""
    c["items"].append({"stage": stage, "level": level, "text": text,
                       "codes": list(codes), "traps": list(traps),
                       "note_level": None, "date": None})


def note(c, stage, date, note_level, text, codes, traps=()):
    """An unboxed case note: one level for all codes = highest cue (convention 2)."""
    c["items"].append({"stage": stage, "level": "", "text": text,
                       "codes": list(codes), "traps": list(traps),
                       "note_level": note_level, "date": date})


def T(kind, code, why):
    return {"type": kind, "code": code, "note": why}


# ---------------------------------------------------------------- Z001
c = case("Z001", "Harbourside", "2025-04-14", "2025-10-06")
box(c, "A", "yellow",
    "Kayden (16) dropped out of Seaview College in Nov after 6 wks of the level 2 motor vehicle course, "
    "not in any EET since. Mum (Lisa) says he's smoking weed most days and hardly leaves his room. "
    "Lisa and stepdad Craig at breaking point with him - constant rows about him doing nothing all day, "
    "Craig and Kayden nearly came to blows last wk. EHW to do 1:1 work with K and refer to Positive Steps youth worker.",
    ["EDU-NEET", "SUB", "REL-PAR"],
    [T("convention", "FIN", "Conv 11: a 16-year-old NEET is EDU-NEET only; no adult worklessness described, so no FIN."),
     T("convention", "REL-PAR", "Rows between a step-parent and the young person are parent-child (conv 8), not REL-CONF.")])
box(c, "A", "orange",
    "Following another row on 13/4 Craig has told Kayden he has to be out by the end of the month. "
    "Youth homelessness team contacted re a joint assessment under the 16/17 protocol. "
    "K says he will sofa surf at mates if it comes to it. No police involvement.",
    ["HOUS", "REL-PAR"],
    [T("hypothetical", "HOUS", "Sofa surfing 'if it comes to it' is hypothetical, but the current instruction to leave is a present homelessness risk."),
     T("negated", "CRIME", "'No police involvement'.")])
box(c, "C", "green",
    "Kayden started a level 2 bricklaying apprenticeship with Dunmore Builders in Sept, day release at Seaview College on Weds. "
    "Back living at home with agreed house rules. Says he has cut the weed down to weekends only.",
    ["SUB"],
    [T("not-coded", "EDU-NEET", "On an apprenticeship = in training; NEET is over."),
     T("not-coded", "HOUS", "Back at home, no housing risk described."),
     T("convention", "SUB", "Conv 3: cut down but still using at weekends = now managing, present in a green box.")])

# ---------------------------------------------------------------- Z002
c = case("Z002", "Saltings", "2025-05-02", "2026-01-19")
box(c, "A", "green",
    "Amber (15) yr 11 at Saltings Academy, GCSEs start in 3 wks. Pastoral lead and school nurse aware she is very anxious "
    "about exams and barely sleeping, up until 2-3am revising most nights.",
    ["MH-CHILD", "PH"],
    [T("convention", "PH", "Conv 9: sleep problems in a school-age child are PH, coded alongside the exam anxiety (MH-CHILD).")])
box(c, "A", "orange",
    "Amber disclosed to her form tutor she has been cutting her thighs since Easter. Seen at A&E 28/4 when a cut needed gluing, "
    "assessed by CAMHS crisis team the same night and now open to CAMHS for CBT.",
    ["MH-CHILD"],
    [T("not-coded", "PH", "The A&E visit is for a self-harm injury; coded MH-CHILD only (self-harm is named under MH-CHILD), not PH.")])
box(c, "A", "yellow",
    "Mum (Dawn) has depression, on sertraline from GP, works nights at Gull Court care home. Feels guilty she didn't notice how bad "
    "things had got for Amber. No concerns re Dawn's parenting, home warm and well kept, plenty of food in.",
    ["MH-ADULT"],
    [T("negated", "REL-PAR", "'No concerns re Dawn's parenting'."),
     T("negated", "SAFE-NEG", "Home warm, well kept, food in."),
     T("convention", "FIN", "Conv 5: working nights is not FIN."),
     T("convention", "CARER", "Conv 12: 'care home' job is not a young carer.")])
box(c, "C", "green",
    "Amber got 6 GCSEs and is doing A levels at Saltings 6th form. Still seeing CAMHS every 2 wks, says no self harm since Sept.",
    ["MH-CHILD"],
    [T("historical", "MH-CHILD", "Self-harm is over ('no self harm since Sept') but ongoing CAMHS codes MH-CHILD (conv 4).")])

# ---------------------------------------------------------------- Z003
c = case("Z003", "Northcliff", "2025-04-22", "2025-11-10")
box(c, "A", "orange",
    "Reece (17) arrested 12/4 in a car with 2 older males from out of area, 14 wraps of crack cocaine found in his socks. RUI. "
    "Mum (Donna) believes he owes money to these men and is being made to 'work it off'. Reported missing x3 since Feb, "
    "found by police in Eastquay each time. Reece NEET since leaving Northcliff High in 2024.",
    ["SAFE-EXP", "CRIME", "EDU-NEET"],
    [T("convention", "SUB", "Conv 12: drugs found on an exploited child are SAFE-EXP and CRIME, not SUB."),
     T("convention", "FIN", "Judgement: the 'debt' is debt bondage by exploiters, part of the exploitation (SAFE-EXP); not a household financial-stability issue, so no FIN."),
     T("convention", "CRIME", "Conv 7: police finding him when missing is safeguarding, not CRIME; CRIME here comes from the arrest for the drugs.")])
box(c, "A", "red",
    "Strategy meeting 18/4: threshold for s47 not met, agreed CIN plan (s17) with a contextual safeguarding focus. "
    "NRM referral submitted. YOS to attend CIN meetings.",
    ["SAFE-EXP", "CRIME"],
    [T("negated", "", "s47 threshold not met - but the box level is red anyway (boxed narrative)."),
     T("convention", "SAFE-EXP", "Contextual safeguarding and an NRM referral are exploitation services: SAFE-EXP (conv 4)."),
     T("convention", "CRIME", "YOS involvement is youth justice: CRIME (conv 7).")])
box(c, "C", "orange",
    "Reece on a referral order with YOS (3 months left). NRM conclusive grounds decision was positive. No missing episodes since June "
    "but Donna thinks he's still in touch with the older males. Started a 12 wk Princes Trust course at the Eastquay centre.",
    ["CRIME", "SAFE-EXP"],
    [T("historical", "SAFE-EXP", "Missing episodes are over, but continuing contact with the exploiters keeps SAFE-EXP present."),
     T("not-coded", "EDU-NEET", "On a training course now.")])

# ---------------------------------------------------------------- Z004
c = case("Z004", "Eastquay", "2025-09-15", "2026-03-02")
box(c, "A", "yellow",
    "Jade (17) is main carer for mum Sharon who has MS and uses a wheelchair: does her meds, helps her shower, does the big shop. "
    "Brother Alfie (12) helps some evenings. Jade misses Mon/Tues at Coastline College when Sharon has a bad spell, attendence 71%. "
    "Referral to Eastquay Young Carers sent.",
    ["CARER", "PH", "EDU-ATT"],
    [T("convention", "CARER", "Two children caring still gives CARER once.")])
box(c, "A", "blue",
    "Sharon gets PIP and UC, says there are no money worries. Jade gets EMA which covers her bus pass and lunches.",
    [],
    [T("convention", "FIN", "Conv 5: benefit names alone are not FIN; 'no money worries' negates it; EMA with no problem described is not FIN."),
     T("convention", "PH", "Conv 5: PIP never implies PH by itself.")])
box(c, "C", "blue",
    "Jade goes to the young carers group on Thursdays and gets a break most weekends when her auntie stays over. Says caring is "
    "'more manageable' since Sharon's new care package started (agency carers morning and evening) and her MS has been more settled.",
    ["CARER", "PH"],
    [T("convention", "CARER", "Conv 3: caring now managed still counts in a blue box; 'agency carers' are paid carers and are not CARER (conv 12)."),
     T("convention", "PH", "MS 'more settled' = condition now managed, present in a blue box (conv 3).")])

# ---------------------------------------------------------------- Z005
c = case("Z005", "Saltings", "2025-06-09", "2025-12-15")
box(c, "A", "green",
    "Mia (16) has lost about 8kg since Christmas. GP weighing her every 2 wks, bloods done, heart rate low at last check. "
    "Mum says she skips lunch, hides food in her room and is exercising for hours. GP thinks restrictive eating.",
    ["PH", "MH-CHILD"],
    [T("convention", "PH", "Judgement: eating problems code PH for the physical side (weight loss, bloods, low HR) and MH-CHILD for the disordered eating itself.")])
box(c, "A", "orange",
    "Urgent referral to CAMHS community eating disorder service, assessment 19/6. Parents (Gemma & Rob) seperated in Jan and are in dispute "
    "over where Mia and her brother live, talking only through solicitors. No DA.",
    ["MH-CHILD", "REL-CONF"],
    [T("negated", "DA", "'No DA'.")])
box(c, "C", "yellow",
    "Mia still with the CAMHS ED team and on a meal plan at home. Parents finished mediation at Tidewater in Oct and there have been no "
    "further disputes about arrangements since. Mia back working weekends at the ice cream kiosk on the front.",
    ["MH-CHILD"],
    [T("historical", "REL-CONF", "Conv 3: 'no further disputes ... since' and mediation finished = over."),
     T("not-coded", "PH", "No weight or physical health content in this box.")])

# ---------------------------------------------------------------- Z006
c = case("Z006", "Northcliff", "2025-07-03", "2025-12-08")
box(c, "A", "orange",
    "Police called 28/6 by Tyler (18) after dad (Mark) pushed mum (Nicola) into the kitchen door during an argument. Mark arrested, "
    "released NFA as Nicola did not support a prosecution, he remains at home. DASH medium, IDVA referral made.",
    ["DA"],
    [T("convention", "CRIME", "Conv 7: a partner's arrest for the assault on the adult victim is DA only."),
     T("convention", "REL-CONF", "Conv 8: an argument that is part of abuse is DA only.")])
box(c, "A", "yellow",
    "Nicola says Mark drinks 8-10 cans every night and it's got worse since he was laid off from the docks 2 yrs ago, he hasn't worked since. "
    "He has said he'll go to Harbour Recovery if Nicola agrees to give him another chance. Tyler in 2nd yr of an engineering apprenticeship "
    "at Coastal Marine, vapes a lot but no drink or drugs.",
    ["SUB", "FIN"],
    [T("convention", "FIN", "Adult worklessness ('hasn't worked since') is FIN."),
     T("hypothetical", "SUB", "Going to Harbour Recovery 'if' is hypothetical; SUB is present from the current drinking."),
     T("convention", "SUB", "Conv 12: Tyler's vaping is not SUB; 'no drink or drugs' negated."),
     T("not-coded", "EDU-NEET", "Tyler is on an apprenticeship.")])
box(c, "C", "yellow",
    "Mark moved out in Sept, now renting in Saltings. No incidents since he left. Nicola completed the Freedom Programme at the Beacon Centre "
    "in Nov; still very jumpy when she sees his van in town and has started counselling through her GP. Tyler's girlfriend (lives with her "
    "own parents) had their baby in Nov.",
    ["MH-ADULT"],
    [T("historical", "DA", "Judgement: no incidents since he left and the Freedom Programme is completed (not ongoing, so conv 4 does not apply): DA is over. Nicola's continuing fear is coded as her mental health (MH-ADULT)."),
     T("outside", "SUB", "Conv 6: Mark has moved out; nothing about his drinking anyway."),
     T("outside", "EYD", "The baby lives with the girlfriend's family, outside the household.")])

# ---------------------------------------------------------------- Z007
c = case("Z007", "Harbourside", "2025-10-13", "2026-02-23")
box(c, "A", "orange",
    "Chloe (16) asked to leave by mum (Michelle) on 2/10 after a row about her boyfriend, has been sofa surfing between 3 friends' houses. "
    "Youth homelessness team and CSC doing a joint assessment under the 16/17 protocol. Chloe does not want to be accommodated under s20.",
    ["HOUS", "REL-PAR"],
    [T("negated", "", "s20 refused: no bearing on a boxed narrative's level.")])
box(c, "A", "yellow",
    "Boyfriend Dean is 21, Chloe met him on Snapchat last year. Michelle says he buys Chloe vapes and tobacco and picks her up from college "
    "at all hours. Chloe insists it's a normal relationship. She has missed 9 days at Harbourside Sixth Form since Sept.",
    ["SAFE-EXP", "EDU-ATT"],
    [T("outside", "SAFE-EXP", "Dean is outside the household; his effect on Chloe (online contact, gifts, 21 with a 16-year-old: grooming risk) is SAFE-EXP (conv 6)."),
     T("convention", "SUB", "Conv 12: vapes and tobacco are not SUB.")])
note(c, "A", "2025-10-15", "orange",
     "Case note 15/10 - Chloe rang EHW from Dean's flat in tears, says he took her phone off her and won't let her go out without him. "
     "EHW requested police welfare check, officers attended and took Chloe to her nan's in Saltings. Nan says Chloe can stay for now.",
     ["DA"],
     [T("convention", "DA", "Judgement: controlling behaviour by an intimate partner of a 16-year-old is coercive control = DA (conv 6: an outsider's effect on the family is coded)."),
      T("convention", "CRIME", "Conv 7: a police welfare check is safeguarding, not CRIME."),
      T("convention", "", "Level: cues are EHW (yellow) and a police call-out (orange); highest = orange (conv 2)."),
      T("not-coded", "HOUS", "This note itself describes no homelessness, only a stay at nan's 'for now'.")])
box(c, "C", "yellow",
    "Chloe now living with nan (Jean) under a family arrangement, settled. She and Michelle meet for coffee every Sat with EHW support and "
    "are getting on better, still some tension about Chloe's curfew at nan's. Chloe ended it with Dean in Dec and has blocked him everywhere, "
    "no contact since.",
    ["REL-PAR"],
    [T("historical", "DA", "Relationship ended, no contact since."),
     T("historical", "SAFE-EXP", "As above."),
     T("not-coded", "HOUS", "Settled at nan's, no housing risk described.")])

# ---------------------------------------------------------------- Z008
c = case("Z008", "Eastquay", "2025-05-19", "2025-11-24")
box(c, "A", "yellow",
    "Ellis (19) is autistic with an EHCP. Left Coastline College in March when his course placement broke down, nothing since - spends most "
    "days in his room. SEND team reviewing the EHCP, supported internship being looked at. No physical health concerns, had his annual "
    "health check at the GP in April.",
    ["EDU-SEND", "EDU-NEET"],
    [T("negated", "PH", "'No physical health concerns'."),
     T("not-coded", "MH-CHILD", "Staying in his room is not described as a mental health need.")])
box(c, "A", "blue",
    "N/A",
    [],
    [T("not-coded", "", "Empty box: 'N/A'.")])
box(c, "A", "orange",
    "Dad (Paul), lone parent. Concerns: 1) possession notice from Seacrest Homes, £2,300 rent arrears; 2) Paul signed off work with stress "
    "since Jan; 3) UC claim still not sorted so no housing element being paid.",
    ["HOUS", "FIN", "MH-ADULT"],
    [])
box(c, "C", "yellow",
    "Citizens Advice helped Paul get a DHP and sort his UC, arrears down to £600 and Seacrest have withdrawn the possession notice. "
    "Paying £15/wk off the arrears. Ellis started a supported internship at Westbay Hospital 3 days a wk in Sept with a job coach, EHCP maintained.",
    ["FIN", "EDU-SEND"],
    [T("historical", "HOUS", "Judgement: possession notice withdrawn, so no current homelessness risk; the remaining arrears are FIN."),
     T("not-coded", "EDU-NEET", "Supported internship is education/training.")])

# ---------------------------------------------------------------- Z009
c = case("Z009", "Saltings", "2025-09-29", "2026-03-16")
box(c, "A", "orange",
    "Freya (15) sent intimate images to someone on Instagram she thought was a 16yo boy, he is now threatening to share them with her "
    "followers unless she pays £200. Police informed 24/9, CEOP report made, images reported through Report Remove.",
    ["SAFE-EXP"],
    [T("convention", "CRIME", "Conv 7: police involvement protects Freya; the offender is outside the household, so no CRIME."),
     T("not-coded", "FIN", "The £200 demand is extortion (SAFE-EXP), not a family money problem.")])
box(c, "A", "yellow",
    "Rows at home most days between Freya and stepmum Kerry, Freya has punched a wall and slams doors, dad (Steve) says he's stuck in the "
    "middle. Steve and Kerry now arguing between themselves about how to handle her. School: 2 suspensions this yr for swearing at staff, "
    "HOY worried about a 3rd.",
    ["REL-PAR", "REL-CONF", "EDU-EXC"],
    [T("convention", "REL-CONF", "Conv 8: step-parent vs child rows = REL-PAR; the adults' own arguments = REL-CONF.")])
box(c, "C", "blue",
    "Freya and Kerry have a 'Friday chippy night' together, rows down to the odd one. Freya has her accounts on private and knows how to "
    "use Report Remove if anything happens again.",
    ["REL-PAR"],
    [T("convention", "REL-PAR", "Conv 3: rows reduced but still occurring = now managing, present in blue."),
     T("hypothetical", "SAFE-EXP", "'if anything happens again' is hypothetical; no current online harm described.")])

# ---------------------------------------------------------------- Z010
c = case("Z010", "Northcliff", "2025-06-23", "2026-01-12")
box(c, "A", "yellow",
    "Ruby (18) diagnosed with PND by GP in April, on sertraline. Cries most days and says she doesn't feel bonded with Mason (8 mths). "
    "HV weighing Mason fortnightly as he has dropped from the 50th to the 25th centile. Referred to Bumps & Beyond perinatal peer support.",
    ["MH-ADULT", "REL-PAR", "PH"],
    [T("convention", "MH-ADULT", "Judgement: Ruby is 18 and the parent, so her PND is MH-ADULT (parent or carer), not MH-CHILD."),
     T("convention", "REL-PAR", "Judgement: poor bonding is a parent-child relationship difficulty."),
     T("convention", "PH", "Baby's weight faltering is PH (weight), not EYD.")])
box(c, "A", "orange",
    "Ruby and Mason live in her mum's 2 bed flat with mum, mum's partner and Ruby's 2 brothers (14, 11); Ruby and Mason share a room with "
    "the 14yr old. On the housing register Band B for overcrowding. Ruby left Northcliff College when she got pregnant and isn't in EET, "
    "wants to go back.",
    ["HOUS", "EDU-NEET"],
    [T("convention", "EDU-NEET", "A young parent aged 16+ out of education/work/training is EDU-NEET; no FIN (conv 11).")])
box(c, "C", "green",
    "Mason (14 mths) back on the 50th centile. HV has done the 1 yr review, he isn't pulling to stand yet and has no words, referred to the "
    "Stay & Play speech group at the family hub. Ruby still on sertraline, mood 'loads better'. She starts a level 2 childcare course at "
    "Northcliff College in Feb with Care to Learn paying for Mason's nursery. Not in EET until then.",
    ["EYD", "MH-ADULT", "EDU-NEET"],
    [T("historical", "PH", "Weight back on centile: over."),
     T("convention", "EYD", "Conv 9: under-5 speech/motor development = EYD."),
     T("convention", "EDU-NEET", "Judgement: a course starting later does not end current NEET status."),
     T("convention", "FIN", "Care to Learn funding is not a money problem (conv 5 by analogy).")])

# ---------------------------------------------------------------- Z011
c = case("Z011", "Eastquay", "2025-10-06", "2026-03-02")
box(c, "A", "orange",
    "Jordan (16) had a youth caution in June for criminal damage at the skatepark. Police called to the house 3x this summer when he came "
    "home drunk and smashed up the front room, on 5/7 he shoved mum (Tracey) into the radiator. Smoking cannabis daily with older lads by "
    "the sea wall.",
    ["CRIME", "REL-PAR", "SUB"],
    [T("convention", "DA", "Conv 8: child-to-parent violence is REL-PAR (+CRIME with police), not DA."),
     T("not-coded", "SAFE-EXP", "'Older lads' alone is not described as exploitation.")])
box(c, "A", "green",
    "Jordan started a level 1 construction course at Coastline College in Sept, attendance 62% so far, tutor has raised it with Tracey.",
    ["EDU-ATT"],
    [T("not-coded", "EDU-NEET", "He is enrolled; poor attendance is EDU-ATT.")])
note(c, "A", "2025-10-08", "yellow",
     "Call from Turning Tide (young people's drug & alcohol service): Jordan came to his first session and is open to cutting down. "
     "Worker has no concerns about exploitation.",
     ["SUB"],
     [T("negated", "SAFE-EXP", "'no concerns about exploitation'."),
      T("convention", "", "Level: one extra service (drug and alcohol service) = yellow (conv 2).")])
box(c, "C", "yellow",
    "Jordan still seeing Turning Tide, says he's down to a couple of joints a wk and not drinking. No police call outs since Aug and no "
    "aggression at home since the summer. College attendance 84% this term, still under target, tutor checking in weekly.",
    ["SUB", "EDU-ATT"],
    [T("historical", "CRIME", "No call-outs since Aug."),
     T("historical", "REL-PAR", "No aggression since the summer."),
     T("negated", "SUB", "'not drinking' is negated, but cannabis use and the service keep SUB present.")])

# ---------------------------------------------------------------- Z012
c = case("Z012", "Harbourside", "2025-09-08", "2026-02-09")
box(c, "A", "orange",
    "Kim (mum) has £1,400 council tax arrears with a bailiff letter and owes £600 on the electric, family using Harbourside food bank every "
    "fortnight. Kim admits she gambles online most nights and has hidden it from partner Gary.",
    ["FIN"],
    [T("convention", "SUB", "Conv 10: gambling is FIN, not SUB."),
     T("convention", "SAFE-NEG", "Conv 10: food bank alone is FIN; no hungry child/empty fridge described.")])
box(c, "A", "yellow",
    "Lily (17) has had her bursary stopped as her attendance at Harbourside Sixth Form fell below 90%. She has picked up extra shifts at "
    "Greggs to pay her bus fare and is missing lessons to do them. Kim and Gary argue a lot about money, both say it's shouting and nothing physical.",
    ["EDU-ATT", "FIN", "REL-CONF"],
    [T("convention", "FIN", "Judgement: a stopped bursary leaving the young person unable to pay fares is a described money problem: FIN."),
     T("negated", "DA", "'nothing physical' - parental arguments are REL-CONF (conv 8).")])
note(c, "A", "2025-09-10", "green",
     "Lily called in to ask about the hardship fund. Gave her the student services email at the sixth form and the Harbourside Credit Union "
     "number, she's going to contact them herself.",
     ["FIN"],
     [T("convention", "", "Level judgement: signposting (blue) plus the sixth form, a universal education service (green); highest cue = green (conv 2).")])
box(c, "C", "blue",
    "Kim self-excluded through GAMSTOP and uses a budgeting app. On a council tax payment plan at £20 a month. Lily's bursary reinstated in Dec.",
    ["FIN"],
    [T("convention", "FIN", "Conv 3: paying off arrears on a plan = now managing, present in blue."),
     T("historical", "FIN", "Bursary reinstated - that money problem is over (FIN still present from the arrears)."),
     T("convention", "SUB", "Self-exclusion from gambling is not SUB.")])

# ---------------------------------------------------------------- Z013
c = case("Z013", "Saltings", "2025-10-20", "2026-03-30")
box(c, "A", "orange",
    "Noah (15) on a managed move from Saltings Academy to Marshfield School since Sept, PX was being considered after a fight. He has ADHD "
    "and takes methylphenidate, Marshfield SENCo has applied for an EHC needs assessment.",
    ["EDU-EXC", "EDU-SEND"],
    [T("convention", "PH", "Judgement: ADHD (and its medication) is listed under EDU-SEND; not PH."),
     T("convention", "SUB", "Prescribed ADHD medication is not SUB.")])
box(c, "A", "yellow",
    "Mum (Sam) says Noah vapes constantly and refuses to stick to any curfew, comes in after midnight and swears at her when challenged. "
    "Denies drugs and Sam has not found anything. Sam's sister lives 2 doors down and has Noah for tea when Sam is on lates.",
    ["REL-PAR"],
    [T("convention", "SUB", "Conv 12: vaping is not SUB; drugs denied."),
     T("convention", "FIN", "Conv 5: shift work ('on lates') is not FIN.")])
box(c, "C", "green",
    "Move made permanent at Marshfield in Jan, no suspensions. EHCP finalised with 1:1 support in core subjects. Noah mostly home by 10 since "
    "Sam did the Parenting Teens course and they use a points system.",
    ["EDU-SEND", "REL-PAR"],
    [T("historical", "EDU-EXC", "Judgement: the managed move has ended (made permanent) and there are no suspensions - nothing current at EDU-EXC."),
     T("convention", "REL-PAR", "Conv 3: boundaries now managed with a points system = present in green.")])

# ---------------------------------------------------------------- Z014
c = case("Z014", "Northcliff", "2025-11-03", "2026-04-20")
box(c, "A", "orange",
    "Sophie (17) disclosed she was raped at a party in Sept by a boy from her college. Reported to police, ABE done, file with CPS. Referred "
    "to the Harbour SARC for an ISVA and to CAMHS for trauma therapy. Attendance at Northcliff College down to 68% since Sept.",
    ["SAFE-EXP", "MH-CHILD", "EDU-ATT"],
    [T("convention", "SAFE-EXP", "Judgement: sexual violence against the young person by a peer outside the home falls under 'safe from abuse/exploitation' (SAFE-EXP); not DA (no partner/family) and not CRIME (offender outside the household, conv 6/7)."),
     T("convention", "MH-CHILD", "CAMHS for trauma.")])
box(c, "A", "yellow",
    "Sophie's best friend is self-harming and Sophie has been messaging her late into the night trying to keep her safe. Mum (Jo) worried "
    "Sophie is taking on too much. Sophie not self harming herself and says she would tell Jo if she had those thoughts.",
    [],
    [T("outside", "MH-CHILD", "The self-harm is the friend's (outside the household, conv 6)."),
     T("negated", "MH-CHILD", "'not self harming herself'."),
     T("hypothetical", "MH-CHILD", "'would tell Jo if she had those thoughts'."),
     T("not-coded", "CARER", "Supporting a friend is not caring for a family member.")])
box(c, "C", "orange",
    "CPS decided NFA in March and Sophie is devastated. Still under CAMHS and seeing the ISVA fortnightly.",
    ["MH-CHILD", "SAFE-EXP"],
    [T("convention", "SAFE-EXP", "Conv 4: the ongoing ISVA service codes its area (SAFE-EXP, consistent with the assessment judgement).")])

# ---------------------------------------------------------------- Z015
c = case("Z015", "Eastquay", "2025-08-18", "2026-01-26")
box(c, "A", "green",
    "Dad (Lee) has COPD and is on oxygen overnight, GP and resp nurse visit. Harvey (16) helps him wash and fetches his inhalers when mum "
    "(Carla) is at work.",
    ["PH", "CARER"],
    [])
box(c, "A", "orange",
    "Harvey left Eastquay High in July with no post-16 place and hasn't applied anywhere, Youth Hub careers adviser trying to engage him. "
    "Lee was released from HMP Westmoor in May and is on licence to 2026. Carla on UC and says money is really tight as Lee's benefits "
    "still aren't set up.",
    ["EDU-NEET", "CRIME", "FIN"],
    [T("convention", "CRIME", "Conv 7: an adult household member on licence is CRIME."),
     T("convention", "FIN", "Conv 5: UC is FIN here because a money/benefit problem is described.")])
box(c, "C", "green",
    "Harvey started a study programme at Eastquay Training in Jan, 4 days a wk, and has been referred to the young carers service. "
    "Lee complying with his licence conditions, probation happy with him.",
    ["CARER", "CRIME"],
    [T("convention", "CARER", "A service name alone codes its area: referral to the young carers service = CARER (conv 4)."),
     T("convention", "CRIME", "Conv 7/3: still on licence (compliant) = present; the licence itself is listed as CRIME."),
     T("not-coded", "EDU-NEET", "Now on a study programme.")])

# ---------------------------------------------------------------- Z016
c = case("Z016", "Harbourside", "2025-04-07", "2025-10-13")
box(c, "A", "yellow",
    "Aisha (16) has not been into Harbourside Academy since Feb half term. Gets panic attacks on the bus and feels sick every morning. "
    "School sending work home, GCSEs in May and they're worried she'll end up NEET in Sept. Baby sister Zara (9 mths) is meeting all her "
    "milestones per HV, no concerns.",
    ["EDU-ATT", "MH-CHILD", "EDU-NEET"],
    [T("convention", "EDU-NEET", "A 16-year-old 'at risk of' NEET is EDU-NEET (the taxonomy lists 'or at risk of it'); a stated current worry, not an 'if'."),
     T("negated", "EYD", "Zara meeting milestones, no concerns."),
     T("not-coded", "PH", "'Feels sick' is part of the anxiety presentation, not a physical illness.")])
box(c, "A", "orange",
    "GP referred Aisha to CAMHS in March, on the waiting list (approx 14 wks). Mum (Nadia) has been signed off from her job at the port with "
    "anxiety of her own.",
    ["MH-CHILD", "MH-ADULT"],
    [T("convention", "MH-CHILD", "Conv 4: awaiting CAMHS codes MH-CHILD."),
     T("not-coded", "FIN", "Sick leave is not worklessness or a money problem (conv 5).")])
box(c, "C", "green",
    "Aisha started level 2 health & social care at Coastline College in Sept, attendance 95%. Uses the college quiet room when she feels "
    "anxious. Still waiting for CAMHS after an initial triage call.",
    ["MH-CHILD"],
    [T("not-coded", "EDU-ATT", "Good attendance, no need stated (conv 3 pure good news)."),
     T("not-coded", "EDU-NEET", "At college.")])

# ---------------------------------------------------------------- Z017
c = case("Z017", "Saltings", "2025-06-02", "2025-11-17")
box(c, "A", "red",
    "Strategy meeting 27/5 after Ben (17) told his college tutor that stepdad Wayne hit him with a belt and regularly hits mum (Leanne). "
    "S47 joint investigation underway. Wayne arrested and bailed with conditions not to return to the address.",
    ["DA"],
    [T("convention", "CRIME", "Judgement: Wayne's violence towards Leanne is DA only (conv 7); his assault on 17-year-old Ben in the same household is treated as part of the same domestic abuse, not separate CRIME."),
     T("not-coded", "SAFE-NEG", "Physical abuse is not neglect.")])
box(c, "A", "yellow",
    "Ben drinking most nights with mates since the disclosure, came home too drunk to stand twice last week. He's a 1st yr apprentice "
    "electrician with Tidewell Electrical and does Saturdays at the Co-op, employer very supportive.",
    ["SUB"],
    [T("not-coded", "EDU-NEET", "Apprenticeship + part-time job.")])
box(c, "C", "orange",
    "Leanne got a non-mol against Wayne in Aug. He breached it in Oct by turning up at the Co-op where Ben works and was arrested, case back "
    "to MARAC. Ben doing 1:1s with Turning Tide, says he drinks at weekends only now.",
    ["DA", "SUB"],
    [T("convention", "CRIME", "Conv 7: breach of a non-mol and arrest for it = DA only."),
     T("outside", "DA", "Wayne no longer lives there, but his effect on the family is coded (conv 6).")])

# ---------------------------------------------------------------- Z018
c = case("Z018", "Northcliff", "2025-10-06", "2026-03-09")
box(c, "A", "yellow",
    "Poppy (15) being bullied on a group chat by girls in her year, photos of her edited and shared round. School have spoken to the girls "
    "involved. Poppy crying in the toilets at break and says she hates herself. Missed her last 2 dental check ups.",
    ["SAFE-EXP", "MH-CHILD", "PH"],
    [T("outside", "SAFE-EXP", "Bullying by peers outside the household is the child's need: SAFE-EXP."),
     T("convention", "PH", "Missed dental appointments = PH.")])
box(c, "A", "orange",
    "Dad (Gareth) is a lone parent with long standing depression and is drinking in the day. House cluttered, kitchen filthy, no food in the "
    "fridge on 2 visits - Poppy says she buys her tea from the chippy with her paper round money.",
    ["MH-ADULT", "SUB", "SAFE-NEG"],
    [T("convention", "FIN", "Conv 10: empty fridge = SAFE-NEG; no food bank/vouchers, so no FIN.")])
note(c, "A", "2025-10-07", "red",
     "Strategy discussion 7/10 re home conditions and Gareth's drinking. Threshold for s47 not met, CIN plan agreed, SW allocated.",
     ["SAFE-NEG", "SUB"],
     [T("convention", "", "Level: strategy discussion and CIN plan are red cues (conv 2); s47 not met does not lower it."),
      T("convention", "SAFE-NEG", "'home conditions' = neglect.")])
box(c, "C", "yellow",
    "Gareth engaging with Turning Tide for his drinking and GP has changed his antidepressant. House much improved, food in on every visit "
    "but he still needs prompting to keep on top of the kitchen. Poppy says the bullying stopped once the girls were moved forms.",
    ["SUB", "MH-ADULT", "SAFE-NEG"],
    [T("convention", "SAFE-NEG", "Home conditions improved but still need prompting: present."),
     T("historical", "SAFE-EXP", "Bullying 'stopped'.")])

# ---------------------------------------------------------------- Z019
c = case("Z019", "Eastquay", "2025-05-12", "2025-12-22")
box(c, "A", "orange",
    "Kai (18) living at the Foyer on Eastquay Rd since dad asked him to leave last yr. Had a licence warning last wk for smoking cannabis in "
    "his room, staff say another one would definately mean an eviction notice.",
    ["HOUS", "SUB"],
    [T("convention", "HOUS", "Judgement: living in a young people's hostel/foyer after being asked to leave is homelessness (temporary accommodation) - present regardless of the hypothetical eviction."),
     T("hypothetical", "HOUS", "Eviction notice only if another warning."),
     T("historical", "REL-PAR", "Asked to leave 'last yr'; no current relationship issue described.")])
box(c, "A", "yellow",
    "Kai owes £900 on a phone contract and Klarna and has had a CCJ letter. UC sanctioned in April after he missed a work coach appt. "
    "Not in any education, work or training since leaving college in 2024.",
    ["FIN", "EDU-NEET"],
    [T("convention", "FIN", "FIN from debt and a benefit sanction, not from his NEET status (conv 11).")])
box(c, "C", "yellow",
    "Kai moved into a Seacrest Homes 1 bed flat in Oct with floating support once a wk. Citizens Advice got the CCJ set aside and he pays "
    "£10 a month to the phone company. On a 6 wk warehouse course through the Jobcentre with an interview at Portside Logistics.",
    ["HOUS", "FIN"],
    [T("convention", "HOUS", "Judgement: floating (tenancy-sustainment) support is an ongoing housing service, so it codes HOUS (conv 4)."),
     T("convention", "FIN", "Repaying the debt = present."),
     T("not-coded", "EDU-NEET", "On a training course.")])

# ---------------------------------------------------------------- Z020
c = case("Z020", "Harbourside", "2025-09-22", "2026-02-16")
box(c, "A", "yellow",
    "Dylan (16) started a hairdressing apprenticeship in July but was let go after 6 wks for lateness, NEET since and applying for jobs online. "
    "Nan (Pat, 79) lives with them and has dementia, Dylan sits with her in the evenings while mum (Karen) works at the Pier Hotel and makes "
    "sure she takes her tablets.",
    ["EDU-NEET", "PH", "CARER"],
    [T("convention", "PH", "Judgement: grandparent's dementia is a health condition of a family member = PH (MH-ADULT is reserved for parents/carers)."),
     T("convention", "FIN", "Conv 5: mum working shifts is not FIN.")])
box(c, "A", "orange",
    "Police called 14/9 after an argument between Dylan and mum's partner Stuart over the TV turned into a fight on the front path. "
    "No charges. Karen says the two of them have never got on.",
    ["REL-PAR", "CRIME"],
    [T("convention", "CRIME", "Conv 7/8: police call-out about the young person's violence at home = CRIME + REL-PAR; not DA."),
     T("negated", "", "'No charges' does not remove the call-out.")])
box(c, "C", "yellow",
    "Nan's dementia is worse and she's on the list for a care home. Dylan still sits with her most nights, Karen has asked the Young Carers "
    "service to give him a break. Dylan now on a commis chef apprenticeship at the Pier Hotel.",
    ["PH", "CARER"],
    [T("not-coded", "EDU-NEET", "Now on an apprenticeship.")])
note(c, "C", "2026-02-18", "blue",
     "Home visit 18/2. Stuart moved out in Jan and Karen says the split is for the best, though she's finding it hard. Dylan and Karen "
     "getting on 'better than ever'. Gave Karen the link to the Relate online support for separating couples, she will look at it.",
     ["REL-CONF"],
     [T("convention", "REL-CONF", "Judgement: a recent separation the parent is still adjusting to = current relationship breakdown (REL-CONF)."),
      T("convention", "", "Level: the only cue is signposting the parent acts on herself = blue (conv 2); no worker or service is named."),
      T("not-coded", "REL-PAR", "Pure good news about Dylan and Karen.")])

# ---------------------------------------------------------------- Z021
c = case("Z021", "Saltings", "2025-10-27", "2026-04-13")
box(c, "A", "orange",
    "Lucas (19) detained under s2 in Aug with cannabis-induced psychosis, home since Sept under the Early Intervention in Psychosis team. "
    "Mum (Helen) says he's still smoking weed every day. Police called 19/10 when he was shouting at neighbours in the street at 3am. "
    "Lucas says he feels 'watched' and won't go to the shop on his own. EIP care coordinator (Priya) visits weekly and has started him on "
    "olanzapine, Helen collects his meds from the chemist. He has no college or work at the moment and says he might go back to the gym "
    "if his head clears. Helen's sister in Northcliff has offered to have him some weekends to give Helen a rest.",
    ["MH-CHILD", "SUB", "CRIME", "EDU-NEET"],
    [T("convention", "MH-CHILD", "Judgement: Lucas is the adult son, not a parent/carer, so his mental health is MH-CHILD (young person)."),
     T("convention", "CRIME", "Conv 7: police call-out about a young person's behaviour = CRIME, even where illness drives it."),
     T("convention", "EDU-NEET", "A 19-year-old with no college or work is NEET (16+); no FIN (conv 11)."),
     T("hypothetical", "", "Gym 'if his head clears' - nothing coded."),
     T("not-coded", "SUB", "Olanzapine is prescribed treatment, not SUB (SUB is present from the cannabis).")])
box(c, "A", "yellow",
    "Helen anxious constantly and says she's 'walking on eggshells' at home. Adult MH team have offered her a carer's assessment. "
    "Grace (16) doing 3 A levels, school have no concerns about her.",
    ["MH-ADULT"],
    [T("convention", "CARER", "Conv 12: an adult carer's assessment is not CARER."),
     T("negated", "", "Grace: 'no concerns'.")])
box(c, "C", "orange",
    "Lucas still with EIP and on a monthly depot. Says he stopped the weed in Jan, Helen agrees. No police involvement since Oct.",
    ["MH-CHILD"],
    [T("historical", "SUB", "Stopped in Jan."),
     T("historical", "CRIME", "No police involvement since Oct.")])

# ---------------------------------------------------------------- Z022
c = case("Z022", "Eastquay", "2025-12-01", "2026-05-18")
box(c, "A", "yellow",
    "Maya (17) gets her 3 younger siblings (9, 7 and 4) up, fed and to school and nursery most mornings as mum (Samira) works nights at the "
    "hospital. Late to college 3-4 times a wk. Samira has PTSD following DV from Maya's dad in 2018, no contact with him since, and is on "
    "the Talking Therapies waiting list.",
    ["CARER", "EDU-ATT", "MH-ADULT"],
    [T("historical", "DA", "DV in 2018, no contact since."),
     T("convention", "MH-ADULT", "Current PTSD and waiting list = present (conv 4)."),
     T("convention", "FIN", "Conv 5: night work is not FIN.")])
box(c, "A", "orange",
    "Black mould in all 3 bedrooms of the Harbour Trust flat, Ayaan (4) on inhalers for a wheeze and has been to A&E twice. Disrepair claim "
    "in, environmental health have visited and served notice on the landlord.",
    ["HOUS", "PH"],
    [T("not-coded", "", "'Served notice on the landlord' is an enforcement notice, not an eviction notice."),
     T("not-coded", "EYD", "A 4-year-old's wheeze is physical health, not development.")])
box(c, "C", "green",
    "Mould treated and extractor fans fitted in March. Ayaan's wheeze much better, still has his blue inhaler for when he needs it. "
    "Maya gets 2 evenings a wk to herself through Eastquay Young Carers.",
    ["PH", "CARER"],
    [T("historical", "HOUS", "Disrepair fixed."),
     T("convention", "PH", "Conv 3: condition managed with an inhaler = present in green."),
     T("convention", "CARER", "Young carers service = CARER.")])

# ---------------------------------------------------------------- Z023
c = case("Z023", "Harbourside", "2025-06-16", "2025-12-29")
box(c, "A", "orange",
    "Connor (16) arrested 8/6 for possession with intent to supply (cannabis), got a 6 month referral order. YOS worker allocated. Connor says "
    "he was selling to pay for his own smoking and no one is making him do it.",
    ["CRIME", "SUB"],
    [T("convention", "SUB", "Judgement: conv 12 applies only to an exploited child; here exploitation is denied and his own use is described, so SUB and CRIME."),
     T("negated", "SAFE-EXP", "'no one is making him do it'.")])
box(c, "A", "yellow",
    "Mum (Stacey) smokes cannabis most evenings, says it helps her sleep. Connor's dad is in HMP Longmarsh, due out 2027, no contact.",
    ["SUB"],
    [T("outside", "CRIME", "Conv 6: the father in prison is outside the household."),
     T("not-coded", "PH", "'helps her sleep' is her reason for using, not a described sleep problem.")])
box(c, "C", "orange",
    "Referral order completed 10/12, no further offences. Connor still smoking most days but says he's not selling. Stacey attending the "
    "Turning Tide parents group and has cut down to weekends.",
    ["SUB"],
    [T("historical", "CRIME", "Referral order completed, no further offences."),
     T("negated", "CRIME", "'not selling'.")])

# ---------------------------------------------------------------- Z024
c = case("Z024", "Saltings", "2025-08-04", "2026-01-05")
box(c, "A", "orange",
    "Erin (18, they/them) told to leave by dad after coming out as non-binary, has been on a friend's sofa for 3 wks. As Erin is 18 the 16/17 "
    "protocol doesn't apply, homeless application made and priority need being assessed. Working 30 hrs at Costa, no debts.",
    ["HOUS", "REL-PAR"],
    [T("negated", "FIN", "'no debts'."),
     T("convention", "REL-PAR", "Parent rejecting and evicting the young person = parent-child relationship breakdown."),
     T("not-coded", "EDU-NEET", "In work.")])
box(c, "A", "yellow",
    "Erin self harmed in yr 10 but says they haven't since 2022. Low mood at the moment, seeing a counsellor at the Coastline LGBTQ+ youth project.",
    ["MH-CHILD"],
    [T("historical", "MH-CHILD", "Self-harm historical; current low mood and counselling keep MH-CHILD present.")])
box(c, "C", "yellow",
    "Erin moved into a Seacrest supported flat for 18-25s in Nov, keyworker weekly. Erin and dad have started mediation with Tidewater, "
    "2 sessions so far.",
    ["HOUS", "REL-PAR"],
    [T("convention", "HOUS", "Judgement: supported accommodation for homeless young people is an ongoing housing service (conv 4)."),
     T("convention", "REL-PAR", "Ongoing parent-child mediation codes REL-PAR (conv 4).")])

# ---------------------------------------------------------------- Z025
c = case("Z025", "Northcliff", "2025-09-08", "2026-02-23")
box(c, "A", "orange",
    "Jake (15) permanently excluded from Northcliff High in July after bringing a knife into school. At Compass PRU, mornings only. Charged "
    "with possession of a bladed article, YOS involved. Sister Millie (17) at 6th form and working weekends at the amusements, no concerns.",
    ["EDU-EXC", "EDU-ATT", "CRIME"],
    [T("convention", "EDU-ATT", "Mornings-only = part-time timetable: EDU-ATT."),
     T("negated", "", "Millie: no concerns.")])
box(c, "A", "yellow",
    "Mum (Angela) has fibromyalgia, prescribed co-codamol and pregabalin. Says she's 'not with it' most afternoons and GP is reviewing her "
    "meds as he's worried she's taking more than prescribed.",
    ["PH", "SUB"],
    [T("convention", "SUB", "Judgement: prescribed medication alone is not SUB, but taking more than prescribed is drug misuse: SUB.")])
box(c, "C", "green",
    "Jake now full time at Compass and got a 9 month referral order. GP has cut Angela's pregabalin and her co-codamol is now dispensed weekly "
    "so she can't run out early. She says her pain is still bad some days.",
    ["EDU-EXC", "CRIME", "PH", "SUB"],
    [T("convention", "EDU-EXC", "Judgement: placement at a PRU following permanent exclusion is a current exclusion situation."),
     T("convention", "SUB", "Conv 3: weekly dispensing to prevent over-use = misuse now managed, present in green."),
     T("not-coded", "EDU-ATT", "Now full time.")])

# ---------------------------------------------------------------- Z026
c = case("Z026", "Eastquay", "2026-01-12", "2026-05-25")
box(c, "A", "yellow",
    "Parents (Kate & Darren) separated in Nov, Darren living with his new partner in Saltings. Lots of arguing by text about money and who "
    "had the boys at Christmas. Nathan (17) doing well at Eastquay College and has a job at the leisure centre.",
    ["REL-CONF"],
    [T("not-coded", "FIN", "Arguing 'about money' is parental conflict; no debt or money problem described."),
     T("not-coded", "", "Nathan: pure good news.")])
box(c, "A", "green",
    "Josh (15) quieter than usual since the split, school counsellor seeing him weekly.",
    ["MH-CHILD"],
    [T("convention", "MH-CHILD", "Ongoing counselling codes MH-CHILD (conv 4).")])
box(c, "C", "blue",
    "Arrangements settled - boys at Darren's alternate weekends. Kate and Darren use a co-parenting app and say the rows have stopped. "
    "Josh finished his counselling at school in April.",
    [],
    [T("historical", "REL-CONF", "Judgement: 'the rows have stopped' is over (conv 3) even though a co-parenting app is used; routine contact arrangements are not a need."),
     T("historical", "MH-CHILD", "Counselling finished.")])

# ---------------------------------------------------------------- Z027
c = case("Z027", "Harbourside", "2025-07-21", "2026-01-19")
box(c, "A", "green",
    "Amelia (16) 20 wks pregnant, booked with the community midwife and going to antenatal at Harbourside Hospital. Lives with gran "
    "(Maureen), her kinship carer under an SGO since age 6.",
    [],
    [T("not-coded", "PH", "Judgement: a pregnancy with routine antenatal care is not illness/disability: not PH."),
     T("convention", "CARER", "Conv 12: kinship carer is not CARER.")])
box(c, "A", "yellow",
    "Amelia stopped going to Coastline College after finding out she was pregnant, says she feels judged. College say she'll be withdrawn if "
    "she's not back by half term. Maureen (68) has bad arthritis and says she can't manage baby care as well.",
    ["EDU-ATT", "PH"],
    [T("convention", "EDU-ATT", "Still on roll but not attending = EDU-ATT."),
     T("hypothetical", "EDU-NEET", "Withdrawal 'if' not back by half term is hypothetical."),
     T("not-coded", "MH-CHILD", "'Feels judged' is not described as a mental health need.")])
box(c, "C", "yellow",
    "Baby Rosie born 28/11, healthy, HV visiting. Amelia is not in EET at the moment, plans to go back to college in Sept with Care to Learn. "
    "Maureen's arthritis managed with GP, grab rail fitted.",
    ["EDU-NEET", "PH"],
    [T("not-coded", "EYD", "Healthy baby, routine HV: no need stated."),
     T("hypothetical", "", "Return to college in Sept is a plan."),
     T("convention", "PH", "Arthritis managed = present.")])

# ---------------------------------------------------------------- Z028
c = case("Z028", "Northcliff", "2025-11-10", "2026-04-27")
box(c, "A", "yellow",
    "Ryan (17) is autistic with an EHCP, on a foundation course at Northcliff College. He's been talking to a 'friend' he met on Discord who "
    "keeps asking to meet up and for photos. Ryan doesn't see a problem with it. Mum (Denise) single parent, part time at the library. "
    "Ryan's half-brother is in HMP Westmoor, no contact.",
    ["EDU-SEND", "SAFE-EXP"],
    [T("outside", "CRIME", "Conv 6: half-brother in prison is outside the household."),
     T("convention", "FIN", "Conv 5: part-time work is not FIN.")])
box(c, "A", "orange",
    "Police online CSE team involved after Denise found the messages, Ryan's laptop seized. Ryan very distressed, daily meltdowns, GP "
    "referred him to CAMHS.",
    ["SAFE-EXP", "MH-CHILD"],
    [T("convention", "CRIME", "Conv 7: police acting to safeguard him is not CRIME.")])
box(c, "C", "green",
    "Adult male charged. Ryan now open to CAMHS. College doing 1:1 online safety sessions with him as part of his EHCP outcomes.",
    ["SAFE-EXP", "MH-CHILD", "EDU-SEND"],
    [T("outside", "CRIME", "The man charged is outside the household."),
     T("convention", "SAFE-EXP", "Ongoing online-safety work codes SAFE-EXP (conv 4).")])

# ---------------------------------------------------------------- Z029
c = case("Z029", "Eastquay", "2025-04-28", "2025-10-20")
box(c, "A", "green",
    "Mum (Lorraine) having chemo for breast cancer at Eastquay General. Leah (16) doing more around the house, takes mum to her appointments "
    "when dad is at work. Leah tearful in lessons, school wellbeing practitioner seeing her about GCSE stress.",
    ["PH", "CARER", "MH-CHILD"],
    [T("convention", "CARER", "Taking an ill parent to appointments and extra household tasks = young carer.")])
box(c, "A", "blue",
    "Dad (Martin) used to drink heavily but has been sober since 2021 and still goes to AA every week. Lots of support from their church.",
    ["SUB"],
    [T("convention", "SUB", "Hard call: past heavy drinking alone would be historical, but weekly AA is an ongoing treatment (conv 4) and in a blue box recovery being managed counts as present (conv 3).")])
box(c, "C", "blue",
    "Lorraine finished treatment in Aug and had the all clear. Leah started A levels at Eastquay 6th form.",
    [],
    [T("historical", "PH", "Treatment finished, all clear.")])
note(c, "C", "2025-10-22", "green",
     "Phone call with Leah's head of sixth form: settling well. School will keep an eye on her mood around the anniversary of her gran's "
     "death in Nov. No other concerns.",
     [],
     [T("hypothetical", "MH-CHILD", "Monitoring her mood around an anniversary is 'to be monitored' = hypothetical."),
      T("negated", "", "'No other concerns'.")])

# ---------------------------------------------------------------- Z030
c = case("Z030", "Harbourside", "2025-12-08", "2026-05-11")
box(c, "A", "orange",
    "Police called 30/11 after Kian (16) punched stepdad (Neil) in a row over his phone. Neil didn't want to press charges. 2nd police call "
    "out since Sept.",
    ["REL-PAR", "CRIME"],
    [T("convention", "DA", "Conv 8: child-to-parent violence is REL-PAR + CRIME (police), not DA.")])
box(c, "A", "yellow",
    "Kian says Neil picks on him and mum (Becky) always takes Neil's side. He has burns on his forearm from a lighter, says he did it 'to feel "
    "something'. Becky and Neil say they don't argue with each other.",
    ["REL-PAR", "MH-CHILD"],
    [T("negated", "REL-CONF", "Parents 'don't argue with each other'."),
     T("convention", "MH-CHILD", "Self-inflicted burns = self-harm: MH-CHILD, not PH.")])
box(c, "C", "yellow",
    "Kian and Neil still clash but no physical fights since Dec. Kian seeing the school counsellor about the self harm.",
    ["REL-PAR", "MH-CHILD"],
    [T("historical", "CRIME", "No physical fights since Dec (and no police mentioned).")])
note(c, "C", "2026-05-12", "orange",
     "TAF review meeting 12/5: family want to close. Kian to carry on with the school counsellor. Becky will ring the EH duty line if things "
     "escalate again.",
     ["MH-CHILD"],
     [T("convention", "", "Level: a TAF (multi-agency) meeting is an orange cue; highest cue = orange (conv 2)."),
      T("hypothetical", "REL-PAR", "'if things escalate again'.")])


# ================================================================ output
LEVELS = ["blue", "green", "yellow", "orange", "red"]


def main():
    narr_rows, gold_rows, traps = [], [], {}
    for c in CASES:
        cid = c["case"]
        for it in c["items"]:
            stage = it["stage"]
            triage = f"{cid}-{stage}"
            if it["level"]:
                nid = f"{triage}-{it['level']}"
                date = c[stage]
                glevel = it["level"]
            else:
                nid = f"{triage}-note"
                date = it["date"]
                glevel = it["note_level"]
            assert len(set(it["codes"])) == len(it["codes"]), nid
            narr_rows.append([nid, triage, cid, "assessment" if stage == "A" else "closure",
                              date, it["level"], c["locality"], it["text"]])
            for code in it["codes"]:
                gold_rows.append([nid, code, glevel])
            if it["traps"]:
                traps[nid] = it["traps"]

    ids = [r[0] for r in narr_rows]
    assert len(ids) == len(set(ids)), "duplicate narrative ids"

    def write(name, header, rows):
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\r\n")
            w.writerow(header)
            w.writerows(rows)

    write("narratives.csv", ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"], narr_rows)
    write("gold.csv", ["narrative_id", "code", "level"], gold_rows)
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8", newline="") as f:
        f.write(json.dumps(traps, indent=1, ensure_ascii=False).replace("\n", "\r\n") + "\r\n")

    # counts
    stages = Counter(r[3] for r in narr_rows)
    notes = sum(1 for r in narr_rows if not r[5])
    with_gold = {g[0] for g in gold_rows}
    print(f"set {SET_ID}: {len(CASES)} cases, {len({r[1] for r in narr_rows})} triages, {len(narr_rows)} narratives "
          f"({stages['assessment']} assessment, {stages['closure']} closure; {notes} unboxed notes)")
    print(f"gold rows: {len(gold_rows)}; narratives with no gold rows: {len(narr_rows) - len(with_gold)}")
    print("box levels:", dict(Counter(r[5] or 'note' for r in narr_rows)))
    print("gold levels:", dict(Counter(g[2] for g in gold_rows)))
    cc = Counter(g[1] for g in gold_rows)
    print("codes:", ", ".join(f"{k} {cc[k]}" for k in sorted(cc)))
    print(f"narratives with trap notes: {len(traps)} ({sum(len(v) for v in traps.values())} notes)")


if __name__ == "__main__":
    main()
