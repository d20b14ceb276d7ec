#!/usr/bin/env python3
"""Blind hand-coded gold set z11: families where a parent has a serious mental
illness or personality disorder.  Every narrative, its gold codes and trap notes
are written by hand below.  Writes narratives.csv, gold.csv and traps.json.

Box tuple: (level, narrative text, [gold codes], [(trap type, note), ...])
Trap types: negated, historical, hypothetical, lookalike, outside_household,
need_met, box_level.  Type "decision" records a coding judgement, not a trap.
"""
import csv
import json
import os

OUT = os.path.dirname(os.path.abspath(__file__))
LEVELS = ["blue", "green", "yellow", "orange", "red"]

CASES = []


def case(cid, loc, a_date, a_boxes, c_date=None, c_boxes=None):
    CASES.append(dict(case=cid, loc=loc, A=(a_date, a_boxes),
                      C=(c_date, c_boxes) if c_date else None))


# ---------------------------------------------------------------- Z101
case("Z101", "Kestrel Moor", "2025-02-10", [
    ("green", "Maisie (11) has missed nine days since Christmas, most of them in the week after her mum was admitted to the Larchfield mental health unit. School have set up a daily check-in with the pastoral lead and her attendance is starting to pick up.",
     ["EDU-ATT", "MH-ADULT"],
     [("decision", "Mum currently an inpatient on a mental health unit = MH-ADULT present even in the green box")]),
    ("orange", "Dana was detained under section 2 of the Mental Health Act on 28 January after a manic episode in which she ran up large debts on credit cards. She is on Ward 4 at Larchfield. Rob (stepdad) has found £3,200 of new debt in joint names and is worried about how to repay it while he takes time off work to look after the children.",
     ["MH-ADULT", "FIN"],
     [("lookalike", "'section 2' of the Mental Health Act is not a children's-social-care cue (not s47/s20); box level applies anyway"),
      ("decision", "time off work to care for children is not itself FIN; the new debt is")]),
], "2025-07-14", [
    ("blue", "Dana has been home since April and takes her lithium every evening, with Rob reminding her; her blood levels are checked at the CMHT clinic. There is a written relapse plan: should she stop sleeping or start spending again, Rob will phone her care coordinator. The card debt was cleared in May with help from Dana's parents.",
     ["MH-ADULT"],
     [("hypothetical", "relapse plan (stop sleeping / start spending) is hypothetical: no PH, no FIN from it"),
      ("historical", "card debt cleared in May: FIN historical"),
      ("decision", "lithium taken daily = managing in a blue box, MH-ADULT present; lithium blood checks are part of MH treatment, not PH")]),
])

# ---------------------------------------------------------------- Z102
case("Z102", "Saltmarsh", "2025-03-03", [
    ("yellow", "Kieran (dad) has been with the Early Intervention in Psychosis team since November and sees his care coordinator fortnightly. He gave up cannabis when he first became unwell and his last drug screen was clear. Shona is exhausted; her GP started her on sertraline for low mood last month.",
     ["MH-ADULT"],
     [("historical", "cannabis given up, drug screen clear: SUB historical"),
      ("decision", "both parents' mental health = one MH-ADULT code")]),
    ("orange", "Ava (8) told her teacher that Daddy hears voices saying people are watching the house, and she has been drawing police cars outside her window. School have referred her to CAMHS and a TAF meeting is set for 17 March. No concerns about the twins, who are at home with Shona.",
     ["MH-CHILD", "MH-ADULT"],
     [("lookalike", "police cars in a child's drawings: no police involvement, not CRIME"),
      ("negated", "no concerns about the twins: no EYD")]),
], "2025-09-22", [
    ("blue", "Kieran still sees his care coordinator monthly and takes his antipsychotic. Shona has joined a carers' group for partners run by the EIP team and says it helps. Ava goes to the school's lunchtime worry group.",
     ["MH-ADULT", "MH-CHILD"],
     [("lookalike", "carers' group for partners is an adult carer: not CARER (convention 12)"),
      ("decision", "ongoing antipsychotic and worry group = managing in blue box")]),
])

# ---------------------------------------------------------------- Z103
case("Z103", "Brindle Cross", "2025-04-07", [
    ("yellow", "Tyler (14) gets his sister Kayla (4) up, dressed and to nursery most mornings, and cooks tea three nights a week, because Mum's mental health makes mornings hard for her. He has been late to school 14 times this half-term. Referred to Brindle Cross Young Carers.",
     ["CARER", "EDU-ATT", "MH-ADULT"],
     [("decision", "Kayla going to nursery is not an EYD need")]),
    ("orange", "Jade (mum) has a diagnosis of EUPD and cut her arms twice in March; the second time her sister found her and called an ambulance. She is now open to the community mental health team with a care coordinator. Tyler sees the school counsellor weekly and says he can't concentrate in lessons because he is worrying about her.",
     ["MH-ADULT", "MH-CHILD"],
     [("decision", "parent's self-harm is MH-ADULT, not MH-CHILD; ambulance for self-harm not coded PH"),
      ("decision", "Jade's sister (not in household) found her: nothing to code for her")]),
], "2025-10-13", [
    ("blue", "Tyler goes to the young carers club on Thursdays and has a young carer card so staff understand if he is late. Jade has not self-harmed since July, is in a DBT skills group and now takes Kayla to school herself.",
     ["CARER", "MH-ADULT"],
     [("hypothetical", "'if he is late' is hypothetical: no EDU-ATT"),
      ("historical", "no self-harm since July (MH-ADULT still present via ongoing DBT group)")]),
])

