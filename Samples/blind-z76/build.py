#!/usr/bin/env python3
"""Blind hand-coded gold set: early help front door / MASH-style contact log, 2025-26.
Every narrative, its gold codes and trap notes are written by hand below.
Trap types: neg (negated), hist (historical/over), hyp (hypothetical), outside (person outside
the household), look (look-alike word), met (need now met / good news only), conv (coding convention)."""
import csv, json, os

OUT = os.path.dirname(os.path.abspath(__file__))

# (case, locality, assessment date, closure date, [(stage, level, text, [codes], [(trap_type, note)])])
CASES = [
 ("M001", "Ashbrook", "2025-04-07", "2025-08-22", [
  ("A", "green", "Contact from Hollins Lane Primary: Tyler (7) is turning up without breakfast most days and asking the lunch staff for toast; his uniform has not been washed for a week. Mum (Shannon) told the DSL the gas card ran out and she is waiting on her UC payment. School have given Tyler a free breakfast club place.",
   ["SAFE-NEG", "FIN"], [("conv", "hungry child = SAFE-NEG, gas card/waiting on UC = money problem FIN (conv 10, 5)")]),
  ("A", "yellow", "Shannon agreed to an early help worker for budgeting and was given a food bank voucher. She owes £1,100 council tax and has had a letter from enforcement agents. DA: none known – Shannon lives alone with Tyler and has not had a partner for two years.",
   ["FIN"], [("neg", "DA: none known")]),
  ("C", "blue", "Shannon is paying the council tax back at £30 a month and goes to the community larder when money runs short. She says Tyler has breakfast at home now.",
   ["FIN"], [("met", "Tyler's breakfast is good news only, no need stated in this box: not SAFE-NEG")]),
 ]),
 ("M002", "Millbeck", "2025-05-12", "2025-10-03", [
  ("A", "orange", "Police PPN: officers attended at 23:40 after a neighbour heard shouting. Leah (29) said her ex-partner Dean, who does not live there but comes round to see the baby, pushed her into the door frame. Dean arrested for assault. Leah says he is always drunk when he turns up. Maisie (10 months) was asleep upstairs. DASH medium, IDVA referral made.",
   ["DA"], [("outside", "Dean's drinking is an outside person's issue: not SUB"), ("conv", "ex-partner's assault/arrest is DA only, not CRIME (conv 7)")]),
  ("A", "green", "HV aware. Maisie has missed her 1-year immunisations twice; Leah said the appointments went out of her head with everything going on. HV rebooking at the surgery.",
   ["PH"], []),
  ("C", "yellow", "Leah finished the Freedom Programme with the women's aid service and now has a non-molestation order. Dean sees Maisie at the contact centre only.",
   ["DA"], [("look", "'contact centre' is not a contact dispute: no REL-CONF")]),
  ("C", "green", "Immunisations caught up at the GP in July and no health appointments are outstanding.",
   [], [("hist", "immunisations caught up: over")]),
 ]),
 ("M003", "Corran Heath", "2025-06-02", "2025-06-04", [
  ("A", "green", "Anonymous caller said the children at 14 Pell Close are left on their own every evening and the house stinks. Duty worker visited the same day: Mr and Mrs Okafor both home, house clean with plenty of food in, both children (6 and 9) chatty and well dressed. Parents work shifts and a grandparent babysits when they overlap. School report good attendance and no worries. Report unfounded.",
   [], [("neg", "neglect allegation not substantiated"), ("conv", "working shifts is not FIN (conv 5)"), ("met", "good attendance is good news only")]),
  ("C", "blue", "Closed at the front door with no further action. Parents know how to get in touch if they ever need us.",
   [], [("hyp", "'if they ever need' is hypothetical")]),
 ]),
 ("M004", "Stowford", "2025-07-14", "2026-01-09", [
  ("A", "yellow", "GP referral: Mr Adeyemi (44) has severe depression and has been signed off work since May; he told the GP he has had thoughts of ending his life but has no plan. His daughter Grace (13) is doing the cooking and getting her little brother ready for school. Grace told the school nurse she feels anxious most days and worries about her dad. Referral made to the young carers service.",
   ["MH-ADULT", "CARER", "MH-CHILD"], [("conv", "signed off work is not by itself a money problem: no FIN")]),
  ("A", "orange", "Home treatment team involved after the GP contact and Mr Adeyemi now has a care coordinator at the community mental health team. Grace's attendance has fallen to 84% and she has been late 11 times this term.",
   ["MH-ADULT", "EDU-ATT"], []),
  ("C", "blue", "Grace goes to the young carers group on Thursdays and says she has more time for herself now. Dad is back at work part-time, says his mood has lifted and is still taking the tablets from his GP.",
   ["CARER", "MH-ADULT"], [("conv", "blue box, now managing counts as present (conv 3)")]),
  ("C", "green", "Grace's attendance is 96% with no lates since October. She still drops in to see the school nurse about her anxiety.",
   ["MH-CHILD"], [("hist", "no lates since October: EDU-ATT over")]),
 ]),
 ("M005", "Ashbrook", "2025-04-22", "2025-11-14", [
  ("A", "yellow", "Housing officer contact: two adults and four children living in a two-bed flat at Sorrel House. Black mould in both bedrooms and Amir (2) has had three chest infections since the winter. Mum says the landlord ignores every repair request. The rent is fully paid up.",
   ["HOUS", "PH"], [("met", "rent paid up is good news only: not FIN")]),
  ("A", "orange", "Landlord served a section 21 notice on 10 April; the family have to be out by the middle of June. Housing options appointment booked and the EH worker will go with mum.",
   ["HOUS"], []),
  ("C", "green", "Family moved into a four-bed housing association house in September. Amir's chest infections have cleared up and the GP has stopped his inhaler.",
   [], [("hist", "rehoused: HOUS over"), ("hist", "infections cleared, inhaler stopped: PH over")]),
  ("C", "blue", "Mum got a welfare assistance grant for beds and is paying back a £200 budgeting advance at £15 a month.",
   ["FIN"], []),
 ]),
 ("M006", "Millbeck", "2025-09-29", "2026-03-20", [
  ("A", "orange", "Call from Beacon Academy: Kai (14) given a five-day suspension for bringing a knife into school. Police attended and arrested him. Kai told staff older lads pay him to carry bags to the park, and mum says he has been going missing overnight at weekends.",
   ["EDU-EXC", "CRIME", "SAFE-EXP"], []),
  ("A", "red", "Strategy meeting held 2 October because of criminal exploitation concerns; section 47 enquiries started and an NRM referral made for Kai.",
   ["SAFE-EXP"], []),
  ("C", "orange", "Kai is on a referral order with YOS for the knife offence and there have been no missing episodes since December. A managed move to Greyfield School has been agreed.",
   ["CRIME", "EDU-EXC"], [("hist", "no missing episodes since December: SAFE-EXP over in this box")]),
 ]),
 ("M007", "Corran Heath", "2025-05-06", "2025-12-02", [
  ("A", "green", "HV contact: Lily (2 years 6 months) has only a handful of words and is still in nappies. She has not taken up her funded nursery place. Mum (Chloe) is happy for a speech and language referral.",
   ["EYD"], []),
  ("A", "yellow", "Chloe scored high on the EPDS at the new baby's 6-week check and said she cries most days and can't enjoy the baby. She has started sertraline and has been referred to the perinatal wellbeing group.",
   ["MH-ADULT"], []),
  ("C", "blue", "Chloe says she feels like herself again and has come off the sertraline. She meets other mums at the Tuesday baby group.",
   [], [("hist", "feels herself again, off medication: MH-ADULT over")]),
  ("C", "green", "Lily goes to Little Acorns nursery three mornings a week and is starting to put two words together; SALT review booked for February.",
   ["EYD"], []),
 ]),
 ("M008", "Stowford", "2025-08-11", "2025-10-20", [
  ("A", "blue", "Neighbour rang to say the children at number 7 scream late every night and the police are always round. Mum (Priya) explained the police come about the lad next door causing trouble on the landing, not about her family. School say the children come in rested and ready. No concerns found.",
   [], [("outside", "ASB by a neighbour's son: not CRIME"), ("neg", "no concerns found")]),
  ("A", "green", "Priya mentioned that Arjun (8) has started wetting the bed again since the summer holidays; she has booked to see the GP.",
   ["PH"], [("conv", "bedwetting at school age is PH (conv 9)")]),
  ("C", "green", "GP gave Arjun an enuresis alarm and he is dry most nights now.",
   ["PH"], [("conv", "green box, ongoing treatment and now managing")]),
 ]),
 ("M009", "Ashbrook", "2025-10-06", "2025-10-08", [
  ("A", "green", "Anonymous call: a man is dealing drugs out of the flat with kids around. On visit, Natalie lives alone with her two children; the man is her brother, who stays some weekends and smokes weed in his car. Natalie has told him not to bring it inside. She says she has never used drugs herself. Children well cared for.",
   [], [("outside", "brother does not live there: not SUB/CRIME"), ("neg", "Natalie never used drugs")]),
  ("A", "blue", "Poppy (15) vapes and Natalie asked where she could find stop-smoking help for teenagers; link sent.",
   [], [("look", "vaping is not SUB (conv 12)")]),
  ("C", "blue", "No further action. Natalie knows to ring if her brother's visits start to cause problems.",
   [], [("hyp", "if the visits start to cause problems")]),
 ]),
 ("M010", "Millbeck", "2025-09-15", "2026-02-27", [
  ("A", "yellow", "Oakridge Juniors report Ethan (9) on 71% attendance; he won't get out of the car at the gate most mornings, cries and says he feels sick with worry. Mum (Karen) says he has been waiting 18 months for an autism assessment.",
   ["EDU-ATT", "MH-CHILD", "EDU-SEND"], []),
  ("A", "green", "SENCO has put Ethan on SEN support with a quiet room at lunchtimes.",
   ["EDU-SEND"], []),
  ("C", "yellow", "EH worker agreed a part-time timetable with school: Ethan is in for mornings and will build up to full days after half term. Autism diagnosis given in January and an EHCP request has gone in.",
   ["EDU-ATT", "EDU-SEND"], []),
 ]),
 ("M011", "Corran Heath", "2025-11-03", "2026-04-10", [
  ("A", "orange", "Police PPN: Mia (15) reported missing overnight by her mum and found by officers at 3am in a flat in town with adult men she had met online. Return home interview completed.",
   ["SAFE-EXP"], [("conv", "police finding a missing child is safeguarding, not CRIME (conv 7)")]),
  ("A", "red", "Strategy discussion held; CSE risk assessment done and Mia is open to the exploitation team on a child in need plan.",
   ["SAFE-EXP"], []),
  ("C", "orange", "No missing episodes since January, but the exploitation team still see Mia weekly. She has been referred to CAMHS after telling her worker in March that she has been cutting.",
   ["SAFE-EXP", "MH-CHILD"], [("hist", "missing episodes over, but ongoing exploitation work keeps SAFE-EXP present")]),
 ]),
 ("M012", "Stowford", "2025-06-16", "2025-12-05", [
  ("A", "orange", "Housing officer: Mr Hughes (52), single dad to Ben (12), is £2,400 behind on rent and was served a notice seeking possession in May. The officer saw empty cans all over the front room and Mr Hughes admitted he drinks every day.",
   ["HOUS", "FIN", "SUB"], []),
  ("A", "yellow", "Ben has been making his own tea and getting himself to school; there is often nothing in the cupboards.",
   ["SAFE-NEG"], [("look", "self-care is not CARER: Ben cares for no one")]),
  ("C", "yellow", "Mr Hughes is going to Turning Point for his drinking. Arrears down to £900 after a DHP award and the possession hearing has been adjourned.",
   ["SUB", "FIN", "HOUS"], []),
 ]),
 ("M013", "Ashbrook", "2025-07-01", "2025-10-15", [
  ("A", "green", "GP practice flagged that Sophie (4) has missed three dental appointments and has visible tooth decay. Mum (Amy) says she forgets because she works nights. Sophie starts reception in September and is settled at nursery.",
   ["PH"], [("conv", "working nights is not FIN"), ("met", "settled at nursery is good news only: not EYD")]),
  ("A", "blue", "Amy's mum has offered to take Sophie to the dentist on Friday mornings when Amy is asleep.",
   ["PH"], [("conv", "family's own network managing the dental need")]),
  ("C", "green", "Sophie has had two fillings at the community dental service and is on three-monthly recalls.",
   ["PH"], []),
 ]),
 ("M014", "Millbeck", "2025-11-17", "2025-11-18", [
  ("A", "green", "Wrenfield Primary rang about a bruise on Noah's (6) cheek. Dad (Tom) said Noah came off his scooter at the park on Saturday; Noah told the same story and the park warden had logged the fall. School satisfied and have no other concerns.",
   [], [("neg", "injury explained, no concerns")]),
  ("C", "blue", "Closed at contact. Dad is happy for school to call him if anything else comes up.",
   [], [("hyp", "if anything else comes up")]),
 ]),
 ("M015", "Corran Heath", "2025-08-04", "2026-01-23", [
  ("A", "yellow", "Jobcentre work coach referral: Connor (17) dropped out of college in March and has not been in education, work or training since. Mum (Denise) is out of work and the family's UC was sanctioned in June, leaving them short for food; they have used Corran Heath food bank twice.",
   ["EDU-NEET", "FIN"], [("conv", "food bank = FIN; no hungry child described, so not SAFE-NEG (conv 10)")]),
  ("A", "green", "Connor wants to be an electrician. He has no health problems and has never been in trouble with the police.",
   [], [("neg", "no health problems, never in trouble")]),
  ("C", "yellow", "Connor started a Level 1 electrical course at Stowford College in January. The sanction has been lifted and Denise is on the Restart employment scheme.",
   ["FIN"], [("met", "Connor now in college: EDU-NEET met"), ("hist", "sanction lifted: over"), ("conv", "parent on employment support = FIN")]),
 ]),
 ("M016", "Stowford", "2025-12-08", "2026-05-14", [
  ("A", "red", "Police PPN: third domestic incident in two months. Stepdad Lee put his hands round mum Kerry's throat in front of the children; Lee arrested and bailed away from the address. The children (3 and 7) said they hid in the bathroom. Strategy meeting held, s47 started, MARAC on 15 December.",
   ["DA"], [("conv", "partner's offence against mum is DA only (conv 7)")]),
  ("A", "orange", "Jacob (7) has been hitting other children at school and was sent home twice this month. Staff say he seems frightened and jumpy in class.",
   ["EDU-EXC", "MH-CHILD"], []),
  ("C", "red", "Children remain on child protection plans. Lee has broken his bail conditions twice by turning up at the house.",
   ["DA"], []),
  ("C", "yellow", "Kerry has started the Freedom Programme and Jacob sees the school's play therapist every week.",
   ["DA", "MH-CHILD"], []),
 ]),
 ("M017", "Ashbrook", "2025-09-08", "2026-02-06", [
  ("A", "orange", "HV visit: dog mess on the floors and baby Isla (5 months) in a soaked nappy with a raw rash. Parents Ryan and Stacey say they are overwhelmed. Ryan lost his warehouse job in August and they are £650 behind with the rent.",
   ["SAFE-NEG", "FIN"], []),
  ("A", "green", "Isla's weight has dropped from the 50th to the 9th centile; HV weighing weekly and a GP review is booked.",
   ["PH"], []),
  ("C", "green", "Isla is back on the 25th centile. Stacey still finds weaning hard and has booked onto the HV's weaning session.",
   ["EYD"], [("hist", "weight recovered: PH over"), ("conv", "weaning is EYD")]),
 ]),
 ("M018", "Millbeck", "2025-10-13", "2026-03-06", [
  ("A", "yellow", "Neighbour worried that Mrs Dlamini (68), kinship carer for her two grandsons, isn't coping. On visit she has bad arthritis and struggles with the stairs; the older boy Sipho (12) helps her wash and does the shopping after school. She gets no money for the boys and pays for everything out of her pension.",
   ["PH", "CARER", "FIN"], [("look", "'kinship carer' alone is not CARER; Sipho's role is (conv 12)")]),
  ("A", "green", "Both boys at St Aidan's with 97% attendance and no behaviour problems. No concerns from school.",
   [], [("neg", "no concerns from school"), ("met", "good attendance")]),
  ("C", "blue", "Kinship allowance now being paid. Mrs Dlamini is still paying off a £300 catalogue debt from buying beds. Sipho goes to the young carers club every other week.",
   ["FIN", "CARER"], []),
 ]),
 ("M019", "Corran Heath", "2025-07-21", "2025-12-19", [
  ("A", "yellow", "Anonymous caller said mum (Rachel) is drunk on the school run. School have never smelt alcohol on her and she is always on time. Rachel denied drinking in the day but said she has been getting through a bottle of wine most evenings since her divorce and wants to cut down. Referred to the alcohol service.",
   ["SUB"], [("neg", "daytime drinking denied, but evening drinking is present"), ("hist", "divorce is done: not REL-CONF")]),
  ("A", "green", "Ellie (10) told the school nurse she misses her dad and gets upset at bedtime; school nurse seeing her fortnightly.",
   ["MH-CHILD"], [("outside", "dad lives elsewhere")]),
  ("C", "blue", "Rachel says she only drinks at weekends now and tracks her units on an app. She and Ellie's dad still fall out about holidays but are sticking to the contact plan the mediator drew up.",
   ["SUB", "REL-CONF"], [("conv", "now managing counts in a blue box")]),
 ]),
 ("M020", "Stowford", "2025-09-01", "2026-02-13", [
  ("A", "orange", "Police PPN: Harvey (13) stopped with a group throwing stones at buses and given a community resolution; the second police call-out about him this month. Dad (Mark) says Harvey ignores his curfew and walks out when challenged.",
   ["CRIME", "REL-PAR"], []),
  ("A", "yellow", "Harvey is on the ADHD pathway with the community paediatrician; school say he is sent out of lessons most weeks.",
   ["EDU-SEND", "EDU-EXC"], []),
  ("C", "yellow", "No police contact since October. Harvey goes to boxing through the youth diversion project. He now has an ADHD diagnosis and an IEP, and school report he is removed from class less often.",
   ["CRIME", "EDU-SEND", "EDU-EXC"], [("hist", "no police contact since October, but diversion work ongoing (conv 4)")]),
 ]),
 ("M021", "Ashbrook", "2025-10-20", "2026-03-30", [
  ("A", "orange", "GP referral: Zara (14) came in with cuts to her forearms and has been referred urgently to CAMHS. She told the GP girls in her year are picking on her in group chats about her weight.",
   ["MH-CHILD", "SAFE-EXP"], [("look", "'weight' is the bullying topic, not a health need: no PH"), ("conv", "bullying by peers is SAFE-EXP for the child")]),
  ("A", "blue", "Mum (Funmi) has blocked the numbers from the group chat on Zara's phone and reported the messages to school.",
   ["SAFE-EXP"], []),
  ("C", "orange", "Zara is still open to CAMHS. The bullying stopped once school moved her tutor group.",
   ["MH-CHILD"], [("hist", "bullying stopped")]),
 ]),
 ("M022", "Millbeck", "2025-09-22", "2026-01-30", [
  ("A", "green", "Reception teacher at Brookside Infants worried that Oscar (4) is not toilet trained and has very little speech. His parents split up over the summer and argue at the gate at handover.",
   ["EYD", "REL-CONF"], []),
  ("A", "yellow", "Both parents agreed to a referral to family mediation. Mum (Hannah) says there has never been any violence or threats from Oscar's dad.",
   ["REL-CONF"], [("neg", "no violence or threats: not DA")]),
  ("C", "green", "Oscar is using short sentences and is dry during the day; SALT still sees him monthly.",
   ["EYD"], []),
 ]),
 ("M023", "Corran Heath", "2026-01-12", "2026-05-22", [
  ("A", "orange", "Housing officer: Ms Nowak and her three children placed in a B&B as emergency temporary accommodation after a kitchen fire at their flat. All four share one room with nowhere to cook.",
   ["HOUS"], [("look", "'fire' is not an offence")]),
  ("A", "yellow", "The children have missed most of the last fortnight at school because the B&B is 9 miles away and Ms Nowak can't afford the bus fares.",
   ["EDU-ATT", "FIN"], []),
  ("C", "green", "Family moved into a two-bed council flat in April, ten minutes' walk from school. Attendance back above 95%.",
   [], [("hist", "rehoused, attendance recovered")]),
 ]),
 ("M024", "Stowford", "2026-02-02", "2026-02-03", [
  ("A", "green", "Anonymous caller concerned that Jade (11) is looking after her disabled aunt and missing school. Checked: the aunt lives in her own flat across town and Jade only visits her with mum on Sundays. Jade's attendance is 98%. No caring role found.",
   [], [("outside", "aunt's disability is outside the household: not PH"), ("neg", "no caring role found")]),
  ("C", "blue", "No further action. Mum has the young carers service details should things change.",
   [], [("hyp", "should things change")]),
 ]),
 ("M025", "Ashbrook", "2025-11-24", "2026-04-17", [
  ("A", "orange", "Police PPN after a drugs warrant: Mr Kaya (36), released on licence in August, found with cannabis and scales. His partner Elif says he smokes cannabis every day in the garden. Two children (5 and 8) asleep; the house was clean and the fridge full.",
   ["CRIME", "SUB"], [("neg", "clean house, full fridge: not SAFE-NEG")]),
  ("A", "yellow", "Elif says money has been tight since his release because he can't get work; they owe £400 on the electric.",
   ["FIN"], []),
  ("C", "yellow", "Mr Kaya is seeing the drug service and his probation officer; his last six weeks of tests have been clear.",
   ["SUB", "CRIME"], [("conv", "ongoing drug service = SUB; probation = CRIME (conv 4, 7)")]),
 ]),
 ("M026", "Millbeck", "2025-06-23", "2025-09-26", [
  ("A", "green", "HV raised that maternal grandad, who calls in most days but lives in sheltered housing, has COPD and smokes in the house. Mum (Laura) has asked him to smoke outside. Baby Freddie (8 weeks) feeding and gaining well.",
   [], [("outside", "grandad's COPD is outside the household: not PH"), ("look", "smoking is not SUB"), ("met", "baby feeding well is good news only")]),
  ("A", "blue", "Laura is unsure about using Evie's (2) funded nursery place because she would miss her; given information about the offer.",
   ["EYD"], []),
  ("C", "blue", "Laura has visited Puddleducks and booked Evie in for two days a week from January, though she is nervous about leaving her.",
   ["EYD"], [("conv", "nursery take-up in progress, now managing")]),
 ]),
 ("M027", "Corran Heath", "2025-05-19", "2025-12-12", [
  ("A", "orange", "Kingsmead High: Reece (15) permanently excluded after assaulting a teacher; police informed and he received a youth caution. He is at the pupil referral unit on a part-time timetable of 10 hours a week.",
   ["EDU-EXC", "CRIME", "EDU-ATT"], []),
  ("A", "yellow", "Mum (Sarah) works two cleaning jobs and is rarely in before 8pm; Reece says there is nothing to eat when he gets home.",
   ["SAFE-NEG"], [("conv", "working is not FIN")]),
  ("C", "orange", "Reece has been on a full timetable at the PRU since October and a managed move back to mainstream is planned. YOS closed his caution work in November and there has been no further offending.",
   ["EDU-EXC"], [("hist", "YOS closed, no further offending: CRIME over"), ("hist", "full timetable since October: EDU-ATT over")]),
 ]),
 ("M028", "Stowford", "2026-03-02", "2026-06-19", [
  ("A", "yellow", "GP contact: Mrs Begum (39) has MS and uses a wheelchair. Her son Hamza (14) helps her in and out of bed and sorts her medication before school. She receives PIP and ESA.",
   ["PH", "CARER"], [("conv", "benefit names without a money problem are not FIN (conv 5)")]),
  ("A", "green", "Hamza's school have noticed him falling asleep in lessons; he says he is up in the night helping mum.",
   ["PH", "CARER"], [("conv", "sleep problem at school age is PH (conv 9)")]),
  ("C", "blue", "An adult social care package now covers mornings. Hamza goes to the young carers group and says he is getting more sleep.",
   ["PH", "CARER"], [("conv", "care package for mum's MS: PH managed; young carers group: CARER")]),
 ]),
 ("M029", "Ashbrook", "2026-01-19", "2026-06-05", [
  ("A", "orange", "Neighbour called police after hearing a woman screaming. Officers found Liam (16) had punched his mum Dawn and smashed a door; Liam arrested. Dawn says he has been violent to her since he dropped out of college in October and games all day.",
   ["REL-PAR", "CRIME", "EDU-NEET"], [("conv", "child-to-parent violence is REL-PAR (+CRIME), not DA (conv 8)")]),
  ("A", "green", "Dawn has depression and takes medication from her GP. She says she has no partner and nobody else lives at the address.",
   ["MH-ADULT"], [("neg", "no partner")]),
  ("C", "orange", "Liam is on a referral order with YOS and a child-to-parent violence programme has started with him and Dawn. He has applied for an apprenticeship but hasn't started anything yet.",
   ["CRIME", "REL-PAR", "EDU-NEET"], []),
 ]),
 ("M030", "Millbeck", "2025-12-01", "2026-04-24", [
  ("A", "yellow", "Greenhill Primary: Ava (8) late 23 times this term. Mum (Kirsty) gets panic attacks and finds it hard to leave the house in the mornings; she hasn't been to her GP about it.",
   ["EDU-ATT", "MH-ADULT"], []),
  ("A", "blue", "Kirsty's sister will take Ava to school three days a week, and Kirsty has self-referred to talking therapies for her panic attacks.",
   ["EDU-ATT", "MH-ADULT"], []),
  ("C", "green", "Ava was late twice this half term; the attendance officer is keeping a light eye on it.",
   ["EDU-ATT"], []),
 ]),
]

