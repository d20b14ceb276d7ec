#!/usr/bin/env python3
"""Blind gold set z108: children's and parents' physical health (East Anglian district).

Written from /work/shared/taxonomy.md only. Standard library only.
Writes narratives.csv, gold.csv and traps.json next to this file and prints counts.

Each narrative is written once below, with its gold codes (present only) and its trap notes.
Boxed narratives: box = blue/green/yellow/orange/red, codes take the box level.
Unboxed notes: box = "note", note_level = the single highest cue in the text (convention 2).
"""
import csv
import json
import os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))

CASES = []


def case(cid, locality, a_date, c_date):
    c = {"case": cid, "locality": locality, "A": a_date, "C": c_date, "items": []}
    CASES.append(c)
    return c


def N(c, stage, box, text, codes, traps=(), note_level=None):
    c["items"].append({
        "stage": stage, "box": box, "text": text, "codes": list(codes),
        "traps": [{"type": t, "code": k, "note": n} for (t, k, n) in traps],
        "note_level": note_level,
    })


# ---------------------------------------------------------------- Z001
c = case("Z001", "Marshwick", "2025-01-14", "2025-06-24")
N(c, "A", "green",
  "Tyler (6) - asthma, on Clenil (brown) and salbutamol (blue). Annual asthma reveiw at Marshwick "
  "Surgery overdue since Sept, 3 letters sent and not booked. School say he has needed his blue "
  "inhaler in most PE lessons this half term.",
  ["PH"])
N(c, "A", "yellow",
  "Shannon rents a 2 bed flat from Eastmere Housing. Black mould in both bedrooms and round the "
  "bathroom window, reported to the landlord in Oct and again in Dec, no repair done. Tyler taken "
  "to A&E twice in Jan with wheeze. EHW to help Shannon put in a formal disrepair complaint and "
  "chase the GP review.",
  ["HOUS", "PH"])
N(c, "C", "blue",
  "Mould treated and new extractor fan fitted in April, no damp since. Shannon booked Tyler's "
  "asthma review herself (done 12/5) and keeps his action plan on the fridge. Attendance 96%.",
  ["PH"],
  [("historical", "HOUS", "Damp/mould described as fixed in April, 'no damp since' - over, so not coded (conv 3)."),
   ("convention", "PH", "Asthma still current and managed by mum with an action plan: 'now managing' in a blue box is present (conv 3)."),
   ("not-coded", "EDU-ATT", "Attendance 96% is good news with no need stated in this box (conv 3).")])
N(c, "C", "note",
  "Text from Shannon 20/06: she has downloaded the asthma app we told her about and is logging "
  "Tyler's peak flows herself. Her mum keeps a spare inhaler at hers for the weekends he stays over.",
  ["PH"],
  [("convention", "PH", "Unboxed: only cues are information acted on by the family and its own network (gran) -> blue (conv 2); asthma self-managed = present (conv 3).")],
  note_level="blue")

# ---------------------------------------------------------------- Z002
c = case("Z002", "Fennock", "2025-03-04", "2025-11-18")
N(c, "A", "yellow",
  "Ellie-Mae (14) T1 diabetic since Oct 24. Attendance 71% this half term - she goes home after "
  "hypos and doesn't come back. Mum (Karen) says she is 'at the end of her tether', GP has started "
  "her on citalopram for low mood. EHW to meet with school and Karen re a return plan.",
  ["EDU-ATT", "PH", "MH-ADULT"])
N(c, "A", "orange",
  "Diabetes specialist nurse concerned Ellie-Mae is skipping insulin on purpose, HbA1c 92, DNA'd 2 "
  "of her last 3 clinic appts at St Audrey's. She told the school nurse she wants to lose weight. "
  "Referred to the CAMHS eating disorder team, 1st appt 2/4.",
  ["PH", "MH-CHILD"])
N(c, "C", "green",
  "Ellie-Mae on a pump and a Libre sensor now, attended clinic in Aug and Oct. Still seen by CAMHS "
  "every fortnight. Karen came off the citalopram in Sept with the GP's ok and says she is sleeping "
  "better. Attendance back up to 95%.",
  ["PH", "MH-CHILD"],
  [("convention", "MH-CHILD", "CAMHS input is ongoing ('still seen by CAMHS') - service codes its area (conv 4)."),
   ("historical", "MH-ADULT", "Mum came off antidepressants in Sept - treatment stopped, described as over (conv 3)."),
   ("historical", "EDU-ATT", "'Back up to 95%' - the attendance problem is described as over.")])

# ---------------------------------------------------------------- Z003
c = case("Z003", "Stelham", "2025-02-03", "2025-09-09")
N(c, "A", "yellow",
  "Dad (Marcus) has epilepsy, poorly controlled - 3 tonic-clonic seizures in Jan, has lost his "
  "driving licence and his job at the depot. Jaden (11) stays in with dad when mum (Roxanne) is on "
  "nights and has rung 999 twice. Referral made to Stelham Young Carers. Family on UC since Dec and "
  "£310 behind on the electric.",
  ["PH", "CARER", "FIN"],
  [("convention", "FIN", "FIN is coded from the electricity arrears and job loss; UC alone would not be enough (conv 5).")])
N(c, "C", "blue",
  "Jaden goes to young carers on Tuesdays and has a young carer card to show at school. Marcus had "
  "his meds changed in April, 1 seizure since. Jaden knows the seizure first aid and when to ring 999.",
  ["CARER", "PH"],
  [("convention", "PH", "Seizures reduced but still occurring and treated - present (managing) in a blue box (conv 3).")])
N(c, "C", "green",
  "Electric arrears cleared in May with a grant from the supplier's trust fund. Marcus waiting for "
  "his neurology follow up at St Audrey's (due Oct).",
  ["PH"],
  [("historical", "FIN", "Arrears 'cleared' in May - over (conv 3)."),
   ("convention", "PH", "Awaiting a neurology follow-up = ongoing treatment codes its area (conv 4).")])

# ---------------------------------------------------------------- Z004
c = case("Z004", "Wrenstaithe", "2025-04-07", "2025-12-02")
N(c, "A", "yellow",
  "Mum (Toni) struggling with basic care. Mason (5) and Lacey (7) coming into school unwashed, same "
  "uniform all week, Lacey has headlice again. No toothbrushes in the house at EHW visit - both kids "
  "have visible decay and Mason has been crying with toothache in class. Not registered with any "
  "dentist since they moved from Haddiscombe. Toni says money has definately been tight since her UC "
  "was sanctioned in Feb.",
  ["SAFE-NEG", "PH", "FIN"])
