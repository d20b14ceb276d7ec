#!/usr/bin/env python3
"""Blind gold set z104: families affected by domestic abuse in a large town.

Written from /work/shared/taxonomy.md only (plus devset README / file headers
for format).  Each narrative is defined once below with its gold codes and
trap notes.  Running this script writes narratives.csv, gold.csv and
traps.json (UTF-8, no BOM, CRLF) and prints counts.
"""
import csv
import io
import json
import os
from collections import Counter, OrderedDict

OUT = os.path.dirname(os.path.abspath(__file__))

# case_id -> (locality, assessment date, closure date)
CASES = OrderedDict([
    ("Z001", ("Castlegate", "2025-01-20", "2025-07-14")),
    ("Z002", ("Millbrook", "2025-03-10", "2025-09-22")),
    ("Z003", ("Hollin Park", "2025-05-19", "2025-11-10")),
    ("Z004", ("Wharfside", "2025-06-23", "2026-01-19")),
    ("Z005", ("Castlegate", "2025-04-14", "2025-12-01")),
    ("Z006", ("Millbrook", "2025-10-06", "2026-02-16")),
    ("Z007", ("Hollin Park", "2025-07-28", "2026-01-26")),
    ("Z008", ("Wharfside", "2025-10-06", "2026-04-13")),
    ("Z009", ("Castlegate", "2025-08-18", "2025-12-15")),
    ("Z010", ("Millbrook", "2025-05-12", "2026-03-09")),
    ("Z011", ("Hollin Park", "2025-10-27", "2026-03-30")),
    ("Z012", ("Wharfside", "2025-06-02", "2025-12-01")),
    ("Z013", ("Castlegate", "2025-11-24", "2026-05-11")),
    ("Z014", ("Millbrook", "2025-09-01", "2026-03-02")),
    ("Z015", ("Hollin Park", "2025-07-07", "2026-02-23")),
    ("Z016", ("Wharfside", "2025-04-28", "2025-10-27")),
    ("Z017", ("Castlegate", "2025-05-05", "2025-11-17")),
    ("Z018", ("Millbrook", "2025-04-07", "2025-10-06")),
    ("Z019", ("Hollin Park", "2025-10-27", "2026-04-20")),
    ("Z020", ("Wharfside", "2025-08-04", "2026-02-09")),
    ("Z021", ("Castlegate", "2025-09-15", "2026-03-16")),
    ("Z022", ("Millbrook", "2025-11-10", "2026-06-15")),
    ("Z023", ("Hollin Park", "2025-06-16", "2026-01-12")),
    ("Z024", ("Wharfside", "2025-10-27", "2026-05-04")),
    ("Z025", ("Castlegate", "2025-11-17", "2026-03-16")),
    ("Z026", ("Millbrook", "2026-02-09", "2026-07-06")),
    ("Z027", ("Hollin Park", "2025-09-15", "2026-02-02")),
    ("Z028", ("Castlegate", "2025-07-14", "2026-01-05")),
    ("Z029", ("Millbrook", "2025-10-06", "2026-04-27")),
    ("Z030", ("Wharfside", "2025-11-24", "2026-01-26")),
    ("Z031", ("Castlegate", "2025-06-09", "2025-10-13")),
    ("Z032", ("Millbrook", "2025-09-15", "2026-03-09")),
])

NARRATIVES = []  # list of dicts, in order


def N(nid, text, codes=(), traps=(), note_level=None):
    """Register one narrative.

    nid   : e.g. 'Z001-A-yellow' or 'Z030-A-note'
    codes : gold codes with status present
    traps : (type, code, note) tuples
    note_level : for unboxed notes, the single level of all its codes
                 (highest current cue, convention 2)
    """
    NARRATIVES.append(dict(nid=nid, text=text, codes=list(codes),
                           traps=[dict(type=t, code=c, note=n) for t, c, n in traps],
                           note_level=note_level))


# ---------------------------------------------------------------- Z001
# Leanne, Tyler (8), Maisie (4); ex Dean abusing after separation.
N("Z001-A-yellow",
  "Tyler (8) waking 2-3 times a night since the November incident and ending up in mum's bed, "
  "says he can hear banging. Class teacher says he's tired and teary and asks most afternoons "
  "whether dad will be at the gate. Maisie (4) back in pull-ups at nursery after being dry since "
  "the summer. EHW to do worry work with Tyler and link in with Maisie's keyworker.",
  ["PH", "MH-CHILD", "EYD"],
  [("not-coded", "DA", "'the November incident' is not described as abuse in this box; nothing carried over from the orange box (conv 1)."),
   ("convention", "PH", "Night waking for a school-age child is PH (conv 9)."),
   ("convention", "EYD", "Toileting regression at 4 is EYD (conv 9)."),
   ("convention", "MH-CHILD", "Teary, repeatedly asking if dad will be at the gate: child's anxiety.")])
N("Z001-A-orange",
  "Dean (ex, Tyler and Maisie's dad, lives in Millbrook) has breached the non-mol three times since "
  "20/11 - waiting by the school gates, 40+ texts in one night, turned up drunk on the doorstep 1/12. "
  "Arrested 2/12 for the breach and bailed not to contact. DASH 16 (high), heard at MARAC 18/12, "
  "IDVA from Harbourside DA Service allocated.",
  ["DA"],
  [("convention", "CRIME", "Ex-partner's breach of a non-mol and arrest are DA only, not CRIME (conv 7)."),
   ("outside", "SUB", "Dean's drinking: he is outside the household (conv 6).")])
N("Z001-C-blue",
  "Leanne still keeps her safety plan on the fridge and the restraining order runs to 2027. When Dean "
  "drove slowly past the house in May she rang 999 herself and police were there in minutes.",
  ["DA"],
  [("convention", "DA", "Blue box: family managing a current DA risk (safety plan, order in force, recent drive-by) counts as present (conv 3)."),
   ("convention", "CRIME", "Police attending a DA call about the ex is DA only (conv 7).")])
N("Z001-C-green",
  "Tyler still has the odd unsettled night - school nurse went through a bedtime routine with Leanne "
  "and she's sticking to it. Maisie dry in the day again and HV has closed the toileting concern.",
  ["PH"],
  [("historical", "EYD", "Maisie's toileting concern is closed: over (conv 3)."),
   ("convention", "PH", "Tyler's residual unsettled nights, routine being followed: green-box managing (conv 3, 9).")])

