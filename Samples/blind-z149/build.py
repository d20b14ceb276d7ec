#!/usr/bin/env python3
"""Blind gold set z149: notes written up from Team Around the Family (TAF) meetings
in an invented Nottinghamshire town (Thornwell), 2025-26.

Written from /work/shared/taxonomy.md only. Standard library only.
Each add() call is one narrative: its text, its gold codes (present status only)
and trap notes explaining the tricky decisions.
Run: python3 build.py  -> narratives.csv, gold.csv, traps.json
"""
import csv
import json
import os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))

LOCALITIES = ("Abbeyfields", "Carrbrook", "Westhollow", "Kingsmead")
LEVELS = ("blue", "green", "yellow", "orange", "red")
STAGES = {"A": "assessment", "C": "closure"}

NARR = []    # rows for narratives.csv
GOLD = []    # rows for gold.csv
TRAPS = {}   # narrative_id -> list of {type, code, note}


def add(case, st, box, date, loc, text, codes, traps=(), note_level=None):
    """box = a level for a boxed narrative, or 'note' for an unboxed note
    (then note_level is the single highest level cue in its text, convention 2)."""
    triage = f"{case}-{st}"
    nid = f"{triage}-{box}"
    if box == "note":
        level, gold_level = "", note_level
    else:
        level, gold_level = box, box
    assert loc in LOCALITIES, loc
    assert gold_level in LEVELS, nid
    NARR.append([nid, triage, case, STAGES[st], date, level, loc, text])
    assert len(set(codes)) == len(codes), nid
    for c in codes:
        GOLD.append([nid, c, gold_level])
    if traps:
        TRAPS[nid] = [{"type": t, "code": c, "note": n} for (t, c, n) in traps]


# ---------------------------------------------------------------------------
# Cases are appended below in batches.
# ---------------------------------------------------------------------------

# ===== Batch 1: Z001-Z008 =================================================

# Z001 - Abbeyfields: attendance, postnatal low mood, fuel debt
add("Z001", "A", "green", "2025-01-14", "Abbeyfields",
    "TAF held at Carrbrook Primary. School said Mia (7) is on 88.4% this half term, mostly Mondays, and she comes in after the register 2-3 times a wk. Mum (Stacey) said she has to walk Mia in with the pram since baby Oscar (8m) arrived and they often miss the gate. HV confirmed Oscar's 9-12 month review is booked and there are no concerns with his development. Actions: school to offer a soft start, Stacey to use breakfast club Tues-Thurs.",
    ["EDU-ATT"],
    [("negated", "EYD", "HV: no concerns with Oscar's development; a booked routine review is not a need.")])
add("Z001", "A", "yellow", "2025-01-14", "Abbeyfields",
    "Stacey told the meeting she has felt very low since Oscar was born, GP started her on sertraline before xmas and HV's EPDS score was 16. She is approx £340 behind on the electric and keeps going onto emergency credit on the prepay meter. Partner Dan does agency shifts at the warehouse. EHW to refer to Citizens Advice re the fuel debt and do a benefits check.",
    ["MH-ADULT", "FIN"],
    [("convention", "FIN", "FIN comes from the electric debt; Dan's shift work is not FIN by itself (conv. 5).")])
add("Z001", "C", "green", "2025-06-20", "Abbeyfields",
    "Mia up to 95.1% this term, still using breakfast club 3 mornings which school say has made the difference. Stacey still on sertraline and sees the GP monthly, says her mood is much better. HV: Oscar walking and babbling, no concerns.",
    ["EDU-ATT", "MH-ADULT"],
    [("convention", "EDU-ATT", "Green box: attendance being managed with breakfast club support counts as present (conv. 3)."),
     ("convention", "MH-ADULT", "Ongoing sertraline/GP review codes MH-ADULT (conv. 3, 4)."),
     ("negated", "EYD", "No concerns re Oscar.")])
add("Z001", "C", "blue", "2025-06-20", "Abbeyfields",
    "Electric arrears paid off with the Citizens Advice hardship grant, meter back on normal credit. Stacey knows who to ring if it starts to build up again.",
    [],
    [("historical", "FIN", "Arrears cleared = over (conv. 3)."),
     ("hypothetical", "FIN", "'if it starts to build up again' is hypothetical.")])

# Z002 - Carrbrook: CCE, reduced timetable, suspension, boundaries
add("Z002", "A", "orange", "2025-01-22", "Carrbrook",
    "TAF at Thornwell Academy. Police (SNT) reported Kyle (15) has been missing x3 since Nov, found each time in the city centre, last time with £200 cash and 2 phones. Police confirmed he was stop searched on 6/1 and wraps of cannabis were found on him, NRM referral made. School said Kyle has been on a reduced timetable (mornings only) since Dec following a suspension for threatening a member of staff. Mum (Leanne) disagreed with school, feels the afternoons off give him time to get into trouble. YOS not involved at present. Actions: EHW to complete the CCE screening tool with police, school to review the timetable at 6 wks.",
    ["SAFE-EXP", "CRIME", "EDU-ATT", "EDU-EXC"],
    [("convention", "SUB", "Drugs found on an exploited child are SAFE-EXP and CRIME, not SUB (conv. 12)."),
     ("convention", "EDU-ATT", "Reduced/part-time timetable is EDU-ATT; the suspension behind it is EDU-EXC."),
     ("negated", "CRIME", "'YOS not involved' is negated, but CRIME is present from the drugs found (conv. 12).")])
add("Z002", "A", "yellow", "2025-01-22", "Carrbrook",
    "Leanne says Kyle comes and goes as he likes, won't hand his phone over at night and punched a hole in his bedroom door when she turned the wifi off. She's asked for help with boundaries. Leanne is also a carer for her own mum who lives 2 streets away. Amber (11) doing fine at school, no concerns raised.",
    ["REL-PAR"],
    [("convention", "CARER", "An adult who is a carer is not CARER; that code is a child who cares (conv. 12)."),
     ("convention", "REL-PAR", "Damage at home aimed at the parent over boundaries, no police: REL-PAR only (conv. 8)."),
     ("negated", "", "Amber: no concerns.")])
add("Z002", "C", "orange", "2025-07-30", "Carrbrook",
    "Kyle now open to YOS on a referral order after being charged with possession with intent in March. No missing episodes since April and police confirmed no further call outs to the address since Easter. Back on a full timetable at Thornwell since Easter but attendence still patchy, 84% this term.",
    ["CRIME", "EDU-ATT"],
    [("historical", "SAFE-EXP", "No missing episodes since April; no current exploitation described."),
     ("historical", "CRIME", "No further call-outs since Easter is historical, but the referral order (YOS) is current CRIME (conv. 7).")])

# Z003 - Westhollow: speech delay, chest infections, mould, overcrowding, job loss
add("Z003", "A", "green", "2025-02-03", "Westhollow",
    "HV reported Harvey (2y4m) has about 10 words, ASQ flagged communication so referred to the SALT drop-in. Mum (Chantelle) hasn't taken up his 2 yr old funded place yet, HV gave her the form at the meeting. Harvey has had 3 chest infections this winter per GP, Mum thinks it's the mould.",
    ["EYD", "PH"])
