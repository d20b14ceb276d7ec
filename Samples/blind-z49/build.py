#!/usr/bin/env python3
"""Blind gold set z49: a quarter's triage export from a northern metropolitan council.
Hand-written narratives and hand-assigned gold codes (present issues only)."""
import csv, json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROWS = []   # (nid, triage_id, case_id, stage, date, level, locality, text, codes, gold_level, trap)

def B(case, stage, level, date, loc, text, codes, trap=""):
    st = "A" if stage == "assessment" else "C"
    tid = f"{case}-{st}"
    ROWS.append((f"{tid}-{level}", tid, case, stage, date, level, loc, text, codes, level, trap))

def U(nid, stage, date, loc, gold_level, text, codes, trap=""):
    ROWS.append((nid, nid, nid, stage, date, "", loc, text, codes, gold_level, trap))

M, C, A, T = "Moorgate", "Calder Bank", "Ashworth", "Thornley Vale"

# ---- Z01 ----
d = "2025-09-08"
B("Z01", "assessment", "yellow", d, M, "Leanne's partner, Craig, lost his job at the warehouse in July and the household is now two months behind with the rent to Moorside Homes. Leanne says they have used the food bank at St Aidan's twice. The early help worker will support a referral to Citizens Advice for a benefits check.", ["FIN"], "rent arrears without notice is FIN not HOUS")
B("Z01", "assessment", "orange", d, M, "Leanne's eldest, Tyler (15), was arrested last week for shoplifting in the town centre with a group of older lads, and police brought him home at 2am. The Youth Offending Service has been notified. Leanne says she cannot get him to come in at night and he swears at her when she tries. Police say there is nothing at this stage to suggest he is being exploited.", ["CRIME", "REL-PAR"], "negated exploitation")
d = "2026-01-20"
B("Z01", "closure", "yellow", d, M, "Tyler is in the last month of his referral order with the Youth Offending Service. He is in most nights by 10pm, and Leanne says there are still arguments about his curfew at weekends, though fewer than before.", ["CRIME", "REL-PAR"], "reduced but still present")

# ---- Z02 ----
d = "2025-09-15"
B("Z02", "assessment", "yellow", d, C, "Amira's mum, Nasreen, has multiple sclerosis and uses a wheelchair. Amira helps her mum wash and dress before school and does most of the cooking for her brother Bilal (7). Dad, Tariq, works night shifts as a taxi driver; the family say money is tight but they have no debts. Referral made to Calder Young Carers.", ["CARER", "PH"], "night shifts and 'no debts' are not FIN")
d = "2026-02-10"
B("Z02", "closure", "blue", d, C, "Amira goes to the young carers' group every other Thursday and has made friends there. Nasreen's MS is stable and an agency carer now comes in each morning, so Amira no longer helps her mum wash and dress.", ["CARER", "PH"], "agency 'carer' is not CARER; Amira still a young carer")
B("Z02", "closure", "green", d, C, "Amira's headaches stopped once she was getting more sleep, and the school nurse has closed her episode.", [], "PH over (historical)")

# ---- Z03 ----
d = "2025-10-02"
B("Z03", "assessment", "green", d, A, "The health visitor completed the two-year review for Poppy Whitehead (2). Poppy has around ten words and has been referred to the speech and language drop-in at Ashworth Family Hub. Her baby brother Alfie (4 months) is gaining weight well and is up to date with his immunisations.", ["EYD"], "Alfie good news: no PH")
B("Z03", "assessment", "yellow", d, A, "Mum, Jodie Whitehead, told the health visitor she has felt low since Alfie was born and struggles to leave the house. Her GP has started her on antidepressants and she has been referred to the perinatal mental health team. Jodie said she has never had thoughts of harming herself or the children. Dad, Ryan, is supportive and has taken two weeks' leave.", ["MH-ADULT"], "negated self-harm thoughts; dad's leave not FIN")
d = "2026-03-05"
B("Z03", "closure", "green", d, A, "Poppy now takes up her 15 funded hours at Little Acorns Nursery and is putting two or three words together. Nursery staff will keep working on her speech.", ["EYD"])

