#!/usr/bin/env python3
"""Blind hand-coded gold set z18: children's emotional wellbeing and mental health.

Every narrative, its gold codes and its trap notes are written out by hand below.
Running this script writes narratives.csv, gold.csv and traps.json next to it.
Standard library only.
"""
import csv
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

NARR = []   # one dict per narrative


def box(case, st, level, date, loc, text, codes, traps=()):
    """A narrative written in a level box of a triage (st = 'A' or 'C')."""
    NARR.append({
        "narrative_id": f"{case}-{st}-{level}",
        "triage_id": f"{case}-{st}",
        "case_id": case,
        "stage": "assessment" if st == "A" else "closure",
        "date": date,
        "level": level,
        "locality": loc,
        "narrative": text,
        "codes": list(codes),
        "gold_level": level,
        "traps": [list(t) for t in traps],
    })


def note(nid, stage, date, loc, text, codes, gold_level, traps=()):
    """An unboxed case note: level column empty, one gold level from the cues."""
    NARR.append({
        "narrative_id": nid,
        "triage_id": nid,
        "case_id": nid,
        "stage": stage,
        "date": date,
        "level": "",
        "locality": loc,
        "narrative": text,
        "codes": list(codes),
        "gold_level": gold_level,
        "traps": [list(t) for t in traps],
    })


# Trap tuples are (code the look-alike points at, status, note).
# status: negated / historical / hypothetical / outside-household / look-alike / need-met

# ---------------------------------------------------------------- batch 1
# M001 Larkhollow: Maisie (13) anxiety and part-time timetable; Mum's depression
box("M001", "A", "yellow", "2025-02-04", "Larkhollow",
    "Maisie (Y8, Larkhollow Academy) has been on a mornings-only timetable since Christmas as she "
    "could not manage full days; attendance 61% this term. She describes a tight chest and feeling "
    "sick on Sunday nights and has had two panic attacks in the school toilets. Referred to the MHST "
    "for guided self-help for anxiety. Maisie denies any self-harm and school have no concerns about this.",
    ["EDU-ATT", "MH-CHILD"],
    [("MH-CHILD", "negated", "self-harm denied; MH-CHILD stays present for the anxiety and panic attacks")])
box("M001", "A", "orange", "2025-02-04", "Larkhollow",
    "Mum (Gemma) has had recurrent depression for years. After a crisis team visit in January she is "
    "open to the Community Mental Health Team and her sertraline has been increased. On her worst days "
    "she cannot get out of bed and Maisie does not get to school. No current suicidal thoughts; crisis "
    "numbers are on the fridge.",
    ["MH-ADULT", "EDU-ATT"],
    [("MH-ADULT", "negated", "no current suicidal thoughts; depression itself is present")])
box("M001", "C", "blue", "2025-07-15", "Larkhollow",
    "Maisie uses the breathing app and worry diary from her MHST sessions, and Mum says she can now talk "
    "herself down when she feels panic building. Gemma continues on sertraline with her GP and says her "
    "mood is steady.",
    ["MH-CHILD", "MH-ADULT"],
    [("MH-CHILD", "present", "blue box: managing her anxiety with strategies counts as present"),
     ("MH-ADULT", "present", "blue box: ongoing medication, managing")])
box("M001", "C", "green", "2025-07-15", "Larkhollow",
    "Back on a full timetable since May. Attendance this half term is 91%, still under the school's 95% "
    "target, so the pastoral lead is keeping a Monday morning check-in going.",
    ["EDU-ATT"])

# M002 Brindleford: Oliver (10) bereaved; Ava (4) nursery; Mum Sian grief and drinking
box("M002", "A", "green", "2025-01-21", "Brindleford",
    "Ava (4) has a funded place at Little Acorns nursery but since the funeral Mum has only managed to "
    "get her to two of her five sessions most weeks. At the HV review Ava's speech and toileting were on "
    "track. Sian has been signed off work by her GP with grief and low mood.",
    ["EYD", "MH-ADULT"],
    [("EYD", "negated", "speech and toileting on track; EYD is present only for nursery take-up")])
box("M002", "A", "yellow", "2025-01-21", "Brindleford",
    "Oliver (10) has been withdrawn and tearful since his dad died suddenly in October. He has started "
    "wetting the bed again most nights and lies awake until after midnight. Referred to the Lantern "
    "Bereavement Service for 1:1 sessions.",
    ["MH-CHILD", "PH"],
    [("PH", "present", "bedwetting and sleep at school age are PH (convention 9)")])
box("M002", "A", "orange", "2025-01-21", "Brindleford",
    "On 14/01 Oliver told his teacher he wants 'to go and be with Dad'. The DSL rang CAMHS duty and he "
    "had an urgent assessment on 17/01: no plan or intent, follow-up booked. Sian admitted she has been "
    "drinking wine most evenings since the funeral to help her sleep; she has declined a referral to the "
    "alcohol service for now.",
    ["MH-CHILD", "SUB"],
    [("MH-CHILD", "negated", "'no plan or intent' does not cancel the CAMHS involvement"),
     ("SUB", "present", "declining a service does not negate the drinking")])
box("M002", "C", "green", "2025-06-30", "Brindleford",
    "Oliver's bedwetting stopped around Easter. He still sees the school ELSA on Thursdays to work on his "
    "memory book and his teacher says he is joining in again. Sian has not had a drink since March and is "
    "back at work; she has the odd bad day and her GP is keeping an eye on her mood.",
    ["MH-CHILD", "MH-ADULT"],
    [("PH", "historical", "bedwetting stopped at Easter"),
     ("SUB", "historical", "no drink since March")])

