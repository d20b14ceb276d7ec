#!/usr/bin/env python3
"""Blind gold set z65: secondary-school pastoral / DSL notes, 2025-26.
Every narrative, its gold codes and a short trap note are written by hand below."""
import csv, json, os

HERE = os.path.dirname(os.path.abspath(__file__))

# case_id: (locality, assessment date, closure date)
CASES = {
    "P001": ("Hollinsford", "2025-09-22", "2026-02-10"),
    "P002": ("Marshgate", "2025-09-29", "2026-03-02"),
    "P003": ("Eastcliffe", "2025-10-06", "2026-03-16"),
    "P004": ("Brackenwood", "2025-10-13", "2026-04-20"),
    "P005": ("Hollinsford", "2025-10-20", "2026-03-09"),
    "P006": ("Marshgate", "2025-11-03", "2026-04-27"),
    "P007": ("Eastcliffe", "2025-11-10", "2026-05-05"),
    "P008": ("Brackenwood", "2025-11-17", "2026-04-13"),
    "P009": ("Hollinsford", "2025-11-24", "2026-05-18"),
    "P010": ("Marshgate", "2025-12-01", "2026-05-11"),
    "P011": ("Eastcliffe", "2025-12-08", "2026-06-01"),
    "P012": ("Brackenwood", "2026-01-12", "2026-06-15"),
    "P013": ("Hollinsford", "2026-01-19", "2026-06-22"),
    "P014": ("Marshgate", "2026-01-26", "2026-06-29"),
    "P015": ("Eastcliffe", "2026-02-02", "2026-07-06"),
    "P016": ("Brackenwood", "2026-02-09", "2026-07-13"),
    "P017": ("Hollinsford", "2026-02-23", "2026-07-10"),
    "P018": ("Marshgate", "2026-03-02", "2026-07-15"),
    "P019": ("Eastcliffe", "2026-03-09", "2026-07-17"),
    "P020": ("Brackenwood", "2026-03-16", "2026-07-20"),
    "P021": ("Hollinsford", "2025-09-15", "2026-01-26"),
    "P022": ("Marshgate", "2025-09-08", "2026-02-02"),
    "P023": ("Eastcliffe", "2025-09-22", "2026-02-16"),
    "P024": ("Brackenwood", "2025-10-01", "2026-03-23"),
    "P025": ("Hollinsford", "2025-10-08", "2026-03-30"),
    "P026": ("Marshgate", "2025-10-15", "2026-04-08"),
    "P027": ("Eastcliffe", "2025-11-12", "2026-04-29"),
    "P028": ("Brackenwood", "2025-12-03", "2026-05-20"),
    "P029": ("Hollinsford", "2026-01-07", "2026-06-03"),
    "P030": ("Marshgate", "2026-02-11", "2026-06-24"),
}

