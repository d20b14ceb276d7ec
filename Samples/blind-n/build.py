#!/usr/bin/env python3
"""Blind gold set N: early years and perinatal families.

Every narrative, its gold codes and its trap notes live in this file.
Running it writes narratives.csv, gold.csv, traps.json and README.md
next to this script.  Python 3 standard library only.
"""
import csv
import json
import os
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
LEVELS = ["blue", "green", "yellow", "orange", "red"]
CODES = ["EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD",
         "MH-ADULT", "PH", "SUB", "REL-PAR", "REL-CONF", "DA", "SAFE-NEG",
         "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"]

# ---------------------------------------------------------------------------
# Boxed triages.  case_id -> locality, and per stage: date and boxes.
# Each box: (level, narrative, [gold codes], [trap notes]).
# A boxed narrative's gold codes all take the box's level.
# ---------------------------------------------------------------------------
CASES = [
    # N001: young parents, newborn weight faltering, overcrowding, debt
    ("N001", "Hollinbrook", [
        ("A", "2025-03-11", [
            ("blue",
             "Shannon (19) had a second-degree tear at Ava's birth and is still sore sitting down seven weeks on. Her mum and older sister take Ava most afternoons so she can rest. Shannon gets Maternity Allowance and Child Benefit.",
             ["PH"],
             ["benefit name alone: Maternity Allowance / Child Benefit with no money problem is not FIN",
              "experiencer: the parent's own physical recovery is PH"]),
            ("green",
             "NBV and 6-8wk contact done by HV. Ava was born at 37 weeks weighing 2.6kg; by the 6-8wk check she had dropped from the 25th to the 2nd centile. HV weighing her weekly at clinic and has given responsive bottle-feeding advice; GP has checked for reflux.",
             ["PH"], []),
            ("yellow",
             "Shannon, her partner Jordan (21) and Ava sleep in one bedroom of maternal gran's two-bed flat, which gran shares with Shannon's brother (14); the cot only fits at the foot of the bed. Family hub worker is helping Shannon join the housing register. Jordan lost his warehouse job in February and the couple owe £600 on a catalogue plus a payday loan.",
             ["HOUS", "FIN"], []),
            ("orange", "None at present.", [], []),
        ]),
        ("C", "2025-09-02", [
            ("blue",
             "Shannon does a weekly budget on the spreadsheet the hub worker showed her and is paying £25 a month off the catalogue. The payday loan was cleared in June.",
             ["FIN"],
             ["now-managing: repayments in a blue box count as FIN present",
              "historical: the cleared payday loan alone would not code"]),
            ("green",
             "HV still weighing Ava monthly as she has only recently climbed back up to the 9th centile. Weaning started at six months and Ava enjoys finger foods.",
             ["PH"],
             []),
            ("yellow",
             "The family moved into a two-bed housing association flat in Saltmere in August, so the overcrowding has ended. Since the move Shannon feels isolated and low; the GP has started her on sertraline and the hub worker is linking her with a young parents' group.",
             ["MH-ADULT"],
             ["historical: overcrowding ended, no HOUS"]),
        ]),
    ]),
    # N002: DA in pregnancy, perinatal mental health, preschool speech
    ("N002", "Saltmere", [
        ("A", "2025-04-07", [
            ("green",
             "Rohan (3) goes to Little Acorns nursery for his 15 universal hours. His ASQ communication score at the 2-2.5yr review was below the cut-off; he now has about 50 words and his keyworker is using WellComm activities with him.",
             ["EYD"], []),
            ("yellow",
             "Priya (29, 28 weeks pregnant) scored 16 on the EPDS at booking and is tearful most days. GP has started sertraline and the midwife has referred her to the perinatal mental health team; she is waiting for a first appointment.",
             ["MH-ADULT"], []),
            ("orange",
             "At a routine midwife appointment Priya disclosed that her partner Craig pushed her against the fridge when she was 20 weeks pregnant and checks her phone and bank card. Police attended on 29/03 and Craig was arrested; his bail conditions stop him contacting Priya. DASH high risk, MARAC on 15/04.",
             ["DA"],
             ["DA vs CRIME: partner's arrest for assaulting Mum is DA only"]),
            ("red",
             "Strategy discussion 02/04: threshold for s47 not met, unborn baby and Rohan to be supported through early help. CSC to be re-contacted should Craig breach his bail conditions.",
             [],
             ["no gold: red box with s47 threshold not met",
              "hypothetical: 'should Craig breach' does not code DA"]),
        ]),
        ("C", "2025-10-20", [
            ("blue",
             "Priya finished the Freedom Programme in August and still keeps her safety plan on her phone. The non-molestation order against Craig runs until next spring.",
             ["DA"],
             []),
            ("green",
             "Isla, born 14/06, is exclusively breastfed and gaining along the 50th centile. Rohan's words have caught up, but at three and a half he still wets himself in the daytime most days and nursery have started a toileting plan.",
             ["EYD"],
             ["look-alike: 'exclusively breastfed' is not EDU-EXC",
              "historical: speech delay caught up; EYD comes from toileting"]),
            ("yellow",
             "Priya's EPDS is now 9; she remains on sertraline and the perinatal team see her monthly until Isla turns one.",
             ["MH-ADULT"],
             []),
        ]),
    ]),
    # N003: parents with learning disabilities, baby development, neglect
    ("N003", "Kettlegate", [
        ("A", "2025-02-18", [
            ("green",
             "HV brought the 1yr review forward: Mia (10 months) is not sitting without support and is not babbling, and HV has asked for a paediatric developmental assessment. Mia's 12-week immunisations were missed twice and are now booked with the practice nurse.",
             ["EYD", "PH"], []),
            ("yellow",
             "Lisa (30) and Dean (32) both have a learning disability and find it hard to keep to Mia's feeding and sleep routine. Family support worker visiting twice a week with picture guides. Tyler (7) has SEN support at Brook Lane Primary for his speech and sees the school's SALT.",
             ["REL-PAR", "PH", "EDU-SEND"],
             ["experiencer: parents' learning disability is PH (disability), not EDU-SEND",
              "age: school-age speech (Tyler, 7) is EDU-SEND, not EYD"]),
            ("orange",
             "Police did a welfare check on 09/02 after neighbours reported Mia crying for a long time; officers found both parents asleep and Mia in her cot in a soaked-through nappy. Rotting food in the kitchen and dirty laundry covering the floor. TAF plan agreed 14/02.",
             ["SAFE-NEG"],
             []),
        ]),
        ("C", "2025-08-26", [
            ("blue",
             "Lisa follows the picture feed chart on the fridge and sets phone alarms for Mia's bottles and bedtime; Dean's sister pops in most evenings to help.",
             ["REL-PAR"],
             []),
            ("green",
             "Mia (16 months) is pulling to stand and says 'mama' but is still well behind with her motor skills; HV has referred her to Portage.",
             ["EYD"],
             ["level: Portage is a yellow cue but the box is green, so EYD green"]),
            ("yellow",
             "Tyler's SEN support plan was reviewed in July and the school SALT will carry on weekly sessions in Year 3.",
             ["EDU-SEND"], []),
        ]),
    ]),
    # N004: methadone, newborn, older sister caring, CP plan
    ("N004", "Hollinbrook", [
        ("A", "2025-02-04", [
            ("yellow",
             "Kerry (36) is on a methadone script with Change Grow Live and collects daily; her last two tests showed cannabis. Leo was watched for neonatal abstinence syndrome on SCBU for 10 days and went home feeding well.",
             ["SUB"],
             ["historical: NAS monitoring ended at discharge, no PH"]),
            ("orange",
             "Brooke (13) gets up in the night to give baby Leo his bottles because Kerry struggles to wake, and she has been late to Marlowe Academy 14 times this half term. TAF plan agreed 30/01 with school and the HV.",
             ["CARER", "EDU-ATT"], []),
            ("red",
             "ICPC 22/01: Leo became subject of a child protection plan under the category of neglect. Kerry stores her methadone on a high shelf; the lockbox agreed at conference has still not been fitted.",
             ["SAFE-NEG", "SUB"], []),
        ]),
        ("C", "2025-11-10", [
            ("green",
             "Leo (10 months) had his 9-12 month review with all ASQ areas in range. He has had repeated ear infections since September and is waiting for an ENT appointment.",
             ["PH"],
             []),
            ("yellow",
             "Kerry is on a reducing methadone dose, now 30ml, with fortnightly CGL key work; no illicit drugs on her last four tests.",
             ["SUB"],
             ["negation scope: 'no illicit drugs' does not cancel the ongoing script"]),
            ("orange",
             "Brooke goes to the young carers group on Tuesdays and now only helps with Leo at weekends. Her lateness stopped after Easter.",
             ["CARER"],
             []),
        ]),
    ]),
    # N005: temporary accommodation, toddler behaviour, funded 2yo place
    ("N005", "Saltmere", [
        ("A", "2025-05-19", [
            ("green",
             "Zain (2y 4m) is eligible for a funded 2-year-old place but Amira has not taken it up, as she does not know which nurseries nearby offer them. HV 2-2.5yr review is due next month.",
             ["EYD"], []),
            ("yellow",
             "Zain has big tantrums several times a day, hits his sister Noor (6 months) and throws food; Amira says she gives in to stop the noise because other residents complain. Amira is booked onto the Incredible Years parenting course starting in June.",
             ["REL-PAR"], []),
            ("orange",
             "The family were evicted under a section 21 in March and placed in one room of a hostel in Saltmere, sharing a kitchen with four other families. Yusuf's UC was sanctioned after a missed appointment and they used the food bank twice in April.",
             ["HOUS", "FIN"], []),
        ]),
        ("C", "2025-12-01", [
            ("blue",
             "Amira uses the sticker chart and first/then cards from the course; Zain's tantrums are down to one or two a week and she stays calm with him.",
             ["REL-PAR"],
             []),
            ("green",
             "Zain started at Saltmere Community Nursery in September on his funded hours and has settled. Nursery noticed several decayed front teeth and Amira has booked him in with the dentist.",
             ["PH"],
             []),
            ("orange",
             "The family moved from the hostel into a three-bed council house on 10/10. Yusuf is working at the distribution centre and the sanction has ended; they still owe £180 council tax, which is being paid off under a plan.",
             ["FIN"],
             ["historical: temporary accommodation ended, no HOUS",
              "FIN still present for remaining arrears"]),
        ]),
    ]),
    # N006: dad's depression, parental conflict, older sister anxiety
    ("N006", "Kettlegate", [
        ("A", "2025-06-09", [
            ("blue",
             "Tom (38) says his low mood lifts when he gets outside, and he has joined a dads' walking group he found on a local Facebook page.",
             ["MH-ADULT"],
             []),
            ("green",
             "GP has diagnosed Tom with depression (PHQ-9 17) and he is on the Talking Therapies waiting list. Gemma's GAD-7 at Alfie's 6-8wk check was 4 and the HV has no concerns about her mood.",
             ["MH-ADULT"],
             []),
            ("yellow",
             "Tom and Gemma have rowed most evenings since Alfie arrived, mainly about sleep and chores, and Gemma has talked about separating. Both say there is no fear or control in the relationship. They have been referred to the family hub's reducing parental conflict programme.",
             ["REL-CONF"],
             ["negation: no fear or control, so not DA", "look-alike: rows 'about sleep' are not PH"]),
            ("orange",
             "Ruby (9) cries before school and has started picking the skin on her fingers until it bleeds; the school nurse referred her to CAMHS for anxiety and she is on the waiting list.",
             ["MH-CHILD"], []),
        ]),
        ("C", "2026-01-15", [
            ("green",
             "Tom finished six sessions of Talking Therapies; his PHQ-9 is now 6 and he remains on citalopram from the GP.",
             ["MH-ADULT"],
             []),
            ("yellow",
             "Tom and Gemma completed the conflict programme in November and both say the nightly rows have stopped. Ruby (9) still wakes three or four times a night and comes into her parents' bed; the school nurse has given them a sleep diary.",
             ["PH"],
             ["historical: rows stopped, no REL-CONF",
              "age: sleep problem at school age is PH"]),
            ("orange",
             "Ruby had six sessions of CBT with CAMHS in the autumn and was discharged in December; school say she now comes in happily.",
             [],
             ["no gold: CAMHS named but discharged (historical)"]),
        ]),
    ]),
    # N007: teenage mum NEET, uncle county lines
    ("N007", "Hollinbrook", [
        ("A", "2025-07-14", [
            ("green",
             "Harper (3 months) is gaining well along the 75th centile and the Family Nurse Partnership nurse visits weekly. Chelsea (17) vapes, never around Harper. Chelsea was found to be anaemic after the birth and is taking iron tablets.",
             ["PH"],
             ["not SUB: vaping is not substance misuse"]),
            ("yellow",
             "Chelsea left sixth form when she was six months pregnant and is not in education, employment or training; she would like to study childcare. Early help worker is helping her look at college courses starting in January.",
             ["EDU-NEET"],
             []),
            ("orange",
             "Chelsea's brother Kai (15) was arrested on 02/07 for possession of cannabis with intent to supply after being found in a flat in Saltmere, 30 miles from home; his mum Donna had reported him missing the night before. Police suspect county lines; NRM referral made and YOS notified.",
             ["SAFE-EXP", "CRIME"],
             ["convention 12: drugs found on an exploited child are SAFE-EXP and CRIME, not SUB"]),
            ("red",
             "Strategy meeting 08/07 for Kai under exploitation; s47 enquiry started.",
             ["SAFE-EXP"], []),
        ]),
        ("C", "2026-02-09", [
            ("green",
             "Harper's 1yr review: she is pulling to stand and babbling. She has had three chest infections this winter and a wheeze, and the GP is following up.",
             ["PH"], []),
            ("orange",
             "Kai is on a nine-month referral order with YOS and has had no further missing episodes since August.",
             ["CRIME"],
             ["historical: missing episodes ended, no SAFE-EXP"]),
        ]),
    ]),
    # N008: mum's illness, young carer, preschool speech and toileting
    ("N008", "Saltmere", [
        ("A", "2025-03-24", [
            ("green",
             "Ellie (4) starts Reception at St Wilfrid's Primary in September. Nursery say she is still in pull-ups with accidents most days and uses single words only; her keyworker's WellComm screen came out in the red band and she has been referred to SALT.",
             ["EYD"], []),
            ("yellow",
             "Joanne (40) has fibromyalgia and had spinal surgery in January, and cannot lift or drive for three months. Jack (11) is doing Ellie's nursery drop-off, cooking tea and helping his mum in and out of the bath. Referred to Saltmere Young Carers.",
             ["PH", "CARER"], []),
            ("orange", "N/A", [], []),
        ]),
        ("C", "2025-10-06", [
            ("blue",
             "Jack goes to the young carers club every other week and still makes tea twice a week; Joanne's sister now does the school run.",
             ["CARER"], []),
            ("green",
             "Ellie (5) has settled into Reception and is now dry in the day. Her teacher finds her hard to understand; the school SENCO has put her on SEN support and the NHS SALT visits school.",
             ["EDU-SEND"],
             ["age: speech for a school-age child is EDU-SEND, not EYD",
              "historical: toileting resolved"]),
            ("yellow",
             "Joanne still has physio weekly; she can drive short distances again but is in pain every day.",
             ["PH"], []),
        ]),
    ]),
    # N009: mum's drinking, dad's gambling, neglect, CIN
    ("N009", "Kettlegate", [
        ("A", "2025-09-15", [
            ("green",
             "Archie (3) is not using any of his funded hours, and at his late 2-2.5yr review his ASQ showed delays in communication and personal-social skills.",
             ["EYD"], []),
            ("yellow",
             "Lee (33) has lost about £4,000 on online betting since the summer and the gas and electric are on emergency credit most weeks; Natalie has used the food bank three times. Lee has self-excluded from the betting sites through GamStop.",
             ["FIN"],
             ["convention 10: gambling losses are FIN, not SUB",
              "look-alike: 'self-excluded' is not EDU-EXC"]),
            ("orange",
             "Police did a welfare check on 30/08 after a neighbour saw Natalie (31) unsteady and slurring outside the Co-op; Natalie admits drinking most of a bottle of vodka a night. Kian (8) has been suspended for two days for kicking a teaching assistant.",
             ["SUB", "EDU-EXC"],
             ["CRIME look-alike: police welfare check is not CRIME"]),
            ("red",
             "Child in need plan agreed 11/09. At the home visit there was dog mess on the kitchen floor, no food in the fridge apart from milk, and Poppy's nappy had not been changed since the morning.",
             ["SAFE-NEG"],
             []),
        ]),
        ("C", "2026-03-02", [
            ("blue",
             "Natalie goes to AA on Wednesdays with her sister; she has had two lapses since Christmas but is mostly not drinking.",
             ["SUB"],
             ["now-managing: ongoing AA with lapses in a blue box is SUB present"]),
            ("green",
             "Archie now goes to Kettlegate Nursery for 15 hours; his keyworker is doing WellComm activities and he is starting to use short phrases.",
             ["EYD"], []),
            ("yellow",
             "Lee has a debt relief order through Citizens Advice and the energy supplier has put the £300 arrears on a payment plan.",
             ["FIN"], []),
            ("red",
             "CIN plan closed 20/02 and the case stepped down to early help.",
             [],
             []),
        ]),
    ]),
    # N010: damp private let, dad's injury, twins' health
    ("N010", "Hollinbrook", [
        ("A", "2025-11-03", [
            ("green",
             "HV 1yr review for twins Lena and Oskar (14 months), done with a Polish interpreter. Oskar is under the paediatric cardiology team for a heart murmur; Lena is on track. Both are overdue their 1-year immunisations.",
             ["PH"], []),
            ("yellow",
             "The private rented flat has black mould in both bedrooms and the landlord has ignored three requests to fix a leaking window; the family hub worker has contacted the council's private sector housing team. Piotr (29) broke his wrist at work in September, is on statutory sick pay, and the family are £1,100 behind on rent.",
             ["HOUS", "PH", "FIN"], []),
            ("orange",
             "N/A - no police, MARAC or CAMHS involvement.",
             [],
             ["no gold: orange-cue words all negated"]),
        ]),
        ("C", "2026-04-13", [
            ("blue",
             "Marta set up a standing order of £50 a month to clear the rent arrears.",
             ["FIN"],
             []),
            ("green",
             "Both twins have now had their 1-year immunisations and cardiology signed off Oskar's murmur in March. Lena has only three words at 19 months; HV has done a WellComm screen and given talk-time tips.",
             ["EYD"],
             []),
            ("yellow",
             "The landlord replaced the window and treated the mould in January, but the bedrooms have been damp again since February and the council inspector is due back.",
             ["HOUS"],
             ["negation scope: repair done 'but' damp has returned, HOUS present"]),
        ]),
    ]),
    # N011: DA, contact dispute, older brother exclusion risk
    ("N011", "Saltmere", [
        ("A", "2026-01-12", [
            ("green",
             "Nursery noticed Lily (4) does not respond when called; audiology found glue ear and she is waiting for grommets.",
             ["PH"], []),
            ("yellow",
             "Jade (28) and Mason's dad Ryan disagree about contact; Ryan has applied to the family court for more weekends and handovers end in shouting in the supermarket car park. Jade says there has never been any abuse between them.",
             ["REL-CONF"],
             ["negation: abuse denied, contact dispute is REL-CONF not DA"]),
            ("orange",
             "Mason (12) is on a part-time timetable at Saltmere Academy following a fixed-term suspension for throwing a chair, and school say he is at risk of permanent exclusion. He is open to CAMHS for anxiety and angry outbursts.",
             ["EDU-ATT", "EDU-EXC", "MH-CHILD"],
             ["risk wording: 'at risk of permanent exclusion' is a present risk"]),
            ("red",
             "Section 47 started 06/01 after Jade disclosed that her partner Darren strangled her on New Year's Eve while she was holding Freddie (5 months). Darren was arrested and is on bail to an address in Kettlegate.",
             ["DA"],
             []),
        ]),
        ("C", "2026-06-22", [
            ("blue",
             "Jade keeps in touch with her IDVA by text and has joined the Freedom Programme, which starts in July.",
             ["DA"], []),
            ("yellow",
             "Contact was agreed at mediation in May: Mason sees his dad every other weekend, handovers happen at the grandparents' and the shouting has stopped. Jade's UC was cut when the joint claim with Darren ended and she has been to the food bank twice.",
             ["FIN"],
             ["historical: contact dispute settled, no REL-CONF"]),
            ("orange",
             "Mason is back in full time at Saltmere Academy with no suspensions since February, but he remains on the CAMHS caseload.",
             ["MH-CHILD"],
             ["negation scope: attendance and exclusion resolved, CAMHS still present"]),
        ]),
    ]),
    # N012: pregnancy, section 21, dad on probation, NEET stepson
    ("N012", "Kettlegate", [
        ("A", "2026-02-02", [
            ("green",
             "Midwife reports Sophie's pregnancy (34 weeks) is progressing normally. Sophie (24) has a GAD-7 of 15 and panic attacks in supermarkets; the GP has prescribed propranolol.",
             ["MH-ADULT"],
             []),
            ("yellow",
             "Callum's son Jayden (17), who lives with the family, dropped out of his college plumbing course in November and spends most days gaming in his room; the EHW has referred him to the council's youth employment service. Evie (2) says very few words and the HV has referred her to the 'Chatterbox' group at the family hub.",
             ["EDU-NEET", "EYD"],
             ["look-alike: 'gaming' is not gambling/FIN",
              "convention 11: NEET 17-year-old, no FIN"]),
            ("orange",
             "The landlord has served a section 21 notice expiring 31/03 and the family have seen the council's housing options team. Callum (26) is on probation until August for theft and reports to his officer weekly.",
             ["HOUS", "CRIME"],
             ["convention 7: adult household member on probation is CRIME"]),
        ]),
    ]),
]

