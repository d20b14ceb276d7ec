#!/usr/bin/env python3
"""Blind gold set Z148: parental alcohol misuse and recovery (invented seaside town).

Written from /work/shared/taxonomy.md only. Each add() call is one narrative:
narrative id, date, locality, text, present codes, trap notes, and (for an
unboxed note only) the single level its codes take (convention 2).
Stdlib only. Writes narratives.csv, gold.csv, traps.json (UTF-8, CRLF).
"""
import csv
import json
import os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
NARRS = []  # dicts in file order


def T(type_, code, note):
    return {"type": type_, "code": code, "note": note}


def add(nid, date, loc, text, codes=(), traps=(), note_level=None):
    case, st, box = nid.split("-")
    stage = {"A": "assessment", "C": "closure"}[st]
    if box == "note":
        level = ""
        assert note_level or not codes, nid
        gold_level = note_level
    else:
        level = box
        assert note_level is None, nid
        gold_level = box
    NARRS.append(dict(narrative_id=nid, triage_id=f"{case}-{st}", case_id=case,
                      stage=stage, date=date, level=level, locality=loc,
                      narrative=text, codes=list(codes), gold_level=gold_level,
                      traps=list(traps)))


# ---------------------------------------------------------------- batch 1
# Z001 Gullhaven - Donna drinking at home, partner Lee drinks, Kai caring
add("Z001-A-yellow", "2025-01-14", "Gullhaven",
    "Donna (34) told EHW she is drinking most nights once Kai (11) and Lily (7) are in bed - "
    "'a bottle of wine, sometimes a bit more'. Started after her mum passed last spring. AUDIT 21. "
    "Agreed referal to Tideline (drug & alcohol service). Mornings are chaos, Kai is getting Lily up, "
    "dressed and to school most days. Lily's attendance 86% this half term (mostly Mondays) and school "
    "say she has turned up hungry several times, class teacher keeping cereal bars in her drawer.",
    ["SUB", "REL-PAR", "CARER", "EDU-ATT", "SAFE-NEG"],
    [T("not-coded", "MH-ADULT", "Bereavement is the trigger for drinking; no mental health need is stated, so MH-ADULT is not coded."),
     T("convention", "SAFE-NEG", "Convention 10: a child arriving at school hungry is SAFE-NEG."),
     T("partial", "REL-PAR", "'Mornings are chaos' is a routines problem (REL-PAR covers routines)."),
     T("convention", "CARER", "Kai (11) getting his sister up and to school is a caring responsibility by a child.")])
add("Z001-A-orange", "2025-01-14", "Gullhaven",
    "Police attended 22/12 after a neighbour rang about shouting. Donna and partner Lee (37, lives at the "
    "address) had both been drinking and were rowing about money. No assault, no injuries, neither "
    "disclosed any DA, DASH standard. Lee says he has 8-10 cans on a Fri and Sat.",
    ["REL-CONF", "SUB"],
    [T("negated", "DA", "'neither disclosed any DA, DASH standard': arguments not part of abuse are REL-CONF (convention 8)."),
     T("convention", "CRIME", "Convention 7: police attending a domestic argument with no offence by a household member is not CRIME."),
     T("not-coded", "FIN", "Money is only the topic of the row; no debt or money problem is described."),
     T("convention", "SUB", "Lee lives at the address, so his drinking is a household member's (not convention 6).")])
add("Z001-C-blue", "2025-06-20", "Gullhaven",
    "Donna 10 wks alcohol free. Goes to AA Tues and Thurs at the Methodist hall and has a sponsor. She and "
    "Lee have agreed no alcohol in the house, Lee has a couple of pints at the football and thats it.",
    ["SUB"],
    [T("convention", "SUB", "Conventions 3 and 4: current AA attendance is ongoing support for the drinking, 'now managing' in a blue box, so SUB is present although she is alcohol free."),
     T("not-coded", "SUB", "Lee's 'couple of pints at the football' is ordinary drinking, not misuse (SUB is coded once anyway).")])

# Z002 Marram Quay - Gary in long recovery (historical), Mia's worries
add("Z002-A-blue", "2025-02-03", "Marram Quay",
    "Gary (45) is very open about his past. Alcohol dependent until 2016, did 12 wks residential rehab at "
    "Hollowmere and hasn't had a drink since. Doesn't go to any meetings now, says he doesn't need them. "
    "No one involved has any current worries re alcohol.",
    [],
    [T("historical", "SUB", "Dependence ended in 2016 with no current drinking, group or treatment: historical only (convention 3)."),
     T("negated", "SUB", "'No one involved has any current worries re alcohol.'")])
add("Z002-A-yellow", "2025-02-03", "Marram Quay",
    "Mia (14) worries all the time that Dad will 'start again' - she checks the recycling for bottles, rings "
    "him if he's 10 mins late and wouldn't go on the Y9 residential. School nurse has seen her 3 times for "
    "panic attacks. Josh (9) still wetting the bed most nights, GP aware. EHW to do worry work with Mia and "
    "some sessions with Gary on how to talk to the kids about his recovery.",
    ["MH-CHILD", "PH"],
    [T("hypothetical", "SUB", "Mia fears Dad will drink again; no current drinking is described, so SUB is not coded."),
     T("convention", "PH", "Convention 9: bedwetting at school age is PH."),
     T("not-coded", "SUB", "'talk to the kids about his recovery' is work about the past drinking, not a current treatment or group for Gary.")])
add("Z002-C-blue", "2025-07-11", "Marram Quay",
    "Mia using her worry journal and a breathing app when she feels panicky, went on the Y10 France trip no "
    "problem. Josh dry most nights, has desmopressin from the GP for sleepovers.",
    ["MH-CHILD", "PH"],
    [T("convention", "MH-CHILD", "Convention 3: in a blue box, Mia now managing her panic with strategies is present."),
     T("convention", "PH", "Convention 4: ongoing medication (desmopressin) for bedwetting codes PH.")])

# Z003 Eastcliff - Kerry, Ava (2), ex-partner Dean drinks, s47
add("Z003-A-orange", "2025-01-27", "Eastcliff",
    "Kerry's ex, Dean (doesnt live with her), is also a heavy drinker - arrested 3/1 for breaching the "
    "non-mol after turning up drunk and banging on the door at 2am. IDVA allocated and case heard at MARAC 16/1.",
    ["DA"],
    [T("outside", "SUB", "Convention 6: the ex-partner's drinking is outside the household; only its effect (DA) is coded."),
     T("convention", "CRIME", "Convention 7: an ex-partner's breach of a non-molestation order is DA only.")])
add("Z003-A-red", "2025-01-27", "Eastcliff",
    "Strategy meeting 20/1 after Ava (2) was found by a dog walker on the seafront road at 7am in her pyjamas, "
    "Kerry (24) asleep on the sofa after drinking. S47 completed, ICPC 10/2 under neglect. Kerry is open to "
    "Tideline but has missed 2 of her last 4 appts and HV smelt alcohol on her at an 11am visit. Ava not "
    "brought to her 2 yr check twice, has about 10 words.",
    ["SUB", "SAFE-NEG", "EYD"],
    [T("convention", "EYD", "A missed 2-year development check and speech delay in an under-5 are EYD (development checks are listed under EYD), not PH."),
     T("convention", "SAFE-NEG", "A toddler found unsupervised outside while the parent slept off drink is a supervision (neglect) issue.")])