# M003 Ottermere: Priya (15) self-harm, CAMHS waiting list; parents separated; brother lives with Dad
box("M003", "A", "yellow", "2025-03-10", "Ottermere",
    "Priya (Y10) told the school counsellor she has been cutting her forearms, most recently last "
    "weekend. The school nurse checked the wounds and no medical treatment was needed. EHW to do a safety "
    "plan with Priya and Mum and agree who she can go to in school.",
    ["MH-CHILD"])
box("M003", "A", "orange", "2025-03-10", "Ottermere",
    "GP referral to CAMHS accepted in February and Priya is on the waiting list, estimated nine months. "
    "Mum and Dad separated last summer and still row at handovers in front of Priya. Her brother Dev (17) "
    "lives with Dad in Brindleford and was arrested last month for possession of cannabis; he is not part "
    "of this household.",
    ["MH-CHILD", "REL-CONF"],
    [("CRIME", "outside-household", "brother Dev's arrest: he lives with Dad"),
     ("SUB", "outside-household", "Dev's cannabis: he lives with Dad")])
box("M003", "C", "blue", "2025-11-18", "Ottermere",
    "Priya keeps her safety plan on her phone and uses the crisis text line when she gets urges; she says "
    "the last time she cut was in August. Mum and Dad now sort handovers through a co-parenting app; they "
    "still disagree at times but keep it away from Priya.",
    ["MH-CHILD", "REL-CONF"],
    [("MH-CHILD", "present", "blue box: still has urges and uses her safety plan = managing"),
     ("REL-CONF", "present", "blue box: managing the disagreement")])
box("M003", "C", "orange", "2025-11-18", "Ottermere",
    "Still on the CAMHS waiting list at month eight. The EH worker wrote to chase and CAMHS have confirmed "
    "she should be seen in January.",
    ["MH-CHILD"])

# M004 Fallowby: Tyler (8) ADHD pathway, sleep; Mum Kerry anxiety; child-to-parent aggression
box("M004", "A", "green", "2025-04-02", "Fallowby",
    "Tyler (Y3, St Brannoc's Primary) is on the ADHD assessment pathway and the SENCO has put in movement "
    "breaks and a now/next board. He rarely falls asleep before 11pm; the GP has given sleep hygiene advice.",
    ["EDU-SEND", "PH"])
box("M004", "A", "yellow", "2025-04-02", "Fallowby",
    "Mum (Kerry) has generalised anxiety and hardly leaves the house; she is on the Talking Therapies "
    "waiting list. She is clear that Tyler is not anxious, he is 'just wired'. When asked to come off his "
    "console Tyler kicks and hits out at her; EHW to start a routines and boundaries plan. Tyler's dad "
    "drinks heavily but lives in Ottermere and sees Tyler alternate Saturdays at Nan's.",
    ["MH-ADULT", "REL-PAR"],
    [("MH-CHILD", "negated", "Tyler 'not anxious'; the anxiety is Mum's"),
     ("SUB", "outside-household", "Dad's drinking: he lives elsewhere"),
     ("DA", "look-alike", "child hitting parent is REL-PAR, not DA (convention 8)")])
box("M004", "C", "blue", "2025-09-29", "Fallowby",
    "Tyler is asleep by about 9pm most nights using the bedtime routine Mum picked up at the sleep "
    "workshop. Kerry is halfway through her Talking Therapies sessions and now walks him to school herself. "
    "She sticks to the console cut-off and reward chart and there has been no hitting since June.",
    ["PH", "MH-ADULT", "REL-PAR"],
    [("REL-PAR", "historical", "hitting over since June, but the routine/reward chart is managed = present in blue")])

# ---------------------------------------------------------------- batch 2
# M005 Larkhollow: Ella (14) restrictive eating
box("M005", "A", "green", "2025-05-12", "Larkhollow",
    "PE staff noticed Ella (Y9) skipping lunch and looking thinner. She told the school nurse she feels "
    "'disgusting' after eating. The GP has weighed her and done bloods: she has lost 4kg since Christmas.",
    ["MH-CHILD", "PH"],
    [("PH", "present", "weight loss is PH; the eating worry itself is MH-CHILD")])
box("M005", "A", "orange", "2025-05-12", "Larkhollow",
    "GP has referred Ella to the CAMHS eating disorder team and she is awaiting triage. Mum has found food "
    "hidden in Ella's wardrobe. Ella says she has never made herself sick and there is no self-harm.",
    ["MH-CHILD"],
    [("MH-CHILD", "negated", "purging and self-harm denied; the CAMHS referral still codes MH-CHILD")])
box("M005", "C", "green", "2025-12-03", "Larkhollow",
    "Ella is eating three meals and two snacks a day on her meal plan, and the school nurse weighs her every "
    "fortnight; her weight is stable.",
    ["MH-CHILD", "PH"],
    [("MH-CHILD", "present", "green box: following an eating-disorder meal plan = managing"),
     ("PH", "present", "green box: fortnightly weight monitoring = managing")])
box("M005", "C", "orange", "2025-12-03", "Larkhollow",
    "Discharged from the CAMHS eating disorder team in November and no longer on any CAMHS list.",
    [],
    [("MH-CHILD", "historical", "CAMHS discharged, no longer on any list")])

# M006 Brindleford: Jamal (12) group-chat bullying, anxiety
box("M006", "A", "blue", "2025-09-22", "Brindleford",
    "Since the group chat started Mum has put parental controls on Jamal's phone, it stays downstairs after "
    "9pm, and she has been through the school's online safety leaflet with him.",
    ["SAFE-EXP"],
    [("SAFE-EXP", "present", "blue box: family managing the online risk itself")])
