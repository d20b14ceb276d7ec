#!/usr/bin/env python3
"""Blind gold set Z (neighbour disputes / ASB on social-housing estates).

Holds every narrative with its gold codes and trap notes; writes
narratives.csv, gold.csv and traps.json (UTF-8, no BOM, CRLF) and prints counts.
Standard library only. Cases are appended in batches below.
"""
import csv
import json
import os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))

CODES = {
    "EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD", "MH-ADULT",
    "PH", "SUB", "REL-PAR", "REL-CONF", "DA", "SAFE-NEG", "SAFE-EXP", "CRIME",
    "HOUS", "FIN", "CARER",
}
LEVELS = ["blue", "green", "yellow", "orange", "red"]

CASES = {}   # case_id -> (locality, assessment date, closure date)
NARR = []    # dicts, in order of writing


def case(cid, locality, a_date, c_date):
    assert cid not in CASES, cid
    CASES[cid] = (locality, a_date, c_date)


def _add(cid, stage, box_level, gold_level, text, codes, traps):
    st = {"assessment": "A", "closure": "C"}[stage]
    tid = "%s-%s" % (cid, st)
    nid = "%s-%s" % (tid, box_level if box_level else "note")
    for c in codes:
        assert c in CODES, (nid, c)
    assert len(set(codes)) == len(codes), nid
    NARR.append({
        "narrative_id": nid, "triage_id": tid, "case_id": cid, "stage": stage,
        "box": box_level, "gold_level": gold_level, "text": text,
        "codes": list(codes),
        "traps": [{"type": t, "code": c, "note": n} for (t, c, n) in traps],
    })


def box(cid, stage, level, text, codes=(), traps=()):
    """A narrative written in a level box: its codes take the box level."""
    assert level in LEVELS
    _add(cid, stage, level, level, text, codes, traps)


def note(cid, stage, cue_level, text, codes=(), traps=()):
    """An unboxed note: all codes take the single highest level cue (convention 2)."""
    assert cue_level in LEVELS
    _add(cid, stage, "", cue_level, text, codes, traps)


# ---------------------------------------------------------------- batch 1: Z001-Z008

case("Z001", "Ashbrook", "2025-04-07", "2025-09-15")
box("Z001", "assessment", "green",
    "Donna reports the flat above (no.14) has music on until 3-4am most weekends and often midweek too. "
    "Kai (8) is nodding off in class per his teacher and Mia (5) wakes up crying most nights when the bass starts. "
    "Class teacher letting Kai have a quiet reading slot after lunch. Donna keeping a noise diary on the Ashbrook Homes app.",
    ["PH"],
    [("outside", "CRIME", "The noise is the neighbour's behaviour (outside the household, conv. 6); not CRIME."),
     ("convention", "PH", "Children's broken sleep at school age (Kai 8, Mia 5) is PH (conv. 9); Mia is 5 so not EYD.")])
box("Z001", "assessment", "yellow",
    "Donna worn down, tearful on the visit, says she 'can't think straight'. Has stopped going to the community cafe "
    "since the man from no.14 shouted at her on the stairwell. GP started her on sertraline 2 wks ago. No.14 declined "
    "the estate mediation offer. EHW to support Donna through the ASB reporting process and chase the housing officer.",
    ["MH-ADULT"],
    [("outside", "CRIME", "Shouting by the neighbour and his refusal of mediation are about someone outside the household.")])
box("Z001", "closure", "blue",
    "No.14 moved out in July, flat currently empty. Both kids sleeping through again, bedtime back to 7.30/8. "
    "Donna still on the sertraline, feels 'loads better' and is back at the cafe on Thursdays.",
    ["MH-ADULT"],
    [("historical", "PH", "Sleep problem described as over (sleeping through again): conv. 3 historical."),
     ("convention", "MH-ADULT", "Still on sertraline = ongoing treatment (conv. 4), now managing in a blue box (conv. 3).")])

case("Z002", "Marlpit", "2025-05-12", "2025-11-03")
box("Z002", "assessment", "yellow",
    "Tyler (14) hanging round with a group of lads by the garages on Fenwick Rd, residents complaining of shouting, "
    "footballs kicked at parked cars and wheelie bins set alight. Tyler signed an Acceptable Behaviour Contract with the "
    "housing officer and the community safety officer on 2/5. Leanne struggles to get him in at night, he ignores the 9pm "
    "curfew and swears at her when she rings him. EHW to do boundaries work with Leanne.",
    ["CRIME", "REL-PAR"],
    [("convention", "CRIME", "ASB by a household member, ABC signed: CRIME (conv. 7).")])
box("Z002", "assessment", "orange",
    "Police brought Tyler home at 1am on 20/4 after reports of youths smashing a bus shelter, not arrested. Concern he is "
    "being drawn in by older lads (18+) from the Crossway estate - new phone and \u00a3120 trainers Leanne didnt buy. "
    "TAF set up with police, school, Marlpit Homes. Referral to the exploitation hub sent.",
    ["CRIME", "SAFE-EXP"],
    [("convention", "CRIME", "Police call-out about a young person's behaviour is CRIME even without arrest (conv. 7)."),
     ("partial", "SAFE-EXP", "A current concern/risk of exploitation with indicators counts as present (a risk is a need).")])
box("Z002", "closure", "yellow",
    "ABC ended in Aug with no breaches and no further police contact since the summer. Exploitation hub closed the "
    "referral, no indicators found. Leanne using the reward chart and curfew plan, Tyler in by 9 most nights but still "
    "kicks off when asked to come off the Xbox.",
    ["REL-PAR"],
    [("historical", "CRIME", "ABC ended, no police contact since the summer: over (conv. 3)."),
     ("negated", "SAFE-EXP", "Exploitation referral closed, no indicators found.")])

case("Z003", "Kelsey Vale", "2025-03-18", "2025-08-28")
box("Z003", "assessment", "orange",
    "Family have had 3 windows smashed since Jan and dog mess and eggs pushed through the letterbox. Police attended x4; "
    "two teenage lads from no.19 arrested for criminal damage and racially aggravated harassment. Kelsey Homes agreed an "
    "urgent management transfer, family now Band A. Sana having panic attacks and won't leave the flat after dark; Amir "
    "taking time off work to do the school run.",
    ["HOUS", "MH-ADULT"],
    [("outside", "CRIME", "The arrested lads live at no.19, outside the household: not CRIME (conv. 6)."),
     ("convention", "HOUS", "Effect on the family of neighbours' harassment = management transfer / housing need: HOUS (conv. 6)."),
     ("not-coded", "FIN", "Amir taking time off work is not a money problem.")])
box("Z003", "assessment", "yellow",
    "Zara (11) withdrawn and not eating much, says she is scared someone will get in at night and has been sleeping in "
    "her parents room. Some kids at the bus stop call her names on the way to school. School counsellor offered 6 "
    "sessions, EHW to do worry work with her. Yusuf (7) and Hana (18m) - no concerns.",
    ["MH-CHILD", "SAFE-EXP"],
    [("convention", "SAFE-EXP", "Name-calling by peers is bullying, a need of the child: SAFE-EXP."),
     ("negated", "", "Yusuf and Hana: no concerns."),
     ("not-coded", "PH", "Sleeping in her parents' room is read as part of the fear (MH-CHILD); no sleep problem is stated.")])
