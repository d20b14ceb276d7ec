#!/usr/bin/env python3
"""Blind gold set z101: a city council's Early Help front door (duty desk), 2025-26.

Mostly unboxed duty-desk case notes (empty level, ids like Z002-A-note) plus some
boxed triage narratives. Written from /work/shared/taxonomy.md only.

Each narrative is declared once with N(...):
  N(narrative_id, date, locality, text, codes, cue=None, traps=())
- codes: the PRESENT issue codes (gold rows).
- cue:   unboxed notes only: (quoted cue phrase from the text, level). The note's gold
         level is the single highest CURRENT level cue in its text (convention 2).
- traps: list of (type, code, note) explaining tricky decisions.

Writes narratives.csv, gold.csv, traps.json (UTF-8, no BOM, CRLF) and prints counts.
Python 3 standard library only.
"""
import csv
import io
import json
import os
import re
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
LEVELS = ["blue", "green", "yellow", "orange", "red"]

NARRATIVES = []  # list of dicts


def N(nid, date, locality, text, codes, cue=None, traps=()):
    NARRATIVES.append(dict(id=nid, date=date, locality=locality, text=" ".join(text.split()),
                           codes=list(codes), cue=cue, traps=list(traps)))


# ---------------------------------------------------------------------------
# Z001  boxed  Wexcombe  (police DA notification, under-5s, postnatal low mood)
# ---------------------------------------------------------------------------
N("Z001-A-green", "2025-04-14", "Wexcombe",
  """Mia (4) at Little Acorns nursery 30 hrs. Keyworker says she has very few words in setting,
  mostly points and pulls adults by the hand, and is still in nappies all day. HV booked to do a
  home visit re her development next wk.""",
  ["EYD"])
N("Z001-A-yellow", "2025-04-14", "Wexcombe",
  """Leanne (mum, 26) says she has been 'at rock bottom' since baby Jax was born in Jan, GP started
  her on sertraline 3 wks ago. No set bedtime for Mia, often up till 11pm on the tablet next to
  mum. EHW to do routines work and a bedtime plan with Leanne.""",
  ["MH-ADULT", "REL-PAR"],
  traps=[("convention", "REL-PAR", "Late bedtime of an under-5 described as lack of routine = parenting routines (REL-PAR); no sleep disorder described, so PH not added (conv 9 only moves sleep problems to PH at school age).")])
N("Z001-A-orange", "2025-04-14", "Wexcombe",
  """PPN 11/04: police called to the address at 02:10, Leanne's partner Dean smashed her phone and
  pushed her into the door frame while she was holding Jax, Mia saw it. Dean arrested for assault,
  bailed not to attend the address. DASH 15 - referred to MARAC, IDVA allocated.""",
  ["DA"],
  traps=[("convention", "CRIME", "Partner's assault/arrest against the adult victim is DA only, not CRIME (conv 7).")])
N("Z001-C-blue", "2025-10-02", "Wexcombe",
  """Dean moved to Hull after his bail ended, no contact with Leanne or the kids since July. Leanne
  doing Mia's bedtime at 7.30 with a visual chart she made herself, says most nights go fine, the
  odd battle.""",
  ["REL-PAR"],
  traps=[("historical", "DA", "Perpetrator gone, 'no contact since July' = over (conv 3)."),
         ("convention", "REL-PAR", "Blue box, family now managing bedtime with own chart, 'the odd battle' = present (conv 3).")])
N("Z001-C-green", "2025-10-02", "Wexcombe",
  """Mia now using 2-3 word phrases, nursery keyworker doing daily small group language work with
  her; dry in the day with the odd accident. Leanne still on sertraline from the GP, feels 'loads
  better'.""",
  ["EYD", "MH-ADULT"],
  traps=[("convention", "MH-ADULT", "Ongoing treatment (still on sertraline) codes its area (conv 4) even though mood is better.")])

# ---------------------------------------------------------------------------
# Z002  notes  Saltmarsh  (police notification DA)
# ---------------------------------------------------------------------------
N("Z002-A-note", "2025-04-22", "Saltmarsh",
  """PPN recieved from Saltmarsh NPT. Police attended 19/04 at 23:40 after a neighbour rang 999
  hearing screaming. Stacey (28) had a split lip, told officers her partner Ryan headbutted her
  during a row about money. Ryan arrested, bailed with conditions not to contact Stacey or attend
  the address. Lacey (6) and Mason (3) asleep upstairs. DASH medium, Stacey declined IDVA on the
  night. Checks: Holmfirth Rd Primary - Lacey 97%, no concerns; HV - Mason's checks all done,
  nothing outstanding. Plan: EHW to ring Stacey re DA support + consent for EHA.""",
  ["DA"], cue=("Police attended", "orange"),
  traps=[("convention", "REL-CONF", "The 'row about money' is part of the assault = DA only (conv 8)."),
         ("convention", "CRIME", "Arrest of partner for the DV is DA only (conv 7)."),
         ("not-coded", "FIN", "'row about money' describes no money problem."),
         ("negated", "EDU-ATT", "School: 97%, no concerns."),
         ("negated", "EYD", "HV: checks all done, nothing outstanding.")])
N("Z002-C-note", "2025-07-30", "Saltmarsh",
  """Closing. Stacey worked with EHW (Marcia) for 8 wks and finished the Freedom Programme at the
  Family Hub in June. Ryan's bail ended and he moved back to his mum's in Wexcombe, no contact with
  Stacey or the children since May. Stacey says they're all doing well, Lacey settled. She knows
  she can come back through the front door. Closed - no current concerns.""",
  [],
  traps=[("historical", "DA", "Freedom Programme finished, no contact since May: over (conv 3); conv 4 only codes an ongoing service. No gold rows, so no level needed.")])

# ---------------------------------------------------------------------------
# Z003  notes  Brindley Park  (parent phone call, blue)
# ---------------------------------------------------------------------------
N("Z003-A-note", "2025-04-29", "Brindley Park",
  """Call from Marcus (dad). Alfie (11) on his Xbox till gone 1am most nights and kicks off -
  swearing, slammed his bedroom door so hard it came off the hinge - when Marcus or his partner Jo
  try to turn it off. They want advice re boundaries. Talked through a family agreement on gaming
  time and the console's timer settings, emailed the parenting tips pages off the council website
  + Family Lives helpline no. Marcus says his brother went through the same with his lad so he'll
  lean on him. Nothing else raised. Signposted, NFA.""",
  ["REL-PAR"], cue=("emailed the parenting tips pages", "blue"),
  traps=[("convention", "PH", "Staying up gaming and refusing to switch off is framed as boundaries (REL-PAR); no sleep difficulty is described, so PH not added."),
         ("not-coded", "SAFE-EXP", "Gaming time only; no online-safety concern described."),
         ("outside", "REL-PAR", "Brother's son 'went through the same' is outside the household (conv 6)."),
         ("level", "", "No universal or extra service named: information/signposting + own network = blue (conv 2).")])
N("Z003-C-note", "2025-05-20", "Brindley Park",
  """Rang Marcus back as arranged. Console now goes off at 9.30 on weeknights using the timer,
  Alfie sulked and there were a couple of blow-ups the first week but it's calmer now. Marcus has
  kept the Family Lives number. Closing.""",
  ["REL-PAR"], cue=("using the timer", "blue"),
  traps=[("convention", "REL-PAR", "Family now managing the boundary itself with recent blow-ups = present at blue (conv 3 'now managing')."),
         ("level", "", "Family acting on the information given; no service cue = blue.")])

# ---------------------------------------------------------------------------
# Z004  notes  Cottam Vale  (HV email, postnatal low mood, green)
# ---------------------------------------------------------------------------
N("Z004-A-note", "2025-05-02", "Cottam Vale",
  """Email from HV (Cottam Vale 0-19 team). Priya (33), first baby Anaya (5 wks). Priya very
  tearful at the new birth visit, EPDS 14, says she feels 'like a failure'. HV has booked her in
  with the GP this week and will do listening visits. Anaya feeding well and gaining. Dad Rohan
  back at work (shifts at the hospital), no money worries. Routine enquiry - no DA. HV only
  wanted local baby group info, sent the Family Hub timetable. NFA for EH, universal services to
  continue.""",
  ["MH-ADULT"], cue=("HV", "green"),
  traps=[("negated", "FIN", "'no money worries'; working shifts is not FIN (conv 5)."),
         ("negated", "DA", "Routine enquiry - no DA."),
         ("not-coded", "EYD", "Baby feeding well and gaining: good news, no need stated (conv 3)."),
         ("level", "", "Highest cue HV/GP = green; 'NFA for EH' means no EH worker.")])
