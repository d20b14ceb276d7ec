#!/usr/bin/env python3
"""Blind gold set W: early-help triage narratives written as multi-agency meeting minutes.

Every narrative, its gold codes and its trap notes are written here by hand.
Running this script writes narratives.csv, gold.csv, traps.json and README.md.
Standard library only.
"""
import csv
import json
import os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))

# Trap types used in the notes:
#   negated      - the area is mentioned but denied / "no concerns" / "N/A"
#   historical   - the area is mentioned only as past and ended
#   met          - a need reported at closure as now resolved (a kind of historical)
#   hypothetical - only an "if ... then" / "should ..." / "at risk only if"
#   outside      - the issue belongs to someone outside the household
#   lookalike    - a word that resembles a code's vocabulary but is not that need
#   rule         - a convention trap: the code IS (or is NOT) assigned because of a
#                  numbered convention (managing in a blue/green box, DA vs CRIME,
#                  drugs on an exploited child, benefits alone, parent carer ...)
# Each trap: (type, code the trap is about, note).

# A case: (case_id, locality, assessment date, closure date, boxes)
# A box: (stage 'A'/'C', level, narrative, [gold codes], [traps])

CASES = [
 ("W001", "Ashcombe", "2025-01-14", "2025-06-19", [
  ("A", "green",
   "TAF 1. School (Ashcombe Park Primary): Mia (7) attendance 88% this half term, mostly Mondays missed. "
   "DSL: no safeguarding concerns in school. SN has seen Mia re bedwetting, advice given, GP appt booked w/c 20/1.",
   ["EDU-ATT", "PH"],
   [("negated", "SAFE-NEG", "'no safeguarding concerns' is a negation, codes nothing"),
    ("rule", "PH", "bedwetting at school age is PH (conv 9), not EYD")]),
  ("A", "yellow",
   "FSW reported Mum (Sarah) struggling with bedtimes - Mia and Leo (4) up past 10pm, kicking off when the tablets are taken away. "
   "Sarah starts the Tuesday parenting group at the family hub w/c 27/1. Sarah said money is tight since her hours were cut, "
   "£300 behind on gas. Actions: FSW to refer to Citizens Advice; if arrears not reduced by next TAF, apply to hardship fund.",
   ["REL-PAR", "FIN"],
   [("hypothetical", "FIN", "hardship-fund action is conditional, but the gas arrears are present anyway")]),
  ("C", "blue",
   "Closure TAF. Mum said the bedtime routine is holding, both in bed by 8 most nights, and she runs the reward chart herself. "
   "Paying £25 a month to the gas supplier on the plan CA set up.",
   ["REL-PAR", "FIN"],
   [("rule", "FIN", "paying off arrears in a blue box = now managing = present (conv 3)"),
    ("rule", "REL-PAR", "routine the parent now runs herself = managing, present in blue")]),
  ("C", "green",
   "School: Mia's attendance 96% since Feb half term, taken off the attendance watch list. "
   "SN: bedwetting stopped in March, no f/u needed. GP: N/A.",
   [],
   [("met", "EDU-ATT", "attendance problem described as over (off the watch list)"),
    ("met", "PH", "bedwetting 'stopped in March' is historical"),
    ("negated", "PH", "'GP: N/A'")]),
 ]),

 ("W002", "Fernley", "2025-02-03", "2025-07-10", [
  ("A", "orange",
   "TAF initial mtg. DSL (Fernley Academy): Callum (14) 2 suspensions this term for fighting, on report, at risk of further exclusion. "
   "CAMHS: assessed 28/1 for low mood and cutting, on waiting list for 1:1. Police: no call-outs to the address; PCSO knows Callum "
   "from the skate park, no offending. SENCO: no SEN, reading on track; attendance 94%, not a concern for school. Callum came in for the first 10 mins and said he wants to stay at Fernley. Actions: school to hold PSP mtg w/c 10/2; CAMHS to share risk assessment; if another suspension, managed move panel.",
   ["EDU-EXC", "MH-CHILD"],
   [("negated", "CRIME", "police report no call-outs and no offending"),
    ("negated", "EDU-SEND", "'no SEN'"),
    ("hypothetical", "EDU-EXC", "managed move only if another suspension (EDU-EXC present anyway from suspensions)")]),
  ("A", "yellow",
   "Mum (Donna) said Callum swears at her and punches doors when told to come off the Xbox; she has stopped setting rules as "
   "'it's not worth the row'. Nan used to have him at weekends but not since her stroke (she lives in Carlisle). "
   "Donna is on antidepressants from the GP and says her mood is OK at the moment. FSW to start Who's in Charge?",
   ["REL-PAR", "MH-ADULT"],
   [("outside", "PH", "Nan's stroke - Nan lives elsewhere"),
    ("rule", "MH-ADULT", "ongoing antidepressant treatment codes MH-ADULT even though mood 'OK' (conv 4)"),
    ("lookalike", "REL-CONF", "'not worth the row' is parent-child, REL-PAR not REL-CONF")]),
  ("C", "yellow",
   "CAMHS: Callum finished 8 sessions, discharged to GP in May, no self-harm since Feb. School: no suspensions since March, PSP ended. "
   "Mum said rows over gaming still happen most evenings; agreed step-down from FSW to the hub's parenting drop-in.",
   ["REL-PAR"],
   [("met", "MH-CHILD", "discharged from CAMHS, no self-harm since Feb"),
    ("met", "EDU-EXC", "no suspensions since March, PSP ended"),
    ("lookalike", "FIN", "'gaming' is not gambling")]),
 ]),

 ("W003", "Kingsmoor", "2025-03-10", "2025-09-02", [
  ("A", "orange",
   "Police reported 3 call-outs since Nov, latest 2/3 when ex-partner (Marcus) kicked the front door in; he was arrested and bailed "
   "not to contact Mum (Grace). DASH high, MARAC 18/3, IDVA allocated. Housing officer: door frame and front window still boarded, "
   "repair requested; Grace has applied for a management move on safety grounds. Action: if Marcus breaches bail, 999. "
   "Police added that Marcus is also under investigation for drug supply - separate matter, he has not lived with Grace since Oct. "
   "Grace's mum (same estate) calls in daily.",
   ["DA", "HOUS"],
   [("rule", "CRIME", "ex-partner's arrest for the DV is DA only (conv 7)"),
    ("hypothetical", "DA", "bail-breach action is conditional; DA present anyway"),
    ("outside", "CRIME", "ex-partner's drug-supply investigation - not in household (conv 6)"),
    ("outside", "SUB", "'drug supply' by someone outside the household")]),
  ("A", "green",
   "HV: Amara (2y 3m) not using any words yet, points to ask; SALT referral made, awaiting appt. Baby Tobi (5 months) started weaning, "
   "weight on 25th centile, no concerns. Amara has a funded 2-yr place at Little Acorns but Grace hasn't taken it up.",
   ["EYD"],
   []),
  ("C", "blue",
   "Grace keeps her safety plan on her phone and knows to ring 999 if Marcus comes near; the non-mol order runs to Dec. "
   "Her sister stays over most weekends.",
   ["DA"],
   [("rule", "DA", "safety plan and live non-mol order = managing in a blue box, present")]),
  ("C", "orange",
   "Housing: Grace and the children moved 12/5 to a 2-bed flat at Linden Court on a secure tenancy. Police: no call-outs since March. "
   "MARAC closed the case in June.",
   [],
   [("met", "HOUS", "rehoused on a secure tenancy - need met"),
    ("met", "DA", "no call-outs since March, MARAC closed")]),
 ]),

 ("W004", "Saltburgh", "2025-04-01", "2025-10-14", [
  ("A", "green",
   "GP: Dad (Paul) has MS, mobility getting worse, uses a wheelchair outside; OT assessment pending. SN: Ellie (12) tired in class, "
   "told the nurse she does the shopping and sorts Dad's tablets before school.",
   ["PH", "CARER"],
   []),
  ("A", "yellow",
   "Ellie referred to Saltburgh Young Carers, first session w/c 7/4. FSW: household on UC and PIP; Dad's PIP was cut at review in Feb "
   "and they are £600 behind on rent, DHP applied for. School: Ellie's attendance 97%, no concerns.",
   ["CARER", "FIN"],
   [("rule", "FIN", "benefit names code FIN here only because a cut and rent arrears are described (conv 5)"),
    ("negated", "EDU-ATT", "good attendance, no need stated")]),
  ("C", "blue",
   "Ellie goes to the young carers' club every other Tuesday and has Saturdays at her aunt's for a break. "
   "Paul said the rent arrears were cleared in July after the DHP came through and the PIP appeal was won.",
   ["CARER"],
   [("met", "FIN", "arrears 'cleared in July' - historical"),
    ("rule", "CARER", "young carer managing with club and respite, present in blue")]),
 ]),

 ("W005", "Ashcombe", "2025-02-10", "2025-10-06", [
  ("A", "orange",
   "YOS: Jordan (16) on a 9-month referral order for shop theft (Dec). Police: stopped in Jan in the town centre with a small amount "
   "of cannabis for personal use, community resolution. Jordan told YOS he smokes weed most days 'to chill'. YOS exploitation screen: "
   "no indicators at present, to be repeated if he goes missing. Action: refer to Compass (young people's drug service).",
   ["CRIME", "SUB"],
   [("negated", "SAFE-EXP", "exploitation screen found no indicators"),
    ("hypothetical", "SAFE-EXP", "re-screen only if he goes missing")]),
  ("A", "yellow",
   "Next Steps adviser: Jordan left Ashcombe College in Nov after 6 weeks and is doing nothing in the day. Mtg booked 12/2 re traineeships. "
   "Mum (Tanya) works full time at the hospital, no money worries.",
   ["EDU-NEET"],
   [("negated", "FIN", "'no money worries'"),
    ("rule", "FIN", "NEET young person is EDU-NEET only (conv 11)")]),
  ("C", "yellow",
   "YOS: referral order completed in Sept, no further offending. Compass: Jordan still attending fortnightly, says he only smokes at "
   "weekends now. Next Steps: Jordan started a construction traineeship in Aug, 4 days a week, attending well.",
   ["SUB"],
   [("met", "CRIME", "order completed, no further offending"),
    ("met", "EDU-NEET", "now on a traineeship")]),
 ]),

 ("W006", "Fernley", "2025-01-20", "2025-08-11", [
  ("A", "red",
   "Strategy mtg 6/1, s47 completed; ICPC 20/1 - Kayden (6), Lacey (4) and Rio (1) on CP plans, category neglect. SW: home conditions "
   "very poor, dog mess on the floors, no food in the cupboards at 2 of 3 visits. Rio has bad nappy rash and missed his 8- and 12-week "
   "immunisations. Chantelle's brother (lives in Leeds) has offered to help with a deep clean. School: no marks or bruising seen on Kayden. "
   "Actions: SW weekly unannounced visits; core group 3/2; HV to catch up Rio's jabs.",
   ["SAFE-NEG", "PH"],
   []),
  ("A", "orange",
   "Dad (Lee) told SW he drinks 6-8 cans a night; Mum (Chantelle) said they argue about his drinking but he has never hit her, and police "
   "have no DA call-outs recorded. Lee referred to Fernley Drug & Alcohol Service. £1,400 council tax arrears, bailiff letter received.",
   ["SUB", "REL-CONF", "FIN"],
   [("negated", "DA", "'never hit her', no DA call-outs - arguments are REL-CONF (conv 8)")]),
  ("A", "yellow",
   "Nursery: Lacey attends 2 of her 5 funded sessions, often in the same clothes, speech unclear for her age. "
   "School: Kayden attendance 79%, late most days.",
   ["EYD", "SAFE-NEG", "EDU-ATT"],
   []),
  ("C", "yellow",
   "RCPC 14/7: CP plans ended, stepped down to EH. FSW: house clean and fridge stocked at the last 5 unannounced visits. Lee still sees "
   "the D&A worker weekly, says he drinks at weekends only. School: Kayden 91%, still late about once a week; attendance officer meeting "
   "Mum monthly.",
   ["SUB", "EDU-ATT"],
   [("met", "SAFE-NEG", "house clean and food in at last 5 visits - need met")]),
 ]),

 ("W007", "Kingsmoor", "2025-05-12", "2025-12-01", [
  ("A", "green",
   "SENCO (Kingsmoor Juniors): Noah (8) on SEN support, reading age 6, school applying for an EHC needs assessment. "
   "Noah is on the ASD pathway, awaiting community paeds appt.",
   ["EDU-SEND"],
   []),
  ("A", "yellow",
   "School: Noah sent home at lunch 3 times this half term after meltdowns; now on a reduced timetable 9-1. Mum (Kirsty) gave up her "
   "bakery job to collect him; first UC payment is 5 weeks away and she is using the Kingsmoor food bank.",
   ["EDU-EXC", "EDU-ATT", "FIN"],
   []),
  ("C", "green",
   "EHCP issued 2/10, 1:1 TA in place. Paeds: ASD diagnosis given in Sept. SENCO: Noah back on full days since half term, "
   "no sending home.",
   ["EDU-SEND"],
   [("met", "EDU-ATT", "back on full days - reduced timetable over"),
    ("met", "EDU-EXC", "no sending home since")]),
 ]),

 ("W008", "Saltburgh", "2025-06-09", "2026-01-12", [
  ("A", "green",
   "HV: Freya (7 wks) feeding well and gaining weight. Mum (Hannah) EPDS 16; GP started antidepressants 2/6, "
   "HV doing fortnightly listening visits.",
   ["MH-ADULT"],
   [("negated", "EYD", "baby feeding well - good news, no need stated")]),
  ("A", "yellow",
   "Hannah and Dad (Ryan) separated in March, Ryan living at his mum's. Both said there is no violence, but handovers of Freya and "
   "Oscar (3) end in shouting matches. Referred to family mediation. Nursery: Oscar wetting again in the day since Dad left.",
   ["REL-CONF", "EYD"],
   [("negated", "DA", "'no violence' - shouting at handovers is REL-CONF"),
    ("rule", "EYD", "toileting of an under-5 is EYD (conv 9)")]),
  ("C", "blue",
   "Hannah and Ryan now use a co-parenting app to arrange contact and do handovers at Nan's - 'no drama'. "
   "Hannah goes to a new mums' walking group twice a week.",
   ["REL-CONF"],
   [("rule", "REL-CONF", "separated parents managing contact themselves = present in blue")]),
 ]),

 ("W009", "Ashcombe", "2025-02-11", "2025-09-22", [
  ("A", "red",
   "Strategy mtg 11/2 after Tyler (15) was found by BTP in Birmingham with £600 cash and wraps of crack; s47 under CCE. "
   "Tyler missing 4 times since Dec, NRM referral made. Police: arrested, released under investigation.",
   ["SAFE-EXP", "CRIME"],
   [("rule", "SUB", "drugs found on an exploited child are SAFE-EXP + CRIME, not SUB (conv 12)")]),
  ("A", "orange",
   "School (Ashcombe High): Tyler at risk of permanent exclusion after bringing a knife in; on a part-time timetable and at Westgate PRU "
   "3 days. Mum (Lorraine) thinks older son Dean (22, own flat) let his associates groom Tyler to run drugs; Dean is not part of this plan. "
   "YOS worker allocated. Police: Tyler's phone seized, intel still being gathered. Younger sister Chloe (9) settled at Ashcombe Park "
   "Primary, no concerns. Actions: YOS to visit weekly; reintegration mtg w/c 24/2; if he goes missing again, return home interview "
   "within 72 hrs.",
   ["EDU-EXC", "EDU-ATT", "CRIME", "SAFE-EXP"],
   [("outside", "CRIME", "Dean's own dealing - he lives in his own flat (Tyler's CRIME comes from YOS)"),
    ("outside", "SUB", "Dean not in household"),
    ("hypothetical", "SAFE-EXP", "RHI only if missing again; SAFE-EXP present anyway")]),
  ("C", "orange",
   "YOS: Tyler engaging weekly, 2 months of his youth conditional caution left. Police: no missing episodes since April and no intel "
   "linking him to the group now. Tyler living with Lorraine's sister in Fernley since May.",
   ["CRIME"],
   [("met", "SAFE-EXP", "no missing episodes since April, no current intel")]),
  ("C", "yellow",
   "School: Tyler back at Ashcombe High full time since June, attendance 94%, no exclusions. Lorraine said he is still low and tearful "
   "at night; GP has referred to CAMHS, FSW to chase.",
   ["MH-CHILD"],
   [("met", "EDU-ATT", "back full time, 94%"),
    ("negated", "EDU-EXC", "'no exclusions'")]),
 ]),

 ("W010", "Fernley", "2025-09-15", "2026-02-09", [
  ("A", "blue",
   "Mum (Priya) said Arjun (6) still wakes 3-4 times a night; she is trying sleep tips from a charity website and keeping a diary. "
   "Priya said they are fine for money, she just wanted to know about holiday clubs - given the HAF link.",
   ["PH"],
   [("negated", "FIN", "'fine for money' - holiday club info is not a money problem"),
    ("rule", "PH", "sleep problem at school age is PH (conv 9)")]),
  ("A", "green",
   "SN: Arjun seen at the sleep drop-in, diary reviewed, bedtime routine advice given. SENCO: no SEN, making expected progress. "
   "GP: Priya's BP check, no concerns.",
   ["PH"],
   [("negated", "EDU-SEND", "'no SEN'")]),
  ("C", "blue",
   "Priya said Arjun sleeps through most nights now with the new routine; they go back to the diary if he has a bad week.",
   ["PH"],
   [("rule", "PH", "still managing the sleep with the diary = present in blue (conv 3)")]),
 ]),

 ("W011", "Kingsmoor", "2025-03-10", "2025-09-08", [
  ("A", "orange",
   "Housing Options: family of 6 in a 2-bed private let, s21 notice served 3/3, expires 3/5. Landlord has not treated the mould in the "
   "back bedroom after 3 requests. Prevention duty opened. Landlord says he is selling; family have kept up the rent, no arrears. Action: if no offer by 3/5, "
   "placement in TA.",
   ["HOUS"],
   [("hypothetical", "HOUS", "TA only if no offer - HOUS present anyway from the notice and mould"),
    ("negated", "FIN", "'no arrears'")]),
  ("A", "yellow",
   "Dad (Imran) lost his job as a delivery driver in Feb when the firm went bust; UC claim made. Mum (Aisha) said they use the mosque "
   "food bank weekly. Interpreter (Urdu) used at mtg. Actions: FSW to refer to DWP work coach and Kingsmoor Money Advice.",
   ["FIN"],
   []),
  ("C", "yellow",
   "Family moved into a 4-bed housing association house 28/6, no damp. Imran started at the warehouse in Aug but is paid monthly, so they "
   "still need the food bank until his first wage in Sept; FSW to check in w/c 15/9. Sana (17) finished her course in June and has no "
   "job or place yet - FSW to refer to Next Steps.",
   ["FIN", "EDU-NEET"],
   [("met", "HOUS", "moved to a 4-bed, no damp - need met")]),
 ]),

 ("W012", "Saltburgh", "2025-04-14", "2025-11-03", [
  ("A", "orange",
   "IDVA: Mum (Leanne) disclosed coercive control by partner Craig (lives with the family) - checks her phone, stops her seeing friends. "
   "Police attended 2/4 after neighbours heard screaming; Craig arrested for assault, NFA. MARAC 9/4. Leanne starts the Freedom "
   "Programme 22/4. Police also hold 2 call-outs from 2023 at Leanne's old address involving a previous partner, no contact with him "
   "since. Ava (10) and Mason (7) were upstairs on 2/4. Actions: IDVA to complete safety plan; if Craig returns to the home, police to be told.",
   ["DA"],
   [("rule", "CRIME", "partner's arrest for assault on Mum is DA only (conv 7)"),
    ("outside", "CRIME", "neighbours only reported it"),
    ("historical", "DA", "2023 call-outs with a previous partner - ended; DA present anyway from Craig")]),
  ("A", "yellow",
   "Leanne said she drinks a bottle of wine most nights 'to cope'; GP referred her to Talking Therapies for anxiety. Craig denies any "
   "drug use. School: Ava (10) quiet and withdrawn lately, teacher checking in daily; Mason (7) no concerns.",
   ["SUB", "MH-ADULT", "MH-CHILD"],
   [("negated", "SUB", "Craig denies drugs - SUB present anyway from Leanne's drinking"),
    ("negated", "MH-CHILD", "Mason no concerns - present anyway for Ava")]),
  ("C", "blue",
   "Craig moved out in June and has a non-mol order against him. Leanne opened her own bank account, changed her passwords, "
   "and has the IDVA helpline number if he breaches.",
   ["DA"],
   [("rule", "DA", "non-mol order and safety steps = managing, present in blue")]),
  ("C", "yellow",
   "Leanne finished 6 Talking Therapies sessions and is on the waiting list for the group. She has stopped drinking in the week and sees "
   "the Recovery Hub worker monthly. School: Ava doing weekly Thrive sessions, more settled.",
   ["MH-ADULT", "SUB", "MH-CHILD"],
   [("lookalike", "SUB", "'stopped drinking in the week' is partial; still drinking and in treatment, so present")]),
 ]),

 ("W013", "Ashcombe", "2025-08-18", "2026-01-26", [
  ("A", "yellow",
   "Connexions: Kieran (17) NEET since July after losing his apprenticeship. He told the worker he looks after Mum most days "
   "(epilepsy, frequent seizures) so can't commit to a course. Referred to Young Adult Carers.",
   ["EDU-NEET", "CARER", "PH"],
   []),
  ("A", "green",
   "GP: Mum (Julie) had her epilepsy meds changed in Aug, not allowed to drive. Julie said no money problems - she gets ESA and PIP and "
   "Kieran gets Carer's Allowance.",
   ["PH"],
   [("negated", "FIN", "'no money problems'; benefit names alone are not FIN (conv 5)"),
    ("rule", "CARER", "Carer's Allowance alone never implies CARER (conv 5)")]),
  ("C", "blue",
   "Kieran started Level 2 IT at Ashcombe College in Sept, 3 days a week; the carers' service pays his bus pass. Julie's sister covers "
   "the college days and Kieran still does the rest.",
   ["CARER"],
   [("met", "EDU-NEET", "now at college")]),
 ]),

 ("W014", "Fernley", "2025-10-06", "2026-03-16", [
  ("A", "green",
   "DSL (Fernley Primary): Isla (10) called names and left out at break by a group of Y6 girls; school running friendship sessions. "
   "Isla's friend Maisie has disclosed self-harm - being dealt with by Maisie's own family and school.",
   ["SAFE-EXP"],
   [("outside", "MH-CHILD", "Maisie's self-harm - a friend outside the household"),
    ("rule", "SAFE-EXP", "bullying by peers is SAFE-EXP for the child")]),
  ("A", "yellow",
   "Mum (Gemma) found messages on Isla's tablet from an unknown adult asking for photos; police informed, CEOP report made, no images "
   "sent. Isla anxious about school, crying at the gate most mornings. FSW to do online safety work with Gemma and Isla.",
   ["SAFE-EXP", "MH-CHILD"],
   [("rule", "CRIME", "police informed to safeguard - not CRIME (conv 7)")]),
  ("C", "green",
   "School: the name-calling stopped after the Y6 groups were changed and Isla has a new friendship group. Gemma has parental controls "
   "on all devices and checks them weekly with Isla.",
   ["SAFE-EXP"],
   [("met", "SAFE-EXP", "bullying stopped - but online safety is still being managed, so SAFE-EXP present in green")]),
 ]),

 ("W015", "Kingsmoor", "2025-11-10", "2026-05-18", [
  ("A", "red",
   "s17 CIN plan since Oct: Ruby (9) has cerebral palsy and epilepsy and needs full personal care. SW: Dad (Mark), single parent carer, "
   "exhausted, no respite since Gran moved into a care home. Short breaks assessment under way.",
   ["PH"],
   [("lookalike", "CARER", "'parent carer' is not CARER (conv 12)"),
    ("outside", "PH", "Gran in a care home")]),
  ("A", "yellow",
   "Ruby's brother Alfie (13) helps lift her and gives her evening meds when Dad is on late shifts; he told school he is tired and has "
   "quit football. Referred to Kingsmoor Young Carers.",
   ["CARER"],
   [("rule", "FIN", "working late shifts is not FIN (conv 5)")]),
  ("C", "yellow",
   "Alfie goes to the young carers group monthly, trip booked for half term. Short breaks: Ruby now has 2 overnights a month at Willow "
   "House for her care needs; Dad says it makes a huge difference.",
   ["CARER", "PH"],
   []),
  ("C", "blue",
   "Mark has joined the local parent carers' forum and uses it for advice and the odd night out with other dads.",
   [],
   [("lookalike", "CARER", "parent carers' forum - not a young carer")]),
 ]),

 ("W016", "Saltburgh", "2025-03-24", "2025-09-29", [
  ("A", "orange",
   "PCSO: 5 reports since Jan of youths throwing stones at buses on the Greenway estate; Kai (13) named in 2, given an ASB warning letter. "
   "The neighbour's son was arrested for similar last month - separate matter. Action: if another incident, ABC mtg.",
   ["CRIME"],
   [("outside", "CRIME", "neighbour's son's arrest"),
    ("hypothetical", "CRIME", "ABC only if another incident; CRIME present anyway")]),
  ("A", "yellow",
   "Mum (Shelley) said Kai stays out till 11pm, won't say where, and has pushed her twice when she stood in the doorway. Stepdad (Gary) "
   "works away Mon-Fri. School: 14 behaviour points, 2 internal isolations, no suspensions yet. FSW to start NVR.",
   ["REL-PAR", "EDU-EXC"],
   [("rule", "DA", "child-to-parent violence is REL-PAR, not DA (conv 8)"),
    ("negated", "EDU-EXC", "'no suspensions yet' - but behaviour at school is present"),
    ("lookalike", "REL-CONF", "stepdad working away is not relationship conflict")]),
  ("C", "yellow",
   "Police: no ASB reports naming Kai since April, warning letter lapsed. Shelley said he's home by 9 on school nights most of the time "
   "but still swears at her when told no; NVR done, she wants a parenting group. School: no behaviour points since Easter.",
   ["REL-PAR"],
   [("met", "CRIME", "no reports since April"),
    ("met", "EDU-EXC", "no behaviour points since Easter")]),
 ]),

 ("W017", "Fernley", "2025-05-19", "2025-10-20", [
  ("A", "green",
   "HV: Leo (18 months) not walking yet, referred to physio. Mum (Chloe) says he drinks 3 bottles of cow's milk a day and refuses "
   "solids; HV gave weaning advice. Leo is not registered with a dentist.",
   ["EYD", "PH"],
   [("lookalike", "SUB", "'drinks 3 bottles' of milk - not alcohol")]),
  ("A", "blue",
   "Chloe goes to Stay & Play at the children's centre on Thursdays with her own mum. She is following the HV's plan - finger foods "
   "at every meal and milk cut to 2 bottles.",
   ["EYD"],
   [("rule", "EYD", "weaning plan the family follows itself = managing, present in blue")]),
  ("C", "green",
   "HV: Leo walking since July, physio discharged, eating family meals. Registered with Fernley Dental, first check done 3/10. "
   "2-yr review due in Nov as routine; if Leo has fewer than 50 words by then, HV to refer to SALT.",
   [],
   [("met", "EYD", "walking and eating - needs met"),
    ("met", "PH", "dentist registered and check done"),
    ("hypothetical", "EYD", "SALT referral only if fewer than 50 words")]),
 ]),

 ("W018", "Kingsmoor", "2025-02-24", "2025-08-18", [
  ("A", "yellow",
   "Dad (Steve) disclosed about £8k of gambling debt on cards and betting apps; he has self-excluded on GamStop and sees a GamCare "
   "counsellor. Mum (Nicola) found out in Jan; they argue most nights, both say there are no threats or violence. Ellis (11) and "
   "Poppy (8) hear the rows. GP started Steve on antidepressants 2/2.",
   ["FIN", "REL-CONF", "MH-ADULT"],
   [("rule", "SUB", "gambling debts are FIN, not SUB (conv 10)"),
    ("lookalike", "EDU-EXC", "'self-excluded' from gambling"),
    ("negated", "DA", "'no threats or violence'")]),
  ("A", "orange",
   "None identified.",
   [],
   [("negated", "", "box says none")]),
  ("C", "blue",
   "Steve and Nicola pay £150 a month on a StepChange debt plan; Steve still uses GamStop and goes to a GA meeting on Wednesdays. "
   "They said they haven't had a proper row since the spring.",
   ["FIN"],
   [("met", "REL-CONF", "no rows since the spring"),
    ("rule", "FIN", "debt plan = managing, present in blue")]),
 ]),

 ("W019", "Saltburgh", "2025-03-10", "2025-07-14", [
  ("A", "orange",
   "HoY (Saltburgh High): Ollie (12) 5-day suspension in Feb for hitting a member of staff; governors agreed a managed move to Castle Hill "
   "Academy, started there 3/3. Community paeds: Ollie on the ADHD pathway, seen 20/2.",
   ["EDU-EXC", "EDU-SEND"],
   [("rule", "EDU-SEND", "on the ADHD pathway = EDU-SEND (conv 4)")]),
  ("A", "yellow",
   "Mum (Becky) said Ollie hits his little sister and has broken his bedroom door; she feels she can't manage him. Becky started "
   "Incredible Years 5/3. Ollie's dad lives in Spain, no contact.",
   ["REL-PAR"],
   [("outside", "REL-CONF", "absent father in Spain, no conflict described")]),
  ("C", "green",
   "Castle Hill SENCO: Ollie on SEN support with a movement-break plan; ADHD diagnosed in June, meds started. "
   "No suspensions since the move.",
   ["EDU-SEND"],
   [("met", "EDU-EXC", "no suspensions since the move"),
    ("lookalike", "SUB", "ADHD 'meds' are not substance use")]),
 ]),

 ("W020", "Ashcombe", "2025-06-16", "2025-11-24", [
  ("A", "orange",
   "Housing Options: Mum (Kayleigh) and 3 children evicted 10/6 after a possession order; placed in a one-room B&B in Saltburgh, "
   "14 miles from school. £2,300 arrears owed to the old landlord. Action: if no TA flat by 1/7, escalate to housing manager.",
   ["HOUS", "FIN"],
   [("hypothetical", "HOUS", "escalation conditional; HOUS present anyway")]),
  ("A", "yellow",
   "Kayleigh said there is no cooker at the B&B and some nights the kids go to bed hungry; she has used the food bank twice. Her mum "
   "(lives in Wales) is unwell and can't help. School: attendance down from 97% to 84% since the move - two buses each way; school has "
   "given bus passes. Kayleigh said she is keeping going 'for the kids', has never had any mental health support and does not want a GP "
   "appt. HV: baby Lily-Mae (10 months) immunisations up to date, weight fine. Actions: FSW to apply to the Household Support Fund and "
   "ask Housing Options about a B&B with a kitchen; school to review attendance at next TAF.",
   ["SAFE-NEG", "FIN", "EDU-ATT"],
   [("rule", "SAFE-NEG", "hungry children = SAFE-NEG and food bank = FIN, both (conv 10)"),
    ("outside", "PH", "grandmother in Wales unwell"),
    ("negated", "MH-ADULT", "no mental health need described, declines GP"),
    ("negated", "PH", "baby's immunisations up to date")]),
  ("C", "green",
   "School: attendance up to 93% since the family moved into a 3-bed council house in Sept; EWO still meets Kayleigh each half term. "
   "Kayleigh is paying the old landlord £10 a week.",
   ["EDU-ATT", "FIN"],
   [("met", "HOUS", "now in a council house"),
    ("rule", "FIN", "repaying arrears = managing, present in green")]),
 ]),

 ("W021", "Kingsmoor", "2025-03-03", "2025-09-08", [
  ("A", "red",
   "ICPC 3/3: Jade (3) on a CP plan, category neglect. Mum (Toni) on a methadone script, 2 positive tests for heroin in Feb. SW: Jade "
   "left overnight with Toni's friend several times without Toni saying where she was. Police: Toni charged with shoplifting 12/2, "
   "court in April.",
   ["SUB", "SAFE-NEG", "CRIME"],
   [("rule", "CRIME", "offending by an adult household member is CRIME (conv 7)")]),
  ("A", "green",
   "HV: Jade's 2-yr check missed twice, done late in Jan - speech delayed, not toilet trained. Nursery place offered, not taken up. "
   "Dental check overdue.",
   ["EYD", "PH"],
   []),
  ("C", "red",
   "RCPC 1/9: CP plan continues after Toni relapsed in July; PLO pre-proceedings letter issued. EH closed, case held by CSC. "
   "Nursery: Jade now attends 15 hrs and has a weekly SALT group for her speech.",
   ["SUB", "EYD"],
   []),
 ]),

 ("W022", "Saltburgh", "2025-04-07", "2025-10-20", [
  ("A", "green",
   "School: Ffion (6) has a stammer, SALT plan in school. GP: Dad (Gareth) has back pain, on co-codamol, physio referral made. "
   "Gareth said he gave up drinking at Christmas and hasn't touched a drop since.",
   ["EDU-SEND", "PH"],
   [("lookalike", "SUB", "co-codamol is prescribed pain relief"),
    ("historical", "SUB", "stopped drinking at Christmas"),
    ("rule", "EDU-SEND", "speech for a school-age child is EDU-SEND (conv 9)")]),
  ("A", "yellow",
   "Gareth off sick since Oct; SSP ended in March and UC still not paid, £200 hardship payment. Referred to Money Matters for a benefits "
   "check and help with the council tax letter.",
   ["FIN"],
   []),
  ("C", "green",
   "School: Ffion's stammer much better, still sees SALT every half term. Gareth back at work at the garden centre 3 days, "
   "UC top-up in payment, no arrears; he said if UC stops again he will go straight back to Money Matters.",
   ["EDU-SEND"],
   [("met", "FIN", "UC paid, no arrears"),
    ("hypothetical", "FIN", "only if UC stops again")]),
 ]),

 ("W023", "Ashcombe", "2025-04-03", "2025-10-09", [
  ("A", "orange",
   "Housing: Mum (Samira), Dad (Yusuf) and 5 children in a 2-bed asylum house, overcrowded, mould in every room. Refugee status granted "
   "20/3 so they must leave within 56 days; homelessness application made.",
   ["HOUS"],
   []),
  ("A", "yellow",
   "Refugee support worker: Yusuf has nightmares and flashbacks from the journey, GP referred him to the trauma service. Hana (4) has no "
   "nursery place yet. School: Omar (9) hides under the table at loud noises and talks about the boat; counsellor to see him. Omar and "
   "Layla (7) attending 98%, EAL support in class.",
   ["MH-ADULT", "EYD", "MH-CHILD"],
   [("lookalike", "EDU-SEND", "EAL support is not SEN"),
    ("negated", "EDU-ATT", "attending 98% - good news only")]),
  ("C", "orange",
   "Family moved to a 4-bed council house in Kingsmoor 2/6. Yusuf attending the trauma service weekly, 12 sessions. Samira fell behind on "
   "the electric meter and the refugee service is doing budgeting with her. Hana started nursery in June, settling well.",
   ["MH-ADULT", "FIN"],
   [("met", "HOUS", "rehoused"),
    ("met", "EYD", "nursery place taken up")]),
 ]),

 ("W024", "Fernley", "2025-10-13", "2025-12-15", [
  ("A", "yellow",
   "EWO: Grace (14) attendance 61%, refuses to come in, says she feels sick every morning; GP found nothing physical and thinks it is "
   "anxiety. Mum (Jenny) said she stays in her room all day. CAMHS referral declined as below threshold; Mind youth worker allocated. "
   "School to offer a part-time timetable from w/c 20/10.",
   ["EDU-ATT", "MH-CHILD"],
   [("negated", "PH", "'nothing physical'"),
    ("negated", "MH-CHILD", "CAMHS declined - but anxiety still present")]),
  ("A", "green",
   "DSL: no safeguarding concerns and no bullying disclosed. Grace's brother (19, lives with his girlfriend) has been in trouble with "
   "police - not part of this plan.",
   [],
   [("negated", "SAFE-EXP", "'no bullying disclosed'"),
    ("outside", "CRIME", "brother lives elsewhere")]),
  ("C", "yellow",
   "Grace on a phased return, 85% this term, full timetable planned from Jan; still sees the Mind worker fortnightly for anxiety.",
   ["EDU-ATT", "MH-CHILD"],
   []),
 ]),

 ("W025", "Saltburgh", "2025-05-12", "2025-11-17", [
  ("A", "red",
   "Strategy discussion 8/5 after Ella (13) took an overdose of paracetamol and was admitted to Saltburgh General overnight. "
   "CAMHS crisis team assessed, weekly f/u. s17 CIN plan agreed.",
   ["MH-CHILD"],
   [("lookalike", "SUB", "paracetamol overdose is self-harm, not substance misuse")]),
  ("A", "orange",
   "Police: Ella reported missing twice in April, found both times at a 19-year-old man's flat; Child Abduction Warning Notice served on "
   "him. Mum (Rachel) said there was DV from Ella's dad years ago - he left in 2019, no contact since. Rachel and Ella row constantly about "
   "curfew. Rachel also checks daily on her own mum (two doors away, dementia). School: attendance 92%, DSL has heard rumours about an "
   "older boyfriend. Actions: RHI within 72 hrs after any missing episode; if Ella is seen with the man again, police to consider "
   "arrest for breach of the CAWN.",
   ["SAFE-EXP", "REL-PAR"],
   [("historical", "DA", "DV ended 2019, no contact"),
    ("rule", "CRIME", "police finding a missing child is safeguarding, not CRIME (conv 7)"),
    ("outside", "PH", "grandmother with dementia lives elsewhere"),
    ("lookalike", "CARER", "Rachel, an adult, checks on her mother - not a young carer")]),
  ("C", "orange",
   "Review: no missing episodes since June, the man has moved out of the area and police have no current concerns. CAMHS: Ella still open, "
   "seen fortnightly, no further overdose. Stepped down from CIN in Oct.",
   ["MH-CHILD"],
   [("met", "SAFE-EXP", "no missing since June, no current police concern")]),
 ]),

 ("W026", "Ashcombe", "2025-07-07", "2026-01-19", [
  ("A", "green",
   "HV: twins Ava and Archie (2y 6m). Archie has very few words and no pointing; HV concerned about social communication, referred to "
   "community paeds for ASD assessment. Ava on track. Both at Little Acorns on funded places.",
   ["EYD", "EDU-SEND"],
   [("rule", "EDU-SEND", "assessment for ASD is listed under EDU-SEND; speech of an under-5 is EYD")]),
  ("A", "yellow",
   "Portage worker visits Archie fortnightly. Mum (Nadia) said she is exhausted and tearful most days; GP diagnosed anxiety. "
   "Dad (Sunil) works away in the week.",
   ["EYD", "MH-ADULT"],
   [("lookalike", "REL-CONF", "Dad working away is not conflict")]),
  ("C", "blue",
   "Nadia uses the breathing app the GP suggested for her anxiety and goes to a parents' coffee morning at the family hub; "
   "she said she feels 'much more like me'.",
   ["MH-ADULT"],
   [("rule", "MH-ADULT", "managing anxiety herself = present in blue")]),
 ]),

 ("W027", "Fernley", "2025-03-17", "2025-10-27", [
  ("A", "orange",
   "Probation: Dad (Darren) released on licence 3/2 after 18 months for burglary, curfew 7pm-7am. Mum (Kerry) said they argue a lot "
   "about him seeing his old friends; both say no violence and no DV history.",
   ["CRIME", "REL-CONF"],
   [("negated", "DA", "'no violence and no DV history'"),
    ("rule", "CRIME", "adult in the household on licence is CRIME (conv 7)")]),
  ("A", "yellow",
   "Liam (15) angry since Dad came home, won't speak to him and slammed a door in his face. Kerry asked for help; FSW to do family "
   "sessions. School: Liam 95%, no concerns. Kerry's daughter Mia (20, own flat) is in recovery from alcohol, not part of this plan.",
   ["REL-PAR"],
   [("outside", "SUB", "adult daughter in her own flat"),
    ("negated", "EDU-ATT", "95%, no concerns")]),
  ("C", "blue",
   "Darren's licence ended in Aug; he has kept his job at the scrapyard and got his driving licence back. Kerry and Darren sort "
   "disagreements themselves now with the 'time out' rule from the sessions. Liam still won't eat at the table with Darren.",
   ["REL-CONF", "REL-PAR"],
   [("met", "CRIME", "licence ended in Aug"),
    ("lookalike", "CRIME", "'driving licence'"),
    ("rule", "REL-CONF", "parents managing disagreements themselves = present in blue")]),
 ]),

 ("W028", "Kingsmoor", "2025-09-22", "2026-03-23", [
  ("A", "green",
   "SN: Ryan (10) weight above the 99th centile, NCMP letter sent; Dad (Chris) agreed to the family healthy lifestyle programme. "
   "SENCO: dyslexia screener shows high indicators, Ryan on SEN support with a reading intervention.",
   ["PH", "EDU-SEND"],
   []),
  ("A", "yellow",
   "Chris said boys from Ryan's class are picking on him in a gaming chat and he no longer wants to go online or to school; Ryan has "
   "missed 6 days this half term. FSW to help set up blocking and privacy settings.",
   ["SAFE-EXP", "EDU-ATT"],
   [("lookalike", "FIN", "'gaming' is not gambling")]),
  ("C", "blue",
   "Chris says the boys were blocked and nothing has happened since Jan; Ryan back to full attendance. Chris cooks from scratch and they "
   "walk the dog every evening as part of Ryan's healthy weight plan.",
   ["PH"],
   [("met", "SAFE-EXP", "nothing since Jan"),
    ("met", "EDU-ATT", "back to full attendance"),
    ("rule", "PH", "following the healthy weight plan = managing, present in blue")]),
 ]),
]

