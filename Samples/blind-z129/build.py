#!/usr/bin/env python3
"""Blind gold set Z129: families in temporary accommodation and homelessness.

Written blind from /work/shared/taxonomy.md only. Every narrative is defined
once below, with its gold codes (present issues only) and trap notes.
Writes narratives.csv, gold.csv and traps.json (UTF-8, no BOM, CRLF) and prints counts.
Standard library only.
"""
import csv
import json
import os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))

CASES = {}       # case_id -> (locality, assessment_date, closure_date)
NARRATIVES = []  # dicts


def case(cid, locality, a_date, c_date):
    CASES[cid] = (locality, a_date, c_date)


def n(cid, stage, level, text, codes, traps=(), note_level=None):
    """stage 'A' or 'C'; level = box colour, or '' for an unboxed note
    (then note_level gives the single level of all its codes)."""
    NARRATIVES.append(dict(cid=cid, stage=stage, level=level, text=text,
                           codes=list(codes), traps=list(traps),
                           note_level=note_level))


def T(typ, code, note):
    return {"type": typ, "code": code, "note": note}


# ---------------------------------------------------------------- Z001
case("Z001", "Ashcombe", "2025-06-16", "2025-11-20")
n("Z001", "A", "blue",
  "Shanice's mum lives near the old address and has Amara (4) 2 afternoons a wk. "
  "Shanice set up her own HomeChoice account and is bidding weekly for a 2 bed.",
  ["HOUS"],
  [T("convention", "HOUS", "Conv 3: in a blue box, bidding on the register for a bigger/settled home is the family managing a current housing need -> HOUS present.")])
n("Z001", "A", "yellow",
  "Placed in B&B (The Larches, Calder Moss) 3/6 after the private landlord's s21 ran out. "
  "One room for the 3 of them, shared bathroom, no kitchen. Tyler (8) is now 14 miles from "
  "school - 2 buses - late 11 times and 4 days missed since placement. Amara missed her "
  "pre-school imms in May because of the move and her nursery sessions have dropped to 1 a week. "
  "EHW to apply for travel help and link in with both settings.",
  ["HOUS", "EDU-ATT", "PH", "EYD"],
  [T("convention", "EYD", "Under-5 nursery take-up dropping is EYD (conv 9)."),
   T("convention", "PH", "Missed immunisation appointment is PH, not EYD.")])
n("Z001", "C", "blue",
  "Moved into a 2 bed HA flat in Ashcombe 6/10, secure tenancy. Tyler walks to school with mum now, 10 mins.",
  [],
  [T("historical", "HOUS", "B&B placement is over: family now in a secure tenancy (conv 3 'issue described as over')."),
   T("not-coded", "EDU-ATT", "Walking to school is good news; no attendance need stated.")])
n("Z001", "C", "green",
  "Tyler's attendance 94% this half term, school keeping an eye on it. Amara had her jabs at the new GP practice in Sept.",
  ["EDU-ATT"],
  [T("convention", "EDU-ATT", "Conv 3: green box, attendance still being monitored by school = now managing -> present."),
   T("historical", "PH", "Immunisations done in Sept: over.")])

# ---------------------------------------------------------------- Z002
case("Z002", "Brinsley Vale", "2025-09-15", "2026-01-22")
n("Z002", "A", "yellow",
  "Marek + kids sofa surfing at his brother's since Aug - Zofia (15) on the settee, Kuba (11) on an "
  "airbed in his cousins room. Evicted from private rent after £2,300 arrears built up when Marek lost "
  "his warehouse job. Presented to Housing Options 12/9, decision pending. UC claimed, 1st payment not "
  "til Oct, and he has borrowed £500 off 'a bloke from the pub' at silly interest.",
  ["HOUS", "FIN"])
n("Z002", "A", "orange",
  "Zofia told her PE teacher she has been cutting, marks on both forearms. DSL referred to CAMHS, awaiting "
  "triage. Zofia says she cant stand having no privacy and has stopped going out with friends.",
  ["MH-CHILD"],
  [T("not-coded", "HOUS", "'no privacy' alludes to the housing but the box does not describe the housing situation (conv 1: nothing carried over from other boxes).")])
n("Z002", "C", "yellow",
  "In TA now (2 bed flat, Harrow Ct) while main duty is decided. Old landlord still chasing the arrears - "
  "Marek on a £30/month plan through StepChange. Marek started agency work in Dec. Zofia still seeing CAMHS fortnightly.",
  ["HOUS", "FIN", "MH-CHILD"],
  [T("convention", "MH-CHILD", "Conv 4: ongoing CAMHS codes MH-CHILD.")])

# ---------------------------------------------------------------- Z003
case("Z003", "Calder Moss", "2025-10-02", "2026-02-26")
n("Z003", "A", "yellow",
  "Leanne + 5 children in a 2 bed flat: twins Esme and Isla (6) share Leanne's bed, Riley (13) and Kaden (10) "
  "are on bunks in the living room, baby Finn (9m) in a travel cot. Black mould in both bedrooms, Calder Homes "
  "have ignored 3 repair requests. Finn has had 2 chest infections since Sept, GP aware. Leanne on the register "
  "Band B for overcrowding. EHW to chase repairs and help with a disrepair complaint.",
  ["HOUS", "PH"])
n("Z003", "A", "orange",
  "Riley excluded 3 days for fighting, 2nd suspension this term. Picked up by police in Oct with older lads, "
  "community resolution for criminal damage to a bus shelter.",
  ["EDU-EXC", "CRIME"])
