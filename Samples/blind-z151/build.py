#!/usr/bin/env python3
"""Blind gold set Z: parents' own childhoods and histories (care experience, ACEs,
past domestic abuse, past drug use, old convictions, previous social care involvement)
written alongside the family's current situation. Invented Black Country town 'Tatbridge'.

All narratives, gold codes and trap notes live in this file, one narrative at a time.
Running it writes narratives.csv, gold.csv and traps.json next to it and prints counts.
Python 3 standard library only.
"""
import csv
import json
import os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))

CODES = ["EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD", "MH-ADULT",
         "PH", "SUB", "REL-PAR", "REL-CONF", "DA", "SAFE-NEG", "SAFE-EXP", "CRIME",
         "HOUS", "FIN", "CARER"]
LEVELS = ["blue", "green", "yellow", "orange", "red"]

CASES = {}      # case_id -> (locality, assessment date, closure date)
NARR = []       # list of dicts, in order of writing
TRAPS = {}      # narrative_id -> list of {type, code, note}


def case(cid, locality, a_date, c_date):
    CASES[cid] = (locality, a_date, c_date)


def add(nid, text, codes, traps=(), note_level=None):
    """One narrative. nid like Z001-A-yellow or Z007-A-note.
    codes: the PRESENT codes (gold). traps: (type, code, note) tuples.
    note_level: for unboxed notes with codes, the single highest current cue."""
    cid, st, box = nid.split("-")
    loc, a_date, c_date = CASES[cid]
    stage = {"A": "assessment", "C": "closure"}[st]
    level = "" if box == "note" else box
    if box == "note":
        assert (note_level in LEVELS) == bool(codes), nid
        gold_level = note_level
    else:
        assert box in LEVELS, nid
        assert note_level is None, nid
        gold_level = box
    assert len(set(codes)) == len(codes), nid
    for c in codes:
        assert c in CODES, (nid, c)
    assert all(n["narrative_id"] != nid for n in NARR), nid
    NARR.append({
        "narrative_id": nid, "triage_id": cid + "-" + st, "case_id": cid,
        "stage": stage, "date": a_date if st == "A" else c_date, "level": level,
        "locality": loc, "narrative": text, "codes": list(codes),
        "gold_level": gold_level,
    })
    if traps:
        TRAPS[nid] = [{"type": t, "code": c, "note": n} for (t, c, n) in traps]