# ---------------------------------------------------------------- Z104
case("Z104", "Fernhollow", "2025-01-20", [
    ("yellow", "Marcus (dad) has been signed off work with severe depression since November and his sick pay ends next month. He is two months behind with the council tax and has had a reminder. Referred to Fernhollow Citizens Advice.",
     ["MH-ADULT", "FIN"],
     []),
    ("orange", "Ellie (15) has refused school since October and is on a part-time timetable. She told the school nurse she has been scratching her wrists, and CAMHS have accepted the referral. Her mum lives in Cornwall, has a history of heavy drinking and has had no contact with Ellie for two years.",
     ["EDU-ATT", "MH-CHILD"],
     [("outside_household", "mother in Cornwall, no contact, drinking history: not SUB (convention 6)")]),
], "2025-08-04", [
    ("green", "The part-time timetable ended in April and Ellie has been in full-time since. CAMHS closed her case in July; she sees the school nurse fortnightly to talk about her mood. Marcus is back at work on a phased return and still takes his antidepressants. The council tax arrears were paid off in June.",
     ["MH-CHILD", "MH-ADULT"],
     [("historical", "part-time timetable ended in April: EDU-ATT over"),
      ("historical", "council tax arrears paid off in June: FIN over"),
      ("historical", "CAMHS closed (MH-CHILD present via school nurse mood sessions)")]),
])

# ---------------------------------------------------------------- Z105
case("Z105", "Saltmarsh", "2025-05-12", [
    ("blue", "Sanjay (dad) works nights at the bus depot and looks after the children in the daytime. Both sets of grandparents live nearby and help out. The family are not in any financial difficulty.",
     [],
     [("lookalike", "'bus depot' is not a depot injection"),
      ("negated", "no financial difficulty; night shifts are not FIN (convention 5)")]),
    ("yellow", "Priya (mum) has OCD and spends several hours a day cleaning. She makes Arjun (7) strip and wash as soon as he comes in from school, and most evenings end in shouting between the two of them. Meera (3) has not been to nursery since February because of Priya's fear of germs. EH worker allocated; the home is very clean and there are no concerns about food or basic care.",
     ["MH-ADULT", "REL-PAR", "EYD"],
     [("negated", "no concerns about food or basic care: no SAFE-NEG"),
      ("decision", "parent-child shouting = REL-PAR (convention 8); under-5 nursery non-attendance = EYD")]),
], "2025-11-17", [
    ("green", "Meera started at Seaview Nursery in September and goes three mornings a week. Her keyworker says her speech is still behind and she is waiting for a speech and language therapy appointment. Priya has finished her CBT course, still does the exposure exercises at home and has a follow-up in December.",
     ["EYD", "MH-ADULT"],
     [("decision", "CBT finished but exercises and follow-up ongoing = managing, MH-ADULT present in green box")]),
])

# ---------------------------------------------------------------- Z106
case("Z106", "Kestrel Moor", "2025-06-02", [
    ("yellow", "Claire (mum) is under the community eating disorder service for anorexia and sees their dietitian weekly. Ben now does all the cooking and says mealtimes are tense. Sophie (13) has started skipping lunch at school and asking how many calories things have in them.",
     ["MH-ADULT", "MH-CHILD"],
     [("lookalike", "Ben (adult) doing the cooking is not CARER"),
      ("decision", "Sophie's restricting and calorie-checking read as an emotional wellbeing concern = MH-CHILD, not SAFE-NEG")]),
    ("orange", "Claire's weight has dropped again and the eating disorder team are considering an admission. Harry (9) still wets the bed most nights. The GP has referred Sophie to CAMHS and school are drawing up a TAF plan.",
     ["MH-ADULT", "PH", "MH-CHILD"],
     [("hypothetical", "admission only being considered (MH-ADULT present anyway)"),
      ("decision", "school-age bedwetting = PH (convention 9); Claire's weight loss also PH")]),
], "2026-01-19", [
    ("yellow", "Claire was not admitted and still sees the eating disorder dietitian; her weight has been stable since October. Sophie has had six CAMHS sessions and eats lunch in the pastoral room with a member of staff.",
     ["MH-ADULT", "MH-CHILD"],
     [("negated", "not admitted"),
      ("need_met", "weight stable since October, yellow box: not a need, no PH")]),
])

# ---------------------------------------------------------------- Z107
case("Z107", "Fernhollow", "2025-03-24", [
    ("orange", "Gemma (mum) developed postpartum psychosis three weeks after Isla's birth and was admitted with her to the Mother and Baby Unit at St Aldhelm's on 10 March. Liam visits every day but admits he has been drinking most nights to switch off.",
     ["MH-ADULT", "SUB"],
     []),
    ("red", "Strategy meeting on 18 March after Gemma told staff she believed Isla had been swapped at birth. Isla has been with Gemma on the unit under staff supervision throughout, so no s47; a child in need plan will be in place for discharge. Isla (8 weeks) is feeding and gaining weight well.",
     ["MH-ADULT"],
     [("negated", "no s47"),
      ("lookalike", "'feeding and gaining weight well' is good news: no PH/EYD")]),
], "2025-09-08", [
    ("blue", "Liam has cut down to a couple of beers at the weekend and has been to the Fernhollow Recovery Hub twice. Gemma remains on a low dose of olanzapine reviewed by her GP; the perinatal team discharged her in August.",
     ["SUB", "MH-ADULT"],
     [("decision", "cut down, not stopped, and engaging with recovery service = managing, SUB present in blue box"),
      ("historical", "perinatal team discharge is over (MH-ADULT present via ongoing olanzapine)")]),
])

