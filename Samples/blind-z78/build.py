#!/usr/bin/env python3
"""Blind hand-coded gold set: older teenagers and young adults at home (2025-26).
Writes narratives.csv, gold.csv, traps.json. Standard library only."""
import csv, json, os

HERE = os.path.dirname(os.path.abspath(__file__))

# Each case: (case_id, locality, assessment_date, closure_date, [boxes])
# box: (stage 'A'/'C', level, text, [gold codes], [(trap_kind, note), ...])
CASES = [
("Y001", "Ashcombe", "2025-11-12", "2026-03-20", [
 ("A", "yellow", "Kieran (17) left his plumbing course at Ashcombe College in October after missing most of the first half term and has not been in education, work or training since. He smokes cannabis most days in his bedroom and says it is the only thing that helps him switch off. TYS worker to look at a pre-apprenticeship offer with him.",
  ["EDU-NEET", "SUB"], [("historical", "missed college sessions belong to a course he has left: no EDU-ATT")]),
 ("A", "orange", "Rows between Kieran and his stepdad Wayne have escalated; on 3 Nov Kieran punched a hole in the door and shoved Wayne into the banister, and police attended. Mum Lisa feels caught in the middle but says she and Wayne are solid and do not argue between themselves.",
  ["REL-PAR", "CRIME"], [("lookalike", "young person's violence to step-parent is REL-PAR (+CRIME, police), not DA"), ("negated", "no arguments between the adults: no REL-CONF")]),
 ("C", "blue", "Kieran is no longer NEET \u2013 he started a retail traineeship in January and gets himself there. He has cut his cannabis down to Saturday nights and tracks it on the app the Harbour worker showed him. House rules agreed with Wayne about noise after 11pm are mostly being kept.",
  ["SUB", "REL-PAR"], [("historical", "'no longer NEET': EDU-NEET is over")]),
]),
("Y002", "Brackenford", "2025-06-10", "2025-12-02", [
 ("A", "orange", "Tyler (15) was missing for three nights in May and was found by British Transport Police at a flat in Seacombe with two older men; he had \u00a3400 in cash and wraps of crack cocaine on him. NRM referral made and he has been charged with possession with intent to supply; Youth Justice Service allocated.",
  ["SAFE-EXP", "CRIME"], [("lookalike", "drugs found on an exploited child: SAFE-EXP + CRIME, not SUB (conv. 12)")]),
 ("A", "yellow", "Tyler is on a part-time timetable at Brackenford Academy, mornings only, since he came back. Mum Leanne works nights on a zero-hours contract at the parcel depot; her sister sleeps over on those nights so Tyler is not alone.",
  ["EDU-ATT"], [("lookalike", "zero-hours night work with no money problem is not FIN (conv. 5)"), ("negated", "not left alone: no SAFE-NEG")]),
 ("C", "orange", "No missing episodes since July, but Tyler is still in contact with the same older men on Snapchat and a PCSO saw him in Seacombe in October. He stays on the exploitation panel's list.",
  ["SAFE-EXP"], []),
]),
("Y003", "Millbridge", "2025-09-03", "2026-01-14", [
 ("A", "orange", "Jade (18) went to A&E at Millbridge General twice in August after overdosing on paracetamol; liaison psychiatry referred her to the adult community mental health team, who have not yet offered an appointment. Mum Sarah is frightened to leave her on her own and has taken carer's leave from work.",
  ["MH-CHILD"], [("lookalike", "overdose is the young person's mental health, not PH"), ("lookalike", "mum taking carer's leave is not CARER and not FIN")]),
 ("A", "green", "Sarah has managed her own anxiety with sertraline from her GP for years and says it is steady at the moment.",
  ["MH-ADULT"], []),
 ("C", "yellow", "Jade is now open to the CMHT with a care coordinator she sees weekly; no further A&E attendances since September. She left her A level course at Christmas and is not working, and the FST has linked her with the Kestrel Youth Hub job club.",
  ["MH-CHILD", "EDU-NEET"], [("historical", "no A&E attendances since September")]),
]),
("Y004", "Hollins Vale", "2025-10-08", "2026-02-25", [
 ("A", "yellow", "Courtney (17) left college when she fell pregnant and has not been in education or training since Alfie (7 months) was born; she wants to go back but cannot find a nursery place near home. Care to Learn application to be made with the family support worker.",
  ["EDU-NEET"], []),
 ("A", "orange", "Alfie's dad Reece (19), Courtney's ex, has come to the house drunk twice demanding to see the baby and threatened to put the windows through; police were called on 30 Sept and Courtney has applied for a non-molestation order. Reece lives with his own parents across town.",
  ["DA"], [("outside", "Reece's drinking is outside the household: no SUB"), ("lookalike", "ex-partner's threats and police call are DA only, not CRIME (conv. 7)")]),
 ("C", "blue", "Courtney keeps a log of every message from Reece and knows to ring 999 if he breaches the order. Her mum Donna has Alfie on Fridays so Courtney can go to her childcare course.",
  ["DA"], [("met", "Courtney is on a course: EDU-NEET no longer applies")]),
]),
("Y005", "Ashcombe", "2025-08-19", "2025-12-10", [
 ("A", "orange", "Liam (18) has been sofa-surfing with friends since his mum's partner Dean told him to leave in July after a row about board money; he has slept in his car on at least two nights. Housing Options have accepted a prevention duty.",
  ["HOUS", "REL-PAR"], []),
 ("A", "yellow", "Liam works around 10 hours a week on a zero-hours contract at a hand car wash. His Universal Credit was sanctioned for a missed work coach appointment and he has \u00a3180 to last the month.",
  ["FIN"], [("lookalike", "he is in work, so not EDU-NEET")]),
 ("C", "yellow", "Liam moved into supported lodgings through the Ashcombe Foyer in November and sees his key worker there weekly. The UC sanction was overturned at mandatory reconsideration and backdated.",
  ["HOUS"], [("historical", "sanction overturned: FIN is over")]),
]),
("Y006", "Brackenford", "2025-05-14", "2025-10-01", [
 ("A", "orange", "Maisie (15) has been messaging a man she met on a gaming site who says he is 19; she has sent him images of herself and says they are in a relationship. Police online child abuse team informed and her phone seized for examination.",
  ["SAFE-EXP"], [("lookalike", "police safeguarding a child is not CRIME (conv. 7)")]),
 ("A", "green", "School nurse is seeing Maisie weekly for low mood since her phone was taken. Maisie says she is not self-harming and the nurse has seen no marks.",
  ["MH-CHILD"], [("negated", "self-harm denied, but low mood keeps MH-CHILD")]),
 ("C", "blue", "Mum has set up parental controls and checks Maisie's friends list with her on Sundays; they have agreed phones go downstairs at 10pm, which Maisie mostly sticks to.",
  ["SAFE-EXP", "REL-PAR"], []),
]),
("Y007", "Millbridge", "2025-07-02", "2025-11-19", [
 ("A", "yellow", "Ethan (16) has been brought home very drunk by friends on three Fridays in a row and admits drinking vodka in the park most weekends. Referred to Harbour young people's substance service. He is still going to his BTEC at Millbridge College and his tutor has no worries about him there.",
  ["SUB"], [("negated", "college going well: no EDU code")]),
 ("A", "orange", "Mum Karen told the worker she drinks a bottle of wine most nights and more at weekends; last month Ethan came home to find her passed out drunk on the kitchen floor. Karen's divorce from Ethan's dad went through two years ago and he now lives in Spain.",
  ["SUB"], [("historical", "divorce two years ago, no current conflict: no REL-CONF"), ("outside", "dad lives abroad")]),
 ("C", "yellow", "Karen goes to the Harbour adult service weekly and is 30 days alcohol-free. Ethan has had four sessions with the young people's worker and says he only drinks at parties now.",
  ["SUB"], []),
]),
("Y008", "Hollins Vale", "2025-04-23", "2025-09-17", [
 ("A", "yellow", "Priya (16) and her stepmum Nicola argue every day about chores and Priya's boyfriend staying over; last week Priya threw a mug at Nicola, which missed. Dad Sunil says he feels he has to pick a side. Family mediation offered.",
  ["REL-PAR"], [("lookalike", "child-to-parent violence is REL-PAR, not DA; no police so no CRIME")]),
 ("A", "blue", "Sunil and Nicola describe their own relationship as strong and say they do not row with each other. Nicola's mum, who lives two streets away, is a good support to them both, and they say they would try Relate if things ever became strained between them.",
  [], [("hypothetical", "Relate only 'if things ever became strained': no REL-CONF"), ("negated", "no rows between the adults: no REL-CONF")]),
 ("C", "blue", "Priya and Nicola have a takeaway night each Friday and stick to the chore rota from mediation; Priya says they still clash but it blows over quicker now.",
  ["REL-PAR"], []),
]),
("Y009", "Ashcombe", "2025-10-15", "2026-03-04", [
 ("A", "yellow", "Jordan (17) does the shopping and cooking and sorts out his mum Tracey's tablets since her MS relapse in September; he has missed about a third of his college sessions this term. Referral to Ashcombe Young Carers.",
  ["CARER", "PH", "EDU-ATT"], []),
 ("A", "orange", "Tracey's PIP was stopped after reassessment, the family are \u00a3650 behind on rent and the housing association has served a Notice of Seeking Possession.",
  ["FIN", "HOUS"], []),
 ("C", "yellow", "PIP reinstated on mandatory reconsideration and the rent arrears are down to \u00a3120, being paid at \u00a330 a month; Citizens Advice still helping with catalogue debts. Jordan goes to the young carers group at college fortnightly.",
  ["FIN", "CARER"], [("lookalike", "benefit name does not imply PH (conv. 5)")]),
]),
("Y010", "Brackenford", "2025-06-25", "2025-11-05", [
 ("A", "yellow", "Callum (19) has not worked since his zero-hours warehouse job ended in March and spends most days gaming in his room. Parents Gary and Ann had worried about cannabis, but Callum says he stopped in the spring and they have seen nothing since to suggest otherwise.",
  ["EDU-NEET"], [("historical", "cannabis stopped in the spring: no SUB"), ("lookalike", "young person's worklessness is EDU-NEET only, not FIN (conv. 11)")]),
 ("A", "green", "Gary has type 2 diabetes and angina and sees the practice nurse monthly; his GP has signed him off work for six weeks.",
  ["PH"], [("lookalike", "a sick note with no money problem described is not FIN")]),
 ("C", "blue", "Callum is still not in work or training but volunteers two days a week at the Brackenford food bank warehouse and has an interview for a youth employment scheme next week.",
  ["EDU-NEET"], [("lookalike", "volunteering at a food bank is not FIN")]),
]),
("Y011", "Millbridge", "2025-09-22", "2026-02-11", [
 ("A", "orange", "Seven people in a three-bedroom private let: Mum, Dad, Kayla (19), her partner Josh (20), their baby Nova (4 months) and two younger boys. The landlord served a section 21 notice that expires on 30 November.",
  ["HOUS"], []),
 ("A", "yellow", "Kayla and Josh row often about money and about Josh staying out late with friends; Kayla says he has never been violent or controlling and she feels safe with him.",
  ["REL-CONF"], [("negated", "violence and control denied: no DA"), ("lookalike", "rows about money without a money problem are not FIN")]),
 ("C", "blue", "Kayla and Josh use a shared budgeting app and say they still fall out about money now and then but talk it through rather than shouting.",
  ["REL-CONF"], [("lookalike", "budgeting app alone is not FIN")]),
]),
("Y012", "Hollins Vale", "2025-09-30", "2026-01-28", [
 ("A", "yellow", "Reuben (16) has new \u00a3200 trainers and a second phone that Mum did not buy; he says a friend's cousin gave them to him. He has not been missing, but Mum is worried that older lads are grooming him.",
  ["SAFE-EXP"], [("negated", "no missing episodes (but grooming worry is a current risk)")]),
 ("A", "orange", "Reuben was arrested on 9 September for shoplifting from a chemist with two older boys and received a youth caution; YJS prevention worker allocated. His college has put him on a final warning for swearing at a tutor and vaping in the toilets.",
  ["CRIME", "EDU-EXC"], [("lookalike", "vaping is not SUB (conv. 12)")]),
 ("C", "yellow", "Reuben finished the YJS prevention programme in December and has not offended again. He is on roll at Hollins Vale College doing motor vehicle level 1 and his tutor says he attends well. Mum will ring the exploitation team if any more unexplained gifts turn up.",
  [], [("hypothetical", "'if any more unexplained gifts turn up': no SAFE-EXP"), ("historical", "programme finished, no further offending: CRIME over"), ("negated", "good attendance, no need stated")]),
]),
("Y013", "Ashcombe", "2025-10-06", "2026-02-18", [
 ("A", "red", "Ellie (15) was taken to A&E by police under section 136 on 4 October after being found on the railway bridge; she was admitted to the children's ward and assessed by crisis CAMHS, and a strategy meeting was held given the level of risk. She is cutting her thighs most nights.",
  ["MH-CHILD"], [("lookalike", "police acting under s136 is safeguarding, not CRIME")]),
 ("A", "yellow", "Ellie has been on the ADHD pathway since Year 9 with SEN support at Ashcombe High, and she has not been in school since the bridge incident.",
  ["EDU-SEND", "EDU-ATT"], []),
 ("C", "green", "Ellie is back at school on a reduced timetable of three days a week, going up to full time after half term; the SENCO is reviewing her SEN support plan.",
  ["EDU-ATT", "EDU-SEND"], []),
]),
("Y014", "Brackenford", "2025-05-07", "2025-10-22", [
 ("A", "yellow", "Marcus (18) is dad to Isla (5 months), who lives with her mum Shannon in Millbridge. Shannon stopped contact after an argument in April and Marcus is talking about going to court; referred to family mediation.",
  ["REL-CONF"], []),
 ("A", "green", "Marcus is in the second year of an electrical apprenticeship and doing well. He vapes but says he does not use any drugs, and his mum Angela backs this up. Angela says that if the court route goes ahead she may need help with the legal costs.",
  [], [("hypothetical", "legal costs only 'if the court route goes ahead': no FIN"), ("lookalike", "vaping is not SUB (conv. 12)"), ("negated", "denies drug use"), ("negated", "apprenticeship: not NEET")]),
 ("C", "blue", "Marcus has Isla every other Saturday at his mum's house under the arrangement agreed at mediation, and he and Shannon message each other only through a co-parenting app.",
  ["REL-CONF"], []),
]),
("Y015", "Millbridge", "2025-09-10", "2026-01-21", [
 ("A", "yellow", "Abdi (17) finished Year 11 in July with an offer for the engineering course at Millbridge College but did not enrol, and he is not working. He told the worker he has felt low for months and hardly leaves his room. EH worker to refer to the NEET re-engagement programme.",
  ["EDU-NEET", "MH-CHILD"], []),
 ("A", "orange", "Dad Hassan has PTSD and is under the community mental health team; he was detained in hospital under the Mental Health Act for two weeks in August.",
  ["MH-ADULT"], []),
 ("A", "green", "Mum Fadumo gets Universal Credit and Carer's Allowance for looking after Hassan; she says they manage on it and all bills are up to date.",
  [], [("lookalike", "benefit names with no money problem are not FIN; adult carer is not CARER (conv. 5, 12)")]),
 ("C", "yellow", "Abdi started a Prospects re-engagement course three days a week in November and is going regularly; he is still talking to a Kooth counsellor about his mood.",
  ["MH-CHILD"], [("met", "now on a course: EDU-NEET no longer present")]),
]),
("Y016", "Hollins Vale", "2026-01-13", "2026-04-15", [
 ("A", "red", "Leah (16) was put out of the house by Mum after a row on 12 January and has been sofa-surfing and staying at the flat of her 23-year-old boyfriend. CSE risk assessment scored medium. She is accommodated under section 20 in emergency supported accommodation while the assessment is done.",
  ["HOUS", "SAFE-EXP", "REL-PAR"], []),
 ("A", "orange", "Mum Gemma says she cannot cope with Leah swearing at her and coming in at 3am; on 11 January Leah pushed Gemma down the stairs and police were called by a neighbour. Gemma drinks heavily at weekends, although she does not see it as a problem.",
  ["REL-PAR", "CRIME", "SUB"], [("lookalike", "child-to-parent violence with police: REL-PAR + CRIME, not DA"), ("lookalike", "mum not seeing it as a problem does not negate heavy drinking stated as fact")]),
 ("C", "orange", "Leah came home in March under a family agreement but still stays out overnight without saying where and has been reported missing twice since.",
  ["SAFE-EXP", "REL-PAR"], [("met", "back home: sofa-surfing over, no HOUS")]),
]),
("Y017", "Ashcombe", "2025-05-20", "2025-11-12", [
 ("A", "green", "Ruby-Mae (2 years 4 months) has about 15 words; the HV's two-year review picked up speech delay and she has been referred to the nursery's language group. Her mum Kacey (18) lives with her own mum Paula.",
  ["EYD"], []),
 ("A", "yellow", "Kacey works around 20 hours a week on a zero-hours contract at a pub but is often given fewer shifts than promised; she has \u00a3400 of payday loan debt and has used the Ashcombe food bank twice this month.",
  ["FIN"], []),
 ("C", "yellow", "Citizens Advice helped Kacey consolidate the payday loans into one affordable repayment, and she now has a contract with 16 guaranteed hours. Ruby-Mae still goes to the nursery language group twice a week.",
  ["FIN", "EYD"], []),
]),
("Y018", "Brackenford", "2025-11-04", "2026-03-11", [
 ("A", "orange", "Finn (17) was blackmailed on Instagram after sending an intimate image to someone he believed was a girl his age, who then demanded \u00a3500. He told his dad two days later. Police are investigating and Finn has said he has thought about ending his life.",
  ["SAFE-EXP", "MH-CHILD"], [("lookalike", "police investigating an outside offender is not CRIME; a blackmail demand is not FIN")]),
 ("A", "green", "His GP has referred Finn to the mental health support team in school; he is going into sixth form as normal.",
  ["MH-CHILD"], [("negated", "attending sixth form normally: no EDU code")]),
 ("C", "blue", "Finn says he feels much better and uses the coping plan from the MHST when he gets anxious; he has made all his accounts private and no longer accepts requests from people he does not know.",
  ["MH-CHILD", "SAFE-EXP"], []),
]),
("Y019", "Millbridge", "2025-07-16", "2025-12-17", [
 ("A", "orange", "Dad Lee was released from prison in May and is on licence, reporting to probation weekly. He is on a methadone script and says he has not used heroin since before his sentence.",
  ["CRIME", "SUB"], [("historical", "heroin use is past, but the methadone script codes SUB (conv. 4)")]),
 ("A", "yellow", "Mia (15) does the cooking and gets her brother Jack (8) to school most days because Mum works early shifts as a hospital cleaner.",
  ["CARER"], [("lookalike", "shift work is not FIN (conv. 5)")]),
 ("A", "green", "Jack wets the bed most nights; the school nurse has given advice and an enuresis alarm.",
  ["PH"], []),
 ("C", "orange", "Lee is on licence until June 2026; he missed two probation appointments in October and has had a formal warning. He remains on methadone.",
  ["CRIME", "SUB"], []),
]),
("Y020", "Hollins Vale", "2025-03-03", "2025-08-06", [
 ("A", "red", "Stepdad Craig strangled Mum Dawn on 20 February and was arrested; he has also been controlling her money and phone. The case was heard at MARAC on 27 February and an ICPC is booked for 10 March.",
  ["DA"], [("lookalike", "arrest for the DV is DA only, not CRIME (conv. 7); control of money is DA, not FIN")]),
 ("A", "orange", "Josh (17) stepped in during the assault and since then has been smoking cannabis daily and carrying a knife 'for protection'; police stopped and searched him on 1 March and found a lock knife.",
  ["SUB", "CRIME"], []),
 ("A", "yellow", "Dawn has started the Freedom Programme and has an IDVA; she is tearful and low and her GP has started her on antidepressants.",
  ["DA", "MH-ADULT"], []),
 ("C", "blue", "Josh says he stopped smoking cannabis when he started his bricklaying course in May and goes to a boxing gym three nights a week.",
  [], [("historical", "cannabis stopped in May: no SUB"), ("lookalike", "boxing is not violence/CRIME")]),
]),
("Y021", "Ashcombe", "2025-12-03", "2026-05-20", [
 ("A", "green", "Sophie (16) is 22 weeks pregnant and booked with the community midwives; she has gestational diabetes and checks her blood sugar four times a day. She is still at sixth form and wants to finish Year 12.",
  ["PH"], []),
 ("A", "yellow", "Sophie's parents are angry about the pregnancy and Dad has not spoken to her in three weeks; she spends most evenings at her boyfriend's house to avoid being at home and says she might ask her nan to put her up if things get worse.",
  ["REL-PAR"], [("hypothetical", "moving to nan's only 'if things get worse': no HOUS")]),
 ("C", "green", "Baby Theo was born on 2 April, healthy; the HV has done the new birth visit and Theo is feeding well. Sophie's blood sugars went back to normal after the birth and the diabetes clinic has discharged her.",
  [], [("historical", "gestational diabetes resolved and discharged: PH over"), ("negated", "healthy baby feeding well: no EYD")]),
]),
("Y022", "Brackenford", "2025-10-01", "2026-03-18", [
 ("A", "yellow", "Mum and Dad separated in August and argue by text about which house Kai (15) sleeps at; Kai says he is sick of being the go-between.",
  ["REL-CONF"], []),
 ("A", "orange", "Kai has had two suspensions this term for fighting and swearing at staff at Brackenford Academy, and a managed move to Oakfield School is planned for January.",
  ["EDU-EXC"], []),
 ("C", "blue", "Parents agreed a week-about arrangement in a written parenting plan and now keep their messages to Kai's arrangements only. Oakfield have said a second move would only be looked at if his behaviour slipped.",
  ["REL-CONF"], [("hypothetical", "second move 'only if' behaviour slips: no EDU-EXC")]),
]),
("Y023", "Millbridge", "2025-08-13", "2026-01-07", [
 ("A", "yellow", "Amber (15) was taken to A&E by ambulance after drinking at a party in July and kept in overnight. She says it was a one-off, but photos from friends suggest she drinks most weekends.",
  ["SUB"], [("lookalike", "A&E stay for intoxication is SUB, not PH")]),
 ("A", "orange", "Dad Steve has around \u00a38,000 of debt from online casino sites and the family is two months behind on the mortgage; the lender has started possession proceedings.",
  ["FIN", "HOUS"], [("lookalike", "gambling debts are FIN, not SUB (conv. 10)")]),
 ("C", "yellow", "Steve has self-excluded from gambling sites through GAMSTOP and has a debt management plan with StepChange; the lender withdrew its possession claim once a repayment arrangement was agreed.",
  ["FIN"], [("lookalike", "'self-excluded' is not EDU-EXC"), ("historical", "possession claim withdrawn: HOUS over")]),
]),
("Y024", "Hollins Vale", "2025-09-17", "2026-02-04", [
 ("A", "yellow", "Daniel (19) has cerebral palsy and uses a wheelchair. He left Hollins Vale specialist college in July and has had no placement since because the day service offer fell through; he says he feels low and has stopped messaging his friends.",
  ["PH", "EDU-NEET", "MH-CHILD"], []),
 ("A", "green", "Mum Clare hurt her back lifting Daniel and is waiting for physio through her GP; she is his main carer and receives Carer's Allowance.",
  ["PH"], [("lookalike", "adult carer and Carer's Allowance: not CARER, not FIN (conv. 5, 12)")]),
 ("C", "yellow", "Daniel still has no daytime activity, but his EHCP has been amended to name a supported internship at the council offices from April.",
  ["EDU-NEET", "EDU-SEND"], []),
]),
("Y025", "Ashcombe", "2025-11-19", "2026-04-01", [
 ("A", "yellow", "Noah (15) has not been into Ashcombe High since October half term; he says the crowded corridors make him panic. In the evenings he games online with friends from his old primary school, whom Mum knows well.",
  ["EDU-ATT", "MH-CHILD"], [("lookalike", "gaming online with known friends is not an online-safety concern")]),
 ("A", "green", "The SENCO has set up a reduced timetable and a safe-space pass, and has asked the GP to refer Noah for an autism assessment.",
  ["EDU-ATT", "EDU-SEND"], []),
 ("C", "green", "Noah is in school four days a week using his safe-space pass; he is still waiting for the autism assessment.",
  ["EDU-ATT", "EDU-SEND"], []),
]),
("Y026", "Brackenford", "2025-06-04", "2025-10-29", [
 ("A", "yellow", "Mum Kerry and stepdad Paul argue most evenings, mainly about Paul not wanting Kerry's son Tom (16) to have friends round; Kerry is thinking about ending the relationship. Neither describes any violence or controlling behaviour.",
  ["REL-CONF"], [("negated", "no violence or control: no DA")]),
 ("A", "orange", "Tom was arrested in May after being caught on CCTV spraying graffiti at the bus station and was given a community resolution. Neighbours have also complained about a group of youths hanging around the estate, not thought to include Tom.",
  ["CRIME"], [("outside", "neighbours' complaint about other youths is not coded")]),
 ("C", "blue", "Kerry and Paul are still together, go to Relate every fortnight and say they argue less now.",
  ["REL-CONF"], []),
]),
("Y027", "Millbridge", "2025-09-08", "2026-02-23", [
 ("A", "orange", "Zak (18) was charged in August with possession of cocaine with intent to supply and is on bail awaiting crown court. Mum fears his brother Rayan (14) could be drawn in if Zak keeps living at home, though there is no sign of that so far.",
  ["CRIME"], [("hypothetical", "Rayan 'could be drawn in if ...', no sign so far: no SAFE-EXP"), ("lookalike", "supply charge for an adult household member is CRIME, not SUB")]),
 ("A", "yellow", "Rayan is being bullied on a Year 9 group chat about his brother's arrest and has started asking to stay off school; attendance is 87% this term.",
  ["SAFE-EXP", "EDU-ATT"], []),
 ("C", "yellow", "School closed down the group chat and Rayan says the bullying stopped before Christmas; his attendance is back up to 96%.",
  [], [("historical", "bullying stopped, attendance recovered: both over")]),
]),
("Y028", "Hollins Vale", "2025-11-26", "2026-04-22", [
 ("A", "yellow", "Chantelle (19) lives with her dad Rob and her baby Frankie (10 weeks). She has been low and tearful since the birth, scored 17 on the HV's postnatal depression screen and has been referred to the perinatal mental health team.",
  ["MH-ADULT"], []),
 ("A", "orange", "Home visit found dirty nappies piled up in the bedroom, no clean bottles and Frankie in the same sleepsuit for several days, with dog mess in the hallway. Rob works away Monday to Friday.",
  ["SAFE-NEG"], [("lookalike", "working away is not FIN")]),
 ("C", "green", "Frankie has had all his immunisations now and is following his weight centile. Chantelle sees the perinatal team monthly and says her mood is lifting.",
  ["MH-ADULT"], [("met", "immunisations up to date, weight on centile: no PH")]),
]),
("Y029", "Ashcombe", "2025-06-18", "2025-11-26", [
 ("A", "orange", "Ryan (17) had a psychotic episode in May linked to heavy skunk use; police found him shouting in the street and took him to A&E, and he is now with the Early Intervention in Psychosis team.",
  ["MH-CHILD", "SUB"], [("lookalike", "police taking him to A&E is safeguarding, not CRIME")]),
 ("A", "yellow", "Ryan dropped out of his college course while he was unwell and is not working. Mum Jo gave up her job to look after him, the household now relies on UC and there are council tax arrears of \u00a3640.",
  ["EDU-NEET", "FIN"], []),
 ("C", "orange", "The EIP team is still seeing Ryan fortnightly; he says he has not smoked skunk since June and his drug screens have all been clear.",
  ["MH-CHILD"], [("historical", "no skunk since June, clear screens: SUB over")]),
]),
("Y030", "Brackenford", "2026-01-21", "2026-05-27", [
 ("A", "yellow", "Alex (16) came out as trans to the family in January; Dad refuses to use his name and they have had several shouting matches. After rows Alex has spent four nights on a friend's sofa.",
  ["REL-PAR", "HOUS"], []),
 ("A", "green", "Alex sees the school counsellor about anxiety and is on the waiting list for the gender identity service.",
  ["MH-CHILD"], []),
 ("C", "yellow", "Family mediation is ongoing and Dad now uses Alex's name most of the time. Alex has not stayed away from home since March.",
  ["REL-PAR"], [("historical", "no nights away since March: HOUS over")]),
]),
]

