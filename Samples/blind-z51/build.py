#!/usr/bin/env python3
"""Blind hand-coded gold set: children 9-14, friendships, bullying, phones, gaming.
Writes narratives.csv, gold.csv, traps.json. Standard library only."""
import csv, json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROWS = []   # narrative rows
GOLD = []   # (narrative_id, code, level)
TRAPS = []  # trap notes

def box(cid, loc, stage, date, boxes):
    """boxes: list of (level, text, codes, tags, note)."""
    tid = cid + ('-A' if stage == 'assessment' else '-C')
    for level, text, codes, tags, note in boxes:
        nid = tid + '-' + level
        ROWS.append([nid, tid, cid, stage, date, level, loc, text])
        for c in codes:
            GOLD.append((nid, c, level))
        TRAPS.append({'narrative_id': nid, 'gold_codes': codes, 'gold_level': level,
                      'trap_types': [t for t in tags.split(',') if t], 'note': note})

def note(nid, loc, stage, date, level, text, codes, tags, nt):
    """Unboxed note: level column empty; gold level from the level-cue convention."""
    ROWS.append([nid, nid, nid, stage, date, '', loc, text])
    for c in codes:
        GOLD.append((nid, c, level))
    TRAPS.append({'narrative_id': nid, 'gold_codes': codes, 'gold_level': level,
                  'trap_types': [t for t in tags.split(',') if t], 'note': nt})

# ---------------------------------------------------------------- Z001-Z005
box('Z001', 'Kestrel Green', 'assessment', '2025-09-15', [
 ('blue', "After months of rows every evening about Tyler's phone, Leanne has bought a charging shelf for the kitchen and all phones go on it at 9pm, hers included. Her sister picks Tyler up from school twice a week.",
  ['REL-PAR'], '', 'Blue box: parent now managing screen-time boundaries -> REL-PAR present.'),
 ('green', "Head of Year knows about the Year 7 group chat and has spoken to the pupils who started it. School have no concerns about Tyler's attendance (97%) or his behaviour in lessons.",
  ['SAFE-EXP'], 'negated', 'Group-chat bullying current (green). Attendance and behaviour explicitly negated.'),
 ('yellow', "Tyler (12) is being picked on in a class group chat - edited photos of him passed round and messages saying nobody wants him there. He now eats lunch in the library on his own and told mum he feels rubbish all the time. EHW to do online safety work with him and help Leanne keep in touch with school.",
  ['SAFE-EXP', 'MH-CHILD'], '', 'Online bullying + low mood.'),
])
box('Z001', 'Kestrel Green', 'closure', '2026-01-20', [
 ('blue', "Leanne has kept the 9pm phone shelf going and Tyler hands his phone over most nights without an argument.",
  ['REL-PAR'], '', 'Blue box, managing boundaries -> REL-PAR.'),
 ('green', "The group chat stopped in November once school contacted the other boys' parents. Tyler has a new set of friends from chess club and is back eating in the canteen.",
  [], 'historical', 'Bullying over (stopped in November); no code. Happier/new friends is good news only.'),
])

box('Z002', 'Millbrook', 'assessment', '2025-10-02', [
 ('green', "Ellie (10) fell out with her two closest friends at the start of Year 6 and has been crying at bedtime most nights. The school nurse has seen her at two drop-ins about her worries.",
  ['MH-CHILD'], 'lookalike', 'Falling out is not a code by itself; the tearfulness/worries are MH-CHILD.'),
 ('yellow', "Ellie has missed 9 days this half term, mostly Mondays, saying she has tummy ache; the GP found nothing physically wrong. Mum admits she lets Ellie stay home because she cannot face the fight in the morning. EHW to agree an attendance plan with school.",
  ['EDU-ATT', 'REL-PAR'], 'negated', 'School avoidance -> EDU-ATT; parent giving in -> REL-PAR. PH negated by GP.'),
])
box('Z002', 'Millbrook', 'closure', '2026-02-10', [
 ('green', "Attendance up to 95% since Christmas on the attendance plan; a TA meets Ellie at the gate every morning. She still sees the school nurse every fortnight about feeling anxious.",
  ['EDU-ATT', 'MH-CHILD'], '', 'Green box, managing attendance with a plan and TA -> EDU-ATT present; ongoing nurse for anxiety -> MH-CHILD.'),
 ('blue', "Mum says she holds firm on school mornings now and uses the sticker chart the worker left with her.",
  ['REL-PAR'], '', 'Blue managing routines -> REL-PAR.'),
])

