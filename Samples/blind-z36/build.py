#!/usr/bin/env python3
"""Blind hand-coded gold set for early-help triage coding (set z36).

Every narrative, its gold codes and short trap notes are written by hand below.
Coded from /work/shared/taxonomy.md only. Running this writes narratives.csv,
gold.csv and traps.json next to this file. Python 3 standard library only.
"""
import csv
import io
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# Each entry: one narrative.
#   boxed:   case, stage (A/C), date, box level, locality, text, gold codes, traps
#   unboxed: note id, stage, date, gold level (from the cue convention), locality, ...
# traps: list of (type, note). Types used: negated, historical, hypothetical,
#   lookalike, outside-household, need-met, good-news, convention, na-box.
ROWS = []

LOC = {"B": "Brackenmoor", "W": "Wyvern Park", "L": "Lowmarsh", "C": "Copperfield East"}


def box(case, stage, date, level, loc, text, codes, traps=()):
    ROWS.append(dict(kind="box", case=case, stage=stage, date=date, level=level,
                     loc=LOC[loc], text=text, codes=codes.split(), traps=list(traps)))


def note(nid, stage, date, gold_level, loc, text, codes, traps=()):
    ROWS.append(dict(kind="note", case=nid, stage=stage, date=date, level=gold_level,
                     loc=LOC[loc], text=text, codes=codes.split(), traps=list(traps)))


# ---------------------------------------------------------------- part 1: Z001-Z007
box("Z001", "A", "2025-01-14", "green", "B",
    "tyler (3) started at little owls nursery in sept but only goes 2 mornings, mum says hes 'not keen'. HV 3yr check - speech behind, few clear words & still in nappys day and night.\nnursery keyworker doing extra talk time w/ him. hearing test fine, no concerns",
    "EYD",
    [("negated", "hearing test fine, no concerns: not PH")])
box("Z001", "A", "2025-01-14", "yellow", "B",
    "mum (dani) v low since xmas, crying most days, GP started her on sertraline 2 wks ago. says she cant face the school run so kian (10) gets tyler dressed & walks him to nursery b4 school most days, kian late x6 this half term. young carers referral tbc",
    "MH-ADULT CARER EDU-ATT")
box("Z001", "C", "2025-06-20", "blue", "B",
    "dani says shes feeling loads better, still taking the tablets & goes to a walking grp w/ her sister on tues. shes doing the nursery run herself again so kian no longer doing it",
    "MH-ADULT",
    [("historical", "kian no longer doing the nursery run: CARER over"),
     ("lookalike", "'tablets' are her antidepressants, not SUB")])
box("Z001", "C", "2025-06-20", "green", "B",
    "tyler now up to 5 mornings at nursery. keyworker says hes talking more but still well below age, SALT drop in booked for 12/7. dry in the day now, nappy at night",
    "EYD")

box("Z002", "A", "2025-02-03", "orange", "W",
    "reece (15) missing x3 since xmas. last time police found him in a flat in another town w/ £300 cash, 2 phones & wraps of what they think is crack. arrested for PWITS, now open to YOS. huge concerns re CCE / county lines. also had a 5 day suspension for threatening a teacher",
    "SAFE-EXP CRIME EDU-EXC",
    [("convention", "drugs found on an exploited child: SAFE-EXP + CRIME, not SUB (conv 12)")])
box("Z002", "A", "2025-02-03", "yellow", "W",
    "mum (shelley) works nights at a care home. says she has no control over reece, he swears at her, punches doors & stays out. shelley would do a parenting course if one was offered",
    "REL-PAR",
    [("lookalike", "works in a care home: not CARER"),
     ("convention", "night shifts: not FIN (conv 5)"),
     ("hypothetical", "parenting course 'if one was offered' (REL-PAR is present anyway)")])
box("Z002", "A", "2025-02-03", "blue", "W",
    "maternal nan lives 2 doors away & has reece's sister (8) after school every day. shelley says no money worries, bills paid, plenty of food in",
    "",
    [("negated", "no money worries / food in: not FIN, not SAFE-NEG"),
     ("good-news", "nan's help is network only, no need stated")])
box("Z002", "C", "2025-07-15", "yellow", "W",
    "no missing episodes since april. reece on a 6 month referral order, seeing YOS wkly & turning up. back in school but still on report for his behaviuor & got 3 detentions this wk. shelley doing the parenting grp tues eve, says home calmer but still flashpoints at bedtime",
    "CRIME EDU-EXC REL-PAR",
    [("historical", "no missing episodes since april: SAFE-EXP not coded")])

box("Z003", "A", "2025-02-10", "red", "L",
    "strategy mtg held 7/2 after amber (7) told her teacher she saw dad hit mum & push her down the stairs. s47 ongoing. dad (lee) arrested, bailed w/ conditions not to come to the address. mum (kerry) engaging w/ SW",
    "DA",
    [("convention", "partner arrested for assault on mum: DA only, not CRIME (conv 7)")])
