#!/usr/bin/env python3
"""Build the blind-z24 held-out gold set (hand-written, invented narratives).

Every narrative, its gold codes and its trap notes are written out by hand below.
Running this script writes narratives.csv, gold.csv and traps.json next to it.
Standard library only.
"""
import csv
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

LEVELS = ["blue", "green", "yellow", "orange", "red"]
LV = {"b": "blue", "g": "green", "y": "yellow", "o": "orange", "r": "red"}
SHORT = {
    "ATT": "EDU-ATT", "EXC": "EDU-EXC", "NEET": "EDU-NEET", "SEND": "EDU-SEND",
    "MHC": "MH-CHILD", "MHA": "MH-ADULT", "RP": "REL-PAR", "RC": "REL-CONF",
    "NEG": "SAFE-NEG", "EXP": "SAFE-EXP",
}

# case_id -> (locality, assessment date, closure date)
CASES = {}
ROWS = []   # dicts: narrative row + gold codes + gold level + traps


def case(cid, locality, a_date, c_date):
    CASES[cid] = (locality, a_date, c_date)


def code_list(codes):
    out = []
    for c in codes.split():
        out.append(SHORT.get(c, c))
    return out


def box(cid, st, lv, text, codes="", traps=()):
    """A boxed narrative. st: 'A' or 'C'; lv: b/g/y/o/r; codes: space-separated
    present codes (short forms allowed); traps: (kind, code, note) tuples."""
    loc, a_date, c_date = CASES[cid]
    level = LV[lv]
    ROWS.append({
        "narrative_id": f"{cid}-{st}-{level}",
        "triage_id": f"{cid}-{st}",
        "case_id": cid,
        "stage": "assessment" if st == "A" else "closure",
        "date": a_date if st == "A" else c_date,
        "level": level,
        "locality": loc,
        "narrative": text,
        "codes": code_list(codes),
        "gold_level": level,
        "traps": [{"kind": k, "code": c, "note": n} for k, c, n in traps],
    })


def note(nid, stage, date, loc, text, codes, gold_level, cue, traps=()):
    """An unboxed case note: one level for all its codes, from the highest cue."""
    ROWS.append({
        "narrative_id": nid,
        "triage_id": nid,
        "case_id": nid,
        "stage": stage,
        "date": date,
        "level": "",
        "locality": loc,
        "narrative": text,
        "codes": code_list(codes),
        "gold_level": gold_level,
        "level_cue": cue,
        "traps": [{"kind": k, "code": c, "note": n} for k, c, n in traps],
    })


# Localities (invented): Hollinsford, Marrowby, Sedgecote, Weyland Cross
H, M, S, W = "Hollinsford", "Marrowby", "Sedgecote", "Weyland Cross"

# ---------------------------------------------------------------- batch 1
case("E401", H, "2025-02-10", "2025-07-14")
box("E401", "A", "y",
    "Mason (8) attendance 84%, late x12 since Sept. Won't get dressed, lashes out "
    "at mum most mornings - EHW for routines/boundaries.",
    "ATT RP",
    [("lookalike", "DA", "child lashing out at mum is REL-PAR (conv 8), not DA")])
box("E401", "C", "b",
    "Visual timetable working, Mason getting dressed w/o a fight most days. Wetting alarm at "
    "home - dry most nights. Mum doing SALT games w/ Poppy (2). Attendance no "
    "longer an issue.",
    "RP PH EYD",
    [("negated", "EDU-ATT", "'attendance no longer an issue'"),
     ("present-despite", "PH", "bedwetting managed with alarm = now managing in blue box (conv 3, 9)")])

case("E402", M, "2025-03-03", "2025-09-22")
box("E402", "A", "g",
    "Dad MS, 2 falls this month - GP & MS nurse. Ruby (11) helping dad w/ stairs "
    "and meds, school aware.",
    "PH CARER")
box("E402", "A", "o",
    "Tyler (14) arrested 22/2 criminal damage, YOS assessment booked. Found w/ cash "
    "& new phone, older lads from out of area - CCE concerns, police intel. Denies "
    "using cannabis.",
    "CRIME EXP",
    [("negated", "SUB", "'denies using cannabis'")])