box('Z003', 'Ashby Vale', 'assessment', '2025-09-22', [
 ('orange', "Mum found Kayden (13) messaging a man in his thirties he met on an online game, who had asked him to move to a private app and send photos of himself. Police have taken the tablet as evidence. Kayden has been cutting his forearm and a CAMHS referral has gone in for low mood.",
  ['SAFE-EXP', 'MH-CHILD'], 'lookalike', 'Online grooming + self-harm. Police seizing device is safeguarding, not CRIME.'),
 ('yellow', "Danielle (mum) says she has barely slept since and is on the talking therapies waiting list via her GP. She cut her hours at work to be home after school and is now £380 behind on council tax.",
  ['MH-ADULT', 'FIN'], '', 'Parent anxiety/sleep -> MH-ADULT (talking therapies); council tax arrears -> FIN.'),
])
box('Z003', 'Ashby Vale', 'closure', '2026-03-05', [
 ('orange', "Kayden still open to CAMHS and seen every two weeks; no self-harm since December. He has had no contact from the man since the tablet was seized.",
  ['MH-CHILD'], 'historical', 'CAMHS ongoing -> MH-CHILD. Self-harm and grooming contact both ended -> not SAFE-EXP.'),
 ('blue', "Danielle's brother lent her the money to clear the council tax. She says if things get tight again she would go to Citizens Advice first.",
  [], 'historical,hypothetical', 'Arrears cleared (historical); Citizens Advice only hypothetical. No code.'),
])

box('Z004', 'Thornbury Cross', 'assessment', '2025-11-03', [
 ('yellow', "Jake (11) is on his console until 2 or 3am most nights and cannot get up; he has been late 14 times this term. Dad (Marcus) brings the controller downstairs and Jake kicks doors, and last week shoved him into the banister. Marcus to start the Triple P group course.",
  ['PH', 'EDU-ATT', 'REL-PAR'], 'lookalike', 'Late-night gaming/sleep -> PH; lateness -> EDU-ATT; child-to-parent violence -> REL-PAR, not DA, no police.'),
 ('green', "Jake has asthma, which is well controlled with his brown and blue inhalers, reviewed by the practice nurse in October. Marcus works nights at the depot two days a week.",
  ['PH'], 'lookalike', 'Green box: managed asthma -> PH present. Night shifts are not FIN.'),
])
box('Z004', 'Thornbury Cross', 'closure', '2026-03-12', [
 ('blue', "The console now lives in the lounge and goes off at 10pm on school nights; Jake mostly accepts it. Marcus finished Triple P and says there has been no pushing since January.",
  ['REL-PAR'], 'historical', 'Managing boundaries -> REL-PAR; violence has ended.'),
 ('green', "No lates on the register since February and his form tutor says he is alert in lessons.",
  [], 'historical', 'Lateness over -> no EDU-ATT.'),
])

