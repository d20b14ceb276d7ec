#!/usr/bin/env python3
"""Blind hand-coded gold set z31: early-help triage narratives for families new to the UK.

Every narrative, its gold codes and its trap notes are written here by hand.
Running this script writes narratives.csv, gold.csv and traps.json (UTF-8, no BOM, CRLF).
Python 3 standard library only.
"""
import csv
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

LEVELS = ["blue", "green", "yellow", "orange", "red"]
CODES = ["EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD", "MH-ADULT",
         "PH", "SUB", "REL-PAR", "REL-CONF", "DA", "SAFE-NEG", "SAFE-EXP", "CRIME",
         "HOUS", "FIN", "CARER"]
# Trap kinds used in traps.json
TRAP_KINDS = ["negated", "historical", "hypothetical", "lookalike", "outside_household",
              "need_met", "convention"]

NARR = []   # one dict per narrative, in file order


def box(case, stage, date, loc, level, text, codes, traps=()):
    """A narrative written in a level box of a case's assessment (A) or closure (C) triage."""
    assert stage in ("assessment", "closure") and level in LEVELS
    tri = case + ("-A" if stage == "assessment" else "-C")
    NARR.append(dict(narrative_id=tri + "-" + level, triage_id=tri, case_id=case,
                     stage=stage, date=date, level=level, locality=loc, narrative=text,
                     gold=list(codes), gold_level=level, traps=list(traps)))


def note(nid, stage, date, loc, text, codes, gold_level, cue, traps=()):
    """An unboxed case note: empty level; one gold level from the highest level cue."""
    assert gold_level in LEVELS
    NARR.append(dict(narrative_id=nid, triage_id=nid, case_id=nid, stage=stage, date=date,
                     level="", locality=loc, narrative=text, gold=list(codes),
                     gold_level=gold_level, cue=cue, traps=list(traps)))


A, C = "assessment", "closure"
BR, WE, CB, HG = "Brackenmoor", "Wetherlow", "Cinder Bank", "Halsey Green"

# ---------------------------------------------------------------------------
# Narratives, part 1 (cases K301-K306)
# ---------------------------------------------------------------------------

# K301 - Syrian family resettled under the UK resettlement scheme
box("K301", A, "2025-02-11", BR, "green",
    "Yara (3) has a funded place at Little Acorns nursery but has only been 4 times since "
    "Christmas – she screams at the door and Rania ends up taking her home. HV saw Yara with an "
    "Arabic interpreter and says she has only a handful of words in Arabic too, so this is more "
    "than learning a new language; SALT referral made. Lina (9) is doing well at Hillcrest "
    "Primary and the EAL lead says her English is coming on fast.",
    ["EYD"],
    [("lookalike", "Lina's EAL progress is good news about a second language, not EDU-SEND and not a need")])
box("K301", A, "2025-02-11", BR, "yellow",
    "Khaled has a shrapnel injury to his left leg and is in pain most days. He missed two physio "
    "appointments because the letters came in English. Omar (14) goes with him to translate at the "
    "hospital, helps him on the stairs at home and is kept off school those mornings – 6 sessions "
    "missed this half term. Resettlement caseworker to book interpreters with the hospital "
    "directly so Omar does not have to.",
    ["PH", "CARER", "EDU-ATT"],
    [("convention", "child interpreting at a parent's medical appointments plus physical help at home, "
                    "missing school for it, is coded CARER")])
box("K301", A, "2025-02-11", BR, "orange",
    "Omar was brought home by police on 28/01 after he and two older boys were seen smashing a bus "
    "shelter; he was given a community resolution. School say he has been in three fights since "
    "November and had a 2-day suspension after the last one. Khaled says he can't get Omar to "
    "listen – Omar swears at him and walks out, and Khaled ends up shouting. Khaled was clear he "
    "has never hit the children. YOS prevention referral made; TAF set up with school and the "
    "resettlement team.",
    ["CRIME", "EDU-EXC", "REL-PAR"],
    [("negated", "'never hit the children' – no physical chastisement coded")])
box("K301", C, "2025-07-22", BR, "green",
    "Omar's attendance has been 95% since Easter and his head of year is still tracking it weekly, "
    "alongside a behaviour report card he is keeping to. Nothing more from the police since the "
    "community resolution in January. Yara now goes to nursery every morning for her full hours, "
    "SALT have given the nursery a programme and she is using two-word phrases in Arabic.",
    ["EDU-ATT", "EDU-EXC", "EYD"],
    [("historical", "police/community resolution in January, nothing since – CRIME not coded")])

# K302 - Afghan family (ARAP), transitional hotel
box("K302", A, "2025-03-04", WE, "green",
    "Maryam (8 months) – Zarmina wasn't sure how to start solids and was still giving only "
    "breastmilk and formula; HV visited with a Dari interpreter and went through weaning with a "
    "picture leaflet. Bilal (6) has been wetting the bed most nights since the family moved up "
    "from the hotel in Kent; GP has seen him and given advice.",
    ["EYD", "PH"],
    [("convention", "bedwetting at school age (6) is PH, not EYD (convention 9)")])
box("K302", A, "2025-03-04", WE, "yellow",
    "Sahar (16) arrived in October and still has no education place – the ESOL course at "
    "Wetherlow College is full until September. She is at home most days and told me she feels "
    "low, cries a lot and misses her friends in Kabul. She said she has not hurt herself and has "
    "no thoughts of doing so. EHW looking at other ESOL classes and the Wetherlow girls' youth group.",
    ["EDU-NEET", "MH-CHILD"],
    [("negated", "self-harm explicitly denied (MH-CHILD still present for low mood)")])
box("K302", A, "2025-03-04", WE, "orange",
    "The MOD transitional hotel closes on 30/04 and the family have been offered a 4-bed house in "
    "another county. Jawed turned it down because Mustafa (11) has a heart condition and is under "
    "the cardiology team at St Wilfrid's. Housing options have warned that refusing may end the "
    "council's duty. Weekly meeting with housing, the ARAP caseworker and the EHW.",
    ["HOUS", "PH"])
