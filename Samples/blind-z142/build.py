#!/usr/bin/env python3
"""Blind gold set Z142: families in the private rented sector, south-coast town
(invented borough of Shinglehaven), 2025-26.

Written from /work/shared/taxonomy.md only. Each narrative is added with its gold
codes (present status only) and, where the decision is not obvious, trap notes.
Standard library only. Writes narratives.csv, gold.csv and traps.json (UTF-8, CRLF).
"""
import csv
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
LEVELS = ["blue", "green", "yellow", "orange", "red"]
CODES = ["EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD",
         "MH-ADULT", "PH", "SUB", "REL-PAR", "REL-CONF", "DA", "SAFE-NEG",
         "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"]

CASES = {}      # case_id -> {"loc":..., "A": date, "C": date}
NARRS = []      # dicts in output order
TRAPS = {}      # narrative_id -> list of {type, code, note}
_cur = None


def case(cid, loc, adate, cdate):
    """Start a case: locality, assessment date, closure date."""
    global _cur
    assert cid not in CASES, cid
    CASES[cid] = {"loc": loc, "A": adate, "C": cdate}
    _cur = cid


def _add(stage, box_level, text, codes, traps, note_level=None, date=None):
    cid = _cur
    st = "A" if stage == "A" else "C"
    c = CASES[cid]
    nid = "%s-%s-%s" % (cid, st, box_level if box_level else "note")
    assert all(n["narrative_id"] != nid for n in NARRS), nid
    for code in codes:
        assert code in CODES, (nid, code)
    assert len(set(codes)) == len(codes), nid
    gold_level = box_level if box_level else note_level
    if codes:
        assert gold_level in LEVELS, nid
    NARRS.append({
        "narrative_id": nid,
        "triage_id": "%s-%s" % (cid, st),
        "case_id": cid,
        "stage": "assessment" if st == "A" else "closure",
        "date": date or c[st],
        "level": box_level or "",
        "locality": c["loc"],
        "narrative": text,
        "codes": list(codes),
        "gold_level": gold_level,
    })
    if traps:
        TRAPS[nid] = [{"type": t, "code": k, "note": n} for (t, k, n) in traps]


def box(stage, level, text, codes=(), traps=None):
    assert level in LEVELS
    _add(stage, level, text, codes, traps)


def note(stage, cue_level, text, codes=(), traps=None, date=None):
    """Unboxed note: cue_level is the single highest level cue in the text
    (taxonomy convention 2); None when the note has no present code."""
    _add(stage, None, text, codes, traps, note_level=cue_level, date=date)


# ---------------------------------------------------------------- batch 1
case("Z001", "Harbourside", "2025-01-14", "2025-06-20")
box("A", "yellow",
    "Shannon rents a 2 bed flat above the chip shop on Quay St through Anchor Lettings. "
    "Black mould over the whole of the kids' bedroom wall and round the window, windows "
    "streaming every morning, damp smell in every room. She has reported it 4x since Sept - "
    "agent sent a handyman who painted over it with ordinary emulsion. EHW to help her put "
    "the complaint in writing and refer to Env Health.",
    ["HOUS"])
box("A", "orange",
    "10 days after Shannon's written complaint she was served a s21 (expires 14/3). Env Health "
    "and Housing Options both advised - possible retaliatory eviction. Rent arrears £640 since "
    "UC started taking deductions for her advance. Shannon very tearful at visit, says she "
    "feels low all the time; GP started her on sertraline last week.",
    ["HOUS", "FIN", "MH-ADULT"],
    [("convention", "FIN", "UC named with a described money problem (arrears, deductions) so FIN (conv 5).")])
box("C", "yellow",
    "EH inspected in Feb and served an improvement notice. The s21 was found invalid (no gas "
    "safety cert at start of tenancy) and agent hasn't re-served. Extractor fan now fitted but "
    "roof repair still outstanding and mould creeping back on the outside wall. Arrears down to "
    "£210, Shannon paying £30/wk through a plan set up with Harbour Money Advice.",
    ["HOUS", "FIN"],
    [("historical", "HOUS", "The s21 is over (found invalid, not re-served) but HOUS is still present from the outstanding disrepair and returning mould."),
     ("partial", "FIN", "Arrears reduced but still owed and being repaid: present.")])

case("Z002", "Eastcliff", "2025-02-03", "2025-07-11")
box("A", "yellow",
    "Landlord is selling the house - Marek (dad, lone parent) got a Section 21 on 27 Jan which "
    "runs out 28 March. He has been in touch with Housing Options and is on their prevention "
    "caseload. Works nights at the distribution centre. No savings at all for a deposit and "
    "rent in advance, and says rents round here are £250ish more than when he moved in 2021 - "
    "can't see how he'll find anywhere.",
    ["HOUS", "FIN"],
    [("convention", "FIN", "Working nights is not FIN (conv 5); FIN is coded for the described money problem (no money for deposit/rent in advance)."),
     ("convention", "HOUS", "Section 21 = eviction notice, risk of homelessness.")])
box("C", "green",
    "Family placed in TA in April - 2 bed flat in Saltings, 40 mins on the bus from Tideway. "
    "Zofia (11) and Tomasz (8) late most mornings since, both on 88% for the term. In-year "
    "transfer forms in for Saltmarsh Primary and Saltings Academy.",
    ["HOUS", "EDU-ATT"],
    [("not-coded", "EDU-EXC", "Changing school after a house move is an in-year transfer, not a managed move.")])

case("Z003", "Downsview", "2025-02-17", "2025-09-05")
box("A", "yellow",
    "7 people in a 2 bed privately rented terrace: Aisha and Yusuf and baby Maryam (9m) in one "
    "room, the four boys (13, 11, 9, 6) in bunks in the other. Homework gets done on the kitchen "
    "floor. On the housing register band C, assessed as 2 bedrooms short. EHW to help with a "
    "medical/welfare priority application.",
    ["HOUS"])
