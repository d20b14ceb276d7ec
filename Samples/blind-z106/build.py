#!/usr/bin/env python3
"""Build the z106 blind gold set (theme: money and housing crises in an
inner-London borough).  Standard library only.

Each narrative is written once below with its gold codes and trap notes.
Writes narratives.csv, gold.csv and traps.json next to this file.
"""
import csv
import json
import os
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
N = []  # list of narrative dicts


def add(nid, date, loc, text, codes, traps=(), note_level=None):
    """nid like Z001-A-yellow or Z005-A-note; codes = present codes only;
    traps = (type, code, note) tuples; note_level only for unboxed notes."""
    N.append(dict(nid=nid, date=date, loc=loc, text=text, codes=list(codes),
                  traps=list(traps), note_level=note_level))


CF, EB, SA, QH = "Carrow Fields", "Ebbsmoor", "St Aldric's", "Quayhithe"

# ---------------------------------------------------------------- Z001
A, C = "2025-04-22", "2025-10-14"
add("Z001-A-green", A, CF,
    "Amara (3) has taken up her 15 funded hrs at Larkspur Nursery since Jan and attends every session; keyworker says she is chatty, toilet trained and meeting her milestones. HV did the 2-2½ yr review in Nov, no concerns. Tyrese (7) is in Yr 2 at Fenwick Lane Primary, attendance 97.4%, class teacher describes him as settled and on track with reading and maths.",
    [],
    [("not-coded", "EYD", "Nursery take-up and a clear 2-yr review are pure good news with no need stated (conv 3)."),
     ("not-coded", "EDU-ATT", "Good attendance is pure good news, no need stated (conv 3).")])
add("Z001-A-yellow", A, CF,
    "Shanice (29) works as a care assistant for an agency on a zero-hours contract. Since Feb her hours have dropped from about 30 a week to between 8 and 12 because the agency lost a council contract, and she has had to reclaim UC. She is in the five-week wait until her first payment on 9 May and took a £600 advance which will be clawed back at around £50 a month. Council tax arrears of £1,140 for 2024/25 - she got a summons, a liability order was made in March and she now has a letter from the enforcement agents saying they will visit. Gas and electric are on prepayment and she is self-disconnecting most evenings, the three of them sitting under blankets. Has used the Carrow Fields food bank 3 times on vouchers from school. Shanice describes herself as 'on the edge', tearful most days and low in mood for the past couple of months; she has booked a GP appt next week to talk about her mood. EHW to do a benefits check and budget plan, refer to Carrow Advice Project for the council tax debt and apply to the HSF for energy top-ups.",
    ["FIN", "MH-ADULT"],
    [("convention", "FIN", "Zero-hours work is only FIN here because a money problem is described (lost hours, five-week wait, arrears, food bank) (conv 5, 10)."),
     ("convention", "SAFE-NEG", "Self-disconnecting from prepayment is fuel poverty = FIN; no empty fridge or hungry child, so no SAFE-NEG (conv 10).")])
add("Z001-A-orange", A, CF,
    "Private landlord served a s21 on 3 March, expiring 5 May - he says he is selling the flat, there are no rent arrears. The flat is a 1-bed on the 4th floor of a converted house on Vestry Rd: Shanice sleeps on the sofa in the living room and the children share the only bedroom. There is damp in the bathroom and the bedroom window frame is rotten, which the landlord has refused to repair since the notice went in. Shanice made a homeless application to Housing Options on 11 March; prevention duty accepted and she has a caseworker, who has warned her that if nothing is found before the bailiffs come the family will probably go into TA and it may be out of borough. Tyrese (7) has started wetting the bed again most nights since he overheard them talking about having to move.",
    ["HOUS", "PH"],
    [("negated", "FIN", "'there are no rent arrears' - FIN negated, nothing else financial in this box."),
     ("hypothetical", "HOUS", "Out-of-borough TA is hypothetical, but HOUS is present anyway through the s21, overcrowding, damp and homeless application."),
     ("convention", "PH", "Bedwetting at school age (7) is PH (conv 9).")])
add("Z001-C-blue", C, CF,
    "Family moved into a 2-bed HA flat in Quayhithe on 4 Aug through a Housing Options nomination, so the s21 and the homelessness duty have ended. Shanice kept Tyrese at Fenwick Lane - 15 mins on the bus. She is paying the council tax arrears at £45 a month under an arrangement the advice project negotiated, balance now £410, and uses the budgeting app the EHW set up with her. Hasn't needed the food bank since June.",
    ["FIN"],
    [("historical", "HOUS", "s21 and homelessness duty described as ended after the move - historical."),
     ("convention", "FIN", "Paying off council tax arrears in a blue box = now managing = present (conv 3)."),
     ("historical", "FIN", "Food bank use ended in June - historical, but FIN is present via the arrears.")])
add("Z001-C-green", C, CF,
    "Shanice saw the GP in May and was started on sertraline; says her mood is much better and she is still taking it, GP reviews every 3 months. Tyrese's bedwetting stopped within a few weeks of the move and the school nurse has closed her involvement.",
    ["MH-ADULT"],
    [("convention", "MH-ADULT", "Ongoing antidepressant treatment with reviews codes MH-ADULT even though mood is better (conv 3, 4)."),
     ("historical", "PH", "Bedwetting 'stopped' - historical (conv 3).")])

# ---------------------------------------------------------------- Z002
A, C = "2025-05-07", "2025-12-02"
add("Z002-A-green", A, EB,
    "Maryam (18m) did not attend her 1yr review - the letter went to an old address - and the HV has rebooked it for June. Zara (6) is at Pellow Road Primary; her teacher says she often looks tired and coughs a lot. GP diagnosed asthma in Feb and she has a brown and a blue inhaler, but Rahima isn't sure she is using the brown one properly; practice nurse asthma review booked.",
    ["EYD", "PH"],
    [("convention", "EYD", "A missed development review for an under-5 is EYD (development checks).")])
add("Z002-A-orange", A, EB,
    "Seven people in a 2-bed council flat on the 8th floor of Rendle House: parents in one bedroom with Maryam, Sabrina and the twins in the other, Imran (12) on the sofa. On the housing register 6 yrs, band B for overcrowding. Black mould on the walls of both bedrooms and behind the wardrobes, and the bathroom extractor hasn't worked since last year. Rahima has reported the disrepair to the repairs line 4 times, a surveyor came in March and raised a works order but nothing has been done; a local councillor has now made an enquiry. Sabrina (15, Yr 10) has nowhere quiet to study and her attendence has dropped to 84% - she told school she stays home to look after Maryam and the twins on days Rahima has hospital appointments for her diabetes, and sometimes goes with her to interpret.",
    ["HOUS", "EDU-ATT", "CARER", "PH"],
    [("convention", "CARER", "Sabrina (15) minds younger siblings and interprets at her mother's hospital appointments: a child with caring responsibilities."),
     ("partial", "PH", "PH comes from Rahima's diabetes (a household member), not from the mould.")])
add("Z002-A-yellow", A, EB,
    "Jamal (41) is a self-employed delivery rider and his income varies week to week. Rent is paid in full by the UC housing element direct to the council - no rent arrears, no loans or credit cards. The problem is energy: they keep the heating and a dehumidifier on to fight the mould and the bill runs at about £190 a month; they are £420 in arrears with the supplier, who has threatened to fit a prepayment meter. EHW to help apply to the supplier's hardship fund.",
    ["FIN", "HOUS"],
    [("negated", "FIN", "Rent arrears and loans negated, but FIN present through the £420 energy arrears."),
     ("convention", "FIN", "Variable self-employed income alone would not be FIN (conv 5); the utility arrears are."),
     ("partial", "HOUS", "The mould is mentioned only in passing ('to fight the mould') but it is a current condition of the home, so HOUS is coded in this box too (conv 1: each box on its own text).")])
add("Z002-C-orange", C, EB,
    "Still 7 in the 2-bed. Mould wash and new extractor fans done in Sept but the mould is already back in the back bedroom. After Zara's two hospital admissions with asthma attacks in the summer the family were moved up to band A on medical grounds and are bidding for 4-beds. The supplier's hardship fund cleared the energy arrears in Oct. Sabrina's attendance is back up to 97% since school set her up in homework club, and she no longer stays off to mind the younger ones.",
    ["HOUS", "PH"],
    [("convention", "PH", "Zara's asthma is a current condition driving the medical priority; the admissions are past events but the illness is present."),
     ("historical", "FIN", "Energy arrears 'cleared in Oct' - historical."),
     ("historical", "EDU-ATT", "Attendance 'back up to 97%' - over."),
     ("historical", "CARER", "'no longer stays off to mind the younger ones' - historical.")])