box("K302", C, "2025-09-16", WE, "blue",
    "Family moved into a 4-bed housing association house in Wetherlow in June, so the housing "
    "worry is over. Jawed has started warehouse work through a friend; money is tight on his wage "
    "and they are using the budgeting app the EHW set up to get through to payday.",
    ["FIN"],
    [("need_met", "housing need resolved (moved in June) – HOUS not coded"),
     ("lookalike", "starting work is not FIN by itself; FIN is for 'money is tight' managed with budgeting")])

# K303 - Eritrean mother seeking asylum, s95 dispersal flat
box("K303", A, "2025-04-08", CB, "green",
    "Ruth (4) started Reception at St Anne's in January with no English and no nursery "
    "experience. She is still having wetting accidents most days and the TA changes her; the school "
    "nurse has given Senait a toileting plan in Tigrinya. Abel (7) has made lovely progress with "
    "his reading and the EAL lead is delighted.",
    ["EYD"],
    [("lookalike", "Abel's EAL progress is good news, not EDU-SEND")])
box("K303", A, "2025-04-08", CB, "yellow",
    "Senait gets asylum support of about £49 a week each on her card and has run out before it "
    "tops up three weeks in a row. She has been to the church food bank twice and keeps the "
    "heating off because she is scared of the prepayment meter running out. EHW to help with an "
    "additional needs request to the Home Office and a warm homes fund application.",
    ["FIN"],
    [("convention", "food bank and fuel poverty are FIN; no hungry child or empty cupboard described, so no SAFE-NEG; cold flat is not disrepair (no HOUS)")])
box("K303", A, "2025-04-08", CB, "orange",
    "Senait told the GP (phone interpreter) that she sees her husband's face every night and "
    "sometimes thinks the children would be better off with another family. GP referred her "
    "urgently to the refugee trauma service and put the crisis line number in Tigrinya on her "
    "phone. Her husband has not been heard of since 2023 and is believed to be in Libya.",
    ["MH-ADULT"],
    [("outside_household", "husband missing abroad – not part of the household, nothing coded for him")])
box("K303", C, "2025-10-21", CB, "yellow",
    "Senait is going to the refugee trauma service every week and says she is coping better. Her "
    "asylum interview is on 18 November. If the claim is refused she would lose the flat and the "
    "support, and she is very anxious about that – we have talked through what would happen.",
    ["MH-ADULT"],
    [("hypothetical", "loss of flat and support only if the claim is refused – HOUS/FIN not coded")])

# K304 - Nigerian family with no recourse to public funds
box("K304", A, "2025-01-20", HG, "yellow",
    "Blessing has no recourse to public funds while her further leave application is pending. "
    "She lost her job at a care home when her visa ran out and the family are living on help from "
    "church friends and £40 a week from her sister. She is two months behind with the rent "
    "(£1,300). Grace (15) drops Tobi at the childminder before school and has been late 14 times "
    "this term.",
    ["FIN", "EDU-ATT"],
    [("convention", "Grace taking a healthy toddler to the childminder is not a young-carer role – no CARER"),
     ("outside_household", "sister's £40 gift – sister is outside the household")])
box("K304", A, "2025-01-20", HG, "red",
    "Open to children's social care under a child in need (s17) plan. CSC are paying weekly "
    "subsistence and paid January's rent. The private landlord served a section 21 notice ending "
    "31/03; CSC are assessing whether they will have to house the family. SW: Kemi Adeyemi.",
    ["FIN", "HOUS"])
box("K304", A, "2025-01-20", HG, "green",
    "Daniel (10) has asthma and his inhaler ran out in December; Blessing had not registered with "
    "a GP because she thought she would be charged as an overstayer. School nurse explained that GP "
    "registration is free and is helping her register at Halsey Green Surgery.",
    ["PH"],
    [("lookalike", "'charged' refers to NHS fees, not an offence – no CRIME")])
box("K304", C, "2025-08-12", HG, "green",
    "Daniel is registered with the surgery and uses his brown inhaler every morning and evening; "
    "the asthma nurse reviewed him in July. The family moved to a housing association flat in July "
    "so the section 21 no longer matters, and Grace stopped doing the childminder run when Tobi "
    "got a funded nursery place – no lates since May.",
    ["PH"],
    [("need_met", "housing resolved by the move – HOUS not coded"),
     ("historical", "lateness stopped, 'no lates since May' – EDU-ATT not coded"),
     ("lookalike", "Tobi's funded nursery place is good news with no EYD need stated")])

# K305 - Ukrainian family, Homes for Ukraine
box("K305", A, "2025-05-06", BR, "yellow",
    "Olena, Sofiia (17), Maksym (13) and grandmother Halyna (72) have lived with their Homes for "
    "Ukraine hosts since 2022. The hosts have given notice that it ends on 30 June because their "
    "son is moving back home. Olena works part time in a bakery. Council housing team have done a "
    "prevention assessment and the family are on the register.",
    ["HOUS"],
    [("lookalike", "part-time work alone is not FIN (convention 5)"),
     ("outside_household", "the hosts' son moving home is the hosts' matter; only the effect (HOUS) is coded")])
box("K305", A, "2025-05-06", BR, "orange",
    "Sofiia (17) told her college counsellor she has been cutting her arms since her home town "
    "was shelled in March. Urgent CAMHS referral accepted, first appointment 14/05. She is still "
    "going to college every day and says she doesn't drink or take anything.",
    ["MH-CHILD"],
    [("negated", "denies drink or drugs – SUB not coded")])
box("K305", C, "2025-11-04", BR, "blue",
    "Family moved into a 3-bed private let in Brackenmoor in August using the council's deposit "
    "scheme. Halyna's diabetes is now on insulin; Olena gives the evening injection, Halyna does "
    "the morning one herself, and they have the district nurse number for any problems.",
    ["PH"],
    [("need_met", "housing resolved by the August move – HOUS not coded"),
     ("convention", "an adult giving injections is not CARER (a child who cares)")])

