#!/usr/bin/env python3
"""Blind gold set z115: early-help step-down cases (after a CIN or CP plan ends),
invented Cumbrian town of Caldermouth, 2025-26.

All narratives, gold codes and trap notes are held here, one narrative at a time.
Writes narratives.csv, gold.csv and traps.json (UTF-8, no BOM, CRLF) and prints counts.
Standard library only.
"""
import csv
import json
import os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))

NARR = []   # dicts: id, triage, case, stage, date, level, locality, text, codes, gold_level, traps


def case(cid, locality, a_date, c_date):
    """Returns an adder bound to one case."""
    def add(stage, box, text, codes=(), traps=(), date=None, note_level=None):
        st = {"A": "assessment", "C": "closure"}[stage]
        triage = f"{cid}-{stage}"
        if box == "note":
            assert note_level in ("blue", "green", "yellow", "orange", "red") or not codes
            nid, level, gold_level = f"{triage}-note", "", note_level
        else:
            assert note_level is None
            nid, level, gold_level = f"{triage}-{box}", box, box
        NARR.append(dict(id=nid, triage=triage, case=cid, stage=st,
                         date=date or (a_date if stage == "A" else c_date),
                         level=level, locality=locality, text=text,
                         codes=list(codes), gold_level=gold_level,
                         traps=[dict(type=t, code=c, note=n) for (t, c, n) in traps]))
    return add


# ---------------------------------------------------------------- Z001
n = case("Z001", "Keldmoor", "2025-04-14", "2025-10-20")
n("A", "red",
  "CP plan ended at RCPC 02/04/25 (neglect, 14 months on plan). Step down to EH agreed - SW Gemma "
  "to come to the first TAF on 28/04 then close. All 6 unannounced visits since Jan found the "
  "home conditions acceptable.",
  [],
  [("historical", "SAFE-NEG", "Neglect is named only as the category of a plan that has ended."),
   ("convention", "SAFE-NEG", "Conv 3: 'now managing' counts as present only in blue and green boxes; "
    "acceptable home conditions in a red box describe no current need, so not coded.")])
n("A", "yellow",
  "EHW Lou picking up from SW. Tyler (8) at Scarthwaite Primary, attendence 86% this yr - mainly "
  "Mondays, and late on the days Shannon oversleeps. Shannon asking for help with routines, Tyler "
  "wont go to bed and kicks off when the tablet is taken off him. Mia (4) in Reception, no concerns "
  "from school.",
  ["EDU-ATT", "REL-PAR"],
  [("negated", "EDU-ATT", "Mia: 'no concerns from school' is negated; the EDU-ATT code comes from Tyler.")])
n("C", "blue",
  "Shannon keeping the house on top of things - uses the cleaning rota she did with Lou and her "
  "sister comes round on a Sunday to help. Tyler's attendance up to 95% since Easter, Shannon walks "
  "him in herself now.",
  ["SAFE-NEG", "EDU-ATT"],
  [("convention", "SAFE-NEG", "Conv 3: blue box, home conditions being actively managed (rota, sister's help) = present."),
   ("convention", "EDU-ATT", "Conv 3: attendance managed by an ongoing action (Mum walks him in) = present in blue.")])

# ---------------------------------------------------------------- Z002
n = case("Z002", "Ashbeck", "2025-05-06", "2025-11-24")
n("A", "red",
  "CIN closed 28/04/25. Referral in Oct 24 was Mum's drinking and the kids being left to fend for "
  "themselves in the evenings. Kerry-Anne now 9 months alcohol free and still engaging with "
  "Brackenlea Recovery (fortnightly keywork + SMART group Thursdays). SW happy threshold no longer met.",
  ["SUB"],
  [("convention", "SUB", "Conv 4: ongoing drug and alcohol service codes SUB although she is alcohol free."),
   ("historical", "SAFE-NEG", "Children left to fend for themselves is the past referral reason only.")])
n("A", "yellow",
  "Reece (14) has took on alot - gets Lily-Mae (10) up and out for school, cooks tea 3-4 nights a "
  "week while Mum is at group. Reece says he doesnt mind. Referred to Fell Young Carers for a young "
  "carers assessment.",
  ["CARER"],
  [])
n("C", "blue",
  "Kerry-Anne still goes to her Thursday SMART group under her own steam and has her relapse "
  "prevention plan on the fridge. Came off sertraline earlier this month with the GP's agreement. "
  "Reece went on the young carers residential at half term and has made mates there.",
  ["SUB", "CARER"],
  [("historical", "MH-ADULT", "'Came off sertraline' - treatment stopped, issue described as over (conv 3)."),
   ("convention", "SUB", "Conv 3/4: blue box, still attending recovery group = managing = present.")])

# ---------------------------------------------------------------- Z003
n = case("Z003", "Scarthwaite", "2025-05-27", "2026-01-12")
n("A", "red",
  "Kai (6) and Poppy (2) on CP plans Sept 24 - May 25, emotional harm following DV incidents by "
  "Liam (Kai's dad). Liam got 18 months in Feb and is due out on licence in Oct; restraining order "
  "in place for 5 yrs. Plans ended at RCPC 20/05/25.",
  ["DA"],
  [("partial", "DA", "The plans and incidents are past, but a perpetrator due for release with a restraining "
    "order in force is a current DA risk, so DA present."),
   ("convention", "CRIME", "Conv 7 and 6: an ex-partner's offences against the adult victim (and his licence) are DA only, not CRIME.")])
n("A", "orange",
  "Jodie booked on the Freedom Programme at Keldmoor Family Hub starting June. IDVA from Kestrel "
  "Women's Service staying involved until Liam's release plan is agreed. Kai has started wetting "
  "the bed again and his school (Ashbeck Infants) have put him in the nurture group as he is very "
  "anxious and clingy.",
  ["DA", "PH", "MH-CHILD"],
  [("convention", "PH", "Conv 9: bedwetting at school age (6) is PH."),
   ("convention", "DA", "Conv 4: IDVA still involved and Freedom Programme booked code DA.")])
n("C", "blue",
  "Liam released in Oct and has kept away. Jodie keeps a copy of the restraining order in her bag "
  "and there is a police marker on the address; goes to the monthly Freedom 'graduates' group. Kai "
  "dry at night since before Christmas and still sees the school ELSA on a Friday.",
  ["DA", "MH-CHILD"],
  [("convention", "DA", "Conv 3: blue box, safety measures in use and peer group ongoing = managing = present."),
   ("historical", "PH", "'Dry at night since before Christmas' - bedwetting described as over."),
   ("convention", "MH-CHILD", "Conv 4: ongoing ELSA support implies the emotional-wellbeing need.")])

