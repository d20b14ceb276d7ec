#!/usr/bin/env python3
"""Blind hand-coded gold set z12: primary-school family liaison / learning mentor voice.

Every narrative, its gold codes and its trap notes are written by hand below.
Coding follows /work/shared/taxonomy.md only. Run: python3 build.py
Writes narratives.csv, gold.csv (CRLF, UTF-8, no BOM) and traps.json.
"""
import csv
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
LEVELS = ["blue", "green", "yellow", "orange", "red"]

CASES = {}        # case_id -> dict(locality, A=date, C=date)
NARRATIVES = []   # dicts


def case(cid, locality, a_date, c_date=None):
    CASES[cid] = {"locality": locality, "assessment": a_date, "closure": c_date}


def box(cid, stage, level, text, codes, traps=()):
    """A boxed narrative. codes: list of present codes (gold level = box level).
    traps: list of (kind, code_or_term, note)."""
    st = {"A": "assessment", "C": "closure"}[stage]
    c = CASES[cid]
    NARRATIVES.append({
        "narrative_id": f"{cid}-{stage}-{level}",
        "triage_id": f"{cid}-{stage}",
        "case_id": cid,
        "stage": st,
        "date": c[st],
        "level": level,
        "locality": c["locality"],
        "narrative": text,
        "codes": list(codes),
        "gold_level": level,
        "traps": [list(t) for t in traps],
    })


def note(nid, stage, date, locality, gold_level, text, codes, traps=()):
    """An unboxed case note: one gold level for all codes, from the highest cue."""
    NARRATIVES.append({
        "narrative_id": nid,
        "triage_id": nid,
        "case_id": nid,
        "stage": stage,
        "date": date,
        "level": "",
        "locality": locality,
        "narrative": text,
        "codes": list(codes),
        "gold_level": gold_level,
        "traps": [list(t) for t in traps],
    })


# ---------------------------------------------------------------- Z01
case("Z01", "Hollybrook", "2025-09-15", "2026-01-19")
box("Z01", "A", "green",
    "Amelia (7) has had a tummy ache nearly every morning before school since baby Noah arrived in August, "
    "and she cried at the gate twice last week. The school nurse saw her and found nothing physical - she "
    "thinks it's worry about the new baby. Miss Patel has given Amelia a special job feeding the class fish "
    "at drop-off and says she settles quickly once she's in.",
    ["MH-CHILD"],
    [("negated", "PH", "tummy ache: 'found nothing physical', nurse attributes it to worry -> MH-CHILD, not PH"),
     ("rule", "-", "new baby is context, not a code")])
box("Z01", "A", "yellow",
    "Mum (Jess) was very honest with me: 'I'm so tired, I cry most evenings and some days I can't see the "
    "point.' Her sister helps when she can. With Jess's agreement I've referred her to the Bloom perinatal "
    "wellbeing group, and she has a GP appointment on Friday.",
    ["MH-ADULT"])
box("Z01", "C", "blue",
    "Jess goes to Bloom every Thursday with Noah and says she feels 'like me again most days'. She has her "
    "crisis numbers on the fridge and her sister still pops in each evening. Amelia's tummy aches stopped "
    "before half term and she runs in happily now.",
    ["MH-ADULT"],
    [("historical", "MH-CHILD", "Amelia's tummy aches 'stopped before half term' -> over"),
     ("rule", "MH-ADULT", "blue box: still attending Bloom, managing -> present")])

# ---------------------------------------------------------------- Z02
case("Z02", "Marsh End", "2025-10-06", "2026-03-02")
box("Z02", "A", "green",
    "Kai (9) and Lily (5) both started at Brookmead breakfast club this half term because Dad's shift at the "
    "bus depot begins at 7. Lily is settling really well into Reception and her teacher says she's doing "
    "brilliantly with her sounds. Kai is 'hungry to learn', in his teacher's words, and has joined chess club.",
    [],
    [("rule", "FIN", "shift work is not FIN (convention 5)"),
     ("lookalike", "SAFE-NEG", "'hungry to learn' and breakfast club used for childcare: no hungry child"),
     ("rule", "-", "pure good news, nothing coded")])
box("Z02", "A", "yellow",
    "Marcus's hours were cut in the summer and he's now about £640 behind on his council tax. He admitted "
    "he's been skipping his own tea so the kids always get a proper meal. I've referred him to Open Door "
    "Advice for a benefits check, and school have applied for the uniform grant for both children.",
    ["FIN"],
    [("rule", "SAFE-NEG", "adult skipping meals so children eat: food poverty -> FIN; no hungry child")])
box("Z02", "C", "blue",
    "Marcus has a payment plan with the council, £30 a month off the council tax, and his Universal Credit "
    "now includes the childcare element. 'I actually open my post now,' he said. The kids came back after "
    "half term in new school shoes, looking very smart.",
    ["FIN"],
    [("rule", "FIN", "blue box: paying off arrears = now managing -> present")])

# ---------------------------------------------------------------- Z03
case("Z03", "Kingsley Vale", "2025-05-12", "2025-11-10")
box("Z03", "A", "green",
    "Mum (Claire) has MS and had a bad relapse in the spring; she's under the neuro nurse and her GP and "
    "uses a wheelchair when she's out. Claire says 'we're a team, me and Freya', and there are no concerns "
    "about the home, which has been adapted and is spotless.",
    ["PH"],
    [("negated", "SAFE-NEG", "'no concerns about the home'")])
box("Z03", "A", "yellow",
    "Freya (10) is doing a lot at home - helping Mum get dressed, making tea most nights and putting her "
    "little brother to bed. Her teacher says she's falling behind with homework and she's stopped going to "
    "Brownies. I've referred her to Kestrel Young Carers for an assessment and their Tuesday club.",
    ["CARER"])
