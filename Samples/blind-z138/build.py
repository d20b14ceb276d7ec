#!/usr/bin/env python3
"""Blind gold set Z (premature babies, NICU graduates, twins and triplets).

Written from /work/shared/taxonomy.md only. Each narrative is declared once,
with its gold codes and, where tricky, its trap notes. Running this script
writes narratives.csv, gold.csv and traps.json (UTF-8, no BOM, CRLF) and
prints counts.
"""
import csv
import json
import os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
LEVELS = ["blue", "green", "yellow", "orange", "red"]
CODES = ["EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD",
         "MH-ADULT", "PH", "SUB", "REL-PAR", "REL-CONF", "DA", "SAFE-NEG",
         "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"]

CASES = []


def box(stage, level, text, codes=(), traps=(), note_level=None):
    """One narrative. stage 'A' or 'C'; level is the box, or '' for an
    unboxed note (then note_level is the single highest cue in its text)."""
    assert stage in ("A", "C")
    assert level in LEVELS or (level == "" and note_level in LEVELS), (level, note_level)
    for c in codes:
        assert c in CODES, c
    for t in traps:
        assert len(t) == 3 and (t[1] in CODES or t[1] == ""), t
    return dict(stage=stage, level=level, text=text, codes=list(codes),
                traps=[dict(type=t[0], code=t[1], note=t[2]) for t in traps],
                note_level=note_level)


def case(cid, locality, a_date, c_date, *boxes):
    CASES.append(dict(cid=cid, locality=locality, a_date=a_date,
                      c_date=c_date, boxes=list(boxes)))


# ---------------------------------------------------------------------------
# Cases (appended in batches below)
# ---------------------------------------------------------------------------

# ---- batch 1: Z001-Z008 ---------------------------------------------------

case("Z001", "Hollinbrook", "2025-02-10", "2025-07-14",
     box("A", "green",
         "Twins Isla and Poppy (4m, 2m corrected) home from SCBU since mid Dec. HV weighing "
         "fortnightly - Poppy has dropped from the 9th to the 2nd centile and is on high calorie "
         "prem formula, GP started omeprazole for reflux. Isla gaining well.",
         ["PH"]),
     box("A", "yellow",
         "Mason (6) late into school 14 times this half term, attendence down to 88%. Mornings have "
         "fallen apart since the twins came home, Shannon is getting 3 under-7s out of the door on "
         "her own as Kyle works nights. Class teacher says Mason is tearful and withdrawn and he told "
         "her 'nobody has time for me anymore'. Bedwetting has started again. EHW to do some 1:1 "
         "sessions with Mason and a morning routine plan with Shannon.",
         ["EDU-ATT", "REL-PAR", "MH-CHILD", "PH"],
         [("convention", "PH", "Bedwetting at school age (6) is PH, conv 9."),
          ("convention", "MH-CHILD", "Older sibling left out: tearful and withdrawn is the child's emotional wellbeing."),
          ("convention", "REL-PAR", "Morning routine fallen apart = parenting routines."),
          ("not-coded", "FIN", "Dad working nights is not FIN, conv 5.")]),
     box("C", "blue",
         "Shannon has the visual morning chart on the fridge and sticks to the 7.15 wake up. Mason's "
         "attendance back to 97%, no lates since Easter and the bedwetting stopped in May. Nan (mat) "
         "does the Tues/Thurs school run.",
         ["REL-PAR"],
         [("convention", "REL-PAR", "Blue box, routine now being managed with the chart = present, conv 3."),
          ("historical", "EDU-ATT", "Attendance recovered, 'no lates since Easter' = over, conv 3."),
          ("historical", "PH", "Bedwetting 'stopped in May' = over, conv 3.")]),
)

case("Z002", "Saltmarsh", "2025-04-03", "2025-10-20",
     box("A", "green",
         "HV did the 9-12m review at corrected age (8m corrected). Kemi and Dayo sitting unaided and "
         "reaching for toys; Tobi not yet rolling or taking weight through his legs, HV has referred "
         "him to community paeds physio. Weaning started at 6m corrected, Adeola doing purees and all "
         "3 are taking them.",
         ["EYD"],
         [("convention", "EYD", "Motor delay found at a developmental check in an under-5 is EYD (development), not PH: no diagnosed condition.")]),
     box("A", "yellow",
         "Family of 5 in a 2 bed flat on the 4th floor. Three cots in the parents' room with no space "
         "between them, and the lift has been out of order on and off since Feb so Adeola is stuck "
         "indoors with the triplet buggy most days. On housing register band C, EHW to ask for a "
         "medical review of the banding. Tunde is a self employed cab driver and hardly worked for the "
         "9 wks the babies were on the unit - now £1,240 behind on rent and paying for petrol to "
         "clinics on a credit card. Citizens Advice referral made.",
         ["HOUS", "FIN"]),
     box("C", "yellow",
         "Moved in Sept to a 3 bed ground floor HA house on medical priority. Rent arrears down to "
         "£380, paying £60 a month under an agreement CA set up with the old landlord.",
         ["FIN"],
         [("historical", "HOUS", "Rehoused into a suitable house: the housing need is over."),
          ("partial", "FIN", "Arrears still owed (£380) = current debt.")]),
)

case("Z003", "Kestrel Vale", "2025-05-12", "2025-11-28",
     box("A", "yellow",
         "Jade (22) says she can't stop checking Harley's sats monitor and has not slept more than "
         "2 hrs at a time since he came home. Gets flashbacks of the alarms going off on NICU and "
         "panics when the O2 tubing gets tangled. GP has started sertraline and referred to perinatal "
         "mental health, EHW visiting weekly in the meantime.",
         ["MH-ADULT", "PH"],
         [("convention", "PH", "Parent's sleep deprivation is PH (PH covers sleep of anyone); the baby's oxygen also codes PH.")]),
     box("A", "orange",
         "Harley (7m, 4m corrected) has chronic lung disease and is on low flow home oxygen 24hrs. They "
         "rent a private 1 bed flat with black mould across the bedroom wall where his cot is. "
         "Landlord has ignored 3 repair requests; environmental health inspected and served an "
         "improvement notice. Resp consultant has written in support of a housing move.",
         ["PH", "HOUS"],
         [("outside", "", "The landlord's failure is outside the household; its effect (damp/mould) is HOUS, conv 6.")]),
     box("C", "green",
         "Harley came off his oxygen in Sept but is still seen by the resp consultant every 6 months, "
         "who says he may need O2 again if he catches a bad virus this winter. Jade and Harley moved "
         "to a housing association flat in Oct, dry and warm.",
         ["PH"],
         [("convention", "PH", "Oxygen is over but ongoing consultant follow-up codes PH, conv 4."),
          ("hypothetical", "PH", "'may need O2 again if' is hypothetical; PH stands on the follow-up."),
          ("historical", "HOUS", "Moved to a dry flat: the damp problem is over.")]),
)