add("Z003", "A", "orange", "2025-02-03", "Westhollow",
    "Housing officer from Thornwell Homes attended. Family of 5 in a 2 bed flat, black mould in both bedrooms, disrepair job raised in Oct still not done. Chantelle and partner Reece are band 2 on the register for overcrowding. Reece lost his job at the depot in Dec, UC claim in but first payment not until end of Feb, family using Kingsmead food bank every week. Reece disagreed that the mould is from drying washing indoors - says landlord has ignored it for a year.",
    ["HOUS", "FIN"],
    [("convention", "FIN", "Food bank and job loss are FIN; no hungry child or empty cupboards described, so no SAFE-NEG (conv. 10).")])
add("Z003", "C", "green", "2025-08-12", "Westhollow",
    "Harvey at Little Acorns nursery 15 hrs since April, settled, keyworker doing Talk Boost with him and he's now putting 2 words together. No chest infections since March.",
    ["EYD"],
    [("convention", "EYD", "Green box: speech being supported at nursery is managing, present (conv. 3)."),
     ("historical", "PH", "No chest infections since March = over.")])
add("Z003", "C", "orange", "2025-08-12", "Westhollow",
    "Family moved into a 3 bed house in Abbeyfields (Thornwell Homes) in June, dry and in good repair. Reece started nights at the distribution centre in May. Food bank not used since May.",
    [],
    [("historical", "HOUS", "Move completed, no damp: housing need over."),
     ("historical", "FIN", "Food bank not used since May = over; working nights is not FIN (conv. 5).")])

# Z004 - Kingsmead: DV strategy meeting, alcohol, neglect
add("Z004", "A", "red", "2025-02-11", "Kingsmead",
    "Strategy meeting 4/2 after a DV incident in which Jade's partner Liam strangled her in front of Ellie-May (4). Liam arrested and bailed with conditions not to attend the address. S47 on Ellie-May, ICPC booked for 20/2, SW Priya allocated.",
    ["DA"],
    [("convention", "CRIME", "Partner's assault and arrest for the DV are DA only, not CRIME (conv. 7).")])
add("Z004", "A", "orange", "2025-02-11", "Kingsmead",
    "MARAC heard 6/2, IDVA from Juniper DV service allocated. Jade says she won't support a prosecution and wants Liam back home. Jade told the TAF she drinks most evenings 'just to get to sleep'; GP records show a referral to Pathways alcohol service in 2023 that she never took up. Nursery said Ellie-May has been coming in on Mondays in the same clothes as Friday and is starving by snack time.",
    ["DA", "SUB", "SAFE-NEG"],
    [("convention", "SAFE-NEG", "Hungry child and same clothes = neglect; no food bank so no FIN (conv. 10)."),
     ("partial", "SUB", "The 2023 referral is historical but the current nightly drinking to sleep is present."),
     ("not-coded", "PH", "'to get to sleep' is the reason for drinking, not a sleep problem being raised.")])
add("Z004", "C", "red", "2025-03-05", "Kingsmead",
    "EH closing - case stepped up, Ellie-May made subject to a CP plan at ICPC 20/2 (emotional abuse). Jade has now started the Freedom Programme and has a Pathways keyworker. Liam remains on bail.",
    ["DA", "SUB"],
    [("convention", "DA", "Freedom Programme codes DA (conv. 4)."),
     ("convention", "SUB", "Pathways keyworker (drug and alcohol service) codes SUB (conv. 4).")])

# Z005 - Abbeyfields: SEND/ASD pathway, parent MS, young carer
add("Z005", "A", "green", "2025-02-19", "Abbeyfields",
    "SENCo (Mrs Okafor) said Noah (9) is on SEN support with a sensory profile and movement breaks; school have applied for an EHC needs assessment. Noah is on the waiting list for the ASD pathway at the Children's Development Centre.",
    ["EDU-SEND"])
add("Z005", "A", "yellow", "2025-02-19", "Abbeyfields",
    "Mum (Gemma) has MS and uses a wheelchair indoors on bad days. Lily (12) helps her get dressed, does most of the tea's and puts Noah to bed. Lily's form tutor said she's tired in class and handing homework in late. Gemma gets PIP; partner Mark works away Mon-Fri. EHW to refer Lily to Thornwell Young Carers.",
    ["PH", "CARER"],
    [("convention", "FIN", "PIP named with no money problem is not FIN (conv. 5)."),
     ("not-coded", "EDU-ATT", "Tired/homework late is not attendance or exclusion.")])
add("Z005", "C", "green", "2025-09-09", "Abbeyfields",
    "EHCP issued in July, Noah has 20 hrs 1:1 in Yr5 and has settled. Lily goes to the young carers group fortnightly and has a young carer card at Kingsmead Academy. Gemma's OT has fitted rails and a perching stool.",
    ["EDU-SEND", "CARER", "PH"],
    [("convention", "CARER", "Green box: young carer now supported = managing, present (conv. 3)."),
     ("convention", "PH", "Aids for Gemma's MS = managing a physical health need (conv. 3).")])

# Z006 - Carrbrook: NEET 17, dad's back pain and suicidal thoughts, youth caution
add("Z006", "A", "yellow", "2025-03-04", "Carrbrook",
    "Jordan (17) dropped out of Westhollow College in Nov (L2 motor vehicle) and hasn't been in work or education since. Careers adviser from the Youth Hub came to the TAF, Jordan agreed to a taster day at Thornwell Training. Dad (Steve) has chronic back pain and has not worked since 2021, on ESA.",
    ["EDU-NEET", "PH", "FIN"],
    [("convention", "FIN", "FIN from the adult's worklessness, not from Jordan being NEET and not from ESA alone (conv. 5, 11).")])
add("Z006", "A", "orange", "2025-03-04", "Carrbrook",
    "Steve disclosed he has been feeling 'pointless' and had thoughts of ending his life last month; crisis team involved in Feb and he now has a care coordinator at the CMHT. Jordan was arrested in Jan for criminal damage at the bus station, youth caution given and YOS doing the out of court work with him.",
    ["MH-ADULT", "CRIME"])
add("Z006", "C", "yellow", "2025-08-22", "Carrbrook",
    "Jordan started a L1 traineeship at Thornwell Training in April, on placement at a garage 3 days a wk, but he's been late most days and the provider has warned him in writing his place is at risk. YOS work finished in May. Steve still sees his CMHT care coordinator fortnightly and is on the waiting list for talking therapy.",
    ["MH-ADULT", "EDU-NEET"],
    [("partial", "EDU-NEET", "In training, but formally at risk of losing the place = 'at risk of' NEET, present."),
     ("historical", "CRIME", "YOS work finished in May.")])