box("Z03", "C", "blue",
    "Freya loves Kestrel club and has made two good friends there. Claire's MS is steady and her care "
    "package has started, so Freya only helps with tea at weekends - she says she likes cooking with Mum. "
    "'She gets to be a kid again,' Claire told me.",
    ["CARER", "PH"],
    [("rule", "CARER", "reduced but continuing caring role, still at young carers club -> present (blue)"),
     ("rule", "PH", "MS ongoing and steady with care package -> managing, present")])

# ---------------------------------------------------------------- Z04
case("Z04", "Ashcombe", "2025-11-03", "2026-02-09")
box("Z04", "A", "blue",
    "Oscar's (6) dog Biscuit had to be put to sleep at half term and Oscar has been very sad, drawing "
    "pictures of him every evening. Mum (Priya) borrowed some children's books about losing a pet from the "
    "library and they've made a memory box together. Priya says 'he's sad but he's talking about it, which "
    "is good'.",
    ["MH-CHILD"],
    [("lookalike", "PH", "'put to sleep' is the dog, not a sleep problem"),
     ("rule", "MH-CHILD", "blue box: child's grief managed by the family -> present")])
box("Z04", "A", "green",
    "Grandad lives with the family and was diagnosed with bowel cancer last month; he starts chemo next "
    "week. Priya takes him to his hospital appointments and the GP is aware. Oscar's teacher knows and is "
    "keeping a gentle eye on him.",
    ["PH"],
    [("rule", "PH", "grandparent is a household member -> coded"),
     ("rule", "CARER", "Priya supporting her father is adult care, not CARER")])
box("Z04", "C", "blue",
    "Oscar talks happily about Biscuit now and has started asking for a hamster. Grandad is recovering from "
    "his chemo and has check-ups at the hospital every month; Priya says they're managing fine with her "
    "brother's help on hospital days.",
    ["PH"],
    [("historical", "MH-CHILD", "Oscar's sadness over: 'talks happily about Biscuit now'")])

# ---------------------------------------------------------------- Z05
case("Z05", "Hollybrook", "2025-03-17", "2025-09-22")
box("Z05", "A", "green",
    "Mia (8) is on SEN support - her teacher and the SENCO have set up movement breaks and a wobble "
    "cushion, and she's on the waiting list for an ADHD assessment. Mum (Leanne) says 'she's a whirlwind but "
    "she's the kindest girl you'll ever meet'.",
    ["EDU-SEND"])
box("Z05", "A", "yellow",
    "Bedtimes are a battle: Mia screams and throws things when she's asked to come off the tablet, and "
    "Leanne says she usually 'just gives in for a quiet life'. Leanne has booked herself onto the Calm Homes "
    "parenting course at the family hub, starting in April.",
    ["REL-PAR"])
box("Z05", "C", "blue",
    "Leanne finished Calm Homes and is sticking with the sticker chart; the tablet goes in the kitchen at "
    "7.30 and bedtimes are 'much calmer, most nights'. She's joined the course WhatsApp group to swap tips "
    "with the other parents.",
    ["REL-PAR"],
    [("rule", "REL-PAR", "blue box: routine being managed with the chart -> present")])

# ---------------------------------------------------------------- Z06
case("Z06", "Marsh End", "2025-06-09", "2025-12-01")
box("Z06", "A", "green",
    "Rosie (4) has just started her funded hours at Little Acorns after Mum was helped to fill in the form, "
    "and she's doing brilliantly with toileting - dry in the day, still in a pull-up at night. Ethan (7) is "
    "a star reader and there are no concerns about his attendance.",
    ["EYD"],
    [("negated", "EDU-ATT", "'no concerns about his attendance'")])
box("Z06", "A", "yellow",
    "Kerry says money is 'always short' because her partner Dean keeps hold of her bank card and hands her "
    "cash for the shopping. She has used the Mapleway food pantry twice this month.",
    ["DA", "FIN"],
    [("rule", "DA+FIN", "economic control is DA; food pantry use is FIN; both described")])
box("Z06", "A", "orange",
    "On my home visit Kerry asked to talk in the garden. She told me Dean checks her phone every night, has "
    "cut her off from her friends and 'goes mad' if she's late back from the school run. DASH completed with "
    "her - high risk. MARAC referral made and an IDVA is ringing her tomorrow.",
    ["DA"],
    [("lookalike", "EDU-ATT", "'late back from the school run' is Kerry, not lateness to school")])
box("Z06", "C", "blue",
    "Kerry and the children are settled in their new flat across town and Dean has no contact. She has a "
    "non-molestation order and a safety plan, and goes to the Freedom Programme at the Harbour Family Hub "
    "on Wednesdays. 'I can breathe again,' she said.",
    ["DA"],
    [("rule", "DA", "ongoing Freedom Programme / order / safety plan -> DA present despite 'no contact'")])

# ---------------------------------------------------------------- Z07
case("Z07", "Kingsley Vale", "2026-01-12", "2026-05-18")
box("Z07", "A", "blue",
    "Harvey's (11) mum and dad, Hannah and Lee, separated last summer but they get on well and share the "
    "school run; Harvey stays at Dad's on Wednesdays and every other weekend. Both say they 'always put "
    "Harvey first', and there are no arguments in front of him.",
    ["REL-CONF"],
    [("rule", "REL-CONF", "blue box: a separation the parents are managing amicably -> present"),
     ("negated", "REL-CONF", "'no arguments in front of him' negates arguing, not the separation")])
box("Z07", "A", "green",
    "Harvey has been worrying a lot about SATs and moving up to Wrenfield in September - he says his brain "
    "'won't switch off' in lessons. The school's ELSA is doing six sessions on worries with him and he's on "
    "the list for extra transition visits.",
    ["MH-CHILD"])
box("Z07", "C", "blue",
    "Harvey finished his ELSA sessions at Easter and still uses his worry journal at both houses when he "
    "needs to. He says he's 'a bit nervous but mostly excited' about Wrenfield, and Mum and Dad went to the "
    "open evening together.",
    ["MH-CHILD"],
    [("rule", "MH-CHILD", "sessions ended but still managing worries with his journal -> present (blue)"),
     ("rule", "REL-CONF", "'both houses' only implies separation; not described as a need here (convention 1)")])