add("Z003-C-yellow", "2025-09-15", "Eastcliff",
    "CP plan ended in July, stepped down to EH. Kerry completed detox and still goes to the Tideline Thursday "
    "recovery group. Ava's speech still behind for her age, nursery keyworker doing small group talk sessions with her.",
    ["SUB", "EYD"],
    [T("historical", "SAFE-NEG", "The CP plan has ended; no current neglect is described."),
     T("convention", "SUB", "Convention 4: still attending a drug and alcohol service recovery group codes SUB, though the detox is complete.")])

# Z004 Shingle End - drink-driving with child in the car
add("Z004-A-orange", "2025-03-10", "Shingle End",
    "Stuart (41) arrested 2/3 for drink driving with Callum (8) in the back, nearly 3x the limit. Due at "
    "magistrates 14/4 and expecting a ban. Callum told his teacher 'Daddy has beer in the car all the time'. "
    "Police notification came through MASH.",
    ["CRIME", "SUB"],
    [T("convention", "CRIME", "Convention 7: drink driving is offending by a household member that is not against a partner, so CRIME.")])
add("Z004-A-yellow", "2025-03-10", "Shingle End",
    "Stuart drives for a parcel firm and will likely lose the job if he is banned. They are already £640 behind "
    "with council tax and 2 months behind on the car finance. Michelle (38) works 20 hrs a week at the Co-op.",
    ["FIN"],
    [T("hypothetical", "FIN", "Losing the job 'if he is banned' is hypothetical; FIN is coded for the existing council tax and finance arrears."),
     T("convention", "FIN", "Convention 5: Michelle's part-time work is not itself FIN.")])
add("Z004-C-blue", "2025-08-22", "Shingle End",
    "Stuart got an 18 month ban and a community order with an alcohol treatment requirement, sees probation "
    "weekly. Now working at the warehouse on the industrial estate. Council tax being paid off at £40/month.",
    ["CRIME", "SUB", "FIN"],
    [T("convention", "CRIME", "Convention 7: an adult on a community order/probation is CRIME."),
     T("convention", "SUB", "Convention 4: an alcohol treatment requirement is ongoing treatment."),
     T("convention", "FIN", "Convention 3: paying arrears off in a blue box is FIN present.")])
add("Z004-C-green", "2025-08-22", "Shingle End", "N/A", [],
    [T("not-coded", "SUB", "An empty 'N/A' box has no issues.")])

# Z005 Gullhaven - Chloe young carer for Mum with alcohol-related liver disease
add("Z005-A-yellow", "2025-02-17", "Gullhaven",
    "Chloe (13) is the main carer for Mum, Tracey (47), who has alcohol related liver disease and is still "
    "drinking every day (vodka). Chloe does the shopping and cooking, picks up Tracey's prescriptions and has "
    "rung 999 twice since Nov when Tracey had withdrawal fits. Referral made to Shoreline Young Carers.",
    ["CARER", "SUB", "PH"])
add("Z005-A-green", "2025-02-17", "Gullhaven",
    "Chloe's attendance 84% and she is late most days - says she has to check Mum is ok before she can leave. "
    "Head of Year aware and meeting her weekly.",
    ["EDU-ATT", "CARER"],
    [T("partial", "CARER", "Checking on Mum before school is a caring task by a child, so CARER alongside EDU-ATT.")])
add("Z005-C-blue", "2025-09-05", "Gullhaven",
    "Chloe goes to young carers club on Fridays and has had her young carers assessment. Tracey says she is "
    "down to 'a couple of cans a day' and is under the liver clinic. School gave Chloe a late pass, attendence "
    "93% this half term.",
    ["CARER", "SUB", "PH", "EDU-ATT"],
    [T("convention", "EDU-ATT", "Convention 3: a late pass with attendance still being tracked is 'now managing' in a blue box."),
     T("partial", "SUB", "Reduced but still daily drinking is current SUB.")])

# Z006 Marram Quay - partner Ryan drinks, rows about money, later separated
add("Z006-A-yellow", "2025-03-03", "Marram Quay",
    "Ryan (35) lives with Sam (32) and the boys. He drinks 6-8 cans most nights and a lot of his wages go over "
    "the bar at the Lobster Pot. Sam says they row about money 3 or 4 times a week, often in front of the boys. "
    "Electric on emergency credit, £300 rent arrears. DASH done - standard, no violence, no controlling "
    "behaviour. Sam goes to Al-Anon on Mondays.",
    ["SUB", "REL-CONF", "FIN"],
    [T("negated", "DA", "DASH standard, no violence, no control: the rows are REL-CONF (convention 8)."),
     T("not-coded", "HOUS", "Rent arrears with no notice or risk of losing the home are FIN, not HOUS.")])
add("Z006-A-green", "2025-03-03", "Marram Quay",
    "Alfie (4) at Seabright nursery - staff say he hides under the table when grown ups raise their voices and "
    "he has started having accidents again after being dry since the summer. Oscar (6) fine in Y1.",
    ["MH-CHILD", "EYD"],
    [T("convention", "EYD", "Convention 9: toileting in an under-5 is EYD."),
     T("not-coded", "REL-CONF", "Raised voices are only the trigger for Alfie's distress; the box itself does not describe the parents' conflict.")])
add("Z006-C-blue", "2025-07-30", "Marram Quay",
    "Sam and Ryan split up in June, he is living at his mum's and still drinking. They sorted Saturday contact "
    "between them and Ryan doesn't drink before he has the boys. Sam paying £25 a week off the rent arrears.",
    ["REL-CONF", "FIN"],
    [T("outside", "SUB", "Convention 6: Ryan has moved out, so his continued drinking is outside the household."),
     T("convention", "REL-CONF", "Separation with a contact arrangement the parents are managing is REL-CONF present in a blue box (convention 3)."),
     T("convention", "FIN", "Convention 3: paying off arrears.")])

# Z007 Eastcliff - unboxed notes: Mark drinking after job loss
add("Z007-A-note", "2025-04-08", "Eastcliff",
    "Home visit. Dad (Mark, 39) says he has been drinking 'to take the edge off' since he was laid off at the "
    "harbour in Feb - most days now, mainly cider. Out of work, UC claim was delayed 5 wks and they've used the "
    "food bank twice. Agreed referral to Tideline, I will chase the UC with his work coach. Ellie (10) and "
    "Finn (6) presented well, home clean and fridge full.",
    ["SUB", "FIN"],
    [T("convention", "FIN", "Convention 10: food bank use plus worklessness and a delayed UC claim is FIN."),
     T("not-coded", "SAFE-NEG", "Home clean and fridge full: good news, no neglect."),
     T("convention", "LEVEL", "Convention 2: highest cue is a drug and alcohol service referral (yellow); work coach/food bank are not higher cues.")],
    note_level="yellow")
add("Z007-C-note", "2025-10-02", "Eastcliff",
    "Closing summary. Mark 5 months without a drink, still sees his Tideline keyworker monthly. Started agency "
    "work at the port in Aug, UC tops up his wages, no debts. Kids happy, school have no concerns.",
    ["SUB"],
    [T("convention", "SUB", "Convention 4: still seeing a drug and alcohol keyworker codes SUB although he is not drinking."),
     T("convention", "FIN", "Convention 5: UC topping up wages with no debts is not FIN."),
     T("convention", "LEVEL", "Convention 2: drug and alcohol service is the highest cue, so yellow.")],
    note_level="yellow")

