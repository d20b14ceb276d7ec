#!/usr/bin/env python3
"""Blind gold set z95 - coastal unitary authority, terse handover-style boxes.

Written blind from /work/shared/taxonomy.md only (plus the devset README and
file-format headers).  Every narrative is entered here one at a time, with
its gold codes (status `present` only) and notes on the tricky decisions.

Writes narratives.csv, gold.csv and traps.json next to this file and prints
counts.  Python 3 standard library only.
"""
import csv
import json
import os
from collections import Counter, OrderedDict

SET_ID = "z95"
HERE = os.path.dirname(os.path.abspath(__file__))

# case_id -> (locality, assessment date, closure date)
CASES = OrderedDict()
# list of dicts: id, date, text, codes, traps, note_level
NARRS = []


def case(cid, locality, a_date, c_date):
    CASES[cid] = (locality, a_date, c_date)


def n(nid, text, codes, traps=None, date=None, note_level=None):
    """One narrative.  nid like Z001-A-yellow or Z007-A-note.
    codes: present codes only.  traps: list of (type, code, note).
    note_level: for unboxed notes, the single highest level cue (conv. 2)."""
    NARRS.append(dict(id=nid, text=text, codes=list(codes),
                      traps=[dict(type=t, code=c, note=x) for t, c, x in (traps or [])],
                      date=date, note_level=note_level))


# ---------------------------------------------------------------- Z001
case("Z001", "Harbourside", "2025-04-14", "2025-10-02")
n("Z001-A-green",
  "Mum (Nikki) - low mood since Xmas, GP started sertraline 50mg. Dad - works away on the rigs, "
  "2 wks on/2 off. x3 kids. Lily (2y8m) - HV review v late, only a handful of words, 2yr funded "
  "nursery place not taken up.",
  ["MH-ADULT", "EYD"],
  [("convention", "FIN", "Dad working away / rotating shifts is not FIN (conv. 5)."),
   ("convention", "EYD", "Under-5 speech + nursery take-up -> EYD (conv. 9).")])
n("Z001-A-yellow",
  "Mason (8) - attendence 84%, 11 lates since Sept. Nikki cant get 3 kids out the door on her own "
  "when dad away, mornings chaos. No bedtime routine, Mason gaming til late. EHW 6wks for routines.",
  ["EDU-ATT", "REL-PAR"],
  [("not-coded", "PH", "Late gaming/no bedtime routine is written as a routines (parenting) issue; "
    "no sleep problem is described, so PH not coded.")])
n("Z001-C-blue",
  "Nikki - mood better, still on sertraline, GP r/v every 3 mths. Routine chart on fridge, Mason in "
  "bed by 8.30 most nights. Lily started at Seagrass nursery Sept - still v few words, HV re-ref to SALT.",
  ["MH-ADULT", "REL-PAR", "EYD"],
  [("convention", "MH-ADULT", "Blue box, still on medication = now managing -> present (conv. 3)."),
   ("convention", "REL-PAR", "Routine now working = now managing in a blue box -> present (conv. 3).")])
n("Z001-C-green",
  "Mason attendance up to 93% this half term, 2 lates - school keeping him on attendance monitoring "
  "til Easter. nil concerns re Lily at nursery.",
  ["EDU-ATT"],
  [("negated", "EYD", "'nil concerns re Lily at nursery' negates the early-years area."),
   ("convention", "EDU-ATT", "Improved but still lates and on school attendance monitoring -> present.")])

# ---------------------------------------------------------------- Z002
case("Z002", "Eastcliff", "2025-04-22", "2025-11-10")
n("Z002-A-yellow",
  "Kayla - DV hx - ex (Connor) in prison since 2023, no contact. UC sanctioned in Feb, £1,100 rent "
  "arrears w/ Harbour Homes + council tax letters. Gas on emergency credit most wks. Ref CAB for debt advice.",
  ["FIN"],
  [("historical", "DA", "DV history with ex who is in prison, no contact: past and ended."),
   ("outside", "CRIME", "The ex's offending/imprisonment is a person outside the household (conv. 6)."),
   ("not-coded", "HOUS", "Rent arrears with no notice or risk of losing the home described -> FIN only.")])
n("Z002-A-orange",
  "S21 served 3/4, has to be out by 3/6. 2 bed flat - Kayla + Tyler (11), Ava (7), Rio (2). Housing "
  "options appt booked. Tyler - brought home by police x2 since Easter after ASB at the skate park, "
  "throwing stones at buses.",
  ["HOUS", "CRIME"],
  [("convention", "CRIME", "Police returning a child after his own ASB = police call-out about a "
    "young person's behaviour (conv. 7).")])
n("Z002-C-yellow",
  "Moved into 3 bed HA house in Saltmere Sept (6 wks in TA first). Arrears down to £300, £25/wk "
  "taken from UC. CAB won the sanction appeal.",
  ["FIN"],
  [("historical", "HOUS", "Temporary accommodation is over - now rehoused in a settled tenancy.")])
n("Z002-C-green",
  "Tyler - no further police contact since July, settled in yr7 at Eastcliff Academy per HOY. Rio on "
  "the waiting list for a nursery place at Little Gulls.",
  ["EYD"],
  [("historical", "CRIME", "'no further police contact since July' - over (conv. 3)."),
   ("convention", "EYD", "Under-5 waiting for a nursery place = nursery take-up in progress (conv. 9).")])

# ---------------------------------------------------------------- Z003
case("Z003", "Saltmere", "2025-05-06", "2025-12-03")
n("Z003-A-green",
  "Jack (7) - ?ADHD - on waiting list, SENCo done Conners + SEN support plan at Seabright Primary. "
  "nil concerns re attendance.",
  ["EDU-SEND"],
  [("convention", "EDU-SEND", "'?ADHD - on waiting list' is an ongoing assessment pathway -> "
    "present (conv. 4), not hypothetical, despite the '?'."),
   ("negated", "EDU-ATT", "'nil concerns re attendance'.")])