# ---------------------------------------------------------------- Z108
case("Z108", "Brindle Cross", "2025-02-17", [
    ("blue", "Lisa says mornings are 'manic' with four of them trying to get out of the door, but her mum has Callum for tea twice a week and that helps. Tom (Lisa's partner) has schizophrenia; he has his depot every two weeks and Lisa makes sure he gets to the clinic.",
     ["MH-ADULT"],
     [("lookalike", "'manic' mornings is everyday speech, not mania"),
      ("lookalike", "depot injection is antipsychotic treatment, not SUB")]),
    ("orange", "Callum (16) left college before Christmas and is not working or in training. He was arrested in January for criminal damage to a bus shelter and has a referral order with the youth justice service. He says he has nothing to get up for.",
     ["EDU-NEET", "CRIME"],
     [("decision", "16+ NEET is EDU-NEET only, no FIN (convention 11)")]),
], "2026-02-02", [
    ("yellow", "Callum started a construction traineeship with Brindle Cross Works in October and his referral order finished in November with no further offences. Tom missed one depot injection in the autumn when he had flu but has had every one on time since.",
     ["MH-ADULT"],
     [("historical", "now in training: EDU-NEET over"),
      ("historical", "referral order finished, no further offences: CRIME over"),
      ("historical", "flu in the autumn: PH over"),
      ("decision", "ongoing depot injections = ongoing treatment (convention 4), MH-ADULT present")]),
])

# ---------------------------------------------------------------- Z109
case("Z109", "Saltmarsh", "2025-09-01", [
    ("yellow", "Natalie (mum) has severe depression and told her GP last month that she has had thoughts of ending her life, though she has no plan. She is waiting for a CMHT assessment. Poppy (10) makes her cups of tea, reminds her to take her tablets and stays in at weekends because she does not want to leave her alone.",
     ["MH-ADULT", "CARER"],
     []),
    ("orange", "Natalie and Craig separated in June and row about contact at handovers in front of Poppy; both say there has been no violence or threats. Craig has applied to the family court for Poppy to live with him. Police have never been called.",
     ["REL-CONF"],
     [("negated", "no violence or threats: not DA"),
      ("negated", "police never called: no CRIME")]),
], "2026-01-26", [
    ("blue", "Handovers now happen at Poppy's nan's house and Natalie and Craig arrange them through a co-parenting app, as they still find it hard to talk face to face. Natalie takes her antidepressants and sees her GP monthly. Poppy goes to the young carers club at school and has started Brownies.",
     ["REL-CONF", "MH-ADULT", "CARER"],
     [("decision", "contact arrangements still being managed (blue box) = REL-CONF present, not over")]),
])

# ---------------------------------------------------------------- Z110
case("Z110", "Fernhollow", "2025-10-06", [
    ("orange", "Laura (mum) was detained under section 3 on 22 September after a relapse of her bipolar disorder; she had stopped taking her lithium in August. While she has been in hospital her landlord has served a section 21 notice, and the rent is £1,400 in arrears. Charlie (7) and Ruby (5) are staying with their aunt Jo and have missed four days of school because of the distance.",
     ["MH-ADULT", "HOUS", "FIN", "EDU-ATT"],
     [("lookalike", "'section 3' (Mental Health Act) and 'section 21' (housing) are not s20/s47 social-care cues"),
      ("lookalike", "aunt Jo is a kinship carer, not CARER")]),
    ("red", "Jo cannot keep the children beyond half-term because of her work. Children's social care are completing a child and family assessment under s17 because Laura is still on the psychiatric ward and the children's father is not involved. Accommodation under s20 would only be considered if no other relative can step in.",
     ["MH-ADULT"],
     [("hypothetical", "s20 only if no relative can step in"),
      ("outside_household", "father not involved: not coded")]),
], "2026-03-09", [
    ("blue", "Laura came home in December and is back on lithium. She and her sister Jo have written down who will have the children if Laura becomes unwell again. The family moved to a housing association flat in November and the rent is paid by direct debit; the children have been on time every day since they moved back.",
     ["MH-ADULT"],
     [("hypothetical", "plan for if Laura becomes unwell again"),
      ("historical", "moved to new flat, rent by direct debit: HOUS and FIN over"),
      ("historical", "on time every day since moving back: EDU-ATT over")]),
])

# ---------------------------------------------------------------- Z111
case("Z111", "Kestrel Moor", "2025-04-28", [
    ("green", "Mason (10) is on the waiting list for an ADHD assessment and the SENCO has put SEN support in place, including movement breaks.",
     ["EDU-SEND"],
     []),
    ("yellow", "Daniel (dad) has EUPD; he was discharged from the personality disorder service last year but says his moods still swing quickly and he snaps at the children. He and Kerry argue a lot about Mason's behaviour at home. Kerry says she has never felt frightened of Daniel and there has been no violence.",
     ["MH-ADULT", "REL-CONF", "REL-PAR"],
     [("historical", "discharged from the PD service last year (MH-ADULT present: moods still swing)"),
      ("negated", "never frightened, no violence: not DA")]),
], "2025-12-01", [
    ("blue", "Kerry and Daniel finished the Reducing Parental Conflict course in October and now use an agreed 'time out' signal when a row starts. Mason was diagnosed with ADHD in September and takes medication before school.",
     ["REL-CONF", "EDU-SEND"],
     [("decision", "course finished but the couple still manage rows with a signal = managing, REL-CONF present"),
      ("lookalike", "ADHD medication is not SUB; ADHD stays EDU-SEND, not PH")]),
])