case("Z004", "Ashcombe", "2025-06-02", "2025-09-15",
     box("A", "yellow",
         "Piotr is an agency worker and lost about 6 weeks of shifts while the twins were in SCBU. "
         "UC wasn't updated and the family got a nil payment in May; they've had one food bank "
         "parcel. EHW helping with the UC journal and a Family Fund application.",
         ["FIN"]),
     box("A", "green",
         "Nadia (9) - no concerns from school, attendance 98%. Zofia and Lena discharged from "
         "neonatal follow-up at 3m, both feeding well and on the 25th centile.",
         [],
         [("negated", "EDU-ATT", "'no concerns', good attendance: pure good news, conv 3."),
          ("historical", "PH", "Discharged from neonatal follow-up; feeding and weight fine: nothing current."),
          ("not-coded", "EYD", "Discharge from follow-up is not a pending development check.")]),
     box("C", "blue",
         "UC now paid correctly. Marta is paying back the budgeting advance at £45 a month and uses "
         "the budgeting app CA showed her.",
         ["FIN"],
         [("convention", "FIN", "Blue box: repaying the advance = now managing a money problem, conv 3.")]),
)

case("Z005", "Hollinbrook", "2025-03-17", "2025-12-08",
     box("A", "red",
         "ICPC 12/03/25: Alfie (5m, born 30 wks) made subject of a CP plan, category neglect. He has "
         "missed 4 neonatal follow-up and dietitian appts since Jan and was admitted in Feb with "
         "faltering growth (below 0.4th centile). On the SW visit the kitchen had dirty bottles and a "
         "tub of formula gone mouldy, dog mess on the living room floor. Dean smokes cannabis daily in "
         "the flat. Kayleigh denies any alcohol use.",
         ["PH", "SAFE-NEG", "SUB"],
         [("negated", "SUB", "Alcohol denied; SUB is present for Dean's daily cannabis (cannabis is not the tobacco exception of conv 12)."),
          ("convention", "PH", "Missed medical appointments and faltering growth are PH.")]),
     box("A", "orange",
         "Kayleigh (19) is a care leaver and tells her PA she feels low, isn't eating and 'can't be "
         "bothered with anything'. Declined talking therapies. Dean is on licence until Aug 2026 after "
         "a conviction for possession with intent to supply, probation aware of the CP plan.",
         ["MH-ADULT", "CRIME"],
         [("convention", "CRIME", "Household adult on licence/probation = CRIME, conv 7."),
          ("not-coded", "SUB", "The drugs conviction is offending, not described use: SUB not coded from this text (conv 1).")]),
     box("C", "orange",
         "CP plan ended at RCPC in Oct and the CIN plan closed in Nov. Dean still smoking cannabis "
         "most weekends, now engaging with the drug and alcohol service. Alfie remains on high energy "
         "formula, dietitian seeing him monthly.",
         ["SUB", "PH"],
         [("convention", "", "Red cues (CP plan, CIN) are historical; boxed narrative takes the orange box level, conv 2.")]),
     box("C", "yellow",
         "Home conditions better on the last 3 unannounced visits but Kayleigh still needs prompting "
         "to sterilise bottles and keep the dog out of the kitchen. EHW to keep weekly visits going.",
         ["SAFE-NEG"],
         [("partial", "SAFE-NEG", "Improved but still needs prompting with basic hygiene = current.")]),
)

case("Z006", "Kestrel Vale", "2025-01-27", "2025-06-09",
     box("A", "",
         "HV home visit. Twins Anaya and Rohan (3m, 6 wks corrected) on 3 hourly feeds. Priya tearful "
         "throughout, EPDS 15, says she 'missed' their first weeks on the unit and doesn't feel close "
         "to Rohan, who was the sicker twin. Dev (4) was dry before the twins came home and is now "
         "having accidents every day at nursery. Priya has a GP appt Thurs re her mood. Referral made "
         "to Early Help for a family support worker.",
         ["MH-ADULT", "REL-PAR", "EYD"],
         [("convention", "", "Unboxed: cues HV, GP (green) and an early help family support worker (yellow); highest = yellow, conv 2."),
          ("convention", "REL-PAR", "Mother not feeling close to a baby = parent-child relationship."),
          ("convention", "EYD", "Toileting regression in an under-5 = EYD, conv 9.")],
         note_level="yellow"),
     box("C", "green",
         "Priya on sertraline from the GP and says she feels more like herself. Dev dry in the day "
         "again since March.",
         ["MH-ADULT"],
         [("convention", "MH-ADULT", "Ongoing treatment codes its area, conv 4; green box managing, conv 3."),
          ("historical", "EYD", "Toileting regression over ('dry again since March').")]),
)