n("Z003-A-yellow",
  "Jack hitting out at mum (Gemma) when told no - kicked her x2 last wk, throws whatevers nearest. "
  "Gemma exhausted, 'at the end of my tether'. Booked on 10wk parenting course Sept at Saltmere family hub.",
  ["REL-PAR"],
  [("convention", "DA", "Child-to-parent violence is REL-PAR, not DA (conv. 8); no police/YOS so no CRIME."),
   ("not-coded", "MH-ADULT", "Exhaustion/'end of my tether' is parenting strain; no mental-health "
    "condition or service described.")])
n("Z003-C-blue",
  "Gemma finished the parenting course, using reward chart + calm-down corner. Says hitting stopped "
  "since Oct, still meltdowns at bedtime but shes handling them.",
  ["REL-PAR"],
  [("partial", "REL-PAR", "Hitting is over, but bedtime meltdowns she is now managing remain -> "
    "present in a blue box (conv. 3).")])

# ---------------------------------------------------------------- Z004
case("Z004", "Denby Sands", "2025-05-12", "2025-09-29")
n("Z004-A-orange",
  "Dad (Lee) - alcohol, 8-10 cans/day. Police called 14/4 by neighbour re shouting - Lee + Sam (mum) "
  "rowing about his drinking, no DA disclosed, nothing physical. Sam wants him out. Ref Tidemark D&A.",
  ["SUB", "REL-CONF"],
  [("negated", "DA", "'no DA disclosed, nothing physical' -> parental rows are REL-CONF (conv. 8)."),
   ("convention", "CRIME", "Police call-out about parents' argument is not offending by a household "
    "member nor about a young person (conv. 7).")])
n("Z004-A-yellow",
  "Ellie (14) - doing most of the cooking + walks Noah (5) to school when dad hungover. YC assessment "
  "ref sent to Coastline Young Carers.",
  ["CARER", "SUB"],
  [("convention", "SUB", "'when dad hungover' describes the parent's current drinking -> SUB present "
    "(coded on this box's own text, conv. 1).")])
n("Z004-A-green",
  "Noah (5) reception - wetting in the day 3x/wk, school nurse involved + GP ref to continence clinic. "
  "Attendance fine.",
  ["PH"],
  [("convention", "EYD", "Noah is 5 and in school: toileting at school age -> PH, not EYD (conv. 9 "
    "limits EYD toileting to under-5s)."),
   ("not-coded", "EDU-ATT", "'Attendance fine' is good news with no need stated (conv. 3).")])
n("Z004-C-yellow",
  "Lee moved out to his brothers 1/8 - parents seperated. Lee still going to Tidemark per Sam. Contact "
  "Sat daytime, agreed between them, going ok so far.",
  ["REL-CONF"],
  [("outside", "SUB", "Lee has left the household; an ex-partner's drinking/treatment is not coded (conv. 6)."),
   ("convention", "REL-CONF", "Current separation and contact arrangement -> REL-CONF present.")])

# ---------------------------------------------------------------- Z005
case("Z005", "Harbourside", "2025-05-19", "2026-01-12")
n("Z005-A-red",
  "Strat mtg 12/5, s47 agreed. Kai (15) - missing x4 since March, last found 60 miles away w/ older "
  "males. Arrested 2/5 w/ 14 wraps + £400 + 2 phones, RUI. NRM submitted - CCE. Mum (Donna) cant keep "
  "him in, he goes out the window.",
  ["SAFE-EXP", "CRIME", "REL-PAR"],
  [("convention", "SUB", "Drugs found on an exploited child -> SAFE-EXP + CRIME, not SUB (conv. 12)."),
   ("convention", "REL-PAR", "Mum unable to keep him in = boundaries/parenting capacity.")])
n("Z005-A-orange",
  "Kai - perm ex from Eastcliff Academy Feb, now at Cliffside PRU 2hrs/day, attending approx 40% of "
  "that. YOS - 9 mth referral order (robbery, Nov 24).",
  ["EDU-EXC", "EDU-ATT", "CRIME"],
  [("convention", "EDU-EXC", "The permanent exclusion is dated Feb but its state is current (he is "
    "still excluded and placed at the PRU) -> present, not historical."),
   ("convention", "CRIME", "Offence was Nov 24 but the referral order is current (conv. 7).")])
n("Z005-C-orange",
  "Kai - no missing episodes since Sept. Still on YOS order til Feb. PRU attendance ~70%, going full "
  "time after Xmas. Risk of being pulled back in if he loses the PRU place.",
  ["CRIME", "EDU-ATT"],
  [("historical", "SAFE-EXP", "No missing episodes since Sept - over."),
   ("hypothetical", "SAFE-EXP", "Re-exploitation only 'if he loses the PRU place'.")])

# ---------------------------------------------------------------- Z006
case("Z006", "Eastcliff", "2025-06-02", "2025-11-17")
n("Z006-A-red",
  "CIN plan since April. Home conds poor - dog mess in kitchen, no bedding on kids beds, fridge empty "
  "on 2 unannounced visits. Poppy (3) + Alfie (18mths) both in dirty clothes, Alfie's nappy not changed "
  "for hrs. Mum (Jade) denies any drug use, agreed to hair strand test.",
  ["SAFE-NEG"],
  [("negated", "SUB", "'denies any drug use'; a test being agreed is not evidence of use."),
   ("convention", "SAFE-NEG", "Empty fridge + home conditions + basic care -> SAFE-NEG (conv. 10).")])
n("Z006-A-orange",
  "Jade - £2k+ arrears, prepay meter no credit for 3 days last wk. Food bank x2. Landlord served s8 "
  "notice seeking possession 20/5.",
  ["FIN", "HOUS"],
  [("convention", "FIN", "Food bank is FIN (conv. 10); the possession notice adds HOUS.")])
n("Z006-C-yellow",
  "Stepped down from CIN Oct. Beds + bedding sorted via Harbourside furniture scheme, fridge stocked "
  "last 3 visits. EHW still weekly re cleaning rota + routines.",
  ["SAFE-NEG", "REL-PAR"],
  [("convention", "SAFE-NEG", "Improved, but EHW still working weekly on home conditions -> ongoing "
    "service codes its area (conv. 4)."),
   ("convention", "REL-PAR", "EHW work on routines -> parenting (routines).")])