# K306 - Iranian Kurdish family seeking asylum, contingency hotel
box("K306", A, "2025-06-10", WE, "orange",
    "Family of five in one room at the Wetherlow Park Hotel (Home Office contingency "
    "accommodation) since September. There is no kitchen; Shilan says Aras and Rozh won't eat the "
    "hotel food and often go to bed hungry. Aras has had scabies twice, treated by the hotel's "
    "visiting nurse. Complaint made to the accommodation provider's helpline about the room size.",
    ["HOUS", "SAFE-NEG", "PH"],
    [("convention", "children going to bed hungry is SAFE-NEG (convention 10) even though the cause is the hotel")])
box("K306", A, "2025-06-10", WE, "yellow",
    "Aras (8) still has no school place. In-year admissions say the two primaries near the hotel "
    "are full and the school offered is four miles away with no transport, so he has no way to get "
    "there. He has not been in school since the family arrived in September; Rozh (5) is in the "
    "same position.",
    ["EDU-ATT"],
    [("convention", "school-age children not on roll anywhere (missing education) coded EDU-ATT")])
box("K306", A, "2025-06-10", WE, "green",
    "Dilan (15 months) missed her one-year review and her immunisations when the family were moved "
    "from the hotel in Leeds. HV has rebooked both with a Sorani interpreter. Hiwa says he has no "
    "health problems of his own.",
    ["EYD", "PH"],
    [("negated", "Hiwa: no health problems of his own")])
box("K306", C, "2026-01-13", WE, "green",
    "Family were dispersed to a 3-bed house in Cinder Bank in November, so they are out of the "
    "hotel. Aras and Rozh started at Fenwick Primary in December and the EAL lead has put them in "
    "her welcome group. Dilan had her jabs and her review in October and is walking now.",
    [],
    [("need_met", "out of the hotel – HOUS not coded"),
     ("need_met", "school places found – EDU-ATT not coded"),
     ("historical", "jabs and review done in October – PH/EYD not coded")])

# ---------------------------------------------------------------------------
# Narratives, part 2 (cases K307-K313)
# ---------------------------------------------------------------------------

# K307 - Pakistani mother on a spouse visa (NRPF) fleeing domestic abuse
box("K307", A, "2025-02-25", HG, "red",
    "Ayesha came to Halsey Green refuge on 12/02 with Zain (6) and Hira (3). Her husband Imran "
    "kept her passport and phone, locked her in when he went to work and told her he would send "
    "her back to Pakistan without the children. Police attended the night she left; Imran was "
    "arrested for assault and bailed with conditions not to contact her. Strategy meeting 14/02, "
    "s47 enquiries under way, MARAC on 27/02.",
    ["DA"],
    [("convention", "the husband's arrest for assaulting Ayesha is DA only, not CRIME (convention 7)")])
box("K307", A, "2025-02-25", HG, "orange",
    "Ayesha is on a spouse visa with no recourse to public funds, so CSC are funding the refuge "
    "place. The IDVA is helping her apply under the migrant victims of domestic abuse concession "
    "for temporary leave and access to benefits. She has no money of her own – Imran controlled "
    "the account and her wages.",
    ["DA", "FIN"])
box("K307", A, "2025-02-25", HG, "yellow",
    "Hira (3) uses only a few single words in Urdu and none in English and has never been to "
    "nursery. Zain (6) has been out of school since the move and an in-year application has "
    "gone in for St Columba's, near the refuge.",
    ["EYD", "EDU-ATT"])
box("K307", C, "2025-08-05", HG, "orange",
    "Non-molestation order granted in April. Imran breached it twice in June by waiting at the "
    "gate of St Columba's and was arrested and charged on 20/06. The IDVA is still supporting "
    "Ayesha and the case went back to MARAC in July.",
    ["DA"],
    [("convention", "breach of the non-mol and the arrest/charge are DA only, not CRIME (convention 7)")])

# K308 - Roma family from Romania (settled status)
box("K308", A, "2025-09-09", CB, "yellow",
    "Ionut (14) had 61% attendance and Denisa (12) 74% at Cinder Bank High last year. Maria says "
    "mornings are chaos with the baby – the older two stay in bed and she can't get them up, and "
    "Florin leaves for work at 5. EWO sent a warning letter in July. EHW to work with Maria on a "
    "morning routine.",
    ["EDU-ATT", "REL-PAR"],
    [("lookalike", "Florin's early work start is not FIN (convention 5)")])
box("K308", A, "2025-09-09", CB, "orange",
    "Ionut was stopped by police on 22/08 in a car with two adult men from out of the area; he had "
    "wraps of cannabis and £600 cash and was released under investigation. Police intelligence "
    "suggests he is running drugs to Wetherlow. He has been reported missing overnight three "
    "times since June. NRM referral submitted and the exploitation team allocated.",
    ["SAFE-EXP", "CRIME"],
    [("convention", "drugs found on an exploited child are SAFE-EXP and CRIME, not SUB (convention 12)")])
box("K308", C, "2026-02-17", CB, "orange",
    "Ionut is still open to the exploitation team and to YOS on a referral order (possession with "
    "intent, November). No missing episodes since October. A mentor from the Cinder Bank youth "
    "project sees him every week.",
    ["SAFE-EXP", "CRIME"],
    [("historical", "missing episodes ended in October (SAFE-EXP still present via the exploitation team)"),
     ("convention", "'possession with intent' is CRIME/SAFE-EXP, not SUB (convention 12)")])

# K309 - Sudanese family, newly granted refugee status
box("K309", A, "2025-03-18", BR, "yellow",
    "Amira and the children were granted refugee status in February. Asylum support stopped at "
    "the end of the move-on period and the first UC payment isn't due until April, so they have "
    "had no income for three weeks. Amira has used the Brackenmoor food bank twice and borrowed "
    "£200 from her brother Osman, who lives nearby. Citizens Advice appointment booked to ask for "
    "an advance.",
    ["FIN"],
    [("outside_household", "Osman (lender) lives elsewhere – nothing coded for him")])
box("K309", A, "2025-03-18", BR, "orange",
    "The asylum accommodation notice ran out on 10/03 and the council have placed the family as "
    "homeless in one room of a B&B with a shared bathroom upstairs. Hassan (9) has cerebral palsy "
    "and uses a wheelchair; Mohamed (16) carries him up the stairs and helps him wash morning and "
    "night.",
    ["HOUS", "PH", "CARER"])