box("Z003", "A", "2025-02-10", "orange", "L",
    "kerry & 3 kids in a 1 bed flat, kids sleeping in her room, black mould in the bathroom. landlord served s21 notice last wk, kerry recieved it 3/2. kerry on UC & behind on the gas £400, been to the food bank x2. MARAC referral done",
    "HOUS FIN DA")
box("Z003", "C", "2025-09-01", "orange", "L",
    "kerry & kids moved into temp accom in march, still waiting for a perm offer. TA cramped but dry. gas arrers on a payment plan, £5 a wk off UC. kerry started the freedom programme weds mornings",
    "HOUS FIN DA")
box("Z003", "C", "2025-09-01", "blue", "L",
    "kerry keeps her safety plan in her phone & has a code word w/ her sister if lee turns up. bail conditions still in place. her mum & a freind from church are a good support",
    "DA")

box("Z004", "A", "2025-03-04", "green", "C",
    "ellis (6) yr 1 at st marks, on SEN support, SENCO has asked ed psych to see him, school querying ASD. struggles w/ noise & change, has ear defenders in class. attendance 97%",
    "EDU-SEND",
    [("good-news", "attendance 97%: not EDU-ATT")])
box("Z004", "A", "2025-03-04", "yellow", "C",
    "mum (priya) says ellis doesnt go to sleep till 11-12 most nights & is up at 4, whole house exhausted. GP referred to the sleep clinic. priya asked for help w/ routines, EHW allocated. dad works away mon-fri, no issues between them",
    "PH REL-PAR",
    [("negated", "no issues between parents: not REL-CONF"),
     ("lookalike", "dad working away: not REL-CONF, not FIN")])
box("Z004", "C", "2025-11-12", "green", "C",
    "ellis got ASD dx in oct. SENCO has put in the EHCP request. sleep loads better on melatonin from GP, usually asleep by 9",
    "EDU-SEND PH")

box("Z005", "A", "2025-01-27", "orange", "B",
    "dad (gary) drinking every day, mum (lisa) says hes on 2 bottles of wine a nite, calls her useless & thick in front of the kids, checks her phone & bank. police called x1 by neighbour in jan re shouting, nfa. gary now open to pathways recovery (drug & alcohol)",
    "SUB DA",
    [("convention", "police call-out about the adults' row is DA, not CRIME (conv 7)")])
box("Z005", "A", "2025-01-27", "yellow", "B",
    "mia (13) doing most of the cooking & getting her little bro ready for school when dad has been drinking. she told me she never has time for homework & is getting behind. lisa works 12hr shifts at the hospital",
    "CARER",
    [("convention", "12hr shifts: not FIN (conv 5)")])
box("Z005", "C", "2025-07-04", "yellow", "B",
    "gary 10 wks sober, still sees his pathways key worker wkly & goes to AA sundays. lisa says they still argue about the house & his mates but its 'normal rows' now, no name calling & she doesnt feel controlled like before. mia goes to young carers fortnightly",
    "SUB REL-CONF CARER",
    [("historical", "name calling / control described as over: DA not coded"),
     ("convention", "sober but still with the recovery service: SUB present (conv 4)")])

box("Z006", "A", "2025-03-17", "yellow", "W",
    "connor (17) dropped out of college in nov, not working or looking. in his room gaming till 4am. mum (tina) cant work since her back op, ongoing pain, on ESA & struggling w/ bills, 3 months behind on council tax. connor was never any trouble at school",
    "EDU-NEET PH FIN",
    [("negated", "never any trouble at school: not EDU-EXC")])
box("Z006", "A", "2025-03-17", "green", "W",
    "connor registered w/ GP, jabs up to date. says hes not low or anxious just 'bored'. never been in trouble w/ police. tina worries he'll get in w/ the lads who hang round the shops if he stays bored",
    "",
    [("negated", "not low or anxious: not MH-CHILD"),
     ("negated", "never in trouble w/ police: not CRIME"),
     ("good-news", "jabs up to date: not PH"),
     ("hypothetical", "might get in with the lads 'if he stays bored': not SAFE-EXP / CRIME")])
box("Z006", "C", "2025-08-28", "yellow", "W",
    "Connor started a 12 wk traineeship at the bike workshop thru nextstep youth, going 4 days a wk & loving it. tina goes to the work club at the library, council tax arrers now on a payment arrangement",
    "FIN",
    [("need-met", "connor now in training: EDU-NEET not coded")])

box("Z007", "A", "2025-04-08", "orange", "L",
    "baby noah (4 mths), mum chantelle (19) dx PND, under perinatal mental health team. flat v cluttered, dirty nappies & takeaway boxes on the floor, noah in the same sleepsuit 2 visits running. no food in the fridge & formula almost out",
    "MH-ADULT SAFE-NEG",
    [("convention", "empty fridge alone is SAFE-NEG, not FIN (conv 10)")])