n("Z006-C-green",
  "Poppy doing 15hrs at Seagrass nursery, good attendance. Alfie imms up to date since Oct.",
  [],
  [("not-coded", "EYD", "Nursery attendance is good news; no need stated in this box (conv. 1, 3)."),
   ("historical", "PH", "Immunisations caught up - over.")])

# ---------------------------------------------------------------- Z007
case("Z007", "Saltmere", "2025-06-09", "2025-12-15")
n("Z007-A-yellow",
  "Reece (17) - NEET since dropping out of Tidewell College (L2 motor vehicle) in Jan. Spends days on "
  "xbox, says he wants to be a mechanic. Mum on ESA.",
  ["EDU-NEET"],
  [("convention", "FIN", "'Mum on ESA' - benefit name alone, no money problem: not FIN, not PH (conv. 5)."),
   ("convention", "EDU-NEET", "16+ NEET -> EDU-NEET only (conv. 11).")])
n("Z007-A-green",
  "Mum (Tracey) - type 2 diabetic + COPD, poor mobility, 2 falls this yr. Reece does her shopping + "
  "collects her meds.",
  ["PH", "CARER"])
n("Z007-A-note",
  "Tel call from Tracey - asking about help for Reece getting back into work or college. Reece had a "
  "youth caution in 2024 for shoplifting, nothing since. Given number for Harbourside Youth Employment "
  "Hub, she will ring them herself.",
  ["EDU-NEET"],
  [("historical", "CRIME", "Youth caution 2024, nothing since - over."),
   ("convention", "EDU-NEET", "Unboxed: only cue is signposting the family acts on itself -> blue (conv. 2).")],
  date="2025-06-11", note_level="blue")
n("Z007-C-green",
  "Reece on 12wk pre-apprenticeship at Tidewell since Sept, attending well - may drop out if it doesnt "
  "lead to an apprenticeship, to be reviewed. Still does mums shopping + prescriptions. Tracey - GP "
  "reviewing COPD meds, awaiting OT for grab rails.",
  ["CARER", "PH"],
  [("hypothetical", "EDU-NEET", "Currently in training; dropping out is conditional ('may ... if').")])

# ---------------------------------------------------------------- Z008
case("Z008", "Denby Sands", "2025-06-16", "2025-10-20")
n("Z008-A-orange",
  "DA - partner (Dean) coercive control, checks her phone, took her bank card. 2/6 pushed Sophie (mum) "
  "down the stairs, police attended, Dean arrested + bailed w/ no contact conds. DASH 17, MARAC 24/6.",
  ["DA"],
  [("convention", "CRIME", "Partner's assault/arrest against the adult victim is DA only (conv. 7)."),
   ("convention", "FIN", "Taking her bank card is economic abuse within DA; no money problem described.")])
n("Z008-A-yellow",
  "Sophie - bruised ribs, seen by GP. Low mood, tearful, not eating much. Ref to Beacon DA outreach.",
  ["DA", "PH", "MH-ADULT"],
  [("convention", "DA", "Referral to a DA outreach service codes DA (conv. 4)."),
   ("convention", "PH", "Injury seen by GP = current physical health.")])
n("Z008-A-green",
  "Harvey (6) - withdrawn + tearful in class since May, school ELSA 1x wk. Lola (4) - not toilet "
  "trained, still in nappies day + night, HV aware.",
  ["MH-CHILD", "EYD"])
n("Z008-C-yellow",
  "Non-mol granted Aug, no contact from Dean since. Sophie doing the Beacon recovery grp for DA "
  "survivors, wk 6 of 12.",
  ["DA"],
  [("convention", "DA", "Current non-molestation order + DA programme -> present (conv. 4), not historical.")])
n("Z008-C-blue",
  "Lola dry in the day, pull ups at night only. Harvey still sees ELSA, says hes happier.",
  ["EYD", "MH-CHILD"],
  [("convention", "EYD", "Under-5 toileting still in progress, being managed -> present in blue (conv. 3, 9)."),
   ("convention", "MH-CHILD", "Still receiving ELSA support -> ongoing support codes its area (conv. 4).")])

# ---------------------------------------------------------------- Z009
case("Z009", "Harbourside", "2025-07-01", "2026-02-02")
n("Z009-A-orange",
  "Overcrowded - 1 bed flat, mum (Aisha) + Yusuf (9), Idris (6), Maryam (4mths). Black mould in "
  "bedroom, landlord not responding. Env health visit 30/6. Band B on housing register.",
  ["HOUS"],
  [("convention", "HOUS", "Landlord's failure is outside the household but its effect (disrepair) is HOUS (conv. 6).")])
n("Z009-A-green",
  "Idris - asthma, A&E x2 since Jan, GP asthma review overdue. Maryam - HV says dropped 2 centiles, "
  "feeding review booked. nil concerns re school - Yusuf + Idris attend well.",
  ["PH"],
  [("negated", "EDU-ATT", "'nil concerns re school'."),
   ("convention", "PH", "Infant weight faltering is weight -> PH (not weaning/EYD).")])
n("Z009-C-green",
  "Moved to 3 bed HA house in Eastcliff 12/11. Idris - asthma reviewed, new preventer inhaler, no A&E "
  "since Sept. Maryam back on her centile.",
  ["PH"],
  [("historical", "HOUS", "Rehoused - overcrowding over."),
   ("convention", "PH", "Asthma still managed with a preventer = now managing in green (conv. 3)."),
   ("partial", "PH", "Maryam's weight recovered - that strand is over.")])

# ---------------------------------------------------------------- Z010
case("Z010", "Eastcliff", "2025-07-07", "2025-12-08")
n("Z010-A-orange",
  "Ollie (12) - 3 FTS this term (5 days total), swearing at staff + walking out of lessons. Head says "
  "at risk of PEX. Managed move to Marram Hill discussed at TAF 3/7.",
  ["EDU-EXC"])
n("Z010-A-yellow",
  "Ollie - ASD dx 2023. EHCP needs assessment requested May, awaiting decision. SENCo says hes "
  "struggling w/ transitions + busy corridors. V anxious re school, school nurse seeing him wkly.",
  ["EDU-SEND", "MH-CHILD"],
  [("convention", "EDU-SEND", "'ASD dx 2023' is dated but the condition is ongoing -> present, not historical.")])
