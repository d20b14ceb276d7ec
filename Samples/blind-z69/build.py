#!/usr/bin/env python3
"""Blind hand-coded gold set: health-led early-help notes (2025-26).
Every narrative, its gold codes and trap notes are written by hand below.
Trap kinds: neg (negated), hist (historical/over), hyp (hypothetical),
look (look-alike word), out (person outside household), met (need now met),
rule (taxonomy boundary rule)."""
import csv, json, os

HERE = os.path.dirname(os.path.abspath(__file__))

# (case, locality, assessment date, closure date, [(stage, box, text, codes, traps)])
CASES = [
("H01", "Ashgrove", "2025-04-07", "2025-09-15", [
 ("A", "green", "GP surgery says Mum (Leanne) has relapsing MS and has had two relapses since the spring; she keeps her neurology reviews. Kai (12) is overdue his asthma review and has not been seen by the school nurse since Year 6.",
  ["PH"], []),
 ("A", "yellow", "When Leanne's MS flares Kai does most of the cooking and helps her in and out of the bath. He has been late on most Mondays this term. Referral made to Ashgrove Young Carers.",
  ["CARER", "PH", "EDU-ATT"], []),
 ("C", "blue", "Kai goes to the young carers group on Thursdays and has a card so he can ring home at lunchtime. Leanne gets PIP and uses part of it to pay a cleaner twice a week.",
  ["CARER"], [("rule", "PIP named with no money problem: not FIN, not PH")]),
]),
("H02", "Millbrook", "2025-02-11", "2025-06-30", [
 ("A", "green", "Health visitor new-birth visit. Priya scored 17 on the EPDS, says she cries most evenings and feels detached from Arjun (5 weeks). GP has started sertraline. Arjun is exclusively breastfed and gaining weight along the 50th centile.",
  ["MH-ADULT"], [("look", "'exclusively' is not exclusion"), ("neg", "baby's weight is good news, not PH")]),
 ("A", "yellow", "Referred to the perinatal mental health team; a Home-Start volunteer will come two mornings a week. Partner Dev is back on night shifts so Priya is alone with the baby and Maya (3) most days. She has had no thoughts of harming herself or the children.",
  ["MH-ADULT"], [("rule", "shift work is not FIN"), ("neg", "no thoughts of self-harm")]),
 ("C", "blue", "Priya is still taking sertraline and meets two mums from the baby group in the park each week. She has the perinatal team's duty number to use should her mood dip again.",
  ["MH-ADULT"], [("hyp", "'should her mood dip' is hypothetical, but ongoing sertraline keeps MH-ADULT present")]),
]),
("H03", "Eastmere", "2025-05-19", "2025-12-03", [
 ("A", "green", "Practice nurse: Tyler (14) has type 1 diabetes and has missed his last three diabetes clinic appointments. His HbA1c keeps rising and Mum thinks he skips his lunchtime insulin so his friends will not see.",
  ["PH"], []),
 ("A", "yellow", "Tyler says he is sick of being 'the diabetic kid' and has felt low for months; he stays in his room most evenings. Diabetes team psychologist referral made. He has been sent out of lessons twice for refusing to hand over his phone.",
  ["MH-CHILD", "EDU-EXC"], []),
 ("C", "green", "Tyler now goes to clinic with Mum and wears a glucose sensor linked to his phone. The school nurse checks in with him weekly. No safeguarding concerns about the care he gets at home.",
  ["PH"], [("neg", "no safeguarding concerns: not SAFE-NEG")]),
]),
("H04", "Kestrel Vale", "2025-03-03", "2025-08-20", [
 ("A", "yellow", "Dad (Marcus) has been signed off work with depression since July. He drank heavily after his mother died in 2019 but has not had a drink for four years. Now on Universal Credit and two months behind with council tax.",
  ["MH-ADULT", "FIN"], [("hist", "drinking ended 2019-21: not SUB")]),
 ("A", "green", "School nurse: Ella (8) wets the bed most nights and Grace (6) often falls asleep at her desk after lunch. Attendance for both girls is good.",
  ["PH"], [("rule", "school-age bedwetting and sleep are PH"), ("neg", "good attendance is not EDU-ATT")]),
 ("C", "blue", "Marcus set up a council tax payment plan and pays £30 a month. He goes to the Men's Shed on Wednesdays for company.",
  ["FIN"], [("rule", "blue box: paying off arrears is FIN present")]),
]),
("H05", "Ashgrove", "2025-01-20", "2025-10-06", [
 ("A", "green", "Community paediatrics: Noah (7) has cerebral palsy and uses a wheelchair outside the home. He keeps his physio and OT reviews and has an EHCP with a one-to-one at Larkfield Primary.",
  ["PH", "EDU-SEND"], []),
 ("A", "orange", "The family's first-floor flat has no lift and Sophie carries Noah up two flights; she has hurt her back doing it. OT has backed a request for higher housing priority and the housing officer is involved. Sophie gets DLA for Noah and Carer's Allowance.",
  ["HOUS", "PH"], [("rule", "DLA and Carer's Allowance alone: not FIN, not CARER")]),
 ("A", "yellow", "Noah's sister Lily (11) helps him dress each morning and keeps him busy so Mum can cook. She says she doesn't mind but misses after-school clubs. Young carers needs assessment requested.",
  ["CARER"], []),
 ("C", "yellow", "Family moved in January to an adapted ground-floor bungalow through the housing register. Lily goes to the young carers group every other week.",
  ["CARER"], [("met", "housing need met: HOUS not coded in a yellow box")]),
]),
("H06", "Millbrook", "2025-06-02", "2026-01-14", [
 ("A", "orange", "GP referred Amira (15) to the CAMHS eating disorder service after her BMI dropped sharply; she skips meals and exercises late at night. A paediatric admission was discussed but was not needed.",
  ["MH-CHILD", "PH"], [("hyp", "admission considered, not needed")]),
 ("A", "yellow", "Mealtimes end in shouting between Amira and her parents most evenings and she refuses to come to the table. Family support worker to help with a meal plan routine. Parents say they are not falling out with each other over it.",
  ["REL-PAR"], [("neg", "no conflict between the parents: not REL-CONF")]),
 ("C", "blue", "Mealtimes are calmer; the parents follow the meal plan and rarely raise their voices now. They also go to the carers' evening run by the eating disorder charity.",
  ["REL-PAR"], [("rule", "'carers' evening' for parents is not CARER")]),
]),
("H07", "Eastmere", "2025-07-14", "2026-02-09", [
 ("A", "orange", "Adult mental health liaison: Carla has bipolar disorder and was detained under the Mental Health Act in May, discharged in June with a crisis plan to the community mental health team. Police did two welfare checks in July when she stopped answering her phone.",
  ["MH-ADULT"], [("rule", "police welfare checks are not CRIME")]),
 ("A", "yellow", "Jordan (13) reminds Carla to take her lithium, does the food shopping and stays off school when she is unwell. He has missed 11 days since Easter.",
  ["CARER", "EDU-ATT", "MH-ADULT"], []),
 ("C", "yellow", "Jordan has had a young carer's assessment and is linked with Eastmere Young Carers. Attendance is up to 92% but still below the school's target.",
  ["CARER", "EDU-ATT"], []),
]),
("H08", "Kestrel Vale", "2025-03-24", "2025-09-29", [
 ("A", "green", "Health visitor: Mia (2) has dropped two centile lines for weight. At her two-year review she had no words, and she is not using the funded nursery place she is entitled to.",
  ["PH", "EYD"], []),
 ("A", "yellow", "On the home visit the fridge held only milk and the children were asking for food. Kayleigh said her money had run out days before and she did not know about food banks. Voucher given and family support worker allocated.",
  ["SAFE-NEG", "FIN"], [("rule", "empty fridge and hungry children SAFE-NEG plus food bank FIN")]),
 ("C", "green", "Mia now goes to Little Acorns nursery three mornings a week and uses single words; she is on the speech and language therapy waiting list. Her weight is back on her centile.",
  ["EYD"], [("met", "weight back on centile: over, not PH")]),
]),
("H09", "Ashgrove", "2025-09-08", "2026-03-16", [
 ("A", "green", "GP letter: Reuben (9) is waiting for an ADHD assessment with community paediatrics and the school SENCO has put him on SEN support. He rarely falls asleep before midnight.",
  ["EDU-SEND", "PH"], [("rule", "school-age sleep is PH")]),
 ("A", "yellow", "Reuben has had two fixed-term suspensions this term for hitting staff. His parents have started a ten-week parenting course at the family hub.",
  ["EDU-EXC", "REL-PAR"], []),
 ("C", "green", "Diagnosed with ADHD in January and started on melatonin; he is now asleep by half nine most nights. SEN support continues; school does not think an EHCP will be needed.",
  ["EDU-SEND", "PH"], [("neg", "EHCP not needed"), ("rule", "green box: sleep now managed on melatonin is PH present")]),
]),
("H10", "Millbrook", "2025-05-06", "2025-11-24", [
 ("A", "yellow", "Dad (Gary) has bowel cancer and is having palliative chemotherapy. Mum (Jo) says she is holding it together and denies feeling depressed. Harvey (10) has become clingy and tearful at drop-off; referred to the school counsellor.",
  ["PH", "MH-CHILD"], [("neg", "Jo denies depression: not MH-ADULT")]),
 ("C", "blue", "Gary died in September. Harvey goes to a children's bereavement group at Willow Hospice and talks about his dad with his nan every weekend.",
  ["MH-CHILD"], [("hist", "Gary's illness is over: not PH")]),
 ("C", "yellow", "Jo is now on antidepressants from her GP and having bereavement counselling; she is back at work part time. The funeral left £2,000 on a credit card that she is paying off.",
  ["MH-ADULT", "FIN"], []),
]),
("H11", "Eastmere", "2025-10-13", "2026-04-20", [
 ("A", "green", "Midwife: Chloe (17) is 20 weeks pregnant, booked late and missed her anomaly scan, which has been rebooked. She smokes ten a day and says she has never used cannabis.",
  ["PH"], [("rule", "smoking is not SUB"), ("neg", "never used cannabis")]),
 ("A", "yellow", "Chloe dropped out of college in September and is not working. She lives with her mum in a two-bedroom flat; Mum says if it gets too cramped once the baby comes they would think about a housing application. Chloe's boyfriend's brother was arrested last month.",
  ["EDU-NEET"], [("hyp", "housing only if it gets cramped"), ("out", "boyfriend's brother's arrest is outside household: not CRIME")]),
 ("C", "yellow", "Chloe has a place on a 12-week youth employment programme from May; until then she remains out of education and work.",
  ["EDU-NEET"], []),
]),
("H12", "Kestrel Vale", "2025-11-03", "2026-05-11", [
 ("A", "orange", "Ethan (12) is autistic and has not been into Hollins Academy since October half term. CAMHS assessment for anxiety pending. School has put him on a part-time timetable of one hour a day.",
  ["EDU-ATT", "EDU-SEND", "MH-CHILD"], []),
 ("A", "yellow", "Mum (Rachel) gave up her job to be at home with Ethan. The family now lives on Carer's Allowance and UC and owes £640 in rent.",
  ["FIN"], [("rule", "'Carer's Allowance' is not CARER")]),
 ("C", "orange", "The LA has agreed an EHC needs assessment. Ethan does two hours a day at the Hollins resource base and still sees CAMHS.",
  ["EDU-SEND", "EDU-ATT", "MH-CHILD"], []),
 ("C", "blue", "Rachel cleared the rent arrears in February with a hardship grant and now budgets monthly using an app.",
  [], [("hist", "arrears 'cleared': over, not FIN even in a blue box"), ("neg", "budgeting app is good news with no stated need")]),
]),
("H13", "Ashgrove", "2025-02-24", "2025-07-21", [
 ("A", "yellow", "Mum (Dawn) has fibromyalgia and takes co-codamol and pregabalin as prescribed; the pharmacist has no concerns about overuse. She is often in bed until midday and Skye (9) gets herself and Leo (5) ready for school.",
  ["PH", "CARER"], [("look", "prescribed co-codamol is not SUB"), ("neg", "no overuse concerns")]),
 ("A", "green", "Leo's reception teacher says he is late most days and has not had his pre-school booster.",
  ["EDU-ATT", "PH"], []),
 ("C", "yellow", "Skye goes to Ashgrove Young Carers monthly. Her lates are down from 20 to 4 this term and school is still tracking them.",
  ["CARER", "EDU-ATT"], []),
]),
("H14", "Millbrook", "2025-08-04", "2026-01-26", [
 ("A", "red", "Midwife disclosure: Hannah (24, 32 weeks pregnant) said her partner Liam pushed her against a wall and checks her phone and bank card. Strategy meeting held and s47 enquiries under way. Liam was arrested and bailed not to contact her.",
  ["DA"], [("rule", "partner's arrest for DV is DA only, not CRIME")]),
 ("A", "orange", "MARAC referral made. Hannah's GP has prescribed sertraline for anxiety; she gets panic attacks whenever she sees a car like Liam's.",
  ["DA", "MH-ADULT"], []),
 ("C", "yellow", "Hannah attends the Freedom Programme at Millbrook family hub. Baby Oscar was born well and the health visitor continues to visit.",
  ["DA"], []),
]),
("H15", "Eastmere", "2025-04-28", "2025-12-08", [
 ("A", "green", "School nurse: Jake (10) is above the 99th centile for BMI at his Year 6 measurement. The dentist reports six decayed teeth and two missed dental appointments.",
  ["PH"], []),
 ("A", "yellow", "Family referred to the Fit Families healthy lifestyle programme. Jake avoids PE and says boys in his year call him names about his weight on the school bus.",
  ["PH", "SAFE-EXP"], []),
 ("C", "blue", "No more name-calling since the school changed the bus seating. Jake plays football with his cousins at weekends.",
  [], [("hist", "bullying over ('no more since'): not SAFE-EXP"), ("neg", "pure good news, no code")]),
]),
("H16", "Kestrel Vale", "2025-06-16", "2025-12-15", [
 ("A", "green", "Health visitor: Mum (Sian) has a mild learning disability and finds letters hard to read. She has missed Freddie's one-year review and two lots of immunisations.",
  ["PH"], []),
 ("A", "yellow", "Freddie (18 months) is not yet babbling or pulling to stand. Portage referral made and the family support worker will help Sian set up an appointments calendar.",
  ["EYD"], []),
 ("C", "green", "Freddie has caught up on his immunisations and Sian gets text reminders from the surgery. He is babbling and cruising now; Portage visits carry on.",
  ["EYD"], [("met", "immunisations caught up: not PH")]),
]),
("H17", "Millbrook", "2025-09-22", "2026-03-30", [
 ("A", "orange", "Liaison psychiatry at Millbrook General saw Zara (14) after she took an overdose of paracetamol; discharged with CAMHS follow-up. She has cuts on her forearms going back several weeks.",
  ["MH-CHILD"], [("look", "overdose of paracetamol is not SUB")]),
 ("A", "yellow", "Zara says girls from her old school shared a photo of her online, and a man she met through a game has been sending her messages. Online safety work planned; police have been told about the messages.",
  ["SAFE-EXP"], [("out", "police told about an outside man: not CRIME for the family")]),
 ("C", "orange", "Zara remains open to CAMHS and goes to fortnightly DBT skills sessions; no further self-harm disclosed since January.",
  ["MH-CHILD"], [("hist", "self-harm over, but open to CAMHS keeps MH-CHILD")]),
]),
("H18", "Ashgrove", "2025-01-13", "2025-06-23", [
 ("A", "green", "Epilepsy nurse: Lola (6) has seizures at night and takes her prescribed drugs twice a day. Rescue medication is kept in the school office.",
  ["PH"], [("look", "'prescribed drugs' is not SUB")]),
 ("A", "yellow", "Mum (Tess) sleeps in Lola's room every night to watch for seizures and lost her job because she was so tired. They are now behind with the gas bill.",
  ["PH", "FIN"], []),
 ("C", "green", "The epilepsy team fitted a seizure alarm and Tess sleeps in her own bed again. Lola's seizures are less frequent on the new dose.",
  ["PH"], []),
]),
("H19", "Eastmere", "2025-11-17", "2026-05-05", [
 ("A", "orange", "GP: Dad (Shaun) drinks about a litre of vodka a day and his liver tests are abnormal. In November neighbours called the police about shouting in the street and Shaun was arrested for being drunk and disorderly.",
  ["SUB", "PH", "CRIME"], [("rule", "household member's own offence is CRIME, not DA")]),
 ("A", "yellow", "Mum (Kirsty) says she and Shaun row about his drinking but he has never hurt or threatened her. Ruby (11) puts her brother Alfie (4) to bed most nights and clears up after Dad when he has been drinking.",
  ["REL-CONF", "SUB", "CARER"], [("neg", "never hurt or threatened: not DA")]),
 ("C", "yellow", "Shaun is working with Eastmere Recovery Service on a community detox and has been dry for six weeks.",
  ["SUB"], []),
]),
("H20", "Kestrel Vale", "2025-10-06", "2026-04-13", [
 ("A", "green", "Audiology: Amelia (4) has glue ear and is waiting for grommets. Nursery says her speech is hard to understand and she has few words for her age.",
  ["PH", "EYD"], []),
 ("A", "orange", "Black mould in both bedrooms of the privately rented house; the GP has written that it is making Dad's COPD and Amelia's wheeze worse. After they complained, the landlord served a section 21 notice.",
  ["HOUS", "PH"], [("out", "landlord's conduct coded only through its effect (HOUS)")]),
 ("C", "orange", "The family moved to temporary accommodation when the section 21 ran out and are waiting for an offer from the housing register.",
  ["HOUS"], []),
]),
("H21", "Millbrook", "2025-03-10", "2025-10-27", [
 ("A", "yellow", "Nan (Brenda, 68) has been Corey's (8) kinship carer since his mum died of an overdose in 2023. Brenda has heart failure and struggles with the school run. Corey has nightmares and has started wetting the bed.",
  ["PH"], [("rule", "'kinship carer' is not CARER"), ("hist", "mother's overdose in 2023, not in household: not SUB")]),
 ("C", "yellow", "Corey sees a play therapist at the Willow Centre for grief and trauma work. Brenda uses the community transport scheme for the school run.",
  ["MH-CHILD"], []),
 ("C", "blue", "Corey is now registered with Millbrook Dental and his check-up was clear.",
  [], [("met", "dental registration done, check clear: no code")]),
]),
("H22", "Eastmere", "2025-07-07", "2025-12-01", [
 ("A", "green", "Health visitor: Isla (10 weeks) has reflux and cries for hours each evening; her parents have taken her to the GP three times. Weight following the 25th centile.",
  ["PH"], []),
 ("A", "yellow", "Jade and Ryan argue most nights about who gets up with Isla and Ryan has gone to stay at his mum's twice this month. Neither describes any violence. Coping-with-crying information given.",
  ["REL-CONF"], [("neg", "no violence: not DA")]),
 ("C", "green", "Ryan told the GP he has felt low since Isla was born and has started talking therapy through the practice.",
  ["MH-ADULT"], []),
]),
("H23", "Kestrel Vale", "2025-09-29", "2026-02-23", [
 ("A", "green", "Haematology: Daniel (11) has sickle cell disease and has had three admissions with pain crises this year. Takes penicillin every day.",
  ["PH"], [("look", "'crises' here is a pain crisis")]),
 ("A", "yellow", "Attendance is 79%, mostly admissions and clinic days, and school has not yet asked for hospital education. Mum (Grace) says money is fine and she does not want benefits advice.",
  ["EDU-ATT"], [("neg", "no money problem: not FIN")]),
 ("C", "green", "The school nurse has written an individual health care plan for Daniel. Attendance is 88% and rising.",
  ["PH", "EDU-ATT"], []),
]),
("H24", "Ashgrove", "2025-05-12", "2025-11-10", [
 ("A", "green", "SENCO: Olivia (7) has a stammer and unclear speech and sees the speech and language therapist in school. Her brother Max (3) is not yet talking in sentences; the health visitor knows.",
  ["EDU-SEND", "EYD"], [("rule", "school-age speech is EDU-SEND; under-5 speech is EYD")]),
 ("A", "yellow", "Mum (Gemma) has generalised anxiety and rarely leaves the house; she has stopped taking Max to nursery. Dad works nights and sleeps in the day.",
  ["MH-ADULT", "EYD"], [("rule", "night work is not FIN")]),
 ("C", "green", "Max is back at nursery three days a week. Olivia's therapy ended in March because her speech is now clear.",
  ["EYD"], [("hist", "Olivia's speech therapy ended: not EDU-SEND")]),
]),
("H25", "Millbrook", "2025-06-23", "2026-01-19", [
 ("A", "yellow", "Ben (17) has ME and left sixth form last year; he is not studying or working and sleeps for most of the day. Mum (Karen) gets PIP for her arthritis.",
  ["PH", "EDU-NEET"], [("rule", "PIP alone is not FIN")]),
 ("C", "yellow", "Ben has enrolled on an online course two mornings a week with the Millbrook College supported learning team, but tutors think he could drop out as his fatigue is still limiting him.",
  ["EDU-NEET", "PH"], []),
 ("C", "blue", "Ben keeps a pacing diary to manage his energy and has a two-hour volunteer slot at the library.",
  ["PH"], [("rule", "blue box: managing his ME is PH present")]),
]),
("H26", "Eastmere", "2025-02-03", "2025-08-11", [
 ("A", "green", "Mum (Fiona) had treatment for breast cancer in 2021 and has been in remission since. Callum (15) helped look after her then but has no caring role now. He goes to the school nurse drop-in about his acne.",
  ["PH"], [("hist", "cancer and caring in 2021: not CARER"), ("rule", "acne is current PH")]),
 ("A", "orange", "A possession notice has been served for £2,300 of rent arrears, which built up after Fiona's hours were cut.",
  ["HOUS", "FIN"], []),
 ("C", "yellow", "Citizens Advice agreed a payment arrangement and the possession hearing was adjourned. Fiona has taken a second job.",
  ["FIN", "HOUS"], []),
]),
("H27", "Kestrel Vale", "2025-08-18", "2026-02-16", [
 ("A", "green", "Community paediatrics: Poppy (5) has Down syndrome and a heart condition followed up by cardiology; her annual thyroid blood test is due. She has an EHCP at Brookside Primary.",
  ["PH", "EDU-SEND"], []),
 ("A", "yellow", "Mum (Laura) has low mood and has seen her GP; she says she cannot face the school gate. Poppy's brother Sam (10) helps feed her at breakfast and settles her at night.",
  ["MH-ADULT", "CARER"], []),
 ("C", "blue", "Sam still settles Poppy at bedtime and goes to a siblings' young carers group on Saturdays. Laura's sister now does the weekday breakfasts.",
  ["CARER"], []),
]),
("H28", "Ashgrove", "2025-10-20", "2026-04-27", [
 ("A", "orange", "Adult mental health liaison: Dad (Jamal) was admitted with a first episode of psychosis linked to heavy cannabis use and is now with the early intervention in psychosis team. Aisha (6) and Yusuf (3) saw him very unwell at home.",
  ["MH-ADULT", "SUB"], []),
 ("A", "yellow", "Mum (Salma) says the children's routines are fine. Aisha has become withdrawn at school and has stopped joining in; ELSA sessions have started.",
  ["MH-CHILD"], [("neg", "routines fine: not REL-PAR")]),
 ("C", "yellow", "Jamal is still with the EIP team. Drug screens have been clear for three months and he goes to a group at the drug and alcohol service.",
  ["MH-ADULT", "SUB"], [("rule", "ongoing drug service keeps SUB present despite clear screens")]),
]),
("H29", "Millbrook", "2025-04-14", "2025-10-13", [
 ("A", "green", "Midwife: Ellie (29) has gestational diabetes and has missed two antenatal clinics because she had nobody to mind the twins, Finn and Rosa (14 months). The twins are still only on bottles of milk and have not started solids.",
  ["PH", "EYD"], []),
 ("A", "yellow", "Family support worker to arrange a creche at clinic and help with weaning. Ellie says she is tired but not depressed and her EPDS score is low.",
  ["EYD"], [("neg", "not depressed: not MH-ADULT")]),
 ("C", "green", "Theo was born at 38 weeks and Ellie's blood sugars went back to normal after the birth. Theo is having heel-prick checks for jaundice. The twins eat family meals.",
  ["PH"], [("hist", "gestational diabetes over"), ("met", "weaning done: not EYD")]),
]),
("H30", "Eastmere", "2025-12-01", "2026-06-08", [
 ("A", "yellow", "Dad (Piotr) was paralysed in a fall at work in 2024 and uses a wheelchair. His PIP claim was turned down and the appeal is pending, leaving the family about £400 a month short. Kasia (14) helps him transfer and with his catheter care.",
  ["PH", "FIN", "CARER"], [("rule", "PIP refusal is a benefit problem: FIN")]),
 ("A", "green", "School reports Kasia often looks exhausted and has fallen asleep in lessons twice.",
  ["PH"], [("rule", "school-age sleep is PH")]),
 ("C", "yellow", "PIP appeal won with a backdated payment. Kasia has a young carers card and agency carers now come in morning and evening for Piotr.",
  ["CARER"], [("met", "benefit problem resolved: not FIN"), ("rule", "'agency carers' are not CARER")]),
]),
]