box("M006", "A", "green", "2025-09-22", "Brindleford",
    "Attendance is 96% and there are no worries about his learning. He has drifted apart from his primary "
    "school friends, which Mum sees as normal for Y7; he felt a bit excluded from their group at first but "
    "has made new friends at chess club.",
    [],
    [("EDU-ATT", "negated", "good attendance, no need stated"),
     ("EDU-EXC", "look-alike", "'felt excluded' from friends is not a school exclusion"),
     ("SAFE-EXP", "negated", "friendship drift, not bullying")])
box("M006", "A", "orange", "2025-09-22", "Brindleford",
    "Jamal (Y7, Brindleford High) is being targeted in a class group chat: pupils have posted edited photos "
    "of him and messages telling him to kill himself. The DSL has the screenshots and police have been "
    "informed. Jamal feels sick every morning and is very anxious about going into the canteen.",
    ["SAFE-EXP", "MH-CHILD"],
    [("MH-CHILD", "look-alike", "'kill himself' is in other pupils' messages, not Jamal's own thoughts; MH-CHILD is for his anxiety")])
box("M006", "C", "green", "2026-01-26", "Brindleford",
    "The group chat was shut down in November after a restorative meeting and there have been no further "
    "incidents. Jamal still sees the school counsellor fortnightly for his worries about busy places like "
    "the canteen.",
    ["MH-CHILD"],
    [("SAFE-EXP", "historical", "bullying ended in November, no further incidents")])

# M007 Ottermere: Sophie (16) low mood, NEET risk, young carer for Alfie (9, autistic)
box("M007", "A", "green", "2025-06-09", "Ottermere",
    "Alfie (9) is autistic and attends Fallowby Park School with an EHCP; his annual review is due in July. "
    "Sophie's GP started her on fluoxetine for low mood in May.",
    ["EDU-SEND", "MH-CHILD"])
box("M007", "A", "yellow", "2025-06-09", "Ottermere",
    "Sophie (16) sat her GCSEs in May but has not applied for college or work and has no plans for "
    "September. She spends most days in her room and says she 'can't see the point'. Every evening she "
    "gives Alfie his tea, baths him and settles him to bed. Referred to Compass Young Carers and to the "
    "Youth Hub careers adviser.",
    ["EDU-NEET", "CARER", "MH-CHILD"])
box("M007", "C", "blue", "2025-12-15", "Ottermere",
    "Sophie goes to the young carers group on Thursdays and has made friends there. Mum has arranged "
    "Saturday respite for Alfie so Sophie gets a break.",
    ["CARER"],
    [("CARER", "present", "blue box: ongoing young carers group, caring still managed")])
box("M007", "C", "green", "2025-12-15", "Ottermere",
    "Sophie started a Level 2 hair and beauty course at Ottermere College in September and is attending "
    "well. She is still on fluoxetine from the GP and says her mood is much better.",
    ["MH-CHILD"],
    [("EDU-NEET", "historical", "now in college: NEET risk over"),
     ("MH-CHILD", "present", "ongoing medication codes the area (convention 4)")])

# M008 Fallowby: Leo (10) emotionally based school avoidance; Dad Craig PTSD, UC sanction, council tax
box("M008", "A", "yellow", "2025-10-06", "Fallowby",
    "Leo (Y6) has missed 19 days since September. He cries and holds on to the car door in the mornings "
    "and says his tummy hurts; the school nurse and GP found no physical cause. EHW to agree a graded "
    "return plan with school for emotionally based school avoidance.",
    ["EDU-ATT", "MH-CHILD"],
    [("PH", "negated", "no physical cause for the tummy aches")])
box("M008", "A", "orange", "2025-10-06", "Fallowby",
    "Dad (Craig) is Leo's sole carer. He has PTSD from his army service and is under the veterans' mental "
    "health service; he has flashbacks and shouts out at night, which frightens Leo. His Universal Credit "
    "was cut after a sanction and he is £1,200 behind with council tax; an enforcement agent letter has "
    "arrived.",
    ["MH-ADULT", "FIN"],
    [("CARER", "look-alike", "'sole carer' is the parent, not a young carer"),
     ("MH-ADULT", "present", "army service is past but the PTSD is current")])
box("M008", "C", "yellow", "2026-03-02", "Fallowby",
    "Leo's attendance is 89% this term (71% in the autumn); he walks in with his friend Kian and still has "
    "a soft start in the library each morning. The council tax arrears are on a £60 a month plan set up "
    "with Citizens Advice. Craig is still seeing the veterans' service.",
    ["EDU-ATT", "FIN", "MH-ADULT"])

# M009 Larkhollow: Noah (7) sleep and jealousy; baby Isla; Mum Chloe postnatal depression
box("M009", "A", "green", "2025-08-11", "Larkhollow",
    "HV visiting Isla (5 months), who has not had her 12-week immunisations as Mum kept cancelling. Mum "
    "(Chloe) scored 17 on the EPDS and her GP has diagnosed postnatal depression and started sertraline.",
    ["PH", "MH-ADULT"])
box("M009", "A", "yellow", "2025-08-11", "Larkhollow",
    "Noah (7) wakes screaming several nights a week and will only settle again in Mum's bed; school say he "
    "is exhausted and tearful in class. Since Isla arrived he has been clingy and says Mum 'loves the baby "
    "more'. Chloe finds it hard to stick to a bedtime. EHW to do a sleep plan and 1:1 play sessions.",
    ["PH", "MH-CHILD", "REL-PAR"])
