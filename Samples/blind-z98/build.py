#!/usr/bin/env python3
"""Blind gold set z98: separated and blended families in an invented south-west county.

Written from /work/shared/taxonomy.md only (plus devset README and file-format heads).
Each narrative is coded on its own text (convention 1). Only `present` codes are gold.
Writes narratives.csv, gold.csv and traps.json next to this file and prints counts.
Standard library only.
"""
import csv
import json
import os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))

# Each case: id, locality, assessment date, closure date, narratives.
# Narrative tuple: (stage "A"/"C", box level or None for an unboxed note,
#                   text, [present codes], [(trap type, code, note)], note_level)
# note_level is only used for unboxed notes (box level otherwise).

CASES = []


def case(cid, loc, adate, cdate, *narrs):
    CASES.append(dict(case=cid, loc=loc, a=adate, c=cdate, narrs=list(narrs)))


def box(stage, level, text, codes, traps=(), note_level=None):
    return (stage, level, text, list(codes), list(traps), note_level)


# ---------------------------------------------------------------- Z001
case("Z001", "Kennacott", "2025-04-22", "2025-10-14",
     box("A", "yellow",
         "Tyler (11) refusing to go to his dad Craig's on alternate wkends, gets very wound up on "
         "Friday afternoons and kicked his bedroom door off its hinges last week. Leanne and Craig "
         "can't agree arrangements, all contact is by text and it usualy ends in a row. EHW to do "
         "direct work w Tyler about having two homes and support Leanne with boundaries.",
         ["REL-PAR", "REL-CONF"],
         [("convention", "REL-CONF",
           "Rows between the separated parents over arrangements, with no abuse described in THIS box, "
           "are REL-CONF (conv 8). The DA in the orange box of the same triage is not carried over (conv 1)."),
          ("convention", "REL-PAR", "Child's aggression at home and boundaries work = REL-PAR.")]),
     box("A", "orange",
         "Non-mol order in place against Craig until March 2026 (he assaulted Leanne in 2023). Despite "
         "the order he keeps messaging her through Tyler's phone and has turned up at the school gate at "
         "handover x3; police called 14/04 and he was arrested for breach. Craig has now made a C100 "
         "application for more time with the children, CAFCASS safeguarding letter awaited. Maisie (7) "
         "has started wetting the bed since the arrest.",
         ["DA", "REL-CONF", "PH"],
         [("convention", "CRIME", "Ex-partner's breach of a non-mol and arrest for it are DA only (conv 7); not CRIME."),
          ("convention", "REL-CONF",
           "The C100 child arrangements application is a contact dispute in court, coded REL-CONF alongside DA: "
           "it is a dispute, not an argument forming part of the abuse (judgement on conv 8)."),
          ("convention", "PH", "Bedwetting at school age (7) is PH (conv 9).")]),
     box("C", "green",
         "Maisie dry most nights now, using the alarm and chart the school nurse gave her. No further "
         "breaches of the non-mol since April and Leanne has said she no longer needs the IDVA.",
         ["PH"],
         [("convention", "PH", "'Dry most nights' with the alarm in use = now managing in a green box (conv 3)."),
          ("historical", "DA", "'No further breaches since April' and IDVA no longer needed: described as over (conv 3).")]),
     )

# ---------------------------------------------------------------- Z002
case("Z002", "Tollport", "2025-06-03", "2025-12-09",
     box("A", "yellow",
         "Martin works nights at the creamery; since Kerry left in Jan he has dropped to 20hrs to do the "
         "school runs. UC claim made but first payment not til next month, behind on council tax £340. "
         "Kerry agreed to pay £60/wk for the kids, nothing recieved since Feb. Referred to Citizens "
         "Advice re the debt and maintenance.",
         ["FIN"],
         [("not-coded", "REL-CONF",
           "Kerry leaving is only the background/timeline of the money problem; no conflict or dispute is described."),
          ("convention", "FIN", "Night work alone is not FIN (conv 5) but reduced hours, arrears and unpaid maintenance are.")]),
     box("A", "orange",
         "Ellie (14) reported missing overnight 22/05 after a row with Martin about wanting to live at her "
         "mum's; found by police at an older lad's flat in Wexcombe. Since then she goes missing after school "
         "2-3x a week and has a new phone Martin didn't buy her. Referred to the exploitation panel. Ellie "
         "told the school nurse she has been cutting her arms, CAMHS referral made.",
         ["SAFE-EXP", "REL-PAR", "MH-CHILD"],
         [("convention", "CRIME", "Police finding a missing child is safeguarding, not CRIME (conv 7)."),
          ("convention", "REL-PAR", "Row between parent and child = REL-PAR (conv 8).")]),
     box("C", "yellow",
         "No missing episodes since July but Ellie remains open to the exploitation team for 1:1 mentoring "
         "until Xmas, and she sees the school counsellor weekly. Martin's council tax arrears are on a payment "
         "plan, £20 a month.",
         ["SAFE-EXP", "MH-CHILD", "FIN"],
         [("convention", "SAFE-EXP",
           "Missing episodes are over, but the ongoing exploitation-team mentoring codes its area (conv 4)."),
          ("convention", "MH-CHILD", "Ongoing weekly counselling codes MH-CHILD (conv 4)."),
          ("convention", "FIN", "Arrears still being repaid on a plan = present.")]),
     )

# ---------------------------------------------------------------- Z003
case("Z003", "Marrowdown", "2025-05-12", "2025-11-20",
     box("A", "green",
         "Alfie (3y8m) started at Marrowdown Nursery in Sept on his funded hours, keyworker says he's only "
         "using single words and is still in nappies. HV aware, SALT referral sent.",
         ["EYD"]),
     box("A", "yellow",
         "Sophie, her partner Dean and her two (Maddie 6, Alfie 3) live in a 2 bed flat; Dean's kids Kai (12) "
         "and Lily (10) stay every other weekend so there are 6 of them and the children top-and-tail on the "
         "living room floor. On the housing register, band C. Kai and Maddie fight all weekend and Sophie and "
         "Dean can't agree how to discipline each other's kids, which is causing rows between them. Offered "
         "the Blended Families parenting group.",
         ["HOUS", "REL-PAR", "REL-CONF"],
         [("convention", "REL-PAR", "Step-siblings fighting at home and discipline = child behaviour/boundaries, REL-PAR."),
          ("convention", "REL-CONF", "Rows between the couple (not abuse) = REL-CONF (conv 8)."),
          ("convention", "HOUS", "Overcrowding on contact weekends = HOUS.")]),
     box("C", "yellow",
         "Still overcrowded, waiting on a 3 bed and bidding weekly. Alfie's speech has come on but SALT still "
         "visit him at nursery. Sophie and Dean finished the parenting group in Sept and say they are no longer "
         "arguing about discipline.",
         ["HOUS", "EYD"],
         [("historical", "REL-CONF", "'No longer arguing' - described as over."),
          ("historical", "REL-PAR", "Parenting group finished; no current behaviour need described in this box.")]),
     )