box("Z003", "closure", "green",
    "Moved to a 3 bed house in Stanwell Heath on 14/7 under the management transfer, Amir says 'we can breathe again'. "
    "Zara finishing her counselling at school, calmer, back in her own room. New school places confirmed for Sept for "
    "both older children.",
    ["MH-CHILD"],
    [("historical", "HOUS", "Transfer completed; housing need over."),
     ("convention", "MH-CHILD", "Counselling still running = ongoing service (conv. 4), managing in a green box.")])

case("Z004", "Stanwell Heath", "2025-06-02", "2026-01-19")
box("Z004", "assessment", "orange",
    "Repeated noise complaints from the block about parties at Kerry-Ann's flat Fri-Sun, 10-15 adults, music till 5am and "
    "fights on the landing. Police attended 3 times in May. Stanwell Homes served a Notice of Seeking Possession 28/5 on "
    "ASB grounds and rent arrears of \u00a31,340. Kerry-Ann admits she is 'drinking too much' at the weekends.",
    ["CRIME", "HOUS", "FIN", "SUB"],
    [("convention", "CRIME", "Parties generating ASB complaints and police attendance are ASB by a household member: CRIME."),
     ("convention", "HOUS", "NOSP = possession notice: HOUS.")])
box("Z004", "assessment", "yellow",
    "Jade (15) says she cant sleep at weekends and goes to her nans to get away from it; attendence down to 84%, mostly "
    "Mondays. Rio (9) not collected from after-school club twice this month, school had to ring round. Kerry-Ann agreed to "
    "an assessment with Pathways drug & alcohol service.",
    ["PH", "EDU-ATT", "SAFE-NEG", "SUB"],
    [("convention", "PH", "Sleep problem of a 15-year-old: PH (conv. 9)."),
     ("convention", "SAFE-NEG", "Child not collected = supervision/basic care: SAFE-NEG."),
     ("convention", "SUB", "Drug & alcohol service assessment for the parent codes SUB (conv. 4).")])
box("Z004", "closure", "yellow",
    "Kerry-Ann attending Pathways fortnightly, down to a few cans on a Saturday. No parties since October and no new "
    "complaints from the block. Possession claim adjourned on terms, paying rent plus \u00a325/wk off the arrears (now "
    "\u00a3860). Jade's attendance back up to 97% this term.",
    ["SUB", "HOUS", "FIN"],
    [("historical", "CRIME", "No parties since October, no new complaints: over (conv. 3)."),
     ("convention", "HOUS", "Possession claim adjourned on terms is a live risk to the tenancy: HOUS present."),
     ("historical", "EDU-ATT", "Attendance back to 97%: resolved, not coded.")])

case("Z005", "Ashbrook", "2025-04-22", "2025-10-06")
note("Z005", "assessment", "orange",
    "Home visit to Gary. Dispute with next door (no.37) started over the shared path and his dog Tyson barking while Gary "
    "is on shift. On 9/4 it turned into a scuffle over the fence and Gary was arrested for common assault on the "
    "neighbour, released under investigation. Connor (13) saw it all and has been wetting the bed since, Gary has made a "
    "GP appt. Lily (6) happy at school, no worries. Gary keen on mediation so referred to Ashbrook Community Mediation, "
    "also gave him details of dog training classes.",
    ["CRIME", "PH"],
    [("convention", "CRIME", "Adult household member arrested for assaulting a neighbour: CRIME (not DA: victim is not a partner)."),
     ("convention", "PH", "Bedwetting at school age: PH (conv. 9)."),
     ("convention", "", "Unboxed: arrest is an orange cue, above mediation (yellow) and GP (green) -> orange (conv. 2)."),
     ("not-coded", "FIN", "Working shifts is not FIN (conv. 5).")])
box("Z005", "closure", "yellow",
    "3 mediation sessions with no.37 done by July, written agreement re the path and Tyson kept in the back when Gary's at "
    "work. Police NFA'd the assault in June. Connor still wet 1-2 nights a week, on the waiting list for the enuresis clinic.",
    ["PH"],
    [("historical", "CRIME", "Assault NFA'd in June and dispute settled: no current offending.")])

case("Z006", "Marlpit", "2025-07-08", "2025-12-15")
box("Z006", "assessment", "orange",
    "Long running feud between the Walsh family and the Doyles at no.8. Chantelle (16) and the Doyles' daughter have "
    "fought twice in the street, both filmed and put on TikTok. Chantelle got a youth caution for the 2nd one (ABH) and is "
    "open to YOS for 3 months. Since then she has had threats on Snapchat from Doyle cousins saying they will 'do her'. "
    "Tina has raised a Community Trigger with the council.",
    ["CRIME", "SAFE-EXP"],
    [("convention", "CRIME", "Youth caution and YOS: CRIME (conv. 7)."),
     ("convention", "SAFE-EXP", "Online threats against the young person: online safety/bullying, a need of the family (conv. 6).")])
box("Z006", "assessment", "yellow",
    "Chantelle finished Yr 11 in July with no college place, says she won't go to Fenwick College as the Doyle girls are "
    "going there. Youth Hub careers adviser booked. Tina says she stays in her room most of the day, barely eating and "
    "saying 'whats the point'.",
    ["EDU-NEET", "MH-CHILD"],
    [("convention", "EDU-NEET", "16, no college place: NEET; no FIN added (conv. 11)."),
     ("not-coded", "PH", "'Barely eating' read as part of the low mood, not a separate physical health need.")])
box("Z006", "closure", "yellow",
    "Chantelle started Level 1 Hair & Beauty at Westgate Training in Oct and is attending well. YOS work finished end of "
    "Nov. Still anxious about going into town and avoids the precinct, 4 sessions left with the Youth Hub wellbeing worker.",
    ["MH-CHILD"],
    [("historical", "EDU-NEET", "Now on a course: NEET over."),
     ("historical", "CRIME", "YOS work finished: over.")])

case("Z007", "Kelsey Vale", "2025-05-19", "2025-11-10")
note("Z007", "assessment", "green",
    "Call from Rachel. Woman in the flat below keeps banging on the ceiling and has reported them to Kelsey Homes for "
    "'stamping' - it's Harvey (4) and Poppy (2) running about in the daytime. Housing officer visited, said it's normal "
    "household noise and closed the complaint, no action against the family. 4 of them in a 1 bed flat, kids share with "
    "Rachel and Dean, on the register for a 2 bed. Rachel says it's all making her anxious, GP upped her sertraline last "
    "week. Nursery flagged Harvey's speech as behind, HV aware and will see him at his next check.",
    ["HOUS", "MH-ADULT", "EYD"],
    [("negated", "CRIME", "Complaint closed as normal household noise, no action against the family."),
     ("convention", "HOUS", "Overcrowding (4 in a 1-bed): HOUS."),
     ("convention", "", "Unboxed: a housing officer visit is not in conv. 2's orange list; highest cue GP/HV/nursery -> green.")])
box("Z007", "closure", "green",
    "Harvey started at Kelsey Vale Nursery School in Sept, small group speech sessions there each week and now using short "
    "sentences. Still on the housing register for a 2 bed, no bids successful yet.",
    ["EYD", "HOUS"])