# ---------------------------------------------------------------- Z003
A, C = "2025-05-19", "2026-01-20"
add("Z003-A-yellow", A, SA,
    "Kwame (44) was made redundant from a warehouse supervisor job in Jan. Claimed UC but was sanctioned for 28 days in March after missing an appt with his work coach - he says the message went to his old email and he never saw the journal entry. MR submitted, outcome awaited. Rent arrears with Ashgrove HA are £2,350 and growing, £400 catalogue debt and he has borrowed off friends. Used the St Aldric's Community Pantry 4 times with vouchers from the EHW. Kwame is keen to get back to work and agreed a referral to the borough's employment support service.",
    ["FIN"],
    [])
add("Z003-A-orange", A, SA,
    "Ashgrove HA served a Notice of Seeking Possession in April on rent arrears grounds and the housing officer says they'll issue court proceedings at the end of May unless an arrangement is in place. Elijah (14) at Cordwainer School: attendance 78% this yr, mostly Mondays and Fridays. He told his form tutor he can't concentrate because he's worried they'll lose the flat, and disclosed low mood and that sometimes he doesn't want to be here; school referred to CAMHS and he is on the waiting list, seeing the school counsellor meanwhile.",
    ["HOUS", "EDU-ATT", "MH-CHILD", "FIN"],
    [("hypothetical", "HOUS", "Court proceedings 'unless an arrangement is in place' is hypothetical, but the NOSP itself is present."),
     ("partial", "FIN", "'rent arrears grounds' states that arrears exist now, so FIN is present in this box as well.")])
add("Z003-A-red", A, SA, "N/A", [],
    [("not-coded", "", "Box says N/A - no codes.")])
add("Z003-C-yellow", C, SA,
    "Kwame started a permanent full-time caretaker job with a housing association in Oct. The possession claim was heard in Aug and adjourned on terms - he pays the rent plus £80 a month off the arrears, now down to £640, and has kept to it. Catalogue debt paid off. Elijah had his CAMHS initial assessment in Nov and has been offered a place in a low mood group from Feb; attendance this term 91% and school are keeping him on an attendance report card.",
    ["FIN", "HOUS", "MH-CHILD", "EDU-ATT"],
    [("convention", "HOUS", "A possession claim adjourned on terms is still a live court case against the tenancy, so HOUS is present."),
     ("historical", "FIN", "Catalogue debt paid off is historical; FIN present via the rent arrears repayments."),
     ("convention", "EDU-ATT", "Still on an attendance report card at 91% - an ongoing attendance need, not pure good news.")])

# ---------------------------------------------------------------- Z004
A, C = "2025-06-03", "2025-11-25"
add("Z004-A-orange", A, QH,
    "Family were evicted from their private rented flat on Harker St on 12 May when county court bailiffs executed the possession order (s21, no arrears). Housing Options placed them in emergency TA: one room in a B&B in Grayhaven, 28 miles out of borough, with a double and two singles, a kitchen shared by 5 other households and a shared bathroom. Leanne has asked for a s202 review of suitability. Callum (10) and Poppy (8) have stayed at St Wilfrid's CE Primary, which means two trains and a bus, leaving at 6.15am; attendance since the move is 71% and 68% and they are late most days.",
    ["HOUS", "EDU-ATT"],
    [("convention", "FIN", "Bailiffs here enforce a possession order, not a debt; 'no arrears' - FIN not coded."),
     ("negated", "FIN", "'no arrears' negates FIN.")])
add("Z004-A-yellow", A, QH,
    "Leanne's UC stopped when they moved as the change of address wasn't reported in time, so she had to make a new claim - five-week wait, first payment due 20 June. She refused an advance because she can't afford the deductions. Owes about £800 on a catalogue, £350 to a doorstep lender, and the old landlord is claiming £1,900 for damage through the small claims court. Last week she had £6 in her account. EHW has applied to the HSF and given food bank vouchers; referral to the borough's money advice service.",
    ["FIN"], [])
add("Z004-A-green", A, QH,
    "Alfie (4) lost his nursery place when they were moved out of borough and hasn't been in any setting since May. At the HV review he had limited speech for his age (mostly single words) and is still in nappies in the day. Due to start Reception in Sept. Leanne says she is 'tired but fine', denies low mood and has no GP involvement for her mental health.",
    ["EYD"],
    [("negated", "MH-ADULT", "'denies low mood', no GP involvement - MH-ADULT negated.")])
add("Z004-C-orange", C, QH,
    "Moved in Aug to a self-contained 2-bed TA flat in Ebbsmoor, back in the borough; s202 review withdrawn. Main housing duty accepted and they're on the register awaiting a final offer. Callum and Poppy attendance this term 94% and 96%. The catalogue and doorstep lender debts are in a DMP through money advice at £15 a month; the small claims judgment was paid off in Oct with help from Leanne's mum.",
    ["HOUS", "FIN"],
    [("not-coded", "EDU-ATT", "Attendance 94%/96% stated with no need in this box - not coded (conv 1, 3)."),
     ("historical", "FIN", "Small claims judgment paid off - historical; FIN present via the DMP.")])
add("Z004-C-green", C, QH,
    "Alfie (now 5) started in Reception at Ebbsmoor Primary in Oct, a few weeks late because of the move. SENCo has put him on SEN support for his speech and language and he sees the speech therapist in school once a fortnight. He's dry in the day now.",
    ["EDU-SEND"],
    [("convention", "EYD", "Alfie is 5 and in school: speech and language for a school-age child is EDU-SEND, not EYD (conv 9)."),
     ("historical", "EYD", "Daytime toileting resolved ('dry in the day now').")])

# ---------------------------------------------------------------- Z005 (note + closure)
A, C = "2025-06-10", "2025-10-08"
add("Z005-A-note", A, CF,
    "Phone call from Grace (36). Two enforcement agents came to the house yesterday about council tax arrears of £2,200 going back to 2023/24; they took control of her car under a controlled goods agreement and said they'll come back to remove it if she misses a payment of £180 on Friday. Grace works 16 hrs a week in a school kitchen and gets UC - she says she can't find £180 and has already missed the gas bill this month. The children were home: Ruth (6) was very frightened and has wet the bed every night since. Grace's brother, who lives with their mum, has a gambling problem and she lent him £500 in the spring which he hasn't paid back. EHW completed a referral to Ebbsmoor Money Advice today for an urgent breathing space application and will visit Thursday.",
    ["FIN", "PH"],
    [("convention", "", "Unboxed note: highest cue is an EH worker plus one extra service (money advice) = yellow (conv 2)."),
     ("outside", "SUB", "Brother's gambling - outside the household, and gambling is not SUB anyway (conv 6, 10)."),
     ("convention", "PH", "Bedwetting at 6 (school age) = PH (conv 9).")],
    note_level="yellow")
add("Z005-C-blue", C, CF,
    "Breathing space gave Grace 60 days and the money adviser got the council tax arrears moved to a reduced instalment plan with a hardship award; the car was released from the controlled goods agreement. Grace has paid £60 a month since Aug without missing one. Ruth's bedwetting settled after a few weeks.",
    ["FIN"],
    [("convention", "FIN", "Keeping up an arrears instalment plan = now managing (conv 3)."),
     ("historical", "PH", "Bedwetting 'settled' - historical.")])

# ---------------------------------------------------------------- Z006
A, C = "2025-06-24", "2025-12-09"
add("Z006-A-yellow", A, EB,
    "Keeley (19) and Rio (7m) have been sofa surfing since April, mostly at a friend's flat in Quayhithe and some nights at her aunt's, after Keeley left her mum's house following a row. Her mum has said she can't come back. Homeless application made 2 June, relief duty accepted; waiting for an interim placement. Her UC was suspended for 3 weeks after she didn't report the change of address and she had only child benefit to live on - she owes her friend £200 for food and nappies. Rio's father isn't involved and Keeley says there was never any abuse in that relationship. EHW to chase Housing Options and support her to keep the UC journal up to date.",
    ["HOUS", "FIN"],
    [("outside", "REL-PAR", "The row is between Keeley (19, the parent) and her own mother, who is outside this household - not REL-PAR/REL-CONF (conv 6)."),
     ("negated", "DA", "'never any abuse in that relationship' - DA negated.")])
add("Z006-A-green", A, EB,
    "HV hasn't been able to complete Rio's 9-month development review because Keeley keeps moving - 2 appts missed. He is on the 25th centile for weight, feeding well, weaning started, immunisations up to date.",
    ["EYD"],
    [("not-coded", "PH", "Immunisations up to date and weight normal are good news; the missed appointments are development reviews (EYD), so PH not coded.")])
