#!/usr/bin/env python3
"""Blind gold set z126: parents with chronic pain / long-term illness and prescribed
opioids, gabapentinoids or benzodiazepines in a former mining valley (invented South
Yorkshire borough), 2025-26.  Written from /work/shared/taxonomy.md only.

Each narrative is entered once, with its gold codes and trap notes, via N(...).
Running this script writes narratives.csv, gold.csv and traps.json and prints counts.
Standard library only.
"""
import csv
import json
import os
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))

# case -> (locality, assessment date, closure date or None)
CASES = OrderedDict()
NARR = []   # dicts


def case(cid, loc, a_date, c_date=None):
    CASES[cid] = (loc, a_date, c_date)


def N(cid, stage, box, text, codes, traps=(), note_level=None):
    """box = level box (blue..red) or None for an unboxed note (then note_level
    gives the single highest cue level for its codes)."""
    st = {"A": "assessment", "C": "closure"}[stage]
    loc, a_date, c_date = CASES[cid]
    date = a_date if stage == "A" else c_date
    triage = f"{cid}-{stage}"
    nid = f"{triage}-{box}" if box else f"{triage}-note"
    gold_level = box if box else note_level
    assert gold_level in ("blue", "green", "yellow", "orange", "red"), nid
    assert len(set(codes)) == len(codes), nid
    NARR.append(dict(narrative_id=nid, triage_id=triage, case_id=cid, stage=st,
                     date=date, level=box or "", locality=loc, narrative=text,
                     codes=list(codes), gold_level=gold_level,
                     traps=[dict(type=t, code=c, note=n) for (t, c, n) in traps]))


BR, DL, PM, SD = "Brackenmoor", "Delvington", "Pitsby Main", "Sallow Dearne"

# ---------------------------------------------------------------- Z001
case("Z001", BR, "2025-02-11", "2025-07-15")
N("Z001", "A", "yellow",
  "Kayden (12) is doing a lot at home - helps Mum in and out of the bath, cooks tea 3 or 4 "
  "nights a week and fills her dosette box on a Sunday. He told EHW he worries Mum will "
  "'take the wrong ones' and hates leaving her to go to school, gets stomach aches most "
  "mornings. Leanne (38) has fibromyalgia, on pregabalin 300mg bd and tramadol, and says she "
  "takes them exactly as the GP has put. Referral to Brackenmoor Young Carers.",
  ["CARER", "MH-CHILD", "PH"],
  [("not-coded", "SUB", "Prescribed pregabalin/tramadol taken as prescribed is the health "
    "condition (PH), not misuse; no over-use described."),
   ("not-coded", "EDU-ATT", "Hating leaving Mum to go to school is worry (MH-CHILD); no "
    "absence or lateness is described.")])
N("Z001", "C", "blue",
  "Kayden goes to the young carers group every other Thursday and has made a couple of mates "
  "there. Leanne is pacing herself better and uses a perching stool in the kitchen so she can "
  "still cook tea.",
  ["CARER", "PH"],
  [("convention", "CARER", "Blue box: young carers group attended now = managing, present (conv 3/4)."),
   ("convention", "PH", "Blue box: pacing her pain with a perching stool = managing, present (conv 3).")])
N("Z001", "C", "green",
  "Mia's (6) asthma review done at the surgery in April, new spacer and no attacks since. "
  "No concerns from school.",
  ["PH"],
  [("convention", "PH", "Asthma still treated (new spacer) = ongoing condition managed in a green box; "
    "'no attacks since' ends the attacks, not the condition (conv 3, 4)."),
   ("negated", "EDU-ATT", "'No concerns from school' - nothing coded for school.")])

# ---------------------------------------------------------------- Z002
case("Z002", PM, "2025-03-04", "2025-09-30")
N("Z002", "A", "yellow",
  "Craig (45) has had chronic back pain since an injury at the Kestrel Park warehouse in 2023 "
  "and hasn't worked since. Household on UC, Sam does 16 hrs at the Co-op. Council tax arrears "
  "£640 and they've fallen behind on the Yorkshire Water payment plan. CAB appt booked 12/03.",
  ["PH", "FIN"],
  [("partial", "PH", "Injury was in 2023 but the pain is described as continuing: present.")])
N("Z002", "A", "orange",
  "Sam told EHW that Craig is taking more oxycodone than he's prescribed and getting diazepam "
  "'off a lad at the club'. He runs out of his script days early and then he's snappy and "
  "shouting. They are arguing most nights about money and tablets - Sam says there's been no "
  "violence and she isn't scared of him. Tyler (15) is staying out till gone 11 and won't come "
  "in when Sam rings him. GP aware; Craig agreed to a referral to Dearne Valley Recovery "
  "(drug & alcohol).",
  ["SUB", "REL-CONF", "REL-PAR"],
  [("negated", "DA", "'No violence and she isn't scared of him': arguments are REL-CONF, not DA (conv 8)."),
   ("convention", "SUB", "Over-using prescribed oxycodone and buying diazepam = misuse, SUB."),
   ("not-coded", "FIN", "Arguing 'about money' is the parents' conflict; no money problem is described in this box.")])
N("Z002", "C", "blue",
  "Craig sees his Dearne Valley Recovery worker weekly and is on a reducing oxycodone plan with "
  "the GP. Says he's not bought anything since May and Sam backs this up.",
  ["SUB"],
  [("convention", "SUB", "Buying stopped in May (historical), but the ongoing drug & alcohol service "
    "codes SUB (conv 4), and in a blue box managing counts (conv 3).")])

# ---------------------------------------------------------------- Z003
case("Z003", SD, "2025-04-22", "2025-10-08")
N("Z003", "A", "orange",
  "Police welfare check 14/04 after a neighbour found Archie (2) in the front garden near the "
  "road in just his nappy. Natalie (34) was asleep on the settee and didn't wake when officers "
  "knocked. She admits she has been taking extra diazepam on bad pain days, more than the 3 a day "
  "on her script. Second time she's been described as 'out of it'. MASH - threshold not met for "
  "a strategy discussion, stepped across to EH with a TAF. Nan Pauline staying 3 nights a week.",
  ["SAFE-NEG", "SUB"],
  [("convention", "CRIME", "Police welfare check is police acting to safeguard: not CRIME (conv 7)."),
   ("convention", "SUB", "Taking more prescribed diazepam than the script = misuse."),
   ("negated", "", "'Threshold not met for a strategy discussion' - no red content; the box level (orange) governs anyway (conv 2).")])
