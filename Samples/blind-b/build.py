# Builds narratives.csv and gold.csv for held-out set B from the hand-written
# records below. Each record: narrative text, gold codes (status `present`
# only) and trap tags (for the README counts). Written blind to the coder.
import csv, collections, os

OUT = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- triages
# triage_id: (stage, date, locality)
TRIAGES = {
    "B001-A": ("assessment", "2023-01-16", "Eastbrook"),
    "B001-C": ("closure", "2023-06-28", "Eastbrook"),
    "B002-A": ("assessment", "2023-02-07", "Millford"),
    "B003-A": ("assessment", "2023-02-20", "Southgate"),
    "B003-C": ("closure", "2023-07-12", "Southgate"),
    "B004-A": ("assessment", "2023-03-02", "Eastbrook"),
    "B005-A": ("assessment", "2023-03-14", "Millford"),
    "B005-C": ("closure", "2023-08-30", "Millford"),
    "B006-A": ("assessment", "2023-03-27", "Southgate"),
    "B007-A": ("assessment", "2023-04-18", "Eastbrook"),
    "B007-C": ("closure", "2023-10-04", "Eastbrook"),
    "B008-A": ("assessment", "2023-04-25", "Millford"),
    "B009-A": ("assessment", "2023-05-09", "Southgate"),
    "B009-C": ("closure", "2023-11-15", "Southgate"),
    "B010-A": ("assessment", "2023-05-22", "Eastbrook"),
    "B011-A": ("assessment", "2023-06-06", "Millford"),
    "B011-C": ("closure", "2023-12-06", "Millford"),
    "B012-A": ("assessment", "2023-06-19", "Southgate"),
    "B013-A": ("assessment", "2023-07-03", "Eastbrook"),
    "B014-A": ("assessment", "2023-07-17", "Millford"),
    "B015-A": ("assessment", "2023-09-12", "Southgate"),
    "B016-A": ("assessment", "2023-10-10", "Millford"),
}

