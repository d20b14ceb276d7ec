#!/usr/bin/env python3
"""Blind gold set z116: SEND families awaiting diagnosis / EHCPs in an invented Surrey borough, 2025-26.

Written from /work/shared/taxonomy.md only (plus the devset README and file headers for format).
Every narrative, its gold codes and its trap notes are kept together below, one narrative at a time.
Standard library only. Writes narratives.csv, gold.csv, traps.json and prints counts.
"""
import csv
import json
import os
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))

CASES = []  # list of dicts: case, loc, a (date), c (date), items
_cur = None


def case(cid, loc, a_date, c_date):
    global _cur
    _cur = {"case": cid, "loc": loc, "a": a_date, "c": c_date, "items": []}
    CASES.append(_cur)


def N(stage, box, text, codes, traps=(), note_level=None):
    """stage 'A' or 'C'; box = blue/green/yellow/orange/red or 'note' (unboxed).
    codes = present codes (gold). traps = [(type, code, note)].
    note_level = the single level for an unboxed note's codes (convention 2)."""
    assert stage in ("A", "C")
    if box == "note":
        assert note_level in ("blue", "green", "yellow", "orange", "red")
    else:
        assert note_level is None
    assert len(set(codes)) == len(codes), (text, codes)
    _cur["items"].append({"stage": stage, "box": box, "text": text, "codes": list(codes),
                          "traps": [dict(type=t, code=c, note=n) for (t, c, n) in traps],
                          "note_level": note_level})


# ---------------------------------------------------------------------------
case("Z001", "Ashcombe", "2025-09-15", "2026-02-20")
N("A", "green",
  "Oliver (9), Y5 at Brookwater Junior. SENCo (Mrs Hale) has put him on SEN support this term – daily "
  "check-in with his TA and a movement break card. School say he holds it together in class but mum reports "
  "he 'explodes' as soon as he gets home. No concerns re attendance, 96% last year. SENCo says an EHCP "
  "request may be needed if progress stalls.",
  ["EDU-SEND", "REL-PAR"],
  [("negated", "EDU-ATT", "'No concerns re attendance' - negated."),
   ("hypothetical", "EDU-SEND", "EHCP request 'may be needed if' is hypothetical, but EDU-SEND is present anyway via SEN support / SENCo."),
   ("convention", "REL-PAR", "Mum's report that he 'explodes' at home = child behaviour at home (REL-PAR), even in a SENCo box.")])
N("A", "yellow",
  "Claire (mum) describes meltdowns most evenings after school – screaming, kicking doors, and last week he bit "
  "her arm when she took the iPad off him. Oliver won't settle till 11pm and is often up at 5. Claire and "
  "Oliver's stepdad Dean don't agree on how to handle him, Dean thinks she 'gives in' and they are rowing most "
  "nights. GP referred for ASD assessment in June, told approx 18 month wait. FSW to do weekly home visits and "
  "offer a place on Spectrum Steps.",
  ["REL-PAR", "PH", "REL-CONF", "EDU-SEND"],
  [("convention", "DA", "Child biting mum = child-to-parent violence -> REL-PAR, not DA (conv 8)."),
   ("convention", "PH", "Sleep problem of a school-age child -> PH (conv 9)."),
   ("convention", "REL-CONF", "Parents arguing about how to parent -> REL-CONF (conv 8), not DA."),
   ("convention", "EDU-SEND", "Awaiting ASD assessment -> EDU-SEND.")])
N("C", "blue",
  "Claire using the calm box and visual timetable after school; meltdowns down to one or two a week and she says "
  "she now knows what to do when one starts. Claire and Dean did Spectrum Steps together and say they're 'on the "
  "same page' now. Melatonin from GP since November, Oliver asleep by 9 most nights.",
  ["REL-PAR", "PH"],
  [("convention", "REL-PAR", "Meltdowns still happening but managed -> present in a blue box (conv 3)."),
   ("historical", "REL-CONF", "Parental disagreement described as over ('on the same page now') -> historical."),
   ("convention", "PH", "Ongoing melatonin codes PH (conv 4), now managing (conv 3).")])

# ---------------------------------------------------------------------------
case("Z002", "Hollybridge", "2025-09-22", "2026-03-12")
N("A", "yellow",
  "SENCo referral – Kestrel Park School • Amelia (13), Y8 • attendence 61% autumn term, has frozen at the school "
  "gate most mornings since Easter • panic attacks before school – says her chest goes tight and she feels sick "
  "• SEN support only, no EHCP; SENCo requesting an EP assessment • mum (Rachel) has cut her hours at work to be "
  "home in the mornings, money very tight, using the Linden Vale community pantry most weeks",
  ["EDU-ATT", "MH-CHILD", "EDU-SEND", "FIN"],
  [("convention", "PH", "Chest tightness/feeling sick are described as panic symptoms -> MH-CHILD, not PH."),
   ("partial", "EDU-SEND", "'no EHCP' is negated but SEN support + SENCo + EP request make EDU-SEND present."),
   ("convention", "FIN", "Community pantry (food bank type) + money tight -> FIN (conv 10); no hungry child described so no SAFE-NEG.")])
N("A", "orange",
  "GP referred Amelia to CAMHS after she told the school nurse she had been scratching her forearms with a compass. "
  "Triage done, waiting for a first appointment. Rachel very low on my visit, tearful throughout, says she hasn't "
  "slept properly for months and feels she is failing both her girls.",
  ["MH-CHILD", "MH-ADULT", "PH"],
  [("convention", "PH", "JUDGEMENT: parent's own months-long sleep problem -> PH (taxonomy PH covers sleep of anyone in the family)."),
   ("convention", "MH-ADULT", "'very low', tearful, feels failing -> MH-ADULT (low mood), not just tiredness.")])
N("C", "green",
  "Amelia on a part time timetable (mornings) since January with a plan to build up by a lesson every fortnight; "
  "she has made every session. Still seeing CAMHS. EHC needs assessment agreed in Feb.",
  ["EDU-ATT", "MH-CHILD", "EDU-SEND"],
  [("convention", "MH-CHILD", "CAMHS in a green box: code takes the box level green (conv 2)."),
   ("convention", "EDU-ATT", "Part-time timetable is EDU-ATT even though every session is attended.")])
N("C", "blue",
  "Rachel back on full hours and says money is 'fine again', not needed the pantry since before Christmas.",
  [],
  [("historical", "FIN", "Money problem and pantry use described as over -> historical, no code.")])

# ---------------------------------------------------------------------------
case("Z003", "Wyndham Cross", "2025-10-01", "2026-04-15")
N("A", "yellow",
  "Home visit to Kerry and her 3 children. Mason (7) was diagnosed with ADHD in 2024 and is now waiting for an "
  "autism assessment via the ND pathway. He won't settle in his own bed, sleeps in with Kerry and wakes several "
  "times a night – Kerry reckons she gets 3-4 hrs. Lily (11) has been getting Mason dressed and walking him to "
  "school on the days Kerry can't get up because of her back (slipped disc, waiting for physio). Lily says she "
  "'doesn't mind' but school have noticed she's tired and she has been late 9 times this half term. Family on UC "
  "and get DLA for Mason; Kerry says they manage ok money-wise.",
  ["EDU-SEND", "PH", "CARER", "EDU-ATT"],
  [("negated", "FIN", "UC/DLA named but family 'manage ok money-wise' -> no FIN (conv 5)."),
   ("convention", "CARER", "Lily (11) dressing/walking her brother because mum is unwell = young carer."),
   ("convention", "EDU-SEND", "ADHD diagnosis + on the ND pathway -> EDU-SEND (conv 4)."),
   ("convention", "PH", "One PH code covers Mason's sleep, Kerry's back and sleep loss."),
   ("convention", "EDU-ATT", "Lily's repeated lateness -> EDU-ATT.")])