n("Z003", "C", "yellow",
  "Still overcrowded, now Band A and bidding. Mould treated and extractor fans fitted, no more chest infections "
  "since Dec. Riley back full time, no further suspensions but on a behaviour report card.",
  ["HOUS", "EDU-EXC"],
  [T("historical", "PH", "'no more chest infections since Dec' is over (conv 3)."),
   T("partial", "EDU-EXC", "Suspensions ended but 'on a behaviour report card' is current behaviour at school -> EDU-EXC present.")])

# ---------------------------------------------------------------- Z004
case("Z004", "Dunmere", "2025-07-08", "2026-01-13")
n("Z004", "A", "orange",
  "Parveen and children came into Dunmere refuge 2/7 after fleeing her husband in another LA. MARAC referral made "
  "by the originating area, IDVA allocated here. Husband has been messaging her family asking where she is.",
  ["DA", "HOUS"],
  [T("convention", "HOUS", "A refuge place is emergency/temporary accommodation: the family is homeless -> HOUS alongside DA.")])
n("Z004", "A", "yellow",
  "Aisha (7) has no school place yet - in-year application went in 8/7. Zain (3) not in nursery. Parveen has no "
  "recourse to public funds on her spousal visa so the refuge place is paid from a charity grant; she has no money "
  "of her own. Parveen tearful and low, GP has started sertraline.",
  ["EDU-ATT", "EYD", "FIN", "MH-ADULT"],
  [T("convention", "EDU-ATT", "School-age child with no school place (missing education) is coded as attendance."),
   T("convention", "FIN", "No recourse to public funds with no income is a benefit/money problem -> FIN."),
   T("convention", "EYD", "3-year-old not in nursery = nursery take-up (conv 9).")])
n("Z004", "C", "orange",
  "Still in refuge waiting for move-on. Husband turned up at Aisha's school gate in Dec in breach of the non-mol and "
  "was arrested. Aisha at St Brendan's since Sept and attending well.",
  ["HOUS", "DA"],
  [T("convention", "CRIME", "Conv 7: ex-partner's breach of a non-molestation order and arrest are DA only, not CRIME."),
   T("not-coded", "EDU-ATT", "School place now found and attending well: no current need.")])

# ---------------------------------------------------------------- Z005
case("Z005", "Ashcombe", "2025-04-09", "2025-10-16")
n("Z005", "A", "yellow",
  "Callum (17) asked to leave by mum (Tracey) after rows about his cannabis use, sofa surfing at mates for 3 wks. "
  "Dropped out of college in Feb, not working.",
  ["HOUS", "SUB", "REL-PAR", "EDU-NEET"],
  [T("convention", "REL-PAR", "Conv 8: arguments between a parent and a child are REL-PAR."),
   T("convention", "FIN", "Conv 11: a 16+ young person NEET is EDU-NEET only, no FIN.")])
n("Z005", "A", "orange",
  "Callum arrested for shoplifting with a friend in March, RUI. Police think he is being used by older males to run "
  "errands/carry and have shared intel. Youth homelessness joint assessment done with CSC - Callum declined s20 accommodation.",
  ["CRIME", "SAFE-EXP", "HOUS"],
  [T("convention", "SAFE-EXP", "Police concern that he is being used by older males = exploitation risk, present."),
   T("convention", "HOUS", "HOUS is present from the youth homelessness assessment; his refusal of s20 accommodation is not itself a code.")])
n("Z005", "C", "yellow",
  "Callum has been in YMCA supported lodgings since May. Doing a Prince's Trust programme 3 days a week. Goes to mum's "
  "for Sunday dinner, things are better between them.",
  ["HOUS"],
  [T("convention", "HOUS", "Supported lodgings are not settled housing (treated as temporary accommodation) -> HOUS present."),
   T("not-coded", "EDU-NEET", "He is now in a training programme: no longer NEET."),
   T("not-coded", "REL-PAR", "Relationship described as better; no current need stated in a yellow box.")])
n("Z005", "C", "blue",
  "Says he's cut down on weed, weekends only now.",
  ["SUB"],
  [T("convention", "SUB", "Conv 3: reduced but continuing use in a blue box = now managing -> present.")])

# ---------------------------------------------------------------- Z006
case("Z006", "Brinsley Vale", "2025-05-19", "2025-09-30")
n("Z006", "A", "orange",
  "Possession order granted 28/4, family (Kirsty, Maddison 14, Jaxon 9) placed in TA in Kettleford approx 40 miles away. "
  "Maddison has an EHCP (ASD) at Oakridge special school; no transport agreed so she has been out of school for 3 wks. "
  "Kirsty missed her housing review appt as the letter went to the old address.",
  ["HOUS", "EDU-SEND", "EDU-ATT"])
n("Z006", "A", "yellow",
  "Jaxon (9) wetting the bed most nights since the move - the TA only has one double bed so he sleeps with mum. "
  "Missed 2 paed appointments at Brinsley General because of the distance.",
  ["PH", "HOUS"],
  [T("convention", "PH", "Conv 9: bedwetting at school age is PH; missed paediatric appointments also PH."),
   T("convention", "HOUS", "One double bed for a parent and child in TA = overcrowded temporary accommodation.")])
n("Z006", "C", "orange",
  "Moved back into a 2 bed TA flat in Brinsley Vale in July. Maddison back at Oakridge full time with an LA taxi. "
  "Still waiting for a permanent offer. Jaxon's enuresis improving, 1-2 wet nights a week, attending the enuresis clinic.",
  ["HOUS", "PH"],
  [T("not-coded", "EDU-ATT", "Maddison back full time: attendance need resolved."),
   T("not-coded", "EDU-SEND", "Special school named but no SEND need/EHCP described in this box; not coded from school name alone.")])