# Unboxed case notes: (id, stage, date, locality, narrative, [codes], gold level, [traps])
# Gold level = the highest level cue in the text (convention 2).
UNBOXED = [
 ("W101", "assessment", "2025-10-20", "Kingsmoor",
  "Case note - phone call with HV. Baby Noor (9 months) has missed her 8-month development review twice; Mum (Rukhsana) said she forgot. "
  "GP has Mum on sertraline for postnatal depression and reviews her monthly. Actions: HV to rebook and do a home visit w/c 3/11.",
  ["EYD", "MH-ADULT"], "green",
  [("rule", "", "cues HV and GP only -> green")]),
 ("W102", "assessment", "2025-11-03", "Saltburgh",
  "Mtg note - Mum (Sophie) and school DSL. Jack (12) back-chats and refuses to do anything Sophie asks at home; she has started taking "
  "his phone at 9pm. Sophie said Jack vapes with friends - school aware, no incidents in school. Signposted to the parenting tips on the "
  "family hub website, Sophie to look herself.",
  ["REL-PAR"], "green",
  [("lookalike", "SUB", "vaping is not SUB (conv 12)"),
   ("negated", "EDU-EXC", "'no incidents in school'"),
   ("rule", "", "school (green) is the highest cue; website signposting is blue")]),
 ("W103", "closure", "2025-12-08", "Fernley",
  "Closure note. FSW: Dad (Martin) completed Triple P; Mum (Lisa) said mornings are calmer but Evie (7) still hits her brother when "
  "she's tired. Citizens Advice got the council tax reduction sorted and the arrears were cleared in Oct.",
  ["REL-PAR"], "yellow",
  [("met", "FIN", "arrears cleared in Oct"),
   ("lookalike", "DA", "a child hitting a sibling is REL-PAR, not DA")]),
 ("W104", "assessment", "2025-06-02", "Ashcombe",
  "Note following strategy mtg 30/5: s47 for Mason (15) under CCE after he went missing overnight and was found by police in a car with "
  "two adults in Coventry. Mum (Tracey) has bipolar disorder and is under the community mental health team. Her partner (Wayne, lives "
  "with them) was arrested 28/5 for assaulting her; IDVA referral made. Police welfare check on the home was fine.",
  ["SAFE-EXP", "MH-ADULT", "DA"], "red",
  [("rule", "CRIME", "police finding a missing child and a welfare check are not CRIME; partner's arrest is DA only (conv 7)")]),
 ("W105", "closure", "2026-02-16", "Kingsmoor",
  "Closure note. Reece (17) left college in Nov and is looking for work; he has signed up with an apprenticeship agency himself. "
  "His offending is in the past, nothing since 2024. Mum (Claire) still has a £1,200 catalogue debt and set up £30 a month "
  "repayments herself after reading the MoneyHelper pages.",
  ["EDU-NEET", "FIN"], "blue",
  [("historical", "CRIME", "offending 'in the past, nothing since 2024'"),
   ("rule", "", "no service cue; family acting on its own -> blue")]),
 ("W106", "assessment", "2025-12-10", "Saltburgh",
  "Phone call with Mum (Abi). Landlord served a s8 possession notice on 2/12 for £3,100 rent arrears, hearing 20/1. Referred to Shelter "
  "and the Citizens Advice debt team. Abi's ex (Kyle) drinks heavily but moved back to his mum's in Oct and doesn't live with them.",
  ["HOUS", "FIN"], "orange",
  [("outside", "SUB", "ex-partner's drinking, not in the household (conv 6)")]),
 ("W107", "assessment", "2025-09-29", "Fernley",
  "Mtg note - EH worker with Dad (Kwame) and SENCO. Kofi (7) on SEN support for speech and language, SALT in school weekly. Kwame asked "
  "about support for Kofi's sister Ama (12), who helps care for their mum (sickle cell, often in hospital); EHW to refer to Fernley "
  "Young Carers.",
  ["EDU-SEND", "CARER", "PH"], "yellow",
  [("rule", "", "EH worker and young carers service -> yellow")]),
]