# ---------------------------------------------------------------- Z004
n = case("Z004", "Greyholme", "2025-06-16", "2025-12-08")
n("A", "red",
  "CIN plan ended 11/06/25 after 9 months. Callum (15) had 6 missing episodes last winter and was "
  "found in Holmridge with £400 and 2 phones, NRM made at the time. No missing episodes from Jan up "
  "to the plan ending. Remains on a 6 month referral order with YOS till Nov.",
  ["CRIME"],
  [("historical", "SAFE-EXP", "Missing episodes and the NRM are described as last winter, none since Jan."),
   ("convention", "CRIME", "Conv 7: current referral order with YOS = CRIME.")])
n("A", "note",
  "Sat 14/06 police called out by Donna when Callum wasn't home by midnight - found around 1am at "
  "the Keldmoor flats with one of the older lads from the Holmridge group and brought home. No "
  "offences. Complex Safeguarding worker to stay on alongside EHW for 3 months.",
  ["SAFE-EXP"],
  [("convention", "CRIME", "Conv 7: police finding and returning a missing child is safeguarding, not CRIME."),
   ("convention", "SAFE-EXP", "Conv 2: unboxed note; highest cue is a police call-out -> orange.")],
  date="2025-06-16", note_level="orange")
n("A", "yellow",
  "Callum back at Keldmoor High after 2 terms at the PRU, on a part time timetable (mornings only) "
  "building up to full time by Oct half term. Donna cant get him up most days and says he just "
  "laughs at her when she tells him no.",
  ["EDU-ATT", "REL-PAR"],
  [("historical", "EDU-EXC", "The PRU placement is over; no current exclusion or behaviour issue at school."),
   ("convention", "EDU-ATT", "Part-time timetable is EDU-ATT by definition.")])
n("C", "blue",
  "Callum back full time since Oct half term and finished his referral order on 14/11. Donna and "
  "Callum agreed a 9.30 curfew on school nights which he mostly sticks to, and he shares his "
  "location with her.",
  ["REL-PAR"],
  [("historical", "EDU-ATT", "'Back full time since Oct half term' - part-time timetable over."),
   ("historical", "CRIME", "Referral order finished."),
   ("not-coded", "SAFE-EXP", "Location sharing is a family routine; no exploitation or missing is named in this text (conv 1).")])

# ---------------------------------------------------------------- Z005
n = case("Z005", "Keldmoor", "2025-06-30", "2026-01-19")
n("A", "red",
  "CP plans (neglect) from Aug 24 ended at RCPC 23/06/25. Gary on a 45ml methadone script through "
  "Brackenlea, clean tests since January. Nicola has never used. Home conditions good at every "
  "visit since Feb.",
  ["SUB"],
  [("convention", "SUB", "Conv 4: methadone script = SUB present, despite clean tests."),
   ("negated", "SUB", "Nicola 'has never used' is negated (code already present for Gary)."),
   ("historical", "SAFE-NEG", "Neglect plan ended; good home conditions in a red box are not a need (conv 3).")])
n("A", "orange",
  "5 of them in a 2 bed flat - Ellie (11) shares with Jack (7), Ava's cot is in Gary and Nicola's "
  "room. On the Caldermouth Homes list, Band B for a 3 bed. Rent arrears £1,140 and a Notice of "
  "Seeking Possession served in May.",
  ["HOUS", "FIN"],
  [])
n("A", "green",
  "Ava (9 mths) has dropped from the 50th to the 25th centile, HV weighing her fortnightly. Nicola "
  "finding it hard to move her on to lumpy food, HV given weaning advice.",
  ["EYD", "PH"],
  [("partial", "PH", "Weight faltering is physical health (PH)."),
   ("partial", "EYD", "Weaning for an under-5 is EYD; both codes apply.")])
n("C", "yellow",
  "Possession claim withdrawn - arrears cleared in Oct with a DHP award. Still waiting on a 3 bed, "
  "Ellie sleeping on the sofa some nights as she wants her own space.",
  ["HOUS"],
  [("historical", "FIN", "Arrears 'cleared' (conv 3) - FIN historical."),
   ("partial", "HOUS", "Possession claim withdrawn, but overcrowding continues -> HOUS present.")])

# ---------------------------------------------------------------- Z006
n = case("Z006", "Ashbeck", "2025-07-07", "2026-02-02")
n("A", "red",
  "CIN from Oct 24 following Leanne's admission to Rowan Ward under s2 MHA (bipolar). Ethan (12) "
  "stayed with maternal gran during the admission. Leanne discharged Dec 24, now with CMHT (care "
  "co-ordinator Mags) and on lithium, bloods monthly. CIN closed 03/07/25. Gran says she'll take "
  "Ethan again if Leanne becomes unwell.",
  ["MH-ADULT"],
  [("convention", "MH-ADULT", "Conv 4: admission is past but CMHT and lithium are ongoing -> present."),
   ("hypothetical", "MH-ADULT", "'If Leanne becomes unwell' is hypothetical; adds nothing beyond the present code."),
   ("not-coded", "PH", "Lithium blood monitoring is part of the mental health treatment, not a separate physical health need.")])
n("A", "yellow",
  "Ethan does a lot for Mum - reminds her to take her tablets, does the big shop with her on a "
  "Saturday, keeps an eye on her when she's low. Ethan and Leanne both keen on the young carers "
  "group, EHW to complete a YC assessment.",
  ["CARER", "MH-ADULT"],
  [("partial", "MH-ADULT", "'When she's low' describes Mum's current mood difficulties.")])
n("C", "blue",
  "Ethan goes to Fell Young Carers every other Tuesday and loves the trips. Leanne saw Mags last "
  "week - stable, still on lithium.",
  ["CARER", "MH-ADULT"],
  [("convention", "MH-ADULT", "Conv 3/4: stable but still under care co-ordinator and on medication = present in blue.")])