# ---------------------------------------------------------------- Z007
case("Z007", "Calder Moss", "2025-08-18", "2026-01-08")
n("Z007", "A", "red",
  "Strategy meeting 14/8 after hostel staff found Alfie (6) alone in the room at 10pm; Dean found intoxicated in the "
  "hostel car park. S47 agreed. Dean is on a methadone script with Turning Point but staff believe he is using on top.",
  ["SAFE-NEG", "SUB", "HOUS"],
  [T("convention", "HOUS", "Family living in a hostel = temporary accommodation -> HOUS even though the box is about neglect.")])
n("Z007", "A", "yellow",
  "Alfie's attendence 76%, late most days. The hostel is 3 miles from school and Dean says he doesn't always have the bus fare.",
  ["EDU-ATT", "FIN", "HOUS"],
  [T("convention", "FIN", "Not having the bus fare is a described money problem -> FIN."),
   T("convention", "HOUS", "Living in the hostel is stated -> HOUS.")])
n("Z007", "C", "red",
  "Alfie on a CP plan (neglect) since the Sept ICPC. Dean still engaging with Turning Point, last 6 wks of tests clear. "
  "Moved to a 1 bed TA flat near school in Nov, Alfie's attendance now 97%.",
  ["SAFE-NEG", "SUB", "HOUS"],
  [T("convention", "SUB", "Conv 4: ongoing drug treatment codes SUB even with clear tests."),
   T("not-coded", "EDU-ATT", "97% attendance is good news, no need stated.")])

# ---------------------------------------------------------------- Z008
case("Z008", "Dunmere", "2025-09-03", "2026-01-19")
n("Z008", "A", "green",
  "Chloe (19) and baby Nevaeh (5m) live at Chloe's parents' 3 bed with her 3 younger siblings - 7 in the house, Chloe and "
  "the baby share the box room. HV visiting, Nevaeh gaining weight well.",
  ["HOUS"],
  [T("not-coded", "PH", "Baby gaining weight well: good news, no need.")])
n("Z008", "A", "yellow",
  "EPDS 15, Chloe tearful most days and says she feels hopeless. Her mum has told her she wants her and the baby out by Christmas.",
  ["MH-ADULT", "HOUS"],
  [T("convention", "HOUS", "Being told to leave the family home is a current risk of homelessness -> HOUS present.")])
n("Z008", "C", "yellow",
  "Chloe + Nevaeh moved into Fernlea mother & baby unit 2/12. Chloe is on the perinatal mental health team's caseload.",
  ["HOUS", "MH-ADULT"],
  [T("convention", "HOUS", "Mother-and-baby supported unit treated as temporary accommodation -> HOUS.")])

# ---------------------------------------------------------------- Z009
case("Z009", "Ashcombe", "2025-05-06", "2025-08-28")
n("Z009", "A", "yellow", "In TA since Jan. Rent arrears £640 on TA acc.", ["HOUS", "FIN"])
n("Z009", "A", "green", "nil", [], [T("negated", "", "'nil' box: no issue.")])
n("Z009", "C", "yellow", "arrears cleared. still TA", ["HOUS"],
  [T("historical", "FIN", "Arrears 'cleared' = over (conv 3).")])

# ---------------------------------------------------------------- Z010
case("Z010", "Brinsley Vale", "2025-10-07", "2026-02-04")
n("Z010", "A", "orange",
  "Section 8 notice served 3/10, arrears £4,100. Hearing listed 19/11. Tariq works nights at the distribution centre, "
  "Hina at home with the children. Housing Options have opened a prevention case.",
  ["HOUS", "FIN"],
  [T("convention", "FIN", "Conv 5: working nights is not FIN; FIN comes from the rent arrears.")])
n("Z010", "A", "yellow",
  "Yusuf (14) refusing school since Sept, attendance 58%. Says he worries all the time about losing the house and cant "
  "concentrate. Seeing the school counsellor weekly.",
  ["EDU-ATT", "MH-CHILD"],
  [T("not-coded", "HOUS", "Only Yusuf's worry about losing the house; the housing risk itself is not described in this box (conv 1).")])
n("Z010", "C", "orange",
  "Evicted 2/12, now in TA in Penhallow, 12 miles. Yusuf's journey is 1hr 20 each way and his attendance has dropped "
  "further to 49%. Still sees the counsellor but says he feels less anxious now they know where they're living.",
  ["HOUS", "EDU-ATT", "MH-CHILD"],
  [T("convention", "MH-CHILD", "Conv 4: still seeing the counsellor = ongoing service.")])
n("Z010", "C", "blue",
  "Hina keeping a budget sheet her sister set up for her, paying £20/wk off what's owed to the old landlord.",
  ["FIN"],
  [T("convention", "FIN", "Conv 3: blue box, paying off arrears = now managing -> present.")])

# ---------------------------------------------------------------- Z011
case("Z011", "Calder Moss", "2025-06-24", "2025-12-11")
n("Z011", "A", "orange",
  "Lily-Mae (8, cerebral palsy, wheelchair user, EHCP at Hollins Primary). Family placed in a 2nd floor TA flat, no lift - "
  "dad carrying her and the chair up 2 flights several times a day. OT has written to say the property is unsuitable, "
  "suitability review requested.",
  ["PH", "HOUS", "EDU-SEND"])
n("Z011", "A", "yellow",
  "Kyle (12) helps dad lift Lily-Mae and does some of her personal care when dad leaves early for work, he is late to "
  "school on those mornings. Young carers referral made.",
  ["CARER", "EDU-ATT"])
n("Z011", "C", "orange",
  "Moved 16/11 to a ground-floor adapted 3 bed, permanent tenancy. Kyle goes to the Young Carers group fortnightly.",
  ["CARER"],
  [T("historical", "HOUS", "Unsuitable TA is over: permanent adapted home."),
   T("not-coded", "PH", "Adapted home mentioned but no health need described in this box.")])