case("Z007", "Saltmarsh", "2025-07-07", "2026-01-19",
     box("A", "orange",
         "Chloe disclosed that Ryan keeps her bank card and gives her £20 a week, checks her phone and "
         "would not let her visit the twins on the unit without him. Police attended 28/06 after he "
         "pushed her into a wall while she was holding Ella; Ryan arrested and bailed with conditions "
         "not to contact. DASH 16, heard at MARAC 10/07.",
         ["DA"],
         [("not-coded", "FIN", "Economic control is coercive control (DA); no debt or money problem of the family is described."),
          ("not-coded", "CRIME", "Partner's arrest for assaulting the victim is DA only, conv 7.")]),
     box("A", "yellow",
         "Tyler (11) saw Ryan push his mum and since then refuses to go to school, says he has to stay "
         "home to look after her and the babies. He is making up bottles and doing a feed in the "
         "night. Attendance 61% since June. Young carers assessment requested.",
         ["DA", "EDU-ATT", "CARER"],
         [("convention", "DA", "The DA is named in this text (he saw Ryan push his mum), so it is coded here, conv 1.")]),
     box("C", "yellow",
         "Non-mol order in place until July 2026, no breaches reported. Chloe finished the Freedom "
         "Programme in Dec. Tyler attending full time and goes to the Saltmarsh young carers club on "
         "Wednesdays.",
         ["DA", "CARER"],
         [("partial", "DA", "Freedom Programme completed, but a current non-mol order is an ongoing DA protection measure = present."),
          ("convention", "CARER", "Ongoing young carers club codes CARER, conv 4."),
          ("not-coded", "EDU-ATT", "'attending full time' is good news, nothing current.")]),
)

case("Z008", "Ashcombe", "2025-08-11", "2026-02-16",
     box("A", "orange",
         "Evie (14) told the school nurse in July she has been cutting her arms, open to CAMHS since "
         "05/08 and had her choice appt. She says home is 'all about the baby' and spends evenings shut "
         "in her room. One day suspension in June for swearing at a teacher, HoY says her behaviour in "
         "lessons has gone downhill.",
         ["MH-CHILD", "EDU-EXC"]),
     box("A", "green",
         "Mia (9m, 6m corrected) on home O2 0.25 L/min overnight only, outreach nurse reviewing "
         "monthly. Josh smokes but only outside in the garden, fire service have done the oxygen "
         "safety visit. Imms up to date.",
         ["PH"],
         [("not-coded", "SUB", "Tobacco smoking is not SUB, conv 12."),
          ("negated", "PH", "Immunisations up to date is good news; PH is coded for the home oxygen.")]),
     box("C", "blue",
         "Mia weaned off her oxygen in Dec. Lauren was on about 4 hrs sleep a night; she and Josh now "
         "take turns doing nights and her mum has Mia on Sundays so Lauren can catch up on sleep. Evie "
         "going to the cinema with mum once a fortnight, just the two of them.",
         ["PH"],
         [("historical", "PH", "Oxygen over; PH is present for the mother's sleep, now managed by the rota (blue, conv 3)."),
          ("not-coded", "REL-PAR", "Mother-daughter outing is good news, no need stated in this text, conv 3.")]),
)

# ---- batch 2: Z009-Z016 ---------------------------------------------------

case("Z009", "Hollinbrook", "2025-09-01", "2026-03-23",
     box("A", "green",
         "2 yr corrected review with HV. Noah on track. Leo has around 10 words and isn't joining any "
         "together - SALT referral done. Freddie has cerebral palsy (spastic diplegia), not walking "
         "yet, has physio and AFOs through the CDC.",
         ["EYD", "PH"],
         [("convention", "EYD", "Speech delay in an under-5 = EYD, conv 9."),
          ("convention", "PH", "Diagnosed disability (cerebral palsy) with physio and orthotics = PH.")]),
     box("A", "yellow",
         "Portage visiting Freddie fortnightly. Gemma wants all 3 in nursery but only Freddie "
         "qualifies for 2 yr funding. Lee has cut down to 3 days a week to get Freddie to his appts; "
         "family roughly £300 a month short and 2 months behind on council tax.",
         ["EYD", "FIN"],
         [("convention", "EYD", "Portage and nursery take-up for under-5s = EYD, not EDU-SEND (no school/EHCP yet).")]),
     box("C", "yellow",
         "All three started at Little Acorns nursery in Jan. Nursery SENCo has applied for an EHCP "
         "needs assessment for Freddie. Council tax arrears on a payment plan, £35/m.",
         ["EDU-SEND", "FIN"],
         [("convention", "EDU-SEND", "An EHCP needs assessment is named under EDU-SEND; conv 9 only routes toileting, speech and nursery take-up of under-5s to EYD."),
          ("not-coded", "EYD", "Starting nursery is good news with no need stated, conv 3.")]),
)

case("Z010", "Saltmarsh", "2025-10-06", "2026-03-02",
     box("A", "green",
         "Twins 7 wks (born 35+1), both back above birth weight, HV new birth visit done. Rebecca had "
         "mastitis last week, on antibiotics from the GP and still sore; HV infant feeding team "
         "booked.",
         ["PH"],
         [("convention", "PH", "Mother's current illness (mastitis) is PH of a family member.")]),
     box("A", "blue",
         "1 bed flat: both cots in the parents' room and the lounge doubles as Tom's office. On the "
         "housing register and checking Homefinder every week themselves.",
         ["HOUS"],
         [("convention", "HOUS", "Overcrowding the family is managing itself (blue), conv 3.")]),
     box("C", "",
         "Phone call with Rebecca. Still in the 1 bed, twins now top and tail in one cot as two won't "
         "fit next to the big bed. They have bid on 3 two-beds using the Homefinder tips from the "
         "leaflet we gave them, and her dad is helping them save a deposit for private rent. Happy for "
         "case to close.",
         ["HOUS"],
         [("convention", "", "Unboxed: only cue is information the family acts on itself plus its own network = blue, conv 2.")],
         note_level="blue"),
)