box("Z007", "closure", "blue",
    "No more contact from downstairs since the complaint was closed. Rachel says her anxiety is 'manageable', uses the "
    "Headspace app and walks with her sister most days.",
    ["MH-ADULT"],
    [("convention", "MH-ADULT", "Anxiety now being managed with own resources: present in a blue box (conv. 3).")])

case("Z008", "Stanwell Heath", "2025-02-10", "2025-07-21")
box("Z008", "assessment", "orange",
    "Neighbour at no.22 has made repeated complaints about Oscar (10) screaming and banging during meltdowns, and has "
    "shouted abuse at Natalie and Oscar in the car park and put notes through the door calling him 'feral'. Stanwell Homes "
    "reviewed - no action against the family, neighbour given a warning. Police logged 2 disability hate incidents. "
    "Natalie now keeps the curtains shut and only goes out when she has to; GP diagnosed anxiety and depression in Jan.",
    ["MH-ADULT"],
    [("outside", "CRIME", "The warning and hate incidents concern the neighbour, not a household member."),
     ("negated", "HOUS", "Housing took no action against the family: no tenancy risk."),
     ("not-coded", "EDU-SEND", "Meltdowns are mentioned but no education/SEN need is described in this box.")])
box("Z008", "assessment", "yellow",
    "Oscar has an EHCP and is in the resource base at Holm Lane Primary. SENCo says he has been much more dysregulated "
    "since the incidents, 2 fixed term suspensions this term for hitting staff. Freya (13) helps with Oscar most evenings "
    "- gets him changed, does his bedtime. Referred to Stanwell Young Carers.",
    ["EDU-SEND", "EDU-EXC", "CARER"])
box("Z008", "closure", "orange",
    "Neighbour at 22 was served a Community Protection Warning in March and the harassment has stopped. Oscar had 2 more "
    "suspensions in June; SENCo has called an early annual review of the EHCP and is asking the LA about a specialist "
    "placement.",
    ["EDU-EXC", "EDU-SEND"],
    [("outside", "CRIME", "CPW served on the neighbour: outside the household.")])
box("Z008", "closure", "yellow",
    "Freya going to Young Carers fortnightly, still does Oscar's bedtime most nights. Natalie on the waiting list for "
    "Talking Therapies.",
    ["CARER", "MH-ADULT"],
    [("convention", "MH-ADULT", "Waiting list for Talking Therapies codes MH-ADULT (conv. 4, awaiting a service).")])

# ---------------------------------------------------------------- batch 2: Z009-Z016

case("Z009", "Ashbrook", "2025-08-04", "2025-12-08")
box("Z009", "assessment", "orange",
    "Shannon was given a written tenancy warning in July after neighbours reported shouting and banging at night. She has "
    "now disclosed this is her ex, Lee, turning up drunk and kicking the door in; he was arrested 27/7 for criminal damage "
    "and breaching the non-mol. DASH medium risk. Housing withdrew the warning once they knew and have fitted a door cam "
    "and letterbox guard through Sanctuary.",
    ["DA"],
    [("convention", "CRIME", "Ex-partner's offences against the adult victim (damage, breach of non-mol) are DA only (conv. 7)."),
     ("negated", "HOUS", "Tenancy warning withdrawn: no current housing risk."),
     ("outside", "SUB", "Lee's drinking: ex-partner outside the household (conv. 6).")])
box("Z009", "assessment", "yellow",
    "Logan (7) started wetting the bed again and won't sleep in his own room since the door incident. Ava (2) at Little "
    "Acorns 15hrs, no concerns from nursery. Shannon referred to the Freedom Programme, starts Sept.",
    ["PH", "DA"],
    [("convention", "PH", "Bedwetting/sleep at school age: PH (conv. 9)."),
     ("convention", "DA", "Freedom Programme referral codes DA (conv. 4)."),
     ("negated", "EYD", "Ava: no concerns from nursery.")])
box("Z009", "closure", "green",
    "Shannon finished the Freedom Programme in Nov. Lee moved to Leeds in Sept and there has been no contact since. "
    "Logan dry for 2 months. Ava's 2-2\u00bd yr review: HV says her speech is a little behind, she's starting the "
    "Chatterbox group at nursery.",
    ["EYD"],
    [("historical", "DA", "Programme finished, ex moved away, no contact since Sept: over (conv. 3)."),
     ("historical", "PH", "Dry for 2 months: over.")])

case("Z010", "Kelsey Vale", "2025-09-22", "2026-02-02")
box("Z010", "assessment", "yellow",
    "A group of 8-10 teenagers sit on the wall outside the house most evenings, throwing stones at the windows and "
    "shouting names at Ethan (13) because he is 'weird'. Ethan is autistic, on SEN support at Kelsey Academy. He has missed "
    "14 days since the start of term and has panic attacks on school mornings. GP has referred to CAMHS, awaiting triage.",
    ["SAFE-EXP", "EDU-SEND", "EDU-ATT", "MH-CHILD"],
    [("convention", "SAFE-EXP", "Targeted and called names by peers: bullying, a need of the child (conv. 6)."),
     ("convention", "MH-CHILD", "Awaiting CAMHS triage codes MH-CHILD (conv. 4)."),
     ("outside", "CRIME", "The stone-throwing youths are not household members.")])
box("Z010", "assessment", "orange",
    "Neighbourhood Police Team and the Kelsey Homes ASB officer have put a dispersal order on the green; two of the group "
    "have been given ABCs. Joanne says she's too scared to ring in again since a brick came through the front room window "
    "on 15/9. Window boarded by housing, still waiting on the glazing a week later.",
    ["HOUS"],
    [("outside", "CRIME", "ABCs given to youths outside the household: not CRIME."),
     ("not-coded", "MH-ADULT", "Being too scared to report is fear, but no mental health need is described."),
     ("convention", "HOUS", "Smashed window still boarded awaiting repair = disrepair of the home, effect on the family (conv. 6).")])
box("Z010", "closure", "yellow",
    "Ethan on a part-time timetable (mornings) since Nov, building up, attended 80% of his sessions. CAMHS CBT started in "
    "Jan. No incidents outside the house since the dispersal order; window reglazed in Oct. Grace (17) at college, doing well.",
    ["EDU-ATT", "MH-CHILD"],
    [("convention", "EDU-ATT", "Part-time timetable: EDU-ATT."),
     ("historical", "SAFE-EXP", "No incidents since the dispersal order: over."),
     ("historical", "HOUS", "Window reglazed: over.")])

case("Z011", "Marlpit", "2025-03-03", "2025-08-11")
box("Z011", "assessment", "red",
    "Strategy meeting 26/2 after police attended a DA incident - Wayne strangled Michelle in the kitchen with Kayden (11) "
    "and Summer (8) in the house. ICPC booked 12/3. Wayne is also subject to an ASB injunction (granted 12/2) banning him "
    "from approaching the family at no.5 after months of threats, incl setting his dog on their son. He's on probation for "
    "an assault in 2023.",
    ["DA", "CRIME"],
    [("convention", "DA", "Strangulation of his partner is DA only (conv. 7)."),
     ("convention", "CRIME", "Separate offending: ASB injunction re neighbours and current probation supervision (conv. 7)."),
     ("historical", "CRIME", "The 2023 assault itself is past, but probation is current so CRIME stands.")])
