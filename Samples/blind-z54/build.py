#!/usr/bin/env python3
"""Hand-written blind gold set: parents' relationships (conflict, separation, new partners,
co-parenting, the line with DA and with parent-child relationships). Standard library only."""
import csv, json

# (case, stage, date, level or "", locality, narrative, [gold codes], trap note or "")
# Boxed narratives: gold level = box level. Unboxed notes (case U..): level from the cue noted.
R = [
# P01 Ashcombe
("P01","A","2025-01-14","green","Ashcombe","Maisie (7) has told her class teacher she lies awake worrying when mum and dad shout at each other downstairs. The learning mentor now checks in with her every Monday. Attendance 97%, no issues there.",["MH-CHILD","REL-CONF"],"attendance negated"),
("P01","A","2025-01-14","yellow","Ashcombe","Leanne and Craig row most evenings about Craig's late shifts and who does the school run. Both say it has never got physical and neither is afraid of the other. Referred to the local Reducing Parental Conflict programme; EHW to complete a Family Star with them.",["REL-CONF"],"DA negated; shift work is not FIN"),
("P01","C","2025-05-20","blue","Ashcombe","Leanne and Craig finished the RPC sessions and now plan the week on a shared calendar. They say they save disagreements for after the children are in bed and talk them through.",["REL-CONF"],"blue: conflict now being managed counts"),
("P01","C","2025-05-20","green","Ashcombe","Maisie stopped needing the learning mentor check-ins at Easter and school describe her as settled and chatty.",[],"MH-CHILD now over (historical)"),
# P02 Brindle Heath
("P02","A","2025-02-03","yellow","Brindle Heath","Sian and Dean separated in November and Dean moved to his brother's flat. Handovers of the boys in the supermarket car park regularly turn into shouting matches in front of them. Sian is clear Dean has never been abusive and she has no safety worries; the dispute is about weekends. Referral made to family mediation.",["REL-CONF"],"DA negated"),
("P02","A","2025-02-03","orange","Brindle Heath","Tyler (13) says he is sick of carrying messages between his mum and dad. He was suspended for two days in January for swearing at a teacher and school are talking about a pastoral support plan to avoid a permanent exclusion. TAF set up with school and the youth worker.",["REL-CONF","EDU-EXC"],"child caught in the middle = REL-CONF"),
("P02","C","2025-07-08","blue","Brindle Heath","Sian and Dean signed a written parenting plan in mediation. Handovers now happen at the school gate on Fridays so the two of them do not have to meet.",["REL-CONF"],"blue: managing"),
("P02","C","2025-07-08","yellow","Brindle Heath","Tyler is still on his pastoral support plan; there have been no further suspensions since March. EHW to hand over to the school's pastoral lead.",["EDU-EXC"],"suspensions historical but PSP ongoing"),
# P03 Carrow Bank
("P03","A","2025-03-11","orange","Carrow Bank","Natalie disclosed that her partner Jordan goes through her phone, keeps hold of the bank card and decides who she is allowed to see. Police attended last week after he smashed the bedroom door. DASH medium risk, IDVA referral made. Jordan has since moved out to his mother's.",["DA"],"police for partner's DV offence = DA not CRIME; bank card control is not FIN"),
("P03","A","2025-03-11","yellow","Carrow Bank","Natalie plays down Jordan's behaviour as 'just us arguing'. Worker will go through the Freedom Programme workbook with her at home.",["DA"],"'arguing' that is abuse = DA only, not REL-CONF"),
("P03","C","2025-08-19","blue","Carrow Bank","Natalie completed the Freedom Programme and has a non-molestation order against Jordan until next spring. She knows how to report a breach and keeps her phone charged by the bed.",["DA"],"blue: managing DA"),
("P03","C","2025-08-19","green","Carrow Bank","Nursery have noticed Kai (4) has developed a stammer over the last month. HV has made a referral to speech and language therapy.",["EYD"],""),
# P04 Danesford
("P04","A","2025-04-02","green","Danesford","Mr and Mrs Okafor disagree a lot about how strict to be with Daniel (10) and say it causes tension between them. The GP gave Mrs Okafor details of a free online parenting course.",["REL-CONF"],""),
("P04","A","2025-04-02","yellow","Danesford","Daniel (10) lashes out at his mum when told to switch off his console and has kicked her twice this month. Dad works away Monday to Friday. Place booked on a Triple P group.",["REL-PAR"],"child-to-parent violence = REL-PAR not DA; working away is not FIN"),
("P04","C","2025-09-10","blue","Danesford","Both parents now use the same screen-time consequences and agree the rules between themselves before telling Daniel. They say his outbursts are rare now.",["REL-PAR","REL-CONF"],"blue: managing both"),
# P05 Ashcombe
("P05","A","2025-04-22","yellow","Ashcombe","Shannon's ex, Lee, drinks heavily and has missed three of his Saturday contacts with Ruby (6). Since then Ruby has become tearful and clingy at bedtime. Shannon does not drink herself. EHW to do worry work with Ruby.",["MH-CHILD"],"ex's drinking outside household; SUB negated for mum"),
("P05","A","2025-04-22","green","Ashcombe","Ruby is wetting the bed most nights. GP has given advice and she has a school nurse enuresis appointment next month.",["PH"],"school-age bedwetting = PH"),
("P05","C","2025-08-27","blue","Ashcombe","Ruby uses a worry box at home and Shannon reads feelings books with her at bedtime. Lee's contact now takes place at his mother's house, arranged by his family.",["MH-CHILD"],"blue: managing; ex's arrangements not coded"),
# P06 Brindle Heath
("P06","A","2025-05-06","blue","Brindle Heath","Kerry-Ann left a violent relationship in 2018 and has had no contact with that ex since. She now lives with her new partner Gav, who the younger two adore.",[],"DA historical"),
("P06","A","2025-05-06","yellow","Brindle Heath","Jade (15) refuses to speak to Gav and the two of them row when she comes in after her curfew. She was reported missing overnight once in April and found by police at a friend's. EHW to do parenting sessions with Kerry-Ann and Gav.",["REL-PAR","SAFE-EXP"],"step-parent/child rows = REL-PAR not REL-CONF; police finding missing child not CRIME"),
("P06","C","2025-10-14","yellow","Brindle Heath","Jade and Gav now eat together most evenings and she keeps to her 11pm curfew; no missing episodes since May. Kerry-Ann has asked for a few more sessions on talking with teenagers.",["REL-PAR"],"missing episodes historical"),
# P07 Carrow Bank
("P07","A","2025-05-19","orange","Carrow Bank","Marcus has applied to the family court for a child arrangements order. Ellie feels he is 'using the court to get at her' but describes no abuse during or since the relationship, and the Cafcass safeguarding letter raised nothing. Both parents email the school about each other most weeks.",["REL-CONF"],"DA negated; court contact dispute = REL-CONF"),
("P07","A","2025-05-19","yellow","Carrow Bank","Amelia (9) told a TA she feels she has to pick between her mum and dad, and she has started picking the skin on her fingers until they bleed. School counsellor has seen her twice.",["MH-CHILD","REL-CONF"],"child caught in the middle"),
("P07","C","2026-01-13","green","Carrow Bank","Court made a child arrangements order in December: alternate weekends with Marcus. School say the parents now contact the office separately instead of having words at the gate.",["REL-CONF"],"green: managing"),
("P07","C","2026-01-13","yellow","Carrow Bank","Amelia still sees the school counsellor every fortnight; the skin picking has eased.",["MH-CHILD"],""),
# P08 Danesford
("P08","A","2025-06-03","blue","Danesford","Priya and Sanjay are separating on good terms and have agreed the children will stay in the house with Priya. They wanted advice on how to tell the children; given leaflets and a link to an online course for separating parents.",["REL-CONF"],"separation itself is REL-CONF even when amicable"),
("P08","A","2025-06-03","green","Danesford","Priya worries Aarav (8) may struggle once Sanjay moves out, but for now he is happy, eating and sleeping well. Class teacher will keep an eye on him should anything change.",[],"MH-CHILD hypothetical"),
("P08","A","2025-06-03","yellow","Danesford","Priya has felt low since the decision to separate and has started counselling through Talking Therapies. Mortgage payments are up to date; she says if she can't keep them up on her own she would go to the council's housing team.",["MH-ADULT"],"HOUS hypothetical, FIN negated"),
("P08","C","2025-11-18","blue","Danesford","Sanjay has the children Wednesdays and every other weekend. The parents still disagree over holiday dates but sort it out between themselves. Priya finished her counselling in September and feels well.",["REL-CONF"],"MH-ADULT historical"),
# P09 Ashcombe
("P09","A","2025-06-17","red","Ashcombe","Section 47 enquiry started after Kacey (2) was in the flat when her mum Toni's ex-partner Ryan forced his way in and assaulted Toni. Ryan was arrested and bailed not to contact her. Strategy meeting held; ICPC next week.",["DA"],"ex's assault and arrest = DA not CRIME; ex outside household but effect on family"),
("P09","A","2025-06-17","orange","Ashcombe","Toni's case went to MARAC. Housing have agreed a management move because Ryan knows where she lives.",["DA","HOUS"],""),
("P09","C","2026-02-24","orange","Ashcombe","The child protection plan ended in January and Toni and Kacey have moved into their new tenancy. Ryan breached his bail twice in December and has been charged; Toni still has the IDVA.",["DA"],"HOUS now met (historical); CP plan ended"),
("P09","C","2026-02-24","blue","Ashcombe","Toni keeps her doorbell camera on and shares her location with her sister whenever she goes out.",["DA"],"blue: safety plan being managed"),
# P10 Brindle Heath
("P10","A","2025-07-01","green","Brindle Heath","Finley (11) has an EHCP for autism. His parents live apart and cannot agree whether he should move to a special school; the SENCO has set up a joint meeting so both hear the same information.",["EDU-SEND","REL-CONF"],""),
("P10","A","2025-07-01","yellow","Brindle Heath","Finley's dad, Rob, has depression and is signed off work; he lives alone and finds contact weekends hard. Mum, Claire, is Finley's main carer and has cut her hours, and is now £420 behind on council tax. Referred to the money advice service.",["FIN"],"Rob outside household (no MH-ADULT); 'main carer' is not CARER"),
# P11 Carrow Bank
("P11","A","2025-07-15","yellow","Carrow Bank","Since they split in the spring, Gemma and Paul each run the other down in front of Oscar (12) and Freya (9), and Oscar has been asked to pass on messages about maintenance money. EHW to work with both parents on keeping the children out of adult disputes.",["REL-CONF"],"children in the middle; maintenance messages not a stated money problem"),
("P11","C","2025-12-09","yellow","Carrow Bank","Gemma and Paul still cannot be in the same room but now use a co-parenting app, and the children are no longer used as go-betweens. Paul has asked for mediation about the summer holidays.",["REL-CONF"],""),
# P12 Danesford
("P12","A","2025-08-05","orange","Danesford","A neighbour called police about a loud argument between Jodie and her partner Aaron. Officers recorded a verbal argument about Aaron's ex, no offences, no injuries, and neither disclosed fear or control. The children (5 and 7) were asleep upstairs.",["REL-CONF"],"police attended a row that is not abuse: REL-CONF, not DA or CRIME"),
("P12","A","2025-08-05","yellow","Danesford","Aaron's ex keeps posting about Jodie on social media and Jodie finds it upsetting; she has blocked her. Jodie says her low mood has come back and the GP has restarted her sertraline.",["MH-ADULT"],"partner's ex is outside household, not DA/SAFE-EXP"),
("P12","C","2025-12-16","green","Danesford","Jodie is still on sertraline and sees the GP every two months. She and Aaron say the rows stopped once his ex moved away.",["MH-ADULT"],"REL-CONF over (historical)"),
# P13 Ashcombe
("P13","A","2025-08-26","orange","Ashcombe","The boys live with dad, Neil. Mum, Stacey, has moved to Hull with a new partner who has a conviction for violence, and Neil does not want the boys staying there. The parents argue on the phone every weekend about it and Neil has applied for a prohibited steps order.",["REL-CONF"],"new partner's conviction is outside household, not CRIME"),
("P13","A","2025-08-26","green","Ashcombe","Kieran (6) is under the paediatrician for asthma and missed two appointments over the summer; Neil has set reminders on his phone.",["PH"],""),
("P13","C","2026-01-20","blue","Ashcombe","The court ordered daytime-only visits to Stacey's for now. Neil and Stacey pass messages through his sister, which keeps arguments down.",["REL-CONF"],"blue: managing"),
# P14 Brindle Heath
("P14","A","2025-09-09","orange","Brindle Heath","Wayne drinks most nights and the arguments between him and Lisa are loud and frequent. Lisa says he has never hurt or threatened her and she is not frightened of him. Wayne has agreed to see the drug and alcohol service; TAF in place with school.",["SUB","REL-CONF"],"DA negated"),
("P14","A","2025-09-09","yellow","Brindle Heath","Ellie-May (14) cooks tea for her two brothers most evenings and takes them upstairs when her parents are arguing. Referral made to the young carers service.",["CARER","REL-CONF"],""),
("P14","C","2026-02-03","yellow","Brindle Heath","Wayne has been alcohol-free for ten weeks and still goes to the alcohol service group every Tuesday. Ellie-May attends the young carers club on Thursdays.",["SUB","CARER"],"ongoing treatment codes SUB"),
("P14","C","2026-02-03","blue","Brindle Heath","Lisa and Wayne say they rarely argue now and go for a walk to cool off when they disagree.",["REL-CONF"],"blue: managing"),
# P15 Carrow Bank
("P15","A","2025-09-23","yellow","Carrow Bank","Rachel was in an abusive relationship with Connor's father until 2020; he is in prison and there has been no contact since. She has no partner now. Connor (10) has angry outbursts at home and has broken his bedroom door; Rachel wants help with boundaries.",["REL-PAR"],"DA historical; father's offending outside household"),
("P15","A","2025-09-23","green","Carrow Bank","Rachel worries Connor's father might try to get in touch when he is released next year and will contact police and probation if he does. School have no concerns about Connor in class.",[],"DA hypothetical"),
("P15","C","2026-02-10","blue","Carrow Bank","Rachel uses a reward chart and a calm-down corner; Connor's outbursts are down to about one a fortnight.",["REL-PAR"],"blue: managing"),
# P16 Danesford
("P16","A","2025-10-07","yellow","Danesford","Chloe (17) and baby Mason (5 months) live with Chloe's mum. Chloe and Mason's father, Tyrese, split up in August and argue on social media about when he can see Mason. Chloe left college in the summer and is not working or studying.",["REL-CONF","EDU-NEET"],"16+ NEET: no FIN"),
("P16","C","2026-03-03","green","Danesford","Chloe has started a part-time childcare course at Danesford College and Mason goes to the college creche two mornings a week.",[],"NEET now met"),
("P16","C","2026-03-03","yellow","Danesford","Chloe and Tyrese follow a contact timetable drawn up with the family mediator, who will see them again in April.",["REL-CONF"],""),
# P17 Ashcombe
("P17","A","2025-10-21","orange","Ashcombe","Police were called twice this month after Harvey (15) punched holes in the walls and pushed his mum to the floor during an argument about his phone. YOS prevention worker allocated.",["REL-PAR","CRIME"],"child-to-parent violence: REL-PAR + CRIME, not DA"),
("P17","A","2025-10-21","yellow","Ashcombe","Harvey's parents separated two years ago. Dad lives nearby and the parents now blame each other for Harvey's behaviour and undo each other's rules.",["REL-CONF"],""),
("P17","C","2026-03-17","yellow","Ashcombe","Harvey still meets the YOS prevention worker weekly; no police call-outs since December. His parents went to two joint sessions and have since agreed the same phone rules.",["CRIME"],"REL-CONF resolved (yellow box: no 'managing' rule)"),
# P18 Brindle Heath
("P18","A","2025-11-04","yellow","Brindle Heath","In September dad, Imran, moved his new partner and her two children into the family's two-bedroom flat, so five children share two rooms. Zara (12) and her stepmum clash over chores and Zara spends most evenings shut in her room.",["HOUS","REL-PAR"],"new partner/child friction = REL-PAR not REL-CONF"),
("P18","A","2025-11-04","green","Brindle Heath","Zara told the school nurse she feels left out at home since the new family moved in and has been feeling low; the nurse is seeing her weekly.",["MH-CHILD"],""),
("P18","C","2026-04-07","orange","Brindle Heath","Housing have accepted the family as overcrowded; they are in band B. The landlord served a section 21 notice in March.",["HOUS"],""),
("P18","C","2026-04-07","blue","Brindle Heath","Zara and her stepmum have a takeaway night together on Fridays and have agreed a chores rota.",["REL-PAR"],"blue: managing"),
# P19 Carrow Bank
("P19","A","2025-11-18","orange","Carrow Bank","Leah's ex-partner, who is not the children's father and never lived with them, keeps waiting outside the school and has sent over 200 messages since she ended it in October. Police have given him a warning and Leah is applying for a non-molestation order.",["DA"],"ex outside household but harassment of the adult = DA"),
("P19","A","2025-11-18","yellow","Carrow Bank","Leah is not sleeping and is having panic attacks; referred to the Women's Centre counsellor.",["MH-ADULT"],"sleep is the adult's MH here"),
("P19","C","2026-04-21","green","Carrow Bank","The non-molestation order was granted in January and no breaches have been reported. Leah is sleeping better and the GP reviews her medication every month.",["DA","MH-ADULT"],"green: order in place = managing DA"),
# P20 Danesford
("P20","A","2025-12-02","yellow","Danesford","Since the separation Lucas (8) spends half the week at each home. On dad's days he is late because dad lives twelve miles away, and he has been late 14 times this term. Mum and dad each blame the other.",["EDU-ATT","REL-CONF"],""),
("P20","A","2025-12-02","green","Danesford","Lucas is on the waiting list for an ADHD assessment through the school SENCO.",["EDU-SEND"],""),
# P21 Ashcombe
("P21","A","2026-01-06","red","Ashcombe","Child in need plan agreed because of the harm to Ava (10) and Noah (7) from their parents' long-running court battle; both children have repeated allegations about each parent that appear to have been coached. The s17 assessment found no domestic abuse.",["REL-CONF"],"DA negated; CIN plan over conflict"),
("P21","A","2026-01-06","orange","Ashcombe","Ava has been referred to CAMHS after scratching her arms; she says she just wants her parents to stop fighting over her.",["MH-CHILD","REL-CONF"],"'fighting over her' is the custody dispute, not violence"),
("P21","C","2026-05-12","orange","Ashcombe","Ava remains open to CAMHS; no self-harm since February.",["MH-CHILD"],"self-harm over but CAMHS ongoing"),
("P21","C","2026-05-12","yellow","Ashcombe","The child in need plan closed in April. The parents now only communicate through a parenting app and the final hearing is in June.",["REL-CONF"],""),
# P22 Brindle Heath
("P22","A","2026-01-20","yellow","Brindle Heath","Mum's partner Steve has run up £3,000 on credit cards through online betting and the couple argue about it every day. Steve has self-excluded from betting sites and they have an appointment with StepChange.",["FIN","REL-CONF"],"gambling = FIN not SUB; 'self-excluded' not EDU-EXC"),
("P22","A","2026-01-20","green","Brindle Heath","Mia (3) goes to nursery three days a week and has a dummy in all day; staff find her hard to understand and have asked the HV to see her.",["EYD"],""),
("P22","C","2026-05-26","blue","Brindle Heath","Steve and mum are on a debt management plan and keep a shared budget spreadsheet. Steve uses the GamCare forum.",["FIN"],"gambling support is not SUB"),
# P23 Carrow Bank
("P23","A","2026-02-03","yellow","Carrow Bank","The children have lived with dad, Owen, since mum, Kirsty, was admitted to a mental health unit in December; Kirsty is now staying with her parents. Owen and Kirsty argue about when she can have them overnight. EHW helping draw up a contact plan.",["REL-CONF"],"mum's MH is outside household"),
("P23","A","2026-02-03","green","Carrow Bank","Owen works nights at the distribution centre and his mum helps with childcare. The children are in school every day.",[],"shift work not FIN; pure good news"),
("P23","C","2026-06-09","blue","Carrow Bank","Kirsty now has the children every other weekend. She and Owen still disagree about bedtimes at her house but talk it through by text.",["REL-CONF"],"blue: managing"),
# P24 Danesford
("P24","A","2026-02-17","green","Danesford","Beth asked the HV for advice because her partner Jamie has talked about leaving; they are not rowing and things at home are calm for now. Lily (2) is not saying any words at 2 years 3 months and the HV has referred her to SALT.",["EYD"],"relationship breakdown only hypothetical"),
("P24","A","2026-02-17","blue","Danesford","A friend gave Beth the number of a relationship helpline and Beth says she and Jamie will ring it if things get harder between them.",[],"REL-CONF hypothetical"),
("P24","C","2026-06-23","blue","Danesford","Lily goes to a weekly SALT group and Beth practises the word games with her at home.",["EYD"],""),
# P25 Ashcombe
("P25","A","2026-03-03","red","Ashcombe","Strategy meeting held after Mikey (11) told his teacher that dad locks mum out of the house and takes her phone whenever they argue. Donna has since disclosed years of coercive control. Section 47 enquiries under way.",["DA"],"arguments part of abuse = DA only"),
("P25","A","2026-03-03","orange","Ashcombe","Dad was arrested and released on bail conditions not to return home. Donna and the children remain at home with a safety plan.",["DA"],"arrest for DV = DA not CRIME"),
("P25","A","2026-03-03","yellow","Ashcombe","Mikey has started wetting the bed again and is not sleeping; school nurse aware.",["PH"],"school-age bedwetting/sleep = PH"),
("P25","C","2026-06-30","orange","Ashcombe","Dad was convicted of controlling behaviour in May and a restraining order is in place. Donna attends the Freedom Programme.",["DA"],"conviction against victim = DA not CRIME"),
("P25","C","2026-06-30","blue","Ashcombe","Mikey has a night-time routine Donna set up and is dry most nights, with the odd accident.",["PH"],"blue: managing"),
# P26 Brindle Heath
("P26","A","2026-03-17","yellow","Brindle Heath","Ryan (17) and his mum Julie row most days about him not looking for work since he left sixth form at Easter. Julie and Ryan's stepdad get on well and back each other up.",["REL-PAR","EDU-NEET"],"parent-child rows = REL-PAR; adults' relationship good; no FIN"),
("P26","C","2026-07-07","green","Brindle Heath","Ryan started an apprenticeship at a local garage in June and the rows with his mum have stopped.",[],"NEET and REL-PAR both over"),
# P27 Carrow Bank
("P27","A","2026-04-07","blue","Carrow Bank","Dad is serving a sentence for robbery and the children visit him monthly with their nan. There was domestic abuse towards mum before he went to prison in 2023; she has had no contact with him herself since.",[],"father outside household (no CRIME); DA historical"),
("P27","A","2026-04-07","yellow","Carrow Bank","Mum, Anita, has MS and uses a wheelchair outside the house. Callum (13) helps her get dressed and does the shopping. Referred to the young carers service.",["PH","CARER"],""),
("P27","C","2026-07-14","green","Carrow Bank","Anita's new partner Des has moved in and does most of her personal care now; Callum no longer does caring tasks and has left the young carers group.",["PH"],"CARER now over"),
# P28 Danesford
("P28","A","2026-04-21","orange","Danesford","Lewis is on licence after a prison sentence for burglary and has moved back into the family home; probation are part of the TAF. He and Hayley argue about money and his friends coming round; Hayley says there has been no violence or controlling behaviour.",["CRIME","REL-CONF"],"adult on licence = CRIME; DA negated"),
("P28","A","2026-04-21","yellow","Danesford","Lewis is getting help from the job centre's employment adviser. The household lives on Hayley's Universal Credit and has had two food bank parcels this month.",["FIN"],""),
("P28","C","2026-08-04","yellow","Danesford","Lewis's licence ended in July and he started work at a warehouse in June. The couple still argue about money but go to a relationship course at the children's centre.",["REL-CONF"],"CRIME and worklessness over; arguing about money is not FIN"),
# Unboxed notes (level from cue, convention 2)
("U001","A","2025-03-20","","Ashcombe","Phone call with mum. She and the children's dad split up last month and are arguing over who keeps the car and the dog. Given a leaflet and a website for separating parents, which she will use herself.",[("REL-CONF","blue")],"signposting only -> blue"),
("U002","A","2025-06-12","","Brindle Heath","Home visit. Mum says her ex-partner was violent in 2019; he moved abroad and there has been no contact since. She is single. Children well and in school. Nothing further identified.",[],"DA historical"),
("U003","A","2025-09-30","","Carrow Bank","TAF review. Parents still argue loudly in front of the children; both say it is not abusive and neither is scared. Jack (9) late most mornings, attendance 88%.",[("REL-CONF","orange"),("EDU-ATT","orange")],"TAF -> orange; DA negated"),
("U004","A","2025-11-06","","Danesford","GP letter: dad has had low mood since his wife left in the summer and has started citalopram. The children live with him; he finds the separation painful but says they co-parent without arguments.",[("MH-ADULT","green"),("REL-CONF","green")],"GP -> green; recent separation coded"),
("U005","A","2026-01-15","","Ashcombe","Strategy discussion: mum's partner assaulted her while she was holding the baby; partner arrested and remanded.",[("DA","red")],"strategy -> red; arrest for DV not CRIME"),
("U006","A","2026-02-26","","Brindle Heath","Early help worker visit. Stepdad and Kayden (14) have shouting matches about his gaming and Kayden has pushed stepdad once. Mum and stepdad's own relationship is good. Worker to start NVR sessions.",[("REL-PAR","yellow")],"EH worker -> yellow; not DA, not REL-CONF"),
("U007","A","2026-04-09","","Carrow Bank","Note from school. Dad says that if mum ever tries to change the contact arrangement he will take her to court; nothing has been applied for and handovers are calm. No concerns about attendance or behaviour.",[],"REL-CONF hypothetical; EDU negated"),
("U008","A","2026-05-14","","Danesford","Police welfare check after Sophie (15) stayed out overnight following a row with her mum about her boyfriend; found safe at his house. Her separated parents both came to the return interview.",[("SAFE-EXP","orange"),("REL-PAR","orange")],"police -> orange; safeguarding is not CRIME; separated parents not REL-CONF"),
]

