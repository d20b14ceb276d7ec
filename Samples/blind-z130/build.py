#!/usr/bin/env python3
"""Blind gold set Z130 (under-fives theme): narratives, gold codes and trap notes.

Written from /work/shared/taxonomy.md only (plus the devset README and the
file headers for format).  Python 3 standard library only.

Each case lists its narratives one at a time as
    N(stage, box, text, codes, traps, note_level=None)
stage: "A" (assessment) or "C" (closure); box: blue/green/yellow/orange/red,
or "note" for an unboxed note (then note_level is the single highest level
cue in the text, convention 2).  codes: the PRESENT codes only.
"""
import csv
import json
import os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))


def T(kind, code, note):
    return {"type": kind, "code": code, "note": note}


def N(stage, box, text, codes, traps=(), note_level=None):
    return dict(stage=stage, box=box, text=text, codes=list(codes),
                traps=list(traps), note_level=note_level)


CASES = []


def case(cid, locality, a_date, c_date, *narrs):
    CASES.append(dict(cid=cid, loc=locality, dates={"A": a_date, "C": c_date},
                      narrs=list(narrs)))


# ---------------------------------------------------------------- Z001
case("Z001", "Castlebrook", "2025-04-14", "2025-09-22",
     N("A", "green",
       "Ivy (7m) seen at baby clinic - wt dropped from 25th to 9th centile since her 4m check. "
       "Shannon says she is a 'sicky' baby, brings back most of every bottle and arches and screams "
       "during feeds. HV has asked GP to review ?reflux. Imms up to date.",
       ["PH"],
       [T("not-coded", "PH", "'Imms up to date' is pure good news; PH is present only because of the weight drop/reflux.")]),
     N("A", "yellow",
       "Shannon (mum) tearful thru most of the visit. EPDS 17 (Q10 scored 0). Says she has felt flat "
       "and on edge since Ivy was born and hasn't been out of the flat on her own for weeks. GP started "
       "sertraline last wk. Partner Rhys is on shifts at the distribution centre so she is on her own a "
       "lot with Ivy and Kaiden (2). Plan: EHW weekly visits + referral to Brambles Family Hub 'Mums "
       "Together' perinatal group. DA - none disclosed on RE. Drugs/alcohol - nil.",
       ["MH-ADULT"],
       [T("convention", "FIN", "Working shifts is not FIN (convention 5)."),
        T("negated", "DA", "'DA - none disclosed on RE' is negated."),
        T("negated", "SUB", "'Drugs/alcohol - nil' is negated.")]),
     N("C", "blue",
       "Shannon still taking sertraline and says she feels 'more like me again'. Goes to the Weds walk "
       "and talk with her sister and plans to keep going after we close.",
       ["MH-ADULT"],
       [T("convention", "MH-ADULT", "Ongoing medication for her mood in a blue box = now managing (conventions 3 and 4).")]),
     )

# ---------------------------------------------------------------- Z002
case("Z002", "Ridgeford", "2025-05-06", "2025-11-03",
     N("A", "green",
       "2-2.5yr review at home. ASQ-3 comms 15 (below cut-off), all other domains above. Harley (2y6m) "
       "has approx 10 words, mostly points or pulls mum to what he wants. On the tablet a lot of the day. "
       "No childcare - Jade not sure about the 2yr funded place as 'he won't cope'. Advised re screen "
       "time and Chatter Club at the hub, SALT referral done, EHW to help with the funding form.",
       ["EYD"],
       [T("convention", "EYD", "Under-5 speech delay, development check and nursery take-up are all EYD (convention 9).")]),
     N("C", "green",
       "Harley started at Puddleducks nursery on 15 funded hrs in Sept & is settling. Seen by SALT for "
       "initial assessment, on the waiting list for a therapy block. Now about 40 words and starting to "
       "put 2 together.",
       ["EYD"],
       [T("convention", "EYD", "Still on the SALT waiting list for therapy: ongoing service for an under-5's speech (conventions 4 and 9).")]),
     )

# ---------------------------------------------------------------- Z003
case("Z003", "Sallowfield", "2025-06-02", "2025-12-08",
     N("A", "green",
       "Maya (3) had 6 teeth out under GA at Sallowfield General in May because of decay. Still goes to "
       "bed with a bottle of diluted blackcurrant. Family haven't registered with a dentist since moving "
       "here last year. HV gave list of NHS practices taking children + toothbrushing pack.",
       ["PH"],
       [T("partial", "PH", "The extractions are past, but the night-time juice bottle and no dentist are current dental-health needs.")]),
     N("A", "yellow",
       "Aisha struggles with bedtime - Maya won't go down without the bottle and screams for up to an "
       "hour if it's taken off her, usually not asleep till gone 10pm. Aisha gives in 'for some peace'. "
       "Dad works away Mon-Fri (HGV). EHW to do a sleep diary and a bedtime routine plan with mum.",
       ["PH", "REL-PAR"],
       [T("convention", "PH", "A sleep problem is PH; the taxonomy puts sleep under PH and convention 9 does not move it to EYD for under-5s."),
        T("convention", "REL-PAR", "Bedtime routine and giving in = routines/boundaries (REL-PAR)."),
        T("not-coded", "FIN", "Dad working away is not FIN or REL-CONF.")]),
     N("C", "blue",
       "Maya registered at Marlow Road Dental, first check up in Jan. Only water in the bottle now and "
       "Aisha is following the bedtime chart - asleep by 8.30 most nights.",
       ["PH", "REL-PAR"],
       [T("convention", "PH", "Blue box, dental care being managed (registered, check-up booked) = present (convention 3)."),
        T("convention", "REL-PAR", "Bedtime chart being followed = routine now managing (convention 3).")]),
     )