box('Z005', 'Millbrook', 'assessment', '2025-09-30', [
 ('red', "Section 47 enquiry after Maisie (14) told her form tutor that a 19-year-old she met through a friend's group chat has been collecting her in his car and buying her things, and intimate pictures of her are going round Year 9. She has been reported missing overnight twice.",
  ['SAFE-EXP'], 'lookalike', 'CSE, image sharing, missing episodes -> SAFE-EXP only; the friend is outside household.'),
 ('orange', "Mum (Gemma) and stepdad Lee are rowing loudly about how to deal with Maisie and Lee has gone to stay at his mother's for a few weeks. To be picked up in the TAF plan.",
  ['REL-CONF'], '', 'Parental conflict, not abuse -> REL-CONF.'),
 ('green', "Maisie has SEN support for dyslexia and the SENCO has arranged a reader for her mocks.",
  ['EDU-SEND'], '', ''),
])
box('Z005', 'Millbrook', 'closure', '2026-04-14', [
 ('orange', "No missing episodes since January, but Maisie still messages the older male on Snapchat and will not block him. The CSE worker continues to see her weekly.",
  ['SAFE-EXP'], 'historical', 'Missing episodes over but exploitation risk current -> SAFE-EXP.'),
 ('yellow', "Gemma and Lee are living together again and are half way through a course of relationship counselling at Millbrook Family Centre; they say the shouting has stopped.",
  ['REL-CONF'], 'historical', 'Ongoing counselling codes REL-CONF even though shouting has stopped.'),
])
# ---------------------------------------------------------------- Z007-Z012
box('Z007', 'Ashby Vale', 'assessment', '2025-11-10', [
 ('yellow', "Rhys (12) helps his mum, who has MS, in and out of the shower and does the weekly shop on his own. He lies awake worrying about her and has fallen asleep in lessons twice. Referral made to Ashby Young Carers.",
  ['CARER', 'PH', 'MH-CHILD'], '', 'Young carer; mum MS and child sleep -> PH; worrying -> MH-CHILD.'),
 ('green', "Mum gets PIP and Rhys has free school meals; mum says there are no money worries.",
  [], 'negated,lookalike', 'Benefit names alone are not FIN; money worries negated.'),
])
box('Z007', 'Ashby Vale', 'closure', '2026-04-02', [
 ('blue', "Rhys goes to the young carers club on Thursdays and now plays online with two lads he met there. A care agency has taken over mum's morning shower.",
  ['CARER', 'PH'], 'lookalike', 'Blue managing: young carers club ongoing -> CARER; mum MS with care package -> PH. Playing online is not SAFE-EXP.'),
])

box('Z009', 'Millbrook', 'assessment', '2025-10-20', [
 ('orange', "Connor (14) has had two fixed-term suspensions this term for fighting. Police came out to the house on 12 October after he smashed mum's phone and held a kitchen knife towards her when she took his Xbox off him.",
  ['EDU-EXC', 'CRIME', 'REL-PAR'], '', 'Child-to-parent violence with police -> REL-PAR + CRIME, not DA.'),
 ('yellow', "Mum (Sharon) owes £1,200 on a catalogue and has been to the food bank twice this month; she cannot afford a new phone. Citizens Advice referral made.",
  ['FIN'], '', ''),
 ('green', "Connor is on the ADHD pathway and is waiting for his paediatric appointment.",
  ['EDU-SEND'], '', 'Convention 4: ADHD pathway -> EDU-SEND.'),
])
box('Z009', 'Millbrook', 'closure', '2026-03-30', [
 ('orange', "Connor received a youth caution for the incident at home and is working with YOS. No suspensions since November but he is starting a managed move to Hillcrest Academy.",
  ['CRIME', 'EDU-EXC'], 'historical', 'Suspensions over but managed move -> EDU-EXC.'),
 ('yellow', "Catalogue debt on a repayment plan at £25 a month set up by Citizens Advice. No food bank use since November.",
  ['FIN'], 'historical', 'Debt ongoing on a plan -> FIN; food bank historical.'),
])

