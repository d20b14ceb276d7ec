#!/usr/bin/env python3
"""Blind gold set z85: newly arrived and asylum-seeking families.
Every narrative, its gold codes and trap notes are written here by hand.
Writes narratives.csv, gold.csv and traps.json (CRLF, UTF-8 without BOM)."""
import csv, io, json, os

HERE = os.path.dirname(os.path.abspath(__file__))

# Boxed: (case, stage A/C, date, box level, locality, text, [gold codes], [(trap kind, note)])
B = []
# Unboxed: (id, stage, date, locality, text, [gold codes], gold level, [(trap kind, note)])
U = []

def box(case, st, date, level, loc, text, codes, traps=()):
    B.append((case, st, date, level, loc, text, list(codes), list(traps)))

def note(nid, stage, date, loc, text, codes, level, traps=()):
    U.append((nid, stage, date, loc, text, list(codes), level, list(traps)))

H, K, E, F = "Hartsmoor", "Kelby Vale", "Eastwick Docks", "Fennington"

# ---------------- Z001 hotel family, trauma, under-5s
box("Z001", "A", "2025-03-10", "green", H,
    "Amira (4) has had no nursery place since the family arrived in November. HV saw her at the hotel with an Arabic interpreter for the 3-4 year check: mostly single words even in Arabic, not yet joining two words. Baby Yusra (13 months) has had none of her UK immunisations; now registered with Castle Street surgery and catch-up jabs booked.",
    ["EYD", "PH"], [("lookalike", "interpreter use is not itself a code")])
box("Z001", "A", "2025-03-10", "yellow", H,
    "Hala and her three children have been in one room at the Carlton Lodge contingency hotel for four months. No kitchen, meals at set times and the children won't eat most of it, so they often go to bed hungry. Hala's weekly allowance goes on bread, fruit and nappies and is gone by midweek.",
    ["HOUS", "SAFE-NEG", "FIN"])
box("Z001", "A", "2025-03-10", "orange", H,
    "Hala has flashbacks of the boat crossing and wakes screaming most nights; GP has referred her to the refugee trauma service. Karim (9) has started wetting the bed again and panics if mum leaves the room. Hartsmoor Primary have made a CAMHS referral.",
    ["MH-ADULT", "PH", "MH-CHILD"], [("lookalike", "bedwetting at school age is PH, not EYD (conv. 9)")])
box("Z001", "C", "2025-08-14", "blue", H,
    "Family moved to a dispersal house on Mill Lane in June: own kitchen, rooms in good order, and the children are no longer going hungry now Hala can cook. She reads the library picture-book pack with Amira every evening to build her words and has a bedtime routine with a sticker chart for Karim, who had been refusing to sleep in his own bed.",
    ["EYD", "REL-PAR"], [("negated", "housing in good order: no HOUS"), ("historical", "hunger over: no SAFE-NEG"), ("lookalike", "refusing his own bed is a routine (REL-PAR), not a sleep problem (PH)")])

# ---------------- Z002 NRPF, domestic abuse
box("Z002", "A", "2025-02-04", "orange", K,
    "Grace left her husband in January after years of him hitting her, holding her passport and keeping all the money. Police attended the last incident and he was arrested; DASH high risk, heard at MARAC on 28 Jan, IDVA allocated.",
    ["DA"], [("lookalike", "partner's arrest for DV is DA only, not CRIME (conv. 7); his control of money is part of the abuse")])
box("Z002", "A", "2025-02-04", "red", K,
    "Grace is on a spouse visa with a no recourse to public funds condition so cannot claim UC or get housing help. Children's social care have opened a section 17 assessment and are paying weekly subsistence and a B&B room for Grace, Daniel (7) and Esther (4).",
    ["FIN", "HOUS"])
box("Z002", "C", "2025-07-22", "yellow", K,
    "The immigration adviser at Kelby Law Centre has sent in a destitute domestic violence concession application; if it is granted Grace will be able to claim UC and join the housing register. Until the decision the family are still in the B&B room living on section 17 payments.",
    ["HOUS", "FIN"], [("hypothetical", "what happens if the concession is granted")])
box("Z002", "C", "2025-07-22", "blue", K,
    "Grace goes to the Freedom Programme at the Women's Centre every Thursday and keeps her safety plan on the fridge. She says Daniel and Esther are sleeping well again.",
    ["DA"], [("historical", "sleep problems over: no PH")])