# ---------------------------------------------------------------- Z112
case("Z112", "Saltmarsh", "2025-11-10", [
    ("yellow", "Hannah (mum) has panic attacks and has not left the house since the summer. Paul works two weeks on, two weeks off on the rigs, and while he is away Lily (6) and Jacob (9) only get to school if a neighbour can take them. Lily's attendance is 79%.",
     ["MH-ADULT", "EDU-ATT"],
     [("lookalike", "shift/rota work is not FIN (convention 5)"),
      ("outside_household", "neighbour helps: not coded")]),
    ("orange", "Jacob (9) goes to the corner shop for milk and bread and collects his mum's prescriptions. He told his teacher he is scared Mum will 'have a heart attack' when she panics, and school have referred him to CAMHS.",
     ["CARER", "MH-CHILD", "MH-ADULT"],
     [("lookalike", "'heart attack' is a child's fear about panic, not a physical illness: no PH")]),
], "2026-04-20", [
    ("yellow", "Jacob had a CAMHS assessment in January and was discharged with no further input needed. He now goes to the young carers group and no longer does the shopping on his own. Hannah is doing graded walks with her therapist and takes the children to school three days a week.",
     ["CARER", "MH-ADULT"],
     [("historical", "CAMHS assessment then discharged: MH-CHILD over"),
      ("decision", "young carers group ongoing = CARER present (convention 4); therapy ongoing = MH-ADULT")]),
])

# ---------------------------------------------------------------- Z113 (assessment only)
case("Z113", "Brindle Cross", "2025-07-07", [
    ("blue", "Steve (dad) has self-excluded from all the betting apps and his brother is holding his bank card for now. He is paying his brother back £50 a week.",
     ["FIN"],
     [("lookalike", "'self-excluded' from gambling is not a school exclusion: no EDU-EXC"),
      ("decision", "repaying a debt to his brother = managing, FIN present; gambling is FIN not SUB (convention 10)")]),
    ("yellow", "During a hypomanic spell in May, Steve ran up £6,000 of gambling debt on credit cards. He has bipolar disorder and is back under the CMHT, and his psychiatrist has started him on lithium. StepChange debt advice appointment booked.",
     ["MH-ADULT", "FIN"],
     [("lookalike", "gambling debt is FIN, not SUB")]),
    ("orange", "Ellis (15) was suspended for three days after a fight with a boy who had posted online that his dad is 'a psycho'. Police attended the fight at the school gates. Since then Ellis has refused to go to school on most days and says the posts are still going round.",
     ["EDU-EXC", "CRIME", "SAFE-EXP", "EDU-ATT"],
     [("lookalike", "'a psycho' is a taunt, not a description of dad's mental health: no MH-ADULT from this box"),
      ("decision", "police called to a young person's fight = CRIME (convention 7); online posts targeting him = bullying, SAFE-EXP")]),
])

# ---------------------------------------------------------------- Z114
case("Z114", "Fernhollow", "2025-05-19", [
    ("orange", "Kirsty (mum) believes the neighbours are poisoning the water and will only let the children drink bottled water. She has stopped her antipsychotic and is not answering her care coordinator; the Home Treatment Team are visiting twice a day. Riley (8) has missed eleven days this term.",
     ["MH-ADULT", "EDU-ATT"],
     [("outside_household", "neighbours named only in mum's delusion: nothing coded for them"),
      ("decision", "bottled water only is part of mum's delusion, not neglect: no SAFE-NEG")]),
    ("red", "ICPC held on 14 May: Riley and Sienna (3) are on child protection plans under neglect. At the last visit there was no food in the fridge and Sienna's nappy had not been changed for hours. Their father is in prison and has no contact.",
     ["SAFE-NEG"],
     [("outside_household", "father in prison, no contact: not CRIME (convention 6)")]),
], "2025-12-08", [
    ("orange", "The child protection plans ended in November and the case stepped down to a TAF plan. Kirsty is back with her care coordinator and has a monthly depot. There is food in the house and the children are clean and well cared for.",
     ["MH-ADULT"],
     [("historical", "CP plans ended"),
      ("need_met", "food in house, children clean: SAFE-NEG met, not coded in an orange box")]),
])

# ---------------------------------------------------------------- Z115 (assessment only)
case("Z115", "Kestrel Moor", "2025-11-03", [
    ("blue", "Emma's mother, who lives in Spain, has bipolar disorder, and Emma flies out to help when she is unwell. Rosie stays with her dad's family while Emma is away. Emma says her own mood is good.",
     [],
     [("outside_household", "grandmother in Spain has bipolar disorder: not MH-ADULT"),
      ("negated", "Emma's own mood is good")]),
    ("green", "Rosie (8) misses school whenever Emma goes to Spain, and her attendance is 88%. School have written to Emma about it.",
     ["EDU-ATT"],
     []),
])

# ---------------------------------------------------------------- Z116
case("Z116", "Saltmarsh", "2025-06-16", [
    ("yellow", "Tracey (mum) has a hoarding disorder. The living room and two bedrooms are full of bags, so Kai (13) sleeps on the sofa, and there is rotting food in the kitchen. The children's clothes are often unwashed. EH worker allocated.",
     ["MH-ADULT", "SAFE-NEG"],
     [("lookalike", "Kai sleeping on the sofa is about the hoard, not overcrowding (no HOUS) or a sleep problem (no PH)")]),
    ("orange", "The housing association has served a notice seeking possession because of the state of the flat and the fire risk from blocked exits. The fire service have carried out a safe and well visit.",
     ["HOUS"],
     [("decision", "fire service safe and well visit is not CRIME")]),
], "2026-02-23", [
    ("green", "Tracey sees a psychologist through her GP about the hoarding and has cleared both bedrooms, so Kai has his own room back. The kitchen is clean and there is food in. The housing association withdrew their notice in January but will look at the flat again in the spring.",
     ["MH-ADULT"],
     [("historical", "notice withdrawn in January: HOUS over; a future look is only monitoring"),
      ("historical", "kitchen clean, food in: SAFE-NEG over")]),
])