# ---------------------------------------------------------------- Z007
n = case("Z007", "Greyholme", "2025-07-14", "2026-01-26")
n("A", "red",
  "CP plans ended 07/07/25 (neglect, 11 months). Agencies agreed at RCPC that the house has been "
  "kept to a good standard for 6 months. School still raising that Harvey (9) comes in with the same "
  "unwashed uniform 2-3 days a week and has had headlice on and off since May. Steven used to drink "
  "heavily after Mum left in 2023, says he hasn't had a drink in over a year.",
  ["SAFE-NEG"],
  [("partial", "SAFE-NEG", "Home conditions improved, but hygiene (unwashed uniform, headlice) still raised -> SAFE-NEG present."),
   ("historical", "SUB", "'Used to drink', none for over a year, no service -> historical.")])
n("A", "yellow",
  "Steven very low and tearful on both home visits, self-referred to Talking Therapies in June and "
  "still waiting. Some mornings he cant get up and the kids have been late in - Harvey late 11 "
  "times last half term.",
  ["MH-ADULT", "EDU-ATT"],
  [])
n("A", "note",
  "EHW home visit 29/07 - house tidy, washer fixed now. Steven started 6 sessions of CBT with "
  "Talking Therapies last Weds. Kids at the holiday club at Greyholme Rec.",
  ["MH-ADULT"],
  [("convention", "MH-ADULT", "Conv 2: cues are an EH worker and one extra service (Talking Therapies) -> yellow."),
   ("not-coded", "SAFE-NEG", "'House tidy' is good news with no need stated in this note (conv 1, 3).")],
  date="2025-07-29", note_level="yellow")
n("C", "green",
  "Steven finished CBT in Oct, GP now reviewing his citalopram monthly. Harvey in clean uniform "
  "every day - he's taken to putting it in the wash himself on a night and Steven irons it Sundays.",
  ["MH-ADULT", "SAFE-NEG"],
  [("partial", "MH-ADULT", "CBT finished (historical) but ongoing antidepressant with GP reviews -> present (conv 4)."),
   ("convention", "SAFE-NEG", "Conv 3: green box, hygiene kept up by a described routine = managing = present.")])

# ---------------------------------------------------------------- Z008
n = case("Z008", "Scarthwaite", "2025-07-21", "2026-01-30")
n("A", "orange",
  "Amber (15) open to CAMHS since her overdose in Feb, seen fortnightly by Priya. Amber says she's "
  "still cutting about once a week. Claire and Dean have done the safety plan and lock the meds "
  "away. CIN closed 14/07/25.",
  ["MH-CHILD"],
  [])
n("A", "yellow",
  "Amber and Dean (stepdad) clash constantly - doors slammed, she tells him he's not her dad and to "
  "stay out of it. Claire feels stuck in the middle. Would like the NVR parenting group.",
  ["REL-PAR"],
  [("convention", "REL-CONF", "Conv 8: arguments between a parent figure and a child are REL-PAR, not REL-CONF.")])
n("C", "blue",
  "Amber discharged from CAMHS in Dec. Uses Kooth and her distraction box when she gets the urge, "
  "no self-harm since October. Attendance back up to 95%. Claire still waiting for her own "
  "counselling through the GP.",
  ["MH-CHILD", "MH-ADULT"],
  [("convention", "MH-CHILD", "Conv 3: CAMHS discharge and no self-harm since Oct are historical, but she is actively "
    "managing urges (Kooth, distraction box) in a blue box -> present."),
   ("not-coded", "EDU-ATT", "Bare improved figure with no need or action described in this text (conv 1, 3)."),
   ("convention", "MH-ADULT", "Conv 4: awaiting counselling codes the parent's mental health.")])

# ---------------------------------------------------------------- Z009
n = case("Z009", "Keldmoor", "2025-08-04", "2026-02-09")
n("A", "red",
  "Oakley (7m) on a CP plan from birth (pre-birth ICPC Nov 24) - concerns were Jordan's cannabis use "
  "and DV between the parents. Plan ended 28/07/25. Chantelle and Jordan split in March, Jordan "
  "lives at his mum's in Ashbeck and sees Oakley there Sat mornings, supervised by his mum. No "
  "disagreements over contact.",
  [],
  [("outside", "SUB", "Conv 6: Jordan no longer lives in the household; his cannabis use is not coded."),
   ("historical", "DA", "DV between the parents is the past plan concern; they separated in March."),
   ("negated", "REL-CONF", "'No disagreements over contact' - negated.")])
n("A", "yellow",
  "Chantelle (19) care leaver, PA from Leaving Care still involved. UC sanctioned in June for a "
  "missed appt, she has been to Keldmoor food bank twice and owes £240 on the electric. Wants help "
  "to do a budget.",
  ["FIN"],
  [("convention", "FIN", "Conv 5 and 10: UC named alongside a sanction (benefit problem), food bank and utility debt.")])
n("C", "blue",
  "Chantelle keeps her own budget planner and hasn't had any more sanctions - money tight but she's "
  "on top of the bills. Still on sertraline and says she feels 'loads better'.",
  ["FIN", "MH-ADULT"],
  [("convention", "FIN", "Conv 3: blue box, tight money managed with a budget = present."),
   ("convention", "MH-ADULT", "Conv 4: still on antidepressant -> present.")])

# ---------------------------------------------------------------- Z010
n = case("Z010", "Ashbeck", "2025-08-11", "2026-03-02")
n("A", "red",
  "CIN ended 31/07/25. Kayden (13) attendance was 41% when the plan opened in Jan, now 78% on a part "
  "time timetable at Greyholme Community School. Education welfare still involved, attendance panel "
  "booked for Sept.",
  ["EDU-ATT"],
  [("partial", "EDU-ATT", "Improved but still 78% on a part-time timetable with EWO involved -> present.")])
n("A", "orange",
  "Kayden has avoided school since Y7, gets panic attacks on the bus and in the corridors. CAMHS "
  "referral declined in May (didnt meet threshold) - school counsellor seeing him weekly. Tracy "
  "(Mum) has fibromyalgia and gets PIP, says money is fine. Kayden says two lads on the bus call "
  "him names every day.",
  ["MH-CHILD", "EDU-ATT", "PH", "SAFE-EXP"],
  [("partial", "MH-CHILD", "CAMHS declined is not an ongoing service, but panic attacks and weekly counselling are present."),
   ("convention", "FIN", "Conv 5: PIP alone is not FIN; 'money is fine' negates."),
   ("partial", "PH", "Mum's fibromyalgia is a current physical health condition of a family member."),
   ("outside", "SAFE-EXP", "The lads are outside the household, but being bullied by peers is the child's need -> SAFE-EXP.")])