box("Z007", "A", "2025-04-08", "yellow", "L",
    "noah missed his 8 wk jabs & 2 HV apointments. bottle fed, feeding well & gaining wt. dad (ryan) doesnt live here, sees noah every sat, he & chantelle get on fine",
    "PH",
    [("good-news", "feeding well, gaining weight: not EYD"),
     ("negated", "parents get on fine: not REL-CONF")])
box("Z007", "C", "2025-10-21", "green", "L",
    "noah caught up w/ all his jabs. weaning going ok but hes still gagging on lumps, chantelle asking HV for ideas. chantelle still w/ perinatal team, says mood better",
    "EYD MH-ADULT",
    [("historical", "jabs caught up: PH over")])

# ---------------------------------------------------------------- part 2: Z008-Z014
box("Z008", "A", "2025-01-20", "yellow", "C",
    "freya (12) yr 8 attendence 71% this half term, refusing school most mondays, complains of tummy aches. GP found nothing physical. freya told me shes anxious about a group of girls who keep sending her nasty msgs on snapchat",
    "EDU-ATT MH-CHILD SAFE-EXP",
    [("negated", "GP found nothing physical: tummy aches not PH")])
box("Z008", "A", "2025-01-20", "orange", "C",
    "GP reffered to CAMHS after Freya told the school nurse shes been cutting her arms. waiting for triage appt, no date yet tbc. school have put her on a part time timetable, mornings only",
    "MH-CHILD EDU-ATT")
box("Z008", "C", "2025-06-30", "green", "C",
    "freya back on full timetable, attendence 93% this term, school still doing a meet & greet at the gate every morning to get her in.\nsees school counsellor wkly, says it helps, no self harm since feb.\nsnapchat stuff stopped after HOY spoke to the girls",
    "EDU-ATT MH-CHILD",
    [("historical", "snapchat bullying stopped: SAFE-EXP not coded"),
     ("historical", "no self harm since feb (MH-CHILD present via counsellor)")])

box("Z009", "A", "2025-05-12", "yellow", "B",
    "kai (8) & sienna (5) live w/ nan (pat) under an SGO since 2023, pat is their kinship carer. pat is 68 & has COPD, definately struggles w/ the walk to school. kai v hard to manage at home, kicks off when told no & has hit pat x2",
    "PH REL-PAR",
    [("lookalike", "kinship carer: not CARER (conv 12)"),
     ("convention", "child hitting his carer: REL-PAR, not DA (conv 8)")])
box("Z009", "A", "2025-05-12", "green", "B",
    "sienna settled in reception, making freinds. kai on SEN support for reading & spelling, school doing phonics catch up 3x a wk",
    "EDU-SEND",
    [("good-news", "sienna settled: nothing coded for her")])
box("Z009", "C", "2025-12-03", "blue", "B",
    "pat uses the kinship carers fb group for advice & a neighbour does the fri pick up. kai still pushes boundaries but pat sticking w/ the reward chart & says its working most days",
    "REL-PAR",
    [("lookalike", "kinship carers group: not CARER")])

box("Z010", "A", "2025-02-24", "orange", "W",
    "Family of 6 (mum, dad, 4 kids) in a 2 bed privately rented house.\npossession hearing listed 14/5 for rent arrears of £2,300. dad (marek) lost his warehouse job in dec, UC claim sanctioned. using the food bank wkly",
    "HOUS FIN")
box("Z010", "A", "2025-02-24", "yellow", "W",
    "mum (ola) limited english. zuzanna (14) minds the 2 little ones when ola has appts & translates for her at the GP & housing, has missed 6 days this term doing it. ola says shes not depressed just worried sick about money",
    "CARER EDU-ATT FIN",
    [("negated", "not depressed: not MH-ADULT"),
     ("lookalike", "translating at the housing office: no housing need stated here, not HOUS")])
box("Z010", "C", "2025-09-15", "yellow", "W",
    "Possession hearing adjourned, arrears down to £900 after DHP & marek started p/t work. still overcrowded, on the housing register for a 4 bed. citizens advice helping w/ the sanction appeal",
    "HOUS FIN")
box("Z010", "C", "2025-09-15", "blue", "W",
    "zuzanna not minding the little ones or translating anymore, ola uses an interpreter app & the 2 youngest are in nursery now. zuzanna attendence back up to 98%. all the kids get free school meals",
    "",
    [("need-met", "zuzanna no longer caring: CARER over"),
     ("historical", "attendance back up: EDU-ATT over"),
     ("lookalike", "free school meals alone: not FIN"),
     ("good-news", "youngest in nursery: not EYD")])

box("Z011", "A", "2025-03-26", "green", "L",
    "ava (2y 10m) not in nursery yet, mum (gemma) has applied for the 2yr funded place. HV says ava has about 10 words, referred to SALT. still has bottles of milk thru the night",
    "EYD")
box("Z011", "A", "2025-03-26", "yellow", "L",
    "gemma has a mild learning disability & epilepsy, well controlled on her drugs, last seizure 2022. she struggles to read letters & forms. portage worker starting w/ ava next month",
    "PH EYD",
    [("lookalike", "'her drugs' = epilepsy medication: not SUB")])
