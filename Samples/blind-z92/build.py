#!/usr/bin/env python3
"""Blind gold set z92: hand-written, hand-coded early-help triage narratives.

Style: a southern shire district's triage export (2025-26) in which
practitioners type each box as bullet points and fragments.  Every narrative,
its gold codes and its trap notes are written by hand below.  Running this
script writes narratives.csv, gold.csv and traps.json next to it.

Python 3 standard library only.
"""
import csv
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------------------
# Cases.  Each case: id, locality, assessment date, closure date (or None),
# then boxes: (stage 'A'/'C', level, text, [gold codes], [traps]).
# A trap is (kind, code, note).  Kinds:
#   negated / historical / hypothetical  - status is not present, code NOT gold
#   outside     - about someone outside the household, code NOT gold
#   lookalike   - a word that looks like the code's area, code NOT gold
#   met         - a need described as now met / resolved, code NOT gold
#   convention  - a taxonomy convention decides it (code may or may not be gold)
# Text lines are joined with "\n" inside the (quoted) CSV field.
# ---------------------------------------------------------------------------

CASES = [
    # ------------------------------------------------------------------
    ("Z201", "Ashcombe", "2025-04-14", "2025-09-22", [
        ("A", "green", [
            "Poppy (3):",
            "- Little Wrens Nursery 15 hrs",
            "- HV 2-2.5yr review done late (Mar), speech unclear, mostly single words",
            "- still in nappies day + night",
            "\u2022 growth + weight fine per HV",
        ], ["EYD"], [
            ("negated", "PH", "growth/weight fine: good news only, no physical health need"),
        ]),
        ("A", "yellow", [
            "School:",
            "- Tyler Yr9 att 79% autumn, 81% spring so far",
            "- late most Mondays",
            "Home:",
            "- won't come off the console when asked, mum can't take it off him",
            "- swears at mum + slams doors when told no",
            "* EHW to do routines/boundaries work w/ Leanne",
        ], ["EDU-ATT", "REL-PAR"], []),
        ("A", "orange", [
            "- Tyler hanging round w/ older lads at Ashcombe bus stn",
            "- new trainers + cash he can't explain",
            "- missing overnight x1 (22/03), found by police at a flat in town + brought home",
            "- exploitation screening done -> CCE concerns, to MACE panel",
            "- not known to YOS",
        ], ["SAFE-EXP"], [
            ("convention", "CRIME", "police finding a missing child is safeguarding, not CRIME (conv 7)"),
            ("negated", "CRIME", "'not known to YOS'"),
        ]),
        ("C", "blue", [
            "\u2022 Leanne turns wifi off at 10pm, Tyler still argues but goes along w/ it",
            "\u2022 home by agreed time most nights, mum knows his mates' parents",
            "\u2022 mum says she'd ring police straight away if he went missing again",
        ], ["REL-PAR"], [
            ("hypothetical", "SAFE-EXP", "'if he went missing again' - plan for a possible event"),
            ("convention", "REL-PAR", "blue box: mum now managing boundaries counts as present (conv 3)"),
        ]),
        ("C", "green", [
            "School:",
            "- Tyler att 93% since Easter, pastoral lead meets him weekly",
            "Nursery:",
            "- Poppy in SALT group at Little Wrens, now 2-3 word phrases",
            "- dry in the day since July",
        ], ["EDU-ATT", "EYD"], [
            ("convention", "EDU-ATT", "green box, attendance still below target and school support ongoing: managing = present"),
        ]),
    ]),
    # ------------------------------------------------------------------
    ("Z202", "Brindlemere", "2025-05-06", "2025-11-03", [
        ("A", "yellow", [
            "Money:",
            "- Shannon on UC, sanctioned 4 wks in March",
            "- rent arrears approx \u00a31,150 (Brindle Homes HA)",
            "- no NSP served, HA ok w/ a repayment plan",
            "- food bank x2 since Feb",
            "* CAB debt appt booked 14/05",
        ], ["FIN"], [
            ("negated", "HOUS", "'no NSP served' - arrears alone are FIN, no housing risk stated"),
        ]),
        ("A", "orange", [
            "- Shannon disclosed Dean grabbed her by the throat 19/04, police attended, Dean arrested",
            "- bail conds: not to attend address or contact Shannon",
            "- DASH 17, MARAC 21/05, IDVA allocated",
            "- Kayla (11) saw it, bedwetting again since",
        ], ["DA", "PH"], [
            ("convention", "CRIME", "partner's arrest for assault on the adult victim is DA only (conv 7)"),
            ("convention", "PH", "bedwetting at school age is PH (conv 9)"),
        ]),
        ("C", "green", [
            "- Kayla: school nurse seeing her re wetting, alarm supplied, dry most nights now",
            "- Shannon: GP, on sertraline since June, mood steadier",
            "- Mason (8): no concerns",
        ], ["PH", "MH-ADULT"], []),
        ("C", "yellow", [
            "- Shannon on Freedom Programme, wk 8 of 12",
            "- Dean: restraining order at court Sept, no contact since",
            "- arrears down to \u00a3310, DHP awarded, still paying \u00a320/wk",
        ], ["DA", "FIN"], [
            ("convention", "CRIME", "ex-partner's court outcome is about DA and he is outside the household (conv 6/7)"),
        ]),
    ]),
    # ------------------------------------------------------------------
    ("Z203", "Coldharbour", "2025-04-28", "2025-10-13", [
        ("A", "green", [
            "School:",
            "- Oskar Yr8, SENCO involved, on SEN support",
            "- on ADHD pathway, school questionnaires sent Feb",
            "Health:",
            "- Marek: chronic back pain since work injury, GP managing, gets PIP",
        ], ["EDU-SEND", "PH"], [
            ("lookalike", "FIN", "PIP named with no money problem (conv 5)"),
        ]),
        ("A", "yellow", [
            "- Oskar (13) does most of the cooking + helps dad in/out of the bath",
            "- tired in lessons, says he can't go to Air Cadets as dad needs him",
            "- Marek says he'd never keep him off school, att 97%",
            "* referred Downland Young Carers 25/04",
        ], ["CARER"], [
            ("negated", "EDU-ATT", "attendance 97%, no absence described"),
        ]),
        ("C", "blue", [
            "- Oskar goes to YC group every other Weds, says it's his break",
            "- still does tea most nights, dad's sister does Sundays",
            "- no further detentions since Easter",
        ], ["CARER"], [
            ("historical", "EDU-EXC", "detentions stopped since Easter"),
        ]),
    ]),
    # ------------------------------------------------------------------
    ("Z204", "Saltings Vale", "2025-06-02", "2026-01-19", [
        ("A", "yellow", [
            "Alfie (2):",
            "- not taking up funded 2yr place",
            "- HV 2yr review: not walking steadily, approx 5 words",
            "- missed 2 imms appts (12mth boosters)",
        ], ["EYD", "PH"], []),
        ("A", "orange", [
            "Home:",
            "- Jodie + Ryan drinking daily, cans from lunchtime",
            "- Ryan on probation (shoplifting), PO aware of referral",
            "- both referred to Compass drug + alcohol service, not engaged yet",
        ], ["SUB", "CRIME"], [
            ("convention", "CRIME", "household adult on probation is CRIME (conv 7)"),
        ]),
        ("A", "red", [
            "- s47 after Lacey (7) came into school hungry, unwashed, untreated head lice",
            "- home visit: dog mess on floors, no sheets/duvets on kids' beds",
            "- ICPC 30/06 -> CP plan, category neglect",
        ], ["SAFE-NEG"], []),
        ("C", "orange", [
            "- Jodie engaging w/ Compass, says drinking weekends only now",
            "- Ryan moved out Sept, probation ended Oct",
            "- TAF every 6 wks",
        ], ["SUB"], [
            ("outside", "CRIME", "Ryan no longer in the household and his probation has ended"),
        ]),
        ("C", "yellow", [
            "- Alfie at Seashell Nursery 15 hrs, walking fine, speech still behind, Portage fortnightly",
            "- Lacey: clean uniform, breakfast club daily",
            "- neglect concerns resolved, home good at 4 unannounced visits",
        ], ["EYD"], [
            ("historical", "SAFE-NEG", "neglect described as resolved"),
        ]),
    ]),
    # ------------------------------------------------------------------
    ("Z205", "Ashcombe", "2025-07-08", "2025-12-15", [
        ("A", "green", [
            "- Kieran (16) left Ashcombe Academy June, no college place",
            "- hasn't applied for anything, gaming most of the day",
            "- Tracy + Kieran's dad (Wayne) split in spring, rows on the phone over who has Kieran at wknds",
            "- Tracy works f/t at a care home",
        ], ["EDU-NEET", "REL-CONF"], [
            ("convention", "FIN", "16+ NEET is EDU-NEET only; mum is working (conv 11)"),
            ("lookalike", "CARER", "'care home' is mum's job, not a child who cares"),
        ]),
        ("A", "orange", [
            "- Kieran arrested 14/06, criminal damage at bus shelter, RUI",
            "- YOS: out of court disposal being considered",
            "- smokes cannabis daily, says it 'chills him out'",
        ], ["CRIME", "SUB"], []),
        ("C", "green", [
            "- Kieran started Level 1 Construction at Downland College Sept, attending",
            "- youth caution given Aug, completed, no police contact since",
            "- says he stopped cannabis Oct, mum agrees",
        ], [], [
            ("met", "EDU-NEET", "now at college: no current NEET need in this text"),
            ("historical", "CRIME", "youth caution completed, no contact since"),
            ("historical", "SUB", "cannabis stopped in October"),
        ]),
    ]),
    # ------------------------------------------------------------------
    ("Z206", "Brindlemere", "2025-04-22", "2025-09-08", [
        ("A", "green", [
            "- HV: Zara (7mths) weaning, gags on lumps, HV giving advice",
            "- Idris (5) Reception, school SALT seeing him weekly, some sounds unclear",
        ], ["EYD", "EDU-SEND"], [
            ("convention", "EYD", "Idris is school age: his speech is EDU-SEND (conv 9); EYD is for Zara's weaning"),
        ]),
        ("A", "yellow", [
            "- Aisha low since Zara born, EPDS 16",
            "- tearful, not going out, husband works nights",
            "- self-referred Talking Therapies, EHW weekly",
            "- no thoughts of harm",
        ], ["MH-ADULT"], [
            ("lookalike", "FIN", "working nights/shifts is not FIN (conv 5)"),
        ]),
        ("C", "blue", [
            "- Aisha doing Talking Therapies online, walks w/ the mums' group Tues",
            "- Zara eating family food now",
            "- Idris: SALT ended July, discharged",
        ], ["MH-ADULT"], [
            ("historical", "EDU-SEND", "SALT ended and discharged"),
            ("historical", "EYD", "weaning difficulty over"),
        ]),
    ]),
    # ------------------------------------------------------------------
    ("Z207", "Coldharbour", "2025-09-15", "2026-02-23", [
        ("A", "yellow", [
            "- Kim + Gary separated June, shouting at handovers in front of Ellie",
            "- Gary applied to court for more contact, Cafcass involved",
            "- both deny any DA, police checks nil",
        ], ["REL-CONF"], [
            ("negated", "DA", "'both deny any DA', checks nil"),
        ]),
        ("A", "orange", [
            "- Ellie (12) cutting forearms, told form tutor 08/09",
            "- CAMHS referral accepted, awaiting choice appt",
            "- says she 'doesn't want to be here some days'",
        ], ["MH-CHILD"], []),
        ("C", "blue", [
            "- N/A",
        ], [], []),
        ("C", "yellow", [
            "- mediation x3 done, handovers at supermarket car park, no rows since Nov",
            "- Ellie still w/ CAMHS fortnightly, cutting less",
            "- att fine, no concerns from school",
        ], ["MH-CHILD"], [
            ("historical", "REL-CONF", "no rows since Nov; 'now managing' only counts in blue/green boxes"),
            ("negated", "EDU-ATT", "'att fine, no concerns'"),
        ]),
    ]),
    # ------------------------------------------------------------------
    ("Z208", "Saltings Vale", "2025-05-19", "2025-11-24", [
        ("A", "green", [
            "- Jake (10): EHCP (ASD), 1:1 TA mornings at Saltings Primary",
            "- Lily (14): no concerns, doing well in Yr9",
        ], ["EDU-SEND"], []),
        ("A", "yellow", [
            "Housing:",
            "- 2-bed private rent, Lily shares w/ Jake, overcrowded",
            "- black mould in kids' room, landlord not replying",
            "Health:",
            "- Jake's asthma worse, 2 GP visits + inhaler increased",
        ], ["HOUS", "PH"], []),
        ("A", "orange", [
            "- Lily sent images to an adult male she met on a gaming platform",
            "- police investigating the male, Lily's phone taken as evidence",
            "- Natalie blames herself, panic attacks, GP started meds",
        ], ["SAFE-EXP", "MH-ADULT"], [
            ("convention", "CRIME", "police are investigating a man outside the household; Lily is the victim"),
        ]),
        ("C", "green", [
            "- Lily: online contact ended June, police NFA on the male, Lily says she feels fine",
            "- Jake: annual review Oct, EHCP kept",
        ], ["EDU-SEND"], [
            ("historical", "SAFE-EXP", "contact ended, police closed it"),
        ]),
        ("C", "yellow", [
            "- moved to 3-bed HA house Oct, no damp",
            "- Natalie on waiting list for counselling, panic attacks now weekly not daily",
        ], ["MH-ADULT"], [
            ("met", "HOUS", "rehoused, no damp"),
        ]),
    ]),
    # ------------------------------------------------------------------
    ("Z209", "Ashcombe", "2025-10-06", "2026-03-16", [
        ("A", "yellow", [
            "School:",
            "- Reece Yr9, suspended x3 since Sept (fighting)",
            "- on report, HoY says PEx risk if another",
            "Home:",
            "- dad says no issues at home, Reece ok w/ rules",
            "- not known to CAMHS",
        ], ["EDU-EXC"], [
            ("negated", "REL-PAR", "dad says no issues at home"),
            ("negated", "MH-CHILD", "'not known to CAMHS'"),
        ]),
        ("A", "orange", [
            "- PCSO reports Reece + group for ASB at the rec, police home visits x2",
            "- found w/ lock knife at the skate park 27/09, arrested",
            "- YOS Turnaround referral",
        ], ["CRIME"], []),
        ("C", "blue", [
            "* Reece still pushes it at home, dad + Chantelle sticking to the consequences chart",
            "* no suspensions since Jan",
            "* paper round Sat mornings",
        ], ["REL-PAR"], [
            ("historical", "EDU-EXC", "no suspensions since January"),
        ]),
        ("C", "yellow", [
            "- Turnaround wk 10 of 12, Reece turning up",
            "- no police contact since Dec",
        ], ["CRIME"], [
            ("convention", "CRIME", "ongoing youth justice prevention work codes its area (conv 4/7) despite no new police contact"),
        ]),
    ]),
    # ------------------------------------------------------------------
    ("Z210", "Brindlemere", "2025-06-16", "2025-12-01", [
        ("A", "red", [
            "- strategy mtg 10/06 after Harvey (6) told teacher Paul hits mum",
            "- Paul controls the money + Stacey's phone, stops her seeing family",
            "- DVPO 12/06, Paul staying at his mum's",
            "- s47 ongoing",
        ], ["DA"], [
            ("convention", "FIN", "control of money is part of the abuse (coercive control), not a money problem"),
        ]),
        ("C", "orange", [
            "- CIN plan closed Nov",
            "- Paul convicted of ABH on Stacey, in HMP",
            "- Stacey: IDVA ongoing, non-mol order in place",
            "- anxious going out, GP referred her to Talking Therapies",
        ], ["DA", "MH-ADULT"], [
            ("convention", "CRIME", "ex-partner's conviction for assault on the victim is DA only (conv 7)"),
        ]),
    ]),
    # ------------------------------------------------------------------
    ("Z211", "Coldharbour", "2025-08-11", "2026-01-26", [
        ("A", "yellow", [
            "- nan Brenda kinship carer (SGO) for both, 71, arthritis, struggles w/ stairs",
            "- Tia Yr11 att 54%, panicky at the school gate, says she can't breathe",
            "- school offering part-time timetable",
        ], ["PH", "EDU-ATT", "MH-CHILD"], [
            ("lookalike", "CARER", "'kinship carer' is the grandmother, not a child who cares (conv 12)"),
        ]),
        ("A", "orange", [
            "- Tia missing x3 since June, once found w/ a 19yo male in Harbourmouth",
            "- police CSE concerns, strategy discussion: s47 threshold not met",
            "- Tia swore at + pushed Brenda when stopped from going out",
        ], ["SAFE-EXP", "REL-PAR"], [
            ("convention", "CRIME", "police finding a missing child is safeguarding (conv 7)"),
            ("convention", "DA", "a child pushing her carer is REL-PAR, not DA (conv 8)"),
        ]),
        ("C", "green", [
            "- Tia on part-time timetable till Feb half term, building up",
            "- GP reviewing Brenda's meds, OT fitted 2nd stair rail",
        ], ["EDU-ATT", "PH"], []),
        ("C", "yellow", [
            "- Tia: no missing episodes since Oct, still sees Lantern Project (exploitation) worker weekly",
            "- Jordan (9) sorts nan's tablets + carries the shopping, YC assessment booked",
        ], ["SAFE-EXP", "CARER"], [
            ("convention", "SAFE-EXP", "ongoing exploitation service codes its area (conv 4)"),
        ]),
    ]),
    # ------------------------------------------------------------------
    ("Z212", "Saltings Vale", "2025-09-01", "2026-02-09", [
        ("A", "blue", [
            "- good support from church + Becca's sister",
            "- Becca's mum had breast cancer last yr, in remission",
            "- Becca paying \u00a325/mth off catalogue debt, uses budgeting app",
        ], ["FIN"], [
            ("outside", "PH", "grandmother lives elsewhere and her illness is in remission"),
            ("convention", "FIN", "blue box: paying off a debt counts as present (conv 3)"),
        ]),
        ("A", "green", [
            "- Freya (4) due to start Reception next wk, nursery say not toilet trained, school readiness concerns",
            "- Noah (2): 2yr check w/ HV all fine",
        ], ["EYD"], []),
        ("A", "yellow", [
            "- Tom made redundant June, looking for work, JCP work coach",
            "- UC claim took 7 wks, council tax arrears \u00a3640",
            "- landlord fine for now, would only think about notice if rent falls behind",
            "* EHW: budgeting + Citizens Advice referral",
        ], ["FIN"], [
            ("hypothetical", "HOUS", "notice only 'if rent falls behind'"),
        ]),
        ("C", "blue", [
            "- Tom started warehouse job Nov, shifts",
            "- council tax arrears cleared Dec",
            "- Freya dry in the day, settled in Reception",
        ], [], [
            ("lookalike", "FIN", "working shifts is not FIN (conv 5)"),
            ("historical", "FIN", "arrears cleared"),
            ("historical", "EYD", "toileting now achieved"),
        ]),
    ]),
    # ------------------------------------------------------------------
    ("Z213", "Ashcombe", "2025-05-12", "2025-10-27", [
        ("A", "orange", [
            "- Kerry on methadone script via Compass, tox shows heroin on top",
            "- Callum (11) does the washing, gets Skye (8) ready for school, says he 'looks after mum'",
            "- Callum late 23 times this term",
        ], ["SUB", "CARER", "EDU-ATT"], []),
        ("A", "red", [
            "- CP plan (neglect) since April",
            "- v little food in the house on visits, kids having crisps for tea",
            "- no gas 2 wks, prepay meter not topped up",
        ], ["SAFE-NEG", "FIN"], [
            ("convention", "FIN", "no food in the house is SAFE-NEG; fuel poverty is FIN; both described (conv 10)"),
        ]),
        ("C", "orange", [
            "- Kerry: tox clear x3, still on reducing script",
            "- Callum goes to Young Carers Tues, still does a lot at home",
            "- school confirm Callum on time every day since Sept",
            "- CP -> CIN Sept",
        ], ["SUB", "CARER"], [
            ("historical", "EDU-ATT", "lateness over since September"),
            ("convention", "SUB", "ongoing methadone script codes SUB even with clear tox (conv 4)"),
        ]),
    ]),
    # ------------------------------------------------------------------
    ("Z214", "Brindlemere", "2025-07-21", "2025-12-08", [
        ("A", "green", [
            "- Arjun (7) T1 diabetes, pump since May, school nurse trained staff",
            "- missed 2 dental appts this yr",
        ], ["PH"], []),
        ("A", "yellow", [
            "- Sunil + Priya arguing most evenings since his dad died in March",
            "- both say never physical, Priya feels safe",
            "- Maya (13) says the rows make her feel low, school counsellor seeing her",
            "* RPC programme referral for parents",
        ], ["REL-CONF", "MH-CHILD"], [
            ("negated", "DA", "'never physical', feels safe: arguments are REL-CONF (conv 8)"),
        ]),
        ("C", "green", [
            "- parents finished RPC course Oct, say the arguing has stopped",
            "- Maya still sees school counsellor fortnightly",
            "- Arjun doing his own carb counting, TA checks",
        ], ["MH-CHILD", "PH"], [
            ("historical", "REL-CONF", "arguing has stopped"),
            ("convention", "PH", "green box: managing his own diabetes counts as present (conv 3)"),
        ]),
    ]),
    # ------------------------------------------------------------------
    ("Z215", "Coldharbour", "2025-11-03", "2026-03-30", [
        ("A", "yellow", [
            "- Ollie (14mths) not seen by HV since 6-8wk check, imms not up to date",
            "- not crawling or pulling to stand",
            "- in a soaked nappy w/ sore bottom on visit",
        ], ["PH", "EYD", "SAFE-NEG"], []),
        ("A", "orange", [
            "- Dani + Ollie sofa surfing at a friend's, told to leave by Fri",
            "- homeless app made to Coldharbour DC, TA offered out of area",
            "- Ollie's dad in prison (robbery), no contact",
        ], ["HOUS"], [
            ("outside", "CRIME", "father is in prison and not part of the household (conv 6)"),
        ]),
        ("C", "yellow", [
            "- Dani + Ollie in council TA flat since Dec, bidding for a tenancy",
            "- Ollie's imms caught up, walking, HV happy",
            "- Dani would go to Citizens Advice if HB shortfall builds up",
        ], ["HOUS"], [
            ("met", "PH", "immunisations caught up"),
            ("historical", "EYD", "now walking, HV happy"),
            ("hypothetical", "FIN", "'if HB shortfall builds up'"),
        ]),
    ]),
    # ------------------------------------------------------------------
    ("Z216", "Saltings Vale", "2025-06-23", "2025-12-22", [
        ("A", "yellow", [
            "- Mark drinking 4-5 pints most nights + spirits at wknds",
            "- says he's cutting down himself, declined Compass",
            "- Sarah says he's not aggressive in drink, she'd leave if he ever was",
        ], ["SUB"], [
            ("negated", "DA", "'not aggressive in drink'"),
            ("hypothetical", "DA", "'she'd leave if he ever was'"),
        ]),
        ("A", "orange", [
            "- Ben (17) arrested 02/06 possession w/ intent to supply (cannabis), charged",
            "- YOS referral order 6 mths",
            "- Ben denies using himself, parents believe him",
        ], ["CRIME"], [
            ("negated", "SUB", "denies using"),
        ]),
        ("C", "green", [
            "- Holly (12) seeing paeds dietitian re weight, weight stable",
            "- Ben: referral order finished Dec, still at college",
        ], ["PH"], [
            ("historical", "CRIME", "referral order finished"),
        ]),
        ("C", "yellow", [
            "- Mark now drinking wknds only, sees Compass worker monthly",
        ], ["SUB"], []),
    ]),
    # ------------------------------------------------------------------
    ("Z217", "Ashcombe", "2025-04-07", "2025-08-18", [
        ("A", "yellow", [
            "School:",
            "- Kai (9) bullied by Yr5 boys, name calling, pushed in the toilets",
            "- refusing to go in Mon + Tue, att 86%",
            "- on school counsellor waitlist",
            "Home:",
            "- ok, mum supportive",
        ], ["SAFE-EXP", "EDU-ATT", "MH-CHILD"], [
            ("convention", "SAFE-EXP", "peers are outside the household but bullying of the child is his need (SAFE-EXP)"),
        ]),
        ("C", "blue", [
            "- Kai moved class after half term, no bullying since June",
            "- Gemma has a WhatsApp w/ class teacher",
            "- Kai at Cubs Thurs",
        ], [], [
            ("historical", "SAFE-EXP", "no bullying since June"),
        ]),
    ]),
    # ------------------------------------------------------------------
    ("Z218", "Brindlemere", "2025-10-20", "2026-03-09", [
        ("A", "green", [
            "- Ella (4) nursery 30 hrs, keyworker says settled, no concerns",
            "- Steve: on antidepressants 2 yrs via GP, says low every winter",
        ], ["MH-ADULT"], [
            ("negated", "EYD", "nursery: 'no concerns'"),
        ]),
        ("A", "yellow", [
            "- Jack (16) dropped out of sixth form Oct, not working",
            "- says he wants an apprenticeship, no applications yet",
        ], ["EDU-NEET"], [
            ("convention", "FIN", "16+ NEET is EDU-NEET only (conv 11)"),
        ]),
        ("A", "orange", [
            "- Steve betting online, approx \u00a36k on credit cards, bailiff letters",
            "- 2 mths behind w/ rent, landlord served s21 Oct",
            "- has self-excluded from 2 betting sites",
        ], ["FIN", "HOUS"], [
            ("convention", "SUB", "gambling debts are FIN, not SUB (conv 10)"),
            ("lookalike", "EDU-EXC", "'self-excluded' from gambling sites"),
        ]),
        ("C", "blue", [
            "- Steve uses a gambling-block app, StepChange plan \u00a360/mth",
            "- Steve's brother holds his bank card",
        ], ["FIN"], []),
        ("C", "green", [
            "- Jack started mechanics apprenticeship Jan",
            "- Steve GP review Feb, mood better, staying on meds",
        ], ["MH-ADULT"], [
            ("met", "EDU-NEET", "now in an apprenticeship"),
        ]),
    ]),
    # ------------------------------------------------------------------
    ("Z219", "Coldharbour", "2025-07-14", None, [
        ("A", "green", [
            "- Finn (6) on ASD pathway, SENCO put SEN support plan in",
            "- Evie (3) speech delay, HV referred to SALT",
        ], ["EDU-SEND", "EYD"], []),
        ("A", "yellow", [
            "Home:",
            "- Finn's meltdowns daily, hits Evie + mum when screen taken away",
            "- Laura says she's 'at the end of her rope' but not depressed",
            "- partner works away Mon-Fri",
            "* EHW referral: ASD parenting course",
        ], ["REL-PAR"], [
            ("negated", "MH-ADULT", "'not depressed'"),
            ("lookalike", "REL-CONF", "partner working away is not a relationship problem"),
            ("convention", "DA", "child hitting parent is REL-PAR, not DA (conv 8)"),
        ]),
    ]),
    # ------------------------------------------------------------------
    ("Z220", "Saltings Vale", "2025-08-04", "2026-01-12", [
        ("A", "orange", [
            "- Chloe bipolar, stopped meds, detained s2 in July",
            "- Amber (14) looking after Leo while mum in hospital",
            "- CMHT care coordinator allocated",
        ], ["MH-ADULT", "CARER"], []),
        ("A", "red", [
            "- Leo (10) left alone overnight x2 while Chloe unwell, no food in",
            "- both children s20 w/ maternal aunt during admission",
            "- s47 -> ICPC 18/08, CP plan neglect",
        ], ["SAFE-NEG"], []),
        ("C", "red", [
            "- CP plan continues, RCPC Dec",
            "- Chloe home, depot injection, CMHT weekly",
            "- Leo: school say underweight, often no packed lunch",
        ], ["MH-ADULT", "PH", "SAFE-NEG"], []),
        ("C", "orange", [
            "- Amber still doing a lot for Leo + mum, YC referral made",
            "- Amber missed 11 days autumn term",
        ], ["CARER", "EDU-ATT"], []),
    ]),
    # ------------------------------------------------------------------
    ("Z221", "Ashcombe", "2025-09-22", "2026-02-16", [
        ("A", "yellow", [
            "School:",
            "- Riley (12) ADHD dx Jan (paeds)",
            "- 2 suspensions this term, throwing chairs",
            "- school applied for EHC needs assessment",
        ], ["EDU-SEND", "EDU-EXC"], []),
        ("A", "orange", [
            "Home:",
            "- Riley kicks + punches mum when told no, bruises on her arms",
            "- neighbours called police x2, officers spoke to Riley",
        ], ["REL-PAR", "CRIME"], [
            ("convention", "DA", "child-to-parent violence is REL-PAR (+CRIME with police), not DA (conv 8)"),
        ]),
        ("C", "green", [
            "- EHCP issued Jan, Riley in the specialist base",
            "- no police call-outs since Nov, mum using NVR, incidents weekly not daily",
        ], ["EDU-SEND", "REL-PAR"], [
            ("historical", "CRIME", "no police call-outs since Nov"),
        ]),
    ]),
    # ------------------------------------------------------------------
    ("Z222", "Brindlemere", "2025-11-17", "2026-03-23", [
        ("A", "blue", [
            "- on Healthy Start vouchers, money tight but managing",
            "- Rachel + Sam bicker about money, sort it out between them",
            "- Stay & Play twice a wk",
        ], ["FIN", "REL-CONF"], [
            ("convention", "FIN", "vouchers are FIN (conv 10); managing counts in blue (conv 3)"),
        ]),
        ("A", "green", [
            "- twins 2yr review: Jude no words yet, Isla fine",
            "- Jude: glue ear, GP referred to ENT",
        ], ["EYD", "PH"], []),
        ("C", "blue", [
            "- Jude had grommets Feb, babbling more",
            "- Rachel using speech activity cards at home daily",
        ], ["EYD"], [
            ("historical", "PH", "grommets done, no ongoing health need stated"),
        ]),
    ]),
    # ------------------------------------------------------------------
    ("Z223", "Coldharbour", "2025-06-09", "2025-11-17", [
        ("A", "yellow", [
            "- Connor (17) left college at Easter, not in EET",
            "- Michelle not working, on UC, behind on water + energy",
            "- Grace (10): no concerns",
        ], ["EDU-NEET", "FIN"], [
            ("convention", "FIN", "FIN is for mum's worklessness and arrears, not Connor's NEET (conv 11)"),
        ]),
        ("A", "orange", [
            "- Connor stopped by police 28/05 w/ 12 wraps + \u00a3400 cash, phone full of 'line' msgs",
            "- NRM referral (CCE), YOS assessment",
        ], ["SAFE-EXP", "CRIME"], [
            ("convention", "SUB", "drugs found on an exploited young person are SAFE-EXP + CRIME, not SUB (conv 12)"),
        ]),
        ("C", "yellow", [
            "- Connor: YOS support ongoing, no arrests since May",
            "- started full-time Level 2 at Coldharbour College Sept",
            "- Michelle on water + energy payment plans, CAB helping",
        ], ["CRIME", "FIN"], [
            ("met", "EDU-NEET", "now in full-time college"),
        ]),
    ]),
    # ------------------------------------------------------------------
    ("Z224", "Saltings Vale", "2025-10-13", "2026-03-02", [
        ("A", "green", [
            "- Adrian: MS, wheelchair user, neuro team at Saltings General",
            "- Lucy gets Carer's Allowance + works part time",
            "- Sophie (11) Yr7, settled; HoY to keep an eye on att should things change at home",
        ], ["PH"], [
            ("lookalike", "CARER", "Carer's Allowance / adult carer is not a young carer (conv 5, 12)"),
            ("lookalike", "FIN", "benefit named, no money problem (conv 5)"),
            ("hypothetical", "EDU-ATT", "'should things change at home'"),
        ]),
        ("A", "yellow", [
            "- Sophie helps dad w/ transfers + meds when mum at work",
            "- keeps phone on in lessons in case dad rings",
            "* YC assessment requested",
        ], ["CARER"], []),
        ("C", "green", [
            "- Sophie at YC club monthly, school gave her a pass to call dad at break",
        ], ["CARER"], []),
    ]),
    # ------------------------------------------------------------------
    ("Z225", "Ashcombe", "2025-12-01", "2026-03-26", [
        ("A", "orange", [
            "- Josh pushed Kayleigh while she was holding Rosie, police attended 24/11",
            "- DASH medium, IDVA referral",
            "- Josh smokes cannabis daily in the flat",
        ], ["DA", "SUB"], []),
        ("A", "red", [
            "- Rosie on CP plan from birth, category emotional harm (DA)",
            "- Kayleigh (19) care leaver, PA involved",
            "- 1-bed HA flat, damp + mould in the bedroom",
        ], ["DA", "HOUS"], [
            ("lookalike", "CARER", "'care leaver' is not a young carer"),
        ]),
        ("C", "orange", [
            "- Josh moved out Feb, bail conds no contact",
            "- Kayleigh doing Freedom Programme, wk 5",
            "- HA treated damp Jan, no mould since",
        ], ["DA"], [
            ("met", "HOUS", "damp treated, no mould since"),
            ("convention", "CRIME", "bail for the assault on the partner is DA only (conv 7)"),
        ]),
    ]),
    # ------------------------------------------------------------------
    ("Z226", "Brindlemere", "2025-05-27", "2025-10-06", [
        ("A", "green", [
            "- Ava (8): GP says tummy aches likely anxiety, ELSA weekly at school",
            "- Theo (5) Reception att 91%, lots of coughs + colds",
        ], ["MH-CHILD", "EDU-ATT", "PH"], []),
        ("A", "yellow", [
            "- Hannah anxious, panic attacks in shops, can't do school run",
            "- Hannah + Rob arguing over who does the school run",
            "- EHW + Talking Therapies referral",
        ], ["MH-ADULT", "REL-CONF"], []),
        ("C", "blue", [
            "- Hannah uses a breathing app, does the school run most days",
            "- Ava uses a worry box at home, talks to mum at bedtime",
        ], ["MH-ADULT", "MH-CHILD"], [
            ("convention", "MH-CHILD", "blue box: coping strategies for worries count as now managing (conv 3)"),
        ]),
    ]),
    # ------------------------------------------------------------------
    ("Z227", "Coldharbour", "2025-09-08", "2026-02-02", [
        ("A", "yellow", [
            "- Jade (16) at college but missing lots, tutor says at risk of dropping out",
            "- Jade feels low most days, GP appt booked",
            "- Kyle (14): 1 day suspension Sept (vaping in toilets), otherwise ok",
        ], ["EDU-NEET", "MH-CHILD", "EDU-EXC"], [
            ("lookalike", "SUB", "vaping is not SUB (conv 12)"),
        ]),
        ("A", "orange", [
            "- s8 notice served (rent arrears \u00a32,100), possession hearing Oct",
            "- neighbours' sons dealing from next door, police calls re them",
        ], ["HOUS", "FIN"], [
            ("outside", "CRIME", "neighbours' offending, not a household member (conv 6)"),
        ]),
        ("C", "yellow", [
            "- moved to HA tenancy Dec, old landlord debt \u00a32k, CAB helping",
            "- Jade settled at college, on waitlist for youth counselling, still low",
            "- Kyle: no further suspensions",
        ], ["FIN", "MH-CHILD"], [
            ("met", "HOUS", "now in a secure HA tenancy"),
            ("historical", "EDU-EXC", "no further suspensions"),
        ]),
    ]),
]