CODES = ["EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD", "MH-ADULT", "PH", "SUB",
         "REL-PAR", "REL-CONF", "DA", "SAFE-NEG", "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"]


def build():
    narr_rows, gold_rows, traps = [], [], {}
    for case_id, loc, a_date, c_date, boxes in CASES:
        for stage_letter, level, text, codes, trap_list in boxes:
            stage = "assessment" if stage_letter == "A" else "closure"
            date = a_date if stage_letter == "A" else c_date
            triage_id = f"{case_id}-{stage_letter}"
            nid = f"{triage_id}-{level}"
            narr_rows.append([nid, triage_id, case_id, stage, date, level, loc, text])
            for c in codes:
                gold_rows.append([nid, c, level])
            if trap_list:
                traps[nid] = [{"type": t, "code": c, "note": n} for t, c, n in trap_list]
    for nid, stage, date, loc, text, codes, glevel, trap_list in UNBOXED:
        narr_rows.append([nid, nid, nid, stage, date, "", loc, text])
        for c in codes:
            gold_rows.append([nid, c, glevel])
        if trap_list:
            traps[nid] = [{"type": t, "code": c, "note": n} for t, c, n in trap_list]
    return narr_rows, gold_rows, traps


def write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(header)
        w.writerows(rows)


def stats(narr_rows, gold_rows, traps):
    s = {}
    s["narratives"] = len(narr_rows)
    s["boxed"] = sum(1 for r in narr_rows if r[5])
    s["unboxed"] = s["narratives"] - s["boxed"]
    s["cases"] = len(CASES)
    s["triages"] = len({r[1] for r in narr_rows if r[5]})
    s["gold_rows"] = len(gold_rows)
    s["per_code"] = Counter(r[1] for r in gold_rows)
    s["per_level"] = Counter(r[2] for r in gold_rows)
    coded = {r[0] for r in gold_rows}
    s["with_codes"] = len(coded)
    s["no_codes"] = s["narratives"] - len(coded)
    # "real" traps = everything except pure 'rule' notes that just explain a level cue
    real = {nid: [t for t in ts if not (t["type"] == "rule" and t["code"] == "")] for nid, ts in traps.items()}
    s["with_trap"] = sum(1 for ts in real.values() if ts)
    gold_by = {}
    for r in gold_rows:
        gold_by.setdefault(r[0], set()).add(r[1])
    # a "real" trap: a mention of a code that is NOT a gold code of that narrative
    s["with_real_trap"] = sum(1 for nid, ts in real.items()
                              if any(t["code"] and t["code"] not in gold_by.get(nid, set()) for t in ts))
    s["trap_types"] = Counter(t["type"] for ts in real.values() for t in ts)
    s["trap_narr_by_type"] = Counter(tt for ts in real.values() for tt in {t["type"] for t in ts})
    words = [len(r[7].split()) for r in narr_rows]
    s["words_min"], s["words_max"] = min(words), max(words)
    s["words_mean"] = round(sum(words) / len(words), 1)
    return s