N("Z004-C-note", "2025-06-10", "Cottam Vale",
  """HV update by phone: GP started Priya on sertraline 2 wks ago, she's going to baby massage on
  Tuesdays and says she feels more like herself. No role for EH, closed.""",
  ["MH-ADULT"], cue=("GP", "green"),
  traps=[("convention", "MH-ADULT", "Ongoing antidepressant treatment codes MH-ADULT (conv 4).")])

# ---------------------------------------------------------------------------
# Z005  boxed  Saltmarsh  (school referral, young carer, mum MS, s21)
# ---------------------------------------------------------------------------
N("Z005-A-green", "2025-05-06", "Saltmarsh",
  """Kian (13, Y8) at Saltmarsh Academy - attendence 79% this year, late most Mondays. HoY says he
  looks tired in lessons.""",
  ["EDU-ATT"])
N("Z005-A-yellow", "2025-05-06", "Saltmarsh",
  """Since mum Rachel's MS got worse Kian does most of the cooking, helps her with her meds and
  picks up his sister Poppy (7) from school. Referred to Saltmarsh Young Carers. Rachel's PIP is
  being reviewed and they're £600 behind on gas + electric.""",
  ["CARER", "PH", "FIN"],
  traps=[("convention", "FIN", "FIN from the energy arrears and the PIP review (a benefit problem), not from the benefit name alone (conv 5).")])
N("Z005-A-orange", "2025-05-06", "Saltmarsh",
  """S21 notice served 01/05, landlord selling up. Rachel needs a ground floor property, struggling
  with the stairs and has had 2 falls. Poppy's dad Craig (lives in Leeds) was released from prison
  on licence in March - Rachel worried he might turn up at the school. He was never violent to
  her.""",
  ["HOUS", "PH"],
  traps=[("outside", "CRIME", "Craig lives in Leeds, outside the household: his licence is not coded (conv 6, conv 7 applies to household members)."),
         ("hypothetical", "SAFE-EXP", "Worry he 'might turn up' is hypothetical."),
         ("negated", "DA", "'never violent to her'.")])
N("Z005-C-green", "2025-12-01", "Saltmarsh",
  """Attendance 93% this half term, still a few lates that school are monitoring. Kian goes to the
  young carers group Weds after school and says it's 'the best bit of the week'.""",
  ["EDU-ATT", "CARER"],
  traps=[("partial", "EDU-ATT", "Improved but lates still monitored by school = present (green box, conv 3)."),
         ("convention", "CARER", "Ongoing young carers group codes CARER (conv 4).")])
N("Z005-C-yellow", "2025-12-01", "Saltmarsh",
  """Family moved to a HA bungalow in Oct. Energy arrears on a £25/month repayment plan set up with
  Citizens Advice.""",
  ["FIN"],
  traps=[("historical", "HOUS", "Rehoused in Oct: housing need over."),
         ("convention", "FIN", "Arrears still being repaid = present.")])

# ---------------------------------------------------------------------------
# Z006  notes  Wexcombe  (school attendance referral, yellow)
# ---------------------------------------------------------------------------
N("Z006-A-note", "2025-06-03", "Wexcombe",
  """Referral from Oakfield Primary attendance officer. Kacey (9) 81% and Brandon (7) 84% this yr,
  pattern of odd days and Mondays, mum (Toni) rings in with 'sickness'. Toni told school she gets
  bad migraines and some mornings can't get out of bed to do the school run. Toni consented to EH.
  Allocated to EHW Sam H for an EHA.""",
  ["EDU-ATT", "PH"], cue=("Allocated to EHW", "yellow"),
  traps=[("convention", "PH", "Parent's migraines are physical health of a family member (PH covers anyone).")])
N("Z006-C-note", "2025-11-18", "Wexcombe",
  """EHW closing summary. Autumn 1: Kacey up to 94%, Brandon 89% - still under the school's target
  so school will keep monitoring him. Toni saw the GP and has new preventative meds for the
  migraines which are helping. Both kids have breakfast club places. Closed.""",
  ["EDU-ATT", "PH"], cue=("EHW closing summary", "yellow"),
  traps=[("partial", "EDU-ATT", "Kacey improved but Brandon still below target and monitored = present."),
         ("convention", "PH", "Ongoing medication for migraines codes PH (conv 4)."),
         ("level", "", "Note written by the EHW about her own work: EH worker cue = yellow; GP/school are green.")])

# ---------------------------------------------------------------------------
# Z007  notes  Saltmarsh  (school refusal, CAMHS)
# ---------------------------------------------------------------------------
N("Z007-A-note", "2025-06-11", "Saltmarsh",
  """Email from pastoral lead, Saltmarsh Academy: Ellie (12, Y7) not in since May half term. Says
  she feels sick and panicky at the gate, has had a few panic attacks at home. Tried a
  mornings-only timetable, she managed 2 days. GP referred to CAMHS in May, still waiting for
  triage. Mum (Gemma) works full time and says she is 'at her wits end'. School requesting EH
  support.""",
  ["EDU-ATT", "MH-CHILD"], cue=("CAMHS", "orange"),
  traps=[("not-coded", "MH-ADULT", "Mum 'at her wits end' is not a described mental health need."),
         ("convention", "MH-CHILD", "Awaiting CAMHS codes MH-CHILD (conv 4) and is a current orange cue.")])
N("Z007-C-note", "2025-11-05", "Saltmarsh",
  """Closure. Ellie back full time since early Oct with a time-out card and a safe space at break.
  CAMHS saw her for 6 sessions of CBT over the summer and discharged her in Sept. Gemma says she
  still gets worked up on Sunday nights but uses her breathing app and talks to her form tutor.
  School happy to hold. Closed.""",
  ["MH-CHILD"], cue=("School happy to hold", "green"),
  traps=[("historical", "EDU-ATT", "Back full time since Oct: over."),
         ("partial", "MH-CHILD", "Anxiety on Sunday nights still present, managed with school support."),
         ("level", "", "CAMHS is mentioned only as a finished, discharged service, so it is not taken as a current cue; the current support is school (green). Judgement: a level cue must describe help in place now.")])

# ---------------------------------------------------------------------------
# Z008  notes  Brindley Park  (police arrest of young person)
# ---------------------------------------------------------------------------
N("Z008-A-note", "2025-07-01", "Brindley Park",
  """Police notification: officers called to Brindley Park parade 27/06, group of youths throwing
  stones at cars, Kyle (14) arrested for criminal damage, RUI. Mum (Lisa) collected him from
  custody. Lisa told officers he's 'out of control' at home, won't come in when told, swears at her
  and takes money from her purse. Kyle has ADHD and is on SEN support at Brindley High. No known
  gang links, no missing episodes.""",
  ["CRIME", "REL-PAR", "EDU-SEND"], cue=("arrested", "orange"),
  traps=[("negated", "SAFE-EXP", "'No known gang links, no missing episodes'."),
         ("convention", "CRIME", "Police call-out and arrest about the young person's own behaviour = CRIME (conv 7)."),
         ("convention", "EDU-SEND", "ADHD with SEN support at school = EDU-SEND.")])
N("Z008-C-note", "2025-12-09", "Brindley Park",
  """Closure summary. Kyle had a youth caution in Aug and finished his YOS programme in Nov, no
  police contact since. Lisa still going to the Weds parenting group at the Family Hub, says the
  curfew mostly holds now but there's still door slamming and the odd shouting match. Kyle doing
  ok at school per Lisa.""",
  ["REL-PAR"], cue=("still going to the Weds parenting group", "yellow"),
  traps=[("historical", "CRIME", "Caution in Aug, YOS finished in Nov, no police contact since: over (conv 3)."),
         ("partial", "REL-PAR", "Curfew mostly holds but door slamming/shouting continue = present."),
         ("level", "", "YOS and police appear only as finished/negated, so not current cues; current help is the parenting group = yellow.")])

# ---------------------------------------------------------------------------
# Z009  boxed  Brindley Park  (CCE, s47)
# ---------------------------------------------------------------------------
N("Z009-A-green", "2025-06-19", "Brindley Park",
  """Jordan says he smokes weed 'now and then' with his mates, most weekends, and vapes. Registered
  with GP, no health concerns.""",
  ["SUB"],
  traps=[("convention", "SUB", "Young person's cannabis use = SUB; vaping is not SUB (conv 12)."),
         ("negated", "PH", "'no health concerns'.")])
