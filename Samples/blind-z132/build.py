#!/usr/bin/env python3
"""Blind gold set Z132: Eastern European families in food processing and
warehouse work in an invented English market town (Stourham).

Written from /work/shared/taxonomy.md only. Each narrative is held with its
gold codes and trap notes. Running this script writes narratives.csv,
gold.csv and traps.json (UTF-8 without BOM, CRLF) and prints counts.

Narrative tuple: (stage, box, text, codes, traps[, note_level])
  stage     "A" (assessment) or "C" (closure)
  box       blue/green/yellow/orange/red, or "note" for an unboxed case note
  codes     the PRESENT codes (gold); all take the box level
  traps     list of (type, code, note)
  note_level  only for unboxed notes: the single highest level cue in the text
"""
import csv
import json
import os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))

CASES = []


def case(case_id, locality, a_date, c_date, narratives):
    CASES.append(dict(case_id=case_id, locality=locality, a_date=a_date,
                      c_date=c_date, narratives=narratives))


# ---------------------------------------------------------------------------
case("Z001", "Wharfside", "2025-04-29", "2025-10-14", [
    ("A", "green",
     "Oliwia (4) in the nursery class at Millbrook Infants since Jan but only "
     "comes 2 mornings out of 5 - mum is on 6-2 at Marston Poultry and dad "
     "sleeps after his nights so nobody to bring her. Nursery say she follows "
     "instructions in Polish but says almost nothing in either language in "
     "setting. HV referred to SALT in March, on waiting list. Still in pull-ups "
     "during the day.",
     ["EYD"],
     [("convention", "EYD", "Nursery take-up, speech and toileting of an under-5 are all EYD (conv 9); poor nursery attendance is not EDU-ATT."),
      ("not-coded", "FIN", "Parents' shift patterns are not FIN (conv 5).")]),
    ("A", "yellow",
     "Family of 5 (Agnieszka, Dawid, Oliwia 4, twins Franek & Hania 2) renting "
     "2 rooms in a shared house on Gas Lane, sharing kitchen/bathroom with 3 "
     "other agency workers. Landlord is the agency's 'accommodation partner' "
     "and the rent comes straight out of Dawid's wages. Rent went up £60/wk in "
     "April and Agnieszka has borrowed £500 off her sister to cover it. EHW to "
     "help with housing register + bidding, Polish interpreter booked for next "
     "visit.",
     ["HOUS", "FIN"],
     [("partial", "FIN", "Borrowing from family to cover a rent rise is a money problem described now."),
      ("not-coded", "", "Interpreter need is not an issue code.")]),
    ("C", "blue",
     "Moved into a 3 bed Kingsmead Housing flat on Alder Rd in Sept. Agnieszka "
     "paying her sister back £20 a week, has a budget sheet on the fridge and "
     "knows how to use the bidding site if they ever need to move again.",
     ["FIN"],
     [("convention", "FIN", "Repaying a family loan is 'now managing' in a blue box: present (conv 3)."),
      ("historical", "HOUS", "Overcrowding ended with the move."),
      ("hypothetical", "HOUS", "'if they ever need to move again' is hypothetical.")]),
])

# ---------------------------------------------------------------------------
case("Z002", "Tanners Green", "2025-06-23", "2025-12-02", [
    ("A", "yellow",
     "School referral (Wharfside Juniors). Andrei (10) and Maria (7) late most "
     "mornings, Andrei at 86% attendence. Mum Elena (via Romanian interpreter) "
     "leaves at 5.30 for Brightfield Salads and dad is meant to do the school "
     "run but is 'not waking up'. Elena thinks Florin drinks most nights after "
     "work - beer then vodka. Florin not present at visit.",
     ["EDU-ATT", "SUB"],
     []),
    ("A", "orange",
     "Police attended 14/06 after a neighbour rang about screaming. Florin "
     "intoxicated, had pushed Elena against the kitchen wall and grabbed her "
     "by the throat with both children in the room. DASH - medium risk. Elena "
     "does not want him to leave: the tenancy is in his name and he is the only "
     "one who drives.",
     ["DA", "SUB"],
     [("convention", "CRIME", "Police call-out for a partner's assault on the adult victim is DA only, not CRIME (conv 7)."),
      ("partial", "SUB", "Father intoxicated at the incident: alcohol misuse by a parent described now."),
      ("not-coded", "HOUS", "Tenancy being in his name is not described as a housing problem.")]),
    ("C", "yellow",
     "Florin engaging with Harbour Recovery (alcohol) - 6 of 8 sessions, says "
     "he only drinks at weekends now. Elena completed the Freedom Programme "
     "(Romanian group at the Hub) and has a safety plan she keeps updated. Both "
     "children over 95% attendance this half term.",
     ["SUB", "DA"],
     [("convention", "SUB", "Ongoing alcohol service codes SUB (conv 4)."),
      ("partial", "DA", "Freedom Programme completed, but a current safety plan keeps DA present."),
      ("not-coded", "EDU-ATT", "Attendance over 95% with no need stated in this text is good news only (conv 3).")]),
])

# ---------------------------------------------------------------------------
case("Z003", "Castle Ward", "2025-05-12", "2025-11-20", [
    ("A", "orange",
     "Dad Darius has been sole carer since mum went back to Lithuania in "
     "January. He works 10pm-6am at Kestrel Distribution through an agency, 4 "
     "on 4 off, and on shift nights Ugnė (11) and Matas (8) are on their own in "
     "the flat all night. Matas told his teacher he makes cereal for tea 'when "
     "dad is at work'. Darius denies drinking and there was no alcohol in the "
     "flat. MASH: does not meet threshold for CSC, TAF to be convened by EH.",
     ["SAFE-NEG"],
     [("negated", "SUB", "'denies drinking' is negated."),
      ("outside", "REL-CONF", "Mother has left the household; no conflict described."),
      ("not-coded", "FIN", "Night shifts are not FIN (conv 5)."),
      ("not-coded", "CARER", "'sole carer' refers to the father; CARER is a child who cares (conv 12).")]),
    ("A", "yellow",
     "Darius asked the agency for days - told there are none and if he turns "
     "down nights he'll drop to the bottom of the list. Already 2 months behind "
     "on council tax and has had a summons. EHW to go with him to Citizens "
     "Advice.",
     ["FIN"],
     [("hypothetical", "FIN", "Losing work 'if he turns down nights' is hypothetical, but council tax arrears make FIN present.")]),
    ("C", "blue",
     "Darius now on 6-2 days with a different agency. Ugnė walks Matas to "
     "breakfast club and he is home by 3. Council tax on a payment plan of £35 a "
     "month and he is keeping to it. Ugnė still sees the ELSA at school on "
     "Fridays.",
     ["FIN", "MH-CHILD"],
     [("convention", "FIN", "Keeping to an arrears payment plan is 'now managing' (conv 3)."),
      ("convention", "MH-CHILD", "Ongoing ELSA (emotional literacy support) sessions code the child's emotional wellbeing (conv 4)."),
      ("historical", "SAFE-NEG", "Children no longer left alone overnight.")]),
])