# ---- Z04 ----
d = "2025-09-22"
B("Z04", "assessment", "orange", d, T, "Mum, Kirsty Doyle, disclosed that her partner, Dean, controls her money, checks her phone and pushed her into a door last month. Police attended on 14 September and Dean was arrested. The case was heard at MARAC on 30 September.", ["DA"], "partner's arrest for DV is DA only, not CRIME; 'controls her money' not FIN")
d = "2026-02-02"
B("Z04", "closure", "blue", d, T, "Kirsty has finished the Freedom Programme and says she feels much stronger. A non-molestation order is in place until next summer and Dean has kept away since October.", ["DA"], "non-mol order still in force: DA present in blue")
B("Z04", "closure", "green", d, T, "The family moved into a two-bedroom housing association flat in December. Mason's bedwetting has stopped. Lily-Mae's attendance dropped to 89% around the move and school are keeping an eye on it.", ["EDU-ATT"], "housing need met and bedwetting stopped: historical")

# ---- Z05 ----
d = "2025-10-06"
B("Z05", "assessment", "green", d, M, "Kai Brennan (8) is on SEN support at Holmfield Primary and the SENCO has put a visual timetable in place for him. Mum, Stacey, says Kai is a fussy eater but the school nurse confirmed he is a healthy weight.", ["EDU-SEND"], "weight mention negated")
B("Z05", "assessment", "yellow", d, M, "Kai has had two fixed-term suspensions this term for hitting staff when he gets overwhelmed. School have asked the community paediatrician to assess him for ADHD. The early help worker will go to the school review meeting with Stacey.", ["EDU-EXC", "EDU-SEND"])
d = "2026-02-16"
B("Z05", "closure", "green", d, M, "Kai is now on the ADHD pathway and is waiting for his appointment with the paediatrician. He has not been suspended since October.", ["EDU-SEND"], "suspensions historical")

# ---- Z06 ----
d = "2025-11-03"
B("Z06", "assessment", "yellow", d, C, "Callum Firth (17) left Calder College in October after three weeks and has not been in work or training since. He lives with his dad, Paul, who works full time as a delivery driver, and his sister Erin (13). Callum has been referred to the youth employment team.", ["EDU-NEET"], "NEET 16+ is not FIN; dad in work")
B("Z06", "assessment", "orange", d, C, "Paul found cannabis and a grinder in Callum's room and says Callum is smoking most days. Police were called on 20 October after Callum punched a hole in the door and pushed his dad during an argument. Callum has agreed to meet the young people's drug and alcohol service.", ["SUB", "REL-PAR", "CRIME"], "child-to-parent violence with police: REL-PAR+CRIME, not DA")
d = "2026-03-09"
B("Z06", "closure", "yellow", d, C, "Callum started a twelve-week pre-apprenticeship course with Northern Skills in January and has been to every session. He still sees the drug service and says he now only uses cannabis at weekends.", ["SUB"], "NEET need met")

# ---- Z07 ----
d = "2025-09-29"
B("Z07", "assessment", "red", d, A, "Children's social care have started a section 47 enquiry after Rio Price (3) was found alone in the street in just his nappy at 7am while mum, Shannon, was asleep. The home was very dirty, with dog mess on the floors and no food in the fridge. An initial child protection conference has been booked.", ["SAFE-NEG"], "nappy at 3 not an EYD toileting need")
B("Z07", "assessment", "orange", d, A, "Shannon admits she has been drinking heavily since her mum died in the summer, often a bottle of vodka a day. She says she feels very low and has thought about ending her life. She has an urgent GP appointment and has been referred to Ashworth Recovery Service.", ["SUB", "MH-ADULT"])
d = "2026-03-16"
B("Z07", "closure", "red", d, A, "Rio remains on a child protection plan under the category of neglect, although home conditions have improved and there has been food in the cupboards at every visit.", ["SAFE-NEG"], "improved but CP plan for neglect continues")

# ---- Z08 ----
d = "2025-10-13"
B("Z08", "assessment", "yellow", d, T, "Grace Okafor (13) has been sent nasty messages on Snapchat by girls in her year, and one of them shared a photo of her without her consent. She has missed eight days of school since half term.", ["SAFE-EXP", "EDU-ATT"])
B("Z08", "assessment", "orange", d, T, "Grace told her mum, Blessing, that she has been cutting her arms. The GP made an urgent referral to CAMHS and Grace has an assessment on 4 November.", ["MH-CHILD"])
d = "2026-02-23"
B("Z08", "closure", "green", d, T, "Grace's attendance has improved to 92%, but she still has the odd day off when she is anxious and her head of year checks in with her weekly. There have been no more messages since November.", ["EDU-ATT", "MH-CHILD"], "online bullying historical")