add("Z006-C-yellow", C, EB,
    "Keeley and Rio have been in a self-contained TA studio in Carrow Fields since Aug. It's small and there is condensation and black mould round the window; Keeley has reported it to the TA provider twice and the EHW has emailed the TA team. Rio (13m) had his 1yr review in Oct - cruising round the furniture and babbling, no concerns.",
    ["HOUS"],
    [("not-coded", "EYD", "1yr review with no concerns - good news, not coded (conv 3).")])

# ---------------------------------------------------------------- Z007
A, C = "2025-07-01", "2026-02-10"
add("Z007-A-red", A, SA,
    "Strategy meeting on 27 June after Tia (4) told nursery staff that 'daddy pushed mummy into the door'; s47 underway. Chantelle (31) has left the family home with Tia and Marcus (9) and they are in a refuge in another borough. Housing Options have opened a homeless application.",
    ["DA", "HOUS"],
    [("convention", "HOUS", "Fled home, in a refuge with a homeless application open = homelessness, HOUS present.")])
add("Z007-A-orange", A, SA,
    "Chantelle describes years of coercive control by Dean: her UC was paid into his account, he took out two credit cards and car finance in her name (approx £9,400 in total) and she has never had her own bank card. DASH high risk, MARAC referral made, IDVA allocated. She's been told the debts may be treated as economic abuse but for now the lenders are chasing her.",
    ["DA", "FIN"],
    [("convention", "FIN", "Debts taken out by the perpetrator in her name are her current debts: effect on the family is coded (conv 6).")])
add("Z007-A-yellow", A, SA,
    "Marcus (9) hasn't been in school since they went into the refuge - in-year admission application in for a school near the refuge but no place offered yet. At the refuge he is angry and hitting out: he has kicked holes in the bedroom door and hit Chantelle twice when told to turn the TV off. Chantelle is finding it hard to manage him and has asked for help with his behaviour.",
    ["EDU-ATT", "REL-PAR"],
    [("convention", "REL-PAR", "Child-to-parent violence is REL-PAR, not DA (conv 8)."),
     ("convention", "EDU-ATT", "A child out of school awaiting an in-year place is an attendance need (EDU-ATT).")])
add("Z007-C-orange", C, SA,
    "Family moved into TA in Ebbsmoor in Sept and are on the housing register. Non-molestation order granted until Jan 2027. Dean was arrested in Nov for breaching it by turning up outside Marcus's school and is on bail. Chantelle still working with the IDVA.",
    ["HOUS", "DA"],
    [("convention", "CRIME", "Ex-partner's breach of the non-mol and arrest are DA only, not CRIME (conv 7); he is not in the household.")])
add("Z007-C-yellow", C, SA,
    "Money advice got the car finance written off as economic abuse; the two credit card debts are still being disputed with the lenders. Chantelle has her own account now and UC is paid to her. Marcus started at Ebbsmoor Primary in Sept, attendence 98%, and no incidents of him hitting out at home since Oct.",
    ["FIN"],
    [("historical", "REL-PAR", "'no incidents ... since Oct' - historical."),
     ("not-coded", "EDU-ATT", "98% attendance, no need stated here."),
     ("partial", "FIN", "Car finance written off (historical) but the credit card debts are still in dispute - FIN present.")])

# ---------------------------------------------------------------- Z008
A, C = "2025-07-09", "2025-12-16"
add("Z008-A-yellow", A, QH,
    "In May Agnieszka (35) found out that Tomasz (38) had run up about £14,000 on loans and credit cards through online betting. The rent on their private 2-bed is two months behind (£3,700) because he'd been using the rent money. Tomasz has self-excluded from all the betting sites and goes to a weekly gambling support group. The couple are arguing a lot, often late at night, and Agnieszka has asked him to leave; they're sleeping in separate rooms. She is clear he has never been violent or controlling and DA screening was negative. Kuba (8) doing well at school.",
    ["FIN", "REL-CONF"],
    [("convention", "SUB", "Gambling debts are FIN, not SUB; 'self-excluded' is about betting sites (conv 10)."),
     ("negated", "DA", "Never violent or controlling, DA screening negative - DA negated; arguments = REL-CONF (conv 8).")])
add("Z008-A-orange", A, QH,
    "Letting agent served a s8 notice on rent arrears grounds on 30 June and says the landlord will apply to court for possession if the arrears aren't cleared by Aug. Zofia (12) told her head of year she can hear her parents shouting about money at night and is scared they'll end up homeless; she has been crying in lessons and the school counsellor is now seeing her weekly.",
    ["HOUS", "FIN", "MH-CHILD", "REL-CONF"],
    [("hypothetical", "HOUS", "Court application is conditional, but the s8 notice is present."),
     ("partial", "REL-CONF", "Parents shouting at each other, reported by the child, is parental conflict (conv 8)."),
     ("partial", "FIN", "'rent arrears grounds' / 'if the arrears aren't cleared' states current arrears.")])
add("Z008-C-blue", C, QH,
    "Tomasz moved out in Aug and rents a room nearby; the children stay with him on Saturdays and both parents say they co-parent without any disputes. The s8 notice was withdrawn after the arrears were cleared with a DHP and a loan from Agnieszka's sister, which she is repaying at £100 a month. Zofia finished her counselling in Oct and school say she's back to her usual self.",
    ["REL-CONF", "FIN"],
    [("convention", "REL-CONF", "Separation is current and being managed (contact arrangements) in a blue box = present (conv 3), though disputes are negated."),
     ("convention", "FIN", "Repaying a family loan taken to clear arrears = a debt being managed (conv 3)."),
     ("historical", "HOUS", "s8 notice withdrawn - historical."),
     ("historical", "MH-CHILD", "Counselling finished, 'back to her usual self' - historical.")])

# ---------------------------------------------------------------- Z009
A, C = "2025-08-05", "2026-01-13"
add("Z009-A-green", A, EB,
    "Hodan (2) had bronchiolitis twice last winter and still has a wheeze; GP thinks it's made worse by the damp in the flat and has written a supporting letter to the landlord. At her 2yr review the HV found her speech delayed (about 10 words, no 2-word phrases) and referred to SALT - awaiting first appt.",
    ["PH", "HOUS", "EYD"],
    [("partial", "HOUS", "Damp mentioned as a current condition of the flat - HOUS present even in a health box (conv 1)."),
     ("historical", "PH", "Bronchiolitis last winter is historical, but the current wheeze is PH present.")])
add("Z009-A-orange", A, EB,
    "Ground floor 3-bed with Mercer Homes HA. Black mould in all three bedrooms and the kitchen, and water has been coming through the bathroom ceiling from the flat above since Dec. Fatima (34) has reported it 6 times since Nov 2024; the only visit was a contractor who painted over the mould. With EHW support she has made a stage 2 complaint and a disrepair claim and it's now with the Housing Ombudsman. Abdi (9) has missed 14 days this yr with chest infections and coughs - attendance 86%. Fatima turns the heating off to save money and the electric key meter runs out most weeks; she's had fuel vouchers from the Ebbsmoor Food Hub twice. Rent is up to date and she has no other debts.",
    ["HOUS", "EDU-ATT", "PH", "FIN"],
    [("negated", "FIN", "Rent up to date and no other debts negated, but fuel vouchers/fuel poverty make FIN present (conv 10).")])
add("Z009-C-orange", C, EB,
    "Mercer Homes decanted the family in Oct to a 3-bed house in St Aldric's while the flat is stripped out and repaired; they don't yet know whether they'll go back or be offered the new house permanently. Abdi's attendance since the move is 95%. Hodan has started her block of 6 SALT sessions and goes to nursery 15 hrs.",
    ["HOUS", "EYD"],
    [("convention", "HOUS", "A temporary decant with the permanent home unresolved is a current housing need."),
     ("not-coded", "EDU-ATT", "95% since the move - no need stated."),
     ("convention", "EYD", "Ongoing SALT for an under-5 codes EYD (conv 4, 9).")])

# ---------------------------------------------------------------- Z010 (note + closure)
A, C = "2025-09-02", "2025-12-03"
add("Z010-A-note", A, QH,
    "Bisi (43) rang the Family Hub information line. Her husband Olu (45) works zero-hours as a hotel porter and got no shifts at all for most of August, so the family is a month behind with the rent on their council flat (£640). Bisi has already rung the rent team herself and agreed to pay an extra £20 a week. Tobi (16) finished Yr 11 in July and has nothing lined up - says he wants an electrical apprenticeship. Bisi given the youth employment hub details for Tobi, food bank opening times and the council's cost of living web page; she says they probably won't need the food bank as their church is helping with groceries. Information only, Bisi will follow up herself, no allocation.",
    ["FIN", "EDU-NEET"],
    [("convention", "", "Unboxed note: information/signposting the family acts on itself, no worker allocated = blue (conv 2)."),
     ("convention", "EDU-NEET", "Tobi (16) not in EET = EDU-NEET; FIN comes separately from Olu's lost work and rent arrears (conv 11)."),
     ("hypothetical", "FIN", "Food bank 'probably won't need' is hypothetical; FIN present via arrears.")],
    note_level="blue")
