#!/usr/bin/env python3
"""Hand-written blind gold set: coastal city early help triage export, 2025-26.
Every narrative, its gold codes (present issues only) and trap notes are written by hand below.
Run: python3 build.py  -> narratives.csv, gold.csv, traps.json
"""
import csv, json, os

HERE = os.path.dirname(os.path.abspath(__file__))

# Boxed narratives: (case, stage A/C, box level, date, locality, text, [gold codes], [(trap kind, note)])
# Unboxed notes:    (note id, None, "", date, locality, text, [gold codes], traps, gold_level)
B = []
def box(case, st, lvl, date, loc, text, codes, traps=()):
    B.append(dict(case=case, st=st, level=lvl, date=date, loc=loc, text=text,
                  codes=list(codes), traps=list(traps), gold_level=lvl))
def note(nid, date, loc, text, codes, gold_level, traps=()):
    B.append(dict(case=nid, st=None, level="", date=date, loc=loc, text=text,
                  codes=list(codes), traps=list(traps), gold_level=gold_level))

H, W, S, N = "Harbourside", "Westcliff", "Saltmarsh", "Northbay"

# ---- S001 resettled family, nursery child, isolated mum ----
d = "2025-09-15"
box("S001", "A", "green", d, H,
    "Amira (4) started at Seagate Nursery in September. Only Arabic spoken at home; keyworker says she is not yet "
    "joining two words together in either language and is still in nappies during the day. HV 3-year check booked "
    "for October. Weight and growth on track.",
    ["EYD"], [("negated", "weight/growth on track is good news, not PH")])
box("S001", "A", "yellow", d, H,
    "Rania (mum) spoke through an interpreter and was tearful for much of the visit. She describes flashbacks to the "
    "journey and being on edge all the time. Dad works nights at the fish processing plant so she is on her own with "
    "the three children most evenings and knows nobody on the estate. GP referral to talking therapies done; EHW "
    "will introduce her to the women's group at St Aidan's.",
    ["MH-ADULT"], [("look-alike", "dad working nights is shift work, not FIN (conv 5)"),
                   ("look-alike", "interpreter / isolation are context, not codes")])
d = "2026-02-10"
box("S001", "C", "blue", d, H,
    "Rania goes to the Tuesday women's group every week and has made a friend who lives two doors down. She says "
    "the flashbacks come less often and she uses the breathing exercises from her therapist when they do.",
    ["MH-ADULT"], [("managing", "blue box, mum now managing her PTSD symptoms -> present (conv 3)")])
box("S001", "C", "green", d, H,
    "Amira was toilet trained over the Christmas holidays. Nursery say she now uses short English phrases with "
    "her friends and the HV has discharged her from speech monitoring.",
    [], [("historical", "toileting and speech described as resolved/discharged -> not EYD")])

# ---- S002 asylum-seeking family in contingency hotel ----
d = "2025-09-22"
box("S002", "A", "orange", d, W,
    "Family of four placed by the Home Office in the Bayview Hotel since July: one room for all of them and no "
    "kitchen. Mum says the weekly allowance does not stretch to bus fares, so the boys often walk the two miles to "
    "school or stay in. Yusuf (13) has missed 14 days since term started. TAF set up with Cliffe Academy, the "
    "refugee support charity and the council housing team.",
    ["HOUS", "FIN", "EDU-ATT"])
box("S002", "A", "yellow", d, W,
    "Yusuf told his learning mentor he thinks about the boat crossing every day and freezes when he hears a loud "
    "engine. Very quiet and withdrawn in lessons. Referred to the Safe Harbour refugee wellbeing project for "
    "therapeutic sessions. His behaviour in school has never been an issue.",
    ["MH-CHILD"], [("negated", "behaviour in school never an issue -> not EDU-EXC")])
d = "2026-03-04"
box("S002", "C", "green", d, W,
    "Family moved out of the hotel in January into a two-bedroom flat on Marine Terrace, which is adequate for them. "
    "Yusuf's attendance has climbed to 95% since the move; school keeping an eye on it.",
    ["EDU-ATT"], [("historical", "hotel/TA over, now adequate flat -> not HOUS"),
                  ("managing", "attendance improving but still monitored by school -> EDU-ATT present in green box")])
box("S002", "C", "yellow", d, W,
    "Yusuf still going to Safe Harbour fortnightly; sessions agreed until the summer term.",
    ["MH-CHILD"], [("service", "ongoing therapeutic service codes MH-CHILD (conv 4)")])