# ---------------------------------------------------------------- Z004
case("Z004", "Pennock Bay", "2025-03-18", "2025-09-30",
     box("A", "orange",
         "Gemma separated from Lee 8 months ago but he still controls the joint account and won't release her "
         "half of the savings, has been tracking her location through a family-sharing app she didn't know was "
         "on her phone, and quizzes Freddie (8) after every contact about who has been at the house. DASH medium "
         "risk. Referred to Harbour Lights outreach.",
         ["DA"],
         [("not-coded", "FIN",
           "Economic control is part of the DA; no household debt, arrears, benefit problem or poverty is described."),
          ("not-coded", "REL-CONF", "Post-separation coercive control is DA only (conv 8).")]),
     box("A", "yellow",
         "Freddie late every Monday after weekends at dad's – 11 lates this half term, Lee drops him off after "
         "registration. Class teacher says he is withdrawn and tearful on Mondays. Gemma has moved back in with "
         "her parents; GP has started her on sertraline for low mood.",
         ["EDU-ATT", "MH-CHILD", "MH-ADULT"],
         [("not-coded", "HOUS", "Living with her parents is not described as a housing need or homelessness risk.")]),
     box("C", "yellow",
         "Gemma is on week 8 of 12 of the Compass programme with Harbour Lights and has opened her own bank "
         "account. Lee's access to her location has been removed.",
         ["DA"],
         [("convention", "DA", "Ongoing DA recovery programme codes DA (conv 4).")]),
     )

# ---------------------------------------------------------------- Z005
case("Z005", "Kennacott", "2025-01-27", "2025-07-15",
     box("A", "yellow",
         "Week on/week off between mum (Natalie) in Kennacott and dad (Rob) in Tollport, 40 min drive. "
         "Handover is Monday morning and Poppy (10) often doesnt get to school on those days - attendance 84%. "
         "Rob and Natalie only talk through solicitors and each accuses the other of turning the kids against "
         "them. Neither parent reports any DA and there have been no police call-outs. Referred to Tamar Vale "
         "Mediation.",
         ["EDU-ATT", "REL-CONF"],
         [("negated", "DA", "'Neither parent reports any DA'."),
          ("negated", "CRIME", "'no police call-outs'.")]),
     box("A", "orange",
         "Harvey (13) got a 3 day suspension for fighting and is on report. He told his tutor he wants to "
         "'disappear' because mum and dad are always arguing; school made an urgent CAMHS referral, seen once "
         "so far. Court has ordered a section 7 report, CAFCASS FCA allocated.",
         ["EDU-EXC", "MH-CHILD", "REL-CONF"]),
     box("C", "yellow",
         "Three mediation sessions done, parenting plan signed and they use a co-parenting app now. CAFCASS "
         "report filed, final hearing in Dec. Harvey was discharged from CAMHS in June. Still on report with "
         "head of year for his behaviour in lessons.",
         ["REL-CONF", "EDU-EXC"],
         [("convention", "REL-CONF", "Court proceedings still running (final hearing pending) - dispute current."),
          ("historical", "MH-CHILD", "Discharged from CAMHS in June - over."),
          ("convention", "EDU-EXC", "Still on report for behaviour in lessons = behaviour at school, present.")]),
     box("C", "blue", "None.", [],
         [("not-coded", "", "Box says 'None.' - no codes.")]),
     )

# ---------------------------------------------------------------- Z006
case("Z006", "Tollport", "2025-03-20", "2025-11-11",
     box("A", "orange",
         "Chantelle (24) and the children fled Jordan to a refuge in Wexcombe in Feb after he strangled her; "
         "MARAC 12/03, high risk. Now in one room B&B temporary accomodation in Tollport, housing say 6+ months. "
         "Jordan on bail with conditions not to contact.",
         ["DA", "HOUS"],
         [("convention", "CRIME", "Partner's offence against the adult victim, and his bail, are DA only (conv 7).")]),
     box("A", "yellow",
         "No money for 3 wks while UC was split from the joint claim – 2 food bank parcels and a crisis payment. "
         "Chantelle having flashbacks and panic attacks, hasn't been to the GP. Reggie (2) hasn't taken up his "
         "funded nursery place yet.",
         ["FIN", "MH-ADULT", "EYD"],
         [("convention", "FIN", "Food bank = FIN (conv 10); no empty fridge/hungry child described, so no SAFE-NEG."),
          ("convention", "EYD", "Nursery take-up for an under-5 = EYD (conv 9).")]),
     box("C", "blue",
         "Family moved into a 2 bed housing association flat in Oct and are settled. Chantelle's sister visits most "
         "days and they've done a safety plan together; she still goes to the Harbour Lights group on Wednesdays. "
         "UC now in payment and she's paying the advance back at £38 a month.",
         ["DA", "FIN"],
         [("historical", "HOUS", "Rehoused and settled - over."),
          ("convention", "DA", "Safety plan and ongoing DA group = now managing in blue box (conv 3, conv 4)."),
          ("convention", "FIN", "Repaying the UC advance = now managing (conv 3).")]),
     )

# ---------------------------------------------------------------- Z007
case("Z007", "Marrowdown", "2025-02-10", "2025-08-19",
     box("A", "yellow",
         "Mason (16) left Marrowdown College in Nov and isn't in any education, training or work, stays in his "
         "room gaming. Jade can't get him to do anything and they row constantly, he punched a hole in his "
         "bedroom wall last wk.",
         ["EDU-NEET", "REL-PAR"],
         [("not-coded", "FIN", "16+ NEET is EDU-NEET only; no adult worklessness described (conv 11).")]),
     box("A", "green",
         "Mason and Evie's dad Stuart was released on licence in Jan and is in a hostel in Sandridge Quay, no "
         "contact with the family. Paternal grandparents have applied to court for contact with Evie (11); Jade "
         "is opposing, first hearing in June. Evie doing well in Year 6.",
         ["REL-CONF"],
         [("outside", "CRIME", "Adult on licence is outside the household (conv 6); CRIME only for a household member (conv 7)."),
          ("convention", "REL-CONF",
           "A contact dispute in court between the mother and the paternal grandparents is coded REL-CONF (judgement: "
           "'contact disputes' is not limited to the two parents)."),
          ("not-coded", "EDU-ATT", "'Doing well in Year 6' - pure good news (conv 3).")]),
     box("C", "blue",
         "Mason still not in education or training but has a place on the construction course at Tollport "
         "Skills Centre from September and goes to a taster day once a week. Jade uses the calm-down plan from "
         "the parenting group when Mason kicks off - rows are fewer.",
         ["EDU-NEET", "REL-PAR"],
         [("convention", "EDU-NEET", "Still NEET until the course starts; managing towards it in a blue box (conv 3)."),
          ("convention", "REL-PAR", "Rows fewer, plan in use = now managing (conv 3).")]),
     )

