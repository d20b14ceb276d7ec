#!/usr/bin/env python3
"""Hand-written blind gold set: early help front door, 2025-26.
Boxed triage narratives (cases Z001-Z020) and unboxed contact notes (N001-N038).
Each row: id, case, stage, date, box level ('' = unboxed), locality, text,
gold codes, gold level for unboxed notes (convention 2), trap note."""
import csv, json

A, C = "assessment", "closure"
R = []  # rows

def box(case, stage, date, level, loc, text, codes, trap=""):
    t = case + ("-A" if stage == A else "-C")
    R.append(dict(nid=f"{t}-{level}", tid=t, case=case, stage=stage, date=date,
                  level=level, loc=loc, text=text, codes=codes, glevel=level, trap=trap))

def note(nid, date, loc, text, codes, glevel, trap="", stage=A):
    R.append(dict(nid=nid, tid=nid, case=nid, stage=stage, date=date, level="",
                  loc=loc, text=text, codes=codes, glevel=glevel, trap=trap))

ASH, BRK, KET, THO = "Ashcombe", "Brackley Vale", "Kettlewell", "Thornmere"

# ---------------- boxed cases ----------------
d = "2025-04-14"
box("Z001", A, d, "green", ASH, "Tyler (4) started at Little Acorns nursery in January but only goes two mornings out of his funded five. HV says he is not yet dry in the day and has about a dozen single words. Shannon says there are no worries about his hearing, which was tested in March.", ["EYD"], "negated hearing check (PH)")
box("Z001", A, d, "yellow", ASH, "Shannon (24) has felt flat and tearful since the baby was born in February and the GP has started her on sertraline. She is about £310 behind on the gas and has used the Ashcombe community pantry twice. EH worker to help with a budget plan and a Warm Home Discount claim.", ["MH-ADULT", "FIN"])
box("Z001", A, d, "orange", ASH, "Landlord served a Section 21 notice on 2 April, expiring in June. The flat is a one-bed for Shannon and two children, with black mould across the bedroom wall. Housing Options involved.", ["HOUS"])
d = "2025-09-22"
box("Z001", C, d, "blue", ASH, "Tyler is dry in the day now but still in a pull-up at night; Shannon gets him to nursery every morning. She pays £15 a fortnight off the gas debt out of her UC and keeps her own spending diary.", ["EYD", "FIN"], "UC named alongside a real debt being paid off: FIN present (managing, blue)")
box("Z001", C, d, "green", ASH, "Family moved into a two-bed housing association house on Fellside Road in August; no damp and the tenancy is secure. GP reviewed Shannon this month and she is staying on her medication, mood much brighter.", ["MH-ADULT"], "housing need now met (not HOUS); ongoing medication codes MH-ADULT")

d = "2025-05-06"
box("Z002", A, d, "yellow", BRK, "Kai (14) is on 71% attendance, missing mostly Mondays and Fridays, and Brackley Vale Academy has put him on mornings only. Mum Lorraine says she cannot get him off the console at night or out of bed in the morning, and he swears at her when she tries.", ["EDU-ATT", "REL-PAR"])
box("Z002", A, d, "orange", BRK, "Kai went missing overnight on 23 April and was found by police in Kettlewell with an older male; officers found £200, two phones and cannabis wraps on him. Referred to the exploitation panel.", ["SAFE-EXP", "CRIME"], "drugs found on exploited child: SAFE-EXP + CRIME, not SUB")
d = "2025-11-03"
box("Z002", C, d, "green", BRK, "Kai has been back on a full timetable since October; attendance this half-term is 93% and his learning mentor rings home if he is not in by nine.", ["EDU-ATT"], "improving but still managed with school support: present in green box")
box("Z002", C, d, "yellow", BRK, "No missing episodes since July and the exploitation panel has closed him. Kai is still on a referral order from the youth court for the April charge and sees his YOS worker every fortnight.", ["CRIME"], "SAFE-EXP historical")

