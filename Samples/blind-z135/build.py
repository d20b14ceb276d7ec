#!/usr/bin/env python3
"""Blind gold set Z135: invented early-help triage narratives about South Asian and
Muslim extended-family households in an invented Lancashire / West Yorkshire town.

Python 3 standard library only. Each narrative is written below one at a time with
its hand-assigned gold codes and trap notes. Running this file writes
narratives.csv, gold.csv and traps.json (UTF-8, no BOM, CRLF) and prints counts.

Coded strictly from /work/shared/taxonomy.md (statuses + conventions 1-12).
"""
import csv
import json
import os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ITEMS = []


def T(kind, code, note):
    """One trap note: kind in negated/historical/hypothetical/outside/convention/partial/not-coded."""
    return {"type": kind, "code": code, "note": note}


def n(nid, date, locality, text, codes, traps=None, level=None):
    """Add one narrative. nid like Z001-A-yellow or Z007-A-note.
    codes: present codes (gold). level: only for unboxed notes (gold level by highest cue)."""
    ITEMS.append({"id": nid, "date": date, "locality": locality, "text": text,
                  "codes": list(codes), "traps": list(traps or []), "note_level": level})


# ---------------------------------------------------------------- batch 1: Z001-Z008

# Z001 Brookhey - overcrowded terrace, grandparents in the home
n("Z001-A-green", "2025-02-03", "Brookhey",
  "Zainab (2) not taking up her funded 2yr old nursery place yet – Nasreen didn't know she was "
  "eligible, HV gave her the form at the 2-2½ yr review and she's keen. HV not worried about speech, "
  "Zainab has lots of words in Urdu/Punjabi and some English. Dada (Tariq's dad, 71, lives with them) "
  "is type 2 diabetic, GP changed his meds after a high HbA1c in Jan.",
  ["EYD", "PH"],
  [T("negated", "EYD", "Speech explicitly not a worry; EYD is still coded because nursery take-up is a current gap."),
   T("convention", "PH", "Grandfather lives in the household, so his diabetes is family physical health.")])
n("Z001-A-yellow", "2025-02-03", "Brookhey",
  "8 people in a 3 bed terrace on Cobden St: Nasreen, Tariq, the 3 children, Tariq's parents and his "
  "younger brother (19). Aliyah (9) and Hamza (6) sleep on a mattress in the grandparents room. Only in "
  "band C on the housing register – EHW to help Nasreen ask for a reassessment on overcrowding grounds. "
  "Tariq drives a taxi nights; Nasreen says money isnt the problem, it's space.",
  ["HOUS"],
  [T("negated", "FIN", "Taxi night shifts are not FIN (convention 5) and money problems are denied.")])
n("Z001-C-blue", "2025-07-14", "Brookhey",
  "Reassessed to band B for overcrowding. Nasreen bids every Thursday on the council site herself and "
  "has been shortlisted for two 4 beds. Zainab started at Little Acorns in April and loves it.",
  ["HOUS"],
  [T("convention", "HOUS", "Still overcrowded and bidding herself: 'now managing' in a blue box is present (convention 3)."),
   T("not-coded", "EYD", "Nursery start is good news with no need stated in this box (conventions 1 and 3).")])

# Z002 Lister Fold - spouse visa, abuse by husband and in-laws, unborn baby
n("Z002-A-orange", "2025-03-10", "Lister Fold",
  "Shazia (24) arrived from Pakistan on a spouse visa in Aug 24, lives with husband Imran, his parents "
  "and his 2 younger brothers. 29 wks pregnant. Disclosed to midwife at booking (Urdu interpreter on the "
  "phone, no family present) that MIL holds her passport and phone, she isn't allowed out without her "
  "SIL, and Imran pushed her against the wall in Feb when she asked to ring her mum in Pakistan. "
  "DASH scored 17, MARAC referral sent and an IDVA is in place. Shazia has NRPF.",
  ["DA"],
  [T("convention", "DA", "Control by mother-in-law and assault by husband, both household members: DA."),
   T("not-coded", "FIN", "NRPF status alone, with no money problem described, treated like a benefit name alone (convention 5)."),
   T("not-coded", "PH", "Pregnancy alone is not an illness or health need.")])
n("Z002-A-red", "2025-03-10", "Lister Fold",
  "Strategy meeting 12/03 re unborn – s47 agreed due to DA in the household and Shazia's isolation. "
  "SW (Kirsty) starting pre-birth assessment, ICPC to be convened if risks aren't reduced.",
  ["DA"],
  [T("hypothetical", "DA", "ICPC is only conditional; DA itself is stated as current.")])
n("Z002-C-yellow", "2025-09-22", "Lister Fold",
  "Shazia left with help from the IDVA in June, baby Maryam born 2/7; both now in a refuge out of area. "
  "Refuge worker has applied for the Migrant Victims of Domestic Abuse Concession – until it's decided "
  "Shazia has no income and relies on the refuge food cupboard. Refuge stay due to end in Nov and she "
  "has nowhere to move on to.",
  ["DA", "FIN", "HOUS"],
  [T("convention", "HOUS", "Refuge = temporary accommodation with no move-on: HOUS."),
   T("convention", "FIN", "No income and relying on donated food: FIN (convention 10).")])

# Z003 Saltmoor - mum on dialysis, daughter interprets and helps with meds
n("Z003-A-yellow", "2025-01-20", "Saltmoor",
  "Sumaiya (15) goes with mum to nearly all her renal appts to interpret (Sylheti) and sorts her tablets "
  "into the dosette box every Sunday. Missed 14 sessions this term for appts, attendance 84%. Told her "
  "form tutor she's 'always tired'. Young carers referral sent to Calder Young Carers, EHW to link in "
  "with school.",
  ["CARER", "EDU-ATT", "PH"],
  [T("convention", "CARER", "Interpreting at a parent's hospital appointments plus managing her medication is a caring role."),
   T("convention", "PH", "Mum's renal appointments and tablets are ongoing treatment of a family member (convention 4).")])
n("Z003-A-green", "2025-01-20", "Saltmoor",
  "Rupa (41) has CKD stage 5, dialysis Mon/Wed/Fri at Saltmoor renal unit, GP and renal team involved. "
  "Hospital reminded to book a Sylheti interpreter for every appt so Sumaiya doesnt need to. Abdul works "
  "in a restaurant kitchen 6 nights – no money worries, no debts. Younger two (Rafi 12, Ayaan 7) go to "
  "madrasah after school, no issues.",
  ["PH"],
  [T("negated", "FIN", "'no money worries, no debts'."),
   T("not-coded", "EDU-ATT", "Madrasah attendance after school is not a school attendance issue.")])
n("Z003-C-blue", "2025-06-30", "Saltmoor",
  "Sumaiya has her young carers ID card and goes to the Tuesday group at Calder Young Carers. Hospital "
  "transport and an interpreter now booked for every dialysis session so she no longer misses school "
  "for them.",
  ["CARER", "PH"],
  [T("historical", "EDU-ATT", "'no longer misses school': over."),
   T("convention", "PH", "Ongoing dialysis codes PH (convention 4)."),
   T("convention", "CARER", "Still a young carer using the group: now managing in a blue box (convention 3).")])