N("Z009-A-yellow", "2025-06-19", "Brindley Park",
  """Jordan (15) two suspensions this term, one for swearing at a teacher and one for a fight on the
  field. Kingsway School talking about a managed move if things don't settle.""",
  ["EDU-EXC"])
N("Z009-A-orange", "2025-06-19", "Brindley Park",
  """3 missing episodes since Easter, each time found in Cottam Vale with older lads. On 14/06
  police stop-searched him and found £300 cash and 12 wraps of crack cocaine. Arrested, RUI. CCE
  concerns, NRM referral being considered.""",
  ["SAFE-EXP", "CRIME"],
  traps=[("convention", "SUB", "Drugs found on an exploited child = SAFE-EXP + CRIME, not SUB (conv 12)."),
         ("outside", "CRIME", "The older lads are outside the household.")])
N("Z009-A-red", "2025-06-19", "Brindley Park",
  """Strategy meeting 17/06, s47 agreed re criminal exploitation. Mum Shannon says she can't cope -
  when she took his phone he shoved her into the wall and punched a hole in the door.""",
  ["SAFE-EXP", "REL-PAR"],
  traps=[("convention", "DA", "Child-to-parent violence = REL-PAR, not DA; no police/youth justice for this incident so no CRIME (conv 8).")])
N("Z009-C-yellow", "2026-02-10", "Brindley Park",
  """Jordan on a managed move to Kingfisher Academy, part time timetable 4 days/wk. YOS - 9 month
  referral order for the possession offence, seeing his YOS worker weekly.""",
  ["EDU-EXC", "EDU-ATT", "CRIME"],
  traps=[("convention", "EDU-ATT", "Part-time timetable is EDU-ATT; managed move is EDU-EXC."),
         ("convention", "CRIME", "Referral order/YOS = CRIME (conv 7); box level yellow applies (conv 2).")])
N("Z009-C-blue", "2026-02-10", "Brindley Park",
  """No missing episodes since Sept. Shannon says they still clash over his curfew but she now
  walks away and they talk it through later, she's found a Facebook group for parents of teens
  really helpful.""",
  ["REL-PAR"],
  traps=[("historical", "SAFE-EXP", "'No missing episodes since Sept' = over (conv 3)."),
         ("convention", "REL-PAR", "Blue box: parent-child clashes being managed = present.")])

# ---------------------------------------------------------------------------
# Z010  notes  Cottam Vale  (ED contact, strategy meeting, red)
# ---------------------------------------------------------------------------
N("Z010-A-note", "2025-07-15", "Cottam Vale",
  """Contact from Cottam General ED. Oscar (7 mths) brought in with a skull fracture after rolling
  off the sofa, found on the floor by dad; parents say they had both fallen asleep. Paramedics
  describe the flat as freezing and filthy, dirty bottles and nappies everywhere, no formula in.
  Strategy meeting held 14/07, s47 started, CSC Assessment Team leading. Mum Chloe (19) is a care
  leaver, partner Jack (22) has a conviction for assault from 2021, not DA related, nothing
  since. EH front door to close once CSC confirm allocation.""",
  ["SAFE-NEG", "PH"], cue=("Strategy meeting", "red"),
  traps=[("convention", "SAFE-NEG", "Lack of supervision, home conditions and no formula (no food for the baby) = SAFE-NEG (conv 10)."),
         ("convention", "PH", "Skull fracture = physical injury/health of a family member."),
         ("historical", "CRIME", "Jack's 2021 assault conviction, nothing since: historical."),
         ("not-coded", "", "'care leaver' is not an issue code.")])
N("Z010-C-note", "2025-09-30", "Cottam Vale",
  """Front door closure. s47 completed, Oscar open to CSC on a child in need plan, SW Dionne A. The
  CIN plan covers supervision and home conditions; Portage referral made as Oscar isn't sitting
  unaided yet. No role for EH at this time.""",
  ["SAFE-NEG", "EYD"], cue=("child in need plan", "red"),
  traps=[("convention", "SAFE-NEG", "CIN plan currently addressing supervision and home conditions = present."),
         ("convention", "EYD", "Under-5 motor development delay with Portage = EYD.")])

# ---------------------------------------------------------------------------
# Z011  notes  Wexcombe  (parent phone call, council tax debt, CAB)
# ---------------------------------------------------------------------------
N("Z011-A-note", "2025-08-05", "Wexcombe",
  """Phone call from mum, Natalie (41). Single parent of 3, her hours at the care home were cut in
  June and she's behind on council tax - had a court summons last wk. Asked about the food bank.
  Did a food bank referral and booked her into the Citizens Advice money clinic at Wexcombe
  library 12/08, sent the council tax support form. Jake (15), Evie (12) and Lily (8) - no
  concerns raised, all in school. Her mum helps out with meals.""",
  ["FIN"], cue=("Citizens Advice", "yellow"),
  traps=[("negated", "", "Children: 'no concerns raised, all in school'."),
         ("not-coded", "SAFE-NEG", "Food bank = FIN; no hungry child or empty fridge described (conv 10)."),
         ("level", "", "Citizens Advice (+ food bank) = extra service, yellow; no orange cue, so several extra services still give yellow.")])
N("Z011-C-note", "2025-09-02", "Wexcombe",
  """Natalie rang: CAB have set up a payment plan for the council tax arrears and helped her claim
  council tax support. Not needed the food bank since Aug. Closing.""",
  ["FIN"], cue=("CAB", "yellow"),
  traps=[("partial", "FIN", "Food bank use over, but arrears still being paid off = FIN present.")])

# ---------------------------------------------------------------------------
# Z012  notes  Saltmarsh  (housing provider email, possession notice, NEET)
# ---------------------------------------------------------------------------
N("Z012-A-note", "2025-08-12", "Saltmarsh",
  """Email from tenancy sustainment officer, Saltmarsh Homes. Piotr Kowalski and family (4
  children) served a notice seeking possession, rent arrears £2,300. Piotr lost his job in April
  and the UC claim was stopped for a missed appointment. Eldest Wiktor (16) finished Y11 in June,
  no college or job lined up, spends all day in his room. Younger kids well cared for, house
  cluttered but clean. Asking for EH to help with 1) budgeting 2) getting Wiktor into something.""",
  ["HOUS", "FIN", "EDU-NEET"], cue=("notice seeking possession", "orange"),
  traps=[("convention", "EDU-NEET", "16-year-old with no education/training/job = EDU-NEET only for him (conv 11); FIN comes from Piotr's worklessness and arrears."),
         ("negated", "SAFE-NEG", "'well cared for, house cluttered but clean'.")])
N("Z012-C-note", "2026-01-20", "Saltmarsh",
  """EHW closing note. UC reinstated, arrears down to £900 and being taken at source. Saltmarsh
  Homes withdrew the notice in Oct. Piotr working at the distribution centre since Nov. Wiktor
  started a Level 1 construction course at Saltmarsh College in Jan.""",
  ["FIN"], cue=("EHW closing note", "yellow"),
  traps=[("historical", "HOUS", "Notice withdrawn in Oct: over."),
         ("historical", "EDU-NEET", "Wiktor now on a college course."),
         ("partial", "FIN", "Arrears of £900 still being repaid = present."),
         ("level", "", "The possession notice is mentioned only as withdrawn, so it is not a current orange cue; EHW = yellow.")])

# ---------------------------------------------------------------------------
# Z013  boxed  Cottam Vale  (under-5s, dad's drinking, overcrowding)
# ---------------------------------------------------------------------------
N("Z013-A-blue", "2025-07-08", "Cottam Vale",
  """Aisha's sisters live on the same street and help with childcare. Family go to library rhyme
  time every Fri.""",
  [],
  traps=[("not-coded", "", "Strengths only, no need stated (conv 3).")])
N("Z013-A-green", "2025-07-08", "Cottam Vale",
  """HV 2 yr review: Zofia (2) says about 10 words, no interest in the potty yet. Leo (6 mths)
  behind on immunisations - 8 and 12 wk jabs missed twice.""",
  ["EYD", "PH"])
N("Z013-A-yellow", "2025-07-08", "Cottam Vale",
  """Tomasz (dad) lost his warehouse job in June and is drinking most nights, Aisha says 6-8 cans.
  Agreed referral to Pathways (drug and alcohol service). UC claim made, 1st payment not till Aug,
  family using Cottam food bank.""",
  ["SUB", "FIN"])
N("Z013-A-orange", "2025-07-08", "Cottam Vale",
  """Family of 4 in a 1-bed flat over a shop, black mould in the bedroom, kids sleep in with
  parents. Landlord served s8 possession notice for £1,150 arrears.""",
  ["HOUS", "FIN"])