box("A", "orange",
    "Yusuf was in hospital a week in Jan with pneumonia, still breathless on the stairs and off "
    "work on SSP - household income roughly halved. Struggling for food, foodbank voucher given "
    "at the visit. Aisha says the boys fight most evenings, Zaid (13) pushed Musa (9) down the "
    "stairs last wk, and she can't get any of them settled at bedtime.",
    ["PH", "FIN", "REL-PAR"],
    [("convention", "FIN", "Foodbank voucher = FIN (conv 10); no hungry child described so no SAFE-NEG."),
     ("convention", "REL-PAR", "Sibling fighting and bedtime problems = child behaviour at home / routines (REL-PAR), not DA.")])
box("C", "yellow",
    "Still overcrowded but awarded band B on medical/welfare grounds in Aug, bidding every week. "
    "Ibrahim (6) diagnosed with ASD in July and school have applied for an EHC needs assessment.",
    ["HOUS", "EDU-SEND"])

case("Z004", "Saltings", "2025-03-04", "2025-08-22")
box("A", "yellow",
    "Landlord put the rent up from £950 to £1,150 pcm from Feb (s13 notice). Kerry says they "
    "can't cover it on Dean's wages and her 16 hrs at the Co-op, and they're already behind on "
    "council tax with an enforcement agent letter on the mat. Referred to Saltings Advice Centre.",
    ["FIN"],
    [("not-coded", "HOUS", "A rent increase notice is not an eviction/possession notice and no threat to the tenancy is described; the unaffordability is coded FIN only.")])
box("A", "orange",
    "Mason (14) - 2 suspensions this term (fighting, threatening a TA), school have said he's at "
    "risk of perm exclusion. Police dealt with him on 22/2 for criminal damage at the skate park, "
    "community resolution given.",
    ["EDU-EXC", "CRIME"])
box("C", "yellow",
    "Mason going weekly to the YOS Step Up prevention programme and to boxing club Tues/Thurs. "
    "No suspensions since April.",
    ["CRIME"],
    [("convention", "CRIME", "YOS programme is ongoing youth justice involvement (conv 4, conv 7)."),
     ("historical", "EDU-EXC", "'No suspensions since April' describes the exclusion issue as over (conv 3).")])

box("C", "blue",
    "Kerry's mum has Lily (9) after school on Fridays. DA: nil known. Lily's bedwetting stopped "
    "over the summer.",
    [],
    [("negated", "DA", "'DA: nil known'."),
     ("historical", "PH", "Bedwetting stopped: over (conv 3).")])

case("Z005", "Harbourside", "2025-03-10", "2025-10-03")
box("A", "red",
    "Strategy meeting 20/3 following school's concerns: children arriving hungry and asking staff "
    "for food, in the same clothes for days, Ruby (6) with headlice left untreated for months. "
    "Alfie (3) has visible tooth decay and 2 missed dental appts. ICPC 3/4 - all 3 made subject "
    "to CP plans under neglect. Home conditions very poor.",
    ["SAFE-NEG", "PH"],
    [("convention", "SAFE-NEG", "Hungry children = SAFE-NEG (conv 10)."),
     ("convention", "PH", "Missed dental appointments / tooth decay = PH.")])
box("A", "yellow",
    "Tyler (10) attendence 79%, often kept home to look after Alfie while mum is in bed. Alfie "
    "hasn't taken up his funded 3yo nursery place.",
    ["EDU-ATT", "CARER", "EYD"],
    [("convention", "CARER", "A 10-year-old kept off school to care for his brother has caring responsibilities: CARER."),
     ("convention", "EYD", "Nursery take-up for an under-5 = EYD (conv 9).")])
note("A", "red",
    "Call from Gemma's sister (lives in Eastcliff) - says Gemma is drinking heavily again, cans "
    "by the bed every time she goes round. Sister also worried about her own son's cannabis use. "
    "Info passed to allocated SW, to be raised at the ICPC on 3/4.",
    ["SUB"],
    [("outside", "SUB", "The sister's son's cannabis use is outside the household; SUB is coded for Gemma's drinking only (conv 6)."),
     ("convention", None, "Unboxed: highest cue is the ICPC -> red (conv 2).")],
    date="2025-03-18")
box("C", "red",
    "Children remain on CP plans (neglect) - school still report Ruby comes in hungry on Mondays. "
    "Gemma engaging with Beacon Recovery and says she's been alcohol free for 6 wks. Family moved "
    "to a housing association house in Aug, home conditions acceptable now.",
    ["SAFE-NEG", "SUB"],
    [("convention", "SUB", "Ongoing engagement with a drug and alcohol service codes SUB (conv 4) even with 6 weeks alcohol-free."),
     ("historical", "HOUS", "Rehoused; no current housing problem described.")])

case("Z006", "Eastcliff", "2025-03-24", "2025-07-30")
box("A", "green",
    "Evie (18m) had bronchiolitis in Dec and 2 chest infections since, HV visiting fortnightly. "
    "Harvey (5) sleeping on the settee as the mould on his bedroom wall sets his cough off.",
    ["PH", "HOUS"])
box("A", "yellow",
    "Chloe on UC with a prepayment meter. Rationing heating to about £10 a week which is making "
    "the damp worse, and went without tea herself twice last week so the kids could eat. EHW to "
    "apply for the energy rebate and give a Tidewell Foodbank voucher.",
    ["FIN", "HOUS"],
    [("convention", "SAFE-NEG", "Not coded: the children are fed (mum skipped meals); fuel poverty and foodbank are FIN (conv 10).")])
box("C", "blue",
    "Chloe tops up the meter weekly to a set plan and has had the energy rebate - still tight but "
    "the heating's on. Got a dryer from the furniture reuse scheme so no more washing on the "
    "radiators, and she wipes down the mould on Harvey's window every week to keep it down. No "
    "chest infections since April.",
    ["FIN", "HOUS"],
    [("convention", "FIN", "Blue box, family now managing a tight budget: present (conv 3)."),
     ("convention", "HOUS", "Mould still there and being kept down by the family: now managing, present (conv 3)."),
     ("historical", "PH", "'No chest infections since April' = over (conv 3).")])

case("Z007", "Downsview", "2025-04-07", "2025-11-14")
box("A", "yellow",
    "Boiler broken since mid Feb - family using a plug-in heater and boiling kettles to wash. "
    "Landlord keeps saying an engineer is booked but nobody comes. Natalie reported it to "
    "enviromental health last week.",
    ["HOUS"])