add("Z010-C-blue", C, QH,
    "Follow-up call. Rent arrears cleared in Oct and Olu now has a contract with 25 guaranteed hrs. Tobi started a Level 2 electrical installation course at Quayhithe College in Sept. Kemi (13) had a bad flare of her eczema in the autumn; she's using the new cream from the GP and it is much better.",
    ["PH"],
    [("historical", "FIN", "Arrears cleared, guaranteed hours - historical."),
     ("historical", "EDU-NEET", "Now on a college course - historical."),
     ("convention", "PH", "Eczema still being treated with GP cream = now managing in a blue box (conv 3).")])

# ---------------------------------------------------------------- Z011
A, C = "2025-09-09", "2026-03-03"
add("Z011-A-orange", A, CF,
    "Family have been in TA since Feb 2023 - a 3-bed house in Ashbury, outside the borough - after their private tenancy in Carrow Fields ended with a s21. On the register in band C and Housing Options have told them there's no realistic prospect of a 4-bed in the borough for several years, and that they may make a private rented offer outside London to end the duty. Samira (40) has been under the GP for depression for 2 yrs and is on antidepressants; last month she told the GP she sometimes wishes she wouldn't wake up. GP referred her to talking therapies and gave crisis numbers.",
    ["HOUS", "MH-ADULT"],
    [("historical", "HOUS", "The s21 in 2023 is historical, but HOUS is present through the current out-of-borough TA."),
     ("hypothetical", "HOUS", "Possible private rented offer is hypothetical.")])
add("Z011-A-yellow", A, CF,
    "Adam (11) has an EHCP for autism and attends the ASD resource base at Marchbank Academy; SEN transport picks him up at 7.10 for a 55 min journey. Nour (14) travels independently on 2 buses and has been late 22 times this term. Lina (7) attends the local primary in Ashbury, no concerns. Karim (42) drives a minicab, often 12 hr shifts; household income is from his work plus UC and there are no arrears or debts.",
    ["EDU-SEND", "EDU-ATT"],
    [("negated", "FIN", "'no arrears or debts' - FIN negated; long shifts and UC alone are not FIN (conv 5).")])
add("Z011-C-yellow", C, CF,
    "Family moved into a 4-bed HA house in Carrow Fields on 16 Feb, ending the TA placement. Adam's journey is now 10 mins and his EHCP annual review is booked for March. Samira is having weekly talking therapy sessions and says she feels more hopeful since the move.",
    ["EDU-SEND", "MH-ADULT"],
    [("historical", "HOUS", "TA ended with the move - historical."),
     ("convention", "MH-ADULT", "Ongoing talking therapy codes MH-ADULT (conv 4).")])

# ---------------------------------------------------------------- Z012
A, C = "2025-04-29", "2025-11-04"
add("Z012-A-orange", A, EB,
    "Reece (17) was stopped by police on 11 April in a flat on the Tallow estate with £600 cash and 14 wraps of crack cocaine. Police believe he is being used to run drugs for an older group and an NRM referral has been made; he has had a youth conditional caution and is now open to YOS. Reported missing 3 times since Feb, once found in Grayhaven.",
    ["SAFE-EXP", "CRIME"],
    [("convention", "SUB", "Drugs found on an exploited young person are SAFE-EXP and CRIME, not SUB (conv 12).")])
add("Z012-A-yellow", A, EB,
    "Reece dropped out of sixth form in Jan and is not in any education, training or work; says he wants money to help his mum. Donna (46) works zero-hours for a cleaning agency - some weeks 4 hrs, some 25 - and has council tax arrears of £1,800 that have gone to enforcement agents, who have visited twice and added £310 in fees. She uses the St Aldhelm's church food bank 'now and then'. Kayla (13) has well-controlled asthma and there are no concerns at school.",
    ["EDU-NEET", "FIN"],
    [("convention", "EDU-NEET", "Reece (17) NEET is EDU-NEET; FIN is coded separately for Donna's arrears, not for Reece (conv 11)."),
     ("convention", "PH", "Well-controlled asthma with no concerns in a YELLOW box is not a need or risk; 'now managing' only counts in blue/green boxes (conv 3), so PH not coded.")])
add("Z012-C-orange", C, EB,
    "Reece still working with his YOS worker, who is doing exploitation safety work with him as the group have tried to contact him again; the NRM came back with a positive reasonable grounds decision. No missing episodes since June. He started a construction traineeship in Sept, 4 days a week. Donna now gets council tax reduction and the arrears are on a £20 a month plan with the council, the enforcement fees having been taken off after a complaint.",
    ["CRIME", "SAFE-EXP", "FIN"],
    [("historical", "SAFE-EXP", "Missing episodes are historical, but SAFE-EXP is present through the ongoing exploitation work and renewed contact."),
     ("historical", "EDU-NEET", "Now on a traineeship - historical.")])

# ---------------------------------------------------------------- Z013 (note + closure)
A, C = "2025-10-21", "2026-02-17"
add("Z013-A-note", A, SA,
    "Email from Nadia's housing officer at Pellinore Housing. A possession order was granted on 14 Oct for rent arrears of £4,100. Nadia's (27) UC housing costs stopped in the spring after she didn't return a review form and she didn't realise the rent wasn't being paid until the court papers came. HA say they will apply for a warrant if she doesn't pay £150 a month on top of the rent. Nadia was tearful when I rang her but says she's OK and her sister is with her. Leo's school (Fenwick Lane) say he has come in the same unwashed uniform all week and is arriving hungry - asking for seconds at breakfast club and taking food from other children's lunchboxes.",
    ["HOUS", "FIN", "SAFE-NEG"],
    [("convention", "", "Unboxed note: a possession order is the highest cue = orange (conv 2)."),
     ("not-coded", "MH-ADULT", "Tearful on the phone but 'says she's OK' - no mental health need described."),
     ("convention", "SAFE-NEG", "Hungry child and unwashed uniform = SAFE-NEG; FIN separately for the arrears (conv 10).")],
    note_level="orange")
add("Z013-C-orange", C, SA,
    "Possession order suspended at a hearing in Nov on terms of the rent plus £25 a month. UC housing costs reinstated after MR and a DHP covered part of the arrers; £1,350 left and Nadia has kept to the terms every month. School report Leo is clean, in fresh uniform and hasn't been hungry since Dec.",
    ["HOUS", "FIN"],
    [("convention", "HOUS", "A suspended possession order is still in force - HOUS present."),
     ("historical", "SAFE-NEG", "Hunger and hygiene resolved since Dec - historical.")])

# ---------------------------------------------------------------- Z014
A, C = "2025-05-13", "2025-10-28"
add("Z014-A-yellow", A, QH,
    "Family of five living in one room (approx 14 sq m) in a shared house above a shop on Quayhithe High St. Six other adults share the kitchen and there's one bathroom for everyone. Lucas (8) and Sofia (5) sleep top and tail in a double bed, Ana (30) and Bruno (32) on a mattress on the floor and Miguel (4m) in a Moses basket. The council's private sector housing team have found the landlord has no HMO licence and are taking enforcement action against him. Family want somewhere bigger; EHW to support a housing register application and a rent deposit scheme referral.",
    ["HOUS"],
    [("outside", "CRIME", "The landlord's licensing offence is outside the household - not CRIME; its effect (overcrowded unlicensed HMO) is HOUS (conv 6).")])
add("Z014-A-green", A, QH,
    "Lucas's class teacher at St Bede's RC Primary says he falls asleep in afternoon lessons most days because the baby wakes everyone at night. Sofia (Yr 1) no concerns. Miguel had his 8-week check, feeding well. Bruno works full time as a chef and Ana is on maternity leave; they say money is fine and they have no debts.",
    ["PH"],
    [("convention", "PH", "Sleep problem in a school-age child = PH (conv 9)."),
     ("negated", "FIN", "'money is fine', no debts - FIN negated.")])
add("Z014-C-blue", C, QH,
    "Family found a 2-bed private flat in Ebbsmoor themselves and moved in Sept, paying the deposit from savings plus help from Bruno's cousin. Lucas isn't falling asleep in class any more. Closing.",
    [],
    [("historical", "HOUS", "Moved out of the one-room HMO - historical."),
     ("historical", "PH", "Sleep problem over.")])