# Z008 Shingle End - Harvey (15) drinking, missing; Mum's drinking historical
add("Z008-A-orange", "2025-04-22", "Shingle End",
    "Harvey (15) brought home by police twice in March after being found very drunk under the pier. Reported "
    "missing overnight 29/3, police found him in a flat on the Hollins estate with adults not known to the "
    "family. Exploitation screening done - medium, discussed at the exploitation panel.",
    ["SUB", "SAFE-EXP"],
    [T("convention", "CRIME", "Convention 7: police bringing a drunk or missing child home is safeguarding, not CRIME."),
     T("convention", "SUB", "Alcohol misuse by a young person is SUB.")])
add("Z008-A-yellow", "2025-04-22", "Shingle End",
    "Mum Lisa (40) says she 'used to be a big drinker' in her 20s but hasn't touched it in years. Really "
    "struggling with Harvey - swears at her, punched a hole in his bedroom door, comes and goes when he likes. "
    "EHW to do parenting work, Lisa booked on Family Links. Harvey is on SEN support for dyslexia and "
    "attendance is 88%.",
    ["REL-PAR", "EDU-SEND", "EDU-ATT"],
    [T("historical", "SUB", "Lisa's drinking is in the past ('used to', 'hasn't touched it in years')."),
     T("not-coded", "DA", "A son's aggression towards his mother is REL-PAR (convention 8), not DA.")])
add("Z008-C-yellow", "2025-10-14", "Shingle End",
    "Harvey seeing the young people's worker at Tideline every other week, says he only drinks at parties now. "
    "No missing episodes since April. Lisa has a curfew agreement with him which he mostly keeps.",
    ["SUB", "REL-PAR"],
    [T("historical", "SAFE-EXP", "'No missing episodes since April': over, so not coded (convention 3)."),
     T("convention", "SUB", "Convention 4: ongoing young people's substance work.")])

# ---------------------------------------------------------------- batch 2
# Z009 Gullhaven - Nicola in long recovery (still at AA), damp and s21
add("Z009-A-blue", "2025-05-06", "Gullhaven",
    "Nicola (39) has been in recovery 8 years and still goes to her AA home group every Weds, sponsors two "
    "women. Talks openly with Tyler about how her drinking affected him when he was small.",
    ["SUB"],
    [T("convention", "SUB", "Long recovery, but weekly AA is current support for her own drinking: conventions 3-4 make it present in a blue box. Contrast Z002-A-blue and Z019-A-blue where nothing is ongoing.")])
add("Z009-A-yellow", "2025-05-06", "Gullhaven",
    "Family of 4 in a 1 bed private let above a chip shop - Nicola, Tyler (12), Poppy (8) and Reggie (3). Black "
    "mould in the bedroom they all share, Reggie has a chesty cough and is on inhalers. Section 21 served 2/5, "
    "runs out in July. Housing options appt booked.",
    ["HOUS", "PH"])
add("Z009-C-green", "2025-11-03", "Gullhaven",
    "Moved into a 3 bed housing association house in October. Reggie's cough has cleared and he's been off the "
    "inhalers since the move. Nicola still at AA every week.",
    ["SUB"],
    [T("historical", "HOUS", "Rehoused: the housing need is over."),
     T("historical", "PH", "'off the inhalers since the move': over (convention 3)."),
     T("convention", "SUB", "Ongoing AA attendance, as in Z009-A-blue.")])

# Z010 Marram Quay - Paul relapsed after detox, probation for drink drive
add("Z010-A-yellow", "2025-02-10", "Marram Quay",
    "Paul (52) did a community detox in Nov but relapsed over xmas and is drinking daily again, back on the "
    "Tideline waiting list. Jo (48) is on sertraline for anxiety and says Paul's drinking makes it worse. "
    "Daisy (16, Y12) sees the sixth form counsellor weekly, she is worried sick about her dad.",
    ["SUB", "MH-ADULT", "MH-CHILD"],
    [T("partial", "SUB", "The detox is past but the relapse means current drinking.")])
add("Z010-A-orange", "2025-02-10", "Marram Quay",
    "Paul arrested 28/1 for drunk and disorderly outside the Anchor, got a fixed penalty. Still on probation "
    "for a drink drive in 2024.",
    ["CRIME", "SUB"],
    [T("convention", "CRIME", "Convention 7: offending by a household adult not against a partner, and an adult on probation.")])
add("Z010-C-yellow", "2025-07-18", "Marram Quay",
    "Paul back with Tideline since March, on acamprosate, 4 months sober and goes to SMART on Tuesdays. Daisy "
    "stopped counselling at Easter, says she doesnt need it now. Jo's GP reviewing her sertraline in Sept.",
    ["SUB", "MH-ADULT"],
    [T("historical", "MH-CHILD", "Daisy 'stopped counselling at Easter': over."),
     T("convention", "SUB", "Convention 4: acamprosate and SMART meetings are ongoing treatment.")])

# Z011 Eastcliff - Brandon (17) NEET, caring for Mum who drinks and has COPD
add("Z011-A-yellow", "2025-06-02", "Eastcliff",
    "Brandon (17) dropped out of college in Jan and isnt working or training. He says he stays home to keep an "
    "eye on Mum (Carol, 50) when she's been drinking. Carol has COPD and is on oxygen at night, gets ESA and PIP.",
    ["EDU-NEET", "CARER", "SUB", "PH"],
    [T("convention", "FIN", "Convention 5: ESA and PIP alone are not FIN; no money problem is described."),
     T("convention", "PH", "PH comes from the COPD, not from PIP (convention 5)."),
     T("convention", "EDU-NEET", "Convention 11: a 17-year-old NEET is EDU-NEET only.")])
add("Z011-A-orange", "2025-06-02", "Eastcliff",
    "18/5 Brandon found Carol on the kitchen floor after drinking and couldnt wake her, rang 999 - police and "
    "ambulance came. He put her in the recovery position and sat up with her all night. Alcohol liaison nurse "
    "referred Carol to Tideline. TAF set up with GP, Tideline and Brandon's youth worker.",
    ["SUB", "CARER"],
    [T("convention", "CRIME", "Convention 7: police attending a medical emergency is not CRIME."),
     T("partial", "CARER", "Brandon looking after his intoxicated mother overnight is a caring responsibility.")])
add("Z011-C-yellow", "2025-12-01", "Eastcliff",
    "Carol engaging with Tideline, only drinking at weekends now. Brandon started a traineeship at the boatyard "
    "in Oct, 4 days a week, and goes to the Shoreline young carers group on Tuesdays.",
    ["SUB", "CARER"],
    [T("historical", "EDU-NEET", "He is now in a traineeship, so no longer NEET.")])