note("A", "green",
    "T/C with Natalie. Craig signed off by the GP with stress since March, SSP runs out next "
    "month and she doesn't know how they'll pay the rent. Asked about Housing Options - gave her "
    "the number, she's going to ring them herself. Jayden (15) fine, revising for mocks.",
    ["MH-ADULT", "FIN"],
    [("not-coded", "HOUS", "Worry about paying the rent is a money problem (FIN); no notice, arrears or risk to the home is described."),
     ("convention", None, "Unboxed: cues are GP (green) and signposting to Housing Options (blue); highest is green (conv 2).")],
    date="2025-04-15")
box("C", "yellow",
    "New boiler fitted in June after Env Health served notice on the landlord. Skye (12) has "
    "had 6 sessions of CBT with CAMHS, still self-harming now and then but less; seeing the "
    "school counsellor weekly.",
    ["MH-CHILD"],
    [("historical", "HOUS", "Boiler replaced: disrepair over.")])

case("Z008", "Saltings", "2025-04-14", "2025-09-26")
box("A", "green",
    "Jade (24) and Kai (7m) living in one room in a shared house, sharing the kitchen and "
    "bathroom with 4 adult men. HV worried re space for Kai to crawl safely and black mould "
    "round the window next to his cot. Kai weaning well, weight following the 50th centile.",
    ["HOUS"],
    [("not-coded", "EYD", "Weaning going well and weight on centile is good news with no need stated (conv 3).")])
box("A", "yellow",
    "Jade hasn't worked since Kai was born, relying on UC. Split from Kai's dad in Feb, he pays "
    "nothing towards Kai and they row over text about when he can have him. She wants to do a "
    "hairdressing course but is worried about childcare costs.",
    ["FIN", "REL-CONF"],
    [("convention", "FIN", "Adult worklessness and no maintenance = FIN; Jade is the adult parent, so EDU-NEET does not apply (conv 11)."),
     ("outside", "REL-CONF", "Kai's dad lives elsewhere but the contact dispute is the family's need: REL-CONF, not DA (no abuse described).")])
box("C", "blue",
    "Jade started a Level 1 hair course 2 days a wk. Handovers for contact now done through "
    "Jade's aunt so she and Kai's dad don't have to see each other - still the odd argument "
    "over text but she's handling it.",
    ["REL-CONF"],
    [("convention", "REL-CONF", "Blue box: family managing a continuing contact dispute via its own network = present (conv 3).")])

# ---------------------------------------------------------------- batch 2
case("Z009", "Harbourside", "2025-04-28", "2025-10-17")
box("A", "green",
    "Oscar (9) has cerebral palsy and uses a wheelchair - EHCP in place at Seagrove Primary, "
    "physio comes into school. Sarah is his parent carer and gets Carer's Allowance; Oscar gets DLA.",
    ["PH", "EDU-SEND"],
    [("convention", "CARER", "'Parent carer' is an adult carer, not a young carer (conv 12)."),
     ("convention", "FIN", "Carer's Allowance and DLA named with no money or benefit problem: no FIN (conv 5).")])
box("A", "orange",
    "2nd floor flat, no lift - Phil carries Oscar up 3 flights then goes back down for the chair. "
    "Landlord has refused permission for a stairlift or grab rails. OT says the property is "
    "unsuitable. Housing Options assessment done, on the register with high medical priority.",
    ["HOUS", "PH"],
    [("convention", "PH", "The text describes Oscar's current physical disability (carried, wheelchair, OT): PH is coded in this box on its own text (conv 1)."),
     ("outside", "HOUS", "The landlord's refusal is coded through its effect on the family: unsuitable housing (conv 6).")])
box("C", "yellow",
    "Isla (13) going to Coastline Young Carers fortnightly and has a YC card for school - she "
    "still does Oscar's evening meds. Family still waiting on a ground floor property, bidding weekly.",
    ["CARER", "HOUS"])

case("Z010", "Eastcliff", "2025-05-06", "2025-11-28")
box("A", "orange",
    "Leanne fled to her mum's after Ryan strangled her on 28/4. He was arrested and is on bail not "
    "to contact her or go to the address. DASH 18, MARAC 14/5. Both kids were in the house at the time.",
    ["DA"],
    [("convention", "CRIME", "Partner's arrest for the assault on the adult victim is DA only, not CRIME (conv 7).")])
box("C", "blue",
    "Leanne finished the Turning Tide DA recovery course, has a safety plan and the non-mol runs "
    "till May 2026. Knows to ring 999 if Ryan turns up.",
    ["DA"],
    [("convention", "DA", "Blue box: non-molestation order in force and safety plan = family managing a current DA risk (conv 3, conv 4).")])
box("C", "yellow",
    "In TA at Saltings since June (1 room, shared bathroom), on the register with DA priority. "
    "Both kids moved to Saltmarsh Primary after the move. Charlie (8) being picked on by a group "
    "of Yr 4 boys about living in 'the hostel', school dealing with it. Leanne says he's also "
    "kicking off at bedtime, EHW doing a bedtime routine plan with her.",
    ["HOUS", "SAFE-EXP", "REL-PAR"],
    [("convention", "SAFE-EXP", "Being picked on by peers at school = bullying, SAFE-EXP for the child."),
     ("not-coded", "EDU-EXC", "School move after a house move is not a managed move."),
     ("not-coded", "DA", "'DA priority' on the register refers back to the abuse; DA is not separately described as current here. Judgement: not coded in this box.")])

case("Z011", "Saltings", "2025-05-19", "2025-12-05")
box("A", "green",
    "Kieran (17) dropped out of college in March and isn't working, up gaming most of the night. "
    "Lee (stepdad) works full time at the marina. Lee had a drink problem in his 20s but has been "
    "sober since 2019. Finn (10) no concerns.",
    ["EDU-NEET"],
    [("convention", "FIN", "16+ NEET is EDU-NEET only; household is in work, so no FIN (conv 11)."),
     ("historical", "SUB", "Stepdad's drinking ended (sober since 2019)."),
     ("not-coded", "PH", "Gaming at night is given as part of the NEET picture, not as a sleep problem; judgement: PH not coded.")])