# ---- S003 homeless family from another borough, children starting school mid-year ----
d = "2025-10-06"
box("S003", "A", "orange", d, S,
    "Ms Kowalczyk and her three children were placed in a B&B on Esplanade Road after a no-fault eviction ended their "
    "private tenancy in Luton. Housing options say the temporary accommodation could last months. Two of the children "
    "have no school place here yet; in-year admission forms went in on 29/09.",
    ["HOUS", "EDU-ATT"])
box("S003", "A", "yellow", d, S,
    "Mum works 16 hours a week in a care home. A debt collector is chasing £1,400 rent arrears from the Luton flat and "
    "she has used the food bank twice this month. Citizens Advice appointment booked for next week.",
    ["FIN"], [("look-alike", "'care home' is mum's job, not CARER")])
box("S003", "A", "green", d, S,
    "Oliwia (7) has an EHCP from her last school for a hearing impairment. New school SENCO has asked Luton for the "
    "paperwork. GP checked her hearing aids and they are working.",
    ["EDU-SEND", "PH"])
d = "2026-04-20"
box("S003", "C", "yellow", d, S,
    "Still in TA but now a self-contained flat at Harbour Court; on the housing register in band B. Debt repayment "
    "plan agreed through Citizens Advice at £25 a month.",
    ["HOUS", "FIN"])
box("S003", "C", "green", d, S,
    "All three children have been on roll at Saltmarsh Primary since November and are there every day. Oliwia's EHCP "
    "has transferred and the SENCO has arranged a radio aid for her hearing.",
    ["EDU-SEND", "PH"], [("historical", "school place found, attendance fine -> not EDU-ATT")])

# ---- S004 resettled family, young carer, 17-year-old waiting for ESOL ----
d = "2025-10-13"
box("S004", "A", "yellow", d, N,
    "Dawit (17) came under the resettlement scheme in the summer and has no college place; the ESOL course at "
    "Northbay College is full until January. He spends most of the day in his room on his phone. Selam (14) misses "
    "school on days mum is unwell so she can look after her little brother and translate at appointments. Referred "
    "to Coastline Young Carers.",
    ["EDU-NEET", "CARER", "EDU-ATT"], [("look-alike", "'on his phone' is not online safety (SAFE-EXP)"),
                                      ("convention", "16+ NEET is EDU-NEET only, no FIN (conv 11)")])
box("S004", "A", "green", d, N,
    "Mum has sickle cell disease and has been admitted to the Royal Coast twice since August. GP and haematology "
    "involved.",
    ["PH"])
box("S004", "A", "blue", d, N,
    "Dad says they have a good network through the church and a neighbour drives mum to appointments. Money is fine, "
    "he says; he is employed as a warehouse operative on rotating shifts.",
    [], [("negated", "money fine -> not FIN"), ("look-alike", "shift work is not FIN (conv 5)"),
         ("outside", "neighbour helping is own network")])
d = "2026-03-30"
box("S004", "C", "blue", d, N,
    "Selam goes to the young carers group on Thursdays and likes having a break. Dad has asked an aunt to come round "
    "on mum's bad days so Selam doesn't have to stay off school.",
    ["CARER"], [("managing", "young carer still caring, now supported -> CARER present (blue)"),
                ("hypothetical", "arrangement so she doesn't miss school -> not EDU-ATT")])
box("S004", "C", "yellow", d, N,
    "Dawit started ESOL Entry 2 in January three days a week and is doing well. Mum is still having frequent sickle "
    "cell crises; the specialist nurse now visits at home.",
    ["PH"], [("historical", "Dawit now in education -> not EDU-NEET")])

# ---- S005 DA, refuge, strategy meeting ----
d = "2025-10-20"
box("S005", "A", "red", d, H,
    "Strategy meeting held 17/10 after Zahra (9) told her teacher that dad hit mum with a belt and locked her in the "
    "flat. S47 enquiries under way. Mum and the children are now in a refuge out of area; dad is still at the family "
    "home.",
    ["DA", "HOUS"], [("convention", "dad's offences against mum are DA only, not CRIME (conv 7)")])
box("S005", "A", "orange", d, H,
    "MARAC referral made and IDVA allocated. Mum speaks only Dari; all contact by telephone interpreter. She has no "
    "money of her own because dad kept the bank card, and the refuge gave her an emergency payment.",
    ["DA", "FIN"])