# Unboxed front-door notes: (id, locality, date, text, codes, level from highest cue, traps)
UNBOXED = [
 ("U001", "Stowford", "2025-05-28", "Housing officer passed on a call from a tenant about damp in the children's bedroom. Family signposted to the council's private housing team and will contact them themselves. No rent arrears.",
  ["HOUS"], "blue", [("neg", "no rent arrears")]),
 ("U002", "Ashbrook", "2025-09-10", "School nurse contact: Leo (10) is very overweight and has missed his last two asthma reviews. Mum agreed to book in with the GP.",
  ["PH"], "green", []),
 ("U003", "Corran Heath", "2025-11-02", "Police call-out to the address last night after Jordan (15) damaged a neighbour's car; Jordan arrested for criminal damage. Dad says there are no problems at school and Jordan goes every day.",
  ["CRIME"], "orange", [("neg", "no problems at school")]),
 ("U004", "Millbeck", "2026-01-14", "Early help worker allocated. Mum has about £3,000 of catalogue and credit card debt and wants help with a budget; referred to Citizens Advice.",
  ["FIN"], "yellow", []),
 ("U005", "Ashbrook", "2026-02-20", "ICPC held today and both children made subject to child protection plans for neglect: the house is filthy, there is rarely any food in the fridge and the children come to school unwashed.",
  ["SAFE-NEG"], "red", []),
 ("U006", "Stowford", "2025-08-18", "Anonymous report that dad drinks and then drives the children around. Police have no record of anything. Dad says he has not had a drink in ten years and mum backs this up. Closed with no further action.",
  [], "", [("neg", "drinking denied"), ("hist", "not drunk for ten years")]),
 ("U007", "Corran Heath", "2026-03-11", "Mum has started a Triple P parenting course because Max (6) has tantrums at bedtime and won't stay in his room; she says the reward chart is starting to help.",
  ["REL-PAR"], "yellow", []),
]