box("K309", A, "2025-03-18", BR, "green",
    "Hassan is at Brackenmoor Primary with 1:1 support; the SENCO has applied for an EHC needs "
    "assessment. Fatima (11) is settled in Year 6 and school have no concerns about her.",
    ["EDU-SEND"],
    [("negated", "Fatima: school have no concerns")])
box("K309", C, "2025-09-30", BR, "blue",
    "Family moved into an adapted ground-floor council flat in August with a wet room, so the B&B "
    "is behind them. UC is being paid and Amira does a weekly budget; she is paying Osman back £20 "
    "a month.",
    ["FIN"],
    [("need_met", "rehoused in August – HOUS not coded"),
     ("convention", "FIN present for repaying a debt (now managing in a blue box), not for the UC name")])

# K310 - Albanian family seeking asylum
box("K310", A, "2025-10-07", WE, "orange",
    "Klea (13) has been messaging on Snapchat with a man who says he is 19, has sent him photos of "
    "herself and met him at the bus station last week. The school DSL reported it to police, who "
    "are investigating him. Klea has been referred to the exploitation team and will see a "
    "specialist worker.",
    ["SAFE-EXP"],
    [("outside_household", "police investigation is of the man, not a household member – no CRIME")])
box("K310", A, "2025-10-07", WE, "yellow",
    "Drita and Arben are arguing a lot about Klea's phone and blaming each other; Drita says the "
    "rows get loud but neither of them has ever been violent or frightened of the other. Arben "
    "signs at the Home Office reporting centre every Tuesday as part of his immigration bail.",
    ["REL-CONF"],
    [("negated", "violence and fear denied – DA not coded"),
     ("lookalike", "immigration bail reporting is not probation or offending – no CRIME")])
box("K310", C, "2026-03-03", WE, "orange",
    "Klea is still seeing the exploitation worker; the man was charged in January. She went "
    "missing once in February and police found her at a friend's house in Halsey Green the same "
    "night.",
    ["SAFE-EXP"],
    [("convention", "police finding a missing child is safeguarding, not CRIME (convention 7)"),
     ("outside_household", "the man's charge is not a household member's offence")])
box("K310", C, "2026-03-03", WE, "blue", "N/A – nothing at this level.", [])

# K311 - Hong Kong family on the BN(O) route
box("K311", A, "2025-04-29", HG, "orange",
    "Ethan (15) hasn't been in school since February half term. Boys in his year call him "
    "'Covid' and filmed him being shoved into a locker; he has panic attacks on school mornings. "
    "CAMHS have accepted the referral. School offering a part-time timetable in the library to "
    "start with.",
    ["EDU-ATT", "SAFE-EXP", "MH-CHILD"])
box("K311", A, "2025-04-29", HG, "blue",
    "Family are on the BN(O) route with no recourse to public funds. Both parents work – Mei is an "
    "accountant – and they say money is not a problem. They have found a Cantonese-speaking "
    "parents' group through their church. If Mei's contract isn't renewed in the autumn they "
    "would have no safety net, and they know to come back to us if that happens.",
    [],
    [("negated", "NRPF with no hardship and 'money is not a problem' – FIN not coded"),
     ("hypothetical", "no safety net only if the contract is not renewed – FIN not coded")])
box("K311", C, "2025-10-14", HG, "green",
    "Ethan has been on a full timetable since September and his attendance this term is 90%; he "
    "still has his Monday check-in with the pastoral lead. The two boys were suspended in May and "
    "the name-calling has stopped.",
    ["EDU-ATT"],
    [("historical", "bullying stopped – SAFE-EXP not coded"),
     ("outside_household", "the other boys' suspension is not EDU-EXC for this family")])

# K312 - Yemeni family
box("K312", A, "2025-05-20", CB, "orange",
    "Abdullah chews khat most afternoons at a friend's flat on Dock Road and comes home late and "
    "irritable. Nora says they have £400 of gas arrears because of what he spends on it. Police "
    "were called by a neighbour on 02/05 when Abdullah pushed Nora into the wall; he was arrested "
    "and released with no further action. Nora does not want to leave him.",
    ["SUB", "DA", "FIN"],
    [("convention", "arrest for pushing his wife is DA only, not CRIME (convention 7)")])
box("K312", A, "2025-05-20", CB, "yellow",
    "Nora cleans offices in the evenings and Ali (8) and Huda (2) are left with Salma (12) until "
    "about 10pm three or four nights a week, as Abdullah is out.",
    ["SAFE-NEG"],
    [("lookalike", "evening cleaning job is not FIN (convention 5)"),
     ("convention", "a 12-year-old minding healthy siblings is a supervision (SAFE-NEG) issue, not CARER")])
box("K312", C, "2025-11-11", CB, "yellow",
    "Abdullah is seeing the khat outreach worker from the drug and alcohol service and says he "
    "now only chews at weekends. No police call-outs since May. Nora meets an IDVA from Halsey "
    "Women's Aid every fortnight and has a safety plan.",
    ["SUB", "DA"],
    [("historical", "no police call-outs since May")])
box("K312", C, "2025-11-11", CB, "blue",
    "Gas arrears were cleared in September with a grant from an energy trust and the meter has "
    "been switched to a standard tariff.",
    [],
    [("historical", "arrears 'cleared' – FIN not coded (convention 3)")])

# K313 - Congolese mother seeking asylum
box("K313", A, "2025-07-01", HG, "green",
    "Esther is 30 weeks pregnant and hadn't booked antenatal care because she was afraid of being "
    "billed; the midwife has now booked her in and explained her care will not be refused. Joel "
    "(5) is still wet most nights.",
    ["PH"],
    [("convention", "night wetting at 5 (school age) is PH, not EYD (convention 9)"),
     ("lookalike", "fear of NHS bills is not a described money problem – no FIN")])
box("K313", A, "2025-07-01", HG, "yellow",
    "Merveille (9) is very withdrawn in class, won't speak to adults and draws soldiers and "
    "burning houses. The EAL lead confirms she is fluent in Lingala and French at home, so this "
    "isn't a language or learning difficulty. School play therapist to start weekly sessions.",
    ["MH-CHILD"],
    [("negated", "language/learning difficulty ruled out – EDU-SEND not coded")])