# ---- Z09 ----
d = "2025-10-20"
B("Z09", "assessment", "yellow", d, M, "Mum, Marta Kowalski, dad, Piotr, and their four children live in a two-bedroom flat with black mould in the children's bedroom. Zofia (6) has asthma and has been taken to A&E twice this autumn. The landlord has not answered repair requests, so the early help worker will contact environmental health.", ["HOUS", "PH"])
B("Z09", "assessment", "green", d, M, "Marta says Piotr works long shifts at a food factory and they are not in any debt. The two youngest, Tomasz (3) and Ola (18 months), have had all their development checks and are on track.", [], "shifts not FIN; negated debt; good news EYD")
d = "2026-03-02"
B("Z09", "closure", "blue", d, M, "The family were offered a three-bedroom house by Moorgate Homes and moved in February. Marta has a new inhaler routine for Zofia and keeps a diary of her symptoms.", ["PH"], "housing need met (historical)")

# ---- Z10 ----
d = "2025-11-10"
B("Z10", "assessment", "yellow", d, C, "Mum, Hayley Turner, and dad, Jason, separated in August and argue about when Jason sees Ruby (10) and Finn (7). Hayley says there has never been any violence or threats and she does not feel unsafe. Both parents have agreed to a referral for family mediation.", ["REL-CONF"], "DA negated")
B("Z10", "assessment", "green", d, C, "Finn's class teacher says he has become tearful and withdrawn since his dad moved out, and he now sees the school's learning mentor.", ["MH-CHILD"])
d = "2026-03-12"
B("Z10", "closure", "blue", d, C, "Hayley and Jason now use a shared calendar app to arrange contact and have kept to the plan they agreed at mediation.", ["REL-CONF"], "managing in blue box")

# ---- Z11 ----
d = "2025-09-18"
B("Z11", "assessment", "yellow", d, A, "Dad, Lee Ambler, told the family support worker he has run up about £6,000 of debt through online betting and credit cards, and the council tax is in arrears. He has self-excluded from the betting sites and is waiting to start with a gambling support service. Lee and his wife, Sarah, argue about money most evenings and the children have heard it.", ["FIN", "REL-CONF"], "gambling is FIN not SUB; 'self-excluded' look-alike")
B("Z11", "assessment", "green", d, A, "Sarah is stressed but says her mood is fine and she is sleeping well. Olivia (9) and Jack (5) both go to Ashworth Primary every day and are happy there.", [], "negated MH-ADULT; good news")
d = "2026-01-29"
B("Z11", "closure", "yellow", d, A, "Lee still sees his gambling support worker every fortnight. Sarah says the rows about money stopped once the debt plan was agreed.", ["FIN"], "REL-CONF historical; gambling support = FIN")

# ---- Z12 ----
d = "2025-10-27"
B("Z12", "assessment", "red", d, T, "A strategy meeting was held on 22 October after Reece Holt (15) was found in a flat in another city with cash and wraps of crack cocaine. Police believe he is being used to run drugs for a county lines group. He has been reported missing from home three times in the last month.", ["SAFE-EXP", "CRIME"], "drugs on exploited child: not SUB")
B("Z12", "assessment", "orange", d, T, "Reece has been permanently excluded from Thornley High School and is at the pupil referral unit on a part-time timetable of two hours a day.", ["EDU-EXC", "EDU-ATT"])
d = "2026-03-23"
B("Z12", "closure", "red", d, T, "Reece is now on a child in need plan. There have been no missing episodes since December and Donna checks his phone daily, but police still believe he owes money to the group.", ["SAFE-EXP"], "missing historical but exploitation risk current")

# ---- Z13 ----
d = "2025-11-17"
B("Z13", "assessment", "green", d, M, "Noah Ahmed (3) is not yet toilet trained and has started 15 hours a week at Moorgate Children's Centre nursery. The health visitor has given mum, Fatima, a toileting plan.", ["EYD"])
B("Z13", "assessment", "blue", d, M, "Fatima was worried that baby Zara (8 months) was not interested in solid food. She has been following the health visitor's weaning leaflet and says Zara is now eating small amounts. Fatima's sister comes on Saturdays to help.", ["EYD"])
d = "2026-02-26"
B("Z13", "closure", "blue", d, M, "Noah is now dry during the day and Fatima is working on night-times with the sticker chart the health visitor suggested.", ["EYD"])