N("Z003", "C", "blue",
  "Pauline still staying Tues to Thurs. Natalie keeps her tablets in a lockbox and Pauline holds "
  "the key to the diazepam; she's been on her 3 a day since July.",
  ["SUB"],
  [("convention", "SUB", "Blue box: family holding the key to keep her to the prescribed dose is the "
    "family now managing the over-use - present (conv 3).")])
N("Z003", "C", "green",
  "Archie goes to nursery 3 mornings on the 2 yr funding, words are coming on, SALT review in Jan. "
  "Natalie says the sertraline has helped her mood, GP review every 3 months.",
  ["EYD", "MH-ADULT"],
  [("convention", "MH-ADULT", "Ongoing sertraline for mood with GP reviews = treatment codes the area (conv 4).")])

# ---------------------------------------------------------------- Z004
case("Z004", DL, "2025-01-20", "2025-06-24")
N("Z004", "A", "yellow",
  "Jade (14) attendence 79% this term, mostly Mondays and Fridays. She says she stays home when "
  "Dad's chest is bad or he's 'too sleepy off his patches' to get up. Jade does the food shop and "
  "picks up Dad's meds from the chemist. School attendance officer involved.",
  ["EDU-ATT", "CARER", "PH"],
  [("not-coded", "SAFE-NEG", "A drowsy parent of a 14-year-old; no supervision or basic-care failure described.")])
N("Z004", "A", "orange",
  "Gareth (52) worked at Delvington colliery until it shut in '93. COPD and arthritis in both "
  "knees, on fentanyl patches and Oramorph. GP practice pharmacist flagged 4 early requests for "
  "Oramorph since Oct; Gareth says he 'uses it to get off to sleep'. Also drinking 6-8 cans most "
  "nights. Declined referral to Delvington Recovery Hub for now.",
  ["PH", "SUB"],
  [("convention", "SUB", "Early repeat requests and using Oramorph to sleep plus daily drinking = "
    "misuse, not just the prescribed treatment."),
   ("historical", "", "Colliery work ended 1993: background only, no code.")])
N("Z004", "C", "yellow",
  "Jade goes to young carers at the Rec on Wednesdays. Attendance up to 91% but she's still "
  "missing some Mondays. Gareth went to the Recovery Hub in May, been twice, says he's cut the cans "
  "down to weekends.",
  ["CARER", "EDU-ATT", "SUB"],
  [("partial", "EDU-ATT", "Improved but Mondays still missed: present."),
   ("partial", "SUB", "Cut down, not stopped, and attending the Recovery Hub: present.")])

# ---------------------------------------------------------------- Z005
case("Z005", BR, "2025-05-06", "2025-11-18")
N("Z005", "A", "yellow",
  "Liam (17) left Brackenmoor College in Nov, not working and not looking. EHW referring to the "
  "Positive Steps NEET worker. Sharon (44) gave up her care assistant job in Feb because of her "
  "back; PIP refused, mandatory reconsideration in. Rent arrears £380.",
  ["EDU-NEET", "FIN", "PH"],
  [("convention", "FIN", "PIP refused + rent arrears + adult out of work = benefit/money problem (conv 5, 11)."),
   ("not-coded", "HOUS", "Rent arrears with no notice or threat to the tenancy are FIN only.")])
N("Z005", "A", "orange",
  "SP flagged after the GP medication review: Sharon has been ordering co-codamol and "
  "dihydrocodeine from online pharmacies on top of her script and one of the pharmacies has "
  "written to the practice. Sharon said she takes 'whatever gets me through the day'. She says "
  "she isn't depressed, just fed up. Referral to Brackenmoor D&A agreed.",
  ["SUB"],
  [("negated", "MH-ADULT", "'Isn't depressed, just fed up' - denied; not coded."),
   ("convention", "SUB", "Buying extra opioids on top of the script = misuse.")])
N("Z005", "C", "yellow",
  "Liam on a 12 week employability course with Positive Steps, 2 days a week. PIP awarded at MR. "
  "Rent arrears cleared in Sept.",
  ["EDU-NEET"],
  [("convention", "EDU-NEET", "Still supported by the NEET service (ongoing service codes its area, conv 4)."),
   ("historical", "FIN", "Arrears cleared; 'PIP awarded' is a benefit name with no problem (conv 3, 5).")])

# ---------------------------------------------------------------- Z006
case("Z006", PM, "2025-06-10", "2025-12-02")
N("Z006", "A", "orange",
  "Brooke (13) suspended 3 days from Pitsby Academy on 02/06 - found with a strip of pregabalin in "
  "her blazer, taken from Dad's supply, and admitted she and a friend took 2 each at dinner time. "
  "Told her head of year she cuts her arms when she's stressed about Mum. CAMHS referral made, "
  "on the waiting list.",
  ["EDU-EXC", "SUB", "MH-CHILD"],
  [("convention", "SUB", "A young person taking a parent's pregabalin = young person's misuse; no "
    "exploitation described, so not conv 12."),
   ("outside", "", "The friend who also took tablets is outside the household: not coded.")])
N("Z006", "C", "blue",
  "Darren's tablets are in a lockbox now, key on his keyring. Brooke says she hasn't touched them "
  "since June and Kirsty believes her.",
  [],
  [("historical", "SUB", "Brooke's use is described as over ('hasn't touched them since June', conv 3).")])
N("Z006", "C", "yellow",
  "Brooke seen by CAMHS Getting Help, 6 sessions done, says no self-harm since Sept. Both kids go "
  "to Pitsby Young Carers on Fridays.",
  ["MH-CHILD", "CARER"],
  [("convention", "MH-CHILD", "Open to CAMHS codes MH-CHILD even though self-harm has stopped (conv 4)."),
   ("convention", "CARER", "Young carers service attended = CARER (service implies the need).")])

# ---------------------------------------------------------------- Z007
case("Z007", SD, "2025-02-25", "2025-08-12")
N("Z007", "A", "green",
  "Lacey (3) at Little Acorns 30 hrs, toilet trained and chatty. Jodie (29) had a DVT in her left "
  "leg in 2021, still on blood thinners and gets pain walking any distance; has missed her anticoag "
  "clinic twice as she can't manage the bus.",
  ["PH"],
  [("not-coded", "EYD", "Good news only for Lacey (conv 3)."),
   ("partial", "PH", "DVT dates from 2021 but treatment, pain and missed appointments are current.")])