box("M009", "C", "blue", "2026-01-19", "Larkhollow",
    "Noah sleeps through in his own bed and the night terrors stopped in November. Chloe is still taking "
    "sertraline and says she feels like herself again.",
    ["MH-ADULT"],
    [("PH", "historical", "night terrors stopped in November"),
     ("MH-ADULT", "present", "blue box: ongoing medication = managing")])
box("M009", "C", "green", "2026-01-19", "Larkhollow",
    "Isla caught up on her immunisations at the GP in October. HV says she is sitting unaided, babbling "
    "and on track.",
    [],
    [("PH", "historical", "immunisations caught up in October"),
     ("EYD", "negated", "development on track: good news only")])

# M010 Fallowby: Kayden (15) exploitation, panic attacks, youth caution
box("M010", "A", "yellow", "2025-11-03", "Fallowby",
    "Kayden (Y10, Fallowby Academy) has been on a three-hour part-time timetable since a suspension for "
    "fighting in September.",
    ["EDU-ATT", "EDU-EXC"])
box("M010", "A", "orange", "2025-11-03", "Fallowby",
    "Missing overnight three times since October, each time found by police in Brindleford with older "
    "males; police found £300 in cash and a second phone on him. Since the last episode he has had panic "
    "attacks: 'I can't breathe, I think I'm dying'.",
    ["SAFE-EXP", "MH-CHILD"],
    [("CRIME", "look-alike", "police finding a missing child is safeguarding, not CRIME (convention 7)")])
box("M010", "A", "red", "2025-11-03", "Fallowby",
    "Strategy meeting on 30/10 under the exploitation protocol and a s47 enquiry is under way. Kayden "
    "received a youth caution in August for carrying a knife.",
    ["SAFE-EXP", "CRIME"])
box("M010", "C", "orange", "2026-04-20", "Fallowby",
    "No missing episodes since December. Kayden is working with his YOS caseworker on the youth caution "
    "programme and is open to CAMHS for his panic attacks. He went back to a full timetable in February "
    "with no further suspensions.",
    ["CRIME", "MH-CHILD"],
    [("SAFE-EXP", "historical", "no missing episodes since December"),
     ("EDU-ATT", "historical", "full timetable since February"),
     ("EDU-EXC", "historical", "no further suspensions")])

# ---------------------------------------------------------------- batch 3
# M011 Brindleford: Grace (13) low mood, self-harm denied; Mum Donna alcohol; separation
box("M011", "A", "yellow", "2025-04-28", "Brindleford",
    "School noticed scratches on Grace's (Y8) arm in PE; she says the cat did it and denies self-harm. She "
    "has fallen out with her friendship group, eats lunch on her own in the library and her form tutor "
    "says she seems low.",
    ["MH-CHILD"],
    [("MH-CHILD", "negated", "self-harm denied; MH-CHILD present for the low mood"),
     ("SAFE-EXP", "negated", "a friendship fallout, not bullying")])
box("M011", "A", "orange", "2025-04-28", "Brindleford",
    "Mum (Donna) told the EHW she gets through a bottle of vodka most weekends; her GP has referred her to "
    "Keystone Recovery. Police attended on 19/04 after neighbours heard shouting: Donna and her partner "
    "Wayne were arguing about money, with no violence and no DA indicators. Wayne has since moved out and "
    "they have separated.",
    ["SUB", "REL-CONF"],
    [("DA", "negated", "no violence, no DA indicators"),
     ("CRIME", "look-alike", "police attending an argument is not offending by a household member"),
     ("FIN", "look-alike", "'arguing about money' describes no money problem")])
box("M011", "C", "blue", "2025-10-13", "Brindleford",
    "Grace has made up with two of her friends and joined netball. She still uses the Kindred online "
    "counselling app on evenings when she feels low. Donna is ten weeks sober and goes to her Keystone "
    "group every Wednesday.",
    ["MH-CHILD", "SUB"],
    [("SUB", "present", "sober but still attending a recovery group = ongoing service (convention 4)")])

# M012 Ottermere: eviction to B&B; Mia (11) panic attacks and school refusal; Freddie (5) selective mutism
box("M012", "A", "orange", "2025-07-07", "Ottermere",
    "The family were evicted from their private rented flat in June under section 21 and have been placed "
    "in one room of a B&B in Brindleford. Mia (11) has started having panic attacks and is refusing to go "
    "to school because she is ashamed of where they are living.",
    ["HOUS", "MH-CHILD", "EDU-ATT"])
box("M012", "A", "yellow", "2025-07-07", "Ottermere",
    "Freddie (5, Reception) has not spoken in class since the move. School have referred him to speech and "
    "language therapy, who think it is anxiety-related selective mutism.",
    ["EDU-SEND", "MH-CHILD"],
    [("EYD", "look-alike", "Freddie is of school age: speech and language is EDU-SEND (convention 9)")])
box("M012", "A", "green", "2025-07-07", "Ottermere",
    "Tasha is on Universal Credit, budgets carefully and has no debts. She says she is coping and is 'not "
    "depressed'.",
    [],
    [("FIN", "negated", "benefit name alone, no debts (convention 5)"),
     ("MH-ADULT", "negated", "'not depressed'")])
box("M012", "C", "blue", "2025-12-08", "Ottermere",
    "The family moved into a three-bedroom housing association house in Fallowby in October. Mia uses her "
    "grounding techniques on the walk to school. Freddie now talks to his teacher and SALT discharged him "
    "in November.",
    ["MH-CHILD"],
    [("HOUS", "need-met", "rehoused in October"),
     ("EDU-SEND", "historical", "SALT discharged in November"),
     ("MH-CHILD", "present", "blue box: Mia managing anxiety with grounding techniques")])