box('Z010', 'Kestrel Green', 'assessment', '2025-11-17', [
 ('green', "Mia (11) was getting messages from an account claiming to be a 15-year-old boy at another school. Mum checked with the family and it was her cousin Josh winding her up. Nobody unknown to the family is contacting her.",
  [], 'negated,ruled-out', 'Online contact turned out to be a cousin -> no SAFE-EXP.'),
 ('yellow', "Chloe (mum) has been very low since she and Mia's dad separated in the summer and struggles to get Mia off her phone at night; Mia is on it until midnight and exhausted at school. Chloe and her ex keep arguing over text about weekend contact.",
  ['MH-ADULT', 'REL-PAR', 'PH', 'REL-CONF'], '', 'Parent low mood; boundaries; child sleep -> PH; contact dispute -> REL-CONF.'),
])
box('Z010', 'Kestrel Green', 'closure', '2026-03-02', [
 ('blue', "Contact arrangements are now agreed through a co-parenting app and handovers are calm. Chloe finished her counselling in January.",
  ['REL-CONF'], 'historical', 'Blue: contact dispute being managed via app -> REL-CONF present; counselling finished -> MH-ADULT historical.'),
])

box('Z011', 'Ashby Vale', 'assessment', '2025-09-25', [
 ('yellow', "Freya (13) has hardly been in school since her best friend was admitted to hospital after self-harming. Freya is tearful and says she cannot face walking into the form room. Attendance 61% this term. EHW allocated.",
  ['EDU-ATT', 'MH-CHILD'], 'outside-household', "Friend's self-harm is not coded; Freya's own distress and absence are."),
 ('green', "School nurse has checked with Freya and there is nothing to suggest she has ever harmed herself.",
  [], 'negated', 'Self-harm negated.'),
])
box('Z011', 'Ashby Vale', 'closure', '2026-02-19', [
 ('green', "Freya is on a phased return and attendance is 92% this half term. She sees the school counsellor weekly.",
  ['EDU-ATT', 'MH-CHILD'], '', 'Green box: phased return ongoing -> EDU-ATT; counsellor -> MH-CHILD.'),
 ('blue', "Mum keeps up with Freya's timetable through the parent app. She says she would see her GP if she started to feel low herself.",
  [], 'hypothetical', 'Parent mental health only hypothetical.'),
])

box('Z012', 'Thornbury Cross', 'assessment', '2025-10-06', [
 ('orange', "Lily (12) sent a topless photo to a Year 8 boy who forwarded it to his friends. The DSL referred it and police have spoken to the boys involved. Lily is called names on the bus and in the corridors and has refused to go in for the last six days.",
  ['SAFE-EXP', 'EDU-ATT'], 'outside-household', 'Image sharing + bullying -> SAFE-EXP; police action is about boys outside household, not CRIME.'),
 ('yellow', "Mum (Jo) and Dad (Craig) cannot agree whether Lily should keep her phone; Craig has taken it and they have been arguing about it in front of the younger two. Craig says if the name-calling carries on he will move her to another school.",
  ['REL-CONF'], 'hypothetical', 'Parental arguments -> REL-CONF; school move hypothetical.'),
])
box('Z012', 'Thornbury Cross', 'closure', '2026-02-03', [
 ('yellow', "Lily has been in full time since half term. There is still some name-calling on the school bus, which the school is taking up with the bus company.",
  ['SAFE-EXP'], 'historical', 'Absence over; bullying current.'),
 ('blue', "Jo and Craig have agreed a phone contract with Lily together, with times when the phone is off.",
  ['REL-PAR'], '', 'Blue managing boundaries.'),
])
# ---------------------------------------------------------------- Z013-Z018
box('Z013', 'Millbrook', 'assessment', '2025-12-01', [
 ('green', "Oscar (9) is autistic and has an EHCP. The SENCO says the trouble is at playtime, where a group of boys copy his hand flapping and laugh at him; school has logged it as bullying. His teacher now runs a Lego club at lunch.",
  ['EDU-SEND', 'SAFE-EXP'], '', ''),
 ('yellow', "Dad (Tomasz) works long hours as a delivery driver and Mum (Ania) is Oscar's main carer; she has anxiety and takes sertraline. Oscar will not settle to sleep before 11pm. Family support worker to help with a bedtime routine.",
  ['MH-ADULT', 'PH', 'REL-PAR'], 'lookalike', '"Main carer" is a parent, not CARER; long hours not FIN.'),
])
box('Z013', 'Millbrook', 'closure', '2026-04-20', [
 ('green', "Lunchtime club continues and no bullying has been logged since January. The EHCP annual review took place in March.",
  ['EDU-SEND'], 'historical', 'Bullying over.'),
 ('blue', "Oscar is now asleep by 9pm most nights with his visual timetable and weighted blanket.",
  ['PH'], '', 'Blue box: sleep now being managed -> PH present.'),
])