N("A", "green",
  "Archie (2): 2 yr review missed twice, HV has rebooked as a home visit. Kerry says he isn't saying any words yet "
  "and just points.",
  ["EYD", "PH"],
  [("convention", "EYD", "Under-5 speech delay and development check -> EYD (conv 9)."),
   ("convention", "PH", "JUDGEMENT: the missed review is also a missed health appointment, which PH lists explicitly, so both codes.")])
N("C", "green",
  "Mason assessed in March – diagnosis of autism. School have put a sensory plan in and he has his own workstation "
  "in class. Lily goes to Borough Young Carers on Tuesdays after school. Kerry's back much better after physio, no "
  "longer taking painkillers.",
  ["EDU-SEND", "CARER"],
  [("historical", "PH", "Back pain resolved, 'no longer taking painkillers' -> historical."),
   ("convention", "CARER", "Attending a young carers service is ongoing support for a young carer (conv 4) -> CARER present.")])

# ---------------------------------------------------------------------------
case("Z004", "Linden Vale", "2025-09-10", "2026-01-28")
N("A", "orange",
  "Tyler (14) suspended 3 times since Sept 2024 (8 days in total) for swearing at staff and walking out of lessons; "
  "school now raising a managed move. ADHD diagnosed 2021 but he stopped his meds over the summer, says they make "
  "him feel 'flat'. Police called to the house 12/09 after Tyler punched a hole in the kitchen door and shoved mum "
  "into the worktop when she took his phone.",
  ["EDU-EXC", "EDU-SEND", "REL-PAR", "CRIME"],
  [("convention", "DA", "Teenager pushing his mother = child-to-parent violence -> REL-PAR + CRIME (police called), not DA (conv 8)."),
   ("convention", "EDU-SEND", "JUDGEMENT: an ADHD diagnosis is a SEND need -> EDU-SEND, even though meds stopped."),
   ("convention", "EDU-EXC", "Suspensions + proposed managed move -> EDU-EXC.")])
N("A", "yellow",
  "Donna (mum) and Tyler's dad seperated in July, dad moved to his mum's over in Ashcombe. Contact is on and off and "
  "they argue by text about Tyler's behaviour and whose fault it is. Donna says she's drinking 'most of a bottle of "
  "wine every night to switch off' and knows it has crept up. Dad also drinks heavily according to Donna.",
  ["REL-CONF", "SUB"],
  [("outside", "SUB", "Dad's drinking: he lives outside the household -> not coded (conv 6). SUB is coded for Donna's own drinking."),
   ("convention", "REL-CONF", "Separation and arguments between the parents are the family's need even though dad has moved out.")])
N("C", "yellow",
  "Tyler started at Fernmoor Academy on a 6 week managed move in January, settling so far. Back on his ADHD "
  "medication via the GP. If the move breaks down he would go back to Castlemoor and be at real risk of a permanent "
  "exclusion.",
  ["EDU-EXC", "EDU-SEND"],
  [("hypothetical", "EDU-EXC", "Risk of permanent exclusion only 'if the move breaks down' is hypothetical; EDU-EXC is present via the current managed move."),
   ("convention", "EDU-SEND", "JUDGEMENT: ongoing ADHD medication codes the ADHD area, EDU-SEND (conv 4 analogy with 'on the ADHD pathway'), not PH.")])
N("C", "blue",
  "Donna has cut down to a couple of glasses at weekends, using the Drink Free Days app. No police involvement since "
  "September.",
  ["SUB"],
  [("convention", "SUB", "'Cut down', still drinking, self-managing with an app -> now managing, present in a blue box (conv 3)."),
   ("historical", "CRIME", "'No police involvement since September' -> historical.")])

# ---------------------------------------------------------------------------
case("Z005", "Ashcombe", "2025-10-06", "2026-03-02")
N("A", "green",
  "SENCo: Freya (6), Y2 at St Aldric's. On the SALT caseload for expressive language, school running a small "
  "language group 3x wk. We've started an EHCP request with mum's consent. Freya is very quiet and compliant in "
  "school, we think she masks a lot.",
  ["EDU-SEND"],
  [("convention", "EYD", "Speech and language for a school-age child -> EDU-SEND, not EYD (conv 9).")])
N("A", "yellow",
  "At home Freya has 2–3 hour meltdowns most evenings and lashes out at her little brother Alfie (4). She'll only "
  "eat plain pasta, crackers and one brand of yoghurt – GP weighed her and she's on the 2nd centile, dietitian "
  "referral made. Alfie's nursery say his speech is behind for his age and he's still in nappies in the day.",
  ["REL-PAR", "PH", "EYD"],
  [("convention", "REL-PAR", "Meltdowns / hitting a sibling at home -> REL-PAR (child behaviour at home)."),
   ("not-coded", "SAFE-NEG", "Restricted (sensory) diet is a health/weight issue -> PH; no lack of food, so not SAFE-NEG."),
   ("convention", "EYD", "Under-5 speech and toileting -> EYD (conv 9).")])
N("C", "green",
  "Freya's EHCP issued Feb, 15 hrs support at St Aldric's. Seen by dietitian, now on 9th centile but diet still "
  "very limited. Alfie toilet trained at Christmas; speech coming on with nursery WellComm groups.",
  ["EDU-SEND", "PH", "EYD"],
  [("convention", "PH", "Diet still very limited, being managed -> present in green box (conv 3)."),
   ("partial", "EYD", "Toileting now historical, but speech still being supported -> EYD present.")])

# ---------------------------------------------------------------------------
case("Z006", "Hollybridge", "2025-11-03", "2026-05-18")
N("A", "red",
  "S47 completed in Oct after class teacher saw fingertip bruising on Jack's (8) upper arms. Dad (Gary) said he "
  "had held Jack down during a meltdown to stop him running into the road. Outcome: child in need plan, SW Priya "
  "allocated. Jack is autistic and attends Thornbury House special school with an EHCP.",
  ["REL-PAR", "EDU-SEND"],
  [("not-coded", "PH", "JUDGEMENT: the taxonomy has no physical-abuse code; the concern is dad's handling of Jack's meltdowns -> REL-PAR (parenting capacity / parent-child relationship). Bruising is not coded PH."),
   ("not-coded", "SAFE-EXP", "Running towards the road is not a missing episode.")])
N("A", "yellow",
  "Gary and Sam (mum) both work full time, Gary on nights. They row about Gary's approach – Sam wants him to do the "
  "autism parenting course, Gary says he 'doesn't need a course'. Jack's brother Leo (12) told me he stays in his "
  "room with headphones on to block out the shouting and feels anxious most of the time.",
  ["REL-CONF", "MH-CHILD"],
  [("convention", "FIN", "Working nights is not FIN (conv 5)."),
   ("convention", "MH-CHILD", "Sibling's anxiety -> MH-CHILD.")])
N("C", "orange",
  "CIN closed, stepped down to EH in April. Both parents finished the course. Jack still bolts – got out through the "
  "back gate in March and police found him 2 streets away; door and gate alarms now fitted.",
  ["SAFE-EXP"],
  [("convention", "CRIME", "Police finding a missing child is safeguarding, not CRIME (conv 7)."),
   ("convention", "SAFE-EXP", "Running off / missing episode -> SAFE-EXP."),
   ("historical", "REL-PAR", "CIN plan closed and course finished -> historical; no current parenting need described.")])

# ---------------------------------------------------------------------------
case("Z007", "Wyndham Cross", "2025-11-17", "2026-04-09")
N("A", "yellow",
  "Ruby (15), autistic (dx 2022), EHCP at Kestrel Park. Not been in school since October half term, school emailing "
  "work home which she doesn't open. Spends the day in her room on her PC and is awake until 3 or 4am most nights.",
  ["EDU-SEND", "EDU-ATT", "PH"],
  [("convention", "PH", "School-age sleep problem -> PH (conv 9).")])
