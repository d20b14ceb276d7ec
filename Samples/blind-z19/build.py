#!/usr/bin/env python3
"""Blind hand-coded gold set z19: substance use in families ("hidden harm").

Every narrative, its gold codes and its trap notes are written by hand below.
Gold codes are `present` issues only, coded from /work/shared/taxonomy.md.
Running this script writes narratives.csv, gold.csv and traps.json (CRLF, UTF-8).
"""
import csv
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# Four invented localities
BRK = "Brackenmoor"
SLT = "Saltcote"
WRN = "Wrenhythe"
CPD = "Copperdale"

ROWS = []   # narrative rows (dicts)
GOLD = []   # (narrative_id, code, level)
TRAPS = {}  # narrative_id -> list of {"kind", "note"}


def _traps(nid, traps):
    if traps:
        TRAPS[nid] = [{"kind": k, "note": n} for k, n in traps]


def box(case, stage, date, level, loc, text, codes, traps=()):
    """A narrative written in a level box: every gold code takes the box level."""
    tid = case + ("-A" if stage == "assessment" else "-C")
    nid = tid + "-" + level
    ROWS.append(dict(narrative_id=nid, triage_id=tid, case_id=case, stage=stage,
                     date=date, level=level, locality=loc, narrative=text))
    for c in codes:
        GOLD.append((nid, c, level))
    _traps(nid, traps)


def note(nid, stage, date, loc, text, gold_level, codes, traps=()):
    """An unboxed case note: one level for all codes, from the level-cue convention."""
    ROWS.append(dict(narrative_id=nid, triage_id=nid, case_id=nid, stage=stage,
                     date=date, level="", locality=loc, narrative=text))
    for c in codes:
        GOLD.append((nid, c, gold_level))
    _traps(nid, traps)


A, C = "assessment", "closure"

# ---------------------------------------------------------------- batch 1
# HH01 - mum on buprenorphine, new baby, partner injecting
box("HH01", A, "2025-02-10", "green", BRK,
    "HV new birth visit, Tia-Mae 12 days old. Mum Shannon on a buprenorphine script from "
    "Turning Tide, supervised consumption at the chemist on Brackenmoor Road every morning. "
    "Tia-Mae was slow to get back to birth weight so HV weighing her twice a week for now. "
    "Shannon showed me the lockable tin she keeps her meds in.",
    ["SUB", "PH"],
    [("note", "lockable tin / meds: safe storage is part of an ongoing script, SUB present by convention 4")])
box("HH01", A, "2025-02-10", "yellow", BRK,
    "Shannon's partner Dean moved in at New Year. Dean says he is 'not touching anything' but "
    "Shannon told me he has started injecting again and the Turning Tide worker has seen him at "
    "the needle exchange twice. Dean lost his job in January, they owe £420 to the electric "
    "company and have been using the family hub pantry.",
    ["SUB", "FIN"],
    [("negated", "Dean's denial is contradicted in the next clause: SUB stays present (household member)")])
box("HH01", C, "2025-08-04", "blue", BRK,
    "Shannon still on buprenorphine, prescriber has agreed weekly pick-ups as she has been "
    "stable. Dean left in April and has had no contact since. The electric debt was cleared "
    "with a hardship grant in May.",
    ["SUB"],
    [("historical", "electric debt cleared: FIN historical"),
     ("outside", "Dean has left the household: his drug use is not coded")])

# HH02 - dad's drinking, attendance, young carer
box("HH02", A, "2025-01-20", "yellow", SLT,
    "Ellis (11) and Poppy (8) at Saltcote Primary, attendance Ellis 79% and Poppy 84%, nearly "
    "all the gaps on a Monday. Dad Gary has been on his own with them since mum died in 2023. "
    "He told me he gets through 'most of a bottle of vodka' a night. Ellis does the tea and "
    "walks Poppy in when Gary can't get up. Gary referred to Turning Tide, Ellis to Saltcote "
    "Young Carers.",
    ["EDU-ATT", "SUB", "CARER"],
    [("historical", "mum died in 2023: bereavement is background, no MH-CHILD stated")])
box("HH02", C, "2025-07-14", "yellow", SLT,
    "Gary finished a community detox in April and is still going to his Thursday group at "
    "Turning Tide. One lapse over Easter, which he talked through with his key worker. Ellis "
    "still goes to the young carers club every week.",
    ["SUB", "CARER"],
    [("historical", "detox finished, but the weekly group and a lapse keep SUB present")])
box("HH02", C, "2025-07-14", "green", SLT,
    "Both children up to 93% attendance this term; school keeping them on the attendance "
    "monitoring list until Christmas. No worries about their uniform or hygiene since Easter.",
    ["EDU-ATT"],
    [("historical", "no worries about uniform or hygiene since Easter: SAFE-NEG over")])