box("E402", "C", "b",
    "Ruby at young carers club Weds, still does dad's tablets but gets own time. Dad "
    "managing MS better w/ stairlift. PIP awarded, no money worries - would see CAB if "
    "it's cut at review.",
    "CARER PH",
    [("negated", "FIN", "PIP named but 'no money worries' (conv 5)"),
     ("hypothetical", "FIN", "CAB only if PIP is cut at review")])

case("E403", S, "2025-01-20", "2025-08-11")
box("E403", "A", "g",
    "Mum low since Zofia born, GP started sertraline, HV listening visits. Kacper "
    "(4) still in nappies day & night, reception in Sept. Zofia weaning well, HV "
    "happy w/ weight.",
    "MHA EYD",
    [("lookalike", "PH", "'HV happy w/ weight' is good news, no need stated")])
box("E403", "A", "y",
    "Dad lost warehouse job Dec, UC 5wk wait, food bank x2. 4 of them in 1-bed "
    "flat. EHW - CAB referral, housing register.",
    "FIN HOUS")
box("E403", "C", "b",
    "Mum feels more like herself, buggy walk group, still on sertraline. Dad back in "
    "work, paying £20/m off council tax arrears. Bidding on housing register weekly.",
    "MHA FIN HOUS",
    [("present-despite", "FIN", "arrears being repaid = now managing in blue box (conv 3)")])
box("E403", "C", "y",
    "Still overcrowded, band B. EHW supporting housing application, HV letter added. "
    "Flat itself dry, no damp.",
    "HOUS",
    [("negated", "HOUS", "'no damp' negated, but overcrowding keeps HOUS present")])

case("E404", W, "2025-04-07", "2025-10-20")
box("E404", "A", "b",
    "Maternal gran 5 mins away, visits daily. Mum keen to engage.",
    "")
box("E404", "A", "r",
    "Ryan strangled mum 28/3 in front of Leo, arrested, bail conds. DASH 18, MARAC. "
    "Leo (6) wetting & scared to sleep alone. Isla (3) missed 27m check, imms "
    "overdue. Strategy mtg/s47.",
    "DA MHC PH EYD",
    [("lookalike", "CRIME", "partner's arrest for the assault on mum is DA only (conv 7)")])
box("E404", "C", "b",
    "Non-mol in place to 2026, mum knows to ring 999 if Ryan turns up. Freedom "
    "Programme finished. Ryan drinking heavily per his sister - not in household.",
    "DA",
    [("hypothetical", "DA", "'ring 999 if Ryan turns up' - DA is coded for the live non-mol order"),
     ("historical", "DA", "Freedom Programme finished"),
     ("outside", "SUB", "ex-partner's drinking, not in household (conv 6)")])

case("E405", H, "2025-05-12", "2025-12-01")
box("E405", "A", "r",
    "Keira (15) missing overnight x3 in May, found in car w/ 22yo male - CSE, "
    "strategy mtg & s47. Not in school since Easter. Mum drinking approx 2 bottles "
    "wine a night, no supervision evenings.",
    "EXP ATT SUB NEG")
box("E405", "C", "r",
    "CP plan continues (CSE). No missing episodes since Sept but still messaging the "
    "male on Snap. Part-time timetable 3 days. Open to CAMHS. Mum engaging w/ D&A "
    "service.",
    "EXP ATT MHC SUB",
    [("historical", "SAFE-EXP", "missing episodes ended - but current online contact keeps SAFE-EXP"),
     ("present-despite", "SUB", "engaging w/ D&A service = ongoing service (conv 4)")])

case("E406", M, "2025-02-24", "2025-09-01")
box("E406", "A", "b",
    "Callum (17) dropped out of college Nov, looking at apprenticeships online "
    "himself. Nan helps out.",
    "NEET")
box("E406", "A", "y",
    "Mum long-term depression, hardly leaves house. Rent arrears £1,150, gas on "
    "emergency credit. Out of work since 2023 - CAB.",
    "MHA FIN")
box("E406", "C", "b",
    "Callum started L2 plumbing Sept - no longer NEET. Arrears down to £300, mum "
    "paying £15/wk. Mood better, walking daily, on meds. College to ring mum if he "
    "stops going.",
    "FIN MHA",
    [("historical", "EDU-NEET", "'started L2 plumbing - no longer NEET'"),
     ("hypothetical", "EDU-ATT", "college to ring 'if he stops going'")])