box("K313", C, "2025-12-09", HG, "blue",
    "Baby Divine was born in September and is well. Joel has a bedwetting alarm from the school "
    "nurse and now has dry nights most of the week; Esther sets it up each night.",
    ["PH"],
    [("lookalike", "healthy newborn is good news, no EYD/PH need for the baby")])

# ---------------------------------------------------------------------------
# Narratives, part 3 (cases K314-K319)
# ---------------------------------------------------------------------------

# K314 - Iraqi Kurdish family, father a torture survivor
box("K314", A, "2025-06-17", CB, "yellow",
    "Karwan has chronic pain and little use of his hands after he was tortured in detention in "
    "Iraq; he can't dress himself or hold a pen. Nasrin works nights at a food factory. Shno (13) "
    "helps her dad get dressed, does the shopping, reads and answers all the post and phones the "
    "GP for him. She says she doesn't mind but she is tired.",
    ["PH", "CARER"],
    [("lookalike", "Nasrin's night work is not FIN (convention 5)"),
     ("historical", "torture/detention abroad is past context; the present disability is PH")])
box("K314", A, "2025-06-17", CB, "orange",
    "Karwan has PTSD with flashbacks during the day. He told the GP he sometimes thinks about "
    "ending his life but has no plan. The community mental health team have him on the list for "
    "trauma therapy and the GP is reviewing him weekly.",
    ["MH-ADULT"])
box("K314", C, "2025-12-02", CB, "yellow",
    "Shno was assessed by Cinder Bank Young Carers and goes to their Tuesday club. Karwan now has a "
    "care package – a carer comes each morning to help him wash and dress – so Shno mostly helps "
    "with letters and phone calls now.",
    ["CARER", "PH"],
    [("lookalike", "'a carer comes each morning' is a paid adult carer; CARER is coded for Shno only")])

# K315 - Ukrainian mother, bereaved
box("K315", A, "2025-08-19", WE, "orange",
    "Iryna has been drinking most evenings since her husband was killed at the front in April. "
    "Artem (16) has twice found her asleep on the sofa with the front door open. Police did a "
    "welfare check on 10/08 after a neighbour heard Dasha (6) crying alone at midnight while Iryna "
    "was out. Referred to the Wetherlow Recovery Service.",
    ["SUB", "SAFE-NEG"],
    [("convention", "police welfare check is safeguarding, not CRIME (convention 7)"),
     ("lookalike", "bereavement alone is not described as a mental health need – no MH-ADULT")])
box("K315", A, "2025-08-19", WE, "yellow",
    "Artem (16) left his college course in June and has not gone back; he says there is no point "
    "because they might return to Ukraine. He spends most of the day gaming at home. If he is "
    "still not enrolled by October the EHW will refer him to the youth hub.",
    ["EDU-NEET"])
box("K315", A, "2025-08-19", WE, "green",
    "Dasha (6) goes to Wetherlow Primary every day, 97% attendance, and her teacher describes her "
    "as happy and chatty. School have no worries about her.",
    [],
    [("negated", "good attendance and 'no worries' – pure good news, EDU-ATT not coded")])
box("K315", C, "2026-01-27", WE, "yellow",
    "Iryna goes to the Recovery Service each week and says she now drinks only at weekends. She "
    "started counselling for grief and low mood at the Ukrainian community centre in December.",
    ["SUB", "MH-ADULT"])

# K316 - Afghan family, father still abroad at assessment
box("K316", A, "2025-09-23", BR, "orange",
    "Parisa (14) took an overdose of paracetamol on 15/09 and was admitted to Brackenmoor General. "
    "She says she can't stop thinking about her father, who is still in hiding in Pakistan waiting "
    "for his visa. CAMHS liaison saw her on the ward and she is now with the CAMHS crisis team.",
    ["MH-CHILD"],
    [("lookalike", "paracetamol overdose is self-harm (MH-CHILD), not SUB"),
     ("outside_household", "father abroad – his situation is not coded")])
box("K316", A, "2025-09-23", BR, "yellow",
    "Fariba has been diagnosed with depression by the GP and started medication. She says Omid "
    "(12) won't do anything she asks, stays on his phone when told to stop and laughs when she "
    "tells him off. EHW to link her with a Dari-speaking women's group and start parenting work "
    "at home.",
    ["MH-ADULT", "REL-PAR"],
    [("lookalike", "'medication' for depression is not SUB")])
box("K316", C, "2026-02-24", BR, "blue",
    "Fariba goes to the women's group every week and says her mood is better; she is still taking "
    "her antidepressants and sees the GP every two months. Her husband arrived from Pakistan in "
    "February. Fariba knows to ring the CAMHS crisis line straight away should Parisa hurt herself "
    "again.",
    ["MH-ADULT"],
    [("hypothetical", "Parisa's self-harm only 'should' it recur – MH-CHILD not coded in this box (convention 1)")])

# K317 - Eritrean father bringing up two children alone
box("K317", A, "2025-10-28", HG, "yellow",
    "Tesfay has been out of work since the family got status in the summer. He trained as a "
    "mechanic in Eritrea but his certificates are not recognised here. The family's UC was "
    "sanctioned for a month after he missed a Jobcentre appointment that had no interpreter. "
    "Referred to the refugee employment programme.",
    ["FIN"])
box("K317", A, "2025-10-28", HG, "green",
    "Yonas (5) has been hitting other children in Reception and the head has sent him home early "
    "twice; the class teacher is using a reward chart. The SENCO has put him on SEN support for his "
    "speech – he has few words in Tigrinya as well as English. Hanna (8) has settled and has a "
    "best friend.",
    ["EDU-EXC", "EDU-SEND"],
    [("convention", "speech needs of a school-age child (Reception, 5) are EDU-SEND, not EYD (convention 9)")])