# ---------------------------------------------------------------- Z08
case("Z08", "Ashcombe", "2025-04-07", "2025-10-20")
box("Z08", "A", "green",
    "Skye (3) hasn't taken up her nursery place and the health visitor hasn't been able to do her 2-year "
    "check after three missed visits. She's also behind with her immunisations.",
    ["EYD", "PH"])
box("Z08", "A", "yellow",
    "Tyler (6) often arrives at school hungry and in the same uniform all week; breakfast club staff make "
    "sure he has toast and a drink, and the office has given him some spare uniform. His attendance is 86% "
    "this year.",
    ["SAFE-NEG", "EDU-ATT"],
    [("rule", "FIN", "spare uniform from school is not evidence of a money problem")])
box("Z08", "A", "red",
    "Joint visit with the health visitor on 2 April: dog mess on the floors, no food in the fridge, and "
    "Skye hadn't been changed since the night before. Strategy meeting held on 4 April and a section 47 "
    "enquiry is under way.",
    ["SAFE-NEG"])
box("Z08", "C", "yellow",
    "The children came off child protection plans in September and are now on a child in need plan. The "
    "house is much tidier on visits and Mum (Gemma) is getting weekly food parcels through the Harbour Hub "
    "while her benefits are sorted; the family support worker still checks the home and the fridge each week.",
    ["SAFE-NEG", "FIN"],
    [("rule", "level", "child in need plan is a red cue but the box is yellow: box level wins (convention 2)"),
     ("historical", "SAFE-NEG", "CP plans ended; neglect still monitored weekly -> SAFE-NEG present")])
box("Z08", "C", "green",
    "Tyler hasn't been late or absent since Easter and is very proud of his attendance certificate. Skye is "
    "having her jabs caught up at the surgery - two done, one to go - and the health visitor did her "
    "development check in August, which was fine.",
    ["PH"],
    [("historical", "EDU-ATT", "'hasn't been late or absent since Easter' -> over"),
     ("historical", "EYD", "development check done and fine"),
     ("rule", "PH", "immunisations still being caught up -> present")])

# ---------------------------------------------------------------- Z09
case("Z09", "Hollybrook", "2025-09-29", "2026-02-23")
box("Z09", "A", "yellow",
    "Callum (16) left Wrenfield in July and hasn't started college or found any work; Mum (Donna) says he's "
    "gaming most of the day and 'won't even look at the prospectus'. With his agreement he's been referred "
    "to the Next Steps youth employment adviser. Poppy (8) is doing brilliantly in Year 4 - no concerns at "
    "school.",
    ["EDU-NEET"],
    [("rule", "FIN", "16+ NEET is EDU-NEET only (convention 11)")])
box("Z09", "C", "blue",
    "Callum started a Level 1 construction course at Ashcombe College in January and goes in three days a "
    "week. Donna says 'he's like a different lad - he even gets himself up'. If the course doesn't work out, "
    "Next Steps have said they'll pick him up again.",
    [],
    [("met", "EDU-NEET", "now in college: need met"),
     ("hypothetical", "EDU-NEET", "'if the course doesn't work out'")])
box("Z09", "C", "green",
    "Almost as I was leaving, Donna mentioned she's been having panic attacks at work since Christmas. She "
    "has seen her GP, who has started her on sertraline, and she's self-referred to Talking Therapies. Poppy "
    "doesn't know and Donna would like to keep it that way.",
    ["MH-ADULT"])

# ---------------------------------------------------------------- Z10
case("Z10", "Marsh End", "2025-07-14", "2025-12-15")
box("Z10", "A", "orange",
    "The family were made homeless in June when their private landlord sold the house. Mum (Aisha), Yusuf "
    "(7), Amira (5) and baby Zayn are in one room at the Station Road B&B, sharing two beds. Housing Options "
    "are involved and school are sorting a bus pass because it's a 40-minute journey. Aisha has been "
    "fantastic at getting the children in every day despite the distance.",
    ["HOUS"],
    [("rule", "EDU-ATT", "attendance is good news ('in every day'), not coded")])
box("Z10", "A", "yellow",
    "Aisha's Universal Credit stopped when she reported the change of address and she's had no payment for "
    "three weeks. I've referred her to Open Door Advice and given her vouchers for the Mapleway pantry.",
    ["FIN"])
box("Z10", "C", "green",
    "The family moved into a three-bedroom housing association house in November - 'the kids have their own "
    "beds, I can't stop smiling,' Aisha said. Her UC was reinstated with back pay and she's repaying a "
    "budgeting advance at £25 a month. The health visitor says Zayn's weight is right on his line.",
    ["FIN"],
    [("met", "HOUS", "rehoused: need met"),
     ("lookalike", "PH", "'weight' is a normal check"),
     ("rule", "FIN", "green box: repaying the advance = managing -> present")])

# ---------------------------------------------------------------- Z11
case("Z11", "Kingsley Vale", "2025-02-03")
box("Z11", "A", "green",
    "Ava (6) has asthma and uses her brown and blue inhalers; school have her care plan and keep a spare "
    "inhaler in class. Mum (Sophie) says she's been 'so much better since the nurse changed her inhaler', and "
    "Ava knows to ask for the blue one when she's wheezy.",
    ["PH"])
box("Z11", "A", "blue",
    "Sophie's mum, who lives in Swansea, had a stroke at Christmas, so Sophie is driving down most weekends "
    "while Tom has the girls. They're coping well with help from Tom's parents. Sophie says if her mum ever "
    "needed to move in they'd have to look for a bigger house, but that isn't on the cards.",
    [],
    [("outside", "PH", "grandmother lives in Swansea, outside the household"),
     ("hypothetical", "HOUS", "'if her mum ever needed to move in'")])