# M013 Larkhollow: Liam (16) cannabis, college place at risk, low mood
box("M013", "A", "yellow", "2025-10-27", "Larkhollow",
    "Liam (16) is smoking cannabis most days with friends and has been referred to Youth Keystone, the young "
    "people's substance use service. His tutor at Larkhollow College has warned he could lose his place "
    "after missing most of October. He also vapes.",
    ["SUB", "EDU-NEET"],
    [("SUB", "look-alike", "vaping is not SUB (convention 12); cannabis is"),
     ("EDU-ATT", "look-alike", "16+ at risk of losing a college place is coded EDU-NEET")])
box("M013", "A", "green", "2025-10-27", "Larkhollow",
    "Liam says he has felt low since his best mate moved to Scotland; the GP has offered him counselling. "
    "Mum says she has never used drugs herself and rarely drinks.",
    ["MH-CHILD"],
    [("SUB", "negated", "Mum denies drug use")])
box("M013", "C", "blue", "2026-03-09", "Larkhollow",
    "Liam has cut down to weekends only and still meets his Youth Keystone worker once a month. He passed "
    "his first-year assessments and his tutor says his attendance is good now.",
    ["SUB"],
    [("SUB", "present", "'cut down', still using at weekends and still open to the service"),
     ("EDU-NEET", "historical", "college place no longer at risk")])

# M014 Brindleford: Zara (12) hypervigilance; Mum Hannah PTSD after past domestic abuse
box("M014", "A", "yellow", "2025-05-19", "Brindleford",
    "Hannah left Zara's father in 2022 after years of domestic abuse; there has been no contact since and "
    "the non-molestation order has expired. She has PTSD with flashbacks and is having EMDR through Talking "
    "Therapies. Zara (12) checks the door locks several times before bed and feels sick with worry most "
    "mornings.",
    ["MH-ADULT", "MH-CHILD"],
    [("DA", "historical", "abuse ended 2022, no contact since, order expired")])
box("M014", "A", "green", "2025-05-19", "Brindleford",
    "Zara's attendance is 98% and she is doing well in class; school describe a happy, chatty girl.",
    [],
    [("EDU-ATT", "negated", "good attendance, pure good news")])
box("M014", "C", "blue", "2025-11-24", "Brindleford",
    "Zara still checks the locks but only once now, using the plan from her MHST sessions, and then goes to "
    "bed. Hannah finished EMDR in October and uses grounding when a flashback comes, which is rare now.",
    ["MH-CHILD", "MH-ADULT"])

# M015 Ottermere: Callum (9) suspensions, Dad in prison; behaviour at home
box("M015", "A", "orange", "2025-02-24", "Ottermere",
    "Callum (Y4) has had two fixed-term suspensions this term for throwing chairs and school have raised a "
    "possible managed move. His dad is in prison for robbery until 2027; Callum is angry and sad that he "
    "cannot see him and has had one appointment with CAMHS.",
    ["EDU-EXC", "MH-CHILD"],
    [("CRIME", "outside-household", "Dad's robbery: Dad is in prison, not in the household (convention 6)")])
box("M015", "A", "yellow", "2025-02-24", "Ottermere",
    "At home Callum swears and kicks doors when he is told no. Stacey has started a 12-week parenting group "
    "and her attendance has been 100% so far.",
    ["REL-PAR"],
    [("EDU-ATT", "look-alike", "Mum's attendance at a parenting group is not school attendance")])
box("M015", "C", "green", "2025-07-14", "Ottermere",
    "No suspensions since March and the managed move was not needed. Callum still has a pastoral support "
    "plan for his behaviour in class, and he goes to the school's Linked Lives group for children with a "
    "parent in prison to talk about his feelings.",
    ["EDU-EXC", "MH-CHILD"],
    [("EDU-EXC", "historical", "suspensions over, but the behaviour plan is current and managed"),
     ("CRIME", "outside-household", "parent in prison is not a household member")])
box("M015", "C", "yellow", "2025-07-14", "Ottermere",
    "Stacey finished the parenting group in May and says the door-kicking has stopped.",
    [],
    [("REL-PAR", "historical", "behaviour at home has stopped; yellow box, so not 'managing'")])

# M016 Fallowby: Holly (15) online grooming
box("M016", "A", "orange", "2025-09-08", "Fallowby",
    "Holly (15) has been sending images to a man she met on a gaming site who told her he was 17. The police "
    "online child abuse team have her phone and are investigating. Holly is tearful and keeps saying she "
    "feels stupid.",
    ["SAFE-EXP", "MH-CHILD"])
box("M016", "A", "yellow", "2025-09-08", "Fallowby",
    "Mum is worried Holly might run off to meet him, although she has never gone missing and says she "
    "doesn't want to. EHW doing online safety and healthy relationships sessions with Holly.",
    ["SAFE-EXP"],
    [("SAFE-EXP", "hypothetical", "running off / missing is only feared; online safety work is present")])
box("M016", "C", "blue", "2026-02-02", "Fallowby",
    "Since last year's grooming Holly has a new phone with location sharing on, knows how to block and "
    "report, and shows Mum her friends list every Sunday.",
    ["SAFE-EXP"],
    [("SAFE-EXP", "present", "blue box: family managing online safety")])
box("M016", "C", "orange", "2026-02-02", "Fallowby",
    "Police have closed the investigation with no further action as the man could not be traced.",
    [],
    [("SAFE-EXP", "historical", "investigation closed; no current contact described"),
     ("CRIME", "outside-household", "the offender is not a household member")])