# Z004 Greave Bridge - teenage son, suspension, ASB, dad on long taxi shifts
n("Z004-A-orange", "2025-04-07", "Greave Bridge",
  "Adam (14) – 3 day suspension after fighting in the canteen, his 2nd this yr, HoY says he is at risk "
  "of permanent exclusion. Police brought him home 22/3 after a group were throwing stones at buses on "
  "Hey Lane, dealt with by community resolution. Referred to YOS prevention (Next Chapter).",
  ["EDU-EXC", "CRIME"], [])
n("Z004-A-yellow", "2025-04-07", "Greave Bridge",
  "Kashif works 12hr taxi shifts 6 days a week. Rehana says she can't get Adam in at night, he swears at "
  "her, slams out and comes back after 11. The twins (Musa, Isa 8) are copying his language. EHW to do "
  "the Teen Steps parenting course with Rehana, Kashif to come to sessions on his day off. Back bedroom has black mould, "
  "landlord told but hasnt been out.",
  ["REL-PAR", "HOUS"],
  [T("not-coded", "FIN", "Long taxi shifts are not FIN (convention 5).")])
n("Z004-C-yellow", "2025-10-13", "Greave Bridge",
  "Adam finished the 8 wks of YOS prevention (boxing at Greave Bridge ABC) and there's been no police "
  "contact since May. Still on a report card for disrupting lessons, 1 internal exclusion in Sept. "
  "Rehana using the Teen Steps strategies but some nights he's still out till midnight and won't say where "
  "he's been.",
  ["EDU-EXC", "REL-PAR"],
  [T("historical", "CRIME", "Prevention work finished and 'no police contact since May': over (convention 3).")])

# Z005 Lister Fold - forced marriage and honour-based abuse, self-harm
n("Z005-A-red", "2025-05-12", "Lister Fold",
  "Ayesha (16, Y11) told the DSL at Lister Fold Academy that her family are planning her nikah to a "
  "cousin in Pakistan over the summer hols and she doesn't want it. Older brother Usman (22, lives at "
  "home) checks her phone and slapped her last week after seeing messages from a lad in her year. "
  "Strategy meeting same day, s47 started, Forced Marriage Unit advice taken and FMPO applied for. "
  "Attendance down to 79% since Easter, parents ringing her in sick.",
  ["DA", "EDU-ATT"],
  [T("convention", "DA", "Forced marriage and honour-based control/assault by a household member coded DA; not SAFE-EXP (no exploitation, grooming or online risk)."),
   T("not-coded", "SAFE-EXP", "Brother checking her phone is part of the controlling behaviour, not online safety.")])
n("Z005-A-orange", "2025-05-12", "Lister Fold",
  "Ayesha told the school nurse she feels 'trapped' and has been cutting the tops of her arms for about "
  "a month. Urgent CAMHS referral, seen 16/5, safety plan in place.",
  ["MH-CHILD"], [])
n("Z005-C-orange", "2025-11-03", "Lister Fold",
  "Ayesha living with her maternal aunt in Saltmoor since June under a family arrangement, FMPO in place "
  "and her passport held by the court. Seen by CAMHS fortnightly, no self harm since Sept. Started a "
  "Level 3 health & social care course at Greave Bridge College.",
  ["DA", "MH-CHILD"],
  [T("convention", "DA", "Family now outside her household, but the protective order is their current effect on her (convention 6)."),
   T("partial", "MH-CHILD", "Self-harm has stopped but CAMHS is ongoing (convention 4)."),
   T("not-coded", "EDU-NEET", "In college: no NEET issue.")])

# Z006 Saltmoor - grandmother kinship carer, grandson reads her post
n("Z006-A-yellow", "2025-02-17", "Saltmoor",
  "Zubeda (68) has had Bilal (10) and Safa (7) on an SGO since 2023. Bilal reads and translates all the "
  "post for his nani, rings the surgery for her and reminds her to check her sugars and do her insulin. "
  "SGO allowance dropped when she started her state pension and she owes £310 on the gas; Citizens "
  "Advice appt 24/2. Young carers assessment requested.",
  ["CARER", "FIN", "PH"],
  [T("convention", "CARER", "Coded for Bilal's caring tasks; the grandmother's kinship/SGO role is not CARER (convention 12)."),
   T("convention", "PH", "Insulin treatment of a household member codes PH (convention 4).")])
n("Z006-A-green", "2025-02-17", "Saltmoor",
  "Zubeda insulin dependent diabetic, OA in both knees, walks with a stick; GP referred her to podiatry. "
  "Safa (7) wets the bed most nights, school nurse has given advice on drinks and an alarm.",
  ["PH"],
  [T("convention", "PH", "School-age bedwetting is PH (convention 9); one PH row for both people.")])
n("Z006-C-green", "2025-08-04", "Saltmoor",
  "Zubeda remains kinship carer for both children. Safa dry 4 nights out of 7 with the alarm, school "
  "nurse still reviewing. Bilal no longer does nani's letters or phone calls – the Urdu speaking outreach "
  "worker at the Carers Centre does them now. Gas arrears cleared with a hardship grant in May.",
  ["PH"],
  [T("convention", "CARER", "'kinship carer' is not CARER (convention 12)."),
   T("historical", "CARER", "Bilal's caring tasks have stopped."),
   T("historical", "FIN", "Arrears cleared in May."),
   T("partial", "PH", "Bedwetting improving but still 3 nights a week, school nurse still involved.")])

# Z007 Brookhey - in-law abuse, postnatal depression, dad working in Riyadh (unboxed HV note)
n("Z007-A-note", "2025-06-09", "Brookhey",
  "HV visit (new birth follow up, Urdu interpreter by phone). Farzana tearful throughout, EPDS 17. Says "
  "she feels 'like a servant' in the house – MIL shouts at her in front of the children, calls her "
  "useless and won't let her take the baby out unless SIL goes too. Husband Javed is in Riyadh on an "
  "18 month contract, video calls most nights, she hasnt told him. GP appt booked for her re PND. "
  "Yusuf (3) only using single words, HV to do an ASQ at next contact.",
  ["MH-ADULT", "DA", "EYD"],
  [T("convention", "DA", "Emotional abuse and control by the mother-in-law in the same household is DA, not REL-CONF."),
   T("convention", "DA", "Unboxed: highest cue is HV/GP (green), so all codes, DA included, take green (convention 2)."),
   T("not-coded", "FIN", "Father working abroad is not coded.")],
  level="green")
n("Z007-A-yellow", "2025-06-09", "Brookhey",
  "EHW allocated. Farzana agreed to a referral to Chandni (Asian women's DA service), wants sessions at "
  "the children's centre so her MIL doesnt find out. Inaya (5) late most mornings – dada (73) walks her "
  "and he's slow with his bad hips.",
  ["DA", "EDU-ATT", "PH"],
  [T("convention", "PH", "Grandfather in the household with bad hips: family physical health.")])
n("Z007-C-yellow", "2025-12-01", "Brookhey",
  "Farzana and the 3 children moved to a 2 bed council flat in Nov; Javed back from Riyadh in Jan and "
  "plans to live with them. Farzana still on sertraline and seeing her Chandni worker weekly. Yusuf at "
  "nursery 15 hrs, nursery SALT screen shows a delay, targets set.",
  ["MH-ADULT", "DA", "EYD"],
  [T("convention", "DA", "Ongoing DA support service codes DA even after moving out (convention 4)."),
   T("not-coded", "HOUS", "Moved to a council flat: no housing need stated.")])