n("C", "yellow",
  "Kayden full time since Jan but still misses the odd day when he's anxious - 88% this term. "
  "Counselling finished at Christmas, EHW doing a worry plan with him.",
  ["EDU-ATT", "MH-CHILD"],
  [("partial", "MH-CHILD", "Counselling finished (historical), but current anxiety with EHW worry plan -> present.")])

# ---------------------------------------------------------------- Z011
n = case("Z011", "Scarthwaite", "2025-08-18", "2026-02-16")
n("A", "yellow",
  "Stepped down from CP (physical abuse) 12/08/25, Craig completed Caring Dads in April. Craig and "
  "Natalie still finding Lewis (10) really hard - meltdowns when screens go off, he kicked a hole in "
  "his bedroom door last month. Lewis on the ADHD pathway, appt due Nov. EHW to do 1:1 work on "
  "triggers and praise.",
  ["REL-PAR", "EDU-SEND"],
  [("historical", "REL-PAR", "The CP plan and the completed Caring Dads course are historical; REL-PAR comes from the "
    "current behaviour at home."),
   ("convention", "EDU-SEND", "Conv 4: 'on the ADHD pathway' -> EDU-SEND.")])
n("A", "green",
  "Twins Isla and Freya (5) in Reception at Scarthwaite Primary. Freya still having daytime wetting "
  "accidents most days, school nurse linked in and GP has referred to the continence clinic. Isla "
  "no concerns.",
  ["PH"],
  [("convention", "EYD", "Conv 9: toileting is EYD only for under-5s; Freya is 5 and at school, so continence is PH."),
   ("negated", "PH", "Isla 'no concerns' negated.")])
n("C", "green",
  "Lewis diagnosed ADHD in Dec and started medication in Jan, school have put an SEN support plan "
  "in. Freya discharged from the continence clinic in Jan, no accidents since.",
  ["EDU-SEND"],
  [("historical", "PH", "Freya discharged, 'no accidents since' -> over."),
   ("not-coded", "PH", "ADHD medication is treatment of the SEND need; no separate illness is described.")])

# ---------------------------------------------------------------- Z012
n = case("Z012", "Greyholme", "2025-08-26", "2026-03-09")
n("A", "orange",
  "CIN closed 18/08/25. Sophie, Alfie (8) and Grace (3) moved out of the refuge into a Caldermouth "
  "Homes 2 bed in July. Ryan (ex) has a non-mol until June 26; reheard at MARAC in Aug after he "
  "messaged Sophie from a new Facebook account.",
  ["DA"],
  [("historical", "HOUS", "Refuge stay is over; now in a secure tenancy."),
   ("convention", "CRIME", "Conv 7: the ex-partner's breach against the victim is DA only.")])
n("C", "blue",
  "Sophie says she feels safe now, nothing from Ryan since the MARAC. She has the non-mol till June "
  "and a video doorbell fitted under the sanctuary scheme.",
  ["DA"],
  [("convention", "DA", "Conv 3: 'nothing since' alone would be historical, but the order and sanctuary measures are "
    "being used to keep safe -> managing in blue = present.")])
n("C", "green",
  "Grace doing her 15 hrs at Greyholme Nursery and loves it. Alfie settled at Ashbeck Juniors.",
  [],
  [("not-coded", "EYD", "Conv 1 and 3: pure good news, no need stated in this text.")])

# ---------------------------------------------------------------- Z013
n = case("Z013", "Keldmoor", "2025-09-01", "2026-03-16")
n("A", "red",
  "CIN ended 25/08/25. Gemma drug free (cocaine) since Feb 24, hair strand in May clear. Still goes "
  "to NA every Tuesday at the Keldmoor Centre and has a sponsor.",
  ["SUB"],
  [("convention", "SUB", "Conv 4: ongoing recovery support (NA, sponsor) codes SUB though drug free.")])
n("A", "orange",
  "Scott (Gemma's partner, lives with them) arrested in July for drink driving, court in Sept. "
  "Gemma thinks he's drinking most nights again - keeps finding cans in the shed. Mason (7) saw "
  "Scott being arrested.",
  ["CRIME", "SUB"],
  [("convention", "CRIME", "Conv 7: offending by a household adult = CRIME.")])
n("C", "yellow",
  "Scott got a 14 month ban and a 12 month community order, doing his unpaid work on Saturdays. "
  "Going to Brackenlea's alcohol group since Nov and says he's cut right down.",
  ["CRIME", "SUB"],
  [("convention", "CRIME", "Conv 7: adult on a community order (probation) = CRIME."),
   ("convention", "SUB", "Conv 4: alcohol group ongoing, 'cut down' not stopped -> present.")])

# ---------------------------------------------------------------- Z014
n = case("Z014", "Scarthwaite", "2025-09-15", "2026-04-13")
n("A", "orange",
  "CIN ended 09/09/25. Maisie (13) was groomed online by an adult male via Snapchat last year; he "
  "was convicted in June and there's been no contact since his arrest in Nov 24. Maisie open to "
  "CAMHS, on the waiting list for trauma-focused CBT, low in mood and told the school nurse she "
  "'feels disgusting'.",
  ["MH-CHILD"],
  [("historical", "SAFE-EXP", "Grooming ended with arrest, no contact since."),
   ("outside", "CRIME", "Conv 6: the offender is outside the household.")])
n("A", "yellow",
  "Kirsty and Andy want help with online safety - Maisie has a new phone for her birthday and they "
  "dont know how to set up controls. They argue alot between themselves about whether she should "
  "have a phone at all.",
  ["SAFE-EXP", "REL-CONF"],
  [("convention", "REL-CONF", "Conv 8: arguments between the parents = REL-CONF."),
   ("partial", "SAFE-EXP", "Online safety is a current need (SAFE-EXP covers online safety).")])
n("C", "green",
  "Maisie finished CBT in Feb and CAMHS have discharged her. Kirsty and Andy have Family Link set "
  "up and go through her phone with her every Sunday.",
  ["SAFE-EXP"],
  [("historical", "MH-CHILD", "CBT finished and discharged -> over."),
   ("convention", "SAFE-EXP", "Conv 3: green box, online safety managed by a routine = present.")])