N(c, "A", "orange",
  "Mason listed for 4 extractions under GA at St Audrey's but was not brought to 2 pre-op "
  "appointments; hospital safeguarding team have flagged WNB x2. Mason also hasn't had his pre-school "
  "booster. TAF set up with school, school nurse and the dental hospital, meeting 3-weekly.",
  ["PH"],
  [("convention", "SAFE-NEG", "'Was not brought' to hospital appointments is coded PH (missed medical appointments are listed under PH); no basic-care/home-conditions neglect is described in this box, so no SAFE-NEG."),
   ("convention", "PH", "Missed immunisation booster also PH; one PH row only.")])
N(c, "C", "green",
  "Mason's extractions done 14/10 and booster given the same week. Lacey has 2 fillings booked at "
  "Fennock Dental for Jan. Kids coming in clean now and the school's toothbrushing club is going well.",
  ["PH"],
  [("partial", "PH", "Mason's extractions and booster are done (over), but Lacey's fillings still booked -> PH present."),
   ("not-coded", "SAFE-NEG", "'Coming in clean now' is good news; no current neglect need described (conv 3).")])

# ---------------------------------------------------------------- Z005
c = case("Z005", "Marshwick", "2025-05-12", "2025-12-09")
N(c, "A", "green",
  "Y6 NCMP result: Kayden (10) BMI above the 99.6th centile. School nurse has offered a place on the "
  "healthy lifestyle programme, Leanne (mum) hasn't replied to 2 letters.",
  ["PH"])
N(c, "A", "yellow",
  "Kayden being called names about his weight by a group of Y6 boys and has refused to go in on 4 "
  "days in May. Leanne has T2 diabetes and bad knees, needs a knee replacement and struggles with the "
  "stairs; she says she 'can't be doing' the school run some days. No concerns re home conditions.",
  ["SAFE-EXP", "EDU-ATT", "PH"],
  [("partial", "SAFE-EXP", "Name-calling is by boys outside the household but it is the child's need: bullying -> SAFE-EXP (taxonomy, outside-the-household rule)."),
   ("negated", "SAFE-NEG", "'No concerns re home conditions' - negated.")])
N(c, "C", "green",
  "Kayden and Leanne doing the 12 week Get Moving Families course at Marshwick leisure centre, Kayden "
  "has lost 3kg and loves the swimming. School dealt with the name calling, no incidents since "
  "October half term. Kayden's attendance 97% this term.",
  ["PH"],
  [("convention", "PH", "Weight programme ongoing and weight loss under way - managing, green box (conv 3)."),
   ("historical", "SAFE-EXP", "'No incidents since October half term' - bullying described as over."),
   ("not-coded", "EDU-ATT", "97% attendance - good news, no need stated here.")])
N(c, "C", "note",
  "School nurse drop in 04/12 - Kayden weighed and measured, BMI still above the 98th centile but "
  "going the right way. Leanne says she is walking him to school most days now despite her knees.",
  ["PH"],
  [("convention", "PH", "Unboxed: cues are school nurse and school (universal) -> green (conv 2).")],
  note_level="green")

# ---------------------------------------------------------------- Z006
c = case("Z006", "Fennock", "2025-02-18", "2025-08-05")
N(c, "A", "green",
  "Poppy (2) severe eczema, scratching all night and bleeding on her arms and legs. Whole family "
  "getting 3-4 hrs broken sleep. HV has asked the GP to review her creams. Poppy's 2-2.5 yr review done "
  "10/2, development all on track.",
  ["PH"],
  [("not-coded", "EYD", "Development review done and on track - good news, no early-years need (conv 3).")])
N(c, "A", "yellow",
  "Jade (mum) tearful all through the visit, says she 'can't keep going like this'. EPDS 16 at the HV "
  "contact. She also has Alfie (5 months). Ryan works away Mon-Fri on the wind farms so she is on her "
  "own in the week. EHW to visit weekly and refer to perinatal mental health.",
  ["MH-ADULT"],
  [("not-coded", "FIN", "Dad working away is not FIN (conv 5: working shifts/away is not a money problem).")])
N(c, "C", "green",
  "Poppy under dermatology at St Audrey's, wet wraps at night and now sleeping through most nights. "
  "Jade on the GP waiting list for talking therapies, says she feels 'more like myself'. Alfie "
  "weaning well, loves banana.",
  ["PH", "MH-ADULT"],
  [("convention", "MH-ADULT", "On a waiting list for talking therapies = awaiting a service, codes its area (conv 4) despite the improvement."),
   ("not-coded", "EYD", "'Weaning well' is good news; weaning appears as an EYD term but no need is stated (conv 3).")])

# ---------------------------------------------------------------- Z007
c = case("Z007", "Stelham", "2025-03-10", "2025-10-14")
N(c, "A", "yellow",
  "Claire (mum) has relapsing-remitting MS and has used a wheelchair outside the house since her "
  "relapse in Jan. Amelia (13) does most of the cooking, helps Claire in and out of the shower and sorts "
  "her meds. Amelia late 22 times since Sept. PIP refused in Jan, MR lodged; family relying on Claire's "
  "ESA and have used Stelham food bank twice in Feb.",
  ["PH", "CARER", "EDU-ATT", "FIN"],
  [("convention", "FIN", "FIN from the refused PIP claim (a benefit problem) and food bank use, not from the benefit names (conv 5, 10).")])
N(c, "A", "note",
  "Home visit 10/03 with Ashlea from Stelham Young Carers. Amelia quiet at first then said she is tired "
  "all the time and worries at school in case mum falls while she is out. Young carers assessment done, "
  "Amelia offered the Thursday group. GP letter confirms Claire's MS and the Jan relapse.",
  ["CARER", "MH-CHILD", "PH"],
  [("convention", "CARER", "Unboxed: Young Carers service (yellow) is the highest cue above the GP (green) -> all codes yellow (conv 2)."),
   ("convention", "MH-CHILD", "Child's persistent worry about mum = emotional wellbeing, present.")],
  note_level="yellow")
N(c, "C", "blue",
  "PIP awarded at MR (enhanced daily living) and backdated to Nov, no debts. Amelia still goes to the "
  "Thursday young carers group and sees her friends at weekends.",
  ["CARER"],
  [("historical", "FIN", "Benefit problem resolved (PIP awarded), 'no debts' - not FIN; benefit name alone never implies FIN/PH/CARER (conv 5)."),
   ("convention", "CARER", "Ongoing young carers group - managing in a blue box, present (conv 3, 4).")])