case("E407", S, "2025-03-17", "2025-11-10")
box("E407", "A", "o",
    "Noah (7) 3 suspensions this term for hitting staff, at risk of PEX. Hits & bites "
    "dad at home, broke TV. Parents split Jan, rowing at handovers. TAF set up.",
    "EXC RP RC",
    [("lookalike", "DA", "child hitting dad is REL-PAR (conv 8); parents' rows are REL-CONF")])
box("E407", "C", "y",
    "Co-parenting app, 2 mediation sessions, still disagree over school hols.",
    "RC")
box("E407", "C", "o",
    "EHC needs assessment agreed, EP seen Noah. 1 more suspension Oct. TAF continues "
    "via school.",
    "SEND EXC")

# ---------------------------------------------------------------- batch 2
case("E408", W, "2025-06-02", "2025-12-15")
box("E408", "A", "y",
    "Flat cluttered, dirty bottles, nappy bin overflowing. Harley (9m) not sitting "
    "unaided. Hx DA w/ ex in 2023 - he's in prison, no contact. EHW.",
    "NEG EYD",
    [("historical", "DA", "'hx DA w/ ex in 2023 ... no contact'"),
     ("outside", "CRIME", "ex in prison is outside the household")])
box("E408", "C", "b",
    "Chloe keeping on top of flat w/ cleaning rota, baby group Tues. Says she'd ring "
    "EHW if it slips again.",
    "NEG",
    [("hypothetical", "SAFE-NEG", "'if it slips again' - NEG coded for the rota she now keeps (conv 3)")])
box("E408", "C", "g",
    "HV still checking home conditions - better, but bottles left out last visit. Harley behind on gross motor - "
    "physio via HV, now crawling. Imms up to date.",
    "NEG EYD",
    [("lookalike", "PH", "'imms up to date' is good news only")])

case("E409", H, "2025-01-13", "2025-07-07")
box("E409", "A", "y",
    "Dad gambling online, approx £6k on cards. Parents rowing most nights - mum says "
    "no violence, no control. Ellie (13) anxious, crying in room. GamCare + CAB.",
    "FIN RC MHC",
    [("lookalike", "SUB", "gambling debts are FIN, not SUB (conv 10)"),
     ("negated", "DA", "'no violence, no control'")])
box("E409", "A", "o",
    "Possession notice 10/1 for £2,100 rent arrears, council tax bailiff letters. "
    "Housing solicitor, TAF.",
    "HOUS FIN")
box("E409", "C", "g",
    "Dad self-excluded from betting sites, on StepChange plan. Possession claim "
    "withdrawn after DHP. Parents still bicker, Ellie sees school counsellor.",
    "FIN RC MHC",
    [("lookalike", "EDU-EXC", "'self-excluded' from gambling sites"),
     ("historical", "HOUS", "possession claim withdrawn")])

case("E410", M, "2025-04-28", "2026-01-19")
box("E410", "A", "g",
    "Lily (5) - 4 teeth need taking out, missed 2 dentist appts. School say Jack (10) "
    "hungry at break, late most days.",
    "PH NEG ATT")
box("E410", "A", "o",
    "Mum on methadone script, using on top per Turning Point keyworker. Police "
    "welfare check 12/4, mum not answering door - found asleep.",
    "SUB",
    [("lookalike", "CRIME", "police welfare check is safeguarding, not CRIME (conv 7)")])
box("E410", "C", "r",
    "CP plans continue (neglect) - food in house now but mum relapsed Dec. Rent "
    "arrears £1,800, NTQ served. PLO letter issued.",
    "NEG SUB HOUS FIN")

case("E411", S, "2025-10-06", "2026-03-02")
box("E411", "A", "y",
    "Jordan (15) 2 suspensions since Sept for fighting. Smoking cannabis daily, also "
    "vapes. ASB warning from housing officer. Mum works nights at care home, money ok.",
    "EXC SUB CRIME",
    [("lookalike", "SUB", "vaping is not SUB (conv 12) - SUB present for cannabis"),
     ("negated", "FIN", "shift work, 'money ok' (conv 5)")])
box("E411", "C", "g", "N/A", "",
    [("empty", "*", "box says N/A")])
box("E411", "C", "y",
    "Still sees young people's D&A worker fortnightly, not engaging much. EHW doing "
    "exploitation/peer work - hangs round w/ older lads.",
    "SUB EXP")
