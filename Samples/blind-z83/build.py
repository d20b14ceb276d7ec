#!/usr/bin/env python3
"""Blind gold set z83: rural northern county council, family support worker style,
many closure boxes about what the family is now managing (2025-26).
Hand-written; every narrative, its gold codes and trap notes are held here."""
import csv, json, os

HERE = os.path.dirname(os.path.abspath(__file__))

# Cases: case_id -> locality, assessment date, closure date
CASES = {
    "Z001": ("Skelderby", "2025-05-12", "2026-01-20"),
    "Z002": ("Hawsfell", "2025-06-02", "2025-12-02"),
    "Z003": ("Brackenmoor", "2025-09-05", "2026-02-16"),
    "Z004": ("Ousethwaite", "2025-12-01", "2026-04-21"),
    "Z005": ("Skelderby", "2025-10-20", "2026-03-10"),
    "Z006": ("Hawsfell", "2025-10-06", "2026-04-14"),
    "Z007": ("Brackenmoor", "2025-10-13", "2026-01-27"),
    "Z008": ("Ousethwaite", "2025-09-29", "2026-03-02"),
    "Z009": ("Skelderby", "2025-07-14", "2025-12-15"),
    "Z010": ("Hawsfell", "2025-08-18", "2026-02-09"),
    "Z011": ("Brackenmoor", "2025-06-23", "2026-03-23"),
    "Z012": ("Ousethwaite", "2025-11-03", "2026-04-27"),
    "Z013": ("Skelderby", "2025-11-17", "2026-02-23"),
    "Z014": ("Hawsfell", "2025-09-15", "2026-01-26"),
    "Z015": ("Brackenmoor", "2025-05-19", "2025-11-10"),
    "Z016": ("Ousethwaite", "2025-10-01", "2026-02-04"),
    "Z017": ("Skelderby", "2025-09-08", "2026-04-07"),
    "Z018": ("Hawsfell", "2025-05-27", "2025-10-13"),
    "Z019": ("Ousethwaite", "2025-07-07", "2025-12-08"),
    "Z020": ("Brackenmoor", "2025-09-22", "2026-03-16"),
    "Z021": ("Hawsfell", "2025-11-24", "2026-03-30"),
    "Z022": ("Skelderby", "2025-08-04", "2025-12-01"),
    "Z023": ("Ousethwaite", "2025-11-26", "2026-02-18"),
    "Z024": ("Brackenmoor", "2025-09-01", "2026-01-12"),
    "Z025": ("Skelderby", "2025-09-24", "2026-02-11"),
    "Z026": ("Hawsfell", "2025-12-08", "2026-05-11"),
    "Z027": ("Ousethwaite", "2025-10-27", "2026-03-09"),
    "Z028": ("Skelderby", "2025-08-11", "2026-02-02"),
    "Z029": ("Brackenmoor", "2025-06-16", "2025-12-10"),
    "Z030": ("Hawsfell", "2025-10-08", "2026-03-04"),
}