# ---------------------------------------------------------------- Z004
case("Z004", "Willowmere", "2025-04-28", "2025-10-20",
     N("A", "red",
       "Theo (4m) made subject to a CP plan, category emotional abuse, at ICPC on 15/04. Police attended "
       "the flat x3 since Feb. Jordan (Theo's dad) arrested 02/04 for assaulting Chloe, on bail with a "
       "condition not to contact her or attend the address. SW Danielle Frost, CSC.",
       ["DA"],
       [T("convention", "CRIME", "The partner's arrest for assaulting Chloe is DA only, not CRIME (convention 7).")]),
     N("A", "orange",
       "Chloe discussed at MARAC 22/04 (DASH 16), IDVA allocated. Rent arrears £640 with Oakfield Homes, "
       "and there is black mould in the back bedroom where Theo's cot is.",
       ["DA", "FIN", "HOUS"]),
     N("A", "yellow",
       "Chloe (19) is a care leaver, her PA from the leaving care team visits monthly. She says she feels "
       "anxious most of the time and gets panic attacks in shops. Theo has missed his 8 and 12 week imms - "
       "Chloe says she keeps forgetting the apointments. EHW to support self-referral to Talking "
       "Therapies and rebook the imms with the surgery.",
       ["MH-ADULT", "PH"],
       [T("not-coded", "", "Being a care leaver has no code of its own.")]),
     N("C", "orange",
       "Jordan convicted in Aug, restraining order in place for 2 yrs. Chloe moved to a new flat on a "
       "management transfer so the mould issue went with the move, and the arrears were cleared with a "
       "DHP. Theo's imms now up to date. Chloe on session 6 of 8 with Talking Therapies.",
       ["DA", "MH-ADULT"],
       [T("convention", "DA", "Restraining order currently in force = present DA protection; the conviction is DA not CRIME (convention 7)."),
        T("historical", "HOUS", "Mould ended with the move - historical."),
        T("historical", "FIN", "Arrears 'cleared' - historical (convention 3)."),
        T("historical", "PH", "Imms 'now up to date' - the gap is over."),
        T("convention", "MH-ADULT", "Ongoing Talking Therapies sessions code MH-ADULT (convention 4).")]),
     )

# ---------------------------------------------------------------- Z005
case("Z005", "Castlebrook", "2025-05-19", "2025-10-13",
     N("A", "green",
       "Oscar (3) at Sunnyside Pre-school, attendence only 52% this term - often not brought in on "
       "Mondays or collected at lunchtime. Still in nappies day + night, keyworker has started a "
       "toileting plan with mum. Due to start Reception at Oakleigh in Sept.",
       ["EYD"],
       [T("convention", "EDU-ATT", "Poor attendance at a pre-school by a 3-year-old is nursery take-up (EYD), not school attendance (convention 9).")]),
     N("A", "yellow",
       "Ruby (6) Y1 at Oakleigh Primary, 84% attendance, lots of single days off with 'tummy ache'. Cries "
       "at the classroom door and begs Gemma not to make her go in. EHW to do worry work with Ruby + a "
       "joint attendance plan with school.",
       ["EDU-ATT", "MH-CHILD"],
       [T("not-coded", "PH", "'Tummy ache' is given as the reason for absence linked to worry, not described as a physical illness.")]),
     N("C", "green",
       "Oscar started Reception in Sept and is attending well. Dry in the day since the summer hols, "
       "still in a pull-up at night which the school nurse says is normal for his age.",
       [],
       [T("historical", "EYD", "'Dry in the day since the summer' - the toileting need is over."),
        T("negated", "EYD", "Night pull-up explicitly described as normal for his age - no need."),
        T("not-coded", "EDU-ATT", "'Attending well' is pure good news (convention 3).")]),
     )

# ---------------------------------------------------------------- Z006
case("Z006", "Ridgeford", "2025-07-07", "2026-01-12",
     N("A", "green",
       "9-12m review. Isla (10m) waking 5-6 x a night and will only resettle on the breast, both parents "
       "shattered. Offered HV sleep clinic. Weaning going well - 3 meals a day, lots of finger food.",
       ["PH"],
       [T("convention", "PH", "Infant sleep problem coded PH (sleep is a PH term; convention 9 lists no EYD home for sleep)."),
        T("not-coded", "EYD", "Weaning going well - good news, no need stated."),
        T("not-coded", "MH-ADULT", "Parents 'shattered' is tiredness, not a mental health description.")]),
     N("A", "yellow",
       "At the review Tom (dad) said he's been 'really low' since Isla was born and is drinking most "
       "nights to switch off. Priya worried he's drinking a lot more than he used to. PHQ-9 15. Agreed GP "
       "appt and referral to the Dads Matter peer support worker. No concerns re Priya's mood, EPDS 4.",
       ["MH-ADULT", "SUB"],
       [T("negated", "MH-ADULT", "Priya's mood negated; MH-ADULT is present for Tom (a parent)."),
        T("convention", "SUB", "Nightly drinking to cope, raised as a concern by his partner = parental alcohol misuse.")]),
     N("C", "blue",
       "Isla has slept through since November (gradual retreat worked). Tom has cut right down, only a "
       "couple of beers on a Saturday, and still meets the Dads Matter worker every other week about his "
       "mood.",
       ["MH-ADULT", "SUB"],
       [T("historical", "PH", "'Slept through since November' - the sleep problem is over."),
        T("convention", "SUB", "'Cut right down' is not 'stopped': in a blue box it is now managing (convention 3)."),
        T("convention", "MH-ADULT", "Ongoing peer support about his mood (convention 4).")]),
     )

# ---------------------------------------------------------------- Z007
case("Z007", "Sallowfield", "2025-06-03", "2025-12-01",
     N("A", "note",
       "HV home visit 03/06. Noah (18m) not yet walking, cruises round the furniture, no words yet and "
       "doesn't point. Kerry worried. Discussed with GP - referred to community paeds for a developmental "
       "assessment, and I have made a Portage referral. Home cluttered; no stair gate on the steep stairs, "
       "bleach and dishwasher tabs in an unlocked cupboard at floor level. Kerry says money very tight "
       "since her maternity pay stopped, has been to the food bank at St Mark's twice this month. "
       "Neighbour upstairs was arrested for dealing in the spring, Kerry says it's been quieter since.",
       ["EYD", "SAFE-NEG", "FIN"],
       [T("convention", "", "Unboxed note: highest cue is the Portage referral (yellow, convention 2); HV/GP are green."),
        T("convention", "SAFE-NEG", "Current home-safety hazards (no stair gate, chemicals in reach) coded as home conditions/supervision (SAFE-NEG)."),
        T("convention", "FIN", "Food bank = FIN (convention 10)."),
        T("outside", "CRIME", "Neighbour's arrest is outside the household (convention 6) and also in the past.")],
       note_level="yellow"),
     N("C", "green",
       "Noah walking on his own since Oct. Paeds diagnosed global developmental delay, 6 monthly review; "
       "Portage visiting every 2 wks.",
       ["EYD"],
       [T("partial", "EYD", "Walking is now achieved, but the global delay with ongoing Portage/paeds review is current.")]),
     N("C", "blue",
       "Stair gate fitted through the Safe at Home scheme and cleaning stuff moved up high. Kerry shops "
       "at the community pantry on Fridays (£5 for a bag).",
       ["FIN"],
       [T("historical", "SAFE-NEG", "Hazards remedied - the issue is described as over."),
        T("convention", "FIN", "Low-cost community pantry = food poverty support, now managing in a blue box (conventions 3, 10).")]),
     )