N("Z013-C-green", "2025-12-15", "Cottam Vale",
  """Leo's jabs all up to date now. Zofia at nursery 15 hrs, more words, nursery keeping an eye on
  her talking.""",
  ["EYD"],
  traps=[("historical", "PH", "Immunisations caught up: over."),
         ("partial", "EYD", "Speech still monitored by nursery = present.")])
N("Z013-C-yellow", "2025-12-15", "Cottam Vale",
  """Tomasz still seeing his Pathways worker every 2 wks, says he only drinks at weekends now.
  Moved to a 3-bed council house in Nov.""",
  ["SUB"],
  traps=[("convention", "SUB", "Ongoing drug and alcohol service codes SUB (conv 4)."),
         ("historical", "HOUS", "Rehoused in Nov: over.")])

# ---------------------------------------------------------------------------
# Z014  notes  Brindley Park  (SENCO referral, young carer)
# ---------------------------------------------------------------------------
N("Z014-A-note", "2025-09-16", "Brindley Park",
  """Referral from SENCO, Moorside Primary. Tyler (7) has global developmental delay, on SEN
  support, school are applying for an EHCP. Mum (Kerry) uses a wheelchair since a spinal injury.
  Older sister Mollie (10) helps get Tyler dressed and makes breakfast most days, told her teacher
  she's tired. School have put Mollie in a lunchtime club and will keep an eye. Kerry doesn't want
  EH at the moment. NFA - school to lead.""",
  ["EDU-SEND", "PH", "CARER"], cue=("SENCO", "green"),
  traps=[("convention", "CARER", "Child doing personal care/meals for a sibling = young carer even with no young carers service involved."),
         ("convention", "PH", "Mum's disability (wheelchair user) = PH."),
         ("level", "", "Only school/SENCO involved; EH declined = green.")])
N("Z014-C-note", "2025-12-02", "Brindley Park",
  """School update: LA agreed to assess Tyler for an EHCP. With Kerry's consent school have referred
  Mollie to Brindley Young Carers, first session next week. Closing at front door.""",
  ["EDU-SEND", "CARER"], cue=("Brindley Young Carers", "yellow"),
  traps=[("level", "", "Young carers service = one extra service, yellow (conv 2).")])

# ---------------------------------------------------------------------------
# Z015  notes  Cottam Vale  (missing child, police safeguarding)
# ---------------------------------------------------------------------------
N("Z015-A-note", "2025-09-22", "Cottam Vale",
  """Police notification. Skye (13) reported missing by dad (Andy) 20/09 at 22:00. Police attended
  and found her at 01:30 in Cottam rec with two older girls, Skye very drunk. Andy says it's the
  2nd time she's gone missing this month and he's found messages on her phone from a 19-yr-old
  male she met on TikTok. Skye also told officers girls in her year are bullying her on a group
  chat. Return home interview requested.""",
  ["SAFE-EXP", "SUB"], cue=("Police attended", "orange"),
  traps=[("convention", "CRIME", "Police finding a missing child is safeguarding, not CRIME (conv 7)."),
         ("convention", "SUB", "13-year-old very drunk = young person's alcohol misuse."),
         ("outside", "SAFE-EXP", "Older girls / the 19-year-old are outside the household; their effect on Skye (missing, grooming, bullying) is SAFE-EXP (conv 6)."),
         ("level", "", "Police attended (call-out) = orange; judged a call-out even though its purpose was safeguarding.")])
N("Z015-C-note", "2026-01-14", "Cottam Vale",
  """Closure. No missing episodes since Oct. Skye still seeing the Cottam Vale exploitation team
  youth worker fortnightly. School dealt with the group chat and the bullying has stopped per Skye.
  Andy thinks she still has a drink at weekends with friends sometimes.""",
  ["SAFE-EXP", "SUB"], cue=("exploitation team youth worker", "yellow"),
  traps=[("historical", "SAFE-EXP", "Missing episodes and bullying stopped, BUT the ongoing exploitation youth worker codes SAFE-EXP (conv 4), so SAFE-EXP is present."),
         ("partial", "SUB", "Still drinking at weekends at 13/14 = present."),
         ("level", "", "Exploitation youth worker = one extra service, yellow; not in the orange list.")])

# ---------------------------------------------------------------------------
# Z016  notes  Wexcombe  (GP email, dad's alcohol, bereaved child)
# ---------------------------------------------------------------------------
N("Z016-A-note", "2025-10-07", "Wexcombe",
  """Email from Dr Hussain, Wexcombe Health Centre. Steve (45) sole carer for Harvey (10) since
  Harvey's mum died in Jan. Steve disclosed drinking a bottle of vodka most days and wants help,
  GP has referred him to Wexcombe Recovery (drug and alcohol service). Harvey very withdrawn since
  his mum died, school say he cries in class. GP asks if EH can look at whether Harvey is taking on
  too much at home.""",
  ["SUB", "MH-CHILD"], cue=("drug and alcohol service", "yellow"),
  traps=[("hypothetical", "CARER", "GP only asks whether Harvey is doing too much; no caring role described."),
         ("convention", "CARER", "Dad as 'sole carer' is not CARER (conv 12).")])
N("Z016-C-note", "2026-02-03", "Wexcombe",
  """Closure. Steve 10 wks alcohol free, still sees his Recovery worker every week. EHW checked with
  Harvey - he makes his own packed lunch but no real caring role. Harvey started bereavement
  sessions with a Winston's Wish practitioner and seems brighter.""",
  ["SUB", "MH-CHILD"], cue=("EHW", "yellow"),
  traps=[("convention", "SUB", "Alcohol free but still in treatment: ongoing service codes SUB (conv 4)."),
         ("negated", "CARER", "'no real caring role'."),
         ("convention", "MH-CHILD", "Ongoing bereavement support codes the child's emotional wellbeing (conv 4).")])

# ---------------------------------------------------------------------------
# Z017  boxed  Wexcombe  (SEND, exclusion, CPV)
# ---------------------------------------------------------------------------
N("Z017-A-green", "2025-09-09", "Wexcombe",
  """Ethan (8) - EHCP needs assessment underway, SENCO at Wexcombe Juniors has put in 1:1 at lunch
  and break. On the waiting list for ASD assessment with community paeds.""",
  ["EDU-SEND"])
N("Z017-A-yellow", "2025-09-09", "Wexcombe",
  """At home Ethan hits, bites and kicks dad (Gary) when plans change, Gary says he's 'walking on
  eggshells'. EHW to do joint visits with Autism Outreach around routines and managing
  meltdowns.""",
  ["REL-PAR"],
  traps=[("convention", "DA", "Child-to-parent violence = REL-PAR, not DA (conv 8)."),
         ("not-coded", "MH-ADULT", "'walking on eggshells' is not a described mental health need.")])
N("Z017-A-orange", "2025-09-09", "Wexcombe",
  """3 day suspension after Ethan threw a chair at a TA, HT says another incident could mean
  permanent exclusion. Gary has had to give up his night shifts to collect Ethan at lunch, now on
  UC and rent arrears starting (£400).""",
  ["EDU-EXC", "FIN"],
  traps=[("convention", "FIN", "FIN from worklessness and arrears, not from 'UC' or shift work (conv 5).")])
N("Z017-C-green", "2026-03-04", "Wexcombe",
  """EHCP issued Jan 2026, staying at Wexcombe Juniors with full time support in place. No
  exclusions since Oct.""",
  ["EDU-SEND"],
  traps=[("historical", "EDU-EXC", "'No exclusions since Oct' = over (conv 3).")])
N("Z017-C-blue", "2026-03-04", "Wexcombe",
  """Gary back at work days, part time, paying £20/wk off the rent arrears.""",
  ["FIN"],
  traps=[("convention", "FIN", "Paying off arrears = now managing, present in a blue box (conv 3).")])

# ---------------------------------------------------------------------------
# Z018  notes  Saltmarsh  (parent call, toileting, blue)
# ---------------------------------------------------------------------------
N("Z018-A-note", "2025-10-14", "Saltmarsh",
  """Mum (Hannah) rang asking for tips on potty training Ralph (3) - still in nappies day and night
  and screams if the potty comes out. She wants him trained before the new baby arrives in Feb.
  Sent ERIC potty training guide and link to the Family Hub 'toilet ready' videos. Hannah's mum
  will help over half term. NFA, signposted.""",
  ["EYD"], cue=("signposted", "blue"),
  traps=[("convention", "EYD", "Under-5 toileting = EYD (conv 9)."),
         ("level", "", "Written guide + online videos + grandmother's help = information and own network, blue.")])