# ---------------- Z003 dispersal overcrowding, PTSD, EAL
box("Z003", "A", "2025-01-20", "green", E,
    "Sami (15) and Laila (13) joined Marsh Lane Academy in September, both new to English and in the EAL induction group; school say neither has any special educational needs. Sami has missed most Fridays this term because he goes with his dad to appointments to interpret.",
    ["EDU-ATT"], [("negated", "EAL is not SEN; SEN explicitly ruled out")])
box("Z003", "A", "2025-01-20", "yellow", E,
    "Seven people in a two-bedroom dispersal property with black mould in both bedrooms. Reported to the housing provider three times, still no repair. Baby Omid (8 months) has a chesty cough that the GP says the damp is making worse.",
    ["HOUS", "PH"])
box("Z003", "A", "2025-01-20", "orange", E,
    "Farid has PTSD after being detained and beaten in his home country and is under the community mental health team. Twice he has left the house at night confused; police found him and brought him home on a welfare check.",
    ["MH-ADULT"], [("lookalike", "police welfare check is not CRIME (conv. 7)"), ("historical", "detention abroad is past; the PTSD is current")])
box("Z003", "C", "2025-06-30", "yellow", E,
    "Provider moved the family to a four-bed house in January with no damp, and Farid now has an interpreter booked for every appointment so Sami is back in school on Fridays. Farid is still waiting for the trauma therapy group; EHW visiting fortnightly.",
    ["MH-ADULT"], [("historical", "housing and Friday absence both resolved")])

# ---------------- Z004 refugee move-on, no school place
box("Z004", "A", "2025-10-06", "orange", F,
    "Tekle was granted refugee status on 18 Sept and the Home Office has given 28 days' notice to leave the asylum accommodation. Fennington homelessness team have accepted the relief duty but there is no property yet. UC claimed, first payment five weeks off; Tekle has no money for food and was given food bank vouchers.",
    ["HOUS", "FIN"])
box("Z004", "A", "2025-10-06", "yellow", F,
    "Yonas (11) has not been in school at all since the family were dispersed to Fennington in July; an in-year admission application is with the council. Merhawit (6) has a place at Brook Infants and goes every day.",
    ["EDU-ATT"], [("negated", "Merhawit's schooling is good news only")])
box("Z004", "C", "2026-02-17", "green", F,
    "Yonas started at Brook Juniors in November. Attendance is 93% but he is late two or three mornings a week and his class teacher is following this up with dad.",
    ["EDU-ATT"])
box("Z004", "C", "2026-02-17", "blue", F,
    "Family moved into a council flat in December. Tekle budgets from his monthly UC and is paying back the advance at £40 a month.",
    ["FIN"], [("historical", "housing need met: no HOUS")])

# ---------------- Z005 Homes for Ukraine breakdown, 16-year-old
box("Z005", "A", "2025-05-12", "yellow", H,
    "The Homes for Ukraine sponsorship ended after a falling-out with the host family over the kitchen and noise; Olena and the children have been placed in council temporary accommodation. Olena works 20 hours a week in a café.",
    ["HOUS"], [("outside", "row with hosts is not REL-CONF"), ("lookalike", "working part-time is not FIN")])
box("Z005", "A", "2025-05-12", "orange", H,
    "Maksym (16) gave up his online Ukrainian schooling in the spring and is not in any education or work here. Police picked him up with older lads spraying graffiti at the station; youth caution given and YOS have been in touch.",
    ["EDU-NEET", "CRIME"])
box("Z005", "C", "2025-11-03", "yellow", H,
    "Maksym has been on the 16-19 ESOL course at Hartsmoor College since September and finished his YOS sessions; no police contact since June. Olena has been very low since her husband was called up to the front and is seeing a counsellor through the Ukrainian community centre.",
    ["MH-ADULT"], [("historical", "NEET and offending over"), ("outside", "husband abroad is not coded; Olena's own mood is")])

# ---------------- Z006 baby born in hotel, postnatal mood
box("Z006", "A", "2025-04-07", "yellow", K,
    "Fatima had baby Idris in February while living at the Riverside Hotel. HV is worried about her low mood, EPDS 18, referred to perinatal mental health. Idris has dropped from the 50th to the 9th centile and is not gaining weight.",
    ["MH-ADULT", "PH"])