box("A", "orange",
    "Ellie (13) - 3 missing episodes since Easter. Found by police twice in the town centre with "
    "older males, once at a flat in Marram. Exploitation screening tool done, strategy discussion "
    "requested. Landlord is selling - s21 served 2/5, Donna has been turned down for 14 viewings "
    "as agents want a guarantor.",
    ["SAFE-EXP", "HOUS"],
    [("convention", "CRIME", "Police finding a missing child is safeguarding, not CRIME (conv 7).")])
box("C", "orange",
    "Bailiffs evicted the family 12/8, now in TA in Harbourside. Ellie no missing episodes since "
    "Sept, sees the exploitation team worker every week.",
    ["HOUS", "SAFE-EXP"],
    [("convention", "SAFE-EXP", "Missing episodes have stopped but ongoing exploitation-team work codes the area (conv 4).")])

case("Z012", "Harbourside", "2025-06-02", "2025-12-12")
box("A", "yellow",
    "Becca scored 19 on the EPDS at the HV contact; GP has diagnosed postnatal depression and "
    "started her on meds. Sam works 6 days a week at the holiday park so she's on her own with "
    "Noah (4m) and Ava (3) most of the day. Referral made to the perinatal mental health team.",
    ["MH-ADULT"],
    [("convention", "FIN", "Working long hours is not FIN (conv 5).")])
box("A", "orange",
    "Ground floor flat with rising damp - black mould on the kids' clothes in the wardrobe and on "
    "Noah's cot mattress. Landlord's answer to the complaint was a Section 21 dated 20/5. Env "
    "Health visited 30/5 and are looking at whether it's a retaliatory eviction.",
    ["HOUS"])
box("C", "yellow",
    "Moved in Oct to a 3 bed private let in Eastcliff with help from the council's rent deposit "
    "scheme, no damp. Ava (3) started at Puffin Pre-school but refusing the potty and still in "
    "nappies, pre-school and mum working on it together.",
    ["EYD"],
    [("historical", "HOUS", "Moved to a damp-free home: over."),
     ("convention", "EYD", "Toileting in an under-5 = EYD (conv 9).")])

box("C", "green",
    "HV contact: Noah (10m) thriving, back up to the 25th centile. No concerns re Becca's mood at "
    "this contact.",
    [],
    [("negated", "MH-ADULT", "'No concerns re Becca's mood'."),
     ("not-coded", "PH", "Weight recovered; good news with no current need (conv 3).")])

case("Z013", "Eastcliff", "2025-06-09", "2025-11-07")
box("A", "yellow",
    "Reece (12) hitting and kicking Tasha when she takes his phone, has put a hole in his "
    "bedroom door. Tasha hasn't called police. Booked on the Calm Parents course from July.",
    ["REL-PAR"],
    [("convention", "DA", "Child-to-parent violence is REL-PAR, not DA (conv 8)."),
     ("negated", "CRIME", "No police or youth justice involvement, so no CRIME (conv 8).")])
box("A", "green",
    "Reece waiting for an ADHD assessment with community paeds, SENCo at Kestrel Bay Academy has "
    "him on an SEN support plan. 2 suspensions this yr for swearing at staff. Kayden (10) and "
    "Lacey (7) doing fine. Ruby-Mae (2) HV review - no concerns.",
    ["EDU-SEND", "EDU-EXC"],
    [("negated", "EYD", "Ruby-Mae's review: no concerns.")])
box("C", "orange",
    "Possession order granted on the s8 (rent arrears) - family in B&B in Harbourside since Aug, "
    "2 rooms and no kitchen. Kayden and Lacey still at their old school, 2 buses each way and "
    "late most days. Arrears of £1,420 still owed to the old landlord.",
    ["HOUS", "EDU-ATT", "FIN"])

case("Z014", "Saltings", "2025-07-01", "2025-12-19")
box("A", "yellow",
    "Gary (dad) drinking 6-8 cans most days since he lost his job at the boatyard in March, agreed "
    "to a referral to Beacon Recovery. UC claim made, no payment yet - has used the foodbank twice.",
    ["SUB", "FIN"])
box("A", "orange",
    "Connor (14) not been in school since May half term. Feels sick every morning and has panic "
    "attacks at the gate. CAMHS triage done, on the waiting list for the anxiety pathway. "
    "Attendance 41% this yr. Liam (11) ok, a bit behind with reading.",
    ["EDU-ATT", "MH-CHILD"],
    [("not-coded", "EDU-SEND", "'A bit behind with reading' with no SEN support, SENCO or assessment named: not coded."),
     ("not-coded", "PH", "Feeling sick each morning is given as a symptom of the anxiety (MH-CHILD); no physical illness described, so no PH.")])
box("C", "yellow",
    "Gary 10 wks into Beacon Recovery, only drinking at weekends now. Connor on a part time "
    "timetable (3 mornings) and going to the CAMHS anxiety group. Leaks in kitchen ceiling fixed "
    "in Oct after a letter from EH.",
    ["SUB", "EDU-ATT", "MH-CHILD"],
    [("convention", "EDU-ATT", "Part-time timetable = EDU-ATT."),
     ("historical", "HOUS", "Leaks fixed: over.")])

case("Z015", "Harbourside", "2025-07-07", "2026-01-16")
box("A", "red",
    "ICPC 2/7: Harley (4) and Bella (1) on CP plans, emotional harm. Jordan controls all the money "
    "and checks Kirsty's phone; neighbours have called police 3x since March for shouting and "
    "banging. Kirsty denies he has ever hit her.",
    ["DA"],
    [("partial", "DA", "The denial covers physical violence only; the coercive control is described as current, so DA is present."),
     ("convention", "FIN", "Financial control is part of the abuse (DA); no debt or money problem is described, so no FIN."),
     ("convention", "CRIME", "Police call-outs for the DV are DA only (conv 7).")])
box("A", "yellow",
    "Rent arrears £2,100 - Jordan stopped paying the rent in the spring. Letting agent has sent a "
    "letter before action for possession.",
    ["FIN", "HOUS"],
    [("convention", "HOUS", "A letter before action for possession is a current risk of eviction, not a hypothetical.")])