box("Z011", "assessment", "orange",
    "Michelle says she has stopped going to the shop because people on the estate blame her for Wayne, and the son from "
    "no.5 spat at her last week. She drinks a bottle of wine most nights 'to cope'. Kayden is getting into fights at school, "
    "one day suspension on 17/2.",
    ["SUB", "EDU-EXC"],
    [("outside", "CRIME", "Spitting by the neighbour's son: outside the household."),
     ("not-coded", "MH-ADULT", "'To cope' describes the drinking; no mental health condition is stated.")])
box("Z011", "closure", "red",
    "Kayden and Summer on CP plans (emotional abuse) since 12/3. Wayne moved out in March and has bail conditions not to "
    "contact Michelle. Michelle doing the Freedom Programme and attending Marlpit Recovery for her drinking.",
    ["DA", "SUB"],
    [("outside", "CRIME", "Wayne has moved out; his offending is no longer a household member's (conv. 6)."),
     ("convention", "DA", "Freedom Programme ongoing and bail conditions protecting Michelle: DA present (conv. 4).")])

case("Z012", "Stanwell Heath", "2025-10-13", "2026-02-23")
box("Z012", "assessment", "orange",
    "Dog warden and Stanwell Homes visited after neighbours complained about constant barking and dog mess on the shared "
    "balcony. Inside: dog faeces on kitchen and bedroom floors, no sheet or duvet on Ruby's bed, very little food in the "
    "cupboards. One of the 2 XL bullies bit a neighbour's child on the stairs on 2/10 and police seized it; Jamie "
    "interviewed under caution for a dangerous dog offence.",
    ["SAFE-NEG", "CRIME"],
    [("convention", "SAFE-NEG", "Home conditions and little food in the home: SAFE-NEG (conv. 10)."),
     ("convention", "CRIME", "Household member interviewed under caution (dangerous dog) plus dog nuisance: CRIME."),
     ("outside", "PH", "The bitten child is a neighbour's: not PH for this family.")])
box("Z012", "assessment", "yellow",
    "Kirsty says money is very tight since Jamie's UC was sanctioned in Sept, they've used St Mark's food bank 3 times. "
    "Kirsty and Jamie rowing about money, he has gone to his brother's twice to cool off. Ruby (3) not taking up her "
    "nursery place. Bailey (9) late most days, 23 lates this term.",
    ["FIN", "REL-CONF", "EYD", "EDU-ATT"],
    [("convention", "FIN", "UC sanction (benefit problem) and food bank: FIN (conv. 5, 10)."),
     ("convention", "REL-CONF", "Parental arguments with no abuse described: REL-CONF (conv. 8).")])
box("Z012", "closure", "yellow",
    "Home conditions much better - remaining dog rehomed in Dec, EHW visits show clean floors and beds made up. UC "
    "sanction finished, Jamie on a forklift course via the Job Centre. Ruby started nursery in Jan, 3 mornings. Bailey's "
    "lateness down to 1-2 times a week.",
    ["FIN", "EDU-ATT"],
    [("historical", "SAFE-NEG", "Home conditions described as resolved."),
     ("convention", "FIN", "Jamie out of work on Job Centre employment support: worklessness/employment support is FIN."),
     ("historical", "EYD", "Ruby now attending nursery: take-up resolved."),
     ("partial", "EDU-ATT", "Lateness reduced but still 1-2 times a week: still present.")])

case("Z013", "Ashbrook", "2025-01-27", "2025-07-14")
box("Z013", "assessment", "orange",
    "Jordan (14) 3 suspensions at Ashbrook High this year for fighting, mostly with boys from his block since the dispute "
    "between the 2 families spilled over into school. School proposing a managed move to Greenhill Academy. Jordan also got "
    "a Community Resolution in Dec for keying a neighbour's car.",
    ["EDU-EXC", "CRIME"],
    [("convention", "CRIME", "Community Resolution for criminal damage by a household member: CRIME.")])
box("Z013", "assessment", "yellow",
    "Sharon and Jordan argue constantly, he has punched a hole in his door and pushed her into the wall once. Sharon wants "
    "help with his behaviour, referred to the NVR parenting group.",
    ["REL-PAR"],
    [("convention", "DA", "Child-to-parent violence with no police involvement is REL-PAR only, not DA or CRIME (conv. 8).")])
box("Z013", "assessment", "green",
    "Sharon works nights at a care home, no money worries. Jordan's asthma well controlled with inhalers, GP asthma review "
    "in Jan.",
    ["PH"],
    [("negated", "FIN", "No money worries; night work is not FIN (conv. 5)."),
     ("convention", "PH", "Asthma being managed: present in a green box (conv. 3).")])
box("Z013", "closure", "yellow",
    "Managed move to Greenhill went through in April and made permanent in June, no suspensions there. Sharon finished NVR "
    "in May and says there's been no pushing since, but they still argue over his phone and bedtimes.",
    ["REL-PAR"],
    [("historical", "EDU-EXC", "Managed move completed, no suspensions since: over."),
     ("partial", "REL-PAR", "Pushing stopped but arguments continue: REL-PAR still present.")])

case("Z014", "Kelsey Vale", "2025-06-16", "2025-11-24")
box("Z014", "assessment", "yellow",
    "Beata says the teenage sons at no.11 shout abuse at her in the street ('go back home') and have let her car tyres down "
    "twice. Filip (9) won't play out any more and has been clingy and tearful at bedtime. Zofia (15) walks the long way "
    "round to school to avoid the house. EHW allocated, referral to Victim Support made.",
    ["MH-CHILD"],
    [("outside", "CRIME", "The harassers are the neighbour's sons: not CRIME."),
     ("not-coded", "SAFE-EXP", "Harassment is aimed at Beata (an adult), not described as bullying of a child; Zofia's detour is avoidance only."),
     ("convention", "MH-CHILD", "Filip clingy and tearful: emotional wellbeing.")])
box("Z014", "assessment", "green",
    "Beata works 30hrs at a laundry, no debts. Zofia has a hearing impairment and wears 2 hearing aids, audiology review "
    "at the hospital in Aug.",
    ["PH"],
    [("negated", "FIN", "No debts."),
     ("not-coded", "EDU-SEND", "Hearing impairment described as health only; no education provision mentioned.")])
box("Z014", "closure", "green",
    "Council served a Community Protection Notice on the two lads in Sept, no incidents since. Filip playing out with "
    "friends again and settling fine at night. Zofia had her audiology review, new aids fitted, school nurse has updated "
    "her care plan.",
    ["PH"],
    [("historical", "MH-CHILD", "Filip playing out and settling: over."),
     ("outside", "CRIME", "CPN served on the neighbours' sons.")])

case("Z015", "Marlpit", "2025-04-14", "2025-10-27")
box("Z015", "assessment", "orange",
    "Callum (17) and Mason (15) both named in residents' complaints about a group smoking cannabis and riding e-scooters "
    "through the precinct. Callum arrested 3/4 with a bag of weed on him, charged, YOS assessment booked; he admits he "
    "smokes most days. Mason stop-searched twice by police, nothing found, NFA.",
    ["CRIME", "SUB"],
    [("convention", "SUB", "Callum's own daily cannabis use with no exploitation described: SUB (conv. 12 only applies to exploited children)."),
     ("convention", "CRIME", "Arrest/charge/YOS of a household member: CRIME.")])