# Z007 - Westhollow: ASB, possession notice, rent arrears, suspension (unboxed TAF note)
add("Z007", "A", "note", "2025-03-12", "Westhollow",
    "TAF review (2nd). Present: Mum (Kerry), EHW, school DSL, PCSO, Thornwell Homes. PCSO confirmed 2 police call-outs in Feb re Tyler (14) and friends throwing stones at buses, Tyler given a community resolution. Thornwell Homes have served a notice seeking possession - rent arrears £1,460 plus ASB complaints from neighbours. School said Tyler is in isolation most weeks and had a 3 day suspension for vaping in the toilets. Kerry dissagreed, says school pick on him. TAF plan updated: EHW to help Kerry apply for a DHP, school to put a PSP in place.",
    ["CRIME", "HOUS", "FIN", "EDU-EXC"],
    [("convention", "", "Unboxed: highest cue is orange (police call-out, possession notice, TAF plan) (conv. 2)."),
     ("convention", "SUB", "Vaping is not SUB (conv. 12)."),
     ("disagreement", "EDU-EXC", "Mum disputes the school's view; the suspension and isolations are reported by school as current, so present.")],
    note_level="orange")
add("Z007", "A", "yellow", "2025-03-12", "Westhollow",
    "Kerry works two cleaning jobs and is never in when Tyler gets home, says she has no idea where he is most evenings and he ignores her calls telling him to come in. Mason (8) goes to his nan's after school most days.",
    ["REL-PAR"],
    [("convention", "FIN", "Working two jobs is not FIN (conv. 5).")])
add("Z007", "C", "orange", "2025-09-18", "Westhollow",
    "Possession claim withdrawn after the DHP was awarded and a repayment plan agreed, £15/wk off the arrears which are now £640. Tyler has had no police contact since April but was suspended for 5 days in June for fighting, PSP still running.",
    ["FIN", "EDU-EXC"],
    [("historical", "HOUS", "Possession claim withdrawn; no current housing need stated."),
     ("historical", "CRIME", "No police contact since April = over."),
     ("partial", "FIN", "£640 arrears still owed = present in an orange box.")])
add("Z007", "C", "green", "2025-09-18", "Westhollow",
    "Kerry says home is calmer. Tyler is in by 8 on school nights most of the time and they've agreed a tracker app between them.",
    ["REL-PAR"],
    [("convention", "REL-PAR", "Green box: boundaries now being managed = present (conv. 3).")])

# Z008 - Kingsmead: missed immunisations, weaning, home conditions, fuel
add("Z008", "A", "green", "2025-03-20", "Kingsmead",
    "HV (Sam) did a joint visit with EHW. Poppy (18m) hasn't had her 12 month jabs, 2 appts missed. Still on bottles and pureed jars, not on finger foods yet. Mum (Tasha, 19) says Poppy's dad is 'not in the picture' and she doesn't see the point of baby groups.",
    ["PH", "EYD"],
    [("convention", "EYD", "Weaning for an under-5 is EYD; missed immunisations are PH.")])
add("Z008", "A", "yellow", "2025-03-20", "Kingsmead",
    "Home conditions poor on the joint visit - dog mess on the kitchen floor, bags of used nappies in the hall and no bedding in Poppy's cot. Tasha had £3 on the meter and said she's skint till her UC comes on Friday. Her mum helps out when she can. EHW to agree a home conditions plan and apply for a fuel voucher.",
    ["SAFE-NEG", "FIN"],
    [("convention", "FIN", "Fuel poverty/voucher = FIN; UC named with a money problem (conv. 5, 10).")])
add("Z008", "C", "yellow", "2025-09-01", "Kingsmead",
    "Home conditions good at the last 3 unannounced visits, cot made up, cleaning rota on the fridge - no concerns. Tasha now goes to the Little Talkers group at the family hub with Poppy who has about 8 words; Portage referral made for extra support with her play and language.",
    ["EYD"],
    [("negated", "SAFE-NEG", "Home conditions good, no concerns."),
     ("convention", "EYD", "Language group and Portage for an under-5 = EYD (conv. 4, 9).")])
add("Z008", "C", "green", "2025-09-01", "Kingsmead",
    "Poppy caught up with all her jabs at the GP in May. HV 2 yr review booked for Oct.",
    [],
    [("historical", "PH", "Immunisations caught up = over; a booked routine review is not a need.")])

# ===== Batch 2: Z009-Z016 =================================================

# Z009 - Abbeyfields: separation rows, self-harm/CAMHS, school refusal
add("Z009", "A", "yellow", "2025-04-02", "Abbeyfields",
    "Parents (Rob and Natalie) separated in Jan and Rob is stopping at his brother's. Handovers at the school gate have turned into shouting matches twice, both seen by staff. Natalie was clear there is no DA, no threats - 'we just argue about money and the kids'. Both agreed to a referral to Fairway Family Mediation.",
    ["REL-CONF"],
    [("negated", "DA", "'no DA, no threats': parental conflict is REL-CONF (conv. 8)."),
     ("not-coded", "FIN", "Arguing about money is not a money problem.")])
add("Z009", "A", "orange", "2025-04-02", "Abbeyfields",
    "School said Isla (10) has been crying in class and picking at her skin until it bleeds, school counsellor has seen her 4 times. GP referred to CAMHS in March, she's on the waiting list. Her brother Finn (13) has refused school since Feb half term, attendance 61%, Kingsmead Academy have started him on a part-time timetable.",
    ["MH-CHILD", "EDU-ATT"],
    [("convention", "MH-CHILD", "Awaiting CAMHS codes MH-CHILD (conv. 4)."),
     ("not-coded", "PH", "Skin picking to bleeding is described as emotional distress, coded MH-CHILD not PH.")])
add("Z009", "C", "yellow", "2025-10-07", "Abbeyfields",
    "Mediation done (3 sessions), child arrangements now agreed in writing and handovers go through Rob's mum. Finn back full time since May and has attended every day this term. Isla still waiting for her first CAMHS appt, school counsellor seeing her weekly in the meantime.",
    ["MH-CHILD"],
    [("historical", "REL-CONF", "Mediation completed, arrangements agreed: no current conflict described."),
     ("historical", "EDU-ATT", "Back full time, full attendance this term.")])
add("Z009", "C", "blue", "2025-10-07", "Abbeyfields",
    "Rob and Natalie only message each other about the kids now and use a co-parenting app when things start getting heated.",
    ["REL-CONF"],
    [("convention", "REL-CONF", "Blue box: separated parents managing their conflict themselves = present (conv. 3).")])

# Z010 - Carrbrook: dad on licence, methadone, young carer, SPD, council tax
add("Z010", "A", "orange", "2025-04-09", "Carrbrook",
    "Probation officer attended. Dad (Wayne) released on licence in March after a sentence for burglary and is living back at the family home. Wayne told the TAF he is on a methadone script with Pathways and 'clean otherwise'; Mum (Donna) disagreed, says she has found burnt foil in the bathroom twice. They row most nights about money and his using; Donna says there has been no violence and she doesn't feel scared of him. Donna is 24 wks pregnant.",
    ["CRIME", "SUB", "REL-CONF"],
    [("convention", "CRIME", "An adult household member on licence = CRIME (conv. 7)."),
     ("convention", "SUB", "Methadone script codes SUB (conv. 4); Mum's disagreement adds evidence."),
     ("not-coded", "PH", "Pregnancy alone is not a physical health need."),
     ("negated", "DA", "No violence, not scared: the nightly rows are REL-CONF, not DA (conv. 8)."),
     ("not-coded", "FIN", "Rowing about money is not itself a money problem.")])