# Z012 Shingle End - kinship carer Nan drinking
add("Z012-A-yellow", "2025-03-24", "Shingle End",
    "Jade (9) and Leo (6) live with maternal nan Pauline (63) under an SGO since 2021, she is their kinship carer "
    "and gets the SGO allowance. School have smelt alcohol on Pauline at pick up 3 times and she admits she is "
    "drinking 'more than I should' since her husband died in Jan. SENCo has referred Leo to SALT for speech sounds.",
    ["SUB", "EDU-SEND"],
    [T("convention", "CARER", "Convention 12: a kinship carer is not CARER (that code is a child who cares)."),
     T("convention", "SUB", "Pauline is the children's carer and lives with them, so her drinking is SUB."),
     T("convention", "EDU-SEND", "Convention 9: speech and language for a school-age child is EDU-SEND."),
     T("convention", "FIN", "The SGO allowance is not a money problem (convention 5 by analogy).")])
add("Z012-C-yellow", "2025-09-12", "Shingle End",
    "Pauline finished her 6 sessions with Tideline and was discharged in July, school have had no further "
    "concerns and she says she has a sherry on a Sunday. Leo on the SALT caseload, weekly sessions in school.",
    ["EDU-SEND"],
    [T("historical", "SUB", "Treatment finished and discharged, 'no further concerns': over. A Sunday sherry is not misuse."),
     T("convention", "EDU-SEND", "Convention 4: ongoing SALT for a school-age child.")])

# Z013 Gullhaven - both parents drinking, CIN, neglect
add("Z013-A-red", "2025-05-19", "Gullhaven",
    "Child in need plan (s17) since April. Wayne (44) and Shelley (42) both drinking daily. House stinks of "
    "stale alcohol, empty cans on every surface, dog mess upstairs, children often unwashed and in dirty uniform.",
    ["SUB", "SAFE-NEG"])
add("Z013-A-orange", "2025-05-19", "Gullhaven",
    "Riley (10) suspended for 2 days in May for hitting a TA. On the ADHD pathway, SENCo says he cant sit for "
    "more than 5 mins.",
    ["EDU-EXC", "EDU-SEND"],
    [T("convention", "EDU-SEND", "Convention 4: 'on the ADHD pathway' codes EDU-SEND."),
     T("convention", "CRIME", "Hitting a TA dealt with by school suspension, no police: EDU-EXC, not CRIME.")])
add("Z013-A-yellow", "2025-05-19", "Gullhaven",
    "Ruby (4) not using her funded nursery place and still not toilet trained. EHW to support Shelley with a "
    "nursery start and a toileting plan.",
    ["EYD"])
add("Z013-C-orange", "2026-01-20", "Gullhaven",
    "CIN closed in Dec and stepped down to EH/TAF. Shelley 3 months sober with Tideline, Wayne still drinking "
    "most days. Home conditions good at the last 3 unannounced visits. Riley now diagnosed ADHD, on meds, "
    "school have applied for an EHCP.",
    ["SUB", "EDU-SEND"],
    [T("historical", "SAFE-NEG", "Home conditions good at recent visits: no current neglect is described."),
     T("convention", "PH", "ADHD medication belongs to the EDU-SEND need; PH is not added.")])

# Z014 Marram Quay - separated, Dad (outside household) drinks, contact dispute
add("Z014-A-blue", "2025-04-14", "Marram Quay",
    "Hayley's mum lives on the same road and does the school run 3 days. Hayley's own dad drinks a lot so she "
    "doesn't leave the kids with him.",
    [],
    [T("outside", "SUB", "Convention 6: the maternal grandfather's drinking is outside the household.")])
add("Z014-A-yellow", "2025-04-14", "Marram Quay",
    "Parents seperated in Jan. Dad (Liam) now lives in Brackley Cove and is drinking heavily. Mum (Hayley, 31) "
    "won't agree to overnights until he's sober and he has applied to court, Cafcass letter done. Isla (8) "
    "misses her dad and cries at bedtime, ELSA at school seeing her weekly.",
    ["REL-CONF", "MH-CHILD"],
    [T("outside", "SUB", "Convention 6: Liam has left the household; his drinking is not coded, the contact dispute is (REL-CONF)."),
     T("convention", "MH-CHILD", "ELSA sessions for a distressed child code her emotional wellbeing.")])
add("Z014-C-blue", "2025-10-09", "Marram Quay",
    "Child arrangements order made in Aug - daytime contact at paternal gran's. Hayley happy with it. Isla "
    "still sees ELSA every fortnight.",
    ["REL-CONF", "MH-CHILD"],
    [T("convention", "REL-CONF", "Convention 3: the family is now managing contact under a court order after separation (blue box), so REL-CONF is present.")])

# Z015 Eastcliff - child's report, parents deny drinking; arguments
add("Z015-A-yellow", "2025-07-07", "Eastcliff",
    "Referral from school after Ethan (12) said Dad 'gets drunk every night'. At the visit both parents (Ian 45, "
    "Becky 43) denied any alcohol misuse, Ian says he has 2 beers watching the football. No bottles seen, no "
    "concerns from GP. Ethan's worries seem more about the rowing - parents say they've been arguing a lot since "
    "Becky's hours were cut. Ethan has been tearful in lessons and asks to ring home at lunch.",
    ["REL-CONF", "MH-CHILD"],
    [T("negated", "SUB", "Both parents deny misuse and nothing corroborates the report; 'denies alcohol use' is negated."),
     T("not-coded", "FIN", "Reduced hours alone is not a described money problem (convention 5)."),
     T("partial", "MH-CHILD", "Ethan's worries and tearfulness are MH-CHILD even though the drinking he reported is denied.")])
add("Z015-C-blue", "2025-11-18", "Eastcliff",
    "Ian and Becky did the Better Together relationship course at the family hub, say they argue less and go "
    "for a walk on the prom when things get heated.",
    ["REL-CONF"],
    [T("convention", "REL-CONF", "Convention 3: parents now managing their arguments (blue box).")])

# Z016 Shingle End - pregnancy, drinking stopped but service open; PND
add("Z016-A-orange", "2025-08-04", "Shingle End",
    "Stacey (26) 30 wks pregnant, told the midwife she was drinking 3-4 nights a week until she found out she "
    "was pregnant at 14 wks, says nothing since. Specialist midwife and Tideline both involved, pre-birth TAF "
    "in place. Mason (3) goes to Little Shells nursery 15 hrs, his 27 month check was fine.",
    ["SUB"],
    [T("convention", "SUB", "Drinking reported stopped, but convention 4: an open drug and alcohol service codes SUB."),
     T("not-coded", "EYD", "Mason's nursery place and good check are good news with no need stated (convention 3)."),
     T("not-coded", "PH", "Pregnancy and specialist midwife involvement are not an illness or health problem in themselves.")])
add("Z016-A-yellow", "2025-08-04", "Shingle End",
    "Stacey had depression in 2022, was on citalopram then. Feeling low again over the last month, GP appt booked.",
    ["MH-ADULT"],
    [T("partial", "MH-ADULT", "The 2022 episode is historical, but current low mood is present.")])
add("Z016-C-yellow", "2026-02-16", "Shingle End",
    "Harper born 20/10, healthy, no withdrawal signs. Stacey diagnosed with postnatal depression, on sertraline "
    "and seeing the perinatal mental health team. She is not drinking and Tideline closed her in Dec.",
    ["MH-ADULT"],
    [T("historical", "SUB", "Not drinking and Tideline closed: over."),
     T("not-coded", "PH", "'healthy, no withdrawal signs' is good news.")])