# Z008 Greave Bridge - NRPF after sponsor licence revoked, s21 notice, food bank
n("Z008-A-orange", "2025-03-24", "Greave Bridge",
  "Waqas lost his care worker job in Jan when the agency's sponsor licence was revoked. Family are here "
  "on his skilled worker visa with NRPF so can't claim UC. Rent 2 months behind (£1,350), landlord has "
  "served a s21 notice expiring 12/05. Referred to the council's NRPF team and Housing Options.",
  ["FIN", "HOUS"], [])
n("Z008-A-yellow", "2025-03-24", "Greave Bridge",
  "Sadia using the food bank at Greave Bridge masjid weekly. Hassan (8) told his teacher there was "
  "'no tea' on Sunday and came in hungry Monday; school have put both kids in breakfast club free. "
  "Hassan's asthma review is overdue, school nurse has reminded mum.",
  ["FIN", "SAFE-NEG", "PH"],
  [T("convention", "SAFE-NEG", "Food bank = FIN and hungry child = SAFE-NEG, both described (convention 10).")])
n("Z008-C-yellow", "2025-09-15", "Greave Bridge",
  "Waqas found a new sponsor (care home in Saltmoor) and started in July. Family moved to a private "
  "2 bed in June before the s21 ran out. Still owes the old landlord, £50 a month going to him by standing order. New landlord "
  "has mentioned he might sell next year, in which case they'd have to move again.",
  ["FIN"],
  [T("historical", "HOUS", "Moved before the notice ran out: housing issue over."),
   T("hypothetical", "HOUS", "Landlord 'might sell', move needed only 'in which case': hypothetical."),
   T("partial", "FIN", "Still repaying arrears: present.")])

# ---------------------------------------------------------------- batch 2: Z009-Z016

# Z009 Saltmoor - ex-partner breaching non-molestation order
n("Z009-A-orange", "2025-01-13", "Saltmoor",
  "Zeeshan (ex, doesnt live here) arrested 4/1 for breaching the non-mol – turned up drunk and kicked "
  "the front door in while Nadia, Ali (10) and Eman (6) were in. Police attended, he was remanded "
  "overnight then bailed. MARAC 15/1.",
  ["DA"],
  [T("convention", "CRIME", "Ex-partner's breach/arrest against the adult victim is DA only (convention 7)."),
   T("outside", "SUB", "Ex-partner's drinking: he is outside the household (convention 6).")])
n("Z009-A-yellow", "2025-01-13", "Saltmoor",
  "Nadia on the Talking Therapies waiting list for anxiety, GP started her on propranolol. Ali (10) "
  "referred by the paediatrician for an ADHD assessment, SENCo has him on SEN support with movement breaks. Nadia's brothers live on the "
  "same street and pop in daily.",
  ["MH-ADULT", "EDU-SEND"],
  [T("convention", "EDU-SEND", "Waiting for an ADHD assessment codes EDU-SEND (taxonomy EDU-SEND; convention 4).")])
n("Z009-C-blue", "2025-06-16", "Saltmoor",
  "Nadia completed the Freedom Programme (Urdu group) in May and says she feels much stronger. No contact "
  "from Zeeshan since the order was extended in March. Ali diagnosed with ADHD by the community "
  "paediatrician in May; SENCo has updated his support plan and Nadia uses his visual timetable at home.",
  ["EDU-SEND"],
  [T("historical", "DA", "Programme completed and 'no contact ... since March': described as over (convention 3)."),
   T("not-coded", "MH-ADULT", "'feels much stronger' states no current need.")])

# Z010 Lister Fold - grandfather after stroke, teenage carer, dad in Dubai, school refusal
n("Z010-A-yellow", "2025-04-28", "Lister Fold",
  "Dad (Asif) has worked in Dubai since 2023, home twice a yr. Zain (14) helps mum lift and wash dada "
  "(74, stroke in Dec, left side weak) and sits with him most evenings so Samina can do her shifts at "
  "the pharmacy. Form tutor says Zain looks shattered. Young carers referral done today.",
  ["CARER", "PH"],
  [T("not-coded", "FIN", "Father working abroad is not coded.")])
n("Z010-A-orange", "2025-04-28", "Lister Fold",
  "Ayan (9) refusing school since Feb half term – in 3 days out of the last 20. Tummy aches and crying "
  "every morning, says he's scared dada will die while he's at school. School made a CAMHS referral and "
  "he's on a part time timetable 9-12 for now.",
  ["EDU-ATT", "MH-CHILD"],
  [T("not-coded", "PH", "Tummy aches read as part of the anxiety, not a physical illness.")])
n("Z010-C-green", "2025-10-20", "Lister Fold",
  "Dada (stroke last Dec) has carers twice a day from adult social care now and Zain doesn't do any "
  "personal care. Ayan back full time since June, attendance this term 97%, still sees the school's "
  "Talking Space counsellor weekly about his worries. School will call a "
  "meeting if the refusing starts again.",
  ["PH", "MH-CHILD"],
  [T("hypothetical", "EDU-ATT", "Meeting only 'if the refusing starts again'."),
   T("historical", "CARER", "Zain no longer does personal care; paid 'carers' are not CARER (convention 12)."),
   T("historical", "EDU-ATT", "Back full time since June."),
   T("convention", "PH", "Ongoing care package for the stroke: PH.")])

# Z011 Brookhey - Bangladeshi family of 7 in a damp 2 bed terrace, 17yo NEET
n("Z011-A-yellow", "2025-05-19", "Brookhey",
  "Rima (17) dropped out of Saltmoor College in March after yr 1 of her BTEC, not working, mostly at "
  "home. Careers adviser at the Youth Hub has offered an appt, Rima thinks she might like childcare. "
  "Tamim (3) not in nursery, HV has given info on the 3yr funded hours.",
  ["EDU-NEET", "EYD"],
  [T("convention", "FIN", "A 16+ NEET young person is EDU-NEET only (convention 11).")])
n("Z011-A-orange", "2025-05-19", "Brookhey",
  "7 of them in a 2 bed terrace on Peel St – the 3 boys sleep in the front room. Damp and mould in both "
  "bedrooms and the roof leaks when it rains; Tamim has had 3 chest infections since Dec. Landlord not "
  "responding, environmental health inspection booked and the council housing officer is involved. "
  "Jamal (dad) does taxi nights.",
  ["HOUS", "PH"],
  [T("not-coded", "FIN", "Taxi night work is not FIN (convention 5).")])
n("Z011-C-blue", "2025-11-24", "Brookhey",
  "Moved in Oct to a 4 bed housing association house through the overcrowding band. Rima started a "
  "youth employability course in Sept and has an apprenticeship interview. Tamim at nursery since Sept.",
  [],
  [T("historical", "HOUS", "Rehoused: over."),
   T("not-coded", "EDU-NEET", "On a training course: not NEET."),
   T("not-coded", "EYD", "Nursery start is good news only.")])
n("Z011-C-green", "2025-11-24", "Brookhey",
  "Tamim's nursery SENCo has put him on the SALT waiting list, he has about 10 words; nursery using "
  "Makaton and Hasina doing the same signs at home.",
  ["EYD"],
  [T("convention", "EDU-SEND", "Under-5 speech is EYD even with a SENCo involved (convention 9).")])