N("A", "orange",
  "Ruby told her EHCP key worker she has been messaging a 19-year-old man she met on Discord who has asked her for "
  "pictures. School reported to police, OSR done. Ruby is low in mood and on the CAMHS waiting list.",
  ["SAFE-EXP", "MH-CHILD", "EDU-SEND"],
  [("convention", "CRIME", "Police involvement is about an adult's grooming, not offending by a household member -> no CRIME."),
   ("convention", "EDU-SEND", "JUDGEMENT: 'her EHCP key worker' says she has an EHCP; by the service-name rule (taxonomy, conv 4) the plan implies the SEND need -> EDU-SEND."),
   ("convention", "MH-CHILD", "Low mood + CAMHS waiting list -> MH-CHILD (conv 4).")])
N("A", "note",
  "SENCo note 20/11 – call with mum. She is exhausted and says she and Ruby's dad are 'at each other's throats' over "
  "how to get Ruby back into school; dad thinks mum is too soft on her. Offered mum a place on the EP service's EBSA "
  "parent workshop in Jan.",
  ["REL-CONF", "EDU-ATT"],
  [("not-coded", "MH-ADULT", "JUDGEMENT: 'exhausted' alone is not parental mental health -> no MH-ADULT."),
   ("convention", "LEVEL", "Unboxed note: cues SENCo (green) and a parent workshop / extra service (yellow) -> one level, yellow (conv 2)."),
   ("convention", "EDU-ATT", "'how to get Ruby back into school' describes current non-attendance.")],
  note_level="yellow")
N("C", "green",
  "Ruby doing 2 days a week in the school's resource base, plan to add a day after the annual review. Still waiting "
  "for CAMHS.",
  ["EDU-ATT", "EDU-SEND", "MH-CHILD"],
  [("convention", "MH-CHILD", "'waiting for CAMHS' codes MH-CHILD (conv 4) at the box level green (conv 2)."),
   ("convention", "EDU-ATT", "Reduced days -> part-time attendance, EDU-ATT.")])

# ---------------------------------------------------------------------------
case("Z008", "Linden Vale", "2025-09-08", "2026-01-19")
N("A", "green",
  "Harry (5) started Reception in Sept at Hollybridge Infants. Teacher says he doesn't join in, flaps his hands and "
  "lines up toys, and covers his ears in assembly. SENCo has met mum (Jo) and is collecting evidence for a community "
  "paediatrician referral.",
  ["EDU-SEND"],
  [("convention", "EYD", "Harry is 5 and in school: SEND in education -> EDU-SEND, not EYD (EYD is under-5s).")])
N("A", "yellow",
  "Jo finds bedtimes really hard – Harry screams if any step of the routine changes and is then awake until gone 10. "
  "Jo has been on sertraline for anxiety since Harry was born and says it's been worse since he started school. "
  "Harry's dad works away Mon-Fri. Jo's mum used to help a lot but died last year.",
  ["REL-PAR", "PH", "MH-ADULT"],
  [("convention", "PH", "Awake until gone 10 at age 5 in school -> sleep problem, PH (conv 9)."),
   ("convention", "FIN", "Dad working away is not FIN (conv 5)."),
   ("historical", "", "Grandmother's help is past and she is outside the household; nothing coded for her.")])
N("C", "green",
  "Harry on the paeds waiting list, SEN support plan in place at school. Jo's GP has upped her sertraline and she "
  "feels 'steadier'. Bedtime now about 40 mins using the picture routine Jo made.",
  ["EDU-SEND", "MH-ADULT", "REL-PAR"],
  [("convention", "MH-ADULT", "Ongoing antidepressant treatment -> MH-ADULT present (conv 3/4)."),
   ("convention", "REL-PAR", "Bedtime routine being managed by mum -> REL-PAR (routines) present in green box; no sleep problem stated, so no PH.")])

# ---------------------------------------------------------------------------
case("Z009", "Ashcombe", "2025-10-13", "2026-04-01")
N("A", "orange",
  "Kai (12) was permanently excluded from Castlemoor School on 02/10 after he hit a TA during a meltdown. Now at the "
  "Fernside Centre (PRU) mornings only while the LA reviews his EHCP placement (ASD/SEMH). Kai also known to YOS – "
  "arrested in August for criminal damage at the rec with a group of older boys.",
  ["EDU-EXC", "EDU-ATT", "EDU-SEND", "CRIME"],
  [("not-coded", "SAFE-EXP", "Offending 'with a group of older boys' - no exploitation, grooming or missing described -> no SAFE-EXP."),
   ("convention", "CRIME", "Arrest + YOS -> CRIME (conv 7)."),
   ("convention", "EDU-ATT", "PRU mornings only = part-time -> EDU-ATT as well as EDU-EXC.")])
N("A", "yellow",
  "Natalie (mum) is on her own, Kai's dad is in prison. She's £1,200 behind on rent with Castlemoor Homes after "
  "dropping to part-time to cover Kai's mornings, and the landlord has served a section 8 notice. She has also had a "
  "letter saying the DLA for Kai is being reviewed. Mia (8) has started wetting the bed again.",
  ["FIN", "HOUS", "PH"],
  [("outside", "CRIME", "Dad in prison is outside the household -> no CRIME (conv 6)."),
   ("convention", "HOUS", "Possession (section 8) notice -> HOUS; the rent arrears -> FIN."),
   ("convention", "PH", "Bedwetting at school age -> PH (conv 9).")])
N("C", "yellow",
  "Kai started at Oakridge (specialist ASD provision) full time in March, taxi provided. Still on a referral order "
  "with YOS until June. Possession hearing adjourned on terms, Natalie paying £50 a month extra off the arrears.",
  ["EDU-SEND", "CRIME", "HOUS", "FIN"],
  [("not-coded", "EDU-ATT", "Full-time specialist placement: no attendance problem described."),
   ("convention", "HOUS", "Possession proceedings adjourned on terms = continuing risk to the tenancy -> HOUS present."),
   ("convention", "FIN", "Arrears still being repaid -> FIN present.")])

# ---------------------------------------------------------------------------
case("Z010", "Hollybridge", "2025-09-17", "2026-02-25")
N("A", "yellow",
  "• Evie (10) and Jacob (7) both on the CAMHS neurodevelopmental waiting list for ADHD, Evie also queried ASD "
  "• mum (Leanne) and dad (Craig) together but constant arguments about screens and bedtimes – 'Craig shouts, I bribe' "
  "• no routines in the house, no set mealtimes, kids take food to their rooms and go to bed when they drop "
  "• Leanne thinks she may have ADHD herself",
  ["EDU-SEND", "MH-CHILD", "REL-CONF", "REL-PAR"],
  [("convention", "MH-CHILD", "HARD: the service name CAMHS alone codes MH-CHILD (taxonomy: 'a service name alone ... does code its area'), even though this is the neurodevelopmental list; EDU-SEND for the ADHD/ASD assessment."),
   ("not-coded", "SAFE-NEG", "No set mealtimes is a routines issue (REL-PAR); food is available, so no SAFE-NEG."),
   ("hypothetical", "", "Leanne's own possible ADHD is speculative and not a code area -> not coded.")])
N("A", "green",
  "Jacob needs 4 fillings – dentist letter says 2 appts missed. Evie's attendance 89%, mainly Mondays.",
  ["PH", "EDU-ATT"],
  [("convention", "PH", "Dental need + missed dental appointments -> PH.")])
N("C", "yellow",
  "Leanne and Craig went to 4 of the 6 Branching Out sessions, Craig stopped coming. They still clash over "
  "consequences and Craig thinks Leanne undermines him in front of the kids.",
  ["REL-CONF"],
  [("convention", "REL-PAR", "JUDGEMENT: disagreement between the parents about consequences -> REL-CONF (conv 8); course attendance is past, and no child behaviour is described, so no REL-PAR.")])

