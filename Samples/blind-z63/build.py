#!/usr/bin/env python3
"""Hand-written blind gold set (closure-heavy). Writes narratives.csv, gold.csv, traps.json."""
import csv, json, os

HERE = os.path.dirname(os.path.abspath(__file__))

# Each case: (case_id, locality, assessment date, closure date, boxes)
# box: (stage A/C, level, text, [gold codes], [(trap_type, note), ...])
# trap types: negated, historical, hypothetical, lookalike, outside, met
CASES = [
 ("Z001", "Ashby Vale", "2025-04-07", "2025-10-14", [
  ("A", "yellow", "Tyler (8) has missed 21 sessions since January, mostly Mondays. Shannon says mornings are a battle and she often gives in and lets him stay at home. Family support worker to work on a morning plan with her.",
   ["EDU-ATT", "REL-PAR"], []),
  ("C", "blue", "Shannon keeps using the reward chart she made with the worker and says mornings are calmer. She is sticking with it on her own now.",
   ["REL-PAR"], [("met", "now managing routines in a blue box counts as present (conv. 3)")]),
 ]),
 ("Z002", "Millbrook", "2025-02-11", "2025-09-03", [
  ("A", "orange", "Leanne left with the two children and went to her sister's after her partner assaulted her in front of them. Police attended and he was arrested; DASH scored high and the case went to MARAC. The family are sofa surfing and have presented to the council as homeless.",
   ["DA", "HOUS"], [("lookalike", "arrest of partner for the assault is DA only, not CRIME (conv. 7)")]),
  ("C", "blue", "Leanne goes to the Freedom group at the family centre every Thursday under her own steam and can talk through her safety plan without prompting.",
   ["DA"], [("met", "ongoing DA recovery group, managing in blue box")]),
  ("C", "yellow", "The family moved into a two-bed housing association flat in August, so the homelessness is sorted. The abuse is in the past: her ex was sentenced in July and there has been no contact since, and the IDVA has closed. Leanne still owes arrears from the temporary flat and Citizens Advice are helping her apply for a debt relief order.",
   ["FIN"], [("historical", "homelessness resolved; DA described as over"), ("outside", "ex-partner's sentence is not CRIME for the household")]),
 ]),
 ("Z003", "Kestrel Heath", "2025-01-20", "2025-07-08", [
  ("A", "yellow", "Maisie (13) cooks most evening meals and helps her mum Joanne, who has MS, in and out of the shower. Teachers say Maisie looks exhausted in lessons. Referral made to the young carers service.",
   ["CARER", "PH"], []),
  ("C", "blue", "Maisie goes to the young carers group every other week and has a plan with her nan for a night off each weekend. She still does the tea most nights but says it feels manageable.",
   ["CARER"], [("met", "still caring but managing; blue box")]),
  ("C", "green", "Joanne's MS nurse and GP have reviewed what help she needs at home, and morning care calls started in September.",
   ["PH"], []),
 ]),
 ("Z004", "Dunmore Cross", "2025-03-03", "2025-11-18", [
  ("A", "orange", "Reece (12) has had two fixed-term suspensions this term for fighting and the head has warned that a permanent exclusion is next. He is on the waiting list for an ADHD assessment. Mum says he punches the walls at home when she says no. TAF meeting held with school and the community paediatrician.",
   ["EDU-EXC", "EDU-SEND", "REL-PAR"], []),
  ("C", "green", "Reece was diagnosed with ADHD in June and the SENCO has set up SEN support with planned movement breaks. He has not been suspended since April.",
   ["EDU-SEND"], [("historical", "suspensions over since April")]),
  ("C", "yellow", "Mum finished the Triple P course. She says the outbursts at home are less frequent but still happen two or three times a week, so the school family worker will keep seeing her every fortnight.",
   ["REL-PAR"], []),
 ]),
 ("Z005", "Dunmore Cross", "2025-01-09", "2025-12-02", [
  ("A", "red", "Strategy meeting held after Lily (4) was found on her own at the front door at 7am. Dad Craig had been drinking heavily the night before and could not be woken. Home conditions poor with very little food in the cupboards. s47 completed and a child protection plan agreed.",
   ["SUB", "SAFE-NEG"], []),
  ("C", "yellow", "The child protection plan ended in November after three reviews. Craig keeps attending the community alcohol service and has had two lapses since September, both of which he told his worker about.",
   ["SUB"], [("historical", "CP plan ended")]),
  ("C", "green", "Lily now goes to nursery five mornings a week and staff say she is starting to use short sentences. The health visitor referred her to speech therapy and she is on the list.",
   ["EYD"], []),
  ("C", "blue", "Craig writes a meal plan each week and does a big shop with his mum on Saturdays; the cupboards were well stocked at the last visit.",
   ["SAFE-NEG"], [("met", "food in the home now managed by the family: present in blue box (conv. 3)")]),
 ]),
 ("Z006", "Ashby Vale", "2025-05-12", "2026-01-27", [
  ("A", "yellow", "Josh (17) dropped out of college in October and has found no work or training since. Mum Donna lost her cleaning job over the summer and their Universal Credit is cut each month to repay an advance.",
   ["EDU-NEET", "FIN"], []),
  ("C", "green", "Josh began a Level 1 construction course at Millbrook College in January and is going every day.",
   [], [("met", "NEET need over; pure good news, not coded")]),
  ("C", "yellow", "Donna is still out of work. Her work coach has referred her to the Ashby Vale employment scheme, and the advance deduction from her UC ends in March.",
   ["FIN"], []),
  ("C", "blue", "Donna uses a budgeting app she found herself and has moved to a cheaper energy tariff.",
   ["FIN"], [("met", "managing money in blue box")]),
 ]),
 ("Z007", "Millbrook", "2025-03-18", "2025-10-06", [
  ("A", "green", "Baby Noah (7 months) missed his 12- and 16-week immunisations. Mum Priya scored high on the EPDS at the health visitor's visit and says she cries most days.",
   ["PH", "MH-ADULT"], []),
  ("C", "green", "Noah has caught up on all his immunisations. The health visitor says Priya's mood has lifted and she is taking the antidepressants her GP prescribed.",
   ["MH-ADULT"], [("historical", "immunisations caught up"), ("lookalike", "prescribed antidepressants is not SUB")]),
  ("C", "blue", "Priya goes to a baby massage group and walks with two mums she met there; she says it helps on the bad days.",
   ["MH-ADULT"], [("met", "managing own mood in blue box")]),
 ]),
 ("Z008", "Kestrel Heath", "2025-02-24", "2025-12-09", [
  ("A", "orange", "Kian (15) has been reported missing four times since March and was once found in another city with £300 and two phones. County lines is suspected and an NRM referral has gone in. He was also arrested for criminal damage at the bus station.",
   ["SAFE-EXP", "CRIME"], [("lookalike", "£300 is not a money problem (FIN)")]),
  ("C", "orange", "Kian is on a referral order from the youth court and sees his YOS officer weekly. There have been no missing episodes since July, but the contextual safeguarding panel still rates the exploitation risk as high.",
   ["CRIME", "SAFE-EXP"], [("negated", "no missing episodes since July, but exploitation risk remains")]),
  ("C", "yellow", "Kian goes to the Millbrook Learning Centre three mornings a week on a reduced timetable.",
   ["EDU-ATT"], []),
 ]),
 ("Z009", "Dunmore Cross", "2025-04-28", "2025-11-11", [
  ("A", "yellow", "Gemma and Lewis row loudly most evenings about housework and whether to split up; neither describes any violence or control. Ellie (10) has gone quiet and withdrawn and says she gets a knot in her stomach at bedtime.",
   ["REL-CONF", "MH-CHILD"], [("negated", "no violence or control: not DA")]),
  ("C", "blue", "Gemma and Lewis separated amicably in May and sort out Ellie's weekends between themselves by text.",
   ["REL-CONF"], [("met", "separation/contact managed by parents; blue box")]),
  ("C", "green", "Ellie sees the school's ELSA once a week and her teacher says she is far more settled; she still uses the worry box at home most nights.",
   ["MH-CHILD"], []),
 ]),
 ("Z010", "Ashby Vale", "2025-01-14", "2025-09-23", [
  ("A", "orange", "Family of six in a two-bed private let with black mould in both bedrooms. The landlord served a section 21 notice in February. Aisha (6) has been admitted to hospital twice with her asthma this winter.",
   ["HOUS", "PH"], []),
  ("C", "green", "Aisha's asthma is well controlled on a preventer inhaler and the school nurse has written a care plan with her class teacher.",
   ["PH"], [("met", "condition managed via universal services")]),
  ("C", "yellow", "The family moved into a four-bed council house in July. They still owe rent from the old tenancy and pay £25 a fortnight under an agreement with the housing officer.",
   ["FIN"], [("historical", "housing need resolved by the move")]),
  ("C", "blue", "Dad reported a small leak under the sink to the new landlord himself and it was repaired within the week.",
   [], [("historical", "repair done, disrepair over")]),
 ]),
 ("Z011", "Millbrook", "2025-02-03", "2025-08-19", [
  ("A", "orange", "Stacey says her husband goes through her phone, keeps all the money in his name and stops her seeing her friends. A non-molestation order was granted in January. She is very low and tearful.",
   ["DA", "MH-ADULT"], [("lookalike", "money control is DA, not FIN")]),
  ("C", "green", "The GP has reviewed Stacey's sertraline and she sees the practice counsellor; she describes her mood as up and down but better.",
   ["MH-ADULT"], []),
  ("C", "yellow", "Her husband has moved out and the non-mol stays in place until next year. Women's Aid outreach carries on every fortnight.",
   ["DA"], []),
 ]),
 ("Z012", "Kestrel Heath", "2025-05-06", "2025-12-15", [
  ("A", "green", "Harley (3) has not taken up his funded nursery place and uses about ten words. He is not yet toilet trained. Health visitor to complete an ASQ.",
   ["EYD"], []),
  ("C", "green", "Harley now attends Little Acorns for 15 hours. His keyworker runs small talk groups and he is beginning to join two words together. He is dry during the day but still in nappies at night.",
   ["EYD"], []),
 ]),
 ("Z013", "Dunmore Cross", "2025-03-10", "2025-12-01", [
  ("A", "orange", "Olivia (14) has not been into school since half term and says she panics at the gate. Her attendance is 41%. She has told her form tutor she cuts her arms and CAMHS have accepted the referral.",
   ["EDU-ATT", "MH-CHILD"], []),
  ("C", "orange", "Olivia is still seeing CAMHS for weekly therapy. No self-harm has been reported since August.",
   ["MH-CHILD"], [("historical", "self-harm over, but CAMHS ongoing (conv. 4)")]),
  ("C", "yellow", "Olivia is on a reduced timetable and will build up to full days after Easter; attendance has climbed to 68%.",
   ["EDU-ATT"], []),
 ]),
 ("Z014", "Ashby Vale", "2025-06-02", "2026-02-10", [
  ("A", "orange", "Karen has called the police twice after Ethan (15) shoved her against the wall and smashed the TV. He was given a youth caution. Karen says she is scared of him.",
   ["REL-PAR", "CRIME"], [("lookalike", "child-to-parent violence is REL-PAR + CRIME, not DA (conv. 8)")]),
  ("C", "yellow", "Ethan still works with the YOS on his out-of-court disposal. Karen keeps going to the NVR parents' group to hold her boundaries; there have been no incidents since October.",
   ["CRIME", "REL-PAR"], [("historical", "violent incidents over since October")]),
 ]),
 ("Z015", "Millbrook", "2025-04-15", "2025-11-25", [
  ("A", "yellow", "Dad Marcus has been losing his wages to online betting for months and the family have been to the food bank three times. School say Jade (7) turns up hungry and asks for extra toast at breakfast club.",
   ["FIN", "SAFE-NEG"], [("lookalike", "gambling is FIN, not SUB (conv. 10)")]),
  ("C", "blue", "Marcus has blocked himself from the betting sites through GamStop and his wife Sarah now looks after the bank cards.",
   ["FIN"], [("met", "managing gambling/money in blue box")]),
  ("C", "green", "Jade has free school meals and goes to breakfast club; school have not had any worries about her being hungry since the spring.",
   [], [("historical", "hunger over"), ("lookalike", "FSM alone is not FIN (conv. 5)")]),
  ("C", "yellow", "Marcus sees the gambling support service weekly and is repaying a £2,000 credit card debt through a StepChange plan.",
   ["FIN"], []),
 ]),
 ("Z016", "Kestrel Heath", "2025-03-24", "2026-01-13", [
  ("A", "yellow", "Chloe (17) has a four-month-old, Mason, and lives with her mum and five others in a three-bed house. Chloe is not in school, work or training. The family nurse is visiting.",
   ["HOUS", "EDU-NEET"], []),
  ("C", "yellow", "Chloe has a place on a course starting in September with childcare funded; until then she is still NEET and sees the youth hub adviser monthly.",
   ["EDU-NEET"], [("hypothetical", "future course does not end present NEET")]),
  ("C", "orange", "The council has raised the family's housing register banding to urgent because of overcrowding; no offer has been made yet.",
   ["HOUS"], []),
 ]),
 ("Z017", "Dunmore Cross", "2025-02-17", "2025-10-28", [
  ("A", "yellow", "Dad Gareth left the army three years ago and has PTSD with flashbacks; he is waiting for the veterans' mental health service. Finn (8) wets the bed most nights.",
   ["MH-ADULT", "PH"], [("lookalike", "school-age bedwetting is PH (conv. 9)")]),
  ("C", "green", "Finn is much drier since the school nurse's enuresis clinic gave him an alarm and he is dry most nights now.",
   ["PH"], [("met", "still being managed via universal service")]),
  ("C", "yellow", "Gareth is having trauma therapy through Op Courage and still has some bad weeks.",
   ["MH-ADULT"], []),
  ("C", "blue", "Gareth has saved the veterans' helpline number and says he will ring it if his nights get bad again.",
   [], [("hypothetical", "only if things get worse")]),
 ]),
 ("Z018", "Ashby Vale", "2025-05-19", "2025-12-16", [
  ("A", "yellow", "Amira (11) is being picked on in a class group chat, and an adult she met through a gaming site has been messaging her asking for photos. Her parents did not know how to set up controls on her phone.",
   ["SAFE-EXP"], []),
  ("C", "blue", "Parents have turned on parental controls, Amira's phone stays downstairs overnight and they look through her apps with her every weekend.",
   ["SAFE-EXP"], [("met", "online safety managed by parents; blue box")]),
  ("C", "green", "School dealt with the pupils in the group chat and Amira says the unkind messages stopped during the spring term.",
   [], [("historical", "bullying stopped")]),
 ]),
 ("Z019", "Millbrook", "2025-01-27", "2025-09-30", [
  ("A", "orange", "The house is full of rubbish bags and there was dog mess on the kitchen floor. Tia (9) and Ollie (6) both have head lice and visible tooth decay and have missed three dental appointments. TAF plan agreed.",
   ["SAFE-NEG", "PH"], []),
  ("C", "blue", "Mum keeps a weekly cleaning rota on the fridge and the children help tidy their rooms.",
   ["SAFE-NEG"], [("met", "home conditions managed by family"), ("lookalike", "children helping tidy is not CARER")]),
  ("C", "green", "Both children have had their dental treatment finished and are registered with a dentist for routine check-ups.",
   [], [("historical", "dental need met")]),
  ("C", "yellow", "Mum still struggles to keep on top of the washing and the children sometimes come to school in dirty uniform, so the family worker will carry on visiting weekly.",
   ["SAFE-NEG"], []),
 ]),
 ("Z020", "Kestrel Heath", "2025-02-05", "2025-11-04", [
  ("A", "orange", "Mum Kerry is prescribed methadone and is on probation for shoplifting; she has missed two probation appointments. Kayden (12) looks after his little sister most evenings and has been identified as a young carer.",
   ["SUB", "CRIME", "CARER"], []),
  ("C", "orange", "Kerry is on a reducing methadone prescription and her probation order runs until May 2026.",
   ["SUB", "CRIME"], []),
  ("C", "yellow", "Kayden goes to the Kestrel Heath young carers club every week. His sister now attends after-school club, so he has fewer evenings minding her.",
   ["CARER"], []),
  ("C", "green", "Kerry's drug tests show she has not used anything on the street since March.",
   [], [("historical", "street drug use over; no prescription mentioned in this box")]),
 ]),
 ("Z021", "Dunmore Cross", "2025-04-01", "2026-03-03", [
  ("A", "green", "Zac (7) has cerebral palsy and uses a walking frame. The school SENCO has applied for an EHC needs assessment.",
   ["PH", "EDU-SEND"], []),
  ("C", "green", "Zac's EHCP was finalised in March and he has a 1:1 for part of each day. The physio still visits school every fortnight.",
   ["EDU-SEND", "PH"], []),
  ("C", "blue", "Both parents are his parent carers and receive Carer's Allowance and DLA. They have found a disabled swimming club for Zac and take him every Sunday.",
   ["PH"], [("lookalike", "parent carers are not CARER; benefit names alone are not FIN (conv. 5, 12)")]),
 ]),
 ("Z022", "Ashby Vale", "2025-03-31", "2025-10-20", [
  ("A", "orange", "A possession notice has been served over £1,800 rent arrears after the housing element of Rachel's Universal Credit was stopped by mistake. Rachel has panic attacks and cannot face opening her post.",
   ["HOUS", "FIN", "MH-ADULT"], []),
  ("C", "blue", "Rachel opens her post with her sister every Sunday and is paying £15 a week off what she still owes the council.",
   ["FIN"], [("met", "paying off remaining arrears in blue box")]),
  ("C", "green", "Rachel is on the GP's waiting list for talking therapy and uses the breathing exercises the GP showed her.",
   ["MH-ADULT"], []),
  ("C", "yellow", "The possession claim was withdrawn once the housing element was backdated, and the tenancy is secure. Citizens Advice closed the case in June.",
   [], [("historical", "housing and benefit problems resolved; service ended")]),
 ]),
 ("Z023", "Millbrook", "2025-05-27", "2026-02-17", [
  ("A", "orange", "Liam (13) is on a managed move to Hollybank Academy after repeated suspensions at his last school. Dad Steve came home in March on licence after a prison sentence, and he and Liam's mum argue a lot about how things will work.",
   ["EDU-EXC", "CRIME", "REL-CONF"], []),
  ("C", "yellow", "The managed move has been made permanent. Liam has had one internal isolation this term and the pastoral mentor will keep seeing him weekly.",
   ["EDU-EXC"], []),
  ("C", "green", "Steve's licence ended in October and he is now working full time.",
   [], [("historical", "licence ended"), ("lookalike", "working is not FIN")]),
  ("C", "blue", "The parents say they now wait until the children are in bed to talk things through instead of rowing in front of them.",
   ["REL-CONF"], [("met", "parents managing conflict; blue box")]),
 ]),
 ("Z024", "Kestrel Heath", "2025-06-16", "2026-01-20", [
  ("A", "yellow", "Bethany (16) has been drinking vodka with older friends at weekends and has come home drunk twice; once her mum found her passed out in the garden. She is still in sixth form.",
   ["SUB"], [("negated", "in sixth form, so not NEET")]),
  ("C", "yellow", "Bethany still sees the young people's drug and alcohol worker monthly. She says she drinks less but still most Saturdays.",
   ["SUB"], []),
 ]),
 ("Z025", "Dunmore Cross", "2025-07-07", "2026-02-24", [
  ("A", "yellow", "Danielle is struggling with Kayla's (2) tantrums and there is no set bedtime. Kayla has not started nursery and says only a handful of words.",
   ["REL-PAR", "EYD"], []),
  ("C", "red", "Stepped up to children's social care in January after police were called to a fight between Danielle and her new partner while Kayla was in the room. s47 enquiry under way.",
   ["DA"], [("lookalike", "police call for partner violence is DA, not CRIME")]),
  ("C", "yellow", "Kayla started nursery but her talking is still well behind and staff have asked for a speech and language referral.",
   ["EYD"], []),
 ]),
 ("Z026", "Ashby Vale", "2025-09-15", "2026-03-10", [
  ("A", "green", "Leo (5) is in Reception. His teacher has concerns about his social communication and he has been referred for an autism assessment.",
   ["EDU-SEND"], [("lookalike", "school-age: EDU-SEND not EYD")]),
  ("C", "green", "Leo is still waiting for his autism assessment, about 18 months. The SENCO has put him on SEN support with a visual timetable.",
   ["EDU-SEND"], []),
  ("C", "blue", "Mum has joined the local parent carer forum and picks up ideas there for Leo's sleep, which is still poor; he wakes at 4am most days.",
   ["PH"], [("lookalike", "parent carer forum is not CARER")]),
 ]),
 ("Z027", "Millbrook", "2025-02-25", "2025-10-01", [
  ("A", "yellow", "Nan Pauline is the kinship carer for Skye (9) and Tommy (11) under a special guardianship order. She has arthritis and struggles on the stairs, and money has been very tight since she stopped working.",
   ["PH", "FIN"], [("lookalike", "kinship carer is not CARER")]),
  ("C", "green", "The GP has referred Pauline for a hip replacement and she is on the list.",
   ["PH"], []),
  ("C", "blue", "Pauline's guardianship allowance is now paid correctly after she chased the council herself, and she has joined an online kinship carers' group.",
   [], [("historical", "payment problem resolved"), ("lookalike", "kinship carer")]),
  ("C", "yellow", "Tommy helps Nan with the shopping and gets Skye ready for school most mornings; he was referred to the young carers service at closure.",
   ["CARER"], []),
 ]),
 ("Z028", "Kestrel Heath", "2025-04-22", "2025-12-03", [
  ("A", "orange", "Ruby (14) has been seen getting into cars with older men near the retail park and has been missing overnight twice. The exploitation team and police are involved.",
   ["SAFE-EXP"], [("lookalike", "police involvement is safeguarding, not CRIME (conv. 7)")]),
  ("C", "orange", "Ruby is still on the exploitation team's caseload. The missing episodes have stopped, but she is still in contact online with one of the men.",
   ["SAFE-EXP"], [("historical", "missing episodes over but exploitation ongoing")]),
 ]),
 ("Z029", "Dunmore Cross", "2025-03-04", "2025-11-26", [
  ("A", "yellow", "Nadia is having chemotherapy for breast cancer and her husband works nights. Aarav (10) is not doing any caring and his aunt helps out a lot. They have applied for PIP.",
   ["PH"], [("negated", "no caring by Aarav"), ("lookalike", "night shifts and PIP alone are not FIN")]),
  ("C", "green", "Nadia has finished chemotherapy and is seen every six months by the oncology team.",
   ["PH"], [("met", "ongoing follow-up codes PH")]),
  ("C", "blue", "Aarav had a few weeks of nightmares while his mum was in hospital, but these settled and he sleeps well now.",
   [], [("historical", "sleep problem over")]),
 ]),
 ("Z030", "Ashby Vale", "2025-05-05", "2025-12-08", [
  ("A", "orange", "Police have been called out three times about Connor (14) and his friends throwing stones at buses, and the council has sent an ASB warning letter. Mum says a neighbour deals drugs from the flat next door.",
   ["CRIME"], [("outside", "neighbour's drug dealing is not SUB or CRIME for the family")]),
  ("C", "yellow", "Connor is on an acceptable behaviour contract and meets the youth worker weekly; he breached it once in November.",
   ["CRIME"], []),
  ("C", "blue", "Mum has asked for a transfer because of the neighbour and bids on council properties herself every week.",
   ["HOUS"], [("outside", "neighbour's effect on the family codes HOUS (conv. 6)")]),
 ]),
]