# ---------------------------------------------------------------- Z012
case("Z012", "Dunmere", "2025-08-11", "2025-12-03")
n("Z012", "A", "yellow",
  "Jade + 3 kids (Kayden 11, Mia 7, Ollie 2) sleeping on a friend's living room floor for 3 wks after leaving her "
  "partner's flat. Jade says there was no DA, 'we just weren't getting on' and he told her to go. Ollie hasn't had his "
  "2 yr check, HV to book.",
  ["HOUS", "REL-CONF", "EYD"],
  [T("negated", "DA", "'no DA' - relationship breakdown without abuse is REL-CONF."),
   T("convention", "EYD", "Missed 2-year development check is EYD.")])
n("Z012", "A", "green",
  "Mia and Kayden still at Dunmere Juniors, the friend drives them in. Attendance fine.",
  [], [T("negated", "EDU-ATT", "'Attendance fine': no need.")])
n("Z012", "C", "yellow",
  "TA 3 bed house since Oct. Ex not paying anything towards the kids, Jade struggling with the gas and electric and has "
  "used the food bank twice.",
  ["HOUS", "FIN"],
  [T("outside", "REL-CONF", "Ex-partner not paying maintenance: coded for its effect on the family (FIN), no conflict described.")])

# ---------------------------------------------------------------- Z013
case("Z013", "Ashcombe", "2025-11-05", "2026-03-12")
n("Z013", "A", "yellow",
  "Roxanne (24), 30 wks pregnant, in B&B with Kenzie (4). Missed 3 antenatal appts, midwife worried about her "
  "gestational diabetes. Kenzie hasn't been to nursery since they moved.",
  ["HOUS", "PH", "EYD"])
n("Z013", "A", "orange",
  "DA from Kenzie's dad in 2022, he is in prison for an unrelated matter and there has been no contact since. Roxanne "
  "open to the perinatal MH team for anxiety.",
  ["MH-ADULT"],
  [T("historical", "DA", "DA in 2022, no contact since: past and ended."),
   T("outside", "CRIME", "Ex-partner's imprisonment is about someone outside the household (conv 6).")])
n("Z013", "C", "yellow",
  "Baby born 14/1. Still in B&B - 3 of them in 1 room, waiting on TA. Kenzie back at nursery 3 days a week.",
  ["HOUS"],
  [T("not-coded", "EYD", "Nursery attendance restored: need resolved; in a yellow box this is not 'now managing' (conv 3 applies to blue/green).")])

# ---------------------------------------------------------------- Z014
case("Z014", "Brinsley Vale", "2025-07-15", "2025-12-16")
n("Z014", "A", "yellow",
  "Family of 8 (parents + 6 children aged 1-15) in a 2 bed private let. Boiler broken, no hot water for 5 wks. Landlord "
  "hasn't protected thier deposit and has threatened to change the locks if they complain to the council.",
  ["HOUS"],
  [T("outside", "CRIME", "Landlord's offences (unprotected deposit, threatened illegal eviction) are outside the household (conv 6); effect on family = HOUS.")])
n("Z014", "A", "orange",
  "Denis (15) and Marian (13) not on roll anywhere since arriving in May - CME referral done. Denis working cash in hand "
  "at a hand car wash with adult men; police and immigration raided it in Sept.",
  ["EDU-ATT", "SAFE-EXP"],
  [T("convention", "SAFE-EXP", "15-year-old working cash in hand for adults at a raided car wash = labour exploitation."),
   T("not-coded", "CRIME", "The police raid targeted the business, not offending by Denis (conv 7).")])
n("Z014", "C", "yellow",
  "Env health served an improvement notice on the landlord, boiler replaced. Still 8 in a 2 bed, on the housing register. "
  "Both children on roll at Brinsley Academy since Nov. Denis no longer at the car wash and no further exploitation concerns.",
  ["HOUS"],
  [T("convention", "HOUS", "'improvement notice' is on the landlord, not an eviction notice; HOUS is present from the overcrowding."),
   T("historical", "SAFE-EXP", "Car wash work ended, 'no further exploitation concerns'."),
   T("not-coded", "EDU-ATT", "Now on roll; no attendance problem described.")])

# ---------------------------------------------------------------- Z015
case("Z015", "Calder Moss", "2025-04-22", "2025-09-09")
n("Z015", "A", "yellow",
  "Gary has disclosed online gambling - about £8k on credit cards and payday loans - and the council rent is 9 weeks "
  "behind. Sarah only found out when the NOSP came through the door.",
  ["FIN", "HOUS"],
  [T("convention", "SUB", "Conv 10: gambling debts are FIN, not SUB."),
   T("convention", "HOUS", "NOSP = notice of seeking possession = eviction notice.")])
n("Z015", "A", "orange",
  "Sarah open to Talking Therapies for low mood and panic attacks. Gary has self-excluded via GAMSTOP and is seeing "
  "GamCare. Ellie (10) and Josh (7) - school report no concerns.",
  ["MH-ADULT"],
  [T("not-coded", "FIN", "Gambling treatment with no debt or money problem described in this box: no code covers gambling itself."),
   T("negated", "", "Children: school report no concerns.")])
n("Z015", "C", "yellow",
  "DMP via Citizens Advice, £85 pm. Rent arrears down to 2 wks and the council has withdrawn the NOSP.",
  ["FIN"],
  [T("historical", "HOUS", "NOSP withdrawn: the possession risk is over.")])

# ---------------------------------------------------------------- Z016
case("Z016", "Dunmere", "2025-09-23", "2026-02-10")
n("Z016", "A", "yellow",
  "Noah (12) on the waiting list for an ASD assessment. Since the family moved to TA in Westbury it's a 70 min journey "
  "each way, he is late every day and arrives dysregulated. School has put him on a temporary reduced timetable (mornings only).",
  ["EDU-SEND", "EDU-ATT", "HOUS"],
  [T("convention", "EDU-ATT", "Part-time/reduced timetable and daily lateness = EDU-ATT; 'temporary' timetable is not HOUS (HOUS comes from the TA).")])