box('Z014', 'Kestrel Green', 'assessment', '2025-09-18', [
 ('yellow', "Ruby (14) is on TikTok late into the night and has lost 4kg since the summer; mum thinks she is skipping meals to look like the girls she follows. GP has referred her to the eating disorders service.",
  ['PH', 'MH-CHILD'], '', 'Weight loss -> PH; eating disorder service -> MH-CHILD.'),
 ('orange', "CAMHS assessment booked after Ruby messaged a friend saying she wanted to die; the friend's mum rang Ruby's mum.",
  ['MH-CHILD'], 'outside-household', "The friend and friend's mum are outside the household."),
 ('blue', "Both parents work and the family say they have no money or housing worries.",
  [], 'negated', ''),
])
box('Z014', 'Kestrel Green', 'closure', '2026-02-24', [
 ('orange', "Ruby is still open to CAMHS and the eating disorders team, and her weight is checked weekly by the practice nurse.",
  ['MH-CHILD', 'PH'], '', ''),
])

box('Z015', 'Ashby Vale', 'assessment', '2025-10-28', [
 ('yellow', "Kirsty's card was saved on the console and her son Dylan (10) spent over £600 on in-game purchases before she noticed. She is now behind on the electricity and has been moved onto a prepayment meter. Citizens Advice to help.",
  ['FIN'], '', ''),
 ('green', "Dylan was bullied in Year 4 but it stopped when he changed classes, and he is doing well at school.",
  [], 'historical', 'Bullying over.'),
 ('blue', "Kirsty has taken her card off the console and pays £10 a week towards the electricity debt through the meter.",
  ['FIN'], '', 'Blue: paying off debt -> FIN present.'),
])
box('Z015', 'Ashby Vale', 'closure', '2026-02-12', [
 ('blue', "The electricity debt was cleared in January and Kirsty now keeps a monthly budget sheet.",
  [], 'historical', 'Debt cleared -> historical.'),
])

box('Z016', 'Thornbury Cross', 'assessment', '2025-11-24', [
 ('red', "Child protection plan (neglect) for Harvey (10) and Sienna (13). The house is dirty, there is very little food in, and the children are up on the console into the early hours with no adult checking on them.",
  ['SAFE-NEG'], '', 'Home conditions, food, supervision -> SAFE-NEG.'),
 ('orange', "Mum (Stacey) drinks every day and is working with the drug and alcohol service. The landlord served a possession notice in October over £2,300 rent arrears.",
  ['SUB', 'HOUS', 'FIN'], '', ''),
 ('yellow', "Sienna belongs to an online group where older teenagers post self-harm pictures; she says she has not hurt herself. Attendance 78%.",
  ['SAFE-EXP', 'EDU-ATT'], 'negated', 'Online safety risk present; own self-harm denied -> no MH-CHILD.'),
])
box('Z016', 'Thornbury Cross', 'closure', '2026-05-06', [
 ('orange', "Stacey is still with the alcohol service and has not had a drink since February. The tenancy has been saved, with the arrears on a payment plan.",
  ['SUB', 'FIN'], 'historical', 'Service ongoing -> SUB; arrears on plan -> FIN; housing risk over -> no HOUS.'),
 ('yellow', "Home conditions have been adequate at every visit and there is food in the cupboards. Stacey has made a console rota and both children are in bed by 10.",
  [], 'historical', 'Yellow box: neglect over; managing routines is only coded in blue/green boxes.'),
])