# ---------------------------------------------------------------------------
case("Z011", "Wyndham Cross", "2025-10-20", "2026-03-23")
N("A", "orange",
  "TAF plan agreed 15/10. Isaac (16), autistic, dropped out of sixth form at Kestrel Park after 3 weeks in Sept and "
  "has not been in education, work or training since. Rarely leaves the house, says there's 'no point in anything'; "
  "CAMHS assessment booked for Nov. Mum (Helen) has long Covid and hasn't worked since 2023, and dad (Rob) is on UC "
  "looking for work after being made redundant in the summer. Isaac's cousin is also autistic and at a specialist "
  "college.",
  ["EDU-NEET", "EDU-SEND", "MH-CHILD", "PH", "FIN"],
  [("convention", "FIN", "Both adults out of work -> household worklessness, so FIN is added to EDU-NEET (conv 11)."),
   ("outside", "EDU-SEND", "Cousin's autism is outside the household; EDU-SEND is coded for Isaac's own autism (judgement: ASD diagnosis -> EDU-SEND)."),
   ("convention", "PH", "Helen's long Covid -> PH.")])
N("A", "yellow",
  "Isaac's brother Sam (13) does most of the cooking and the Tesco shop on days Helen is too fatigued to get up. "
  "Helen worries that if Rob's UC gets sanctioned they won't be able to pay the rent.",
  ["CARER", "PH"],
  [("hypothetical", "FIN", "Sanction/rent worry is conditional ('if ... sanctioned') -> hypothetical, no FIN or HOUS."),
   ("convention", "PH", "Helen too fatigued to get up (illness) -> PH.")])
N("C", "yellow",
  "Isaac doing a supported internship taster with Linden Works 2 days a week but still not enrolled on anything for "
  "Sept. Sees his CAMHS clinician fortnightly. Rob started at the garden centre in Feb.",
  ["EDU-NEET", "MH-CHILD"],
  [("partial", "EDU-NEET", "A taster but 'still not enrolled' -> still NEET / at risk -> EDU-NEET present."),
   ("historical", "FIN", "Rob now working -> worklessness ended; no FIN.")])

# ---------------------------------------------------------------------------
case("Z012", "Linden Vale", "2025-11-10", "2026-05-06")
N("A", "yellow",
  "Noah (8) – private diagnosis of autism with a PDA profile in 2025, school not yet accepting the PDA part. Noah has "
  "been on a part-time timetable of 9–12 every day since Sept. Mum (Sophie) had to give up her job as a dental nurse "
  "so she can collect him. Her Carer's Allowance claim was refused because she was still on her notice period; she's "
  "asked for it to be looked at again and they're £300 into their overdraft. Noah is also withholding and soiling, "
  "GP has referred to community paeds.",
  ["EDU-SEND", "EDU-ATT", "FIN", "PH"],
  [("convention", "FIN", "Carer's Allowance refused + overdraft = a benefit/money problem -> FIN (conv 5)."),
   ("convention", "CARER", "'Carer's Allowance' never implies CARER (conv 5, 12)."),
   ("convention", "PH", "Soiling at school age -> PH (conv 9 by analogy with bedwetting), not EYD.")])
N("C", "green",
  "Noah now doing 9–2 with an early pick up, SENCo and EP meeting booked to plan the next step. School have now "
  "accepted the PDA profile and staff are using a low-demand approach.",
  ["EDU-ATT", "EDU-SEND"],
  [("convention", "EDU-ATT", "Still a reduced day (9-2) -> EDU-ATT present.")])
N("C", "note",
  "FSW closing note 30/04: Sophie says Noah's soiling is much better, he's still on Movicol through the paeds team. "
  "Carer's Allowance in payment with backdating and overdraft cleared. Sophie has the SENDIASS number should she "
  "need advice later.",
  ["PH"],
  [("convention", "PH", "Improving but still on treatment (Movicol) -> PH present (conv 4)."),
   ("historical", "FIN", "Overdraft cleared, allowance now paid -> historical."),
   ("hypothetical", "EDU-SEND", "SENDIASS number 'should she need advice later' is hypothetical; no SEND need described in this note."),
   ("convention", "LEVEL", "Unboxed: highest cue is the FSW (family support worker) -> yellow (conv 2).")],
  note_level="yellow")

# ---------------------------------------------------------------------------
case("Z013", "Ashcombe", "2025-09-24", "2026-02-04")
N("A", "yellow",
  "Referral from SENCo at Brookwater Junior. Ellie (9) is refusing school most mornings – says she feels sick, cries "
  "and clings to the banister. Attendance 74%. Mum (Kirsty) dates Ellie's anxiety to her grandad dying in the summer "
  "holidays. Ellie has dyslexia and is on SEN support. Kirsty works early shifts at the hospital, so on bad days "
  "Ellie's brother Josh (15) stays home with her until Kirsty is back, and he's missing the start of his own school day.",
  ["EDU-ATT", "MH-CHILD", "EDU-SEND", "CARER"],
  [("convention", "FIN", "Working shifts is not FIN (conv 5)."),
   ("convention", "CARER", "JUDGEMENT: Josh (15) staying off to look after his anxious sister = caring responsibility -> CARER."),
   ("outside", "", "Grandad's death: outside household and past; coded only through Ellie's current anxiety (MH-CHILD)."),
   ("convention", "EDU-ATT", "One EDU-ATT code covers both Ellie's refusal and Josh's missed starts.")])
N("C", "green",
  "Ellie's attendance up to 88% this half term; soft start at 8.30 in the nurture room. Weekly ELSA sessions in school "
  "for bereavement.",
  ["EDU-ATT", "MH-CHILD"],
  [("convention", "EDU-ATT", "Improving but still below 90% with a managed soft start -> now managing, present (conv 3)."),
   ("convention", "MH-CHILD", "Ongoing ELSA for bereavement -> MH-CHILD (conv 4).")])
N("C", "blue",
  "Ellie's aunt now does the Wed and Fri school runs so Josh hasn't missed any school since half term.",
  [],
  [("historical", "CARER", "Josh's caring/missed school described as over ('hasn't missed any ... since') -> historical."),
   ("historical", "EDU-ATT", "As above.")])

# ---------------------------------------------------------------------------
case("Z014", "Hollybridge", "2025-10-08", "2026-03-18")
N("A", "orange",
  "Neighbours called police twice in Sept after hearing screaming – both times it was Callum (11, ASD and ADHD) in "
  "meltdown, no offences, officers gave advice. Callum has hit mum (Gemma) and broke her glasses in one incident. "
  "Gemma has MS, walks with a stick and had a relapse in August.",
  ["REL-PAR", "CRIME", "EDU-SEND", "PH"],
  [("convention", "CRIME", "HARD: police call-outs about a young person's behaviour are CRIME under conv 7 (and conv 8 for CPV with police), even though 'no offences' - the call-outs themselves are the cue."),
   ("convention", "DA", "Child hitting mother = CPV -> REL-PAR, not DA (conv 8)."),
   ("convention", "PH", "Mum's MS -> PH.")])
N("A", "yellow",
  "Callum's twin Grace (11) helps Gemma with her tablets and getting dressed on bad days. Gemma says she's at the end "
  "of her rope and cries every day; GP has offered talking therapies.",
  ["CARER", "MH-ADULT"],
  [("not-coded", "PH", "Gemma's condition is not named in this box ('bad days'); coded on own text -> no PH (conv 1)."),
   ("convention", "MH-ADULT", "Daily crying, end of her rope, talking therapies -> MH-ADULT.")])
N("C", "yellow",
  "Grace goes to Borough Young Carers fortnightly. Gemma on the waiting list for Talking Therapies. Callum's "
  "meltdowns less often and he hasn't hit out since January.",
  ["CARER", "MH-ADULT", "REL-PAR"],
  [("partial", "REL-PAR", "Hitting is historical ('since January') but meltdowns continue -> REL-PAR present."),
   ("convention", "MH-ADULT", "Awaiting talking therapies -> MH-ADULT (conv 4).")])