# Unboxed notes: (id, locality, date, text, codes, gold_level, traps)
UNBOXED = [
("U001", "Ashcombe", "2025-10-20",
 "Phone call from Nadia (Mum): her son Kofi (17) was taken off his college course for poor attendance and now spends his days at home on his phone. Gave her details of the Kestrel Youth Hub drop-in and the National Careers Service; Nadia will book him in herself.",
 ["EDU-NEET"], "blue", [("historical", "attendance belongs to a course he is no longer on: no EDU-ATT")]),
("U002", "Brackenford", "2025-11-27",
 "TAF review. Shay (16) stays on the multi-agency TAF plan; police were called out twice in October after he smashed his bedroom window during rows with his stepmum. Stepmum says she does not drink and has never hit him.",
 ["REL-PAR", "CRIME"], "orange", [("negated", "stepmum's drinking and violence denied: no SUB, no DA")]),
("U003", "Hollins Vale", "2026-02-09",
 "Home visit by family support worker. Bethany (18) is 30 weeks pregnant and lives with her mum; her ex-boyfriend sends her threatening messages every day and she has blocked him on every app. Her own dad lives abroad and has no involvement. Referral to the DA outreach service agreed.",
 ["DA"], "yellow", [("outside", "dad abroad, not coded"), ("lookalike", "pregnancy alone is not PH")]),
("U004", "Millbridge", "2026-03-03",
 "Strategy meeting re Kayden (15), found in a trap house in Millbridge with \u00a3600 and 20 wraps of heroin. NRM referral made and section 47 enquiries to begin.",
 ["SAFE-EXP", "CRIME"], "red", [("lookalike", "drugs on an exploited child: not SUB (conv. 12)")]),
("U005", "Ashcombe", "2025-05-12",
 "GP letter: Olivia (17) seen for low mood and exam stress; no medication, given details of Kooth and the school nurse drop-in. Mum says there are no money or housing worries at home.",
 ["MH-CHILD"], "green", [("negated", "no money or housing worries: no FIN, no HOUS")]),
]

