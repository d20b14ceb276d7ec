#!/usr/bin/env python3
"""Build the blind held-out gold set T (school and nursery staff voice).

Every narrative, its gold codes and its trap notes are written by hand below.
Gold codes are PRESENT issues only, coded by /work/shared/taxonomy.md and its
numbered conventions. Writes narratives.csv, gold.csv and traps.json.
Python 3 standard library only.
"""
import csv
import json
import os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))

# Trap types used in the notes
NEG, HIST, HYPO, LOOK, OUT, MET, CONV = (
    "negated", "historical", "hypothetical", "look-alike",
    "outside-household", "need-met", "convention")


def box(level, text, codes, traps=()):
    return {"level": level, "text": text, "codes": list(codes), "traps": list(traps)}


# case_id, locality, [ (stage, date, [boxes]) ]
CASES = [
    ("T001", "Ashbrook", [
        ("assessment", "2025-09-15", [
            box("green",
                "Kian (10, Year 5) is a bright, chatty boy working at the expected standard in reading "
                "and maths, and he is not on the SEN register. He has fallen asleep in afternoon lessons "
                "twice this month and keeps telling staff he is 'shattered'. School nurse asked to see him "
                "about his sleep.",
                ["PH"],
                [(NEG, "not on the SEN register -> EDU-SEND negated"),
                 (CONV, "sleep problem at school age -> PH (conv 9)")]),
            box("yellow",
                "Attendance was 81.2% last year and is 76% so far this term (19 sessions missed), so Kian "
                "is persistently absent; most absences are phoned in as 'poorly' on the morning. He told "
                "his teacher he stays home 'when Mum has a bad day'. In a meeting with the DSL, Donna "
                "explained that her anxiety means she rarely leaves the flat, and that Kian does the "
                "shopping at the corner shop and collects her prescriptions from the chemist. She was "
                "embarrassed but relieved to talk. Referral made to Ashbrook Young Carers and to the "
                "attendance officer.",
                ["EDU-ATT", "MH-ADULT", "CARER"],
                [(LOOK, "'prescriptions' is not SUB")]),
        ]),
        ("closure", "2026-01-27", [
            box("blue",
                "Kian goes to the young carers' club every Thursday and says it is 'the best bit of the "
                "week'. Donna has started talking therapy through her GP and walked him to the gate twice "
                "last week.",
                ["CARER", "MH-ADULT"],
                [(CONV, "blue box: ongoing club and therapy = now managing -> present (conv 3/4)")]),
            box("green",
                "Attendance has risen to 93.4% this term and the attendance officer is keeping up weekly "
                "checks until Easter. Kian has not fallen asleep in class since November.",
                ["EDU-ATT"],
                [(HIST, "falling asleep in class is over -> PH historical"),
                 (CONV, "attendance still below 95% and monitored weekly -> EDU-ATT present in green box")]),
        ]),
    ]),

    ("T002", "Millbridge", [
        ("assessment", "2025-05-06", [
            box("blue",
                "Amira is dry in the day and takes herself to the toilet at nursery. Dad, Imran, works "
                "nights at the parcel depot and does the morning drop-off; the grandparents live round "
                "the corner and help most afternoons.",
                [],
                [(LOOK, "toileting mentioned only as good news, no need stated -> no EYD"),
                 (CONV, "working nights is not FIN (conv 5)")]),
            box("green",
                "Amira (3) started at Little Acorns Nursery in April on her 15 funded hours. Her key worker "
                "says she uses single words and points for what she wants; she speaks Urdu at home and it "
                "is not yet clear whether this is a delay or early English. Her 2-year review was missed "
                "and the health visitor has been asked to see her.",
                ["EYD"]),
            box("yellow",
                "Hana told the key worker at drop-off that she has felt 'flat and tearful' since Zayn was "
                "born in January and has stopped going to baby group because she feels so isolated. The GP "
                "has diagnosed postnatal depression and referred her to the perinatal mental health team; "
                "a Bumps & Beyond volunteer has been requested.",
                ["MH-ADULT"]),
        ]),
        ("closure", "2025-11-18", [
            box("blue",
                "Hana finished her perinatal support in September and says her mood is 'back to normal'. "
                "She takes Zayn to the Wednesday stay-and-play and has made friends there, and knows to go back to her "
                "GP if the low mood comes back.",
                [],
                [(HIST, "postnatal depression support finished, mood back to normal -> MH-ADULT historical"),
                 (HYPO, "back to the GP if the low mood returns -> hypothetical")]),
            box("green",
                "Amira now does 30 hours and is putting three or four English words together. Her key "
                "worker is continuing the small-group talk sessions and will pass her targets on to her "
                "Reception teacher.",
                ["EYD"]),
        ]),
    ]),

    ("T003", "Kestrel Vale", [
        ("assessment", "2025-10-02", [
            box("yellow",
                "Tyler (14, Year 9) has 212 behaviour points since September, 14 detentions and five days "
                "in internal isolation in the Reflection Room, mostly for defiance and walking out of "
                "lessons. Head of Year has set up a pastoral support plan and a mentor from the Kestrel "
                "Youth Project sees him twice a week.",
                ["EDU-EXC"],
                [(CONV, "behaviour points, detentions, internal isolation = behaviour at school -> EDU-EXC")]),
            box("orange",
                "Tyler has gone missing overnight three weekends running. On 27 September police found him "
                "in a flat in Coventry with £300 in cash, two phones and a bag of cannabis wraps, and brought "
                "him home. Mum, Lisa, is frightened that older lads from the estate are using him to run "
                "drugs. Referred to the exploitation panel.",
                ["SAFE-EXP", "CRIME"],
                [(CONV, "drugs found on an exploited child -> SAFE-EXP + CRIME, not SUB (conv 12)"),
                 (CONV, "police finding a missing child is safeguarding, not itself CRIME (conv 7)")]),
        ]),
        ("closure", "2026-03-20", [
            box("green",
                "Tyler started a managed move to Priory Lane Academy in January. Behaviour points there are "
                "down to 20 this term and his new tutor says he is 'finding his feet'; the move will be "
                "reviewed at Easter.",
                ["EDU-EXC"]),
            box("yellow",
                "No missing episodes since November. The youth worker still sees Tyler weekly because the "
                "older group keep messaging him on Snapchat, and Lisa has changed the router settings at "
                "home.",
                ["SAFE-EXP"],
                [(HIST, "missing episodes over, but current contact from the older group keeps SAFE-EXP present")]),
        ]),
    ]),

    ("T004", "Saltmarsh", [
        ("assessment", "2025-11-05", [
            box("green",
                "Mum and Dad come to every meeting and are very supportive. Maisie has a pastoral pass so "
                "she can leave lessons when her anxiety rises, and she uses the Hub at break. No concerns "
                "about home.",
                ["MH-CHILD"],
                [(NEG, "no concerns about home -> nothing coded for home")]),
            box("orange",
                "Maisie (15) told her form tutor she has been cutting her thighs since the summer, and the "
                "school nurse saw fresh marks. She is open to CAMHS and has a safety plan; I spoke to her "
                "CAMHS worker on 3 November. Since half term she has been on a reduced timetable, mornings "
                "only, because she cannot face the lunch hall.",
                ["MH-CHILD", "EDU-ATT"],
                [(CONV, "reduced (part-time) timetable -> EDU-ATT")]),
        ]),
        ("closure", "2026-06-30", [
            box("blue",
                "Maisie says she has not self-harmed since February and reaches for the distraction box "
                "she made with her CAMHS worker when the urges come.",
                ["MH-CHILD"],
                [(CONV, "self-harm over but urges managed with CAMHS tool -> blue 'now managing' present")]),
            box("yellow",
                "Maisie sat all her GCSEs in a small room with a familiar invigilator and has been back on a "
                "full timetable since January. She still sees her CAMHS worker fortnightly. She has a place "
                "at Saltmarsh Sixth Form College for September.",
                ["MH-CHILD"],
                [(HIST, "back on full timetable since January -> EDU-ATT historical"),
                 (NEG, "college place arranged -> no EDU-NEET")]),
        ]),
    ]),

    ("T005", "Millbridge", [
        ("assessment", "2025-02-11", [
            box("green",
                "Ellie (8) and Mason (6) both have free school meals and come to breakfast club. Ellie told "
                "her teacher there was 'nothing for tea' on Sunday, and Mason has been asking other children "
                "for their leftovers at lunch. Both keep coming in with head lice.",
                ["SAFE-NEG"],
                [(CONV, "free school meals alone is not a money problem -> no FIN (conv 5 analogy)"),
                 (CONV, "hungry children -> SAFE-NEG (conv 10)")]),
            box("yellow",
                "Chantelle's Universal Credit was sanctioned in January and she owes £620 on her "
                "electricity. She told the family support worker she has been using the Millbridge food "
                "bank every week since. FSW is referring her to Citizens Advice and to the school's uniform "
                "swap.",
                ["FIN"]),
            box("orange",
                "The landlord has served a section 21 notice giving the family until 30 April to leave. "
                "Chantelle has contacted the council's housing options team but has nothing lined up, and "
                "they may have to go into a B&B.",
                ["HOUS"]),
        ]),
        ("closure", "2025-07-15", [
            box("blue",
                "The sanction ended in March. Chantelle now pays £10 a week off the electricity debt through "
                "the repayment plan Citizens Advice set up, and budgets with the envelope system. She has also "
                "started the Freedom Programme at the children's centre on Tuesday mornings.",
                ["FIN", "DA"],
                [(HIST, "UC sanction ended; the debt repayment is current -> FIN present (managing)"),
                 (CONV, "Freedom Programme codes DA (conv 4) though no abuse is described in this box")]),
            box("green",
                "The family moved into a two-bedroom housing association flat in June, still within walking "
                "distance of school. Breakfast club staff say neither child has asked for extra food since "
                "the move.",
                [],
                [(HIST, "rehoused -> HOUS over"),
                 (HIST, "no asking for food since the move -> SAFE-NEG over")]),
        ]),
    ]),

    ("T006", "Ashbrook", [
        ("assessment", "2025-04-29", [
            box("green",
                "Oscar (7, Year 2) is on SEN support. He covers his ears in assembly and needs a visual "
                "timetable to move between activities. The SENCO has asked for an educational psychology "
                "visit, and the GP referred him to the neurodevelopmental pathway for an autism assessment "
                "in March.",
                ["EDU-SEND"]),
            box("yellow",
                "Gemma and Rob separated at Easter and have argued at the gate twice about whose day it is "
                "to collect Oscar. He told his TA 'Mummy and Daddy shout on the phone'. Neither parent "
                "describes any abuse or fear of the other. Both have agreed to go to family mediation.",
                ["REL-CONF"],
                [(NEG, "no abuse or fear described -> DA negated")]),
        ]),
        ("closure", "2025-12-09", [
            box("blue",
                "After four mediation sessions Gemma and Rob use a shared calendar app for collections and "
                "keep their messages to arrangements only.",
                ["REL-CONF"],
                [(CONV, "blue box, separated parents managing arrangements -> REL-CONF present")]),
            box("green",
                "The local authority agreed to an EHC needs assessment in October, and Oscar is still "
                "waiting for his autism assessment. Gemma now goes to the parent carer forum and says it "
                "helps.",
                ["EDU-SEND"],
                [(LOOK, "'parent carer' is not CARER (conv 12)")]),
        ]),
    ]),

    ("T007", "Saltmarsh", [
        ("assessment", "2025-09-30", [
            box("green",
                "Lily-Mae (4) started Reception in September still in nappies and has accidents most days. "
                "She can't yet put her own coat on or use a knife and fork. The school nurse has given Mum a "
                "toileting plan to try at home.",
                ["EYD"],
                [(CONV, "under-5 toileting and school readiness -> EYD even though in Reception (conv 9)")]),
            box("orange",
                "A family of six in a two-bed flat above a takeaway: the four children share one bedroom and "
                "black mould is spreading across the bedroom wall. Lily-Mae's brother Connor (7) has had "
                "three chest infections since September. Environmental health have inspected, but the "
                "landlord has not started repairs.",
                ["HOUS", "PH"]),
        ]),
        ("closure", "2026-03-03", [
            box("blue",
                "Repairs are booked for April. Until then Mum opens the windows every morning and runs the "
                "dehumidifier the housing officer lent her.",
                ["HOUS"]),
            box("green",
                "Lily-Mae is now dry in the day and only wears a pull-up at night, but she still needs help "
                "with buttons and zips.",
                ["EYD"]),
        ]),
    ]),

    ("T008", "Kestrel Vale", [
        ("assessment", "2025-11-12", [
            box("orange",
                "Mum reported Ethan (15) missing on 9 November when he didn't come home from school; police "
                "found him at a friend's flat in the early hours and brought him home. He has been very low "
                "since half term and has pulled away from his friends.",
                ["SAFE-EXP", "MH-CHILD"],
                [(CONV, "police finding a missing child is not CRIME (conv 7)")]),
            box("red",
                "Ethan told the DSL that a man he met on an online game persuaded him to send images and is "
                "now demanding money or he will share them. A strategy meeting was held on 11 November; "
                "section 47 enquiries are under way, with the police cyber team involved.",
                ["SAFE-EXP"]),
        ]),
        ("closure", "2026-04-22", [
            box("yellow",
                "Ethan sees the school counsellor weekly and says he is sleeping and eating better. Police "
                "have closed the investigation and he has not gone missing again.",
                ["MH-CHILD"],
                [(HIST, "investigation closed, no further missing -> SAFE-EXP historical"),
                 (LOOK, "'sleeping better' is not a PH need")]),
        ]),
    ]),

    ("T009", "Millbridge", [
        ("assessment", "2025-06-10", [
            box("yellow",
                "In school Reece is calm and polite and has had no behaviour points this year; his teacher says "
                "a behaviour plan would only be needed if what happens at home started showing in class. Kerry "
                "has been booked onto the Non-Violent Resistance parenting course that starts in July.",
                ["REL-PAR"],
                [(NEG, "no behaviour points -> EDU-EXC negated"),
                 (HYPO, "behaviour plan only if it shows in class -> EDU-EXC hypothetical"),
                 (CONV, "parenting course codes REL-PAR (conv 4)")]),
            box("orange",
                "Kerry rang school on Monday morning in tears. On Saturday night Reece (10) punched her and "
                "smashed his bedroom door, and she called the police because she couldn't calm him; officers "
                "spoke to him and left. She says he has hit her three times since Easter.",
                ["REL-PAR", "CRIME"],
                [(CONV, "child-to-parent violence -> REL-PAR + CRIME (police), not DA (conv 8)"),
                 (LOOK, "'in tears' is not MH-ADULT")]),
        ]),
        ("closure", "2025-12-02", [
            box("yellow",
                "Kerry finished the NVR course and uses the de-escalation plan. She reports one incident in "
                "October, when Reece threw a plate, but no hitting since the summer; the family support "
                "worker will visit twice more before closing.",
                ["REL-PAR"]),
        ]),
    ]),

    ("T010", "Ashbrook", [
        ("assessment", "2025-02-25", [
            box("orange",
                "Harry (9) told his teacher he makes tea and puts Sophie to bed on the nights Mum works late, "
                "because Dad 'falls asleep on the sofa after his cans'. Mum says Paul drinks most evenings and "
                "won't see his GP about it.",
                ["SUB", "CARER", "SAFE-NEG"]),
            box("red",
                "On 14 February Paul came to collect Sophie (6) smelling strongly of alcohol and unsteady on "
                "his feet. Staff would not release her and Mum was called from work. A strategy meeting "
                "followed and both children are now on child in need plans.",
                ["SUB"]),
        ]),
        ("closure", "2025-09-16", [
            box("yellow",
                "Paul has a key worker at Ashbrook Recovery Service and has tested negative at his last six "
                "appointments. Mum has moved to day shifts and Harry says he 'doesn't have to do bedtime any "
                "more'.",
                ["SUB"],
                [(HIST, "Harry no longer does bedtime -> CARER historical"),
                 (CONV, "changing shifts is not FIN (conv 5)")]),
        ]),
    ]),

    ("T011", "Saltmarsh", [
        ("assessment", "2025-10-20", [
            box("green",
                "Ava (12) has settled well into Year 7 and her attendance is 96%. Her form tutor noticed her "
                "shoes are split and she is wearing her brother's old PE kit; Claire said at parents' evening "
                "she can't afford new ones until payday.",
                ["FIN"],
                [(LOOK, "good attendance is pure good news -> no EDU-ATT")]),
            box("yellow",
                "Jordan (17) dropped out of Saltmarsh College in his first term and has been at home since; "
                "he isn't working or on a course and games in his room most of the day. Claire lost her job "
                "at the care home in August and the family are living on her Universal Credit. FSW to link "
                "Jordan with the Youth Employment Hub.",
                ["EDU-NEET", "FIN"],
                [(CONV, "NEET young person -> EDU-NEET; FIN only because the adult lost her job (conv 11)")]),
        ]),
        ("closure", "2026-05-12", [
            box("yellow",
                "Jordan started a construction traineeship in February, four days a week, and says he loves "
                "it. Claire has 20 hours a week in the school kitchen, but her Universal Credit has been paid "
                "wrongly since she started and she is chasing the DWP with the FSW's help.",
                ["FIN"],
                [(HIST, "Jordan now in training -> EDU-NEET over"),
                 (CONV, "benefit problem described -> FIN (conv 5)")]),
        ]),
    ]),

    ("T012", "Kestrel Vale", [
        ("assessment", "2025-07-08", [
            box("green",
                "Freya (2) is eligible for a funded place but has not started nursery; Mum says the bus from "
                "the hostel takes too long. The health visitor notes Freya missed her 2-year review and is "
                "behind on her MMR.",
                ["EYD", "PH"]),
            box("orange",
                "The council placed the family in a single hostel room in May after their private let was "
                "condemned; Mum, Dad, Freya and the baby share one room with a kettle and a microwave. The "
                "housing officer says a move should come within 12 weeks.",
                ["HOUS"]),
        ]),
        ("closure", "2026-01-13", [
            box("green",
                "Freya now goes to Tadpoles Nursery three mornings a week and had her MMR in October. Mum says "
                "she is 'chatting non-stop'.",
                ["EYD"],
                [(HIST, "MMR given -> PH over"),
                 (CONV, "nursery take-up now in place = green 'now managing' -> EYD present")]),
            box("yellow",
                "The family moved to a two-bedroom flat in Millbridge in December. The FSW helped Mum apply to "
                "the Household Support Fund for beds and a cooker they could not afford.",
                ["FIN"],
                [(HIST, "moved out of the hostel -> HOUS over")]),
        ]),
    ]),

    ("T013", "Ashbrook", [
        ("assessment", "2025-03-18", [
            box("green",
                "Evie (8) has started wetting the bed again since her grandad died in January. Mum has seen "
                "the GP and the school nurse is doing a continence review.",
                ["PH"],
                [(CONV, "bedwetting at school age -> PH (conv 9)")]),
            box("yellow",
                "Evie is withdrawn in class and has cried in most PE lessons; she told her teacher she is "
                "scared Mum will die too. School has referred her to the Little Stars bereavement service for "
                "one-to-one sessions.",
                ["MH-CHILD"]),
        ]),
        ("closure", "2025-10-07", [
            box("blue",
                "Evie finished her bereavement sessions in July and made a memory box with Mum. She is dry "
                "most nights now and Mum keeps going with the reward chart the school nurse suggested.",
                ["PH"],
                [(HIST, "bereavement sessions finished -> MH-CHILD historical"),
                 (CONV, "bedwetting being managed with reward chart -> PH present in blue box")]),
        ]),
    ]),

    ("T014", "Millbridge", [
        ("assessment", "2025-11-25", [
            box("yellow",
                "Chloe (12, Year 8) has been in 47% of sessions since October half term and now won't get "
                "out of the car at the gate; on the days she does come in she spends most of the morning in "
                "the student support base. She says girls in her tutor group post screenshots of her in a "
                "group chat and call her names, and that one of them made a fake account using her photo. "
                "Head of Year has spoken to the girls' parents. Attendance officer and pastoral manager met "
                "Mum on 20 November and agreed a support plan; a family support worker will visit at home.",
                ["EDU-ATT", "SAFE-EXP"],
                [(CONV, "bullying by peers outside the household is the child's need -> SAFE-EXP"),
                 (OUT, "the other girls' parents spoken to -> nothing coded for them")]),
            box("orange",
                "The GP has referred Chloe to CAMHS; she has panic attacks on Sunday nights and has told Mum "
                "she 'would rather not be here'. Mum is off work to be with her and worries she could lose her "
                "job if this goes on.",
                ["MH-CHILD"],
                [(HYPO, "could lose her job if this goes on -> FIN hypothetical")]),
        ]),
        ("closure", "2026-05-19", [
            box("green",
                "Chloe is on a phased return and attending 80% of sessions; a named adult meets her at the "
                "student entrance each morning. The girls in the group chat were dealt with under the "
                "behaviour policy and two of them were suspended.",
                ["EDU-ATT"],
                [(OUT, "other pupils' suspensions -> no EDU-EXC for Chloe"),
                 (HIST, "bullying dealt with -> SAFE-EXP not current")]),
            box("yellow",
                "Chloe is still on the CAMHS waiting list; Millbridge Youth Wellbeing Service has given her "
                "six sessions in the meantime.",
                ["MH-CHILD"]),
        ]),
    ]),

    ("T015", "Saltmarsh", [
        ("assessment", "2025-05-14", [
            box("blue",
                "Alfie (9) told his teacher he felt 'excluded' because Dad took Rosie to the cinema without "
                "him. Nicola talked it through with both children at home and says things are calm again.",
                [],
                [(LOOK, "'excluded' used loosely -> not EDU-EXC")]),
            box("yellow",
                "Nicola and Dean separated in March and there is a court hearing about contact in June. Dean "
                "has turned up at pick-up on days that aren't his and the office staff have been caught in "
                "the middle of their rows. Nicola says he has never been violent or controlling.",
                ["REL-CONF"],
                [(NEG, "never violent or controlling -> DA negated")]),
        ]),
        ("closure", "2025-11-04", [
            box("green",
                "The court made a child arrangements order in September and handovers now happen at the "
                "contact centre rather than at school. The office has had no further incidents at the gate.",
                ["REL-CONF"],
                [(HIST, "gate incidents over"),
                 (CONV, "contact arrangements still being managed -> REL-CONF present in green box")]),
        ]),
    ]),

    ("T016", "Kestrel Vale", [
        ("assessment", "2025-02-03", [
            box("green",
                "Josh's dad, Mark, has multiple sclerosis and uses a wheelchair outside the house; the "
                "district nurse visits twice a week. He gets PIP, Mum gets Carer's Allowance, and they say "
                "money is not a worry.",
                ["PH"],
                [(CONV, "PIP and Carer's Allowance alone -> no FIN, no CARER (conv 5)"),
                 (NEG, "money is not a worry -> FIN negated")]),
            box("yellow",
                "Josh (11) helps his dad with his tablets, makes breakfast and helps him into his chair on "
                "mornings when Mum starts early at the pharmacy. He is late on most of those days (14 lates "
                "this term). Referred to Kestrel Vale Young Carers.",
                ["CARER", "EDU-ATT"]),
        ]),
        ("closure", "2025-07-08", [
            box("blue",
                "Josh goes to the young carers' Friday club and has a young carer card to show staff at his "
                "new secondary school.",
                ["CARER"]),
            box("green",
                "Adult social care have put in a morning carer for Mark on weekdays, and the GP has reviewed "
                "his medication. Josh has had no lates since April.",
                ["PH"],
                [(HIST, "no lates since April -> EDU-ATT historical"),
                 (LOOK, "'morning carer' is an adult care worker, not CARER; 'medication' not SUB")]),
        ]),
    ]),

    ("T017", "Ashbrook", [
        ("assessment", "2025-09-30", [
            box("yellow",
                "Mum, Sharon, has depression and is signed off from her job; she told the pastoral manager she "
                "spends most days in bed. She takes medication from her GP and has agreed to a family support "
                "worker. Kai's older brother, who lives with their dad in Hull, is currently in custody.",
                ["MH-ADULT"],
                [(OUT, "brother in custody lives elsewhere -> no CRIME (conv 6)"),
                 (LOOK, "'medication' not SUB; signed off sick is not worklessness -> no FIN")]),
            box("orange",
                "Kai (15) was suspended for five days in June and again for three days in the first week of "
                "term, both for fighting. The second time he broke another boy's nose outside the school "
                "gates; police interviewed him and he received a youth caution, and the Youth Offending "
                "Service is now working with him.",
                ["EDU-EXC", "CRIME"]),
        ]),
        ("closure", "2026-02-24", [
            box("yellow",
                "Kai finished his YOS programme in January and sees his YOS worker monthly until April. No "
                "further suspensions since September. Sharon is back at work part-time and still meets the "
                "family support worker about her low mood.",
                ["CRIME", "MH-ADULT"],
                [(HIST, "no suspensions since September -> EDU-EXC historical"),
                 (CONV, "ongoing YOS contact -> CRIME present (conv 4/7)")]),
        ]),
    ]),

    ("T018", "Millbridge", [
        ("assessment", "2025-03-04", [
            box("green",
                "Archie (3) will only eat yoghurts, crisps and white bread, and at his last weigh-in he was on "
                "the 98th centile. His key worker and the health visitor are giving Mum ideas for trying new "
                "foods at tea time.",
                ["PH"]),
            box("yellow",
                "The dentist took out four of Archie's teeth under general anaesthetic in February because of "
                "decay, and Mum has missed two follow-up appointments since. Nursery are worried he will start "
                "school in September unable to say his name clearly or use the toilet on his own, and have "
                "referred him to the speech and language drop-in.",
                ["PH", "EYD"]),
            box("orange",
                "At her review meeting Mum told the key worker that Archie's dad, who lives with them, checks "
                "her phone, takes her bank card and won't let her see her friends. He shouted at her in the "
                "nursery car park last week and she was shaking when she came in. DASH completed as medium "
                "risk; referred to the Millbridge domestic abuse service, and nursery has a password for who "
                "can collect Archie.",
                ["DA"],
                [(CONV, "control of money and shouting as part of abuse -> DA only, not FIN or REL-CONF (conv 8)"),
                 (LOOK, "'shaking' after the incident is not MH-ADULT")]),
        ]),
        ("closure", "2025-07-22", [
            box("blue",
                "Mum brushes Archie's teeth twice a day with the free brushing pack from nursery, and he has a "
                "cup of water at bedtime now instead of juice.",
                ["PH"],
                [(CONV, "dental care being managed -> PH present in blue box")]),
        ]),
    ]),

    ("T019", "Saltmarsh", [
        ("assessment", "2025-10-14", [
            box("orange",
                "Tia (7) and Kayden (5) come to school in dirty, smelly uniform, often the same clothes all "
                "week. Tia is regularly collected after 4.30, sometimes by a 14-year-old from next door. Tia "
                "has missed three eye clinic appointments and still has no glasses.",
                ["SAFE-NEG", "PH"],
                [(OUT, "neighbour's teenager is outside the household; the supervision gap is the family's -> SAFE-NEG")]),
            box("red",
                "On a joint home visit on 6 October the social worker and I found dog mess on the kitchen "
                "floor, no food in the fridge apart from a carton of milk, and the children's mattresses on "
                "the floor with no bedding. Jade said she had 'let things slide' since the winter. At the ICPC "
                "on 9 October both children were made subject to child protection plans under the category of "
                "neglect; the core group meets fortnightly at school.",
                ["SAFE-NEG"]),
        ]),
        ("closure", "2026-04-14", [
            box("yellow",
                "The children were stepped down from child protection to early help in March. Uniform is clean "
                "most days and the house was tidy on my last two visits; the family support worker still "
                "visits weekly to help Jade keep up a cleaning and shopping routine. Tia now wears her glasses "
                "in class.",
                ["SAFE-NEG"],
                [(HIST, "child protection plan ended"),
                 (MET, "glasses now worn -> PH need met (yellow box, not 'managing')")]),
        ]),
    ]),

    ("T020", "Kestrel Vale", [
        ("assessment", "2025-12-02", [
            box("green",
                "Harvey (11, Year 7) has ADHD and takes his medication in the school office at lunchtime. The "
                "SENCO has him on SEN support with a movement break card. He has had eight after-school "
                "detentions this half term, mostly for calling out and leaving his seat.",
                ["EDU-SEND", "EDU-EXC"],
                [(LOOK, "ADHD medication is not SUB")]),
            box("yellow",
                "Toni asked to see me after the Year 7 parents' evening. She has run up about £4,000 on credit "
                "cards and payday loans through online betting over the last year and hid it from her mum, who "
                "lives with them. She self-excluded from the betting apps in November and feels ashamed. The "
                "family support worker has referred her to the Kestrel Vale gambling support service and will "
                "go with her to the first appointment.",
                ["FIN"],
                [(CONV, "gambling debts -> FIN, not SUB (conv 10)"),
                 (LOOK, "'self-excluded' from betting apps is not EDU-EXC")]),
            box("orange",
                "The housing association has served a notice seeking possession for £1,850 rent arrears; the "
                "court hearing is in January.",
                ["HOUS", "FIN"]),
        ]),
        ("closure", "2026-06-09", [
            box("blue",
                "Toni has a repayment plan through a free debt charity, and the possession hearing was "
                "adjourned while she pays £25 a week off the arrears.",
                ["FIN", "HOUS"]),
            box("green",
                "Harvey had one detention this half term and uses his movement break card sensibly. His "
                "medication review with the paediatrician in May went well.",
                ["EDU-EXC", "EDU-SEND"],
                [(CONV, "ADHD care and SEN support ongoing -> EDU-SEND (conv 4), not PH")]),
        ]),
    ]),

    ("T021", "Millbridge", [
        ("assessment", "2025-04-08", [
            box("green",
                "Noah (6) has severe asthma and has been admitted to Millbridge General twice since January. "
                "His inhalers are kept in class and staff have had training; on his consultant's advice he is "
                "kept out of outdoor PE on high-pollen days. Attendance is 86%, almost all authorised for "
                "illness and hospital appointments.",
                ["PH", "EDU-ATT"],
                [(LOOK, "kept out of PE for health reasons is not EDU-EXC")]),
            box("yellow",
                "Stacey left an abusive relationship with Noah's father in 2021; there has been no contact "
                "since and she says she feels safe. Money has been a struggle since her hours were cut in "
                "February and she owes £300 in council tax. Citizens Advice appointment booked.",
                ["FIN"],
                [(HIST, "DA with ex-partner ended in 2021, no contact -> DA historical")]),
        ]),
        ("closure", "2025-10-21", [
            box("green",
                "The asthma nurse updated Noah's care plan in September and he has not been admitted since "
                "May. Attendance this term is 95.1%; the attendance officer will only get involved again if it "
                "drops below 90%.",
                ["PH"],
                [(HYPO, "attendance officer only if it drops -> EDU-ATT hypothetical"),
                 (CONV, "asthma plan ongoing -> PH present in green box")]),
        ]),
    ]),

    ("T022", "Ashbrook", [
        ("assessment", "2025-06-03", [
            box("green",
                "Yusuf (9) joined Year 4 in May speaking very little English. He is making quick progress with "
                "the EAL teaching assistant and has no special educational needs. His sister Mariam (4) has a "
                "nursery class place but has come to only 6 of her 20 sessions.",
                ["EYD"],
                [(NEG, "EAL support, no SEN -> EDU-SEND negated"),
                 (CONV, "under-5 nursery take-up -> EYD, not EDU-ATT (conv 9)")]),
            box("orange",
                "The family are in a hotel room on asylum support and have been told they could be moved to "
                "another city at short notice, which would mean another change of school for Yusuf. Dad says the "
                "weekly allowance does not stretch to school shoes or a coat, and the children are often hungry "
                "by bedtime because the hotel serves tea at five and they cannot keep food in the room. Dad spent "
                "two weeks in an immigration detention centre in 2024 and gets upset talking about it, but says "
                "he is sleeping and coping. School has linked the family with the refugee support charity.",
                ["HOUS", "FIN", "SAFE-NEG"],
                [(LOOK, "immigration 'detention' is neither CRIME nor a school detention; also historical"),
                 (NEG, "Dad upset but says he is sleeping and coping -> no MH-ADULT or PH"),
                 (CONV, "hungry children -> SAFE-NEG; money short for shoes -> FIN (conv 10)")]),
        ]),
        ("closure", "2025-12-16", [
            box("yellow",
                "The family were granted refugee status in November and must leave the hotel within 28 days. "
                "The FSW is helping with a homeless application and a Universal Credit claim, as they will "
                "have no income until the first payment.",
                ["HOUS", "FIN"]),
        ]),
    ]),

    ("T023", "Saltmarsh", [
        ("assessment", "2026-01-13", [
            box("yellow",
                "Callum (16, Year 11) admits smoking cannabis most evenings with friends. He also vapes, which "
                "Mum knows about. He has no post-16 place and missed the college application deadline; the "
                "careers adviser is seeing him next week.",
                ["SUB", "EDU-NEET"],
                [(CONV, "vaping is not SUB (conv 12)"),
                 (CONV, "16 with no post-16 place -> at risk of NEET, present")]),
            box("orange",
                "Callum was arrested on 3 January for shoplifting at the retail park with two older boys and "
                "has been referred to the youth justice team for an out-of-court disposal. His attendance has "
                "dropped to 79% and he is late most mornings.",
                ["CRIME", "EDU-ATT"]),
        ]),
        ("closure", "2026-06-23", [
            box("yellow",
                "Callum has a conditional place on the motor vehicle course at Saltmarsh College in September "
                "if he passes English and maths. He sees the young people's drug and alcohol worker "
                "fortnightly and says he only smokes weed at weekends now.",
                ["SUB"],
                [(HYPO, "NEET only if he fails his exams -> EDU-NEET hypothetical")]),
        ]),
    ]),

    ("T024", "Kestrel Vale", [
        ("assessment", "2025-09-23", [
            box("yellow",
                "Rhys (8) has had four internal exclusions this half term for throwing chairs and swearing at "
                "staff, and is on a behaviour plan. The SENCO has also referred him to speech and language "
                "therapy for his stammer.",
                ["EDU-EXC", "EDU-SEND"],
                [(CONV, "speech and language for a school-age child -> EDU-SEND, not EYD (conv 9)")]),
            box("orange",
                "Mum's partner Gary moved in over the summer after his release from prison in July. He is on "
                "licence, and his conditions include an exclusion zone around Kestrel Vale town centre. His "
                "probation officer has asked school to pass on any concerns about Rhys. Mum says Gary has never "
                "been violent towards her or the children.",
                ["CRIME"],
                [(LOOK, "licence 'exclusion zone' is not EDU-EXC"),
                 (NEG, "never violent -> DA negated"),
                 (CONV, "adult household member on licence -> CRIME (conv 7)")]),
        ]),
        ("closure", "2026-02-03", [
            box("green",
                "Rhys has had no internal exclusions since December and came off his behaviour plan in January. "
                "Gary still reports to probation every week.",
                ["CRIME"],
                [(HIST, "no internal exclusions since December -> EDU-EXC historical")]),
        ]),
    ]),

    ("T025", "Millbridge", [
        ("assessment", "2025-05-20", [
            box("blue",
                "The twins' dad, Lee, lives in Leeds and sees them once a month. Danielle says he has a drink "
                "problem, so visits happen at her mum's house with her there. Danielle herself doesn't drink.",
                [],
                [(OUT, "father's drinking, outside the household -> no SUB (conv 6)"),
                 (NEG, "Danielle doesn't drink -> SUB negated")]),
            box("yellow",
                "Danielle says the twins, Poppy and Isla (2), hit and bite each other and her, and the "
                "supermarket is 'a nightmare' because they scream until she gives them sweets. She has booked "
                "onto the Calmer Families parenting group at the children's centre.",
                ["REL-PAR"]),
        ]),
        ("closure", "2025-11-25", [
            box("blue",
                "Danielle uses the 'first–then' approach from the parenting group and says shopping trips are "
                "'bearable now'; her mum has the twins on Saturday mornings so she gets a break.",
                ["REL-PAR"]),
        ]),
    ]),

    ("T026", "Saltmarsh", [
        ("assessment", "2025-06-17", [
            box("blue",
                "Mum has a good network and Grace's aunt lives next door. Mum said that if money gets tight "
                "over the summer holidays she knows school can point her to the holiday activities and food "
                "programme.",
                [],
                [(HYPO, "if money gets tight -> FIN hypothetical")]),
            box("green",
                "Grace (10, Year 6) is worried about moving up to secondary school and has asked to go on the "
                "extra transition visits. The school nurse ran a worry-group session with her class, which she "
                "said helped.",
                ["MH-CHILD"]),
        ]),
        ("closure", "2025-09-30", [
            box("green", "N/A – no needs at this level at closure.", [],
                [(NEG, "N/A box")]),
        ]),
    ]),
]