box("Z006", "A", "2025-04-07", "green", K,
    "Twins Adam and Maryam (3) are entitled to 15 hours but are not in nursery; HV has given Fatima a list of local settings. Both are dry in the day and chatty in Arabic.",
    ["EYD"], [("negated", "toileting and speech fine; EYD is for nursery take-up")])
box("Z006", "C", "2025-09-15", "green", K,
    "Idris is back on the 25th centile and feeding well; HV has stepped down to the universal one-year review. Fatima still takes sertraline from the GP and says her mood is lifting.",
    ["MH-ADULT"], [("historical", "weight problem resolved: no PH")])
box("Z006", "C", "2025-09-15", "blue", K,
    "Fatima did the settling-in sessions at Kelby Vale nursery herself and the twins start their 15 hours in October.",
    ["EYD"])

# ---------------- Z007 exploitation of a 15-year-old
box("Z007", "A", "2025-06-02", "red", E,
    "Arben (15) went missing three times in May and was found two hundred miles away with £400 in cash and wraps of cannabis. Strategy meeting held, s47 enquiries under way and NRM referral made: concern he is being made to work off the family's smuggling debt.",
    ["SAFE-EXP", "CRIME"], [("lookalike", "drugs found on an exploited child: not SUB (conv. 12)")])
box("Z007", "A", "2025-06-02", "orange", E,
    "Arben has had two suspensions this term for fighting in the canteen and is now on a part-time timetable, mornings only, at Dockside Academy.",
    ["EDU-EXC", "EDU-ATT"])
box("Z007", "C", "2025-12-08", "orange", E,
    "Arben is still seeing the men from the car wash; police have served disruption notices on two of the adults. He was missing overnight once in November.",
    ["SAFE-EXP"], [("outside", "police action against outside adults is not CRIME for the family")])
box("Z007", "C", "2025-12-08", "yellow", E,
    "Arben has been back on a full timetable since October but is late most mornings. Drita's asylum support was stopped in the summer after a missed reporting event; it was reinstated in September with back pay and she has raised no money worries since.",
    ["EDU-ATT"], [("historical", "support stopped then restored: no FIN")])

# ---------------- Z008 young carer, disabled father, unsuitable flat
box("Z008", "A", "2025-03-24", "green", F,
    "Hevi (12) is in Year 7 at Fennington Academy and still learning English; the SENCO has looked at this and there is no SEN. She has been late 11 times this half term because she helps her dad get up in the mornings.",
    ["EDU-ATT", "CARER"], [("negated", "SEN ruled out; EAL is not EDU-SEND")])
box("Z008", "A", "2025-03-24", "yellow", F,
    "Rebwar has used a wheelchair since a spinal injury. Hevi helps him transfer to bed, does the shopping and translates for him at the pharmacy; referred to Fennington Young Carers.",
    ["PH", "CARER"])
box("Z008", "A", "2025-03-24", "orange", F,
    "The dispersal flat is on the second floor with no lift and Rebwar has not been outside since January. OT has assessed it as unsuitable; the accommodation provider and adult social care have been asked to find a ground-floor property.",
    ["HOUS", "PH"])
box("Z008", "C", "2025-09-01", "blue", F,
    "Hevi goes to the young carers club on Tuesdays and has a young carer card, so school know why she is sometimes late.",
    ["CARER", "EDU-ATT"])

# ---------------- Z009 trafficking survivor, autism assessment
box("Z009", "A", "2025-09-08", "green", H,
    "Joy (7) at St Anne's Primary has very few words in English or Yoruba, lines up her toys and covers her ears in assembly. SENCO has put her on SEN support and referred her to the child development centre for an autism assessment.",
    ["EDU-SEND"], [("lookalike", "speech at school age is EDU-SEND, not EYD (conv. 9)")])
box("Z009", "A", "2025-09-08", "yellow", H,
    "Blessing was trafficked to the UK in 2018 and kept in domestic servitude until she got away in 2020; she has had no contact with those people since. She now has nightmares and is constantly on edge; EHW to help with a referral to the Solace trauma service.",
    ["MH-ADULT"], [("historical", "trafficking ended 2020: no SAFE-EXP")])