add("Z010", "A", "yellow", "2025-04-09", "Carrbrook",
    "Shannon (13) takes her brother Alfie (2) to nursery most mornings because Donna's SPD is so bad she can barely walk to the end of the road. Shannon is late to school as a result, 14 lates this half term.",
    ["CARER", "PH", "EDU-ATT"])
add("Z010", "C", "orange", "2026-01-15", "Carrbrook",
    "Wayne recalled to prison in Nov for breaching his licence and no longer lives at home. Donna had baby Ava in Aug, HV visiting as normal. Donna says money has been really tight since Wayne went back in, council tax arrears of £380 and she's had a summons.",
    ["FIN"],
    [("outside", "CRIME", "Wayne is now in prison, outside the household; the recall is a past event."),
     ("not-coded", "", "Routine HV visits are not a need.")])
add("Z010", "C", "blue", "2026-01-15", "Carrbrook",
    "Shannon goes to the young carers club on Thursdays and now only does the nursery run on the odd day Donna has appts.",
    ["CARER"],
    [("convention", "CARER", "Blue box: still caring occasionally, supported = present (conv. 3).")])

# Z011 - Westhollow: online grooming, self-harm, bullying
add("Z011", "A", "orange", "2025-04-23", "Westhollow",
    "School DSL reported that Ruby (13) has been sending images to an older male she met on snapchat; police informed, CEOP report made and her phone taken for examination. Ruby told the school nurse she has been cutting her arms for 'a few months'. CAMHS screening appt on 2/5. Mum (Claire) had no idea and was very upset in the meeting.",
    ["SAFE-EXP", "MH-CHILD"],
    [("not-coded", "MH-ADULT", "Mum upset in the meeting is a reaction, not a parental mental health need."),
     ("outside", "CRIME", "The male's offending is outside the household (conv. 6); police acting to safeguard is not CRIME (conv. 7).")])
add("Z011", "A", "green", "2025-04-23", "Westhollow",
    "Attendance is good at 97%. Ruby says a group of girls in her form have been posting about her on a group chat and calling her names in PE; Head of Year is dealing with it.",
    ["SAFE-EXP"],
    [("not-coded", "EDU-ATT", "Pure good news on attendance, no need stated (conv. 3)."),
     ("convention", "SAFE-EXP", "The girls doing it are outside the household, but Ruby being bullied is her own need (taxonomy: bullied by peers = SAFE-EXP).")])
add("Z011", "C", "orange", "2025-11-03", "Westhollow",
    "Ruby is open to CAMHS for fortnightly CBT, no self-harm disclosed since Aug. Police investigation into the male still ongoing. Claire has set up parental controls but Ruby was found using a 2nd snapchat account last month to talk to people she doesn't know.",
    ["MH-CHILD", "SAFE-EXP"],
    [("convention", "MH-CHILD", "Open to CAMHS codes MH-CHILD even though self-harm has stopped (conv. 4)."),
     ("partial", "SAFE-EXP", "Current online safety risk (secret account, strangers).")])
add("Z011", "C", "blue", "2025-11-03", "Westhollow",
    "Bullying stopped once the girls were moved into a different form in June.",
    [],
    [("historical", "SAFE-EXP", "Bullying stopped = over (conv. 3).")])

# Z012 - Abbeyfields: managed move, parents rowing, stepdad
add("Z012", "A", "orange", "2025-05-14", "Abbeyfields",
    "Managed move from Kingsmead Academy to Thornwell Academy agreed at Fair Access panel for Demi (14) after 4 suspensions this year for verbal abuse to staff. Police have no record of Demi. Mum (Sharon) worries she hangs round with older lads at the park but there's no evidence of exploitation; police would review if she ever goes missing.",
    ["EDU-EXC"],
    [("negated", "SAFE-EXP", "'no evidence of exploitation'; missing only hypothetical ('if she ever goes missing')."),
     ("negated", "CRIME", "Police have no record of Demi.")])
add("Z012", "A", "yellow", "2025-05-14", "Abbeyfields",
    "Sharon says she and Demi's stepdad Carl row constantly about how to handle Demi, Carl says if it carries on she can go and live with her dad. Demi has been staying at her dad's in Harlow Bridge 2 nights a week to get away from it all.",
    ["REL-CONF", "REL-PAR"],
    [("convention", "REL-CONF", "Parents arguing with each other = REL-CONF; the strained stepdad-child relationship = REL-PAR (conv. 8)."),
     ("hypothetical", "HOUS", "'if it carries on she can go and live with her dad' is not homelessness.")])
add("Z012", "C", "yellow", "2025-12-02", "Abbeyfields",
    "Demi settled well at Thornwell Academy, low behaviour points and no suspensions since she started. Sharon and Carl did the 'Stronger Together' couples course at the family hub and say they are on the same page now. Demi still won't speak to Carl at home and stays in her room most evenings.",
    ["REL-PAR"],
    [("negated", "EDU-EXC", "No suspensions since the move."),
     ("historical", "REL-CONF", "Parents' conflict described as resolved after the course.")])

# Z013 - Carrbrook: temporary accommodation after fleeing DA, immunisations, trauma
add("Z013", "A", "orange", "2025-05-21", "Carrbrook",
    "Mum (Aisha) and her 3 children have been in temporary accommodation at Elm Court since April after fleeing DA in another county; the ex doesn't know the address. Housing Options said they are band 1 and bidding. Aisha has started the Freedom Programme with Juniper.",
    ["HOUS", "DA"],
    [("convention", "DA", "The abuse itself is past, but the Freedom Programme is an ongoing service and codes DA (conv. 4).")])
add("Z013", "A", "green", "2025-05-21", "Carrbrook",
    "Zainab (8) and Yusuf (6) started at Abbeyfields Primary after Easter and are settling, school have no concerns. HV said Maryam (10m) is behind with her immunisations because of the moves, catch up appts booked with the new GP.",
    ["PH"],
    [("negated", "", "School: no concerns for the older two.")])
add("Z013", "C", "orange", "2025-10-20", "Carrbrook",
    "Family moved into a 3 bed housing association house in Sept. Aisha's ex tracked her down on facebook and sent threatening messages in Aug, police aware, non-molestation order granted in Sept.",
    ["DA"],
    [("historical", "HOUS", "Permanent home since Sept: housing need over."),
     ("convention", "CRIME", "Ex-partner's threats/police involvement are DA only (conv. 7).")])
add("Z013", "C", "green", "2025-10-20", "Carrbrook",
    "All registered with Carrbrook Medical Practice and Maryam is now up to date with her jabs. Aisha says she sleeps badly and gets flashbacks, GP has started her on medication and she is on the list for trauma counselling.",
    ["MH-ADULT"],
    [("historical", "PH", "Immunisations now up to date."),
     ("not-coded", "PH", "Sleeping badly is part of the described trauma symptoms; coded MH-ADULT only.")])