box("Z011", "C", "2025-10-08", "green", "L",
    "ava started at little acorns 15 hrs, settling well. goes to the SALT group at the childrens centre, now putting 2 words together. nursery manager helps gemma w/ forms",
    "EYD")

box("Z012", "A", "2025-04-14", "yellow", "C",
    "parents seperated in aug after 12 yrs, constant rows over txt about contact, dad (sean) turns up late or not at all. both say theres never been any violence, its just 'bitter'. mum (jade) thinking about mediation. jade says seans new gf drinks alot but shes not around the kids",
    "REL-CONF",
    [("negated", "never any violence: not DA"),
     ("outside-household", "dad's new partner's drinking: not SUB (conv 6)")])
box("Z012", "A", "2025-04-14", "green", "C",
    "lily (9) wetting the bed most nights since xmas, school nurse gave advice & an alarm. josh (11) doing fine at school, no worries",
    "PH",
    [("convention", "bedwetting at school age: PH, not EYD (conv 9)"),
     ("good-news", "josh fine at school: nothing coded")])
box("Z012", "C", "2025-09-22", "blue", "C",
    "jade & sean using a co-parenting app for arrangements, handovers at the leisure centre, jade says its 'civil' now. lily dry most nights w/ the alarm",
    "REL-CONF PH")

box("Z013", "A", "2025-05-06", "orange", "B",
    "tyreese (16) yr 11, smoking cannabis daily, mum (angela) found weed & a grinder in his room. arrested last month for shoplifting w/ mates, got a youth caution. only going in 1-2 days a wk. referral made to the young persons drug & alcohol service",
    "SUB CRIME EDU-ATT")
box("Z013", "A", "2025-05-06", "yellow", "B",
    "angela says tyreese is rude to her, ignores his curfew & stays out past midnight. angela smokes & vapes but doesnt drink. older sister (19) moved out last yr",
    "REL-PAR",
    [("lookalike", "mum smokes and vapes: not SUB (conv 12)"),
     ("negated", "doesnt drink: not SUB")])
box("Z013", "C", "2025-10-30", "orange", "B",
    "tyreese still using cannabis most days but cut down, sees the drug & alcohol worker fortnightly. no further arrests since the caution in april. started college in sept doing bricklaying, going most days",
    "SUB",
    [("historical", "no further arrests since april: CRIME not coded"),
     ("good-news", "at college most days: not EDU-ATT / EDU-NEET")])

box("Z014", "A", "2025-06-02", "yellow", "W",
    "mum (rachel) has PTSD from an abusive relationship w/ her ex, he's in prison till 2028, no contact. rachel under the community mental health team, some days cant get out of bed. both kids (10 & 7) good attenders",
    "MH-ADULT",
    [("historical", "abusive ex in prison, no contact: DA over"),
     ("good-news", "good attenders: not EDU-ATT")])
box("Z014", "A", "2025-06-02", "green", "W",
    "poppy (7) asthma, 2 hospital admissions this winter. GP & asthma nurse reviewing, she missed her last asthma review",
    "PH")
box("Z014", "C", "2026-01-19", "blue", "W",
    "poppys asthma much better w/ the new preventer inhaler, rachel makes sure she has it every night. no admissions since feb",
    "PH")
box("Z014", "C", "2026-01-19", "green", "W",
    "rachel discharged from CMHT back to GP, still on antidepressants, says her mood is much more stable",
    "MH-ADULT")

# ---------------------------------------------------------------- part 3: Z015-Z021
box("Z015", "A", "2025-04-22", "red", "L",
    "ICPC 17/4 - Maddie (14) on a CP plan under neglect.\n she was meeting an older man she met online, police found her in his car at 2am. missing x4 in march. mum (donna) drunk most evenings & often doesnt know where maddie is",
    "SAFE-EXP SUB SAFE-NEG",
    [("convention", "police finding a missing child is safeguarding, not CRIME (conv 7)")])
box("Z015", "A", "2025-04-22", "orange", "L",
    "maddie open to CAMHS for low mood since 2024, has started self harming again. sent home 3 times this term for behaviour & school say shes at risk of perm exclusion",
    "MH-CHILD EDU-EXC")
box("Z015", "C", "2025-11-25", "red", "L",
    "maddie still on CP plan. no missing episodes for 8 wks but police found she has a new insta acct & is messaging adult men again. donna goes to the alcohol service, says shes 3 wks dry",
    "SAFE-EXP SUB",
    [("historical", "no missing episodes for 8 wks (SAFE-EXP present via online contact)")])
box("Z015", "C", "2025-11-25", "orange", "L",
    "maddie still w/ CAMHS, 1-1 fortnightly. in school full time now, no exclusions since easter",
    "MH-CHILD",
    [("historical", "no exclusions since easter: EDU-EXC over")])