d = "2025-05-19"
box("Z003", A, d, "green", KET, "Amira (7) was diagnosed with type 1 diabetes last year. The school nurse has a care plan in place and staff check her levels before lunch.", ["PH"])
box("Z003", A, d, "yellow", KET, "Dad Yusuf has cared for Amira and Idris (12) on his own since their mum went back to Egypt. Idris does the night-time finger-prick checks and gets his sister ready most mornings, and he told his form tutor he is always tired. Referred to Kettlewell Young Carers.", ["CARER"], "absent mother outside household")
d = "2025-10-13"
box("Z003", C, d, "blue", KET, "Idris goes to the young carers club on Thursdays and gets a proper break at weekends when his uncle stays. Amira now does most of her own injections with Dad watching.", ["CARER", "PH"], "now managing counts in blue")

d = "2025-06-02"
box("Z004", A, d, "yellow", THO, "Dionne says she drinks a bottle of wine most nights to wind down and has been referred to Thornmere Recovery Hub. She denies any drug use.", ["SUB"], "negated drug use")
box("Z004", A, d, "orange", THO, "Police attended on 27 May after Dionne's partner Craig pushed her into a door in front of the children. DASH high risk and the case goes to MARAC on 12 June. Craig was arrested and bailed not to attend the address.", ["DA"], "partner's arrest for the assault is DA only, not CRIME")
box("Z004", A, d, "red", THO, "Strategy meeting held 30 May and s47 enquiries are under way for Jaden (9) and Skye (5). Skye came to school in the same clothes all week with untreated head lice, and Jaden told staff there was nothing to eat in the house at the weekend.", ["SAFE-NEG"])
d = "2025-12-08"
box("Z004", C, d, "green", THO, "Skye and Jaden are clean and well presented and school have no worries about hunger. Dionne still goes to her weekly group at the Recovery Hub and has been alcohol-free for twelve weeks.", ["SUB"], "neglect not stated as a need here (good news only); ongoing recovery group codes SUB")
box("Z004", C, d, "orange", THO, "Craig breached his bail in October by turning up at the school gate. Dionne now has a non-molestation order and is halfway through the Freedom Programme. MARAC reviewed and kept the case open.", ["DA"])

d = "2025-06-16"
box("Z005", A, d, "green", ASH, "Leo (6) is on SEN support at St Brigid's Primary and the SENCO has asked the community paediatrician for an autism assessment. Leo wets the bed most nights and has been seen at the school nurse's enuresis clinic.", ["EDU-SEND", "PH"], "school-age bedwetting is PH")
box("Z005", A, d, "yellow", ASH, "Gemma and Rob separated in March and row whenever Rob collects the children; Leo has heard the shouting on the doorstep. Both say there has never been any violence or control. Referred to family mediation.", ["REL-CONF"], "DA negated")
d = "2025-11-24"
box("Z005", C, d, "blue", ASH, "Handovers now happen at Gemma's mum's house. Gemma and Rob still disagree about holidays but sort it out through a shared parenting app rather than on the doorstep.", ["REL-CONF"])
box("Z005", C, d, "green", ASH, "Leo is on the ASD pathway with an appointment due in February, and school have added a visual timetable. The bedwetting stopped over the summer.", ["EDU-SEND"], "PH historical (stopped)")

d = "2025-07-07"
box("Z006", A, d, "orange", BRK, "Nadia (15) has been open to CAMHS since May after cutting her arms, and was taken to A&E on 29 June after taking an overdose of paracetamol.", ["MH-CHILD"])
box("Z006", A, d, "red", BRK, "Nadia has been talking to a man in his thirties she met on Snapchat who sent her money and asked her to meet him in Brackley. Strategy meeting held 3 July and s47 started; police are investigating him.", ["SAFE-EXP"], "the man's offending is outside the household: no CRIME")
d = "2026-01-19"
box("Z006", C, d, "yellow", BRK, "Nadia has had no contact with the man since July and her phone has parental controls. She still sees the EH worker for online safety sessions and says she feels much better about going out with friends.", ["SAFE-EXP"], "contact over, but ongoing online-safety work codes SAFE-EXP")
box("Z006", C, d, "orange", BRK, "Still open to CAMHS for DBT; one further episode of self-harm in December.", ["MH-CHILD"])