# Z014 - Westhollow: hoarding, no cooker, mum's OCD, NEET 18
add("Z014", "A", "orange", "2025-06-03", "Westhollow",
    "EHW and the Thornwell Homes tenancy officer visited: hoarding in every room, kitchen can't be got into, no working cooker so the family are living on takeaways and cereal. Tenancy officer said they will consider legal action for possession if access for the gas safety check isn't given by 30/6.",
    ["SAFE-NEG"],
    [("hypothetical", "HOUS", "Possession action only 'if access isn't given' - hypothetical."),
     ("convention", "SAFE-NEG", "Home conditions and no means to cook = neglect; no food bank or poverty, so no FIN (conv. 10).")])
add("Z014", "A", "yellow", "2025-06-03", "Westhollow",
    "Mum (Lorraine) has OCD and depression, under the CMHT but last seen in April. Dean (18) left sixth form last summer and hasn't worked since, spends most days gaming. Ethan (15) attends Westhollow School well.",
    ["MH-ADULT", "EDU-NEET"],
    [("convention", "FIN", "Dean (18) NEET is EDU-NEET only; no adult worklessness stated (conv. 11)."),
     ("not-coded", "EDU-ATT", "Ethan attends well - good news, not coded.")])
add("Z014", "C", "yellow", "2025-12-10", "Westhollow",
    "Kitchen and bathroom now clear, new cooker fitted via the hardship fund and gas check done in July. Lorraine still has 2 bedrooms full to the ceiling but has agreed a plan with the hoarding support worker. Dean is on a 12 wk employability course with Thornwell Works.",
    ["SAFE-NEG"],
    [("partial", "SAFE-NEG", "Part of the home still hoarded: home conditions still a current need."),
     ("historical", "EDU-NEET", "Dean now in training.")])

# Z015 - Kingsmead: toilet training (low need)
add("Z015", "A", "blue", "2025-06-10", "Kingsmead",
    "Mum (Hannah) asked for ideas on potty training Archie (3y2m). Given the bladder and bowel charity leaflet and the dates of the family hub toilet training session, she's going to go. Dad's parents have Archie on Weds.",
    ["EYD"],
    [("convention", "EYD", "Blue box: toileting for an under-5, family acting on information (conv. 3, 9).")])
add("Z015", "A", "green", "2025-06-10", "Kingsmead",
    "Nursery said Archie is still in nappies all day and isn't telling them when he needs to go. HV has no concerns about his speech.",
    ["EYD"],
    [("negated", "EYD", "No concerns re speech; EYD is present from the toileting.")])
add("Z015", "C", "blue", "2025-09-30", "Kingsmead",
    "Archie dry in the day since August. Hannah doing a sticker chart for night times.",
    ["EYD"],
    [("partial", "EYD", "Daytime toileting over, but night-time toileting still being managed = present in a blue box (conv. 3).")])

# Z016 - Abbeyfields: gambling debt, coercive control, homeless application
add("Z016", "A", "yellow", "2025-06-18", "Abbeyfields",
    "Dad (Gary) disclosed to the TAF he has lost around £6k on online betting since xmas and has taken a loan from a doorstep lender to cover the rent. He's put a gambling block on his phone and has a 1st appt with the Gambling Support Service next week.",
    ["FIN"],
    [("convention", "SUB", "Gambling debts are FIN, not SUB (conv. 10).")])
add("Z016", "A", "orange", "2025-06-18", "Abbeyfields",
    "After the TAF Mum (Kirsty) told EHW privately that Gary checks her phone, keeps the bank card and gives her £20 a week for food; she's scared to raise it with him. DASH done - medium risk. IDVA referral agreed, Kirsty did not want police told. Leah (9) and Max (7): school have no concerns and attendance is good.",
    ["DA"],
    [("convention", "FIN", "Being kept short of money by a controlling partner is economic abuse, DA only (read with conv. 8)."),
     ("negated", "", "School: no concerns for the children.")])
add("Z016", "C", "orange", "2025-11-25", "Abbeyfields",
    "Kirsty and the children left in Sept and are staying at her sister's, 4 of them in the box room, homeless application in with the council. IDVA still working with Kirsty and a non-mol has been applied for. Gary says he has not placed a bet since August and has a debt management plan with Thornwell Debt Advice.",
    ["HOUS", "DA"],
    [("outside", "FIN", "Gary has left the household; his debt plan is outside the family now (conv. 6)."),
     ("historical", "FIN", "Gambling stopped since August.")])

# ===== Batch 3: Z017-Z024 =================================================

# Z017 - Carrbrook: school-age speech (SEND), sleep
add("Z017", "A", "green", "2025-07-01", "Carrbrook",
    "SENCo said Ollie (6) is on the SALT caseload for a stammer and unclear speech, therapist sees him in school each term and he has an SEN support plan. Sister Ava (4) starts reception in Sept, nursery say she is ready and very chatty.",
    ["EDU-SEND"],
    [("convention", "EYD", "Speech and language for a school-age child is EDU-SEND, not EYD (conv. 9)."),
     ("not-coded", "EYD", "Ava ready for school: good news, no need stated.")])
add("Z017", "A", "yellow", "2025-07-01", "Carrbrook",
    "Mum (Lucy) said Ollie wakes 3 or 4 times a night and ends up in her bed, she is shattered. Dad works nights. GP suggested a sleep diary and EHW to refer to the school nurse sleep clinic.",
    ["PH"],
    [("convention", "PH", "Sleep problems at school age are PH (conv. 9)."),
     ("convention", "FIN", "Dad working nights is not FIN (conv. 5)."),
     ("not-coded", "MH-ADULT", "Mum 'shattered' is tiredness, not a mental health need.")])
add("Z017", "C", "green", "2025-12-09", "Carrbrook",
    "Ollie still on SALT caseload, stammer a lot better. Sleep improved with the diary and a set bedtime, only waking once or twice a week now.",
    ["EDU-SEND", "PH"],
    [("convention", "PH", "Green box: sleep improving but still being managed = present (conv. 3).")])

# Z018 - Kingsmead: child-to-parent violence, EHCP, mum's stress
add("Z018", "A", "orange", "2025-07-15", "Kingsmead",
    "Police reported 3 call-outs since May to the home after Reuben (15) assaulted Mum (Michelle), incl pushing her down the stairs; Reuben arrested last time and released under investigation. Michelle does not want him charged. Reuben has ASD and an EHCP at Oakhurst School; they said his placement is at risk after he hit a TA last week.",
    ["REL-PAR", "CRIME", "EDU-SEND", "EDU-EXC"],
    [("convention", "DA", "Child-to-parent violence is REL-PAR (+ CRIME with police), not DA (conv. 8)."),
     ("convention", "EDU-SEND", "EHCP codes EDU-SEND."),
     ("convention", "EDU-EXC", "Placement at risk after hitting staff = risk of exclusion, EDU-EXC.")])