# ---------------------------------------------------------------- Z015
A, C = "2025-06-17", "2025-12-09"
add("Z015-A-yellow", A, CF,
    "Sharon (52) has MS and uses a wheelchair outside the house. At her PIP review in March her daily living was cut from enhanced to standard and she lost the mobility component altogether, so her Motability car has to go back. MR refused and Carrow Advice Project have lodged an appeal. Household income has dropped by roughly £400 a month and she's now behind on the electricity (£310) and water (£280). Ellie (11) doing well in Yr 6.",
    ["PH", "FIN"],
    [("convention", "PH", "PH comes from the stated MS and wheelchair use, not from PIP (conv 5)."),
     ("convention", "FIN", "PIP is FIN here because a benefit problem and utility arrears are described (conv 5).")])
add("Z015-A-orange", A, CF,
    "Jordan (15) does most of the cooking, helps Sharon in and out of the shower and gets Ellie ready for school; known to the young carers service since 2024. His attendance at Cordwainer School is 79% and he was suspended for 2 days in May for swearing at a teacher who challenged him about vaping in the toilets. School say he's at risk of further suspensions.",
    ["CARER", "EDU-ATT", "EDU-EXC"],
    [("convention", "SUB", "Vaping is not SUB (conv 12).")])
add("Z015-C-yellow", C, CF,
    "Tribunal allowed Sharon's PIP appeal in Oct: enhanced rates on both components reinstated with backdating, which paid off the electricity and water arrears. Jordan still goes to the young carers service's fortnightly group and has had a young carer's needs assessment.",
    ["CARER"],
    [("historical", "FIN", "Appeal won and arrears paid off - historical."),
     ("convention", "PH", "PIP named but no health condition stated in this box: benefit names never imply PH (conv 5).")])
add("Z015-C-orange", C, CF,
    "Jordan's attendance is up to 89% this term but he's still under the attendance officer with weekly check-ins. No further suspensions since the summer.",
    ["EDU-ATT"],
    [("historical", "EDU-EXC", "'No further suspensions since the summer' - historical.")])

# ---------------------------------------------------------------- Z016
A, C = "2025-07-22", "2025-12-16"
add("Z016-A-yellow", A, QH,
    "Liam (27) moved in with Jade in June, so her single UC claim closed and they had to start a joint claim - five-week wait, first payment due 28 July. They took a £750 advance which will come off their payments. Liam is on a zero-hours contract at a distribution warehouse and got no shifts for 3 weeks in July. Jade has used the food bank twice and the Family Hub gave supermarket vouchers, but at the HV visit on 17 July the fridge and cupboards were almost empty and Harley (3) kept asking for food.",
    ["FIN", "SAFE-NEG"],
    [("convention", "SAFE-NEG", "Empty cupboards and a hungry child = SAFE-NEG, food bank = FIN; both coded (conv 10).")])
add("Z016-A-green", A, QH,
    "HV: Jade (24) scored 19 on the EPDS at Ivy's 6-week check and says she feels low and flat and doesn't feel close to Ivy. GP has started her on medication and referred to the perinatal mental health team. Harley's 2½ yr review was fine. Jade's mum lives on the estate and pops in every day. Jade and Liam both say there is no arguing or DA in the relationship.",
    ["MH-ADULT"],
    [("negated", "DA", "'no arguing or DA' - DA and REL-CONF negated."),
     ("not-coded", "EYD", "2½ yr review 'fine' - good news only.")])
add("Z016-C-green", C, QH,
    "Liam has had a 30 hr contract at the warehouse since Sept. The UC advance is still being deducted at £62 a month but they are budgeting around it and haven't needed the food bank since Sept. Jade is still seeing the perinatal team and her mood is improving.",
    ["FIN", "MH-ADULT"],
    [("convention", "FIN", "Ongoing advance repayments being budgeted for = money problem now managed, present in a green box (conv 3)."),
     ("historical", "FIN", "Food bank use ended in Sept - historical.")])

# ---------------------------------------------------------------- Z017 (note + closure)
A, C = "2025-08-19", "2026-03-10"
add("Z017-A-note", A, SA,
    "ICPC held 14 Aug - Callie (8), Mason (6) and Rosie (2) made subject to CP plans, category neglect. Home conditions very poor at the SW's visits: dog faeces on the floors, no working fridge, mattresses soaked in urine, children seen in dirty clothes. Family live in a 2-bed council flat; rent arrears are £5,600 and the council served a NOSP in June. Kerry (34) says she has 'a few cans' in the evening but neighbours report seeing her drunk on the stairwell in the day and the SW smelt alcohol at two visits; she has agreed to a referral to the drug and alcohol service.",
    ["SAFE-NEG", "FIN", "HOUS", "SUB"],
    [("convention", "", "Unboxed note: ICPC / CP plan is the highest cue = red (conv 2)."),
     ("partial", "SUB", "The neighbours report on Kerry (a household member), so SUB is the family's, not an outside mention.")],
    note_level="red")
add("Z017-C-red", C, SA,
    "Children stepped down from CP to CIN plans in Jan. Home conditions have been good at every unannounced visit since Nov. Kerry attends the drug and alcohol service weekly and her key worker confirms she's engaging. The NOSP is still live; arrears down to £3,900 through direct deductions from UC and a DHP, and the rent team have agreed not to go to court while she keeps paying.",
    ["SUB", "HOUS", "FIN"],
    [("historical", "SAFE-NEG", "Home conditions good since Nov - neglect described as over."),
     ("convention", "SUB", "Ongoing drug and alcohol service codes SUB (conv 4)."),
     ("hypothetical", "HOUS", "Court action is conditional, but the live NOSP keeps HOUS present.")])

# ---------------------------------------------------------------- Z018
A, C = "2025-09-16", "2026-02-24"
add("Z018-A-orange", A, QH,
    "Family placed in nightly-paid TA in Grayhaven in July after the s21 eviction from their private flat in Quayhithe. Chloe (15, Yr 11) travels 1hr 45 each way to Cordwainer School and her attendance since Sept is 74%. She has cut her arms twice this month; DSL made a CAMHS referral and she was seen by the crisis team at A&E on 9 Sept.",
    ["HOUS", "EDU-ATT", "MH-CHILD"], [])
add("Z018-A-yellow", A, QH,
    "Precious (41) gave up her job at a nursery in Quayhithe in Aug because she couldn't get Nathan (10) to his new school in Grayhaven and be at work by 8. Now on UC but the first payment was delayed 6 weeks by ID checks; she owes £1,100 on a credit card and £240 on her phone contract and has had fuel vouchers from the EHW. Nathan has settled well at his new primary.",
    ["FIN"],
    [("not-coded", "EDU-ATT", "Nathan settled at new school - good news only.")])
add("Z018-C-orange", C, QH,
    "Still in the Grayhaven TA, main housing duty accepted. Chloe's CAMHS care coordinator sees her weekly and she hasn't self-harmed since Nov. She's on a part-time timetable (mornings only) to manage the travel and her anxiety and sat her mocks in Jan. Precious is back at work part-time and the credit card is in a DMP.",
    ["HOUS", "MH-CHILD", "EDU-ATT", "FIN"],
    [("historical", "MH-CHILD", "Self-harm historical, but CAMHS involvement and anxiety keep MH-CHILD present (conv 4)."),
     ("convention", "EDU-ATT", "Part-time timetable = EDU-ATT.")])

# ---------------------------------------------------------------- Z019
A, C = "2025-10-07", "2025-11-18"
add("Z019-A-blue", A, CF,
    "Referral from school after Deniz (10) told his teacher they were 'getting kicked out'. Elif (36) explained the landlord served a s21 in Aug because he's selling the flat. They've already found a 3-bed private rental two streets away themselves and move on 1 Nov; deposit paid from savings. No rent arrears, no debts.",
    ["HOUS"],
    [("convention", "HOUS", "A current s21 that the family is sorting out itself = now managing in a blue box (conv 3)."),
     ("negated", "FIN", "No rent arrears, no debts.")])
add("Z019-A-green", A, CF,
    "Deniz and Aylin (7) attend Fenwick Lane Primary, attendance 98% and 99%. School have no concerns about their wellbeing - Deniz's comment was passed on as a precaution. No health issues.",
    [],
    [("negated", "MH-CHILD", "No concerns about wellbeing; no health issues."),
     ("not-coded", "EDU-ATT", "Good attendance - pure good news.")])
add("Z019-C-blue", C, CF,
    "Family moved into the new flat on 1 Nov as planned, children staying at Fenwick Lane. No needs identified - closing.",
    [],
    [("historical", "HOUS", "Move completed - no current housing issue.")])

# ---------------------------------------------------------------- Z020
A, C = "2025-06-03", "2025-11-11"
add("Z020-A-yellow", A, EB,
    "Dan (45) has been off work with stress since Feb and is now signed off by the GP with depression, on sertraline; his sick pay runs out in Aug. Michelle (43) works part-time in a pharmacy. They are 3 months behind on the mortgage (£3,900) and £960 behind on council tax. The lender's letter says it will consider legal action if no arrangement is agreed within 28 days - EHW to help Michelle ring them this week. The couple say they're arguing much more since Dan went off sick, though both say it's never physical or threatening and there's no DA.",
    ["MH-ADULT", "FIN", "REL-CONF"],
    [("hypothetical", "HOUS", "Lender 'will consider legal action if...' - repossession risk is conditional only; no possession notice, HOUS not coded."),
     ("negated", "DA", "'never physical or threatening', 'no DA' - arguments are REL-CONF (conv 8).")])