# ---------------------------------------------------------------- Z015
n = case("Z015", "Keldmoor", "2025-09-22", "2026-03-23")
n("A", "red",
  "Step-down from CP (neglect) agreed at RCPC 16/09/25. House much improved but the back bedroom "
  "and yard still piled with bin bags and there's dog mess in the yard. Core group agreed EHW to "
  "visit unannounced monthly.",
  ["SAFE-NEG"],
  [("partial", "SAFE-NEG", "Neglect has eased but remaining home-conditions concerns are present.")])
n("A", "orange",
  "Landlord served a s21 in August, saying it's because of the state of the property. Denise and "
  "Kev worried they'll be homeless by Christmas if nothing comes up. Housing Options have them on "
  "the prevention list.",
  ["HOUS"],
  [("hypothetical", "HOUS", "Homelessness 'if nothing comes up' is hypothetical, but the s21 notice is a present HOUS need.")])
n("C", "blue",
  "Moved to a Caldermouth Homes 3 bed in Jan. Denise sticks to the cleaning schedule she did with "
  "EHW and Kev does the bins and the yard Tues and Fri.",
  ["SAFE-NEG"],
  [("historical", "HOUS", "Rehoused - the notice is over."),
   ("convention", "SAFE-NEG", "Conv 3: blue box, home conditions managed by a schedule = present.")])

# ---------------------------------------------------------------- Z016
n = case("Z016", "Ashbeck", "2025-10-06", "2026-05-11")
n("A", "orange",
  "CIN closed 29/09/25. Kieran (16) on a 9 month referral order with YOS for an assault outside the "
  "chippy in May. Smoking cannabis every day, says it's the only thing that calms him down.",
  ["CRIME", "SUB"],
  [("not-coded", "MH-CHILD", "'Calms him down' is his reason for use; no emotional-wellbeing need is described.")])
n("A", "yellow",
  "Kieran was meant to start at Caldermouth College in Sept but never enrolled. In bed till 2 most "
  "days. Next Steps adviser to meet him 14/10.",
  ["EDU-NEET"],
  [("convention", "FIN", "Conv 11: a 16+ NEET young person is EDU-NEET only.")])
n("A", "green",
  "N/A",
  [],
  [])
n("C", "yellow",
  "Kieran started 2 days a week at Ravensby Training in March but has missed the last 3 weeks, tutor "
  "says his place is at risk. Referral order completed end of March. Says he's cut the weed down to "
  "weekends.",
  ["EDU-NEET", "SUB"],
  [("partial", "EDU-NEET", "In part-time training but the place is at risk -> 'at risk of NEET' present."),
   ("historical", "CRIME", "Referral order completed."),
   ("partial", "SUB", "Cut down, not stopped -> present.")])

# ---------------------------------------------------------------- Z017
n = case("Z017", "Greyholme", "2025-10-13", "2026-04-20")
n("A", "orange",
  "CIN closed 06/10/25. Hayley and Matt separated Jan 25, lots of shouting at handovers in front of "
  "Olivia (9) and Noah (6). Police called by a member of the public to a handover at the retail park "
  "in Aug - no offences, neither parent has disclosed DA.",
  ["REL-CONF"],
  [("negated", "DA", "'Neither parent has disclosed DA' - negated; arguments are REL-CONF."),
   ("convention", "CRIME", "Conv 7: a police attendance with no offending by a household member is not CRIME.")])
n("A", "yellow",
  "Olivia picking at her skin till it bleeds and gets tearful the night before contact. School "
  "referred her to the MHST (Mind Matters) in Sept.",
  ["MH-CHILD"],
  [])
n("C", "yellow",
  "Parents did 3 sessions of mediation and now do handovers through the contact app. Still some "
  "tension over Christmas and Matt missed 2 weekends. Olivia still seeing MHST weekly, skin picking "
  "much less.",
  ["REL-CONF", "MH-CHILD"],
  [("partial", "REL-CONF", "Mediation done (historical) but tension over contact continues -> present.")])

# ---------------------------------------------------------------- Z018
n = case("Z018", "Keldmoor", "2025-10-20", "2026-04-27")
n("A", "yellow",
  "Stepped down from CIN 13/10/25. Theo (7) diagnosed ASD June 25, SENCo at Ashbeck Infants applied "
  "for an EHC needs assessment in Sept. School have sent him home early 4 times after meltdowns in "
  "class. Sienna (12) helps loads with Theo - gets him dressed, sits with him when he's dysregulated, "
  "told the school nurse she's tired and never gets time for herself.",
  ["EDU-SEND", "EDU-EXC", "CARER"],
  [("convention", "EDU-EXC", "Being sent home after behaviour in class is behaviour at school / informal exclusion -> EDU-EXC."),
   ("not-coded", "PH", "'Tired' describes the carer's strain, not a health problem; coded CARER only.")])
n("C", "blue",
  "EHCP finalised Mar 26, Theo has a 1:1 in class. Jenna gets ideas from the autism parents' "
  "WhatsApp group. Sienna goes to the young carers lunch club at school.",
  ["EDU-SEND", "CARER"],
  [])

# ---------------------------------------------------------------- Z019
n = case("Z019", "Ashbeck", "2025-11-03", "2026-03-30")
n("A", "red",
  "CP plans (neglect / parental drug use) ended 28/10/25. Stacey remains on a 60ml methadone "
  "script, supervised consumption daily at the chemist on Ashbeck Rd.",
  ["SUB"],
  [("convention", "SUB", "Conv 4: methadone script -> SUB present.")])
n("A", "green",
  "Leah (4) at Ashbeck Nursery 30 hrs. Nursery say her speech is well behind her peers, referred to "
  "SALT in Oct. Cody (10) doing well at school.",
  ["EYD"],
  [("convention", "EYD", "Conv 9: speech delay in an under-5 is EYD."),
   ("not-coded", "EDU-ATT", "Cody: pure good news (conv 3).")])
n("A", "note",
  "EHW visit. Stacey missed her script pick up Mon and Tues - chemist informed Brackenlea, she says "
  "she had a sickness bug. Fridge had milk, bread and ham in. Cody at school, Leah at nursery.",
  ["SUB"],
  [("convention", "SUB", "Conv 2: cues are an EH worker and the drug and alcohol service -> yellow."),
   ("not-coded", "SAFE-NEG", "A stocked fridge is good news, not a need."),
   ("not-coded", "PH", "A claimed sickness bug as an excuse for a missed pick-up is not a health need.")],
  date="2025-11-12", note_level="yellow")