# ---------------------------------------------------------------------------
case("Z015", "Wyndham Cross", "2025-09-12", "2026-01-30")
N("A", "green",
  "Poppy (4) at Little Acorns nursery 15 hrs. Nursery SENCo concerned re social communication – very little speech, "
  "not toilet trained. HV aware. Due to start school Sept 2026 and school readiness is a worry.",
  ["EYD", "EDU-SEND"],
  [("convention", "EYD", "Under-5 speech, toileting, school readiness -> EYD (conv 9)."),
   ("convention", "EDU-SEND", "JUDGEMENT: SENCO involvement is listed under EDU-SEND, so a nursery SENCo's SEND concern adds EDU-SEND to EYD.")])
N("A", "yellow",
  "Ayesha (mum) moved here after fleeing DV from Poppy's dad in 2023; he doesn't know where they are and there's been "
  "no contact since. They're in a 1-bed flat – Ayesha, Poppy and Zain (10 months) – black mould in the bedroom and Zain "
  "has had 3 chest infections since Sept. On the housing register, band C.",
  ["HOUS", "PH"],
  [("historical", "DA", "DV in 2023, fled, no contact since -> historical."),
   ("convention", "HOUS", "Overcrowding + damp/mould -> HOUS; baby's chest infections -> PH.")])
N("C", "yellow",
  "Still in the 1-bed, bidding weekly. Ayesha attending the Freedom Programme at the family centre on Thursdays.",
  ["HOUS", "DA"],
  [("convention", "DA", "Freedom Programme codes DA (conv 4); each narrative coded on its own text (conv 1) even though the assessment box called the DA historical.")])

# ---------------------------------------------------------------------------
case("Z016", "Linden Vale", "2025-10-27", "2026-04-20")
N("A", "yellow",
  "Daniel (14), Y9 – EBSA. Mum (Tracey) says he hasn't been in since 8 Sept. Daniel says the corridors are too loud "
  "and a group of boys keep calling him names. On the ND pathway for ASD/ADHD, referred 2024.",
  ["EDU-ATT", "SAFE-EXP", "EDU-SEND"],
  [("not-coded", "MH-CHILD", "HARD: bare 'EBSA' read as school refusal (EDU-ATT); no anxiety, low mood or service is stated, so no MH-CHILD."),
   ("convention", "SAFE-EXP", "Name-calling by peers -> bullying -> SAFE-EXP for Daniel."),
   ("convention", "EDU-SEND", "On the ND pathway -> EDU-SEND (conv 4).")])
N("A", "orange",
  "Daniel's dad Mark left in Sept; Tracey has a non-mol after he threatened her in front of Daniel. Mark breached it on "
  "11/10 and was arrested. DASH high, MARAC 06/11.",
  ["DA"],
  [("convention", "CRIME", "Ex-partner's breach and arrest for the DV -> DA only, not CRIME (conv 7)."),
   ("outside", "DA", "Mark is outside the household, but his abuse of Tracey is the family's need (conv 6).")])
N("C", "yellow",
  "Daniel doing 3 days a week at the school's inclusion hub; no further name-calling reported. IDVA still in touch "
  "with Tracey.",
  ["EDU-ATT", "DA"],
  [("historical", "SAFE-EXP", "'no further name-calling' -> historical."),
   ("convention", "DA", "Ongoing IDVA support -> DA (conv 4).")])

# ---------------------------------------------------------------------------
case("Z017", "Ashcombe", "2025-11-12", "2026-04-29")
N("A", "green",
  "SENCo summary • Zara (7), Y3 • SEN support for sensory needs, OT report 2024 • attendance 97% • no behaviour "
  "concerns in school • mum asked about EHCPs, process explained",
  ["EDU-SEND"],
  [("negated", "EDU-EXC", "'no behaviour concerns in school' -> negated."),
   ("not-coded", "EDU-ATT", "97% attendance is good news with no need stated (conv 3).")])
N("A", "yellow",
  "Zara has never slept through – up 2 or 3 times a night and wanders the house. Hannah (mum) and Zara's dad Tom "
  "separated in Aug; Tom has her alternate weekends, says she sleeps fine at his so it must be Hannah's parenting. "
  "Handovers are tense and Zara melts down for a day after every contact weekend. Tom's new partner's son has ADHD.",
  ["PH", "REL-CONF", "REL-PAR"],
  [("outside", "EDU-SEND", "ADHD of dad's partner's son - outside the household, not coded (conv 6)."),
   ("convention", "REL-CONF", "Separation + tense handovers / blame -> REL-CONF."),
   ("convention", "REL-PAR", "Meltdowns at home after contact -> REL-PAR.")])
N("C", "blue",
  "Hannah and Tom agreed a shared bedtime routine through mediation and now use a contact book for handovers, much less "
  "friction.",
  ["REL-CONF", "REL-PAR"],
  [("convention", "REL-CONF", "Co-parenting conflict now being managed ('much less friction') -> present in blue (conv 3)."),
   ("convention", "LEVEL", "Mediation is a yellow cue but this is a boxed narrative: codes take the blue box level (conv 2)."),
   ("convention", "REL-PAR", "Shared bedtime routine = routines -> REL-PAR (now managing).")])
N("C", "note",
  "Hannah rang – using the sleep booklet and Zara is settling by 9 most nights, still waking once or twice. Happy to "
  "carry on on her own.",
  ["PH"],
  [("convention", "LEVEL", "Unboxed: only cue is information the family acts on itself -> blue (conv 2)."),
   ("convention", "PH", "Sleep still disturbed, self-managed -> PH present.")],
  note_level="blue")

# ---------------------------------------------------------------------------
case("Z018", "Hollybridge", "2025-09-19", "2026-02-16")
N("A", "red",
  "Child in need (s17) plan for Mollie (13) and Reece (9). Mum (Shannon) smokes cannabis daily, says it's the only way "
  "she copes with the kids' needs. Home conditions poor – dog mess in the kitchen, no sheets on the children's beds. "
  "Reece (autistic, EHCP) coming into school in the same clothes for days and school have raised his hygiene.",
  ["SUB", "SAFE-NEG", "EDU-SEND"],
  [("convention", "SAFE-NEG", "Home conditions and child hygiene -> SAFE-NEG.")])
N("A", "orange",
  "Mollie missing overnight twice in Sept, found by police at an adult male's flat in Castlemoor. CSE screening done – "
  "medium risk. Mollie also suspended for 2 days for vaping in the toilets.",
  ["SAFE-EXP", "EDU-EXC"],
  [("convention", "SUB", "Vaping is not SUB (conv 12)."),
   ("convention", "CRIME", "Police finding a missing child is not CRIME (conv 7).")])
N("C", "orange",
  "No missing episodes since November. Mollie still sees the exploitation worker weekly. Shannon engaging with the drug "
  "and alcohol service and says she has cut down to evenings. Home conditions fine on the last 3 unannounced visits.",
  ["SAFE-EXP", "SUB"],
  [("partial", "SAFE-EXP", "Missing episodes historical, but ongoing exploitation worker -> SAFE-EXP present (conv 4)."),
   ("historical", "SAFE-NEG", "Home conditions now fine -> historical."),
   ("convention", "SUB", "Drug and alcohol service ongoing + still using -> SUB.")])

# ---------------------------------------------------------------------------
case("Z019", "Wyndham Cross", "2025-10-15", "2026-03-27")
N("A", "yellow",
  "FSW referral. Aaron (10) – ADHD and dyspraxia, has an EHCP. Lives with mum Lauren and nan Pat, who has COPD and is "
  "on home oxygen. Lauren says Aaron is 'like a tornado' at home – climbing, breaking things, hitting out when he's told "
  "no. She applied for DLA for Aaron and was turned down in Sept, has asked for a mandatory reconsideration and is now "
  "behind on the electric.",
  ["EDU-SEND", "PH", "REL-PAR", "FIN"],
  [("convention", "PH", "Nan lives in the household -> her COPD is PH (contrast conv 6)."),
   ("convention", "FIN", "DLA refused + utility arrears = benefit/money problem -> FIN (conv 5).")])