N("Z007", "A", "yellow",
  "Jodie on a methadone script (40ml daily supervised) with Sallow Recovery for 6 yrs, tests clear "
  "of anything on top. Nursery said she seemed 'really dozy' at pick up twice in Jan - Jodie says "
  "the GP started her on gabapentin for the leg pain and it knocks her out. GP to review the "
  "combination.",
  ["SUB", "PH"],
  [("convention", "SUB", "Methadone script = SUB although no on-top use (conv 4)."),
   ("not-coded", "SAFE-NEG", "Drowsy at pick-up is a health/medication concern; no supervision failure described.")])
N("Z007", "C", "yellow",
  "Still with Sallow Recovery, methadone down to 30ml and now 2 pick ups a week.",
  ["SUB"],
  [("convention", "SUB", "Ongoing opioid substitution treatment (conv 4).")])

# ---------------------------------------------------------------- Z008
case("Z008", DL, "2025-07-01", "2026-01-13")
N("Z008", "A", "green",
  "Ethan (15) has an EHCP for autism at Delvington High, 1:1 in core subjects, SENCo chairing the annual review in Oct.",
  ["EDU-SEND"])
N("Z008", "A", "yellow",
  "Claire (47) has been prescribed diazepam since 2010 for panic attacks. The practice has started "
  "a slow taper (2mg every 4 weeks) under its new benzo policy. Pharmacy confirm she collects on "
  "time and takes it as prescribed, but she is terrified of coming off and panics about leaving the "
  "house. SP linking her with the anxiety peer group at the Miners' Welfare.",
  ["MH-ADULT"],
  [("not-coded", "SUB", "Long-term prescribed benzodiazepine taken exactly as prescribed and tapered by "
    "the GP: dependence without misuse is the treated condition (MH-ADULT), not SUB.")])
N("Z008", "A", "orange",
  "Ethan has hit Claire twice when his routine changed, the last time on 22/06 leaving bruising on "
  "her arm. Police attended, NFA. He has refused school since half term.",
  ["REL-PAR", "CRIME", "EDU-ATT"],
  [("convention", "DA", "Child-to-parent violence is REL-PAR, not DA (conv 8)."),
   ("convention", "CRIME", "Police call-out about a young person's behaviour: CRIME added (conv 7, 8) despite NFA.")])
N("Z008", "C", "yellow",
  "Claire down to 6mg diazepam and coping, goes to the peer group most weeks. No incidents of Ethan "
  "hitting out since August. Claire finished the autism parenting course at the hub.",
  ["MH-ADULT"],
  [("historical", "REL-PAR", "'No incidents since August' and a finished course: over (conv 3)."),
   ("not-coded", "SUB", "Prescribed taper, no misuse."),
   ("convention", "MH-ADULT", "Ongoing anxiety peer group (conv 4).")])

# ---------------------------------------------------------------- Z009
case("Z009", PM, "2025-03-17", "2025-10-21")
N("Z009", "A", "orange",
  "Kian (8) attendance 71%, late most days and not in uniform. School say he is hungry in the "
  "mornings and has been taking food out of other children's lunchboxes.",
  ["EDU-ATT", "SAFE-NEG"],
  [("convention", "SAFE-NEG", "Hungry child = SAFE-NEG; no food bank/vouchers so no FIN (conv 10).")])
N("Z009", "A", "red",
  "ICPC 12/03 - Kian, Lily (5) and Maisie (9m) made subject to CP plans, category neglect. On 28/02 "
  "Kian found Wayne (41) unresponsive on the bathroom floor; paramedics gave naloxone. Wayne had "
  "taken pregabalin bought on the street plus oxycodone from his mum's prescription. Both parents "
  "have been found asleep in the day with Maisie in her cot in a soiled nappy, home cluttered and "
  "dog mess on the kitchen floor.",
  ["SUB", "SAFE-NEG"],
  [("outside", "SUB", "Wayne's mum (outside household) is only the source of the oxycodone; Wayne's own use is SUB."),
   ("not-coded", "MH-CHILD", "Kian finding his dad is not described as affecting his wellbeing in this box.")])
N("Z009", "C", "orange",
  "CP plans ended at RCPC 16/09, now a TAF with EHW as lead professional. Wayne engaging with Pitsby "
  "Recovery, on buprenorphine, tests negative for anything not prescribed. Pain clinic has moved "
  "Stacey off codeine onto a patch for her hypermobility pain.",
  ["SUB", "PH"],
  [("convention", "", "Red wording (CP plans) in an orange box: the box level governs (conv 2)."),
   ("convention", "SUB", "Buprenorphine with a recovery service = ongoing treatment (conv 4).")])

# ---------------------------------------------------------------- Z010
case("Z010", SD, "2025-09-09", "2026-02-03")
N("Z010", "A", "green",
  "SP: Angharad (40) - grew up in the Rhondda, moved here in 2012 - chronic migraine since her "
  "20s, neurology appt awaited. GP thinks she has medication overuse headache: she is buying "
  "co-codamol over the counter from 3 different chemists and taking it most days on top of her "
  "sumatriptan. She hadn't realised it could make the heads worse.",
  ["PH", "SUB"],
  [("convention", "SUB", "Buying extra over-the-counter opioid from several chemists and taking it most days "
    "= over-use/misuse, coded SUB alongside the PH condition (judgement).")])
N("Z010", "A", "yellow",
  "Ffion (12) very anxious, having trouble sleeping and keeps coming into Mum's room in the night "
  "to check she's ok. 3 panic attacks at school since Sept. School counsellor offered, EHW to do "
  "worry work with her. Osian (7) is fine, football mad.",
  ["MH-CHILD", "PH"],
  [("convention", "PH", "Sleep problem at school age = PH (conv 9)."),
   ("not-coded", "CARER", "Checking on Mum is worry, not a caring task.")])
N("Z010", "C", "green",
  "Angharad stopped the shop-bought co-codamol in Oct with the GP's help, headaches 'loads better', "
  "neurology appointment in March.",
  ["PH"],
  [("historical", "SUB", "Over-use stopped in October (conv 3)."),
   ("partial", "PH", "Migraine still awaiting neurology: present.")])

# ---------------------------------------------------------------- Z011
case("Z011", BR, "2025-05-20", "2025-10-28")
N("Z011", "A", "green",
  "Linda (61) is kinship carer for Charlie (10) under an SGO since 2021. Osteoarthritis in both "
  "hips, on tramadol, waiting for a hip replacement at Rotherford General.",
  ["PH"],
  [("convention", "CARER", "'Kinship carer' is an adult carer, not a young carer (conv 12).")])