# ---------------------------------------------------------------------------
# Unboxed case notes: (date, locality, narrative, level, [codes], [traps]).
# level is the one gold level for all its codes (None when no codes).
# ---------------------------------------------------------------------------
NOTES = [
    ("2025-03-03", "Kettlegate",
     "HV joint visit with social worker: baby Tia (6 weeks) was made subject of a CP plan under neglect at ICPC last week after she was twice found with a bottle propped in her cot and no adult in the room. The flat smells strongly of cat urine and the litter trays are overflowing.",
     "red", ["SAFE-NEG"], []),
    ("2025-04-22", "Saltmere",
     "HV 6-8wk check at home: Oliver is feeding well on formula along the 50th centile. Mum's EPDS 5 and GAD-7 2, no concerns about mood. Routine enquiry for DA: none. Safe sleep discussed; Oliver sleeps in his cot in the parents' room.",
     None, [],
     ["no gold: low EPDS/GAD-7 scores with no concern", "negation: 'DA: none'"]),
    ("2025-05-06", "Hollinbrook",
     "Family support worker visit: Hannah (33) is on UC and has been skipping meals so that Maisie (2) and Jake (4) can eat; the electric meter ran out twice this month. FSW referred her to the baby bank for nappies and to the Household Support Fund.",
     "yellow", ["FIN"],
     ["convention 10: parent skipping meals with children fed and fuel poverty is FIN, not SAFE-NEG"]),
    ("2025-05-12", "Kettlegate",
     "HV note: at Evie's 1yr review Kirsty disclosed that her partner takes her wages, tracks her phone and calls her useless in front of the baby. She does not want the police involved. HV completed a DASH (score 12) and referred to MARAC on professional judgement.",
     "orange", ["DA"],
     ["level: police cue negated, MARAC gives orange",
      "coercive control taking wages is DA, not FIN"]),
    ("2025-06-02", "Saltmere",
     "Nursery keyworker report: Kayden (3y 2m) is still in nappies and shows no interest in the potty; nursery and Mum have started a shared toileting plan. He uses all 15 of his funded hours.",
     "green", ["EYD"],
     []),
    ("2025-06-10", "Hollinbrook",
     "Dad (Sam) rang the Family Information Service about Alfie (2) biting and hitting at home. He was sent a tip sheet and the NHS Start for Life pages, which he has read with Alfie's mum and is trying out.",
     "blue", ["REL-PAR"],
     []),
    ("2025-05-14", "Kettlegate",
     "Police: officers attended at 01:30 after Liam (16) punched a hole in a door and pushed his mum when she took his phone; his baby sister (8 months) was in the house. Liam left school last summer and has not been in education, training or work since.",
     "orange", ["REL-PAR", "CRIME", "EDU-NEET"],
     ["convention 8: child-to-parent violence is REL-PAR (+CRIME with police), not DA"]),
    ("2025-07-01", "Saltmere",
     "Portage home visit: Amelia (22 months) has Down's syndrome and is not yet walking; the Portage worker is setting small-step goals for standing and teaching her first Makaton signs. She has six-monthly cardiology follow-up at the children's hospital.",
     "yellow", ["EYD", "PH"], []),
    ("2025-07-08", "Hollinbrook",
     "GP letter copied to HV: Precious (30) had postnatal depression after her first baby in 2019, was treated and has had no symptoms since. She is now 20 weeks pregnant and her mood is good. If low mood returns after the birth the GP will refer her to the perinatal team.",
     None, [],
     ["historical: PND in 2019, ended", "hypothetical: 'if low mood returns'"]),
    ("2025-09-22", "Kettlegate",
     "Strategy meeting about the unborn baby of Shauna (22), due in November. Shauna smokes crack cocaine most days. Her two older children were removed and adopted in 2021 and 2023. Pre-birth assessment under PLO agreed.",
     "red", ["SUB"],
     ["look-alike: 'smokes' here is crack cocaine, so SUB (unlike tobacco)",
      "historical: earlier removals not coded"]),
    ("2025-03-27", "Saltmere",
     "TAF review at Brookside Family Hub: Toby (4) starts Reception in September but cannot yet dress himself, still has a bottle at night and does not recognise his written name; he is booked onto the hub's school readiness group. His brother Ethan (9) is being bullied by Year 6 boys on the way home and sees the school counsellor weekly for anxiety.",
     "orange", ["EYD", "SAFE-EXP", "MH-CHILD"],
     []),
    ("2025-08-04", "Hollinbrook",
     "Ayesha rang back to say she used the council's online benefits calculator as suggested and has applied for Council Tax Reduction, which should bring down her £420 council tax arrears. She will call again if she needs more help.",
     "blue", ["FIN"],
     ["hypothetical tail ('if she needs more help') does not cancel the present arrears"]),
    ("2025-08-19", "Kettlegate",
     "HV 2-2.5yr review for Noah: ASQ-3 above the cut-off in all areas, 50+ words and joining words. His sister Grace (8 months) still refuses anything from a spoon and gags on lumps; HV gave weaning advice and will review at her 1yr check.",
     "green", ["EYD"],
     []),
    ("2025-09-09", "Saltmere",
     "Drug and alcohol service update: Ross (35), dad of Ellis (3), attends CGL fortnightly for his weekend cocaine use. His partner Hayley says she has no concerns about his care of Ellis.",
     "yellow", ["SUB"],
     ["negation scope: 'no concerns' covers parenting only"]),
    ("2025-10-13", "Hollinbrook",
     "Housing: the housing association has served a possession notice on the parents of Jess (6) and the twins (10 months) for £2,300 rent arrears; court hearing on 18/03/2026. Dad's hours at the factory were cut in the autumn.",
     "orange", ["HOUS", "FIN"], []),
    ("2025-10-21", "Kettlegate",
     "Leanne and the children's dad separated amicably two years ago and share care week about without problems. Leanne's hours at the care home have been cut and she has been putting the weekly shop on a credit card; she has looked up StepChange and booked a call herself.",
     "blue", ["FIN"],
     ["historical/negated: amicable separation with no problems is not REL-CONF",
      "look-alike: working at a care home is not CARER"]),
    ("2025-11-04", "Saltmere",
     "CAMHS letter: Scarlett (15), older sister of baby Reuben, was assessed after cutting her arms; she says she has felt left out and low since the baby arrived. She starts a DBT skills group next month.",
     "orange", ["MH-CHILD"],
     []),
    ("2025-11-11", "Hollinbrook",
     "Young carers service assessment: Aaron (10) reads his mum's letters to her because she is registered blind, helps bath his baby brother and goes to the shop with her. He has been offered a place at the young carers group.",
     "yellow", ["CARER", "PH"], []),
    ("2025-12-10", "Kettlegate",
     "Child in need review: Tina has a learning disability and finds it hard to keep to Jacob's feeding routine without step-by-step prompts from the family support worker, who visits daily. Jacob is growing steadily along the 9th centile and there are no concerns about his weight.",
     "red", ["REL-PAR", "PH"],
     ["negation: no weight concern, PH comes from Mum's disability",
      "level: CIN review is red although a family support worker is named"]),
    ("2025-12-16", "Saltmere",
     "HV new birth visit: Grace (27) denies any alcohol or drug use, has never smoked and says there are no debts. Home warm and tidy, Moses basket in the parents' room. Baby's newborn hearing screen clear.",
     None, [],
     ["negation: denies alcohol/drugs, no debts", "no gold"]),
    ("2025-04-07", "Hollinbrook",
     "MARAC: Stacey (24) is 30 weeks pregnant; her ex Jason, who is not the baby's father, has breached his non-molestation order three times by waiting outside her flat. Midwife and IDVA in regular contact. Stacey smokes roll-ups and has not used cannabis since she was 19.",
     "orange", ["DA"],
     ["not SUB: tobacco smoking", "historical: cannabis use ended at 19",
      "convention 7: ex-partner's breaches are DA, not CRIME"]),
    ("2026-01-20", "Kettlegate",
     "EHW visit: Gary has been out of work since the plant closed in June and the household lives on UC and Mum's part-time wage; they are £700 behind on water and council tax. Lola (3) has not started nursery because Gary thought they would have to pay; EHW explained the funded 15 hours and gave a list of local settings.",
     "yellow", ["FIN", "EYD"], []),
    ("2026-01-27", "Saltmere",
     "School nurse: Harvey (7), big brother of baby Evie, wets the bed most nights and is embarrassed about the Year 3 residential; GP has prescribed desmopressin.",
     "green", ["PH"],
     ["convention 9: bedwetting at school age is PH, not EYD"]),
    ("2025-10-19", "Hollinbrook",
     "Police notification: officers were called to the home after neighbours heard Mum and Dad shouting about who should do the night feeds. No assault, both calm when officers arrived, no DA disclosed and no history of it. The children (1 and 4) were asleep upstairs.",
     "orange", ["REL-CONF"],
     ["negation: DA explicitly negated", "CRIME look-alike: police call-out about an argument is not offending",
      "level: police call-out gives orange"]),
    ("2026-02-03", "Kettlegate",
     "HV background note: Dad (Mark) served a prison sentence for burglary from 2016 to 2019, his licence ended in 2021 and there has been no police contact since. He is currently off work with a slipped disc and the family are two months behind on rent.",
     "green", ["PH", "FIN"],
     ["historical: prison and licence ended, no CRIME"]),
    ("2026-02-10", "Saltmere",
     "Family hub worker: Olivia (19) says Archie (4 months) cries all the time and she finds it hard to feel close to him; she thinks he doesn't like her. Her EPDS today was 7 and she reports no low mood. The hub worker has booked her onto baby massage and an 'Understanding Your Baby' course.",
     "yellow", ["REL-PAR"],
     ["look-alike: baby crying is not MH-CHILD", "negation: low EPDS, no low mood"]),
    ("2025-06-12", "Hollinbrook",
     "ICPC: Kacey (2) and the unborn baby made subject of CP plans under emotional abuse because of Dad (Jordan)'s violence towards Mum; he has been arrested four times for assaulting her since 2024. Mum says she drinks six cans a night to cope.",
     "red", ["DA", "SUB"],
     ["DA vs CRIME: arrests for assaulting Mum are DA only"]),
    ("2025-07-29", "Kettlegate",
     "HV universal closure: all checks complete. Jenny (2y 6m) met all milestones at her 2-2.5yr review and attends Saltmere Nursery for 15 hours. Family declined further contact.",
     None, [],
     []),
    ("2025-09-30", "Saltmere",
     "Managed move agreed for Kieran (14) from Kettlegate High to Hollinbrook Academy after a second suspension for fighting. His mum is 32 weeks pregnant and says he shouts, smashes things and ignores every rule at home.",
     "orange", ["EDU-EXC", "REL-PAR"], []),
    ("2025-11-18", "Hollinbrook",
     "EHW referral to Citizens Advice: Danielle has been caught by the two-child limit since baby Rory was born, is repaying a £1,800 UC advance and is behind on the gas.",
     "yellow", ["FIN"], []),
    ("2025-12-02", "Kettlegate",
     "Chloe had an emergency caesarean two weeks ago and cannot drive or lift the older two for six weeks; her own mum has moved in and does the school run.",
     "blue", ["PH"],
     []),
    ("2026-02-17", "Saltmere",
     "Dad (Luke) asked the EHW what would happen if he lost his job when his contract ends in March; EHW explained UC and the council's discretionary fund. He is working full time now and the family have no debts.",
     None, [],
     ["hypothetical: possible job loss", "negation: no debts"]),
    ("2026-02-02", "Hollinbrook",
     "Police attended after Bethany (25) rang 999 saying she felt she might hurt herself; baby Luna (7 weeks) was safe with her dad. Bethany was admitted to a mother and baby unit the next day with postpartum psychosis.",
     "orange", ["MH-ADULT"],
     ["CRIME look-alike: police welfare response is not CRIME"]),
    ("2026-03-03", "Kettlegate",
     "Nursery report: Isaac (3) speaks Urdu at home and is starting to use English words at nursery; nursery has no concerns about his language development. His eczema is flaring and the GP has prescribed a stronger cream.",
     "green", ["PH"],
     ["negation: EAL with no language concern is not EYD"]),
    ("2026-03-10", "Saltmere",
     "Early help assessment by EHW: Rachel has type 1 diabetes and has been admitted twice this year with very high blood sugars. Keira (12) checks her mum's glucose monitor at night and looks after baby Theo when Rachel is unwell.",
     "yellow", ["PH", "CARER"], []),
    ("2026-01-13", "Hollinbrook",
     "Kelsey (17), mum of Ivy (5 weeks), is looked after under section 20 and lives with Ivy in a parent and baby foster placement. Kelsey left college in October and is not working or training. Her foster carer is helping her with night feeds.",
     "red", ["EDU-NEET"],
     ["look-alike: 'foster carer' is not CARER", "convention 11: NEET only, no FIN"]),
    ("2025-10-07", "Kettlegate",
     "YOS worker: Brandon (15) is on a referral order for robbery and lives with his mum, her partner and their new baby. His attendance at Hollinbrook Academy is 64% and he has had two fixed-term suspensions this year.",
     "orange", ["CRIME", "EDU-ATT", "EDU-EXC"], []),
    ("2025-08-12", "Saltmere",
     "Booking appointment: Fiona (29) says she had a difficult childhood, left home at 16 and her mother drank heavily; she has no contact with her mother now. Her BMI at booking was 41 and the midwife has asked the GP to arrange early screening for gestational diabetes.",
     "green", ["PH"],
     ["experiencer: grandmother's drinking is outside the household, not SUB",
      "historical: mum's own childhood"]),
    ("2025-09-16", "Hollinbrook",
     "HV: Zara has been back to the GP with pelvic girdle pain since the birth and is using crutches; baby Hugo (10 weeks) is thriving on the 50th centile.",
     "green", ["PH"], []),
    ("2025-11-25", "Kettlegate",
     "EHW: Jasmine and Kai split up last month and Kai has moved back to his mother's; they argue by text about when he can see baby Nova. A mediation appointment is booked for both of them.",
     "yellow", ["REL-CONF"], []),
    ("2025-08-28", "Saltmere",
     "Police: Dale, who lives with Gemma and her children (1 and 3), was arrested at the house for carrying a knife after a fight outside a pub. Gemma and the children were not involved and there is no DA history between Dale and Gemma.",
     "orange", ["CRIME"],
     ["DA vs CRIME: household member's offence not against Mum is CRIME", "negation: no DA history"]),
    ("2025-12-09", "Hollinbrook",
     "Kate says Poppy (3) still has wee accidents most days. She is following the ERIC toilet-training guide she found online and has asked Grandma to use the same routine when she babysits.",
     "blue", ["EYD"], []),
    ("2026-01-14", "Kettlegate",
     "PLO pre-proceedings meeting: Wayne is the sole carer of Jaxon (4) and Millie (18 months). He smokes cannabis throughout the day and has left the children alone in the flat while he goes to the shop. Jaxon has not been taken to his nursery place since November.",
     "red", ["SUB", "SAFE-NEG", "EYD"],
     ["look-alike: 'sole carer' is a parent, not CARER"]),
    ("2026-02-24", "Saltmere",
     "Parenting course feedback: Mum and Dad went to 8 of the 10 Triple P group sessions. They still struggle with bedtime boundaries: Ava (4) refuses to stay in her bed and screams until they let her into theirs.",
     "yellow", ["REL-PAR"], []),
    ("2025-10-28", "Hollinbrook",
     "GP note: Ahmed, dad of twins (6 months), had a hernia repair and is off work for six weeks on full company sick pay; he says there are no money worries.",
     "green", ["PH"],
     []),
    ("2025-11-19", "Kettlegate",
     "TAF plan: Lauren and her children Riley (4) and Skye (9 months) live in a one-bedroom flat above a takeaway; the children share the only bedroom and Lauren sleeps on the sofa. Riley's WellComm is in the red band and he is on the SALT waiting list.",
     "orange", ["HOUS", "EYD"], []),
    ("2026-03-17", "Saltmere",
     "EHW: Connor (13), older brother of baby Lily-Rose, is on the ADHD pathway at Kettlegate High. At home he ignores his curfew and swears at Mum when she takes his Xbox.",
     "yellow", ["EDU-SEND", "REL-PAR"],
     []),
    ("2026-03-24", "Hollinbrook",
     "HV: Maya (2) has around 40 words and Mum reads with her every day. HV will refer to SALT only if Maya's speech has not moved on by her 2-2.5yr review in April.",
     None, [],
     ["hypothetical: SALT referral only if speech stalls", "no gold"]),
    ("2025-11-13", "Kettlegate",
     "Strategy meeting: Maddison (12), older sister of baby Ruby, has been sending photos to a man she met on Snapchat who says he is 16. She went missing overnight on 11/11 and police found her at Kettlegate bus station.",
     "red", ["SAFE-EXP"],
     ["convention 7: police finding a missing child is not CRIME"]),
    ("2025-11-26", "Saltmere",
     "EHW: since baby Jude was born in September, Lacey (8) has missed 22 sessions at St Anne's Primary. Mum (Rebecca) has severe postnatal depression (EPDS 22) and says she cannot face leaving the house in the mornings; the GP has increased her antidepressant.",
     "yellow", ["EDU-ATT", "MH-ADULT"], []),
    ("2025-06-17", "Hollinbrook",
     "SENCO, Hollinbrook Primary: Jayden (6), big brother of twins born in May, has an EHCP for autism and a 1:1 in class. He is being bullied at playtime by two boys in Year 2.",
     "green", ["EDU-SEND", "SAFE-EXP"], []),
    ("2026-03-03", "Kettlegate",
     "Mum called the police after an argument on the doorstep with Dad, who moved out in January, over him keeping the children's passports. No violence and Mum says there has never been any abuse. Their son Ollie (13) has been permanently excluded from Kettlegate High and has been at the pupil referral unit since February.",
     "orange", ["REL-CONF", "EDU-EXC"],
     ["negation: abuse denied, so REL-CONF not DA",
      "CRIME look-alike: police called to an argument is not CRIME"]),
]