box("K317", C, "2026-04-14", HG, "blue",
    "Tesfay started at a garage in March, 30 hours a week; the family still get a small UC "
    "top-up and have no debts. He says that if his hours drop over the summer they might need help "
    "with the rent. Yonas came off his reward chart at Easter because he no longer needs it.",
    [],
    [("need_met", "worklessness ended – FIN not coded"),
     ("lookalike", "UC top-up named with no money problem – not FIN (convention 5)"),
     ("negated", "'no debts'"),
     ("hypothetical", "help with rent only if his hours drop – FIN not coded"),
     ("historical", "behaviour chart ended at Easter – EDU-EXC not coded")])
box("K317", C, "2026-04-14", HG, "green",
    "Hanna told her teacher that her mother died during the sea crossing and that she wakes most "
    "nights from bad dreams. The school counsellor is now seeing her weekly and the GP is aware.",
    ["MH-CHILD", "PH"],
    [("historical", "mother's death on the journey is past context (not a household member now)"),
     ("convention", "waking most nights at school age is a sleep problem – PH as well as MH-CHILD (convention 9)")])

# K318 - Syrian family in a private rented flat
box("K318", A, "2025-01-14", WE, "orange",
    "Black mould in both bedrooms and part of the bathroom ceiling has come down after a leak from "
    "the flat above. The landlord ignored three requests; environmental health inspected on 08/01 "
    "and served an improvement notice. The twins (3) have been to A&E twice with wheezing.",
    ["HOUS", "PH"],
    [("lookalike", "an improvement notice is served on the landlord, not an eviction notice (HOUS coded for disrepair)"),
     ("outside_household", "the leak from the flat above / the landlord are outside the household; effect on the family is HOUS")])
box("K318", A, "2025-01-14", WE, "green",
    "Adam (3) has no words yet and doesn't turn to his name; his twin Noor chats away in Arabic. HV "
    "has referred Adam to the community paediatrician for a developmental assessment, and says his "
    "hearing should be tested if he is still not responding to sounds by then.",
    ["EYD"],
    [("hypothetical", "hearing test only 'if' still not responding – PH not coded")])
box("K318", A, "2025-01-14", WE, "yellow",
    "Rami (11) has had three after-school detentions for not doing homework and answering back. At "
    "home Hiba says he refuses to do anything he is asked and swore at her last week. EHW to run a "
    "parenting programme at home with both parents.",
    ["EDU-EXC", "REL-PAR"])
box("K318", C, "2025-06-24", WE, "green",
    "Family moved to a council house in April when the flat was condemned, and the twins' wheezing "
    "has settled – the GP stopped their inhalers in May. Adam is still waiting for the "
    "paediatrician; HV has given Samer and Hiba speech activities and Adam now says 'mama' and "
    "'baba'.",
    ["EYD"],
    [("need_met", "rehoused in April – HOUS not coded"),
     ("historical", "wheeze settled, inhalers stopped – PH not coded")])

# K319 - Somali family
box("K319", A, "2025-11-18", HG, "orange",
    "Abdi (17) is on a 9-month referral order for a robbery in August; YOS see him weekly. He "
    "hasn't been in college or work since leaving school last year and says he'll work in his "
    "cousin's shop 'soon'. Police were called to the flat twice in October when Abdi punched holes "
    "in the doors and threatened Hodan.",
    ["CRIME", "EDU-NEET", "REL-PAR"],
    [("convention", "a son threatening his mother is child-to-parent violence: REL-PAR (+CRIME), not DA (convention 8)"),
     ("convention", "NEET at 17 is EDU-NEET only, no FIN (convention 11)")])
box("K319", A, "2025-11-18", HG, "yellow",
    "Ayaan (13) says she smokes cannabis with older girls in the park most weekends. Hodan's "
    "brother in Leicester is in prison for drug dealing and Ayaan often stays with his family in "
    "the holidays. Khadar (9) is fine.",
    ["SUB"],
    [("outside_household", "uncle's imprisonment for dealing – outside the household, no CRIME"),
     ("negated", "Khadar is fine")])
box("K319", C, "2026-05-12", HG, "orange",
    "Abdi completed his referral order in April and YOS closed, but he was arrested in May "
    "carrying a knife and is on bail waiting for court. Still not in education, work or training.",
    ["CRIME", "EDU-NEET"],
    [("historical", "referral order completed (CRIME still present through the May arrest)")])

# ---------------------------------------------------------------------------
# Narratives, part 4 (cases K320-K325)
# ---------------------------------------------------------------------------

# K320 - Pakistani family, mother on a care worker visa (NRPF)
box("K320", A, "2025-07-08", WE, "orange",
    "Sana came to the UK on a care worker visa; her sponsor's licence was revoked in June and she "
    "has 60 days to find a new sponsor. The family owe about £8,000 to the agent in Pakistan who "
    "arranged the visa and are getting threatening calls. No income since June, NRPF, and the "
    "landlord has told them to leave by the end of August.",
    ["FIN", "HOUS"],
    [("outside_household", "threats come from the visa agent abroad; no child is exploited, so no SAFE-EXP – the effect is FIN"),
     ("lookalike", "NRPF is coded through the described lack of income, not the label")])
box("K320", A, "2025-07-08", WE, "yellow",
    "Faisal is very low – not leaving the house and says he has failed the family. GP has started "
    "him on antidepressants and he is on the talking therapies waiting list. Ali (9) and Inaya (6) "
    "are doing well at Wetherlow Primary, with no attendance or behaviour worries.",
    ["MH-ADULT"],
    [("negated", "no attendance or behaviour worries – EDU-ATT/EDU-EXC not coded")])
box("K320", C, "2025-12-16", WE, "blue",
    "Sana found a new sponsor at a care home in Halsey Green and started in September, and they "
    "have moved into a cheaper flat near the home. They are paying off the agent's debt at £150 a "
    "month under a plan agreed with Citizens Advice.",
    ["FIN"],
    [("need_met", "moved to a new flat – HOUS not coded")])
box("K320", C, "2025-12-16", WE, "green",
    "Faisal says his mood is much better since he began volunteering at the mosque food bank; the "
    "GP is reviewing his antidepressants in January.",
    ["MH-ADULT"],
    [("lookalike", "volunteering at a food bank is not using one – no FIN")])