# ---------------------------------------------------------------------------
case("Z004", "Brookfields", "2025-07-08", "2026-01-13", [
    ("A", "orange",
     "Family: Desislava (31), Ivan (35), Kaloyan (14), Viktoria (9), Nikol (7 "
     "mo). All in one double room in an HMO on Cooper St - bunk beds and a cot. "
     "Section 21 served 2 July, landlord selling. Housing Options say no duty "
     "until the notice runs out. Ivan's agency contract at NorthPak ended in "
     "June, no work since.",
     ["HOUS", "FIN"],
     [("partial", "FIN", "Household worklessness is FIN.")]),
    ("A", "yellow",
     "UC claim for Desislava refused - DWP say her pre-settled status doesn't "
     "give a right to reside as she isn't working. CA appt 18/07 to challenge "
     "it. Family using Stourham Food Bank every fortnight.",
     ["FIN"],
     [("not-coded", "", "Immigration/settled status has no code of its own; the refused benefit and food bank are FIN (conv 5, 10).")]),
    ("A", "green",
     "HV new birth visit was missed when they moved area. Nikol (7m) has had "
     "none of her imms and isn't registered with a GP. Weight dropped from the "
     "50th to the 9th centile; weaning started at 4 months on rusks and sweet "
     "tea.",
     ["PH", "EYD"],
     [("convention", "EYD", "Weaning of an under-5 is EYD; missed imms and weight are PH.")]),
    ("C", "yellow",
     "In temp accommodation (2 rooms, Station Rd hostel) since 9 Sept, "
     "awaiting an offer. Ivan back at work - Marston Poultry, days. Mandatory "
     "reconsideration won with CA help, UC now in payment.",
     ["HOUS"],
     [("historical", "FIN", "Worklessness and the benefit refusal are over; 'UC now in payment' alone is not FIN (conv 5).")]),
])

# ---------------------------------------------------------------------------
case("Z005", "Wharfside", "2025-09-15", "2026-02-24", [
    ("A", "yellow",
     "Kacper (17). Dropped out of 6th form at Castle Hill in June after yr 12, "
     "NEET since. Spends most days gaming in his room, vapes constantly. Says "
     "he'll work with dad at the warehouse but the agency don't take under 18s "
     "on nights. Came home drunk and sick twice in Aug; mum Joanna worried he "
     "is drinking with older lads at the skatepark.",
     ["EDU-NEET", "SUB"],
     [("convention", "FIN", "16+ NEET is EDU-NEET only; no FIN for the young person's worklessness (conv 11)."),
      ("convention", "SUB", "Vaping is not SUB (conv 12); SUB rests on the drunk episodes.")]),
    ("A", "green",
     "Type 1 diabetic, under the diabetes team at Stourham General. Last HbA1c "
     "high as he's been skipping insulin when out with friends. DSN has offered "
     "a clinic appt and mum will make sure he goes.",
     ["PH"],
     []),
    ("C", "yellow",
     "Started Level 1 Construction at Stourham College in Jan, attendance good "
     "so far. Youth worker from Compass (young people's substance misuse "
     "service) still seeing him fortnightly - no drunk episodes since Xmas but "
     "still drinking most weekends. Diabetes better controlled, using a phone "
     "app for insulin reminders.",
     ["SUB", "PH"],
     [("historical", "EDU-NEET", "Now in college: NEET is over."),
      ("partial", "SUB", "Drunk episodes stopped, but weekend drinking and the substance service continue."),
      ("partial", "PH", "Diabetes is a continuing condition being managed: present.")]),
])

# ---------------------------------------------------------------------------
case("Z006", "Castle Ward", "2025-09-03", "2026-01-27", [
    ("A", "note",
     "HV contact 03/09 - new birth follow up. Inese (29) and baby Emīls (6 "
     "wks). Inese came from Riga in March to join partner Roberts, who does 12 "
     "hr shifts at the chicken factory. Limited English, knows nobody locally "
     "and hasn't left the flat in 2 weeks. EPDS 17, tearful through the visit, "
     "describes feeling 'empty'. No thoughts of harming herself or the baby. "
     "Discussed with GP, Inese to be seen tomorrow. Emīls feeding well and "
     "gaining weight, no concerns.",
     ["MH-ADULT"],
     [("convention", "MH-ADULT", "Unboxed note: highest cue is HV/GP, so green (conv 2)."),
      ("negated", "MH-ADULT", "'No thoughts of harming herself' negates suicidal ideation only; low mood is present."),
      ("not-coded", "", "Social isolation and limited English have no code of their own."),
      ("negated", "PH", "Baby feeding and weight: no concerns.")],
     "green"),
    ("A", "yellow",
     "Inese agreed to a referral to Little Steps perinatal peer support for her "
     "low mood (volunteer speaks Latvian and Russian) and to try the Tuesday "
     "baby group at the family hub. Roberts says he can't take time off or he "
     "loses the shift.",
     ["MH-ADULT"],
     []),
    ("C", "blue",
     "Inese goes to baby group every week and has made friends with 2 other "
     "mums; started ESOL with creche on Thursdays. Mood 'much better', she "
     "says, still taking the sertraline the GP started.",
     ["MH-ADULT"],
     [("convention", "MH-ADULT", "Ongoing antidepressant treatment while improving is 'now managing' (conv 3, 4).")]),
])

# ---------------------------------------------------------------------------
case("Z007", "Brookfields", "2025-09-11", "2026-02-05", [
    ("A", "red",
     "Strategy meeting 21/08 after police found Sofia (3) on the Brookfields "
     "estate at 10.30pm in just a nappy. Both parents asleep and intoxicated in "
     "the flat, front door open. Home conditions poor: no food in the fridge, "
     "dog mess on the floors, children's bedding soiled. Luca (6) "
     "has not been in school for 2 wks. S47 -> ICPC 11/09, both children on CP "
     "plans under neglect.",
     ["SAFE-NEG", "SUB", "EDU-ATT"],
     [("convention", "CRIME", "Police finding a young child is safeguarding, not CRIME (conv 7)."),
      ("not-coded", "SAFE-EXP", "A 3-year-old found wandering is a supervision failure (SAFE-NEG), not a missing episode/exploitation."),
      ("convention", "SAFE-NEG", "Empty fridge is SAFE-NEG; no food bank or poverty stated so no FIN (conv 10).")]),
    ("A", "orange",
     "Mirela says Costel started drinking heavily after he lost his job at the "
     "packhouse in May and they argue 'all day' about money - no violence "
     "reported by either of them. Rent arrears £1,340 and Kingsmead have served "
     "a notice seeking possession.",
     ["SUB", "REL-CONF", "FIN", "HOUS"],
     [("convention", "REL-CONF", "Parental arguments with no abuse described are REL-CONF (conv 8)."),
      ("negated", "DA", "'no violence reported' - DA not coded.")]),
    ("C", "red",
     "RCPC 20/01 - children remain on CP plans, good progress noted. Both "
     "parents attending Harbour Recovery, Costel testing negative for 6 wks. "
     "Home much improved but kitchen still dirty on the last unannounced visit "
     "and SW continuing weekly visits.",
     ["SUB", "SAFE-NEG"],
     [("convention", "SUB", "Ongoing alcohol service codes SUB despite negative tests (conv 4)."),
      ("partial", "SAFE-NEG", "Home conditions improved but still a concern being monitored.")]),
    ("C", "orange",
     "N/A - see red box.",
     [],
     [("not-coded", "", "Empty box: nothing to code.")]),
])

