#!/usr/bin/env python3
"""Blind gold set z88: hand-written narratives, gold codes and trap notes.
Standard library only. Writes narratives.csv, gold.csv, traps.json (UTF-8, CRLF)."""
import csv, json, os

HERE = os.path.dirname(os.path.abspath(__file__))

# Cases: case_id -> (locality, assessment date, closure date)
CASES = {
 "Z01": ("Ashfield Vale", "2025-04-07", "2025-10-13"),
 "Z02": ("Brindley Cross", "2025-10-20", "2026-03-09"),
 "Z03": ("Marston Lea", "2025-08-26", "2026-02-02"),
 "Z04": ("Wrenbury Park", "2025-06-03", "2025-12-15"),
 "Z05": ("Ashfield Vale", "2025-12-01", "2026-05-18"),
 "Z06": ("Brindley Cross", "2025-09-15", "2026-04-20"),
 "Z07": ("Marston Lea", "2025-05-12", "2025-11-24"),
 "Z08": ("Wrenbury Park", "2025-07-14", "2026-02-23"),
 "Z09": ("Ashfield Vale", "2025-05-19", "2025-12-08"),
 "Z11": ("Marston Lea", "2025-06-30", "2026-01-19"),
 "Z12": ("Wrenbury Park", "2025-10-06", "2026-04-13"),
 "Z14": ("Brindley Cross", "2025-04-28", "2025-11-03"),
 "Z15": ("Marston Lea", "2026-01-12", "2026-06-22"),
 "Z16": ("Wrenbury Park", "2025-11-17", "2026-05-11"),
 "Z17": ("Ashfield Vale", "2025-07-21", "2026-02-16"),
 "Z18": ("Brindley Cross", "2026-03-09", "2026-07-20"),
 "Z20": ("Wrenbury Park", "2025-07-16", "2026-01-26"),
 "Z21": ("Ashfield Vale", "2025-09-08", "2026-03-30"),
 "Z22": ("Brindley Cross", "2025-06-09", "2025-12-01"),
 "Z24": ("Wrenbury Park", "2025-08-04", "2026-02-09"),
 "Z26": ("Brindley Cross", "2026-02-02", "2026-07-06"),
}

