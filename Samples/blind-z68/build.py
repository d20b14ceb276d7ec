#!/usr/bin/env python3
"""Hand-written blind gold set: first-person family support worker write-ups, 2025-26.
Each box: (stage, level, narrative, gold codes, trap note). Run to write the three files."""
import csv, json

LOC = ["Ashbrook", "Kelvedon Vale", "Marshgate", "Thornby"]

# case_id, locality index, assessment date, closure date (or None), boxes
CASES = [
("Z301", 0, "2025-04-07", "2025-09-15", [
 ("A", "green", "I visited Leanne and her son Tyler (3) at home. Tyler goes to Little Acorns nursery three mornings a week and the health visitor picked up at his two-and-a-half-year check that he is only using single words. Leanne told me she has no worries about his eating or sleeping, and I saw nothing to suggest otherwise.", "EYD", "negated PH (eating/sleeping)"),
 ("A", "yellow", "Leanne told me she has been feeling very flat since her mum died in January and some mornings she cannot face getting up. She has not spoken to her GP about it yet, but we agreed I would sit with her while she self-refers to Talking Matters.", "MH-ADULT", ""),
 ("C", "blue", "Leanne told me she still uses the breathing exercises from her Talking Matters sessions and leans on her sister when she has a bad day. Tyler's speech caught up over the summer and the health visitor signed him off in July.", "MH-ADULT", "historical EYD (speech caught up, signed off)"),
]),
("Z302", 1, "2025-05-12", "2025-11-03", [
 ("A", "green", "I met Maisie (12) and her mum Carol at home after school. Carol has multiple sclerosis and is now using a wheelchair most of the time; her consultant at the district hospital sees her every three months. Maisie's school told me her attendance has dropped to 84% this year.", "PH EDU-ATT", ""),
 ("A", "yellow", "Maisie told me she gets her mum's tablets ready, helps her to the toilet at night and does most of the cooking. She says she does not mind but is tired at school and has stopped going to netball. I have referred her to the Kelvedon Young Carers project with her agreement.", "CARER", ""),
 ("C", "blue", "Maisie now goes to the young carers club every Thursday and told me she likes having friends who understand. Carol has a care package in the mornings and evenings, so Maisie still helps but no longer does the night-time toileting. Carol said money is tight but they are not in debt and she has never needed a food bank.", "CARER PH", "negated FIN (not in debt, never food bank)"),
 ("C", "green", "School told me Maisie's attendance is back up to 95% this term and her form tutor checks in with her weekly. There have been no behaviour incidents and she has not been in detention at all.", "EDU-ATT", "negated EDU-EXC; attendance managed via school"),
]),
("Z303", 2, "2025-06-02", "2026-01-19", [
 ("A", "orange", "I met Shanice at the refuge two days after she left the family home with Kai (6) and Amara (2). She told me her partner had controlled all the money, checked her phone and pushed her down the stairs in May, and he was arrested for the assault. The case was heard at MARAC last week and an IDVA is now allocated.", "DA", "arrest for DV is DA only, not CRIME"),
 ("A", "yellow", "The family are in temporary accommodation in one room at the refuge and Shanice is on the council's housing register. She has had no money since she left because her Universal Credit was in his name, and I took her to the food bank on Friday.", "HOUS FIN", ""),
 ("A", "green", "Kai has moved to Marshgate Primary and the school have been welcoming. Amara has had a chesty cough for three weeks and is not yet registered with a GP here, so I helped Shanice fill in the forms.", "PH", ""),
 ("C", "blue", "Shanice has finished the Freedom Programme and told me she now recognises the warning signs she missed before. She has a non-molestation order in place and knows to ring 999 if he comes near the flat. They moved into a two-bedroom housing association flat in October and she told me it feels like home.", "DA", "historical HOUS (rehoused)"),
 ("C", "green", "Shanice now has her own Universal Credit claim and is paying off the advance at £30 a month. Amara is registered with the surgery and had her jabs in November.", "FIN", "PH: immunisations done, need met"),
]),
("Z304", 3, "2025-03-10", "2025-10-20", [
 ("A", "orange", "Jordan (14) has had three suspensions from Thornby Academy since September for swearing at staff and one fight, and the head has told mum a permanent exclusion is being considered. Last month police stopped him in Leicester with £400 and wraps of crack cocaine, and he is now open to the YOS. I share the school's worry that older lads are using him to run drugs.", "EDU-EXC CRIME SAFE-EXP", "drugs on exploited child: SAFE-EXP+CRIME not SUB"),
 ("A", "yellow", "Mum, Donna, told me Jordan comes and goes as he pleases and slams doors and shouts when she asks where he has been. She feels she has lost any say over him. She does not drink or use anything herself and I had no concerns about the home.", "REL-PAR", "negated SUB (mum), negated SAFE-NEG"),
 ("C", "yellow", "Jordan is on a managed move to Greywell School and has not been suspended since he started there in June. He completed his referral order in September. Donna told me she still struggles to get him in by ten on a school night and we agreed she would try the Triple P group.", "EDU-EXC REL-PAR", "referral order completed → CRIME historical; managed move current → EDU-EXC"),
]),
("Z305", 0, "2025-07-07", "2026-02-09", [
 ("A", "yellow", "I visited Callum (17) and his dad Steve. Callum dropped out of his college plumbing course at Christmas and has not been working or studying since. He told me he gets panicky in crowds and spends most days in his room, and he has been waiting since April for a first appointment with the young people's counselling service.", "EDU-NEET MH-CHILD", ""),
 ("A", "green", "Steve was made redundant from the warehouse in May and has been looking for work since. He told me they are just about keeping up with the bills, but he has had to move onto Universal Credit and his first payment was late, leaving them short for three weeks. He has no health problems and has never had trouble with drink.", "FIN", "negated PH, negated SUB"),
 ("C", "blue", "Callum started an apprenticeship with a local electrician in January and told me he feels calmer now that he has somewhere to be. He finished his counselling sessions in December and said he does not need any more. Steve picks up agency shifts most weeks.", "", "historical EDU-NEET, historical MH-CHILD; shifts not FIN"),
]),
("Z306", 1, "2025-02-17", "2025-12-08", [
 ("A", "red", "I did a joint visit with the social worker after the school raised concerns. The house had dog mess on the floors, no bedding on the children's mattresses and nothing in the fridge apart from a bottle of vodka. Dad, Gary, smelled of alcohol at 11am and admitted he is drinking most of a bottle a day. An ICPC was held last week and Lily (7) and Noah (4) are now on child protection plans under neglect.", "SAFE-NEG SUB", ""),
 ("A", "yellow", "Noah is meant to take up his 15 free hours at Bright Stars nursery but has only been three times since January. Lily has had 22 days off school this year and is often late. I have agreed with Gary that I will do the nursery run with him on Tuesdays to get a routine going.", "EYD EDU-ATT", ""),
 ("C", "orange", "The children came off their child protection plans in October and are now on a child in need plan. Gary has been attending the Pathways alcohol service for eight months and his last two breath tests were clear. He knows that if he relapses the case will go back to conference.", "SUB", "hypothetical relapse; CP plan historical (box level governs)"),
 ("C", "green", "Lily's attendance is up to 96% and the attendance officer still rings Gary if she is not in by half nine. Noah now goes to nursery every morning and his keyworker says he has settled well. The house was clean and tidy when I visited and there was plenty of food in.", "EDU-ATT EYD", "SAFE-NEG now over (clean, food in): not coded"),
]),
("Z307", 2, "2025-09-22", "2026-03-30", [
 ("A", "green", "Ellis (8) is on the ADHD pathway at the child development centre and the SENCO at Hollins Primary has put him on SEN support with a movement break every hour. His teacher told me he is bright but struggles to stay in his seat.", "EDU-SEND", ""),
 ("A", "yellow", "Mum, Gemma, told me Ellis hits and kicks her when she turns the tablet off, and last week he threw a mug that cut her arm. She was clear that she does not think of this as domestic abuse and she does not want the police involved. Bedtime is chaotic and he is rarely asleep before eleven.", "REL-PAR PH", "child-to-parent violence is REL-PAR not DA; sleep at school age PH"),
 ("C", "blue", "Ellis has his ADHD diagnosis and takes his medication every morning, which Gemma manages herself. She told me the reward chart we set up is still on the fridge and the hitting has mostly stopped, though he still has the odd meltdown over screens.", "EDU-SEND REL-PAR", "managing counts in blue"),
]),
("Z308", 3, "2025-04-28", "2025-10-06", [
 ("A", "yellow", "I met Rachel and Dean separately because they separated in February and cannot be in the same room without arguing. They disagree about how often Freya (5) should stay at Dean's and the handovers at McDonald's have turned into shouting matches in front of her. Both told me there has never been any violence or controlling behaviour in the relationship, and I have no reason to doubt that.", "REL-CONF", "negated DA"),
 ("A", "green", "Freya's reception teacher told me she has become clingy and cries at drop-off on Mondays after weekends at dad's. She is toilet trained and her speech is good. The school has offered her a place in its nurture group at lunchtimes.", "MH-CHILD", "negated EYD (toilet trained, speech good)"),
 ("C", "blue", "Rachel and Dean went to four mediation sessions and now have a written contact plan, with handovers at school so they do not have to meet. Rachel told me they still message sharply at times but it has not spilled over in front of Freya since the summer.", "REL-CONF", "managing in blue"),
]),
("Z309", 0, "2025-10-13", None, [
 ("A", "yellow", "I visited Priya and her baby Arjun (5 months). Priya told me she cries most days, feels she is failing as a mum and has had thoughts that the baby would be better off without her, though she has no plans to act on them. Her GP has started her on sertraline and the perinatal mental health team are assessing her next week.", "MH-ADULT", ""),
 ("A", "green", "The health visitor is supporting Priya to start weaning Arjun, who is on the 9th centile and slow to gain weight. He is up to date with his immunisations.", "EYD PH", "weight→PH, weaning→EYD; immunisations up to date no need"),
 ("A", "orange", "The flat has black mould across the bedroom ceiling where Arjun's cot is, and the private landlord has ignored three letters. When Priya chased him he served a section 21 notice, so the family now risks losing the flat in December. I have made a referral to the council's housing options team and environmental health.", "HOUS", ""),
]),
("Z310", 1, "2025-01-20", "2025-08-18", [
 ("A", "orange", "Sophie (15) told me she has been cutting her arms since November and that she sometimes thinks about not being here. She was seen by CAMHS crisis after an overdose of paracetamol two weeks ago and now has a care coordinator. She said she has never used drugs or drunk alcohol.", "MH-CHILD", "negated SUB; overdose of paracetamol is not SUB"),
 ("A", "yellow", "Mum found messages on Sophie's phone from a man in his twenties she met on Snapchat who had asked her for pictures and to meet up. Sophie had not met him, and the police have taken the phone. We agreed a plan for phone use and I will do online safety work with Sophie.", "SAFE-EXP", "police action safeguarding not CRIME"),
 ("C", "green", "Sophie has been discharged from CAMHS and sees the school counsellor every fortnight about her low mood. She told me she has not self-harmed since April. The police closed their investigation into the man in June and he has not contacted her since.", "MH-CHILD", "self-harm historical; SAFE-EXP over (historical)"),
]),
("Z311", 2, "2025-08-04", "2026-02-23", [
 ("A", "orange", "Mark told me he owes around £7,000 on credit cards and payday loans from online betting, and he hid this from his partner Kerry until the bailiffs' letter came. The rent is £1,100 in arrears and the housing association has served a notice seeking possession. He has self-excluded from the betting sites and we made an appointment with Citizens Advice together.", "FIN HOUS", "gambling debts FIN not SUB; self-excluded lookalike"),
 ("A", "yellow", "Kerry told me she and Mark have been rowing every night since she found out about the debt and she has asked him to sleep on the sofa. She said he has never hurt her or threatened her. The children, Ruby (10) and Alfie (7), have asked her if daddy is leaving.", "REL-CONF", "negated DA"),
 ("C", "blue", "Mark is paying £60 a month through a debt management plan and the arrears are now down to £300, with a repayment agreement the housing association accepted. He goes to Gamblers Anonymous on Wednesdays. Kerry said they are getting on better and have not had a big argument since Christmas.", "FIN", "managing arrears in blue → FIN; rent arrears are FIN; REL-CONF over; gambling not SUB"),
]),
("Z312", 3, "2025-11-10", "2026-05-11", [
 ("A", "yellow", "Harvey (11) has not been into school for the past five weeks. He told me boys in his year have been calling him names and sharing a video of him on a group chat, and he feels sick every morning before school. Mum, Tanya, said he used to love school and she has never had to fight to get him there before.", "EDU-ATT SAFE-EXP MH-CHILD", ""),
 ("A", "green", "Harvey's GP has checked his stomach aches and found no physical cause. Tanya has arranged to meet the head of year about the bullying and a part-time timetable for his return.", "EDU-ATT SAFE-EXP", "negated PH (no physical cause)"),
 ("C", "green", "Harvey is back in school full time and has a mentor he can go to at breaks. He told me the group chat was shut down and nobody has picked on him since February. He still gets nervous on Sunday nights, and the school nurse is seeing him about his worries.", "MH-CHILD", "bullying over (historical)"),
]),
("Z313", 3, "2025-03-03", "2025-09-29", [
 ("A", "orange", "Lee came out of prison in January and is on licence to the probation service until next year. He is on a methadone script from the Thornby drug service and told me he has not used heroin since his release. His partner Jade and their son Mason (9) are glad to have him home but Jade worries about him slipping back.", "CRIME SUB", "on licence → CRIME; methadone → SUB; worry hypothetical"),
 ("A", "yellow", "Jade told me she is finding it hard to set rules now that Lee is home, because Mason plays them off against each other and refuses to go to bed. We agreed to do some joint sessions on routines.", "REL-PAR", ""),
 ("C", "blue", "Lee is still on his methadone script and is reducing it with his keyworker. Mason is in bed by half eight most nights and Jade said they are sticking to the plan we wrote together.", "SUB REL-PAR", "ongoing treatment codes SUB; managing routine in blue"),
]),
("Z314", 0, "2025-09-08", "2026-03-16", [
 ("A", "green", "Oscar (7) still wets the bed most nights and mum, Hayley, told me he is embarrassed to go on sleepovers. The school nurse has referred him to the enuresis clinic. His class teacher says his speech is hard to understand and the speech and language therapist is due to assess him at school.", "PH EDU-SEND", "school-age bedwetting PH; school-age speech EDU-SEND"),
 ("A", "blue", "Hayley's mum has the children after school three days a week while she works at the care home. Hayley told me she has no money worries and the house is warm and secure.", "", "negated FIN, negated HOUS; pure good news"),
 ("C", "green", "Oscar is dry most nights since he started the alarm from the enuresis clinic. He is having weekly speech sessions in school and is now on the SEN register.", "PH EDU-SEND", "managing PH in green"),
]),
("Z315", 1, "2025-05-19", "2025-12-15", [
 ("A", "yellow", "I visited Bernadette, who is kinship carer for her grandson Riley (10) under a special guardianship order since his mum died last year. Riley has nightmares and flashbacks about finding his mum and has been referred to the Willow bereavement service. Bernadette is fit and well, and Riley has no jobs at home beyond tidying his room.", "MH-CHILD", "kinship carer not CARER; 'carer' lookalike"),
 ("A", "orange", "Bernadette's special guardianship allowance stopped in April because of a mix-up between two councils and she is now £600 behind on her council tax and has had a summons. She has used the food bank twice. I have raised it with the SGO team and the council tax office.", "FIN", ""),
 ("C", "green", "The allowance was backdated in July and Bernadette cleared the council tax before the court date. Riley finished his sessions at Willow and his teacher says he is settled, though he still sleeps with the landing light on.", "", "FIN cleared (historical); MH-CHILD finished; light on — not stated as a need"),
]),
("Z316", 2, "2025-02-03", "2025-07-28", [
 ("A", "orange", "Kayla (14) has been reported missing four times since Christmas, and each time police found her in the town centre with older girls in the early hours. She came home on Sunday with a new phone and would not say where it came from. The police came round after the last missing episode only to do a return check, and Kayla has not been in any trouble herself.", "SAFE-EXP", "police return check not CRIME; negated CRIME"),
 ("A", "yellow", "Mum, Nicola, told me she and Kayla argue constantly and Kayla calls her names and refuses to follow any curfew. Nicola said she has stopped trying to set rules because it ends in a screaming match.", "REL-PAR", ""),
 ("C", "yellow", "Kayla has not gone missing since April and she now texts Nicola if she is going to be late. They still clash over her phone and Nicola has started the Talking Teens course through the early help hub.", "REL-PAR", "missing episodes historical"),
]),
("Z317", 3, "2025-11-24", "2026-04-20", [
 ("A", "orange", "The family of seven are living in a two-bedroom flat and the three boys share a bunk bed and a mattress on the floor. Mum, Aisha, told me the council has assessed them as statutorily overcrowded but there is no larger property available. I saw condensation running down the windows and damp on the boys' wall.", "HOUS", ""),
 ("A", "yellow", "When I visited there was no food in the cupboards and the youngest, Bilal (4), told me he was hungry. Aisha said their Universal Credit was cut after a sanction and they have run out of gas on the meter twice this month. I gave them a food bank voucher and applied for the household support fund.", "SAFE-NEG FIN", "hungry child SAFE-NEG + food bank/fuel FIN"),
 ("C", "blue", "The sanction was overturned and Aisha now has a budget plan she sticks to, putting money on the gas meter every Friday. She is still on the bidding list for a bigger home and has bid every week.", "FIN HOUS", "managing in blue; sanction historical but budgeting managing"),
]),
("Z318", 0, "2025-06-16", "2025-12-01", [
 ("A", "green", "Zoe (13) has type 1 diabetes and has missed her last two clinic appointments at the hospital. Her dad, Paul, told me she sometimes skips her insulin at school so her friends will not see. The school nurse is putting together a care plan with her.", "PH", ""),
 ("A", "yellow", "Paul has been a single parent since Zoe's mum moved abroad, and Zoe told me they hardly talk except to argue about her diabetes. She said she is not sad or worried, she just wants to be left alone.", "REL-PAR", "negated MH-CHILD"),
 ("C", "blue", "Zoe now manages her own insulin with a pump and has been to every clinic since August. She and Paul have a takeaway on Fridays and she said they get on much better.", "PH", "managing PH in blue; REL-PAR good news, no need stated → not coded"),
]),
("Z319", 1, "2025-09-29", "2026-04-13", [
 ("A", "orange", "Tyrese (12) was suspended twice in his first term at Kelvedon High for throwing chairs, and the school has arranged a managed move to Brookfield Academy. The SENCO thinks he may have dyslexia and has asked the educational psychologist to assess him. Mum, Marcia, told me he has never been in trouble with the police.", "EDU-EXC EDU-SEND", "negated CRIME"),
 ("A", "green", "Marcia told me Tyrese is lovely at home, helps with his little sister and goes to football training twice a week. She has no concerns about his behaviour or mood out of school.", "", "'helps with sister' not CARER; negated REL-PAR/MH-CHILD; pure good news"),
 ("C", "green", "Tyrese's managed move became permanent in March and he has not been suspended since. The educational psychologist confirmed dyslexia and he now has a reader in exams and SEN support from the SENCO at Brookfield.", "EDU-SEND", "managed move completed & no suspensions → EDU-EXC historical"),
]),
("Z320", 2, "2025-01-13", "2025-07-14", [
 ("A", "orange", "Mum, Tracey, told me she drinks a bottle of wine most evenings and sometimes more at weekends, and she has been to A&E twice with falls. She left a violent marriage in 2018 and has had no contact with her ex since. She agreed to a referral to the Marshgate alcohol team.", "SUB PH", "historical DA (2018, no contact)"),
 ("A", "yellow", "Ben (13) told me he makes the tea most nights, walks his sister to school and puts his mum to bed when she has had too much. He said he worries about her when he is at school.", "CARER", ""),
 ("C", "blue", "Tracey has been alcohol-free for twelve weeks and goes to a SMART Recovery group with a friend. Ben still helps with his sister but told me he now has time to see his mates, and he goes to the young carers group once a month.", "SUB CARER", "managing in blue; SMART recovery ongoing"),
]),
("Z321", 3, "2025-07-21", "2026-01-26", [
 ("A", "green", "Mia (3) is not yet toilet trained and is still in nappies day and night. Mum, Chloe, has not taken up her free nursery place because she was worried Mia would not be accepted in nappies. The health visitor has given her a toileting plan.", "EYD", ""),
 ("A", "blue", "Chloe smokes but only outside, and she told me she is trying to cut down with vapes. Her partner works nights and her mum lives round the corner.", "", "smoking/vaping not SUB; shifts not FIN"),
 ("C", "green", "Mia started at Sunnyside Nursery in September and is now dry in the day, though she still wears a nappy at night. Her keyworker says she is settling well.", "EYD", "managing EYD in green"),
]),
("Z322", 0, "2025-10-27", "2026-05-04", [
 ("A", "yellow", "Dad, Ryan, told me he has had depression on and off for years and was signed off work in August. He is on the waiting list for talking therapy. He and his wife Kirsty argue a lot about money and about him not helping with the children, and Kirsty told me she is thinking of leaving.", "MH-ADULT REL-CONF", ""),
 ("A", "green", "Ryan's sick pay ends next month and Kirsty works part-time at the school kitchen, so the household income is about to drop sharply. They have already borrowed from Kirsty's sister to pay this month's council tax, and I have given them the number of the council's benefits advice line.", "FIN", ""),
 ("C", "blue", "Ryan finished his course of therapy and says he has his good days and bad days but uses the tools he learned. He and Kirsty do a walk together on Sundays to talk things through, and they told me the arguing has calmed down.", "MH-ADULT REL-CONF", "managing in blue"),
]),
("Z323", 1, "2025-03-24", "2025-11-17", [
 ("A", "red", "A strategy meeting was held after Ava (9) told her teacher that mum's boyfriend hit her mum and locked them in the bedroom. The s47 enquiry found the boyfriend, Craig, had been controlling mum's money and phone. Mum, Kirsty, admitted using cocaine with Craig at weekends. The children were living in one bedroom with clothes and rubbish piled up.", "DA SUB SAFE-NEG", ""),
 ("A", "orange", "Ava has missed 30 sessions of school since September and her younger brother Jake (6) is often sent in without breakfast or a coat. The school has called a TAF meeting.", "EDU-ATT SAFE-NEG", ""),
 ("C", "yellow", "Craig is serving a prison sentence for the assault and Kirsty has ended the relationship. She has tested clear for cocaine for five months and has stopped going to the drug service. Ava's attendance is now 91% and she sees the school's learning mentor about her worries.", "MH-CHILD", "DA historical (ended, he's in prison); SUB stopped; attendance fine; MH-CHILD learning mentor current"),
]),
("Z324", 2, "2025-05-05", "2025-11-24", [
 ("A", "orange", "Grace (10) has epilepsy and has had three seizures at school this term. She takes prescribed drugs twice a day and her neurologist is changing her dose. She is on a part-time timetable of mornings only and has an EHCP for her learning difficulties.", "PH EDU-ATT EDU-SEND", "'prescribed drugs' not SUB"),
 ("A", "yellow", "Mum, Emma, told me she has given up her job to be there if the school calls, and she is worried about the bills. She has applied for DLA for Grace and is waiting to hear.", "FIN", "DLA with money problem → FIN; not CARER (mum is parent carer)"),
 ("C", "green", "Grace has been seizure-free since her medication changed in July and is back in school full time. Emma still gives her the epilepsy medication twice a day and keeps a seizure diary. Her EHCP review in October kept her one-to-one support.", "EDU-SEND PH", "PH managed in green; part-time timetable over → EDU-ATT historical"),
]),
("Z325", 3, "2025-08-18", "2026-03-02", [
 ("A", "orange", "Connor (15) smokes cannabis most days with friends and mum, Sarah, found a grinder in his room. He was arrested in July for criminal damage to a bus shelter and has a youth caution. Police have also been called to the estate about him and his friends being rowdy.", "SUB CRIME", ""),
 ("A", "yellow", "Sarah told me Connor pushed her against a wall when she took his money away, and her partner had to step in. She does not want to report him. Connor's older brother Liam, who lives with his girlfriend in Leeds, had similar problems at that age.", "REL-PAR", "child-to-parent violence REL-PAR, no police → no CRIME; brother outside household"),
 ("C", "yellow", "Connor is seeing a worker from the young people's drug and alcohol service and says he is down to a joint at weekends. He has not been in trouble with the police since the caution.", "SUB", "CRIME over"),
]),
("Z326", 0, "2025-12-01", "2026-06-08", [
 ("A", "orange", "The family arrived from Sudan eight months ago and are in hotel accommodation while the council looks for a home. Dad, Yousif, told me he has bad dreams and cannot sleep since the war, and the GP has referred him to the trauma service. They have no money for school uniform and rely on the community food bank.", "HOUS MH-ADULT FIN", ""),
 ("A", "green", "Both children, Amna (8) and Hamid (6), attend Ashbrook Primary and the school has put them in an English group. Their attendance is good and the head says they are doing well.", "", "pure good news; EAL not SEND"),
 ("C", "blue", "The family moved into a three-bedroom council house in April. Yousif is still seeing the trauma counsellor every fortnight, and he has started volunteering at the mosque.", "MH-ADULT", "HOUS historical (rehoused)"),
]),
("Z327", 1, "2025-06-23", "2026-01-05", [
 ("A", "yellow", "Ellie (16) left school in June with no GCSEs and has not applied to college or for any work. She told me she is 18 weeks pregnant and has not yet booked in with the midwife. Her mum, Jo, says Ellie is welcome to stay at home and there is plenty of room.", "EDU-NEET PH", "negated HOUS"),
 ("C", "green", "Ellie had her baby in November and the health visitor is seeing them both. She is not in education or work at the moment, but she has a place on the Young Parents course at college starting in February.", "EDU-NEET", "NEET current until course starts; baby well, not PH"),
]),
("Z328", 2, "2025-04-14", None, [
 ("A", "green", "Amelia (10) has been chatting to strangers on Roblox and gave out her school name. Her school ran an online safety assembly and her teacher spoke to mum, Louise.", "SAFE-EXP", ""),
 ("A", "blue", "Louise told me she has now set parental controls on the tablet and the games console after watching the videos I sent her. She said she would ask for more help if Amelia found a way round them.", "SAFE-EXP", "managing in blue; 'ask for help if' hypothetical"),
]),
("Z329", 3, "2025-02-10", "2025-09-01", [
 ("A", "yellow", "I visited after the school nurse raised concerns that the three children often come to school in dirty clothes and smell of urine. None of the children has seen a dentist, and Logan (5) has several rotten teeth. Mum, Kim, told me the washing machine broke in November and she cannot afford a new one.", "SAFE-NEG PH FIN", ""),
 ("A", "green", "Kim's youngest, Poppy (18 months), missed her one-year jabs. The health visitor rebooked them and Kim said she would take her.", "PH", ""),
 ("C", "blue", "A charity grant paid for a washing machine and Kim now does a wash every other day. All three children are registered with a dentist, and Logan had his teeth treated in June.", "", "needs now met (historical SAFE-NEG, PH, FIN)"),
]),
("Z330", 0, "2025-08-11", "2026-02-16", [
 ("A", "yellow", "Dev and his wife Meena came to us after Dev's hours were cut and they fell £800 behind on the electricity. They have two children, Kiran (9) and Sana (6), and told me there are no other worries. I referred them to Citizens Advice and the energy company's hardship fund.", "FIN", "negated others"),
 ("C", "blue", "Dev and Meena are paying £25 a month off the electricity arrears and are on a prepayment meter they manage well. They told me they would contact Citizens Advice again if they fell behind.", "FIN", "managing in blue; hypothetical"),
]),
]