# ---------------------------------------------------------------------------
case("Z008", "Tanners Green", "2025-10-06", "2026-03-10", [
    ("A", "green",
     "Tomáš (8) on SEN support at Wharfside Juniors; SENCo has asked for an EP "
     "assessment as they query ASD. Slovak spoken at home and Tomáš is EAL, but "
     "school feel his difficulties with peers and with change are not just "
     "about language. One day suspension in Sept for biting a TA.",
     ["EDU-SEND", "EDU-EXC"],
     [("not-coded", "EDU-SEND", "EAL on its own is not SEND; here SEN support, SENCo and the ASD query code EDU-SEND."),
      ("partial", "EDU-EXC", "A fixed-term suspension this term is EDU-EXC.")]),
    ("A", "yellow",
     "Mum Lenka does 4 long days at Greyholt Foods, dad Marek on nights. At "
     "home Tomáš has big meltdowns when plans change - has hit and bitten his "
     "sister Ema (5) and mum is struggling to manage him. Referred to the "
     "autism-friendly parenting course (Stourham Parenting Together) with a "
     "Slovak interpreter.",
     ["REL-PAR"],
     [("convention", "REL-PAR", "Child behaviour at home, including hitting a sibling, is REL-PAR."),
      ("not-coded", "EDU-SEND", "The 'autism-friendly' course name is not an assessment or SEN provision in education; judged not EDU-SEND.")]),
    ("C", "green",
     "EHC needs assessment agreed in Nov and the EP has seen Tomáš. On the "
     "community paeds ASD pathway, first appt 26 March.",
     ["EDU-SEND"],
     [("convention", "EDU-SEND", "Being on an ASD assessment pathway codes EDU-SEND (conv 4).")]),
])

# ---------------------------------------------------------------------------
case("Z009", "Castle Ward", "2025-07-14", "2025-12-16", [
    ("A", "orange",
     "Beata (41) drinking daily, 2 admissions to Stourham General since June "
     "with withdrawal seizures. Open to Harbour Recovery but DNA'd the last 3 "
     "appts. Husband Krzysztof is an agency HGV driver, away Mon-Fri. Zuzanna "
     "(13) is doing the shopping, the cooking, cleaning up after mum and puts "
     "Filip (7) to bed most nights.",
     ["SUB", "PH", "CARER"],
     [("partial", "PH", "Hospital admissions with seizures are a physical illness in the family."),
      ("not-coded", "FIN", "Father's agency job/working away is not FIN.")]),
    ("A", "yellow",
     "Zuzanna's attendance 79% this yr, very tired in lessons and has stopped "
     "doing PE. Referred to Stourham Young Carers - assessment booked 22/07.",
     ["EDU-ATT", "CARER"],
     [("convention", "CARER", "Referral to a young carers service implies the child's caring role (conv 4).")]),
    ("C", "yellow",
     "Beata had a 10 day detox at St Cuthbert's in Oct, now goes to a "
     "Polish-speaking AA meeting and to Harbour Recovery weekly. Zuzanna goes "
     "to the young carers group fortnightly; attendance up to 91% and HoY "
     "checking in with her every Monday.",
     ["SUB", "CARER", "EDU-ATT"],
     [("partial", "SUB", "Detox is past, but AA and the alcohol service continue (conv 4)."),
      ("partial", "EDU-ATT", "Attendance improved to 91% but still below expected and under weekly monitoring: present.")]),
])

# ---------------------------------------------------------------------------
case("Z010", "Wharfside", "2025-05-19", "2025-11-04", [
    ("A", "yellow",
     "Olena with Yaroslav (15) and Daryna (9); came in 2022 on Homes for "
     "Ukraine, in a private 2 bed since the sponsor arrangement ended. Olena's "
     "hours at the veg packhouse cut to 16/wk for the season. Prepay electric - "
     "she has been without power 3 times this month when the emergency credit "
     "ran out.",
     ["FIN"],
     [("convention", "FIN", "Self-disconnection from prepay electricity is fuel poverty: FIN (conv 10).")]),
    ("A", "orange",
     "Yaroslav open to CAMHS since April - low mood, nightmares about Kharkiv, "
     "has cut his arms twice. Not been in school since Feb half term apart from "
     "2 days, attendance 38%. School offering a part-time timetable but he "
     "won't go in.",
     ["MH-CHILD", "EDU-ATT"],
     [("not-coded", "PH", "Nightmares here are trauma symptoms (MH-CHILD), not a separate sleep problem.")]),
    ("C", "orange",
     "Y still open to CAMHS, no self-harm since Sept. On a part time timetable "
     "(mornings only), plan to build up after Christmas.",
     ["MH-CHILD", "EDU-ATT"],
     [("partial", "MH-CHILD", "Self-harm has stopped but CAMHS remains open (conv 4)."),
      ("convention", "EDU-ATT", "Part-time timetable is EDU-ATT.")]),
])

# ---------------------------------------------------------------------------
case("Z011", "Brookfields", "2025-10-20", "2026-03-03", [
    ("A", "orange",
     "Ionuț (15). Arrested 03/10 for shoplifting from the Co-op with two older "
     "males - youth caution. Had £300 cash and 2 phones on him. Missing "
     "overnight x3 in Sept, found by police each time. CCE concerns, NRM "
     "referral under discussion. Managed move to Tanners Green Academy agreed "
     "after 2 suspensions at Castle Hill.",
     ["CRIME", "SAFE-EXP", "EDU-EXC"],
     [("convention", "CRIME", "Arrest and youth caution are CRIME; police finding him when missing is safeguarding and adds nothing (conv 7).")]),
    ("A", "yellow",
     "Both parents on nights at Marston Poultry and don't know where he goes in "
     "the evenings. He ignores his curfew and swears at mum; he and dad have "
     "loud rows most nights. Ionuț reads all the school letters for his parents "
     "so they only know what he chooses to tell them.",
     ["REL-PAR"],
     [("convention", "REL-PAR", "Rows between a parent and a child are REL-PAR, not REL-CONF (conv 8)."),
      ("not-coded", "CARER", "Reading letters for parents (language brokering) is not described as a caring responsibility.")]),
    ("C", "orange",
     "YOS still involved - 3 month referral order after a 2nd theft in Nov. No "
     "missing episodes since Oct. Settled at Tanners Green, no behaviour points "
     "this half term.",
     ["CRIME"],
     [("historical", "SAFE-EXP", "'No missing episodes since Oct' - over."),
      ("not-coded", "EDU-EXC", "Settled after the managed move with no behaviour points: no current school behaviour need.")]),
])