box("E411", "C", "o",
    "Jordan (16) PEX Jan, now at PRU. Arrested Feb possession w/ intent - YOS "
    "referral order. Smoking cannabis daily again. No post-16 place, at risk of NEET.",
    "EXC CRIME SUB NEET")

case("E412", W, "2025-05-19", "2025-12-08")
box("E412", "A", "b",
    "Nan & grandad kinship carers for Aaliyah (9), SGO 2022. Grandad manages COPD w/ "
    "own inhalers. Nan using star chart for bedtime battles.",
    "RP PH",
    [("lookalike", "CARER", "kinship carers are adults, not a young carer (conv 12)")])
box("E412", "A", "g",
    "Reading age approx 6, SENCO screening for dyslexia. School ELSA weekly re "
    "worries & nightmares.",
    "SEND MHC")
box("E412", "C", "g",
    "SEN support plan - coloured overlays, 1:1 reading x3/wk. No nightmares since "
    "summer. Grandad under resp nurse, 2 chest infections since Oct.",
    "SEND PH",
    [("historical", "MH-CHILD", "'no nightmares since summer'")])

case("E413", H, "2025-03-10", "2025-10-13")
box("E413", "A", "y",
    "Mum breast cancer, on chemo. Ben (12) does cooking, shopping, helps mum shower - "
    "young carers referral. Mum's SSP ended, behind on bills.",
    "CARER PH FIN")
box("E413", "A", "o",
    "Ben told form tutor he wishes he wasn't here - CAMHS referral, DSL. Does mum's "
    "care before school, scared to leave her.",
    "MHC CARER")
box("E413", "C", "b",
    "Mum finished chemo June, all clear. Aunt moved in - Ben no longer does personal "
    "care. Would go back to YC group if things change.",
    "",
    [("hypothetical", "CARER", "young carers group only 'if things change'"),
     ("historical", "PH", "chemo finished, all clear"),
     ("historical", "CARER", "'no longer does personal care'")])
box("E413", "C", "g",
    "Ben still helps w/ shopping & mum's tablets, young carer card at school. Mum on "
    "hormone tablets, GP review 3-monthly.",
    "CARER PH")
box("E413", "C", "o",
    "Still on CAMHS caseload, 2nd appt Nov. Young carers service 1:1 continuing - TAF "
    "review booked.",
    "MHC CARER")

case("E414", M, "2025-07-21", "2026-02-09")
box("E414", "A", "o",
    "Mum disclosed coercive control - dad holds all the money, checks her phone, "
    "won't let twins (3) go to nursery. IDVA, MARAC 5/8.",
    "DA EYD",
    [("lookalike", "FIN", "dad controlling the money is part of the abuse (DA), no money problem as such")])
box("E414", "C", "g",
    "Dad moved out Oct, non-mol granted. Twins 15hrs at nursery, HV keeping an eye on "
    "their speech.",
    "DA EYD")
box("E414", "C", "y",
    "Mum on Freedom Programme wk 6. Mum's anxiety - GP, talking therapies waitlist. Arjun "
    "(8) doing well, no concerns.",
    "DA MHA",
    [("negated", "MH-CHILD", "'Arjun doing well, no concerns'")])

case("E415", S, "2025-08-04", "2026-01-26")
box("E415", "A", "o",
    "Kyle (15) managed move to Weyland Cross Academy after a fight. Bullied online "
    "about dad's old prison sentence (2019). Dad PTSD from army, CMHT.",
    "EXC EXP MHA",
    [("historical", "CRIME", "dad's prison sentence was in 2019")])
box("E415", "C", "g",
    "Kyle on report at new school, HoY fairly happy. School dealing w/ online "
    "comments. Dad reporting to probation till Mar.",
    "EXC EXP CRIME")
box("E415", "C", "y",
    "Kyle out past 11 w/ mates, dad struggling w/ boundaries - EHW. ASB warning from "
    "PCSO Dec.",
    "RP CRIME")

case("E416", W, "2025-10-06", "2026-04-13")
box("E416", "A", "y",
    "Maya (14) adding strangers on Discord, one asked for pics. On ADHD pathway, "
    "SENCO aware. EHW - online safety w/ Maya & mum.",
    "EXP SEND")