# ---------------------------------------------------------------- Z008
case("Z008", "Pennock Bay", "2025-05-06", "2025-12-02",
     box("A", "yellow",
         "Donna has MS, uses a wheelchair outside the house and gets PIP. Since her partner moved out in March "
         "Callum (12) does most of the cooking, reminds her about her tablets and gets his sister Amber (6) "
         "ready for school. Referred to Pennock Young Carers.",
         ["PH", "CARER"],
         [("not-coded", "FIN", "PIP named with no money problem (conv 5)."),
          ("not-coded", "REL-CONF", "Partner moving out is background only.")]),
     box("A", "orange",
         "Ex-partner Wayne lives in Wexcombe with a new partner; police were called to his address in April for "
         "a DV incident between the two of them. The children haven't stayed there since. Donna has stopped "
         "contact, Wayne is angry about it and they argue by text; he says he'll take her to court. No incidents "
         "towards Donna or the children.",
         ["REL-CONF"],
         [("outside", "DA", "DV between the ex and his new partner, at his address, is outside the household (conv 6)."),
          ("negated", "DA", "'No incidents towards Donna or the children'."),
          ("partial", "REL-CONF",
           "The court threat is future, but the current text-message arguing over contact makes REL-CONF present.")]),
     box("C", "blue",
         "Callum goes to the young carers club every other Tuesday and has been on a residential weekend. Donna's "
         "sister now does 2 mornings a week.",
         ["CARER"],
         [("convention", "CARER", "Ongoing young carers service = now managing in blue (conv 3, conv 4).")]),
     )

# ---------------------------------------------------------------- Z009
case("Z009", "Kennacott", "2025-04-08", "2025-10-21",
     box("A", "orange",
         "Tenancy was in Kirsty's sole name; she moved out to her new partner's in Tollport in Feb and the landlord "
         "has now served Aaron a section 21 expiring 30/06. Noah (7) and Lola (5) live with Aaron full time and see "
         "Kirsty every Sunday, which both parents are happy with. Housing options appt booked.",
         ["HOUS"],
         [("negated", "REL-CONF", "Contact agreed and both parents happy - no dispute.")]),
     box("A", "yellow",
         "Aaron gave up his job at the garage to do the school runs, UC claim in, £1,100 rent arrears since Kirsty "
         "stopped paying her half. Noah very anxious since mum left and has been wetting himself at school.",
         ["FIN", "MH-CHILD", "PH"],
         [("convention", "FIN", "Rent arrears and worklessness = FIN; no eviction risk in THIS box so no HOUS (conv 1)."),
          ("convention", "PH", "Wetting at school age = PH (conv 9).")]),
     box("C", "yellow",
         "Aaron and the kids moved to a council 3 bed in Sept. Still owes the old landlord £600, paying £25 a week. "
         "Job centre work coach helping him look for school-hours work.",
         ["FIN"],
         [("historical", "HOUS", "Rehoused - over.")]),
     )

# ---------------------------------------------------------------- Z010
case("Z010", "Tollport", "2025-07-07", "2026-01-13",
     box("A", "red",
         "Stacey's partner Ryan moved in in Feb with his son Liam (15). Ryan has convictions for DV against his "
         "ex-wife from 2019. Police have attended 3 times since May for incidents between Stacey and Ryan, last "
         "time Kacey (14) rang 999 because Ryan had pinned Stacey against the wall. Strategy meeting held 04/07, "
         "s47 underway.",
         ["DA"],
         [("convention", "CRIME", "Partner's assault on the adult victim and police attendance for it = DA only (conv 7)."),
          ("partial", "DA", "2019 convictions are historical, but DA is present from the current incidents.")]),
     box("A", "orange",
         "Liam (15) arrested in June for criminal damage at the skate park with older lads, YOS assessment pending. "
         "Liam and Kacey fight constantly and Kacey says she hates him living here. Tommy (4) still not toilet "
         "trained, nursery concerned.",
         ["CRIME", "REL-PAR", "EYD"],
         [("convention", "CRIME", "Household young person's arrest and YOS = CRIME (conv 7)."),
          ("convention", "REL-PAR", "Step-siblings fighting at home = child behaviour at home, REL-PAR (judgement)."),
          ("not-coded", "MH-CHILD", "Kacey disliking her step-brother is not described as an emotional-wellbeing need.")]),
     box("A", "yellow",
         "Ryan's ex-wife has a court order for Liam to see her alternate weekends in Sandridge Quay but often cancels "
         "at the last minute. Stacey asked for help with money – Ryan keeps all the bank cards and gives her £20 a "
         "week for food; she has been to the food bank twice.",
         ["DA", "FIN"],
         [("outside", "REL-CONF", "The ex-wife's cancelled contact is about a person outside the household; no dispute described."),
          ("convention", "DA", "Partner withholding bank cards = economic control, DA."),
          ("convention", "FIN", "Food bank use = FIN (conv 10), coded alongside DA.")]),
     box("C", "red",
         "Ryan left in Sept under a DVPO, then bail conditions. CIN plan continues, reviewed 20/11. Stacey seeing "
         "the IDVA fortnightly.",
         ["DA"],
         [("convention", "DA", "DVPO/bail and ongoing IDVA support keep DA present (conv 4).")]),
     box("C", "orange",
         "Liam moved to live with his mum in Sandridge Quay when Ryan left; his YOS referral order is being "
         "supervised there. Kacey back to her old self per Stacey. Tommy toilet trained since Oct.",
         [],
         [("outside", "CRIME", "Liam no longer lives in the household; his referral order is outside (conv 6)."),
          ("historical", "EYD", "Toilet trained since Oct - over."),
          ("not-coded", "", "Orange box with no present issue.")]),
     box("C", "yellow",
         "Stacey has her own bank account and Citizens Advice helped her make a UC claim in her own name. Still "
         "paying off a £200 catalogue debt Ryan ran up in her name, £10 a month.",
         ["FIN"],
         [("historical", "DA",
           "The debt is a legacy of past economic abuse; Ryan has left and no current abuse is described. "
           "Only the debt (FIN) is current (judgement).")]),
     )

# ---------------------------------------------------------------- Z011
case("Z011", "Marrowdown", "2025-09-15", "2026-02-24",
     box("A", "yellow",
         "Priya drives to Wexcombe 3 days a week to look after her mum who has dementia, and takes Arjun (10) with "
         "her – attendence 79%, warning letter re fines sent. Priya says her mood is really low and she is crying "
         "most days.",
         ["EDU-ATT", "MH-ADULT"],
         [("outside", "PH", "Grandmother's dementia: person outside the household (conv 6)."),
          ("not-coded", "CARER", "Arjun goes along; no caring by the child is described. Priya is an adult carer (conv 12).")]),
     box("A", "blue",
         "Arjun's dad Sam lives in Kennacott and has him Weds and alternate weekends; Sam and Priya get on fine and "
         "there are no disagreements about arrangements.",
         [],
         [("negated", "REL-CONF", "'no disagreements about arrangements'.")]),
     box("C", "green",
         "Arjun now stays at Sam's on the days Priya is in Wexcombe; attendance 97% since Oct half term. GP has "
         "started Priya on antidepressants and she has had a carer's assessment through her mum's social worker.",
         ["MH-ADULT"],
         [("not-coded", "EDU-ATT", "97% is good news; attendance is not described as still a need (conv 3)."),
          ("not-coded", "CARER", "Adult carer's assessment is not CARER (conv 12)."),
          ("outside", "PH", "Grandmother's social worker/needs are outside the household.")]),
     )