# ---------------------------------------------------------------- Z12
case("Z12", "Ashcombe", "2025-10-13", "2026-03-09")
box("Z12", "A", "green",
    "Isla (10) has been left out and called names by a group of girls in her class, and some unkind "
    "messages were posted about her in a class group chat. School have spoken with the girls and their "
    "parents, and Isla has a trusted adult she checks in with at lunch. Mum (Natalie) says 'she's my brave "
    "girl'.",
    ["SAFE-EXP"],
    [("outside", "-", "the other girls are outside the household; the bullying of Isla is SAFE-EXP")])
box("Z12", "A", "yellow",
    "Isla has started refusing to get in the car on school mornings - three days missed this month - and she "
    "cries in the evenings, saying she feels 'rubbish about everything'. Natalie has agreed to a referral to "
    "the Kindred school counselling service.",
    ["EDU-ATT", "MH-CHILD"])
box("Z12", "C", "blue",
    "Natalie has put parental controls on Isla's phone and it stays downstairs at night. They've talked "
    "through what to do if anyone is unkind online, and Isla knows to screenshot it and tell an adult.",
    ["SAFE-EXP"],
    [("rule", "SAFE-EXP", "blue box: online safety being managed by the family -> present"),
     ("hypothetical", "SAFE-EXP", "'if anyone is unkind online' is hypothetical, but the controls are current")])
box("Z12", "C", "green",
    "There have been no more unkind messages since November and Isla has a lovely new group of friends. She's "
    "had 100% attendance this half term and finished her counselling in February. School will refer back to "
    "Kindred should the worries return.",
    [],
    [("historical", "SAFE-EXP", "'no more unkind messages since November'"),
     ("historical", "MH-CHILD", "counselling finished"),
     ("hypothetical", "MH-CHILD", "'should the worries return'"),
     ("rule", "EDU-ATT", "100% attendance is good news")])

# ---------------------------------------------------------------- Z13
case("Z13", "Hollybrook", "2025-05-19", "2025-11-17")
box("Z13", "A", "yellow",
    "Lisa and Gary have been arguing a lot since Gary lost his job at the warehouse in March. Lisa says "
    "there's 'no violence, just shouting', but Leo (9) and Ella (6) hear it from upstairs. Gary sees a work "
    "coach at the job centre every fortnight.",
    ["REL-CONF", "FIN"],
    [("negated", "DA", "'no violence, just shouting'"),
     ("rule", "FIN", "household worklessness -> FIN")])
box("Z13", "A", "orange",
    "Lisa told me Gary is drinking most of a bottle of vodka a day and she's been finding empties hidden in "
    "the shed. Gary admits it's 'got out of hand'. He's agreed to a referral to Pathways alcohol service, and "
    "his GP and Pathways will join the TAF meeting on 2 June.",
    ["SUB"])
box("Z13", "C", "blue",
    "Gary is twelve weeks alcohol-free and still goes to his Pathways group every Monday. He started at the "
    "Hollybrook depot in October. Lisa says 'he's back to being their dad', and the two of them haven't had "
    "a row since the summer.",
    ["SUB"],
    [("rule", "SUB", "ongoing Pathways group codes SUB (convention 4) although he is not drinking"),
     ("met", "FIN", "back in work"),
     ("historical", "REL-CONF", "'haven't had a row since the summer'")])

# ---------------------------------------------------------------- Z14
case("Z14", "Marsh End", "2025-08-04", "2026-01-12")
box("Z14", "A", "green",
    "At his 2-year review the health visitor found Alfie (2) uses about 15 words and isn't putting words "
    "together yet. He's been referred to the Chatterbox speech group at the family hub. Mum (Chloe) says 'he "
    "understands everything, he just won't say it'.",
    ["EYD"])
box("Z14", "A", "blue",
    "Baby Maisie (6 weeks) is feeding well and her weight is right on her line. Chloe's mum comes round most "
    "mornings and Dad (Ryan) is on paternity leave for another fortnight. Chloe says they're 'tired but "
    "happy'.",
    [],
    [("lookalike", "PH", "'weight' on the line, 'tired but happy': no need"),
     ("rule", "-", "pure good news, nothing coded")])
box("Z14", "C", "green",
    "Alfie now puts two or three words together and goes to Little Acorns three mornings a week; his "
    "keyworker is carrying on with his Chatterbox speech targets in the room.",
    ["EYD"],
    [("rule", "EYD", "speech targets still being worked on -> present")])

# ---------------------------------------------------------------- Z15
case("Z15", "Kingsley Vale", "2025-11-24", "2026-04-27")
box("Z15", "A", "green",
    "Evie (8) is a delight in class and her reading has come on brilliantly. She's missed a lot of school "
    "with tonsillitis this term - 88% attendance, all authorised - and she's waiting for an ENT appointment. "
    "She can't wait to get back to her 'gang' at Brownies.",
    ["PH", "EDU-ATT"],
    [("lookalike", "SAFE-EXP", "'gang' at Brownies is her friends")])
box("Z15", "A", "orange",
    "Mason (12) has been going missing after school and was found by police in Marsh End at 1am on Friday "
    "with £300 in cash and two new phones. Mum (Jade) thinks older boys are 'using him'. Return home "
    "interview done; referral made to the exploitation hub and a multi-agency TAF meeting is booked.",
    ["SAFE-EXP"],
    [("rule", "CRIME", "police finding a missing child is safeguarding, not CRIME (convention 7)"),
     ("outside", "-", "the older boys are outside the household")])
box("Z15", "C", "yellow",
    "Mason hasn't been missing since January. He's on a child in need plan with the exploitation team and "
    "sees a youth worker from Streetwise twice a week; Jade says 'he's talking to me again'.",
    ["SAFE-EXP"],
    [("historical", "SAFE-EXP", "missing episodes over, but ongoing exploitation-team plan keeps SAFE-EXP present"),
     ("rule", "level", "child in need plan is a red cue; box is yellow")])