# Boxed narratives: (case, stage A/C, level, text, [gold codes], trap note or "")
BOXED = [
 # Z001
 ("Z001", "A", "yellow", "Leanne says she has felt low since the baby came in January, GP has started her on sertraline. Rent arrears of £620 with the housing association after her UC was sanctioned. No DA concerns, Dad is supportive and works on a dairy farm. FSW to help with budgeting and a mandatory reconsideration.",
  ["MH-ADULT", "FIN"], "negated DA; Dad working on a farm is not FIN"),
 ("Z001", "C", "blue", "Leanne now pays £25 a month off the rent arrears by direct debit and keeps a budget on the app we set up together. Says her mood is a lot better, still taking her tablets and knows to go back to the GP if it dips.",
  ["FIN", "MH-ADULT"], "now-managing in a blue box counts as present"),
 ("Z001", "C", "green", "Poppy (3) started at Little Fellows Pre-school in September, 15 hours, Grandad drives her in. Setting still working on her talking in small-group sessions and the HV is pleased with how she is coming on.",
  ["EYD"], ""),
 # Z002
 ("Z002", "A", "yellow", "Kieran (13) does most of the shopping and helps get Mum in and out of the bath since her MS relapse. He is late into Hawsfell Academy most mornings, attendance 88%, as he misses the 7.40 bus. Mum gets PIP, money OK, no arrears. Referred to Dalesreach Young Carers.",
  ["CARER", "PH", "EDU-ATT"], "PIP named with no money problem is not FIN"),
 ("Z002", "C", "blue", "Kieran goes to the young carers group on Tuesdays and has a young carer card so staff know what is going on at home. Mum's sister now comes three mornings a week to help with her personal care.",
  ["CARER", "PH"], "now-managing in a blue box"),
 ("Z002", "C", "green", "Attendance 93% this half term but still a few late marks, Head of Year keeping an eye on it.",
  ["EDU-ATT"], ""),
 # Z003
 ("Z003", "A", "orange", "Jodie and the children (Tyler 7, Mia 4) left home in August after ex partner Craig assaulted her, he was arrested and is on bail not to contact her. DASH high, heard at MARAC 2/9. All three sharing one room at Nana's two-bed and a homeless application is in with the district council.",
  ["DA", "HOUS"], "ex-partner's arrest for the assault is DA only, not CRIME"),
 ("Z003", "A", "yellow", "Tyler has started wetting the bed since the move and is clingy and tearful at drop off. Mia's nursery say she has settled fine. FSW to do some feelings work with Tyler.",
  ["PH", "MH-CHILD"], "school-age bedwetting is PH; Mia's nursery mention is good news, not EYD"),
 ("Z003", "C", "blue", "Jodie has finished the Freedom Programme and keeps her safety plan by the phone. Non-mol runs until September 2026 and she knows to ring 999 if Craig comes near.",
  ["DA"], "safety plan/non-mol being managed in a blue box"),
 ("Z003", "C", "green", "Family moved into a three-bed housing association house in Thwaite Bridge just before Christmas. Tyler is dry most nights now, the GP lent them an alarm. Mia doing 30 hours at nursery and loving it.",
  ["PH"], "housing need over (moved) is not HOUS; nursery is pure good news"),
 # Z004
 ("Z004", "A", "yellow", "Ellis (17) dropped out of the agriculture course at Brackenmoor College in November after six weeks and is doing nothing now, up half the night gaming. Smokes cannabis most days, says it calms him down. Referred to Moorside young people's service.",
  ["EDU-NEET", "SUB"], "gaming is not gambling"),
 ("Z004", "A", "green", "Dad works full time on the estate and Mum part time at the Co-op, no money problems. Younger sister Grace (11) is doing well at Ousethwaite Primary, no concerns.",
  [], "all negated or good news; jobs are not FIN"),
 ("Z004", "C", "yellow", "Ellis has started a Level 1 construction course in Skelderby three days a week but the tutor says he is at risk of dropping out. Still smoking cannabis at weekends, Moorside keeping him open another eight weeks.",
  ["EDU-NEET", "SUB"], ""),
 ("Z004", "C", "blue", "Ellis gets himself up with an alarm now. Mum and Dad agreed wifi goes off at 11pm and he is sticking to it.",
  ["REL-PAR"], "routines/boundaries being managed"),
 # Z005
 ("Z005", "A", "red", "Strategy meeting 14/10 after Lacey (5) came into school hungry and in dirty clothes three days running. S47 done, ICPC booked for 4/11. Home conditions very poor on the joint visit, dog mess on the floor, no bedding on the children's beds and hardly any food in.",
  ["SAFE-NEG"], ""),
 ("Z005", "A", "orange", "Stacey drinking every day, cans from about 10am, and says she can't face going to the GP. Children's dad is in prison.",
  ["SUB"], "father in prison is outside the household, not CRIME"),
 ("Z005", "C", "orange", "Children stepped down from CP to a CIN plan in February. Stacey goes to Moorside Recovery weekly and is on a reduction plan, two lapses since January. House better but still cluttered, FSW visiting weekly.",
  ["SUB", "SAFE-NEG"], "CIN plan is a red cue but the box is orange: box level wins"),
 ("Z005", "C", "green", "School nurse weighed Lacey in January, she had been underweight and is now in the normal range. Attendance 97%.",
  [], "weight issue described as over; attendance is good news"),
 # Z006
 ("Z006", "A", "orange", "Jack (12) given a five-day suspension from Fellside High for throwing a chair, his third this year, and school are talking about a managed move. On the ADHD pathway, 18 month wait. Police called to the house twice in September when Jack smashed the kitchen window and pushed Mum over.",
  ["EDU-EXC", "EDU-SEND", "REL-PAR", "CRIME"], "child-to-parent violence is REL-PAR plus CRIME (police), not DA"),
 ("Z006", "C", "yellow", "Managed move to Brackenmoor High agreed in January, Jack on mornings only while he settles in. SENCO has applied for an EHC needs assessment.",
  ["EDU-EXC", "EDU-ATT", "EDU-SEND"], "reduced timetable is EDU-ATT"),
 ("Z006", "C", "blue", "Donna uses the calm-down plan from the Triple P course and says the shouting matches with Jack are a lot less. No police out since November.",
  ["REL-PAR"], "police call-outs described as over: CRIME historical"),
 # Z007
 ("Z007", "A", "yellow", "Rob lost his job as a farm hand in September and the cottage went with the job, so the family have a section 21 to be out by 30 November. Using Brackenmoor food bank every fortnight. Oil tank is empty and they are heating the house with the wood burner only.",
  ["FIN", "HOUS"], ""),
 ("Z007", "C", "blue", "Family moved into a council house in Askby in December. Rob has started at the creamery and they are paying off £300 council tax arrears at £20 a month. Fuel vouchers not needed any more.",
  ["FIN"], "housing need over after the move: HOUS historical"),
 ("Z007", "C", "green", "Alfie's (4) eczema is under control with daily emollient from the GP and Mum keeps on top of it.",
  ["PH"], ""),
 # Z008
 ("Z008", "A", "orange", "Kayla (15) missing overnight three times since August, last time found by police in Marrick Quay. Older males giving her lifts and buying her vapes, CSE screening medium risk. She has Snapchat contacts she won't name.",
  ["SAFE-EXP"], "police finding a missing child is not CRIME; vapes are not SUB"),
 ("Z008", "A", "yellow", "Kayla not going in to Ousethwaite Academy on Fridays, attendance 71%. Pastoral lead worried about her mood and Kayla has told her she is self-harming.",
  ["EDU-ATT", "MH-CHILD"], ""),
 ("Z008", "C", "yellow", "No missing episodes since December. Kayla is still talking to an older lad online and Mum found messages asking for pictures, reported to police and CEOP. FSW doing online safety work with her.",
  ["SAFE-EXP"], "missing episodes over; police report is safeguarding, not CRIME"),
 # Z009
 ("Z009", "A", "green", "Harper (9 months) on the 25th centile, HV visiting. Weaning started but Chloe still giving bottles through the night, HV going through a plan with her. Imms up to date.",
  ["EYD"], "immunisations up to date is not PH"),
 ("Z009", "A", "yellow", "Chloe (23) has not worked since Harper was born, on UC and £240 behind on the electric. Says she feels low and cut off living out at the farm cottages with no bus, PHQ-9 score 14.",
  ["FIN", "MH-ADULT"], ""),
 ("Z009", "C", "blue", "Chloe goes to the baby group at the village hall on Tuesdays and has made friends, says she feels much less low. She has moved onto a prepayment meter paying back the electric debt at £5 a week.",
  ["MH-ADULT", "FIN"], "now-managing in a blue box"),
 # Z010
 ("Z010", "A", "yellow", "Amy and Dean separated in June, lots of arguing at handovers in front of the kids. Neither says there has been any violence or controlling behaviour. Contact arrangements keep falling through. Referred to family mediation.",
  ["REL-CONF"], "DA explicitly denied"),
 ("Z010", "C", "blue", "Amy and Dean now sort arrangements through a co-parenting app and handovers happen at Nana's. Both say it has been calmer.",
  ["REL-CONF"], "contact arrangements being managed"),
 ("Z010", "C", "green", "Ruby (8) finished her ELSA sessions in January and her class teacher has no worries about her now.",
  [], "emotional support ended and no current need: not MH-CHILD"),
 # Z011
 ("Z011", "A", "green", "Oscar (3) has no words yet and lines his toys up, HV has referred him to the community paediatrician for an autism assessment. Nursery SENCO has put SEN support in place.",
  ["EYD", "EDU-SEND"], ""),
 ("Z011", "A", "yellow", "Hannah is also looking after her dad who has dementia and lives with them. Portage worker visiting every fortnight to work on Oscar's play and communication.",
  ["PH", "EYD"], "Hannah is an adult carer, not CARER"),
 ("Z011", "C", "green", "Oscar got his autism diagnosis in January and starts Brackenmoor CE Primary in September with an EHCP in draft, nursery SENCO leading on transition. Using about 30 words and some Makaton now.",
  ["EDU-SEND", "EYD"], ""),
 ("Z011", "C", "blue", "Hannah's dad moved into a care home in February and she visits him twice a week.",
  [], "grandfather no longer in the household"),
 # Z012
 ("Z012", "A", "orange", "Lee is ex-forces with a PTSD diagnosis, crisis in October with thoughts of suicide and seen by the crisis team. He stopped drinking in 2022 and says he is still sober.",
  ["MH-ADULT"], "alcohol use ended in 2022: SUB historical"),
 ("Z012", "A", "yellow", "Finley (14) has been doing a lot at home, cooking tea and getting his sister (6) to school when Lee can't get up. Finley's attendance has dropped to 84%.",
  ["CARER", "EDU-ATT"], ""),
 ("Z012", "C", "green", "Lee is under the community mental health team and sees his GP monthly about his medication. Finley's attendance back up to 96%. GP will refer Lee to Moorside should he start drinking again.",
  ["MH-ADULT"], "attendance recovered: not EDU-ATT; drinking only hypothetical: not SUB"),
 # Z013
 ("Z013", "A", "yellow", "Private rented cottage with black mould in both bedrooms, landlord ignoring repair requests, Environmental Health contacted. Evie (6) has asthma and has been to A&E twice this winter.",
  ["HOUS", "PH"], ""),
 ("Z013", "C", "blue", "Landlord treated the mould and fitted extractor fans in January. Mum airs the rooms every day and uses the dehumidifier we got her. Evie's asthma plan is on the fridge and she can use her spacer herself.",
  ["HOUS", "PH"], "damp being managed by the family in a blue box"),
 # Z014
 ("Z014", "A", "orange", "Connor (16) on a referral order with YOS for criminal damage to the bus shelter. Reports of him and his mates riding quad bikes through the village. Had a fixed-term suspension for fighting last week and is on a part-time timetable at Fellside High, three hours a day.",
  ["CRIME", "EDU-EXC", "EDU-ATT"], ""),
 ("Z014", "A", "yellow", "Tracey and Connor's stepdad row a lot about how to handle him. Connor swears at Tracey and stays out until 1am.",
  ["REL-CONF", "REL-PAR"], "parents' arguments REL-CONF; child behaviour REL-PAR"),
 ("Z014", "C", "yellow", "Referral order finishes in March. Connor has left school and has no college place for September yet, careers adviser involved.",
  ["CRIME", "EDU-NEET"], ""),
 ("Z014", "C", "blue", "Tracey and stepdad agreed a 10pm curfew together and Connor mostly keeps to it.",
  ["REL-PAR"], ""),
 # Z015
 ("Z015", "A", "yellow", "Steven has gambling debts of about £4,000 on credit cards from online betting and has self-excluded through GamStop. Referred to Citizens Advice for a debt plan. Kerry says there is no drinking or drug use at home.",
  ["FIN"], "gambling debts are FIN not SUB; self-excluded is not EDU-EXC; SUB negated"),
 ("Z015", "A", "green", "Kerry says she is anxious all the time about money, GP has given her the talking therapies number.",
  ["MH-ADULT"], ""),
 ("Z015", "C", "blue", "Debt relief order went through in October. Steven is still on GamStop and goes through the bank statements with Kerry every month.",
  ["FIN"], "debt being managed in a blue box"),
 # Z016
 ("Z016", "A", "green", "Lily (11) being picked on on the school bus and in group chats since she started Year 7 at Ousethwaite Academy, Head of Year involved. She is on SEN support for dyslexia.",
  ["SAFE-EXP", "EDU-SEND"], "bullying by peers is the child's need"),
 ("Z016", "A", "yellow", "Lily won't go in most Mondays, attendance 80%, says she feels sick with worry. Gemma gives in and lets her stay off. FSW to help Gemma with a morning plan.",
  ["EDU-ATT", "MH-CHILD", "REL-PAR"], ""),
 ("Z016", "C", "green", "Bus company moved Lily to a front seat and school dealt with the group chat, Lily says nobody has bothered her since Christmas. She has a reader pen for exams through SEN support. School would only look at a part-time timetable if the Monday absences came back.",
  ["EDU-SEND"], "bullying described as over (SAFE-EXP historical); absence hypothetical (not EDU-ATT)"),
 # Z017
 ("Z017", "A", "red", "Unborn baby on a pre-birth CP plan. Tanya (26) using heroin alongside her methadone script from Moorside. Her first child was removed in 2021 and adopted.",
  ["SUB"], ""),
 ("Z017", "A", "orange", "Tanya's partner Jason is on licence since July for burglary. Couple in B&B temporary accommodation in Skelderby after losing their flat.",
  ["CRIME", "HOUS"], "household adult on licence is CRIME"),
 ("Z017", "C", "red", "Ivy born in January and placed with Tanya in a mother and baby foster placement under an ICO, PLO ongoing. Tanya's methadone now down to 30ml.",
  ["SUB"], "foster carer is not CARER"),
 # Z018
 ("Z018", "A", "green", "Noah (4) starts Reception in September and is still in nappies, HV has given Sophie the toilet training leaflet. Lots of tantrums when he is told no.",
  ["EYD", "REL-PAR"], ""),
 ("Z018", "A", "blue", "Sophie has plenty of family close by and her sister has offered to help with potty training over the summer holidays.",
  ["EYD"], "toileting being handled by own network"),
 ("Z018", "C", "blue", "Noah is dry in the day now and only in a pull-up at night. Sophie uses a sticker chart and counts to three before time out, says the tantrums are much shorter.",
  ["EYD", "REL-PAR"], "now-managing in a blue box"),
 # Z019
 ("Z019", "A", "yellow", "Natalie left an abusive relationship in 2019 and has had no contact with the children's father since. UC has now been stopped over a missed appointment and she can't pay this month's rent.",
  ["FIN"], "DA historical only"),
 ("Z019", "A", "green", "Both children now registered with a dentist and Jayden's missed hearing test has been rebooked by the GP.",
  ["PH"], ""),
 ("Z019", "C", "blue", "UC reinstated with a backdated payment and Natalie has cleared what she owed on the rent. If her UC stops again she says she will ring Citizens Advice herself.",
  [], "money problem described as cleared (FIN historical); future UC problem hypothetical"),
 # Z020
 ("Z020", "A", "yellow", "Abbie (10) helps look after her brother Sam (7), who has cerebral palsy, and gives him his medication when Mum is at work. Mum works nights at the care home.",
  ["CARER", "PH"], "working nights is not FIN; care home job is not CARER"),
 ("Z020", "C", "green", "Sam's EHCP annual review done in February, hydrotherapy at the hospital pool every fortnight.",
  ["EDU-SEND", "PH"], ""),
 ("Z020", "C", "blue", "Abbie goes to Dalesreach Young Carers once a month. Rachel has changed to day shifts so Abbie doesn't have to do Sam's meds any more.",
  ["CARER"], "still supported as a young carer"),
 # Z021
 ("Z021", "A", "yellow", "Megan (17) is 24 weeks pregnant and dropped out of her hairdressing apprenticeship in Hawsfell in October. Didn't book with the midwife until 20 weeks and missed her scan.",
  ["EDU-NEET", "PH"], ""),
 ("Z021", "A", "green", "Megan lives with her mum and nan in the village. Nan had a stroke last year but has recovered well and walks to the shop every day.",
  [], "nan's stroke is over: PH historical"),
 ("Z021", "C", "green", "Leo born in February, HV new birth visit done and he is feeding well. Megan has applied to the college for September and her mum will have Leo two days a week.",
  ["EDU-NEET"], "still NEET with a plan in place; feeding well is good news"),
 # Z022
 ("Z022", "A", "yellow", "Harvey (10) on the Xbox until 2am and Mum says she can't get him off it. She found he had been chatting on Discord with an adult he doesn't know who asked for his address. Neighbour's son has been throwing stones at the windows, police aware.",
  ["REL-PAR", "SAFE-EXP"], "neighbour's ASB is outside the household, not CRIME"),
 ("Z022", "C", "blue", "Mum has put parental controls on and the Xbox goes off at 8pm on school nights. Harvey knows to tell her if anyone online asks for personal stuff.",
  ["REL-PAR", "SAFE-EXP"], "now-managing in a blue box"),
 # Z023
 ("Z023", "A", "orange", "Partner Mark drinks heavily most nights, controls the money and checks Claire's phone. Police called in November after he threw a mug at her. DASH 15.",
  ["SUB", "DA"], "partner's offence against Claire is DA only, not CRIME"),
 ("Z023", "A", "yellow", "Mason (9) anxious and clingy, keeps asking if Daddy is angry. School say he has gone very quiet in class.",
  ["MH-CHILD"], ""),
 ("Z023", "C", "yellow", "Mark moved out in December under a DVPO and is living at his mum's in Brackenmoor, he has started with Moorside for his drinking. Claire on the IDVA's caseload and the non-mol is in place.",
  ["DA"], "Mark's drinking is now outside the household: not SUB"),
 # Z024
 ("Z024", "A", "yellow", "Ethan (13) diagnosed with type 1 diabetes in August and won't check his bloods at school. Jo says they argue every night about it and he slammed his door off its hinges. Jo's hours were cut after time off and she is a month behind on the mortgage.",
  ["PH", "REL-PAR", "FIN"], ""),
 ("Z024", "C", "blue", "Ethan manages his own insulin now and checks at break with an app Mum can see. Jo back on full hours and the missed mortgage payment has been made up.",
  ["PH"], "mortgage arrears described as cleared: FIN historical"),
 # Z025
 ("Z025", "A", "orange", "Reece (14) permanently excluded from Skelderby Academy in September for bringing a knife in, now at the PRU. Police found him with £300, two phones and cannabis wraps in his bag, suspected county lines, NRM referral made.",
  ["EDU-EXC", "SAFE-EXP", "CRIME"], "drugs found on an exploited child: SAFE-EXP and CRIME, not SUB"),
 ("Z025", "A", "red", "Strategy meeting 3/10 and Reece now on a CIN plan. Lisa says she can't keep him in and he is out most nights, reported missing twice.",
  ["SAFE-EXP", "REL-PAR"], ""),
 ("Z025", "C", "red", "Reece accommodated under s20 in January with a foster carer out of county after two more missing episodes. Lisa visits every fortnight.",
  ["SAFE-EXP"], "foster carer is not CARER"),
 # Z026
 ("Z026", "A", "yellow", "Family of six in a two-bed flat above the shop, baby in the parents' room and the three boys sharing. On the housing register in band B. Sarah diagnosed with postnatal depression, HV doing listening visits.",
  ["HOUS", "MH-ADULT"], ""),
 ("Z026", "A", "green", "Baby Ruby weighed at clinic and gaining well, 6-8 week check done. Boys all at Hawsfell Primary with good attendance. HV will ask the perinatal team to see Sarah if her mood drops.",
  [], "all good news; weighed is not a weight problem; mood only hypothetical in this box"),
 ("Z026", "C", "green", "Sarah on antidepressants from the GP and seen by the perinatal team, says she is getting out more. Family bid on a four-bed in April and are still waiting.",
  ["MH-ADULT", "HOUS"], "overcrowding still current"),
 # Z027
 ("Z027", "A", "yellow", "Tommy (8) has lived with his nan Pauline on an SGO since 2023. Pauline is a kinship carer and struggling with his behaviour, he hits her when he is told no. Kinship carers support group suggested.",
  ["REL-PAR"], "kinship carer is not CARER; child hitting carer is REL-PAR not DA"),
 ("Z027", "A", "green", "School nurse has seen Tommy about wetting the bed and Pauline has the enuresis clinic referral.",
  ["PH"], ""),
 ("Z027", "C", "blue", "Pauline goes to the kinship carers coffee morning and uses the wait-then-talk approach when Tommy kicks off. She says things have settled down a lot.",
  ["REL-PAR"], "now-managing in a blue box"),
 # Z028
 ("Z028", "A", "orange", "Ian farms 200 acres with his brother. Milk price has dropped and the bank is threatening to call in the loan. Ian told the GP he has thought about ending his life and was referred to the crisis team. Police took the shotguns as a precaution.",
  ["FIN", "MH-ADULT"], "police removing guns as a precaution is not CRIME"),
 ("Z028", "A", "yellow", "Freya (15) says she is worried sick about her dad and can't concentrate in lessons, school counsellor involved. She helps with the milking before school every day.",
  ["MH-CHILD"], "farm work is not caring: not CARER"),
 ("Z028", "C", "blue", "Ian sees the farming charity's support worker and talks to his brother when things get bad. The loan has been restructured with the bank and repayments are being kept up.",
  ["MH-ADULT", "FIN"], "now-managing in a blue box"),
 # Z029
 ("Z029", "A", "yellow", "Kirsty says Paul smokes cannabis in the garden most evenings, not in front of the children. Leah (7) has speech therapy in school for her stammer, SENCO involved.",
  ["SUB", "EDU-SEND"], "speech for a school-age child is EDU-SEND not EYD"),
 ("Z029", "A", "blue", "Kirsty isn't drinking and Paul has been off alcohol altogether since New Year. They have been rowing about his smoking but are talking it through with her mum's help.",
  ["REL-CONF"], "alcohol negated/historical; parents' rowing managed with own network"),
 ("Z029", "C", "blue", "Paul signed up for Moorside's online cannabis course and says he is down to weekends only.",
  ["SUB"], ""),
 # Z030
 ("Z030", "A", "green", "Daisy (6) and Alfie (9) often late, 17 lates this term, and turning up at Hawsfell Primary in unwashed uniform. School have offered the uniform swap.",
  ["EDU-ATT", "SAFE-NEG"], ""),
 ("Z030", "A", "yellow", "Kate has long COVID and fibromyalgia and is in bed much of the day. Dad works away on the rigs two weeks at a time. Kate's PIP claim was turned down and she is appealing.",
  ["PH", "FIN"], "benefit problem is FIN; Dad working away is not FIN"),
 ("Z030", "C", "blue", "Neighbour walks Daisy and Alfie to school with her own kids, no lates since February. Kate has a laundry rota on the fridge and the children put their uniforms out the night before.",
  ["SAFE-NEG"], "lateness described as over: EDU-ATT historical"),
]

