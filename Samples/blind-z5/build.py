#!/usr/bin/env python3
"""Blind hand-coded gold set z5: youth work / targeted youth support voice (13-18).

Every narrative, its gold codes and its trap notes are written by hand below.
Running this script writes narratives.csv, gold.csv and traps.json next to it.
Gold codes = `present` issues only, coded per /work/shared/taxonomy.md.
Boxed narratives: every code takes the box level. Unboxed notes: one level,
the highest level cue in the text (taxonomy convention 2), given by hand.

Trap tuple = (type, code, note). Types: negated, historical, hypothetical,
lookalike, outside_household, need_met, convention (a code-choice rule of the
taxonomy's conventions, e.g. child-to-parent violence is REL-PAR not DA).
"""
import csv
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# case_id, locality, {stage: (date, [(level, text, [codes], [traps])])}
CASES = [
("T501", "Brackenford", {
 "assessment": ("2025-02-10", [
  ("green",
   "Kai (17) left his Level 2 construction course at Brackenford College in November after six weeks, says \"it was long, the tutor had it in for me from day one\". Not in any education, work or training since. Registered with the GP, no health worries known. Careers adviser has emailed him the apprenticeship vacancy list.",
   ["EDU-NEET"],
   [("negated", "PH", "no health worries known")]),
  ("yellow",
   "Kai is in his room gaming most of the day and Mum (Donna) says the house is \"like a hotel for him\"; they row most days about him not helping out or putting anything in. He smokes cannabis daily, tells YW \"it's only a bit of bud to chill, everyone does it\". Referred to The Junction for 1:1 drug work.",
   ["REL-PAR", "SUB"],
   [("lookalike", "FIN", "'not putting anything in' is a parent-child row, not a money problem")]),
 ]),
 "closure": ("2025-07-14", [
  ("blue",
   "Kai started a bricklaying apprenticeship with Hartley & Sons in May, says he's \"gassed, the lads on site are safe\". Still smokes weed at weekends but has cut right down and keeps it out of the house, which is the deal he made with Donna.",
   ["SUB"],
   [("need_met", "EDU-NEET", "NEET over: now on an apprenticeship"),
    ("lookalike", "SUB", "'gassed' is slang for excited, not nitrous oxide; SUB is coded for the weed he is still managing")]),
 ]),
}),
("T502", "Saltmoor", {
 "assessment": ("2025-03-03", [
  ("yellow",
   "Leah (15) told the school nurse she has been cutting her arms for about three months, \"it's the only thing that makes my head go quiet\". School nurse has done a safety plan with her; Leah says she has no thoughts of ending her life. Mum (Grace) is supportive but frightened and wants to understand it.",
   ["MH-CHILD"],
   [("negated", "MH-CHILD", "suicidal thoughts denied, but self-harm keeps MH-CHILD present")]),
  ("orange",
   "Leah was contacted on Snapchat by an adult man pretending to be 17; after she sent him images he threatened to share them unless she sent more. Police informed and her phone taken for evidence. CAMHS referral made for the self-harm.",
   ["SAFE-EXP", "MH-CHILD"],
   [("convention", "CRIME", "police investigating an offence against her is not CRIME")]),
 ]),
 "closure": ("2025-09-22", [
  ("green",
   "Leah checks in with the school nurse every week about her mood and keeps a mood diary on her phone. No self-harm since March. Attendance 96%.",
   ["MH-CHILD"],
   [("historical", "MH-CHILD", "self-harm ended in March; MH-CHILD coded only for the ongoing mood check-ins"),
    ("negated", "EDU-ATT", "96% attendance is good news, no need stated")]),
 ]),
}),
("T503", "Fenwick Cross", {
 "assessment": ("2025-01-27", [
  ("orange",
   "Tyrese (16) reported missing four times since New Year. Last time BTP found him in a flat 90 miles away with £600 cash, two phones and 14 wraps of crack; arrested and released under investigation. Tyrese: \"I was just linking my bredrin, I don't know whose bag that was\". NRM referral done, exploitation team allocated.",
   ["SAFE-EXP", "CRIME"],
   [("convention", "SUB", "drugs found on an exploited child: SAFE-EXP and CRIME, not SUB (conv. 12)")]),
  ("red",
   "Strategy meeting 03/03/25, s47 started after threats to Tyrese and his family over a £2,000 \"debt\" for the drugs and cash that were seized. Mum (Sharon) says a car has sat outside the house two nights running.",
   ["SAFE-EXP"],
   [("lookalike", "FIN", "a drug debt owed to exploiters is exploitation, not household debt")]),
 ]),
 "closure": ("2025-08-11", [
  ("orange",
   "Tyrese pleaded guilty to possession with intent to supply and is on a 9-month referral order, YOS see him weekly. No missing episodes since April. He's on the Launchpad course three days a week but it ends in September and nothing is lined up after, so he is at risk of NEET. Sharon works nights as a carer at a nursing home.",
   ["CRIME", "EDU-NEET"],
   [("historical", "SAFE-EXP", "no missing episodes since April"),
    ("lookalike", "CARER", "Mum's job as a care worker is not a young carer"),
    ("convention", "FIN", "working nights is not FIN (conv. 5)")]),
 ]),
}),
("T504", "Kestrel Park", {
 "assessment": ("2025-01-13", [
  ("green",
   "Mia (14) attendance at Kestrel Park Academy is 61% this year, mostly Mondays. SENCO has put her on SEN support for anxiety and given her a time-out card. Mia: \"I literally can't walk through the gates, everyone's staring at me\".",
   ["EDU-ATT", "EDU-SEND", "MH-CHILD"],
   []),
  ("yellow",
   "Mum (Jo) and Dad (Rob) separated before Christmas but Rob is still in the spare room until the house sells, and they argue in front of Mia and her brother most evenings. No violence, and neither describes fear or being controlled. Jo says if Rob won't agree the sale she may have to ask the council about emergency housing. Mediation offered.",
   ["REL-CONF"],
   [("negated", "DA", "no violence, no fear or control"),
    ("hypothetical", "HOUS", "emergency housing only if the sale is not agreed")]),
 ]),
 "closure": ("2025-06-30", [
  ("blue",
   "Rob moved into a flat nearby in March. Jo and Rob now sort everything through a co-parenting app and Mia stays at Dad's on Wednesdays and alternate weekends; handovers are calm.",
   ["REL-CONF"],
   []),
 ]),
}),
("T505", "Brackenford", {
 "assessment": ("2025-04-22", [
  ("orange",
   "Jordan (17) told to leave by Mum's partner Gary on 12/04 after a row ended with Jordan punching the kitchen door and Gary ringing the police. Jordan has been sofa-surfing at mates' for two weeks: \"I'm cotching at my boy's but his mum wants me gone by Friday\". Joint 16/17 housing assessment under way.",
   ["HOUS", "REL-PAR", "CRIME"],
   []),
  ("yellow",
   "Jordan is on a Level 3 sport course at Brackenford College; attendance has dropped to 58% since he left home and his tutor says he could be withdrawn. He can't afford bus fares and has been using the college food bank.",
   ["EDU-ATT", "EDU-NEET", "FIN"],
   []),
 ]),
 "closure": ("2025-10-06", [
  ("yellow",
   "Jordan moved into supported lodgings at Saltmoor Foyer in June, has a key worker there and says it's \"peak sometimes but it's my own space\". College attendance 88% in the summer term and his tutor is happy with him.",
   ["HOUS"],
   [("need_met", "EDU-ATT", "attendance recovered, good news only")]),
 ]),
}),
("T506", "Saltmoor", {
 "assessment": ("2025-02-17", [
  ("yellow",
   "Ellie-Mae (13) does most of the cooking and takes her brother Alfie (6) to school because Mum (Kerry) has been in bed a lot since her depression got worse over the winter. Ellie-Mae has been late 23 times this term. Referral made to Saltmoor Young Carers.",
   ["CARER", "MH-ADULT", "EDU-ATT"],
   []),
  ("orange",
   "Kerry drinking daily, Ellie-Mae says \"she's on the cans from dinner time and then she's proper moody\". Kerry accepts it's too much and has self-referred to the alcohol service. There is food in the house and the home is clean and tidy.",
   ["SUB"],
   [("negated", "SAFE-NEG", "food in the house, home clean")]),
 ]),
 "closure": ("2025-07-21", [
  ("blue",
   "Ellie-Mae goes to the young carers group on Thursdays and Kerry now does the school run three days a week. Kerry has cut down to weekends only and her GP has upped her antidepressants; she says she's \"not 100% but getting there\". Ellie-Mae hasn't been late since Easter.",
   ["CARER", "SUB", "MH-ADULT"],
   [("historical", "EDU-ATT", "not late since Easter")]),
 ]),
}),
("T507", "Fenwick Cross", {
 "assessment": ("2025-05-12", [
  ("orange",
   "Callum (15) found with a lock knife in his bag by staff on 06/05/25; police attended and he got a youth caution, YOS doing the intervention. Callum: \"it's mad round mine, everyone's carrying\". Suspended for five days.",
   ["CRIME", "EDU-EXC"],
   []),
  ("yellow",
   "Mum (Tanya) works two jobs and is rarely home before 9pm. Callum comes and goes as he pleases and won't say where he's been. Tanya: \"I can't do anything with him, he just laughs at me\". Parenting support offered.",
   ["REL-PAR"],
   [("convention", "FIN", "working two jobs is not FIN")]),
 ]),
 "closure": ("2025-10-13", [
  ("yellow",
   "Caution intervention with YOS finished in August and they'd only pick Callum back up if there was further offending. He's back in school full-time with no suspensions since. Tanya is doing an online teen parenting course and says boundaries are \"better, but he still pushes it\".",
   ["REL-PAR"],
   [("historical", "CRIME", "YOS intervention finished"),
    ("hypothetical", "CRIME", "YOS again only if further offending"),
    ("historical", "EDU-EXC", "no suspensions since")]),
 ]),
}),
("T508", "Kestrel Park", {
 "assessment": ("2025-10-06", [
  ("yellow",
   "Amira (16) left Year 11 with two GCSEs and didn't take up her college place in September: \"what's the point, I'm thick anyway\". Low mood for about six months, stays in her room most of the day; GP appointment booked. Dad (Karim) lost his warehouse job in August, the family are on UC and £480 behind on the gas and electric.",
   ["EDU-NEET", "MH-CHILD", "FIN"],
   []),
 ]),
 "closure": ("2026-03-09", [
  ("green",
   "Amira started a study programme at Kestrel Park Sixth Form in January, 91% attendance, and sees the college counsellor every fortnight.",
   ["MH-CHILD"],
   [("need_met", "EDU-NEET", "back in education since January")]),
  ("blue",
   "Karim back in work since February. The energy arrears are on a payment plan with the supplier, £25 a month, and they're keeping to it.",
   ["FIN"],
   [("need_met", "FIN", "worklessness over; FIN stays present for the arrears being paid off (conv. 3)")]),
 ]),
}),
("T509", "Brackenford", {
 "assessment": ("2025-04-07", [
  ("orange",
   "Reece (17) stopped by police twice in March in the retail park car park with a group inhaling nitrous oxide, canisters found in the car he was sitting in. Community resolution given on the second occasion. Reece: \"it's just nos, it ain't even a proper drug bruv\".",
   ["SUB", "CRIME"],
   []),
  ("yellow",
   "Reece is an apprentice mechanic; his employer has raised his lateness and says he'll lose the apprenticeship if it carries on. Reece has tingling and numbness in his feet, advised to see the GP.",
   ["EDU-NEET", "PH"],
   []),
 ]),
 "closure": ("2025-09-15", [
  ("yellow",
   "Reece says he stopped the nos after the GP explained the nerve damage: \"it shook me, I ain't touching it again\". Still has numbness, physio referral made. Apprenticeship going well; employer says he'd only be let go if the lateness came back.",
   ["PH"],
   [("historical", "SUB", "stopped nitrous oxide"),
    ("hypothetical", "EDU-NEET", "would lose the apprenticeship only if lateness returns")]),
 ]),
}),
("T510", "Saltmoor", {
 "assessment": ("2025-01-20", [
  ("red",
   "Shannon (15), Tyler (8) and Kian (2) on CP plans under neglect since January. Visits found no food in the cupboards, dog mess on the floors and no working fridge. Shannon is often left to look after both boys overnight and gets Kian up and fed in the mornings: \"I'm basically his mum\".",
   ["SAFE-NEG", "CARER"],
   []),
  ("orange",
   "Mum (Leanne) disclosed using cocaine most weekends and is now open to the drug and alcohol service. Shannon's attendance is 72% and she has had two suspensions for swearing at staff.",
   ["SUB", "EDU-ATT", "EDU-EXC"],
   []),
  ("yellow",
   "Kian (2) has about 30 words; HV has referred him to speech and language therapy. He is in nursery three mornings a week.",
   ["EYD"],
   []),
 ]),
 "closure": ("2025-10-20", [
  ("red",
   "CP plans ended 10/10/25 and the children are stepped down to a CIN plan for neglect. Home conditions much better on unannounced visits, new fridge, food in. Leanne's hair strand test in September was clear and she says she hasn't used since July. Shannon still does the nursery drop-off twice a week and has had a young carers assessment.",
   ["SAFE-NEG", "CARER"],
   [("historical", "SUB", "clear hair strand test, not used since July")]),
 ]),
}),
("T511", "Kestrel Park", {
 "assessment": ("2025-09-29", [
  ("orange",
   "Ollie (14) is on his fourth suspension this year, the latest for throwing a chair in science. School proposing a managed move to Fenwick High. He's been referred for an ADHD assessment, due in November.",
   ["EDU-EXC", "EDU-SEND"],
   []),
 ]),
 "closure": ("2026-02-23", [
  ("orange",
   "Managed move to Fenwick High went ahead in January on a 12-week trial; one internal isolation so far. ADHD confirmed in December and he has started medication.",
   ["EDU-EXC", "EDU-SEND"],
   []),
  ("blue", "None.", [], []),
 ]),
}),
("T512", "Saltmoor", {
 "assessment": ("2025-05-19", [
  ("orange",
   "Dylan (15) was blackmailed on Instagram after sending an intimate picture to someone he thought was a girl his age; they demanded £200. He told Dad two days later, police and platform reports made. Dylan: \"I was gonna end it, I felt so stupid\". Seen by the CAMHS crisis team the same night.",
   ["SAFE-EXP", "MH-CHILD"],
   [("lookalike", "FIN", "the £200 demand is sextortion, not a money problem"),
    ("convention", "CRIME", "police report of an offence against him is not CRIME")]),
  ("yellow",
   "Dad (Martin) is a single parent and has been off sick with his back since October. Money is tight and he has borrowed from a loan app to cover the rent.",
   ["PH", "FIN"],
   []),
 ]),
 "closure": ("2025-11-03", [
  ("yellow",
   "Dylan still gets messages from accounts he doesn't know and is working through online safety sessions with the YW; he reports and blocks them. CAMHS sessions continuing, no thoughts of ending his life since the summer. Martin cleared the loan app debt in August.",
   ["SAFE-EXP", "MH-CHILD"],
   [("historical", "FIN", "loan app debt cleared in August")]),
 ]),
}),
("T513", "Kestrel Park", {
 "assessment": ("2025-06-09", [
  ("orange",
   "Kacey (16) asked to leave by Mum (Nicola) on 02/06 after a row about her boyfriend Jake (22). Kacey now stays at Jake's flat most nights. Jake is known to police for supplying and Kacey has turned up with new trainers and a phone Nicola didn't buy. Kacey: \"he looks after me, you lot don't even know him\".",
   ["HOUS", "REL-PAR", "SAFE-EXP"],
   [("outside_household", "CRIME", "Jake's supplying is an outsider's offence; only its effect on Kacey (SAFE-EXP) is coded")]),
  ("yellow",
   "Kacey is on the Level 2 hair and beauty course at Saltmoor College, attendance 70%. Nicola has fibromyalgia and says she can't cope with Kacey's attitude and the rows.",
   ["EDU-ATT", "PH", "REL-PAR"],
   []),
 ]),
 "closure": ("2025-11-17", [
  ("yellow",
   "Kacey back home since August after family mediation. She ended it with Jake in July and has blocked him. Still rows over her curfew, mediator booked for one more session in October.",
   ["REL-PAR"],
   [("need_met", "HOUS", "back home since August"),
    ("historical", "SAFE-EXP", "relationship with Jake ended in July")]),
 ]),
}),
("T514", "Fenwick Cross", {
 "assessment": ("2025-11-10", [
  ("yellow",
   "Harvey (13) is being picked on on the school bus and in a group chat where edited pictures of him get shared. He has refused to go in for three weeks: \"I'm not going back, they'll just start again\".",
   ["SAFE-EXP", "EDU-ATT"],
   []),
  ("green",
   "Mum (Claire) has anxiety and panic attacks, sees her GP and is on sertraline. She finds it hard to walk Harvey into school herself.",
   ["MH-ADULT"],
   []),
 ]),
 "closure": ("2026-03-30", [
  ("green",
   "Harvey attending full-time since February half term after a change of tutor group and a public bus pass; school dealt with the group chat. He'd go back on the attendance support plan should his attendance dip again. Claire still on sertraline and says she's \"doing ok\".",
   ["MH-ADULT"],
   [("need_met", "EDU-ATT", "attending full-time since February"),
    ("hypothetical", "EDU-ATT", "support plan only should attendance dip"),
    ("historical", "SAFE-EXP", "group chat bullying dealt with")]),
 ]),
}),
("T515", "Brackenford", {
 "assessment": ("2025-09-15", [
  ("yellow",
   "Josh (17) is the main carer for Dad (Steve), who has MS and uses a wheelchair; Josh helps him shower and sorts his tablets. Josh: \"I don't mind, he's my dad, but I'm knackered all the time\". He is missing college most mornings to do Steve's care.",
   ["CARER", "PH", "EDU-ATT"],
   []),
  ("green",
   "Steve gets PIP and ESA and says money is fine. Nan lives two doors down and does their big shop every week.",
   [],
   [("convention", "PH", "benefit names alone imply neither PH nor CARER (conv. 5)"),
    ("negated", "FIN", "money is fine"),
    ("outside_household", "CARER", "Nan lives elsewhere")]),
 ]),
 "closure": ("2026-02-09", [
  ("yellow",
   "Adult social care package for Steve's MS started in December, care workers come in twice a day. Josh still does evenings and weekends and has a young carers worker; college attendance up to 93%.",
   ["CARER", "PH"],
   [("need_met", "EDU-ATT", "attendance up to 93%, good news"),
    ("lookalike", "CARER", "paid care workers are not CARER; CARER is coded for Josh")]),
 ]),
}),
("T516", "Kestrel Park", {
 "assessment": ("2025-11-24", [
  ("red",
   "Tia (14) missing six times since September, twice found in cars with adult men. Strategy meeting 14/11/25, s47 completed, now on a CP plan under CSE. Tia: \"they're my mates, they buy me food and that, it's not deep\".",
   ["SAFE-EXP"],
   [("lookalike", "SAFE-NEG", "men buying her food is grooming, not lack of food at home")]),
  ("orange",
   "Tia says she smokes weed with the men and was given pills at a party. Vapes constantly. Permanently excluded from Kestrel Park Academy in October for persistent disruption and walking out of lessons, now at the PRU.",
   ["SUB", "EDU-EXC"],
   [("convention", "SUB", "vaping alone is not SUB (conv. 12); SUB coded for the weed and pills")]),
  ("yellow",
   "Tia and Mum (Becky) argue constantly and Tia has shoved Becky into the wall twice. Becky: \"I'm scared of my own daughter\". Becky had postnatal depression after Tia's brother was born in 2019 and says she feels hopeless again now.",
   ["REL-PAR", "MH-ADULT"],
   [("convention", "DA", "child-to-parent violence is REL-PAR, not DA (conv. 8)"),
    ("historical", "MH-ADULT", "PND in 2019 is past; MH-ADULT coded for the current hopelessness")]),
 ]),
 "closure": ("2026-05-18", [
  ("red",
   "CP plan under CSE continues. No missing episodes since December and Becky says Tia is home by 9 most nights. Tia at the PRU three days a week. Becky on the waiting list for the adult mental health team. Tia says she's stopped smoking weed, still vapes.",
   ["SAFE-EXP", "EDU-ATT", "MH-ADULT"],
   [("historical", "SUB", "stopped smoking weed; vaping is not SUB"),
    ("historical", "SAFE-EXP", "no missing since December; SAFE-EXP stays for the CP plan under CSE")]),
 ]),
}),
("T517", "Saltmoor", {
 "assessment": ("2025-10-27", [
  ("orange",
   "Mum (Sarah) disclosed coercive control by her partner Lee, who lives with them: he controls her money and checks her phone. Police called 21/10 after Lee pushed Sarah; Nathan (16) stepped in and was punched. DASH high risk, MARAC 05/11.",
   ["DA"],
   [("convention", "CRIME", "partner's assault and police call-out are DA only (conv. 7)"),
    ("lookalike", "FIN", "controlling her money is economic abuse (DA), not a money problem")]),
  ("yellow",
   "Nathan hasn't been to college since September and has been withdrawn from his course; says he needs to be at home \"in case Lee kicks off again\". Smokes weed every night \"to switch off\".",
   ["EDU-NEET", "SUB"],
   []),
 ]),
 "closure": ("2026-03-16", [
  ("orange",
   "Lee moved out in November and is on bail not to contact Sarah; he breached in January and was arrested. Sarah has started the women's aid recovery group on Tuesdays. Nathan on a council parks traineeship four days a week: \"it's calm, I like being outside\". Still smokes weed most evenings, doesn't want drug service input.",
   ["DA", "SUB"],
   [("convention", "CRIME", "breach and arrest of the ex-partner are DA only (conv. 7)"),
    ("need_met", "EDU-NEET", "now on a traineeship")]),
 ]),
}),
("T518", "Fenwick Cross", {
 "assessment": ("2025-09-08", [
  ("yellow",
   "Aaliyah (15) has lost a lot of weight since the summer, skipping lunch and exercising for hours; GP weighed her and referred her to the CAMHS eating disorders team. Aaliyah: \"I just want to be in control of something\". No worries about school, predicted 7s and 8s and attendance 98%.",
   ["MH-CHILD", "PH"],
   [("negated", "EDU-ATT", "no worries about school, attendance 98%")]),
 ]),
 "closure": ("2026-01-26", [
  ("green",
   "Aaliyah's weight is stable and the GP weighs her monthly. Still seen by the eating disorders team every two weeks. Parents together and supportive, no concerns at home.",
   ["PH", "MH-CHILD"],
   [("negated", "REL-CONF", "parents together, no concerns at home")]),
 ]),
}),
("T519", "Brackenford", {
 "assessment": ("2025-09-22", [
  ("orange",
   "Family of six in a two-bed flat; Liam (15) and Mason (13) share a room with their sister Poppy (4). Black mould in both bedrooms and Mason's asthma has got worse. Section 21 notice served 01/09/25 after Mum (Stacey) complained to the landlord about the damp.",
   ["HOUS", "PH"],
   []),
  ("yellow",
   "Dad (Wayne) is in HMP Ridgeway until 2027 for burglary; the boys visit him monthly. Liam smashed a bus shelter with mates in August and police brought him home. Poppy (4) still in nappies in the day, nursery working on toilet training with Stacey.",
   ["CRIME", "EYD"],
   [("outside_household", "CRIME", "Dad in prison is outside the household; CRIME is coded for Liam's criminal damage")]),
 ]),
 "closure": ("2026-03-02", [
  ("yellow",
   "Family rehoused to a four-bed council house in January, no damp. Mason's asthma better controlled on a new preventer. Liam open to YOS prevention after a second incident in December and engaging well.",
   ["PH", "CRIME"],
   [("need_met", "HOUS", "rehoused, no damp")]),
 ]),
}),
("T520", "Saltmoor", {
 "assessment": ("2025-06-16", [
  ("yellow",
   "Mum (Angela) disclosed gambling on online slots, £6,000 on credit cards and two months behind on the rent. Sophie (16) has been handing over her wages from her Saturday job. Angela referred to Citizens Advice and a gambling support service.",
   ["FIN"],
   [("convention", "SUB", "gambling is FIN, not SUB (conv. 10)")]),
  ("green",
   "Sophie's dad lives in Cornwall and drinks heavily; she FaceTimes him and says \"he's a mess but that's not on me\". Sophie is at sixth form doing A levels and her attendance is good.",
   [],
   [("outside_household", "SUB", "father's drinking, he lives elsewhere"),
    ("negated", "EDU-ATT", "attendance good")]),
 ]),
 "closure": ("2025-12-01", [
  ("blue",
   "Angela has signed up to self-exclusion on the gambling sites and is paying £60 a month through a debt management plan. Rent arrears cleared in October.",
   ["FIN"],
   [("lookalike", "EDU-EXC", "'self-exclusion' from gambling sites"),
    ("historical", "FIN", "rent arrears cleared; FIN present for the debt plan")]),
 ]),
}),
("T521", "Fenwick Cross", {
 "assessment": ("2025-02-24", [
  ("orange",
   "Marcus (14) found at school with ten bags of cannabis and £150 in his blazer; says an older lad from the estate told him to hold it. Police attended, CCE referral made to the exploitation hub. School gave a 10-day suspension rather than a permanent exclusion.",
   ["SAFE-EXP", "CRIME", "EDU-EXC"],
   [("convention", "SUB", "drugs found on an exploited child are not SUB (conv. 12)"),
    ("outside_household", "CRIME", "the older lad is outside the household")]),
  ("yellow",
   "Mum (Debbie) has depression and is on the waiting list for talking therapies. Marcus's older sister (19), who lives with her boyfriend, used to have him after school.",
   ["MH-ADULT"],
   [("outside_household", "REL-PAR", "sister lives elsewhere and the arrangement is past")]),
 ]),
 "closure": ("2025-07-07", [
  ("yellow",
   "Marcus back at Fenwick High full-time, no suspensions this term, and no further exploitation concerns from police or school since March; police will tell the hub if he's seen with the older lads again. Debbie started talking therapies in May.",
   ["MH-ADULT"],
   [("negated", "SAFE-EXP", "no further exploitation concerns"),
    ("hypothetical", "SAFE-EXP", "flag only if seen with the older lads again"),
    ("historical", "EDU-EXC", "no suspensions this term")]),
 ]),
}),
("T522", "Saltmoor", {
 "assessment": ("2025-09-29", [
  ("green",
   "Chloe (16) has an EHCP for autism. The move to college in September broke down after two days and she is not in any education or training now. Mum (Helen) is a parent carer; EHCP annual review brought forward to November.",
   ["EDU-SEND", "EDU-NEET"],
   [("lookalike", "CARER", "'parent carer' is not a young carer (conv. 12)")]),
  ("yellow",
   "Chloe having meltdowns at home three or four times a week, hitting Helen and breaking things. Helen: \"I'm walking on eggshells\". Chloe very anxious about leaving the house.",
   ["REL-PAR", "MH-CHILD"],
   [("convention", "DA", "child-to-parent violence is REL-PAR, not DA (conv. 8)")]),
 ]),
 "closure": ("2026-04-13", [
  ("green",
   "Chloe started a supported internship two days a week at the library in February, written into her EHCP. Still anxious but manages with ear defenders and a travel buddy. Meltdowns down to about one a fortnight; Helen uses what she learned on the autism parenting course.",
   ["EDU-SEND", "MH-CHILD", "REL-PAR"],
   [("need_met", "EDU-NEET", "in a supported internship")]),
 ]),
}),
("T523", "Kestrel Park", {
 "assessment": ("2026-01-19", [
  ("orange",
   "Ryan (17) on a six-month referral order for theft from a vehicle, YOS panel 20/01/26. Dad (Paul) lives with the family and has been on licence since his release in December, reporting to probation weekly.",
   ["CRIME"],
   []),
  ("yellow",
   "Ryan says he drinks \"a couple of bottles of rosé on a Friday with the boys\", denies any drugs. Mum (Jackie) worried it's getting more. Ryan not in education, work or training since leaving school last July.",
   ["SUB", "EDU-NEET"],
   [("negated", "SUB", "drugs denied; SUB present for the drinking")]),
 ]),
 "closure": ("2026-07-27", [
  ("yellow",
   "Referral order completed in July. Ryan got his CSCS card and has been working on site with a groundworks firm since June. Still drinking heavily most weekends and has agreed to see the young people's drug and alcohol worker. Paul's licence ended in June.",
   ["SUB"],
   [("historical", "CRIME", "referral order completed, Dad's licence ended"),
    ("need_met", "EDU-NEET", "in work since June")]),
 ]),
}),
("T524", "Fenwick Cross", {
 "assessment": ("2025-10-20", [
  ("yellow",
   "Zara (15) on her phone until 3 or 4am most nights and exhausted in lessons: \"everyone's on it, I'd be left out\". She and Mum (Farah) row daily about it and Zara has screamed at Farah and locked herself in the bathroom. Zara has been adding strangers on Snapchat and met one, a 17-year-old boy, at the shopping centre.",
   ["PH", "REL-PAR", "SAFE-EXP"],
   []),
 ]),
 "closure": ("2026-02-02", [
  ("blue",
   "Family agreed a phone contract: it goes on charge downstairs at 10pm. Zara says it's \"long\" but she's sticking to it. Snapchat now set to friends only and she's removed everyone she doesn't know in real life.",
   ["REL-PAR", "SAFE-EXP"],
   []),
 ]),
}),
("T525", "Brackenford", {
 "assessment": ("2025-11-03", [
  ("orange",
   "Kyle (16) admitted to the children's ward in October after a psychotic episode linked to heavy skunk use, now open to the Early Intervention in Psychosis team. Kyle: \"I was smoking like an eighth a day, it was mad\".",
   ["MH-CHILD", "SUB"],
   []),
  ("yellow",
   "Mum (Lisa) anxious and tearful since Kyle was admitted and has been signed off work. She had a breakdown in 2022 and says this feels the same.",
   ["MH-ADULT"],
   [("historical", "MH-ADULT", "2022 breakdown is past; current anxiety is coded"),
    ("convention", "FIN", "signed off work is not a money problem")]),
 ]),
 "closure": ("2026-04-20", [
  ("orange",
   "Kyle still with EIP and on antipsychotic medication. Says he hasn't smoked since Christmas, \"I'm done with it, I ain't going back there\", and his drug test in March was clear. Lisa back at work and goes to the monthly carers' group at EIP.",
   ["MH-CHILD"],
   [("historical", "SUB", "not smoked since Christmas, clear test"),
    ("lookalike", "CARER", "carers' group is for the parent, not a young carer")]),
 ]),
}),
("T526", "Saltmoor", {
 "assessment": ("2025-06-02", [
  ("orange",
   "Demi (17) is 24 weeks pregnant and has been sofa-surfing between her nan's and friends since Mum (Trina) asked her to leave in May after months of rows. She's missed two antenatal appointments. 16/17 housing assessment done and she's in emergency supported accommodation pending panel.",
   ["HOUS", "REL-PAR", "PH"],
   []),
  ("yellow",
   "Demi not in education, work or training since leaving school. Her UC claim is stuck because she can't prove she's estranged, and she's been using the food bank.",
   ["EDU-NEET", "FIN"],
   []),
 ]),
 "closure": ("2025-10-27", [
  ("yellow",
   "Baby born 02/09/25, both well; HV says baby is feeding well and putting on weight. Demi in a mother and baby placement at Saltmoor Foyer with a key worker. UC now in payment.",
   ["HOUS"],
   [("lookalike", "PH", "baby's weight gain is good news"),
    ("need_met", "FIN", "UC now in payment")]),
 ]),
}),
("T527", "Kestrel Park", {
 "assessment": ("2025-12-08", [
  ("yellow",
   "Ethan (13) has ADHD, is on medication and on SEN support. He has been on a mornings-only timetable since November after kicking off in lessons.",
   ["EDU-SEND", "EDU-ATT", "EDU-EXC"],
   []),
  ("orange",
   "Dad (Gavin) drinks most nights; Ethan: \"he's alright till he's had a drink\". Gavin was arrested for being drunk and disorderly in town on 29/11. Mum left in 2021 because of DV from Gavin and has had no contact since.",
   ["SUB", "CRIME"],
   [("historical", "DA", "DV ended when Mum left in 2021")]),
 ]),
}),
("T528", "Fenwick Cross", {
 "assessment": ("2025-08-18", [
  ("orange",
   "Rhiannon (16), who is non-binary and uses they/them, was told by Dad (Neil) they couldn't live under his roof \"dressed like that\" and has been staying at a friend's for three weeks. Self-harming weekly, CAMHS referral accepted. Getting abuse on Instagram from ex-classmates.",
   ["HOUS", "REL-PAR", "MH-CHILD", "SAFE-EXP"],
   []),
 ]),
 "closure": ("2026-01-12", [
  ("orange",
   "Rhiannon back home since December after family sessions with the TYS worker; Neil: \"I'm trying, it's still hard for me\". Still seeing CAMHS fortnightly, last self-harm six weeks ago. Attending Year 12 well.",
   ["REL-PAR", "MH-CHILD"],
   [("need_met", "HOUS", "back home since December"),
    ("negated", "EDU-ATT", "attending well")]),
 ]),
}),
("T529", "Brackenford", {
 "assessment": ("2025-10-13", [
  ("yellow",
   "Brandon (15) suspended for three days for selling vapes to Year 8s: \"everyone's doing it, it's only a fiver\". Mum (Jade) had a baby in August and has been really low; HV did a postnatal depression screen and she's started on medication.",
   ["EDU-EXC", "MH-ADULT"],
   [("convention", "SUB", "vapes are not SUB (conv. 12)")]),
 ]),
 "closure": ("2026-03-23", [
  ("blue",
   "Jade says her mood is much better; still on her tablets and goes to a mums' walking group. Brandon no suspensions since October. Baby Leo feeding and growing well.",
   ["MH-ADULT"],
   [("historical", "EDU-EXC", "no suspensions since October"),
    ("negated", "EYD", "baby thriving, no need stated")]),
 ]),
}),
("T530", "Kestrel Park", {
 "assessment": ("2025-11-03", [
  ("orange",
   "Keeley (14) taken to A&E by ambulance on 31/10 after drinking vodka in the park with older girls; police found her and called the ambulance. Keeley: \"I only had like half the bottle, I was fine\". School say she's been skipping lessons and hiding in the toilets.",
   ["SUB", "EDU-ATT"],
   [("convention", "CRIME", "police finding her is safeguarding, not CRIME (conv. 7)")]),
  ("yellow",
   "Dad (Dean) out of work since the factory closed in the spring and the family use the food bank every fortnight; Mum (Carla) works part-time. Parents say they argue a lot about money but it's never physical.",
   ["FIN", "REL-CONF"],
   [("negated", "DA", "never physical")]),
 ]),
 "closure": ("2026-03-16", [
  ("yellow",
   "Keeley finished six sessions with the young people's substance misuse service and says she's \"not even bothered about drinking now\"; no more A&E visits. School nurse would re-refer should she be found drinking again. Dean on an employment support programme through the Jobcentre.",
   ["FIN"],
   [("historical", "SUB", "finished sessions, not drinking"),
    ("hypothetical", "SUB", "re-referral only should she drink again")]),
 ]),
}),
]

