#!/usr/bin/env python3
"""Build blind gold set z97: families new to the UK in a Midlands city.

Standard library only. Writes narratives.csv, gold.csv and traps.json (UTF-8, no BOM, CRLF)
and prints counts. Each case is written once, narrative by narrative, with its gold codes and
trap notes next to the text. Case ids Z001.. are assigned in list order.

Narrative tuple: (stage, level, date, text, codes, traps)
  stage  'A' (assessment) or 'C' (closure)
  level  box level, or 'note:<level>' for an unboxed note (the level its codes take,
         from the single highest cue in the text, taxonomy convention 2)
  date   ISO date
  codes  list of PRESENT codes
  traps  list of (type, code, note)
"""
import csv, json, os, collections

HERE = os.path.dirname(os.path.abspath(__file__))

CASES = [
# ---------------------------------------------------------------- Z001 Eritrean, hotel
dict(loc="Foxmoor", n=[
 ("A", "green", "2025-03-10",
  "Aron (2) - no UK immunisations, mum unsure what he had in the camp in Sudan so HV starting him on the full catch up schedule. All 4 now registered at Dale Street surgery. Filmon (9) c/o toothache for wks, no NHS dentist taking him on yet.",
  ["PH"],
  [("historical", "", "Camp in Sudan is background only; the need coded is the current missing immunisations/toothache (PH).")]),
 ("A", "yellow", "2025-03-10",
  "Semhar + 3 children in 1 room at the Beaumont Hotel since Jan, sharing 2 double beds, no cooking facilities. Filmon and Luwam (6) have had no school place for 7 weeks, in-year applications in, EHW chasing admissions. Mum gets £8.86 pw each on her card and says it doesn't stretch to nappies or winter coats.",
  ["HOUS", "EDU-ATT", "FIN"],
  [("convention", "EDU-ATT", "School-age children with no school place (awaiting in-year admission) are out of education now: coded EDU-ATT as the nearest code (judgement 1)."),
   ("convention", "FIN", "Asylum support named together with a described shortfall -> FIN (conv 5).")]),
 ("A", "orange", "2025-03-10",
  "Semhar (Tigrinya interpreter) describes flashbacks and nightmares since the journey, she was held for months in Libya. GP has referred her to the refugee trauma service but she won't go out on her own. Filmon wetting the bed most nights and has hit Luwam several times, mum unsure how to handle it.",
  ["MH-ADULT", "PH", "REL-PAR"],
  [("historical", "", "Detention in Libya is past; only its current effect (flashbacks -> MH-ADULT) is coded."),
   ("convention", "PH", "Bedwetting at school age -> PH (conv 9)."),
   ("not-coded", "", "Needing an interpreter has no code.")]),
 ("C", "green", "2025-09-22",
  "Filmon and Luwam on roll at Marlcote Primary since May. Aron had 2 of 3 catch up jabs, last one booked Oct. Semhar still seeing the trauma therapist fortnightly and says the flashbacks are less frequent.",
  ["PH", "MH-ADULT"],
  [("historical", "EDU-ATT", "On roll since May: the missing school place is over (conv 3)."),
   ("convention", "PH", "Catch-up immunisations still in progress -> present (conv 3/4)."),
   ("convention", "MH-ADULT", "Ongoing therapy codes its area (conv 4).")]),
]),
# ---------------------------------------------------------------- Z002 Hong Kong BN(O)
dict(loc="Lynchfield", n=[
 ("A", "green", "2025-02-03",
  "Family arrived on BN(O) visas Aug 24, private rented 3 bed, both parents working - no concerns re housing or finances. Tsz-yin (10) happy at Hollin Primary. Hoi-lam (14) at Kingsway Academy: tutor says she eats lunch alone and a group of Y9 boys have been calling her 'covid'. Pastoral lead checking in weekly.",
  ["SAFE-EXP"],
  [("negated", "HOUS", "'no concerns re housing'"),
   ("negated", "FIN", "'no concerns re ... finances'"),
   ("convention", "SAFE-EXP", "Racist name-calling by peers = bullying of the child -> SAFE-EXP (peers are outside the household but the bullying is the child's need).")]),
 ("A", "yellow", "2025-02-03",
  "Hoi-lam late for 1st period most days, attendance 86%. She tells mum her chest goes tight every morning before school - GP checked her over, nothing physical found. She is frightened of going into the canteen. Dad (Chun-hei) works nights at a warehouse; mum says they are arguing most evenings about whether coming to the UK was a mistake. EHW to do school anxiety work with Hoi-lam.",
  ["EDU-ATT", "MH-CHILD", "REL-CONF"],
  [("negated", "PH", "GP found nothing physical."),
   ("convention", "FIN", "Working nights is not FIN (conv 5)."),
   ("convention", "REL-CONF", "Parents arguing, no abuse described -> REL-CONF (conv 8).")]),
 ("C", "green", "2025-07-14",
  "Hoi-lam 95% this half term though still late 1-2x a week. The name calling stopped after school spoke to the boys. Parents say they are talking things through rather than rowing and take turns with the school run.",
  ["EDU-ATT", "REL-CONF"],
  [("historical", "SAFE-EXP", "Name calling 'stopped' -> over (conv 3)."),
   ("convention", "EDU-ATT", "Still late weekly -> present."),
   ("convention", "REL-CONF", "Green box: parents now managing their conflict ('talking things through rather than rowing') -> present (conv 3, judgement 8).")]),
]),
# ---------------------------------------------------------------- Z003 Roma, EU pre-settled status
dict(loc="Ambury", n=[
 ("A", "yellow", "2025-01-20",
  "7 of them in a 2 bed private let - Marius (11) and Rafael (3) sleep on the settee. Black mould in both bedrooms, landlord ignoring texts. Ionut's UC claim refused Jan (pre-settled status, right to reside) and he's had no work since the hand car wash shut. Rent arrears £620. Rafael not in nursery, mum didn't know about the free hours.",
  ["HOUS", "FIN", "EYD"],
  [("convention", "EYD", "Under-5 nursery take-up -> EYD (conv 9).")]),
 ("A", "orange", "2025-01-20",
  "S21 notice served 3/3, expires in May. Marius attendance 71% with 2 suspensions this term for fighting in the yard. Denisa (15) hasn't been in school since Xmas - mum says she needs her at home to look after Rafael and baby Sara (5m) while she does her early cleaning shift.",
  ["HOUS", "EDU-ATT", "EDU-EXC", "CARER"],
  [("convention", "CARER", "Denisa kept off school to look after two younger siblings while mum works: a child with caring responsibilities -> CARER (judgement 7)."),
   ("convention", "EDU-ATT", "Covers both Marius (71%) and Denisa (not attending); one code.")]),
 ("C", "green", "2025-10-06",
  "Rehoused to a 3 bed HA house in April. Old landlord still owed £310, Ionut paying £20/wk. Marius no more suspensions since Easter but attendance only 84%. Rafael started at Little Pips in Sept. Denisa enrolled on ESOL + maths at Ambury College and going most days.",
  ["FIN", "EDU-ATT"],
  [("historical", "HOUS", "Rehoused in April -> over."),
   ("historical", "EDU-EXC", "'no more suspensions since Easter' -> over (conv 3)."),
   ("not-coded", "EYD", "Rafael started nursery: good news, no need stated (conv 3)."),
   ("not-coded", "EDU-NEET", "Denisa is in education."),
   ("convention", "FIN", "Paying off old arrears -> managing, present in green (conv 3).")]),
]),
# ---------------------------------------------------------------- Z004 Afghan (ARAP)
dict(loc="Lynchfield", n=[
 ("A", "green", "2025-04-07",
  "Sami (4) started Reception Sept, class teacher says he has very few words in Dari or English and is still in nappies. SENCo is observing him in class this half term.",
  ["EYD", "EDU-SEND"],
  [("convention", "EYD", "Sami is under 5: speech and toileting -> EYD (conv 9)."),
   ("convention", "EDU-SEND", "SENCo involvement is listed under EDU-SEND; coded as well as EYD (judgement 6).")]),
 ("A", "yellow", "2025-04-07",
  "Farid worked as an interpreter for British forces in Helmand, says he can't stop thinking about colleagues who were left behind. Low mood, not going to the mosque any more. Zarghuna asking for help with Mursal (8) who screams and kicks the doors at bedtime. EHW for parenting/bedtime routine, Dari interpreter booked.",
  ["MH-ADULT", "REL-PAR"],
  [("historical", "", "Work in Helmand is past; current low mood -> MH-ADULT."),
   ("not-coded", "PH", "Bedtime screaming/kicking is child behaviour at home (REL-PAR), not a sleep problem.")]),
 ("C", "green", "2025-11-17",
  "Sami (5) now dry in the day and putting 2-3 English words together; school's language screen still shows him well behind and he's in a daily small-group speech session. Mursal's bedtimes much calmer with the reward chart, Zarghuna sticking to it. Farid seeing GP monthly, still on antidepressants.",
  ["EDU-SEND", "REL-PAR", "MH-ADULT"],
  [("convention", "EDU-SEND", "Sami is now 5 and at school: speech -> EDU-SEND, not EYD (conv 9)."),
   ("historical", "EYD", "'now dry in the day' -> toileting over."),
   ("convention", "REL-PAR", "Green box, mum managing bedtimes with reward chart -> present (conv 3)."),
   ("convention", "MH-ADULT", "Ongoing antidepressants (conv 4).")]),
]),
# ---------------------------------------------------------------- Z005 Syrian resettlement
dict(loc="Wellgate", n=[
 ("A", "orange", "2025-02-17",
  "Yusuf (7) has cerebral palsy, wheelchair user, no physio or OT since arriving in Nov. Steps at the front door and bathroom upstairs so Khaled carries him; the bathroom ceiling has been leaking since January and the council hasn't been out. Lina (12) gets Yusuf washed and dressed every morning and is late most days. Yusuf's SENCo at Riverbank Primary has asked for an EHC needs assessment.",
  ["PH", "HOUS", "CARER", "EDU-ATT", "EDU-SEND"],
  [("convention", "HOUS", "Coded for the disrepair (leaking ceiling); unsuitability for a wheelchair alone is not listed under HOUS.")]),
 ("A", "yellow", "2025-02-17",
  "Omar (16) dropped out of Wellgate College in Nov ('the English is too hard'), now at home gaming most of the day. Khaled not working, says his engineering degree isn't recognised; UC sanctioned in Feb after he missed a work coach appt so family short £300 this month.",
  ["EDU-NEET", "FIN"],
  [("convention", "EDU-NEET", "16+ not in education/employment -> EDU-NEET; FIN here is for the adult's worklessness and sanction (conv 11).")]),
 ("C", "orange", "2025-08-04",
  "Still in the house with the leaking ceiling - adapted bungalow offer fell through. Yusuf waiting for OT home assessment. Lina still doing his morning care, referral made to Wellgate Young Carers. Omar started a traineeship in June, going 4 days a week. UC back in payment, repaying a £600 advance at £45 a month.",
  ["HOUS", "PH", "CARER", "FIN"],
  [("historical", "EDU-NEET", "Omar in a traineeship since June -> over."),
   ("convention", "PH", "Awaiting OT assessment -> ongoing service (conv 4)."),
   ("convention", "FIN", "Repaying a UC advance = debt -> present.")]),
]),
# ---------------------------------------------------------------- Z006 Kurdish-Iraqi asylum, DA
dict(loc="Ambury", n=[
 ("A", "red", "2025-06-23",
  "Shilan disclosed Rebwar keeps the family's ASPEN card and her phone and decides who she speaks to; bruise to her upper arm which she says he caused. S47 completed, ICPC 14/05 - Dilan (10), Aram (6) and Hevi (2) on CP plans (emotional abuse). Dilan told his teacher he is scared to go home and has been crying in class.",
  ["DA", "MH-CHILD"],
  [("convention", "FIN", "Control of the support card is coercive/economic control -> DA only; no shortage of money described, so no FIN (judgement 4)."),
   ("not-coded", "SAFE-NEG", "CP plans under emotional abuse are not neglect.")]),
 ("A", "orange", "2025-06-23",
  "Police called by neighbour 3/6 after screaming heard, Rebwar arrested, bailed not to contact Shilan. DASH high, MARAC 19/6. Shilan and the children moved into a refuge 20/6 - Sorani interpreter arranged for refuge keywork.",
  ["DA", "HOUS"],
  [("convention", "CRIME", "Partner's arrest for the DV is DA only (conv 7)."),
   ("convention", "HOUS", "Living in a refuge = temporary accommodation -> HOUS (judgement 13).")]),
 ("C", "yellow", "2025-10-20",
  "Shilan doing the Freedom Programme at Ambury Family Hub with an interpreter. Non-mol granted in Aug. Dilan seeing the learning mentor weekly about his worries, teacher says he's more settled. Family now in a 2 bed dispersal flat, no issues with the property.",
  ["DA", "MH-CHILD"],
  [("convention", "DA", "Freedom Programme -> DA (conv 4)."),
   ("negated", "HOUS", "'no issues with the property'.")]),
]),
# ---------------------------------------------------------------- Z007 Hong Kong, NRPF
dict(loc="Foxmoor", n=[
 ("A", "yellow", "2025-06-02",
  "Wing-sze on BN(O) visa with NRPF condition, working 16 hrs at a bubble tea shop. Savings run out, rent £150 behind, used the Foxmoor Pantry twice last month. Ethan's dad stayed in Hong Kong and sends money now and then.",
  ["FIN"],
  [("outside", "", "Ethan's father is outside the household."),
   ("not-coded", "HOUS", "Rent arrears are FIN; no eviction/notice described.")]),
 ("A", "green", "2025-06-02",
  "Ethan (7) at Foxmoor Primary. Teacher noticed him squinting at the board and rubbing his eyes, no eye test since coming to the UK. School nurse doing vision screen next week.",
  ["PH"], []),
 ("A", "note:yellow", "2025-06-05",
  "Phone call from Foxmoor Primary - Wing-sze tearful at pick up, told the TA she hasn't slept properly in weeks and feels 'trapped' here with no family. Advised GP, she has an appt Thurs. EHW visit booked for Tues to talk about support.",
  ["MH-ADULT", "PH"],
  [("convention", "", "Unboxed: cues are school/GP (green) and EHW (yellow) -> yellow (conv 2)."),
   ("convention", "PH", "Sleep problems are PH for anyone in the family, coded alongside MH-ADULT (judgement 5).")]),
 ("C", "blue", "2025-12-08",
  "Wing-sze's change of conditions application was granted (NRPF lifted) in Oct, UC now in payment and she is paying off the rent arrears at £25 a month. Ethan wearing his new glasses in class.",
  ["FIN", "PH"],
  [("convention", "FIN", "Paying off arrears -> managing, present in blue (conv 3)."),
   ("convention", "PH", "Eyesight condition managed with glasses in a blue box -> present, like 'managing his own insulin' (conv 3, judgement 8).")]),
]),
# ---------------------------------------------------------------- Z008 Sudanese, hotel
dict(loc="Wellgate", n=[
 ("A", "orange", "2025-04-14",
  "Mazin (13) reported missing overnight 11/4, police found him in the city centre at 4am with two older males. Has new trainers and a phone that dad didn't buy him. Dad says Mazin's mum is still in a camp in Chad and they haven't heard from her since March.",
  ["SAFE-EXP"],
  [("convention", "CRIME", "Police finding a missing child is safeguarding, not CRIME (conv 7)."),
   ("outside", "", "Mother in Chad is outside the household.")]),
 ("A", "yellow", "2025-04-14",
  "Dad + 3 children in one hotel room for 9 months, Amna (4) sleeps in dad's bed and there's nowhere for the boys to do homework. Mazin and Rayan (10) are at Wellgate Academies but Amna has no nursery place, application in. Rayan's eczema has flared badly, GP has given creams. Dad's TB screen at the port was clear.",
  ["HOUS", "EYD", "PH"],
  [("convention", "EYD", "Amna is 4: no early-years place -> EYD (nursery take-up, conv 9), not EDU-ATT (judgement 1)."),
   ("negated", "PH", "TB screen clear (the PH code stands for Rayan's eczema).")]),
 ("C", "orange", "2025-09-01",
  "Mazin missing x2 more in July. NRM referral done, discussed at the exploitation panel. Arrested 28/7 in a car with older males, cannabis wraps found on him; now working with YOS.",
  ["SAFE-EXP", "CRIME"],
  [("convention", "SUB", "Drugs found on an exploited child -> SAFE-EXP and CRIME, not SUB (conv 12).")]),
 ("C", "yellow", "2025-09-01",
  "Family moved into a 3 bed dispersal house in Ambury 12 Aug. Amna started in the nursery class at Gorsey Lane. Dad would like an ESOL class - signposted to the college.",
  [],
  [("historical", "HOUS", "Hotel stay is over (moved 12 Aug)."),
   ("not-coded", "EYD", "Amna started nursery: good news only."),
   ("not-coded", "", "ESOL / English language has no code.")]),
]),
# ---------------------------------------------------------------- Z009 Polish, settled status
dict(loc="Lynchfield", n=[
 ("A", "orange", "2025-02-24",
  "Tomasz drinking heavily every day since he lost his job at the meat plant in Nov. Police called 2/2 after he threw a chair at Agnieszka; Kacper (14) got between them. DASH medium, Tomasz given a caution. Agnieszka says the mortgage is up to date and she is working full time.",
  ["SUB", "DA", "FIN"],
  [("convention", "CRIME", "Caution for an offence against his partner -> DA only (conv 7)."),
   ("convention", "FIN", "Tomasz is workless: adult worklessness is FIN (FIN row, conv 11) even though the mortgage is paid (judgement 3).")]),
 ("A", "yellow", "2025-02-24",
  "Kacper excluded 3 days in Jan for swearing at a teacher, now on report. Zuzia (8) has started wetting the bed again. Parents agreed to EHW support.",
  ["EDU-EXC", "PH"],
  [("convention", "PH", "Bedwetting at school age -> PH (conv 9).")]),
 ("C", "yellow", "2025-07-28",
  "Tomasz going to Lynchfield Recovery Service weekly, 6 wks alcohol free and now doing agency work. Kacper no exclusions since Feb. Zuzia's bedwetting stopped at Easter.",
  ["SUB"],
  [("convention", "SUB", "Ongoing recovery service -> SUB present (conv 4) despite '6 wks alcohol free'."),
   ("historical", "EDU-EXC", "'no exclusions since Feb'"),
   ("historical", "PH", "Bedwetting stopped at Easter."),
   ("historical", "FIN", "Back in work.")]),
]),
# ---------------------------------------------------------------- Z010 Ukrainian, sponsorship breakdown
dict(loc="Foxmoor", n=[
 ("A", "orange", "2025-09-29",
  "Homes for Ukraine sponsorship ended after 8 months, host asked them to leave by 30/9. Oksana presented as homeless, family placed in a B&B in Wellgate in one room. She says she cries every day and can't cope.",
  ["HOUS", "MH-ADULT"], []),
 ("A", "yellow", "2025-09-29",
  "Mykyta (16) stopped the online Ukrainian school in June, not at college here, no job. Sofiia (5) in Reception at Foxmoor Primary, attendance down to 80% since they moved across the city (2 buses each way).",
  ["EDU-NEET", "EDU-ATT"],
  [("historical", "", "Online Ukrainian schooling stopped in June, so Mykyta is now NEET.")]),
 ("C", "yellow", "2026-02-16",
  "Moved into a 2 bed council flat in Dec. Oksana on the waiting list for talking therapies, GP started her on sertraline. Mykyta started at Foxmoor College in Jan (ESOL + plumbing taster).",
  ["MH-ADULT"],
  [("historical", "HOUS", "Rehoused in Dec."),
   ("historical", "EDU-NEET", "Now at college."),
   ("convention", "MH-ADULT", "Waiting list + medication (conv 4).")]),
]),
# ---------------------------------------------------------------- Z011 Nigerian, NRPF, sofa surfing
dict(loc="Ambury", n=[
 ("A", "orange", "2025-11-10",
  "Blessing's visit visa expired 2023, application to remain pending, NRPF. She and the kids have been sofa surfing with people from church since Aug and have been told to go by the end of the month. No income at all. Council NRPF team starting a s17 assessment.",
  ["HOUS", "FIN"],
  [("convention", "FIN", "NRPF plus 'no income at all' -> a money problem is described (conv 5)."),
   ("not-coded", "", "Immigration status itself has no code.")]),
 ("A", "yellow", "2025-11-10",
  "David (9) lost his place when they moved across the city, out of school since Oct half term; in-year form done with EHW. Blessing says he is anxious and clingy, won't let her out of his sight. Grace (3) not in nursery. HV: Grace's weight down from 50th to 9th centile, eating mainly rice and bread.",
  ["EDU-ATT", "MH-CHILD", "EYD", "PH"],
  [("convention", "EDU-ATT", "School-age child out of school awaiting an in-year place -> EDU-ATT (judgement 1)."),
   ("convention", "PH", "Weight faltering -> PH (weight).")]),
 ("A", "note:red", "2025-11-19",
  "Meeting with NRPF team today: CIN (s17) plan agreed. Blessing had no money and said the children had not eaten since yesterday - emergency food parcel given. Family to move into temporary accommodation (1 bed flat) on Fri.",
  ["FIN", "SAFE-NEG", "HOUS"],
  [("convention", "", "Unboxed: 'CIN (s17) plan' is a red cue (conv 2) -> all codes red."),
   ("convention", "SAFE-NEG", "Hungry children -> SAFE-NEG; food parcel and no money -> FIN; both (conv 10).")]),
 ("C", "red", "2026-03-09",
  "Family in s17 temporary accommodation (1 bed flat) while the Home Office decides Blessing's application; subsistence paid weekly under the CIN plan as she still has no other income. David at Ambury Juniors since Jan, settled.",
  ["HOUS", "FIN"],
  [("historical", "EDU-ATT", "David on roll since Jan."),
   ("convention", "FIN", "Still no income apart from s17 subsistence -> money problem present.")]),
]),
# ---------------------------------------------------------------- Z012 Pakistani spouse visa, DA
dict(loc="Wellgate", n=[
 ("A", "red", "2025-01-27",
  "Sana (spouse visa, NRPF) fled with Hamza (6) and Inaya (1) after her husband and mother-in-law locked her in a bedroom and took her passport. Strategy meeting 8/1, s47 ongoing. In an emergency refuge bed.",
  ["DA", "HOUS"],
  [("not-coded", "FIN", "NRPF stated without a money problem in this box (conv 5)."),
   ("convention", "HOUS", "Refuge = temporary accommodation (judgement 13).")]),
 ("A", "orange", "2025-01-27",
  "MARAC referral sent. Sana has no money of her own, refuge covering food. Solicitor applying for the DDV concession. Hamza has missed 3 weeks of school since they fled as the new address can't be shared. Inaya missed her 12 month jabs.",
  ["DA", "FIN", "EDU-ATT", "PH"],
  [("convention", "PH", "Missed immunisations -> PH.")]),
 ("C", "orange", "2025-05-19",
  "Concession granted, UC claim made - first payment not due for 3 weeks so Sana using the refuge food cupboard and vouchers. Hamza started Y2 at a new school under safe address arrangements. Husband's family still sending threats through her cousins back home. Inaya's catch up jabs booked.",
  ["FIN", "DA", "PH"],
  [("convention", "DA", "Threats from the husband's family relayed by relatives abroad: the abusers are outside the household but the abuse of Sana is the family's need (conv 6, judgement 11)."),
   ("historical", "EDU-ATT", "Hamza back in school."),
   ("convention", "FIN", "Waiting for first UC payment and using vouchers -> FIN (conv 10).")]),
]),
# ---------------------------------------------------------------- Z013 Hong Kong, teen self-harm
dict(loc="Foxmoor", n=[
 ("A", "orange", "2025-06-16",
  "Marcus (15) cutting his arms since spring, open to CAMHS since June. Told the school counsellor he misses his grandparents in Hong Kong and feels he doesn't belong. Mum (Cindy) has taken unpaid leave to be at home with him. Marcus has asthma - uses his preventer, no attacks this year. Chloe (11) doing well in Y6.",
  ["MH-CHILD", "PH"],
  [("convention", "PH", "Asthma with 'no attacks this year' is still under ongoing treatment (preventer inhaler) -> PH present by conv 4, which applies in any box; the blue/green-only 'now managing' rule is not needed here (judgement 8)."),
   ("not-coded", "FIN", "Unpaid leave, no money problem described."),
   ("outside", "", "Grandparents in Hong Kong are outside the household.")]),
 ("C", "orange", "2025-11-24",
  "Still open to CAMHS, safety plan in place, no self-harm for 6 wks. Marcus refusing school since Oct, now on a part-time timetable (3 mornings).",
  ["MH-CHILD", "EDU-ATT"],
  [("convention", "MH-CHILD", "Open to CAMHS (conv 4) despite no self-harm for 6 weeks.")]),
 ("C", "blue", "2025-11-24",
  "Marcus plays badminton with his dad every Saturday and says it helps his mood. Parents joined an online Cantonese parents' group.",
  ["MH-CHILD"],
  [("convention", "MH-CHILD", "Blue box: Marcus managing his mood with exercise -> present (conv 3, judgement 8).")]),
]),
# ---------------------------------------------------------------- Z014 Eritrean young mum, move-on
dict(loc="Lynchfield", n=[
 ("A", "orange", "2025-09-08",
  "Helen (20) granted refugee status 2/9 - notice to leave Home Office accommodation in 28 days. Applied for UC, nothing paid yet and no bank account. Housing options appt next week.",
  ["HOUS", "FIN"],
  [("convention", "HOUS", "28-day notice to leave asylum accommodation = risk of homelessness -> HOUS."),
   ("convention", "FIN", "Benefit claimed but nothing paid and no bank account = benefit problem (conv 5).")]),
 ("A", "yellow", "2025-09-08",
  "HV: EPDS 17, Helen tearfull at every visit and says she has no one here. Samuel (4m) feeding and growing well. His 8 and 12 wk immunisations were missed when they moved from initial accommodation - HV arranging catch up.",
  ["MH-ADULT", "PH"],
  [("not-coded", "EYD", "Feeding and growing well: good news.")]),
 ("C", "yellow", "2026-01-26",
  "Helen and Samuel in a studio in temporary accommodation in Lynchfield, bidding on the housing register. UC in payment, paying back the advance. Helen on sertraline from GP and goes to the Wed baby group. Samuel's jabs now up to date.",
  ["HOUS", "FIN", "MH-ADULT"],
  [("historical", "PH", "Jabs now up to date -> over."),
   ("convention", "FIN", "Repaying a UC advance = debt.")]),
]),
# ---------------------------------------------------------------- Z015 Albanian asylum
dict(loc="Wellgate", n=[
 ("A", "yellow", "2025-03-03",
  "Family left Albania in 2022 due to a blood feud; Ardit says they would be in danger if they were ever sent back. Klea (12) getting 'go back on your boat' comments from older pupils on the bus, pastoral team aware. Erion (9) has an autism diagnosis from Albania, no support in class yet - SENCo applying for an EHC needs assessment.",
  ["SAFE-EXP", "EDU-SEND"],
  [("historical", "", "Blood feud in Albania is past."),
   ("hypothetical", "", "'in danger if they were ever sent back' is hypothetical; no code."),
   ("convention", "SAFE-EXP", "Peer harassment of Klea = bullying -> SAFE-EXP.")]),
 ("A", "green", "2025-03-03",
  "Elona is 24 wks pregnant, booked with the community midwife, all checks normal so far. No health issues for the children.",
  [],
  [("not-coded", "PH", "Pregnancy with normal routine antenatal care is not a health problem (judgement 14)."),
   ("negated", "PH", "'No health issues for the children'.")]),
 ("C", "green", "2025-09-15",
  "EHC needs assessment agreed, Erion has TA support mornings. Klea says the comments on the bus stopped after school spoke to the bus company. Baby Arta born June, well.",
  ["EDU-SEND"],
  [("historical", "SAFE-EXP", "Comments stopped -> over.")]),
]),
# ---------------------------------------------------------------- Z016 Iranian, appeal rights exhausted
dict(loc="Foxmoor", n=[
 ("A", "orange", "2025-05-19",
  "Reza told GP he has had thoughts of ending his life since his asylum claim was refused in March. Crisis team assessed, now under the community mental health team. Maryam says she watches him constantly. Kian (17) not in college or work - he spends the day looking after his dad and dealing with the solicitor's letters.",
  ["MH-ADULT", "EDU-NEET", "CARER"],
  [("convention", "CARER", "Kian (17) caring for his father -> CARER; Maryam watching her husband is an adult carer and does not code CARER (conv 12)."),
   ("convention", "FIN", "NEET young person is EDU-NEET only (conv 11); no adult worklessness stated here.")]),
 ("A", "yellow", "2025-05-19",
  "Asylum support stopped 2/5 when appeal rights were exhausted. No money coming in, relying on food parcels from the mosque. The housing provider has told them to leave the property.",
  ["FIN", "HOUS"], []),
 ("C", "orange", "2025-10-06",
  "Fresh claim lodged, s4 support and accommodation reinstated. Reza still with CMHT, no suicidal thoughts reported recently. Kian started ESOL + maths at Foxmoor College in Sept but has missed so much taking his dad to appointments that the college say his place is at risk.",
  ["MH-ADULT", "CARER", "EDU-NEET"],
  [("convention", "FIN", "s4 support reinstated: support named without a money problem -> not FIN (conv 5)."),
   ("historical", "HOUS", "Accommodation reinstated."),
   ("convention", "EDU-NEET", "16+ college place at risk -> 'at risk of' NEET (judgement 20)."),
   ("negated", "", "'no suicidal thoughts reported recently' does not negate the ongoing CMHT involvement (conv 4).")]),
]),
# ---------------------------------------------------------------- Z017 Roma Slovak, neglect
dict(loc="Lynchfield", n=[
 ("A", "orange", "2025-01-27",
  "HV + EHW joint visit: house very cluttered, dog mess on kitchen floor, no sheets on the kids' mattresses, only a pint of milk in the fridge. Attendence: Nikola (13) 62%, Patrik (10) 70%, Vanesa (6) 74%; school have issued a penalty notice warning.",
  ["SAFE-NEG", "EDU-ATT"],
  [("convention", "SAFE-NEG", "Near-empty fridge -> SAFE-NEG (conv 10).")]),
 ("A", "yellow", "2025-01-27",
  "Milan works cash in hand on building sites, v irregular. £1,100 owing on gas and electric, meter on emergency credit most weeks, Renata asking for food bank vouchers. Dominik (2) hasn't had his 1 yr jabs and only says 'mama' and 'no'.",
  ["FIN", "PH", "EYD"], []),
 ("C", "yellow", "2025-06-23",
  "Beds now have bedding and the kitchen was clean on the last 3 visits. Energy payment plan in place, £10 a week. Nikola reported missing overnight 14/6, found by police at the park with older lads. Attendance Nikola 68%, Patrik 79%.",
  ["FIN", "SAFE-EXP", "EDU-ATT"],
  [("historical", "SAFE-NEG", "Home conditions described as put right (bedding, clean on 3 visits) -> over; not a blue/green 'managing' box (judgement 9)."),
   ("convention", "CRIME", "Police finding a missing child is not CRIME (conv 7).")]),
]),
# ---------------------------------------------------------------- Z018 Somali-Dutch, EU pre-settled
dict(loc="Ambury", n=[
 ("A", "yellow", "2025-09-15",
  "Came from the Netherlands in 2024, pre-settled status. Hodan's UC stopped in Aug pending a right to reside check; rent arrears now £1,400 with Ambury Homes (HA). Nasra (4) in nursery class, staff think she can't hear properly - doesn't turn when called. GP referred to audiology.",
  ["FIN", "PH"],
  [("not-coded", "EYD", "Hearing is PH; no speech/development delay described.")]),
 ("A", "orange", "2025-09-15",
  "Abdi (15) arrested 10/9 with 2 friends for robbing a phone off a Y9, released under investigation. Out most evenings, and pushed Hodan into the wall when she took his PlayStation off him. Referred to YOS prevention.",
  ["CRIME", "REL-PAR"],
  [("convention", "DA", "Child-to-parent violence -> REL-PAR, not DA (conv 8).")]),
 ("C", "orange", "2026-02-02",
  "Abdi on a 6 month referral order, sees his YOS worker weekly; no more incidents at home. UC reinstated in Dec and backdated, HA agreed a repayment plan of £15 a week.",
  ["CRIME", "FIN"],
  [("historical", "REL-PAR", "'no more incidents at home'."),
   ("convention", "FIN", "Arrears still being repaid -> present.")]),
]),
# ---------------------------------------------------------------- Z019 Syrian Kurdish, family reunion
dict(loc="Wellgate", n=[
 ("A", "orange", "2025-02-10",
  "Family reunion - Nour and the 4 children arrived in Jan to join Ahmad in his 1 bed flat, 6 people in one bedroom and the lounge. Landlord says it's too many people and has given notice. Ahmad's UC still paid at the single rate, change of circumstances not processed.",
  ["HOUS", "FIN"],
  [("convention", "FIN", "UC paid at the wrong rate = benefit problem (conv 5).")]),
 ("A", "yellow", "2025-02-10",
  "Roj (14) has no school - 3 schools said full, now going to Fair Access panel. Heval (17) wants to work but has no NI number yet and isn't at college. Azad (3) never had vaccinations in Syria, HV doing the full catch up. Berivan (9) at Gorsey Lane since Feb.",
  ["EDU-ATT", "EDU-NEET", "PH"],
  [("convention", "EDU-ATT", "School-age child without a school place -> EDU-ATT (judgement 1)."),
   ("convention", "EDU-NEET", "Heval 17, not in education or work -> EDU-NEET only (conv 11).")]),
 ("C", "yellow", "2025-08-18",
  "Roj got a place at Wellgate Academy via Fair Access in April but has been truanting, 78%. Heval on an ESOL course at Ambury College. Azad's catch up jabs finished in June.",
  ["EDU-ATT"],
  [("historical", "PH", "Catch-up finished in June."),
   ("not-coded", "EDU-NEET", "Heval at college.")]),
 ("C", "note:orange", "2025-08-20",
  "Ahmad rang: possession order granted at court yesterday, bailiffs due 12 Sept. Booked him into housing options tomorrow.",
  ["HOUS"],
  [("convention", "", "Unboxed: possession order / bailiffs = eviction or possession cue -> orange (conv 2).")]),
]),
# ---------------------------------------------------------------- Z020 Afghan (ACRS), bridging hotel
dict(loc="Ambury", n=[
 ("A", "orange", "2025-03-17",
  "8 people in 2 adjoining rooms at the Canal View Hotel for 14 months. Rahim (8) has epilepsy, 3 seizures last month and his meds haven't been reviewed since they arrived. Shabnam (16) not in any education - girls weren't allowed to go to secondary in Afghanistan after 2021 and she says she doesn't want to start now.",
  ["HOUS", "PH", "EDU-NEET"],
  [("historical", "", "Schooling ban in Afghanistan is the past; Shabnam's current NEET status is coded.")]),
 ("A", "yellow", "2025-03-17",
  "Hamid (14) 2 suspensions for fighting at Kingsway Academy this term, managed move to Wellgate Academy starts Monday. Maryam (5) in Reception - SENCo has no SEN concerns, she is using more English each week. Zahir (2) not at nursery, mum prefers to have him at home.",
  ["EDU-EXC", "EYD"],
  [("negated", "EDU-SEND", "SENCo named but 'no SEN concerns'."),
   ("convention", "EYD", "Under-5 not taking up nursery -> EYD (nursery take-up) even though it is the parent's choice (judgement 21).")]),
 ("A", "note:green", "2025-03-20",
  "Duty call: Rahim had a seizure this morning, ambulance took him to A&E, discharged pm. GP appt tomorrow for med review.",
  ["PH"],
  [("convention", "", "Unboxed: ambulance/A&E is not a listed level cue; GP is green -> green (conv 2, judgement 15).")]),
 ("C", "orange", "2025-11-03",
  "Family moved to a 4 bed house in Lynchfield in June. Neurology changed Rahim's meds, no seizures since July. Hamid's managed move broke down and he was permanently excluded 14/10.",
  ["PH", "EDU-EXC"],
  [("historical", "HOUS", "Moved out of the hotel in June."),
   ("convention", "PH", "Epilepsy under ongoing neurology treatment -> present (conv 4) although seizure-free.")]),
]),
# ---------------------------------------------------------------- Z021 Ukrainian kinship care
dict(loc="Lynchfield", n=[
 ("A", "yellow", "2025-05-06",
  "Halyna (67) is kinship carer for grandson Artem (10), his mum is still in Kharkiv. Halyna has arthritis and type 2 diabetes and can't manage the stairs; Artem collects her prescriptions and does the shopping most days after school.",
  ["PH", "CARER"],
  [("convention", "CARER", "'Kinship carer' alone is not CARER (conv 12); coded for Artem's caring tasks."),
   ("outside", "", "Artem's mother in Ukraine is outside the household.")]),
 ("A", "green", "2025-05-06",
  "School say Artem is jumpy when doors bang and talks a lot about the war; he wakes most nights when planes go over. School nurse aware.",
  ["MH-CHILD", "PH"],
  [("convention", "PH", "Sleep problem at school age -> PH (conv 9), coded alongside the trauma signs (MH-CHILD) (judgement 5).")]),
 ("C", "green", "2025-10-13",
  "Artem goes to Lynchfield Young Carers fortnightly. Halyna's diabetes reviewed, new tablets, GP arranged a stairlift assessment.",
  ["CARER", "PH"],
  [("convention", "", "Boxed green: codes take the box level even though a young carers service is a yellow cue (conv 2).")]),
]),
# ---------------------------------------------------------------- Z022 Hong Kong, coercive control
dict(loc="Wellgate", n=[
 ("A", "orange", "2025-07-07",
  "Mei-ling disclosed Kelvin controls all the money, checks her phone and has threatened to 'send her back to Hong Kong without the children'. No physical violence reported. DASH medium, DA outreach worker allocated. Jason (9) has had 2 internal exclusions for hitting children at play.",
  ["DA", "EDU-EXC"],
  [("convention", "FIN", "Financial control is part of the abuse -> DA only; no separate money problem (judgement 4)."),
   ("negated", "", "'No physical violence' does not negate DA: coercive control is DA.")]),
 ("C", "yellow", "2025-12-15",
  "Kelvin moved out in Aug. Children see him alternate weekends, handovers at Mei-ling's brother's. He has applied to court to stop Mei-ling holding the children's passports and they are arguing by text about the dates.",
  ["REL-CONF"],
  [("convention", "REL-CONF", "Coded on its own text (conv 1): separation, contact and court dispute with no abuse described -> REL-CONF, not DA (conv 8, judgement 10).")]),
 ("C", "green", "2025-12-15",
  "Jason no incidents at school since Sept. Sophie (6) has glue ear, ENT appt in Jan.",
  ["PH"],
  [("historical", "EDU-EXC", "'no incidents at school since Sept'.")]),
]),
# ---------------------------------------------------------------- Z023 Nigerian, student dependants
dict(loc="Foxmoor", n=[
 ("A", "yellow", "2025-11-03",
  "Chidi on a student visa, Ngozi and the children dependants with NRPF. His shift hours were cut and they couldn't pay Nov rent; using Foxmoor Community Pantry weekly.",
  ["FIN"], []),
 ("A", "green", "2025-11-03",
  "Tobi (7) has sickle cell, 2 admissions for crises this term and 11 days off school. Under the haematology team at City General.",
  ["PH", "EDU-ATT"], []),
 ("C", "green", "2026-04-20",
  "Tobi seen in haematology clinic every 3 months, no admissions since Dec. Attendance 94% this term.",
  ["PH"],
  [("not-coded", "EDU-ATT", "Attendance figure given with no concern stated -> good news, not coded (conv 3)."),
   ("convention", "PH", "Ongoing haematology clinic (conv 4).")]),
 ("C", "note:blue", "2026-04-22",
  "Ngozi found a budgeting app herself and Chidi's brother lent them £300 towards the rent. They are still £200 behind with the landlord, paying an extra £25 a week.",
  ["FIN"],
  [("convention", "", "Unboxed: only the family's own action and own network -> blue (conv 2, judgement 15).")]),
]),
# ---------------------------------------------------------------- Z024 Lithuanian
dict(loc="Ambury", n=[
 ("A", "green", "2025-10-20",
  "Rasa left Lukas's dad in Lithuania in 2021 after years of DV - no contact since and he doesn't know where they live. Lukas (4) at Little Acorns, keyworker says his speech is behind his peers and is doing daily language games with him.",
  ["EYD"],
  [("historical", "DA", "DV ended in 2021, no contact since.")]),
 ("A", "yellow", "2025-10-20",
  "Emilija (13) refusing school since Y8 started, says girls in her form laugh at her accent and copy her. Very anxious, cries in the mornings. EHW to do 1:1 and a return-to-school plan.",
  ["EDU-ATT", "SAFE-EXP", "MH-CHILD"], []),
 ("C", "yellow", "2026-03-23",
  "Emilija back full time since Feb, still anxious some mornings, seeing the school counsellor weekly. Lukas on the SALT waiting list, nursery running a small language group he joins daily.",
  ["MH-CHILD", "EYD"],
  [("historical", "EDU-ATT", "Back full time since Feb."),
   ("convention", "EYD", "Awaiting SALT for an under-5 (conv 4, conv 9).")]),
]),
# ---------------------------------------------------------------- Z025 Iranian Kurdish, hotel
dict(loc="Lynchfield", n=[
 ("A", "orange", "2025-08-11",
  "Family of 4 in one room at Lynchfield Lodge hotel. Hiwa was punched by another resident in Aug, police attended and the man was moved out. Soma now too frightend to leave the room. Aso (11) can't sit still in class and runs out of lessons; school have put him on the ADHD pathway with SEN support.",
  ["HOUS", "MH-ADULT", "EDU-SEND", "EDU-EXC"],
  [("outside", "CRIME", "The offender is another hotel resident, not a household member; Hiwa is the victim -> not CRIME (conv 6, 7)."),
   ("convention", "EDU-EXC", "Running out of lessons = behaviour at school -> EDU-EXC alongside EDU-SEND (ADHD pathway, conv 4).")]),
 ("C", "yellow", "2026-01-12",
  "Moved to a dispersal flat in Foxmoor in Nov. Aso still waiting for ADHD assessment; Foxmoor Primary writing a SEN support plan.",
  ["EDU-SEND"],
  [("historical", "HOUS", "Left the hotel in Nov.")]),
 ("C", "note:green", "2026-01-14",
  "Soma saw GP, started on medication for anxiety and says it is helping. Family feel safer in the new flat.",
  ["MH-ADULT"],
  [("convention", "", "Unboxed: GP only -> green (conv 2).")]),
]),
# ---------------------------------------------------------------- Z026 Hong Kong, NRPF, parent cancer
dict(loc="Wellgate", n=[
 ("A", "yellow", "2025-03-24",
  "Winnie diagnosed with breast cancer in Feb, chemo at City General every 3 wks. Kayla (13) doing most of the cooking and helps mum wash, and has had 6 days off to go to hospital with her. Raymond cut his hours to drive Winnie to treatment; NRPF so they can't claim anything and their savings are nearly gone.",
  ["PH", "CARER", "EDU-ATT", "FIN"], []),
 ("C", "yellow", "2025-09-29",
  "Kayla goes to the young carers group monthly. Winnie finished chemo, now having radiotherapy.",
  ["CARER", "PH"], []),
 ("C", "blue", "2025-09-29",
  "Family got a £500 hardship grant from a cancer charity towards the bills. Raymond back on full hours.",
  ["FIN"],
  [("convention", "FIN", "Blue box: family managing a described hardship with a grant -> present (conv 3, judgement 8); 'back on full hours' ends the reduced-hours problem but not the hardship.")]),
]),
# ---------------------------------------------------------------- Z027 Eritrean lone father, alcohol
dict(loc="Foxmoor", n=[
 ("A", "orange", "2025-11-10",
  "Police welfare check 2/11 after neighbours heard shouting: Tesfay drunk, Yonas (14) and Ruta (10) alone in the flat at 11pm, Tesfay found later at a friend's. He has been drinking daily since his wife's family reunion visa was refused.",
  ["SUB", "SAFE-NEG"],
  [("convention", "CRIME", "Police welfare check is safeguarding, not CRIME (conv 7)."),
   ("outside", "", "Wife abroad is outside the household.")]),
 ("A", "yellow", "2025-11-10",
  "Yonas cooks for Ruta most nights and gets her to school. His attendance 88%, late most days.",
  ["CARER", "EDU-ATT"], []),
 ("C", "yellow", "2026-04-13",
  "Tesfay attending Foxmoor Drug and Alcohol Service, says he only drinks at weekends now. Yonas goes to the young carers group and is still taking Ruta to school every morning.",
  ["SUB", "CARER"], []),
]),
# ---------------------------------------------------------------- Z028 Indian, skilled worker visa
dict(loc="Lynchfield", n=[
 ("A", "yellow", "2025-07-21",
  "Arjun works 50+ hrs at a care home on a skilled worker visa. NRPF so no DLA for Vihaan - Priya says they manage on Arjun's wage. Vihaan (5) has an autism diagnosis from Bengaluru, very few words, no sense of danger, up 3-4 times a night. Reception place at Hollin Primary from Sept but school say they can't meet his needs without an EHCP.",
  ["EDU-SEND", "PH"],
  [("convention", "FIN", "NRPF and a benefit name with no money problem ('they manage') -> not FIN (conv 5, judgement 2)."),
   ("convention", "CARER", "Working in a care home is not CARER (conv 12)."),
   ("convention", "PH", "Night waking at school age -> PH (conv 9)."),
   ("convention", "EDU-SEND", "Speech for a 5-year-old with a school place -> EDU-SEND (conv 9).")]),
 ("A", "orange", "2025-07-21",
  "Priya told HV she sometimes wishes she could disappear and cries most of the day; GP saw her same day and referred to the home treatment team. Anika (9) tearful at school and worrying about mum.",
  ["MH-ADULT", "MH-CHILD"], []),
 ("C", "orange", "2026-01-19",
  "EHC needs assessment under way; Vihaan on a part-time timetable (mornings only) until the plan is issued. Priya still on medication and seeing the practice counsellor. Vihaan sleeping through some nights on melatonin from the paediatrician.",
  ["EDU-SEND", "EDU-ATT", "MH-ADULT", "PH"],
  [("convention", "EDU-ATT", "Part-time timetable -> EDU-ATT."),
   ("convention", "PH", "Melatonin for sleep = ongoing treatment (conv 4).")]),
]),
# ---------------------------------------------------------------- Z029 Iraqi, hotel, twins
dict(loc="Wellgate", n=[
 ("A", "green", "2025-10-27",
  "Twins Ali and Hussein (3) still in nappies and saying only a few words of Arabic each. HV did their 2-2.5 yr review late and has referred both to SALT.",
  ["EYD"],
  [("convention", "EYD", "Under-5 toileting and speech, SALT referral -> EYD (conv 9).")]),
 ("A", "yellow", "2025-10-27",
  "Zainab 30 wks pregnant, missed 2 antenatal appts - hotel is 2 buses from the hospital and she has no money for the fare. 4 of them in one hotel room, twins have no space to play.",
  ["PH", "FIN", "HOUS"],
  [("convention", "PH", "Missed antenatal appointments -> PH (missed medical appointments), not pregnancy itself (judgement 14).")]),
 ("C", "yellow", "2026-03-30",
  "Baby Fatima born 2/1, well. Still in the hotel, now 5 in one room. Twins start funded nursery in April, SALT appt still awaited.",
  ["HOUS", "EYD"],
  [("convention", "EYD", "Awaiting SALT (conv 4).")]),
]),
# ---------------------------------------------------------------- Z030 Hong Kong, online grooming
dict(loc="Ambury", n=[
 ("A", "orange", "2025-05-19",
  "Ryan (12) has been sending pictures of himself to an adult he met on an online game who said he was 14. Police informed, CEOP report done. Mum found the messages on his phone.",
  ["SAFE-EXP"],
  [("outside", "CRIME", "The offender is outside the household; police involvement is safeguarding -> not CRIME (conv 6, 7).")]),
 ("A", "green", "2025-05-19",
  "Parents have set up parental controls on his Xbox and phone, school running online safety sessions for Y7.",
  ["SAFE-EXP"],
  [("convention", "SAFE-EXP", "Green box: family now managing online safety -> present (conv 3, judgement 8).")]),
 ("C", "blue", "2025-10-27",
  "Parents check Ryan's phone every Sunday, no further contact from the adult. Ryan joined table tennis club.",
  ["SAFE-EXP"],
  [("convention", "SAFE-EXP", "Blue box: ongoing parental monitoring of online safety = managing -> present although contact has stopped (conv 3, judgement 8).")]),
]),
# ---------------------------------------------------------------- Z031 Bulgarian, gambling, CCE
dict(loc="Wellgate", n=[
 ("A", "yellow", "2025-08-04",
  "Desislava has £3,000 on credit cards and a payday loan from online betting; she has self-excluded from the betting sites. Court summons for council tax arrears.",
  ["FIN"],
  [("convention", "SUB", "Gambling debts -> FIN, not SUB (conv 10)."),
   ("not-coded", "EDU-EXC", "'self-excluded' from betting sites is not a school exclusion.")]),
 ("A", "orange", "2025-08-04",
  "Viktor (16) left school in July with no GCSEs, not in college or work. Police stopped the car twice this month on safeguarding grounds - Viktor with older men, £800 cash and 2 phones on him last time; no arrest, NFA.",
  ["EDU-NEET", "SAFE-EXP"],
  [("convention", "CRIME", "Police stops on safeguarding grounds with no offence or arrest -> not CRIME (conv 7); cash/phones/older men are exploitation indicators -> SAFE-EXP.")]),
 ("C", "orange", "2026-01-05",
  "Viktor open to the exploitation team, NRM referral made. Still not in college or work, goes to the Brickworks youth project 2 afternoons. Desislava got a debt relief order through Wellgate Money Advice Centre.",
  ["SAFE-EXP", "EDU-NEET", "FIN"],
  [("convention", "FIN", "Debt relief order = debt being dealt with -> present.")]),
]),
]