# ---------------------------------------------------------------------------
case("Z012", "Tanners Green", "2025-04-14", "2025-09-22", [
    ("A", "green",
     "School nurse: Nina (6) has visible decay on her front teeth and had "
     "toothache in class. Neither Nina nor Adam (4) is registered with a "
     "dentist, family didn't know how. List of NHS dentists taking patients "
     "given to mum.",
     ["PH"],
     []),
    ("A", "blue",
     "Mum Kasia says money has been tight since the agency cut Dad's hours to "
     "20 a week. Gave her info on free school meals and Healthy Start, she's "
     "applying online herself. Adam (4) not in any nursery - mum didn't know "
     "about the 15 hrs, leaflet given.",
     ["FIN", "EYD"],
     [("convention", "FIN", "Reduced agency hours with money tight is a money problem, unlike shift work alone (conv 5)."),
      ("convention", "EYD", "Nursery take-up for an under-5 is EYD (conv 9).")]),
    ("C", "blue",
     "Nina now gets FSM and Adam started Reception in Sept. Both seen by Castle "
     "Dental over the summer.",
     [],
     [("convention", "FIN", "Receiving FSM with no money problem described is not FIN (conv 5, by analogy with benefit names)."),
      ("historical", "PH", "Dental treatment done."),
      ("not-coded", "EYD", "Starting Reception is good news only (conv 3).")]),
])

# ---------------------------------------------------------------------------
case("Z013", "Castle Ward", "2025-09-08", "2026-02-10", [
    ("A", "orange",
     "Magdalena (34) came into Stourham refuge on 12/08 with Lena (9) and Kuba "
     "(5) after partner Paweł strangled her. Paweł arrested, on bail not to "
     "contact. He is a heavy drinker, she says. MARAC 02/09. IDVA working with "
     "Magda in Polish.",
     ["DA", "HOUS"],
     [("convention", "CRIME", "Partner's arrest for the assault on her is DA only (conv 7)."),
      ("outside", "SUB", "Paweł's drinking: he is outside the household now (conv 6)."),
      ("partial", "HOUS", "Fleeing to a refuge is homelessness.")]),
    ("A", "yellow",
     "Lena (9) wetting the bed most nights and very anxious at drop-off, won't "
     "let go of mum. Kuba (5) copying dad - shouts at mum and kicks her when "
     "told no.",
     ["PH", "MH-CHILD", "REL-PAR"],
     [("convention", "PH", "Bedwetting at school age is PH (conv 9)."),
      ("convention", "REL-PAR", "Child-to-parent violence is REL-PAR, not DA (conv 8).")]),
    ("C", "yellow",
     "Now in a 2 bed council flat (since Nov). Magda finished the Polish-"
     "language Freedom Programme group. Non-mol order in place until 2027 and "
     "Paweł's trial is listed for 23 Feb at Crown Court.",
     ["DA"],
     [("historical", "HOUS", "Rehoused - over."),
      ("partial", "DA", "Programme finished but non-mol order and pending trial keep DA current.")]),
    ("C", "blue",
     "Kuba's kicking stopped after the parenting sessions. Lena dry most nights "
     "now - Magda keeps the reward chart going and has spare sheets ready.",
     ["PH"],
     [("historical", "REL-PAR", "'kicking stopped' - over."),
      ("convention", "PH", "'dry most nights' with mum managing it is 'now managing' (conv 3).")]),
])

# ---------------------------------------------------------------------------
case("Z014", "Brookfields", "2025-07-24", "2026-01-20", [
    ("A", "red",
     "Strategy meeting 15/07. Petya (14) found in a car with 2 adult males in "
     "Leicester after 2 days missing; CSE screening tool high risk. Section 47 "
     "joint investigation with police, Petya now subject to a CIN plan. She "
     "disclosed smoking cannabis 'to help me sleep'.",
     ["SAFE-EXP", "SUB"],
     [("convention", "SUB", "Her own cannabis use is SUB; conv 12 only excludes drugs found on an exploited child."),
      ("convention", "CRIME", "Police involvement is to safeguard her: not CRIME (conv 7).")]),
    ("A", "orange",
     "Petya took an overdose of paracetamol 20/07, seen by the CAMHS crisis "
     "team and now open to CAMHS. Mum Svetla (2-10pm at the chicken factory) "
     "says Petya goes out when she likes and screams that she hates her. "
     "Svetla had no interpreter at 2 of the meetings and did not understand the "
     "plan.",
     ["MH-CHILD", "REL-PAR"],
     [("not-coded", "PH", "Overdose coded as self-harm (MH-CHILD); no separate physical illness described."),
      ("not-coded", "", "Missing interpreter is a service failing, not an issue code.")]),
    ("C", "orange",
     "CIN plan ended 08/01, stepped down to EH TAF. No missing episodes since "
     "Sept. Still seeing CAMHS every 2 wks. Petya says the cannabis is 'only "
     "weekends now'.",
     ["MH-CHILD", "SUB"],
     [("historical", "SAFE-EXP", "No missing episodes since Sept."),
      ("partial", "SUB", "Reduced but continuing cannabis use.")]),
])

# ---------------------------------------------------------------------------
case("Z015", "Tanners Green", "2025-09-08", "2026-02-16", [
    ("A", "yellow",
     "Grzegorz has approx £4k online gambling debt on credit cards, Ewa found "
     "out in August. They argue about it every night and Ewa has talked about "
     "separating. Referred to GamCare and StepChange.",
     ["FIN", "REL-CONF"],
     [("convention", "SUB", "Gambling debts are FIN, not SUB (conv 10)."),
      ("partial", "REL-CONF", "Nightly arguments and talk of separation, no abuse: REL-CONF.")]),
    ("A", "green",
     "Ola (12) Y7 at Castle Hill - form tutor says she's withdrawn and tearful, "
     "school counsellor seeing her weekly.",
     ["MH-CHILD"],
     []),
    ("C", "blue",
     "Grzegorz has self-excluded through GamStop and is on a DMP with "
     "StepChange at £120/m.",
     ["FIN"],
     [("convention", "FIN", "Debt management plan is 'now managing' debt (conv 3)."),
      ("not-coded", "EDU-EXC", "'self-excluded' refers to gambling sites, not school exclusion; not SUB either.")]),
])