box("Z015", "assessment", "yellow",
    "Callum dropped out of college in Feb, no work or course, in bed till 2pm most days. Lorraine has MS and uses a "
    "wheelchair outdoors (gets PIP, no money problems); she relies on Mason for the shopping and help getting in and out "
    "of the bath. Mason's attendance 88%.",
    ["EDU-NEET", "PH", "CARER", "EDU-ATT"],
    [("convention", "FIN", "PIP with no money problem is not FIN (conv. 5); NEET alone adds no FIN (conv. 11)."),
     ("not-coded", "PH", "Callum in bed till 2pm is read as part of being NEET, not a sleep problem; PH is coded for Lorraine's MS.")])
box("Z015", "closure", "orange",
    "Callum got a 6 month referral order in May and completed it early in Sept. Mason given an ABC in Aug after riding a "
    "scooter at a PCSO, one breach recorded in Oct. Residents association still raising the group at the precinct.",
    ["CRIME"],
    [("historical", "CRIME", "Callum's order completed; CRIME is coded for Mason's current ABC and breach.")])
box("Z015", "closure", "yellow",
    "Callum on a traineeship with Marlpit Builders since Sept, says he has cut down on the weed but still smokes at "
    "weekends. Adult social care OT out to see Lorraine re her MS, carers now come in twice a day so Mason no longer does "
    "Mum's personal care, still does the big shop.",
    ["SUB", "PH", "CARER"],
    [("historical", "EDU-NEET", "On a traineeship: NEET over."),
     ("convention", "CARER", "'Carers' (paid adult carers) alone is not CARER (conv. 12); CARER coded because Mason still does the shopping."),
     ("partial", "SUB", "Cut down but still using weekly: present.")])

case("Z016", "Stanwell Heath", "2025-05-06", "2025-09-29")
note("Z016", "assessment", "yellow",
    "Spoke to Amy on the phone. Falling out with the family across the landing since the kids fell out, she says there "
    "have been words on the stairs but nothing physical between the adults. Leo (6) says the boy from that flat hits him "
    "in the playground, school have put a lunchtime plan in. Isla (3) still in nappies day and night, HV gave Amy a toilet "
    "training pack. Both mums have agreed to try Stanwell Mediation, referral sent.",
    ["SAFE-EXP", "EYD"],
    [("not-coded", "REL-CONF", "A dispute between Amy and a neighbour is not parental conflict; not coded."),
     ("convention", "SAFE-EXP", "Leo hit by a peer at school: bullying of the child (conv. 6)."),
     ("convention", "", "Unboxed: mediation is a yellow cue (conv. 2), above HV/school (green) -> yellow.")])
box("Z016", "closure", "green",
    "Isla dry in the day since July, still in a pull-up at night, HV happy with progress. Leo moved into a different class "
    "in Sept and says nobody hits him now.",
    ["EYD"],
    [("partial", "EYD", "Toileting still in progress at night with HV oversight: now managing, present in green (conv. 3)."),
     ("historical", "SAFE-EXP", "Hitting has stopped.")])

# ---------------------------------------------------------------- batch 3: Z017-Z024

case("Z017", "Ashbrook", "2025-02-17", "2025-07-07")
box("Z017", "assessment", "orange",
    "Kacey (15) has been having groups of older teens back to the flat while Gemma is on nights - neighbours reporting loud "
    "music, bottles smashed off the balcony and people weeing in the lift. Police called out 3x in Jan. Kacey reported "
    "missing twice, both times found at a 19 yr old male's flat in Kelsey Vale; return home interviews done. Ashbrook "
    "Homes issued Gemma a formal ASB warning on the tenancy.",
    ["CRIME", "SAFE-EXP", "HOUS"],
    [("convention", "CRIME", "Police call-outs about the young person's parties/ASB: CRIME (conv. 7)."),
     ("convention", "SAFE-EXP", "Missing episodes to an older male's flat: SAFE-EXP."),
     ("convention", "HOUS", "Formal ASB warning on the tenancy = current risk to the tenancy: HOUS.")])
box("Z017", "assessment", "yellow",
    "Harley (11) is left alone overnight when Gemma's on shift and Kacey is out. Gemma says she can't drop the night "
    "shifts. Harley is quiet in class, school say he's keeping up.",
    ["SAFE-NEG"],
    [("convention", "FIN", "Working night shifts is not FIN (conv. 5)."),
     ("not-coded", "MH-CHILD", "'Quiet in class' with school reporting he is keeping up: no wellbeing need stated.")])
box("Z017", "closure", "red",
    "Kacey open to Ashbrook CSC on a Child in Need plan (s17) due to CSE concerns, SW allocated. No missing episodes since "
    "April. Gemma moved to day shifts in May. ASB warning on the tenancy expired in June, no complaints since March.",
    ["SAFE-EXP"],
    [("partial", "SAFE-EXP", "Missing episodes stopped but CSE concerns are current (CIN plan): present."),
     ("historical", "HOUS", "Tenancy warning expired: over."),
     ("historical", "CRIME", "No complaints since March: over."),
     ("not-coded", "SAFE-NEG", "Move to day shifts implies supervision resolved; no neglect described.")])

case("Z018", "Kelsey Vale", "2025-08-18", "2026-01-12")
box("Z018", "assessment", "yellow",
    "Craig (ex army, PTSD) finds the neighbours' late night noise a trigger and has been round to complain several times, "
    "the last one ended in a shouting match on the doorstep. Craig and Laura argue a lot about how he's dealing with it, "
    "Laura has mentioned separating. Ollie (12) quiet and low, says home 'always feels tense'.",
    ["MH-ADULT", "REL-CONF", "MH-CHILD"],
    [("convention", "REL-CONF", "Parental arguments and talk of separation, no abuse: REL-CONF (conv. 8)."),
     ("not-coded", "CRIME", "A shouting match on a doorstep is not described as an offence or ASB action (the arrest is in the orange box).")])
box("Z018", "assessment", "orange",
    "Police attended 10/8 after the neighbour at no.41 reported Craig threatening him with a hammer; Craig arrested for "
    "threats to kill, bailed not to contact no.41. GP has referred him to Op Courage (veterans' MH service).",
    ["CRIME", "MH-ADULT"],
    [("convention", "CRIME", "Adult household member arrested for threats against a neighbour: CRIME (not DA).")])
box("Z018", "closure", "yellow",
    "Craig seen by Op Courage since Oct, on medication and weekly therapy. Pleaded guilty to a public order offence, "
    "12 month community order with probation. Craig and Laura did the Reducing Parental Conflict sessions in the autumn "
    "and say they're 'on the same page' now.",
    ["MH-ADULT", "CRIME"],
    [("convention", "CRIME", "Adult under probation supervision: CRIME (conv. 7)."),
     ("historical", "REL-CONF", "Sessions done and conflict described as resolved.")])
box("Z018", "closure", "green",
    "Ollie much brighter, school say he's joining in again. Evie (9) eczema under control with creams from the GP.",
    ["PH"],
    [("historical", "MH-CHILD", "Ollie brighter and joining in: low mood over."),
     ("convention", "PH", "Eczema managed with GP treatment: present in a green box (conv. 3).")])