# HH03 - young person's cannabis and nitrous oxide
box("HH03", A, "2025-03-03", "yellow", WRN,
    "Kai (15) given a 3 day suspension by Wrenhythe Academy after a bag of cannabis was found "
    "in his blazer. He says it was his own and admits smoking most evenings with mates at the "
    "skate park. Mum Leanne also found a box of nitrous oxide canisters under his bed. Kai out "
    "till midnight and swearing at her when she tries to stop him going out. Referred to Compass "
    "(young people's substance service).",
    ["EDU-EXC", "SUB", "REL-PAR"],
    [("note", "Kai is not described as exploited: his own cannabis is SUB (convention 12 does not apply)")])
box("HH03", C, "2025-09-01", "yellow", WRN,
    "Kai has done six sessions with Compass and says he only smokes cannabis at weekends now; "
    "Compass keeping him open until Christmas. No more suspensions since March.",
    ["SUB"],
    [("historical", "no more suspensions since March: EDU-EXC historical")])
box("HH03", C, "2025-09-01", "blue", WRN,
    "Leanne sticking to the curfew and reward plan we agreed, Kai in by 10 most nights and the "
    "shouting has calmed down. She hasn't found any more canisters since the spring. Leanne vapes "
    "and is trying to cut down.",
    ["REL-PAR"],
    [("historical", "no canisters since spring: nitrous oxide use described as over"),
     ("convention", "Leanne's vaping is not SUB")])

# HH04 - mum on methadone, CIN plan after overdose
box("HH04", A, "2025-04-07", "red", CPD,
    "Child in need plan agreed after the s47 in March, when Jade was found unresponsive after "
    "using heroin while Archie (4) was in the flat with her. Jade now on a methadone script and "
    "says she is not using on top, but two of her last four urine screens showed street opiates. "
    "Flat still very cluttered and hardly any food in the cupboards at the last visit.",
    ["SUB", "SAFE-NEG"],
    [("negated", "'not using on top' is contradicted by the screens")])
box("HH04", A, "2025-04-07", "green", CPD,
    "Archie started at Copperdale Nursery in January but has only been to 9 of 30 sessions. "
    "Nursery say he has very few words and is still in nappies.",
    ["EYD"])
box("HH04", A, "2025-04-07", "orange", CPD,
    "Jade's ex, Lee, is on licence for supplying class A and lives with his mum in Saltcote. "
    "Jade says he has not been near the flat since he got out and there have been no police "
    "call-outs to the address this year.",
    [],
    [("outside", "Lee is an ex-partner outside the household: his offending and drugs are not coded"),
     ("negated", "no police call-outs")])
box("HH04", C, "2025-11-10", "yellow", CPD,
    "Stepped down from CIN to early help in October. Jade's last three screens clear of "
    "everything except her methadone and Turning Tide are bringing her dose down. Archie now at "
    "nursery four mornings a week and still has a speech group there; using short sentences.",
    ["SUB", "EYD"],
    [("negated", "screens 'clear' but the methadone script continues: SUB present (convention 4)")])

# HH05 - mum's drinking and domestic abuse
box("HH05", A, "2025-05-12", "orange", BRK,
    "Police out twice in April after Craig assaulted Natalie, both had been drinking. Craig "
    "arrested and bailed not to come to the address; heard at MARAC on 30/04. Since then Natalie "
    "is drinking every day, about two bottles of wine, and says she can't see the harm in it.",
    ["DA", "SUB"],
    [("convention", "Craig's arrest for assaulting Natalie is DA only, not CRIME (convention 7)")])
box("HH05", A, "2025-05-12", "yellow", BRK,
    "Ruby (6) wetting the bed most nights since the incident and anxious and clingy at school; "
    "school nurse has given advice. Natalie has agreed to a Turning Tide referral but hasn't "
    "booked her assessment yet.",
    ["PH", "MH-CHILD", "SUB"])
box("HH05", C, "2025-10-20", "blue", BRK,
    "Natalie alcohol free since June and goes to the Lantern recovery meeting every Tuesday. "
    "Non-molestation order in place until next year and she knows how to report a breach.",
    ["SUB", "DA"],
    [("historical", "alcohol free since June, but the ongoing recovery meeting keeps SUB present (blue: managing)")])
box("HH05", C, "2025-10-20", "green", BRK,
    "Ruby has been dry at night for the last two months and school say she is settled and happy "
    "in class.",
    [],
    [("historical", "bedwetting over ('dry for two months'): PH historical"),
     ("lookalike", "'dry' is not about alcohol")])

# HH06 - kinship carer, mum using cocaine elsewhere
box("HH06", A, "2025-02-17", "yellow", SLT,
    "Nan, Maureen, has had Tyler (9) and Skye (7) on a special guardianship order since 2023. "
    "Their mum lives in Wrenhythe, uses cocaine and sometimes turns up at the school gate; school "
    "have a plan for it. Tyler kicking doors and refusing to go to bed, Maureen asking for help "
    "with his behaviour. He is on the waiting list for an ADHD assessment.",
    ["REL-PAR", "EDU-SEND"],
    [("outside", "mum lives elsewhere: her cocaine use is not SUB"),
     ("convention", "kinship carer / SGO is not CARER")])