box("Z009", "C", "2026-01-26", "yellow", H,
    "Blessing started weekly therapy at Solace in December. Joy's autism assessment is booked for March and school are keeping up SEN support.",
    ["MH-ADULT", "EDU-SEND"])

# ---------------- Z010 online grooming, name-calling
box("Z010", "A", "2025-02-17", "yellow", K,
    "Nour (14) has been messaging a man in his twenties she met on TikTok; he sends her phone credit and asked for photos, which she sent. Police informed and an online safety plan drawn up with the EHW.",
    ["SAFE-EXP"], [("lookalike", "police informed to safeguard: not CRIME")])
box("Z010", "A", "2025-02-17", "green", K,
    "Girls in Nour's class call her names about her hijab and her accent. Kelby High have given her a peer mentor.",
    ["SAFE-EXP"], [("outside", "the girls are outside the household; the bullying of Nour is coded")])
box("Z010", "C", "2025-07-07", "blue", K,
    "Mum has put parental controls on Nour's phone and they go through her apps together every Sunday.",
    ["SAFE-EXP"])
box("Z010", "C", "2025-07-07", "green", K,
    "No name-calling reported since the peer mentor started in March; Nour has joined the school choir.",
    [], [("historical", "bullying over")])

# ---------------- Z011 coercive control by husband, dependant claim
box("Z011", "A", "2025-05-19", "orange", E,
    "Parisa disclosed that her husband keeps the ASPEN card, gives her no money, checks her phone and won't let her go to ESOL. She fears that if she leaves him her asylum claim will fail as she is a dependant on his. DASH medium, IDVA referral made.",
    ["DA"], [("hypothetical", "fear about the claim if she leaves"), ("lookalike", "money withheld as part of coercive control: DA only")])
box("Z011", "A", "2025-05-19", "green", E,
    "Ali (5) failed his hearing screen in Reception and the GP has referred him to audiology. He is in the school's EAL group.",
    ["PH"], [("lookalike", "EAL group is not EDU-SEND")])
box("Z011", "C", "2025-10-20", "orange", E,
    "Parisa has lodged her own asylum claim and she and Ali have moved away from him. He breached the non-molestation order last week and was arrested.",
    ["DA"], [("lookalike", "breach and arrest of the perpetrator: DA only, not CRIME")])

# ---------------- Z012 father's drinking, 17-year-old NEET
box("Z012", "A", "2025-07-14", "yellow", F,
    "Tesfay has been drinking most evenings since learning his wife and youngest son are stuck in Libya; he says it is the only way he gets to sleep. He and Dawit row when he has been drinking. Referred to Fennington Drug and Alcohol Service.",
    ["SUB", "REL-PAR"], [("outside", "wife and son abroad are not household")])
box("Z012", "A", "2025-07-14", "green", F,
    "Dawit (17) is not in college or work. He is registered for ESOL at Fennington College but cannot start until January.",
    ["EDU-NEET"], [("lookalike", "NEET 16+ is EDU-NEET only, no FIN (conv. 11)")])
box("Z012", "C", "2025-12-15", "yellow", F,
    "Tesfay now drinks at weekends only and goes to the alcohol service group every Tuesday. Dawit says the arguments have stopped.",
    ["SUB"], [("historical", "father-son arguments stopped: no REL-PAR")])

# ---------------- Z013 selective mutism, uniform poverty
box("Z013", "A", "2025-10-13", "green", H,
    "Darya (6) has not said a word at school since starting Year 1 in September, though she chatters in Farsi at home. She looks very anxious in class; the SENCO suspects selective mutism and has put her on SEN support.",
    ["EDU-SEND", "MH-CHILD"])
box("Z013", "A", "2025-10-13", "yellow", H,
    "Shirin cannot stretch the asylum support payments to cover uniform or winter coats; a school uniform grant has been applied for and the EHW has referred her to the Hartsmoor clothing bank.",
    ["FIN"])
box("Z013", "C", "2026-03-09", "green", H,
    "Darya now whispers to her teacher and one friend; her SEN support plan is reviewed every term.",
    ["EDU-SEND"])