case("Z019", "Marlpit", "2025-06-23", "2025-11-17")
box("Z019", "assessment", "green",
    "Chloe (19) lives with Jaxon (8m) in a first floor flat. Cannabis smoke comes up through the vents from no.9 most "
    "evenings and there are people coming and going all night. Jaxon has a wheezy chest, GP prescribed an inhaler last "
    "month. HV weighed him, gaining well, development on track.",
    ["PH"],
    [("outside", "SUB", "Cannabis use by the neighbours at no.9: outside the household (conv. 6)."),
     ("negated", "EYD", "Development on track.")])
box("Z019", "assessment", "yellow",
    "Chloe is \u00a3380 behind on gas and electric and tops up the meter at the shop when she can. No family nearby (her mum "
    "lives in Wales). Referrals to Citizens Advice and the Marlpit Young Parents group.",
    ["FIN"])
box("Z019", "closure", "yellow",
    "Police shut no.9 with a closure order in Sept, block is quiet now. Citizens Advice got the energy debt written off "
    "through the British Gas trust fund. Chloe goes to Young Parents every week and has made friends there.",
    [],
    [("outside", "CRIME", "Closure order on a neighbour's flat."),
     ("historical", "FIN", "Energy debt written off: over.")])
box("Z019", "closure", "green",
    "Jaxon's wheeze much better, still has the brown inhaler, GP review in March.",
    ["PH"],
    [("convention", "PH", "Still on an inhaler with GP review: managing, present in green (conv. 3).")])

case("Z020", "Stanwell Heath", "2025-09-01", "2026-03-02")
note("Z020", "assessment", "red",
    "Strategy meeting today following police attending on 29/8: Darren and two men from the flats fought on the green "
    "and Darren was arrested for wounding after producing a knife. Lexi (2) was found alone in the flat during the "
    "incident. Home conditions very poor - mattresses on the floor, rotting food in the kitchen, dog mess. s47 agreed. "
    "Tia (13) missed the first week of term, last year's attendance 71%.",
    ["CRIME", "SAFE-NEG", "EDU-ATT"],
    [("convention", "", "Unboxed: strategy meeting / s47 are red cues (conv. 2) -> red."),
     ("convention", "CRIME", "Household adult arrested for wounding neighbours: CRIME, not DA."),
     ("not-coded", "SAFE-EXP", "'Missed' school is attendance, not a missing episode.")])
box("Z020", "closure", "red",
    "Children on CP plans (neglect) since the ICPC in Oct. Stacey has ended things with Darren, he's on remand awaiting "
    "trial in April and not living at home. Stacey engaging with the SW; home much cleaner but still no beds for Tia and "
    "Brandon.",
    ["SAFE-NEG"],
    [("outside", "CRIME", "Darren is an ex-partner no longer in the household: his offending is not coded (conv. 6)."),
     ("partial", "SAFE-NEG", "Home cleaner but still no beds, CP plan for neglect: present.")])
box("Z020", "closure", "yellow",
    "Tia's attendance back up to 96% this term after the school's attendance plan. Brandon (10) has been referred to the "
    "school counsellor for anger and worry about his dad.",
    ["MH-CHILD"],
    [("historical", "EDU-ATT", "Attendance back to 96%: resolved."),
     ("convention", "MH-CHILD", "Counselling referral for anger and worry: emotional wellbeing.")])

case("Z021", "Ashbrook", "2025-10-20", "2026-02-16")
box("Z021", "assessment", "orange",
    "Ashbrook Homes served a Notice of Seeking Possession after 14 noise complaints in 6 months from the flat below, "
    "mostly Riley (7) screaming and throwing things in the evenings. Lisa 'at her wits end', crying every day, GP has "
    "signed her off work with depression. On SSP and now \u00a3600 behind with the rent.",
    ["HOUS", "MH-ADULT", "FIN", "REL-PAR"],
    [("not-coded", "CRIME", "The 'nuisance' is a 7-year-old's behaviour at home: REL-PAR, not ASB offending by a household member."),
     ("convention", "HOUS", "NOSP served: HOUS."),
     ("convention", "FIN", "Rent arrears: FIN.")])
box("Z021", "assessment", "yellow",
    "Riley on the ADHD pathway, SENCo has put an SEN support plan in place at school. Sophie (12) does most of Riley's "
    "bedtime when Lisa is too low to get up.",
    ["EDU-SEND", "CARER", "MH-ADULT"],
    [("convention", "EDU-SEND", "ADHD pathway: EDU-SEND (conv. 4)."),
     ("convention", "MH-ADULT", "'Too low to get up' states the parent's low mood.")])
box("Z021", "closure", "orange",
    "Possession hearing 3 March, Shelter caseworker representing Lisa. Arrears down to \u00a3220 after the UC housing "
    "element was backdated. Riley diagnosed ADHD in Dec and started meds, evenings calmer and no complaints from below "
    "since Christmas. Lisa back at work part time, still seeing the GP, mood 'up and down'. Sophie has joined Young Carers.",
    ["HOUS", "FIN", "EDU-SEND", "MH-ADULT", "CARER"],
    [("convention", "EDU-SEND", "ADHD diagnosis following the pathway kept as EDU-SEND (taxonomy lists ADHD assessment under EDU-SEND)."),
     ("historical", "REL-PAR", "Evenings calmer, no complaints since Christmas: over."),
     ("partial", "FIN", "Arrears reduced but still owed: present.")])

case("Z022", "Kelsey Vale", "2025-03-31", "2025-08-04")
box("Z022", "assessment", "yellow",
    "Neighbour at no.3 complained to police and housing that Idris (15) and his mates egged her door. Police checked the "
    "doorbell footage - it wasn't Idris, NFA. Idris says he's fed up of being blamed, she shouts at him whenever he walks "
    "past. Mohammed asked for EH support to manage things with next door.",
    [],
    [("negated", "CRIME", "Allegation disproved by footage, NFA: not CRIME."),
     ("outside", "SAFE-EXP", "An adult neighbour shouting is not peer bullying or exploitation."),
     ("not-coded", "MH-CHILD", "'Fed up' is not described as an emotional wellbeing need.")])
box("Z022", "assessment", "green",
    "Bilal (12) has type 1 diabetes, manages his pump himself, school nurse has an IHP in place. Idris in Yr 11, predicted "
    "good grades.",
    ["PH"],
    [("convention", "PH", "Managed long-term condition: present in a green box (conv. 3).")])
box("Z022", "closure", "blue",
    "Mohammed and the neighbour agreed through the housing officer that the boys use the side gate, things calmer. Bilal "
    "doing his own carb counting at high school.",
    ["PH"],
    [("convention", "PH", "Bilal managing his diabetes himself: present in a blue box (conv. 3).")])

case("Z023", "Marlpit", "2025-07-28", "2025-12-01")
box("Z023", "assessment", "yellow",
    "Jess (22) rarely leaves the flat since a neighbour's dog went for her and Daisy (2) in the stairwell in June - Daisy "
    "needed stitches in her leg. Jess tearful and flat, EPDS 18, HV has referred her to the Perinatal Mental Health team. "
    "Daisy missing her funded 2yr old nursery sessions because Jess won't walk her there.",
    ["MH-ADULT", "EYD"],
    [("outside", "CRIME", "The dog belongs to a neighbour."),
     ("historical", "PH", "Daisy's stitches were in June; no current injury described.")])
