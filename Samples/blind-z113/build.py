#!/usr/bin/env python3
"""Blind gold set Z113: Gypsy, Roma and Traveller families and liveaboard boater
families in an invented Fenland district, 2025-26.

Written from /work/shared/taxonomy.md only. Every narrative, its gold codes and
its trap notes are held here, one narrative at a time. Running this script
writes narratives.csv, gold.csv and traps.json (UTF-8, no BOM, CRLF) and prints
counts.

Item tuple: (stage, box, text, codes, traps[, note_level])
  stage  'A' (assessment) or 'C' (closure)
  box    blue/green/yellow/orange/red, or 'note' for an unboxed case note
  codes  list of PRESENT codes only
  traps  list of (type, code, note)
  note_level  for unboxed notes only: the single highest level cue (convention 2)
"""
import csv
import json
import os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))

CASES = []


def case(cid, loc, a_date, c_date, items):
    CASES.append(dict(case=cid, loc=loc, a=a_date, c=c_date, items=items))


# ---------------------------------------------------------------------------
# Z001 Irish Traveller family, council site (Cold Harbour Lane). Specialist TES/EH worker.
case("Z001", "Marshby", "2025-04-14", "2025-09-29", [
    ("A", "yellow",
     "Shannon (13) attendence at Marshby Academy is 68% this year, mostly odd days on Mondays and Fridays. "
     "She told me she hates going because a group of Yr 8 girls call her names about living on the site. "
     "Bridget would rather keep her at home than see her upset and has mentioned home ed. "
     "I've arranged to meet the HoY with Bridget and Shannon together next week.",
     ["EDU-ATT", "SAFE-EXP"],
     [("outside", "SAFE-EXP", "Name-calling by peers outside the household is coded because it is the child's own need (bullying)."),
      ("hypothetical", "EDU-ATT", "Home ed is only 'mentioned' (a possibility, not coded in itself); EDU-ATT is coded for the 68% attendance.")]),
    ("A", "orange",
     "Martin (dad) was arrested 22/3 after smashing the windscreen of a neighbour's van on the site during a row, "
     "police attended and he has been charged with criminal damage. Bridget says he has been drinking heavily since "
     "his brother passed in January and the two of them have been rowing a lot, but she is clear he has never laid a "
     "hand on her or the children. Martin said he'd think about the drug and alcohol service but isn't keen.",
     ["CRIME", "SUB", "REL-CONF"],
     [("negated", "DA", "'never laid a hand on her or the children' - DA negated; the parents' rows are REL-CONF (convention 8)."),
      ("convention", "CRIME", "Offence against a neighbour's property by a household member is CRIME; it is not against a partner, so convention 7 does not turn it into DA.")]),
    ("C", "blue",
     "Martin says he's cut right down on the drink, no more than a couple of cans at the weekend now, and goes to the "
     "Wednesday men's group at the church hall with his cousin. Bridget and her sisters share the little ones between "
     "them so she can do the school run with Shannon.",
     ["SUB"],
     [("convention", "SUB", "Blue box, something the family is now managing (cutting down, attending a group) counts as present (convention 3).")]),
])

# Z002 Boater family, continuous cruisers. Generic family support worker.
case("Z002", "Ouseholme", "2025-05-06", "2025-11-20", [
    ("A", "yellow",
     "Family live aboard a 57ft narrowboat, continuous cruising on the Middle Lode. The back cabin where Ivy (6) and "
     "Rowan (2) sleep has black mould on the ceiling and the bedding is damp most mornings. Ivy has had a chesty cough "
     "since Feb, GP gave her a brown inhaler. Kerry can't afford to keep the diesel heater on and they run out of coal "
     "by midweek. FSW applying to the boaters' hardship fund for fuel.",
     ["HOUS", "PH", "FIN"],
     [("convention", "HOUS", "Damp and mould on a liveaboard boat is damp/disrepair of the family's home: HOUS."),
      ("convention", "FIN", "Cannot afford heating fuel = fuel poverty: FIN (convention 10).")]),
    ("A", "orange",
     "Navigation authority has written to say the boat licence won't be renewed and the boat could be removed from the "
     "water - £640 owing on the licence and the cruising log doesn't show enough movement. The boat is the family's only "
     "home. I helped Kerry ring them to ask for a payment plan, housing options contacted as a back-up.",
     ["HOUS", "FIN"],
     [("convention", "HOUS", "Threat to remove the boat (the only home) is treated as an eviction-type risk of homelessness: HOUS.")]),
    ("C", "blue",
     "Licence renewed. Navigation authority accepted £50 a month off the arrears and Dan and Kerry have paid every month "
     "since July. Kerry keeps a cruising log on her phone now so they don't get caught out again.",
     ["FIN"],
     [("convention", "FIN", "Paying off arrears monthly is 'now managing' in a blue box: FIN present (convention 3)."),
      ("historical", "HOUS", "Licence renewed - the threat to the home is over; HOUS not coded.")]),
])

# Z003 Romanian Roma family in private rented flat. Specialist GRT EH worker.
case("Z003", "Wellsea", "2025-06-02", "2025-12-08", [
    ("A", "yellow",
     "Florin, Mariana and the 3 children (Denisa 15, Ionuț 11, Alexandru 7) are in a 2 bed flat above a takeaway on "
     "Market St - the kids share one bedroom and the parents sleep in the lounge. Florin's hours at the packhouse dropped "
     "to 16 a week when the season ended, the UC top-up hasn't been paid yet and rent is £120 in arrears. EHW doing the "
     "UC journal with Mariana (Romanian interpreter booked) and a housing register application.",
     ["HOUS", "FIN"], []),
    ("A", "orange",
     "Denisa (15) has not been on any school roll since the family came to the UK in Oct 2024 - CME referral made today. "
     "She also mentioned a boyfriend aged 22 who picks her up in his car after dark; Mariana wasn't aware. Shared with "
     "police and MASH.",
     ["EDU-ATT", "SAFE-EXP"],
     [("convention", "EDU-ATT", "A child of school age on no roll (child missing education) is coded EDU-ATT: the attendance area is the nearest fit."),
      ("partial", "SAFE-EXP", "A 15-year-old with a 22-year-old 'boyfriend' is a current risk of sexual exploitation/grooming: SAFE-EXP.")]),
    ("C", "green",
     "Denisa now on roll at Wellsea Community College in Yr 11 with EAL support, attendance 87% so far and the attendance "
     "lead is meeting Mariana. Alexandru (7) had his hearing test at audiology after the first appt was missed and is on "
     "the waiting list for grommets.",
     ["EDU-ATT", "PH"],
     [("not-coded", "EDU-SEND", "EAL support is not special educational needs; EDU-SEND not coded."),
      ("convention", "EDU-ATT", "87% with the attendance lead still meeting mum: an attendance need being managed (green), coded."),
      ("partial", "PH", "The missed appt is past, but waiting for grommets is a current health need: PH present.")]),
])