case("Z011", "Ashcombe", "2025-10-13", "2026-04-20",
     box("A", "",
         "Joint visit with PCSO. Kai (16) left school in July with no college place and isn't working. "
         "Picked up by police twice in Sept for ASB in the precinct with a group of older lads, YOS "
         "referral made after a community resolution. Natalie says since the twins came home he "
         "ignores his curfew, swears at her and comes in gone midnight. She is shattered - the twins "
         "(14m, 11m corrected) still wake 3-4 times a night each. Both twins on track at their 1 yr "
         "corrected check.",
         ["EDU-NEET", "CRIME", "REL-PAR", "PH"],
         [("convention", "", "Unboxed: police and YOS are orange cues, highest = orange, conv 2."),
          ("convention", "PH", "Infants' night waking and the exhausted mother = sleep, PH; conv 9 does not move under-5 sleep to EYD."),
          ("not-coded", "EYD", "Completed 1 yr corrected check reported on track: pure good news, conv 3."),
          ("not-coded", "SAFE-EXP", "'older lads' alone is not described as exploitation.")],
         note_level="orange"),
     box("C", "orange",
         "Kai 4 months into a 6 month referral order with YOS, no further police contact since Nov. "
         "Started a level 1 construction course at Ashcombe College in Jan, attending 3 days a week.",
         ["CRIME"],
         [("convention", "CRIME", "Ongoing referral order with YOS = CRIME, conv 7."),
          ("historical", "EDU-NEET", "Now in college: no longer NEET.")]),
     box("C", "yellow",
         "Curfew agreement drawn up with the EHW mostly working but Kai still stays out past midnight "
         "once or twice a week and Natalie finds it hard to follow through with consequences.",
         ["REL-PAR"]),
)

case("Z012", "Hollinbrook", "2025-04-22", "2025-10-06",
     box("A", "yellow",
         "Oscar's twin brother Jack died on NICU at 9 days old in January. Leanne describes feeling "
         "'numb', isn't leaving the house and cries most of the day; Craig says she has talked about "
         "not wanting to be here any more. GP aware, urgent perinatal mental health referral made. "
         "Hospital bereavement midwife still in touch.",
         ["MH-ADULT"],
         [("not-coded", "PH", "The twin's death is a past event, not a current physical health need.")]),
     box("A", "green",
         "Oscar (3m, 2 wks corrected) feeding well, HV weekly. Missed 2 outpatient appts in March "
         "and April - "
         "parents couldn't face going back to the hospital where Jack died.",
         ["PH"],
         [("convention", "PH", "Missed medical appointments = PH.")]),
     box("C", "green",
         "Leanne seen by the perinatal MH team, on mirtazapine, mood lifting. Oscar's outpatient "
         "follow up moved to the satellite clinic and all appts attended since June.",
         ["MH-ADULT", "PH"],
         [("convention", "PH", "Ongoing outpatient follow-up now attended = PH managed (green, conv 3/4).")]),
)

case("Z013", "Saltmarsh", "2025-09-22", "2026-02-09",
     box("A", "yellow",
         "Willow spent 14 wks at the regional NICU in Lindenford, 70 miles away. Sophie and Aaron put "
         "roughly £2,000 of fuel, parking and food on credit cards. Aaron was sacked from his "
         "warehouse job in July for missing shifts to be at the unit and has just claimed UC; "
         "Sophie's SMP ends in Oct. EHW to refer to Citizens Advice and help with a charity travel "
         "grant.",
         ["FIN"],
         [("historical", "PH", "The NICU stay is past; this text describes no current health need.")]),
     box("A", "green",
         "Willow (5m, 2m corrected) home on oxygen since 12/08, community neonatal nurse visiting "
         "weekly, 11 hospital appts over Sept/Oct. Registered with GP.",
         ["PH"]),
     box("C", "yellow",
         "Aaron started a new job in Jan through his DWP work coach. Credit card debt £3,100, on a DMP "
         "through CA at £55 a month. Willow off O2 since Dec.",
         ["FIN"],
         [("historical", "PH", "'off O2 since Dec' = over."),
          ("partial", "FIN", "Worklessness over but debt on a DMP is current.")]),
)

case("Z014", "Kestrel Vale", "2025-09-22", "2026-01-26",
     box("A", "red",
         "Strategy meeting 19/09 after Ruby (5m, born 27 wks) was found to have two healing rib "
         "fractures on a chest X-ray at clinic. S47 enquiries started for both twins. Skeletal survey "
         "and bone bloods show metabolic bone disease of prematurity and the paediatric consultant's "
         "opinion is that this explains the fractures. Parents cooperative throughout.",
         ["PH"],
         [("not-coded", "SAFE-NEG", "Suspected physical injury is not neglect; the taxonomy has no physical-abuse code and the s47 alone codes nothing."),
          ("convention", "PH", "Fractures and metabolic bone disease are physical health; takes the red box level, conv 2.")]),
     box("A", "yellow",
         "Hannah very distressed by the s47, feels 'watched', is having panic attacks and is scared to "
         "pick Ruby up. Mike took 2 wks unpaid leave to be at home and they are now one mortgage "
         "payment behind.",
         ["MH-ADULT", "FIN"]),
     box("C", "green",
         "S47 concluded NFA in Oct. Ruby on vitamin D and phosphate, bone clinic every 3 months. "
         "Hannah says the panic attacks stopped in Nov and she feels like her old self. Mortgage "
         "arrears cleared with help from her parents.",
         ["PH"],
         [("historical", "MH-ADULT", "Panic attacks 'stopped in Nov' = over, conv 3."),
          ("historical", "FIN", "Arrears 'cleared' = over, conv 3.")]),
)

case("Z015", "Ashcombe", "2025-10-20", "2026-04-13",
     box("A", "yellow",
         "Jess (17) stopped going to college in Sept to help Donna with the triplets (6m) and isn't "
         "working. She does most of the weekend night feeds and walks Liam (7) to school every day. "
         "Referral to the young carers service done.",
         ["EDU-NEET", "CARER"],
         [("convention", "EDU-NEET", "16+ not in education or work = EDU-NEET only; no FIN, conv 11.")]),
     box("A", "orange",
         "Gary, the triplets' dad, lives in his own flat. Donna says he drinks heavily and has twice "
         "turned up drunk, banging on the door and shouting abuse at her, police called 14/10. She has "
         "applied for a non-mol.",
         ["DA"],
         [("outside", "SUB", "Gary lives elsewhere: his drinking is not coded, conv 6."),
          ("convention", "DA", "His abuse of Donna is its effect on the family = DA, conv 6/7."),
          ("not-coded", "CRIME", "Police call-out about the ex-partner's abuse of the victim is DA only, conv 7.")]),
     box("C", "yellow",
         "Jess started a part time apprenticeship at a day nursery in Feb. Still helps with the "
         "triplets at weekends and goes to the young carers group once a month. Non-mol granted in "
         "Dec, Gary breached it once in Jan and was arrested.",
         ["CARER", "DA"],
         [("historical", "EDU-NEET", "In an apprenticeship now: no longer NEET."),
          ("not-coded", "CRIME", "Breach of a non-mol and arrest = DA only, conv 7.")]),
)