# Boxed narratives: (case, stage A/C, level, text, gold codes, trap note or "")
BOXES = [
 # Z01 early years + postnatal mood
 ("Z01","A","green","Leo (4) goes to Little Acorns nursery three mornings. HV says he is still in nappies in the day and mostly uses single words; nursery keyworker running a small talk group he joins.",["EYD"],""),
 ("Z01","A","yellow","Mom Shanice has been very flat since baby Ava was born in Jan, GP started her on sertraline. She says some days she can't get out of bed before dinner time. EHW to visit weekly.",["MH-ADULT"],""),
 ("Z01","C","blue","Shanice walks with a local buggy group twice a week and says her mood is loads better, still taking her tablets. Leo has been dry in the day since the summer holidays.",["MH-ADULT"],"Leo's toileting described as over (dry since summer) -> EYD historical; mood managed while still on medication in blue box -> MH-ADULT present"),
 ("Z01","C","green","Leo now putting 2-3 words together; nursery carrying on with the talk group until he starts Reception in Sept.",["EYD"],""),
 # Z02 exploitation / offending teenager
 ("Z02","A","yellow","Kacper (14) attendance 79% this half term, misses most Mondays and is late on others. Tells staff he feels sick with nerves on Sunday nights. School referred in; EHW to put together a return plan with him.",["EDU-ATT","MH-CHILD"],""),
 ("Z02","A","orange","Kacper was stopped by police in a stolen car with two older lads on 3/10 and released under investigation. He had £300 cash and two phones on him; real worry he is being used to carry drugs. NRM referral being considered.",["CRIME","SAFE-EXP"],""),
 ("Z02","A","green","Mom Agnieszka works nights at a distribution warehouse. She says money is tight but OK, rent is paid up and there are no debts.",[],"shift work is not FIN (conv 5); arrears/debts negated"),
 ("Z02","C","blue","Kacper has blocked the older lads on Snapchat and mom has location sharing on his phone. He has not been missing since October.",["SAFE-EXP"],"missing episodes historical, but online-safety measures are 'now managing' in a blue box -> SAFE-EXP present"),
 # Z03 domestic abuse + money
 ("Z03","A","orange","Police attended twice in August after partner Dean assaulted Chloe, second time with the kids in the house. DASH high risk, heard at MARAC 19/8. Dean arrested and on bail not to contact.",["DA"],"partner's assault/arrest on the adult victim is DA only, not CRIME (conv 7)"),
 ("Z03","A","yellow","Chloe owes £1,400 council tax and the electric is overdue; she has been going to the St Luke's food bank every fortnight since the summer.",["FIN"],""),
 ("Z03","C","blue","Chloe finished the Freedom Programme in January and keeps her safety plan on her phone. Dean has not been in touch since the non-mol was granted.",["DA"],"course completed but safety plan still in use -> DA now managing in blue box"),
 # Z04 neglect, parental substance use
 ("Z04","A","red","s47 started after Tyler (2) was found alone in the flat by a neighbour at 10pm. Dog mess on the floors and nothing in the fridge when police and duty SW arrived.",["SAFE-NEG"],"police finding a child alone is safeguarding, not CRIME; neighbour not coded"),
 ("Z04","A","orange","Mom Jade (19) smokes cannabis every day and admits to cocaine at weekends. Referred to Change Grow Live.",["SUB"],""),
 ("Z04","A","green","Tyler was not brought to his 2-year review and is behind on his jabs, two sets missed.",["EYD","PH"],""),
 ("Z04","C","red","Tyler remains on a CP plan under the neglect category, core groups monthly. Home conditions better on announced visits but still up and down.",["SAFE-NEG"],""),
 # Z05 young carer / NEET
 ("Z05","A","yellow","Amira (16) left Forgewell College in November and has not been doing anything since. Referred to the Youth Hub careers adviser.",["EDU-NEET"],"NEET 16+ is EDU-NEET only, no FIN (conv 11)"),
 ("Z05","A","green","Dad Yusuf gets Universal Credit and PIP. No money or benefit problems reported.",[],"benefit names alone do not give FIN, PH or CARER (conv 5)"),
 ("Z05","A","blue","Since dad's stroke Amira helps with his tablets, cooking and getting him washed, about 15 hours a week. Family friends from the mosque pop in at weekends.",["CARER","PH"],""),
 ("Z05","C","yellow","Amira goes to the Crossways young carers group every other Tuesday.",["CARER"],""),
 # Z06 housing + arrears
 ("Z06","A","orange","Section 21 served by the private landlord, expires 14 March. Five of them in a two-bed flat with black mould in both bedrooms. Housing Options aware.",["HOUS"],""),
 ("Z06","A","yellow","Mom Precious is £2,100 behind on rent after her hours at the care home were cut; Citizens Advice appointment booked. Landlord has said he would go to court if it passes £3,000.",["FIN"],"court threat only hypothetical in this box -> no HOUS here (conv 1)"),
 ("Z06","A","green","Zion (9 months) keeps getting chest infections, GP thinks the damp is not helping; he has an inhaler.",["PH","HOUS"],""),
 ("Z06","C","orange","Family moved into temporary accommodation at Gorsey House on 3/4; one room for five, waiting on a council offer.",["HOUS"],""),
 # Z07 SEND / exclusion / separated parents
 ("Z07","A","yellow","Ellis (9) has an ADHD diagnosis and is on SEN support at Oakridge Juniors. SENCO has applied for an EHC needs assessment.",["EDU-SEND"],""),
 ("Z07","A","orange","Ellis has had three suspensions this year for lashing out at staff and school are talking about a managed move.",["EDU-EXC"],""),
 ("Z07","A","green","Mom and dad split last year and have him week on, week off. They row at handovers, sometimes in front of Ellis.",["REL-CONF"],"parental arguments without abuse -> REL-CONF, not DA"),
 ("Z07","C","yellow","No suspensions since Easter. Parents still can't agree on the summer holidays and have been referred to family mediation.",["REL-CONF"],"exclusions described as over -> EDU-EXC historical"),
 # Z08 parental alcohol + anxiety
 ("Z08","A","blue","Lisa has self-referred online to Talking Therapies for her anxiety and uses a breathing app; her sister rings her every day.",["MH-ADULT"],""),
 ("Z08","A","yellow","Lisa is drinking a bottle of wine most nights, says it is the only way she gets to sleep. Agreed referral to the alcohol service.",["SUB"],"sleep mentioned as reason for drinking, not a sleep problem of its own"),
 ("Z08","C","yellow","Lisa goes to the Stepping Stones alcohol group weekly and says she only drinks at weekends now.",["SUB"],""),
 ("Z08","C","blue","Harvey has settled at Castlegate. Lisa finished her Talking Therapies course in February and says she doesn't need it any more.",[],"MH-ADULT described as over -> historical"),
 # Z09 young carer of parent with MS
 ("Z09","A","yellow","Noah (12) does most evenings for mom Claire who has MS: cooks tea, helps her to the toilet and puts his little sister to bed. Referred to Young Carers.",["CARER","PH"],""),
 ("Z09","A","green","Noah late to school three or four mornings a week, attendance 88%. School would involve the SENCO if his work started to slip, but there are no learning concerns.",["EDU-ATT"],"EDU-SEND hypothetical/negated"),
 ("Z09","C","blue","Claire's care package is up to four calls a day so Noah does less, but he still does the big shop and goes to young carers on Fridays.",["CARER","PH"],""),
 # Z11 self-harm, parent-child conflict
 ("Z11","A","orange","Grace (15) open to CAMHS after cutting her arms; also waiting for the eating disorder team.",["MH-CHILD"],""),
 ("Z11","A","yellow","Mom Helen left an abusive relationship in 2019 and there has been no contact since. She and Grace row every day about her phone; Grace slams doors and swears at her.",["REL-PAR"],"DA in 2019 with no contact since -> historical"),
 ("Z11","C","orange","Grace discharged from the eating disorder team but still open to CAMHS. No self-harm in the last 8 weeks.",["MH-CHILD"],"self-harm paused but CAMHS still open -> present"),
 ("Z11","C","blue","Helen and Grace have agreed phone rules and written a family contract for the fridge; fewer arguments.",["REL-PAR"],""),
 # Z12 parent on licence, bullying
 ("Z12","A","orange","Dad Wayne released on licence in September after a sentence for burglary, probation weekly. He has moved back in with the family. Housing association say the tenancy would only be at risk if there were any trouble at the address; none so far.",["CRIME"],"HOUS hypothetical"),
 ("Z12","A","yellow","Kian (13) is being picked on on the school bus and in a group chat; some days he refuses to go in.",["SAFE-EXP","EDU-ATT"],"bullying by peers outside household coded as the child's SAFE-EXP"),
 ("Z12","C","green","Kian uses the school's anonymous reporting app. No more bullying since half term and he has been in every day.",[],"bullying described as over; good attendance is not a need"),
 # Z14 neglect multi-agency
 ("Z14","A","orange","TAF plan agreed. Jayden (8) and Kayla (6) arrive in dirty uniform, smelling of wee, and are often starving by breakfast club.",["SAFE-NEG"],""),
 ("Z14","A","yellow","Mom Stacey very low, not sleeping, says she has 'given up'. She did not go to the GP appointment that was made for her.",["MH-ADULT"],"'given up' is about mood, not a service ending"),
 ("Z14","A","green","Kayla has missed two dental appointments and has visible decay.",["PH"],""),
 ("Z14","C","orange","Some improvement, but school still report Kayla coming in without a coat or packed lunch a few times a week.",["SAFE-NEG"],""),
 ("Z14","C","green","Stacey now on antidepressants and says she's sleeping better. GP reviewing her monthly.",["MH-ADULT"],""),
 # Z15 child-to-parent violence
 ("Z15","A","orange","Police called by mom Sarah on 9/1 after Callum (15) punched her and smashed the telly. Callum arrested and given a youth caution.",["REL-PAR","CRIME"],"child-to-parent violence is REL-PAR (+CRIME with police), not DA (conv 8)"),
 ("Z15","A","yellow","Sarah and husband Gary argue a lot over how to handle Callum. Both say there has never been any violence between them and Sarah says she feels safe.",["REL-CONF"],"DA negated"),
 ("Z15","A","green","Callum had a two-day suspension from Hillcrest for vaping in the toilets.",["EDU-EXC"],"vaping is not SUB (conv 12)"),
 ("Z15","C","yellow","Callum and Sarah completed the Non-Violent Resistance programme; no incidents at home since February.",[],"completed course and 'no incidents since' -> REL-PAR historical"),
 ("Z15","C","blue","Callum has a Saturday job at the garage. Sarah uses the NVR techniques when he gets wound up and says they get on better.",["REL-PAR"],""),
 # Z16 older teen NEET, cannabis, drug dealing
 ("Z16","A","yellow","Tyreese (17) dropped out of his bricklaying apprenticeship in October and is not in EET. Smokes weed most days with his mates.",["EDU-NEET","SUB"],""),
 ("Z16","A","orange","Tyreese arrested 12/11 for possession with intent to supply; YOS assessment under way. Older males thought to be using him to deal.",["CRIME","SAFE-EXP"],"drugs on an exploited young person -> SAFE-EXP + CRIME, not SUB (conv 12)"),
 ("Z16","C","yellow","Tyreese has a place on a Prince's Trust course starting next month. Says weed is down to weekends.",["EDU-NEET","SUB"],"course only starts next month, still NEET now"),
 # Z17 postnatal depression, infant weight
 ("Z17","A","yellow","Bethany (24) diagnosed with postnatal depression after Freddie was born in May. HV doing listening visits and has referred her to the perinatal mental health team.",["MH-ADULT"],""),
 ("Z17","A","green","Freddie (4 months) has dropped from the 50th to the 9th centile; HV weighing him every week.",["PH"],""),
 ("Z17","A","blue","Partner Josh works full time on rotating shifts. They budget well and have some savings.",[],"shifts not FIN; no money problem stated"),
 ("Z17","C","yellow","Bethany was discharged by the perinatal team in January and says she feels like herself again.",[],"MH-ADULT described as over -> historical"),
 # Z18 CSE / missing
 ("Z18","A","red","Strategy meeting 4/3. Leah (14) missing overnight three times in Feb, found by police in a flat with adult men. CSE concerns, s47 agreed.",["SAFE-EXP"],"police finding a missing child is not CRIME (conv 7)"),
 ("Z18","A","orange","Leah has been sending pictures to a man she met on Instagram who says he is 19.",["SAFE-EXP"],""),
 ("Z18","A","yellow","Mom Donna and Leah's stepdad keep arguing over whether to take Leah's phone off her; Donna says she is shattered.",["REL-CONF"],"'shattered' = tired, not a mental health need"),
 ("Z18","C","orange","Leah open to the Safer Futures exploitation team and to CAMHS. No missing episodes since April.",["SAFE-EXP","MH-CHILD"],"missing episodes historical but exploitation team still open -> SAFE-EXP present"),
 # Z20 DA with CP plan, ex-partner substance use
 ("Z20","A","red","ICPC 15/7: both children on CP plans under emotional harm after repeated DA incidents; the perpetrator Marcus is still coming round.",["DA"],""),
 ("Z20","A","orange","Kelsey's ex Marcus drinks heavily and uses coke. He keeps turning up drunk and threatening her at the door.",["DA"],"ex-partner's substance use outside household not SUB (conv 6); effect on family is DA"),
 ("Z20","C","red","CP plans stepped down to a child in need plan. Marcus now has a non-molestation order against him.",["DA"],""),
 ("Z20","C","blue","Kelsey keeps her DA safety plan by the front door and has a code word with her mum.",["DA"],""),
 # Z21 diabetes, autism assessment
 ("Z21","A","green","Aaliyah (10) has type 1 diabetes; school nurse has trained staff on her pump. She missed two diabetes clinic appointments in the spring. Mom will ask the GP about counselling if Aaliyah starts getting down about her diabetes.",["PH"],"MH-CHILD hypothetical"),
 ("Z21","A","yellow","Aaliyah is on the waiting list for an autism assessment; EH worker helping mom put together a sensory plan at home.",["EDU-SEND"],""),
 ("Z21","C","green","Autism diagnosis given in June and SENCO is updating her SEN support plan. No worries about her emotional wellbeing, she has a good group of friends.",["EDU-SEND"],"MH-CHILD negated"),
 # Z22 gambling debt, separation
 ("Z22","A","yellow","Dad Mark has run up about £8,000 on credit cards from online betting. He has blocked himself from gambling sites with GamStop and been referred to GamCare.",["FIN"],"gambling debts are FIN not SUB (conv 10)"),
 ("Z22","A","orange","Nicola has asked Mark to leave. Constant rowing in front of Poppy and Alfie; neither parent reports any violence or threats.",["REL-CONF"],"DA negated"),
 ("Z22","C","yellow","Mark living at his brother's; weekend contact set up through solicitors, but they are still arguing about maintenance.",["REL-CONF"],""),
 ("Z22","C","blue","Nicola paying off the joint debts through a StepChange plan.",["FIN"],""),
 # Z24 parent mental illness, young carer
 ("Z24","A","orange","Dad Steve (lone parent) has bipolar disorder and was sectioned for three weeks in July; community mental health team involved.",["MH-ADULT"],""),
 ("Z24","A","yellow","Lily (13) does the cooking and gets her brother Josh (8) to school when dad is unwell. Referred to Young Carers.",["CARER"],""),
 ("Z24","A","green","Steve denies any drink or drug use and the GP has no concerns about it.",[],"SUB negated"),
 ("Z24","C","yellow","Lily goes to young carers club on Thursdays and has a young carer card for school.",["CARER"],""),
 # Z26 parental methadone, missing teen
 ("Z26","A","yellow","Mom Gemma (28) drinks cider every day and is on a methadone script through Change Grow Live.",["SUB"],""),
 ("Z26","A","orange","Harley (15) missing overnight twice in January, brought home by police both times; won't say where he goes.",["SAFE-EXP"],"police returning a missing child is not CRIME"),
 ("Z26","A","green","Harley's attendance is 74% and he has had a three-day exclusion for fighting.",["EDU-ATT","EDU-EXC"],""),
 ("Z26","C","blue","N/A",[],"N/A box"),
 ("Z26","C","yellow","Gemma still on methadone, down to 30ml. She stopped drinking in March.",["SUB"],"drinking historical but methadone script ongoing -> SUB present (conv 4)"),
]