box("Z016", "A", "2025-02-12", "green", "C",
    "harvey (11) has cerebral palsy (CP) & uses a wheelchair, gets DLA. mum (sue) is his parent carer, on carers allowance. harvey has an EHCP, annual review due june",
    "PH EDU-SEND",
    [("lookalike", "'CP' = cerebral palsy here, not a CP plan"),
     ("convention", "DLA / carers allowance alone: not FIN (conv 5)"),
     ("lookalike", "parent carer: not CARER (conv 12)")])
box("Z016", "A", "2025-02-12", "yellow", "C",
    "harveys sister esme (13) helps lift him in & out of the bath & does his evening meds when sue is on lates. esme says she never gets to see her freinds. referred to young carers service",
    "CARER",
    [("convention", "mum on late shifts: not FIN")])
box("Z016", "C", "2025-08-06", "blue", "C",
    "esme goes to young carers club every tues & went on their residential. sue has got a PA for harvey 2 evenings a wk so esme isnt lifting him now",
    "CARER")

box("Z017", "A", "2025-10-06", "yellow", "B",
    "private rented, damp & mould in both bedrooms, landlord not answering. baby leo (9m) chesty cough for wks, GP thinks its linked. mum (kirsty) not putting the heating on as she cant afford it, prepay meter keeps running out",
    "HOUS PH FIN")
box("Z017", "A", "2025-10-06", "green", "B",
    "leo meeting all his milestones, HV happy at 9 mth review. kirsty still breastfeeding, HV will re-weigh if feeds drop off",
    "",
    [("good-news", "development fine, no need stated: not EYD (conv 3)"),
     ("hypothetical", "re-weigh 'if feeds drop off': not PH")])
box("Z017", "C", "2026-02-23", "green", "B",
    "Environmental Health went out, landlord has done the damp treatment & new windows, mould gone. leos cough cleared up. kirsty getting fuel vouchers from the council & the warm home discount, managing the meter ok",
    "FIN",
    [("historical", "damp treated, mould gone: HOUS over"),
     ("historical", "cough cleared up: PH over")])

box("Z018", "A", "2025-03-10", "orange", "W",
    "ollie (14) assaulted mum (nicola) sat night, pushed her into a door, police called & ollie arrested. 3rd incident this yr. ollie on the ADHD pathway, waiting for assessment. nicola says shes scared of him",
    "REL-PAR CRIME EDU-SEND",
    [("convention", "child-to-parent violence: REL-PAR (+CRIME for police), not DA (conv 8)")])
box("Z018", "A", "2025-03-10", "yellow", "W",
    "ollie on a reduced timetable (3hrs a day) since sept after fights in the yard, school have mentioned a managed move. nicola works p/t at the supermarket, no debts",
    "EDU-ATT EDU-EXC",
    [("negated", "no debts: not FIN")])
box("Z018", "C", "2025-09-29", "yellow", "W",
    "no police call outs since june. ollie doing an out of court disposal w/ YOS, sessions wkly untill march. got ADHD dx & started meds, school say hes calmer & hes back on full timetable. still the odd row at home but no violence",
    "CRIME EDU-SEND REL-PAR",
    [("historical", "back on full timetable: EDU-ATT over"),
     ("negated", "no violence (REL-PAR present for the rows)"),
     ("lookalike", "ADHD meds: not SUB")])

box("Z019", "A", "2025-07-07", "yellow", "L",
    "dad (craig) gambling online, £6k on credit cards & a payday loan, mum (steph) only found out last month. they row about it every night but steph says hes never been violent or controlling. craig has self excluded from the betting sites & sees a gambling support worker",
    "FIN REL-CONF",
    [("convention", "gambling debts: FIN, not SUB (conv 10)"),
     ("lookalike", "self excluded from betting sites: not EDU-EXC"),
     ("negated", "never violent or controlling: not DA")])
box("Z019", "A", "2025-07-07", "green", "L",
    "both kids (6 & 8) at st barnabas, good attendence, no concerns from school. steph has type 1 diabetes, manages it well on a pump",
    "PH",
    [("good-news", "good attendance, no concerns: not EDU-ATT")])
box("Z019", "C", "2026-01-12", "blue", "L",
    "craig still using the blocking app, debt management plan set up thru a free debt charity, paying £120 a month. still the odd disagreement but steph says they talk things thru now",
    "FIN REL-CONF")

box("Z020", "A", "2025-08-11", "yellow", "C",
    "keeley (17) 30 wks pregnant, lives w/ her mum (dawn). not in education or work since leaving yr 11, says she might look at college after the baby. dawn on UC, no money problems mentioned",
    "EDU-NEET",
    [("convention", "UC alone with no money problem: not FIN (conv 5)")])
box("Z020", "C", "2026-02-02", "green", "C",
    "baby skye born 3/10, healthy, HV new birth visit done, keeley coping well w/ dawns help. keeley still not in education or work, wants to start college sept 26, futures adviser linked in",
    "EDU-NEET",
    [("good-news", "healthy baby, HV visit done: not EYD / PH")])