n("Z016", "A", "green",
  "Mum (Gemma) says Noah is anxious about the move and keeps asking when they can go home.",
  ["MH-CHILD"])
n("Z016", "C", "yellow",
  "Full timetable again from Jan, LA agreed a taxi. Still on the ASD pathway waiting list.",
  ["EDU-SEND"],
  [T("historical", "EDU-ATT", "Reduced timetable ended."),
   T("convention", "EDU-SEND", "Conv 4: awaiting/on the ASD pathway = EDU-SEND.")])
n("Z016", "C", "blue", "N/A", [], [T("not-coded", "", "'N/A' box: no issue.")])

# ---------------------------------------------------------------- Z017
case("Z017", "Ashcombe", "2025-10-20", "2026-03-05")
n("Z017", "A", "yellow",
  "Pauline (61) is kinship carer for grandsons Reece (9) and Tyler-James (6) under an SGO since their mum died. 1 bed flat: "
  "boys in the bedroom, Pauline on the sofa. Housing have told her she doesn't have enough priority for a 2 bed.",
  ["HOUS"],
  [T("convention", "CARER", "Conv 12: kinship carer is an adult, not a young carer.")])
n("Z017", "A", "green",
  "Pauline has COPD and arthritis, well managed by her GP, uses her inhalers.",
  ["PH"],
  [T("convention", "PH", "Conv 3: green box, condition being managed = present.")])
n("Z017", "A", "orange",
  "Reece referred to CAMHS for bereavement-related trauma, having nightmares 3-4 nights a week.",
  ["MH-CHILD", "PH"],
  [T("convention", "PH", "Conv 9: sleep problems at school age are PH; nightmares 3-4 nights a week read as a sleep problem, coded alongside MH-CHILD.")])
n("Z017", "C", "yellow",
  "After a review Pauline was given additional preference and is bidding on 2 beds. Reece was seen by CAMHS, nightmares "
  "stopped and he has been discharged.",
  ["HOUS"],
  [T("historical", "MH-CHILD", "Discharged from CAMHS, nightmares stopped."),
   T("historical", "PH", "Nightmares stopped.")])

# ---------------------------------------------------------------- Z018
case("Z018", "Brinsley Vale", "2025-08-05", "2026-01-28")
n("Z018", "A", "orange",
  "HA has served an ASB injunction on Craig (noise, drunken shouting at neighbours) and issued a NOSP in Aug - tenancy at "
  "risk. Craig says he has 'a few cans a night' and it's under control.",
  ["CRIME", "HOUS", "SUB"],
  [T("convention", "CRIME", "Conv 7: ASB by a household member is CRIME."),
   T("partial", "SUB", "Minimised drinking but drunken ASB described -> SUB present.")])
n("Z018", "A", "yellow",
  "Logan (10) diagnosed ADHD 2024, on meds, SEN support at school. At home he hits out at Craig when told no and Craig is "
  "struggling to manage him.",
  ["EDU-SEND", "REL-PAR"],
  [T("convention", "DA", "Conv 8: child-to-parent violence is REL-PAR, not DA."),
   T("not-coded", "PH", "ADHD medication is SEND (conv 4), not PH.")])
n("Z018", "C", "blue",
  "Craig using a reward chart with Logan, blow ups less often. Still goes to CGL fortnightly and says he's down to weekends.",
  ["REL-PAR", "SUB"],
  [T("convention", "REL-PAR", "Conv 3: blue box, managing behaviour = present."),
   T("convention", "SUB", "Conv 4: ongoing alcohol service = present.")])

# ---------------------------------------------------------------- Z019
case("Z019", "Calder Moss", "2025-09-29", "2026-02-17")
n("Z019", "A", "orange",
  "Refugee status granted 1/9 and Home Office accommodation ended after the 28 day move-on. Family (parents + 4 children) "
  "presented as homeless and were placed in a hotel in Calder Moss. UC claim held up as there is no bank account yet.",
  ["HOUS", "FIN"],
  [T("convention", "FIN", "Conv 5: UC named with a described benefit problem (claim held up) -> FIN.")])
n("Z019", "A", "yellow",
  "Ahmed (dad) describes flashbacks and panics when he hears sirens, no service yet. Rania (16) interpreting for her parents at every "
  "appointment and missing college to do it.",
  ["MH-ADULT", "CARER", "EDU-ATT"],
  [T("convention", "CARER", "A 16-year-old regularly interpreting for parents is a caring responsibility -> CARER."),
   T("convention", "EDU-ATT", "She is enrolled and missing college days: attendance, not NEET.")])
n("Z019", "C", "orange",
  "Moved to a 4 bed TA house in Jan. Ahmed on the waiting list for the refugee trauma service. UC now in payment, no "
  "arrears. Rania attending college full time - the TA caseworker books interpreters now.",
  ["HOUS", "MH-ADULT"],
  [T("negated", "FIN", "'UC now in payment, no arrears'."),
   T("historical", "CARER", "Interpreting now done by professionals."),
   T("historical", "EDU-ATT", "Attending full time.")])

# ---------------------------------------------------------------- Z020
case("Z020", "Dunmere", "2025-10-14", "2026-03-03")
n("Z020", "A", "orange",
  "s21 served. Mum £1.2k arrears. Police out x2 to the house re Connor (15) smashing windows at home after rows with mum.",
  ["HOUS", "FIN", "CRIME", "REL-PAR"],
  [T("convention", "CRIME", "Conv 7/8: police call-outs about a young person's behaviour at home = CRIME plus REL-PAR.")])