N("Z011", "A", "yellow",
  "Charlie's mum Chantelle lives in Rotherford and is using heroin; she turned up at the school "
  "gates under the influence 2 wks ago and Charlie saw her. Since then Charlie has been wetting the "
  "bed again and kicking off at bedtime, Linda finding it hard to manage him.",
  ["PH", "REL-PAR"],
  [("outside", "SUB", "Birth mum lives elsewhere: her heroin use is not coded (conv 6)."),
   ("convention", "PH", "Bedwetting at school age = PH (conv 9).")])
N("Z011", "C", "blue",
  "Linda using the bedtime routine from the family hub session, bedtimes calmer and Charlie in bed "
  "by half 8 most nights.",
  ["REL-PAR"],
  [("convention", "REL-PAR", "Blue box: routine now managed by Linda = present (conv 3).")])

# ---------------------------------------------------------------- Z012
case("Z012", PM, "2025-10-14", "2026-03-10")
N("Z012", "A", "orange",
  "Dylan (15) arrested 03/10 after police found 40 pregabalin capsules and £200 cash on him at "
  "Pitsby Academy. The tablets came from Dad's repeat script. Dylan says older lads off the Kettleby "
  "estate told him what to charge and that he owes them. 5 day exclusion, school talking about a "
  "managed move. NRM being considered.",
  ["CRIME", "SAFE-EXP", "EDU-EXC"],
  [("convention", "SUB", "Drugs found on an exploited child are SAFE-EXP and CRIME, not SUB (conv 12)."),
   ("outside", "", "The older lads are outside the household; their effect on Dylan is SAFE-EXP (conv 6).")])
N("Z012", "A", "yellow",
  "Kev (50) chronic neck and shoulder pain since an RTC in 2019, on pregabalin and oxycodone. Says "
  "he never noticed any going missing. Kev hasn't worked since 2020; Tracey works part time at the "
  "bakery, no arrears.",
  ["PH", "FIN"],
  [("convention", "FIN", "Adult worklessness is FIN (conv 11) even though 'no arrears' is negated."),
   ("not-coded", "SUB", "Kev's own use is not described as misuse.")])
N("Z012", "C", "orange",
  "Dylan on an 8 month referral order with Pitsby YJS. Started at Thornleigh Academy on a managed "
  "move 1st Dec. Exploitation screening medium risk, the Kettleby lads are still messaging him.",
  ["CRIME", "EDU-EXC", "SAFE-EXP"],
  [("convention", "CRIME", "Referral order / YJS = youth justice (conv 7).")])

# ---------------------------------------------------------------- Z013
case("Z013", DL, "2025-08-05", "2025-12-09")
N("Z013", "A", "green",
  "Rachel (43) has rheumatoid arthritis with flare ups most months, rheumatology at Rotherford "
  "6 monthly. GP med review in July: tramadol taken as prescribed, no concerns re over-use.",
  ["PH"],
  [("negated", "SUB", "'No concerns re over-use'.")])
N("Z013", "A", "yellow",
  "Rachel lost her job as a dinner lady in April after sickness absence. UC first payment was "
  "delayed 5 weeks and she's had to use the food bank twice. Amber (16) is doing A levels at "
  "Delvington College, helps Mum with cooking and washing her hair most days. EHW to refer Amber "
  "to young carers.",
  ["FIN", "CARER"],
  [("not-coded", "EDU-NEET", "Amber is in college."),
   ("convention", "FIN", "UC delay + food bank = benefit problem (conv 5, 10).")])
N("Z013", "C", "green",
  "UC paid on time now and Rachel budgeting fine, no food bank since Sept.",
  [],
  [("historical", "FIN", "'No food bank since Sept' is over; 'UC' alone is not FIN (conv 3, 5).")])

# ---------------------------------------------------------------- Z014
case("Z014", SD, "2025-11-04", "2026-03-24")
N("Z014", "A", "green",
  "Ruby (3) hasn't taken up her nursery place - Lee says getting her there is too much with his "
  "back. HV aware and chasing.",
  ["EYD", "PH"])
N("Z014", "A", "orange",
  "School have raised that Lee (36) seemed slurred at pick up twice. Lee admitted to EHW he orders "
  "tramadol online 'to top up' since the GP cut his dose. Risk that if the "
  "online buying carries on he'll be too drowsy to supervise Alfie (6) and Ruby - TAF to monitor.",
  ["SUB"],
  [("hypothetical", "SAFE-NEG", "Supervision risk stated only 'if the online buying carries on'."),
   ("not-coded", "PH", "No health condition named in this box; the dose cut is context for the misuse.")])
N("Z014", "C", "yellow",
  "Lee on the pain clinic's opioid reduction programme; says there have been no online orders since "
  "January. UC in payment now, electric arrears on a repayment plan.",
  ["PH", "FIN"],
  [("historical", "SUB", "No online orders since January (conv 3); a pain clinic reducing prescribed opioids "
    "is pain treatment (PH), not a drug service."),
   ("partial", "FIN", "Arrears still being repaid: present.")])

# ---------------------------------------------------------------- Z015
case("Z015", BR, "2025-04-08", "2025-09-16")
N("Z015", "A", "orange",
  "Michelle (33) disclosed that Jason keeps her pregabalin and her bank card and 'decides' when she "
  "can have them. He pushed her into the wardrobe door when she asked for her tablets. DASH 15, "
  "MARAC 24/04. Harley (9) told school he heard Dad shouting 'you're a junkie' at Mum.",
  ["DA"],
  [("not-coded", "SUB", "'Junkie' is the abuser's insult; control of her medication is part of the abuse, not misuse."),
   ("not-coded", "FIN", "Control of her bank card is economic abuse = DA; no money problem described."),
   ("convention", "CRIME", "Partner's assault on the adult victim is DA only (conv 7).")])
N("Z015", "A", "yellow",
  "Michelle has fibromyalgia and IBS, on pregabalin 150mg twice a day. Says she has 'maybe a bottle "
  "of wine on a Friday'. Lexi (7) is late most days as Michelle struggles to walk her in.",
  ["PH", "EDU-ATT"],
  [("not-coded", "SUB", "Weekly wine not described as misuse; prescribed pregabalin is PH.")])
N("Z015", "C", "orange",
  "Jason moved out in May. Non-mol granted in June; he breached it by text and was arrested 02/08.",
  ["DA"],
  [("convention", "CRIME", "Ex-partner's breach and arrest are DA only (conv 7).")])