# ---------------------------------------------------------------- batch 3
# Z017 Gullhaven - unboxed notes: Mum in residential detox
add("Z017-A-note", "2025-05-28", "Gullhaven",
    "Phone call with Dad (Craig). Mum (Natalie) went into a residential detox last Mon and will be away 4 wks. "
    "Craig has taken unpaid leave to do the school runs. Amelia (11) and Grace (8) both upset, Grace very clingy "
    "and tearful at the gate. School nurse to check in with Grace.",
    ["SUB", "MH-CHILD"],
    [T("convention", "SUB", "Convention 4: a current residential detox codes SUB."),
     T("not-coded", "FIN", "Unpaid leave is mentioned but no money problem is described."),
     T("convention", "LEVEL", "Convention 2: the detox is a drug and alcohol service (yellow), higher than the school nurse (green).")],
    note_level="yellow")
add("Z017-C-note", "2025-09-30", "Gullhaven",
    "Natalie home since end of June, goes to the Tideline aftercare group weekly and AA at weekends. Girls settled, "
    "school no concerns. Closing to EH.",
    ["SUB"],
    [T("historical", "MH-CHILD", "'Girls settled, school no concerns': no current need."),
     T("convention", "LEVEL", "Convention 2: drug and alcohol service aftercare is the highest cue (yellow).")],
    note_level="yellow")

# Z018 Marram Quay - DA from partner who drinks (now out of the home)
add("Z018-A-orange", "2025-09-08", "Marram Quay",
    "Kirsty (35) disclosed that partner Dan (38), who lived with the family until his arrest, controls the money - "
    "she isnt allowed her own bank card and has to show him receipts. He drinks most days and gets verbally "
    "abusive, threw a mug at her on 30/8. Police called, Dan arrested and bailed not to contact. DASH high, "
    "MARAC referral made.",
    ["DA"],
    [T("outside", "SUB", "Dan no longer lives in the household (bailed not to contact): his drinking is not coded, its effect is (DA), convention 6."),
     T("convention", "FIN", "Control of money here is coercive control, part of the abuse: DA only."),
     T("convention", "CRIME", "Convention 7: arrest of a partner for DA against the adult victim is DA only.")])
add("Z018-A-yellow", "2025-09-08", "Marram Quay",
    "Kirsty has no money of her own at the moment - the UC goes into Dan's account. EHW helping her ask for a "
    "split payment, food bank voucher given. Connor (7) waking 3-4 times a night since the incident and very "
    "clingy at school.",
    ["FIN", "PH", "MH-CHILD"],
    [T("convention", "PH", "Convention 9: sleep problems at school age are PH."),
     T("convention", "FIN", "A benefit payment problem and a food bank voucher are FIN (conventions 5 and 10).")])
add("Z018-C-orange", "2026-01-12", "Marram Quay",
    "Dan charged, trial listed for March, non-mol granted in Nov. Kirsty doing the Freedom Programme on "
    "Thursdays. She has her own account now and UC is paid to her.",
    ["DA"],
    [T("convention", "DA", "Convention 4: Freedom Programme and a live non-mol code DA."),
     T("historical", "FIN", "The payment problem is resolved and no other money difficulty is described.")])

# Z019 Shingle End - Aaron, long recovery (nothing ongoing), autistic son
add("Z019-A-blue", "2025-10-06", "Shingle End",
    "Aaron (37) lost his licence for drink driving in 2014 and stopped drinking the year after. Now volunteers as "
    "a peer mentor at the Pebble Path recovery cafe on Saturdays, but doesnt go to any groups for himself anymore.",
    [],
    [T("historical", "SUB", "Drinking stopped in 2015 and he gets no treatment or group support himself; volunteering as a mentor is not a service for his own drinking."),
     T("historical", "CRIME", "The 2014 drink-drive is a past, ended matter.")])
add("Z019-A-yellow", "2025-10-06", "Shingle End",
    "Ollie (6) is autistic, EHCP at Seabright Primary with 1:1 in the mornings. Aaron finding bedtimes really hard, "
    "meltdowns most nights and Ollie has bitten him twice this week. Mum works nights at the care home. EHW + "
    "Cygnet course.",
    ["EDU-SEND", "REL-PAR"],
    [T("convention", "REL-PAR", "Convention 8: a child hurting a parent is REL-PAR, not DA."),
     T("convention", "FIN", "Convention 5: night shifts are not FIN."),
     T("not-coded", "CARER", "'care home' is Mum's workplace; no child caring.")])
add("Z019-C-green", "2026-03-02", "Shingle End",
    "Ollie's EHCP annual review done in Feb, staying at Seabright with the same 1:1. Aaron using a visual bedtime "
    "routine, meltdowns down to 1 or 2 a week.",
    ["EDU-SEND", "REL-PAR"],
    [T("convention", "REL-PAR", "Convention 3: reduced but continuing meltdowns managed with a routine (green box).")])

# Z020 Marram Quay - both parents drinking, police to rows, Tayla caring
add("Z020-A-orange", "2025-07-21", "Marram Quay",
    "Police called 4 times since May to verbal rows between Chantelle (29) and partner Jordan (30), both drunk "
    "each time. No violence, neither says they feel scared or controlled, DASH standard x4.",
    ["REL-CONF", "SUB"],
    [T("negated", "DA", "No violence, fear or control: rows are REL-CONF (convention 8) even though police attended."),
     T("convention", "CRIME", "Convention 7: police attending parental rows with no offence is not CRIME.")])
add("Z020-A-yellow", "2025-07-21", "Marram Quay",
    "Tayla (11) looks after Kian (5) and Bobby (2) when both parents are drinking - makes them toast and puts them "
    "to bed. Bobby not at nursery, HV encouraging the 2 yr funded place. Kian's speech hard to understand, his "
    "Reception teacher has asked the SENCo to refer to SALT.",
    ["CARER", "SUB", "EYD", "EDU-SEND"],
    [T("convention", "EDU-SEND", "Convention 9: Kian (5) is in Reception, school age, so speech is EDU-SEND."),
     T("convention", "EYD", "Convention 9: nursery take-up for Bobby (2) is EYD."),
     T("not-coded", "SAFE-NEG", "The children are fed and put to bed; the box describes the caring role (CARER), not a neglect finding.")])
add("Z020-C-yellow", "2026-01-15", "Marram Quay",
    "No police call outs since Sept and both say they havent had a big row since the summer. Jordan going to "
    "Tideline, Chantelle says she only has a drink at weekends now. Tayla goes to the young carers group.",
    ["SUB", "CARER"],
    [T("historical", "REL-CONF", "No rows since the summer: over."),
     T("convention", "SUB", "Convention 4: Jordan attending Tideline.")])

# Z021 Eastcliff - unboxed note (s47) then closure box
add("Z021-A-note", "2025-08-19", "Eastcliff",
    "Strategy discussion today re Maisie (14) who told her form tutor that Mum hits her when she's drunk - bruise "
    "seen on her upper arm. S47 to start, Mum (Claire, 38) arrested for assault and released under "
    "investigation. Maisie staying with her aunt in Brackley Cove for now.",
    ["SUB", "CRIME"],
    [T("convention", "DA", "Assault of a 14-year-old by her mother is not partner abuse: convention 7 keeps DA for partner/ex-partner offences against an adult."),
     T("convention", "CRIME", "Convention 7: other offending by a household member (assault of the child) is CRIME."),
     T("convention", "LEVEL", "Convention 2: strategy discussion / s47 is a red cue.")],
    note_level="red")