# ---------------------------------------------------------------- Z002
# Gemma & Ryan arguing about money - not DA.
N("Z002-A-green",
  "Ellie (11) told the school nurse she can't get off to sleep because mum and dad 'shout about money' "
  "most nights. She says nobody gets hurt and she isn't scared of either of them, just fed up. School "
  "nurse offering weekly drop-ins.",
  ["PH", "REL-CONF"],
  [("negated", "DA", "Nobody hurt, child not scared: parental arguments, not abuse (conv 8)."),
   ("convention", "PH", "Sleep problem at school age is PH (conv 9)."),
   ("not-coded", "MH-CHILD", "'Fed up' is not described as an emotional-wellbeing need.")])
N("Z002-A-yellow",
  "Gemma & Ryan rowing over debts - £2,300 council tax arrears plus a catalogue account in default. "
  "Seen seperately, both deny any violence, threats or either of them controling the money; they each "
  "have their own account and phone. No DASH indicated. Both agreed to sessions with the reducing "
  "parental conflict (RPC) practitioner.",
  ["REL-CONF", "FIN"],
  [("negated", "DA", "Violence, threats and financial control all denied; no DASH: arguments only (conv 8).")])
N("Z002-A-orange",
  "N/A - nothing at targeted level at this point.",
  [],
  [("not-coded", None, "N/A box, no codes.")])
N("Z002-C-blue",
  "Parents using the budget planner from the RPC sessions and say they now 'talk it through once the "
  "kids are in bed' rather than shouting. £60 a month going to the council tax arrangement.",
  ["REL-CONF", "FIN"],
  [("convention", "FIN", "Paying off arrears in a blue box is managing: present (conv 3)."),
   ("convention", "REL-CONF", "Disagreements still happen and are managed with a strategy: blue-box managing (conv 3).")])

# ---------------------------------------------------------------- Z003
# Aisha, Zain (7), Hana (2) - fled from another LA to refuge.
N("Z003-A-yellow",
  "Zain (7) out of school 4 weeks since they fled; in-year admission to Hollin Park Primary submitted, "
  "waiting on a place. Aisha still has no access to her own money - her husband kept her bank card and "
  "passport and won't give them back. New UC claim, advance taken, using the food cupboard at the refuge "
  "and foodbank vouchers.",
  ["EDU-ATT", "DA", "FIN", "HOUS"],
  [("convention", "DA", "Husband still withholding card and passport: ongoing economic control, present."),
   ("convention", "FIN", "Foodbank vouchers and UC wait are FIN; no hungry child described so not SAFE-NEG (conv 10)."),
   ("convention", "HOUS", "Judgement: 'the food cupboard at the refuge' shows the family is currently living in refuge (temporary accommodation), so HOUS, consistent with Z030-C-note.")])
N("Z003-A-orange",
  "Placed at Linden House refuge 22/04 after Aisha fled her husband Imran in Sandby (another LA) following "
  "a strangulation and threats to take the children abroad. Sandby MARAC heard it as high risk; transferred "
  "to our MARAC and a local IDVA allocated. Refuge is temporary - homeless application to be made so they "
  "can be rehoused well away from Sandby.",
  ["DA", "HOUS"],
  [("convention", "HOUS", "Refuge is temporary accommodation with a homeless application pending: HOUS.")])
N("Z003-C-yellow",
  "Moved out of the refuge into a 2-bed TA flat on Quarry Rd while on the housing register; sanctuary "
  "measures (window locks, video doorbell) fitted by the council. IDVA closing this month, Aisha now "
  "going to the Wildflower recovery group on Tuesday mornings.",
  ["HOUS", "DA"],
  [("convention", "DA", "Sanctuary measures and an ongoing DA recovery group code DA (conv 4)."),
   ("convention", "HOUS", "Temporary accommodation is HOUS.")])

# ---------------------------------------------------------------- Z004
# Karen, Callum (15) child-to-parent violence.
N("Z004-A-yellow",
  "Callum (15) has shoved Karen into the wall twice and punched through the kitchen door when told to come "
  "off the Xbox. Karen says she's 'walking on eggshells' round him. No partner at home; Callum's dad left in "
  "2017 and Karen says there was never any DV in that relationship. EHW to offer the NVR parent programme.",
  ["REL-PAR"],
  [("convention", "DA", "Child-to-parent violence is REL-PAR, not DA (conv 8)."),
   ("negated", "DA", "No DV in the past relationship either.")])
N("Z004-A-orange",
  "Police attended 14/06 after Callum threw a mug at mum and smashed the TV - arrested for criminal damage, "
  "youth caution, now linked to YOS for the out of court disposal. At school he's on report for defiance and "
  "had a 2-day suspension this term.",
  ["REL-PAR", "CRIME", "EDU-EXC"],
  [("convention", "DA", "CPV with police/youth justice is REL-PAR + CRIME, not DA (conv 8).")])
N("Z004-C-yellow",
  "Karen finished the NVR course. Incidents down from weekly to one in the last 8 weeks (shouting, nothing "
  "physical). Callum's YOS work finishes end of Jan.",
  ["REL-PAR", "CRIME"],
  [("partial", "REL-PAR", "Course finished but incidents still occurring: REL-PAR present."),
   ("convention", "CRIME", "YOS intervention still running (conv 7).")])

# ---------------------------------------------------------------- Z005
# Sophie, Ava (12); DA ended 2020.
N("Z005-A-yellow",
  "Sophie still paying off about £6k of catalogue and loan debt that Mark ran up in her name while they were "
  "together; bailiff letter recieved on one account last week. Referred to the Money Advice Hub.",
  ["FIN"],
  [("historical", "DA", "Economic abuse belonged to the relationship that has ended; only the debt is current.")])
N("Z005-A-orange",
  "Ava (12) open to CAMHS since March for trauma work - flashbacks to the night in 2019 when her dad strangled "
  "her mum. Self-harmed (cutting) in Feb, school DSL aware.",
  ["MH-CHILD"],
  [("historical", "DA", "The strangulation was in 2019; abuse not current."),
   ("convention", "MH-CHILD", "Open to CAMHS codes MH-CHILD (conv 4).")])
N("Z005-C-green",
  "Sophie still on sertraline from her GP for PTSD that she links to her marriage to Mark. They split in 2020, "
  "he moved to Scotland and there's been no contact since and no child arrangements.",
  ["MH-ADULT"],
  [("historical", "DA", "Marriage ended 2020, no contact since: DA historical; the PTSD is current MH-ADULT.")])