# ---------------------------------------------------------------- Z117
case("Z117", "Brindle Cross", "2025-09-15", [
    ("green", "Zara's midwife sees her fortnightly and the pregnancy is going well. Her lithium was switched to a medicine that is safer in pregnancy.",
     ["MH-ADULT"],
     [("decision", "pregnancy going well is not PH"),
      ("decision", "ongoing mood-stabiliser treatment (switched from lithium) = MH-ADULT present")]),
    ("yellow", "Amir (4) is in the nursery class at Brindle Cross Primary and has about 30 words; the speech and language therapist has seen him twice. Imran (dad) has started a parenting course because Amir's tantrums at home are getting harder to manage. Zara (mum), who has bipolar disorder, is 28 weeks pregnant and under the perinatal mental health team.",
     ["EYD", "REL-PAR", "MH-ADULT"],
     [("decision", "speech delay at 4 in nursery class = EYD (convention 9), not EDU-SEND")]),
], "2026-03-02", [
    ("blue", "Baby Noor was born in December and Zara has stayed well. Their relapse plan says that if Zara goes two nights without sleep, Imran will ring the perinatal team and his mother will come to stay. Imran says Amir's tantrums stopped after the parenting course.",
     [],
     [("hypothetical", "relapse plan only: no MH-ADULT, no PH"),
      ("historical", "tantrums stopped: REL-PAR over")]),
])

# ---------------------------------------------------------------- Z118
case("Z118", "Fernhollow", "2025-02-24", [
    ("yellow", "Chloe has EUPD and sees a support worker from Fernhollow Mind every week. Harvey (12) refuses to go to bed and swore at his mum when she took his phone away.",
     ["MH-ADULT", "REL-PAR"],
     [("decision", "bedtime refusal is behaviour at home (REL-PAR), not a sleep problem")]),
    ("orange", "Chloe's new partner Lee moved in at Christmas. She says he checks her phone, controls her money and tells her she is 'mental' and will lose the kids. DASH completed and referred to MARAC.",
     ["DA"],
     [("lookalike", "'mental' is the abuser's insult, not a mental health need"),
      ("lookalike", "controlling her money is economic abuse (DA), not FIN")]),
], "2025-09-29", [
    ("blue", "Lee moved out in April and has not been in touch since; Chloe finished the Freedom Programme in July. Harvey sticks to the phone curfew he agreed with his mum. Chloe still sees her Mind worker and says she is better at spotting when she is getting overwhelmed.",
     ["REL-PAR", "MH-ADULT"],
     [("historical", "partner gone since April, Freedom Programme finished: DA over"),
      ("decision", "agreed phone curfew kept = managing, REL-PAR present in blue box")]),
])

# ---------------------------------------------------------------- Z119
case("Z119", "Kestrel Moor", "2025-10-20", [
    ("green", "Owen (dad) has PTSD from his army service and is under Forward Line, the veterans' mental health service. He struggles with fireworks and loud bangs.",
     ["MH-ADULT"],
     []),
    ("yellow", "Freya (16) dropped out of sixth form in September after a month and has not found work or a course. She stays at home most days and says she is too anxious to go out. Referred to the Kestrel Moor youth employment worker.",
     ["EDU-NEET", "MH-CHILD"],
     [("decision", "16-year-old's anxiety is MH-CHILD (young person), not MH-ADULT; no FIN (convention 11)")]),
], "2026-04-13", [
    ("blue", "Freya started an apprenticeship at a vet's practice in February and loves it; she says the anxiety has gone now she has a routine. Owen has finished with Forward Line and volunteers at a veterans' allotment.",
     [],
     [("historical", "apprenticeship started: EDU-NEET over"),
      ("historical", "anxiety gone: MH-CHILD over"),
      ("historical", "Owen finished with the service: MH-ADULT over")]),
])

# ---------------------------------------------------------------- Z120
case("Z120", "Saltmarsh", "2025-03-31", [
    ("green", "Lola (9) has been arriving at school without breakfast and her PE kit is often dirty. School have given her a place at breakfast club.",
     ["SAFE-NEG"],
     [("decision", "hungry child = SAFE-NEG, no FIN without a money problem (convention 10)")]),
    ("yellow", "Bethany (mum) has been very low since her own mother died last year and is on the waiting list for the CMHT. Dean says he has 'a few cans' most nights and doesn't see it as a problem, but Bethany says he gets loud and falls asleep on the sofa. Given the details of the drug and alcohol service.",
     ["MH-ADULT", "SUB"],
     [("decision", "Dean's denial does not negate: Bethany describes current problem drinking, SUB present")]),
    ("orange", "Oscar (14) took an overdose of paracetamol on 20 March and was treated in A&E. He is now open to the CAMHS crisis team and has a safety plan.",
     ["MH-CHILD"],
     [("lookalike", "paracetamol overdose is self-harm (MH-CHILD), not SUB"),
      ("decision", "A&E treatment for the overdose not coded PH")]),
], "2025-10-27", [
    ("blue", "Dean has not had a drink since June and goes to an AA meeting every Tuesday. Bethany started antidepressants from her GP and is brighter. Lola has breakfast at home now.",
     ["SUB", "MH-ADULT"],
     [("decision", "abstinent but still attending AA weekly = managing (blue box), SUB present"),
      ("historical", "Lola has breakfast at home now: SAFE-NEG over")]),
])