N(c, "C", "green",
  "Claire now has carers twice a day for personal care because of her MS so Amelia isn't helping with "
  "showering any more. Amelia not been late since Christmas.",
  ["PH"],
  [("not-coded", "CARER", "'Carers' here are paid adult care workers (conv 12); Amelia's help with showering has stopped -> no CARER."),
   ("historical", "EDU-ATT", "'Not been late since Christmas' - lateness over.")])

# ---------------------------------------------------------------- Z008
c = case("Z008", "Wrenstaithe", "2025-06-02", "2026-01-13")
N(c, "A", "green",
  "Archie (8) wets the bed most nights, Sophie washing sheets every day and he won't go on sleepovers "
  "or the Y4 residential. School nurse has referred to the enuresis clinic. Archie's dad (lives in "
  "Fennock, has the kids at weekends) says he wet the bed till he was 10. Bonnie (3) still in pull-ups "
  "in the day, nursery helping with potty training.",
  ["PH", "EYD"],
  [("convention", "PH", "Bedwetting at school age -> PH (conv 9)."),
   ("convention", "EYD", "Under-5 daytime toileting -> EYD, not PH (conv 9)."),
   ("partial", "PH", "Dad lives elsewhere and his bedwetting is historical - not coded in itself (conv 6); PH is coded for Archie.")])
N(c, "A", "yellow",
  "Sophie was made redundant from Fenside care home in May. Now on UC, gas went onto emergency credit "
  "twice last month and she is skipping meals so the kids can eat. Admits she has been snapping at the "
  "kids and shouted at Archie over his school shoes this morning.",
  ["FIN", "REL-PAR"],
  [("not-coded", "SAFE-NEG", "Mum skips meals so the children eat - no hungry child or empty fridge described, so FIN (food/fuel poverty) only (conv 10)."),
   ("convention", "REL-PAR", "Parent snapping/shouting at the children = parent-child relationship (conv 8), not MH-ADULT: no mental health described.")])
N(c, "C", "green",
  "Archie using the alarm from the enuresis clinic, dry 5 nights out of 7. Bonnie dry in the day since "
  "the summer. Sophie back in work (school hours at a pharmacy) and paying £15 a week off the gas "
  "arrears through StepChange.",
  ["PH", "FIN"],
  [("convention", "PH", "Still using enuresis alarm, not fully dry - managing, present (conv 3, 4)."),
   ("historical", "EYD", "Bonnie 'dry in the day since the summer' - over."),
   ("convention", "FIN", "Paying off arrears = now managing, present in a green box (conv 3).")])

# ---------------------------------------------------------------- Z009
c = case("Z009", "Marshwick", "2025-01-27", "2025-07-15")
N(c, "A", "yellow",
  "Connor (13) gaming til 2-3am, can't get up, attendence 81% and late most other days. Debbie (mum) "
  "tried to take the Xbox off him last week and he pushed her into the door frame; not known to police "
  "or YOS. GP prescribed melatonin, not helping. On the ADHD pathway, waiting list since Feb 2024. "
  "Debbie has fibromyalgia and is in bed most afternoons. Connor's older brother (lives with his dad) "
  "also has ADHD.",
  ["PH", "EDU-ATT", "REL-PAR", "EDU-SEND"],
  [("convention", "REL-PAR", "Child-to-parent violence is REL-PAR, not DA (conv 8)."),
   ("negated", "CRIME", "'Not known to police or YOS' - no police/youth justice, so no CRIME (conv 7, 8)."),
   ("convention", "EDU-SEND", "'On the ADHD pathway' codes EDU-SEND (conv 4)."),
   ("partial", "EDU-SEND", "Brother's ADHD is outside the household (conv 6); EDU-SEND is coded for Connor only.")])
N(c, "C", "yellow",
  "Connor diagnosed ADHD in June and started on meds, SENCo writing an SEN support plan. Attendance 88% "
  "- still under 90% so handed on to the school attendance officer. No further incidents of Connor "
  "pushing or hitting Debbie since March.",
  ["EDU-SEND", "EDU-ATT"],
  [("historical", "REL-PAR", "No further child-to-parent violence since March - over.")])
N(c, "C", "blue",
  "Debbie turns the wifi off at 10.30 and Connor is asleep by 11.30 most nights. She is sticking with "
  "the routines from the parenting course.",
  ["REL-PAR", "PH"],
  [("convention", "REL-PAR", "Mum now managing routines/boundaries - present in blue (conv 3)."),
   ("convention", "PH", "Child's sleep still being managed by a routine - present in blue (conv 3, 9).")])

# ---------------------------------------------------------------- Z010
c = case("Z010", "Fennock", "2025-07-08", "2026-02-10")
N(c, "A", "green",
  "Isla (4) and Noah (18 m) have had no immunisations since their 8 week ones. Chantelle (mum) anxious "
  "about side effects after things she has read on Facebook; her cousin's little boy 'had a reaction' "
  "to MMR. HV to arrange for the imms nurse to talk it through with her.",
  ["PH"],
  [("not-coded", "MH-ADULT", "Mum's worry about vaccine side effects is vaccine hesitancy, not a parental mental health need. Judgement."),
   ("partial", "PH", "Cousin's child's reaction is outside the household (conv 6).")])
N(c, "A", "yellow",
  "Noah not saying any words yet and not pointing, missed his 1 yr review. Isla starts Reception in "
  "Sept but has never taken up her funded nursery place. EHW to work with Chantelle on school "
  "readiness and refer Noah to Chatterbugs.",
  ["EYD"])
N(c, "C", "green",
  "Both children had catch-up jabs at the surgery in Oct/Nov and are now fully up to date. Noah's 2 yr "
  "review done, around 15 words, HV has booked him onto the Chatterbugs group. Isla settled well in "
  "Reception.",
  ["EYD"],
  [("historical", "PH", "Immunisations caught up - over; 'up to date' is good news."),
   ("convention", "EYD", "Noah still has an ongoing speech group booked - present (conv 4).")])

# ---------------------------------------------------------------- Z011
c = case("Z011", "Stelham", "2025-02-24", "2025-09-30")
N(c, "A", "yellow",
  "Bethany (17) left Stelham College in Nov because of ME/CFS, mostly housebound, no education or work "
  "since. Under the ME/CFS service but DNA'd her last OT appt as she was too unwell to travel. Mum "
  "(Nicola) works part time and does Bethany's care, says they are ok money-wise.",
  ["EDU-NEET", "PH"],
  [("negated", "FIN", "'Ok money-wise' - no money problem."),
   ("not-coded", "CARER", "Mum caring for her daughter is a parent carer, not a young carer (conv 12).")])