n("C", "note",
  "Closure visit. Stacey tested positive for cocaine in Feb, Brackenlea upped her keywork to weekly. "
  "Consulted SW on duty - agreed no re-referral as kids' needs are being met, house clean and food "
  "in. Leah seeing SALT every 6 weeks.",
  ["SUB", "EYD"],
  [("convention", "SUB", "Conv 2: a duty SW consultation is not a red cue (no plan, s47 or strategy); highest cue is "
    "the drug service / SALT -> yellow."),
   ("not-coded", "SAFE-NEG", "House clean and food in: good news only.")],
  date="2026-03-24", note_level="yellow")
n("C", "green",
  "Leah (4) starting Reception at Ashbeck Primary in Sept. Nursery have done her transition plan "
  "and it includes her SALT targets.",
  ["EYD"],
  [("convention", "EYD", "Conv 9: under-5 speech (SALT targets) and school readiness -> EYD.")])

# ---------------------------------------------------------------- Z020
n = case("Z020", "Scarthwaite", "2025-11-10", "2026-05-04")
n("A", "orange",
  "CIN closed 03/11/25. Private rented house, black mould in all 3 bedrooms, Nell (1) has had 3 "
  "chest infections since Aug. Environmental Health inspected in Oct, landlord given 28 days to "
  "treat it.",
  ["HOUS", "PH"],
  [])
n("A", "yellow",
  "Josh lost his job at the boatyard in Sept. UC claimed but on the 5 week wait, £600 behind on the "
  "electric and living on emergency credit. Referred to Citizens Advice.",
  ["FIN"],
  [])
n("A", "blue",
  "Amy's mum does the school runs for Ben (12) and Tilly (9). They use the Scarthwaite community "
  "pantry on a Friday.",
  ["FIN"],
  [("convention", "FIN", "Conv 10 and 3: a community pantry is food-poverty help (FIN); used by the family in a blue box = present."),
   ("not-coded", "REL-PAR", "Grandparent doing school runs is family network, no need.")])
n("C", "yellow",
  "Landlord treated the mould in Dec but its come back in the boys room. Josh started at the "
  "creamery in Feb. CAB got them a payment plan for the electric at £20 a month.",
  ["HOUS", "FIN"],
  [("partial", "FIN", "Worklessness over, but the electricity debt is still being repaid -> FIN present."),
   ("partial", "HOUS", "Mould treated but returned -> present.")])

# ---------------------------------------------------------------- Z021
n = case("Z021", "Greyholme", "2025-11-17", "2026-02-23")
n("A", "red",
  "CP plans (emotional abuse - DA) ended 12/11/25. Dan (dad, lives at home) is 20 weeks into the "
  "Steppingstones perpetrator programme, finishes Jan. Laura says no incidents since March.",
  ["DA"],
  [("convention", "DA", "Conv 4: an ongoing perpetrator programme codes DA (like the Freedom Programme), despite "
    "'no incidents since March'.")])
n("A", "orange",
  "Police attended 16/11 after a neighbour heard shouting. Laura disclosed Dan has taken her bank "
  "card off her and checks her phone every night. DASH medium, IDVA referral made.",
  ["DA"],
  [("convention", "REL-CONF", "Conv 8: shouting that is part of coercive control is DA only."),
   ("not-coded", "FIN", "Taking her bank card is economic abuse (DA), not a money problem.")])
n("C", "orange",
  "Harper (7) quiet and withdrawn in class, teacher doing daily check-ins. Laura back with the IDVA.",
  ["MH-CHILD", "DA"],
  [("convention", "DA", "Conv 4: IDVA involvement implies DA.")])
n("C", "note",
  "Dan completed the programme in Jan but Laura disclosed this week that he is still going through "
  "her phone and has stopped her seeing her sister. Strategy meeting held 20/02, s47 started - EH to "
  "close on transfer to CSC.",
  ["DA"],
  [("convention", "DA", "Conv 2: strategy meeting and s47 are red cues -> red.")],
  date="2026-02-23", note_level="red")

# ---------------------------------------------------------------- Z022
n = case("Z022", "Keldmoor", "2025-11-24", "2026-05-18")
n("A", "red",
  "CIN closed 17/11/25. Jamie (11) lives with his nan Pat under an SGO since his mum died in 2023 "
  "(overdose). Pat is his kinship carer and gets an SGO allowance.",
  [],
  [("historical", "SUB", "Mum's drug use ended with her death in 2023; she is not in the household."),
   ("convention", "CARER", "Conv 12: a kinship carer is not CARER."),
   ("convention", "FIN", "Conv 5: an allowance alone is not FIN.")])
n("A", "yellow",
  "Jamie's attendance at Keldmoor High 82%, lots of days off with 'headaches'. Won't talk about his "
  "mum at all. Referred to Tern Tree bereavement service.",
  ["EDU-ATT", "MH-CHILD"],
  [("not-coded", "PH", "'Headaches' in quotes is the reason given for absence, doubted by the writer; not a health need.")])
n("C", "green",
  "Jamie 93% this term, still seeing Tern Tree monthly. Pat's COPD worse this winter, on oxygen at "
  "night now; Jamie picks up her prescriptions and helps her with the shopping. Registered with "
  "Fell Young Carers.",
  ["MH-CHILD", "PH", "CARER"],
  [("not-coded", "EDU-ATT", "Bare attendance figure with no need or action in this text (conv 1, 3)."),
   ("convention", "CARER", "Here a child cares for his nan -> CARER (unlike 'kinship carer').")])

# ---------------------------------------------------------------- Z023
n = case("Z023", "Ashbeck", "2025-12-01", "2026-04-06")
n("A", "yellow",
  "Stepped down from CIN 24/11/25. Jay (Danielle's partner, dad to both kids) recalled to prison in "
  "Oct for breaching his licence - he was the main earner. Danielle cant cover the rent on her own, "
  "£380 behind.",
  ["FIN", "CRIME"],
  [("convention", "CRIME", "Conv 7: a parent recalled for breaching his licence is offending by a family member; "
    "he is temporarily in custody, not outside the family (conv 6 read narrowly) -> CRIME."),
   ("convention", "HOUS", "Rent arrears are FIN; no eviction notice or housing risk is described.")])
n("A", "green",
  "Logan (5) in Reception, very upset at the gate every morning and keeps asking when Daddy is "
  "coming home. Millie (2) - HV did her 2 yr check, all fine.",
  ["MH-CHILD"],
  [("not-coded", "EYD", "Millie's check is fine: good news, no need.")])