box("HH06", C, "2025-07-21", "blue", SLT,
    "Maureen finished the Steady Steps parenting group in June and uses the calm-down plan with "
    "Tyler, bedtimes mostly settled now. She heard mum went into rehab in May.",
    ["REL-PAR"],
    [("outside", "mum's rehab: not a household member, SUB not coded")])
box("HH06", C, "2025-07-21", "green", SLT,
    "Tyler still waiting for his ADHD assessment. SENCO has put him on SEN support with a "
    "movement break plan.",
    ["EDU-SEND"])

# HH07 - dad on methadone, storage at home
box("HH07", A, "2025-06-02", "yellow", WRN,
    "HV visit: Mason (2) was playing with an empty methadone bottle on the lounge floor. Dad "
    "Ryan is on 60ml a day and has take-home doses on Sundays. Ryan says the bottle was empty and "
    "the rest was up in the kitchen cupboard. Hidden harm worker from Turning Tide to do safe "
    "storage work and a lockbox has been given.",
    ["SUB", "SAFE-NEG"],
    [("note", "safe storage failure treated as a supervision / home safety (SAFE-NEG) issue")])
box("HH07", A, "2025-06-02", "green", WRN,
    "Mason's 2 year review: walking and climbing well, about 10 words, HV to recheck his speech "
    "in 3 months. Mum Chloe takes sertraline from the GP for low mood.",
    ["EYD", "MH-ADULT"],
    [("lookalike", "sertraline is prescribed medication for MH, not SUB")])
box("HH07", C, "2025-10-06", "green", WRN,
    "Ryan keeps the methadone in the lockbox on top of the fridge, HV saw it in use on two "
    "unannounced visits. Mason now has 40-plus words, no further worries about his speech.",
    ["SUB"],
    [("historical", "no further worries about speech: EYD over")])

# ---------------------------------------------------------------- batch 2
# HH08 - exploited child carrying drugs (convention 12)
box("HH08", A, "2025-03-24", "orange", CPD,
    "Reece (14) reported missing three times in February. Last time police found him in "
    "Brackenmoor with £300 in cash and 12 wraps of crack cocaine and he was arrested. NRM "
    "referral made and discussed at the multi-agency exploitation meeting. Reece says he has "
    "never used anything himself and his urine test in custody was negative.",
    ["SAFE-EXP", "CRIME"],
    [("convention", "drugs found on an exploited child: SAFE-EXP and CRIME, not SUB (convention 12)"),
     ("negated", "own use denied and test negative")])
box("HH08", A, "2025-03-24", "yellow", CPD,
    "Reece on a part-time timetable at Copperdale Academy since January, mornings only. Two "
    "fixed-term suspensions this year for fighting.",
    ["EDU-ATT", "EDU-EXC"])
box("HH08", C, "2025-09-15", "orange", CPD,
    "Reece still with the YOS on a referral order for possession with intent to supply. Safer "
    "Streets exploitation worker sees him weekly. No missing episodes since June.",
    ["CRIME", "SAFE-EXP"],
    [("historical", "no missing episodes since June, but the exploitation worker is ongoing: SAFE-EXP present")])

# HH09 - mum's daily cannabis, dad sober
box("HH09", A, "2025-01-13", "yellow", BRK,
    "Mum Kerry smokes cannabis every day and says it's the only thing that takes the edge off "
    "her anxiety; she won't go to the GP about it. Children Harvey (12) and Isla (10). Dad Paul "
    "has been sober for two years and no longer goes to meetings, no worries about his drinking; "
    "Kerry says if he ever picked up a drink again she would ring his old sponsor.",
    ["SUB", "MH-ADULT"],
    [("historical", "Paul two years sober, no longer in any service: SUB for Paul historical"),
     ("hypothetical", "'if he ever picked up a drink again'"),
     ("negated", "no worries about his drinking")])
box("HH09", A, "2025-01-13", "green", BRK,
    "SENCO says Harvey has dyslexia and is on SEN support with small-group reading three times "
    "a week. Isla no concerns at school.",
    ["EDU-SEND"],
    [("negated", "Isla: no concerns")])
box("HH09", C, "2025-06-30", "yellow", BRK,
    "Kerry has cut the cannabis down to evenings only and started talking therapy with Talking "
    "Spaces in May.",
    ["SUB", "MH-ADULT"])

# HH10 - 16 year old drinking, NEET, police
box("HH10", A, "2025-04-14", "orange", SLT,
    "Police called on 02/04 when Chantelle (16) came home drunk and put the kitchen window "
    "through during a row with mum; community resolution given. Mum says Chantelle is drinking "
    "most weekends. She left Saltcote College in February and has no plans.",
    ["CRIME", "SUB", "REL-PAR", "EDU-NEET"])
box("HH10", A, "2025-04-14", "yellow", SLT,
    "Mum Dionne says she 'used to do a bit of coke at weekends' before Chantelle was born and "
    "is adamant she uses nothing now. Dionne owes £2,100 council tax and has a court summons.",
    ["FIN"],
    [("historical", "mum's cocaine use only before Chantelle was born"),
     ("negated", "uses nothing now")])