# Z004 English Romany Gypsy family on their own land, planning enforcement. Specialist TES worker.
case("Z004", "Fendyke", "2025-04-28", "2025-10-13", [
    ("A", "yellow",
     "Levi (14) was taken out of Fendyke Academy for home education in Yr 7 and has been out working with Joe on the "
     "trees and groundworks since. The EHE adviser visited in Feb and found no evidence of any education being "
     "provided, and Levi told me he 'can't read much'. Lena would like him back in school but Levi won't hear of it. "
     "Offered TES literacy sessions at the library, he's thinking about it.",
     ["EDU-ATT"],
     [("convention", "EDU-ATT", "Home education found to provide no education = child not receiving education: EDU-ATT. EHE alone is not coded."),
      ("not-coded", "EDU-SEND", "'Can't read much' with no SEN assessment, SENCO or support named: not EDU-SEND.")]),
    ("A", "orange",
     "Planning enforcement notice served by the district council in March on the family's own land at Three Holes "
     "Drove - they have until July to remove the two statics and the tourer or appeal. Lena very anxious and tearful, "
     "GP started her on sertraline last month. She says if the appeal fails they'll have nowhere to go but the roadside.",
     ["HOUS", "MH-ADULT"],
     [("convention", "HOUS", "An enforcement notice requiring the family's homes to be removed is a current risk of homelessness; the 'if the appeal fails' clause does not make the notice hypothetical.")]),
    ("C", "yellow",
     "Planning appeal lodged with help from Fens Traveller Advocacy, hearing listed for Feb 2026 and enforcement on "
     "hold until then. Levi back on roll at Fendyke Academy on a part-time timetable (mornings), TES checking in "
     "fortnightly.",
     ["HOUS", "EDU-ATT"],
     [("partial", "HOUS", "Enforcement only paused pending appeal: the housing risk is still current.")]),
])

# Z005 Boater single dad and young carer. Generic FSW.
case("Z005", "Ouseholme", "2025-07-01", "2026-01-19", [
    ("A", "yellow",
     "Gareth (dad) hurt his back last autumn and can't work the locks, lift the water containers or empty the cassette "
     "loo. Kai (15) does all the boat moves, fetches the water and coal and cooks most nights. Gareth gets PIP and says "
     "money is ok. Referral made to Fenland Young Carers.",
     ["PH", "CARER"],
     [("convention", "FIN", "PIP named with no money problem, and 'money is ok': FIN not coded (convention 5)."),
      ("convention", "PH", "PH is coded for the described back injury, not inferred from PIP (convention 5).")]),
    ("A", "orange",
     "Kai was arrested in June in Wellsea for shoplifting with a group of older lads from the town, released under "
     "investigation. Gareth thinks he's smoking cannabis most days and Kai doesn't deny it. Youth justice prevention "
     "worker (Turnaround) allocated.",
     ["CRIME", "SUB"], []),
    ("C", "yellow",
     "Kai (15) has finished Turnaround and there's been no police contact since Aug. He says he's stopped the weed - "
     "Gareth isn't so sure - and Kai has agreed to two more sessions with Aspire, the young people's substance service. "
     "Still does the locks for his dad but goes to Young Carers on Tuesdays.",
     ["SUB", "CARER"],
     [("historical", "CRIME", "Turnaround finished and no police contact since August: CRIME over (convention 3)."),
      ("convention", "SUB", "Claimed stopping is doubted and an ongoing substance service is named: SUB present (convention 4).")]),
])

# Z006 Irish Traveller family on the roadside, repeatedly moved on. Specialist TES worker.
case("Z006", "Marshby", "2025-05-19", "2025-11-10", [
    ("A", "yellow",
     "Mary (8) and John-Joe (6) are on roll at Marshby St Peter's but have missed most of this half term as the family "
     "has been moved on four times since April. School holding their places. TES sending distance learning packs and "
     "speaking to Lincs TES about dual registration if they go over the border.",
     ["EDU-ATT", "HOUS"],
     [("convention", "HOUS", "Being repeatedly moved on from roadside stopping places is insecure housing/homelessness: HOUS."),
      ("hypothetical", "EDU-ATT", "Dual registration 'if they go over the border' is hypothetical; EDU-ATT is coded for the missed half term.")]),
    ("A", "orange",
     "Family (Margaret, Tommy and the 4 children, baby Tom only 3 wks) are roadside in the lay-by on Gull Bank Rd - no "
     "water or toilets, Margaret fetching water from the garage. Police served a section 61 direction on 16/5 to leave "
     "within 24 hrs. No vacancies on the council site, waiting list about 2 years. Tommy says they'll go to the old "
     "airfield if they're pushed again.",
     ["HOUS"],
     [("not-coded", "CRIME", "A police direction to leave land is enforcement against the encampment, not offending described by a family member: CRIME not coded (convention 7 reading)."),
      ("not-coded", "SAFE-NEG", "No water or toilets is the condition of the stopping place (HOUS), not a failure of the parents' care: SAFE-NEG not coded.")]),
    ("C", "green",
     "Bridie (3) now goes to Little Acorns nursery 15 hrs. HV did her 2 yr review late in Sept - speech a bit behind, "
     "nursery doing small group talk sessions with her. Mary and John-Joe attending St Peter's every day since the "
     "family got the transit pitch.",
     ["EYD"],
     [("historical", "EDU-ATT", "Attending every day since the move, no support described: the attendance problem is over, not coded (convention 3).")]),
])

# Z007 Unboxed notes. Boater mum, DA. Generic FSW.
case("Z007", "Fendyke", "2025-06-16", "2025-12-01", [
    ("A", "note",
     "Home visit to the narrowboat at Crowfen Cut moorings, Finn (4) and Lola (2) on board. Sadie (31) disclosed that "
     "partner Lee keeps her bank card and checks her phone, and last Thursday he pushed her into the stove and she hit "
     "her head. Another boater rang the police, Lee was arrested and bailed with conditions not to come to the mooring. "
     "DASH high risk, MARAC referral sent. Sadie told me she drinks a bottle of wine most nights 'to get through'.",
     ["DA", "SUB"],
     [("convention", "DA", "Partner's arrest for assaulting the adult victim is DA only, not CRIME (convention 7)."),
      ("convention", "DA", "Unboxed: highest cue is police arrest / MARAC = orange (convention 2).")],
     "orange"),
    ("C", "note",
     "Saw Sadie on her new residential mooring at Fendyke marina, her brother helped her get the spot. No contact from "
     "Lee since he moved to Norfolk in August, and she says she hasn't touched a drink for 3 months. HV did Lola's 2 yr "
     "review last week - Lola (2) only has a handful of words, HV giving Sadie speech activities and will review at 2½. "
     "Finn (4) settled in Reception.",
     ["EYD"],
     [("historical", "DA", "No contact since August, perpetrator moved away, no current measures described: historical."),
      ("historical", "SUB", "'Hasn't touched a drink for 3 months': over, not coded."),
      ("convention", "EYD", "Unboxed: only cue is the health visitor = green (convention 2).")],
     "green"),
])