# ---------------------------------------------------------------------------
# Unboxed notes: (id, stage, date, locality, gold level from the level-cue
# convention, text lines, gold codes, traps).
# ---------------------------------------------------------------------------
UNBOXED = [
    ("ZN01", "assessment", "2025-08-26", "Ashcombe", "orange", [
        "Phone call w/ mum (Kirsty):",
        "- Ethan (10) refusing school since June, att 62%",
        "- GP letter: anxiety, CAMHS referral made, awaiting triage",
        "- Kirsty off work to be home w/ him, SSP only, behind on council tax",
    ], ["EDU-ATT", "MH-CHILD", "FIN"], [
        ("convention", "level", "highest cue is CAMHS -> orange (GP is only green)"),
    ]),
    ("ZN02", "assessment", "2025-10-09", "Brindlemere", "green", [
        "HV visit:",
        "- Noor (9mths) sitting, babbling, weight on track",
        "- mum Fatima: PND, on sertraline via GP, says improving",
        "- no DA disclosed when seen alone",
    ], ["MH-ADULT"], [
        ("negated", "DA", "'no DA disclosed'"),
        ("negated", "EYD", "development on track: good news only"),
        ("convention", "level", "HV + GP only -> green"),
    ]),
    ("ZN03", "assessment", "2025-12-04", "Coldharbour", "red", [
        "Strategy discussion:",
        "- Logan (13) missing 3 nights, located by police in a Harbourmouth flat w/ adults",
        "- county lines indicators, 2nd phone",
        "- s47 agreed",
        "- mum (Lisa) drinking heavily since, says she's 'blotting it out'",
    ], ["SAFE-EXP", "SUB"], [
        ("convention", "CRIME", "police locating a missing child is safeguarding (conv 7)"),
        ("convention", "level", "strategy discussion / s47 -> red"),
    ]),
    ("ZN04", "assessment", "2026-01-15", "Saltings Vale", "blue", [
        "Call from dad (Marcus):",
        "\u2022 asked re help w/ food till payday, signposted to Saltings food bank + Household Support Fund, will apply himself",
        "\u2022 kids at school, no school concerns",
    ], ["FIN"], [
        ("negated", "EDU-ATT", "'no school concerns'"),
        ("convention", "level", "signposting the family acts on itself -> blue"),
    ]),
    ("ZN05", "closure", "2026-02-05", "Ashcombe", "yellow", [
        "EHW home visit:",
        "- Maddie (15) young carer for mum (COPD, on home oxygen), referred Downland Young Carers",
        "- mum's PIP review due, not worried about it",
        "- Maddie att 97%",
    ], ["CARER", "PH"], [
        ("lookalike", "FIN", "PIP review with no problem described (conv 5)"),
        ("negated", "EDU-ATT", "97%: good news only"),
        ("convention", "level", "EHW + young carers service -> yellow"),
    ]),
    ("ZN06", "assessment", "2025-07-31", "Brindlemere", "orange", [
        "TAF review:",
        "- Harrison (8) managed move to Oakfield Primary agreed after 2 suspensions",
        "- parents separated 2021, contact w/ dad every other wknd, no issues",
        "- mum Carly's new partner moved in June, on licence (burglary)",
    ], ["EDU-EXC", "CRIME"], [
        ("historical", "REL-CONF", "separation in 2021, no current conflict"),
        ("convention", "CRIME", "household adult on licence is CRIME (conv 7)"),
        ("convention", "level", "TAF + managed move -> orange"),
    ]),
]