n("C", "blue",
  "Danielle set up a repayment plan with Ashbeck Housing Assoc and is paying £10 a week off the "
  "arrears on top of the rent.",
  ["FIN"],
  [("convention", "FIN", "Conv 3: paying off arrears = managing = present.")])

# ---------------------------------------------------------------- Z024
n = case("Z024", "Greyholme", "2025-12-08", "2026-05-26")
n("A", "orange",
  "CIN closed 01/12/25 after Karen did the Who's in Charge? course. Owen (14) still lashes out when "
  "his PS5 is taken off him - pushed Karen into the door frame in Nov, police attended, NFA.",
  ["REL-PAR", "CRIME"],
  [("convention", "DA", "Conv 8: child-to-parent violence is REL-PAR, not DA."),
   ("convention", "CRIME", "Conv 8: police involved in the child-to-parent violence -> CRIME as well, despite NFA.")])
n("A", "yellow",
  "Owen on his PS5 into the early hours and Karen can't get it off him. 2 suspensions this term "
  "from Greyholme Community School for swearing at staff.",
  ["REL-PAR", "EDU-EXC"],
  [("not-coded", "PH", "Late gaming is framed as a boundaries problem, not a sleep disorder.")])
n("C", "yellow",
  "Owen on a managed move to Scarthwaite Academy since Feb, going ok so far. Still arguments at "
  "home over screen time but nothing physical since November.",
  ["EDU-EXC", "REL-PAR"],
  [("convention", "EDU-EXC", "Managed move ongoing -> EDU-EXC."),
   ("partial", "REL-PAR", "Physical incidents historical; parent-child arguments continue (conv 8) -> present."),
   ("historical", "CRIME", "No physical incident or police since November.")])

# ---------------------------------------------------------------- Z025
n = case("Z025", "Keldmoor", "2025-12-15", "2026-06-08")
n("A", "red",
  "CIN (neglect) closed 05/12/25. Becky has agoraphobia and panic attacks, most days cant get past "
  "the front door. Talking Therapies discharged her in Sept for not attending.",
  ["MH-ADULT"],
  [("partial", "MH-ADULT", "The service ended, but the condition is described as current.")])
n("A", "yellow",
  "Daisy (8) attendence 79%, misses school on the days Becky can't walk her down. A neighbour "
  "sometimes takes her. School have offered a place on the walking bus.",
  ["EDU-ATT"],
  [("outside", "EDU-ATT", "The neighbour is outside the household (conv 6) and is only a help, not a need.")])
n("A", "note",
  "EHW phone call - Becky's GP has re-referred her to Talking Therapies and upped her propranolol. "
  "Becky's sister is staying with them for a few weeks so Daisy has been in every day this week.",
  ["MH-ADULT"],
  [("convention", "MH-ADULT", "Conv 2: EH worker and Talking Therapies referral are yellow cues; GP is green -> yellow."),
   ("not-coded", "EDU-ATT", "'In every day this week' is good news, no need stated in this note.")],
  date="2025-12-19", note_level="yellow")
n("C", "blue",
  "Daisy goes in on the walking bus on days Becky can't manage it, attendance 94%. Becky doing "
  "online CBT with Talking Therapies and walked to the school gate herself twice last week.",
  ["EDU-ATT", "MH-ADULT"],
  [("convention", "EDU-ATT", "Conv 3: attendance kept up by an ongoing arrangement (walking bus) = managing = present."),
   ("convention", "MH-ADULT", "Conv 4: ongoing CBT.")])

# ---------------------------------------------------------------- Z026
n = case("Z026", "Scarthwaite", "2026-01-05", "2026-06-15")
n("A", "orange",
  "CIN closed 18/12/25. Rob disclosed online gambling - approx £8,000 on credit cards and a bailiff "
  "letter for council tax arrears. He has self-excluded from the betting apps and has an appointment "
  "with Northern Gambling Support.",
  ["FIN"],
  [("convention", "SUB", "Conv 10: gambling debts are FIN, not SUB."),
   ("not-coded", "EDU-EXC", "'Self-excluded' from betting apps is not a school exclusion.")])
n("A", "yellow",
  "Rob and Sarah rowing most nights about the money, Sarah talking about separating. Finn (13) told "
  "his tutor he goes to his room and puts his headphones on when they start.",
  ["REL-CONF"],
  [("not-coded", "MH-CHILD", "Finn's coping is described, but no emotional-wellbeing need is stated."),
   ("not-coded", "FIN", "'About the money' is the subject of the rows; no money problem is described in this box.")])
n("C", "green",
  "Debt relief order approved in March, Rob still sees the gambling support worker fortnightly. Rob "
  "and Sarah have had 4 sessions with Relationship Matters and say things are calmer at home.",
  ["FIN", "REL-CONF"],
  [("convention", "FIN", "Conv 3/10: under a DRO and in gambling support = managing = present in green."),
   ("convention", "REL-CONF", "Conv 4: ongoing couple support codes REL-CONF.")])

# ---------------------------------------------------------------- Z027
n = case("Z027", "Greyholme", "2026-01-12", "2026-06-22")
n("A", "red",
  "CP plans ended 06/01/26. Jade, Skye (3) and Rio (6 mths) in temporary accommodation at Greyholme "
  "Lodge since Oct after being evicted from a private let.",
  ["HOUS"],
  [("partial", "HOUS", "Eviction is past, but temporary accommodation is current -> present.")])
n("A", "orange",
  "Jade arrested in Nov for shoplifting nappies and formula, said she had nothing left till her UC "
  "came in. Given a community resolution.",
  ["CRIME", "FIN"],
  [("convention", "FIN", "Conv 5: UC with a described money shortfall -> FIN."),
   ("not-coded", "SAFE-NEG", "No hungry child or lack of food in the home is described.")])
n("C", "yellow",
  "Moved into a Caldermouth Homes 2 bed in April. Skye at nursery 15 hrs since Jan, still only a "
  "handful of words, nursery have put her on SEN support and referred to SALT. Not toilet trained.",
  ["EYD"],
  [("historical", "HOUS", "Rehoused in April."),
   ("convention", "EDU-SEND", "Conv 9: speech and toileting for an under-5 are EYD, even with nursery 'SEN support'.")])