box("S005", "A", "yellow", d, H,
    "Zahra has started wetting the bed again and is very anxious about starting another new school. Omid (5) is "
    "clingy but otherwise fine. School nurse aware.",
    ["PH", "MH-CHILD"], [("convention", "school-age bedwetting is PH (conv 9)")])
d = "2026-05-11"
box("S005", "C", "orange", d, H,
    "CP plan ended in March and the family stepped down to a TAF. Non-molestation order in place until 2027; dad "
    "breached it once in April and was arrested. Family moved into a council flat in Saltmarsh in February.",
    ["DA"], [("convention", "breach and arrest of ex-partner is DA, not CRIME (conv 7)"),
             ("historical", "refuge over, now council flat -> not HOUS"),
             ("historical", "CP plan ended")])
box("S005", "C", "green", d, H,
    "Zahra has settled well at Saltmarsh Primary and there has been no bedwetting since February. She sees the school "
    "counsellor once a week.",
    ["MH-CHILD"], [("historical", "bedwetting stopped -> not PH")])

# ---- S006 dad's drinking, job loss, parental rows ----
d = "2025-11-03"
box("S006", "A", "yellow", d, W,
    "Dad drinking every day - about 6 cans, plus vodka at weekends. Lost his job at the port in Oct. Agreed to a "
    "referral to Tideway drug and alcohol service.",
    ["SUB", "FIN"])
box("S006", "A", "green", d, W,
    "Kacper (6) - speech hard to understand, school has referred to SALT. Lena (2) not going to nursery, 2-yr HV "
    "review due.",
    ["EDU-SEND", "EYD"], [("convention", "school-age speech -> EDU-SEND; under-5 nursery take-up -> EYD (conv 9)")])
box("S006", "A", "orange", d, W,
    "Police attended 28/10 after a neighbour rang about shouting. Parents say they argue about money; no violence, "
    "nobody hurt, officers saw no injuries. DASH standard risk.",
    ["REL-CONF"], [("negated", "no violence -> not DA"),
                   ("look-alike", "police call-out about parents' argument is not CRIME"),
                   ("outside", "neighbour outside household")])
d = "2026-03-16"
box("S006", "C", "blue", d, W,
    "Dad still goes to AA in town every Wednesday to stay off the drink; 10 weeks sober. He has a new job on the "
    "ferries.",
    ["SUB"], [("managing", "still in recovery support -> SUB present in blue box"),
              ("historical", "job loss over -> not FIN")])
box("S006", "C", "green", d, W,
    "Kacper still seeing the school SALT weekly. Lena's nursery place started in January and the HV had no concerns at "
    "her review.",
    ["EDU-SEND"], [("historical", "nursery now taken up, no HV concerns -> not EYD")])

# ---- S007 postnatal depression, isolation, new to UK ----
d = "2025-11-10"
box("S007", "A", "green", d, S,
    "Baby Ethan (11 weeks) gaining weight well, breastfeeding going fine. HV says mum scored high on the EPDS at the "
    "6-week visit and the GP has started her on sertraline.",
    ["MH-ADULT"], [("look-alike", "baby gaining weight well is good news, not PH")])
box("S007", "A", "yellow", d, S,
    "Mrs Chan moved from Hong Kong in the spring. Her husband commutes to London and is away four nights a week. Some "
    "days she doesn't speak to another adult at all, and she cries when Ethan won't settle. Referred to Bloom, the "
    "perinatal peer support group in Saltmarsh.",
    ["MH-ADULT"])
d = "2026-04-06"
box("S007", "C", "blue", d, S,
    "Mrs Chan goes to Bloom and to baby massage, and is in a WhatsApp group with other new mums. Still taking "
    "sertraline; says she feels 'much more like myself'.",
    ["MH-ADULT"], [("managing", "still on treatment, managing -> present (blue)")])

# ---- S008 county lines ----
d = "2025-11-17"
box("S008", "A", "orange", d, N,
    "Rebin (15) reported missing for two nights, then found by police in a flat in Northbay with £600 and wraps of "
    "crack cocaine. NRM referral made. Mum believes older boys from the car wash on Dock Road recruited him.",
    ["SAFE-EXP", "CRIME"], [("convention", "drugs found on exploited child -> SAFE-EXP + CRIME, not SUB (conv 12)"),
                            ("outside", "older boys outside household not coded")])
box("S008", "A", "yellow", d, N,
    "Rebin is on mornings only at Northbay Academy after a three-day suspension for fighting. Mum doesn't read "
    "English and hadn't understood any of the school's letters.",
    ["EDU-ATT", "EDU-EXC"])