# Unboxed notes: (id, stage, date, locality, text, [codes], gold level, trap)
UNBOXED = [
 ("U001", "assessment", "2025-07-22", "Skelderby", "Phone call from Kyle asking about free school meals and help with uniform costs, he lost his job at the quarry last month and his UC hasn't come through yet. Signposted to the council's cost of living page and Skelderby food bank, which he said he would use.",
  ["FIN"], "blue", "signposting only: blue"),
 ("U002", "assessment", "2025-08-05", "Hawsfell", "HV 2-year review: Amira has only a handful of words and isn't interested in books, HV to recheck in three months. Mum says she has no worries about money or housing.",
  ["EYD"], "green", "money and housing negated"),
 ("U003", "assessment", "2025-10-15", "Brackenmoor", "Joint home visit with the PCSO after Kai (15) was caught shoplifting in Brackenmoor with his mates. He has had a youth caution and the YOS prevention worker will see him. Mum denies any drug use in the house.",
  ["CRIME"], "orange", "SUB denied; YOS is an orange cue"),
 ("U004", "assessment", "2025-11-12", "Ousethwaite", "ICPC today: Amelia (4) and Jacob (2) made subject to CP plans under neglect. No food in the house on two visits and the children were left on their own while Mum went to the pub. Mum drinks most days.",
  ["SAFE-NEG", "SUB"], "red", "CP plan is a red cue"),
 ("U005", "closure", "2026-01-19", "Hawsfell", "Jordan (12) has settled at Askby High with no more fixed-term exclusions since June. Mum says bedtimes are still a battle and she is on the waiting list for the next Triple P course.",
  ["REL-PAR"], "yellow", "exclusions over: EDU-EXC historical; parenting course is a yellow cue"),
 ("U006", "assessment", "2025-09-30", "Brackenmoor", "Call from the SENCO at Brackenmoor CE Primary: Riley (6) is waiting for an ADHD assessment and school have put SEN support in place. No concerns at home, Mum has good routines with him.",
  ["EDU-SEND"], "green", "good routines at home is good news, not REL-PAR"),
 ("U007", "assessment", "2026-02-25", "Ousethwaite", "Landlord has served a section 8 possession notice over £1,800 rent arrears. Wayne has started drinking again after three years sober, referred to Moorside.",
  ["HOUS", "FIN", "SUB"], "orange", "possession notice is an orange cue; relapse makes SUB current"),
]