n("Z020", "A", "yellow",
  "Mum booked on Triple P starting 4/11.",
  ["REL-PAR"],
  [T("convention", "REL-PAR", "Conv 4: a booked/awaited parenting course codes its area.")])
n("Z020", "C", "orange",
  "Possession hearing adjourned, arrears down to £300. No police involvement with Connor since Nov. He is on a managed move "
  "to Dunmere Academy since Jan.",
  ["HOUS", "FIN", "EDU-EXC"],
  [T("historical", "CRIME", "No police since Nov."),
   T("convention", "EDU-EXC", "Managed move is EDU-EXC, not a housing move.")])

# ---------------------------------------------------------------- Z021
case("Z021", "Ashcombe", "2025-09-17", "2026-02-24")
n("Z021", "A", "red",
  "Kayla (14) missing x4 since the family was placed at Ridgeway hostel in July, found each time in town with adult males. "
  "Strategy mtg 22/9, CSE screening high risk. SW allocated.",
  ["SAFE-EXP", "HOUS"],
  [T("convention", "CRIME", "Conv 7: police finding a missing child is safeguarding, not CRIME.")])
n("Z021", "A", "orange",
  "Donna (mum) drinking heavily since they moved into the hostel - staff have twice been unable to wake her. Poppy (9) getting "
  "herself up, dressed and off to school on her own.",
  ["SUB", "SAFE-NEG", "HOUS"],
  [T("not-coded", "CARER", "Poppy looks after herself (supervision/basic care = SAFE-NEG); no care for another person described."),
   T("convention", "HOUS", "The family is stated to be living in the hostel -> HOUS (README judgement 1).")])
n("Z021", "A", "yellow",
  "Poppy goes to Breakfast Club at Ridgeway Primary from 8am, teacher says she is happy and chatty.",
  [],
  [T("not-coded", "HOUS", "'Breakfast Club' is not bed and breakfast."),
   T("not-coded", "SAFE-NEG", "No hunger described.")])
n("Z021", "C", "red",
  "Kayla remains on a CP plan under CSE. No missing episodes since Dec. Family still at Ridgeway hostel.",
  ["SAFE-EXP", "HOUS"],
  [T("partial", "SAFE-EXP", "Missing episodes have stopped but the CSE CP plan is current -> present.")])

# ---------------------------------------------------------------- Z022
case("Z022", "Brinsley Vale", "2025-05-13", "2025-10-09")
n("Z022", "A", "yellow",
  "Stacey works 16 hrs at Tesco. Rent went up £150/mth in April and she's now £900 behind. Landlord has said he might sell "
  "next year. Using Brinsley Methodist food bank fortnightly. Eldest Brandon (17) left sixth form at Easter and hasn't found work.",
  ["FIN", "EDU-NEET"],
  [T("hypothetical", "HOUS", "Landlord 'might sell next year': possible future risk only; no notice or threat."),
   T("convention", "FIN", "Conv 11: FIN here is from the arrears and food bank, not from Brandon being NEET.")])
n("Z022", "A", "green",
  "Harvey (7) needs 4 teeth out, 2 dental appts missed. School nurse aware.",
  ["PH"])
n("Z022", "C", "green",
  "Payment plan £50/mth, arrears now £400. Getting Healthy Start.",
  ["FIN"],
  [T("convention", "FIN", "Conv 3: green box, paying off arrears = now managing -> present.")])

# ---------------------------------------------------------------- Z023
case("Z023", "Calder Moss", "2025-11-12", "2026-03-19")
n("Z023", "A", "green",
  "Oscar (10m) not crawling yet, spends most of the day in his cot because the TA room has no floor space. HV has given mum "
  "floor play ideas.",
  ["EYD", "HOUS"])
n("Z023", "A", "yellow",
  "Ellie (20) and Jordan (22) arguing a lot, Jordan staying at his mum's some nights. Ellie says he's never been violent.",
  ["REL-CONF"],
  [T("negated", "DA", "'never been violent'.")])
n("Z023", "C", "yellow",
  "Permanent 1 bed council flat from Jan. Ellie and Jordan have split; he has Oscar Sat mornings but they still row at handovers.",
  ["REL-CONF"],
  [T("historical", "HOUS", "Now in a permanent tenancy.")])

# ---------------------------------------------------------------- Z024
case("Z024", "Dunmere", "2025-08-26", "2025-12-18")
n("Z024", "A", "green",
  "No concerns re health, development or school. Family housed securely in a council tenancy. Mum on a temporary contract at the leisure centre.",
  [],
  [T("negated", "HOUS", "Securely housed; 'temporary contract' is employment, not temporary accommodation."),
   T("negated", "PH", "No concerns re health.")])
n("Z024", "A", "yellow",
  "Mum struggling with bills since her partner moved out in August, gas on emergency credit. Referred to CAB.",
  ["FIN", "REL-CONF"],
  [T("convention", "REL-CONF", "A recent separation (this year, described as the cause of current difficulty) is coded as present relationship breakdown.")])
n("Z024", "C", "yellow",
  "Supplier wrote off the gas debt through its hardship fund. Mum still sees the CAB money adviser monthly.",
  ["FIN"],
  [T("convention", "FIN", "Debt written off is over, but conv 4: ongoing money advice codes FIN.")])

# ---------------------------------------------------------------- Z025
case("Z025", "Ashcombe", "2025-10-01", "2026-02-12")
n("Z025", "A", "orange",
  "Jerome (5) has sickle cell disease, 2 admissions this yr. Family in emergency TA (hotel) since their flat flooded in June - "
  "no fridge for his meds and he missed haematology clinic in Sept.",
  ["PH", "HOUS"])