d = "2025-08-04"
box("Z008", A, d, "yellow", THO, "Mason (17) left Thornmere College in June after failing his first year and has nothing lined up for September. He spends most days in his room and says he feels low most of the time, but will not see the GP.", ["EDU-NEET", "MH-CHILD"])
box("Z008", A, d, "orange", THO, "Tracey has £2,400 rent arrears and the housing association has served a notice of seeking possession. She lost her cleaning job in May and is waiting for her first UC payment.", ["HOUS", "FIN"])
d = "2026-01-26"
box("Z008", C, d, "blue", THO, "Mason started a level 2 electrical course at the college in September and gets the bus on his own. Tracey has agreed a repayment plan of £25 a week with the landlord and is sticking to it.", ["FIN"], "NEET over (now in college)")
box("Z008", C, d, "yellow", THO, "Mason is on the waiting list for the Talking Therapies service for his low mood. The possession notice has been withdrawn.", ["MH-CHILD"], "HOUS over (notice withdrawn)")

d = "2025-08-18"
box("Z009", A, d, "orange", ASH, "Riley (12) got a five-day suspension from Ashcombe High for throwing a chair at a teacher, his third this year, and school are talking about a managed move. At home he has punched his mum Kerry and kicked her bedroom door in; police were called on 10 August.", ["EDU-EXC", "REL-PAR", "CRIME"], "child-to-parent violence: REL-PAR + CRIME, not DA")
d = "2026-02-02"
box("Z009", C, d, "green", ASH, "Riley moved to Kettlewell Park School on a managed move in November. He is on a daily behaviour report card checked by his head of year and has had no suspensions there.", ["EDU-EXC"])
box("Z009", C, d, "yellow", ASH, "Kerry is on the Who's In Charge course for parents of violent children and says incidents at home are down to about one a fortnight.", ["REL-PAR"])

d = "2025-09-01"
box("Z010", A, d, "green", BRK, "Grandad Frank (72) lives with the family and has COPD; he uses oxygen at home and the GP is aware.", ["PH"])
box("Z010", A, d, "yellow", BRK, "Ellie (13) helps Grandad with his inhalers and stays in at lunch to ring him. Her attendance has dropped to 86% because she stays home when he is poorly. Referred to the young carers service.", ["CARER", "EDU-ATT"])
box("Z010", A, d, "orange", BRK, "Dad Steve was arrested on 25 August for drink-driving and is now on probation; he told the worker he drinks every day. Mum worries he could lose his job if he loses his licence.", ["CRIME", "SUB"], "job loss hypothetical (no FIN)")
d = "2026-02-16"
box("Z010", C, d, "blue", BRK, "Ellie goes to the young carers group and has a card so school let her phone home at lunch. Frank's oxygen is delivered monthly and Mum now does his tablets.", ["CARER", "PH"])
box("Z010", C, d, "green", BRK, "Ellie's attendance has been 97% since Christmas. Steve finished his probation in January and is seeing the GP about cutting down his drinking.", ["SUB"], "attendance good news only; CRIME historical (probation finished)")

d = "2025-09-29"
box("Z012", A, d, "red", THO, "Harvey (3) and Lily (6) became subject to child protection plans under the category of neglect at the ICPC on 22 September: the house smelt of urine, there was dog mess on the floors and no working fridge.", ["SAFE-NEG"])
d = "2026-03-09"
box("Z012", C, d, "orange", THO, "Stepped down from CP in February; home conditions have been good at every visit since December. The TAF still meets because Jade's mental health is fragile and she is under the community mental health team after a crisis in January.", ["MH-ADULT"], "neglect historical")

d = "2025-10-06"
box("Z013", A, d, "yellow", ASH, "Marcus has about £6,000 of gambling debt on credit cards and has self-excluded from betting sites. StepChange appointment booked for next week.", ["FIN"], "gambling debt is FIN not SUB; 'self-excluded' look-alike")
box("Z013", A, d, "orange", ASH, "Marcus and Priya argue loudly most evenings about money and a neighbour called the police on 1 October. Priya says Marcus has never hurt, threatened or controlled her, and officers recorded a verbal argument only.", ["REL-CONF"], "DA negated; police call-out about adults' argument is not CRIME")
d = "2026-03-16"
box("Z013", C, d, "green", ASH, "Marcus has a debt relief order in place and both parents say the rows have stopped. Priya's GP is supporting her with anxiety that started over the winter.", ["FIN", "MH-ADULT"], "REL-CONF historical (stopped)")