# ---------------------------------------------------------------- Z121
case("Z121", "Brindle Cross", "2025-11-24", [
    ("green", "Stacey (mum) has schizoaffective disorder and has a monthly depot at the GP surgery; she has been stable and out of hospital for three years. Her mum lives with them and does most of the school runs.",
     ["MH-ADULT"],
     [("historical", "last admission three years ago"),
      ("lookalike", "grandmother doing school runs is not CARER")]),
    ("yellow", "Nan was diagnosed with COPD in October and gets very breathless walking to school. Harley (6) has started carrying her bag and fetching her inhaler. Referred to the young carers service for an assessment.",
     ["PH", "CARER"],
     []),
], "2026-05-11", [
    ("blue", "Stacey now does the school run on the days Nan is breathless. Harley still fetches Nan's inhaler when she needs it and goes to the junior young carers group once a month.",
     ["PH", "CARER"],
     [("decision", "Nan lives in the household, so her COPD is PH for the family")]),
])

# ---------------------------------------------------------------- Z122
case("Z122", "Fernhollow", "2025-06-23", [
    ("yellow", "Leanne (mum) has bipolar disorder. Last month police used section 136 to take her to a place of safety after she was found walking in the road at night, and she is now under the Home Treatment Team. Chris (dad) is holding things together but has taken two weeks off work.",
     ["MH-ADULT"],
     [("lookalike", "police using s136 is safeguarding, not CRIME (convention 7)")]),
    ("orange", "Kyle (15) has been reported missing three times since April and was once found in Birmingham with £300 and two phones. Police and the exploitation team think he is being used to run drugs, and he is on a TAF plan.",
     ["SAFE-EXP"],
     [("decision", "police finding a missing, exploited child is not CRIME; no drugs found on him")]),
], "2025-11-03", [
    ("orange", "Kyle has had no missing episodes since August, but the exploitation team still see him weekly because he was seen with older youths linked to a local gang in October.",
     ["SAFE-EXP"],
     [("historical", "no missing episodes since August (SAFE-EXP present via current gang concern)")]),
])

# ---------------------------------------------------------------- Z123
case("Z123", "Kestrel Moor", "2025-01-13", [
    ("yellow", "Nicole (mum) has depression and has stopped taking her antidepressants because they made her feel numb. Amber (11), who is autistic and has an EHCP at Hollybank School, has meltdowns at home most evenings that Nicole struggles to manage.",
     ["MH-ADULT", "EDU-SEND", "REL-PAR"],
     [("decision", "stopping medication does not end the depression: MH-ADULT present")]),
    ("orange", "Nicole, Amber and Sam (8) share a one-bedroom flat and Nicole sleeps on the sofa. There is black mould in the bedroom and Amber has had three chest infections this winter. Environmental health have been asked to inspect.",
     ["HOUS", "PH"],
     [("lookalike", "sleeping on the sofa is overcrowding (HOUS), not a sleep problem")]),
], "2025-07-21", [
    ("green", "Nicole is on a different antidepressant from her GP that suits her better. Amber's meltdowns are less frequent since Nicole started using a visual timetable at home. The family moved to a three-bedroom council house in June.",
     ["MH-ADULT", "REL-PAR"],
     [("historical", "moved to a three-bedroom house: HOUS over"),
      ("decision", "meltdowns less frequent, still happening = managing, REL-PAR present")]),
])

# ---------------------------------------------------------------- Z124
case("Z124", "Saltmarsh", "2025-04-14", [
    ("green", "Reece (13) gets stomach aches on Monday mornings and has missed six Mondays this term. The GP found nothing physically wrong and thinks it is anxiety.",
     ["EDU-ATT", "MH-CHILD"],
     [("negated", "nothing physically wrong: no PH")]),
    ("yellow", "Shauna (mum) has bulimia and her GP has referred her to the adult eating disorder service; she says she is making herself sick several times a day. Nathan now does the food shopping and keeps less food in the house to make it easier for her.",
     ["MH-ADULT"],
     [("lookalike", "'less food in the house' is a deliberate support for mum's bulimia, not SAFE-NEG or FIN")]),
], "2025-10-06", [
    ("blue", "Reece uses the breathing exercises the school nurse taught him for his Sunday night worries and has not missed a Monday since September. Shauna has weekly sessions with the eating disorder service.",
     ["MH-CHILD", "MH-ADULT"],
     [("historical", "no missed Mondays since September: EDU-ATT over")]),
])

# ---------------------------------------------------------------- Z125
case("Z125", "Brindle Cross", "2025-08-18", [
    ("green", "Faye (mum) moved from Leeds in July and has not registered with a GP yet, so her lithium for bipolar disorder ran out last week. Bella (2) has missed her one-year immunisations. Faye's cousin lives in the next street and has said she would have Bella if Faye ever needs to go into hospital.",
     ["MH-ADULT", "PH"],
     [("hypothetical", "cousin would have Bella only if Faye goes into hospital"),
      ("outside_household", "cousin in the next street")]),
    ("yellow", "Faye's Universal Credit stopped when she moved and she has been to the St Luke's food bank twice. Citizens Advice are helping with a new claim.",
     ["FIN"],
     []),
], "2026-01-12", [
    ("yellow", "Faye's UC is back in payment but she is repaying an advance at £60 a month and still uses the food bank at the end of each month.",
     ["FIN"],
     []),
])