add("Z021-C-yellow", "2026-01-27", "Eastcliff",
    "Maisie back living with Mum since Nov. Claire goes to Tideline weekly and says she hasnt had a drink since "
    "August. Still a lot of arguing between the two of them, EHW doing family sessions at home.",
    ["SUB", "REL-PAR"],
    [T("convention", "SUB", "Convention 4: weekly drug and alcohol service attendance, though abstinent."),
     T("convention", "REL-PAR", "Convention 8: arguments between a parent and child are REL-PAR.")])

# Z022 Gullhaven - Megan (16) drinking, NEET, YOS; parents in recovery
add("Z022-A-yellow", "2025-10-13", "Gullhaven",
    "Megan (16) left Y11 in July with no college place and isnt working. Drinking vodka with mates most weekends, "
    "came home very drunk twice in Sept. Parents Rob and Sue both in recovery (Rob 12 yrs, Sue 9 yrs) and very "
    "worried it's 'history repeating'. Rob still goes to his Sunday AA meeting.",
    ["EDU-NEET", "SUB"],
    [T("convention", "EDU-NEET", "Convention 11: 16+ NEET is EDU-NEET only, no FIN."),
     T("convention", "SUB", "SUB for Megan's drinking (and Rob's ongoing AA); coded once."),
     T("not-coded", "MH-ADULT", "Parents' worry is not described as a mental health need.")])
add("Z022-A-orange", "2025-10-13", "Gullhaven",
    "Megan on a referral order (YOS) for criminal damage in Feb 25, 6 months left. YOS worker concerned she is "
    "hanging round with older males on the Hollins estate, CCE screening done and shared with police.",
    ["CRIME", "SAFE-EXP"])
add("Z022-C-orange", "2026-03-10", "Gullhaven",
    "Megan started hair and beauty at Coastway College in Jan. Says she only drinks at parties now, has had 3 "
    "sessions with the Tideline young people's worker. Referral order finished in Feb and YOS have closed. Still "
    "being seen with the older males from the estate, police aware, CCE risk still there.",
    ["SUB", "SAFE-EXP"],
    [T("historical", "CRIME", "Referral order finished and YOS closed: over."),
     T("historical", "EDU-NEET", "Now at college."),
     T("convention", "SUB", "Convention 4: current Tideline young people's sessions.")])

# Z023 Marram Quay - Jack suspensions; Mum drinks daily, Dad works away
add("Z023-A-orange", "2025-11-03", "Marram Quay",
    "Jack (13) on his 3rd suspension this year (5 days, fighting in the canteen), school talking about a managed "
    "move. Police spoke to him last month about ASB at the bus station with a group of lads.",
    ["EDU-EXC", "CRIME"],
    [T("convention", "CRIME", "Convention 7: police dealing with a young person's ASB is CRIME.")])
add("Z023-A-yellow", "2025-11-03", "Marram Quay",
    "Mum (Lorraine, 41) drinks wine every day and is often asleep on the sofa when Jack gets in, Dad (Steve) "
    "works away on the wind farms Mon-Fri. No boundaries about where Jack goes in the evenings. School nurse has "
    "seen Jack about his weight, BMI 98th centile.",
    ["SUB", "REL-PAR", "PH"],
    [T("convention", "FIN", "Convention 5: working away is not FIN."),
     T("partial", "REL-PAR", "Lack of boundaries for a 13-year-old is REL-PAR; not treated as SAFE-NEG.")])
add("Z023-C-yellow", "2026-03-20", "Marram Quay",
    "Jack on a 12 wk managed move to Cliffside Academy since Jan, going well, no suspensions. Lorraine goes to the "
    "Tideline womens group and is down to 2-3 nights a week. Steve got a job locally so is home evenings, Jack has "
    "a 9pm curfew which he mostly sticks to.",
    ["EDU-EXC", "SUB", "REL-PAR"],
    [T("convention", "EDU-EXC", "An ongoing managed move codes EDU-EXC (convention 4 logic)."),
     T("partial", "REL-PAR", "Curfew in place and mostly kept: a continuing boundaries plan.")])

# Z024 Eastcliff - PLO, Dad dependent drinker, Mum EUPD, baby's weight
add("Z024-A-red", "2025-10-20", "Eastcliff",
    "PLO letter issued 10/10. Previous CP plan closed in 2023; re-referred after Dad (Kevin, 39) was found drunk "
    "in sole charge of Rosie (7 months) and Ellis (3). Kevin has had 4 detoxes since 2022 and is drinking daily.",
    ["SUB", "SAFE-NEG"],
    [T("historical", "SAFE-NEG", "The 2023 CP plan is historical; SAFE-NEG is coded for the current incident (drunk in sole charge of a baby and toddler).")])
add("Z024-A-orange", "2025-10-20", "Eastcliff",
    "Mum (Jodie, 27) has an EUPD diagnosis, under the CMHT, 2 overdoses this year. Rosie's weight has dropped from "
    "the 50th to the 9th centile, HV weighing weekly and GP has referred to paeds.",
    ["MH-ADULT", "PH"],
    [T("convention", "PH", "Weight faltering is PH (weight), not EYD.")])
add("Z024-C-red", "2026-04-14", "Eastcliff",
    "EH closing as the case is held by CSC - both children on a CP plan (neglect). Kevin moved out in Feb and is in "
    "a residential rehab in Hollowmere. Jodie engaging with CMHT. Rosie back up to the 25th centile, HV weighing monthly.",
    ["SAFE-NEG", "MH-ADULT", "PH"],
    [T("outside", "SUB", "Convention 6: Kevin has moved out; his rehab is not coded for this household."),
     T("convention", "SAFE-NEG", "Convention 4: a current CP plan under neglect codes SAFE-NEG."),
     T("partial", "PH", "Weight recovering but still monitored monthly by the HV: ongoing.")])

# ---------------------------------------------------------------- batch 4
# Z025 Shingle End - unboxed note then closure box: Sharon, liver bloods, relapse
add("Z025-A-note", "2025-11-11", "Shingle End",
    "Joint visit with Tideline worker. Sharon (44) says she hasnt had a drink for 3 weeks, since the GP told her "
    "her liver bloods were 'off', and wants to keep seeing Tideline. Kieran (12) says he's glad but 'it wont last'.",
    ["SUB", "PH"],
    [T("convention", "SUB", "Convention 4: she is open to and wants to continue with the drug and alcohol service; three weeks' abstinence is not an ended issue."),
     T("hypothetical", "SUB", "Kieran's 'it won't last' is a prediction, not evidence either way."),
     T("convention", "LEVEL", "Convention 2: Tideline (yellow) outranks GP (green).")],
    note_level="yellow")
add("Z025-C-yellow", "2026-03-03", "Shingle End",
    "Sharon relapsed at New Year but went straight back to Tideline, 6 wks sober now. Kieran goes to the Shoreline "
    "young carers group on Weds - he helps look after his nan who lives with them and has used a wheelchair since her stroke.",
    ["SUB", "CARER", "PH"],
    [T("convention", "PH", "Nan lives in the household, so her disability is PH ('anyone in the family').")])