box("C", "orange",
    "Kirsty on a £15/wk repayment plan with the agent, taken straight from her UC; agent says no "
    "possession action as long as the payments keep coming in. Bella's immunisations now up to date.",
    ["FIN"],
    [("hypothetical", "HOUS", "Possession action only if payments stop: hypothetical."),
     ("historical", "PH", "Immunisations now up to date: over.")])

case("Z016", "Eastcliff", "2025-07-14", "2025-12-02")
box("A", "yellow",
    "Five of them in a 1 bed flat let through a friend of a friend, nothing in writing. Landlord "
    "now wants them out 'by the end of the month', no proper notice. Condensation and mould in "
    "the one bedroom where all 3 kids sleep. Liya (3) entitled to 15 hrs but not registered at a "
    "nursery, Hana not sure how to apply. Selam (15) gets EAL support at Downsview CC.",
    ["HOUS", "EYD"],
    [("not-coded", "EDU-SEND", "EAL support is not a special educational need.")])
note("A", "yellow",
    "Landlord changed the lock on the shared shed and told Dawit he'll do the front door next. "
    "Spoke to the Housing Options tenancy relations officer who is writing to him today re "
    "illegal eviction. Dawit working cash in hand at a car wash, hours all over the place; Hana "
    "says the two of them skip meals some days so the kids can eat.",
    ["HOUS", "FIN"],
    [("outside", "HOUS", "Landlord's offence not coded as CRIME; its effect (threat to the home) is HOUS (conv 6)."),
     ("convention", "SAFE-NEG", "Parents skipping meals so the children eat = food poverty (FIN), no hungry child so no SAFE-NEG (conv 10)."),
     ("convention", None, "Unboxed: Housing Options tenancy relations officer read as one extra service -> yellow; no eviction/possession notice has been served, so no orange cue (conv 2).")],
    date="2025-07-22")
box("C", "yellow",
    "Rehoused in Oct to a 3 bed HA house. Hana doing ESOL and a job club with EHW support, money "
    "still really tight and they use the community pantry every wk.",
    ["FIN"],
    [("historical", "HOUS", "Rehoused: over.")])

# ---------------------------------------------------------------- batch 3
case("Z017", "Downsview", "2025-08-04", "2026-02-06")
box("A", "orange",
    "Jess has bipolar disorder, detained under s2 for 10 days in July; the kids stayed with their "
    "aunt. Crisis team and CMHT involved since discharge. Landlord lets himself in without notice "
    "to 'check on things' which Jess finds really distressing, flat itself in good repair.",
    ["MH-ADULT", "HOUS"],
    [("not-coded", None, "'s2' is a Mental Health Act detention, not s20/s47; irrelevant to level anyway as the box sets it (conv 2)."),
     ("outside", "HOUS", "Landlord entering without notice is the landlord's offence; its effect on the family's security in the home is coded HOUS (conv 6). Judgement: harassment by a landlord counts as a housing problem even with the flat in good repair.")])
box("A", "yellow",
    "Tyler (16) finished Yr 11 in June, no college place or job, says he'll 'sort it'. Amber (11) "
    "doing most of the cooking and reminding mum to take her meds.",
    ["EDU-NEET", "CARER"])
box("C", "green",
    "Jess stable on lithium, CMHT review monthly. Amber had her young carers assessment and goes "
    "to the Weds group at the hub.",
    ["MH-ADULT", "CARER"],
    [("convention", "MH-ADULT", "Green box: stable on medication with ongoing CMHT = now managing, present (conv 3, conv 4).")])

case("Z018", "Saltings", "2025-08-11", "2026-01-23")
box("A", "yellow",
    "Paul told us he has about £8k of debt from online slots - credit cards and 2 payday loans - "
    "and the rent is 2 months behind. He's put a gambling block on his bank cards and is talking "
    "to the Anchor Line gambling support service.",
    ["FIN"],
    [("convention", "SUB", "Gambling debts are FIN, not SUB (conv 10)."),
     ("not-coded", "HOUS", "Rent arrears alone are FIN; no notice or threat to the tenancy described.")])
box("A", "blue",
    "Kayleigh and Paul rowing a lot about money. They've booked themselves onto couples sessions "
    "at Seaview Family Hub.",
    ["REL-CONF"],
    [("not-coded", "FIN", "Arguing 'about money' does not itself describe a debt or money problem in this box; FIN not coded (conv 1).")])
box("C", "green",
    "Sophie (5) now in Reception at St Brannoc's, dry in the day; SALT still coming into school "
    "every half term for her speech.",
    ["EDU-SEND"],
    [("convention", "EDU-SEND", "Speech and language for a school-age child is EDU-SEND, not EYD (conv 9)."),
     ("historical", "EYD", "'Dry in the day' - toileting issue over.")])

case("Z019", "Harbourside", "2025-08-26", "2026-02-20")
box("A", "yellow",
    "Letting agent ignoring repair requests for 5 months - roof leaking into the bathroom, mould "
    "spreading out onto the landing. EHW has referred to Env Health. Lauren scared to push too hard "
    "as she's heard the landlord got rid of the last tenant after they complained.",
    ["HOUS"],
    [("outside", None, "The previous tenant's eviction concerns someone outside the household; HOUS is coded from this family's disrepair.")])
note("C", "green",
    "Closing call. Roof repaired in Nov after EH served an improvement notice. Lauren still gets "
    "some mould in the bathroom when it's cold and treats it herself with mould spray. Dylan (10) "
    "and Grace (8) both had asthma reviews with the practice nurse in Jan, both on preventers.",
    ["HOUS", "PH"],
    [("partial", "HOUS", "Roof repair is over but mould still recurring and being treated: present."),
     ("convention", None, "Unboxed: Env Health involvement is finished, so it is not a current cue; practice nurse (GP surgery) -> green (conv 2).")],
    date="2026-02-20")
box("C", "blue",
    "Lauren keeps the bathroom mould down with a hygrometer, airing after showers and running "
    "the extractor. Knows how to report repairs in writing.",
    ["HOUS"],
    [("convention", "HOUS", "Blue box: family managing continuing mould = present (conv 3).")])

