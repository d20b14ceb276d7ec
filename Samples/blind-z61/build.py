#!/usr/bin/env python3
"""Hand-written blind gold set: Midlands county early help triage export, 2025-26.
Every narrative, its gold codes and trap notes are written by hand below."""
import csv, json, collections

LOC = {"AV": "Ashbury Vale", "KB": "Kettlebrook", "ST": "Stennington", "HC": "Holloway Cross"}

# (case, stage, date, locality, [(box level, narrative, [codes], [trap notes])])
CASES = [
 ("MC01", "A", "2025-04-07", "AV", [
  ("yellow", "Leanne says she has felt flat and tearful since the baby came in January. GP started her on sertraline 3 weeks ago. FSW to visit weekly. She denies any thoughts of harming herself.", ["MH-ADULT"], ["negated: self-harm thoughts denied"]),
  ("orange", "Section 21 served by landlord in March, family to leave by 30 June. Rent arrears £1,250 after the UC housing element was stopped in error. Housing options officer attending the TAF and a multi-agency plan agreed.", ["HOUS", "FIN"], []),
 ]),
 ("MC01", "C", "2025-09-15", "AV", [
  ("blue", "Leanne is still taking her tablets and says her mood is much better. She walks with a mums' group from church every Tuesday.", ["MH-ADULT"], ["blue managing counts"]),
  ("green", "Maisie (2y 9m) now has lots of words and is starting to put two together, nursery keyworker carrying on with the language games. The family moved into a housing association flat in July, so no housing worries now.", ["EYD"], ["need now met: housing"]),
 ]),
 ("MC02", "A", "2025-10-06", "ST", [
  ("yellow", "Kai (14) - attendance 71% at Brindley Park Academy, mostly Mondays and Fridays missed. On a reduced timetable since Sept half term. School asked about bullying, Kai says nobody is picking on him and staff have seen nothing.", ["EDU-ATT"], ["negated: bullying"]),
  ("orange", "Two suspensions this term for fighting, one for swearing at a teacher. Police brought Kai home at 1am on 3/10 after he was found with older lads at the retail park carrying £200 cash and two phones he could not explain. CCE screening done and referred to exploitation hub. He was also arrested in September for criminal damage to a bus shelter and YOS are doing an out of court disposal.", ["EDU-EXC", "SAFE-EXP", "CRIME"], ["police bringing him home is safeguarding; CRIME comes from the arrest/YOS"]),
 ]),
 ("MC02", "C", "2026-03-02", "ST", [
  ("yellow", "Kai moved to Castlegate School on a managed move in January. Attendance there is 88%, better but still under 90%.", ["EDU-EXC", "EDU-ATT"], []),
  ("orange", "Referral order with YOS runs until May 2026. No missing episodes since November and the exploitation hub have closed their involvement.", ["CRIME"], ["historical: exploitation/missing over"]),
 ]),
 ("MC03", "A", "2025-05-12", "HC", [
  ("green", "Mum (Nicola) has MS and uses a wheelchair when out; neurologist sees her every 6 months. Gets PIP. Should the MS get worse they might need an adapted property, but no housing issues at present.", ["PH"], ["benefit name alone", "hypothetical: housing", "negated: housing"]),
  ("yellow", "Ellie (11) does most of the cooking and helps Mum with her evening medication. Ellie is often tired in class and has been late 14 times this half term. Referral to Shire Young Carers made.", ["CARER", "EDU-ATT"], ["look-alike: medication is Mum's, not SUB"]),
 ]),
 ("MC03", "C", "2025-11-03", "HC", [
  ("blue", "Ellie goes to the young carers club on Thursdays and has made friends there. Nicola's sister now does the evening meal three nights a week so Ellie has less to do.", ["CARER"], ["blue managing counts"]),
 ]),
 ("MC04", "A", "2025-08-26", "KB", [
  ("orange", "Shannon disclosed partner Dean checks her phone, controls all the money and stops her seeing friends. Police called x2 in August after he punched the bedroom door in. DASH 16 - referred to MARAC 2/9, IDVA allocated.", ["DA"], ["police call-outs for DA are DA only, not CRIME"]),
  ("red", "Strategy meeting 22/08 following Lily (4) telling nursery staff that Daddy hurt Mummy. s47 completed, ICPC held and Lily made subject of a CP plan under emotional abuse.", ["DA"], []),
 ]),
 ("MC04", "C", "2026-02-09", "KB", [
  ("blue", "Shannon keeps her safety plan on the fridge and her sister comes round whenever Dean collects Lily for supervised contact at the family centre.", ["DA"], ["blue managing counts"]),
  ("orange", "Dean moved out in October. Non-molestation order in place until August 2026. Shannon has finished the Freedom Programme and knows to call 999 if he turns up.", ["DA"], ["hypothetical clause, but order current"]),
 ]),
 ("MC05", "A", "2025-12-01", "ST", [
  ("yellow", "Tyler is 17. Left college in November two months into a bricklaying course and has had no work or training since. Youth worker helping with his CV. He says he does not drink and has never used cannabis. Mum has said that if he is not doing something by the spring he may have to find somewhere else to live.", ["EDU-NEET"], ["negated: alcohol, cannabis", "hypothetical: housing"]),
  ("green", "Mum works full time at the distribution centre. Tyler has asthma and has missed his last two asthma reviews at the surgery.", ["PH"], ["full-time work is not FIN"]),
 ]),
 ("MC05", "C", "2026-03-23", "ST", [
  ("blue", "Tyler started an apprenticeship with a roofing firm in March and says he is enjoying it. He has booked his own asthma review for next week.", ["PH"], ["need now met: NEET"]),
 ]),
 ("MC06", "A", "2025-06-16", "HC", [
  ("red", "S47 following school nurse finding Jordan (7) with untreated head lice and a dental abscess. On the unannounced visit there was dog mess on the floors and no food in the cupboards. Dad (Craig) admits he drinks about a litre of vodka a day.", ["SAFE-NEG", "PH", "SUB"], []),
  ("orange", "Craig was arrested in June for shoplifting from the Co-op and is now on a community order supervised by probation.", ["CRIME"], []),
  ("yellow", "Jordan's attendance 79%. He comes in hungry most mornings so school have put him in breakfast club.", ["EDU-ATT", "SAFE-NEG"], []),
 ]),
 ("MC06", "C", "2026-01-19", "HC", [
  ("orange", "Craig open to Aspire drug and alcohol service, on a community detox and testing clear of alcohol since November. Probation order ends April 2026.", ["SUB", "CRIME"], []),
  ("yellow", "Home conditions have been good at every visit since October - food in the fridge, clean bedding, dog mess cleared. Jordan's dental treatment was finished in December.", [], ["need now met: neglect, dental"]),
 ]),
 ("MC07", "A", "2025-09-22", "AV", [
  ("green", "SENCO at St Wystan's Primary has put Oscar (6) on SEN support for speech and language; he sees the school SALT fortnightly.", ["EDU-SEND"], ["school-age speech is EDU-SEND not EYD"]),
  ("yellow", "Oscar has meltdowns most evenings, hitting his little sister and refusing bed until 11pm. Mum (Priya) booked onto the Cygnet parenting course. Paediatrician referral made for ASD assessment.", ["REL-PAR", "EDU-SEND"], []),
 ]),
 ("MC07", "C", "2026-02-23", "AV", [
  ("green", "Oscar now on the ASD pathway, wait roughly 18 months. Request for an EHC needs assessment was turned down in January; school continuing SEN support.", ["EDU-SEND"], []),
 ]),
 ("MC08", "A", "2025-07-14", "KB", [
  ("green", "HV contact: Ava 5/12, gaining weight well. Mum Jess (19) asking about weaning, given leaflet and invited to the weaning session at Kettlebrook family hub.", ["EYD"], []),
  ("yellow", "Jess and Ava share the box room at maternal gran's - 3 adults, 2 children in a 2 bed. On the housing register, band C.", ["HOUS"], []),
  ("blue", "Jess says she is not feeling low, EPDS 3. Her mum and friends are close by and help out.", [], ["negated: maternal mood"]),
 ]),
 ("MC08", "C", "2026-01-12", "KB", [
  ("yellow", "Still in the box room; housing moved Jess to band B after the HV's letter. Jess works 16 hrs at a cafe alongside UC and says money is OK.", ["HOUS"], ["benefit name alone, money negated"]),
 ]),
 ("MC09", "A", "2025-10-20", "HC", [
  ("orange", "Amara (15) told the school nurse she has been cutting her arms for about three months. Urgent CAMHS referral accepted, first appt 14/11. She says she has no plans to end her life.", ["MH-CHILD"], []),
  ("yellow", "Girls in her year have been sharing photos of Amara in a group chat and posting comments about her. School has spoken to the other girls' parents. Amara has missed 9 days this half term.", ["SAFE-EXP", "EDU-ATT"], ["other girls are outside household: coded as bullying of Amara"]),
  ("green", "Parents (Femi and Grace) describe home as calm, no arguments between them. Amara talks most to her auntie, who she sees at church on Sundays.", [], ["negated: parental conflict"]),
 ]),
 ("MC09", "C", "2026-03-09", "HC", [
  ("orange", "Amara still seen fortnightly by CAMHS. No self-harm reported since January.", ["MH-CHILD"], ["service ongoing codes MH-CHILD; self-harm over"]),
 ]),
 ("MC10", "A", "2025-05-27", "ST", [
  ("yellow", "Dad (Gary) lost his job at the foundry in May and the UC claim took six weeks to come through. Family using Holloway Cross food bank every week and behind on gas and electric. Referred to Citizens Advice.", ["FIN"], []),
  ("green", "Both children (8 and 10) doing well at school. GP has referred Gary to physio for his back pain.", ["PH"], []),
 ]),
 ("MC10", "C", "2025-11-10", "ST", [
  ("blue", "Gary back at work in a warehouse since September. Energy arrears cleared with a hardship grant.", [], ["historical: worklessness and arrears over"]),
 ]),
 ("MC11", "A", "2025-09-08", "AV", [
  ("yellow", "Parents separated in July and argue at every handover, sometimes at the school gate in front of the children. Sarah says it has never been physical and she is not frightened of Rob. Referred to family mediation.", ["REL-CONF"], ["negated: DA"]),
  ("green", "Isla (9) told her teacher she is worried Dad won't come to her birthday. Having weekly ELSA sessions for worries about the separation.", ["MH-CHILD"], []),
 ]),
 ("MC11", "C", "2026-01-26", "AV", [
  ("blue", "Handovers now done at Nana's so Sarah and Rob don't have to see each other; they agreed a parenting plan through mediation and stick to it.", ["REL-CONF"], ["blue managing counts"]),
 ]),
 ("MC12", "A", "2025-11-04", "KB", [
  ("orange", "Police called to the address 3 times in October - Reece (16) smashed a window and pushed mum into the wall when asked to hand over his phone. Youth caution given for the criminal damage.", ["REL-PAR", "CRIME"], ["child-to-parent violence is REL-PAR not DA"]),
  ("yellow", "Reece smokes cannabis every day and vapes. Referred to the young people's substance misuse team.", ["SUB"], ["vaping is not SUB (cannabis is)"]),
  ("green", "Mum (Kerry) has anxiety, propranolol from the GP. Reece dropped out of sixth form in September and is at home all day.", ["MH-ADULT", "EDU-NEET"], []),
 ]),
 ("MC12", "C", "2026-03-16", "KB", [
  ("yellow", "Reece down to weekends only with the cannabis and still meeting his substance misuse worker. No police call-outs since December.", ["SUB"], ["historical: police call-outs over"]),
 ]),
 ("MC13", "A", "2025-06-02", "HC", [
  ("green", "Harvey is 3y 8m. Not toilet trained, not taking up his funded nursery hours. Missed his pre-school booster twice.", ["EYD", "PH"], []),
  ("yellow", "Dad (Luke) sole carer since Harvey's mum moved away in the spring. Says he struggles with routines, Harvey often up until midnight and bedtime ends in shouting. Early help worker allocated.", ["REL-PAR"], ["'sole carer' is not CARER"]),
 ]),
 ("MC13", "C", "2025-12-08", "HC", [
  ("blue", "Luke sticks to the bedtime chart and Harvey is asleep by half eight most nights.", ["REL-PAR"], ["blue managing counts"]),
 ]),
 ("MC14", "A", "2025-11-17", "KB", [
  ("orange", "Privately rented house has black mould in both bedrooms and the roof leaks into the landing. Environmental health inspected and served the landlord an improvement notice. Landlord has told mum he will serve a section 21 if they complain again.", ["HOUS"], ["landlord's offence not coded"]),
 ]),
 ("MC14", "C", "2026-03-30", "KB", [
  ("yellow", "Repairs done in February but family still want to move because of the landlord's threats. Housing register application made with the tenancy support worker.", ["HOUS"], []),
 ]),
 ("MC15", "A", "2025-08-04", "ST", [
  ("yellow", "Martin has around £6,000 of gambling debt on credit cards. He has self-excluded from the betting apps and has seen a GamCare counsellor twice.", ["FIN"], ["gambling is FIN not SUB", "look-alike: self-excluded"]),
  ("green", "Parents argue about money most nights and the children can hear from their rooms. Mum says there is no violence and she has never felt controlled by Martin.", ["REL-CONF"], ["negated: DA"]),
 ]),
 ("MC15", "C", "2026-01-05", "ST", [
  ("blue", "Martin keeps a budget sheet on the fridge and pays £150 a month into his debt management plan.", ["FIN"], ["blue managing counts"]),
 ]),
 ("MC16", "A", "2025-06-13", "AV", [
  ("red", "Tanya found unconscious at home 12/06 after using heroin, with Kenzie (2) alone in the flat. Ambulance and police attended. Kenzie placed with maternal nan under s20, ICPC booked.", ["SUB", "SAFE-NEG"], ["police attending is safeguarding, not CRIME"]),
  ("orange", "Tanya is on a methadone script through the drug service. She was known to MARAC in 2019 with an ex-partner who has since died.", ["SUB"], ["historical: DA"]),
  ("green", "Kenzie's 2 year review not done yet; HV to complete it at nan's. Nan says Kenzie only has a handful of words.", ["EYD"], ["nan is kinship carer, not CARER"]),
 ]),
 ("MC17", "A", "2025-09-29", "HC", [
  ("red", "Jaden (15) missing 4 times in 3 weeks. Found by police in a flat in Derby with wraps of crack cocaine on him. Strategy meeting held and NRM referral submitted.", ["SAFE-EXP", "CRIME"], ["drugs on exploited child: not SUB"]),
  ("orange", "Permanently excluded from Hallam Fields Academy in September for bringing a knife into school. Now on roll at Oakwood PRU.", ["EDU-EXC", "CRIME"], []),
  ("yellow", "Mum (Donna) says she can't control Jaden, he comes and goes as he pleases and swears at her. She has cut her hours to be at home more and is now a month behind with the rent.", ["REL-PAR", "FIN"], []),
 ]),
 ("MC17", "C", "2026-03-02", "HC", [
  ("orange", "Jaden on a 9 month referral order with YOS. One missing episode in February, came home by himself after 6 hours.", ["CRIME", "SAFE-EXP"], []),
 ]),
 ("MC18", "A", "2025-07-21", "KB", [
  ("yellow", "Chloe scored 19 on the EPDS at the 6 week check. GP has diagnosed postnatal depression and referred her to the perinatal mental health team.", ["MH-ADULT"], []),
  ("green", "Noah (7 weeks) has reflux and has dropped from the 50th to the 25th centile. HV weighing fortnightly.", ["PH"], []),
 ]),
 ("MC18", "C", "2025-12-15", "KB", [
  ("blue", "Chloe goes to Bumps and Babies at the library and says she feels like herself again; she is carrying on with the antidepressants for now.", ["MH-ADULT"], ["blue managing counts"]),
 ]),
 ("MC19", "A", "2025-10-13", "ST", [
  ("yellow", "Mason (10) - 3 internal exclusions and 1 fixed term suspension this year for throwing chairs in class. Class teacher thinks ADHD, SENCO has referred to the community paediatrician.", ["EDU-EXC", "EDU-SEND"], []),
 ]),
 ("MC19", "C", "2026-03-23", "ST", [
  ("yellow", "Mason on the ADHD pathway. School has a behaviour plan and a quiet space for him. One suspension this term.", ["EDU-SEND", "EDU-EXC"], []),
  ("green", "Mum says Mason is easier at home with the reward chart and she feels confident with bedtimes now.", ["REL-PAR"], ["green managing counts"]),
 ]),
 ("MC20", "A", "2025-08-11", "ST", [
  ("orange", "Police called to the estate repeatedly about a group of youths on bikes throwing stones at cars; Ryan (13) named as one of the group. PCSO home visit, Ryan signed an acceptable behaviour contract.", ["CRIME"], []),
  ("yellow", "Family complain the neighbour next door has parties until 4am and has been given an ASB warning by the council. Mum says she has no worries about her own tenancy.", [], ["neighbour's ASB outside household", "negated: housing"]),
 ]),
 ("MC20", "C", "2026-02-16", "ST", [
  ("blue", "Ryan's ABC ended in January with no breaches and there has been no police contact since September. He goes to the youth club at Stennington community centre.", [], ["historical: ASB over"]),
 ]),
 ("MC21", "A", "2025-05-19", "AV", [
  ("green", "Ruby (8) has cerebral palsy and epilepsy and takes anti-seizure drugs. EHCP in place at Meadow View special school where she has physio. Hayley gets Carer's Allowance for her.", ["PH", "EDU-SEND"], ["look-alike: prescribed drugs", "Carer's Allowance is not CARER/FIN"]),
  ("yellow", "Callum (13) helps lift Ruby and does her night feeds when Hayley is on nights. He says he is shattered and behind with homework. School will look at a part time timetable if his tiredness starts to affect attendance. Referred to young carers.", ["CARER"], ["hypothetical: attendance", "night shifts not FIN"]),
 ]),
 ("MC21", "C", "2025-12-01", "AV", [
  ("blue", "Callum goes to the young carers group once a month. Hayley has moved onto day shifts so he does less at night.", ["CARER"], ["blue managing counts"]),
 ]),
 ("MC22", "A", "2025-09-01", "HC", [
  ("orange", "Family evicted on 1 Sept after a possession order on their private let. Now in TA - one room at the Station Hotel, Stennington, 9 miles from the children's school.", ["HOUS"], []),
  ("yellow", "Both children (7 and 9) have missed 11 days since the move because of the two bus journey. School offering a travel pass.", ["EDU-ATT"], []),
  ("green", "Zainab can't afford school uniform. Took a UC advance which is being taken back at £80 a month.", ["FIN"], []),
 ]),
 ("MC22", "C", "2026-02-02", "HC", [
  ("green", "Moved into a 3 bed council house in January. Both children over 95% attendance since the move.", [], ["need now met: housing, attendance"]),
 ]),
 ("MC23", "A", "2025-11-24", "AV", [
  ("orange", "Steve has PTSD after army service and told the GP he has had thoughts of ending his life. Crisis team involved and he has a safety plan. Police did a welfare check in November when he didn't answer his phone.", ["MH-ADULT"], ["police welfare check is not CRIME"]),
  ("yellow", "Holly (12) has not been in school since October half term, says she feels sick with worry every morning. Part time timetable started, attendance officer visiting weekly.", ["EDU-ATT", "MH-CHILD"], []),
 ]),
 ("MC23", "C", "2026-03-30", "AV", [
  ("orange", "Steve is under the community mental health team and goes to Op Courage sessions. No suicidal thoughts reported since February.", ["MH-ADULT"], ["service ongoing"]),
 ]),
 ("MC24", "A", "2025-07-07", "KB", [
  ("orange", "Poppy (13) has been sending images to a man she met on a gaming app who said he was 15. Police investigating him and a CEOP report has been made.", ["SAFE-EXP"], ["offender outside household: not CRIME"]),
  ("blue", "Parents have set up parental controls on Poppy's phone and the Xbox after the school online safety evening.", ["SAFE-EXP"], ["blue managing counts"]),
 ]),
 ("MC24", "C", "2025-12-22", "KB", [
  ("blue", "Poppy knows how to block and report and her parents check her phone every week.", ["SAFE-EXP"], ["blue managing counts"]),
 ]),
 ("MC25", "A", "2025-10-27", "ST", [
  ("yellow", "Children telling school there was no tea last night and nothing in the cupboards. School gave a food bank voucher and helped with the free school meals form.", ["SAFE-NEG", "FIN"], []),
  ("green", "Mum (Agnieszka) waiting on her settled status paperwork before she can claim benefits; cleaning 10 hours a week.", ["FIN"], []),
 ]),
 ("MC25", "C", "2026-03-09", "ST", [
  ("yellow", "UC and child benefit now in payment but still using the community pantry weekly to make the money stretch.", ["FIN"], []),
 ]),
 ("MC26", "A", "2025-06-30", "HC", [
  ("yellow", "Lacey (10) lives with her nan on an SGO since her mum died from an overdose in 2022. Nan is her kinship carer and finds Lacey's angry outbursts hard to manage. Lacey sees a play therapist for trauma.", ["MH-CHILD", "REL-PAR"], ["historical: mum's drug use", "kinship carer is not CARER"]),
  ("green", "Nan (68) has type 2 diabetes and arthritis, both managed by her GP. She says she is in good spirits and coping.", ["PH"], ["look-alike: spirits"]),
 ]),
 ("MC26", "C", "2026-01-12", "HC", [
  ("blue", "Nan uses the calming down techniques from the kinship carers group and the outbursts are now rare.", ["REL-PAR"], ["blue managing counts"]),
 ]),
 ("MC27", "A", "2025-08-18", "AV", [
  ("yellow", "Claire left her violent ex-husband in 2018, no contact since and she says she feels safe. Her worry now is Bethany (17), out of work since she finished at college in the summer, spending all day in her room.", ["EDU-NEET"], ["historical: DA"]),
  ("green", "Bethany has booked to see her GP about feeling low.", ["MH-CHILD"], []),
 ]),
 ("MC27", "C", "2026-01-19", "AV", [
  ("yellow", "Bethany is on a traineeship with the Youth Hub two days a week. Says her mood is up and down but better than it was.", ["MH-CHILD"], ["need now met: NEET"]),
 ]),
 ("MC28", "A", "2025-05-06", "KB", [
  ("green", "Oliver (4) due to start reception in September. Nursery say he is not school ready - can't sit for a story, not toilet trained, speech limited. Referral to Portage.", ["EYD"], []),
  ("blue", "Hannah does the speech games from nursery with Oliver every evening and has joined rhyme time at the library.", ["EYD"], ["blue managing counts"]),
 ]),
 ("MC28", "C", "2025-11-17", "KB", [
  ("green", "Oliver has settled in reception at Kettlebrook Primary and is using the toilet on his own. Teacher says his speech is still behind and has asked the SENCO to look at support.", ["EDU-SEND"], ["school-age speech is EDU-SEND", "need now met: toileting"]),
 ]),
]