N("C", "yellow",
  "None at this level at closure – DLA awarded at MR with back pay, electric arrears cleared with Citizens Advice help. "
  "Lauren knows she can go back to CA if bills build up again.",
  [],
  [("historical", "FIN", "Arrears cleared, DLA awarded -> historical."),
   ("hypothetical", "FIN", "'if bills build up again' -> hypothetical.")])
N("C", "green",
  "Lauren using the strategies from the school's ADHD parent webinar; Aaron breaking fewer things but still lashes out "
  "when he's tired.",
  ["REL-PAR"],
  [("not-coded", "EDU-SEND", "The webinar is a parenting resource; no SEND need of Aaron is described in this box -> no EDU-SEND (conv 1).")])

# ---------------------------------------------------------------------------
case("Z020", "Linden Vale", "2025-09-30", "2026-02-09")
N("A", "orange",
  "Ravi (15) – anxiety and self-harm (cutting), open to CAMHS since July. Autistic (dx 2019), on a part-time timetable "
  "of 3 hrs a day at Fernmoor Academy. Dad (Sunil) says he and Ravi's mum (Meena) argue all the time because Meena "
  "wants to home educate and Sunil wants him in school.",
  ["MH-CHILD", "EDU-SEND", "EDU-ATT", "REL-CONF"],
  [("convention", "REL-CONF", "Parents arguing about schooling -> REL-CONF (conv 8).")])
N("A", "blue",
  "Ravi's sister Anjali (9) has asthma, well controlled, Meena keeps on top of her inhalers and spacer.",
  ["PH"],
  [("convention", "PH", "A condition the family is now managing counts as present in a blue box (conv 3, cf. 'managing his own insulin').")])
N("C", "note",
  "FSW closing summary 05/02: Ravi's PTT up to 4 hrs a day, sees the school counsellor weekly. EHCP annual review "
  "booked for March. Sunil and Meena still disagree about home ed but have agreed to park it until after the review.",
  ["EDU-ATT", "MH-CHILD", "EDU-SEND", "REL-CONF"],
  [("convention", "LEVEL", "Unboxed: highest cue is the FSW -> yellow (conv 2)."),
   ("convention", "MH-CHILD", "Weekly school counselling = ongoing treatment -> MH-CHILD (conv 4)."),
   ("convention", "REL-CONF", "'still disagree' -> parental conflict present though parked.")],
  note_level="yellow")
N("C", "blue",
  "Anjali's asthma still well controlled – Meena checks her inhaler technique herself every month using the video "
  "the practice nurse sent.",
  ["PH"],
  [("convention", "PH", "Ongoing condition the family manages itself -> present in a blue box (conv 3).")])

# ---------------------------------------------------------------------------
case("Z021", "Ashcombe", "2025-10-02", "2026-03-05")
N("A", "yellow",
  "Lucas (6), Y1, awaiting ASD assessment – SENCo and EP both involved. Will only eat chicken nuggets, toast and dry "
  "cereal; GP says his weight is fine. Mum (Bex) is 24 wks pregnant with hyperemesis, admitted to hospital twice since "
  "Aug, and says she can't keep on top of Lucas's behaviour at home – he's throwing things and hitting when she can't "
  "play with him.",
  ["EDU-SEND", "PH", "REL-PAR"],
  [("partial", "PH", "Weight negated, but the restricted diet and mum's hyperemesis are present -> PH."),
   ("convention", "REL-PAR", "Behaviour at home / mum not coping with it -> REL-PAR.")])
N("A", "green",
  "Isla (8), Lucas's sister – school report low mood, she told her teacher no one listens to her at home because 'it's "
  "all about Lucas'. ELSA starting after half term.",
  ["MH-CHILD"],
  [("convention", "MH-CHILD", "Sibling's low mood -> MH-CHILD.")])
N("C", "blue",
  "Baby Rosie born Dec, all well. Bex goes to the Parent Carer Hub coffee morning on Fridays and says it's a lifeline.",
  [],
  [("convention", "CARER", "'Parent carer' is not CARER (conv 12)."),
   ("not-coded", "", "Pure good news / peer support with no need stated -> nothing coded (conv 3).")])

# ---------------------------------------------------------------------------
case("Z022", "Hollybridge", "2025-11-19", "2026-05-13")
N("A", "orange",
  "Finley (13) suspended 5 days in Nov for bringing a craft knife into school – says he carries it because lads from "
  "Y10 threatened him on the bus. School informed police, Finley interviewed voluntarily, outcome awaited. ADHD "
  "diagnosed; EHC needs assessment refused in Sept and parents have appealed to tribunal.",
  ["EDU-EXC", "SAFE-EXP", "CRIME", "EDU-SEND"],
  [("convention", "SAFE-EXP", "Threats from older pupils = bullying -> SAFE-EXP for Finley (people outside the household, effect on the child)."),
   ("convention", "CRIME", "Knife possession with police investigation = offending by a household member -> CRIME.")])
N("A", "yellow",
  "Jodie (mum) says Finley's brother Connor (18) moved back in after losing his warehouse job – he's on UC and not "
  "looking for anything. 5 of them now in a 2-bed flat, Finley sharing with Connor and the youngest.",
  ["EDU-NEET", "HOUS"],
  [("convention", "FIN", "18-year-old not in EET -> EDU-NEET only (conv 11); UC named alone is not FIN (conv 5)."),
   ("convention", "HOUS", "5 people in a 2-bed -> overcrowding, HOUS.")])
N("C", "yellow",
  "Tribunal listed for June. Finley started at Wyndham Cross Academy on a managed move in Feb and it's going ok. Police "
  "took no further action re the knife.",
  ["EDU-SEND", "EDU-EXC"],
  [("historical", "CRIME", "Police NFA -> the offending matter is closed; no CRIME."),
   ("convention", "EDU-EXC", "Managed move -> EDU-EXC."),
   ("convention", "EDU-SEND", "SEND tribunal appeal ongoing -> EDU-SEND.")])

# ---------------------------------------------------------------------------
case("Z023", "Linden Vale", "2025-10-09", "2026-03-16")
N("A", "yellow",
  "Jessica (16) is autistic and in Y12 at Linden College doing Level 2 Animal Care, attending well. Since Sept she has "
  "been restricting her eating and has lost 5kg. GP has referred to the eating disorders service. Mum (Carla) works two "
  "jobs; Jessica's dad not involved.",
  ["EDU-SEND", "MH-CHILD", "PH"],
  [("negated", "EDU-NEET", "In college and attending well -> no EDU-NEET."),
   ("convention", "MH-CHILD", "JUDGEMENT: restrictive eating referred to an eating disorders service -> MH-CHILD; the stated 5kg weight loss adds PH."),
   ("convention", "FIN", "Working two jobs is not FIN.")])
N("A", "orange",
  "Seen by CAMHS community eating disorders team 30/09 – high risk pathway, weekly weights and bloods at the surgery.",
  ["MH-CHILD", "PH"],
  [("convention", "PH", "Weekly weight/blood monitoring -> physical health need, PH.")])
N("C", "yellow",
  "Jessica's weight stable; still under the ED team and doing family-based therapy with Carla. Carla went on the "
  "parents' and carers' workshop.",
  ["MH-CHILD"],
  [("convention", "CARER", "'carers' workshop' for a parent is not CARER (conv 12)."),
   ("not-coded", "PH", "Weight stable, no physical need stated in this yellow box -> no PH.")])

# ---------------------------------------------------------------------------
case("Z024", "Ashcombe", "2025-11-24", "2026-05-20")
N("A", "orange",
  "TAF review • Ethan (9), ADHD – on methylphenidate and melatonin • suspended twice this term for kicking staff "
  "• part-time timetable (home at 12.30) since Oct • mum (Stacey) feels school 'just want rid of him'",
  ["EDU-SEND", "PH", "EDU-EXC", "EDU-ATT"],
  [("convention", "PH", "Melatonin = ongoing sleep treatment -> PH (conv 4, 9)."),
   ("convention", "EDU-ATT", "Part-time timetable -> EDU-ATT; suspensions -> EDU-EXC.")])