add("Z020-A-orange", A, EB,
    "Ben (14) was arrested in April for criminal damage at the bus station with two friends and is released under investigation. Michelle's mum, who lives alone in Quayhithe, has been served with a possession notice on her flat and may have to move in with them.",
    ["CRIME"],
    [("outside", "HOUS", "The possession notice is on the grandmother's own flat - outside the household (conv 6); moving in is hypothetical."),
     ("outside", "CRIME", "The friends are outside the household; CRIME is coded for Ben's own arrest.")])
add("Z020-C-yellow", C, EB,
    "Lender agreed an arrangement of an extra £200 a month on top of the mortgage payment and the council tax arrears were cleared with a hardship award. Dan went back to work full time in Oct and has come off the sertraline with his GP's agreement. Ben got a community resolution and is on the YOS Turnaround programme for 3 months.",
    ["FIN", "CRIME"],
    [("historical", "MH-ADULT", "Back at work, off medication - historical."),
     ("convention", "FIN", "Mortgage arrears arrangement still being paid = FIN present."),
     ("convention", "CRIME", "Ongoing YOS programme codes CRIME (conv 7).")])

# ---------------------------------------------------------------- Z021 (note + closure)
A, C = "2025-11-04", "2026-03-17"
add("Z021-A-note", A, QH,
    "Call from the SENCo at Marchbank Academy about Kofi (12), who has an EHCP for dyslexia and a speech and language disorder. Mum Abena (38) and her 3 children rent a 2-bed private flat with severe damp - black mould in the children's bedroom and water running down the windows. Kofi has been absent 18 days this term with chest infections and the GP has written to the landlord about the damp. The school nurse has reviewed Kofi's asthma plan with him. SENCo will raise the absence at the next EHCP review.",
    ["EDU-SEND", "HOUS", "EDU-ATT", "PH"],
    [("convention", "", "Unboxed note: only universal services (SENCo, GP, school nurse) = green (conv 2).")],
    note_level="green")
add("Z021-C-green", C, QH,
    "Landlord treated the damp and replaced the bedroom windows in Jan and the flat is now dry. Kofi's attendance this half term 96%. EHCP annual review held in Feb, provision unchanged.",
    ["EDU-SEND"],
    [("historical", "HOUS", "Damp treated, flat dry - historical."),
     ("convention", "EDU-SEND", "Ongoing EHCP = EDU-SEND (conv 4).")])

# ---------------------------------------------------------------- Z022
A, C = "2025-07-15", "2026-01-27"
add("Z022-A-orange", A, SA,
    "Family granted refugee status on 20 June and got a notice to quit their Home Office hotel room, move-on period ending 17 Aug. Homeless application made, prevention duty accepted; Housing Options say they'll likely be placed in TA and it could be out of borough. Naod (9) attends St Wilfrid's CE Primary and attends well. Liya (4) has never been to nursery and has no school place for Sept as no application was made.",
    ["HOUS", "EYD"],
    [("convention", "EYD", "Under-5 with no nursery and no school place = nursery take-up / school readiness (EYD)."),
     ("not-coded", "EDU-ATT", "Naod 'attends well' - good news.")])
add("Z022-A-yellow", A, SA,
    "Tesfaye (37) claimed UC the day status was granted but the first payment isn't until mid Aug and asylum support stops when the notice ends, so there'll be a gap with no income at all. EHW arranged food parcels and a crisis payment from the Local Welfare Assistance scheme. Tesfaye was an accountant before he fled and wants to work - referred to the employment support programme. Selam (33) has nightmares and flashbacks from the journey and the GP has referred her to the refugee trauma service.",
    ["FIN", "MH-ADULT"], [])
add("Z022-C-yellow", C, SA,
    "Family moved into self-contained TA in St Aldric's in Sept and are on the housing register. Tesfaye works 20 hrs a week in a warehouse alongside an AAT course. Liya started Reception in Sept after an in-year application. Selam has done 8 of her 12 sessions at the trauma service.",
    ["HOUS", "MH-ADULT"],
    [("not-coded", "FIN", "Working part-time while studying - no money problem described (conv 5)."),
     ("historical", "EYD", "Liya now in Reception - resolved.")])

# ---------------------------------------------------------------- Z023
A, C = "2025-09-23", "2026-02-03"
add("Z023-A-blue", A, CF,
    "Rosa (35) asked at the school coffee morning about the Household Support Fund. She's up to date with rent and bills and has no debts, but is worried that if her hours at the café get cut over winter she might not manage the gas. Given HSF info and the food hub's opening times in case she needs them.",
    [],
    [("negated", "FIN", "Up to date, no debts - negated."),
     ("hypothetical", "FIN", "'if her hours ... get cut' and 'in case she needs them' - hypothetical only.")])
add("Z023-A-yellow", A, CF,
    "Rosa has asked for help with Mateo (12) at home: he refuses to come off his phone, stays out past 10pm without saying where he is and swears at her when she tries to set limits. EHW to do a parenting programme with Rosa. Mateo has just started Yr 7 at Cordwainer and the SENCo has begun a dyslexia assessment after concerns passed up from primary. They live in a 2-bed council flat; the tennancy is secure with no arrears, and Mateo and Valentina (9) share a room, which Rosa says works for now.",
    ["REL-PAR", "EDU-SEND"],
    [("negated", "HOUS", "Secure tenancy, no arrears, room sharing 'works for now' - HOUS and FIN not coded."),
     ("not-coded", "SAFE-EXP", "Staying out late without missing reports or exploitation indicators is a boundaries issue (REL-PAR), not SAFE-EXP.")])
add("Z023-C-blue", C, CF,
    "Rosa's hours were cut in Dec; she applied to the HSF herself and got £150 towards energy and is keeping on top of the bills. Parenting programme finished in Dec and she says no problems at home since - Mateo is in by the time agreed. Dyslexia confirmed and Mateo has an SEN support plan at school.",
    ["FIN", "EDU-SEND"],
    [("convention", "FIN", "Reduced hours with an HSF energy award, now managing = present in a blue box (conv 3)."),
     ("historical", "REL-PAR", "'no problems at home since' - historical.")])

# ---------------------------------------------------------------- Z024
A, C = "2025-10-14", "2026-03-24"
add("Z024-A-orange", A, EB,
    "On 3 Oct the landlord changed the locks on the family's private flat while Joanne (39) was at work - no notice, no court order - and left their belongings bagged in the communal hall. Police attended but said it was a civil matter. The council's tenancy relations officer has written to the landlord warning of prosecution for illegal eviction. Joanne, Kyle (16), Summer (12) and Bailey (6) are staying in Joanne's sister's 2-bed flat - 7 people in total - and a homeless application has been made. Joanne works full-time as a care coordinator, there were no rent arrears and she has no debts.",
    ["HOUS"],
    [("outside", "CRIME", "Illegal eviction is the landlord's offence - not CRIME; effect on family is HOUS (conv 6). Police attendance was not about a household member."),
     ("negated", "FIN", "No rent arrears, no debts.")])
add("Z024-A-yellow", A, EB,
    "Kyle (16) left college at the start of Sept and isn't in education, work or training; says he'll start working for his uncle. Summer (12) is very upset about losing her home - she's been crying in lessons and school have put her with their learning mentor. She says she can't sleep on her aunt's sofa and is exhausted. Bailey (6) has been late every day because his aunt's flat is 50 mins from school.",
    ["EDU-NEET", "MH-CHILD", "PH", "EDU-ATT"],
    [("convention", "PH", "Sleep problem at school age (Summer, 12) = PH (conv 9)."),
     ("hypothetical", "EDU-NEET", "Working for his uncle is only a plan; currently NEET.")])
add("Z024-C-orange", C, EB,
    "Family in TA (3-bed house in Carrow Fields) since Nov; Summer and Bailey have stayed at their schools and Bailey's lateness has stopped. The landlord is being prosecuted for the illegal eviction, hearing in April. Kyle never started with his uncle and is still NEET; he has missed 2 appts with the youth hub adviser.",
    ["HOUS", "EDU-NEET"],
    [("historical", "EDU-ATT", "Lateness 'has stopped' - historical."),
     ("outside", "CRIME", "Landlord's prosecution - outside household.")])