N(c, "C", "green",
  "Bethany doing 2 online courses with the county virtual college, about 6 hrs a week. Pacing plan from "
  "the ME/CFS OT is working well.",
  ["PH"],
  [("not-coded", "EDU-NEET", "She is in education now - not NEET in this box."),
   ("convention", "PH", "Ongoing pacing plan for ME/CFS - managing, present (conv 3, 4).")])
N(c, "C", "yellow",
  "Online courses finish at Christmas and Bethany has nothing lined up after, so at risk of being NEET "
  "again. Referred to the Youth Hub careers adviser.",
  ["EDU-NEET"],
  [("convention", "EDU-NEET", "EDU-NEET explicitly covers 'at risk of it'; the risk is current, not conditional on an 'if', so present.")])

# ---------------------------------------------------------------- Z012
c = case("Z012", "Wrenstaithe", "2025-08-19", "2026-02-24")
N(c, "A", "orange",
  "Gary (dad) had a heart attack in June, off work since and his SSP has run out. Rent arrears £1,400 "
  "and Wrenstaithe Homes served a Notice of Seeking Possession on 8/8. Lewis (12) refusing school since "
  "Gary came out of hospital, Ruby (9) wetting the bed again. Mum (Tracey) prescribed co-codamol for a "
  "slipped disc; says she only drinks at the odd family do.",
  ["PH", "FIN", "HOUS", "EDU-ATT"],
  [("not-coded", "SUB", "Co-codamol is prescribed medication; occasional social drinking is not misuse."),
   ("convention", "PH", "Dad's heart, Ruby's bedwetting (school age, conv 9) and mum's back all PH - one row.")])
N(c, "C", "green",
  "Gary doing cardiac rehab at the leisure centre, phased return to work from Jan. Lewis back in "
  "full time since Oct. Ruby's bedwetting has stopped.",
  ["PH"],
  [("historical", "EDU-ATT", "'Back in full time since Oct' - over."),
   ("convention", "PH", "Cardiac rehab ongoing = present (conv 4); Ruby's bedwetting has stopped (historical).")])
N(c, "C", "orange",
  "N/A - NSP withdrawn in Nov after the arrears were cleared with a DHP. Nothing at this level now.",
  [],
  [("historical", "HOUS", "Possession notice withdrawn - over."),
   ("historical", "FIN", "Arrears cleared - over.")])

# ---------------------------------------------------------------- Z013
c = case("Z013", "Marshwick", "2025-04-22", "2025-11-25")
N(c, "A", "green",
  "Freya (7) CP (spastic diplegia), uses a walker in school, EHCP with 1:1 TA. Missed 3 physio appts at "
  "the child development centre since Jan - Hayley (mum) doesn't drive and it's 2 buses each way.",
  ["PH", "EDU-SEND"])
N(c, "A", "yellow",
  "Hayley is Freya's full time carer and has hurt her back lifting her; waiting for an OT assessment for "
  "a hoist. Tommy (10) lifts Freya in and out of the bath and gets her dressed most mornings. Tommy's "
  "teacher says he always seems tired.",
  ["PH", "CARER"],
  [("convention", "CARER", "'Full time carer' (mum) alone is not CARER (conv 12); CARER is coded for Tommy's lifting and dressing his sister.")])
N(c, "C", "green",
  "Hoist fitted in Sept so Tommy doesn't do any lifting now. Freya's physio has moved into school with "
  "the children's therapy team. Hayley registered with the community transport scheme for hospital "
  "trips.",
  ["PH"],
  [("historical", "CARER", "Tommy no longer lifting - caring described as over."),
   ("not-coded", "EDU-SEND", "Physio delivered in school is a health service, not SEN provision; no EHCP/SENCo mention in this box. Judgement.")])

# ---------------------------------------------------------------- Z014
c = case("Z014", "Fennock", "2025-05-06", "2025-12-16")
N(c, "A", "yellow",
  "Kacey (4 mo) faltering growth - dropped from the 50th to the 9th centile, HV weighing weekly. Mum "
  "Abbie (17) missed the paediatric clinic on 2/5, says the letter went to her old address.",
  ["PH"],
  [("not-coded", "EYD", "Infant weight/faltering growth is PH (weight), not a development check. Judgement.")])
N(c, "A", "orange",
  "Abbie and Kacey sofa surfing at Abbie's nan's, sharing one room with Abbie's 2 younger brothers; "
  "Fennock council has accepted a prevention duty. Abbie hasn't been in education, training or work "
  "since Y11. TAF agreed with HV, housing and the young parents worker.",
  ["HOUS", "EDU-NEET"],
  [("convention", "EDU-NEET", "17-year-old parent not in education/work -> EDU-NEET only, no FIN (conv 11).")])
N(c, "C", "green",
  "Kacey up to the 25th centile, HV now weighing monthly. Abbie moved into a 1 bed flat 3/10. Abbie "
  "still not in education or work, starts Level 1 childcare with the young parents programme in Jan.",
  ["PH", "EDU-NEET"],
  [("historical", "HOUS", "Rehoused 3/10 - housing need over."),
   ("convention", "PH", "Growth still monitored monthly by HV - ongoing, present (conv 4).")])

# ---------------------------------------------------------------- Z015
c = case("Z015", "Stelham", "2025-09-15", "2026-03-17")
N(c, "A", "green",
  "Lily (9) teary in class and worried about grandad who has lung cancer (he lives in Haddiscombe). "
  "Teacher and ELSA doing weekly check-ins. Lily's own health fine, imms and dental checks up to date.",
  ["MH-CHILD"],
  [("outside", "PH", "Grandad's cancer: a person outside the household (conv 6) - not PH."),
   ("negated", "PH", "Lily's own health fine, immunisations and dental up to date - negated/good news.")])
N(c, "A", "yellow",
  "Gemma (mum) has endometriosis, waiting for surgery, in a lot of pain and signed off work on SSP only. "
  "Council tax reminder then a summons for £420 recieved. Lily's dad not involved.",
  ["PH", "FIN"])
N(c, "C", "green",
  "Gemma had her op in Nov and is back at work from Jan, no pain now. Council tax on an arrangement at "
  "£30 a month.",
  ["FIN"],
  [("historical", "PH", "Surgery done, back at work, 'no pain now' - over."),
   ("convention", "FIN", "Paying arrears by arrangement = now managing, present in green (conv 3).")])