# Z008 Slovak Roma family. Generic FSW.
case("Z008", "Wellsea", "2025-10-06", "2026-03-02", [
    ("A", "green",
     "Renáta (34) has type 2 diabetes and ran out of her metformin twice over the summer because the surgery wouldn't "
     "register her without proof of address. Now registered at Wellsea Health Centre after TES wrote a letter for her. "
     "Dominik (18m) is behind with his imms, practice nurse booking catch-ups.",
     ["PH"], []),
    ("A", "orange",
     "Landlord has served a section 21 on the house in Jubilee Rd, family must be out by 31 Dec. There are 7 of them in "
     "a 3 bed. Marek (dad) works at a warehouse in Leicester in the week and sends money home, but the family owe about "
     "£1,500 to a man in the community who lent them the deposit and Renáta is frightened of him when he calls round.",
     ["HOUS", "FIN"],
     [("outside", "DA", "The lender is outside the household and not a partner: his effect on the family is the debt (FIN), not DA (convention 6)."),
      ("convention", "FIN", "Dad working away is not itself FIN (convention 5); FIN is coded for the debt.")]),
    ("C", "orange",
     "Family placed in temporary accomodation (B&B in Marshby) in January after the s21 ran out, housing officer says it "
     "could be months. The children now have a 40 min bus ride to school and Miroslav's (12) attendance has dropped to 79%.",
     ["HOUS", "EDU-ATT"], []),
])

# Z009 Boater family, home education by choice. Generic FSW.
case("Z009", "Fendyke", "2025-09-08", "2026-02-09", [
    ("A", "blue",
     "Wren (10) and Ash (7) have been home educated since 2023. Tess works through a structured plan with them each "
     "morning and the LA EHE officer's report in July found the education suitable. They go to a home ed forest school "
     "group near Marshby on Thursdays.",
     [],
     [("not-coded", "EDU-ATT", "Elective home education found suitable is a lawful choice, not absence: no code.")]),
    ("A", "yellow",
     "Tess has had low mood since the winter and describes days when she can't face getting out of bed; Ollie works "
     "away on a barge crew Mon-Fri so she's on her own with the kids. Boat warm and tidy when I visited, food in the "
     "cupboards, children clean and chatty - no concerns about their care. Referred to Talking Therapies, FSW visiting "
     "fortnightly.",
     ["MH-ADULT"],
     [("negated", "SAFE-NEG", "'No concerns about their care', warm tidy boat, food in: neglect negated."),
      ("not-coded", "FIN", "Dad working away is not a money problem (convention 5).")]),
    ("C", "green",
     "Ash (7) still on the waiting list for an ASD assessment with community paeds following the GP referral. Tess has "
     "shared the GP letter with the EHE officer.",
     ["EDU-SEND"],
     [("convention", "EDU-SEND", "Awaiting an ASD assessment is EDU-SEND (taxonomy 'assessment for ASD/ADHD', convention 4) even though the child is home educated.")]),
])

# Z010 Irish Traveller family, council site; NEET 16-year-old, dad on licence. Specialist TES worker.
case("Z010", "Marshby", "2025-06-23", "2025-12-15", [
    ("A", "yellow",
     "Johnny (16) left Marshby Academy in Year 9 and hasn't been in any education, training or work since, apart from "
     "helping his uncle on the scrap now and then for cash. He'd like to be a mechanic - linking him with the Fenland "
     "College Traveller outreach worker about a Level 1 course.",
     ["EDU-NEET"],
     [("convention", "FIN", "A 16+ NEET young person is EDU-NEET only; no FIN (convention 11).")]),
    ("A", "orange",
     "Michael (dad) released from HMP in April and on licence, reporting to probation weekly. Nora says he's been 'a "
     "different man' and there's been no trouble at home. Ellen (12) has been tearful in class since he came home and "
     "told her form tutor she's scared he'll be taken away again - school counsellor now sees her weekly.",
     ["CRIME", "MH-CHILD"],
     [("convention", "CRIME", "An adult on licence is CRIME (convention 7)."),
      ("negated", "REL-CONF", "'No trouble at home': no conflict or DA coded.")]),
    ("C", "blue",
     "Johnny (16) started the Level 1 motor vehicle course at Fenland College in Sept, goes 3 days a week and hasn't "
     "missed a day. Ellen's attendance 97%.",
     [],
     [("historical", "EDU-NEET", "Now in education and attending: NEET over, not coded."),
      ("not-coded", "EDU-ATT", "97% attendance is good news with no need stated (convention 3).")]),
])

# Z011 English Gypsy family moved into bricks and mortar. Generic FSW.
case("Z011", "Fendyke", "2025-07-14", "2026-01-12", [
    ("A", "yellow",
     "Jesse has built up about £3k on credit cards from online betting and the electric meter is on emergency credit "
     "most weeks. Roseanne has had two food parcels from the Fendyke food bank since June. HV says Tyson (2) has dropped "
     "from the 50th to the 25th centile for weight.",
     ["FIN", "PH"],
     [("convention", "SUB", "Gambling debts are FIN, not SUB (convention 10)."),
      ("convention", "SAFE-NEG", "Food bank only, no hungry child or empty cupboards described: FIN, not SAFE-NEG (convention 10)."),
      ("convention", "PH", "Weight faltering is PH (weight), not EYD.")]),
    ("A", "orange",
     "Neighbour rang the police in June after hearing shouting - officers attended, no injuries or offences, both said it "
     "was a row about money. Seen Roseanne on her own: she says Jesse has never hurt or frightened her and she has full "
     "access to the money and her phone. Roseanne also struggling with PND, GP has her on antidepressants, and she misses "
     "living on the site near her mum.",
     ["REL-CONF", "MH-ADULT"],
     [("negated", "DA", "Never hurt or frightened, no control of money or phone: DA negated; the row is REL-CONF (convention 8)."),
      ("not-coded", "CRIME", "Police call-out to a row between adults with no offence is not CRIME (convention 7 lists young people's behaviour, offending, youth justice)."),
      ("not-coded", "HOUS", "Missing site life is not described as a housing problem: HOUS not coded.")]),
    ("C", "yellow",
     "Jesse has self-excluded from the betting sites through GamStop and goes to a gambling support group in Marshby on "
     "Mondays. Citizens Advice set up a debt management plan at £45 a month. Roseanne says things between them are much "
     "calmer.",
     ["FIN"],
     [("not-coded", "EDU-EXC", "'Self-excluded' from betting sites is not a school exclusion."),
      ("historical", "REL-CONF", "'Much calmer' describes the conflict as eased; no current conflict stated.")]),
])

# Z012 Boater family (widebeam), teenage girl missing/self-harm. Generic FSW.
case("Z012", "Ouseholme", "2025-10-20", "2026-04-27", [
    ("A", "orange",
     "Maisie (14) went missing overnight twice in Sept - the second time police found her at a flat in Marshby belonging "
     "to a 19 yr old male. She has cuts to her forearms, seen in A&E, and is now open to CAMHS. Return home interviews "
     "done by the missing person worker.",
     ["SAFE-EXP", "MH-CHILD"],
     [("convention", "CRIME", "Police finding a missing child is safeguarding, not CRIME (convention 7)."),
      ("convention", "PH", "Self-harm injuries treated in A&E are coded MH-CHILD, not additionally PH.")]),
    ("A", "yellow",
     "Maisie says she hates living on the widebeam - she shares the back cabin with her half-brother Alfie (5) and has "
     "no privacy. Lots of rows with Jo (dad's partner), who she says 'isn't my mum', and she won't stick to any rules "
     "about her phone or curfew. Rob feels stuck in the middle.",
     ["HOUS", "REL-PAR"],
     [("convention", "REL-PAR", "Rows between a young person and a parent figure are REL-PAR, not REL-CONF (convention 8)."),
      ("convention", "HOUS", "A 14-year-old sharing a cabin with a 5-year-old half-brother is overcrowding: HOUS.")]),
    ("C", "orange",
     "Maisie still seen fortnightly by CAMHS. No missing episodes since November and she has blocked the 19 yr old on all "
     "her accounts. Family moved into a 3 bed HA house in March so she has her own room now.",
     ["MH-CHILD"],
     [("historical", "SAFE-EXP", "No missing episodes since November, contact blocked: over (convention 3)."),
      ("historical", "HOUS", "Moved to a house with her own room: overcrowding over.")]),
    ("C", "blue", "N/A", [], []),
])