box("E416", "C", "b",
    "Mum has parental controls on, does phone checks w/ Maya. Reading ADHD info while "
    "Maya waits for ADHD assessment w/ paeds.",
    "EXP SEND")
box("E416", "C", "y",
    "Anxious re mocks, attendance 88%, misses Mondays. School counsellor + EHW 1:1. "
    "No concerns re online stuff now.",
    "MHC ATT",
    [("negated", "SAFE-EXP", "'no concerns re online stuff now'")])

case("E417", H, "2025-06-16", "2026-01-12")
box("E417", "A", "r",
    "CIN plan. Tia (16) main carer for mum (MS) & 2 brothers, left sixth form, not "
    "working. Mum very low, not eating. Gas & elec off, no money for top-up.",
    "CARER NEET MHA FIN PH")
box("E417", "C", "r",
    "Stepping up - s17 CIN continues. Tia still caring full time, not in EET. Mum's MS "
    "worse, 2 hospital admissions. Mum's depression - CMHT.",
    "CARER NEET PH MHA")

# ---------------------------------------------------------------- batch 3
case("E418", M, "2025-02-17", "2025-08-18")
box("E418", "A", "r",
    "Reece (13) assaulted mum x2, police x3 since Jan. PEX 7/2. Parents separated, "
    "arguing over where he should live. EHCP (SEMH). Strategy mtg held.",
    "RP CRIME EXC RC SEND",
    [("lookalike", "DA", "child assaulting mum is REL-PAR + CRIME (conv 8), not DA")])
box("E418", "A", "o",
    "Not attending AP since PEX. On CAMHS waiting list - anger, low mood.",
    "ATT MHC",
    [("present-despite", "MH-CHILD", "waiting list = awaiting CAMHS (conv 4)")])
box("E418", "C", "r",
    "Stepped up to CSC - CIN. Hit mum again July, youth caution. Still PEX, EHCP "
    "review for specialist place. Parents still can't agree where he lives.",
    "RP CRIME EXC SEND RC")

case("E419", S, "2025-04-14", "2025-11-03")
box("E419", "A", "y", "as above", "",
    [("empty", "*", "'as above' - each box coded on its own text (conv 1)")])
box("E419", "A", "r",
    "Mum stopped antipsychotics, paranoid, hearing voices - crisis team. Evicted from "
    "HA flat, now in B&B. Mia (10m) not sitting or rolling, missed dev checks. s47.",
    "MHA HOUS EYD",
    [("present-despite", "MH-ADULT", "'stopped' refers to medication; the illness is current")])
box("E419", "C", "r",
    "CP plan since ICPC. Mum under EIP team, taking meds. Still in B&B, no kitchen. "
    "Mia behind on milestones - Portage. No DA known.",
    "MHA HOUS EYD",
    [("negated", "DA", "'no DA known'")])

case("E420", W, "2025-09-22", "2026-03-16")
box("E420", "A", "b", "none", "",
    [("empty", "*", "box says none")])
box("E420", "A", "y",
    "Parents separating, rows over money & the house - no DA disclosed. Kieran (17) "
    "left sixth form, not working or training. EHW.",
    "RC NEET",
    [("negated", "DA", "'no DA disclosed'"),
     ("lookalike", "FIN", "rows over money are REL-CONF; no money problem described"),
     ("lookalike", "HOUS", "rows over 'the house' - no housing need")])
box("E420", "C", "r",
    "Escalated - dad assaulted mum 2/2, police, MARAC. Lacey (10) saw it, now wetting "
    "the bed & withdrawn. House in a state, no clean clothes. s47.",
    "DA MHC PH NEG",
    [("lookalike", "CRIME", "dad's assault on mum is DA only (conv 7)")])

case("E421", H, "2025-05-06", "2025-11-24")
box("E421", "A", "b",
    "Dad 6 months alcohol free, AA weekly + sponsor. On housing register re "
    "overcrowding, bidding himself. Paying £10/wk off water arrears.",
    "SUB HOUS FIN",
    [("present-despite", "SUB", "'alcohol free' but still in AA = ongoing support, now managing (conv 3, 4)")])
box("E421", "A", "g",
    "GP checking dad's liver bloods re alcohol. Ava (11) asthma, inhaler, GP reviews.",
    "SUB PH")