# ---------------------------------------------------------------- Z028
n = case("Z028", "Scarthwaite", "2026-01-19", "2026-06-29")
n("A", "red",
  "CIN ended 13/01/26. Lee came off his methadone script in Aug 25 and Brackenlea discharged him in "
  "Oct, all tests clean since. Tasha has never used.",
  [],
  [("historical", "SUB", "Script ended and discharged, clean since -> over."),
   ("negated", "SUB", "Tasha never used.")])
n("A", "green",
  "Bella (6) has a bad stammer, SENCo at Scarthwaite Primary referred her to SALT. Tasha is type 1 "
  "diabetic, manages it herself with a pump.",
  ["EDU-SEND", "PH"],
  [("convention", "EDU-SEND", "Conv 9: speech and language for a school-age child -> EDU-SEND."),
   ("convention", "PH", "Conv 3: green box, condition self-managed = present.")])
n("A", "blue",
  "Lee back working as handyman at the Greyholme caravan park. Still goes to the SMART recovery "
  "meeting at the library on a Monday night on his own.",
  ["SUB"],
  [("convention", "SUB", "Conv 1 and 3: coded on its own text - ongoing recovery meeting in a blue box = managing = "
    "present, although the red box of the same triage describes the drug use as over."),
   ("not-coded", "FIN", "Being in work is good news, not FIN.")])
n("C", "green",
  "SALT block finished in May, Bella stays on SEN support for her stammer and school reviewing each "
  "term.",
  ["EDU-SEND"],
  [("partial", "EDU-SEND", "SALT block over, but SEN support continues -> present.")])

# ---------------------------------------------------------------- Z029
n = case("Z029", "Ashbeck", "2025-12-22", "2026-05-05")
n("A", "red",
  "Harley (12) came home from s20 foster care on 01/09/25 after 8 months. Was accommodated due to "
  "his violence towards Nikki - no incidents since he's been home. CIN plan stays open until the "
  "step-down meeting on 07/01/26.",
  [],
  [("historical", "REL-PAR", "Child-to-parent violence is the past reason for accommodation, none since."),
   ("convention", "CARER", "Conv 12: foster care is not CARER.")])
n("A", "orange",
  "Harley open to CAMHS for attachment work, fortnightly. YOS prevention worker involved after he "
  "was caught shoplifting with older lads in Oct. On a behaviour report at Keldmoor High after 3 "
  "internal exclusions this half term.",
  ["MH-CHILD", "CRIME", "EDU-EXC"],
  [("convention", "CRIME", "Conv 7: youth justice (YOS) involvement -> CRIME."),
   ("not-coded", "SAFE-EXP", "Offending alongside older lads is not described as exploitation.")])
n("C", "yellow",
  "Harley finished YOS prevention in March. Some arguments with Nikki about his curfew but she says "
  "she can handle them now. CAMHS still seeing him monthly.",
  ["MH-CHILD", "REL-PAR"],
  [("historical", "CRIME", "YOS prevention finished."),
   ("convention", "REL-PAR", "Conv 8: parent-child arguments are REL-PAR; still happening -> present.")])

# ---------------------------------------------------------------- Z030
n = case("Z030", "Keldmoor", "2026-01-26", "2026-06-30")
n("A", "red",
  "CP plan (neglect - medical) ended 20/01/26. Dylan (9) has epilepsy; 4 missed neurology appts in "
  "2024 and his seizures were poorly controlled then. Since Aug 25 Toni has got him to every appt "
  "and gives his meds from a blister pack.",
  ["PH"],
  [("partial", "PH", "Missed appointments are historical, but epilepsy with ongoing medication is a current condition (conv 4).")])
n("A", "note",
  "School nurse met Dylan's class staff and wrote his seizure care plan; GP to review his meds in "
  "March.",
  ["PH"],
  [("convention", "PH", "Conv 2: school nurse and GP are green cues -> green.")],
  date="2026-01-28", note_level="green")
n("C", "blue",
  "Toni uses phone alarms for Dylan's meds, no seizures since Feb.",
  ["PH"],
  [("convention", "PH", "Conv 3: 'no seizures since Feb' but medication still being managed -> present in blue.")])


# ======================================================================= write
CODES = ["EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD", "MH-ADULT", "PH", "SUB",
         "REL-PAR", "REL-CONF", "DA", "SAFE-NEG", "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"]


def main():
    ids = [r["id"] for r in NARR]
    assert len(ids) == len(set(ids)), "duplicate narrative ids"
    for r in NARR:
        for c in r["codes"]:
            assert c in CODES, (r["id"], c)
        assert len(r["codes"]) == len(set(r["codes"])), r["id"]
        for t in r["traps"]:
            assert t["code"] in CODES, (r["id"], t)

    with open(os.path.join(HERE, "narratives.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"])
        for r in NARR:
            w.writerow([r["id"], r["triage"], r["case"], r["stage"], r["date"], r["level"], r["locality"], r["text"]])

    with open(os.path.join(HERE, "gold.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "code", "level"])
        for r in NARR:
            for c in r["codes"]:
                w.writerow([r["id"], c, r["gold_level"]])

    traps = {r["id"]: r["traps"] for r in NARR if r["traps"]}
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8", newline="") as f:
        f.write(json.dumps(traps, indent=2, ensure_ascii=False).replace("\n", "\r\n") + "\r\n")

    n_gold = sum(len(r["codes"]) for r in NARR)
    cases = sorted({r["case"] for r in NARR})
    triages = sorted({r["triage"] for r in NARR})
    notes = [r for r in NARR if not r["level"]]
    print(f"narratives: {len(NARR)} ({len(NARR) - len(notes)} boxed, {len(notes)} unboxed notes)")
    print(f"cases: {len(cases)}  triages: {len(triages)} "
          f"(A {sum(t.endswith('-A') for t in triages)}, C {sum(t.endswith('-C') for t in triages)})")
    print(f"gold rows: {n_gold}; narratives without gold rows: {sum(1 for r in NARR if not r['codes'])}")
    print(f"narratives with trap notes: {len(traps)}; trap entries: {sum(len(v) for v in traps.values())}")
    cc = Counter(c for r in NARR for c in r["codes"])
    print("codes: " + ", ".join(f"{c} {cc[c]}" for c in CODES))
    lc = Counter(r["gold_level"] for r in NARR for _ in r["codes"])
    print("gold levels: " + ", ".join(f"{l} {lc[l]}" for l in ["blue", "green", "yellow", "orange", "red"]))
    print("localities: " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(r['locality'] for r in NARR).items())))


if __name__ == "__main__":
    main()