d = "2025-10-20"
box("Z014", A, d, "orange", BRK, "Jordan (16) was permanently excluded from Brackley Vale Academy in September for carrying a knife and is on a referral order with the YOS.", ["EDU-EXC", "CRIME"])
box("Z014", A, d, "red", BRK, "Jordan was found by police in a flat in Kettlewell on 14 October after four days missing, with crack cocaine wraps in his pocket. NRM referral made and s47 under way.", ["SAFE-EXP", "CRIME"], "drugs on exploited child: not SUB; police finding him is not itself CRIME")
d = "2026-03-23"
box("Z014", C, d, "yellow", BRK, "Jordan has not been in education or training since leaving the PRU in February. His adviser from Brackley Futures is helping him apply for a construction course.", ["EDU-NEET"])
box("Z014", C, d, "orange", BRK, "No missing episodes since November. Jordan remains on his referral order until June and YOS say he is engaging well.", ["CRIME"], "SAFE-EXP historical")

d = "2025-11-03"
box("Z015", A, d, "green", KET, "Mum Sophie has MS and uses a wheelchair outside the home. She gets PIP and says there are no money worries; her sister lives next door and helps most days.", ["PH"], "PIP with no money problem: no FIN; sister outside household")
box("Z015", A, d, "yellow", KET, "Oliver (10) is anxious about leaving his mum and has had panic attacks at school, which has referred him to the Mindful Minds counselling service. He does some of the cooking, but the family say that is by choice and he is not a young carer.", ["MH-CHILD"], "CARER negated")

d = "2025-11-17"
box("Z016", A, d, "yellow", THO, "Kirsty has been on a methadone script for two years and collects daily from the chemist; she says she has not used heroin since 2023. Linked to a keyworker at the drug and alcohol service.", ["SUB"])
box("Z016", A, d, "orange", THO, "Kirsty's ex-partner Dean, who was violent to her in 2022, is back in prison and there has been no contact since. The current worry is that the electric meter keeps running out and the children have been sent to school hungry on several days. EH worker and Citizens Advice involved, TAF convened.", ["FIN", "SAFE-NEG"], "DA historical; ex-partner's imprisonment outside household (no CRIME)")
d = "2026-04-13"
box("Z016", C, d, "green", THO, "The children now have free breakfast club at school every day, and Kirsty tops up the meter on a set day each week with help from her mum.", ["FIN", "SAFE-NEG"], "now managing food and fuel in green box")
box("Z016", C, d, "yellow", THO, "Kirsty is reducing her methadone with the drug service and hopes to be off it by the summer.", ["SUB"])

d = "2025-12-01"
box("Z017", A, d, "green", ASH, "Maya (8) has dyslexia and is on SEN support; the SENCO reviews her plan each term. Rachel asked whether an EHCP would help and school do not think one is needed at present.", ["EDU-SEND"])
box("Z017", A, d, "orange", ASH, "Rachel has PTSD from her army service and was admitted to hospital in November after saying she wanted to end her life. Crisis team and CMHT are involved and the TAF plan includes her sister.", ["MH-ADULT"])
d = "2026-04-20"
box("Z017", C, d, "blue", ASH, "Rachel keeps a crisis card and safety plan on the fridge and goes to a veterans' walking group twice a week.", ["MH-ADULT"])

d = "2025-12-08"
box("Z018", A, d, "yellow", KET, "Ruby (4) started reception in September on mornings only and is still in nappies; school have asked the HV for a continence referral.", ["EDU-ATT", "EYD"], "under-5 toileting is EYD; part-time timetable EDU-ATT")
box("Z018", A, d, "red", KET, "Child in need plan since November because Laura's partner Gary controls all the money, checks her phone and has told her she will never see Ruby again if she leaves. Social worker allocated.", ["DA"], "economic control is DA, not FIN")
d = "2026-05-11"
box("Z018", C, d, "yellow", KET, "Laura and Ruby moved to a new tenancy in Kettlewell in February and Gary has not found them. Laura attends the Freedom Programme and Ruby now does full days at school.", ["DA"], "attendance need met; move is not a housing problem")