N("Z015", "C", "blue",
  "Michelle has her own bank account again and keeps her own tablets. Doing the Freedom Programme "
  "on Tuesday mornings.",
  ["DA"],
  [("convention", "DA", "Freedom Programme = DA (conv 4).")])

# ---------------------------------------------------------------- Z016
case("Z016", PM, "2025-06-17", "2025-11-25")
N("Z016", "A", "green",
  "Paul (58) was down Pitsby Main pit until it closed in '93; has pneumoconiosis and vibration white "
  "finger. On long term MST from the GP, reviewed every 6 months, and uses oxygen at night.",
  ["PH"],
  [("not-coded", "SUB", "Long-term prescribed morphine reviewed by the GP, no misuse.")])
N("Z016", "A", "yellow",
  "Jack (13) helps Dad with his oxygen, gets him up out of the chair and stays in with him "
  "when Julie's at work. Jack's grades have slipped this year. Young "
  "carers referral sent.",
  ["CARER"],
  [("not-coded", "", "Slipping grades are not a taxonomy area (no attendance, exclusion or SEND described)."),
   ("not-coded", "PH", "Dad's needs are described only through Jack's tasks; no condition named in this box (conv 1).")])
N("Z016", "C", "blue",
  "Jack goes to young carers every other Saturday, went on their residential in the Peaks in Aug.",
  ["CARER"])

# ---------------------------------------------------------------- Z017
case("Z017", DL, "2025-02-03", "2025-07-22")
N("Z017", "A", "orange",
  "s21 served 20/01 by the private landlord. Black mould in both bedrooms, Ava (2) has had 3 chest "
  "infections since Oct. Rent arrears £1,150 since Kerry's hours were cut.",
  ["HOUS", "PH", "FIN"])
N("Z017", "A", "green",
  "Kerry (37) has chronic back pain, co-codamol 30/500 from the GP. Previous DV from Ava's dad, "
  "ended 2023 and no contact since.",
  ["PH"],
  [("historical", "DA", "Past DV, ended 2023, no contact."),
   ("not-coded", "SUB", "Prescribed co-codamol.")])
N("Z017", "C", "orange",
  "Rehoused by Delvington Homes on 01/06 into a 3 bed, no damp. Arrears with the old landlord £600, "
  "on a plan through Citizens Advice.",
  ["FIN"],
  [("historical", "HOUS", "Rehoused, no damp: the housing need is over (conv 3).")])

# ---------------------------------------------------------------- Z018
case("Z018", BR, "2025-01-14", "2025-06-10")
N("Z018", "A", "yellow",
  "Nia (39) was dismissed from her TA job in Nov on capability grounds - long covid. They're living "
  "off Mark's wage and Nia's ESA, which is under review, and have borrowed off Mark's dad twice to "
  "cover the mortgage.",
  ["FIN", "PH"],
  [("partial", "PH", "'Long covid' named as the current reason for dismissal: present (judgement)."),
   ("convention", "FIN", "ESA under review plus borrowing for the mortgage = money problem (conv 5).")])
N("Z018", "A", "orange",
  "Cai (14) hasn't been in school since 6 Jan - says he feels sick every morning and worries "
  "something will happen to Mum while he's out. CAMHS referral accepted 10/01, awaiting assessment. "
  "School offering a part time timetable.",
  ["EDU-ATT", "MH-CHILD"],
  [("not-coded", "CARER", "Worry about Mum; no caring tasks described.")])
N("Z018", "C", "green",
  "Cai on a part time timetable, 3 days a week; school nurse checks in with him weekly.",
  ["EDU-ATT"],
  [("not-coded", "MH-CHILD", "A school nurse check-in with no stated emotional need is not coded (judgement).")])

# ---------------------------------------------------------------- Z019
case("Z019", PM, "2025-08-19", "2026-02-10")
N("Z019", "A", "red",
  "CIN (s17) plan agreed 12/08 for Freya (18m). Becky (27) took two overdoses of prescribed and "
  "street diazepam in July, both times alone in the flat with Freya. Becky says she took them to "
  "sleep and not to end her life.",
  ["SUB", "SAFE-NEG"],
  [("negated", "MH-ADULT", "Suicidal intent denied; no mental-health need stated (judgement)."),
   ("convention", "SAFE-NEG", "Toddler alone with an overdosed parent = supervision.")])
N("Z019", "A", "orange",
  "Josh (29), Becky's partner, released from HMP Moorfield in May and on licence, probation aware. "
  "Josh says he's clean - history of heroin use 2015-2020.",
  ["CRIME"],
  [("convention", "CRIME", "Adult on licence (conv 7)."),
   ("historical", "SUB", "Heroin use 2015-2020, ended.")])
N("Z019", "C", "red",
  "CIN plan continues. Becky on a supervised diazepam taper with Pitsby Recovery, no overdoses since "
  "July. Freya at nursery 15 hrs.",
  ["SUB"],
  [("historical", "SAFE-NEG", "No supervision concern described now."),
   ("not-coded", "EYD", "Nursery attendance is good news.")])

# ---------------------------------------------------------------- Z020
case("Z020", DL, "2025-03-25", "2025-09-09")
N("Z020", "A", "yellow",
  "Kyle (17) left Delvington College in Oct to look after Dad and is now NEET. He does the cooking, "
  "cleaning and Dad's tablets. Steve (55) is on PIP and ESA, no debts, Kyle says they manage fine.",
  ["EDU-NEET", "CARER"],
  [("convention", "FIN", "PIP/ESA with no money problem are not FIN (conv 5); a NEET 16+ is EDU-NEET only (conv 11).")])
N("Z020", "A", "orange",
  "Steve has bilateral knee OA, on tramadol and diazepam. Kyle told EHW Dad 'drinks with his "
  "tablets' - 8-10 pints at the Welfare most days - and has fallen twice in the house, once cutting "
  "his head open; ambulance 17/03. GP and D&A both aware, Steve won't engage.",
  ["PH", "SUB"])
N("Z020", "C", "yellow",
  "Kyle started an apprenticeship with Delvington Homes in Aug. Still in touch with young carers and "
  "goes to their evening group.",
  ["CARER"],
  [("historical", "EDU-NEET", "Now in an apprenticeship: no longer NEET.")])

# ---------------------------------------------------------------- Z021
case("Z021", SD, "2025-06-03", "2025-10-14")
N("Z021", "A", "blue",
  "Hayley (35) has lots of support from her mum. Her dad lives next door (not part of the "
  "household); he's on high dose morphine and Hayley thinks he's buying extra online - she has rung "
  "his GP herself.",
  [],
  [("outside", "SUB", "Grandad lives next door: outside the household (conv 6).")])