# ---------------------------------------------------------------------------
case("Z016", "Wharfside", "2025-10-13", "2026-03-05", [
    ("A", "yellow",
     "Ana starts at 6am at Brightfield Salads so the children are walked to "
     "school by a lady from the same house who is often late herself. Bianca "
     "(8) and Mihai (5) late 30+ times since Sept, Mihai's attendance 83%, "
     "mostly Mondays and Fridays. Bianca has EAL support in class and is "
     "making good progress. Rares (11) at Castle Hill attending fine.",
     ["EDU-ATT"],
     [("not-coded", "EDU-SEND", "EAL support is not SEN; judged not EDU-SEND."),
      ("not-coded", "FIN", "Early shift is not FIN (conv 5).")]),
    ("A", "blue",
     "Ana's sister is due over from Romania in January and will live with "
     "them; Ana hopes she will take over the mornings.",
     [],
     [("hypothetical", "EDU-ATT", "A future plan; no issue stated in this box.")]),
    ("C", "green",
     "School funded breakfast club places for both. Lateness down to 4 this "
     "half term, Mihai now 92% - attendance officer still monitoring.",
     ["EDU-ATT"],
     [("partial", "EDU-ATT", "Improved but lateness continues and is monitored: present.")]),
])

# ---------------------------------------------------------------------------
case("Z017", "Castle Ward", "2025-06-02", "2025-11-25", [
    ("A", "yellow",
     "Jānis (44) hurt his back lifting at the warehouse in April. Agency paid "
     "SSP then ended his assignment. Wife Ilze cleans part time. 2 months "
     "behind on rent. Jānis very low, sits in the flat all day; GP has started "
     "him on antidepressants and referred him to physio.",
     ["PH", "FIN", "MH-ADULT"],
     [("partial", "HOUS", "Rent arrears alone are FIN; no eviction risk described, so no HOUS.")]),
    ("A", "green",
     "Kristaps (16, Y11 at Castle Hill) helps his dad get dressed in the "
     "mornings and does the family's weekly shop. School pastoral team aware "
     "and have offered a young carers referral.",
     ["CARER"],
     []),
    ("C", "blue",
     "Jānis back at work (different agency) since Oct. Still on sertraline, "
     "mood better. Rent arrears cleared with a DHP. Kristaps doesn't need to "
     "help him any more and has started his A levels.",
     ["MH-ADULT"],
     [("historical", "FIN", "Arrears cleared."),
      ("historical", "CARER", "Caring role ended."),
      ("convention", "MH-ADULT", "Continuing medication is 'now managing' (conv 3, 4).")]),
])

# ---------------------------------------------------------------------------
case("Z018", "Brookfields", "2025-08-04", "2026-02-02", [
    ("A", "green",
     "HV 2 yr review - Viktória (2y4m) has no words in Slovak or English, "
     "limited eye contact, lines up her toys. Referred to SALT and community "
     "paeds. Dad says his brother didn't talk until he was 4.",
     ["EYD"],
     [("outside", "EYD", "Uncle's late talking is about someone outside the household."),
      ("convention", "EYD", "Speech delay in an under-5 is EYD (conv 9).")]),
    ("C", "note",
     "Closure summary (HV). Viktória started at Little Acorns nursery in "
     "January on 2 yr funding and now uses about 15 single words. Nursery "
     "keyworker working on her speech targets. Mum confident to raise any "
     "concerns with nursery or GP herself.",
     ["EYD"],
     [("convention", "EYD", "Unboxed note: HV, nursery, GP are universal cues, so green (conv 2).")],
     "green"),
])

# ---------------------------------------------------------------------------
case("Z019", "Wharfside", "2025-11-03", "2026-03-12", [
    ("A", "orange",
     "Police called 3 times in Oct to the HMO on Tanner St re fights. One "
     "involved Krisztián (17), arrested for assaulting another tenant, released "
     "under investigation. Not in education, employment or training since "
     "leaving college in June.",
     ["CRIME", "EDU-NEET"],
     [("outside", "CRIME", "The other fights between other tenants are not the family's; Krisztián's arrest is CRIME."),
      ("convention", "FIN", "No FIN for a 17-year-old's NEET status (conv 11).")]),
    ("A", "yellow",
     "Mum Zsófia works nights at NorthPak and says Krisztián 'is an adult, not "
     "my problem'. She admits a bottle of wine most days 'to sleep after "
     "nights'. Lili (12) hears the rows between mum and Krisztián through the "
     "wall.",
     ["SUB", "REL-PAR"],
     [("convention", "REL-PAR", "Rows between parent and child are REL-PAR (conv 8)."),
      ("not-coded", "PH", "'to sleep' is her reason for drinking, not a sleep problem described as a need.")]),
    ("C", "yellow",
     "Police NFA'd the assault. K started the 12 wk Step Forward employability "
     "course at college in Jan. Zsófia has cut down to 2-3 nights a week but "
     "declined the drug & alcohol service.",
     ["SUB"],
     [("historical", "CRIME", "NFA - the matter is over."),
      ("historical", "EDU-NEET", "Now on a training course."),
      ("partial", "SUB", "Reduced but continuing heavy drinking; declining a service is not a denial of use.")]),
])

# ---------------------------------------------------------------------------
case("Z020", "Tanners Green", "2025-05-27", "2025-12-09", [
    ("A", "yellow",
     "Hubert (9) has cerebral palsy and uses a wheelchair outdoors. 2nd floor "
     "flat, no lift - dad carries him up and down. OT assessment requested; "
     "on the housing register band B for adapted housing. Mum Monika gave up "
     "her job at the packing plant to care for him and money is very tight - no "
     "DLA claim made yet.",
     ["PH", "HOUS", "FIN"],
     [("convention", "CARER", "Mum caring for him is a parent carer, not CARER (conv 12)."),
      ("convention", "FIN", "DLA named alongside a described money problem: FIN (conv 5).")]),
    ("A", "green",
     "EHCP in place, 1:1 TA at St Aldhelm's. Annual review due in Dec.",
     ["EDU-SEND"],
     [("not-coded", "PH", "EHCP alone does not code PH.")]),
    ("C", "blue",
     "DLA awarded (high rate care). Family bid on an adapted bungalow through "
     "Homechoice and have been offered it, moving in March - until then dad is "
     "still carrying Hubert up and down the stairs.",
     ["HOUS"],
     [("convention", "FIN", "DLA award with no money problem stated is not FIN (conv 5)."),
      ("convention", "PH", "DLA never implies PH by itself (conv 5); disability is not otherwise stated here."),
      ("partial", "HOUS", "Still living in unsuitable housing until the move: present ('now managing').")]),
])