d = "2026-04-27"
box("S008", "C", "orange", d, N,
    "Rebin is on a referral order and his YOS worker visits weekly. No missing episodes since January, but police "
    "intelligence still links him to the same older males.",
    ["CRIME", "SAFE-EXP"], [("historical", "missing episodes stopped, but exploitation risk continues")])
box("S008", "C", "yellow", d, N,
    "Back on a full timetable since February half term.",
    [], [("historical", "part-time timetable ended -> not EDU-ATT")])

# ---- S009 UC sanction, food bank ----
d = "2025-11-24"
box("S009", "A", "yellow", d, H,
    "UC sanctioned for 4 wks after mum missed a job centre appt (letter went to the old address). Prepayment meter "
    "ran out twice last month. Food bank voucher given.",
    ["FIN"])
box("S009", "A", "green", d, H,
    "School report the children are clean, well fed and in every day. House was tidy and warm when I visited. Mum "
    "works as a teaching assistant for children with SEN at Cliffe Academy.",
    [], [("negated", "children fed, home tidy -> not SAFE-NEG"),
         ("look-alike", "mum's job with SEN children is not EDU-SEND"),
         ("good-news", "good attendance with no need stated is not coded")])
d = "2026-02-02"
box("S009", "C", "blue", d, H,
    "Sanction overturned on appeal and backdated. Mum now budgets with the app Citizens Advice showed her and has "
    "applied for the Warm Home Discount herself.",
    ["FIN"], [("managing", "family now managing its budget -> FIN present in blue box")])

# ---- S010 ASD pathway, EAL look-alike ----
d = "2025-12-01"
box("S010", "A", "green", d, W,
    "Tobi (6) started at Westcliff Infants in November. Class teacher says he has EAL (Yoruba at home) and is picking "
    "up English quickly. He isn't on the SEN register and the SENCO has no involvement.",
    [], [("look-alike", "EAL is not SEN -> not EDU-SEND"), ("negated", "not on SEN register, no SENCO")])
box("S010", "A", "yellow", d, W,
    "Mum is worried about Tobi's brother Femi (9), who lines his toys up, has meltdowns whenever plans change and is "
    "rarely asleep before 1am. Community paediatrics have put him on the ASD assessment pathway. EHW working with mum "
    "on a bedtime routine.",
    ["EDU-SEND", "PH", "REL-PAR"], [("convention", "school-age sleep problem -> PH (conv 9)")])
d = "2026-06-15"
box("S010", "C", "green", d, W,
    "Femi was diagnosed with autism in May and has SEN support at school. The paediatrician prescribed melatonin and "
    "he is sleeping better.",
    ["EDU-SEND", "PH"], [("managing", "sleep treated and managed -> PH present in green box")])
box("S010", "C", "blue", d, W,
    "Bedtimes are much calmer now that mum uses the visual timetable, and she has joined a local autism parents' "
    "Facebook group.",
    ["REL-PAR"], [("managing", "mum now managing routines -> REL-PAR present (blue)")])

# ---- S011 kinship care, bullying ----
d = "2025-12-08"
box("S011", "A", "yellow", d, N,
    "Maya (12) has lived with her nan under a special guardianship order since 2019, when her mum's heroin use meant "
    "she couldn't care for her. Nan, as kinship carer, is finding Maya's back-chat and staying out past her curfew "
    "hard to manage. Referred to the Teen Talk parenting course.",
    ["REL-PAR"], [("outside", "mum's heroin use: not in household and historical -> not SUB"),
                  ("look-alike", "kinship carer is not CARER (conv 12)")])
box("S011", "A", "green", d, N,
    "Maya says a group of girls in her year post about her on Snapchat and she has started refusing to go in on "
    "Mondays. Head of year aware.",
    ["SAFE-EXP", "EDU-ATT"], [("outside", "peers outside household, but bullying of Maya is her need")])
d = "2026-04-13"
box("S011", "C", "blue", d, N,
    "Nan says home is calmer. They agreed curfew times together and Maya keeps to them most nights.",
    ["REL-PAR"], [("managing", "managing boundaries -> present (blue)")])
box("S011", "C", "green", d, N,
    "School dealt with the bullying in January and the girls were moved to other tutor groups. Maya's attendance is "
    "back above 96%.",
    [], [("historical", "bullying dealt with and over -> not SAFE-EXP; attendance restored -> not EDU-ATT")])