# ---------------------------------------------------------------- Z006
# Jade (23), Kyle (26, household), Nevaeh (10 months).
N("Z006-A-yellow",
  "Jade says Kyle goes through her phone, has her location on and decides who she can see - she hasn't seen "
  "her own mum since Christmas. She says he has never hit her.",
  ["DA"],
  [("partial", "DA", "'Never hit her' negates physical violence only; the coercive control is present.")])
N("Z006-A-orange",
  "Neighbour rang police 03/09 - shouting and a woman screaming. Kyle arrested for ABH on Jade, NFA after Jade "
  "withdrew her statement. DASH 14, to MARAC 22/09. IDVA has tried 3 times, Jade declining for now. Kyle is "
  "also on probation for a burglary last year.",
  ["DA", "CRIME"],
  [("convention", "DA", "Arrest for ABH on his partner is DA only (conv 7)."),
   ("convention", "CRIME", "Household adult on probation for a burglary is CRIME (conv 7).")])
N("Z006-A-red",
  "Strategy meeting 05/09 and s47 completed. Nevaeh (10 months) was in Jade's arms when Kyle pushed her into "
  "the banister. ICPC 30/09 - CP plan under emotional harm. HV now visiting fortnightly: Nevaeh's weight has "
  "dropped from the 50th to the 25th centile.",
  ["DA", "PH"],
  [("convention", "PH", "Infant weight faltering is PH (weight); not described as neglect.")])
N("Z006-C-orange",
  "Jade ended things with Kyle in November and he's now living at his mum's in Wharfside. Non-mol granted 12/12 "
  "for a year. Jade engaging with the IDVA now and goes to Wildflower. CP plan stepped down to CIN in January.",
  ["DA"],
  [("convention", "DA", "Non-mol in force, IDVA and recovery group ongoing: present (conv 4)."),
   ("convention", None, "CIN is a red cue but the narrative sits in the orange box, so DA takes orange (conv 2).")])

# ---------------------------------------------------------------- Z007
# Darren & Nicola together; perpetrator programme.
N("Z007-A-yellow",
  "Darren (dad) self-referred to the Steering Change programme after grabbing Nicola's arm hard during a row in "
  "July. He says he wants to change 'before the kids see any more'. Nicola feels safe for now and wants them to "
  "stay together; the programme's partner support worker has been in touch with her.",
  ["DA"],
  [("convention", "REL-CONF", "The row involved physical abuse: an argument that is part of abuse is DA only (conv 8).")])
N("Z007-A-green",
  "Mason (5), in Reception at Hollin Park Primary, is hard to understand when he talks - SENCo has referred him "
  "to SALT and put him on SEN support.",
  ["EDU-SEND"],
  [("convention", "EYD", "Speech for a school-age child is EDU-SEND, not EYD (conv 9).")])
N("Z007-C-yellow",
  "Darren attended 22 of 24 Steering Change sessions. Nicola's support worker says no incidents reported and she "
  "describes him as calmer. Programme doing a 3-month follow-up review.",
  ["DA"],
  [("convention", "DA", "Perpetrator programme still running (follow-up) and partner support ongoing: present (conv 4), despite 'no incidents'.")])

# ---------------------------------------------------------------- Z008
# Michelle, Kayden (10), Alfie (7); ex Paul in prison, release due.
N("Z008-A-orange",
  "Michelle's ex Paul (not in the household) is serving 3 years for GBH on her and is due out on licence in Feb. "
  "Victim contact scheme in touch. Safety plan being reviewed with the IDVA; a MARAC referral will be made if he "
  "breaches his licence conditions.",
  ["DA"],
  [("partial", "DA", "The MARAC clause is hypothetical, but current IDVA safety planning for a scheduled release is a present DA risk."),
   ("outside", "CRIME", "Paul is outside the household and his offence was against Michelle: not CRIME (conv 6, 7).")])
N("Z008-A-yellow",
  "Sanctuary scheme survey done: reinforced front door, window locks and a letterbox fire bag going in before "
  "February. Michelle also behind on rent (£420) since her hours at the bakery were cut.",
  ["DA", "FIN"],
  [("convention", "DA", "Sanctuary scheme is a DA service (conv 4)."),
   ("not-coded", "HOUS", "Rent arrears with no notice or eviction risk are FIN only.")])
N("Z008-C-yellow",
  "Paul released 11/02 with an exclusion zone covering Wharfside. Michelle reported 2 sightings which went to "
  "probation and police, and he was recalled on 03/03. Sanctuary work all in.",
  ["DA"],
  [("outside", "CRIME", "Licence breach/recall of a non-household ex is DA only (conv 6, 7).")])

# ---------------------------------------------------------------- Z009
# Chloe, Gareth, Ollie (13), Freya (10) - economic abuse, s21.
N("Z009-A-orange",
  "Section 21 served in August - Gareth hasn't paid the rent since June even though the UC includes housing costs, "
  "and the UC goes into his account so Chloe can't see what comes in. He gives her £20 a week for food and wants "
  "receipts. Housing options aware. Chloe says she's scared of how he'll react if she brings the rent up.",
  ["HOUS", "FIN", "DA"],
  [("convention", "DA", "Economic control plus fear of partner: DA."),
   ("convention", "FIN", "Rent arrears are FIN alongside the DA (control and its money consequence both described)."),
   ("convention", "HOUS", "Section 21 notice is HOUS.")])
N("Z009-A-green",
  "Ollie (13) attendance 88% at Castlegate Academy. He told his head of year he stays off 'to keep an eye on mum'.",
  ["EDU-ATT"],
  [("not-coded", "CARER", "Staying home to watch over mum is not described as caring for an illness or disability: not CARER."),
   ("not-coded", "DA", "No abuse is described in this box (conv 1).")])
N("Z009-C-orange",
  "08/11 Gareth threatened Chloe with a knife; she and the kids went to a refuge space in Millbrook that night. "
  "Gareth charged and remanded. Homeless duty accepted.",
  ["DA", "HOUS"],
  [("convention", "CRIME", "Charge and remand for the offence against his partner are DA only (conv 7)."),
   ("convention", "HOUS", "Refuge plus homeless duty: HOUS.")])

# ---------------------------------------------------------------- Z010
# Tracey (MS), Kira (17), Reece (12).
N("Z010-A-orange",
  "Kira (17) told her college tutor that her boyfriend Connor (19, doesn't live with them) slapped her and makes "
  "her send photos to prove where she is. College DSL did a DASH - medium. Referred to the YP IDVA.",
  ["DA"],
  [("convention", "DA", "Victim is a 17-year-old household member; the outside boyfriend's abuse is coded by its effect on the family (conv 6)."),
   ("not-coded", "SAFE-EXP", "Intimate-partner abuse of a 17-year-old handled as DA (DASH, YP IDVA), not exploitation.")])