# ---------------------------------------------------------------- Z012
case("Z012", "Pennock Bay", "2025-06-16", "2025-12-16",
     box("A", "green",
         "Ava (3) lives with her dad Ollie; mum Shannon has supervised contact at the contact centre on Saturdays "
         "because of her drinking. Ava goes to preschool 2 days, HV says development on track. She has eczema, "
         "under the GP, using emollients.",
         ["PH"],
         [("outside", "SUB", "Mother's drinking - she lives outside the household (conv 6)."),
          ("not-coded", "EYD", "Development on track, preschool taken up - good news only.")]),
     box("A", "yellow",
         "Shannon turns up outside the flat some evenings drunk, shouting abuse at Ollie and banging on the door; "
         "neighbours have complained. Ollie worries the housing association might take action on his tenancy if it "
         "carries on. He works shifts at the hospital and relies on his mum for childcare.",
         ["DA"],
         [("outside", "SUB", "Ex-partner's drinking is not coded (conv 6)."),
          ("convention", "DA", "Her abuse/harassment of Ollie at his home is the effect on the family: DA (conv 6)."),
          ("hypothetical", "HOUS", "Tenancy action only 'if it carries on'."),
          ("not-coded", "FIN", "Shift work is not FIN (conv 5).")]),
     box("C", "blue",
         "Shannon says she's 4 months sober and contact is now unsupervised daytime at paternal nan's. Ollie and "
         "Shannon communicate through a shared diary; no more visits to the flat since July.",
         [],
         [("outside", "SUB", "Shannon's sobriety concerns a person outside the household."),
          ("historical", "DA", "'no more visits to the flat since July' - over (conv 3).")]),
     )

# ---------------------------------------------------------------- Z013
case("Z013", "Kennacott", "2025-09-08", "2026-03-10",
     box("A", "orange",
         "Jess (15) refusing to come home to mum's since mum's partner Gary moved in; she has been staying at "
         "friends' and at her dad Paul's in Tollport, and mum reported her missing for 2 nights last month. "
         "Attendance 61%, hasnt been in for 3 wks. CAMHS referral accepted, on waiting list. TAF meeting booked "
         "for 15/09.",
         ["REL-PAR", "SAFE-EXP", "EDU-ATT", "MH-CHILD"],
         [("not-coded", "HOUS", "A teenager staying at friends' is not family homelessness; the household is housed."),
          ("convention", "MH-CHILD", "Awaiting CAMHS codes MH-CHILD (conv 4).")]),
     box("A", "yellow",
         "Karen and Paul disagree about where Jess should live; Paul wants her to move in with him and has texted "
         "Karen saying she is 'poisoning' Jess against him. Karen says Gary and Jess just clash and she feels "
         "piggy in the middle.",
         ["REL-CONF", "REL-PAR"],
         [("not-coded", "DA", "A hostile accusation in a dispute about residence is conflict, not described as abuse."),
          ("convention", "REL-PAR", "Step-parent/child clash in the household = parent-child relationship, REL-PAR.")]),
     box("C", "orange",
         "Jess back at mum's Mon-Fri and at dad's weekends, agreed at a family meeting. Seen by CAMHS fortnightly "
         "for low mood and self harm, has a safety plan. No missing episodes since Oct. On a reduced timetable and "
         "building back up with the pastoral lead. Karen doing the Parenting Teens course.",
         ["MH-CHILD", "EDU-ATT", "REL-PAR"],
         [("historical", "SAFE-EXP", "'No missing episodes since Oct' - over."),
          ("not-coded", "REL-CONF", "Arrangement agreed; no dispute described."),
          ("convention", "EDU-ATT", "Reduced (part-time) timetable = EDU-ATT."),
          ("convention", "REL-PAR", "Ongoing parenting course codes REL-PAR (conv 4).")]),
     )

# ---------------------------------------------------------------- Z014
case("Z014", "Tollport", "2025-10-06", "2026-03-17",
     box("A", "blue",
         "Nicola used the online child maintenance calculator and agreed £180 a month with Tom directly; he pays on "
         "time. Tom lives in Wexcombe with his new partner and her 2 children.",
         [],
         [("not-coded", "FIN", "Maintenance agreed and paid - no money problem."),
          ("outside", "", "Tom's new partner and her children are outside the household.")]),
     box("A", "yellow",
         "Nicola's hours at the care home were cut in Aug, she's £260 behind on the electric and on emergency credit "
         "most weeks. Sienna (9) very anxious and clingy on Sunday evenings when she comes back from Tom's; school "
         "nurse doing worry sessions with her.",
         ["FIN", "MH-CHILD"]),
     box("C", "blue",
         "Nicola is on a repayment plan with the energy company and got a £150 household support fund voucher. "
         "Sienna's Sunday evening nerves have settled since she started FaceTiming her dad on Wednesdays.",
         ["FIN"],
         [("convention", "FIN", "Repayment plan = now managing (conv 3)."),
          ("historical", "MH-CHILD", "'have settled' - over.")]),
     box("C", "green", "N/A", [],
         [("not-coded", "", "Box says N/A.")]),
     )

# ---------------------------------------------------------------- Z015
case("Z015", "Marrowdown", "2025-05-19", "2025-12-08",
     box("A", "red",
         "Concerns: 1) Olivia (5) found by a teacher walking to school alone at 8am, mum Lisa asleep after drinking "
         "the night before. 2) Home conditions poor - no food in the fridge, dog mess in the kitchen. CIN plan agreed "
         "12/05, SW allocated.",
         ["SAFE-NEG", "SUB"],
         [("convention", "SAFE-NEG", "Supervision and empty fridge = SAFE-NEG (conv 10).")]),
     box("A", "orange",
         "Charlie (8) and Olivia's dad Neil, who lives in Pennock Bay, has applied for a CAO for both children to live "
         "with him; CAFCASS section 7 ordered. Lisa has self-referred to Moorside Recovery and is on the waiting list "
         "for detox. Charlie hitting and kicking Lisa when she tells him off.",
         ["REL-CONF", "SUB", "REL-PAR"],
         [("convention", "REL-PAR", "Child-to-parent violence = REL-PAR, not DA (conv 8)."),
          ("convention", "SUB", "Drug and alcohol service / awaiting detox codes SUB (conv 4).")]),
     box("C", "red",
         "Children still on CIN plan pending the final hearing; interim order they live with Lisa and stay with Neil "
         "alternate weekends. Lisa 10 wks alcohol free and still going to the Moorside Recovery group weekly.",
         ["REL-CONF", "SUB"],
         [("convention", "SUB", "Abstinent, but the ongoing recovery group codes SUB (conv 4) - judgement over 'stopped' (conv 3)."),
          ("not-coded", "SAFE-NEG", "A CIN plan alone names no issue; neglect is not described in this box (conv 1)."),
          ("convention", "REL-CONF", "Child arrangements proceedings still pending.")]),
     )