# Z026 Gullhaven - possession notice, Dad spending on drink, no food
add("Z026-A-orange", "2025-12-01", "Gullhaven",
    "Notice of seeking possession served by Coastline Homes 20/11 - £2,800 rent arrears. Dad (Darren, 46) spending "
    "the UC on drink, Mum (Amy, 44) says there is often no food in the house by the last week of the month and the "
    "kids go to her mum's for tea.",
    ["HOUS", "FIN", "SUB", "SAFE-NEG"],
    [T("convention", "SAFE-NEG", "Convention 10: no food in the home is SAFE-NEG; rent arrears are FIN; both coded.")])
add("Z026-A-yellow", "2025-12-01", "Gullhaven",
    "Amy referred to Citizens Advice for a DRO and to the council household support fund, 3 food bank vouchers "
    "given. Harley (9) and Phoebe (6) attending school well.",
    ["FIN"],
    [T("not-coded", "EDU-ATT", "'attending school well': good news, no need stated (convention 3).")])
add("Z026-C-orange", "2026-04-28", "Gullhaven",
    "Possession hearing 3/3 adjourned on terms - £30 a week off the arrears plus the rent. Darren did a home detox "
    "with Tideline in Feb and is now on acamprosate. Amy hasnt needed the food bank since Feb.",
    ["HOUS", "FIN", "SUB"],
    [T("partial", "HOUS", "Possession proceedings adjourned on terms are still live."),
     T("historical", "FIN", "Food bank use is over ('since Feb'), but FIN stays present for the arrears repayment."),
     T("convention", "SUB", "Convention 4: acamprosate is ongoing treatment.")])

# Z027 Marram Quay - Evie self-harm, Mum drinking, historical DV from ex
add("Z027-A-orange", "2025-06-23", "Marram Quay",
    "Evie (15) self-harming (cutting), seen in A&E 9/6 and now open to CAMHS. She says she cuts after Mum has been "
    "drinking and 'goes on at her' for hours.",
    ["MH-CHILD", "SUB", "REL-PAR"],
    [T("convention", "REL-PAR", "Convention 8: a parent berating a child is parent-child conflict, REL-PAR.")])
add("Z027-A-green", "2025-06-23", "Marram Quay",
    "nil - Evie's attendance ok (95%), registered with GP and dentist, no other health needs.", [],
    [T("not-coded", "EDU-ATT", "Convention 3: good news with no need stated is not coded."),
     T("negated", "PH", "'no other health needs'.")])
add("Z027-A-yellow", "2025-06-23", "Marram Quay",
    "Mum (Angela, 43) accepts she drinks 'to cope' since Evie's dad left in 2023. There was DV from him before he "
    "left, no contact since and he lives up north now. Angela agreed to a Tideline referral.",
    ["SUB"],
    [T("historical", "DA", "DV from the ex-partner ended in 2023 with no contact since."),
     T("historical", "REL-CONF", "The 2023 separation is past and no current conflict or contact dispute is described."),
     T("outside", "DA", "The ex-partner lives elsewhere (convention 6).")])
add("Z027-C-orange", "2025-12-15", "Marram Quay",
    "Evie still open to CAMHS, no self harm since Sept. Angela did the Tideline Moving On group, AUDIT down from 19 "
    "to 11 and she wants to keep going to the drop in. She and Evie doing mother/daughter sessions with EHW, fewer rows.",
    ["MH-CHILD", "SUB", "REL-PAR"],
    [T("convention", "MH-CHILD", "Convention 4: still open to CAMHS although self-harm has stopped."),
     T("partial", "SUB", "AUDIT 11 is still above low risk and she continues at the drop-in.")])

# Z028 Eastcliff - Dad with alcohol-related brain damage (drinking historical), Kacey caring
add("Z028-A-yellow", "2025-03-31", "Eastcliff",
    "Dad (Phil, 55) stopped drinking in 2020 after a fall but has alcohol related brain damage and poor mobility, "
    "needs prompting with his meds and meals. Kacey (12) does most of this before and after school as Mum (Tina) "
    "works nights at the care home.",
    ["PH", "CARER"],
    [T("historical", "SUB", "Drinking stopped in 2020; the brain damage is a current PH need, not current substance misuse."),
     T("convention", "FIN", "Convention 5: night work is not FIN.")])
add("Z028-C-blue", "2025-09-26", "Eastcliff",
    "Kacey has a young carers card and a named person at school, went on the young carers summer trips. Phil's "
    "mobility still poor, an agency carer now comes in at lunchtime.",
    ["CARER", "PH"],
    [T("convention", "CARER", "Convention 12: the agency carer is not CARER; CARER comes from Kacey's young carer support.")])

# Z029 Shingle End - Mum out drinking, Tia (12) babysitting, online contact
add("Z029-A-yellow", "2025-05-12", "Shingle End",
    "Mum (Kayleigh, 30) goes out drinking Fri and Sat nights and leaves Tia (12) to babysit Jacob (3), often till "
    "2am. Kayleigh says Tia is 'sensible' and it's only a couple of nights.",
    ["SUB", "SAFE-NEG", "CARER"],
    [T("partial", "SAFE-NEG", "A 12-year-old left in sole charge of a 3-year-old until 2am is a supervision (neglect) issue as well as a caring role.")])
add("Z029-A-green", "2025-05-12", "Shingle End",
    "Tia told her form tutor she is 'sick of being the mum'. School also found she has been messaging an adult man "
    "she met on TikTok; DSL spoke to Kayleigh and Tia has had online safety work with the school nurse.",
    ["CARER", "SAFE-EXP"])
add("Z029-C-yellow", "2025-10-20", "Shingle End",
    "Nan now babysits on Saturdays and Kayleigh has stopped the Friday nights out, but Tia says she still comes home "
    "very drunk on a Sat. Tideline brief intervention done, Kayleigh declined more. No further concerns from school "
    "re Tia online.",
    ["SUB"],
    [T("historical", "CARER", "Nan now babysits: Tia's caring role has ended."),
     T("historical", "SAFE-NEG", "Supervision arranged through Nan."),
     T("negated", "SAFE-EXP", "'No further concerns from school re Tia online.'")])

# Z030 Gullhaven - Dad's drinking historical, Mum's current; redundancy
add("Z030-A-yellow", "2026-01-12", "Gullhaven",
    "Dad (Neil, 50) was a heavy drinker until 2018, sober since and has no support now. It's Mum (Joanne, 46) whose "
    "drinking has escalated since she was made redundant in Oct - she hasnt found work and hides bottles in the "
    "airing cupboard. Joanne agreed to Tideline referral. Millie (10) told her teacher she is worried Mum is "
    "'poorly' and doesn't want to leave her in the mornings, school counsellor referral made.",
    ["SUB", "FIN", "MH-CHILD"],
    [T("historical", "SUB", "Neil's drinking ended in 2018; SUB is coded for Joanne's current drinking."),
     T("convention", "FIN", "Adult worklessness (redundant, not found work) is FIN."),
     T("not-coded", "CARER", "Millie's reluctance to leave Mum is worry (MH-CHILD), no caring task is described.")])
add("Z030-A-blue", "2026-01-12", "Gullhaven",
    "Neil has joined an online Al-Anon group to help him support Joanne and has been reading the family pages on "
    "Tideline's website.",
    ["SUB"],
    [T("convention", "SUB", "Blue box, family managing with information and a family support group about a household member's current drinking: present (convention 3).")])