# ---------------------------------------------------------------- batch 4
# M017 Larkhollow: neglect CP plan; Mum Kirsty severe depression; energy debt; Lily (3) nursery
box("M017", "A", "red", "2025-06-16", "Larkhollow",
    "Ethan (7) and Lily (3) have been on child protection plans under neglect since May. Ethan often arrives "
    "at school hungry and in unwashed uniform; the last home visit found no food in the fridge and dog mess "
    "on the kitchen floor.",
    ["SAFE-NEG"])
box("M017", "A", "orange", "2025-06-16", "Larkhollow",
    "Kirsty has severe depression and is open to the community mental health team but stopped taking her "
    "medication in April. She owes £2,300 on gas and electric and uses the food bank most weeks.",
    ["MH-ADULT", "FIN"],
    [("MH-ADULT", "present", "stopped medication, illness continues")])
box("M017", "A", "green", "2025-06-16", "Larkhollow",
    "Lily (3) is not taking up her funded nursery place; the HV says she is still in nappies and has about "
    "ten words.",
    ["EYD"])
box("M017", "C", "red", "2026-01-12", "Larkhollow",
    "Stepped down from child protection to a child in need plan in December. The social worker still "
    "visits weekly, unannounced, to check there is food in and the children are clean; home conditions "
    "have held up so far.",
    ["SAFE-NEG"],
    [("SAFE-NEG", "present", "CP plan ended but neglect monitoring continues under CIN")])
box("M017", "C", "yellow", "2026-01-12", "Larkhollow",
    "Lily now goes to nursery for 15 hours and is dry in the day. Kirsty is back on her medication and sees "
    "her CPN every fortnight. The energy debt is on a £15 a week repayment plan.",
    ["MH-ADULT", "FIN"],
    [("EYD", "need-met", "nursery taken up and toilet trained; yellow box")])

# M018 Brindleford: Niamh (14) panic attacks; Mum Fiona chemotherapy; young carer
box("M018", "A", "green", "2025-03-03", "Brindleford",
    "Niamh (Y9) was taken off the CAMHS waiting list in January after two missed appointments. The school "
    "counsellor now sees her weekly for panic attacks in lessons.",
    ["MH-CHILD"],
    [("MH-CHILD", "historical", "no longer on the CAMHS list; coded present for the panic attacks and counsellor")])
box("M018", "A", "yellow", "2025-03-03", "Brindleford",
    "Mum (Fiona) is having chemotherapy for breast cancer. Niamh does the shopping and cooks tea for her two "
    "younger brothers most days; referred to Compass Young Carers.",
    ["PH", "CARER"])
box("M018", "C", "blue", "2025-09-15", "Brindleford",
    "Fiona finished chemo in June and has been given the all-clear. Dad has cut his hours at work so Niamh "
    "no longer has to cook.",
    [],
    [("PH", "historical", "treatment finished, all-clear"),
     ("CARER", "historical", "no longer cooking"),
     ("FIN", "look-alike", "cutting work hours is not a money problem")])
box("M018", "C", "green", "2025-09-15", "Brindleford",
    "Niamh still sees the school counsellor every other week and says the panic attacks are down to 'maybe "
    "once a month'.",
    ["MH-CHILD"])

# M019 Ottermere: Oscar (13) late-night gaming; Dad Mark gambling debt, section 8
box("M019", "A", "yellow", "2025-11-10", "Ottermere",
    "Oscar (Y8) games until 3am most nights and gets about four hours' sleep; he has been late 22 times this "
    "half term. He is tired and snappy and Dad (Mark) finds it hard to set limits.",
    ["EDU-ATT", "PH", "REL-PAR"])
box("M019", "A", "orange", "2025-11-10", "Ottermere",
    "Mark disclosed online gambling and £8,000 of credit card debt; he has self-excluded from the betting "
    "sites. He is three months behind with the rent and the landlord has served a section 8 notice.",
    ["FIN", "HOUS"],
    [("SUB", "look-alike", "gambling is FIN, not SUB (convention 10)"),
     ("EDU-EXC", "look-alike", "'self-excluded' from betting sites")])
box("M019", "C", "blue", "2026-04-13", "Ottermere",
    "Dad keeps to the 10pm console cut-off on school nights that they agreed with the EHW, and Oscar has "
    "not been late since February.",
    ["REL-PAR"],
    [("EDU-ATT", "historical", "not late since February"),
     ("REL-PAR", "present", "blue box: boundary routine being managed")])
box("M019", "C", "orange", "2026-04-13", "Ottermere",
    "The section 8 hearing was adjourned because the rent arrears are being paid off at £80 a month. Mark "
    "goes to a gambling support group every week.",
    ["HOUS", "FIN"])

# M020 Fallowby: Ayaan (10) bereaved of Mum; Dad Imran suicidal thoughts
box("M020", "A", "yellow", "2025-12-01", "Fallowby",
    "Ayaan's mum died in August after a short illness. He lives with Dad and his paternal grandmother; his "
    "sister Inaya (19) is away at university. Ayaan has had angry outbursts in class and has been put on "
    "report, and he will not talk about Mum. Referred to the Lantern Bereavement Service.",
    ["MH-CHILD", "EDU-EXC"])
box("M020", "A", "orange", "2025-12-01", "Fallowby",
    "Dad (Imran) is off work sick and told his GP he sometimes thinks the family would be better off "
    "without him. The GP referred him to the crisis team, who are visiting twice a week.",
    ["MH-ADULT"])