# ---- S012 refugee family, damp overcrowded flat, dad PTSD ----
d = "2025-12-15"
box("S012", "A", "orange", d, H,
    "Family of six (parents and four children aged 2 to 14) living in a two-bedroom private let above a takeaway on "
    "Quay Street. Black mould in both bedrooms and the ceiling in the children's room is bowing. The landlord ignores "
    "repair requests and mum is frightened to push it in case they are thrown out. Environmental health inspection "
    "requested and the housing officer is joining the TAF. Leila (2) has had three chest infections since October and "
    "has missed her last two asthma reviews at the GP because mum couldn't afford the bus.",
    ["HOUS", "PH", "FIN"], [("hypothetical", "fear of being thrown out is hypothetical (HOUS present anyway for mould/overcrowding)")])
box("S012", "A", "yellow", d, H,
    "Karim (dad) was granted refugee status in September. He has flashbacks and can't concentrate, and keeps going back "
    "to the day his brother was killed. He turned down a GP referral twice but has agreed to see the Refugee "
    "Council's mental health worker.",
    ["MH-ADULT"], [("outside", "brother's death: person outside household, past event")])
box("S012", "A", "blue", d, H,
    "Strong network at the mosque and neighbours help with lifts. Mum keen to start ESOL at the library and has found "
    "the timetable herself.",
    [], [("look-alike", "ESOL / language needs are not a code")])
d = "2026-05-18"
box("S012", "C", "orange", d, H,
    "Landlord served a section 21 notice in April, after the environmental health inspection found category 1 hazards. "
    "Housing options have accepted a prevention duty.",
    ["HOUS"])
box("S012", "C", "green", d, H,
    "Leila's asthma is now reviewed at the GP, inhalers in place, no hospital visits since January.",
    ["PH"], [("managing", "asthma managed -> PH present (green)")])

# ---- S013 self-harm, separation (terse) ----
d = "2026-01-05"
box("S013", "A", "orange", d, W,
    "Nadia (14) self-harming (cutting). CAMHS referral accepted, waiting list. Safety plan in place.",
    ["MH-CHILD"])
box("S013", "A", "yellow", d, W,
    "Parents separated Nov, dad moved to Bristol. Contact arrangements disputed; Nadia caught in the middle.",
    ["REL-CONF"])
box("S013", "A", "green", d, W,
    "Nadia sees the school nurse weekly about her low mood. Attendance 98%. School would only look at a reduced "
    "timetable if her attendance started to slip.",
    ["MH-CHILD"], [("hypothetical", "reduced timetable only if attendance slips -> not EDU-ATT"),
                   ("good-news", "98% attendance not coded")])
d = "2026-06-22"
box("S013", "C", "yellow", d, W,
    "Nadia has had six CAMHS sessions and has not self-harmed since March. Parents are using mediation through Family "
    "Bridges to agree a contact schedule.",
    ["MH-CHILD", "REL-CONF"], [("service", "ongoing CAMHS codes MH-CHILD although self-harm stopped (conv 4)")])

# ---- S014 EYD, emergency TA after tied-job loss ----
d = "2026-01-12"
box("S014", "A", "yellow", d, S,
    "Ana (3) not taking up her 15 free hours as mum didn't know she was entitled. She says a few Romanian words and "
    "has no English yet. Portage referral made after the HV raised concerns about her play and attention.",
    ["EYD"], [("look-alike", "EAL context is not a code")])
box("S014", "A", "orange", d, S,
    "Family in emergency TA (one room at the Anchor Inn) since December after dad lost a tied job and the flat that "
    "came with it on a farm in Lincolnshire. Dad out of work; first UC payment still not through.",
    ["HOUS", "FIN"])
d = "2026-06-01"
box("S014", "C", "green", d, S,
    "Ana attends Rockpool Nursery 15 hours. Her keyworker works on words in both languages with mum. At the "
    "three-and-a-half-year HV review she had made progress but is still behind.",
    ["EYD"])
box("S014", "C", "yellow", d, S,
    "Moved to longer-term TA at Tern House, two rooms. Dad has seasonal work at the pier and UC tops up his wages.",
    ["HOUS"], [("look-alike", "work plus UC with no money problem is not FIN (conv 5)")])

# ---- S015 Homes for Ukraine sponsorship ending ----
d = "2026-01-19"
box("S015", "A", "orange", d, N,
    "Olena and her two sons have lived with their sponsor since 2023. The sponsor has told them they must leave by the "
    "end of March. Council homelessness team notified and a prevention duty accepted.",
    ["HOUS"])