box("Z023", "assessment", "green",
    "Noah (6 wks) breastfeeding well, on the 50th centile. Kyle works full time and takes Daisy to the park at weekends.",
    [],
    [("not-coded", "", "Pure good news, no need stated (conv. 3).")])
box("Z023", "closure", "yellow",
    "Dog taken by the dog warden after the owner breached a Community Protection Notice. Jess still seeing the Perinatal "
    "team, on medication, going out more with a friend from baby group. Daisy back at nursery 3 days a week.",
    ["MH-ADULT"],
    [("historical", "EYD", "Daisy back at nursery: take-up resolved."),
     ("outside", "CRIME", "CPN breach by the dog's owner (a neighbour).")])

case("Z024", "Stanwell Heath", "2025-11-03", "2026-03-16")
box("Z024", "assessment", "orange",
    "Stanwell Homes got an ASB injunction against Tanya on 21/10 after months of abusive Facebook posts about her "
    "neighbour and banging on her door at night; power of arrest attached. Tanya says the neighbour 'started it' and is "
    "angry with housing. Millie (14) has been cutting her arms and told the school nurse she's embarrassed to live there; "
    "CAMHS referral accepted.",
    ["CRIME", "MH-CHILD"],
    [("convention", "CRIME", "ASB injunction against a household adult: CRIME."),
     ("not-coded", "HOUS", "No risk to the tenancy (warning, notice) is stated; the injunction is coded as CRIME only.")])
box("Z024", "assessment", "yellow",
    "Tanya has bipolar disorder, under the CMHT, not taking meds consistently. Kian (10) often stays home to 'keep an eye "
    "on Mum', 11 days absent this half term.",
    ["MH-ADULT", "EDU-ATT", "CARER"],
    [("convention", "CARER", "A child staying home to watch over a parent with mental illness is a caring responsibility.")])
box("Z024", "closure", "orange",
    "Tanya breached the injunction in Jan (arrested, held overnight, fined at court). No breaches since and the CMHT have "
    "her on a depot injection now. Millie still open to CAMHS, no self harm for 6 wks.",
    ["MH-ADULT", "MH-CHILD"],
    [("historical", "CRIME", "Breach in Jan, 'no breaches since': read as over per conv. 3."),
     ("convention", "MH-CHILD", "Still open to CAMHS: MH-CHILD (conv. 4) though self-harm has stopped.")])
box("Z024", "closure", "yellow",
    "Kian at Young Carers club on Wednesdays, attendance 98% this term.",
    ["CARER"],
    [("historical", "EDU-ATT", "98%: no attendance need now.")])

# ---------------------------------------------------------------- batch 4: Z025-Z030

case("Z025", "Kelsey Vale", "2025-05-27", "2025-10-13")
box("Z025", "assessment", "green",
    "Maureen (64) is kinship carer for her grandsons Alfie (12) and Jake (9) under an SGO. Arthritis in both knees, GP "
    "reviewing her pain relief. Boys both registered with the dentist and up to date.",
    ["PH"],
    [("convention", "CARER", "'Kinship carer' is an adult; not CARER (conv. 12).")])
box("Z025", "assessment", "yellow",
    "Alfie picked on by older kids on the estate who call him names about his mum being in prison, and they took his bike "
    "in April. Won't go to the park any more and has refused school 3 Mondays running. EHW to work with Alfie and Maureen.",
    ["SAFE-EXP", "EDU-ATT"],
    [("outside", "CRIME", "Mum in prison is outside the household (conv. 6)."),
     ("convention", "SAFE-EXP", "Picked on by older children: bullying of the child.")])
box("Z025", "closure", "green",
    "Name-calling stopped over the summer, Alfie got a new bike through the Lions and goes to youth club with a new mate. "
    "Full attendance since Sept. Maureen had a steroid injection at the GP and is on the list for a knee replacement.",
    ["PH"],
    [("historical", "SAFE-EXP", "Name-calling stopped."),
     ("historical", "EDU-ATT", "Full attendance since Sept.")])

case("Z026", "Marlpit", "2025-01-13", "2025-07-28")
box("Z026", "assessment", "red",
    "Strategy meeting 9/1: Reece (16) found in a flat in Marlpit with 20 wraps of crack and \u00a3400 cash, believed to be "
    "holding a county lines phone. NRM referral done. Neighbours have been ringing housing for weeks about cars pulling up "
    "outside at all hours. Dawn on a methadone script with Kelsey Recovery.",
    ["SAFE-EXP", "CRIME", "SUB"],
    [("convention", "SUB", "Drugs found on an exploited child are SAFE-EXP + CRIME, not SUB (conv. 12); SUB is coded for Dawn's methadone (conv. 4).")])
box("Z026", "assessment", "orange",
    "Reece not in education since leaving Marlpit Academy last July, no college place. Demi (13) being told by girls at "
    "school her brother is a 'dealer' and left out of friendship groups, she's missed 9 days this term. Marlpit Homes "
    "considering a closure order on the house.",
    ["EDU-NEET", "SAFE-EXP", "EDU-ATT", "HOUS"],
    [("convention", "SAFE-EXP", "Demi excluded and taunted by peers: bullying."),
     ("convention", "HOUS", "Landlord actively considering a closure order: a current risk to the home, not a conditional one.")])
box("Z026", "closure", "orange",
    "Reece moved permanently to his aunt's in Leicester in March under the safety plan and is working with the YOS there, no missing "
    "episodes. No closure order was applied for. Dawn still on her methadone, stable. Demi's attendance 96%.",
    ["SUB"],
    [("outside", "CRIME", "Reece now lives with his aunt, outside the household: his YOS work is not coded (conv. 6)."),
     ("negated", "HOUS", "No closure order applied for."),
     ("historical", "EDU-ATT", "Attendance 96%: resolved.")])

case("Z027", "Stanwell Heath", "2025-09-08", "2026-01-26")
box("Z027", "assessment", "yellow",
    "Kieran (8) in trouble at school for fighting, sent home for the afternoon twice after scuffles with a boy from his "
    "street; the two families have fallen out over it. At home Kieran refuses to go to bed and is on his tablet till gone "
    "midnight. Paul works shifts at the bus depot, his mum helps out. EHW to do a routine plan with Paul.",
    ["EDU-EXC", "REL-PAR"],
    [("convention", "EDU-EXC", "Behaviour at school and being sent home: EDU-EXC."),
     ("convention", "PH", "Refusing bed/tablet until midnight read as boundaries (REL-PAR), not a sleep disorder (PH)."),
     ("convention", "FIN", "Shift work is not FIN (conv. 5).")])
note("Z027", "closure", "blue",
    "Closing note. No exclusions since Oct. Bedtime 8.30 on school nights, tablet stays downstairs, Paul says it works "
    "most nights, still the odd battle at weekends. The other family moved off the street in Nov. Gave Paul the link to "
    "the school's parenting tips page.",
    ["REL-PAR"],
    [("historical", "EDU-EXC", "No exclusions since Oct."),
     ("partial", "REL-PAR", "Still the odd battle at weekends: present."),
     ("convention", "", "Unboxed: only signposting the family acts on itself -> blue (conv. 2).")])