# Unboxed notes: (id, locality, stage, date, text, codes, gold level, traps)
UNBOXED = [
 ("ZV01", "Millbrook", "closure", "2025-11-06", "Phone call with mum at closure. She is still using the food bank every fortnight, and the school nurse is keeping an eye on Callum's weight, which is below the 2nd centile.",
  ["FIN", "PH"], "green", [("level", "school nurse is the highest cue: green")]),
 ("ZV02", "Dunmore Cross", "assessment", "2025-06-24", "Case note: Dad has been referred to the drug and alcohol service about his cannabis use. Mum says there has been no DA since they got back together last year.",
  ["SUB"], "yellow", [("negated", "no DA"), ("level", "one extra service: yellow")]),
 ("ZV03", "Kestrel Heath", "assessment", "2025-08-12", "Home visit. Jayla (16) has not been on any course or in work since she left school in July. CAMHS have her on their waiting list for low mood.",
  ["EDU-NEET", "MH-CHILD"], "orange", [("level", "CAMHS cue: orange")]),
 ("ZV04", "Ashby Vale", "closure", "2026-01-08", "Closure note: after being pointed to the council's website, mum set up a plan herself and is paying £20 a month off her council tax arrears. She says she will ring the landlord straight away if the boiler breaks down again.",
  ["FIN"], "blue", [("hypothetical", "boiler only if it breaks again"), ("level", "signposting acted on by family: blue")]),
]

def main():
    nar, gold, traps = [], [], []
    for cid, loc, adate, cdate, boxes in CASES:
        for st, lvl, text, codes, tr in boxes:
            nid = f"{cid}-{st}-{lvl}"
            stage = "assessment" if st == "A" else "closure"
            date = adate if st == "A" else cdate
            nar.append([nid, f"{cid}-{st}", cid, stage, date, lvl, loc, text])
            gold += [[nid, c, lvl] for c in codes]
            if tr:
                traps.append({"narrative_id": nid, "traps": [{"type": t, "note": n} for t, n in tr]})
    for nid, loc, stage, date, text, codes, lvl, tr in UNBOXED:
        nar.append([nid, nid, nid, stage, date, "", loc, text])
        gold += [[nid, c, lvl] for c in codes]
        if tr:
            traps.append({"narrative_id": nid, "traps": [{"type": t, "note": n} for t, n in tr]})
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
    print(f"{len(nar)} narratives, {len(gold)} gold rows, {len(traps)} with trap notes")

if __name__ == "__main__":
    main()