# ---------------------------------------------------------------- Z016
c = case("Z016", "Wrenstaithe", "2025-10-06", "2026-03-31")
N(c, "A", "yellow",
  "1) Daniel (10) sickle cell, 4 admissions with crises since the summer. 2) Attendance 74%, no work "
  "being sent home from school when he is in hosp. 3) Grace (mum) has no recourse to public funds while "
  "her visa is decided, Emmanuel (dad) on nights at the chicken factory; family using the food bank. "
  "4) Nobody in the family registered with a dentist since arriving in 2024.",
  ["PH", "EDU-ATT", "FIN"],
  [("convention", "FIN", "FIN from no recourse to public funds and food bank use (conv 10); dad's night work is not FIN (conv 5)."),
   ("convention", "EDU-ATT", "Absence caused by illness is still an attendance need (74%).")])
N(c, "C", "green",
  "Daniel has a hospital passport and an IHP at school, work packs sent home during admissions. "
  "Attendance still only 86% because of admissions over winter. If admissions keep up school will look "
  "at the medical needs teaching service.",
  ["PH", "EDU-ATT"],
  [("partial", "EDU-ATT", "Medical needs teaching 'if admissions keep up' is hypothetical, but 86% attendance is a present need.")])
N(c, "C", "blue",
  "Grace's visa granted in Feb with recourse to public funds, family now recieving Child Benefit and UC "
  "and haven't needed the food bank since.",
  [],
  [("historical", "FIN", "Food bank use over; benefit names alone are not FIN (conv 5).")])

# ---------------------------------------------------------------- Z017
c = case("Z017", "Marshwick", "2025-03-25", "2025-10-21")
N(c, "A", "green",
  "Oscar (4) glue ear, on the grommets list at St Audrey's. Speech hard to understand, nursery "
  "keyworker has referred to SALT. Big brother Harvey (7) had grommets in 2022, hearing fine now.",
  ["PH", "EYD"],
  [("convention", "EYD", "Speech for an under-5 -> EYD (conv 9)."),
   ("partial", "PH", "Harvey's grommets in 2022 - historical; PH is coded for Oscar's glue ear.")])
N(c, "C", "green",
  "Oscar (5) had grommets fitted in July, hearing test now normal. Having speech sessions in Reception "
  "with the school's SALT-trained TA.",
  ["EDU-SEND"],
  [("convention", "EDU-SEND", "Speech and language for a school-age child (5, in Reception) -> EDU-SEND, not EYD (conv 9)."),
   ("historical", "PH", "Grommets fitted, hearing now normal - over.")])

# ---------------------------------------------------------------- Z018
c = case("Z018", "Fennock", "2025-04-14", "2025-11-04")
N(c, "A", "orange",
  "Kerry (mum) has had long Covid since 2022 and depression; told GP last week the kids would be better "
  "off without her - crisis team visiting daily. Kian (14) doing the shopping, cooking and getting Mia "
  "(6) to school, missing school himself, attendance 68%. Referred to Fennock Young Carers.",
  ["PH", "MH-ADULT", "CARER", "EDU-ATT"])
N(c, "C", "yellow",
  "Kerry under the community mental health team and on sertraline. Long Covid clinic appt due in Dec. "
  "Kian's attendance up to 89% but still persistently absent.",
  ["MH-ADULT", "PH", "EDU-ATT"])
N(c, "C", "blue",
  "Kian goes to the young carers youth club on Wednesdays. Mia now goes to breakfast club so Kian "
  "doesn't have to drop her off.",
  ["CARER"],
  [("convention", "CARER", "Still attending young carers - managing his caring role, present in blue (conv 3, 4).")])

# ---------------------------------------------------------------- Z019
c = case("Z019", "Stelham", "2025-06-16", "2025-12-01")
N(c, "A", "green",
  "Ava (5) severe peanut and egg allergy, carries 2 adrenaline pens, IHP at school. Rachel (mum) has had "
  "her hours cut and says free-from food is costing a fortune - EHW saw the fridge empty apart from milk "
  "on a Thurs.",
  ["PH", "FIN", "SAFE-NEG"],
  [("convention", "SAFE-NEG", "Empty fridge -> SAFE-NEG, and food poverty -> FIN; both described (conv 10)."),
   ("convention", "FIN", "Reduced hours is not worklessness, but the food-cost hardship is a money problem (FIN).")])
N(c, "A", "yellow",
  "EHW to do a benefits check and book Citizens Advice, food bank voucher given. Leo (8) eczema flaring "
  "on his hands, GP gave steroid cream.",
  ["FIN", "PH"])
N(c, "C", "green",
  "Rachel now getting a UC top-up and hasn't used the food bank since Aug; she knows to go back to "
  "Citizens Advice if the top-up stops. Ava's allergy clinic review 4/12, pens in date.",
  ["PH"],
  [("historical", "FIN", "Food bank use over; UC alone not FIN (conv 5)."),
   ("hypothetical", "FIN", "'If the top-up stops' - hypothetical."),
   ("convention", "PH", "Ongoing allergy with clinic review - present.")])

# ---------------------------------------------------------------- Z020
c = case("Z020", "Wrenstaithe", "2025-02-10", "2025-08-26")
N(c, "A", "yellow",
  "Steve (dad) T2 diabetes, below-knee amputation in Dec, struggling with his prosthetic. Very low, not "
  "leaving the house, and Donna says he is drinking 6-8 cans a night since the op. Harley (11) helps "
  "change dad's dressings when Donnas on shift.",
  ["PH", "MH-ADULT", "SUB", "CARER"])
N(c, "A", "green",
  "Harley and Skye (8) both attending well, no concerns from school. Skye had her tonsils out last year, "
  "fine since.",
  [],
  [("not-coded", "EDU-ATT", "Attending well - good news, no need (conv 3)."),
   ("historical", "PH", "Tonsils out last year, fine since - over.")])
N(c, "C", "yellow",
  "Steve open to Wrenstaithe Recovery Service, down to 2 cans on a Saturday. District nurses doing the "
  "dressings now so Harley is not involved. GP started Steve on mirtazapine in May.",
  ["SUB", "PH", "MH-ADULT"],
  [("convention", "SUB", "Open to a drug and alcohol service = ongoing service codes SUB (conv 4), even though drinking has reduced."),
   ("historical", "CARER", "Harley no longer doing dressings - over.")])

# ---------------------------------------------------------------- Z021
c = case("Z021", "Marshwick", "2025-05-19", "2025-11-11")
N(c, "A", "yellow",
  "Jodie (mum, 22) has a mild learning disability and struggles to read letters. Kai (2) has missed his "
  "2-2.5 yr review and 2 GP appts for his chest. Kai's front teeth have brown marks, he has a bottle of "
  "juice to go to sleep. EHW to help Jodie set up an appointment system.",
  ["PH", "EYD"],
  [("convention", "EYD", "Missed 2-2.5 year development review -> EYD; missed GP appts and decay -> PH.")])