# ---------------------------------------------------------------- Z008
case("Z008", "Willowmere", "2025-09-01", "2026-02-02",
     N("A", "green",
       "Yusuf (13m) hasn't had his 1 yr imms (MMR, Hib/MenC, MenB booster, PCV). Fatima declined at the "
       "surgery after reading things online about MMR. HV talked it through, left NHS leaflet and "
       "offered a chat with the practice nurse. Zainab (3) fully imms'd.",
       ["PH"],
       [T("convention", "PH", "Declined/missed immunisations are a current PH issue whatever the reason.")]),
     N("A", "blue",
       "Fatima wants Zainab to start nursery with the 30 hrs but isn't sure they're eligible as dad is "
       "self employed - signposted to the Childcare Choices site, she'll check tonight.",
       ["EYD"],
       [T("convention", "EYD", "Nursery take-up being arranged by the family after signposting = EYD in a blue box (convention 3, 9)."),
        T("convention", "FIN", "Self-employment is not FIN (convention 5 by analogy); no money problem stated.")]),
     N("C", "green",
       "Yusuf had MMR and the other 1yr boosters in Dec. Zainab at Little Acorns since Jan, 30 hrs, "
       "loves it.",
       [],
       [T("historical", "PH", "Immunisations now given - the gap is over."),
        T("not-coded", "EYD", "Nursery place taken up and going well - good news, no need stated.")]),
     )

# ---------------------------------------------------------------- Z009
case("Z009", "Castlebrook", "2025-04-03", "2025-11-17",
     N("A", "red",
       "S47 completed 28/03 after Mason (2) was found by a neighbour in the street outside at 7am in just "
       "a nappy. Strategy held same day. Home conditions v poor - dog mess on the kitchen floor, no clean "
       "bedding, Lily-Mae's (5wks) moses basket piled with washing. Fridge empty apart from milk. "
       "Lily-Mae wt 2nd centile, HV weighing weekly. Mason's 2yr review not done, 3 no access visits. "
       "Kacey (4) has missed 2 dental appts.",
       ["SAFE-NEG", "PH", "EYD"],
       [T("convention", "SAFE-NEG", "Empty fridge plus home conditions and supervision = SAFE-NEG (convention 10)."),
        T("convention", "EYD", "Missed 2-year development review = EYD (development checks)."),
        T("convention", "PH", "Low weight and missed dental appointments = PH.")]),
     N("A", "orange",
       "Dean (step-dad) open to Turning Point for heroin, on a methadone script, admits using on top at "
       "weekends. Kacey's nursery teacher says Stacey has smelt of alcohol at pick up several times; "
       "Stacey says she only has 'a glass or two'. Family of 5 in a 2 bed flat, on the housing register "
       "for a 3 bed.",
       ["SUB", "HOUS"],
       [T("convention", "HOUS", "Five people in a two-bed flat = overcrowding (HOUS).")]),
     N("C", "yellow",
       "CP plan ended Oct; stepped down to EH. Home conditions have been kept up at the last 6 "
       "unannounced visits and the dog has been rehomed. Lily-Mae now on the 25th centile. Mason's 2 yr "
       "review finally done - speech a bit behind, referred to the Chatterbugs group. Dean still on his "
       "methadone script, testing clear of illicit drugs since Aug.",
       ["EYD", "SUB"],
       [T("historical", "SAFE-NEG", "Home conditions described as maintained/resolved; in a yellow box 'now managing' does not code (convention 3 applies to blue and green only)."),
        T("historical", "PH", "Weight recovered to the 25th centile - over."),
        T("convention", "SUB", "Methadone script is an ongoing treatment (convention 4), even though illicit use has stopped.")]),
     )

# ---------------------------------------------------------------- Z010
case("Z010", "Ridgeford", "2025-06-16", "2025-12-15",
     N("A", "green",
       "Alfie (3) has Down's syndrome and had his AVSD repaired in 2023, still under cardiology yearly. "
       "At Rainbow Nursery 3 days with 1:1 support; nursery SENCo has sent in an EHCP needs assessment "
       "request ready for school. Family get DLA for Alfie and Becky gets Carer's Allowance, no money "
       "worries.",
       ["PH", "EDU-SEND"],
       [T("convention", "EDU-SEND", "EHCP request and SENCo involvement code EDU-SEND even for an under-5 (the terms are EDU-SEND's; convention 9 only moves speech, toileting and nursery take-up)."),
        T("convention", "FIN", "DLA and Carer's Allowance alone are not FIN, and 'no money worries' negates it (convention 5)."),
        T("convention", "CARER", "Carer's Allowance for a parent is not CARER (conventions 5, 12).")]),
     N("A", "yellow",
       "Ella (9) does a lot for Alfie - helps feed him, gets him dressed in the mornings when Becky is at "
       "hospital appts with him, and sleeps in his room when he's poorly. Teacher raised it after Ella "
       "wrote about it in class. Referred to Ridgeford Young Carers.",
       ["CARER"]),
     N("C", "blue",
       "Ella goes to the young carers club every other Tuesday and has a YC card at school so she can "
       "ring home at lunch.",
       ["CARER"]),
     )

# ---------------------------------------------------------------- Z011
case("Z011", "Sallowfield", "2025-08-11", "2026-01-19",
     N("A", "yellow",
       "Kai (9m) taken to A&E on 02/08 after swallowing a tablet from nan's handbag which was left on the "
       "floor - kept in overnight for obs, discharged, no harm. HV home safety visit: meds now in a "
       "lockable box, but there's no guard on the gas fire and the blind cord hangs down next to the cot. "
       "EHW to go through the home safety checklist with Tia.",
       ["SAFE-NEG"],
       [T("convention", "SAFE-NEG", "Remaining hazards (unguarded fire, blind cord by cot) = home conditions/supervision."),
        T("not-coded", "PH", "A&E visit with no harm and no ongoing health need: not PH.")]),
     N("A", "orange",
       "Tia (17) left college in May and isn't in education, training or work; says she'd like to do hair "
       "and beauty. Her mum's partner Wayne, who lives with them, is on probation for shoplifting and "
       "police came to the house last month looking for him.",
       ["EDU-NEET", "CRIME"],
       [T("convention", "EDU-NEET", "Young parent aged 17 NEET = EDU-NEET only (convention 11)."),
        T("convention", "CRIME", "Adult household member on probation = CRIME (convention 7).")]),
     N("C", "green",
       "Tia started the Step Up hair & beauty course at Sallowfield College in Jan, Kai goes to the "
       "college creche. Fire guard fitted and blind cord cleat put up. Wayne still on probation, "
       "reporting every week.",
       ["CRIME"],
       [T("historical", "EDU-NEET", "Now in education - over."),
        T("historical", "SAFE-NEG", "Hazards fixed - over.")]),
     )