# Z013 Irish Traveller family, transit site eviction, doubled up. Specialist TES worker.
case("Z013", "Wellsea", "2025-09-22", "2026-02-16", [
    ("A", "yellow",
     "Kathleen doesn't read and had put three letters from school about Paddy's (9) attendance in a drawer without "
     "knowing what they were. Attendance 74% and an £80 penalty notice has now been issued - Kathleen says she has no way "
     "of paying it before Christmas. Attendance officer agreed to hold off further action while TES works with the "
     "family; I'll go through any post with Kathleen when I visit weekly.",
     ["EDU-ATT", "FIN"],
     [("not-coded", "EDU-ATT", "Parent's literacy is not a code; it is recorded only through what it affects (the attendance letters)."),
      ("convention", "FIN", "A fine the parent cannot pay is a current money problem: FIN.")]),
    ("A", "orange",
     "Family evicted from the Wellsea transit site in Aug after overstaying, the council got a possession order. Now "
     "doubled up on Kathleen's sister's pitch at Cold Harbour - two trailers on one pitch, 11 people. Site manager has "
     "written to say they must leave by 30 Sept or the sister's licence could be ended. Bernadette (17) left school at 14, "
     "isn't working and is expecting a baby in Jan.",
     ["HOUS", "EDU-NEET"],
     [("not-coded", "PH", "Pregnancy with nothing wrong described is not a physical health need."),
      ("convention", "FIN", "17-year-old not working is EDU-NEET only (convention 11).")]),
    ("C", "green",
     "Paddy's attendance up to 93% this term. School now sends a voice message rather than letters about attendance and "
     "the office rings Kathleen if he's not in by 9.15.",
     ["EDU-ATT"],
     [("convention", "EDU-ATT", "Attendance still being actively supported by school (green, now managing, convention 3): coded.")]),
    ("C", "yellow", "none now - pitch situation resolved, see closing note on file", [],
     [("not-coded", "HOUS", "'Resolved' with no current need described: nothing coded.")]),
])

# Z014 Romanian Roma family, grandmother with dementia, young carer. Specialist TES worker.
case("Z014", "Marshby", "2025-05-12", "2025-10-06", [
    ("A", "yellow",
     "Bianca (13) has been staying home some days to sit with her bunica (gran) Maria, who lives with them and has dementia and has had two "
     "falls since Easter. Attendance at Marshby Academy 81%. Costel works nights at the chicken factory and Elena does "
     "days at the packhouse - family say money is fine, it's just a question of who is home.",
     ["CARER", "PH", "EDU-ATT"],
     [("convention", "FIN", "Shift work is not FIN and money is stated as fine (convention 5)."),
      ("convention", "PH", "Grandmother's dementia and falls coded PH: MH-ADULT is for a parent or carer's mental health.")]),
    ("C", "blue",
     "Bianca goes to the young carers club at school on Fridays and still helps her gran with her tea after school, but "
     "the adult social care carers now come in twice a day. Elena rang the Fenland Carers Hub herself to get her own "
     "carer's assessment.",
     ["CARER"],
     [("convention", "CARER", "Bianca still caring = CARER (managing, convention 3); Elena's adult carer's assessment is not CARER (convention 12)."),
      ("not-coded", "PH", "No health condition is described in this box's own text (convention 1).")]),
])

# Z015 Boater single mum with a 3-year-old. Generic FSW.
case("Z015", "Fendyke", "2025-11-03", "2026-05-18", [
    ("A", "yellow",
     "Kate (single mum) cleans 3 days a week at the marina cafe and can't make ends meet - behind on her phone contract "
     "and has borrowed off friends for diesel. The boat licence renewal (£1,100) is due in Jan and she has nothing put by. "
     "If she can't renew she could lose the right to keep the boat on the water. Referred to Citizens Advice. Jasper (3) "
     "not yet taking up his free nursery hours.",
     ["FIN", "EYD"],
     [("hypothetical", "HOUS", "'If she can't renew she could lose...' is hypothetical: HOUS not coded."),
      ("convention", "EYD", "Under-5 not taking up funded nursery hours is EYD (convention 9).")]),
    ("C", "green",
     "Jasper (3) at Fendyke Pre-school mornings since Feb now they've a winter mooring nearby. He's still using mostly "
     "single words - pre-school working on speech targets with him and HV has referred to SALT.",
     ["EYD"], []),
])

# Z016 Irish Traveller mum fled DA with three children. Generic FSW.
case("Z016", "Ouseholme", "2025-08-04", "2026-01-26", [
    ("A", "red",
     "Strategy meeting 30/7 after Danny (husband) assaulted Ann-Marie in front of the children on the site - s47 "
     "enquiries underway. Ann-Marie and the 3 children are in a refuge out of county, address withheld. Danny remanded "
     "in custody.",
     ["DA", "HOUS"],
     [("convention", "CRIME", "Husband's assault on the adult victim, and his remand, are DA only (convention 7)."),
      ("convention", "HOUS", "Family living in a refuge after fleeing their home are homeless: HOUS.")]),
    ("A", "orange",
     "Kayleigh (10) wetting the bed again and having nightmares since the incident - refuge children's worker has "
     "referred her to CAMHS. Jimmy (7) has hit Ann-Marie twice when told no and kicked the door in the refuge kitchen.",
     ["PH", "MH-CHILD", "REL-PAR"],
     [("convention", "REL-PAR", "Child-to-parent violence is REL-PAR, not DA (convention 8)."),
      ("convention", "PH", "Bedwetting at school age is PH (convention 9).")]),
    ("C", "red",
     "CP plan ended in Dec and stepped down to a child in need plan. Danny got 18 months and there's a 5 year "
     "restraining order - Ann-Marie knows to ring 999 if he comes near. Sonny (2) missed his 2 yr check in the move, "
     "HV rebooking.",
     ["DA", "EYD"],
     [("partial", "DA", "Restraining order and safety plan still in force under a CIN plan: DA present, not historical.")]),
    ("C", "green",
     "Kayleigh (10) and Jimmy (7) settled at Ouseholme Primary. Kayleigh is still waiting for her first CAMHS appt. "
     "Jimmy's hitting out has mostly stopped since Ann-Marie did the Incredible Years course at the family hub.",
     ["MH-CHILD", "REL-PAR"],
     [("convention", "MH-CHILD", "Awaiting a CAMHS appointment codes MH-CHILD (convention 4)."),
      ("partial", "REL-PAR", "'Mostly stopped' means still occasional: green box, being managed, REL-PAR present.")]),
])

