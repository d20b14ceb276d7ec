#!/usr/bin/env python3
"""Blind hand-coded gold set (set z8): large, busy households written member by member.

Every narrative, its gold codes and its trap notes are written by hand below.
Running this script writes narratives.csv, gold.csv and traps.json (UTF-8, CRLF).
Gold codes = `present` issues only, coded per /work/shared/taxonomy.md.
"""
import csv, json, os

OUT = os.path.dirname(os.path.abspath(__file__))

# Each box: (stage 'A'/'C', level, text, [gold codes], [(trap_type, note), ...])
# trap types: negated, historical, hypothetical, lookalike, outside_household, met_need
CASES = []

def case(cid, loc, a_date, c_date, boxes):
    CASES.append(dict(case=cid, loc=loc, a=a_date, c=c_date, boxes=boxes))

case("Z801", "Ashcombe", "2025-03-11", "2025-09-02", [
 ("A", "green",
  "Rio (8 months) – HV visit 4/3: not sitting without support yet and weaning has stalled, Lauren still giving mostly bottles and he gags on lumps; HV to review at 10 months. Mia (9) – settled at Ferndale Primary, 97% attendance, school have nothing to raise. Nan Pauline (Lauren's mum, lives with them) – COPD, on oxygen overnight, GP reviews her every 3 months.",
  ["EYD", "PH"],
  [("lookalike", "Mia's 97% attendance is pure good news, no EDU-ATT")]),
 ("A", "yellow",
  "Jayden (14) – attendance 71% since Easter, refuses to get out of bed most Mondays; Head of Year says one more incident like swearing at the TA and he will be suspended. Lauren (Mum) – tearful and flat most days, GP started her on sertraline in February, would like someone to talk to. Dean (Lauren's partner, Mia and Rio's dad) – works nights at the distribution centre, no worries raised about him. Chloe (19, Lauren's eldest) – moved out to a flat in Dunmore last year; Lauren is worried about how much Chloe drinks. EHW to do bedtime and phone routines with Lauren and Dean for Jayden.",
  ["EDU-ATT", "EDU-EXC", "MH-ADULT", "REL-PAR"],
  [("outside_household", "Chloe has moved out: her drinking is not SUB"),
   ("lookalike", "Dean working nights is not FIN")]),
 ("C", "blue",
  "Jayden – 92% this half term, sets his own alarm and Dean runs him in on Mondays if he is dragging; there has been no further talk of suspension since May. Lauren – still on sertraline and goes to a Tuesday walking group with her sister, says her mood is the best it has been in years. Rio – Lauren is following the HV's weaning leaflet and he now manages soft lumps. Chloe pops round for Sunday dinner.",
  ["EDU-ATT", "MH-ADULT", "EYD"],
  [("historical", "risk of suspension over since May: no EDU-EXC")]),
])

case("Z802", "Brackenford", "2025-02-04", "2025-11-18", [
 ("A", "green",
  "Ava and Alfie (twins, 3) – both take their 15 funded hours at Little Acorns. Nursery report Alfie has only a handful of words and Ava talks for him; HV has referred him to SALT. Lacey (6) – wet most nights, school nurse has given Shannon an enuresis leaflet and a star chart. Nan Carol (64, lives with them) – type 2 diabetic on tablets, sees the practice nurse.",
  ["EYD", "PH"],
  [("lookalike", "Lacey's bedwetting at 6 is PH, not EYD")]),
 ("A", "yellow",
  "Kai (11) – makes breakfast and walks Lacey to school most days because Shannon's pain is worst first thing; he looks tired in class and says he has given up football. Shannon (Mum) – fibromyalgia, gets PIP, pain held by her meds but mornings are very hard. Marcus (Kai's dad, lives in Calder Rise) – contact has broken down, he and Shannon row by text over weekends and it is going back to court. Referral to Brackenford Young Carers.",
  ["CARER", "PH", "REL-CONF"],
  [("lookalike", "PIP named with no money problem: no FIN"),
   ("outside_household", "Marcus lives elsewhere; the contact dispute is still the family's REL-CONF")]),
 ("A", "orange",
  "Six people in a two-bed housing association flat – Kai on the sofa, the twins in with Shannon, Lacey in with Nan Carol. Black mould in the bathroom and along the twins' wall, landlord has ignored three reports. Housing Options involved, medical priority bid submitted.",
  ["HOUS"], []),
 ("C", "green",
  "Alfie – now seen by SALT at the children's centre and nursery practise his targets daily; he has started putting two words together. Lacey – still wet about two nights a week, school nurse reviewing. Kai – goes to the Young Carers group on Thursdays after school.",
  ["EYD", "PH", "CARER"], []),
 ("C", "yellow",
  "Family moved in October to a four-bed house in Dunmore through the medical priority, Kai has his own room and there are no housing issues now. Shannon and Marcus have a court order for alternate weekends but handovers are still tense; family mediation booked for January.",
  ["REL-CONF"],
  [("met_need", "housing need met by the move: no HOUS")]),
])

case("Z803", "Calder Rise", "2025-09-08", "2026-02-23", [
 ("A", "orange",
  "Tyler (15) – missing three times since August, found by police in Coldmoor each time; last time he had £400 and wraps of cocaine on him and was arrested. NRM referral done, YOS looking at an out-of-court disposal. Skye (12) – older boys who know Tyler are messaging her on Snapchat asking to meet, school DSL aware. Callum (20, Tyler's older brother, moved out in 2023) – in prison for supply; Gemma believes the same group is now using Tyler.",
  ["SAFE-EXP", "CRIME"],
  [("lookalike", "cocaine found on an exploited child: SAFE-EXP + CRIME, not SUB"),
   ("outside_household", "Callum has moved out; his offending is not coded")]),
 ("A", "red",
  "Strategy meeting 3/9 after Skye told her teacher that Lee (stepdad) pinned Gemma against the fridge while all the children were in the kitchen. Lee arrested and bailed to his mum's, DVPO granted. Gemma says she has been drinking about half a bottle of vodka a day since. s47 under way, ICPC booked for all four children. Rosie (4) and Mason (2 months) – HV found dog mess on the floors, no clean bottles and Mason in a soaked nappy.",
  ["DA", "SUB", "SAFE-NEG"],
  [("lookalike", "Lee's arrest for assaulting Gemma is DA only, not CRIME")]),
 ("C", "red",
  "All four children on CP plans under neglect. Gemma attending Calder Rise Recovery weekly and reports six weeks without a drink, but the flat was dirty again at the last two unannounced visits. Lee still living at his mum's under bail conditions; Gemma has started the Safe Steps course for women who have lived with domestic abuse.",
  ["SAFE-NEG", "SUB", "DA"], []),
 ("C", "orange",
  "Tyler – NRM came back positive; still goes missing but for hours rather than days, working with the exploitation team and on a six-month referral order. Skye – blocked the boys and reported them, nothing further from them since October.",
  ["SAFE-EXP", "CRIME"],
  [("historical", "Skye's contact from the boys ended in October")]),
])