case("Z016", "Hollinbrook", "2025-05-19", "2025-10-27",
     box("A", "yellow",
         "Kirsty (28) rings 111 several times a week about the twins' breathing and has taken them to "
         "A&E 4 times in 6 weeks, no medical problem found each time. Describes a constant dread that "
         "they will stop breathing in their sleep, GAD-7 of 17. EHW to complete a support plan; "
         "perinatal mental health referral sent.",
         ["MH-ADULT"],
         [("negated", "PH", "A&E visits with no medical problem found: no physical health need; the need is the mother's anxiety.")]),
     box("A", "green",
         "Archie and Alfie (10 wks, born 33 wks) gaining well, HV no concerns. Safe sleep advice given "
         "again.",
         [],
         [("negated", "PH", "Good weight gain and 'no concerns': nothing to code; safe sleep advice is routine.")]),
     box("C", "",
         "HV contact. Kirsty on sertraline from her GP and feels calmer, using the breathing monitor "
         "less. Twins' 8 wk imms were given late at 13 wks but they're now up to date. Kirsty back at "
         "work part time.",
         ["MH-ADULT"],
         [("convention", "", "Unboxed: HV and GP only = green, conv 2."),
          ("historical", "PH", "Late immunisations now caught up = over.")],
         note_level="green"),
)

# ---- batch 3: Z017-Z024 ---------------------------------------------------

case("Z017", "Saltmarsh", "2025-08-18", "2026-01-12",
     box("A", "orange",
         "Landlord served a s21 notice in Aug expiring 20/10 and the family have nowhere to go. "
         "Housing options have done an assessment and TA is likely. Reece still on home O2, and the "
         "oxygen supplier needs notice to move the concentrator to any new address.",
         ["HOUS", "PH"]),
     box("A", "yellow",
         "Tasha and Marcus are rowing most days, Marcus stayed at his mum's for a week in July after "
         "an argument about money. Both say it has never been physical and no DA disclosed. Rent "
         "arrears £850 on top of the s21.",
         ["REL-CONF", "FIN", "HOUS"],
         [("negated", "DA", "'never been physical', 'no DA disclosed'."),
          ("convention", "HOUS", "The passing mention of the current s21 notice codes HOUS in this narrative too, conv 1.")]),
     box("C", "orange",
         "In TA (2 bed flat at Harbour Court) since Nov, waiting for a permanent offer. Reece off "
         "oxygen since Dec.",
         ["HOUS"],
         [("historical", "PH", "'off oxygen since Dec' = over.")]),
)

case("Z018", "Ashcombe", "2025-05-27", "2025-12-15",
     box("A", "red",
         "Leah (6 wks, born 35 wks) treated on the NNU for neonatal abstinence syndrome, oral morphine "
         "weaned before discharge but she is still jittery, hard to settle and on the neonatal "
         "follow-up list. CIN (s17) plan agreed 02/06. Stacey on a 60ml methadone script with "
         "daily supervised consumption; she says she used heroin on top twice in May.",
         ["PH", "SUB"],
         [("convention", "SUB", "Methadone script codes SUB, conv 4."),
          ("partial", "PH", "Morphine wean is over, but current jitteriness and neonatal follow-up keep PH present.")]),
     box("A", "orange",
         "Leah's dad is serving a sentence for robbery and has no contact. Stacey's mum lives next "
         "door and pops in every day.",
         [],
         [("outside", "CRIME", "Father in prison is outside the household and has no contact: not coded, conv 6.")]),
     box("A", "yellow",
         "Stacey struggles to keep to a regular feeding routine overnight, HV worried about volumes "
         "and Leah has dropped from the 9th to the 2nd centile in 3 weeks. EHW to help her set up a "
         "feed chart and phone alarms.",
         ["PH", "REL-PAR"],
         [("convention", "REL-PAR", "Difficulty keeping a feeding routine = parenting routines; no neglect described, so not SAFE-NEG."),
          ("convention", "PH", "Weight loss across centiles = PH.")]),
     box("C", "orange",
         "CIN plan closed in Dec. Stacey still on her script, now 40ml, tests clear of on-top use "
         "since Sept. Leah back up on the 9th centile.",
         ["SUB"],
         [("convention", "SUB", "Still on a methadone script = SUB, conv 4."),
          ("historical", "PH", "Weight recovered.")]),
)

case("Z019", "Hollinbrook", "2025-02-24", "2025-08-04",
     box("A", "yellow",
         "Six people in a 2 bed flat - the twins' cots are in the parents' room, Zara (10) and "
         "Ibrahim (7) share the other bedroom. Mould and condensation on the bedroom walls; both "
         "twins admitted with bronchiolitis in Jan and both still wheezy, GP has given them inhalers. "
         "Housing register band B for overcrowding, EHW to chase the landlord about the mould.",
         ["HOUS", "PH"],
         [("partial", "PH", "The Jan admissions alone are past; PH is present for the current wheeze and inhalers.")]),
     box("A", "green",
         "Zara (10) told her teacher she is 'always being told to be quiet because of the babies' and "
         "that mum never comes to assemblies now. Class teacher says she's quieter than usual and not "
         "eating her lunch. School nurse to check in with her.",
         ["MH-CHILD"],
         [("convention", "MH-CHILD", "Older sibling left out, withdrawn and off her food at school = emotional wellbeing.")]),
     box("C", "yellow",
         "Still bidding on 3 beds. Landlord treated the mould in March but it came back within a "
         "month.",
         ["HOUS"]),
)