add("Z030-C-yellow", "2026-06-05", "Gullhaven",
    "Joanne goes to the Tideline womens group fortnightly, 7 wks alcohol free. Started part time at the library in "
    "May. Millie finished with the school counsellor, school happy.",
    ["SUB"],
    [T("historical", "FIN", "Back in work: the worklessness is over."),
     T("historical", "MH-CHILD", "Counselling finished, school happy.")])

# Z031 Marram Quay - unboxed notes: Nan's worry, Dad denies, unfounded
add("Z031-A-note", "2026-02-09", "Marram Quay",
    "Call from paternal nan (lives in Brackley Cove), worried Dad (Shane, 35) is drinking again and driving the kids "
    "to school. Shane denies it, says he has been sober 2 years; nan admits she hasn't actually seen him drink, it's "
    "what she has heard. Plan: check with school.",
    [],
    [T("negated", "SUB", "Shane denies drinking and the worry is unsubstantiated hearsay."),
     T("historical", "SUB", "Past drinking ('sober 2 years') is historical."),
     T("hypothetical", "CRIME", "Drink-driving is only suspected; no offence is described.")])
add("Z031-C-note", "2026-05-21", "Marram Quay",
    "School confirm Shane does drop off every day, on time, no smell of alcohol, no concerns. Nan reassured. NFA, closing.",
    [],
    [T("negated", "SUB", "'no smell of alcohol, no concerns'.")])

# Z032 Eastcliff - Dad's crisis while drunk, s136; family's MH
add("Z032-A-orange", "2025-08-11", "Eastcliff",
    "Gavin (42) had a crisis on 2/8 - drunk and threatening to jump off the harbour wall, police used s136. Now under "
    "the crisis team. Says he drinks to 'quiet his head'.",
    ["MH-ADULT", "SUB"],
    [T("convention", "CRIME", "Convention 7: police detaining under s136 is safeguarding, not CRIME.")])
add("Z032-A-yellow", "2025-08-11", "Eastcliff",
    "Partner Mel (40) doing everything at home and working full time, GP has signed her off for 2 wks with stress. "
    "Dylan (14) has stopped going out with his mates and stays in his room, Mel thinks he is frightened Dad will try "
    "again. EHW 1:1 with Dylan.",
    ["MH-ADULT", "MH-CHILD"],
    [T("partial", "MH-ADULT", "Mel signed off with stress is a current parent/carer mental health need."),
     T("hypothetical", "MH-ADULT", "'Dad will try again' is Dylan's fear; the code comes from Mel, and MH-CHILD from Dylan's withdrawal.")])
add("Z032-C-yellow", "2026-01-26", "Eastcliff",
    "Gavin discharged from crisis team to his GP, on mirtazapine, no drink since Sept and goes to SMART Recovery on "
    "Mondays. Dylan back at football. Mel has the crisis line number to use if Gavin becomes unwell again.",
    ["MH-ADULT", "SUB"],
    [T("convention", "MH-ADULT", "Convention 4: ongoing antidepressant treatment."),
     T("convention", "SUB", "Convention 4: weekly SMART Recovery is ongoing support."),
     T("hypothetical", "MH-ADULT", "'if Gavin becomes unwell again' is hypothetical (code already present from the medication)."),
     T("historical", "MH-CHILD", "Dylan back at football: no current need stated.")])

# Z033 Gullhaven - Dad on licence for drunken assault on a stranger; overcrowding
add("Z033-A-orange", "2025-07-14", "Gullhaven",
    "Dad (Ricky, 33) released on licence in June after serving 18 months for GBH on a stranger outside a pub when "
    "drunk. Has an alcohol abstinence monitoring tag. Probation officer keen on joint work.",
    ["CRIME", "SUB"],
    [T("convention", "CRIME", "Convention 7: an adult on licence, offence not against a partner: CRIME, not DA."),
     T("convention", "SUB", "Convention 4: an abstinence monitoring tag is a current alcohol requirement.")])
add("Z033-A-yellow", "2025-07-14", "Gullhaven",
    "Ricky and Mum (Charlotte, 31) rowing about how he fits back in, Charlotte got used to running things her way. "
    "Harry (6) won't go near Ricky, says 'you're not my dad'. Five of them now in a 2 bed flat, Harry and the twins "
    "(2) all in one room.",
    ["REL-CONF", "REL-PAR", "HOUS"],
    [T("convention", "REL-CONF", "Convention 8: arguments between parents, no abuse described."),
     T("convention", "HOUS", "Five people in a two-bed flat is overcrowding.")])
add("Z033-C-yellow", "2025-12-08", "Gullhaven",
    "Tag came off in Oct, Ricky still on licence until Aug 26 and goes to the probation alcohol group. Still in the "
    "2 bed, band B on the housing register.",
    ["CRIME", "SUB", "HOUS"],
    [T("partial", "SUB", "Tag removed, but the probation alcohol group is ongoing (convention 4).")])
add("Z033-C-green", "2025-12-08", "Gullhaven",
    "Harry and Ricky go fishing off the pier on Saturdays and Harry calls him Dad now.",
    [],
    [T("convention", "REL-PAR", "Convention 1 and 3: coded on its own text, this is pure good news with no need stated.")])


# ---------------------------------------------------------------- writer
def write_csv(name, header, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(header)
        w.writerows(rows)


def main():
    ids = [n["narrative_id"] for n in NARRS]
    assert len(ids) == len(set(ids)), "duplicate narrative ids"
    write_csv("narratives.csv",
              ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"],
              [[n[k] for k in ("narrative_id", "triage_id", "case_id", "stage", "date", "level",
                               "locality", "narrative")] for n in NARRS])
    gold = []
    for n in NARRS:
        assert len(n["codes"]) == len(set(n["codes"])), n["narrative_id"]
        for c in n["codes"]:
            gold.append([n["narrative_id"], c, n["gold_level"]])
    write_csv("gold.csv", ["narrative_id", "code", "level"], gold)
    traps = {n["narrative_id"]: n["traps"] for n in NARRS if n["traps"]}
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8", newline="") as f:
        f.write(json.dumps(traps, indent=1, ensure_ascii=False).replace("\n", "\r\n") + "\r\n")

    cases = {n["case_id"] for n in NARRS}
    triages = {n["triage_id"] for n in NARRS}
    print(f"narratives: {len(NARRS)}  cases: {len(cases)}  triages: {len(triages)}  "
          f"notes: {sum(1 for n in NARRS if not n['level'])}")
    print(f"gold rows: {len(gold)}  narratives without gold: {sum(1 for n in NARRS if not n['codes'])}")
    print(f"narratives with traps: {len(traps)}  trap entries: {sum(len(v) for v in traps.values())}")
    cc = Counter(g[1] for g in gold)
    print("codes:", ", ".join(f"{k} {v}" for k, v in sorted(cc.items())))
    lc = Counter(g[2] for g in gold)
    print("gold levels:", ", ".join(f"{k} {lc[k]}" for k in ("blue", "green", "yellow", "orange", "red")))
    bc = Counter(n["level"] or "note" for n in NARRS)
    print("boxes:", dict(bc))


if __name__ == "__main__":
    main()