def build():
    narr_rows, gold_rows, traps = [], [], {}
    # boxed
    for case_id, loc, stages in CASES:
        for stage_letter, date, boxes in stages:
            triage_id = f"{case_id}-{stage_letter}"
            stage = "assessment" if stage_letter == "A" else "closure"
            for level, text, codes, trap in boxes:
                nid = f"{triage_id}-{level}"
                narr_rows.append([nid, triage_id, case_id, stage, date, level, loc, text])
                assert len(set(codes)) == len(codes), nid
                for c in codes:
                    gold_rows.append([nid, c, level])
                if trap:
                    traps[nid] = trap
    # unboxed
    for i, (date, loc, text, level, codes, trap) in enumerate(NOTES, start=1):
        nid = f"NV{i:03d}"
        narr_rows.append([nid, nid, nid, "assessment", date, "", loc, text])
        assert (level is None) == (not codes), nid
        assert len(set(codes)) == len(codes), nid
        for c in codes:
            gold_rows.append([nid, c, level])
        if trap:
            traps[nid] = trap
    return narr_rows, gold_rows, traps


def write_csv(path, header, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)  # default dialect: minimal quoting, CRLF
        w.writerow(header)
        w.writerows(rows)


def readme(narr_rows, gold_rows, traps):
    n = len(narr_rows)
    boxed = [r for r in narr_rows if r[5]]
    unboxed = [r for r in narr_rows if not r[5]]
    with_gold = {g[0] for g in gold_rows}
    no_gold = [r[0] for r in narr_rows if r[0] not in with_gold]
    triages = Counter((r[1], r[3]) for r in boxed)
    n_a = sum(1 for (t, s) in triages if s == "assessment")
    n_c = sum(1 for (t, s) in triages if s == "closure")
    cases = {r[2] for r in boxed}
    table = defaultdict(Counter)
    for nid, code, lev in gold_rows:
        table[code][lev] += 1
    lines = []
    lines.append("# Blind gold set N: early years and perinatal families\n")
    lines.append("## How it was written\n")
    lines.append(
        "Written blind by a helper session. The only project files read were "
        "`/work/shared/taxonomy.md` (read in full and used as the coding spec) and "
        "the dev set's `README.md`, `narratives.csv` and `gold.csv`, which were "
        "looked at only for the column layout, id style and file format (RFC 4180, "
        "UTF-8, CRLF, minimal quoting). No dev-set sentence or taxonomy example "
        "phrase was copied or paraphrased: every narrative was written fresh. "
        "`/work/main`, `/work/core`, `/tmp/heldout`, other `/tmp/blind-*` folders "
        "and any Samples folder were not opened, and no coding tool was run. "
        "All names, schools, towns and localities (Hollinbrook, Saltmere, "
        "Kettlegate) are invented; dates are in 2025-2026.\n")
    lines.append(
        "Gold codes were assigned by hand under the taxonomy's status rules and "
        "coding conventions: only `present` issues get a gold row; negated, "
        "historical-only and hypothetical-only mentions get none; 'now managing' "
        "counts as present only in blue and green boxes (and was kept out of "
        "higher boxes and unboxed notes so it never decides a row there). Boxed "
        "rows take the box's level. Each unboxed note contains at least one "
        "explicit level cue from convention 2 and takes the highest one; cues "
        "whose level is not fixed by the taxonomy (perinatal team, SALT, IDVA, "
        "hospital clinics) appear in coded notes only alongside a clearer cue at "
        "the same or a higher level. Sentences that could be read two ways under the rules were "
        "rewritten until one reading remained.\n")
    lines.append("## Style\n")
    lines.append(
        "Early years and perinatal families, from pregnancy to age 5, often with "
        "older siblings: health visitor and midwife contacts (NBV, 6-8wk, 1yr and "
        "2-2.5yr reviews, ASQ, WellComm, EPDS/PHQ-9/GAD-7 scores, centiles), "
        "family hub and early help workers, nursery, childminder and Portage "
        "reports, perinatal mental health (mums' and dads'), infant weight and "
        "feeding, toileting, funded hours, school readiness, DA in pregnancy, "
        "parental substance use, money and housing pressures around a new baby, "
        "young parents and parents with learning disabilities. Older siblings' "
        "school issues (attendance, suspensions, SEND, exploitation, youth "
        "justice) and parents' own health and childhood history are mixed in, so "
        "the experiencer matters (school-age speech is EDU-SEND, not EYD; a "
        "teenager's mental health is MH-CHILD; a grandmother outside the "
        "household is not coded).\n")
    lines.append("## Files\n")
    lines.append("- `build.py` holds every narrative, gold code and trap note; running it writes the files below and this README.")
    lines.append("- `narratives.csv`: narrative_id,triage_id,case_id,stage,date,level,locality,narrative")
    lines.append("- `gold.csv`: narrative_id,code,level (one row per present code)")
    lines.append("- `traps.json`: narrative_id -> list of short notes on the deliberate difficulty (only narratives with a trap)")
    lines.append("- `check.py`: format and consistency checks; prints counts and `OK`.\n")
    lines.append("## Contents\n")
    lines.append("| item | count |")
    lines.append("|---|---:|")
    lines.append(f"| narratives | {n} |")
    lines.append(f"| boxed narratives | {len(boxed)} ({len(cases)} cases, {n_a} assessment + {n_c} closure triages) |")
    lines.append(f"| unboxed notes | {len(unboxed)} |")
    lines.append(f"| gold rows | {len(gold_rows)} |")
    lines.append(f"| narratives with no gold row | {len(no_gold)} |")
    lines.append(f"| narratives with a deliberate trap | {len(traps)} ({100*len(traps)/n:.0f}%) |")
    lines.append("")
    lines.append("Narratives with no gold row: " + ", ".join(no_gold) + ".\n")
    lines.append("## Gold rows by code and level\n")
    lines.append("| code | " + " | ".join(LEVELS) + " | total |")
    lines.append("|---|" + "---:|" * (len(LEVELS) + 1))
    tot = Counter()
    for c in CODES:
        row = [table[c][l] for l in LEVELS]
        for l in LEVELS:
            tot[l] += table[c][l]
        lines.append(f"| {c} | " + " | ".join(str(x) for x in row) + f" | {sum(row)} |")
    lines.append("| total | " + " | ".join(str(tot[l]) for l in LEVELS) + f" | {sum(tot.values())} |")
    lines.append("")
    lines.append("Regenerate with `python3 build.py && python3 check.py`.")
    return "\n".join(lines) + "\n"


def main():
    narr_rows, gold_rows, traps = build()
    write_csv(os.path.join(HERE, "narratives.csv"),
              ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"],
              narr_rows)
    write_csv(os.path.join(HERE, "gold.csv"), ["narrative_id", "code", "level"], gold_rows)
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8") as f:
        json.dump(traps, f, indent=1, ensure_ascii=False)
        f.write("\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme(narr_rows, gold_rows, traps))
    print(f"wrote {len(narr_rows)} narratives, {len(gold_rows)} gold rows, {len(traps)} trap entries")


if __name__ == "__main__":
    main()