# K321 - Venezuelan family seeking asylum
box("K321", A, "2025-10-21", BR, "green",
    "Valentina (7) has epilepsy and takes medication twice a day. It ran out for four days in "
    "September when the family were moved here from another dispersal area and weren't yet "
    "registered with a GP. Now registered at Brackenmoor Health Centre; the school nurse is writing "
    "a seizure care plan.",
    ["PH"],
    [("lookalike", "epilepsy medication is not SUB")])
box("K321", A, "2025-10-21", BR, "yellow",
    "Sebastián (12) has refused school most days since the start of term. He says he doesn't "
    "understand the lessons, and a group of boys copy his accent and took his bag. Attendance 58%. "
    "The EAL lead is arranging a buddy and a Spanish-speaking TA.",
    ["EDU-ATT", "SAFE-EXP"])
box("K321", C, "2026-03-10", BR, "green",
    "Valentina's seizures are well controlled and her care plan is in place in school. Sebastián's "
    "attendance is 92% and his head of year is still reviewing it every fortnight; no further "
    "trouble with the boys since November.",
    ["PH", "EDU-ATT"],
    [("historical", "no trouble with the boys since November – SAFE-EXP not coded")])

# K322 - Syrian parents who have separated
box("K322", A, "2025-05-13", CB, "yellow",
    "Mahmoud and Dima separated in March and keep arguing about when Mahmoud sees the children. "
    "Handovers at the school gate have turned into shouting in front of Kinan (10) and Tala (6). "
    "Dima says Mahmoud has never been violent or controlling and she isn't afraid of him. "
    "Referred to family mediation.",
    ["REL-CONF"],
    [("negated", "violence/control/fear denied – DA not coded")])
box("K322", A, "2025-05-13", CB, "green",
    "Kinan has started wetting the bed again and complains of stomach ache on Monday mornings; the "
    "GP examined him, found nothing physical and has given advice.",
    ["PH"],
    [("convention", "bedwetting at 10 is PH, not EYD (convention 9)")])
box("K322", C, "2025-11-25", CB, "blue",
    "Parents agreed a contact schedule at mediation in July. Handovers now happen at Dima's "
    "sister's house so the children don't see their parents together, and they message about the "
    "children through a co-parenting app. Dima says that if Mahmoud ever turned up drunk she would "
    "stop the handovers, but that has never happened.",
    ["REL-CONF"],
    [("hypothetical", "drinking only 'if' and 'never happened'; Mahmoud is also outside the household – no SUB"),
     ("convention", "separated parents now managing contact themselves – REL-CONF present in a blue box (convention 3)")])

# K323 - Iraqi family seeking asylum, father with TB
box("K323", A, "2025-09-02", HG, "orange",
    "Yousef was diagnosed with pulmonary TB in August and spent three weeks in hospital. The whole "
    "family have been screened and Zaid (14) is on a preventive course of antibiotics. The TB nurse "
    "visits daily to watch Yousef take his tablets. Another hotel resident told the family they "
    "would be deported because of the TB – this isn't true and was explained through the "
    "interpreter.",
    ["PH"],
    [("outside_household", "another resident's rumour – nothing coded"),
     ("lookalike", "'deported' / supervised tablets are not CRIME or SUB")])
box("K323", A, "2025-09-02", HG, "yellow",
    "Zaid was kept off school for three weeks until the TB clinic cleared him. He has been cleared "
    "but still isn't going back – he says he is embarrassed – and Layla can't get him out of bed; "
    "he shouts at her when she tries. Attendance 40% this term.",
    ["EDU-ATT", "REL-PAR"])
box("K323", C, "2026-02-10", HG, "green",
    "Yousef finished his TB treatment in January and the TB nurse has discharged him; Zaid's "
    "preventive course ended in November. Zaid's attendance is up to 91% and his tutor still "
    "checks in with him every Friday.",
    ["EDU-ATT"],
    [("historical", "TB treatment finished and discharged – PH not coded")])

# K324 - Eritrean aunt caring for her niece (family reunion)
box("K324", A, "2025-06-03", BR, "yellow",
    "Selam (16) joined her aunt Mehret in April through family reunion and Mehret is now her "
    "kinship carer. Selam has no education place – the colleges say she arrived too late in the "
    "year – and she stays in the house all day.",
    ["EDU-NEET"],
    [("lookalike", "'kinship carer' is an adult carer, not CARER (convention 12)")])
box("K324", A, "2025-06-03", BR, "orange",
    "Selam told the EHW that she was held for months in Libya on the way here and 'bad things "
    "happened'. She has flashbacks and jumps at loud noises. Referred to the CAMHS refugee team, "
    "first appointment in July.",
    ["MH-CHILD"],
    [("historical", "abuse/captivity on the journey is past – SAFE-EXP not coded; the present trauma is MH-CHILD")])
box("K324", A, "2025-06-03", BR, "green",
    "Samuel (7), Mehret's son, has a hearing impairment and wears hearing aids; the teacher of the "
    "deaf visits termly and he uses a radio aid in class.",
    ["EDU-SEND", "PH"])
box("K324", C, "2025-12-09", BR, "yellow",
    "Selam started full-time ESOL at Brackenmoor College in September but has missed a lot of "
    "sessions and the college have warned she could lose her place. She says she can't get to "
    "sleep until the early hours.",
    ["EDU-NEET", "PH"],
    [("convention", "16+ at risk of losing a college place is EDU-NEET ('at risk of it'); college is not school, so no EDU-ATT")])

# K325 - Syrian family, father gambling
box("K325", A, "2025-10-14", WE, "yellow",
    "Tarek has been betting online and has lost the family's savings plus about £3,000 on credit "
    "cards; Reem found out in September. They argue about money most days, but Reem says he has "
    "never tried to control her or the money and she has her own account. Tarek has been referred "
    "to a gambling support service.",
    ["FIN", "REL-CONF"],
    [("convention", "gambling debts are FIN, not SUB (convention 10)"),
     ("negated", "control denied – DA not coded")])
box("K325", A, "2025-10-14", WE, "green",
    "Layan (6) has Down syndrome and an EHCP; she is in a mainstream Year 1 class with a 1:1 TA. "
    "Her annual heart check at the children's hospital is in November.",
    ["EDU-SEND", "PH"])