# Trap kinds per narrative, assigned by hand (negated / historical / hypothetical /
# outside-household / look-alike / now-managing = a met or managed need coded present)
TRAP_KINDS = {
 "Z001-A-yellow": ["negated", "look-alike"], "Z001-C-blue": ["now-managing"],
 "Z002-A-yellow": ["negated", "look-alike"], "Z002-C-blue": ["now-managing"],
 "Z003-A-orange": ["look-alike"], "Z003-A-yellow": ["look-alike"], "Z003-C-blue": ["now-managing", "hypothetical"],
 "Z003-C-green": ["historical", "now-managing"], "Z004-A-yellow": ["look-alike"], "Z004-A-green": ["negated", "look-alike"],
 "Z004-C-blue": ["now-managing"], "Z005-A-orange": ["outside-household"], "Z005-C-orange": ["look-alike"],
 "Z005-C-green": ["historical"], "Z006-A-orange": ["look-alike"], "Z006-C-yellow": ["look-alike"],
 "Z006-C-blue": ["historical", "now-managing"], "Z007-C-blue": ["historical", "now-managing"],
 "Z008-A-orange": ["look-alike"], "Z008-C-yellow": ["historical", "look-alike"], "Z009-A-green": ["look-alike"],
 "Z009-C-blue": ["now-managing"], "Z010-A-yellow": ["negated"], "Z010-C-blue": ["now-managing"],
 "Z010-C-green": ["historical"], "Z011-A-yellow": ["look-alike"], "Z011-C-blue": ["outside-household"],
 "Z012-A-orange": ["historical"], "Z012-C-green": ["historical", "hypothetical"], "Z013-C-blue": ["now-managing"],
 "Z014-A-yellow": ["look-alike"], "Z015-A-yellow": ["negated", "look-alike"], "Z015-C-blue": ["now-managing"],
 "Z016-A-green": ["outside-household"], "Z016-C-green": ["historical", "hypothetical"], "Z017-A-orange": ["look-alike"],
 "Z017-C-red": ["look-alike"], "Z018-A-blue": ["now-managing"], "Z018-C-blue": ["now-managing"],
 "Z019-A-yellow": ["historical"], "Z019-C-blue": ["historical", "hypothetical"], "Z020-A-yellow": ["look-alike"],
 "Z020-C-blue": ["now-managing"], "Z021-A-green": ["historical"], "Z021-C-green": ["now-managing"],
 "Z022-A-yellow": ["outside-household"], "Z022-C-blue": ["now-managing"], "Z023-A-orange": ["look-alike"],
 "Z023-C-yellow": ["outside-household"], "Z024-C-blue": ["historical", "now-managing"], "Z025-A-orange": ["look-alike"],
 "Z025-C-red": ["look-alike"], "Z026-A-green": ["look-alike", "hypothetical"], "Z026-C-green": ["now-managing"],
 "Z027-A-yellow": ["look-alike"], "Z027-C-blue": ["now-managing"], "Z028-A-orange": ["look-alike"],
 "Z028-A-yellow": ["look-alike"], "Z028-C-blue": ["now-managing"], "Z029-A-yellow": ["look-alike"],
 "Z029-A-blue": ["negated", "historical", "now-managing"], "Z030-A-yellow": ["look-alike"],
 "Z030-C-blue": ["historical", "now-managing"],
 "U001": ["look-alike"], "U002": ["negated"], "U003": ["negated"], "U005": ["historical"], "U006": ["look-alike"],
 "U004": ["level-cue"], "U007": ["level-cue"],
}