n("Z010-C-yellow",
  "EHCP issued Oct, Marram Hill named. Ollie started there after half term on a phased timetable, "
  "full days from Jan. No FTS since Sept.",
  ["EDU-SEND", "EDU-ATT"],
  [("historical", "EDU-EXC", "'No FTS since Sept' - over."),
   ("convention", "EDU-ATT", "Phased (part-time) timetable -> EDU-ATT.")])
n("Z010-C-green",
  "nil concerns re home - parents coping well, Ollie happier per mum.",
  [],
  [("negated", "REL-PAR", "'nil concerns re home'."),
   ("not-coded", "MH-CHILD", "'happier' is good news with no need stated in this box (conv. 1, 3).")])

# ---------------------------------------------------------------- Z011
case("Z011", "Saltmere", "2025-07-14", "2025-11-24")
n("Z011-A-yellow",
  "Mum (Chloe, 19) - PND, EPDS 16 at HV visit, GP started meds. Struggling to bond w/ Freddie (10wks), "
  "says she 'feels nothing'. Ref Little Harbour perinatal befrienders.",
  ["MH-ADULT", "REL-PAR"],
  [("convention", "REL-PAR", "Bonding difficulty = parent-child relationship.")])
n("Z011-A-green",
  "Freddie - reflux, HV monitoring, weight on 50th centile. Imms up to date. Lives w/ Chloe + her mum. "
  "Freddies dad not involved, lives in Gullhaven.",
  ["PH"],
  [("outside", "REL-CONF", "Absent father outside the household, no dispute described -> nothing coded."),
   ("partial", "PH", "Weight and imms fine are good news; PH is coded for the reflux only.")])
n("Z011-C-blue",
  "Chloe still on meds, says she feels 'like a different person'. Goes to baby grp Weds at the hub. "
  "Befriender ended Oct.",
  ["MH-ADULT"],
  [("convention", "MH-ADULT", "Still on medication = now managing in blue (conv. 3).")])
n("Z011-C-green",
  "Freddie - weaning started at 6mths, eating well, reflux settled.",
  [],
  [("not-coded", "EYD", "Weaning going well is good news with no need stated (conv. 3)."),
   ("historical", "PH", "Reflux settled - over.")])

# ---------------------------------------------------------------- Z012
case("Z012", "Denby Sands", "2025-07-21", "2026-01-19")
n("Z012-A-orange",
  "Mum (Kerry) - bipolar, 2 wks inpatient on Sea View unit in June, home now w/ CMHT. Jess (13) - "
  "attendance 86% this yr, stays off when mum unwell.",
  ["MH-ADULT", "EDU-ATT"])
n("Z012-A-yellow",
  "Jess - reminds mum re meds, does washing + tea most nights. Low mood, cut her arm x1 in May, sees "
  "school counsellor.",
  ["CARER", "MH-CHILD"],
  [("partial", "MH-CHILD", "Self-harm episode was in May, but current low mood + counsellor -> present.")])
n("Z012-A-note",
  "Tel call w/ Jess's school DSL - Jess being messaged on Snapchat by a 19yo male asking for pics. "
  "Reported to police. CAMHS referral sent.",
  ["SAFE-EXP", "MH-CHILD"],
  [("convention", "MH-CHILD", "CAMHS referral codes MH-CHILD (service implies need)."),
   ("convention", "SAFE-EXP", "Unboxed: CAMHS is an orange cue; 'reported to police' is a report, "
    "not a call-out, but the level is orange either way (conv. 2).")],
  date="2025-07-24", note_level="orange")
n("Z012-C-yellow",
  "Jess on CAMHS waiting list wk 14. Attends Coastline YC grp fortnightly. Kerry stable, CMHT monthly. "
  "nil online concerns since Snapchat deleted Aug.",
  ["MH-CHILD", "CARER", "MH-ADULT"],
  [("negated", "SAFE-EXP", "'nil online concerns' since August."),
   ("convention", "MH-ADULT", "Stable but still under CMHT -> ongoing service (conv. 4).")])

# ---------------------------------------------------------------- Z013
case("Z013", "Harbourside", "2025-08-04", "2025-12-01")
n("Z013-A-yellow",
  "Parents (Rob + Stacey) seperated May, still rowing at handovers in front of kids, contact dispute "
  "re Xmas already. No DA - both say never physical, no controlling behaviour. Ref to mediation.",
  ["REL-CONF"],
  [("negated", "DA", "'No DA - never physical, no controlling behaviour' -> REL-CONF only (conv. 8).")])
n("Z013-A-green",
  "Evie (10) - wetting the bed again since the split, GP aware. Charlie (7) - teacher says hes 'angry' "
  "in class, kicked a door last wk, no FTS.",
  ["PH", "EDU-EXC"],
  [("convention", "PH", "Bedwetting at school age -> PH (conv. 9)."),
   ("partial", "EDU-EXC", "'no FTS' negates suspension only; behaviour at school is still present.")])
n("Z013-C-blue",
  "3 mediation sessions done, parenting plan agreed + written down. Handovers now at school so parents "
  "dont meet. Evie - no wet beds since Oct.",
  ["REL-CONF"],
  [("convention", "REL-CONF", "Separation being managed by an agreed plan = now managing in blue (conv. 3)."),
   ("historical", "PH", "'no wet beds since Oct' - over.")])

# ---------------------------------------------------------------- Z014
case("Z014", "Eastcliff", "2025-08-11", "2026-02-16")
n("Z014-A-red",
  "ICPC 5/8 - both kids on CP plans, neglect + emotional harm. Dad (Gary) - crack + heroin, on "
  "methadone script via Tidemark but topping up. Mum (Leanne) - DA from Gary, 3 police call outs since March.",
  ["SAFE-NEG", "SUB", "DA"],
  [("convention", "CRIME", "Police call-outs for DA -> DA only (conv. 7)."),
   ("not-coded", "MH-CHILD", "CP category 'emotional harm' is a harm category, not a described child "
    "mental-health need.")])