# Z017 English Romany Gypsy family who travel for work in summer. Specialist TES worker.
case("Z017", "Fendyke", "2025-06-09", "2025-12-01", [
    ("A", "green",
     "Family travel for work each summer and go to Appleby Fair in June. Billy (11) and Lilly (8) are dual registered and "
     "school records T codes while they're away; TES has sent distance learning packs. Attendance was 89% last year once "
     "the T codes were counted.",
     ["EDU-ATT"],
     [("convention", "EDU-ATT", "Traveller (T-code) absence is authorised but is still absence being managed with school and TES: EDU-ATT (green).")]),
    ("A", "yellow",
     "Billy is due to start Year 7 at Fendyke Academy in Sept but Sharon says he won't be going to 'the big school' - "
     "she'll home educate him because his cousins had a bad time there. Sharon doesn't read or write much herself and "
     "isn't sure how she'd teach him. TES arranging a visit to the Academy with the Traveller liaison TA over the summer.",
     ["EDU-ATT"],
     [("convention", "EDU-ATT", "A stated decision not to send the child to secondary is a current risk to his education, not an 'if' clause: coded."),
      ("outside", "SAFE-EXP", "The cousins' bad experience is outside the household and past: not coded.")]),
    ("C", "blue",
     "Sharon has enrolled on the Tuesday adult literacy class at Fendyke library and is enjoying it. Billy started at the "
     "Academy in Sept after the visit and is going every day.",
     [],
     [("not-coded", "EDU-ATT", "Adult literacy is not a taxonomy area; Billy attending every day is good news (convention 3).")]),
])

# Z018 Romanian Roma family, child with cerebral palsy. Generic FSW.
case("Z018", "Wellsea", "2025-09-15", "2026-03-23", [
    ("A", "yellow",
     "Daria (6) has cerebral palsy and an EHCP at Wellsea Primary with a 1:1. She missed three orthopaedic appts at "
     "Queen Emma Hospital over the summer - no car, a taxi is £38 each way and Vasile's hours on the farm have been cut. "
     "FSW helping Ana with a DLA claim and booking patient transport.",
     ["PH", "EDU-SEND", "FIN"],
     [("convention", "FIN", "DLA named alongside a described money problem (hours cut, cannot afford transport): FIN (convention 5).")]),
    ("A", "orange",
     "House on Sutton Rd has no downstairs toilet or bathroom and Daria has to be carried upstairs. OT says the property "
     "is unsuitable and the private landlord won't allow adaptations. Luca (10) helps lift Daria and helps her wash when "
     "Vasile is at work.",
     ["HOUS", "CARER", "PH"],
     [("convention", "PH", "Daria's disability is described through its current effect (has to be carried): PH in this box by its own text (convention 1).")]),
    ("C", "green",
     "Daria's EHCP annual review held in Feb, 1:1 continuing. She's been to all her orthopaedic and physio appts since "
     "Oct with the patient transport the surgery booked.",
     ["EDU-SEND", "PH"],
     [("convention", "PH", "Ongoing orthopaedic/physio care being managed: PH present (conventions 3 and 4).")]),
])

# Z019 Unboxed note. Boater mum on methadone, 5-year-old off roll. Generic EHW.
case("Z019", "Ouseholme", "2025-07-28", None, [
    ("A", "note",
     "Drop-in at the Bramble Lode moorings alongside the boaters' chaplain. Met Danielle (28) and Reece (5). Reece isn't "
     "registered with a GP or dentist and has obvious tooth decay - he was holding his jaw and said his tooth hurts. "
     "Danielle is on a methadone script with the Ouseholme drug and alcohol service and collects weekly. Reece isn't on "
     "any school roll; Danielle says she home educates but there are no books on board and he doesn't know any letters "
     "yet, and the EHE team had no record of him. Boat was warm and tidy with food in. EHW to register them both with "
     "Riverbank Surgery and refer to the EHE/CME team.",
     ["PH", "SUB", "EDU-ATT"],
     [("convention", "SUB", "Methadone script codes SUB (convention 4)."),
      ("negated", "SAFE-NEG", "Warm, tidy, food in: neglect not coded; the dental need is PH."),
      ("convention", "EDU-ATT", "Not on any roll and no evidence of education: child missing education coded EDU-ATT."),
      ("convention", "SUB", "Unboxed: highest cue is the EHW / drug and alcohol service = yellow (convention 2).")],
     "yellow"),
])

# Z020 Irish Traveller family, council site, 13-year-old suspended. Specialist TES worker.
case("Z020", "Marshby", "2025-10-13", "2026-03-30", [
    ("A", "orange",
     "Christy (13) has had 3 suspensions this term at Marshby Academy for fighting and swearing at staff and the school "
     "has raised a managed move. He says lads in his year call him racist names about being a Traveller and he lashes "
     "out. SENCo has asked for an ADHD assessment.",
     ["EDU-EXC", "SAFE-EXP", "EDU-SEND"],
     [("outside", "SAFE-EXP", "Racist name-calling by peers is bullying of the child: SAFE-EXP.")]),
    ("A", "yellow",
     "At home Christy won't come in at night - he's out on his bike round the droves till 11 and Mags and Francie can't "
     "get him to bed, he's sleeping 4 or 5 hours. Francie says 'he's a good lad really, just wild'.",
     ["REL-PAR", "PH"],
     [("convention", "PH", "Sleep problem at school age is PH (convention 9).")]),
    ("C", "yellow",
     "Christy now on the ADHD pathway with community paeds. Behaviour in school still up and down - he's on a behaviour "
     "support plan with a mentor every morning. No suspensions since January.",
     ["EDU-SEND", "EDU-EXC"],
     [("convention", "EDU-SEND", "'On the ADHD pathway' codes EDU-SEND (convention 4)."),
      ("partial", "EDU-EXC", "Suspensions have stopped, but behaviour at school is still a current need with a support plan: EDU-EXC present.")]),
])

# Z021 Boater couple, alcohol and DA. Generic FSW.
case("Z021", "Fendyke", "2025-04-07", "2025-10-27", [
    ("A", "yellow",
     "Phil (44) drinking most days since he lost his job at the boatyard in January; he referred himself to Change Fens "
     "(drug & alcohol service) last week. Family now on UC and the 5 week wait has left them owing for diesel and gas "
     "bottles.",
     ["SUB", "FIN"], []),
    ("A", "orange",
     "Police called by another boater in March after hearing Phil and Amy - Phil smashed the cabin window. Amy says he "
     "calls her 'useless' and 'thick' in front of the kids and she's 'walking on eggshells'. DASH medium risk, Amy accepted "
     "IDVA support. Amy also had DV from her ex in 2014, no contact with him since.",
     ["DA"],
     [("convention", "CRIME", "Criminal damage as part of abuse of the partner is DA only (conventions 7 and 8)."),
      ("historical", "DA", "The 2014 abuse by an ex is historical; DA is coded for Phil's current abuse.")]),
    ("C", "yellow",
     "Phil still sees his Change Fens worker fortnightly, 10 weeks sober. He's on the Change for Good perpetrator "
     "programme and Amy still has her IDVA.",
     ["SUB", "DA"],
     [("convention", "SUB", "Ongoing drug and alcohol service codes SUB although he is sober (convention 4)."),
      ("convention", "DA", "Ongoing perpetrator programme and IDVA code DA (convention 4).")]),
])