box("Z021", "A", "2025-05-19", "orange", "B",
    "Dad (paul) single parent of 2 boys (9 & 12).\n• house v cluttered, hoarding, kitchen unusable, boys living on takeaways\n• paul has severe depression, CMHT care co-ordinator\n• boys late to school most days & come in unwashed\n• housing assoc served notice of seeking possession re the property condition",
    "SAFE-NEG MH-ADULT EDU-ATT HOUS")
box("Z021", "A", "2025-05-19", "yellow", "B",
    "neighbours at no.14 play loud music all hrs & were arrested for dealing last month, paul says its making his anxeity worse. josh (12) does all the shopping & cooking for the 3 of them",
    "MH-ADULT CARER",
    [("outside-household", "neighbours' arrest for dealing: not CRIME, not SUB (conv 6)")])
box("Z021", "C", "2025-12-15", "orange", "B",
    "house cleared w/ help from the declutter service, kitchen working again, possession notice withdrawn. paul still under CMHT. josh goes to young carers wkly",
    "MH-ADULT CARER",
    [("historical", "house cleared: SAFE-NEG over"),
     ("historical", "possession notice withdrawn: HOUS over")])

# ---------------------------------------------------------------- part 4: Z022-Z028
box("Z022", "A", "2025-09-08", "green", "W",
    "mum (hannah) & twins (3) in a HA flat, secure tenancy. twins at nursery 15 hrs, nursery say both doing great. hannah says if her hours get cut she might fall behind w/ the rent but ok for now",
    "",
    [("hypothetical", "might fall behind on rent if hours cut: not FIN, not HOUS"),
     ("good-news", "twins doing great at nursery: not EYD")])
box("Z022", "A", "2025-09-08", "yellow", "W",
    "hannah split from the twins dad (dean) in jan, lots of arguing over txt about contact & dean cancels last minute. hannah happy to try mediation, letter sent",
    "REL-CONF")
box("Z022", "C", "2026-03-09", "blue", "W",
    "contact sorted at mediation in nov, dean has the twins every other wknd & no arguments since. hannah asked about potty training, gave her the bladder & bowel leaflet & shes doing it herself - dry in the day, still nappies at night",
    "EYD",
    [("historical", "contact sorted, no arguments since: REL-CONF over")])

box("Z023", "A", "2025-06-16", "yellow", "L",
    "sami (11) yr 6, being bullied on the school bus & in a class group chat, called names about his weight. school nurse says his BMI is over the 98th centile, referred to the healthy lifestyle programme",
    "SAFE-EXP PH")
box("Z023", "A", "2025-06-16", "green", "L",
    "Sami has been added by people he doesnt know on his xbox, one asked him for pics. mum (farah) reported it & has put parental controls on, school did an online safety session w/ him",
    "SAFE-EXP")
box("Z023", "C", "2025-12-08", "green", "L",
    "bullying stopped after school spoke to the other kids, sami says its fine now. goes to healthy lifestyle club wkly, lost 2kg & enjoying it",
    "PH",
    [("historical", "bullying stopped: SAFE-EXP over")])

box("Z024", "A", "2025-03-31", "orange", "C",
    "mum (leanne) disclosed coercive control by partner jordan who lives here, checks her phone, stops her seeing freinds & family. DASH medium, IDVA referral. leanne says the kids (4 & 7) havent seen anything physical",
    "DA")
box("Z024", "A", "2025-03-31", "red", "C",
    "n/a",
    "",
    [("na-box", "box says n/a: nothing coded")])
box("Z024", "A", "2025-03-31", "green", "C",
    "mason (4) at nursery, toilet trained & chatty. kayla (7) attendence 89%, lots of odd days & late most fridays, school sent a letter wich mum was upset about",
    "EDU-ATT",
    [("good-news", "mason toilet trained & chatty: not EYD")])
box("Z024", "C", "2025-10-13", "yellow", "C",
    "jordan moved out in may when leanne ended it, hasnt been back. leanne finished the freedom programme & says she feels stronger. kayla 94% this term, still below target, on the schools attendance support plan",
    "EDU-ATT",
    [("historical", "partner gone, freedom programme finished: DA over"),
     ("lookalike", "ending an abusive relationship: not REL-CONF")])

box("Z025", "A", "2025-04-28", "yellow", "B",
    "* mum (tracey) has MS, walks w/ a stick, relapse in feb\n* her PIP was stopped after reassessment, appeal in, now behind on rent £600 & the electric\n* son dylan (15) does the shopping & helps mum in the shower",
    "PH FIN CARER",
    [("convention", "rent arrears without any notice: FIN, not HOUS")])
box("Z025", "A", "2025-04-28", "green", "B",
    "dylan (15) yr 10 at holmewood academy, doing well. school know about his caring & let him use homework club at lunch. no attendance concerns",
    "CARER",
    [("negated", "no attendance concerns: not EDU-ATT")])
box("Z025", "C", "2025-11-03", "yellow", "B",
    "PIP reinstated after tribunal, back pay cleared the rent arrears. still struggling w/ the electric bill, citizens advice doing a grant application. tracey stable, physio wkly",
    "FIN PH",
    [("historical", "rent arrears cleared (FIN present for the electric)")])