# (narrative_id, text, gold codes, trap note or "")
BOXED = [
 ("P001-A-green", "Kayden (Y8) is on 88% attendance so far this term, mostly odd Mondays off. Head of Year has set up a weekly check-in with him. School have raised no concerns about his behaviour in lessons.",
  ["EDU-ATT"], "negated behaviour (EDU-EXC)"),
 ("P001-A-yellow", "Mum, Leanne, was signed off work with depression over the summer and says she still can't get out of bed some mornings, which is when Kayden misses the bus. Family support worker to look at the morning routine with her.",
  ["MH-ADULT", "EDU-ATT", "REL-PAR"], ""),
 ("P001-C-blue", "Leanne is back at work part-time and still using the talking therapy app her GP suggested; she says her mood is steadier. The attendance issue has resolved, no late or absent marks since Christmas.",
  ["MH-ADULT"], "historical attendance (no marks since Christmas)"),

 ("P002-A-green", "Amira (Y10) told the school nurse she has felt low since starting her GCSE options. School nurse now seeing her every fortnight. Mum says Amira is eating and sleeping fine.",
  ["MH-CHILD"], "good-news PH (eating/sleeping fine) not coded"),
 ("P002-A-orange", "Form tutor saw fresh cuts on Amira's forearm during PE and the DSL rang mum the same afternoon. Referral made to CAMHS, first appointment booked for 14 October. Amira says she has had no thoughts of ending her life.",
  ["MH-CHILD"], "negated suicidal thoughts inside a present MH-CHILD"),
 ("P002-C-yellow", "Amira is still seeing her CAMHS practitioner, now monthly, and drops into the school wellbeing group at lunch. No self-harm reported since November.",
  ["MH-CHILD"], "historical self-harm; service keeps code"),

 ("P003-A-yellow", "Tyler (Y9) has had three suspensions this term, two for defiance and one for throwing a chair in a science lab. He is on the waiting list for an ADHD assessment with the community paediatrician. Pastoral support plan in place.",
  ["EDU-EXC", "EDU-SEND"], ""),
 ("P003-A-orange", "School say Tyler is at real risk of permanent exclusion and a managed move to Castlebrook Academy will be discussed at the next TAF meeting. At home he punched his bedroom door and shoved mum, Dana, against the wall when she took his phone off him.",
  ["EDU-EXC", "REL-PAR"], "child-to-parent violence is REL-PAR not DA"),
 ("P003-C-yellow", "Dana finished the Steady Steps parenting course at the family hub and says the pushing has stopped. They still argue about screen time most evenings.",
  ["REL-PAR"], "historical pushing; present parent-child arguments"),

 ("P004-A-yellow", "Mum, Claire, has multiple sclerosis and has had a bad flare-up since the summer. Jessica (Y7) helps her with her tablets, cooks tea most nights and gets her little brother ready in the mornings. Referral made to Brackenwood Young Carers.",
  ["PH", "CARER"], ""),
 ("P004-A-blue", "Claire gets PIP and her partner receives Carer's Allowance for looking after her. She says they manage fine on it and have no debts.",
  [], "benefit names alone; adult carer is not CARER; negated debt"),
 ("P004-C-blue", "Jessica goes to the young carers club on Wednesdays and has a card that staff recognise. She still does the cooking, but her step-dad now does the mornings.",
  ["CARER"], ""),

 ("P005-A-yellow", "Oliver (Y8) has been sent nasty messages in a class group chat and a video of him was shared without his say-so. He no longer wants to eat in the canteen. Mum reported it and the pupils involved have been spoken to by the Head of Year.",
  ["SAFE-EXP"], "perpetrators outside household; need is the child's"),
 ("P005-A-orange", "An adult Oliver met through an online game asked him for photos and tried to move the chat onto another app. Oliver told his dad, who called the police, and it has gone to the online child exploitation team. Oliver says he did not send any pictures.",
  ["SAFE-EXP"], "police about an outside offender is not CRIME"),
 ("P005-C-green", "Oliver now spends lunchtimes with a group of friends at chess club. The group-chat bullying stopped before Christmas and there has been nothing since.",
  [], "historical bullying"),

 ("P006-A-yellow", "Ellie (Y9) is at 61% attendance. She gets panicky on the drive in and most mornings won't get out of the car. She has been on a mornings-only timetable since half term. Early help worker allocated.",
  ["EDU-ATT", "MH-CHILD"], ""),
 ("P006-A-blue", "Ellie's older sister, who finished school last year, also refused school for a while in Year 9 and is now working at a garden centre.",
  [], "historical; sibling's past refusal"),
 ("P006-C-green", "Ellie has been back on a full timetable since February and her attendance this half term is 97%. She still sees the school mentor weekly for her anxiety and has a time-out pass.",
  ["MH-CHILD"], "attendance now over (historical)"),

 ("P007-A-yellow", "Mason (Y11) told his tutor that his parents shout at each other most nights and that dad has moved into the spare room. Mason says neither of them has ever hit the other, but he is finding it hard to revise. Family support worker to offer the parents mediation.",
  ["REL-CONF"], "negated violence (DA)"),
 ("P007-A-orange", "Dad's hours at the depot were cut and he has fallen behind on the mortgage; the lender has written to say it is starting possession proceedings. Referred to Citizens Advice and the council housing options team.",
  ["HOUS", "FIN"], ""),
 ("P007-C-blue", "The mortgage arrears were cleared in March under a payment plan agreed with the lender and there is no further possession action.",
  [], "historical arrears and possession"),

 ("P008-A-orange", "Early help worker's home visit found dog mess in the hallway, nothing to eat in the kitchen and Kai (Y7) sleeping on a bare mattress. Mum, Sharon, admitted she has been drinking heavily since her own mother died. Referral to the drug and alcohol service; a strategy discussion will be considered if nothing changes.",
  ["SAFE-NEG", "SUB"], "hypothetical strategy discussion"),
 ("P008-A-green", "Sharon is on Universal Credit. Kai is up to date with his jabs and saw the dentist in August.",
  [], "benefit name alone; good news PH"),
 ("P008-C-yellow", "Sharon still goes to the alcohol service group and says she now only drinks at weekends. The kitchen was stocked and Kai's bed made up on the last two visits.",
  ["SUB"], "neglect now historical"),

 ("P009-A-orange", "Mum, Priya, told the DSL her partner goes through her phone, keeps control of all the money and has slapped her in front of the children. Police came out on 19 November after a neighbour rang them. MARAC referral made. Arjun (Y10) has missed nine days since.",
  ["DA", "EDU-ATT"], "economic abuse and police for DA are DA only (not FIN/CRIME)"),
 ("P009-C-green", "The partner left in December and a non-molestation order is now in place. Priya knows to dial 999 if he turns up, and reception have his photo.",
  ["DA"], "managing DA in green box"),
 ("P009-C-blue", "Arjun's attendance is back up to 98%. He has finished his counselling sessions and joined the football team.",
  [], "historical attendance and counselling"),

 ("P010-A-red", "Strategy meeting held on 28 November and a section 47 enquiry is under way because of criminal exploitation. Reece (Y11) was reported missing twice this month and found by police in a city forty miles away with two phones and cash. Mum, Tanya, says she cannot stop him going out at night.",
  ["SAFE-EXP", "REL-PAR"], "police finding a missing child is not CRIME"),
 ("P010-A-yellow", "Reece has been suspended twice this year, for vaping in the toilets and for leaving the site without permission.",
  ["EDU-EXC"], "vaping is not SUB"),
 ("P010-C-orange", "Reece is still on a referral order with the Youth Offending Service and has a mentor from the exploitation team. No missing episodes since February.",
  ["CRIME", "SAFE-EXP"], "historical missing episodes"),

 ("P011-A-green", "Sophie (Y7) is autistic and on SEN support. The SENCO has applied for an EHC needs assessment because Sophie is struggling to move between lessons.",
  ["EDU-SEND"], ""),
 ("P011-A-yellow", "At home Sophie has long meltdowns after school and dad, Gareth, says he and mum are worn out. They have been booked onto the Eastcliffe autism parenting workshop.",
  ["REL-PAR"], "'worn out' is not MH-ADULT"),
 ("P011-C-green", "EHCP finalised in April with ten hours of TA support; the SENCO will review it at the annual review.",
  ["EDU-SEND"], ""),

 ("P012-A-orange", "Six of them in a two-bedroom flat; Bilal (Y8) shares a room with three siblings and does his homework on the landing. Black mould in both bedrooms and the youngest's asthma is getting worse. Housing have accepted a homelessness duty.",
  ["HOUS", "PH"], ""),
 ("P012-A-yellow", "Dad lost his warehouse job in November and the family are behind on council tax and gas. They are using the food bank every fortnight.",
  ["FIN"], ""),
 ("P012-C-yellow", "The family moved into a four-bedroom housing association house in May. Rent arrears from the flat were carried over and the support worker is helping with a budget plan.",
  ["FIN"], "housing need now met (historical)"),

 ("P013-A-green", "Lily (Y10) has lived with her nan, her kinship carer, since mum died two years ago. She has been tearful in lessons around the anniversary and is seeing the school bereavement mentor.",
  ["MH-CHILD"], "kinship carer is not CARER"),
 ("P013-A-yellow", "Nan, Maureen, is 71 and had a fall in December and now walks with a frame. Lily has been doing the shopping and helping her to wash. Referred to the young carers service.",
  ["PH", "CARER"], ""),
 ("P013-C-blue", "Maureen has finished physio and walks with a stick. Lily still does the big shop on Saturdays and has her young carers ID card.",
  ["PH", "CARER"], "now managing in blue"),

 ("P014-A-yellow", "Noah (Y9) sees his dad every other weekend. Mum, Kerry, is worried because dad drinks heavily and she no longer wants Noah staying overnight there. They have argued about it and dad has been to a solicitor about contact.",
  ["REL-CONF"], "father's drinking is outside household (no SUB)"),
 ("P014-C-blue", "Contact agreed through mediation: daytime visits only, arranged by text between Kerry and Noah's dad without any rows.",
  ["REL-CONF"], "contact arrangement managed in blue"),
 ("P014-C-green", "Kerry came off her antidepressants in April with her GP's agreement and says she feels well.",
  [], "historical MH-ADULT"),

 ("P015-A-orange", "Jordan (Y10) was given a youth caution in January after he and friends damaged bus shelters. Police have also called at the house twice about him riding an off-road bike around the estate.",
  ["CRIME"], ""),
 ("P015-A-yellow", "Older brother Callum (17) dropped out of college in October and is not working or studying; he games all night. Mum says he could go back to college in September if he wants.",
  ["EDU-NEET"], "hypothetical return; no FIN for a NEET young person"),
 ("P015-C-yellow", "Jordan completed his youth caution programme in April and has had no police contact since. Callum started a Level 1 course at Eastcliffe College after Easter.",
  [], "historical CRIME and NEET"),

 ("P016-A-green", "Ruby (Y8) has type 1 diabetes and manages her own insulin pump; the school nurse has a care plan. She has missed her last two hospital clinic appointments.",
  ["PH"], ""),
 ("P016-A-yellow", "Ruby has been skipping lunch and told a friend she hates her body and wants to lose weight; the friend told the pastoral lead. Ruby has been referred to the school's wellbeing practitioner.",
  ["MH-CHILD", "PH"], "friend outside household (no code for friend)"),
 ("P016-C-green", "Ruby went to her diabetes clinic in May and the school nurse says her readings are stable.",
  ["PH"], "managing a condition in green"),

 ("P017-A-green", "Dad, Steve, is having chemotherapy for bowel cancer. Freya (Y11) is coping well in school and her mock grades are on track.",
  ["PH"], ""),
 ("P017-A-yellow", "Steve is off work on sick pay and the family are two months behind with the rent; the hospital's benefits adviser is helping. Freya is not a young carer at the moment, as mum does all of Steve's care, but school will offer young carer support if that changes.",
  ["FIN"], "negated and hypothetical CARER; rent arrears is FIN not HOUS"),
 ("P017-C-blue", "Steve finished his treatment in May and is back at work part-time. They are paying £50 a month off the rent arrears.",
  ["FIN"], "illness over (historical PH); repayment is managing"),

 ("P018-A-green", "Zainab (Y7) is finding it hard to get organised since starting secondary. The SENCO screened her for dyslexia and she now has a reading intervention three times a week.",
  ["EDU-SEND"], ""),
 ("P018-A-blue", "Zainab's cousin, who lives with an aunt, was permanently excluded from another school last year. Mum worries Zainab might copy her, but Zainab has no behaviour points at all.",
  [], "person outside household; hypothetical; negated"),
 ("P018-C-green", "Zainab's reading age has gone up eighteen months and she continues with the small-group intervention.",
  ["EDU-SEND"], ""),

 ("P019-A-orange", "A nude image of Grace (Y10) was shared round her year group by an ex-boyfriend from another school. Police informed. Grace says she feels humiliated and can't face lessons, and the DSL has referred her to the CAMHS link worker.",
  ["SAFE-EXP", "MH-CHILD"], "offender outside household, police not CRIME"),
 ("P019-A-green", "Grace self-harmed in Year 8 and was seen by CAMHS at the time. She was discharged in 2024 and mum says there has been nothing since.",
  [], "historical self-harm and CAMHS"),
 ("P019-C-yellow", "Grace is on a part-time timetable, afternoons only, while she gets her confidence back; the wellbeing mentor meets her every day.",
  ["EDU-ATT", "MH-CHILD"], ""),

 ("P020-A-yellow", "Mum has found out that dad has run up about £6,000 on credit cards through online betting. They have had loud rows about it and Ethan (Y9) has told his tutor he can hear them from his room. Referred to the debt advice service.",
  ["FIN", "REL-CONF"], "gambling debt is FIN not SUB"),
 ("P020-A-green", "Ethan's attendance has slipped to 93% and he has been late six times; school are keeping an eye on it.",
  ["EDU-ATT"], ""),
 ("P020-C-blue", "Dad has self-excluded from betting sites and the couple have a repayment plan through the debt charity. They say they have not argued since Easter.",
  ["FIN"], "'self-excluded' look-alike; rows now historical"),

 ("P021-A-yellow", "Dad, Wayne, came out of prison in August and is on licence, living back at home. Charlie (Y8) has been angry and defiant with him since he got back and refuses to stick to house rules.",
  ["CRIME", "REL-PAR"], "adult on licence is CRIME"),
 ("P021-A-blue", "Wayne says he has not touched drugs since 2023 and has no wish to go back to them.",
  [], "historical / negated SUB"),
 ("P021-C-blue", "Wayne's licence ended in December. He and Charlie go to the gym together twice a week and house rules are mostly kept.",
  ["REL-PAR"], "licence ended (historical CRIME)"),

 ("P022-A-orange", "The family were evicted from their private let in August under a section 21 and placed in temporary accommodation in another town. Maya (Y9) now has a 90-minute journey and her attendance is 72%.",
  ["HOUS", "EDU-ATT"], ""),
 ("P022-A-yellow", "Mum, Lorraine, has been on Universal Credit since her cleaning job ended and is waiting on a decision about the housing element. She has had to use the food bank twice. Maya's brother (3) lost his nursery place in the move and the health visitor says his speech is behind.",
  ["FIN", "EYD"], ""),
 ("P022-C-yellow", "The family now have a council tenancy five minutes from school. Maya's attendance this term is 89% and the attendance officer still meets her every month.",
  ["EDU-ATT"], "housing need met (historical HOUS)"),

 ("P023-A-yellow", "Alex (Y10) came out as gay to his friends and since then has been called names in the corridors and pushed about on the bus home. He says he feels low but is not thinking of hurting himself. He has started at the youth service LGBT group.",
  ["SAFE-EXP", "MH-CHILD"], "negated self-harm"),
 ("P023-A-orange", "Dad reacted badly and told Alex he can't live under his roof if he 'carries on like this'. Alex stayed two nights at a friend's without telling anyone and was reported missing; police found him and brought him home.",
  ["REL-PAR", "SAFE-EXP"], "hypothetical homelessness; police welfare not CRIME"),
 ("P023-C-yellow", "Dad and Alex are doing family sessions with the youth worker and are talking again. There have been no more missing episodes.",
  ["REL-PAR"], "historical missing"),

 ("P024-A-orange", "Mum, Gemma, has bipolar disorder and was sectioned for three weeks in September; the community mental health team are now involved. Harvey (Y11) stayed with his uncle while she was in hospital.",
  ["MH-ADULT"], "uncle outside household"),
 ("P024-A-yellow", "Since Gemma came home Harvey has been checking she takes her medication and doing all the cooking. He has missed eight days this half term to stay with her.",
  ["CARER", "EDU-ATT"], ""),
 ("P024-C-green", "Gemma is stable on her medication and sees her CPN once a month.",
  ["MH-ADULT"], "managing in green"),

 ("P025-A-green", "Finley (Y7) has been late 22 times since September and keeps falling asleep in lessons. He told his tutor he is on his phone gaming until 2am.",
  ["EDU-ATT", "PH"], "sleep at school age is PH"),
 ("P025-A-blue", "Dad, Rob, now takes Finley's phone off him at 9pm and is using the sleep tips sheet the school nurse sent home.",
  ["PH", "REL-PAR"], "managing in blue"),
 ("P025-C-green", "Finley has had no late marks since February and his teachers say he is alert in lessons.",
  [], "historical lateness and sleep"),

 ("P026-A-yellow", "Dominic (Y11) has an EHCP for speech, language and communication needs. He has been suspended twice for swearing at staff after misunderstandings in class. Annual review brought forward.",
  ["EDU-SEND", "EDU-EXC"], ""),
 ("P026-A-green", "Dominic's sister, who lives with her partner across town, has postnatal depression, and mum goes round most evenings to help with the baby.",
  [], "sister and baby outside household (no MH-ADULT/EYD)"),
 ("P026-C-yellow", "Dominic has a place confirmed on a supported course at college for September, and a transition worker from the local authority SEN team is involved.",
  ["EDU-SEND"], "no NEET risk stated"),

 ("P027-A-yellow", "Dad, Martin, is a lone parent with chronic back pain and finds it hard to keep on top of the house. Staff have noticed Isla (Y8) often comes in wearing a dirty uniform and has head lice that keep coming back.",
  ["PH", "SAFE-NEG"], ""),
 ("P027-A-green", "Martin gets PIP and says money is not a problem. Isla is registered with a GP and dentist.",
  [], "benefit name alone; negated FIN"),
 ("P027-C-green", "Martin pays for a cleaner twice a month and is on the GP pain clinic list. Isla's uniform is clean now and the lice have cleared.",
  ["PH"], "neglect now historical"),

 ("P028-A-yellow", "Logan (Y11) admitted smoking cannabis most weekends with older lads and has come into school smelling of it twice. Referred to the young people's substance misuse service.",
  ["SUB"], ""),
 ("P028-A-orange", "Logan was arrested in November for shoplifting in the town centre with the same group and is due before the youth panel. Mum worries he could be drawn into dealing if he keeps those friends.",
  ["CRIME"], "hypothetical exploitation (SAFE-EXP)"),
 ("P028-C-yellow", "Logan still sees the substance misuse worker and says he now smokes cannabis only now and then. He is working through his referral order with the youth offending team.",
  ["SUB", "CRIME"], ""),

 ("P029-A-red", "Child protection plan agreed at ICPC on 6 January under neglect for Ava (Y7) and her two brothers. Mum's partner is a known domestic abuse perpetrator and has been staying at the house against the safety plan.",
  ["SAFE-NEG", "DA"], ""),
 ("P029-A-orange", "Ava is on 68% attendance and arrived without a coat in the snow. She has been taking food from other pupils' lunchboxes.",
  ["EDU-ATT", "SAFE-NEG"], ""),
 ("P029-C-orange", "Plan stepped down to child in need in May. The partner has left the area and a non-molestation order is in force. Home conditions are now good. Ava's attendance is 90% and the attendance officer still sees her fortnightly.",
  ["DA", "EDU-ATT"], "neglect now historical; CIN cue but orange box"),

 ("P030-A-blue", "Dad said he couldn't afford the full uniform list after the rent went up. The office gave him details of the PTA second-hand uniform shop and he has already been.",
  ["FIN"], ""),
 ("P030-A-green", "Yusuf (Y9) arrived from Sudan in January with little English. He has EAL support and a buddy; no special educational needs identified.",
  [], "EAL is not SEND; negated SEN"),
 ("P030-C-blue", "The family now get help from the school hardship fund for trips and say they are managing.",
  ["FIN"], "managing in blue"),
]