# ---------------------------------------------------------------- boxed
# (triage_id, box level, text, [codes], [trap tags])
BOXED = [
    # B001 Kowalski: mum Agnieszka, dad Tomasz works away, Kacper (9), Zofia (3)
    ("B001-A", "blue",
     "Mum (Agnieszka, 34) has good friends from church who help w/ childcare; dad (Tomasz) works away Mon–Fri on sites, rings every night. Gets CB + UC top-up – no money worries reported. Zofia (3) potty training, mum using tips off the Family Hub website, dry most days now.",
     ["EYD"], ["conv5-benefit-name", "negation", "now-managing"]),
    ("B001-A", "green",
     "Zofia (3) – HV 27m check: approx 15 words, no 2 word phrases yet. Not taking up her 15hrs funded place, mum didn't know how to apply. Kacper (9) asthma – using his blue inhaler most days this winter, GP review booked.",
     ["EYD", "PH"], []),
    ("B001-A", "yellow",
     "Kacper late 23x since Sept, attendence 86.4%. Mornings chaotic, mum on her own w/ both kids in the week; K won't get off the Xbox, no set bedtime. EHW to do morning routine plan + reward chart w/ mum.",
     ["EDU-ATT", "REL-PAR"], []),
    ("B001-A", "orange", "N/A", [], ["nil-box"]),
    ("B001-C", "blue",
     "Xbox off at 8, K in bed by 8.30 most nights, reward chart working – mum says she’s ‘got this now’.",
     ["REL-PAR"], ["now-managing"]),
    ("B001-C", "green",
     "K attendance 95.1% this term, lates down to 2, school still doing a weekly check in w/ him. Zofia started Little Acorns nursery in April (15hrs), nursery say her talking is coming on – now 2 word phrases.",
     ["EDU-ATT", "EYD"], ["now-managing"]),
    ("B001-C", "yellow", "nil", [], ["nil-box"]),

    # B002 Hassan: mum Hodan, Abdi (15), Ayaan (12), Ilhan (7)
    ("B002-A", "green",
     "Ilhan (7) – speech sound difficulties, SALT programme done by TA in school, SENCO has her on SEN support. Mum (Hodan) type 2 diabetes, sugars high + missed her last 2 diabetic clinic appts.",
     ["EDU-SEND", "PH"], ["conv9-school-age-speech"]),
    ("B002-A", "yellow",
     "Ayaan (12) does a lot at home for mum – cooks for the younger 2, interprets for mum at appts, does the shopping. Not known to Young Carers – referral sent today.",
     ["CARER"], ["negation-not-reaching"]),
    ("B002-A", "orange",
     "Abdi (15) arrested 02/01 w/ 2 older males – 9 wraps of crack + £340 cash on him, phone ringing non stop. Police think CCE/county lines, NRM submitted. YJS assessing. x3 missing episodes since Nov. School: in the isolation room most days.",
     ["SAFE-EXP", "CRIME", "EDU-EXC"], ["conv12-drugs-exploited"]),
    ("B002-A", "red",
     "N/A – strategy discussion 06/02, threshold for s47 not met.",
     [], ["nil-box", "negation"]),

    # B003 Leanne, Tia (6), Kairo (20m); ex Ryan outside household
    ("B003-A", "blue",
     "Leanne’s mum lives 2 streets away, has the kids Sat nights. L using the MoneySavingExpert budget planner to get on top of her catalogue debts (£640) – paying £20/wk off.",
     ["FIN"], ["now-managing"]),
    ("B003-A", "yellow",
     "Tia (6) wetting the bed most nights since Xmas; v anxious at bedtime, keeps asking if daddy is coming. School nurse aware. EHW to do worry work w/ Tia.",
     ["PH", "MH-CHILD"], ["conv9-school-age-bedwetting"]),
    ("B003-A", "orange",
     "Ex (Ryan, Kairo's dad) no longer lives here but keeps turning up drunk; kicked the door in 11/02 – arrested, bailed w/ conditions not to contact L. DASH medium, IDVA referral made.",
     ["DA"], ["conv6-outside-household", "conv7-DA-not-CRIME"]),
    ("B003-C", "blue",
     "Leanne on wk 9 of 12 of the Freedom Programme (Weds eves), keeps her phone charged + has a code word w/ her mum if Ryan shows up. Catalogue debts cleared in May.",
     ["DA"], ["historical-next-to-current"]),
    ("B003-C", "green",
     "Bedwetting stopped before Easter, school nurse discharged. No further worries from school re Tia’s mood since March.",
     [], ["historical"]),
    ("B003-C", "orange",
     "Ryan breached his bail x3 in April, police attended each time; now on remand, non-mol granted till 2024. GP started Leanne on sertraline for anxiety/panic attacks since the incidents.",
     ["DA", "MH-ADULT"], ["conv7-DA-not-CRIME"]),

    # B004 Romanian family: Ionela, Florin, Andrei (14), Maria (10), Luca (4), Sofia (8m)
    ("B004-A", "green",
     "Luca (4) starts Reception Sept – nursery worried re school readiness: not toilet trained, can't put his own coat/shoes on. Sofia (8m) behind w/ imms, mum forgot 2 appts.",
     ["EYD", "PH"], []),
    ("B004-A", "yellow",
     "6 of them in a 2-bed private rent; mould on the kids' bedroom ceiling + windows streaming, landlord ignoring texts. Dad (Florin) on zero hrs, some wks no shifts – behind on council tax £410, gas PAYG runs out most wks. Citizens Advice appt booked.",
     ["HOUS", "FIN"], []),
    ("B004-A", "orange",
     "Andrei (14) – police called x2 in Feb re him + mates throwing stones at buses and damaging cars at Brackwell Ct garages, community resolution. 1x FTE (3 days) for fighting in school.",
     ["CRIME", "EDU-EXC"], []),

    # B005 single dad Gareth, Ellie (16), Mason (13)
    ("B005-A", "yellow",
     "Dad (Gareth, 45) drinking 6–8 cans most eves since his wife died in 2021, says it ‘takes the edge off’. Agreed to self refer to CGL. Low mood, on the Talking Therapies waiting list.",
     ["SUB", "MH-ADULT"], []),
    ("B005-A", "orange",
     "Ellie (16) – left 6th form Nov, no college/job/training since, spends most days in her room. Self harming (cuts to arms), CAMHS triage 02/03, now on waiting list.",
     ["EDU-NEET", "MH-CHILD"], []),
    ("B005-A", "green",
     "Mason (13) attendance 97%, got through Yr 8 without any detentions, good reports from school. Dad works FT as a postie, early shifts.",
     [], ["pure-good-news", "negation", "conv5-shifts"]),
    ("B005-C", "blue",
     "Gareth still going to the CGL group Weds, says he's cut down to weekends only – no drinking in the week for 2 months.",
     ["SUB"], ["now-managing"]),
    ("B005-C", "green",
     "Ellie no longer NEET – started a traineeship at the leisure centre in June, 4 days/wk. Self harm: none since April, discharged from CAMHS July.",
     [], ["historical"]),
    ("B005-C", "yellow",
     "Gareth’s mood still low some days, GP upped his mirtazapine. 6 Talking Therapies sessions done.",
     ["MH-ADULT"], []),

    # B006 Pakistani-heritage: Sana, Imran (stroke), Zain (11), Aleena (8), Musa (2)
    ("B006-A", "blue",
     "Paternal aunt pops in most days + helps w/ shopping. Family get PIP and Carer's Allowance – mum is dad’s carer.",
     [], ["conv5-benefit-name", "conv12-parent-carer"]),
    ("B006-A", "green",
     "Dad (Imran, 39) stroke Oct 22 – left side weakness, uses wheelchair outdoors; community physio at home, attends all appts. Musa (2) 2yr check: no concerns, HV to look again should nursery raise anything.",
     ["PH"], ["negation", "hypothetical"]),
    ("B006-A", "yellow",
     "Zain (11) helps dad to the loo at night + gets his breakfast before school. YC assessment booked. Mum/dad arguing a lot lately – about the kids, chores etc, kids hear it.",
     ["CARER", "REL-CONF"], []),

    # B007 Jamaican-British: Simone, Dante (15), Marcus (12), Nia (5)
    ("B007-A", "orange",
     "Dante (15) pushed mum into the wall + punched a hole in the bedroom door 09/04 – mum rang police, D arrested, RUI. YJS now involved. Hanging round w/ older lads off the Larkhill estate, came home w/ £180 trainers he can't explain – police concerned re CCE.",
     ["REL-PAR", "CRIME", "SAFE-EXP"], ["conv8-CPV"]),
    ("B007-A", "yellow",
     "D – 2 suspensions this yr (defiance, walking out of lessons), on a reduced timetable 9–12. SENCO querying ADHD, referral made to the neurodevelopmental pathway.",
     ["EDU-EXC", "EDU-ATT", "EDU-SEND"], []),
    ("B007-A", "green",
     "Marcus (12) + Nia (5) both fine at school – nil concerns. Nia has eczema, creams from GP, mum on top of it.",
     ["PH"], ["negation", "now-managing"]),
    ("B007-A", "blue",
     "Simone’s sister + church v supportive. Dante’s violence at home getting worse – Simone has looked up the ‘Who’s in Charge?’ programme herself + wants to book on.",
     ["REL-PAR"], ["conv8-CPV"]),
    ("B007-C", "green",
     "D on full timetable since Sept, attendance 92% (was 61%); school attendance officer still checking in weekly. No suspensions this term.",
     ["EDU-ATT"], ["now-managing", "negation"]),
    ("B007-C", "yellow",
     "ADHD assessment done Aug – diagnosed; SENCO writing an SEN support plan.",
     ["EDU-SEND"], []),
    ("B007-C", "orange",
     "Referral order (criminal damage) completed, YJS closed 21/09. No police call outs to the home since May; Simone says he hasn't been physical w/ her since then either.",
     [], ["historical"]),

    # B008 Syrian Kurdish refugee family: Rojda, Azad, Hana (9), Baran (6), Dilan (4m)
    ("B008-A", "yellow",
     "Family in TA – 1 room at the Clarendon Hotel since Feb after leaving Home Office accomodation; all 5 in the 1 room, no kitchen. On housing register band B.",
     ["HOUS"], []),
    ("B008-A", "orange",
     "Dad (Azad) – PTSD, flashbacks about the crossing, GP referred to refugee MH team. UC claim 7 wks in, nothing paid yet – family using St Luke's food bank weekly.",
     ["MH-ADULT", "FIN"], ["conv10-food"]),
    ("B008-A", "green",
     "Dilan (4m) – HV visiting, weight gain good, breastfed. Hana (9) + Baran (6) started at Millford Primary, EAL support in place; school would ask SENCO to assess Baran if his English doesn't come on by summer.",
     [], ["pure-good-news", "hypothetical"]),

    # B009 Kirsty (22, care leaver), partner Dean, Ava (14m)
    ("B009-A", "green",
     "Ava (14m) – HV: missed 12m imms twice; weaning behind – still mostly milk, won't take lumpy food.",
     ["PH", "EYD"], []),
    ("B009-A", "yellow",
     "Kirsty (22, care leaver) on UC; partner Dean works nights at the warehouse via agency. K says she’s felt low + teary since Ava was born, GP started her on citalopram. K denies any drug use – neg test at GP.",
     ["MH-ADULT"], ["conv5-benefit-name", "conv5-shifts", "negation"]),
    ("B009-A", "orange",
     "Dean smoking cannabis daily in the flat (K says ‘only eves’). Police attended 28/04 after neighbour heard shouting – K + D arguing, both deny anything physical, police NFA. K also vapes.",
     ["SUB", "REL-CONF"], ["negation", "conv12-vaping", "conv7-police-not-crime"]),
    ("B009-A", "red",
     "CIN plan agreed 03/05 (s17). Home conditions: dog mess on floors, bin bags piled up in kitchen, no sheet on Ava's cot, fridge empty on 2 visits.",
     ["SAFE-NEG"], []),
    ("B009-C", "blue",
     "Kirsty + Dean doing a weekly cleaning rota, flat tidy on last 4 visits, dog kept in the yard now.",
     ["SAFE-NEG"], ["now-managing"]),
    ("B009-C", "green",
     "Ava (20m) – imms all caught up in Aug. Not saying any words yet, HV to re-check at 2yr review.",
     ["EYD"], ["historical-next-to-current"]),
    ("B009-C", "orange",
     "Dean – cannabis: says he stopped in Sept, CGL closed him Oct.",
     [], ["historical"]),

    # B010 Nigerian-British: Funmi, Tunde, Tobi (16), Deji (13), twins Kemi & Kehinde (9)
    ("B010-A", "blue",
     "Dad (Tunde) made redundant Feb, applying for jobs himself, savings to tide them over for now – says they may need to downsize if the mortgage becomes a problem. Mum/dad close, back each other up.",
     ["FIN"], ["hypothetical"]),
    ("B010-A", "green",
     "Kehinde (9) EHCP (cerebral palsy) – 1:1 TA, school meeting her needs well; physio in school every 2 wks.",
     ["EDU-SEND", "PH"], []),
    ("B010-A", "yellow",
     "Deji (13) targeted on Snapchat by kids in his yr – group chat set up to mock him, pics shared round. V anxious, begging not to go in, 3 days off last wk.",
     ["SAFE-EXP", "MH-CHILD", "EDU-ATT"], []),
    ("B010-A", "orange",
     "Tobi (16) dropped out of college after Easter, not working, says he'll ‘sort something’. Careers adviser tried to contact x2, no reply.",
     ["EDU-NEET"], []),

    # B011 Nan Pauline (SGO), Riley (10), Skye (7); birth mum Jade outside household
    ("B011-A", "blue",
     "Nan (Pauline, 58) has SGO for both since 2021 – kinship carer. Neighbour does the Thurs school run.",
     [], ["conv12-kinship-carer"]),
    ("B011-A", "green",
     "Pauline – COPD, on oxygen at night, 2 hospital admissions w/ chest infections this winter; GP/resp nurse reviewing.",
     ["PH"], []),
    ("B011-A", "yellow",
     "Birth mum (Jade) using heroin, not living here, turns up at the school gates now + then. Skye (7) v anxious + tearful for days after, and wets the bed after these visits.",
     ["MH-CHILD", "PH"], ["conv6-outside-household", "conv9-school-age-bedwetting"]),
    ("B011-A", "orange",
     "Riley (10) – 3 suspensions since Jan for hitting staff, school say at risk of PEX; SENCO applying for an EHCP (SEMH). Saw DA at birth mum’s as a toddler (historic). EH trauma practitioner doing play therapy for his trauma responses.",
     ["EDU-EXC", "EDU-SEND", "MH-CHILD"], ["historical-next-to-current"]),
    ("B011-C", "green",
     "Riley on report at school for behaviour, no suspensions since June. Play therapy ended Oct.",
     ["EDU-EXC"], ["historical-next-to-current"]),
    ("B011-C", "blue",
     "Pauline went to the kinship carers’ support group, found it useful; still managing her COPD w/ the resp nurse.",
     ["PH"], ["now-managing", "conv12-kinship-carer"]),

    # B012 Bangladeshi-heritage: Rumana, Shahid, Arif (17), Nadia (14), Samir (3)
    ("B012-A", "blue",
     "Arif (17) doing A levels at Southgate 6th Form + Sat job at Tesco – plans uni, no risk of NEET.",
     [], ["pure-good-news", "negation"]),
    ("B012-A", "green",
     "Samir (3) at nursery 30hrs, single words only; nursery doing Chatter Box small group w/ him + referred to SALT.",
     ["EYD"], []),
    ("B012-A", "yellow",
     "Dad (Shahid) – online betting, c.£6k on credit cards, mum found out in May. Self-excluded via GamStop, referred to GamCare. Mum/dad rowing about it most nights – no DA.",
     ["FIN", "REL-CONF"], ["conv10-gambling", "negation", "lookalike"]),
    ("B012-A", "orange",
     "Nadia (14) – restricting food; GP ruled out a physical cause + referred to CAMHS eating disorders team. Also told school nurse she’s been cutting.",
     ["MH-CHILD"], ["negation"]),

    # B013 Ana (Portuguese) + Michelle, Leo (8), Bea (5)
    ("B013-A", "orange",
     "s21 served by private landlord 14/06, expires mid Aug. Ana + Michelle have been to LA housing options, worried TA will be miles from school.",
     ["HOUS"], []),
    ("B013-A", "yellow",
     "Leo (8) meltdowns most evenings at home – throws things, bites Bea. Parents unsure how to handle him, booked on Triple P (group) starting Sept.",
     ["REL-PAR"], []),
    ("B013-A", "green",
     "Leo on the autism pathway via community paeds; SENCO has him on SEN support, settled in class.",
     ["EDU-SEND"], []),

    # B014 Chantelle (17), baby Mia (7m), nan Tracey; Kyle (Mia's dad) outside household
    ("B014-A", "green",
     "Mia (7m) – HV: growing well, weaning started at 6m, imms up to date. HV would refer to Portage if she misses milestones.",
     [], ["pure-good-news", "hypothetical", "lookalike"]),
    ("B014-A", "yellow",
     "Chantelle (17) – not in school/college/work since having Mia; wants to do a childcare course. Low since the birth, EPDS 16 at HV visit, GP diagnosed PND. Gets UC as lone parent.",
     ["EDU-NEET", "MH-ADULT"], ["conv11-NEET-only", "conv5-benefit-name"]),
    ("B014-A", "orange",
     "Mia’s dad (Kyle, 19, lives w/ his own mum) – threatening msgs, smashed Chantelle's phone in June; police aware, DASH med-high, IDVA allocated. Kyle on probation for burglary.",
     ["DA"], ["conv6-outside-household", "conv7-DA-not-CRIME"]),
    ("B014-A", "blue",
     "Nan (Tracey) v supportive; C + Mia share a single bed in Tracey's box room – C has put herself on the housing register.",
     ["HOUS"], []),

    # B015 White British: Lee, Gemma, Jack (12), Lily (10), Harvey (6)
    ("B015-A", "yellow",
     "Mum (Gemma) fibromyalgia, in pain most days. Jack (12) + Lily (10) do most of the housework, make tea, help mum in/out of the bath. YC referral sent 05/09.",
     ["PH", "CARER"], []),
    ("B015-A", "green",
     "Jack attendance 89% last yr, mostly Mon/Fri; school attendance team monitoring. Being bullied – called names in PE by a group of boys, school dealing. Jack vapes, mum aware.",
     ["EDU-ATT", "SAFE-EXP"], ["conv12-vaping"]),
    ("B015-A", "orange",
     "Gemma – depression worse since summer, told GP she’s had thoughts of ending her life; crisis team seen her x1. No evidence of alcohol/drug use.",
     ["MH-ADULT"], ["negation"]),
    ("B015-A", "blue", "Harvey (6) – no concerns.", [], ["nil-box", "negation"]),

    # B016 Chinese-heritage: Mei, Wei, Jason (14)
    ("B016-A", "red",
     "s47 started 02/10 – Jason (14) sent sexual images to an adult male he met on Discord, male asked to meet him. Police investigating the male.",
     ["SAFE-EXP"], ["conv6-outside-household"]),
    ("B016-A", "orange",
     "Jason refusing school since Sept, 0% this half term; panic attacks on the bus. CAMHS referral by GP 28/09.",
     ["EDU-ATT", "MH-CHILD"], []),
    ("B016-A", "yellow",
     "Parents can't get him off the console at night, he screams + slams doors if they try, no boundaries in place. Mum/dad disagree on how strict to be + argue about it in front of him.",
     ["REL-PAR", "REL-CONF"], []),
    ("B016-A", "green",
     "Dad (Wei) – epilepsy, well controlled on meds, seizure free 2 yrs, reviewed yearly by neuro.",
     ["PH"], ["now-managing"]),
]