case("Z028", "Ashbrook", "2025-02-24", "2025-08-18")
box("Z028", "assessment", "yellow",
    "Lacey (14) being targeted in a WhatsApp group set up by girls from the estate - edited photos of her shared round, "
    "messages telling her to kill herself. She's deleted her socials but is awake till 3am checking her phone, and has "
    "told Samantha she 'doesn't want to be here'. DSL informed, police aware of the messages. GP referral to CAMHS.",
    ["SAFE-EXP", "MH-CHILD", "PH"],
    [("convention", "SAFE-EXP", "Online bullying by peers: SAFE-EXP."),
     ("convention", "PH", "Awake till 3am: sleep problem at school age, PH (conv. 9)."),
     ("outside", "CRIME", "Police involvement concerns the girls' messages, not a household member.")])
box("Z028", "assessment", "green",
    "Charlie (4) started Reception in Sept, school reporting toileting accidents most days, school nurse involved. "
    "Samantha works part time at the chemist.",
    ["EYD"],
    [("convention", "EYD", "Toileting in an under-5: EYD (conv. 9) even though in Reception.")])
box("Z028", "closure", "orange",
    "CAMHS saw Lacey for 6 sessions, still low at times, open till Oct. Two girls from the group given words of advice by "
    "police. Samantha reported new messages from a fake account in July.",
    ["MH-CHILD", "SAFE-EXP"],
    [("outside", "CRIME", "Words of advice given to girls outside the household.")])
box("Z028", "closure", "green",
    "Charlie mostly dry now, the odd accident, school nurse still checking in.",
    ["EYD"],
    [("partial", "EYD", "Still the odd accident with school nurse oversight: managing, present in green (conv. 3).")])

case("Z029", "Ashbrook", "2025-06-09", "2025-12-22")
box("Z029", "assessment", "orange",
    "Kane (17) given a civil injunction under the ASB Act in May with an exclusion zone round the Ashbrook Parade shops "
    "after intimidating staff and residents. Also open to YOS on a referral order for a burglary. Not in education or "
    "work since Easter.",
    ["CRIME", "EDU-NEET"],
    [("convention", "FIN", "A 16+ NEET young person is EDU-NEET only (conv. 11).")])
box("Z029", "assessment", "yellow",
    "Steve drinking daily (8-10 cans) and lost his job at the depot in March; they're \u00a3450 behind on council tax and have "
    "had a summons. Nicola and Steve row most nights, Nicola says there's no violence and the children confirm this. "
    "Maisie (9) puts her headphones on to block it out.",
    ["SUB", "FIN", "REL-CONF"],
    [("negated", "DA", "No violence reported: arguments are REL-CONF, not DA (conv. 8)."),
     ("convention", "FIN", "Council tax arrears plus adult worklessness: FIN."),
     ("not-coded", "MH-CHILD", "Maisie's headphones describe coping, no wellbeing need stated.")])
box("Z029", "closure", "yellow",
    "Kane working with the YOS ETE worker, starts a CSCS card course in January; no breaches of the injunction. Steve "
    "with Ashbrook Alcohol Service, 3 weeks dry. Council tax arrears on a payment plan.",
    ["CRIME", "EDU-NEET", "SUB", "FIN"],
    [("convention", "CRIME", "Still open to YOS: youth justice ongoing (conv. 4, 7)."),
     ("partial", "EDU-NEET", "The course starts in January; until then he is still NEET, so present."),
     ("convention", "SUB", "Engaged with alcohol service: SUB (conv. 4)."),
     ("convention", "FIN", "Arrears still owed on a plan in a yellow box: present.")])

case("Z030", "Kelsey Vale", "2025-10-06", "2025-12-15")
note("Z030", "assessment", "blue",
    "Phone call with Priya re her request through the portal. New neighbours next door have a baby who cries in the night "
    "and there's DIY at weekends; Priya not sure whether to complain. She says her own sleep has been poor for a month, "
    "she's using earplugs. No concerns for Anaya (6), sleeping fine with a fan on. Sent the council's 'Living next door' "
    "leaflet and the online noise reporting link; Priya will talk to the neighbours first.",
    ["PH"],
    [("convention", "PH", "Parent's poor sleep: PH covers sleep of anyone in the family."),
     ("negated", "PH", "Anaya: no concerns, sleeping fine."),
     ("convention", "", "Unboxed: leaflet and link the family acts on itself -> blue (conv. 2).")])
box("Z030", "closure", "blue",
    "Priya spoke to the neighbours, the DIY is finished and the baby's sleeping better. Priya says she's sleeping OK now.",
    [],
    [("historical", "PH", "Priya sleeping OK now: over.")])

# ---------------------------------------------------------------- write the files


def main():
    ids = [n["narrative_id"] for n in NARR]
    assert len(ids) == len(set(ids)), "duplicate narrative ids"
    assert sum(1 for n in NARR if not n["box"]) <= 8, "too many unboxed notes"
    for cid in CASES:
        stages = {n["stage"] for n in NARR if n["case_id"] == cid}
        assert stages == {"assessment", "closure"}, (cid, stages)
        assert CASES[cid][1] < CASES[cid][2], cid

    nar_rows, gold_rows, traps = [], [], {}
    for n in NARR:
        loc, a_date, c_date = CASES[n["case_id"]]
        date = a_date if n["stage"] == "assessment" else c_date
        nar_rows.append([n["narrative_id"], n["triage_id"], n["case_id"], n["stage"], date,
                         n["box"], loc, n["text"]])
        for c in n["codes"]:
            gold_rows.append([n["narrative_id"], c, n["gold_level"]])
        if n["traps"]:
            traps[n["narrative_id"]] = n["traps"]

    def write(name, header, rows):
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
            w.writerow(header)
            w.writerows(rows)

    write("narratives.csv",
          ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"],
          nar_rows)
    write("gold.csv", ["narrative_id", "code", "level"], gold_rows)
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8", newline="") as f:
        json.dump(traps, f, ensure_ascii=False, indent=1)
        f.write("\n")

    triages = {n["triage_id"] for n in NARR}
    print("cases: %d, triages: %d (assessment %d, closure %d)" % (
        len(CASES), len(triages), sum(1 for t in triages if t.endswith("-A")),
        sum(1 for t in triages if t.endswith("-C"))))
    print("narratives: %d (boxed %d, unboxed notes %d, with no gold rows %d)" % (
        len(NARR), sum(1 for n in NARR if n["box"]), sum(1 for n in NARR if not n["box"]),
        sum(1 for n in NARR if not n["codes"])))
    print("gold rows: %d; narratives with trap notes: %d" % (len(gold_rows), len(traps)))
    cc = Counter(r[1] for r in gold_rows)
    print("codes: " + ", ".join("%s %d" % (c, cc[c]) for c in sorted(CODES)))
    lc = Counter(r[2] for r in gold_rows)
    print("gold levels: " + ", ".join("%s %d" % (l, lc[l]) for l in LEVELS))
    print("localities: " + ", ".join("%s %d" % kv for kv in sorted(Counter(v[0] for v in CASES.values()).items())))


if __name__ == "__main__":
    main()