# Z012 Greave Bridge - Islamophobic bullying, brother on probation
n("Z012-A-orange", "2025-02-10", "Greave Bridge",
  "Maryam (15) has had Islamophobic comments from a group of girls for months and last week one of them "
  "pulled her hijab off in PE; photos shared round a Snapchat group. School investigating, police "
  "informed as a hate incident. Maryam refusing to go in on PE days, attendance 88%.",
  ["SAFE-EXP", "EDU-ATT"],
  [T("convention", "SAFE-EXP", "Bullying of the child by peers is SAFE-EXP for the child."),
   T("outside", "CRIME", "Offenders are outside the household; Maryam is the victim.")])
n("Z012-A-yellow", "2025-02-10", "Greave Bridge",
  "Brother Idris (19) lives at home, on probation until Oct for possession with intent to supply. Rubina "
  "worried about who he's mixing with. Rubina (44) T2 diabetic, says she has struggled to manage it "
  "since her husband died in 2022, GP increased her metformin.",
  ["CRIME", "PH"],
  [T("convention", "CRIME", "Adult household member on probation (convention 7); a supply offence is not SUB."),
   T("historical", "MH-ADULT", "Bereavement in 2022 mentioned as background, no mental-health need stated.")])
n("Z012-C-yellow", "2025-07-28", "Greave Bridge",
  "Maryam on a managed move to Brookhey High since June, review in Sept; attending every day and says "
  "nobody bothers her there. Idris still reporting to probation fortnightly, working at a warehouse.",
  ["EDU-EXC", "CRIME"],
  [T("convention", "EDU-EXC", "A managed move is listed under EDU-EXC even where the reason was bullying."),
   T("negated", "SAFE-EXP", "'nobody bothers her there'."),
   T("not-coded", "EDU-ATT", "Attending every day.")])

# Z013 Saltmoor - dad after amputation, son helps (unboxed closure note)
n("Z013-A-yellow", "2025-03-03", "Saltmoor",
  "Mohammed (45) had a below knee amputation in Nov (diabetes), waiting for his prosthetic. Umar (13) "
  "helps him shower and get to the toilet when Parveen is on shift at the care home. Young carers "
  "referral made; Umar says he doesnt mind but he's missing football.",
  ["PH", "CARER"], [])
n("Z013-A-green", "2025-03-03", "Saltmoor",
  "Household gets PIP and UC, Parveen says no money problems. Ruqayyah (10) a good attender at Saltmoor "
  "Primary, no concerns.",
  [],
  [T("convention", "FIN", "Benefit names alone with money problems denied (convention 5)."),
   T("convention", "PH", "PIP never implies PH by itself (convention 5)."),
   T("not-coded", "EDU-ATT", "Good news with no need stated (convention 3).")])
n("Z013-C-note", "2025-09-08", "Saltmoor",
  "Closure visit. Mohammed walking with his prosthetic now and showering himself with a seat and rails. "
  "Umar goes to the young carers club on Fridays and says he likes having time for himself. Parveen "
  "signposted to an online carers forum, she'll have a look. Family happy for us to close.",
  ["PH", "CARER"],
  [T("convention", "CARER", "Unboxed: young carers service is the highest cue, so yellow (convention 2); the service implies the need."),
   T("convention", "PH", "Using a prosthetic and adaptations: ongoing disability."),
   T("not-coded", "CARER", "Parveen as an adult carer is not CARER (convention 12).")],
  level="yellow")

# Z014 Lister Fold - rishta, no forced marriage concern; sister helps autistic brother
n("Z014-A-green", "2025-04-14", "Lister Fold",
  "Form tutor referred after Sana (17, Y13) mentioned a rishta visit. DSL spoke with Sana on her own: "
  "she says she chose him herself, is happy to get engaged next yr and her parents support her going to "
  "Kirkthorpe for uni. No forced marriage concerns identified.",
  [],
  [T("negated", "DA", "Forced-marriage worry explored and negated.")])
n("Z014-A-yellow", "2025-04-14", "Lister Fold",
  "Ibrahim (12, autistic, EHCP) goes to Brookvale special school. Sana gets him washed, dressed and onto "
  "the school bus most mornings as mum starts work at 7, and settles him at bedtime. Sana says its fine "
  "but she's doing her homework after 11pm. Young carers assessment offered.",
  ["CARER", "EDU-SEND"],
  [T("not-coded", "PH", "Autism with an EHCP is EDU-SEND; not read as physical health.")])
n("Z014-C-blue", "2025-08-18", "Lister Fold",
  "Sana got her grades and starts at Kirkthorpe Uni in Sept, commuting by train. Mum has changed her shift so she "
  "does Ibrahim's mornings now. Family say they'll ask for young carers support if Sana finds uni and "
  "home too much.",
  [],
  [T("historical", "CARER", "Mum now does the mornings: Sana's caring role ended."),
   T("hypothetical", "CARER", "Young carers support only 'if' needed.")])

# Z015 Brookhey - dad's cocaine use and gambling debt, parental arguments
n("Z015-A-orange", "2025-06-02", "Brookhey",
  "Amina disclosed Rizwan uses cocaine most weekends after finishing his taxi shift, and has run up "
  "approx £8k on betting apps and 2 credit cards. They argue most nights about money; Amina says he has "
  "never hit or threatened her and she feels safe. Referred to Calderline (drug & alcohol service) and a gambling support charity; "
  "parents agreed to parental conflict sessions at the family hub.",
  ["SUB", "FIN", "REL-CONF"],
  [T("convention", "FIN", "Gambling debts are FIN, not SUB (convention 10)."),
   T("negated", "DA", "No violence or threats, feels safe: arguments are REL-CONF (convention 8).")])
n("Z015-A-yellow", "2025-06-02", "Brookhey",
  "Hamza (7) has wet himself in class 4 times since half term and is very quiet, teacher says he has "
  "withdrawn from his friends. School started nurture group sessions.",
  ["PH", "MH-CHILD"],
  [T("convention", "PH", "Wetting at school age read with convention 9 as PH.")])
n("Z015-C-yellow", "2025-11-10", "Brookhey",
  "Rizwan engaging with Calderline, 4 negative tests, and goes to a Muslim recovery circle on Weds. Debt "
  "management plan with a debt charity at £150 a month. Parents on session 5 of 8 of the parental conflict "
  "programme, say the rows are much less.",
  ["SUB", "FIN", "REL-CONF"],
  [T("convention", "SUB", "Ongoing treatment codes SUB despite negative tests (convention 4)."),
   T("partial", "REL-CONF", "Rows reduced but programme ongoing.")])

# Z016 Greave Bridge - CP plans for neglect, dad's visa refused
n("Z016-A-red", "2025-07-07", "Greave Bridge",
  "ICPC 02/07 – all 4 children (Zara 5, Aroush 3, Yasmin 2, Ahmed 9m) on CP plans, category neglect. "
  "Home conditions very poor: soiled nappies on the floor, no working fridge, kids in dirty clothes. "
  "Zara needs 8 teeth out under GA, 2 dental appts missed.",
  ["SAFE-NEG", "PH"], [])