# ---------------------------------------------------------------- Z16
case("Z16", "Ashcombe", "2025-09-08", "2026-01-19")
box("Z16", "A", "green",
    "The Nowak family arrived from Poland in July. Both parents work shifts at the distribution centre and "
    "share the childcare between them. Zofia (6) is picking up English really quickly and has a buddy in "
    "class. School gave the family a bag of pre-loved uniform, which Mrs Nowak was delighted with. Mr Nowak "
    "said that if the night shifts are cut they might need help with the rent, but for now they're fine.",
    [],
    [("rule", "FIN", "shift work is not FIN (convention 5); pre-loved uniform is not a money problem"),
     ("hypothetical", "FIN", "'if the night shifts are cut'")])
box("Z16", "A", "yellow",
    "Kacper (4) isn't registered with a GP or dentist and hasn't had his pre-school boosters, and he doesn't "
    "have a nursery place yet. I've helped Mrs Nowak register the family at Brook Lane surgery and apply for "
    "the funded hours.",
    ["PH", "EYD"])
box("Z16", "C", "green",
    "Kacper started in the Copperbeech nursery class in January and has had his boosters. His teacher says "
    "he's very quiet and uses only a handful of words in either Polish or English; she's doing an early "
    "language screen and will talk to the health visitor.",
    ["EYD"],
    [("met", "PH", "boosters done"),
     ("met", "EYD", "nursery place taken up, but the speech concern is new and present")])

# ---------------------------------------------------------------- Z17
case("Z17", "Marsh End", "2025-01-27", "2025-07-07")
box("Z17", "A", "yellow",
    "Charlie (9) had a one-day suspension in January for kicking a teaching assistant, and he's been sent to "
    "the head's office most days since. School have started a pastoral support plan and Ashdown Outreach's "
    "inclusion worker is going in weekly. Mum (Becky) says he's 'a different boy at home' - no concerns "
    "about his behaviour there.",
    ["EDU-EXC"],
    [("negated", "REL-PAR", "'no concerns about his behaviour there'")])
box("Z17", "C", "green",
    "Charlie has had no further suspensions since January and the pastoral plan was closed in June. The "
    "SENCO has put him on SEN support with a sensory diet and he wears ear defenders in assembly. Becky says "
    "'I feel like they actually listen now'.",
    ["EDU-SEND"],
    [("historical", "EDU-EXC", "'no further suspensions since January', plan closed")])

# ---------------------------------------------------------------- Z18
case("Z18", "Kingsley Vale", "2025-10-20", "2026-02-16")
box("Z18", "A", "yellow",
    "There's black mould in both bedrooms of the flat and the landlord hasn't replied to three emails. Ollie "
    "(5) has had two chest infections since September. I've referred Mum (Kayleigh) to the Shelterline "
    "housing advice service and reported the flat to environmental health.",
    ["HOUS", "PH"])
box("Z18", "A", "green",
    "Rosa (1) had her one-year review with the health visitor and is walking round the furniture and "
    "babbling away - 'right on track'. The health visitor will only see her again if Kayleigh has any "
    "worries about her speech. Kayleigh is fantastic with both children.",
    [],
    [("hypothetical", "EYD", "'only ... if Kayleigh has any worries about her speech'"),
     ("rule", "-", "pure good news, nothing coded")])
box("Z18", "C", "green",
    "The landlord treated the mould in December, but it's starting to come back in Ollie's room; Kayleigh "
    "wipes it down every week and Shelterline are chasing the landlord for an extractor fan. Ollie hasn't "
    "needed antibiotics since November.",
    ["HOUS"],
    [("historical", "PH", "'hasn't needed antibiotics since November'"),
     ("outside", "-", "landlord is outside the household; the mould is the family's HOUS need")])

# ---------------------------------------------------------------- Z19
case("Z19", "Ashcombe", "2025-04-28", "2025-10-13")
box("Z19", "A", "green",
    "Sam (7) has cerebral palsy and an EHCP; he's at Copperbeech with a 1:1 and the school physio comes in "
    "fortnightly. Mum (Nicola) says the school 'get him completely'.",
    ["PH", "EDU-SEND"])
box("Z19", "A", "blue",
    "Jacob (11) is a brilliant big brother and loves playing iPad games with Sam. Nicola is Sam's full-time "
    "carer and gets Carer's Allowance; she says money is 'fine, we're careful'.",
    [],
    [("rule", "CARER", "parent carer and Carer's Allowance are not CARER (conventions 5, 12)"),
     ("negated", "FIN", "money 'fine'; benefit name alone is not FIN")])
box("Z19", "A", "yellow",
    "Jacob gets up in the night to help Mum turn Sam and does his tube feed at weekends. He told his teacher "
    "he 'never gets to go to friends' houses' any more. Referral made to Kestrel Young Carers.",
    ["CARER"])
box("Z19", "C", "blue",
    "Jacob goes to Kestrel club every other Friday and carries his young carers card. A carer from the Daisy "
    "Trust now does Sam's nights three times a week, so Jacob helps less and has been on a sleepover at his "
    "mate's.",
    ["CARER"],
    [("lookalike", "CARER", "'a carer from the Daisy Trust' is an adult care worker; Jacob's own role still present")])

# ---------------------------------------------------------------- Z20
case("Z20", "Hollybrook", "2025-11-10", "2026-02-02")
box("Z20", "A", "green",
    "Twins Millie and Max (7) have been late 14 times this term, usually by 10-15 minutes. Mum (Stacey) says "
    "mornings have been chaos since she started an early cleaning job. School have offered both children "
    "free breakfast club places from next week and Stacey jumped at it.",
    ["EDU-ATT"],
    [("rule", "FIN", "working early shifts is not FIN")])
box("Z20", "C", "blue",
    "Stacey changed her shifts after Christmas so she does the school run herself again, and the twins "
    "haven't been late since. 'It's taken all the stress out of mornings,' she said.",
    [],
    [("historical", "EDU-ATT", "'haven't been late since' -> over")])

# ---------------------------------------------------------------- Z21
case("Z21", "Marsh End", "2025-06-02", "2025-12-08")
box("Z21", "A", "blue",
    "Dad (Craig) came home in May after a prison sentence and is on licence until November; he reports to "
    "his probation officer weekly and says he's 'determined to do it right this time'. Mum (Toni) says the "
    "first few weeks have gone better than she expected.",
    ["CRIME"],
    [("rule", "CRIME", "adult on licence/probation is CRIME (convention 7), even in a blue box")])