# unboxed notes: (id, stage, date, locality, text, codes, gold level, traps)
UNBOXED = [
 ("U01", "assessment", "2025-06-10", "ST", "Call from school nurse: Tia (14) has lost weight and is skipping lunch. GP appointment booked for Thursday. Mum doesn't think it is an eating disorder but will ring back if it carries on.", ["PH"], "green", ["hypothetical: eating disorder"]),
 ("U02", "assessment", "2025-09-16", "HC", "EHW home visit. Paul says he has not had a drink since he finished with the alcohol service in 2023. Main issue is council tax arrears of £640, summons received; EHW helped him phone the council and set up a payment plan.", ["FIN"], "yellow", ["historical: alcohol"]),
 ("U03", "assessment", "2025-10-31", "KB", "Police liaison: officers attended 14 Marlow Close at 23:10 after Kyle (15) threatened his stepdad with a kitchen knife. Kyle arrested and bailed. Mum says it is the third incident this month.", ["REL-PAR", "CRIME"], "orange", ["child-to-parent violence: not DA"]),
 ("U04", "assessment", "2025-12-03", "AV", "Strategy meeting today re Mercy (6) after bruising seen at school. S47 to go ahead. House cluttered and dirty on the visit and very little food in the kitchen.", ["SAFE-NEG"], "red", []),
 ("U05", "closure", "2026-02-24", "ST", "Mum rang for advice: a month behind on the water bill after her hours were cut. Gave her the water company's hardship scheme details and a budgeting app, she will apply herself and her sister can help.", ["FIN"], "blue", []),
 ("U06", "closure", "2026-03-18", "AV", "TAF review at Ashbury Vale family hub with mum, school, HV and the housing officer. Damp in the children's bedroom still not fixed, landlord given 28 days. Leo (4) speech coming on with nursery support.", ["HOUS", "EYD"], "orange", []),
 ("U07", "assessment", "2025-07-29", "HC", "Young carers service assessment: Jake (12) looks after his mum who has bipolar disorder, does the shopping and makes sure she takes her tablets. He is not a carer for anyone else.", ["CARER", "MH-ADULT"], "yellow", ["look-alike: tablets"]),
]