# ---------------------------------------------------------------- Z025
A, C = "2025-05-20", "2025-10-21"
add("Z025-A-yellow", A, QH,
    "Marcia (63) is kinship carer for her grandchildren Tyler (11) and Jada (8) under an SGO since 2022. Her SGO allowance was reassessed in April and cut by £60 a week and she is now £780 behind on the rent for her 2-bed HA flat and has a final demand from the water company. Tyler and Jada share the second bedroom, which isn't working now Tyler is 11 and neither of them gets any privacy. Marcia has type 2 diabetes and arthritis in her knees.",
    ["FIN", "HOUS", "PH"],
    [("convention", "CARER", "'Kinship carer' is an adult carer, not a young carer - CARER not coded (conv 12)."),
     ("convention", "HOUS", "Opposite-sex siblings aged 11 and 8 sharing a room, described as not working = overcrowding.")])
add("Z025-A-orange", A, QH,
    "Tyler has had 2 suspensions this yr for fighting at Hartwell Academy and school say he is at risk of permanent exclusion; a managed move is being discussed. Tyler's dad (Marcia's son) is in prison and due out in July - he wants to come and live with them but Marcia has told him he can't.",
    ["EDU-EXC"],
    [("outside", "CRIME", "Father in prison lives outside the household - not CRIME (conv 6); moving in refused/hypothetical.")])
add("Z025-C-orange", C, QH,
    "Tyler started a 12-week managed move to Brookmill School in Sept and it's going well so far. Marcia appealed the SGO allowance decision and won; the backpay cleared the rent arrears and the water bill. She has applied for a housing transfer to a 3-bed and is in band C.",
    ["EDU-EXC", "HOUS"],
    [("convention", "EDU-EXC", "Managed move in progress = EDU-EXC present."),
     ("historical", "FIN", "Arrears and water bill cleared - historical.")])

# ---------------------------------------------------------------- Z026 (note + closure)
A, C = "2025-08-26", "2026-01-13"
add("Z026-A-note", A, CF,
    "Home visit with Aisha (29) and Omar (31). Omar's private hire licence lapsed in May because he couldn't afford the renewal and medical, and he hasn't worked since. He was sanctioned on UC in July for missing a work search review. Debts: £3,200 of PCNs from last year now with enforcement agents, gas and electric arrears of about £900 and £700 council tax. Safa (3) has a funded place at Larkspur Nursery but only goes once or twice a week as they can't always afford the bus. Ibrahim (6) doing well at school. EHW made a referral to Carrow Advice Project for a debt caseworker and will help Omar ask for the sanction to be reconsidered.",
    ["FIN", "EYD"],
    [("convention", "", "Unboxed note: EH worker plus one extra service (advice project) = yellow (conv 2)."),
     ("convention", "EYD", "Poor nursery take-up for a 3-year-old = EYD, alongside FIN for the cause.")],
    note_level="yellow")
add("Z026-C-blue", C, CF,
    "Omar's licence was renewed in Oct and he's back driving. The PCN debt is on a £50 a month arrangement with the enforcement company and the energy arrears are on a plan; the council tax was cleared with the HSF. Safa now goes to nursery every morning since it moved into the children's centre round the corner.",
    ["FIN"],
    [("convention", "FIN", "Debts on repayment arrangements = now managing (conv 3)."),
     ("not-coded", "EYD", "Full nursery take-up - good news only.")])

# ---------------------------------------------------------------- Z027
A, C = "2025-09-30", "2026-02-17"
add("Z027-A-orange", A, EB,
    "Neighbours in the flat above are dealing drugs and police have raided it twice since July; people knock on Kirsty's door at night asking for 'Jay'. She has applied for a management transfer on ASB grounds and her housing officer is supporting it. Logan (13) has been hanging round with the older lads from upstairs; on 14 Sept police found him with them in the stairwell at 1am and brought him home. School have flagged they're worried he's being groomed by the group.",
    ["HOUS", "SAFE-EXP"],
    [("outside", "CRIME", "Drug dealing and ASB are by neighbours - outside the household (conv 6)."),
     ("convention", "CRIME", "Police bringing Logan home is safeguarding, not CRIME (conv 7)."),
     ("outside", "SUB", "Neighbours' drug dealing - not SUB.")])
add("Z027-A-yellow", A, EB,
    "Kirsty (37) left an abusive relationship with Isla's dad in 2018; he lives abroad and there's been no contact since. She did the Freedom Programme in 2019. No current DA concerns. Kirsty is on ESA; money is tight but she budgets carefully and has no arrears or debts.",
    [],
    [("historical", "DA", "DA ended in 2018, Freedom Programme completed in 2019 - historical, not an ongoing service (conv 4)."),
     ("negated", "FIN", "No arrears or debts; ESA named alone is not FIN (conv 5); 'tight but budgets carefully' is not a described money problem.")])
add("Z027-C-green", C, EB,
    "Management transfer approved and the family moved to a 3-bed in St Aldric's in Jan; Logan has had no contact with the group since and no police involvement. Isla (10) still wets the bed most nights - she's under the GP enuresis clinic and has started using an alarm.",
    ["PH"],
    [("historical", "HOUS", "Transfer completed - historical."),
     ("historical", "SAFE-EXP", "No contact with the group since the move - historical."),
     ("convention", "PH", "Bedwetting at 10 = PH (conv 9).")])

# ---------------------------------------------------------------- Z028
A, C = "2025-11-11", "2026-03-17"
add("Z028-A-green", A, SA,
    "Dami (32) works as a bank healthcare assistant on a zero-hours contract and picks up 3-4 shifts a week; Femi (34) is a full-time bus driver. They own their 3-bed house and say income is steady and they have some savings. Twins (7): Toyin's teacher is worried about her reading and the SENCo has put her on SEN support with a phonics intervention. Taiwo no concerns.",
    ["EDU-SEND"],
    [("convention", "FIN", "Zero-hours/shift work with steady income and savings is not FIN (conv 5)."),
     ("negated", "HOUS", "Owner-occupiers, no housing issue stated.")])
add("Z028-A-yellow", A, SA,
    "Ola (15) has more or less stopped going to school since half term - attendance 52% this half term. She tells the EHW she feels anxious around people since falling out with her friendship group, who have been sharing edited photos of her on Snapchat and calling her names in the group chat. GP has referred to CAMHS.",
    ["EDU-ATT", "MH-CHILD", "SAFE-EXP"],
    [("outside", "SAFE-EXP", "The girls are outside the household, but online bullying of Ola is her need (SAFE-EXP) per the taxonomy's peer-bullying rule.")])
add("Z028-C-yellow", C, SA,
    "Ola is on a reduced timetable of 3 days a week with a phased return plan. CAMHS assessment done in Feb and she's on the waiting list for CBT. The photos were taken down after school spoke to the other girls' parents and Ola says the online stuff has stopped.",
    ["EDU-ATT", "MH-CHILD"],
    [("historical", "SAFE-EXP", "Online bullying 'has stopped' - historical.")])

# ---------------------------------------------------------------- Z029 (note + closure)
A, C = "2025-12-02", "2026-03-03"
add("Z029-A-note", A, QH,
    "HV new birth visit. Blessing (22) and Zion (5 wks) live in a private rented studio. Black mould on the window frames and on the ceiling in the corner where the cot is. Zion has a snuffly cough; advised to move the cot away from the wall and see the GP if the cough gets worse. Blessing says money is OK - she gets UC and child benefit and her mum helps out. She plans to contact the council's private housing team if the landlord doesn't deal with the mould.",
    ["HOUS", "PH"],
    [("convention", "", "Unboxed note: HV/GP only = green (conv 2)."),
     ("negated", "FIN", "'money is OK'; UC and child benefit named alone are not FIN (conv 5)."),
     ("hypothetical", "PH", "GP visit is conditional, but the cough itself is a present physical health issue.")],
    note_level="green")
add("Z029-C-green", C, QH,
    "Landlord replaced the window and treated the mould in Jan; HV says the studio is now dry. Zion's 8-week check done, gaining weight well, cough cleared.",
    [],
    [("historical", "HOUS", "Mould treated - historical."),
     ("historical", "PH", "Cough cleared - historical.")])

# ---------------------------------------------------------------- Z030
A, C = "2025-08-12", "2026-01-20"
add("Z030-A-yellow", A, CF,
    "Three generations in a 3-bed council maisonette: Priya (40), Raj (44), Anjali (13), Dev (9) and Priya's mum (78), who moved in last year as her dementia got worse. Nani has Anjali's room and Anjali now sleeps on a mattress in her parents' room. Anjali sits with her nani after school until Priya gets in from work at 6 - helps her to the toilet, makes her tea and stops her going out the front door.",
    ["HOUS", "CARER", "PH"],
    [("partial", "PH", "Grandmother lives in the household, so her dementia is PH for the family."),
     ("convention", "HOUS", "A child sleeping on a mattress in the parents' room because of lack of bedrooms = overcrowding.")])