box("Z21", "A", "green",
    "Toni has a slipped disc and takes strong painkillers prescribed by her GP; she's on the waiting list "
    "for physio. Lacey (8) and Reece (10) help with the hoovering and laying the table, but nothing beyond "
    "ordinary chores.",
    ["PH"],
    [("lookalike", "SUB", "prescribed painkillers are not substance misuse"),
     ("negated", "CARER", "'nothing beyond ordinary chores'")])
box("Z21", "A", "yellow",
    "Reece has been having angry outbursts since his dad came home - slamming doors and swearing at Craig - "
    "and he told me 'I don't even know him'. School say he's been tearful and withdrawn in class. The family "
    "have agreed to Family Links parenting sessions, and school have referred Reece to their play therapist.",
    ["REL-PAR", "MH-CHILD"])
box("Z21", "C", "blue",
    "Craig's licence ended in November and he's working for his brother's roofing firm. Reece and his dad go "
    "fishing on Sundays now and Toni says 'they're thick as thieves'. Reece still sees the play therapist "
    "every week and is much calmer.",
    ["MH-CHILD"],
    [("historical", "CRIME", "licence ended"),
     ("lookalike", "CRIME", "'thick as thieves'"),
     ("rule", "MH-CHILD", "ongoing play therapy -> present (convention 4)")])

# ---------------------------------------------------------------- Z22
case("Z22", "Kingsley Vale", "2025-03-03", "2025-08-11")
box("Z22", "A", "green",
    "Josh (8) is doing brilliantly - Star of the Week for his times tables and he never misses a day. Right "
    "at the end of the meeting Mum (Sarah) said quietly that Dad (Paul) has run up about £4,000 on credit "
    "cards betting online, and a debt collection letter came last week.",
    ["FIN"],
    [("rule", "SUB", "gambling debts are FIN, not SUB (convention 10)"),
     ("rule", "EDU-ATT", "'never misses a day' is good news")])
box("Z22", "A", "yellow",
    "Paul has put a gambling block on his bank cards and deleted the betting apps, and they have an "
    "appointment with ClearPath debt advice next Tuesday. Paul was keen to tell me he 'doesn't drink or "
    "anything - it was just the betting'.",
    ["FIN"],
    [("negated", "SUB", "'doesn't drink or anything'")])
box("Z22", "C", "blue",
    "Sarah and Paul are on a debt management plan paying £120 a month and the gambling block is still on. "
    "They do a 'money night' every Sunday to go through the budget together. Paul jokes that he's now "
    "'addicted to spreadsheets'.",
    ["FIN"],
    [("lookalike", "SUB", "'addicted to spreadsheets'")])

# ---------------------------------------------------------------- Z23
case("Z23", "Ashcombe", "2025-12-01", "2026-06-08")
box("Z23", "A", "green",
    "Reggie (6) is still wetting the bed most nights and Mum (Hayley) is worried because he doesn't want to "
    "go on the Year 2 sleepover. The school nurse has referred him to the enuresis clinic and given Hayley a "
    "waterproof mattress cover.",
    ["PH"],
    [("rule", "EYD", "bedwetting at school age is PH, not EYD (convention 9)")])
box("Z23", "A", "blue",
    "Hayley's partner Dev moved in over the summer and Reggie 'adores him'. Hayley is expecting a baby in "
    "April and Reggie is already choosing names. She knows to talk to her midwife if her mood dips after the "
    "birth. No worries about money, housing or school.",
    [],
    [("hypothetical", "MH-ADULT", "'if her mood dips after the birth'"),
     ("negated", "FIN/HOUS", "'no worries about money, housing or school'")])
box("Z23", "C", "blue",
    "Reggie is dry most nights now with his alarm and goes back to the enuresis clinic every eight weeks. His "
    "baby sister arrived in April and he is, in Hayley's words, 'the best big brother in the world'.",
    ["PH"],
    [("rule", "PH", "managing with alarm and ongoing clinic -> present (blue)")])

# ---------------------------------------------------------------- Z24
case("Z24", "Hollybrook", "2025-02-10", "2025-09-15")
box("Z24", "A", "red",
    "Tia (4) and Finley (9) have been on child protection plans under the category of neglect since January, "
    "after Mum (Kirsty) relapsed into heroin use. Kirsty is now on a methadone script with Compass drug "
    "service and her tests have been clear for six weeks.",
    ["SAFE-NEG", "SUB"],
    [("rule", "SUB", "methadone script codes SUB (convention 4) despite clear tests")])
box("Z24", "A", "green",
    "Tia goes to Sunflower nursery every morning and her keyworker has no concerns about her speech or "
    "toileting. Finley's attendance is 91% this term, up from 79% last year, and he's on the walking bus "
    "every morning so he gets in on time.",
    ["EDU-ATT"],
    [("negated", "EYD", "'no concerns about her speech or toileting'"),
     ("rule", "EDU-ATT", "attendance improving but still 91% with walking bus support -> managing, present")])
box("Z24", "C", "yellow",
    "The CP plans ended in July and the family stepped down to early help. Kirsty still collects her "
    "methadone daily and sees her Compass worker every fortnight. Her mum has moved in to help with the "
    "school run and Kirsty says 'I've got my kids and my life back'.",
    ["SUB"],
    [("historical", "SAFE-NEG", "CP plans (neglect) ended in July")])

# ---------------------------------------------------------------- Z25
case("Z25", "Marsh End", "2025-09-22", "2026-02-09")
box("Z25", "A", "blue",
    "Phoebe's (9) nan died in August and Phoebe has been quiet and teary at bedtime. Dad (Darren) is reading "
    "a picture book about grief with her and they've made a memory jar with Nan's photos. Phoebe says "
    "talking about Nan 'makes the sad a bit smaller'.",
    ["MH-CHILD"],
    [("rule", "MH-CHILD", "blue box: grief managed by the family -> present")])