# Z022 English Romany family evicted from a private site, living on a verge. Generic FSW.
case("Z022", "Wellsea", "2025-11-17", "2026-05-11", [
    ("A", "orange",
     "Family have been living in their trailer on the verge at Saxby Drove since the private site where they rented a "
     "pitch was sold in October. Council served a notice to leave under s77 on 12/11. Lacey (7) has severe asthma and "
     "needs her nebuliser at night but they can't afford to run the generator all night; 2 hospital admissions since Sept.",
     ["HOUS", "PH", "FIN"], []),
    ("A", "yellow",
     "Lacey (7) and Mikey (4) not in school or nursery since the move. Tina definately wants them in but worries they'd be picked on at the village "
     "school. FSW and TES to meet the family on the verge with info on school places and the 3-4 yr funding.",
     ["EDU-ATT", "EYD"],
     [("hypothetical", "SAFE-EXP", "A worry that they 'would be picked on' is hypothetical: no bullying coded.")]),
    ("C", "green",
     "Family have had a pitch on the Marshby council site since Feb. Lacey's asthma much better controlled on her new "
     "preventer, no admissions since Dec, asthma nurse review every 3 months. Aaron hasn't found work since the move and "
     "they've been to the St Mary's food bank twice.",
     ["PH", "FIN"],
     [("historical", "HOUS", "Now on a permanent pitch: HOUS over."),
      ("convention", "PH", "Asthma still managed with treatment and reviews: PH present (conventions 3 and 4).")]),
])

# Z023 Unboxed notes. Czech Roma family, neglect, child protection. Social care review notes.
case("Z023", "Marshby", "2025-09-01", "2026-03-09", [
    ("A", "note",
     "Strategy meeting today after police attended a welfare call to the HMO on Elm Rd at 11pm and found Gabriel (2) and "
     "Sofia (4) alone in the room - no food in the room, both in soiled clothes and Gabriel in a soaking nappy. Parents "
     "came back at 12.30 and said they'd been on the late shift. Family of four share one room. s47 enquiry by CSC, Czech "
     "interpreter booked.",
     ["SAFE-NEG", "HOUS"],
     [("convention", "CRIME", "Police welfare call that found the children is safeguarding, not CRIME (convention 7)."),
      ("not-coded", "FIN", "Parents working late shifts is not FIN (convention 5)."),
      ("convention", "SAFE-NEG", "Unboxed: strategy meeting / s47 = red (convention 2).")],
     "red"),
    ("C", "note",
     "Review CP conference - Gabriel (2) and Sofia (4) remain on CP plans. Childcare now in place when parents work late "
     "and home conditions are improving, but the flat still wasn't clean on the last two unannounced visits. Family moved "
     "to a 2 bed council flat in January. Gabriel's speech is delayed (about 10 words), HV has referred to SALT.",
     ["SAFE-NEG", "EYD"],
     [("historical", "HOUS", "Moved to a 2 bed flat in January: overcrowding over."),
      ("partial", "SAFE-NEG", "Home conditions 'improving' but still not clean: SAFE-NEG present."),
      ("convention", "EYD", "Unboxed: CP plan = red (convention 2).")],
     "red"),
])

# Z024 Boater grandad (kinship carer) and grandson. Generic FSW.
case("Z024", "Ouseholme", "2025-08-18", "2026-02-23", [
    ("A", "yellow",
     "Leo (11) lives with his grandad Terry (66) on a narrowboat under a special guardianship order. Terry has COPD and "
     "gets breathless, so Leo works the locks and carries the water and coal, and lately he's been doing all the shopping "
     "too. SENCo at Ouseholme Primary says Leo has SEN support for dyslexia. Terry gets his pension and the SGO allowance "
     "and says they get by fine.",
     ["PH", "CARER", "EDU-SEND"],
     [("convention", "CARER", "Terry as kinship/special guardian is not CARER; Leo caring for Terry is (convention 12)."),
      ("negated", "FIN", "Pension/allowance named, 'get by fine': no money problem (convention 5).")]),
    ("C", "blue",
     "Leo goes to Young Carers on Saturdays and still does the locks, but Terry now pays a lad from the marina to do the "
     "coal and water runs. Terry doing pulmonary rehab at Ouseholme hospital.",
     ["CARER", "PH"],
     [("convention", "PH", "Ongoing pulmonary rehab codes PH (convention 4), blue box managing (convention 3).")]),
])

# Z025 Irish Traveller family, private site, mum's cancer treatment. Specialist TES worker.
case("Z025", "Fendyke", "2025-05-27", "2025-12-08", [
    ("A", "green",
     "Theresa (38) is having chemo for breast cancer at Queen Emma. Niamh (12) has been anxious and clingy since her mum's "
     "diagnosis, pastoral lead at Fendyke Academy seeing her weekly. Pat has given up work to drive Theresa to hospital "
     "and they're waiting on a UC claim - council tax on the plot is £420 behind.",
     ["PH", "MH-CHILD", "FIN"], []),
    ("C", "blue",
     "Pat back working part time and the council tax arrears were paid off in Nov. Theresa finished chemo in Oct and her "
     "scan in Nov was all clear. Niamh stopped seeing the pastoral lead at half term as she felt she didn't need it any more.",
     [],
     [("historical", "FIN", "Arrears paid off, back at work: over (convention 3)."),
      ("historical", "PH", "Chemo finished, scan clear: over."),
      ("historical", "MH-CHILD", "Support stopped because no longer needed: over.")]),
])

# Z026 Romanian Roma family, extended trip abroad. Generic FSW.
case("Z026", "Wellsea", "2025-10-27", "2026-04-13", [
    ("A", "yellow",
     "Andrei (14), Roxana (11) and Marius (8) were out of school for 7 weeks in Sept-Oct when the family went back to "
     "Romania for a funeral. Roxana's school took her off roll after 20 days' unexplained absence so she now needs a new "
     "place. Andrei's attendance was only 70% last year as well.",
     ["EDU-ATT"], []),
    ("A", "green",
     "Marius (8) has glue ear and the GP has referred him to ENT; Florentina missed the first appt because the letter "
     "went to their old address. Family signposted to the Wellsea Romanian community group for help with forms and went "
     "along last week.",
     ["PH"], []),
    ("C", "green",
     "All three back on roll and attending. Roxana at Wellsea Juniors since Nov, 94%. Andrei 89% - the school attendance "
     "officer is meeting Ionel every half term. ENT discharged Marius in March, hearing normal.",
     ["EDU-ATT"],
     [("convention", "EDU-ATT", "Andrei 89% with attendance officer meetings: attendance need being managed (green)."),
      ("historical", "PH", "Discharged by ENT, hearing normal: over.")]),
])

# Z027 Boater young mum and baby lost between county HV teams. Generic FSW.
case("Z027", "Marshby", "2025-12-01", "2026-06-15", [
    ("A", "green",
     "Poppy (9m) wasn't weighed or seen for any checks between 8 weeks and 8 months because the boat moved between county "
     "HV teams and each lost track of her. HV now has the family flagged as boaters and sees them at the children's "
     "centre. Poppy's weight has dropped from the 50th to the 9th centile. Chloe (22) diagnosed with PND by the GP in Nov.",
     ["PH", "EYD", "MH-ADULT"],
     [("convention", "EYD", "Missed development checks for an under-5 = EYD; weight faltering = PH; both coded.")]),
    ("C", "green",
     "Poppy (15m) is walking, weight back up to the 25th centile and HV happy with her. Chloe still on sertraline and goes "
     "to rhyme time at Marshby library with other boater mums.",
     ["MH-ADULT"],
     [("historical", "PH", "Weight recovered and HV happy: over, not coded."),
      ("convention", "MH-ADULT", "Still on sertraline: ongoing treatment codes MH-ADULT (convention 4).")]),
])