n("Z016-A-orange", "2025-07-07", "Greave Bridge",
  "Shabnam (27) low in mood since Ahmed was born, seen by the perinatal mental health team, on "
  "mirtazapine. Husband Adnan is in Pakistan – his spouse visa was refused in April and he is appealing; "
  "he transfers money every month. Shabnam has no family in the UK.",
  ["MH-ADULT"],
  [T("not-coded", "FIN", "No money problem described; father abroad not coded.")])
n("Z016-C-red", "2026-01-19", "Greave Bridge",
  "RCPC 12/01: plans continue for all 4. Home conditions better but not consistent, SW visiting weekly "
  "unannounced. Zara had her teeth out under GA in Oct. Aroush now at nursery 15 hrs and settled.",
  ["SAFE-NEG"],
  [T("historical", "PH", "Dental extraction done in Oct."),
   T("not-coded", "EYD", "Nursery take-up is good news only.")])

# ---------------------------------------------------------------- batch 3: Z017-Z025

# Z017 Saltmoor - redundancy, UC sanction, council tax arrears
n("Z017-A-yellow", "2025-08-11", "Saltmoor",
  "Khalid (40) made redundant from the bakery in June, claimed UC, sanctioned in July for missing a "
  "Jobcentre appt (letter went to their old address). Council tax arrears £420, summons received. Khalid "
  "says he's 'a bit fed up' but GP saw him last month and no MH concerns identified. Referred to "
  "Citizens Advice re the sanction and arrears.",
  ["FIN"],
  [T("negated", "MH-ADULT", "'no MH concerns identified' after GP review; 'a bit fed up' not treated as a need.")])
n("Z017-A-blue", "2025-08-11", "Saltmoor", "N/A", [],
  [T("not-coded", "FIN", "Box says N/A: no codes.")])
n("Z017-C-blue", "2025-12-15", "Saltmoor",
  "Khalid started nights at a warehouse in Oct. Council tax debt coming down by £30/month under an "
  "arrangement; the sanction was overturned at mandatory reconsideration. Says he'd go back "
  "to the GP if he felt low again.",
  ["FIN"],
  [T("hypothetical", "MH-ADULT", "Only 'if he felt low again'."),
   T("convention", "FIN", "Paying off arrears = now managing, present in a blue box (convention 3); night work is not FIN.")])

# Z018 Lister Fold - dowry demands, abuse by husband and MIL, refuge
n("Z018-A-orange", "2025-09-01", "Lister Fold",
  "Kiran (26), from Punjab, on a spouse visa since 2023 (Punjabi interpreter used). Says her husband "
  "and MIL keep demanding more dowry money from her parents in India, she does all the housework and "
  "isnt allowed to eat until everyone else has, and her husband has taken her bank card and her wages. "
  "Police attended 28/8 after a neighbour heard screaming; Kiran didnt want to give a statement. "
  "DASH 14, MARAC referral.",
  ["DA"],
  [T("convention", "CRIME", "Police attending a DA incident: DA only (convention 7)."),
   T("not-coded", "FIN", "Taking her card and wages is economic abuse, coded within DA; no debt, arrears or poverty described.")])
n("Z018-A-green", "2025-09-01", "Lister Fold",
  "Arjun (2) hasn't had any of his 1 yr immunisations, HV has rung Kiran to book them. Kiran now "
  "registered with a GP.",
  ["PH"],
  [T("convention", "PH", "Missed immunisations are PH, not EYD.")])
n("Z018-C-orange", "2026-01-12", "Lister Fold",
  "Kiran and Arjun in a refuge in Kirkthorpe since Oct. Migrant victims concession granted so she can now "
  "claim UC. Husband interviewed under caution for assault, police investigation ongoing. Arjun's jabs "
  "done in Nov.",
  ["DA", "HOUS"],
  [T("convention", "HOUS", "Refuge = temporary accommodation."),
   T("historical", "PH", "Immunisations done."),
   T("convention", "FIN", "Benefit now claimable, no money problem described (convention 5)."),
   T("convention", "CRIME", "Husband's offence against her is DA only (convention 7).")])

# Z019 Brookhey - extended trip to Pakistan in term time, madrassa
n("Z019-A-yellow", "2025-01-27", "Brookhey",
  "Aisha (8) and Umar (6) were in Pakistan from 18 Nov to 10 Jan as dadi (paternal gran, lives in "
  "Mirpur) was very poorly. School authorised 5 days, the rest unauthorised; attendance now 71% (Aisha) "
  "and 68% (Umar). Penalty notice issued. EHW to agree an attendance plan with Yasir and Sobia.",
  ["EDU-ATT"],
  [T("outside", "PH", "Grandmother in Pakistan is outside the household (convention 6)."),
   T("not-coded", "FIN", "A penalty notice alone, with no money problem described, is not FIN.")])
n("Z019-A-green", "2025-01-27", "Brookhey",
  "Both children go to madrassa Mon-Fri 4.30-6.30pm; school have no concerns re tiredness or homework. "
  "Sobia has type 1 diabetes, well controlled, sees the practice diabetes nurse yearly.",
  ["PH"],
  [T("convention", "PH", "Managed long-term condition in a green box is present (convention 3)."),
   T("negated", "EDU-ATT", "No school concerns about madrassa hours.")])
n("Z019-C-green", "2025-06-09", "Brookhey",
  "Dadi died in March, Yasir went to Pakistan alone for the janaza and the children stayed in school. "
  "Umar (6) upset and clingy since, school ELSA doing 6 sessions on loss with him. Attendance since Jan "
  "97% for both.",
  ["MH-CHILD"],
  [T("not-coded", "EDU-ATT", "Good attendance now; the earlier problem is not stated in this box."),
   T("outside", "PH", "Death of a relative living abroad.")])

# Z020 Greave Bridge - criminal exploitation, missing, drugs found (unboxed note)
n("Z020-A-note", "2025-10-06", "Greave Bridge",
  "Faisal (15) reported missing by dad 3/10, found by police at 2am in Marsden Vale with £600 cash and 14 wraps "
  "of cannabis on him. Believed to be running for an older group from the Oldgate area. Strategy meeting "
  "5/10 – s47 not progressed, CCE risk assessment done, NRM referral made. Dad (Tahir) works nights on "
  "the taxis and says he didnt know Faisal was out.",
  ["SAFE-EXP", "CRIME"],
  [T("convention", "SUB", "Drugs found on an exploited child are SAFE-EXP and CRIME, not SUB (convention 12)."),
   T("convention", "CRIME", "Unboxed: strategy meeting is a red cue, so red (convention 2), although s47 was not progressed."),
   T("not-coded", "FIN", "Taxi night work is not FIN.")],
  level="red")
n("Z020-A-orange", "2025-10-06", "Greave Bridge",
  "Faisal on a part time timetable (mornings only) after 2 suspensions this term for fighting, school "
  "looking at AP. YOS doing an out of court disposal assessment re the drugs.",
  ["EDU-ATT", "EDU-EXC", "CRIME"], [])