def main():
    nar, gold, traps = [], [], {}
    stage_name = {"A": "assessment", "C": "closure"}
    for case, loc, adate, cdate, boxes in CASES:
        for st, lvl, text, codes, tr in boxes:
            tid = f"{case}-{st}"
            nid = f"{tid}-{lvl}"
            nar.append([nid, tid, case, stage_name[st], adate if st == "A" else cdate, lvl, loc, text])
            for c in codes:
                gold.append([nid, c, lvl])
            traps[nid] = [{"type": t, "note": n} for t, n in tr]
    for uid, loc, date, text, codes, lvl, tr in UNBOXED:
        nar.append([uid, uid, uid, "assessment", date, "", loc, text])
        for c in codes:
            gold.append([uid, c, lvl])
        traps[uid] = [{"type": t, "note": n} for t, n in tr]
    with open(os.path.join(OUT, "narratives.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"])
        w.writerows(nar)
    with open(os.path.join(OUT, "gold.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "code", "level"])
        w.writerows(gold)
    with open(os.path.join(OUT, "traps.json"), "w", encoding="utf-8") as f:
        json.dump(traps, f, indent=1, ensure_ascii=False)
    print(f"{len(nar)} narratives, {len(gold)} gold rows")


if __name__ == "__main__":
    main()