# ---- Z14 ----
d = "2025-10-09"
B("Z14", "assessment", "yellow", d, C, "Dad, Gary Marsh, is a former soldier with PTSD and is under the veterans' mental health service. He has not been able to work for a year and the family rely on Universal Credit, which was cut after he missed a Jobcentre appointment.", ["MH-ADULT", "FIN"], "UC with a benefit problem is FIN")
B("Z14", "assessment", "green", d, C, "Ellie (11) and Sam (8) attend Calder Bank Primary. Ellie told the school nurse she checks on her dad when he has nightmares and makes Sam's breakfast most mornings. Mum, Rachel, works early shifts at the hospital.", ["CARER"], "shifts not FIN")
d = "2026-03-18"
B("Z14", "closure", "blue", d, C, "Gary still goes to the veterans' group and says he copes better with his flashbacks. The sanction has been lifted and his Universal Credit is being paid in full.", ["MH-ADULT"], "FIN resolved; UC name alone not FIN")

# ---- Z15 ----
d = "2025-09-25"
B("Z15", "assessment", "green", d, A, "Oscar Lindqvist (6) has cerebral palsy and uses a walking frame. He has an EHCP at Beechwood Primary and his physiotherapy appointments are up to date.", ["PH", "EDU-SEND"])
B("Z15", "assessment", "yellow", d, A, "Mum, Helen, is Oscar's parent carer and receives Carer's Allowance and DLA for him. Oscar's sister Freya (9) does his physio stretches with him every evening and cannot go to friends' houses after school because she is needed at home. Referral made to the young carers service.", ["CARER", "PH"], "'parent carer' and benefit names not CARER/FIN")
d = "2026-02-05"
B("Z15", "closure", "blue", d, A, "Freya goes to the young carers' group in the holidays, and Helen has arranged a short-break carer two evenings a week so Freya can go to Brownies.", ["CARER"], "short-break carer is not CARER; Freya still is")

# ---- Z16 ----
d = "2025-11-24"
B("Z16", "assessment", "yellow", d, T, "Dad, Mark Riley, is on a methadone script with the Thornley drug and alcohol service and has been stable for a year. He is a single parent to Kayden (10). Mark was in a violent relationship with Kayden's mum, who left in 2019 and has had no contact since.", ["SUB"], "DA historical")
B("Z16", "assessment", "green", d, T, "Kayden's attendance is 88%, mostly because of lateness, and the school attendance officer has met Mark.", ["EDU-ATT"])
d = "2026-04-01"
B("Z16", "closure", "green", d, T, "Kayden's attendance has gone up to 93% but he is still late about once a week, and the attendance officer is still monitoring him.", ["EDU-ATT"], "reduced but present")

# ---- Z17 ----
d = "2025-12-01"
B("Z17", "assessment", "red", d, M, "An initial child protection conference is being held for Kacey (7) and Bradley (4) after police attended an incident in which mum's partner, Nathan, strangled mum, Gemma Lowe, while the children were in the room. Nathan was arrested and bailed away from the address.", ["DA"], "partner's arrest is DA only")
B("Z17", "assessment", "orange", d, M, "Gemma has been drinking more since the incident and says she needs a drink to get to sleep. She has agreed to see an alcohol worker at Moorgate Recovery.", ["SUB"], "'drink to get to sleep' is SUB not PH")
d = "2026-04-13"
B("Z17", "closure", "orange", d, M, "The children were stepped down from a child protection plan to early help in March. Nathan has been charged and a restraining order is in place. Gemma is on the waiting list for the Freedom Programme.", ["DA"], "stepped down from CP plan is not a code")

# ---- Z18 ----
d = "2025-10-16"
B("Z18", "assessment", "yellow", d, C, "Chloe Barker (16) left Year 11 in the summer without a college place and spends most days in her room. Mum, Dawn, is not working because of her depression and the household has fallen behind with the gas and electric.", ["EDU-NEET", "MH-ADULT", "FIN"], "FIN for adult worklessness and arrears, not for Chloe")
d = "2026-03-26"
B("Z18", "closure", "blue", d, C, "Chloe started a hair and beauty course at Calder College in January and is enjoying it. Dawn has set up a repayment plan with the energy company.", ["FIN"], "NEET met")
B("Z18", "closure", "yellow", d, C, "Dawn has started talking therapy with the Calder wellbeing service and has joined an employment support programme for parents.", ["MH-ADULT", "FIN"])