# Unboxed case notes: id, case/locality, stage, date, gold level, text, codes, traps
UNBOXED = [
("U501", "Brackenford", "assessment", "2025-05-06", "yellow",
 "Home visit. Tayo (16) told the YW he's been \"doing balloons\" most weekends at the skate park and is getting bad headaches. Agreed referral to The Junction young people's drug service; Mum to book a GP appointment about the headaches.",
 ["SUB", "PH"],
 [("lookalike", "SUB", "'balloons' is slang for nitrous oxide (present SUB)")]),
("U502", "Fenwick Cross", "assessment", "2025-08-04", "orange",
 "Call from the Fenwick High DSL: Jasmine (15) disclosed that Mum's boyfriend, who stays at the house most nights, has been hitting Mum. Police attended last night and he was arrested. Jasmine says she doesn't want to go home while he's there.",
 ["DA"],
 [("convention", "CRIME", "partner's arrest for the DV is DA only (conv. 7)")]),
("U503", "Saltmoor", "closure", "2025-09-01", "blue",
 "Drop-in at Saltmoor Youth Hub. Aiden (17) got a place on the electrician apprenticeship and is \"buzzing, no cap\". Nothing he wanted help with; said he'd come back if the apprenticeship falls through. Given the bus pass leaflet.",
 [],
 [("hypothetical", "EDU-NEET", "only if the apprenticeship falls through")]),
("U504", "Kestrel Park", "assessment", "2026-02-16", "red",
 "Strategy meeting today re Lacey (14): disclosed sexual assault by a 19-year-old she met through a group chat; s47 to proceed. Lacey is self-harming and has been missing from home twice this month.",
 ["SAFE-EXP", "MH-CHILD"],
 []),
("U505", "Brackenford", "assessment", "2025-11-17", "yellow",
 "Mum (Toni) rang: Kieran (16) dropped out of his college course in October and is at home all day. They rowed on Sunday and he put his fist through his bedroom door. Toni is booked onto a parenting course for parents of teens starting next month.",
 ["EDU-NEET", "REL-PAR"],
 []),
("U506", "Kestrel Park", "closure", "2026-01-26", "orange",
 "TAF review for the Okoro family. Daniel (13) attendance up to 90% from 74% but he is still late most mornings. Dad (Samuel) has found work and the family no longer need the food bank. Multi-agency TAF plan to continue for six more weeks.",
 ["EDU-ATT"],
 [("need_met", "FIN", "Dad in work, food bank no longer needed")]),
("U507", "Saltmoor", "assessment", "2025-12-01", "blue",
 "Text from Paula: she found a vape in Lily's (15) room that smells of weed. Lily admits it's a THC pen, \"it's just weed innit, calm down\". Paula says she'll deal with it herself; sent her the Talk to FRANK links.",
 ["SUB"],
 [("lookalike", "SUB", "a THC vape is cannabis use (SUB), unlike plain vaping")]),
("U508", "Fenwick Cross", "closure", "2026-04-06", "orange",
 "Closure note. YOS confirm Harley (17) finished his referral order in February with no further offending, and he's at college four days a week. Mum has been served a Section 21 notice by the private landlord (14/03/26) and has been referred to the council's housing options team.",
 ["HOUS"],
 [("historical", "CRIME", "referral order finished, no further offending")]),
]