def main():
    nar, gold, traps = [], [], {}
    stage_name = {"A": "assessment", "C": "closure"}
    for case, st, level, text, codes, trap in BOXED:
        loc, adate, cdate = CASES[case]
        tid = f"{case}-{st}"
        nid = f"{tid}-{level}"
        nar.append([nid, tid, case, stage_name[st], adate if st == "A" else cdate, level, loc, text])
        for c in codes:
            gold.append([nid, c, level])
        if trap:
            traps[nid] = {"note": trap, "kinds": TRAP_KINDS.get(nid, [])}
    for uid, stage, date, loc, text, codes, glevel, trap in UNBOXED:
        nar.append([uid, uid, uid, stage, date, "", loc, text])
        for c in codes:
            gold.append([uid, c, glevel])
        if trap:
            traps[uid] = {"note": trap, "kinds": TRAP_KINDS.get(uid, [])}
    with open(os.path.join(HERE, "narratives.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"])
        w.writerows(nar)
    with open(os.path.join(HERE, "gold.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "code", "level"])
        w.writerows(gold)
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8") as f:
        json.dump(traps, f, indent=1, ensure_ascii=False)
    missing = [k for k in traps if not traps[k]["kinds"]] + [k for k in TRAP_KINDS if k not in traps]
    assert not missing, missing
    print(f"{len(nar)} narratives, {len(gold)} gold rows, {len(traps)} trap notes")

if __name__ == "__main__":
    main()