n("Z014-A-orange",
  "Kyle (14) - arrested 28/7 for crim damage at the bus station, RUI. Smokes + vapes, denies cannabis. "
  "On report at school for behaviour.",
  ["CRIME", "EDU-EXC"],
  [("convention", "SUB", "Smoking/vaping is not SUB (conv. 12); cannabis denied (negated).")])
n("Z014-A-yellow",
  "Bella (8) - head lice ongoing, unwashed uniform. School giving her breakfast club daily as she says "
  "theres no food at home.",
  ["SAFE-NEG"],
  [("convention", "FIN", "Hungry child / no food at home is SAFE-NEG; no food bank or money problem "
    "described, so no FIN (conv. 10)."),
   ("not-coded", "PH", "Head lice read as hygiene (neglect), not a physical-health need.")])
n("Z014-A-note",
  "Core group 20/8 - Leanne says Gary still using, foil found in the bathroom. CP plan continues. "
  "Rent arrears £700, ref to CAB.",
  ["SUB", "FIN"],
  [("convention", "SUB", "Unboxed: 'CP plan' is a red cue, so all codes red (conv. 2).")],
  date="2025-08-20", note_level="red")
n("Z014-C-orange",
  "Stepped down from CP to TAF plan Jan. Gary left the home Oct, in residential rehab, no contact w/ "
  "Leanne. Leanne doing Beacon recovery grp. Kyle on 12 mth YOS referral order for the crim damage.",
  ["DA", "CRIME"],
  [("outside", "SUB", "Gary has left the household; his rehab is not coded (conv. 6)."),
   ("convention", "DA", "Victim still in a DA recovery programme -> ongoing service (conv. 4).")])

# ---------------------------------------------------------------- Z015
case("Z015", "Saltmere", "2025-08-18", "2026-01-05")
n("Z015-A-blue",
  "Dad (Marek) - lost job when the fish processing plant shut in July. Job hunting, signed up w/ 2 "
  "agencies, savings nearly gone. Ania (mum) works pt at a care home.",
  ["FIN"],
  [("convention", "FIN", "Worklessness + savings running out, family acting on it themselves -> FIN in blue.")])
n("Z015-A-yellow",
  "UC claim made 4/8, 5 wk wait, rent due. Ref Harbourside Welfare Rights re advance + DHP. Using "
  "Saltmere community pantry 1x wk. If advance not paid may fall behind on rent - landlord aware, happy to wait.",
  ["FIN"],
  [("hypothetical", "HOUS", "Risk to the tenancy only 'if advance not paid'; landlord willing to wait.")])
n("Z015-C-blue",
  "Marek started forklift driving at the port Nov, shifts. UC stopped. Paying back UC advance £35/mth, "
  "budgeting ok.",
  ["FIN"],
  [("convention", "FIN", "Repaying the advance = now managing a debt in blue (conv. 3); shift work is "
    "not FIN (conv. 5).")])

# ---------------------------------------------------------------- Z016
case("Z016", "Denby Sands", "2025-09-01", "2026-02-23")
n("Z016-A-orange",
  "Maisie (14) - self harm (cutting), A&E 26/8 after paracetamol OD. Seen by CAMHS crisis team, "
  "allocated a CAMHS worker. Safety plan in place at home.",
  ["MH-CHILD"],
  [("not-coded", "PH", "Overdose/A&E attendance is self-harm -> MH-CHILD; no separate physical-health need.")])
n("Z016-A-yellow",
  "Maisie - bullied on a group chat + in school at Eastcliff Academy since yr 8, wont go in on Mondays. "
  "Attendance 79%.",
  ["SAFE-EXP", "EDU-ATT"],
  [("outside", "SAFE-EXP", "Bullies are outside the household but being bullied is the child's need -> SAFE-EXP.")])
n("Z016-C-yellow",
  "Maisie moved to Saltmere High on a managed move in Dec (due to the bullying), attendance 88% since, "
  "building up. School may request EHC needs assessment if she doesnt settle.",
  ["EDU-EXC", "EDU-ATT"],
  [("convention", "EDU-EXC", "Taxonomy lists 'managed move' under EDU-EXC; coded literally although "
    "the move was for bullying."),
   ("historical", "SAFE-EXP", "Bullying referred to only as the past reason for the move."),
   ("hypothetical", "EDU-SEND", "EHC needs assessment only 'if she doesnt settle'.")])

# ---------------------------------------------------------------- Z017
case("Z017", "Harbourside", "2025-09-08", "2026-01-26")
n("Z017-A-yellow",
  "Leo (2y9m) - speech delay, approx 5 words, not pointing, poor eye contact. Portage weekly from Sept. "
  "HV ref to paed for ?ASD.",
  ["EYD", "EDU-SEND"],
  [("convention", "EDU-SEND", "Referral for ASD assessment -> EDU-SEND (taxonomy: 'assessment for "
    "ASD/ADHD'), coded even though Leo is under 5; speech -> EYD (conv. 9).")])
n("Z017-C-yellow",
  "Leo - ASD dx Dec. Portage continuing til he starts nursery. Now 10-15 words + some Makaton.",
  ["EYD", "EDU-SEND"],
  [("convention", "EYD", "Portage ongoing + under-5 speech -> EYD (conv. 4, 9).")])

# ---------------------------------------------------------------- Z018
case("Z018", "Eastcliff", "2025-09-15", "2026-03-02")
n("Z018-A-red",
  "s47 started 12/9 - Ruby (6) found alone on the seafront at 7am by a dog walker. Mum (Claire) "
  "intoxicated at home when police did welfare check. Ruby to maternal aunt under s20 for 3 nights, "
  "now home w/ safety plan.",
  ["SAFE-NEG", "SUB"],
  [("convention", "CRIME", "Police welfare check is safeguarding, not CRIME (conv. 7)."),
   ("convention", "SAFE-NEG", "Unsupervised 6-year-old -> supervision (neglect).")])
n("Z018-A-orange",
  "Claire - drinking 1 bottle vodka/day by her own account. Detox 2021, relapsed when her dad died "
  "last yr. Ref Tidemark + GP. Depression, on CMHT waiting list.",
  ["SUB", "MH-ADULT"],
  [("partial", "SUB", "The 2021 detox is historical but current drinking is present.")])