# ---------------------------------------------------------------- unboxed
# (id, stage, date, locality, text, [codes], gold level or None, level basis, [traps])
UNBOXED = [
    ("Y001", "assessment", "2023-03-14", "Southgate",
     "ICPC 14/03 – Kayden (4) + Rihanna (2) made subject to CP plans, cat: neglect. No food in the cupboards on 3 visits, kids in soiled clothes, mattress on floor w/ no bedding. Mum (Shannon, 24) using crack + heroin, CGL script not collected since Jan. Kayden not taking up his nursery place.",
     ["SAFE-NEG", "SUB", "EYD"], "red", "ICPC / CP plan", []),
    ("Y002", "assessment", "2023-03-21", "Southgate",
     "Police called 19/03 – Tyreese (14) smashed mum’s TV + threatened her w/ a kitchen knife; 4th time since Xmas he's gone for her. Suspended x2 from Southgate Academy this term. On the ADHD waiting list.",
     ["REL-PAR", "CRIME", "EDU-EXC", "EDU-SEND"], "orange", "police call-out", ["conv8-CPV"]),
    ("Y003", "assessment", "2023-02-02", "Millford",
     "EHW visit. Nathan (17) – no job/college since leaving school July 22, hangs round the house w/ no plans. Mum (Sarah) says he's ‘wasting his life’. Dad (Phil) out of work too since the factory shut in Jan; behind w/ water bill £380.",
     ["EDU-NEET", "FIN"], "yellow", "EH worker", []),
    ("Y004", "assessment", "2023-07-20", "Southgate",
     "EHW visit – Kerry-Ann (29) started the Freedom Programme at the Family Hub last wk. Ex (Dwayne) moved out in Feb but is still tracking her phone location + messaging her 30–40x a day.",
     ["DA"], "yellow", "EH worker / one extra service", []),
    ("Y005", "assessment", "2023-04-03", "Eastbrook",
     "HV contact – Oliver (2y3m) saying approx 10 words, not joining words. HV left ‘talk to your toddler’ sheets, re-review 3m.",
     ["EYD"], "green", "health visitor", []),
    ("Y006", "assessment", "2023-05-23", "Millford",
     "MARAC 22/05 – Farzana (31), high risk. Husband strangled her 18/05, arrested, bail conditions keep him away from the house. Farzana NRPF, no income – using the Southgate food bank + HSF vouchers.",
     ["DA", "FIN"], "orange", "MARAC", ["conv7-DA-not-CRIME", "conv10-food"]),
    ("Y007", "assessment", "2023-01-25", "Eastbrook",
     "Referral to Young Carers service – Kacey (10) looks after mum (MS): helps her get dressed, does her meds, late to school most days because of it.",
     ["CARER", "PH", "EDU-ATT"], "yellow", "young carers service", []),
    ("Y008", "assessment", "2023-02-15", "Southgate",
     "School report: Amira (8) attendence 84%, lots of ‘illness’ absences on Mondays. 2 fillings + 4 teeth out under GA, still in pain w/ her teeth.",
     ["EDU-ATT", "PH"], "green", "school", []),
    ("Y009", "assessment", "2023-09-18", "Eastbrook",
     "CIN plan review – Jordan (16) + Keira (13). Dad (Wayne) out of prison Jan, on licence, living at home. Jordan arrested 08/09 for PWITS (cannabis) – 12 bags + burner phone on him, beleived to be running drugs for older males. Not in any education/training since Yr 11 ended. Keira on a behaviour report at school after 2 FTEs.",
     ["CRIME", "SAFE-EXP", "EDU-NEET", "EDU-EXC"], "red", "CIN plan", ["conv12-drugs-exploited"]),
    ("Y010", "closure", "2023-10-26", "Millford",
     "Closure call – mum (Toni) says she’s on top of the council tax now, paying £25/wk by arrangement, and bidding on HomeChoice herself; still in the damp flat, washing the mould down weekly.",
     ["FIN", "HOUS"], "blue", "no service cue; family managing on its own (judgement)", ["now-managing"]),
    ("Y011", "assessment", "2023-06-12", "Eastbrook",
     "Nil concerns from school re attendance/behaviour, BUT GP has referred Lacey (12) to CAMHS for low mood + cutting. Lacey also being called names by girls in her form, school dealing.",
     ["MH-CHILD", "SAFE-EXP"], "orange", "CAMHS", ["negation-not-reaching"]),
    ("Y012", "assessment", "2023-03-08", "Millford",
     "Mum (Claire) booked on the Incredible Years parenting group (Tues am, 12 wks) – Alfie (4) tantrums, hits his sister, no bedtime routine; still in nappies day + night.",
     ["REL-PAR", "EYD"], "yellow", "parenting course", []),
    ("Y013", "assessment", "2023-06-27", "Eastbrook",
     "Possession notice from Westgate Homes – rent arrears £2,140, court 11/07. Dad (Marek) lost his warehouse job March, UC sanctioned for a missed appt. Mum (Ewa) says Marek drinking a litre of vodka most days since.",
     ["HOUS", "FIN", "SUB"], "orange", "possession notice", []),
    ("Y014", "assessment", "2023-05-03", "Southgate",
     "Mum (Stacey) says ex (Liam) drinks heavily + uses coke; he still sends her abusive voice notes + turns up at her work. Gave info on non-mol orders + the DA helpline, Stacey going to apply herself.",
     ["DA"], "blue", "information/signposting acted on by mum", ["conv6-outside-household"]),
    ("Y015", "assessment", "2023-08-03", "Millford",
     "Tyler (15) accommodated s20 on 02/08 after relationship w/ mum broke down – repeated physical fights between them at home, mum refusing to have him back.",
     ["REL-PAR"], "red", "s20", ["conv8-CPV"]),
    ("Y016", "assessment", "2023-04-12", "Southgate",
     "FSW home visit. Gran (Pat, 63) kinship carer for Ruby (9) + Max (6). Max wetting the bed most nights; Ruby v anxious before prison visits to see dad. Pat has bad arthritis in both knees.",
     ["PH", "MH-CHILD"], "yellow", "family support worker", ["conv12-kinship-carer", "conv9-school-age-bedwetting", "conv6-outside-household"]),
    ("Y017", "assessment", "2023-06-01", "Millford",
     "Dad (Piotr) rang for advice – him + mum seperated in May, handovers of the kids turn into arguements in front of them. Sent link to online ‘parenting apart’ resources; dad going to look at them w/ mum.",
     ["REL-CONF"], "blue", "information/signposting", []),
    ("Y018", "assessment", "2023-08-15", "Millford",
     "YOS – Kai (16) 9m referral order for robbery. Was on a motor vehicle course at Millford College, removed from it in June – doing nothing since. Smokes weed daily, 3–4 joints.",
     ["CRIME", "EDU-NEET", "SUB"], "orange", "YOS", []),
    ("Y019", "assessment", "2023-02-28", "Eastbrook",
     "GP letter – mum (Grace) PND, started sertraline, GP reviewing 2-weekly.",
     ["MH-ADULT"], "green", "GP", []),
    ("Y020", "assessment", "2023-09-21", "Eastbrook",
     "PLO letter issued 20/09. Mum (Jodie) drinking from first thing, found collapsed x2. Lola (6) getting herself to school hungry, same uniform all week; doing mum’s shopping + putting mum to bed.",
     ["SUB", "SAFE-NEG", "CARER"], "red", "PLO", []),
    ("Y021", "assessment", "2023-10-17", "Eastbrook",
     "Managed move agreed – Reece (14) to Eastbrook High from St Clement's after 4 suspensions. Mum (Tanya) + Reece's stepdad rowing constantly, they split last month, Reece caught in the middle.",
     ["EDU-EXC", "REL-CONF"], "orange", "managed move", []),
    ("Y022", "assessment", "2023-03-29", "Southgate",
     "EHW review. DA: none. Substance use: none. Housing: secure HA tenancy, no arrears. Mum (Ngozi) wants help w/ Femi (11)'s attendance – 88%, late most days.",
     ["EDU-ATT"], "yellow", "EH worker", ["negation"]),
    ("Y023", "assessment", "2023-10-30", "Southgate",
     "TAF review (school, EHW, HA, PCSO). Jayden (16) missing x4 since July, found each time by police in B’ham w/ older males; not in college since Sept. 7 of them in a 3-bed. Mum owes HA £600 rent.",
     ["SAFE-EXP", "EDU-NEET", "HOUS", "FIN"], "orange", "multi-agency TAF plan", ["conv7-police-not-crime"]),
    ("Y024", "assessment", "2023-10-04", "Eastbrook",
     "Strat mtg 03/10 → s47. Aleksandra (9) told her teacher stepdad (Marius) chokes mum + smashes things. Mum says he checks her phone + won't let her go out on her own.",
     ["DA"], "red", "strategy meeting / s47", []),
    ("Y025", "assessment", "2023-11-20", "Millford",
     "CGL confirm mum (Rochelle) on methadone script, daily pick up, clean tests since Aug. Used heroin 2015–21.",
     ["SUB"], "yellow", "drug and alcohol service", ["historical-next-to-current"]),
    ("Y026", "assessment", "2023-01-31", "Southgate",
     "SENCO mtg – Ibrahim (7) speech unclear, hard to understand in class; applying for EHC needs assessment. Dad asked re ADHD – would refer to paeds if teachers see more signs.",
     ["EDU-SEND"], "green", "SENCO / school", ["conv9-school-age-speech", "hypothetical"]),
    ("Y027", "assessment", "2023-10-16", "Eastbrook",
     "Mum (Bernadette) arrested 14/10 for shoplifting food + nappies – says UC stopped 6 wks ago, nothing for the kids. Fridge empty at visit. Bernadette low in mood, on antidepressants from GP.",
     ["CRIME", "FIN", "SAFE-NEG", "MH-ADULT"], "orange", "arrest", ["conv10-food"]),
    ("Y028", "assessment", "2023-08-22", "Millford",
     "Mediation booked (Relate) – Mr + Mrs Okafor separating, arguing over who stays in the house, ‘just rows’ they say. Kids (7, 10) hate the shouting.",
     ["REL-CONF"], "yellow", "mediation", []),
    ("Y029", "assessment", "2023-09-27", "Southgate",
     "EHW visit – mum (Leah) in bed most days w/ her depression. Noah (9) making tea for himself + his sister (5), washing their uniforms. House v cluttered, clothes piled on every surface, no clean bedding on the kids' beds.",
     ["MH-ADULT", "CARER", "SAFE-NEG"], "yellow", "EH worker", []),
    ("Y030", "assessment", "2023-11-08", "Millford",
     "Police called 06/11 – dad (Gary) fell down the stairs drunk, Ellis (13) rang 999. Gary drinking 3 bottles of wine a day. Ellis does the cooking, gets his sister (8) to school + hides dad's bottles. On the ADHD pathway; SENCO says he's been in isolation x6 this half term.",
     ["SUB", "CARER", "EDU-SEND", "EDU-EXC"], "orange", "police call-out", ["conv7-police-not-crime"]),
    ("Y031", "assessment", "2023-04-19", "Eastbrook",
     "Young carers assessment – Shannon (18) cares for her brother (11, complex disabilities) most eves + wkends. Left college in Yr 12, not working or studying since.",
     ["CARER", "EDU-NEET", "PH"], "yellow", "young carers service", []),
    ("Y032", "assessment", "2023-11-14", "Southgate",
     "MARAC ref – Jasdeep (28), DASH high. Husband + in-laws (same house) controlling her, took her passport. Fled w/ kids (4, 7) to refuge 12/11, homeless application made to LA.",
     ["DA", "HOUS"], "orange", "MARAC", []),
    ("Y033", "assessment", "2023-12-04", "Millford",
     "CP plan (neglect) continues – Kieran (7) + Tasha (5): house filthy, no food in on 3 visits, kids sent in w/out coats or packed lunch. Dad (Carl) on probation for assaulting a neighbour.",
     ["SAFE-NEG", "CRIME"], "red", "CP plan", []),
    ("Y034", "assessment", "2023-11-29", "Eastbrook",
     "School – Harley (9) came in 3x this month saying he’d had no breakfast or tea, teacher giving him toast. Mum says the electric key meter ran out + she couldn't cook.",
     ["SAFE-NEG", "FIN"], "green", "school", ["conv10-food"]),
    ("Y035", "assessment", "2023-07-11", "Southgate",
     "Mum (Rebecca) asked what to do if her ex ever starts turning up again – gave DA helpline no. + Clare's Law info just in case. No incidents since she moved here in 2021.",
     [], None, "no codes", ["hypothetical", "historical"]),
    ("Y036", "assessment", "2023-05-30", "Millford",
     "Mum (Hayley) + dad (Rob) separated, in court over child arrangements for Poppy (11); handovers end in shouting. Poppy still being messaged on Roblox by an adult posing as a 13yo boy, he keeps making new accounts – school DSL doing online safety work w/ her.",
     ["REL-CONF", "SAFE-EXP"], "green", "school (DSL)", []),
    ("Y037", "assessment", "2023-08-09", "Eastbrook",
     "NTQ from council – Marie + son Dylan (19): ASB complaints from neighbours re Dylan's parties + him smoking cannabis in the flat, tenancy at risk. Dylan on probation (affray).",
     ["HOUS", "CRIME", "SUB"], "orange", "notice to quit (eviction notice)", []),
    ("Y038", "assessment", "2023-02-22", "Southgate",
     "Foster carer (Mrs Adeyemi) for Tom (8, s20 since Nov). Tom wetting the bed x4/wk; anxious, seeing the school counsellor weekly. School say he's well behind w/ reading, SENCO doing a dyslexia screen.",
     ["PH", "MH-CHILD", "EDU-SEND"], "red", "looked after (s20)", ["conv12-foster-carer", "conv9-school-age-bedwetting"]),
]