# ---------------------------------------------------------------- Z126
case("Z126", "Fernhollow", "2025-05-05", [
    ("yellow", "Georgia (mum) went into the Beechwood Unit as an informal patient on 21 April with severe depression and psychotic symptoms. Ethan (9) and Daisy (6) are staying with their dad Matt across town while she is in hospital.",
     ["MH-ADULT"],
     []),
    ("orange", "Ethan has wet the bed most nights since his mum went into hospital and has been sent home from school twice for kicking staff. School have said a managed move may be considered if this carries on.",
     ["PH", "EDU-EXC"],
     [("hypothetical", "managed move only if it carries on (EDU-EXC present anyway from being sent home)")]),
], "2025-10-20", [
    ("blue", "Georgia came home in June and the children moved back with her. She still takes her antidepressant and antipsychotic, and Matt has the children every other weekend. Ethan's bedwetting stopped over the summer.",
     ["MH-ADULT"],
     [("historical", "bedwetting stopped: PH over"),
      ("decision", "settled contact with dad is not REL-CONF")]),
])

# ---------------------------------------------------------------- Z127
case("Z127", "Kestrel Moor", "2025-12-01", [
    ("green", "Jamal (dad) has bipolar disorder and has been on lithium for ten years. In November he spent three days on a medical ward with lithium toxicity, and the GP is now monitoring his kidneys.",
     ["MH-ADULT", "PH"],
     [("decision", "lithium toxicity with ongoing kidney monitoring is a physical problem = PH")]),
    ("yellow", "Sinead (mum) works full-time and says she is worn out and tearful; she has asked the EH worker about counselling. Maya (10) keeps asking whether Dad will have to go back into hospital and is frightened of it happening.",
     ["MH-ADULT", "MH-CHILD"],
     [("hypothetical", "Dad going back into hospital is Maya's fear, not an event")]),
], "2026-05-25", [
    ("blue", "Jamal's kidney function is back to normal and he has moved from lithium to a different mood stabiliser. Sinead finished six counselling sessions in March and says she no longer feels low. Maya talks to the school's ELSA each week about her dad.",
     ["MH-ADULT", "MH-CHILD"],
     [("historical", "kidney function back to normal: PH over"),
      ("historical", "Sinead finished counselling, no longer low (MH-ADULT present via Jamal's mood stabiliser)")]),
])

# ---------------------------------------------------------------- Z128
case("Z128", "Saltmarsh", "2025-07-28", [
    ("yellow", "Archie (10 months) is not sitting unsupported yet and has missed two health visitor development checks. Portage have made their first visit.",
     ["EYD"],
     [("decision", "missed HV development checks for a baby = EYD, not PH")]),
    ("red", "Archie (10 months) has been on a child protection plan under neglect since June. Courtney (mum) smokes cannabis every day, and her dual diagnosis worker says it is making her paranoia worse. A PLO letter was issued on 20 July.",
     ["SAFE-NEG", "SUB", "MH-ADULT"],
     []),
], "2026-02-16", [
    ("orange", "The PLO ended in December, and in January Archie came off his child protection plan onto a child in need plan. Courtney has cut down to smoking cannabis at weekends and still sees her dual diagnosis worker fortnightly; she says the paranoia has eased.",
     ["SUB", "MH-ADULT"],
     [("historical", "PLO and CP plan ended"),
      ("box_level", "child in need plan is a red cue but the box is orange: codes take orange")]),
])

# ---------------------------------------------------------------- Z129
case("Z129", "Brindle Cross", "2025-10-13", [
    ("green", "Rachel's GP reviews her depression monthly; she turned down talking therapies. Declan is on the GP's register of young carers.",
     ["MH-ADULT", "CARER"],
     [("negated", "talking therapies declined (MH-ADULT present via GP reviews)")]),
    ("yellow", "Declan (17) left college in the summer to look after his mum Rachel, who has severe depression and rarely gets out of bed. He does the cooking and cleaning and manages her tablets, and says he has no time to look for work.",
     ["CARER", "EDU-NEET", "MH-ADULT"],
     [("decision", "17-year-old carer is a young carer = CARER; NEET with no FIN (convention 11)")]),
], "2026-03-30", [
    ("blue", "Declan started a part-time course at Brindle Cross College in January, two days a week, and his aunt sits with Rachel on those days. He still does most of her care on the other days. Rachel has accepted a CMHT referral.",
     ["CARER", "MH-ADULT"],
     [("historical", "now on a college course: EDU-NEET over"),
      ("outside_household", "aunt sitting with Rachel is not coded")]),
])