n("Z020-C-orange", "2026-02-09", "Greave Bridge",
  "Faisal attending Greave Bridge AP full time. No missing episodes since Nov. Youth caution for the "
  "possession, YOS worker sees him weekly. Exploitation risk still there – the older lads keep messaging "
  "him on Snapchat and he's been seen with them in town.",
  ["CRIME", "SAFE-EXP"],
  [T("partial", "SAFE-EXP", "Missing episodes have stopped but the exploitation risk is current."),
   T("not-coded", "EDU-EXC", "Attending AP full time: no suspension, exclusion or managed move stated."),
   T("not-coded", "EDU-ATT", "Full time.")])

# Z021 Saltmoor - grandmother with dementia, daughter caring on Saturdays
n("Z021-A-yellow", "2025-05-05", "Saltmoor",
  "Nani (79, Sabina's mum) moved in after a fall in Jan, has vascular dementia and is up in the night "
  "trying to go out. Sabina (43) exhausted, GP started sertraline for depression. Hafsa (12) sits with "
  "nani on Saturdays while Sabina works at the pharmacy and gives her her tablets. Zayd (9) fine at "
  "school. Young carers referral.",
  ["PH", "MH-ADULT", "CARER"], [])
n("Z021-C-yellow", "2025-10-27", "Saltmoor",
  "Nani (dementia) at a day centre 3 days a week plus a sitting service on Saturdays, so Hafsa no longer "
  "looks after her. Sabina sleeping better, still on sertraline, GP reviewing in Dec.",
  ["PH", "MH-ADULT"],
  [T("historical", "CARER", "'no longer looks after her'."),
   T("convention", "MH-ADULT", "Still on medication: ongoing treatment (convention 4).")])

# Z022 Lister Fold - CIN after assault, in-laws pressuring her to withdraw
n("Z022-A-red", "2025-02-24", "Lister Fold",
  "CIN plan (s17) agreed 20/02 after Shafiq was arrested for assaulting Rokeya in front of Nabil (4). "
  "Shafiq on bail not to contact her or come to the address. His family live 3 doors away and are "
  "pressuring Rokeya to withdraw her statement, saying she has brought shame on them. Bengali "
  "interpreter for all meetings.",
  ["DA"],
  [T("convention", "CRIME", "Partner's arrest for assaulting her: DA only (convention 7)."),
   T("outside", "DA", "In-laws live elsewhere; their pressure is coded as its effect on the family (convention 6).")])
n("Z022-A-yellow", "2025-02-24", "Lister Fold",
  "Nabil (4) not in nursery, very few words in Bengali or English, hits out and screams when he can't "
  "make himself understood and Rokeya struggles to manage his tantrums. Referred to Portage.",
  ["EYD", "REL-PAR"], [])
n("Z022-C-orange", "2025-08-11", "Lister Fold",
  "Shafiq convicted at magistrates in June – restraining order for 2 yrs. Rokeya doing the Freedom "
  "Programme with a Bengali speaking facilitator. Nabil started nursery in April, SALT seeing him there "
  "for attention & listening; Rokeya says the tantrums stopped once he started signing.",
  ["DA", "EYD"],
  [T("convention", "CRIME", "Ex-partner's conviction for the DA is DA only (convention 7)."),
   T("historical", "REL-PAR", "Tantrums stopped.")])

# Z023 Brookhey - 16yo NEET using cannabis, mum type 1 diabetic
n("Z023-A-yellow", "2025-07-21", "Brookhey",
  "Haris (16) left Y11 with 2 GCSEs, no college place for Sept, sleeping till 2pm. Smokes weed most days "
  "with mates ('to chill'), vapes as well. Mum Gulnaz (T1 diabetic, in hospital with DKA in June) very "
  "worried about him. Referred to Crossways young people's substance service.",
  ["EDU-NEET", "SUB", "PH"],
  [T("convention", "SUB", "Cannabis codes SUB; vaping alone would not (convention 12)."),
   T("convention", "FIN", "NEET alone does not add FIN (convention 11)."),
   T("convention", "PH", "Mum's type 1 diabetes is current even though the DKA admission was in June.")])
n("Z023-C-yellow", "2026-01-05", "Brookhey",
  "Haris doing a 12 wk Move On course at the Youth Hub 3 days a wk since Nov and has an interview for a "
  "plumbing apprenticeship. Says he's cut the weed down to weekends, still sees his Crossways worker. "
  "If the apprenticeship doesn't come off the Hub will look at other options with him.",
  ["SUB"],
  [T("not-coded", "EDU-NEET", "On a training course: not NEET."),
   T("hypothetical", "EDU-NEET", "Next steps only 'if the apprenticeship doesn't come off'.")])

# Z024 Greave Bridge - husband newly arrived on spouse visa, low mood; baby's weight
n("Z024-A-green", "2025-03-17", "Greave Bridge",
  "Baby Hoorain (7 wks) has dropped from the 50th to the 9th centile, HV weighing weekly and the infant "
  "feeding team supporting Hina with breastfeeding. Hina (25) lives with husband Usman and her own "
  "parents in their house.",
  ["PH"],
  [T("convention", "PH", "Faltering weight is PH (weight), not EYD.")])
n("Z024-A-yellow", "2025-03-17", "Greave Bridge",
  "Usman (28) came on a spouse visa in Jan, has little English, hasnt found work and says he feels "
  "'useless'. Hina says he's stopped eating properly and stays in their room all day. GP referred him to "
  "Talking Therapies (Urdu speaking therapist). Also referred to the Jobs Hub employment adviser and ESOL "
  "at Brookhey Adult College.",
  ["MH-ADULT", "FIN"],
  [T("convention", "FIN", "Adult worklessness with employment support referral is FIN (taxonomy FIN; convention 11).")])
n("Z024-C-blue", "2025-09-29", "Greave Bridge",
  "Usman working part time at a cash & carry since July and doing ESOL 2 mornings. Two Talking Therapies "
  "sessions left, says he feels more settled. Hoorain weaning well, weight on the 25th.",
  ["MH-ADULT"],
  [T("convention", "MH-ADULT", "Still in therapy: ongoing treatment (convention 4)."),
   T("historical", "FIN", "Now in work."),
   T("not-coded", "PH", "Weight now fine: good news only.")])

# Z025 Saltmoor - child with cerebral palsy in an overcrowded terrace
n("Z025-A-orange", "2025-06-16", "Saltmoor",
  "Yusra (9) has cerebral palsy, uses a wheelchair, EHCP at Saltmoor Primary. 6 of them in a 2 up 2 down "
  "terrace; Yusra has to be carried upstairs every night by Sameena or Moiz (14). OT says the house is "
  "too small for a DFG. Moiz also helps feed and change her. Dad (Aamir) in Pakistan since March sorting "
  "his late father's land, back in Aug. Housing needs assessment done, band A pending.",
  ["PH", "EDU-SEND", "HOUS", "CARER"],
  [T("not-coded", "FIN", "Father temporarily abroad is not coded.")])
n("Z025-C-orange", "2025-12-08", "Saltmoor",
  "Offered a 4 bed adapted bungalow in Saltmoor, move date 19 Jan. Until then Moiz still helps carry "
  "Yusra up to bed, young carers worker sees him monthly. Yusra's EHCP annual review done in Nov, new "
  "powered chair from wheelchair services.",
  ["HOUS", "CARER", "EDU-SEND", "PH"],
  [T("partial", "HOUS", "Rehousing offered but the family still live in the unsuitable house until January.")])