box("E421", "C", "b",
    "Dad still at AA, 1 yr sober. Got 3-bed via housing register Oct.",
    "SUB",
    [("historical", "HOUS", "rehoused in Oct - need met")])
box("E421", "C", "g",
    "GP alcohol review 3-monthly, liver bloods better. Ava's asthma controlled on "
    "preventer.",
    "SUB PH")

case("E422", M, "2025-03-24", "2025-09-29")
box("E422", "A", "b",
    "Mum uses Headspace & sees friends for her anxiety. Potty training Freddie (2) "
    "herself. Non-mol vs ex in place, copy on her phone.",
    "MHA EYD DA")
box("E422", "A", "g",
    "HV aware of DA hx & non-mol, safety advice given. HV tips for Freddie's "
    "tantrums & bedtime.",
    "DA RP",
    [("present-despite", "DA", "'DA hx' but the non-mol order is current")])
box("E422", "C", "g",
    "Mum on sertraline via GP, coping. Freddie in own bed, bedtime routine working w/ "
    "HV support. Toilet trained over summer.",
    "MHA RP",
    [("historical", "EYD", "'toilet trained over summer'")])

case("E423", S, "2025-07-07", "2026-01-05")
box("E423", "A", "g",
    "Kai (17) finished Y11, no college place, signed up w/ Jobcentre youth hub. Dad's "
    "UC sanctioned 4 wks, struggling w/ bills.",
    "NEET FIN")
box("E423", "C", "g",
    "Kai still NEET, youth hub appts fortnightly. School helped mum w/ FSM & uniform "
    "grant for Daisy (9) - money tight.",
    "NEET FIN")
box("E423", "C", "y",
    "EHW helping Kai w/ CV & apprenticeship apps. Catalogue debts approx £2k - CAB. "
    "Dad's sanction lifted Sept.",
    "NEET FIN",
    [("historical", "FIN", "sanction lifted - but catalogue debts keep FIN present")])

case("E424", W, "2025-10-13", "2026-04-20")
box("E424", "A", "g",
    "Damp & mould in kids' room, GP letter to landlord. Amir (10) asthma worse, 2 A&E "
    "trips. Zara (7) bullied at school, school dealing. Police called re neighbours' "
    "ASB.",
    "HOUS PH EXP",
    [("outside", "CRIME", "ASB and police call-out are about the neighbours (conv 6)")])
box("E424", "C", "g",
    "Landlord treated mould but it's back. Amir missed approx 12 days this term w/ "
    "chest, school attendance officer aware. Bullying sorted.",
    "HOUS ATT PH",
    [("historical", "SAFE-EXP", "'bullying sorted'")])

# ---------------------------------------------------------------- batch 4
case("E425", H, "2025-04-22", "2025-10-06")
box("E425", "A", "b",
    "Mum & dad separated, some friction but sorting contact between themselves, no court. Josh (9) late "
    "approx once a wk - mum setting earlier alarm. Mum talking to teacher re his "
    "behaviour in class.",
    "RC ATT EXC")
box("E425", "A", "y",
    "Mum ended it w/ new partner - controlling & threatening, still texting her. EHW "
    "+ Women's Aid outreach.",
    "DA",
    [("present-despite", "DA", "relationship ended but the threats continue")])
box("E425", "C", "b",
    "Josh on time most days w/ alarm. Home-school behaviour chart working. Parents still "
    "separated, sorting contact between them - odd disagreement but flexible. Texts from ex stopped.",
    "ATT EXC RC",
    [("historical", "DA", "'texts from ex stopped'")])

case("E426", M, "2025-06-09", "2025-12-01")
box("E426", "A", "b",
    "Mia (12) helps w/ Alfie's care after school, has own time at Guides. Mum in "
    "autism parents FB group (Alfie has EHCP). Liam (18) on community order, reports "
    "to probation himself.",
    "CARER SEND CRIME")
box("E426", "A", "o",
    "Alfie (9) seizures uncontrolled, missed 2 neuro appts. EHCP placement at risk. "
    "Liam in bed all day, no job or college. Home cluttered, Alfie's mattress soiled. "
    "TAF.",
    "PH SEND NEET NEG")
box("E426", "C", "b",
    "Liam doing unpaid work hours for his order, applying for jobs on Indeed himself. "
    "Home conditions improved - no concerns now.",
    "CRIME NEET",
    [("negated", "SAFE-NEG", "'home conditions improved - no concerns now'")])