box("Z025", "C", "2025-11-03", "blue", "B",
    "Dylan uses the young carers app & went on their summer respite trips. wants to do a college course next sept",
    "CARER")

box("Z026", "A", "2025-07-21", "red", "W",
    "s47 after baby ivy (7 wks) seen at GP w/ bleeding nappy rash & underweight, parents missed 3 weigh ins. home filthy, dog mess on the floor, no clean bottles",
    "SAFE-NEG PH")
box("Z026", "A", "2025-07-21", "orange", "W",
    "dad (kyle) on probation for burglary, tagged till aug. mum (becca) admits using cocaine at wknds. becca says kyle has never hurt her",
    "CRIME SUB",
    [("negated", "never hurt her: not DA")])
box("Z026", "C", "2026-01-26", "red", "W",
    "ivy & her brother both on CP plans (neglect). parents engaging w/ the drug & alcohol service, hair strand test pending. kyle off his tag but still on probation till june",
    "SAFE-NEG SUB CRIME")

box("Z027", "A", "2025-01-13", "orange", "L",
    "kacey (14) on a managed move to oakfield academy after 2 suspensions this yr for fighting & vaping in the toilets. police called to the house last wk after kacey smashed a window in a row w/ mum",
    "EDU-EXC CRIME REL-PAR",
    [("lookalike", "vaping: not SUB (conv 12)")])
box("Z027", "A", "2025-01-13", "yellow", "L",
    "mum (gina) says shes at breaking point, GP signed her off work w/ stress & anxeity. dad (mark) works away on the rigs 3 wks on 3 off, gina says theyre fine as a couple",
    "MH-ADULT",
    [("negated", "fine as a couple: not REL-CONF"),
     ("convention", "dad working away / signed off: not FIN")])
box("Z027", "C", "2025-07-28", "green", "L",
    "kacey settled at oakfield, no suspensions since she started. gina back at work, says shes fine & off the tablets",
    "",
    [("historical", "no suspensions since the move: EDU-EXC over"),
     ("historical", "back at work, off the tablets: MH-ADULT over")])

box("Z028", "A", "2025-05-27", "blue", "C",
    "mum (nadia) found the council cost of living page, applied to the household support fund & got £150 supermarket vouchers. says she'll ring citizens advice if things get worse",
    "FIN",
    [("hypothetical", "will ring citizens advice 'if things get worse' (FIN present via vouchers)")])
box("Z028", "A", "2025-05-27", "green", "C",
    "yusuf (8) has eczema, flares in winter, GP prescribed creams & nadia manages it well. attends school well, happy boy",
    "PH",
    [("good-news", "attends school well: not EDU-ATT")])
box("Z028", "A", "2025-05-27", "yellow", "C",
    "nadia v low since her dad died in march, crying alot, GP suggested talking therapies & she has self referred. says no thoughts of harming herself. also worried about her brother whos drinking heavy since the funeral, he lives 2 hrs away",
    "MH-ADULT",
    [("negated", "no thoughts of self-harm (MH-ADULT present for low mood)"),
     ("outside-household", "brother's drinking, lives elsewhere: not SUB (conv 6)")])
box("Z028", "C", "2025-12-01", "blue", "C",
    "nadia finished her 8 sessions of talking therapy, says she feels like herself again. yusufs eczema still flares now & then, nadia keeps on top of it w/ the creams",
    "PH",
    [("historical", "therapy finished, feels herself again: MH-ADULT over")])

# ---------------------------------------------------------------- part 5: unboxed notes
# Level = highest cue in the text (taxonomy convention 2); all codes take it.
note("U001", "assessment", "2025-06-09", "yellow", "L",
     "home visit\n- shanice & 3 kids in b&b temp accom 6 wks, 1 room, no cooking facilities\n- shanice v low & tearful thru the visit, says she feels hopeless\n- 2 older kids missing school cos its 2 buses away\n- roman (3) not in nursery, HV worried about his speech, only babbling\nEHW to help w/ school transport app & nursery place",
     "HOUS MH-ADULT EDU-ATT EYD",
     [("lookalike", "'missing school' is absence, not missing episodes (not SAFE-EXP)"),
      ("level", "level yellow: EHW is the highest cue (HV is green, no orange cue)")])
note("U002", "closure", "2025-08-18", "blue", "B",
     "tel call w mum (sarah) - says things loads better, reuben (9) in bed by 8 most nights & shes sticking w/ the reward chart, still the odd strop at teatime. finding the local parents fb group really useful. old catalogue debts all paid off last yr. doesnt want any more support, closing",
     "REL-PAR",
     [("historical", "catalogue debts paid off last yr: FIN over"),
      ("level", "level blue: own network only, no service cue")])