case("Z804", "Dunmore", "2025-01-20", "2025-07-14", [
 ("A", "green",
  "Leo (7) – happy at St Bede's, no worries. Arjun (13) – referred for an ADHD assessment, SENCO has put him on SEN support with a movement-break card. Grandad Dev (78, Priya's dad, lives with them) – stroke in the autumn, walks with a frame, district nurses call in. Rob (Zara and Arjun's dad) – lives in Brackenford and, per Priya, drinks heavily; the children see him on Saturdays in the daytime only.",
  ["EDU-SEND", "PH"],
  [("outside_household", "Rob's drinking: not SUB, he is not in the household"),
   ("negated", "Leo: no worries")]),
 ("A", "yellow",
  "Zara (16) – dropped out of sixth form after six weeks in October, not working or studying, sleeps until midday; says she would like to do hairdressing. Priya and Sam – both work full time, Sam on rotating shifts at the hospital. While they are at work Zara gives Grandad Dev his tablets and makes his lunch, about three hours a day. Careers adviser and EHW to support Zara.",
  ["EDU-NEET", "CARER"],
  [("lookalike", "shift work is not FIN; a NEET 16-year-old is EDU-NEET only")]),
 ("C", "blue",
  "Zara – started a level 1 hair and beauty course at Dunmore College in January, three days a week. Arjun – ADHD confirmed in March; the family use the strategies from the school's parent workshop and his SEN support plan is working. Grandad Dev still can't manage on his own, so an agency now comes twice a day and Zara no longer does his lunches or tablets.",
  ["EDU-SEND", "PH"],
  [("met_need", "Zara now in college: no EDU-NEET"),
   ("historical", "Zara no longer cares for Dev: no CARER")]),
])

case("Z805", "Ashcombe", "2025-05-12", "2025-12-01", [
 ("A", "yellow",
  "Wayne has brought the children up on his own since 2022 and gave up his warehouse job in February to cover the school runs, his UC has been paid late twice because of a sanction mix-up, he owes £640 on the electric and has used the Harbour food bank twice, Kayden (12) told his form tutor there was nothing in for tea on Sunday, Brooke (10) is doing well and plays netball for the school, Harley (8) has been late 14 times this term, Poppy (5) is settled in Reception, Lily-Mae (2) has a funded nursery place but has never been taken, Nan Jean (71, Wayne's mum) lives with them and helps where she can but her arthritis is bad, and Tia (18) has moved in with her boyfriend in Calder Rise and is expecting.",
  ["FIN", "SAFE-NEG", "EDU-ATT", "EYD", "PH"],
  [("outside_household", "Tia has moved out; her pregnancy is not coded"),
   ("lookalike", "Brooke and Poppy: good news only")]),
 ("A", "orange",
  "Section 21 notice served 2 June, landlord selling up. Seven people in a three-bed terrace, Nan Jean sleeps in the front room. TAF agreed with Housing Options and Citizens Advice.",
  ["HOUS"], []),
 ("C", "yellow",
  "Wayne – part-time job in the school kitchen since September, UC sorted and topping up, paying £20 a fortnight off the electric arrears through a Citizens Advice plan; not needed the food bank since July. Lily-Mae – started at Teddies nursery three mornings a week in September; staff say she has very few words and have asked the HV to see her.",
  ["FIN", "EYD"],
  [("historical", "food bank use ended in July")]),
 ("C", "green",
  "Family moved into a four-bed council house in Ashcombe in October and Nan Jean has a downstairs bedroom. Harley – late three times this half term, school keeping an eye.",
  ["EDU-ATT"],
  [("met_need", "rehoused: no HOUS")]),
])

case("Z806", "Brackenford", "2025-10-06", "2026-03-16", [
 ("A", "orange",
  "Ellie (13) – cutting her arms since the summer; seen in A&E in September after taking 12 paracetamol and now under the CAMHS crisis team. Finn (10) – a group of Year 6 boys call him names and shoved him in the toilets, he now wants walking to the classroom door. Danielle (Mum) – postnatal depression diagnosed after Sonny, under the perinatal mental health team. Kerry-Ann (Danielle's partner) – works from home and is the main support, no concerns. Sonny (1) – meeting milestones, jabs all up to date.",
  ["MH-CHILD", "SAFE-EXP", "MH-ADULT"],
  [("negated", "Kerry-Ann: no concerns"),
   ("lookalike", "Sonny's jabs up to date and milestones met: no PH/EYD")]),
 ("A", "green",
  "Sonny – HV one-year review done, nothing to follow up. Ellie – sees the school nurse every Monday about her low mood. Finn – class teacher aware of the name-calling and lets him stay in the library at lunch.",
  ["MH-CHILD", "SAFE-EXP"],
  [("negated", "Sonny: nothing to follow up, no EYD")]),
 ("C", "yellow",
  "Ellie – stepped down from CAMHS crisis, now uses an online counselling service and sees the school's ELSA weekly; no self-harm for eight weeks but still has low days. Danielle – discharged by the perinatal team, came off antidepressants in November and feels well. Finn – the name-calling stopped once the Year 6s were moved to another playground, nothing since.",
  ["MH-CHILD"],
  [("historical", "Danielle's PND treatment ended: no MH-ADULT"),
   ("historical", "Finn's bullying stopped: no SAFE-EXP")]),
])

case("Z807", "Calder Rise", "2025-04-07", "2025-10-20", [
 ("A", "yellow",
  "Brenda (61) – kinship carer for her grandchildren Jack and Lola under an SGO since 2024; says she is worn out and her blood pressure is up, GP has changed her tablets. Jack (9) – explosive at home, has kicked holes in his bedroom door and Brenda can't get him to bed before 11. Lola (6) – no concerns in school. Ryan (17, Brenda's son) – apprentice mechanic, helps out. Stacey (the children's mum) – using heroin, lives in a hostel in Dunmore; supervised contact is monthly at the family centre but she often doesn't show, and Jack is tearful and withdrawn for days afterwards. Referred to the kinship carers' parenting group.",
  ["PH", "REL-PAR", "MH-CHILD"],
  [("lookalike", "'kinship carer' is not CARER"),
   ("outside_household", "Stacey's heroin use: not SUB, she lives elsewhere"),
   ("lookalike", "Ryan (17) is an apprentice: no EDU-NEET")]),
 ("C", "blue",
  "Brenda is using the reward chart and bedtime routine from the group; Jack is in bed by half eight most nights and the door has been fixed.",
  ["REL-PAR"], []),
])