N(c, "A", "note",
  "Joint visit with HV 19/05. Kai's 2-2.5 yr review done at home: speech behind (about 10 words), HV "
  "referring to SALT. Kai's chest infection cleared with antibiotics. Agreed EHW will set up text "
  "reminders with the surgery for Jodie.",
  ["EYD"],
  [("historical", "PH", "Chest infection cleared - over."),
   ("convention", "EYD", "Unboxed: HV and surgery are green, the EHW (and SALT referral) yellow -> yellow (conv 2).")],
  note_level="yellow")
N(c, "C", "green",
  "Kai registered with Marshwick Dental Care, 1st check done, dentist put fluoride varnish on and will "
  "see him again in 3 months. Juice swapped for water at bedtime. Kai at Little Acorns nursery 15 hrs.",
  ["PH"],
  [("convention", "PH", "Ongoing dental follow-up for a child with decay marks - managing, present (conv 3, 4)."),
   ("not-coded", "EYD", "Attending nursery is good news; no early-years need stated in this box (conv 3).")])

# ---------------------------------------------------------------- Z022
c = case("Z022", "Fennock", "2025-09-01", "2026-03-03")
N(c, "A", "green",
  "Reece (15) epilepsy, well controlled on levetiracetam, last seizure 2023. EHCP for MLD, SENCo says he "
  "is coping with his GCSE courses.",
  ["PH", "EDU-SEND"],
  [("convention", "PH", "Well-controlled epilepsy on daily medication - managing, present in a green box (conv 3)."),
   ("partial", "PH", "Last seizure in 2023 is historical, but the condition and treatment are current.")])
N(c, "A", "yellow",
  "Sarah (mum) and Paul (Reece's stepdad) separated in July and Paul moved out; lots of rows over the "
  "house and the dog. Reece stays at Paul's alternate weekends and has missed meds doses there.",
  ["REL-CONF", "PH"],
  [("convention", "REL-CONF", "Separation and arguments, no abuse described -> REL-CONF (conv 8)."),
   ("partial", "PH", "Paul now lives outside the household, but the missed doses are Reece's need -> PH.")])
N(c, "C", "green",
  "Reece sets a phone alarm for his meds at both houses, no missed doses since Oct. Sarah and Paul sorted "
  "contact through mediation in Nov and say they're civil now, though Sarah worries the rows would start "
  "again if Paul gets a new partner.",
  ["PH"],
  [("convention", "PH", "Reece managing his epilepsy medication - present in green (conv 3)."),
   ("historical", "REL-CONF", "Contact sorted via mediation, civil now - conflict over."),
   ("hypothetical", "REL-CONF", "'Would start again if Paul gets a new partner' - hypothetical.")])

# ---------------------------------------------------------------- Z023
c = case("Z023", "Stelham", "2025-07-21", "2026-01-27")
N(c, "A", "yellow",
  "Twins Esme + Jacob (7 mo, born at 27 wks). Jacob still on home oxygen, several hospital appts a week "
  "between St Audrey's and the city hospital. Laura (mum) says petrol and heating are crippling them, "
  "gas on emergency credit; Mike went self-employed in March and work is patchy.",
  ["PH", "FIN"],
  [("convention", "FIN", "FIN from fuel poverty (emergency credit); self-employment itself is not FIN (conv 5).")])
N(c, "A", "green",
  "Both twins behind with imms because of admissions - HV arranging catch-up at home. Laura tired but "
  "coping, denies low mood.",
  ["PH"],
  [("negated", "MH-ADULT", "'Denies low mood' - negated.")])
N(c, "C", "green",
  "Jacob off oxygen since Sept. Twins' imms all caught up. Laura got the Warm Home Discount and is paying "
  "£10 a week off the gas debt.",
  ["FIN"],
  [("historical", "PH", "Off oxygen since Sept, imms caught up - over."),
   ("convention", "FIN", "Paying off gas debt = now managing, present (conv 3).")])

# ---------------------------------------------------------------- Z024
c = case("Z024", "Wrenstaithe", "2025-03-03", "2025-10-07")
N(c, "A", "orange",
  "Maisie (12) Crohn's, dx 2024. Had an accident in class in Feb when she wasn't let out to the toilet "
  "and hasn't been back since - attendance 40%. On the CAMHS waiting list for anxiety. Azathioprine bloods "
  "overdue since Jan per GP. Kirsty (mum) furious with school and refusing to meet the HoY.",
  ["PH", "EDU-ATT", "MH-CHILD"],
  [("convention", "MH-CHILD", "Awaiting CAMHS codes MH-CHILD (conv 4)."),
   ("not-coded", "REL-PAR", "Mum's dispute with school is not a parent-child relationship issue.")])
N(c, "C", "yellow",
  "Maisie on a part-time timetable (mornings) with a toilet pass and an IHP agreed at the TAF. CAMHS "
  "assessed and discharged her in Aug, now seeing the school counsellor weekly.",
  ["EDU-ATT", "PH", "MH-CHILD"],
  [("convention", "EDU-ATT", "Part-time timetable is listed under EDU-ATT."),
   ("convention", "MH-CHILD", "CAMHS ended, but weekly school counselling is ongoing support for her anxiety -> present (conv 4).")])
N(c, "C", "note",
  "Phone call with Maisie's CAMHS practitioner 01/10 to confirm closure - Maisie was discharged from "
  "CAMHS in Aug and is not anxious about school now. GP surgery confirms her azathioprine bloods are "
  "monthly and up to date.",
  ["PH"],
  [("historical", "MH-CHILD", "Discharged from CAMHS and 'not anxious about school now' - over."),
   ("convention", "PH", "Unboxed: convention 2 takes the highest cue in the text. CAMHS (orange) is named, though only as a discharged service; read literally it sets the note to orange, so PH (ongoing blood monitoring for Crohn's) is orange. Judgement.")],
  note_level="orange")

# ---------------------------------------------------------------- Z025
c = case("Z025", "Marshwick", "2025-06-09", "2026-01-06")
N(c, "A", "orange",
  "Lee (dad) paraplegic after a motorbike crash in 2022. Family in a 2 bed 1st floor flat with no lift - "
  "Lee can't get out unless Callum (16) and a neighbour carry his chair down the stairs. Landlord has "
  "served a s21 notice, expires 31/8. On the housing register, band B.",
  ["PH", "HOUS", "CARER"],
  [("convention", "PH", "Injury happened in 2022 but the disability is current -> PH."),
   ("partial", "CARER", "The neighbour's help is not coded (conv 6); Callum carrying his dad's chair is a young carer role.")])