# ---------------------------------------------------------------- Z016
case("Z016", "Kennacott", "2025-02-03", "2025-09-09",
     box("A", "yellow",
         "Dylan (7) is on the ADHD pathway. His behaviour at school is worse after weekends with his dad – 2 "
         "lunchtime exclusions this term for hitting staff. At home he swears, throws things when Tara says no "
         "and ignores her boundaries.",
         ["EDU-SEND", "EDU-EXC", "REL-PAR"],
         [("convention", "EDU-SEND", "ADHD pathway = EDU-SEND (conv 4)."),
          ("convention", "REL-PAR", "Behaviour at home and boundaries = REL-PAR; school behaviour is coded separately as EDU-EXC.")]),
     box("A", "blue",
         "Dylan's dad Marc lives in his van on his brother's drive in Marrowdown; Dylan stays there on Saturday "
         "nights. Tara and Marc get on OK and sort arrangements between them.",
         [],
         [("outside", "HOUS", "Marc's living situation concerns a person outside the household (conv 6)."),
          ("negated", "REL-CONF", "Parents get on and agree arrangements.")]),
     box("C", "green",
         "ADHD diagnosed in July, medication trial with the paediatrician; also on melatonin as Dylan was waking 3-4 "
         "times a night. School have put in an EHCP needs assessment request.",
         ["EDU-SEND", "PH"],
         [("convention", "PH", "Sleep problem at school age with ongoing melatonin = PH (conv 4, conv 9), though the waking is in the past tense.")]),
     )

# ---------------------------------------------------------------- Z017
case("Z017", "Tollport", "2025-10-13", "2026-04-14",
     box("A", "orange",
         "Gareth has a live-with order for Ethan (10) and Finn (6). Their mum Michelle contacts him up to 40 times a "
         "day, has made 2 malicious referrals to CSC and turned up at school trying to collect the boys outside the "
         "order - school called police 09/10. Gareth referred to the male victims DA service.",
         ["DA"],
         [("not-coded", "REL-CONF", "Harassment and controlling behaviour by the ex = DA only (conv 8)."),
          ("convention", "CRIME", "Ex-partner's conduct towards the victim: DA only; she is outside the household (conv 6, 7).")]),
     box("A", "yellow",
         "Ethan refusing school on the days his mum is due to have contact, gets panicky and says he's scared she'll "
         "take him; attendance 87%.",
         ["EDU-ATT", "MH-CHILD"]),
     box("C", "orange",
         "Non-mol granted in Nov; Michelle has breached it once, police aware. Contact now supervised at the contact "
         "centre every other Saturday. Ethan's attendance 94%, still has a soft start with the learning mentor on "
         "contact days.",
         ["DA", "EDU-ATT"],
         [("convention", "EDU-ATT", "Below 95% and still needing a supported start = present (judgement).")]),
     )

# ---------------------------------------------------------------- Z018
case("Z018", "Marrowdown", "2025-04-14", "2025-11-04",
     box("A", "orange",
         "Becky and her ex Darren were joint tenants; after they split in March Darren refused to leave and the "
         "arguing became constant, so Becky left with the kids and is now in TA in Pennock Bay, 14 miles away. Becky "
         "says there has never been any violence or controlling behaviour from Darren.",
         ["HOUS", "REL-CONF"],
         [("negated", "DA", "'never been any violence or controlling behaviour'."),
          ("convention", "REL-CONF", "Constant arguing on breakdown, not abuse = REL-CONF (conv 8).")]),
     box("A", "yellow",
         "Mia (13) now has a 2 bus journey to Marrowdown Academy and has missed 9 days since the move; she won't "
         "change schools. Oscar (2) lost his nursery place when they moved. Mia's asthma is worse, using her inhaler "
         "a lot more, GP review booked.",
         ["EDU-ATT", "EYD", "PH"]),
     box("C", "yellow",
         "Offered a 3 bed in Marrowdown, moving 12/01, still in TA until then. School sorted a bus pass and Mia's "
         "attendance is up to 91%. Becky and Darren still can't be in the same room so Becky's mum does Oscar's "
         "handovers.",
         ["HOUS", "EDU-ATT", "REL-CONF"],
         [("convention", "HOUS", "Still in TA until the move - present."),
          ("convention", "EDU-ATT", "91% improving but still below expected - present (judgement)."),
          ("convention", "REL-CONF", "Ongoing hostility between the parents managed by family handovers.")]),
     )

# ---------------------------------------------------------------- Z019
case("Z019", "Pennock Bay", "2025-11-03", "2026-04-21",
     box("A", "yellow",
         "Kieran (17) dropped out of his college apprenticeship in Oct, not working. Smoking cannabis daily in his "
         "room (also vapes). Referred to Pennock YP drug service.",
         ["EDU-NEET", "SUB"],
         [("not-coded", "FIN", "YP NEET only; no adult worklessness (conv 11)."),
          ("convention", "SUB", "Vaping is not SUB (conv 12); the cannabis is.")]),
     box("A", "orange",
         "Police called 3 times since Sept to rows between Kieran and his stepmum Claire, last time he shoved her into "
         "the door frame. Kieran's mum in Wexcombe won't have him back. Claire says Steve always sides with Kieran and "
         "the two of them are now arguing about whether he should stay.",
         ["REL-PAR", "CRIME", "REL-CONF"],
         [("convention", "DA", "Young person's violence to a (step)parent is REL-PAR, plus CRIME as police are involved, not DA (conv 8)."),
          ("convention", "REL-CONF", "Steve and Claire arguing (not abuse) = REL-CONF."),
          ("outside", "HOUS", "Birth mother in another town refusing to have him: no housing need for this household.")]),
     box("C", "yellow",
         "Kieran started a Level 1 motor vehicle course at Pennock Bay College in Jan, 3 days a week. Still smoking "
         "cannabis most evenings though less, sees his drug worker every fortnight. No police call outs since Dec.",
         ["SUB"],
         [("historical", "EDU-NEET", "Now in education - over."),
          ("historical", "CRIME", "'No police call outs since Dec'.")]),
     )