case("Z808", "Dunmore", "2025-06-16", "2025-12-08", [
 ("A", "yellow",
  "Ruby (14) – constant rows with Natalie (stepmum) over chores and her phone; twice stayed out all night without saying where she was, and the second time Tom reported her missing and police found her at a friend's in Ashcombe. Tom says she vapes but he doesn't think she's using anything else. Oscar (11) – autistic, EHCP, moving up to Harrowby Academy in September with an enhanced transition. Evie (8, Natalie's daughter) and Theo (18 months) – no concerns. Ruby's mum Jo lives in Spain, phone contact only.",
  ["REL-PAR", "SAFE-EXP", "EDU-SEND"],
  [("lookalike", "vaping is not SUB"),
   ("lookalike", "police finding a missing child is not CRIME"),
   ("negated", "Evie and Theo: no concerns")]),
 ("A", "green",
  "Theo – Natalie asked the HV for an early check as he has no words yet and just points; HV referred to SALT and suggested the Chatterbox group at the library. Oscar – transition meeting with the Harrowby SENCO done.",
  ["EYD", "EDU-SEND"], []),
 ("C", "green",
  "Theo – on a SALT home programme, up to about ten words. Oscar – settled at Harrowby, EHCP annual review in March. Ruby – no nights away since the safety plan; she and Natalie still bicker but they have a weekly takeaway-and-talk night that Ruby says helps.",
  ["EYD", "EDU-SEND", "REL-PAR"],
  [("historical", "no missing nights since the safety plan: no SAFE-EXP")]),
])

case("Z809", "Ashcombe", "2025-06-02", "2025-12-15", [
 ("A", "orange",
  "Yusuf (15) – arrested in May with two friends for taking a phone off a boy in the park, youth caution, now working with Ashcombe YOS; police have also been called twice about the group causing trouble outside the shops. Maryam (12) – helps Grandma Nasreen (lives with them, Parkinson's) wash and dress every morning and interprets at her hospital appointments; school say she is late most days. Khalid (Dad) – made redundant in April, claiming UC, £1,100 behind on council tax.",
  ["CRIME", "CARER", "PH", "EDU-ATT", "FIN"], []),
 ("A", "green",
  "Hana (4) – nursery class at Greenlands Primary five mornings, bilingual in Urdu and English, staff say she is chatty and ready for Reception. Ibrahim (8) – settled, no concerns. Aisha (Mum) – no health worries.",
  [],
  [("lookalike", "nursery, bilingual, school readiness mentioned as good news only: no EYD"),
   ("negated", "Ibrahim and Aisha: no concerns / no health worries")]),
 ("C", "yellow",
  "Yusuf – finished his YOS programme in October, no police contact since. Maryam – going to Ashcombe Young Carers; a district nurse now does Nasreen's mornings so Maryam only helps in the evenings and gets to school on time. Khalid – started with the council parks team, council tax arrears on a payment plan.",
  ["CARER", "PH", "FIN"],
  [("historical", "YOS finished, no police contact since: no CRIME"),
   ("met_need", "Maryam now on time: no EDU-ATT")]),
])

case("Z810", "Brackenford", "2025-02-17", "2025-11-24", [
 ("A", "yellow",
  "Logan (10) – lashing out at other children at lunchtime, two internal exclusions this term and the head says a suspension is next. Isla (7) – quiet, doing fine. Freddie (3) – still in nappies day and night; Kirsty has tried training him but he screams. Kirsty and Jamie (Freddie's dad, lives with them) – shouting matches most weekends about money; both say it has never got physical and Kirsty says she is not afraid of him. Jamie – £3,000 on credit cards from online betting, has since put a gambling block on his banking app. Gary (Logan and Isla's dad) – domestic abuse towards Kirsty in 2019, the court order long expired, no contact since he moved to Wales.",
  ["EDU-EXC", "EYD", "REL-CONF", "FIN"],
  [("negated", "rows with Jamie never physical, Kirsty not afraid: no DA"),
   ("historical", "Gary's abuse in 2019, no contact since: no DA"),
   ("lookalike", "betting debts are FIN not SUB; 'gambling block' is not a SUB/EDU term")]),
 ("C", "blue",
  "Kirsty and Jamie did an online course on reducing parental conflict and call a time-out when rows start; weekends are calmer. Jamie is paying the cards off at £150 a month through a debt charity plan. Freddie dry in the day, nappy at night only.",
  ["REL-CONF", "FIN", "EYD"], []),
 ("C", "green",
  "Logan – behaviour plan with his class teacher and the pastoral lead, no suspension, one internal exclusion since September. Isla – no concerns.",
  ["EDU-EXC"],
  [("negated", "no suspension (but internal exclusion still present)")]),
])

case("Z811", "Calder Rise", "2025-11-03", "2026-06-22", [
 ("A", "yellow",
  "Kayla (17) – left college when she got pregnant, not in education or work, wants to go back once Nova is older; Care to Learn info given. Nova (5 months, Kayla's daughter) – dropped two weight centiles, GP has referred her to the paediatric dietitian. Reece (13) – not been in school since October half term, says he feels sick and panicky at the gate; school have offered a part-time timetable. Craig (Jade's partner) – on licence until March for a driving offence, sees probation weekly, works full time. Jade (Mum) – works at a care home, no concerns.",
  ["EDU-NEET", "PH", "EDU-ATT", "MH-CHILD", "CRIME"],
  [("lookalike", "Kayla NEET is EDU-NEET only, no FIN"),
   ("lookalike", "'care home' job is not CARER"),
   ("negated", "Jade: no concerns")]),
 ("C", "yellow",
  "Reece – back full time since February, 94% this term; CAMHS anxiety work finished and he was discharged in May. Kayla – has a place on a level 2 childcare course from September, not in education or work until then. Nova – back on her centile, HV has stepped down to universal. Craig's licence ended in March.",
  ["EDU-NEET"],
  [("historical", "Reece discharged from CAMHS, back full time: no MH-CHILD / EDU-ATT"),
   ("historical", "Nova's weight recovered: no PH"),
   ("historical", "Craig's licence ended: no CRIME")]),
])