box('Z017', 'Kestrel Green', 'assessment', '2025-12-08', [
 ('green', "Amir (12) has a stammer and sees a speech and language therapist in school. He says boys in his PE group copy the way he talks; the head of year is treating it as bullying.",
  ['EDU-SEND', 'SAFE-EXP'], '', 'School-age speech -> EDU-SEND.'),
 ('yellow', "Older brother Bilal (17) dropped out of college in October and games all day; he is not working or studying. Dad (Yusuf) was made redundant in the summer and the family are on Universal Credit with a shortfall on the rent.",
  ['EDU-NEET', 'FIN'], '', 'NEET 16+; household worklessness/rent shortfall -> FIN.'),
])
box('Z017', 'Kestrel Green', 'closure', '2026-04-08', [
 ('green', "Amir still has speech therapy at school. No bullying reported this term.",
  ['EDU-SEND'], 'negated', ''),
 ('yellow', "Bilal started a plumbing apprenticeship with Fenwick Trades in January. Yusuf is working with a Jobcentre employment adviser on a back-to-work programme.",
  ['FIN'], 'historical', 'NEET over; employment support -> FIN.'),
])

box('Z018', 'Millbrook', 'assessment', '2025-09-11', [
 ('blue', "Grandad lives with the family and walks Poppy (9) to school; no concerns about attendance or punctuality.",
  [], 'negated', ''),
 ('green', "Poppy was upset when her best friend took her out of the Year 5 WhatsApp group, but she told the school nurse it has been sorted out and they are friends again.",
  [], 'historical,lookalike', 'Friendship falling-out, resolved; not bullying.'),
 ('yellow', "Mum (Natalie) is 28 weeks pregnant with severe sickness and is in bed most afternoons. Poppy is cooking tea and looking after her brother (3) after school. Young carers assessment requested.",
  ['PH', 'CARER'], '', ''),
])
box('Z018', 'Millbrook', 'closure', '2026-02-05', [
 ('blue', "Baby born in December and mum is well. Poppy goes to the young carers group once a month, though she says she does much less at home now.",
  ['CARER'], '', 'Blue: ongoing young carers group -> CARER.'),
 ('green', "Health visitor did the new birth visit. Poppy's brother (3) had a speech delay picked up at his two-year check and has now started his 15 hours at Little Acorns Nursery.",
  ['EYD'], '', ''),
])
# ---------------------------------------------------------------- Z019-Z027
box('Z019', 'Ashby Vale', 'assessment', '2025-10-09', [
 ('orange', "Police called out twice in October after Kai (13) and his mates threw stones at buses on the estate. On the second night mum reported him missing and police found him in the park at 1am. He has been suspended for 5 days for threatening a teacher.",
  ['CRIME', 'SAFE-EXP', 'EDU-EXC'], 'lookalike', 'ASB call-outs -> CRIME; missing episode -> SAFE-EXP (police finding him is safeguarding).'),
 ('yellow', "Mum (Toni) says she has given up on rules; Kai swears at her and takes her bank card without asking. Booked onto the Strengthening Families course.",
  ['REL-PAR'], 'lookalike', 'Taking bank card is not FIN without a described money problem.'),
])
box('Z019', 'Ashby Vale', 'closure', '2026-03-18', [
 ('orange', "Kai is on a referral order with YOS for criminal damage. No missing episodes since November.",
  ['CRIME'], 'historical', ''),
 ('green', "Kai is back in school full time with a behaviour support plan overseen by his head of year.",
  ['EDU-EXC'], '', 'Green: behaviour plan being managed -> EDU-EXC.'),
])