add("Z018", "A", "yellow", "2025-07-15", "Kingsmead",
    "Michelle said she feels low all the time and her GP has signed her off work with stress; she works as a carer at a nursing home. Tia (12) hides in her room when Reuben kicks off and school have referred her to their wellbeing worker as she's getting panic attacks. Michelle agreed to start the NVR parenting programme with EHW.",
    ["MH-ADULT", "REL-PAR", "MH-CHILD"],
    [("convention", "CARER", "Mum's job as a care worker is not CARER (conv. 12)."),
     ("convention", "REL-PAR", "NVR parenting programme for the violence at home codes REL-PAR (conv. 4, 8).")])
add("Z018", "C", "orange", "2025-12-16", "Kingsmead",
    "Reuben was given a youth conditional caution in Oct for the assault and has a YOS worker. No further police call-outs since the caution. Michelle and Reuben finished NVR, Michelle says incidents are down to one every few weeks and mostly shouting now.",
    ["CRIME", "REL-PAR"],
    [("historical", "CRIME", "No further call-outs is historical, but the YOS worker is current CRIME (conv. 7)."),
     ("partial", "REL-PAR", "NVR finished but incidents still happen.")])

# Z019 - Westhollow: water arrears (unboxed blue note), managed
add("Z019", "A", "note", "2025-08-05", "Westhollow",
    "Mum (Paula) rang the family hub line about her water bill, £180 behind. Given details of the water company's help to pay scheme and the online benefits calculator, she'll apply herself. Says the kids are fine and her sister helps with lifts.",
    ["FIN"],
    [("convention", "", "Unboxed: only signposting the family acts on itself = blue (conv. 2).")],
    note_level="blue")
add("Z019", "C", "blue", "2025-11-18", "Westhollow",
    "Paula on the reduced tariff now and paying £12 a month off what's left of the water arrears.",
    ["FIN"],
    [("convention", "FIN", "Blue box: paying off arrears = managing, present (conv. 3).")])

# Z020 - Carrbrook: neglect, dental decay, rent arrears, section 21
add("Z020", "A", "yellow", "2025-08-19", "Carrbrook",
    "School said the 3 children (Jack 11, Lacey 9, Kai 7) often come in unwashed with headlice and Kai's uniform is far too small. Lacey told her TA there is 'never any food in' at weekends. Jack has visible tooth decay and the family are not registered with a dentist. Mum (Amy) accepted all of this, says she's been overwhelmed since the children's dad (Matt) left in the spring and they still end up screaming at each other down the phone about contact most weeks. Amy's brother, who lives nearby, was jailed last month for burglary.",
    ["SAFE-NEG", "PH", "REL-CONF"],
    [("outside", "CRIME", "Amy's brother does not live in the household (conv. 6)."),
     ("convention", "REL-CONF", "Separated parents' ongoing rows about contact = REL-CONF; no abuse described (conv. 8)."),
     ("convention", "SAFE-NEG", "No food in at weekends = SAFE-NEG; no food bank so no FIN for that (conv. 10).")])
add("Z020", "A", "orange", "2025-08-19", "Carrbrook",
    "Amy's new partner (doesn't live there) is known to police for supplying; police confirmed no call-outs to the address and no intel linking the home. Amy denies using anything herself. She has rent arrears of £520, the kids' dad pays no maintenance, and a section 21 arrived in July.",
    ["FIN", "HOUS"],
    [("outside", "CRIME", "Partner does not live at the address (conv. 6); police: no call-outs."),
     ("negated", "SUB", "Amy denies drug use."),
     ("convention", "HOUS", "Section 21 notice = eviction risk, HOUS.")])
add("Z020", "C", "yellow", "2026-02-03", "Carrbrook",
    "Family registered with Carrbrook Dental and Jack's treatment finished. Kids coming into school clean and school say the weekend food parcels aren't needed now. Amy got a council tenancy before the s21 ran out, moved in Nov, but still owes the old landlord £300 and is paying £10/wk.",
    ["FIN"],
    [("historical", "PH", "Dental treatment finished."),
     ("historical", "SAFE-NEG", "Children clean, food parcels no longer needed."),
     ("historical", "HOUS", "Rehoused before the s21 expired.")])

# Z021 - Westhollow: county lines, strategy meeting, CIN, NEET 16, threats
add("Z021", "A", "red", "2025-09-02", "Westhollow",
    "Strategy meeting 27/8 after Marcus (16) was found by police in a flat in another county with 2 adults and a quantity of crack cocaine. Marcus arrested, NRM referral made. S47 completed and Marcus is now on a CIN plan. He has not been in education or training since leaving Y11 in July.",
    ["SAFE-EXP", "CRIME", "EDU-NEET"],
    [("convention", "SUB", "Drugs found on an exploited child = SAFE-EXP + CRIME, not SUB (conv. 12).")])
add("Z021", "A", "orange", "2025-09-02", "Westhollow",
    "Mum (Denise) has been getting calls from withheld numbers threatening her over a 'debt' Marcus supposedly owes. Police have given safety advice and put a marker on the address. Denise hasn't slept properly for weeks and the GP has started her on medication for anxiety.",
    ["SAFE-EXP", "MH-ADULT"],
    [("not-coded", "FIN", "A drug 'debt' demanded by exploiters is exploitation, not a household money problem."),
     ("convention", "SAFE-EXP", "Threats to the family linked to Marcus's exploitation = its effect on the family (conv. 6)."),
     ("not-coded", "PH", "Poor sleep is part of Mum's anxiety, coded MH-ADULT."),
     ("convention", "CRIME", "Police safety advice and an address marker are safeguarding, not CRIME (conv. 7).")])
add("Z021", "C", "red", "2026-02-17", "Westhollow",
    "Marcus remains on a CIN plan. No missing episodes since Oct. Trial for the possession charges listed for April. He started a L1 construction course at Westhollow College in Jan, 3 days a wk.",
    ["CRIME"],
    [("historical", "SAFE-EXP", "No missing episodes since Oct and no current exploitation described."),
     ("historical", "EDU-NEET", "Now at college.")])

# Z022 - Kingsmead: postnatal depression, baby weight
add("Z022", "A", "yellow", "2025-09-10", "Kingsmead",
    "HV (Bev) said Keeley has postnatal depression, EPDS 19, started on fluoxetine and referred to the perinatal mental health team. Baby Theo (7 wks) has dropped from the 50th to the 9th centile and is being weighed weekly at clinic. Dad (Jamie) went back to work on site after a week's paternity.",
    ["MH-ADULT", "PH"],
    [("convention", "PH", "Baby's weight loss is PH (weight); not weaning so not EYD.")])
add("Z022", "A", "green", "2025-09-10", "Kingsmead",
    "Keeley's mum stays over 3 nights a week to help with night feeds and Keeley goes to baby massage at the family hub.",
    [],
    [("not-coded", "", "Family support network and a universal group, no need stated (conv. 3).")])
add("Z022", "C", "green", "2026-01-27", "Kingsmead",
    "Theo back up on the 25th centile, HV now weighing monthly. Keeley still on fluoxetine and says she feels 'like me again'.",
    ["PH", "MH-ADULT"],
    [("convention", "PH", "Green box: weight still being monitored = managing, present (conv. 3)."),
     ("convention", "MH-ADULT", "Ongoing medication codes MH-ADULT (conv. 4).")])