STAGE_LETTER = {"assessment": "A", "closure": "C"}


def rows():
    narr, gold, traps = [], [], []
    for case_id, loc, stages in CASES:
        for stage in ("assessment", "closure"):
            if stage not in stages:
                continue
            date, boxes = stages[stage]
            tid = "%s-%s" % (case_id, STAGE_LETTER[stage])
            for level, text, codes, tr in boxes:
                nid = "%s-%s" % (tid, level)
                narr.append([nid, tid, case_id, stage, date, level, loc, text])
                for c in codes:
                    gold.append([nid, c, level])
                for t in tr:
                    traps.append({"narrative_id": nid, "type": t[0], "code": t[1], "note": t[2]})
    for nid, loc, stage, date, glevel, text, codes, tr in UNBOXED:
        narr.append([nid, nid, nid, stage, date, "", loc, text])
        for c in codes:
            gold.append([nid, c, glevel])
        for t in tr:
            traps.append({"narrative_id": nid, "type": t[0], "code": t[1], "note": t[2]})
    return narr, gold, traps


def write_csv(path, header, data):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(header)
        w.writerows(data)


def main():
    narr, gold, traps = rows()
    write_csv(os.path.join(HERE, "narratives.csv"),
              ["narrative_id", "triage_id", "case_id", "stage", "date", "level", "locality", "narrative"], narr)
    write_csv(os.path.join(HERE, "gold.csv"), ["narrative_id", "code", "level"], gold)
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(traps, f, indent=1, ensure_ascii=False)
        f.write("\n")
    # summary
    from collections import Counter
    boxed = [n for n in narr if n[5]]
    print("narratives", len(narr), "boxed", len(boxed), "unboxed", len(narr) - len(boxed))
    print("cases", len(CASES), "triages", len({n[1] for n in boxed}),
          "assessment", len({n[1] for n in boxed if n[3] == "assessment"}),
          "closure", len({n[1] for n in boxed if n[3] == "closure"}))
    print("gold rows", len(gold))
    print("per code", dict(sorted(Counter(g[1] for g in gold).items())))
    print("per level", dict(sorted(Counter(g[2] for g in gold).items())))
    coded = {g[0] for g in gold}
    print("narratives with no gold code", len([n for n in narr if n[0] not in coded]))
    tn = {t["narrative_id"] for t in traps}
    print("narratives with >=1 trap", len(tn))
    print("trap notes by type", dict(sorted(Counter(t["type"] for t in traps).items())))


if __name__ == "__main__":
    main()