case("Z020", "Saltmarsh", "2025-09-08", "2026-02-23",
     box("A", "orange",
         "Maisie (13) went missing overnight 03/09 and was found by police in Lindenford with an 18 "
         "yr old man she met on Snapchat. Police investigating grooming, exploitation screening - "
         "medium risk. Claire admits there have been no rules about Maisie's phone since the twins "
         "were born.",
         ["SAFE-EXP", "REL-PAR"],
         [("not-coded", "CRIME", "Police finding a missing child is safeguarding, not CRIME; the man is outside the household, conv 6/7."),
          ("convention", "REL-PAR", "No boundaries around phone use = parenting boundaries.")]),
     box("A", "yellow",
         "Harry and Sienna under neonatal, eye and (Sienna) cardiology clinics - 9 appts in Aug "
         "alone. Gareth has used all his annual leave, had 2 weeks unpaid and they've fallen behind "
         "on the car finance.",
         ["PH", "FIN"]),
     box("C", "orange",
         "No missing episodes since Oct. Maisie still sees the exploitation team worker weekly; police "
         "case closed NFA.",
         ["SAFE-EXP"],
         [("partial", "SAFE-EXP", "Missing episodes over, but ongoing exploitation worker codes SAFE-EXP, conv 4.")]),
)

case("Z021", "Ashcombe", "2025-03-10", "2025-07-21",
     box("A", "",
         "HV 6-8 wk check. Ted and Arlo both above their birth centiles and feeding well. Lucy says "
         "she's getting 3-4 hrs broken sleep a night and Sam's paternity leave finishes next week. "
         "Mood 'tired but ok', EPDS 6. Talked through tandem feeding and sleep tips; Lucy's mum coming "
         "to stay for 2 wks.",
         ["PH"],
         [("convention", "", "Unboxed: HV only = green, conv 2."),
          ("negated", "MH-ADULT", "EPDS 6 and 'tired but ok': no mental health need stated."),
          ("convention", "PH", "Parent's broken sleep = PH.")],
         note_level="green"),
     box("C", "blue",
         "Lucy and Sam alternate nights so Lucy gets one 6 hr stretch most nights.",
         ["PH"],
         [("convention", "PH", "Sleep now managed with a rota (blue), conv 3.")]),
)

case("Z022", "Kestrel Vale", "2025-06-16", "2025-12-01",
     box("A", "orange",
         "Dan (38) drinking most nights since the twins were born, up to a bottle of vodka on Fri and "
         "Sat; Rachel says he has been too drunk to do the night feeds. He has agreed to a referral "
         "to the Kestrel Recovery Hub. They argue most evenings, no DA reported and Rachel says she "
         "feels safe with him.",
         ["SUB", "REL-CONF"],
         [("negated", "DA", "'no DA reported', feels safe: arguments are REL-CONF, conv 8.")]),
     box("A", "yellow",
         "Rachel has nightmares about the unit and can't drive past the hospital; GP diagnosed PTSD "
         "and she is on the waiting list for trauma focused CBT. Evie has a VP shunt and sees "
         "neurosurgery every 3 months, Max still on home oxygen.",
         ["MH-ADULT", "PH"]),
     box("C", "yellow",
         "Dan 10 weeks sober, goes to the Recovery Hub group weekly. Rachel started CBT in Oct, 6 "
         "sessions in. 18m corrected Bayley: Evie has a mild motor delay and a physio block is booked, "
         "Max in normal range.",
         ["SUB", "MH-ADULT", "EYD"],
         [("convention", "SUB", "Sober but attending the recovery group = ongoing service, conv 4."),
          ("convention", "EYD", "Motor delay found at a corrected-age development check = EYD.")]),
)

case("Z023", "Saltmarsh", "2025-09-29", "2026-03-16",
     box("A", "green",
         "Triplets (3y 1m) started at Seaview Nursery in Sept, 30 hrs. Nursery SENCo worried about "
         "Grace's speech - single words only - and she is on the SALT waiting list. Toilet training "
         "under way for all three, still in nappies.",
         ["EYD"],
         [("convention", "EYD", "Speech and toileting of under-5s = EYD, conv 9; the nursery SENCo raising the speech concern does not add EDU-SEND.")]),
     box("A", "blue",
         "Tomasz's brother in Poland is seriously ill; if he gets worse Tomasz may have to travel out "
         "there and Anna would need help with the nursery run.",
         [],
         [("outside", "PH", "Uncle's illness: outside the household, conv 6."),
          ("hypothetical", "", "Travel and childcare need only 'if he gets worse'.")]),
     box("C", "blue",
         "All three dry in the day now. Grace using 2-3 word phrases, SALT group finished in Feb.",
         [],
         [("historical", "EYD", "Toileting achieved and SALT finished: over, conv 3.")]),
)

case("Z024", "Hollinbrook", "2025-07-28", "2026-02-02",
     box("A", "red",
         "ICPC 21/07: Lily and Jake (9m) on CP plans under emotional abuse. Liam (28) was arrested on "
         "04/07 for non fatal strangulation of Kerry while she was feeding Jake and is on bail not to "
         "contact her. Heard at MARAC as high risk, IDVA allocated.",
         ["DA"],
         [("not-coded", "CRIME", "Partner's arrest for strangling the victim is DA only, conv 7.")]),
     box("A", "orange",
         "Kerry smoking cannabis most evenings 'to take the edge off', has agreed to a referral to "
         "the drug and alcohol service. Her mum has moved in for now to help with the twins.",
         ["SUB"]),
     box("C", "orange",
         "Liam convicted in Dec, restraining order granted. Kerry working with the IDVA and is 6 "
         "weeks into the Freedom Programme. No cannabis since Nov, drug tests negative and the drug "
         "service closed her in Jan. Jake's squint patching continues.",
         ["DA", "PH"],
         [("historical", "SUB", "'No cannabis since Nov', service closed = over."),
          ("not-coded", "CRIME", "Conviction of the ex-partner for the DV is DA only, conv 7.")]),
)

# ---- batch 4: Z025-Z031 ---------------------------------------------------