# ---------------------------------------------------------------- unboxed notes
# (id, locality, stage, date, text, codes, level, traps)
NOTES = [
    ("ZV01", "Kestrel Moor", "assessment", "2025-03-12",
     "Phone call from Mr Price. His wife Alison was admitted to Larchfield under section 2 last night after the crisis team visited. He is off work looking after Evie (4) and Sam (7), and Sam has been running Evie's bath and putting her to bed. Family support worker to visit on Thursday.",
     ["MH-ADULT", "CARER"], "yellow",
     [("lookalike", "'section 2' (Mental Health Act) is not a red social-care cue; highest cue is the family support worker = yellow")]),
    ("ZV02", "Saltmarsh", "assessment", "2025-05-20",
     "Strategy meeting today after Mrs Kerr told her care coordinator she had been hearing a voice telling her to hurt the baby. s47 enquiries agreed. Her husband works nights and will swap to days for the next month. The children's school have no concerns.",
     ["MH-ADULT"], "red",
     [("negated", "school have no concerns"),
      ("lookalike", "night work is not FIN")]),
    ("ZV03", "Fernhollow", "assessment", "2025-09-09",
     "Home visit. Mr Haddad has severe OCD and spends hours each day checking the doors and the gas; he is on the waiting list for the specialist OCD service. Youssef (11) does the family's shopping and interprets for his parents at appointments. Referred Youssef to Fernhollow Young Carers; EH worker to visit fortnightly.",
     ["MH-ADULT", "CARER"], "yellow",
     []),
    ("ZV04", "Brindle Cross", "closure", "2025-12-03",
     "Closure summary. Tanya's mood has been stable for six months on her current medication, which her GP now reviews. Housing and money are not a concern. She knows to ring the crisis line if things change.",
     ["MH-ADULT"], "green",
     [("negated", "housing and money not a concern"),
      ("hypothetical", "crisis line only if things change: not a level cue"),
      ("decision", "stable on ongoing medication = ongoing treatment, MH-ADULT present; GP = green")]),
    ("ZV05", "Kestrel Moor", "assessment", "2025-07-02",
     "Police were called to the house at 2am by a neighbour who heard shouting. Mr Lowe was elated and not making sense and was arguing with his wife about money he had spent. No violence and no injuries; officers took no further action and the crisis team saw him in the morning. The children slept through.",
     ["MH-ADULT", "REL-CONF"], "orange",
     [("negated", "no violence, no injuries: argument is REL-CONF, not DA"),
      ("lookalike", "police call-out about an adult's mental state, no offence: not CRIME (but still an orange level cue)"),
      ("lookalike", "children slept through: not PH"),
      ("decision", "argument about money he spent describes no debt or arrears: not FIN")]),
    ("ZV06", "Saltmarsh", "closure", "2026-02-10",
     "TAF review. Idris (15) was discharged from CAMHS in January. He is on a managed move to Harbour Academy after his permanent exclusion was overturned, and is settling in. Nadia continues to see her psychiatrist for bipolar disorder and says her husband has been her rock.",
     ["EDU-EXC", "MH-ADULT"], "orange",
     [("historical", "discharged from CAMHS: MH-CHILD over"),
      ("decision", "exclusion overturned but managed move ongoing = EDU-EXC present")]),
    ("ZV07", "Fernhollow", "assessment", "2025-04-16",
     "Health visitor contact. Lauren had postnatal depression after her first baby but has felt well throughout this pregnancy and since Finley's birth six weeks ago; her EPDS score is low. Ruby (3) has not taken up her funded nursery place yet, so the HV will send the list of local nurseries.",
     ["EYD"], "green",
     [("historical", "postnatal depression after first baby: MH-ADULT historical"),
      ("negated", "felt well, low EPDS score")]),
    ("ZV08", "Brindle Cross", "assessment", "2025-11-19",
     "Drop-in at the family hub. Mr Okafor says his wife's low mood has come back this winter and she spends most of the day in bed. Gave him a leaflet for the Mind peer support group and the talking therapies self-referral number; he will talk to her and they will decide.",
     ["MH-ADULT"], "blue",
     [("decision", "services only signposted, family to act itself = blue cue")]),
    ("ZV09", "Kestrel Moor", "closure", "2026-01-21",
     "Jess (14) remains open to CAMHS for anxiety. Her mum finished the STEPPS group in the autumn and was discharged by the community team, with no input since October. Jess's older brother, who has his own flat, was arrested last month for possession of cannabis.",
     ["MH-CHILD"], "orange",
     [("historical", "mum's group finished and discharged: MH-ADULT over"),
      ("outside_household", "brother with his own flat arrested for cannabis: not CRIME, not SUB")]),
    ("ZV10", "Fernhollow", "assessment", "2025-08-27",
     "ICPC for Kayden (5) and Lacey (2). Mum's partner Jordan, who lives with them, has psychosis and is not engaging with his care coordinator. On 12 August he threatened Mum with a knife and was arrested. Both children are now on child protection plans; Mum has an IDVA.",
     ["DA", "MH-ADULT"], "red",
     [("lookalike", "arrest for threatening the adult victim is DA only, not CRIME (convention 7)")]),
]


# ---------------------------------------------------------------- writer
def main():
    rows, gold, traps = [], [], {}
    for c in CASES:
        for stage_key, stage in (("A", "assessment"), ("C", "closure")):
            t = c[stage_key]
            if not t:
                continue
            date, boxes = t
            boxes = sorted(boxes, key=lambda b: LEVELS.index(b[0]))
            tid = "%s-%s" % (c["case"], stage_key)
            for level, text, codes, tr in boxes:
                nid = "%s-%s" % (tid, level)
                rows.append([nid, tid, c["case"], stage, date, level, c["loc"], text])
                for code in codes:
                    gold.append([nid, code, level])
                traps[nid] = [{"type": a, "note": b} for a, b in tr]
    for nid, loc, stage, date, text, codes, level, tr in NOTES:
        rows.append([nid, nid, nid, stage, date, "", loc, text])
        for code in codes:
            gold.append([nid, code, level])
        traps[nid] = [{"type": a, "note": b} for a, b in tr]
    with open(os.path.join(OUT, "narratives.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"])
        w.writerows(rows)
    with open(os.path.join(OUT, "gold.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "code", "level"])
        w.writerows(gold)
    with open(os.path.join(OUT, "traps.json"), "w", encoding="utf-8") as f:
        json.dump(traps, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print("narratives %d, gold rows %d" % (len(rows), len(gold)))


if __name__ == "__main__":
    main()