box("S015", "A", "yellow", d, N,
    "Mykyta (11) refusing to go to school since January; cries every morning and says he misses his dad, who is still "
    "in Kharkiv. Attendance 64% this half term. School and EHW meeting mum fortnightly.",
    ["EDU-ATT", "MH-CHILD"], [("outside", "dad abroad is outside household; Mykyta's distress is his own need")])
box("S015", "A", "green", d, N,
    "Olena works part-time as a teaching assistant and says money isn't a problem. She worries constantly about her "
    "husband and the GP has prescribed propranolol for anxiety.",
    ["MH-ADULT"], [("negated", "money not a problem -> not FIN")])
d = "2026-05-25"
box("S015", "C", "orange", d, N,
    "Family now in a housing association flat in Northbay, tenancy signed in April. Mykyta's attendance still only 81%; "
    "school has him on a part-time timetable in the afternoons to build him back up.",
    ["EDU-ATT"], [("historical", "housing resolved -> not HOUS")])
box("S015", "C", "blue", d, N,
    "Olena says her anxiety has eased and she no longer needs the tablets; the GP has discharged her. She walks with the "
    "Ukrainian mums' group on the beach on Sundays and knows to contact the housing team if the new landlord ever "
    "raises problems.",
    [], [("historical", "anxiety eased, treatment stopped -> not MH-ADULT"),
         ("hypothetical", "housing team only if problems arise -> not HOUS")])

# ---- S016 dad on licence ----
d = "2026-01-26"
box("S016", "A", "yellow", d, H,
    "Dad (Lee) released from prison in October, on licence until next year and reporting to probation weekly. Mum "
    "says her first husband was violent to her years ago but there has been nothing like that in this relationship.",
    ["CRIME"], [("historical", "DA from first husband long ago -> not DA"),
                ("negated", "no abuse in current relationship")])
box("S016", "A", "green", d, H,
    "Jade (8) tired in class and often dozes off. GP checking her iron levels.",
    ["PH"])
d = "2026-06-08"
box("S016", "C", "blue", d, H,
    "Lee's licence ended in May. Family doing well, nothing further to report.",
    [], [("historical", "licence ended -> not CRIME")])

# ---- S017 NEET teen, dad's gambling debts ----
d = "2026-02-02"
box("S017", "A", "yellow", d, W,
    "Kyle (17) dropped out of Westcliff College in Dec and isn't working. Pathways Coast adviser has met him once.",
    ["EDU-NEET"], [("convention", "16+ NEET -> EDU-NEET only (conv 11)")])
box("S017", "A", "orange", d, W,
    "Dad has run up gambling debts of over £8,000: bailiff letters and a county court judgment. Mum found out in "
    "January and they row constantly; she is thinking about leaving him. StepChange referral made. Three months "
    "behind on the mortgage and the lender has written warning of possession proceedings; housing joining the TAF.",
    ["FIN", "REL-CONF", "HOUS"], [("look-alike", "gambling is FIN, not SUB (conv 10)")])
d = "2026-06-29"
box("S017", "C", "yellow", d, W,
    "Kyle on a traineeship at the marina since April. Dad has self-excluded from the betting apps and is seeing a "
    "GamCare counsellor; debt management plan in place.",
    ["FIN"], [("look-alike", "'self-excluded' is not EDU-EXC"),
              ("historical", "Kyle now in training -> not EDU-NEET")])

# ---- S018 neglect, CP plan, mum's depression ----
d = "2026-02-09"
box("S018", "A", "red", d, S,
    "All three children made subject to CP plans under neglect at the ICPC on 05/02. The TA flat was full of rubbish "
    "bags with dog mess on the floor and nothing in the fridge at the unannounced visit. The children (4, 7 and 10) "
    "arrive at school hungry and unwashed.",
    ["SAFE-NEG", "HOUS"], [("convention", "empty fridge / hungry children -> SAFE-NEG, no FIN (conv 10)")])
box("S018", "A", "orange", d, S,
    "Shannon (mum) has been depressed since moving here from Croydon, away from her family. She isn't taking the "
    "antidepressants her GP prescribed. Referred to the community mental health team.",
    ["MH-ADULT"])
box("S018", "A", "yellow", d, S,
    "Ruby (4) not toilet trained and hardly talking; not in nursery. Tyler (10) gets his brother and sister ready for "
    "school and makes their tea most nights.",
    ["EYD", "CARER"])