# ---- Z19 ----
d = "2025-11-06"
B("Z19", "assessment", "orange", d, A, "Maisie Clarke (14) has been reported missing four times since September. On the last occasion police found her in a car with two adult men. Maisie has been talking online with a man she believes is 19.", ["SAFE-EXP"], "police finding missing child is not CRIME")
B("Z19", "assessment", "yellow", d, A, "Maisie shouts at her mum, Louise, and stepdad, Aaron, when they ask where she is going, and last week she threw a mug at Louise. Louise says she has lost control of her.", ["REL-PAR"], "child-to-parent violence, no police: REL-PAR only")
d = "2026-03-30"
B("Z19", "closure", "orange", d, A, "Maisie is still open to the exploitation team. She had one missing episode in February, when police found her at a friend's house.", ["SAFE-EXP"])

# ---- Z20 ----
d = "2025-12-08"
B("Z20", "assessment", "orange", d, T, "Mum, Precious Ndlovu, and her children Tendai (4) and Rufaro (1) are in a hostel room in temporary accommodation after their private landlord served an eviction notice. The room has no cooking facilities.", ["HOUS"])
B("Z20", "assessment", "yellow", d, T, "Rufaro has missed her 12-month immunisations and her one-year review. Tendai is not going to nursery, as Precious did not know he was entitled to a free place.", ["PH", "EYD"])
d = "2026-04-20"
B("Z20", "closure", "green", d, T, "Rufaro has now had her immunisations and the health visitor has done her review. Tendai started at Thornley Vale Nursery in March; staff have noticed he has few words and are starting a speech programme.", ["EYD"], "immunisations done: PH historical")

# ---- Z21 ----
d = "2025-11-13"
B("Z21", "assessment", "orange", d, M, "Ethan Pearson (14) is on a managed move from Moorgate High to St Bede's after a fight in which another pupil was hurt. He has also been given a community resolution by police for anti-social behaviour in the park.", ["EDU-EXC", "CRIME"])
d = "2026-03-19"
B("Z21", "closure", "yellow", d, M, "Ethan is settling at St Bede's but has had two detentions and a day in internal isolation for swearing at staff.", ["EDU-EXC"], "'isolation' look-alike; behaviour at school")
B("Z21", "closure", "blue", d, M, "Ethan plays for a Sunday football team, which Claire says keeps him busy. He has had no further contact with the police since November.", [], "CRIME historical")

# ---- Z22 ----
d = "2025-10-23"
B("Z22", "assessment", "yellow", d, C, "Jo's son Leo (12) has become angry and upset about his mum's illness, and school have referred him to a support service for young people affected by a parent's serious illness. Leo does not do any caring, as Jo's partner, Mike, and her mum cover everything.", ["MH-CHILD"], "CARER negated")
d = "2026-02-19"
B("Z22", "closure", "blue", d, C, "Jo has finished chemotherapy. She is still very tired but is managing a short walk each day to build up her strength.", ["PH"])
B("Z22", "closure", "yellow", d, C, "Leo still sees his support worker every fortnight and says he can now talk about how he feels.", ["MH-CHILD"])

# ---- Z23 ----
d = "2025-12-04"
B("Z23", "assessment", "green", d, A, "School have raised that Tia Grant (9) and Kian Grant (6) often come in wearing the same unwashed clothes, and Kian has had head lice for most of the term.", ["SAFE-NEG"])
B("Z23", "assessment", "yellow", d, A, "Mum, Natalie, says the washing machine broke in the summer and she cannot afford another one on Universal Credit. She owes £400 in rent arrears. The children's dad, Wayne, lives in Leeds and Natalie says he drinks heavily.", ["FIN"], "dad outside household: not SUB")
d = "2026-03-13"
B("Z23", "closure", "green", d, A, "The family support worker got a charity grant for a new washing machine. School say the children are now clean and well presented and Kian's head lice have cleared.", [], "neglect resolved")