# ---------------- Z014 young mum in shared dispersal house
box("Z014", "A", "2025-08-11", "yellow", K,
    "Aisha (19) and Musa (10 months) share a dispersal house with two other women. There are mice in the kitchen and the lock on her bedroom door is broken; one of the other residents brings men back at night and Aisha doesn't feel safe.",
    ["HOUS"], [("outside", "another resident's visitors: not DA or SAFE-EXP")])
box("Z014", "A", "2025-08-11", "green", K,
    "Musa has had none of his immunisations and is not yet sitting without support at 10 months; HV to do a developmental review.",
    ["PH", "EYD"])
box("Z014", "C", "2026-01-19", "green", K,
    "Musa's jabs were completed at the GP in October and he is now crawling and pulling to stand. HV is still weighing him monthly as he is on the 2nd centile.",
    ["PH"], [("historical", "immunisations done; development now fine, no EYD")])
box("Z014", "C", "2026-01-19", "yellow", K,
    "Aisha moved to a self-contained flat after the EHW chased the provider. She got refugee status in November; UC advance deductions leave her about £150 short each month and she is behind on her electric. Referred to Citizens Advice.",
    ["FIN"], [("historical", "housing problem resolved: no HOUS")])

# ---------------- Z015 mother with TB, young carer
box("Z015", "A", "2025-01-27", "orange", E,
    "Halima was diagnosed with TB in December and is on daily treatment watched by the TB nurse; she is exhausted and mostly in bed. Yusuf (13) is doing the cooking and getting his sisters to school. TAF plan agreed with school, the TB team and the young carers service.",
    ["PH", "CARER"])
box("Z015", "A", "2025-01-27", "green", E,
    "Yusuf's attendance at Docklands Academy is 88% this year; school know the reason and have given him a mentor.",
    ["EDU-ATT"])
box("Z015", "C", "2025-06-23", "blue", E,
    "Halima finished her TB treatment in May and the clinic has signed her off. Yusuf is back at football club and no longer doing the cooking.",
    [], [("historical", "illness and caring both over")])
box("Z015", "C", "2025-06-23", "green", E,
    "Hanan (4) started nursery in April; her keyworker noticed she uses very few words in Somali or English and the HV has referred her to speech and language therapy.",
    ["EYD"])

# ---------------- Z016 refused claim, parental rows, shoplifting
box("Z016", "A", "2025-08-04", "yellow", H,
    "The family's asylum claim was refused in July and an appeal is in. Mum and dad argue every day about whether to go home; mum says he has never hit or controlled her and she is not frightened of him, but the children hear the shouting.",
    ["REL-CONF"], [("negated", "DA explicitly denied")])
box("Z016", "A", "2025-08-04", "orange", H,
    "Ibrahim (14) was arrested for shoplifting from the Co-op with two friends and has been referred to the YOS for an out-of-court disposal. The housing provider has told the family they could be moved to another city if the appeal fails.",
    ["CRIME"], [("hypothetical", "move only if appeal fails: no HOUS"), ("outside", "friends not coded")])
box("Z016", "C", "2026-01-12", "yellow", H,
    "Parents have done four sessions of the Reducing Parental Conflict programme; they still disagree about the appeal but talk it through calmly now. Ibrahim finished his YOS work in November and there has been no further offending.",
    ["REL-CONF"], [("historical", "offending over: no CRIME")])

# ---------------- Z017 neglect in hotel room, maternal depression
box("Z017", "A", "2025-06-09", "red", K,
    "ICPC on 3 June made Rami (4) and Lina (2) subject to child protection plans under neglect: hotel room heavily cluttered with dirty nappies on the floor, both children unwashed with head lice, Lina's bottles made up with the wrong amount of formula.",
    ["SAFE-NEG"])
box("Z017", "A", "2025-06-09", "orange", K,
    "Samira has severe depression and is hardly getting out of bed; the perinatal team and GP are involved and a TAF meeting is booked with the hotel welfare officer.",
    ["MH-ADULT"])
box("Z017", "C", "2025-12-01", "orange", K,
    "The room has been clean and tidy at the last four unannounced visits and the children are well presented. Samira is still on antidepressants and sees the psychologist fortnightly.",
    ["MH-ADULT"], [("negated", "home conditions good: no SAFE-NEG")])