N("Z021", "A", "green",
  "Hayley has endometriosis, on the list for surgery, takes codeine when it flares. Poppy (8) has "
  "eczema. Oscar (5) started Reception in Sept and is still having wetting accidents in the day, "
  "school nurse involved.",
  ["PH"],
  [("convention", "EYD", "Oscar is 5 and at school: toileting is PH, not EYD (conv 9 - EYD is under-5s)."),
   ("not-coded", "SUB", "Codeine as needed for endometriosis, prescribed use.")])
N("Z021", "A", "yellow",
  "If Hayley has her op in the autumn the kids may need to stay at nan's for a week or two. Hayley is "
  "worried about how she'll manage afterwards. EHW to help plan.",
  [],
  [("hypothetical", "PH", "Operation described only as 'if'."),
   ("not-coded", "MH-ADULT", "Practical worry, no mental-health need described.")])
N("Z021", "C", "blue",
  "Hayley had her laparoscopy in Sept and is recovering well at home; kids stayed at her mum's for "
  "a week.",
  ["PH"],
  [("convention", "PH", "Blue box: recovering from surgery = managing, present (conv 3).")])

# ---------------------------------------------------------------- Z022
case("Z022", BR, "2025-09-23", "2026-02-17")
N("Z022", "A", "yellow",
  "Chloe (15) gets the twins Riley and Rosie (6) up, dressed and to school most days, makes tea and "
  "puts them to bed. Her own attendance is 84% and she's late most mornings.",
  ["CARER", "EDU-ATT"],
  [("convention", "CARER", "Caring for younger siblings because of parents' illness = young carer.")])
N("Z022", "A", "orange",
  "Pill count at the practice medication review 15/09: both parents short, Rob roughly 60 oxycodone "
  "unaccounted for. Both say 'we share when one of us is bad'. School report the twins in dirty "
  "uniform and with untreated nits for weeks. EHW visited at 2pm, both parents asleep upstairs, Chloe "
  "answered the door.",
  ["SUB", "SAFE-NEG"],
  [("convention", "SUB", "Sharing prescribed opioids and unexplained shortfalls = misuse."),
   ("not-coded", "PH", "Parents' pain conditions are not named in this box.")])
N("Z022", "C", "orange",
  "Rob and Tina both open to Brackenmoor D&A, on weekly dispensing from the chemist, pill counts "
  "correct since Nov. Both booked on the pain clinic's Living Well with Pain course in March.",
  ["SUB", "PH"],
  [("convention", "SUB", "Open to D&A service = SUB (conv 4) although pill counts now correct.")])

# ---------------------------------------------------------------- Z023
case("Z023", PM, "2025-07-08", "2025-12-16")
N("Z023", "A", "yellow",
  "Ian (49) made redundant from Dearneside Steel in Nov 2024, redundancy money gone, now on UC. He's "
  "been gambling online 'to win it back' and owes £2,300 across 2 credit cards. Ian and Claire are "
  "rowing about money most days and Claire has talked about separating. Signed up to GamStop, "
  "StepChange referral done.",
  ["FIN", "REL-CONF"],
  [("convention", "SUB", "Gambling debts are FIN, not SUB (conv 10).")])
N("Z023", "A", "green",
  "SP: Ian has sciatica, on gabapentin from the GP, says he doesn't need more than he's prescribed.",
  ["PH"],
  [("negated", "SUB", "Says he doesn't need more than prescribed.")])
N("Z023", "C", "blue",
  "Ian on a StepChange DMP at £45 a month and still going to the Men's Shed at Pitsby Welfare.",
  ["FIN"],
  [("convention", "FIN", "Blue box: paying off debt = managing, present (conv 3)."),
   ("not-coded", "MH-ADULT", "Men's Shed alone states no mental-health need.")])

# ---------------------------------------------------------------- Z024
case("Z024", DL, "2025-05-13", "2025-10-07")
N("Z024", "A", "yellow",
  "Aimee (34) and Jake's dad Liam split up in Jan; rows at handovers, now going to Valley Mediation. "
  "Liam told school Aimee is 'off her face on tablets'. Aimee has a back injury and is prescribed "
  "tramadol; GP letter says she takes it as prescribed and they have no concerns.",
  ["REL-CONF", "PH"],
  [("negated", "SUB", "GP confirms prescribed use, no concerns; the ex-partner's allegation is not evidence."),
   ("outside", "", "Liam lives elsewhere; the conflict between the parents is still REL-CONF.")])
N("Z024", "A", "green",
  "Jake (8) quiet and teary in class on Mondays after contact weekends; ELSA sessions started.",
  ["MH-CHILD"])
N("Z024", "C", "blue",
  "Handovers now at Aimee's mum's house, no rows since mediation finished in July.",
  [],
  [("historical", "REL-CONF", "'No rows since July' and mediation finished: over (conv 3).")])

# ---------------------------------------------------------------- Z025
case("Z025", SD, "2025-11-11", "2026-04-14")
N("Z025", "A", "green",
  "Tom (11) has cerebral palsy, wheelchair user, EHCP at Sallow Park Special School with transport.",
  ["PH", "EDU-SEND"])
N("Z025", "A", "orange",
  "Council house: damp in the back bedroom and boiler broken since Sept, reported 4 times, "
  "environmental health now involved. Nicola (41) on morphine for chronic pain after an RTC in 2018, "
  "much worse in the cold. Millie (15) helps lift Tom when Mum can't. Electric top ups costing "
  "£40 a week, food bank voucher given.",
  ["HOUS", "PH", "FIN", "CARER"],
  [("convention", "FIN", "Food bank voucher + fuel costs = FIN (conv 10)."),
   ("not-coded", "SUB", "Prescribed morphine for pain.")])
N("Z025", "C", "yellow",
  "Millie goes to Sallow young carers once a month. Boiler replaced in Jan and damp treated. Warm "
  "Home Discount recieved, still £180 behind on the electric.",
  ["CARER", "FIN"],
  [("historical", "HOUS", "Repairs done: over.")])

# ---------------------------------------------------------------- Z026
case("Z026", BR, "2025-04-29", "2025-09-23")
N("Z026", "A", "orange",
  "Josh (16) bought 'Xanax' off a lad at college and had to be fetched from a party by Gary after "
  "taking them. Smoking weed most days too. Referred to the Young People's Substance Service (YPSS). "
  "Vapes constantly.",
  ["SUB"],
  [("convention", "SUB", "Vaping is not SUB (conv 12), but street benzos and cannabis are."),
   ("outside", "", "The lad who sold them is outside the household; no exploitation described."),
   ("not-coded", "EDU-NEET", "Josh is at college.")])