box("HH10", C, "2025-10-13", "yellow", SLT,
    "Chantelle started a pre-apprenticeship course at Saltcote Training in September. Drinking "
    "a lot less, mainly at parties, and still sees her Compass worker once a month.",
    ["SUB"],
    [("historical", "now on a course: EDU-NEET over")])

# HH11 - temporary accommodation, uncle's drinking elsewhere
box("HH11", A, "2025-05-19", "green", WRN,
    "Amira (7) late to school 14 times this term. Mum Fatima says the bus from the temporary "
    "accommodation takes an hour.",
    ["EDU-ATT", "HOUS"])
box("HH11", A, "2025-05-19", "yellow", WRN,
    "Family put into temporary accommodation in Copperdale after being evicted in March, one "
    "room for mum and three children. Fatima's brother in Saltcote has a drink problem and she "
    "has stopped visiting him. Fatima low and tearful, GP has started her on citalopram.",
    ["HOUS", "MH-ADULT"],
    [("outside", "uncle's drinking: lives elsewhere, not SUB"),
     ("historical", "eviction in March is past, but the TA is current so HOUS present")])
box("HH11", C, "2025-11-03", "green", WRN,
    "Family moved into a 3 bed housing association house in Wrenhythe in September, five "
    "minutes' walk from school. Amira on time every day this half term.",
    [],
    [("historical", "housing need met by the move"),
     ("historical", "lateness over; no need stated in this box")])

# HH12 - mum's relapse, CP plan, young carer
box("HH12", A, "2025-06-09", "red", CPD,
    "ICPC 05/06: Lacey (13) and Finn (5) made subject to CP plans, category neglect. Mum Toni "
    "relapsed in April after 18 months without a drink and is on spirits from the morning. "
    "Lacey doing the shopping and cooking and putting Finn to bed. Hardly any food in the house "
    "when the social worker visited.",
    ["SUB", "CARER", "SAFE-NEG"],
    [("historical", "18 months without a drink before the relapse: the relapse is current")])
box("HH12", A, "2025-06-09", "orange", CPD,
    "Lacey told her CAMHS worker she has been cutting her arms; she has been open to CAMHS "
    "since last year.",
    ["MH-CHILD"])
box("HH12", C, "2026-01-19", "orange", CPD,
    "CP plans ended 12/01 and stepped down to a TAF plan. Toni finished 12 weeks of residential "
    "rehab at Hollins House in November and now has breath tests twice a week with Turning "
    "Tide, all negative so far.",
    ["SUB"],
    [("historical", "rehab finished, but ongoing breath testing with the alcohol service keeps SUB present"),
     ("negated", "tests negative")])
box("HH12", C, "2026-01-19", "yellow", CPD,
    "Lacey still goes to the young carers group though she says she does much less at home now. "
    "CAMHS discharged her in December as the self-harm has stopped.",
    ["CARER"],
    [("historical", "self-harm stopped and CAMHS discharged: MH-CHILD historical")])

# HH13 - no substance issue; look-alikes
box("HH13", A, "2025-09-08", "green", BRK,
    "Noah (4) just started reception at Brackenmoor Infants; HV notes he is not toilet trained "
    "and has few words. Mum Hannah takes anti-epileptic drugs and had two seizures last month, "
    "can't drive and relies on her own mum for lifts.",
    ["EYD", "PH"],
    [("lookalike", "'anti-epileptic drugs' is PH, not SUB")])
box("HH13", A, "2025-09-08", "yellow", BRK,
    "Hannah says partner Josh has a few beers at the weekend 'like anyone', she has no worries "
    "about it and police have never been called. They are arguing a lot about money since his "
    "hours were cut and are two months behind on the rent.",
    ["REL-CONF", "FIN"],
    [("negated", "Josh's weekend drinking: no misuse described, no worries"),
     ("negated", "police never called")])
box("HH13", C, "2026-02-02", "blue", BRK,
    "Josh and Hannah went to three sessions with Relate and say they now talk things through "
    "instead of rowing. Rent arrears paid off in December.",
    ["REL-CONF"],
    [("historical", "arrears paid off: FIN historical")])

# HH14 - contact dispute, clear hair-strand test
box("HH14", A, "2025-02-24", "yellow", SLT,
    "Parents split in December and are in dispute over contact for Evie (6). Dad Marcus says mum "
    "Sophie uses cocaine; Sophie agreed to a hair strand test which was negative for all drugs. "
    "Handovers are tense with shouting in front of Evie. Referred to family mediation.",
    ["REL-CONF"],
    [("negated", "hair strand negative: allegation of cocaine use not substantiated, SUB negated")])
box("HH14", A, "2025-02-24", "green", SLT,
    "Evie told her teacher she gets tummy ache before going to dad's. School nurse thinks it is "
    "worry; GP found nothing physical.",
    ["MH-CHILD"],
    [("negated", "GP found nothing physical: PH negated")])