README = """# Blind gold set W - multi-agency meeting minutes

Hand-written, invented, held-out gold standard for the early-help triage coder.
Every narrative, code and trap note is typed by hand in `build.py`;
`python3 build.py` writes `narratives.csv`, `gold.csv`, `traps.json` and this README,
and `python3 check.py` validates the files (prints `OK`).

## How it was written (blind)

Read: `/work/shared/taxonomy.md` (in full), `/work/shared/devset/README.md`, the header and the
first ~1,500 bytes of `/work/shared/devset/narratives.csv` and the first 20 rows of
`/work/shared/devset/gold.csv` - only to learn the file format and id scheme.

Not read or run: `/work/main`, `/work/core`, any `Samples` folder, any other `/tmp` folder
(including other `/tmp/blind-*` sets), any other gold set, any coding tool (`triage` or other);
no web search. No sentence was copied or paraphrased from the devset or from the taxonomy's
example phrases; all names, schools, services and the four localities (Ashcombe, Fernley,
Kingsmoor, Saltburgh) are invented. Dates are in 2025-2026.

Gold codes are `present` issues only, coded by the taxonomy's rules and numbered conventions:
each narrative on its own text (conv 1); a boxed narrative's codes take its box level (conv 2);
"now managing" counts in blue/green boxes, issues described as over do not (conv 3);
unboxed notes take one level from the highest level cue in the text (conv 2).

## Style

Each box reads like a paste from the minutes of a Team Around the Family, review or closure
meeting: professionals reporting in turn ("School:", "HV:", "Police:", "YOS:", "Mum said ..."),
note-form with minute-taker abbreviations (TAF, SW, FSW, EWO, DSL, HV, SN, SENCO, YOS, CAMHS,
GP, PCSO, IDVA, w/c, f/u, N/A, mtg). Several speakers often speak to the same need, some
saying it is over and others that it continues; actions are often conditional ("if ... then").
Closure boxes report what changed (needs met vs. still being managed).

## Counts

- Narratives: {narratives} ({boxed} boxed in {triages} triages of {cases} cases W001-W028,
  plus {unboxed} unboxed case notes W101-W107 whose gold level comes from the level-cue convention).
- Words per narrative: min {words_min} (a "None identified." box), max {words_max}, mean {words_mean}.
- Gold rows: {gold_rows}. Narratives with at least one present code: {with_codes};
  narratives with no gold code (only negated / historical / hypothetical / outside mentions,
  or "None"): {no_codes}.
- Gold rows per code:
{per_code}
- Gold rows per level: {per_level}

## Traps (`traps.json`)

Each narrative's trap notes give a type, the code the trap is about, and a note. Types:
negated, historical, met (a need reported as over at closure), hypothetical, outside (someone
outside the household), lookalike (a word that resembles a code's vocabulary), rule (a numbered
convention decides it, e.g. managing-in-blue counts, DA vs CRIME, drugs on an exploited child,
gambling = FIN, Carer's Allowance / parent carer is not CARER).

- Narratives with at least one trap note (not counting notes that only explain an unboxed level cue):
  {with_trap} of {narratives}.
- Narratives with at least one mention of a code that is NOT gold for that narrative (negated,
  historical, met, hypothetical-only, outside-household, look-alike or a convention that blocks
  the code): {with_real_trap} of {narratives}.
- Narratives containing each trap type: {trap_narr}
- Trap notes by type: {trap_types}

Present vs. not: {gold_rows} present gold codes; the non-present mentions are the negated,
historical/met, hypothetical and outside notes above (lookalike and rule notes mark words or
conventions that a keyword coder could get wrong either way).

## Decisions on points the taxonomy leaves open

- Improvement reported at closure: coded present in a blue/green box only when the text shows
  the family or a universal service still actively managing it (a repayment plan, a diary, a
  weekly check of parental controls, "EWO still meets Mum"); where the text says the need has
  ended ("stopped in March", "taken off the watch list", "cleared in July", "no ... since X")
  it is historical. In yellow/orange/red boxes only a continuing need or service counts.
- A service or treatment that continues while the person says they are fine (antidepressants
  with "mood OK at the moment") is present (conv 4).
- "CAMHS referral declined" is not itself MH-CHILD evidence, but the anxiety described alongside
  it is.
- An under-5 referred for ASD assessment is coded EYD (speech/communication) and EDU-SEND
  (the taxonomy lists "assessment for ASD/ADHD" under EDU-SEND).
- An ADHD pathway via community paediatrics is EDU-SEND only; CAMHS was deliberately not used
  as the pathway service to avoid the CAMHS -> MH-CHILD overlap.
- A paracetamol overdose is coded MH-CHILD only (self-harm), not PH or SUB.
- Sent home at lunch after meltdowns is EDU-EXC (behaviour / informal exclusion); a reduced
  timetable is EDU-ATT (part-time timetable).
- A child hitting a sibling, or pushing a parent with no police involvement, is REL-PAR only.
- Short breaks overnights "for her care needs" are PH (ongoing service for a disabled child).
- A development review that was missed (under-5) is coded EYD, not also PH.
- An unboxed note whose only mention of a service is historical was avoided; unboxed notes were
  written so that the highest cue is unambiguous.
- A 13-year-old staying out late "won't say where" (no missing episode, no exploitation
  indicator) is REL-PAR (boundaries), not SAFE-EXP.
- "CP plan continues" with no category stated in that box codes nothing by itself (conv 1);
  the box's SUB comes from the stated relapse.
- A box that only says "None identified." has no gold rows.
"""