case("Z025", "Kestrel Vale", "2025-04-07", "2025-09-22",
     box("A", "yellow",
         "Rosie (10m, 7m corrected) has an oral aversion after 9 weeks of NG feeding on the unit - "
         "gags on anything lumpy and turns away from the spoon. Weight dropped to the 0.4th centile. "
         "Referred to feeding clinic and dietitian; Portage to support play and weaning at home.",
         ["EYD", "PH"],
         [("convention", "EYD", "Weaning difficulty = EYD; weight loss = PH; both coded as both are described.")]),
     box("A", "blue",
         "Ellie gets ideas for Rosie's weaning struggles from the Bliss parents forum and a baby led "
         "weaning group on facebook.",
         ["EYD"],
         [("convention", "EYD", "Blue box: a stated weaning difficulty the family manages with its own information sources, conv 3.")]),
     box("C", "green",
         "Rosie now on purees and soft finger foods but still gags on lumpier textures, Ellie keeps "
         "offering a new one each week. Weight up to the 2nd centile, dietitian reviewing every 3 "
         "months.",
         ["EYD", "PH"],
         [("partial", "EYD", "Weaning improved but lumpy textures still a difficulty the family is managing (green), conv 3."),
          ("convention", "PH", "Ongoing dietitian review of low weight, conv 4.")]),
)

case("Z026", "Saltmarsh", "2025-11-03", "2026-04-27",
     box("A", "green",
         "Chris is carer for his own dad, who lives two streets away, and gets Carer's Allowance for "
         "it. Twins (5m) seen by the GP for eczema, both on emollients.",
         ["PH"],
         [("not-coded", "CARER", "An adult carer is not CARER; Carer's Allowance never implies CARER, conv 5/12."),
          ("outside", "PH", "Grandfather lives elsewhere: his needs are not coded, conv 6; PH is for the twins' eczema."),
          ("not-coded", "FIN", "Benefit name alone with no money problem, conv 5.")]),
     box("A", "yellow",
         "Olivia feels overwhelmed, has lost interest in things she used to enjoy and cries when Chris "
         "leaves the house. GP started citalopram, EHW to link her in with the Mums Matter group.",
         ["MH-ADULT"]),
     box("C", "blue",
         "Olivia goes to Mums Matter every Tues, still on citalopram and says she feels much better.",
         ["MH-ADULT"],
         [("convention", "MH-ADULT", "Still on medication and attending a group = managing (blue), conv 3/4.")]),
)

case("Z027", "Ashcombe", "2025-08-25", "2025-12-08",
     box("A", "",
         "Pre-discharge planning meeting on NNU for Kian (born 29 wks, now 38 wks corrected). Sarah "
         "and Paul both have a learning disability and are finding it hard to learn the oxygen and NG "
         "tube routines - nurses are prompting them at every feed. Agreed Kian goes home under a "
         "child in need (s17) plan with daily outreach visits for the first 2 weeks. Their 1 bed flat "
         "is small but clean and warm.",
         ["PH", "REL-PAR"],
         [("convention", "", "Unboxed: child in need (s17) plan is a red cue, conv 2."),
          ("convention", "REL-PAR", "Parents struggling to learn the baby's care routines = parenting capacity; PH for oxygen, NG tube and parental disability."),
          ("negated", "HOUS", "'small but clean and warm': no housing need stated.")],
         note_level="red"),
     box("C", "yellow",
         "CIN closed in Nov and stepped down to EH. Sarah and Paul now doing Kian's feeds without "
         "prompts; EHW still visits weekly to go through his oxygen checklist and daily routine with "
         "them as they lose track without it.",
         ["PH", "REL-PAR"],
         [("convention", "", "Historical red cue (CIN closed) in a yellow box; box level applies, conv 2.")]),
     box("C", "green", "None.", [],
         [("not-coded", "", "Box says 'None.'")]),
)

case("Z028", "Kestrel Vale", "2025-10-27", "2026-05-18",
     box("A", "yellow",
         "Oliver (8) on the ADHD pathway and on SEN support with the school SENCo. Since the twins "
         "arrived his behaviour at home has got much worse - kicking doors, hitting Becky when he is "
         "told no. Becky on the waiting list for the Incredible Years parenting course.",
         ["EDU-SEND", "REL-PAR"],
         [("convention", "REL-PAR", "Child-to-parent violence = REL-PAR, not DA, conv 8; no police involvement so no CRIME."),
          ("convention", "EDU-SEND", "'on the ADHD pathway' = EDU-SEND, conv 4.")]),
     box("A", "green",
         "HV 2 yr review at corrected age (22m corrected): neither twin talking yet, Pia has 5 words "
         "and Sam none. Both to go to the Chatterbox group at the childrens centre.",
         ["EYD"]),
     box("A", "orange",
         "Oliver suspended for 2 days in Oct for hitting a TA. School talking about a reduced "
         "timetable if there's another incident.",
         ["EDU-EXC"],
         [("hypothetical", "EDU-ATT", "Reduced timetable only 'if there's another incident'.")]),
     box("C", "",
         "EHW closing visit. Becky finished the parenting course in March and uses a reward chart; "
         "Oliver hitting her has gone from daily to about once a fortnight. Oliver diagnosed with ADHD "
         "in April, medication through community paeds, and the SENCo has submitted an EHCP request. "
         "No further suspensions. Twins start their funded 2 yr nursery places in June.",
         ["REL-PAR", "EDU-SEND"],
         [("convention", "", "Unboxed: EHW and parenting course (yellow) outrank SENCo (green); no orange or red cue, conv 2."),
          ("historical", "EDU-EXC", "'No further suspensions' = over, conv 3."),
          ("not-coded", "EYD", "Nursery places starting is good news with no need stated, conv 3."),
          ("not-coded", "PH", "ADHD medication is part of the ADHD (EDU-SEND) picture, not a separate physical health need.")],
         note_level="yellow"),
)