STAGE = {"A": "assessment", "C": "closure"}


def rows():
    narr, gold, traps = [], [], {}
    for case, loc, adate, cdate, boxes in CASES:
        for st, lvl, text, codes, tr in boxes:
            tid = f"{case}-{st}"
            nid = f"{tid}-{lvl}"
            date = adate if st == "A" else cdate
            narr.append([nid, tid, case, STAGE[st], date, lvl, loc, text])
            for c in codes:
                gold.append([nid, c, lvl])
            if tr:
                traps[nid] = [{"kind": k, "note": n} for k, n in tr]
    for nid, loc, date, text, codes, glvl, tr in UNBOXED:
        narr.append([nid, nid, nid, "assessment", date, "", loc, text])
        for c in codes:
            gold.append([nid, c, glvl])
        if tr:
            traps[nid] = [{"kind": k, "note": n} for k, n in tr]
    return narr, gold, traps


def write_csv(path, header, data):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(header)
        w.writerows(data)


if __name__ == "__main__":
    narr, gold, traps = rows()
    write_csv(os.path.join(HERE, "narratives.csv"),
              ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"], narr)
    write_csv(os.path.join(HERE, "gold.csv"), ["narrative_id", "code", "level"], gold)
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8") as f:
        json.dump(traps, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(f"{len(narr)} narratives, {len(gold)} gold rows, {len(traps)} narratives with traps")