box("Z25", "A", "yellow",
    "Darren says he's 'not coping' since losing his mum, can't face going out and has been signed off work "
    "for a month. He agreed to a referral to the Stillwaters bereavement service and has a GP review next "
    "week.",
    ["MH-ADULT"],
    [("rule", "FIN", "signed off sick is not described as a money problem")])
box("Z25", "C", "green",
    "Darren is back at work and still on antidepressants from his GP; he says the Stillwaters group 'saved "
    "me'. Phoebe finished her Rainbows grief group at school in January and now talks about Nan with a "
    "smile.",
    ["MH-ADULT"],
    [("historical", "MH-CHILD", "grief group finished, now smiling")])

# ---------------------------------------------------------------- Z26
case("Z26", "Kingsley Vale", "2025-05-06", "2025-11-24")
box("Z26", "A", "orange",
    "Logan (10) is on a managed move from Brookmead to Larkfield Juniors after three suspensions for "
    "fighting this year. Last month police were called to the house when he smashed a window and pushed his "
    "mum (Emma) into the door frame.",
    ["EDU-EXC", "REL-PAR", "CRIME"],
    [("rule", "DA", "child-to-parent violence is REL-PAR (+CRIME with police), not DA (convention 8)")])
box("Z26", "A", "yellow",
    "Emma has started the Who's in Charge? course for parents of children who are violent at home, and says "
    "it's 'the first time I haven't felt judged'. Logan's GP has also referred him to the community "
    "paediatrician for an ADHD assessment.",
    ["REL-PAR", "EDU-SEND"])
box("Z26", "C", "blue",
    "No police involvement since June. Emma uses the calm-down plan from her course when Logan gets wound up "
    "and says it works 'nine times out of ten'. Logan has settled well at Larkfield and has just been made a "
    "play leader.",
    ["REL-PAR"],
    [("historical", "CRIME", "'no police involvement since June'"),
     ("met", "EDU-EXC", "settled at new school"),
     ("rule", "REL-PAR", "blue box: managing with calm-down plan -> present")])

# ---------------------------------------------------------------- Z27
case("Z27", "Ashcombe", "2026-01-05", "2026-04-20")
box("Z27", "A", "green",
    "Jasmine (8) and Kieran (5) are both happy at St Aldhelm's and Mum (Shannon) is fantastic at reading with "
    "them every night. Shannon mentioned the electric has been on emergency credit for a week and she's only "
    "putting the heating on for an hour at teatime.",
    ["FIN"],
    [("rule", "FIN", "real need hidden after good news")])
box("Z27", "A", "blue",
    "I gave Shannon the Warm Homes Fund leaflet and the number for her energy supplier's hardship team about "
    "the £300 she owes on gas and electric; she rang them while I was there and has a call back booked.",
    ["FIN"])
box("Z27", "C", "blue",
    "Shannon got a £150 Warm Homes grant and is paying £10 a week off the energy arrears. 'We're warm again,' "
    "she told me. Both children had full attendance this term and Kieran got a certificate for kindness.",
    ["FIN"],
    [("rule", "FIN", "paying off arrears = managing -> present")])

# ---------------------------------------------------------------- Z28
case("Z28", "Hollybrook", "2025-07-21", "2025-12-08")
box("Z28", "A", "yellow",
    "Laura and Ben separated in the spring and can't agree on contact for Daisy (2); the last two handovers "
    "in the supermarket car park ended in shouting matches. Both have agreed to go to Family Mediation "
    "Hollybrook.",
    ["REL-CONF"],
    [("rule", "DA", "shouting at handovers is conflict, not abuse -> REL-CONF")])
box("Z28", "A", "green",
    "Daisy is a fussy eater and still has a bottle of milk at night; the health visitor is doing a feeding "
    "plan with Laura. Laura had postnatal depression after Daisy was born but says she's been well for over "
    "a year.",
    ["EYD"],
    [("historical", "MH-ADULT", "postnatal depression, well for over a year")])
box("Z28", "C", "blue",
    "Contact is every other weekend now, with handovers at Ben's mum's house, and Laura says they're 'calm and "
    "civil'. They use a co-parenting app to sort out arrangements, which Laura says 'stops the back and "
    "forth'.",
    ["REL-CONF"],
    [("rule", "REL-CONF", "blue box: separation and contact being managed -> present")])

# ---------------------------------------------------------------- Z29
case("Z29", "Kingsley Vale", "2025-10-27", "2026-03-16")
box("Z29", "A", "yellow",
    "Kyle (15) has been vaping since the summer, which Mum (Lorraine) hates, and last week she found "
    "cannabis in his room; he admits smoking it with friends most weekends. He's agreed to see a worker from "
    "Junction, the young people's drug and alcohol service. Grace (7) is doing brilliantly in Year 3.",
    ["SUB"],
    [("rule", "SUB", "vaping alone is not SUB; cannabis use is")])
box("Z29", "A", "orange",
    "Kyle was arrested on 11 October for shoplifting with two older lads and has been given a youth caution; "
    "YOS have allocated him a worker.",
    ["CRIME"])
box("Z29", "C", "blue",
    "Kyle still vapes but says he hasn't touched cannabis since Christmas, and he finished with Junction in "
    "February. Lorraine will get back in touch with them if she finds anything again. Grace looked after the "
    "class hamster over half term and proudly told everyone she was its 'carer'.",
    [],
    [("historical", "SUB", "cannabis stopped, Junction finished"),
     ("rule", "SUB", "vaping is not SUB (convention 12)"),
     ("hypothetical", "SUB", "'if she finds anything again'"),
     ("lookalike", "CARER", "hamster 'carer'")])
box("Z29", "C", "yellow",
    "Kyle is still working with his YOS worker until May and is doing his reparation hours at the community "
    "garden, which he says he 'actually quite likes'.",
    ["CRIME"])