n("Z018-A-note",
  "EHW home visit 19/9 - Claire sober, flat tidy, food in cupboards, says theres no alcohol in the "
  "house. Ruby chatty + happy. Outstanding - Ruby not seen a dentist since 2023, 2 bad teeth, EHW to "
  "help register.",
  ["PH"],
  [("negated", "SUB", "Sober today, no alcohol in the house: no current misuse stated in this note (conv. 1)."),
   ("negated", "SAFE-NEG", "Flat tidy, food in - negates neglect."),
   ("convention", "PH", "Missed dental care -> PH; unboxed, EHW is the highest cue -> yellow (conv. 2).")],
  date="2025-09-19", note_level="yellow")
n("Z018-C-yellow",
  "Claire at Tidemark wkly, 8 wks alcohol free, AA on Tues. Ruby home, no further incidents. Claire - "
  "GP antidepressants, CMHT discharged her to GP.",
  ["SUB", "MH-ADULT"],
  [("convention", "SUB", "Alcohol-free but still in treatment -> ongoing service codes SUB (conv. 4)."),
   ("historical", "SAFE-NEG", "'no further incidents'.")])

# ---------------------------------------------------------------- Z019
case("Z019", "Saltmere", "2025-09-22", "2026-02-09")
n("Z019-A-yellow",
  "Nan (Pat, 68) - SGO kinship carer for Dylan (9) + Grace (5) since their mum died 2024. Knee "
  "replacement due Jan, worried how shell do the school run. Pension + child benefit only, money "
  "tight, £380 behind on water.",
  ["PH", "FIN"],
  [("convention", "CARER", "'Kinship carer' is an adult carer, not a young carer (conv. 12).")])
n("Z019-A-green",
  "Dylan - grief, tearful at bedtime, school ELSA weekly. Grace (5, yr R) - speech unclear, school SALT ref.",
  ["MH-CHILD", "EDU-SEND"],
  [("convention", "EDU-SEND", "Speech and language for a school-age child -> EDU-SEND, not EYD (conv. 9).")])
n("Z019-C-blue",
  "Pat had knee op Jan, recovering well, neighbours doing the school run for 6 wks. Water on payment "
  "plan £15/mth.",
  ["PH", "FIN"],
  [("convention", "PH", "Recovering from surgery = now managing in blue (conv. 3)."),
   ("convention", "FIN", "Arrears payment plan = now managing in blue (conv. 3).")])

# ---------------------------------------------------------------- Z020
case("Z020", "Denby Sands", "2025-10-06", "2026-03-09")
n("Z020-A-orange",
  "Callum (16) - cannabis daily, says approx £20/day. Owes £300 to older lads, being pushed to 'work "
  "it off' - CCE concern. Stop + search 1/10, small amount of weed, community resolution.",
  ["SUB", "SAFE-EXP", "CRIME"],
  [("convention", "SUB", "Conv. 12 stops drugs *found* on an exploited child from implying SUB; here "
    "his own daily use is stated separately, so SUB is coded."),
   ("convention", "CRIME", "Community resolution for possession = offending by a household member.")])
n("Z020-A-yellow",
  "Callum left Eastcliff Academy 6th form Sept after 2 wks, not in EET. Ref to Youth Hub PA. Mum "
  "(Vicky) works nights at the hospital, dad in Spain, no contact.",
  ["EDU-NEET"],
  [("convention", "FIN", "Night shifts are not FIN (conv. 5); NEET 16+ -> EDU-NEET only (conv. 11)."),
   ("outside", "REL-CONF", "Father abroad with no contact - no dispute described, outside household.")])
n("Z020-C-yellow",
  "Callum - down to weekends only per him, sees Tidemark YP worker fortnightly. No police contact since Oct.",
  ["SUB"],
  [("historical", "CRIME", "'No police contact since Oct'.")])
n("Z020-C-blue",
  "Dad in Spain - no contact, not an issue per Callum. N/A otherwise.",
  [],
  [("outside", "REL-CONF", "Absent father abroad, no dispute - outside the household, nothing coded.")])

# ---------------------------------------------------------------- Z021
case("Z021", "Eastcliff", "2025-10-13", "2026-03-16")
n("Z021-A-orange",
  "Possession order granted 8/10, bailiff date TBC. Arrears £3.4k. Mum (Shannon) + Logan (4) + Maya (1). "
  "Homeless app made, housing options duty.",
  ["HOUS", "FIN"])
n("Z021-C-yellow",
  "In TA at Gull Lane hostel since Nov, 1 room + shared kitchen. Logan waking 4x a night since the "
  "move, hard to settle.",
  ["HOUS", "PH"],
  [("convention", "PH", "Sleep problem of a 4-year-old: conv. 9 lists only toileting/speech/nursery as "
    "EYD, and PH covers sleep for anyone -> PH.")])
n("Z021-C-blue",
  "N/A",
  [])

# ---------------------------------------------------------------- Z022
case("Z022", "Saltmere", "2025-10-20", "2026-02-27")
n("Z022-A-yellow",
  "Dad (Nathan) - lone parent, Ethan (10) + Jacob (8). Online slots - £4k on credit cards, behind on "
  "council tax. Has now blocked betting apps. Ref CAB + gambling support line. No MH concerns, says hed "
  "go to GP if his mood dipped.",
  ["FIN"],
  [("convention", "SUB", "Gambling debts are FIN, not SUB (conv. 10)."),
   ("negated", "MH-ADULT", "'No MH concerns'."),
   ("hypothetical", "MH-ADULT", "GP only 'if his mood dipped'.")])
n("Z022-C-blue",
  "Nathan on DMP £60/mth, no gambling since Nov per him, still has blocking software on phone.",
  ["FIN"],
  [("convention", "FIN", "Debt management plan = now managing in blue (conv. 3).")])

# ---------------------------------------------------------------- Z023
case("Z023", "Harbourside", "2025-10-27", "2026-03-23")
n("Z023-A-orange",
  "Jordan (15) - police called to home x3 since Aug, punching walls, pushed mum (Lisa) into door frame "
  "17/10. Lisa scared of him. YOS prevention ref made.",
  ["REL-PAR", "CRIME"],
  [("convention", "DA", "Child-to-parent violence -> REL-PAR + CRIME (police/YOS), not DA (conv. 8).")])