box("Z017", "C", "2025-12-01", "green", K,
    "Rami goes to nursery five mornings and has settled; Lina is on the WellComm programme at nursery for her speech.",
    ["EYD"])

# ---------------- Z018 new refugee, UC sanction, energy debt
box("Z018", "A", "2025-03-03", "yellow", E,
    "Ahmad got refugee status in January and claimed UC, but was sanctioned for missing a Jobcentre appointment because he couldn't read the letter. The family owe £300 on the prepayment meter and use the Eastwick food bank every week.",
    ["FIN"])
box("Z018", "A", "2025-03-03", "green", E,
    "Rania (8) at Dockside Primary and Hadi (11) at Marsh Lane Academy both have attendance above 96% and neither school has any concerns.",
    [], [("negated", "good news only, no need stated")])
box("Z018", "C", "2025-08-25", "yellow", E,
    "The sanction was overturned on mandatory reconsideration. Ahmad is on the refugee employment programme at Eastwick Works and is getting his engineering qualifications recognised.",
    ["FIN"], [("historical", "sanction over; FIN stays for employment support")])
box("Z018", "C", "2025-08-25", "blue", E,
    "Family paying the energy company £10 a fortnight on a repayment plan and have not needed the food bank since June.",
    ["FIN"], [("historical", "food bank use ended; the debt repayment is current")])

# ---------------- Z019 trauma, suspensions, managed move
box("Z019", "A", "2025-04-28", "orange", F,
    "Tariq (12) has had two suspensions this term for hitting other pupils and school are proposing a managed move to Fennington Academy. He saw his uncle killed before the family fled; CAMHS have accepted the referral and he is on the waiting list.",
    ["EDU-EXC", "MH-CHILD"], [("outside", "uncle's death is the cause, not coded itself")])
box("Z019", "A", "2025-04-28", "yellow", F,
    "Rasha finds Tariq hard to handle at home: he hits his younger brother and won't come in at night. She has started a parenting course run in Arabic at the family hub.",
    ["REL-PAR"])
box("Z019", "C", "2025-10-13", "orange", F,
    "The managed move went through in June and Tariq has had no suspensions at his new school. He had his first CAMHS appointment in September and is having trauma-focused CBT.",
    ["MH-CHILD"], [("historical", "managed move done, no suspensions since: no EDU-EXC")])

# ---------------- Z020 self-harm, hotel moves
box("Z020", "A", "2025-09-22", "orange", H,
    "Hana (15) has been cutting her arms and told her form tutor she wants to die. Seen at A&E on 17 Sept; CAMHS crisis team following up.",
    ["MH-CHILD"])
box("Z020", "A", "2025-09-22", "yellow", H,
    "Family of five in two rooms on different floors of the Station Hotel; Hana shares with her younger sisters and has no privacy. The hotel has moved them three times since March.",
    ["HOUS"])
box("Z020", "A", "2025-09-22", "green", H,
    "Hana's attendance at Hartsmoor High is 79% since she started in April; she misses mornings after a bad night. She has also been put in isolation twice for swearing at a teacher.",
    ["EDU-ATT", "EDU-EXC"])
box("Z020", "C", "2026-02-23", "orange", H,
    "Hana still has weekly sessions with CAMHS and has not self-harmed for eight weeks.",
    ["MH-CHILD"], [("negated", "no recent self-harm, but open to CAMHS codes MH-CHILD")])

# ---------------- Z021 cerebral palsy, stairs
box("Z021", "A", "2025-11-10", "yellow", K,
    "Noor (8) has cerebral palsy and walks with a frame. Kelby Vale Primary have asked for an EHC needs assessment. The dispersal house has steep stairs and mum carries her up to bed.",
    ["EDU-SEND", "PH", "HOUS"])
box("Z021", "A", "2025-11-10", "green", K,
    "Noor missed two physio appointments because the letters came in English; the GP practice now flags that the family need an Arabic interpreter.",
    ["PH"], [("lookalike", "interpreter need is not a code")])
box("Z021", "C", "2026-04-20", "yellow", K,
    "The accommodation provider has agreed a ground-floor property and the move is booked for 5 May. Noor's EHCP was issued in March.",
    ["HOUS", "EDU-SEND"])