N("Z010-A-yellow",
  "Reece (12) helps mum (MS) in and out of the bath and does most of the cooking. Referred to Millbrook Young Carers.",
  ["CARER", "PH"])
N("Z010-C-yellow",
  "Kira finished with Connor in January; he kept messaging from new accounts until the YP IDVA helped her report "
  "and block him. Still seeing the YP IDVA every 2 weeks.",
  ["DA"],
  [("convention", "DA", "Post-separation harassment and ongoing YP IDVA support: present (conv 4).")])

# ---------------------------------------------------------------- Z011
# Donna, Harvey (11), Evie (14).
N("Z011-A-yellow",
  "Harvey (11) hits and kicks Donna when he's dysregulated, mostly after contact weekends - bruising on her forearm "
  "last wk. On the ADHD pathway at the CDC, awaiting assessment. Donna says Harvey's dad 'used to do the same to me' "
  "but that ended when they split in 2021 and there's been nothing since.",
  ["REL-PAR", "EDU-SEND"],
  [("convention", "DA", "Child-to-parent violence is REL-PAR not DA (conv 8)."),
   ("historical", "DA", "Father's abuse ended 2021, nothing since."),
   ("convention", "EDU-SEND", "On the ADHD pathway (conv 4).")])
N("Z011-A-green",
  "Donna and Harvey's dad disagree about contact - he wants every weekend, she wants alternate. They message "
  "through a co-parenting app; no threats or harassment from either side. Donna thinking about mediation.",
  ["REL-CONF"],
  [("negated", "DA", "No threats or harassment: a contact dispute, REL-CONF (conv 8).")])
N("Z011-A-orange",
  "Evie (14) missing overnight twice in October, both times found by police at an older man's flat in Wharfside. "
  "CSE screening - high. Referred to contextual safeguarding.",
  ["SAFE-EXP"],
  [("convention", "CRIME", "Police finding a missing child is safeguarding, not CRIME (conv 7)."),
   ("outside", "CRIME", "The man is outside the household.")])
N("Z011-C-yellow",
  "Harvey diagnosed with ADHD in Feb and started on meds; Donna says the hitting is down to 'a couple of times a "
  "month'. Contact dispute resolved at mediation - alternate weekends agreed.",
  ["EDU-SEND", "REL-PAR"],
  [("historical", "REL-CONF", "Contact dispute described as resolved."),
   ("convention", "EDU-SEND", "ADHD diagnosis is a SEND need (taxonomy: ASD/ADHD under EDU-SEND).")])

# ---------------------------------------------------------------- Z012
# Stacey & Lee separating; overcrowding.
N("Z012-A-yellow",
  "Family of 6 in a 2-bed HA flat - three boys in one room with bunks and a cot. Band C on the register. Black "
  "mould in the boys' room and Kai (3) keeps getting chest infections.",
  ["HOUS", "PH"])
N("Z012-A-green",
  "Stacey and Lee have decided to split after 9 years. The rows have got louder since, mainly about who keeps the "
  "flat, and the kids have heard them. Neither reports any violence or controlling behaviour and police have never "
  "been called.",
  ["REL-CONF"],
  [("negated", "DA", "No violence or control: separation and arguments are REL-CONF (conv 8).")])
N("Z012-C-blue",
  "Lee moved into his own flat in October; the kids stay with him Wednesdays and Saturdays and both parents say "
  "handovers are calm.",
  ["REL-CONF"],
  [("convention", "REL-CONF", "Judgement: a separation the family is now managing in a blue box is present (conv 3); no over-marker.")])

# ---------------------------------------------------------------- Z013
# Hayley, Poppy (13); grandmother's DA outside then inside household.
N("Z013-A-yellow",
  "Poppy (13) hasn't been in school since October half term. It started after girls in her form set up a group chat "
  "mocking her; now she panics in the car park and has been sick. GP referred to CAMHS - on the waiting list. "
  "Part-time timetable (10-12) starts Monday.",
  ["EDU-ATT", "MH-CHILD", "SAFE-EXP"],
  [("convention", "MH-CHILD", "Awaiting CAMHS codes MH-CHILD (conv 4)."),
   ("convention", "SAFE-EXP", "Bullied by peers (online group chat) is SAFE-EXP for the child.")])
N("Z013-A-green",
  "Hayley's mum in Leeds is in an abusive relationship and Hayley spends hours on the phone supporting her, which "
  "she says wears her out. Hayley has never had DV in her own relationships.",
  [],
  [("outside", "DA", "The grandmother lives in Leeds, outside the household (conv 6)."),
   ("negated", "DA", "Hayley has never experienced DV."),
   ("not-coded", "MH-ADULT", "'Wears her out' is not a described mental-health need.")])
N("Z013-C-green",
  "Hayley's mum Brenda has left her partner and moved in with Hayley and Poppy. She has a non-mol against him and "
  "he keeps ringing the landline.",
  ["DA"],
  [("convention", "DA", "Brenda is now a household member and the harassment continues: DA present.")])

# ---------------------------------------------------------------- Z014
# Rachel, Steve (drinks), Lucas (6), Grace (3).
N("Z014-A-orange",
  "Steve (dad, lives at home) drinking 2-3 bottles of wine a night. Rachel called police twice in August - he smashed "
  "plates and pinned her against the fridge. Steve now engaging with Millbrook Recovery. DASH medium.",
  ["SUB", "DA"],
  [("convention", "CRIME", "Police call-outs for the partner's abuse are DA only (conv 7).")])
N("Z014-A-yellow",
  "1) Grace (3) only going to 1 of her 3 funded nursery sessions, speech mostly single words. 2) Lucas (6) wets "
  "the bed most nights.",
  ["EYD", "PH"],
  [("convention", "EYD", "Under-5 nursery take-up and speech are EYD (conv 9)."),
   ("convention", "PH", "Bedwetting at school age is PH (conv 9).")])
N("Z014-C-yellow",
  "Steve 12 weeks sober and still going to the Millbrook Recovery group. He is also on the Steering Change "
  "programme; Rachel has her own support worker and says she feels safer.",
  ["SUB", "DA"],
  [("convention", "SUB", "Ongoing alcohol service codes SUB despite sobriety (conv 4)."),
   ("convention", "DA", "Perpetrator programme ongoing (conv 4).")])