box("M020", "C", "green", "2026-05-11", "Fallowby",
    "Ayaan came off report at Easter. He still sees the school ELSA on Fridays and keeps a memory box of "
    "Mum in class.",
    ["MH-CHILD"],
    [("EDU-EXC", "historical", "off report since Easter")])
box("M020", "C", "yellow", "2026-05-11", "Fallowby",
    "Imran is back at work part-time and seeing a counsellor through his employer. He says he has had no "
    "thoughts of ending his life since January.",
    ["MH-ADULT"],
    [("MH-ADULT", "historical", "suicidal thoughts over; counselling is current")])

# M021 Larkhollow: parents separated, contact dispute; Ivy (8) upset; Archie (4) speech
box("M021", "A", "green", "2025-09-29", "Larkhollow",
    "Archie (4) goes to Larkhollow Community Nursery. His keyworker is concerned about his speech, mostly "
    "single words, and he is still in nappies at night. Referred to SALT.",
    ["EYD"])
box("M021", "A", "yellow", "2025-09-29", "Larkhollow",
    "Parents separated in July and cannot agree on contact. Ivy (8) says she feels 'stuck in the middle' "
    "and cries before going to Dad's. Referred to family mediation.",
    ["REL-CONF", "MH-CHILD"])
box("M021", "C", "blue", "2026-02-23", "Larkhollow",
    "Through mediation the parents agreed a contact schedule and now message only through a co-parenting "
    "app; Ivy goes to Dad's every other weekend and is happier. Archie is using three-word sentences and "
    "SALT still sees him monthly at nursery.",
    ["REL-CONF", "EYD"],
    [("REL-CONF", "present", "blue box: separation/contact being managed"),
     ("MH-CHILD", "negated", "'happier' is good news only")])

# M022 Brindleford: Jessica (15) overdose, self-harm, online homophobic bullying; Mum Nicola anxiety
box("M022", "A", "red", "2025-06-02", "Brindleford",
    "Jessica (15) took an overdose on 24/05 and was admitted to the children's ward; CAMHS assessed her "
    "before discharge. She has been cutting daily and has been targeted with homophobic comments on social "
    "media by pupils in her year. Children's social care are completing a child and family assessment.",
    ["MH-CHILD", "SAFE-EXP"])
box("M022", "A", "yellow", "2025-06-02", "Brindleford",
    "Mum (Nicola) works nights at a care home. Since the overdose she cannot stop crying and has been "
    "signed off with anxiety; her GP has prescribed propranolol.",
    ["MH-ADULT"],
    [("FIN", "look-alike", "working nights is not FIN (convention 5)"),
     ("CARER", "look-alike", "'care home' job, not a young carer")])
box("M022", "C", "orange", "2025-12-15", "Brindleford",
    "Jessica is open to CAMHS and seen fortnightly; she last self-harmed in October. The accounts were taken "
    "down and the pupils involved were suspended.",
    ["MH-CHILD"],
    [("SAFE-EXP", "historical", "bullying accounts removed"),
     ("EDU-EXC", "outside-household", "other pupils' suspensions")])
box("M022", "C", "blue", "2025-12-15", "Brindleford",
    "Nicola is back at work and feels well; she says she would go back to her GP if the anxiety returned.",
    [],
    [("MH-ADULT", "hypothetical", "'if the anxiety returned'")])

# M023 Ottermere: coercive control, MARAC; Poppy (9) anxious, waking
box("M023", "A", "orange", "2025-08-18", "Ottermere",
    "Mum (Leanne) disclosed coercive control by her partner Dean: he checks her phone, controls all the "
    "money and has pushed her twice. DASH high risk; heard at MARAC on 14/08. Poppy (9) bites her nails "
    "until they bleed and is waking most nights.",
    ["DA", "MH-CHILD", "PH"],
    [("FIN", "look-alike", "controlling the money is part of the abuse, DA only"),
     ("CRIME", "look-alike", "partner's assault on Mum is DA only (convention 7)")])
box("M023", "A", "yellow", "2025-08-18", "Ottermere",
    "Leanne has started the Freedom Programme, and Poppy is on the waiting list for the Little Oaks group "
    "for children who have lived with domestic abuse.",
    ["DA"])
box("M023", "C", "blue", "2026-01-05", "Ottermere",
    "Dean moved out in September and there is a non-molestation order in place until next year. Leanne "
    "keeps to her safety plan and finished the Freedom Programme in December. Poppy is sleeping through and "
    "her nails have grown back.",
    ["DA"],
    [("DA", "present", "blue box: safety plan and non-mol order being managed"),
     ("PH", "historical", "sleeping through now"),
     ("MH-CHILD", "historical", "nail-biting over")])

# M024 Fallowby: Kieran (16) youth caution, NEET, overcrowding, low mood
box("M024", "A", "orange", "2025-05-06", "Fallowby",
    "Kieran (16) was arrested on 28/04 for criminal damage at the bus station and given a youth conditional "
    "caution; he is now open to the YOS. He left Fallowby Academy in Y11 without sitting his exams and is "
    "not in any education, training or work.",
    ["CRIME", "EDU-NEET"],
    [("FIN", "look-alike", "a 16+ NEET young person is EDU-NEET only (convention 11)")])
box("M024", "A", "yellow", "2025-05-06", "Fallowby",
    "Six of them live in a two-bedroom flat and Kieran sleeps on the sofa; the family is on the housing "
    "register in band C. Kieran says he feels 'worthless' and has been referred to the youth counsellor at "
    "the Ottermere Wellbeing Hub.",
    ["HOUS", "MH-CHILD"])