# Z028 English Traveller family, council site, excluded 15-year-old. Specialist TES worker.
case("Z028", "Ouseholme", "2025-09-29", "2026-03-16", [
    ("A", "orange",
     "Kane (15) was permanently excluded from Ouseholme High in July after bringing a knife into school; YOS involved and "
     "he's on a referral order. He's at the Fen Edge Centre (PRU) mornings only. Dawn found £300 in cash and two phones in "
     "his room and thinks he's 'running' for older lads from the city.",
     ["EDU-EXC", "CRIME", "EDU-ATT", "SAFE-EXP"],
     [("convention", "EDU-ATT", "Mornings-only PRU place is a part-time timetable: EDU-ATT."),
      ("convention", "SUB", "Cash and phones suggest county lines (SAFE-EXP); no drug use by Kane is described, so no SUB (in the spirit of convention 12).")]),
    ("A", "yellow",
     "Tilly (10) has started wetting the bed again and says she doesn't like Kane's friends coming on site late at night. "
     "The site manager has sent Dawn three warning letters about the visitors' noise and ASB and she's worried about "
     "losing the pitch.",
     ["PH", "HOUS"],
     [("outside", "CRIME", "ASB is by visitors, not household members: CRIME not coded; its effect (warning letters, risk to pitch) is HOUS (convention 6)."),
      ("convention", "PH", "Bedwetting at school age is PH (convention 9).")]),
    ("C", "orange",
     "Kane still on his referral order, YOS say he's complying. NRM referral went in in Nov re criminal exploitation, "
     "awaiting a decision. Full time at Fen Edge since Jan but attendance only 78%.",
     ["CRIME", "SAFE-EXP", "EDU-ATT"], []),
])

# Z029 Boater mum separated from boater dad. Generic FSW.
case("Z029", "Fendyke", "2025-06-30", "2025-12-22", [
    ("A", "green",
     "Skye (13) at Fendyke Academy, attendance 96% and doing well. She spends weekends on her dad Mark's boat; Mark smokes "
     "cannabis on board and Jess has asked him not to when Skye is with him.",
     [],
     [("outside", "SUB", "Mark lives on his own boat, outside the household: his cannabis use is not coded (convention 6)."),
      ("not-coded", "EDU-ATT", "96% and doing well is good news (convention 3).")]),
    ("A", "orange",
     "Jess and Mark seperated in Feb and argue constantly over Skye's weekends. In May Mark turned up at Jess's mooring "
     "shouting and police attended, no arrests. Jess says he's never been abusive or controlling - 'it's just rows about "
     "Skye'. Family mediation offered.",
     ["REL-CONF"],
     [("negated", "DA", "Never abusive or controlling: DA negated; contact dispute is REL-CONF."),
      ("not-coded", "CRIME", "Police attending an adults' row with no offence is not CRIME (convention 7).")]),
    ("C", "yellow",
     "Caleb (16) started a Level 1 construction course at Fenland College in Sept but missed 2 weeks in November and his "
     "tutor is worried he'll drop out. FSW linked him with the college progression coach.",
     ["EDU-NEET"],
     [("convention", "EDU-NEET", "16+ at risk of dropping out of education is EDU-NEET ('or at risk of it').")]),
])

# Z030 Irish Traveller mum on a council site, bereaved and low. Specialist TES worker.
case("Z030", "Wellsea", "2025-10-06", "2026-03-02", [
    ("A", "yellow",
     "School say Anthony (7) and Kathleen (5) often come in with dirty uniform and Anthony has had head lice for weeks; "
     "both very hungry at breakfast club. Josie says the washing machines in the site amenity block have been broken "
     "since August and the showers don't work.",
     ["SAFE-NEG", "HOUS"],
     [("convention", "SAFE-NEG", "Hungry children and poor hygiene are SAFE-NEG (convention 10); no food bank, so no FIN."),
      ("convention", "HOUS", "Broken amenity block on the pitch = disrepair of the home: HOUS.")]),
    ("A", "orange",
     "Josie (29) has been very low since her dad died in the summer. She told the GP she's had thoughts of ending her "
     "life; referred to the community mental health team and on antidepressants. Her mother comes over every day. "
     "Michael (3) isn't in nursery and Josie hasn't applied for his funded hours.",
     ["MH-ADULT", "EYD"], []),
    ("C", "green",
     "Anthony still gets nits on and off - school nurse gave Josie treatment and a comb, and she now takes the washing to "
     "the laundrette in town every week. Amenity block repaired in Dec. Michael at nursery since Jan.",
     ["SAFE-NEG"],
     [("partial", "SAFE-NEG", "Hygiene still recurring and being managed with school nurse help (green, convention 3): present."),
      ("historical", "HOUS", "Amenity block repaired: over.")]),
])

# Z031 Unboxed note. Boater family, suitable EHE, information only.
case("Z031", "Ouseholme", "2025-05-05", None, [
    ("A", "note",
     "Phone call from Mr Carter - the family live aboard at Sutton Lode and have chosen to home educate Bea (9) and Kit "
     "(7). EHE officer visited in April and was happy with the provision. He asked for a list of local home ed groups and "
     "how to join the library without a fixed address; emailed both, he'll sort it from there.",
     [],
     [("not-coded", "EDU-ATT", "Suitable elective home education is not an attendance issue; no present code, so no gold rows."),
      ("not-coded", "HOUS", "'No fixed address' for a continuous cruiser is not described as a housing problem.")],
     ""),
])

# Z032 Unboxed notes. Irish Traveller mum on an unauthorised encampment. Specialist EHW.
case("Z032", "Marshby", "2025-08-26", "2025-11-03", [
    ("A", "note",
     "Visited the encampment at Old Station Yard - 4 trailers, 3 families. Spoke with Siobhan (26), who has Bridget (4) "
     "and Liam (2). Council served a s77 notice yesterday so they expect to move by the weekend but don't know where to. "
     "Bridget has a Reception place at Marshby St Peter's from Sept - Siobhan unsure how she'd get her there if they end "
     "up out of town. Liam has a chesty cough and a high temp; Siobhan isn't registered with a GP so took him to the "
     "walk-in centre. EHW contacting TES about transport.",
     ["HOUS", "PH"],
     [("hypothetical", "EDU-ATT", "Whether Bridget can get to school 'if they end up out of town' is hypothetical."),
      ("convention", "HOUS", "Unboxed: a s77 direction to leave is an eviction notice = orange cue (convention 2).")],
     "orange"),
    ("C", "note",
     "Siobhan and the children are now on a pitch on her dad's yard at Saxby, which has planning permission. Bridget (4) "
     "in Reception at Saxby Primary and going every day. All registered with Saxby Surgery. HV did Liam's 2 yr check - "
     "he's only saying a few words, HV to review in 3 months.",
     ["EYD"],
     [("historical", "HOUS", "Settled on a pitch with planning permission: over."),
      ("convention", "EYD", "Unboxed: HV/surgery only = green (convention 2).")],
     "green"),
])