N(c, "A", "yellow",
  "ESA and PIP in payment, no debts or arrears. Callum talking about leaving sixth form to get a job and "
  "'help out'; EHW to talk the options through with him.",
  [],
  [("negated", "FIN", "'No debts or arrears'; ESA/PIP names alone are not FIN, PH or CARER (conv 5)."),
   ("hypothetical", "EDU-NEET", "Callum is still in sixth form and plans to work, not NEET - no current NEET or risk described.")])
N(c, "C", "orange",
  "Possession order granted 3/11, council has accepted the main housing duty; TA offered in Dec but on "
  "the 3rd floor so not suitable. OT assessed Lee for a powerchair. Callum stayed on at sixth form.",
  ["HOUS", "PH"],
  [("not-coded", "EDU-NEET", "Callum stayed in education.")])

# ---------------------------------------------------------------- Z026
c = case("Z026", "Fennock", "2025-01-20", "2025-07-29")
N(c, "A", "yellow",
  "Ollie (6) autistic, on SEN support at school. Sleeping 3-4 hrs a night and wakes up screaming. Amy and "
  "Dan are shattered and rowing about whose turn it is to get up; Dan sleeping in the spare room.",
  ["PH", "EDU-SEND", "REL-CONF"],
  [("convention", "PH", "Sleep problems at school age -> PH (conv 9)."),
   ("convention", "REL-CONF", "Arguments between the parents -> REL-CONF (conv 8).")])
N(c, "A", "green",
  "GP started melatonin and the paed sleep clinic referral is in. School report Ollie nodding off after "
  "lunch; if it carries on they may talk to the SENCo about a shorter day.",
  ["PH"],
  [("hypothetical", "EDU-ATT", "Shorter day only 'if it carries on' - hypothetical."),
   ("hypothetical", "EDU-SEND", "SENCo involvement is only a possibility here ('may talk to'), not a current input.")])
N(c, "C", "blue",
  "Ollie sleeping 7 hrs with the melatonin and a weighted blanket. Amy and Dan taking alternate nights, "
  "say the rows have stopped and Dan is back in their room.",
  ["PH"],
  [("convention", "PH", "Sleep managed with ongoing melatonin - present in blue (conv 3, 4)."),
   ("historical", "REL-CONF", "'Rows have stopped' - over.")])

# ---------------------------------------------------------------- Z027
c = case("Z027", "Stelham", "2025-04-28", "2025-11-24")
N(c, "A", "green",
  "Nadia had gestational diabetes with Zayn (6 wks), resolved since the birth. Zayn feeding well and "
  "gaining. Yusuf (7) off a lot with tonsillitis, attendance 87%, GP has referred to ENT. Hx of DV from "
  "Nadia's ex in 2020, no contact since.",
  ["PH", "EDU-ATT"],
  [("partial", "PH", "Gestational diabetes resolved - historical; PH coded for Yusuf's tonsillitis."),
   ("historical", "DA", "Violence by ex in 2020, no contact since - historical."),
   ("not-coded", "EYD", "Baby feeding well and gaining - good news.")])
N(c, "A", "yellow",
  "Nadia moved here in Jan, no family nearby, says she is lonely but denies low mood. Her UC was delayed "
  "after the move and she is £600 behind on the rent. EHW to help with a DWP advance and link her to the "
  "baby group.",
  ["FIN"],
  [("negated", "MH-ADULT", "'Denies low mood' - negated; loneliness alone is not a taxonomy code."),
   ("not-coded", "HOUS", "Rent arrears are listed under FIN; no notice, eviction risk or housing condition described, so no HOUS. Judgement.")])
N(c, "C", "green",
  "Yusuf had his tonsils out in Sept, no absences since. Nadia paying £50 a month off the rent arrears "
  "through a UC deduction.",
  ["FIN"],
  [("historical", "PH", "Tonsils out, fine since - over."),
   ("historical", "EDU-ATT", "'No absences since' - over.")])

# ---------------------------------------------------------------- Z028
c = case("Z028", "Wrenstaithe", "2025-10-13", "2026-04-14")
N(c, "A", "yellow",
  "Nan (Pauline, 78) moved in with the family in Sept after a fall, has dementia. Lisa (mum) works full "
  "time so Chloe (15) sits with nan after school and gives her her tablets. Attendance fine but Chloe is "
  "behind with coursework and says she feels 'trapped'.",
  ["PH", "CARER", "MH-CHILD"],
  [("convention", "PH", "Nan lives in the household, so her dementia is family PH."),
   ("convention", "MH-CHILD", "Chloe says she feels 'trapped' by the caring role - coded as a current emotional-wellbeing need alongside CARER. Judgement."),
   ("not-coded", "EDU-ATT", "'Attendance fine' - no attendance need.")])
N(c, "A", "green",
  "Lisa signed off work by the GP for 2 weeks with stress and anxiety, feels guilty about nan.",
  ["MH-ADULT"])
N(c, "C", "green",
  "Pauline at a day centre 3 days a week and a carer comes at teatime to do her tablets. Chloe goes to the "
  "young carers group at school on Mondays.",
  ["PH", "CARER"],
  [("convention", "CARER", "'A carer comes' (paid worker) is not CARER (conv 12); Chloe's young carers group is.")])

# ---------------------------------------------------------------- Z029
c = case("Z029", "Marshwick", "2025-08-04", "2026-02-17")
N(c, "A", "yellow",
  "Jess (16) 24 wks pregnant, has missed 2 antenatal appts and her booking bloods. Smokes about 10 a day "
  "plus vapes; denies drink or drugs. Still at college 3 days a week. Family Nurse Partnership referral "
  "accepted.",
  ["PH"],
  [("not-coded", "SUB", "Smoking and vaping are not SUB (conv 12); drink/drugs denied."),
   ("not-coded", "EDU-NEET", "Still at college - not NEET.")])
N(c, "A", "green",
  "Jess's mum Mandy very supportive. Mandy has COPD, on oxygen at night, and takes a lot of time off work "
  "with chest infections.",
  ["PH"],
  [("not-coded", "FIN", "Time off work is not described as a money problem.")])
N(c, "C", "yellow",
  "Baby Phoebe born 14/10 at 34 wks, has reflux and is on a special formula, GP reviewing. Jess dropped out "
  "of college and says she won't go back this year. FNP continuing.",
  ["PH", "EDU-NEET"])