d = "2026-07-13"
box("S018", "C", "orange", d, S,
    "Stepped down to CIN and then to TAF. Home conditions have improved and held up over three visits, but mum still "
    "struggles to keep on top of the washing. Tyler now goes to the young carers club.",
    ["SAFE-NEG", "CARER"])
box("S018", "C", "green", d, S,
    "Ruby is dry in the day now and goes to school-readiness sessions at nursery three mornings a week.",
    ["EYD"], [("historical", "toileting achieved, but school readiness support continues -> EYD")])

# ---- S019 dad with MS, young carer ----
d = "2026-02-16"
box("S019", "A", "yellow", d, N,
    "Dad has MS, uses a wheelchair. Amir (13) helps him wash and dress before school. Young carers assessment "
    "requested.",
    ["PH", "CARER"])
box("S019", "A", "blue", d, N,
    "Mum works full time as a nurse at a drug and alcohol rehab. Dad gets PIP. No money problems at the moment, though "
    "mum says they could struggle with the mortgage if she lost her job.",
    [], [("look-alike", "mum's job at a rehab is not SUB; PIP alone implies neither PH nor FIN (conv 5)"),
         ("hypothetical", "mortgage struggle only if she lost her job -> not FIN")])
d = "2026-06-22"
box("S019", "C", "blue", d, N,
    "Dad's MS is stable and a care agency now does the morning call, so Amir only helps at weekends. He enjoys the "
    "young carers trips.",
    ["PH", "CARER"], [("look-alike", "'care agency' is not CARER; Amir still helping at weekends is")])

# ---- S020 family reunion, pregnant mum, trauma in school ----
d = "2026-03-02"
box("S020", "A", "yellow", d, H,
    "Hawa arrived in January with the three children to join her husband, who has refugee status. She is 30 weeks "
    "pregnant and has had no antenatal care or scan here yet - the midwife referral was sent to the old hotel address. "
    "She speaks Arabic and some English; the children are picking up English fast. She says she stays in the flat all "
    "day and doesn't know where the shops or the children's centre are. EHW will go with her to register with the GP "
    "and the children's centre.",
    ["PH"], [("look-alike", "isolation and EAL are context, no mood problem described -> no MH-ADULT")])
box("S020", "A", "green", d, H,
    "Musa (8) and Fatima (6) joined St Piran's Primary mid-year in late January. Musa hides under the table at loud "
    "noises and draws soldiers; the school ELSA is working with him. Fatima has settled in without any difficulty.",
    ["MH-CHILD"], [("negated", "Fatima settled -> nothing for her")])
d = "2026-07-06"
box("S020", "C", "blue", d, H,
    "Baby born in May, healthy. Hawa takes the children to rhyme time at the library and has met other Sudanese mums "
    "there. Everyone is now registered with the GP. She knows she can ask the HV to refer her to the perinatal team if "
    "her mood dips.",
    [], [("historical", "antenatal care gap resolved -> not PH"),
         ("hypothetical", "perinatal referral only if mood dips -> not MH-ADULT")])
box("S020", "C", "green", d, H,
    "Musa still has ELSA sessions weekly; startles less, teacher pleased with him.",
    ["MH-CHILD"])

# ---- S021 ARAP family, 16-year-old not in education ----
d = "2026-03-23"
box("S021", "A", "yellow", d, S,
    "Parwana (16) arrived under ARAP in February with her parents and brothers. She is not in school or college as the "
    "college's ESOL intake is in September. As the only English speaker in the family she goes with mum to all her "
    "diabetes clinic appointments to interpret.",
    ["EDU-NEET", "CARER", "PH"], [("convention", "child interpreting for a parent treated as caring responsibility (CARER)")])
box("S021", "A", "blue", d, S,
    "Pashto-speaking caseworker from the resettlement team visits weekly. Registered with GP and dentist. Settled "
    "council house. Mum says they would only fall behind on rent if the resettlement support ended before dad finds "
    "work.",
    [], [("hypothetical", "rent arrears only if support ends -> not FIN"),
         ("negated", "settled housing -> not HOUS")])

# ---- S022 permanent exclusion, cannabis ----
d = "2026-04-15"
box("S022", "A", "orange", d, W,
    "Reece (14) permanently excluded from Westcliff High on 10/04 after he was caught smoking cannabis with friends at "
    "lunch. School informed police. Now at the pupil referral unit part-time, mornings only.",
    ["EDU-EXC", "SUB", "EDU-ATT", "CRIME"], [("outside", "friends outside household not coded"),
                                            ("convention", "own use (not exploitation) -> SUB; police involvement for YP behaviour -> CRIME")])