# Unboxed case notes: id, locality, stage, date, text, codes, gold level (from level cues), traps
NOTES = [
    ("T027", "Ashbrook", "assessment", "2025-11-04",
     "Call from Mrs Patel, Year 2 teacher at Brook Lane Primary. Zara (6) has wet herself in class about "
     "twice a week since September. Mum has booked a GP appointment and the school nurse is aware. No "
     "concerns about home life or attendance.",
     ["PH"], "green",
     [(NEG, "no concerns about home life or attendance"),
      (CONV, "wetting at school age -> PH; cues GP/school nurse -> green")]),
    ("T028", "Millbridge", "assessment", "2025-10-07",
     "Meeting with the DSL at St Bede's High. Olivia (14) was taken to A&E on Friday after taking an "
     "overdose of paracetamol and is now open to the CAMHS crisis team. Mum has found messages showing "
     "Olivia has been meeting a 19-year-old man she got talking to online; police are looking into it. "
     "Until now her attendance and behaviour at school have been good.",
     ["MH-CHILD", "SAFE-EXP"], "orange",
     [(OUT, "the man is outside the household; his effect on Olivia is SAFE-EXP (conv 6)"),
      (LOOK, "good attendance and behaviour -> no EDU-ATT/EDU-EXC"),
      (CONV, "police inquiry is not CRIME by a family member; CAMHS/police -> orange")]),
    ("T029", "Kestrel Vale", "assessment", "2025-06-24",
     "ICPC held today for Kacey (9) and Lucas (4). Both children are now on child protection plans under "
     "emotional abuse: Mum's partner has been threatening and belittling her in front of them, and police "
     "were called to the house twice in May. Lucas is registered at Sunflowers Nursery but has been to very "
     "few sessions.",
     ["DA", "EYD"], "red",
     [(CONV, "police call-outs for partner abuse -> DA only, not CRIME (conv 7); ICPC -> red")]),
    ("T030", "Saltmarsh", "closure", "2026-03-10",
     "Closing summary from the Harbour View Primary family support worker. Mrs Okafor has finished the "
     "six-week parenting course and the girls' bedtime routine is working. Daniel (10) still swears at her "
     "and slams doors when told to come off his console, so she is trying the reward chart we made "
     "together. Daniel's attendance has improved from 82% to 96%.",
     ["REL-PAR"], "yellow",
     [(HIST, "attendance improved to 96% -> EDU-ATT historical"),
      (CONV, "family support worker / parenting course -> yellow")]),
    ("T031", "Ashbrook", "assessment", "2025-12-03",
     "Gate chat with Nell's mum (Year 1). She said money has been tight since her partner's hours were cut "
     "and she borrowed from her sister to top up the gas meter. I gave her the council's cost-of-living web "
     "page and she said she would check tonight what she can claim.",
     ["FIN"], "blue",
     [(CONV, "own network and signposting only -> blue")]),
    ("T032", "Kestrel Vale", "assessment", "2026-02-10",
     "Email from PC Dawson, the schools liaison officer: police were called to the Greenway estate on "
     "Saturday night after a group including Jake (13) threw stones at buses. Jake was taken home and "
     "spoken to with his dad. School notes Jake has been late 11 times this half term.",
     ["CRIME", "EDU-ATT"], "orange",
     [(CONV, "police call-out about a young person's ASB -> CRIME; police -> orange")]),
    ("T033", "Millbridge", "assessment", "2025-09-16",
     "Phone call from Mrs Hughes, mum of Kayleigh (16), who left Millbridge High in July. Kayleigh didn't "
     "get a college place and has been at home since, not working. Mum asked for the careers service "
     "number and said she would ring them herself this week.",
     ["EDU-NEET"], "blue",
     [(CONV, "NEET 16-year-old -> EDU-NEET only, no FIN (conv 11); signposting the family acts on -> blue")]),
]