CODES = {"EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD", "MH-ADULT", "PH", "SUB",
         "REL-PAR", "REL-CONF", "DA", "SAFE-NEG", "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"}
LEVELS = ["blue", "green", "yellow", "orange", "red"]


def main():
    narr_rows, gold_rows, traps = [], [], {}
    for i, case in enumerate(CASES, 1):
        cid = "Z%03d" % i
        for stage, level, date, text, codes, tr in case["n"]:
            tid = "%s-%s" % (cid, stage)
            if level.startswith("note:"):
                box, glevel, nid = "", level[5:], tid + "-note"
            else:
                box, glevel, nid = level, level, "%s-%s" % (tid, level)
            assert glevel in LEVELS, nid
            assert len(set(codes)) == len(codes), nid
            for c in codes:
                assert c in CODES, (nid, c)
            narr_rows.append([nid, tid, cid, "assessment" if stage == "A" else "closure",
                              date, box, case["loc"], text])
            for c in codes:
                gold_rows.append([nid, c, glevel])
            if tr or not box:
                entry = [{"type": t, "code": c, "note": n} for t, c, n in tr]
                if not box:
                    entry.insert(0, {"type": "convention", "code": "",
                                     "note": "Unboxed note; gold level %s." % glevel})
                traps[nid] = entry
    ids = [r[0] for r in narr_rows]
    assert len(ids) == len(set(ids)), "duplicate narrative ids"

    def write(name, header, rows):
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\r\n")
            w.writerow(header)
            w.writerows(rows)

    write("narratives.csv", ["narrative_id", "triage_id", "case_id", "stage", "date", "level",
                             "locality", "narrative"], narr_rows)
    write("gold.csv", ["narrative_id", "code", "level"], gold_rows)
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8", newline="") as f:
        f.write(json.dumps(traps, indent=1, ensure_ascii=False).replace("\n", "\r\n") + "\r\n")

    triages = {r[1] for r in narr_rows}
    print("cases", len(CASES), "triages", len(triages), "narratives", len(narr_rows),
          "(unboxed notes %d)" % sum(1 for r in narr_rows if not r[5]))
    print("gold rows", len(gold_rows), "narratives with no gold",
          len(set(ids) - {g[0] for g in gold_rows}), "narratives with traps", len(traps))
    cc = collections.Counter(g[1] for g in gold_rows)
    print("codes:", ", ".join("%s %d" % (c, cc[c]) for c in sorted(CODES)))
    lc = collections.Counter(g[2] for g in gold_rows)
    print("levels:", ", ".join("%s %d" % (l, lc[l]) for l in LEVELS))
    sc = collections.Counter(r[3] for r in narr_rows)
    print("stages:", dict(sc))


if __name__ == "__main__":
    main()