# unboxed notes: (id, date, locality, text, codes, gold level, trap)
UNBOXED = [
 ("U001", "2025-10-02", "Hollinsford", "Phone call from mum of Y8 pupil Tia: Tia is refusing to come to school because a girl in her form keeps posting about her online. Mum has been sent the school's anti-bullying policy and will meet the Head of Year on Monday.",
  ["EDU-ATT", "SAFE-EXP"], "green", "school only -> green"),
 ("U002", "2025-11-20", "Eastcliffe", "DSL note: Y10 pupil Jake says he often goes hungry at home because mum spends the money on vodka; she has turned up drunk at the school gate twice. Strategy meeting held and s47 enquiry started.",
  ["SAFE-NEG", "SUB"], "red", ""),
 ("U003", "2026-01-15", "Brackenwood", "Y9 pupil Amelia: the SENCO and GP have put her on the ADHD pathway. Dad says the family are fine otherwise and have no money worries.",
  ["EDU-SEND"], "green", "negated FIN"),
 ("U004", "2026-02-26", "Marshgate", "Attendance officer home visit: Corey (Y11) is on 40% attendance. Mum has been in and out of hospital with a heart condition and Corey has been looking after his two younger sisters. Early help worker to be allocated.",
  ["EDU-ATT", "PH", "CARER"], "yellow", ""),
 ("U005", "2026-03-12", "Hollinsford", "Head of Y7 note: Poppy's parents split up three years ago and the shared care works well. She is settled and happy, no concerns in school.",
  [], "", "historical separation; good news"),
 ("U006", "2026-04-22", "Eastcliffe", "Police were called to the home on 20 April after Kieran (Y10) smashed a window in a row with his mum over his phone. Nobody was hurt. Mum says it is the first time anything like this has happened.",
  ["REL-PAR", "CRIME"], "orange", "child-to-parent incident, not DA"),
 ("U007", "2026-05-07", "Brackenwood", "Gran rang the office: she worries the family could lose the flat if the landlord decides to sell, but no notice has been served. Mum is reading up on her tenancy rights herself.",
  [], "", "hypothetical HOUS"),
 ("U008", "2026-06-10", "Marshgate", "School nurse: Y8 pupil Daisy has a cough that won't shift and has missed her asthma review twice. Mum works nights and says she will rebook. No safeguarding concerns.",
  ["PH"], "green", "working nights is not FIN; negated safeguarding"),
]