box("HH14", C, "2025-08-11", "blue", SLT,
    "Parents agreed a contact timetable through mediation and use a co-parenting app to "
    "message each other; handovers calm. If Marcus raises drug use again, both have agreed to "
    "a repeat hair strand test.",
    ["REL-CONF"],
    [("hypothetical", "repeat hair strand only if drug use is raised again: SUB not coded")])

# HH15 - dad's drink driving and probation
box("HH15", A, "2025-03-10", "yellow", WRN,
    "Dad Aaron convicted of drink driving in January, on a community order with an alcohol "
    "treatment requirement and sees probation every fortnight. Lost his delivery driving job "
    "because of it, family now on UC and behind with the water bill.",
    ["CRIME", "SUB", "FIN"])
box("HH15", C, "2025-09-22", "yellow", WRN,
    "Aaron completed the alcohol treatment requirement in July; the community order runs until "
    "October and he still reports to probation monthly. Now working in a warehouse. Water "
    "arrears on a payment plan.",
    ["CRIME", "FIN"],
    [("historical", "alcohol treatment requirement completed, no current drinking described: SUB historical")])

# ---------------------------------------------------------------- batch 3
# HH16 - mum's street pregabalin, teen anxiety and vaping
box("HH16", A, "2025-10-06", "orange", CPD,
    "Maya (14) open to CAMHS for anxiety and hasn't been in school since October half term; "
    "Copperdale Academy offering a part-time timetable to start her back. Maya vapes and mum buys "
    "them for her.",
    ["MH-CHILD", "EDU-ATT"],
    [("convention", "vaping is not SUB")])
box("HH16", A, "2025-10-06", "yellow", CPD,
    "Mum Gemma has long-standing back pain. She told me she buys pregabalin off a friend on top "
    "of her prescribed co-codamol and is 'out of it' most afternoons. Agreed a referral to "
    "Turning Tide.",
    ["SUB", "PH"],
    [("lookalike", "prescribed co-codamol alone would be PH; the street pregabalin is the SUB")])
box("HH16", C, "2026-03-09", "yellow", CPD,
    "Gemma stopped the street pregabalin before Christmas and Turning Tide closed her in "
    "February. The pain clinic have changed her medication and she is seen there every 3 months.",
    ["PH"],
    [("historical", "pregabalin misuse stopped and service closed: SUB historical")])

# HH17 - dad injecting heroin, PLO (no closure: proceedings)
box("HH17", A, "2025-07-07", "red", BRK,
    "Case in PLO pre-proceedings. Used needles in the bathroom bin and on the landing at the s47 "
    "visit; dad Liam injecting heroin and not engaging with any treatment. Ava (3) and Jack (6) "
    "in dirty clothes; Jack has untreated tooth decay and has missed two dentist appointments.",
    ["SUB", "SAFE-NEG", "PH"])
box("HH17", A, "2025-07-07", "orange", BRK,
    "Landlord has served a section 21 because of damage to the property and complaints. Police "
    "did a welfare check on the children in June at the school's request.",
    ["HOUS"],
    [("convention", "police welfare check is safeguarding, not CRIME (convention 7)")])
box("HH17", A, "2025-07-07", "yellow", BRK,
    "Ava not taking up her free nursery place, mum Becky says she can't manage the walk. Becky "
    "does not use and her hair strand in June was clear.",
    ["EYD"],
    [("negated", "Becky's drug use denied and hair strand clear")])

# HH18 - mum long in recovery, toddler's sleep
box("HH18", A, "2025-04-28", "green", SLT,
    "Mum Rachel has not had a drink for six years and now volunteers as a peer mentor at "
    "Turning Tide. She self-referred for help with Oscar's (3) sleep, he wakes four or five "
    "times a night. HV has given her a sleep plan.",
    ["PH"],
    [("historical", "six years without a drink; volunteering as a peer mentor is not treatment"),
     ("lookalike", "Turning Tide named as her workplace, not her service")])
box("HH18", C, "2025-07-28", "blue", SLT,
    "Oscar sleeping through most nights with the bedtime routine Rachel has put in place. She "
    "will ring the HV if it slips.",
    ["PH"],
    [("hypothetical", "'if it slips' she will ring the HV: the managing part is still PH present in blue")])

# HH19 - 17 year old ketamine and nitrous, NEET
box("HH19", A, "2025-08-18", "yellow", WRN,
    "Callum (17) dropped out of his college course in June and stays in his room most of the "
    "day. He admits using ketamine and nitrous with friends two or three times a week and has "
    "bladder pain; GP has referred him to urology. Mum Wendy says she is worried sick and is "
    "signed off work with depression.",
    ["EDU-NEET", "SUB", "PH", "MH-ADULT"],
    [("convention", "signed off work is not FIN without a money problem")])
box("HH19", C, "2026-01-12", "yellow", WRN,
    "Callum seeing Compass on their 18-25 pathway, says he has stopped the ketamine but still "
    "uses nitrous now and then. Started a Prince's Trust course in November. Compass will "
    "re-refer him to urology should the bladder pain come back.",
    ["SUB"],
    [("historical", "NEET over: on a course since November"),
     ("hypothetical", "bladder pain only 'should it come back': PH not coded")])