box('Z021', 'Kestrel Green', 'assessment', '2025-12-04', [
 ('orange', "Ex-partner Dean was arrested in November for assaulting Hayley and is on bail not to contact her; referred to MARAC. Since then Dean has been messaging Josh (12) through his gaming headset asking where they are living now.",
  ['DA'], 'lookalike', 'Ex-partner arrest for DV -> DA only (not CRIME); his contact via gaming is part of DA, not a stranger online.'),
 ('yellow', "Josh has been angry and tearful since the assault and has punched holes in his bedroom door. Referred to a children's domestic abuse recovery group.",
  ['MH-CHILD', 'REL-PAR', 'DA'], '', 'DA recovery service codes DA.'),
])
box('Z021', 'Kestrel Green', 'closure', '2026-04-16', [
 ('orange', "Non-molestation order granted in February. Dean breached it once in March and was arrested.",
  ['DA'], 'lookalike', 'Breach/arrest by ex-partner -> DA only.'),
 ('blue', "Hayley is half way through the Freedom Programme, and Josh has blocked Dean on all his gaming accounts himself.",
  ['DA'], '', 'Freedom Programme ongoing -> DA.'),
])

box('Z023', 'Ashby Vale', 'assessment', '2025-09-29', [
 ('orange', "Family in one room at the Canal Lodge hotel since being evicted in August; Jasmine (14) shares a bed with her two younger brothers. Housing officer involved and a TAF plan in place.",
  ['HOUS'], '', ''),
 ('yellow', "There is no wifi at the hotel, so Jasmine uses her phone data to stay in the group chat, which she says is the only place she feels normal. She sleeps badly and is low. EHW and school counsellor referral.",
  ['MH-CHILD', 'PH'], 'lookalike', 'Group chat here is a support, not bullying.'),
 ('green', "Jasmine's attendance is still good despite the long bus ride from the hotel.",
  [], 'lookalike', 'Pure good news; no need stated -> no EDU-ATT.'),
])
box('Z023', 'Ashby Vale', 'closure', '2026-03-09', [
 ('orange', "The family moved into a three-bedroom housing association house in February; no housing concerns now.",
  [], 'historical', ''),
 ('yellow', "Jasmine still sees the school counsellor every fortnight for low mood. Mum took out a loan for furniture and is struggling with the repayments.",
  ['MH-CHILD', 'FIN'], '', ''),
])

box('Z024', 'Thornbury Cross', 'assessment', '2026-01-12', [
 ('yellow', "Ethan (13) told his dad that a man he met on Roblox had sent him £20 of gift cards and wanted to meet him at the shopping centre. Dad (Gareth) reported it to CEOP. EHW to do online safety work.",
  ['SAFE-EXP'], '', 'Grooming.'),
 ('blue', "Gareth's sister is helping him set up parental controls on every device. He says if the man gets in touch again he will ring the police straight away.",
  ['SAFE-EXP'], 'hypothetical', 'Blue: managing online safety -> SAFE-EXP; police only hypothetical.'),
])
box('Z024', 'Thornbury Cross', 'closure', '2026-04-23', [
 ('green', "No further contact from the man since January. School ran an online safety assembly for Year 8.",
  [], 'historical', 'Grooming contact over.'),
])

box('Z026', 'Millbrook', 'assessment', '2025-11-06', [
 ('orange', "Tia (13) has been missing three times in a month and was found each time at a flat linked to older men. She has a new iPhone nobody can explain. Return home interviews done; CSE screening scored high.",
  ['SAFE-EXP'], '', ''),
 ('yellow', "Mum (Lorraine) owes a doorstep lender and says by Thursday the fridge is usually empty. Tia sometimes comes home with food and cash she will not explain.",
  ['FIN', 'SAFE-NEG'], '', 'Empty fridge -> SAFE-NEG; debt -> FIN.'),
])
box('Z026', 'Millbrook', 'closure', '2026-04-27', [
 ('red', "Tia is now on a child protection plan for exploitation after police found her with wraps of cannabis at a trap house in Kestrel Green.",
  ['SAFE-EXP', 'CRIME'], 'lookalike', 'Drugs on an exploited child -> SAFE-EXP + CRIME, not SUB.'),
 ('yellow', "Lorraine is repaying the doorstep loan through a debt management plan.",
  ['FIN'], '', ''),
])