N("Z018-C-note", "2025-11-25", "Saltmarsh",
  """Follow up call to Hannah. She's been using the ERIC reward chart - Ralph dry in the day with a
  few accidents, still in a nappy at night. Hannah happy to carry on herself. Closed.""",
  ["EYD"], cue=("using the ERIC reward chart", "blue"),
  traps=[("partial", "EYD", "Improving but still in nappy at night = present, being managed by the family.")])

# ---------------------------------------------------------------------------
# Z019  notes  Brindley Park  (school DSL, suspensions, managed move)
# ---------------------------------------------------------------------------
N("Z019-A-note", "2025-10-21", "Brindley Park",
  """Referral from DSL at Brindley High. Reece (14, Y10) 5 suspensions since Sept (fighting,
  refusing to follow instructions), on a part-time timetable 9-12. Managed move to Westgate
  Academy agreed with mum (Sharon), starts 3/11. Sharon says there are no problems at home, he's 'a
  different lad' there. Older brother Connor (19, lives with his girlfriend in Wexcombe) known to
  police for drugs.""",
  ["EDU-EXC", "EDU-ATT"], cue=("Managed move", "orange"),
  traps=[("negated", "REL-PAR", "'no problems at home'."),
         ("outside", "CRIME", "Connor lives elsewhere: his police record is not coded (conv 6)."),
         ("outside", "SUB", "Connor's drugs: outside the household.")])
N("Z019-C-note", "2026-02-17", "Brindley Park",
  """Closure. Reece settled at Westgate since Nov, full timetable. Westgate SENCO has started a
  dyslexia screening as his reading is well behind. Sharon pleased, no EH needed.""",
  ["EDU-SEND"], cue=("SENCO", "green"),
  traps=[("historical", "EDU-EXC", "Settled at new school since Nov: over."),
         ("historical", "EDU-ATT", "Full timetable: over.")])

# ---------------------------------------------------------------------------
# Z020  notes  Cottam Vale  (CAB email, damp, asthma, fuel poverty)
# ---------------------------------------------------------------------------
N("Z020-A-note", "2025-11-04", "Cottam Vale",
  """Email from Cottam Vale Citizens Advice adviser. Latoya (30), Jayden (9), Mya (4) in a private
  rented flat with black mould in both bedrooms, landlord ignoring repair requests. Jayden's asthma
  much worse - 2 admissions since Sept, GP has written in support of a move. Latoya can't afford to
  put the heating on and has used the food bank twice. Adviser has referred to Environmental
  Health and asks for an EHW to support the family.""",
  ["HOUS", "PH", "FIN"], cue=("Citizens Advice", "yellow"),
  traps=[("convention", "FIN", "Fuel poverty and food bank = FIN (conv 10); no hungry child so no SAFE-NEG."),
         ("level", "", "Citizens Advice, Environmental Health and an EHW: all yellow-type cues; no orange cue present, so yellow.")])
N("Z020-C-note", "2026-03-03", "Cottam Vale",
  """EHW closure. Environmental Health served an improvement notice and the landlord finished the
  damp works in Jan. Jayden no admissions since Dec, GP asthma nurse has changed his inhaler.
  Latoya now gets the Warm Home Discount and Household Support Fund fuel vouchers, still finding
  the bills hard.""",
  ["PH", "FIN"], cue=("EHW closure", "yellow"),
  traps=[("historical", "HOUS", "Damp works finished: over."),
         ("partial", "PH", "Asthma still being treated (inhaler changed) = present."),
         ("convention", "FIN", "Fuel vouchers + 'still finding the bills hard' = FIN present.")])

# ---------------------------------------------------------------------------
# Z021  boxed  Saltmarsh  (self-harm, online grooming, parental arguments)
# ---------------------------------------------------------------------------
N("Z021-A-green", "2025-10-13", "Saltmarsh",
  """Amelia (14) told the school nurse she's been cutting her arms for a few months, school nurse
  seeing her weekly. GP aware and has seen her.""",
  ["MH-CHILD"])
N("Z021-A-yellow", "2025-10-13", "Saltmarsh",
  """Mum Claire and stepdad Paul argue a lot about how to handle Amelia, Paul wants her phone gone
  for good. Claire says the rows are loud but he's never been physical or controlling and she
  feels safe. Family Mediation referral offered.""",
  ["REL-CONF"],
  traps=[("negated", "DA", "'never been physical or controlling and she feels safe'."),
         ("convention", "REL-CONF", "Arguments between the adults = REL-CONF, not REL-PAR (conv 8).")])
N("Z021-A-orange", "2025-10-13", "Saltmarsh",
  """Amelia has been sending images to a man (30s) she met on Snapchat. Police informed, phone
  seized, CEOP referral. CAMHS accepted referral, 1st appt 03/11.""",
  ["SAFE-EXP", "MH-CHILD"],
  traps=[("outside", "CRIME", "The offender is outside the household; police action is safeguarding (conv 6, 7).")])
N("Z021-C-orange", "2026-03-20", "Saltmarsh",
  """Amelia still open to CAMHS, no self-harm she's disclosed since Jan. Police case ongoing, the man
  has been charged. Amelia has done online safety sessions with school and parental controls are
  on her phone.""",
  ["MH-CHILD", "SAFE-EXP"],
  traps=[("convention", "MH-CHILD", "Still open to CAMHS codes MH-CHILD (conv 4) although self-harm has stopped."),
         ("partial", "SAFE-EXP", "Online-safety measures in place and a live case about her grooming = current SAFE-EXP; judged present.")])
N("Z021-C-green", "2026-03-20", "Saltmarsh",
  """Claire and Paul still disagree at times over screen time but now talk it through away from
  Amelia.""",
  ["REL-CONF"],
  traps=[("convention", "REL-CONF", "Green box, disagreement still present and being managed (conv 3).")])

# ---------------------------------------------------------------------------
# Z022  notes  Wexcombe  (police: child-to-parent violence, NEET)
# ---------------------------------------------------------------------------
N("Z022-A-note", "2025-11-10", "Wexcombe",
  """PPN: police called to the home 08/11 by mum Bev after her son Liam (16) punched her in the face
  and smashed the TV when she wouldn't give him money. Liam arrested for assault, charged and
  bailed, staying at his nan's for now. Bev says it's been building for a year and she's
  frightened of him. Liam left Wexcombe College in Oct, not working. Stepdad Dave at home too -
  in work, no concerns. Bev has anxiety, on meds from her GP.""",
  ["REL-PAR", "CRIME", "EDU-NEET", "MH-ADULT"], cue=("police called to the home", "orange"),
  traps=[("convention", "DA", "Child-to-parent violence = REL-PAR + CRIME (police involved), never DA (conv 8)."),
         ("convention", "EDU-NEET", "16-year-old not in education or work = EDU-NEET only (conv 11)."),
         ("negated", "", "Stepdad: 'in work, no concerns'.")])
N("Z022-C-note", "2026-03-16", "Wexcombe",
  """Closing note. Liam got a 6 month referral order in Jan, YOS worker sees him weekly. Bev did the
  'Who's in Charge?' course for parents of violent children (finished Feb), no violence since
  Christmas though they still argue. Liam on a study programme at the Bridge Centre 3 days a
  week.""",
  ["CRIME", "REL-PAR"], cue=("YOS worker sees him weekly", "orange"),
  traps=[("convention", "CRIME", "Referral order with YOS = CRIME (conv 7)."),
         ("partial", "REL-PAR", "No violence since Christmas but still arguing = parent-child relationship need present (conv 8)."),
         ("historical", "EDU-NEET", "Now on a study programme.")])

# ---------------------------------------------------------------------------
# Z023  notes  Saltmarsh  (school nurse: hygiene, dental)
# ---------------------------------------------------------------------------
N("Z023-A-note", "2025-11-18", "Saltmarsh",
  """School nurse referral, Saltmarsh Primary. Ruby (6) and Jack (8) come in most days in dirty
  clothes and smell of urine, Jack has had head lice for weeks and has visible tooth decay, not
  registered with a dentist. Mum Kelly-Ann pleasant, says she's on top of it. Dad works away on the
  rigs. School nurse will do a hygiene plan with Kelly-Ann and help register with a dentist,
  recheck in Jan. NFA at front door.""",
  ["SAFE-NEG", "PH"], cue=("School nurse", "green"),
  traps=[("convention", "SAFE-NEG", "Hygiene/basic care = SAFE-NEG."),
         ("convention", "PH", "Untreated tooth decay, no dentist = PH."),
         ("not-coded", "FIN", "Dad working away is not FIN (conv 5).")])