# Unboxed notes: (id, stage, date, locality, text, codes, gold level, traps)
UNBOXED = [
("HN01", "assessment", "2025-03-18", "Ashgrove",
 "School nurse drop-in: Mason (Year 9) asked for help to stop vaping. No other concerns raised; leaflet given.",
 [], "green", [("rule", "vaping is not SUB"), ("neg", "no other concerns")]),
("HN02", "assessment", "2025-06-09", "Millbrook",
 "GP note: Stacey says Riley (6) wakes four or five times a night; referred to the school nurse sleep clinic. She also says her benefits were sanctioned and she has used the food bank twice.",
 ["PH", "FIN"], "green", [("rule", "school-age sleep is PH")]),
("HN03", "assessment", "2025-09-02", "Kestrel Vale",
 "Health visitor contact: Nia (8 months) is behind with her immunisations and is not yet sitting unaided. Mum is waiting for hip surgery and says she will catch up on the jabs afterwards. Portage referral made.",
 ["PH", "EYD"], "yellow", []),
("HN04", "closure", "2025-11-04", "Eastmere",
 "Phone call: Mum saw her ex-partner's post online and has felt panicky all week, though he lives in Scotland and there has been no contact since 2020. She was signposted to a wellbeing app and has downloaded it.",
 ["MH-ADULT"], "blue", [("hist", "DA with ex ended 2020: not DA"), ("out", "ex-partner outside household")]),
("HN05", "assessment", "2026-01-12", "Ashgrove",
 "Community paediatrician letter: Harry (8) has been diagnosed with autism. He is on the CAMHS waiting list for anxiety and has started melatonin for his sleep.",
 ["EDU-SEND", "MH-CHILD", "PH"], "orange", []),
("HN06", "assessment", "2026-02-03", "Millbrook",
 "Specialist midwife: strategy meeting held about the unborn baby. Courtney uses heroin and is on a methadone script from the drug service. An older child was removed from her care in 2022.",
 ["SUB"], "red", [("hist", "2022 removal is historical")]),
]