case("Z812", "Dunmore", "2025-09-22", "2026-03-02", [
 ("A", "green",
  "Harper (5) – Reception at Moorside, 84% attendance, lots of odd days off.\n"
  "Archie (2) – eligible for two-year-old funding, not taken up.\n"
  "Nan Julie (Leanne's mum, owns the house) – breast cancer, finishing chemo, breast care nurse involved.\n"
  "Steve (Julie's husband) – retired, does most of the school runs, no concerns.\n"
  "Connor (21, Leanne's brother) – moved out last year, 'always in trouble with the police' according to Julie.",
  ["EDU-ATT", "EYD", "PH"],
  [("outside_household", "Connor has moved out: no CRIME"),
   ("negated", "Steve: no concerns")]),
 ("A", "yellow",
  "Leanne (24) – panic attacks whenever she leaves the house, has not been past the corner shop since the summer; she has self-referred to the adult talking therapies service and is on the waiting list. EHW to do graded trips out with her, starting with a look round the nursery with Archie.",
  ["MH-ADULT", "EYD"], []),
 ("C", "blue",
  "Leanne walks Harper to school three days a week herself and still uses the breathing exercises from the talking therapies course.\n"
  "Julie – treatment finished in December and she has been given the all-clear.",
  ["MH-ADULT"],
  [("historical", "Julie's cancer treatment finished, all-clear: no PH")]),
])

case("Z813", "Ashcombe", "2026-01-19", "2026-07-06", [
 ("A", "red",
  "ICPC 14/1/26: Jordan, Kacey, Bailey and the unborn baby made subject to CP plans under neglect. House smells strongly of cannabis; Chantelle and Aaron both say they smoke a few joints every night once the children are in bed. Jordan (8) – attendance 68%, often arrives hungry and in the same uniform all week. Bailey (4) – not toilet trained, nursery place not taken up, very few words. Aaron (Chantelle's partner) – on probation for a burglary, Chantelle calls him 'a brilliant stepdad'.",
  ["SAFE-NEG", "SUB", "EDU-ATT", "EYD", "CRIME"], []),
 ("C", "red",
  "PLO pre-proceedings letter issued in June as home conditions have not improved. Baby Marley born in March. Chantelle's hair strand test clear of cannabis since April; Aaron still smoking it daily. Jordan's attendance 79%.",
  ["SAFE-NEG", "SUB", "EDU-ATT"],
  [("negated", "Chantelle clear of cannabis (SUB stays present through Aaron)")]),
 ("C", "orange",
  "Bailey – started at Holly Lane nursery in April but misses about half his sessions; his keyworker and Portage are working on words and toilet training.",
  ["EYD"], []),
])

case("Z814", "Brackenford", "2025-03-24", "2025-10-13", [
 ("A", "yellow",
  "Sophie (7) – cerebral palsy, wheelchair user, EHCP at Oakfield Special School, tube fed overnight. Grace (12) – helps with Sophie's overnight feeds and lifting on the nights Paul works, is falling asleep in lessons and says she never gets her homework done. Ben (14) – plays for Brackenford Rovers, no concerns. Rachel (Mum) – back pain from lifting Sophie. Paul (stepdad, Sophie's dad) – nights at the hospital. They get DLA and Carer's Allowance and say money is not a worry.",
  ["PH", "EDU-SEND", "CARER"],
  [("lookalike", "DLA and Carer's Allowance named, money negated: no FIN"),
   ("negated", "Ben: no concerns")]),
 ("A", "green",
  "Rachel describes herself as a parent carer and goes to the Oakfield parent carer forum. Sophie – OT and physio from the community paediatric team, new standing frame on order.",
  ["PH"],
  [("lookalike", "'parent carer' is not CARER")]),
 ("C", "blue",
  "Grace – goes to Brackenford Young Carers every other week. Paul moved onto day shifts so she no longer does night feeds, but she still helps Sophie get ready for bed most evenings and says she likes doing it. Rachel – keeps up the physio exercises for her back.",
  ["CARER", "PH"], []),
])

case("Z815", "Calder Rise", "2025-08-18", "2026-01-26", [
 ("A", "blue",
  "Chris's hours at the print works may be cut in the new year; the family are up to date with rent and bills and say they would go to Citizens Advice if they fell behind. Granny Pat lives with them and Olivia's sister round the corner helps with pick-ups. Ethan (19, Olivia's son) – at university in Leeds, home in the holidays.",
  [],
  [("hypothetical", "money trouble only if hours are cut / if they fell behind: no FIN")]),
 ("A", "green",
  "Jack (3) – HV two-year review fine apart from his night-time bottle; HV gave advice on moving him to a cup. Noah (9) – asthma, blue inhaler when needed, reviewed by the practice nurse in May. Amelia (6) – no concerns.",
  ["EYD", "PH"],
  [("negated", "Amelia: no concerns")]),
 ("A", "yellow",
  "Noah (9) – very worried since Granny Pat's fall, asks every morning whether she will be OK and can't settle at bedtime; school ELSA to do six sessions on worries. Pat (74) – broke her hip in July, home now and walking with a frame.",
  ["MH-CHILD", "PH"], []),
 ("C", "blue",
  "Noah uses his worry jar at home and talks his worries through with Olivia at bedtime. Jack now drinks from an open cup. Pat has fully recovered and the physio discharged her in November.",
  ["MH-CHILD"],
  [("historical", "Jack off the bottle: no EYD"),
   ("historical", "Pat recovered and discharged: no PH")]),
])

case("Z816", "Dunmore", "2025-05-06", "2025-10-27", [
 ("A", "orange",
  "Millie (13) – police found she had been sending images to a man on Instagram who said he was 16; he is 34 and has been arrested. She is also being ganged up on in a class group chat. Open to the CSE team and the school DSL. Charlie (10) and George (8, Hayley's boys) – no concerns. Hayley (Lewis's partner) – her anxiety has flared since this started, GP has put her medication up. Ivy (9 months) – thriving.",
  ["SAFE-EXP", "MH-ADULT"],
  [("outside_household", "the man's arrest is not CRIME for the family"),
   ("negated", "Charlie and George: no concerns")]),
 ("A", "yellow",
  "Lewis and Hayley want help with phone rules for the three older children. Millie storms off and slams doors when her phone is taken and told Hayley 'you're not my mum'; things are tense at home. EHW to do online safety sessions and a family agreement.",
  ["REL-PAR", "SAFE-EXP"], []),
 ("C", "blue",
  "Family agreement about phones is on the fridge and all phones charge downstairs overnight. Millie can show how to block and report. Hayley is back on her usual dose and feels much more herself.",
  ["REL-PAR", "SAFE-EXP", "MH-ADULT"], []),
])