# ---------------------------------------------------------------------------
case("Z021", "Castle Ward", "2025-09-29", "2026-02-19", [
    ("A", "orange",
     "Radu and Cristina with twins Denis and David (7) rent 1 room in an "
     "unlicenced HMO - 14 adults and 2 children in a 4 bed terrace. Landlord "
     "changed the locks on 2 rooms last week while tenants were on shift; "
     "council Private Sector Housing and police attended. Landlord under "
     "investigation for labour exploitation of other tenants - Radu and "
     "Cristina have their own contracts with Apex and are not part of it.",
     ["HOUS"],
     [("outside", "CRIME", "Landlord's offence is outside the household (conv 6)."),
      ("outside", "SAFE-EXP", "Labour exploitation concerns other tenants, explicitly not this family."),
      ("convention", "CRIME", "Police attendance was not about a family member.")]),
    ("A", "yellow",
     "Cristina says she is frightened to sleep there, panic attacks most nights "
     "and hardly eating. Twins share a single mattress on the floor next to "
     "their parents.",
     ["MH-ADULT", "HOUS"],
     [("partial", "HOUS", "Children sharing a mattress in the parents' room is overcrowding (HOUS), not basic-care neglect.")]),
    ("C", "yellow",
     "Family in a 2 bed private let since Nov (deposit through the council "
     "bond scheme). Cristina on the Talking Therapies waiting list, panic "
     "attacks less often.",
     ["MH-ADULT"],
     [("historical", "HOUS", "Rehoused."),
      ("convention", "MH-ADULT", "Awaiting a therapy service codes its area (conv 4).")]),
])

# ---------------------------------------------------------------------------
case("Z022", "Brookfields", "2025-10-27", "2026-01-14", [
    ("A", "orange",
     "Dovydas (12) permanently excluded from Castle Hill 10/10 for assaulting a "
     "TA, now at Stourham PRU. Referred for ADHD assessment in Y4 and still "
     "waiting. Police involved in Sept after he damaged a car on the estate - "
     "community resolution.",
     ["EDU-EXC", "EDU-SEND", "CRIME"],
     []),
    ("A", "yellow",
     "Mum Rasa works days at the packhouse and cleans offices 6-9pm. Her mother "
     "(over from Vilnius for 6 months, no English) minds the children in the "
     "evenings. Dovydas won't listen to gran and has pushed her over once.",
     ["REL-PAR"],
     [("convention", "REL-PAR", "Violence by a child towards the grandmother minding him (living in the home) treated as child behaviour at home: REL-PAR, not DA (conv 8).")]),
    ("C", "note",
     "TAF review 14/01. Dovydas full time at the PRU but 2 fixed-term "
     "suspensions from there this term for swearing at staff. ADHD confirmed by "
     "community paeds in Dec, starting medication. Gran has gone home to "
     "Lithuania and Rasa has given up the evening job. No further police "
     "contact.",
     ["EDU-EXC", "EDU-SEND"],
     [("convention", "EDU-EXC", "Unboxed note: TAF is an orange cue (conv 2)."),
      ("negated", "CRIME", "'No further police contact' - CRIME not coded and not a level cue."),
      ("not-coded", "PH", "ADHD medication is part of EDU-SEND (ADHD pathway), not PH.")],
     "orange"),
])

# ---------------------------------------------------------------------------
case("Z023", "Wharfside", "2025-06-16", "2025-12-11", [
    ("A", "yellow",
     "Dorota (38) having chemo for breast cancer and exhausted. Tadeusz works "
     "12 hr shifts at Greyholt Foods and can't cut down or he'll lose the "
     "contract. Weronika (14) gets her brothers (8 & 6) up and to school, makes "
     "tea most nights and goes to mum's hospital appts to interpret. Referral "
     "made to Stourham Young Carers.",
     ["PH", "CARER"],
     [("hypothetical", "FIN", "'or he'll lose the contract' is hypothetical; shifts are not FIN.")]),
    ("A", "green",
     "Weronika tearful with her form tutor, scared mum is going to die. School "
     "counsellor weekly from this week. Attendance 98%, no concerns there.",
     ["MH-CHILD"],
     [("negated", "EDU-ATT", "'no concerns' on attendance.")]),
    ("C", "yellow",
     "Dorota finished chemo in Oct, now on daily radiotherapy for 3 wks. "
     "Weronika goes to young carers club on Wednesdays; Tadeusz's sister does "
     "the school run 3 mornings a week.",
     ["PH", "CARER"],
     [("partial", "PH", "Chemo finished but radiotherapy ongoing.")]),
])

# ---------------------------------------------------------------------------
case("Z024", "Tanners Green", "2025-06-05", "2025-11-18", [
    ("A", "red",
     "PLO pre-proceedings letter issued 05/06. Alina (24) alcohol dependent, "
     "smelt of alcohol at 3 of 5 SW visits. Ștefan (5m) has had none of his "
     "imms and has missed 2 hip clinic follow-ups. Nothing in the cupboards at "
     "the visit on 2/06.",
     ["SUB", "PH", "SAFE-NEG"],
     [("convention", "SAFE-NEG", "No food in the home is SAFE-NEG; no food bank or fuel poverty named, so no FIN (conv 10).")]),
    ("A", "orange",
     "Alina's partner Vlad (not Ștefan's dad) stays at the flat most nights. He "
     "is on licence for supply of class A; probation aware of the address.",
     ["CRIME"],
     [("convention", "CRIME", "An adult in the household on licence is CRIME (conv 7)."),
      ("not-coded", "SUB", "A supply conviction is not drug use; no misuse described.")]),
    ("C", "note",
     "SW update: Ștefan placed with his maternal aunt under s20 in Sept and "
     "care proceedings have now been issued. Alina in residential rehab in "
     "Northampton since Oct and doing well, contact twice weekly.",
     ["SUB"],
     [("convention", "SUB", "Unboxed note: s20 and care proceedings are red cues (conv 2); residential rehab codes SUB (conv 4).")],
     "red"),
])

# ---------------------------------------------------------------------------
case("Z025", "Castle Ward", "2025-11-28", "2026-03-02", [
    ("A", "note",
     "Call from practice nurse at Harbour Lane Surgery 11/11. Gergana Nikolova "
     "brought Boris (3) for his imms. Husband answered every question for her "
     "and held on to her phone. In the toilet she told the nurse via Google "
     "Translate that he keeps her passport and bank card and won't let her go "
     "to English classes. Not known to police. Nurse gave her the IDVA number "
     "on a leaflet in Bulgarian.",
     ["DA"],
     [("convention", "DA", "Unboxed note: 'Not known to police' negates the police cue and an IDVA number on a leaflet is signposting, not a service engaged; highest cue is the GP practice, so green (conv 2)."),
      ("not-coded", "FIN", "Control of her bank card is economic abuse within DA, not a money problem.")],
     "green"),
    ("A", "orange",
     "DASH completed with a Bulgarian interpreter after the GP referral - high "
     "risk (isolation, controlling behaviour, threats to take Boris to "
     "Bulgaria). Listed for MARAC 04/12. Gergana wants to stay in the "
     "relationship for now. Boris (3) not at nursery as dad won't allow it; HV "
     "says his speech is single Bulgarian words only.",
     ["DA", "EYD"],
     []),
    ("C", "orange",
     "Stoyan arrested 18/01 after assaulting Gergana, charged and remanded. "
     "Non-mol and prohibited steps order granted. Gergana and Boris staying in "
     "the flat with sanctuary measures fitted. Boris started at Little Acorns 3 "
     "days a week.",
     ["DA"],
     [("convention", "CRIME", "Husband's arrest/charge for assaulting her is DA only (conv 7)."),
      ("not-coded", "EYD", "Starting nursery is good news; no current early-years need stated in this text.")]),
])