d = "2026-01-05"
box("Z019", A, d, "green", KET, "Noah (2) is not taking up his funded two-year-old place; Bethany says he is clingy and she would rather keep him at home. HV did the two-year review and he is on track.", ["EYD"])
box("Z019", A, d, "yellow", KET, "Bethany's partner Kyle works nights at the distribution centre. Bethany says she feels lonely and low and is on the waiting list for the Tuesday mums' group at the Family Hub. No concerns about drink or drugs.", ["MH-ADULT"], "shift work not FIN; SUB negated")

# ---------------- unboxed contact notes (level from convention 2 cues) ----------------
note("N001", "2025-04-22", KET, "Phone call from Mrs Okafor, mum of Chidi (4). The health visitor told her his speech is behind and she wanted to know about local groups. Gave details of rhyme time at Kettlewell library; she will take him herself.", ["EYD"], "green", "cues: HV (green) > signposting (blue)")
note("N002", "2025-05-02", THO, "Email from the attendance officer at Thornmere Primary: Lacey (9) is on 84% this year, mostly single days off with tummy aches. The GP has checked her and found nothing wrong. School will hold an attendance meeting with dad.", ["EDU-ATT"], "green", "PH negated (GP found nothing)")
note("N003", "2025-05-12", BRK, "Police notification: officers called to the flat at 23:40 on 10 May after Callum (15) smashed the TV and shoved his mum against the wall. Mum did not want him arrested. Officers noted the younger children were asleep and well cared for.", ["REL-PAR", "CRIME"], "orange", "child-to-parent violence not DA; negated neglect")
note("N004", "2025-05-20", ASH, "GP referral: Mrs Hall (38) has severe depression and has stopped her medication. Her son Toby (11) has missed eight days this half-term staying at home to look after her. GP asks for a family support worker.", ["MH-ADULT", "EDU-ATT", "CARER"], "yellow")
note("N005", "2025-05-28", KET, "Strategy meeting notes: Archie (7 months) seen by the HV with severe nappy rash and his weight has dropped from the 50th to the 9th centile; feeds are missed when mum sleeps during the day. s47 agreed. Dad has a conviction for assault on a stranger from 2019, no offending since.", ["SAFE-NEG", "PH"], "red", "dad's conviction historical")
note("N006", "2025-06-03", THO, "Mum phoned about free school meals and the holiday activities programme; she has just dropped to part-time hours and money is tight. Sent her the links and she will apply online herself.", ["FIN"], "blue")
note("N007", "2025-06-10", KET, "Email from Kettlewell Young Carers: referral accepted for Mia (12), who has helped her dad with his stoma bags and the shopping since his bowel surgery in March.", ["CARER", "PH"], "yellow")
note("N008", "2025-06-12", BRK, "Referral from Housing Options: the private landlord has a possession order and bailiffs are booked for 20 June. Family of four; mum also owes £1,100 council tax.", ["HOUS", "FIN"], "orange")
note("N009", "2025-06-19", ASH, "TAF review notes: Sienna (14) is still on a part-time timetable of three days, with a fourth day to be added after half-term. The school counsellor is seeing her for low mood. Mum says there are no money worries now her Carer's Allowance has been sorted out.", ["EDU-ATT", "MH-CHILD"], "orange", "FIN over; Carer's Allowance is not CARER")
note("N010", "2025-07-01", THO, "Call from Mr Price about Alfie (8): tantrums, swearing and hitting his little sister at home. School say Alfie is no trouble there. Booked onto the Incredible Years parenting course starting in September.", ["REL-PAR"], "yellow", "EDU-EXC negated")
note("N011", "2025-07-08", ASH, "Email from the SENCO at Ashcombe Juniors: Ellis (9) has an EHCP for cerebral palsy and uses a walking frame; annual review next month. Mum mentioned she might ask about respite in the summer if her sister cannot help out.", ["EDU-SEND", "PH"], "green", "respite hypothetical; aunt outside household")
note("N012", "2025-07-15", BRK, "Midwife referral: Hannah (20), 32 weeks pregnant, lives with her mum. She is working with the drug and alcohol service on her cannabis use and says she stopped drinking when she found out she was pregnant.", ["SUB"], "yellow", "alcohol historical, cannabis present")
note("N013", "2025-07-24", KET, "Police notification: Jade's ex-partner breached the non-molestation order on 21 July by sending forty texts and was arrested. Jade and the children are safe at home. MARAC referral made.", ["DA"], "orange", "breach/arrest is DA only, not CRIME")
note("N014", "2025-08-05", THO, "ICPC minutes: child protection plans for Poppy (3) and Finley (6), category emotional abuse, because of repeated domestic abuse by Finley's dad Scott, who still lives at the address. Nursery say Poppy is not toilet trained and has very few words.", ["DA", "EYD"], "red")
note("N015", "2025-08-14", BRK, "Nan rang worried that Reece (17), who lives with her, has dropped out of college and sits at home all day. Gave her the number for the Brackley Futures drop-in and she will take him next week. She says there is no drinking or drug use.", ["EDU-NEET"], "blue", "SUB negated; nan is kinship carer, not CARER")
note("N016", "2025-09-09", KET, "Email from Kettlewell Park School: Tia (13) has had two suspensions this term for fighting, and a managed move to Ashcombe High has been agreed from after half-term. Mum says Tia is fine at home.", ["EDU-EXC"], "orange", "REL-PAR negated")
note("N017", "2025-09-16", ASH, "Referral outcome: Zain (10) has been accepted onto the ADHD pathway with the community paediatrician and is on SEN support at school. He is also open to CAMHS for anxiety.", ["EDU-SEND", "MH-CHILD"], "orange")
note("N018", "2025-09-23", THO, "Mr Novak phoned: he lost his job at the packing plant in August and the family have been to the St Mark's food bank twice. Referred to Citizens Advice for a benefits check.", ["FIN"], "yellow")
note("N019", "2025-10-02", ASH, "EH worker home visit: the house was cluttered but clean, food in the cupboards and the children well dressed. Stacey says she struggled with drink years ago but has been sober since 2018. The main worry is Kayden (6), who is up until midnight most nights.", ["PH"], "yellow", "neglect negated; SUB historical; school-age sleep is PH")
note("N020", "2025-10-07", BRK, "Email from the school nurse: Jess (15) told her she has been feeling very low and has been scratching her arms. School nurse will see her weekly and has told mum.", ["MH-CHILD"], "green")
note("N021", "2025-10-14", KET, "Referral from children's social care: family remain on a child in need plan. Mum's partner, who lives with them, uses cocaine at weekends, and the children were left alone overnight twice in September.", ["SUB", "SAFE-NEG"], "red")
note("N022", "2025-10-21", THO, "Dad called: Rosie (4) is still not toilet trained and starts school next September. Nursery are working on it with her; he asked for a leaflet.", ["EYD"], "green")
note("N023", "2025-10-28", BRK, "Police notification: Freya (14) reported missing by mum at 22:00 and found by officers at 02:00 at a party in Thornmere with older men. Second missing episode this month.", ["SAFE-EXP"], "orange", "police finding a missing child is not CRIME")
note("N024", "2025-11-04", ASH, "Email from YOS: Bradley (16) has a referral order for criminal damage. He is in Year 11 at Brackley Vale Academy and attending well. Mum says his older brother, who lives in Leeds, got into trouble for the same thing.", ["CRIME"], "orange", "brother outside household; attendance good news")
note("N025", "2025-11-11", KET, "Mediation service notes: Sam and Lou separated in 2024 and still cannot agree contact for Ivy (7); there are disputes at every handover. Both deny any abuse.", ["REL-CONF"], "yellow", "DA negated; separation in 2024 but dispute ongoing")
note("N026", "2025-11-18", THO, "Mum phoned: Harry (9) has asthma and was admitted to hospital twice last winter; the GP is reviewing his inhalers. She asked if the damp in the bathroom could make it worse, but the landlord fixed the leak last month and there is no mould now.", ["PH"], "green", "HOUS over (repaired)")
note("N027", "2025-11-25", BRK, "Portage referral: Oscar (2) has Down's syndrome and global developmental delay. HV involved and mum would like home visits.", ["EYD", "PH"], "yellow")
note("N028", "2025-12-02", KET, "Email from Housing: the family of five are in temporary accommodation at a B&B in Kettlewell after a house fire. The children share one room and are missing school because it is seven miles away. TAF meeting booked for next week.", ["HOUS", "EDU-ATT"], "orange")
note("N029", "2025-12-09", ASH, "Dad Tom rang to say things have settled: Lily's attendance is back up, they have cleared the council tax arrears and they do not need anything more. Closed with Family Hub information.", [], "blue", "all needs over: no codes", stage=C)
note("N030", "2025-12-16", THO, "PLO meeting notes: Leanne (29) has bipolar disorder and stopped her medication in November; she has twice been found wandering at night with baby Kacey. Leanne's own mum has schizophrenia but lives in Scotland.", ["MH-ADULT"], "red", "grandmother outside household")
note("N031", "2026-01-06", ASH, "Email from EH worker: Callum (16) finished Year 11 in July and has no college place. He has a part-time café job lined up from March but nothing until then. Mum works full time.", ["EDU-NEET"], "yellow", "NEET only, no FIN (mum working)")
note("N032", "2026-01-13", KET, "Health visitor referral: twins Aria and Isla (9 months) are both small for their age and the HV is weighing them monthly. Mum finds it hard to get out of the house with two babies but says her mood is fine and her partner is a great support.", ["PH"], "green", "MH-ADULT negated")
note("N033", "2026-01-20", BRK, "Call from Kyle's school mentor: Kyle (13) is open to CAMHS for trauma after seeing his dad's violence towards mum. Dad has had no contact since 2023 and is in prison.", ["MH-CHILD"], "orange", "DA historical; dad outside household")
note("N034", "2026-01-27", THO, "Email from Mrs Begum: a group of boys is picking on her son Rayan (11) on the school bus and in a group chat, and he has missed three days this month. School has put a bus monitor in place and mum has been referred to a family support worker.", ["SAFE-EXP", "EDU-ATT"], "yellow", "bullies outside household but bullying is the child's need")
note("N035", "2026-02-03", ASH, "TAF meeting notes for Marley (10): dad is back at home on licence after a sentence for burglary and the probation officer attended. Mum is worried about £700 of gas arrears. No concerns from school.", ["CRIME", "FIN"], "orange", "adult on licence is CRIME")
note("N036", "2026-02-10", KET, "Mum asked if school can help with Eli's (7) speech, as he still cannot say his r and s sounds. SENCO will do a screening.", ["EDU-SEND"], "green", "school-age speech is EDU-SEND not EYD")
note("N037", "2026-02-17", BRK, "Email from Citizens Advice: they are helping Mrs Fenwick, who has severe arthritis, appeal after her PIP was stopped; she is behind on the water bill. Her daughter Amber (14) helps her wash and dress every morning.", ["FIN", "PH", "CARER"], "yellow")
note("N038", "2026-02-24", THO, "Mum called asking what would happen if her landlord sells the house next year, as he has hinted. No notice has been served and she is up to date with the rent. Gave the Shelter helpline number; she will ring them herself.", [], "blue", "HOUS hypothetical; FIN negated")

# ---------------- write ----------------
with open("narratives.csv", "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\r\n")
    w.writerow(["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"])
    for r in R:
        w.writerow([r["nid"], r["tid"], r["case"], r["stage"], r["date"], r["level"], r["loc"], r["text"]])
with open("gold.csv", "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\r\n")
    w.writerow(["narrative_id", "code", "level"])
    for r in R:
        for c in r["codes"]:
            w.writerow([r["nid"], c, r["glevel"]])
with open("traps.json", "w", encoding="utf-8") as f:
    json.dump({r["nid"]: r["trap"] for r in R if r["trap"]}, f, indent=1)
print(len(R), "narratives,", sum(len(r["codes"]) for r in R), "gold rows,",
      sum(1 for r in R if r["trap"]), "with trap notes")