case("Z020", "Eastcliff", "2025-09-01", "2026-03-13")
box("A", "orange",
    "Jordan (15) stopped by police in Marram with 10 wraps of crack and £400 cash, believed to be "
    "running a line for older males from out of town. NRM referral made, released under investigation.",
    ["SAFE-EXP", "CRIME"],
    [("convention", "SUB", "Drugs found on an exploited child = SAFE-EXP and CRIME, not SUB (conv 12).")])
box("A", "yellow",
    "Landlord served a s21 citing complaints from neighbours about people coming to the house "
    "late at night. Michelle works 2 cleaning jobs. Keira (12) anxious about her brother and not "
    "sleeping well, pastoral team keeping an eye. Ellis (7) no concerns.",
    ["HOUS", "MH-CHILD", "PH"],
    [("convention", "FIN", "Working two jobs is not FIN (conv 5)."),
     ("convention", "PH", "Sleep problem in a school-age child = PH (conv 9), coded alongside the anxiety (MH-CHILD)."),
     ("outside", "CRIME", "Neighbours' complaints about late-night visitors do not describe offending or ASB by a household member; no CRIME."),
     ("partial", "MH-CHILD", "Ellis: no concerns, but MH-CHILD is still present for Keira.")])
box("C", "orange",
    "Jordan on a referral order with YOS for the possession offence. No missing episodes in "
    "8 wks but older males still messaging him on Snapchat.",
    ["CRIME", "SAFE-EXP"])

case("Z021", "Downsview", "2025-09-08", "2026-02-27")
box("A", "yellow",
    "Martin (dad) depressed since his wife died in 2023, on sertraline, signed off work long term. "
    "Landlord told him in Aug he is selling next year and will give notice in the new year. "
    "Sam (13) attendance 89%, late a lot, says there's 'no point' since mum died.",
    ["MH-ADULT", "HOUS", "EDU-ATT", "MH-CHILD"],
    [("convention", "HOUS", "Landlord's stated plan to sell and serve notice is a current risk of losing the home, not a conditional hypothetical."),
     ("not-coded", "FIN", "Signed off sick is not described as a money problem; no FIN (conv 5 by analogy)."),
     ("partial", "MH-CHILD", "The bereavement is in 2023 but Sam's current 'no point' low mood is present.")])
box("C", "green",
    "Martin's GP has reduced his dose, back at work 3 days a week. Sam's attendance now 97% and "
    "his bereavement sessions finished in Jan. Holly (16) dropped out of 6th form after Christmas "
    "and isn't working or looking for anything.",
    ["MH-ADULT", "EDU-NEET"],
    [("convention", "MH-ADULT", "Still on (reduced) medication under the GP: managing, present (conv 3)."),
     ("not-coded", "EDU-ATT", "97% attendance is good news (conv 3)."),
     ("historical", "MH-CHILD", "Bereavement sessions finished: over.")])

case("Z022", "Saltings", "2025-09-15", "2026-03-20")
box("A", "orange",
    "Family of 8 in a 3 bed TA house since the landlord sold their home in June. TA is 7 miles "
    "from the schools: Jack (13) and Lewis (11) on 2 buses, Ben drives Harper (6) in and is "
    "getting into trouble at work for being late. Twins (2) - Ivy has about 5 words, HV referring "
    "to SALT.",
    ["HOUS", "EYD"],
    [("not-coded", "EDU-ATT", "Lateness described is the father's at work, not the children's at school.")])
box("A", "yellow",
    "Mason (9) has an EHCP for autism. LA still looking for a specialist place nearer the TA, so "
    "he's had no school place for 3 wks.",
    ["EDU-SEND", "EDU-ATT"],
    [("convention", "EDU-ATT", "Judgement: a child out of school with no place is coded as an attendance issue (EDU-ATT).")])
box("C", "yellow",
    "Mason started at Brightwater Special School in Jan, LA taxi. Family got a 4 bed HA house in "
    "Feb, first settled home in 8 months.",
    ["EDU-SEND"],
    [("historical", "HOUS", "Settled in a HA house: over."),
     ("convention", "EDU-SEND", "Specialist placement for autism is a continuing SEND need.")])

case("Z023", "Eastcliff", "2025-10-13", "2026-04-24")
box("A", "red",
    "s47 after Lola (5) was found on her own on the seafront at 7am by a dog walker. Home visit: "
    "dog mess on floors, no clean bedding, hardly any food in the cupboards, Ruby (1) in a soaked "
    "nappy. Wayne smoking cannabis daily in the flat. Strategy mtg agreed to go to ICPC. Kai (8) "
    "often comes to school in dirty uniform.",
    ["SAFE-NEG", "SUB"],
    [("not-coded", "CRIME", "Cannabis use by the parent is SUB; no offending or police action described.")])
box("A", "orange",
    "Wayne on licence since release from HMP in Aug (burglary), probation officer involved. "
    "Property has 2 broken windows boarded up and no working smoke alarm; landlord not answering.",
    ["CRIME", "HOUS"],
    [("convention", "CRIME", "Adult household member on licence = CRIME (conv 7).")])
box("C", "red",
    "Children on CP plans since Nov (neglect). Home conditions better with Family Support but "
    "slip at weekends. Wayne going to Beacon Recovery for his cannabis. Windows still boarded.",
    ["SAFE-NEG", "SUB", "HOUS"])

case("Z024", "Downsview", "2025-10-20", "2026-05-01")
box("A", "orange",
    "Denise has MS, on ESA and PIP. Electric bills have doubled in the poorly insulated flat, "
    "she's £900 behind with the supplier and keeps the heating off so the walls run with "
    "condensation. Supplier threatening a warrant to fit a prepay meter. Chelsea (14) does the "
    "shopping and cooking and helps mum in the shower, tutor says she's tired in class.",
    ["PH", "FIN", "HOUS", "CARER"],
    [("convention", "FIN", "ESA/PIP alone are not FIN, but arrears and fuel poverty are described (conv 5, conv 10).")])
box("C", "yellow",
    "Chelsea linked in with Coastline Young Carers, has a young carers assessment and a named "
    "contact at school. ASC carers now come in every morning to help Denise wash and dress.",
    ["CARER", "PH"],
    [("convention", "CARER", "CARER is coded from Chelsea's young carer support; the adult social care 'carers' are paid adult carers and would not code CARER by themselves (conv 12)."),
     ("convention", "PH", "Ongoing adult social care for Denise's personal care codes her physical health need (conv 4).")])