LEVELS = ["blue", "green", "yellow", "orange", "red"]

def rows():
    narr, gold, traps = [], [], {}
    for case, loc, da, dc, boxes in CASES:
        for stage, box, text, codes, tr in boxes:
            tid = f"{case}-{stage}"
            nid = f"{tid}-{box}"
            narr.append([nid, tid, case, "assessment" if stage == "A" else "closure",
                         da if stage == "A" else dc, box, loc, text])
            gold += [[nid, c, box] for c in codes]
            if tr:
                traps[nid] = [{"kind": k, "note": n} for k, n in tr]
    for nid, stage, date, loc, text, codes, lvl, tr in UNBOXED:
        narr.append([nid, nid, nid, stage, date, "", loc, text])
        gold += [[nid, c, lvl] for c in codes]
        if tr:
            traps[nid] = [{"kind": k, "note": n} for k, n in tr]
    return narr, gold, traps

def write(name, header, data):
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(header)
        w.writerows(data)

if __name__ == "__main__":
    narr, gold, traps = rows()
    write("narratives.csv", ["narrative_id", "triage_id", "case_id", "stage", "date",
                             "level", "locality", "narrative"], narr)
    write("gold.csv", ["narrative_id", "code", "level"], gold)
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8") as f:
        json.dump(traps, f, indent=1, ensure_ascii=False)
    from collections import Counter
    print(len(narr), "narratives,", len({r[1] for r in narr}), "triages,", len(gold), "gold rows")
    print(dict(sorted(Counter(g[1] for g in gold).items())))
    print("with traps:", len(traps), "| kinds:",
          dict(Counter(t["kind"] for v in traps.values() for t in v)))
    print("no gold code:", sorted(set(r[0] for r in narr) - set(g[0] for g in gold)))