# ---------------------------------------------------------------- Z012
case("Z012", "Willowmere", "2025-05-27", "2025-11-24",
     N("A", "orange",
       "Family in TA - one room at the Regent Hotel - since a s21 eviction in April. Shared kitchen two "
       "floors down. Natalia and the twins (14m) share a double bed and Olek (4) is on a camp bed; no "
       "floor space for the twins to crawl.",
       ["HOUS"],
       [T("not-coded", "SAFE-NEG", "Sleeping arrangements are a consequence of the TA room, described as housing not as a care or supervision lapse.")]),
     N("A", "yellow",
       "Natalia's English is limited (Polish), uses phone translate. Not registered with a GP here; twins "
       "have not had their 12m imms. Olek (4) not in any nursery or school since the move. Money: the "
       "hotel welfare officer is giving food vouchers for the community fridge. EHW to support GP "
       "registration, school admissions and UC change of address.",
       ["PH", "EYD", "FIN"],
       [T("convention", "EYD", "A 4-year-old with no setting = school readiness/nursery take-up (EYD), not EDU-ATT (convention 9)."),
        T("convention", "FIN", "Food vouchers = FIN (convention 10); UC change of address alone would not be (convention 5).")]),
     N("C", "green",
       "Moved into a 3-bed council house on Aldridge Close in Sept. Twins' imms caught up at the new "
       "surgery. Natalia has £380 gas arrears from the move and is paying £10 a week on a plan.",
       ["FIN"],
       [T("historical", "HOUS", "Rehoused - over."),
        T("historical", "PH", "Imms caught up - over.")]),
     )

# ---------------------------------------------------------------- Z013 (notes only)
case("Z013", "Castlebrook", "2025-08-12", "2025-10-06",
     N("A", "note",
       "Family hub drop-in. Marcus (dad) in with Reggie (2y4m). Asked about potty training - Reggie not "
       "interested yet and screams when put on the potty; gave toilet training leaflet + invite to the "
       "Toilet Talk session next month. Also asked about help with nursery costs - showed him the 2yr "
       "funding form, he's going to do it online tonight.",
       ["EYD"],
       [T("convention", "", "Level blue: information and signposting the family acts on itself (convention 2). A drop-in is not an allocated family support worker, and a nursery the child does not yet attend is not a green service cue.")],
       note_level="blue"),
     N("C", "note",
       "Reggie mostly dry in the day now, Marcus doing a sticker chart at home. Started at Tiny Steps "
       "nursery (15 funded hrs) in Sept, key worker says he's settling well.",
       ["EYD"],
       [T("convention", "EYD", "'Mostly dry' with a sticker chart = toileting now managing, not over; note level green (nursery key worker) so convention 3 applies.")],
       note_level="green"),
     )

# ---------------------------------------------------------------- Z014
case("Z014", "Ridgeford", "2025-09-15", "2026-03-09",
     N("A", "green",
       "Tyler (4) weighed at the nursery health check: above the 99.6th centile. Eats only 'beige' food - "
       "chips, nuggets, crackers - and melts down if foods touch on the plate. Nursery SENCo referred him "
       "to the neurodevelopmental pathway for ASD assessment in July.",
       ["PH", "EDU-SEND"],
       [T("convention", "EDU-SEND", "ASD assessment/pathway = EDU-SEND (convention 4), also for a nursery child.")]),
     N("A", "yellow",
       "Meltdowns at home several times a day, hitting + biting Kirsty and head banging on the floor. "
       "Kirsty says she's at the end of her tether and shouts at him a lot. No bedtime routine. EHW to "
       "start 1:1 parenting sessions (Calmer Homes).",
       ["REL-PAR"],
       [T("convention", "DA", "Child-to-parent aggression is REL-PAR, not DA (convention 8)."),
        T("not-coded", "MH-CHILD", "Head banging during meltdowns of a 4-year-old is described as behaviour, not emotional wellbeing or self-harm."),
        T("not-coded", "MH-ADULT", "'End of her tether' is parenting stress, no mental health described.")]),
     N("A", "orange", "none", []),
     N("C", "green",
       "Tyler still on the ASD pathway, paediatrician appt booked for April. Seen by the dietitian, now on "
       "the 98th centile, Kirsty sticking to the meal plan.",
       ["EDU-SEND", "PH"],
       [T("convention", "PH", "Weight still high and being managed with a meal plan in a green box (convention 3).")]),
     )

# ---------------------------------------------------------------- Z015
case("Z015", "Willowmere", "2025-05-12", "2025-12-01",
     N("A", "red",
       "Jack (11m) on a CIN plan (s17) since March re concerns about Rachel's ability to meet his basic "
       "care needs - Rachel has a mild learning disability. At the last 3 visits Jack had severe nappy "
       "rash, bottles weren't sterilised and formula was being made up too strong.",
       ["SAFE-NEG", "PH"],
       [T("convention", "PH", "Severe nappy rash (and the mother's disability) = PH.")]),
     N("A", "yellow",
       "Rachel says Aaron has started shouting at her when she asks him to help with Jack - 'it's just "
       "arguing, we both do it'. She denies he has ever hurt or threatened her and there has been no "
       "police involvement. Couple agreed to a Reducing Parental Conflict session.",
       ["REL-CONF"],
       [T("negated", "DA", "Abuse denied, no police: arguments between parents are REL-CONF (convention 8).")]),
     N("C", "yellow",
       "CIN closed in Oct. Adult social care support worker now visits twice a week to help Rachel with "
       "Jack's feeds and bedtime routine. Rachel and Aaron seperated in Nov after more rows; Aaron has "
       "Jack on Saturdays, handovers at Rachel's mum's.",
       ["REL-PAR", "REL-CONF"],
       [T("historical", "", "CIN closed - the plan is historical (it carries no code anyway)."),
        T("convention", "REL-PAR", "Ongoing support with feeding and bedtime routines codes parenting capacity (conventions 4 and REL-PAR 'routines')."),
        T("convention", "REL-CONF", "Recent separation after rows with current contact handovers = REL-CONF.")]),
     )

# ---------------------------------------------------------------- Z016
case("Z016", "Castlebrook", "2025-10-06", "2026-02-16",
     N("A", "yellow",
       "Sinead self referred through the hub. She's on a prepayment meter and has been self-disconnecting "
       "- no heating or hot water for 4 days last week, borrowing a neighbour's kettle to make Archie's "
       "(4m) bottles. Council tax arrears £1,100, court summons received. Freya's dad pays no "
       "maintenance. EHW to refer to Citizens Advice and the Warm Homes fund.",
       ["FIN"],
       [T("outside", "FIN", "Ex-partner is outside the household, but his non-payment's effect on the family is FIN (convention 6).")]),
     N("A", "green",
       "Freya (3) at Busy Bees Pre-school 15hrs. Staff have noticed she often arrives hungry, asking for "
       "food as soon as she comes in, and in the same clothes for several days.",
       ["SAFE-NEG"],
       [T("convention", "SAFE-NEG", "Hungry child and hygiene = SAFE-NEG (convention 10).")]),
     N("C", "yellow",
       "Citizens Advice agreed a council tax arrangement of £25/month and got £150 meter credit from the "
       "Warm Homes fund; Sinead also gets Healthy Start now. Nursery say Freya comes in clean and has had "
       "breakfast - they will contact the HV should that change.",
       ["FIN"],
       [T("convention", "FIN", "The council tax debt still exists and is being repaid: a current need, not over."),
        T("hypothetical", "SAFE-NEG", "'Should that change' is hypothetical; the current picture is negated.")]),
     )