# Unboxed duty contact notes: (id, stage, date, locality, text, codes, gold level, trap)
NOTES = [
 ("ZV01","assessment","2025-09-22","Brindley Cross","Call from Foxhill Primary DSL: Mason (7) came in with no breakfast again and told his teacher there is no food in the house. Mom says her UC has been sanctioned and she has £3 to last till payday. Signposted to the food bank and the Household Support Fund.",["SAFE-NEG","FIN"],"green","hungry child + food bank/benefit sanction -> both SAFE-NEG and FIN (conv 10); school is the highest cue"),
 ("ZV02","assessment","2025-11-04","Wrenbury Park","PPN from police: officers attended after neighbours heard shouting. Partner Ryan had pushed Abi against the wall; Ella (4) and Finn (1) asleep upstairs. Ryan arrested at the scene.",["DA"],"orange","arrest for DV is DA only (conv 7); neighbours not coded"),
 ("ZV03","assessment","2025-06-16","Ashfield Vale","GP rang duty: Tanya's anxiety has got much worse since she was made redundant in May and she is hardly leaving the house. GP has upped her medication and given her the Talking Therapies self-referral link.",["MH-ADULT","FIN"],"green","redundancy -> worklessness FIN"),
 ("ZV04","assessment","2026-01-26","Marston Lea","Kyle (16) walked into the Youth Hub saying he left home after rows with his mom and has been sofa-surfing at mates' for a week. Not been to college since September. Allocated to an early help worker.",["HOUS","EDU-NEET","REL-PAR"],"yellow","NEET, no FIN added (conv 11)"),
 ("ZV05","assessment","2025-08-11","Ashfield Vale","HV contact: baby Nova (10 weeks) has missed her 8-week immunisations twice, mom Kirsty says she just forgot. No concerns about the home, flat clean and warm.",["PH"],"green","home conditions negated -> no SAFE-NEG"),
 ("ZV06","assessment","2026-02-13","Wrenbury Park","Notification from Castlegate Academy: Jayden (14) permanently excluded 12/2 for bringing a knife onto the site. Police informed and YOS screening requested.",["EDU-EXC","CRIME"],"orange",""),
 ("ZV07","assessment","2025-12-03","Marston Lea","Paula rang duty asking what she should do if Sophie (12) ever gets messages from strangers online, as she is getting her first phone for Christmas. No current worries. Sent the online safety leaflet.",[],"blue","online safety purely hypothetical -> no code"),
 ("ZV08","assessment","2025-10-09","Brindley Cross","Young Carers service referral: Ruby (10) helps lift and feed her younger brother, who has cerebral palsy, after school while mom works evenings.",["CARER","PH"],"yellow",""),
 ("ZV09","assessment","2025-05-20","Wrenbury Park","Strategy discussion held 20/5 after Kai (9) was found home alone for two days. Dad has been drinking heavily since losing his job. s47 started.",["SAFE-NEG","SUB","FIN"],"red","police/strategy about a child alone is not CRIME"),
 ("ZV10","assessment","2026-03-04","Ashfield Vale","School nurse drop-in: Ellie (15) said she has been making herself sick after meals and feels low most days. School nurse referring to CAMHS.",["MH-CHILD"],"orange",""),
 ("ZV11","assessment","2025-11-19","Brindley Cross","Citizens Advice contact: family of four have a possession hearing on 3 Dec over £3,200 rent arrears.",["HOUS","FIN"],"orange",""),
 ("ZV12","assessment","2026-04-15","Marston Lea","Nan Pat, kinship carer under an SGO, asked for help with Lacey (6) who has started wetting the bed again and is clingy and tearful at school since contact with birth mom restarted. Referred to the school nurse.",["PH","MH-CHILD"],"green","kinship carer is not CARER (conv 12); birth mom outside household"),
 ("ZV13","assessment","2025-07-07","Wrenbury Park","PCSO contact about ASB on the Brookfield estate, youths throwing stones at buses. The Hussain family's son Bilal (13) gave a statement as a witness and is not thought to be involved.",[],"orange","ASB by others; household member only a witness -> no CRIME"),
 ("ZV14","assessment","2025-09-29","Ashfield Vale","Portage worker update: Oscar (2) not walking yet and has no words; paediatric appointment booked. Mom Lauren says she is coping fine with help from her own mum.",["EYD"],"yellow","'coping fine' is not a parental MH need"),
 ("ZV15","closure","2026-05-27","Marston Lea","TAF review: dad Lee going to the drug and alcohol service for crack use. Mom Hannah working with the EH worker on routines as Tommy (6) hits out at home when told no. Tommy's speech still unclear, SALT comes into school.",["SUB","REL-PAR","EDU-SEND"],"orange","child hitting out at home is REL-PAR not DA; school-age speech -> EDU-SEND (conv 9)"),
]