N("Z026", "A", "yellow",
  "Gary (47) off work since March with a prolapsed disc, on tramadol and naproxen and takes them as "
  "per the box. Found the tramadol count short in April - Josh admitted taking some.",
  ["PH", "SUB"],
  [("convention", "SUB", "SUB for Josh taking his father's tramadol; Gary's own use is as prescribed."),
   ("not-coded", "FIN", "Off sick from a job, no money problem: not FIN (cf. conv 5).")])
N("Z026", "C", "yellow",
  "Josh still sees his YPSS worker fortnightly, says he's stopped the pills but still smokes weed at "
  "weekends. Gary's meds locked away now.",
  ["SUB"])

# ---------------------------------------------------------------- Z027
case("Z027", PM, "2025-12-02", "2026-05-12")
N("Z027", "A", "green",
  "Leo (3) not toilet trained yet, at nursery 15 hrs, HV involved. Evie (10) doing well at school.",
  ["EYD"])
N("Z027", "A", "orange",
  "Gemma (32) says she's 'hooked' on the codeine she was given after her surgery and buys it "
  "off a friend when her script runs out. GP has referred her to Pitsby Recovery. Evie (10) told "
  "school she has to wake Mum up to get to school and makes her own and Leo's breakfast because "
  "Mum 'sleeps all morning'.",
  ["SUB", "CARER", "SAFE-NEG"],
  [("convention", "SAFE-NEG", "A 3-year-old left to a 10-year-old while the parent sleeps = supervision/basic care."),
   ("convention", "CARER", "Evie feeding her brother = caring role; both codes kept."),
   ("not-coded", "PH", "Surgery is past; Crohn's not named in this box.")])
N("Z027", "C", "yellow",
  "Gemma engaging with Pitsby Recovery, swapped to a slow codeine reduction. Evie goes to the young "
  "carers club. Rent arrears on a repayment plan since Ash's work picked up.",
  ["SUB", "CARER", "FIN"])

# ---------------------------------------------------------------- Z028
case("Z028", SD, "2025-07-29", "2025-12-30")
N("Z028", "A", "green",
  "Rebecca (37) has epilepsy, on lamotrigine and clobazam, 2 tonic clonic seizures in June. DVLA "
  "have taken her licence.",
  ["PH"],
  [("not-coded", "SUB", "Clobazam (a benzodiazepine) prescribed for epilepsy is treatment, not misuse.")])
N("Z028", "A", "yellow",
  "Rebecca lost her delivery driver job when the licence went. Marc works full time but they're "
  "£300 a month short and have missed 2 mortgage payments.",
  ["FIN"],
  [("not-coded", "HOUS", "Missed mortgage payments with no repossession action = FIN only.")])
N("Z028", "C", "blue",
  "Rebecca seizure free since July, hoping to get her licence back next year. Mortgage back up to "
  "date and she started a part time admin job in Oct.",
  [],
  [("historical", "PH", "'Seizure free since July' with no current treatment named reads as over (conv 3 literal)."),
   ("historical", "FIN", "Mortgage up to date, back in work.")])

# ---------------------------------------------------------------- Z029
case("Z029", DL, "2025-02-18", "2025-07-08")
N("Z029", "A", "yellow",
  "Jo (40) has been on codeine since her hysterectomy in 2021 and now takes around 16 a day, more "
  "than her script. GP has diagnosed opioid dependence and started buprenorphine with the shared care "
  "worker from Delvington D&A.",
  ["SUB"],
  [("convention", "SUB", "Taking more than prescribed + D&A shared care = SUB."),
   ("historical", "PH", "Hysterectomy in 2021; no current physical condition described.")])
N("Z029", "A", "green",
  "Harvey (11) told the school nurse he's scared Mum will 'die in her sleep' after reading about "
  "codeine online. School nurse seeing him weekly.",
  ["MH-CHILD"])
N("Z029", "C", "blue",
  "Jo on a stable buprenorphine dose, picks up weekly. Harvey knows who to go to at school if he's "
  "worried.",
  ["SUB"],
  [("hypothetical", "MH-CHILD", "'If he's worried' - no current worry stated."),
   ("convention", "SUB", "Buprenorphine = ongoing treatment (conv 4).")])

# ---------------------------------------------------------------- Z030
case("Z030", SD, "2025-10-21", "2026-03-03")
N("Z030", "A", "red",
  "Strategy meeting 15/10 after Oakley (2) swallowed some of Mum's pregabalin capsules left on the "
  "bedside table while Mum was asleep; twin Jax was with him. Oakley kept in Rotherford General "
  "overnight for obs and discharged well. s47 completed - no CP plan, stepped down to EH. Sarah (39) "
  "very distressed, GP has started her on sertraline.",
  ["SAFE-NEG", "MH-ADULT"],
  [("not-coded", "SUB", "Medication left within reach while asleep is a supervision/safety issue; no misuse described."),
   ("historical", "PH", "Oakley discharged well: no continuing health need."),
   ("convention", "MH-ADULT", "Sertraline started = ongoing treatment (conv 4).")])
N("Z030", "A", "yellow",
  "Sarah has fibromyalgia, on pregabalin 225mg bd. Chris (41) works away Mon-Fri. EHW to do home "
  "safety and safe medicine storage with Sarah.",
  ["PH", "SAFE-NEG"],
  [("convention", "SAFE-NEG", "EHW work on home safety/medicine storage with toddlers = current home-safety need."),
   ("not-coded", "FIN", "Working away is not FIN (conv 5).")])
N("Z030", "C", "yellow",
  "Sarah has a lockable medicine box, the twins nap in a stair-gated room and Chris has got a local "
  "job so he's home every night. GP has reduced her pregabalin.",
  ["PH"],
  [("not-coded", "SAFE-NEG", "Yellow box: safety measures in place, no current concern; 'now managing' "
    "counts only in blue/green boxes (conv 3)."),
   ("convention", "PH", "Pregabalin reduced by GP = ongoing treatment (conv 4).")])