# ---- Z24 ----
d = "2025-09-11"
B("Z24", "assessment", "yellow", d, T, "Jamie Fletcher (13) has not been into Thornley High since the start of September and says school is too loud for him. He is on the waiting list for an autism assessment.", ["EDU-ATT", "EDU-SEND"])
B("Z24", "assessment", "orange", d, T, "Jamie has been referred to CAMHS because of his anxiety. He lashes out at mum, Beth, when she tries to get him up for school and pushed her against the banister last week. Police were not called.", ["MH-CHILD", "REL-PAR"], "CPV with no police: no CRIME, not DA")
d = "2026-02-12"
B("Z24", "closure", "orange", d, T, "Jamie remains open to CAMHS. Beth says he has not hit her since before Christmas.", ["MH-CHILD"], "REL-PAR historical")

# ---- Z25 ----
d = "2025-12-15"
B("Z25", "assessment", "orange", d, M, "Dad, Imran Qureshi, has received a section 21 notice from the private landlord, who is selling the house. Imran, his wife Shazia and their three children have until February to leave.", ["HOUS"], "'section 21' is not a red s47/s17 cue")
B("Z25", "assessment", "blue", d, M, "Imran has read the council's housing advice pages and registered on the housing register. Shazia's brother has said the family could stay with him if nothing is found, but they hope it will not come to that.", ["HOUS"], "hypothetical stay with brother")
d = "2026-04-06"
B("Z25", "closure", "green", d, M, "Ayaan (7) was upset by the move, and the school's family liaison worker is checking in with him each week.", ["MH-CHILD"], "new need at closure")

# ---- Z26 ----
d = "2025-11-20"
B("Z26", "assessment", "yellow", d, C, "Mum, Kayleigh Moss (19), lives with baby Harper (7 months) and her partner, Jordan (21). Kayleigh has anxiety and panic attacks and has been referred to the Calder mental health practitioner. Kayleigh and Jordan argue a lot about housework and his nights out; Kayleigh says Jordan has never hurt or frightened her.", ["MH-ADULT", "REL-CONF"], "DA negated")
d = "2026-03-04"
B("Z26", "closure", "green", d, C, "Harper is back on her centile and eating well. She is crawling and babbling at 11 months and there are no worries about her development.", [], "weight resolved; EYD negated")
B("Z26", "closure", "yellow", d, C, "Kayleigh and Jordan have done a relationship course and say they argue less, though they still row about his nights out. Kayleigh's anxiety is controlled with medication.", ["REL-CONF", "MH-ADULT"], "reduced but present")

# ---- Z27 ----
d = "2025-10-30"
B("Z27", "assessment", "yellow", d, A, "Dad, Darren Walsh, was released from prison in August and is on licence with the probation service. He lives with mum, Tracy, and the children Kenzie (11) and Jack (8). Darren says he has not used drugs since he went into prison.", ["CRIME"], "adult on licence = CRIME; SUB historical/denied")
B("Z27", "assessment", "green", d, A, "Kenzie's attendance at Ashworth Primary is 85%, with most absences on Mondays.", ["EDU-ATT"])
d = "2026-03-27"
B("Z27", "closure", "blue", d, A, "Darren has finished his licence period and has started work with a building firm.", [], "CRIME over")

# ---- Z28 ----
d = "2026-01-08"
B("Z28", "assessment", "yellow", d, T, "Bethany Cole (17) is in her first year at Thornley Sixth Form College and looks after her dad, Andy, who has kidney failure and has dialysis three times a week. College say she is falling behind with coursework and is at risk of dropping out.", ["EDU-NEET", "CARER", "PH"], "at risk of NEET")
d = "2026-04-23"
B("Z28", "closure", "yellow", d, T, "Bethany has a young carers' worker who has agreed a support plan with the college, and she has caught up with her coursework.", ["CARER"], "NEET risk met")
B("Z28", "closure", "green", d, T, "Andy is still on dialysis and has been put on the transplant list.", ["PH"])

# ---- Z29 ----
d = "2026-01-12"
B("Z29", "assessment", "red", d, M, "The local authority has started the PLO pre-proceedings process because of mum, Kerry Dunn's, cocaine use and the state of the home. Her son Logan (5) often arrives at school without breakfast and in a dirty uniform.", ["SUB", "SAFE-NEG"])
B("Z29", "assessment", "orange", d, M, "Logan has been suspended for two days after kicking a teaching assistant, and his school say he is at risk of permanent exclusion.", ["EDU-EXC"])
d = "2026-04-27"
B("Z29", "closure", "green", d, M, "Logan has been placed on SEN support and has not been suspended since January; school no longer think exclusion is likely.", ["EDU-SEND"], "EDU-EXC historical/negated")