# ---------------------------------------------------------------- Z015
# Natalie, Craig (excluded), Kaden (9).
N("Z015-A-orange",
  "Occupation order granted 20/06 excluding Craig from the house on Birch Close, with a non-mol alongside. Craig (now "
  "at his mum's) turned up drunk 01/07 - police attended and arrested him for the breach. IDVA involved, heard at MARAC.",
  ["DA"],
  [("outside", "SUB", "Craig's drinking: he no longer lives in the household (conv 6)."),
   ("convention", "CRIME", "Breach arrest is DA only (conv 7).")])
N("Z015-A-yellow",
  "Kaden (9) in isolation 5 times this half term for swearing at staff and throwing chairs; school have warned a "
  "suspension is likely. Nat thinks he's angry about his dad going.",
  ["EDU-EXC"],
  [("not-coded", "MH-CHILD", "Mum's view that he is 'angry' is not described as an emotional-wellbeing need.")])
N("Z015-C-yellow",
  "Kaden on a pastoral support plan, no suspension so far, one isolation this term. Natalie has completed Wildflower "
  "and now volunteers as a peer mentor for the group.",
  ["EDU-EXC"],
  [("historical", "DA", "Recovery programme completed; volunteering is not a need.")])

# ---------------------------------------------------------------- Z016
# Marek (cancer), Ania, Tomasz (14) young carer.
N("Z016-A-green",
  "DV/DA - nil known. Marek (dad) having chemo at the General for bowel cancer. Ania has dropped her hours to take "
  "him to his appointments.",
  ["PH"],
  [("negated", "DA", "'DV/DA - nil known'."),
   ("not-coded", "FIN", "Reduced hours alone is not a described money problem (conv 5).")])
N("Z016-A-yellow",
  "Tomasz (14) cooking tea, taking Zosia (8) to school and helping his dad, who is weak from the chemo, to the toilet "
  "at night. YC assessment requested. ESA claim for Marek delayed 8 weeks; £380 behind on gas & electric.",
  ["CARER", "FIN", "PH"],
  [("convention", "FIN", "ESA named with a described delay and energy arrears: FIN (conv 5)."),
   ("convention", "PH", "Dad's chemo/weakness is named here; PH from that, not from the ESA name (conv 5).")])
N("Z016-C-yellow",
  "Marek has finished chemo and scans are clear. Tomasz still does more at home than most 14 yr olds but is now with "
  "Wharfside Young Carers and went on their summer trip.",
  ["CARER"],
  [("historical", "PH", "Treatment finished, scans clear.")])

# ---------------------------------------------------------------- Z017
# Shauna, ex Jordan, Riley (10), Mia (7) - post-separation abuse.
N("Z017-A-orange",
  "Since they split in January Jordan uses handovers to scream at Shauna in front of the kids, has put her address on "
  "Facebook and has reported her to social care 4 times with made-up allegations (all NFA). Shauna applying for a "
  "non-mol; Cafcass involved in the child arrangements case. IDVA since March.",
  ["DA"],
  [("convention", "REL-CONF", "Post-separation arguments and the contact case are part of the abuse: DA only (conv 8).")])
N("Z017-A-yellow",
  "Riley (10) says he's scared to go to contact. Mia (7) gets tummy aches every Monday before school - GP found nothing "
  "physical and thinks it's worry. EHW doing direct work with both.",
  ["MH-CHILD"],
  [("negated", "PH", "GP found no physical cause."),
   ("not-coded", "DA", "No abuse described in this box (conv 1).")])
N("Z017-C-orange",
  "Non-mol granted for 12 months. Jordan breached it by messaging Shauna through Riley's tablet - reported to police. "
  "Court has ordered supervised contact at the contact centre.",
  ["DA"],
  [("not-coded", "SAFE-EXP", "Ex using the child's tablet to reach mum is DA, not an online-safety issue for the child.")])

# ---------------------------------------------------------------- Z018
# Amy & Jon - arguments, police called, not DA.
N("Z018-A-yellow",
  "Neighbour called police 22/03 about shouting. Officers attended - both parents calm, no injuries, no offences, "
  "nothing to suggest DA; logged as a verbal argument. Amy and Jon say the rows have been frequent since Jon went onto "
  "nights. Both keen on RPC sessions.",
  ["REL-CONF"],
  [("negated", "DA", "Police found nothing to suggest DA: REL-CONF (conv 8)."),
   ("convention", "CRIME", "Police call-out about parents' argument with no offence is not CRIME (conv 7)."),
   ("convention", "FIN", "Night shifts are not FIN (conv 5).")])
N("Z018-A-green",
  "Leo (4) starts Reception in Sept; nursery say he isn't toilet trained and finds it really hard to leave mum. "
  "School readiness plan agreed with nursery.",
  ["EYD"],
  [("convention", "EYD", "Under-5 toileting and school readiness are EYD (conv 9).")])
N("Z018-C-blue",
  "Amy and Jon finished the RPC sessions. They say rows are rare now and they use their 'time out' plan if things "
  "get heated.",
  ["REL-CONF"],
  [("convention", "REL-CONF", "Blue box, conflict still occurring rarely and managed with a plan: present (conv 3).")])

# ---------------------------------------------------------------- Z019
# Kerry-Ann (LD), boyfriend Wayne, Bailey (5).
N("Z019-A-yellow",
  "Kerry-Ann (29) has a mild learning disability. Her boyfriend Wayne (not on the tenancy but stays most nights) goes "
  "with her to draw her money out and keeps it; she has to ask him for meter money and he gets angry when she does. "
  "Often out of gas by Thursday and Bailey (5) told school there was 'no tea' twice last week. Advocacy referral made.",
  ["PH", "DA", "FIN", "SAFE-NEG"],
  [("convention", "PH", "Judgement: a parent's learning disability is a disability of a family member (PH)."),
   ("convention", "DA", "Partner controlling her money and angry when asked: economic abuse."),
   ("convention", "SAFE-NEG", "Child with no tea is SAFE-NEG; fuel poverty is FIN (conv 10).")])
N("Z019-A-orange",
  "Police welfare check 18/10 after Kerry-Ann's mum hadn't heard from her in 4 days. Found with a black eye, said she "
  "walked into a door. DASH attempted, she declined to answer; police referred to MARAC on professional judgement.",
  ["DA"],
  [("convention", "CRIME", "A police welfare check is not CRIME (conv 7)."),
   ("partial", "DA", "Her explanation does not negate: MARAC referral for suspected DA is present.")])