N("Z023-C-note", "2026-01-27", "Saltmarsh",
  """School nurse update: both children registered at Saltmarsh Dental, Jack had 2 fillings. Clothes
  clean, no lice at last check. Closed at front door.""",
  [],
  traps=[("historical", "PH", "Dental treatment done: over."),
         ("historical", "SAFE-NEG", "Hygiene now fine: over.")])

# ---------------------------------------------------------------------------
# Z024  notes  Brindley Park  (MARAC email, s47, red)
# ---------------------------------------------------------------------------
N("Z024-A-note", "2025-12-01", "Brindley Park",
  """Email from MARAC coordinator. Danielle (26) heard at MARAC 27/11, ex-partner Jason keeps
  breaching the non-mol - turned up at the flat twice last wk, threatening texts daily. Children
  Harper (5) and Lola (2). Both were on CP plans 2022-23 (neglect), closed. Strategy meeting 25/11
  agreed s47. Danielle told her IDVA she smokes cannabis every day to 'calm her nerves'.""",
  ["DA", "SUB"], cue=("Strategy meeting", "red"),
  traps=[("convention", "DA", "Ex-partner's breaches of the non-mol order = DA only, not CRIME (conv 7)."),
         ("historical", "SAFE-NEG", "CP plans 2022-23 for neglect, closed: historical."),
         ("not-coded", "MH-ADULT", "'calm her nerves' not a described mental health condition."),
         ("level", "", "Old CP plans are historical, but the current strategy meeting/s47 is red anyway.")])
N("Z024-C-note", "2026-03-25", "Brindley Park",
  """Front door closure. ICPC 16/12, Harper and Lola now on CP plans under emotional abuse. Danielle
  has an IDVA and is doing the Freedom Programme. Jason remanded in Jan for the breaches. CSC lead,
  EH closed.""",
  ["DA"], cue=("CP plans", "red"),
  traps=[("convention", "DA", "Freedom Programme/IDVA ongoing = DA (conv 4); Jason's remand is DA only (conv 7)."),
         ("not-coded", "SUB", "Cannabis not mentioned in this note (conv 1).")])

# ---------------------------------------------------------------------------
# Z025  boxed  Brindley Park  (NEET, debt, ASB)
# ---------------------------------------------------------------------------
N("Z025-A-green", "2025-11-03", "Brindley Park",
  """Mum Donna (44) says she's been low for months, barely goes out, GP reviewing her
  antidepressants. Type 2 diabetic, managed by the practice nurse.""",
  ["MH-ADULT", "PH"],
  traps=[("convention", "PH", "Diabetes managed by practice nurse = PH present (green box, conv 3).")])
N("Z025-A-yellow", "2025-11-03", "Brindley Park",
  """Callum (17) dropped out of his plumbing course at Brindley College in Oct, been at home since,
  not working or looking. Referred to the Youth Employment Hub.""",
  ["EDU-NEET"],
  traps=[("convention", "FIN", "Young person's worklessness = EDU-NEET only, no FIN (conv 11).")])
N("Z025-A-orange", "2025-11-03", "Brindley Park",
  """Donna owes approx £2,400 to catalogues and payday lenders + council tax arrears, bailiffs been
  round. Police called 28/10 after Callum and a mate were caught damaging the bus shelter on Mill
  Lane, Callum given a community resolution.""",
  ["FIN", "CRIME"],
  traps=[("outside", "CRIME", "The mate is outside the household; Callum's own ASB is CRIME.")])
N("Z025-C-yellow", "2026-03-10", "Brindley Park",
  """Callum started a traineeship with a local builder in Jan, 3 days a week, paid.""",
  [],
  traps=[("historical", "EDU-NEET", "Now in training: over.")])
N("Z025-C-blue", "2026-03-10", "Brindley Park",
  """Donna on a debt management plan she set up online with StepChange (£60/month). Still has low
  days but walks with a neighbour most mornings.""",
  ["FIN", "MH-ADULT"],
  traps=[("convention", "FIN", "Repaying via DMP = now managing, present (conv 3)."),
         ("partial", "MH-ADULT", "'Still has low days' = present.")])

# ---------------------------------------------------------------------------
# Z026  notes  Cottam Vale  (dad's call, contact dispute, mediation)
# ---------------------------------------------------------------------------
N("Z026-A-note", "2025-04-08", "Cottam Vale",
  """Call from dad Gareth. Seperated from the kids' mum Sophie in Feb, he's living at his parents'.
  Says Sophie keeps cancelling his time with Isla (8) and Noah (5) and every handover ends in a
  shouting match on the doorstep in front of the kids. Both deny any DA and police have never been
  involved. Gave Cottam Family Mediation details, Gareth has booked a MIAM.""",
  ["REL-CONF"], cue=("Cottam Family Mediation", "yellow"),
  traps=[("negated", "DA", "'Both deny any DA'."),
         ("level", "", "'police have never been involved' is a negated cue, not a police call-out; highest current cue = mediation, yellow.")])
N("Z026-C-note", "2025-07-22", "Cottam Vale",
  """Closure. Gareth and Sophie had their 3rd mediation session, last one booked for Aug. Contact
  now alternate weekends + Weds tea, handovers at Gareth's parents. Sophie still cancels now and
  then but no more rows in front of the kids.""",
  ["REL-CONF"], cue=("last one booked for Aug", "yellow"),
  traps=[("partial", "REL-CONF", "Rows stopped but contact still disputed and mediation ongoing = present.")])

# ---------------------------------------------------------------------------
# Z027  notes  Wexcombe  (physio referral, cerebral palsy, Portage)
# ---------------------------------------------------------------------------
N("Z027-A-note", "2025-04-15", "Wexcombe",
  """Referral from paediatric physio. Freddie (2) has cerebral palsy (spastic diplegia), Portage
  starting next wk. Mum Amy exhausted, Freddie wakes 4-5 times a night and she 'can't remember the
  last full night'. No family locally, dad (Owen) works long hours. Older brother Max (9) fine,
  school have no concerns.""",
  ["PH", "EYD"], cue=("Portage", "yellow"),
  traps=[("convention", "EYD", "Portage for an under-5 implies early development need (conv 4)."),
         ("convention", "PH", "Cerebral palsy and night waking = PH."),
         ("not-coded", "MH-ADULT", "Mum 'exhausted' is not a described mental health need."),
         ("negated", "", "Max: fine, school no concerns.")])
N("Z027-C-note", "2025-10-21", "Wexcombe",
  """Closure. Freddie now sitting with support and using a few Makaton signs, Portage visits carry
  on fortnightly. Amy has joined a parent carers group at the Family Hub and her sister comes every
  other weekend to give her a break. Freddie still up 2-3 times a night.""",
  ["EYD", "PH"], cue=("Portage visits carry on", "yellow"),
  traps=[("convention", "CARER", "'parent carers group' is about an adult carer, not a young carer (conv 12).")])

# ---------------------------------------------------------------------------
# Z028  notes  Saltmarsh  (police: dad arrested, child bedwetting)
# ---------------------------------------------------------------------------
N("Z028-A-note", "2025-05-13", "Saltmarsh",
  """PPN: police called out 10/05 to a fight outside the Anchor pub, dad Mark (38) arrested for
  assaulting another man, charged and bailed home. Mum Jodie says Mark has never been violent to her
  or the boys. Since then Harley (11) has started wetting the bed again and won't sleep in his own
  room. Charlie (4) not aware.""",
  ["CRIME", "PH"], cue=("police called out", "orange"),
  traps=[("convention", "CRIME", "Household adult's offence against a non-family member = CRIME (conv 7)."),
         ("negated", "DA", "'never been violent to her or the boys'."),
         ("convention", "PH", "Bedwetting/sleep problem at school age = PH (conv 9).")])
N("Z028-C-note", "2025-09-09", "Saltmarsh",
  """Closure. Mark pleaded guilty, community order with 100 hrs unpaid work and 12 months
  probation. Harley dry for 6 wks now. Jodie has asked the HV about Charlie's speech - HV doing a
  home visit next month.""",
  ["CRIME", "EYD"], cue=("HV", "green"),
  traps=[("convention", "CRIME", "Adult on probation = CRIME (conv 7)."),
         ("historical", "PH", "'dry for 6 wks now' = over."),
         ("convention", "EYD", "Under-5 speech concern = EYD (conv 9)."),
         ("level", "", "Probation is not in the conv 2 cue list; the only cue is HV = green, so CRIME takes green too.")])