add("Z030-A-green", A, CF,
    "Anjali's attendance has dropped to 88% and she has been late 12 times this term; school say she looks tired and is behind with homework. Dev (9) no concerns. Raj works night shifts as a security guard and Priya gets Carer's Allowance for her mum; they say they manage financially.",
    ["EDU-ATT"],
    [("convention", "CARER", "Carer's Allowance is the mother's benefit and never implies CARER by itself (conv 5)."),
     ("convention", "FIN", "Night shifts and Carer's Allowance with no money problem - not FIN (conv 5).")])
add("Z030-C-yellow", C, CF,
    "Nani's dementia has progressed; she now goes to a day centre 3 days a week through adult social care and carers come in every evening. Anjali has been registered with the young carers service and goes to their Thursday club. Housing transfer application made for a 4-bed; awarded band B for overcrowding.",
    ["PH", "CARER", "HOUS"],
    [("convention", "CARER", "'Carers come in' are paid adult carers - not CARER; CARER comes from Anjali and the young carers service (conv 12).")])

# ---------------------------------------------------------------- Z031 (note + closure)
A, C = "2025-10-28", "2026-03-24"
add("Z031-A-note", A, EB,
    "CIN meeting today, s17 child in need plan agreed for Mikey (14). He has been reported missing 4 times since Aug and the last time police found him in Grayhaven with older males; there are concerns about criminal exploitation. Stacey (38), Mikey and Harper (6) have been in TA in Ebbsmoor since the council evicted them for rent arrears in 2024. Stacey still owes £6,000 in former tenant arrears, which is stopping her from joining the housing register. She says she's been drinking more since the eviction; GP has referred her to the alcohol service.",
    ["SAFE-EXP", "HOUS", "FIN", "SUB"],
    [("convention", "", "Unboxed note: s17 CIN plan is the highest cue = red (conv 2)."),
     ("convention", "CRIME", "Police finding a missing child is safeguarding, not CRIME (conv 7)."),
     ("historical", "HOUS", "The 2024 eviction is historical but current TA keeps HOUS present.")],
    note_level="red")
add("Z031-C-orange", C, EB,
    "Stepped down from CIN to early help in Feb - no missing episodes since Dec. Stacey is attending the alcohol service and says she has cut right down. Family still in TA; the housing register block was lifted after she agreed to pay £10 a week towards the former tenant arrears. Harper (6) was referred by school for an ADHD assessment in Jan and is now on the pathway.",
    ["SUB", "HOUS", "FIN", "EDU-SEND"],
    [("historical", "SAFE-EXP", "No missing episodes since Dec - historical."),
     ("convention", "EDU-SEND", "On the ADHD pathway = EDU-SEND (conv 4).")])

# ---------------------------------------------------------------- Z032
A, C = "2025-04-15", "2025-09-30"
add("Z032-A-orange", A, SA,
    "Hawa's (36) UC is hit by the benefit cap, leaving a shortfall of about £380 a month on the rent for their 3-bed HA house. Arrears £2,900 and Ashgrove HA served a NOSP in March. DHP application gone in. Six people in a 3-bed: Mariama, Fatou (10) and Aminata (4) share one room, Lamin (14) and Musa (7) the other.",
    ["FIN", "HOUS"], [])
add("Z032-A-yellow", A, SA,
    "Mariama (16) started college in Sept but dropped out in Nov and is now NEET. Hawa works evening shifts as an office cleaner so Mariama does the school run for Musa and Aminata, cooks tea most nights and puts the little ones to bed. She says she wants to go back to college next yr.",
    ["EDU-NEET", "CARER"],
    [("convention", "CARER", "A 16-year-old regularly caring for younger siblings while the parent works (school run, meals, bedtimes) is treated as a young carer."),
     ("convention", "FIN", "Evening shift work is not FIN (conv 5); NEET alone is EDU-NEET only (conv 11)."),
     ("hypothetical", "EDU-NEET", "Going back to college next year is a plan; currently NEET.")])
add("Z032-C-orange", C, SA,
    "Hawa increased her hours to 20 a week so she is no longer benefit capped. A DHP of £1,800 brought the arrears down to £1,100 and Ashgrove have agreed not to take the NOSP to court while she pays £15 a week extra. Mariama started an admin apprenticeship with the council in Sept.",
    ["FIN", "HOUS"],
    [("historical", "EDU-NEET", "Now in an apprenticeship - historical."),
     ("convention", "HOUS", "The NOSP still stands (court held off conditionally) - HOUS present, as in Z017-C-red.")])

# ---------------------------------------------------------------- Z033
A, C = "2025-10-21", "2026-03-10"
add("Z033-A-orange", A, QH,
    "Noah (8) has cerebral palsy and uses a wheelchair. The family live in a 2nd floor private rented flat with no lift, so Leah (31) carries him up and down the stairs and leaves the chair in the communal hall. OT has assessed the flat as unsuitable and the family have been given band A on medical grounds and are bidding for accessible properties. Leah has hurt her back and is having physio through the GP.",
    ["PH", "HOUS"],
    [("convention", "HOUS", "Housing assessed as unsuitable for a disabled child, with medical priority for a move = current housing need.")])
add("Z033-A-yellow", A, QH,
    "Noah has an EHCP and a 1:1 at Pellow Road Primary. Leah gets DLA for Noah and Carer's Allowance, but money has been tight since Noah's dad stopped paying child maintenance in Aug: she is £540 behind on the energy bill and took a payday loan to buy school uniform. Ava (5) likes to help push Noah's chair to school but Leah says she doesn't do any caring for him.",
    ["EDU-SEND", "FIN"],
    [("outside", "FIN", "The ex-partner's non-payment is outside the household; its effect (energy arrears, payday loan) is FIN (conv 6)."),
     ("negated", "CARER", "'doesn't do any caring for him' - CARER negated; DLA/Carer's Allowance never imply CARER (conv 5)."),
     ("convention", "PH", "DLA alone does not imply PH (conv 5); no condition named in this box.")])
add("Z033-C-orange", C, QH,
    "Still no suitable ground floor or lift property offered; family remain in the 2nd floor flat. Leah's back has recovered. Energy arrears on a £20 a month plan and the payday loan was paid off in Dec; the Child Maintenance Service is now collecting from Noah's dad.",
    ["HOUS", "FIN"],
    [("historical", "PH", "Leah's back 'has recovered'; Noah's condition is not mentioned in this box."),
     ("partial", "FIN", "Payday loan paid off (historical) but energy arrears still on a plan - present.")])


# ================================================================ output
LEVELS = ["blue", "green", "yellow", "orange", "red"]


def split(nid):
    case, stage, box = nid.split("-")
    return case, case + "-" + stage, {"A": "assessment", "C": "closure"}[stage], box


def main():
    seen = set()
    nrows, grows, traps = [], [], OrderedDict()
    for n in N:
        nid = n["nid"]
        assert nid not in seen, nid
        seen.add(nid)
        case, triage, stage, box = split(nid)
        level = "" if box == "note" else box
        if box == "note":
            assert n["note_level"] in LEVELS, nid
            glevel = n["note_level"]
        else:
            assert box in LEVELS and n["note_level"] is None, nid
            glevel = box
        assert len(set(n["codes"])) == len(n["codes"]), nid
        nrows.append([nid, triage, case, stage, n["date"], level, n["loc"], n["text"]])
        for c in n["codes"]:
            grows.append([nid, c, glevel])
        if n["traps"]:
            traps[nid] = [dict(type=t, code=c, note=x) for t, c, x in n["traps"]]
    with open(os.path.join(HERE, "narratives.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"])
        w.writerows(nrows)
    with open(os.path.join(HERE, "gold.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "code", "level"])
        w.writerows(grows)
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8") as f:
        json.dump(traps, f, ensure_ascii=False, indent=1)
        f.write("\n")
    cases = {r[2] for r in nrows}
    triages = {r[1] for r in nrows}
    print("narratives:", len(nrows), "| cases:", len(cases), "| triages:", len(triages),
          "| unboxed notes:", sum(1 for r in nrows if not r[5]),
          "| no-code narratives:", sum(1 for n in N if not n["codes"]))
    print("gold rows:", len(grows))
    cc = Counter(r[1] for r in grows)
    print("codes:", ", ".join("%s %d" % (k, cc[k]) for k in sorted(cc)))
    lc = Counter(r[2] for r in grows)
    print("levels:", ", ".join("%s %d" % (k, lc[k]) for k in LEVELS))
    print("trap entries:", sum(len(v) for v in traps.values()), "in", len(traps), "narratives")
    print("localities:", dict(Counter(r[6] for r in nrows)))


if __name__ == "__main__":
    main()