# ---------------- Z022 cannabis, toileting
box("Z022", "A", "2025-02-10", "yellow", E,
    "Kaan (16) smokes cannabis every day and says it calms him down; referred to the young people's substance service. He is on a Level 1 course at Eastwick College and goes regularly.",
    ["SUB"], [("negated", "in college: no EDU-NEET")])
box("Z022", "A", "2025-02-10", "green", E,
    "Mum Elif vapes but does not drink or use drugs. Emir (3) is still in nappies and nursery have started a toileting plan with mum.",
    ["EYD"], [("lookalike", "vaping is not SUB (conv. 12)"), ("negated", "denies alcohol and drugs")])
box("Z022", "C", "2025-07-14", "yellow", E,
    "Kaan has cut down to weekends and still sees his substance worker every fortnight.",
    ["SUB"])

# ---------------- Z023 NRPF worker, section 21
box("Z023", "A", "2025-06-16", "yellow", F,
    "Precious has leave to remain with a no recourse to public funds condition. She works 16 hours as a cleaner but it doesn't cover the rent; she is two months behind and the private landlord has served a section 21 notice.",
    ["FIN", "HOUS"])
box("Z023", "A", "2025-06-16", "green", F,
    "Faith (7) and Joel (5) arrive at St Mary's Primary hungry on Mondays; the school now gives them breakfast club free of charge.",
    ["SAFE-NEG"])
box("Z023", "C", "2025-11-24", "yellow", F,
    "The change of conditions application was granted in September and UC with housing costs is now paid. Precious is paying £50 a month off the arrears and the landlord has withdrawn the section 21.",
    ["FIN"], [("historical", "notice withdrawn: no HOUS")])

# ---------------- Z024 gambling debt
box("Z024", "A", "2025-09-01", "yellow", K,
    "Since getting status Hamid has run up £2,400 on online betting apps; his wife Leila only found out when a debt collector's letter arrived. They are arguing about money most nights.",
    ["FIN", "REL-CONF"], [("lookalike", "gambling debts are FIN, not SUB (conv. 10)")])
box("Z024", "A", "2025-09-01", "green", K,
    "Everyone is now registered with Brookside GP; Leila's high blood pressure is checked monthly by the practice nurse.",
    ["PH"])
box("Z024", "C", "2026-02-02", "yellow", K,
    "Hamid has self-excluded from all betting sites and sees a Citizens Advice debt adviser; a debt relief order is being prepared.",
    ["FIN"], [("lookalike", "self-excluded is not EDU-EXC")])

# ---------------- Z025 unaccompanied nephew, kinship care
box("Z025", "A", "2025-10-27", "yellow", E,
    "Abdi (14) arrived alone in August and lives with his aunt Hodan and her three children; she is his kinship carer and it has been assessed as private fostering. Abdi has flashbacks and panic attacks at night.",
    ["MH-CHILD"], [("lookalike", "kinship carer is not CARER (conv. 12)")])
box("Z025", "A", "2025-10-27", "orange", E,
    "Six people in a two-bedroom flat and Abdi sleeps on the sofa. Housing register application made and a housing options officer is involved.",
    ["HOUS"])
box("Z025", "C", "2026-03-16", "green", E,
    "Abdi sees the school counsellor weekly and has a trusted adult at school; the panic attacks are less frequent.",
    ["MH-CHILD"])

# ---------------- Z026 17-year-old caring, sickle cell
box("Z026", "A", "2025-09-15", "yellow", F,
    "Selam (17) has not been able to start college since arriving in June and is not working; she spends her days looking after her mum, who has sickle cell disease and frequent pain crises.",
    ["EDU-NEET", "CARER", "PH"])
box("Z026", "C", "2026-02-09", "blue", F,
    "Selam has been at Fennington College on the ESOL course since January. Mum manages her pain crises at home with her haematology care plan.",
    ["PH"], [("historical", "no longer NEET")])

# ---------------- unboxed case notes (level = highest cue, conv. 2)
note("W001", "assessment", "2025-05-06", F,
     "Home visit with a Tigrinya interpreter. Family are in a Fennington dispersal house; the bathroom ceiling is damp and mouldy and has been reported to the provider. Both children (6 and 9) are on roll at the Brook schools and attending. Mum asked about English classes; I gave her the college ESOL leaflet and she will enrol herself.",
     ["HOUS"], "blue", [("negated", "school attendance is good news only")])