n("Z025", "A", "yellow",
  "Mum (Abena) is a care worker and the agency changed her shifts so she can't do the school run. Jerome late most mornings.",
  ["EDU-ATT"],
  [T("convention", "CARER", "Conv 12: mum's job as a care worker is not CARER."),
   T("convention", "FIN", "Conv 5: working shifts is not FIN.")])
n("Z025", "C", "green",
  "Back in own flat after repairs. Jerome's attendance 93%, fewer lates, a neighbour walks him in. School nurse has his care plan.",
  ["EDU-ATT", "PH"],
  [T("convention", "EDU-ATT", "Conv 3: green box, lateness reduced but still present and being managed."),
   T("convention", "PH", "Conv 4: school nurse holding a health care plan = ongoing service for his condition."),
   T("historical", "HOUS", "Back in own flat.")])

# ---------------------------------------------------------------- Z026
case("Z026", "Brinsley Vale", "2025-06-10", "2025-11-27")
n("Z026", "A", "yellow",
  "Tia (20, care leaver, PA from leaving care) and Kai (2y 6m) in a family unit at Brinsley Foyer. Kai has about 10 words, HV "
  "referred to SALT.",
  ["EYD", "HOUS"],
  [T("convention", "HOUS", "Foyer family unit = supported/temporary accommodation."),
   T("convention", "EYD", "Conv 9: under-5 speech delay is EYD, not EDU-SEND.")])
n("Z026", "A", "blue",
  "Tia has a good mate at the Foyer who babysits if she needs it.",
  [], [T("not-coded", "", "Own support network; no need stated.")])
n("Z026", "A", "green",
  "Kai not at nursery. Tia is eligible for 2 yr funding but hasn't applied.",
  ["EYD"])
n("Z026", "C", "green",
  "Kai started at Little Acorns (15 hrs) in Sept, block of SALT sessions booked. Tia turned down a 1 bed flat to wait at the "
  "Foyer for a 2 bed.",
  ["EYD", "HOUS"],
  [T("convention", "EYD", "Conv 4: SALT sessions booked = ongoing service for speech."),
   T("convention", "HOUS", "Still in the Foyer waiting for a 2 bed.")])

# ---------------------------------------------------------------- Z027
case("Z027", "Calder Moss", "2025-07-02", "2025-12-01")
n("Z027", "A", "orange",
  "Intentionally homeless decision following eviction for arrears - duty discharged, 28 days notice to leave TA. Former "
  "tenant arrears £3,200 still owed. Lisa, Marcus (13) and Jade (11) face street homelessness; referred to CSC for s17 assessment.",
  ["HOUS", "FIN"])
n("Z027", "A", "yellow",
  "Marcus getting messages on Snapchat from year 8s calling him a tramp and 'homeless'. Refusing school some days.",
  ["SAFE-EXP", "EDU-ATT"],
  [T("convention", "SAFE-EXP", "Bullies are outside the household but being bullied is the child's need -> SAFE-EXP."),
   T("not-coded", "HOUS", "'homeless' is quoted abuse; the housing situation itself is not described in this box.")])
n("Z027", "C", "red",
  "Open to CSC on a CiN plan. Family moved into a private rented 3 bed via the rent deposit scheme in Oct, 12 month AST.",
  [],
  [T("not-coded", "", "A CiN plan is a level cue, not an issue: no code follows from it alone."),
   T("historical", "HOUS", "Homelessness ended: now in a private tenancy.")])

# ---------------------------------------------------------------- Z028
case("Z028", "Dunmere", "2025-04-28", "2025-10-22")
n("Z028", "A", "orange",
  "Kerry (mum) has a mild learning disability. TA since March - TA officer reports rubbish bags piling up inside, dog mess on "
  "the floor, Summer (6) and Bailey (4) often in dirty clothes. Kerry has missed 4 appointments with the TA officer. Bailey "
  "hasn't had his pre-school booster.",
  ["SAFE-NEG", "HOUS", "PH"],
  [T("convention", "PH", "PH covers disability of anyone in the family (learning disability) and the missed pre-school booster.")])
n("Z028", "A", "yellow",
  "Summer 84% attendance, often late. Bailey has 15 hrs at nursery but is only going to about half.",
  ["EDU-ATT", "EYD"])
n("Z028", "C", "green",
  "Last 3 TA inspections fine, Kerry sticking to her cleaning rota. Still in TA, bidding.",
  ["SAFE-NEG", "HOUS"],
  [T("convention", "SAFE-NEG", "Conv 3: green box, keeping home conditions up with a rota = now managing -> present.")])

# ------------------------------------------------------ unboxed notes
case("Z029", "Ashcombe", "2025-06-03", "2025-11-18")
n("Z029", "A", "",
  "Home visit to Station Hotel B&B. Natalie and her 3 children (Leo 9, Ava 6, Rosie 3) in one room with 2 double beds. No "
  "cooking facilities - the kids are living on crisps and pot noodles and Natalie says they're often hungry by bedtime. Other "
  "residents drinking in the corridors at night. Food bank voucher given today. Allocated to EHW (Sam) for support with move-on and meals.",
  ["HOUS", "SAFE-NEG", "FIN"],
  [T("convention", "SAFE-NEG", "Conv 10: hungry children = SAFE-NEG and food bank = FIN, both described."),
   T("outside", "SUB", "Other hostel/B&B residents' drinking is outside the household (conv 6)."),
   T("convention", "", "Level yellow: EH worker is the highest cue (conv 2).")],
  note_level="yellow")