# ---- Z30 ----
d = "2026-01-19"
B("Z30", "assessment", "green", d, C, "Mum, Anna Novak, asked the school nurse for help with Mia (10), who wets the bed several times a week. Anna and her husband, Marek, have no other worries: the children attend well and there are no money or housing problems.", ["PH"], "negations")
B("Z30", "assessment", "blue", d, C, "Anna has been given information about bedwetting alarms and is going to buy one. Mia's brother Adam (14) is being picked on about his accent by a group of boys from school at the bus stop; Anna has spoken to the school and Adam says it is being dealt with.", ["PH", "SAFE-EXP"], "bullying by peers is the child's need")
d = "2026-04-14"
B("Z30", "closure", "blue", d, C, "Mia uses the alarm every night and has had only two wet nights in the last month. Adam says the boys have left him alone since February.", ["PH"], "SAFE-EXP historical")

# ---- unboxed notes ----
U("ZU01", "assessment", "2025-10-01", M, "blue", "Home visit to mum, Nicola Ward, and her son Charlie (8). Charlie has slept in his mum's bed since the summer because of nightmares and Nicola wanted advice. I gave her the sleep leaflet and the link to an online sleep clinic, which she said she would use.", ["PH"], "school-age sleep problem is PH; signposting = blue")
U("ZU02", "assessment", "2025-11-27", C, "red", "Strategy meeting held today for Skye Bennett (12) after she told a teacher that mum's boyfriend, who lives with them, has been hitting mum. Mum, Rebecca, confirmed the abuse and has agreed that he will leave. Skye's attendance has been good and school have no other concerns.", ["DA"], "EDU-ATT negated")
U("ZU03", "closure", "2026-02-09", A, "yellow", "Closing note. The family support worker helped dad, Owen Marsden, get his PIP reinstated after it was stopped in error, and the back payment has come through. Owen still attends the Ashworth drug and alcohol service for his drinking.", ["SUB"], "FIN resolved; PIP not PH")
U("ZU04", "assessment", "2025-12-11", T, "orange", "Police were called to the family home on 9 December after Tyrese Campbell (15) smashed windows during an argument with his mum, Michelle. Tyrese was arrested for criminal damage. Michelle says she is frightened of him.", ["REL-PAR", "CRIME"], "child-to-parent: not DA")
U("ZU05", "assessment", "2026-01-22", M, "green", "GP letter: Lucy Farrar (34) has postnatal depression following the birth of Isla in November and has started medication. The health visitor is visiting weekly. Her husband, Tom, says he will take time off work if things get worse.", ["MH-ADULT"], "hypothetical time off")
U("ZU06", "closure", "2026-03-31", C, "yellow", "Closing note. Brooke Hall (16) has not been in education or work since leaving school, but has accepted an apprenticeship starting in May. She still looks after her brother Reggie (5) after school while mum works, and has been linked with the young carers service.", ["EDU-NEET", "CARER"], "still NEET until May")
U("ZU07", "assessment", "2025-09-30", A, "blue", "Mum, Sinead Kelly, called into the family hub asking about free school meals and the holiday activities programme. She has fallen behind with her water bill since her hours were cut, and she applied for free school meals online while she was here.", ["FIN"], "family acts on information itself")
U("ZU08", "closure", "2026-04-09", T, "green", "Closing note. Zainab Ali (15) finished her sessions with the school counselling service in March and says she feels much better. Her dad, Farid, has asked the school nurse for help with her eczema, which flares up around exams.", ["PH"], "MH-CHILD over")

# ---- write ----
def write(name, header, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(header)
        w.writerows(rows)

write("narratives.csv", ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"],
      [r[:8] for r in ROWS])
write("gold.csv", ["narrative_id", "code", "level"],
      [(r[0], c, r[9]) for r in ROWS for c in r[8]])
with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8", newline="\n") as f:
    json.dump({r[0]: r[10] for r in ROWS if r[10]}, f, indent=1, ensure_ascii=False)
print(len(ROWS), "narratives,", sum(len(r[8]) for r in ROWS), "gold rows")