box("K325", C, "2026-04-21", WE, "blue",
    "Tarek has put blocks on betting sites and Reem looks after the bank cards; they are paying "
    "the cards off at £120 a month. They still argue sometimes, but much less than before.",
    ["FIN", "REL-CONF"],
    [("convention", "blocking betting sites is not SUB; repaying cards is FIN now managing (blue box)")])
box("K325", C, "2026-04-21", WE, "green",
    "Layan's EHCP review in March kept her 1:1 hours for Year 2. Should her hearing test in May "
    "show a problem, audiology will follow it up.",
    ["EDU-SEND"],
    [("hypothetical", "hearing problem only 'should' the test show one – PH not coded")])

# ---------------------------------------------------------------------------
# Narratives, part 5: unboxed case notes (level empty; one gold level from the
# highest level cue in the text, taxonomy convention 2)
# ---------------------------------------------------------------------------
note("W301", A, "2026-01-14", CB,
     "ICPC today: Amina (9) and Yusuf (4) made subject to child protection plans, category "
     "neglect. On three unannounced visits there was no food in the flat, and on one Yusuf was "
     "alone while his mum, Hawa, was signing at the Home Office reporting centre. Hawa has "
     "depression that has never been treated; the Somali interpreter felt she was struggling to "
     "follow the meeting. Housing is stable – council flat, rent up to date.",
     ["SAFE-NEG", "MH-ADULT"], "red", "ICPC / child protection plan",
     [("lookalike", "Home Office reporting is not offending – no CRIME"),
      ("negated", "housing stable, rent up to date – HOUS/FIN not coded")])
note("W302", A, "2025-11-04", HG,
     "TAF review at Halsey Green Academy with the EAL lead, the EHW and the family's resettlement "
     "caseworker. Dawit (15) has had two suspensions for fighting this term and a managed move to "
     "Cinder Bank High has been agreed. Dad says Dawit is no trouble at home and helps with his "
     "little sisters; school have no concerns about his attendance.",
     ["EDU-EXC"], "orange", "TAF plan; managed move",
     [("negated", "no trouble at home – REL-PAR not coded; no attendance concerns – EDU-ATT not coded"),
      ("lookalike", "helping with healthy younger sisters is not CARER")])
note("W303", A, "2025-06-24", WE,
     "Home visit with a Pashto interpreter. Bibi says the flat is fine now that the landlord has "
     "mended the boiler. The worry is money: Hamid's UC stopped in March because the DWP could not "
     "check his eVisa, and they now owe £600 in council tax. Referred to Citizens Advice to "
     "challenge the decision.",
     ["FIN"], "yellow", "Citizens Advice (one extra service)",
     [("need_met", "boiler mended, flat fine – HOUS not coded")])
note("W304", C, "2026-01-20", BR,
     "From the Brackenmoor Primary EAL lead: Kateryna (6) arrived from Kharkiv in November and her "
     "English is coming on quickly. Her teacher has noticed she squints at the board and gets "
     "headaches in the afternoons; she failed the school nurse's vision screen and mum has been "
     "given a letter to take to an optician. Mum mentioned that Kateryna's older brother had "
     "treatment for anxiety in Ukraine a few years ago but is well now.",
     ["PH"], "green", "school / school nurse only",
     [("lookalike", "EAL progress is not EDU-SEND"),
      ("historical", "brother's anxiety treated years ago, well now – MH-CHILD not coded")])
note("W305", C, "2025-09-30", CB,
     "Phone call with Reza. He used the links I sent him to apply for the council's household "
     "support grant and the warm home discount himself, and both have been approved. He says money "
     "has been short each month since his shifts were cut, but they are getting by with help from "
     "his brothers. Nothing else he wants from us.",
     ["FIN"], "blue", "signposting acted on by the family; own network",
     [("convention", "FIN for money short since shifts cut, managed with own network; working shifts alone would not be FIN")])
note("W306", A, "2025-03-25", WE,
     "Police called to the Wetherlow Park Hotel on 22/03 after Kaveh (14) pulled a knife during a "
     "fight with another resident's son in the car park. Kaveh was arrested and released under "
     "investigation and YOS have been notified. Mum says this is the first time he has been in "
     "trouble and she has no worries about drugs or drink.",
     ["CRIME"], "orange", "police call-out / arrest; YOS",
     [("negated", "no worries about drugs or drink – SUB not coded"),
      ("outside_household", "the other resident's son is not coded")])


# ---------------------------------------------------------------------------
# Writer
# ---------------------------------------------------------------------------
def main():
    ids = [n["narrative_id"] for n in NARR]
    assert len(ids) == len(set(ids)), "duplicate narrative ids"
    for n in NARR:
        assert len(n["gold"]) == len(set(n["gold"])), n["narrative_id"]
        for c in n["gold"]:
            assert c in CODES, (n["narrative_id"], c)
        for kind, _ in n["traps"]:
            assert kind in TRAP_KINDS, (n["narrative_id"], kind)

    with open(os.path.join(HERE, "narratives.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "triage_id", "case_id", "stage", "date", "level",
                    "locality", "narrative"])
        for n in NARR:
            w.writerow([n["narrative_id"], n["triage_id"], n["case_id"], n["stage"], n["date"],
                        n["level"], n["locality"], n["narrative"]])

    with open(os.path.join(HERE, "gold.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "code", "level"])
        for n in NARR:
            for c in n["gold"]:
                w.writerow([n["narrative_id"], c, n["gold_level"]])

    traps = []
    for n in NARR:
        for kind, text in n["traps"]:
            traps.append({"narrative_id": n["narrative_id"], "kind": kind, "note": text})
    unboxed = {n["narrative_id"]: {"gold_level": n["gold_level"], "cue": n["cue"]}
               for n in NARR if not n["level"]}
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8", newline="") as f:
        json.dump({"traps": traps, "unboxed_level_cues": unboxed}, f, ensure_ascii=False, indent=1)

    gold_rows = sum(len(n["gold"]) for n in NARR)
    print("narratives: %d, gold rows: %d, trap notes: %d" % (len(NARR), gold_rows, len(traps)))


if __name__ == "__main__":
    main()