box("E426", "C", "y",
    "Mia at young carers service, still does some of Alfie's personal care. New EHCP "
    "school from Jan. Alfie's meds changed, fewer seizures.",
    "CARER SEND PH")

case("E427", S, "2025-01-27", "2025-07-21")
box("E427", "A", "b",
    "Sophie (14) using Kooth for low mood. Mum took her off group chat after nasty "
    "msgs, blocks set up. Mum sorting house & washing w/ sister's help after school "
    "raised Ethan's dirty uniform.",
    "MHC EXP NEG")
box("E427", "A", "g",
    "Ethan (13) on report, approx 4 detentions a wk. Nicked a vape & sweets from shop w/ "
    "mates - school aware. Parents row over maintenance, Ethan caught in middle.",
    "EXC CRIME RC",
    [("lookalike", "SUB", "vape is not SUB (conv 12); the theft is CRIME")])
box("E427", "C", "b",
    "Sophie still on Kooth, mood lifting. Ethan off report, mum & school using "
    "home-school book for behaviour. Shoplifting was a one-off. School to flag if "
    "attendance dips.",
    "MHC EXC",
    [("historical", "CRIME", "shoplifting described as a past one-off"),
     ("hypothetical", "EDU-ATT", "school to flag 'if attendance dips'")])

case("E428", W, "2025-08-18", "2026-02-23")
box("E428", "A", "o",
    "Mum bipolar, crisis team x2 since July. Partner Dean controlling, police called "
    "3/8 - MARAC. Landlord served s21.",
    "MHA DA HOUS",
    [("lookalike", "CRIME", "police call about partner's abuse is DA only (conv 7)")])
box("E428", "C", "o",
    "Mum under CMHT, stable on lithium. Dean out - DVPO then non-mol. In TA since Dec, "
    "£900 arrears from old flat. TAF continues.",
    "MHA DA HOUS FIN")

case("E429", H, "2025-11-03", "2026-05-11")
box("E429", "A", "y",
    "Harvey (12) anxious, refusing school 2-3 days/wk since starting Y7, attendance "
    "71%. EHW.",
    "MHC ATT")
box("E429", "C", "o",
    "CAMHS since Mar. Attendance 65%, part-time timetable. Smashing doors at home when "
    "pushed re school. Groomed on Roblox - police informed. No self-harm.",
    "MHC ATT RP EXP",
    [("negated", "MH-CHILD", "'no self-harm' - MHC present via CAMHS")])

case("E430", M, "2025-06-23", "2026-01-12")
box("E430", "A", "y",
    "Home v. cluttered, dog mess on floor, bottles unwashed. Parents arguing, dad "
    "sleeping at his mum's on & off. Ruby (3) at nursery 15hrs, no concerns. EHW.",
    "NEG RC",
    [("negated", "EYD", "'Ruby at nursery 15hrs, no concerns'")])
box("E430", "C", "o",
    "Ruby (3) speech delay - nursery + SALT. Home still poor, Jake (1) nappy rash, "
    "missed imms. Parents split, rowing over contact. TAF w/ nursery & HV.",
    "EYD NEG PH RC")

case("E431", S, "2025-09-15", "2026-03-23")
box("E431", "A", "y",
    "Oscar (8) behaviour plan, 1 suspension. Rosie (2) hardly talking, no nursery "
    "place. House messy, kids' clothes dirty per school. EHW.",
    "EXC EYD NEG")
box("E431", "C", "y",
    "Oscar still on behaviour plan, no suspensions since Oct. Rosie at nursery 15hrs, "
    "HV referred to SALT. Home conditions up & down.",
    "EXC EYD NEG",
    [("historical", "EDU-EXC", "'no suspensions since Oct' - behaviour plan keeps EXC present")])

# ---------------------------------------------------------------- unboxed notes
# One level for all codes: the highest level cue in the text (convention 2).
note("U401", "assessment", "2025-02-18", H,
     "Home visit. Mum says Kaden (4) still not dry in the day, nursery doing a "
     "toileting plan, HV aware. No money worries - dad in full-time work.",
     "EYD", "green", "nursery, HV (universal only)",
     [("negated", "FIN", "'no money worries', working dad")])