case("Z029", "Ashcombe", "2025-11-17", "2026-04-06",
     box("A", "yellow",
         "Hassan is on a zero hours contract - no shifts, no pay - and has turned down about 20 shifts "
         "for hospital visits and appts. Gas and electric arrears £640, using emergency credit on the "
         "prepay meter, two food bank parcels in Oct. Yasmin (12) told her form tutor there is often "
         "no breakfast in the house. EHW applying for Warm Home Discount and a Family Fund grant.",
         ["FIN", "SAFE-NEG"],
         [("convention", "SAFE-NEG", "No food in the house for the child = SAFE-NEG; food bank and energy arrears = FIN; both, conv 10."),
          ("convention", "FIN", "Lost pay plus arrears is a money problem; zero-hours work alone would not be FIN, conv 5.")]),
     box("A", "green",
         "Omar (9) being called names by a group of boys in his class, school have a plan in place. "
         "His attendance has slipped to 91% this term, mostly Mondays.",
         ["SAFE-EXP", "EDU-ATT"],
         [("convention", "SAFE-EXP", "Bullied by peers at school = SAFE-EXP for the child; the peers themselves are not coded.")]),
     box("C", "blue",
         "Energy arrears on a payment plan at £10 a week. No food bank since Dec and Yasmin says "
         "there's cereal in every morning now.",
         ["FIN"],
         [("historical", "SAFE-NEG", "Food in the house now; the need is over."),
          ("convention", "FIN", "Paying off arrears = now managing (blue), conv 3.")]),
)

case("Z030", "Saltmarsh", "2025-07-14", "2026-01-05",
     box("A", "yellow",
         "Mark (44) has MS and uses a wheelchair; he can't lift the babies out of the cots so Jen does "
         "all the night care on her own. Jen says she is 'running on empty' and is getting migraines "
         "twice a week. Mark gets PIP and a review letter came in July - they are worried they might "
         "lose it.",
         ["PH"],
         [("hypothetical", "FIN", "PIP named and a review pending; losing it is only a worry, no money or benefit problem yet, conv 5."),
          ("not-coded", "MH-ADULT", "'running on empty' describes exhaustion, with no mood, anxiety or sleep term; not MH-ADULT."),
          ("not-coded", "CARER", "Jen caring for the babies/partner is an adult; CARER is only a child who cares, conv 12.")]),
     box("A", "green",
         "Triplets (4m, 6 wks corrected) gaining weight, on prem formula until 6m corrected. HV "
         "fortnightly. Nate has a heart murmur, cardiology appt in Sept.",
         ["PH"]),
     box("C", "yellow",
         "OT fitted lower sided cots because of Mark's MS and he now does one night feed. PIP review "
         "came back in Dec and his award was cut from enhanced to standard daily living - about £290 "
         "a month less. CA helping with the mandatory reconsideration.",
         ["PH", "FIN"],
         [("convention", "FIN", "Now a benefit problem (award cut, reconsideration) = FIN, conv 5.")]),
)

case("Z031", "Hollinbrook", "2025-06-23", "2025-11-10",
     box("A", "green",
         "Isaac and Ezra (3m). Ezra's tongue tie was divided at 6 wks and he's feeding fine now. Isaac "
         "slow to gain, on the 2nd centile, HV weighing weekly; Naomi breastfeeding both with formula "
         "top ups.",
         ["PH"],
         [("historical", "PH", "Tongue tie divided = over; PH present for Isaac's slow weight gain.")]),
     box("A", "blue",
         "Joel is a full time student and they're finding money tight. Signposted to Healthy Start and "
         "the childrens centre baby bank; they applied for Healthy Start themselves the same week.",
         ["FIN"]),
     box("C", "",
         "Closing phone call with Naomi. Isaac still on the 2nd centile but gaining steadily, HV "
         "weighing monthly now. They use the Healthy Start card every week and Naomi has found a "
         "twins swap group on facebook for clothes. Family happy to close.",
         ["PH", "FIN"],
         [("convention", "", "Unboxed: HV = green; the rest is the family's own network, conv 2."),
          ("convention", "FIN", "Healthy Start food vouchers in use = FIN, conv 10.")],
         note_level="green"),
)


# ---------------------------------------------------------------------------
# Writer
# ---------------------------------------------------------------------------
def main():
    narr_rows, gold_rows, traps = [], [], {}
    seen = set()
    for c in CASES:
        cid = c["cid"]
        assert c["a_date"] < c["c_date"], cid
        for b in c["boxes"]:
            stage = "assessment" if b["stage"] == "A" else "closure"
            date = c["a_date"] if b["stage"] == "A" else c["c_date"]
            tid = "%s-%s" % (cid, b["stage"])
            nid = "%s-%s" % (tid, b["level"] or "note")
            assert nid not in seen, nid
            seen.add(nid)
            narr_rows.append([nid, tid, cid, stage, date, b["level"],
                              c["locality"], b["text"]])
            glevel = b["level"] or b["note_level"]
            assert len(set(b["codes"])) == len(b["codes"]), nid
            for code in b["codes"]:
                gold_rows.append([nid, code, glevel])
            if b["traps"]:
                traps[nid] = b["traps"]

    def write(name, header, rows):
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\r\n")
            w.writerow(header)
            w.writerows(rows)

    write("narratives.csv",
          ["narrative_id", "triage_id", "case_id", "stage", "date", "level",
           "locality", "narrative"], narr_rows)
    write("gold.csv", ["narrative_id", "code", "level"], gold_rows)
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8", newline="") as f:
        f.write(json.dumps(traps, indent=2, ensure_ascii=False).replace("\n", "\r\n") + "\r\n")

    triages = {r[1] for r in narr_rows}
    notes = [r for r in narr_rows if not r[5]]
    coded = {g[0] for g in gold_rows}
    print("cases: %d" % len(CASES))
    print("triages: %d (assessment %d, closure %d)" % (
        len(triages), sum(t.endswith("-A") for t in triages),
        sum(t.endswith("-C") for t in triages)))
    print("narratives: %d (boxed %d, unboxed notes %d, with no gold rows %d)" % (
        len(narr_rows), len(narr_rows) - len(notes), len(notes),
        len(narr_rows) - len(coded)))
    print("gold rows: %d" % len(gold_rows))
    cc = Counter(g[1] for g in gold_rows)
    print("codes: " + ", ".join("%s %d" % (k, cc[k]) for k in CODES))
    lc = Counter(g[2] for g in gold_rows)
    print("gold levels: " + ", ".join("%s %d" % (k, lc[k]) for k in LEVELS))
    print("trap narratives: %d, trap notes: %d" % (
        len(traps), sum(len(v) for v in traps.values())))


if __name__ == "__main__":
    main()