N("A", "yellow",
  "Stacey had to give up her job at the Co-op to pick Ethan up at lunchtime. Now £640 behind on council tax and using "
  "the Hollybridge food bank. School say Ethan came in hungry 3 times last week – Stacey admits the cupboards were bare "
  "till payday. Ethan's brother Kieran (14) resents him and the boys fight most nights; Stacey can't separate them.",
  ["FIN", "SAFE-NEG", "REL-PAR"],
  [("convention", "SAFE-NEG", "Hungry child / empty cupboards -> SAFE-NEG and food bank -> FIN: both (conv 10)."),
   ("convention", "REL-PAR", "Sibling fighting at home that mum cannot manage -> REL-PAR.")])
N("C", "yellow",
  "EHCP issued April naming the ADHD base at Oakridge from Sept – until then still finishing at 12.30. No suspensions "
  "since Feb. Council tax on a £40/month plan.",
  ["EDU-SEND", "EDU-ATT", "FIN"],
  [("historical", "EDU-EXC", "'No suspensions since Feb' -> historical."),
   ("convention", "FIN", "Arrears still being repaid -> FIN present.")])

# ---------------------------------------------------------------------------
case("Z025", "Hollybridge", "2025-09-26", "2026-02-18")
N("A", "yellow",
  "Alesha (11) is a young carer for mum (Monique), who has bipolar disorder and was sectioned for 3 wks in July. "
  "Alesha's brother Jaylen (7) has ADHD and Alesha does his bedtime most nights. 12 days absence for Alesha this term.",
  ["CARER", "MH-ADULT", "EDU-SEND", "EDU-ATT"],
  [("convention", "MH-ADULT", "Bipolar disorder is current although the section was in July -> MH-ADULT present.")])
N("A", "green",
  "School nurse saw Alesha for headaches – she's missed 2 optician appointments.",
  ["PH"],
  [])
N("C", "yellow",
  "Alesha goes to the young carers group and has a young carers card at school. Monique under the community mental "
  "health team and stable on lithium.",
  ["CARER", "MH-ADULT"],
  [("convention", "MH-ADULT", "'stable' but ongoing CMHT + lithium -> MH-ADULT (conv 4).")])

# ---------------------------------------------------------------------------
case("Z026", "Wyndham Cross", "2025-10-22", "2026-04-08")
N("A", "green",
  "SENCo referral: Sophie (12), Y7. We suspect ADHD inattentive type – teachers say she's 'away with the fairies' and "
  "homework never comes in. Attends well, no concerns about her safety. If ADHD is confirmed she may need a reduced "
  "timetable around exams. Her best friend was recently suspended for vaping.",
  ["EDU-SEND"],
  [("hypothetical", "EDU-ATT", "Reduced timetable only 'if ADHD is confirmed' -> hypothetical."),
   ("outside", "EDU-EXC", "Friend's suspension -> outside the household (conv 6)."),
   ("negated", "SAFE-EXP", "'no concerns about her safety' -> negated.")])
N("A", "yellow",
  "Mum (Gill) says home is 'a war zone' over homework and screens – Sophie screams, slams doors and has sworn at her. "
  "Gill is a single parent working full time and says she's running on empty. Sophie has started skipping breakfast "
  "and lunch, saying she's fat.",
  ["REL-PAR", "MH-CHILD"],
  [("not-coded", "MH-ADULT", "'running on empty' = exhaustion, not a stated mental health problem -> no MH-ADULT (judgement)."),
   ("convention", "MH-CHILD", "JUDGEMENT: skipping meals because she thinks she is fat = body image / emotional wellbeing -> MH-CHILD; no weight or health effect stated so no PH; food is available so no SAFE-NEG.")])
N("C", "green",
  "Sophie on the ADHD pathway; school have put her in homework club. Eating back to normal per Gill. Gill knows to ask "
  "the GP about a CAMHS referral if the worries about food come back.",
  ["EDU-SEND"],
  [("historical", "MH-CHILD", "Eating 'back to normal' -> historical."),
   ("hypothetical", "MH-CHILD", "CAMHS named only in an 'if ... come back' clause -> hypothetical; the service-name rule needs a real service involvement.")])

# ---------------------------------------------------------------------------
case("Z027", "Linden Vale", "2025-09-16", "2026-02-26")
N("A", "orange",
  "Joint home visit with the SENCo from Thornbury House. Dylan (8) is autistic with a severe learning disability, "
  "non-verbal, EHCP. He is doubly incontinent, smears, and his sleep is very disturbed – awake most nights from 2am. "
  "Dad (Pete) gave up work to care for him and mum (Anna) works part time. They get DLA high rate care and Carer's "
  "Allowance and Pete says 'money isn't the problem, sleep is'. Dylan's sister Evie (14) has been self-harming and told "
  "the school counsellor she hates being at home. School have referred her to CAMHS. Short breaks assessment requested "
  "from the Children with Disabilities team.",
  ["EDU-SEND", "PH", "MH-CHILD"],
  [("negated", "FIN", "Benefits named, 'money isn't the problem' -> no FIN (conv 5); one parent still works, so no household worklessness."),
   ("convention", "CARER", "Dad caring for Dylan is a parent carer, not CARER (conv 12)."),
   ("not-coded", "", "Short breaks / CWD team: no code area of its own; Dylan's needs already coded EDU-SEND and PH.")])
N("A", "yellow",
  "Pete and Anna row about whether Dylan should go to a residential school – Anna says she won't 'give him away'.",
  ["REL-CONF"],
  [("not-coded", "EDU-SEND", "Residential school is the topic of the parents' argument; no SEND need is described in this box itself -> REL-CONF only (conv 1).")])
N("A", "note",
  "SENCo note 22/09: Anna phoned in tears, Dylan up from 1am again and she is worried Evie has been cutting again. "
  "Advised Anna to get a GP appointment for Evie today.",
  ["PH", "MH-CHILD"],
  [("not-coded", "MH-ADULT", "'phoned in tears' is a look-alike, not parental mental health."),
   ("convention", "MH-CHILD", "A current concern that Evie is self-harming is a present risk -> MH-CHILD."),
   ("convention", "LEVEL", "Unboxed: cues SENCo and GP only -> green (conv 2).")],
  note_level="green")
N("C", "orange",
  "Evie seen fortnightly by CAMHS, no self-harm in the last 6 weeks. Dylan having one overnight short break a month.",
  ["MH-CHILD"],
  [("partial", "MH-CHILD", "Self-harm historical for 6 weeks, but CAMHS ongoing -> MH-CHILD present (conv 4).")])

# ---------------------------------------------------------------------------
case("Z028", "Hollybridge", "2025-11-05", "2026-04-30")
N("A", "yellow",
  "Maisie (7) has selective mutism – doesn't speak at all in school, chatters away at home. SALT involved through school. "
  "Mum (Kate) has postnatal depression after baby Arlo (5 months); HV visiting fortnightly. Dad (James) works long hours "
  "and Kate is on her own most days. James's brother has depression.",
  ["MH-CHILD", "EDU-SEND", "MH-ADULT"],
  [("convention", "MH-CHILD", "JUDGEMENT: selective mutism is an anxiety condition -> MH-CHILD; school SALT for a school-age child -> EDU-SEND (conv 9)."),
   ("outside", "MH-ADULT", "Uncle's depression is outside the household; MH-ADULT is coded for Kate's PND."),
   ("convention", "FIN", "Long working hours is not FIN (conv 5).")])
N("A", "blue",
  "Kate's mum comes 2 afternoons a week to help with Arlo, and Kate has found a baby group at the library.",
  [],
  [("not-coded", "EYD", "Family network and a baby group, no need stated -> nothing coded.")])
N("C", "green",
  "Kate's PND improving with counselling via the GP. Maisie's selective mutism – she now whispers to her TA and SALT "
  "sessions are continuing.",
  ["MH-ADULT", "MH-CHILD", "EDU-SEND"],
  [("convention", "MH-ADULT", "Improving, still in counselling -> now managing, present (conv 3/4).")])