# Z023 - Abbeyfields: disabled child, young carer, DLA stopped
add("Z023", "A", "yellow", "2025-09-17", "Abbeyfields",
    "Mum (Rachel) cares full time for Freya (8) who has cerebral palsy and is tube fed. Jacob (14) does Freya's night checks when Rachel works her Saturday shift and has stopped going to football to help out. Freya's DLA was stopped at review in June; Rachel has asked for a mandatory reconsideration and is about £200 short each month.",
    ["PH", "CARER", "FIN"],
    [("convention", "CARER", "Rachel caring for Freya is not CARER; Jacob's caring is (conv. 12)."),
     ("convention", "FIN", "DLA stopped and household short: a benefit problem, FIN (conv. 5).")])
add("Z023", "A", "green", "2025-09-17", "Abbeyfields",
    "Freya has an EHCP at Abbeyfields Primary with full time 1:1, SENCo said annual review due Nov. Jacob's school have no concerns about him.",
    ["EDU-SEND"],
    [("negated", "", "Jacob's school: no concerns.")])
add("Z023", "C", "yellow", "2026-03-10", "Abbeyfields",
    "DLA reinstated at the higher rate after the MR and backdated. Jacob referred to the young carers service and goes to their Friday group.",
    ["CARER"],
    [("historical", "FIN", "Benefit problem resolved."),
     ("convention", "CARER", "Young carers service = CARER present.")])

# Z024 - Carrbrook: historical mentions, dyslexia, dementia, council tax
add("Z024", "A", "green", "2025-10-01", "Carrbrook",
    "Dad (Paul) told the TAF he used to drink heavily but has been sober 4 yrs and still goes to AA every week. The older children were on CP plans which closed in 2018. Mum (Sarah) had PND after Ellis was born in 2017, nothing since. Main worry now is Ellis (8): school say he is really struggling with reading, Ed Psych has assessed and dyslexia screening is high, SEN support plan starting after half term.",
    ["SUB", "EDU-SEND"],
    [("convention", "SUB", "Green box: sobriety maintained through weekly AA is 'now managing' with an ongoing service (conv. 3, 4), so present; the heavy drinking itself is past."),
     ("historical", "MH-ADULT", "PND in 2017, nothing since."),
     ("historical", "", "CP plans closed 2018 - no code and no level relevance in a boxed note.")])
add("Z024", "A", "yellow", "2025-10-01", "Carrbrook",
    "Sarah's mum lives with them and has dementia. Sarah gave up work to look after her so they're down to Paul's wage and are £610 behind on council tax. Grace (11) sits with nan after school while Sarah does the shopping and reminds her to take her tablets.",
    ["PH", "FIN", "CARER"],
    [("convention", "PH", "Nan is a household member: her dementia is PH for 'anyone in the family'."),
     ("convention", "CARER", "Sarah looking after her mother is not CARER; Grace's caring is (conv. 12).")])
add("Z024", "C", "green", "2026-03-03", "Carrbrook",
    "Ellis's reading age up by a year with the SEN intervention, stays on SEN support. Council tax on a payment plan. Sarah has applied for Carer's Allowance. Grace goes to young carers group monthly.",
    ["EDU-SEND", "FIN", "CARER"],
    [("convention", "FIN", "FIN from the council tax payment plan (managing, conv. 3), not from Carer's Allowance (conv. 5).")])

# ===== Batch 4: Z025-Z030 =================================================

# Z025 - Westhollow: early years (unboxed yellow note)
add("Z025", "A", "note", "2025-10-08", "Westhollow",
    "Home visit by EHW. Jess (22) has two under 3s, Rio (2y9m) and Skye (11m). Rio has no words yet, just points and pulls her to what he wants, and isn't at nursery - Jess didn't know about the funded hours. Skye not crawling yet and still only on purees. Jess says partner Callum is 'brilliant' with the kids and there's no arguing at home. EHW to help with the nursery application and refer to Portage.",
    ["EYD"],
    [("convention", "", "Unboxed: highest cue is yellow (EHW, Portage); nursery alone would be green (conv. 2)."),
     ("negated", "REL-CONF", "'no arguing at home'.")],
    note_level="yellow")
add("Z025", "C", "green", "2026-02-24", "Westhollow",
    "Rio at Treetops nursery 15 hrs since Nov, SALT assessment done, he has about 10 words plus some signs. Skye crawling and on finger foods.",
    ["EYD"],
    [("convention", "EYD", "Green box: Rio's speech being supported at nursery/SALT = managing, present (conv. 3).")])

# Z026 - Kingsmead: bereaved dad, anxiety-based school avoidance, low mood
add("Z026", "A", "orange", "2025-10-15", "Kingsmead",
    "Dad (Mark) has been sole carer for Ben (12) since Ben's mum died in 2023. Ben hasn't been in school since Sept (anxiety based school avoidance); CAMHS assessment done and he is on their EBSA pathway, school sending work home. Mark worries that if his hours get cut he will fall behind with the mortgage, but there are no arrears now.",
    ["EDU-ATT", "MH-CHILD"],
    [("hypothetical", "FIN", "'if his hours get cut' - hypothetical; 'no arrears now' negated."),
     ("hypothetical", "HOUS", "Mortgage worry is hypothetical."),
     ("convention", "CARER", "'sole carer' (a parent) is not CARER (conv. 12).")])
add("Z026", "A", "green", "2025-10-15", "Kingsmead",
    "GP said Mark has been seen for low mood, declined tablets and has self-referred to Thornwell Talking Therapies.",
    ["MH-ADULT"])
add("Z026", "C", "orange", "2026-03-17", "Kingsmead",
    "Ben back at Kingsmead Academy on a part-time timetable, 3 hrs a day and building up. Still open to CAMHS.",
    ["EDU-ATT", "MH-CHILD"],
    [("convention", "EDU-ATT", "Part-time timetable = EDU-ATT."),
     ("convention", "MH-CHILD", "Open to CAMHS (conv. 4).")])

# Z027 - Abbeyfields: CP review conference, cocaine, nursery attendance, ASB
add("Z027", "A", "red", "2025-10-22", "Abbeyfields",
    "Review CP conference: Bella (5) and Mason (3) on CP plans under neglect. SW said both parents (Nicole and Shane) tested positive for cocaine on hair strand in Sept. Nursery said Mason's attendance is 40% and he comes in without breakfast most days. Nicole disagreed with the results, says it's from 'being round people at a party'. PLO to be considered if there's no progress by Dec.",
    ["SAFE-NEG", "SUB", "EYD"],
    [("convention", "EYD", "Nursery attendance for an under-5 is EYD (nursery take-up), not EDU-ATT (conv. 9)."),
     ("disagreement", "SUB", "Mum disputes the hair strand test; the SW's positive results are reported as current, so present."),
     ("convention", "SAFE-NEG", "CP plan under neglect + child arriving without breakfast = SAFE-NEG.")])
add("Z027", "A", "orange", "2025-10-22", "Abbeyfields",
    "Police reported 2 call-outs to the address in Aug for loud parties after neighbours complained of ASB; Shane arrested once for possession of cocaine and told officers it was for his own use.",
    ["CRIME", "SUB"],
    [("convention", "CRIME", "ASB and offending by an adult household member = CRIME (conv. 7)."),
     ("convention", "SUB", "Adult's own-use cocaine = drug misuse; conv. 12 (exploited child) does not apply.")])