N("Z019-C-yellow",
  "Wayne moved to Derby in January - no contact since and MARAC has closed. Kerry-Ann's mum is now appointee for her "
  "benefits and she hasn't run out of gas since.",
  [],
  [("historical", "DA", "Ended, no contact since, MARAC closed (conv 3)."),
   ("historical", "FIN", "Fuel problem over ('hasn't run out since')."),
   ("not-coded", "FIN", "Appointee arrangement alone is not a money problem (conv 5).")])

# ---------------------------------------------------------------- Z020
# Ian (male victim), Lisa, Charlie (12).
N("Z020-A-orange",
  "Ian disclosed that Lisa (mum) has thrown things at him, bitten his hand and hides his phone and car keys so he "
  "can't leave. DASH 12; referred to the male victims' IDVA. Lisa denies all of it and says Ian's the problem.",
  ["DA"],
  [("partial", "DA", "Male victim; the alleged perpetrator's denial does not negate the disclosure.")])
N("Z020-A-yellow",
  "Lisa drinks most days - 'a few cans to unwind' - AUDIT 18. She's agreed to a referral to the drug and alcohol service.",
  ["SUB"])
N("Z020-C-orange",
  "Ian and the children are staying at his parents' in Castlegate. Lisa sees the kids at a family centre. Her "
  "solicitor has applied for a CAO and the IDVA is helping Ian with a non-mol application.",
  ["DA"],
  [("convention", "REL-CONF", "Contact proceedings in the context of abuse and a non-mol application: DA only (conv 8)."),
   ("not-coded", "HOUS", "Staying with grandparents is not described as a housing problem.")])

# ---------------------------------------------------------------- Z021
# Roxanne - refuge in 2023, now money problems.
N("Z021-A-blue",
  "Roxanne and the girls came to Castlegate from a refuge in 2023 and she says that time is 'behind us'. Their dad is "
  "in prison until 2031 and has no contact.",
  [],
  [("historical", "DA", "Refuge stay in 2023, no contact: past and ended."),
   ("historical", "HOUS", "Refuge accommodation was in 2023.")])
N("Z021-A-yellow",
  "Roxanne lost her job at the care home in August. First UC payment was docked to pay back the advance and she's "
  "been to the food bank twice.",
  ["FIN"])
N("Z021-C-blue",
  "Roxanne started at the bakery, 16 hrs, with UC topping up. Still paying back £15 a week on the advance and keeping "
  "to the budget the Money Hub set up with her.",
  ["FIN"],
  [("convention", "FIN", "Repaying the advance is managing a money problem in a blue box (conv 3); UC top-up alone would not be FIN (conv 5).")])

# ---------------------------------------------------------------- Z022
# Shannon (17), Lacey (4 months), Julie; ex Tyrone.
N("Z022-A-yellow",
  "Shannon (17) left sixth form when she got pregnant and isn't in any education or work; keen on hair & beauty at "
  "college in Sept. Lacey (4 months) - HV concerned about her weight gain, dropped to the 9th centile.",
  ["EDU-NEET", "PH"],
  [("convention", "FIN", "16+ NEET is EDU-NEET only (conv 11).")])
N("Z022-A-orange",
  "Shannon's ex Tyrone (19) kicked in Julie's front door 02/11 when Shannon wouldn't let him see Lacey. Police attended "
  "and arrested him. He's been sending threats on Snapchat since. DASH high, MARAC referral made.",
  ["DA"],
  [("convention", "CRIME", "Ex-partner's offences against Shannon are DA only (conv 7).")])
N("Z022-C-yellow",
  "Shannon has a place on the hair & beauty course at Wharfside College from September and the college nursery will "
  "take Lacey. Tyrone moved to Birmingham in Feb, no contact since, and MARAC has closed the case.",
  ["EDU-NEET"],
  [("historical", "DA", "No contact since Feb and MARAC closed (conv 3)."),
   ("convention", "EDU-NEET", "Judgement: still not in education until the course starts in September, so EDU-NEET (at risk) remains present.")])

# ---------------------------------------------------------------- Z023
# Gavin (veteran PTSD), Claire.
N("Z023-A-yellow",
  "Gavin (dad) has PTSD from his time in the army and is under the veterans' mental health team. He gets short "
  "tempered and he and Claire row, but Claire is clear he has never been violent or controlling and says she'd leave "
  "if he ever was.",
  ["MH-ADULT", "REL-CONF"],
  [("negated", "DA", "Never violent or controlling."),
   ("hypothetical", "DA", "'She'd leave if he ever was' is hypothetical.")])
N("Z023-A-orange",
  "Gavin on a community order with probation after a road rage assault on another driver in May. He has lost his job "
  "as a delivery driver and the mortgage is 2 months behind.",
  ["CRIME", "FIN"],
  [("convention", "DA", "Assault on a stranger is CRIME, not DA; adult on probation is CRIME (conv 7)."),
   ("not-coded", "HOUS", "Mortgage arrears without possession action are FIN.")])
N("Z023-C-yellow",
  "Community order ends in May; still seeing probation fortnightly. Gavin has warehouse work now and the mortgage "
  "arrears are on a 12-month arrangement.",
  ["CRIME", "FIN"])

# ---------------------------------------------------------------- Z024
# Jodie, Kieran (14); ex Rob stalking.
N("Z024-A-orange",
  "Jodie's ex Rob (not Kieran's dad) has been stalking her since she ended it in April - driving past the house, and a "
  "GPS tracker was found on her car in Sept. Police investigating stalking; DASH 18; MARAC 10/10. Sanctuary scheme "
  "referral done.",
  ["DA"],
  [("convention", "CRIME", "Ex-partner's stalking of Jodie is DA only (conv 7).")])
N("Z024-A-yellow",
  "Rob messaged Kieran (14) on Instagram asking where his mum works now; Kieran blocked him and told school. Kieran "
  "won't go out in case Rob is about and staff say he's become withdrawn.",
  ["DA", "MH-CHILD"],
  [("convention", "DA", "Judgement: ex contacting the child to locate mum is the ex's abuse reaching the family (conv 6), DA."),
   ("not-coded", "SAFE-EXP", "Not grooming or exploitation of the child.")])
N("Z024-C-yellow",
  "Stalking protection order granted in December and Rob has kept to it so far. Sanctuary work done (new door, CCTV) "
  "and Jodie says she feels safe at home again.",
  ["DA"],
  [("convention", "DA", "Judgement: protective order in force and sanctuary measures current, so DA present (conv 4 read for orders/measures); contrast Z027-C-yellow.")])