case("Z817", "Ashcombe", "2025-10-13", "2026-02-09", [
 ("A", "yellow",
  "Natasha lives with her mum Maureen in Maureen's council house with her three youngest, Tyler-James (12) is in Year 8 at Ashcombe High and getting on fine, Ruby-Rose (9) has had head lice for months and school say she comes in unwashed most days, Ollie (4) has been to A&E twice with his breathing and the GP thinks the damp in the back bedroom is making it worse, Maureen has reported the damp to the council three times with no visit, Natasha works part time on the tills, and Kieran (18) moved to his girlfriend's in the summer and works at the garage.",
  ["SAFE-NEG", "PH", "HOUS"],
  [("outside_household", "Kieran has moved out")]),
 ("C", "green",
  "Council treated the damp in November and replastered the back bedroom. Ollie – preventer inhaler from the GP, no A&E since. Ruby-Rose – on a school nurse hygiene plan; Natasha washes her hair and checks for lice every Sunday and she comes in clean now. Maureen knows to ring the council's repairs line straight away if the mould comes back.",
  ["PH", "SAFE-NEG"],
  [("met_need", "damp fixed: no HOUS"),
   ("hypothetical", "only if the mould comes back: no HOUS")]),
])

case("Z818", "Brackenford", "2025-03-03", "2025-09-29", [
 ("A", "orange",
  "Gareth (Dad) – severe depression since Emma moved out in January, told his GP he has thought about ending his life, now under the home treatment team. Drinking six to eight cans most nights. Lucas (15) – does the cooking and gets Maisie to school, has missed 20 days this term. Maisie (11) – handovers at her mum's are tense, Emma and Gareth row on the doorstep. Emma now lives in Calder Rise with her new partner and their baby.",
  ["MH-ADULT", "SUB", "CARER", "EDU-ATT", "REL-CONF"],
  [("outside_household", "Emma's new partner and baby are another household")]),
 ("C", "yellow",
  "Gareth – discharged to his GP, still on antidepressants and seeing a counsellor; with the Brackenford drug and alcohol service he has cut down to drinking at weekends only. Lucas – attendance back to 96%, still cooks most nights and goes to young carers. Emma and Gareth now message politely about arrangements and the doorstep rows have stopped.",
  ["MH-ADULT", "SUB", "CARER"],
  [("historical", "doorstep rows stopped: no REL-CONF"),
   ("met_need", "Lucas at 96%: no EDU-ATT")]),
])

case("Z819", "Calder Rise", "2025-07-07", "2026-01-26", [
 ("A", "yellow",
  "Andrei (16) – arrived in the UK in June, no college place yet, does odd cash-in-hand days with his uncle.\n"
  "Bianca (13) – Year 9 at Calder Rise Academy, 78% attendance, often kept off when Elena has appointments.\n"
  "Luca (10) and Daria (7) – at St Anne's, doing well, English coming on fast.\n"
  "Sofia (10 months) – not registered with a GP, no immunisations at all.\n"
  "Marius (Dad) – out of work, UC claim held up waiting for his ID documents; the family have been getting food parcels from the church.\n"
  "Bunica Ileana (Marius's mum, lives with them) – diabetic, no GP.",
  ["EDU-NEET", "EDU-ATT", "PH", "FIN"], []),
 ("A", "orange",
  "Eight people in a privately rented two-bed flat above a takeaway; the landlord has served a section 21 and the heating has not worked since March. TAF with Housing Options and the EHW.",
  ["HOUS"], []),
 ("C", "yellow",
  "Andrei – started ESOL and construction at Calder Rise College in January. Sofia – registered at Parkside Surgery, first jabs done and catch-ups booked. UC in payment since October, no food parcels needed since. Family moved to a four-bed housing association house in December.",
  ["PH"],
  [("met_need", "Andrei in college: no EDU-NEET"),
   ("historical", "UC paid, no food parcels since October: no FIN"),
   ("met_need", "rehoused: no HOUS")]),
])

case("Z820", "Dunmore", "2025-04-22", "2025-11-10", [
 ("A", "green",
  "Josh (15, Matt's son, lives with them full time) – ADHD diagnosed in 2022, medication through the paediatrician, SEN support plan at Dunmore High. Alfie (12) – no concerns. Lola and Maya (8) – Maya has eczema, GP cream. Grandad Ron (Matt's dad) lives with them and has early dementia, memory clinic involved.",
  ["EDU-SEND", "PH"],
  [("negated", "Alfie: no concerns")]),
 ("A", "yellow",
  "Josh (15) – three-day suspension in March for fighting, school say a managed move is likely if there's another incident. Caught vaping in the toilets; Matt is sure he's not using cannabis and school searches have found nothing. At home Josh swears at Sian and won't accept her rules, says she isn't his mum.",
  ["EDU-EXC", "REL-PAR"],
  [("lookalike", "vaping is not SUB"),
   ("negated", "not using cannabis: no SUB"),
   ("hypothetical", "managed move only if another incident (EDU-EXC present anyway from the suspension)")]),
 ("C", "green",
  "Josh – no more suspensions, on a report card with a mentor from the inclusion team. Still some clashes with Sian, but Matt now backs her up and they agreed the house rules together.",
  ["EDU-EXC", "REL-PAR"],
  [("negated", "no more suspensions (behaviour report card still present)")]),
])