box("M024", "C", "yellow", "2025-11-10", "Fallowby",
    "Kieran finished his YOS intervention in September with no further offending and started a roofing "
    "apprenticeship in October.",
    [],
    [("CRIME", "historical", "YOS intervention finished, no further offending"),
     ("EDU-NEET", "need-met", "now in an apprenticeship")])
box("M024", "C", "green", "2025-11-10", "Fallowby",
    "Still overcrowded and on the housing register with no offer yet. The GP is reviewing Kieran's low mood "
    "monthly.",
    ["HOUS", "MH-CHILD"])

# ---------------------------------------------------------------- batch 5: unboxed case notes
# Gold level = the highest level cue in the text (convention 2).
note("N001", "assessment", "2025-04-14", "Larkhollow",
     "Call from the school nurse: Ruby (Y10) told her she has been making herself sick after meals for "
     "about a month. GP appointment booked for tomorrow; Mum is aware and supportive.",
     ["MH-CHILD"], "green",
     [("PH", "look-alike", "making herself sick is the eating worry (MH-CHILD), not an illness")])
note("N002", "assessment", "2025-06-23", "Brindleford",
     "Home visit by the EHW. Dad says Josh (12) has refused school since Easter and spends his days gaming "
     "in his room; Dad works shifts and leaves at 6am. Josh denies feeling anxious or low and says school "
     "is 'boring'.",
     ["EDU-ATT"], "yellow",
     [("MH-CHILD", "negated", "denies feeling anxious or low"),
      ("FIN", "look-alike", "working shifts is not FIN (convention 5)")])
note("N003", "assessment", "2025-09-01", "Ottermere",
     "Mum rang the duty line worried that Kai (14) might be self-harming because he wears long sleeves in "
     "the heat. Kai has not said anything and school have seen no marks. Advice given and Mum signposted to "
     "a parents' helpline, which she says she will ring herself.",
     [], "blue",
     [("MH-CHILD", "hypothetical", "self-harm only feared by Mum, nothing seen or disclosed"),
      ("MH-ADULT", "look-alike", "Mum 'worried' is not a parental mental health need")])
note("N004", "assessment", "2025-10-20", "Fallowby",
     "Strategy meeting today re Chantelle (13): missing for two nights and found by police in a flat in "
     "Brindleford, where older men had been giving her alcohol and vapes. Section 47 enquiry agreed.",
     ["SAFE-EXP"], "red",
     [("SUB", "look-alike", "alcohol and vapes given by exploiters are part of the exploitation, not SUB"),
      ("CRIME", "look-alike", "police finding a missing child is safeguarding (convention 7)")])
note("N005", "assessment", "2025-11-17", "Larkhollow",
     "TAF review. Mason (9) is still waiting for a CAMHS appointment for anxiety, 14 weeks on the list. Mum "
     "(Abbie) is on a Talking Therapies course for low mood. Rent arrears of £650; Citizens Advice are "
     "helping her with a payment plan.",
     ["MH-CHILD", "MH-ADULT", "FIN"], "orange")
note("N006", "assessment", "2026-02-16", "Ottermere",
     "Mum (Kelly) told the health visitor she has felt low since baby Rosa was born in November and cries "
     "most days. HV completed an EPDS (score 16) and has asked the GP to review. Rosa is feeding well and "
     "gaining weight.",
     ["MH-ADULT"], "green",
     [("PH", "negated", "baby feeding well, weight gain good")])
note("N007", "assessment", "2026-03-23", "Fallowby",
     "Family support worker visit. Ben (15) has been caring for Mum since her stroke and misses school on "
     "her hospital days (attendance 84%). Referred to Compass Young Carers. Ben says he is 'stressed but OK' "
     "and there are no concerns about his mood.",
     ["CARER", "EDU-ATT", "PH"], "yellow",
     [("MH-CHILD", "negated", "no concerns about his mood")])
note("N008", "assessment", "2025-12-08", "Brindleford",
     "Police called to the home last night: Connor (14) smashed the TV and pushed Mum over when she took his "
     "phone. Mum was not hurt. Connor is on the ADHD pathway and on the CAMHS waiting list for low mood.",
     ["REL-PAR", "CRIME", "EDU-SEND", "MH-CHILD"], "orange",
     [("DA", "look-alike", "child-to-parent violence is REL-PAR (+CRIME with police), not DA (convention 8)")])
note("N009", "assessment", "2025-08-04", "Larkhollow",
     "Mum rang for advice: Finley (6) has become frightened of the dark and worries about burglars since a "
     "break-in further down their street. Sent her the NHS guide on childhood worries and details of the "
     "local parents' peer group; she plans to try the worry-time routine herself.",
     ["MH-CHILD"], "blue",
     [("CRIME", "outside-household", "the break-in was at a neighbour's")])


# ---------------------------------------------------------------- writer
def write_csv(name, header, rows):
    path = os.path.join(HERE, name)
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(header)
        for r in rows:
            w.writerow(r)


def main():
    ncols = ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"]
    write_csv("narratives.csv", ncols, [[n[c] for c in ncols] for n in NARR])
    gold = []
    for n in NARR:
        for c in n["codes"]:
            gold.append([n["narrative_id"], c, n["gold_level"]])
    write_csv("gold.csv", ["narrative_id", "code", "level"], gold)
    traps = {}
    for n in NARR:
        if n["traps"]:
            traps[n["narrative_id"]] = [
                {"code": t[0], "status": t[1], "note": t[2]} for t in n["traps"]]
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(traps, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(f"{len(NARR)} narratives, {len(gold)} gold rows, {len(traps)} narratives with trap notes")


if __name__ == "__main__":
    main()