# ---------------------------------------------------------------- unboxed notes
note("U01", "assessment", "2025-04-02", "Hollybrook", "orange",
     "Call from Mrs Begum. Sophia (6) has been waking with nightmares most nights since the fire at the house "
     "next door in March and won't sleep in her own bed. The GP has referred her to CAMHS. Mum has been "
     "fantastic at keeping bedtimes calm, and school say Sophia is 'her usual sunny self' in class.",
     ["MH-CHILD", "PH"],
     [("outside", "HOUS", "the fire was next door; the family's home is not described as affected"),
      ("rule", "PH", "sleep problem at school age -> PH (convention 9)"),
      ("rule", "level", "CAMHS -> orange")])
note("U02", "closure", "2025-08-18", "Marsh End", "blue",
     "Closing call with Mr Hughes. He set up a £50-a-month plan with the water company himself after I gave "
     "him their WaterSure leaflet, and the arrears are down to £210. 'I've got it under control now,' he "
     "said. No concerns about the children - both are doing well at Brookmead.",
     ["FIN"],
     [("rule", "level", "signposting acted on by the family -> blue"),
      ("negated", "-", "'no concerns about the children'")])
note("U03", "assessment", "2026-01-26", "Kingsley Vale", "green",
     "Chat at breakfast club. Carly says Jaxon (8) has been really upset since his grandad went into hospital "
     "with a heart attack - grandad lives round the corner and usually does the school pick-up. His teacher "
     "knows, and Jaxon has a worry box in class. Nothing else to report.",
     ["MH-CHILD"],
     [("outside", "PH", "grandad lives round the corner: his illness is not coded"),
      ("rule", "level", "school only -> green")])
note("U04", "assessment", "2025-06-23", "Ashcombe", "yellow",
     "Home visit. Neve (14) is looking after Mum, who has fibromyalgia and is in bed most days, and she does "
     "the shopping and cooking for her two younger brothers. Her attendance at Wrenfield has dropped to 81%. "
     "Referred to Kestrel Young Carers and an early help worker has been allocated.",
     ["CARER", "PH", "EDU-ATT"],
     [("rule", "level", "young carers service / EH worker -> yellow")])
note("U05", "closure", "2026-05-11", "Hollybrook", "orange",
     "TAF review. Wes finished the Pathways alcohol programme in April and still sees his recovery worker "
     "monthly. The eviction notice was withdrawn in March once the rent arrears were cleared with a "
     "discretionary housing payment. Children are settled and school have no concerns.",
     ["SUB"],
     [("historical", "HOUS", "eviction notice withdrawn"),
      ("historical", "FIN", "arrears cleared"),
      ("rule", "SUB", "still seeing recovery worker -> ongoing service, present"),
      ("rule", "level", "TAF review -> orange (the eviction cue is historical anyway)")])
note("U06", "assessment", "2025-10-01", "Marsh End", "blue",
     "Tasha popped into the office to ask about the uniform grant. Money's been really tight since her hours "
     "were cut and she's two months behind with her rent, about £780. I gave her the grant form and the local "
     "welfare scheme number, and she rang them from the office. Rio (7) and Summer (5) are lovely and there "
     "are no concerns at school.",
     ["FIN"],
     [("rule", "HOUS", "rent arrears are FIN; no eviction or homelessness risk described"),
      ("rule", "level", "information the family acts on itself -> blue")])
note("U07", "closure", "2025-12-03", "Kingsley Vale", "green",
     "Closure call with Mrs Okafor. Daniel's (9) speech therapy block finished in the summer, but he's still "
     "on SEN support with a speech target and the SENCO reviews it each term. Mum laughed: 'he never stops "
     "talking now!' Dad's back problem has cleared up and he's back at work.",
     ["EDU-SEND"],
     [("rule", "EYD", "speech for a school-age child is EDU-SEND (convention 9)"),
      ("historical", "PH", "Dad's back problem has cleared up"),
      ("rule", "level", "SENCO -> green")])
note("U08", "assessment", "2026-03-04", "Ashcombe", "red",
     "Strategy meeting today after Kelsey (5) told her teacher that Mum's boyfriend hit Mum and threw a plate "
     "at her. Police attended on Sunday and he was arrested and bailed away from the address. Section 47 "
     "enquiry started.",
     ["DA"],
     [("rule", "CRIME", "partner's arrest for the DV is DA only (convention 7)"),
      ("rule", "level", "strategy meeting / s47 -> red")])


# ---------------------------------------------------------------- write
def main():
    ids = [n["narrative_id"] for n in NARRATIVES]
    assert len(ids) == len(set(ids)), "duplicate narrative ids"
    for n in NARRATIVES:
        assert len(n["codes"]) == len(set(n["codes"])), n["narrative_id"]
        assert n["gold_level"] in LEVELS, n["narrative_id"]
        if n["level"]:
            assert n["gold_level"] == n["level"]

    with open(os.path.join(HERE, "narratives.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"])
        for n in NARRATIVES:
            w.writerow([n["narrative_id"], n["triage_id"], n["case_id"], n["stage"], n["date"],
                        n["level"], n["locality"], n["narrative"]])

    with open(os.path.join(HERE, "gold.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "code", "level"])
        for n in NARRATIVES:
            for c in n["codes"]:
                w.writerow([n["narrative_id"], c, n["gold_level"]])

    traps = [{"narrative_id": n["narrative_id"], "gold_codes": n["codes"], "gold_level": n["gold_level"],
              "traps": [{"kind": k, "code": c, "note": t} for k, c, t in n["traps"]]}
             for n in NARRATIVES]
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump({"kinds": {"negated": "negated mention (not gold)",
                             "historical": "past / over (not gold)",
                             "hypothetical": "conditional or future (not gold)",
                             "lookalike": "word that looks like a code term but is not",
                             "outside": "person outside the household",
                             "met": "need now met (not gold)",
                             "rule": "a taxonomy convention decides the coding"},
                   "narratives": traps}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"wrote {len(NARRATIVES)} narratives, "
          f"{sum(len(n['codes']) for n in NARRATIVES)} gold rows, {len(CASES)} cases")


if __name__ == "__main__":
    main()