CODES = ["EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD",
         "MH-ADULT", "PH", "SUB", "REL-PAR", "REL-CONF", "DA", "SAFE-NEG",
         "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"]
LEVELS = ["blue", "green", "yellow", "orange", "red"]


def main():
    nar, gold, traps = [], [], {}
    for tid, lvl, text, codes, tr in BOXED:
        stage, date, loc = TRIAGES[tid]
        case = tid[:4]
        nid = f"{tid}-{lvl}"
        nar.append([nid, tid, case, stage, date, lvl, loc, text])
        for c in codes:
            gold.append([nid, c, lvl])
        traps[nid] = tr
    for nid, stage, date, loc, text, codes, glvl, basis, tr in UNBOXED:
        nar.append([nid, nid, nid, stage, date, "", loc, text])
        assert bool(codes) == bool(glvl), nid
        for c in codes:
            gold.append([nid, c, glvl])
        traps[nid] = tr
    with open(os.path.join(OUT, "narratives.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)  # default dialect: RFC 4180, CRLF, minimal quoting
        w.writerow(["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"])
        w.writerows(nar)
    with open(os.path.join(OUT, "gold.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["narrative_id", "code", "level"])
        w.writerows(gold)

    # summary for the README
    boxed = [r for r in nar if r[5]]
    print("narratives", len(nar), "boxed", len(boxed), "unboxed", len(nar) - len(boxed))
    print("triages", len({r[1] for r in boxed}), "stages",
          collections.Counter(TRIAGES[t][0] for t in {r[1] for r in boxed}))
    print("box levels", collections.Counter(r[5] for r in boxed))
    print("gold rows", len(gold))
    cc = collections.Counter(g[1] for g in gold)
    print("per code", {c: cc[c] for c in CODES})
    lc = collections.Counter(g[2] for g in gold)
    print("per level (rows)", {l: lc[l] for l in LEVELS})
    ul = collections.Counter(u[6] for u in UNBOXED)
    print("unboxed note levels", dict(ul))
    coded = {g[0] for g in gold}
    print("narratives with no gold rows", len(nar) - len(coded))
    tc = collections.Counter(t for v in traps.values() for t in set(v))
    print("narratives with >=1 trap", sum(1 for v in traps.values() if v))
    for t, n in sorted(tc.items()):
        print(f"  {t}: {n}")


if __name__ == "__main__":
    main()