note("U003", "assessment", "2025-10-20", "red", "W",
     "ICPC today for all 3 kids (2, 5 & 8) under neglect. house filthy, no beds, kids sleeping on one mattress on the floor. school say the older 2 come in hungry & ask staff for food. mum (roxanne) drinking from the morning. no DA concerns & no police involvement. CP plans agreed, 1st core group 3/11",
     "SAFE-NEG SUB",
     [("negated", "no DA concerns: not DA"),
      ("negated", "no police involvement: not CRIME"),
      ("convention", "hungry children, no food bank: SAFE-NEG only, not FIN (conv 10)")])
note("U004", "assessment", "2025-11-17", "green", "C",
     "school nurse drop in. leah yr 9 said shes been really anxious before her mocks & not sleeping well, lying awake till 2-3am. nurse went thru breathing techniques & gave info on an online counselling site. leah says shes not self harming. mum aware & ok w/ plan",
     "MH-CHILD PH",
     [("negated", "not self harming (MH-CHILD present for anxiety)"),
      ("convention", "sleep problem at school age: PH (conv 9)"),
      ("level", "level green: school nurse, the online site is only signposting")])
note("U005", "assessment", "2025-12-10", "orange", "L",
     "TAF mtg (school, YOS, CMHT, mum). ethan (13) still getting into trouble in the town centre, ASB warning from police last wk & breached his referral order x1. mum (claire) has bipolar, under CMHT, stable on meds at the mo. ethans bro (17) at home doing nothing since he dropped out of sixth form in oct. ethan attendance fine. plan continues, review 6 wks",
     "CRIME MH-ADULT EDU-NEET",
     [("good-news", "attendance fine: not EDU-ATT"),
      ("convention", "17-yr-old NEET: EDU-NEET only, no FIN (conv 11)"),
      ("level", "level orange: multi-agency TAF plan, YOS, police ASB warning")])
note("U006", "assessment", "2025-09-29", "yellow", "B",
     "young carers service assessment. bobbi (12) looks after mum (jo) who has fibromyalgia & depression - does the washing, cooking & gets mums meds. bobbi late most mornings. dad left 2 yrs ago, no contact, no issues there now. jo says money is fine",
     "CARER PH MH-ADULT EDU-ATT",
     [("historical", "dad left 2 yrs ago, no issues now: not REL-CONF"),
      ("negated", "money is fine: not FIN"),
      ("lookalike", "mum's meds: not SUB")])

# ---------------------------------------------------------------- writer
STAGE = {"A": "assessment", "C": "closure"}


def rows_out():
    narr, gold, traps = [], [], []
    for r in ROWS:
        if r["kind"] == "box":
            tid = "%s-%s" % (r["case"], r["stage"])
            nid = "%s-%s" % (tid, r["level"])
            case, stage, box_level = r["case"], STAGE[r["stage"]], r["level"]
        else:
            nid = tid = case = r["case"]
            stage, box_level = r["stage"], ""
        # stray line breaks inside a narrative are written as CRLF too
        text = r["text"].replace("\r\n", "\n").replace("\n", "\r\n")
        narr.append([nid, tid, case, stage, r["date"], box_level, r["loc"], text])
        for c in r["codes"]:
            gold.append([nid, c, r["level"]])
        traps.append({"narrative_id": nid, "gold_codes": r["codes"],
                      "traps": [{"type": t, "note": n} for t, n in r["traps"]]})
    return narr, gold, traps


def write_csv(path, header, rows):
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(header)
    w.writerows(rows)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def main():
    narr, gold, traps = rows_out()
    write_csv(os.path.join(HERE, "narratives.csv"),
              ["narrative_id", "triage_id", "case_id", "stage", "date", "level",
               "locality", "narrative"], narr)
    write_csv(os.path.join(HERE, "gold.csv"), ["narrative_id", "code", "level"], gold)
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(traps, f, ensure_ascii=False, indent=1)
        f.write("\n")
    # summary
    from collections import Counter
    codes = Counter(g[1] for g in gold)
    levels = Counter(g[2] for g in gold)
    ttypes = Counter(t["type"] for n in traps for t in n["traps"])
    real = {"negated", "historical", "hypothetical", "lookalike", "outside-household", "need-met"}
    with_trap = sum(1 for n in traps if any(t["type"] != "level" for t in n["traps"]))
    with_core = sum(1 for n in traps if any(t["type"] in real for t in n["traps"]))
    no_codes = sum(1 for n in traps if not n["gold_codes"])
    cases = sorted({n[2] for n in narr})
    triages = sorted({n[1] for n in narr})
    print("narratives %d (boxed %d, unboxed %d); cases %d; triages %d" % (
        len(narr), sum(1 for n in narr if n[5]), sum(1 for n in narr if not n[5]),
        len(cases), len(triages)))
    print("gold rows %d; narratives with no gold code %d; narratives with a trap note %d;"
          " with a negated/historical/hypothetical/look-alike/outside/need-met trap %d" % (
              len(gold), no_codes, with_trap, with_core))
    print("codes:", " ".join("%s %d" % (c, codes[c]) for c in sorted(codes)))
    print("levels:", dict(levels))
    print("trap types:", dict(ttypes))


if __name__ == "__main__":
    main()