case("Z821", "Ashcombe", "2025-10-06", "2026-03-09", [
 ("A", "orange",
  "Becky (Mum) – boyfriend Scott (does not live here) checks her phone, keeps her bank card and turns up drunk demanding to be let in; police were called last Friday when he kicked the door in. DASH medium, IDVA referral. Lacey (14) – tells school she hates Scott, stays out late to avoid him and was reported missing one night, found by police in the park at 1am. Jake (11) – his dad died in 2023, still grieving, sees the school counsellor weekly. Grandad Alan (Becky's dad) – moved in after his heart attack, doing cardiac rehab.",
  ["DA", "SAFE-EXP", "MH-CHILD", "PH"],
  [("outside_household", "Scott does not live there: his drinking is not SUB, his abuse of Becky is DA"),
   ("lookalike", "police finding Lacey is safeguarding, not CRIME")]),
 ("A", "green",
  "Mollie (4) – started Reception in September, still having wetting accidents in the day most days; school have asked Becky to mention it to the GP. Becky – works on the pharmacy counter, says she is shattered but sleeping okay.",
  ["EYD"],
  [("lookalike", "Mollie is in school but under 5: toileting is EYD"),
   ("lookalike", "pharmacy / 'shattered' / sleeping okay: no SUB, no PH")]),
 ("C", "yellow",
  "Becky ended things with Scott in November; he has moved to Manchester, there has been no contact since and she finished the Safe Steps women's group in February. She is £300 behind on rent from when Scott had her card and is paying it back at £10 a week. Lacey – home on time, not missing again. Jake – finished counselling in November and school say he is settled.",
  ["FIN"],
  [("historical", "relationship ended, no contact, programme finished: no DA"),
   ("historical", "Lacey not missing again: no SAFE-EXP"),
   ("historical", "Jake's counselling finished, settled: no MH-CHILD")]),
])

case("Z822", "Brackenford", "2025-09-15", "2026-02-02", [
 ("A", "green",
  "Kian (9) – on the waiting list for an autism assessment, has speech therapy in school for a stammer, SENCO has him on SEN support. Lexi (6) – wakes three or four times a night and ends up in Nicola's bed, GP gave sleep advice. Ella (13, Marc's daughter) – has lived with them full time since her mum moved to Ireland, top sets, no concerns. Nicola – 30 weeks pregnant, midwife happy.",
  ["EDU-SEND", "PH"],
  [("lookalike", "speech therapy for a 9-year-old is EDU-SEND, not EYD"),
   ("negated", "Ella: no concerns; pregnancy with no need is not coded")]),
 ("A", "yellow",
  "Kian (9) – meltdowns at home after school, has bitten Nicola twice and throws things at Lexi. Referred to the autism parenting course run by the Brackenford autism team.",
  ["REL-PAR"],
  [("lookalike", "child-to-parent violence is REL-PAR, not DA")]),
 ("C", "green",
  "Kian – autism diagnosis confirmed in November, school have applied for an EHC needs assessment. Nicola and Marc finished the autism parenting course and use the calm-down strategies; meltdowns down to about one a week. Lexi – sleep settled, GP closed it. Baby Freya born 2 December, HV new birth visit done.",
  ["EDU-SEND", "REL-PAR"],
  [("historical", "Lexi's sleep problem closed: no PH"),
   ("lookalike", "routine HV new birth visit: no EYD")]),
])

case("Z823", "Calder Rise", "2025-10-20", "2026-04-13", [
 ("A", "orange",
  "Tyrese (14) – police called to the house twice in October after he smashed his bedroom window and threatened Donna with a pool cue; separately arrested for damaging bus shelters, now on a referral order with YOS. His dad is serving a sentence in HMP Stocken. Demi (12) – girls in her year post about her online, she has been missing odd days. Riley (9) and Nevaeh (1) – no concerns. Kev (Donna's partner) – never been in trouble with the police, works at the tyre place.",
  ["CRIME", "REL-PAR", "SAFE-EXP", "EDU-ATT"],
  [("outside_household", "Tyrese's dad in prison: not coded"),
   ("lookalike", "threatening Mum is child-to-parent violence: REL-PAR (+CRIME), not DA"),
   ("lookalike", "Demi 'missing odd days' is absence, not a missing episode"),
   ("negated", "Kev never in trouble with police")]),
 ("C", "orange",
  "Tyrese – referral order continues, breached once by missing an appointment. No further incidents at home since January. Demi – 95% attendance, school sorted the online bullying.",
  ["CRIME"],
  [("historical", "no incidents at home since January: no REL-PAR"),
   ("met_need", "Demi's attendance and bullying resolved")]),
 ("C", "yellow",
  "Donna has asked for a parenting course to keep things steady with Tyrese and is booked onto the Teen Talk parenting group in May.",
  ["REL-PAR"], []),
])

case("Z824", "Dunmore", "2025-01-27", "2025-06-30", [
 ("A", "yellow",
  "Phil (49) – MS, wheelchair user, paid carers morning and evening. Tracy – gave up work to look after Phil; since the PIP review cut his award they are £400 a month short, £700 behind on the gas and have been sitting in the library warm space to save on heating. Callum (16) – A levels at Dunmore Sixth Form, Saturday job at the bakery. Summer (13) – does Phil's evening medication and helps him into bed when the carers are late, says 'I don't mind'. Liam (10) – no concerns. Dan (22) – moved out, in the army in Germany.",
  ["PH", "FIN", "CARER"],
  [("lookalike", "paid carers are not CARER (Summer is)"),
   ("lookalike", "Callum (16) is in sixth form: no EDU-NEET"),
   ("outside_household", "Dan has moved out")]),
 ("C", "blue",
  "PIP reconsideration went in their favour and was backdated; the gas arrears were cleared in May. Summer goes to young carers once a month and still does Phil's evening meds when the carers run late. If the award is looked at again Tracy knows to go straight to Citizens Advice for help with the paperwork.",
  ["CARER"],
  [("historical", "arrears cleared: no FIN"),
   ("hypothetical", "Citizens Advice only if the award is reviewed again: no FIN")]),
])

case("Z825", "Ashcombe", "2025-10-06", "2026-03-23", [
 ("A", "red",
  "Child in need plan agreed 2/10. Dale (Kayleigh's partner, lives there) – prescribed methadone but using heroin on top; needles found on the bathroom windowsill within reach of the children. Kayleigh – says she has never used drugs, hair strand test negative. Mason (3, Dale's son) – no words at all, not at nursery. Archie (7) and Ivy-Rose (5) – late most mornings, Archie's attendance 83%.",
  ["SUB", "SAFE-NEG", "EYD", "EDU-ATT"],
  [("negated", "Kayleigh never used, test negative (SUB present through Dale)")]),
 ("A", "orange",
  "Police attended 21/9 after a neighbour heard shouting; it was a row between Kayleigh and Dale about money, no violence, both said they were not scared of each other and the children were asleep. Rent arrears £1,450 and Ashcombe Homes have served a possession notice.",
  ["REL-CONF", "FIN", "HOUS"],
  [("negated", "no violence, not scared: no DA"),
   ("lookalike", "police attending a parents' row is not CRIME")]),
 ("C", "red",
  "CIN plan continues. Dale engaging with Ashcombe Recovery, last four drug tests clear. Mason started at Busy Bees (15 hours) and nursery have made a SALT referral.",
  ["SUB", "EYD"], []),
 ("C", "orange",
  "Possession hearing adjourned after the arrears came down to £600 with a discretionary housing payment. Kayleigh and Dale finished a couples course at the family hub; they still row about money but less often.",
  ["HOUS", "FIN", "REL-CONF"], []),
])