# unboxed notes: id, locality, date, narrative, codes, level, trap
NOTES = [
("Z391", 1, "2025-05-28", "I phoned mum, Laura, to check in after the child protection conference. Jack (4) is now on a child protection plan for neglect because he was found alone in the flat. Laura told me she is not drinking and the house is clean, and I have no reason to think otherwise.", "SAFE-NEG", "red", "negated SUB; home clean but neglect CP plan current"),
("Z392", 2, "2025-09-09", "I spoke to Nadia, who told me her landlord has served an eviction notice because he wants to sell, giving them until November. She has never been in arrears. I have referred her to the housing options team.", "HOUS", "orange", "negated FIN"),
("Z393", 3, "2025-11-18", "I met Grandad, Terry, who looks after Ollie (2) while mum works. The health visitor thinks Ollie's speech is behind and has referred him to the Portage service. Terry told me he used to drink heavily years ago but has been sober since 2010.", "EYD", "yellow", "historical SUB"),
("Z394", 0, "2026-01-12", "I called mum, Steph, who told me Lucy (14) has been seeing her GP about low mood and has started going to a youth club on Fridays. Steph said there is no self-harm and Lucy is going to school every day.", "MH-CHILD", "green", "negated self-harm; attendance good news"),
("Z395", 1, "2026-02-02", "Darren told me on the phone that he has sorted out a payment plan with the water company himself after his brother showed him the social tariff website. He is paying £15 a month and says he is on top of it now.", "FIN", "blue", "managing (no service cue) → blue"),
("Z396", 2, "2026-03-09", "I attended the TAF review for the Hussain family. Police were called on Saturday after Zain (16) smashed a window at home during an argument with his dad, and he has since been referred to the YOS. Zain has not been at college since half-term.", "CRIME REL-PAR EDU-NEET", "orange", "no DA (child-parent)"),
]

def main():
    rows, gold, traps = [], [], {}
    for cid, li, da, dc, boxes in CASES:
        for st, lvl, text, codes, trap in boxes:
            stage = "assessment" if st == "A" else "closure"
            date = da if st == "A" else dc
            nid = f"{cid}-{st}-{lvl}"
            rows.append([nid, f"{cid}-{st}", cid, stage, date, lvl, LOC[li], text])
            for c in codes.split():
                gold.append([nid, c, lvl])
            if trap:
                traps[nid] = trap
    for nid, li, date, text, codes, lvl, trap in NOTES:
        rows.append([nid, nid, nid, "assessment", date, "", LOC[li], text])
        for c in codes.split():
            gold.append([nid, c, lvl])
        if trap:
            traps[nid] = trap
    with open("narratives.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"])
        w.writerows(rows)
    with open("gold.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "code", "level"])
        w.writerows(gold)
    with open("traps.json", "w", encoding="utf-8") as f:
        json.dump(traps, f, indent=1, ensure_ascii=False)
    print(len(rows), "narratives,", len(gold), "gold rows,", len(traps), "with trap notes")

if __name__ == "__main__":
    main()