# ---------------------------------------------------------------- batch 4: Z026-Z033

# Z026 Lister Fold - separation, contact arguments, no DA
n("Z026-A-yellow", "2025-09-08", "Lister Fold",
  "Mehwish and Shahid separated in July, he's back living at his parents in Saltmoor. Constant arguments "
  "about contact and whether the kids go to his family's at weekends – mostly on WhatsApp, sometimes at "
  "handover in front of Danyal (11) and Ruhi (7). Mehwish says he has never been violent or controlling. "
  "Danyal had 3 detentions this half term for answering back. Mediation booked with an Urdu speaking "
  "mediator.",
  ["REL-CONF", "EDU-EXC"],
  [T("negated", "DA", "Violence and control explicitly denied: REL-CONF (convention 8)."),
   T("convention", "EDU-EXC", "Detentions for behaviour are behaviour at school.")])
n("Z026-C-blue", "2026-01-26", "Lister Fold",
  "Parents agreed a contact rota at mediation and are sticking to it, handovers at Shahid's parents' "
  "front door with no rows. Danyal's behaviour at school has settled, no detentions since Nov.",
  ["REL-CONF"],
  [T("convention", "REL-CONF", "Separated parents managing contact via a rota: now managing (convention 3)."),
   T("historical", "EDU-EXC", "'no detentions since Nov'.")])

# Z027 Brookhey - mum's psychosis, s136 (unboxed note), grandparents in the home
n("Z027-A-note", "2025-04-22", "Brookhey",
  "Police called 19/4 by Saira's dad after she locked herself in the bathroom saying the neighbours were "
  "trying to poison her; taken to A&E under s136 and admitted to the Birchwood unit. Hana (10) and Amir "
  "(6) staying put with their grandparents, who live with them anyway; dad (Naeem) drives for Uber and "
  "is doing days only for now. Hana crying in school and asking for mum, school nurse seeing her. "
  "School have made an EH referral.",
  ["MH-ADULT", "MH-CHILD"],
  [T("convention", "CRIME", "Police acting on a mental-health crisis is not CRIME (convention 7)."),
   T("convention", "MH-ADULT", "Unboxed: police call-out is the highest cue (orange), above the EH referral and school nurse (convention 2)."),
   T("not-coded", "FIN", "Driving for Uber / changing shifts is not FIN (convention 5).")],
  level="orange")
n("Z027-A-yellow", "2025-04-22", "Brookhey",
  "EHW allocated. Grandad (Nazir, 70) has heart failure and gets breathless on the school run; Amir (6) "
  "late 3 or 4 times a week. Plan: breakfast club and walking bus.",
  ["PH", "EDU-ATT"], [])
n("Z027-C-yellow", "2025-10-13", "Brookhey",
  "Saira home since June, CMHT care coordinator visiting fortnightly, on a depot. Hana had 6 sessions "
  "with the school counsellor and is back to her usual self. Amir goes to breakfast club, no lates this "
  "half term.",
  ["MH-ADULT"],
  [T("historical", "MH-CHILD", "Counselling finished and 'back to her usual self'."),
   T("historical", "EDU-ATT", "'no lates this half term'.")])

# Z028 Greave Bridge - online grooming, daughter used to interpret, dad in Qatar
n("Z028-A-orange", "2025-11-03", "Greave Bridge",
  "Laiba (14) had been sending pictures to a man she met on TikTok who told her he was 17; her older "
  "sister found the chats. Police online child abuse team investigating, Laiba's phone seized. Laiba "
  "angry that her phone has been taken.",
  ["SAFE-EXP"],
  [T("outside", "CRIME", "The offender is outside the household; Laiba is the victim.")])
n("Z028-A-yellow", "2025-11-03", "Greave Bridge",
  "Mum (Nighat) speaks Punjabi and limited English; Laiba has usually done the talking at parents "
  "evening and the GP, we've now booked a Punjabi interpreter for every session. Dad (Sajid) works in "
  "Qatar, home 4 wks a year. EHW to do online safety work with Laiba and Nighat together.",
  ["SAFE-EXP"],
  [T("not-coded", "CARER", "Occasional interpreting for a parent with no illness/disability or caring task is not a young carer role."),
   T("not-coded", "FIN", "Father working abroad is not coded.")])
n("Z028-C-yellow", "2026-02-16", "Greave Bridge",
  "Laiba finished the online safety sessions and has a new phone with parental controls that Nighat "
  "knows how to check. Police NFA as the man couldnt be traced. Laiba still gets friend requests from "
  "accounts she doesnt know and now shows them to her sister.",
  ["SAFE-EXP"],
  [T("partial", "SAFE-EXP", "Sessions finished but unknown contacts are a current online-safety risk she is managing.")])

# Z029 Saltmoor - child-to-parent violence
n("Z029-A-orange", "2025-05-27", "Saltmoor",
  "Police called twice in May by Zahida after Imran (15) punched a hole in his bedroom door and pushed "
  "her over when she took his PS5 controller – bruising to her arm. School say attendance 86% and he's "
  "often late in. Dad lives in Ashworth, sees Imran monthly. Referred to the "
  "YOS-run Safe Homes programme.",
  ["REL-PAR", "CRIME", "EDU-ATT"],
  [T("convention", "DA", "Child-to-parent violence is REL-PAR, plus CRIME because police/YOS involved (convention 8)."),
   T("outside", "REL-CONF", "Father lives elsewhere; no parental conflict described.")])
n("Z029-C-yellow", "2025-11-17", "Saltmoor",
  "Imran and Zahida finished Safe Homes; no police call-outs since July. He still shouts and storms "
  "out when told no, but nothing physical. Attendance now 97%.",
  ["REL-PAR"],
  [T("historical", "CRIME", "'no police call-outs since July' and programme finished."),
   T("not-coded", "DA", "Shouting at a parent is REL-PAR (convention 8).")])

# Z030 Lister Fold - madrassa teacher hit child; younger sister's speech
n("Z030-A-orange", "2025-03-31", "Lister Fold",
  "Ilyas (8) came into school with a red mark across his hand, said the madrassa teacher hit him with a "
  "ruler for not knowing his lesson. LADO informed, police spoke to the madrassa committee and the teacher "
  "has been suspended. Asma and Naveed very supportive and have stopped him going. Ilyas now anxious about "
  "any mosque classes and has started wetting the bed again.",
  ["MH-CHILD", "PH"],
  [T("outside", "CRIME", "The assault was by a teacher outside the household; police action is not CRIME for the family (conventions 6, 7)."),
   T("outside", "DA", "Not domestic: perpetrator is outside the household."),
   T("convention", "PH", "School-age bedwetting is PH (convention 9).")])
n("Z030-A-green", "2025-03-31", "Lister Fold",
  "Sumayyah (5, reception) speech hard to understand, SENCo has referred her to SALT.",
  ["EDU-SEND"],
  [T("convention", "EYD", "Aged 5 and in school: school-age speech is EDU-SEND (convention 9).")])
n("Z030-C-green", "2025-07-21", "Lister Fold",
  "Ilyas dry at night since May. Does an online Qur'an class at home with a tutor mum chose and is happy "
  "with it. Sumayyah seen by SALT in school, has a programme the TA does 3x a week.",
  ["EDU-SEND"],
  [T("historical", "PH", "'dry at night since May'."),
   T("not-coded", "MH-CHILD", "'happy with it': no current need stated.")])