box('Z027', 'Ashby Vale', 'assessment', '2025-12-15', [
 ('green', "Leo (9) wets the bed most nights and is under the school nurse's enuresis clinic. He wants to go on the Year 5 residential and the nurse is helping plan for it.",
  ['PH'], '', 'School-age bedwetting -> PH.'),
 ('yellow', "Rachel and Leo's dad separated in the autumn and keep disagreeing about whether Leo can have his phone at dad's house; Leo says he is sick of being in the middle. Referred to family mediation.",
  ['REL-CONF'], '', ''),
])
box('Z027', 'Ashby Vale', 'closure', '2026-04-30', [
 ('blue', "Parents sorted out the phone arrangement between them and mediation finished in March. Leo went on the residential and loved it.",
  [], 'historical', 'Dispute and mediation ended.'),
 ('green', "The school nurse still sees Leo at the enuresis clinic every six weeks.",
  ['PH'], '', ''),
])
# ---------------------------------------------------------------- unboxed notes
note('V101', 'Millbrook', 'assessment', '2025-10-21', 'blue',
 "Home visit. Mum worried about Harley (11) being on his phone until late; he is tired and snappy in the mornings. Gave her the leaflet on making a family media plan and she is going to try a phones-downstairs rule herself.",
 ['PH', 'REL-PAR'], '', 'Signposting only -> blue. Sleep -> PH; screen-time limits -> REL-PAR.')
note('V102', 'Ashby Vale', 'assessment', '2025-11-13', 'green',
 "Call from school nurse: Bella (12) told her that girls in her class have set up a group chat to make fun of her. School nurse seeing Bella weekly; no signs of self-harm.",
 ['SAFE-EXP'], 'negated', 'School nurse -> green. Self-harm negated.')
note('V103', 'Thornbury Cross', 'assessment', '2026-01-08', 'orange',
 "TAF review. Dominic (14) is open to CAMHS for anxiety and has not been in school since November (attendance 40%). Dad had been worried Dominic was talking to an adult online, but the contact turned out to be his cousin in Cardiff.",
 ['MH-CHILD', 'EDU-ATT'], 'ruled-out', 'TAF/CAMHS -> orange. Online contact ruled out (cousin) -> no SAFE-EXP.')
note('V104', 'Kestrel Green', 'assessment', '2026-02-02', 'red',
 "Strategy meeting after Abi (13) disclosed that a man she met on Snapchat sent her sexual pictures and pressured her to send some back. Section 47 enquiries to begin.",
 ['SAFE-EXP'], '', 'Strategy meeting/s47 -> red.')
note('V105', 'Millbrook', 'assessment', '2026-03-04', 'yellow',
 "Early help worker visit. Mum (Claire) has been using the food bank since she lost her job in January. Finn (10) says older boys at his Saturday football club keep picking on him. Mum has not noticed any change in his mood.",
 ['FIN', 'SAFE-EXP'], 'negated', 'EH worker -> yellow. Bullying outside school still the child\'s need. Mood negated.')
note('V106', 'Ashby Vale', 'closure', '2026-04-09', 'green',
 "Closing note. The bullying of Grace (10) by a neighbour's child stopped after the two families talked. Grace's stammer is being supported by the SENCO.",
 ['EDU-SEND'], 'historical,outside-household', 'SENCO -> green. Bullying ended.')

# ---------------------------------------------------------------- write files
def write():
    with open(os.path.join(HERE, 'narratives.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f, lineterminator='\r\n')
        w.writerow(['narrative_id', 'triage_id', 'case_id', 'stage', 'date', 'level', 'locality', 'narrative'])
        w.writerows(ROWS)
    with open(os.path.join(HERE, 'gold.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f, lineterminator='\r\n')
        w.writerow(['narrative_id', 'code', 'level'])
        w.writerows(GOLD)
    with open(os.path.join(HERE, 'traps.json'), 'w', encoding='utf-8') as f:
        json.dump(TRAPS, f, indent=1, ensure_ascii=False)
        f.write('\n')
    print(len(ROWS), 'narratives,', len(GOLD), 'gold rows,',
          sum(1 for t in TRAPS if t['trap_types']), 'with traps')

if __name__ == '__main__':
    write()