box("HH19", C, "2026-01-12", "blue", WRN,
    "Wendy back at work part time and says she feels much better; she came off her "
    "antidepressants with the GP's agreement in December.",
    [],
    [("historical", "depression described as over, medication stopped")])

# HH20 - young carer for disabled brother; mum's wine
box("HH20", A, "2025-05-05", "yellow", CPD,
    "Sienna (12) helps mum with her brother Alfie (8), who has cerebral palsy and is tube fed; "
    "she does his night feeds at weekends. Referred to Copperdale Young Carers. Mum Laura says "
    "she is 'running on empty' but does not feel depressed.",
    ["CARER", "PH"],
    [("negated", "mum not depressed: MH-ADULT negated")])
box("HH20", A, "2025-05-05", "green", CPD,
    "Alfie at Willowbank Special School with an EHCP, annual review due June. Laura has a glass "
    "of wine most evenings once the kids are in bed; GP has no concerns.",
    ["EDU-SEND"],
    [("negated", "a glass of wine with no concerns is not misuse")])
box("HH20", C, "2025-10-27", "blue", CPD,
    "Sienna goes to young carers club every other week and has a young carers card for school.",
    ["CARER"])

# HH21 - stepdad's cocaine and coercive control
box("HH21", A, "2025-11-17", "orange", BRK,
    "Stepdad Jordan uses cocaine most weekends and becomes controlling: checks mum Abbie's phone "
    "and keeps her bank card. DASH medium, IDVA allocated. Abbie says she doesn't use, though she "
    "has tried it with him a couple of times.",
    ["DA", "SUB"])
box("HH21", A, "2025-11-17", "yellow", BRK,
    "Kayden (10) refusing school on Mondays, says he wants to stay home with mum. "
    "Attendance 83%.",
    ["EDU-ATT"])
box("HH21", C, "2026-04-20", "yellow", BRK,
    "Jordan moved out in January. Abbie going to the Freedom Programme at the family hub. "
    "Kayden's attendance up to 94% but school still monitoring.",
    ["DA", "EDU-ATT"],
    [("outside", "Jordan has left: his cocaine use no longer coded")])

# HH22 - long-term stable methadone, relapse plan
box("HH22", A, "2025-01-27", "green", SLT,
    "Mum Donna has been on a stable methadone script for 8 years and works part time. She is "
    "worried about Kian (5) biting other children in reception; school have a behaviour plan.",
    ["SUB", "EDU-EXC"])
box("HH22", A, "2025-01-27", "blue", SLT,
    "Donna's mum lives next door and is the back-up plan for the children if Donna ever became "
    "unwell or relapsed.",
    [],
    [("hypothetical", "'if Donna ever ... relapsed' is hypothetical")])
box("HH22", C, "2025-06-23", "green", SLT,
    "Kian's behaviour plan has ended, no biting since March. Donna's script down to 20ml with a "
    "Turning Tide review every 3 months.",
    ["SUB"],
    [("historical", "behaviour at school over since March")])

# HH23 - cannabis-linked psychosis
box("HH23", A, "2025-06-16", "orange", WRN,
    "Ethan (16) was on the Rowan Unit in May with a first episode of psychosis linked to heavy "
    "cannabis use; home now with the Early Intervention in Psychosis team and CAMHS. He says he "
    "hasn't smoked weed since discharge, but mum found a grinder and papers in his room last week.",
    ["MH-CHILD", "SUB"],
    [("negated", "Ethan's denial is undermined by what mum found")])
box("HH23", A, "2025-06-16", "yellow", WRN,
    "Ethan finishing Year 11 with no GCSEs above grade 3 and no post-16 place sorted.",
    ["EDU-NEET"])
box("HH23", C, "2025-12-01", "orange", WRN,
    "Ethan still under EIP and on antipsychotic medication. No longer open to Compass; his drug "
    "screens at clinic have been clear for three months.",
    ["MH-CHILD"],
    [("negated", "drug screens clear and no substance service open: SUB not coded"),
     ("lookalike", "antipsychotic medication is MH, not SUB")])

# ---------------------------------------------------------------- batch 4
# HH24 - postnatal depression, dad drinking
box("HH24", A, "2025-08-11", "green", CPD,
    "HV 6-8 week check: Mum Priya scored 16 on the EPDS and GP has started treatment for "
    "postnatal depression. Baby Arjun gaining weight well on formula.",
    ["MH-ADULT"])
box("HH24", A, "2025-08-11", "yellow", CPD,
    "Priya told me husband Dev drinks heavily most evenings, six to eight cans, and is snappy "
    "afterwards but has never been violent and she does not feel unsafe. Dev has agreed to see "
    "the Turning Tide alcohol worker.",
    ["SUB"],
    [("negated", "never violent, does not feel unsafe: DA negated")])