note("U402", "assessment", "2025-05-27", M,
     "Call from school - Declan (15) suspended 5 days for bringing a knife in, police "
     "informed, YOS prevention referral. Mum says he's out till 2am, won't listen to "
     "her. Dad was in prison years ago, no contact now.",
     "EXC CRIME RP", "orange", "police, YOS",
     [("outside", "CRIME", "dad not in the household; his prison term is also past")])
note("U403", "closure", "2025-10-09", S,
     "Closing visit. Mum on wk 8 of 10 of parenting course, bedtimes much calmer. "
     "Debts cleared in summer w/ CAB help. Self-referred to talking therapies for low "
     "mood - on waitlist.",
     "RP MHA", "yellow", "parenting course (one extra service); CAB only in a past mention",
     [("historical", "FIN", "'debts cleared in summer'")])
note("U404", "assessment", "2025-07-30", W,
     "ICPC booked 14/8. Skye (11) & Rio (7) - gas cut off, no food in cupboards. Mum's "
     "partner (lives there) dealing cannabis from the flat, bags left in reach of kids. "
     "Mum denies using herself.",
     "NEG FIN CRIME", "red", "ICPC",
     [("negated", "SUB", "'mum denies using herself'"),
      ("lookalike", "SUB", "dealing is CRIME, not substance misuse")])
note("U405", "closure", "2026-02-02", H,
     "Closure. Mum got own tenancy in Jan after months sofa-surfing, church sorted "
     "furniture. Still using food bank fortnightly, budgeting w/ a friend from church. "
     "Says her sister will help w/ childcare if she gets the job she's applied for.",
     "FIN", "blue", "own network only (church, friend, sister)",
     [("historical", "HOUS", "sofa-surfing ended with own tenancy"),
      ("hypothetical", "*", "childcare help only if she gets the job")])
note("U406", "assessment", "2025-11-17", M,
     "Jodie (16) told school nurse she's having panic attacks before lessons. School "
     "nurse doing weekly check-ins, GP appt booked. Jodie's friend is self-harming - J "
     "worried about her.",
     "MHC", "green", "school nurse, GP",
     [("outside", "MH-CHILD", "the friend's self-harm is outside the household (MHC is coded for Jodie's own panic attacks)")])
note("U407", "closure", "2026-04-27", S,
     "TAF review - closing to EH. Dad says he's stopped drinking, no longer seeing D&A "
     "service. Zac (9) still on CAMHS waiting list. Possession notice withdrawn once "
     "arrears paid.",
     "MHC", "orange", "CAMHS, TAF",
     [("historical", "SUB", "'stopped drinking, no longer seeing D&A service'"),
      ("historical", "HOUS", "possession notice withdrawn"),
      ("historical", "FIN", "arrears paid")])


# ---------------------------------------------------------------- writers
TRAP_KINDS = {"negated", "historical", "hypothetical", "outside", "lookalike", "empty"}


def main():
    ids = [r["narrative_id"] for r in ROWS]
    assert len(ids) == len(set(ids)), "duplicate narrative ids"
    with open(os.path.join(HERE, "narratives.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "triage_id", "case_id", "stage", "date", "level",
                    "locality", "narrative"])
        for r in ROWS:
            w.writerow([r["narrative_id"], r["triage_id"], r["case_id"], r["stage"],
                        r["date"], r["level"], r["locality"], r["narrative"]])
    with open(os.path.join(HERE, "gold.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "code", "level"])
        for r in ROWS:
            seen = set()
            for c in r["codes"]:
                assert c not in seen, (r["narrative_id"], c)
                seen.add(c)
                w.writerow([r["narrative_id"], c, r["gold_level"]])
    traps = []
    for r in ROWS:
        entry = {"narrative_id": r["narrative_id"], "gold": r["codes"],
                 "gold_level": r["gold_level"], "traps": r["traps"]}
        if r["level"] == "":
            entry["level_cue"] = r["level_cue"]
        traps.append(entry)
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(traps, f, indent=1, ensure_ascii=False)
        f.write("\n")
    n_trap = sum(1 for r in ROWS if any(t["kind"] in TRAP_KINDS for t in r["traps"]))
    print(f"narratives {len(ROWS)}  gold rows {sum(len(r['codes']) for r in ROWS)}  "
          f"with trap {n_trap}")


if __name__ == "__main__":
    main()