box("S022", "A", "yellow", d, W,
    "Mum says he smokes weed every day at home and she can't stop him. They row every evening and last week he punched "
    "a hole in his bedroom door. Referred to Turning Tide young people's substance misuse service.",
    ["SUB", "REL-PAR"], [("convention", "parent-child rows -> REL-PAR, not REL-CONF/DA (conv 8)")])

# ---- Unboxed case notes (level empty; gold level from convention 2 cues) ----
note("U001", "2025-10-02", H,
     "Phone call with Fatma (Turkish interpreter on the line). Money tight since her husband's hours at the hotel were "
     "cut. Gave her the free school meals link and she filled in the form during the call.",
     ["FIN"], "blue", [("level", "signposting the family acts on itself -> blue")])
note("U002", "2025-11-12", W,
     "HV called: baby Noor (9 months) has had no immunisations since the family arrived in August, and mum is worried "
     "she still only takes milk and refuses solids. HV to visit with an interpreter.",
     ["PH", "EYD"], "green", [("convention", "immunisations -> PH; weaning -> EYD")])
note("U003", "2025-12-03", S,
     "Police welfare check at 2am after mum reported Jay (15) missing; he was found at a friend's house in Westcliff "
     "and brought home. Return home interview to be offered. Jay is not known for any offending.",
     ["SAFE-EXP"], "orange", [("look-alike", "police safeguarding a missing child is not CRIME (conv 7)"),
                              ("negated", "no offending")])
note("U004", "2026-01-08", N,
     "Mum asked for help with a council letter about £320 council tax arrears. Signposted to the Citizens Advice "
     "drop-in; she plans to go on Friday.",
     ["FIN"], "yellow", [("level", "Citizens Advice is a named yellow cue; highest cue wins over the blue signposting")])
note("U005", "2026-02-11", H,
     "TAF review. Kai (12) on a managed move to Harbour Academy after repeated fights at his last school. Mum says he's "
     "no trouble at home.",
     ["EDU-EXC"], "orange", [("negated", "no trouble at home -> not REL-PAR")])
note("U006", "2026-03-09", W,
     "Strategy meeting after mum's partner assaulted her in front of the children. S47 to proceed. Partner arrested and "
     "bailed with a condition not to return to the address.",
     ["DA"], "red", [("convention", "partner's assault and arrest -> DA only, not CRIME (conv 7)")])
note("U007", "2026-04-01", S,
     "Letter from GP: Mr Haddad has PTSD and is on the waiting list for trauma-focused therapy. The children's health "
     "gives no cause for concern.",
     ["MH-ADULT"], "green", [("negated", "children's health fine -> not PH")])
note("U008", "2026-04-22", N,
     "EHW visit. Mum has been going to the Triple P group and says bedtimes are calmer. Family still in temporary "
     "accommodation with no date for a move.",
     ["REL-PAR", "HOUS"], "yellow")
note("U009", "2026-05-14", H,
     "School nurse: Lucas (10) still wets the bed most nights; enuresis clinic appointment in June.",
     ["PH"], "green")
note("U010", "2026-06-03", W,
     "Mum says she drank heavily when she first came to the UK but hasn't touched alcohol for three years. She only "
     "wanted information on after-school clubs; leaflet given.",
     [], "blue", [("historical", "past drinking, stopped years ago -> not SUB")])


def main():
    nrows, grows, traps = [], [], {}
    for e in B:
        if e["st"] is None:
            nid = tid = e["case"]
            stage = "assessment"
        else:
            tid = f"{e['case']}-{e['st']}"
            nid = f"{tid}-{e['level']}"
            stage = "assessment" if e["st"] == "A" else "closure"
        nrows.append([nid, tid, e["case"], stage, e["date"], e["level"], e["loc"], e["text"]])
        for c in e["codes"]:
            grows.append([nid, c, e["gold_level"]])
        if e["traps"]:
            traps[nid] = [{"kind": k, "note": n} for k, n in e["traps"]]
    with open(os.path.join(HERE, "narratives.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"])
        w.writerows(nrows)
    with open(os.path.join(HERE, "gold.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "code", "level"])
        w.writerows(grows)
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8") as f:
        json.dump(traps, f, indent=1, ensure_ascii=False)
    print(f"{len(nrows)} narratives, {len(grows)} gold rows, {len(traps)} narratives with trap notes")

if __name__ == "__main__":
    main()