def main():
    with open(os.path.join(HERE, "narratives.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "triage_id", "case_id", "stage", "date", "level",
                    "locality", "narrative"])
        for n in NARR:
            w.writerow([n["narrative_id"], n["triage_id"], n["case_id"], n["stage"],
                        n["date"], n["level"], n["locality"], n["narrative"]])
    rows = 0
    with open(os.path.join(HERE, "gold.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "code", "level"])
        for n in NARR:
            for c in n["codes"]:
                w.writerow([n["narrative_id"], c, n["gold_level"]])
                rows += 1
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8", newline="") as f:
        json.dump(TRAPS, f, indent=2, ensure_ascii=False)
        f.write("\n")

    code_counts = Counter(c for n in NARR for c in n["codes"])
    level_counts = Counter(n["gold_level"] for n in NARR for c in n["codes"])
    print("cases:", len(CASES))
    print("narratives:", len(NARR),
          "(assessment %d, closure %d, unboxed notes %d)" % (
              sum(n["stage"] == "assessment" for n in NARR),
              sum(n["stage"] == "closure" for n in NARR),
              sum(n["level"] == "" for n in NARR)))
    print("triages:", len({n["triage_id"] for n in NARR}))
    print("narratives with no gold rows:", sum(not n["codes"] for n in NARR))
    print("gold rows:", rows)
    print("codes:", ", ".join("%s %d" % (c, code_counts[c]) for c in CODES))
    print("levels:", ", ".join("%s %d" % (l, level_counts[l]) for l in LEVELS))
    print("trap narratives:", len(TRAPS), "trap entries:", sum(len(v) for v in TRAPS.values()))


# ---------------------------------------------------------------------------
# Batch 1: Z001-Z008
# ---------------------------------------------------------------------------

case("Z001", "Hollowmere", "2025-01-20", "2025-06-30")
add("Z001-A-yellow",
    "Kerry-Ann (24) was looked after from age 9 - two foster placements then a children's home "
    "in Netherbrook until she left care at 18. Says nobody ever showed her routines so bedtime "
    "for the kids is 'whenever they drop'. Lacey (3) hitting and biting baby Mason (10m), KA "
    "shouts at her then feels guilty. Leaving care PA (Dion) still visits monthly. EHW to start "
    "Solihull-based parenting work at home.",
    ["REL-PAR"],
    [("not-coded", "CARER", "KA's own time in care and her leaving care PA are her history/status, not a need; 'care' is not CARER and no code covers care experience.")])
add("Z001-A-orange",
    "Mason's dad Tyler released from HMP in December. His licence conditions say no contact with "
    "KA but he has messaged her on Facebook 3x since New Year asking to see Mason, last message "
    "threatening to 'turn up anyway'. Relationship ended 2023 after he assaulted her while she was "
    "pregnant (convicted ABH). DASH medium risk, police aware, IDVA referral made to Lantern.",
    ["DA"],
    [("partial", "DA", "The 2023 assault is historical but the ex's current threatening messages make DA present."),
     ("outside", "CRIME", "Tyler is an ex-partner outside the household; his licence and his offences against KA are DA only (conventions 6, 7).")])
add("Z001-C-blue",
    "KA keeping to the bath-book-bed routine from the Solihull sessions and both kids down by 7.30 "
    "most nights. Knows how to report any contact from Tyler and has her safety plan on the fridge.",
    ["REL-PAR", "DA"],
    [("convention", "REL-PAR", "Blue box, routine now being managed counts as present (convention 3)."),
     ("convention", "DA", "Blue box, safety plan against the ex being managed counts as present (convention 3).")])

case("Z002", "Brierfold", "2025-02-11", "2025-08-14")
add("Z002-A-yellow",
    "Lee (41) has been on a methadone script for 6 yrs via Tatbridge Recovery, picks up daily from "
    "the chemist, says he hasnt touched heroin since 2019. Jo (39) drank heavily in her twenties "
    "but has been teetotal since Kai was born. Kai (14) attendence 79% this year - leaves the house "
    "in uniform but doesn't always arrive.",
    ["SUB", "EDU-ATT"],
    [("convention", "SUB", "Ongoing methadone script codes SUB even though heroin use stopped in 2019 (convention 4)."),
     ("partial", "SUB", "Jo's heavy drinking in her twenties is historical; SUB comes from Lee's script only.")])
add("Z002-A-orange",
    "Kai found by police 18/1 in a stairwell at Brierfold Towers with 2 older males, had 3 wraps "
    "of cannabis and £200 in cash on him. Concerns of CCE, NRM being considered. YOS doing an out "
    "of court disposal assessment. Lee says he 'knows exactly where this leads', he was in and out "
    "of YOI himself at Kai's age.",
    ["SAFE-EXP", "CRIME"],
    [("not-coded", "SUB", "Drugs found on an exploited child are SAFE-EXP and CRIME, not SUB (convention 12)."),
     ("partial", "CRIME", "Lee's YOI history is historical; CRIME comes from Kai's current YOS involvement.")])
add("Z002-A-red",
    "Historical: Lee's eldest son (Reece, now 20) from a previous relationship was removed in 2011 "
    "and lived with his paternal aunt on an SGO. CSC closed then. Nothing current with CSC for Kai "
    "or Ellie-May (8).",
    [],
    [("historical", "-", "Removal of an older child in 2011 is past social care involvement; nothing current is described, so the red box has no gold rows."),
     ("outside", "-", "Reece is not part of this household.")])
add("Z002-C-yellow",
    "Kai finished 8 sessions with YOS worker in June, no arrests since Feb. Attendance only up to "
    "86% - still missing odd days, attendance officer continuing home visits. Lee still on his "
    "script, now on twice weekly pick-up.",
    ["EDU-ATT", "SUB"],
    [("historical", "CRIME", "YOS work finished and no arrests since February: over (convention 3)."),
     ("convention", "SUB", "Continuing methadone script codes SUB (convention 4).")])

case("Z003", "Coselton Heath", "2025-03-04", "2025-09-22")
add("Z003-A-green",
    "Alfie (6) in Y1 at Hollybank Primary, on SEN support, SENCo has referred him to the ASD "
    "pathway. Poppy (2) had her 2-2½ yr check - no concerns, chatting away and walking well.",
    ["EDU-SEND"],
    [("negated", "EYD", "Poppy's development check explicitly has no concerns.")])
add("Z003-A-yellow",
    "Danielle (32) did the ACE questionnaire with EHW, scored 7 - grew up watching her dad batter "
    "her mum, her mum drank, and she was on the child protection register herself at 11. She's "
    "been low since Poppy was born, struggles to get up some days. GP put her on sertraline in Jan, "
    "referred to Talking Therapies.",
    ["MH-ADULT"],
    [("historical", "DA", "Violence between Danielle's parents is part of her own childhood, not the current household."),
     ("outside", "SUB", "Danielle's mother's drinking: a person outside the household, and in the past (convention 6)."),
     ("historical", "MH-CHILD", "Danielle's own CP registration as a child is history and concerns the parent, not a child now.")])
add("Z003-C-green",
    "Alfie still on the waiting list for ASD assessment (approx 18 months) and SEN support carries "
    "on at school. Danielle continuing sertraline from GP, says she feels 'more like me again'. "
    "HV said Poppy might need a speech referral if she isn't putting short sentences together by 3.",
    ["EDU-SEND", "MH-ADULT"],
    [("hypothetical", "EYD", "Poppy 'might need' a referral only 'if' a future milestone is missed."),
     ("convention", "MH-ADULT", "Green box, ongoing antidepressant treatment being managed counts as present (conventions 3, 4).")])

case("Z004", "Wrenshaw", "2025-01-28", "2025-07-10")
add("Z004-A-blue",
    "Gary (38) open with EHW about his record - burglary and TWOC 2008-2010, did 18 months at HMYOI "
    "Ashcombe - nothing since. Full time with a scaffolding firm. Sophie's mum has the kids after "
    "school Tues & Thurs.",
    [],
    [("historical", "CRIME", "Convictions 2008-2010 with nothing since, no licence or probation now: historical.")])
add("Z004-A-yellow",
    "Jayden (12) had a 3 day suspension in January for swearing at a teacher and is on a behaviour "
    "report card. At home he's slamming doors, not coming in by curfew, told Sophie he hates her - "
    "Sophie thinks it started when he found out Gary isn't his birth dad. Sophie and Gary rowing "
    "about how to handle him.",
    ["EDU-EXC", "REL-PAR", "REL-CONF"],
    [("convention", "REL-CONF", "Arguments between the parents are REL-CONF; Jayden's behaviour towards Sophie is REL-PAR (convention 8).")])
add("Z004-C-yellow",
    "No further suspensions this year, Jayden working with the school learning mentor. Home - "
    "Sophie says arguments with Jayden over curfew still happen but less often, family using the "
    "home rules agreed with EHW.",
    ["REL-PAR"],
    [("historical", "EDU-EXC", "'No further suspensions': the exclusion issue is described as over."),
     ("convention", "REL-PAR", "Parent-child arguments still happening, so present even though reduced.")])

case("Z005", "Hollowmere", "2025-04-07", "2025-10-02")
add("Z005-A-yellow",
    "Charlene (29) left Kayden's dad in 2020 - he was violent and controlling - and did the Freedom "
    "Programme in 2021. He moved to Wales and there's been no contact since 2022. New partner Marcus "
    "moved in Jan. Charlene says Marcus goes through her phone and has started telling her what she "
    "can wear, which 'feels familiar'. DASH completed with EHW, standard risk. Re-referred to "
    "Freedom.",
    ["DA"],
    [("partial", "DA", "Abuse by Kayden's dad and the 2021 Freedom Programme are historical; DA is present for the current partner's controlling behaviour.")])
add("Z005-A-green",
    "Kayden (7) and Ruby-Rose (5) at Oakdene Primary, attendance 97%/98%. Ruby-Rose's eczema "
    "flaring badly, GP changed her cream, 2 dermatology appts missed since Nov.",
    ["PH"],
    [("not-coded", "EDU-ATT", "Good attendance with no need stated is pure good news (convention 3).")])
add("Z005-C-yellow",
    "Charlene on week 9 of 12 of the Freedom Programme at the family hub. Marcus moved out in July, "
    "she ended it, he hasn't been back to the house.",
    ["DA"],
    [("convention", "DA", "Ongoing Freedom Programme codes DA (convention 4) although Marcus has left.")])

case("Z006", "Brierfold", "2025-05-12", "2025-11-18")
add("Z006-A-yellow",
    "Shannon (19) and Jordan (20) both care leavers with PAs from Tatbridge leaving care team. "
    "Shannon dropped out of college in 2024 and hasn't been in work or education since, PA looking "
    "at traineeships with her. UC sanctioned in April after Jordan missed his work coach appt - "
    "they're £300 behind on the electric and living on emergency credit.",
    ["EDU-NEET", "FIN"],
    [("convention", "EDU-NEET", "Shannon is a young person aged 16+ not in education, employment or training; the code applies though she is a parent (convention 11)."),
     ("not-coded", "CARER", "Care leaver status and PAs are not an issue code."),
     ("convention", "FIN", "FIN comes from the sanction and utility arrears, not from UC being named (convention 5).")])
add("Z006-A-orange",
    "Family (incl baby Ivy, 5m) living in 1 room in a shared house. Landlord served s21 notice in "
    "April to end tenancy 30 June. Housing Options appt booked for next week.",
    ["HOUS"])
add("Z006-C-yellow",
    "Moved into 2 bed housing association flat in August. Sanction finished. Citizens Advice "
    "negotiated a repayment plan for the electric arrears, £10/wk coming off the meter.",
    ["FIN"],
    [("historical", "HOUS", "Rehoused in August: the housing need is over."),
     ("partial", "FIN", "The sanction is over but arrears are still being repaid, so FIN is present.")])
add("Z006-C-blue",
    "Shannon has a place on the hairdressing course at Tatbridge College starting January, Jordan's "
    "old foster carer Bev will have Ivy on college days.",
    ["EDU-NEET"],
    [("convention", "EDU-NEET", "Shannon is still NEET until the course starts; in a blue box the family now managing it counts as present (convention 3)."),
     ("not-coded", "CARER", "A foster carer is not a young carer (convention 12).")])

case("Z007", "Coselton Heath", "2025-02-19", "2025-07-24")
add("Z007-A-note",
    "Home visit to Natalie (33). She told me she was in care from age 4 to 16 - s20 at first, then "
    "a care order - because of her mum's heroin use, and has no contact with birth family. Lives "
    "with Harvey (9) and Isla (6), works part time at a supermarket. School say Harvey arrives "
    "hungry and has been taking food out of other children's lunchboxes, uniform not washed. "
    "Natalie says her hours were cut in Jan and she's been skipping meals so the kids can eat. Food "
    "bank voucher given today, EHW will keep visiting weekly.",
    ["SAFE-NEG", "FIN"],
    [("convention", "SAFE-NEG", "Unboxed note: level yellow from the EHW; the s20/care order cue describes Natalie's own childhood, so it does not set a red level (convention 2 read as current cues only)."),
     ("convention", "FIN", "Hungry child is SAFE-NEG and the food bank/cut hours is FIN; both coded (convention 10)."),
     ("outside", "SUB", "Natalie's mother's heroin use: outside the household and historical.")],
    note_level="yellow")
add("Z007-C-yellow",
    "Natalie back up to 30 hrs a week. Still using the food bank every other week while she pays "
    "off £410 council tax arrears.",
    ["FIN"])
add("Z007-C-green",
    "School nurse update - Harvey goes to breakfast club every day, school report no concerns now "
    "about hunger or his uniform.",
    [],
    [("negated", "SAFE-NEG", "'No concerns now about hunger or his uniform'.")])

case("Z008", "Wrenshaw", "2025-03-17", "2025-07-21")
add("Z008-A-yellow",
    "Craig (45) single dad to Logan (11). Open that his older two (now 19 & 17) were on CP plans "
    "for neglect in 2016 when he was drinking; they live with their mum in Shropshire. Sober since "
    "2018, doesn't go to any groups now. Works nights at a distribution centre - Logan is on his own "
    "in the flat overnight 3 nights a week and gets himself up for school. Attendance 84%, mostly "
    "Mondays.",
    ["SAFE-NEG", "EDU-ATT"],
    [("historical", "SUB", "Drinking stopped in 2018 and no current treatment: historical."),
     ("partial", "SAFE-NEG", "The 2016 neglect CP plans concern older children elsewhere (historical); SAFE-NEG is present for Logan's lack of overnight supervision."),
     ("not-coded", "FIN", "Working nights/shifts is not FIN (convention 5).")])
add("Z008-C-yellow",
    "Craig swapped to days in May so Logan no longer on his own at night. Attendence up to 93% but "
    "still late 2 or 3 mornings a week, school have given him a breakfast club place. Craig knows he would "
    "have to let EHW know if he ever had to go back on nights.",
    ["EDU-ATT"],
    [("historical", "SAFE-NEG", "Logan 'no longer' left alone: over."),
     ("hypothetical", "SAFE-NEG", "A return to nights is only a possibility ('if he ever').")])

# ---------------------------------------------------------------------------
# Batch 2: Z009-Z016
# ---------------------------------------------------------------------------

case("Z009", "Hollowmere", "2025-06-02", "2026-01-15")
add("Z009-A-orange",
    "Tyler (15) permanently excluded from Wrenshaw Academy in May for bringing a knife on site. Now "
    "at the Beacon Centre PRU on a part time timetable (3 mornings). Referral order from YOS for the "
    "knife. Mum's partner Dean is on probation for drink driving.",
    ["EDU-EXC", "EDU-ATT", "CRIME"],
    [("convention", "EDU-ATT", "Part-time timetable is EDU-ATT alongside the exclusion (EDU-EXC)."),
     ("convention", "CRIME", "Youth justice (referral order) and a household adult on probation are both CRIME (convention 7)."),
     ("not-coded", "SUB", "A drink-driving offence is not itself described as alcohol misuse; not SUB.")])
add("Z009-A-yellow",
    "Tyler smoking weed every day, says it 'chills him out'. Leanne (mum) has her own history - "
    "heavy cocaine use in her 20s, 2 yrs in prison for PWITS in 2017, clean since and licence ended "
    "2020. Says she is 'terrified he's going down the same road'. Tyler referred to Aspire young "
    "people's drug service.",
    ["SUB"],
    [("partial", "SUB", "Leanne's cocaine use is historical; SUB is present for Tyler's daily cannabis use."),
     ("historical", "CRIME", "Leanne's 2017 sentence and licence ended 2020: historical.")])
add("Z009-C-orange",
    "Tyler still at Beacon Centre, full time since Sept. Referral order runs to Feb, YOS say he's "
    "engaging well.",
    ["CRIME", "EDU-EXC"],
    [("historical", "EDU-ATT", "Part-time timetable ended: full time since September."),
     ("convention", "EDU-EXC", "Still in PRU provision following the permanent exclusion: the exclusion's consequence is current."),
     ("convention", "CRIME", "Referral order still running: youth justice present (convention 7).")])

case("Z010", "Coselton Heath", "2025-07-08", "2025-12-09")
add("Z010-A-yellow",
    "Amira (23) arrived in the UK alone at 15 and was looked after by Tatbridge until 18, still has "
    "a leaving care PA. Has nightmares and flashbacks from the journey - GP diagnosed PTSD, she's on "
    "the waiting list for trauma therapy with the refugee health team. Very isolated, no family in "
    "this country.",
    ["MH-ADULT"],
    [("not-coded", "MH-CHILD", "Trauma and PTSD here are the parent's: MH-ADULT, not MH-CHILD, though the trauma began when she was a child."),
     ("not-coded", "CARER", "Having been looked after and having a leaving care PA is not CARER and not a need code.")])
add("Z010-A-green",
    "Yonas (14m) 1 yr review by HV: not pulling to stand yet and not much babble. HV referred to "
    "physio, review in 3 months. Amira is 24 wks pregnant, booked with midwife and going to "
    "antenatal.",
    ["EYD"],
    [("not-coded", "PH", "A routine pregnancy with antenatal care is not a health issue; the physio referral is for Yonas's development (EYD).")])
add("Z010-C-yellow",
    "Amira started trauma-focused CBT in October (12 sessions). Baby Selam born in November, both "
    "well.",
    ["MH-ADULT"])

case("Z011", "Brierfold", "2025-02-24", "2025-09-29")
add("Z011-A-yellow",
    "Summer (10) does a lot for mum Tracey since her COPD got worse - gets her inhalers and tablets "
    "out, does the washing and most of the tea. Tracey on oxygen at night now. Stepdad Wayne works "
    "away Mon-Fri. Referred Summer to Tatbridge Young Carers. Tracey open about her past: her 3 older "
    "children were adopted 2008-2012 after care proceedings when she was drinking heavily - sober "
    "11 yrs and says she'd 'never go back there'.",
    ["CARER", "PH"],
    [("historical", "SUB", "Tracey's drinking ended 11 years ago."),
     ("historical", "-", "Care proceedings and adoption of older children 2008-2012: past social care involvement, children outside the household."),
     ("not-coded", "FIN", "Working away is not FIN (convention 5).")])
add("Z011-A-green",
    "Teacher says Summer is tired in class and has fallen asleep twice. Attendance fine at 95%. GP "
    "to see Summer about her tiredness.",
    ["PH"],
    [("convention", "PH", "Tiredness/sleep at school age is PH (convention 9)."),
     ("not-coded", "EDU-ATT", "Attendance described as fine.")])
add("Z011-C-blue",
    "Summer goes to young carers club every other week and has a young carer card so school know. "
    "Tracey now has a care package - a carer comes in every morning.",
    ["CARER", "PH"],
    [("convention", "PH", "Tracey's care package is ongoing support for her physical health, being managed (conventions 3, 4)."),
     ("partial", "CARER", "CARER is coded for Summer as a young carer; the paid carer coming in is not CARER (convention 12).")])

case("Z012", "Wrenshaw", "2025-09-01", "2026-02-16")
add("Z012-A-red",
    "Strategy meeting 27/8 after Kacey (14) was missing overnight and police found her at a flat in "
    "Tatbridge with two adult men. S47 under way. Phone shows Snapchat contact with older men she's "
    "never met.",
    ["SAFE-EXP"],
    [("not-coded", "CRIME", "Police finding a missing child is safeguarding, not CRIME; the men are outside the household (conventions 6, 7).")])
add("Z012-A-orange",
    "Lisa (mum, 34) told EHW she was groomed and sexually exploited herself between 13 and 15 and "
    "'can see it all happening again'. Having panic attacks most days, been back to her GP. Kacey "
    "has been cutting her arms, CAMHS referral made.",
    ["MH-ADULT", "MH-CHILD"],
    [("historical", "SAFE-EXP", "Lisa's own exploitation as a teenager is historical; this box does not itself describe Kacey's current exploitation.")])
add("Z012-C-orange",
    "No missing episodes since October. Kacey still open to CAMHS, self-harm less frequent. Kacey "
    "still getting messages on Snapchat from adults she doesn't know - she showed Lisa, reported "
    "via CEOP.",
    ["MH-CHILD", "SAFE-EXP"],
    [("partial", "SAFE-EXP", "Missing episodes are over, but unsolicited online contact from unknown adults is current (online safety).")])
add("Z012-C-red",
    "S47 concluded Oct - not to ICPC, CIN plan instead. CIN closed Jan 2026 and stepped down to EH.",
    [],
    [("historical", "-", "Only concluded/closed statutory processes are described; no issue area is named, so no gold rows.")])

case("Z013", "Hollowmere", "2025-04-22", "2025-10-06")
add("Z013-A-yellow",
    "Ryan (31) has been Jack's sole carer since Kelsey left in Feb. Constant rows over contact - "
    "Kelsey turns up at weekends wanting to take Jack, ends up with them shouting on the doorstep. "
    "No violence from either side, both say. Ryan wants a court order. Referred to family mediation.",
    ["REL-CONF"],
    [("negated", "DA", "'No violence from either side': arguments over contact are REL-CONF (convention 8)."),
     ("not-coded", "CARER", "'Sole carer' is the parent, not a young carer (convention 12).")])
add("Z013-A-green",
    "Jack (4) at Little Oaks nursery, keyworker says he isn't dry yet and still needs "
    "reminding to go. Talks well. Ryan grew up in foster care from 6 and says nursery staff are 'the nearest "
    "thing to family' he's got.",
    ["EYD"],
    [("convention", "EYD", "Under-5 toileting is EYD (convention 9); 'talks well' negates speech."),
     ("historical", "CARER", "Ryan's foster care is his own childhood; not CARER.")])
add("Z013-C-yellow",
    "Mediation done - 2 joint sessions and a parenting plan agreed: Kelsey has Jack alternate "
    "weekends, handovers at the family hub. Ryan says no arguments since August. "
    "If it breaks down again he'd go back to mediation before court.",
    [],
    [("hypothetical", "REL-CONF", "'If it breaks down again': conditional only."),
     ("historical", "REL-CONF", "'No arguments since August' with an agreed plan: over (convention 3; yellow box, so 'managing' does not apply).")])

case("Z014", "Coselton Heath", "2025-10-13", "2026-04-20")
add("Z014-A-orange",
    "Ollie (9) has hit Sarah several times when she says no to the Xbox, she has bruising on both "
    "arms. Neighbour called police in Sept when he was smashing up the kitchen, NFA. Sarah says the "
    "shouting reminds her of Connor's dad - that relationship ended in 2015 when Connor (now 18, "
    "lives independently) was on a CP plan because of the DV. No DA concerns with current partner "
    "Mark.",
    ["REL-PAR", "CRIME"],
    [("convention", "REL-PAR", "Child-to-parent violence is REL-PAR, not DA (convention 8)."),
     ("convention", "CRIME", "Police called out about the child's behaviour: CRIME is added (conventions 7, 8)."),
     ("historical", "DA", "DV from Connor's dad ended 2015; current partner: no DA concerns (negated).")])
add("Z014-A-yellow",
    "Ollie on the ADHD pathway since March, paed appt due December. 2 suspensions this term (kicking "
    "a TA, throwing a chair). SENCo applying for an EHC needs assessment.",
    ["EDU-SEND", "EDU-EXC"])
add("Z014-C-yellow",
    "Ollie diagnosed ADHD in Dec, meds started Jan, EHCP agreed in March. No suspensions since "
    "Christmas. Sarah completed the NVR parenting group - outbursts much less but he still lashes "
    "out at her once or twice a week.",
    ["EDU-SEND", "REL-PAR"],
    [("historical", "EDU-EXC", "'No suspensions since Christmas': over."),
     ("not-coded", "PH", "ADHD medication sits under EDU-SEND here, not PH.")])

case("Z015", "Wrenshaw", "2025-04-14", "2025-11-03")
add("Z015-A-orange",
    "Aaron (29) released from HMP Calderbrook in March, on licence until Sept 2026 and seeing "
    "probation weekly. Previous for robbery (2014) and supply (2021). Chelsea says he's 'changed' "
    "and wants to do it right for baby Ava (3m).",
    ["CRIME"],
    [("partial", "CRIME", "Old convictions are historical, but an adult household member on licence is CRIME now (convention 7).")])
add("Z015-A-yellow",
    "Aaron grew up in residential care from 12, no family. Chelsea's older two struggling with him "
    "moving in - Brooke (8) won't go to bed for him and screams 'you're not my dad'. Aaron admits "
    "he's never lived with kids before. Household on UC; Aaron signed up to the Second Chance "
    "prison leavers employment scheme to find work.",
    ["REL-PAR", "FIN"],
    [("convention", "FIN", "UC alone would not be FIN (convention 5); adult worklessness with employment support is."),
     ("not-coded", "CARER", "Aaron's residential care is his own history.")])
add("Z015-C-yellow",
    "Aaron got full time labouring work through Second Chance in July. Brooke's bedtimes settled "
    "with the reward chart, still the odd 'you're not my dad' row with Aaron.",
    ["REL-PAR"],
    [("historical", "FIN", "Aaron now in full-time work: worklessness over.")])

case("Z016", "Hollowmere", "2025-05-27", "2025-11-10")
add("Z016-A-note",
    "Call from HV re Gemma (22) and baby Finley (8 wks). Gemma was on a CP plan herself as a "
    "teenager and is scared Finley will be 'taken off her'. HV has no safeguarding concerns - "
    "lovely bond, feeding well. Gemma's mood is low, EPDS 14 at GP and she's been started on an "
    "antidepressant. HV doing listening visits.",
    ["MH-ADULT"],
    [("convention", "MH-ADULT", "Unboxed note: level green from HV/GP; Gemma's own teenage CP plan is history and is not a current red cue (convention 2)."),
     ("hypothetical", "SAFE-NEG", "Fear of Finley being removed is a worry, with no safeguarding concerns: negated/hypothetical.")],
    note_level="green")
add("Z016-C-green",
    "Gemma still on her antidepressant from GP, mood much brighter. Finley's 6-8 month review fine.",
    ["MH-ADULT"],
    [("convention", "MH-ADULT", "Green box, ongoing treatment being managed counts as present (conventions 3, 4).")])

# ---------------------------------------------------------------------------
# Batch 3: Z017-Z024
# ---------------------------------------------------------------------------

case("Z017", "Brierfold", "2025-08-11", "2025-12-15")
add("Z017-A-red",
    "Police referral to CSC in July after Kirsty (32) got a Clare's Law disclosure: new partner "
    "Steve has a 2016 conviction for assaulting an ex. Single assessment done - no incidents between "
    "Kirsty and Steve, Maisie (7) and Leo (5) say they like him. CSC closed 8/8 with step down to EH.",
    [],
    [("historical", "DA", "Steve's 2016 assault was on a former partner outside the household, and is historical; no incidents in this household (negated)."),
     ("historical", "CRIME", "A 2016 conviction with no current licence/probation is historical.")])
add("Z017-A-yellow",
    "Maisie (7) wetting the bed most nights since Steve moved in, GP referring to the enuresis "
    "clinic. Kirsty says she has no worries about Steve's behaviour but would like to know where to "
    "go if she ever did - given Lantern's leaflet and helpline.",
    ["PH"],
    [("convention", "PH", "Bedwetting at school age is PH (convention 9)."),
     ("hypothetical", "DA", "'No worries' plus information 'if she ever did': negated/hypothetical.")])
add("Z017-C-green",
    "Maisie seen at enuresis clinic, using an alarm, dry 4-5 nights out of 7.",
    ["PH"],
    [("convention", "PH", "Green box, still being managed with the alarm: present (convention 3).")])

case("Z018", "Coselton Heath", "2025-03-10", "2025-09-08")
add("Z018-A-orange",
    "Donna (42) disclosed relapse - back on heroin since Christmas after 5 yrs clean, using 'couple "
    "of times a week' while Jade is at school. Re-engaged with Tatbridge Recovery, script restarted. "
    "Her older two were placed with her mum under an SGO in 2014 due to her drug use. Consultation "
    "with CSC front door - TAF plan in EH, re-refer if there's any use while Jade is in her care.",
    ["SUB"],
    [("historical", "-", "The 2014 SGO for older children is past social care involvement outside the household."),
     ("hypothetical", "SAFE-NEG", "'Re-refer if there's any use while Jade is in her care' is conditional.")])
add("Z018-A-yellow",
    "Jade (13) late most days, says she's staying up to make sure mum's ok. She's doing the shopping "
    "and reminding Donna to go for her script. Head of Year worried Jade is the one holding it all "
    "together.",
    ["EDU-ATT", "CARER", "SUB"],
    [("convention", "CARER", "Jade's caring responsibilities for her mother make her a young carer."),
     ("convention", "SUB", "The box's own text shows Donna is on an ongoing script, which codes SUB (convention 4); coded from this text alone, not carried over from the orange box (convention 1).")])
add("Z018-A-green",
    "Rent account £620 in arrears. Donna on ESA. Housing officer aware and holding off while a "
    "payment plan is sorted.",
    ["FIN"],
    [("convention", "FIN", "ESA alone is not FIN (convention 5); the rent arrears are."),
     ("not-coded", "HOUS", "No notice or risk of losing the home is described; the landlord is holding off.")])
add("Z018-C-yellow",
    "Jade linked with Tatbridge Young Carers, goes to their Saturday group. Lateness improving - 4 "
    "lates this half term. Donna on daily supervised buprenorphine, tests clear since April.",
    ["CARER", "EDU-ATT", "SUB"],
    [("convention", "SUB", "Ongoing buprenorphine treatment codes SUB though tests are clear (convention 4)."),
     ("convention", "EDU-ATT", "Lateness improving but still occurring: present.")])

case("Z019", "Wrenshaw", "2025-11-03", "2026-03-09")
add("Z019-A-yellow",
    "Kayleigh (26) and Josh arguing most days, mainly about his mates always being round and who "
    "does what in the house. Both say it's never physical and neither is scared of the other. "
    "Kayleigh grew up with her dad beating her mum and says 'this isn't that'. Bella (6) has told "
    "her teacher mummy and daddy 'shout loud'. Referred to Reducing Parental Conflict programme.",
    ["REL-CONF"],
    [("negated", "DA", "Never physical, neither scared: parental arguments are REL-CONF (convention 8)."),
     ("historical", "DA", "Violence between Kayleigh's own parents is her childhood history.")])
add("Z019-A-green",
    "Archie (2) 2 yr check - about 10 words, HV referred to SALT and the Chatterbox group. Black "
    "mould in the kids' bedroom, HV has written to the landlord.",
    ["EYD", "HOUS"])
add("Z019-C-yellow",
    "Kayleigh & Josh did 6 RPC sessions, say they are 'talking not shouting' now but still argue at "
    "weekends.",
    ["REL-CONF"])

case("Z020", "Hollowmere", "2025-06-16", "2025-12-01")
add("Z020-A-yellow",
    "Zayn (16) finished Y11 in June with no plan, hasn't applied for college, stays in his room "
    "gaming. Dad Imran was laid off from the warehouse in April, nobody in the house working now.",
    ["EDU-NEET", "FIN"],
    [("convention", "FIN", "FIN for the adult/household worklessness, not for Zayn being NEET (convention 11).")])
add("Z020-A-orange",
    "Imran disclosed about £8k of gambling debt on credit cards - he has self-excluded from betting "
    "apps through GamStop. Enforcement agent letter for council tax arrears. Imran's daughter from "
    "his first marriage (Aisha, 14) lives with her mum in Leeds; there was CSC involvement in 2019 "
    "over contact, no contact since.",
    ["FIN"],
    [("not-coded", "SUB", "Gambling debts are FIN, not SUB (convention 10); 'self-excluded' is not a school exclusion."),
     ("not-coded", "EDU-EXC", "'Self-excluded' refers to gambling apps."),
     ("historical", "REL-CONF", "2019 contact dispute over a child outside the household, no contact since.")])
add("Z020-A-green",
    "Nadia has type 2 diabetes, controls it with diet and metformin, sees the practice nurse every "
    "6 months.",
    ["PH"],
    [("convention", "PH", "Green box, condition being managed counts as present (convention 3).")])
add("Z020-C-yellow",
    "Zayn on a Level 1 motor vehicle course at Tatbridge College since Sept, attending well. Imran "
    "doing agency shifts 3 days a week. StepChange debt management plan in place, paying £120 a "
    "month.",
    ["FIN"],
    [("historical", "EDU-NEET", "Zayn in college since September: NEET over."),
     ("partial", "FIN", "Imran in work, but the debt management plan is ongoing: FIN present.")])

case("Z021", "Brierfold", "2025-09-15", "2026-02-23")
add("Z021-A-yellow",
    "Tommy (11) refusing school since starting Y7 at Brierfold Academy, in for 11 of the last 30 "
    "sessions. Says his stomach hurts every morning - GP found nothing physical wrong and thinks "
    "it's anxiety. School nurse involved.",
    ["EDU-ATT", "MH-CHILD"],
    [("negated", "PH", "GP found nothing physical wrong; the stomach aches are attributed to anxiety (MH-CHILD).")])
add("Z021-A-orange",
    "Roxanne (30) smokes cannabis most nights after Tommy's in bed 'to switch off', has done since "
    "she was in care at 14, doesn't see it as a problem. She also vapes.",
    ["SUB"],
    [("partial", "SUB", "Vaping is not SUB (convention 12); SUB comes from the cannabis use only."),
     ("not-coded", "CARER", "'In care at 14' is Roxanne's own history.")])
add("Z021-C-yellow",
    "Tommy on a phased return, in 4 days a week now, seeing the ELSA weekly. Roxanne cut cannabis "
    "down to weekends and has had 2 appts at Tatbridge Recovery.",
    ["EDU-ATT", "MH-CHILD", "SUB"],
    [("convention", "EDU-ATT", "Phased return (part-time) still in place: present."),
     ("convention", "MH-CHILD", "Weekly ELSA support is an ongoing emotional wellbeing service (convention 4).")])

case("Z022", "Coselton Heath", "2025-01-13", "2025-08-04")
add("Z022-A-orange",
    "Liam, Stacey and 4 kids (1-10 yrs) in a 2 bed maisonette - kids 2 to a room, baby Kian in with "
    "parents. On housing register band 2. Section 8 notice served Dec for £1,400 rent arrears.",
    ["HOUS", "FIN"])
add("Z022-A-yellow",
    "Liam (34) low since he was laid off in Oct, barely leaves the sofa. Told EHW he went into care at 7 when his dad went to prison and 'never thought I'd be the "
    "dad who can't provide'. Stacey says his conviction for affray in 2011 stops him getting jobs. "
    "GP appt booked.",
    ["MH-ADULT", "FIN"],
    [("historical", "CRIME", "The 2011 affray conviction is historical; its current effect is on work (FIN), not offending."),
     ("outside", "CRIME", "Liam's father's imprisonment: outside the household and historical."),
     ("convention", "FIN", "Adult worklessness after being laid off is FIN (convention 11).")])
add("Z022-C-orange",
    "DHP awarded, arrears now £300 and landlord withdrew the s8. Still overcrowded, bidding on 3 beds "
    "every week.",
    ["HOUS", "FIN"],
    [("partial", "HOUS", "The possession notice is withdrawn, but overcrowding continues: HOUS present."),
     ("partial", "FIN", "Arrears reduced to £300 but not cleared: FIN present.")])

case("Z023", "Wrenshaw", "2025-03-25", "2025-09-30")
add("Z023-A-note",
    "Joint visit with SW - Mia-Grace (2) on a CIN plan. Abbie (20) was a looked after child until "
    "18 and still sees her old foster carer. Mia-Grace only going to nursery 2 days of 5. Dirty "
    "nappies on the lounge floor and nothing in the cupboards except a box of cereal today. Abbie's "
    "partner Kane is on bail for assaulting her in Feb, bail conditions say no contact.",
    ["EYD", "SAFE-NEG", "DA"],
    [("convention", "DA", "Partner's assault on the adult victim and bail are DA only, not CRIME (convention 7)."),
     ("convention", "EYD", "Unboxed note: red from the current CIN plan (convention 2); Abbie having been looked after is history and not the cue."),
     ("not-coded", "CARER", "'Foster carer' is not CARER (convention 12).")],
    note_level="red")
add("Z023-C-note",
    "Review with SW. CIN plan closed in Sept and case stepped down to EH. Home much improved, food "
    "in, Mia-Grace at nursery 5 days. Kane convicted in July, restraining order in place. Abbie goes "
    "to Lantern's DA survivors group every Tuesday.",
    ["DA"],
    [("convention", "DA", "Unboxed note: the CIN plan is described as closed, so it is not a current red cue; the highest current cue is early help / one extra service (Lantern) = yellow (convention 2)."),
     ("historical", "SAFE-NEG", "Home conditions and food described as improved/resolved."),
     ("historical", "EYD", "Nursery take-up now full: resolved."),
     ("not-coded", "CRIME", "Kane's conviction for assaulting Abbie is DA only (convention 7).")],
    note_level="yellow")

case("Z024", "Hollowmere", "2025-05-06", "2025-11-24")
add("Z024-A-green",
    "Riley (8) has an EHCP for ASD with 1:1 TA at Moorcroft Primary, SENCo pleased with progress. "
    "Jodie mentioned she was under CAMHS herself at 15 for self-harm but says that's 'long behind "
    "her'.",
    ["EDU-SEND"],
    [("historical", "MH-CHILD", "Jodie's CAMHS involvement at 15 is the parent's past; 'CAMHS' here does not code MH-CHILD.")])
add("Z024-A-yellow",
    "Meltdowns at home 3-4 times a week, Riley bit Jodie in April. Won't settle at night, often up "
    "till 11. Jodie referred to Cygnet parenting programme.",
    ["REL-PAR", "PH"],
    [("convention", "PH", "Sleep problems at school age are PH (convention 9)."),
     ("convention", "REL-PAR", "Child's behaviour at home including biting the parent is REL-PAR, not DA (convention 8).")])
add("Z024-C-blue",
    "Jodie finished Cygnet and has joined the parent carer forum, says she gets loads from the other "
    "parents. Riley's sleep sorted with melatonin from paed.",
    ["PH"],
    [("convention", "PH", "Sleep managed with ongoing melatonin: present in a blue box (conventions 3, 4)."),
     ("not-coded", "CARER", "'Parent carer' is not CARER (convention 12).")])

# ---------------------------------------------------------------------------
# Batch 4: Z025-Z030
# ---------------------------------------------------------------------------

case("Z025", "Coselton Heath", "2025-08-18", "2026-03-02")
add("Z025-A-red",
    "Kaiden (9), Lily (6) and Alfie-Jay (3) on CP plans (emotional abuse) since ICPC 5/8 after "
    "Shane strangled Toni in front of the kids. Shane arrested and remanded.",
    ["DA"],
    [("not-coded", "CRIME", "Arrest and remand of the partner for the assault on Toni are DA only (convention 7).")])
add("Z025-A-orange",
    "Toni and the children in temp accommodation (a hotel in Tatbridge) since 4/8. MARAC 14/8. Toni "
    "had a previous MARAC in 2019 with a different ex. Kids missing school since the move - hotel is "
    "2 buses from Ridgeway Primary.",
    ["HOUS", "DA", "EDU-ATT"],
    [("partial", "DA", "The 2019 MARAC is historical, but the August 2025 MARAC makes DA present.")])
add("Z025-C-orange",
    "Moved into 3 bed council house in Jan. Shane got 3 yrs in Dec, indefinite restraining order. "
    "Toni doing Lantern's Own My Life course.",
    ["DA"],
    [("historical", "HOUS", "Rehoused in January: over."),
     ("convention", "DA", "Restraining order in force and ongoing DA recovery course: present (convention 4); the sentence is DA not CRIME (convention 7).")])
add("Z025-C-green",
    "Alfie-Jay started Ridgeway nursery in Feb, goes every morning. Nursery finding him hard to "
    "understand, HV to review his speech.",
    ["EYD"],
    [("partial", "EYD", "Nursery take-up now resolved, but under-5 speech concern is present (convention 9).")])

case("Z026", "Wrenshaw", "2025-10-20", "2026-02-02")
add("Z026-A-yellow",
    "Chloe (15) being bullied in a group chat by girls in her year, one of them shared a photo of "
    "her. She's stopped going in the canteen and is tearful at home most evenings. School DSL "
    "involved.",
    ["SAFE-EXP", "MH-CHILD"],
    [("partial", "SAFE-EXP", "The bullies are outside the household but being bullied is the child's own need (taxonomy: outside mentions).")])
add("Z026-A-blue",
    "Michelle (45) did 14 months for benefit fraud in 2018, Chloe lived with her nan then. Michelle "
    "works as a carer at a nursing home now and her sister is round most days.",
    [],
    [("historical", "CRIME", "2018 sentence, nothing current: historical."),
     ("historical", "FIN", "Benefit fraud in 2018 is not a current money or benefit problem."),
     ("not-coded", "CARER", "A paid care worker is not a young carer (convention 12).")])
add("Z026-C-yellow",
    "Group chat reported to school and police, girls spoken to, no messages since November. Chloe "
    "using Kooth, still anxious on Monday mornings.",
    ["MH-CHILD"],
    [("historical", "SAFE-EXP", "'No messages since November': bullying over."),
     ("not-coded", "CRIME", "Police involvement is about other children's behaviour, not a household member's offending (conventions 6, 7).")])

case("Z027", "Coselton Heath", "2025-04-28", "2025-10-27")
add("Z027-A-orange",
    "Sinead (38) had a psychotic episode in 2015 and was sectioned - her older two (Jack & Erin) were "
    "on CIN plans and went to live with their dad. Well since, has a monthly depot injection from "
    "CMHT.",
    ["MH-ADULT"],
    [("convention", "MH-ADULT", "The 2015 episode is history, but the ongoing depot injection from CMHT codes MH-ADULT (convention 4)."),
     ("historical", "-", "CIN plans for older children in 2015 are past social care involvement, children outside the household.")])
add("Z027-A-yellow",
    "Darcy (9) attendance 88%, lots of single days off with headaches, GP looking into migraines. "
    "Rory (4) starts school Sept - nursery say he's not toilet trained and language is limited.",
    ["EDU-ATT", "PH", "EYD"],
    [("convention", "EYD", "Under-5 toileting and language are EYD (convention 9)."),
     ("convention", "PH", "Suspected migraines under GP investigation are PH.")])
add("Z027-A-blue",
    "Jack (17) lives with his dad in Netherbrook, doing well at college, comes to see Sinead on "
    "Sundays.",
    [],
    [("outside", "EDU-NEET", "Jack lives outside the household and is in college: nothing to code.")])
add("Z027-C-blue",
    "Sinead still on her depot and goes to CMHT reviews, says she feels the most settled she has in "
    "years.",
    ["MH-ADULT"],
    [("convention", "MH-ADULT", "Blue box, ongoing treatment being managed counts as present (conventions 3, 4).")])

case("Z028", "Brierfold", "2025-09-22", "2026-01-19")
add("Z028-A-yellow",
    "Chantelle (18) left care in June and lives in a supported flat for young parents at Foxglove "
    "House. Went missing from her children's home loads at 15-16 and was flagged for county lines "
    "back then; says she's had nothing to do with that crowd since she got pregnant. Budgeting is a "
    "struggle - spent her UC advance in the first week, staff have given her food parcels twice.",
    ["FIN"],
    [("historical", "SAFE-EXP", "Missing episodes and county lines concerns were at 15-16 and have ended."),
     ("not-coded", "HOUS", "A supported flat for young parents is her current home; no housing problem, notice or risk is described."),
     ("convention", "FIN", "Food parcels and running out of money are FIN; no hungry child is described, so no SAFE-NEG (convention 10).")])
add("Z028-A-green",
    "Nevaeh (2m) HV visiting weekly - weight dropped from 50th to 25th centile, feeding plan in "
    "place. Chantelle has postnatal low mood, EPDS 13, GP aware.",
    ["PH", "MH-ADULT"],
    [("convention", "PH", "A baby's weight faltering is PH (weight), not EYD.")])
add("Z028-C-yellow",
    "Chantelle paying back the UC advance at £40 a month and does her budget with her keyworker "
    "every week. Nevaeh back on the 50th centile.",
    ["FIN"],
    [("historical", "PH", "Nevaeh's weight recovered: over.")])

case("Z029", "Wrenshaw", "2025-06-09", "2025-09-15")
add("Z029-A-note",
    "Dad (Paul, 52) phoned duty. Did 6 yrs for GBH, released 2012, and Kenzie (14) has just found "
    "out off Facebook - she won't speak to him, stays in her room and screams at him to get out when "
    "he knocks. Paul says he has nobody to talk to about it. Signposted to Family Lives helpline, "
    "Paul going to call them tonight.",
    ["REL-PAR"],
    [("historical", "CRIME", "Sentence served, released 2012: historical."),
     ("convention", "REL-PAR", "Unboxed note: the only help is signposting the parent acts on himself, so blue (convention 2); the duty call itself is not a service cue.")],
    note_level="blue")
add("Z029-C-note",
    "Follow-up call. Paul says things are back to normal with Kenzie after her nan talked to her, "
    "they went to the match together Saturday. He rang Family Lives twice and found it useful. No "
    "further support wanted.",
    [],
    [("historical", "REL-PAR", "Relationship described as back to normal: over; no gold rows and no level.")])

case("Z030", "Hollowmere", "2025-11-10", "2026-05-18")
add("Z030-A-red",
    "Strategy meeting 5/11 after Leo (7) went into school with a mark on his cheek and said dad hit "
    "him with a slipper. S47 outcome: physical chastisement, not to ICPC, CIN plan agreed.",
    ["REL-PAR"],
    [("convention", "REL-PAR", "The taxonomy has no physical-abuse code; physical chastisement by a parent is coded as parenting capacity/boundaries (REL-PAR). Not DA (between parent and child) and not SAFE-NEG (not neglect).")])
add("Z030-A-yellow",
    "Marcus (36) says his own dad 'leathered' him growing up and he 'turned out fine'. Agreed to do "
    "Triple P. Drinks 6-8 cans most nights, Hayley worried about it.",
    ["REL-PAR", "SUB"],
    [("partial", "REL-PAR", "Marcus's own childhood is history; REL-PAR is present through the agreed parenting course (convention 4)."),
     ("convention", "SUB", "6-8 cans most nights with partner concerned: alcohol misuse present.")])
add("Z030-C-yellow",
    "Marcus finished Triple P and Leo says there's been no more smacking. Drinking now weekends only "
    "but still heavy then, self referred to Tatbridge Recovery.",
    ["SUB"],
    [("historical", "REL-PAR", "Course finished and 'no more smacking': over.")])


if __name__ == "__main__":
    main()