# ---------------------------------------------------------------- Z017 (notes only)
case("Z017", "Ridgeford", "2025-06-09", "2025-11-10",
     N("A", "note",
       "HV 2-2½ yr review. Amir (2y9m) speaks Arabic at home and has lots of words and short sentences in "
       "Arabic, fewer in English - reassured parents this is normal for a bilingual child, not a delay. "
       "Not toilet trained yet; parents plan to start in the summer, gave toilet training leaflet. Dad "
       "asked about nursery - gave list of local settings.",
       ["EYD"],
       [T("negated", "EYD", "Speech explicitly 'not a delay'; EYD is present only for toileting."),
        T("convention", "", "Note level green: HV is the highest cue (convention 2).")],
       note_level="green"),
     N("C", "note",
       "Phone follow up. Amir dry in the day since Sept. Goes to Little Stars nursery 2 mornings a week. "
       "Parents have no concerns.",
       [],
       [T("historical", "EYD", "Toileting over ('dry since Sept'); nursery attendance is good news only.")]),
     )

# ---------------------------------------------------------------- Z018
case("Z018", "Sallowfield", "2025-04-22", "2025-10-27",
     N("A", "orange",
       "Jess disclosed that Kyle (Finley and Rosie's dad) checks her phone, keeps her bank card and won't "
       "let her see friends; she says she is frightened of him. Heard at MARAC 10/04. Bella (14) open to "
       "CAMHS for self-harm (cutting), last attended A&E in March.",
       ["DA", "MH-CHILD"],
       [T("convention", "FIN", "Keeping her bank card is part of the coercive control (DA), not a money problem.")]),
     N("A", "green",
       "Rosie (2m) - NBV and 6-8 wk check done, feeding well on formula, gaining weight. Jess EPDS 14 at "
       "6-8wks. Finley (3) hitting other children at nursery and sent home early twice; still in nappies.",
       ["MH-ADULT", "EYD"],
       [T("convention", "MH-ADULT", "An EPDS score above the usual threshold is read as a current maternal mood concern."),
        T("convention", "EDU-EXC", "Behaviour at nursery / being sent home from nursery is not school exclusion; under-5 nursery issues are EYD (convention 9)."),
        T("not-coded", "PH", "Rosie feeding and gaining well - good news.")]),
     N("C", "orange",
       "Kyle moved out in June. Non-mol granted in July for 12 months. Jess is doing the Freedom "
       "Programme at the hub on Weds.",
       ["DA"],
       [T("convention", "DA", "Current non-molestation order and Freedom Programme code DA (convention 4).")]),
     N("C", "yellow",
       "Bella discharged from CAMHS Sept, no self harm since May. Now sees the school counsellor weekly.",
       ["MH-CHILD"],
       [T("historical", "MH-CHILD", "CAMHS discharge and self-harm are historical, but weekly school counselling is an ongoing service (convention 4).")]),
     )

# ---------------------------------------------------------------- Z019
case("Z019", "Willowmere", "2025-08-26", "2026-01-26",
     N("A", "yellow",
       "Kayla (16) finished Y11 in July and isn't in education, training or work. Would like to go to "
       "college once Esme (5m) is a bit older. Told her about Care to Learn for childcare costs. FNP "
       "nurse visits fortnightly.",
       ["EDU-NEET"],
       [T("convention", "FIN", "16+ NEET is EDU-NEET only (convention 11); Care to Learn info is not a money problem.")]),
     N("A", "green",
       "Esme's dad Connor (18) lives with his own parents and smokes cannabis every day, so Kayla won't "
       "let him have Esme on his own. He sees her at Kayla's mum's house with Lorraine there.",
       [],
       [T("outside", "SUB", "The father lives elsewhere; his cannabis use is not coded (convention 6)."),
        T("not-coded", "REL-CONF", "Contact is arranged and supervised; no dispute or conflict is described.")]),
     N("C", "blue",
       "Kayla started college in Jan. Connor now has Esme at his mum's on Sundays but they keep falling "
       "out over him bringing her back late; Kayla has contacted a family mediation service herself to "
       "sort out a proper arrangement.",
       ["REL-CONF"],
       [T("historical", "EDU-NEET", "Now at college - over."),
        T("convention", "REL-CONF", "A contact dispute between the parents is a family need even though the father lives elsewhere (convention 6, effect on the family).")]),
     )

# ---------------------------------------------------------------- Z020
case("Z020", "Castlebrook", "2025-06-23", "2025-12-01",
     N("A", "yellow",
       "Gareth has been a lone parent since Mila's mum left last year. Out of work since March when his "
       "agency contract ended. Rent arrears £720; landlord has written saying he'll serve notice if it "
       "isn't cleared by the end of the summer. EHW to link Gareth with the Jobcentre work coach and the "
       "hub's money advice.",
       ["FIN"],
       [T("hypothetical", "HOUS", "Notice will be served only 'if it isn't cleared' - hypothetical; no notice has been served."),
        T("historical", "REL-CONF", "The mother left last year; no current conflict or contact dispute is described.")]),
     N("A", "green",
       "Mila (2) is eligible for the 2yr funded place but hasn't taken it up - Gareth didn't know about "
       "it. Nico (4) in Reception at Hillcrest, 97% attendance, no concerns from school.",
       ["EYD"],
       [T("not-coded", "EDU-ATT", "Nico's good attendance is pure good news.")]),
     N("C", "blue",
       "Gareth started at the depot in Oct (30 hrs). Rent arrears down to £200, paying an extra £40 a "
       "month.",
       ["FIN"],
       [T("convention", "FIN", "Paying off arrears in a blue box = now managing (convention 3); worklessness itself is over.")]),
     )