def main():
    narr_rows, gold_rows, traps = build()
    write_csv(os.path.join(HERE, "narratives.csv"),
              ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"], narr_rows)
    write_csv(os.path.join(HERE, "gold.csv"), ["narrative_id", "code", "level"], gold_rows)
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(traps, f, indent=1, ensure_ascii=False)
        f.write("\n")
    s = stats(narr_rows, gold_rows, traps)
    per_code = "\n".join(f"  - {c}: {s['per_code'].get(c, 0)}" for c in CODES)
    lv = ["blue", "green", "yellow", "orange", "red"]
    per_level = ", ".join(f"{l} {s['per_level'].get(l, 0)}" for l in lv)
    trap_types = ", ".join(f"{k} {v}" for k, v in sorted(s["trap_types"].items()))
    trap_narr = ", ".join(f"{k} {v}" for k, v in sorted(s["trap_narr_by_type"].items()))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(README.format(per_code=per_code, per_level=per_level, trap_types=trap_types,
                              trap_narr=trap_narr, **{k: v for k, v in s.items()
                                                      if k not in ("per_code", "per_level", "trap_types", "trap_narr_by_type")}))
    print(f"narratives {s['narratives']} (boxed {s['boxed']}, unboxed {s['unboxed']}), gold rows {s['gold_rows']}, "
          f"with codes {s['with_codes']}, with traps {s['with_trap']} (real {s['with_real_trap']}), words {s['words_min']}-{s['words_max']}")
    print(per_code)
    print(per_level)
    print(trap_narr)


if __name__ == "__main__":
    main()