# ---------------------------------------------------------------- batch 4
case("Z025", "Saltings", "2025-11-03", "2026-05-15")
box("A", "green",
    "Neighbours' teenage son keeps kicking the front door and shouting abuse at the family, "
    "Rachel has called police twice. Toby (9) now anxious and won't play out. Lily (7) has a nut "
    "allergy, epipen kept at school, well managed. Landlord has said he might have to sell in a "
    "couple of years if mortgage rates stay high - nothing formal. Rachel and Steve both work, "
    "no money worries.",
    ["MH-CHILD", "PH"],
    [("outside", "CRIME", "ASB and police call-outs concern the neighbour's son, outside the household (conv 6)."),
     ("convention", "PH", "Green box: allergy being managed = present (conv 3)."),
     ("hypothetical", "HOUS", "Sale only 'might' happen 'if' rates stay high, nothing formal."),
     ("negated", "FIN", "'No money worries'.")])
box("C", "blue",
    "Neighbours moved away in March. Toby back out on his bike with his mates.",
    [],
    [("historical", "MH-CHILD", "Toby's anxiety resolved with the neighbours gone; no current need stated.")])

case("Z026", "Harbourside", "2025-11-10", "2026-05-22")
box("A", "orange",
    "Millie and Charlie's dad was released from prison in Oct. He's not allowed contact with Lisa "
    "or the kids but has been seen waiting outside Millie's school. Police aware, MARAC referral "
    "made for Lisa. Josh (17) sofa surfing at mates' after rows with Lisa.",
    ["DA", "HOUS", "REL-PAR"],
    [("outside", "CRIME", "The ex-partner's offending and prison release are outside the household; the effect on the family is DA (conv 6, conv 7)."),
     ("convention", "HOUS", "Judgement: a 17-year-old family member sofa surfing after leaving home is homelessness within the family."),
     ("convention", "REL-PAR", "Rows between parent and child = REL-PAR (conv 8).")])
note("A", "yellow",
    "School DSL rang - Millie (14) disclosed mum drinks wine from lunchtime most days and is asleep "
    "by 7pm. Millie makes Charlie (10) his tea and puts him to bed. DSL referring Millie to the "
    "young carers service; EHW to talk to Lisa about the drinking.",
    ["SUB", "CARER"],
    [("convention", None, "Unboxed: DSL/school is green; young carers service and EHW are yellow; highest yellow (conv 2).")],
    date="2025-11-19")
box("C", "yellow",
    "Lisa going to the Beacon Recovery group, says she only drinks at weekends now. Millie at "
    "young carers on Thursdays.",
    ["SUB", "CARER"])

case("Z027", "Eastcliff", "2025-11-17", "2026-06-05")
note("A", "green",
    "HV contact. Basement flat - walls wet to touch, mould in both rooms. Jan (3) has had 2 chest "
    "infections since Sept and wheezes at night, GP has given him a blue inhaler. Karolina works "
    "part time at the bakery, no money worries raised.",
    ["HOUS", "PH"],
    [("negated", "FIN", "No money worries; part-time work is not FIN (conv 5)."),
     ("convention", None, "Unboxed: HV and GP only -> green (conv 2).")],
    date="2025-11-17")
box("A", "green",
    "Oliwia (6) at St Brannoc's, attendance 90% because of chest infections, school aware. Jan (3) "
    "at Sandpiper 15 hrs, toilet trained and speech on track.",
    ["EDU-ATT", "PH"],
    [("not-coded", "EYD", "Jan's nursery, toileting and speech are all good news (conv 3).")])
note("C", None,
    "Final visit. EH found a Cat 1 damp and mould hazard; landlord has fitted a PIV unit and "
    "tanked the walls, no mould since. Jan hasn't needed his inhaler since April. Karolina happy "
    "to close and knows to contact EH again if the damp comes back.",
    [],
    [("historical", "HOUS", "Works done, no mould since: over."),
     ("historical", "PH", "No inhaler needed since April: over."),
     ("hypothetical", "HOUS", "'If the damp comes back'.")],
    date="2026-06-05")
box("C", "blue", "N/A - nothing outstanding.", [])

case("Z028", "Downsview", "2025-12-01", "2026-06-19")
box("A", "orange",
    "Riley (13) on a managed move from Eastcliff Academy to Downsview CC after repeated "
    "suspensions. Diagnosed ADHD, on meds, CAMHS ADHD clinic review due Jan.",
    ["EDU-EXC", "EDU-SEND", "MH-CHILD"],
    [("convention", "EDU-SEND", "ADHD diagnosis/treatment = EDU-SEND (conv 4 treats the ADHD pathway as EDU-SEND)."),
     ("convention", "MH-CHILD", "Judgement: the service name CAMHS codes MH-CHILD ('the service implies the need'), so both codes are given.")])
box("A", "green",
    "Landlord sold in Oct so Lee and the boys moved in with Lee's parents - 3 bed, Riley and "
    "Alfie (8) share a single bed in the box room, Lee on the sofa. Alfie unsettled since, "
    "teacher says he's been tearful in class. Grandad has COPD and is on home oxygen.",
    ["HOUS", "MH-CHILD", "PH"],
    [("convention", "PH", "Judgement: the family now lives with the grandparents, so grandad is a household member and his COPD is PH."),
     ("historical", "HOUS", "The landlord's sale is past; HOUS is coded for the current overcrowding.")])
box("C", "yellow",
    "Managed move made permanent in March, Riley has had 1 behaviour point this half term. Still "
    "all crammed in at his grandparents', moved up to band B.",
    ["HOUS"],
    [("historical", "EDU-EXC", "Managed move completed; one behaviour point is not described as a concern.")])