# ---------------------------------------------------------------- Z025
# Lorraine, Phil (stepdad), Jake (16).
N("Z025-A-orange",
  "Jake (16) punched Phil (stepdad) in the face in a row about Jake smoking cannabis in his bedroom. Lorraine rang "
  "police; Jake was arrested for assault and is now on a referral order with YOS.",
  ["REL-PAR", "CRIME", "SUB"],
  [("convention", "DA", "Violence by a 16-year-old towards a parent figure is REL-PAR (+CRIME with police/YOS), not DA (conv 8).")])
N("Z025-A-yellow",
  "Jake dropped out of college in October and has nothing else lined up. Smokes weed every day with his mates, says it "
  "chills him out.",
  ["EDU-NEET", "SUB"],
  [("convention", "FIN", "Young person NEET is EDU-NEET only (conv 11).")])
N("Z025-C-yellow",
  "Jake on a pre-apprenticeship at the motor skills centre 3 days a week. Cannabis cut down to weekends. Referral "
  "order ends in April.",
  ["SUB", "CRIME"],
  [("historical", "EDU-NEET", "Now in training."),
   ("convention", "CRIME", "Referral order still running (conv 7).")])

# ---------------------------------------------------------------- Z026
# Becky, Logan (7), Summer (5), Jax (2) - neglect; historical DA.
N("Z026-A-red",
  "Strategy meeting 14/01 after school found out Logan (7) and Summer (5) had been left in charge of Jax (2) until "
  "10pm while Becky was out. Home conditions poor - dog mess in the kitchen, no working cooker, the childrens "
  "mattresses soiled. ICPC 04/02: all three on CP plans under neglect.",
  ["SAFE-NEG"])
N("Z026-A-orange",
  "Jax's dad Liam was MARAC'd in 2022 for DV against Becky; he's in prison and there has been no contact since 2023. "
  "Becky says she 'went to pieces' afterwards and now drinks 4-5 cans most nights 'to switch off'. Referred to the "
  "drug & alcohol service.",
  ["SUB"],
  [("historical", "DA", "MARAC 2022, no contact since 2023."),
   ("not-coded", "MH-ADULT", "'Went to pieces' refers to the past; no current mental-health need described.")])
N("Z026-A-yellow",
  "Summer (5) wetting herself at school most days. Logan's attendence 74%. Jax hasn't taken up his funded 2 year old "
  "nursery place.",
  ["PH", "EDU-ATT", "EYD"],
  [("convention", "PH", "Judgement: daytime wetting at school age treated like bedwetting at school age, PH (conv 9)."),
   ("convention", "EYD", "Under-5 nursery take-up is EYD (conv 9).")])
N("Z026-C-red",
  "Still on CP plans, 2nd review conference in June. Home much improved (new cooker and beds, dog rehomed) but "
  "supervision is still a worry - in May the kids were left with a 13 yr old neighbour.",
  ["SAFE-NEG"],
  [("partial", "SAFE-NEG", "Home conditions improved but supervision still a present neglect concern.")])

# ---------------------------------------------------------------- Z027
# Tasha, Dan (current partner), Bella (10), Archie (1); ex Marcus.
N("Z027-A-yellow",
  "Tasha and Dan (Archie's dad) rowing about Dan's hours and who does the nights with Archie. Both call it 'normal "
  "couple stuff'; no fear, no control, and the EHW saw warm, relaxed interactions. Tasha's ex Marcus (Bella's dad) was "
  "abusive 2016-19.",
  ["REL-CONF"],
  [("negated", "DA", "Current relationship: no fear, no control."),
   ("historical", "DA", "Marcus's abuse described only as 2016-19 in this box (conv 1).")])
N("Z027-A-orange",
  "Marcus out of prison in August and has messaged Tasha's sister asking which school Bella goes to. Police aware; "
  "DASH 15 (high), MARAC 04/09. School alerted and Bella on password-only collection.",
  ["DA"])
N("Z027-C-yellow",
  "MARAC closed. Tasha still uses password collection and has the IDVA's number saved, but Marcus has made no further "
  "approach since September.",
  [],
  [("historical", "DA", "Judgement: 'no further approach since September' and MARAC closed (conv 3); retained precautions are 'managing', which counts only in blue/green boxes, and no order or service is current.")])

# ---------------------------------------------------------------- Z028
# Pauline (62), Terry (65), grandson Rhys (9) on SGO.
N("Z028-A-yellow",
  "Pauline (62) and Terry (65) are kinship carers for their grandson Rhys (9) under an SGO since 2022. Pauline told "
  "the EHW that Terry has always 'had a temper' but lately locks her out of the bank account and calls her stupid in "
  "front of Rhys. She is frightened to challenge him.",
  ["DA"],
  [("convention", "CARER", "Kinship carer is not CARER (conv 12)."),
   ("convention", "DA", "Older couple: financial control, degrading, fear - DA.")])
N("Z028-A-green",
  "Rhys (9) on SEN support for ADHD, meds through the paediatrician. Wetting the bed 2-3 nights a week.",
  ["EDU-SEND", "PH"],
  [("convention", "PH", "Bedwetting at school age is PH (conv 9).")])
N("Z028-C-orange",
  "Terry moved out to his brother's in Sept. Pauline applied for an occupation order and a non-mol, both granted. "
  "Older persons' IDVA still involved.",
  ["DA"],
  [("convention", "DA", "Orders granted and IDVA ongoing (conv 4).")])

# ---------------------------------------------------------------- Z029
# Abby, Demi (14), Brandon (18) - CSE not DA.
N("Z029-A-orange",
  "Demi (14) is in a 'relationship' with Brandon (18) who tells her what to wear and who she can talk to, and picks "
  "her up from school in his car. Police informed, CSE risk assessment medium, referred to the exploitation hub.",
  ["SAFE-EXP"],
  [("convention", "DA", "Judgement: controlling 'relationship' of a 14-year-old with an adult is exploitation/grooming, SAFE-EXP, not DA.")])
N("Z029-A-green",
  "Abby and Demi argue constantly about Brandon; Demi slams doors and calls her mum names. Abby feels she's 'losing her'.",
  ["REL-PAR"],
  [("convention", "REL-CONF", "Parent-child arguments are REL-PAR, not REL-CONF (conv 8).")])