# Z031 Brookhey - dad lost taxi badge with sight loss, son guides him (unboxed closure note)
n("Z031-A-yellow", "2025-02-03", "Brookhey",
  "Arif (50) gave up his taxi badge in Nov because of diabetic retinopathy, now registered sight impaired. "
  "Been waiting 14 wks for a PIP decision, rent £780 behind and gas on emergency credit. Noreen doesn't "
  "work. Referred to Welfare Rights.",
  ["PH", "FIN"], [])
n("Z031-A-green", "2025-02-03", "Brookhey",
  "Zakariya (13) walks his dad to the mosque and to appts, reads out his letters and sorts his insulin "
  "pens. School say he's doing well and will flag it "
  "if his attendance dips. Noreen speaks Pahari and some Urdu, interpreter booked for our visits.",
  ["CARER", "PH"],
  [T("convention", "CARER", "Guiding a sight-impaired parent and managing his insulin is a caring role."),
   T("hypothetical", "EDU-ATT", "School will flag 'if his attendance dips'."),
   T("convention", "PH", "Insulin treatment of a household member (convention 4).")])
n("Z031-C-note", "2025-08-11", "Brookhey",
  "Closure call with Arif. PIP awarded at the enhanced rate and backdated to Oct, rent arrears cleared. "
  "His brother helps with budgeting and takes him to the sight loss group at the masjid. Zakariya still "
  "goes with him to hospital appts; school pastoral lead is aware and checks in with Zak.",
  ["PH", "CARER"],
  [T("historical", "FIN", "Arrears cleared; PIP alone is not FIN (convention 5)."),
   T("convention", "PH", "Unboxed: school is the highest cue (green); family network is blue (convention 2).")],
  level="green")

# Z032 Greave Bridge - dad's drinking after bereavement
n("Z032-A-yellow", "2025-06-30", "Greave Bridge",
  "Yasmin says Omar (41) has been drinking heavily since his brother died last year – hides vodka in the "
  "car, has missed shifts and sleeps on the settee. He has agreed to see the GP and to a referral to "
  "Calderline. Yasmin very worried the wider family and community will find out.",
  ["SUB"],
  [T("not-coded", "FIN", "Missed shifts with no money problem described."),
   T("not-coded", "MH-ADULT", "Bereavement mentioned as the trigger; no mental-health need stated.")])
n("Z032-A-green", "2025-06-30", "Greave Bridge",
  "Sofia (13) told the school nurse she worries about her dad all the time and doesn't want friends "
  "round. School nurse doing fortnightly 1:1 check ins. Zayn (10) no concerns.",
  ["MH-CHILD"], [])
n("Z032-C-blue", "2025-12-08", "Greave Bridge",
  "Omar alcohol free since August, still goes to the Calderline group on Thursdays and his brother-in-law "
  "checks in on him. Sofia says home is calmer and she had friends round for her birthday.",
  ["SUB"],
  [T("convention", "SUB", "Abstinent since August but still in an ongoing service: present/now managing (conventions 3 and 4)."),
   T("not-coded", "MH-CHILD", "Good news only in this box.")])

# Z033 Saltmoor - 4yo awaiting autism assessment, dad away driving (unboxed closure note)
n("Z033-A-green", "2025-09-15", "Saltmoor",
  "Ahmed (4) at Little Steps nursery, on the waiting list for an autism assessment at the Child "
  "Development Centre; nursery SENCo has an SEN support plan. Still in nappies, no words yet, babbles.",
  ["EDU-SEND", "EYD"],
  [T("convention", "EDU-SEND", "ASD assessment / SEN support codes EDU-SEND even at 4; toileting and speech add EYD (convention 9).")])
n("Z033-A-yellow", "2025-09-15", "Saltmoor",
  "Rizwana, Ahmed and his 2 sisters live with Bilal's parents in a 3 bed; Bilal drives long haul and is "
  "away Mon-Fri. Ahmed bolts out of the front door whenever its open and Rizwana is finding his "
  "behaviour at home really hard. Portage referral made.",
  ["REL-PAR", "EYD"],
  [T("convention", "EYD", "Portage is an under-5 developmental service: the referral codes EYD (convention 4)."),
   T("not-coded", "HOUS", "Living with in-laws in a 3 bed is not described as overcrowded."),
   T("not-coded", "FIN", "Father working away is not FIN.")])
n("Z033-C-note", "2026-02-23", "Saltmoor",
  "Closing call. Ahmed diagnosed autistic in Dec. Nursery SENCo has sent in an EHCP request ready for him "
  "starting at Brookhey Primary in Sept. Rizwana has joined a WhatsApp group for Urdu speaking parents of "
  "autistic children and her SIL helps with the nursery run.",
  ["EDU-SEND"],
  [T("convention", "EDU-SEND", "Unboxed: SENCo is the highest cue (green) over the family's own network (blue) (convention 2).")],
  level="green")

# ---------------------------------------------------------------- output


def write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(header)
        w.writerows(rows)


def main():
    narr_rows, gold_rows, traps = [], [], {}
    seen = set()
    for it in ITEMS:
        nid = it["id"]
        if nid in seen:
            raise SystemExit("duplicate id " + nid)
        seen.add(nid)
        case, st, box = nid.split("-")
        stage = {"A": "assessment", "C": "closure"}[st]
        level = "" if box == "note" else box
        gold_level = it["note_level"] if box == "note" else box
        if box == "note" and not gold_level and it["codes"]:
            raise SystemExit("note without a gold level: " + nid)
        narr_rows.append([nid, case + "-" + st, case, stage, it["date"], level,
                          it["locality"], it["text"]])
        if len(set(it["codes"])) != len(it["codes"]):
            raise SystemExit("duplicate code in " + nid)
        for c in it["codes"]:
            gold_rows.append([nid, c, gold_level])
        if it["traps"]:
            traps[nid] = it["traps"]
    write_csv(os.path.join(HERE, "narratives.csv"),
              ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"],
              narr_rows)
    write_csv(os.path.join(HERE, "gold.csv"), ["narrative_id", "code", "level"], gold_rows)
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8", newline="") as fh:
        fh.write(json.dumps(traps, indent=2, ensure_ascii=False).replace("\n", "\r\n") + "\r\n")

    cases = sorted({r[2] for r in narr_rows})
    triages = sorted({r[1] for r in narr_rows})
    notes = [r for r in narr_rows if r[5] == ""]
    empty = [r[0] for r in narr_rows if r[0] not in {g[0] for g in gold_rows}]
    print("cases %d, triages %d, narratives %d (%d unboxed notes), gold rows %d, narratives with no gold %d, "
          "trap narratives %d" % (len(cases), len(triages), len(narr_rows), len(notes), len(gold_rows),
                                  len(empty), len(traps)))
    print("by stage:", dict(Counter(r[3] for r in narr_rows)))
    print("by box level:", dict(Counter(r[5] or "(note)" for r in narr_rows)))
    print("gold by level:", dict(Counter(g[2] for g in gold_rows)))
    print("gold by code:")
    for code, k in sorted(Counter(g[1] for g in gold_rows).items()):
        print("  %-9s %d" % (code, k))


if __name__ == "__main__":
    main()