add("Z027", "C", "red", "2026-04-07", "Abbeyfields",
    "Children still on CP plans, now in PLO pre-proceedings. Nicole engaging with Pathways (keyworker and regular testing). Shane not engaging at all and moved out to his brother's in Feb.",
    ["SUB"],
    [("convention", "SUB", "Nicole's Pathways treatment codes SUB (conv. 4)."),
     ("outside", "SUB", "Shane's non-engagement is not coded: he has left the household (conv. 6); SUB is present from Nicole's treatment.")])

# Z028 - Carrbrook: new type 1 diabetes (unboxed green note)
add("Z028", "A", "note", "2025-11-05", "Carrbrook",
    "Phone call with SENCo and school nurse. Amelia (10) diagnosed with type 1 diabetes in Oct, school nurse is training staff on her pump. SENCo has put her on the SEN register short term to help her catch up with reading after 3 weeks in hospital. No issues at home, Mum (Lisa) coping well.",
    ["PH", "EDU-SEND"],
    [("convention", "", "Unboxed: only universal cues (SENCo, school nurse) = green (conv. 2)."),
     ("convention", "EDU-SEND", "On the SEN register = SEN support, EDU-SEND.")],
    note_level="green")
add("Z028", "A", "green", "2025-11-05", "Carrbrook",
    "Lisa finds the carb counting confusing and is up most nights checking Amelia's levels; diabetes team have given her their 24 hr number.",
    ["PH"])
add("Z028", "C", "blue", "2026-03-31", "Carrbrook",
    "Lisa confident with carb counting now and has joined a local parents' diabetes group on facebook for tips.",
    ["PH"],
    [("convention", "PH", "Blue box: family managing Amelia's diabetes with its own network = present (conv. 3).")])

# Z029 - Westhollow: CSE (unboxed red note), attendance, historical CAMHS
add("Z029", "A", "note", "2025-11-12", "Westhollow",
    "Strategy discussion today after Chloe (14) told her form tutor she has been 'seeing' a 19 yr old man she met at the skate park, who buys her clothes and phone top ups and has had sex with her. Police and CSC to do a joint s47 visit; Chloe staying at her aunt's tonight on a safety plan. She has been missing from home overnight twice this month. Mum (Gail) disagreed that Chloe is at risk, says he's 'just her boyfriend'.",
    ["SAFE-EXP"],
    [("convention", "", "Unboxed: strategy discussion and s47 are red cues (conv. 2)."),
     ("outside", "CRIME", "The adult male is outside the household (conv. 6)."),
     ("disagreement", "SAFE-EXP", "Mum disputes the risk; the disclosure and missing episodes are current, so present.")],
    note_level="red")
add("Z029", "A", "orange", "2025-11-12", "Westhollow",
    "School said Chloe's attendance has dropped to 79% this term, mostly afternoons, she has been seen leaving at lunch, and she's on report for walking out of lessons. CAMHS: Chloe was discharged in 2024 after not attending 3 appts.",
    ["EDU-ATT", "EDU-EXC"],
    [("historical", "MH-CHILD", "CAMHS involvement ended in 2024; no current emotional need described."),
     ("not-coded", "PH", "Missed CAMHS appointments were in the past and are mental health, not physical.")])
add("Z029", "C", "red", "2026-04-14", "Westhollow",
    "Chloe on a CP plan (CSE). The male has been charged and is on remand. Chloe still going missing overnight about once a fortnight.",
    ["SAFE-EXP"],
    [("outside", "CRIME", "The charged male is outside the household (conv. 6).")])

# Z030 - Kingsmead: refugee family, overcrowding, UC/pantry, bullying (unboxed TAF note)
add("Z030", "A", "note", "2025-11-19", "Kingsmead",
    "TAF mtg 1. Present: Dad (Ahmed), Mum (Samira), school (Mrs Drury, DSL), HV, EHW, Arabic interpreter. Family granted refugee status in the summer and on move-on from the hotel were placed in a 1 bed flat above a shop, 6 of them. Ahmed looking for work and on UC, family using the Kingsmead pantry each week. School said Omar (9) is being called names in the playground and has come home with his coat ripped twice. Samira disagreed with school that it's bullying, says it's just boys playing. Eldest Karim (17) is not in college or work, waiting for a place on the ESOL course at Westhollow College. HV said baby Lina (6m) is thriving. TAF plan agreed: housing officer to look at the overcrowding, EHW to refer Ahmed to ESOL and employment support.",
    ["HOUS", "FIN", "SAFE-EXP", "EDU-NEET"],
    [("convention", "", "Unboxed: a multi-agency TAF plan is an orange cue (conv. 2)."),
     ("disagreement", "SAFE-EXP", "Mum disagrees it is bullying; school reports current name-calling and damage, so present."),
     ("convention", "FIN", "Adult worklessness and a food pantry = FIN (conv. 10, 11).")],
    note_level="orange")
add("Z030", "C", "yellow", "2026-05-05", "Kingsmead",
    "Family moved into a 3 bed council house in March. Ahmed doing ESOL level 1 and a work placement through the Thornwell Employment Hub, still on UC top up. Omar says the name calling has stopped.",
    ["FIN"],
    [("historical", "HOUS", "Rehoused in March."),
     ("historical", "SAFE-EXP", "Name calling has stopped."),
     ("convention", "FIN", "Employment support for a workless adult = FIN (FIN covers employment support).")])


# ===== Write the files ======================================================

def write_csv(name, header, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(header)
        w.writerows(rows)


def main():
    ids = [r[0] for r in NARR]
    assert len(ids) == len(set(ids)), "duplicate narrative ids"
    write_csv("narratives.csv",
              ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"],
              NARR)
    write_csv("gold.csv", ["narrative_id", "code", "level"], GOLD)
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(TRAPS, f, indent=1, ensure_ascii=False)
        f.write("\n")

    cases = {r[2] for r in NARR}
    triages = {r[1] for r in NARR}
    notes = sum(1 for r in NARR if r[5] == "")
    coded = {g[0] for g in GOLD}
    print(f"narratives: {len(NARR)} ({notes} unboxed notes) from {len(cases)} cases, {len(triages)} triages")
    print(f"gold rows: {len(GOLD)}; narratives with no present code: {len(NARR) - len(coded)}")
    print(f"trap notes: {sum(len(v) for v in TRAPS.values())} on {len(TRAPS)} narratives")
    print("per code:", ", ".join(f"{c} {n}" for c, n in sorted(Counter(g[1] for g in GOLD).items())))
    print("per level:", ", ".join(f"{l} {n}" for l, n in sorted(Counter(g[2] for g in GOLD).items(),
                                                               key=lambda x: LEVELS.index(x[0]))))
    print("per stage:", dict(Counter(r[3] for r in NARR)))
    print("per locality:", dict(Counter(r[6] for r in NARR)))


if __name__ == "__main__":
    main()