# ---------------------------------------------------------------------------
case("Z026", "Tanners Green", "2025-09-22", "2026-01-15", [
    ("A", "yellow",
     "Natalia (13) being bullied at Tanners Green Academy and online - girls in "
     "her year call her a 'Polish rat' and set up a Snapchat group to mock "
     "her. Hasn't been in for 2 weeks and says she won't go back. Mum Marta "
     "wants a school move.",
     ["SAFE-EXP", "EDU-ATT"],
     [("convention", "SAFE-EXP", "Bullying of the child by peers is SAFE-EXP; the bullies themselves are outside the household.")]),
    ("A", "green",
     "Anti-bullying lead met Marta and Natalia with a Polish interpreter; 3 "
     "girls sanctioned over the group chat. Pastoral plan - Natalia can use the "
     "Hub at break and lunch, phased return from Monday.",
     ["SAFE-EXP", "EDU-ATT"],
     [("outside", "EDU-EXC", "The sanctions are on other pupils: not EDU-EXC for Natalia."),
      ("partial", "EDU-ATT", "A phased return means she is not yet attending fully.")]),
    ("C", "blue",
     "Natalia back full time since Nov. Says there are still 'a few comments' "
     "but she tells her form tutor and it gets sorted.",
     ["SAFE-EXP"],
     [("historical", "EDU-ATT", "Back full time."),
      ("convention", "SAFE-EXP", "Ongoing comments that she is handling are 'now managing' (conv 3).")]),
])

# ---------------------------------------------------------------------------
case("Z027", "Castle Ward", "2025-04-22", "2025-10-28", [
    ("A", "yellow",
     "Jurgita didn't apply to move from pre-settled to settled status in time "
     "and her status lapsed; the agency at the warehouse let her go in March "
     "when the right to work check failed. Late application now in with "
     "Citizens Advice help. Only Tomas's wages coming in, £400 behind with the "
     "rent.",
     ["FIN"],
     [("not-coded", "", "Immigration status itself is not coded; the job loss and arrears are FIN.")]),
    ("A", "green",
     "Jurgita very anxious, crying a lot, GP has prescribed propranolol. She "
     "and Tomas are arguing a lot about money and he's sleeping on the sofa. "
     "She had an abusive first marriage in Lithuania, no contact with him for "
     "10 years. Aistė (6) and Rokas (4) doing fine at school/nursery.",
     ["MH-ADULT", "REL-CONF"],
     [("historical", "DA", "Abusive first marriage, ended, no contact for 10 years."),
      ("not-coded", "FIN", "Arguing 'about money' describes the conflict, not a debt or income problem; FIN not coded from this text."),
      ("not-coded", "", "Children 'doing fine' is good news only.")]),
    ("C", "blue",
     "Settled status granted in Aug and Jurgita back at work. Rent up to date.",
     [],
     [("historical", "FIN", "Arrears cleared, back at work."),
      ("not-coded", "", "Settled status granted is not an issue code.")]),
    ("C", "green",
     "Jurgita still on medication from the GP for her anxiety, says she is "
     "coping.",
     ["MH-ADULT"],
     []),
])

# ---------------------------------------------------------------------------
case("Z028", "Brookfields", "2025-08-18", "2026-02-26", [
    ("A", "yellow",
     "Alexandru (16) left Y11 in July with no GCSE above a 3 (arrived in Y9 "
     "with very little English). Not in college - on the waiting list for the "
     "16-19 ESOL course. Parents want him to work at the factory but the agency "
     "won't take him till he's 18.",
     ["EDU-NEET"],
     [("convention", "FIN", "NEET young person: EDU-NEET only (conv 11).")]),
    ("A", "blue",
     "Parents seperated amicably in 2024, dad lives in Peterborough and has "
     "the kids every other weekend - no issues with the arrangements.",
     [],
     [("historical", "REL-CONF", "Separation in the past, amicable, no current dispute ('no issues').")]),
    ("C", "yellow",
     "Alexandru started ESOL and maths at Stourham College in Jan but has "
     "missed 3 days in Feb; college say he is at risk of being withdrawn.",
     ["EDU-NEET"],
     [("partial", "EDU-NEET", "In college but described as at risk of withdrawal: 'at risk of' NEET is in the code's scope.")]),
])

# ---------------------------------------------------------------------------
case("Z029", "Tanners Green", "2025-10-01", "2026-03-19", [
    ("A", "orange",
     "Gábor in HMP Bedford - 10 months for theft from his employer, release on "
     "licence expected in March. Éva left with the 3 kids, the car finance and "
     "£2.3k council tax and energy arrears; letter from enforcement agents "
     "last week.",
     ["CRIME", "FIN"],
     [("convention", "CRIME", "Father serving a sentence is a family member's current offending (conv 7 covers the licence that follows); judged CRIME present.")]),
    ("A", "yellow",
     "Márk (10) angry since dad went to prison - slams doors, swears, threw the "
     "TV remote at Éva and cut her lip.",
     ["REL-PAR"],
     [("convention", "REL-PAR", "Child-to-parent violence is REL-PAR; no police, so no CRIME (conv 8).")]),
    ("C", "yellow",
     "Gábor released on licence in March and living at home, weekly probation "
     "appts. Arrears on a payment plan through StepChange.",
     ["CRIME", "FIN"],
     [("convention", "CRIME", "Adult on licence is CRIME (conv 7).")]),
    ("C", "blue",
     "Márk calmer. Éva using the Triple P strategies - still the odd row over "
     "screen time but she handles it.",
     ["REL-PAR"],
     [("convention", "REL-PAR", "Occasional rows handled by mum: 'now managing' (conv 3).")]),
])