# Z033 Bulgarian Roma young family, benefits refused. Generic FSW.
case("Z033", "Wellsea", "2026-01-12", "2026-06-22", [
    ("A", "yellow",
     "Sara (10m) hasn't had any of her imms - Ivana thought they had to be paid for. Emil lost his job when the agency "
     "ended his contract in Nov; his UC claim was refused pending a right to reside check, so they've had no income for 6 "
     "weeks and are using the food bank. Rent £650 behind.",
     ["PH", "FIN"],
     [("convention", "HOUS", "Rent arrears with no notice or eviction threat are FIN only, not HOUS.")]),
    ("A", "orange",
     "Landlord has now served a section 8 possession notice for the arrears. Ivana says the landlord's son has been coming "
     "to the door at night banging and demanding money - police are aware and have given him a warning.",
     ["HOUS", "FIN"],
     [("outside", "CRIME", "The landlord's son is outside the household: his behaviour is not CRIME or DA for this family; its effect is HOUS (convention 6)."),
      ("convention", "FIN", "'For the arrears' states current rent arrears in this box's own text: FIN coded alongside HOUS (convention 1).")]),
    ("C", "yellow",
     "Citizens Advice got the UC decision overturned and Emil is working again through a different agency. Arrears down "
     "to £200 on a repayment plan and the landlord withdrew the possession claim. Sara now up to date with her imms.",
     ["FIN"],
     [("historical", "HOUS", "Possession claim withdrawn: over."),
      ("historical", "PH", "Immunisations up to date: over.")]),
])

# Z034 Irish Traveller family, private site, mum with heart failure, daughter deregistered. Specialist TES worker.
case("Z034", "Fendyke", "2025-11-24", "2026-05-04", [
    ("A", "yellow",
     "Shauna (14) was deregistered from Fendyke Academy for home education in Oct. Mary-Kate (41) has heart failure and "
     "gets very breathless, so Shauna does most of the cooking, cleaning and getting Jimmy (6) ready for school. EHE "
     "officer's first visit booked for Dec. Shauna says she'd like to go back to school 'one day'.",
     ["CARER", "PH"],
     [("not-coded", "EDU-ATT", "Deregistered for EHE with no finding yet about the education: EHE alone is not coded.")]),
    ("A", "green",
     "Mary-Kate is under the heart failure nurse at Queen Emma but missed her last two clinic appts as John had the van at "
     "work. Jimmy (6) has eczema, GP cream helping. Kerry-Ann (11) loves school and is off on the Year 6 residential.",
     ["PH"], []),
    ("C", "yellow",
     "Closing summary: 1) Shauna back at Fendyke Academy on a reduced timetable, 3 days a week since March, TES "
     "supporting. 2) Young Carers assessment done, goes to the group monthly. 3) Mary-Kate now gets to her heart clinic "
     "appts with hospital transport.",
     ["EDU-ATT", "CARER", "PH"],
     [("convention", "EDU-ATT", "Reduced (part-time) timetable is EDU-ATT."),
      ("convention", "PH", "Ongoing clinic attendance for heart failure codes PH (convention 4).")]),
])

# Z035 Boater young parents, baby on a CP plan. Generic FSW.
case("Z035", "Ouseholme", "2025-09-15", "2026-04-20", [
    ("A", "red",
     "ICPC on 10/9 - Nova (6 wks) made subject to a CP plan. Concerns are Ryan's cocaine use and police call-outs to the "
     "boat for DV; Ryan was arrested in Aug for assaulting Holly. Both want to stay together - Ryan still living aboard "
     "and has agreed to Change Fens and a perpetrator programme.",
     ["SUB", "DA"],
     [("convention", "CRIME", "Arrest for assaulting his partner is DA only (convention 7).")]),
    ("A", "orange",
     "Holly (19) is a care leaver - the narrowboat was bought with her leaving care grant. It has no working heating and a "
     "leak in the bow, and Holly has run out of money for gas bottles several times. Her personal adviser from the "
     "leaving care team is involved.",
     ["HOUS", "FIN"],
     [("not-coded", "CARER", "Care leaver / former foster care is not CARER (convention 12).")]),
    ("A", "green",
     "Nova feeding well and gaining weight, HV visiting weekly. Holly says she has 'down days' but her EPDS score was low "
     "and HV has no concerns about PND.",
     [],
     [("negated", "MH-ADULT", "Low EPDS, 'no concerns about PND': MH-ADULT negated."),
      ("not-coded", "PH", "Feeding well and gaining weight: good news, no need.")]),
    ("C", "red",
     "Nova stepped down to a CIN plan in March. Ryan still goes to Change Fens monthly for relapse prevention and is "
     "halfway through the perpetrator programme; no police call-outs since October.",
     ["SUB", "DA"],
     [("partial", "DA", "Police call-outs stopped, but the perpetrator programme is ongoing: DA present (convention 4)."),
      ("convention", "SUB", "Ongoing relapse-prevention sessions code SUB (convention 4).")]),
])


# ---------------------------------------------------------------------------
def build():
    narr_rows, gold_rows, traps = [], [], {}
    for c in CASES:
        for it in c["items"]:
            stage, box, text, codes, tr = it[:5]
            note_level = it[5] if len(it) > 5 else None
            triage = f"{c['case']}-{stage}"
            date = c["a"] if stage == "A" else c["c"]
            stage_name = "assessment" if stage == "A" else "closure"
            if box == "note":
                nid = f"{triage}-note"
                level = ""
                code_level = note_level
            else:
                nid = f"{triage}-{box}"
                level = box
                code_level = box
            narr_rows.append([nid, triage, c["case"], stage_name, date, level, c["loc"], text])
            for code in codes:
                gold_rows.append([nid, code, code_level])
            if tr:
                traps[nid] = [dict(type=t, code=k, note=n) for (t, k, n) in tr]
    return narr_rows, gold_rows, traps


def write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(header)
        w.writerows(rows)


def main():
    narr, gold, traps = build()
    write_csv(os.path.join(HERE, "narratives.csv"),
              ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"], narr)
    write_csv(os.path.join(HERE, "gold.csv"), ["narrative_id", "code", "level"], gold)
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8", newline="") as f:
        f.write(json.dumps(traps, ensure_ascii=False, indent=1).replace("\n", "\r\n") + "\r\n")

    cases = {r[2] for r in narr}
    triages = {r[1] for r in narr}
    notes = [r for r in narr if r[5] == ""]
    coded = {g[0] for g in gold}
    print(f"cases {len(cases)}  triages {len(triages)}  narratives {len(narr)} "
          f"(boxed {len(narr) - len(notes)}, unboxed notes {len(notes)})  gold rows {len(gold)}")
    print(f"narratives with no gold rows: {len(narr) - len(coded)}")
    print("by stage:", dict(Counter(r[3] for r in narr)))
    print("by locality:", dict(Counter(r[6] for r in narr)))
    print("boxes by level:", dict(Counter(r[5] or "note" for r in narr)))
    print("gold by code:", dict(sorted(Counter(g[1] for g in gold).items())))
    print("gold by level:", dict(Counter(g[2] for g in gold)))
    print(f"narratives with trap notes: {len(traps)}  trap entries: {sum(len(v) for v in traps.values())}")


if __name__ == "__main__":
    main()