case("Z826", "Brackenford", "2025-06-09", "2025-12-22", [
 ("A", "orange",
  "Paige (17) – 24 weeks pregnant, not in college or work since May. Her boyfriend Ethan (22, lives in Dunmore) tracks her phone, has pushed her into a wall and tells her who she can see; Paige says she loves him. Young person's IDVA referral, MARAC next week. Brandon (14) – ADHD, on medication, EHCP at Brackenford High, having a good year. Kyle (11) – fine. Ray (Sandra's partner) – retired bus driver, no concerns.",
  ["EDU-NEET", "DA", "EDU-SEND"],
  [("outside_household", "Ethan lives elsewhere; his abuse of Paige is DA for the family"),
   ("negated", "Ray: no concerns")]),
 ("A", "green",
  "Paige – booked with the teenage pregnancy midwife and going to her scans. Sandra (Mum) – waiting for a knee replacement, GP managing her pain.",
  ["PH"],
  [("lookalike", "pregnancy care alone is not PH")]),
 ("C", "yellow",
  "Baby Ava-Grace born in September. Paige has ended it with Ethan, he is not allowed at the house and she is doing the Safe Steps programme for young women affected by abuse. She wants to apply to college for next year but is not in anything at the moment. Ava-Grace's tongue tie was snipped at two weeks and she is feeding well.",
  ["DA", "EDU-NEET"],
  [("historical", "tongue tie treated: no PH/EYD"),
   ("hypothetical", "college only planned for next year (EDU-NEET present now)")]),
])

case("Z827", "Calder Rise", "2025-11-10", None, [
 ("A", "blue",
  "N/A – family well supported by their extended family and the mosque.",
  [],
  [("negated", "N/A box")]),
 ("A", "green",
  "Layla (2) – HV two-year review, no words yet in English or Urdu, HV has referred her to SALT. Zain (6) – no concerns. Sara (10) – asthma, well controlled on her brown inhaler. Adam (13) – told his head of year that boys have been calling him racist names on the school bus; school have contacted the bus company and are keeping watch. Uncle Yasir (Omar's brother) lives with them and drives for a delivery firm.",
  ["EYD", "PH", "SAFE-EXP"], []),
])

case("Z828", "Dunmore", "2025-07-21", "2026-01-05", [
 ("A", "yellow",
  "Amber (17, Jason's daughter) – moved in with them in July after falling out with her mum; smokes cannabis in her room every day and she and Holly are constantly at loggerheads. Amber is on a hairdressing apprenticeship, college two days and the salon the rest. Aiden (15) – late 23 times last term. Scarlett (12) – no concerns. Bobby (4) – starts Reception in September; pre-school say he isn't ready, can't go to the toilet by himself or put his coat on. Referral to the Dunmore young people's drug and alcohol service for Amber.",
  ["SUB", "REL-PAR", "EDU-ATT", "EYD"],
  [("lookalike", "Amber on an apprenticeship: no EDU-NEET"),
   ("negated", "Scarlett: no concerns")]),
 ("C", "green",
  "Amber – down to weekends only, still seeing the young people's drug worker. Bobby – started Reception, toileting fine now, school nurse not worried. Aiden – no lates since the October half term.",
  ["SUB"],
  [("historical", "Bobby's toileting resolved: no EYD"),
   ("historical", "no lates since October: no EDU-ATT")]),
])

case("Z829", "Ashcombe", "2025-09-01", "2026-02-16", [
 ("A", "orange",
  "Kerry (Mum) – bipolar disorder, detained under the Mental Health Act in August, now home on leave with the community mental health team visiting. Freya (15) – has been doing the shopping and cooking and keeping track of Kerry's tablets, says she feels anxious all the time; CAMHS referral made. Harry (10) – fine at school. Neil (Dad) – long hours as an HGV driver. Tom (19, Neil's son, lives with them) – works at the airport, a big help. Nan Valerie (Kerry's mum) has moved in for now.",
  ["MH-ADULT", "CARER", "MH-CHILD"],
  [("lookalike", "Neil's long hours are not FIN")]),
 ("C", "yellow",
  "Kerry – stable on lithium, sees her CMHT care coordinator monthly. Freya – on the CAMHS waiting list; Kerry now looks after her own tablets but Freya still does most of the cooking. Nan Valerie went home in November.",
  ["MH-ADULT", "MH-CHILD", "CARER"], []),
 ("C", "blue",
  "Neil has cut his hours and takes Harry to football on Saturdays. School will offer Harry some ELSA time should he start to struggle while his mum is unwell.",
  [],
  [("lookalike", "good news only; reduced hours with no money problem is not FIN"),
   ("hypothetical", "ELSA only should Harry start to struggle: no MH-CHILD")]),
])

case("Z830", "Brackenford", "2025-04-14", "2025-11-03", [
 ("A", "orange",
  "Lisa (Mum) – Brackenford Homes have served a notice seeking possession for £2,300 rent arrears, which built up when Jess's dad stopped paying maintenance. Connor (17) – full-time apprentice roofer, pays Lisa board. Jess (14) – two suspensions this year for defiance, now on a part-time timetable. Dylan (8) – wets the bed most nights. Poppy (3) – goes to pre-school, no concerns. Ryan (21, Lisa's eldest, moved out) – in prison, Lisa visits monthly.",
  ["HOUS", "FIN", "EDU-EXC", "EDU-ATT", "PH"],
  [("outside_household", "Ryan has moved out: his prison sentence is not CRIME"),
   ("lookalike", "Dylan's bedwetting at 8 is PH, not EYD"),
   ("negated", "Poppy: no concerns")]),
 ("C", "yellow",
  "Lisa – paying £25 a week off the arrears with help from a discretionary housing payment, and the possession claim has been withdrawn. Jess – back on a full timetable, no suspensions since March. Dylan – under the enuresis clinic, the alarm is helping.",
  ["FIN", "PH"],
  [("met_need", "possession claim withdrawn: no HOUS"),
   ("historical", "Jess back full time, no suspensions since March: no EDU-ATT/EDU-EXC")]),
])