# ---------------------------------------------------------------- Z020
case("Z020", "Kennacott", "2025-01-13", "2025-06-24",
     box("A", "green",
         "Grace (4) starts school in Sept; nursery say she isn't ready – cries and clings to mum at drop off and is "
         "still in nappies at night. Amy and Grace's dad Kyle split up at Christmas, Grace sees him on Sundays.",
         ["EYD"],
         [("not-coded", "REL-CONF", "Separation stated as a past event; no dispute."),
          ("not-coded", "MH-CHILD", "Separation difficulty at drop-off for an under-5 is read as school readiness (EYD), conv 9.")]),
     box("A", "yellow",
         "Amy very low since the split, says she can't stop crying; GP gave her the talking therapies number but she "
         "hasn't rung. Kyle pays nothing and Amy has taken a payday loan to cover the rent.",
         ["MH-ADULT", "FIN"],
         [("not-coded", "REL-CONF", "'since the split' is background only.")]),
     box("C", "blue",
         "Amy self-referred to talking therapies, 4 sessions done. Payday loan paid off in May.",
         ["MH-ADULT"],
         [("historical", "FIN", "Loan paid off - cleared (conv 3).")]),
     )

# ---------------------------------------------------------------- Z021
case("Z021", "Tollport", "2025-08-26", "2026-01-20",
     box("A", "red",
         "Archie (9) and Rosie (6) on CP plans (emotional harm) since ICPC 18/08, after repeated incidents at handovers "
         "where dad Lewis shouted and threatened mum Kayleigh in front of them, once smashing her car window. Lewis "
         "lives with his parents in Marrowdown.",
         ["DA"],
         [("not-coded", "REL-CONF", "Threats at handover are part of the abuse: DA only (conv 8)."),
          ("convention", "CRIME", "Ex-partner's criminal damage against the victim = DA only (conv 7).")]),
     box("A", "orange",
         "Archie hitting out at school, 2 suspensions this term. Rosie (6) has started soiling and is frightened at "
         "bedtime. School has had a CAMHS consultation.",
         ["EDU-EXC", "PH", "MH-CHILD"],
         [("convention", "PH", "Soiling at school age treated as PH, by analogy with bedwetting (conv 9) - judgement."),
          ("convention", "MH-CHILD", "CAMHS consultation implies the need (service rule).")]),
     box("C", "red",
         "CP plans ended 10/12, stepped down to CIN. Handovers now done by the paternal grandparents at their house so "
         "Kayleigh and Lewis have no direct contact. Lewis is on a perpetrator programme.",
         ["DA"],
         [("convention", "DA",
           "Lewis is outside the household, but the safety arrangement around him and ongoing perpetrator work "
           "keep DA a current issue for the family (conv 6, effect on family) - judgement.")]),
     )

# ---------------------------------------------------------------- Z022
case("Z022", "Marrowdown", "2025-03-10", "2025-10-07",
     box("A", "yellow",
         "Chloe (14) lives with her maternal grandparents Pat and Dave under a CAO since 2022; her mum lives in "
         "Tollport and sees her monthly. Pat calls herself Chloe's kinship carer and is struggling with backchat and "
         "Chloe staying out past curfew.",
         ["REL-PAR"],
         [("not-coded", "CARER", "'Kinship carer' is an adult, not a young carer (conv 12).")]),
     box("A", "orange",
         "Chloe has been sending pictures to a 'boyfriend' she met on Snapchat who says he's 19; the school DSL has "
         "referred to police, Chloe doesn't see a problem. Dave has COPD and is on oxygen at night.",
         ["SAFE-EXP", "PH"],
         [("outside", "CRIME", "The adult contacting Chloe is outside the household; no household offending.")]),
     box("C", "yellow",
         "Chloe did online safety sessions with the school PCSO in June, no further contact from the man. Curfew "
         "mostly kept but still some late nights; Pat and Dave go to a kinship carers support group. Dave stable on "
         "home oxygen.",
         ["REL-PAR", "PH"],
         [("historical", "SAFE-EXP", "Sessions done, 'no further contact' - over."),
          ("convention", "PH", "Ongoing home oxygen = ongoing treatment (conv 4).")]),
     )

# ---------------------------------------------------------------- Z023
case("Z023", "Pennock Bay", "2025-10-20", "2026-03-31",
     box("A", "yellow",
         "Max (5) comes back from weekends at his dad Shaun's in Sandridge Quay hungry and in the same clothes, says "
         "daddy 'sleeps all day'. Laura thinks Shaun is using again. She wants daytime-only contact, Shaun refuses "
         "and says he'll go to court.",
         ["SAFE-NEG", "REL-CONF"],
         [("outside", "SUB", "Father's suspected drug use: outside the household (conv 6)."),
          ("convention", "SAFE-NEG",
           "The child of this household repeatedly returning hungry and unchanged is his own basic-care need "
           "(conv 10 hungry child) - coded as the effect on the family (judgement on conv 6)."),
          ("convention", "REL-CONF", "Current disagreement over contact (court threat itself is future).")]),
     box("A", "green",
         "Max in Reception at Pennock Bay Primary, teacher says his speech is hard to understand and school has referred "
         "to SALT. All his jabs done.",
         ["EDU-SEND"],
         [("convention", "EYD", "Speech for a school-age child (5, in Reception) = EDU-SEND, not EYD (conv 9)."),
          ("negated", "PH", "Immunisations complete.")]),
     box("C", "yellow",
         "Contact now at paternal nan's in Sandridge Quay, she supervises and makes sure Max is fed. Shaun has a drug "
         "worker (per Laura). CAFCASS safeguarding checks done, hearing adjourned to May.",
         ["REL-CONF"],
         [("historical", "SAFE-NEG", "Feeding now assured at supervised contact - over."),
          ("outside", "SUB", "Father's drug worker: person outside the household."),
          ("convention", "REL-CONF", "Contact proceedings still pending.")]),
     )

# ---------------------------------------------------------------- Z024
case("Z024", "Kennacott", "2025-09-22", "2026-04-28",
     box("A", "orange",
         "Former family home is being sold as part of the divorce and Rachel has to be out by the end of Feb; she can't "
         "get a mortgage on her own and private rents in Kennacott are out of reach. Housing options say she isn't yet "
         "threatened with homelessness as it's more than 56 days away.",
         ["HOUS"],
         [("partial", "HOUS",
           "'not yet threatened with homelessness' negates only the statutory 56-day status; a real current risk of "
           "losing her home is described, so HOUS is present (judgement)."),
          ("not-coded", "REL-CONF", "Divorce mentioned as background; no conflict described.")]),
     box("A", "yellow",
         "Rachel has £6k on credit cards from the separation and solicitor's fees, making minimum payments only. Evan "
         "(14) off school 3 wks with anxiety, GP has referred to CAMHS. Megan (11) fine going between the two homes, "
         "has her own room at both.",
         ["FIN", "EDU-ATT", "MH-CHILD"]),
     box("C", "orange",
         "Rachel and the kids moved into a 3 bed private rent in Marrowdown in March. Evan back in school on mornings "
         "only, CBT with CAMHS weekly. Debt management plan set up with Kennacott Money Advice.",
         ["EDU-ATT", "MH-CHILD", "FIN"],
         [("historical", "HOUS", "Moved into a tenancy - over."),
          ("convention", "EDU-ATT", "Mornings-only attendance = part-time timetable.")]),
     )