box("HH24", C, "2026-01-26", "yellow", CPD,
    "Dev now drinks at weekends only and still has monthly check-ins with Turning Tide. Priya "
    "discharged from the perinatal team, mood stable and still taking sertraline from the GP.",
    ["SUB", "MH-ADULT"],
    [("historical", "perinatal discharge, but ongoing sertraline keeps MH-ADULT present")])

# HH25 - 13 year old drunk, missing, bullied
box("HH25", A, "2025-10-13", "orange", BRK,
    "Grace (13) taken to A&E by ambulance after being found drunk in Brackenmoor Park with "
    "older boys. She had been reported missing that evening. Police are looking at whether an "
    "18 year old bought the vodka for them.",
    ["SUB", "SAFE-EXP"],
    [("outside", "the 18 year old's possible offence is not the family's CRIME")])
box("HH25", A, "2025-10-13", "yellow", BRK,
    "Grace says girls in her form have been passing round pictures of her on Snapchat; the "
    "school anti-bullying lead is involved. Grace is low and not eating her lunch.",
    ["SAFE-EXP", "MH-CHILD"])
box("HH25", C, "2026-03-16", "yellow", BRK,
    "Grace finished her four sessions with Compass in January and says she has not had a drink "
    "since October. The bullying stopped after the girls were moved to another form. She still "
    "has a weekly check-in with the school counsellor for low mood.",
    ["MH-CHILD"],
    [("historical", "Compass finished and no drinking since October: SUB historical"),
     ("historical", "bullying stopped: SAFE-EXP historical")])

# HH26 - mum drinking since dad's imprisonment, damp
box("HH26", A, "2025-09-29", "yellow", SLT,
    "Mum Kirsty drinking four or five cans of strong cider a day since dad went to prison in "
    "June; she says it is how she copes. Doesn't want a Turning Tide referral yet but "
    "will think about it.",
    ["SUB"],
    [("outside", "dad in prison is outside the household: no CRIME")])
box("HH26", A, "2025-09-29", "orange", SLT,
    "Damp and black mould in both bedrooms and Riley (2) keeps getting chest infections. "
    "Landlord not answering, Saltcote Housing Advice chasing the repairs. £1,300 behind on rent "
    "and the landlord is threatening a section 21.",
    ["HOUS", "PH", "FIN"])
box("HH26", C, "2026-02-16", "yellow", SLT,
    "Kirsty engaging with Turning Tide now and down to two cans a day with a plan to stop. Damp "
    "treated, mould gone, and Riley has had no chest infections since November.",
    ["SUB"],
    [("historical", "damp fixed: HOUS over"), ("historical", "chest infections over: PH historical")])
box("HH26", C, "2026-02-16", "blue", SLT,
    "Kirsty paying £50 a month off the rent arrears and her sister is helping her with a "
    "budget.",
    ["FIN"])

# HH27 - 13 year old vaping suspension, shoplifting
box("HH27", A, "2025-03-17", "green", WRN,
    "Jayden (13) had a one day suspension for vaping in the toilets at Wrenhythe Academy; he "
    "says half his year do it. Both parents teetotal and very upset.",
    ["EDU-EXC"],
    [("convention", "vaping is not SUB"), ("negated", "parents teetotal")])
box("HH27", A, "2025-03-17", "yellow", WRN,
    "Jayden and a friend caught shoplifting energy drinks and vapes in February and he was given "
    "a youth caution. Parents want help with boundaries; EHW doing six sessions with them.",
    ["CRIME", "REL-PAR"])
box("HH27", C, "2025-08-04", "blue", WRN,
    "Jayden still vapes but there have been no more suspensions or police contact. Parents "
    "using the consequences we agreed at home.",
    ["REL-PAR"],
    [("convention", "still vapes: not SUB"),
     ("negated", "no more suspensions or police contact")])

# HH28 - dad's diazepam bought online
box("HH28", A, "2025-12-08", "yellow", CPD,
    "Dad Tom, on his own with Ruby (10), was prescribed diazepam after a breakdown in the summer, "
    "but the GP thinks he is buying extra online. He sleeps through the school run; Ruby late 22 "
    "times this term and often arrives without breakfast.",
    ["SUB", "EDU-ATT", "SAFE-NEG", "MH-ADULT"],
    [("lookalike", "'prescribed' diazepam alone would not be SUB; the extra bought online is")])
box("HH28", A, "2025-12-08", "green", CPD,
    "School nurse weighing Ruby each half term as her weight has dropped below the 9th centile.",
    ["PH"])
box("HH28", C, "2026-05-11", "yellow", CPD,
    "Tom on a supervised diazepam reduction with Turning Tide and no longer buying online. Ruby "
    "hasn't been late since Easter.",
    ["SUB"],
    [("historical", "online buying stopped but supervised reduction ongoing: SUB present"),
     ("historical", "lateness over")])