NARR_HEADER = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
GOLD_HEADER = ["narrative_id", "code", "level"]


def build():
    narr_rows, gold_rows, traps = [], [], {}
    for case_id, loc, a_date, c_date, boxes in CASES:
        for stage_letter, level, lines, codes, trap_list in boxes:
            stage = "assessment" if stage_letter == "A" else "closure"
            date = a_date if stage_letter == "A" else c_date
            assert date, (case_id, stage_letter)
            triage_id = "%s-%s" % (case_id, stage_letter)
            nid = "%s-%s" % (triage_id, level)
            narr_rows.append([nid, triage_id, case_id, stage, date, level, loc, "\n".join(lines)])
            for code in codes:
                gold_rows.append([nid, code, level])
            traps[nid] = {
                "gold": list(codes),
                "traps": [{"kind": k, "code": c, "note": n} for k, c, n in trap_list],
            }
    for nid, stage, date, loc, level, lines, codes, trap_list in UNBOXED:
        narr_rows.append([nid, nid, nid, stage, date, "", loc, "\n".join(lines)])
        for code in codes:
            gold_rows.append([nid, code, level])
        traps[nid] = {
            "gold": list(codes),
            "gold_level": level,
            "traps": [{"kind": k, "code": c, "note": n} for k, c, n in trap_list],
        }

    def write(name, header, rows):
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
            w.writerow(header)
            w.writerows(rows)

    write("narratives.csv", NARR_HEADER, narr_rows)
    write("gold.csv", GOLD_HEADER, gold_rows)
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(traps, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print("narratives: %d, gold rows: %d" % (len(narr_rows), len(gold_rows)))


if __name__ == "__main__":
    build()