LEVELS = ["blue", "green", "yellow", "orange", "red"]


def build():
    narr_rows, gold_rows, traps = [], [], []
    for case_id, loc, triages in CASES:
        for stage, date, boxes in triages:
            tid = "%s-%s" % (case_id, "A" if stage == "assessment" else "C")
            for b in sorted(boxes, key=lambda b: LEVELS.index(b["level"])):
                nid = "%s-%s" % (tid, b["level"])
                narr_rows.append([nid, tid, case_id, stage, date, b["level"], loc, b["text"]])
                for c in b["codes"]:
                    gold_rows.append([nid, c, b["level"]])
                traps.append({"narrative_id": nid, "gold": b["codes"],
                              "traps": [{"type": t, "note": n} for t, n in b["traps"]]})
    for nid, loc, stage, date, text, codes, lvl, tr in NOTES:
        narr_rows.append([nid, nid, nid, stage, date, "", loc, text])
        for c in codes:
            gold_rows.append([nid, c, lvl])
        traps.append({"narrative_id": nid, "gold": codes, "gold_level": lvl,
                      "traps": [{"type": t, "note": n} for t, n in tr]})

    with open(os.path.join(HERE, "narratives.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"])
        w.writerows(narr_rows)
    with open(os.path.join(HERE, "gold.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "code", "level"])
        w.writerows(gold_rows)
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8") as f:
        json.dump(traps, f, indent=1, ensure_ascii=False)
        f.write("\n")

    # summary
    words = [len(r[7].split()) for r in narr_rows]
    per_code = Counter(r[1] for r in gold_rows)
    per_type = Counter(t["type"] for x in traps for t in x["traps"])
    trap_kinds = {NEG, HIST, HYPO, LOOK, OUT, MET}
    with_trap = sum(1 for x in traps if any(t["type"] in trap_kinds for t in x["traps"]))
    no_codes = sum(1 for x in traps if not x["gold"])
    print("narratives", len(narr_rows), "(boxed", sum(1 for r in narr_rows if r[5]),
          "unboxed", sum(1 for r in narr_rows if not r[5]), ")")
    print("cases", len({r[2] for r in narr_rows}), "triages", len({r[1] for r in narr_rows}),
          "assessment", len({r[1] for r in narr_rows if r[3] == "assessment"}),
          "closure", len({r[1] for r in narr_rows if r[3] == "closure"}))
    print("gold rows", len(gold_rows), "narratives without codes", no_codes)
    print("per code", dict(sorted(per_code.items())))
    print("per level", dict(Counter(r[2] for r in gold_rows)))
    print("trap notes by type", dict(per_type))
    print("narratives with >=1 trap (excl. convention-only notes)", with_trap)
    print("words min/max", min(words), max(words), "median", sorted(words)[len(words) // 2])


if __name__ == "__main__":
    build()