# ---------------------------------------------------------------- Z021
case("Z021", "Ridgeford", "2025-09-08", "2026-03-02",
     N("A", "red",
       "Strategy meeting 01/09 after HV saw bruising to Harrison's (4m) cheek and ear on a home visit, no "
       "explanation offered. CP medical done, s47 ongoing. Harrison and his sister (3) placed with "
       "maternal aunt under s20. Lee (dad), who lives at the address, is on licence after a custodial "
       "sentence for burglary.",
       ["CRIME"],
       [T("not-coded", "", "Unexplained bruising (suspected physical abuse) has no code in the taxonomy: not SAFE-NEG (neglect), not DA, not PH."),
        T("convention", "CRIME", "Household adult on licence = CRIME (convention 7).")]),
     N("A", "orange",
       "Courtney says she and Lee have been arguing constantly since the baby and last month he punched "
       "the door next to her head. Neighbours rang police 27/08. DASH medium risk.",
       ["DA"],
       [T("convention", "REL-CONF", "Arguments that are part of abuse are DA only (convention 8)."),
        T("convention", "CRIME", "Police called to a DV incident is DA, not CRIME (convention 7).")]),
     N("C", "red",
       "PLO pre-proceedings started in Feb, children remain with aunt under s20. Courtney on the Freedom "
       "Programme; Lee doing a domestic abuse perpetrator course through probation. Closing to EH as case "
       "held by CSC.",
       ["DA", "CRIME"],
       [T("convention", "CRIME", "Lee remains under probation supervision = CRIME; the perpetrator course codes DA (conventions 4, 7).")]),
     )

# ---------------------------------------------------------------- Z022
case("Z022", "Sallowfield", "2025-10-13", "2026-03-16",
     N("A", "green",
       "Lacey (3) at the family hub nursery. Front teeth brown and decayed, she has complained of "
       "toothache at snack time. Michelle says they haven't been to a dentist 'for ages'.",
       ["PH"]),
     N("A", "yellow",
       "Michelle has MS and has had a relapse, now uses a wheelchair outside. On bad days she can't get "
       "Lacey to nursery, so Lacey misses 1-2 days most weeks. EHW to look at transport and to find out "
       "whether Kieran (11) is doing a lot of caring at home. Michelle's PIP came through last month, "
       "says money is OK.",
       ["PH", "EYD"],
       [T("convention", "EYD", "Missed nursery days for a 3-year-old = nursery take-up (EYD), not EDU-ATT (convention 9)."),
        T("hypothetical", "CARER", "'To find out whether' Kieran is caring - not established."),
        T("convention", "FIN", "PIP alone is not FIN, and money is said to be OK (convention 5).")]),
     N("C", "yellow",
       "Kieran assessed as a young carer - he sorts out Mum's tablets and gets Lacey dressed - and is now "
       "linked with Sallowfield Young Carers. Lacey's nursery attendance was 93% last half term. She had 3 "
       "fillings at the community dental service, review in June.",
       ["CARER", "PH"],
       [T("not-coded", "EYD", "Nursery attendance now fine - improvement, no current need; in a yellow box 'managing' does not code."),
        T("convention", "PH", "Ongoing community dental service treatment and review (convention 4).")]),
     )

# ---------------------------------------------------------------- Z023
case("Z023", "Willowmere", "2025-07-14", "2026-01-05",
     N("A", "green",
       "Evie (20m, 17m corrected) was born at 28 wks and spent 9 wks on NICU. Off home oxygen since last "
       "summer and discharged from neonatal follow up in May. HV 2yr review due Sept - will refer to "
       "Portage if any delay shows up.",
       [],
       [T("historical", "PH", "Prematurity, NICU and home oxygen are all over."),
        T("hypothetical", "EYD", "Portage only 'if any delay shows up' - hypothetical.")]),
     N("A", "yellow",
       "Hannah (mum) has had severe health anxiety since the NICU stay - gets up to check Evie's "
       "breathing several times a night and rings 111 most weeks. GP referred to the perinatal mental "
       "health team. EHW supporting her to get to the Little Movers group so she isn't so isolated.",
       ["MH-ADULT"],
       [T("not-coded", "PH", "Night-time checking is a symptom of the mother's anxiety, not a sleep problem of the child.")]),
     N("C", "blue",
       "Hannah finished her CBT with the perinatal team in Dec. When she gets worried now she rings her "
       "sister rather than 111, and she's made friends at Little Movers.",
       ["MH-ADULT"],
       [T("convention", "MH-ADULT", "Therapy finished, but she is described as currently managing her anxiety with her own network: present in a blue box (convention 3).")]),
     )

# ---------------------------------------------------------------- Z024
case("Z024", "Ridgeford", "2025-05-02", "2025-10-20",
     N("A", "note",
       "Joint visit HV/EHW. Police were called to the estate Sat night about Callum (15) and mates "
       "throwing stones at buses; he got a community resolution. Dawn says she can't control him - out "
       "till 1am and swears at her when she tries to set limits. Willow (8m) thriving, weaning well on "
       "purees, imms up to date.",
       ["CRIME", "REL-PAR"],
       [T("convention", "", "Note level orange: police call-out about a young person is the highest cue (convention 2)."),
        T("convention", "CRIME", "Police call-out about a young person's ASB = CRIME (convention 7)."),
        T("not-coded", "EYD", "Weaning well and imms up to date - good news only.")],
       note_level="orange"),
     N("C", "orange",
       "Callum referred to YOS prevention after a second police incident in July. 3 day suspension from "
       "Kingsmead Academy last month for fighting. Still coming in after his 10pm curfew some nights but "
       "Dawn is sticking to consequences.",
       ["CRIME", "EDU-EXC", "REL-PAR"],
       [T("convention", "REL-PAR", "Curfew breaches at home = boundaries (REL-PAR); staying out late is not a missing episode (SAFE-EXP).")]),
     )

# ---------------------------------------------------------------- Z025
case("Z025", "Castlebrook", "2025-11-03", "2026-03-23",
     N("A", "green",
       "Leo (7) still wets the bed most nights, school nurse has referred to the enuresis clinic. Isabella "
       "(2) goes down fine but is up for the day at 5am every morning, Nadia finding it hard.",
       ["PH"],
       [T("convention", "PH", "School-age bedwetting = PH (convention 9); the toddler's early waking is also a sleep problem (PH).")]),
     N("A", "yellow",
       "Leo has a stammer which has got a lot worse this year; on SEN support at Hillcrest with SALT input "
       "through school. A group of Y3 boys have been copying his stammer and calling him names in the "
       "playground. Leo now saying he hates school.",
       ["EDU-SEND", "SAFE-EXP"],
       [T("convention", "EDU-SEND", "Speech for a school-age child = EDU-SEND (convention 9)."),
        T("convention", "SAFE-EXP", "Peers mocking and name-calling = bullying, coded for the child."),
        T("not-coded", "MH-CHILD", "'Hates school' alone is not described as a wellbeing concern.")]),
     N("C", "green",
       "Leo dry 5 nights out of 7 with the alarm. School dealt with the boys, Leo says the name calling "
       "stopped after Christmas.",
       ["PH"],
       [T("historical", "SAFE-EXP", "Bullying 'stopped' - historical (convention 3).")]),
     N("C", "blue", "N/A", []),
     )