CODES = "EDU-ATT EDU-EXC EDU-NEET EDU-SEND EYD MH-CHILD MH-ADULT PH SUB REL-PAR REL-CONF DA SAFE-NEG SAFE-EXP CRIME HOUS FIN CARER".split()


def main():
    nrows, grows, traps = [], [], {}
    for nid, text, codes, trap in BOXED:
        case, stage_letter, level = nid.split("-")
        loc, adate, cdate = CASES[case]
        stage = "assessment" if stage_letter == "A" else "closure"
        date = adate if stage_letter == "A" else cdate
        nrows.append([nid, f"{case}-{stage_letter}", case, stage, date, level, loc, text])
        for c in codes:
            assert c in CODES, c
            grows.append([nid, c, level])
        if trap:
            traps[nid] = trap
    for nid, date, loc, text, codes, glevel, trap in UNBOXED:
        nrows.append([nid, nid, nid, "assessment", date, "", loc, text])
        for c in codes:
            assert c in CODES, c
            grows.append([nid, c, glevel])
        if trap:
            traps[nid] = trap
    with open(os.path.join(HERE, "narratives.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow("narrative_id,triage_id,case_id,stage,date,level,locality,narrative".split(","))
        w.writerows(nrows)
    with open(os.path.join(HERE, "gold.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["narrative_id", "code", "level"])
        w.writerows(grows)
    with open(os.path.join(HERE, "traps.json"), "w", encoding="utf-8") as f:
        json.dump(traps, f, indent=1, ensure_ascii=False)
    counts = {c: sum(1 for g in grows if g[1] == c) for c in CODES}
    print(len(nrows), "narratives;", len(grows), "gold rows;", len(traps), "with trap notes;",
          sum(1 for n in nrows if not any(g[0] == n[0] for g in grows)), "with no codes")
    print(counts)


if __name__ == "__main__":
    main()