# ---------------------------------------------------------------------------
# Z029  boxed  Cottam Vale  (neglect, CP, parental drug use)
# ---------------------------------------------------------------------------
N("Z029-A-red", "2025-08-04", "Cottam Vale",
  """Strategy meeting 30/07 after HV visit found the home very dirty, dog mess on the floors,
  nothing in the fridge or cupboards, Kai (9 mths) in a sodden nappy. Mum Jade seemed under the
  influence. ICPC booked 20/08.""",
  ["SAFE-NEG", "SUB"],
  traps=[("convention", "SAFE-NEG", "Empty fridge + home conditions + basic care = SAFE-NEG (conv 10).")])
N("Z029-A-orange", "2025-08-04", "Cottam Vale",
  """Jade's partner Lee lives at the address, on probation for burglary. Jade admits cocaine at
  weekends, Lee says he doesn't use.""",
  ["CRIME", "SUB"],
  traps=[("convention", "CRIME", "Household adult on probation = CRIME (conv 7)."),
         ("negated", "SUB", "Lee denies use, but Jade's cocaine use makes SUB present.")])
N("Z029-A-green", "2025-08-04", "Cottam Vale",
  """Kai missed 2 GP appts for his chest infection. Tia (6) at Cottam Primary 88% attendance; Rhys
  (5) often hungry at breakfast club per his teacher.""",
  ["PH", "EDU-ATT", "SAFE-NEG"],
  traps=[("convention", "SAFE-NEG", "Hungry child = SAFE-NEG (conv 10).")])
N("Z029-C-red", "2026-02-23", "Cottam Vale",
  """Children remain on CP plans (neglect). Home conditions ok at last 3 unannounced visits, food
  in.""",
  ["SAFE-NEG"],
  traps=[("partial", "SAFE-NEG", "Conditions improved but the children remain on CP plans for neglect = present.")])
N("Z029-C-yellow", "2026-02-23", "Cottam Vale",
  """Jade engaging well with Pathways, negative tests for 6 wks.""",
  ["SUB"],
  traps=[("convention", "SUB", "Ongoing drug and alcohol service = SUB (conv 4).")])

# ---------------------------------------------------------------------------
# Z030  notes  Brindley Park  (mum detained, s20, young carer)
# ---------------------------------------------------------------------------
N("Z030-A-note", "2025-06-24", "Brindley Park",
  """Call from DSL, Brindley Park Primary. Mum Marie (35) detained under the Mental Health Act
  yesterday (bipolar relapse). Kayden (9) and Summer (6), no family locally, dad not involved. EDT
  placed both with foster carers under s20 overnight. Kayden told his teacher he's been doing the
  shopping and making tea for weeks because mum 'stays in bed all day'.""",
  ["MH-ADULT", "CARER"], cue=("s20", "red"),
  traps=[("convention", "CARER", "'foster carers' is not CARER (conv 12); Kayden's shopping and cooking for mum is."),
         ("level", "", "Looked after under s20 = red.")])
N("Z030-C-note", "2025-10-28", "Brindley Park",
  """Front door closure. Marie discharged mid Aug, children home from s20 since 29/08, family open to
  CSC on a CIN plan. Marie seeing the community mental health team and taking her meds. Kayden
  still does a lot at home, referred to Brindley Young Carers.""",
  ["MH-ADULT", "CARER"], cue=("CIN plan", "red"),
  traps=[("level", "", "s20 has ended (not current) but the CIN plan is current = red.")])

# ---------------------------------------------------------------------------
# Z031  notes  Cottam Vale  (youth service email, NEET, low mood)
# ---------------------------------------------------------------------------
N("Z031-A-note", "2025-07-22", "Cottam Vale",
  """Email from Cottam Youth Service. Bethany (17) hasn't been in education or work since leaving
  sixth form in March. Very isolated, low mood, rarely leaves the house. Self-harmed at 14, says
  she hasn't for 3 years. Youth worker now seeing her weekly. Mum Wendy on ESA, no money worries
  raised.""",
  ["EDU-NEET", "MH-CHILD"], cue=("Youth worker now seeing her weekly", "yellow"),
  traps=[("historical", "MH-CHILD", "Self-harm at 14 is historical; MH-CHILD is coded from the current low mood."),
         ("convention", "FIN", "ESA alone with no money problem is not FIN (conv 5)."),
         ("level", "", "Youth worker = one extra service, yellow.")])
N("Z031-C-note", "2025-12-16", "Cottam Vale",
  """Closure. Bethany started an apprenticeship at a vets in Oct and loves it. GP has her on
  fluoxetine, mood 'way better'. Youth Service have closed.""",
  ["MH-CHILD"], cue=("GP", "green"),
  traps=[("historical", "EDU-NEET", "Now in an apprenticeship."),
         ("convention", "MH-CHILD", "Ongoing medication codes MH-CHILD (conv 4)."),
         ("level", "", "Youth Service has closed, so the current cue is GP = green.")])

# ---------------------------------------------------------------------------
# Z032  notes  Wexcombe  (HV: coercive control, MARAC)
# ---------------------------------------------------------------------------
N("Z032-A-note", "2025-08-19", "Wexcombe",
  """HV email. At the 6-8 wk check Kirsty (24) disclosed partner Aaron checks her phone, controls
  all the money and stops her seeing her friends, she says he's never hit her. Baby Esme (7 wks)
  thriving. HV did a DASH - 14 - and has referred to MARAC.""",
  ["DA"], cue=("MARAC", "orange"),
  traps=[("negated", "DA", "'never hit her' negates physical violence only; coercive control is DA present."),
         ("not-coded", "FIN", "Control of money is part of the abuse (DA); no money problem as such described.")])
N("Z032-C-note", "2026-01-06", "Wexcombe",
  """Closure. Kirsty and Esme went to a refuge in Saltmarsh in Sept, in a council flat since Dec.
  Non-mol order in place till Sept 2026, Aaron no contact. Women's Aid outreach worker still
  visiting. Kirsty on UC in her own right but struggling since the 5 wk wait, repaying an
  advance.""",
  ["DA", "FIN"], cue=("Women's Aid outreach worker", "yellow"),
  traps=[("convention", "DA", "Non-mol order in place + ongoing DA outreach = DA present."),
         ("historical", "HOUS", "Refuge then settled council flat: housing need over."),
         ("convention", "FIN", "UC problem (5-week wait, advance repayment) = FIN (conv 5).")])

# ---------------------------------------------------------------------------
# Z033  boxed  Wexcombe  (refugee family, TA, PTSD, young interpreter)
# ---------------------------------------------------------------------------
N("Z033-A-yellow", "2025-05-27", "Wexcombe",
  """Dad Yousif has PTSD, under GP, on the waiting list for the trauma service; nightmares, rarely
  leaves the room. Amir (11) interprets for his parents at the council, the housing office and dad's GP appts, and
  has missed school to do it.""",
  ["MH-ADULT", "CARER", "EDU-ATT"],
  traps=[("convention", "CARER", "A child regularly interpreting for parents, incl. at dad's health appointments, is taking on a caring responsibility = young carer."),
         ("convention", "EDU-ATT", "Missing school to interpret = attendance need.")])
N("Z033-A-orange", "2025-05-27", "Wexcombe",
  """Family (arrived from Sudan 2024) in TA since March - one room in a B&B in Saltmarsh, homeless
  duty accepted. No cooking facilities, relying on Red Cross food vouchers.""",
  ["HOUS", "FIN"],
  traps=[("convention", "FIN", "Food vouchers = FIN (conv 10).")])
N("Z033-C-yellow", "2026-01-12", "Wexcombe",
  """Moved to a 2-bed HA flat in Wexcombe in Oct. Yousif started trauma therapy, weekly with an
  interpreter, so Amir doesn't go to appointments anymore.""",
  ["MH-ADULT"],
  traps=[("historical", "HOUS", "Rehoused: over."),
         ("historical", "CARER", "Amir no longer interprets: over.")])

# ---------------------------------------------------------------------------
# Z034  notes  Saltmarsh  (school: speech in Reception)
# ---------------------------------------------------------------------------
N("Z034-A-note", "2025-09-30", "Saltmarsh",
  """Referral from Saltmarsh Infants. Oliver (5, Reception) has very little speech, mostly single
  words, SENCO assessing and has put him on SEN support. Parents Laura and Rob very supportive.
  School only wanted the Family Information Service link for Laura - sent. NFA.""",
  ["EDU-SEND"], cue=("SENCO", "green"),
  traps=[("convention", "EYD", "Speech and language for a school-age child = EDU-SEND, not EYD (conv 9).")])