# ---------------------------------------------------------------- Z025
case("Z025", "Tollport", "2025-02-17", "2025-08-12",
     box("A", "green",
         "Zoe left Harper's dad in 2021 after DV; he has had no contact since and lives abroad. Harper (2) attends "
         "Tollport Day Nursery 3 days on funded hours, HV says she's meeting her milestones.",
         [],
         [("historical", "DA", "DV ended in 2021, no contact since."),
          ("not-coded", "EYD", "Nursery taken up and milestones met - good news only (conv 3).")]),
     box("A", "yellow",
         "Zoe lost her job at the call centre in Jan. UC sanctioned for a missed appt, 2 months behind on water and "
         "council tax. Her mum, who did most of the childcare, has moved to Wexcombe.",
         ["FIN"],
         [("outside", "", "Grandmother moving away is about a person outside the household.")]),
     box("A", "blue",
         "Zoe's new partner Connor lives in Pennock Bay and stays some weekends; Zoe says if he ever got controlling "
         "she knows the signs and who to call.",
         [],
         [("hypothetical", "DA", "'if he ever got controlling'.")]),
     box("C", "blue",
         "Zoe part time at the garden centre since May with UC topping up; paying £15 a month each to the water and "
         "council tax.",
         ["FIN"],
         [("convention", "FIN", "Paying off arrears = now managing in blue (conv 3).")]),
     )

# ---------------------------------------------------------------- Z026
case("Z026", "Marrowdown", "2025-09-29", "2026-03-03",
     box("A", "red",
         "Jake (15) was accommodated under s20 for 3 wks in Aug after his dad Phil said he couldn't have him home "
         "following a fight with stepmum Nina. Home since 12/09 on a CIN plan. Jake going missing overnight, found by "
         "police in Tollport last wk with £300 cash and 2 phones.",
         ["REL-PAR", "SAFE-EXP"],
         [("convention", "CRIME", "Police finding a missing child is not CRIME (conv 7); no offence or drugs described."),
          ("convention", "SAFE-EXP", "Missing episodes with cash/phones = exploitation risk.")]),
     box("A", "orange",
         "Jake on a part-time timetable at Marrowdown Academy following a managed move from Tollport Academy in June. "
         "Referred to the exploitation team re CCE. Phil and Nina argue about Jake all the time and Nina says she'll "
         "leave if he stays.",
         ["EDU-ATT", "EDU-EXC", "SAFE-EXP", "REL-CONF"],
         [("partial", "REL-CONF", "Nina leaving is hypothetical, but the arguing is current, so REL-CONF is present.")]),
     box("C", "orange",
         "Jake still on CIN. No missing episodes for 8 wks and still sees the exploitation worker weekly. Full time at "
         "Marrowdown Academy since Nov. Phil and Nina going to relationship counselling and say they argue less.",
         ["SAFE-EXP", "REL-CONF"],
         [("convention", "SAFE-EXP", "Ongoing exploitation worker codes SAFE-EXP (conv 4)."),
          ("historical", "EDU-ATT", "Full time since Nov - over.")]),
     )

# ---------------------------------------------------------------- Z027
case("Z027", "Pennock Bay", "2025-11-10", "2026-05-12",
     box("A", "orange",
         "Riley's (6) dad Karl kept him for 5 days after half term contact and wouldn't say where they were; police did "
         "a welfare check and Riley was returned. Karl has applied for shared care and Ellie-Mae has applied for a "
         "prohibited steps order. She says Karl has never been violent or controlling, they just can't agree on anything.",
         ["REL-CONF"],
         [("convention", "CRIME", "Police welfare check is safeguarding, not CRIME; Karl is outside the household (conv 6, 7)."),
          ("negated", "DA", "'never been violent or controlling'.")]),
     box("A", "yellow",
         "Riley having nightmares and wetting the bed since the 5 days at his dad's, anxious and clingy at drop off.",
         ["PH", "MH-CHILD"],
         [("convention", "PH", "Bedwetting/nightmares at school age = PH (conv 9).")]),
     box("C", "yellow",
         "Interim order: Riley lives with mum, alternate weekends with dad, handover in the police station car park. "
         "Next hearing June.",
         ["REL-CONF"],
         [("not-coded", "CRIME", "Police station car park is a handover venue, not police involvement.")]),
     )

# ---------------------------------------------------------------- Z028
case("Z028", "Kennacott", "2025-06-09", "2025-12-15",
     box("A", "yellow",
         "Lucy (12) has an EHCP for autism and really struggles with the Wednesday changeover between mum's and dad's – "
         "meltdowns lasting hours at Dan's after handover. Dan's partner Hannah's son Marley (7) has started copying "
         "her, throwing things when he doesn't get his way.",
         ["EDU-SEND", "REL-PAR"],
         [("convention", "REL-PAR", "Meltdowns and throwing at home = child behaviour at home.")]),
     box("A", "green",
         "Dan and Lucy's mum Anna have agreed through Tamar Vale Mediation to try a fortnightly pattern to cut down "
         "handovers, review session booked.",
         ["REL-CONF"],
         [("convention", "REL-CONF", "Ongoing mediation between separated parents codes REL-CONF (service rule, conv 4) - judgement.")]),
     box("C", "green",
         "Fortnightly pattern in place since Oct, handovers at school. SENCo has set up a transition key worker for Lucy. "
         "Marley's throwing has stopped.",
         ["EDU-SEND"],
         [("historical", "REL-PAR", "'has stopped' (conv 3)."),
          ("not-coded", "REL-CONF", "Arrangement in place, no dispute described.")]),
     )

# ---------------------------------------------------------------- Z029 (unboxed notes)
case("Z029", "Tollport", "2025-07-21", "2025-12-01",
     box("A", None,
         "Home visit by EHW. Leah says since she and Dale separated in the spring the arguing over Summer (8) hasn't let "
         "up - most handovers end in a slanging match on the doorstep, and on Sunday a neighbour rang the police; "
         "officers attended, spoke to both, no offences. Leah is clear Dale has never hit, threatened or controlled her "
         "and she isn't frightened of him. Both agreed to a mediation referral. Summer's bedtime routine has gone to pot "
         "and she won't do anything Leah asks.",
         ["REL-CONF", "REL-PAR"],
         [("negated", "DA", "'never hit, threatened or controlled her'."),
          ("not-coded", "CRIME", "Police attended a parental row; no offences and not about a young person (conv 7)."),
          ("convention", "", "Level orange: a police call-out is the highest cue (conv 2) even though neither CRIME nor DA is coded.")],
         note_level="orange"),
     box("C", None,
         "Closing summary. Handovers now at the leisure centre so Leah and Dale don't meet; Leah says the rows have "
         "stopped. Summer still pushes back at bedtime some nights but Leah is sticking to the reward chart herself.",
         ["REL-PAR"],
         [("historical", "REL-CONF", "'the rows have stopped'."),
          ("convention", "REL-PAR", "Family managing on its own: blue cue; 'now managing' counts as present at blue (conv 2, 3).")],
         note_level="blue"),
     )