# ---------------------------------------------------------------------------
case("Z030", "Wharfside", "2025-10-09", "2026-02-12", [
    ("A", "orange",
     "Family of 6 (Piotr, Katarzyna, Maja 12, Oskar 9, Ala 5, Zofia 14m) in 2 "
     "rooms of a shared house, children on floor mattresses. Piotr drinking "
     "since the agency laid him off in Sept and spends what money there is on "
     "vodka. Katarzyna says food runs out by Thursday; school say the children "
     "arrive hungry and Maja has been taking food off friends. Landlord has "
     "served 28 days notice for the arrears.",
     ["HOUS", "SUB", "FIN", "SAFE-NEG"],
     [("convention", "SAFE-NEG", "Hungry children / food running out is SAFE-NEG; worklessness and arrears are FIN (conv 10).")]),
    ("A", "green",
     "Zofia (14m) not seen by HV since her 8 wk check, 1 yr review overdue.",
     ["EYD"],
     [("convention", "EYD", "Overdue development review for an under-5 is EYD.")]),
    ("C", "yellow",
     "In council temp accommodation (3 bed) since Nov. Katarzyna using the "
     "Trussell food bank weekly. Piotr still drinking most days and refusing "
     "Harbour Recovery.",
     ["HOUS", "FIN", "SUB"],
     [("convention", "FIN", "Food bank use is FIN (conv 10)."),
      ("convention", "HOUS", "Temporary accommodation is HOUS.")]),
])

# ---------------------------------------------------------------------------
case("Z031", "Castle Ward", "2025-11-17", "2026-03-16", [
    ("A", "note",
     "EHW home visit with Bulgarian interpreter. Ivo (10) refuses to go in at "
     "the school gate most mornings, crying and saying his tummy hurts; very "
     "anxious about being away from mum. Attendance 71% this term. GP has seen "
     "him, no physical cause found. Parents both at Greyholt Foods and say they "
     "know no-one here and have nobody to ask. Plan: EHA to be completed, ask "
     "school about ELSA.",
     ["EDU-ATT", "MH-CHILD"],
     [("convention", "EDU-ATT", "Unboxed note: EHW is a yellow cue, above GP/school (green) (conv 2)."),
      ("negated", "PH", "'no physical cause found'."),
      ("not-coded", "", "Parents' isolation has no code of its own.")],
     "yellow"),
    ("A", "green",
     "School: Ivo now seeing the ELSA twice a week; reduced timetable "
     "(mornings) agreed for 4 wks.",
     ["EDU-ATT", "MH-CHILD"],
     [("convention", "MH-CHILD", "ELSA is an emotional-support service: codes MH-CHILD (conv 4)."),
      ("convention", "EDU-ATT", "Reduced/part-time timetable is EDU-ATT.")]),
    ("C", "green",
     "Full time since January, attendance 96% this half term. Still sees the "
     "ELSA weekly.",
     ["MH-CHILD"],
     [("historical", "EDU-ATT", "Back full time at 96%: over."),
      ("convention", "MH-CHILD", "Ongoing ELSA (conv 4).")]),
])

# ---------------------------------------------------------------------------
case("Z032", "Tanners Green", "2025-09-15", "2026-02-20", [
    ("A", "red",
     "Child in need (s17) plan since 02/09 for Eliška (15) and Jakub (11). Dad "
     "Petr drinks daily and in August threatened to kill Hana with a knife; "
     "police were not called. Hana says she is 'not coping' and the GP has "
     "signed her off from the bakery with depression.",
     ["SUB", "DA", "MH-ADULT"],
     [("negated", "CRIME", "'police were not called' - and a partner's threat against the adult victim is DA only (conv 7).")]),
    ("A", "orange",
     "Eliška (15) open to CAMHS for self-harm (cutting), has missed the last 3 "
     "appts. Jakub (11) on SEN support for dyslexia.",
     ["MH-CHILD", "EDU-SEND"],
     [("not-coded", "PH", "Missed CAMHS appointments are mental health, not missed medical appointments for PH.")]),
    ("C", "orange",
     "CIN closed 20/02 and stepped down to EH TAF. Petr with the community "
     "alcohol team, drinking reduced. Eliška still open to CAMHS and now "
     "attending.",
     ["SUB", "MH-CHILD"],
     [("convention", "SUB", "Ongoing alcohol treatment (conv 4).")]),
])


# ---------------------------------------------------------------------------
CODES = ["EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD",
         "MH-ADULT", "PH", "SUB", "REL-PAR", "REL-CONF", "DA", "SAFE-NEG",
         "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"]
LEVELS = ["blue", "green", "yellow", "orange", "red"]


def main():
    narr_rows, gold_rows, traps = [], [], {}
    for c in CASES:
        for item in c["narratives"]:
            stage, box, text, codes, trap_list = item[:5]
            triage = f"{c['case_id']}-{stage}"
            if box == "note":
                nid = f"{triage}-note"
                level = ""
                gold_level = item[5]
            else:
                nid = f"{triage}-{box}"
                level = box
                gold_level = box
            assert gold_level in LEVELS, nid
            date = c["a_date"] if stage == "A" else c["c_date"]
            stage_name = "assessment" if stage == "A" else "closure"
            narr_rows.append([nid, triage, c["case_id"], stage_name, date, level,
                              c["locality"], text])
            assert len(set(codes)) == len(codes), nid
            for code in codes:
                assert code in CODES, (nid, code)
                gold_rows.append([nid, code, gold_level])
            if trap_list:
                traps[nid] = [dict(type=t, code=cd, note=n) for t, cd, n in trap_list]

    def write_csv(name, header, rows):
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\r\n")
            w.writerow(header)
            w.writerows(rows)

    write_csv("narratives.csv",
              ["narrative_id", "triage_id", "case_id", "stage", "date", "level",
               "locality", "narrative"], narr_rows)
    write_csv("gold.csv", ["narrative_id", "code", "level"], gold_rows)
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8", newline="") as f:
        f.write(json.dumps(traps, ensure_ascii=False, indent=1).replace("\n", "\r\n") + "\r\n")

    n_triages = len({r[1] for r in narr_rows})
    coded = {r[0] for r in gold_rows}
    print(f"cases: {len(CASES)}  triages: {n_triages}  narratives: {len(narr_rows)} "
          f"(unboxed notes: {sum(1 for r in narr_rows if not r[5])}, "
          f"with no gold rows: {len(narr_rows) - len(coded)})")
    print(f"gold rows: {len(gold_rows)}  narratives with traps: {len(traps)}  "
          f"trap entries: {sum(len(v) for v in traps.values())}")
    cc = Counter(r[1] for r in gold_rows)
    print("codes: " + ", ".join(f"{k} {cc[k]}" for k in CODES))
    lc = Counter(r[2] for r in gold_rows)
    print("gold levels: " + ", ".join(f"{k} {lc[k]}" for k in LEVELS))
    bc = Counter(r[5] or "note" for r in narr_rows)
    print("boxes: " + ", ".join(f"{k} {bc[k]}" for k in LEVELS + ["note"]))
    print("localities: " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(r[6] for r in narr_rows).items())))


if __name__ == "__main__":
    main()