# ---------------------------------------------------------------- Z026
case("Z026", "Sallowfield", "2025-06-30", "2025-12-15",
     N("A", "yellow",
       "Family in asylum accomodation at Ashgrove House - one room, sharing a bathroom with 3 other "
       "families - waiting on a Home Office decision. Selam (16m) on 0.4th centile, faltering growth, "
       "referred to paeds dietitian. Asylum support is £49 a week each; Hana says she often skips meals so "
       "Selam can eat.",
       ["HOUS", "PH", "FIN"],
       [T("convention", "HOUS", "One room in shared asylum accommodation = temporary accommodation/overcrowding."),
        T("convention", "SAFE-NEG", "The mother skipping meals so the child can eat is food poverty (FIN), not a hungry child (convention 10).")]),
     N("A", "green",
       "No record of Selam's imms from Eritrea, HV and practice nurse starting the UK catch-up schedule. "
       "Dawit (dad) has nightmares and flashbacks, GP thinks PTSD and has referred to the refugee trauma "
       "service.",
       ["PH", "MH-ADULT"]),
     N("C", "yellow",
       "Granted refugee status Oct, has to leave Ashgrove by the end of Nov - homeless application made to "
       "the council, housing options officer allocated. Selam back on the 9th centile and the dietitian "
       "has discharged.",
       ["HOUS"],
       [T("historical", "PH", "Growth recovered and discharged - over.")]),
     )

# ---------------------------------------------------------------- Z027
case("Z027", "Willowmere", "2025-08-04", "2026-01-12",
     N("A", "orange",
       "Police executed a drugs warrant at the house 29/07 and found a cannabis grow in the loft. Ryan "
       "(mum's partner) arrested and charged with production. Toni says she knew nothing about it. "
       "Harper (3) was asleep at the time and stayed with nan overnight.",
       ["CRIME"],
       [T("not-coded", "SUB", "Growing cannabis is offending (CRIME); no use by anyone is described here.")]),
     N("A", "yellow",
       "Toni smokes cannabis every evening once Harper's in bed 'to calm down'. Referred to Horizons drug "
       "& alcohol service, first appt 12/08. She vapes in the house too.",
       ["SUB"],
       [T("convention", "SUB", "Vaping is not SUB (convention 12); the cannabis use is."),
        T("not-coded", "MH-ADULT", "'To calm down' gives a motive, no mental health need is described.")]),
     N("C", "yellow",
       "Ryan got a suspended sentence and now lives at his mum's. Toni went to Horizons 4 times then "
       "stopped going; says she has cut down to weekends.",
       ["SUB"],
       [T("outside", "CRIME", "Ryan has left the household - his sentence is not coded (convention 6)."),
        T("convention", "SUB", "She stopped attending the service, not using; use continues at weekends.")]),
     )

# ---------------------------------------------------------------- Z028
case("Z028", "Ridgeford", "2025-09-22", "2026-01-19",
     N("A", "green",
       "Arlo (7m). Weaning started at 6m but he'll only take smooth puree off a spoon and gags on any "
       "lumps. HV advice on textures and finger foods. Wt 75th centile, no concerns. Both parents smoke - "
       "outside only they say, smokefree homes leaflet given. EPDS 5. RE done, no DA disclosed.",
       ["EYD"],
       [T("convention", "EYD", "Weaning difficulty = EYD."),
        T("negated", "PH", "Weight 'no concerns'."),
        T("convention", "SUB", "Tobacco smoking is not SUB (convention 12)."),
        T("negated", "MH-ADULT", "EPDS 5 - low score, no mood concern."),
        T("negated", "DA", "Routine enquiry, no DA disclosed.")]),
     N("A", "blue",
       "Sophie (mum) has booked herself on to the Tiny Tastes weaning cafe at the hub on Fridays.",
       ["EYD"],
       [T("convention", "EYD", "Family acting itself on the weaning need = present in a blue box (convention 3).")]),
     N("C", "blue",
       "Arlo now eating mashed food and finger foods, no more gagging.",
       [],
       [T("historical", "EYD", "'No more gagging' - the weaning difficulty is over.")]),
     )

# ---------------------------------------------------------------- Z029
case("Z029", "Castlebrook", "2025-05-05", "2025-11-10",
     N("A", "red",
       "Bobby (4) and Sienna (2) on CP plans under neglect since January. Repeated missed health appts - "
       "Sienna's 2 yr check (4 DNAs), Bobby's audiology and dental. House is cold and smells strongly of "
       "cat urine; nursery say both children often come in in dirty clothes.",
       ["SAFE-NEG", "PH", "EYD"],
       [T("convention", "EYD", "Missed 2-year development check = EYD; missed audiology/dental = PH.")]),
     N("A", "yellow",
       "Amy diagnosed with depression in Feb, on citalopram, struggles to get up before 11. No school "
       "place applied for Bobby for Sept. Amy was in a DV relationship with Bobby's dad (MARAC 2022) - "
       "he's in prison and there's been no contact since 2023.",
       ["MH-ADULT", "EYD"],
       [T("convention", "EYD", "No school place for a 4-year-old = school readiness (EYD), not EDU-ATT (convention 9)."),
        T("historical", "DA", "DV with ex-partner ended, no contact since 2023 - historical."),
        T("outside", "CRIME", "Ex-partner in prison is outside the household (convention 6).")]),
     N("C", "orange",
       "CP plans ended Oct, stepped down to EH with a TAF plan. Bobby (5) got a late place in Reception at "
       "Hillcrest, attendence 88% with lots of lates. Amy still on citalopram, monthly GP reviews. Home "
       "much better but the smell of cat wee is back in the hallway.",
       ["EDU-ATT", "MH-ADULT", "SAFE-NEG"],
       [T("historical", "", "CP plans ended - historical (no code)."),
        T("partial", "SAFE-NEG", "'Much better' but the smell is back - home conditions still a current issue.")]),
     )

# ---------------------------------------------------------------- Z030
case("Z030", "Sallowfield", "2025-10-20", "2026-03-30",
     N("A", "green",
       "Rory (2y3m) failed his hearing test at audiology - glue ear both sides, on the waiting list for "
       "grommets. Speech delayed, single words only. Nursery using Makaton signs with him.",
       ["PH", "EYD"]),
     N("A", "yellow",
       "Paul (dad) off work long term with a back injury. SSP ran out last month and the UC claim has been "
       "held up, family had no income for 5 weeks and used the hub foodbank twice. EHW helping with the UC "
       "journal and a hardship advance.",
       ["PH", "FIN"],
       [T("convention", "FIN", "A delayed UC claim and no income is a benefit/money problem (convention 5); food bank (convention 10).")]),
     N("C", "blue",
       "Rory had grommets in Feb and can hear much better. UC now in payment. Paul does his physio "
       "exercises every day and goes back to work on light duties in April.",
       ["PH"],
       [T("historical", "PH", "Rory's glue ear treated - over; PH is present for Paul managing his injury (convention 3)."),
        T("historical", "FIN", "UC in payment - the benefit problem is over; return to work is future.")]),
     )