# ---------------------------------------------------------------- Z030 (unboxed notes)
case("Z030", "Marrowdown", "2025-02-12", "2025-07-08",
     box("A", None,
         "Strategy meeting 11/02 after Lacey (12) told her teacher that mum's ex Shane, who still has a key, let himself "
         "in on Sunday and hit mum (Demi) while Lacey and Jamie (7) were in the house. S47 to be done jointly with police; "
         "Shane arrested and bailed away from the address. Demi went to MARAC in 2023 about a previous partner. Lacey "
         "refusing to go to school, wants to stay home with mum.",
         ["DA", "EDU-ATT"],
         [("convention", "CRIME", "Ex-partner's assault and arrest = DA only (conv 7)."),
          ("partial", "DA", "2023 MARAC about a previous partner is historical; DA is present from the current assault."),
          ("convention", "", "Level red: strategy meeting / s47 (conv 2).")],
         note_level="red"),
     box("C", None,
         "S47 concluded in March, NFA by CSC, stepped down to early help. Non-mol order granted and Shane has kept away; "
         "locks changed through the sanctuary scheme. Lacey back in school full time. Demi has started the Compass "
         "programme with Harbour Lights.",
         ["DA"],
         [("historical", "EDU-ATT", "Back in school full time - over."),
          ("convention", "DA", "Non-mol in force and DA programme ongoing (conv 4)."),
          ("convention", "",
           "Level yellow: the concluded s47 is a historical cue and is not used; the current highest cue is one extra "
           "service (Harbour Lights DA programme) / early help (conv 2) - judgement.")],
         note_level="yellow"),
     )

# ---------------------------------------------------------------- Z031 (unboxed notes)
case("Z031", "Pennock Bay", "2025-10-01", "2026-02-10",
     box("A", None,
         "Call from Maureen, paternal nan, who lives in Tollport. Worried about Tia (10) and Brody (6) since her son and "
         "their mum Carly split; she hasn't been allowed to see them since the summer and is asking about going to court. "
         "Carly says Maureen took her son's side and runs her down in front of the kids. Gave Maureen information on "
         "grandparents applying for contact; Carly says she'll think about letting her see them at the park.",
         ["REL-CONF"],
         [("convention", "REL-CONF",
           "Contact dispute between the mother and a grandparent outside the household is coded for the family (judgement, as Z007)."),
          ("hypothetical", "", "Court is only being asked about."),
          ("convention", "", "Level blue: information/signposting only (conv 2).")],
         note_level="blue"),
     box("C", None,
         "Maureen now sees Tia and Brody at the park every other Sunday with Carly there; Carly says it's going OK though "
         "the two of them are still frosty. No court application made.",
         ["REL-CONF"],
         [("convention", "REL-CONF", "Strained relationship still being managed by the family itself: present at blue (conv 3)."),
          ("negated", "", "No court application.")],
         note_level="blue"),
     )

# ---------------------------------------------------------------- Z032 (unboxed notes)
case("Z032", "Kennacott", "2025-12-03", "2026-05-26",
     box("A", None,
         "Joint visit with HV. Lauren (22) and Kaden (14 months) in one room at her dad's since she left Kaden's father "
         "in Oct; her dad has told her she has to be out by Christmas. Kaden not yet walking or babbling, HV to recheck "
         "in 6 wks. Lauren says she feels numb and flat most days, HV doing a mood screen. EHW allocated to help Lauren "
         "look for a place of her own. Kaden's father hasn't asked for contact.",
         ["HOUS", "EYD", "MH-ADULT"],
         [("not-coded", "REL-CONF", "Leaving the father is background; no dispute."),
          ("convention", "", "Level yellow: EHW allocated is the highest cue above the HV (conv 2).")],
         note_level="yellow"),
     box("C", None,
         "Lauren and Kaden moved into a 1 bed housing association flat in Feb. HV review in April: Kaden walking and has "
         "about 10 words, on track. GP has Lauren on fluoxetine and she says she feels more like herself.",
         ["MH-ADULT"],
         [("historical", "HOUS", "Rehoused - over."),
          ("not-coded", "EYD", "Development now on track - good news."),
          ("convention", "MH-ADULT", "Ongoing medication (conv 4)."),
          ("convention", "", "Level green: HV and GP only (conv 2).")],
         note_level="green"),
     )


def main():
    narr_rows, gold_rows, traps = [], [], {}
    for c in CASES:
        for stage, level, text, codes, trap_list, note_level in c["narrs"]:
            triage = f"{c['case']}-{stage}"
            nid = f"{triage}-{level if level else 'note'}"
            date = c["a"] if stage == "A" else c["c"]
            narr_rows.append([nid, triage, c["case"], "assessment" if stage == "A" else "closure",
                              date, level or "", c["loc"], text])
            glevel = level if level else note_level
            assert glevel, nid
            assert len(codes) == len(set(codes)), nid
            for code in codes:
                gold_rows.append([nid, code, glevel])
            if trap_list:
                traps[nid] = [dict(type=t, code=k, note=n) for t, k, n in trap_list]
    ids = [r[0] for r in narr_rows]
    assert len(ids) == len(set(ids)), "duplicate narrative ids"

    def write(name, header, rows):
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\r\n")
            w.writerow(header)
            w.writerows(rows)

    write("narratives.csv", ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"], narr_rows)
    write("gold.csv", ["narrative_id", "code", "level"], gold_rows)
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(traps, f, indent=1, ensure_ascii=False)
        f.write("\n")

    n_notes = sum(1 for r in narr_rows if not r[5])
    coded = {r[0] for r in gold_rows}
    print(f"cases: {len(CASES)}  narratives: {len(narr_rows)} (boxed {len(narr_rows) - n_notes}, unboxed notes {n_notes})")
    print(f"triages: {len({r[1] for r in narr_rows})}  gold rows: {len(gold_rows)}  narratives without gold: {len(narr_rows) - len(coded)}")
    print("box levels:", dict(Counter(r[5] or "note" for r in narr_rows)))
    print("gold by level:", dict(Counter(r[2] for r in gold_rows)))
    print("gold by code:")
    for code, n in sorted(Counter(r[1] for r in gold_rows).items()):
        print(f"  {code:9s} {n}")
    print("narratives with traps:", len(traps), " trap entries:", sum(len(v) for v in traps.values()))
    print("trap types:", dict(Counter(t["type"] for v in traps.values() for t in v)))


if __name__ == "__main__":
    main()