HEADER = ["narrative_id","triage_id","case_id","stage","date","level","locality","narrative"]

def main():
    rows, gold, traps = [], [], {}
    for case, st, lvl, text, codes, trap in BOXES:
        loc, adate, cdate = CASES[case]
        tid = f"{case}-{st}"
        nid = f"{tid}-{lvl}"
        stage = "assessment" if st == "A" else "closure"
        rows.append([nid, tid, case, stage, adate if st == "A" else cdate, lvl, loc, text])
        for c in codes:
            gold.append([nid, c, lvl])
        if trap:
            traps[nid] = trap
    for nid, stage, date, loc, text, codes, glvl, trap in NOTES:
        rows.append([nid, nid, nid, stage, date, "", loc, text])
        for c in codes:
            gold.append([nid, c, glvl])
        if trap:
            traps[nid] = trap
    with open(os.path.join(HERE, "narratives.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(HEADER); w.writerows(rows)
    with open(os.path.join(HERE, "gold.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id","code","level"]); w.writerows(gold)
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8", newline="") as f:
        f.write(json.dumps(traps, indent=1, ensure_ascii=False).replace("\n", "\r\n") + "\r\n")
    print(f"{len(rows)} narratives, {len(gold)} gold rows, {len(traps)} with trap notes")

if __name__ == "__main__":
    main()