STAGE = {"A": "assessment", "C": "closure"}

def main():
    nar, gold, traps = [], [], {}
    for case, st, date, loc, boxes in CASES:
        tid = f"{case}-{st}"
        for level, text, codes, notes in boxes:
            nid = f"{tid}-{level}"
            nar.append([nid, tid, case, STAGE[st], date, level, LOC[loc], text])
            gold += [[nid, c, level] for c in codes]
            traps[nid] = {"codes": codes, "traps": notes}
    for nid, stage, date, loc, text, codes, glevel, notes in UNBOXED:
        nar.append([nid, nid, nid, stage, date, "", LOC[loc], text])
        gold += [[nid, c, glevel] for c in codes]
        traps[nid] = {"codes": codes, "gold_level": glevel, "traps": notes}
    for name, header, rows in (
        ("narratives.csv", ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"], nar),
        ("gold.csv", ["narrative_id", "code", "level"], gold)):
        with open(name, "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f, lineterminator="\r\n")
            w.writerow(header)
            w.writerows(rows)
    with open("traps.json", "w", encoding="utf-8") as f:
        json.dump(traps, f, indent=1, ensure_ascii=False)
    cnt = collections.Counter(g[1] for g in gold)
    print(len(nar), "narratives,", len(gold), "gold rows,", sum(1 for t in traps.values() if t["traps"]), "with trap notes")
    print(dict(sorted(cnt.items())))

if __name__ == "__main__":
    main()