N("Z029-C-orange",
  "Brandon charged with sexual activity with a child, bail conditions not to contact Demi. Demi still open to the "
  "exploitation hub and seeing an ISVA.",
  ["SAFE-EXP"],
  [("outside", "CRIME", "Brandon's offence: he is outside the household (conv 6).")])

# ---------------------------------------------------------------- Z030 (unboxed notes)
N("Z030-A-note",
  "Call from Rosie's school DSL: Rosie (6) said daddy 'squeezed mummy's neck' at the weekend. Marta (mum) seen at "
  "school, confirms it happened; dad still living at home. Police informed, DASH high, MARAC referral made. EH worker "
  "to visit jointly with the IDVA tomorrow.",
  ["DA"],
  [("convention", None, "Unboxed: highest current cue is police/MARAC, orange (conv 2).")],
  note_level="orange")
N("Z030-C-note",
  "Closure summary - Marta and Rosie moved into a refuge in another authority in December; case handed over to that "
  "area's early help team. Nothing further for us.",
  ["DA", "HOUS"],
  [("convention", "DA", "Judgement: living in a refuge (a DA service) is a current DA need (conv 4)."),
   ("convention", "HOUS", "Refuge is temporary accommodation."),
   ("convention", None, "Unboxed: highest current cue is an early help team, yellow (conv 2).")],
  note_level="yellow")

# ---------------------------------------------------------------- Z031 (unboxed notes)
N("Z031-A-note",
  "HV new birth visit. Chantelle and baby Leon well, breastfeeding going fine. Chantelle mentioned a previous partner "
  "was violent (MARAC in 2021) but she's 'been free of him 4 years' and her current partner is supportive; routine DA "
  "enquiry negative. Her mood is low in the evenings - EPDS 13. HV to repeat in 2 wks and has flagged to GP.",
  ["MH-ADULT"],
  [("historical", "DA", "Violent ex, MARAC 2021, free of him for 4 years."),
   ("negated", "DA", "Routine enquiry negative."),
   ("convention", None, "Judgement: the 2021 MARAC is not a current cue; the note's current cues are HV/GP, so green (conv 2 read with the status rules).")],
  note_level="green")
N("Z031-C-note",
  "HV contact: Chantelle still on a low dose of sertraline from the GP, EPDS down to 7, Leon gaining well. Moving to "
  "universal HV offer.",
  ["MH-ADULT"],
  [("convention", "MH-ADULT", "Ongoing antidepressant treatment codes MH-ADULT (conv 4)."),
   ("convention", None, "Unboxed: HV/GP only, green (conv 2).")],
  note_level="green")

# ---------------------------------------------------------------- Z032 (unboxed notes)
N("Z032-A-note",
  "Dad (Kev) rang the EH duty line. His son Mikey (13) threatened him with a kitchen knife last night after his phone "
  "was taken off him; police came out and Mikey was arrested and bailed. Kev says there has never been DV between him "
  "and Mikey's mum, they split amicably in 2020. Mikey has ASD and an EHCP.",
  ["REL-PAR", "CRIME", "EDU-SEND"],
  [("convention", "DA", "Child-to-parent violence is REL-PAR + CRIME (police), not DA (conv 8)."),
   ("negated", "DA", "Never DV between the parents."),
   ("historical", "REL-CONF", "Amicable separation in 2020, no current conflict."),
   ("convention", None, "Unboxed: police arrest is the highest cue, orange (conv 2).")],
  note_level="orange")
N("Z032-C-note",
  "Mikey completed his referral order with YOS and both parents went to the NVR group; they say there's been no violence "
  "since November. Mikey still at Oakfield School with his EHCP, SENCo reviewing it in June.",
  ["EDU-SEND"],
  [("historical", "CRIME", "Referral order completed."),
   ("historical", "REL-PAR", "No violence since November, NVR group finished."),
   ("convention", None, "Judgement: the completed YOS order and NVR group are not current cues; current cue is school/SENCo, green (conv 2).")],
  note_level="green")


# ====================================================================== writing
LEVELS = ["blue", "green", "yellow", "orange", "red"]


def write_csv(path, header, rows):
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(header)
    for r in rows:
        w.writerow(r)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def main():
    nrows, grows = [], []
    traps = OrderedDict()
    seen = set()
    for n in NARRATIVES:
        nid = n["nid"]
        assert nid not in seen, nid
        seen.add(nid)
        case_id, st, box = nid.split("-")
        triage_id = case_id + "-" + st
        stage = {"A": "assessment", "C": "closure"}[st]
        loc, adate, cdate = CASES[case_id]
        date = adate if st == "A" else cdate
        if box == "note":
            level = ""
            glevel = n["note_level"]
        else:
            level = box
            glevel = box
            assert n["note_level"] is None, nid
        assert glevel in LEVELS, nid
        assert "\n" not in n["text"] and "\r" not in n["text"], nid
        nrows.append([nid, triage_id, case_id, stage, date, level, loc, n["text"]])
        assert len(set(n["codes"])) == len(n["codes"]), nid
        for c in n["codes"]:
            grows.append([nid, c, glevel])
        if n["traps"]:
            traps[nid] = n["traps"]
    write_csv(os.path.join(OUT, "narratives.csv"),
              ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"], nrows)
    write_csv(os.path.join(OUT, "gold.csv"), ["narrative_id", "code", "level"], grows)
    with open(os.path.join(OUT, "traps.json"), "w", encoding="utf-8", newline="") as f:
        f.write(json.dumps(traps, ensure_ascii=False, indent=1).replace("\n", "\r\n") + "\r\n")

    cases = {r[2] for r in nrows}
    triages = {r[1] for r in nrows}
    notes = sum(1 for r in nrows if r[5] == "")
    empty = sum(1 for n in NARRATIVES if not n["codes"])
    print("narratives: %d (boxed %d, unboxed notes %d) from %d cases, %d triages"
          % (len(nrows), len(nrows) - notes, notes, len(cases), len(triages)))
    print("narratives with no gold rows: %d" % empty)
    print("gold rows: %d" % len(grows))
    print("trap notes: %d on %d narratives" % (sum(len(v) for v in traps.values()), len(traps)))
    cc = Counter(r[1] for r in grows)
    print("codes: " + ", ".join("%s %d" % (k, cc[k]) for k in sorted(cc)))
    lc = Counter(r[2] for r in grows)
    print("gold levels: " + ", ".join("%s %d" % (k, lc[k]) for k in LEVELS))
    sc = Counter(r[3] for r in nrows)
    print("stages: " + ", ".join("%s %d" % kv for kv in sorted(sc.items())))


if __name__ == "__main__":
    main()