# ---------------------------------------------------------------------------
case("Z029", "Wyndham Cross", "2025-09-03", "2026-01-14")
N("A", "red",
  "Strategy meeting 01/09. Bella (14), autistic with an EHCP, has frequent meltdowns at home which mum's partner Lee "
  "'couldn't cope with'. On 29/08 Lee grabbed mum (Nicola) by the throat during an argument about Bella, in front of "
  "Bella. Lee has moved out under a safety plan. Police also attended a DA incident between them in 2024.",
  ["REL-PAR", "DA", "EDU-SEND"],
  [("convention", "REL-CONF", "The argument was part of abuse -> DA only, not REL-CONF (conv 8)."),
   ("historical", "DA", "2024 incident historical, but the August assault is current -> DA present."),
   ("convention", "CRIME", "Partner's offence against the adult victim -> DA, not CRIME (conv 7).")])
N("A", "orange",
  "Bella has not been in school since the incident; school setting up online learning. School have referred to CAMHS.",
  ["EDU-ATT", "MH-CHILD"],
  [("convention", "MH-CHILD", "CAMHS referral codes MH-CHILD by the service name (conv 4).")])
N("C", "orange",
  "Nicola doing the Freedom Programme; non-mol in place, no contact from Lee. Bella back in school 4 days a week.",
  ["DA", "EDU-ATT"],
  [("convention", "DA", "Freedom Programme + non-mol in place -> DA present (conv 4)."),
   ("convention", "EDU-ATT", "4 days a week = still not full-time -> EDU-ATT present.")])

# ---------------------------------------------------------------------------
case("Z030", "Linden Vale", "2025-12-01", "2026-06-10")
N("A", "orange",
  "• Tommy (15) doing 2 days/wk at AP after a 10 day suspension for fighting • mum (Lisa) found cannabis and £300 cash "
  "in his room • going missing till late with older lads from Hollybridge • stopped by police 20/11 with a bag of small "
  "wraps – arrested • awaiting ADHD assessment",
  ["EDU-ATT", "EDU-EXC", "SAFE-EXP", "CRIME", "EDU-SEND"],
  [("convention", "SUB", "Drugs/cash found on a child who is going missing with older lads = exploitation -> SAFE-EXP + CRIME, not SUB (conv 12).")])
N("A", "yellow",
  "Lisa on antidepressants from the GP. Tommy's dad lives in Brackley Down, drinks heavily and rings Lisa to blame her "
  "for Tommy 'going off the rails'. Hollie (12), Tommy's sister, is scared of him when he's angry and he has punched "
  "holes in her door.",
  ["MH-ADULT", "REL-CONF", "REL-PAR"],
  [("outside", "SUB", "Dad's drinking: outside the household -> not coded (conv 6)."),
   ("convention", "REL-CONF", "Separated parents' blame calls -> parental conflict, REL-CONF (not DA: no abuse described)."),
   ("convention", "REL-PAR", "Teen's aggression at home towards his sister -> REL-PAR.")])
N("A", "note",
  "SENCo note 03/12: Tommy's ADHD assessment has been expedited through the school's ND pathway. Lisa says he isn't "
  "using cannabis himself 'as far as she knows'. Police have referred him to YOS following the arrest; TAF meeting set "
  "for 10/12.",
  ["EDU-SEND", "CRIME"],
  [("negated", "SUB", "'isn't using cannabis himself' -> negated."),
   ("convention", "LEVEL", "Unboxed: police/arrest, YOS and TAF are orange cues -> orange (conv 2)."),
   ("convention", "CRIME", "Arrest + YOS referral -> CRIME (conv 7).")],
  note_level="orange")
N("C", "orange",
  "Tommy on a referral order with YOS until Sept. Seeing the Project Compass exploitation worker weekly. Full time back "
  "at Castlemoor School since April and ADHD diagnosed in March, on medication.",
  ["CRIME", "SAFE-EXP", "EDU-SEND"],
  [("historical", "EDU-ATT", "Back full time since April -> the part-time/AP issue is over."),
   ("convention", "SAFE-EXP", "Ongoing exploitation worker -> SAFE-EXP (conv 4).")])

# ---------------------------------------------------------------------------
case("Z031", "Ashcombe", "2025-09-05", "2026-01-22")
N("A", "green",
  "SENCo – I've known Alfie (10) since Reception. He has an EHCP for social communication and a full-time 1:1, and is "
  "doing really well in class this year; attendance good. Mum asked for EH support because home is a very different story.",
  ["EDU-SEND"],
  [("not-coded", "EDU-ATT", "'attendance good' - good news with no need stated."),
   ("not-coded", "REL-PAR", "'home is a very different story' states no actual behaviour or parenting need -> not coded.")])
N("A", "yellow",
  "At home Alfie won't let anyone near his things, screams at his brother Theo (6) for going in his room and pushed him "
  "down the stairs last month. Nadia (mum) and Chris (dad) are shattered; Chris has been sleeping on the sofa and they "
  "have talked about separating.",
  ["REL-PAR", "REL-CONF"],
  [("not-coded", "MH-ADULT", "Parents 'shattered' = exhaustion only -> no MH-ADULT (judgement)."),
   ("not-coded", "PH", "Dad sleeping on the sofa is a relationship sign, not a sleep problem -> no PH."),
   ("convention", "REL-CONF", "Relationship under strain, talk of separating -> REL-CONF.")])
N("C", "blue",
  "Nadia and Chris use a 'tap out' plan so one of them takes over when the other is at the limit with Alfie. Theo has a "
  "lock on his bedroom door now.",
  ["REL-PAR"],
  [("convention", "REL-PAR", "Parents managing Alfie's behaviour with their own plan -> now managing, present in blue (conv 3).")])


# ---------------------------------------------------------------------------
def main():
    nar_rows, gold_rows, traps = [], [], OrderedDict()
    seen = set()
    for c in CASES:
        for it in c["items"]:
            tid = f"{c['case']}-{it['stage']}"
            nid = f"{tid}-{it['box']}"
            assert nid not in seen, nid
            seen.add(nid)
            stage = "assessment" if it["stage"] == "A" else "closure"
            date = c["a"] if it["stage"] == "A" else c["c"]
            level = "" if it["box"] == "note" else it["box"]
            nar_rows.append([nid, tid, c["case"], stage, date, level, c["loc"], it["text"]])
            glevel = it["note_level"] if it["box"] == "note" else it["box"]
            for code in it["codes"]:
                gold_rows.append([nid, code, glevel])
            if it["traps"]:
                traps[nid] = it["traps"]

    with open(os.path.join(HERE, "narratives.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"])
        w.writerows(nar_rows)
    with open(os.path.join(HERE, "gold.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "code", "level"])
        w.writerows(gold_rows)
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8", newline="") as f:
        f.write(json.dumps(traps, indent=1, ensure_ascii=False).replace("\n", "\r\n") + "\r\n")

    n_cases = len(CASES)
    n_tri = len({r[1] for r in nar_rows})
    n_notes = sum(1 for r in nar_rows if r[5] == "")
    print(f"cases {n_cases}, triages {n_tri}, narratives {len(nar_rows)} (unboxed notes {n_notes}), gold rows {len(gold_rows)}")
    print("narratives with no gold rows:", sum(1 for r in nar_rows if r[0] not in {g[0] for g in gold_rows}))
    print("narratives with trap notes:", len(traps))
    print("by stage:", dict(Counter(r[3] for r in nar_rows)))
    print("by box:", dict(Counter(r[5] or "note" for r in nar_rows)))
    print("by locality:", dict(Counter(r[6] for r in nar_rows)))
    print("gold by code:", dict(sorted(Counter(g[1] for g in gold_rows).items())))
    print("gold by level:", dict(Counter(g[2] for g in gold_rows)))


if __name__ == "__main__":
    main()