# ---------------------------------------------------------------- unboxed notes
case("Z031", BR, "2025-06-24", "2025-11-04")
N("Z031", "A", None,
  "Home visit 23/06 (EHW). Leah (37) has ME and chronic back pain, mostly housebound. On pregabalin "
  "and morphine from the GP. Admits she has been 'borrowing' diazepam off her sister to help her "
  "sleep. Had to give up her hair salon last year, now £420 behind on the electric. Daisy (9) does "
  "the washing up and brings Mum her tablets and a drink. Plan: 1) refer Daisy to young carers "
  "2) Citizens Advice appt for Leah 3) let GP know re the diazepam.",
  ["PH", "SUB", "FIN", "CARER"],
  [("convention", "", "Unboxed: highest cue = EHW / young carers / Citizens Advice -> yellow (conv 2); GP is only green."),
   ("outside", "SUB", "Sister is outside the household but Leah's own use of unprescribed diazepam is SUB.")],
  note_level="yellow")
N("Z031", "C", None,
  "Closure. Leah's GP now reviews her pain meds every 3 months and she says she hasn't had any of "
  "her sister's tablets since the summer. Electric arrears coming off her UC at £10 a week. Daisy "
  "goes to after school club at Holly Bank twice a week, school say she's happy.",
  ["PH", "FIN"],
  [("convention", "", "Unboxed: only GP and school cues -> green (conv 2)."),
   ("historical", "SUB", "No sister's tablets since the summer (conv 3)."),
   ("partial", "FIN", "Arrears still being repaid: present.")],
  note_level="green")

case("Z032", PM, "2025-09-02")
N("Z032", "A", None,
  "SP appt at Pitsby Medical Practice. Dave (57), ex-miner, emphysema and chronic back pain, on "
  "tramadol and pregabalin. Has asked for early pregabalin twice this month and the GP is worried he "
  "is taking more than prescribed - review booked. Dave and Carol have brought up their grandson "
  "Kieran (15) since he was 3. Kieran sets up Dave's nebuliser and helps him get dressed. I've "
  "referred Kieran to Pitsby Young Carers.",
  ["PH", "SUB", "CARER"],
  [("convention", "", "Unboxed: young carers service = yellow cue, above the GP (green) (conv 2)."),
   ("convention", "CARER", "Grandparents raising Kieran are kinship carers (not CARER); Kieran's caring is CARER (conv 12)."),
   ("partial", "SUB", "GP concern that he takes more than prescribed = current risk, coded present.")],
  note_level="yellow")

case("Z033", SD, "2025-11-19")
N("Z033", "A", None,
  "Police called 11/11 by Donna (44) after Reece (15) smashed the kitchen door and pushed her when she "
  "wouldn't give him money; Reece given a community resolution. Donna has fibromyalgia and told the "
  "officers she'd taken extra pregabalin that she buys off a neighbour and was 'not with it'. "
  "Reece has had 2 suspensions this term for fighting and school are "
  "talking about a PEX. Keeley (7) was upstairs asleep.",
  ["REL-PAR", "CRIME", "PH", "SUB", "EDU-EXC"],
  [("convention", "DA", "Child-to-parent violence = REL-PAR + CRIME (police), not DA (conv 8)."),
   ("convention", "", "Unboxed: police call-out = orange cue (conv 2)."),
   ("outside", "", "The neighbour selling pregabalin is outside the household; Donna's own use is SUB."),
   ("not-coded", "SAFE-NEG", "Keeley asleep upstairs: no supervision failure described.")],
  note_level="orange")

case("Z034", DL, "2025-05-27")
N("Z034", "A", None,
  "Phone call with Mandy (36). She's doing the back pain exercises from the NHS app and using the pain "
  "toolkit leaflets I gave her, and her partner now does bathtime so she can rest her back. Kids "
  "Nathan (6) and Isabelle (4) fine. Mandy says she definately doesn't need anything else and is happy for the "
  "case to close.",
  ["PH"],
  [("convention", "", "Unboxed: only information/self-help the family acts on -> blue (conv 2)."),
   ("convention", "PH", "Managing her own back pain counts as present at blue (conv 3).")],
  note_level="blue")

case("Z035", PM, "2025-12-09")
N("Z035", "A", None,
  "ICPC 08/12 - Kayla (6 wks) made subject to a CP plan, category neglect. Dad Connor (30) is on a "
  "methadone script and buying diazepam on top; HV has twice found him asleep on the sofa with Kayla "
  "on his chest. Mum Shannon (24) has pelvic girdle pain since the pregnancy, on co-codamol, no "
  "concerns about her use. HV also concerned Kayla is below her birth weight centile.",
  ["SUB", "SAFE-NEG", "PH"],
  [("convention", "", "Unboxed: ICPC / CP plan = red cue (conv 2)."),
   ("partial", "SUB", "'No concerns about her use' negates SUB for Shannon only, but Connor's use makes SUB present (coded once)."),
   ("convention", "SAFE-NEG", "Parent asleep with a newborn on the sofa = unsafe sleep/supervision.")],
  note_level="red")


# ---------------------------------------------------------------- write
def main():
    ids = [n["narrative_id"] for n in NARR]
    assert len(ids) == len(set(ids)), "duplicate ids"
    with open(os.path.join(HERE, "narratives.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"])
        for n in NARR:
            w.writerow([n[k] for k in ("narrative_id", "triage_id", "case_id", "stage", "date",
                                       "level", "locality", "narrative")])
    rows = 0
    with open(os.path.join(HERE, "gold.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "code", "level"])
        for n in NARR:
            for c in n["codes"]:
                w.writerow([n["narrative_id"], c, n["gold_level"]])
                rows += 1
    traps = OrderedDict((n["narrative_id"], n["traps"]) for n in NARR if n["traps"])
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(traps, f, indent=1, ensure_ascii=False)
        f.write("\n")

    codes = Counter(c for n in NARR for c in n["codes"])
    levels = Counter(n["gold_level"] for n in NARR for _ in n["codes"])
    print(f"cases: {len(CASES)}  triages: {len({n['triage_id'] for n in NARR})}  "
          f"narratives: {len(NARR)} (boxed {sum(1 for n in NARR if n['level'])}, "
          f"notes {sum(1 for n in NARR if not n['level'])})")
    print(f"gold rows: {rows}  narratives without gold: {sum(1 for n in NARR if not n['codes'])}  "
          f"narratives with traps: {len(traps)} ({sum(len(v) for v in traps.values())} notes)")
    print("codes:", ", ".join(f"{k} {v}" for k, v in sorted(codes.items())))
    print("levels:", ", ".join(f"{k} {levels[k]}" for k in ("blue", "green", "yellow", "orange", "red")))
    print("localities:", dict(Counter(n["locality"] for n in NARR)))


if __name__ == "__main__":
    main()