n("Z029", "C", "",
  "Closure: family moved to a 3 bed TA house with a kitchen on 4/11, Natalie cooking again. No food bank use since the move. "
  "Signposted to a local furniture reuse scheme, Natalie to contact them herself.",
  ["HOUS"],
  [T("historical", "FIN", "No food bank use since the move."),
   T("historical", "SAFE-NEG", "Cooking again."),
   T("convention", "HOUS", "Still in TA -> HOUS; level blue because signposting is the only cue (conv 2).")],
  note_level="blue")

case("Z030", "Brinsley Vale", "2025-08-20", "2026-01-15")
n("Z030", "A", "",
  "Call from Hillcrest Primary: Ethan (11) told his teacher that dad hit mum last night in their hostel room. Police attended "
  "and dad was arrested. Mum and Ethan moved to a refuge this afternoon. DASH high, MARAC referral sent. Ethan was previously "
  "open to CAMHS (2023), discharged.",
  ["DA", "HOUS"],
  [T("convention", "CRIME", "Conv 7: arrest of a partner for DV is DA only."),
   T("historical", "MH-CHILD", "CAMHS in 2023, discharged."),
   T("convention", "", "Level orange: police and MARAC (conv 2).")],
  note_level="orange")
n("Z030", "C", "",
  "Mum and Ethan still at the refuge; IDVA support continues. Ethan not under CAMHS and settled at his new school. EHW closing.",
  ["DA", "HOUS"],
  [T("convention", "DA", "Conv 4: ongoing IDVA support = DA present."),
   T("negated", "MH-CHILD", "'not under CAMHS'."),
   T("convention", "", "Level yellow: the negated CAMHS mention is not taken as an orange cue; EHW/IDVA = yellow.")],
  note_level="yellow")

case("Z031", "Calder Moss", "2025-10-10", "2026-03-09")
n("Z031", "A", "",
  "ICPC 10/10: Lacey (3) and Jack (1) made subject to CP plans, category neglect. Family evicted from private rent in Aug and "
  "now sofa surfing between mum's friends. Chantelle (mum) admits using cocaine most weekends.",
  ["SAFE-NEG", "HOUS", "SUB"],
  [T("convention", "", "Level red: ICPC/CP plan (conv 2).")],
  note_level="red")
n("Z031", "C", "",
  "Lacey and Jack accommodated under s20 with maternal aunt since Jan. Chantelle in Calder House hostel, attending the drug "
  "service, 4 negative tests.",
  ["HOUS", "SUB"],
  [T("convention", "SUB", "Conv 4: attending drug service = SUB present despite negative tests."),
   T("convention", "HOUS", "s20 'accommodated' is care, not housing; HOUS is from mum's hostel place."),
   T("convention", "", "Level red: s20 (conv 2).")],
  note_level="red")

case("Z032", "Dunmere", "2025-07-21", "2025-11-06")
n("Z032", "A", "",
  "Tel call with Paul (dad). Landlord has served a s21 expiring 30/9. Paul says if they're evicted they would go to his mum's "
  "in Rotherwick, which would mean Chloe (9) changing school. Gave him Shelter's helpline; Paul will contact Housing Options himself.",
  ["HOUS"],
  [T("hypothetical", "EDU-ATT", "School change only 'if they're evicted'."),
   T("convention", "", "Level orange: a possession (s21) notice outranks signposting (conv 2).")],
  note_level="orange")
n("Z032", "C", "",
  "Landlord withdrew the s21 after Paul agreed to a rent increase. No other concerns. Closing.",
  [],
  [T("historical", "HOUS", "Notice withdrawn: risk over.")],
  note_level=None)


# ------------------------------------------------------------------ write
def main():
    nrows, grows, traps = [], [], {}
    for x in NARRATIVES:
        cid, st = x["cid"], x["stage"]
        loc, ad, cd = CASES[cid]
        tid = f"{cid}-{st}"
        nid = f"{tid}-{x['level']}" if x["level"] else f"{tid}-note"
        stage = "assessment" if st == "A" else "closure"
        date = ad if st == "A" else cd
        nrows.append([nid, tid, cid, stage, date, x["level"], loc, x["text"]])
        lvl = x["level"] or x["note_level"]
        if x["codes"] and not lvl:
            raise SystemExit(f"{nid}: codes without level")
        if len(set(x["codes"])) != len(x["codes"]):
            raise SystemExit(f"{nid}: duplicate code")
        for c in x["codes"]:
            grows.append([nid, c, lvl])
        if x["traps"]:
            traps[nid] = x["traps"]
    ids = [r[0] for r in nrows]
    assert len(ids) == len(set(ids)), "duplicate narrative ids"

    def w(name, header, rows):
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
            wr = csv.writer(f, lineterminator="\r\n")
            wr.writerow(header)
            wr.writerows(rows)

    w("narratives.csv", ["narrative_id", "triage_id", "case_id", "stage", "date",
                         "level", "locality", "narrative"], nrows)
    w("gold.csv", ["narrative_id", "code", "level"], grows)
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8", newline="") as f:
        f.write(json.dumps(traps, indent=1, ensure_ascii=False).replace("\n", "\r\n") + "\r\n")

    print(f"cases: {len(CASES)}  triages: {len({r[1] for r in nrows})}  narratives: {len(nrows)} "
          f"(boxed {sum(1 for r in nrows if r[5])}, notes {sum(1 for r in nrows if not r[5])})")
    print(f"gold rows: {len(grows)}  narratives without gold: "
          f"{sum(1 for r in nrows if r[0] not in {g[0] for g in grows})}  trap narratives: {len(traps)}")
    print("stage:", dict(Counter(r[3] for r in nrows)))
    print("box level:", dict(Counter(r[5] or 'note' for r in nrows)))
    print("codes:", dict(sorted(Counter(g[1] for g in grows).items())))
    print("gold level:", dict(Counter(g[2] for g in grows)))


if __name__ == "__main__":
    main()