n("Z023-A-yellow",
  "Jordan - ?ADHD - on paeds waiting list, 18 mths. FTS x1 Oct for fighting. Lisa signed off work 4 wks "
  "w/ stress.",
  ["EDU-SEND", "EDU-EXC", "MH-ADULT"],
  [("convention", "EDU-SEND", "On the ADHD assessment waiting list -> present (conv. 4)."),
   ("convention", "MH-ADULT", "Signed off work with stress = parent's mental health."),
   ("not-coded", "FIN", "Sick leave alone is not a money problem (conv. 5).")])
n("Z023-C-yellow",
  "NVR parenting course done. Incidents down to 1 in Feb, no police since Dec. Jordan still on YOS "
  "prevention til April.",
  ["REL-PAR", "CRIME"],
  [("partial", "REL-PAR", "Reduced but an incident in Feb -> still present."),
   ("convention", "CRIME", "Police contact is over, but YOS involvement is current (conv. 4, 7).")])
n("Z023-C-note",
  "Tel from YOS worker - Jordan engaged well, prevention plan closes end of Mar. Lisa says hes 'much "
  "calmer' at home, no incidents since Feb half term.",
  ["CRIME"],
  [("historical", "REL-PAR", "'no incidents since Feb half term' - over."),
   ("convention", "CRIME", "YOS plan still open -> present; unboxed, YOS cue -> orange (conv. 2).")],
  date="2026-03-25", note_level="orange")

# ---------------------------------------------------------------- Z024
case("Z024", "Denby Sands", "2025-11-03", "2026-04-08")
n("Z024-A-green",
  "Amy (17) + baby Reggie (6wks), living w/ Amys mum. Amy left college when Reggie born, not working, "
  "wants to go back Sept. HV - breastfeeding well, Reggie gaining.",
  ["EDU-NEET"],
  [("convention", "EDU-NEET", "17-year-old parent not in EET -> EDU-NEET only; no FIN (conv. 11)."),
   ("not-coded", "EYD", "Feeding/weight good news, no need.")])
n("Z024-C-blue",
  "Amy has a place on Tidewell childcare course from Sept, applied for nursery funding for Reggie. At "
  "home w/ him til then.",
  ["EDU-NEET"],
  [("convention", "EDU-NEET", "Still NEET until September, with a plan = now managing in blue (conv. 3)."),
   ("not-coded", "EYD", "Applying for a funded nursery place is routine, no take-up problem stated.")])

# ---------------------------------------------------------------- Z025
case("Z025", "Eastcliff", "2025-11-10", "2026-04-13")
n("Z025-A-yellow",
  "Sienna (12) - helps w/ brother Harry (8, CP - wheelchair user), lifting, feeding, nights when mum on "
  "shift. Tired in school, late x6 this half term.",
  ["CARER", "PH", "EDU-ATT"],
  [("convention", "PH", "'CP' here is cerebral palsy (wheelchair user) -> PH, not a child protection plan."),
   ("convention", "FIN", "Mum's shift work is not FIN (conv. 5).")])
n("Z025-A-note",
  "School nurse drop in 14/11 - Sienna c/o headaches + always tired, optician appt booked. Says shes "
  "up in the night w/ Harry most nights.",
  ["PH", "CARER"],
  [("convention", "CARER", "Unboxed: school nurse is the highest cue -> green (conv. 2).")],
  date="2025-11-14", note_level="green")
n("Z025-C-green",
  "Sienna goes to Coastline YC grp monthly. Harry getting short breaks 1 wknd/mth for his CP.",
  ["CARER", "PH"],
  [("convention", "CARER", "Young carers group ongoing -> CARER (conv. 4).")])

# ---------------------------------------------------------------- Z026
case("Z026", "Saltmere", "2025-11-17", "2026-04-20")
n("Z026-A-red",
  "Strat mtg 14/11 - Ellie-Mae (13) sent images to an adult male she met on a gaming site, police "
  "investigating. Missing overnight 9/11, found by police at Gullhaven train stn.",
  ["SAFE-EXP"],
  [("convention", "CRIME", "Police investigating the adult and finding a missing child is "
    "safeguarding, not CRIME (conv. 7).")])
n("Z026-A-yellow",
  "Mum (Rachel) - says she 'didnt know how' to set parental controls, none on phone or tablet. "
  "Ellie-Mae refusing to hand over phone, screaming + swearing at mum.",
  ["SAFE-EXP", "REL-PAR"],
  [("convention", "SAFE-EXP", "No parental controls = online safety."),
   ("convention", "REL-PAR", "Parent-child conflict over boundaries (conv. 8).")])
n("Z026-C-orange",
  "Police NFA for Ellie-Mae, male charged in another force area. Ellie-Mae - CAMHS assessment Feb, low "
  "mood. Online safety sessions w/ school completed Jan.",
  ["MH-CHILD"],
  [("negated", "CRIME", "Police NFA for the child."),
   ("outside", "CRIME", "The charged adult male is outside the household (conv. 6)."),
   ("historical", "SAFE-EXP", "Online safety work completed in January.")])
n("Z026-C-blue",
  "Rachel has set up parental controls on all devices + checks Ellie-Maes phone w/ her every Sun.",
  ["SAFE-EXP"],
  [("convention", "SAFE-EXP", "Online safety now being managed by the parent = present in a blue box (conv. 3).")])

# ---------------------------------------------------------------- Z027
case("Z027", "Harbourside", "2025-12-01", "2026-04-27")
n("Z027-A-green",
  "Dad (Steve) - ex forces, PTSD, under veterans MH service + GP. Mum (Kirsty) on Carers Allowance for "
  "Steve. Twins (7) at Seabright - nil concerns re school.",
  ["MH-ADULT"],
  [("convention", "CARER", "Carer's Allowance (adult carer) never implies CARER or FIN (conv. 5, 12)."),
   ("negated", "EDU-ATT", "'nil concerns re school'.")])