case("Z029", "Saltings", "2025-12-08", "2026-06-26")
box("A", "green",
    "Chantelle (22) 30 wks pregnant and living in a caravan on a friend's drive since her s21 ran "
    "out in Nov; Housing Options have accepted the relief duty. Mason (2) has missed his 2yr review "
    "twice. No heating in the caravan and Mason's had a cold since Oct.",
    ["HOUS", "EYD", "PH"],
    [("not-coded", "PH", "Pregnancy is not an illness; PH is coded for Mason's continuing cold only."),
     ("convention", "EYD", "A missed development check (2yr review) is EYD.")])
box("C", "blue", "Chantelle on UC and child benefit, payments all fine.", [],
    [("convention", "FIN", "Benefit names with no problem described: not FIN (conv 5).")])

case("Z030", "Harbourside", "2026-01-12", "2026-07-10")
box("A", "green",
    "Freya (8) 5 chest infections this winter, GP has referred to paeds. Ethan (11) in Yr 7 and "
    "anxious about the bus to his new school since they moved, stomach aches most mornings.",
    ["PH", "MH-CHILD"])
box("A", "yellow",
    "Rob's hours were cut at the ferry terminal over winter and the rent went up £120 in Jan - "
    "now a month behind and putting food shopping on credit cards. Mould in Freya's room, agent "
    "says it's condensation and down to them.",
    ["FIN", "HOUS"],
    [("not-coded", None, "Rent rise and arrears are FIN; HOUS is coded for the mould, not the rent rise.")])
box("C", "green",
    "Paeds diagnosed mild asthma, Freya on inhalers. Landlord treated the mould after an EH "
    "letter but it keeps coming back on the north wall. Rob back on full hours and arrears "
    "cleared in March.",
    ["PH", "HOUS"],
    [("historical", "FIN", "Arrears cleared, full hours resumed: over (conv 3).")])

case("Z031", "Eastcliff", "2026-01-19", "2026-07-17")
box("A", "orange",
    "Kayla (14) has been sending images to an adult man she met on a gaming app, police "
    "investigating him. Refusing school most days, attendance 58%.",
    ["SAFE-EXP", "EDU-ATT"],
    [("outside", "CRIME", "The offender is outside the household; police investigation of him is not CRIME for the family (conv 6).")])
box("A", "yellow",
    "Naomi has PTSD from DV by her ex-husband (ended 2020, no contact since), sees Coastal Minds "
    "talking therapy. Landlord has served s21 as he's selling - Naomi has already found a 3 bed "
    "nearby and paid the holding deposit from savings.",
    ["MH-ADULT", "HOUS"],
    [("historical", "DA", "DV ended 2020, no contact since."),
     ("convention", "HOUS", "An eviction notice is current even though a new let is lined up; judgement: HOUS present.")])
box("C", "orange",
    "Man charged in May. Kayla seeing the CSE worker from the Harbour Project weekly and is on "
    "the CAMHS waiting list.",
    ["SAFE-EXP", "MH-CHILD"],
    [("convention", "MH-CHILD", "Waiting for CAMHS codes MH-CHILD (conv 4).")])

case("Z032", "Downsview", "2026-02-02", "2026-08-14")
note("A", "orange",
    "EHW home visit. Jamie made redundant from the caravan park in Jan, now on UC, used the "
    "foodbank twice in the 5 wk wait. Landlord has served a s8 notice for 2 months rent arrears. "
    "Poppy (4) not toilet trained yet, nursery working on it with Olivia.",
    ["FIN", "HOUS", "EYD"],
    [("convention", None, "Unboxed: s8 possession notice is the highest cue -> orange (conv 2)."),
     ("convention", "EYD", "Toileting in an under-5 = EYD (conv 9).")],
    date="2026-02-02")
box("A", "yellow",
    "Theo (6) on SEN support for reading and phonics, SENCo at Marram Road Infants reviewing "
    "termly. Olivia feeling low and tearful, GP appt booked.",
    ["EDU-SEND", "MH-ADULT"])
box("C", "green",
    "Jamie started a new job in May. Paying off the arrears at £50 a month and landlord has "
    "withdrawn the notice. Theo's tantrums at home easing with the reward chart Olivia started.",
    ["FIN", "REL-PAR"],
    [("convention", "FIN", "Green box: paying off arrears = now managing, present (conv 3)."),
     ("historical", "HOUS", "Notice withdrawn: over."),
     ("convention", "REL-PAR", "Tantrums easing but continuing, managed by parent: present (conv 3).")])


# ---------------------------------------------------------------- write
def main():
    ncols = ["narrative_id", "triage_id", "case_id", "stage", "date", "level",
             "locality", "narrative"]
    with open(os.path.join(HERE, "narratives.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(ncols)
        for n in NARRS:
            w.writerow([n[c] for c in ncols])
    gold = []
    with open(os.path.join(HERE, "gold.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "code", "level"])
        for n in NARRS:
            for code in n["codes"]:
                w.writerow([n["narrative_id"], code, n["gold_level"]])
                gold.append((n["narrative_id"], code, n["gold_level"]))
    text = json.dumps(TRAPS, indent=2, ensure_ascii=False)
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8", newline="") as f:
        f.write(text.replace("\n", "\r\n") + "\r\n")

    boxed = [n for n in NARRS if n["level"]]
    notes = [n for n in NARRS if not n["level"]]
    print("cases: %d  triages: %d  narratives: %d (boxed %d, unboxed notes %d)" % (
        len(CASES), len({n["triage_id"] for n in NARRS}), len(NARRS), len(boxed), len(notes)))
    print("narratives with no gold rows: %d" % sum(1 for n in NARRS if not n["codes"]))
    print("gold rows: %d" % len(gold))
    print("by code: " + ", ".join("%s %d" % (c, sum(1 for g in gold if g[1] == c)) for c in CODES))
    print("by level: " + ", ".join("%s %d" % (l, sum(1 for g in gold if g[2] == l)) for l in LEVELS))
    print("by stage: " + ", ".join("%s %d" % (s, sum(1 for n in NARRS if n["stage"] == s)) for s in ("assessment", "closure")))
    print("localities: " + ", ".join("%s %d" % (l, sum(1 for n in NARRS if n["locality"] == l)) for l in sorted({n["locality"] for n in NARRS})))
    print("trap entries: %d on %d narratives" % (sum(len(v) for v in TRAPS.values()), len(TRAPS)))


if __name__ == "__main__":
    main()