N("Z034-C-note", "2026-02-24", "Saltmarsh",
  """Closure. Oliver on SEN support for DLD, TA does his language programme daily, school pleased
  with his progress.""",
  ["EDU-SEND"], cue=("school", "green"))

# ---------------------------------------------------------------------------
# Z035  notes  Brindley Park  (parent call: gambling debt)
# ---------------------------------------------------------------------------
N("Z035-A-note", "2025-12-09", "Brindley Park",
  """Call from Jess (29). Partner Dan has run up about £4k on credit cards gambling online; they're
  £650 behind on rent and she's scared they'll be evicted if it carries on. No notice served. Dan
  has self-excluded from the betting apps and goes to GA. Archie (6) and Bella (3) ok, no
  concerns. Booked Jess into the Citizens Advice debt clinic and sent GamCare info.""",
  ["FIN"], cue=("Citizens Advice", "yellow"),
  traps=[("convention", "SUB", "Gambling debts = FIN, not SUB (conv 10)."),
         ("hypothetical", "HOUS", "Eviction only feared 'if it carries on', no notice served."),
         ("not-coded", "EDU-EXC", "'self-excluded' from betting apps is not a school exclusion."),
         ("level", "", "No eviction/possession notice exists, so no orange cue; Citizens Advice = yellow.")])
N("Z035-C-note", "2026-03-17", "Brindley Park",
  """Jess rang: debt plan in place via Citizens Advice, £45/month. Rent arrears paid off with help
  from Dan's dad. Dan still at GA every week. Closed.""",
  ["FIN"], cue=("Citizens Advice", "yellow"),
  traps=[("partial", "FIN", "Rent arrears cleared, but the debt plan is ongoing = FIN present.")])

# ---------------------------------------------------------------------------
# Z036  notes  Cottam Vale  (anonymous neighbour call, police welfare check)
# ---------------------------------------------------------------------------
N("Z036-A-note", "2026-01-13", "Cottam Vale",
  """Anonymous call from a neighbour saying Tilly (7) and Ben (5) at Lark Rise are left on their own
  in the evenings while mum Carla works at the pub. Police did a welfare check 12/01 20:30 -
  children with Carla's niece (15) babysitting, house warm and tidy, food in. Police no concerns.
  Cottam Primary say both well presented, attendance good. Carla thinks the neighbour has a grudge
  about parking. NFA.""",
  [],
  traps=[("negated", "SAFE-NEG", "Allegation not substantiated: supervised, house warm and tidy, food in."),
         ("convention", "CRIME", "Police welfare check is safeguarding, not CRIME (conv 7)."),
         ("not-coded", "", "No present issue, so no gold rows and no level.")])
N("Z036-C-note", "2026-02-10", "Cottam Vale",
  """Carla rang back asking for info on evening and holiday childcare for when she's on lates. Also
  said Ben still wets the bed most nights. Sent the FIS childcare link and the ERIC bedwetting
  guide, Carla will try the tips and her mum will have the kids on her late shifts.""",
  ["PH"], cue=("Sent the FIS childcare link and the ERIC bedwetting guide", "blue"),
  traps=[("convention", "PH", "Bedwetting at school age (5, at Cottam Primary) = PH (conv 9)."),
         ("not-coded", "FIN", "Working late shifts / needing childcare is not FIN (conv 5).")])


# ---------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------
def rank(level):
    return LEVELS.index(level)


# Review aid only: literal scan for the conv-2 cue words, to list every note whose
# gold level is below a cue word that appears in it (each must be a documented judgement).
CUE_PATTERNS = [
    ("red", r"child protection|\bCP plans?\b|\bICPC\b|\bs47\b|strategy meeting|child in need|\bCIN\b|\bs17\b|looked after|\bs20\b|\bICO\b|\bPLO\b"),
    ("orange", r"\bpolice\b|\barrest|\bMARAC\b|\bCAMHS\b|\bYOS\b|evict|possession|\bTAF\b|managed move|\bPPN\b"),
    ("yellow", r"\bEHW\b|early help worker|family support worker|young carers|drug and alcohol|Citizens Advice|\bCAB\b|Portage|parenting (course|group)|mediation|youth worker|Recovery worker|Pathways|outreach worker"),
    ("green", r"\bHV\b|health visitor|\bGP\b|school nurse|\bschool\b|\bSENCO\b|nursery"),
]


def literal_max(text):
    best = None
    for lvl, pat in CUE_PATTERNS:
        if re.search(pat, text, re.I):
            if best is None or rank(lvl) > rank(best):
                best = lvl
    return best


def main():
    seen = set()
    nar_rows, gold_rows, traps = [], [], OrderedDict()
    for n in NARRATIVES:
        nid = n["id"]
        assert nid not in seen, nid
        seen.add(nid)
        case_id, stage_letter, box = nid.split("-")
        triage_id = f"{case_id}-{stage_letter}"
        stage = {"A": "assessment", "C": "closure"}[stage_letter]
        level = "" if box == "note" else box
        assert len(set(n["codes"])) == len(n["codes"]), nid
        if box == "note":
            if n["codes"]:
                assert n["cue"], f"{nid}: unboxed note with codes needs a level cue"
                phrase, glevel = n["cue"]
                assert phrase.lower() in n["text"].lower(), f"{nid}: cue phrase not in text"
            else:
                glevel = None
        else:
            assert n["cue"] is None, nid
            glevel = box
        nar_rows.append([nid, triage_id, case_id, stage, n["date"], level, n["locality"], n["text"]])
        for c in n["codes"]:
            gold_rows.append([nid, c, glevel])
        entries = [dict(type=t, code=c, note=x) for (t, c, x) in n["traps"]]
        if box == "note" and n["codes"]:
            phrase, glevel = n["cue"]
            if not any(e["type"] == "level" for e in entries):
                entries.append(dict(type="level", code="",
                                    note=f"Highest current level cue: '{phrase}' = {glevel} (conv 2)."))
            else:
                for e in entries:
                    if e["type"] == "level":
                        e["note"] = f"Highest current level cue: '{phrase}' = {glevel} (conv 2). " + e["note"]
        if entries:
            traps[nid] = entries

    def write_csv(name, header, rows):
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(header)
        w.writerows(rows)
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
            f.write(buf.getvalue())

    write_csv("narratives.csv",
              ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"],
              nar_rows)
    write_csv("gold.csv", ["narrative_id", "code", "level"], gold_rows)
    js = json.dumps(traps, indent=2, ensure_ascii=False)
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8", newline="") as f:
        f.write(js.replace("\n", "\r\n") + "\r\n")

    # counts
    notes = [r for r in nar_rows if r[5] == ""]
    boxed = [r for r in nar_rows if r[5] != ""]
    print(f"narratives: {len(nar_rows)} (boxed {len(boxed)}, unboxed notes {len(notes)})")
    print(f"cases: {len(set(r[2] for r in nar_rows))}, triages: {len(set(r[1] for r in nar_rows))}")
    print(f"gold rows: {len(gold_rows)}; narratives with no gold rows: "
          f"{sum(1 for n in NARRATIVES if not n['codes'])}")
    cc = Counter(r[1] for r in gold_rows)
    print("codes: " + ", ".join(f"{k} {v}" for k, v in sorted(cc.items())))
    lc = Counter(r[2] for r in gold_rows)
    print("gold rows by level: " + ", ".join(f"{l} {lc.get(l, 0)}" for l in LEVELS))
    nl = Counter(n["cue"][1] for n in NARRATIVES if n["id"].endswith("-note") and n["codes"])
    print("unboxed notes by gold level: " + ", ".join(f"{l} {nl.get(l, 0)}" for l in LEVELS)
          + f", no codes {sum(1 for n in NARRATIVES if n['id'].endswith('-note') and not n['codes'])}")
    print("localities: " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(r[6] for r in nar_rows).items())))
    print(f"trap entries: {sum(len(v) for v in traps.values())} over {len(traps)} narratives")
    # review aid
    for n in NARRATIVES:
        if n["id"].endswith("-note") and n["codes"]:
            lm = literal_max(n["text"])
            if lm and rank(lm) > rank(n["cue"][1]):
                print(f"  review: {n['id']} literal cue word {lm} > gold {n['cue'][1]} (documented judgement)")
            if lm is None and n["cue"][1] != "blue":
                print(f"  review: {n['id']} no literal cue word but gold {n['cue'][1]}")
            if lm and rank(lm) < rank(n["cue"][1]):
                print(f"  review: {n['id']} literal scan {lm} < gold {n['cue'][1]}")


if __name__ == "__main__":
    main()