n("Z027-A-blue",
  "Council house - damp + mould in kids room, reported 3x. Kirsty chasing via local councillor + "
  "tenants assoc. Neighbours teens causing ASB on the green, Kirsty has reported to council.",
  ["HOUS"],
  [("outside", "CRIME", "ASB by neighbours' teenagers - outside the household (conv. 6).")])
n("Z027-C-blue",
  "Damp treated, new window fitted Feb. Steve still w/ veterans service, uses grounding techniques when triggered.",
  ["MH-ADULT"],
  [("historical", "HOUS", "Damp treated - over."),
   ("convention", "MH-ADULT", "Still with the service and self-managing -> present in blue (conv. 3).")])

# ---------------------------------------------------------------- Z028
case("Z028", "Denby Sands", "2025-12-08", "2026-04-29")
n("Z028-A-yellow",
  "Mum (Tina) - home v cluttered, bags piled in hall + up the stairs, trip hazard. Lacey (9) + Kian (6) "
  "sharing a mattress on the floor. Kids see dad (lives separately) Sundays - Tina says he drinks "
  "heavily but never when hes got them.",
  ["SAFE-NEG"],
  [("outside", "SUB", "Father lives separately; his drinking is not coded (conv. 6).")])
n("Z028-C-green",
  "Hall + stairs clear, kids have own beds since Jan. Tina - GP ref for hoarding support, awaiting 1st appt.",
  ["MH-ADULT"],
  [("historical", "SAFE-NEG", "Home conditions resolved since January."),
   ("convention", "MH-ADULT", "Hoarding support referral = parent's mental health.")])

# ---------------------------------------------------------------- Z029
case("Z029", "Eastcliff", "2025-12-15", "2026-04-30")
n("Z029-A-yellow",
  "Dan + Keeley arguing daily re money, Dan sleeping on the sofa. Both say no violence, no threats. "
  "£2k overdraft + catalogue debt. Ref Harbourside couples service.",
  ["REL-CONF", "FIN"],
  [("negated", "DA", "'no violence, no threats' -> arguments are REL-CONF (conv. 8).")])
n("Z029-C-blue",
  "Parents seperated Feb, amicable, Dan renting a room nearby, has the kids wkends. Keeley paying "
  "catalogue £20/mth, knows to contact housing if she cant keep up the rent on her own.",
  ["REL-CONF", "FIN"],
  [("convention", "REL-CONF", "Separation with contact arrangements being managed -> present in blue (conv. 3)."),
   ("hypothetical", "HOUS", "Housing help only 'if she cant keep up the rent'.")])

# ---------------------------------------------------------------- Z030
case("Z030", "Saltmere", "2026-01-12", "2026-04-30")
n("Z030-A-green",
  "Mia (2y3m) - HV 2yr review, approx 10 words, ref to SALT drop in. Mum (Holly) asked re funded 2yr "
  "place - eligible, info given. Dad - type 1 diabetic on pump, self manages.",
  ["EYD", "PH"],
  [("convention", "PH", "Self-managed diabetes = now managing in green (conv. 3).")])
n("Z030-C-blue",
  "Mia starts Seagrass nursery Apr 15hrs. Holly doing SALT home activities daily, Mia putting 2 words "
  "together now. Holly's sister in Gullhaven has PND, Holly helping her out.",
  ["EYD"],
  [("convention", "EYD", "Speech work ongoing at home = now managing in blue (conv. 3)."),
   ("outside", "MH-ADULT", "Aunt's postnatal depression - outside the household (conv. 6).")])


# ====================================================================
LEVELS = ["blue", "green", "yellow", "orange", "red"]


def main():
    nrows, grows, traps = [], [], OrderedDict()
    seen = set()
    for x in NARRS:
        nid = x["id"]
        assert nid not in seen, nid
        seen.add(nid)
        cid, st, box = nid.split("-", 2)
        loc, a_date, c_date = CASES[cid]
        stage = {"A": "assessment", "C": "closure"}[st]
        date = x["date"] or (a_date if st == "A" else c_date)
        if box == "note":
            level = ""
            glevel = x["note_level"]
        else:
            assert box in LEVELS, nid
            assert x["note_level"] is None, nid
            level = box
            glevel = box
        assert glevel in LEVELS, nid
        assert len(set(x["codes"])) == len(x["codes"]), nid
        nrows.append([nid, f"{cid}-{st}", cid, stage, date, level, loc, x["text"]])
        for c in x["codes"]:
            grows.append([nid, c, glevel])
        if x["traps"]:
            traps[nid] = x["traps"]

    with open(os.path.join(HERE, "narratives.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"])
        w.writerows(nrows)
    with open(os.path.join(HERE, "gold.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "code", "level"])
        w.writerows(grows)
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8", newline="\r\n") as f:
        json.dump(traps, f, indent=1, ensure_ascii=False)
        f.write("\n")

    cc = Counter(g[1] for g in grows)
    lc = Counter(g[2] for g in grows)
    boxc = Counter(r[5] or "(note)" for r in nrows)
    stc = Counter(r[3] for r in nrows)
    print(f"set {SET_ID}: {len(CASES)} cases, {len(nrows)} narratives "
          f"({stc['assessment']} assessment, {stc['closure']} closure), "
          f"{len(grows)} gold rows, {sum(1 for r in nrows if not any(g[0] == r[0] for g in grows))} "
          f"narratives without gold rows, {len(traps)} narratives with trap notes "
          f"({sum(len(v) for v in traps.values())} notes)")
    print("boxes:", ", ".join(f"{k} {boxc[k]}" for k in LEVELS + ["(note)"]))
    print("gold levels:", ", ".join(f"{k} {lc[k]}" for k in LEVELS))
    order = ["EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD", "MH-ADULT", "PH", "SUB",
             "REL-PAR", "REL-CONF", "DA", "SAFE-NEG", "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"]
    print("codes:", ", ".join(f"{k} {cc[k]}" for k in order))
    tc = Counter(t["type"] for v in traps.values() for t in v)
    print("trap types:", ", ".join(f"{k} {v}" for k, v in sorted(tc.items())))


if __name__ == "__main__":
    main()