# HH29 - 17 year old mum smoking cannabis
box("HH29", A, "2025-07-21", "yellow", BRK,
    "Jasmine (17) and baby Leo (9 months) live with Jasmine's mum. Jasmine smokes cannabis in "
    "the garden most evenings and the HV could smell it on her clothes. Not in education or "
    "work since she left school last summer.",
    ["SUB", "EDU-NEET"])
box("HH29", A, "2025-07-21", "green", BRK,
    "Leo's 9-12 month review: not sitting unsupported yet, HV referred him to the community "
    "paediatrician. Jasmine takes him to Stay and Play on Wednesdays.",
    ["EYD"])
box("HH29", C, "2026-01-05", "green", BRK,
    "Jasmine started the young parents' course in October with a creche place for Leo. She says "
    "she only smokes cannabis once a week now, at a friend's, never around Leo. Leo now walking.",
    ["SUB"],
    [("historical", "NEET over: on a course")])

# HH30 - dad's alcoholic liver disease, daughter caring
box("HH30", A, "2026-01-12", "yellow", SLT,
    "Dad Steve has alcohol-related liver disease and hasn't drunk since he was in hospital in "
    "2024; he goes to the liver clinic every month. Millie (14) sorts his tablets, goes to "
    "appointments with him and misses school to do it.",
    ["PH", "CARER", "EDU-ATT"],
    [("historical", "no drinking since 2024: SUB historical; the liver disease is PH")])
box("HH30", C, "2026-06-15", "blue", SLT,
    "Millie only goes with dad to the liver clinic in the school holidays now and uses the "
    "young carers app for support.",
    ["CARER", "PH"])

# ---------------------------------------------------------------- unboxed notes
note("HU01", A, "2025-05-06", SLT,
     "Call from Turning Tide: Darren came to his first key-work session and has agreed to cut "
     "down his drinking; they will breathalyse him at every session. His son Josh (8) worries a "
     "lot about dad's drinking and the school ELSA is seeing him weekly.",
     "yellow", ["SUB", "MH-CHILD"])
note("HU02", A, "2025-11-19", BRK,
     "Review child protection conference: Mollie (2) stays on a CP plan. Mum Sarah's hair strand "
     "from October showed cocaine and heavy alcohol use over the previous three months, although "
     "she told the social worker she had been clean since the summer.",
     "red", ["SUB"],
     [("negated", "'clean since the summer' contradicted by the hair strand")])
note("HU03", A, "2025-11-12", WRN,
     "HV home visit. Dad vapes outside on the balcony, mum doesn't smoke or drink. Baby Zara's "
     "weight has dropped from the 50th to the 25th centile; HV will reweigh in two weeks and has "
     "let the GP know.",
     "green", ["PH"],
     [("convention", "dad's vaping is not SUB"), ("negated", "mum doesn't smoke or drink")])
note("HU04", A, "2026-02-03", CPD,
     "Police called to the house at 1am after neighbours heard a fight. Mum's partner Wes, who "
     "lives with the family, arrested for assaulting her; mum says he drinks heavily most days "
     "and is worse when drunk. Children (5 and 8) asleep upstairs. DASH high risk, MARAC referral "
     "made.",
     "orange", ["DA", "SUB"],
     [("convention", "partner's arrest for assaulting mum is DA, not CRIME (convention 7)")])
note("HU05", C, "2026-04-14", SLT,
     "Claire says she is coping well, hasn't had a drink since the new year and finished her "
     "recovery course in January. She has started a new job. Given details of the recovery cafe "
     "in case she wants peer support later.",
     "blue", [],
     [("historical", "drinking over and course finished"),
      ("hypothetical", "recovery cafe only 'in case she wants' it")])
note("HU06", A, "2025-06-24", BRK,
     "From the school attendance officer: Brody (15) absent 40% this term. Mum says he is in his "
     "room smoking weed most evenings and she can't get him up in the mornings; they end up "
     "screaming at each other. Mum booked onto a parenting course.",
     "yellow", ["EDU-ATT", "SUB", "REL-PAR"])
note("HU07", A, "2025-09-30", WRN,
     "School nurse drop-in: Libby (15) asked for advice about her mum Kim's drinking. Kim drinks "
     "most nights and Libby often has to get her to bed. Libby says school is fine. School nurse "
     "will see her every fortnight.",
     "green", ["SUB", "CARER"],
     [("negated", "'school is fine': no education code")])

# ---------------------------------------------------------------- write files
def main():
    cols = ["narrative_id", "triage_id", "case_id", "stage", "date", "level",
            "locality", "narrative"]
    with open(os.path.join(HERE, "narratives.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(cols)
        for r in ROWS:
            w.writerow([r[c] for c in cols])
    with open(os.path.join(HERE, "gold.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "code", "level"])
        for row in GOLD:
            w.writerow(row)
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8", newline="") as f:
        json.dump(TRAPS, f, indent=1, ensure_ascii=False)
        f.write("\n")
    ntrap = sum(1 for v in TRAPS.values() if any(t["kind"] != "note" for t in v))
    print("narratives:", len(ROWS), "gold rows:", len(GOLD),
          "narratives with traps:", ntrap)


if __name__ == "__main__":
    main()