# ---------------------------------------------------------------- Z031
case("Z031", "Willowmere", "2025-11-17", "2026-03-23",
     N("A", "red",
       "Frankie (3m) and Max (6) on CIN plans (s17) since police found Laura drunk and in sole charge of "
       "the baby on a welfare check 09/11. Laura admits drinking every day since Frankie's birth.",
       ["SUB"],
       [T("convention", "CRIME", "Police welfare check is safeguarding, not CRIME (convention 7).")]),
     N("A", "orange",
       "Laura open to the perinatal mental health team for PND; says she drinks to quieten intrusive "
       "thoughts. Max (6) is late most days and teacher says he arrives tired and hungry. He's started "
       "wetting himself at school and won't sleep in his own bed.",
       ["MH-ADULT", "SUB", "EDU-ATT", "SAFE-NEG", "PH"],
       [T("convention", "SAFE-NEG", "Child arriving hungry = SAFE-NEG (convention 10)."),
        T("convention", "PH", "Wetting and sleep problems at school age = PH (convention 9).")]),
     N("C", "orange",
       "Laura 10 wks sober, goes to the Horizons group twice weekly and AA. CIN review in April. Max on "
       "time most days now and school say he seems happier.",
       ["SUB"],
       [T("convention", "SUB", "Sober, but ongoing alcohol service attendance codes SUB (convention 4)."),
        T("historical", "EDU-ATT", "Punctuality now fine - over.")]),
     )

# ---------------------------------------------------------------- Z032
case("Z032", "Ridgeford", "2025-12-01", "2026-02-23",
     N("A", "green",
       "HV home safety visit after Kobe (18m) pulled a mug of tea off the table - red mark on his arm, no "
       "treatment needed. No stair gates, sockets uncovered and bleach left on the bathroom floor. "
       "Chantelle receptive to advice.",
       ["SAFE-NEG"],
       [T("convention", "SAFE-NEG", "Current home-safety hazards = home conditions/supervision (SAFE-NEG)."),
        T("not-coded", "PH", "Minor mark needing no treatment - no physical health need.")]),
     N("C", "blue",
       "Gates, socket covers and cupboard locks all fitted by Chantelle's dad. Bleach kept up high now.",
       [],
       [T("historical", "SAFE-NEG", "Hazards remedied - over.")]),
     )

# ---------------------------------------------------------------- Z033
case("Z033", "Castlebrook", "2025-04-07", "2025-10-06",
     N("A", "green",
       "Anaya (4) hardly talks at pre-school and uses short 2-3 word phrases at home (Gujarati and "
       "English). Pre-school SENCo has referred her to SALT. Starts Reception in Sept.",
       ["EYD", "EDU-SEND"],
       [T("convention", "EYD", "Under-5 speech = EYD (convention 9)."),
        T("convention", "EDU-SEND", "SENCo involvement is an EDU-SEND term and is coded alongside, as for Z010/Z014.")]),
     N("A", "yellow",
       "Priti (mum) has Crohn's, flare-up in March with a 5 day hospital admission; Anaya stayed with her "
       "aunt. Priti's mum in Leicester has dementia and Priti drives down every other weekend to help, "
       "says she is exhausted. Dad works nights at the hospital.",
       ["PH"],
       [T("outside", "PH", "Grandmother's dementia is outside the household (convention 6); PH is for Priti's Crohn's."),
        T("convention", "FIN", "Night work is not FIN (convention 5)."),
        T("not-coded", "MH-ADULT", "'Exhausted' is tiredness, not a mental health description.")]),
     N("C", "green",
       "Anaya in Reception at Oakleigh since Sept, SALT seeing her in school, whispering to her TA. "
       "Priti's Crohn's settled on the new medication.",
       ["EYD", "PH"],
       [T("convention", "EYD", "Anaya is still 4 (under 5, below compulsory school age) so her speech stays EYD although she is in Reception (convention 9)."),
        T("convention", "PH", "Crohn's controlled by ongoing medication = present (conventions 3, 4).")]),
     )


# ---------------------------------------------------------------- output
def build():
    narr_rows, gold_rows, traps = [], [], {}
    for c in CASES:
        cid = c["cid"]
        for n in c["narrs"]:
            tid = f"{cid}-{n['stage']}"
            if n["box"] == "note":
                nid, level_field = f"{tid}-note", ""
                gold_level = n["note_level"]
                assert gold_level or not n["codes"], nid
            else:
                nid, level_field = f"{tid}-{n['box']}", n["box"]
                gold_level = n["box"]
            stage = "assessment" if n["stage"] == "A" else "closure"
            narr_rows.append([nid, tid, cid, stage, c["dates"][n["stage"]],
                              level_field, c["loc"], n["text"]])
            assert len(set(n["codes"])) == len(n["codes"]), nid
            for code in n["codes"]:
                gold_rows.append([nid, code, gold_level])
            if n["traps"]:
                traps[nid] = n["traps"]

    def write(name, header, rows):
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
            w.writerow(header)
            w.writerows(rows)

    write("narratives.csv",
          ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"],
          narr_rows)
    write("gold.csv", ["narrative_id", "code", "level"], gold_rows)
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(traps, f, indent=1, ensure_ascii=False)
        f.write("\n")

    # ---- counts
    print(f"cases: {len(CASES)}")
    print(f"narratives: {len(narr_rows)} "
          f"(notes {sum(1 for r in narr_rows if r[5] == '')}, "
          f"assessment {sum(1 for r in narr_rows if r[3] == 'assessment')}, "
          f"closure {sum(1 for r in narr_rows if r[3] == 'closure')})")
    coded = {r[0] for r in gold_rows}
    print(f"narratives with no gold rows: {len(narr_rows) - len(coded)}")
    print(f"gold rows: {len(gold_rows)}")
    print(f"narratives with traps: {len(traps)}, trap entries: {sum(len(v) for v in traps.values())}")
    print("codes:", dict(sorted(Counter(r[1] for r in gold_rows).items())))
    print("levels:", dict(sorted(Counter(r[2] for r in gold_rows).items())))
    print("boxes:", dict(sorted(Counter(r[5] or 'note' for r in narr_rows).items())))
    print("localities:", dict(sorted(Counter(r[6] for r in narr_rows).items())))


if __name__ == "__main__":
    build()