STAGE = {"A": "assessment", "C": "closure"}
nar, gold, traps = [], [], []
for case, st, date, lvl, loc, text, codes, trap in R:
    if lvl:
        tid = f"{case}-{st}"; nid = f"{tid}-{lvl}"
        rows = [(c, lvl) for c in codes]
    else:
        tid = nid = case
        rows = list(codes)
    nar.append([nid, tid, case, STAGE[st], date, lvl, loc, text])
    gold += [[nid, c, l] for c, l in rows]
    if trap:
        traps.append({"narrative_id": nid, "note": trap})

def write(name, header, rows):
    with open(name, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(header); w.writerows(rows)

write("narratives.csv", "narrative_id,triage_id,case_id,stage,date,level,locality,narrative".split(","), nar)
write("gold.csv", ["narrative_id", "code", "level"], gold)
with open("traps.json", "w", encoding="utf-8") as f:
    json.dump(traps, f, indent=1, ensure_ascii=False)

from collections import Counter
print("narratives", len(nar), "boxed", sum(1 for n in nar if n[5]), "triages", len({n[1] for n in nar if n[5]}),
      "gold rows", len(gold), "no-code narratives", len({n[0] for n in nar} - {g[0] for g in gold}), "with trap notes", len(traps))
print(sorted(Counter(g[1] for g in gold).items()))
print(sorted(Counter(g[2] for g in gold).items()))