# Unboxed case notes: (id, locality, stage, date, text, gold level, codes, traps)
UNBOXED = [
 ("ZV01", "Dunmore", "assessment", "2025-05-19",
  "Home visit. Leah lives with her partner Stuart and her children Bella (10) and Max (7); Stuart's daughter Daisy (12) stays at weekends. Max's teacher thinks he may be dyslexic and the SENCO is doing a screening. Bella doing well. Stuart has been signed off with his back since March, only getting statutory sick pay, and they are struggling to top up the gas meter. Leah signposted to the Household Support Fund online form and says she'll fill it in tonight.",
  "green", ["EDU-SEND", "PH", "FIN"],
  [("lookalike", "signposting is a blue cue but SENCO (green) is the highest")]),
 ("ZV02", "Calder Rise", "assessment", "2025-12-01",
  "Call from Grandad Terry. His grandson Kai (15) was arrested on Saturday in a flat in Coldmoor with 20 wraps and £300; police think he is being run by a county line. Kai lives with Terry, his mum Nikki, her partner Wes and his two younger half-sisters. Nikki says Kai has been going missing overnight since September. Referred to the exploitation hub; strategy meeting to be held this week.",
  "red", ["SAFE-EXP", "CRIME"],
  [("lookalike", "drugs found on an exploited child: SAFE-EXP + CRIME, not SUB")]),
 ("ZV03", "Ashcombe", "closure", "2026-04-20",
  "Closure note. Amy, her husband Jon, Harley (14), Ruby (11), Jon's son Finlay (9) and baby Esme (6 months). Family completed the parenting course with the EHW in March; Harley keeps to his curfew and there have been no missing episodes since July. Esme weaning well. Amy was discharged from the talking therapies service in February and says her anxiety is no longer an issue. Nothing outstanding; if the curfew starts slipping again Amy will ring the Front Door herself.",
  "", [],
  [("historical", "parenting course completed, no missing episodes since July"),
   ("historical", "Amy discharged, anxiety no longer an issue"),
   ("lookalike", "'weaning well' is good news only: no EYD"),
   ("hypothetical", "Front Door only if the curfew slips: no REL-PAR")]),
 ("ZV04", "Brackenford", "assessment", "2025-08-11",
  "HV liaison. Kobe (10 months) has missed his 8, 12 and 16-week immunisations. Mum Rianna (19) lives with her mum Denise and Denise's three younger children (15, 12 and 8). Rianna says she feels low and doesn't go out; EPDS 16 and the HV has booked her in with the GP. Denise works in a school kitchen.",
  "green", ["PH", "MH-ADULT"], []),
 ("ZV05", "Dunmore", "assessment", "2025-10-27",
  "EHW visit. Adrian lives with his partner Michelle, his sons Corey (13) and Reggie (10) and Michelle's daughter Nia (16). Nia has not been in education or work since leaving school in July; EHW to link her with a youth employability scheme. Corey's attendance is 86% and he says a group in Year 9 keep picking on him. Since Adrian's hours were cut at the factory the family have been using the community pantry. Michelle's dad lives two doors down and has dementia; Michelle pops in every day.",
  "yellow", ["EDU-NEET", "EDU-ATT", "SAFE-EXP", "FIN"],
  [("outside_household", "Michelle's dad lives two doors down: no PH; Michelle is an adult: no CARER")]),
 ("ZV06", "Calder Rise", "assessment", "2026-03-16",
  "Police notification. Officers attended at 02:10 on 14/3/26 after a neighbour reported screaming; Leon (Sadie's partner, lives at the address) had punched Sadie in the face and was arrested. Four children in the house: Jaylen (12), Amara (9) and Leon and Sadie's twins (2). MARAC referral made.",
  "orange", ["DA"],
  [("lookalike", "partner's arrest for assaulting Sadie is DA only, not CRIME")]),
 ("ZV07", "Ashcombe", "assessment", "2025-06-23",
  "Stay and Play drop-in. Nan Maxine, kinship carer for Rosie (3), says Rosie's speech is behind other children her age. Signposted to the Chatter Time group at the library and to some online talking tips; Maxine will take her on Wednesdays.",
  "blue", ["EYD"],
  [("lookalike", "'kinship carer' is not CARER")]),
]

CODES = ["EDU-ATT", "EDU-EXC", "EDU-NEET", "EDU-SEND", "EYD", "MH-CHILD", "MH-ADULT", "PH",
         "SUB", "REL-PAR", "REL-CONF", "DA", "SAFE-NEG", "SAFE-EXP", "CRIME", "HOUS", "FIN", "CARER"]


def crlf(t):
    return t.replace("\r\n", "\n").replace("\n", "\r\n")


def main():
    nar, gold, traps = [], [], []
    for c in CASES:
        for stage, level, text, codes, tr in c["boxes"]:
            tid = f"{c['case']}-{stage}"
            nid = f"{tid}-{level}"
            date = c["a"] if stage == "A" else c["c"]
            st = "assessment" if stage == "A" else "closure"
            nar.append([nid, tid, c["case"], st, date, level, c["loc"], crlf(text)])
            for code in codes:
                gold.append([nid, code, level])
            traps.append(dict(narrative_id=nid, box_level=level, gold=codes,
                              traps=[dict(type=t, note=n) for t, n in tr]))
    for nid, loc, st, date, text, glevel, codes, tr in UNBOXED:
        nar.append([nid, nid, nid, st, date, "", loc, crlf(text)])
        for code in codes:
            gold.append([nid, code, glevel])
        traps.append(dict(narrative_id=nid, box_level="", gold_level=glevel, gold=codes,
                          traps=[dict(type=t, note=n) for t, n in tr]))
    for row in gold:
        assert row[1] in CODES, row
    with open(os.path.join(OUT, "narratives.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"])
        w.writerows(nar)
    with open(os.path.join(OUT, "gold.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "code", "level"])
        w.writerows(gold)
    with open(os.path.join(OUT, "traps.json"), "w", encoding="utf-8", newline="") as f:
        f.write(json.dumps(traps, ensure_ascii=False, indent=1).replace("\n", "\r\n") + "\r\n")
    n_trap = sum(1 for t in traps if t["traps"])
    print(f"narratives={len(nar)} gold_rows={len(gold)} triages={len({r[1] for r in nar})} "
          f"cases={len({r[2] for r in nar})} with_traps={n_trap}")


if __name__ == "__main__":
    main()