# ---------------------------------------------------------------- Z030
c = case("Z030", "Fennock", "2025-02-25", "2025-10-28")
N(c, "A", "orange",
  "Rebecca (single mum) on chemo for breast cancer, admitted with neutropenic sepsis in Jan - Finn (10) "
  "and Evie (13) stayed with a neighbour for 4 nights. Evie cutting her arms, open to CAMHS since Feb. "
  "Evie does the cooking and gets Finn to school most days. Rebecca on SSP and £380 behind on water.",
  ["PH", "MH-CHILD", "CARER", "FIN"],
  [("outside", "SAFE-NEG", "Children staying with a neighbour during mum's admission is not neglect; neighbour outside the household.")])
N(c, "C", "yellow",
  "Rebecca finished chemo in Aug, now on radiotherapy and tamoxifen. Evie still under CAMHS, no self harm "
  "since the summer. Water arrears paid off by a Macmillan grant.",
  ["PH", "MH-CHILD"],
  [("convention", "MH-CHILD", "Self-harm over, but still under CAMHS (conv 4) -> present."),
   ("historical", "FIN", "Water arrears paid off - over.")])
N(c, "C", "blue",
  "If Rebecca needs another stay in hospital, her sister in Hoxley has said she will move in and have the "
  "kids.",
  [],
  [("hypothetical", "PH", "Future admission is hypothetical ('if'); no current health need is stated in this box."),
   ("outside", "CARER", "Aunt outside the household; no child caring described.")])

# ---------------------------------------------------------------- Z031
c = case("Z031", "Stelham", "2025-03-17", "2025-12-15")
N(c, "A", "red",
  "Tayla (3) on a CP plan for neglect since Feb, SW visiting weekly. Not brought to 4 audiology and 2 "
  "dental appts, dentist says 6 decayed teeth. Dog mess on the floor at the last 2 visits and no food in "
  "the cupboards. Stacey (mum) says she's too depressed to get out of bed some days.",
  ["PH", "SAFE-NEG", "MH-ADULT"])
N(c, "A", "orange",
  "Dean (Stacey's partner, lives with them) is on probation for burglary. Police called 6/3 by neighbours "
  "for shouting - Stacey and Dean both said it was an argument about money, no injuries, no DA disclosed.",
  ["CRIME", "REL-CONF"],
  [("convention", "CRIME", "Adult household member on probation -> CRIME (conv 7)."),
   ("convention", "REL-CONF", "Police call-out for an argument between the adults, no abuse described -> REL-CONF (conv 8); the call-out is not CRIME in itself."),
   ("negated", "DA", "'No DA disclosed' - negated."),
   ("not-coded", "FIN", "'An argument about money' does not describe a money problem.")])
N(c, "A", "note",
  "Strategy meeting 17/03 after the dental hospital reported Tayla was not brought again; s47 agreed. "
  "Tayla (3) not toilet trained and not putting 2 words together.",
  ["PH", "EYD"],
  [("convention", "PH", "Unboxed: strategy meeting / s47 are red cues -> red (conv 2)."),
   ("convention", "EYD", "Under-5 toileting and speech -> EYD (conv 9).")],
  note_level="red")
N(c, "C", "orange",
  "CP plan stepped down to CIN in Oct. Tayla had 4 teeth out under GA in Sept, fillings for the rest booked "
  "for Jan. Audiology attended, hearing normal. Dean finished his probation in Nov.",
  ["PH"],
  [("convention", "PH", "Red-cue wording (CIN) in an orange box: codes take the box level, orange (conv 2)."),
   ("historical", "CRIME", "Probation finished in Nov - over.")])
N(c, "C", "yellow",
  "Stacey on antidepressants and seeing the Talking Minds team. Home conditions OK at the last 4 "
  "unannounced visits. Tayla at nursery 30 hrs.",
  ["MH-ADULT"],
  [("not-coded", "SAFE-NEG", "Home conditions OK - good news; managing counts only in blue/green boxes (conv 3)."),
   ("not-coded", "EYD", "Nursery attendance - good news, no need stated.")])


# ================================================================= writer
LEVELS = ["blue", "green", "yellow", "orange", "red"]


def build():
    narr_rows, gold_rows, traps = [], [], {}
    for c in CASES:
        for it in c["items"]:
            stage = "assessment" if it["stage"] == "A" else "closure"
            triage = f'{c["case"]}-{it["stage"]}'
            if it["box"] == "note":
                nid, level, glevel = f"{triage}-note", "", it["note_level"]
            else:
                nid, level, glevel = f'{triage}-{it["box"]}', it["box"], it["box"]
            assert glevel in LEVELS, nid
            date = c[it["stage"]]
            narr_rows.append([nid, triage, c["case"], stage, date, level, c["locality"], it["text"]])
            assert len(set(it["codes"])) == len(it["codes"]), nid
            for code in it["codes"]:
                gold_rows.append([nid, code, glevel])
            if it["traps"]:
                traps[nid] = it["traps"]
    with open(os.path.join(HERE, "narratives.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"])
        w.writerows(narr_rows)
    with open(os.path.join(HERE, "gold.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "code", "level"])
        w.writerows(gold_rows)
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8", newline="") as f:
        f.write(json.dumps(traps, indent=2, ensure_ascii=False).replace("\n", "\r\n") + "\r\n")

    # ---- counts
    triages = {r[1] for r in narr_rows}
    print(f"cases: {len(CASES)}  triages: {len(triages)}  narratives: {len(narr_rows)} "
          f"(unboxed notes: {sum(1 for r in narr_rows if r[5] == '')})")
    print(f"gold rows: {len(gold_rows)}  narratives with no gold: "
          f"{len({r[0] for r in narr_rows} - {g[0] for g in gold_rows})}")
    print(f"trap narratives: {len(traps)}  trap entries: {sum(len(v) for v in traps.values())}")
    print("codes:", ", ".join(f"{k} {v}" for k, v in sorted(Counter(g[1] for g in gold_rows).items())))
    print("gold levels:", ", ".join(f"{k} {v}" for k, v in sorted(Counter(g[2] for g in gold_rows).items(), key=lambda kv: LEVELS.index(kv[0]))))
    print("box levels:", ", ".join(f"{k or 'note'} {v}" for k, v in sorted(Counter(r[5] for r in narr_rows).items())))
    print("localities:", ", ".join(f"{k} {v}" for k, v in sorted(Counter(r[6] for r in narr_rows).items())))


if __name__ == "__main__":
    build()