note("W002", "assessment", "2025-07-28", H,
     "Call from the hotel welfare officer: police were called last night after Yasin (15) fought another resident's son in the car park. Yasin was arrested and released under investigation. Mum says he is no trouble at home and the two boys had been friends until now.",
     ["CRIME"], "orange", [("negated", "no behaviour problem at home: no REL-PAR"), ("outside", "the other boy is not household")])
note("W003", "assessment", "2025-11-17", K,
     "Strategy meeting held today after Maryam (9) told her teacher that her father hits her mother. Section 47 enquiries to start. Mother confirmed the abuse and says he also takes her asylum support money.",
     ["DA"], "red", [("lookalike", "money taken as part of the abuse: DA only")])
note("W004", "assessment", "2025-03-31", E,
     "HV new birth visit at the Lakeside Hotel. Baby Ayaan is exclusively breastfed and gaining well. Nasra, her partner and three children share one room with two double beds; there was no cot, but the hotel manager found one after I asked and it is now in use.",
     ["HOUS"], "green", [("lookalike", "'exclusively' is not EDU-EXC"), ("historical", "cot need met")])
note("W005", "closure", "2026-01-30", H,
     "Closure summary. Family were granted refugee status in October and moved into a housing association house in December; the children have settled at school. Mum still has flashbacks and is on the waiting list for the trauma psychology service; she is now linked with the Refugee Women's Project, so the early help worker is closing.",
     ["MH-ADULT"], "yellow", [("historical", "housing resolved: no HOUS")])
note("W006", "closure", "2025-12-03", F,
     "Ermal (16) was offered a college place in September but never enrolled and spends most days in bed; mum is on the Sunrise parenting course at the family hub. Ermal was drawn into county lines in 2024 but has had no contact with those young people for over a year.",
     ["EDU-NEET", "REL-PAR"], "yellow", [("historical", "county lines ended: no SAFE-EXP")])
note("W007", "assessment", "2025-10-09", E,
     "Phone call with mum. Her ASPEN card has not been topped up this week because of a Home Office error and she has £3 left for herself and the two children. She rang Migrant Help herself while we were talking and they are reissuing the payment.",
     ["FIN"], "blue")

CODES = ["EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD", "MH-ADULT", "PH", "SUB",
         "REL-PAR", "REL-CONF", "DA", "SAFE-NEG", "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"]

def write_csv(name, header, rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(header)
    w.writerows(rows)
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())

nrows, grows, traps = [], [], []
for case, st, date, level, loc, text, codes, tr in B:
    tid = f"{case}-{st}"
    nid = f"{tid}-{level}"
    stage = "assessment" if st == "A" else "closure"
    nrows.append([nid, tid, case, stage, date, level, loc, text])
    for c in codes:
        grows.append([nid, c, level])
    if tr:
        traps.append({"narrative_id": nid, "traps": [{"kind": k, "note": n} for k, n in tr]})
for nid, stage, date, loc, text, codes, level, tr in U:
    nrows.append([nid, nid, nid, stage, date, "", loc, text])
    for c in codes:
        grows.append([nid, c, level])
    if tr:
        traps.append({"narrative_id": nid, "traps": [{"kind": k, "note": n} for k, n in tr]})

for _, c, _ in grows:
    assert c in CODES, c
write_csv("narratives.csv", ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"], nrows)
write_csv("gold.csv", ["narrative_id", "code", "level"], grows)
with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8", newline="\n") as f:
    json.dump(traps, f, indent=1, ensure_ascii=False)
    f.write("\n")

if __name__ == "__main__":
    from collections import Counter
    cc = Counter(c for _, c, _ in grows)
    lc = Counter(l for _, _, l in grows)
    kinds = Counter(t["kind"] for x in traps for t in x["traps"])
    print("narratives", len(nrows), "boxed", len(B), "unboxed", len(U), "gold rows", len(grows))
    print("triages", len({r[1] for r in nrows if r[5]}), "cases", len({r[2] for r in nrows if r[5]}))
    print("no-code narratives", sum(1 for r in nrows if r[0] not in {g[0] for g in grows}))
    print("narratives with traps", len(traps), "trap kinds", dict(kinds))
    print("per code", {c: cc[c] for c in CODES})
    print("per level", dict(lc))
